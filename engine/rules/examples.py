"""`xxgk rules test`: every rule's examples are test cases, as in Great Expectations' gallery."""

from __future__ import annotations

from dataclasses import dataclass

from engine.model import Fact, ParsedReport
from engine.rules.runner import Evaluator


@dataclass(frozen=True, slots=True)
class CaseResult:
    rule: str
    where: str  # FILE:LINE of the example
    title: str
    expected: bool
    actual: bool
    evidence_ok: bool
    evidence: str
    facts_read: dict

    @property
    def passed(self) -> bool:
        return self.expected == self.actual and self.evidence_ok


def example_report(where: str, example: dict) -> ParsedReport:
    facts = {k: Fact(v, f"{k}: {v}") for k, v in example["facts"].items()}
    return ParsedReport(source=where, status=example.get("status", "ok"), facts=facts,
                        text=example.get("text", ""))


def run_examples(evaluator: Evaluator) -> list[CaseResult]:
    results = []
    for rule in evaluator.ruleset.rules:
        read = {leaf[1].replace("__", ".") for leaf in _leaves(rule)}
        for example, line in zip(rule.examples, rule.example_lines, strict=True):
            where = f"{rule.file}:{line}"
            ev = evaluator.evaluate(example_report(where, example))
            finding = next((f for f in ev.findings if f.rule == rule.id), None)
            want = example.get("evidence")
            evidence = finding.evidence if finding else ""
            evidence_ok = want is None or (finding is not None and want in evidence)
            facts_read = {n: ev.facts[n].value if n in ev.facts else None for n in sorted(read)}
            results.append(CaseResult(rule.id, where, example.get("title", ""), example["fires"],
                                      finding is not None, evidence_ok, evidence, facts_read))
    return results


def _leaves(rule):
    from engine.rules.condition import leaves
    return [leaf for leaf in leaves(rule.condition) if leaf[0] != "text"]

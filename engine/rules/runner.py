"""Evaluate one report against a rule set: facts → row → fired rules → findings with evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import re2

from engine.derive import derive
from engine.model import Fact, Finding, ParsedReport
from engine.rules import condition as C
from engine.rules.basis import basis_for
from engine.rules.host import ABSENT, DurableRules, banded, numeric_bands
from engine.rules.loader import Rule, RuleSet, compile_pattern
from engine.rules.message import fill

EVIDENCE_CHARS = 120
APPLICABLE_KEPT = 1024  # distinct applies_to inputs kept per process (a few dozen in a batch)


@dataclass(slots=True)
class Evaluation:
    report: ParsedReport
    facts: dict[str, Fact]
    findings: list[Finding]
    applicable: Sequence[str]  # ids of the rules whose applies_to holds
    fired: list[str]
    stored: bytes = b""  # the store's payload of every fact, made in the worker before the facts are slimmed
    history: str = ""  # the store's history column (engine.records.history_payload), made in the worker too
    sketch: list[int] = field(default_factory=list)  # engine.similarity.sketch of the text, for 内容雷同

    def __reduce__(self):  # pickled in the worker, read back by the batch's parent: as engine.model.Fact's
        return Evaluation, (self.report, self.facts, self.findings, self.applicable, self.fired, self.stored,
                            self.history, self.sketch)


def snippet(text: str, start: int, end: int, width: int = EVIDENCE_CHARS) -> str:
    """A readable window around text[start:end], on one line."""
    pad = max(0, (width - (end - start)) // 2)
    s, e = max(0, start - pad), min(len(text), end + pad)
    out = text[s:e].replace("\n", " ").strip()
    return ("…" if s > 0 else "") + out + ("…" if e < len(text) else "")


class Evaluator:
    """A rule set compiled once; `evaluate` per report. backend: durable (default) or python (oracle)."""

    def __init__(self, ruleset: RuleSet, backend: str = "durable"):
        self.ruleset = ruleset
        self._titles = {r.id: r.title for r in ruleset.rules}  # a list of rule ids in a message reads as titles
        self.backend = backend
        self._texts = {f: compile_pattern(p) for p, f in ruleset.patterns.fields.items() if f in ruleset.fields}
        self._text_set = _pattern_set([p.pattern for p in self._texts.values()])
        self._fact_fields = [(f, C.fact_of(f)) for f in ruleset.fields if not f.startswith("text__")]
        self._durable = DurableRules([r.condition for r in ruleset.rules]) if backend == "durable" else None
        # many rules share an applies_to (all 50 清单 items do): evaluate each distinct one once per report
        distinct: dict[str, int] = {}
        self._applies_index = [distinct.setdefault(repr(r.applicability), len(distinct)) for r in ruleset.rules]
        self._applies = [r.applicability for r in {repr(r.applicability): r for r in ruleset.rules}.values()]
        # applies_to reads a few row fields (doc.kind, doc.level, doc.status, doc.year in the shipped rules): the
        # applicable ids are kept per distinct value of those fields (a batch has a few dozen)
        self._applies_fields = tuple(sorted({leaf[1] for cond in self._applies for leaf in C.leaves(cond)}))
        # doc.year is only compared with numbers there: a year is keyed by those comparisons' outcomes (its band, as
        # durable's facts are: engine.rules.host), so the years of a batch share a few keys, not one each
        self._applies_bands = numeric_bands(self._applies_fields, self._applies)
        self._applicable: dict[tuple, tuple[str, ...]] = {}

    def row(self, facts: dict[str, Fact], text: str) -> dict[str, Any]:
        row = {f: facts[name].value for f, name in self._fact_fields if name in facts}
        # all patterns in one pass over the text (60 searches took a third of evaluate); an empty answer is also
        # what RE2::Set gives when its DFA runs out of memory, so then each pattern is searched on its own
        found = self._text_set.Match(text) if self._text_set is not None else None
        if found:
            hits = set(found)
            for i, f in enumerate(self._texts):
                row[f] = i in hits
        else:
            for f, pattern in self._texts.items():
                row[f] = pattern.search(text) is not None
        return row

    def fired_indexes(self, row: dict[str, Any]) -> list[int]:
        if self._durable is not None:
            return self._durable.fired(row)
        return [i for i, r in enumerate(self.ruleset.rules) if C.evaluate(r.condition, row)]

    def applicable(self, row: dict[str, Any]) -> tuple[str, ...]:
        """Ids of the rules whose applies_to holds on the row, kept per distinct value (and type: True is not
        1 to an ordering) of the fields applies_to reads, an int that applies_to only compares with numbers by
        its band (`host.banded`)."""
        fields = self._applies_fields
        values = tuple(map(row.get, fields, repeat(ABSENT, len(fields))))
        key = (banded(values, self._applies_bands), tuple(map(type, values)))
        try:
            return self._applicable[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable value (a list): worked out, not kept
            return self._applicable_now(row)
        ids = self._applicable_now(row)
        if len(self._applicable) < APPLICABLE_KEPT:
            self._applicable[key] = ids
        return ids

    def _applicable_now(self, row: dict[str, Any]) -> tuple[str, ...]:
        holds = [C.evaluate(cond, row) for cond in self._applies]
        return tuple(r.id for r, i in zip(self.ruleset.rules, self._applies_index, strict=True) if holds[i])

    def evaluate(self, report: ParsedReport) -> Evaluation:
        facts = derive(report)
        row = self.row(facts, report.text)
        rules = self.ruleset.rules
        applicable = list(self.applicable(row))
        fired = [rules[i] for i in self.fired_indexes(row)]
        findings = [self.finding(rule, facts, report) for rule in fired]
        return Evaluation(report, facts, findings, applicable, [r.id for r in fired])

    def finding(self, rule: Rule, facts: dict[str, Fact], report: ParsedReport) -> Finding:
        basis = basis_for(rule, facts)
        return Finding(
            rule=rule.id, topic=rule.topic, title=fill(rule.message, facts, self._titles), basis=basis.text,
            severity=rule.severity, points=rule.points, veto=rule.veto,
            evidence=self.evidence(rule, facts, report.text), source=report.source,
            basis_status=basis.status, basis_source=basis.source,
        )

    def evidence(self, rule: Rule, facts: dict[str, Fact], text: str) -> str:
        for name in rule.evidence:
            if name in facts:
                return _clip(facts[name].evidence or str(facts[name].value))
        for leaf in C.leaves(rule.condition):
            if leaf[0] == "text":
                m = self._texts[leaf[1]].search(text)
                if m:
                    return snippet(text, m.start(), m.end())
        for leaf in C.leaves(rule.condition):
            name = C.fact_of(leaf[1])
            if leaf[0] != "text" and name in facts and not name.startswith("doc."):
                return _clip(facts[name].evidence or str(facts[name].value))
        return ""


def _pattern_set(patterns: list[str]) -> re2.Set | None:
    """One RE2::Set of the rule set's text patterns, numbered in the order given (None when there are none, or
    when RE2 cannot build it: the patterns are then searched one by one)."""
    if not patterns:
        return None
    options = re2.Options()
    options.log_errors = False
    found = re2.Set.SearchSet(options)
    try:
        for pattern in patterns:
            found.Add(pattern)
        found.Compile()
    except re2.error:
        return None
    return found


def _clip(s: str) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= EVIDENCE_CHARS * 2 else s[: EVIDENCE_CHARS * 2] + "…"

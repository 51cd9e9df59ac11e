"""Findings that need last year's report: attach history.* facts, then evaluate the rules that read them.

Runs in the parent after the batch (workers see one file at a time). Last year's report comes from the
same batch or, failing that, from the store. The few history rules are evaluated with the plain-Python
evaluator of the same compiled conditions (held to durable_rules by the property tests).
"""

from __future__ import annotations

from collections import defaultdict

from engine.agency import bucket, same_agency
from engine.model import OK, Fact
from engine.rules import condition as C
from engine.rules.loader import Rule
from engine.rules.runner import Evaluation, Evaluator

# figures that are never the same two years running unless copied
KEY_FIGURES = ("proactive.new", "requests.received", "requests.completed", "consultations.total",
               "appeals.review", "appeals.litigation", "budget.spend_yuan")
NEEDED = frozenset({*KEY_FIGURES, "requests.carried_over", "requests.carried_forward"})


def history_rules(rules: list[Rule]) -> list[Rule]:
    return [r for r in rules if any(leaf[0] != "text" and leaf[1].startswith("history__")
                                    for leaf in C.leaves(r.condition))]


def history_facts(this: dict[str, Fact], last: dict[str, Fact], period: str) -> dict[str, Fact]:
    out = {"history.previous_period": Fact(period, f"{period}年度报告")}
    old, new = last.get("requests.carried_forward"), this.get("requests.carried_over")
    if old is not None and new is not None:
        out["history.carryover_gap"] = Fact(new.value - old.value, f"本年上年结转 {new.value}；{period}年度结转下年度 "
                                                                   f"{old.value}")
    same = [n for n in KEY_FIGURES if n in this and n in last and this[n].value == last[n].value and this[n].value]
    out["history.figures_unchanged"] = Fact(len(same), "与上年相同: " + "、".join(
        f"{n} {this[n].value}" for n in same) if same else "无相同")
    return out


def apply(evaluator: Evaluator, evaluations: list[Evaluation], earlier: dict[str, list[tuple[str, dict]]]) -> None:
    """`earlier`: period → [(agency, facts)] from the store, for years the batch does not hold."""
    rules = history_rules(evaluator.ruleset.rules)
    if not rules:
        return
    index: dict[tuple[str, int], list[Evaluation]] = defaultdict(list)
    for ev in evaluations:
        year, agency = ev.report.value("doc.year"), ev.report.value("doc.agency")
        if ev.report.status == OK and isinstance(year, int) and agency:
            index[(bucket(agency), year)].append(ev)
    for (key, year), group in index.items():
        for ev in group:
            agency = ev.report.value("doc.agency")
            last = next((p.facts for p in index.get((key, year - 1), [])
                         if same_agency(p.report.value("doc.agency"), agency)), None)
            if last is None:
                last = next((facts for name, facts in earlier.get(str(year - 1), [])
                             if name and same_agency(name, agency)), None)  # an unnamed report matches nobody
            if last is None:
                continue
            ev.facts.update(history_facts(ev.facts, last, str(year - 1)))
            row = evaluator.row(ev.facts, "")
            for rule in rules:
                if C.evaluate(rule.condition, row) and rule.id not in ev.fired:
                    ev.findings.append(evaluator.finding(rule, ev.facts, ev.report))
                    ev.fired.append(rule.id)

"""Findings that need earlier years' reports: attach history.* facts, then evaluate the rules that read them.

Runs in the parent after the batch (workers see one file at a time). An earlier year's report comes from the
same batch or, failing that, from the store. The few history rules are evaluated with the plain-Python
evaluator of the same compiled conditions (held to durable_rules by the property tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from engine.agency import AgencyIndex, same_agency
from engine.model import OK, Fact
from engine.rules import condition as C
from engine.rules.loader import Rule
from engine.rules.runner import Evaluation, Evaluator
from engine.similarity import resemblance, similar_pairs

# figures that are never the same two years running unless copied
KEY_FIGURES = ("proactive.new", "requests.received", "requests.completed", "consultations.total",
               "appeals.review", "appeals.litigation", "budget.spend_yuan")
NEEDED = frozenset({*KEY_FIGURES, "requests.carried_over", "requests.carried_forward"})
YEARS_BACK = 5  # how far back a repeated failure is followed
PEER_FLOOR = 0.5  # resemblance to another agency's report below this is not recorded (stock phrasing)


@dataclass(frozen=True, slots=True)
class Earlier:
    """A report of an earlier period as the cross-year checks see it (from the batch or the store)."""

    agency: str
    facts: dict[str, Fact]
    fired: list[str]
    sketch: Sequence[int]


def history_rules(rules: list[Rule]) -> list[Rule]:
    return [r for r in rules if any(leaf[0] != "text" and leaf[1].startswith("history__")
                                    for leaf in C.leaves(r.condition))]


def history_facts(this: Evaluation, last: Earlier, period: str) -> dict[str, Fact]:
    """What this year's report says against last year's."""
    facts = this.facts
    out = {"history.previous_period": Fact(period, f"{period}年度报告")}
    old, new = last.facts.get("requests.carried_forward"), facts.get("requests.carried_over")
    if old is not None and new is not None:
        out["history.carryover_gap"] = Fact(new.value - old.value, f"本年上年结转 {new.value}；{period}年度结转下年度 "
                                                                   f"{old.value}")
    same = [n for n in KEY_FIGURES if n in facts and n in last.facts and facts[n].value == last.facts[n].value
            and facts[n].value]
    out["history.figures_unchanged"] = Fact(len(same), "与上年相同: " + "、".join(
        f"{n} {facts[n].value}" for n in same) if same else "无相同")
    if this.sketch and last.sketch:
        share = round(resemblance(this.sketch, last.sketch), 2)
        out["history.text_resemblance"] = Fact(share, f"与{period}年度报告的语句重合度约 {share:.0%}"
                                                      f"（{len(this.sketch)}句 / {len(last.sketch)}句）")
    return out


def _agency(ev: Evaluation) -> tuple[str | None, str | None, object]:
    return ev.report.value("doc.agency"), ev.report.value("doc.region"), ev.report.value("doc.year")


def repeat_facts(ev: Evaluation, index: dict[int, AgencyIndex[Earlier]], year: int,
                 titles: dict[str, str], skip: set[str]) -> dict[str, Fact]:
    """The longest run of consecutive years, ending with this one, in which one and the same rule fired."""
    agency, region, _ = _agency(ev)
    before: list[set[str]] = []  # the rules fired in each year before this one, back to a gap
    y = year - 1
    while len(before) < YEARS_BACK - 1 and y in index and (found := index[y].find(agency, region)):
        before.append(set(found[0].fired))
        y -= 1
    streaks: dict[str, int] = {}
    for rule in ev.fired:
        if rule not in skip:
            streaks[rule] = 1 + next((k for k, fired in enumerate(before) if rule not in fired), len(before))
    longest = max(streaks.values(), default=1)
    repeated = sorted(r for r, n in streaks.items() if n == longest and n >= 2)
    if not repeated:
        return {"history.repeat_streak": Fact(1, "没有连续出现的问题")}
    said = "、".join(f"{titles.get(r, r)}（{r}）" for r in repeated)
    return {"history.repeat_streak": Fact(longest, f"连续{longest}年出现: {said}"[:300]),
            "history.repeated_rules": Fact(repeated, said[:300])}


def peer_facts(evaluations: list[Evaluation], others: Sequence[Earlier] = ()) -> None:
    """history.peer_resemblance on each report of the batch: its highest resemblance to another agency's
    report of the same year (0 when none comes near), with that agency named in the evidence. `others`: stored
    reports to compare with as well (a card re-scored alone after a fact correction has no batch around it)."""
    by_year: dict[int, list[tuple[str, Sequence[int], Evaluation | None]]] = {}
    for ev in evaluations:
        agency, _, year = _agency(ev)
        if ev.report.status == OK and isinstance(year, int) and agency and ev.sketch:
            by_year.setdefault(year, []).append((agency, ev.sketch, ev))
    for e in others:
        year = e.facts["doc.year"].value if "doc.year" in e.facts else None
        if isinstance(year, int) and year in by_year and e.sketch:
            by_year[year].append((e.agency, e.sketch, None))
    for group in by_year.values():
        best: dict[int, tuple[float, int]] = {}
        for i, j, r in similar_pairs([sk for _, sk, _ in group], PEER_FLOOR):
            if same_agency(group[i][0], group[j][0]):
                continue  # one agency's duplicates are reported as duplicates
            for a, b in ((i, j), (j, i)):
                if r > best.get(a, (0.0, -1))[0]:
                    best[a] = (r, b)
        for k, (_, _, ev) in enumerate(group):
            if ev is None:
                continue
            r, other = best.get(k, (0.0, -1))
            said = (f"与{group[other][0]}同年度报告的语句重合度约 {r:.0%}" if other >= 0
                    else f"与本批次同年度其他单位报告的语句重合度均低于 {PEER_FLOOR:.0%}")
            ev.facts["history.peer_resemblance"] = Fact(round(r, 2), said)


def apply(evaluator: Evaluator, evaluations: list[Evaluation], earlier: dict[str, list[Earlier]],
          peers: Sequence[Earlier] = ()) -> None:
    """`earlier`: period → stored reports, for years the batch does not hold (the batch's own come first);
    `peers`: stored reports of the same years to compare texts with (see peer_facts)."""
    rules = history_rules(evaluator.ruleset.rules)
    if not rules:
        return
    peer_facts(evaluations, peers)
    skip = {r.id for r in rules}  # a repeat of a repeat finding is not another failure
    titles = {r.id: r.title for r in evaluator.ruleset.rules}
    index: dict[int, AgencyIndex[Earlier]] = {}
    for ev in evaluations:
        agency, region, year = _agency(ev)
        if ev.report.status == OK and isinstance(year, int) and agency:
            index.setdefault(year, AgencyIndex()).add(agency, region, Earlier(agency, ev.facts, ev.fired, ev.sketch))
    for period, stored in earlier.items():
        if period.isdigit():
            for e in stored:
                region = e.facts["doc.region"].value if "doc.region" in e.facts else None
                index.setdefault(int(period), AgencyIndex()).add(e.agency, region, e)
    for ev in evaluations:
        agency, region, year = _agency(ev)
        if ev.report.status != OK or not isinstance(year, int) or not agency:
            continue
        last = index[year - 1].find(agency, region)[:1] if year - 1 in index else []
        if last:
            ev.facts.update(history_facts(ev, last[0], str(year - 1)))
        ev.facts.update(repeat_facts(ev, index, year, titles, skip))
        row = evaluator.row(ev.facts, "")
        for rule in rules:
            if C.evaluate(rule.condition, row) and rule.id not in ev.fired:
                ev.findings.append(evaluator.finding(rule, ev.facts, ev.report))
                ev.fired.append(rule.id)

"""Findings that need earlier years' reports: attach history.* facts, then evaluate the rules that read them.

Runs in the parent after the batch (workers see one file at a time). An earlier year's report comes from the
same batch or, failing that, from the store. The few history rules are evaluated with the plain-Python
evaluator of the same compiled conditions (held to durable_rules by the property tests).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
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
VERDICTS = 1024  # distinct rows whose history verdicts are kept (Checks.fired): the memory stays flat


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


def repeat_facts(ev: Evaluation, by_year: dict[int, list[Earlier]], year: int,
                 titles: dict[str, str], skip: set[str]) -> dict[str, Fact]:
    """The longest run of consecutive years, ending with this one, in which one and the same rule fired
    (`by_year`: the agency's reports by year, AgencyIndex.by_part)."""
    before: list[set[str]] = []  # the rules fired in each year before this one, back to a gap
    y = year - 1
    while len(before) < YEARS_BACK - 1 and (found := by_year.get(y)):
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


def peers(keys: Sequence[tuple[object, str | None]], sketches: Sequence[Sequence[int]]) -> list[tuple[float, int]]:
    """For each report (keys: its year and agency, None when it takes no part: not ok, no year, no agency or no
    sketch), its highest resemblance to another agency's report of the same year and that report's position
    ((0.0, -1) when none comes near; (-1.0, -1) when it takes no part). Sketches are read through the sequence,
    so they may stay on disk."""
    by_year: dict[object, list[int]] = {}
    for i, (year, agency) in enumerate(keys):
        if agency is not None:
            by_year.setdefault(year, []).append(i)
    out = [(-1.0, -1)] * len(keys)
    for members in by_year.values():
        best: dict[int, tuple[float, int]] = {}
        for i, j, r in similar_pairs(_Some(sketches, members), PEER_FLOOR):
            if same_agency(keys[members[i]][1], keys[members[j]][1]):  # type: ignore[arg-type]
                continue  # one agency's duplicates are reported as duplicates
            for a, b in ((i, j), (j, i)):
                if r > best.get(a, (0.0, -1))[0]:
                    best[a] = (r, b)
        for k, i in enumerate(members):
            r, other = best.get(k, (0.0, -1))
            out[i] = (r, members[other] if other >= 0 else -1)
    return out


class _Some(Sequence):
    """Some items of a sequence, by position, read when asked for."""

    def __init__(self, items: Sequence, positions: list[int]):
        self.items, self.positions = items, positions

    def __getitem__(self, k):  # type: ignore[override]
        return self.items[self.positions[k]]

    def __len__(self) -> int:
        return len(self.positions)


def peer_fact(r: float, other: str | None) -> Fact:
    said = (f"与{other}同年度报告的语句重合度约 {r:.0%}" if other is not None
            else f"与本批次同年度其他单位报告的语句重合度均低于 {PEER_FLOOR:.0%}")
    return Fact(round(r, 2), said)


def _peer_key(ev: Evaluation) -> tuple[object, str | None]:
    agency, _, year = _agency(ev)
    takes_part = ev.report.status == OK and isinstance(year, int) and agency and ev.sketch
    return year, (agency if takes_part else None)


def peer_facts(evaluations: list[Evaluation], others: Sequence[Earlier] = ()) -> None:
    """history.peer_resemblance on each report of the batch: its highest resemblance to another agency's
    report of the same year (0 when none comes near), with that agency named in the evidence. `others`: stored
    reports to compare with as well (a card re-scored alone after a fact correction has no batch around it)."""
    keys = [_peer_key(ev) for ev in evaluations]
    years = {year for year, agency in keys if agency is not None}
    extra = [e for e in others if e.sketch and e.facts.get("doc.year") and e.facts["doc.year"].value in years]
    keys += [(e.facts["doc.year"].value, e.agency) for e in extra]
    names = [ev.report.value("doc.agency") for ev in evaluations] + [e.agency for e in extra]
    found = peers(keys, [ev.sketch for ev in evaluations] + [e.sketch for e in extra])
    for ev, (r, other) in zip(evaluations, found, strict=False):
        if r >= 0:
            ev.facts["history.peer_resemblance"] = peer_fact(r, names[other] if other >= 0 else None)


class Checks:
    """The cross-year checks of one batch: its reports by year and agency (the batch's own first, then the
    store's), ready to attach history.* facts and findings to any report of the batch. `entries` are the
    batch's reports as (agency, region, year, item); `resolve(item)` makes an Earlier of an item."""

    def __init__(self, evaluator: Evaluator, entries: Iterable[tuple[str, str | None, int, object]],
                 earlier: dict[str, list[Earlier]], resolve: Callable[[object], Earlier] = lambda e: e):
        self.evaluator, self.resolve = evaluator, resolve
        self.rules = history_rules(evaluator.ruleset.rules)
        self.skip = {r.id for r in self.rules}  # a repeat of a repeat finding is not another failure
        self.titles = {r.id: r.title for r in evaluator.ruleset.rules}
        # the history rules read facts only (their text fields see "", the same for every report): the row is the
        # fact fields plus the text fields worked out once, not 60 patterns searched again for each report
        self._fields = [(f, C.fact_of(f)) for f in evaluator.ruleset.fields if not f.startswith("text__")]
        self._blank = evaluator.row({}, "")
        # attach builds only the part of the row the history rules read (a few fields of about a hundred)
        read = {leaf[1] for r in self.rules for leaf in C.leaves(r.condition)}
        self._read = [(f, name) for f, name in self._fields if f in read]
        self._read_blank = {f: v for f, v in self._blank.items() if f in read}
        self._verdicts: dict[tuple, list[Rule]] = {}  # a row's fired history rules (fired)
        self.index: AgencyIndex = AgencyIndex()  # each report filed under its year
        for agency, region, year, item in entries:
            self.index.add(agency, region, item, year)
        for period, stored in earlier.items():
            if period.isdigit():
                for e in stored:
                    region = e.facts["doc.region"].value if "doc.region" in e.facts else None
                    self.index.add(e.agency, region, e, int(period))

    def row(self, facts: dict[str, Fact]) -> dict[str, object]:
        """Evaluator.row(facts, "")."""
        return {f: facts[name].value for f, name in self._fields if name in facts} | self._blank

    def attach(self, ev: Evaluation) -> None:
        agency, region, year = _agency(ev)
        if ev.report.status != OK or not isinstance(year, int) or not agency:
            return
        by_year = self.index.by_part(agency, region)  # one lookup for every earlier year
        last = by_year.get(year - 1)
        if last:
            ev.facts.update(history_facts(ev, self.resolve(last[0]), str(year - 1)))
        ev.facts.update(repeat_facts(ev, by_year, year, self.titles, self.skip))
        facts = ev.facts
        row = {f: facts[name].value for f, name in self._read if name in facts} | self._read_blank
        for rule in self.fired(row):
            if rule.id not in ev.fired:
                ev.findings.append(self.evaluator.finding(rule, ev.facts, ev.report))
                ev.fired.append(rule.id)

    def fired(self, row: dict[str, object]) -> list[Rule]:
        """The history rules whose conditions hold on this row, in order: worked out once per distinct row (a
        few fields, most reports share theirs), the values' types part of the key (True is not 1 to a rule)."""
        values = tuple(row.values())
        key: tuple | None = (tuple(row), tuple(map(type, values)), values)
        try:
            hit = self._verdicts.get(key)  # type: ignore[arg-type]
        except TypeError:  # a value that cannot be a key (a list): worked out in full
            key, hit = None, None
        if hit is None:
            hit = [rule for rule in self.rules if C.evaluate(rule.condition, row)]
            if key is not None:
                if len(self._verdicts) >= VERDICTS:
                    self._verdicts.clear()
                self._verdicts[key] = hit
        return hit


def apply(evaluator: Evaluator, evaluations: list[Evaluation], earlier: dict[str, list[Earlier]],
          others: Sequence[Earlier] = ()) -> None:
    """`earlier`: period → stored reports, for years the batch does not hold (the batch's own come first);
    `others`: stored reports of the same years to compare texts with (see peer_facts)."""
    if not history_rules(evaluator.ruleset.rules):
        return
    peer_facts(evaluations, others)
    entries = []
    for ev in evaluations:
        agency, region, year = _agency(ev)
        if ev.report.status == OK and isinstance(year, int) and agency:
            entries.append((agency, region, year, Earlier(agency, ev.facts, ev.fired, ev.sketch)))
    checks = Checks(evaluator, entries, earlier)
    for ev in evaluations:
        checks.attach(ev)

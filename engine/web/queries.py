"""What the pages read from the store, as SQL on the scorecards columns: a ranking of 50,000 cards is a sorted,
filtered page of 100 rows and a few aggregates, and never parses a payload it does not show."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from engine.agency import normalise_name, same_agency, same_region, short_forms
from engine.profiles import Profiles
from engine.review import decisions, review_scores, signoffs
from engine.rules.loader import RuleSet
from engine.store import runs, scorecards

PAGE = 100
SORTS = ("score", "reviewed", "change", "agency", "period")


@dataclass(frozen=True, slots=True)
class RunRow:
    id: int
    started_at: str
    finished_at: str | None
    profile: str
    rules_version: str
    status: str
    inputs: list[str]
    cards: int
    vetoed: int
    mean: float | None
    decisions: int
    signed_by: str | None
    signed_at: str | None


@dataclass(frozen=True, slots=True)
class RankRow:
    rank: int
    agency: str
    period: str
    level: str
    region: str
    score: float
    grade: str
    veto: bool
    change: float | None
    reviewed: float | None
    reviewed_grade: str | None
    decided: int
    deductions: dict[str, float]


@dataclass(frozen=True, slots=True)
class Filters:
    sort: str = "score"
    desc: bool = True
    level: str = ""
    region: str = ""
    grade: str = ""
    q: str = ""
    page: int = 1


@dataclass(slots=True)
class Ranking:
    rows: list[RankRow]
    total: int
    grades: list[tuple[str, int]]
    levels: list[str]
    regions: list[str]
    pages: int
    topics: list[str] = field(default_factory=list)


def run_rows(conn: sa.Connection, run_id: int | None = None) -> list[RunRow]:
    """Every run (newest first) or one, with its counts (from the covering index, not the payloads)."""
    only = [] if run_id is None else [scorecards.c.run_id == run_id]
    counts = {r.run_id: r for r in conn.execute(sa.select(
        scorecards.c.run_id, sa.func.count().label("n"),
        sa.func.sum(sa.case((scorecards.c.veto, 1), else_=0)).label("vetoed"),
        sa.func.avg(scorecards.c.score).label("mean")).where(*only).group_by(scorecards.c.run_id)).all()}
    decided = dict(conn.execute(sa.select(decisions.c.run_id, sa.func.count()).group_by(decisions.c.run_id)).all())
    signed = {r.run_id: r for r in conn.execute(sa.select(signoffs)).all()}
    out = []
    for r in conn.execute(sa.select(runs).where(*([] if run_id is None else [runs.c.id == run_id]))
                          .order_by(runs.c.id.desc())).all():
        c, s = counts.get(r.id), signed.get(r.id)
        out.append(RunRow(r.id, r.started_at, r.finished_at, r.profile, r.rules_version, r.status,
                          json.loads(r.inputs or "[]"), c.n if c else 0, int(c.vetoed or 0) if c else 0,
                          round(c.mean, 1) if c and c.mean is not None else None, decided.get(r.id, 0),
                          s.user if s else None, s.at if s else None))
    return out


def run_row(conn: sa.Connection, run_id: int) -> RunRow | None:
    return next(iter(run_rows(conn, run_id)), None)


def ranking(conn: sa.Connection, run_id: int, f: Filters) -> Ranking:
    rs = review_scores
    joined = scorecards.outerjoin(rs, sa.and_(rs.c.run_id == scorecards.c.run_id, rs.c.agency == scorecards.c.agency,
                                              rs.c.period == scorecards.c.period))
    grade = sa.func.coalesce(rs.c.grade, scorecards.c.grade)
    where = [scorecards.c.run_id == run_id]
    if f.level:
        where.append(scorecards.c.level == f.level)
    if f.region:
        where.append(scorecards.c.region == f.region)
    if f.q:
        where.append(scorecards.c.agency.contains(f.q, autoescape=True))
    counts = _grades(conn, run_id, where)
    if f.grade:
        where.append(grade == f.grade)
    total = sum(n for g, n in counts.items() if not f.grade or g == f.grade)
    grades = sorted(((g, n) for g, n in counts.items() if n), key=lambda g: (-g[1], g[0]))
    key = {"score": scorecards.c.score, "reviewed": sa.func.coalesce(rs.c.score, scorecards.c.score),
           "change": scorecards.c.change, "agency": scorecards.c.agency, "period": scorecards.c.period}[f.sort]
    order = [key.desc() if f.desc else key.asc()]
    if f.sort == "change":
        order.insert(0, scorecards.c.change.is_(None))  # cards without an earlier period last, either way
    order += [scorecards.c.agency, scorecards.c.period]
    page = max(1, f.page)
    rows = conn.execute(sa.select(scorecards.c.agency, scorecards.c.period, scorecards.c.level, scorecards.c.region,
                                  scorecards.c.score, scorecards.c.grade, scorecards.c.veto, scorecards.c.change,
                                  scorecards.c.deductions, rs.c.score.label("reviewed"),
                                  rs.c.grade.label("reviewed_grade"), rs.c.decided)
                        .select_from(joined).where(*where).order_by(*order)
                        .limit(PAGE).offset((page - 1) * PAGE)).all()
    out = [RankRow((page - 1) * PAGE + i + 1, r.agency, r.period, r.level or "", r.region or "", r.score, r.grade,
                   bool(r.veto), r.change, r.reviewed, r.reviewed_grade, r.decided or 0,
                   json.loads(r.deductions or "{}")) for i, r in enumerate(rows)]
    levels = _distinct(conn, run_id, scorecards.c.level)
    regions = _distinct(conn, run_id, scorecards.c.region)
    topics = sorted({t for r in out for t in r.deductions})
    return Ranking(out, total, grades, levels, regions, max(1, -(-total // PAGE)), topics)


def _grades(conn: sa.Connection, run_id: int, where: list) -> Counter[str]:
    """Cards per current grade: the automatic grades counted on the index, then moved by the few reviewed cards
    whose grade the review changed."""
    counts: Counter[str] = Counter(dict(conn.execute(
        sa.select(scorecards.c.grade, sa.func.count()).where(*where).group_by(scorecards.c.grade)).all()))
    reviewed = {(r.agency, r.period): r.grade for r in conn.execute(
        sa.select(review_scores.c.agency, review_scores.c.period, review_scores.c.grade)
        .where(review_scores.c.run_id == run_id)).all()}  # a few hundred at most: looked up by key, not joined
    names = sorted({agency for agency, _ in reviewed})
    moved = []
    for i in range(0, len(names), 500):
        for r in conn.execute(sa.select(scorecards.c.agency, scorecards.c.period, scorecards.c.grade)
                              .where(*where, scorecards.c.agency.in_(names[i:i + 500]))).all():
            now = reviewed.get((r.agency, r.period))
            if now is not None and now != r.grade:
                moved.append((r.grade, now))
    for before, now in moved:
        counts[before] -= 1
        counts[now] += 1
    return counts


def _distinct(conn: sa.Connection, run_id: int, column: sa.Column) -> list[str]:
    return [v for v in conn.execute(sa.select(column).where(scorecards.c.run_id == run_id).distinct()
                                    .order_by(column)).scalars() if v]


def card(conn: sa.Connection, run_id: int, agency: str, period: str) -> dict | None:
    text = conn.execute(sa.select(scorecards.c.payload).where(
        scorecards.c.run_id == run_id, scorecards.c.agency == agency, scorecards.c.period == period)).scalar()
    return None if text is None else json.loads(text)


@dataclass(frozen=True, slots=True)
class Past:
    run_id: int
    period: str
    score: float
    grade: str
    reviewed: float | None
    signed: bool


def agency_history(conn: sa.Connection, agency: str, region: str | None = None) -> list[Past]:
    """The agency's cards over the years: for each period, the latest finished run that scored it. The same
    agency as the batch matches it (engine/agency.py): written with or without its higher-level places
    (石湾镇人民政府 / 临川县石湾镇人民政府), and not a namesake whose stated region differs."""
    rs = review_scores
    name = normalise_name(agency)
    shorter = [name[i:] for i in short_forms(name)]
    rows = conn.execute(sa.select(scorecards.c.run_id, scorecards.c.agency, scorecards.c.region,
                                  scorecards.c.period, scorecards.c.score, scorecards.c.grade,
                                  rs.c.score.label("reviewed"), signoffs.c.user.label("signed"))
                        .select_from(scorecards.join(runs, runs.c.id == scorecards.c.run_id)
                                     .outerjoin(rs, sa.and_(rs.c.run_id == scorecards.c.run_id,
                                                            rs.c.agency == scorecards.c.agency,
                                                            rs.c.period == scorecards.c.period))
                                     .outerjoin(signoffs, signoffs.c.run_id == scorecards.c.run_id))
                        .where(sa.or_(scorecards.c.agency == agency, scorecards.c.agency.in_(shorter),
                                      scorecards.c.agency.endswith(agency, autoescape=True)),
                               runs.c.status == "done")
                        .order_by(scorecards.c.run_id)).all()
    mine = [r for r in rows if same_agency(r.agency, agency) and same_region(r.region, region)]
    latest = {r.period: r for r in mine}  # later runs replace earlier ones
    return [Past(r.run_id, r.period, r.score, r.grade, r.reviewed, r.signed is not None)
            for _, r in sorted(latest.items())]


@dataclass(slots=True)
class RuleStats:
    """How often each rule fired in one run: over the cards whose profile counts it and where it applied."""

    applicable: Counter[str] = field(default_factory=Counter)
    fired: dict[str, list[tuple[str, str, str]]] = field(default_factory=lambda: defaultdict(list))

    def rate(self, rule: str) -> float | None:
        n = self.applicable.get(rule, 0)
        return len(self.fired.get(rule, [])) / n if n else None


def rule_stats(conn: sa.Connection, run_id: int, ruleset: RuleSet, profiles: Profiles) -> RuleStats:
    """One pass over the run's cards. A card lists the counted rules that did not apply to it, so a rule applied
    to a card when the card's profile counts it and it is not in that list."""
    stats = RuleStats()
    per_profile: Counter[str] = Counter()
    not_applicable: Counter[str] = Counter()
    result = conn.execution_options(yield_per=2000).execute(
        sa.select(scorecards.c.payload).where(scorecards.c.run_id == run_id))
    for (text,) in result:
        data = json.loads(text)
        per_profile[data["profile"]] += 1
        not_applicable.update(data.get("not_applicable", []))
        for rule in sorted({f["rule"] for f in data["findings"]}):
            source = next(f["source"] for f in data["findings"] if f["rule"] == rule)
            stats.fired[rule].append((data["agency"], data["period"], source))
    for name, n in per_profile.items():
        profile = profiles.by_name.get(name)
        for rule in ruleset.rules:
            if profile is not None and profile.counts(rule.id, rule.pack):
                stats.applicable[rule.id] += n
    for rule, n in not_applicable.items():
        stats.applicable[rule] -= n
    return stats

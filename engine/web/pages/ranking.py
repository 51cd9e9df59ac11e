"""/runs/{id}: a run's ranking (sorted, filtered and paged in SQL; tied scores share a rank, marked 并列, as in
the exports), its exports with the review applied, and a reviewer's sign-off and its withdrawal. Template:
ranking.html."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import SimpleNamespace

import sqlalchemy as sa
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from engine import review
from engine.glossary import CATEGORY_ORDER, label
from engine.model import Scorecard
from engine.render import ALL_PERIODS, SUFFIX, UNRANKED_TITLE, VETO_SCORE, category, render, unranked_reason
from engine.review import review_scores
from engine.store import scorecards
from engine.web.common import MAX_ID, RunId, Workbench, check_csrf, flash, page, user_of, wb_of
from engine.web.pages.runs import run_or_404
from engine.web.rulesets import profiles_of

router = APIRouter()
PAGE = 100
SORTS = ("score", "reviewed", "change", "agency", "period")
EXPORTS = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8"}


@dataclass(frozen=True, slots=True)
class RankRow:
    rank: int
    tied: bool
    agency: str
    period: str
    category: str
    level: str
    region: str
    score: float
    grade: str
    veto: bool
    change: float | None
    reviewed: float | None
    reviewed_grade: str | None
    reviewed_veto: bool | None
    decided: int
    deductions: dict[str, float]


@dataclass(frozen=True, slots=True)
class Apart:
    """A card kept out of the ranking (Scorecard.ranked false): a non-report, or a document naming no agency."""

    agency: str
    period: str
    kind: str
    reason: str


@dataclass(frozen=True, slots=True)
class Filters:
    sort: str = "score"
    desc: bool = True
    level: str = ""
    region: str = ""
    grade: str = ""
    q: str = ""
    page: int = 1
    period: str = ""
    category: str = ""  # the 考核 category (市直部门, 县区, 乡镇街道, 高校): a roster's, else by level


@dataclass(slots=True)
class Ranking:
    rows: list[RankRow]
    total: int
    grades: list[tuple[str, int]]
    levels: list[str]
    regions: list[str]
    pages: int
    topics: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    apart: list[Apart] = field(default_factory=list)


def ranking(conn: sa.Connection, run_id: int, f: Filters, categories: list[str] | None = None) -> Ranking:
    """One page of the run's ranking. Ranks are those of the exports (engine.render.layout): competition ranks
    within one period and one category, on the current score (the reviewed one where a card has decisions), a
    veto counting as 0, cards kept out of rankings left out. They are numbered over the whole run before any
    filter, so filtering or sorting never renumbers a card."""
    rs, g = review_scores, review.card_groups
    joined = scorecards.join(g, sa.and_(g.c.run_id == scorecards.c.run_id, g.c.agency == scorecards.c.agency,
                                        g.c.period == scorecards.c.period)).outerjoin(
        rs, sa.and_(rs.c.run_id == scorecards.c.run_id, rs.c.agency == scorecards.c.agency,
                    rs.c.period == scorecards.c.period))
    veto = sa.func.coalesce(rs.c.veto, scorecards.c.veto)
    effective = sa.case((veto, 0.0), else_=sa.func.coalesce(rs.c.score, scorecards.c.score))
    mine = [scorecards.c.run_id == run_id, g.c.ranked]
    for column, value in ((scorecards.c.period, f.period), (g.c.category, f.category)):
        if value:  # a partition's own key: leaving the other partitions out changes no rank
            mine.append(column == value)
    # the ranks, on a narrow row (key, group, score) of every ranked card of the run: numbered before any filter
    numbered = sa.select(scorecards.c.agency, scorecards.c.period,
                         sa.func.rank().over(partition_by=[g.c.period, g.c.category],
                                             order_by=effective.desc()).label("rank"),
                         sa.func.count().over(partition_by=[g.c.period, g.c.category, effective]).label("same")
                         ).select_from(joined).where(*mine).subquery()
    grade = sa.func.coalesce(rs.c.grade, scorecards.c.grade)
    where = list(mine)
    for column, value in ((scorecards.c.level, f.level), (scorecards.c.region, f.region)):
        if value:
            where.append(column == value)
    if f.q:
        where.append(scorecards.c.agency.contains(f.q, autoescape=True))
    counts = dict(conn.execute(sa.select(grade, sa.func.count()).select_from(joined).where(*where)
                               .group_by(grade)).all())
    if f.grade:
        where.append(grade == f.grade)
    total = sum(c for k, c in counts.items() if not f.grade or k == f.grade)
    grades = sorted(((k, c) for k, c in counts.items() if c), key=lambda k: (-k[1], k[0]))
    rows_of = sa.select(scorecards.c.agency, scorecards.c.period, scorecards.c.level, scorecards.c.region,
                        scorecards.c.score, scorecards.c.grade, scorecards.c.veto, scorecards.c.change,
                        scorecards.c.deductions, rs.c.score.label("reviewed"), rs.c.grade.label("reviewed_grade"),
                        rs.c.veto.label("reviewed_veto"), rs.c.decided, g.c.category, numbered.c.rank,
                        numbered.c.same).select_from(joined.join(numbered, sa.and_(
                            numbered.c.agency == scorecards.c.agency, numbered.c.period == scorecards.c.period)))
    sc, by = scorecards.c, f.desc
    in_order = sa.case({c: i for i, c in enumerate(CATEGORY_ORDER)}, value=g.c.category, else_=len(CATEGORY_ORDER))
    current = sa.func.coalesce(rs.c.score, sc.score)
    order = {"score": [sc.period.desc(), in_order, g.c.category,  # one ranking after another, as in the exports
                       numbered.c.rank if by else numbered.c.rank.desc()],
             "reviewed": [current.desc() if by else current.asc()],
             "change": [sc.change.is_(None), sc.change.desc() if by else sc.change.asc()],  # none last
             "agency": [sc.agency.desc() if by else sc.agency.asc()],
             "period": [sc.period.desc() if by else sc.period.asc()]}[f.sort] + [sc.agency, sc.period]
    page_no = max(1, f.page)
    rows = conn.execute(rows_of.where(*where).order_by(*order).limit(PAGE).offset((page_no - 1) * PAGE)).all()
    out = [RankRow(r.rank, r.same > 1, r.agency, r.period, r.category, r.level or "", r.region or "", r.score,
                   r.grade, bool(r.veto), r.change, r.reviewed, r.reviewed_grade,
                   None if r.reviewed_veto is None else bool(r.reviewed_veto), r.decided or 0,
                   json.loads(r.deductions or "{}")) for r in rows]
    return Ranking(out, total, grades, _distinct(conn, run_id, scorecards.c.level),
                   _distinct(conn, run_id, scorecards.c.region), max(1, -(-total // PAGE)),
                   sorted({t for r in out for t in r.deductions}), _distinct(conn, run_id, scorecards.c.period),
                   categories if categories is not None else _distinct(conn, run_id, g.c.category, g),
                   _apart(conn, run_id))


def group_of(card: dict) -> dict:
    """The card's row in review_card_groups: its 考核 category as the exports take it (engine.render.category: a
    roster's, else by level) and whether it is ranked at all (Scorecard.ranked)."""
    return {"agency": card["agency"], "period": card["period"], "ranked": bool(card.get("ranked", True)),
            "category": category(SimpleNamespace(category=card.get("category", ""), level=card.get("level", "")))}


def fill_groups(wb: Workbench, run_id: int, rows: list[dict]) -> None:
    """Each card's group, written once per run (a pass over the JSON payloads, which the ranking then never
    reads: json_extract on 20,000 payloads per request cost seconds)."""
    g = review.card_groups
    with review.writing(wb.engine) as conn:
        conn.execute(g.delete().where(g.c.run_id == run_id))
        for i in range(0, len(rows), 500):
            conn.execute(g.insert(), [{"run_id": run_id, **r} for r in rows[i:i + 500]])


def _apart(conn: sa.Connection, run_id: int) -> list[Apart]:
    """Every card of the run kept out of rankings, whatever the filters: each needs a person to look at it."""
    g = review.card_groups
    rows = conn.execute(sa.select(scorecards.c.payload).join(g, sa.and_(
        g.c.run_id == scorecards.c.run_id, g.c.agency == scorecards.c.agency, g.c.period == scorecards.c.period))
        .where(scorecards.c.run_id == run_id, sa.not_(g.c.ranked))).scalars()
    cards = sorted((json.loads(t) for t in rows), key=lambda c: (c["period"], c["agency"]))
    return [Apart(c["agency"], c["period"], label("kind", c.get("kind")) or "未识别",
                  unranked_reason(SimpleNamespace(unranked_reason=c.get("unranked_reason", ""), kind=c.get("kind"))))
            for c in cards]


def _distinct(conn: sa.Connection, run_id: int, column: sa.Column, table: sa.Table = scorecards) -> list[str]:
    return [v for v in conn.execute(sa.select(column).where(table.c.run_id == run_id).distinct()
                                    .order_by(column)).scalars() if v]


@router.get("/runs/{run_id}")
def run_ranking(request: Request, run_id: RunId, sort: str = Query("score"), order: str = Query("desc"),
                level: str = Query(""), region: str = Query(""), grade: str = Query(""), q: str = Query(""),
                period: str | None = Query(None), category: str = Query(""),
                page_no: int = Query(1, alias="page", ge=1, le=MAX_ID)):
    user = user_of(request)
    wb = wb_of(request)
    if sort not in SORTS:
        raise HTTPException(400, f"无法按 {sort} 排序")
    with wb.engine.connect() as conn:
        run = run_or_404(conn, run_id)
    review.sync(wb.engine, run_id, profiles_of(wb, run_id))
    chosen = run.period if period is None else "" if period == ALL_PERIODS else period  # the run's by default
    filters = Filters(sort, order != "asc", level, region, grade, q.strip(), page_no, chosen, category)
    with wb.engine.connect() as conn:
        known = _known(wb, conn, run)
        result = ranking(conn, run_id, filters, known.categories)
        signed = review.signoff(conn, run_id)
        pending = _pending(conn, run_id, known.fingerprints) if user.can_sign_off and not signed else 0
    return page(request, "ranking.html", run=run, ranking=result, f=filters, signed=signed, pending=pending,
                apart_title=UNRANKED_TITLE, veto_score=VETO_SCORE)


@dataclass(frozen=True, slots=True)
class Known:
    """What a finished run's cards hold that no column has: read once per app (one pass over the payloads, as for
    the rule hit rates), dropped when a correction changes a card."""

    fingerprints: frozenset[str]
    categories: list[str]


def _known(wb: Workbench, conn: sa.Connection, run) -> Known:
    """Read once per app and run: the findings' fingerprints, the categories, and the cards' ranking groups
    (written to review_card_groups when the table does not hold exactly this run's cards)."""
    if run.status == "done" and run.id in wb.cards:
        return wb.cards[run.id]
    fps, groups = set(), []
    for text in conn.execution_options(yield_per=2000).execute(
            sa.select(scorecards.c.payload).where(scorecards.c.run_id == run.id)).scalars():
        card = json.loads(text)
        groups.append(group_of(card))
        fps.update(review.fingerprint(card["agency"], card["period"], f) for f in card["findings"]
                   if not f.get("waived"))
    g = review.card_groups
    have = {(r.agency, r.period, r.category, r.ranked) for r in conn.execute(
        sa.select(g.c.agency, g.c.period, g.c.category, g.c.ranked).where(g.c.run_id == run.id)).all()}
    if have != {(r["agency"], r["period"], r["category"], r["ranked"]) for r in groups}:
        conn.rollback()  # the read ends before the write lock is taken (SQLite: no snapshot to upgrade)
        fill_groups(wb, run.id, groups)
    known = Known(frozenset(fps), sorted({r["category"] for r in groups} - {""}))
    if run.status == "done":
        wb.cards[run.id] = known
    return known


def _pending(conn: sa.Connection, run_id: int, fingerprints: frozenset[str]) -> int:
    """Findings of the run without a decision that reaches it: what the sign-off confirmation tells the reviewer.
    Only the decided fingerprints are read (a few hundred), not the cards."""
    decided = set(conn.execute(sa.select(review.decisions.c.fingerprint).where(
        *review._visible(run_id, review.bound(conn, run_id))).distinct()).scalars())
    return len(fingerprints - decided)


@router.post("/runs/{run_id}/signoff")
def sign_off(request: Request, run_id: RunId, csrf: str = Form("")):
    check_csrf(request, csrf)
    user = user_of(request)
    if not user.can_sign_off:
        raise HTTPException(403, "只有复核签发人可以签发")
    wb = wb_of(request)
    with wb.engine.connect() as conn:
        run_or_404(conn, run_id)
    try:
        review.sign_off(wb.engine, run_id, user.name, profiles_of(wb, run_id))
    except review.LockedError as exc:
        raise HTTPException(409, str(exc)) from None
    flash(request, "已签发，本批次已锁定")
    return RedirectResponse(f"/runs/{run_id}", status_code=303)


@router.post("/runs/{run_id}/withdraw")
def withdraw(request: Request, run_id: RunId, reason: str = Form(""), csrf: str = Form("")):
    check_csrf(request, csrf)
    user = user_of(request)
    if not user.can_sign_off:
        raise HTTPException(403, "只有复核签发人可以撤回签发")
    wb = wb_of(request)
    with wb.engine.connect() as conn:
        run_or_404(conn, run_id)
    try:
        review.withdraw(wb.engine, run_id, user.name, reason, profiles_of(wb, run_id))
    except review.ReviewError as exc:
        raise HTTPException(400, str(exc)) from None
    flash(request, "已撤回签发，本批次重新开放复核")
    return RedirectResponse(f"/runs/{run_id}", status_code=303)


def reviewed_cards(wb: Workbench, run_id: int) -> list[Scorecard]:
    """Every card of a run with its decisions applied, for the exports (a whole run is read once)."""
    with wb.engine.connect() as conn:
        cards = [json.loads(t) for t in conn.execute(sa.select(scorecards.c.payload)
                                                     .where(scorecards.c.run_id == run_id)).scalars()]
        fps = [review.fingerprint(c["agency"], c["period"], f) for c in cards for f in c["findings"]]
        states = review.current(review.history(conn, run_id, fps))
    profiles = profiles_of(wb, run_id)
    return [review.reviewed_scorecard(c, states, profiles.by_name.get(c["profile"])) for c in cards]


@router.get("/runs/{run_id}/export.{fmt}")
def export_run(request: Request, run_id: RunId, fmt: str):
    user_of(request)
    if fmt not in EXPORTS:
        raise HTTPException(404, f"没有 {fmt} 格式的导出")
    wb = wb_of(request)
    with wb.engine.connect() as conn:
        run_or_404(conn, run_id)
    body = render(reviewed_cards(wb, run_id), fmt)
    name = f"run-{run_id}-reviewed{SUFFIX[fmt]}"
    return Response(body, media_type=EXPORTS[fmt], headers={"Content-Disposition": f'attachment; filename="{name}"'})

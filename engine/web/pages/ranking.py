"""/runs/{id}: a run's ranking (sorted, filtered and paged in SQL; tied scores share a rank, marked 并列, as in
the exports), its exports with the review applied, and a reviewer's sign-off and its withdrawal. Template:
ranking.html."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from engine import review
from engine.glossary import CATEGORIES
from engine.model import Scorecard
from engine.render import SUFFIX, render
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


def ranking(conn: sa.Connection, run_id: int, f: Filters, categories: list[str] | None = None) -> Ranking:
    rs = review_scores
    joined = scorecards.outerjoin(rs, sa.and_(rs.c.run_id == scorecards.c.run_id, rs.c.agency == scorecards.c.agency,
                                              rs.c.period == scorecards.c.period))
    grade = sa.func.coalesce(rs.c.grade, scorecards.c.grade)
    current = sa.func.coalesce(rs.c.score, scorecards.c.score)
    where = [scorecards.c.run_id == run_id]
    for column, value in ((scorecards.c.level, f.level), (scorecards.c.region, f.region),
                          (scorecards.c.period, f.period), (_category(conn), f.category)):
        if value:
            where.append(column == value)
    if f.q:
        where.append(scorecards.c.agency.contains(f.q, autoescape=True))
    counts = _grades(conn, run_id, where)
    if f.grade:
        where.append(grade == f.grade)
    total = sum(n for g, n in counts.items() if not f.grade or g == f.grade)
    grades = sorted(((g, n) for g, n in counts.items() if n), key=lambda g: (-g[1], g[0]))
    ranked = sa.select(scorecards.c.agency, scorecards.c.period, scorecards.c.level, scorecards.c.region,
                       scorecards.c.score, scorecards.c.grade, scorecards.c.veto, scorecards.c.change,
                       scorecards.c.deductions, rs.c.score.label("reviewed"), rs.c.grade.label("reviewed_grade"),
                       rs.c.decided, sa.func.rank().over(order_by=current.desc()).label("rank"),
                       sa.func.count().over(partition_by=current).label("same")
                       ).select_from(joined).where(*where).subquery()
    key = {"score": ranked.c.score, "reviewed": sa.func.coalesce(ranked.c.reviewed, ranked.c.score),
           "change": ranked.c.change, "agency": ranked.c.agency, "period": ranked.c.period}[f.sort]
    order = [key.desc() if f.desc else key.asc()]
    if f.sort == "change":
        order.insert(0, ranked.c.change.is_(None))  # cards without an earlier period last, either way
    order += [ranked.c.agency, ranked.c.period]
    page_no = max(1, f.page)
    rows = conn.execute(sa.select(ranked).order_by(*order).limit(PAGE).offset((page_no - 1) * PAGE)).all()
    out = [RankRow(r.rank, r.same > 1, r.agency, r.period, r.level or "", r.region or "", r.score, r.grade,
                   bool(r.veto), r.change, r.reviewed, r.reviewed_grade, r.decided or 0,
                   json.loads(r.deductions or "{}")) for r in rows]
    return Ranking(out, total, grades, _distinct(conn, run_id, scorecards.c.level),
                   _distinct(conn, run_id, scorecards.c.region), max(1, -(-total // PAGE)),
                   sorted({t for r in out for t in r.deductions}), _distinct(conn, run_id, scorecards.c.period),
                   categories if categories is not None else _categories(conn, run_id))


def _category(conn: sa.Connection):
    """The card's 考核 category in SQL, as engine.render.category gives it: the roster's category from the
    payload when it names one, else the level's category in the office's words."""
    if conn.dialect.name == "postgresql":
        given = sa.cast(scorecards.c.payload, sa.JSON)["category"].as_string()
    else:
        given = sa.func.json_extract(scorecards.c.payload, "$.category")
    by_level = sa.case(CATEGORIES, value=scorecards.c.level, else_=CATEGORIES["unknown"])
    return sa.func.coalesce(sa.func.nullif(given, ""), by_level)


def _categories(conn: sa.Connection, run_id: int) -> list[str]:
    return _distinct(conn, run_id, _category(conn))


def _grades(conn: sa.Connection, run_id: int, where: list) -> Counter[str]:
    """Cards per current grade: the automatic grades counted on the index, then moved by the few reviewed cards
    whose grade the review changed."""
    counts: Counter[str] = Counter(dict(conn.execute(
        sa.select(scorecards.c.grade, sa.func.count()).where(*where).group_by(scorecards.c.grade)).all()))
    reviewed = {(r.agency, r.period): r.grade for r in conn.execute(
        sa.select(review_scores.c.agency, review_scores.c.period, review_scores.c.grade)
        .where(review_scores.c.run_id == run_id)).all()}  # a few hundred at most: looked up by key, not joined
    names = sorted({agency for agency, _ in reviewed})
    for i in range(0, len(names), 500):
        for r in conn.execute(sa.select(scorecards.c.agency, scorecards.c.period, scorecards.c.grade)
                              .where(*where, scorecards.c.agency.in_(names[i:i + 500]))).all():
            now = reviewed.get((r.agency, r.period))
            if now is not None and now != r.grade:
                counts[r.grade] -= 1
                counts[now] += 1
    return counts


def _distinct(conn: sa.Connection, run_id: int, column: sa.Column) -> list[str]:
    return [v for v in conn.execute(sa.select(column).where(scorecards.c.run_id == run_id).distinct()
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
    chosen = period if period is not None else (run.period if run.title or run.current else "")
    filters = Filters(sort, order != "asc", level, region, grade, q.strip(), page_no, chosen, category)
    with wb.engine.connect() as conn:
        known = _known(wb, conn, run)
        result = ranking(conn, run_id, filters, known.categories)
        signed = review.signoff(conn, run_id)
        pending = _pending(conn, run_id, known.fingerprints) if user.can_sign_off and not signed else 0
    return page(request, "ranking.html", run=run, ranking=result, f=filters, signed=signed, pending=pending)


@dataclass(frozen=True, slots=True)
class Known:
    """What a finished run's cards hold that no column has: read once per app (one pass over the payloads, as for
    the rule hit rates), dropped when a correction changes a card."""

    fingerprints: frozenset[str]
    categories: list[str]


def _known(wb: Workbench, conn: sa.Connection, run) -> Known:
    if run.status == "done" and run.id in wb.cards:
        return wb.cards[run.id]
    fps, categories = set(), set()
    for text in conn.execution_options(yield_per=2000).execute(
            sa.select(scorecards.c.payload).where(scorecards.c.run_id == run.id)).scalars():
        card = json.loads(text)
        categories.add(card.get("category") or CATEGORIES.get(card.get("level") or "unknown", CATEGORIES["unknown"]))
        fps.update(review.fingerprint(card["agency"], card["period"], f) for f in card["findings"]
                   if not f.get("waived"))
    known = Known(frozenset(fps), sorted(categories - {""}))
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

"""/runs/{id}/card: an agency's scorecard with every finding and its state (or only the pending ones), confirming
several findings at once, the agency's history, and a print view with the notice's content. Templates:
card.html, card_print.html."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse
from starlette.exceptions import HTTPException

from engine import corrections, review
from engine.agency import GENERIC, MIN_OWN, agency_key, same_agency, same_region
from engine.model import Fact
from engine.review import review_scores, signoffs
from engine.store import runs, scorecards
from engine.web.common import RunId, card_url, check_csrf, flash, page, user_of, wb_of
from engine.web.pages.ranking import group_of
from engine.web.pages.runs import run_or_404
from engine.web.rulesets import for_run, profiles_of
from engine.web.sourcetext import load_text, split_source

router = APIRouter()


@dataclass(frozen=True, slots=True)
class Past:
    run_id: int
    period: str
    score: float
    grade: str
    reviewed: float | None
    signed: bool


def card(conn: sa.Connection, run_id: int, agency: str, period: str) -> dict | None:
    text = conn.execute(sa.select(scorecards.c.payload).where(
        scorecards.c.run_id == run_id, scorecards.c.agency == agency, scorecards.c.period == period)).scalar()
    return None if text is None else json.loads(text)


def card_or_404(conn: sa.Connection, run_id: int, agency: str, period: str) -> dict:
    found = card(conn, run_id, agency, period)
    if found is None:
        raise HTTPException(404, "本批次中没有这个机构和年度的评分结果")
    return found


def finding_of(card: dict, fp: str) -> dict:
    for f in card["findings"]:
        if review.fingerprint(card["agency"], card["period"], f) == fp:
            return f
    raise HTTPException(404, "这张评分卡中没有这个扣分项（可能已在新的评分中消失）")


def agency_history(conn: sa.Connection, agency: str, region: str | None = None) -> list[Past]:
    """The agency's cards over the years: for each period, the latest finished run that scored it. The same
    agency as the batch matches it (engine/agency.py): written with or without its higher-level places
    (石湾镇人民政府 / 临川县石湾镇人民政府 / 石湾镇), and not a namesake whose stated region differs. The query
    takes the names holding the last characters of the name's own part, which every such name holds."""
    rs = review_scores
    key = agency_key(agency)
    own = GENERIC.sub("", key)
    rows = conn.execute(sa.select(scorecards.c.run_id, scorecards.c.agency, scorecards.c.region,
                                  scorecards.c.period, scorecards.c.score, scorecards.c.grade,
                                  rs.c.score.label("reviewed"), signoffs.c.user.label("signed"))
                        .select_from(scorecards.join(runs, runs.c.id == scorecards.c.run_id)
                                     .outerjoin(rs, sa.and_(rs.c.run_id == scorecards.c.run_id,
                                                            rs.c.agency == scorecards.c.agency,
                                                            rs.c.period == scorecards.c.period))
                                     .outerjoin(signoffs, signoffs.c.run_id == scorecards.c.run_id))
                        .where(sa.or_(scorecards.c.agency == agency,
                                      scorecards.c.agency.contains(own[-MIN_OWN:] or key, autoescape=True)),
                               runs.c.status == "done")
                        .order_by(scorecards.c.run_id)).all()
    mine = [r for r in rows if same_agency(r.agency, agency) and same_region(r.region, region)]
    latest = {r.period: r for r in mine}  # later runs replace earlier ones
    return [Past(r.run_id, r.period, r.score, r.grade, r.reviewed, r.signed is not None)
            for _, r in sorted(latest.items())]


def _view(request: Request, run_id: int, agency: str, period: str) -> dict:
    wb = wb_of(request)
    with wb.engine.connect() as conn:
        run = run_or_404(conn, run_id)
        found = card_or_404(conn, run_id, agency, period)
        fps = [review.fingerprint(agency, period, f) for f in found["findings"]]
        states = review.current(review.history(conn, run_id, fps))
        past = agency_history(conn, agency, found.get("region"))
        signed = review.signoff(conn, run_id)
    profile = profiles_of(wb, run_id).by_name.get(found["profile"])
    result = review.review_card(found, states, profile)
    rows = [(f, fp, states.get(fp)) for f, fp in zip(found["findings"], fps, strict=True)]
    return dict(run=run, card=found, rows=rows, reviewed=result, past=past, signed=signed,
                reviewed_card=review.reviewed_scorecard(found, states, profile))


@router.get("/runs/{run_id}/card")
def card_page(request: Request, run_id: RunId, agency: str, period: str, pending: int = Query(0)):
    user_of(request)
    view = _view(request, run_id, agency, period)
    if pending:
        view["rows"] = [r for r in view["rows"] if r[2] is None and not r[0].get("waived")]
    return page(request, "card.html", only_pending=bool(pending), **view)


@router.get("/runs/{run_id}/card/print")
def card_print(request: Request, run_id: RunId, agency: str, period: str):
    """The card as the agency's notice states it, reviewed, for paper: no navigation, no forms."""
    user_of(request)
    return page(request, "card_print.html", **_view(request, run_id, agency, period))


@router.get("/runs/{run_id}/card/document")
def document(request: Request, run_id: RunId, agency: str, period: str, source: str):
    """One input document of the card, its text and the fact-correction form: a card without findings (a clean
    report, a document kept out of the ranking) can be corrected too. The text is read under the same checks as
    the finding view (engine/web/sourcetext.py), and only for a file the card lists."""
    user_of(request)
    wb = wb_of(request)
    with wb.engine.connect() as conn:
        run = run_or_404(conn, run_id)
        found = card_or_404(conn, run_id, agency, period)
        signed = review.signoff(conn, run_id)
    if source not in found.get("inputs", []):
        raise HTTPException(404, "这张评分卡没有这个输入文件")
    text, problem = load_text(wb.engine, run_id, source)
    return page(request, "document.html", run=run, card=found, document=source, text=text, problem=problem,
                signed=signed, correctable=corrections.NAMED, part=split_source(source)[0] != source)


@router.post("/runs/{run_id}/card/confirm")
def confirm_many(request: Request, run_id: RunId, agency: str = Form(...), period: str = Form(...),
                 fp: Annotated[list[str] | None, Form()] = None, csrf: str = Form("")):
    """Confirm the ticked findings in one go (confirming needs no reason; dismissing and adjusting are done one
    by one, with a reason)."""
    check_csrf(request, csrf)
    user = user_of(request)
    if not user.can_review:
        raise HTTPException(403, "只读用户不能复核")
    wb = wb_of(request)
    if not fp:
        flash(request, "未选择任何扣分项")
        return RedirectResponse(card_url(run_id, agency, period), status_code=303)
    with wb.engine.connect() as conn:
        run_or_404(conn, run_id)
        found = card_or_404(conn, run_id, agency, period)
        chosen = [finding_of(found, f) for f in fp]
    try:
        review.decide_many(wb.engine, run_id, found, chosen, review.CONFIRM, None, "", user.name,
                           profiles_of(wb, run_id))
    except review.LockedError as exc:
        raise HTTPException(409, str(exc)) from None
    except review.ReviewError as exc:
        raise HTTPException(400, str(exc)) from None
    flash(request, f"已记录：确认 {len(chosen)} 项")
    return RedirectResponse(card_url(run_id, agency, period), status_code=303)


@router.post("/runs/{run_id}/card/correct")
def correct(request: Request, run_id: RunId, agency: str = Form(...), period: str = Form(...),
            source: str = Form(...), fact: str = Form(...), other: str = Form(""), value: str = Form(""),
            reason: str = Form(""), csrf: str = Form("")):
    """An auditor corrects a fact the parser got wrong, with a reason: kept by document hash and fact name, the
    card re-scored at once from the corrected facts with the rules the run was scored with, its cross-year
    checks run again, and so are the run's later cards of the agency that read this one (later runs apply it
    too); the act in the audit trail."""
    check_csrf(request, csrf)
    user = user_of(request)
    if not user.can_review:
        raise HTTPException(403, "只读用户不能更正事实")
    wb = wb_of(request)
    reason = reason.strip()
    fact = other.strip() if fact == "other" else fact
    with wb.engine.connect() as conn:
        run = run_or_404(conn, run_id)
        found = card_or_404(conn, run_id, agency, period)
        if source not in found.get("inputs", []):
            raise HTTPException(404, "这张评分卡没有这个输入文件")
        own = for_run(wb, conn, run_id)
    if split_source(source)[0] != source:  # its parts share the file's hash, the key corrections are kept by
        raise HTTPException(409, "汇编文件中的单篇报告暂不能更正事实（各篇共用一个文件指纹）；"
                                 "请将该篇另存为单独文件后重新评分")
    digest = _unchanged(wb, source)
    report = corrections.reparse(source, digest)
    try:
        if not reason:
            raise corrections.CorrectionError("更正事实须写明理由")
        if report is None or fact not in corrections.correctable(report):
            raise corrections.CorrectionError(f"不能更正 {fact}")
        new = corrections.parse_value(fact, value, report.value(fact))
    except corrections.CorrectionError as exc:
        raise HTTPException(400, str(exc)) from None
    try:
        scorer = own.scorer()
    except ValueError as exc:
        raise HTTPException(409, f"{exc}。为免按别的规则重新评分，本次更正未保存；请重新评分该批次后再更正") from None
    corrections.ensure_tables(wb.engine)
    change = {digest: {fact: new}}
    with wb.engine.connect() as conn:  # re-scored outside the write lock (parsing, the store's earlier years)
        mark = conn.execute(sa.select(sa.func.max(corrections.corrections.c.id))).scalar()
        previous = corrections.stored_for(conn, [digest]).get(digest, {}).get(fact, report.value(fact))
        written: dict[str, tuple[str, str, str]] = {}
        plans = [(found, _rescore(wb, conn, run, scorer, found, change, written))]
        for later in _readers(conn, run_id, plans[0][1].card, found):  # the run's later cards that read this one
            plans.append((later, _rescore(wb, conn, run, scorer, later, change, written)))
    fresh = plans[0][1].card
    with review.writing(wb.engine) as conn:  # then written in one short locked transaction, if nothing moved
        if review.bound(conn, run_id) is not None:
            raise HTTPException(409, "该批次已签发锁定，不能再修改")
        if conn.execute(sa.select(sa.func.max(corrections.corrections.c.id))).scalar() != mark or any(
                card(conn, run_id, old["agency"], old["period"]) != old for old, _ in plans):
            raise HTTPException(409, "这张评分卡刚被他人更正，本次更正未保存；请刷新页面后重试")
        conn.execute(corrections.corrections.insert().values(
            file_hash=digest, fact=fact, value=json.dumps(new, ensure_ascii=False),
            previous=json.dumps(previous, ensure_ascii=False), reason=reason, user=user.name,
            at=review.now(), run_id=run_id))
        for old, done in plans:
            _write(conn, run.id, own, old, done)
        conn.execute(review.events.insert().values(
            run_id=run_id, kind="correction", target=fresh["agency"], user=user.name, at=review.now(), reason=reason,
            detail=f"{corrections.NAMED.get(fact, fact)}：{corrections.shown(fact, previous)} → "
                   f"{corrections.shown(fact, new)}（{Path(source).name}）"))
    wb.stats.pop(run.id, None)
    wb.cards.pop(run.id, None)
    flash(request, f"已更正{corrections.NAMED.get(fact, fact)}，评分卡已按更正后的事实重新评分（含跨年度核查）")
    return RedirectResponse(card_url(run_id, fresh["agency"], fresh["period"]), status_code=303)


def _unchanged(wb, source: str) -> str:
    """The file's hash, when it is still a document the store scored; else 409."""
    from engine.store import file_hash, results
    path = Path(source)
    digest = file_hash(path) if path.is_file() else ""
    with wb.engine.connect() as conn:
        known = set(conn.execute(sa.select(results.c.file_hash).where(results.c.source == source)).scalars())
    if digest not in known:
        raise HTTPException(409, f"报告文件 {path.name} 已不在或已改变，无法据原文重新评分；请重新评分后再更正")
    return digest


def _rescore(wb, conn: sa.Connection, run, scorer, old: dict, change: dict[str, dict[str, object]],
             written: dict) -> corrections.Rescored:
    """One card of the run scored again from its documents with their stored corrections and `change`
    (engine.corrections.rescore); nothing is written here. `written` collects the documents' new history, which
    the run's later cards read."""
    from datetime import date

    from engine.store import decode, results
    inputs = [(s, _unchanged(wb, s)) for s in old.get("inputs", [])]
    hashes = [d for _, d in inputs]
    kept: dict[str, dict] = {}
    for digest in hashes:  # what the batch attached beside the text (submission logs) is not in the file
        blob = conn.execute(sa.select(results.c.payload).where(results.c.file_hash == digest,
                                                               results.c.status == "ok").limit(1)).scalar()
        if blob is not None:
            facts = decode(blob)["facts"]
            kept[digest] = {k: Fact(v, "") for k, (v, _) in facts.items() if k.startswith("submissions.")}
    fixes = corrections.stored_for(conn, hashes)
    for digest, facts in change.items():
        if digest in hashes:
            fixes[digest] = {**fixes.get(digest, {}), **facts}
    try:
        done = corrections.rescore(scorer, wb.store, old, inputs, fixes, kept, run.profile, date.today(), written)
    except corrections.CorrectionError as exc:
        raise HTTPException(409, str(exc)) from None
    written.update(done.history)
    return done


def _write(conn: sa.Connection, run_id: int, own, old: dict, done: corrections.Rescored) -> None:
    """The re-scored card in place of the old one, with its reviewed score; the documents' history column follows
    the corrected facts, so later runs' cross-year checks read them."""
    from engine.store import _card_row, results
    fresh = done.card
    for digest, (agency, period, history) in done.history.items():
        conn.execute(results.update().where(results.c.file_hash == digest)
                     .values(agency=agency or None, period=period or None, history=history))
    for key in ((old["agency"], old["period"]), (fresh["agency"], fresh["period"])):
        for table in (scorecards, review_scores, review.card_groups):
            conn.execute(table.delete().where(table.c.run_id == run_id, table.c.agency == key[0],
                                              table.c.period == key[1]))
    conn.execute(scorecards.insert().values(**_card_row(run_id, fresh)))
    conn.execute(review.card_groups.insert().values(run_id=run_id, **group_of(fresh)))
    review._refresh(conn, run_id, fresh["agency"], fresh["period"], own.profiles)


def _readers(conn: sa.Connection, run_id: int, fresh: dict, old: dict) -> list[dict]:
    """The run's cards of the same agency in the years after the corrected one, up to as far back as the
    cross-year checks look (engine.crossyear.YEARS_BACK): their checks read the corrected document."""
    from engine.crossyear import YEARS_BACK
    from engine.records import period_start
    starts = {s for c in (fresh, old) if (s := period_start(c["period"])) is not None}
    if not starts:
        return []
    wanted = {str(s + k) for s in starts for k in range(1, YEARS_BACK)} - {fresh["period"]}
    out = []
    for name in {fresh["agency"], old["agency"]}:
        rows = conn.execute(sa.select(scorecards.c.payload).where(
            scorecards.c.run_id == run_id, scorecards.c.period.in_(sorted(wanted)),
            sa.or_(scorecards.c.agency == name, scorecards.c.agency.endswith(name, autoescape=True)))).scalars()
        out += [c for c in map(json.loads, rows) if same_agency(c["agency"], name)]
    return sorted({(c["agency"], c["period"]): c for c in out}.values(), key=lambda c: c["period"])

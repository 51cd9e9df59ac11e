"""/runs: every batch with its title, period, counts and sign-off; a reviewer names a run, marks the current
run of a period and hides runs (never deletes them), each change in the audit trail. Template: runs.html."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse
from starlette.exceptions import HTTPException

from engine import review
from engine.glossary import label
from engine.review import decisions, events, run_labels, signoffs
from engine.runs import run_meta
from engine.store import runs, scorecards
from engine.web.common import RunId, check_csrf, flash, page, user_of, wb_of

router = APIRouter()


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
    title: str
    period: str  # the one a person set, else the period most of its cards have
    current: bool
    hidden: bool

    @property
    def status_label(self) -> str:
        return label("run_status", self.status)

    @property
    def name(self) -> str:
        return self.title or f"批次 #{self.id}"


def run_rows(conn: sa.Connection, run_id: int | None = None) -> list[RunRow]:
    """Every run (newest first) or one, with its counts (from the covering index, not the payloads)."""
    only = [] if run_id is None else [scorecards.c.run_id == run_id]
    counts = {r.run_id: r for r in conn.execute(sa.select(
        scorecards.c.run_id, sa.func.count().label("n"),
        sa.func.sum(sa.case((scorecards.c.veto, 1), else_=0)).label("vetoed"),
        sa.func.avg(scorecards.c.score).label("mean")).where(*only).group_by(scorecards.c.run_id)).all()}
    periods: dict[int, str] = {}
    for r in conn.execute(sa.select(scorecards.c.run_id, scorecards.c.period, sa.func.count().label("n"))
                          .where(*only).group_by(scorecards.c.run_id, scorecards.c.period)
                          .order_by(scorecards.c.run_id, sa.text("n"), scorecards.c.period)).all():
        periods[r.run_id] = r.period  # the most common last
    decided = dict(conn.execute(sa.select(decisions.c.run_id, sa.func.count()).group_by(decisions.c.run_id)).all())
    signed = {r.run_id: r for r in conn.execute(sa.select(signoffs)).all()}
    labels = {r.run_id: r for r in conn.execute(sa.select(run_labels)).all()}
    given = dict(conn.execute(sa.select(run_meta.c.run_id, run_meta.c.title)).all())  # xxgk score --title
    out = []
    for r in conn.execute(sa.select(runs).where(*([] if run_id is None else [runs.c.id == run_id]))
                          .order_by(runs.c.id.desc())).all():
        c, s, lab = counts.get(r.id), signed.get(r.id), labels.get(r.id)
        out.append(RunRow(r.id, r.started_at, r.finished_at, r.profile, r.rules_version, r.status,
                          json.loads(r.inputs or "[]"), c.n if c else 0, int(c.vetoed or 0) if c else 0,
                          round(c.mean, 1) if c and c.mean is not None else None, decided.get(r.id, 0),
                          s.user if s else None, s.at if s else None,
                          (lab.title if lab and lab.title else "") or given.get(r.id) or "",
                          (lab.period if lab and lab.period else periods.get(r.id, "")),
                          bool(lab and lab.current), bool(lab and lab.hidden)))
    return out


def run_row(conn: sa.Connection, run_id: int) -> RunRow | None:
    return next(iter(run_rows(conn, run_id)), None)


def run_or_404(conn: sa.Connection, run_id: int) -> RunRow:
    row = run_row(conn, run_id)
    if row is None:
        raise HTTPException(404, f"没有编号为 {run_id} 的批次")
    return row


@router.get("/")
def home(request: Request):
    user_of(request)
    return RedirectResponse("/runs", status_code=303)


@router.get("/runs")
def run_list(request: Request, hidden: int = Query(0)):
    user_of(request)
    with wb_of(request).engine.connect() as conn:
        items = run_rows(conn)
    shown = [r for r in items if hidden or not r.hidden]
    return page(request, "runs.html", runs=shown, hidden_count=sum(r.hidden for r in items), show_hidden=bool(hidden))


@router.post("/runs/{run_id}/settings")
def settings(request: Request, run_id: RunId, title: str = Form(""), period: str = Form(""),
             current: str = Form(""), hidden: str = Form(""), csrf: str = Form("")):
    """Title, period, current and hidden in one form; only what changed is written to the audit trail."""
    check_csrf(request, csrf)
    user = user_of(request)
    if not user.can_sign_off:
        raise HTTPException(403, "只有复核签发人可以设置批次")
    title, period = title.strip()[:200], period.strip()[:16]
    wb = wb_of(request)
    with review.writing(wb.engine) as conn:
        run = run_or_404(conn, run_id)
        want = {"title": title, "period": period or run.period, "current": bool(current), "hidden": bool(hidden)}
        have = {"title": run.title, "period": run.period, "current": run.current, "hidden": run.hidden}
        if want["current"] and want["hidden"]:
            raise HTTPException(400, "当前批次不能隐藏")
        if want["current"]:  # one current run per period
            conn.execute(run_labels.update().where(run_labels.c.period == want["period"],
                                                   run_labels.c.run_id != run_id).values(current=False))
        conn.execute(run_labels.delete().where(run_labels.c.run_id == run_id))
        conn.execute(run_labels.insert().values(run_id=run_id, **want))
        words = {"title": "标题", "period": "期间", "current": "当前批次", "hidden": "隐藏"}
        for key, value in want.items():
            if value != have[key]:
                shown = ("是" if value else "否") if isinstance(value, bool) else value
                conn.execute(events.insert().values(run_id=run_id, kind=f"run_{key}", target=f"#{run_id}",
                                                    detail=f"{words[key]}：{shown}", reason="", user=user.name,
                                                    at=review.now()))
    flash(request, "已保存批次设置")
    return RedirectResponse(f"/runs/{run_id}", status_code=303)

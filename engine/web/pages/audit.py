"""/runs/{id}/audit and audit.csv: the run's audit trail, every decision and every other act on the run (sign-off
and its withdrawal, title, period, current, hidden), who, when, what and why. Template: audit.html."""

from __future__ import annotations

import csv
import io

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import Response

from engine import review
from engine.render.csv_out import looks_like_formula
from engine.web.common import RunId, num, page, user_of, wb_of
from engine.web.pages.runs import run_or_404

router = APIRouter()
HEADERS = ("编号", "时间", "批次", "用户", "操作", "机构", "期间", "规则", "次数", "原扣分", "复核扣分", "理由", "指纹")
EVENT_LABELS = {"signoff": "签发", "withdraw": "撤回签发", "run_title": "批次标题", "run_period": "批次期间",
                "run_current": "当前批次", "run_hidden": "隐藏批次", "correction": "事实更正"}


def audit_rows(conn: sa.Connection, run_id: int) -> list[review.Decision]:
    rows = conn.execute(sa.select(review.decisions).where(review.decisions.c.run_id == run_id)
                        .order_by(review.decisions.c.id)).all()
    return [review.Decision(**r._mapping) for r in rows]


def event_rows(conn: sa.Connection, run_id: int) -> list:
    return conn.execute(sa.select(review.events).where(review.events.c.run_id == run_id)
                        .order_by(review.events.c.id)).all()


def audit_csv(items: list[review.Decision], acts: list) -> bytes:
    """The audit trail for a spreadsheet: UTF-8 with BOM; text that would start a formula is quoted, like the
    ranking's CSV. Acts on the run follow the decisions, their number prefixed with E."""
    def cell(value: object) -> str:
        text = str(value)
        return "'" + text if looks_like_formula(text) else text
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for d in items:
        writer.writerow([cell(v) for v in (d.id, d.at, d.run_id, d.user, review.ACTION_LABELS[d.action], d.agency,
                                           d.period, d.rule, d.occurrence, num(d.auto_points), num(d.points),
                                           d.reason, d.fingerprint)])
    for e in acts:
        writer.writerow([cell(v) for v in (f"E{e.id}", e.at, e.run_id, e.user, EVENT_LABELS.get(e.kind, e.kind),
                                           e.detail or "", "", "", "", "", "", e.reason or "", "")])
    return buffer.getvalue().encode("utf-8-sig")


@router.get("/runs/{run_id}/audit")
def audit(request: Request, run_id: RunId):
    user_of(request)
    with wb_of(request).engine.connect() as conn:
        run = run_or_404(conn, run_id)
        items = audit_rows(conn, run_id)
        acts = event_rows(conn, run_id)
        signed = review.signoff(conn, run_id)
    return page(request, "audit.html", run=run, items=items, acts=acts, kinds=EVENT_LABELS, signed=signed)


@router.get("/runs/{run_id}/audit.csv")
def audit_export(request: Request, run_id: RunId):
    user_of(request)
    with wb_of(request).engine.connect() as conn:
        run_or_404(conn, run_id)
        body = audit_csv(audit_rows(conn, run_id), event_rows(conn, run_id))
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="run-{run_id}-audit.csv"'})

"""The workbench's pages and actions. GETs read; every POST checks the CSRF token, the role and the lock."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import FastAPI, Form, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from engine import accounts, review
from engine.web import queries
from engine.web.app import (
    EXPORTS,
    FINGERPRINT,
    audit_csv,
    audit_rows,
    card_or_404,
    check_csrf,
    export,
    finding_of,
    finding_url,
    flash,
    locked,
    page,
    run_or_404,
    user_of,
    wb_of,
)
from engine.web.sourcetext import highlight, load_text

Fingerprint = Annotated[str, PathParam(pattern=FINGERPRINT)]


def register(app: FastAPI) -> None:
    """Every route, in one place."""

    @app.get("/login")
    def login_form(request: Request):
        if request.session.get("user"):
            return RedirectResponse("/runs", status_code=303)
        return page(request, "login.html", error="")

    @app.post("/login")
    def login(request: Request, name: str = Form(""), password: str = Form(""), csrf: str = Form("")):
        """A plain def: FastAPI runs it in its thread pool, so argon2 and the pause never block the event loop."""
        check_csrf(request, csrf)
        wb = wb_of(request)
        result = accounts.authenticate(wb.engine, name.strip(), password, wb.clock)
        if result.user is None:
            time.sleep(wb.failure_pause)
            seconds = int(result.wait.total_seconds() + 0.999)
            error = "用户名或密码错误" + (f"；尝试次数过多，请 {seconds} 秒后再试" if seconds else "")
            response = page(request, "login.html", error=error)
            response.status_code = 429 if seconds else 401
            if seconds:
                response.headers["Retry-After"] = str(seconds)
            return response
        request.session.clear()  # a new session on sign-in: no fixation
        request.session["user"] = result.user.name
        return RedirectResponse("/runs", status_code=303)

    @app.post("/logout")
    def logout(request: Request, csrf: str = Form("")):
        check_csrf(request, csrf)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    @app.get("/")
    def home(request: Request):
        user_of(request)
        return RedirectResponse("/runs", status_code=303)

    @app.get("/runs")
    def run_list(request: Request):
        user_of(request)
        with wb_of(request).engine.connect() as conn:
            items = queries.run_rows(conn)
        return page(request, "runs.html", runs=items)

    @app.get("/runs/{run_id}")
    def run_ranking(request: Request, run_id: int, sort: str = Query("score"), order: str = Query("desc"),
                    level: str = Query(""), region: str = Query(""), grade: str = Query(""), q: str = Query(""),
                    page_no: int = Query(1, alias="page", ge=1)):
        user_of(request)
        wb = wb_of(request)
        if sort not in queries.SORTS:
            raise HTTPException(400, f"无法按 {sort} 排序")
        with wb.engine.connect() as conn:
            run = run_or_404(conn, run_id)
        review.sync(wb.engine, run_id, wb.profiles)
        filters = queries.Filters(sort, order != "asc", level, region, grade, q.strip(), page_no)
        with wb.engine.connect() as conn:
            ranking = queries.ranking(conn, run_id, filters)
            signed = review.signoff(conn, run_id)
        return page(request, "ranking.html", run=run, ranking=ranking, f=filters, signed=signed)

    @app.get("/runs/{run_id}/card")
    def card_page(request: Request, run_id: int, agency: str, period: str):
        user_of(request)
        wb = wb_of(request)
        with wb.engine.connect() as conn:
            run = run_or_404(conn, run_id)
            card = card_or_404(conn, run_id, agency, period)
            fps = [review.fingerprint(agency, period, f) for f in card["findings"]]
            states = review.current(review.history(conn, run_id, fps))
            past = queries.agency_history(conn, agency, card.get("region"))
            signed = review.signoff(conn, run_id)
        result = review.review_card(card, states, wb.profiles.by_name.get(card["profile"]))
        rows = [(f, fp, states.get(fp)) for f, fp in zip(card["findings"], fps, strict=True)]
        return page(request, "card.html", run=run, card=card, rows=rows, reviewed=result, past=past, signed=signed)

    @app.get("/runs/{run_id}/finding/{fp}")
    def finding_page(request: Request, run_id: int, fp: Fingerprint, agency: str, period: str):
        user_of(request)
        wb = wb_of(request)
        with wb.engine.connect() as conn:
            run = run_or_404(conn, run_id)
            card = card_or_404(conn, run_id, agency, period)
            finding = finding_of(card, fp)
            trail = review.history(conn, run_id, [fp]).get(fp, [])
            signed = review.signoff(conn, run_id)
        text, problem = load_text(wb.engine, run_id, finding["source"]) if finding.get("source") else (None, "")
        source = highlight(text, finding["evidence"]) if text is not None else None
        rule = wb.ruleset.by_id().get(finding["rule"])
        return page(request, "finding.html", run=run, card=card, finding=finding, fp=fp, trail=trail,
                    state=trail[-1] if trail else None, source=source, problem=problem, rule=rule, signed=signed)

    @app.post("/runs/{run_id}/finding/{fp}/decide")
    def decide(request: Request, run_id: int, fp: Fingerprint, agency: str = Form(...),
               period: str = Form(...), action: str = Form(...), points: str = Form(""), reason: str = Form(""),
               csrf: str = Form("")):
        check_csrf(request, csrf)
        user = user_of(request)
        if not user.can_review:
            raise HTTPException(403, "只读用户不能复核")
        wb = wb_of(request)
        with wb.engine.connect() as conn:
            run_or_404(conn, run_id)
            if locked(conn, run_id):
                raise HTTPException(409, "该批次已签发锁定，不能再修改")
            card = card_or_404(conn, run_id, agency, period)
            finding = finding_of(card, fp)
        try:
            value = float(points) if points.strip() else None
        except ValueError:
            value = None
        try:
            review.decide(wb.engine, run_id, card, finding, action, value, reason, user.name, wb.profiles)
        except review.LockedError as exc:
            raise HTTPException(409, str(exc)) from None
        except review.ReviewError as exc:
            raise HTTPException(400, str(exc)) from None
        flash(request, f"已记录：{review.ACTION_LABELS[action]}")
        return RedirectResponse(finding_url(run_id, fp, agency, period), status_code=303)

    @app.post("/runs/{run_id}/signoff")
    def sign_off(request: Request, run_id: int, csrf: str = Form("")):
        check_csrf(request, csrf)
        user = user_of(request)
        if not user.can_sign_off:
            raise HTTPException(403, "只有复核签发人可以签发")
        wb = wb_of(request)
        with wb.engine.connect() as conn:
            run_or_404(conn, run_id)
        try:
            review.sign_off(wb.engine, run_id, user.name, wb.profiles)
        except review.LockedError as exc:
            raise HTTPException(409, str(exc)) from None
        flash(request, "已签发，本批次已锁定")
        return RedirectResponse(f"/runs/{run_id}", status_code=303)

    @app.get("/runs/{run_id}/audit")
    def audit(request: Request, run_id: int):
        user_of(request)
        with wb_of(request).engine.connect() as conn:
            run = run_or_404(conn, run_id)
            items = audit_rows(conn, run_id)
            signed = review.signoff(conn, run_id)
        return page(request, "audit.html", run=run, items=items, signed=signed)

    @app.get("/runs/{run_id}/audit.csv")
    def audit_export(request: Request, run_id: int):
        user_of(request)
        with wb_of(request).engine.connect() as conn:
            run_or_404(conn, run_id)
            body = audit_csv(audit_rows(conn, run_id))
        return Response(body, media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="run-{run_id}-audit.csv"'})

    @app.get("/runs/{run_id}/export.{fmt}")
    def export_run(request: Request, run_id: int, fmt: str):
        user_of(request)
        if fmt not in EXPORTS:
            raise HTTPException(404, f"没有 {fmt} 格式的导出")
        wb = wb_of(request)
        with wb.engine.connect() as conn:
            run_or_404(conn, run_id)
        return export(wb, run_id, fmt)

    @app.get("/runs/{run_id}/rules")
    def run_rules(request: Request, run_id: int):
        user_of(request)
        wb = wb_of(request)
        with wb.engine.connect() as conn:
            run = run_or_404(conn, run_id)
            stats = _stats(wb, conn, run)
        rows = sorted(((r, len(stats.fired.get(r.id, [])), stats.applicable.get(r.id, 0), stats.rate(r.id))
                       for r in wb.ruleset.rules), key=lambda x: (-(x[3] or 0), x[0].id))
        return page(request, "run_rules.html", run=run, rows=rows)

    @app.get("/rules/{rule_id}")
    def rule_page(request: Request, rule_id: str, run: int | None = Query(None)):
        user_of(request)
        wb = wb_of(request)
        rule = wb.ruleset.by_id().get(rule_id)
        if rule is None:
            raise HTTPException(404, f"没有规则 {rule_id}")
        in_run, stats = None, None
        if run is not None:
            with wb.engine.connect() as conn:
                in_run = run_or_404(conn, run)
                stats = _stats(wb, conn, in_run)
        return page(request, "rule.html", rule=rule, run=in_run, stats=stats)


def _stats(wb, conn, run: queries.RunRow) -> queries.RuleStats:
    """Rule hit rates of a finished run never change: computed once per app."""
    if run.status == "done" and run.id in wb.stats:
        return wb.stats[run.id]
    stats = queries.rule_stats(conn, run.id, wb.ruleset, wb.profiles)
    if run.status == "done":
        wb.stats[run.id] = stats
    return stats

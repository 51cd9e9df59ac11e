"""The review workbench: a FastAPI app over the run store, server-rendered pages, plain forms for every action.

Every page needs a signed-in user; reviewing needs an auditor or reviewer, signing off a reviewer; a signed-off
run refuses every change (409). Every POST carries the session's CSRF token. Templates autoescape everything and
the Content-Security-Policy allows only this app's own CSS and script, so report text can never run.
"""

from __future__ import annotations

import csv
import io
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlencode

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException
from starlette.middleware.sessions import SessionMiddleware

from engine import accounts, review
from engine.accounts import User
from engine.model import Scorecard
from engine.profiles import Profiles, load_profiles
from engine.render import SUFFIX, render
from engine.render.csv_out import looks_like_formula
from engine.rules.loader import RULES_DIR, RuleSet, load_rules
from engine.store import Store, meta, scorecards
from engine.web import queries

HERE = Path(__file__).parent
CSP = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
EXPORTS = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8"}
FINGERPRINT = r"^[0-9a-f]{32}$"
SESSION_HOURS = 8


class LoginRequired(Exception):
    """Raised by `user_of` when nobody is signed in: pages redirect to the login form."""


@dataclass(slots=True)
class Workbench:
    """What every request needs, built once per app."""

    engine: sa.Engine
    ruleset: RuleSet
    profiles: Profiles
    env: Environment
    clock: Callable[[], datetime]
    stats: dict[int, queries.RuleStats]
    failure_pause: float


def create_app(store_url: str, *, rules_dir: Path | None = None, clock: Callable[[], datetime] | None = None,
               secure_cookies: bool = False, failure_pause: float = 0.5) -> FastAPI:
    """The app for one store. `clock` and `failure_pause` (seconds every wrong password costs, on top of the
    throttle) are for tests; `secure_cookies` when served over HTTPS."""
    store = Store(store_url)
    review.ensure_tables(store.engine)
    accounts.ensure_tables(store.engine)
    ruleset, profiles = _rules(rules_dir or RULES_DIR)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.globals.update(labels=review.ACTION_LABELS, roles=accounts.ROLE_LABELS, card_url=card_url,
                       finding_url=finding_url, rule_url=rule_url, query=query_string)
    env.filters["num"] = _num
    wb = Workbench(store.engine, ruleset, profiles, env, clock or accounts.utcnow, {}, failure_pause)
    app = FastAPI(title="xxgk workbench", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.wb = wb
    app.add_middleware(SessionMiddleware, secret_key=_secret(store.engine), session_cookie="xxgk_session",
                       max_age=SESSION_HOURS * 3600, same_site="lax", https_only=secure_cookies)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _exc: LoginRequired):
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(HTTPException)
    async def error_page(request: Request, exc: HTTPException):
        return _page(request, "error.html", {"status": exc.status_code, "message": exc.detail}, exc.status_code)

    @app.exception_handler(sa.exc.OperationalError)
    async def busy(request: Request, _exc: sa.exc.OperationalError):
        """A lock wait that ran out (SQLite busy, PostgreSQL lock timeout or deadlock): nothing was kept."""
        response = _page(request, "error.html", {"status": 503, "message": review.BUSY}, 503)
        response.headers["Retry-After"] = "2"
        return response

    from engine.web import routes
    routes.register(app)
    return app


@cache
def _rules(rules_dir: Path) -> tuple[RuleSet, Profiles]:
    """Loaded once per process (0.6 s): several apps, as in the tests, share them."""
    ruleset = load_rules(rules_dir)
    return ruleset, load_profiles(rules_dir / "profiles", ruleset)


def _secret(engine: sa.Engine) -> str:
    """The session signing key, made once per store and kept in it: sessions survive a restart."""
    with engine.begin() as conn:
        value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "web_session_secret")).scalar()
        if value is None:
            value = secrets.token_urlsafe(48)
            conn.execute(meta.insert().values(key="web_session_secret", value=value))
    return value


def _num(x: float | None) -> str:
    """Scores and points as people write them: 90, 87.5."""
    if x is None:
        return ""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def wb_of(request: Request) -> Workbench:
    return request.app.state.wb


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf(request: Request, token: str) -> None:
    expected = request.session.get("csrf", "")
    if not expected or not secrets.compare_digest(expected, token):
        raise HTTPException(403, "表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试")


def user_of(request: Request) -> User:
    name = request.session.get("user")
    if not name:
        raise LoginRequired
    with wb_of(request).engine.connect() as conn:
        user = accounts.get_user(conn, name)
    if user is None:  # removed since signing in
        request.session.clear()
        raise LoginRequired
    return user


def _page(request: Request, template: str, context: dict, status: int = 200) -> HTMLResponse:
    name = request.session.get("user")
    with wb_of(request).engine.connect() as conn:
        user = accounts.get_user(conn, name) if name else None
    html = wb_of(request).env.get_template(template).render(
        request=request, user=user, csrf=csrf_token(request), flash=request.session.pop("flash", None), **context)
    return HTMLResponse(html, status_code=status)


def page(request: Request, template: str, **context) -> HTMLResponse:
    return _page(request, template, context)


def flash(request: Request, message: str) -> None:
    request.session["flash"] = message


def run_or_404(conn: sa.Connection, run_id: int) -> queries.RunRow:
    row = queries.run_row(conn, run_id)
    if row is None:
        raise HTTPException(404, f"没有编号为 {run_id} 的批次")
    return row


def card_or_404(conn: sa.Connection, run_id: int, agency: str, period: str) -> dict:
    found = queries.card(conn, run_id, agency, period)
    if found is None:
        raise HTTPException(404, "本批次中没有这个机构和年度的评分结果")
    return found


def reviewed_cards(wb: Workbench, run_id: int) -> list[Scorecard]:
    """Every card of a run with its decisions applied, for the exports (a whole run is read once)."""
    with wb.engine.connect() as conn:
        cards = [json.loads(t) for t in conn.execute(sa.select(scorecards.c.payload)
                                                     .where(scorecards.c.run_id == run_id)).scalars()]
        fps = [review.fingerprint(c["agency"], c["period"], f) for c in cards for f in c["findings"]]
        states = review.current(review.history(conn, run_id, fps))
    return [review.reviewed_scorecard(c, states, wb.profiles.by_name.get(c["profile"])) for c in cards]


def export(wb: Workbench, run_id: int, fmt: str) -> Response:
    body = render(reviewed_cards(wb, run_id), fmt)
    name = f"run-{run_id}-reviewed{SUFFIX[fmt]}"
    return Response(body, media_type=EXPORTS[fmt], headers={"Content-Disposition": f'attachment; filename="{name}"'})


AUDIT_HEADERS = ("编号", "时间", "批次", "用户", "操作", "机构", "期间", "规则", "次数", "原扣分", "复核扣分", "理由",
                 "指纹")


def audit_rows(conn: sa.Connection, run_id: int) -> list[review.Decision]:
    rows = conn.execute(sa.select(review.decisions).where(review.decisions.c.run_id == run_id)
                        .order_by(review.decisions.c.id)).all()
    return [review.Decision(**r._mapping) for r in rows]


def audit_csv(items: list[review.Decision]) -> bytes:
    """The audit trail for a spreadsheet: UTF-8 with BOM; text that would start a formula is quoted, like the
    ranking's CSV."""
    def cell(value: object) -> str:
        text = str(value)
        return "'" + text if looks_like_formula(text) else text
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(AUDIT_HEADERS)
    for d in items:
        writer.writerow([cell(v) for v in (d.id, d.at, d.run_id, d.user, review.ACTION_LABELS[d.action], d.agency,
                                           d.period, d.rule, d.occurrence, _num(d.auto_points), _num(d.points),
                                           d.reason, d.fingerprint)])
    return buffer.getvalue().encode("utf-8-sig")


def locked(conn: sa.Connection, run_id: int) -> bool:
    return review.bound(conn, run_id) is not None


def finding_of(card: dict, fp: str) -> dict:
    for f in card["findings"]:
        if review.fingerprint(card["agency"], card["period"], f) == fp:
            return f
    raise HTTPException(404, "这张评分卡中没有这个扣分项（可能已在新的评分中消失）")


def card_url(run_id: int, agency: str, period: str) -> str:
    return f"/runs/{run_id}/card?" + urlencode({"agency": agency, "period": period})


def finding_url(run_id: int, fp: str, agency: str, period: str) -> str:
    return f"/runs/{run_id}/finding/{fp}?" + urlencode({"agency": agency, "period": period})


def rule_url(rule_id: str, run_id: int | None = None) -> str:
    return f"/rules/{quote(rule_id, safe='')}" + (f"?run={run_id}" if run_id is not None else "")


def query_string(base: dict, **changes: object) -> str:
    """The ranking's query string with some parameters changed (sorting, paging) and empty ones left out."""
    merged = {**base, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in ("", None)})

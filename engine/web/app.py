"""The review workbench: a FastAPI app over the run store, server-rendered pages, plain forms for every action.

Every page needs a signed-in user (a server-side session); reviewing needs an auditor or reviewer, signing off a
reviewer; a signed-off run refuses every change (409). Every POST carries the session's CSRF token. Templates
autoescape everything and the Content-Security-Policy allows only this app's own CSS and script, so report text
can never run. The pages live in engine/web/pages/, one module per page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException
from starlette.middleware.sessions import SessionMiddleware

from engine import accounts, review, runrules
from engine import runs as run_titles
from engine.glossary import SCHEMES, label
from engine.localtime import shown
from engine.profiles import Profiles, load_profiles
from engine.render import readable
from engine.rules.loader import RULES_DIR, RuleSet, load_rules
from engine.store import Store, meta
from engine.web import keys, rulesets
from engine.web.common import LoginRequired, Workbench, card_url, finding_url, num, query_string, render, rule_url
from engine.web.pages import ROUTERS

HERE = Path(__file__).parent
CSP = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


def create_app(store_url: str, *, rules_dir: Path | None = None, clock: Callable[[], datetime] | None = None,
               secure_cookies: bool = False, failure_pause: float = 0.5) -> FastAPI:
    """The app for one store. `clock` and `failure_pause` (seconds every wrong password costs, on top of the
    throttle) are for tests; `secure_cookies` when served over HTTPS."""
    store = Store(store_url)
    review.ensure_tables(store.engine)
    accounts.ensure_tables(store.engine)
    runrules.ensure_tables(store.engine)
    run_titles.ensure_tables(store)  # titles given with xxgk score --title
    with store.engine.begin() as conn:  # the key once kept in the store is gone: reading the store signs nothing
        conn.execute(meta.delete().where(meta.c.key == "web_session_secret"))
    ruleset, profiles = _rules(rules_dir or RULES_DIR)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.globals.update(labels=review.ACTION_LABELS, roles=accounts.ROLE_LABELS, card_url=card_url,
                       finding_url=finding_url, rule_url=rule_url, query=query_string)
    env.filters["num"] = num
    env.filters["local"] = shown  # stored UTC stamps in the office's zone, to the minute
    env.filters["readable"] = readable  # the parser's machine lines (!=, vs) as sentences, as the exports show them
    env.filters["label"] = lambda code, table: label(table, code)  # codes → the office's words
    env.filters["scheme"] = lambda code: scheme(code, [wb.profiles, *(p for _, p in wb.loaded.values())])
    clock = clock or accounts.utcnow
    wb = Workbench(store.engine, ruleset, profiles, env, clock, failure_pause,
                   throttle=accounts.AddressThrottle(clock), rules_dir=rules_dir or RULES_DIR, store=store)
    env.globals["rules_problem"] = lambda run_id: rulesets.problem_of(wb, run_id)
    app = FastAPI(title="xxgk workbench", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.wb = wb
    app.add_middleware(SessionMiddleware, secret_key=keys.secret(store_url), session_cookie="xxgk_session",
                       max_age=accounts.SESSION_HOURS * 3600, same_site="lax", https_only=secure_cookies)
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
        return render(request, "error.html", {"status": exc.status_code, "message": exc.detail}, exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError):
        """A run id or page that is no number, or too large for any row (≥ 2^63), names nothing: 404."""
        where = {str(e.get("loc", ("",))[0]) for e in exc.errors()}
        if where & {"path", "query"}:
            return render(request, "error.html", {"status": 404, "message": "没有这个页面（地址中的编号无效）"}, 404)
        return render(request, "error.html", {"status": 400, "message": "表单内容不完整，请返回后重新填写"}, 400)

    @app.exception_handler(sa.exc.OperationalError)
    async def busy(request: Request, _exc: sa.exc.OperationalError):
        """A lock wait that ran out (SQLite busy, PostgreSQL lock timeout or deadlock): nothing was kept."""
        response = render(request, "error.html", {"status": 503, "message": review.BUSY}, 503)
        response.headers["Retry-After"] = "2"
        return response

    for router in ROUTERS:
        app.include_router(router)
    return app


def scheme(code: str, known: list[Profiles]) -> str:
    """A profile's name in the office's words: the glossary's, else the profile's own title (an office's
    profile, from the app's rules or a run's own folders), else the code."""
    if code in SCHEMES:
        return SCHEMES[code]
    titles = [p.by_name[code].title for p in known if code in p.by_name and p.by_name[code].title]
    return titles[0] if titles else code


@cache
def _rules(rules_dir: Path) -> tuple[RuleSet, Profiles]:
    """Loaded once per process (0.6 s): several apps, as in the tests, share them."""
    ruleset = load_rules(rules_dir)
    return ruleset, load_profiles(rules_dir / "profiles", ruleset)

"""What every page of the workbench uses: the app's shared state, the signed-in user, CSRF, rendering, lookups
that answer 404, and the URLs pages link to. Pages import this module; it imports no page."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Annotated
from urllib.parse import quote, urlencode

import sqlalchemy as sa
from fastapi import Path as PathParam
from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment
from starlette.exceptions import HTTPException

from engine import accounts, review
from engine.accounts import User
from engine.profiles import Profiles
from engine.rules.loader import RuleSet

FINGERPRINT = r"^[0-9a-f]{32}$"
MAX_ID = 2**63 - 1  # ids and page numbers above what the database's integers hold are simply not found
RunId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
Fingerprint = Annotated[str, PathParam(pattern=FINGERPRINT)]


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
    failure_pause: float
    stats: dict = field(default_factory=dict)
    cards: dict = field(default_factory=dict)  # per run: its findings' fingerprints and categories (see ranking)
    throttle: accounts.AddressThrottle = field(default_factory=accounts.AddressThrottle)
    store: object = None  # engine.store.Store over `engine`: its reads of stored reports (cross-year checks)
    rules_dir: Path | None = None  # the app's rules (the shipped ones by default)
    rules: dict = field(default_factory=dict)  # per run: the rules it was scored with (engine.web.rulesets)
    loaded: dict = field(default_factory=dict)  # office folders → their rule set and profiles, loaded once


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


def _session_user(request: Request) -> User | None:
    token = request.session.get("sid")
    if not token:
        return None
    wb = wb_of(request)
    with wb.engine.connect() as conn:
        return accounts.session_user(conn, token, wb.clock)


def user_of(request: Request) -> User:
    """The signed-in user, from the server-side session: ended sessions and disabled users are signed out."""
    user = _session_user(request)
    if user is None:
        request.session.pop("sid", None)
        raise LoginRequired
    return user


def render(request: Request, template: str, context: dict, status: int = 200) -> HTMLResponse:
    html = wb_of(request).env.get_template(template).render(
        request=request, user=_session_user(request), csrf=csrf_token(request),
        flash=request.session.pop("flash", None), **context)
    return HTMLResponse(html, status_code=status)


def page(request: Request, template: str, **context) -> HTMLResponse:
    return render(request, template, context)


def flash(request: Request, message: str) -> None:
    request.session["flash"] = message


def locked(conn: sa.Connection, run_id: int) -> bool:
    return review.bound(conn, run_id) is not None


def card_url(run_id: int, agency: str, period: str, **extra: str) -> str:
    return f"/runs/{run_id}/card?" + urlencode({"agency": agency, "period": period, **extra})


def finding_url(run_id: int, fp: str, agency: str, period: str) -> str:
    return f"/runs/{run_id}/finding/{fp}?" + urlencode({"agency": agency, "period": period})


def rule_url(rule_id: str, run_id: int | None = None) -> str:
    return f"/rules/{quote(rule_id, safe='')}" + (f"?run={run_id}" if run_id is not None else "")


def query_string(base: dict, **changes: object) -> str:
    """The ranking's query string with some parameters changed (sorting, paging) and empty ones left out."""
    merged = {**base, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in ("", None)})


def num(x: float | None) -> str:
    """Scores and points as people write them: 90, 87.5."""
    if x is None:
        return ""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text

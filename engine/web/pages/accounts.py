"""Signing in and out, and one's own account: the password form, and for a reviewer every user and every account
change (the accounts' audit trail). Templates: login.html, account.html."""

from __future__ import annotations

import time

import sqlalchemy as sa
from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse
from starlette.exceptions import HTTPException

from engine import accounts
from engine.review import events
from engine.web.common import check_csrf, flash, page, user_of, wb_of

router = APIRouter()
ACCOUNT_EVENTS = {"user_add": "新增用户", "user_disable": "停用", "user_enable": "启用", "user_passwd": "修改密码",
                  "user_role": "变更角色", "key_rotate": "更换会话密钥"}


@router.get("/login")
def login_form(request: Request):
    if request.session.get("sid"):
        return RedirectResponse("/runs", status_code=303)
    return page(request, "login.html", error="")


@router.post("/login")
def login(request: Request, name: str = Form(""), password: str = Form(""), csrf: str = Form("")):
    """A plain def: FastAPI runs it in its thread pool, so argon2 and the pause never block the event loop. An
    address with too many attempts running or failed is refused before any hashing."""
    check_csrf(request, csrf)
    wb = wb_of(request)
    address = request.client.host if request.client else ""
    with wb.throttle.attempt(address) as allowed:
        if not allowed:
            return _refused(request, "该地址登录尝试过多，请稍后再试", 429, 30)
        try:
            result = accounts.authenticate(wb.engine, name.strip(), password, wb.clock)
        except accounts.Busy as exc:
            return _refused(request, str(exc), 503, 2)
    if result.user is None:
        wb.throttle.failed(address)
        time.sleep(wb.failure_pause)
        seconds = int(result.wait.total_seconds() + 0.999)
        error = "用户名或密码错误" + (f"；尝试次数过多，请 {seconds} 秒后再试" if seconds else "")
        return _refused(request, error, 429 if seconds else 401, seconds)
    request.session.clear()  # a new session on sign-in: no fixation
    request.session["sid"] = accounts.start_session(wb.engine, result.user.name, wb.clock)
    return RedirectResponse("/runs", status_code=303)


def _refused(request: Request, error: str, status: int, retry: int):
    response = page(request, "login.html", error=error)
    response.status_code = status
    if retry:
        response.headers["Retry-After"] = str(retry)
    return response


@router.post("/logout")
def logout(request: Request, csrf: str = Form("")):
    """Ends the session on the server: a copy of the cookie is worth nothing afterwards."""
    check_csrf(request, csrf)
    token = request.session.get("sid")
    if token:
        accounts.end_session(wb_of(request).engine, token)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/account")
def account(request: Request):
    user = user_of(request)
    wb = wb_of(request)
    people, trail = [], []
    if user.can_sign_off:
        people = accounts.list_users(wb.engine)
        with wb.engine.connect() as conn:
            trail = conn.execute(sa.select(events).where(events.c.kind.in_(list(ACCOUNT_EVENTS)))
                                 .order_by(events.c.id.desc()).limit(200)).all()
    return page(request, "account.html", people=people, trail=trail, kinds=ACCOUNT_EVENTS, error="")


@router.post("/account/password")
def change_password(request: Request, old: str = Form(""), new: str = Form(""), again: str = Form(""),
                    csrf: str = Form("")):
    """A new password ends every session of the user, this one too: sign in again with it."""
    check_csrf(request, csrf)
    user = user_of(request)
    wb = wb_of(request)
    try:
        if new != again:
            raise accounts.AccountError("两次输入的新密码不一致")
        accounts.change_own_password(wb.engine, user.name, old, new)
    except accounts.AccountError as exc:
        return page(request, "account.html", people=[], trail=[], kinds=ACCOUNT_EVENTS, error=str(exc))
    except accounts.Busy as exc:
        raise HTTPException(503, str(exc)) from None
    request.session.clear()
    flash(request, "密码已修改，请用新密码重新登录")
    return RedirectResponse("/login", status_code=303)

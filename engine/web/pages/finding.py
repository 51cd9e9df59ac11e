"""/runs/{id}/finding/{fingerprint}: the report text with the evidence marked, the review form and the finding's
decisions. After 记录决定 the next pending finding of the card opens; a refused form comes back with what was
typed. Template: finding.html."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse
from starlette.exceptions import HTTPException

from engine import corrections, review
from engine.web.common import (
    Fingerprint,
    RunId,
    card_url,
    check_csrf,
    finding_url,
    flash,
    locked,
    render,
    user_of,
    wb_of,
)
from engine.web.pages.card import card_or_404, finding_of
from engine.web.pages.runs import run_or_404
from engine.web.rulesets import for_run, profiles_of
from engine.web.sourcetext import highlight, load_text

router = APIRouter()
STEP = Decimal("0.1")  # without the card's profile (no longer in the rules): tenths, the profiles' default


def step_of(profile) -> Decimal:
    return Decimal(str(profile.point_step)) if profile is not None else STEP


def _context(request: Request, run_id: int, fp: str, agency: str, period: str) -> dict:
    wb = wb_of(request)
    with wb.engine.connect() as conn:
        run = run_or_404(conn, run_id)
        card = card_or_404(conn, run_id, agency, period)
        finding = finding_of(card, fp)
        trail = review.history(conn, run_id, [fp]).get(fp, [])
        signed = review.signoff(conn, run_id)
        own = for_run(wb, conn, run_id)
    text, problem = load_text(wb.engine, run_id, finding["source"]) if finding.get("source") else (None, "")
    source = highlight(text, finding["evidence"]) if text is not None else None
    rule = own.ruleset.by_id().get(finding["rule"])
    return dict(run=run, card=card, finding=finding, fp=fp, trail=trail, state=trail[-1] if trail else None,
                source=source, problem=problem, rule=rule, signed=signed,
                step=step_of(own.profiles.by_name.get(card["profile"])), form={}, error="",
                correctable=corrections.NAMED)


@router.get("/runs/{run_id}/finding/{fp}")
def finding_page(request: Request, run_id: RunId, fp: Fingerprint, agency: str, period: str):
    user_of(request)
    return render(request, "finding.html", _context(request, run_id, fp, agency, period))


def next_pending(request: Request, run_id: int, card: dict, after: str) -> str | None:
    """The card's next finding without a decision (after this one, then from the top), or None."""
    with wb_of(request).engine.connect() as conn:
        fps = [review.fingerprint(card["agency"], card["period"], f) for f in card["findings"] if not f.get("waived")]
        decided = review.current(review.history(conn, run_id, fps))
    open_ = [fp for fp in fps if fp not in decided]
    later = fps[fps.index(after) + 1:] if after in fps else []
    return next((fp for fp in later if fp in open_), open_[0] if open_ else None)


@router.post("/runs/{run_id}/finding/{fp}/decide")
def decide(request: Request, run_id: RunId, fp: Fingerprint, agency: str = Form(...), period: str = Form(...),
           action: str = Form(""), points: str = Form(""), reason: str = Form(""), csrf: str = Form("")):
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
        if action not in (review.CONFIRM, review.DISMISS, review.ADJUST):
            raise review.ReviewError("请选择一项决定：确认、撤销或调整扣分")
        profiles = profiles_of(wb, run_id)
        value = _points(points, step_of(profiles.by_name.get(card["profile"]))) if action == review.ADJUST \
            else None
        review.decide(wb.engine, run_id, card, finding, action, value, reason, user.name, profiles)
    except review.LockedError as exc:
        raise HTTPException(409, str(exc)) from None
    except review.ReviewError as exc:  # the page again, with what was typed and what is wrong
        context = _context(request, run_id, fp, agency, period)
        context.update(form={"action": action, "points": points, "reason": reason}, error=str(exc))
        return render(request, "finding.html", context, 400)
    following = next_pending(request, run_id, card, fp)
    flash(request, f"已记录：{review.ACTION_LABELS[action]}" + ("" if following else "；本卡已全部复核"))
    target = finding_url(run_id, following, agency, period) if following else card_url(run_id, agency, period)
    return RedirectResponse(target, status_code=303)


def _points(text: str, step: Decimal) -> float:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise review.ReviewError("调整后的扣分须填写数字") from None
    if not value.is_finite() or value % step:
        raise review.ReviewError(f"调整后的扣分须为 {step} 的整数倍")
    return float(value)

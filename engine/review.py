"""People's decisions on findings, kept beside the runs in the same store: append-only, never overwritten.

A finding is known by its fingerprint (agency, period, rule, occurrence and evidence; not the file path), so a
re-run that finds the same thing in the same report picks up what was decided on it. A finding's state in run R
is the latest decision on its fingerprint made in run R or an earlier one; once R is signed off, decisions made
later (in earlier, still open runs) no longer reach it. A card's reviewed score is materialised per run in
`review_scores` so a ranking of 50,000 cards can sort on it in SQL.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import sqlalchemy as sa

from engine.agency import normalise_name
from engine.localtime import shown
from engine.model import Finding, Scorecard
from engine.profiles import Profile, Profiles
from engine.scoring import capped_total
from engine.store import metadata, scorecards

CONFIRM, DISMISS, ADJUST = "confirm", "dismiss", "adjust"
PENDING = "pending"
ACTION_LABELS = {CONFIRM: "确认", DISMISS: "撤销", ADJUST: "调整扣分", PENDING: "待复核"}

decisions = sa.Table(
    "review_decisions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, nullable=False), sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("agency", sa.Text), sa.Column("period", sa.String(16)), sa.Column("rule", sa.String(200)),
    sa.Column("occurrence", sa.Integer), sa.Column("action", sa.String(16), nullable=False),
    sa.Column("auto_points", sa.Float), sa.Column("points", sa.Float), sa.Column("reason", sa.Text),
    sa.Column("user", sa.String(64), nullable=False), sa.Column("at", sa.String(32), nullable=False),
    sa.Index("review_decisions_by_fingerprint", "fingerprint"), sa.Index("review_decisions_by_run", "run_id"),
)
signoffs = sa.Table(
    "review_signoffs", metadata,
    sa.Column("run_id", sa.Integer, primary_key=True), sa.Column("user", sa.String(64), nullable=False),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("last_decision", sa.Integer, nullable=False),  # decisions after this id never reach the run
)
review_scores = sa.Table(
    "review_scores", metadata,
    sa.Column("run_id", sa.Integer, primary_key=True), sa.Column("agency", sa.Text, primary_key=True),
    sa.Column("period", sa.String(16), primary_key=True), sa.Column("score", sa.Float),
    sa.Column("grade", sa.String(8)), sa.Column("veto", sa.Boolean), sa.Column("decided", sa.Integer),
)
review_synced = sa.Table(  # the last decision folded into a run's review_scores: later ones are folded lazily
    "review_synced", metadata,
    sa.Column("run_id", sa.Integer, primary_key=True), sa.Column("last_decision", sa.Integer, nullable=False),
)
review_lock = sa.Table(  # one row; on SQLite every review write starts by updating it (see `writing`)
    "review_lock", metadata, sa.Column("id", sa.Integer, primary_key=True), sa.Column("n", sa.Integer),
)
events = sa.Table(  # everything people do besides decisions: sign-offs and their withdrawal, runs, accounts
    "review_events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True), sa.Column("run_id", sa.Integer),
    sa.Column("kind", sa.String(32), nullable=False), sa.Column("target", sa.Text), sa.Column("detail", sa.Text),
    sa.Column("reason", sa.Text), sa.Column("user", sa.String(64), nullable=False),
    sa.Column("at", sa.String(32), nullable=False), sa.Index("review_events_by_run", "run_id"),
)
# Indexes on the store's scorecards for the workbench: the agency page looks a card up over all runs (its
# history), and a ranking's filters, grade counts and run totals read only these columns, so with a covering
# index they never touch the table's JSON payloads (a full read of 50,000 cards costs ~80 ms per query).
WORKBENCH_INDEXES = (
    sa.Index("scorecards_by_agency", scorecards.c.agency, scorecards.c.period),
    sa.Index("scorecards_facets", scorecards.c.run_id, scorecards.c.level, scorecards.c.region, scorecards.c.grade,
             scorecards.c.veto, scorecards.c.score),
)

run_labels = sa.Table(  # what people say about a run: its title and period, the current one, hidden ones
    "review_run_labels", metadata,
    sa.Column("run_id", sa.Integer, primary_key=True), sa.Column("title", sa.Text),
    sa.Column("period", sa.String(16)), sa.Column("current", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("hidden", sa.Boolean, nullable=False, server_default=sa.false()),
)
card_groups = sa.Table(  # each card's ranking group, read once from its JSON (see engine/web/pages/ranking.py)
    "review_card_groups", metadata,
    sa.Column("run_id", sa.Integer, primary_key=True), sa.Column("agency", sa.Text, primary_key=True),
    sa.Column("period", sa.String(16), primary_key=True), sa.Column("category", sa.Text, nullable=False),
    sa.Column("ranked", sa.Boolean, nullable=False),
)
REVIEW_TABLES = (run_labels, decisions, signoffs, review_scores, review_synced, review_lock, events, card_groups)
PG_LOCK_KEY = 0x78786B67  # "xxgk": the advisory lock every review write takes on PostgreSQL
LOCK_WAIT = "10s"  # longer than that and the request is answered with a retry message


class ReviewError(Exception):
    """A decision that cannot be recorded; the message says why (shown to the person who made it)."""


class LockedError(ReviewError):
    """The run is signed off: nothing about it changes any more."""


BUSY = "评分库正忙，本次操作未保存，请稍后重试"


@dataclass(frozen=True, slots=True)
class Decision:
    id: int
    run_id: int
    fingerprint: str
    agency: str
    period: str
    rule: str
    occurrence: int
    action: str
    auto_points: float
    points: float
    reason: str
    user: str
    at: str


@dataclass(frozen=True, slots=True)
class Reviewed:
    """A card after its decisions: what a supervisor hands up next to the automatic result."""

    score: float
    grade: str
    veto: bool
    decided: int  # findings with a decision
    pending: int  # findings without one
    normalised: float = 100.0  # the share of the applicable points kept, after review


def ensure_tables(engine: sa.Engine) -> None:
    """Create the review tables and the workbench's indexes in a store that predates them (idempotent)."""
    with engine.begin() as conn:
        metadata.create_all(conn, tables=list(REVIEW_TABLES))
        for index in WORKBENCH_INDEXES:
            index.create(conn, checkfirst=True)
        if conn.execute(sa.select(review_lock.c.id)).first() is None:
            conn.execute(review_lock.insert().values(id=1, n=0))


@contextmanager
def writing(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A transaction that holds the one review write lock: decisions, sign-offs, their withdrawal and the
    materialised scores are written one transaction at a time, so ids commit in order, a sign-off sees every
    decision answered before it, and review_scores rows are never written twice at once. On PostgreSQL an
    advisory transaction lock (waiting at most LOCK_WAIT); on SQLite the first statement is a write, which takes
    the database's write lock before anything is read. The transactions are a few milliseconds long."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'"))
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(PG_LOCK_KEY)))
        else:
            conn.execute(review_lock.update().where(review_lock.c.id == 1).values(n=review_lock.c.n + 1))
        yield conn


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def fingerprint(agency: str, period: str, finding: dict) -> str:
    """The same finding in the same report gets the same fingerprint in every run; the file's path is left out
    because reports move between runs, and whitespace is left out because re-extraction may change it."""
    evidence = "".join(unicodedata.normalize("NFKC", str(finding.get("evidence", ""))).split())
    key = "\0".join([normalise_name(agency), period.strip(), finding["rule"], str(finding.get("occurrence", 1)),
                     evidence])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def bound(conn: sa.Connection, run_id: int) -> int | None:
    """The last decision id that reaches this run: None while it is open."""
    return conn.execute(sa.select(signoffs.c.last_decision).where(signoffs.c.run_id == run_id)).scalar()


def _visible(run_id: int, limit: int | None):
    where = [decisions.c.run_id <= run_id]
    if limit is not None:
        where.append(decisions.c.id <= limit)
    return where


def history(conn: sa.Connection, run_id: int, fingerprints: list[str]) -> dict[str, list[Decision]]:
    """Every decision that reaches these findings in this run, oldest first."""
    out: dict[str, list[Decision]] = defaultdict(list)
    if not fingerprints:
        return out
    limit = bound(conn, run_id)
    for i in range(0, len(fingerprints), 500):
        rows = conn.execute(sa.select(decisions).where(
            decisions.c.fingerprint.in_(fingerprints[i:i + 500]), *_visible(run_id, limit))
            .order_by(decisions.c.id)).all()
        for row in rows:
            out[row.fingerprint].append(Decision(**row._mapping))
    return out


def current(hist: dict[str, list[Decision]]) -> dict[str, Decision]:
    return {fp: items[-1] for fp, items in hist.items() if items}


def review_card(card: dict, states: dict[str, Decision], profile: Profile | None) -> Reviewed:
    """The card's score with each decided finding's points replaced, through the same topic and category caps
    the automatic score went through; a dismissed veto finding no longer fails the card."""
    lost: dict[str, float] = defaultdict(float)
    veto, decided, pending = False, 0, 0
    for f in card["findings"]:
        if f.get("waived"):
            continue
        state = states.get(fingerprint(card["agency"], card["period"], f))
        points = f["points"] if state is None else state.points
        decided, pending = decided + (state is not None), pending + (state is None)
        lost[f["topic"]] += points
        veto |= bool(f.get("veto")) and not (state is not None and state.action == DISMISS)
    total = capped_total(lost, profile)[0] if profile is not None else sum(lost.values())
    score = round(max(0.0, 100.0 - total), 1)
    grade = "不合格" if veto else (profile.grade(score) if profile is not None else card["grade"])
    possible = card.get("applicable_points") or 0.0
    normalised = round(100.0 * max(0.0, possible - total) / possible, 1) if possible else 100.0
    return Reviewed(score, grade, veto, decided, pending, normalised)


def allowed_points(action: str, auto_points: float, points: float | None) -> float:
    """The points a decision leaves: all of them, none, or a value within [0, the finding's points]."""
    if action == CONFIRM:
        return auto_points
    if action == DISMISS:
        return 0.0
    if action != ADJUST:
        raise ReviewError(f"未知的复核操作 {action!r}")
    if points is None or not 0 <= points <= auto_points:
        raise ReviewError(f"调整后的扣分须在 0 到 {auto_points:g} 之间")
    return float(points)


def decide(engine: sa.Engine, run_id: int, card: dict, finding: dict, action: str, points: float | None,
           reason: str, user: str, profiles: Profiles) -> Decision:
    """Append one decision (a dismissal or a change of points needs a reason) and refresh the card's reviewed
    score, in one transaction that also re-checks the lock, so a sign-off in between wins."""
    return decide_many(engine, run_id, card, [finding], action, points, reason, user, profiles)[0]


def decide_many(engine: sa.Engine, run_id: int, card: dict, findings: list[dict], action: str,
                points: float | None, reason: str, user: str, profiles: Profiles) -> list[Decision]:
    """The same decision on several findings of one card: all recorded, or none."""
    reason = reason.strip()
    for finding in findings:
        allowed_points(action, float(finding["points"]), points)
        if finding.get("waived"):
            raise ReviewError("该扣分项已按方案豁免，不计分，无需复核")
    if action != CONFIRM and not reason:
        raise ReviewError("撤销或调整扣分须写明理由")
    out = []
    with writing(engine) as conn:
        if bound(conn, run_id) is not None:
            raise LockedError("该批次已签发锁定，不能再修改")
        at = now()
        for finding in findings:
            row = dict(run_id=run_id, fingerprint=fingerprint(card["agency"], card["period"], finding),
                       agency=card["agency"], period=card["period"], rule=finding["rule"],
                       occurrence=int(finding.get("occurrence", 1)), action=action,
                       auto_points=float(finding["points"]),
                       points=allowed_points(action, float(finding["points"]), points), reason=reason, user=user,
                       at=at)
            out.append(Decision(id=conn.execute(decisions.insert().values(**row)).inserted_primary_key[0], **row))
        _fold(conn, run_id, profiles)  # in the same transaction: recorded means counted
    return out


def sign_off(engine: sa.Engine, run_id: int, user: str, profiles: Profiles) -> None:
    """Lock the run with every decision recorded so far folded into its scores, in one locked transaction."""
    with writing(engine) as conn:
        if bound(conn, run_id) is not None:
            raise LockedError("该批次已签发锁定")
        _fold(conn, run_id, profiles)
        last = conn.execute(sa.select(sa.func.coalesce(sa.func.max(decisions.c.id), 0))).scalar_one()
        at = now()
        conn.execute(signoffs.insert().values(run_id=run_id, user=user, at=at, last_decision=last))
        conn.execute(events.insert().values(run_id=run_id, kind="signoff", user=user, at=at, reason="",
                                            detail=f"截至决定 #{last}"))


def withdraw(engine: sa.Engine, run_id: int, user: str, reason: str, profiles: Profiles) -> None:
    """Undo a sign-off (a reason is required and kept): the run is open again, and its reviewed scores are
    recomputed, since decisions made elsewhere after the sign-off reach it again."""
    reason = reason.strip()
    if not reason:
        raise ReviewError("撤回签发须写明理由")
    with writing(engine) as conn:
        row = signoff(conn, run_id)
        if row is None:
            raise ReviewError("该批次尚未签发，无需撤回")
        conn.execute(signoffs.delete().where(signoffs.c.run_id == run_id))
        conn.execute(events.insert().values(run_id=run_id, kind="withdraw", user=user, at=now(), reason=reason,
                                            detail=f"撤回 {row['user']} 于 {shown(row['at'])} 的签发"))
        conn.execute(review_scores.delete().where(review_scores.c.run_id == run_id))
        conn.execute(review_synced.delete().where(review_synced.c.run_id == run_id))
        _fold(conn, run_id, profiles)


def signoff(conn: sa.Connection, run_id: int) -> dict | None:
    row = conn.execute(sa.select(signoffs).where(signoffs.c.run_id == run_id)).first()
    return None if row is None else dict(row._mapping)


def sync(engine: sa.Engine, run_id: int, profiles: Profiles) -> None:
    """Fold decisions made since the last call into this run's review_scores (decisions in earlier runs reach
    later ones): a read first, and the write lock only when there is something to fold."""
    with engine.connect() as conn:
        if not _behind(conn, run_id):
            return
    with writing(engine) as conn:
        _fold(conn, run_id, profiles)


def _behind(conn: sa.Connection, run_id: int) -> bool:
    done = conn.execute(sa.select(review_synced.c.last_decision).where(review_synced.c.run_id == run_id)).scalar()
    where = [*_visible(run_id, bound(conn, run_id)), decisions.c.id > (done or 0)]
    return conn.execute(sa.select(decisions.c.id).where(*where).limit(1)).first() is not None


def _fold(conn: sa.Connection, run_id: int, profiles: Profiles) -> None:
    """Refresh the cards touched by decisions since the run's watermark; only under `writing`, where ids are
    committed in order, so nothing below the watermark can still appear."""
    done = conn.execute(sa.select(review_synced.c.last_decision).where(review_synced.c.run_id == run_id)).scalar()
    where = [*_visible(run_id, bound(conn, run_id)), decisions.c.id > (done or 0)]
    touched = conn.execute(sa.select(decisions.c.agency, decisions.c.period,
                                     sa.func.max(decisions.c.id).label("last")).where(*where)
                           .group_by(decisions.c.agency, decisions.c.period)).all()
    if not touched:
        return
    for agency, period, _ in touched:
        _refresh(conn, run_id, agency, period, profiles)
    last = max(max(t.last for t in touched), done or 0)
    if done is None:
        conn.execute(review_synced.insert().values(run_id=run_id, last_decision=last))
    else:
        conn.execute(review_synced.update().where(review_synced.c.run_id == run_id).values(last_decision=last))


def _refresh(conn: sa.Connection, run_id: int, agency: str, period: str, profiles: Profiles) -> None:
    text = conn.execute(sa.select(scorecards.c.payload).where(
        scorecards.c.run_id == run_id, scorecards.c.agency == agency, scorecards.c.period == period)).scalar()
    if text is None:
        return  # decided in another run on a card this run does not have
    card = json.loads(text)
    fps = [fingerprint(agency, period, f) for f in card["findings"]]
    result = review_card(card, current(history(conn, run_id, fps)), profiles.by_name.get(card["profile"]))
    key = (review_scores.c.run_id == run_id, review_scores.c.agency == agency, review_scores.c.period == period)
    conn.execute(review_scores.delete().where(*key))
    conn.execute(review_scores.insert().values(run_id=run_id, agency=agency, period=period, score=result.score,
                                               grade=result.grade, veto=result.veto, decided=result.decided))


def label(d: Decision) -> str:
    """One line for a report: what was decided, by whom and when, and why."""
    what = {CONFIRM: "确认", DISMISS: "撤销", ADJUST: f"扣分改为 {d.points:g}"}[d.action]
    why = f"：{d.reason}" if d.reason else ""
    return f"复核{what}{why}（{d.user}，{d.at}）"


def reviewed_scorecard(card: dict, states: dict[str, Decision], profile: Profile | None) -> Scorecard:
    """The card as exports show it: the reviewed score and grade, each decided finding with its new points and
    the decision, and the automatic score kept beside it."""
    result = review_card(card, states, profile)
    findings = []
    for f in card["findings"]:
        finding = Finding(**f)
        state = states.get(fingerprint(card["agency"], card["period"], f))
        if state is not None:
            finding = replace(finding, points=state.points, review=label(state),
                              veto=finding.veto and state.action != DISMISS)
        findings.append(finding)
    fields = {k: v for k, v in card.items() if k in Scorecard.__dataclass_fields__ and k != "findings"}
    return Scorecard(**{**fields, "findings": findings, "score": result.score, "grade": result.grade,
                        "veto": result.veto, "auto_score": card["score"], "normalised_score": result.normalised})

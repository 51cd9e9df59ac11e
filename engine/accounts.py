"""Who may use the review workbench: users with a role and an argon2 password hash, in the run store, and their
server-side sessions (a row per sign-in, so logging out, a password change or disabling a user ends them at once).

Wrong passwords are recorded per name in the store (not in memory), so throttling survives a restart and holds
across worker processes: after FREE_FAILURES wrong passwords the next attempt must wait, twice as long for each
further failure, whether or not the name exists (the answer must not tell which names do). Hashing is bounded:
at most HASH_SLOTS argon2 computations run at once in a process, so a flood of logins cannot starve the pages.
Every account change is a row in the review events (the audit trail).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from engine.review import events
from engine.store import metadata

AUDITOR, REVIEWER, VIEWER = "auditor", "reviewer", "viewer"
ROLES = (AUDITOR, REVIEWER, VIEWER)
ROLE_LABELS = {AUDITOR: "审核员", REVIEWER: "复核签发人", VIEWER: "只读"}
FREE_FAILURES = 5
FIRST_DELAY, MAX_DELAY = timedelta(seconds=30), timedelta(hours=1)
MIN_PASSWORD = 8
SESSION_HOURS = 8
HASH_SLOTS = 2  # argon2 at once (each ~50 ms of one core and 64 MiB); more waiting callers get a busy answer
HASH_WAIT = 5.0  # seconds a login waits for a slot before it is answered "busy"

users = sa.Table(
    "users", metadata,
    sa.Column("name", sa.String(64), primary_key=True), sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False), sa.Column("created_at", sa.String(32)),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
)
sessions = sa.Table(  # the cookie carries a random token; only its SHA-256 is stored, so reading the store forges none
    "web_sessions", metadata,
    sa.Column("id", sa.String(64), primary_key=True), sa.Column("user", sa.String(64), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False), sa.Column("expires_at", sa.String(32), nullable=False),
    sa.Index("web_sessions_by_user", "user"),
)
login_failures = sa.Table(
    "login_failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False), sa.Column("at", sa.String(32), nullable=False),
    sa.Index("login_failures_by_name", "name"),
)
ACCOUNT_TABLES = (users, login_failures, sessions, events)

_HASHER = PasswordHasher()
_DUMMY = _HASHER.hash("not a password anyone has")  # unknown names cost the same time as known ones
_SLOTS = threading.BoundedSemaphore(HASH_SLOTS)

Clock = Callable[[], datetime]


class AccountError(Exception):
    """An account change that cannot be made; the message says why."""


class Busy(Exception):
    """Every hashing slot stayed taken for HASH_WAIT seconds: the caller is asked to retry."""


@contextmanager
def _hashing() -> Iterator[None]:
    if not _SLOTS.acquire(timeout=HASH_WAIT):
        raise Busy("登录请求较多，请稍后重试")
    try:
        yield
    finally:
        _SLOTS.release()


def _hash(password: str) -> str:
    with _hashing():
        return _HASHER.hash(password)


def _verify(stored: str, password: str) -> bool:
    with _hashing():
        try:
            return _HASHER.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: str

    @property
    def can_review(self) -> bool:
        return self.role in (AUDITOR, REVIEWER)

    @property
    def can_sign_off(self) -> bool:
        return self.role == REVIEWER


@dataclass(frozen=True, slots=True)
class Login:
    """The outcome of one attempt: a user, or why not and, when throttled, how long to wait."""

    user: User | None
    wait: timedelta = timedelta(0)


def ensure_tables(engine: sa.Engine) -> None:
    """Create the tables; a store from before `disabled` existed gets the column (everyone enabled)."""
    with engine.begin() as conn:
        metadata.create_all(conn, tables=list(ACCOUNT_TABLES))
        if "disabled" not in {c["name"] for c in sa.inspect(conn).get_columns("users")}:
            conn.execute(sa.text("ALTER TABLE users ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE"))


def utcnow() -> datetime:
    return datetime.now(UTC)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"密码至少 {MIN_PASSWORD} 个字符")


def _event(conn: sa.Connection, kind: str, target: str, actor: str, detail: str = "", reason: str = "") -> None:
    conn.execute(events.insert().values(run_id=None, kind=kind, target=target, detail=detail, reason=reason,
                                        user=actor, at=utcnow().isoformat(timespec="seconds")))


def add_user(engine: sa.Engine, name: str, role: str, password: str, clock: Clock = utcnow,
             actor: str = "命令行") -> User:
    name = name.strip()
    if role not in ROLES:
        raise AccountError(f"没有角色 {role!r}；可选：{'、'.join(ROLES)}")
    if not name or len(name) > 64 or any(ch.isspace() or not ch.isprintable() for ch in name):
        raise AccountError("用户名须为 1 到 64 个可打印字符，不含空格")
    _check_password(password)
    ensure_tables(engine)
    hashed = _hash(password)
    with engine.begin() as conn:
        if conn.execute(sa.select(users.c.name).where(users.c.name == name)).first() is not None:
            raise AccountError(f"用户 {name} 已存在")
        conn.execute(users.insert().values(name=name, role=role, password_hash=hashed, disabled=False,
                                           created_at=clock().isoformat(timespec="seconds")))
        _event(conn, "user_add", name, actor, f"角色：{ROLE_LABELS[role]}")
    return User(name, role)


@dataclass(frozen=True, slots=True)
class Account:
    name: str
    role: str
    disabled: bool
    created_at: str | None
    sessions: int


def list_users(engine: sa.Engine) -> list[Account]:
    ensure_tables(engine)
    with engine.connect() as conn:
        open_ = dict(conn.execute(sa.select(sessions.c.user, sa.func.count()).where(
            sessions.c.expires_at > utcnow().isoformat()).group_by(sessions.c.user)).all())
        return [Account(r.name, r.role, bool(r.disabled), r.created_at, open_.get(r.name, 0))
                for r in conn.execute(sa.select(users).order_by(users.c.name)).all()]


def _existing(conn: sa.Connection, name: str) -> sa.Row:
    row = conn.execute(sa.select(users).where(users.c.name == name)).first()
    if row is None:
        raise AccountError(f"没有用户 {name}")
    return row


def set_disabled(engine: sa.Engine, name: str, disabled: bool, actor: str = "命令行") -> None:
    """Disable (ending every session of the user at once) or enable a user; the user row is kept."""
    ensure_tables(engine)
    with engine.begin() as conn:
        _existing(conn, name)
        conn.execute(users.update().where(users.c.name == name).values(disabled=disabled))
        if disabled:
            conn.execute(sessions.delete().where(sessions.c.user == name))
        _event(conn, "user_disable" if disabled else "user_enable", name, actor)


def set_password(engine: sa.Engine, name: str, password: str, actor: str = "命令行") -> None:
    """A new password ends every session of the user: whoever had the old one is signed out."""
    _check_password(password)
    ensure_tables(engine)
    hashed = _hash(password)
    with engine.begin() as conn:
        _existing(conn, name)
        conn.execute(users.update().where(users.c.name == name).values(password_hash=hashed))
        conn.execute(sessions.delete().where(sessions.c.user == name))
        conn.execute(login_failures.delete().where(login_failures.c.name == name))
        _event(conn, "user_passwd", name, actor)


def change_own_password(engine: sa.Engine, name: str, old: str, new: str) -> None:
    """In the browser: the current password first, then the new one twice (checked by the caller)."""
    with engine.connect() as conn:
        row = _existing(conn, name)
    if not _verify(row.password_hash, old):
        raise AccountError("当前密码不正确")
    if old == new:
        raise AccountError("新密码不能与当前密码相同")
    set_password(engine, name, new, actor=name)


def set_role(engine: sa.Engine, name: str, role: str, actor: str = "命令行") -> None:
    if role not in ROLES:
        raise AccountError(f"没有角色 {role!r}；可选：{'、'.join(ROLES)}")
    ensure_tables(engine)
    with engine.begin() as conn:
        row = _existing(conn, name)
        conn.execute(users.update().where(users.c.name == name).values(role=role))
        _event(conn, "user_role", name, actor, f"{ROLE_LABELS.get(row.role, row.role)} → {ROLE_LABELS[role]}")


def get_user(conn: sa.Connection, name: str) -> User | None:
    row = conn.execute(sa.select(users.c.name, users.c.role).where(users.c.name == name,
                                                                   users.c.disabled.is_(False))).first()
    return None if row is None else User(row.name, row.role)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(engine: sa.Engine, name: str, clock: Clock = utcnow) -> str:
    """A new session for a user who just signed in: the token goes into the (signed) cookie, its hash here."""
    token = secrets.token_urlsafe(32)
    now = clock()
    with engine.begin() as conn:
        conn.execute(sessions.delete().where(sessions.c.expires_at < now.isoformat()))  # housekeeping
        conn.execute(sessions.insert().values(id=_digest(token), user=name, created_at=now.isoformat(),
                                              expires_at=(now + timedelta(hours=SESSION_HOURS)).isoformat()))
    return token


def session_user(conn: sa.Connection, token: str, clock: Clock = utcnow) -> User | None:
    """The user of a live session: None once it was ended, has expired, or its user was disabled."""
    row = conn.execute(sa.select(users.c.name, users.c.role).select_from(
        sessions.join(users, users.c.name == sessions.c.user)).where(
        sessions.c.id == _digest(token), sessions.c.expires_at > clock().isoformat(),
        users.c.disabled.is_(False))).first()
    return None if row is None else User(row.name, row.role)


def end_session(engine: sa.Engine, token: str) -> None:
    with engine.begin() as conn:
        conn.execute(sessions.delete().where(sessions.c.id == _digest(token)))


def log_event(engine: sa.Engine, kind: str, target: str, actor: str, detail: str = "") -> None:
    with engine.begin() as conn:
        _event(conn, kind, target, actor, detail)


def end_all_sessions(engine: sa.Engine) -> int:
    with engine.begin() as conn:
        return conn.execute(sessions.delete()).rowcount


class AddressThrottle:
    """Before any hashing: one address may have MAX_INFLIGHT logins running at once and MAX_FAILURES wrong ones
    in WINDOW; beyond that it is refused at once (in memory: it guards this process's CPU, not the names)."""

    MAX_INFLIGHT, MAX_FAILURES, WINDOW = 8, 20, timedelta(minutes=10)

    def __init__(self, clock: Clock = utcnow):
        self.clock = clock
        self.lock = threading.Lock()
        self.inflight: dict[str, int] = defaultdict(int)
        self.failures: dict[str, deque[datetime]] = defaultdict(deque)

    @contextmanager
    def attempt(self, address: str) -> Iterator[bool]:
        """Yields False when the address must wait; the caller records a failure with `failed`."""
        now = self.clock()
        with self.lock:
            recent = self.failures[address]
            while recent and recent[0] < now - self.WINDOW:
                recent.popleft()
            allowed = self.inflight[address] < self.MAX_INFLIGHT and len(recent) < self.MAX_FAILURES
            if allowed:
                self.inflight[address] += 1
        try:
            yield allowed
        finally:
            if allowed:
                with self.lock:
                    self.inflight[address] -= 1

    def failed(self, address: str) -> None:
        with self.lock:
            self.failures[address].append(self.clock())


def delay(failures: int) -> timedelta:
    """How long after the last failure the next attempt is refused: nothing for the first FREE_FAILURES."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return min(FIRST_DELAY * 2 ** (failures - FREE_FAILURES), MAX_DELAY)


def authenticate(engine: sa.Engine, name: str, password: str, clock: Clock = utcnow) -> Login:
    """Check a password, refusing without checking while the name is throttled; a success forgets the failures.
    No transaction is held while hashing: the reads come first, the one write after."""
    now = clock()
    with engine.connect() as conn:
        rows = conn.execute(sa.select(login_failures.c.at).where(login_failures.c.name == name)
                            .order_by(login_failures.c.id)).scalars().all()
        if rows:
            wait = datetime.fromisoformat(rows[-1]) + delay(len(rows)) - now
            if wait > timedelta(0):
                return Login(None, wait)
        row = conn.execute(sa.select(users).where(users.c.name == name)).first()
    ok = _verify(row.password_hash if row else _DUMMY, password) and row is not None and not row.disabled
    with engine.begin() as conn:
        if not ok:
            conn.execute(login_failures.insert().values(name=name, at=now.isoformat()))
            return Login(None, delay(len(rows) + 1))
        conn.execute(login_failures.delete().where(login_failures.c.name == name))
    return Login(User(row.name, row.role))

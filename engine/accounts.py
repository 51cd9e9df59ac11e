"""Who may use the review workbench: users with a role and an argon2 password hash, in the run store.

Wrong passwords are recorded per name in the store (not in memory), so throttling survives a restart and holds
across worker processes: after FREE_FAILURES wrong passwords the next attempt must wait, twice as long for each
further failure, whether or not the name exists (the answer must not tell which names do).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from engine.store import metadata

AUDITOR, REVIEWER, VIEWER = "auditor", "reviewer", "viewer"
ROLES = (AUDITOR, REVIEWER, VIEWER)
ROLE_LABELS = {AUDITOR: "审核员", REVIEWER: "复核签发人", VIEWER: "只读"}
FREE_FAILURES = 5
FIRST_DELAY, MAX_DELAY = timedelta(seconds=30), timedelta(hours=1)
MIN_PASSWORD = 8

users = sa.Table(
    "users", metadata,
    sa.Column("name", sa.String(64), primary_key=True), sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False), sa.Column("created_at", sa.String(32)),
)
login_failures = sa.Table(
    "login_failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False), sa.Column("at", sa.String(32), nullable=False),
    sa.Index("login_failures_by_name", "name"),
)
ACCOUNT_TABLES = (users, login_failures)

_HASHER = PasswordHasher()
_DUMMY = _HASHER.hash("not a password anyone has")  # unknown names cost the same time as known ones

Clock = Callable[[], datetime]


class AccountError(Exception):
    """A user that cannot be added; the message says why."""


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
    with engine.begin() as conn:
        metadata.create_all(conn, tables=list(ACCOUNT_TABLES))


def utcnow() -> datetime:
    return datetime.now(UTC)


def add_user(engine: sa.Engine, name: str, role: str, password: str, clock: Clock = utcnow) -> User:
    name = name.strip()
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; choose one of: {', '.join(ROLES)}")
    if not name or len(name) > 64 or any(ch.isspace() or not ch.isprintable() for ch in name):
        raise AccountError("a user name is 1 to 64 printable characters without spaces")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")
    ensure_tables(engine)
    with engine.begin() as conn:
        if conn.execute(sa.select(users.c.name).where(users.c.name == name)).first() is not None:
            raise AccountError(f"user {name!r} exists already")
        conn.execute(users.insert().values(name=name, role=role, password_hash=_HASHER.hash(password),
                                           created_at=clock().isoformat(timespec="seconds")))
    return User(name, role)


def get_user(conn: sa.Connection, name: str) -> User | None:
    row = conn.execute(sa.select(users.c.name, users.c.role).where(users.c.name == name)).first()
    return None if row is None else User(row.name, row.role)


def delay(failures: int) -> timedelta:
    """How long after the last failure the next attempt is refused: nothing for the first FREE_FAILURES."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return min(FIRST_DELAY * 2 ** (failures - FREE_FAILURES), MAX_DELAY)


def authenticate(engine: sa.Engine, name: str, password: str, clock: Clock = utcnow) -> Login:
    """Check a password, refusing without checking while the name is throttled; a success forgets the failures."""
    now = clock()
    with engine.begin() as conn:
        rows = conn.execute(sa.select(login_failures.c.at).where(login_failures.c.name == name)
                            .order_by(login_failures.c.id)).scalars().all()
        if rows:
            wait = datetime.fromisoformat(rows[-1]) + delay(len(rows)) - now
            if wait > timedelta(0):
                return Login(None, wait)
        row = conn.execute(sa.select(users).where(users.c.name == name)).first()
        try:
            ok = _HASHER.verify(row.password_hash if row else _DUMMY, password) and row is not None
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok:
            conn.execute(login_failures.insert().values(name=name, at=now.isoformat()))
            return Login(None, delay(len(rows) + 1))
        conn.execute(login_failures.delete().where(login_failures.c.name == name))
        return Login(User(row.name, row.role))

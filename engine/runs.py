"""Stored runs as an office refers to them: by number and title, read back without scoring again.

A run's title and the key of its inputs live in their own table beside `runs` (created on first use, like the
review tables), so the store's schema needs no migration. The key is a digest of every input file's bytes, the
rule set's version, the profile, the roster and the date waivers are checked against: scoring the same inputs
again finds the finished run with the same key and reuses it instead of adding an identical one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from engine import review
from engine.localtime import shown
from engine.model import Finding, Scorecard
from engine.profiles import Profiles
from engine.records import file_hashes
from engine.store import Store, file_hash, metadata, runs, scorecards

run_meta = sa.Table(
    "run_meta", metadata,
    sa.Column("run_id", sa.Integer, primary_key=True), sa.Column("title", sa.Text),
    sa.Column("inputs_key", sa.String(64)), sa.Index("run_meta_by_key", "inputs_key"),
)


class RunError(Exception):
    """A run that does not exist; the message names the ones that do."""


@dataclass(frozen=True, slots=True)
class RunInfo:
    id: int
    title: str
    started_at: str
    status: str
    profile: str
    cards: int

    def describe(self) -> str:
        title = f"“{self.title}”，" if self.title else ""
        return f"第 {self.id} 批（{title}{shown(self.started_at)}，{self.cards} 张评分卡）"


def ensure_tables(store: Store) -> None:
    """Create run_meta on first use; a store opened read-only (export, notice, explain) is never written: a table
    it lacks is read as empty."""
    if store.readonly:
        return
    with store.engine.begin() as conn:
        metadata.create_all(conn, tables=[run_meta])


def _has(store: Store, table: sa.Table) -> bool:
    return not store.readonly or sa.inspect(store.engine).has_table(table.name)


def inputs_key(files: list[str], rules_version: str, profile: str, today: str, extra: list[Path],
               options: str = "", hashes: dict[str, str] | None = None) -> str | None:
    """The identity of a scoring (files, rules, profile, date, roster and options such as the roster's year):
    None when a file cannot be read (such a run is not reused). `hashes`, when given, receives each file's
    SHA-256 by its path, so the batch that follows does not read and hash every file a second time; a file it
    holds already (hashed ahead: engine.commands.hashes_ahead) is not hashed again."""
    digest = hashlib.sha256(f"{rules_version}\0{profile}\0{today}".encode())
    if options:  # absent when none: runs stored before options existed keep their keys
        digest.update(f"\0{options}".encode())
    hashes = {} if hashes is None else hashes
    try:
        missing = [f for f in files if f not in hashes]
        hashes.update(zip(missing, file_hashes(missing), strict=True))  # on every core (engine.records)
        for part in sorted(hashes[f] for f in files):
            digest.update(part.encode())
        for f in extra:
            digest.update(b"\0extra\0" + file_hash(f).encode())
    except OSError:
        return None
    return digest.hexdigest()


def reusable(store: Store, key: str) -> int | None:
    """The latest finished run scored from exactly these inputs."""
    ensure_tables(store)
    if not _has(store, run_meta):
        return None
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.max(runs.c.id)).join(run_meta, run_meta.c.run_id == runs.c.id)
                            .where(run_meta.c.inputs_key == key, runs.c.status == "done")).scalar()


def has_keyed_run(store: Store, profile: str) -> bool:
    """Whether the store holds a finished run of this profile with its inputs' key: without one, `reusable` finds
    nothing whatever the key."""
    ensure_tables(store)
    if not _has(store, run_meta):
        return False
    with store.engine.connect() as conn:
        return conn.execute(sa.select(runs.c.id).join(run_meta, run_meta.c.run_id == runs.c.id).where(
            run_meta.c.inputs_key.is_not(None), runs.c.status == "done", runs.c.profile == profile).limit(1)
        ).first() is not None


def remember(store: Store, run_id: int, key: str | None, title: str | None) -> None:
    """Record a run's key and title (a title given again replaces the earlier one)."""
    ensure_tables(store)
    with store.engine.begin() as conn:
        old = conn.execute(sa.select(run_meta).where(run_meta.c.run_id == run_id)).first()
        values = {"inputs_key": key if key is not None else (old.inputs_key if old else None),
                  "title": title if title is not None else (old.title if old else None)}
        conn.execute(run_meta.delete().where(run_meta.c.run_id == run_id))
        conn.execute(run_meta.insert().values(run_id=run_id, **values))


def all_runs(store: Store) -> list[RunInfo]:
    ensure_tables(store)
    counts = sa.select(scorecards.c.run_id, sa.func.count().label("n")).group_by(scorecards.c.run_id).subquery()
    titled = _has(store, run_meta)
    query = sa.select(runs.c.id, runs.c.started_at, runs.c.status, runs.c.profile,
                      run_meta.c.title if titled else sa.null().label("title"), counts.c.n)
    if titled:
        query = query.outerjoin(run_meta, run_meta.c.run_id == runs.c.id)
    with store.engine.connect() as conn:
        rows = conn.execute(query.outerjoin(counts, counts.c.run_id == runs.c.id).order_by(runs.c.id)).all()
    return [RunInfo(r.id, r.title or "", r.started_at or "", r.status or "", r.profile or "", r.n or 0) for r in rows]


def pick(store: Store, run_id: int | None) -> RunInfo:
    """The run asked for, or the latest finished one; RunError names what exists."""
    known = all_runs(store)
    done = [r for r in known if r.status == "done"]
    if run_id is None:
        if done:
            return done[-1]
        raise RunError("本库中还没有完成的评分批次；请先运行 xxgk score … --store 评分入库")
    for r in known:
        if r.id == run_id:
            if r.status != "done":
                raise RunError(f"第 {run_id} 批评分未完成（中途停止）；请重新运行同一条 xxgk score 命令续评")
            return r
    listing = "、".join(r.describe() for r in done[-10:]) or "（无）"
    raise RunError(f"没有第 {run_id} 批评分；本库中已完成的批次：{listing}")


def card_from_json(data: dict) -> Scorecard:
    known = Scorecard.__dataclass_fields__
    fields = {k: v for k, v in data.items() if k in known and k != "findings"}
    return Scorecard(**fields, findings=[Finding(**{k: v for k, v in f.items() if k in Finding.__dataclass_fields__})
                                         for f in data["findings"]])


def stored_cards(store: Store, run_id: int,
                 profiles: Callable[[], Profiles] | None = None) -> tuple[list[Scorecard], bool]:
    """A run's cards and whether they are the reviewed ones: once a person has decided on any of its findings
    (engine.review), each card carries the reviewed points and grade and its automatic score beside them. The
    profiles (for the caps and grades of a reviewed score) are loaded only then: compiling rules takes seconds."""
    reviewed = _has(store, review.decisions)
    if not store.readonly:
        review.ensure_tables(store.engine)
    with store.engine.connect() as conn:
        cards = [json.loads(t) for t in conn.execute(sa.select(scorecards.c.payload)
                                                     .where(scorecards.c.run_id == run_id)).scalars()]
        fps = [review.fingerprint(c["agency"], c["period"], f) for c in cards for f in c["findings"]]
        states = review.current(review.history(conn, run_id, fps)) if reviewed else {}
    if not states or profiles is None:
        return [card_from_json(c) for c in cards], False
    by_name = profiles().by_name
    return [review.reviewed_scorecard(c, states, by_name.get(c["profile"])) for c in cards], True

"""The run store: runs, documents by content hash, their facts and findings, and scorecards.

SQLite by default (a file the user names); any SQLAlchemy URL (postgresql+psycopg://…) works the same.
A document's results are keyed by (file hash, rule-set version, profile) and committed file by file, so a
batch killed half-way resumes where it stopped: what is stored is reused, nothing is counted twice.
"""

from __future__ import annotations

import json
import sys
import zlib
from array import array
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from engine.crossyear import NEEDED, Earlier
from engine.model import ERROR, Fact, Finding, ParsedReport, Scorecard
from engine.records import file_hash, history_payload, payload, period_start  # noqa: F401 (importable from here)
from engine.rules.runner import Evaluation

SCHEMA_VERSION = 2  # v2: scorecards carry level, region, veto, change and deductions as columns (ranking);
# results carry `history`: the little that next year's cross-year checks read, so they need not parse payloads;
# results.payload is binary (compressed JSON; v1's JSON text rows still read)

metadata = sa.MetaData()
meta = sa.Table("meta", metadata, sa.Column("key", sa.String(64), primary_key=True), sa.Column("value", sa.Text))
runs = sa.Table(
    "runs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.String(32)), sa.Column("finished_at", sa.String(32), nullable=True),
    sa.Column("profile", sa.String(64)), sa.Column("rules_version", sa.String(64)),
    sa.Column("inputs", sa.Text), sa.Column("status", sa.String(16)),
)
results = sa.Table(
    "results", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("file_hash", sa.String(64), nullable=False), sa.Column("position", sa.Integer, nullable=False),
    sa.Column("rules_version", sa.String(64), nullable=False), sa.Column("profile", sa.String(64), nullable=False),
    sa.Column("source", sa.Text), sa.Column("status", sa.String(16)), sa.Column("agency", sa.Text),
    sa.Column("period", sa.String(16)), sa.Column("payload", sa.LargeBinary), sa.Column("run_id", sa.Integer),
    sa.Column("history", sa.Text),
    sa.Index("results_by_period", "period"),
    sa.UniqueConstraint("file_hash", "position", "rules_version", "profile", name="one_result_per_document"),
)
scorecards = sa.Table(
    "scorecards", metadata,
    sa.Column("run_id", sa.Integer, primary_key=True), sa.Column("agency", sa.Text, primary_key=True),
    sa.Column("period", sa.String(16), primary_key=True), sa.Column("score", sa.Float),
    sa.Column("grade", sa.String(8)), sa.Column("payload", sa.Text),
    # v2: what a ranking sorts and filters on, so 50,000 cards need no JSON parsing
    sa.Column("level", sa.String(16)), sa.Column("region", sa.Text), sa.Column("veto", sa.Boolean),
    sa.Column("change", sa.Float), sa.Column("previous_period", sa.String(16)), sa.Column("deductions", sa.Text),
    sa.Index("scorecards_by_score", "run_id", "score"),
)


class StoreError(Exception):
    """The store cannot be used; the message says why and what to do."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def decode(blob: bytes | str) -> dict:
    """A stored payload: compressed JSON, or the plain JSON text rows of older stores hold."""
    if isinstance(blob, str) or blob[:1] == b"{":
        return json.loads(blob)
    return json.loads(zlib.decompress(blob))


def _load(source: str, status: str, payload: bytes | str) -> Evaluation:
    data = decode(payload)
    evidence = data.get("evidence")  # absent in rows written before evidence was shared: the text itself
    facts = {k: Fact(v, evidence[e] if evidence is not None else e) for k, (v, e) in data["facts"].items()}
    report = ParsedReport(source, status, {k: facts[k] for k in data["report_facts"]}, sha256=data["sha256"])
    return Evaluation(report, facts, [Finding(**f) for f in data["findings"]], data["applicable"], data["fired"],
                      sketch=data.get("sketch", []))


class Store:
    def __init__(self, target: str):
        url = target if "://" in target else f"sqlite:///{Path(target).resolve()}"
        try:
            self.engine = sa.create_engine(url, future=True)
            if url.startswith("sqlite"):
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            with self.engine.begin() as conn:
                metadata.create_all(conn)
                version = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
                if version is None:
                    conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
                elif int(version) < SCHEMA_VERSION:
                    _migrate(conn, int(version))
                elif int(version) != SCHEMA_VERSION:
                    raise StoreError(f"{target}: this store was written by a newer xxgk (store schema v{version}; "
                                     f"this xxgk knows up to v{SCHEMA_VERSION}). Upgrade xxgk, or use a new "
                                     "--store file.")
        except SQLAlchemyError as exc:
            raise StoreError(f"{target}: cannot open the store ({exc.orig if hasattr(exc, 'orig') else exc}); "
                             "check the path is writable and the disk has space") from None

    def _write(self, fn) -> Any:
        try:
            with self.engine.begin() as conn:  # one transaction: all of it is written or none
                return fn(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store ({getattr(exc, 'orig', exc)}); nothing of this step was "
                             "kept — free disk space or fix permissions, then run again to resume") from None

    def close(self) -> None:
        """Release the connections (SQLite then folds its write-ahead log into the file)."""
        self.engine.dispose()

    def begin_run(self, profile: str, rules_version: str, inputs: list[str]) -> int:
        return self._write(lambda c: c.execute(runs.insert().values(
            started_at=_now(), profile=profile, rules_version=rules_version,
            inputs=json.dumps(inputs, ensure_ascii=False), status="running")).inserted_primary_key[0])

    def cached_many(self, digests: list[str], rules_version: str, profile: str) -> dict[str, list[Evaluation]]:
        """The stored evaluations of many files at once (one query per 500), for those scored before with
        these rules and profile and without an error."""
        found: dict[str, list] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(digests), 500):
                rows = conn.execute(sa.select(results.c.file_hash, results.c.source, results.c.status,
                                              results.c.payload).where(
                    results.c.file_hash.in_(digests[i:i + 500]), results.c.rules_version == rules_version,
                    results.c.profile == profile).order_by(results.c.file_hash, results.c.position)).all()
                for r in rows:
                    found.setdefault(r.file_hash, []).append(r)
        return {h: [_load(r.source, r.status, r.payload) for r in rows] for h, rows in found.items()
                if not any(r.status == ERROR for r in rows)}

    def periods(self, periods: set[str], wanted: Callable[[str], bool] = lambda agency: True,
                skip: frozenset[str] = frozenset()) -> dict[str, list[Earlier]]:
        """The readable reports stored for these periods (earlier years, for the cross-year checks) of the
        agencies `wanted`, except the files `skip` (the batch's own, already in memory), read from the small
        `history` column (rows a v1 store wrote have only the full payload). Figures are kept without their
        evidence: a batch may hold five years of them."""
        out: dict[str, list[Earlier]] = {}
        if not periods:
            return out
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(results.c.file_hash, results.c.agency, results.c.period, results.c.history,
                                          sa.case((results.c.history.is_(None), results.c.payload),
                                                  else_=sa.null()).label("payload"))
                                .where(results.c.period.in_(sorted(periods)), results.c.status == "ok")
                                .order_by(results.c.id))
            for r in rows:
                if not r.agency or r.file_hash in skip or not wanted(r.agency):
                    continue
                if r.history:
                    data = json.loads(r.history)
                    values = data["facts"]
                else:  # a v1 row: the full payload, facts as [value, evidence]
                    data = decode(r.payload)
                    values = {k: v for k, (v, _) in data["facts"].items() if k in NEEDED or k.startswith("doc.")}
                facts = {k: Fact(v, "") for k, v in values.items()}
                out.setdefault(r.period, []).append(Earlier(r.agency, facts, [sys.intern(x) for x in data["fired"]],
                                                            array("I", data.get("sketch", []))))
        return out

    def save_files(self, run_id: int, rules_version: str, profile: str,
                   files: list[tuple[str, list[ParsedReport | Evaluation]]]) -> None:
        """Several files in one transaction (a commit per file would cost an fsync each); a re-scored file
        replaces its earlier rows. Killed before the commit, the whole group is simply done again."""
        self._write(lambda conn: _write_files(conn, run_id, rules_version, profile, files))

    def finish_run(self, run_id: int, cards: list[Scorecard]) -> None:
        def write(conn):
            conn.execute(scorecards.delete().where(scorecards.c.run_id == run_id))
            for i in range(0, len(cards), 500):  # one transaction, but only 500 cards' JSON at a time in memory
                conn.execute(scorecards.insert(), [_card_row(run_id, card.to_json()) for card in cards[i:i + 500]])
            conn.execute(runs.update().where(runs.c.id == run_id).values(finished_at=_now(), status="done"))
        self._write(write)

    def count(self, table: sa.Table = results) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


class History:
    """Scorecards of earlier runs, by agency: the latest finished run's card for each agency and period.
    Only the ranking columns are read up front (a store may hold millions of cards); `of` adds payloads."""

    def __init__(self, store: Store):
        self.store = store
        with store.engine.connect() as conn:
            rows = conn.execute(sa.select(scorecards.c.agency, scorecards.c.period, scorecards.c.score,
                                          scorecards.c.grade, scorecards.c.run_id, scorecards.c.region)
                                .join(runs, runs.c.id == scorecards.c.run_id).where(runs.c.status == "done")
                                .order_by(scorecards.c.run_id)).all()
        self.cards: dict[tuple[str, str], dict] = {}
        for r in rows:  # later runs overwrite earlier ones
            self.cards[(r.agency, r.period)] = {"agency": r.agency, "period": r.period, "score": r.score,
                                                "grade": r.grade, "run_id": r.run_id, "region": r.region}

    def of(self, agency: str) -> list[dict]:
        """The agency's cards over the years, oldest first, each with its stored JSON as "payload"."""
        from engine.agency import same_agency
        found = [dict(c) for (name, _), c in self.cards.items() if same_agency(name, agency)]
        with self.store.engine.connect() as conn:
            for c in found:
                c["payload"] = conn.execute(sa.select(scorecards.c.payload).where(
                    scorecards.c.run_id == c["run_id"], scorecards.c.agency == c["agency"],
                    scorecards.c.period == c["period"])).scalar_one()
        return sorted(found, key=lambda c: (period_start(c["period"]) or 0, c["period"]))


def _write_files(conn, run_id: int, rules_version: str, profile: str,
                 files: list[tuple[str, list[ParsedReport | Evaluation]]]) -> None:
    """One DELETE and one executemany INSERT for the whole group: per-row statements cost 1 ms a file."""
    digests = sorted({digest for digest, _ in files})
    for i in range(0, len(digests), 500):
        conn.execute(results.delete().where(results.c.file_hash.in_(digests[i:i + 500]),
                                            results.c.rules_version == rules_version, results.c.profile == profile))
    rows = []
    for digest, items in dict(files).items():  # the same bytes twice in one group: written once
        for position, item in enumerate(items):
            if isinstance(item, Evaluation):
                row = dict(source=item.report.source, status=item.report.status,
                           payload=item.stored or payload(item), history=item.history or history_payload(item),
                           agency=item.report.value("doc.agency"), period=item.report.value("doc.period"))
            else:
                row = dict(source=item.source, status=ERROR, agency=None, period=None, history=None,
                           payload=json.dumps({"error": item.error}, ensure_ascii=False).encode("utf-8"))
            rows.append(dict(file_hash=digest, position=position, rules_version=rules_version, profile=profile,
                             run_id=run_id, **row))
    if rows:
        conn.execute(results.insert(), rows)


def _card_row(run_id: int, card: dict) -> dict:
    return dict(run_id=run_id, agency=card["agency"], period=card["period"], score=card["score"],
                grade=card["grade"], payload=json.dumps(card, ensure_ascii=False), level=card.get("level", ""),
                region=card.get("region", ""), veto=bool(card.get("veto")), change=card.get("change"),
                previous_period=card.get("previous_period", ""),
                deductions=json.dumps(card.get("deductions", {}), ensure_ascii=False))


def _migrate(conn, version: int) -> None:
    """Bring an older store up to this schema in the same transaction that opened it: all or nothing."""
    if version < 2:
        conn.execute(sa.text('ALTER TABLE results ADD COLUMN "history" TEXT'))
        if conn.dialect.name == "postgresql":  # SQLite stores bytes in a TEXT column as they are
            conn.execute(sa.text("ALTER TABLE results ALTER COLUMN payload TYPE bytea "
                                 "USING convert_to(payload, 'UTF8')"))
        for column in scorecards.columns:
            if column.name in ("level", "region", "veto", "change", "previous_period", "deductions"):
                kind = column.type.compile(conn.dialect)
                conn.execute(sa.text(f'ALTER TABLE scorecards ADD COLUMN "{column.name}" {kind}'))
        for row in conn.execute(sa.select(scorecards.c.run_id, scorecards.c.agency, scorecards.c.period,
                                          scorecards.c.payload)).all():
            values = _card_row(row.run_id, json.loads(row.payload))
            conn.execute(scorecards.update().where(
                scorecards.c.run_id == row.run_id, scorecards.c.agency == row.agency,
                scorecards.c.period == row.period).values(
                {k: v for k, v in values.items() if k in ("level", "region", "veto", "change", "previous_period",
                                                          "deductions")}))
        for index in (*scorecards.indexes, *results.indexes):
            index.create(conn, checkfirst=True)
    conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL: readers do not block the batch, and a commit is one sequential write."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()

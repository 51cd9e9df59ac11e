"""The run store: runs, documents by content hash, their facts and findings, and scorecards.

SQLite by default (a file the user names); any SQLAlchemy URL (postgresql+psycopg://…) works the same.
A document's results are keyed by (file hash, rule-set version, profile) and committed file by file, so a
batch killed half-way resumes where it stopped: what is stored is reused, nothing is counted twice.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
import zlib
from array import array
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from engine.crossyear import NEEDED, Earlier
from engine.model import ERROR, Fact, Finding, ParsedReport, Scorecard
from engine.records import file_hash, history_payload, payload, period_start  # noqa: F401 (importable from here)
from engine.rules.runner import Evaluation
from engine.spill import Done

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


# Who is running a run: a batch killed with kill -9 never marks its run finished, so a run counts as interrupted
# once no live process holds it. Same host: the pid and that process's start time (a reused pid differs);
# PostgreSQL: also a session advisory lock the batch holds, which the server drops when the process dies.
run_owners = sa.Table(
    "run_owners", metadata,
    sa.Column("run_id", sa.Integer, primary_key=True), sa.Column("host", sa.Text), sa.Column("pid", sa.Integer),
    sa.Column("process_start", sa.String(64)),
)
RUN_LOCK_CLASS = 0x7867  # the first key of PostgreSQL advisory locks on runs ("xg"), the run id the second


class StoreError(Exception):
    """The store cannot be used; the message says why and what to do."""


def _process_start(pid: int) -> str | None:
    """The boot and start time of a live process on this host (Linux /proc), or None when it is not running."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields_ = f.read().rsplit(b")", 1)[1].split()
        with open("/proc/sys/kernel/random/boot_id") as f:
            boot = f.read().strip()
        return f"{boot}:{fields_[19].decode()}"
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return "?"


def describe(exc: BaseException, target: str) -> str:
    """What is wrong with the store and what to do, in words; never the SQL or the driver's full text."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    where = _redacted(target)
    cases = (
        (("file is not a database", "malformed", "disk image", "not a database"),
         f"{where}: 存储文件已损坏（不是完好的 SQLite 数据库）。请从备份恢复；"
         "或用 `sqlite3 旧文件 .recover | sqlite3 新文件` 抢救其中的数据；"
         "或换一个新的 --store 文件重新评分（报告会重新计算，不会丢失结果）。"),
        (("database is locked", "database table is locked", "busy"),
         f"{where}: 存储被另一个进程锁定（可能有另一批次正在写入）。请等它结束后再运行；本步骤没有写入任何内容。"),
        (("readonly database", "read-only", "read only"),
         f"{where}: 存储是只读的，无法写入。请把存储文件放到可写的位置，或检查文件和所在文件夹的权限。"),
        (("disk is full", "no space"),
         f"{where}: 磁盘已满，本步骤没有写入任何内容。请释放磁盘空间后再次运行，已保存的结果会被复用。"),
        (("unable to open database file",),
         f"{where}: 无法打开存储文件。请检查路径所在的文件夹是否存在，以及文件和文件夹的权限。"),
        (("could not translate host name", "name or service not known", "connection refused", "timeout expired",
          "could not connect", "connection timed out", "no route to host", "server closed the connection",
          "connection is bad", "network is unreachable", "connection failed"),
         f"{where}: 无法连接数据库服务器。请检查地址、端口和网络，并确认服务器正在运行。"),
        (("password authentication failed", "authentication failed", "no password supplied"),
         f"{where}: 数据库拒绝登录（用户名或密码不对）。请检查地址中的用户名和密码。"),
        (("does not exist",),
         f"{where}: 数据库或用户不存在。请先在服务器上创建数据库（createdb），或检查地址中的库名和用户名。"),
        (("permission denied",),
         f"{where}: 没有权限访问存储。请让管理员授予该用户读写权限。"),
    )
    for needles, message in cases:
        if any(n in text for n in needles):
            return message
    return (f"{where}: 存储出错（{type(orig).__name__}）；本步骤没有写入任何内容。请检查存储后再次运行，"
            "已保存的结果会被复用（加 --debug 可看详细信息）。")


def _redacted(target: str) -> str:
    """A store URL without its password, for messages."""
    if "://" not in target:
        return target
    try:
        return sa.engine.make_url(target).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL is shown as given up to the host
        return target.split("@")[-1]


def _open_engine(target: str, readonly: bool) -> sa.Engine:
    """A SQLAlchemy engine for a file path or URL; StoreError for a wrong scheme or a missing driver."""
    if "://" not in target:
        path = Path(target).resolve()
        if readonly:
            if not path.is_file():
                raise StoreError(f"{target}: 存储文件不存在。请检查路径（它是 xxgk score --store 写下的文件）。")
            return sa.create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", future=True)
        return sa.create_engine(f"sqlite:///{path}", future=True)
    try:
        url = sa.engine.make_url(target)
    except sa.exc.ArgumentError:
        raise StoreError(f"{_redacted(target)}: 无法识别的存储地址。请用 SQLite 文件路径（如 runs.db），"
                         "或 postgresql+psycopg://用户@主机:端口/库名 这样的地址。") from None
    try:
        options = {"postgresql_readonly": True} if readonly and url.get_backend_name() == "postgresql" else {}
        return sa.create_engine(url, future=True, execution_options=options)
    except sa.exc.NoSuchModuleError:
        raise StoreError(f"{_redacted(target)}: 不支持的地址类型 {url.drivername!r}。请用 SQLite 文件路径，"
                         "或 postgresql+psycopg://用户@主机:端口/库名。") from None
    except ImportError as exc:
        raise StoreError(f"{_redacted(target)}: 缺少数据库驱动 {exc.name or url.drivername}。请安装它（如 "
                         "`pip install 'psycopg[binary]'`），或在地址中写明已安装的驱动（postgresql+psycopg://…）。"
                         ) from None


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
    """Open (and create, unless `readonly`) a store. Read-only opening needs only read access: `history` and
    exports work on a store on read-only media or another user's file."""

    def __init__(self, target: str, readonly: bool = False):
        self.target, self.readonly = target, readonly
        self._locks: dict[int, Any] = {}  # run id → the connection holding its PostgreSQL advisory lock
        self.engine = _open_engine(target, readonly)
        try:
            if self.engine.dialect.name == "sqlite" and not readonly:
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            if readonly:
                version = self._read_version()
            else:
                with self.engine.begin() as conn:
                    metadata.create_all(conn)
                    version = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
                    if version is None:
                        conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
                    elif int(version) < SCHEMA_VERSION:
                        _migrate(conn, int(version))
                if int(version or SCHEMA_VERSION) <= SCHEMA_VERSION:
                    self._reap()
        except SQLAlchemyError as exc:
            if readonly and "no such table" in str(exc).lower():
                raise StoreError(f"{_redacted(target)}: 这不是 xxgk 的存储（里面没有评分记录）。请检查 --store 的路径。"
                                 ) from None
            raise StoreError(describe(exc, target)) from None
        if version is not None and int(version) > SCHEMA_VERSION:
            raise StoreError(f"{_redacted(target)}: 这个存储由更新版本的 xxgk 写入（存储格式 v{version}，"
                             f"本程序最高支持 v{SCHEMA_VERSION}）。请升级 xxgk，或换一个新的 --store 文件。")

    def _read_version(self) -> str | None:
        query = sa.select(meta.c.value).where(meta.c.key == "schema_version")
        try:
            with self.engine.connect() as conn:
                return conn.execute(query).scalar()
        except sa.exc.OperationalError:
            if self.engine.dialect.name != "sqlite":
                raise
        # A store in WAL mode on read-only media: SQLite cannot create its -shm file there, so the file is read
        # as immutable (nothing can be writing to read-only media anyway).
        self.engine.dispose()
        self.engine = sa.create_engine(f"sqlite:///file:{Path(self.target).resolve()}?immutable=1&uri=true",
                                       future=True)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def _write(self, fn) -> Any:
        for attempt in range(5):
            try:
                with self.engine.begin() as conn:  # one transaction: all of it is written or none
                    return fn(conn)
            except SQLAlchemyError as exc:
                # two batches writing the same files at once on PostgreSQL: a deadlock or serialization failure
                # rolls one transaction back whole; it is simply done again
                code = getattr(getattr(exc, "orig", None), "sqlstate", None)
                if code in ("40P01", "40001") and attempt < 4:
                    time.sleep(0.1 * (attempt + 1))
                    continue
                raise StoreError(describe(exc, self.target)) from None
        raise AssertionError("unreachable")

    def close(self) -> None:
        """Release the connections (SQLite then folds its write-ahead log into the file)."""
        for conn in self._locks.values():
            with contextlib.suppress(Exception):
                conn.close()
        self._locks.clear()
        self.engine.dispose()

    def begin_run(self, profile: str, rules_version: str, inputs: list[str]) -> int:
        def write(c):
            run_id = c.execute(runs.insert().values(
                started_at=_now(), profile=profile, rules_version=rules_version,
                inputs=json.dumps(inputs, ensure_ascii=False), status="running")).inserted_primary_key[0]
            c.execute(run_owners.insert().values(run_id=run_id, host=socket.gethostname(), pid=os.getpid(),
                                                 process_start=_process_start(os.getpid())))
            return run_id
        run_id = self._write(write)
        if self.engine.dialect.name == "postgresql":  # held until this process ends, however it ends
            try:
                conn = self.engine.connect()
                conn.execute(sa.select(sa.func.pg_advisory_lock(RUN_LOCK_CLASS, run_id)))
                conn.commit()
                self._locks[run_id] = conn
            except SQLAlchemyError as exc:
                raise StoreError(describe(exc, self.target)) from None
        return run_id

    def interrupt_run(self, run_id: int) -> None:
        """Ctrl-C or SIGTERM: the run stopped early; what it stored is kept and reused by the next run."""
        self._write(lambda c: c.execute(runs.update().where(runs.c.id == run_id, runs.c.status == "running")
                                        .values(finished_at=_now(), status="interrupted")))
        self._release(run_id)

    def _release(self, run_id: int) -> None:
        conn = self._locks.pop(run_id, None)
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def _reap(self) -> None:
        """Mark as interrupted the runs still `running` whose process is gone (killed, or its machine restarted)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(runs.c.id, run_owners.c.host, run_owners.c.pid, run_owners.c.process_start)
                                .join(run_owners, run_owners.c.run_id == runs.c.id)
                                .where(runs.c.status == "running")).all()
            dead = [r.id for r in rows if not self._held(conn, r)]
            if self.engine.dialect.name == "postgresql":
                conn.rollback()
        if dead:
            self._write(lambda c: c.execute(runs.update().where(runs.c.id.in_(dead), runs.c.status == "running")
                                            .values(status="interrupted")))

    def _held(self, conn, row) -> bool:
        if self.engine.dialect.name == "postgresql":
            got = conn.execute(sa.select(sa.func.pg_try_advisory_lock(RUN_LOCK_CLASS, row.id))).scalar()
            if got:
                conn.execute(sa.select(sa.func.pg_advisory_unlock(RUN_LOCK_CLASS, row.id)))
            return not got
        if row.host != socket.gethostname():
            return True  # another machine's process: cannot tell, so it is not declared dead
        started = _process_start(row.pid)
        return started is not None and (started == row.process_start or "?" in (started, row.process_start or "?"))

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
                   files: list[tuple[str, list[ParsedReport | Evaluation | Done]]]) -> None:
        """Several files in one transaction (a commit per file would cost an fsync each); a re-scored file
        replaces its earlier rows. Killed before the commit, the whole group is simply done again."""
        self._write(lambda conn: _write_files(conn, run_id, rules_version, profile, files))

    def finish_run(self, run_id: int, cards: Sequence[Scorecard], rows: Sequence[dict] | None = None) -> None:
        """The run's cards stored and the run marked done. `rows`: the cards' rows made already (the batch's, by
        records.card_row), in the cards' order: the cards are then not read."""
        def write(conn):
            conn.execute(scorecards.delete().where(scorecards.c.run_id == run_id))
            for i in range(0, len(cards), 500):  # one transaction, but only 500 cards' JSON at a time in memory
                conn.execute(scorecards.insert(), rows[i:i + 500] if rows is not None else
                             [_card_row(run_id, card.to_json()) for card in cards[i:i + 500]])
            conn.execute(runs.update().where(runs.c.id == run_id).values(finished_at=_now(), status="done"))
        self._write(write)
        self._release(run_id)

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
                 files: list[tuple[str, list[ParsedReport | Evaluation | Done]]]) -> None:
    """One DELETE and one executemany INSERT for the whole group: per-row statements cost 1 ms a file."""
    digests = sorted({digest for digest, _ in files})
    for i in range(0, len(digests), 500):  # a re-scored file may now have fewer documents: its old rows go
        conn.execute(results.delete().where(results.c.file_hash.in_(digests[i:i + 500]),
                                            results.c.rules_version == rules_version, results.c.profile == profile))
    rows = []
    for digest, items in dict(files).items():  # the same bytes twice in one group: written once
        for position, item in enumerate(items):
            if isinstance(item, Evaluation):
                row = dict(source=item.report.source, status=item.report.status,
                           payload=item.stored or payload(item), history=item.history or history_payload(item),
                           agency=item.report.value("doc.agency"), period=item.report.value("doc.period"))
            elif isinstance(item, Done):  # as a batch worker made it: the payload and history are ready
                b = item.brief
                row = dict(source=b.source, status=b.status, payload=item.stored, history=item.history,
                           agency=b.agency, period=b.period)
            else:
                row = dict(source=item.source, status=ERROR, agency=None, period=None, history=None,
                           payload=json.dumps({"error": item.error}, ensure_ascii=False).encode("utf-8"))
            rows.append(dict(file_hash=digest, position=position, rules_version=rules_version, profile=profile,
                             run_id=run_id, **row))
    if rows:
        # Another batch may be writing the same files at this moment: its rows, not yet committed, are invisible
        # to the DELETE above, so an insert that meets one replaces it instead of failing on the unique key.
        # Rows go in key order, so two such transactions wait for each other in the same order (no deadlock).
        rows.sort(key=lambda r: (r["file_hash"], r["position"]))
        conn.execute(_upsert(conn.dialect.name), rows)


def _upsert(dialect: str):
    if dialect not in ("postgresql", "sqlite"):
        return results.insert()
    stmt = (postgresql if dialect == "postgresql" else sqlite).insert(results)
    keys = ("file_hash", "position", "rules_version", "profile")
    return stmt.on_conflict_do_update(index_elements=list(keys), set_={
        c.name: stmt.excluded[c.name] for c in results.columns if c.name not in (*keys, "id")})


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

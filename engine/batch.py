"""A batch: files → parsed documents → evaluations → one scorecard per agency and period."""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import functools
import importlib
import itertools
import os
import pickle
import signal
import sys
import time
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from engine import compiled, crossyear, interrupts, limits, records, workers
from engine.agency import AgencyIndex, card_key
from engine.ingest.submissions import SubmissionLog, is_submission_log, load_log
from engine.model import ERROR, OK, Document, Fact, InputError, ParsedReport, Scorecard
from engine.pipeline import as_text, ingest_file, internal_error, listing, parse_ingested
from engine.profiles import Profiles, load_profiles
from engine.records import file_hash, period_start
from engine.rules.combine import layers, load_layers
from engine.rules.loader import RuleSet, load_rules
from engine.rules.runner import Evaluation, Evaluator
from engine.scoring import UNKNOWN_PERIOD, UNNAMED, score, set_unnamed_apart
from engine.similarity import sketch
from engine.spill import Brief, Done, Records, Sketches, Spilled, brief, digest, shared

if TYPE_CHECKING:
    from engine.store import History, Store
from engine.workers import Supervisor

DEFAULT_REPORTS = Path(__file__).resolve().parents[1] / "reports"
STORE_READ = 500  # files whose stored results are read at once when a batch reuses them
STORE_GROUP, STORE_SECONDS = 200, 2.0  # results are committed in groups: at most this much is redone after kill -9
# what a worker imports besides this module (the parent does not: it never parses), once in the fork server
WORKER_MODULES = ("engine.parse",)


@dataclass(slots=True)
class Engine:
    """Everything compiled once per process: the rule set, its durable host, the profiles."""

    ruleset: RuleSet
    profiles: Profiles
    evaluator: Evaluator
    rules_version: str = ""  # changes whenever a rule, a profile or the engine changes: the store's cache key
    # the facts an evaluation keeps for scoring (scoring_facts), once; always crossyear.NEEDED among them: a worker
    # makes the store's history column from the slim facts
    keep: frozenset[str] = crossyear.NEEDED
    compiled: str = ""  # the checked rules and profiles as engine.compiled data: what workers start from
    warnings: tuple[str, ...] = ()  # an office's folder replacing shipped rules or profiles (engine.rules.combine)

    @classmethod
    def load(cls, rules_dir: Path | Sequence[Path] | None = None, backend: str = "durable",
             cache: bool = True) -> Engine:
        """The shipped rules (or one complete folder) from the on-disk cache when nothing they depend on changed,
        else loaded and checked in full and cached; an office's folders layered on top are always read in full
        (engine.rules.combine), since their warnings must be said."""
        folders = layers(rules_dir)
        if len(folders) > 1:
            ruleset, profiles, version, warnings = load_layers(rules_dir)
            loaded = ruleset, profiles
            return cls.build(*loaded, version, backend, _encoded(loaded), tuple(warnings))
        folder = folders[0]
        version, key = compiled.fingerprint(folder)
        text = compiled.read(key) if cache else None
        loaded = None
        if text is not None:
            with contextlib.suppress(ValueError, KeyError, TypeError):  # a damaged cache file is a miss
                loaded = compiled.loads(text)
        if loaded is None:
            ruleset = load_rules(folder)
            loaded = ruleset, load_profiles(folder / "profiles", ruleset)
            text = _encoded(loaded)
            if text and cache:
                compiled.write(key, text)
        return cls.build(*loaded, version, backend, text or "")

    @classmethod
    def build(cls, ruleset: RuleSet, profiles: Profiles, rules_version: str, backend: str = "durable",
              text: str = "", warnings: tuple[str, ...] = ()) -> Engine:
        return cls(ruleset, profiles, Evaluator(ruleset, backend), rules_version, scoring_facts(ruleset), text,
                   warnings)

    @classmethod
    def from_compiled(cls, text: str, rules_version: str) -> Engine:
        """A worker's engine, from the parent's checked rules: no YAML, no schemas, no disk."""
        return cls.build(*compiled.loads(text), rules_version, text=text)


def _encoded(loaded: tuple[RuleSet, Profiles]) -> str:
    """The rules and profiles as engine.compiled data, when they read back exactly ("" when not)."""
    try:
        text = compiled.dumps(*loaded)
        return text if compiled.same(compiled.loads(text), loaded) else ""
    except (TypeError, ValueError):  # something the encoding does not know: load from YAML each time
        return ""


@dataclass(slots=True)
class BatchResult:
    cards: Sequence[Scorecard] = field(default_factory=list)  # a batch's are read back from disk when used
    errors: list[ParsedReport] = field(default_factory=list)
    evaluations: Sequence[Evaluation] = field(default_factory=list)  # likewise, with the cross-year facts
    reused: int = 0  # files whose results came from the store
    run_id: int | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # the parent's own stages: store, crossyear, scoring
    kept: _Kept | None = None  # the batch's documents as the parent keeps them (engine.spill)

    def statuses(self) -> list[str]:
        """Every document's status (ok, not_a_report), without reading the documents back."""
        if self.kept is not None:
            return [b.status for b in self.kept.briefs]
        return [ev.report.status for ev in self.evaluations]

    def files(self) -> int:
        """How many input files the documents came from (a compilation holds several reports)."""
        if self.kept is not None:
            return len(self.kept.briefs) - self.kept.parts
        return len({ev.report.source.split("#")[0] for ev in self.evaluations})


def _read_logs(files: list[Path], result: BatchResult) -> SubmissionLog:
    log = SubmissionLog()
    for path in files:
        try:
            load_log(path, log)
        except InputError as exc:
            result.errors.append(ParsedReport(as_text(str(path)), ERROR, error=as_text(str(exc))))
    return log


def _attach_submissions(report: ParsedReport, log: SubmissionLog, today: date) -> None:
    agency, year = report.value("doc.agency"), report.value("doc.year")
    missed = log.missed(agency, year, today) if agency and isinstance(year, int) else None
    if missed is not None:
        report.facts["submissions.missed_months"] = Fact(
            [m for m, _ in missed], "; ".join(f"{m}: {why}" for m, why in missed)[:300] or "按月按时报送")


def _evaluated(engine: Engine, report: ParsedReport, log: SubmissionLog, today: date) -> Evaluation | ParsedReport:
    """A parsed document evaluated (an error result stays as it is). With `_finished`, what a worker makes of a
    file (STEPS): the store's JSON is built in the worker, then only what scoring needs is kept and pickled, so
    the parent only writes bytes."""
    if report.status == ERROR:
        return report
    if log.entries:
        _attach_submissions(report, log, today)
    with interrupts.shielded():  # Ctrl-C/SIGTERM wait for durable_rules to finish this report
        return engine.evaluator.evaluate(report)


def _finished(engine: Engine, ev: Evaluation | ParsedReport, with_store: bool) -> ParsedReport | Done:
    """An evaluation's sketch, the store's payload and history, made slim and pickled (`done`)."""
    if isinstance(ev, ParsedReport):
        return ev
    ev.sketch = sketch(ev.report.text)
    if with_store:
        # the payload from every fact, the history from the slim ones: they hold all it keeps (doc.* and
        # crossyear.NEEDED, which keep always holds), in the same order, so it filters ≈ 13 facts, not ≈ 145
        sketch_json = records.sketch_json(ev)
        row = records.payload(ev, sketch_json)
        history = records.history_payload(slim(ev, engine.keep), sketch_json)
    else:
        row, history = b"", ""
        slim(ev, engine.keep)
    return done(ev, row, history)


def done(ev: Evaluation, stored: bytes = b"", history: str = "") -> Done:
    """A slim evaluation as the parent keeps it: its Brief, and the rest pickled for the batch's file on disk
    (facts without their evidence: the store has it, findings carry their own; the sketch apart)."""
    bare = {k: Fact(f.value, "") for k, f in ev.facts.items()}
    ev.facts = bare
    ev.report.facts = {k: bare.get(k, f) for k, f in ev.report.facts.items()}
    ev.stored, ev.history = b"", ""
    sketch_bytes, ev.sketch = array("I", ev.sketch).tobytes(), []
    return Done(brief(ev), pickle.dumps(ev, pickle.HIGHEST_PROTOCOL), sketch_bytes, stored, history)


# one Engine per worker process, built once from the parent's checked rules (durable_rules hosts cannot be
# shared or pickled, the rules can)
_WORKER: dict[str, object] = {}


def _packed(engine: Engine) -> bytes:
    """The checked rules as workers receive them: compressed (220 → 25 KB), so that starting a worker does
    not block the parent (a spawned child's start-up data over the 64 KB of a pipe waits for the child to
    import everything)."""
    return zlib.compress(engine.compiled.encode("utf-8"), 6) if engine.compiled else b""


def _worker_engine(rules_dir: Path | None, packed: bytes, rules_version: str) -> Engine:
    if not packed:  # rules the encoding does not cover: the worker loads them itself
        return Engine.load(rules_dir)
    return Engine.from_compiled(zlib.decompress(packed).decode("utf-8"), rules_version)


def _worker_init(rules_dir: Path | None, packed: bytes, rules_version: str, log: SubmissionLog, today: date,
                 with_store: bool, budget: limits.Limits | None = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool
    for module in WORKER_MODULES:  # imported by the fork server already, else now: not within a file's budget
        importlib.import_module(module)
    limits.configure(budget or limits.Limits())
    limits.limit_memory()  # a runaway file fails with MemoryError here, not on the machine
    _WORKER.update(engine=_worker_engine(rules_dir, packed, rules_version), log=log, today=today,
                   with_store=with_store)


def _task_path(task: str | tuple[str, str]) -> tuple[str, str | None]:
    """A task's file and the SHA-256 the parent made of it, if any (a task is the path, or (path, hex digest))."""
    return task if isinstance(task, tuple) else (task, None)


class _File:
    """A file between a worker's steps: its path, what the steps made of it so far (its Document between ingest
    and parse, and the seconds its ingest took), and its error result once a step failed (the later steps then
    pass it on)."""

    __slots__ = ("path", "items", "failed", "document", "spent")

    def __init__(self, path: str):
        self.path = path
        self.items: list = []
        self.failed: list[ParsedReport] | None = None
        self.document: Document | None = None
        self.spent = 0.0


@contextlib.contextmanager
def _guarded(state: _File) -> Iterator[None]:
    """A step's failure becomes its file's error result: out of memory (under the worker's RLIMIT_AS), or a bug
    on one file, which must not stop the batch."""
    try:
        yield
    except MemoryError:
        source = as_text(str(state.path))
        state.failed = [ParsedReport(source, ERROR, error=str(limits.memory_error(source)))]
    except Exception as exc:
        state.failed = [internal_error(str(state.path), exc)]


def _ingest_step(task: str | tuple[str, str]) -> _File:
    """Read and ingest the file (within its budget: engine.pipeline.ingest_file)."""
    path, sha256 = _task_path(task)
    state = _File(path)
    started = time.monotonic()
    with _guarded(state):
        got = ingest_file(Path(path), sha256)
        if isinstance(got, list):  # its error result
            state.items = got
        else:
            state.document = got
    state.spent = time.monotonic() - started
    return state


def _parse_step(state: _File) -> _File:
    """Parse the ingested document, within what its ingest left of the file's budget (parse_file's results)."""
    doc, state.document = state.document, None
    if state.failed is None and doc is not None:
        with _guarded(state):
            state.items = parse_ingested(doc, str(Path(state.path)), state.spent)
    return state


def _evaluate_step(state: _File) -> _File:
    """Evaluate its documents against the rules."""
    if state.failed is None:
        engine, log, today = _WORKER["engine"], _WORKER["log"], _WORKER["today"]
        with _guarded(state):
            state.items = [_evaluated(engine, r, log, today) for r in state.items]  # type: ignore[arg-type]
    return state


def _finish_step(state: _File) -> tuple[str, list[ParsedReport | Done]]:
    """Sketch, payload, slim and pickle its evaluations: the file's results as the parent takes them."""
    if state.failed is None:
        engine, with_store = _WORKER["engine"], bool(_WORKER["with_store"])
        with _guarded(state):
            state.items = [_finished(engine, ev, with_store) for ev in state.items]  # type: ignore[arg-type]
    return state.path, state.items if state.failed is None else state.failed


# a file's task in four steps, which a worker runs over a group of files step by step (engine.workers.run_steps):
# each step's own data (ingest's, the parser's, the rules' RE2 set and durable's state, the payload's) stays in the
# CPU's caches across the group instead of being evicted by the other steps at every file (a12-parse; ingest apart
# from the parse: a15-txt)
STEPS = (_ingest_step, _parse_step, _evaluate_step, _finish_step)
GROUP = 8  # files a worker takes at once


def _worker_task(task: str | tuple[str, str]) -> tuple[str, list[ParsedReport | Done]]:
    """One file's steps (Dask's task)."""
    return _finish_step(_evaluate_step(_parse_step(_ingest_step(task))))


def _in_process(tasks: Iterator, group: int,
                setup: dict[str, object]) -> Iterator[tuple[str, list[ParsedReport | Done]]]:
    """The steps over groups of files in this process (one job), with `setup` as the worker's state."""
    while chunk := list(itertools.islice(tasks, group)):
        _WORKER.update(setup)
        yield from workers.run_steps(STEPS, chunk)


def _results(engine: Engine, files: list[Path], log: SubmissionLog, today: date, jobs: int,
             rules_dir: Path | None, progress: Callable[[int], None], with_store: bool,
             hashes: dict[str, bytes] | None = None, started: Supervisor | None = None):
    """(path, results) per file, in parallel processes when jobs > 1, streamed as they finish. `hashes`: the
    files' SHA-256 the parent made for the store, handed to the worker with each file (not hashed twice).
    `started`: the workers, started ahead (`start_pool`)."""
    if jobs <= 1 or len(files) < 2:
        setup = {"engine": engine, "log": log, "today": today, "with_store": with_store}
        for item in _in_process(_drained(files, hashes), GROUP, setup):
            yield item
            progress(1)
            interrupts.check()  # (a stop Python swallowed is raised before the next file)
        return
    supervisor = started or _supervisor(engine, log, today, jobs, rules_dir, with_store)
    # back-pressure: at most `window` files in flight or waiting to be yielded, so results cannot pile up in the
    # parent while it writes the store; a file past its time is killed with its worker, which is replaced
    for _, item in supervisor.map(_drained(files, hashes)):
        yield item
        progress(1)
        interrupts.check()


def _supervisor(engine: Engine, log: SubmissionLog, today: date, jobs: int, rules_dir: Path | None,
                with_store: bool) -> Supervisor:
    budget = limits.current()
    return Supervisor(jobs, STEPS, _worker_init,
                      (rules_dir, _packed(engine), engine.rules_version, log, today, with_store, budget),
                      _over_budget, budget.seconds, window=jobs * max(16, 4 * GROUP), preload=WORKER_MODULES,
                      group=GROUP)


@dataclass(slots=True)
class Pool:
    """A batch's workers started ahead of `run` (`start_pool`), so that they set up (the fork, the rules, the
    durable host) while the command does its own work first: hashing every file for the run's reuse key. `run`
    uses it when it is given the same engine, date, jobs, rules folder, store or none, and submission log;
    otherwise it is closed and `run` starts its own. Whoever made it closes it (a no-op once `run` used it)."""

    supervisor: Supervisor
    made_for: tuple

    def close(self) -> None:
        self.supervisor.close()


def _pool_key(engine: Engine, today: date, jobs: int, rules_dir: Path | None, with_store: bool,
              log: SubmissionLog) -> tuple:
    return id(engine), today, jobs, rules_dir, with_store, log


def _split_logs(files: list[str], result: BatchResult) -> tuple[list[str], list[Path], SubmissionLog]:
    """The listed files apart from the submission logs among them (a Path only for a name that ends as a log's
    does: a Path per file costs more than the listing), the logs, and what they record (their errors into
    `result`)."""
    logs = [Path(f) for f in files if f[-4:].lower() == ".csv" and is_submission_log(Path(f))]
    log = _read_logs(logs, result)
    if logs:
        files = [f for f in files if f[-4:].lower() != ".csv" or not is_submission_log(Path(f))]
    return files, logs, log


def start_pool(engine: Engine, listed: tuple[list[str], list[ParsedReport]], jobs: int,
               rules_dir: Path | None = None, today: date | None = None, with_store: bool = True) -> Pool | None:
    """The workers `run(engine, …, jobs=jobs, rules_dir=rules_dir, today=today, listed=listed, store=…)` would
    start, started now (None when it would run in this process)."""
    today = today or date.today()
    reports, _, log = _split_logs(list(listed[0]), BatchResult())  # (its errors are run's to report)
    if jobs <= 1 or len(reports) < 2:
        return None
    supervisor = _supervisor(engine, log, today, jobs, rules_dir, with_store)
    supervisor.start(background=True)
    return Pool(supervisor, _pool_key(engine, today, jobs, rules_dir, with_store, log))


def _drained(files: list, hashes: dict[str, bytes] | None = None) -> Iterator:
    """The files one by one, each let go by the list as it is handed out: a 50,000-file batch does not hold
    every path until the last result is in. A file whose hash is in `hashes` goes as (path, hex digest)."""
    for i, f in enumerate(files):
        files[i] = None
        digest = hashes.get(f) if hashes else None
        yield f if digest is None else (f, digest.hex())


def _over_budget(task: str | tuple[str, str], why: str) -> tuple[str, list[ParsedReport]]:
    """The result of a file whose worker was killed at the wall-time limit or died (out of memory, a crash)."""
    path, _ = _task_path(task)
    source = as_text(str(path))
    error = limits.time_error(source) if why == "seconds" else limits.crash_error(source)
    return path, [ParsedReport(source, ERROR, error=str(error))]


def _copy(ev: Evaluation) -> Evaluation:
    return Evaluation(dataclasses.replace(ev.report, facts=dict(ev.report.facts)), dict(ev.facts),
                      list(ev.findings), list(ev.applicable), list(ev.fired), sketch=ev.sketch)


def _dask_task(path: Path, rules_dir: Path | None, packed: bytes, rules_version: str, log: SubmissionLog,
               today: date, with_store: bool) -> tuple[Path, list[ParsedReport | Done]]:
    """The same task on a Dask worker: the worker process builds its engine on first use and keeps it."""
    if "engine" not in _WORKER or _WORKER.get("rules_version") != rules_version:
        _WORKER.update(engine=_worker_engine(rules_dir, packed, rules_version), rules_version=rules_version)
    _WORKER.update(log=log, today=today, with_store=with_store)
    return _worker_task(path)


def _results_dask(engine: Engine, files: list[Path], log: SubmissionLog, today: date, rules_dir: Path | None,
                  progress: Callable[[int], None], with_store: bool, scheduler: str):
    """(path, results) per file from a Dask distributed cluster, as they complete. The files must be
    readable at the same paths on the workers (a shared file system); the checked rules travel with the work."""
    from distributed import Client, as_completed
    with Client(scheduler) as client:
        shared = client.scatter([_packed(engine), log, today], broadcast=True)
        futures = [client.submit(_dask_task, path, rules_dir, shared[0], engine.rules_version, shared[1],
                                 shared[2], with_store, pure=False)
                   for path in files]
        try:
            for future in as_completed(futures):
                yield future.result()
                progress(1)
                interrupts.check()
        except BaseException:
            client.cancel(futures)
            raise


def scoring_facts(ruleset: RuleSet) -> frozenset[str]:
    """The facts scoring and the cross-year checks read besides doc.*."""
    return frozenset({r.points_per for r in ruleset.rules if r.points_per} | {"submissions.missed_months"}
                     | crossyear.NEEDED)


def slim(ev: Evaluation, keep: frozenset[str]) -> Evaluation:
    """Only what scoring needs stays in memory for the whole batch (all facts are in the store). Whether a name
    stays is looked up (`_slimmed`): a report's ≈ 300 names are nearly all names seen before, and a lookup costs
    less than `startswith` and a set test (≈ 20 µs a report against 50)."""
    stays, doc = _slimmed(keep)
    try:
        ev.facts = {k: f for k, f in ev.facts.items() if stays[k]}
    except KeyError:  # a name not seen yet: decided once, then the same filter
        for k in ev.facts:
            stays.setdefault(k, k.startswith("doc.") or k in keep)
        ev.facts = {k: f for k, f in ev.facts.items() if stays[k]}
    try:
        ev.report.facts = {k: f for k, f in ev.report.facts.items() if doc[k]}
    except KeyError:
        for k in ev.report.facts:
            doc.setdefault(k, k.startswith("doc."))
        ev.report.facts = {k: f for k, f in ev.report.facts.items() if doc[k]}
    ev.report.text = ""
    return ev


SLIM_NAMES = 4096  # names remembered per keep set (the parser writes ≈ 600; a store's stored results may add some)
_SLIM: dict[frozenset[str] | None, dict[str, bool]] = {}  # keep → (name → stays); None → (name → is doc.*)


def _slimmed(keep: frozenset[str]) -> tuple[dict[str, bool], dict[str, bool]]:
    """The names decided so far for this keep set, and whether each is a doc.* name; emptied at SLIM_NAMES."""
    stays, doc = _SLIM.get(keep), _SLIM.get(None)
    if stays is None or len(stays) >= SLIM_NAMES:
        if len(_SLIM) >= 9:  # a process sees one keep set, or a few in tests
            _SLIM.clear()
        stays = _SLIM[keep] = {}
    if doc is None or len(doc) >= SLIM_NAMES:
        doc = _SLIM[None] = {}
    return stays, doc


class _Kept:
    """The parent's side of a batch: a Brief per document in memory, the evaluations and sketches on disk
    (engine.spill), and once the batch is in, what the cross-year checks attach when one is read back."""

    def __init__(self) -> None:
        self.records, self.sketches, self.figures = Records(), Sketches(), Records()
        self.briefs: list[Brief] = []
        self._strings: dict = {}
        self.checks: crossyear.Checks | None = None  # built by cross_year; dropped by release(), rebuilt on use
        self._history: tuple[Evaluator, dict[str, list[crossyear.Earlier]]] | None = None
        # the batch's own files (their digests as 8-byte integers, sorted once the batch is in): not read again
        # from the store as earlier years' reports
        self.done = array("Q")
        self.digests = bytearray()  # each document's digest (Brief.digest, 8 bytes; zeros for none), in order
        # each document's highest resemblance to another agency's report of its year, and that report's position
        # (crossyear.peers), as two arrays: 12 bytes a document instead of a tuple and a float
        self.peer_r, self.peer_of = array("d"), array("i")
        self.parts = 0  # documents that are the second or later report of a compilation (source FILE#N)

    def add(self, item: Done, stored: bool = True) -> None:
        """Keep a document (`stored`: its source is no longer needed for the store's row)."""
        b = shared(item.brief, self._strings)
        _, sep, n = b.source.rpartition("#")
        self.parts += bool(sep and n.isdigit() and n != "1")
        b.at = len(self.briefs)
        self.digests += b.digest.ljust(8, b"\0")
        b.digest = b""  # (one shared empty bytes: the column holds it)
        self.briefs.append(b)
        self.records.add_bytes(item.blob)
        self.sketches.add_bytes(item.sketch)
        self.figures.add(dict(b.figures))
        b.figures = ()
        if stored:
            self.forget_source(b)

    @staticmethod
    def forget_source(b: Brief) -> None:
        if b.agency:  # the group is the agency's: the source is read back with the document
            b.source = ""

    def replace(self, i: int, ev: Evaluation) -> None:
        """Document i is now this evaluation (a corrected one, kept whole as the batch re-evaluated it)."""
        sk, ev.sketch = ev.sketch, []
        self.records.replace(i, ev)
        self.sketches.replace(i, sk)
        b = shared(brief(ev), self._strings)
        self.digests[8 * i:8 * i + 8] = b.digest.ljust(8, b"\0")
        b.digest = b""
        self.figures.replace(i, dict(b.figures))
        b.at, b.figures = i, ()
        self.forget_source(b)
        self.briefs[i] = b

    def digest(self, i: int) -> bytes:
        """Document i's digest (b"\0" * 8 when it has none: never a stored file's, which are checked whole)."""
        return bytes(self.digests[8 * i:8 * i + 8])

    def loaded(self, i: int) -> Evaluation:
        """Document i as stored, with its sketch, before the cross-year checks."""
        ev: Evaluation = self.records[i]
        ev.sketch = self.sketches[i]
        return ev

    def evaluation(self, i: int) -> Evaluation:
        """Document i read back, with the cross-year facts and findings of this batch attached."""
        ev = self.loaded(i)
        if self._history is not None:
            if self.checks is None:
                self.checks = self._checks(*self._history)
            r, other = self.peer_r[i], self.peer_of[i]
            if r >= 0:
                ev.facts["history.peer_resemblance"] = crossyear.peer_fact(
                    r, self.briefs[other].agency if other >= 0 else None)
            self.checks.attach(ev)  # type: ignore[union-attr]
        return ev

    def earlier(self, b: Brief | crossyear.Earlier) -> crossyear.Earlier:
        """An earlier year's report for the cross-year checks: one of the batch's (a Brief), or the store's."""
        if isinstance(b, crossyear.Earlier):
            return b
        figures = {k: Fact(v, "") for k, v in self.figures[b.at].items()}
        return crossyear.Earlier(b.agency or "", figures, list(b.fired), self.sketches[b.at])

    def cross_year(self, evaluator: Evaluator, earlier: dict[str, list[crossyear.Earlier]]) -> None:
        """The batch-wide part of the cross-year checks: who resembles whom, and every report by year."""
        if not crossyear.history_rules(evaluator.ruleset.rules):
            return
        ok = [_indexed(b) for b in self.briefs]
        found = crossyear.peers([(b.year, b.agency if good and self.sketches.size(b.at) else None)
                                 for b, good in zip(self.briefs, ok, strict=True)], self.sketches)
        self.peer_r, self.peer_of = array("d", (r for r, _ in found)), array("i", (o for _, o in found))
        del found
        self._history = evaluator, earlier
        self.checks = self._checks(evaluator, earlier)

    def _checks(self, evaluator: Evaluator, earlier: dict[str, list[crossyear.Earlier]]) -> crossyear.Checks:
        entries = ((b.agency, b.region, b.year, b) for b in self.briefs if _indexed(b))
        return crossyear.Checks(evaluator, entries, earlier, resolve=self.earlier)  # type: ignore[arg-type]

    def release(self) -> None:
        """Drop the cross-year index once every card is scored (an entry per report and per short form of its
        name): the same is built again from the Briefs if a document is read back later."""
        self.checks = None


def _indexed(b: Brief) -> bool:
    """A document the cross-year checks know: a report with an agency and a year."""
    return b.status == OK and isinstance(b.year, int) and bool(b.agency)


def _from_store(store: Store, result: BatchResult, kept: _Kept, reports: list[str], key: tuple[str, str],
                force: bool, progress: Callable[[int], None],
                keep: frozenset[str], known: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """Reuse what the store holds for these files; return the files still to do and their hashes. Stored
    results are read 500 files at a time, so a re-run of a large batch does not hold them all."""
    hashes, todo = {}, []
    for path in reports:
        if path in known:  # hashed a moment ago for the run's reuse key (engine.runs.inputs_key)
            hashes[path] = known.pop(path)
            continue
        with contextlib.suppress(OSError):  # unreadable: reading it again will produce the error result
            hashes[path] = file_hash(path)
    for start in range(0, len(reports), STORE_READ):
        chunk = reports[start:start + STORE_READ]
        wanted = list({hashes[p] for p in chunk if p in hashes})
        stored = {} if force else store.cached_many(wanted, *key)
        for path in chunk:
            cached = stored.get(hashes.get(path, ""))
            if cached is None:
                todo.append(path)
                continue
            cached = [_copy(ev) for ev in cached]  # two files with the same bytes get their own results
            for i, ev in enumerate(cached, 1):  # the file may have moved since: name it as given now
                ev.report.source = as_text(path) if len(cached) == 1 else f"{as_text(path)}#{i}"
            for ev in cached:
                kept.add(done(slim(ev, keep)))
            result.reused += 1
            kept.done.append(int.from_bytes(digest(hashes[path]), "big"))
            progress(1)
    return todo, {p: bytes.fromhex(hashes[p]) for p in todo if p in hashes}  # 32 raw bytes, not 64 characters


def run(engine: Engine, paths: list[Path], profile: str = "auto", today: date | None = None, jobs: int = 1,
        rules_dir: Path | None = None, progress: Callable[[int], None] | None = None,
        store: Store | None = None, force: bool = False, scheduler: str | None = None,
        known_hashes: dict[str, str] | None = None,
        listed: tuple[list[str], list[ParsedReport]] | None = None, pool: Pool | None = None,
        cards_whole: bool = False) -> BatchResult:
    """Score every file under `paths`. The result's cards and evaluations are read back from temporary files
    as they are used (engine.spill), so the parent's memory stays about flat however many files there are.
    `cards_whole`: the cards are read back once, before the store's rows are written, and the result holds them
    as a list (for a caller that will hold them all anyway, as every format but json does: each read of a
    spilled card unpickles it again).
    `known_hashes`: files' SHA-256 by path already made for this command (its reuse key), used up here;
    `listed`: `listing(paths, with_logs=True)` when the command made it already (it lists once); `pool`: the
    workers `start_pool` started for this batch (used if it was made for the same engine and settings)."""
    today = today or date.today()
    progress = progress or (lambda n: None)
    if listed is None and pool is None and jobs > 1 and not scheduler and workers.enough_files(paths, 2):
        workers.prestart([__name__, *WORKER_MODULES])  # its imports from now on: listing 2,000 files takes 0.02 s
    files, errors = listed or listing(paths, with_logs=True)  # as str: a third of a Path's memory
    errors = list(errors)
    kept = _Kept()
    result = BatchResult(errors=errors, kept=kept)
    reports, logs, log = _split_logs(files, result)
    del files
    started = None
    if pool is not None:
        if not scheduler and pool.made_for == _pool_key(engine, today, jobs, rules_dir, store is not None, log):
            started = pool.supervisor
        else:
            pool.close()
    if jobs > 1 and not scheduler and len(reports) >= 2:  # the workers' imports, while the store is looked up
        workers.prestart([__name__, *WORKER_MODULES])
    hashes: dict[str, bytes] = {}  # the files still to store: their SHA-256 as raw bytes
    # results depend on the rules, the profile and any submission log: all part of the store's key
    key = (engine.rules_version, profile + "".join(f"+{file_hash(f)[:12]}" for f in logs))
    store_errors: tuple[type[Exception], ...] = ()  # SQLAlchemy is imported only with a store
    if store is not None:
        from engine.store import StoreError
        store_errors = (StoreError,)
    if store is not None:
        try:
            with interrupts.shielded():  # the run's row is written whole, then a stop is raised
                result.run_id = store.begin_run(profile, engine.rules_version, [as_text(str(p)) for p in paths])
            reports, hashes = _from_store(store, result, kept, reports, key, force, progress, engine.keep,
                                          known_hashes or {})
            known_hashes = None  # used up: its table is not kept for the rest of the batch
        except KeyboardInterrupt:  # stopped while reusing stored results: the run is marked as below
            if result.run_id is not None:
                with contextlib.suppress(*store_errors):
                    store.interrupt_run(result.run_id)
            raise
    stream = _results_dask(engine, reports, log, today, rules_dir, progress, store is not None, scheduler) \
        if scheduler else _results(engine, reports, log, today, jobs, rules_dir, progress, store is not None, hashes,
                                   started)
    pending: list[tuple[str, list]] = []
    flushed = time.monotonic()

    def flush() -> None:
        nonlocal flushed
        if store is not None and pending:
            t0 = time.perf_counter()
            with interrupts.shielded():  # Ctrl-C/SIGTERM mid-write would break the connection: the group goes in first
                store.save_files(result.run_id, *key, pending)
            result.seconds["store"] = result.seconds.get("store", 0.0) + time.perf_counter() - t0
            for _, items in pending:
                for item in items:
                    if isinstance(item, Done):
                        kept.forget_source(item.brief)
            pending.clear()
        flushed = time.monotonic()

    try:
        for path, items in stream:
            for item in items:
                if isinstance(item, Done):
                    kept.add(item, stored=store is None or path not in hashes)  # (before the pop below)
                else:
                    result.errors.append(item)
            if store is not None and path in hashes:
                sha256 = hashes.pop(path)
                kept.done.append(int.from_bytes(sha256[:8], "big"))
                pending.append((sha256.hex(), items))
                if len(pending) >= STORE_GROUP or time.monotonic() - flushed > STORE_SECONDS:
                    flush()
        flush()
    finally:
        stream.close()  # Ctrl-C while storing a file must stop the workers too (GeneratorExit reaches the pool)
        if started is not None:  # workers started ahead and not needed after all (every file reused)
            started.close()
        workers.stop_idle()  # a fork server started for workers that were not needed (every file reused)
        stopped = isinstance(sys.exc_info()[1], KeyboardInterrupt)  # Ctrl-C, or SIGTERM (engine.cli raises it)
        if pending and stopped:
            flush()  # keep what is finished: Ctrl-C loses nothing that was done
        if stopped and store is not None:
            with contextlib.suppress(*store_errors):  # the stop is what the user must see, not a busy store
                store.interrupt_run(result.run_id)
    del reports, hashes
    notes = _corrections(engine, store, kept) if store is not None else {}
    t0 = time.perf_counter()
    earlier = _earlier(store, kept.briefs, array("Q", sorted(kept.done)))
    kept.done = array("Q")  # only _earlier reads it
    kept.cross_year(engine.evaluator, earlier)
    del earlier
    t1 = time.perf_counter()
    rules = engine.ruleset.by_id()
    cards, summaries, parts = _score_all(kept, engine, profile, rules, today, notes, jobs, cards_whole,
                                         rows=store is not None)
    kept.release()  # before _changes builds its own index of every card
    if store is not None:
        from engine.store import History
    changes = _changes(summaries, History(store) if store is not None else None)
    del summaries
    t2 = time.perf_counter()
    if isinstance(cards, list):  # held whole (cards_whole, one scoring process): never spilled to disk
        result.cards = [_changed(card, change) for card, change in zip(cards, changes, strict=True)]
    else:
        result.cards = Spilled(len(cards), lambda i: _changed(cards[i], changes[i]))
        if cards_whole:
            result.cards = list(result.cards)
    result.evaluations = Spilled(len(kept.briefs), kept.evaluation)
    if store is not None and parts is not None:  # (parts are made when a store is written)
        run_id = result.run_id  # the rows from each card's parts and its change: the cards are not read again
        store.finish_run(run_id, result.cards, Spilled(len(parts), lambda i: records.card_row(run_id, parts[i],
                                                                                               changes[i])))
    result.seconds.update(crossyear=t1 - t0, scoring=t2 - t1,
                          store=result.seconds.get("store", 0.0) + time.perf_counter() - t2)
    workers.reap()  # the fork server, told to stop with the stream, has exited during the tail
    return result


Summaries = tuple[list[str], list[str], list[str], array]
# documents from which the cards are scored in two processes (a fork of this one): at 1,000 the fork costs the parent
# ≈ 0.02 s (the pages it writes after it are copied) and saves it half of ≈ 0.11 s of scoring (a26-parent)
SCORE_APART = 1000
# the share of the documents (%) the parent scores when a copy scores the rest: a document costs the parent ≈ 10% more
# than the copy (measured, synth-2000: 0.143 against 0.126 s at an even split), so both finish together near 47%
PARENT_SHARE = 47


def _score_all(kept: _Kept, engine: Engine, profile: str, rules: dict, today: date, notes: dict[str, str],
               jobs: int, whole: bool = False, rows: bool = False
               ) -> tuple[Records | Sequence[Scorecard], Summaries, Records | Sequence[records.CardParts] | None]:
    """Every card, in `_brief_groups`' order, on disk; each card's (agency, region, period, score) for _changes
    in four columns (the agency the Brief's own string, region and period interned, the score a double); and with
    `rows`, each card's store row but its change (records.card_parts), on disk. With jobs > 1 and a large batch,
    the groups after the parent's share of the documents (PARENT_SHARE) are scored by a forked copy of this process
    at the same time (the workers are gone by now: their cores are free), its cards and rows read from its files
    after the parent's; should the copy fail, the parent scores them itself. `whole`: in one process, the cards are
    kept in a list rather than pickled to disk (for a caller that holds every card anyway: see run's cards_whole)."""
    summaries: Summaries = ([], [], [], array("d"))
    parts = Records() if rows else None
    half = len(kept.briefs) * PARENT_SHARE // 100
    if jobs < 2 or len(kept.briefs) < SCORE_APART or not hasattr(os, "fork"):
        kept_cards: Records | list[Scorecard] = [] if whole else Records()
        _score_groups(kept, _brief_groups(kept.briefs), engine, profile, rules, today, notes, kept_cards, summaries,
                      parts)
        return kept_cards, summaries, parts
    cards: Records = Records()
    with _forked(lambda out, sums: _score_groups(kept, _halves(kept.briefs, half, False), engine, profile, rules,
                                                 today, notes, out[0], sums, out[1] if rows else None)) as theirs:
        _score_groups(kept, _halves(kept.briefs, half, True), engine, profile, rules, today, notes, cards, summaries,
                      parts)
        got = theirs()
    if got is None:  # the copy failed: its half is scored here
        _score_groups(kept, _halves(kept.briefs, half, False), engine, profile, rules, today, notes, cards,
                      summaries, parts)
        return cards, summaries, parts
    (their_cards, their_parts), sums = got
    for column, values in zip(summaries, sums, strict=True):
        column.extend(values)  # type: ignore[attr-defined]
    if parts is None:
        their_parts.close()
        return _chained(cards, their_cards), summaries, None
    return _chained(cards, their_cards), summaries, _chained(parts, their_parts)


def _chained(first: Records, second: Records) -> Spilled:
    """The records of the parent's file, then the copy's, as one sequence read when used (the copy's are not
    copied into the parent's file)."""
    n = len(first)
    return Spilled(n + len(second), lambda i: first[i] if i < n else second[i - n])


def _halves(briefs: Sequence[Brief], half: int, first: bool) -> Iterator[tuple[str, list[int]]]:
    """`_brief_groups(briefs)` up to (`first`) or from the first group that ends at or past `half` documents."""
    seen = 0
    for name, members in _brief_groups(briefs):
        if (seen < half) == first:
            yield name, members
        elif first:
            return
        seen += len(members)


def _score_groups(kept: _Kept, groups: Iterator[tuple[str, list[int]]], engine: Engine, profile: str, rules: dict,
                  today: date, notes: dict[str, str], cards: Records | list[Scorecard], summaries: Summaries,
                  parts: Records | None = None) -> None:
    keep = cards.append if isinstance(cards, list) else cards.add
    for name, members in groups:
        group = [kept.evaluation(i) for i in members]
        first = group[0].report
        chosen, warning = engine.profiles.choose(profile, first.value("doc.kind"), first.value("doc.level"),
                                                 first.value("doc.year"))
        card = score(group, chosen, rules, today, [warning] if warning else [], name=name)
        set_unnamed_apart([card])
        card.warnings.extend(notes[s] for s in card.inputs if s in notes)  # 人工更正 (the exports show warnings)
        keep(card)
        if parts is not None:
            parts.add(records.card_parts(card))
        for column, value in zip(summaries, (card.agency, sys.intern(card.region), sys.intern(card.period),
                                             card.score), strict=True):
            column.append(value)  # type: ignore[attr-defined]


@contextlib.contextmanager
def _forked(work: Callable[[tuple[Records, Records], Summaries], None]
            ) -> Iterator[Callable[[], tuple[tuple[Records, Records], Summaries] | None]]:
    """`work(records, summaries)` run in a forked copy of this process, its records written to two temporary files
    made before the fork (both hold them: the cards and their store rows), their places and the summaries sent back
    through a pipe when it is done. Yields `wait()`: the records and summaries, or None if the copy failed. The copy
    ignores Ctrl-C (the parent's to handle) and is killed if the parent leaves before waiting (Ctrl-C, SIGTERM, an
    error)."""
    out = (Records(), Records())
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the copy: never returns, never runs the parent's clean-up (os._exit)
        code = 1
        try:
            os.close(read)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            sums: Summaries = ([], [], [], array("d"))
            work(out, sums)
            blob = pickle.dumps(([r.places() for r in out], sums), pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write, "wb") as pipe:
                pipe.write(blob)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    pipe = os.fdopen(read, "rb")
    waited = False

    def wait() -> tuple[tuple[Records, Records], Summaries] | None:
        nonlocal waited
        blob = pipe.read()
        _, status = os.waitpid(pid, 0)
        waited = True
        if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and blob):
            for r in out:
                r.close()
            return None
        places, sums = pickle.loads(blob)
        for r, where in zip(out, places, strict=True):
            r.adopt(where)  # the copy's records, in the files both hold
        return out, sums

    try:
        yield wait
    finally:
        pipe.close()
        if not waited:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
            for r in out:
                r.close()


def _corrections(engine: Engine, store: Store, kept: _Kept) -> dict[str, str]:
    """Fact corrections from the store applied to the few documents that have them (engine.corrections)."""
    import sqlalchemy as sa

    from engine import corrections
    corrections.ensure_tables(store.engine)
    with store.engine.connect() as conn:
        fixed = {digest(h) for h in conn.execute(sa.select(corrections.corrections.c.file_hash).distinct()).scalars()}
    if not fixed:  # (a store seldom holds any: no document's digest is then read)
        return {}
    which = [i for i in range(len(kept.briefs)) if kept.digest(i) in fixed]
    if not which:
        return {}
    with store.engine.connect() as conn:
        fixes = corrections.stored_for(conn, sorted({kept.loaded(i).report.sha256 for i in which}))
    which = [i for i in which if kept.loaded(i).report.sha256 in fixes]
    evaluations = [kept.loaded(i) for i in which]
    before = list(evaluations)
    notes = corrections.apply_stored(engine, store, evaluations)
    for i, old, new in zip(which, before, evaluations, strict=True):
        if new is not old:
            kept.replace(i, new)
    return notes


def _changed(card: Scorecard, change: tuple[str, float] | None) -> Scorecard:
    if change is not None:
        card.previous_period, card.change = change
    return card


def _earlier(store: Store | None, briefs: list[Brief], batch_files: Sequence[int] = ()):
    """Stored reports of the years before the batch's, of the batch's agencies only (read without parsing
    the others) and not the batch's own files, as far back as a repeated failure is followed."""
    if store is None:
        return {}
    mine: AgencyIndex[None] = AgencyIndex()
    years = set()
    for b in briefs:
        if b.agency and isinstance(b.year, int):
            mine.add(b.agency, b.region, None)
            years.add(b.year)
    periods = {str(y - k) for y in years for k in range(1, crossyear.YEARS_BACK)}
    return store.periods(periods - {str(y) for y in years}, wanted=lambda agency: bool(mine.find(agency)),
                         skip=_Digests(batch_files))


class _Digests:
    """File hashes, tested by their first 8 bytes (a batch's own files: a sorted array of 8-byte integers, not a set
    of 64-character text)."""

    def __init__(self, digests: Sequence[int]):
        self.digests = digests

    def __contains__(self, sha256: object) -> bool:
        if not isinstance(sha256, str) or not sha256:
            return False
        d = int.from_bytes(digest(sha256), "big")
        k = bisect.bisect_left(self.digests, d)
        return k < len(self.digests) and self.digests[k] == d


def _key(agency: str | None, source: str) -> str:
    """Documents of one agency group under engine.agency.card_key, however its name is written (石湾镇 and
    石湾镇人民政府: one card, its duplicates named in a warning); a document that names none stays on its own."""
    return card_key(agency) if agency else f"{UNNAMED}{source}"


def _brief_groups(briefs: Sequence[Brief]) -> Iterator[tuple[str, list[int]]]:
    """The documents' positions, one group per agency (`_key`) and period, in the order of each group's first
    document. Namesakes whose texts name different regions are kept apart, each card then named with its region;
    a document that names no region joins the only region there is. Without a dict of dicts of lists: the
    documents of a key are chained through one array (each position points to the next of its key), so the batch
    holds 12 bytes a document; while grouping, a dict of agencies and one more array (an agency's groups chain from
    its first document: no key tuple per group); each group's list, split by region, is made when it comes."""
    first: dict[str, int] = {}  # an agency's (or unnamed source's) first document: its heads chain from there
    heads, tails = array("i"), array("i", [-1]) * len(briefs)
    after, other = array("i", [-1]) * len(briefs), array("i", [-1]) * len(briefs)  # next of its key; next head
    for i, b in enumerate(briefs):
        key, period = _key(b.agency, b.source), b.period or UNKNOWN_PERIOD
        h = first.setdefault(key, i)
        if h != i:
            while (briefs[h].period or UNKNOWN_PERIOD) != period and other[h] >= 0:
                h = other[h]
            if (briefs[h].period or UNKNOWN_PERIOD) == period:
                after[tails[h]] = i
                tails[h] = i
                continue
            other[h] = i
        heads.append(i)
        tails[i] = i
    del first, tails, other
    for head in heads:
        by_region: dict[str, list[int]] = {}
        i = head
        while i >= 0:
            by_region.setdefault(briefs[i].region or "", []).append(i)
            i = after[i]
        if len(by_region) == 2 and "" in by_region:  # one stated region, and documents that state none
            unknown = by_region.pop("")
            next(iter(by_region.values())).extend(unknown)
        for region, group in by_region.items():
            # the card's name: the longest way its documents write it (石湾镇人民政府 over 石湾镇), the first on a tie
            agency = max((briefs[m].agency or f"{UNNAMED}{briefs[m].source}" for m in group), key=len)
            qualified = len(by_region) > 1 and region and not agency.startswith(region)
            yield region + agency if qualified else agency, group


def _changes(cards: tuple[Sequence[str], Sequence[str], Sequence[str], Sequence[float]],
             history: History | None) -> list[tuple[str, float] | None]:
    """Each card's change against the agency's latest earlier period, from this batch or the store, from the
    cards' agency, region, period and score (four columns): (that period, the change), or None."""
    # the batch's cards by position (a tuple is made only for a card found), the store's as (start, period, score)
    known: AgencyIndex[int | tuple[int, str, float]] = AgencyIndex()
    agencies, regions, periods, scores = cards
    start_of = functools.cache(period_start)  # a batch has a few distinct periods: each one's start worked out once

    for i, (agency, region, period) in enumerate(zip(agencies, regions, periods, strict=True)):
        if start_of(period) is not None:
            known.add(agency, region, i)
    if history is not None:
        for c in history.cards.values():
            if (start := period_start(c["period"])) is not None:
                known.add(c["agency"], c.get("region"), (start, c["period"], c["score"]))
    out: list[tuple[str, float] | None] = []
    for agency, region, period, score_ in zip(*cards, strict=True):
        start = start_of(period)
        earlier = []
        if start is not None:
            for e in known.find(agency, region):
                if isinstance(e, int):
                    e = (start_of(periods[e]), periods[e], scores[e])
                if e[0] < start:  # type: ignore[operator]
                    earlier.append(e)
        if earlier:
            _, before, previous = max(earlier)
            out.append((before, round(score_ - previous, 1)))
        else:
            out.append(None)
    return out

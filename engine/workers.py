"""Worker processes that one bad file cannot take down: a watchdog and a pool that rebuilds itself.

multiprocessing.Pool cannot say which task killed a worker, and a task stuck in C code (a PDF library looping
on a crafted file) blocks its worker for ever. Here each worker gets its files over its own pipe, one running
and one queued behind it (so it never waits for a busy parent between two files), and the parent knows what
every worker is doing and since when: the running file's clock starts when it was sent or, for a queued one,
when the worker finished the file before it. A worker past the wall-time budget is killed; one that dies (out
of memory under RLIMIT_AS, a crash in a C library) is replaced. Either way the file it was running gets an
error line naming the limit, its queued file goes back to be sent again, and the batch goes on. Results come
back in input order.

Workers are forked from a fork server (multiprocessing's "forkserver": a clean interpreter started for the batch
that imports the task's modules once, with the parent's sys.path) rather than each spawned as a fresh interpreter
that imports everything again: a worker is ready in the time its initializer takes. The server is stopped when
the batch ends, after its workers, so that their CPU time is the parent's RUSAGE_CHILDREN as a spawned worker's
was. Where there is no fork server, workers are spawned.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import selectors
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing import forkserver
from multiprocessing.connection import Connection
from typing import Any

READY = "ready"
AHEAD = 1  # tasks queued in a worker's pipe behind the one it runs


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    tasks: deque[tuple[int, Any]] = field(default_factory=deque)  # sent, in order: the first is the running one
    started: float = 0.0  # when the running task started (its clock), time.monotonic
    sent: deque[float] = field(default_factory=deque)  # when each task was sent

    @property
    def idle(self) -> bool:
        return self.ready and not self.tasks


def _loop(conn: Connection, initializer: Callable[..., None], initargs: tuple, task: Callable[[Any], Any],
          origins: tuple[tuple[str, str | None], ...] = ()) -> None:
    """A worker: set up once, say so, then answer one item at a time until the parent closes the pipe.
    `origins`: the task's modules and their files in the parent; a worker forked from a server that imported
    another copy of them (another checkout first on its path) stops before it says it is ready."""
    for name, file in origins:
        if getattr(sys.modules.get(name), "__file__", None) != file:
            raise RuntimeError(f"worker: {name} is {getattr(sys.modules.get(name), '__file__', None)}, not {file}")
    initializer(*initargs)
    conn.send(READY)
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        index, item = message
        result = task(item)
        # when it finished: the next task, if already queued in the pipe, starts now (the clocks of
        # time.monotonic are the system's own, shared by its processes)
        conn.send((index, result, time.monotonic()))


@contextlib.contextmanager
def _workers_ignore_ctrl_c():
    """Workers start with Ctrl-C ignored (an ignored signal stays ignored across exec), not only once their
    initializer runs: a worker still importing when Ctrl-C comes would die, and the pool could then hang."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


# the fork server is shared by the process (multiprocessing keeps one): started by the first batch that needs it,
# stopped when the last one running ends
_SERVER_LOCK = threading.Lock()
_SERVER_USERS = 0


def _forkserver_usable() -> bool:
    return "forkserver" in multiprocessing.get_all_start_methods() and hasattr(forkserver._forkserver, "_stop")


@contextlib.contextmanager
def _parent_path():
    """The environment a fork server starts in: the parent's sys.path as PYTHONPATH, and no directory of its own
    put before it (PYTHONSAFEPATH: `python -c` would put the current one first), so that it imports the same
    files as the parent. multiprocessing passes the parent's sys.path to the server but Python 3.11's server does
    not use it."""
    saved = {k: os.environ.get(k) for k in ("PYTHONPATH", "PYTHONSAFEPATH")}
    os.environ["PYTHONPATH"] = os.pathsep.join(os.path.abspath(p) if p else os.getcwd()
                                               for p in sys.path if isinstance(p, str))
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _server_start(modules: list[str]) -> None:
    """(Under _SERVER_LOCK, with no batch using the server) the fork server importing `modules`, started unless
    running."""
    forkserver.set_forkserver_preload(["__main__", *modules])
    with _workers_ignore_ctrl_c(), _parent_path():
        forkserver.ensure_running()


def prestart(modules: Sequence[str]) -> None:
    """Start the fork server ahead of a batch, so that its imports run while the parent lists, hashes and
    compiles; `stop_idle` stops it if no batch came to use it."""
    if not _forkserver_usable():
        return
    with _SERVER_LOCK:
        if _SERVER_USERS == 0:
            _server_start([m for m in dict.fromkeys(modules) if m != "__main__"])


def stop_idle() -> None:
    """Stop (and reap) the fork server if no batch is using it."""
    if not _forkserver_usable():
        return
    with _SERVER_LOCK:
        if _SERVER_USERS == 0:
            forkserver._forkserver._stop()


def _server_acquire(modules: list[str]) -> None:
    global _SERVER_USERS
    with _SERVER_LOCK:
        if _SERVER_USERS == 0:
            _server_start(modules)
        _SERVER_USERS += 1


def _server_release(workers_gone: bool) -> None:
    """The last batch out stops the server (it exits once every worker forked from it has: they are, when
    `workers_gone`), reaping it, so that its workers' CPU time is counted as the parent's children's."""
    global _SERVER_USERS
    with _SERVER_LOCK:
        _SERVER_USERS -= 1
        if _SERVER_USERS == 0 and workers_gone:
            forkserver._forkserver._stop()


class Supervisor:
    """`jobs` worker processes running `task` on items; `failed(item, why)` makes the result of an item whose
    worker was killed ("seconds") or died ("crash")."""

    def __init__(self, jobs: int, task: Callable[[Any], Any], initializer: Callable[..., None], initargs: tuple,
                 failed: Callable[[Any, str], Any], seconds: float, window: int | None = None,
                 preload: Sequence[str] = ()):
        self.jobs, self.task, self.initializer, self.initargs = jobs, task, initializer, initargs
        self.failed, self.seconds = failed, seconds
        self.window = window or jobs * 4  # items in flight or finished but not yet yielded: bounds parent memory
        # a clean interpreter (no inherited durable host): spawned, or forked from a server that only imported
        self.method = "forkserver" if _forkserver_usable() else "spawn"
        self.ctx = multiprocessing.get_context(self.method)
        modules = dict.fromkeys(f.__module__ for f in (initializer, task))
        self.origins = tuple((m, getattr(sys.modules.get(m), "__file__", None)) for m in modules)
        self.preload = tuple(preload)  # more modules the server imports for the workers
        self.workers: list[_Worker] = []
        self.restarts = 0
        self._lingering = False  # a killed worker not seen to exit
        # every worker's pipe and process sentinel, registered once (multiprocessing.connection.wait builds and
        # registers a new selector on every call: once per result)
        self._selector: selectors.BaseSelector | None = None

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=_loop, args=(child, self.initializer, self.initargs, self.task,
                                                       self.origins if self.method == "forkserver" else ()),
                                   daemon=True)
        with _workers_ignore_ctrl_c():
            process.start()
        child.close()
        worker = _Worker(process, parent)
        if self._selector is not None:
            self._selector.register(parent, selectors.EVENT_READ, worker)
            self._selector.register(process.sentinel, selectors.EVENT_READ, worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        self._kill(worker)
        self.restarts += 1
        fresh = self._start()
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def _kill(self, worker: _Worker) -> None:
        if self._selector is not None:
            for handle in (worker.conn, worker.process.sentinel):
                with contextlib.suppress(KeyError, ValueError, OSError):  # not registered, or already closed
                    self._selector.unregister(handle)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self._lingering |= worker.process.exitcode is None  # (then the fork server is left to exit with it)

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        """(item, result) for every item, in the order given."""
        source = iter(items)
        todo: deque[tuple[int, Any]] = deque()  # taken from the source or sent back, not (yet again) sent
        done: dict[int, tuple[Any, Any]] = {}
        next_out = taken = 0
        exhausted = False
        # as multiprocessing.connection.wait chooses: poll where there is one
        self._selector = selectors.PollSelector() if hasattr(selectors, "PollSelector") else selectors.SelectSelector()
        self.workers, self._lingering = [], False
        if self.method == "forkserver":
            _server_acquire([*(m for m, _ in self.origins if m != "__main__"), *self.preload])
        try:
            for _ in range(self.jobs):
                self.workers.append(self._start())
            while True:
                # every ready worker gets a task to run, then one queued behind it, while the window allows
                for depth in range(1 + AHEAD):
                    for worker in self.workers:
                        if not worker.ready or len(worker.tasks) != depth:
                            continue
                        if not todo and not exhausted and taken - next_out < self.window:
                            try:
                                todo.append((taken, next(source)))
                                taken += 1
                            except StopIteration:
                                exhausted = True
                        if todo:
                            self._send(worker, todo, done)
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                if exhausted and not todo and next_out == taken:
                    return
                if (todo or (not exhausted and taken - next_out < self.window)) and any(
                        w.ready and len(w.tasks) <= AHEAD for w in self.workers):
                    continue  # a worker has room and there is work (results handed on freed the window)
                self._collect(done, todo)
        finally:  # done, Ctrl-C, SIGTERM or the consumer stopping: idle workers exit, busy ones are killed
            for worker in self.workers:
                if worker.idle:
                    with contextlib.suppress(OSError):
                        worker.conn.send(None)
            for worker in self.workers:
                if worker.idle:
                    worker.process.join(2)
                self._kill(worker)
            self._selector.close()
            self._selector = None
            if self.method == "forkserver":
                _server_release(not self._lingering and all(w.process.exitcode is not None for w in self.workers))

    def _send(self, worker: _Worker, todo: deque[tuple[int, Any]], done: dict[int, tuple[Any, Any]]) -> None:
        task = todo.popleft()
        now = time.monotonic()
        try:
            worker.conn.send(task)
        except OSError:  # it died a moment ago: this task waits for another, the one it was running failed
            todo.appendleft(task)
            while worker.tasks and worker.conn.poll() and self._receive(worker, done):
                pass  # results it sent before dying still count
            self._died(worker, done, todo)
            return
        if not worker.tasks:
            worker.started = now
        worker.tasks.append(task)
        worker.sent.append(now)

    def _requeue(self, worker: _Worker, todo: deque[tuple[int, Any]]) -> None:
        """The worker's queued tasks (never started) go back to be sent first, in order; the worker is
        replaced."""
        if worker.tasks:
            todo.extend(worker.tasks)
            ordered = sorted(todo, key=lambda t: t[0])
            todo.clear()
            todo.extend(ordered)
            worker.tasks.clear()
        self._replace(worker)

    def _collect(self, done: dict[int, tuple[Any, Any]], todo: deque[tuple[int, Any]]) -> None:
        """Wait for a result, a death or a deadline; record what happened."""
        busy = [w for w in self.workers if w.tasks]
        timeout = None
        if busy:
            timeout = max(0.0, min(w.started for w in busy) + self.seconds - time.monotonic())
        assert self._selector is not None
        for key, _ in self._selector.select(timeout):
            handle, worker = key.fileobj, key.data
            if worker not in self.workers:  # replaced earlier in this round
                continue
            if handle is worker.conn or worker.conn.poll():  # a result sent just before exiting is still read
                if not self._receive(worker, done):
                    self._died(worker, done, todo)
                continue
            self._died(worker, done, todo)
        now = time.monotonic()
        for worker in list(self.workers):
            # a result that came in since the wait is read first: its file was done in time
            while worker.tasks and now - worker.started > self.seconds and worker.conn.poll():
                if not self._receive(worker, done):
                    break
            if worker.tasks and now - worker.started > self.seconds:
                index, item = worker.tasks.popleft()
                done[index] = (item, self.failed(item, "seconds"))
                self._requeue(worker, todo)

    def _receive(self, worker: _Worker, done: dict[int, tuple[Any, Any]]) -> bool:
        """Read one message from the worker (False: its pipe is closed). A result ends its running task; the
        queued one, if any, started when the worker finished (or when it was sent, if later)."""
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            return False
        if message == READY:
            worker.ready = True
        elif worker.tasks:
            index, result, finished = message
            item = worker.tasks.popleft()[1]
            worker.sent.popleft()
            done[index] = (item, result)
            if worker.tasks:
                worker.started = max(worker.sent[0], min(finished, time.monotonic()))
        return True

    def _died(self, worker: _Worker, done: dict[int, tuple[Any, Any]], todo: deque[tuple[int, Any]]) -> None:
        worker.process.join(1)
        if worker.tasks:
            index, item = worker.tasks.popleft()
            done[index] = (item, self.failed(item, "crash"))
        elif not worker.ready:
            code = worker.process.exitcode
            raise RuntimeError(f"工作进程启动失败（退出码 {code}）")
        self._requeue(worker, todo)

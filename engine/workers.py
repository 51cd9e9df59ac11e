"""Worker processes that one bad file cannot take down: a watchdog and a pool that rebuilds itself.

multiprocessing.Pool cannot say which task killed a worker, and a task stuck in C code (a PDF library looping
on a crafted file) blocks its worker for ever. Here each worker gets one file at a time over its own pipe, so
the parent knows what every worker is doing and since when. A worker past the wall-time budget is killed; one
that dies (out of memory under RLIMIT_AS, a crash in a C library) is replaced. Either way that file gets an
error line naming the limit, and the batch goes on. Results come back in input order.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import selectors
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

READY = "ready"


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    task: tuple[int, Any] | None = None
    started: float = 0.0


def _loop(conn: Connection, initializer: Callable[..., None], initargs: tuple, task: Callable[[Any], Any]) -> None:
    """A worker: set up once, say so, then answer one item at a time until the parent closes the pipe."""
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
        conn.send((index, task(item)))


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


class Supervisor:
    """`jobs` worker processes running `task` on items; `failed(item, why)` makes the result of an item whose
    worker was killed ("seconds") or died ("crash")."""

    def __init__(self, jobs: int, task: Callable[[Any], Any], initializer: Callable[..., None], initargs: tuple,
                 failed: Callable[[Any, str], Any], seconds: float, window: int | None = None):
        self.jobs, self.task, self.initializer, self.initargs = jobs, task, initializer, initargs
        self.failed, self.seconds = failed, seconds
        self.window = window or jobs * 4  # items in flight or finished but not yet yielded: bounds parent memory
        self.ctx = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited durable host
        self.workers: list[_Worker] = []
        self.restarts = 0
        # every worker's pipe and process sentinel, registered once (multiprocessing.connection.wait builds and
        # registers a new selector on every call: once per result)
        self._selector: selectors.BaseSelector | None = None

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=_loop, args=(child, self.initializer, self.initargs, self.task),
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

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        """(item, result) for every item, in the order given."""
        source = iter(items)
        todo: list[tuple[int, Any]] = []  # taken from the source, not yet sent (refilled lazily)
        done: dict[int, tuple[Any, Any]] = {}
        next_out = taken = 0
        exhausted = False
        # as multiprocessing.connection.wait chooses: poll where there is one
        self._selector = selectors.PollSelector() if hasattr(selectors, "PollSelector") else selectors.SelectSelector()
        self.workers = [self._start() for _ in range(self.jobs)]
        try:
            while True:
                # keep every ready, idle worker busy while the window allows
                for worker in self.workers:
                    if worker.ready and worker.task is None:
                        if not todo and not exhausted and taken - next_out < self.window:
                            try:
                                todo.append((taken, next(source)))
                                taken += 1
                            except StopIteration:
                                exhausted = True
                        if todo:
                            worker.task, worker.started = todo.pop(0), time.monotonic()
                            try:
                                worker.conn.send(worker.task)
                            except OSError:  # it died a moment ago, before this task: the task waits for another
                                todo.insert(0, worker.task)
                                worker.task = None
                                self._replace(worker)
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                if exhausted and not todo and next_out == taken:
                    return
                if all(w.ready and w.task is None for w in self.workers):
                    continue  # results were just handed on, freeing the window: hand out more before waiting
                self._collect(done)
        finally:  # done, Ctrl-C, SIGTERM or the consumer stopping: idle workers exit, busy ones are killed
            for worker in self.workers:
                if worker.ready and worker.task is None:
                    with contextlib.suppress(OSError):
                        worker.conn.send(None)
            for worker in self.workers:
                if worker.ready and worker.task is None:
                    worker.process.join(2)
                self._kill(worker)
            self._selector.close()
            self._selector = None

    def _collect(self, done: dict[int, tuple[Any, Any]]) -> None:
        """Wait for a result, a death or a deadline; record what happened."""
        busy = [w for w in self.workers if w.task is not None]
        timeout = None
        if busy:
            timeout = max(0.0, min(w.started for w in busy) + self.seconds - time.monotonic())
        assert self._selector is not None
        for key, _ in self._selector.select(timeout):
            handle, worker = key.fileobj, key.data
            if worker not in self.workers:  # replaced earlier in this round
                continue
            if handle is worker.conn or worker.conn.poll():  # a result sent just before exiting is still read
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    self._died(worker, done)
                    continue
                if message == READY:
                    worker.ready = True
                elif worker.task is not None:
                    index, result = message
                    done[index] = (worker.task[1], result)
                    worker.task = None
                continue
            self._died(worker, done)
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.task is not None and now - worker.started > self.seconds:
                index, item = worker.task
                done[index] = (item, self.failed(item, "seconds"))
                worker.task = None
                self._replace(worker)

    def _died(self, worker: _Worker, done: dict[int, tuple[Any, Any]]) -> None:
        worker.process.join(1)
        if worker.task is not None:
            index, item = worker.task
            done[index] = (item, self.failed(item, "crash"))
            worker.task = None
        elif not worker.ready:
            code = worker.process.exitcode
            raise RuntimeError(f"工作进程启动失败（退出码 {code}）")
        self._replace(worker)

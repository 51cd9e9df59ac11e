"""Worker processes that one bad file cannot take down: a watchdog and a pool that rebuilds itself.

multiprocessing.Pool cannot say which task killed a worker, and a task stuck in C code (a PDF library looping
on a crafted file) blocks its worker for ever. Here each worker gets its files over its own pipe, a group
running and a group queued behind it (so it never waits for a busy parent between two groups), and the parent
knows which file every worker is running and since when: the worker writes the file's number and the start of
its clock into a slot of shared memory (`_Slot`) before each step it runs. A task can be several steps (`task`
a tuple of functions): a worker takes up to `group` files waiting in its pipe and runs each step over all of
them before the next step (the steps' own data stays in the CPU's caches: a12-parse), then sends the group's
results in one message; a file's clock counts only the time its own steps ran, so the budget is per file as
with one step. A worker past the wall-time budget is killed; one that dies (out of memory under RLIMIT_AS, a
crash in a C library) is replaced. Either way the file it was running gets an error line naming the limit,
every other file it held and had not returned goes back to be sent again, in order, and the batch goes on.
Results come back in input order.

Workers are forked from a fork server (multiprocessing's "forkserver": a clean interpreter started for the batch
that imports the task's modules once, with the parent's sys.path) rather than each spawned as a fresh interpreter
that imports everything again: a worker is ready in the time its initializer takes. The server is told to stop when
the batch's workers are done and reaped (`reap`) once the batch's tail is, so that their CPU time is the parent's
RUSAGE_CHILDREN as a spawned worker's was. Where there is no fork server, workers are spawned.
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
from multiprocessing import forkserver, util
from multiprocessing.connection import Connection
from typing import Any

READY = "ready"
AHEAD = 1  # groups queued in a worker's pipe behind the one it runs
Steps = tuple[Callable[[Any], Any], ...]


class _Slot:
    """What a worker is running, in shared memory the parent reads: the file's number (-1: none) and the start of
    its clock (time.monotonic: the system's clock, shared by its processes). Written under a sequence number
    (odd while being written) so that the parent never pairs one file's number with another's clock."""

    __slots__ = ("array",)

    def __init__(self, array: Any):
        self.array = array  # RawArray("d", 3): sequence, file, clock start

    def mark(self, index: int, start: float) -> None:
        a = self.array
        a[0] += 1
        a[1] = index
        a[2] = start
        a[0] += 1

    def read(self) -> tuple[int, float] | None:
        """(file, clock start) of the file running, or None."""
        a = self.array
        for _ in range(1000):
            seq = a[0]
            index, start = a[1], a[2]
            if a[0] == seq and not int(seq) & 1:
                break
        # (else a worker killed while writing: what was read is all there is)
        return (int(index), start) if index >= 0 else None


def run_steps(steps: Steps, items: Sequence[Any], mark: Callable[[int, float], None] | None = None) -> list[Any]:
    """Each step over every item before the next step; `mark(k, clock start)` before item k's step runs, its
    clock counting only the time its own steps took."""
    states = list(items)
    spent = [0.0] * len(states)
    for step in steps:
        for k, state in enumerate(states):
            start = time.monotonic() - spent[k]
            if mark is not None:
                mark(k, start)
            states[k] = step(state)
            spent[k] = time.monotonic() - start
    return states


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    slot: _Slot
    ready: bool = False
    tasks: deque[tuple[int, Any]] = field(default_factory=deque)  # sent and not returned, in the order sent

    @property
    def idle(self) -> bool:
        return self.ready and not self.tasks


def _loop(conn: Connection, initializer: Callable[..., None], initargs: tuple, task: Callable[[Any], Any] | Steps,
          origins: tuple[tuple[str, str | None], ...] = (), slot: Any = None, group: int = 1) -> None:
    """A worker: set up once, say so, then take the items waiting in its pipe (at least one, at most `group`),
    run the task's steps over them and send their results in one message, until the parent closes the pipe.
    `origins`: the task's modules and their files in the parent; a worker forked from a server that imported
    another copy of them (another checkout first on its path) stops before it says it is ready."""
    for name, file in origins:
        if getattr(sys.modules.get(name), "__file__", None) != file:
            raise RuntimeError(f"worker: {name} is {getattr(sys.modules.get(name), '__file__', None)}, not {file}")
    initializer(*initargs)
    steps = task if isinstance(task, tuple) else (task,)
    running = _Slot(slot)
    conn.send(READY)
    while True:
        try:
            message = conn.recv()
            if message is None:
                return
            taken = [message]
            while len(taken) < group and conn.poll(0):
                message = conn.recv()
                if message is None:  # (the parent sends it only to an idle worker)
                    return
                taken.append(message)
        except EOFError:
            return
        indexes = [index for index, _ in taken]
        results = run_steps(steps, [item for _, item in taken],
                            lambda k, start, indexes=indexes: running.mark(indexes[k], start))
        running.mark(-1, 0.0)
        conn.send(list(zip(indexes, results, strict=True)))


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
_EXITING: list[int] = []  # fork servers told to stop and not yet reaped (`reap`)


def _forkserver_usable() -> bool:
    fs = forkserver._forkserver
    return "forkserver" in multiprocessing.get_all_start_methods() and hasattr(fs, "_stop") \
        and all(hasattr(fs, a) for a in ("_lock", "_forkserver_pid", "_forkserver_alive_fd", "_forkserver_address"))


def _server_stop() -> None:
    """(Under _SERVER_LOCK) tell the fork server to stop without waiting for it: multiprocessing's `_stop` but for
    its waitpid. The server's exit (an interpreter's shutdown, ≈ 30 ms) then runs on a core the batch's tail leaves
    idle instead of before it; `reap` collects it."""
    fs = forkserver._forkserver
    with fs._lock:
        if fs._forkserver_pid is None:
            return
        os.close(fs._forkserver_alive_fd)  # the server reads EOF and exits
        fs._forkserver_alive_fd = None
        _EXITING.append(fs._forkserver_pid)
        fs._forkserver_pid = None
        if not util.is_abstract_socket_namespace(fs._forkserver_address):
            os.unlink(fs._forkserver_address)
        fs._forkserver_address = None


def reap() -> None:
    """Wait for the fork servers told to stop: once reaped, their workers' CPU time is this process's
    RUSAGE_CHILDREN (what bench/batch.py and bench/mixed.py read). engine.batch.run calls it when its tail is done."""
    while _EXITING:
        pid = _EXITING.pop()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


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
    reap()  # (one told to stop by an earlier batch that did not get to reap it)
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


def enough_files(paths: Sequence[os.PathLike | str], at_least: int) -> bool:
    """Whether the paths hold at least `at_least` files, by a walk that stops there: a guess for starting the fork
    server before the files are listed (what is listed may be fewer: `stop_idle` then stops it), never for the
    batch's jobs."""
    seen = 0
    for path in paths:
        if not os.path.isdir(path):
            seen += 1
        else:
            for _, _, names in os.walk(path):
                seen += len(names)
                if seen >= at_least:
                    break
        if seen >= at_least:
            return True
    return False


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
    `workers_gone`); `reap` collects it, so that its workers' CPU time is counted as the parent's children's."""
    global _SERVER_USERS
    with _SERVER_LOCK:
        _SERVER_USERS -= 1
        if _SERVER_USERS == 0 and workers_gone:
            _server_stop()


class Supervisor:
    """`jobs` worker processes running `task` on items; `failed(item, why)` makes the result of an item whose
    worker was killed ("seconds") or died ("crash"). `task` is a function of an item, or a tuple of steps (the
    first takes the item, each next one what the one before returned, the last returns the result), run over
    groups of up to `group` items per worker (`run_steps`)."""

    def __init__(self, jobs: int, task: Callable[[Any], Any] | Steps, initializer: Callable[..., None],
                 initargs: tuple, failed: Callable[[Any, str], Any], seconds: float, window: int | None = None,
                 preload: Sequence[str] = (), group: int = 1):
        self.jobs, self.task, self.initializer, self.initargs = jobs, task, initializer, initargs
        self.failed, self.seconds = failed, seconds
        self.group = max(1, group)
        self.hold = self.group * (1 + AHEAD)  # items a worker holds: a group running, AHEAD groups queued
        # items in flight or finished but not yet yielded: bounds parent memory (room for every worker's items
        # and as many again finished out of order)
        self.window = window or jobs * max(4, 2 * self.hold)
        # how often the parent looks at the workers' slots: a worker moves on to its group's next file without a
        # message, and that file's clock may have started (earlier steps) before the deadline being waited for
        self.tick = max(0.02, min(1.0, seconds / 8))
        # a clean interpreter (no inherited durable host): spawned, or forked from a server that only imported
        self.method = "forkserver" if _forkserver_usable() else "spawn"
        self.ctx = multiprocessing.get_context(self.method)
        steps = task if isinstance(task, tuple) else (task,)
        modules = dict.fromkeys(f.__module__ for f in (initializer, *steps))
        self.origins = tuple((m, getattr(sys.modules.get(m), "__file__", None)) for m in modules)
        self.preload = tuple(preload)  # more modules the server imports for the workers
        self.workers: list[_Worker] = []
        self.restarts = 0
        self._lingering = False  # a killed worker not seen to exit
        # every worker's pipe and process sentinel, registered once (multiprocessing.connection.wait builds and
        # registers a new selector on every call: once per result)
        self._selector: selectors.BaseSelector | None = None
        self._started = False
        # `start(background=True)`: the thread starting the workers, and what stopped it (raised by `map`)
        self._starter: threading.Thread | None = None
        self._failure: BaseException | None = None

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        slot = self.ctx.RawArray("d", [0.0, -1.0, 0.0])
        process = self.ctx.Process(target=_loop, args=(child, self.initializer, self.initargs, self.task,
                                                       self.origins if self.method == "forkserver" else (),
                                                       slot, self.group),
                                   daemon=True)
        with _workers_ignore_ctrl_c():
            process.start()
        child.close()
        worker = _Worker(process, parent, _Slot(slot))
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

    def start(self, background: bool = False) -> None:
        """Start the workers (their initializer runs in them while the caller goes on: a batch's parent hashes its
        files meanwhile); `map` starts them if this was not called. With `background`, a thread starts them, so
        that the caller does not wait either for the fork server to finish its imports before it forks the first
        (a spawned worker is started here: Ctrl-C is ignored around it only from the main thread). A pool started
        and not mapped is stopped by `close`."""
        if self._started:
            return
        # as multiprocessing.connection.wait chooses: poll where there is one
        self._selector = selectors.PollSelector() if hasattr(selectors, "PollSelector") else selectors.SelectSelector()
        self.workers, self._lingering, self._failure = [], False, None
        if self.method == "forkserver":
            _server_acquire([*(m for m, _ in self.origins if m != "__main__"), *self.preload])
        self._started = True
        if background and self.method == "forkserver":
            self._starter = threading.Thread(target=self._start_all, name="workers-start", daemon=True)
            self._starter.start()
            return
        self._start_all()
        self._started_all()

    def _start_all(self) -> None:
        try:
            while len(self.workers) < self.jobs and self._started:
                self.workers.append(self._start())
        except BaseException as exc:  # raised in the caller's thread by _started_all
            self._failure = exc

    def _started_all(self) -> None:
        """Wait for the thread starting the workers, if any; what stopped it stops the pool and is raised."""
        if self._starter is not None:
            self._starter.join()
            self._starter = None
        if self._failure is not None:
            failure, self._failure = self._failure, None
            self.close()
            raise failure

    def close(self) -> None:
        """Stop the workers: idle ones exit, busy (or still starting) ones are killed; the fork server is released.
        (`map` does this when it ends, however it ends.)"""
        if not self._started:
            return
        self._started = False  # (a thread starting workers starts no more)
        if self._starter is not None:
            self._starter.join()
            self._starter = None
        self._failure = None
        for worker in self.workers:
            if worker.idle:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
        for worker in self.workers:
            if worker.idle:
                worker.process.join(2)
            self._kill(worker)
        if self._selector is not None:
            self._selector.close()
            self._selector = None
        if self.method == "forkserver":
            _server_release(not self._lingering and all(w.process.exitcode is not None for w in self.workers))

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        """(item, result) for every item, in the order given (the workers started by `start` earlier, or now)."""
        source = iter(items)
        todo: deque[tuple[int, Any]] = deque()  # taken from the source or sent back, not (yet again) sent
        done: dict[int, tuple[Any, Any]] = {}
        next_out = taken = 0
        exhausted = False
        try:
            self.start()
            self._started_all()
            while True:
                # every ready worker gets an item, then a second, ... up to what it holds, while the window allows
                # (a short batch still spreads over all workers)
                for depth in range(self.hold):
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
                        w.ready and len(w.tasks) < self.hold for w in self.workers):
                    continue  # a worker has room and there is work (results handed on freed the window)
                self._collect(done, todo)
        finally:  # done, Ctrl-C, SIGTERM or the consumer stopping: idle workers exit, busy ones are killed
            self.close()

    def _send(self, worker: _Worker, todo: deque[tuple[int, Any]], done: dict[int, tuple[Any, Any]]) -> None:
        task = todo.popleft()
        try:
            worker.conn.send(task)
        except OSError:  # it died a moment ago: this task waits for another, the one it was running failed
            todo.appendleft(task)
            while worker.tasks and worker.conn.poll() and self._receive(worker, done):
                pass  # results it sent before dying still count
            self._died(worker, done, todo)
            return
        worker.tasks.append(task)

    def _requeue(self, worker: _Worker, todo: deque[tuple[int, Any]]) -> None:
        """The worker's other tasks (not returned: queued, or done in part by the group's steps) go back to be
        sent first, in order; the worker is replaced."""
        if worker.tasks:
            todo.extend(worker.tasks)
            ordered = sorted(todo, key=lambda t: t[0])
            todo.clear()
            todo.extend(ordered)
            worker.tasks.clear()
        self._replace(worker)

    def _blame(self, worker: _Worker, why: str, done: dict[int, tuple[Any, Any]], todo: deque[tuple[int, Any]],
               fallback: bool) -> bool:
        """The task the worker's slot names fails with `why` (with `fallback`, the first task it holds when its
        slot names none: it died between two files, sending or receiving), the others are sent again, the
        worker is replaced. False (nothing done) when there is no task to blame."""
        running = worker.slot.read()
        blamed = None
        if running is not None:
            blamed = next((t for t in worker.tasks if t[0] == running[0]), None)
        if blamed is None and fallback and worker.tasks:
            blamed = worker.tasks[0]
        if blamed is None:
            return False
        worker.tasks.remove(blamed)
        index, item = blamed
        done[index] = (item, self.failed(item, why))
        self._requeue(worker, todo)
        return True

    def _over(self, worker: _Worker, now: float) -> bool:
        """The worker runs one of its tasks past the budget."""
        running = worker.slot.read()
        return running is not None and now - running[1] > self.seconds and \
            any(t[0] == running[0] for t in worker.tasks)

    def _collect(self, done: dict[int, tuple[Any, Any]], todo: deque[tuple[int, Any]]) -> None:
        """Wait for results, a death or a deadline; record what happened."""
        timeout = None
        now = time.monotonic()
        for worker in self.workers:
            if worker.tasks:  # its running file's deadline, and a look at the slots every tick
                running = worker.slot.read()
                timeout = min(self.tick if timeout is None else timeout,
                              self.tick if running is None else max(0.0, running[1] + self.seconds - now))
        assert self._selector is not None
        for key, _ in self._selector.select(timeout):
            handle, worker = key.fileobj, key.data
            if worker not in self.workers:  # replaced earlier in this round
                continue
            if handle is worker.conn or worker.conn.poll():  # results sent just before exiting are still read
                if not self._receive(worker, done):
                    self._died(worker, done, todo)
                continue
            self._died(worker, done, todo)
        now = time.monotonic()
        for worker in list(self.workers):
            if not self._over(worker, now):
                continue
            # results that came in since the wait are read first: their files were done in time
            while worker.tasks and worker.conn.poll():
                if not self._receive(worker, done):
                    break
            if self._over(worker, now):
                self._blame(worker, "seconds", done, todo, fallback=False)

    def _receive(self, worker: _Worker, done: dict[int, tuple[Any, Any]]) -> bool:
        """Read one message from the worker (False: its pipe is closed): READY, or a group's results, which end
        those tasks."""
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            return False
        if message == READY:
            worker.ready = True
            return True
        for index, result in message:  # a worker answers its tasks in the order they were sent
            sent, item = worker.tasks.popleft()
            assert sent == index, (sent, index)
            done[index] = (item, result)
        return True

    def _died(self, worker: _Worker, done: dict[int, tuple[Any, Any]], todo: deque[tuple[int, Any]]) -> None:
        worker.process.join(1)
        if self._blame(worker, "crash", done, todo, fallback=True):
            return
        if not worker.ready:
            code = worker.process.exitcode
            raise RuntimeError(f"工作进程启动失败（退出码 {code}）")
        self._requeue(worker, todo)

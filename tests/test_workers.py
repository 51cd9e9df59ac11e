"""The supervised worker pool: a file stuck past the wall-time budget or one that kills its worker becomes that
file's error, the worker is replaced, every other file is still done, in order; memory is capped per worker."""

from __future__ import annotations

import signal

import hostile_files as H

from engine.workers import Supervisor


def _failed(item, why):
    return f"{item}: {why}"


def test_stuck_and_dying_workers_are_replaced_and_nothing_else_is_lost():
    items = ["a", "hang", "b", "die", "c", "d", "die", "e"]
    pool = Supervisor(2, H.worker_task, H.worker_setup, (1024,), _failed, seconds=3)
    out = list(pool.map(items))
    assert out == [("a", "A"), ("hang", "hang: seconds"), ("b", "B"), ("die", "die: crash"), ("c", "C"),
                   ("d", "D"), ("die", "die: crash"), ("e", "E")]
    assert pool.restarts == 3  # one per stuck or dead worker
    assert all(not w.process.is_alive() for w in pool.workers)  # none left running after the batch


def test_worker_memory_is_capped():
    """Under RLIMIT_AS a runaway allocation fails in the worker (MemoryError) instead of taking the machine."""
    pool = Supervisor(1, H.worker_task, H.worker_setup, (512,), _failed, seconds=120)
    assert list(pool.map(["hog", "x"])) == [("hog", "MemoryError"), ("x", "X")]


def test_stopping_early_kills_the_workers():
    pool = Supervisor(2, H.worker_task, H.worker_setup, (1024,), _failed, seconds=600)
    stream = pool.map(["a", "hang", "hang", "b"])
    assert next(stream) == ("a", "A")
    stream.close()  # Ctrl-C or SIGTERM in the parent: GeneratorExit reaches the pool
    for worker in pool.workers:
        assert not worker.process.is_alive()
        assert worker.process.exitcode in (-signal.SIGKILL, 0)


def test_more_items_than_the_window_all_come_back_in_order():
    """bench/fuzz.py once hung here: the window filled, the results were handed on, and the parent then waited
    for workers that had nothing to do."""
    items = ["slow", *(f"i{k}" for k in range(10)), "slow", *(f"j{k}" for k in range(10))]
    pool = Supervisor(2, H.worker_task, H.worker_setup, (1024,), _failed, seconds=600, window=4)
    assert list(pool.map(items)) == [(i, i.upper()) for i in items]


def test_a_dying_worker_fails_only_its_running_task_and_its_queued_one_is_sent_again():
    """One worker: "die" runs with "x" queued behind it in the pipe. The death fails "die" alone; "x" goes back to
    the queue and the fresh worker does it. A death while running the queued task fails that one only."""
    pool = Supervisor(1, H.worker_task, H.worker_setup, (1024,), _failed, seconds=120)
    assert list(pool.map(["die", "x", "y"])) == [("die", "die: crash"), ("x", "X"), ("y", "Y")]
    assert pool.restarts == 1
    pool = Supervisor(1, H.worker_task, H.worker_setup, (1024,), _failed, seconds=120)
    assert list(pool.map(["a", "die", "b"])) == [("a", "A"), ("die", "die: crash"), ("b", "B")]
    assert pool.restarts == 1


def test_a_killed_worker_fails_only_its_stuck_task_and_its_queued_one_is_sent_again():
    pool = Supervisor(1, H.worker_task, H.worker_setup, (1024,), _failed, seconds=2)
    assert list(pool.map(["hang", "x", "y"])) == [("hang", "hang: seconds"), ("x", "X"), ("y", "Y")]
    assert pool.restarts == 1


def test_a_queued_task_s_clock_starts_when_the_task_before_it_ends():
    """Each "slow" takes a second, the budget is 1.6: a queued "slow" sent at once is 2 s past its sending when it
    ends, but only 1 s past the end of the one before it, when it started. None is over budget."""
    pool = Supervisor(1, H.worker_task, H.worker_setup, (1024,), _failed, seconds=1.6)
    assert list(pool.map(["slow", "slow", "slow"])) == [("slow", "SLOW")] * 3
    assert pool.restarts == 0


def test_each_worker_has_a_task_queued_behind_the_one_it_runs():
    """So that a worker goes on to its next file while the parent is busy (writing the store) instead of waiting."""
    pool = Supervisor(1, H.worker_task, H.worker_setup, (1024,), _failed, seconds=120)
    stream = pool.map(["a", "b", "c", "d"])
    assert next(stream) == ("a", "A")
    assert [item for _, item in pool.workers[0].tasks] == ["b", "c"]
    assert list(stream) == [("b", "B"), ("c", "C"), ("d", "D")]


class _DiesBeforeItsQueuedTask(Supervisor):
    """The worker is killed just before the parent queues a task behind its running one: the send fails."""

    killed = False

    def _send(self, worker, todo, done):
        if worker.tasks and not self.killed:
            worker.process.kill()
            worker.process.join()
            self.killed = True
        super()._send(worker, todo, done)


def test_a_worker_found_dead_while_queueing_fails_its_running_task_only():
    pool = _DiesBeforeItsQueuedTask(1, H.worker_task, H.worker_setup, (1024,), _failed, seconds=120)
    assert list(pool.map(["slow", "x", "y"])) == [("slow", "slow: crash"), ("x", "X"), ("y", "Y")]
    assert pool.killed and pool.restarts == 1


def _burn(item):
    """About `item` seconds of CPU in the worker."""
    import time
    end = time.process_time() + item
    while time.process_time() < end:
        pass
    return item


def _nothing():
    return None


def test_the_workers_cpu_is_counted_as_the_parent_s_children_once_the_batch_ends():
    """Workers forked from a fork server are its children, not the parent's: the server is stopped (and reaped)
    when the batch ends, so RUSAGE_CHILDREN — what bench/batch.py and bench/mixed.py read — holds their CPU time
    as it did when each worker was spawned by the parent (a8-worker)."""
    import resource

    from engine import workers

    def children() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    before = children()
    pool = Supervisor(1, _burn, _nothing, (), _failed, seconds=120)
    assert list(pool.map([0.4, 0.4])) == [(0.4, 0.4), (0.4, 0.4)]
    assert children() - before >= 0.75
    if pool.method == "forkserver":
        assert workers.forkserver._forkserver._forkserver_pid is None  # stopped with the batch


def test_workers_run_the_parent_s_copy_of_the_task_s_module_whatever_the_current_folder(tmp_path, monkeypatch):
    """A fork server started by `python -c` would put the current folder first on its path: with another copy of
    the task's module there, workers would run that copy. The server gets the parent's path instead (a8-worker)."""
    import importlib
    import sys

    for name in ("mine", "other"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "twin_task.py").write_text(
            f"def task(item):\n    return '{name}:' + item\n\n\ndef setup():\n    return None\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "mine"))
    monkeypatch.chdir(tmp_path / "other")
    sys.modules.pop("twin_task", None)
    twin = importlib.import_module("twin_task")
    try:
        pool = Supervisor(1, twin.task, twin.setup, (), _failed, seconds=120)
        assert list(pool.map(["a", "b"])) == [("a", "mine:a"), ("b", "mine:b")]
    finally:
        sys.modules.pop("twin_task", None)


def _imported(name):
    import sys
    return name in sys.modules


def test_the_fork_server_imports_the_modules_asked_for_its_workers():
    """`preload`: modules the workers need that the parent does not import (the parser, for engine.batch), imported
    once by the fork server instead of by every worker (a8-worker)."""
    pool = Supervisor(1, _imported, _nothing, (), _failed, seconds=120, preload=("colorsys",))
    assert list(pool.map(["colorsys", "tabnanny"])) == [("colorsys", pool.method == "forkserver"),
                                                       ("tabnanny", False)]


def test_a_fork_server_started_ahead_and_not_used_is_stopped():
    """`prestart` (xxgk score and engine.batch.run start the server while they hash and compile) and `stop_idle`
    when no batch came (every file reused from the store): nothing is left running (a8-worker)."""
    from engine import workers

    workers.prestart([__name__])
    if workers._forkserver_usable():
        assert workers.forkserver._forkserver._forkserver_pid is not None
    workers.stop_idle()
    assert workers.forkserver._forkserver._forkserver_pid is None


class _CannotKill(Supervisor):
    """A worker that SIGKILL does not end at once (a process in uninterruptible sleep): `kill` does nothing."""

    spared = None

    def _kill(self, worker):
        if self.spared is None and worker.process.is_alive():
            self.spared = worker.process
            worker.process.kill = lambda: None
        super()._kill(worker)


def test_a_batch_whose_worker_outlives_its_kill_does_not_wait_for_the_fork_server():
    """Stopping the fork server waits until every worker forked from it has exited: with a worker killed at the
    deadline still alive after its kill (replaced, the batch went on), the batch ends without stopping the server
    (it exits with that worker) instead of hanging (a8-worker)."""
    from engine import workers

    pool = _CannotKill(1, H.worker_task, H.worker_setup, (1024,), _failed, seconds=1)
    try:
        assert list(pool.map(["hang", "b"])) == [("hang", "hang: seconds"), ("b", "B")]
        if pool.method == "forkserver":
            assert workers.forkserver._forkserver._forkserver_pid is not None
    finally:
        pool.spared._popen.kill()
        pool.spared.join(5)
        workers.stop_idle()
    assert workers.forkserver._forkserver._forkserver_pid is None

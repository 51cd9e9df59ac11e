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

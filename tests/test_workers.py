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
    """Workers forked from a fork server are its children, not the parent's: the server is told to stop when the
    pool closes and reaped by `reap` (engine.batch.run's last step), so RUSAGE_CHILDREN — what bench/batch.py and
    bench/mixed.py read — holds their CPU time as it did when each worker was spawned by the parent (a8-worker)."""
    import resource

    from engine import workers

    def children() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    before = children()
    pool = Supervisor(1, _burn, _nothing, (), _failed, seconds=120)
    assert list(pool.map([0.4, 0.4])) == [(0.4, 0.4), (0.4, 0.4)]
    if pool.method == "forkserver":
        assert workers.forkserver._forkserver._forkserver_pid is None  # told to stop with the pool
        assert workers._EXITING  # and not waited for yet
    workers.reap()
    assert not workers._EXITING
    assert children() - before >= 0.75


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


def test_enough_files_stops_counting_at_what_it_asks_for(tmp_path):
    from engine.workers import enough_files

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "more.txt").write_text("x", encoding="utf-8")
    assert enough_files([tmp_path], 4) and not enough_files([tmp_path], 5)
    assert enough_files([tmp_path / "0.txt", tmp_path / "1.txt"], 2) and not enough_files([tmp_path / "0.txt"], 2)
    assert not enough_files([], 1)


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


# --- the phased worker (a13-phased): a task in steps, run over a group of items a step at a time ------------------

_TRACE: list[tuple[int, str]] = []  # (step, item) in the order a worker ran them


def _step(n: int, state: str) -> str:
    """Step `n` of an item: "<what>@<n>" misbehaves in step n — hang, die (SIGKILL itself), exit (os._exit in the
    middle of the step), slow (0.6 s), nap (0.25 s) — and runs like any other item in the other steps."""
    import os
    import time
    _TRACE.append((n, state))
    what, _, step = state.partition("@")
    if what == "nap":
        time.sleep(0.25)
    if step != str(n) and step != "*":
        return state
    if what == "hang":
        while True:
            time.sleep(1)
    if what == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if what == "exit":
        os._exit(3)
    if what == "slow":
        time.sleep(0.6)
    return state


def _first(item):
    return _step(1, item)


def _second(state):
    return _step(2, state)


def _third(state):
    return _step(3, state).upper()


def _traced(state):
    """A last step that returns what this worker ran so far."""
    return list(_TRACE)


STEPS = (_first, _second, _third)


def _phased(items, group=8, seconds=120.0, jobs=1, window=None, steps=STEPS):
    pool = Supervisor(jobs, steps, _nothing, (), _failed, seconds=seconds, window=window, group=group)
    return pool, list(pool.map(items))


def _expected(items, bad):
    return [(i, f"{i}: {bad[i]}" if i in bad else i.upper()) for i in items]


def test_a_group_runs_each_step_over_all_its_items_before_the_next_step():
    """The worker's trace is blocks of step 1 over k items then step 2 over the same k (k ≤ the group); the first
    item naps, so that the next group's items are all waiting in the pipe when the worker takes them."""
    items = ["nap@-", *(f"i{k}" for k in range(11))]
    pool = Supervisor(1, (_first, _second, _traced), _nothing, (), _failed, seconds=120, group=4)
    out = list(pool.map(items))
    trace = out[-1][1]
    blocks, k = [], 0
    while k < len(trace):
        n = next((j for j in range(k, len(trace)) if trace[j][0] == 2), len(trace)) - k
        assert trace[k:k + n] == [(1, i) for i in items[sum(blocks):][:n]]
        assert trace[k + n:k + 2 * n] == [(2, i) for _, i in trace[k:k + n]]
        blocks.append(n)
        k += 2 * n
    assert sum(blocks) == len(items) and max(blocks) == 4 and all(1 <= b <= 4 for b in blocks)


def test_a_file_that_hangs_in_any_step_at_any_place_in_its_group_fails_alone():
    for step in (1, 2, 3):
        for place in (0, 3, 7):
            items = [f"f{k}" for k in range(12)]
            items[place] = f"hang@{step}"
            pool, out = _phased(items, seconds=1.5)
            assert out == _expected(items, {f"hang@{step}": "seconds"}), (step, place)
            assert pool.restarts == 1


def test_a_file_that_kills_its_worker_in_any_step_at_any_place_in_its_group_fails_alone():
    for what in ("die", "exit"):
        for step, place in ((1, 0), (2, 5), (3, 7), (1, 6), (3, 2)):
            items = [f"f{k}" for k in range(11)]
            items[place] = f"{what}@{step}"
            pool, out = _phased(items)
            assert out == _expected(items, {f"{what}@{step}": "crash"}), (what, step, place)
            assert pool.restarts == 1


def test_several_bad_files_on_two_workers_each_fail_alone_and_the_rest_come_back_in_order():
    items = [f"f{k}" for k in range(40)]
    for place, bad in ((2, "hang@2"), (9, "die@3"), (17, "exit@1"), (18, "hang@1"), (30, "die@1"), (39, "hang@3")):
        items[place] = bad
    pool, out = _phased(items, seconds=1.5, jobs=2, group=4)
    assert out == _expected(items, {b: "seconds" if b.startswith("hang") else "crash" for b in items if "@" in b})
    assert pool.restarts == 6
    assert all(not w.process.is_alive() for w in pool.workers)


def test_the_budget_is_per_file_the_sum_of_its_own_steps():
    """"slow@*" sleeps 0.6 s in each of its three steps: 1.8 s in all, over a budget of 1.5 s though no step is.
    Eight "nap@-" (0.25 s a step, 0.75 s in all) in one group take 6 s together and none is over."""
    items = ["a", "slow@*", "b"]
    pool, out = _phased(items, seconds=1.5)
    assert out == _expected(items, {"slow@*": "seconds"}) and pool.restarts == 1
    items = ["nap@-"] * 8
    pool, out = _phased(items, seconds=1.5)
    assert out == _expected(items, {}) and pool.restarts == 0


def test_a_group_cut_short_by_the_end_of_the_input():
    for n in (1, 3, 8, 11, 17):
        items = [f"i{k}" for k in range(n)]
        assert _phased(items)[1] == _expected(items, {})
    items = ["a", "b", "die@2"]  # the last, short group holds the crash
    assert _phased(items)[1] == _expected(items, {"die@2": "crash"})


def test_the_files_a_killed_worker_held_are_sent_again_in_order_and_done_once_each():
    """One worker holds two groups (16 items): the hang in the first group's second step is killed; the 15 others
    (the first group's, done in part, and the queued group) go to the fresh worker, in order."""
    items = [f"f{k}" for k in range(20)]
    items[4] = "hang@2"
    pool = Supervisor(1, STEPS, _nothing, (), _failed, seconds=1.5, group=8)
    stream = pool.map(items)
    first = next(stream)
    held = [item for _, item in pool.workers[0].tasks]
    assert first == ("f0", "F0") and len(held) <= 16
    rest = list(stream)
    assert [first, *rest] == _expected(items, {"hang@2": "seconds"}) and pool.restarts == 1


def test_the_window_bounds_what_is_taken_ahead_of_what_is_handed_on():
    taken = []

    def source():
        for k in range(60):
            taken.append(k)
            yield f"nap@-{k}" if k % 13 == 0 else f"i{k}"

    pool = Supervisor(2, STEPS, _nothing, (), _failed, seconds=120, window=10, group=4)
    out = []
    for n, pair in enumerate(pool.map(source())):
        assert len(taken) - n <= 10  # items taken and not yet handed on
        out.append(pair)
    assert [i for i, _ in out] == [f"nap@-{k}" if k % 13 == 0 else f"i{k}" for k in range(60)]


def test_grouped_and_ungrouped_give_the_same_results():
    items = [f"x{k}" for k in range(25)] + ["die@2"] + [f"y{k}" for k in range(7)]
    results = [_phased(items, group=g)[1] for g in (1, 4, 8, 16)]
    single = Supervisor(1, H.worker_task, H.worker_setup, (1024,), _failed, seconds=120)
    assert results[0] == results[1] == results[2] == results[3] == _expected(items, {"die@2": "crash"})
    assert list(single.map(["a", "b"])) == [("a", "A"), ("b", "B")]  # a plain task is one step, one file at a time


def test_the_worker_s_slot_never_pairs_a_file_with_another_s_clock():
    from multiprocessing import RawArray

    from engine.workers import _Slot, run_steps
    slot = _Slot(RawArray("d", [0.0, -1.0, 0.0]))
    assert slot.read() is None
    slot.mark(5, 123.5)
    assert slot.read() == (5, 123.5)
    slot.array[0] += 1  # a write begun and never ended (a worker killed in the middle): what is there is read
    assert slot.read() == (5, 123.5)
    marks = []
    assert run_steps((str.upper, str.lower), ["Ab", "Cd"], lambda k, start: marks.append(k)) == ["ab", "cd"]
    assert marks == [0, 1, 0, 1]


# --- workers started ahead of the map (a17-start): set up while the parent hashes its files ------------------------

def _setup_mark(folder: str) -> None:
    import os
    from pathlib import Path
    Path(folder, f"ready-{os.getpid()}").write_text("", encoding="utf-8")


def _pid(item):
    import os
    return os.getpid()


def _wait_for(check, seconds: float = 30.0) -> bool:
    import time
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return check()


def test_workers_started_ahead_set_up_before_the_map_and_are_the_ones_it_uses(tmp_path):
    """`start(background=True)` returns at once; the workers run their initializer while the caller does other
    work, and `map` hands the items to those same processes (none started again)."""
    pool = Supervisor(2, _pid, _setup_mark, (str(tmp_path),), _failed, seconds=120)
    try:
        pool.start(background=True)
        assert _wait_for(lambda: len(list(tmp_path.glob("ready-*"))) == 2)  # set up, and no item sent yet
        set_up = {int(p.name.split("-")[1]) for p in tmp_path.glob("ready-*")}
        out = list(pool.map(range(12)))
        assert [i for i, _ in out] == list(range(12))
        assert {pid for _, pid in out} <= set_up and pool.restarts == 0
        assert len(list(tmp_path.glob("ready-*"))) == 2
    finally:
        pool.close()
    assert all(not w.process.is_alive() for w in pool.workers)


def test_a_pool_started_ahead_and_never_mapped_is_stopped_by_close(tmp_path):
    """An identical run reused, or a usage error: the workers started ahead are stopped, set up or not, and the
    fork server with them; closing twice is harmless."""
    from engine import workers

    pool = Supervisor(2, _pid, _setup_mark, (str(tmp_path),), _failed, seconds=120)
    pool.start(background=True)
    pool.close()
    pool.close()
    assert pool.workers and all(not w.process.is_alive() for w in pool.workers)  # (closing stops the starting)
    if pool.method == "forkserver":
        assert workers.forkserver._forkserver._forkserver_pid is None


class _CannotStart(Supervisor):
    def _start(self):
        if self.workers:
            raise RuntimeError("no more processes")
        return super()._start()


def test_a_failure_while_starting_in_the_background_is_raised_by_map_and_stops_the_pool(tmp_path):
    pool = _CannotStart(2, _pid, _setup_mark, (str(tmp_path),), _failed, seconds=120)
    pool.start(background=True)
    try:
        list(pool.map(["a"]))
    except RuntimeError as exc:
        assert "no more processes" in str(exc)
    else:
        raise AssertionError("the starting thread's failure was not raised")
    assert len(pool.workers) == 1 and not pool.workers[0].process.is_alive()

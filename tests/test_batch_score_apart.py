"""A large batch's cards scored in two processes (batch._score_all: the parent and a forked copy) are the cards one
process scores, in the same order; a copy that fails is made up for, one left behind by Ctrl-C is killed (a14-scale)."""

from __future__ import annotations

import json
import os
import signal
import time
from datetime import date
from pathlib import Path

import pytest

from engine import batch
from engine.batch import Engine, run

ROOT = Path(__file__).resolve().parents[1]
ENGINE = Engine.load()
TODAY = date(2026, 12, 1)


def ordered_json(result) -> list[str]:
    return [json.dumps(c.to_json(), ensure_ascii=False, sort_keys=True) for c in result.cards]


@pytest.fixture(scope="module")
def alone():
    """The reports' cards scored in one process (SCORE_APART as shipped: 24 documents are far below it)."""
    assert batch.SCORE_APART > 100
    return ordered_json(run(ENGINE, [ROOT / "reports"], today=TODAY, jobs=2))


def _forks(monkeypatch) -> list[int]:
    pids: list[int] = []
    real = os.fork

    def fork():
        pid = real()
        if pid:
            pids.append(pid)
        return pid

    monkeypatch.setattr(batch.os, "fork", fork)
    return pids


def test_two_processes_same_cards_same_order(monkeypatch, alone):
    monkeypatch.setattr(batch, "SCORE_APART", 2)
    pids = _forks(monkeypatch)
    apart = ordered_json(run(ENGINE, [ROOT / "reports"], today=TODAY, jobs=2))
    assert len(pids) == 1  # scored apart indeed
    assert apart == alone and len(apart) == 24


def test_one_job_never_forks(monkeypatch, alone):
    monkeypatch.setattr(batch, "SCORE_APART", 2)
    pids = _forks(monkeypatch)
    assert ordered_json(run(ENGINE, [ROOT / "reports"], today=TODAY, jobs=1)) == alone
    assert pids == []


def test_halves_split_the_groups_once(monkeypatch):
    result = run(ENGINE, [ROOT / "reports"], today=TODAY, jobs=1)
    briefs = result.kept.briefs
    whole = list(batch._brief_groups(briefs))
    for half in (1, 5, len(briefs) // 2, len(briefs) - 1, len(briefs)):
        first, second = list(batch._halves(briefs, half, True)), list(batch._halves(briefs, half, False))
        assert first + second == whole
        assert sum(len(m) for _, m in first) >= min(half, len(briefs))
        assert sum(len(m) for _, m in first[:-1]) < half


def test_a_failed_copy_is_made_up_for(monkeypatch, alone):
    monkeypatch.setattr(batch, "SCORE_APART", 2)
    parent = os.getpid()
    real = batch._score_groups

    def failing_in_the_copy(*args):
        if os.getpid() != parent:
            raise RuntimeError("the copy breaks")
        return real(*args)

    monkeypatch.setattr(batch, "_score_groups", failing_in_the_copy)
    assert ordered_json(run(ENGINE, [ROOT / "reports"], today=TODAY, jobs=2)) == alone


def test_ctrl_c_kills_the_copy(monkeypatch):
    monkeypatch.setattr(batch, "SCORE_APART", 2)
    pids = _forks(monkeypatch)
    parent = os.getpid()

    def slow_copy_and_a_stopped_parent(*args):
        if os.getpid() != parent:
            time.sleep(30)  # the copy would run on for half a minute, then exit 0
            os._exit(0)
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "_score_groups", slow_copy_and_a_stopped_parent)
    statuses: dict[int, int] = {}
    real_wait = os.waitpid

    def waitpid(pid, options):
        got, status = real_wait(pid, options)
        statuses[got] = status
        return got, status

    monkeypatch.setattr(batch.os, "waitpid", waitpid)
    with pytest.raises(KeyboardInterrupt):
        run(ENGINE, [ROOT / "reports"], today=TODAY, jobs=2)
    assert len(pids) == 1
    with pytest.raises(ChildProcessError):  # killed and reaped: no such child any more
        real_wait(pids[0], os.WNOHANG)
    status = statuses[pids[0]]  # killed, not waited for until it finished (it would exit 0 after its sleep)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL

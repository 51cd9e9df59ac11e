"""The parent's serial tail (issue 17, a18-tail): a batch's cards are read back from disk once when every card is
held in memory anyway (every format but json), and the cards are the same either way."""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from engine import batch, cli
from engine.batch import Engine, run
from engine.store import Store

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load()


def _card_json(cards) -> list[str]:
    return [json.dumps(c.to_json(), ensure_ascii=False, sort_keys=True) for c in cards]


def _count_reads(monkeypatch) -> list[int]:
    reads = [0]
    real = batch._changed

    def counted(card, change):
        reads[0] += 1
        return real(card, change)
    monkeypatch.setattr(batch, "_changed", counted)
    return reads


def test_cards_whole_are_the_spilled_cards_read_once(engine, monkeypatch, tmp_path):
    spilled = run(engine, [REPORTS], today=TODAY, store=Store(f"sqlite:///{tmp_path / 'a.db'}"))
    reads = _count_reads(monkeypatch)
    whole = run(engine, [REPORTS], today=TODAY, store=Store(f"sqlite:///{tmp_path / 'b.db'}"), cards_whole=True)
    assert isinstance(whole.cards, list) and len(whole.cards) == len(spilled.cards) > 5
    assert reads[0] == len(whole.cards)  # the store's rows and the caller share one read
    assert _card_json(whole.cards) == _card_json(spilled.cards)
    # the store holds the same cards as a spilled run writes
    rows = []
    for name in ("a.db", "b.db"):
        with sqlite3.connect(tmp_path / name) as conn:
            rows.append(conn.execute("SELECT agency, period, score, payload, deductions, change, previous_period "
                                     "FROM scorecards ORDER BY rowid").fetchall())
    assert rows[0] == rows[1] and len(rows[0]) == len(whole.cards)


def test_cards_stay_spilled_by_default(engine, tmp_path):
    result = run(engine, [REPORTS], today=TODAY, store=Store(f"sqlite:///{tmp_path / 'c.db'}"))
    assert not isinstance(result.cards, list)


# json: 3 (4 before a27-tail: the store's rows are now made from each card's parts, written as it was scored)
@pytest.mark.parametrize("fmt, reads_per_card", [("csv", 1), ("md", 1), ("json", 3)])
def test_cli_reads_each_card_back_once_but_for_json(fmt, reads_per_card, monkeypatch, tmp_path, capsys):
    reads = _count_reads(monkeypatch)
    code = cli.main(["score", str(REPORTS), "--store", str(tmp_path / "s.db"), "--jobs", "1", "--format", fmt,
                     "--out", str(tmp_path / "out"), "--today", "2026-12-01"])
    assert code == 0
    with sqlite3.connect(tmp_path / "s.db") as conn:
        cards = conn.execute("SELECT count(*) FROM scorecards").fetchone()[0]
    assert cards > 5
    assert reads[0] == reads_per_card * cards  # json streams: each read as it is used (as before)
    assert "份评分结果" in capsys.readouterr().err


@pytest.mark.parametrize("whole", [False, True])
def test_cards_held_whole_are_never_spilled(engine, monkeypatch, whole):
    """With cards_whole (one scoring process) the cards go to a list, not pickled to disk and read back."""
    spilled = []
    real = batch.Records.add

    def add(self, item):
        if isinstance(item, batch.Scorecard):
            spilled.append(item)
        return real(self, item)
    monkeypatch.setattr(batch.Records, "add", add)
    result = run(engine, [REPORTS], today=TODAY, cards_whole=whole)
    assert isinstance(result.cards, list) == whole
    assert (len(spilled) == 0) == whole and len(result.cards) > 5


def test_cards_held_whole_score_apart_is_the_same(engine, monkeypatch):
    """A batch scored by two processes (its cards spilled by the copy) and held whole: the one-process cards."""
    one = _card_json(run(engine, [REPORTS], today=TODAY, jobs=1, cards_whole=True).cards)
    monkeypatch.setattr(batch, "SCORE_APART", 2)
    two = run(engine, [REPORTS], today=TODAY, jobs=2, cards_whole=True)
    assert isinstance(two.cards, list)
    assert _card_json(two.cards) == one

"""The batch keeps its documents and cards on disk (engine.spill): what it reads back is what it scored, the
cross-year facts included, and the JSON written a card at a time is the whole-text render byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.batch import Engine, run
from engine.render import render
from engine.render.json_out import pieces
from engine.spill import Records, Sketches, Spilled

ROOT = Path(__file__).resolve().parents[1]
ENGINE = Engine.load()


def test_records_read_back_and_replace():
    records = Records()
    assert [records.add({"n": i}) for i in range(3)] == [0, 1, 2]
    records.replace(1, ["changed"])
    assert [records[i] for i in range(3)] == [{"n": 0}, ["changed"], {"n": 2}] and len(records) == 3
    sketches = Sketches()
    sketches.add_bytes(b"")
    sketches.replace(0, [7, 3_000_000_000])
    assert list(sketches[0]) == [7, 3_000_000_000] and sketches.size(0) == 2


def test_spilled_is_a_read_only_sequence():
    reads: list[int] = []
    seq = Spilled(4, lambda i: reads.append(i) or i * 10)
    assert len(seq) == 4 and seq[-1] == 30 and seq[1:3] == [10, 20] and list(seq) == [0, 10, 20, 30]
    with pytest.raises(IndexError):
        seq[4]
    assert reads == [3, 1, 2, 0, 1, 2, 3]  # nothing is kept: every use reads again


def test_a_batchs_cards_and_evaluations_read_back_with_the_cross_year_facts(tmp_path):
    text = (ROOT / "reports" / "15-minghu-city-2022-clean.txt").read_text(encoding="utf-8")
    (tmp_path / "2022.txt").write_text(text, encoding="utf-8")
    copied = text.replace("2023-03-20", "2024-03-20").replace("2023年3月20日", "2024年3月20日").replace("2022", "2023")
    (tmp_path / "2023.txt").write_text(copied, encoding="utf-8")
    result = run(ENGINE, [tmp_path])
    assert isinstance(result.cards, Spilled) and len(result.cards) == 2
    this = next(ev for ev in result.evaluations if ev.report.source.endswith("2023.txt"))
    assert this.facts["history.previous_period"].value == "2022" and this.facts["history.text_resemblance"].value > 0.9
    card = next(c for c in result.cards if c.period == "2023")
    assert {"common.history.figures_unchanged", "common.history.text_repeated"} <= {f.rule for f in card.findings}
    assert card.previous_period == "2022" and card.change is not None
    assert result.statuses() == ["ok", "ok"]


def test_json_a_card_at_a_time_is_the_whole_render():
    cards = run(ENGINE, [ROOT / "reports"]).cards
    assert "".join(pieces(cards)) == render(cards, "json")
    assert len(json.loads("".join(pieces(cards)))) == 24
    assert "".join(pieces([])) == render([], "json") == "[]\n"

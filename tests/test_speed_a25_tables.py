"""Speed edits of issue 17 in the parse's tables and sections (branch a25-tables): each cheaper form finds exactly
what the form it replaces found, on generated texts and on the reports of reports/ and bench/synth.py."""

from __future__ import annotations

from pathlib import Path

import pytest
import synth

from engine.ingest import load, normalise
from engine.parse import tables

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [load(p).text for p in sorted((ROOT / "reports").glob("*.txt"))]
SYNTH = [normalise(text) for _, text in synth.generate(60, seed=25)]

@pytest.mark.parametrize("text", REPORTS + SYNTH)
def test_which_tables_were_read_is_told_by_their_facts(text):
    """read_tables tells whether it read 表二, 表三 and 表四 without a pass over the cell facts: as their names say."""
    read = tables.read_tables(text).facts
    has = {name.partition(".")[0] for name in read}
    assert read["tables.proactive"].value == ("table2" in has or "第二十条第(一)项" in text)
    assert read["tables.requests"].value == ("table3" in has)
    assert read["tables.appeals"].value == ("table4" in has)

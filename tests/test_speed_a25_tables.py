"""Speed edits of issue 17 in the parse's tables and sections (branch a25-tables): each cheaper form finds exactly
what the form it replaces found, on generated texts and on the reports of reports/ and bench/synth.py."""

from __future__ import annotations

from pathlib import Path

import pytest
import synth
from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.ingest import load, normalise
from engine.parse import sections, tables

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [load(p).text for p in sorted((ROOT / "reports").glob("*.txt"))]
SYNTH = [normalise(text) for _, text in synth.generate(60, seed=25)]

# what headings are made of, with the whitespace Python's \s knows beyond ASCII
SECTION_PIECES = st.sampled_from(["一", "二", "十", "第", "第二部分", "部分", "、", ".", "．", "(", ")", "1", "\n",
                                  "\n\n", " ", "\t", "\u3000", "\x85", "\u2028", "\r", "。", "|", ":", "况", "施",
                                  "项", "【", "主动公开", "情况", ";", "a", "x" * 8])


@settings(max_examples=1500, deadline=None)
@given(st.lists(SECTION_PIECES, max_size=40).map("".join))
@example("概况二、主动公开情况 第三部分:依申请公开【四、复议")
@example("x一、不是标题\n一、总体情况")
@example("\u3000一、总体情况\n\x85二.主动公开 第三部分:依申请公开")  # spaces beyond ASCII before a heading
def test_headings_are_tried_only_where_they_can_start(text):
    assert [(m.span(), m.groups()) for m in sections._top_matches(text)] == \
        [(m.span(), m.groups()) for m in sections.TOP.finditer(text)]


@pytest.mark.parametrize("text", REPORTS + SYNTH)
def test_headings_tried_where_they_can_start_on_reports(text):
    assert [(m.span(), m.groups()) for m in sections._top_matches(text)] == \
        [(m.span(), m.groups()) for m in sections.TOP.finditer(text)]


@pytest.mark.parametrize("text", REPORTS + SYNTH)
def test_which_tables_were_read_is_told_by_their_facts(text):
    """read_tables tells whether it read 表二, 表三 and 表四 without a pass over the cell facts: as their names say."""
    read = tables.read_tables(text).facts
    has = {name.partition(".")[0] for name in read}
    assert read["tables.proactive"].value == ("table2" in has or "第二十条第(一)项" in text)
    assert read["tables.requests"].value == ("table3" in has)
    assert read["tables.appeals"].value == ("table4" in has)

"""Speed edits of issue 17 in the parse's tables and sections (branch a25-tables): each cheaper form finds exactly
what the form it replaces found, on generated texts and on the reports of reports/ and bench/synth.py."""

from __future__ import annotations

import re
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


@settings(max_examples=500, deadline=None)
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


def _cells_one_by_one(text: str, start: int, end: int) -> list[tuple[int, float]]:
    """The replaced form: a CELL match each."""
    cells = [(m.start(), float(m.group(1))) for m in tables.CELL.finditer(text, start, end)]
    return [(p, min(v, tables._MAX)) for p, v in cells]


CELL_PIECES = st.sampled_from(["0", "7", "12", "٣", "3.5", ".", " ", "  ", "\n", "\u3000", "|", "年", "月", "日",
                               "号", "项", "条", "件", "、", ")", "-", "/", "x", "总计", "0 0 0", "1 2.5 3"])


@settings(max_examples=660, deadline=None)
@given(st.lists(CELL_PIECES, max_size=40).map("".join), st.integers(0, 8), st.integers(0, 8))
@example("总计 0 0 3 0 0 0 3\n", 0, 0)
@example("1 2 3年 4 5.6.7 8. 9 10", 0, 0)  # a run cut where a number is no cell
@example("x 1 2.5 3 4", 3, 0)  # the region starts inside a run
@example("1 2 3 4", 0, 2)  # and ends inside one
@example("9" * 400 + " 1", 0, 0)  # infinity, kept as the largest float
def test_cells_read_run_by_run_are_the_cell_matches(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert tables._cells(text, start, end) == _cells_one_by_one(text, start, end)


def _head_before(heading: str) -> str:
    cut = sections.NEXT_MARK.search(heading, 2)
    heading = heading[:cut.start()] if cut else heading
    return re.split(r"[,，\s]", heading.strip(), maxsplit=1)[0] if len(heading) > 24 else heading


def _classify_before(heading: str, top: bool = True) -> str | None:
    """classify as it was before its patterns were gated."""
    head = _head_before(heading)
    for key, regex in sections.KEYS:
        if regex.search(head):
            return key
    if "**" in head or "＊＊" in head:
        return sections._masked_key(head)
    return "proactive" if top and sections.WORK_PART.search(head) else None


def _joined_keys_before(heading: str) -> tuple[str, ...]:
    head = _head_before(heading)
    if not sections.JOINED.search(head):
        return ()
    return tuple(k for piece in sections.JOINED.split(head) if (k := sections.classify(piece, False)))


# the words of the keys and of a work part, and what cuts a heading
_WORDS = re.findall(r"[\u4e00-\u9fff]+", "|".join(r.pattern for _, r in sections.KEYS) + sections.WORK_PART.pattern)
HEADING_WORDS = st.sampled_from([*_WORDS, *{c for w in _WORDS for c in w}, "三、", "(二)", "( 十 )", "2021年", "1",
                                 "、", ",", "，", " ", "\u3000", "**", "＊＊", "*", "及", "和", "x" * 9, "\n"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(HEADING_WORDS, max_size=14).map("".join), st.booleans())
@example("总体情况及主动公开政府信息情况", True)
@example("主动***息的数量", False)
@example("政府信息公开工作情况", True)
@example("一是推进政务公开工作三、收到和处理政府信息公开申请情况", True)
@example("x" * 20 + "其他需要报告的事项,以及2021年", True)
def test_headings_classified_with_gates_as_before(heading, top):
    assert sections.classify.__wrapped__(heading, top) == _classify_before(heading, top)
    assert sections.joined_keys.__wrapped__(heading) == _joined_keys_before(heading)
    # each gate holds wherever its pattern matches
    if sections.NEXT_MARK.search(heading, 2):
        assert sections._holds_need(heading, sections.NEXT_MARK_NEEDS, 2)
    for _, regex, wanted in sections.KEY_NEEDS:
        if regex.search(heading):
            assert sections._holds_need(heading, wanted)
    if sections.WORK_PART.search(heading):
        assert "公开" in heading


def test_the_gates_read_from_the_patterns():
    assert sections.NEXT_MARK_NEEDS == ("、", "(", "年")
    assert all(wanted for _, _, wanted in sections.KEY_NEEDS)  # a key without a gate would be a silent loss

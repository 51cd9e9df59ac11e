"""Speed edits of issue 17 (branch a6-parse) find exactly what the scans they replace found: each replacement
against the plain version on generated texts."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.parse import checks, mentions, sections, split, tables

# what a heading line is made of, and the whitespace Python's \s knows beyond ASCII (a line break only at \n)
HEADING_PIECES = st.sampled_from(["一", "二", "三", "十", "、", "、、", "\n", " ", "\t", "\u3000", "\r", "\x85",
                                  "\u2028", "总体情况", "。", "本年新收", "3 5", "x" * 31, "\n\n"])


@settings(max_examples=500, deadline=None)
@given(st.lists(HEADING_PIECES, max_size=30).map("".join))
@example("一、总体情况\n  \n 二、主动公开")  # the whitespace before 二 spans lines: the match starts at the first
@example("正文 三、不是标题")  # no line break before the ordinal
@example("\u3000一、" + "x" * 40)  # the heading's text stops after 30 characters
def test_top_headings_are_the_patterns_matches(text):
    expected = [(m.start(), m.group(0), m.group(1)) for m in split.TOP_HEADING.finditer(text)]
    assert split.top_headings(text) == expected


def _label_positions_by_tokens(text: str, start: int, end: int, rows) -> dict[str, int]:
    """The replaced version: every non-space token mapped into the compact text."""
    tokens = [(m.start(), m.group()) for m in tables._NON_SPACE.finditer(text, start, end)]
    offsets = list(accumulate((len(t) for _, t in tokens), initial=0))
    compact = "".join(t for _, t in tokens)
    found: dict[str, int] = {}
    at = 0
    for key, anchor in rows:
        k = compact.find(anchor, at)
        if k >= 0:
            i = bisect_right(offsets, k) - 1
            found[key] = tokens[i][0] + k - offsets[i]
            at = k + len(anchor)
    return found


ROWS = (("new", "本年新收"), ("carried_over", "上年结转"), ("open", "予以公开"), ("other", "3.其他"),
        ("total", "总计"))
LABEL_PIECES = st.sampled_from(["本年", "新收", "本年新收", "上年", "结转", "上年结转", "予以", "公开", "3.", "其他",
                                "3.其他", "总", "计", "总计", " ", "\n", "\u3000", "\x85", "1", "0 2", "|"])


@settings(max_examples=500, deadline=None)
@given(st.lists(LABEL_PIECES, max_size=40).map("".join), st.integers(0, 6), st.integers(0, 6))
@example("本年\n新收 1 本年新收 2 上年结转 3", 0, 0)  # a wrapped copy before an unwrapped one: the wrapped is first
@example("总\u3000计 5 总计 6", 0, 0)
def test_label_positions_are_the_token_maps(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert tables._label_positions(text, start, end, ROWS) == _label_positions_by_tokens(text, start, end, ROWS)


# sections.TOP as it was written before its two branches shared one leading class
N = "[一二三四五六七八九十]"
TOP_BEFORE = re.compile(rf"(?:{N}(?<![^\s。|:况施项]{N}){N}{{0,2}}\s*[、.．]|第(?<![^\s。|:]第){N}{{1,3}}部分\s*[、:]?)"
                        rf"\s*((?:(?!{N}、)[^\n。;:!?]){{2,40}})")
SECTION_PIECES = st.sampled_from(["一", "二", "十", "第", "第二部分", "部分", "、", ".", "．", "是", "(", ")",
                                  "1", "12", "\n", " ", "\u3000", "\x85", "。", "|", ":", "况", "主动公开",
                                  "方面", "情况", "a"])


@settings(max_examples=500, deadline=None)
@given(st.lists(SECTION_PIECES, max_size=40).map("".join))
@example("概况二、主动公开情况 第三部分:依申请公开")
@example("1.主动公开情况。\n\n  2.依申请公开情况。\n一是公开方面:")
def test_heading_and_lead_scans_are_the_patterns_matches(text):
    assert [(m.span(), m.group(1)) for m in sections.TOP.finditer(text)] == \
        [(m.span(), m.group(1)) for m in TOP_BEFORE.finditer(text)]
    assert sections._leads(text) == [(m.start(), m.group(1) or m.group(2)) for m in sections.LEAD.finditer(text)]


TITLE_PIECES = st.sampled_from(["某县", "党务政务公开", "政府信息公开", "信息公开", "工作", "年度报告", "报告",
                                "总结", "\n", "x", "x" * 6, "x" * 12, "x" * 30, "。", " "])


@settings(max_examples=500, deadline=None)
@given(st.lists(TITLE_PIECES, max_size=20).map("".join))
@example("x" * 30 + "党务政务公开" + "x" * 12 + "年度报告" + "x" * 6)  # the longest title line: still tried
@example("x" * 30 + "党务政务公开" + "x" * 12 + "年度报告" + "x" * 7)  # one longer: no title
def test_title_lines_skipped_by_length_are_no_matches(text):
    found = split._line_matches(split.TITLE_LINE, text, "公开", split.TITLE_LINE_LONGEST)
    assert [m.span() for m in found] == [m.span() for m in split.TITLE_LINE.finditer(text)]


RECEIVED_PIECES = st.sampled_from(["共", "共计", "合计", "总计", "新收", "收到", "受理", "接到", "申请", "3", "12",
                                   "件", " ", "\n", "\u3000", "其中", "。", ":", "x"])


@settings(max_examples=500, deadline=None)
@given(st.lists(RECEIVED_PIECES, max_size=30).map("".join), st.integers(0, 200))
@example("x共计 \n收到申请3件", 100)
@example("新收到申请2件", 100)
def test_received_scan_starts_late_and_finds_the_same(text, end):
    end = min(end, len(text))
    assert [m.span() for m in checks._received(text, end)] == \
        [m.span() for m in checks.PROSE_RECEIVED.finditer(text, 0, end)]


MENTION_PIECES = st.sampled_from(["谁", "公开", "审", "查", "审查", "负责", "先", "后", "、", ",", " ", "考", "核",
                                  "社会", "评", "议", "责任", "追究", "减", "免", "收", "除", "费", "。", "x", "共",
                                  "计", "合", "总", "其", "中", "其中", "3", "件"])


@settings(max_examples=330, deadline=None)
@given(st.lists(MENTION_PIECES, max_size=20).map("".join))
@example("谁公开、谁审查")
@example("免除有关费")
def test_a_mention_is_searched_only_where_a_word_it_needs_is_there(text):
    for name, words in mentions.MENTION_WORDS.items():
        if mentions.MENTIONS[name].search(text):
            assert any(w in text for w, _ in words), (name, text)
    if checks.TOTAL_AFTER.search(text):
        assert any(w in text for w in ("共计", "合计", "总计"))
    if checks.TOTAL.search(text):
        assert "其中" in text

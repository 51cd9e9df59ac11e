"""engine/parse/gate.py's anchor and scan.led's anchored scans (issue 17, branch a15-parse): a pattern `re` cannot skip
ahead in is searched from a word every match holds, and finds exactly what the pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_parse_scan import LEDS

from engine.ingest import load
from engine.parse.gate import anchor
from engine.parse.scan import Led, led

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [load(p).text for p in sorted((ROOT / "reports").glob("*.txt"))]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("信息处理费", ("信息处理费", 0, 0, True)),
    ("收到(?:申请)", ("收到申请", 0, 0, True)),  # a plain group is read in sequence
    ("a(bc)de", ("abcde", 0, 0, True)),  # so is a capturing one
    ("x{2}yz", ("yz", 2, 2, False)),
    ("(?:ab)+cd", ("cd", 2, -1, False)),  # a repeat without bound before the word: no bound
    ("[甲乙]?(?<!丙)丁戊", ("丁戊", 0, 1, False)),  # an assertion takes no room
    ("(?:本年|今年)(?:度)?新增\\d", ("新增", 2, 3, False)),
    ("(?<!结)转(?:至|到)?下年办理", ("下年办理", 1, 2, False)),  # the longest run: 下年办理, not 转
    ("(?:19|20)\\d{2}\\s*年新增", ("年新增", 4, -1, False)),
    ("甲|乙丙", None),  # a branch at the top: no word every match holds
    ("甲(?:乙丙)?丁", None),  # an optional word is not held
    ("(?i)abc", None),  # a flag: not read
    ("[ab]c", None),  # one character only
])
def test_anchor_reads_the_pattern(pattern, expected):
    assert anchor(pattern) == expected


ANCHORED = [(where, scan) for where, scan in LEDS if scan._word]  # every Led of the parse modules (test_parse_scan)


def test_the_parse_has_anchored_scans():
    assert len(ANCHORED) >= 4  # counts' class-led patterns, mentions' one-word ones: if this drops, led changed


@pytest.mark.parametrize(("where", "scan"), ANCHORED, ids=[f"{w}:{s.pattern[:20]}" for w, s in ANCHORED])
def test_every_match_holds_its_word_where_anchor_says(where, scan):
    word, least, most = scan._word, scan._least, scan._most
    for text in REPORTS:
        for m in scan.regex.finditer(text):
            offsets = [k for k in range(m.end() - m.start() - len(word) + 1) if text.startswith(word, m.start() + k)]
            assert any(least <= k and (most < 0 or k <= most) for k in offsets), (where, m.group())


def _windows(text: str):
    n = len(text)
    return [(0, n), (0, n // 3), (n // 3, n), (n // 4, n // 2), (n // 2, n // 2 + 500), (n, n), (7, 7 + 1000)]


@pytest.mark.parametrize(("where", "scan"), ANCHORED, ids=[f"{w}:{s.pattern[:20]}" for w, s in ANCHORED])
def test_anchored_scan_finds_what_the_pattern_finds_in_the_reports(where, scan):
    for text in REPORTS:
        for start, end in _windows(text):
            old = [(m.span(), m.groups()) for m in scan.regex.finditer(text, start, end)]
            assert [(m.span(), m.groups()) for m in scan.finditer(text, start, end)] == old, where
            first = scan.search(text, start, end)
            assert (first.span(), first.groups()) == old[0] if old else first is None, where


SHAPES = ["(?:本年|今年|当年)(?:度)?新增(\\d+)条", "(?:收到|受理|办理)[^。]{0,6}?申请(\\d+)件",
          "(?<!结)转下年办理(\\d)件", "(?:19|20)\\d{2}\\s*年新增(\\d)", "信息处理费", "[甲乙](?=丙)丙丁"]
PIECES = ["本年", "今年", "当年", "度", "新增", "新", "增", "收到", "受理", "办理", "申请", "申", "请", "结", "转",
          "下年", "办理", "2019", "20", "19", " ", "信息", "处理费", "信息处理费", "甲", "乙", "丙", "丁", "。",
          "3", "12", "条", "件"]


@settings(max_examples=130, deadline=None)
@given(data=st.data())
@example(data=None)
def test_anchored_shapes_find_what_their_pattern_finds(data):
    for pattern in SHAPES:
        found = anchor(pattern)
        assert found is not None, pattern
        scan = Led(pattern, 0, None, found[:3])
        if data is None:  # the example: matches next to each other and overlapping words
            text = ("本年新增3条今年度新增12条新增4条收到申请3件受理的申请5件结转下年办理3件转下年办理4件"
                    "2019 年新增3甲丙丁信息处理费费")
        else:
            text = "".join(data.draw(st.lists(st.sampled_from(PIECES), max_size=40)))
        n = len(text)
        start = 0 if data is None else data.draw(st.integers(0, n))
        end = n if data is None else data.draw(st.integers(start, n))
        old = [(m.span(), m.groups()) for m in re.compile(pattern).finditer(text, start, end)]
        assert [(m.span(), m.groups()) for m in scan.finditer(text, start, end)] == old, (pattern, text, start, end)
        first = scan.search(text, start, end)
        assert (first and (first.span(), first.groups())) == (old[0] if old else None), (pattern, text)


def test_led_anchors_only_where_re_cannot_skip_ahead():
    assert led("(?:本年|今年|当年|全年|年内)(?:度)?新增(\\d+)条")._word == "新增"  # type: ignore[union-attr]
    assert led("(?:本年|今年)新增(\\d+)条")._parts  # type: ignore[union-attr]  (split per opening, as before)
    assert led("信息处理费")._word == "信息处理费"  # type: ignore[union-attr]  one word: str.find
    assert isinstance(led("行政复议[^。]{0,10}?(\\d+)"), re.Pattern)  # opens with a literal: re skips ahead itself
    assert isinstance(led("审签"), re.Pattern)  # a word of two: re's skip is as fast as str.find's
    assert isinstance(led("(?:甲|乙)?丙"), re.Pattern)  # no word of two
    moved = led("(?<!结)转下年办理(\\d)件")  # a leading lookbehind moved after its literal, and no anchor then
    assert isinstance(moved, Led) and not moved._word and moved._scan.pattern == "转(?<!结转)下年办理(\\d)件"

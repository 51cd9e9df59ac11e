"""The parse prescan (one RE2::Set pass) never says "no match" where `re` finds one, and the speed edits that
split or restrict a scan find exactly what the scan they replace found."""

from __future__ import annotations

import importlib
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.parse import mentions, meta, region, split, tables
from engine.parse.prescan import Prescan, widened
from engine.parse.textutil import clause_bounds, phrase
from engine.parse.university import _PRESCAN as UNIVERSITY

normalise_module = importlib.import_module("engine.ingest.normalise")  # the package's name is the function

# the words the university patterns are made of, and what stands between them in a report
WORDS = ["基本信息", "招生", "考试", "信息", "财务", "资产", "收费", "、", "和", "及", " ", "\u3000", "\u2003", "\n",
         "学生管理", "服务", "学位", "学科", "类", "办学规模", "领导班子", "机构设置", "在校生", "人数", "招生章程",
         "录取", "结果", "名单", "复查", "信息公开", "工作", "年度报告", "违规", "处理", "。", "1", "٣", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map("".join))
@example("招生\u2003考试信息")  # a Unicode space where the pattern says \s: RE2's \s alone would miss it
def test_prescan_never_misses_a_match(text):
    possible = UNIVERSITY.possible(text)
    assert possible is not None
    for pattern in UNIVERSITY.patterns:
        if pattern.search(text):
            assert pattern in possible, (pattern.pattern, text)


def test_widened_drops_lookarounds_and_refuses_what_could_match_only_in_a_part():
    assert widened(r"(?<![\d.])\d+\s*件") == r"\p{Nd}+[\t\n\x0b\x0c\r\x1c-\x1f\x85\p{Z}]*件"
    assert widened(r"[^\n。]{0,3}年(?=度)") == r"[^\n。]{0,3}年"
    # at a part's end a negative lookahead or an anchor holds where it fails in the whole text
    assert widened(r"报告(?!工作)") is None
    assert widened(r"^年度报告") is None
    assert widened(r"报告$") is None
    assert widened(r"\b报告") is None


def test_a_pattern_re2_cannot_hold_is_always_tried():
    scan = Prescan([re.compile(r"报告(?!工作)"), re.compile("复议")])
    assert scan.possible("无关的文字") == {scan.patterns[0]}
    assert scan.possible("行政复议") == set(scan.patterns)


def test_a_text_re2_cannot_encode_is_searched_pattern_by_pattern():
    assert UNIVERSITY.possible("基本信息\ud800") is None


PLACEHOLDER_CHARS = st.sampled_from(list("Xx××*20年度政府信息工作以来上半,。: \nAz"))


@settings(max_examples=500, deadline=None)
@given(st.lists(PLACEHOLDER_CHARS, max_size=30).map("".join))
def test_placeholders_in_two_scans_are_the_one_scan(text):
    assert [m.span() for m in mentions._placeholders(text)] == [m.span() for m in mentions.PLACEHOLDER.finditer(text)]


OLD_CELL = re.compile(r"(?<![\d.\-/年月])(\d+(?:\.\d+)?)(?![\d.、)\-/年月日号项条件])")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789.-/年月日号项条件、) |a٣\n")), max_size=25).map("".join),
       st.integers(0, 8), st.integers(0, 30))
def test_cell_led_by_its_digit_finds_the_same_cells(text, lo, hi):
    assert [m.span(1) for m in tables.CELL.finditer(text, lo, hi)] == \
        [m.span(1) for m in OLD_CELL.finditer(text, lo, hi)]


TITLE_PARTS = st.sampled_from(["\n", "\n", " ", "2021", "二〇二一", "年", "度", "学年", "-", "至",
                               "某局", "政府信息公开", "信息公开", "工作", "的", "年度报告", "报告", "。", ",",
                               "21", "篇", "篇 2", "第三篇"])


@settings(max_examples=500, deadline=None)
@given(st.lists(TITLE_PARTS, max_size=25).map("".join))
def test_line_restricted_scans_find_what_finditer_found(text):
    for regex in (meta.TITLE_WITH_YEAR, meta.TITLE):
        assert [m.span() for m in meta._line_matches(regex, text)] == [m.span() for m in regex.finditer(text)]
    for regex, word in ((split.PIECE, "篇"), (split.TITLE_LINE, "公开")):
        assert [m.span() for m in split._line_matches(regex, text, word)] == [m.span() for m in regex.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("。;!?\n,ab ")), max_size=30).map("".join), st.integers(0, 35),
       st.integers(0, 12))
def test_clause_and_phrase_bounds_as_the_regex_gave_them(text, pos, limit):
    def regex_bounds(stops):
        lo = max(0, pos - limit)
        start = max([m.end() for m in stops.finditer(text, lo, pos)], default=lo)
        m = stops.search(text, pos, min(len(text), pos + limit))
        return start, m.start() if m else min(len(text), pos + limit)
    assert clause_bounds(text, pos, limit) == regex_bounds(re.compile(r"[。;!?\n]"))
    start, end = regex_bounds(re.compile(r"[。;!?\n,]"))
    assert phrase(text, pos, limit) == text[start:end]


def _every_pass(raw: str) -> str:
    """normalise as it was before its passes were skipped on texts without what they change: every pass, always."""
    m = normalise_module
    text = m._nfkc(m._ZERO_WIDTH.sub("", raw))
    if "(" in text and m._PINYIN_CANDIDATE.search(text):
        text = m._PINYIN_RUN.sub(m._drop_pinyin, text)
    text = m._SPACES.sub(" ", m._LINE_BREAKS.sub("\n", m.to_simplified(text)))
    text = m._join_all_thousands(text)
    tidy = lambda t: m._SPACE_CJK_NUMBER_CJK.sub("", m._drop_spaces_between(  # noqa: E731
        m._LINE_EDGE_SPACES.sub("\n", t)))
    text = tidy(text)
    if m._DIGIT_COMMA_DIGIT.search(text):
        joined = m._join_all_thousands(text)
        text = text if joined == text else tidy(joined)
    return m._BLANK_LINES.sub("\n\n", text).strip()


# every whitespace, line break and zero-width character, and what the space passes look at around them
SPACES_AND_BREAKS = [chr(c) for c in range(0x3001) if chr(c).isspace()] + list(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\r\n  ") + ["\r\n", "\n\n\n", " \n ", "年", "公开", "1", ",", "，", "(", ")",
                                                      "(fā)", "發", "％", "２", "%", "a", "。"]


@settings(max_examples=330, deadline=None)
@given(st.lists(st.sampled_from(SPACES_AND_BREAKS), max_size=30).map("".join))
@example("a\u2003 b\t\n\n\n c")
def test_normalise_skipping_passes_gives_what_every_pass_gave(raw):
    assert normalise_module.normalise(raw) == _every_pass(raw)


NAME_PARTS = st.sampled_from(["洪泽", "区", "人民", "政府", "人民政府", "局", "财政", "\n", " ", "。"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(NAME_PARTS, min_size=1, max_size=4).map("".join), st.lists(NAME_PARTS, max_size=30).map("".join),
       st.integers(0, 40))
@example("区人民政府", "区人民政府政府区政府", 0)
@example("人民政府", "人民政府政府", 0)
def test_agency_name_found_by_find_where_the_regex_found_it(own, text, pos):
    key = re.compile(re.escape(own).replace("人民政府", "(?:人民)?政府"))
    assert list(region._name_spans(text, own, pos)) == [m.span() for m in key.finditer(text, pos)]

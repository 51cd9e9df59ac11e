"""engine/parse/gate.py: a gate says "cannot match" only where the pattern's own search finds nothing."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.parse import author, kind
from engine.parse.gate import may_match, needs

# every pattern a parse module asks through a gate (kept in step with the call sites)
GATED = {"kind.UNIVERSITY": kind.UNIVERSITY, "author.CHROME": author.CHROME}


def _pieces(pattern: re.Pattern) -> list[str]:
    """Words and characters the pattern is made of, so that random texts do match it now and then."""
    words = re.findall(r"[\u4e00-\u9fff]+", pattern.pattern)
    return [*words, *{c for w in words for c in w}, *"0123456789 \n,。>›»/-—至年学"]


def _texts(pattern: re.Pattern):
    return st.lists(st.sampled_from(_pieces(pattern)) | st.text(max_size=3), max_size=40).map("".join)


def _agrees(pattern: re.Pattern, text: str, pos: int, end: int) -> None:
    if pattern.search(text, pos, end):
        assert may_match(pattern, text, pos, end), (pattern.pattern, text, pos, end)


def test_needs_read_from_the_patterns():
    assert needs(kind.UNIVERSITY) == ("高等学校信息公开", "高校信息公开", "信息公开事项清单", "学年")
    assert needs(author.CHROME) == ("位置", "首页", frozenset(">›»"))
    for pattern in GATED.values():
        assert needs(pattern) is not None  # a gate that never says no would be a silent loss, not an error


@settings(max_examples=130, deadline=None)
@given(st.data())
def test_gate_never_says_no_where_the_pattern_matches(data):
    for pattern in GATED.values():
        text = data.draw(_texts(pattern))
        pos = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(pos, len(text)))
        _agrees(pattern, text, 0, len(text))
        _agrees(pattern, text, pos, end)


def test_gate_says_no_where_nothing_needed_is_there():
    assert not may_match(kind.UNIVERSITY, "某县人民政府2023年政府信息公开工作年度报告")
    assert may_match(kind.UNIVERSITY, "某大学2022-2023学年信息公开工作年度报告")
    assert not may_match(author.CHROME, "当前在首 页")
    assert may_match(author.CHROME, "首页 > 政务公开")
    assert may_match(kind.UNIVERSITY, "……学年", 0, 6) and not may_match(kind.UNIVERSITY, "……学年", 0, 3)


SHAPES = [
    r"ab|cd", r"a(?:b|c)d", r"(ab)+c?", r"x[yz]w", r"(?:19|20)\d{2}年?学年", r"[>›]\s*[^>\n]{1,3}\s*[>›]",
    r"审查机制|审查制度", r"a(?=b)bc", r"(?<!x)yz", r"q{2,3}r", r"(?:ab){2}|c", r"[ab]", r"a|b|cd", r"ab?c", r"a\s*bc",
    r"x.y", r"(a)(b)?c",
]


@settings(max_examples=600, deadline=None)
@given(st.data())
def test_gate_on_pattern_shapes(data):
    """The reading of a pattern's needs on the shapes it handles: literal runs, groups, classes, repeats, branches
    (factored by the parser), assertions; texts made of the pattern's own characters, so that it matches often."""
    pattern = data.draw(st.sampled_from(SHAPES))
    alphabet = sorted({c for c in pattern if c.isalnum() or c in ">› "} | {" "})
    text = data.draw(st.text(alphabet=alphabet, max_size=12))
    regex = re.compile(pattern)
    for pos in range(len(text) + 1):
        _agrees(regex, text, pos, len(text))
        _agrees(regex, text, 0, pos)


def test_patterns_without_a_need_get_no_gate():
    assert needs(re.compile(r"a|b?")) is None  # a branch that can match the empty string
    assert needs(re.compile(r"abc", re.I)) is None
    assert needs(re.compile(r"\d+")) is None
    assert may_match(re.compile(r"\d+"), "abc")  # no gate: always "maybe"


# meta._RANGE_SCAN: RANGE_MARK rewritten with a literal opening per branch, scanned per opening character
RANGE_PIECES = ["日", "月", ".", "1", "12", "起", "至", "到", "—", "-", "–", "~", " ", "\n", "年", "2021", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(RANGE_PIECES), max_size=30).map("".join), st.data())
def test_range_scan_finds_what_range_mark_finds(text, data):
    from engine.parse import meta
    pos = data.draw(st.integers(0, len(text)))
    for start, end in ((0, len(text)), (pos, len(text)), (0, pos)):
        assert [m.span() for m in meta._RANGE_SCAN.finditer(text, start, end)] == \
            [m.span() for m in meta.RANGE_MARK.finditer(text, start, end)]


def test_range_scan_is_split_and_falls_back():
    from engine.parse import meta
    from engine.parse.scan import Led
    assert isinstance(meta._RANGE_SCAN, Led)  # the speed is not silently lost when RANGE_MARK keeps its shape
    for other in (re.compile(r"(?:[日月]|号)\s*至"), re.compile(r"(?:[0-9]|\.\d)至"), re.compile(r"(?:[^日]|\.\d)至")):
        assert meta._led_marks(other) is other  # another shape: scanned as it is


COST_PIECES = ["检索", "复制", "邮寄", "费", "、", "和", "及", "。", "收取", "x", " ", "检", "复", "邮"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(COST_PIECES), max_size=25).map("".join))
def test_cost_scan_finds_what_cost_fees_finds(text):
    """mentions.COST_SCAN (COST_FEES with its leading group written out, scanned per opening character)."""
    from engine.parse import mentions
    assert [m.span() for m in mentions.COST_SCAN.finditer(text)] == \
        [m.span() for m in mentions.COST_FEES.finditer(text)]


def test_cost_scan_on_every_listed_pair():
    from engine.parse import mentions
    for first in ("检索", "复制", "邮寄", "检", "复"):
        for join in ("、", "和", "及", ""):
            for second in ("复制", "邮寄", "检索"):
                for middle in ("", "等", "。"):
                    text = f"收取{first}{join}{second}{middle}费用"
                    assert [m.span() for m in mentions.COST_SCAN.finditer(text)] == \
                        [m.span() for m in mentions.COST_FEES.finditer(text)], text


# meta.labelled_dates: LABELLED_DATE found from the 日期/时间 of its labels
DATE_PIECES = ["成文", "发布", "生成", "印发", "发表", "日期", "时间", "传", "新", "问", "录", "编辑", "某某",
               ":", "：", "【", "】", "[", "]", "|", "/", "2021", "2022", "-", ".", "年", "月", "日", "1", "12", " ",
               "\n", "x"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=30).map("".join))
def test_labelled_dates_are_labelled_date_matches(text):
    from engine.parse import meta
    assert [m.span() for m in meta.labelled_dates(text)] == [m.span() for m in meta.LABELLED_DATE.finditer(text)]


def test_labelled_dates_read_from_these_labels(monkeypatch):
    from engine.parse import meta
    # DATE_LABELS changed: check that every label still holds 日期 or 时间 at most _LABEL_LEAD characters after
    # its start, then put the new digest in meta._LABELS_READ (until then its scan is the plain one: slower, same)
    assert meta._LABELS_READ
    text = "发布日期: 2021-03-04 成文日期:2021年3月2日\n编辑:某某时间:2022-01-02"
    expected = [m.span() for m in meta.LABELLED_DATE.finditer(text)]
    assert [m.span() for m in meta.labelled_dates(text)] == expected and len(expected) == 3
    monkeypatch.setattr(meta, "_LABELS_READ", False)
    assert [m.span() for m in meta.labelled_dates(text)] == expected


# scan.LineLed: a `^[^\n…` MULTILINE pattern found from each line break
LINE_PIECES = ["二〇二一", "二零二", "2021", "1999", "年", "月", "日", "三", "十二", "3", "12", "某局", " ", "\n",
               "\n\n", "。", "x", "2021年3月12日", "二〇二一年三月十二日", "某局 2020年1月2日"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=30).map("".join), st.data())
def test_line_led_finds_what_the_pattern_finds(text, data):
    from engine.parse import meta
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    for regex, scan in meta._OWN_LINE_SCANS.items():
        for start, stop in ((0, len(text)), (pos, len(text)), (pos, end)):
            assert [(m.span(), m.groups()) for m in scan.finditer(text, start, stop)] == \
                [(m.span(), m.groups()) for m in regex.finditer(text, start, stop)], (regex.pattern, text, start)


def test_line_led_on_dates_at_the_edges():
    from engine.parse import meta
    texts = ["2021年3月12日\n正文", "某局\n2021年3月12日", "某局\n二〇二一年三月十二日\n\n",
             "2021年3月12日\n\n2022年1月2日", "x\n某局 2020年1月2日 \n"]
    for text in texts:
        for regex, scan in meta._OWN_LINE_SCANS.items():
            for start in range(len(text) + 1):
                assert [m.span() for m in scan.finditer(text, start)] == [m.span() for m in regex.finditer(text, start)]


def test_line_led_takes_only_the_patterns_it_can():
    from engine.parse.scan import LineLed
    assert LineLed(re.compile(r"^[^\n\d]{0,3}?(\d+)年$", re.M))._after_break is not None
    assert LineLed(re.compile(r"^\s*(\d+)年$", re.M))._after_break is None  # its match may open with a line break
    assert LineLed(re.compile(r"^[^\n]a|b", re.M))._after_break is None  # `^` leads one branch only
    assert LineLed(re.compile(r"^[^\n]a"))._after_break is None  # not MULTILINE: `^` is the text's start


MARK_PIECES = ["X", "x", "XX", "xx", "×", "××", "*", "**", "***", "20", "2", "0", "年", "月", "条", "A", "b", " ", "\n",
               "某", "20**", "20X", "20xx"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(MARK_PIECES), max_size=25).map("".join))
def test_marks_scan_finds_what_marks_finds(text):
    from engine.parse import mentions
    assert [m.span() for m in mentions._MARKS_SCAN.finditer(text)] == [m.span() for m in mentions._MARKS.finditer(text)]


def test_marks_scan_on_examples():
    from engine.parse import mentions
    assert len(mentions._MARKS_SCAN._parts) == 5  # split per opening character: else it is _MARKS's own slow scan
    for text in ("某XX县", "AXX", "xxB", "2022年20XX年", "××局", "20**年", "***条", "**", "X", "aXxX×*20x年"):
        assert [m.span() for m in mentions._MARKS_SCAN.finditer(text)] == \
            [m.span() for m in mentions._MARKS.finditer(text)], text


# scan.AfterBreak: a `(?:^|\n)…` pattern searched from each line break
def _break_scans():
    from engine.parse import kind, meta
    return {**kind._LINE_SCANS, meta.BODY_YEAR: meta._BODY_YEAR_SCAN}


def _break_pieces() -> list[str]:
    words = {w for regex in _break_scans() for w in re.findall(r"[\u4e00-\u9fff]+", regex.pattern)}
    return sorted(words | {c for w in words for c in w} | {"\n", " ", "\n\n", "2021", "年", "、", ":", "。", "1", "x"})


@settings(max_examples=260, deadline=None)
@given(st.data())
def test_after_break_finds_what_the_pattern_finds(data):
    scans = _break_scans()
    text = data.draw(st.lists(st.sampled_from(_break_pieces()), max_size=30).map("".join))
    pos = data.draw(st.integers(0, len(text)))
    for regex, scan in scans.items():
        assert scan._start is not None  # split: else it is the pattern's own slow search
        for start, end in ((0, len(text)), (pos, len(text)), (0, pos)):
            a, b = scan.search(text, start, end), regex.search(text, start, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (regex.pattern, text, start, end)


def test_after_break_on_examples():
    from engine.parse import kind
    scan = kind._LINE_SCANS[kind.OTHER_MATTERS]
    for text in ("五、其他需要报告的事项", "\n五、其他需要报告的事项", "x\n 六、其他需要报告的事项",
                 "x五、其他需要报告的事项", "\n\n七、其他需要报告的事项", "五、其他"):
        for start in range(len(text) + 1):
            a, b = scan.search(text, start), kind.OTHER_MATTERS.search(text, start)
            assert (a and a.span()) == (b and b.span()), (text, start)
    from engine.parse.scan import AfterBreak
    assert AfterBreak(re.compile(r"(?:^|\n)a|b"))._start is None  # the group leads one branch only
    assert AfterBreak(re.compile(r"(?:^|\n)a", re.M))._start is None  # MULTILINE: `^` after every line break

"""a29-meta: the opening's scans found by `str.find` from a literal — the range marks, the title's 公开, the document
number's bracket, the library's words — each held against the form it replaces (copied here) on made-up texts of its
pieces."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.parse import meta


def _texts(pieces: list[str], most: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


# ---------------------------------------------------------------- range_marks: each 日, 月 and "." found by find

# (whitespace of every kind, the digits \d takes beyond ASCII, the signs of a range and what is none)
RANGE_PIECES = ["日", "月", ".", "1", "12", "１", "٣", "起", "至", "到", "—", "-", "–", "~", "－", " ", "\u3000", "\n",
                "\t", ",", "，", "年", "2021", "x", "日起至", "月—", ".5-", "日 ,至"]


def _old_range_marks(head: str) -> list[re.Match]:
    """meta.range_marks as a28 left it: the scan per opening character (_RANGE_SCAN)."""
    return list(meta._RANGE_SCAN.finditer(head))


def test_the_mark_reading_was_read_from_this_range_mark():
    assert meta._RANGE_READ  # a change to RANGE_MARK falls back to the scan (and asks _AFTER_DAY read again)


@settings(max_examples=500, deadline=None)
@given(_texts(RANGE_PIECES, 40))
@example("统计期限为2021年1月1日起,至2021年12月31日止;2020.1.1-2020.12.31")
@example("日\u3000至月 起，到.１~.")
def test_range_marks_are_the_scans(head):
    # (mutations seen failing: 起 or — left out of _AFTER_DAY, `isspace` or `isdecimal` asked of no character, a
    # number's second digit or its first alone not let through, the find going on from m.end() + 1, the sort left
    # out)
    want = [m.span() for m in _old_range_marks(head)]
    assert [m.span() for m in meta.range_marks(head)] == want
    assert want == [m.span() for m in meta.RANGE_MARK.finditer(head)]


# ---------------------------------------------------------------- the title's 公开, found once a head

_OLD_TITLE_WORD = re.compile(f"公开(?=[{''.join(sorted(meta._TAIL_OPENS))}])")  # a26's scan, led by 公 (as it is)
TITLE_PIECES = ["公开", "公", "开", "工作", "的", "\n", "年度报告", "报告", "总结", "汇报", "情况", "自查",
                "上半年", "半年", "信息", "政务", "x", " ", "。", "公开公开"]


@settings(max_examples=500, deadline=None)
@given(_texts(TITLE_PIECES, 30))
def test_title_words_are_the_scan(head):
    # (_title_words is a26's scan, found once a head: tests/test_speed_a26_meta.py holds the lines tried to the old
    # form; the test below, the words given to those found alone)
    assert meta._title_words(head) == [m.start() for m in _OLD_TITLE_WORD.finditer(head)]


@settings(max_examples=500, deadline=None)
@given(_texts(TITLE_PIECES + ["2021", "年", "某局", "政府信息公开工作年度报告"], 30))
def test_title_lines_with_the_words_given_are_those_found_alone(head):
    words = meta._title_words(head)
    for regex in (meta.TITLE_WITH_YEAR, meta.TITLE):
        got = [m.span() for m in meta._line_matches(regex, head, words)]
        assert got == [m.span() for m in meta._line_matches(regex, head)]
        assert got == [m.span() for m in regex.finditer(head)]


# ---------------------------------------------------------------- the document number, from its bracket

NUMBER_PIECES = ["〔", "〕", "[", "]", "［", "］", "(", ")", "（", "）", "2019", "1998", "20", "19", "2", "60",
                 "١", " ", "\n", "号", "號", "x", "国办函", "〔2019〕60号", "(2020) 3 号", "〔1998〕5号",
                 "（2019）60号", "［2001］ 2 號", "[2005]1号", "（1999）\n8号"]


@settings(max_examples=500, deadline=None)
@given(_texts(NUMBER_PIECES, 30))
@example("阿府办函〔2018〕21号\n(2019)〔2020〕 7 號")
@example("（2019）60号［1998］ 2 號[2005]1号")
def test_doc_numbers_are_the_scan(head):
    # (mutations seen failing: a bracket left out of DOC_NUMBER_OPENS, "19" not asked after the bracket, the sort
    # left out)
    assert [m.span() for m in meta.doc_numbers(head)] == [m.span() for m in meta.DOC_NUMBER.finditer(head)]


def test_the_number_brackets_are_the_patterns():
    assert meta.DOC_NUMBER.pattern.startswith(r"[〔\[［(（]((?:19|20)\d{2})")  # its first characters, then its year
    assert sorted(meta.DOC_NUMBER_OPENS) == sorted("〔[［(（")


# ---------------------------------------------------------------- a document library's words

# DOC_LIBRARY as LIBRARY_WORDS was read from: a change to it asks for the words read again
DOC_LIBRARY_READ = (r"文库|范文|文档页数|文档分享|上传者|会员分享|网友投稿|小编(?:为大家)?整理|供大家参考"
                    r"|本文共\s*\d+\s*字")
LIBRARY_PIECES = ["文库", "范文", "文档页数", "文档分享", "上传者", "会员分享", "网友投稿", "小编为大家整理",
                  "小编整理", "供大家参考", "本文共 12 字", "本文共3字", "文", "库", "范", "档", "上传", "会员",
                  "网友", "小编", "供大家", "本文", "x", "\n", "。", "x" * 40]


def test_the_library_words_were_read_from_this_pattern():
    assert meta.DOC_LIBRARY.pattern == DOC_LIBRARY_READ
    for word, probe in meta.LIBRARY_WORDS:
        assert 0 <= probe < len(word)


@settings(max_examples=500, deadline=None)
@given(_texts(LIBRARY_PIECES, 160))
@example("x" * 250 + "文库")
@example("x" * 299 + "文库")
def test_doc_library_is_the_search(text):
    # (mutations seen failing: a word left out of LIBRARY_WORDS, the words looked for in text[:200])
    assert meta.doc_library(text) == (meta.DOC_LIBRARY.search(text, 0, 300) is not None)


# ---------------------------------------------------------------- a breadcrumb line, gated by its words

# CHROME_SCAN as chrome_line's gate was read from: a change to it asks for the gate read again
CHROME_SCAN_READ = (r"您(?:现在)?(?:所在)?的?位置|你(?:现在)?(?:所在)?的?位置|当前(?:所在)?位置|所在位置"
                    r"|首页\s*[>›»/]|" + "|".join(c + r"\s*[^>›»<\n]{1,30}\s*[>›»]" for c in ">›»"))
CHROME_PIECES = ["您", "你", "现在", "所在", "的", "位置", "当前", "首页", "位", "置", "首", "页", ">", "›", "»",
                 "/", " ", "<", "\n", "某局", "年报", "x"]


def test_the_chrome_gate_was_read_from_this_pattern():
    from engine.parse import author
    assert author.CHROME_SCAN.pattern == CHROME_SCAN_READ


@settings(max_examples=500, deadline=None)
@given(_texts(CHROME_PIECES, 20))
def test_chrome_line_is_the_search(line):
    # (mutations seen failing: 位置 or » left out of the gate)
    from engine.parse import author
    assert author.chrome_line(line) == (author.CHROME_SCAN.search(line) is not None)
    assert meta.is_chrome(line) == bool(author.CHROME_SCAN.search(line))


# ---------------------------------------------------------------- a date on its own line, from its 年

DATE_PIECES = ["2021", "1998", "二〇二一", "20", "19", "1", "12", "31", "０", "年", "月", "日", " ", "\u3000", "\n",
               "\n", "|", "某局", "落款", "x", "2021年3月5日", "2021 年 12 月 31 日", "\n2020年1月2日\n",
               "2019\n年", "。"]


@settings(max_examples=660, deadline=None)
@given(_texts(DATE_PIECES, 30), st.data())
@example("某局\n2021年3月5日\n", None)
@example("x\n2021 \n 年1月2日 |\n2022年1月1日", None)
@example("x\n20２１年3月5日\n", None)
def test_numeric_dates_are_the_scan(text, data):
    # (mutations seen failing: the year's whitespace not walked back over, the year's digits asked to be ASCII, a
    # year at the window's start left out, the line's start looked for from the window's; a line taken twice, a
    # match's end not skipped to or the year read as three digits cannot fail: more lines tried, a match at the
    # same line, and no year inside another's match)
    from engine.parse.scan import LineLed
    spans = [(0, len(text))]
    if data is not None:
        pos = data.draw(st.integers(0, len(text)))
        spans += [(pos, len(text)), (0, pos)]
    for start, end in spans:
        want = [(m.span(), m.groups()) for m in meta.NUMERIC_DATE.finditer(text, start, end)]
        assert [(m.span(), m.groups()) for m in meta.numeric_dates(text, start, end)] == want
        assert [(m.span(), m.groups()) for m in LineLed(meta.NUMERIC_DATE).finditer(text, start, end)] == want


# ---------------------------------------------------------------- a title line's checks: gated, asked once a line

COMPILATION_READ = (r"汇编|合集|[(（]\s*(?:汇总|共|精选)?\s*\d+\s*篇\s*[)）]"
                    r"|(?:范文|总结|报告|材料)(?:精选|大全)?\s*\d+\s*篇")
CATEGORY_CELL_READ = r"(?:分类|类别|栏目|类目)\s*[|:：]\s*\|?\s*$"
CHECK_PIECES = ["汇编", "合集", "汇", "编", "合", "集", "篇", "(", "（", ")", "）", "12", " ", "范文", "总结", "报告",
                "材料", "精选", "大全", "7篇", "(3篇)", "汇总", "共", "分类", "类别", "栏目", "类目", "类", "栏", "|",
                ":", "：",
                "\n", "x"]


def test_the_title_checks_gates_were_read_from_these_patterns():
    assert meta.COMPILATION.pattern == COMPILATION_READ
    assert meta.CATEGORY_CELL.pattern == CATEGORY_CELL_READ


@settings(max_examples=500, deadline=None)
@given(_texts(CHECK_PIECES, 20))
@example("2023年工作总结范文精选7篇")
@example("年度报告(12篇)")
@example("工作总结与计划(汇总8篇)")
@example("组配分类 | ")
def test_title_checks_are_the_searches(line):
    # (mutations seen failing: 篇 or 合集 left out of compilation's gate, 栏 out of category_cell's)
    assert meta.compilation(line) == (meta.COMPILATION.search(line) is not None)
    assert meta.category_cell(line) == (meta.CATEGORY_CELL.search(line) is not None)


def _old_title_matches(head: str) -> tuple[re.Match, ...]:
    """meta._title_matches as a28 left it: each match's line checked, a line's second match too."""
    found: dict[int, re.Match] = {}
    for regex in (meta.TITLE_WITH_YEAR, meta.TITLE):
        for m in meta._line_matches(regex, head):
            line_end = head.find("\n", m.start())
            line = meta.author.meta_cut(head[m.start(): line_end if line_end >= 0 else len(head)])
            if len(line) <= 80 and not meta.is_chrome(line) and not meta.SENTENCE_MARK.search(m.group("pre") or "") \
                    and not meta.COMPILATION.search(line) and not meta.CATEGORY_CELL.search(m.group("pre") or ""):
                found.setdefault(m.start(), m)
    # (a39: a site's column, the genre's name alone, gives way to a title after it)
    titles = [found[k] for k in sorted(found)]
    named = [m for m in titles if not meta.BARE_GENRE.fullmatch(m.group(0).strip())]
    return tuple(named if named else titles)[:4]


@settings(max_examples=800, deadline=None)
@given(_texts(TITLE_PIECES + ["2021", "年", "某局", "政府信息公开工作年度报告", "分类:", "汇编", "3篇", "，",
                              "发布时间:", "首页 > ", "位置"], 30))
@example("栏目: 2021年政府信息公开工作年度报告\n某局2021年政府信息公开工作年度报告\n")
def test_title_matches_are_the_old_ones(head):
    # (mutations seen failing: the line's second match kept over its first)
    meta._title_matches.cache_clear()
    got = meta._title_matches(head)
    assert [(m.span(), m.re.pattern) for m in got] == [(m.span(), m.re.pattern) for m in _old_title_matches(head)]

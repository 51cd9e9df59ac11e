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


@settings(max_examples=1500, deadline=None)
@given(_texts(RANGE_PIECES, 40))
@example("统计期限为2021年1月1日起,至2021年12月31日止;2020.1.1-2020.12.31")
@example("日\u3000至月 起，到.１~.")
def test_range_marks_are_the_scans(head):
    # (mutations seen failing: 起 or — left out of _AFTER_DAY, `isspace` or `isdecimal` asked of no character, the
    # find going on from m.end() + 1, the sort left out)
    want = [m.span() for m in _old_range_marks(head)]
    assert [m.span() for m in meta.range_marks(head)] == want
    assert want == [m.span() for m in meta.RANGE_MARK.finditer(head)]


# ---------------------------------------------------------------- the title's 公开, found once a head

_OLD_TITLE_WORD = re.compile(f"公开(?=[{''.join(sorted(meta._TAIL_OPENS))}])")  # a26's scan, led by 公
TITLE_PIECES = ["公开", "公", "开", "工作", "的", "\n", "年度报告", "报告", "总结", "汇报", "情况", "自查",
                "上半年", "半年", "信息", "政务", "x", " ", "。", "公开公开"]


@settings(max_examples=1500, deadline=None)
@given(_texts(TITLE_PIECES, 30))
def test_title_words_are_the_scan(head):
    # (mutations seen failing: the tail read at at + 3, the find going on from at + 3)
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


@settings(max_examples=1500, deadline=None)
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


@settings(max_examples=1500, deadline=None)
@given(_texts(LIBRARY_PIECES, 160))
@example("x" * 250 + "文库")
@example("x" * 299 + "文库")
def test_doc_library_is_the_search(text):
    # (mutations seen failing: a word left out of LIBRARY_WORDS, the words looked for in text[:200])
    assert meta.doc_library(text) == (meta.DOC_LIBRARY.search(text, 0, 300) is not None)


"""engine.ingest.pdf after PDFium (branch a14-ingest): the page-number, empty-layer, unmapped-glyph and scan tests
read less of each page than they did, and must decide exactly as the code before did (kept here as the reference).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.ingest import pdf, scan
from engine.model import InputError

# ------------------------------------------------------------------------------------------ the code as it was


def old_drop_page_numbers(text: str, page_no: int) -> str:
    lines = text.split("\n")
    n = len(lines)
    edges = set(range(min(pdf._EDGE, n))) | set(range(max(0, n - pdf._EDGE), n))
    kept = (line for k, line in enumerate(lines) if k not in edges or not pdf._is_page_number(line, page_no))
    return "\n".join(kept)


_DIGITS = re.compile(r"[\d\s]+")


def old_scanned(pages: list[str]) -> str | None:
    counts = [len("".join(p.split())) for p in pages]
    if len(counts) < scan.MIN_PAGES or not any(counts):
        return None
    most = max(counts)
    if most > scan.PER_PAGE:
        return None
    shapes = Counter(_DIGITS.sub("", p) for p in pages)
    if shapes.most_common(1)[0][1] * 2 < len(pages):
        return None
    return f"疑似扫描件（每页仅{most}字）"


def old_verdict(pages: list[str]) -> str:
    """What extract() decided from the page texts before: the text, or which error."""
    cleaned = [old_drop_page_numbers(p.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", ""), k)
               for k, p in enumerate(pages, start=1)]
    text = "\n".join(cleaned)
    visible = "".join(text.split())
    if not visible:
        return "no text layer"
    if old_scanned(cleaned) is not None:
        return "scan"
    if len(pdf._UNMAPPED.findall(visible)) > 0.5 * len(visible):
        return "unmapped"
    return text


def new_verdict(pages: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(pdf, "page_texts", lambda data, source="": iter(pages))
    try:
        return pdf.extract(b"%PDF-1.4 stand-in", "x.pdf")
    except InputError as exc:
        message = str(exc)
        return ("no text layer" if "没有文字层" in message else "scan" if "疑似扫描件" in message
                else "unmapped" if "字符映射" in message else message)


# ------------------------------------------------------------------------------------------ page texts

_PAGE_NUMBERS = ("- 1 -", "—2—", "第 3 页", "第1页 共5页", "第 2 页/共 5 页", "1/5", "3 / 5", "Page 4 of 5", "page 2",
                 "1", "2", "3", "4", "12", " 5 ", "\t- 3 -  ", "")
_TEXT = ("一、总体情况", "申请数量 95 0 0 95", "2023年1月1日", "本页无正文", "x", "  ", "第三章", "1 2 3", "共5页")
_line = st.one_of(st.sampled_from(_PAGE_NUMBERS), st.sampled_from(_TEXT),
                  st.text(st.sampled_from("第页共/-— 0123456789ab公开"), max_size=8))
_page = st.lists(_line, max_size=7).map("\n".join)


@settings(max_examples=500, deadline=None)
@given(_page, st.integers(min_value=1, max_value=13))
@example("- 1 -\n正文\n2", 1)
@example("正文\n第 2 页", 2)
@example("3\n正文\n正文\n正文", 3)  # a bare number is this page's: dropped at the top
@example("正文\n正文\n4\n正文", 4)  # the second line from the bottom
@example("正文\n- 5 -\n正文\n正文\n正文", 5)  # the second line from the top
@example("1\n2", 2)
@example("", 1)
@example("\n\n", 1)
def test_page_numbers_dropped_as_before(text: str, page_no: int) -> None:
    assert pdf._drop_page_numbers(text, page_no) == old_drop_page_numbers(text, page_no)


def test_edge_lines_are_the_first_two_and_last_two() -> None:
    for n in range(1, 9):
        lines = [f"第{k}行" for k in range(n)]
        got = set(pdf._edge_lines("\n".join(lines)))
        assert got == {lines[k] for k in (0, 1, n - 2, n - 1) if 0 <= k < n}, n


def test_a_page_without_a_page_number_comes_back_as_it_was() -> None:
    page = "一、总体情况\n申请数量 95 0 0 95\n\n结转下年度 3"
    assert pdf._drop_page_numbers(page, 1) is page  # nothing split or joined


# ------------------------------------------------------------------------------------------ scans

_short = st.sampled_from(("某某局", "某某局 1", "某某局 2", "某某局 3", "", " ", "内部资料 12", "短", "第 7 页"))
_pages = st.lists(st.one_of(_short, st.text(st.sampled_from("某局 12\n"), max_size=70),
                            st.just("正文" * 40)), max_size=6)


@settings(max_examples=500, deadline=None)
@given(_pages)
@example(["某某局 1", "某某局 2", "某某局 3"])
@example(["某" * 400, "第2页", "第3页"])
@example(["第2页", "第3页", "某" * 400])  # the long page last: every page is counted first
@example(["", ""])
@example(["某" * 60, "某" * 60])
@example(["某" * 61, "某" * 61])
def test_scans_told_apart_as_before(pages: list[str]) -> None:
    got = scan.scanned(pages)
    want = old_scanned(pages)
    assert (got is None) == (want is None)
    if want is not None:
        assert got.startswith(want)


# ------------------------------------------------------------------------------------------ empty and unmapped

_chars = st.sampled_from("\ufffd\ue000\uf8ff\ue123 \n\t\u3000\x1c\x85\u2028\r\ufffe某a1")
_raw_pages = st.lists(st.text(_chars, max_size=90), min_size=1, max_size=4)


@settings(max_examples=660, deadline=None)
@given(_raw_pages)
@example(["\u3000\n\x1c"])  # whitespace that is not " " or "\n" only: no text layer
@example(["\ufffe\ufffe"])  # the byte-order mark PDFium leaves is taken out first
@example(["\ufffd\ufffd某"])
@example(["\ufffd某"])  # half unmapped is not over half
@example(["\ufffd \ufffd \ufffd 某 某"])  # spaces do not count: 3 of 5
def test_empty_and_unmapped_layers_decided_as_before(pages: list[str]) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert new_verdict(pages, monkeypatch) == old_verdict(pages)

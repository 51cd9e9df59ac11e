"""Speed edits of issue 17 in the parse's tables (branch a26-tables): each cheaper form gives exactly what the form it
replaces gave, on generated input and on the reports of reports/ and bench/synth.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import synth
from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.ingest import load, normalise
from engine.parse import tables

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [load(p).text for p in sorted((ROOT / "reports").glob("*.txt"))]
SYNTH = [normalise(text) for _, text in synth.generate(60, seed=26)]


TRIAL_MARKERS = re.compile(r"本年新制作数量|本年新公开数量|对外公开总数量|政府集中采购|采购总金额")
MARKER_PIECES = st.sampled_from(["本年新制作数量", "本年新公开数量", "对外公开总数量", "政府集中采购", "采购总金额",
                                 "政府集中采购总金额", "量", "购", "数量", "采购", "本年新", "制作", "政府集中",
                                 "总金额", "对外公开总", "本", "x", "\n", " ", "。"])


def _trial_marker_before(text: str) -> tuple[bool, str]:
    m = TRIAL_MARKERS.search(text)
    return m is not None, tables.snippet(text, m.start(), m.end()) if m else ""


def _trial_marker_now(text: str) -> tuple[bool, str]:
    fact = tables.read_tables(text).facts["tables.trial_format"]
    return fact.value, fact.evidence


@settings(max_examples=1000, deadline=None)
@given(st.lists(MARKER_PIECES, max_size=30).map("".join))
@example("采购总金额 政府集中采购")
@example("政府集中采购总金额")
@example("对外公开总数量 采购总金额")
@example("购买采购总金额本年新制作数量")
def test_trial_marker_is_the_patterns_first_match(text):
    m = TRIAL_MARKERS.search(text)
    assert tables._trial_marker(text) == (m.start() if m else -1)
    if m:
        assert tables._TRIAL_LENGTH[text[m.start()]] == m.end() - m.start()


@pytest.mark.parametrize("text", REPORTS + SYNTH)
def test_trial_format_fact_on_reports(text):
    assert _trial_marker_now(text) == _trial_marker_before(text)


def _trailing_values_before(cells: list[str], n: int) -> list[float | None] | None:
    """tables._trailing_values as it was (ada949f)."""
    labels = [i for i, c in enumerate(cells) if c and not (c.isdecimal() or tables._NUMBER.fullmatch(c))]
    last_label = labels[-1] if labels else -1
    while len(cells) - last_label - 1 > n and cells[-1] == "":
        cells = cells[:-1]
    return tables._values(cells[-n:]) if len(cells) > n else None


CELL_TEXTS = st.sampled_from(["", "", "0", "7", "12", "3.5", "٣", "²", "1.", ".5", "总计", "(一)予以公开", "x",
                              "9" * 400])


@settings(max_examples=1000, deadline=None)
@given(st.lists(CELL_TEXTS, max_size=20), st.sampled_from([1, 2, 7, 15]))
@example(["(一)予以公开", "0", "0", "0", "0", "0", "0", "0", "", ""], 7)
@example(["总计", "1", "", "", "", "", "", "2", "", ""], 7)  # blanks inside the row, padding after it
@example(["1", "2", "总计", "3"], 1)
def test_trailing_values_are_those_before(cells, n):
    assert tables._trailing_values(cells, n) == _trailing_values_before(list(cells), n)


def _pipe_rows_before(text: str, start: int, end: int) -> list[tuple[int, list[str]]] | None:
    """tables._pipe_rows without its first test for a "|" (ada949f), with a36's one-cell-a-line test."""
    lines = []
    pos = start
    while pos < end:
        stop = tables._line_end(text, pos)
        if text[pos:stop].strip():
            lines.append((pos, text[pos:stop]))
        pos = stop + 1
    piped = [(p, line) for p, line in lines if "|" in line]
    if len(piped) < 0.8 * len(lines) or not piped:
        return None
    if sum(1 for _, line in piped if len([c for c in line.split("|") if c.strip()]) > 1) < 0.2 * len(piped):
        return None  # (a36: one cell a line, each closed by its "|", is read as a one-cell-a-line table)
    return [(p, [c.strip() for c in line.strip().strip("|").split("|")]) for p, line in piped]


PIPE_PIECES = st.sampled_from(["总计", " | ", "|", "0", " ", "\n", "\n\n", "x"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(PIPE_PIECES, max_size=25).map("".join), st.integers(0, 12), st.integers(0, 12))
@example("总计 0 | 1", 0, 5)  # the region ends before the "|" of its last line
@example("总计 0\n0 | 1", 0, 5)  # ... and on the line break before the line with one
def test_pipe_rows_are_those_before(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    rows = tables._pipe_rows(text, start, end)  # (a29-tables: each line read with its cells first)
    assert (None if rows is None else [(p, row[0]) for p, row in rows]) == _pipe_rows_before(text, start, end)


T4_HEADER = re.compile(r"维\s*持|尚\s*未\s*审|行政复议\s*行政诉讼")
T4_PIECES = st.sampled_from(["维持", "维 持", "维\n持", "尚未审", "尚 未\u3000审", "行政复议 行政诉讼",
                             "行政复议\n行政诉讼", "行政复议", "行政", "维", "尚", "尚未", "未", "审", "持", "x", " ",
                             "\n"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(T4_PIECES, max_size=30).map("".join))
@example("行政复议 行政诉讼 维持")
@example("维护 尚未审结 维持")
def test_t4_header_is_the_patterns_first_match(text):
    m = T4_HEADER.search(text)
    assert tables._t4_header(text) == (m.start() if m else -1)


def _t3_region_before(text: str) -> tuple[int, int, bool] | None:
    """tables._t3_region as it was (ada949f): every 本年新收 of the first eight found by `re`."""
    from itertools import islice
    starts = [m.start() for m in islice(re.finditer("本年新收", text), 8)]
    if not starts:
        return None
    start = next((s for s in starts if "数量" in text[s:s + 20]), starts[0])
    fwd = tables._CARRIED_FORWARD.search(text, start)
    if fwd is None:
        return start, len(text), True
    return start, tables._run_end(text, fwd.end(), min(len(text), fwd.end() + 400)), False


REGION_PIECES = st.sampled_from(["本年新收", "政府信息公开申请数量", "数量", "申请7件", "x" * 9, "结转下年度", " 0 0 1",
                                 "\n", " ", "本年新收本年新收"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(REGION_PIECES, max_size=30).map("".join))
@example("本年新收" * 8 + "数量")  # the eighth holds 数量
@example("本年新收x" * 8 + "本年新收数量")  # only the ninth: the first is taken
def test_t3_region_is_the_one_before(text):
    assert tables._t3_region(text) == _t3_region_before(text)


@pytest.mark.parametrize("text", REPORTS + SYNTH)
def test_t4_header_and_t3_region_on_reports(text):
    m = T4_HEADER.search(text)
    assert tables._t4_header(text) == (m.start() if m else -1)
    assert tables._t3_region(text) == _t3_region_before(text)

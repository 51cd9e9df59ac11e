"""Hostile input finishes in under a second per MB, whole pipeline (ingest + split + parse), and still
gets a result. Each case once tripped a regex into quadratic time or could. The second is for this
machine at its usual speed (a 3M-iteration Python loop in 0.14 s); a shared machine that runs slower right
now gets a proportionally longer limit, so only a change of complexity fails."""

from __future__ import annotations

import time

import pytest

from engine.pipeline import parse_file

USUAL_LOOP_S = 0.14


def slowdown() -> float:
    """How much slower than usual this CPU runs right now (never below 1)."""
    start, total = time.perf_counter(), 0
    for i in range(3_000_000):
        total += i * i
    return max(1.0, (time.perf_counter() - start) / USUAL_LOOP_S)


CASES = {
    "one_5mb_line": "政府信息公开工作年度报告,全年主动公开政府信息12条,受理申请3件。" * 60_000,
    "100k_digits": "1" * 100_000,
    "numbers_after_a_row_label": "一、本年新收政府信息公开申请数量 " + "1 " * 300_000,
    "repeated_headings": "一、概述\n" * 100_000,
    "repeated_placeholders": "XX年××月" * 100_000,
    "piece_markers": "文章 篇1\n正文内容\n" * 40_000,
    "count_then_all_done": "12件均已办结" * 100_000,
    "nested_html": "<div>" * 60_000 + "政府信息公开工作年度报告" + "</div>" * 60_000,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_is_linear(tmp_path, name):
    text = CASES[name]
    path = tmp_path / (f"{name}.html" if "html" in name else f"{name}.txt")
    path.write_text(text, encoding="utf-8")
    mb = max(path.stat().st_size / 2**20, 0.1)
    best = float("inf")
    for _ in range(2):  # best of two: a busy machine should not fail a linear-time check
        start = time.perf_counter()
        results = parse_file(path)
        best = min(best, time.perf_counter() - start)
    assert results and all(r.status in ("ok", "not_a_report", "error") for r in results)
    factor = slowdown()
    assert best < 1.0 * mb * factor, f"{name}: {best:.2f}s for {mb:.1f} MB (CPU {factor:.1f}x slower than usual)"

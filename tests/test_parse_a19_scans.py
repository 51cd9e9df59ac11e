"""Scans the parse runs over whole parts of a text, made cheaper with the same answers (issue 17, a19-parse): five
class-led scans searched per opening character, the overdue key's scan skipped where none of its words is, and the
2019-format test asked with `in`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.ingest import load
from engine.parse import checks, counts, kind, meta
from engine.parse.scan import Led

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [load(p).text for p in sorted((ROOT / "reports").glob("*.txt"))]
MADE_UP = [
    "本年度共计收到申请12件,合计办结11件,总计 12 件。没有收到和处理政府信息公开申请。",
    "共受理30件,其中依申请公开20件。累计公开120条,其中主动公开100条。",
    "发布日期:2023-03-15\n2022/1/5 修订 1999.12.31 2023-3/4",
    "本年度无超期答复,未发生逾期情况;均在法定期限内按时答复。",
    "未收到及办理申请;无受理或答复;没有接到并处理的申请。",
    "",
]
SCANS = {"counts.OVERDUE_WORD": counts.OVERDUE_WORD, "counts.ZERO_VERB[requests.completed]":
         counts.ZERO_VERB["requests.completed"], "checks.TOTAL_AFTER": checks.TOTAL_AFTER,
         "checks.TOTAL": checks.TOTAL, "meta.ISO_DATE": meta.ISO_DATE}


@pytest.mark.parametrize("name", SCANS)
def test_a_whole_window_scan_is_split_per_opening_and_finds_what_its_pattern_finds(name):
    scan = SCANS[name]
    assert isinstance(scan, Led) and scan._parts and 2 <= len(scan._parts) <= 4, name
    for text in REPORTS + MADE_UP:
        n = len(text)
        for start, end in ((0, n), (n // 3, n), (0, n // 2), (n // 4, n // 4 + 300)):
            old = [(m.span(), m.groups()) for m in scan.regex.finditer(text, start, end)]
            assert [(m.span(), m.groups()) for m in scan.finditer(text, start, end)] == old, name
            first = scan.search(text, start, end)
            assert (first and (first.span(), first.groups())) == (old[0] if old else None), name
    assert scan.search("\n".join(MADE_UP)) is not None, name  # each finds something in the made-up texts


def test_the_overdue_key_is_skipped_only_where_it_cannot_match():
    key = counts.ZERO_KEYS["requests.overdue"]
    words = counts.SCAN_WORDS[key]
    assert set(words) == {"超期", "逾期", "法定期限", "规定期限", "按时", "按期"}
    for text in REPORTS + MADE_UP + ["均已按期办结", "逾", "法定期", "按规定时间答复"]:
        n = len(text)
        for win in ((0, n), (n // 2, n), (0, n // 3)):
            if not counts.holds_any(text, win, words):
                assert key.search(text, *win) is None, text[:40]
    assert counts.holds_any("均已按期办结", (0, 6), words) and not counts.holds_any("按规定时间答复", (0, 7), words)


OLD_FORMAT_2019 = re.compile(r"总体情况|收到和处理政府信息公开申请|本年新收|第二十条第")


def test_the_2019_format_is_told_by_its_words_as_the_pattern_told_it():
    texts = REPORTS + MADE_UP + ["一、总体情况", "本年新收政府信息公开申请数量", "依据第二十条第(一)项", "总体",
                                 "收到和处理政府信息公开申请情况", "第二十条"]
    for text in texts:
        assert any(w in text for w in kind.FORMAT_2019_WORDS) == bool(OLD_FORMAT_2019.search(text)), text[:40]
    assert sum(any(w in text for w in kind.FORMAT_2019_WORDS) for text in REPORTS) >= 5  # the 2019 form is common

"""Plain-text tables for a terminal: the league table, every finding, then the inputs that failed.

tabulate measures CJK text with `wcwidth` (a dependency for that reason): a Chinese character takes two
terminal columns, so the columns after it line up.
"""

from __future__ import annotations

from collections.abc import Sequence

from tabulate import tabulate

from engine.model import Scorecard
from engine.render import SUMMARY_HEADERS, SUMMARY_NUMERIC, clip, one_line, points, summary_rows

EVIDENCE_CHARS = 60
FINDING_HEADERS = ("机构", "期间", "规则", "主题", "扣分", "依据", "证据")
TABLEFMT = "simple"  # dashes only: box-drawing characters are ambiguous-width in CJK terminals


def render(cards: Sequence[Scorecard], errors: list[tuple[str, str]]) -> str:
    parts = [_summary(cards) if cards else "没有评分结果。"]
    if any(c.findings for c in cards):
        parts.append("扣分项\n" + _findings(cards))
    warnings = [f"提示：{c.agency} {c.period}：{w}" for c in cards for w in c.warnings]
    if warnings:
        parts.append("\n".join(one_line(w) for w in warnings))
    if errors:
        rows = [[one_line(source), one_line(message)] for source, message in errors]
        parts.append(f"未能读取的文件（{len(errors)}）\n" + _table(rows, ("文件", "原因")))
    return "\n\n".join(parts) + "\n"


def _summary(cards: Sequence[Scorecard]) -> str:
    rows = [[one_line(v) for v in row] for row in summary_rows(cards)]
    return _table(rows, SUMMARY_HEADERS, [h in SUMMARY_NUMERIC for h in SUMMARY_HEADERS])


def _findings(cards: Sequence[Scorecard]) -> str:
    rows = [
        [one_line(c.agency), one_line(c.period), one_line(f.rule), one_line(f.topic), points(f),
         one_line(f.basis), clip(one_line(f.evidence), EVIDENCE_CHARS)]
        for c in cards for f in c.findings
    ]
    return _table(rows, FINDING_HEADERS, [h == "扣分" for h in FINDING_HEADERS])


def _table(rows: list[list[str]], headers: Sequence[str], right: Sequence[bool] = ()) -> str:
    align = ["right" if r else "left" for r in right] or None
    return tabulate(rows, headers=list(headers), tablefmt=TABLEFMT, colalign=align, disable_numparse=True)

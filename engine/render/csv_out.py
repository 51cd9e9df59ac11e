"""The ranking as CSV for a spreadsheet: one row per scorecard, one column per topic's deduction.

UTF-8 with a BOM, or Excel reads the Chinese as the local code page. Agency names and other text come from
the reports, so a cell a spreadsheet would read as a formula (= + - @) is made text with a leading quote.
The same rows make the xlsx ranking sheet, which is why they are built here, where openpyxl is not needed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from engine.model import Scorecard
from engine.render import counted, number, one_line, ranks

RANKING_HEADERS = ("排名", "机构", "期间", "层级", "规则集", "得分", "归一化", "等级", "否决", "升级档", "扣分项",
                   "变化", "上一期间")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float


def topics(cards: Sequence[Scorecard]) -> list[str]:
    """Every topic any card deducted for, in a stable order: one column each."""
    return sorted({t for c in cards for t in c.deductions})


def ranking(cards: Sequence[Scorecard]) -> tuple[list[str], list[list[Cell]]]:
    """Headers and one row per card (already `ordered`): numbers as numbers, report text on one line."""
    columns = topics(cards)
    rows: list[list[Cell]] = [
        [rank, one_line(c.agency), one_line(c.period), one_line(c.level), one_line(c.profile),
         c.score, c.normalised_score, one_line(c.grade), "是" if c.veto else "", one_line(c.escalation), counted(c),
         "" if c.change is None else c.change, one_line(c.previous_period),
         *(c.deductions.get(t, 0.0) for t in columns)]
        for rank, c in zip(ranks(cards), cards, strict=True)
    ]
    return [*RANKING_HEADERS, *columns], rows


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)


def _csv_cell(value: Cell) -> str:
    if isinstance(value, str):
        return "'" + value if looks_like_formula(value) else value
    return number(value) if isinstance(value, float) else str(value)


def render(cards: Sequence[Scorecard], errors: list[tuple[str, str]]) -> bytes:
    headers, rows = ranking(cards)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows([_csv_cell(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")

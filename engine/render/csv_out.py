"""The ranking as CSV for a spreadsheet: one row per scorecard, one column per topic's deduction after its cap.

UTF-8 with a BOM, or Excel reads the Chinese as the local code page. Agency names and other text come from
the reports, so a cell a spreadsheet would read as a formula (= + - @) is made text with a leading quote.
The same rows make the xlsx ranking sheets, which is why they are built here, where openpyxl is not needed.
Every row adds up: the topic columns and 封顶调整 sum to 扣分合计, which is 100 − 得分.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from engine.glossary import label
from engine.model import Scorecard
from engine.render import (
    ADJUSTMENTS,
    VETO_SCORE,
    Layout,
    category,
    counted,
    ledger,
    number,
    one_line,
    rule_ids,
    unranked_reason,
)

RANKING_HEADERS = ("排名", "并列", "单位", "年度", "类别", "层级", "评分方案", "得分", "归一化", "等级", "升级档",
                   "扣分合计", "扣分项", "较上年", "上一年度")
ADJUSTMENT = "封顶调整"
NOTE, IDS = "备注", "规则编号"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float


def topics(cards: Sequence[Scorecard]) -> list[str]:
    """Every topic any card deducted for, in a stable order: one column each (codes; headers are their words)."""
    return sorted({t for c in cards for t in c.deductions} | {f.topic for c in cards for f in c.findings
                                                              if not f.waived})


def row(card: Scorecard, rank: Cell, tied: bool, columns: list[str], adjusted: bool, note: str = "") -> list[Cell]:
    """One card's ranking row: numbers as numbers, report text on one line, the deductions after caps."""
    lines = {s.topic: s.counted for s in ledger(card)}
    per_topic: list[Cell] = ["" if card.veto else lines.get(label("topic", t), 0.0) for t in columns]
    adjustment: list[Cell] = [sum(lines.get(k, 0.0) for k in ADJUSTMENTS)] if adjusted else []
    return [rank, "并列" if tied else "", one_line(card.agency), one_line(card.period), category(card),
            label("level", card.level), label("scheme", card.profile),
            VETO_SCORE if card.veto else card.score, card.normalised_score, one_line(card.grade),
            one_line(card.escalation), "一票否决" if card.veto else round(100.0 - card.score, 1), counted(card),
            "" if card.change is None else card.change, one_line(card.previous_period),
            *per_topic, *adjustment, note or ("" if card.submitted else "未报送"), rule_ids(card)]


def headers(columns: list[str], adjusted: bool) -> list[str]:
    return [*RANKING_HEADERS, *(label("topic", t) for t in columns), *([ADJUSTMENT] if adjusted else []), NOTE, IDS]


def is_adjusted(cards: Sequence[Scorecard]) -> bool:
    """Whether any card needs the 封顶调整 column (category caps, the floor at 0, a review)."""
    return any(s.raw == 0.0 and s.topic in ADJUSTMENTS for c in cards for s in ledger(c))


def ranking(view: Layout) -> tuple[list[str], list[list[Cell]]]:
    """Headers and every row: the rankings by category, then other periods, then the cards to confirm."""
    cards = view.cards
    columns, adjusted = topics(cards), is_adjusted(cards)
    rows = [row(c, r, t, columns, adjusted) for g in view.groups for r, t, c in zip(g.ranks, g.tied, g.cards,
                                                                                      strict=True)]
    rows += [row(c, "", False, columns, adjusted, "其他年度，不参与本次排名") for c in view.others]
    rows += [row(c, "", False, columns, adjusted, f"不参与排名：{unranked_reason(c)}") for c in view.unranked]
    return headers(columns, adjusted), rows


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)


def _csv_cell(value: Cell) -> str:
    if isinstance(value, str):
        return "'" + value if looks_like_formula(value) else value
    return number(value) if isinstance(value, float) else str(value)


def render(view: Layout, errors: list[tuple[str, str]]) -> bytes:
    head, rows = ranking(view)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(head)
    writer.writerows([_csv_cell(v) for v in r] for r in rows)
    return buffer.getvalue().encode("utf-8-sig")

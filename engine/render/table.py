"""Plain-text tables for a terminal: one ranking per category, every card's deductions with their subtotals,
the list to confirm by hand, then the inputs that could not be read.

tabulate measures CJK text with `wcwidth` (a dependency for that reason): a Chinese character takes two
terminal columns, so the columns after it line up.
"""

from __future__ import annotations

from collections.abc import Sequence

from tabulate import tabulate

from engine.model import Scorecard
from engine.render import (
    ERROR_HEADERS,
    ERRORS_TITLE,
    FINDING_HEADERS,
    OTHERS_TITLE,
    SUMMARY_HEADERS,
    SUMMARY_NUMERIC,
    UNRANKED_HEADERS,
    UNRANKED_TITLE,
    Layout,
    clip,
    finding_rows,
    ledger,
    number,
    one_line,
    other_rows,
    reason,
    score_text,
    summary_rows,
    unranked_reason,
    unranked_rows,
)

EVIDENCE_CHARS = 60
IDS_CHARS = 40  # a terminal line; md, html and the sheets list every rule id
TABLEFMT = "simple"  # dashes only: box-drawing characters are ambiguous-width in CJK terminals
_SHOWN = ("序号", "扣分原因", "主题", "扣分", "原文摘录", "规则编号")  # a terminal is narrow: basis is in md/html/xlsx


def render(view: Layout, errors: list[tuple[str, str]]) -> str:
    parts = [] if view.cards else ["没有评分结果。"]
    for group in view.groups:
        parts.append(f"排名：{group.name}（{len(group.cards)}家）\n" + _table(summary_rows(group), SUMMARY_HEADERS))
    if view.others:
        parts.append(OTHERS_TITLE + "\n" + _table(other_rows(view.others), SUMMARY_HEADERS))
    if view.unranked:
        parts.append(f"{UNRANKED_TITLE}（{len(view.unranked)}）\n"
                     + _table(unranked_rows(view.unranked), UNRANKED_HEADERS))
    cards = [c for c in view.cards if c.findings]
    if cards:
        parts.append("扣分明细\n\n" + "\n\n".join(_card(c) for c in cards))
    warnings = [f"提示：{c.agency} {c.period}：{w}" for c in view.cards for w in c.warnings]
    if warnings:
        parts.append("\n".join(one_line(w) for w in warnings))
    if errors:
        rows = [[source, reason(source, message)] for source, message in errors]
        parts.append(f"{ERRORS_TITLE}（{len(errors)}）\n" + _table(rows, ERROR_HEADERS))
    return "\n\n".join(parts) + "\n"


def _card(card: Scorecard) -> str:
    keep = [FINDING_HEADERS.index(h) for h in _SHOWN]
    rows = [[clip(row[i], EVIDENCE_CHARS) if FINDING_HEADERS[i] == "原文摘录" else row[i] for i in keep]
            for row in finding_rows(card)]
    for s in ledger(card):
        rows.append(["", f"小计：{s.topic}" + (f"（{s.note}）" if s.note else ""), "", number(s.counted), "", ""])
    head = f"{card.agency}（{card.period}）得分 {score_text(card)} {card.grade}"
    if not card.ranked:  # as md and html say it: the score of a card waiting for review is not yet the agency's
        head += f" · 不参与排名：{unranked_reason(card)}"
    return one_line(head) + "\n" + _table(rows, _SHOWN)


def _ids(text: str) -> str:
    """Rule ids whole (a clipped id is no id): the first, and how many more, when they do not fit."""
    ids = text.split("、")
    return text if len(text) <= IDS_CHARS else f"{ids[0]} 等{len(ids)}条"


def _table(rows: list[list[str]], headers: Sequence[str]) -> str:
    align = ["right" if h in SUMMARY_NUMERIC or h == "扣分" else "left" for h in headers]
    clean = [[_ids(v) if h == "规则编号" else one_line(v) for h, v in zip(headers, row, strict=True)] for row in rows]
    return tabulate(clean, headers=list(headers), tablefmt=TABLEFMT, colalign=align, disable_numparse=True)

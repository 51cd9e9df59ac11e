"""A Markdown report: one ranking per category, one section per card with its subtotals, the list to confirm
by hand, then the inputs that failed.

Agency names, evidence and titles come from the reports themselves, so every one goes through `cell`:
a `|` or newline in a report must not break a table row, and `<script>` must arrive as text, not HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.glossary import label
from engine.model import Scorecard
from engine.render import (
    ERRORS_TITLE,
    FINDING_HEADERS,
    OTHERS_TITLE,
    SUMMARY_HEADERS,
    SUMMARY_NUMERIC,
    TITLE,
    UNRANKED_HEADERS,
    UNRANKED_TITLE,
    Layout,
    category,
    finding_rows,
    ledger,
    number,
    one_decimal,
    one_line,
    other_rows,
    reason,
    score_text,
    summary_rows,
    unranked_rows,
)

# Entities for what HTML reads; backslash escapes for what Markdown reads (links, emphasis, cells, headings).
_ESCAPES = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "`": "&#96;",
    "\\": "\\\\", "|": "\\|", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "~": "\\~", "#": "\\#",
})


def cell(text: object) -> str:
    """Report text made inert: one line, no HTML, no Markdown syntax, no cell breaks."""
    return one_line(text).translate(_ESCAPES)


def render(view: Layout, errors: list[tuple[str, str]]) -> str:
    failed = f"，{len(errors)} 个文件未能读取" if errors else ""
    apart = f"，{len(view.unranked)} 份待人工确认" if view.unranked else ""
    out = [f"# {TITLE}", "", f"共 {len(view.cards)} 份评分结果{apart}{failed}。", ""]
    for group in view.groups:
        out += [f"## 排名：{cell(group.name)}", "", *_table(SUMMARY_HEADERS, summary_rows(group), SUMMARY_NUMERIC), ""]
    if view.others:
        out += [f"## {OTHERS_TITLE}", "", *_table(SUMMARY_HEADERS, other_rows(view.others), SUMMARY_NUMERIC), ""]
    if view.unranked:
        out += [f"## {UNRANKED_TITLE}", "", *_table(UNRANKED_HEADERS, unranked_rows(view.unranked), set()), ""]
    if view.cards:
        out += ["## 各单位扣分明细", ""]
        for card in view.cards:
            out += _section(card)
    if errors:
        out += [f"## {ERRORS_TITLE}", "",
                *(f"- {cell(source)}：{cell(reason(source, message))}" for source, message in errors), ""]
    return "\n".join(out)


def _section(card: Scorecard) -> list[str]:
    out = [f"### {cell(card.agency)}（{cell(card.period)}）", ""]
    level = f" · 层级 {label('level', card.level)}" if card.level else ""
    out += [
        f"类别 {cell(category(card))}{level} · 评分方案 {cell(label('scheme', card.profile))}"
        f" · 得分 {score_text(card)}{_auto(card)} · 归一化 {one_decimal(card.normalised_score)}"
        f" · 等级 {cell(card.grade)}" + ("" if card.ranked else f" · 不参与排名：{cell(card.unranked_reason)}"),
        "",
    ]
    if card.findings:
        rows = finding_rows(card)
        for f, row in zip(card.findings, rows, strict=True):
            row[1] += (f"（豁免：{f.waived}）" if f.waived else "") + (f"（{f.review}）" if f.review else "")
        for s in ledger(card):
            rows.append(["", f"小计：{s.topic}" + (f"（{s.note}）" if s.note else ""), "", "", number(s.counted),
                         "", "", ""])
        if not card.veto:
            rows.append(["", "合计（100 − 合计 = 得分）", "", "", number(round(100 - card.score, 1)), "", "", ""])
        out += [*_table(FINDING_HEADERS, rows, {"扣分"}), ""]
    else:
        out += ["无扣分项。", ""]
    full = f"；适用规则满分 {number(card.applicable_points)}" if card.applicable_points else ""
    out += [f"不适用规则：{len(card.not_applicable)} 条{full}。", ""]
    if card.warnings:
        out += ["提示：", "", *(f"- {cell(w)}" for w in card.warnings), ""]
    if card.inputs:
        out += ["输入文件：", "", *(f"- {cell(source)}" for source in card.inputs), ""]
    return out


def _auto(card: Scorecard) -> str:
    """After review the score is the reviewed one; the automatic one stays beside it."""
    return "" if card.auto_score is None else f"（复核后；自动评分 {one_decimal(card.auto_score)}）"


def _table(headers: Sequence[str], rows: list[list[str]], right: set[str] | frozenset[str]) -> list[str]:
    """A GFM table; every value goes through `cell`, so each row has exactly len(headers) + 1 bare pipes."""
    line = lambda values: "| " + " | ".join(cell(v) for v in values) + " |"  # noqa: E731
    rule = "| " + " | ".join("---:" if h in right else "---" for h in headers) + " |"
    return [line(headers), rule, *(line(r) for r in rows)]

"""A Markdown report: summary table, one section per scorecard, then the inputs that failed.

Agency names, evidence and titles come from the reports themselves, so every one goes through `cell`:
a `|` or newline in a report must not break a table row, and `<script>` must arrive as text, not HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.model import Finding, Scorecard
from engine.render import SUMMARY_HEADERS, SUMMARY_NUMERIC, number, one_decimal, one_line, points, ranks, summary_rows

FINDING_HEADERS = ("规则", "标题", "扣分", "依据", "证据")

# Entities for what HTML reads; backslash escapes for what Markdown reads (links, emphasis, cells, headings).
_ESCAPES = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "`": "&#96;",
    "\\": "\\\\", "|": "\\|", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "~": "\\~", "#": "\\#",
})


def cell(text: object) -> str:
    """Report text made inert: one line, no HTML, no Markdown syntax, no cell breaks."""
    return one_line(text).translate(_ESCAPES)


def render(cards: Sequence[Scorecard], errors: list[tuple[str, str]]) -> str:
    failed = f"，{len(errors)} 个文件未能读取" if errors else ""
    out = ["# 信息公开工作年度报告评分", "", f"共 {len(cards)} 份评分结果{failed}。", ""]
    if cards:
        out += ["## 总览", "", *_table(SUMMARY_HEADERS, summary_rows(cards), SUMMARY_NUMERIC), ""]
        out += ["## 各机构扣分明细", ""]
        for rank, card in zip(ranks(cards), cards, strict=True):
            out += _section(rank, card)
    if errors:
        out += ["## 未能读取的文件", "", *(f"- {cell(source)}：{cell(message)}" for source, message in errors), ""]
    return "\n".join(out)


def _section(rank: int, card: Scorecard) -> list[str]:
    out = [f"### {rank}. {cell(card.agency)}（{cell(card.period)}）", ""]
    out += [
        f"规则集 {cell(card.profile)} · 得分 {one_decimal(card.score)}{_auto(card)}"
        f" · 归一化 {one_decimal(card.normalised_score)}"
        f" · 等级 {cell(card.grade)} · 否决 {'是' if card.veto else '否'}",
        "",
    ]
    if card.findings:
        out += [*_table(FINDING_HEADERS, [_finding_row(f) for f in card.findings], {"扣分"}), ""]
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


def _finding_row(f: Finding) -> list[str]:
    title = f.title + (f"（豁免：{f.waived}）" if f.waived else "") + (f"（{f.review}）" if f.review else "")
    return [f.rule, title, points(f), f.basis, f.evidence]


def _table(headers: Sequence[str], rows: list[list[str]], right: set[str] | frozenset[str]) -> list[str]:
    """A GFM table; every value goes through `cell`, so each row has exactly len(headers) + 1 bare pipes."""
    line = lambda values: "| " + " | ".join(cell(v) for v in values) + " |"  # noqa: E731
    rule = "| " + " | ".join("---:" if h in right else "---" for h in headers) + " |"
    return [line(headers), rule, *(line(r) for r in rows)]

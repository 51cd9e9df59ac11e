"""Scorecards → text: `table` for a terminal, `json` for tools (the contract), `md` for a report;
→ bytes: `xlsx` (ranking and findings sheets) and `csv` (the ranking, UTF-8 with BOM) for spreadsheets.

One module per format. They are imported on demand so that each format loads only what it needs
(json never loads tabulate) and can share the helpers below without an import cycle.

What every format shows the same way (`layout`): a 考核 ranks one period within one category, so the ranking is
one table per category of the chosen period (the latest by default); cards of other periods follow without a
rank, and cards kept out of rankings (`Scorecard.ranked` false: non-reports, documents with no agency name) get
their own list for a person to confirm. Equal scores share a rank, marked 并列. A veto scores 0（一票否决）.
Every word is the office's (engine.glossary); rule ids stay in one column at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import import_module

from engine.glossary import CATEGORY_ORDER, label
from engine.model import Finding, Scorecard

FORMATS = ("table", "json", "md", "html", "xlsx", "csv")
SUFFIX = {"table": ".txt", "json": ".json", "md": ".md", "html": ".html", "xlsx": ".xlsx", "csv": ".csv"}
BINARY = frozenset({"xlsx", "csv"})  # render() returns bytes for these: write them with Path.write_bytes
_MODULES = {"table": "table", "json": "json_out", "md": "markdown", "html": "html_out",
            "xlsx": "xlsx", "csv": "csv_out"}
ALL_PERIODS = "all"

TITLE = "信息公开工作年度报告考核"
SUMMARY_HEADERS = ("排名", "单位", "年度", "类别", "评分方案", "得分", "等级", "扣分合计", "扣分项", "较上年",
                   "规则编号")
SUMMARY_NUMERIC = frozenset({"排名", "得分", "扣分合计", "扣分项", "较上年"})
FINDING_HEADERS = ("序号", "扣分原因", "主题", "严重程度", "扣分", "依据", "原文摘录", "规则编号")
UNRANKED_TITLE = "未识别或非年度报告文件，请人工确认"
UNRANKED_HEADERS = ("单位或文件", "年度", "识别为", "原因", "输入文件")
OTHERS_TITLE = "其他年度（不参与本次排名）"
ERRORS_TITLE = "未能读取的文件"
ERROR_HEADERS = ("文件", "原因及处理办法")
VETO_SCORE = "0（一票否决）"
TIED = "（并列）"

__all__ = ["BINARY", "FORMATS", "SUFFIX", "render"]


def render(cards: Iterable[Scorecard], fmt: str, *, errors: Iterable[tuple[str, str]] = (),
           period: str | None = None) -> str | bytes:
    """`cards` in `fmt`: text ending with one newline for the text formats; bytes for the formats in
    BINARY (xlsx is a zip; csv is UTF-8 with a BOM and CRLF line ends, written as is), so a caller writes
    those with `write_bytes`. `errors` (source, message) are listed after the cards in table, md and html and on
    their own xlsx sheet; json is the scorecard array of the contract and csv the ranking, so both leave them out.
    `period`: the period ranked (default the latest; "all" ranks each period apart)."""
    if fmt not in FORMATS:
        raise ValueError(f"未知的输出格式 {fmt!r}；可选：{'、'.join(FORMATS)}")
    module = import_module(f"{__name__}.{_MODULES[fmt]}")
    cards = list(cards)
    out: str | bytes = module.render(layout(cards, period) if fmt != "json" else ordered(cards), list(errors))
    if fmt in BINARY:
        return out
    assert isinstance(out, str)
    return out.rstrip("\n") + "\n"


def ordered(cards: Iterable[Scorecard]) -> list[Scorecard]:
    """Best first (a veto counts as 0); ties by agency then period so that the order never depends on input order."""
    return sorted(cards, key=lambda c: (-effective(c), c.agency, c.period))


def effective(card: Scorecard) -> float:
    """The score a ranking uses: a veto fails the whole card, so it counts as 0."""
    return 0.0 if card.veto else card.score


@dataclass(slots=True)
class Group:
    """One ranking: the cards of one period and category, best first, with their shared (并列) ranks."""

    period: str
    category: str
    cards: list[Scorecard]
    ranks: list[int] = field(default_factory=list)
    tied: list[bool] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.period}年度 {self.category}"


@dataclass(slots=True)
class Layout:
    groups: list[Group]  # the ranking: one table per category of the chosen period(s)
    others: list[Scorecard]  # ranked cards of periods not ranked here, without a rank
    unranked: list[Scorecard]  # kept out of rankings, for a person to confirm
    periods: list[str]

    @property
    def ranked(self) -> list[Scorecard]:
        return [c for g in self.groups for c in g.cards]

    @property
    def cards(self) -> list[Scorecard]:
        """Every card once, in the order the formats show them."""
        return [*self.ranked, *self.others, *self.unranked]


def category(card: Scorecard) -> str:
    """The 考核 category: a roster's when it names one (`Scorecard.category`), else the level's."""
    return getattr(card, "category", "") or label("category", card.level or "unknown")


def _period_key(period: str) -> tuple[int, str]:
    head = period.split("-")[0]
    return (int(head) if head.isdigit() else -1, period)


def layout(cards: Sequence[Scorecard], period: str | None = None) -> Layout:
    ranked = [c for c in cards if c.ranked]
    unranked = sorted((c for c in cards if not c.ranked), key=lambda c: (c.period, c.agency))
    periods = sorted({c.period for c in ranked}, key=_period_key, reverse=True)
    chosen = periods if period == ALL_PERIODS else [period] if period else periods[:1]
    groups = []
    for p in chosen:
        by_category: dict[str, list[Scorecard]] = {}
        for c in ranked:
            if c.period == p:
                by_category.setdefault(category(c), []).append(c)
        order = sorted(by_category, key=lambda k: (CATEGORY_ORDER.index(k) if k in CATEGORY_ORDER else
                                                   len(CATEGORY_ORDER), k))
        for k in order:
            members = ordered(by_category[k])
            r = ranks(members)
            tied = [r.count(x) > 1 for x in r]
            groups.append(Group(p, k, members, r, tied))
    others = ordered(c for c in ranked if c.period not in chosen)
    return Layout(groups, others, unranked, chosen)


def ranks(cards: Sequence[Scorecard]) -> list[int]:
    """Competition ranks (1, 2, 2, 4) of cards already `ordered`: equal scores share a rank."""
    out: list[int] = []
    for i, card in enumerate(cards):
        out.append(out[-1] if i and effective(card) == effective(cards[i - 1]) else i + 1)
    return out


def rank_text(rank: int, tied: bool) -> str:
    return f"{rank}{TIED}" if tied else str(rank)


def counted(card: Scorecard) -> int:
    """Findings that cost points: a waived finding is reported but not counted."""
    return sum(1 for f in card.findings if not f.waived)


def score_text(card: Scorecard) -> str:
    return VETO_SCORE if card.veto else one_decimal(card.score)


def total_text(card: Scorecard) -> str:
    """扣分合计: what 100 − 得分 is, after every cap; a veto has no sum to show."""
    return "一票否决" if card.veto else number(round(100.0 - card.score, 1))


def rule_ids(card: Scorecard) -> str:
    return "、".join(dict.fromkeys(f.rule for f in card.findings))


def summary_rows(group: Group) -> list[list[str]]:
    """One row of SUMMARY_HEADERS per card of a ranking, as raw strings; each format escapes them its own way."""
    return [
        [rank_text(rank, tied), c.agency, c.period, group.category, label("scheme", c.profile), score_text(c),
         grade_text(c), total_text(c), str(counted(c)), change(c), rule_ids(c)]
        for rank, tied, c in zip(group.ranks, group.tied, group.cards, strict=True)
    ]


def other_rows(cards: Sequence[Scorecard]) -> list[list[str]]:
    """Cards of other periods: the summary row without a rank."""
    return [["—", c.agency, c.period, category(c), label("scheme", c.profile), score_text(c), grade_text(c),
             total_text(c), str(counted(c)), change(c), rule_ids(c)] for c in cards]


def grade_text(card: Scorecard) -> str:
    """The grade, and 未报送 for a roster agency whose report never came (its score is the profile's, not read)."""
    return card.grade if card.submitted else f"{card.grade}（未报送）"


def unranked_rows(cards: Sequence[Scorecard]) -> list[list[str]]:
    return [[c.agency, c.period, label("kind", c.kind) or "未识别", unranked_reason(c), "；".join(c.inputs)]
            for c in cards]


def unranked_reason(card: Scorecard) -> str:
    if card.unranked_reason:
        return card.unranked_reason
    reports = ("government_annual", "university_annual")
    return "未识别为年度报告" if card.kind and card.kind not in reports else "待人工确认"


@dataclass(frozen=True, slots=True)
class Subtotal:
    """One line of a card's ledger: what a topic's findings add up to, and what counts after its cap."""

    topic: str  # the office's word for the topic, or for an adjustment (分类封顶 …)
    raw: float
    counted: float
    note: str = ""


def ledger(card: Scorecard) -> list[Subtotal]:
    """Per-topic subtotals after caps, then any adjustment the profile's category caps (or the floor at 0, or a
    review) make, so that 100 − Σ counted = 得分 on every card. Empty for a veto (得分 is 0)."""
    if card.veto:
        return []
    raw: dict[str, float] = {}
    smallest: dict[str, float] = {}
    for f in card.findings:
        if not f.waived:
            raw[f.topic] = raw.get(f.topic, 0.0) + f.points
            smallest[f.topic] = min(smallest.get(f.topic, f.points), f.points)
    out = []
    for topic in sorted(set(raw) | set(card.deductions)):
        got = raw.get(topic, 0.0)
        kept = card.deductions.get(topic, got)
        note = ""
        if got - kept > 0.05:
            note = f"本主题封顶{number(kept)}分（原扣{number(got)}分）"
            if got - smallest.get(topic, 0.0) >= kept - 0.05:
                note += "；驳回其中任一项不改变得分"
        out.append(Subtotal(label("topic", topic), round(got, 2), round(kept, 2), note))
    gap = round(sum(s.counted for s in out) - (100.0 - card.score), 1)
    if abs(gap) > 0.05:
        why = ("未报送" if not card.submitted else "复核调整" if card.auto_score is not None
               else "分类封顶" if gap > 0 and card.category_deductions
               else "得分最低为0" if gap > 0 and card.score == 0 else "其他调整")
        note = (f"未报送年度报告，按评分方案计{number(card.score)}分" if why == "未报送"
                else f"{why}，减免{number(gap)}分" if gap > 0 else "")
        out.append(Subtotal(why, 0.0, -gap, note))
    return out


ADJUSTMENTS = ("分类封顶", "得分最低为0", "复核调整", "未报送", "其他调整")  # the ledger's lines that are not topics


def finding_rows(card: Scorecard) -> list[list[str]]:
    """One row of FINDING_HEADERS per finding, as raw strings."""
    return [[str(i), title(f), label("topic", f.topic), label("severity", f.severity), points(f), f.basis,
             readable(f.evidence), f.rule] for i, f in enumerate(card.findings, start=1)]


def reason(source: str, message: str) -> str:
    """An error's message without the file name in front (the file has its own column)."""
    return message[len(source):].lstrip("：:; ") if message.startswith(source) else message


def one_decimal(x: float) -> str:
    return f"{x:.1f}"


def change(card: Scorecard) -> str:
    """"+2.5" against the previous period, "" when there is none."""
    return "" if card.change is None else f"{card.change:+.1f}"


def number(x: float) -> str:
    """5.0 → "5", 2.5 → "2.5": points read as people write them."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def points(f: Finding) -> str:
    """The deduction as shown to people: 豁免 when waived, 否决 flagged, repeat count when escalated."""
    if f.waived:
        return "豁免"
    text = number(f.points)
    if f.veto:
        text += "（一票否决）"
    if f.occurrence > 1:
        text += f"（第{f.occurrence}次）"
    return text


_LEFT = re.compile(r"\{[a-z0-9_]+(?:\.[a-z0-9_]+)*\}")


def title(f: Finding) -> str:
    """A finding's sentence. Cards stored before placeholders were filled may still hold one (`{fact}`): shown as
    若干; a title that is only a number gets the topic's words in front."""
    text = _LEFT.sub("若干", f.title)
    if text.strip().replace(".", "").isdigit():
        text = f"{label('topic', f.topic)}（{text.strip()}）"
    return text


# Machine lines the parser writes (quality.inconsistencies, derived evidence) read as sentences: their operators
# and the few English words in them become the office's. The stored facts keep the machine form.
_COUNTED = {"consultations": "咨询", "requests": "申请", "proactive": "主动公开", "total": "合计"}  # parse/checks.py
_MACHINE = (
    (re.compile(r"\s*!=\s*"), " ≠ "), (re.compile(r"\s+but\s+(\S+)\s+is\s+"), r"，但\1为 "),
    (re.compile(r"\s+vs\s+"), " 对比 "), (re.compile(r"\(期限 "), "（期限 "),
    (re.compile(r"\bshares?\s+"), "占比："),
    (re.compile(r"(?<![A-Za-z])(consultations|requests|proactive|total)(?= \d)"), lambda m: _COUNTED[m.group(1)]),
)


def readable(text: str) -> str:
    for pattern, words in _MACHINE:
        text = pattern.sub(words, text)
    return text


_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")
# the characters of Unicode categories Cc, Zl and Zp (C0, DEL and C1 controls; the line and paragraph separators),
# as one class: a sub over the text instead of a category lookup per character in Python (a card's table cells
# went through that a character at a time: ≈ 0.1 ms a card). tests/test_render.py holds the class to
# unicodedata.category over every code point.
_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# what one_line's passes act on: a bidi control, a breaking character, two whitespace characters in a row or one
# that is not " "; a text without any of these only loses its leading and trailing spaces
_ODD = re.compile(f"{_BIDI.pattern}|{_BREAKING.pattern}|\\s\\s|[^\\S ]")


def one_line(text: object) -> str:
    """Report text on one line with no control characters: a cell must not break its row, and text
    from a report must not reach a terminal as escape sequences or reorder it with bidi controls."""
    s = str(text)
    if _ODD.search(s) is None:  # most cells: nothing the three passes below would change but the ends
        return s.strip()
    s = _BIDI.sub("", s)
    s = _BREAKING.sub(" ", s)
    return _SPACE.sub(" ", s).strip()


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

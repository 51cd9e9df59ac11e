"""Scorecards → text: `table` for a terminal, `json` for tools (the contract), `md` for a report;
→ bytes: `xlsx` (ranking and findings sheets) and `csv` (the ranking, UTF-8 with BOM) for spreadsheets.

One module per format. They are imported on demand so that each format loads only what it needs
(json never loads tabulate) and can share the helpers below without an import cycle.
Every format lists cards in the same order: score descending, then agency, then period.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from importlib import import_module

from engine.model import Finding, Scorecard

FORMATS = ("table", "json", "md", "html", "xlsx", "csv")
SUFFIX = {"table": ".txt", "json": ".json", "md": ".md", "html": ".html", "xlsx": ".xlsx", "csv": ".csv"}
BINARY = frozenset({"xlsx", "csv"})  # render() returns bytes for these: write them with Path.write_bytes
_MODULES = {"table": "table", "json": "json_out", "md": "markdown", "html": "html_out",
            "xlsx": "xlsx", "csv": "csv_out"}

SUMMARY_HEADERS = ("排名", "机构", "期间", "规则集", "得分", "变化", "归一化", "等级", "否决", "扣分项")
SUMMARY_NUMERIC = frozenset({"排名", "得分", "变化", "归一化", "扣分项"})

__all__ = ["BINARY", "FORMATS", "SUFFIX", "render"]


def render(cards: Iterable[Scorecard], fmt: str, *, errors: Iterable[tuple[str, str]] = ()) -> str | bytes:
    """`cards` in `fmt`: text ending with one newline for the text formats; bytes for the formats in
    BINARY (xlsx is a zip; csv is UTF-8 with a BOM and CRLF line ends, written as is), so a caller writes
    those with `write_bytes`. `errors` (source, message) are listed after the cards in table and md and on
    their own xlsx sheet; json is the scorecard array of the contract and csv the ranking, so both leave them out."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    module = import_module(f"{__name__}.{_MODULES[fmt]}")
    out: str | bytes = module.render(ordered(cards), list(errors))
    if fmt in BINARY:
        return out
    assert isinstance(out, str)
    return out.rstrip("\n") + "\n"


def ordered(cards: Iterable[Scorecard]) -> list[Scorecard]:
    """Best first; ties by agency then period so that the order never depends on input order."""
    return sorted(cards, key=lambda c: (-c.score, c.agency, c.period))


def ranks(cards: Sequence[Scorecard]) -> list[int]:
    """Competition ranks (1, 2, 2, 4) of cards already `ordered`: equal scores share a rank."""
    out: list[int] = []
    for i, card in enumerate(cards):
        out.append(out[-1] if i and card.score == cards[i - 1].score else i + 1)
    return out


def counted(card: Scorecard) -> int:
    """Findings that cost points: a waived finding is reported but not counted."""
    return sum(1 for f in card.findings if not f.waived)


def summary_rows(cards: Sequence[Scorecard]) -> list[list[str]]:
    """One row of SUMMARY_HEADERS per card, as raw strings; each format escapes them its own way."""
    return [
        [str(rank), c.agency, c.period, c.profile, one_decimal(c.score), change(c),
         one_decimal(c.normalised_score),
         c.grade, "是" if c.veto else "", str(counted(c))]
        for rank, c in zip(ranks(cards), cards, strict=True)
    ]


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
        text += "（否决）"
    if f.occurrence > 1:
        text += f"（第{f.occurrence}次）"
    return text


_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")


def one_line(text: object) -> str:
    """Report text on one line with no control characters: a cell must not break its row, and text
    from a report must not reach a terminal as escape sequences or reorder it with bidi controls."""
    s = _BIDI.sub("", str(text))
    s = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in s)
    return _SPACE.sub(" ", s).strip()


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""What the parser's per-round test files share: parse an invented text as ingest would hand it over, and read one
fact's value or evidence (absent: None and "")."""

from __future__ import annotations

from engine.ingest import normalise
from engine.model import ParsedReport
from engine.parse import parse_text


def parse(text: str) -> ParsedReport:
    return parse_text(normalise(text), "test.txt")


def fact(report: ParsedReport, name: str):
    f = report.facts.get(name)
    return f.value if f else None


def evidence(report: ParsedReport, name: str) -> str:
    f = report.facts.get(name)
    return f.evidence if f else ""

"""Fact corrections: when the report text shows the parser was wrong (the agency name, the year, the publication
date, a table figure, report or not), an auditor states the right value with a reason. A correction is kept by
document hash and fact name (the latest one counts), so it holds for the same bytes in every later run: the batch
applies it (`apply_stored`) and the workbench re-scores the card from the corrected facts at once. Every card a
correction touched says so in its warnings (人工更正…), which the exports carry."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from engine.model import Fact, ParsedReport
from engine.pipeline import parse_file
from engine.store import metadata

corrections = sa.Table(
    "fact_corrections", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("file_hash", sa.String(64), nullable=False), sa.Column("fact", sa.String(200), nullable=False),
    sa.Column("value", sa.Text, nullable=False), sa.Column("previous", sa.Text), sa.Column("reason", sa.Text),
    sa.Column("user", sa.String(64), nullable=False), sa.Column("at", sa.String(32), nullable=False),
    sa.Column("run_id", sa.Integer), sa.Index("fact_corrections_by_hash", "file_hash"),
)
NAMED = {"doc.agency": "机构名称", "doc.year": "年度", "doc.published_on": "发布日期", "doc.kind": "文件类型"}
KINDS = ("government_annual", "university_annual", "work_summary", "template", "other")


class CorrectionError(Exception):
    """A value that cannot stand for the fact; the message says why."""


def ensure_tables(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        metadata.create_all(conn, tables=[corrections])


def correctable(report: ParsedReport) -> list[str]:
    """The named facts, then every figure the document has (table cells and counts)."""
    figures = sorted(k for k, f in report.facts.items()
                     if isinstance(f.value, int | float) and not isinstance(f.value, bool) and k not in NAMED)
    return [*NAMED, *figures]


def parse_value(fact: str, text: str, current: object) -> object:
    """The typed value a person wrote: a year or figure as a number, a date as YYYY-MM-DD, a kind by its code."""
    text = text.strip()
    if not text:
        raise CorrectionError("请填写更正后的值")
    if fact == "doc.published_on":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise CorrectionError("发布日期须写成 2023-01-31 这样的格式") from None
    if fact == "doc.kind":
        if text not in KINDS:
            raise CorrectionError(f"文件类型须为以下之一：{'、'.join(KINDS)}")
        return text
    if fact == "doc.agency":
        return text[:200]
    if fact == "doc.year" or isinstance(current, int):
        try:
            value = int(text)
        except ValueError:
            raise CorrectionError("须填写整数") from None
        if fact == "doc.year" and not 1990 <= value <= 2100:
            raise CorrectionError("年度须在 1990 到 2100 之间")
        return value
    try:
        return float(text)
    except ValueError:
        raise CorrectionError("须填写数字") from None


def stored_for(conn: sa.Connection, hashes: list[str]) -> dict[str, dict[str, object]]:
    """The latest correction of each fact of each document."""
    out: dict[str, dict[str, object]] = {}
    for i in range(0, len(hashes), 500):
        for r in conn.execute(sa.select(corrections).where(corrections.c.file_hash.in_(hashes[i:i + 500]))
                              .order_by(corrections.c.id)).all():
            out.setdefault(r.file_hash, {})[r.fact] = json.loads(r.value)
    return out


def corrected(report: ParsedReport, fixes: dict[str, object]) -> ParsedReport:
    """The report with the corrected facts in place (a year brings its period along). A corrected kind goes
    through scoring.review_kind: a person's word on what the document is confirms or overturns the classifier."""
    from engine.scoring import review_kind
    if "doc.kind" in fixes:
        report = review_kind(report, str(fixes["doc.kind"]))
    facts = dict(report.facts)
    for fact, value in fixes.items():
        if fact == "doc.kind":
            continue
        facts[fact] = Fact(value, f"人工更正：{value}")
        if fact == "doc.year":
            facts["doc.period"] = Fact(str(value), f"人工更正：{value}")
    return dataclasses.replace(report, facts=facts)


def note(fixes: dict[str, object]) -> str:
    return "人工更正：" + "；".join(f"{NAMED.get(k, k)} 改为 {v}" for k, v in sorted(fixes.items()))


def reparse(source: str, digest: str) -> ParsedReport | None:
    """The document again, with its text (rules read it too), if the file is still the same bytes."""
    path = Path(source)
    if not path.is_file():
        return None
    from engine.store import file_hash
    if file_hash(path) != digest:
        return None
    found = [r for r in parse_file(path) if r.status != "error"]
    return found[0] if found else None


def apply_stored(engine, store, evaluations: list) -> dict[str, str]:
    """In a batch: re-evaluate the documents that have corrections from their file (the parent does this for the
    few corrected ones only). Returns, per source, the note its card gets (or why the correction was not
    applied: the file is gone or changed)."""
    hashes = sorted({ev.report.sha256 for ev in evaluations if ev.report.sha256})
    ensure_tables(store.engine)
    with store.engine.connect() as conn:
        fixes = stored_for(conn, hashes)
    notes: dict[str, str] = {}
    for i, ev in enumerate(evaluations):
        mine = fixes.get(ev.report.sha256)
        if not mine:
            continue
        report = reparse(ev.report.source, ev.report.sha256)
        if report is None:
            notes[ev.report.source] = "有人工更正，但文件已不在或已改变，本次未应用"
            continue
        fresh = engine.evaluator.evaluate(corrected(report, mine))
        fresh.report.text = ""
        evaluations[i] = fresh
        notes[ev.report.source] = note(mine)
    return notes



"""Fact corrections: when the report text shows the parser was wrong (the agency name, the year, the publication
date, a table figure, report or not), an auditor states the right value with a reason. A correction is kept by
document hash and fact name (the latest one counts), so it holds for the same bytes in every later run: the batch
applies it (`apply_stored`) and the workbench re-scores the card from the corrected facts at once. Every card a
correction touched says so in its warnings (人工更正…), which the exports carry."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
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
    if fact == "doc.kind":  # the office's word (政府信息公开工作年度报告, 工作总结, …) or its code
        from engine.glossary import KINDS as WORDS
        code = next((k for k in KINDS if text in (k, WORDS.get(k))), None)
        if code is None:
            raise CorrectionError(f"文件类型须为以下之一：{'、'.join(WORDS.get(k, k) for k in KINDS)}")
        return code
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


def shown(fact: str, value: object) -> str:
    """A value as people read it: a document kind in the office's words."""
    if fact == "doc.kind":
        from engine.glossary import label
        return label("kind", str(value)) or "未识别"
    return str(value)


def note(fixes: dict[str, object]) -> str:
    return "人工更正：" + "；".join(f"{NAMED.get(k, k)} 改为 {shown(k, v)}" for k, v in sorted(fixes.items()))


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




@dataclass(slots=True)
class Rescored:
    """A card scored again from its documents: the card, and per document hash the history column later runs'
    cross-year checks read (engine.records.history_payload), now from the corrected facts."""

    card: dict
    history: dict[str, tuple[str, str, str]]  # hash → (agency, period, history JSON)


def rescore(scorer, store, old: dict, inputs: list[tuple[str, str]], fixes: dict[str, dict[str, object]],
            kept: dict[str, dict[str, Fact]], run_profile: str, today: date,
            written: dict[str, tuple[str, str, str]] | None = None) -> Rescored:
    """The card `old` scored again as the batch scores it: each document parsed from its file with its
    corrections and the facts the batch attached (submission logs, `kept`), then the cross-year checks against
    the store's earlier years and same-year reports, then the run's profile. Raises CorrectionError when a
    document is gone or changed. `written`: documents re-evaluated earlier in the same transaction (hash →
    history), read in place of their stored rows, which this transaction has changed but not yet committed."""
    from engine import crossyear
    from engine.agency import same_agency
    from engine.records import history_payload
    from engine.scoring import score, set_unnamed_apart
    from engine.similarity import sketch
    evaluations, history = [], {}
    for source, digest in inputs:
        report = reparse(source, digest)
        if report is None:
            raise CorrectionError(f"{Path(source).name} 已不在或已改变，无法重新评分；请重新评分该批次")
        report.facts.update(kept.get(digest, {}))
        if fixes.get(digest):
            report = corrected(report, fixes[digest])
        ev = scorer.evaluator.evaluate(report)
        ev.sketch = sketch(report.text)
        ev.report.text = ""
        history[digest] = (str(ev.report.value("doc.agency") or ""), str(ev.report.value("doc.period") or ""),
                           history_payload(ev))
        evaluations.append(ev)
    written = written or {}
    own = frozenset(history) | frozenset(written)
    years = {y for ev in evaluations if isinstance(y := ev.report.value("doc.year"), int)}
    names = [a for ev in evaluations if (a := ev.report.value("doc.agency"))]
    before = {str(y - k) for y in years for k in range(1, crossyear.YEARS_BACK)} - {str(y) for y in years}
    earlier = store.periods(before, wanted=lambda a: any(same_agency(a, n) for n in names), skip=own)
    peers = [e for group in store.periods({str(y) for y in years}, skip=own).values() for e in group]
    for digest, (agency, period, text) in written.items():
        if digest not in history and agency:
            data = json.loads(text)
            done = crossyear.Earlier(agency, {k: Fact(v, "") for k, v in data["facts"].items()}, data["fired"],
                                     data.get("sketch", []))
            if period in before:
                earlier.setdefault(period, []).append(done)
            elif period.isdigit() and int(period) in years:
                peers.append(done)
    crossyear.apply(scorer.evaluator, evaluations, earlier, peers)
    first = evaluations[0].report
    profile, warning = scorer.profiles.choose(run_profile, first.value("doc.kind"), first.value("doc.level"),
                                              first.value("doc.year"))
    notes = [w for w in old.get("warnings", []) if not w.startswith(("人工更正", "同一机构同一年度", "有人工更正"))]
    all_fixes = {k: v for d in fixes.values() for k, v in d.items()}
    notes += [warning] if warning and warning not in notes else []
    notes += [note(all_fixes)] if all_fixes else []
    renamed = any("doc.agency" in d for d in fixes.values())
    fresh = score(evaluations, profile, scorer.ruleset.by_id(), today, notes, name=None if renamed else old["agency"])
    set_unnamed_apart([fresh])
    card = fresh.to_json()
    if not renamed:
        card |= {k: old[k] for k in ("level", "region", "category") if old.get(k)}
    if not renamed and old.get("change") is not None and card["period"] == old["period"]:
        card["change"] = round(card["score"] - (old["score"] - old["change"]), 1)  # against the same earlier card
        card["previous_period"] = old.get("previous_period", "")
    return Rescored(card, history)

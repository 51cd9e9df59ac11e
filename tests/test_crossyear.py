"""Findings that need last year's report: carry-over and figures copied unchanged, from the batch or the store."""

from __future__ import annotations

from pathlib import Path

from engine import crossyear
from engine.batch import Engine, run
from engine.model import Fact, ParsedReport
from engine.store import Store

ROOT = Path(__file__).resolve().parents[1]
ENGINE = Engine.load()
BASE = {"doc.agency": "明湖市人民政府", "doc.kind": "government_annual", "doc.level": "city"}


def ev(year: int, **figures):
    facts = {**BASE, "doc.year": year, "doc.period": str(year), **figures}
    return ENGINE.evaluator.evaluate(ParsedReport(f"{year}.txt", "ok", {k: Fact(v, str(v)) for k, v in facts.items()}))


def fired(e) -> set[str]:
    return {f.rule for f in e.findings if f.rule.startswith("common.history.")}


def test_copied_figures_and_broken_carry_over_fire():
    last = ev(2022, **{"proactive.new": 900, "requests.received": 40, "requests.completed": 38,
                       "consultations.total": 300, "requests.carried_forward": 2})
    this = ev(2023, **{"proactive.new": 900, "requests.received": 40, "requests.completed": 38,
                       "consultations.total": 300, "requests.carried_over": 0})
    crossyear.apply(ENGINE.evaluator, [last, this], {})
    assert fired(this) == {"common.history.figures_unchanged", "common.history.carryover"} and not fired(last)
    carry = next(f for f in this.findings if f.rule == "common.history.carryover")
    assert "2022" in carry.evidence and "2" in carry.evidence


def test_a_real_new_year_stays_silent():
    last = ev(2022, **{"proactive.new": 900, "requests.received": 40, "requests.carried_forward": 2})
    this = ev(2023, **{"proactive.new": 1130, "requests.received": 52, "requests.carried_over": 2})
    crossyear.apply(ENGINE.evaluator, [last, this], {})
    assert not fired(this) and this.facts["history.carryover_gap"].value == 0


def test_last_year_from_the_store(tmp_path):
    text = (ROOT / "reports" / "15-minghu-city-2022-clean.txt").read_text(encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "2022.txt").write_text(text, encoding="utf-8")
    copied = text.replace("2023-03-20", "2024-03-20").replace("2023年3月20日", "2024年3月20日").replace("2022", "2023")
    (tmp_path / "b" / "2023.txt").write_text(copied, encoding="utf-8")
    db = str(tmp_path / "runs.db")
    run(ENGINE, [tmp_path / "a"], store=Store(db))
    (card,) = run(ENGINE, [tmp_path / "b"], store=Store(db)).cards  # 2022 is only in the store
    assert {f.rule for f in card.findings} >= {"common.history.figures_unchanged", "common.history.carryover"}


def test_an_unnamed_report_in_the_store_is_no_last_year(tmp_path):
    """A stored report whose agency could not be read must not stop a later year's batch (it crashed)."""
    this = ev(2023, **{"proactive.new": 900})
    crossyear.apply(ENGINE.evaluator, [this], {"2022": [(None, {"proactive.new": Fact(900, "900")})]})
    assert fired(this) == set()

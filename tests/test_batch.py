"""The batch: parallel workers give exactly the sequential result; one bad file never stops the rest."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from engine import batch
from engine.batch import Engine, run
from engine.model import Fact, ParsedReport
from engine.scoring import score

ROOT = Path(__file__).resolve().parents[1]
ENGINE = Engine.load()


def cards_json(result) -> list[str]:
    return sorted(json.dumps(c.to_json(), ensure_ascii=False, sort_keys=True) for c in result.cards)


def test_parallel_equals_sequential(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    paths = [ROOT / "reports", bad]
    seq = run(ENGINE, paths, jobs=1)
    par = run(ENGINE, paths, jobs=2)
    assert cards_json(seq) == cards_json(par) and len(seq.cards) == 21
    assert [e.source for e in par.errors] == [str(bad)]


def test_progress_counts_every_file():
    seen = []
    run(ENGINE, [ROOT / "reports"], jobs=1, progress=seen.append)
    assert sum(seen) == len([p for p in (ROOT / "reports").iterdir() if p.suffix != ".md"])


def _town(region: str | None, source: str, published: str = "2022-03-01"):
    facts = {"doc.agency": "城关镇人民政府", "doc.kind": "government_annual", "doc.level": "township",
             "doc.year": 2021, "doc.period": "2021", "doc.published_on": published}
    if region:
        facts["doc.region"] = region
    report = ParsedReport(source, "ok", {k: Fact(v, str(v)) for k, v in facts.items()})
    return ENGINE.evaluator.evaluate(report)


def test_namesakes_in_different_regions_get_a_card_each_named_with_their_region():
    groups = dict(batch._groups([_town("临川县", "a.txt"), _town("南城县", "b.txt"), _town(None, "c.txt")]))
    assert set(groups) == {"临川县城关镇人民政府", "南城县城关镇人民政府", "城关镇人民政府"}


def test_a_report_that_names_no_region_joins_the_only_region_as_a_duplicate():
    ((name, group),) = batch._groups([_town("临川县", "a.txt"), _town(None, "b.txt", "2022-03-09")])
    assert name == "城关镇人民政府" and sorted(e.report.source for e in group) == ["a.txt", "b.txt"]
    card = score(group, ENGINE.profiles.get("gov-2019"), ENGINE.ruleset.by_id(), date(2022, 6, 1), name=name)
    assert card.region == "" and any("2 份文件" in w for w in card.warnings)  # scored: the latest, b.txt

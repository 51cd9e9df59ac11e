"""The batch: parallel workers give exactly the sequential result; one bad file never stops the rest."""

from __future__ import annotations

import json
from pathlib import Path

from engine.batch import Engine, run

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

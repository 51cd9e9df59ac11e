"""The batch on a Dask distributed cluster (a local one, started by the test) gives the same scorecards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.batch import Engine, run

ROOT = Path(__file__).resolve().parents[1]


def test_dask_cluster_gives_the_same_result(tmp_path):
    distributed = pytest.importorskip("distributed")
    engine = Engine.load()
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster:
        on_dask = run(engine, [ROOT / "reports", bad], scheduler=cluster.scheduler_address)
    local = run(engine, [ROOT / "reports", bad])
    cards = lambda r: sorted(json.dumps(c.to_json(), ensure_ascii=False, sort_keys=True) for c in r.cards)  # noqa: E731
    assert cards(on_dask) == cards(local) and len(on_dask.cards) == 24
    assert [e.source for e in on_dask.errors] == [str(bad)]

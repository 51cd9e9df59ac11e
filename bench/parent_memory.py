"""The batch parent's RSS at each phase of engine.batch.run: a measuring aid, not a test.

    python bench/parent_memory.py CORPUS STORE.db JOBS        (TRACE=1: tracemalloc's top lines at each phase)

Prints `MARK phase rss_mb peak_mb` after the listing, the stream, the cross-year index, the scoring loop,
_changes and finish_run (the functions are wrapped here, the engine is not changed), then one JSON line with
the wall time, the parent's CPU and its peak RSS. PYTHONPATH=OTHER_CHECKOUT measures another checkout.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path


def rss() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def mark(what: str) -> None:
    if os.environ.get("TRACE") and tracemalloc.is_tracing():
        print("== top at", what, flush=True)
        for stat in tracemalloc.take_snapshot().statistics("lineno")[:18]:
            print("   ", stat, flush=True)
    print("MARK", what, round(rss(), 1), round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
          flush=True)


def wrap(owner, name: str, before: str | None, after: str | None) -> None:
    original = getattr(owner, name, None)
    if original is None:
        return

    def wrapped(*args, **kwargs):
        if before:
            mark(before)
        out = original(*args, **kwargs)
        if after and not hasattr(out, "__next__"):  # a generator's work happens later
            mark(after)
        return out
    setattr(owner, name, wrapped)


def main() -> None:
    import engine.batch as batch
    from engine import store as stores
    wrap(batch, "listing", None, "after the listing")
    wrap(batch, "expand", None, "after the listing")
    wrap(batch._Kept, "cross_year", "after the stream", "after cross_year")
    wrap(batch, "_groups", None, "after _groups")
    wrap(batch, "_changes", "after the scoring loop", "after _changes")
    wrap(stores.Store, "finish_run", None, "after finish_run")
    corpus, db, jobs = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    engine = batch.Engine.load()
    store = stores.Store(db)
    if os.environ.get("TRACE"):
        tracemalloc.start(1)
    mark("loaded")
    t0, c0 = time.perf_counter(), time.process_time()
    result = batch.run(engine, [corpus], jobs=jobs, store=store)
    mark("end")
    print(json.dumps({"wall": time.perf_counter() - t0, "parent_cpu": time.process_time() - c0,
                      "n": len(result.kept.briefs), "seconds": result.seconds,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":  # spawned workers import this file: only the parent measures
    main()

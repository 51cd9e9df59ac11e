"""End-to-end year-end batch benchmark: N synthetic reports scored on all cores with the store written.

    python bench/batch.py --n 10000 [--seed S] [--jobs J] [--sample 2000]

Prints reports/s end to end (store included), peak RSS of the parent and of the largest worker, the
parent's own time per report (store writes, cross-year checks, scoring), and, from a single-core run over a
sample (bench/throughput.py), the time per report in ingest, parse, derive, rules and scoring, with the same
rule conditions as plain Python predicates for the ratio. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput  # noqa: E402  (a sibling script)

from engine.batch import Engine, run  # noqa: E402
from engine.store import Store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--sample", type=int, default=2000, help="reports timed stage by stage on one core")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        files, size, gen_s = throughput.write_corpus(corpus, args.n, args.seed)
        print(f"N = {args.n} reports, {size / 2**20:.1f} MB, generated in {gen_s:.1f} s (not counted)")
        t0 = time.perf_counter()
        engine = Engine.load()
        store = Store(str(Path(tmp) / "runs.db"))
        load_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = run(engine, [corpus], jobs=args.jobs, store=store)
        wall = time.perf_counter() - t0
        parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"end to end on {args.jobs} processes, store written: {wall:.1f} s -> {args.n / wall:.0f} reports/s "
              f"({size / 2**20 / wall:.2f} MB/s); engine load {load_s * 1000:.0f} ms; "
              f"{len(result.cards)} scorecards, {len(result.errors)} errors, store rows {store.count()}")
        print(f"peak RSS: parent {parent:.0f} MB, largest worker {child:.0f} MB")
        print("in the parent, per report: " + ", ".join(f"{stage} {1000 * s / args.n:.3f} ms"
                                                        for stage, s in result.seconds.items())
              + " (store: writing results in groups and the scorecards; crossyear: last years' checks)")
        sample = files[: args.sample]
        t0 = time.perf_counter()
        stages = throughput.run(sample, "durable")
        stages["calibration_s"] = throughput.calibrate()
        throughput.show(stages, len(sample), int(size * len(sample) / max(1, len(files))), 0.0,
                        time.perf_counter() - t0, "not pinned")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

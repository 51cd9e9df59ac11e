"""End-to-end year-end batch benchmark: N synthetic reports scored on all cores with the store written.

    python bench/batch.py --n 10000 [--seed S] [--jobs J] [--sample 2000]

Prints reports/s end to end (store included), peak RSS of the parent and of the largest worker, the
parent's own time per report (store writes, cross-year checks, scoring), and, from a single-core run over a
sample (bench/throughput.py), the time per report in ingest, parse, derive, rules and scoring, with the same
rule conditions as plain Python predicates for the ratio. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput  # noqa: E402  (a sibling script)

from engine.batch import Engine, run  # noqa: E402
from engine.store import Store  # noqa: E402


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _measure(corpus: Path, db: Path, jobs: int) -> None:
    """The batch alone, in a fresh process (so its children are its workers only); prints one JSON line."""
    t0 = time.perf_counter()
    engine = Engine.load()
    store = Store(str(db))
    load_s = time.perf_counter() - t0
    t0, self0, children0 = time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    result = run(engine, [corpus], jobs=jobs, store=store)
    wall = time.perf_counter() - t0
    print(json.dumps({
        "wall": wall, "load": load_s, "cards": len(result.cards), "errors": len(result.errors),
        "parent_cpu": _cpu(resource.RUSAGE_SELF) - self0, "workers_cpu": _cpu(resource.RUSAGE_CHILDREN) - children0,
        "rows": store.count(), "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, "seconds": result.seconds}))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--sample", type=int, default=2000, help="reports timed stage by stage on one core")
    p.add_argument("--measure", nargs=2, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.measure:
        _measure(Path(args.measure[0]), Path(args.measure[1]), args.jobs)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        files, size, gen_s = throughput.write_corpus(corpus, args.n, args.seed)
        print(f"N = {args.n} reports, {size / 2**20:.1f} MB, generated in {gen_s:.1f} s (not counted)", flush=True)
        cmd = [sys.executable, __file__, "--jobs", str(args.jobs), "--measure", str(corpus), str(Path(tmp) / "runs.db")]
        m = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
        wall = m["wall"]
        print(f"end to end on {args.jobs} processes, store written: {wall:.1f} s -> {args.n / wall:.0f} reports/s "
              f"({size / 2**20 / wall:.2f} MB/s); engine load {m['load'] * 1000:.0f} ms; "
              f"{m['cards']} scorecards, {m['errors']} errors, store rows {m['rows']}")
        print(f"peak RSS: parent {m['parent_mb']:.0f} MB, largest worker {m['worker_mb']:.0f} MB")
        print("in the parent, per report: " + ", ".join(f"{stage} {1000 * s / args.n:.3f} ms"
                                                        for stage, s in m["seconds"].items())
              + " (store: writing results in groups and the scorecards; crossyear: earlier years' checks)")
        sample = files[: args.sample]
        t0 = time.perf_counter()
        stages = throughput.run(sample, "durable")
        stages["calibration_s"] = throughput.calibrate()
        throughput.show(stages, len(sample), int(size * len(sample) / max(1, len(files))), 0.0,
                        time.perf_counter() - t0, "not pinned")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

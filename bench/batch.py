"""End-to-end year-end batch benchmark: N synthetic reports scored on all cores with the store written.

    python bench/batch.py --n 10000 [--seed S] [--jobs J] [--sample 2000] [--keep DIR] [--src CHECKOUT]
                          [--format json] [--repeat R]

Prints reports/s end to end (store included), the CPU seconds per report of the parent and of the workers
(comparable under load, unlike wall time), peak RSS of the parent and of the largest worker, the parent's own
time per report (store writes, cross-year checks, scoring), the load average and the calibration loop; then,
from a single-core run over a sample (bench/throughput.py), the time per report in ingest, parse, derive, rules
and scoring. With --format, the batch runs through the CLI (`xxgk score DIR --store X.db --format F --out D`), so
the output is part of the parent's work and memory. With --src, the same batch runs with another checkout first
(before/after in the same minute). --keep DIR keeps the corpus in DIR and reuses it for the same --n/--seed.
A benchmark, not a test.
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

ROOT = Path(__file__).resolve().parents[1]


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _measure(corpus: Path, db: Path, jobs: int, fmt: str | None) -> None:
    """The batch alone, in a fresh process (so its children are its workers only); prints one JSON line."""
    from engine.batch import Engine, run
    from engine.store import Store
    t0 = time.perf_counter()
    seconds: dict[str, float] = {}
    if fmt:
        from engine.cli import main
        with tempfile.TemporaryDirectory() as out:
            self0, children0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
            main(["score", str(corpus), "--store", str(db), "--jobs", str(jobs), "--format", fmt, "--out", out,
                  "--today", "2026-12-01"])
            cards = None
        load_s = 0.0
    else:
        engine = Engine.load()
        store = Store(str(db))
        load_s = time.perf_counter() - t0
        t0, self0, children0 = time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        result = run(engine, [corpus], jobs=jobs, store=store)
        cards, seconds = len(result.cards), result.seconds
    wall = time.perf_counter() - t0
    print(json.dumps({
        "wall": wall, "load": load_s, "cards": cards,
        "parent_cpu": _cpu(resource.RUSAGE_SELF) - self0, "workers_cpu": _cpu(resource.RUSAGE_CHILDREN) - children0,
        "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, "seconds": seconds}))


def corpus(folder: Path, n: int, seed: int) -> tuple[list[tuple[Path, str]], int]:
    """The synthetic corpus in `folder`, generated unless a complete one for this n and seed is there."""
    stamp = folder / ".made"
    if stamp.is_file() and stamp.read_text() == f"{n} {seed}":
        files, size = [], 0
        with (folder / "manifest.jsonl").open(encoding="utf-8") as manifest:
            for line in manifest:
                entry = json.loads(line)
                files.append((folder / entry["name"], entry["parsed_kind"]))
                size += entry["bytes"]
        print(f"N = {n} reports, {size / 2**20:.1f} MB, reused from {folder}", flush=True)
        return files, size
    files, size, gen_s = throughput.write_corpus(folder, n, seed)
    stamp.write_text(f"{n} {seed}")
    print(f"N = {n} reports, {size / 2**20:.1f} MB, generated in {gen_s:.1f} s (not counted)", flush=True)
    return files, size


def batch(src: Path, folder: Path, n: int, size: int, jobs: int, fmt: str | None) -> dict:
    """One measured batch with the engine of checkout `src`, in a fresh process; prints and returns its line."""
    with tempfile.TemporaryDirectory() as tmp:
        load = os.getloadavg()[0]
        cmd = [sys.executable, __file__, "--jobs", str(jobs), "--measure", str(folder), str(Path(tmp) / "runs.db")]
        if fmt:
            cmd += ["--format", fmt]
        env = dict(os.environ, PYTHONPATH=str(src))
        done = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env, cwd=tmp)
        m = json.loads(done.stdout.splitlines()[-1])
    m["load_avg"], m["calibration_s"] = load, throughput.calibrate()
    wall = m["wall"]
    print(f"[{src}] load {load:.1f}, calibration {m['calibration_s'] * 1000:.0f} ms: {wall:.1f} s -> "
          f"{n / wall:.0f} reports/s ({size / 2**20 / wall:.2f} MB/s) on {jobs} processes"
          f"{' through the CLI, --format ' + fmt if fmt else ''}; CPU per report: parent "
          f"{1000 * m['parent_cpu'] / n:.2f} ms, workers {1000 * m['workers_cpu'] / n:.2f} ms; peak RSS parent "
          f"{m['parent_mb']:.0f} MB, largest worker {m['worker_mb']:.0f} MB", flush=True)
    if m["seconds"]:
        print("  in the parent, per report: " + ", ".join(f"{stage} {1000 * s / n:.3f} ms"
                                                          for stage, s in m["seconds"].items()), flush=True)
    return m


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--sample", type=int, default=2000, help="reports timed stage by stage on one core (0: none)")
    p.add_argument("--keep", type=Path, help="keep the corpus here and reuse it for the same --n and --seed")
    p.add_argument("--src", type=Path, action="append", default=[],
                   help="also run the batch with this checkout, before this one (repeatable)")
    p.add_argument("--format", help="run through the CLI and write this output format (json, csv, …)")
    p.add_argument("--repeat", type=int, default=1, help="runs of each checkout, alternating")
    p.add_argument("--json", type=Path, help="append every run's numbers to this JSON Lines file")
    p.add_argument("--measure", nargs=2, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.measure:
        _measure(Path(args.measure[0]), Path(args.measure[1]), args.jobs, args.format)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "corpus"
        files, size = corpus(folder, args.n, args.seed)
        for _ in range(args.repeat):
            for src in [*args.src, ROOT]:
                m = batch(src.resolve(), folder, args.n, size, args.jobs, args.format)
                if args.json:
                    with args.json.open("a", encoding="utf-8") as f:
                        f.write(json.dumps({"src": str(src), "n": args.n, "jobs": args.jobs, "format": args.format,
                                            **m}) + "\n")
        if args.sample:
            sample = files[: args.sample]
            t0 = time.perf_counter()
            stages = throughput.run(sample, "durable")
            stages["calibration_s"] = throughput.calibrate()
            throughput.show(stages, len(sample), int(size * len(sample) / max(1, len(files))), 0.0,
                            time.perf_counter() - t0, "not pinned")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

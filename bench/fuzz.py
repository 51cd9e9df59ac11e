"""The long fuzz run: many more mutated files than tests/test_fuzz.py, through the batch's supervised workers
(so a hang or a crash is caught by the watchdog, not by the test), with the default per-file budget.

    .venv/bin/python bench/fuzz.py [--count 5000] [--seed 14] [--jobs 2] [--keep tests/fuzz_regressions]

Prints the outcome counts, the slowest cases and every failure: an exception, an internal error, an error line
that does not name the file, a worker killed at the time limit or one that died. Failing inputs are written to
--keep so tests/test_fuzz.py checks them on every run from then on. Exits 1 when anything failed.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fuzzing import cases  # noqa: E402
from test_fuzz import seeds  # noqa: E402

from engine import limits  # noqa: E402
from engine.workers import Supervisor  # noqa: E402


def _setup(budget: limits.Limits) -> None:
    import faulthandler
    import signal
    faulthandler.register(signal.SIGUSR1, all_threads=True)  # `kill -USR1 PID` shows where a worker is
    limits.configure(budget)
    limits.limit_memory()


def _one(path: str) -> tuple[str, float, str]:
    """(outcome, seconds, detail) for one input file."""
    from engine.pipeline import parse_file
    start = time.perf_counter()
    try:
        results = parse_file(Path(path))
    except Exception as exc:  # noqa: BLE001 - exactly what the fuzz run looks for
        return "exception", time.perf_counter() - start, f"{type(exc).__name__}: {exc}"[:300]
    seconds = time.perf_counter() - start
    for r in results:
        if r.status == "error" and (not r.error or path not in r.error or "internal error" in r.error):
            return "bad error line", seconds, (r.error or "")[:300]
    return ("error line" if any(r.status == "error" for r in results) else "result"), seconds, ""


def _failed(path: str, why: str) -> tuple[str, float, str]:
    return ("killed at the time limit" if why == "seconds" else "worker died"), float("nan"), why


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", type=Path, default=Path(__file__).resolve().parents[1] / "tests" / "fuzz_regressions")
    args = ap.parse_args()
    budget = limits.Limits()
    print(f"load average {os.getloadavg()[0]:.1f}; {args.count} cases, seed {args.seed}, {args.jobs} workers, "
          f"budget {budget}")
    tally: collections.Counter[str] = collections.Counter()
    failures, slowest = [], []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        written = {}
        for case in cases(seeds(), args.count, args.seed):
            path = Path(tmp) / f"{len(written):05d}{case.suffix}"
            path.write_bytes(case.data)
            written[str(path)] = case
        pool = Supervisor(args.jobs, _one, _setup, (budget,), _failed, budget.seconds)
        for path, (outcome, seconds, detail) in pool.map(list(written)):
            tally[outcome] += 1
            case = written[path]
            slowest.append((seconds if seconds == seconds else float("inf"), case.name))
            if outcome not in ("result", "error line"):
                failures.append(f"{case.name}: {outcome}: {detail}")
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / f"seed{args.seed}-{path.rsplit('/', 1)[-1]}").write_bytes(case.data)
    elapsed = time.perf_counter() - started
    print(f"{sum(tally.values())} cases in {elapsed:.0f} s ({pool.restarts} workers replaced): "
          + ", ".join(f"{k} {v}" for k, v in tally.most_common()))
    for seconds, name in sorted(slowest, reverse=True)[:5]:
        print(f"  slowest: {seconds:6.2f} s  {name}")
    for line in failures:
        print("FAILED", line)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Hostile inputs of tests/test_pathological.py, timed: each must finish in under 1 s per MB (whole pipeline).

Prints one line per case with its time, size and the floor, and exits 1 when a case is over it. A shared machine
runs slower: the floor is scaled by how much slower than usual a fixed Python loop runs right now, so only a
change of complexity (linear → quadratic) fails. Tests never assert time; this is where speed is checked.

    .venv/bin/python bench/pathological.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_pathological import CASES  # noqa: E402

from engine.pipeline import parse_file  # noqa: E402

USUAL_LOOP_S = 0.14  # a 3M-iteration Python loop on this machine when idle


def slowdown() -> float:
    start, total = time.perf_counter(), 0
    for i in range(3_000_000):
        total += i * i
    return max(1.0, (time.perf_counter() - start) / USUAL_LOOP_S)


def main() -> int:
    print(f"load average {os.getloadavg()[0]:.1f}; floor: 1.0 s per MB × CPU slowdown")
    over = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(CASES):
            path = Path(tmp) / (f"{name}.html" if "html" in name else f"{name}.txt")
            path.write_text(CASES[name], encoding="utf-8")
            mb = max(path.stat().st_size / 2**20, 0.1)
            best = float("inf")
            for _ in range(2):
                start = time.perf_counter()
                parse_file(path)
                best = min(best, time.perf_counter() - start)
            floor = 1.0 * mb * slowdown()
            over += best > floor
            print(f"{name:28s} {best:6.2f} s for {mb:5.1f} MB (floor {floor:.2f} s){'  OVER' if best > floor else ''}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Do two checkouts of the engine give the same scorecards? For changes that must not change any result.

    python bench/same_cards.py --src /path/to/other/checkout PATH... [--jobs 2] [--store]

Runs `xxgk score PATH... --format json --today 2026-12-01` (with `--store`: into a fresh store, so the
worker and store paths are taken) once with this checkout and once with the other one first on the path,
then compares the scorecards card by card. Prints the number of cards and every difference; exits 1 on any.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cards(src: Path, paths: list[str], jobs: int, store: bool) -> dict[tuple[str, str], dict]:
    env = dict(os.environ, PYTHONPATH=str(src))
    with tempfile.TemporaryDirectory() as tmp:
        argv = [sys.executable, "-c", "import sys; from engine.cli import main; sys.exit(main())", "score", *paths,
                "--format", "json", "--today", "2026-12-01", "--jobs", str(jobs)]
        if store:
            argv += ["--store", str(Path(tmp) / "runs.db")]
        out = subprocess.run(argv, env=env, cwd=src, capture_output=True, text=True).stdout
    return {(c["agency"], c["period"]): c for c in json.loads(out)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+")
    p.add_argument("--src", required=True, type=Path, help="the other checkout (e.g. the commit before a change)")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--store", action="store_true")
    args = p.parse_args(argv)
    paths = [str(Path(x).resolve()) for x in args.paths]
    mine, theirs = cards(ROOT, paths, args.jobs, args.store), cards(args.src.resolve(), paths, args.jobs, args.store)
    differ = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
    for key in differ:
        print(f"differs: {key}: {json.dumps(theirs.get(key), ensure_ascii=False)[:300]} → "
              f"{json.dumps(mine.get(key), ensure_ascii=False)[:300]}")
    print(f"{len(mine)} cards here, {len(theirs)} there, {len(differ)} different")
    return 1 if differ or not mine else 0


if __name__ == "__main__":
    raise SystemExit(main())

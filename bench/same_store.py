"""Do two checkouts write the same store? For worker changes that must not change a stored byte.

    python bench/same_store.py --src /path/to/other/checkout PATH... [--jobs 2] [--format csv]

Runs `xxgk score PATH... --store FRESH.db --today 2026-12-01 --jobs J` once with this checkout and once with
the other one first on the path, then compares the `results` rows document by document (file hash and
position): source, status, agency, period, the payload decompressed (every fact with its evidence, the
findings, the rules applicable and fired, the sketch) and the history column; and the scorecards' payloads.
Prints a hash of each column over all rows and every difference; exits 1 on any. The rules_version column is
left out: it names the engine's own code, which is what changed. `--format` (json by default): the output the
command writes beside the store (each format takes its own path through the CLI's tail), compared byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ("source", "status", "agency", "period", "payload", "history")


def rows(src: Path, paths: list[str], jobs: int, fmt: str = "json") -> tuple[dict[tuple[str, int], tuple],
                                                                          dict[tuple, str], bytes]:
    env = dict(os.environ, PYTHONPATH=str(src))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "runs.db"
        argv = [sys.executable, "-c", "import sys; from engine.cli import main; sys.exit(main())", "score", *paths,
                "--format", fmt, "--today", "2026-12-01", "--jobs", str(jobs), "--store", str(db),
                "--out", str(Path(tmp))]
        done = subprocess.run(argv, env=env, cwd=src, capture_output=True, text=True)
        if not db.exists():
            raise SystemExit(f"{src}: no store written ({done.stderr[-500:]})")
        with sqlite3.connect(db) as con:
            found = {(h, pos): (source, status, agency, period, zlib.decompress(payload) if payload else b"", history)
                     for h, pos, source, status, agency, period, payload, history in con.execute(
                         "SELECT file_hash, position, source, status, agency, period, payload, history FROM results")}
            cards = {(agency, period): payload for agency, period, payload in con.execute(
                "SELECT agency, period, payload FROM scorecards")}
        out = b"".join(f.read_bytes() for f in sorted(Path(tmp).glob("scorecards.*")))
    return found, cards, out


def column_hash(found: dict[tuple[str, int], tuple], i: int) -> str:
    digest = hashlib.sha256()
    for key in sorted(found):
        value = found[key][i]
        digest.update(value if isinstance(value, bytes) else str(value).encode("utf-8"))
    return digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+")
    p.add_argument("--src", required=True, type=Path, help="the other checkout (e.g. the commit before a change)")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--format", default="json", choices=("json", "csv", "md", "html", "xlsx", "table"))
    args = p.parse_args(argv)
    paths = [str(Path(x).resolve()) for x in args.paths]
    mine, my_cards, my_out = rows(ROOT, paths, args.jobs, args.format)
    theirs, their_cards, their_out = rows(args.src.resolve(), paths, args.jobs, args.format)
    differ = 0
    for key in sorted(mine.keys() | theirs.keys()):
        a, b = theirs.get(key), mine.get(key)
        if a != b:
            differ += 1
            which = [c for i, c in enumerate(COLUMNS) if a is None or b is None or a[i] != b[i]]
            print(f"differs: {key[0][:12]}#{key[1]} ({(b or a)[0]}): {', '.join(which)}")
    card_differ = sorted(k for k in my_cards.keys() | their_cards.keys() if my_cards.get(k) != their_cards.get(k))
    for key in card_differ:
        print(f"card differs: {key}")
    for i, name in enumerate(COLUMNS):
        print(f"{name:8s} here {column_hash(mine, i)}  there {column_hash(theirs, i)}")
    print(f"{len(mine)} stored documents here, {len(theirs)} there, {differ} different; "
          f"{len(my_cards)} stored cards here, {len(their_cards)} there, {len(card_differ)} different; "
          f"{args.format} output {len(my_out)} bytes here, {len(their_out)} there, "
          + ("the same" if my_out == their_out else "DIFFERENT"))
    return 1 if differ or card_differ or not mine or my_out != their_out else 0


if __name__ == "__main__":
    raise SystemExit(main())

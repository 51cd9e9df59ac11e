"""Parse CPU of two checkouts side by side in one process, passes alternated (steadier than two runs on a loaded
machine: both meet the same seconds).

    python bench/parse_ab.py --src /path/to/other/checkout PATH... [--texts FILE] [--limit N] [--rounds R]

Loads the supported files under PATH... once (engine.ingest.load; --texts FILE keeps or reuses them, as
same_facts.py does), imports engine.parse from this checkout and from the other one, then times `parse` over the
same documents in each, alternating, R rounds after a warm-up. Prints the fastest and the median ms a document
of each and their ratio, with the load average.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _parse_of(src: Path):
    """`engine.parse.parse` imported from the checkout at `src` (each checkout's engine modules kept apart)."""
    for name in [n for n in sys.modules if n == "engine" or n.startswith("engine.")]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        return importlib.import_module("engine.parse").parse
    finally:
        sys.path.remove(str(src))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*")
    p.add_argument("--src", required=True, type=Path, help="the other checkout (e.g. the commit before a change)")
    p.add_argument("--texts", type=Path, metavar="FILE", help="keep (or reuse) the loaded documents")
    p.add_argument("--limit", type=int, default=400, help="the first N documents (default 400)")
    p.add_argument("--rounds", type=int, default=7, help="alternated passes (default 7)")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    from same_facts import loaded
    if args.texts and args.texts.exists():
        docs = pickle.loads(args.texts.read_bytes())
    else:
        docs = loaded([str(Path(x).resolve()) for x in args.paths])
        if args.texts:
            args.texts.write_bytes(pickle.dumps(docs))
    docs = [d for _, d in docs if not isinstance(d, str)][: args.limit]
    if not docs:
        print("没有可解析的文件", file=sys.stderr)
        return 1
    versions = {"other": _parse_of(args.src.resolve()), "this": _parse_of(ROOT)}
    for parse in versions.values():
        for doc in docs[:30]:
            parse(doc)
    spent: dict[str, list[float]] = {name: [] for name in versions}
    for _ in range(args.rounds):
        for name, parse in versions.items():
            t0 = time.process_time()
            for doc in docs:
                parse(doc)
            spent[name].append(1000 * (time.process_time() - t0) / len(docs))
    best = {k: min(v) for k, v in spent.items()}
    median = {k: sorted(v)[len(v) // 2] for k, v in spent.items()}
    for name in versions:
        print(f"{name}: fastest {best[name]:.3f}, median {median[name]:.3f} ms a document")
    print(f"this / other: fastest {best['this'] / best['other']:.3f}, median {median['this'] / median['other']:.3f}"
          f" ({len(docs)} documents, {args.rounds} rounds, load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

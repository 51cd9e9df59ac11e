"""Parse CPU of two checkouts side by side in one process, passes alternated (steadier than two runs on a loaded
machine: both meet the same seconds).

    python bench/parse_ab.py --src /path/to/other/checkout PATH... [--texts FILE] [--limit N] [--rounds R] [--ingest]

Loads the supported files under PATH... once (engine.ingest.load; --texts FILE keeps or reuses them, as
same_facts.py does), imports engine.parse from this checkout and from the other one, then times `parse` over the
same documents in each, alternating, R rounds after a warm-up. Prints the fastest and the median ms a document
of each and their ratio, with the load average. --ingest times `engine.ingest.load` of the first N supported
files under PATH... instead (read, decode, extract, normalise), the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _parse_of(src: Path, module: str = "engine.parse", name: str = "parse"):
    """`engine.parse.parse` (or another function) imported from the checkout at `src` (each checkout's engine
    modules kept apart)."""
    for loaded in [n for n in sys.modules if n == "engine" or n.startswith("engine.")]:
        del sys.modules[loaded]
    sys.path.insert(0, str(src))
    try:
        return getattr(importlib.import_module(module), name)
    finally:
        sys.path.remove(str(src))


def _files(paths: list[str], limit: int) -> list[Path]:
    from engine.ingest import SUPPORTED_SUFFIXES
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES) \
            if p.is_dir() else [p]
    return files[:limit]


def _loads(load, files: list[Path]) -> None:
    for f in files:
        with contextlib.suppress(Exception):  # a file the loader refuses costs what refusing it costs
            load(f)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*")
    p.add_argument("--src", required=True, type=Path, help="the other checkout (e.g. the commit before a change)")
    p.add_argument("--texts", type=Path, metavar="FILE", help="keep (or reuse) the loaded documents")
    p.add_argument("--limit", type=int, default=400, help="the first N documents (default 400)")
    p.add_argument("--rounds", type=int, default=7, help="alternated passes (default 7)")
    p.add_argument("--ingest", action="store_true", help="time engine.ingest.load of the files instead")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    if args.ingest:
        files = _files([str(Path(x).resolve()) for x in args.paths], args.limit)
        loads = {"other": _parse_of(args.src.resolve(), "engine.ingest", "load"),
                 "this": _parse_of(ROOT, "engine.ingest", "load")}
        for load in loads.values():
            _loads(load, files[:30])
        return _alternate({k: (lambda ld=ld: _loads(ld, files)) for k, ld in loads.items()}, len(files), "file",
                          args.rounds)
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
    return _alternate({k: (lambda p=p: [p(doc) for doc in docs]) for k, p in versions.items()}, len(docs), "document",
                      args.rounds)


def _alternate(runs, n: int, what: str, rounds: int) -> int:
    """Each of `runs` (name → a pass over the n items) `rounds` times, alternating; prints ms an item."""
    spent: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            t0 = time.process_time()
            run()
            spent[name].append(1000 * (time.process_time() - t0) / n)
    best = {k: min(v) for k, v in spent.items()}
    median = {k: sorted(v)[len(v) // 2] for k, v in spent.items()}
    for name in runs:
        print(f"{name}: fastest {best[name]:.3f}, median {median[name]:.3f} ms a {what}")
    print(f"this / other: fastest {best['this'] / best['other']:.3f}, median {median['this'] / median['other']:.3f}"
          f" ({n} {what}s, {rounds} rounds, load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Do two checkouts parse the same? Every fact, value and evidence, for changes that must not change any.

    python bench/same_facts.py --src /path/to/other/checkout PATH... [--keep-other FILE] [--src-python PYTHON]

Loads every supported file under PATH... (engine.ingest.load: read, extract, normalise) and parses it
(engine.parse.parse) once in a fresh interpreter with this checkout first on the path and once with the other,
then compares report by report: the source, the status, a hash of the parsed text and every fact's value and
evidence. Prints the number of reports and every difference; exits 1 on any. A file the loader refuses counts
as its error message. --keep-other FILE keeps the other checkout's answer and reuses it when FILE exists (the
base of a run of speed edits does not change). --texts FILE keeps the loaded documents (pickled) and reuses them
in both checkouts when FILE exists: only for changes that leave engine/ingest alone (PDF and HTML extraction is
most of the time on a mixed corpus). --src-python runs the other checkout on another interpreter (another venv's
python): the same checkout on two interpreters, for a change of interpreter.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def loaded(paths: list[str]) -> list[tuple[str, object]]:
    """(file, Document or the loader's error message) for every supported file under `paths`."""
    from engine.ingest import SUPPORTED_SUFFIXES, load
    from engine.model import InputError
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES) \
            if p.is_dir() else [p]
    out: list[tuple[str, object]] = []
    for f in files:
        try:
            out.append((str(f), load(f)))
        except InputError as e:
            out.append((str(f), f"error: {e}"))
    return out


def parsed(paths: list[str], texts: str = "") -> dict[str, object]:
    """source → what the parse says about it, for every supported file under `paths` (run in the child)."""
    from engine.parse import parse
    if texts and Path(texts).exists():
        docs = pickle.loads(Path(texts).read_bytes())
    else:
        docs = loaded(paths)
        if texts:
            Path(texts).write_bytes(pickle.dumps(docs))
    out: dict[str, object] = {}
    for f, doc in docs:
        if isinstance(doc, str):
            out[f] = doc
            continue
        for r in parse(doc):
            out[r.source] = {"status": r.status, "text": hashlib.sha256(r.text.encode()).hexdigest(),
                             "facts": {k: [v.value, v.evidence] for k, v in r.facts.items()}}
    return out


def run_in(src: Path, paths: list[str], out: Path, texts: str, python: str = sys.executable) -> dict[str, object]:
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); from same_facts import parsed; json.dump("
            "parsed(sys.argv[4:], sys.argv[3]), open(sys.argv[2], 'w'), ensure_ascii=False, sort_keys=True, "
            "default=str)")
    subprocess.run([python, "-c", code, str(ROOT / "bench"), str(out), texts, *paths], check=True, cwd=src,
                   env=dict(os.environ, PYTHONPATH=str(src)))
    return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+")
    p.add_argument("--src", required=True, type=Path, help="the other checkout (e.g. the commit before a change)")
    p.add_argument("--keep-other", type=Path, metavar="FILE", help="keep (or reuse) the other checkout's answer")
    p.add_argument("--texts", type=Path, metavar="FILE", help="keep (or reuse) the loaded documents")
    p.add_argument("--src-python", default=sys.executable, metavar="PYTHON", help="the other checkout's interpreter")
    args = p.parse_args(argv)
    paths = [str(Path(x).resolve()) for x in args.paths]
    with tempfile.TemporaryDirectory() as tmp:
        texts = str(args.texts.resolve()) if args.texts else ""
        if args.keep_other and args.keep_other.exists():
            theirs = json.loads(args.keep_other.read_text(encoding="utf-8"))
        else:
            theirs = run_in(args.src.resolve(), paths, args.keep_other or Path(tmp) / "theirs.json", texts,
                            args.src_python)
        mine = run_in(ROOT, paths, Path(tmp) / "mine.json", texts)
    differ = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
    for key in differ[:50]:
        a, b = theirs.get(key), mine.get(key)
        if isinstance(a, dict) and isinstance(b, dict):
            names = sorted(n for n in a["facts"].keys() | b["facts"].keys() if a["facts"].get(n) != b["facts"].get(n))
            what = "; ".join(f"{n}: {a['facts'].get(n)} → {b['facts'].get(n)}" for n in names[:5])
            print(f"differs: {key}: status {a['status']} → {b['status']}, text same: {a['text'] == b['text']}; {what}")
        else:
            print(f"differs: {key}: {str(a)[:200]} → {str(b)[:200]}")
    print(f"{len(mine)} reports here, {len(theirs)} there, {len(differ)} different")
    return 1 if differ or not mine else 0


if __name__ == "__main__":
    raise SystemExit(main())

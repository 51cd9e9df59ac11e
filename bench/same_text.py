"""Do two checkouts of the engine extract the same text? For changes to ingest that must not change any text.

    python bench/same_text.py --src /path/to/other/checkout PATH... [--show 5]

Every supported file under each PATH (folders are walked, hidden ones too: the kept bench corpora list
themselves in a hidden file) goes through `engine.ingest.load` once with this checkout and once with the other one
first on the path (each in a fresh process, like bench/same_cards.py), and the results are compared file by file:
the normalised text, format and encoding, or the InputError's message. Prints the count per format and every
difference; exits 1 on any.

The ingest tests build their fixtures in temporary folders; `--capture DIR` as a pytest plugin option keeps a
copy of every file they hand to the engine, so those can be compared too:

    PYTHONPATH=bench XXGK_CAPTURE=/tmp/fx .venv/bin/python -m pytest -p same_text tests/test_ingest.py ...
    python bench/same_text.py --src BASE /tmp/fx
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = (".txt", ".text", ".html", ".htm", ".shtml", ".docx", ".pdf")

_CHILD = """
import json, sys
from pathlib import Path
from engine.ingest import load
from engine.model import InputError
out = {}
for name in json.load(open(sys.argv[1])):
    try:
        d = load(Path(name))
        out[name] = [d.format, d.encoding, d.text]
    except InputError as exc:
        out[name] = ["error", type(exc).__name__, str(exc)]
json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False)
"""


def files_under(paths: list[str]) -> list[str]:
    found: list[str] = []
    for p in map(Path, paths):
        if p.is_file():
            found.append(str(p.resolve()))
            continue
        for dirpath, _, names in os.walk(p):
            found += [str(Path(dirpath, n).resolve()) for n in names if Path(n).suffix.lower() in SUFFIXES]
    return sorted(set(found))


def texts(src: Path, names: list[str]) -> dict[str, list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        listing, out = Path(tmp, "in.json"), Path(tmp, "out.json")
        listing.write_text(json.dumps(names))
        env = dict(os.environ, PYTHONPATH=str(src))
        subprocess.run([sys.executable, "-c", _CHILD, str(listing), str(out)], env=env, cwd=src, check=True)
        return json.loads(out.read_text())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+")
    p.add_argument("--src", required=True, type=Path, help="the other checkout (e.g. the commit before a change)")
    p.add_argument("--show", type=int, default=400, help="characters of each differing text to print")
    args = p.parse_args(argv)
    names = files_under(args.paths)
    mine, theirs = texts(ROOT, names), texts(args.src.resolve(), names)
    differ = [n for n in names if mine.get(n) != theirs.get(n)]
    for name in differ:
        print(f"differs: {name}\n  there: {json.dumps(theirs.get(name), ensure_ascii=False)[:args.show]}\n"
              f"  here:  {json.dumps(mine.get(name), ensure_ascii=False)[:args.show]}")
    counts: dict[str, int] = {}
    for name in names:
        kind = mine[name][0]
        counts[kind] = counts.get(kind, 0) + 1
    print(f"{len(names)} files ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}), {len(differ)} different")
    return 1 if differ or not names else 0


# --------------------------------------------------------------------- pytest plugin: keep the tests' input files


def pytest_configure(config) -> None:  # noqa: ARG001 - pytest's hook signature
    """With XXGK_CAPTURE=DIR: every file the engine reads, and every PDF/DOCX/HTML handed to an extractor as
    bytes or text, is copied into DIR (named by content hash, so each fixture once)."""
    folder = os.environ.get("XXGK_CAPTURE")
    if not folder:
        return
    from engine import limits
    from engine.ingest import docx, html, pdf

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)

    def keep(data: bytes, suffix: str) -> None:
        if suffix.lower() in SUFFIXES:
            (target / f"{hashlib.sha1(data).hexdigest()[:16]}{suffix.lower()}").write_bytes(data)

    def wrap_read(read):
        def reading(path, *a, **kw):
            data = read(path, *a, **kw)
            keep(data, Path(path).suffix)
            return data
        return reading

    def wrap(extract, suffix: str):
        def extracting(data, *a, **kw):
            keep(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data, suffix)
            return extract(data, *a, **kw)
        return extracting

    limits.read_file = wrap_read(limits.read_file)
    pdf.extract, docx.extract, html.extract = wrap(pdf.extract, ".pdf"), wrap(docx.extract, ".docx"), \
        wrap(html.extract, ".html")


if __name__ == "__main__":
    raise SystemExit(main())

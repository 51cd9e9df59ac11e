"""CPU per file of text extraction by format, against the floor, this checkout and another one alternating.

    python bench/extract_cpu.py DIR [--src OTHER] [--limit 200] [--pairs 2]

For each format (.html, .pdf, .docx) under DIR: `time.process_time` of what `engine.ingest.load` does after reading
the bytes (decoding and extraction, no normalising), and of bench/mixed.py's floor (read + fastest extraction:
bare lexbor body text, PDFium's text, document.xml's text nodes), fastest of 3 passes after a warm-up, in a fresh
process per checkout; with --src the two checkouts alternate --pairs times, so both see the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import inspect, json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
import mixed
from engine.ingest import docx, html, pdf
assert Path(pdf.__file__).is_relative_to(Path(sys.argv[3]).parent), pdf.__file__
utf8_param = "utf8" in inspect.signature(html.extract).parameters

def extract(fmt, path, data):
    if fmt == "html":
        page, encoding = html.decode_html(data, str(path))
        if utf8_param:
            return html.extract(page, data if encoding == "utf_8" else None)
        return html.extract(page)
    return (pdf if fmt == "pdf" else docx).extract(data, str(path))

files = sorted(p for p in Path(sys.argv[1]).iterdir() if p.suffix in (".html", ".pdf", ".docx"))
out = {}
for fmt in ("html", "pdf", "docx"):
    chosen = [(p, p.read_bytes()) for p in files if p.suffix == "." + fmt][: int(sys.argv[2])]
    if not chosen:
        continue
    for path, data in chosen[:3]:
        extract(fmt, path, data)
        mixed.floor_text(path)
    best, floor = float("inf"), float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for path, data in chosen:
            extract(fmt, path, data)
        best = min(best, time.process_time() - t0)
        t0 = time.process_time()
        for path, _ in chosen:
            mixed.floor_text(path)
        floor = min(floor, time.process_time() - t0)
    out[fmt] = [1000 * best / len(chosen), 1000 * floor / len(chosen), len(chosen)]
print(json.dumps(out))
"""


def measure(src: Path, folder: Path, limit: int) -> dict[str, list[float]]:
    env = dict(os.environ, PYTHONPATH=str(src))
    # src's own bench/mixed.py: it puts its checkout first on sys.path, so the engine measured is src's
    run = subprocess.run([sys.executable, "-c", _CHILD, str(folder), str(limit), str(src / "bench")], env=env,
                         cwd=src, check=True, capture_output=True, text=True)
    return json.loads(run.stdout.splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folder", type=Path)
    p.add_argument("--src", type=Path, help="the other checkout (e.g. the commit before a change)")
    p.add_argument("--limit", type=int, default=200, help="files of each format")
    p.add_argument("--pairs", type=int, default=2)
    args = p.parse_args(argv)
    sides = [("there", args.src.resolve()), ("here", ROOT)] if args.src else [("here", ROOT)]
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for _ in range(args.pairs):
        for name, src in sides:
            got = measure(src, args.folder, args.limit)
            print(f"{name:5s} " + "; ".join(f"{fmt} {ms:.2f} ms (floor {fl:.2f}, x{ms / fl:.2f}, {n} files)"
                                            for fmt, (ms, fl, n) in got.items()), flush=True)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

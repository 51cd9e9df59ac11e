"""CPU per HTML page, stage by stage, this checkout's engine/ingest/html.py against another one's, in one process.

    python bench/html_stages.py DIR --src OTHER [--limit 300] [--reps 5]

extract_cpu.py times whole passes in fresh processes, which on a shared machine moves ±20% between runs of the
same code. Here both versions of html.py are loaded side by side (the other one's imports resolve to this
checkout, which only matters for decoding) and each page runs through both, alternating which goes first, --reps
times; the fastest time of each stage per page is summed (pages that fail to decode, take the flat-text
fallback or have no tree are left out). Stages: the depth bound, lexbor's parse, the flat copy,
measuring, the main container, head + lines, and the whole `extract` again as a check of the sum. The two texts
must be equal on every page (the run stops otherwise).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from engine.ingest import html as here  # noqa: E402
from engine.model import InputError  # noqa: E402

STAGES = ("depth bound", "parse", "copy", "measure", "main", "head + lines", "extract")


def _load(src: Path):
    spec = importlib.util.spec_from_file_location("other_html", src / "engine" / "ingest" / "html.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["other_html"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def _stages(m, page: str, utf8: bytes) -> list[float]:
    clock = time.process_time
    t0 = clock()
    m._too_deep(page, utf8)
    t1 = clock()
    tree = LexborHTMLParser(utf8)
    t2 = clock()
    els, skipped = m._copy_tree(tree.body or tree.root)
    t3 = clock()
    m._measure(els, skipped)
    t4 = clock()
    main = m._main_container(els)
    t5 = clock()
    m._head(els, main) + m._lines(els, main, els[main].end)
    t6 = clock()
    m.extract(page, utf8)
    t7 = clock()
    return [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folder", type=Path)
    p.add_argument("--src", type=Path, required=True, help="the other checkout (e.g. the commit before a change)")
    p.add_argument("--limit", type=int, default=300)
    p.add_argument("--reps", type=int, default=5)
    args = p.parse_args(argv)
    there = _load(args.src.resolve())
    pages = []
    for path in sorted(args.folder.iterdir()):
        if path.suffix in (".html", ".htm", ".shtml") and len(pages) < args.limit:
            data = path.read_bytes()
            try:
                page, encoding = here.decode_html(data, str(path))
            except InputError:
                continue
            utf8 = data if encoding == "utf_8" else page.encode("utf-8", "ignore")
            if here._too_deep(page, utf8) or not (LexborHTMLParser(utf8).body or LexborHTMLParser(utf8).root):
                continue  # the flat-text fallback and empty pages have no stages
            pages.append((path, page, data if encoding == "utf_8" else page.encode("utf-8", "ignore")))
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {len(pages)} pages")
    totals = {"there": [0.0] * len(STAGES), "here": [0.0] * len(STAGES)}
    for path, page, utf8 in pages:
        if there.extract(page, utf8) != here.extract(page, utf8):
            print(f"{path}: the two checkouts extract different text")
            return 1
        best = {"there": [float("inf")] * len(STAGES), "here": [float("inf")] * len(STAGES)}
        gc.collect()
        gc.disable()  # a collection landing in one side's stage is noise, not that side's cost
        for rep in range(args.reps):
            order = (("there", there), ("here", here)) if rep % 2 == 0 else (("here", here), ("there", there))
            for name, module in order:
                best[name] = [min(a, b) for a, b in zip(best[name], _stages(module, page, utf8), strict=True)]
        gc.enable()
        for name in totals:
            totals[name] = [a + b for a, b in zip(totals[name], best[name], strict=True)]
    print(f"{'ms a page':14s} {'there':>7s} {'here':>7s}")
    for k, stage in enumerate(STAGES):
        print(f"{stage:14s} {1000 * totals['there'][k] / len(pages):7.3f} {1000 * totals['here'][k] / len(pages):7.3f}")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

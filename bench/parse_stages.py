"""Where the ingest and parse CPU of a .txt report go, stage by stage, without a profiler.

    python bench/parse_stages.py PATH... [--limit N] [--rounds R] [--src CHECKOUT]

Times each step of engine.ingest.load on the .txt files under PATH... (read, decode, the HTML sniff, normalise and
its passes, the hash) and each step of engine.parse.parse_text on the loaded documents (meta and its parts,
sections, counts, tables, mentions, the prose checks, kind, university, split) with `time.process_time` around
each call: the functions are wrapped in their modules (a nested row is inside the one above it, its time included
there). R passes after a warm-up of 30; each row is the fastest pass's µs a document (so rows of one column may
come from different passes). --src imports another checkout's engine too and alternates the two checkouts' passes
in one process (as parse_ab.py does), printing both columns as a Markdown table.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (row name, module, attribute, depth): the attribute is wrapped where the callers look it up
PARSE = [
    ("parse", "engine.parse", "parse", 0),
    ("split", "engine.parse.split", "split", 1),
    ("parse_text", "engine.parse", "parse_text", 1),
    ("prescan (pinyin gloss, 资讯)", "engine.parse", "PINYIN_GLOSS", 2),
    ("meta_facts", "engine.parse.meta", "meta_facts", 2),
    ("title_match", "engine.parse.meta", "title_match", 3),
    ("find_year", "engine.parse.meta", "find_year", 3),
    ("find_published", "engine.parse.meta", "find_published", 3),
    ("find_agency", "engine.parse.meta", "find_agency", 3),
    ("voice_level", "engine.parse.meta", "voice_level", 3),
    ("find_region", "engine.parse.meta", "find_region", 3),
    ("section_facts", "engine.parse", "section_facts", 2),
    ("section_spans", "engine.parse", "section_spans", 2),
    ("section_headings", "engine.parse.sections", "headings", 3),
    ("count_facts", "engine.parse", "count_facts", 2),
    ("_windows", "engine.parse.counts", "_windows", 3),
    ("_number_match", "engine.parse.counts", "_number_match", 3),
    ("_count_before_word", "engine.parse.counts", "_count_before_word", 3),
    ("_zero_statement", "engine.parse.counts", "_zero_statement", 3),
    ("_all_handled", "engine.parse.counts", "_all_handled", 3),
    ("_count_before_overdue", "engine.parse.counts", "_count_before_overdue", 3),
    ("read_tables", "engine.parse", "read_tables", 2),
    ("read_table2", "engine.parse.tables", "read_table2", 3),
    ("read_table3", "engine.parse.tables", "read_table3", 3),
    ("t3_failures", "engine.parse.tables", "t3_failures", 4),
    ("snippet (tables)", "engine.parse.tables", "snippet", 4),
    ("read_table4", "engine.parse.tables", "read_table4", 3),
    ("mention_facts", "engine.parse", "mention_facts", 2),
    ("total_part", "engine.parse", "total_part_contradictions", 2),
    ("share", "engine.parse", "share_contradictions", 2),
    ("parts_over_total", "engine.parse", "parts_over_total_contradictions", 2),
    ("restated_total", "engine.parse", "restated_total_contradictions", 2),
    ("list_count", "engine.parse", "list_count_contradictions", 2),
    ("other_year", "engine.parse", "other_year_contradictions", 2),
    ("prose_table", "engine.parse", "prose_table_contradictions", 2),
    ("kind.classify", "engine.parse.kind", "classify", 2),
    ("regulation_or_notice", "engine.parse.kind", "regulation_or_notice", 3),
    ("speech_or_explainer", "engine.parse.kind", "speech_or_explainer", 3),
    ("news_of_meeting", "engine.parse.kind", "news_of_meeting", 3),
    ("own_type", "engine.parse.kind", "own_type", 3),
    ("reply_letter", "engine.parse.kind", "reply_letter", 3),
    ("overview_items", "engine.parse.kind", "overview_items", 3),
    ("parts_cut", "engine.parse.kind", "parts_cut", 3),
    ("split.top_headings", "engine.parse.split", "top_headings", 3),
    ("university_facts", "engine.parse", "university_facts", 2),
]
INGEST = [
    ("load", "engine.ingest", "load", 0),
    ("read", "engine.ingest", "_read", 1),
    ("decode", "engine.ingest.text", "decode", 1),
    ("sniff_binary", "engine.ingest.text", "sniff_binary", 2),
    ("detect", "engine.ingest.text", "detect", 2),
    ("_mostly_text", "engine.ingest.text", "_mostly_text", 2),
    ("looks_like_html", "engine.ingest", "looks_like_html", 1),
    ("normalise", "engine.ingest", "normalise", 1),
    ("_nfkc", "engine.ingest.normalise", "_nfkc", 2),
    ("to_simplified", "engine.ingest.normalise", "to_simplified", 2),
    ("_join_all_thousands", "engine.ingest.normalise", "_join_all_thousands", 2),
    ("_tidy_spaces", "engine.ingest.normalise", "_tidy_spaces", 2),
]


class _Timed:
    """A stand-in for a compiled pattern whose `sub` is timed (the prescan step of parse_text)."""

    def __init__(self, regex, spent):
        self.regex, self.spent = regex, spent

    def sub(self, *a, **k):
        t0 = time.process_time()
        out = self.regex.sub(*a, **k)
        self.spent[0] += time.process_time() - t0
        return out

    def __getattr__(self, name):
        return getattr(self.regex, name)


def _wrap(rows, modules: dict[str, object]) -> dict[str, list[float]]:
    """Wrap each row's function in its module (of one checkout: `modules` name → module); the seconds it spends."""
    totals: dict[str, list[float]] = {}
    for name, module, attr, _ in rows:
        mod = modules[module]
        spent = totals.setdefault(name, [0.0])
        fn = getattr(mod, attr)
        if not callable(fn) or hasattr(fn, "sub"):
            setattr(mod, attr, _Timed(fn, spent))
            continue

        def timed(*a, _fn=fn, _spent=spent, **k):
            t0 = time.process_time()
            try:
                return _fn(*a, **k)
            finally:
                _spent[0] += time.process_time() - t0
        functools.update_wrapper(timed, fn)
        setattr(mod, attr, timed)
    return totals


def _checkout(src: Path) -> dict[str, object]:
    """The engine modules the rows name, imported from the checkout at `src` (each checkout's modules kept apart)."""
    for loaded in [n for n in sys.modules if n == "engine" or n.startswith("engine.")]:
        del sys.modules[loaded]
    sys.path.insert(0, str(src))
    try:
        return {m: importlib.import_module(m) for m in {row[1] for row in INGEST + PARSE} | {"engine.model"}}
    finally:
        sys.path.remove(str(src))


def measure(paths: list[str], limit: int, rounds: int, checkouts: dict[str, Path]) -> dict[str, dict]:
    """checkout → {"ingest": row → µs a file, "parse": row → µs a document}: the fastest of `rounds` passes, the
    checkouts' passes alternated (both meet the same seconds of a loaded machine)."""
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(f for f in p.rglob("*") if f.suffix.lower() == ".txt") if p.is_dir() else [p]
    files = files[:limit]
    engines = {name: _checkout(src) for name, src in checkouts.items()}
    first = next(iter(engines.values()))
    docs = []
    for f in files:
        with contextlib.suppress(Exception):
            docs.append(first["engine.ingest"].load(f))
    totals, best = {}, {}
    for name, mods in engines.items():
        for d in docs[:30]:
            mods["engine.parse"].parse(d)
        totals[name] = {"ingest": _wrap(INGEST, mods), "parse": _wrap(PARSE, mods)}
        best[name] = {part: {row: float("inf") for row, *_ in rows} for part, rows in (("ingest", INGEST),
                                                                                      ("parse", PARSE))}
    for _ in range(rounds):
        for name, mods in engines.items():
            for part, items in (("ingest", files), ("parse", docs)):
                for spent in totals[name][part].values():
                    spent[0] = 0.0
                for item in items:
                    with contextlib.suppress(Exception):  # a file the loader refuses costs what refusing costs
                        mods["engine.ingest"].load(item) if part == "ingest" else mods["engine.parse"].parse(item)
                for row, spent in totals[name][part].items():
                    best[name][part][row] = min(best[name][part][row], 1e6 * spent[0] / max(1, len(items)))
    return {name: {**b, "n": {"ingest": len(files), "parse": len(docs)}} for name, b in best.items()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+")
    p.add_argument("--limit", type=int, default=400)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--src", type=Path, help="also measure another checkout, its passes alternated with this one's")
    args = p.parse_args(argv)
    paths = [str(Path(x).resolve()) for x in args.paths]
    checkouts = {"other": args.src.resolve()} if args.src else {}
    columns = measure(paths, args.limit, args.rounds, {**checkouts, "this": ROOT})
    for part, rows in (("ingest", INGEST), ("parse", PARSE)):
        n = columns["this"]["n"][part]
        print(f"| {part}: µs a document ({n}, fastest of {args.rounds}) | " + " | ".join(columns) + " |")
        print("| --- |" + " --- |" * len(columns))
        for name, _, _, depth in rows:
            cells = [c[part][name] for c in columns.values()]
            change = f" ({100 * (cells[-1] / cells[0] - 1):+.0f}%)" if len(cells) == 2 and cells[0] else ""
            print(f"| {'· ' * depth}{name} | " + " | ".join(f"{v:.0f}" for v in cells[:-1])
                  + f"{' | ' if len(cells) > 1 else ''}{cells[-1]:.0f}{change} |")
    print(f"load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

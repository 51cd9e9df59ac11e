"""Measure the parser against gold labels: how many labelled facts it gets right, misses and guesses.

usage: python bench/parse_accuracy.py DIR... [--split dev|test] [--json] [--verbose] [--show-files]

Every `<id>.txt` (or `.pdf`, `.html`, `.docx`, ...) with a sibling `<id>.json` in the given directories is parsed
with `engine.pipeline.parse_file` and compared with its gold label (format: /work/shared/corpus/dev/README.md).

Per compared field instance the outcome is one of:
  right    equal to gold, or absent where gold is null
  wrong    a value different from gold's (also every field of a file the parser failed on)
  missed   absent where gold has a value
  guessed  a value given where gold is null
Bools (sections.*, mentions.*, quality.placeholders, university.*) count an absent fact as False, so they are never
missed. quality.inconsistencies is compared as a count. university.* is compared per item, only for gold labels
that have `university`.

A file the parser fails on (an exception, no document, status error) counts every field wrong and its report /
not-a-report decision wrong; it is listed and the run goes on. If the parser yields several documents for one file
the first is compared and a split error is listed.

--split keeps one part of each directory: a file is in the test part when the first byte of blake2b(its id,
digest_size=8) is divisible by 3 (about one third), else in the dev part. The split depends on the id only, so it
never moves when files are added or the parser changes; tune on dev, report test (docs/parsing.md). With several
directories the text output ends with one line per directory. The test part prints its tables and counts only:
which file went wrong is what tuning would look at, so its lists (and the JSON's) appear only with --show-files.

Exit code: 0 whenever it ran (this is a measurement, not a test); 2 on usage errors; 1 when there is no parser.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from engine.facts import CHECKLIST, ENROLLMENT, SECTIONS
from engine.ingest import SUPPORTED_SUFFIXES
from engine.model import ERROR, OK, ParsedReport

Parse = Callable[[Path], list[ParsedReport]]

REPORT_KINDS = ("government_annual", "university_annual")
DOC_FIELDS = ("agency", "year", "period", "kind", "level", "published_on")
FACT_FIELDS = (
    "proactive.new", "proactive.cumulative",
    "requests.received", "requests.carried_over", "requests.completed", "requests.carried_forward",
    "consultations.total", "appeals.review", "appeals.litigation", "appeals.complaints",
    "fees.charged_yuan", "budget.spend_yuan",
)
MENTION_FIELDS = ("review_principle", "confidentiality_review")
PLACEHOLDERS, INCONSISTENCIES = "quality.placeholders", "quality.inconsistencies"
# gold list name -> (row in the table, fact prefix, Chinese name -> key)
UNIVERSITY = {
    "checklist_categories_mentioned": ("university.checklist", {v: k for k, v in CHECKLIST.items()}),
    "enrollment_disclosures_mentioned": ("university.enrollment", {v: k for k, v in ENROLLMENT.items()}),
}
GOLD_PARTS = ("doc", "facts", "sections", "mentions", "quality")
OUTCOMES = ("right", "wrong", "missed", "guessed")
EVIDENCE_CHARS = 60


@dataclass(slots=True)
class Check:
    """One compared field instance of one file."""

    id: str
    field: str  # the fact name, e.g. doc.year or university.checklist.basic
    row: str  # the table row it counts in (university items share one row per list)
    outcome: str  # right | wrong | missed | guessed
    got: Any = None
    want: Any = None
    evidence: str = ""
    near_miss: bool = False


@dataclass(slots=True)
class FileResult:
    id: str
    path: str
    status: str  # the first document's status, or "exception" / "no document"
    documents: int
    want_report: bool
    got_report: bool
    checks: list[Check] = field(default_factory=list)
    error: str | None = None


# ---------------------------------------------------------------- discovery

SPLITS = ("dev", "test")


def split_of(file_id: str) -> str:
    """"test" for about one id in three, "dev" for the rest: a stable hash of the id alone."""
    return "test" if hashlib.blake2b(file_id.encode("utf-8"), digest_size=8).digest()[0] % 3 == 0 else "dev"


def find_pairs(dirs: Iterable[Path], split: str | None = None) -> list[tuple[Path, Path]]:
    """(document, gold json) for every document file with a sibling `<id>.json`, in name order per directory;
    only those of one part when `split` is given."""
    pairs = []
    for d in dirs:
        for doc in sorted(d.iterdir()):
            gold = doc.with_suffix(".json")
            if doc.is_file() and doc.suffix.lower() in SUPPORTED_SUFFIXES and gold.is_file() \
                    and (split is None or split_of(doc.stem) == split):
                pairs.append((doc, gold))
    return pairs


# ---------------------------------------------------------------- gold


def gold_fields(gold: dict[str, Any]) -> list[tuple[str, str, Any, bool]]:
    """(field, table row, gold value, is_bool) for every labelled field, in table order.

    A part (facts, sections, …) or a doc key the label leaves out is not compared: a label set made for one
    question (who reports, which year) states only those keys; a key given as null is still compared."""
    doc, facts = gold.get("doc", {}), gold.get("facts")
    sections, mentions, quality = gold.get("sections"), gold.get("mentions"), gold.get("quality")
    out = [(f"doc.{k}", f"doc.{k}", doc[k], False) for k in DOC_FIELDS if k in doc]
    if facts is not None:
        out += [(k, k, facts.get(k), False) for k in FACT_FIELDS]
    if sections is not None:
        out += [(f"sections.{k}", f"sections.{k}", sections.get(k), True) for k in SECTIONS]
    if mentions is not None:
        out += [(f"mentions.{k}", f"mentions.{k}", mentions.get(k), True) for k in MENTION_FIELDS]
    if quality is not None:
        out.append((PLACEHOLDERS, PLACEHOLDERS, quality.get("placeholders"), True))
        out.append((INCONSISTENCIES, INCONSISTENCIES, len(quality.get("inconsistencies") or []), False))
    for list_name, (prefix, key_of) in UNIVERSITY.items():
        if "university" not in gold:
            continue
        mentioned = {key_of.get(name, name) for name in gold["university"].get(list_name, [])}
        for key in [*key_of.values(), *sorted(mentioned - set(key_of.values()))]:
            out.append((f"{prefix}.{key}", prefix, key in mentioned, True))
    return out


def is_report_kind(kind: Any) -> bool:
    return kind in REPORT_KINDS


# ---------------------------------------------------------------- comparison


def normalise_value(name: str, value: Any) -> Any:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if name == "doc.agency" and isinstance(value, str):
        return re.sub(r"\s+", "", value)
    return value


def equal(got: Any, want: Any) -> bool:
    """Exact equality, except that a bool never equals an int (True == 1 in Python)."""
    if isinstance(got, bool) != isinstance(want, bool):
        return False
    return got == want


def is_near_miss(name: str, got: Any, want: Any) -> bool:
    """An agency name that contains, or is contained in, gold's (both ≥ 3 characters): still wrong, but shown."""
    if name != "doc.agency" or not (isinstance(got, str) and isinstance(want, str)):
        return False
    return min(len(got), len(want)) >= 3 and (got in want or want in got)


def predicted(report: ParsedReport, name: str, is_bool: bool) -> tuple[bool, Any, str]:
    """(present, value, evidence) of one fact; inconsistencies as a count, absent bools as False."""
    fact = report.facts.get(name)
    if name == INCONSISTENCIES:
        value = fact.value if fact else None
        count = len(value) if isinstance(value, list | tuple) else (value or 0)
        return True, count, fact.evidence if fact else ""
    if fact is None or fact.value is None:
        return is_bool, False if is_bool else None, ""
    return True, normalise_value(name, fact.value), fact.evidence


def compare_field(file_id: str, name: str, row: str, want: Any, is_bool: bool, report: ParsedReport) -> Check:
    want = normalise_value(name, want)
    present, got, evidence = predicted(report, name, is_bool and want is not None)
    check = Check(file_id, name, row, "right", got if present else None, want, evidence)
    if want is None:
        check.outcome = "guessed" if present else "right"
    elif not present:
        check.outcome = "missed"
    elif not equal(got, want):
        check.outcome = "wrong"
        check.near_miss = is_near_miss(name, got, want)
    return check


def parse_one(parse: Parse, path: Path) -> tuple[list[ParsedReport], str, str | None]:
    """(documents, status of the first, error message or None); an exception never stops the run."""
    try:
        reports = list(parse(path))
    except Exception as exc:  # a measurement counts a crash, it does not propagate it
        return [], "exception", f"{type(exc).__name__}: {exc}"
    if not reports:
        return [], "no document", "the parser returned no document"
    status = reports[0].status
    return reports, status, (reports[0].error or "status error") if status == ERROR else None


def evaluate(file_id: str, path: Path, gold: dict[str, Any], parse: Parse) -> FileResult:
    reports, status, error = parse_one(parse, path)
    result = FileResult(file_id, str(path), status, len(reports), is_report_kind(gold.get("doc", {}).get("kind")),
                        status == OK, error=error)
    for name, row, want, is_bool in gold_fields(gold):
        if error is not None:
            result.checks.append(Check(file_id, name, row, "wrong", None, want))
        else:
            result.checks.append(compare_field(file_id, name, row, want, is_bool, reports[0]))
    return result


# ---------------------------------------------------------------- summary


def field_table(results: list[FileResult]) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for check in (c for r in results for c in r.checks):
        rows.setdefault(check.row, dict.fromkeys(OUTCOMES, 0))[check.outcome] += 1
    for counts in rows.values():
        total = sum(counts[o] for o in OUTCOMES)
        counts["accuracy"] = round(100 * counts["right"] / total, 1) if total else 0.0
    return rows


def summarise(results: list[FileResult], skipped: list[str]) -> dict[str, Any]:
    checks = [c for r in results for c in r.checks]
    failed = {r.id for r in results if r.error is not None}
    by_outcome = {o: [c for c in checks if c.outcome == o] for o in OUTCOMES}
    right = len(by_outcome["right"])
    misclassified = [r for r in results if r.error is not None or r.want_report != r.got_report]
    return {
        "files": len(results),
        "fields": field_table(results),
        "wrong": [asdict(c) for c in by_outcome["wrong"] if c.id not in failed],  # failed files: see parse_errors
        "guessed": [asdict(c) for c in by_outcome["guessed"]],
        "missed": [asdict(c) for c in by_outcome["missed"]],
        "classification": {
            "right": len(results) - len(misclassified), "total": len(results),
            "misclassified": [{"id": r.id, "want_report": r.want_report, "status": r.status} for r in misclassified],
        },
        "split_errors": [{"id": r.id, "documents": r.documents} for r in results if r.documents > 1],
        "parse_errors": [{"id": r.id, "error": r.error} for r in results if r.error is not None],
        "skipped": skipped,
        "per_file": [{"id": r.id, "status": r.status, "documents": r.documents,
                      "right": sum(c.outcome == "right" for c in r.checks), "total": len(r.checks)}
                     for r in results],
        "overall": {"right": right, "total": len(checks),
                    "percent": round(100 * right / len(checks), 1) if checks else 0.0,
                    "guesses": len(by_outcome["guessed"]),
                    "report_right": len(results) - len(misclassified), "report_total": len(results)},
    }


# ---------------------------------------------------------------- text output


def show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def clip(text: str, verbose: bool) -> str:
    text = " ".join(str(text).split())
    return text if verbose or len(text) <= EVIDENCE_CHARS else text[:EVIDENCE_CHARS - 1] + "…"


def align(rows: list[list[str]]) -> list[str]:
    """Left-align the first column, right-align the rest."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
            .rstrip() for r in rows]


def table_lines(fields: dict[str, dict[str, Any]]) -> list[str]:
    rows = [["field", *OUTCOMES, "accuracy"]]
    rows += [[name, *(str(c[o]) for o in OUTCOMES), f"{c['accuracy']:.1f}%"] for name, c in fields.items()]
    return align(rows)


def check_lines(checks: list[dict[str, Any]], verbose: bool) -> list[str]:
    lines = []
    for c in checks:
        head = f"  {c['id']} {c['field']}:"
        if c["outcome"] == "missed":
            lines.append(f"{head} want {show(c['want'])}")
            continue
        text = f"{head} got {show(c['got'])}"
        if c["outcome"] == "wrong":
            text += f", want {show(c['want'])}"
        if c["evidence"]:
            text += f" (evidence: {clip(c['evidence'], verbose)})"
        lines.append(text + ("  [near miss]" if c["near_miss"] else ""))
    return lines


def section(title: str, lines: list[str]) -> list[str]:
    return ["", f"{title} ({len(lines)})", *lines]


def render_text(summary: dict[str, Any], verbose: bool) -> str:
    cls, overall = summary["classification"], summary["overall"]
    out = table_lines(summary["fields"]) if summary["fields"] else ["(no labelled files found)"]
    if not summary.get("hidden"):  # the test part: counts only (counts_only)
        out += section("WRONG", check_lines(summary["wrong"], verbose))
        out += section("GUESSED", check_lines(summary["guessed"], verbose))
        out += section("MISSED", check_lines(summary["missed"], verbose))
    out += ["", f"REPORT / NOT-A-REPORT: {cls['right']}/{cls['total']} right"]
    out += [f"  {m['id']}: want {'report' if m['want_report'] else 'not a report'}, got status {m['status']}"
            for m in cls["misclassified"]]
    hidden = summary.get("hidden")
    if hidden:
        out.append("(test part: per-file lists hidden — " + ", ".join(f"{k} {v}" for k, v in hidden.items())
                   + "; --show-files lists them)")
    else:
        out += section("SPLIT ERRORS", [f"  {s['id']}: {s['documents']} documents, compared the first"
                                        for s in summary["split_errors"]])
        out += section("PARSE ERRORS", [f"  {e['id']}: {e['error']} (all fields counted wrong)"
                                        for e in summary["parse_errors"]])
    if summary["skipped"]:
        out += section("SKIPPED (unreadable gold)", [f"  {s}" for s in summary["skipped"]])
    if verbose:
        rows = [["id", "status", "docs", "right"]]
        rows += [[f["id"], f["status"], str(f["documents"]), f"{f['right']}/{f['total']}"]
                 for f in summary["per_file"]]
        out += ["", "PER FILE", *("  " + line for line in align(rows))]
    if len(summary.get("per_corpus", {})) > 1:
        out += [""] + [f"{d}: {o['right']}/{o['total']} ({o['percent']:.1f}%), report/not-a-report "
                       f"{o['report_right']}/{o['report_total']}, guesses {o['guesses']}"
                       for d, o in summary["per_corpus"].items()]
    if summary.get("split"):
        out.append(f"split: {summary['split']} part (blake2b of the id)")
    out.append(f"overall: {overall['right']}/{overall['total']} labelled facts right ({overall['percent']:.1f}%), "
               f"report/not-a-report {cls['right']}/{cls['total']}, guesses {overall['guesses']}")
    return "\n".join(out)


# ---------------------------------------------------------------- entry point


def load_parser() -> Parse | None:
    try:
        from engine.pipeline import parse_file
    except ModuleNotFoundError as exc:
        if exc.name not in ("engine.pipeline", "engine"):
            raise
        return None
    return parse_file


def counts_only(summary: dict[str, Any]) -> dict[str, Any]:
    """The summary without anything that names a file: the held-out part's figure, not its errors."""
    out = {k: v for k, v in summary.items() if k not in ("per_file", "split_errors", "parse_errors")}
    out.update(wrong=[], guessed=[], missed=[], split_errors=[], parse_errors=[], per_file=[])
    out["classification"] = {**summary["classification"], "misclassified": []}
    out["hidden"] = {"wrong": len(summary["wrong"]), "guessed": len(summary["guessed"]),
                     "missed": len(summary["missed"]), "misclassified": len(summary["classification"]["misclassified"]),
                     "split_errors": len(summary["split_errors"]), "parse_errors": len(summary["parse_errors"])}
    return out


def run(dirs: list[Path], parse: Parse, split: str | None = None) -> dict[str, Any]:
    results, skipped, corpus_of = [], [], {}
    for doc, gold_path in find_pairs(dirs, split):
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            skipped.append(f"{gold_path}: {exc}")
            continue
        bad = [k for k in GOLD_PARTS if not isinstance(gold.get(k, {}), dict)]
        if not isinstance(gold.get("doc"), dict) or bad:
            skipped.append(f"{gold_path}: {'no doc' if not isinstance(gold.get('doc'), dict) else 'not an object: '}"
                           f"{', '.join(bad)}")
            continue
        results.append(evaluate(doc.stem, doc, gold, parse))
        corpus_of[id(results[-1])] = str(doc.parent)
    summary = summarise(results, skipped)
    summary["split"] = split
    summary["per_corpus"] = {d: summarise([r for r in results if corpus_of[id(r)] == d], [])["overall"]
                             for d in dict.fromkeys(corpus_of.values())}
    return summary


def main(argv: list[str] | None = None, parse: Parse | None = None) -> int:
    ap = argparse.ArgumentParser(prog="parse_accuracy", description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path, metavar="DIR", help="directories of <id>.txt + <id>.json pairs")
    ap.add_argument("--json", action="store_true", help="print a machine-readable summary instead of text")
    ap.add_argument("--verbose", action="store_true", help="full evidence and a per-file table")
    ap.add_argument("--split", choices=SPLITS, help="only the dev or the test part of each directory (split_of)")
    ap.add_argument("--show-files", action="store_true", help="with --split test: list the files too (not for tuning)")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    missing = [str(d) for d in args.dirs if not d.is_dir()]
    if missing:
        print(f"parse_accuracy: not a directory: {', '.join(missing)}", file=sys.stderr)
        return 2
    parse = parse or load_parser()
    if parse is None:
        print("parse_accuracy: engine.pipeline.parse_file is not there yet; nothing to measure", file=sys.stderr)
        return 1
    summary = run(args.dirs, parse, args.split)
    if args.split == "test" and not args.show_files:
        summary = counts_only(summary)
    print(json.dumps(summary, ensure_ascii=False, indent=2, default=str) if args.json
          else render_text(summary, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())

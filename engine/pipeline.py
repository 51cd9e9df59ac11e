"""The stages wired together for one file: ingest → parse (→ evaluate → score in engine.batch)."""

from __future__ import annotations

from pathlib import Path

from engine.ingest import SUPPORTED_SUFFIXES, load
from engine.model import ERROR, InputError, ParsedReport
from engine.parse import parse


def parse_file(path: Path) -> list[ParsedReport]:
    """Every input ends with at least one result: parsed documents, or one error naming the file."""
    try:
        return parse(load(path))
    except InputError as exc:
        return [ParsedReport(source=str(path), status=ERROR, error=str(exc))]


def expand(paths: list[Path], with_logs: bool = False) -> tuple[list[Path], list[ParsedReport]]:
    """Files to read under the given paths, and an error result for each path that cannot be used.

    With `with_logs`, submission logs (.csv) count as inputs too (engine.batch reads them apart).
    """
    suffixes = (*SUPPORTED_SUFFIXES, ".csv") if with_logs else SUPPORTED_SUFFIXES
    files: list[Path] = []
    errors: list[ParsedReport] = []
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
            if not found:
                errors.append(ParsedReport(str(p), ERROR, error=(
                    f"no report files in this folder (looked for {', '.join(suffixes)})")))
            files += found
        elif p.exists():
            files.append(p)
        else:
            errors.append(ParsedReport(str(p), ERROR, error="no such file or folder; check the path"))
    return files, errors

"""The stages wired together for one file: ingest → parse (→ evaluate → score in engine.batch)."""

from __future__ import annotations

from pathlib import Path

from engine.ingest import SUPPORTED_SUFFIXES, load, unsupported
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
            every = sorted(f for f in p.rglob("*") if f.is_file() and not _ignored(f))
            found = [f for f in every if f.suffix.lower() in suffixes]
            if not every:
                looked = "、".join(suffixes)
                errors.append(ParsedReport(str(p), ERROR, error=f"文件夹中没有报告文件（查找的类型：{looked}）"))
            # a file of another type is listed with advice, never skipped without a word
            errors += [ParsedReport(str(f), ERROR, error=unsupported(f)) for f in every
                       if f.suffix.lower() not in suffixes]
            files += found
        elif p.exists():
            files.append(p)
        else:
            errors.append(ParsedReport(str(p), ERROR, error="文件或文件夹不存在；请检查路径"))
    return files, errors


def _ignored(path: Path) -> bool:
    """Files no one means as a report: hidden files, Office lock files, the desktop's thumbnail caches, and a
    folder's README.md (notes about the folder, as reports/ ships)."""
    name = path.name.lower()
    return name.startswith((".", "~$")) or name in ("thumbs.db", "desktop.ini", "readme.md")

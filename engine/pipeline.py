"""The stages wired together for one file: ingest → parse (→ evaluate → score in engine.batch)."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from engine import limits
from engine.glossary import os_reason
from engine.ingest import SUPPORTED_SUFFIXES, load, unsupported
from engine.model import ERROR, Document, InputError, ParsedReport

_T = TypeVar("_T")

# the parser (engine.parse: ~150 regular expressions compiled at import) is imported by the first parse_file, so a
# batch's parent, which lists files but never parses them, does not import it (its workers do, once, in the fork
# server: engine.batch.WORKER_MODULES)


def parse(doc: Document) -> list[ParsedReport]:
    """engine.parse.parse, imported by the first call."""
    from engine.parse import parse as parse_document
    return parse_document(doc)


def as_text(name: str) -> str:
    """`name` as valid Unicode: a file name's bytes the file system's encoding could not decode (Python keeps them
    as lone surrogates, which no output can encode: JSON, the store, a spreadsheet) written as \\xNN, so that one
    oddly named file is reported by a readable name instead of stopping the batch's output. Other text: itself."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate no file name decodes to: escaped as it is
            return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return name


# control characters a file name may hold (Unix allows a line break in one) as escapes, so an error line stays a line
_ONE_LINE = {c: f"\\x{c:02x}" for c in range(0x20) if c != 0x09} | {0x0A: "\\n", 0x0D: "\\r"}


def unread_line(source: str, message: str) -> str:
    """The line said for a file that was not read: its name, then what is wrong and what to do (most messages begin
    with the name already), on one line whatever the name holds."""
    line = f"未能读取：{message}" if message.startswith(source) else f"未能读取：{source}：{message}"
    return line.translate(_ONE_LINE)


def _load(path: Path, sha256: str | None) -> Document:
    """The file's Document, named as results name it (`as_text`); the file is read by its own path."""
    doc = load(path, sha256)
    source = as_text(doc.source)
    return doc if source is doc.source else dataclasses.replace(doc, source=source)


def parse_file(path: Path, sha256: str | None = None) -> list[ParsedReport]:
    """Every input ends with at least one result: parsed documents, or one error naming the file. Reading and
    parsing stay within the file's budget (engine.limits): past it, the file gets an error naming the limit.
    `sha256`: the file's hash when already made (engine.ingest.load)."""
    import engine.parse  # noqa: F401  (the first call imports the parser before the file's budget starts)
    return _budgeted(str(path), lambda: parse(_load(path, sha256)))


def ingest_file(path: Path, sha256: str | None = None) -> Document | list[ParsedReport]:
    """parse_file's first part (a batch worker ingests a group of files, then parses them: each part's code and
    data stay in the CPU's caches across the group): the file's Document, or its one error result. With
    `parse_ingested` the same results and errors as parse_file, and the same budget for both parts."""
    import engine.parse  # noqa: F401  (as parse_file: imported before the file's budget starts)
    return _budgeted(str(path), lambda: _load(path, sha256))


def parse_ingested(doc: Document, source: str, spent: float) -> list[ParsedReport]:
    """parse_file's second part: `doc` (ingest_file's) parsed within what is left of the file's budget after
    the `spent` seconds its ingest took. `source`: str of the path given to ingest_file."""
    return _budgeted(source, lambda: parse(doc), spent)


def internal_error(source: str, exc: Exception) -> ParsedReport:
    """A file's one error result for a failure that is a bug (not bad input): it must not stop the other files."""
    return ParsedReport(as_text(source), ERROR,
                        error=f"读取此文件时发生内部错误，请连同该文件报告给维护者（技术信息：{exc!r}）")


def _budgeted(source: str, work: Callable[[], _T], spent: float = 0.0) -> _T | list[ParsedReport]:
    """`work()` within the file's budget less `spent` seconds; a reason to stop (an InputError: unreadable input,
    a limit reached, out of memory) becomes the file's one error result (named as `as_text` names it)."""
    try:
        with limits.deadline(source, spent=spent):
            try:
                return work()
            except MemoryError:
                raise limits.memory_error(source) from None
    except InputError as exc:
        return [ParsedReport(source=as_text(source), status=ERROR, error=as_text(str(exc)))]


def expand(paths: list[Path], with_logs: bool = False) -> tuple[list[Path], list[ParsedReport]]:
    """Files to read under the given paths, and an error result for each path that cannot be used.

    With `with_logs`, submission logs (.csv) count as inputs too (engine.batch reads them apart).
    """
    files, errors = listing(paths, with_logs)
    return [Path(f) for f in files], errors


def listing(paths: list[Path], with_logs: bool = False) -> tuple[list[str], list[ParsedReport]]:
    """`expand` with the files as `str`, in the same order: a batch of 50,000 files never holds a Path per file
    (a Path from a folder scan keeps its parts as a list: about 500 bytes against 150 for the str). Paths given
    that overlap (a folder and a file or subfolder in it, the same folder twice) list each file once, where it
    first comes: read twice, it would be counted twice and warned about as two files of one agency and year."""
    suffixes = (*SUPPORTED_SUFFIXES, ".csv") if with_logs else SUPPORTED_SUFFIXES
    files: list[str] = []
    errors: list[ParsedReport] = []
    once = _Once() if len(paths) > 1 else None  # (one path cannot list a file twice: links to folders are not followed)
    for p in paths:
        if p.is_dir():
            found, odd = _scan(p, suffixes)
            if not found and not odd and (once is None or once.first(str(p))):
                looked = "、".join(suffixes)
                errors.append(ParsedReport(as_text(str(p)), ERROR,
                                           error=f"文件夹中没有报告文件（查找的类型：{looked}）"))
            if once is not None:
                found, odd = [f for f in found if once.first(f)], [(f, why) for f, why in odd if once.first(f)]
            errors += [ParsedReport(as_text(f), ERROR, error=as_text(problem)) for f, problem in odd]
            files += found
        elif p.exists() or p.is_symlink():  # a dangling link: the reader says it is missing
            if once is None or once.first(str(p)):
                files.append(str(p))
        elif once is None or once.first(str(p)):
            errors.append(ParsedReport(as_text(str(p)), ERROR, error="文件或文件夹不存在；请检查路径"))
    return files, errors


class _Once:
    """Paths seen so far, by their absolute form (a link is its own name: not followed to what it names)."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def first(self, path: str) -> bool:
        key = os.path.abspath(path)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


def _ignored(path: Path) -> bool:
    """Files no one means as a report: hidden files, Office lock files, the desktop's thumbnail caches, and a
    folder's README.md (notes about the folder, as reports/ ships)."""
    name = path.name.lower()
    return name.startswith((".", "~$")) or name in ("thumbs.db", "desktop.ini", "readme.md")


def _scan(folder: Path, suffixes: tuple[str, ...]) -> tuple[list[str], list[tuple[str, str]]]:
    """The report files under a folder, and every other entry with what to do about it: files of other types
    (with advice) and entries that are not regular files (FIFOs, sockets, devices, links to them: never opened).
    Nothing is skipped without a word except files no one means as a report (_ignored, and the pictures, styles
    and scripts in a saved page's own folder: _companions).

    The order and the entries are `sorted(folder.rglob("*"))`'s: each folder's entries by name, a subfolder's
    files where the subfolder sorts (a Path sorts by its parts), links to folders not followed; but as `str`, one
    folder at a time, and a folder that cannot be opened is listed with what to do (rglob passes over it)."""
    found: list[str] = []
    odd: list[tuple[str, str]] = []
    _walk(str(folder / "_")[:-1], suffixes, found, odd)
    return found, odd


def _walk(prefix: str, suffixes: tuple[str, ...], found: list[str], odd: list[tuple[str, str]],
          assets: bool = False) -> None:
    """`_scan` of one folder. `assets`: a saved page's folder (`_companions`), where files of other types are its
    pictures, styles and scripts, passed over without a word; its pages, PDFs and documents are read as any, but
    for Word's (its manifest, filelist.xml, says so): the pages Word puts there are the document's headers and
    footers (header.htm) and frames, while the document itself is the page beside the folder."""
    names: list[str] = []
    folders: set[str] = set()
    try:
        with os.scandir(prefix or ".") as entries:
            for e in entries:
                names.append(e.name)
                if _is_folder(e):
                    folders.add(e.name)
    except OSError as exc:  # (no permission, a failing network share): said, never passed over in silence
        folder = prefix[:-1] or "."
        odd.append((folder, f"{folder}：无法打开文件夹（{os_reason(exc)}），其中的文件没有评分；"
                            "请检查文件夹的权限或所在的磁盘后再评分。"))
        return
    companions = _companions(names, folders) if folders else ()
    word_parts = assets and any(name.lower() == "filelist.xml" for name in names)
    names.sort(reverse=True)
    while names:  # taken from the end, so each name is let go as its path is made
        name = names.pop()
        f = prefix + name
        if name in folders:
            _walk(f + "/", suffixes, found, odd, assets or name in companions)
            continue
        path = Path(f)
        if path.is_dir() or _ignored(path) or word_parts and name.lower().endswith(_PAGES):
            continue
        if problem := limits.not_regular(path):
            odd.append((f, problem))
        elif path.suffix.lower() in suffixes:
            found.append(f)
        elif not assets:
            odd.append((f, unsupported(path)))


_PAGES = (".htm", ".html", ".shtml", ".xhtml", ".mht", ".mhtml")


def _companions(names: list[str], folders: set[str]) -> set[str]:
    """The folders that hold a saved page's pictures, styles and scripts: `报告_files` beside `报告.html`, as a
    browser's "save complete page" and Word's "save as web page" make them (`_files`, `.files` or `-files`, the
    names Windows keeps together with the page as connected files). Hundreds of saved pages would otherwise list
    thousands of .js, .css and .png files as unsupported."""
    stems = {n[:n.rfind(".")].lower() for n in names if n not in folders and n.lower().endswith(_PAGES)}
    return {d for d in folders
            if len(d) > 6 and d[-6] in "_.-" and d[-5:].lower() == "files" and d[:-6].lower() in stems}


def _is_folder(entry: os.DirEntry) -> bool:
    """A real subfolder (not a link to one), as rglob tells them apart."""
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False

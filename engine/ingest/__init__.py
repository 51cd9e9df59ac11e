"""Ingest: a report file → `Document` with normalised text, whatever format the file came in.

`load` is the only way files enter the engine, so it is also where unreadable input stops: every
problem becomes an `InputError` whose message names the file and says what to do about it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from engine import limits
from engine.ingest import docx, html, pdf, text
from engine.ingest.normalise import normalise
from engine.model import Document, InputError

__all__ = ["MAX_BYTES", "SUPPORTED_SUFFIXES", "load", "normalise"]

SUPPORTED_SUFFIXES = (".txt", ".text", ".html", ".htm", ".shtml", ".docx", ".pdf")
MAX_BYTES = int(limits.Limits().file_mb * limits.MB)  # the default; engine.limits holds the one in force

_FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".shtml": "html",
            ".docx": "docx", ".pdf": "pdf"}
_HINTS = {".doc": " (save Word 97-2003 .doc files as .docx)", ".wps": " (save WPS files as .docx)",
          ".xls": " (tables alone are not a report)", ".xlsx": " (tables alone are not a report)"}


def _read(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path.")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; pass the report files inside it.")
    if problem := limits.not_regular(path):  # a FIFO, socket, device or a link to one: never opened
        raise InputError(problem)
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        shown = f"'{path.suffix}'" if path.suffix else "no suffix"
        raise InputError(f"{path}: unsupported file type ({shown}); supported: "
                         f"{', '.join(SUPPORTED_SUFFIXES)}{_HINTS.get(suffix, '')}.")
    try:
        data = limits.read_file(path)
    except OSError as exc:
        reason = exc.strerror or exc
        raise InputError(f"{path}: cannot read the file ({reason}); check its permissions.") from exc
    if not data:
        raise InputError(f"{path}: the file is empty (0 bytes).")
    return data


def load(path: Path) -> Document:
    """Read, decode, extract and normalise one report file, within the budget engine.limits sets."""
    path = Path(path)
    data = _read(path)
    source = str(path)
    fmt = _FORMATS[path.suffix.lower()]
    if fmt == "txt":
        raw, encoding = text.decode(data, source)
    elif fmt == "html":
        page, encoding = html.decode_html(data, source)
        raw = html.extract(page)
        if not raw.strip() and page.strip():
            raise InputError(f"{source}: the page has no article text (only menus, links or scripts); "
                             "save the report page itself, or its text as .txt.")
    elif fmt == "docx":
        raw, encoding = docx.extract(data, source), "docx"
    else:
        raw, encoding = pdf.extract(data, source), "pdf"
    limits.check_chars(raw, source)
    normalised = normalise(raw)
    if not normalised:
        raise InputError(f"{source}: the file holds no text (only whitespace).")
    return Document(source=source, text=normalised, format=fmt, encoding=encoding,
                    sha256=hashlib.sha256(data).hexdigest())

"""Ingest: a report file → `Document` with normalised text, whatever format the file came in.

`load` is the only way files enter the engine, so it is also where unreadable input stops: every
problem becomes an `InputError` whose message names the file and says what to do about it.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from engine.ingest import html, pdf, text
from engine.ingest.normalise import normalise
from engine.model import Document, InputError

__all__ = ["MAX_BYTES", "SUPPORTED_SUFFIXES", "load", "normalise"]

SUPPORTED_SUFFIXES = (".txt", ".text", ".html", ".htm", ".shtml", ".docx", ".pdf")
MAX_BYTES = 20 * 1024 * 1024  # a report is rarely over 2 MB; bigger files are compilations or scans

_FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".shtml": "html",
            ".docx": "docx", ".pdf": "pdf"}
_HINTS = {".doc": " (save Word 97-2003 .doc files as .docx)", ".wps": " (save WPS files as .docx)",
          ".xls": " (tables alone are not a report)", ".xlsx": " (tables alone are not a report)"}


def _read(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path.")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; pass the report files inside it.")
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        shown = f"'{path.suffix}'" if path.suffix else "no suffix"
        raise InputError(f"{path}: unsupported file type ({shown}); supported: "
                         f"{', '.join(SUPPORTED_SUFFIXES)}{_HINTS.get(suffix, '')}.")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: {size / 2**20:.1f} MB is over the {MAX_BYTES // 2**20} MB limit; "
                             "split it or cut it down to the report itself.")
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc
        raise InputError(f"{path}: cannot read the file ({reason}); check its permissions.") from exc
    if not data:
        raise InputError(f"{path}: the file is empty (0 bytes).")
    return data


# markup a saved page opens with, or enough element tags that the text is a page, not prose that cites one
HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|table|p)\b", re.I | re.S)
HTML_TAG = re.compile(r"</?(?:html|head|body|div|p|span|table|tr|td|th|br|meta|script|style|a|li|ul|font)\b[^>]*>",
                      re.I)


def looks_like_html(raw: str) -> bool:
    head = raw[:4096]
    return bool(HTML_START.match(head)) or len(HTML_TAG.findall(head)) >= 8


def load(path: Path) -> Document:
    """Read, decode, extract and normalise one report file."""
    path = Path(path)
    data = _read(path)
    source = str(path)
    fmt = _FORMATS[path.suffix.lower()]
    if fmt == "txt":
        raw, encoding = text.decode(data, source)
        if looks_like_html(raw):  # a page saved with "Save as… .txt": its markup is read, not scored as text
            fmt, raw = "html", html.extract(raw)
    elif fmt == "html":
        page, encoding = html.decode_html(data, source)
        raw = html.extract(page)
        if not raw.strip() and page.strip():
            raise InputError(f"{source}: the page has no article text (only menus, links or scripts); "
                             "save the report page itself, or its text as .txt.")
    elif fmt == "docx":
        from engine.ingest import docx  # python-docx and lxml only for Word files (a fifth of a worker's start)
        raw, encoding = docx.extract(data, source), "docx"
    else:
        raw, encoding = pdf.extract(data, source), "pdf"
    normalised = normalise(raw)
    if not normalised:
        raise InputError(f"{source}: the file holds no text (only whitespace).")
    return Document(source=source, text=normalised, format=fmt, encoding=encoding,
                    sha256=hashlib.sha256(data).hexdigest())

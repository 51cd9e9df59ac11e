"""Ingest: a report file → `Document` with normalised text, whatever format the file came in.

`load` is the only way files enter the engine, so it is also where unreadable input stops: every
problem becomes an `InputError` whose message names the file and says what to do about it.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from engine.parser_build import INGEST, use_build

# first: a compiled build of finish, html, normalise and text that matches their sources goes first on this package's
# __path__ (engine/parser_build.py; its own mypyc group: no parser comes with it)
BUILD = use_build(__path__, unit=INGEST)

from engine import limits
from engine.glossary import os_reason
from engine.ingest import html, pdf, text
from engine.ingest.normalise import normalise
from engine.model import Document, InputError

__all__ = ["MAX_BYTES", "SUPPORTED_SUFFIXES", "load", "normalise", "unsupported"]

SUPPORTED_SUFFIXES = (".txt", ".text", ".html", ".htm", ".shtml", ".mht", ".mhtml", ".docx", ".doc", ".wps",
                      ".pdf")
MAX_BYTES = int(limits.Limits().file_mb * limits.MB)  # the default; engine.limits holds the one in force

_FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".shtml": "html", ".mht": "mht",
            ".mhtml": "mht", ".docx": "word", ".doc": "word", ".wps": "word", ".pdf": "pdf"}
_HINTS = {".xls": "只有表格不构成年度报告；请提供报告全文", ".xlsx": "只有表格不构成年度报告；请提供报告全文",
          ".et": "只有表格不构成年度报告；请提供报告全文", ".rtf": "请用 Word 或 WPS 打开，另存为 .docx 后再评分",
          ".ofd": "请用版式阅读器导出为 PDF 后再评分",
          **dict.fromkeys((".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif"),
                          "图片中的文字需先识别（OCR），请提供文字版 PDF、.docx 或 .txt"),
          **dict.fromkeys((".zip", ".rar", ".7z"), "请先解压，再对解压出的报告评分")}


def unsupported(path: Path) -> str:
    """Why a file of this type is not read, and what to do about it (the same words for a named file and for one
    found in a folder)."""
    suffix = path.suffix.lower()
    shown = f"“{path.suffix}”" if path.suffix else "无扩展名"
    return (f"{path}：不支持的文件类型（{shown}）；支持 {'、'.join(SUPPORTED_SUFFIXES)}。"
            + _HINTS.get(suffix, "如确是年度报告，请另存为 .docx、.pdf 或 .txt 后再评分。").rstrip("。") + "。")


def _read(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}：文件不存在；请检查路径。")
    if path.is_dir():
        raise InputError(f"{path}：这是文件夹；请给出其中的报告文件。")
    if problem := limits.not_regular(path):  # a FIFO, socket, device or a link to one: never opened
        raise InputError(problem)
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        raise InputError(unsupported(path))
    try:
        data = limits.read_file(path)
    except OSError as exc:
        reason = os_reason(exc)
        raise InputError(f"{path}：无法读取文件（{reason}）；请检查文件权限。") from exc
    if not data:
        raise InputError(f"{path}：文件是空的（0 字节）；请重新获取报告文件。")
    return data


def _held_by_word(data: bytes) -> str:
    """What a .docx, .doc or .wps file holds, read as that: a site's "导出Word" and Word's "另存为网页" save a page
    (HTML, or MHTML as one file) under a Word name, and a .docx may be a renamed .doc or PDF. An OLE file is Word
    97-2003's own format, which WPS 文字's .wps builds on (engine/ingest/word97.py; it says so when it holds
    another Office file or a Microsoft Works document, the other program that writes .wps)."""
    head = data[:16].lstrip()
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if head.startswith(b"%PDF-"):
        return "pdf"
    start = data[:4096]
    headers = re.split(rb"\r?\n\r?\n", start, maxsplit=1)[0].lower()  # (a MIME message's header block)
    if b"mime-version:" in headers and b"multipart/" in start.lower():
        return "mht"
    # a page (its <meta charset> read as a page's) or text; the text reader says what anything else is
    return "html" if looks_like_html(start.decode("latin-1")) else "txt"


def _check_pdf(data: bytes, source: str) -> None:
    """A .pdf that is plainly something else says what it is (PDFium would only call it damaged): most often a web
    page, the error page a failed download saved. (A PDF's header may come anywhere in its first 1,024 bytes.)"""
    if b"%PDF-" in data[:1024]:
        return
    if looks_like_html(data[:4096].decode("latin-1")):
        raise InputError(f"{source}：这不是 PDF 文件，而是网页（HTML），常见于下载失败时保存下来的出错页面；"
                         "请重新下载报告的 PDF；如确是报告网页，请把扩展名改为 .html。")
    if data[:16].lstrip().startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise InputError(f"{source}：这不是 PDF 文件，而是 Word 或其他 Office 文件；请把扩展名改为 .docx 或 .doc。")


# markup a saved page opens with, or enough element tags that the text is a page, not prose that cites one
HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|table|p)\b", re.I | re.S)
HTML_TAG = re.compile(r"</?(?:html|head|body|div|p|span|table|tr|td|th|br|meta|script|style|a|li|ul|font)\b[^>]*>",
                      re.I)


def looks_like_html(raw: str) -> bool:
    head = raw[:4096]
    return bool(HTML_START.match(head)) or len(HTML_TAG.findall(head)) >= 8


def load(path: Path, sha256: str | None = None) -> Document:
    """Read, decode, extract and normalise one report file, within the budget engine.limits sets. `sha256`: the
    file's SHA-256 (hex) when the caller has just made it (a batch with a store hashes every file before sending
    it to a worker), so the bytes are not hashed twice; else it is made from the bytes read here."""
    path = Path(path)
    data = _read(path)
    source = str(path)
    fmt = _FORMATS[path.suffix.lower()]
    if fmt == "word":
        fmt = _held_by_word(data)
    elif fmt == "pdf":
        _check_pdf(data, source)
    if fmt == "txt":
        raw, encoding = text.decode(data, source)
        if looks_like_html(raw):  # a page saved with "Save as… .txt": its markup is read, not scored as text
            fmt, raw = "html", html.extract(raw, data if encoding == "utf_8" else None)
    elif fmt in ("html", "mht"):
        if fmt == "html":
            page, encoding = html.decode_html(data, source)
            utf8 = data
        else:  # a page saved as one file: its HTML part, read as a page is (the format stays "html")
            from engine.ingest import mht
            fmt = "html"
            page, encoding, utf8 = mht.page(data, source)
        raw = html.extract(page, utf8 if encoding == "utf_8" else None)
        if not raw.strip() and page.strip():
            raise InputError(f"{source}：网页中没有正文（只有菜单、链接或脚本）；请保存报告正文所在的页面，"
                             "或把正文另存为 .txt。")
    elif fmt == "docx":
        from engine.ingest import docx  # python-docx and lxml only for Word files (a fifth of a worker's start)
        raw, encoding = docx.extract(data, source), "docx"
    elif fmt == "doc":
        from engine.ingest import word97  # olefile only for Word 97-2003 files
        raw, encoding = word97.extract(data, source), "doc"
    else:
        raw, encoding = pdf.extract(data, source), "pdf"
    limits.check_chars(raw, source)
    normalised = normalise(raw)
    if not normalised:
        raise InputError(f"{source}：文件中没有文字（只有空白）；如为扫描件，请先识别文字（OCR）。")
    return Document(source=source, text=normalised, format=fmt, encoding=encoding,
                    sha256=sha256 or hashlib.sha256(data).hexdigest())

"""PDF → text through PDFium's text layer (pypdfium2), page by page, without page numbers.

PDFium gives a page's characters in the order the producer wrote them, with line breaks where lines
end: Chromium, LibreOffice and report generators all write a table row by row, so a row of 表三 comes
out as one line ("予以公开 5 0 0 0 0 0 5"). pdfplumber re-orders characters by position instead, which
glues narrow number cells together, and it was 23-50x slower (measured in docs/ingest.md).

Reports are printed to PDF with "- 1 -" or "第 1 页" footers; left in, they land in the middle of
sentences and tables that cross a page break. A PDF without a text layer is a scan, which this
engine cannot read: it says so instead of passing on an empty document.
"""

from __future__ import annotations

import codecs
import ctypes
import re
from collections.abc import Iterator

from engine import limits
from engine.ingest.scan import scanned
from engine.model import InputError

# Whole-line page numbers: "- 1 -", "—1—", "第 1 页", "第1页 共5页", "第 1 页/共 5 页", "1/5", "1 / 5",
# "Page 1 of 5". Only looked for in the first and last two lines of a page, where page numbers live.
_PAGE_NUMBER = re.compile(
    r"[-－—–‐\s]*[0-9]{1,4}[-－—–‐\s]*"
    r"|第\s*[0-9]{1,4}\s*页\s*[/,，]?\s*(?:共\s*[0-9]{1,4}\s*页)?"
    r"|(?:共\s*[0-9]{1,4}\s*页\s*[/,，]?\s*)?第\s*[0-9]{1,4}\s*页"
    r"|[0-9]{1,4}\s*/\s*[0-9]{1,4}"
    r"|page\s*[0-9]{1,4}(?:\s*of\s*[0-9]{1,4})?",
    re.I,
)
_EDGE = 2  # lines at the top and bottom of a page checked for page numbers
# what a glyph without a character map comes out as: U+FFFD or a private-use code point
_UNMAPPED = re.compile("[\ufffd\ue000-\uf8ff]")


def _is_page_number(line: str, page_no: int) -> bool:
    stripped = line.strip()
    if not _PAGE_NUMBER.fullmatch(stripped):
        return False
    if stripped.isdigit():  # a bare number is a page number only when it is this page's
        return int(stripped) == page_no
    return True


def _edge_lines(text: str) -> tuple[str, ...]:
    """The first _EDGE (2) and last _EDGE lines of a page, found from either end by str.find/rfind (a page of
    three lines or fewer gives some line twice), without splitting the page into lines."""
    first = text.find("\n")
    if first < 0:
        return (text,)
    second = text.find("\n", first + 1)
    last = text.rfind("\n")
    before = text.rfind("\n", 0, last)
    return (text[:first], text[first + 1:] if second < 0 else text[first + 1:second],
            text[last + 1:], text[before + 1:last])


def _drop_page_numbers(text: str, page_no: int) -> str:
    # most pages have no page number (the generator's) or one line of it: the page is split into lines only when
    # one of its edge lines is a page number; otherwise joining its lines back would give the same text
    if not any(_is_page_number(line, page_no) for line in _edge_lines(text)):
        return text
    lines = text.split("\n")
    n = len(lines)
    edges = set(range(min(_EDGE, n))) | set(range(max(0, n - _EDGE), n))
    kept = (line for k, line in enumerate(lines) if k not in edges or not _is_page_number(line, page_no))
    return "\n".join(kept)


def _password_error(source: str) -> InputError:
    return InputError(f"{source}：该PDF已加密，需要密码；请取得无密码的版本后再评分。")


def _page_text(textpage, raw) -> str:
    """A text page's whole text, as pypdfium2's `get_text_range()` gives it: characters PDFium leaves out of its text
    at either end of the range are stepped over first (pypdfium2 issue 261), so the buffer is exactly the text's."""
    count = raw.FPDFText_CountChars(textpage)
    first, last = 0, count - 1
    while first <= last and (t_first := raw.FPDFText_GetTextIndexFromCharIndex(textpage, first)) == -1:
        first += 1
    if first > last:
        return ""
    while (t_last := raw.FPDFText_GetTextIndexFromCharIndex(textpage, last)) == -1:
        last -= 1  # stops at `first` at the latest, whose index is known
    size = t_last + 2 - t_first  # with the NUL PDFium writes
    buffer = (ctypes.c_ushort * size)()
    written = raw.FPDFText_GetText(textpage, first, last + 1 - first, buffer)
    if written > size:
        raise AssertionError(f"Buffer too small: {size} vs {written}")  # what pypdfium2 asserts
    return codecs.decode(memoryview(buffer)[:written - 1], "utf-16-le", "ignore")


def page_texts(data: bytes, source: str = "") -> Iterator[str]:
    """Each page's text layer; a page is opened, read and closed before the next (PDFium is not lazy).

    PDFium's C functions are called directly (pypdfium2.raw): the same calls pypdfium2's PdfDocument, PdfPage and
    PdfTextPage make, without building, registering and finalising a Python object for each handle."""
    import pypdfium2 as pdfium  # a C library: imported only when a PDF comes (the import also starts PDFium)
    import pypdfium2.raw as raw

    document = raw.FPDF_LoadMemDocument64(data, len(data), None)  # `data` stays alive with this generator
    try:
        pages = raw.FPDF_GetPageCount(document)
        if pages < 1:
            code = raw.FPDF_GetLastError()
            if code == raw.FPDF_ERR_PASSWORD:
                raise _password_error(source)
            raise pdfium.PdfiumError(f"Failed to load document (PDFium error {code}).")
        limits.check_pages(pages, source)
        for index in range(pages):
            page = raw.FPDF_LoadPage(document, index)
            if not page:
                raise pdfium.PdfiumError("Failed to load page.")
            try:
                textpage = raw.FPDFText_LoadPage(page)
                if not textpage:
                    raise pdfium.PdfiumError("Failed to load text page.")
                try:
                    yield _page_text(textpage, raw)
                finally:
                    raw.FPDFText_ClosePage(textpage)
            finally:
                raw.FPDF_ClosePage(page)
    finally:
        if document:
            raw.FPDF_CloseDocument(document)


def extract(data: bytes, source: str) -> str:
    """The text layer of a PDF, pages joined by newlines; InputError for scans and unreadable files."""
    if limits.pdf_encrypted(data):
        raise limits.encrypted_error(source)
    limits.check_pdf_streams(data, source)  # streams that inflate to gigabytes: stopped before the extractor
    pages: list[str] = []
    try:
        for number, page_text in enumerate(page_texts(data, source), start=1):
            text = page_text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "")
            pages.append(_drop_page_numbers(text, number))
    except InputError:
        raise
    except Exception as exc:  # PdfiumError for damaged, truncated or protected files
        raise InputError(f"{source}：无法读取的PDF文件，可能已损坏或不完整；"
                         f"请重新下载，或用PDF阅读器另存后再评分（技术信息：{type(exc).__name__}）。") from exc
    count = len(pages)
    text = "\n".join(pages)
    if not text or text.isspace():  # no character outside whitespace (str.split's): no text layer
        raise InputError(f"{source}：该PDF没有文字层（共{count}页），是扫描件，请先OCR"
                         "（例如 ocrmypdf --language chi_sim 原文件.pdf 识别后.pdf）再评分。")
    if (hint := scanned(pages)) is not None:
        raise InputError(f"{source}：{hint}")
    # unmapped glyphs are never whitespace: counted in the text as in its non-space characters, which are
    # counted only when there is one
    unmapped = len(_UNMAPPED.findall(text))
    if unmapped and unmapped > 0.5 * len("".join(text.split())):
        raise InputError(f"{source}：该PDF的字体缺少字符映射，文字无法读出；请先OCR"
                         "（例如 ocrmypdf --force-ocr）再评分。")
    return text

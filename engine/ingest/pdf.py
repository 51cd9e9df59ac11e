"""PDF → text through pdfplumber's text layer, page by page, without page numbers.

Reports are printed to PDF with "- 1 -" or "第 1 页" footers; left in, they land in the middle of
sentences and tables that cross a page break. A PDF without a text layer is a scan, which this
engine cannot read: it says so instead of passing on an empty document.
"""

from __future__ import annotations

import io
import logging
import re

from engine import limits
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
_CID = re.compile(r"\(cid:[0-9]+\)")


def _is_page_number(line: str, page_no: int) -> bool:
    stripped = line.strip()
    if not _PAGE_NUMBER.fullmatch(stripped):
        return False
    if stripped.isdigit():  # a bare number is a page number only when it is this page's
        return int(stripped) == page_no
    return True


def _drop_page_numbers(text: str, page_no: int) -> str:
    lines = text.split("\n")
    n = len(lines)
    edges = set(range(min(_EDGE, n))) | set(range(max(0, n - _EDGE), n))
    kept = (line for k, line in enumerate(lines) if k not in edges or not _is_page_number(line, page_no))
    return "\n".join(kept)


def extract(data: bytes, source: str) -> str:
    """The text layer of a PDF, pages joined by newlines; InputError for scans and unreadable files."""
    import pdfplumber  # slow to import; only PDFs need it

    if limits.pdf_encrypted(data):
        raise limits.encrypted_error(source)
    limits.check_pdf_streams(data, source)  # streams that inflate to gigabytes: stopped before the extractor
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # pdfminer warns about every odd font
    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            count = len(pdf.pages)
            limits.check_pages(count, source)
            for number, page in enumerate(pdf.pages, start=1):
                pages.append(_drop_page_numbers(page.extract_text() or "", number))
                page.close()  # frees the page's cached layout objects
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many types (PDFSyntaxError, PSEOF, KeyError...) for bad files
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            message = f"{source}: the PDF is password-protected; remove the password and try again."
            raise InputError(message) from exc
        raise InputError(f"{source}: not a readable PDF ({name}); it may be damaged or incomplete. "
                         "Download it again or re-save it from a PDF viewer.") from exc
    text = "\n".join(pages)
    visible = "".join(text.split())
    if not visible:
        raise InputError(f"{source}: the PDF has no text layer ({count} page(s)); it is a scanned PDF and "
                         "needs OCR first (e.g. `ocrmypdf --language chi_sim in.pdf out.pdf`).")
    cid_chars = sum(len(m) for m in _CID.findall(visible))
    if cid_chars > 0.5 * len(visible):
        raise InputError(f"{source}: the PDF's fonts carry no character map, so its text comes out as "
                         "(cid:N) codes; run OCR on it (e.g. `ocrmypdf --force-ocr`) and try again.")
    return text

"""A scan with a typed header or footer: a PDF whose pages each hold only a line or two of text (the unit's
name, a page number, a watermark) is an image of a report, not a short non-report. Left alone it would be
classified as "not an annual report" and vetoed; told apart here, the office is asked to OCR it first.

Takes the per-page texts, so any extractor can call it after reading the pages.
"""

from __future__ import annotations

import re
from collections import Counter

PER_PAGE = 60  # characters a page of a real report never falls under, but a header and a page number do
MIN_PAGES = 2  # a one-page notice may be short on purpose


_DIGITS = re.compile(r"[\d\s]+")


def scanned(pages: list[str]) -> str | None:
    """The message for a likely scan (疑似扫描件（每页仅N字），请先OCR), or None when the pages carry text.

    A scan's pages are all short and say the same thing but for the page number: a header or footer."""
    if len(pages) < MIN_PAGES:
        return None
    counts = []
    for page in pages:
        count = len("".join(page.split()))
        if count > PER_PAGE:  # a page of text (most PDFs: the first page): the most is over PER_PAGE, not a scan
            return None
        counts.append(count)
    if not any(counts):
        return None  # an empty text layer has its own message
    most = max(counts)
    shapes = Counter(_DIGITS.sub("", p) for p in pages)
    if shapes.most_common(1)[0][1] * 2 < len(pages):
        return None  # short pages that differ: a short document, not a repeated header
    return (f"疑似扫描件（每页仅{most}字），请先OCR识别文字（如 ocrmypdf --language chi_sim 输入.pdf 输出.pdf），"
            "再对识别后的文件评分")

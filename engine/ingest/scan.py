"""A scan with a typed header or footer: a PDF whose pages each hold only a line or two of text (the unit's
name, a page number, a watermark) is an image of a report, not a short non-report. Left alone it would be
classified as "not an annual report" and vetoed; told apart here, the office is asked to OCR it first.

Takes the per-page texts, so any extractor can call it after reading the pages.
"""

from __future__ import annotations

PER_PAGE = 60  # characters a page of a real report never falls under, but a header and a page number do
MIN_PAGES = 2  # a one-page notice may be short on purpose


def scanned(pages: list[str]) -> str | None:
    """The message for a likely scan (疑似扫描件（每页仅N字），请先OCR), or None when the pages carry text."""
    counts = [len("".join(p.split())) for p in pages]
    if len(counts) < MIN_PAGES or not any(counts):
        return None  # an empty text layer has its own message
    most = max(counts)
    if most > PER_PAGE:
        return None
    return (f"疑似扫描件（每页仅{most}字），请先OCR识别文字（如 ocrmypdf --language chi_sim 输入.pdf 输出.pdf），"
            "再对识别后的文件评分")

"""Where a quote is: the page of a PDF a finding's evidence was read from, looked up when a person reads it.

The store keeps the normalised text without page breaks, so the page is found again in the source file when it
is still where it was scored; when it has moved or changed, no page is given rather than a wrong one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from engine.ingest.normalise import normalise
from engine.ingest.pdf import page_texts

NEEDLE = 14  # characters of the quote looked for: long enough to be unique in a report, short enough to be whole
_SKIP = re.compile(r"\s+|…")


def _squeezed(text: str) -> str:
    return _SKIP.sub("", normalise(text))


@lru_cache(maxsize=16)
def _pages(path: str, mtime: float) -> tuple[str, ...]:
    """Each page's text as ingest reads it (pypdfium2), squeezed for matching."""
    return tuple(_squeezed(text) for text in page_texts(Path(path).read_bytes(), path))


def page_of(source: str, evidence: str) -> int | None:
    """The 1-based page of `source` (a PDF; "#2" parts of a compilation allowed) holding the start of
    `evidence`, or None when not a PDF, not found or unreadable."""
    path = Path(source.split("#")[0])
    if path.suffix.lower() != ".pdf" or not evidence:
        return None
    try:
        pages = _pages(str(path), path.stat().st_mtime)
    except Exception:  # noqa: BLE001 - a file that moved, changed or breaks the reader: no page, not an error
        return None
    for part in re.split(r"[;；]\s*", evidence):
        needle = _squeezed(part.split(": ", 1)[-1] if re.match(r"^[a-z_.]+: ", part) else part)[:NEEDLE]
        if len(needle) < 4:
            continue
        for number, text in enumerate(pages, 1):
            if needle in text:
                return number
    return None

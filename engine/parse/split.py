"""One file, several documents: compilations from document-sharing sites mark each piece 篇N / 第N篇."""

from __future__ import annotations

import re

PIECE = re.compile(r"^[^\n]{0,60}?(?:篇\s*\d{1,3}|第[一二三四五六七八九十\d]{1,3}篇)[^\n]{0,40}$", re.M)


def split(text: str) -> list[str]:
    """The documents in `text`, in order; the text itself when it holds one."""
    marks = [m.start() for m in PIECE.finditer(text)]
    if len(marks) < 2:
        return [text]
    pieces = [text[a:b] for a, b in zip([0, *marks[1:]], [*marks[1:], len(text)], strict=True)]
    return [p for p in pieces if p.strip()]

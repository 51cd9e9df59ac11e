"""Small helpers over normalised text shared by the parse modules."""

from __future__ import annotations

import re

CLAUSE_END = re.compile(r"[。;!?\n]")
NEGATION = re.compile(r"没有|未|无|不存在|零|均无|尚无|并无")
EVIDENCE_WIDTH = 60


def snippet(text: str, start: int, end: int, width: int = EVIDENCE_WIDTH) -> str:
    """The matched text with a little context, on one line: short enough for a table cell."""
    pad = max(8, (width - (end - start)) // 2)
    s, e = max(0, start - pad), min(len(text), end + pad)
    # keep within the sentence where possible
    left = max(text.rfind("。", s, start), text.rfind("\n", s, start))
    if left >= 0:
        s = left + 1
    right = text.find("。", end, e)
    if right >= 0:
        e = right + 1
    right = text.find("\n", end, e)  # within the sentence already cut: the nearer stop wins, as min() did
    if right >= 0:
        e = right + 1
    return " ".join(text[s:e].split())


def clause_bounds(text: str, pos: int, limit: int = 200) -> tuple[int, int]:
    """The clause (between 。;!? or newlines) around `pos`, at most `limit` chars each way."""
    lo = max(0, pos - limit)
    start = lo
    for m in CLAUSE_END.finditer(text, lo, pos):
        start = m.end()
    m = CLAUSE_END.search(text, pos, min(len(text), pos + limit))
    end = m.start() if m else min(len(text), pos + limit)
    return start, end


PHRASE_END = re.compile(r"[。;!?\n,]")


def phrase(text: str, pos: int, limit: int = 60) -> str:
    """The comma-bounded part of a sentence around `pos`."""
    lo = max(0, pos - limit)
    start = lo
    for m in PHRASE_END.finditer(text, lo, pos):
        start = m.end()
    m = PHRASE_END.search(text, pos, min(len(text), pos + limit))
    return text[start:m.start() if m else min(len(text), pos + limit)]


def clause(text: str, pos: int, limit: int = 200) -> str:
    s, e = clause_bounds(text, pos, limit)
    return text[s:e]

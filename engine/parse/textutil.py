"""Small helpers over normalised text shared by the parse modules."""

from __future__ import annotations

import re

NEGATION = re.compile(r"没有|未|无|不存在|零|均无|尚无|并无")
EVIDENCE_WIDTH = 60
# the text speaking as a body (我局, 全镇, 本委…): a report's voice, which a news item about others' work lacks
# (sections: a first paragraph that is the overview; parse_text: an unsigned article keeps a level)
OWN_VOICE = re.compile(r"我(?:局|办|委|镇|乡|区|县|市|院|校|厅|中心|所|街道|处|站|队|公司|单位)"
                       r"|全(?:镇|乡|县|区|市|旗|街道)|本(?:镇|乡|街道|局|委)")


def holds_word(text: str, word: str, probe: int) -> bool:
    """`word in text`, found from its character at `probe`, the word's rarest: a one-character `find` reads ≈ 1
    instruction a character, a two-character `in` ≈ 4 over a text without the word (a27-counts, a28-parse). The word
    stands at s exactly where that character stands at s + probe (so from `probe` on) and the word at s."""
    ch, span = word[probe], len(word)
    at = text.find(ch, probe)
    while at >= 0:
        if text.find(word, at - probe, at - probe + span) >= 0:
            return True
        at = text.find(ch, at + 1)
    return False


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


def line_end(text: str, pos: int, limit: int) -> int:
    """Where the line from `pos` ends, looking at most `limit` characters ahead."""
    end = text.find("\n", pos, pos + limit)
    return min(len(text), pos + limit) if end < 0 else end


def clause_bounds(text: str, pos: int, limit: int = 200) -> tuple[int, int]:
    """The clause (between 。;!? or newlines) around `pos`, at most `limit` chars each way."""
    return _bounds(text, pos, limit, "。;!?\n")


def phrase(text: str, pos: int, limit: int = 60) -> str:
    """The comma-bounded part of a sentence around `pos`."""
    start, end = _bounds(text, pos, limit, "。;!?\n,")
    return text[start:end]


def clause_start(text: str, pos: int, limit: int, stops: str = "。;!?\n") -> int:
    """Where the clause holding `pos` starts: after the last of `stops` before it, at most `limit` chars back."""
    return max(last_of(text, stops, max(0, pos - limit), pos) + 1, pos - limit, 0)


def last_of(text: str, stops: str, start: int = 0, end: int = -1) -> int:
    """The last index in text[start:end] (end -1: the text's end) of any character of `stops`, or -1: max(text.rfind(c,
    start, end) for c in stops), as a loop (a generator's calls cost more than the finds in the compiled parser)."""
    if end < 0:
        end = len(text)
    last = -1
    for c in stops:
        at = text.rfind(c, start, end)
        if at > last:
            last = at
    return last


def _bounds(text: str, pos: int, limit: int, stops: str) -> tuple[int, int]:
    """Between the last of `stops` before `pos` and the first from `pos`, at most `limit` chars each way: a find
    per stop character (C speed) instead of a regex iterated match by match (clause_bounds, phrase)."""
    start = max(0, pos - limit)
    end = min(len(text), pos + limit)
    for stop in stops:
        at = text.rfind(stop, start, pos)
        if at >= 0:
            start = at + 1
        at = text.find(stop, pos, end)
        if at >= 0:
            end = at
    return start, end


def clause(text: str, pos: int, limit: int = 200) -> str:
    s, e = clause_bounds(text, pos, limit)
    return text[s:e]

"""A necessary condition for a pattern to match, read from the pattern itself: the cheap test before a costly scan.

A scan whose pattern opens with a choice of branches (`高等学校…|…|(?:19|20)\\d{2}…学年`) or a class is tried
character by character (≈ 3–15 ns a character: 10–60 µs over a report's opening) even where the text holds none
of the words every match needs. `needs(pattern)` reads, for each top-level branch, one thing every match of that
branch holds: its longest run of literal characters, else the set of characters of a small class it must match.
`may_match(pattern, text, pos, endpos)` is False only when no branch's need is in text[pos:endpos], and then the
pattern cannot match there (a `find` per need at C speed, its first character first); otherwise it says "maybe" and
the caller scans. Read from the pattern at first use, so a changed pattern changes its gate with it; a pattern
whose branches are not all understood (a flag, a branch with nothing required) gets no gate: always "maybe".
tests/test_parse_gate.py holds every gate the parse modules use against the pattern's own search.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_CLASS_MAX = 8  # a class of more characters than this is too common to be worth a test
# the width `getwidth` gives an unbounded pattern: MAXWIDTH (1 << 64) in later 3.11 releases, MAXREPEAT in earlier
# ones (Debian 12's 3.11.2), which cap every width there
_UNBOUNDED: int = getattr(_parser, "MAXWIDTH", _parser.MAXREPEAT)


def _branch_need(items) -> str | frozenset[str] | None:
    """The longest literal run every match of this sequence holds, else a small class it must match, else None."""
    runs: list[str] = []
    classes: list[frozenset[str]] = []
    run: list[str] = []

    def flush():
        if run:
            runs.append("".join(run))
            run.clear()

    def walk(seq):
        for op, av in seq:
            if op is C.LITERAL:
                run.append(chr(av))
            elif op is C.SUBPATTERN and av[1] == 0 and av[2] == 0 and not any(o is C.BRANCH for o, _ in av[3]):
                walk(av[3])  # a plain group, matched whole: its literals are in sequence with their neighbours
            elif op is C.IN and all(o is C.LITERAL for o, _ in av) and len(av) <= _CLASS_MAX:
                flush()
                classes.append(frozenset(chr(v) for _, v in av))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
                flush()  # its body is there at least once: what the body needs is needed
                inner = _branch_need(av[2])
                if isinstance(inner, str):
                    runs.append(inner)
                elif inner is not None:
                    classes.append(inner)
            else:
                flush()  # anything else (an optional part, a branch, a class, an assertion) ends the run
    walk(items)
    flush()
    if runs:
        return max(runs, key=len)  # the first of the longest
    return min(classes, key=len) if classes else None


@cache
def needs(pattern: re.Pattern) -> tuple[str | frozenset[str], ...] | None:
    """One need per top-level branch (see the module), or None when the pattern gets no gate."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII) or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001  (a parser change in a later Python: no gate rather than a wrong one)
        return None
    items = list(tree)
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is C.BRANCH else [items]
    found = [n for n in map(_branch_need, branches) if n is not None]
    return tuple(found) if len(found) == len(branches) else None


def may_match(pattern: re.Pattern, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """False only when `pattern` cannot match in text[pos:endpos] (no branch's need is there); else True."""
    wanted = needs(pattern)
    if wanted is None:
        return True
    for need in wanted:
        if isinstance(need, str):
            if text.find(need[0], pos, endpos) >= 0 and (len(need) == 1 or text.find(need, pos, endpos) >= 0):
                return True
        elif any(text.find(c, pos, endpos) >= 0 for c in need):
            return True
    return False


def _flat(seq) -> list:
    """A pattern's top-level items, plain groups (no flags, no branch) opened in place: what a match steps through in
    this order, each item once."""
    out = []
    for op, av in seq:
        if op is C.SUBPATTERN and av[1] == 0 and av[2] == 0 and not any(o is C.BRANCH for o, _ in av[3]):
            out += _flat(av[3])
        else:
            out.append((op, av))
    return out


def anchor(pattern: str) -> tuple[str, int, int, bool] | None:
    """(word, least, most, leads): the longest run (the first of the longest) of two or more literal characters among
    a pattern's top-level items, which every match holds starting at least `least` and at most `most` characters
    after the match's start (-1: no bound, a `*` or `+` before it), and whether the pattern opens with a literal
    character (`re` then skips ahead to it by itself); None when there is none, or the pattern is not read (flags,
    a parser change). Every match holds the word whole: it is matched in sequence, outside any branch, repeat or
    assertion."""
    try:
        tree = _parser.parse(pattern, 0)
    except Exception:  # noqa: BLE001  (a parser change in a later Python: no anchor rather than a wrong one)
        return None
    if tree.state.flags & ~re.UNICODE:
        return None
    items = _flat(list(tree))
    best = (0, 0)
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and items[j][0] is C.LITERAL:
            j += 1
        if j - i > best[1] - best[0]:
            best = (i, j)
        i = max(j, i + 1)
    start, end = best
    if end - start < 2:
        return None
    least, most = _parser.SubPattern(tree.state, items[:start]).getwidth()
    word = "".join(chr(av) for _, av in items[start:end])
    return word, least, -1 if most >= _UNBOUNDED else most, items[0][0] is C.LITERAL

"""A pattern that opens with one of several literal words, scanned as one pattern per opening character.

`re` skips ahead quickly only to a single opening character (a `find`-like loop, ≈0.4 ns a character here); a
pattern that opens with a choice (`(?:收到|受理|接到)…`, `超期|逾期|…`) is skipped ahead through a set of first
characters, tested one character at a time (≈3 ns a character: 10 µs over a report, for every such scan). `Led`
splits such a pattern by its first character into patterns that each open with one character, searches each, and
merges their matches: at a given position only the branches that open with its character can match, in the same
order as in the whole pattern, so the leftmost match over the parts is the whole pattern's match there, and
`finditer` goes on from its end as `re` does. Same matches, same groups (only non-capturing alternatives are split;
tests/test_parse_scan.py checks it against the pattern itself).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from engine.parse.gate import anchor

_META = set("\\.^$*+?{}[]|()")
_QUANTIFIER = set("?*+{")


def top_level(pattern: str) -> list[str] | None:
    """`pattern` cut at its top-level "|"s (outside groups and classes); None when its brackets do not close."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a "]" right after "[" or "[^" is a member
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth or in_class:
        return None
    return [*parts, pattern[start:]]


# a lookbehind whose body is literal characters and classes (no group, no choice: one width)
_LOOKBEHIND = r"(\(\?<[!=])((?:[^\\.^$*+?{}\[\]|()]|\[[^\]\\]+\])+)\)"
_LOOKBEHIND_FIRST = re.compile(rf"((?:{_LOOKBEHIND})+)(.)")
_LOOKBEHIND_ONE = re.compile(_LOOKBEHIND)


def lookbehind_after(branch: str) -> str:
    """`(?<!X)c…` (or `(?<=X)c…`, X literal characters and classes, c a literal character; also a run of such
    lookbehinds, `(?<!X)(?<![YZ])c…`) written `c(?<!Xc)…` (`c(?<!Xc)(?<![YZ]c)…`): the same matches, and the pattern
    opens with a literal (a pattern that opens with a lookbehind is tried at every character)."""
    m = _LOOKBEHIND_FIRST.match(branch)
    c = m.group(4) if m is not None else ""
    if m is None or c in _META or branch[m.end():m.end() + 1] in _QUANTIFIER:
        return branch
    moved = "".join(f"{one.group(1)}{one.group(2)}{c})" for one in _LOOKBEHIND_ONE.finditer(m.group(1)))
    return f"{c}{moved}{branch[m.end():]}"


def _opening(branch: str) -> str | None:
    """The literal character every match of `branch` opens with (an escaped one, `\\.`, too), or None."""
    if branch[:1] == "\\" and branch[1:2] in _META:
        return None if branch[2:3] and branch[2] in _QUANTIFIER else branch[1]
    if not branch or branch[0] in _META or branch[1:2] and branch[1] in _QUANTIFIER:
        return None
    return branch[0]


def _by_opening(branches: list[str]) -> dict[str, list[str]] | None:
    """Branches grouped by their opening character, each group in the order of `branches`; None if one has none."""
    groups: dict[str, list[str]] = {}
    for branch in branches:
        ch = _opening(branch)
        if ch is None:
            return None
        groups.setdefault(ch, []).append(branch)
    return groups


def split_by_opening(pattern: str) -> list[str] | None:
    """One pattern per opening character, together matching as `pattern` does (see the module); None when
    `pattern` is not of a form this splits: `A|B|…` with no capturing group, or `(?:a|b|…)TAIL` with literal words
    a, b, …; and when every branch opens with the same character (nothing to split)."""
    if "(?P" in pattern or "(?<" in pattern.replace("(?<=", "").replace("(?<!", ""):
        return None  # named groups
    top = top_level(pattern)
    if top is None:
        return None
    if len(top) > 1:
        if re.compile(pattern).groups:
            return None  # splitting would renumber the groups
        groups = _by_opening(top)
        return ["|".join(g) for g in groups.values()] if groups and len(groups) > 1 else None
    if not pattern.startswith("(?:"):
        return None
    close = pattern.find(")")
    words = pattern[3:close].split("|")
    tail = pattern[close + 1:]
    if any(not w or _META & set(w) for w in words) or tail[:1] in _QUANTIFIER:
        return None
    groups = _by_opening(words)
    if groups is None or len(groups) < 2:
        return None
    return [f"(?:{'|'.join(g)}){tail}" for g in groups.values()]


class Led:
    """`re.compile(pattern, flags)` with search and finditer scanned per opening character where the pattern
    allows it (split_by_opening); otherwise the compiled pattern's own."""

    __slots__ = ("regex", "pattern", "_parts", "_scan", "_word", "_least", "_most")

    def __init__(self, pattern: str, flags: int = 0, scan: str | None = None,
                 word: tuple[str, int, int] | None = None, parts: list[str] | None = None):
        self.regex = re.compile(pattern, flags)
        self.pattern = pattern
        # (led: `scan`, the same pattern written to open with a literal; `word`, the anchor searched for first;
        # `parts`, the pattern per opening character written out where split_by_opening cannot split it, each
        # part's matches the pattern's that open with its characters: the caller's tests hold them to it)
        self._scan = re.compile(scan, flags) if scan is not None else self.regex
        self._word, self._least, self._most = word if word is not None else ("", 0, -1)
        if parts is None and not (flags & re.IGNORECASE or scan is not None or word is not None):
            parts = split_by_opening(pattern)
        self._parts = [re.compile(p, flags) for p in parts] if parts else None

    def _from_word(self, text: str, pos: int, endpos: int) -> int:
        """Where a scan from the anchor (led) starts: -1 where the word is not in text[pos + least:endpos] (no match
        there); else no match starts before its first place there less `most` (every match holds it, `least` to
        `most` characters in), nor before `pos`."""
        at = text.find(self._word, pos + self._least, min(endpos, len(text)))
        if at < 0:
            return -1
        return pos if self._most < 0 else max(pos, at - self._most)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if self._word:
            start = self._from_word(text, pos, endpos)
            return self._scan.search(text, start, endpos) if start >= 0 else None
        if self._parts is None:
            return self._scan.search(text, pos, endpos)
        best = None
        for part in self._parts:
            m = part.search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if self._word:  # (once, from the first match's earliest start: the matches after it at C speed)
            start = self._from_word(text, pos, endpos)
            if start >= 0:
                yield from self._scan.finditer(text, start, endpos)
            return
        if self._parts is None:
            yield from self._scan.finditer(text, pos, endpos)
            return
        parts = self._parts
        found = [p.search(text, pos, endpos) for p in parts]
        while True:
            best = None
            for m in found:
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end()  # never empty: every match opens with a character
            for i, m in enumerate(found):
                if m is not None and m.start() < pos:
                    found[i] = parts[i].search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.regex.match(text, pos, endpos)


MAX_PARTS = 4  # measured: a split into more parts costs about what it saves (5) or more (7)


SHORTEST_LITERAL = 3  # a pattern that is one word this long is found by `str.find` (≈ 4× `re`'s skip over CJK text)


def led(pattern: str) -> re.Pattern | Led:
    """`pattern` as a Led where it splits into 2 to MAX_PARTS parts; else, where `re` cannot skip ahead to a literal
    first character (the pattern opens with a class, a group of words or a lookbehind: every character is tried, 5–25
    ns each) and every match holds a word of two or more characters (gate.anchor), a Led that finds that word first
    (`str.find`) and searches only from where a match holding it can start; also a pattern that is one word of
    SHORTEST_LITERAL or more. A branch that opens with a lookbehind before a literal is scanned with the lookbehind
    moved after that literal (lookbehind_after). Else compiled as it is. For scans over a section or the whole text;
    a scan of a few dozen characters is cheaper as one pattern."""
    parts = split_by_opening(pattern)
    if parts and len(parts) <= MAX_PARTS:
        return Led(pattern)
    branches = top_level(pattern)
    moved = "|".join(lookbehind_after(b) for b in branches) if branches else pattern
    if moved != pattern and re.compile(moved).groups != re.compile(pattern).groups:
        moved = pattern
    if len(branches or ()) == 1 and _opening(moved) is not None:  # `re` skips ahead to its first character
        if len(moved) >= SHORTEST_LITERAL and not _META & set(moved):  # one word: str.find
            return Led(pattern, 0, moved, (moved, 0, 0))
    elif (found := anchor(moved)) is not None and not found[3]:
        return Led(pattern, 0, moved, found[:3])
    return Led(pattern, 0, moved) if moved != pattern else re.compile(pattern)


class LineLed:
    """`regex.finditer` for a MULTILINE pattern that opens with `^[^\\n` (a match starts at a line start, and its first
    character is no line break), found from each line break: `re` tries `^` at every character (10–15 ns each; ≈ 130
    µs over a report's last 1,500 characters), a scan led by "\\n" skips ahead to the next line. A match after the
    window's start is "\\n" + the pattern, and the pattern's own match at the character after that "\\n" is yielded
    (the same span and groups); one at the window's start is the pattern's match there (where `^` can match: at the
    text's start or after a line break). A line that starts where the previous match ended starts with a line break
    (a match ends at `$`), where the pattern cannot match: the scan from that end misses nothing. Another pattern is
    scanned as it is."""

    __slots__ = ("regex", "_after_break")

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        fits = regex.flags & re.MULTILINE and regex.pattern.startswith("^[^\\n") and top_level(regex.pattern) \
            and len(top_level(regex.pattern) or ()) == 1
        self._after_break = re.compile("\n" + regex.pattern[1:], regex.flags) if fits else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if self._after_break is None or pos > len(text):
            yield from self.regex.finditer(text, pos, endpos)
            return
        end = min(endpos, len(text))
        at = pos
        if pos == 0 or text[pos - 1] == "\n":
            first = self.regex.match(text, pos, end)
            if first is not None:
                yield first
                at = first.end()
        for m in self._after_break.finditer(text, at, end):
            found = self.regex.match(text, m.start() + 1, end)
            if found is not None:
                yield found


_AT_LINE_START = r"(?:^|\n)"


class AfterBreak:
    """`regex.search` for a pattern `(?:^|\\n)BODY` without MULTILINE (`^` is the text's start): BODY at the text's
    start, else "\\n" + BODY, a scan led by one character that skips ahead to each line break (`re` tries the group
    at every character: ≈ 15 ns each). At the text's start the pattern tries `^` first and then a "\\n" there, as
    this does; after it only a "\\n" can match. The same span and groups. Another pattern is searched as it is."""

    __slots__ = ("regex", "_start", "_after")

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        body = regex.pattern.removeprefix(_AT_LINE_START)
        fits = body != regex.pattern and not regex.flags & re.MULTILINE and len(top_level(regex.pattern) or ()) == 1
        self._start = re.compile(body, regex.flags) if fits else None
        self._after = re.compile("\n" + body, regex.flags) if fits else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if self._start is None or self._after is None:
            return self.regex.search(text, pos, endpos)
        if pos == 0:
            first = self._start.match(text, 0, endpos)
            if first is not None:
                return first
        return self._after.search(text, pos, endpos)


_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT)
_FIRSTS_MAX = 8  # more opening characters than this: a `find` for each costs more than `re`'s own scan


def _openings(items: list, rest: list, run: str) -> set[str] | None:
    """The words (runs of literal characters) a match of `items` then `rest` can open with, `run` read before them:
    each path's run from its start (a branch, a group, an optional or repeated item opened into its paths; an
    assertion before the first character passed over: it consumes nothing; a small class read as its characters);
    None where a path may open with anything else, or match empty."""
    for n, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH and not run:
            continue
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            return {run}  # what comes next ends the word: every match of this path opens with it
        after = items[n + 1:] + rest
        if op is C.IN:
            return {chr(v) for _, v in av} if all(o is C.LITERAL for o, _ in av) else None
        if op is C.SUBPATTERN and not av[1] and not av[2]:
            return _openings(list(av[3]), after, "")
        if op is C.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                one = _openings(list(branch), after, "")
                if one is None:
                    return None
                out |= one
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            body = _openings(list(av[2]), [], "")
            if body is None or av[0] >= 1:
                return body
            tail = _openings(after, [], "")
            return None if tail is None else body | tail
        return None
    if run:
        return {run}
    return _openings(rest, [], "") if rest else None


def opening_words(pattern: re.Pattern) -> list[str] | None:
    """The words every match of `pattern` opens with (none a prefix of another, sorted), or None where they are not
    read from the pattern (a flag, a parser change, a match that may open with anything or be empty) or open with
    more than _FIRSTS_MAX characters."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII | re.MULTILINE | re.DOTALL) \
            or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001  (a parser change in a later Python: no plan rather than a wrong one)
        return None
    found = _openings(list(tree), [], "")
    if not found or len({w[0] for w in found}) > _FIRSTS_MAX:
        return None
    return sorted(w for w in found if not any(v != w and w.startswith(v) for v in found))


class ByOpening:
    """`regex.finditer` and `regex.search` for a pattern every match of which opens with one of a few words
    (opening_words) that are rare in the text scanned: each place of their first characters is found by `str.find`
    (memchr on the character's low byte: far under 1 instruction a character where that byte is rare in the text,
    against ≈ 7 for `re`'s own scan of a literal, measured), the words checked there by a `find` within their span,
    and the pattern matched only where one stands (a `match` call and the matching: ≈ 3 k instructions). Whether it
    pays depends on the pattern and the text: measure it. A match can start only where one of the words stands,
    and `regex.match` at a place tries what `regex.search` tries there (lookbehinds see the text before it either
    way), so the first place from `pos` on where it matches is the search's match, and finditer goes on from its end
    as `re` does (a match is never empty: it holds its word). The same matches and groups."""

    __slots__ = ("regex", "pattern", "_chars", "_words")

    def __init__(self, regex: re.Pattern, words: list[str]):
        self.regex = regex
        self.pattern = regex.pattern
        chars = sorted({w[0] for w in words})
        self._chars = "".join(chars)
        self._words = [[w for w in words if w[0] == c] for c in chars]

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        pos = max(pos, 0)
        end = min(endpos, len(text))
        chars = self._chars
        nexts = [text.find(c, pos, end) for c in chars]
        while True:
            at, which = -1, -1
            for i, n in enumerate(nexts):
                if n >= 0 and (at < 0 or n < at):
                    at, which = n, i
            if at < 0:
                return
            m = None
            for w in self._words[which]:
                if at + len(w) <= end and text.find(w, at, at + len(w)) == at:
                    m = self.regex.match(text, at, end)
                    break
            if m is None:
                nexts[which] = text.find(chars[which], at + 1, end)
                continue
            yield m
            pos = m.end()
            for i, n in enumerate(nexts):
                if 0 <= n < pos:
                    nexts[i] = text.find(chars[i], pos, end)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        for m in self.finditer(text, pos, endpos):
            return m
        return None


def by_opening(regex: re.Pattern | Led) -> ByOpening | None:
    """A ByOpening for `regex` (a Led: its whole pattern) where its opening words are read; else None."""
    whole = regex.regex if isinstance(regex, Led) else regex
    words = opening_words(whole)
    return ByOpening(whole, words) if words else None

"""Which of many patterns can match a text at all, in one pass: a parse step then scans only those.

A parse step tries dozens of `re` patterns over a text and its parts (a fact's patterns in its section, then in
the whole text); most find nothing in a given report, and each empty scan still walks the text. One RE2::Set pass
over the whole text answers "can this pattern match anywhere here" for all of them at once. The Set holds a
widened copy of each pattern, so that it never says no where `re` would find a match:

- lookbehinds and lookaheads are dropped (the copy accepts more, never less);
- `\\d` and `\\s` are spelled out as Python reads them in a str pattern (Unicode digits and spaces; RE2's are ASCII);
- a pattern that could match inside a part of the text but not in the whole text is left out (a negative lookahead,
  `$`, `\\b`, `\\Z`: at a part's end they see the end of the string), as is one RE2 cannot read: it is always tried.

A pattern with no match in the whole text has none in any part of it either (a match inside a part is a match
attempt in the whole text that can take the same path), so skipping it changes nothing. RE2 answers "nothing
matched" and "the DFA ran out of memory" alike (an empty list): a pattern that matches every text is added, so an
answer without it means "unknown" and every pattern is tried.
"""

from __future__ import annotations

import re

import re2

# Python's \s for str patterns (str.isspace), and \d (Unicode decimal digits)
_SPACE = r"\t\n\x0b\x0c\r\x1c-\x1f\x85\p{Z}"
_DIGIT = r"\p{Nd}"
_LOOKAROUND = re.compile(r"\(\?<?[=!](?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)")
_ALWAYS = "(?s:.)?"  # the empty string matches every text: its absence from an answer is RE2 running out of memory


def widened(pattern: str) -> str | None:
    """`pattern` in RE2 syntax, accepting at least what it accepts in any part of a text; None when there is none."""
    if "(?!" in pattern or "(?P=" in pattern:
        return None
    out, i, class_start = [], 0, -1  # class_start: where the character class we are in opened, or -1
    body = _LOOKAROUND.sub("", pattern)
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            nxt = body[i + 1:i + 2]
            if nxt == "s":
                out.append(_SPACE if class_start >= 0 else f"[{_SPACE}]")
            elif nxt == "d":
                out.append(_DIGIT)
            elif nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", body[i + 2:i + 6]):
                out.append(f"\\x{{{body[i + 2:i + 6]}}}")  # RE2 spells \u4e00 as \x{4e00}
                i += 6
                continue
            elif nxt.isalnum() and nxt not in "tnrfvx" or not nxt:
                return None  # \b, \Z, \w, a back-reference…: no parse pattern needs these here
            else:
                out.append(ch + nxt)
            i += 2
            continue
        if class_start < 0:
            if ch in "^$":
                return None  # an anchor: at a part's edge it matches where the whole text does not
            if ch == "[":
                class_start = i
        elif ch == "]" and i > class_start + 1 and not (i == class_start + 2 and body[i - 1] == "^"):
            class_start = -1
        out.append(ch)
        i += 1
    return "".join(out)


class Prescan:
    """An RE2::Set of widened patterns, asked once per text."""

    def __init__(self, patterns: list[re.Pattern]):
        self.patterns = patterns
        self.always = [i for i, p in enumerate(patterns) if p.flags & ~re.UNICODE or widened(p.pattern) is None]
        options = re2.Options()
        options.log_errors = False
        self._set: re2.Set | None = re2.Set.SearchSet(options)
        self._index: list[int] = []  # Set index → pattern index
        try:
            for i, p in enumerate(patterns):
                if i not in self.always:
                    self._set.Add(widened(p.pattern))
                    self._index.append(i)
            self._sentinel = self._set.Add(_ALWAYS)
            self._set.Compile()
        except re2.error:
            self._set = None

    def possible(self, text: str) -> set[re.Pattern] | None:
        """The patterns that may match somewhere in `text`; None when every one must be tried."""
        if self._set is None:
            return None
        try:
            found = self._set.Match(text)
        except UnicodeEncodeError:  # a lone surrogate has no UTF-8: `re` reads such a text, RE2 cannot
            return None
        if self._sentinel not in found:
            return None  # out of memory: unknown
        hits = {self.patterns[self._index[k]] for k in found if k != self._sentinel}
        return hits.union(self.patterns[i] for i in self.always)

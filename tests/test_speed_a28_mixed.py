"""The mixed batch's format ingest, rewritten for fewer instructions, gives what the forms before gave (issue 17: speed
only, the same text). Each new form is held to the old one, copied here, on generated input."""

from __future__ import annotations

import re

from engine.ingest import html

# ------------------------------------------------------------------------------------ html._CHROME_HINT, before a28

_CHROME_HINT_BEFORE = re.compile(r"[位链章阅闻相篇打窗闭享版p码备©技首藏字]", re.I)


def test_the_hint_class_without_ignorecase_is_the_same_class_over_all_of_unicode() -> None:
    # a one-character class: a search finds a match in a text exactly when one of its characters is in the class
    every = "".join(map(chr, range(0x110000)))
    assert _CHROME_HINT_BEFORE.findall(every) == html._CHROME_HINT.findall(every)

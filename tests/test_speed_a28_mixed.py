"""The mixed batch's format ingest, rewritten for fewer instructions, gives what the forms before gave (issue 17: speed
only, the same text). Each new form is held to the old one, copied here, on generated input."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.ingest import html

# ------------------------------------------------------------------------------------ html._maybe_deep, before a28

_NO_LEVEL_BEFORE = re.compile(rb"<(?:br|img|meta|input|link|hr|!)")
_CLOSE_BEFORE = re.compile(rb"</")


def _maybe_deep_before(page: bytes) -> bool:
    """html._maybe_deep at 8c0d6ad: three C scans of each 4 KB chunk."""
    depth = 0
    for k in range(0, len(page), html._CHUNK):
        end = k + html._CHUNK
        closes = len(_CLOSE_BEFORE.findall(page, k, end))
        opens = page.count(b"<", k, end) - closes
        if depth + opens + 2 > html.MAX_DEPTH:
            return True
        depth = max(0, depth + opens - len(_NO_LEVEL_BEFORE.findall(page, k, end)) - closes)
    return False


# tags and their cut-off starts, so that chunk edges fall inside them; runs of opening tags reach MAX_DEPTH
_FRAGMENTS = [b"<", b"</", b"<br", b"<img", b"<meta", b"<input", b"<link", b"<hr", b"<!", b"<!--", b"<b", b"<im",
              b"<met", b"<inp", b"<lin", b"<h", b"<li>", b"<h1>", b"<i>", b"<m", b"<BR>", b"<div>", b"</div>", b"<p>",
              b"</p>", b"/", b">", b"x", b"\xe5\xb9\xb4", b"<<", b"</<"]
_RUNS = st.tuples(st.sampled_from(_FRAGMENTS), st.integers(1, 450))
_PAGES = st.lists(st.one_of(_RUNS, st.integers(0, 5000).map(lambda n: (b"x", n))), max_size=12).map(
    lambda runs: b"".join(fragment * n for fragment, n in runs))


@settings(max_examples=500, deadline=None)
@given(_PAGES)
def test_the_split_bound_is_the_three_scans_bound(page: bytes) -> None:
    assert html._maybe_deep(page) == _maybe_deep_before(page)


def test_the_bound_at_its_edges() -> None:
    for n in range(380, 420):  # opening tags alone: the bound says deep from MAX_DEPTH - 2 on
        for lead in (0, 4090, 4095):
            page = b"x" * lead + b"<d>" * n
            assert html._maybe_deep(page) == _maybe_deep_before(page)
    assert html._maybe_deep(b"<d>" * 398 + b"</d>" * 398) is False
    assert html._maybe_deep(b"<d>" * 399) is True
    for void in (b"<br>", b"<img>", b"<meta>", b"<input>", b"<link>", b"<hr>", b"<!-- -->", b"<li>", b"<b>"):
        # 300 of them fill the first chunk: only those that open no level leave the second chunk's 150 in bounds
        page = (void * 300)[:4096].ljust(4096, b"x") + b"<d>" * 150
        assert html._maybe_deep(page) == _maybe_deep_before(page) == (void in (b"<li>", b"<b>"))
    for lead in range(4088, 4097):  # a "</" or a void tag cut by the chunk's edge counts as an opening tag
        for tag in (b"</d>", b"<br>", b"<!-- -->", b"<input>"):
            page = b"x" * lead + (tag + b"<d>") * 390
            assert html._maybe_deep(page) == _maybe_deep_before(page)


# ------------------------------------------------------------------------------------ html._CHROME_HINT, before a28

_CHROME_HINT_BEFORE = re.compile(r"[位链章阅闻相篇打窗闭享版p码备©技首藏字]", re.I)


def test_the_hint_class_without_ignorecase_is_the_same_class_over_all_of_unicode() -> None:
    # a one-character class: a search finds a match in a text exactly when one of its characters is in the class
    every = "".join(map(chr, range(0x110000)))
    assert _CHROME_HINT_BEFORE.findall(every) == html._CHROME_HINT.findall(every)

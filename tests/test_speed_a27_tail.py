"""a27-tail: the batch parent's tail in cheaper forms, held against the forms they replace (bench/README.md
"a27-tail")."""

from __future__ import annotations

import random
from array import array
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.similarity import SIZE, resemblance


def _resemblance_9267251(a: Sequence[int], b: Sequence[int]) -> float:
    """engine/similarity.py's resemblance as of 9267251: the union built, sorted and cut at SIZE every time."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    union = sorted(sa | sb)[:SIZE]
    return len((sa & sb).intersection(union)) / len(union)


def _sketches(rnd: random.Random, na: int, nb: int, shared: int, top: int) -> tuple[list[int], list[int]]:
    """Two sketches as `sketch` makes them (sorted, each hash once, at most SIZE) of na and nb hashes below `top`,
    `shared` of them in both."""
    drawn = rnd.sample(range(top), na + nb - shared)
    return sorted(drawn[:na]), sorted(drawn[:shared] + drawn[na:])


@settings(max_examples=1500, deadline=None)
@given(st.integers(0, SIZE), st.integers(0, SIZE), st.floats(0, 1), st.sampled_from([2 * SIZE, 2**32]),
       st.booleans(), st.randoms(use_true_random=False))
def test_resemblance_is_its_form_before(na, nb, share, top, as_arrays, rnd):
    """The same float on sketches of every size (either empty, each at most SIZE, their sum on both sides of SIZE),
    sharing none, some or all of the smaller one's hashes, drawn close together (the smallest of the union are
    then shared ones or not) or from the 32-bit range, as lists and as the spilled arrays ("I")."""
    a, b = _sketches(rnd, na, nb, round(share * min(na, nb)), top)
    for x, y in ((a, b), (b, a), (a, a)):
        if as_arrays:
            x, y = array("I", x), array("I", y)
        assert resemblance(x, y) == _resemblance_9267251(x, y)

"""How much of a report's text repeats another's (内容雷同 with last year's report), from small sketches.

A report's sketch is the bottom-k of the hashes of its sentences, digits masked (a report copied from last
year with new figures is still copied), short lines and table rows left out (every report of one format
shares those). Two sketches estimate the Jaccard resemblance of the two sentence sets (Broder's bottom-k
estimator, which needs a hash that behaves like a random one: blake2b, not a CRC); a sketch costs one
regex pass and a short hash per sentence, about 0.1 ms for a 10 KB report.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import partial
from itertools import combinations

END_MARKS = "。;!?"  # a sentence ends at these or a newline (the normalised text has ASCII ; ! ?)
# a number, masked: \d+(?:\.\d+)? written to open with one \d, so that `re` skips ahead by testing the class at
# each character instead of trying a match there (a pattern that opens with a repeat gets no such skip): the same
# matches, ≈ 20% fewer instructions for the sketch (tests/test_similarity.py holds it against the first form)
DIGITS = re.compile(r"\d\d*(?:\.\d+)?")
MIN_CHARS = 12  # headings, table labels and signatures are shorter
MAX_NUMBERS = 3  # a sentence with more figures than this is a flattened table row
SIZE = 256  # hashes kept per report: the estimate's error is about 1/sqrt(SIZE)


def sketch(text: str) -> list[int]:
    """The SIZE smallest 32-bit hashes of the text's distinct long sentences, digits masked."""
    # str.replace + split rather than a regex split (a third of the time); the empty pieces between two marks are
    # shorter than MIN_CHARS. Split before the mask: a number (digits and ".") holds no mark and no newline, so the
    # mask and the spaces' removal work within a line, and each line is masked, spaces and tabs removed (after the
    # mask: "1 2" stays two numbers) and hashed once in a process, by a loop compiled with ingest's unit
    # (engine/ingest/finish.py; tests/test_speed_a27_worker.py holds it against the mask of the whole text)
    for mark in END_MARKS:
        text = text.replace(mark, "\n")
    from engine.ingest.finish import sketch_hashes
    return sorted(sketch_hashes(text.split("\n"), _MASK, MIN_CHARS, MAX_NUMBERS))[:SIZE]


_MASK = partial(DIGITS.sub, "#")


def resemblance(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated |A∩B| / |A∪B| of the two sentence sets: of the SIZE smallest hashes of the union, the
    share found in both sketches (each holds a hash once, as `sketch` makes them)."""
    return _resembling(a, set(a), b) if a and b else 0.0


def _resembling(a: Sequence[int], sa: set[int], b: Sequence[int]) -> float:
    """resemblance(a, b) of two sketches that are not empty, `sa` the set of a's hashes (made once for several b)."""
    if len(a) + len(b) <= SIZE:  # the whole union is kept: |A∩B| / |A∪B| without building and sorting the union
        both = len(sa.intersection(b))  # (most reports have far fewer than SIZE / 2 long sentences)
        return both / (len(a) + len(b) - both)
    sb = set(b)
    union = sorted(sa | sb)[:SIZE]
    return len((sa & sb).intersection(union)) / len(union)  # the union's hashes found in both


def similar_pairs(sketches: Sequence[Sequence[int]], threshold: float, probe: int = 8,
                  common: int = 16) -> list[tuple[int, int, float]]:
    """(i, j, resemblance) for the pairs at or above `threshold`, without comparing every pair: reports are
    candidates when two of their `probe` smallest hashes agree (sets this alike share most of them), and a
    hash found in more than `common` reports is a stock sentence, not evidence of copying, so it is skipped."""
    postings: dict[int, list[int]] = {}
    for i, sk in enumerate(sketches):
        for h in sk[:probe]:
            postings.setdefault(h, []).append(i)
    shared = Counter(pair for ids in postings.values() if len(ids) <= common for pair in combinations(ids, 2))
    out = []
    a: Sequence[int]
    sa: set[int]
    # most candidate pairs follow one with the same first report: its sketch is read and its set made once for them
    last, a, sa = -1, (), set()
    for (i, j), n in shared.items():
        if n >= 2:
            if i != last:
                last, a = i, sketches[i]
                sa = set(a)
            b = sketches[j]
            if (r := _resembling(a, sa, b) if a and b else 0.0) >= threshold:
                out.append((i, j, r))
    return out

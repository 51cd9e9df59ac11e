"""a25-worker: the finish step's cheaper forms held against the forms they replace (bench/README.md "a25-worker")."""

from __future__ import annotations

import hashlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.similarity import SIZE, sketch

# engine/similarity.py's sketch as of 4456e03: spaces and tabs dropped sentence by sentence, each hash made apart
_DIGITS_4456 = re.compile(r"\d\d*(?:\.\d+)?")
_EMPTY = hashlib.blake2b(digest_size=4)


def _sketch_4456(text: str) -> list[int]:
    masked = _DIGITS_4456.sub("#", text)
    for mark in "。;!?":
        masked = masked.replace(mark, "\n")
    kept = set()
    for sentence in masked.split("\n"):
        if len(sentence) >= 12 and sentence.count("#") <= 3:
            sentence = sentence.replace(" ", "").replace("\t", "")
            if len(sentence) >= 12:
                kept.add(sentence)
    hashes = set()
    for sentence in kept:
        h = _EMPTY.copy()
        h.update(sentence.encode("utf-8"))
        hashes.add(int.from_bytes(h.digest()))
    return sorted(hashes)[:SIZE]


SKETCH_PIECES = ["。", ";", "!", "?", "\n", " ", "  ", "\t", " \t ", "#", "1", "23", "4.5", "6 7", "8.", ".9", "٣",
                 "१२", "𝟙", "公开", "申请", "件", "年", "本单位依法依规做好政府信息公开工作", "全年受理申请",
                 "表三 1 2 3 4", "a b c d e f", "𠀀", "é", "\u3000"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SKETCH_PIECES), max_size=120).map("".join))
def test_the_sketch_is_4456s(text):
    """Spaces and tabs dropped from the whole masked text, the sentences encoded as one text and the digests
    unpacked together: the same sketch, on texts of spaces and tabs around digits (masked before they go), marks,
    sentences near MIN_CHARS and near MAX_NUMBERS, digits of other scripts, characters beyond the BMP."""
    assert sketch(text) == _sketch_4456(text)
    assert sketch(text * 40) == _sketch_4456(text * 40)  # more than SIZE hashes


def test_the_sketch_is_4456s_on_the_sample_reports():
    from pathlib import Path

    from engine.ingest import load
    for p in sorted((Path(__file__).parents[1] / "reports").glob("*.txt")):
        text = load(p).text
        assert sketch(text) == _sketch_4456(text)

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


# ---- the payload's facts and names written by engine/ingest/finish.py (compiled with ingest's unit)

_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3), max_leaves=6)
_NAMES = st.sampled_from(["doc.year", "doc.agency", "requests.received", "t3.总计.新收", 'odd"name\\', "tab\tname", "é",
                          "x.1"]) | st.text(max_size=10)


@settings(max_examples=130, deadline=None)
@given(st.dictionaries(_NAMES, st.tuples(_VALUES, st.sampled_from(["", "证据", "表三", 'say "一"\n']))),
       st.booleans())
def test_facts_json_is_the_encoders(raw, again):
    """facts_json and strings_json give (in UTF-8) the encoder's text of the (value, evidence number) dict and of the
    names, with the same evidence numbering: on values of every JSON kind (bools and ints apart from each other, big
    ints, floats with nan and infinities, text that needs escaping, nested lists and dicts), names that need
    escaping, and names met before (kept)."""
    from engine.ingest.finish import facts_json, strings_json
    from engine.model import Fact
    from engine.records import _ENCODE
    facts = {k: Fact(v, e) for k, (v, e) in raw.items()}
    for _ in range(2 if again else 1):
        evidence: dict[str, int] = {}
        parts: list[bytes] = []
        facts_json(facts, evidence, _ENCODE, parts)
        plain: dict[str, int] = {}
        assert b"".join(parts) == _ENCODE({k: (f.value, plain.setdefault(f.evidence, len(plain)))
                                           for k, f in facts.items()}).encode("utf-8")
        assert evidence == plain
        names: list[bytes] = []
        strings_json(sorted(facts), names)
        assert b"".join(names) == _ENCODE(sorted(facts)).encode("utf-8")


# ---- ingest: the ellipsis before the NFKC check, the `in` gates of the control and odd-space scans

_INGEST_PIECES = ["…", "……", ".", "\u0301", "\u0308", "a", "e", "年", "，", "①", "Ａ", "\u3000", " ", "\n", "\r",
                  "\x00", "\x01", "\x1f", "\ufffd", "\t", "\x0b", "\x85", "\xa0", "\u2000", "\u2028", "\u3000", "１",
                  "公开", "申请", "𠀀"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_INGEST_PIECES), max_size=80).map("".join))
def test_ingest_gates_are_the_scans(text):
    """_nfkc (with "…" replaced first) is NFKC, also beside combining marks; _mostly_text is the count of control
    characters, at the 1% bound too; the odd-space gate finds what the class scan found."""
    import importlib
    import unicodedata

    from engine.ingest import text as T
    N = importlib.import_module("engine.ingest.normalise")  # the module (engine.ingest re-exports the function)
    assert N._nfkc(text) == unicodedata.normalize("NFKC", text)
    for sample in (text, text + "公" * 100, text * 3 + "公" * (len(text) * 97)):
        assert T._mostly_text(sample) == (len(T._CONTROL.findall(sample)) <= 0.01 * len(sample))
    odd = re.compile(f"[{re.escape(N._LINE_BREAK_CHARS + N._NOT_A_SPACE)}]").search(text) is not None
    assert any(c in text for c in N._BREAK_OR_NOT_A_SPACE) == odd
    assert N.normalise(text) == N.normalise(text.replace("…", "..."))


def test_the_control_characters_are_the_class():
    from engine.ingest import text as T
    assert {chr(c) for c in range(0x110000) if T._CONTROL.match(chr(c))} == {*T._CONTROL_BYTES.decode(), "\ufffd"}

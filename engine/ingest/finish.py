"""The Python loops of a batch worker's finish step (engine.batch._finished), compiled with ingest's unit
(engine/parser_build.py's INGEST): the sketch's sentences and their hashes (engine.similarity.sketch) and the JSON
of a report's facts and of its lists of strings (engine.records.payload). Here and not beside their callers because
engine.similarity and engine.records sit in the package every process imports first; mypyc runs each loop in about
60% of the interpreter's instructions (bench/README.md "a25-worker"). Pure Python gives the same results."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from json.encoder import encode_basestring
from typing import Any

from engine.model import Fact

_EMPTY = hashlib.blake2b(digest_size=4)  # never updated: only copied
_HASHES: dict[str, int] = {}  # a sketch line's hash, by the masked line
HASHES_KEPT = 16384  # lines (≈ 40 characters in synth: ≈ 3 MB)
_LINES: dict[str, int] = {}  # a text's line (unmasked) → its hash, or -1 when the sketch leaves it out
LINES_KEPT = 16384
KEPT_CHARS = 400  # a longer line (a table flattened, a text without end marks) is not kept: ≈ 15 MB at most each


def sketch_hashes(lines: list[str], mask: Any, min_chars: int, max_numbers: int) -> list[int]:
    """The distinct 32-bit blake2b hashes (big-endian, as int.from_bytes reads the 4-byte digest) of the text's
    lines (`lines`: split at newlines and END_MARKS, digits not masked yet) that, once `mask(line)` has put "#" for
    each number and spaces and tabs are out, have at least `min_chars` characters and at most `max_numbers` "#",
    unsorted. The mask and the spaces' removal work within a line (a number is digits and "."), so each line can be
    masked apart from the others; a line shorter than `min_chars` is left out unmasked (masking never lengthens
    it). A line met before (three in four of a synth report's) is answered from `_LINES` (its hash, or -1: left
    out); the others are masked together, in one `mask` of their join."""
    known = _LINES
    hashes: set[int] = set()
    missing: list[str] = []
    for raw in lines:
        if len(raw) >= min_chars:
            found = known.get(raw)
            if found is None:
                missing.append(raw)
            elif found >= 0:
                hashes.add(found)
    if not missing:
        return list(hashes)
    masked = str(mask("\n".join(missing))).replace(" ", "").replace("\t", "").split("\n")
    for raw, line in zip(missing, masked, strict=True):
        h = _line_hash(line) if len(line) >= min_chars and line.count("#") <= max_numbers else -1
        if len(known) < LINES_KEPT and len(raw) <= KEPT_CHARS:
            known[raw] = h
        if h >= 0:
            hashes.add(h)
    return list(hashes)


def _line_hash(line: str) -> int:
    """blake2b(line, digest_size=4) as a big-endian int, by a copy of an empty 4-byte blake2b (without parsing its
    keywords and setting up its parameter block each time); kept by the masked line (`_HASHES`: lines of other
    years' figures mask alike)."""
    found = _HASHES.get(line)
    if found is None:
        h = _EMPTY.copy()
        h.update(line.encode("utf-8"))
        found = int.from_bytes(h.digest(), "big")
        if len(_HASHES) < HASHES_KEPT and len(line) <= KEPT_CHARS:
            _HASHES[line] = found
    return found


def facts_json(facts: dict[str, Fact], evidence: dict[str, int], encode: Any, parts: list[bytes]) -> None:
    """Appends to `parts` the UTF-8 pieces of `encode({k: (f.value, evidence.setdefault(f.evidence, len(evidence)))
    for k, f in facts.items()})`, with `encode` json's encoder with ensure_ascii=False and the default separators:
    each name's JSON with the ': [' after it kept, and each evidence number's ', N], ' (`_opening`, `_closing`: three
    pieces a fact, not six, for the list and the join), and a bool, an int or a str value written here as that
    encoder writes it (an exact int's repr, kept for the first INTS_KEPT; json's encode_basestring); any other value
    by `encode`. `evidence` gets each fact's evidence numbered in the same order. In bytes, so that the payload is
    joined as bytes: the text of a payload, mostly ASCII but widened by its Chinese, cost as much to encode as to
    write (a lone surrogate raises UnicodeEncodeError here, as the text's encoding did: engine.records.payload)."""
    if not facts:
        parts.append(b"{}")
        return
    parts.append(b"{")
    # the kept pieces read through locals: a module global is a dict lookup each time it is named
    openings, closings, ints = _OPENINGS, _CLOSINGS, _INTS
    at = 0
    for k, f in facts.items():
        value: Any = f.value
        kind = type(value)
        if kind is bool:
            text = b"true" if value else b"false"
        elif kind is int:
            n: int = value
            text = ints[n] if 0 <= n < len(ints) else str(n).encode()  # an exact int: str is its repr
        elif kind is str:
            text = encode_basestring(value).encode("utf-8")
        else:
            text = encode(value).encode("utf-8")
        said = f.evidence
        found = evidence.get(said)
        if found is None:
            at = len(evidence)
            evidence[said] = at
        else:
            at = found
        opening = openings.get(k)
        parts.append(_opening(k) if opening is None else opening)
        parts.append(text)
        parts.append(closings[at] if at < len(closings) else _closing(at))
    parts[-1] = b", " + str(at).encode() + b"]}"


def strings_json(strings: Iterable[str], parts: list[bytes]) -> None:
    """Appends to `parts` the UTF-8 pieces of the JSON list of `strings` as json's encoder writes it (ensure_ascii
    False): each string's JSON kept (`_STRINGS`): a batch's fact names and evidence texts repeat (nine in ten of a
    synth report's evidence texts were met in an earlier report)."""
    kept = _STRINGS
    parts.append(b"[")
    empty = True
    for s in strings:
        found = kept.get(s)
        if found is None:
            found = encode_basestring(s).encode("utf-8")
            if len(kept) < STRINGS_KEPT and len(s) <= KEPT_CHARS:
                kept[s] = found
        parts.append(found)
        parts.append(b", ")
        empty = False
    if empty:
        parts.append(b"]")
    else:
        parts[-1] = b"]"


_STRINGS: dict[str, bytes] = {}  # a fact name's or evidence text's JSON, in UTF-8
STRINGS_KEPT = 8192
KEYS_KEPT = 4096
_OPENINGS: dict[str, bytes] = {}  # a fact name's JSON and ': ['
_CLOSINGS: list[bytes] = []  # ', N], ' at N
INTS_KEPT = 2048  # the ints below this (counts, years) written from a list, not by str (≈ 20 instructions, not 350)
_INTS = [str(n).encode() for n in range(INTS_KEPT)]


def _opening(name: str) -> bytes:
    """'"name": [' as the encoder writes a fact's name and opens its pair, kept for the next report."""
    opening = _OPENINGS.get(name)
    if opening is None:
        opening = (encode_basestring(name) + ": [").encode("utf-8")
        if len(_OPENINGS) < KEYS_KEPT:
            _OPENINGS[name] = opening
    return opening


def _closing(at: int) -> bytes:
    """', N], ' for evidence number N, as the encoder closes a fact's pair (the first KEYS_KEPT numbers kept)."""
    if at < len(_CLOSINGS):
        return _CLOSINGS[at]
    closing = (", " + str(at) + "], ").encode()
    if at == len(_CLOSINGS) and at < KEYS_KEPT:
        _CLOSINGS.append(closing)
    return closing

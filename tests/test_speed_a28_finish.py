"""a28-finish: cheaper forms of a worker's finish step held against the forms they replace (bench/README.md
"a28-finish")."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import records
from engine.model import Fact, Finding, ParsedReport
from engine.rules.runner import Evaluation

# ---- the payload: joined as UTF-8 pieces, the evidence texts' JSON kept


def _facts_json_8c0d6ad(facts: dict[str, Fact], evidence: dict[str, int], encode, parts: list[str]) -> None:
    """engine/ingest/finish.py's facts_json as of 8c0d6ad (its kept pieces left out: the same text)."""
    from json.encoder import encode_basestring
    if not facts:
        parts.append("{}")
        return
    parts.append("{")
    at = 0
    for k, f in facts.items():
        value = f.value
        kind = type(value)
        if kind is bool:
            text = "true" if value else "false"
        elif kind is int:
            text = str(value)
        elif kind is str:
            text = encode_basestring(value)
        else:
            text = encode(value)
        found = evidence.get(f.evidence)
        if found is None:
            at = len(evidence)
            evidence[f.evidence] = at
        else:
            at = found
        parts += encode_basestring(k) + ": [", text, ", " + str(at) + "], "
    parts[-1] = ", " + str(at) + "]}"


def _payload_8c0d6ad(ev: Evaluation, sketch: str | None = None) -> bytes:
    """engine/records.py's payload as of 8c0d6ad: the text joined, then encoded."""
    evidence: dict[str, int] = {}
    parts = ['{"facts": ']
    _facts_json_8c0d6ad(ev.facts, evidence, records._ENCODE, parts)
    parts += ', "evidence": ', records._ENCODE(list(evidence)), ', "report_facts": ', records._ENCODE(
        sorted(ev.report.facts))
    rest = records._ENCODE({"findings": [{k: getattr(f, k) for k in records._FINDING_FIELDS} for f in ev.findings],
                            "applicable": list(ev.applicable), "fired": ev.fired, "sha256": ev.report.sha256})
    parts += ", ", rest[1:-1], ', "sketch": ', records._ENCODE(list(ev.sketch)) if sketch is None else sketch, "}"
    text = "".join(parts)
    return records._compress(text.encode("utf-8"), 1)


_TEXT = st.sampled_from(["", "证据", "表三 新收 12", 'say "一"\n', "tab\there", "é", "𠀀", "\\", "\x00\x1f",
                        "x" * 401]) | st.text(max_size=12)
_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True, allow_infinity=True) | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3), max_leaves=6)
_NAME = st.sampled_from(["doc.year", "doc.agency", "requests.received", "table3.new.total", 'odd"name\\', "é", "𠀀",
                         ""]) | st.text(max_size=8)
_FINDING = st.builds(Finding, rule=_NAME, topic=_TEXT, title=_TEXT, basis=_TEXT, severity=_TEXT,
                     points=st.floats(-5, 5) | st.integers(-5, 5), evidence=_TEXT, veto=st.booleans(),
                     waived=st.none() | _TEXT, basis_status=_TEXT)


@st.composite
def _evaluations(draw) -> Evaluation:
    raw = draw(st.dictionaries(_NAME, st.tuples(_VALUE, _TEXT), max_size=12))
    facts = {k: Fact(v, e) for k, (v, e) in raw.items()}
    names = draw(st.lists(_NAME, max_size=8, unique=True))
    report = ParsedReport(draw(_TEXT), "ok", {n: Fact(1, "") for n in names},
                          sha256=draw(st.sampled_from(["", "ab" * 32])))
    sketch = draw(st.lists(st.integers(0, 2**32 - 1), max_size=6, unique=True))
    return Evaluation(report, facts, draw(st.lists(_FINDING, max_size=2)), draw(st.lists(_NAME, max_size=4)),
                      draw(st.lists(_NAME, max_size=3)), sketch=sketch)


@settings(max_examples=100, deadline=None)
@given(st.lists(_evaluations(), min_size=1, max_size=4), st.booleans())
def test_payload_is_8c0d6ads(evs, sketch_given):
    """The same bytes as the text joined and encoded: values of every JSON kind, names, evidence texts and findings
    that need escaping or hold characters beyond the BMP, evidence met before (kept) and longer than KEPT_CHARS,
    empty lists and dicts, the sketch's JSON given or made; each payload made twice."""
    for ev in evs + evs:
        sketch = records.sketch_json(ev) if sketch_given else None
        assert records.payload(ev, sketch) == _payload_8c0d6ad(ev, sketch)


@pytest.mark.parametrize("where", ["value", "evidence", "name", "report_fact", "finding"])
def test_payload_with_a_lone_surrogate_raises_8c0d6ads_error(where):
    """A lone surrogate anywhere: the same UnicodeEncodeError as the whole text's encoding raised (its message names
    the text and the place)."""
    odd = "前\ud800后"
    ev = Evaluation(ParsedReport("a.txt", "ok", {odd if where == "report_fact" else "doc.year": Fact(1, "")},
                                 sha256="ab"),
                    {odd if where == "name" else "x": Fact(odd if where == "value" else 1,
                                                           odd if where == "evidence" else "")},
                    [Finding("r", "t", odd if where == "finding" else "t", "b", "s", 1, "e")], ["r"], ["r"],
                    sketch=[3, 1])
    with pytest.raises(UnicodeEncodeError) as old:
        _payload_8c0d6ad(ev)
    with pytest.raises(UnicodeEncodeError) as new:
        records.payload(ev)
    assert repr(new.value) == repr(old.value)


def test_strings_json_past_the_kept_strings():
    """Past STRINGS_KEPT strings and past KEPT_CHARS characters: written, not kept, the same JSON; twice."""
    from engine.ingest.finish import KEPT_CHARS, STRINGS_KEPT, strings_json
    strings = [f"证据{i}" for i in range(STRINGS_KEPT + 50)] + ["长" * KEPT_CHARS, "长" * (KEPT_CHARS + 1), ""]
    for _ in range(2):
        for chunk in (strings, strings[-3:], strings[:1], []):
            parts: list[bytes] = []
            strings_json(chunk, parts)
            assert b"".join(parts) == records._ENCODE(chunk).encode("utf-8")


def test_payload_on_the_sample_reports():
    """The same bytes (and the same text, decompressed) on every sample report's evaluation, twice."""
    from engine.batch import Engine
    from engine.ingest import load
    from engine.parse import parse
    from engine.similarity import sketch
    evaluator = Engine.load().evaluator
    for p in sorted((Path(__file__).parents[1] / "reports").glob("*.txt")):
        for report in parse(load(p)):
            if report.status == "error":
                continue
            ev = evaluator.evaluate(report)
            ev.sketch = sketch(report.text)
            for _ in range(2):
                new, old = records.payload(ev, records.sketch_json(ev)), _payload_8c0d6ad(ev)
                assert new == old and zlib.decompress(new) == zlib.decompress(old)

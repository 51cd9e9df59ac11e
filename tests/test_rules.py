"""Every rule's examples, on both back ends, and the durable_rules compiler held to the Python oracle."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.facts import VOCABULARY
from engine.rules import condition as C
from engine.rules import load_rules
from engine.rules.basis import basis_for
from engine.rules.examples import example_report
from engine.rules.host import DurableRules
from engine.rules.runner import Evaluator

RULESET = load_rules()
EVALUATORS = {b: Evaluator(RULESET, b) for b in ("durable", "python")}
CASES = [(rule, i) for rule in RULESET.rules for i in range(len(rule.examples))]


def test_pack_has_real_coverage():
    packs = {r.pack for r in RULESET.rules}
    assert {"common", "gov2007", "gov2019", "format", "university"} <= packs
    assert len(RULESET.rules) >= 25
    topics = {r.topic for r in RULESET.rules}
    for topic in ("timeliness.annual_report", "content.missing_section", "content.missing_table",
                  "consistency.arithmetic", "quality.placeholder", "review.confidentiality",
                  "university.enrollment", "university.checklist", "fees.improper", "doc.not_annual_report"):
        assert topic in topics
    for rule in RULESET.rules:
        fires = [ex["fires"] for ex in rule.examples]
        assert True in fires and False in fires, f"{rule.id} needs a firing and a non-firing example"


@pytest.mark.parametrize("backend", ["durable", "python"])
@pytest.mark.parametrize(("rule", "index"), CASES, ids=[f"{r.id}#{i}" for r, i in CASES])
def test_example(rule, index, backend):
    example = rule.examples[index]
    ev = EVALUATORS[backend].evaluate(example_report(f"{rule.file}:{rule.example_lines[index]}", example))
    finding = next((f for f in ev.findings if f.rule == rule.id), None)
    assert (finding is not None) == example["fires"], f"{rule.file}:{rule.example_lines[index]}"
    if finding is not None:
        basis = basis_for(rule, ev.facts)  # the era's or kind's basis, with its status
        assert (finding.basis, finding.basis_status, finding.topic) == (basis.text, basis.status, rule.topic)
        assert finding.basis_status == "unverified" or finding.basis_source
        if "evidence" in example:
            assert example["evidence"] in finding.evidence


# ---- the compiled durable conditions agree with the plain-Python oracle on random facts ----

def _constants(field: str) -> list:
    out = []
    for rule in RULESET.rules:
        for leaf in C.leaves(rule.condition):
            if leaf[0] == "cmp" and leaf[1] == field:
                out += leaf[3] if isinstance(leaf[3], list) else [leaf[3]]
    return out


def _value_strategy(field: str):
    if field.startswith("text__"):
        return st.booleans()
    spec = VOCABULARY[C.fact_of(field)]
    consts = _constants(field)
    if spec.type == "bool":
        return st.booleans()
    if spec.type in ("int", "float"):
        near = [c + d for c in consts if isinstance(c, int | float) and not isinstance(c, bool) for d in (-1, 0, 1)]
        return st.one_of(st.integers(-400, 400), st.sampled_from(near or [0]))
    choices = list(spec.choices) + [c for c in consts if isinstance(c, str)]
    return st.sampled_from(choices or ["x"])


FIELDS = sorted(RULESET.fields)
ROWS = st.fixed_dictionaries({}, optional={f: _value_strategy(f) for f in FIELDS})
DURABLE = DurableRules([r.condition for r in RULESET.rules])


@settings(max_examples=130, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ROWS)
def test_durable_agrees_with_oracle(row):
    expected = [i for i, r in enumerate(RULESET.rules) if C.evaluate(r.condition, row)]
    assert DURABLE.fired(row) == expected


@settings(max_examples=150, deadline=None)
@given(st.fixed_dictionaries({f: _value_strategy(f) for f in FIELDS if f.startswith(("doc__", "derived__"))}))
def test_oracle_agrees_on_dense_rows(row):
    """Rows with every doc/derived field present reach deep into the applicability conditions."""
    expected = [i for i, r in enumerate(RULESET.rules) if C.evaluate(r.condition, row)]
    assert DURABLE.fired(row) == expected


def test_negation_is_pushed_to_leaves_with_absence_kept():
    cond = C.parse({"not": {"all": [{"fact": "doc.year", "gte": 2019}, {"text": "谁公开"}]}}, C.TextPatterns())
    assert C.evaluate(cond, {}) is True  # year absent: "year >= 2019" is false, so its negation holds
    assert C.to_durable(cond) == {"$or": [{"$or": [{"$nex": {"doc__year": 1}}, {"$lt": {"doc__year": 2019}}]},
                                          {"$or": [{"$nex": {"text__0": 1}}, {"$eq": {"text__0": False}}]}]}


def test_many_or_rules_firing_on_one_report_do_not_corrupt_the_engine() -> None:
    """One durable ruleset of 100 `$or` rules that all fire corrupted memory (free(): invalid pointer, or error
    303 on a university report missing most of the 清单); split into small rulesets it holds. Run in a child
    process, since the failure kills the interpreter."""
    script = (
        "from engine.rules.host import DurableRules\n"
        "from engine.rules import condition as C\n"
        "tp = C.TextPatterns()\n"
        "conds = [C.parse({'any': [{'fact': f'f.x{j}', 'eq': 1} for j in range(3)]}, tp) for _ in range(100)]\n"
        "d = DurableRules(conds)\n"
        "row = {f'f__x{j}': 1 for j in range(3)}\n"
        "print(*(len(d.fired(row)) for _ in range(3)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["100", "100", "100"]


def test_compiled_rules_start_no_background_threads() -> None:
    """durable's Host re-arms timer threads forever; the adapter's hosts must not (one per ruleset of 24)."""
    import threading
    before = threading.active_count()
    rules = DurableRules([r.condition for r in RULESET.rules])
    assert len(rules.definitions) > 1 and threading.active_count() == before


def test_text_patterns_found_in_one_pass_as_one_by_one() -> None:
    """The row's text fields come from one RE2::Set pass over the text; each must be what searching its own
    pattern gives, on the sample reports and on texts where few or none of the patterns occur (an empty answer
    from the set falls back to searching each pattern)."""
    from pathlib import Path

    from engine.ingest import load

    evaluator = EVALUATORS["durable"]
    texts = [load(p).text for p in sorted((Path(__file__).parents[1] / "reports").glob("*.txt"))[:6]]
    texts += ["", "短文，没有任何报告内容。", "保密审查 谁公开谁审查 依申请公开 " * 3]
    for text in texts:
        row = evaluator.row({}, text)
        expected = {f: p.search(text) is not None for f, p in evaluator._texts.items()}
        assert {f: row[f] for f in expected} == expected
    assert sum(evaluator.row({}, texts[0])[f] for f in evaluator._texts) > 0  # the set path, not only the fallback


# ---- each ruleset's answer kept per distinct fact ----

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ROWS, min_size=1, max_size=5), st.randoms(use_true_random=False))
def test_durable_answers_kept_per_fact(rows, rnd):
    """A batch's engine answers a row from what each ruleset fired on the same fact before: asked again in
    another order, with the row's fields in another order, every answer is still the oracle's."""
    durable = DurableRules([r.condition for r in RULESET.rules])
    asked = rows + [dict(rnd.sample(list(r.items()), len(r))) for r in rnd.sample(rows, len(rows))]
    for row in asked:
        assert durable.fired(row) == [i for i, r in enumerate(RULESET.rules) if C.evaluate(r.condition, row)]


def test_durable_answer_kept_is_not_asserted_again(monkeypatch):
    """The second report with the same facts costs no assert; one differing in a field of one ruleset costs
    one; at KEPT answers a ruleset keeps no more (its memory is bounded)."""
    from engine.rules import host
    durable = DurableRules([r.condition for r in RULESET.rules])
    calls = []
    real = host.native.assert_fact
    monkeypatch.setattr(host.native, "assert_fact", lambda h, fact: calls.append(fact) or real(h, fact))
    row = {"doc__year": 2023, "doc__kind": "government"}
    first = durable.fired(row)
    assert len(calls) == len(durable._handles)
    assert all('"sid": ' in c and c.index('"xxgk_report": 1') < c.index('"sid"') for c in calls)
    assert durable.fired(dict(reversed(row.items()))) == first and len(calls) == len(durable._handles)
    field = next(f for f in durable._fields[-1] if sum(f in fs for fs in durable._fields) == 1)
    durable.fired({**row, field: 7})
    assert len(calls) == len(durable._handles) + 1
    monkeypatch.setattr(DurableRules, "KEPT", 0)
    fresh = DurableRules([r.condition for r in RULESET.rules])
    fresh.fired(row)
    fresh.fired(row)
    assert all(not a for a in fresh._answers)


_MIXED = st.sampled_from([True, False, 1, 0, 1.0, 0.0, -0.0, 2, "1", "", None, [1], [], 10**30])


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(st.sampled_from(FIELDS), _MIXED, max_size=12), min_size=1, max_size=6),
       st.randoms(use_true_random=False))
def test_durable_answers_kept_by_value_and_type_are_the_json_answers(rows, rnd):
    """A ruleset's answer is kept under the fact's values and types when they spell its JSON exactly: a row
    whose value differs only in type (True, 1, 1.0, "1"), or a field absent against None, is asserted anew;
    every answer, first or kept, is the one the fact's JSON gets from a fresh engine."""
    from engine.rules import host
    kept = DurableRules([r.condition for r in RULESET.rules])
    asked = rows + [dict(rnd.sample(list(r.items()), len(r))) for r in rnd.sample(rows, len(rows))]
    for row in asked:
        expected = []
        for i, (handle, fields) in enumerate(zip(DURABLE._handles, DURABLE._fields, strict=True)):
            expected += [j for j in DURABLE._assert(handle, host._fact_json(row, fields), f"t{i}")]
        assert kept.fired(row) == sorted(set(expected))


def test_durable_answers_typed_keys_tell_true_from_one(monkeypatch):
    """A kept answer for True is not given for 1, nor one for a None field for an absent one."""
    from engine.rules import host
    durable = DurableRules([r.condition for r in RULESET.rules])
    field = durable._fields[0][0]
    calls = []
    real = host.native.assert_fact
    monkeypatch.setattr(host.native, "assert_fact", lambda h, fact: calls.append(fact) or real(h, fact))
    for value in (True, 1, 1.0, None):
        before = len(calls)
        durable.fired({field: value})
        durable.fired({field: value})
        assert len(calls) > before  # asserted the first time only
        assert any(host._ENCODE(value) in c for c in calls[before:])
    before = len(calls)
    durable.fired({})
    assert len(calls) > before


# ---- an int a ruleset only compares with numbers is keyed by its band ----

def _banded_field() -> tuple[int, str, list]:
    """A ruleset, a field of it that takes a band, and the constants its rules compare that field with."""
    for k, bands in enumerate(DURABLE._bands):
        for i, tests in bands:
            consts = sorted({c for _, c in tests})
            if consts and all(isinstance(c, int) for c in consts):
                return k, DURABLE._fields[k][i], consts
    raise AssertionError("no ruleset compares an int field with numbers only")


def test_durable_int_in_one_band_is_asserted_once(monkeypatch):
    """Two reports whose count differs but lies on the same side of every constant the ruleset compares it with
    cost one assert; a count across a constant costs another; each answer is the one its own fact's JSON gets."""
    from engine.rules import host
    k, field, consts = _banded_field()
    durable = DurableRules([r.condition for r in RULESET.rules])
    calls = []
    real = host.native.assert_fact
    monkeypatch.setattr(host.native, "assert_fact", lambda h, fact: calls.append(h) or real(h, fact))
    top = max(consts)
    for value in (top + 5, top + 900, top + 10**6):  # above every constant: one band
        row = {"doc__year": 2023, field: value}
        got = durable.fired(row)
        fresh = sorted({j for i, (h, fs) in enumerate(zip(DURABLE._handles, DURABLE._fields, strict=True))
                        for j in DURABLE._assert(h, host._fact_json(row, fs), f"b{i}")})
        assert got == fresh
    assert calls.count(durable._handles[k]) == 1
    durable.fired({"doc__year": 2023, field: min(consts) - 1})  # below every constant: another band
    assert calls.count(durable._handles[k]) == 2
    durable.fired({"doc__year": 2023, field: 2 ** 53 + 7})  # too large to band: keyed by itself
    durable.fired({"doc__year": 2023, field: 2 ** 53 + 8})
    assert calls.count(durable._handles[k]) == 4


def test_bands_only_for_fields_compared_with_numbers():
    """A field compared with a string, a bool or a list (`in`) anywhere in the ruleset is keyed by its value."""
    from engine.rules import host
    tp = C.TextPatterns()
    conds = [C.parse(spec, tp) for spec in (
        {"all": [{"fact": "a.n", "gt": 3}, {"fact": "a.n", "lte": 10.5}, {"fact": "a.n", "exists": True}]},
        {"fact": "a.s", "gt": 3}, {"fact": "a.s", "eq": "x"},
        {"fact": "a.b", "eq": True}, {"fact": "a.l", "in": [1, 2]}, {"text": "某词"})]
    fields = tuple(sorted({leaf[1] for c in conds for leaf in C.leaves(c)}))
    bands = host.numeric_bands(fields, conds)
    assert [(fields[i], [(t.__name__, c) for t, c in tests]) for i, tests in bands] == [
        ("a__n", [("gt", 3), ("le", 10.5)])]
    values = tuple(range(len(fields)))
    assert host.banded(values, bands)[fields.index("a__n")] == (values[fields.index("a__n")] > 3, True)
    assert host.banded((True,) * len(fields), bands) == (True,) * len(fields)  # a bool is not banded


_BANDED = sorted({DURABLE._fields[k][i] for k, bands in enumerate(DURABLE._bands) for i, _ in bands})
_NEAR = sorted({c + d for f in _BANDED for c in _constants(f) if type(c) is int for d in (-1, 0, 1)})
_INTS = st.one_of(st.integers(-3, 400), st.sampled_from(_NEAR),
                  st.sampled_from([2 ** 53 - 1, 2 ** 53, -(2 ** 53) + 1, 10 ** 30]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ROWS, st.lists(st.tuples(st.sampled_from(_BANDED), _INTS), min_size=1, max_size=12))
def test_durable_banded_answers_are_the_json_answers(base, changes):
    """Every answer given from a band (first or kept) is the one the row's own JSON gets from durable: rows that
    differ from a drawn row in one int field each, so that a kept answer is asked for."""
    from engine.rules import host
    kept = DurableRules([r.condition for r in RULESET.rules])
    rows = [base] + [{**base, f: v} for f, v in changes]
    for row in rows + rows[::-1]:
        expected = {j for i, (h, fs) in enumerate(zip(DURABLE._handles, DURABLE._fields, strict=True))
                    for j in DURABLE._assert(h, host._fact_json(row, fs), f"p{i}")}
        assert kept.fired(row) == sorted(expected)

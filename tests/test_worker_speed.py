"""Speed-only rewrites of a batch worker's and parent's steps give what the plain forms gave (issue 17, a6-batch).

Each test holds a fast form against the straightforward one it replaced, on inputs built from the characters
that decide the outcome."""

from __future__ import annotations

import importlib
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import engine.facts as facts_spec
from engine.parse.tables import T3_FACT_NAMES

N = importlib.import_module("engine.ingest.normalise")  # the module (engine.ingest re-exports the function)

# the characters whose handling the fast paths decide: spaces of every kind, newlines, full-width forms, commas
# between digits, Han characters, circled numbers (NFKC proper)
TRICKY = list(" \n\t\x0b\x1f\x85\xa0\u1680\u2003\u202f\u3000，（）：；！Ａａ１９,.0123456789年月共件①㈠é")


def _nfkc_plain(text: str) -> str:
    """_nfkc as it was: the five commonest by str.replace, every other wide form by the table, then NFKC."""
    for wide in "，（）：；":
        if wide in text:
            text = text.replace(wide, N._NARROW[wide])
    text = N._WIDE.sub(lambda m: N._NARROW[m.group()], text)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def _spaces_plain(text: str) -> str:
    """normalise's whitespace step as it was: any run of whitespace other than a newline becomes one space."""
    if "  " in text or re.search(r"[^\S\n ]", text):
        text = re.sub(r"[^\S\n]+", " ", text)
    return text


def _spaces_fast(text: str) -> str:
    if any(c in text for c in N._NOT_A_SPACE):
        return N._SPACES.sub(" ", text)
    return N._collapse_space_runs(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TRICKY), max_size=40).map("".join))
def test_nfkc_and_the_space_step_are_unchanged(text):
    assert N._nfkc(text) == _nfkc_plain(text)
    assert _spaces_fast(text) == _spaces_plain(text)
    assert N._collapse_space_runs(text) == N._SPACE_RUN.sub(" ", text)
    assert bool(N._DIGIT_COMMA_DIGIT.search(text)) == bool(re.search(r"[0-9],[0-9]", text))


def test_space_runs_of_every_length_collapse_as_the_pattern_does():
    for n in range(1, 140):
        text = f"表{' ' * n}5{' ' * (n // 3)}0 \n{' ' * (n % 7)}"
        assert N._collapse_space_runs(text) == N._SPACE_RUN.sub(" ", text)


def test_every_other_space_is_looked_for():
    """_NOT_A_SPACE lists every character `\\s` matches but " " and the newline (all lie below U+3001)."""
    spaces = {chr(c) for c in range(0x110000) if re.match(r"\s", chr(c))} - {" ", "\n"}
    assert spaces == set(N._NOT_A_SPACE)


def test_normalise_still_folds_spaces_and_wide_forms():
    assert N.normalise("２０２４年\u3000 共  收到\t申请 １,２３６ 件") == "2024年共收到申请1236件"
    assert N.normalise("申请数量  95   0\xa00  95") == "申请数量 95 0 0 95"


def _possible_plain(rules, profile, ev):
    """scoring's applicable points and not-applicable list as worked out for every card before the cache."""
    from collections import defaultdict

    from engine.rules.basis import basis_for
    from engine.scoring import _counted, _effective, capped_total
    counted = _counted(rules, profile)
    applicable = set(ev.applicable)
    possible: dict[str, float] = defaultdict(float)
    for rule in counted:
        if rule.id in applicable:
            possible[rule.topic] += _effective(rule, profile, basis_for(rule, ev.facts).status)[0]
    return capped_total(possible, profile)[0], sorted(r.id for r in counted if r.id not in applicable)


def test_the_applicable_points_cache_answers_as_the_full_computation(tmp_path):
    """Every sample report under every shipped profile, and one whose kind or year differs: the cached answer is
    the one worked out in full, and a changed kind or year is not served another report's answer."""
    import dataclasses
    from pathlib import Path

    from engine import scoring
    from engine.batch import Engine
    from engine.ingest import load
    from engine.model import Fact
    from engine.parse import parse

    engine = Engine.load()
    rules = engine.ruleset.by_id()
    reports = sorted(Path(__file__).resolve().parents[1].joinpath("reports").glob("*.txt"))[:8]
    evaluations = [engine.evaluator.evaluate(r) for path in reports for r in parse(load(path))]
    variants = []
    for ev in evaluations:
        for kind, year in (("university_annual", 2016), ("government_annual", 2017), (None, None)):
            facts = dict(ev.facts, **{"doc.kind": Fact(kind, ""), "doc.year": Fact(year, "")})
            variants.append(dataclasses.replace(ev, facts=facts))
    scoring._POSSIBLE.clear()
    seen = 0
    for profile in engine.profiles.by_name.values():
        for ev in [*evaluations, *variants, *evaluations]:  # the second pass is served from the cache
            assert scoring._possible(rules, profile, ev) == _possible_plain(rules, profile, ev)
            seen += 1
    assert seen > 50 and len(scoring._POSSIBLE) < seen


def test_the_cross_year_checks_read_the_rules_fields_only():
    """attach's part of the row decides every history rule as the full row does, on the sample reports with the
    history facts set to values on both sides of the rules' thresholds."""
    from pathlib import Path

    from engine import crossyear
    from engine.batch import Engine
    from engine.ingest import load
    from engine.model import Fact
    from engine.parse import parse
    from engine.rules import condition as C

    engine = Engine.load()
    checks = crossyear.Checks(engine.evaluator, [], {})
    assert checks.rules and len(checks._read) < len(checks._fields)
    reports = sorted(Path(__file__).resolve().parents[1].joinpath("reports").glob("*.txt"))[:6]
    decided = set()
    for ev in (engine.evaluator.evaluate(r) for path in reports for r in parse(load(path))):
        for value in (0, 1, 2, 3, 5, 0.5, 0.95):
            facts = dict(ev.facts)
            for name in ("history.repeat_streak", "history.carryover_gap", "history.figures_unchanged",
                         "history.text_resemblance", "history.peer_resemblance"):
                facts[name] = Fact(value, "")
            full = checks.row(facts)
            part = {f: facts[name].value for f, name in checks._read if name in facts} | checks._read_blank
            for rule in checks.rules:
                verdict = C.evaluate(rule.condition, part)
                assert verdict == C.evaluate(rule.condition, full)
                decided.add((rule.id, verdict))
    assert {v for _, v in decided} == {True, False}


def _detect_by_charset_normalizer(data: bytes):
    """text.detect's answer for non-UTF-8 bytes as it was: charset-normalizer among the candidates, every time."""
    from charset_normalizer import from_bytes

    from engine.ingest import text as T
    for match in from_bytes(data, cp_isolation=list(T.CANDIDATES), threshold=float("inf")):
        if T.plausible_chinese(str(match)):
            return str(match), match.encoding
    return None


_GBK = "\n".join(
    "本机关全年主动公开政府信息1236条，其中规范性文件×件；收到政府信息公开申请95件，均在法定期限内答复。"
    for _ in range(4)).encode("gbk")
_BIG5 = "本機關全年主動公開政府資訊，收到申請件數十二件，均依法答覆。".encode("big5")


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(_GBK)), st.integers(1, len(_GBK)), st.sampled_from(["", "big5 first", "big5 after",
                                                                              "utf-8 inside"]))
def test_gb18030_without_asking_charset_normalizer_reads_the_same(start, size, mix):
    """Pieces of a GBK text (cut anywhere: a broken last character too), alone or with Big5 or UTF-8 bytes around
    them: detect's answer is the one charset-normalizer gave, whether or not the fast path takes them."""
    from engine.ingest import text as T
    data = _GBK[start:start + size]
    data = {"big5 first": _BIG5 + data, "big5 after": data + _BIG5,
            "utf-8 inside": data[:20] + "政府信息".encode() + data[20:]}.get(mix, data)
    try:
        data.decode("utf-8")
        return  # UTF-8 is read before either
    except UnicodeDecodeError:
        pass
    assert T.detect(data) == _detect_by_charset_normalizer(data)


def test_gbk_and_big5_reports_are_told_apart():
    from engine.ingest import text as T
    assert T.detect(_GBK) == (_GBK.decode("gb18030"), "gb18030")
    assert T.detect(_BIG5 * 4) == _detect_by_charset_normalizer(_BIG5 * 4)


def test_the_applicable_rules_kept_per_distinct_input_answer_as_each_rule_asked():
    """Evaluator.applicable keeps the ids per distinct value of the fields applies_to reads (a8-worker): on rows
    asked in random order, with values of every type those fields could hold (True is 1 to a dict, not to an
    ordering), absent fields and fields applies_to does not read, it answers what each rule's applies_to says."""
    import random

    from engine.rules import condition as C
    from engine.rules import load_rules
    from engine.rules.runner import Evaluator

    ruleset = load_rules()
    evaluator = Evaluator(ruleset, backend="python")
    assert set(evaluator._applies_fields) >= {"doc__kind", "doc__year"}
    pools = {
        "doc__kind": ["government_annual", "university_annual", "other", 1, None],
        "doc__level": ["township", "county", "university", "department", 0],
        "doc__status": ["ok", "not_a_report", "error", True],
        "doc__year": [2009, 2010, 2013, 2018, 2019, 2021, 2019.0, 2018.5, True, 1, False, 0, "2019", None],
        "requests__received": [0, 5, None],
    }
    rng = random.Random(7)
    asked = 0
    for _ in range(3000):
        row = {f: rng.choice(values) for f, values in pools.items() if rng.random() < 0.85}
        expected = tuple(r.id for r in ruleset.rules if C.evaluate(r.applicability, row))
        assert evaluator.applicable(row) == expected, row
        asked += 1
    assert 0 < len(evaluator._applicable) < asked  # kept, and reused
    unhashable = {"doc__kind": "government_annual", "doc__year": [2019]}
    assert evaluator.applicable(unhashable) == tuple(
        r.id for r in ruleset.rules if C.evaluate(r.applicability, unhashable))


# derive's 表三/表四 grid (a10-after): grids() against engine.parse.tables.grids_from_facts, the loop over every fact
_T3_NAMES = sorted(n for cols in T3_FACT_NAMES.values() for n in cols.values())
_T4_NAMES = [f"table4.{b}.{c}" for b in facts_spec.T4_BLOCKS for c in facts_spec.T4_COLUMNS]
_OTHER_NAMES = ["doc.year", "requests.received", "table2.rules.issued", "tables.requests_layout", "xtable3.new.total",
                "table3.new", "table3.made.up", "table4.review.made_up", "table4.x", "table3..", "a\ntable3.new.total"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_T3_NAMES), max_size=60),
       st.one_of(st.just(set(_T4_NAMES)), st.sets(st.sampled_from(_T4_NAMES))),
       st.lists(st.sampled_from(_OTHER_NAMES), max_size=3), st.sampled_from(["trial", "2021", "total_only", None]),
       st.randoms(use_true_random=False))
def test_the_table_grids_from_names_answer_as_the_loop_over_every_fact(t3, t4, other, layout, rnd):
    from engine.derive import grids
    from engine.model import Fact
    from engine.parse.tables import grids_from_facts, t3_failures
    names = [*t3, *sorted(t4), *other]
    rnd.shuffle(names)
    facts = {n: Fact(rnd.randint(0, 9), "") for n in names}
    if layout:
        facts["tables.requests_layout"] = Fact(layout, "")
    try:
        expected = grids_from_facts(facts)
    except ValueError:  # a table3. name that is not row.column: the loop's own error, raised the same
        with pytest.raises(ValueError):
            grids(facts)
        return
    got = grids(facts)
    assert got == expected
    if got[0]:
        assert t3_failures(got[0], got[1]) == t3_failures(*expected[:2])


def test_derive_counts_the_table_identities_from_the_grid():
    from engine.derive import _identities
    from engine.model import Fact
    from engine.parse.tables import T3_FACT_NAMES
    facts = {name: Fact(1, "") for key in ("new", "carried_over", "total", "carried_forward")
             for name in T3_FACT_NAMES[key].values()}
    _identities(facts)  # 1 + 1 != 1 + 1 holds: balanced; the columns' total 1 is not the sum 6 of its parts
    assert facts["derived.t3_balance_mismatch"].value == 0
    assert facts["derived.t3_columns_mismatch"].value == 4


def test_a_workers_history_from_the_slim_facts_is_the_full_evaluations():
    """A worker's steps make the store's history column from the slim facts (a10-after): the same text as from
    every fact, and the payload the same as made from the full evaluation."""
    import zlib
    from datetime import date
    from pathlib import Path

    from engine.batch import GROUP, Engine, _in_process
    from engine.ingest.submissions import SubmissionLog
    from engine.pipeline import parse_file
    from engine.records import history_payload, payload
    from engine.similarity import sketch
    engine = Engine.load()
    files = sorted((Path(__file__).parents[1] / "reports").glob("*.txt"))[:8]
    checked = 0
    setup = {"engine": engine, "log": SubmissionLog(), "today": date(2026, 12, 1), "with_store": True}
    results = dict(_in_process(iter(map(str, files)), GROUP, setup))
    for path in files:
        for report, item in zip(parse_file(path), results[str(path)], strict=True):
            ev = engine.evaluator.evaluate(report)
            ev.sketch = sketch(report.text)
            row, history = payload(ev), history_payload(ev)
            assert item.history == history
            assert zlib.decompress(item.stored) == zlib.decompress(row)
            checked += '"requests.received"' in history
    assert checked  # reports whose history holds a cross-year figure, not only doc.* facts


def test_the_payload_is_the_plain_json_of_its_fields():
    """records.payload writes fact pairs as tuples with an encoder that skips the circular check (a12-parse): the
    text is json.dumps's of the same fields with lists, for every report of reports/ and made-up values of every
    JSON kind (nested lists and dicts, None, floats, text that needs escaping)."""
    import json
    import zlib
    from pathlib import Path

    from engine.batch import Engine
    from engine.model import Fact
    from engine.pipeline import parse_file
    from engine.records import _FINDING_FIELDS, payload
    from engine.similarity import sketch

    def plain(ev) -> bytes:
        evidence: dict[str, int] = {}
        made = {k: [f.value, evidence.setdefault(f.evidence, len(evidence))] for k, f in ev.facts.items()}
        return json.dumps({
            "facts": made, "evidence": list(evidence), "report_facts": sorted(ev.report.facts),
            "findings": [{k: getattr(f, k) for k in _FINDING_FIELDS} for f in ev.findings],
            "applicable": list(ev.applicable), "fired": ev.fired, "sha256": ev.report.sha256,
            "sketch": list(ev.sketch)}, ensure_ascii=False).encode("utf-8")

    engine = Engine.load()
    checked = 0
    for path in sorted((Path(__file__).parents[1] / "reports").glob("*.txt")):
        for report in parse_file(path):
            if report.status == "error":
                continue
            ev = engine.evaluator.evaluate(report)
            ev.sketch = sketch(report.text)
            assert zlib.decompress(payload(ev)) == plain(ev)
            ev.facts = {**ev.facts, "x.nested": Fact([1, [2.5, None], {"a": ["b", True]}], 'say "一"\n\t\\'),
                        "x.empty": Fact([], ""), "x.float": Fact(1e300, "浮点"), "x.none": Fact(None, "")}
            assert zlib.decompress(payload(ev)) == plain(ev)
            checked += 1
    assert checked >= 10


def test_the_payload_is_a_zlib_stream_made_by_isal_where_installed():
    """records.payload compresses with python-isal's deflate where it imports (a13-speed), else with zlib: either
    way a zlib stream that zlib.decompress reads back to the same JSON text (the store and every reader use zlib)."""
    import importlib
    import json
    import sys
    import zlib

    from engine import records

    text = json.dumps({"facts": {"requests.received": [12, 0]}, "evidence": ["共收到申请12件"] * 40,
                       "sketch": list(range(0, 10**9, 3_900_001))}, ensure_ascii=False).encode("utf-8")
    try:
        from isal import isal_zlib
    except ImportError:
        isal_zlib = None
    if isal_zlib is not None:
        assert records._compress is isal_zlib.compress
        assert records._compress(text, 1) != zlib.compress(text, 1)  # ISA-L's own stream
    assert zlib.decompress(records._compress(text, 1)) == text
    # without python-isal (an install without the dependency): zlib's, the same text
    names = ("isal", "isal.isal_zlib")
    keep = {name: sys.modules.get(name) for name in names}
    for name in names:
        sys.modules[name] = None  # type: ignore[assignment]  # (an import of it raises ImportError)
    try:
        fallback = importlib.reload(records)
        assert fallback._compress is zlib.compress
        assert zlib.decompress(fallback._compress(text, 1)) == text
    finally:
        for name, module in keep.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module
        importlib.reload(records)

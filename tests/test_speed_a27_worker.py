"""a27-worker: the payload's names and derive's grids, cheaper forms held against the forms they replace
(bench/README.md "a27-worker")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from engine import derive as D
from engine import records
from engine.model import Fact
from engine.parse.tables import T3_FACT_NAMES, T4_BLOCKS, T4_COLUMNS, grids_from_facts

# ---- the payload's report_facts: kept per list of names


def _names_9267251(facts: dict[str, Fact]) -> bytes:
    """engine/records.py's report_facts as of 9267251: the names sorted and written for every report (in UTF-8 since
    a28-finish)."""
    return records._ENCODE(sorted(facts)).encode("utf-8")


_NAME = st.sampled_from(["doc.year", "doc.agency", "requests.received", "table3.new.total", 'odd"name\\', "tab\tname",
                         "é", "x.1", "𠀀", ""]) | st.text(max_size=8)


@settings(max_examples=130, deadline=None)
@given(st.lists(st.lists(_NAME, max_size=12, unique=True), min_size=1, max_size=6), st.randoms())
def test_report_facts_json_is_9267251s(lists, rnd):
    """The same JSON as sorting and writing the names, for lists met again (kept), the same names in another order
    (another key, the same text), and names that need escaping."""
    for names in lists + lists:
        shuffled = list(names)
        rnd.shuffle(shuffled)
        for order in (names, shuffled):
            facts = {n: Fact(1, "") for n in order}
            assert records._names(facts) == _names_9267251(facts)


def test_report_facts_kept_up_to_the_bound(monkeypatch):
    """Lists past NAMES_KEPT are written, not kept."""
    monkeypatch.setattr(records, "_NAMES", {})
    for i in range(records.NAMES_KEPT + 5):
        facts = {f"n{i}": Fact(1, ""), "a": Fact(2, "")}
        assert records._names(facts) == _names_9267251(facts)
    assert len(records._NAMES) == records.NAMES_KEPT


# ---- derive's grids: how a list of names reads into them, kept per list


def _grids_9267251(facts: dict[str, Fact]) -> tuple[dict[str, dict[str, float]], bool, list[float]]:
    """engine/derive.py's grids as of 9267251: the names counted, the cells found by a set intersection."""
    names = "\n" + "\n".join(facts)
    n3, n4 = names.count("\ntable3."), names.count("\ntable4.")
    layout = facts.get("tables.requests_layout")
    trial = bool(layout and layout.value == "trial")
    if not n3 and not n4:
        return {}, trial, []
    cells = {name: (row, col) for row, cols in T3_FACT_NAMES.items() for col, name in cols.items()}
    t4_names = tuple(f"table4.{b}.{c}" for b in T4_BLOCKS for c in T4_COLUMNS)
    known = facts.keys() & cells.keys()
    t4 = [facts[name].value for name in t4_names if name in facts] if n4 else []
    if len(known) != n3 or len(t4) != n4:
        return grids_from_facts(facts)
    grid: dict[str, dict[str, float]] = {}
    for name in known:
        row, col = cells[name]
        grid.setdefault(row, {})[col] = facts[name].value
    return grid, trial, t4 if len(t4) == len(t4_names) else []


_T3 = sorted(name for cols in T3_FACT_NAMES.values() for name in cols.values())
_T4 = [f"table4.{b}.{c}" for b in T4_BLOCKS for c in T4_COLUMNS]
_OTHER = ["doc.year", "requests.received", "tables.requests_layout", "table3.new.odd", "table3.x.y", "table4.z",
          "xtable3.new.total", "table30.a.b"]


def _as_sorted(got: tuple[dict[str, dict[str, float]], bool, list[float]]) -> tuple:
    """A grid by its keys and values (t3_failures reads it by key): rows and cells in any order."""
    grid, trial, t4 = got
    return {row: sorted(cells.items()) for row, cells in grid.items()}, trial, t4


@settings(max_examples=160, deadline=None)
@given(st.sets(st.sampled_from(_T3)) | st.just(set(_T3)), st.sets(st.sampled_from(_T4)) | st.just(set(_T4)),
       st.lists(st.sampled_from(_OTHER), unique=True, max_size=3), st.sampled_from(["trial", "2021", None]),
       st.randoms(), st.integers(1, 3))
def test_grids_are_9267251s(t3, t4, other, layout, rnd, times):
    """The same grid (by key), layout flag and 表四 values as the set intersection's: whole and partial 表三 and 表四,
    none of either, names the parser does not write (grids_from_facts then), in any order, and lists met again."""
    names = [*t3, *t4, *other]
    rnd.shuffle(names)
    facts = {n: Fact(rnd.randint(0, 99), "") for n in names}
    if layout is not None:
        facts["tables.requests_layout"] = Fact(layout, "")
    for _ in range(times):
        assert _as_sorted(D.grids(facts)) == _as_sorted(_grids_9267251(facts))


def test_grids_on_the_sample_reports():
    """The same grids on every sample report's facts and derived facts, twice (the second time from the kept plan)."""
    from pathlib import Path

    from engine.ingest import load
    from engine.parse import parse
    for p in sorted((Path(__file__).parents[1] / "reports").glob("*.txt")):
        for report in parse(load(p)):
            for facts in (report.facts, D.derive(report)):
                for _ in range(2):
                    assert _as_sorted(D.grids(facts)) == _as_sorted(_grids_9267251(facts))


def test_grid_plans_kept_up_to_the_bound(monkeypatch):
    """Lists past PLANS_KEPT are read, not kept."""
    monkeypatch.setattr(D, "_PLANS", {})
    for i in range(D.PLANS_KEPT + 5):
        facts = {f"n{i}": Fact(1, ""), _T3[0]: Fact(i, "")}
        assert _as_sorted(D.grids(facts)) == _as_sorted(_grids_9267251(facts))
    assert len(D._PLANS) == D.PLANS_KEPT


# ---- the payload's facts: each name's opening and each evidence number's closing kept


def _facts_json_9267251(facts: dict[str, Fact], evidence: dict[str, int], encode, parts: list[str]) -> None:
    """engine/ingest/finish.py's facts_json as of 9267251: six pieces a fact."""
    from json.encoder import encode_basestring
    if not facts:
        parts.append("{}")
        return
    parts.append("{")
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
        at = evidence.get(f.evidence)
        if at is None:
            at = len(evidence)
            evidence[f.evidence] = at
        parts += encode_basestring(k), ": [", text, ", ", str(at), "], "
    parts[-1] = "]}"


_VALUE = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=6) | st.lists(
    st.integers(), max_size=2)
_SAID = st.sampled_from(["", "证据", "表三", 'say "一"\n']) | st.text(max_size=4)


@settings(max_examples=130, deadline=None)
@given(st.lists(st.dictionaries(_NAME, st.tuples(_VALUE, _SAID), max_size=10), min_size=1, max_size=4),
       st.dictionaries(_SAID, st.integers(0, 3), max_size=3))
def test_facts_json_is_9267251s(dicts, seen):
    """The same text and evidence numbering as six pieces a fact: names met before (kept openings), evidence numbers
    met before (kept closings) and new, evidence already numbered by an earlier part of the payload."""
    from engine.ingest.finish import facts_json
    for raw in dicts + dicts:
        facts = {k: Fact(v, e) for k, (v, e) in raw.items()}
        new_ev, old_ev = dict(seen), dict(seen)
        new: list[bytes] = []
        old: list[str] = []
        facts_json(facts, new_ev, records._ENCODE, new)
        _facts_json_9267251(facts, old_ev, records._ENCODE, old)
        assert new_ev == old_ev
        assert b"".join(new).decode("utf-8") == "".join(old) == records._ENCODE({k: (f.value, old_ev[f.evidence])
                                                                for k, f in facts.items()})


def test_facts_json_past_the_kept_numbers_and_names():
    """Past KEYS_KEPT evidence numbers and names: written, not kept, the same text."""
    from engine.ingest.finish import KEYS_KEPT, facts_json
    facts = {f"n{i}": Fact(i, f"e{i}") for i in range(KEYS_KEPT + 50)}
    for _ in range(2):
        new: list[bytes] = []
        old: list[str] = []
        facts_json(facts, {}, records._ENCODE, new)
        _facts_json_9267251(facts, {}, records._ENCODE, old)
        assert b"".join(new).decode("utf-8") == "".join(old)


def test_facts_json_ints_around_the_kept_ones():
    """Ints from the kept list and past it, negative ones, bools (not ints), written as the encoder writes them."""
    from engine.ingest.finish import INTS_KEPT, facts_json
    values = [*range(-3, 40), *range(INTS_KEPT - 40, INTS_KEPT + 40), 2**62, 2**64 + 1, -(2**70), True, False]
    facts = {f"n{i}": Fact(v, "") for i, v in enumerate(values)}
    new: list[bytes] = []
    facts_json(facts, {}, records._ENCODE, new)
    assert b"".join(new).decode("utf-8") == records._ENCODE({k: (f.value, 0) for k, f in facts.items()})


# ---- the sketch: each line masked and hashed once in a process, a line met before by its hash kept


def _sketch_9267251(text: str) -> list[int]:
    """engine/similarity.py's sketch as of 9267251: the whole text masked, then split, every line hashed."""
    import hashlib

    from engine.similarity import DIGITS, END_MARKS, MAX_NUMBERS, MIN_CHARS, SIZE
    masked = DIGITS.sub("#", text).replace(" ", "").replace("\t", "")
    for mark in END_MARKS:
        masked = masked.replace(mark, "\n")
    kept = {line for line in masked.split("\n") if len(line) >= MIN_CHARS and line.count("#") <= MAX_NUMBERS}
    return sorted({int.from_bytes(hashlib.blake2b(line.encode("utf-8"), digest_size=4).digest(), "big")
                   for line in kept})[:SIZE]


# stock sentences, numbers (with "." and other scripts' digits), spaces and tabs around them, every end mark, lines
# near MIN_CHARS and MAX_NUMBERS, beyond-BMP characters
_SKETCH_PIECES = ["本机关全年共收到政府信息公开申请", "2023", "1.5", "3.", ".7", "١٢", "０", "𝟎", " ", "\t", "\n",
                  "。", ";", "!", "?", "件", "年", "𠀀", "a", "#", "公开", "依申请公开", "办理结果总计"]


@settings(max_examples=160, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_SKETCH_PIECES), max_size=60).map("".join), min_size=1, max_size=4))
def test_sketch_is_9267251s(texts):
    """The same sketch as masking the whole text: for texts and lines met again (kept), lines masked together, numbers
    beside spaces, tabs and marks, lines near the bounds, and more than SIZE lines."""
    from engine.similarity import sketch
    for text in texts + texts + ["\n".join(texts) * 30]:
        assert sketch(text) == _sketch_9267251(text)


def test_sketch_on_the_sample_reports():
    """The same sketch as masking the whole text on every sample report, twice (the second from the kept lines)."""
    from pathlib import Path

    from engine.ingest import load
    from engine.similarity import sketch
    for p in sorted((Path(__file__).parents[1] / "reports").glob("*.txt")):
        text = load(p).text
        for _ in range(2):
            assert sketch(text) == _sketch_9267251(text)


def test_sketch_lines_and_hashes_kept_up_to_their_bounds():
    """Lines past LINES_KEPT and HASHES_KEPT are masked and hashed, not kept, with the same sketch."""
    from engine.ingest import finish as F
    from engine.similarity import sketch
    F._LINES.clear()
    F._HASHES.clear()
    # distinct lines of 12 characters and no digit, then the same with a figure in each (left out once masked)
    lines = ["这是一句足够长的话" + chr(0x4E00 + i // 1000) + chr(0x4E00 + i % 1000) + "啊"
             for i in range(max(F.LINES_KEPT, F.HASHES_KEPT) + 50)]
    text = "\n".join(lines + [f"第{i}行的一句话" for i in range(50)])
    for _ in range(2):
        assert sketch(text) == _sketch_9267251(text)
    assert len(F._LINES) == F.LINES_KEPT
    assert len(F._HASHES) == F.HASHES_KEPT


# ---- the rules' applies_to kept per band of doc.year

_EVALUATOR = None


def _evaluator():
    global _EVALUATOR
    if _EVALUATOR is None:
        from engine.batch import Engine
        _EVALUATOR = Engine.load().evaluator
    return _EVALUATOR


_YEAR = (st.integers(2005, 2030) | st.sampled_from([2**53 - 1, 2**53, -(2**53), 10**30, True, False, None, "2020",
                                                     2019.5, 2020.0, float("nan"), [2020]]))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.fixed_dictionaries({}, optional={
    "doc__kind": st.sampled_from(["government_annual", "university_annual", "template", 1]),
    "doc__level": st.sampled_from(["township", "county", "university", "department"]),
    "doc__status": st.sampled_from(["ok", "not_a_report", "error"]),
    "doc__year": _YEAR}), min_size=1, max_size=8))
def test_applicable_is_each_rows_own(rows):
    """The kept applicable ids (a year keyed by its band) are those applies_to gives on each row itself: years
    around every constant, bools, floats, ints past 2**53, unhashable values, absent fields."""
    ev = _evaluator()
    for row in rows + rows:
        assert ev.applicable(row) == ev._applicable_now(row)


def test_sketch_long_lines_are_not_kept():
    """A line longer than KEPT_CHARS is masked and hashed each time, not kept; one of KEPT_CHARS is kept."""
    from engine.ingest import finish as F
    from engine.similarity import sketch
    F._LINES.clear()
    F._HASHES.clear()
    at_bound, past = "这是一句话" * (F.KEPT_CHARS // 5), "这是一句话" * (F.KEPT_CHARS // 5) + "啊"
    for text in (at_bound + "\n" + past, past, at_bound):
        for _ in range(2):
            assert sketch(text) == _sketch_9267251(text)
    assert at_bound in F._LINES and at_bound in F._HASHES
    assert past not in F._LINES and past not in F._HASHES

"""a27-tail: the batch parent's tail in cheaper forms, held against the forms they replace (bench/README.md
"a27-tail")."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import random
import sqlite3
from array import array
from collections import Counter
from collections.abc import Sequence
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import batch, records, scoring
from engine.batch import Engine, run
from engine.model import Finding, Scorecard
from engine.rules.message import priced
from engine.similarity import SIZE, resemblance, similar_pairs
from engine.store import Store, _card_row

ROOT = Path(__file__).resolve().parents[1]


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


@settings(max_examples=500, deadline=None)
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


def _candidates(sketches, probe=8, common=16) -> list[tuple[int, int]]:
    """The candidate pairs of similar_pairs as of 9267251, in its order."""
    postings: dict[int, list[int]] = {}
    for i, sk in enumerate(sketches):
        for h in sk[:probe]:
            postings.setdefault(h, []).append(i)
    shared = Counter(pair for ids in postings.values() if len(ids) <= common for pair in combinations(ids, 2))
    return [pair for pair, n in shared.items() if n >= 2]


def _similar_pairs_9267251(sketches, threshold):
    """engine/similarity.py's similar_pairs as of 9267251: each pair's two sketches read and compared afresh."""
    return [(i, j, r) for i, j in _candidates(sketches)
            if (r := _resemblance_9267251(sketches[i], sketches[j])) >= threshold]


class _Counted(list):
    """Sketches that count their reads by position."""

    reads = 0

    def __getitem__(self, i):
        self.reads += 1
        return super().__getitem__(i)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, SIZE), st.booleans()), max_size=40),
       st.sampled_from([0.0, 0.3, 0.5, 0.7, 1.0]), st.randoms(use_true_random=False))
def test_similar_pairs_is_its_form_before(reports, threshold, rnd):
    """The same pairs, resemblances and order (peers keeps the first of equal ones) on batches of reports copied
    from a few templates (a template's first n hashes, some dropped, some of their own added: a few empty, some past
    SIZE / 2), as lists and as spilled arrays; a first report's sketch is read once for the pairs that follow it."""
    templates = [sorted(rnd.sample(range(4 * SIZE), SIZE)) for _ in range(7)]
    sketches = []
    for t, n, own in reports:
        kept = [h for h in templates[t][:n] if rnd.random() < 0.9]
        extra = rnd.sample(range(4 * SIZE, 2**32), rnd.randint(0, 20)) if own else []
        sketches.append(sorted(set(kept + extra))[:SIZE])
    expected = _similar_pairs_9267251(sketches, threshold)
    assert similar_pairs(sketches, threshold) == expected
    assert similar_pairs([array("I", s) for s in sketches], threshold) == expected
    counted = _Counted(sketches)
    similar_pairs(counted, threshold)
    pairs = _candidates(sketches)
    firsts = sum(1 for k, (i, _) in enumerate(pairs) if k == 0 or i != pairs[k - 1][0])
    assert counted.reads == len(pairs) + firsts  # (the postings' pass iterates the list: no __getitem__)


_TEXT = st.text(max_size=12) | st.sampled_from(["", "2023", "石湾镇人民政府", '引号"与\\反斜杠', "\n\t\x00", "\ud800"])
_NUMBER = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-10**20, 10**20).map(float) | st.sampled_from(
    [0.0, -0.0, 85.5, 100.0, 1e16])
_FINDING = st.builds(Finding, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, _NUMBER, _TEXT, st.booleans(), st.integers(1, 9),
                     _TEXT, st.none() | _TEXT, _TEXT, _TEXT, _TEXT)
_CARD = st.builds(
    Scorecard, agency=_TEXT, period=_TEXT, profile=_TEXT, score=_NUMBER, grade=_TEXT, veto=st.booleans(),
    findings=st.lists(_FINDING, max_size=3), inputs=st.lists(_TEXT, max_size=3), normalised_score=_NUMBER,
    applicable_points=_NUMBER, not_applicable=st.lists(_TEXT, max_size=3), warnings=st.lists(_TEXT, max_size=3),
    kind=_TEXT, level=_TEXT, region=_TEXT, deductions=st.dictionaries(_TEXT, _NUMBER, max_size=3),
    category_deductions=st.dictionaries(_TEXT, _NUMBER, max_size=3), escalation=_TEXT,
    previous_period=_TEXT, change=st.none() | _NUMBER, auto_score=st.none() | _NUMBER, ranked=st.booleans(),
    unranked_reason=_TEXT, category=_TEXT, submitted=st.booleans())


@settings(max_examples=260, deadline=None)
@given(_CARD, st.none() | st.tuples(_TEXT, _NUMBER), st.integers(1, 10**6))
def test_a_cards_row_from_its_parts_is_the_row_of_its_json(card, change, run_id):
    """records.card_row(run_id, card_parts(card), change) is store._card_row(run_id, card.to_json()) once the change
    is applied to the card (batch._changed): every column, the payload's text to the byte (repr: NaN is not equal
    to itself), on cards with findings, waivers, an auto_score or none, odd text, every kind of float."""
    parts = records.card_parts(card)
    expected = _card_row(run_id, batch._changed(copy.deepcopy(card), change).to_json())
    got = records.card_row(run_id, pickle.loads(pickle.dumps(parts)), change)
    assert repr(list(got.items())) == repr(list(expected.items()))


def _stored_rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT run_id, agency, period, score, grade, payload, level, region, veto, change, "
                            "previous_period, deductions FROM scorecards ORDER BY rowid").fetchall()


@pytest.mark.parametrize("jobs, apart, whole", [(1, 1000, False), (2, 2, False), (2, 2, True)])
def test_a_batchs_stored_cards_are_their_rows(monkeypatch, tmp_path, jobs, apart, whole):
    """A batch's scorecards rows, made from the parts its scoring wrote (in one process, or the parent's and a
    forked copy's halves, the cards spilled or held whole), are the rows store._card_row makes of its cards, in
    order; an earlier run in the store gives some cards a change."""
    monkeypatch.setattr(batch, "SCORE_APART", apart)
    engine = Engine.load()
    db = tmp_path / "s.db"
    store = Store(f"sqlite:///{db}")
    run(engine, [ROOT / "reports"], today=date(2026, 12, 1), jobs=1, store=store, force=True)
    result = run(engine, [ROOT / "reports"], today=date(2026, 12, 1), jobs=jobs, store=store, force=True,
                 cards_whole=whole)
    rows = [r for r in _stored_rows(db) if r[0] == result.run_id]
    expected = [tuple(_card_row(result.run_id, card.to_json()).values()) for card in result.cards]
    assert rows == expected and len(rows) == 24
    assert any(r[9] is not None for r in rows) and any(r[9] is None for r in rows)


_VALUES = {"points": _NUMBER, "occurrence": st.integers(1, 9), "veto": st.booleans(), "waived": st.none() | _TEXT}


@settings(max_examples=160, deadline=None)
@given(_FINDING, st.data())
def test_a_replaced_finding_is_dataclasses_replace(finding, data):
    """scoring.replaced(f, changes) is dataclasses.replace(f, **changes): any set of fields changed, in any order."""
    names = data.draw(st.lists(st.sampled_from([x.name for x in dataclasses.fields(Finding)]), unique=True))
    changes = {n: data.draw(_VALUES.get(n, _TEXT)) for n in names}
    got = scoring.replaced(finding, changes)
    assert type(got) is Finding and repr(got) == repr(dataclasses.replace(finding, **changes))


_TITLES = st.sampled_from(["未公开{points}，扣{points}分", "未按时答复，扣{points}分。", "仅提示", "，扣{points}分；另",
                           "{points}"]) | _TEXT


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_TITLES, _NUMBER | st.sampled_from([0, 0.0, -0.0, False, True, 1, 1.0, 5, 5.0, 2.5])),
                max_size=8))
def test_priced_remembered_is_priced(calls):
    """message.priced through its cache gives what it works out afresh, whatever was asked before: prices equal
    as keys but of other types (0, 0.0, -0.0, False; 1, 1.0, True) read the same."""
    for title, points in calls + calls[::-1]:
        assert priced(title, points) == priced.__wrapped__(title, points)

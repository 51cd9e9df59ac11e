"""The one adapter around durable_rules (2.0.28, unmaintained since 2020): keep it small and defensive.

What the engine needs, learnt the hard way (docs/design.md has the list):
- one private Host per process; a ruleset name registers once per host;
- a fresh host whose first fact matches nothing crashes on the next state, and unmatched facts raise
  MessageNotHandledException: a sentinel rule that matches every fact avoids both (it tests a field of
  its own: `$ex` on `sid` hangs the engine);
- states are never freed by themselves: delete each report's state in `finally`;
- exceptions in actions are swallowed into the returned state (fired() runs no Python action at all);
- set_rulesets mutates its argument: hand it a deep copy;
- a rule whose `$or` has several true branches fires once per branch: count each rule once;
- which rules of a ruleset fire depends only on the fact it is given (the fields its rules read; the sid and
  the sentinel's mark are the same for every report): `fired` keeps each ruleset's answer per distinct fact,
  as JSON, the bytes durable itself reads, or as the values and their types when those spell the JSON exactly
  (str, int, bool, None, absent) — most rulesets see a few dozen distinct facts in a batch;
- a field its rules only compare with numbers (`$gt` … `$neq` against int or float constants, or test for
  presence) gives the same answer for every int on which each of those comparisons comes out the same: such an int
  is keyed by those outcomes (its band), not by itself, so a ruleset that reads a count or a number of days is
  asserted once per band, not once per value (`banded`; the answers stay durable's, for a value of the band);
- one large ruleset corrupts memory when many `$or` rules fire on one fact: rulesets of CHUNK rules;
- durable's Python layer (Host.assert_fact) JSON-decodes the state and the fact for every action it runs, wraps
  them, runs the action and JSON-encodes the state back: most of a report's matching time. `fired` drives the
  compiled ruleset through the same C calls (assert, start/complete each action, delete the state) and reads
  only each action's rule name; the rules and which of them fire stay durable's.
"""

from __future__ import annotations

import copy
import itertools
import json
import operator
from itertools import repeat
from typing import Any

import durable_rules_engine as native
from durable import engine as durable

from engine.rules import condition as C

RULESET = "xxgk"
_SENTINEL = "every_report"
_MARK = "xxgk_report"


class EngineFailure(RuntimeError):
    """durable_rules reported an error while evaluating a report."""


class _Host(durable.Host):
    """durable's Host without its timer threads. Every Host re-arms two threading.Timers every 0.1–0.2 s for
    durable's own timers and queued messages; xxgk uses neither (actions run inside assert_fact), and with one
    host per small ruleset the timer churn of every engine a process holds added up to a busy core."""

    def _run(self) -> None:
        return None


class DurableRules:
    """Compiled rule conditions on private hosts; `fired(row)` → indexes of the rules that matched.

    The rules are split over several rulesets of at most CHUNK rules, each on its own host: one ruleset of the
    whole pack corrupts durable's memory (free(): invalid pointer, error 303 "no action available") once many
    rules with `$or` branches fire on one fact — a university report missing most of the 清单 did. Small
    rulesets stay far below that; each costs one more assert per report (~40 µs)."""

    CHUNK = 24
    KEPT = 512  # answers kept per ruleset (a fact's JSON is 0.3–2 KB; a ruleset of counts seldom repeats one)

    def __init__(self, conditions: list[C.Cond]):
        self._sids = itertools.count()
        self.definitions: list[dict[str, Any]] = []
        self._hosts: list[_Host] = []
        self._fields: list[tuple[str, ...]] = []  # the row fields each ruleset's conditions read
        self._handles: list[int] = []  # each ruleset's handle in durable's C engine
        # per ruleset: the fact (its JSON, or its values and their types) → the rules it fired
        self._answers: list[dict[tuple | str, tuple[int, ...]]] = []
        self._bands: list[tuple[tuple[int, tuple], ...]] = []  # per ruleset: its fields that take a band
        for start in range(0, max(len(conditions), 1), self.CHUNK):
            rules: dict[str, Any] = {
                _SENTINEL: {"all": [{"m": {"$eq": {_MARK: 1}}}], "run": _noop},
            }
            for i, cond in enumerate(conditions[start:start + self.CHUNK], start=start):
                rules[f"r{i}"] = {"all": [{"m": C.to_durable(cond)}], "run": _noop}
            definition = {f"{RULESET}{start // self.CHUNK}": rules}
            host = _Host()
            host.set_rulesets(copy.deepcopy(definition))
            self.definitions.append(definition)
            self._hosts.append(host)
            self._handles.append(host.get_ruleset(f"{RULESET}{start // self.CHUNK}")._handle)
            self._answers.append({})
            self._fields.append(tuple(sorted({leaf[1] for cond in conditions[start:start + self.CHUNK]
                                              for leaf in C.leaves(cond)})))
            self._bands.append(numeric_bands(self._fields[-1], conditions[start:start + self.CHUNK]))

    def fired(self, row: dict[str, Any]) -> list[int]:
        """Indexes of the rules whose condition holds on the row. Each ruleset gets only the fields its rules
        read; each action durable starts is the name of a rule that matched (`r<index>`, or the sentinel's).
        A ruleset given a fact it has answered before (the same JSON) gives the same rules again."""
        sid: str | None = None
        hits: set[int] = set()  # an $or with several true branches fires once per branch
        get = row.get
        for handle, fields, answers, bands in zip(self._handles, self._fields, self._answers, self._bands,
                                                  strict=True):
            # the fields' values and their types, made in C: when each is a str, an int, a bool, None or absent,
            # they spell the fact's JSON exactly (True is not 1: the type is in the key), so they key its answer
            # without the JSON being made; any other value (a float: -0.0 == 0.0; a list) is keyed by the JSON
            values = tuple(map(get, fields, repeat(ABSENT, len(fields))))
            types = tuple(map(type, values))
            key: tuple | str = ((banded(values, bands) if bands else values, types) if _SIMPLE.issuperset(types)
                                else _fact_json(row, fields))
            known = answers.get(key)
            if known is None:
                if sid is None:
                    sid = str(next(self._sids))
                known = self._assert(handle, key if isinstance(key, str) else _fact_json(row, fields), sid)
                if len(answers) < self.KEPT:
                    answers[key] = known
            hits.update(known)
        return sorted(hits)

    @staticmethod
    def _assert(handle: int, key: str, sid: str) -> tuple[int, ...]:
        """The rules one ruleset fires on the fact whose JSON is `key` (fields only), asserted under `sid`:
        the fact durable reads is that JSON with the sentinel's mark and the sid after the fields."""
        fact = ('{"%s": 1, "sid": %s}' if key == "{}" else key[:-1] + ', "%s": 1, "sid": %s}') % (
            _MARK, _ENCODE(sid))
        hits: list[int] = []
        try:
            code, state = native.assert_fact(handle, fact)
            if code:  # not handled / already observed / deferred: never, with the sentinel and a fresh sid
                raise EngineFailure(f"rule engine error: assert_fact returned {code}")
            started = native.start_action_for_state(handle, state)
            message = started[1] if started else None
            while message:  # '{"r12": {"m": {...}}}': the rule's name is the first key
                name = message[2:message.index('"', 2)]
                if name != _SENTINEL:
                    hits.append(int(name[1:]))
                message = native.complete_and_start_action(handle, state)
        finally:
            native.delete_state(handle, sid)
        return tuple(hits)

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # as durable encodes a fact


class _Absent:
    """A field the row does not have (left out of the fact's JSON)."""


ABSENT = _Absent()  # (engine.rules.runner keys applies_to's answers by the same bands)
_SIMPLE = frozenset({str, int, bool, type(None), _Absent})  # values whose type and value fix their JSON


_ORDERS = {"gt": operator.gt, "gte": operator.ge, "lt": operator.lt, "lte": operator.le, "eq": operator.eq,
           "ne": operator.ne}
_EXACT = 2 ** 53  # ints below this in size compare with a float constant as Python compares them, in any C double


def numeric_bands(fields: tuple[str, ...], conditions: list[C.Cond]) -> tuple[tuple[int, tuple], ...]:
    """(position in `fields`, its comparisons as (operator, constant)) for each field that these conditions only
    compare with numbers by `_ORDERS` or test for presence: on an int, the rules' answer depends on those
    comparisons' outcomes only (absence is keyed apart: it is not an int)."""
    tests: dict[str, list] = {f: [] for f in fields}
    for leaf in (leaf for cond in conditions for leaf in C.leaves(cond)):
        if leaf[0] == "exists":
            continue
        if leaf[0] == "cmp" and leaf[2] in _ORDERS and type(leaf[3]) in (int, float) and tests[leaf[1]] is not None:
            tests[leaf[1]].append((_ORDERS[leaf[2]], leaf[3]))  # type: ignore[union-attr]
        else:
            tests[leaf[1]] = None  # type: ignore[assignment]
    return tuple((i, tuple(dict.fromkeys(tests[f]))) for i, f in enumerate(fields) if tests[f])


def banded(values: tuple, bands: tuple[tuple[int, tuple], ...]) -> tuple:
    """The values with each banded field's int (not bool) replaced by its comparisons' outcomes, a tuple of bools:
    never a value a field holds otherwise, and its type (int) stays in the key beside it."""
    out = None
    for i, tests in bands:
        v = values[i]
        if type(v) is int and -_EXACT < v < _EXACT:
            if out is None:
                out = list(values)
            out[i] = tuple([test(v, c) for test, c in tests])
    return values if out is None else tuple(out)


def _fact_json(row: dict[str, Any], fields: tuple[str, ...]) -> str:
    """The fact a ruleset is asserted: the fields its rules read that the row has, in a fixed order, as JSON."""
    return _ENCODE({f: row[f] for f in fields if f in row})


def _noop(_context) -> None:
    """Every rule's action as durable registers it; `fired` reads the started actions' names instead."""
    return None

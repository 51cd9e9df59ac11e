"""The one adapter around durable_rules (2.0.28, unmaintained since 2020): keep it small and defensive.

What the engine needs, learnt the hard way (docs/design.md has the list):
- one private Host per process; a ruleset name registers once per host;
- a fresh host whose first fact matches nothing crashes on the next state, and unmatched facts raise
  MessageNotHandledException: a sentinel rule that matches every fact avoids both (it tests a field of
  its own: `$ex` on `sid` hangs the engine);
- states are never freed by themselves: delete each report's state in `finally`;
- exceptions in actions are swallowed into the returned state: check it;
- set_rulesets mutates its argument: hand it a deep copy;
- a rule whose `$or` has several true branches fires once per branch: count each rule once;
- one large ruleset corrupts memory when many `$or` rules fire on one fact: rulesets of CHUNK rules.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

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

    def __init__(self, conditions: list[C.Cond]):
        self._hits: list[int] = []
        self._sids = itertools.count()
        self.definitions: list[dict[str, Any]] = []
        self._hosts: list[_Host] = []
        self._fields: list[tuple[str, ...]] = []  # the row fields each ruleset's conditions read
        for start in range(0, max(len(conditions), 1), self.CHUNK):
            rules: dict[str, Any] = {
                _SENTINEL: {"all": [{"m": {"$eq": {_MARK: 1}}}], "run": _noop},
            }
            for i, cond in enumerate(conditions[start:start + self.CHUNK], start=start):
                rules[f"r{i}"] = {"all": [{"m": C.to_durable(cond)}], "run": self._recorder(i)}
            definition = {f"{RULESET}{start // self.CHUNK}": rules}
            host = _Host()
            host.set_rulesets(copy.deepcopy(definition))
            self.definitions.append(definition)
            self._hosts.append(host)
            self._fields.append(tuple(sorted({leaf[1] for cond in conditions[start:start + self.CHUNK]
                                              for leaf in C.leaves(cond)})))

    def _recorder(self, index: int):
        def record(_context) -> None:
            self._hits.append(index)
        return record

    def fired(self, row: dict[str, Any]) -> list[int]:
        sid = str(next(self._sids))
        self._hits = []
        # each ruleset gets only the fields its rules read: durable turns the fact into JSON, parses it, and hands
        # it back as JSON to every action it runs, so the whole row (100 fields) cost 6x that per report
        for definition, host, fields in zip(self.definitions, self._hosts, self._fields, strict=True):
            (name,) = definition
            fact = {f: row[f] for f in fields if f in row}
            fact[_MARK], fact["sid"] = 1, sid
            try:
                state = host.assert_fact(name, fact)
            finally:
                host.delete_state(name, sid)
            if isinstance(state, dict) and state.get("exception"):
                raise EngineFailure(f"rule engine error: {state['exception']}")
        return sorted(set(self._hits))  # an $or with several true branches fires once per branch


def _noop(_context) -> None:
    return None

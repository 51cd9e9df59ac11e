"""The one adapter around durable_rules (2.0.28, unmaintained since 2020): keep it small and defensive.

What the engine needs, learnt the hard way (docs/design.md has the list):
- one private Host per process; a ruleset name registers once per host;
- a fresh host whose first fact matches nothing crashes on the next state, and unmatched facts raise
  MessageNotHandledException: a sentinel rule that matches every fact avoids both (it tests a field of
  its own: `$ex` on `sid` hangs the engine);
- states are never freed by themselves: delete each report's state in `finally`;
- exceptions in actions are swallowed into the returned state: check it;
- set_rulesets mutates its argument: hand it a deep copy;
- a rule whose `$or` has several true branches fires once per branch: count each rule once.
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


class DurableRules:
    """Compiled rule conditions on a private host; `fired(row)` → indexes of the rules that matched."""

    def __init__(self, conditions: list[C.Cond]):
        self._hits: list[int] = []
        self._sids = itertools.count()
        rules: dict[str, Any] = {
            _SENTINEL: {"all": [{"m": {"$eq": {_MARK: 1}}}], "run": _noop},
        }
        for i, cond in enumerate(conditions):
            rules[f"r{i}"] = {"all": [{"m": C.to_durable(cond)}], "run": self._recorder(i)}
        self.definition = {RULESET: rules}
        self._host = durable.Host()
        self._host.set_rulesets(copy.deepcopy(self.definition))

    def _recorder(self, index: int):
        def record(_context) -> None:
            self._hits.append(index)
        return record

    def fired(self, row: dict[str, Any]) -> list[int]:
        sid = str(next(self._sids))
        self._hits = []
        try:
            state = self._host.assert_fact(RULESET, {**row, _MARK: 1, "sid": sid})
        finally:
            self._host.delete_state(RULESET, sid)
        if isinstance(state, dict) and state.get("exception"):
            raise EngineFailure(f"rule engine error: {state['exception']}")
        return sorted(set(self._hits))  # an $or with several true branches fires once per branch


def _noop(_context) -> None:
    return None

"""The rules each run was scored with, loaded once per app: a run scored with office folders (`--rules`) is
reviewed with its own profiles and a corrected card re-scored with its own rules. When they cannot be had (a
folder gone, a rule changed since), reviewing falls back to the app's rules with a notice on every page of the
run, and re-scoring is refused with the reason (engine.runrules.check)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from engine import runrules
from engine.profiles import Profiles
from engine.rules.combine import layers
from engine.rules.loader import RuleSet
from engine.store import runs


@dataclass(slots=True)
class RunRules:
    ruleset: RuleSet
    profiles: Profiles
    folders: tuple[Path, ...]  # the run's --rules folders (empty: the shipped rules only)
    problem: str  # why the run's own rules are not these ("" when they are)
    rules_version: str = ""  # what the folders must still add up to
    engine: object = None  # engine.batch.Engine for re-scoring, loaded on the first correction

    def scorer(self):
        """The run's rules compiled for evaluation; ValueError with the reason when they changed meanwhile."""
        problem = self.problem or runrules.check(runrules.RunFolders(self.folders, self.rules_version, True))
        if problem:  # checked again: a folder may have changed since the app read it
            raise ValueError(problem)
        if self.engine is None:
            from engine.batch import Engine
            self.engine = Engine.load(list(self.folders) or None)
        return self.engine


def for_run(wb, conn: sa.Connection, run_id: int) -> RunRules:
    """The run's rules (cached per run); `wb` is the app's Workbench."""
    if run_id in wb.rules:
        return wb.rules[run_id]
    version = conn.execute(sa.select(runs.c.rules_version).where(runs.c.id == run_id)).scalar() or ""
    given = runrules.of_run(conn, run_id, version)
    problem = runrules.check(given)
    found = RunRules(wb.ruleset, wb.profiles, given.folders, problem, rules_version=given.rules_version)
    if not problem and layers(list(given.folders) or None) != layers(wb.rules_dir):
        key = tuple(str(f) for f in given.folders)
        if key not in wb.loaded:
            from engine.rules.combine import load_layers
            ruleset, profiles, _, _ = load_layers(list(given.folders))
            wb.loaded[key] = ruleset, profiles
        found.ruleset, found.profiles = wb.loaded[key]
    wb.rules[run_id] = found
    return found


def profiles_of(wb, run_id: int) -> Profiles:
    with wb.engine.connect() as conn:
        return for_run(wb, conn, run_id).profiles


def problem_of(wb, run_id: int) -> str:
    """What the run's pages say when its own rules cannot be had."""
    with wb.engine.connect() as conn:
        return for_run(wb, conn, run_id).problem

"""Which rule folders a stored run was scored with, so that the workbench re-scores a corrected card (and prices
its review) with the same rules, not with whatever rules it was started with.

`xxgk score --rules A --rules B --store …` records the folders (absolute paths, in the order given) beside the
run; the run's `rules_version` (engine.rules.combine.version) says whether they still hold the same rules. A run
stored without a record (older stores, or scored through the library) was scored with the shipped rules when its
version matches theirs. `check` says in the office's words why a run's rules cannot be had (a folder gone, a rule
changed since), so the workbench refuses to re-score instead of silently using other rules.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from engine.rules.combine import layers, version
from engine.store import metadata

run_rules = sa.Table(
    "run_rules", metadata,
    sa.Column("run_id", sa.Integer, primary_key=True), sa.Column("folders", sa.Text, nullable=False),
    sa.Column("rules_version", sa.String(64), nullable=False),
)


@dataclass(frozen=True, slots=True)
class RunFolders:
    """The folders a run was scored with (empty: only the shipped rules) and what they must still add up to."""

    folders: tuple[Path, ...]
    rules_version: str
    recorded: bool  # False: nothing was recorded, the shipped rules are assumed


def ensure_tables(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        metadata.create_all(conn, tables=[run_rules])


def record(engine: sa.Engine, run_id: int, folders: Sequence[Path] | None, rules_version: str) -> None:
    """Remember the `--rules` folders of a run (as absolute paths: the workbench may start elsewhere)."""
    ensure_tables(engine)
    given = [str(Path(f).resolve()) for f in (folders or ())]
    with engine.begin() as conn:
        conn.execute(run_rules.delete().where(run_rules.c.run_id == run_id))
        conn.execute(run_rules.insert().values(run_id=run_id, folders=json.dumps(given, ensure_ascii=False),
                                               rules_version=rules_version))


def of_run(conn: sa.Connection, run_id: int, rules_version: str) -> RunFolders:
    row = conn.execute(sa.select(run_rules).where(run_rules.c.run_id == run_id)).first()
    if row is None:
        return RunFolders((), rules_version, False)
    return RunFolders(tuple(Path(f) for f in json.loads(row.folders)), row.rules_version or rules_version, True)


def current_version(folders: Sequence[Path]) -> str:
    """The version these folders' rules have now, computed as engine.batch.Engine.load computes it."""
    found = layers(list(folders) or None)
    if len(found) > 1:
        return version(found)
    from engine import compiled
    return compiled.fingerprint(found[0])[0]


def check(run: RunFolders) -> str:
    """"" when the folders still hold the rules the run was scored with; else why not, in a sentence."""
    missing = [str(f) for f in run.folders if not f.is_dir()]
    if missing:
        return f"本批次评分所用的规则文件夹已不在：{'、'.join(missing)}"
    now = current_version(run.folders)
    if now == run.rules_version:
        return ""
    if not run.recorded:
        return (f"本批次评分所用的规则未记录，且与现行随附规则不同（评分时规则集 {run.rules_version}，"
                f"现为 {now}）")
    where = "、".join(str(f) for f in run.folders) or "随附规则"
    return f"本批次评分后规则已改变（{where}；评分时规则集 {run.rules_version}，现为 {now}）"

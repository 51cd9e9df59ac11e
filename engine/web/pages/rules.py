"""/rules/{rule} and /runs/{id}/rules: a rule with its basis and examples, and how often each rule fired in a run
(a rule that fires too often stands out). Templates: rule.html, run_rules.html."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request
from starlette.exceptions import HTTPException

from engine.profiles import Profiles
from engine.rules.loader import RuleSet
from engine.store import scorecards
from engine.web.common import MAX_ID, RunId, page, user_of, wb_of
from engine.web.pages.runs import RunRow, run_or_404
from engine.web.rulesets import for_run

router = APIRouter()


@dataclass(slots=True)
class RuleStats:
    """How often each rule fired in one run: over the cards whose profile counts it and where it applied."""

    applicable: Counter[str] = field(default_factory=Counter)
    fired: dict[str, list[tuple[str, str, str]]] = field(default_factory=lambda: defaultdict(list))

    def rate(self, rule: str) -> float | None:
        n = self.applicable.get(rule, 0)
        return len(self.fired.get(rule, [])) / n if n else None


def rule_stats(conn: sa.Connection, run_id: int, ruleset: RuleSet, profiles: Profiles) -> RuleStats:
    """One pass over the run's cards. A card lists the counted rules that did not apply to it, so a rule applied
    to a card when the card's profile counts it and it is not in that list."""
    stats = RuleStats()
    per_profile: Counter[str] = Counter()
    not_applicable: Counter[str] = Counter()
    result = conn.execution_options(yield_per=2000).execute(
        sa.select(scorecards.c.payload).where(scorecards.c.run_id == run_id))
    for (text,) in result:
        data = json.loads(text)
        per_profile[data["profile"]] += 1
        not_applicable.update(data.get("not_applicable", []))
        for rule in sorted({f["rule"] for f in data["findings"]}):
            source = next(f["source"] for f in data["findings"] if f["rule"] == rule)
            stats.fired[rule].append((data["agency"], data["period"], source))
    for name, n in per_profile.items():
        profile = profiles.by_name.get(name)
        for rule in ruleset.rules:
            if profile is not None and profile.counts(rule.id, rule.pack):
                stats.applicable[rule.id] += n
    for rule, n in not_applicable.items():
        stats.applicable[rule] -= n
    return stats


def _stats(wb, conn, run: RunRow) -> RuleStats:
    """Rule hit rates of a finished run never change: computed once per app."""
    if run.status == "done" and run.id in wb.stats:
        return wb.stats[run.id]
    own = for_run(wb, conn, run.id)
    stats = rule_stats(conn, run.id, own.ruleset, own.profiles)
    if run.status == "done":
        wb.stats[run.id] = stats
    return stats


@router.get("/runs/{run_id}/rules")
def run_rules(request: Request, run_id: RunId):
    user_of(request)
    wb = wb_of(request)
    with wb.engine.connect() as conn:
        run = run_or_404(conn, run_id)
        stats = _stats(wb, conn, run)
        ruleset = for_run(wb, conn, run.id).ruleset
    rows = sorted(((r, len(stats.fired.get(r.id, [])), stats.applicable.get(r.id, 0), stats.rate(r.id))
                   for r in ruleset.rules), key=lambda x: (-(x[3] or 0), x[0].id))
    return page(request, "run_rules.html", run=run, rows=rows)


@router.get("/rules/{rule_id}")
def rule_page(request: Request, rule_id: str, run: int | None = Query(None, ge=1, le=MAX_ID)):
    user_of(request)
    wb = wb_of(request)
    rule = wb.ruleset.by_id().get(rule_id)
    if rule is None:
        raise HTTPException(404, f"没有规则 {rule_id}")
    in_run, stats = None, None
    if run is not None:
        with wb.engine.connect() as conn:
            in_run = run_or_404(conn, run)
            stats = _stats(wb, conn, in_run)
    return page(request, "rule.html", rule=rule, run=in_run, stats=stats)

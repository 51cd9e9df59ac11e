"""Derived facts: whatever a rule would otherwise have to compute, computed once here.

Rules only compare; deadlines that depend on level and era, sums and counts live here, named in
engine/facts.py. Every derived fact carries evidence naming the facts it came from.
"""

from __future__ import annotations

from datetime import date

from engine.facts import CHECKLIST, ENROLLMENT
from engine.model import Fact, ParsedReport
from engine.parse.tables import grids_from_facts, t3_failures, t4_failures

GOVERNMENT_LEVELS = ("province", "city", "county", "township")


def report_deadline(kind: str | None, level: str | None, year: int) -> tuple[date, str]:
    """The statutory publication deadline and the provision that sets it."""
    if kind == "university_annual":
        return date(year + 1, 10, 31), "高校: 每年10月底前公布上一学年报告"
    if year <= 2018:
        return date(year + 1, 3, 31), "条例(2007) 第三十一条: 每年3月31日前"
    if level == "department":
        return date(year + 1, 1, 31), "条例(2019) 第四十九条: 部门每年1月31日前"
    return date(year + 1, 3, 31), "条例(2019) 第四十九条: 政府每年3月31日前"


def derive(report: ParsedReport) -> dict[str, Fact]:
    facts = dict(report.facts)
    v = report.value
    facts["doc.status"] = Fact(report.status, report.status)
    year, kind, level = v("doc.year"), v("doc.kind"), v("doc.level")
    if isinstance(year, int):
        facts["derived.era"] = Fact("2007" if year <= 2018 else "2019", f"doc.year {year}")
        deadline, why = report_deadline(kind, level, year)
        facts["derived.report_deadline"] = Fact(deadline.isoformat(), why)
        published = v("doc.published_on")
        if published:
            try:
                late = (date.fromisoformat(published) - deadline).days
            except ValueError:
                late = None
            if late is not None:
                ev = report.facts["doc.published_on"].evidence
                facts["derived.report_days_late"] = Fact(late, f"{ev} (期限 {deadline.isoformat()}, {why})")
    if level:
        facts["derived.is_government"] = Fact(level in GOVERNMENT_LEVELS, f"doc.level {level}")
    names = ("requests.received", "requests.carried_over", "requests.completed", "requests.carried_forward")
    # from a 表三 the same identity is already one of quality.inconsistencies: count it once
    if all(n in facts for n in names) and not v("tables.requests"):
        new, old, done, fwd = (facts[n].value for n in names)
        facts["derived.requests_gap"] = Fact(
            new + old - done - fwd, f"新收 {new} + 上年结转 {old} vs 办理 {done} + 结转下年 {fwd}")
    problems = v("quality.inconsistencies")
    if problems is not None:
        facts["derived.inconsistency_count"] = Fact(len(problems), "; ".join(problems)[:300])
        prose = [p for p in problems if not p.startswith(("表三", "表四"))]
        facts["derived.prose_inconsistency_count"] = Fact(len(prose), "; ".join(prose)[:300])
    _identities(facts)
    for prefix, items, name in (("university.checklist", CHECKLIST, "derived.checklist_missing"),
                                ("university.enrollment", ENROLLMENT, "derived.enrollment_missing")):
        flags = [(k, facts.get(f"{prefix}.{k}")) for k in items]
        if all(f is not None for _, f in flags):
            missing = [items[k] for k, f in flags if not f.value]
            facts[name] = Fact(len(missing), "未提及: " + "、".join(missing) if missing else "全部提及")
    missed = v("submissions.missed_months")
    if missed is not None:
        facts["derived.submissions_missed"] = Fact(len(missed), report.facts["submissions.missed_months"].evidence)
    fee = v("fees.charged_yuan")
    if fee is not None:
        facts["derived.fee_charged"] = Fact(fee > 0, report.facts["fees.charged_yuan"].evidence)
    return facts


def _identities(facts: dict[str, Fact]) -> None:
    """One count per identity of the prescribed tables, so each identity can be its own rule."""
    grid, trial, t4 = grids_from_facts(facts)
    if grid:
        failures = t3_failures(grid, trial)
        for identity in ("balance", "results", "columns"):
            lines = [m for i, m in failures if i == identity]
            facts[f"derived.t3_{identity}_mismatch"] = Fact(len(lines), "; ".join(lines)[:300] or "表三相符")
    if t4:
        lines = t4_failures(t4)
        facts["derived.t4_mismatch"] = Fact(len(lines), "; ".join(lines)[:300] or "表四相符")

"""Findings + profile → scorecard: deductions from 100, per-topic caps, waivers, veto, grade.

The normalised score is the share of *applicable* points kept, so a township judged on 30 applicable
points and a university judged on 60 compare fairly; rules that do not apply are listed, not counted.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date

from engine.model import Finding, Scorecard
from engine.profiles import Profile
from engine.rules.loader import Rule
from engine.rules.runner import Evaluation

UNNAMED = "（未署名）"
UNKNOWN_PERIOD = "未知"


def group_key(ev: Evaluation) -> tuple[str, str]:
    agency = ev.report.value("doc.agency") or f"{UNNAMED}{ev.report.source}"
    return agency, ev.report.value("doc.period") or UNKNOWN_PERIOD


def _effective(rule: Rule, profile: Profile) -> tuple[float, str, bool]:
    o = profile.overrides.get(rule.id, {})
    return float(o.get("points", rule.points)), o.get("severity", rule.severity), bool(o.get("veto", rule.veto))


def _capped(per_topic: dict[str, float], caps: dict[str, float]) -> dict[str, float]:
    return {t: min(v, caps[t]) if t in caps else v for t, v in per_topic.items()}


def score(group: list[Evaluation], profile: Profile, rules: dict[str, Rule], today: date,
          warnings: list[str] | None = None) -> Scorecard:
    """Score one agency and period. With several documents, the latest published one counts."""
    warnings = list(warnings or [])
    ev = max(group, key=lambda e: (e.report.value("doc.published_on") or "", e.report.source))
    if len(group) > 1:
        others = ", ".join(e.report.source for e in group if e is not ev)
        warnings.append(f"同一机构同一年度有 {len(group)} 份文件；按发布日期最新的 {ev.report.source} 评分"
                        f"（另见 {others}）")
    agency, period = group_key(ev)
    counted = [r for r in rules.values() if profile.counts(r.id, r.pack)]
    applicable = set(ev.applicable)
    possible: dict[str, float] = defaultdict(float)
    for rule in counted:
        if rule.id in applicable:
            possible[rule.topic] += _effective(rule, profile)[0]
    findings: list[Finding] = []
    lost: dict[str, float] = defaultdict(float)
    for f in ev.findings:
        rule = rules[f.rule]
        if not profile.counts(rule.id, rule.pack):
            continue
        points, severity, veto = _effective(rule, profile)
        waiver = next((w for w in profile.waivers if w.rule == rule.id and w.agency == agency), None)
        waived = None
        if waiver and today <= waiver.until:
            waived = f"{waiver.reason}（{waiver.approved_by} 批准，有效至 {waiver.until.isoformat()}）"
        elif waiver:
            warnings.append(f"豁免已过期: {rule.id}（有效至 {waiver.until.isoformat()}），本次照常扣分")
        findings.append(dataclasses.replace(f, points=points, severity=severity, veto=veto and not waived,
                                            waived=waived))
        if not waived:
            lost[rule.topic] += points
    deductions = _capped(lost, profile.caps)
    total = sum(deductions.values())
    possible_total = sum(_capped(possible, profile.caps).values())
    value = round(max(0.0, 100.0 - total), 1)
    normalised = round(100.0 * max(0.0, possible_total - total) / possible_total, 1) if possible_total else 100.0
    veto = any(f.veto for f in findings)
    findings.sort(key=lambda f: (f.waived is not None, -f.points, f.rule))
    return Scorecard(
        agency=agency, period=period, profile=profile.name, score=value,
        grade="不合格" if veto else profile.grade(value), veto=veto, findings=findings,
        inputs=sorted(e.report.source for e in group), normalised_score=normalised,
        applicable_points=possible_total,
        not_applicable=sorted(r.id for r in counted if r.id not in applicable), warnings=warnings,
        kind=ev.report.value("doc.kind") or "", level=ev.report.value("doc.level") or "",
        deductions={t: round(v, 1) for t, v in sorted(deductions.items())},
    )

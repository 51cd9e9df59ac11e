"""Findings + profile → scorecard: deductions from 100, per-topic caps, waivers, veto, grade.

The normalised score is the share of *applicable* points kept, so a township judged on 30 applicable
points and a university judged on 60 compare fairly; rules that do not apply are listed, not counted.

Deduct only what a source supports: a finding whose basis is unverified costs 0 points unless the profile
prices the rule citing its local scheme (overrides: {RULE: {points, scheme}}). A document the classifier alone
calls a non-report is not ranked and not vetoed (待人工确认) until a reviewer confirms or corrects its kind
(`review_kind`, the workbench's hook); what a confirmed non-report costs is the profile's price.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date
from operator import attrgetter

from engine.facts import KINDS
from engine.glossary import label
from engine.model import NOT_A_REPORT, OK, Fact, Finding, ParsedReport, Scorecard
from engine.profiles import Profile
from engine.rules.basis import UNVERIFIED, VERIFIED, basis_for
from engine.rules.loader import Rule
from engine.rules.message import priced
from engine.rules.runner import Evaluation

REPORT_KINDS = ("government_annual", "university_annual")
LOCAL_SCHEME = "local_scheme"

UNNAMED = "（未署名）"
UNKNOWN_PERIOD = "未知"


def group_key(ev: Evaluation) -> tuple[str, str]:
    agency = ev.report.value("doc.agency") or f"{UNNAMED}{ev.report.source}"
    return agency, ev.report.value("doc.period") or UNKNOWN_PERIOD


def set_unnamed_apart(cards: list[Scorecard]) -> None:
    """A document that names no agency cannot be ranked as one: listed apart for a person to confirm."""
    for card in cards:
        if card.agency.startswith(UNNAMED):
            card.ranked = False
            reason = "未识别出单位名称，请人工确认是哪个单位的报告"
            card.unranked_reason = f"{card.unranked_reason}；{reason}" if card.unranked_reason else reason


def _effective(rule: Rule, profile: Profile, status: str = VERIFIED) -> tuple[float, str, bool]:
    """Points, severity and veto under the profile; an unverified basis costs 0 unless a scheme prices it."""
    o = profile.overrides.get(rule.id, {})
    points = float(o.get("points", rule.points))
    if status == UNVERIFIED and "scheme" not in o:
        return 0.0, "info", False
    return points, o.get("severity", rule.severity), bool(o.get("veto", rule.veto))


def _priced(f: Finding, rule: Rule, profile: Profile) -> Finding:
    """The finding's basis status as the card shows it: a local scheme's price names the scheme."""
    scheme = profile.overrides.get(rule.id, {}).get("scheme")
    if f.basis_status == UNVERIFIED and scheme:
        return dataclasses.replace(f, basis_status=LOCAL_SCHEME, basis_source=f"{profile.title}：{scheme}")
    return f


def review_kind(report: ParsedReport, kind: str) -> ParsedReport:
    """The workbench's hook for a reviewer's decision on what a document is (p13 stores who and when).

    A report kind (government_annual, university_annual) makes the document a report again, scored and ranked
    like any other; a non-report kind confirms the classifier (or corrects its kind), so the document is ranked
    and `common.doc.not_annual_report` charges it at the profile's price. Re-evaluate the result with the
    engine's evaluator, then score it."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}; one of {', '.join(KINDS)}")
    facts = dict(report.facts)
    facts["review.doc_kind"] = Fact(kind, "人工确认的文件类型")
    if kind in REPORT_KINDS:
        facts["doc.kind"] = Fact(kind, "人工更正的文件类型")
    status = OK if kind in REPORT_KINDS else NOT_A_REPORT
    return dataclasses.replace(report, status=status, facts=facts)


def unconfirmed_non_report(facts: dict[str, Fact]) -> str:
    """Why a card is kept out of rankings: a non-report verdict nobody has confirmed ("" when not the case)."""
    status = facts["doc.status"].value if "doc.status" in facts else OK
    if status != NOT_A_REPORT or "review.doc_kind" in facts:
        return ""
    kind = facts["doc.kind"].value if "doc.kind" in facts else ""
    what = label("kind", kind) if kind else "类型不明"
    return f"自动识别为非年度报告（{what}），待人工确认；确认前不排名、不一票否决"


def _capped(per_topic: dict[str, float], caps: dict[str, float]) -> dict[str, float]:
    return {t: min(v, caps[t]) if t in caps else v for t, v in per_topic.items()}


def capped_total(per_topic: dict[str, float], profile: Profile) -> tuple[float, dict[str, float]]:
    """Sum after topic caps and then category caps (a points table's 类别 with its 分值)."""
    capped = _capped(per_topic, profile.caps)
    by_category: dict[str, float] = {}
    rest = dict(capped)
    for name, (cap, topics) in profile.categories.items():
        inside = sum(rest.pop(t, 0.0) for t in topics if t in rest)
        by_category[name] = min(inside, cap)
    return sum(rest.values()) + sum(by_category.values()), by_category


def _count(f: Finding, rule: Rule, facts: dict) -> int:
    """How many cases a per-case rule found (its points_per fact); 1 for an ordinary rule."""
    fact = facts.get(rule.points_per) if rule.points_per else None
    return max(1, int(fact.value)) if fact is not None and isinstance(fact.value, int) else 1


_FINDING_FIELDS = tuple(x.name for x in dataclasses.fields(Finding))
_FINDING_VALUES = attrgetter(*_FINDING_FIELDS)
_FINDING_AT = {name: i for i, name in enumerate(_FINDING_FIELDS)}


def replaced(f: Finding, changes: dict[str, object]) -> Finding:
    """dataclasses.replace(f, **changes) (every field of a Finding is an init field, none init-only), its values
    read at once and set by position: each case of a card's findings is one (≈ 1,200 a 1,000 cards)."""
    values = list(_FINDING_VALUES(f))
    for name, value in changes.items():
        values[_FINDING_AT[name]] = value
    return Finding(*values)


def _expand(f: Finding, rule: Rule, profile: Profile, facts: dict, points: float,
            settled: dict[str, object]) -> list[Finding]:
    """Per-case points, or one finding per occurrence priced by its escalation tier; `settled`: the fields the
    card sets on every case (severity, veto, waived, and points 0 for an unverified basis), in the same copy."""
    def case(**changes: object) -> Finding:
        return replaced(f, changes | settled)

    if rule.id in profile.repeat_rules:
        years = facts["history.repeat_streak"].value if "history.repeat_streak" in facts else 1
        tier = profile.repeat_tier(years)
        return [case(points=tier.points, occurrence=years, title=f"{priced(f.title, tier.points)}（{tier.label}）")
                if tier else case(points=points, title=priced(f.title, points))]
    n = _count(f, rule, facts)
    if rule.id not in profile.escalation_rules:
        title = priced(f.title, points * n)
        return [case(points=points * n, title=title if n == 1 else f"{title}（{n}件）")]
    cases = facts.get("submissions.missed_months") if rule.points_per == "derived.submissions_missed" else None
    labels = cases.value if cases is not None else []
    out = []
    for k in range(1, n + 1):
        tier = profile.tier(k)
        what = labels[k - 1] if k <= len(labels) else f"第{k}次"
        out.append(case(points=tier.points, occurrence=k,
                        title=f"{priced(f.title, tier.points)}：{what}（第{k}次，{tier.label}）"))
    return out


_COUNTED: dict[tuple[int, int], tuple[dict[str, Rule], Profile, list[Rule]]] = {}


def _counted(rules: dict[str, Rule], profile: Profile) -> list[Rule]:
    """The rules the profile counts, worked out once per rule set and profile (a batch scores 50,000 cards with
    a few profiles; profiles are not changed once loaded). The entry keeps both objects, so an id is never
    taken for another object's."""
    key = (id(rules), id(profile))
    hit = _COUNTED.get(key)
    if hit is None or hit[0] is not rules or hit[1] is not profile:
        if len(_COUNTED) >= 32:
            _COUNTED.clear()
        hit = _COUNTED[key] = (rules, profile, [r for r in rules.values() if profile.counts(r.id, r.pack)])
    return hit[2]


_POSSIBLE: dict[tuple, tuple[dict[str, Rule], Profile, float, tuple[str, ...]]] = {}


def _possible(rules: dict[str, Rule], profile: Profile, ev: Evaluation) -> tuple[float, list[str]]:
    """The points the profile could deduct from this report (after caps) and the counted rules that do not apply.
    Both depend only on the applicable rules and the report's kind and year (which basis a rule cites,
    engine.rules.basis): worked out once per distinct set of them, not per card (a batch has a few hundred)."""
    facts = ev.facts
    kind = facts["doc.kind"].value if "doc.kind" in facts else None
    year = facts["doc.year"].value if "doc.year" in facts else None
    key = (id(rules), id(profile), kind, type(year), year, tuple(ev.applicable))
    try:
        hit = _POSSIBLE.get(key)
    except TypeError:  # a kind or year that cannot be a key: worked out in full
        key, hit = (), None
    if hit is None or hit[0] is not rules or hit[1] is not profile:
        counted = _counted(rules, profile)
        applicable = set(ev.applicable)
        possible: dict[str, float] = defaultdict(float)
        for rule in counted:
            if rule.id in applicable:
                possible[rule.topic] += _effective(rule, profile, basis_for(rule, facts).status)[0]
        hit = (rules, profile, capped_total(possible, profile)[0],
               tuple(sorted(r.id for r in counted if r.id not in applicable)))
        if key:
            if len(_POSSIBLE) >= 1024:
                _POSSIBLE.clear()
            _POSSIBLE[key] = hit
    return hit[2], list(hit[3])


def score(group: list[Evaluation], profile: Profile, rules: dict[str, Rule], today: date,
          warnings: list[str] | None = None, name: str | None = None) -> Scorecard:
    """Score one agency and period (`name`: the card's agency when it must differ from the text's, e.g. with
    its region in front). With several documents, the latest published one counts."""
    warnings = list(warnings or [])
    ev = max(group, key=lambda e: (e.report.value("doc.published_on") or "", e.report.source))
    if len(group) > 1:
        others = ", ".join(e.report.source for e in group if e is not ev)
        warnings.append(f"同一机构同一年度有 {len(group)} 份文件；按发布日期最新的 {ev.report.source} 评分"
                        f"（另见 {others}）")
    agency, period = group_key(ev)
    agency = name or agency
    possible_total, not_applicable = _possible(rules, profile, ev)
    findings: list[Finding] = []
    lost: dict[str, float] = defaultdict(float)
    escalation = ""
    for f in ev.findings:
        rule = rules[f.rule]
        if not profile.counts(rule.id, rule.pack):
            continue
        points, severity, veto = _effective(rule, profile, f.basis_status or VERIFIED)
        f = _priced(f, rule, profile)
        unpriced = f.basis_status == UNVERIFIED
        waiver = next((w for w in profile.waivers if w.rule == rule.id and w.agency == agency), None)
        waived = None
        if waiver and today <= waiver.until:
            waived = f"{waiver.reason}（{waiver.approved_by} 批准，有效至 {waiver.until.isoformat()}）"
        elif waiver:
            warnings.append(f"豁免已过期: {rule.id}（有效至 {waiver.until.isoformat()}），本次照常扣分")
        settled: dict[str, object] = {"severity": severity, "veto": veto and not waived, "waived": waived}
        if unpriced:  # an escalation or repeat tier does not price an unverified basis either
            settled["points"] = 0.0
        for case in _expand(f, rule, profile, ev.facts, points, settled):
            findings.append(case)
            if not waived:
                lost[rule.topic] += case.points
            if rule.id in profile.escalation_rules:
                escalation = profile.tier(case.occurrence).label
            elif rule.id in profile.repeat_rules and (tier := profile.repeat_tier(case.occurrence)):
                escalation = tier.label
    deductions = _capped(lost, profile.caps)
    total, by_category = capped_total(lost, profile)
    value = round(max(0.0, 100.0 - total), 1)
    normalised = round(100.0 * max(0.0, possible_total - total) / possible_total, 1) if possible_total else 100.0
    unranked = unconfirmed_non_report(ev.facts)
    veto = any(f.veto for f in findings) and not unranked
    per_rule: dict[str, float] = defaultdict(float)
    for f in findings:
        per_rule[f.rule] += f.points
    # heaviest rules first; a rule's occurrences stay in order
    findings.sort(key=lambda f: (f.waived is not None, -per_rule[f.rule], f.rule, f.occurrence))
    return Scorecard(
        agency=agency, period=period, profile=profile.name, score=value,
        grade="不合格" if veto else profile.grade(value), veto=veto, findings=findings,
        inputs=sorted(e.report.source for e in group), normalised_score=normalised,
        applicable_points=possible_total,
        not_applicable=not_applicable, warnings=warnings,
        kind=ev.report.value("doc.kind") or "", level=ev.report.value("doc.level") or "",
        region=ev.report.value("doc.region") or "",
        deductions={t: round(v, 1) for t, v in sorted(deductions.items())},
        category_deductions={c: round(v, 1) for c, v in by_category.items()}, escalation=escalation,
        ranked=not unranked, unranked_reason=unranked,
    )

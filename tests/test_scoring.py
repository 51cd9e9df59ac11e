"""Scoring: deductions, caps, veto, waivers (and their expiry), grades, normalised score, profile choice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from engine.batch import Engine
from engine.model import Fact, ParsedReport
from engine.profiles import load_profiles
from engine.rules.loader import RULES_DIR, RuleError
from engine.scoring import score

ENGINE = Engine.load()
RULES = ENGINE.ruleset.by_id()
TODAY = date(2026, 11, 25)

CLEAN_2022 = {
    "doc.agency": "明湖市人民政府", "doc.year": 2022, "doc.period": "2022", "doc.kind": "government_annual",
    "doc.level": "city", "doc.published_on": "2023-03-20",
    **{f"sections.{k}": True for k in ("overview", "proactive", "requests", "review_litigation", "problems", "other")},
    "sections.fees": False, "mentions.review_principle": True, "mentions.confidentiality_review": True,
    "mentions.review_mechanism": True, "mentions.assessment": True, "mentions.info_fee": True,
    "mentions.cost_fees": False, "mentions.fee_exemption": False, "tables.proactive": True,
    "tables.requests": True, "tables.appeals": True, "tables.trial_format": False,
    "quality.placeholders": False, "quality.inconsistencies": [],
}


def evaluate(status="ok", **changes):
    facts = {**CLEAN_2022, **changes}
    facts = {k: Fact(v, f"{k}={v}") for k, v in facts.items() if v is not None}
    return ENGINE.evaluator.evaluate(ParsedReport("t.txt", status, facts, text=""))


def card(profile="gov-2019", today=TODAY, profiles=None, **changes):
    ev = evaluate(**changes)
    chosen = (profiles or ENGINE.profiles).get(profile)
    return score([ev], chosen, RULES, today)


def test_clean_report_scores_100_and_excellent():
    c = card()
    assert (c.score, c.grade, c.veto, c.findings) == (100.0, "优秀", False, [])
    assert c.normalised_score == 100.0 and c.applicable_points > 0


def test_late_report_deducts_rule_points_with_evidence():
    c = card(**{"doc.published_on": "2023-04-15"})
    (f,) = c.findings
    assert f.rule == "gov2019.timeliness.report_deadline"
    assert c.score == 100 - f.points
    assert "2023-04-15" in f.evidence and "2023-03-31" in f.evidence
    assert "第四十九条" in f.basis


def test_topic_cap_limits_deductions():
    missing = {f"sections.{k}": False for k in ("overview", "proactive", "requests", "review_litigation",
                                                 "problems", "other")}
    c = card(**missing)
    raw = sum(f.points for f in c.findings if f.topic == "content.missing_section")
    cap = ENGINE.profiles.get("gov-2019").caps["content.missing_section"]
    assert raw > cap
    assert c.deductions["content.missing_section"] == cap
    assert c.score == 100 - cap


def test_a_classifier_only_non_report_is_unranked_not_vetoed():
    c = card(status="not_a_report", **{"doc.kind": "work_summary"})
    assert (c.veto, c.ranked, c.score) == (False, False, 100.0) and "待人工确认" in c.unranked_reason
    assert [(f.rule, f.points) for f in c.findings] == [("common.doc.kind_unconfirmed", 0.0)]


def test_a_reviewer_confirms_or_corrects_the_kind():
    from engine.scoring import review_kind
    summary = ParsedReport("t.txt", "not_a_report", {k: Fact(v, "") for k, v in {**CLEAN_2022,
                           "doc.kind": "work_summary"}.items()}, text="")
    confirmed = score([ENGINE.evaluator.evaluate(review_kind(summary, "work_summary"))],
                      ENGINE.profiles.get("gov-2019"), RULES, TODAY)
    (f,) = confirmed.findings
    assert (f.rule, f.points, f.veto, confirmed.ranked, confirmed.score) == \
        ("common.doc.not_annual_report", 10.0, False, True, 90.0)
    corrected = score([ENGINE.evaluator.evaluate(review_kind(summary, "government_annual"))],
                      ENGINE.profiles.get("gov-2019"), RULES, TODAY)
    assert (corrected.ranked, corrected.score, corrected.findings) == (True, 100.0, [])
    with pytest.raises(ValueError):
        review_kind(summary, "memo")


def test_a_local_profile_may_veto_a_confirmed_non_report(tmp_path):
    from engine.scoring import review_kind
    folder = _profiles_with(tmp_path, {"name": "strict", "title": "从严", "extends": "gov-2019", "overrides": {
        "common.doc.not_annual_report": {"points": 40, "veto": True}}})
    profiles = load_profiles(folder, ENGINE.ruleset)
    summary = ParsedReport("t.txt", "not_a_report", {"doc.kind": Fact("work_summary", ""),
                                                     "doc.agency": Fact("明湖市人民政府", "")}, text="")
    unconfirmed = score([ENGINE.evaluator.evaluate(summary)], profiles.get("strict"), RULES, TODAY)
    assert not unconfirmed.veto and not unconfirmed.ranked
    vetoed = score([ENGINE.evaluator.evaluate(review_kind(summary, "work_summary"))], profiles.get("strict"),
                   RULES, TODAY)
    assert vetoed.veto and vetoed.grade == "不合格" and vetoed.ranked


def test_an_unverified_basis_costs_nothing_until_a_scheme_prices_it(tmp_path):
    rule = RULES["local.timeliness.township_deadline"]
    assert rule.basis_status == "unverified"
    town = {"doc.level": "township", "doc.agency": "石湾镇人民政府", "doc.published_on": "2023-04-20"}
    plain = score([evaluate(**town)], ENGINE.profiles.get("archives-monthly"), RULES, TODAY)
    (f,) = [f for f in plain.findings if f.rule == rule.id]
    assert (f.points, f.severity, f.basis_status, plain.score) == (0.0, "info", "unverified", 100.0)
    folder = _profiles_with(tmp_path, {"name": "town", "title": "某县乡镇考评", "extends": "archives-monthly",
                                       "overrides": {rule.id: {"points": 5, "scheme": "某县2023年年报通知第三条"}}})
    priced = score([evaluate(**town)], load_profiles(folder, ENGINE.ruleset).get("town"), RULES, TODAY)
    (f,) = [f for f in priced.findings if f.rule == rule.id]
    assert (f.points, f.basis_status, priced.score) == (5.0, "local_scheme", 95.0)
    assert "某县2023年年报通知第三条" in f.basis_source and f.to_json()["basis_status"] == "local_scheme"


def test_grades_follow_profile_thresholds():
    profile = ENGINE.profiles.get("gov-2019")
    assert [profile.grade(s) for s in (95, 90, 89.9, 70, 69.9, 60, 59.9)] == \
        ["优秀", "优秀", "良好", "良好", "合格", "合格", "不合格"]


def _profiles_with(tmp_path: Path, extra: dict) -> Path:
    folder = tmp_path / "profiles"
    folder.mkdir()
    for p in (RULES_DIR / "profiles").glob("*.yaml"):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / f"{extra['name']}.yaml").write_text(yaml.safe_dump(extra, allow_unicode=True), encoding="utf-8")
    return folder


def test_waiver_applies_until_it_expires(tmp_path):
    waiver = {"rule": "gov2019.timeliness.report_deadline", "agency": "明湖市人民政府", "reason": "网站改版停机",
              "approved_by": "市政务公开办", "until": "2026-12-31"}
    folder = _profiles_with(tmp_path, {"name": "local", "title": "本地", "extends": "gov-2019", "waivers": [waiver]})
    profiles = load_profiles(folder, ENGINE.ruleset)
    late = {"doc.published_on": "2023-04-15"}
    waived = card("local", date(2026, 6, 1), profiles, **late)
    assert waived.score == 100.0 and waived.findings[0].waived and "网站改版停机" in waived.findings[0].waived
    expired = card("local", date(2027, 1, 1), profiles, **late)
    assert expired.score < 100 and not expired.findings[0].waived
    assert any("过期" in w for w in expired.warnings)


def test_override_and_disable_without_copying_rules(tmp_path):
    folder = _profiles_with(tmp_path, {
        "name": "strict", "title": "从严", "extends": "gov-2019",
        "overrides": {"gov2019.timeliness.report_deadline": {"points": 30, "severity": "critical"}},
        "disable": ["common.quality.placeholders"]})
    profiles = load_profiles(folder, ENGINE.ruleset)
    c = card("strict", TODAY, profiles, **{"doc.published_on": "2023-04-15", "quality.placeholders": True})
    assert [(f.rule, f.points, f.severity) for f in c.findings] == \
        [("gov2019.timeliness.report_deadline", 30.0, "critical")]
    assert c.score == 70.0


def test_profile_errors_name_file_and_line(tmp_path):
    folder = _profiles_with(tmp_path, {"name": "bad", "title": "错", "extends": "gov-2019",
                                       "disable": ["no.such.rule"]})
    with pytest.raises(RuleError) as err:
        load_profiles(folder, ENGINE.ruleset)
    (problem,) = err.value.problems
    assert problem.endswith("没有编号为 'no.such.rule' 的规则") and "bad.yaml:" in problem


def test_auto_chooses_by_kind_and_year_and_warns_on_misfit():
    profiles = ENGINE.profiles
    assert profiles.choose("auto", "university_annual", "university", 2018)[0].name == "university"
    assert profiles.choose("auto", "government_annual", "city", 2018)[0].name == "gov-2008"
    assert profiles.choose("auto", "government_annual", "township", 2021)[0].name == "gov-2019"
    chosen, warning = profiles.choose("university", "government_annual", "township", 2021)
    assert chosen.name == "university" and "警告" in warning


def test_rules_that_do_not_apply_are_listed_not_counted():
    c = card()
    assert "gov2007.timeliness.report_deadline" not in c.not_applicable  # other pack: not in this profile
    assert any(r.startswith("gov2019.") for r in RULES) and c.not_applicable == sorted(c.not_applicable)
    dept = card(**{"doc.level": "department", "doc.agency": "明湖市财政局", "doc.published_on": "2023-01-20",
                   "mentions.assessment": False})
    assert "gov2007.content.fees_section" not in dept.not_applicable and "common.review.mechanism_2007" in \
        dept.not_applicable  # 2007-era rule of a counted pack, on a 2022 report
    assert dept.score == 100.0 and not dept.findings  # 第五十条(四) binds 人民政府, not their departments


def test_duplicate_reports_of_one_agency_score_the_latest():
    early, late = evaluate(), evaluate(**{"doc.published_on": "2023-04-15"})
    c = score([early, late], ENGINE.profiles.get("gov-2019"), RULES, TODAY)
    assert c.score < 100 and any("2 份文件" in w for w in c.warnings)


def test_category_cap_groups_topics_like_a_points_table(tmp_path):
    folder = _profiles_with(tmp_path, {
        "name": "table", "title": "考评表", "extends": "gov-2019",
        "categories": {"年度报告": {"cap": 10, "topics": ["timeliness.annual_report", "content.missing_section",
                                                        "quality.placeholder"]}}})
    profiles = load_profiles(folder, ENGINE.ruleset)
    c = card("table", TODAY, profiles, **{"doc.published_on": "2023-04-15", "quality.placeholders": True,
                                          "sections.problems": False})
    raw = sum(f.points for f in c.findings)
    assert raw > 10 and c.category_deductions == {"年度报告": 10.0} and c.score == 90.0


def test_per_case_points_multiply_by_the_count():
    rule = RULES["gov2019.timeliness.overdue_requests"]
    assert rule.points_per == "derived.agency_overdue"
    c = card(**{"requests.overdue": 3})
    (f,) = [f for f in c.findings if f.rule == rule.id]
    assert f.points == rule.points * 3 and "3件" in f.title
    many = card(**{"requests.overdue": 30})  # the base profile caps the topic (鲤城: 依申请公开一类6分)
    assert many.deductions["timeliness.disclosure"] == 6 and many.score == 94.0


def test_district_points_profile_caps_the_annual_report_category():
    profile = ENGINE.profiles.get("district-points")
    missing = {f"sections.{k}": False for k in ("overview", "proactive", "requests", "problems")}
    c = score([evaluate(**missing, **{"doc.published_on": "2023-04-15", "requests.overdue": 2})], profile,
              RULES, TODAY)
    assert c.category_deductions["政府信息公开年度报告"] == 10.0
    assert c.category_deductions["政府信息依申请公开"] == 6.0  # 2 overdue × 6, capped at the category's 6
    assert c.score == 84.0
    _, warning = ENGINE.profiles.choose("district-points", "university_annual", "university", 2018)
    assert "警告" in warning

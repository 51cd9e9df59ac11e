"""`xxgk rules lint` finds conditions that can never fire or always fire, with FILE:LINE."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from engine.rules import load_rules
from engine.rules.lint import condition_problems

RULES = Path(__file__).resolve().parents[1] / "rules"


def _ruleset_with(tmp_path: Path, when: dict):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    rule = {
        "id": "common.probe.rule", "title": "探针规则", "basis": "测试", "basis_status": "unverified",
        "topic": "quality.placeholder",
        "severity": "minor", "points": 1, "applies_to": {"kind": ["government_annual"]}, "when": when,
        "examples": [{"facts": {"doc.kind": "government_annual", "doc.year": 2020}, "fires": True},
                     {"facts": {"doc.kind": "other"}, "fires": False}],
    }
    (root / "common" / "probe.yaml").write_text(yaml.safe_dump(rule, allow_unicode=True), encoding="utf-8")
    return load_rules(root)


def test_shipped_rules_have_no_dead_or_always_true_conditions():
    assert condition_problems(load_rules()) == []


def test_unreachable_condition(tmp_path):
    rs = _ruleset_with(tmp_path, {"all": [{"fact": "doc.year", "gt": 2020}, {"fact": "doc.year", "lt": 2019}]})
    (problem,) = condition_problems(rs)
    assert "probe.yaml:" in problem and "common.probe.rule: 条件在规则适用的文件上永远不会成立" in problem


def test_always_true_condition(tmp_path):
    rs = _ruleset_with(tmp_path, {"any": [{"fact": "doc.year", "exists": True}, {"fact": "doc.year", "exists": False}]})
    (problem,) = condition_problems(rs)
    assert "common.probe.rule: 条件永远成立" in problem


def test_rule_without_a_silent_example_is_rejected(tmp_path):
    import pytest

    from engine.rules.loader import RuleError
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    rule = {"id": "common.probe.rule", "title": "探针规则", "basis": "测试", "basis_status": "unverified",
            "topic": "quality.placeholder",
            "severity": "minor", "points": 1, "when": {"fact": "quality.placeholders", "eq": True},
            "examples": [{"facts": {"quality.placeholders": True}, "fires": True},
                         {"facts": {"quality.placeholders": True, "doc.year": 2020}, "fires": True}]}
    (root / "common" / "probe.yaml").write_text(yaml.safe_dump(rule, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(root)
    assert any("probe.yaml:" in p and "不扣分的示例" in p for p in err.value.problems)


def _profiles_with(tmp_path: Path, extra: dict):
    from engine.profiles import load_profiles
    folder = tmp_path / "profiles"
    shutil.copytree(RULES / "profiles", folder)
    (folder / f"{extra['name']}.yaml").write_text(yaml.safe_dump(extra, allow_unicode=True), encoding="utf-8")
    ruleset = load_rules()
    return ruleset, load_profiles(folder, ruleset)


def test_shipped_profiles_give_no_pricing_warnings():
    from engine.batch import Engine
    from engine.rules.lint import profile_warnings
    engine = Engine.load()
    assert profile_warnings(engine.ruleset, engine.profiles) == []


def test_warns_on_uncapped_per_case_rules_and_vetoes_without_a_reviewer(tmp_path):
    from engine.rules.lint import profile_warnings
    ruleset, profiles = _profiles_with(tmp_path, {
        "name": "loose", "title": "宽松", "extends": "gov-2019", "caps": {"timeliness.disclosure": 1000},
        "overrides": {"format.content.requests_table": {"veto": True},
                      "common.doc.not_annual_report": {"veto": True},
                      "common.history.repeat": {"points": 5}}})
    warnings = [w for w in profile_warnings(ruleset, profiles) if "评分方案 loose" in w]
    assert any("requests_table.yaml:" in w and "不需要复核人确认" in w for w in warnings)
    assert not any("not_annual_report" in w for w in warnings)  # its condition reads review.doc_kind
    assert any("common.history.repeat" in w and "未注明所依据的方案" in w for w in warnings)
    profiles.by_name["loose"].caps.pop("timeliness.disclosure")
    uncapped = profile_warnings(ruleset, profiles)
    assert any("overdue_requests.yaml:" in w and "评分方案 loose 没有给它的类别" in w for w in uncapped)

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
        "id": "common.probe.rule", "title": "探针规则", "basis": "测试", "basis_status": "unverified", "topic": "quality.placeholder",
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
    assert "probe.yaml:" in problem and "common.probe.rule: condition can never be true" in problem


def test_always_true_condition(tmp_path):
    rs = _ruleset_with(tmp_path, {"any": [{"fact": "doc.year", "exists": True}, {"fact": "doc.year", "exists": False}]})
    (problem,) = condition_problems(rs)
    assert "common.probe.rule: condition is always true" in problem


def test_rule_without_a_silent_example_is_rejected(tmp_path):
    import pytest

    from engine.rules.loader import RuleError
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    rule = {"id": "common.probe.rule", "title": "探针规则", "basis": "测试", "basis_status": "unverified", "topic": "quality.placeholder",
            "severity": "minor", "points": 1, "when": {"fact": "quality.placeholders", "eq": True},
            "examples": [{"facts": {"quality.placeholders": True}, "fires": True},
                         {"facts": {"quality.placeholders": True, "doc.year": 2020}, "fires": True}]}
    (root / "common" / "probe.yaml").write_text(yaml.safe_dump(rule, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(root)
    assert any("probe.yaml:" in p and "does not fire" in p for p in err.value.problems)

"""Finding titles are sentences: every placeholder filled, lint rejects one no fact of the rule can fill,
and the repeated-failure deduction says what repeated and what it costs."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import yaml

from engine.batch import Engine
from engine.model import Fact, ParsedReport
from engine.rules import load_rules
from engine.rules.lint import placeholder_problems
from engine.rules.message import PLACEHOLDER, fill, priced
from engine.scoring import score

RULES = Path(__file__).resolve().parents[1] / "rules"


def _report(**facts) -> ParsedReport:
    return ParsedReport("probe.txt", "ok", {k: Fact(v, str(v)) for k, v in facts.items()}, text="")


def test_table_identity_titles_are_filled():
    engine = Engine.load()
    report = _report(**{
        "doc.kind": "government_annual", "doc.level": "county", "doc.year": 2021, "doc.agency": "某县人民政府",
        "doc.period": "2021", "tables.requests": True, "tables.requests_layout": "2021",
        "table3.new.total": 20, "table3.carried_over.total": 2, "table3.total.total": 18,
        "table3.carried_forward.total": 3,
        "quality.inconsistencies": ["表三 总计: 新收 20 + 上年结转 2 = 22 != 办理结果总计 18 + 结转下年度 3 = 21"]})
    ev = engine.evaluator.evaluate(report)
    (finding,) = [f for f in ev.findings if f.rule == "format.consistency.t3_balance"]
    assert finding.title == "表三有1列新收与上年结转之和不等于办理结果总计与结转下年度之和"


def test_every_shipped_rule_message_fills_from_its_examples():
    """Each firing example's facts fill its rule's message completely: no `{…}` and no 未读出 left."""
    engine = Engine.load()
    by_id = engine.ruleset.by_id()
    checked = 0
    for rule in engine.ruleset.rules:
        for example in rule.examples:
            if not example["fires"]:
                continue
            facts = {k: Fact(v, str(v)) for k, v in example["facts"].items()}
            title = fill(rule.message, facts, {r: by_id[r].title for r in by_id})
            assert not PLACEHOLDER.search(title.replace("{points}", "")), (rule.id, title)
            checked += 1
    assert checked > 100


def test_repeat_finding_is_a_sentence_with_its_points():
    engine = Engine.load()
    rules = engine.ruleset.by_id()
    report = _report(**{"doc.kind": "government_annual", "doc.level": "county", "doc.year": 2022,
                        "doc.agency": "某县人民政府", "doc.period": "2022", "history.repeat_streak": 3,
                        "history.repeated_rules": ["gov2019.timeliness.report_deadline"]})
    ev = engine.evaluator.evaluate(report)
    deadline = rules["gov2019.timeliness.report_deadline"].title
    for name in ("gov-2019", "archives-monthly"):  # the basis is unverified: a flag in both shipped profiles
        card = score([ev], engine.profiles.get(name), rules, date(2023, 6, 1))
        (f,) = [f for f in card.findings if f.rule == "common.history.repeat"]
        assert f.points == 0
        assert f.title.startswith(f"连续3年出现同一问题：{deadline}（仅作提示，不扣分）"), f.title
    # a profile that prices it (citing its scheme) gets the sentence with its points
    template = rules["common.history.repeat"].message.replace("{history.repeat_streak}", "3")
    assert priced(template, 4).endswith("，从重扣4分") and "仅作提示" not in priced(template, 4)


def _ruleset_with(tmp_path: Path, message: str):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    rule = {
        "id": "common.probe.rule", "title": "探针规则", "basis": "测试", "topic": "quality.placeholder",
        "basis_status": "unverified", "severity": "minor", "points": 1, "applies_to": {"kind": ["government_annual"]},
        "when": {"fact": "derived.inconsistency_count", "gt": 0}, "message": message,
        "examples": [{"facts": {"doc.kind": "government_annual", "quality.inconsistencies": ["表三 不平"]},
                      "fires": True},
                     {"facts": {"doc.kind": "government_annual", "quality.inconsistencies": []}, "fires": False}],
    }
    (root / "common" / "probe.yaml").write_text(yaml.safe_dump(rule, allow_unicode=True, sort_keys=False),
                                                encoding="utf-8")
    return load_rules(root)


def test_lint_rejects_a_placeholder_the_rule_cannot_fill(tmp_path):
    rs = _ruleset_with(tmp_path, "表三有{derived.t4_mismatch}处不平")
    (problem,) = placeholder_problems(rs)
    assert problem.startswith("rules/common/probe.yaml:") or "probe.yaml:" in problem
    line = int(problem.split("probe.yaml:")[1].split(":")[0])
    text = (tmp_path / "rules" / "common" / "probe.yaml").read_text(encoding="utf-8").splitlines()
    assert text[line - 1].startswith("message:")
    assert "{derived.t4_mismatch}" in problem


def test_lint_accepts_the_rules_own_facts_and_points(tmp_path):
    rs = _ruleset_with(tmp_path, "有{derived.inconsistency_count}处不平（{doc.period}年度），扣{points}分")
    assert placeholder_problems(rs) == []


def test_shipped_rules_have_no_unfillable_placeholders():
    assert placeholder_problems(load_rules()) == []


def test_absent_mentions_say_what_is_missing_in_chinese():
    """The evidence of a mention the report lacks reaches the auditor's sheet: it names the thing, not the fact id."""
    from engine.parse.mentions import MENTIONS, mention_facts

    facts = mention_facts("本机关全年主动公开政府信息120条，依申请公开工作平稳有序。")
    for name in MENTIONS:
        assert facts[name].value is False
        assert facts[name].evidence.startswith("未提及")
        assert not any("a" <= c.lower() <= "z" for c in facts[name].evidence), facts[name].evidence
    assert facts["mentions.assessment"].evidence == "未提及考核、社会评议或责任追究"


def test_fill_is_re2s_substitution_and_skips_messages_without_placeholders(monkeypatch):
    """`fill` (stdlib `re`) writes what re2's substitution of the same pattern wrote, on every shipped message with
    every fact present, absent, coded or listed; a message without `{` is returned without a search."""
    import re2

    from engine.rules import message
    first = re2.compile(r"\{([a-z0-9_]+(?:\.[a-z0-9_]+)*)\}")
    rules = load_rules().rules
    titles = {r.id: r.title for r in rules}
    made_up = ["{doc.year}年{doc.kind}，{points}分", "无占位", "{A.b}{a..b}{a.b", "{history.repeated_rules}、{x_1.y2}"]
    values = {"doc.kind": "government_annual", "doc.year": 2021, "history.repeated_rules": [rules[0].id, "zz"],
              "x_1.y2": 0.5}
    for text in [r.message for r in rules] + made_up:
        for facts in ({}, {k: Fact(v, "") for k, v in values.items()},
                      {name: Fact("某值", "") for name in message.placeholders(text)}):
            def value(m, facts=facts):
                name = m.group(1)
                if name == message.POINTS:
                    return m.group(0)
                fact = facts.get(name)
                if fact is None:
                    return message.MISSING
                if name in message.CODED:
                    return message.label(message.CODED[name], fact.value)
                return message.spoken(fact.value, titles)
            assert fill(text, facts, titles) == first.sub(value, text)
    searched = []
    monkeypatch.setattr(message, "PLACEHOLDER", type("Spy", (), {
        "sub": lambda self, f, text: searched.append(text) or PLACEHOLDER.sub(f, text)})())
    assert fill("本年度报告未发布", {}) == "本年度报告未发布" and not searched
    assert fill("{doc.year}年", {"doc.year": Fact(2021, "")}) == "2021年" and searched == ["{doc.year}年"]

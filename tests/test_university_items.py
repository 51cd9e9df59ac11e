"""The 50 items of the 高校信息公开事项清单: the table, its patterns, the facts they give, the rules that read them."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import yaml

from engine.facts import CHECKLIST, VOCABULARY
from engine.pipeline import parse_file
from engine.rules import load_rules
from engine.university_items import ITEMS

REPORTS = Path(__file__).resolve().parents[1] / "reports"
RULES = Path(__file__).resolve().parents[1] / "rules" / "university" / "items"
COUNTS = {"basic": 6, "admissions": 8, "finance": 7, "personnel": 5, "teaching": 9,
          "students": 4, "ethos": 3, "degrees": 4, "exchange": 2, "other": 2}


def test_fifty_items_numbered_in_order():
    assert len(ITEMS) == 50
    assert [item.number for item in ITEMS.values()] == list(range(1, 51))
    assert list(ITEMS) == [f"{n:02d}" for n in range(1, 51)]
    assert all(item.verified == (item.number <= 21) for item in ITEMS.values())


def test_categories_and_counts():
    assert set(COUNTS) == set(CHECKLIST)
    assert {item.category for item in ITEMS.values()} <= set(CHECKLIST)
    assert Counter(item.category for item in ITEMS.values()) == COUNTS
    # the categories run in the 清单's order: 1–6 basic, 7–14 admissions, …
    order = list(dict.fromkeys(item.category for item in ITEMS.values()))
    assert order == list(CHECKLIST)


@pytest.mark.parametrize("key", list(ITEMS))
def test_patterns_compile_and_find_their_own_title(key):
    item = ITEMS[key]
    assert item.patterns and item.title
    regexes = [re.compile(p) for p in item.patterns]
    for title in (item.title, unicodedata.normalize("NFKC", item.title)):  # as written and as normalised
        assert any(r.search(title) for r in regexes), f"no pattern of item {item.number} matches {title!r}"


@pytest.mark.parametrize("key", list(ITEMS))
def test_patterns_stay_simple(key):
    """Bounded repeats only: no `*`, `+` or open `{n,}` that could make a pattern backtrack."""
    for p in ITEMS[key].patterns:
        assert not re.search(r"(?<!\\)[*+]|\{\d*,\}", p), p


def test_vocabulary_and_rules_cover_every_item():
    for key, item in ITEMS.items():
        spec = VOCABULARY[f"university.item.{key}"]
        assert spec.type == "bool" and item.title in spec.meaning
    rules = {r.id: r for r in load_rules().rules}
    assert "university.items.item_06" not in rules  # 清单第6项 is the report itself: its timeliness is the check
    assert "univ.checklist.item_06" in rules["university.timeliness.report_deadline"].covers
    for key in (k for k in ITEMS if k != "06"):
        rule = rules[f"university.items.item_{key}"]
        assert rule.topic == "university.checklist" and rule.points == (0 if key == "47" else 0.5)
        assert rule.covers == (f"univ.checklist.item_{key}",)
        assert f"第{int(key)}项" in rule.basis and f"第{int(key)}项" in rule.title
        assert rule.evidence == (f"university.item.{key}",)
        data = yaml.safe_load((RULES / f"item_{key}.yaml").read_text(encoding="utf-8"))
        if not ITEMS[key].verified:
            assert "未与教育部原文核对" in data["known_problems"], f"item_{key}.yaml: say the numbering is unverified"


def _items(name: str) -> dict[str, bool]:
    (report,) = parse_file(next(REPORTS.glob(f"{name}*")))
    return {key: report.facts[f"university.item.{key}"].value for key in ITEMS}


def test_complete_report_finds_most_items():
    found = _items("04-")
    missing = [int(k) for k, v in found.items() if not v]
    assert sum(found.values()) >= 35, f"items not found in report 04: {missing}"
    for n in (1, 7, 19, 20, 21, 35, 42, 47, 49):
        assert found[f"{n:02d}"], f"item {n} should be found in report 04"


def test_thinner_report_finds_fewer():
    complete, thin = _items("04-"), _items("16-")
    assert sum(thin.values()) < sum(complete.values())
    for n in (22, 23, 26, 38, 40):  # 16 does not mention these
        assert not thin[f"{n:02d}"], f"item {n} should not be found in report 16"


def test_evidence_quotes_the_text_or_names_the_item():
    (report,) = parse_file(next(REPORTS.glob("16-*")))
    assert "就业率" in report.facts["university.item.32"].evidence
    assert report.facts["university.item.22"].evidence.startswith("未提及清单第22项")


def test_government_report_gets_no_item_facts():
    (report,) = parse_file(next(REPORTS.glob("15-*")))
    assert not any(name.startswith("university.item.") for name in report.facts)


@pytest.mark.parametrize(("key", "text", "expected"), [
    ("06", "江澜理工学院2017-2018学年信息公开工作年度报告\n发布时间", False),  # the report's own title
    ("06", "根据教育部办公厅关于做好高校信息公开年度报告工作的通知要求", False),
    ("06", "按时在专栏发布了上一学年信息公开年度报告。", True),
    ("02", "公开经主管部门核定的招生章程。", False),
    ("10", "公开研究生招生咨询及申诉渠道。", False),
    ("14", "公开研究生招生咨询及申诉渠道。", True),
    ("21", "收费及减免情况:本学年未收取任何费用。", False),
    ("40", "(七)学风建设信息:公开学术道德规范。", False),
    ("43", "拟授予硕士、博士学位同等学力人员资格审查", False),
    ("45", "拟新增学位授权学科或专业学位授权点的申报及论证材料", False),
    ("46", "拟新增学位授权学科或专业学位授权点的申报及论证材料", True),
])
def test_patterns_tell_items_apart(key, text, expected):
    assert any(re.search(p, text) for p in ITEMS[key].patterns) is expected

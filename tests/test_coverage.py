"""rules/coverage.yaml: every requirement is checked by a rule or says why it cannot be; problems as FILE:LINE."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.rules import load_rules
from engine.rules.coverage import (
    COVERAGE_FILE,
    checked_by,
    coverage_markdown,
    coverage_problems,
    load_coverage,
    summary,
)
from engine.rules.loader import RULES_DIR, RuleError, display_path

RULESET = load_rules()
REQUIREMENTS = load_coverage()

ENTRY = """  - id: {id}
    instrument: 《政府信息公开条例》(2019) 国务院令第711号
    provision: 第四十九条
    requirement: 按期公布年度报告
    source_status: verified
"""


def write(path: Path, *entries: str) -> Path:
    path.write_text("requirements:\n" + "".join(entries), encoding="utf-8")
    return path


def test_shipped_coverage_has_no_problems():
    assert COVERAGE_FILE == RULES_DIR / "coverage.yaml"
    assert coverage_problems(REQUIREMENTS, RULESET) == []


def test_every_rule_says_what_it_covers():
    assert [r.id for r in RULESET.rules if not r.covers] == []


def test_required_requirements_are_listed():
    ids = {r.id for r in REQUIREMENTS}
    for art in ("4.annual_report", "4.secrecy_review", "14", "18", "24", "27", "28", "29", "31"):
        assert f"gov2007.art{art}" in ids
    for part in ("proactive", "requests", "fees", "review_litigation", "problems", "other"):
        assert f"gov2007.art32.{part}" in ids
    for art in ("17", "26", "33", "36", "42", "46", "49.departments", "49.governments", "50.assessment"):
        assert f"gov2019.art{art}" in ids
    for identity in ("table3.identity_balance", "table3.identity_results", "table3.identity_columns",
                     "table4.identity_totals", "table3.carry_over", "table2.effective_count"):
        assert f"format2021.{identity}" in ids
    assert {f"univ.checklist.item_{n:02d}" for n in range(1, 51)} <= ids
    assert {"univ.report.deadline", "univ.measures.art5"} <= ids
    assert len([i for i in ids if i.startswith("univ.enrollment.")]) == 10


def test_history_requirements_are_checked_across_years_where_the_engine_can():
    by_id = {r.id: r for r in REQUIREMENTS}
    rules_for = checked_by(REQUIREMENTS, RULESET)
    assert [r.id for r in rules_for["format2021.table3.carry_over"]] == ["common.history.carryover"]
    assert not by_id["format2021.table3.carry_over"].not_checkable
    copied = by_id["format2021.quality.copied_last_year"]  # figures and text
    assert not copied.not_checkable
    assert sorted(r.id for r in rules_for[copied.id]) == ["common.history.figures_unchanged",
                                                          "common.history.text_repeated"]
    assert [r.id for r in rules_for["local.repeat.escalation"]] == ["common.history.repeat"]
    assert by_id["format2021.table2.effective_count"].not_checkable
    assert not rules_for.get("format2021.table2.effective_count")


def test_partly_checkable_requirement_has_both_a_reason_and_a_rule():
    by_id = {r.id: r for r in REQUIREMENTS}
    rules_for = checked_by(REQUIREMENTS, RULESET)
    for rid, rule in (("gov2007.art24", "gov2007.timeliness.overdue_requests"),
                      ("gov2019.art33", "gov2019.timeliness.overdue_requests")):
        assert by_id[rid].not_checkable
        assert rule in [r.id for r in rules_for[rid]]


def test_broken_coverage_file_gives_file_and_line(tmp_path):
    bad = write(tmp_path / "coverage.yaml", ENTRY.format(id="gov2019.art49"),
                ENTRY.format(id="gov2019.art50").replace("verified", "maybe"))
    with pytest.raises(RuleError) as err:
        load_coverage(bad)
    assert err.value.problems[0].startswith(f"{display_path(bad)}:11: ")
    assert "maybe" in err.value.problems[0]

    broken = tmp_path / "broken.yaml"
    broken.write_text("requirements:\n  - id: a.b\n    provision: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_coverage(broken)
    assert re.match(rf"{re.escape(display_path(broken))}:\d+: YAML 写法有误", err.value.problems[0])


def test_uncovered_and_duplicate_requirements_are_reported(tmp_path):
    path = write(tmp_path / "coverage.yaml", ENTRY.format(id="gov2019.art49.departments"),
                 ENTRY.format(id="gov2019.nothing_checks_this"), ENTRY.format(id="gov2019.art49.departments"))
    reqs = load_coverage(path)
    problems = [p for p in coverage_problems(reqs, RULESET) if p.startswith(display_path(path))]
    assert any(p.startswith(f"{display_path(path)}:7: ") and "gov2019.nothing_checks_this" in p for p in problems)
    assert any(p.startswith(f"{display_path(path)}:12: ") and "duplicate" in p for p in problems)


def test_rule_covering_an_unknown_requirement_is_reported_at_its_line(tmp_path):
    root = tmp_path / "rules"
    (root / "gov2007" / "timeliness").mkdir(parents=True)
    source = RULES_DIR / "gov2007" / "timeliness" / "report_deadline.yaml"
    target = root / "gov2007" / "timeliness" / "report_deadline.yaml"
    text = source.read_text(encoding="utf-8")
    assert "\ncovers: [gov2007.art31]\n" in text
    target.write_text(text.replace("covers: [gov2007.art31]", "covers: [gov2007.art31, gov2007.art99]"),
                      encoding="utf-8")
    line = target.read_text(encoding="utf-8").split("\n").index("covers: [gov2007.art31, gov2007.art99]") + 1
    problems = coverage_problems(REQUIREMENTS, load_rules(root))
    assert any(p.startswith(f"{display_path(target)}:{line}: ") and "gov2007.art99" in p for p in problems)


def test_markdown_lists_every_requirement_and_the_counts():
    text = coverage_markdown(REQUIREMENTS, RULESET)
    for req in REQUIREMENTS:
        assert f"`{req.id}`" in text
    total, checked, partly, not_checkable = summary(REQUIREMENTS, RULESET)
    assert total == len(REQUIREMENTS) and checked + not_checkable == total and 0 < partly < checked
    assert f"共 {total} 项要求：{checked} 项有规则检查（其中 {partly} 项只能部分核对），" \
           f"{not_checkable} 项不能从报告核对。" in text
    assert "[`gov2007.timeliness.report_deadline`](../rules/gov2007/timeliness/report_deadline.yaml)" in text
    assert "## 《政府信息公开条例》(2007) 国务院令第492号" in text


def test_markdown_escapes_pipes(tmp_path):
    path = write(tmp_path / "coverage.yaml",
                 ENTRY.format(id="x.piped").replace("按期公布年度报告", "甲|乙") + "    not_checkable: 丙|丁\n")
    text = coverage_markdown(load_coverage(path), RULESET)
    row = next(line for line in text.splitlines() if "`x.piped`" in line)
    assert "甲\\|乙" in row and "丙\\|丁" in row
    assert row.count(" | ") == 3



def test_docs_coverage_md_is_up_to_date():
    from engine.rules import load_rules
    from engine.rules.coverage import coverage_markdown, load_coverage
    root = Path(__file__).resolve().parents[1]
    expected = coverage_markdown(load_coverage(root / "rules" / "coverage.yaml"), load_rules(root / "rules"))
    assert (root / "docs" / "coverage.md").read_text(encoding="utf-8") == expected, \
        "regenerate: xxgk rules coverage > docs/coverage.md"

"""What the law requires of a report, and which rule checks it: rules/coverage.yaml against the rules' `covers:`.

Each requirement in rules/coverage.yaml is either checked by the rules that name it in `covers:` or says why
a report cannot show it (`not_checkable`); both together mean a rule checks the part the text can show.
`coverage_problems` reports the gaps as `FILE:LINE: message`; `coverage_markdown` writes docs/coverage.md.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import yaml

from engine.glossary import os_reason
from engine.rules.loader import RULES_DIR, Rule, RuleError, RuleSet, display_path, schema
from engine.rules.wording import schema_problem, yaml_problem
from engine.rules.yamlpos import line_of, load_with_positions

COVERAGE_FILE = RULES_DIR / "coverage.yaml"
ROOT = RULES_DIR.parent
STATUS = {"verified": "原文已核实", "secondary": "转载/第三方来源", "unverified": "未核实"}


@dataclass(frozen=True, slots=True)
class Requirement:
    id: str
    instrument: str
    provision: str
    requirement: str
    source_status: str
    not_checkable: str | None
    note: str
    file: str
    line: int


def load_coverage(path: Path | None = None) -> list[Requirement]:
    """The requirements of a coverage file, schema-checked; any problem raises RuleError (`FILE:LINE: …`)."""
    path = path or COVERAGE_FILE
    rel = display_path(path)
    try:
        data, node = load_with_positions(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError([f"{rel}:{mark.line + 1 if mark else 1}: {yaml_problem(exc)}"]) from None
    except UnicodeDecodeError:
        raise RuleError([f"{rel}:1: 覆盖清单不是 UTF-8 编码；请另存为 UTF-8"]) from None
    except OSError as exc:
        raise RuleError([f"{rel}:1: 无法读取覆盖清单（{os_reason(exc)}）"]) from None
    validator = jsonschema.Draft202012Validator(schema("coverage.schema.json"))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise RuleError([f"{rel}:{line_of(node, list(e.absolute_path))}: "
                         f"{'/'.join(map(str, e.absolute_path)) or '覆盖清单'}: {schema_problem(e)}" for e in errors])
    return [Requirement(id=r["id"], instrument=r["instrument"], provision=r["provision"],
                        requirement=r["requirement"], source_status=r["source_status"],
                        not_checkable=r.get("not_checkable"), note=r.get("note", ""), file=rel,
                        line=line_of(node, ["requirements", i]))
            for i, r in enumerate(data["requirements"])]


def _covers_line(rule: Rule, index: int) -> int:
    """The line of a rule's index-th `covers:` entry (the rule's `when:` line if the file cannot be re-read)."""
    try:
        _, node = load_with_positions(Path(rule.file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return rule.line
    return line_of(node, ["covers", index])


def checked_by(requirements: list[Requirement], ruleset: RuleSet) -> dict[str, list[Rule]]:
    """Requirement id → the rules that name it in `covers:` (in rule-id order)."""
    known = {r.id for r in requirements}
    out: dict[str, list[Rule]] = defaultdict(list)
    for rule in sorted(ruleset.rules, key=lambda r: r.id):
        for rid in dict.fromkeys(rule.covers):
            if rid in known:
                out[rid].append(rule)
    return out


def coverage_problems(requirements: list[Requirement], ruleset: RuleSet) -> list[str]:
    problems: list[str] = []
    first: dict[str, Requirement] = {}
    for req in requirements:
        if req.id in first:
            problems.append(f"{req.file}:{req.line}: 要求编号 {req.id!r} 重复（第 {first[req.id].line} 行已有）")
        first.setdefault(req.id, req)
    for rule in sorted(ruleset.rules, key=lambda r: (r.file, r.id)):
        for i, rid in enumerate(rule.covers):
            if rid not in first:
                problems.append(f"{rule.file}:{_covers_line(rule, i)}: {rule.id} 的 covers 中的要求编号 {rid!r} "
                                f"不存在（{display_path(COVERAGE_FILE)} 中没有）")
    rules_for = checked_by(requirements, ruleset)
    for req in first.values():
        if not rules_for.get(req.id) and not req.not_checkable:
            problems.append(f"{req.file}:{req.line}: 要求 {req.id!r} 没有规则检查（请加到某条规则的 covers 中），"
                            "也没有用 not_checkable 说明为何无法检查")
    return problems


def _cell(s: str) -> str:
    return " ".join(str(s).split()).replace("|", "\\|")


def _rule_link(rule: Rule) -> str:
    try:
        rel = Path(rule.file).resolve().relative_to(ROOT)
    except ValueError:
        return f"`{rule.id}`"
    return f"[`{rule.id}`](../{rel.as_posix()})"


def summary(requirements: list[Requirement], ruleset: RuleSet) -> tuple[int, int, int, int]:
    """(requirements, checked by a rule, of those only in part, not checkable from a report)."""
    rules_for = checked_by(requirements, ruleset)
    checked = [r for r in requirements if rules_for.get(r.id)]
    partly = sum(1 for r in checked if r.not_checkable)
    not_checkable = sum(1 for r in requirements if not rules_for.get(r.id) and r.not_checkable)
    return len(requirements), len(checked), partly, not_checkable


def coverage_markdown(requirements: list[Requirement], ruleset: RuleSet) -> str:
    """docs/coverage.md: one table per instrument, in the order the coverage file lists them."""
    rules_for = checked_by(requirements, ruleset)
    total, checked, partly, not_checkable = summary(requirements, ruleset)
    unchecked = total - checked - not_checkable
    lines = [
        "# 法规要求及检查它的规则",
        "",
        "由 `xxgk rules coverage` 根据 `rules/coverage.yaml` 和各规则的 `covers:` 生成，请勿手工修改。",
        "",
        f"共 {total} 项要求：{checked} 项有规则检查（其中 {partly} 项只能部分核对），"
        f"{not_checkable} 项不能从报告核对" + (f"，{unchecked} 项尚无规则。" if unchecked else "。"),
        "",
    ]
    groups: dict[str, list[Requirement]] = defaultdict(list)
    for req in requirements:
        groups[req.instrument].append(req)
    for instrument, reqs in groups.items():
        lines += [f"## {instrument}", "", "| 条款 | 要求 | 检查规则 | 说明 |",
                  "| --- | --- | --- | --- |"]
        for req in reqs:
            rules = rules_for.get(req.id, [])
            notes = []
            if req.not_checkable:
                notes.append(("只能部分核对：" if rules else "不能从报告核对：") + req.not_checkable)
            elif not rules:
                notes.append("尚无规则")
            if req.note:
                notes.append(req.note)
            notes.append(f"来源：{STATUS[req.source_status]}")
            lines.append(f"| {_cell(req.provision)} `{req.id}` | {_cell(req.requirement)} | "
                         f"{'<br>'.join(_rule_link(r) for r in rules) or '—'} | {_cell('；'.join(notes))} |")
        lines.append("")
    return "\n".join(lines)

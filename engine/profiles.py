"""Scoring profiles: which rule packs count, points overrides, caps, grades, waivers, `extends`.

Profiles are YAML under rules/profiles/, validated against schemas/profile.schema.json and against the
loaded rules (an unknown rule id in a profile is an error, not a silent no-op).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from engine.rules.loader import RuleError, RuleSet, display_path, schema
from engine.rules.wording import schema_problem, yaml_problem
from engine.rules.yamlpos import line_of, load_with_positions

AUTO = "auto"


@dataclass(frozen=True, slots=True)
class Waiver:
    rule: str
    agency: str
    reason: str
    approved_by: str
    until: date


@dataclass(frozen=True, slots=True)
class Tier:
    start: int  # the occurrence from which this tier applies
    points: float
    label: str


@dataclass(slots=True)
class Profile:
    name: str
    title: str
    packs: tuple[str, ...] = ()
    disable: frozenset[str] = frozenset()
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    caps: dict[str, float] = field(default_factory=dict)
    grades: list[tuple[float, str]] = field(default_factory=list)
    waivers: list[Waiver] = field(default_factory=list)
    select: dict[str, Any] = field(default_factory=dict)
    choose: tuple[str, ...] = ()
    categories: dict[str, tuple[float, frozenset[str]]] = field(default_factory=dict)  # name → (cap, topics)
    escalation_rules: frozenset[str] = frozenset()
    tiers: tuple[Tier, ...] = ()
    repeat_rules: frozenset[str] = frozenset()  # rules reporting a failure repeated across years
    repeat_tiers: tuple[Tier, ...] = ()  # priced by the years in a row (history.repeat_streak)
    missing_score: float = 0.0  # an agency on the roster that sent no report (未报送): this score and grade
    missing_grade: str = "不合格"
    point_step: float = 0.1  # a reviewer adjusts a finding's points in multiples of this (the workbench's form)

    def tier(self, occurrence: int) -> Tier:
        return max((t for t in self.tiers if t.start <= occurrence), key=lambda t: t.start)

    def repeat_tier(self, years: int) -> Tier | None:
        reached = [t for t in self.repeat_tiers if t.start <= years]
        return max(reached, key=lambda t: t.start) if reached else None

    def counts(self, rule_id: str, pack: str) -> bool:
        return pack in self.packs and rule_id not in self.disable

    def fits(self, kind: str | None, level: str | None, year: int | None) -> bool:
        sel = self.select
        if "kind" in sel and kind not in sel["kind"]:
            return False
        if "level" in sel and level not in sel["level"]:
            return False
        years = sel.get("years", {})
        if years and year is None:
            return "to" not in years  # an undated document is taken as current
        if "from" in years and year < years["from"]:
            return False
        return not ("to" in years and year > years["to"])

    def grade(self, score: float) -> str:
        for minimum, grade in self.grades:
            if score >= minimum:
                return grade
        return "不合格"


@dataclass(slots=True)
class Profiles:
    by_name: dict[str, Profile]

    def get(self, name: str) -> Profile:
        if name not in self.by_name:
            raise KeyError(f"没有评分方案 {name!r}；可选：{'、'.join(sorted(self.by_name))}")
        return self.by_name[name]

    def choose(self, name: str, kind: str | None, level: str | None, year: int | None) -> tuple[Profile, str]:
        """The profile for one document, and a warning when it does not fit the document."""
        profile = self.get(name)
        if profile.choose:
            candidates = [self.get(n) for n in profile.choose]
            for candidate in candidates:
                if candidate.fits(kind, level, year):
                    return candidate, ""
            return candidates[-1], ""
        if profile.select and not profile.fits(kind, level, year):
            return profile, (f"警告: 评分方案 {profile.name} 不适用于该文件（类型 {kind or '未知'}、"
                             f"层级 {level or '未知'}、年度 {year or '未知'}）；分数仅供参考")
        return profile, ""


def _merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    out = dict(parent)
    for key, value in child.items():
        if key in ("caps", "overrides", "categories"):
            out[key] = {**parent.get(key, {}), **value}
        elif key in ("disable", "waivers"):
            out[key] = [*parent.get(key, []), *value]
        elif key not in ("name", "title", "description", "extends", "select", "choose"):
            out[key] = value
    for key in ("name", "title", "select", "choose"):
        if key in child:
            out[key] = child[key]
        elif key == "choose":
            out.pop(key, None)  # `select` is inherited: a profile extending gov-2019 fits what gov-2019 fits
    return out


def load_profiles(folder: Path | Sequence[Path], ruleset: RuleSet) -> Profiles:
    """Profiles of one folder, or of several: a later folder's profile replaces an earlier one of the same name
    and may extend any of them (an office's own profiles beside the shipped ones, engine/rules/combine.py)."""
    folders = [folder] if isinstance(folder, Path) else list(folder)
    folder = folders[0]
    problems: list[str] = []
    raw: dict[str, tuple[dict[str, Any], yaml.Node, str]] = {}
    import jsonschema  # here, not at the top: a start from the compiled-rules cache never validates
    validator = jsonschema.Draft202012Validator(schema("profile.schema.json"))
    chosen = {p.stem: p for f in folders for p in sorted(f.glob("*.yaml"))}
    for path in chosen.values():
        rel = display_path(path)
        try:
            data, node = load_with_positions(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problems.append(f"{rel}:{mark.line + 1 if mark else 1}: {yaml_problem(exc)}")
            continue
        errors = list(validator.iter_errors(data))
        for err in errors:
            where = list(err.absolute_path)
            problems.append(f"{rel}:{line_of(node, where)}: {'/'.join(map(str, where)) or '评分方案'}: "
                            f"{schema_problem(err)}")
        if errors:
            continue
        if data["name"] != path.stem:
            problems.append(f"{rel}:{line_of(node, ['name'])}: name {data['name']!r} 须与文件名 {path.stem!r} 相同")
        raw[data["name"]] = (data, node, rel)
    rules = ruleset.by_id()
    packs = {r.pack for r in ruleset.rules}
    for data, node, rel in raw.values():
        if "extends" in data and data["extends"] not in raw:
            problems.append(f"{rel}:{line_of(node, ['extends'])}: extends 的评分方案 {data['extends']!r} 不存在")
        for key in ("disable",):
            for i, rid in enumerate(data.get(key, [])):
                if rid not in rules:
                    problems.append(f"{rel}:{line_of(node, [key, i])}: 没有编号为 {rid!r} 的规则")
        for rid in data.get("overrides", {}):
            if rid not in rules:
                problems.append(f"{rel}:{line_of(node, ['overrides', rid])}: 没有编号为 {rid!r} 的规则")
        escalation = data.get("escalation", {})
        for i, rid in enumerate(escalation.get("rules", [])):
            if rid not in rules:
                problems.append(f"{rel}:{line_of(node, ['escalation', 'rules', i])}: 没有编号为 {rid!r} 的规则")
            elif not rules[rid].points_per:
                problems.append(f"{rel}:{line_of(node, ['escalation', 'rules', i])}: {rid} 没有 points_per："
                                "逐次加重扣分需要按件计数的规则")
        for i, rid in enumerate(data.get("repeat", {}).get("rules", [])):
            if rid not in rules:
                problems.append(f"{rel}:{line_of(node, ['repeat', 'rules', i])}: 没有编号为 {rid!r} 的规则")
        if escalation and 1 not in {t["from"] for t in escalation["tiers"]}:
            problems.append(f"{rel}:{line_of(node, ['escalation', 'tiers'])}: 第一档须从第 1 次开始（from: 1）")
        for i, w in enumerate(data.get("waivers", [])):
            if w["rule"] not in rules:
                problems.append(f"{rel}:{line_of(node, ['waivers', i])}: 豁免的规则 {w['rule']!r} 不存在")
        for i, pack in enumerate(data.get("packs", [])):
            if pack not in packs:
                problems.append(f"{rel}:{line_of(node, ['packs', i])}: 规则文件夹中没有规则包 {pack!r}")
        for i, name in enumerate(data.get("choose", [])):
            if name not in raw:
                problems.append(f"{rel}:{line_of(node, ['choose', i])}: 没有评分方案 {name!r}")
    if problems:
        raise RuleError(problems)
    resolved: dict[str, Profile] = {}
    for name in raw:
        chain, cur = [], name
        while cur is not None:
            if cur in chain:
                data, node, rel = raw[name]
                raise RuleError([f"{rel}:{line_of(node, ['extends'])}: extends 循环继承：{' → '.join(chain)}"])
            chain.append(cur)
            cur = raw[cur][0].get("extends")
        merged: dict[str, Any] = {}
        for link in reversed(chain):
            merged = _merge(merged, raw[link][0])
        resolved[name] = Profile(
            name=name, title=merged["title"], packs=tuple(merged.get("packs", ())),
            disable=frozenset(merged.get("disable", [])), overrides=merged.get("overrides", {}),
            caps=merged.get("caps", {}),
            grades=sorted(((g["min"], g["grade"]) for g in merged.get("grades", [])), reverse=True),
            waivers=[Waiver(w["rule"], w["agency"], w["reason"], w["approved_by"], date.fromisoformat(str(w["until"])))
                     for w in merged.get("waivers", [])],
            select=merged.get("select", {}), choose=tuple(merged.get("choose", ())),
            categories={k: (float(c["cap"]), frozenset(c["topics"])) for k, c in merged.get("categories", {}).items()},
            escalation_rules=frozenset(merged.get("escalation", {}).get("rules", ())),
            tiers=tuple(sorted((Tier(t["from"], float(t["points"]), t["label"])
                                for t in merged.get("escalation", {}).get("tiers", ())), key=lambda t: t.start)),
            repeat_rules=frozenset(merged.get("repeat", {}).get("rules", ())),
            repeat_tiers=tuple(sorted((Tier(t["from"], float(t["points"]), t["label"])
                                       for t in merged.get("repeat", {}).get("tiers", ())), key=lambda t: t.start)),
            missing_score=float(merged.get("missing_report", {}).get("score", 0.0)),
            missing_grade=merged.get("missing_report", {}).get("grade", "不合格"),
            point_step=float(merged.get("point_step", 0.1)),
        )
    if AUTO not in resolved:
        raise RuleError([f"{display_path(folder)}:1: 缺少评分方案 auto.yaml"])
    return Profiles(resolved)

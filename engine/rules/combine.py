"""An office's own rules beside the shipped ones: several rule folders read as one rule set.

The shipped rules/ come first; each `--rules DIR` is layered on top: its packs and profiles are added, a rule
with a shipped rule's id replaces it (with a warning naming both files), a profile with a shipped profile's name
replaces it, and a profile may extend any profile of any layer. A folder holding a coverage.yaml is a complete
rule set and replaces everything before it (as `--rules DIR` did before layers). The office's folder lives
outside the installation, so an upgrade replaces the shipped rules and keeps the office's.

Each folder is checked by the ordinary loader (FILE:LINE problems); only the combining happens here.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from pathlib import Path

from engine import __version__
from engine.profiles import Profiles, load_profiles
from engine.rules import condition as C
from engine.rules.loader import (
    PROFILE_DIR_NAME,
    RULES_DIR,
    RuleError,
    RuleSet,
    _applies_spec,
    display_path,
    load_rules,
    rule_files,
    stray_files,
)

Folders = Path | Sequence[Path] | None


def layers(given: Folders) -> tuple[Path, ...]:
    """The rule folders in the order they apply, the shipped ones (or a complete set in their place) first."""
    if given is None:
        return (RULES_DIR,)
    out = [RULES_DIR]
    for folder in [given] if isinstance(given, Path) else given:
        if (folder / "coverage.yaml").is_file():
            out = [folder]
        elif folder.resolve() not in {f.resolve() for f in out}:  # a folder given twice counts once
            out.append(folder)
    return tuple(out)


def version(folders: Sequence[Path]) -> str:
    """Changes whenever a rule, a profile, a layer or the engine changes: the store's cache key."""
    digest = hashlib.sha256(__version__.encode())
    for i, root in enumerate(folders):
        for path in sorted(root.rglob("*.yaml")):
            digest.update(f"{i}\0{path.relative_to(root).as_posix()}\0".encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def load_layers(given: Folders) -> tuple[RuleSet, Profiles, str, list[str]]:
    """The combined rule set, its profiles, its version and the warnings about replaced rules and profiles."""
    folders = layers(given)
    ruleset = load_rules(folders[0])
    warnings: list[str] = []
    if len(folders) > 1:
        ruleset = _combine(ruleset, folders[1:], warnings)
    profile_dirs = [f / PROFILE_DIR_NAME for f in folders if (f / PROFILE_DIR_NAME).is_dir()]
    for local in profile_dirs[1:]:
        for path in sorted(local.glob("*.yaml")):
            earlier = [d / path.name for d in profile_dirs[:profile_dirs.index(local)] if (d / path.name).is_file()]
            if earlier:
                warnings.append(f"警告：评分方案 {display_path(path)} 取代了 {display_path(earlier[-1])}")
    profiles = load_profiles(profile_dirs or [folders[0] / PROFILE_DIR_NAME], ruleset)
    return ruleset, profiles, version(folders), warnings


def _combine(base: RuleSet, folders: Sequence[Path], warnings: list[str]) -> RuleSet:
    rules = {r.id: r for r in base.rules}
    problems: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            problems.append(f"{display_path(folder)}:1: 规则文件夹不存在")
            continue
        if not rule_files(folder):  # profiles only, unless a rule file sits where no loader reads it
            problems += stray_files(folder)
            continue
        try:
            local = load_rules(folder)
        except RuleError as exc:
            problems += exc.problems
            continue
        for rule in local.rules:
            if rule.id in rules:
                warnings.append(f"警告：{rule.file}:{rule.line} 的规则 {rule.id} "
                                f"取代了 {rules[rule.id].file} 中的同编号规则")
            rules[rule.id] = rule
    if problems:
        raise RuleError(problems)
    patterns = C.TextPatterns()  # text patterns are numbered per rule set: number them again over the whole
    combined = []
    for rule in rules.values():
        applicability = C.parse({"all": _applies_spec(rule.applies_to)}, patterns)
        combined.append(dataclasses.replace(rule, applicability=applicability,
                                            condition=("all", [applicability, C.parse(rule.when, patterns)])))
    fields = {leaf[1] for rule in combined for leaf in C.leaves(rule.condition)}
    return RuleSet(rules=combined, patterns=patterns, fields=fields)


def coverage_file(given: Folders) -> Path:
    """The requirements list of the combination: the complete set's coverage.yaml (the office adds rules that
    cover its requirements; the list of the law's requirements stays the shipped one)."""
    return layers(given)[0] / "coverage.yaml"

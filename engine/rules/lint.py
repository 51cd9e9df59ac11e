"""Checks beyond loading: conditions that can never fire, or always fire, and titles or messages with
placeholders no fact of the rule can fill, for `xxgk rules lint`.

The candidate values for each fact are the constants the rule compares it with (and their neighbours),
plus absence; the plain-Python evaluator decides. A rule whose `when` never holds is dead weight; one whose
`when` always holds (even with every fact absent) deducts from every report it applies to.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

from engine.facts import VOCABULARY
from engine.rules import condition as C
from engine.rules.loader import Rule, RuleSet
from engine.rules.message import COMPANIONS, DOCUMENT, POINTS, placeholders

_ABSENT = object()
MAX_EXHAUSTIVE = 20_000
SAMPLES = 4_000


def _candidates(field: str, rule: Rule) -> list[Any]:
    if field.startswith("text__"):
        return [True, False]
    spec = VOCABULARY[C.fact_of(field)]
    consts = [leaf[3] for leaf in C.leaves(rule.condition) if leaf[0] == "cmp" and leaf[1] == field]
    flat = [v for c in consts for v in (c if isinstance(c, list) else [c])]
    if spec.type == "bool":
        values: list[Any] = [True, False]
    elif spec.type in ("int", "float"):
        values = sorted({n + d for n in flat if isinstance(n, int | float) for d in (-1, 0, 1)} | {0})
    else:
        values = list(dict.fromkeys([*flat, *spec.choices, "其他"]))
    return [*values, _ABSENT]


def _rows(rule: Rule):
    fields = sorted({leaf[1] for leaf in C.leaves(rule.condition)})
    options = [_candidates(f, rule) for f in fields]
    total = 1
    for o in options:
        total *= len(o)
    if total <= MAX_EXHAUSTIVE:
        combos = itertools.product(*options)
    else:
        rnd = random.Random(rule.id)
        combos = (tuple(rnd.choice(o) for o in options) for _ in range(SAMPLES))
    for combo in combos:
        yield {f: v for f, v in zip(fields, combo, strict=True) if v is not _ABSENT}


def condition_problems(ruleset: RuleSet) -> list[str]:
    problems = []
    for rule in ruleset.rules:
        when = rule.condition[1][1]
        fired = applicable_fired = 0
        for row in _rows(rule):
            applies = C.evaluate(rule.applicability, row)
            if applies and C.evaluate(when, row):
                fired += 1
            applicable_fired += applies
        if fired == 0:
            problems.append(f"{rule.file}:{rule.line}: {rule.id}: 条件在规则适用的文件上永远不会成立"
                            "（请检查比较符和取值）")
        elif fired == applicable_fired and C.evaluate(when, {}):
            problems.append(f"{rule.file}:{rule.line}: {rule.id}: 条件永远成立，报告什么都没写时也成立；"
                            "它会给每一份报告扣分")
    return problems


def _reads_review(rule: Rule) -> bool:
    return any(leaf[0] != "text" and C.fact_of(leaf[1]).startswith("review.") for leaf in C.leaves(rule.condition))


def profile_warnings(ruleset: RuleSet, profiles) -> list[str]:
    """Warnings (not errors) on how the profiles price the rules: uncapped per-case points, vetoes a classifier
    alone can trigger, and points given to an unverified basis without naming the scheme."""
    out: list[str] = []
    for profile in sorted(profiles.by_name.values(), key=lambda p: p.name):
        if profile.choose:
            continue
        capped = set(profile.caps) | {t for _, topics in profile.categories.values() for t in topics}
        for rule in ruleset.rules:
            if not profile.counts(rule.id, rule.pack):
                continue
            o = profile.overrides.get(rule.id, {})
            if rule.points_per and rule.topic not in capped:
                out.append(f"{rule.file}:{rule.line}: 警告：{rule.id} 按件扣分（{rule.points_per}），但评分方案 "
                           f"{profile.name} 没有给它的类别 {rule.topic} 设封顶")
            if o.get("veto", rule.veto) and not _reads_review(rule):
                out.append(f"{rule.file}:{rule.line}: 警告：在评分方案 {profile.name} 下 {rule.id} 一票否决，"
                           "却不需要复核人确认（条件中没有 review.*）：仅凭自动识别就会判为不合格")
            if "points" in o and "scheme" not in o and (rule.basis_status == "unverified" or any(
                    b["basis_status"] == "unverified" for b in rule.bases)):
                out.append(f"{rule.file}:{rule.line}: 警告：评分方案 {profile.name} 给 {rule.id} 定了分值，"
                           "但其依据未核实，且未注明所依据的方案（overrides 中的 scheme）；它仍扣 0 分")
    return out
def placeholder_problems(ruleset: RuleSet) -> list[str]:
    """A `{name}` in a title or message must be `{points}`, the document's identity (doc.agency, doc.period,
    doc.year) or a fact the rule reads (its condition or evidence, or a fact always set with one of those):
    anything else would reach a person as `{…}` or as 未读出."""
    problems = []
    for rule in ruleset.rules:
        known = {C.fact_of(leaf[1]) for leaf in C.leaves(rule.condition) if leaf[0] != "text"} | set(rule.evidence)
        known |= {c for name in list(known) for c in COMPANIONS.get(name, ())} | DOCUMENT | {POINTS}
        for what, text, line in (("title", rule.title, rule.text_lines[0]), ("message", rule.message,
                                                                             rule.text_lines[1])):
            for name in placeholders(text):
                if name not in known:
                    reads = ", ".join(sorted(known - {POINTS} - DOCUMENT))
                    problems.append(f"{rule.file}:{line or rule.line}: {rule.id}: {what} 中的占位符 {{{name}}} "
                                    f"不是本规则读取的事实（{reads}），无法填写；请改用其中之一，"
                                    "或 doc.agency、doc.period、doc.year、{points}")
    return problems

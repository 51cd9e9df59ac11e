"""A rule's message → the sentence on a finding: `{fact.name}` placeholders filled from the report's facts.

Plain substitution, nothing evaluated. Lists of rule ids (history.repeated_rules) read as those rules' titles;
`{points}` is left for scoring to fill once the deduction is priced (escalation tiers change it).
`placeholders` is what `xxgk rules lint` checks against the facts a rule reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from engine.glossary import label
from engine.model import Fact

# `re`, not re2: a fixed pattern of the engine's with no backtracking to fear, and re2's `sub` with a function runs
# a Python loop around each match (≈ 10 µs a message, a report's findings and the parent's history findings pay it)
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+(?:\.[a-z0-9_]+)*)\}")
POINTS = "points"  # filled by scoring with the finding's points
MISSING = "（未读出）"
# facts a rule may name beside the ones it reads: set whenever the fact named first is (same source, same step)
_REQUESTS = ("requests.received", "requests.carried_over", "requests.completed", "requests.carried_forward")
COMPANIONS = {
    "history.repeat_streak": ("history.repeated_rules",),  # engine.crossyear sets both or neither
    "history.text_resemblance": ("history.previous_period",),  # every comparison names the year compared with
    "history.figures_unchanged": ("history.previous_period",),
    "history.carryover_gap": ("history.previous_period", "requests.carried_over"),
    "derived.report_days_late": ("derived.report_deadline", "doc.published_on"),  # derived from these two
    "derived.requests_gap": _REQUESTS,  # derived only when all four are read
}
# facts whose values are codes: a message names them in the office's words (识别为工作总结, not work_summary)
CODED = {"doc.kind": "kind", "doc.level": "level", "doc.status": "status"}
# the document's identity: shown on every card, so a message may name it (未读出 when the text does not say)
DOCUMENT = frozenset({"doc.agency", "doc.period", "doc.year"})


def placeholders(message: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER.finditer(message)]


def fill(message: str, facts: Mapping[str, Fact], titles: Mapping[str, str] | None = None) -> str:
    """Every `{fact.name}` replaced by the fact's value as a person reads it; `{points}` kept."""
    if "{" not in message:  # most messages name no fact: nothing to replace
        return message
    def value(m) -> str:
        name = m.group(1)
        if name == POINTS:
            return m.group(0)
        fact = facts.get(name)
        if fact is None:
            return MISSING
        return label(CODED[name], fact.value) if name in CODED else spoken(fact.value, titles or {})
    return PLACEHOLDER.sub(value, message)


@lru_cache(maxsize=1024)  # synth-2000 prices 366 distinct (title, points) 2,358 times (bench/README.md "a27-tail")
def priced(title: str, points: float) -> str:
    """`{points}` filled with the finding's final points (5.0 → 5). At 0 points (a flag: an unverified basis, a
    profile that does not price the rule) the clause that names the deduction would say 扣0分: it becomes
    （仅作提示，不扣分） instead."""
    if points == 0:
        return _POINTS_CLAUSE.sub("（仅作提示，不扣分）", title)
    text = f"{points:.2f}".rstrip("0").rstrip(".")
    return title.replace("{" + POINTS + "}", text)


# the clause around {points}: from its comma (or the start) to the 分 after it
_POINTS_CLAUSE = re.compile(r"[，,；]?[^，,；{}]*\{" + POINTS + r"\}[^，,；。]*?分")


def spoken(value: Any, titles: Mapping[str, str]) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, list | tuple):
        return "、".join(titles.get(v, str(v)) if isinstance(v, str) else spoken(v, titles) for v in value)
    return str(value)

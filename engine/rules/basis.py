"""Which basis a finding cites: a rule may name era- or kind-specific bases (a 2016 report is judged under the
2007 Regulations, a university report under the MOE rules), each with its verification status.

A basis is `verified` when it was read in a stored text (its source says where) and `unverified` otherwise;
shipped profiles give 0 points to findings on an unverified basis (engine.scoring).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.model import Fact
from engine.rules.loader import Rule

VERIFIED, UNVERIFIED = "verified", "unverified"


@dataclass(frozen=True, slots=True)
class Basis:
    text: str
    status: str
    source: str


def _fits(applies: dict[str, Any], facts: dict[str, Fact]) -> bool:
    kind = facts["doc.kind"].value if "doc.kind" in facts else None
    year = facts["doc.year"].value if "doc.year" in facts else None
    if "kind" in applies and kind not in applies["kind"]:
        return False
    years = applies.get("years", {})
    if years and not isinstance(year, int):
        return False
    return not (("from" in years and year < years["from"]) or ("to" in years and year > years["to"]))


def basis_for(rule: Rule, facts: dict[str, Fact]) -> Basis:
    """The first of the rule's `bases` that fits the report, else its top-level basis."""
    for b in rule.bases:
        if _fits(b["applies_to"], facts):
            return Basis(b["basis"], b["basis_status"], b.get("basis_source", ""))
    return Basis(rule.basis, rule.basis_status, rule.basis_source)

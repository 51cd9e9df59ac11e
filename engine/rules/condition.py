"""The condition language of rules, with one meaning and two back ends.

A condition is `all`/`any`/`not` over leaves. A leaf compares one fact (`eq ne gt gte lt lte in`), tests it
for presence (`exists`), or searches the report text with an RE2 pattern (`text`). A comparison on a fact
the report does not state is false: "never guess" extends to the rules.

Both back ends read the same flat *row*: fact names with dots turned into `__`, plus one boolean field per
text pattern. `to_durable` builds durable_rules JSON; `evaluate` is the plain-Python oracle the
property tests hold it to.
"""

from __future__ import annotations

from typing import Any

_NEGATE = {"eq": "ne", "ne": "eq", "gt": "lte", "gte": "lt", "lt": "gte", "lte": "gt"}
_DURABLE = {"eq": "$eq", "ne": "$neq", "gt": "$gt", "gte": "$gte", "lt": "$lt", "lte": "$lte"}

# Internal form: ("all", [..]) ("any", [..]) ("not", c) ("text", field) ("cmp", field, op, value)
# ("exists", field, bool). Fields are row keys.
Cond = tuple


def field_of(fact: str) -> str:
    return fact.replace(".", "__")


def fact_of(field: str) -> str:
    return field.replace("__", ".")


class TextPatterns:
    """Numbers the distinct text patterns of a rule set; each becomes one boolean row field."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}

    def pattern_of(self, field: str) -> str:
        return next(p for p, f in self.fields.items() if f == field)

    def field(self, pattern: str) -> str:
        if pattern not in self.fields:
            self.fields[pattern] = f"text__{len(self.fields)}"
        return self.fields[pattern]


def parse(spec: dict[str, Any], patterns: TextPatterns) -> Cond:
    """YAML condition (already schema-valid) → internal form."""
    if "all" in spec:
        return ("all", [parse(c, patterns) for c in spec["all"]])
    if "any" in spec:
        return ("any", [parse(c, patterns) for c in spec["any"]])
    if "not" in spec:
        return ("not", parse(spec["not"], patterns))
    if "text" in spec:
        return ("text", patterns.field(spec["text"]))
    fact = spec["fact"]
    (op, value), = ((k, v) for k, v in spec.items() if k != "fact")
    if op == "exists":
        return ("exists", field_of(fact), bool(value))
    return ("cmp", field_of(fact), op, value)


def leaves(cond: Cond):
    """Every leaf of a condition, for lint and for the set of fields a rule set reads."""
    tag = cond[0]
    if tag in ("all", "any"):
        for c in cond[1]:
            yield from leaves(c)
    elif tag == "not":
        yield from leaves(cond[1])
    else:
        yield cond


# ---- plain Python: the oracle ----

def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "in":
        return left in right
    if op == "eq":
        return left == right
    if op == "ne":
        return left != right
    if isinstance(left, bool) or not isinstance(left, int | float):
        return False  # an ordering on a non-number never holds (durable does the same)
    return {"gt": left > right, "gte": left >= right, "lt": left < right, "lte": left <= right}[op]


def evaluate(cond: Cond, row: dict[str, Any]) -> bool:
    tag = cond[0]
    if tag == "all":
        return all(evaluate(c, row) for c in cond[1])
    if tag == "any":
        return any(evaluate(c, row) for c in cond[1])
    if tag == "not":
        return not evaluate(cond[1], row)
    if tag == "text":
        return bool(row.get(cond[1], False))
    if tag == "exists":
        return (cond[1] in row) is cond[2]
    _, field, op, value = cond
    return field in row and _compare(op, row[field], value)


# ---- durable_rules JSON ----

def _push_not(cond: Cond) -> Cond:
    """Negation normal form: durable has no general $not, so negate at the leaves."""
    tag = cond[0]
    if tag == "all":
        return ("any", [_push_not(c) for c in cond[1]])
    if tag == "any":
        return ("all", [_push_not(c) for c in cond[1]])
    if tag == "not":
        return _nnf(cond[1])
    if tag == "text":  # an absent text field is no match, as in the oracle
        return ("any", [("exists", cond[1], False), ("cmp", cond[1], "eq", False)])
    if tag == "exists":
        return ("exists", cond[1], not cond[2])
    _, field, op, value = cond
    absent = ("exists", field, False)
    if op == "in":
        return ("any", [absent, ("all", [("cmp", field, "ne", v) for v in value])])
    return ("any", [absent, ("cmp", field, _NEGATE[op], value)])


def _nnf(cond: Cond) -> Cond:
    tag = cond[0]
    if tag in ("all", "any"):
        return (tag, [_nnf(c) for c in cond[1]])
    if tag == "not":
        return _push_not(cond[1])
    if tag == "text":
        return ("cmp", cond[1], "eq", True)
    return cond


def _durable(cond: Cond) -> dict[str, Any]:
    tag = cond[0]
    if tag in ("all", "any"):
        parts = [_durable(c) for c in cond[1]]
        return parts[0] if len(parts) == 1 else {"$and" if tag == "all" else "$or": parts}
    if tag == "exists":
        return {"$ex" if cond[2] else "$nex": {cond[1]: 1}}
    _, field, op, value = cond
    if op == "in":
        return _durable(("any", [("cmp", field, "eq", v) for v in value]))
    if op in ("gt", "gte", "lt", "lte"):
        # a string or bool never orders: match numbers only, as the oracle does
        return {_DURABLE[op]: {field: value}}
    leaf = {_DURABLE[op]: {field: value}}
    return {"$and": [{"$ex": {field: 1}}, leaf]} if op == "ne" else leaf


def to_durable(cond: Cond) -> dict[str, Any]:
    return _durable(_nnf(cond))

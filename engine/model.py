"""Typed records handed from one stage to the next.

Each stage takes one of these in and hands the next one on; nothing reaches back.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any

OK, NOT_A_REPORT, ERROR = "ok", "not_a_report", "error"


def _slot_init(cls: type) -> type:
    """A frozen slots dataclass with the same `__init__` (same parameters, defaults and effect) written through each
    field's slot descriptor. The generated one sets each field with `object.__setattr__` (the frozen class refuses
    plain assignment); the descriptor's `__set__`, looked up once, is cheaper: `Fact(v, e)` −30% instructions,
    a Finding −45% (a12-parse, bench/README.md). A report makes ≈ 140 Facts in the parse, ≈ 20 in derive and ≈ 20
    in `batch.done`, and the parent unpickles those (`__reduce__` calls the class). Only for classes without
    `__post_init__`, default factories or init-less fields, which the generated `__init__` would have to honour."""
    params, body, names = [], [], {}
    for f in fields(cls):
        if not f.init or f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields")
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: __post_init__")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n", names)  # as dataclasses does
    init, generated = names["__init__"], cls.__dict__["__init__"]
    init.__qualname__, init.__module__ = generated.__qualname__, generated.__module__
    init.__annotations__, init.__doc__ = generated.__annotations__, generated.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


class InputError(Exception):
    """A file that cannot be read; the message tells a person what to do about it."""


@dataclass(frozen=True, slots=True)
class Document:
    """A file's text after ingest: decoded, boilerplate removed, normalised."""

    source: str
    text: str
    format: str  # txt | html | docx | pdf
    encoding: str  # the detected encoding of a text file, else the container format
    sha256: str  # of the file's bytes: the identity of a document across runs


@_slot_init
@dataclass(frozen=True, slots=True)
class Fact:
    value: Any
    evidence: str  # a short snippet of the normalised text the value was read from

    def __reduce__(self):  # pickled by its fields: a batch moves millions, 3x faster than the dataclass' setstate
        return Fact, (self.value, self.evidence)


@dataclass(slots=True)
class ParsedReport:
    source: str
    status: str  # ok | not_a_report | error
    facts: dict[str, Fact] = field(default_factory=dict)
    error: str | None = None
    text: str = ""  # the normalised text the facts were read from (not in the JSON)
    sha256: str = ""

    def value(self, name: str, default: Any = None) -> Any:
        fact = self.facts.get(name)
        return default if fact is None else fact.value

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "status": self.status}
        if self.error:
            out["error"] = self.error
        out["facts"] = {k: {"value": f.value, "evidence": f.evidence} for k, f in sorted(self.facts.items())}
        return out


@_slot_init
@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    topic: str
    title: str
    basis: str
    severity: str
    points: float
    evidence: str
    veto: bool = False
    occurrence: int = 1
    source: str = ""
    waived: str | None = None  # the waiver's reason when a profile waives this finding
    review: str = ""  # a person's decision on it, when exported from the review workbench (engine.review)
    # verified: the basis was read in a stored text (basis_source says where); unverified: it was not, and a
    # shipped profile prices the finding at 0; local_scheme: a local profile prices it (basis_source: the scheme)
    basis_status: str = ""
    basis_source: str = ""

    def __reduce__(self):  # as Fact's
        return Finding, (self.rule, self.topic, self.title, self.basis, self.severity, self.points, self.evidence,
                         self.veto, self.occurrence, self.source, self.waived, self.review, self.basis_status,
                         self.basis_source)

    def to_json(self) -> dict[str, Any]:
        out = {
            "rule": self.rule, "topic": self.topic, "title": self.title, "basis": self.basis,
            "points": self.points, "severity": self.severity, "evidence": self.evidence,
            "occurrence": self.occurrence, "veto": self.veto, "source": self.source,
        }
        if self.waived:
            out["waived"] = self.waived
        if self.review:
            out["review"] = self.review
        if self.basis_status:
            out["basis_status"] = self.basis_status
            out["basis_source"] = self.basis_source
        return out


@dataclass(slots=True)
class Scorecard:
    agency: str
    period: str
    profile: str
    score: float
    grade: str
    veto: bool
    findings: list[Finding]
    inputs: list[str]
    normalised_score: float = 100.0
    applicable_points: float = 0.0
    not_applicable: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kind: str = ""
    level: str = ""
    region: str = ""  # the higher-level place the agency belongs to, when the text says (keeps namesakes apart)
    deductions: dict[str, float] = field(default_factory=dict)  # per topic, after caps
    category_deductions: dict[str, float] = field(default_factory=dict)  # per profile category, after caps
    escalation: str = ""  # the highest escalation tier reached, when the profile escalates
    previous_period: str = ""  # the agency's latest earlier period known to this run or its store
    change: float | None = None  # score minus that period's score
    auto_score: float | None = None  # after review: the automatic score, while `score` is the reviewed one
    # False keeps a card out of rankings (listed apart for a person to confirm); the reason says why, in Chinese
    ranked: bool = True
    unranked_reason: str = ""
    category: str = ""  # the 考核 category a roster names (市直部门, 县区, …); empty: it follows from the level
    submitted: bool = True  # False: on the roster but no report was received (未报送), scored by the profile

    def to_json(self) -> dict[str, Any]:
        return {
            "agency": self.agency, "period": self.period, "profile": self.profile,
            "score": self.score, "grade": self.grade, "veto": self.veto,
            "findings": [f.to_json() for f in self.findings], "inputs": self.inputs,
            "normalised_score": self.normalised_score, "applicable_points": self.applicable_points,
            "not_applicable": self.not_applicable, "warnings": self.warnings,
            "kind": self.kind, "level": self.level, "region": self.region, "deductions": self.deductions,
            "category_deductions": self.category_deductions, "escalation": self.escalation,
            "previous_period": self.previous_period, "change": self.change,
            "ranked": self.ranked, "unranked_reason": self.unranked_reason,
            "category": self.category, "submitted": self.submitted,
        } | ({} if self.auto_score is None else {"auto_score": self.auto_score})

"""Fact and Finding keep the dataclass's behaviour with their faster `__init__` (engine.model._slot_init)."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field
from typing import Any

import pytest

from engine.model import Fact, Finding, _slot_init


@dataclass(frozen=True, slots=True)
class PlainFinding:  # Finding as dataclasses alone makes it, to compare with
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
    waived: str | None = None
    review: str = ""
    basis_status: str = ""
    basis_source: str = ""


@dataclass(frozen=True, slots=True)
class PlainFact:
    value: Any
    evidence: str


def _fields(x: object) -> tuple:
    return tuple(getattr(x, f.name) for f in dataclasses.fields(x))


def test_same_signature_as_the_generated_init():
    assert inspect.signature(Fact) == inspect.signature(PlainFact)
    assert inspect.signature(Finding) == inspect.signature(PlainFinding)
    assert Fact.__init__.__qualname__ == "Fact.__init__"


@pytest.mark.parametrize("args,kwargs", [
    (("r1", "t", "标题", "依据", "minor", 2.5, "证据"), {}),
    (("r1", "t", "标题", "依据", "minor", 2.5, "证据", True, 3, "a.txt", "豁免", "是", "verified", "x"), {}),
    (("r1",), {"topic": "t", "title": "", "basis": "", "severity": "major", "points": 0.0, "evidence": "",
               "occurrence": 2, "basis_source": "条例"}),
])
def test_finding_fields_as_the_plain_dataclass(args, kwargs):
    mine, plain = Finding(*args, **kwargs), PlainFinding(*args, **kwargs)
    assert _fields(mine) == _fields(plain)
    assert repr(mine) == repr(plain).replace("PlainFinding", "Finding")
    assert mine == Finding(*args, **kwargs) and hash(mine) == hash(Finding(*args, **kwargs))
    assert pickle.loads(pickle.dumps(mine, pickle.HIGHEST_PROTOCOL)) == mine
    assert dataclasses.replace(mine, points=1.0).points == 1.0


def test_fact_behaves_as_before():
    fact = Fact([1, 2], "共 3 件")
    assert (fact.value, fact.evidence) == ([1, 2], "共 3 件")
    assert Fact(value=7, evidence="e") == Fact(7, "e") != Fact(7, "f")
    assert hash(Fact(7, "e")) == hash(PlainFact(7, "e"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.value = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Fact(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Fact(1, "e", "extra")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Fact(1, evidence="e", value=2)  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(fact)) == fact


def test_refuses_what_it_would_not_honour():
    @dataclass(frozen=True, slots=True)
    class WithFactory:
        items: list = field(default_factory=list)

    @dataclass(frozen=True, slots=True)
    class WithPostInit:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True, slots=True)
    class WithoutInit:
        a: int
        b: int = field(default=0, init=False)

    for cls in (WithFactory, WithPostInit, WithoutInit):
        with pytest.raises(TypeError):
            _slot_init(cls)

"""a27-worker: cheaper forms held against the forms they replace (bench/README.md "a27-worker")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from engine import records
from engine.model import Fact

# ---- the payload's report_facts: kept per list of names


def _names_9267251(facts: dict[str, Fact]) -> str:
    """engine/records.py's report_facts as of 9267251: the names sorted and written for every report."""
    from engine.ingest.finish import names_json
    parts: list[str] = []
    names_json(sorted(facts), parts)
    return "".join(parts)


_NAME = st.sampled_from(["doc.year", "doc.agency", "requests.received", "table3.new.total", 'odd"name\\', "tab\tname",
                         "é", "x.1", "𠀀", ""]) | st.text(max_size=8)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_NAME, max_size=12, unique=True), min_size=1, max_size=6), st.randoms())
def test_report_facts_json_is_9267251s(lists, rnd):
    """The same JSON as sorting and writing the names, for lists met again (kept), the same names in another order
    (another key, the same text), and names that need escaping."""
    for names in lists + lists:
        shuffled = list(names)
        rnd.shuffle(shuffled)
        for order in (names, shuffled):
            facts = {n: Fact(1, "") for n in order}
            assert records._names(facts) == _names_9267251(facts) == records._ENCODE(sorted(facts))


def test_report_facts_kept_up_to_the_bound(monkeypatch):
    """Lists past NAMES_KEPT are written, not kept."""
    monkeypatch.setattr(records, "_NAMES", {})
    for i in range(records.NAMES_KEPT + 5):
        facts = {f"n{i}": Fact(1, ""), "a": Fact(2, "")}
        assert records._names(facts) == _names_9267251(facts)
    assert len(records._NAMES) == records.NAMES_KEPT

"""Agency names across years and namesakes in different places."""

from __future__ import annotations

from engine.agency import AgencyIndex, same_agency, same_region


def test_short_and_long_forms_find_each_other_but_not_a_bare_level():
    index: AgencyIndex[str] = AgencyIndex()
    index.add("临川县石湾镇人民政府", None, "long")
    index.add("县人民政府", None, "bare")
    assert index.find("石湾镇人民政府") == ["long"]
    index.add("石湾镇人民政府", None, "short")
    assert index.find("临川县石湾镇人民政府") == ["long", "short"]  # in the order added
    assert index.find("南城县人民政府") == []
    assert same_agency("临川县石湾镇人民政府", "石湾镇人民政府") and not same_agency("南城县人民政府", "县人民政府")


def test_stated_regions_keep_namesakes_apart():
    index: AgencyIndex[str] = AgencyIndex()
    index.add("城关镇人民政府", "临川县", "linchuan")
    index.add("城关镇人民政府", "南城县", "nancheng")
    index.add("城关镇人民政府", None, "unknown")
    assert index.find("城关镇人民政府", "临川县") == ["linchuan", "unknown"]
    assert index.find("城关镇人民政府", "江西省抚州市南城县") == ["nancheng", "unknown"]
    assert index.find("城关镇人民政府") == ["linchuan", "nancheng", "unknown"]
    assert same_region("抚州市南城县", "南城县") and not same_region("临川县", "南城县") and same_region("", "临川县")


def test_the_index_stays_fast_with_many_namesake_departments():
    """50,000 county bureaus that all end in 教育局: a lookup reads a few lists, it does not scan."""
    index: AgencyIndex[int] = AgencyIndex()
    names = [f"第{i}县教育局" for i in range(50_000)]
    for i, name in enumerate(names):
        index.add(name, None, i)
    hits = [index.find(name) for name in names[:5000]]
    assert all(h == [i] for i, h in enumerate(hits))

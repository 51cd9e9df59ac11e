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


def test_a_place_and_the_government_that_reports_for_it_are_one_agency():
    """Reports name a township, a 街道 or a county either way (石湾镇 / 石湾镇人民政府, 民治街道 / 民治街道办事处,
    南城县政府 / 南城县人民政府): one agency, so its history, its roster line and its repeated failures link up.
    Its offices and departments stay bodies of their own, and a bare level still names no place."""
    same = [("石湾镇", "石湾镇人民政府"), ("石湾镇", "临川县石湾镇人民政府"), ("民治街道", "民治街道办事处"),
            ("深圳市龙华区民治街道", "民治街道办事处"), ("南城县政府", "南城县人民政府"),
            ("南城县", "抚州市南城县人民政府"), ("南城县政府办公室", "南城县人民政府办公室"),
            ("白溪乡", "白溪乡人民政府"), ("锡林郭勒盟", "锡林郭勒盟政府")]
    for a, b in same:
        assert same_agency(a, b) and same_agency(b, a), (a, b)
    apart = [("南城县人民政府", "南城县人民政府办公室"), ("南城县", "南城县教育局"), ("石湾镇", "石湾镇党委"),
             ("民治街道", "民治街道党工委"), ("县人民政府", "南城县"), ("县政府", "南城县人民政府"),
             ("湾镇", "石湾镇人民政府"), ("南城县", "北城县"), ("高新区", "高新区管委会")]
    for a, b in apart:
        assert not same_agency(a, b) and not same_agency(b, a), (a, b)
    index: AgencyIndex[str] = AgencyIndex()
    for name in ("临川县石湾镇人民政府", "石湾镇", "民治街道办事处", "南城县政府办公室", "南城县人民政府"):
        index.add(name, None, name)
    assert index.find("石湾镇人民政府") == ["临川县石湾镇人民政府", "石湾镇"]
    assert index.find("龙华区民治街道") == ["民治街道办事处"]
    assert index.find("南城县人民政府办公室") == ["南城县政府办公室"]
    assert index.find("南城县") == ["南城县人民政府"]


def test_the_index_answers_as_same_agency_does_on_every_written_form():
    """Whatever the written form, a lookup gives exactly the entries same_agency and same_region accept, in the
    order added."""
    import random

    rng = random.Random(7)
    places = ["石湾镇", "临川县石湾镇", "抚州市临川县石湾镇", "湾镇", "民治街道", "龙华区民治街道", "南城县",
              "抚州市南城县", "县", "区"]
    bodies = ["", "人民政府", "政府", "人民政府办公室", "政府办公室", "办事处", "教育局", "党委"]
    names = [p + b for p in places for b in bodies]
    regions = ["临川县", "南城县", None]
    index: AgencyIndex[int] = AgencyIndex()
    entries = []
    for i in range(400):
        name, region = rng.choice(names), rng.choice(regions)
        entries.append((name, region, i))
        index.add(name, region, i)
    hits = 0
    for name in names:
        for region in regions:
            expected = [i for n, r, i in entries if same_agency(n, name) and same_region(r, region)]
            assert index.find(name, region) == expected, (name, region)
            hits += len(expected)
    assert hits > 2000

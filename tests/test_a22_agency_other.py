"""The classes fresh real pages of public institutions and schools showed (issue 12, a22-agency-other): a hospital by
its other names (妇幼保健院, 卫生院), a power-supply company under the State Grid's brand, a compiler whose county is
a template's blank while the body writes the generic name itself, a vocational college by its short name (某地职院)
in its own guide's title. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

PARTS = ("二、主动公开政府信息情况\n全年主动公开信息36条。\n三、收到和处理政府信息公开申请情况\n全年未收到申请。\n"
         "四、政府信息公开行政复议、行政诉讼情况\n无。\n")


def test_a_hospital_by_its_other_names_has_no_level():
    for name in ("云岭市妇幼保健院", "石湾镇卫生院"):
        r = parse(f"{name}2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我院认真落实《条例》。\n" + PARTS)
        assert fact(r, "doc.agency") == name
        assert fact(r, "doc.level") == "unknown", name
        assert name in evidence(r, "doc.level")
    # a bureau keeps the department's level; a disease-control centre has none, as a hospital (L46, a44: 7 blind
    # labels of 8)
    for name, level in (("云岭市卫生健康局", "department"), ("云岭市疾病预防控制中心", "unknown")):
        r = parse(f"{name}2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我单位认真落实《条例》。\n" + PARTS)
        assert fact(r, "doc.level") == level, name


def test_a_power_supply_company_under_the_state_grids_brand():
    text = ("根据供电企业信息公开工作有关要求,国网湖州市德清县供电公司编制了本年度报告。如有疑问,请联系本公司信息公开"
            "办公室。\n一、概述\n2020年,公司在县委、县政府的领导下推进信息公开工作。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "国网湖州市德清县供电公司"
    assert "国网湖州市德清县供电公司编制" in evidence(r, "doc.agency")
    assert fact(r, "doc.level") == "unknown"
    assert fact(r, "doc.region") == "湖州市"  # the brand is no place
    # a utility's company with no known place after the brand is no name (a brand of advertising may look alike)
    r = parse(text.replace("国网湖州市德清县供电公司", "国网宏远供电公司"))
    assert fact(r, "doc.agency") is None
    # nor is a utility's company without a place at all
    r = parse(text.replace("国网湖州市德清县供电公司", "宏远自来水公司"))
    assert fact(r, "doc.agency") is None
    # a utility named in another body's report (我镇) works with the author, it is not the author
    r = parse("2022年,德清县自来水公司积极配合我镇做好供水信息公开工作。\n一、总体情况\n2022年,我镇主动公开信息"
              "50条。\n" + PARTS)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "township"


def test_a_compiler_with_a_blank_county_and_the_generic_name_the_body_writes():
    text = ("本年度报告根据《条例》要求,由xx县中医院编制完成。如有疑问,请联系xx县中医院办公室。\n一、概述\n"
            "2023年,我院重视政府信息公开工作,县中医院领导高度重视,成立了工作领导小组。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "县中医院"
    assert "由xx县中医院编制" in evidence(r, "doc.agency")
    assert fact(r, "doc.level") == "unknown"
    # the blank alone (the text never writes the generic name by itself) names no one
    r = parse(text.replace("县中医院领导", "院领导"))
    assert fact(r, "doc.agency") is None
    # nor does a blank in the middle of the name
    r = parse(text.replace("xx县中医院", "某市xx中医院"))
    assert fact(r, "doc.agency") is None


def test_a_vocational_college_by_its_short_name_in_its_own_guides_title():
    text = ("2022-2023学年度信息公开工作年度报告\n根据《高等学校信息公开办法》的要求,结合《恩施职院信息公开指南》"
            "《恩施职院信息公开实施细则》,2022-2023学年度,我校信息公开工作有序开展。\n一、概述\n"
            "学校通过校园网主动公开信息520条。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "恩施职院"
    assert "恩施职院信息公开指南" in evidence(r, "doc.agency")
    assert fact(r, "doc.level") == "university"
    # a bureau's guide under a school's voice is no school's
    r = parse(text.replace("恩施职院", "恩施州教育局"))
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "university"

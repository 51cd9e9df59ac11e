"""Who reports when a government's name stands on the line above a title that names no body, and the contact line
names the unit that answers questions for it (某县政务服务中心, 某市政务公开办公室): that unit handles enquiries for
the government, it is no body below it that wrote the report. A township, a bureau or a school named in the contact
line still wins over a site's header, and a bureau named by the opening is still the author. Texts written for the
test; real place names because the rule reads the division table."""

from __future__ import annotations

import pytest

from engine.parse import divisions
from tests.parse_support import parse

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

OPENING = ("2014年3月10日\n本年报依照《中华人民共和国政府信息公开条例》，由宁远县政务公开领导小组办公室编制。"
           "本年报所列数据的统计期限自2013年1月1日起至2013年12月31日止。如对本年报有任何疑问，请与{contact}联系"
           "（电话：0746-1234567）。\n一、概述\n2013年全县主动公开政府信息1460条。\n"
           "二、依申请公开政府信息情况\n全年收到申请5件，均已答复。\n")


def agency(text: str) -> tuple[str | None, str | None]:
    report = parse(text)
    name, level = report.facts.get("doc.agency"), report.facts.get("doc.level")
    return (name.value if name else None), (level.value if level else None)


@needs_divisions
@pytest.mark.parametrize("contact", ["宁远县政务服务中心", "宁远县政务公开办公室", "宁远县行政服务中心",
                                     "宁远县人民政府信息公开办公室"])
def test_the_unit_that_answers_enquiries_is_not_the_author(contact):
    text = "宁远县人民政府\n2013年信息公开年度报告\n" + OPENING.format(contact=contact)
    assert agency(text) == ("宁远县人民政府", "county")


@needs_divisions
@pytest.mark.parametrize(("contact", "level"), [("宁远县清水桥镇人民政府", "township"),
                                                ("宁远县交通运输局", "department")])
def test_a_body_below_the_government_in_the_contact_line_still_wins_over_the_header(contact, level):
    text = "宁远县人民政府\n2013年信息公开年度报告\n" + OPENING.format(contact=contact).replace(
        "由宁远县政务公开领导小组办公室编制", "由本单位编制")
    assert agency(text) == (contact, level)


@needs_divisions
@pytest.mark.parametrize("name", ["湖南省人民政府研究室", "湖南省人民政府参事室", "长沙市人民政府研究室"])
def test_a_governments_research_or_counsellors_office_is_a_name(name):
    text = (f"现将{name}2022年政府信息公开工作年度报告向社会公布。本报告所列数据的统计期限自2022年1月1日起至"
            "2022年12月31日止。\n一、总体情况\n2022年主动公开政府信息88条。\n二、收到和处理政府信息公开申请情况\n"
            "全年未收到申请。\n")
    assert agency(text)[0] == name

"""Who reports, the lead's readings of round a24 (issue 12). A government's office that compiles its whole area's report
(labelling A128): the area reports, named as its place is written ("由某县人民政府办公室编制" over "2017年某县按照…"
gives 某县), as the web corpus's labels and every fresh sample's labellers read it; an office that speaks as itself
(我办, 本单位) is its own reporter (A5, L1), and an office named only as the contact answers for its government
(tests/test_agency_a8.py). Then four namings the helpers' held pages showed missed: 现制定 of the report itself,
a school's year of disclosure work with no 工作 before 编写, the year's subject before 贯彻落实, and a breadcrumb whose
steps a table's bars separate. Every text is invented for the test (the counties are real divisions, which the place
check requires).
"""

from __future__ import annotations

import pytest
from parse_support import evidence, fact, parse

from engine.parse import divisions

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

OPENING = ("本报告根据《中华人民共和国政府信息公开条例》要求,由{office}编制。全文包括概述、主动公开政府信息情况、"
           "依申请公开政府信息情况等部分。本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。\n")
PARTS = ("二、主动公开政府信息情况\n本年度共公开信息152条。\n"
         "三、依申请公开政府信息情况\n本年度未收到政府信息公开申请。\n"
         "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议、行政诉讼。\n")


@needs_divisions
@pytest.mark.parametrize(("office", "body", "area", "level"), [
    # the place as the first sentence's subject
    ("上高县人民政府办公室", "一、概述\n2017年上高县按照条例要求,全面推进五公开。\n", "上高县", "county"),
    # a province's 办公厅, the province's bodies of every level as what the report covers
    ("贵州省人民政府办公厅", "一、概述\n本报告反映2017年贵州省各级行政机关的政府信息公开工作。\n",
     "贵州省", "province"),
    # the area's own voice
    ("桐庐县人民政府办公室", "一、概述\n2017年,我县深入推进政务公开。\n", "桐庐县", "county"),
])
def test_an_office_compiling_its_areas_report_gives_the_area(office, body, area, level):
    r = parse(OPENING.format(office=office) + body + PARTS)
    assert fact(r, "doc.agency") == area
    assert fact(r, "doc.level") == level
    assert evidence(r, "doc.agency").startswith("正文开头:") and office in evidence(r, "doc.agency")


@needs_divisions
@pytest.mark.parametrize("body", [
    # the office in its own voice: its own report (A5, L1)
    "一、概述\n2017年,上高县人民政府办公室按照条例要求,我办进一步规范信息发布。\n",
    "一、概述\n2017年,本单位按照上高县政府的部署推进信息公开。\n",
])
def test_an_office_speaking_as_itself_stays_the_reporter(body):
    r = parse(OPENING.format(office="上高县人民政府办公室") + body + PARTS)
    assert fact(r, "doc.agency") == "上高县人民政府办公室"
    assert fact(r, "doc.level") == "department"


@needs_divisions
def test_the_place_only_in_the_offices_or_the_sites_name_is_no_voice():
    # "上高县政府信息公开网站", "上高县人民政府办公室": names, not the area speaking
    r = parse(OPENING.format(office="上高县人民政府办公室")
              + "一、概述\n本报告电子版可在上高县政府信息公开网站下载。如有疑问请与上高县人民政府办公室联系。\n"
              + PARTS)
    assert fact(r, "doc.agency") == "上高县人民政府办公室"


OVERVIEW = ("一、总体情况\n本年度共主动公开信息52条。\n二、收到和处理政府信息公开申请情况\n本年度未收到申请。\n"
            "三、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n")


def test_the_report_made_by_its_own_body_with_zhiding():
    r = parse("根据《高等学校信息公开办法》要求,结合我校工作实际,"
              "现制定青岚师范大学2018—2019学年度信息公开工作年度报告。\n" + OVERVIEW)
    assert fact(r, "doc.agency") == "青岚师范大学"
    assert "现制定" in evidence(r, "doc.agency")


def test_zhiding_of_another_document_names_no_one():
    r = parse("根据上级要求,结合实际,现制定青岚师范大学信息公开指南。我校认真做好信息公开工作。\n" + OVERVIEW)
    assert fact(r, "doc.agency") is None


def test_a_schools_year_of_disclosure_without_gongzuo_before_bianxie():
    r = parse("本报告根据《高等学校信息公开办法》,根据青岚理工大学2019-2020年度信息公开实际情况编写。\n" + OVERVIEW)
    assert fact(r, "doc.agency") == "青岚理工大学"


def test_without_a_year_the_zhengfu_of_the_topic_is_no_name():
    r = parse("根据有关要求,结合园区政府信息公开实际工作情况特编制了本年度报告。\n" + OVERVIEW)
    assert fact(r, "doc.agency") is None


@needs_divisions
def test_the_years_subject_before_guanche_luoshi():
    r = parse("桐庐县文化和广电旅游体育局\n2021年,桐庐县文化和广电旅游体育局贯彻落实《中华人民共和国政府信息公开条例》,"
              "积极做好信息公开工作。\n" + OVERVIEW)
    assert fact(r, "doc.agency") == "桐庐县文化和广电旅游体育局"
    assert evidence(r, "doc.agency").startswith("正文开头:")


def test_an_areas_bodies_before_guanche_luoshi_are_no_name():
    r = parse("2021年,全县各部门贯彻落实《中华人民共和国政府信息公开条例》,我局积极做好信息公开工作。\n" + OVERVIEW)
    assert fact(r, "doc.agency") is None


@needs_divisions
def test_a_breadcrumb_whose_steps_a_table_separates_with_bars():
    crumb = ">> 政务公开 | >> 信息公开目录 | >> 县政府部门 | >> 县水利局 | >> 年度报告 |\n"
    r = parse(crumb + "根据《条例》要求,现将我局2010年度政府信息公开工作年度报告公布如下。\n" + OVERVIEW)
    assert fact(r, "doc.agency") == "县水利局"
    assert evidence(r, "doc.agency").startswith("网页导航:")
    two = parse(">> 县政府部门 | >> 县水利局 | >> 县林业局 |\n根据《条例》要求,现将我局2010年度政府信息公开工作年度报告"
                "公布如下。\n" + OVERVIEW)
    assert fact(two, "doc.agency") is None  # two bodies: the breadcrumb says nothing of which one reports


@needs_divisions
def test_a_townships_plain_office_in_the_contact_line_names_the_township():
    r = parse("本年度报告根据《条例》要求编制。如对本报告有任何疑问,请与青阳县杜村乡办公室联系。\n"
              "一、总体情况\n2024年,我乡按要求发布信息。\n" + OVERVIEW)
    assert fact(r, "doc.agency") == "青阳县杜村乡"
    assert fact(r, "doc.level") == "township"
    city = parse("本年度报告根据《条例》要求编制。如对本报告有任何疑问,请与桐庐县统筹城乡办公室联系。\n"
                 "一、总体情况\n2024年,我乡按要求发布信息。\n" + OVERVIEW)
    assert fact(city, "doc.agency") is None  # a 城乡 body's office is no township's: the voice rejects it
    assert "统筹城乡办公室" in fact(city, "doc.agency_missing")


def test_a_townships_own_disclosure_group_in_its_voice():
    r = parse("本年度报告根据《条例》要求编制。\n一、主动公开政府信息的情况\n我镇高度重视政府信息公开工作,"
              "成立青禾镇政府信息公开领导小组,明确专人负责。\n" + OVERVIEW)
    assert fact(r, "doc.agency") == "青禾镇"
    other = parse("本年度报告根据《条例》要求编制。\n一、主动公开政府信息的情况\n我局高度重视政府信息公开工作,"
                  "成立青禾镇政府信息公开领导小组。\n" + OVERVIEW)
    assert fact(other, "doc.agency") is None  # a township's group in a bureau's voice is not its own


# ---------------------------------------------------------------- report or not on cut pages (a24-agency-dept's held)


def test_zhizuo_ben_baogao_declares_the_report():
    r = parse("依据《中华人民共和国政府信息公开条例》之规定,制作本报告。\n一、2025年政府信息公开总体情况\n"
              "2025年,市民宗局坚持依法公开,全年主动公开信息86条。\n")
    assert fact(r, "doc.kind") == "government_annual"
    guide = parse("依据《中华人民共和国政府信息公开条例》之规定,制作本指南。\n一、主动公开的范围\n"
                  "本机关主动公开机构职能等信息。\n")
    assert fact(guide, "doc.kind") != "government_annual"


# (the pages below are cut short, as sites show them: 120 characters or more, a title and the start of the work)
WORK = ("在进一步丰富政府信息公开内容、健全信息公开工作机制、完善信息发布审查流程、拓宽公开渠道等方面做了大量工作,"
        "全年各项工作有序推进,公众满意度稳步提升。\n")


def test_the_statutory_title_with_its_year_in_brackets_after_it():
    r = parse("自治区某厅政府信息公开年报(2010)\n\n发布时间: 2011-03-31\n\n2010年,自治区某厅认真贯彻落实"
              "《中华人民共和国政府信息公开条例》," + WORK)
    assert fact(r, "doc.kind") == "government_annual"
    assert "年报(2010)" in evidence(r, "doc.kind")


def test_the_statutory_title_wrapped_over_two_lines():
    body = "根据《中华人民共和国政府信息公开条例》的有关规定,某县烟草专卖局一直致力于信息公开方面的工作," + WORK
    r = parse("2014年某县烟草专卖局\n政府信息公开工作年度报告\n" + body)
    assert fact(r, "doc.kind") == "government_annual"
    summary = parse("2014年某县烟草专卖局\n政府信息公开工作总结\n" + body)
    assert fact(summary, "doc.kind") != "government_annual"


def test_a_short_cut_page_whose_overview_heading_follows_the_title():
    title = "某县教育科技体育局2019年政府信息公开工作年度报告\n"
    r = parse(title + "—、总体情况\n2019年,在县委、县政府的正确领导下,全县教科体系统" + WORK)
    assert fact(r, "doc.kind") == "government_annual"
    link = parse(title + "附件下载:某县教育科技体育局2019年报.pdf\n点击查看原文。\n"
                 "本页面提供文件下载,如无法打开请安装阅读器,或联系网站管理员处理,联系电话见页面底部的网站信息。\n"
                 "相关链接:首页 | 网站地图 | 联系我们 | 无障碍浏览 | 长者模式\n")
    assert fact(link, "doc.kind") != "government_annual"  # a link to a file: no body about the work

"""Who reports on a local government's own pages (issue 12, a24-agency-town): the classes a fresh sample of township,
street, county, zone, city and province reports showed — a verb of aiming before the township's own bodies read as a
name (紧紧围绕镇党委政府…), a township whose name opens with a function word written with its office (和平街道办事处),
a township's full government as the possessor of its year's disclosure work (某乡人民政府信息公开工作…), a compiler
that writes a township's government without the places a title puts above it, and 编写 before the report's name as
编制 is. Every text is invented for the test; the wording is this file's own (the counties before invented towns are
real divisions, which some readers require).
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

from engine.parse import author

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息52条。\n"
         "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n"
         "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n")


# a verb of aiming whose object is the unit's own bodies: no township's name
def test_a_verb_before_the_township_s_own_bodies_is_no_name():
    for clause in ("紧紧围绕镇党委政府中心工作", "聚焦乡重点工作", "立足镇发展大局"):
        r = parse("本年度报告根据《条例》编制。\n一、总体情况\n2024年,我镇以新思想为指导,深入落实上级部署,"
                  f"{clause},持续做好政府信息公开。\n" + PARTS)
        assert fact(r, "doc.agency") is None


def test_a_township_named_once_in_its_own_clause_is_still_read():
    r = parse("本年度报告根据《条例》编制。\n一、总体情况\n2024年,我镇深入落实上级部署。2024年,青禾镇未收到"
              "政府信息公开申请,也未收取任何费用。\n" + PARTS)
    assert fact(r, "doc.agency") == "青禾镇"


# a township whose name opens with a function word, written with its office or government in the title
def test_a_function_word_township_with_its_office_in_the_title():
    for name in ("和平街道办事处", "向阳镇人民政府"):
        r = parse(f"{name}2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我街认真落实条例。\n" + PARTS)
        assert fact(r, "doc.agency") == name
        assert evidence(r, "doc.agency").startswith("标题:")
        assert fact(r, "doc.level") == "township"


def test_a_clause_word_before_a_township_s_government_is_no_township():
    assert not author.function_char_township("对全乡人民政府", "对全乡人民政府")
    assert not author.function_char_township("向各镇政府", "向各镇政府")


# a township's full government as the possessor of its year's disclosure work, its 政府 also the topic's
def test_a_township_government_owning_its_year_s_work_is_the_author():
    r = parse("一、总体情况\n2014年,青禾乡人民政府信息公开工作紧紧围绕全乡工作大局,取得积极成效。\n" + PARTS)
    assert fact(r, "doc.agency") == "青禾乡人民政府"
    assert fact(r, "doc.level") == "township"


def test_a_phrase_ending_in_a_township_government_is_no_name():
    assert author.clean("推动全乡人民政府信息公开工作")[0] is None
    assert author.clean("加强乡人民政府信息公开工作")[0] is None
    assert author.clean("青禾乡人民政府信息公开工作")[0] == "青禾乡人民政府"


# the compiler writes the township's government without the places the title puts above it: the title's form stays
# (a48 revises this: the labels keep a title's bare place whose compiler only adds 人民政府, A56)
def test_a_compiler_without_the_title_s_county_leaves_the_title():
    r = parse("桐庐县青禾镇2021年政府信息公开工作年度报告\n本年报根据《条例》的规定,由青禾镇人民政府根据2021年度的"
              "政府信息公开工作情况编制而成。\n一、总体情况\n2021年,我镇认真落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") == "桐庐县青禾镇"
    assert fact(r, "doc.level") == "township"


def test_a_township_s_government_only_in_the_contact_leaves_the_title():
    r = parse("桐庐县青禾镇2021年政府信息公开工作年度报告\n本年报根据《条例》的规定编制。如有疑问,请与青禾镇人民政府"
              "联系。\n一、总体情况\n2021年,我镇认真落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") == "桐庐县青禾镇"


# 编写 before the report's name, as 编制
def test_compiling_the_report_by_name_with_bianxie_names_the_body():
    r = parse("根据《条例》和上级通知要求,编写桐庐县2017年度政府信息公开工作年度报告。如对本报告有疑问,请与桐庐县"
              "电子政务办公室联系。\n一、概述\n2017年,我县认真落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") == "桐庐县"
    assert fact(r, "doc.level") == "county"


def test_bianxie_without_a_name_leaves_the_contact():
    r = parse("根据《条例》和上级通知要求,编写2017年度报告。如对本报告有疑问,请与桐庐县水利局联系。\n一、概述\n"
              "2017年,我局认真落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") == "桐庐县水利局"


# a body's own report titled with 关于 right before the year, on a page cut after its overview
OVERVIEW = ("根据《条例》的有关规定,编制本县2019年度政府信息公开工作年度报告。\n一、总体公开情况说明\n"
            "(一)县人民政府高度重视政府信息公开工作,安排专人负责日常工作,各部门上下联动,整体推进。\n"
            "(二)抓实日常工作。全县各级各部门按照以公开为常态的要求,及时发布财政预决算、重点项目和民生政策等"
            "信息,方便群众查阅,全年未发生泄密事件,群众满意度进一步提升。\n")


def test_a_report_titled_with_guanyu_before_its_year_is_the_annual_report():
    r = parse("青禾县人民政府关于2019年度政府信息公开工作年度报告\n" + OVERVIEW)
    assert fact(r, "doc.kind") == "government_annual"


def test_a_notice_about_the_reports_stays_no_report():
    r = parse("关于报送2019年度政府信息公开工作年度报告的通知\n各乡镇人民政府:\n请于1月20日前报送本单位年度报告。\n")
    assert fact(r, "doc.kind") != "government_annual"


# a city's report compiled from its counties' and departments' own reports with no 汇总/综合, the contact its
# government's office: the office answers for the government (as tests/test_agency_a8.py's summed report)
def test_an_area_report_summed_from_its_bodies_names_the_contact_s_government():
    r = parse("本报告根据《条例》要求以及各县市区人民政府、市属各开发区管委会和市政府各部门的2016年政府信息公开工作"
              "年度报告编制。如对本报告有疑问,请与潍坊市人民政府办公室联系(电话:0000-1234567)。\n一、概述\n"
              "2016年,全市政府系统深入落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") == "潍坊市人民政府"
    assert fact(r, "doc.level") == "city"


def test_an_office_s_own_report_with_the_same_contact_stays_the_office():
    r = parse("本报告根据《条例》要求编制,反映本办2016年的政府信息公开工作。如对本报告有疑问,请与潍坊市人民政府办公室"
              "联系(电话:0000-1234567)。\n一、概述\n2016年,我办深入落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") == "潍坊市人民政府办公室"


# the compiler as the subject of 特编制 before the report named by its year
def test_the_subject_of_te_bianzhi_before_the_year_s_report_is_the_compiler():
    r = parse("一、总体情况\n根据《条例》的要求,湖州市吴兴区青禾街道特编制2023年政府信息公开年度报告。\n"
              "(一)加大公开力度\n2023年,青禾街道办事处在区政府信息公开系统上主动公开政府信息47条。\n" + PARTS)
    assert fact(r, "doc.agency") == "湖州市吴兴区青禾街道"


def test_te_bianzhi_after_a_clause_with_no_subject_names_no_one():
    r = parse("一、总体情况\n根据《条例》的要求,特编制2023年政府信息公开年度报告。\n(一)加大公开力度\n"
              "2023年,我街道主动公开政府信息47条。\n" + PARTS)
    assert fact(r, "doc.agency") is None

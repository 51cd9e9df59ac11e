"""Who reports and what the figures are (issue 12, a33): the classes a fresh blind set of 121 real page openings
showed — a list's item closing a cut page read as a signature, a rules' article number run into its subject, a
betting company's name where a department's place was, a city's own rules in its own voice, a government's own
sentence publishing its report, a charter's scope with its year; requests counted in 例 and 宗, "nothing happened"
said with a long object, and documents counted in 篇 beside the year's total. Every text is invented for the test;
the wording is this file's own.
"""

from __future__ import annotations

import pytest
from parse_support import evidence, fact, parse

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息120条。\n"
         "三、依申请公开政府信息办理情况\n本年度未收到政府信息公开申请。\n"
         "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议、行政诉讼。\n")


# --- who reports ---------------------------------------------------------------------------------------------

def test_a_list_item_closing_a_cut_page_is_no_signature():
    # a college's rules cut inside their eighth duty: "(八)…学院" is the item's words, not who signs
    r = parse("第五条 信息公开办公室的职责是:\n(一)统一受理向学院提出的信息公开申请;\n(二)编制信息公开年度报告;\n"
              "(八)负责与学院")
    assert fact(r, "doc.agency") is None


def test_a_signature_after_the_list_is_still_read():
    r = parse("2021年度政府信息公开工作年度报告\n一、概述\n本年度主要做了以下工作:\n(一)完善制度;\n(二)加强审查。\n"
              + PARTS + "\n宿州市埇桥区统计局\n2022年1月20日")
    assert fact(r, "doc.agency") == "宿州市埇桥区统计局"


def test_an_article_number_is_no_part_of_the_name():
    r = parse("第七条学校坚持公平公正原则,依照有关规定开展招生工作。\n第八条学校不收取任何未经批准的费用。")
    assert fact(r, "doc.agency") is None


def test_a_charter_names_its_school_in_its_scope_after_the_year():
    r = parse("第一章 总则\n第一条 为做好招生工作,依据有关规定,制定本章程。\n"
              "第二条 本章程适用于2019年皖北职业技术学院全日制高职招生工作。\n第三条 学校招生实行阳光工程。")
    assert fact(r, "doc.agency") == "皖北职业技术学院"
    assert "本章程适用于2019年皖北职业技术学院" in evidence(r, "doc.agency")


@pytest.mark.parametrize(("brand", "rest"), [("英伦金冠娱乐有限公司", "市统计局"),
                                              ("澳亚博彩公司", "县水务局"),
                                              ("英伦金冠公司", "市场监督管理局")])
def test_a_company_where_the_department_place_was_leaves_the_department(brand, rest):
    r = parse(f"{brand}{rest}2012年政府信息公开工作年度报告\n根据《条例》要求,我局编制本报告。\n一、概述\n"
              "2012年,我局认真落实《条例》。\n" + PARTS)
    assert fact(r, "doc.agency") == rest


def test_a_city_own_rules_in_its_own_voice_name_the_city():
    r = parse("本报告依照《条例》编制,统计期限自2010年1月1日至2010年12月31日。如有疑问,请与宿州市人民政府电子政务"
              "办公室联系。\n一、概述\n2010年,我市在省政府的指导下健全制度,制定并印发了《宿州市政府信息公开工作"
              "考核暂行办法》,明确了考核方式。\n" + PARTS)
    assert fact(r, "doc.agency") == "宿州市"
    assert fact(r, "doc.level") == "city"
    assert "《宿州市政府信息公开工作考核暂行办法》" in evidence(r, "doc.agency")


def test_a_bureau_text_naming_the_city_rules_is_not_the_city():
    r = parse("本报告依照《条例》编制。如有疑问,请与宿州市统计局办公室联系。\n一、概述\n2010年,我局按照我市制定并印发的"
              "要求,贯彻《宿州市政府信息公开工作考核暂行办法》,制定并印发了《宿州市政府信息公开工作考核暂行办法》的"
              "实施意见。\n" + PARTS)
    assert fact(r, "doc.agency") != "宿州市"


def test_a_guide_bare_place_is_still_its_government():
    r = parse("本指南依据《条例》编制。\n《桐城市政府信息公开指南》由桐城市人民政府办公室负责解释。\n"
              "一、公开的主体\n桐城市人民政府及其工作部门。")
    assert fact(r, "doc.agency") != "桐城市"


def test_the_government_publishing_its_own_report_over_a_headline():
    r = parse("云南省发布2018年政府信息公开工作年度报告\n2019-03-29 来源: 某日报\n"
              "近日,云南省人民政府正式向社会发布2018年政府信息公开工作年度报告,全面介绍了全省一年来的公开工作。")
    assert fact(r, "doc.agency") == "云南省人民政府"
    assert fact(r, "doc.level") == "province"


def test_a_street_office_compiling_leaves_the_bare_street():
    # A9: the street as the title writes it, though its 办事处 compiled the report
    r = parse("金台街道2021年政府信息公开工作年度报告\n本报告由金台街道办事处编制。\n一、总体情况\n"
              "2021年,金台街道认真落实《条例》。\n" + PARTS)
    assert fact(r, "doc.agency") == "金台街道"


# --- figures ---------------------------------------------------------------------------------------------------

HEAD = "2022年度政府信息公开工作年度报告\n"


def test_requests_counted_in_li():
    r = parse(HEAD + "一、总体情况\n本年度本机关受理公众提出的政府信息公开申请事项23例,全部在法定期限内办结。\n")
    assert fact(r, "requests.received") == 23
    assert fact(r, "requests.completed") == 23


def test_requests_counted_in_zong_with_the_rest_carried_forward():
    r = parse(HEAD + "三、依申请公开情况\n本年度新收申请31宗;截至年底已办结件30宗,尚有1宗结转下年度继续办理。\n")
    assert fact(r, "requests.received") == 31
    assert fact(r, "requests.completed") == 30
    assert fact(r, "requests.carried_forward") == 1


@pytest.mark.parametrize(("line", "name"), [
    ("全年本单位未发生涉及本单位政务事项的依申请公开情况。", "requests.received"),
    ("全年本单位共受理0条依申请公开。", "requests.received"),
    ("全年本单位没有依申请公开方面的收费。", "fees.charged_yuan"),
    ("全年未有涉及本单位的政府信息公开行政复议案、行政诉讼案。", "appeals.review"),
    ("全年未有涉及本单位的政府信息公开行政复议案、行政诉讼案。", "appeals.litigation"),
])
def test_nothing_happened_with_a_long_object(line, name):
    r = parse(HEAD + "三、依申请公开及其他情况\n" + line + "\n")
    assert fact(r, name) == 0
    assert evidence(r, name).startswith(line[:8])


def test_no_zero_from_an_appeal_about_requests():
    r = parse(HEAD + "三、依申请公开情况\n2022年,共受理5件依申请公开申请,未发生因依申请公开引起的行政复议。\n")
    assert fact(r, "requests.received") == 5


def test_documents_in_pian_beside_the_year_total_leave_the_total():
    r = parse(HEAD + "一、总体情况\n本年度本单位主动公开政府信息1203条,发布规范性文件7篇,政策解读6篇。\n")
    assert fact(r, "proactive.new") == 1203


def test_two_places_counts_stay_no_total():
    r = parse(HEAD + "一、总体情况\n本年度本单位通过门户网站主动公开政府信息1203条,在公开平台发布文件40篇。\n")
    assert fact(r, "proactive.new") is None


# --- the second blind set's classes (measured before these, then tuned on) ---------------------------------

def test_a_national_office_by_its_bare_name_has_no_level_the_contract_lists():
    r = parse("审计署2020年度政府信息公开工作年度报告\n一、总体情况\n2020年,审计署认真贯彻落实《条例》。\n" + PARTS)
    assert fact(r, "doc.agency") == "审计署"
    assert fact(r, "doc.level") == "unknown"


def test_a_district_office_named_署_stays_a_department():
    r = parse("坪山区社区发展服务署2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我署认真落实《条例》。\n"
              + PARTS)
    assert fact(r, "doc.level") == "department"


def test_a_title_year_written_without_its_nian():
    r = parse("瓯海区审计局2019政务信息公开年报\n发布时间:2020-03-02\n一、总体情况\n2019年,我局认真落实《条例》。\n"
              + PARTS)
    assert fact(r, "doc.agency") == "瓯海区审计局"
    assert fact(r, "doc.level") == "department"


def test_a_compilation_counted_after_a_word_gives_no_year():
    r = parse("2024年信息公开工作总结与计划(汇总8篇)\n政务公开工作总结 篇1\n今年以来,我局认真落实各项公开要求,"
              "主动公开各类信息。\n")
    assert fact(r, "doc.year") is None


def test_a_column_named_by_its_one_kind_is_no_total():
    r = parse(HEAD + "一、总体情况\n本年度本单位在规范性文件栏目发布文件38件。\n")
    assert fact(r, "proactive.new") is None


def test_the_body_own_column_on_the_portal_stays_its_total():
    r = parse(HEAD + "一、总体情况\n2022年我局在区政府门户网站专栏共公开信息58条。\n")
    assert fact(r, "proactive.new") == 58


def test_carried_over_written_the_other_way_round():
    r = parse(HEAD + "三、依申请公开情况\n本年度街道新收依申请公开5件,另结转上年7件,共答复申请12件。\n")
    assert fact(r, "requests.received") == 5
    assert fact(r, "requests.carried_over") == 7
    assert fact(r, "requests.completed") == 12


def test_last_year_named_alone_stays_another_year():
    r = parse(HEAD + "三、依申请公开情况\n上年收到依申请公开6件。\n")
    assert fact(r, "requests.received") is None


@pytest.mark.parametrize(("line", "done"), [("全年受理申请0件,回复处理0件。", 0),
                                            ("全年收到申请19件,依法答复处理18件,1件由申请人主动撤回。", 18)])
def test_answered_and_handled_in_one_verb(line, done):
    r = parse(HEAD + "三、依申请公开情况\n" + line + "\n")
    assert fact(r, "requests.completed") == done


def test_no_appeal_cases_said_with_anli():
    r = parse(HEAD + "五、复议诉讼情况\n本年度无针对本单位政府信息公开事务的行政复议、行政诉讼或申诉案例。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 0
    assert fact(r, "appeals.complaints") == 0


def test_none_carried_over_with_the_negation_inside():
    r = parse(HEAD + "三、依申请公开情况\n2022年共收到政府信息公开申请2件,均已按期答复。上年无结转。\n")
    assert fact(r, "requests.carried_over") == 0


def test_a_one_character_township_in_the_title_stays_bare():
    # A2: the title's bare township, though the contents sentence writes its government in full
    r = parse("沙苏木2024年政府信息公开工作年度报告\n本年度报告依照《条例》编制。全文包括沙苏木人民政府信息公开"
              "总体情况、主动公开政府信息情况等部分。\n一、总体情况\n2024年,沙苏木认真落实《条例》。\n" + PARTS)
    assert fact(r, "doc.agency") == "沙苏木"
    assert fact(r, "doc.level") == "township"


def test_a_one_character_township_the_text_never_writes_in_full_is_no_name():
    r = parse("沙镇2024年政府信息公开工作年度报告\n本年度报告依照《条例》编制。\n一、总体情况\n"
              "2024年,我镇认真落实《条例》。\n" + PARTS)
    assert fact(r, "doc.agency") is None


def test_a_body_publishing_its_own_report_by_its_year():
    # A136/A115: the publisher as the sentence's subject, its report named by the year alone
    r = parse("根据《条例》要求,宁国市水利局特向社会公布2018年度政府信息公开工作年度报告。\n一、总体情况\n"
              "2018年,市水利局认真落实《条例》。\n" + PARTS)
    assert fact(r, "doc.agency") == "宁国市水利局"

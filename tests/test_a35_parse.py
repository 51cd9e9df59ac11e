"""What a35's fourth blind set showed the parser getting wrong (issue 12), class by class. Every text is invented
for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

PARTS = ("\n一、总体情况\n本年度主动公开政府信息120条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
         "本年度新收政府信息公开申请2件。\n")


# --- a list of the report's parts that names the fees ------------------------------------------------------------

def test_a_parts_list_naming_fees_waived_states_no_fee():
    # 减免费用 holds 免费: the part's name in the report's list is no statement that nothing was charged
    r = parse("本报告根据《中华人民共和国政府信息公开条例》要求编制,包括概述、主动公开政府信息的情况、依申请公开政府"
              "信息的情况、依申请公开信息收取或减免费用情况、因政府信息公开申请行政复议及提起行政诉讼的情况、存在的主要"
              "问题及改进情况等6个方面。\n一、概述\n2017年,本局认真贯彻《条例》。")
    assert fact(r, "fees.charged_yuan") is None


def test_the_fee_part_saying_nothing_was_charged_still_states_zero():
    r = parse("四、依申请公开信息收取或减免费用情况\n本年度未收取任何费用。\n五、存在的主要问题及改进情况\n宣传不够。")
    assert fact(r, "fees.charged_yuan") == 0


# --- a title in a table row with empty cells ---------------------------------------------------------------------

def test_a_title_in_a_table_row_followed_by_empty_cells_is_the_title():
    # a flattened metadata table: the row holding the title runs on in empty cells; the body uses the short form
    r = parse("索 引 号: | 11330000/2025-00031 | 主题分类: | 交通 |\n"
              "发布机构: | 省交通运输厅 | 公开日期: | 2025-01-22 |\n"
              "福建省交通运输厅2024年度政府信息公开工作报告 | " + "|" * 300 + "\n|\n" + "|" * 120 + "\n"
              "2024年,省交通运输厅坚持以公开为常态,持续提升政务公开质效。" + PARTS)
    assert fact(r, "doc.agency") == "福建省交通运输厅"
    assert evidence(r, "doc.agency").startswith("标题")


# --- a tax bureau's compiling clause ------------------------------------------------------------------------------

TAX = ("本报告依据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求,结合国家税务总局{name}(以下简称"
       "“{short}”)政府信息公开工作有关统计数据撰写。本报告中所列数据统计期限自2023年1月1日起至12月31日止。\n"
       "一、总体情况\n2023年,{short}认真落实《条例》,持续深化政务公开。")


def test_a_tax_bureau_compiles_from_its_own_figures_under_a_declared_short_form():
    r = parse(TAX.format(name="绵阳市涪城区税务局", short="涪城区税务局") + PARTS)
    assert fact(r, "doc.agency") == "国家税务总局绵阳市涪城区税务局"
    assert fact(r, "doc.level") == "unknown"  # (a vertically managed national body's branch: L41, revised a52)


def test_a_provincial_tax_bureau_is_a_national_bodys_branch():
    r = parse(TAX.format(name="四川省税务局", short="四川省税务局") + PARTS)
    assert fact(r, "doc.agency") == "国家税务总局四川省税务局"
    assert fact(r, "doc.level") == "unknown"  # (a vertically managed national body's branch: L41, revised a52)


def test_the_national_administration_itself_keeps_no_place_level():
    r = parse("国家税务总局2023年政府信息公开工作年度报告\n" + PARTS)
    assert fact(r, "doc.agency") == "国家税务总局"
    assert fact(r, "doc.level") == "unknown"


# --- the subject before 本着 ----------------------------------------------------------------------------------------

def test_a_government_office_reporting_for_itself_before_the_principle_it_works_by():
    r = parse("一、总体情况\n2023年度,盐边县人民政府办公室政务公开工作本着“公开为常态、不公开为例外”的原则,持续优化公开"
              "平台。\n(一)主动公开情况。我办全年主动公开政府信息86条。\n(二)依申请公开情况。2023年,我办未收到政府信息"
              "公开申请。")
    assert fact(r, "doc.agency") == "盐边县人民政府办公室"
    assert fact(r, "doc.level") == "department"


# --- the bodies under a government, named as a whole -----------------------------------------------------------

def test_a_governments_bodies_named_as_a_whole_are_no_author():
    # a city's rules on the reports, its title lost: the clause names whose reports they are, not who wrote them
    r = parse("第一条 为规范政府信息公开工作年度报告的编制和发布,结合我市实际,制定本制度。\n"
              "第二条 市政府所属部门和县市区政府信息公开工作年度报告应当于每年3月31日前向社会公布。")
    assert fact(r, "doc.agency") != "市政府所属部门和县市区"
    assert "不止一个机关" in evidence(r, "doc.agency_missing")


# --- a sample whose year of work is a blank and which names no body ---------------------------------------------

SAMPLE = ("一、概述\n201x年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》,按照县政府的要求推进政府信息公开工作。\n"
          "二、主动公开政府信息情况\n全年主动公开政府信息56条。\n三、依申请公开政府信息情况\n全年未收到政府信息公开申请。\n"
          "四、政府信息公开的收费及减免情况\n未收取任何费用。\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。\n")


def test_a_report_whose_year_of_work_is_a_blank_and_names_no_body_is_a_sample():
    r = parse(SAMPLE)
    assert fact(r, "doc.kind") == "template"
    assert fact(r, "quality.placeholders") is True
    assert "201x" in evidence(r, "quality.placeholders")


def test_a_blank_year_in_a_plans_heading_leaves_a_fragment_a_report():
    # a report's piece with no body named: 20xx is next year's plan, not the year of the work reported
    r = parse(SAMPLE.replace("201x年,我镇", "本年度,我镇") + "六、存在问题和20xx年工作打算\n宣传不够深入。\n")
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "quality.placeholders") is True


def test_a_year_stated_in_the_title_leaves_the_blank_a_blank():
    # the report's year is stated: a blank year in its body does not make it a sample
    r = parse("某县水利局2019年政府信息公开工作年度报告\n" + SAMPLE.replace("我镇", "我局"))
    assert fact(r, "doc.kind") == "government_annual"


# --- requests: parts after 包括, the ways of answering, the year before by its number ------------------------------

REQ = "2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"


def test_parts_after_baokuo_that_list_the_whole_are_all_answered():
    r = parse(REQ + "全年受理政府信息公开申请17件,包括信函申请3件、网上申请14件,全部在规定时间内办结。")
    assert fact(r, "requests.received") == 17
    assert fact(r, "requests.completed") == 17


def test_one_part_after_baokuo_leaves_the_answered_count_unsaid():
    # answered: the 3 by letter, or all 17? The text does not say
    r = parse(REQ + "全年受理政府信息公开申请17件,包括信函申请3件,全部在规定时间内办结。")
    assert fact(r, "requests.completed") is None


def test_all_answered_in_ways_joined_by_a_comma_of_enumeration():
    r = parse(REQ + "本年度共受理政府信息公开申请6件,均在规定时间内及时、认真的予以答复。")
    assert fact(r, "requests.completed") == 6


def test_requests_carried_over_from_the_year_before_named_by_its_number():
    r = parse(REQ + "全县各行政机关共办理政府信息公开申请40件(含2019年结转5件),办结38件。")
    assert fact(r, "requests.carried_over") == 5
    assert fact(r, "requests.completed") == 38  # (the bracket's year is its aside's, not the sentence's)


def test_a_carried_over_count_of_an_earlier_year_is_not_this_reports():
    r = parse(REQ + "全县各行政机关共办理政府信息公开申请40件(含2017年结转5件),办结38件。")
    assert fact(r, "requests.carried_over") is None
    assert fact(r, "requests.completed") == 38


# --- a notice its department's office issues ----------------------------------------------------------------------

NOTICE = ("浙江省交通运输厅办公室 转发《交通运输部办公厅关于做好政府信息公开工作年度报告编制发布工作的通知》的通知\n"
          "各市交通运输局:\n现将《交通运输部办公厅关于做好政府信息公开工作年度报告编制发布工作的通知》转发给你们,请于"
          "1月31日前将本单位2018年度报告报我厅备案。\n联系人:王某,电话:0571-00000000。\n")


def test_a_notice_signed_by_a_departments_office_keeps_the_office():
    r = parse(NOTICE + "浙江省交通运输厅办公室\n2019年1月10日")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == "浙江省交通运输厅办公室"
    assert fact(r, "doc.level") == "province"


def test_a_report_signed_by_its_departments_office_is_the_departments():
    # the office signs or compiles the report for its department (A19): the department reports
    r = parse("浙江省交通运输厅2018年政府信息公开工作年度报告\n一、概述\n2018年,我厅认真贯彻《条例》。\n"
              "二、主动公开政府信息情况\n全年主动公开政府信息320条。\n三、依申请公开政府信息情况\n全年收到申请4件。\n"
              "浙江省交通运输厅办公室\n2019年3月20日")
    assert fact(r, "doc.agency") == "浙江省交通运输厅"


# --- the second blind set of a35 ---------------------------------------------------------------------------------

def test_a_sites_service_centre_in_the_contact_is_no_author():
    r = parse("本报告根据《中华人民共和国政府信息公开条例》编制,汇总全旗各苏木乡镇和旗直各部门的情况而成。"
              "如对本报告有任何疑问,请与察哈尔右翼后旗电子政务网站服务中心联系。" + PARTS)
    assert fact(r, "doc.agency") != "服务中心"


def test_a_prefecture_by_its_diqu_is_a_city():
    r = parse("和田地区2022年度政府信息公开工作年度报告\n" + PARTS)
    assert fact(r, "doc.agency") == "和田地区"
    assert fact(r, "doc.level") == "city"


def test_a_regions_office_for_its_economic_zone_is_the_regions():
    r = parse("本报告根据《中华人民共和国政府信息公开条例》要求,由广西壮族自治区北部湾经济区规划建设管理办公室(以下简称"
              "自治区北部湾办)编制。" + PARTS)
    assert fact(r, "doc.level") == "province"


APPEALS = "五、政府信息公开行政复议、行政诉讼情况\n"


def test_one_count_of_reviews_and_suits_together_is_neither():
    r = parse(APPEALS + "全省涉行政复议、行政诉讼案件512件,结果维持300件。")
    assert fact(r, "appeals.litigation") is None
    assert fact(r, "appeals.review") is None


def test_reviews_and_suits_with_each_or_none_are_both():
    assert fact(parse(APPEALS + "本年度发生行政复议、行政诉讼各2件。"), "appeals.litigation") == 2
    assert fact(parse(APPEALS + "本年度行政复议、行政诉讼0件。"), "appeals.litigation") == 0


def test_items_disclosed_on_application_among_the_proactive_totals_parts_are_no_requests():
    r = parse("(一)主动公开情况\n全年累计主动公开政府信息5120条。其中,政府文件1302条,新闻类信息2600条,其他政务信息"
              "1212条,依申请公开6条。")
    assert fact(r, "requests.received") is None
    assert fact(r, "proactive.new") == 5120


def test_a_requests_count_in_items_beside_a_proactive_count_stays_requests():
    r = parse("二、依申请公开情况\n全年主动公开信息120条,依申请公开信息2条。")
    assert fact(r, "requests.received") == 2


def test_the_rest_by_its_kind_or_its_way_is_no_total():
    r = parse("二、主动公开政府信息情况\n2020年我局在区政务网主动公开其他文件2件,其他对外服务事项1条。")
    assert fact(r, "proactive.new") is None
    r = parse("二、主动公开政府信息情况\n全年通过门户网站公开工作动态118条、政策文件29条,"
              "通过其他方式公开政府信息79条。")
    assert fact(r, "proactive.new") is None


def test_a_total_with_its_share_by_other_ways_stays_the_total():
    r = parse("二、主动公开政府信息情况\n全年主动公开政府信息320条,其中通过网站公开300条,通过其他方式公开20条。")
    assert fact(r, "proactive.new") == 320


def test_a_prefecture_by_its_short_name_in_the_title_is_the_author():
    # 甘孜州 for 甘孜藏族自治州: the title's bare area under a province's portal furniture (navigation, a breadcrumb
    # ending in the prefecture) and a time line naming the province's office as 来源, the hosting site's
    r = parse("无障碍阅读 | 进入关怀版\n首页 主动公开 解读回应 政府工作报告\n在线访谈 政府文件 信息公开年报\n"
              "当前位置: 首页>主动公开>政府信息公开年报>2013>地方 > 甘孜州\n\n甘孜州2013年政府信息公开工作年度报告\n\n"
              "发布时间: 2018-02-13 05:49 来源: 省政府办公厅 作者: 编辑:\n\n  引 言\n"
              "  本年度报告由州政务公开领导小组办公室编制。\n一、概述\n2013年,我州认真贯彻《条例》。" + PARTS)
    assert fact(r, "doc.agency") == "甘孜州"
    assert fact(r, "doc.level") == "city"

"""What a36's look at the classes a35 left open, and its sixth, seventh and eighth blind sets, showed the parser
getting wrong (issue 12), class by class. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

# --- a notice's head: its number, its issuer, its title, flattened onto one line ---------------------------------

PLAN = ("为做好本年度政务公开工作,按照上级《关于印发2021年政务公开工作要点的通知》(X政办发〔2021〕9号)要求,经县政府"
        "同意,现将《{place}2021年政务公开重点任务分工》印发给你们,请认真抓好落实。一、强化组织保障。各部门要明确分管"
        "负责人,确保各项任务按时完成。")


def test_the_issuer_between_a_notices_number_and_its_title_is_the_issuer():
    # a PDF library flattened the head; ingest closed the spaces its lines left between the characters
    r = parse("文档下载 共12页\n\n静政办发〔2021〕17 号 静宁县人民政府办公室 关于印发静宁县2021年政务公开重点任务"
              "分工的通知各乡镇人民政府,县政府各部门:" + PLAN.format(place="静宁县"))
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == "静宁县人民政府办公室"
    assert "17号静宁县人民政府办公室关于" in evidence(r, "doc.agency")
    # issued for its government to the townships and departments addressed right after its title: the county's level
    assert fact(r, "doc.level") == "county"


def test_a_notice_whose_number_stands_alone_keeps_the_place_its_text_gives():
    # no issuer after the number ("〔2021〕17号:关于…"): nothing is read from the head
    r = parse("静政办发〔2021〕17号:关于印发静宁县2021年政务公开重点任务分工的通知\n\n" + PLAN.format(place="静宁县"))
    assert fact(r, "doc.agency") != "静宁县人民政府办公室"


def test_a_number_cited_in_brackets_before_another_bodys_notice_is_no_head():
    # "(…〔2021〕9号)关于": the bracket closes the citation; what follows is the sentence's, not an issuer
    r = parse("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《市政府办公室关于做好2021年度政府信息公开工作"
              "年度报告编制发布工作的通知》(X政办发〔2021〕9号)关于报告内容的要求,现公布崆峒区水务局2021年政府信息公开"
              "工作年度报告。\n一、总体情况\n2021年,区水务局主动公开政府信息85条。\n二、主动公开政府信息情况\n"
              "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。")
    assert fact(r, "doc.agency") == "崆峒区水务局"


# --- a page's title naming the government over the document's own heading naming the place ----------------------

def test_the_documents_heading_naming_the_place_wins_over_a_page_title_naming_its_government():
    # A92 read both ways: the document's own heading below the site's page title names the body as it reports
    r = parse("甘肃省人民政府2013年政府信息公开工作报告\n甘肃省政务公开 2014/3/28\n\n"
              "甘肃省2013年政府信息公开工作年度报告\n\n本报告综合全省各市州政府和省政府各部门的年度报告编制而成。\n"
              "一、概述\n2013年,全省各级行政机关认真贯彻《条例》。")
    assert fact(r, "doc.agency") == "甘肃省"
    assert "甘肃省2013年政府信息公开工作年度报告" in evidence(r, "doc.agency")
    assert fact(r, "doc.level") == "province"


def test_a_page_title_naming_the_government_alone_keeps_it():
    r = parse("甘肃省人民政府2013年政府信息公开工作报告\n甘肃省政务公开 2014/3/28\n\n"
              "本报告综合全省各市州政府和省政府各部门的年度报告编制而成。\n一、概述\n2013年,全省各级行政机关认真贯彻《条例》。")
    assert fact(r, "doc.agency") == "甘肃省人民政府"


def test_a_bare_page_title_still_gives_way_to_the_heading_naming_the_government_below_it():
    r = parse("2016年兴隆镇政府信息公开年度报告\n发布时间:2017-03-20\n\n"
              "承德县兴隆镇人民政府2016年政府信息公开年度报告\n本年报依据《条例》编制。\n一、概述\n2016年,我镇认真落实《条例》。")
    assert fact(r, "doc.agency") == "承德县兴隆镇人民政府"


# --- a government's office that compiled the area's report, with no 由 ------------------------------------------

def test_an_office_that_compiled_the_areas_report_without_you_gives_the_area():
    r = parse("根据《中华人民共和国政府信息公开条例》要求,正镶白旗人民政府办公室编制了2017年政府信息公开工作报告。报告"
              "全文包括概述、主动公开情况、依申请公开情况等。\n一、概述\n2017年,我旗认真贯彻落实《条例》,旗政府各部门"
              "按照要求做好信息公开。")
    assert fact(r, "doc.agency") == "正镶白旗"
    assert fact(r, "doc.level") == "county"


def test_an_office_that_compiled_its_own_report_keeps_its_name():
    r = parse("根据《中华人民共和国政府信息公开条例》要求,正镶白旗人民政府办公室编制了2017年政府信息公开工作报告。\n"
              "一、概述\n2017年,我办认真贯彻落实《条例》,做好本单位信息公开。")
    assert fact(r, "doc.agency") == "正镶白旗人民政府办公室"


# --- a generic subject said once, and the contact's full name it abbreviates --------------------------------------

def test_a_generic_short_subject_said_once_keeps_its_form_against_the_contacts_full_name():
    # A17 with A11's web labels (generic names kept, never completed from elsewhere), as test_a24_dept: the blind
    # labels that took the contact's name here are counted as disputes (labelling A150)
    r = parse("本报告根据《中华人民共和国政府信息公开条例》编制。如对本报告有疑问,请与烟台市医疗保障局办公室联系。\n"
              "一、总体情况\n2022年,市医保局坚持以公开为常态,我局全年主动公开政府信息312条。")
    assert fact(r, "doc.agency") == "市医保局"


# --- a body's own disclosure desk in the contact line ----------------------------------------------------------

CENTRE = ("根据《中华人民共和国政府信息公开条例》,市疾病预防控制中心2016年政府信息公开年度报告由概述、主动公开情况等"
          "部分组成。如有疑问请与{desk}联系(地址:晋城市某路1号)。\n一、概述\n2016年,我中心认真贯彻落实《条例》。")


def test_a_bodys_own_disclosure_desk_names_the_body():
    r = parse(CENTRE.format(desk="晋城市疾病预防控制中心政府信息公开办公室"))
    assert fact(r, "doc.agency") == "晋城市疾病预防控制中心"


def test_a_governments_disclosure_desk_names_no_author():
    r = parse(CENTRE.format(desk="晋城市人民政府信息公开办公室"))
    assert fact(r, "doc.agency") is None


# --- a byline under the title -------------------------------------------------------------------------------------

def test_the_issuer_on_the_line_under_a_title_with_the_date_under_it_is_the_issuer():
    r = parse("统计公报汇编\n\n2021年惠水县国民经济和社会发展\n\n统计公报\n\n惠水县统计局\n\n(2022年4月18日)\n\n"
              "2021年,全县经济运行稳中有进。一、综合\n全年地区生产总值150亿元,比上年增长6.1%。")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == "惠水县统计局"
    assert fact(r, "doc.level") == "department"


def test_a_name_under_a_line_that_is_no_title_is_no_byline():
    r = parse("统计公报汇编\n\n选择区域\n\n惠水县统计局\n\n(2022年4月18日)\n\n"
              "2021年,全县经济运行稳中有进。一、综合\n全年地区生产总值150亿元,比上年增长6.1%。")
    assert fact(r, "doc.agency") != "惠水县统计局"


# --- a national system's corps in a province named short ---------------------------------------------------------

def test_a_survey_corps_in_a_province_named_short_is_a_national_bodys_branch():
    r = parse("国家统计局湖南调查总队2018年度政府信息公开工作报告\n一、总体情况\n2018年,我队认真贯彻《条例》。")
    assert fact(r, "doc.agency") == "国家统计局湖南调查总队"
    assert fact(r, "doc.level") == "unknown"  # (a vertically managed national body's branch: L41, revised a52)


def test_a_survey_team_in_a_city_named_short_is_a_national_bodys_branch():
    r = parse("国家统计局长沙调查队2018年度政府信息公开工作报告\n一、总体情况\n2018年,我队认真贯彻《条例》。")
    assert fact(r, "doc.level") == "unknown"  # (a vertically managed national body's branch: L41, revised a52)


# --- figures in prose: fees waived none, cases counted in 起, carried over named the other way round -------------

def test_no_fee_charged_or_waived_for_requests_is_zero():
    r = parse("四、收费及减免情况\n2019年,我局没有因依申请公开信息收取或减免费用情况。\n"
              "五、行政复议和行政诉讼情况\n无。")
    assert fact(r, "fees.charged_yuan") == 0


def test_no_fee_under_the_fee_parts_heading_on_its_own_line_is_zero():
    # the heading and its text on one line: the heading says whose fees the sentence speaks of
    r = parse("三、政府信息公开的收费及减免情况。2011年,我局工作正常运转,没有产生对公民、法人和其他组织的收费情况。\n"
              "四、因政府信息公开申请行政复议、提起行政诉讼的情况。无。")
    assert fact(r, "fees.charged_yuan") == 0


def test_no_fee_said_of_something_else_is_no_fee_statement():
    r = parse("三、便民服务情况。2011年,窗口办理证照业务1200余件,没有产生对公民、法人和其他组织的收费情况。\n")
    assert fact(r, "fees.charged_yuan") is None


def test_requests_counted_in_qi_are_read():
    r = parse("(二)依申请公开\n2023年度,我局共收到信息公开申请14起,比2022年(19起)下降26%,答复14起。其中公开3起。")
    assert fact(r, "requests.received") == 14
    assert fact(r, "requests.completed") == 14


def test_requests_carried_over_named_after_the_verb_are_read():
    r = parse("(二)依申请公开情况。全年收政府信息公开申请215件,结转上年度政府信息公开申请4件,本年度办结210件,剩余9件"
              "结转下年度办理。")
    assert fact(r, "requests.carried_over") == 4
    assert fact(r, "requests.received") == 215
    assert fact(r, "requests.carried_forward") == 9


# --- set 7: a body's own site, a guide's working body, 市直 addressees ----------------------------------------------

def test_a_bodys_own_site_it_published_on_in_its_voice_names_it():
    r = parse("一、总体情况\n(一)主动公开情况。2022年,我局认真梳理政府信息。全年我局在丹阳市住房和城乡建设局官网上"
              "主动公开部门文件98条。\n(二)依申请公开情况。2022年,我局收到政府信息公开申请12件。")
    assert fact(r, "doc.agency") == "丹阳市住房和城乡建设局"
    assert evidence(r, "doc.agency").startswith("报告发布网站")


def test_a_government_site_a_bureau_publishes_on_names_no_author():
    r = parse("一、总体情况\n(一)主动公开情况。2022年,我局在丹阳市人民政府门户网站上主动公开部门文件98条。\n"
              "(二)依申请公开情况。2022年,我局收到政府信息公开申请12件。")
    assert fact(r, "doc.agency") is None


GUIDE = ("政府信息公开指南\n根据《中华人民共和国政府信息公开条例》规定,为更好地提供政府信息公开服务,制定本指南。\n"
         "一、工作机构\n本行政机关政府信息公开工作机构为{office},具体承担本行政机关政府信息公开的日常工作。\n"
         "二、主动公开\n(一)公开内容\n机构职能、政策文件、财政预决算等。")


def test_a_guides_working_body_names_the_government_it_works_for():
    r = parse(GUIDE.format(office="罗山县周党镇人民政府党政综合办公室"))
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == "罗山县周党镇人民政府"
    assert fact(r, "doc.level") == "township"


def test_a_county_guides_working_body_is_the_county_governments_office():
    r = parse(GUIDE.format(office="罗山县人民政府办公室"))
    assert fact(r, "doc.agency") == "罗山县人民政府"
    assert fact(r, "doc.level") == "county"


def test_a_notice_to_the_counties_and_the_citys_own_units_is_a_citys():
    r = parse("关于做好2021年度政府信息公开工作年度报告编制发布工作的通知\n各县、区政府,市直有关单位:\n"
              "为做好年度报告编制发布工作,现就有关事项通知如下:各县区、各部门要严格落实格式要求,按时发布。")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "city"


# --- set 7: a revised copy's title, an item list's 无, carried counts with their years named -------------------------

ITEMS = ("{title}\n来源:某乡 2019-05-08 11:28\n\n《中华人民共和国政府信息公开条例》颁布实施以来,我乡按照县政府统一部署,"
         "扎实推进政府信息公开工作。现将2018年工作情况报告如下:\n一、情况概述\n1.主动公开政府信息的情况:64条\n"
         "2.行政机关依申请公开政府信息的数量:无\n3.不予以公开政府信息的数量:无\n4.政府信息公开的收费及减免情况:无\n"
         "5.因政府信息公开申请行政复议、提起行政诉讼的情况:无\n二、工作措施\n(一)配齐队伍。")


def test_a_revised_copys_statutory_title_is_still_the_report():
    r = parse(ITEMS.format(title="平江县伍市镇2018年政府信息公开年度报告(修改)"))
    assert fact(r, "doc.kind") == "government_annual"


def test_an_item_lists_none_is_zero_for_requests_and_fees():
    r = parse(ITEMS.format(title="平江县伍市镇2018年政府信息公开年度报告"))
    assert fact(r, "requests.received") == 0
    assert fact(r, "fees.charged_yuan") == 0
    assert fact(r, "proactive.new") == 64


def test_an_item_whose_value_is_no_none_states_no_zero():
    text = ITEMS.format(title="平江县伍市镇2018年政府信息公开年度报告")
    r = parse(text.replace("收费及减免情况:无", "收费及减免情况:收取复印费20元"))
    assert fact(r, "fees.charged_yuan") != 0


CARRIED = ("(二)依申请公开情况。{year}年,共收到8件依申请公开请求,{before}年结转政府信息公开申请3宗,共办结9件,"
           "结转{after}年度继续办理2件。")


def test_requests_carried_over_from_and_into_named_years_are_read():
    r = parse("兴义市2022年政府信息公开工作年度报告\n" + CARRIED.format(year=2022, before=2021, after=2023))
    assert fact(r, "requests.carried_over") == 3
    assert fact(r, "requests.carried_forward") == 2


def test_carried_counts_naming_other_years_than_the_reports_neighbours_are_not_read():
    r = parse("兴义市2022年政府信息公开工作年度报告\n" + CARRIED.format(year=2022, before=2019, after=2021))
    assert fact(r, "requests.carried_over") is None
    assert fact(r, "requests.carried_forward") is None


# --- set 7: a government's information centre as the only contact; its disclosure office summing up the area ------

def test_a_governments_information_centre_as_the_only_contact_is_no_author():
    r = parse("引言 本报告根据《中华人民共和国政府信息公开条例》编制而成。如对本报告有任何疑问,请与上杭县政府信息中心"
              "联系(地址:上杭县某路1号)。\n一、概述\n2009年,全县各公开主体都能按照要求完成了目录和指南的编制工作。")
    assert fact(r, "doc.agency") is None


def test_a_governments_disclosure_office_summing_up_the_area_gives_the_area():
    r = parse("本年度报告根据《条例》有关规定,由齐齐哈尔市人民政府政务公开办公室综合市政府、各区、县(市)政府和市政府"
              "各委、办、局2017年政府信息公开工作情况编制而成。\n一、概述\n2017年,全市各级行政机关认真贯彻落实《条例》。")
    assert fact(r, "doc.agency") == "齐齐哈尔市"
    assert fact(r, "doc.level") == "city"


# --- set 8: a table one cell a line with its | marks, a contradicted row, appeals in 条, fees 未有, 至…累计 ----------

def _t3_lines(new: list[int], old: list[int]) -> str:
    """The 2021 format's 表三 head and first two rows, one cell a line, each closed by its `|`, cut after them."""
    head = ["三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |",
            "申请人情况 |", "||||||||", "自然人 |", "法人或其他组织 |", "总计 |", "|||||||", "商业企业 |", "科研机构 |",
            "社会公益组织 |", "法律服务机构 |", "其他 |", "|||||"]
    rows = ["一、本年新收政府信息公开申请数量 |", *[f"{v} |" for v in new], "||",
            "二、上年结转政府信息公开申请数量 |", *[f"{v} |" for v in old], "||", "三、本年度办理结果", "(一)予以公"]
    return "\n".join(head + rows)


def test_a_table_one_cell_a_line_with_its_marks_is_read_row_by_row():
    r = parse("某镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我镇认真贯彻《条例》。\n"
              + _t3_lines([2, 1, 0, 0, 0, 0, 3], [0, 0, 0, 0, 0, 0, 0]))
    assert fact(r, "requests.received") == 3
    assert fact(r, "requests.carried_over") == 0
    assert "截断" in " ".join(fact(r, "tables.unread"))


def test_a_table_row_whose_total_contradicts_its_parts_gives_no_figure():
    r = parse("某镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我镇认真贯彻《条例》。\n"
              + _t3_lines([0, 0, 0, 0, 1, 0, 0], [0, 0, 0, 0, 0, 0, 0]))
    assert fact(r, "requests.received") is None
    assert fact(r, "requests.carried_over") == 0
    assert any("总计 0 != 各类申请人之和 1" in p for p in fact(r, "quality.inconsistencies"))


def test_appeals_counted_in_tiao_are_read_and_a_joint_zero_is_each_zero():
    r = parse("一、总体情况\n2021年,通过县政府门户网站主动公开政府信息6条。收到政府信息公开申请0条。"
              "政府信息公开行政复议、行政诉讼0条。\n二、主动公开政府信息情况")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 0


def test_weiyou_no_fee_or_waiver_is_zero():
    r = parse("三、依申请公开政府信息情况\n2015年共受理政府信息公开申请0件。\n四、收费及减免情况\n"
              "2015年未有收费及减免情况。\n")
    assert fact(r, "fees.charged_yuan") == 0


def test_zhi_a_years_last_day_then_leiji_is_a_running_total():
    r = parse("某区2015年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
              "至2015年12月31日,累计主动公开政府信息74条,全文电子化率达100%。")
    assert fact(r, "proactive.cumulative") == 74
    assert fact(r, "proactive.new") is None


def test_the_years_own_sum_with_leiji_stays_the_years():
    r = parse("某区2015年政府信息公开工作年度报告\n二、主动公开政府信息情况\n2015年,累计主动公开政府信息74条。")
    assert fact(r, "proactive.new") == 74


# --- set 8: names — kinds of unit, a catalogue's row and its responsible body, a 苏木's own group -----------------

def test_kinds_of_unit_are_no_name():
    r = parse("2010年乡镇街道政府信息公开考评细则\n各乡(镇)、街道办事处:\n根据市政府2010年政务公开工作要点,"
              "结合乡镇街道的工作实际,制定本办法。\n一、考核范围\n17个乡镇街道。")
    assert fact(r, "doc.agency") is None


def test_a_catalogues_numbered_row_is_no_title_and_its_responsible_body_names_it():
    r = parse("第一部分 概述\n一、主要依据\n(一)《中华人民共和国政府信息公开条例》;\n二、责任主体、公开时限\n"
              "(一)责任主体:坦洲镇人民政府\n(二)公开时限:信息形成之日起20个工作日内\n第二部分 目录\n"
              "5 | 公开报告 | 每年度的政府信息公开工作报告。 | 党政综合办公室 |\n"
              "6 | 机构职能 | 内设机构及职能。 | 党政综合办公室 |")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == "坦洲镇人民政府"


def test_a_sumus_own_leading_group_names_it():
    r = parse("一、总体情况\n(一)政府信息公开工作机构和人员设置情况\n根据《条例》规定,我苏木成立巴彦塔拉苏木"
              "政府信息公开领导小组,专人负责信息公开工作。\n(二)主动公开政府信息情况\n2019年,我苏木主动公开信息120条。")
    assert fact(r, "doc.agency") == "巴彦塔拉苏木"
    assert fact(r, "doc.level") == "township"


def test_a_kuaishou_accounts_count_is_a_channels_not_the_years():
    r = parse("(四)政府信息平台建设。2023年,某镇人民政府微信公众账号(1个)发布信息149条;抖音短视频账号(1个)发布信息46条;"
              "快手短视频账号(1个)发布信息38条。\n")
    assert fact(r, "proactive.new") is None

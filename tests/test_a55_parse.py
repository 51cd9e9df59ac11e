"""What a55 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import fact, parse

OPENING = ("根据《中华人民共和国政府信息公开条例》要求,编制本报告。\n一、总体情况\n2021年,我乡扎实推进政务公开。\n"
           "二、主动公开政府信息情况\n全年公开信息58条。\n")

# --- appeals denied: a list item's 无, 事项 as the closing noun, a longer list before them (F271–F273) -------------


def test_a_list_item_on_reviews_and_suits_answered_none_is_zero():
    r = parse("某乡2021年政府信息公开工作年度报告\n" + OPENING + "三、其他情况\n1、依申请公开政府信息的数量:无。\n"
              "2、政府信息公开的收费及减免情况:无。\n3、因政府信息公开申请行政复议、提起行政诉讼的情况:无。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 0
    assert "行政复议、提起行政诉讼的情况:无" in r.facts["appeals.review"].evidence


def test_a_list_item_with_a_word_after_none_is_no_denial():
    # "无纸化" is a word, not the item's answer
    r = parse("某乡2021年政府信息公开工作年度报告\n" + OPENING + "三、行政复议、行政诉讼情况:无纸化办理。\n")
    assert fact(r, "appeals.review") is None


def test_no_matters_that_led_to_reviews_or_suits_is_zero():
    r = parse("某县医疗保障局2023年政府信息公开工作年度报告\n" + OPENING + "三、依申请公开情况\n全年收到申请2件,均已"
              "按时答复,无引起行政复议及行政诉讼事项。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 0


def test_no_cases_of_complaints_reviews_or_suits_is_zero_for_each():
    r = parse("某街道2022年政府信息公开工作年度报告\n" + OPENING + "三、依申请公开情况\n全年无信息公开方面的投诉、"
              "复议和诉讼等情形。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 0
    assert fact(r, "appeals.complaints") == 0


def test_requests_and_complaints_denied_before_the_appeals_make_each_zero():
    r = parse("某乡2019年政府信息公开工作年度报告\n" + OPENING + "三、依申请公开情况\n2019年,我乡无受理"
              "群众政府信息公开申请事项及相关举报投诉、行政复议及行政诉讼。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 0
    assert fact(r, "appeals.complaints") == 0


def test_a_denial_that_may_still_come_is_no_zero():
    # 可 between: what an applicant may do, not what happened
    r = parse("某乡2019年政府信息公开工作年度报告\n" + OPENING + "三、依申请公开情况\n对答复没有异议的,申请人仍可依法"
              "向上一级机关申请行政复议或提起行政诉讼。\n")
    assert fact(r, "appeals.review") is None
    assert fact(r, "appeals.litigation") is None


# --- a pair with one count of none (F274) -----------------------------------------------------------------------


def test_one_zero_count_for_review_and_suit_gives_both():
    r = parse("某区民政局2020年政府信息公开工作年度报告\n" + OPENING + "三、依申请公开情况\n全年办理依申请"
              "公开5件,均按规定予以答复,因答复提起行政复议、诉讼0件。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 0


def test_one_count_above_zero_for_the_pair_gives_no_suit_count():
    # how two cases split between review and suit is not said
    r = parse("某区民政局2020年政府信息公开工作年度报告\n" + OPENING + "三、依申请公开情况\n全年办理依申请"
              "公开5件,因答复提起行政复议、诉讼2件。\n")
    assert fact(r, "appeals.litigation") is None


# --- this year's running word: 今年…累计 is the year's sum (F275) -----------------------------------------------


def test_this_years_cumulative_word_gives_the_years_count():
    r = parse("某市安监局2012年政府信息公开工作年度报告\n一、概述\n2012年,我局推进政务公开。\n二、主动公开情况\n"
              "网站每日更新信息,截止2012年12月31日,今年我局网站累计更新信息2870条,访问人数十万余次。\n")
    assert fact(r, "proactive.new") == 2870
    assert fact(r, "proactive.cumulative") is None


def test_this_year_so_far_before_the_running_word_stays_a_running_total():
    r = parse("某市安监局2012年政府信息公开工作年度报告\n一、概述\n2012年,我局推进政务公开。\n二、主动公开情况\n自网站"
              "开通以来,截至2012年底累计发布信息9120条。\n")
    assert fact(r, "proactive.new") is None
    assert fact(r, "proactive.cumulative") == 9120


# --- the statutory title over a body that names its body in the third person (K76) -------------------------------


def test_a_statutory_title_over_a_third_person_body_is_the_report():
    # no 条例, no 我局, no 概述 heading: the body names the bureau again as the subject of its work
    r = parse("青川县司法局2019年政府信息公开工作年度报告\n发布时间:2020-01-15\n\n"
              "    2019年,青川县司法局认真落实上级关于政务公开的部署,健全公开制度,规范发布流程,"
              "公开咨询和申请答复工作运行平稳。\n"
              "    一、强化组织保障。局党组把信息公开列入重要议事日程,明确专人负责。\n"
              "    二、完善公开机制。梳理权责清单,及时更新公开目录。\n")
    assert fact(r, "doc.kind") == "government_annual"
    assert r.status == "ok"


def test_a_statutory_title_repeated_as_a_file_link_is_no_report():
    # the name comes back only as the title again (a download link): no body about the work
    r = parse("青川县司法局2019年政府信息公开工作年度报告\n发布时间:2020-01-15\n附件下载:\n"
              "青川县司法局2019年政府信息公开工作年度报告.docx(大小:36KB,下载次数:12次,"
              "最后更新:2020-01-15,所属栏目:年度报告)\n相关链接 打印本页 关闭窗口\n")
    assert r.status != "ok"


# --- the year: 编制 with the body's own 本 before it, a year-led figure with 发布 (P36, P37) ----------------------


def test_compiling_the_bodys_own_years_report_gives_the_year():
    r = parse("一、总体情况\n根据《中华人民共和国政府信息公开条例》,某新区积极公开政府信息,认真组织编制本单位2019年度"
              "信息公开报告。\n二、主动公开政府信息情况\n全年公开信息210条。\n")
    assert fact(r, "doc.year") == 2019
    assert "编制本单位2019年度" in r.facts["doc.year"].evidence


def test_compiling_a_plan_of_the_body_gives_no_year():
    # a plan, not a report: 编制 and 本 do not make any document the report
    r = parse("一、总体情况\n根据《中华人民共和国政府信息公开条例》,某新区认真组织编制本单位2020年度"
              "政务公开工作要点。\n二、主动公开政府信息情况\n全年公开信息210条。\n")
    assert fact(r, "doc.year") is None


def test_a_year_led_publishing_figure_gives_the_year_of_a_page_with_none_else():
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》,由某市公安局编制。\n一、政府信息主动公开情况\n"
              "1.网站公开政府信息情况。2016年,市公安局门户网站更新发布信息1530条,访问量稳步增长。\n")
    assert fact(r, "doc.year") == 2016


def test_year_led_figures_of_two_years_give_no_year():
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》,由某市公安局编制。\n一、政府信息主动公开情况\n"
              "1.网站情况。2015年,市公安局网站发布信息1200条;2016年,市公安局网站发布信息1530条。\n")
    assert fact(r, "doc.year") is None


# --- a spam mirror's cash talk before a department's name (A359) --------------------------------------------------


def test_cash_talk_of_a_betting_mirror_is_no_part_of_the_name():
    r = parse("本报告根据《中华人民共和国政府信息公开条例》要求,由乐享88官网提现说维护统计局编制。全文包括概述、"
              "主动公开政府信息情况等部分。\n一、概述\n2016年,我局认真做好政府信息公开工作。\n")
    assert fact(r, "doc.agency") == "统计局"


# --- an area's report summed from its government's departments (A360) --------------------------------------------


def test_an_area_summed_from_its_governments_departments_reports_is_the_area():
    r = parse("本报告根据《中华人民共和国政府信息公开条例》以及2018年度烟台市政府各部门和各区、市政府的信息公开工作"
              "年度报告编制。\n一、概述\n2018年,全市各级行政机关认真贯彻《条例》。\n二、主动公开政府信息情况\n"
              "2018年,全市新增主动公开政府信息310560条。\n")
    assert fact(r, "doc.agency") == "烟台市"
    assert fact(r, "doc.level") == "city"


# --- the catalogue row of a page's metadata is no title; the overview by the work's name (K77, K78) ------------------


def test_a_catalogue_row_naming_the_column_is_no_title_over_the_reports_own():
    # the grid's spaces go once read ("公开目录镇街信息公开年报…"): the row is metadata, the title below it
    r = parse("索引号 lyzj09-2016-0031 发布机构 某县流峪镇\n公开目录 镇街信息公开年报 发布日期 2016-03-10\n"
              "标题 流峪镇人民政府2015年政府信息公开工作年度报告\n流峪镇人民政府2015年政府信息公开工作年度报告\n\n"
              "2015年,我镇认真贯彻《中华人民共和国政府信息公开条例》,扎实推进政府信息公开工作。现将2015年工作情况"
              "报告如下:\n(一)概述\n2015年,流峪镇高度重视政府信息公开工作。\n")
    assert fact(r, "doc.kind") == "government_annual"
    assert "流峪镇人民政府2015年政府信息公开工作年度报告" in r.facts["doc.kind"].evidence


def test_the_overview_named_for_the_work_opens_a_report():
    r = parse("一、政府信息公开工作概述\n2018年,我镇按照《政府信息公开条例》要求,全面推进政务公开。\n"
              "二、政府信息公开组织领导和制度建设情况\n我镇成立了政府信息公开工作机构。\n"
              "三、主动公开政府信息以及公开平台建设等情况\n我镇政府信息主要通过网络发布。\n")
    assert fact(r, "doc.kind") == "government_annual"


def test_a_summarys_own_first_heading_is_no_overview():
    r = parse("一、政务公开工作基本情况\n2018年,我镇按照要求推进政务公开。\n二、存在的不足\n宣传力度不够。\n"
              "三、下一步打算\n继续加强。\n")
    assert fact(r, "doc.kind") != "government_annual"


# --- a school's other yearly report is no disclosure report (K79) -------------------------------------------------


def test_a_schools_teaching_quality_report_is_no_disclosure_report():
    r = parse("闽江师范大学\n本科教学质量报告\n(2016-2017学年)\n2017年12月\n前言\n闽江师范大学是省属重点建设高校,"
              "学校坚持立德树人根本任务,本报告依据《高等学校信息公开办法》和清单要求编制。\n第一部分 本科教学基本情况\n"
              "一、本科人才培养目标\n我校坚持以本科教学为中心。\n")
    assert r.status != "ok"
    assert fact(r, "doc.kind") == "other"


def test_a_schools_disclosure_report_still_is_one():
    r = parse("闽江师范大学\n2016-2017学年信息公开工作年度报告\n根据《高等学校信息公开办法》和清单要求,现将我校"
              "2016-2017学年信息公开工作报告如下:\n一、概述\n我校高度重视信息公开工作。\n二、主动公开情况\n"
              "学年内主动公开信息312条。\n")
    assert fact(r, "doc.kind") == "university_annual"


def test_a_disclosure_report_naming_the_teaching_report_in_a_sentence_stays_one():
    r = parse("学校按时发布了本科教学质量报告、毕业生就业质量年度报告等,现将我校2017-2018学年信息公开工作报告如下:\n"
              "一、概述\n我校高度重视信息公开工作。\n二、主动公开情况\n学年内主动公开信息205条。\n")
    assert fact(r, "doc.kind") == "university_annual"


# --- no requests: the list item by the requests it took, none happened by their full name (F276, F277) -----------


def test_a_list_item_on_requests_taken_answered_none_is_zero():
    r = parse("某县水利局2008年政府信息公开工作年度报告\n一、概述\n2008年,我局认真贯彻《条例》。\n"
              "三、依申请公开政府信息情况\n我局2008年度依申请受理信息公开申请:无。\n")
    assert fact(r, "requests.received") == 0


def test_no_request_happened_by_its_full_name_is_zero():
    r = parse("某县残联2016年政府信息公开工作年度报告\n一、基本概况\n2016年,我会认真贯彻《条例》。\n"
              "三、依申请公开政府信息和不予公开政府信息的情况\n2016年未发生政府信息公开申请。\n")
    assert fact(r, "requests.received") == 0


def test_no_applicant_complaint_is_no_zero_of_requests():
    # 申请人: those who applied, not the requests; nothing is said of how many there were
    r = parse("某县残联2016年政府信息公开工作年度报告\n一、基本概况\n2016年,我会认真贯彻《条例》。\n"
              "三、依申请公开情况\n全年未发生政府信息公开申请人投诉。\n")
    assert fact(r, "requests.received") is None

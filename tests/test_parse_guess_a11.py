"""No value the page gives for something else, and kind, year and date read from the body (issue 12, a11-guess).
Each class both ways where a plain form exists: the guarded form gives nothing (or the right thing), the plain form
is read as before. Agencies, places, figures and prose are invented."""

import pytest

from engine.parse import parse_text


def facts(text: str) -> dict:
    report = parse_text(text, "t")
    report = report[0] if isinstance(report, list) else report
    return {k: f.value for k, f in report.facts.items()}


HEAD = ("一、总体情况\n(一)主动公开方面\n全年在局网站主动公开信息212条,更新了机构职能和领导分工等内容。\n"
        "(二)依申请公开方面\n")


# --- a denied outcome is no zero count ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # no case was corrected: how many were brought is not said
    "2021年度我局共收到9件依申请公开,均在期限内答复,没有出现被行政复议及行政诉讼纠错的情况。",
    # no suit lost
    "全年受理公开申请6件,已全部办结,未发生行政诉讼败诉的情况。",
    # no decision set aside
    "本年度没有出现政府信息公开行政复议决定被撤销的情形。",
])
def test_a_denied_outcome_says_nothing_of_how_many_cases(sentence):
    got = facts(HEAD + sentence + "\n")
    assert "appeals.review" not in got
    assert "appeals.litigation" not in got


@pytest.mark.parametrize("sentence", [
    "全年共收到依申请公开5件,没有发生因政府信息公开引起的行政复议和行政诉讼。",
    "全年未发生政府信息公开行政复议、行政诉讼案件。",
])
def test_no_case_at_all_is_still_zero(sentence):
    got = facts(HEAD + sentence + "\n")
    assert got.get("appeals.review") == 0
    assert got.get("appeals.litigation") == 0


# --- the clause right after the count answers them all --------------------------------------------------------

@pytest.mark.parametrize("sentence, done", [
    ("2021年度我局共收到9件依申请公开,按要求按时予以答复,未收取任何费用。", 9),
    ("本年度共受理政府信息公开申请4件,依法及时作出答复。", 4),
])
def test_a_clause_that_only_says_how_they_were_answered(sentence, done):
    assert facts(HEAD + sentence + "\n").get("requests.completed") == done


@pytest.mark.parametrize("sentence", [
    # a count of its own in the next clause: that is what was answered, not the whole
    "本年度共受理政府信息公开申请4件,依法答复3件,1件结转下一年度办理。",
    # the clause goes on about messages, not the requests
    "本年度共受理政府信息公开申请4件,网民留言按时予以答复。",
    # the next clause is about something else altogether
    "本年度共受理政府信息公开申请4件,其中当面申请2件。",
])
def test_no_whole_answered_where_the_next_clause_says_otherwise(sentence):
    assert facts(HEAD + sentence + "\n").get("requests.completed") != 4


# --- every figure a blank: a sample, not a report ----------------------------------------------------------------

MASKED = ("一、总体情况\n(一)主动公开\n围绕乡里的重点项目及时公开决策和执行情况,全年发布**条项目信息,线上办理**件事项,"
          "采购结果公示率***%。\n(二)依申请公开\n****年度新收依申请公开申请*件,被申请行政复议*件,被提起行政诉讼*件。\n"
          "(三)政府信息管理\n落实三审三校制度,全年审核信息***条。\n")


def test_a_report_whose_figures_are_all_stars_is_a_template():
    got = facts(MASKED)
    assert got.get("doc.kind") == "template"
    assert not any(k.startswith(("requests.", "appeals.", "proactive.")) for k in got)


def test_a_report_with_real_figures_and_a_masked_name_stays_a_report():
    text = ("根据《中华人民共和国政府信息公开条例》规定编制本报告。"
            "本报告所列数据的统计期限为2024年1月1日至2024年12月31日。\n一、总体情况\n(一)主动公开\n坚持以***新时代思想为指导,全年主动公开政府信息318条。\n(二)依申请公开\n"
            "全年收到政府信息公开申请2件,均已按时答复。\n")
    got = facts(text)
    assert got.get("doc.kind") == "government_annual"
    assert got.get("proactive.new") == 318


# --- an invitation to the public is no report --------------------------------------------------------------------

def test_a_questionnaires_preamble_is_other_and_keeps_its_signature_date():
    text = ("各位网友: 感谢您关心我县的政务公开工作。为了解群众对各乡镇、县直各部门2023年政府信息公开工作的评价,"
            "现开展网上问卷调查,请您从公开内容是否及时准确、申请答复是否依法规范等方面填写问卷,提出意见建议。"
            "您的意见将作为年度考核的重要参考。\n"
            "某县人民政府办公室 2023年11月20日 |\n")
    got = facts(text)
    assert got.get("doc.kind") == "other"
    assert got.get("doc.published_on") == "2023-11-20"


def test_a_summary_that_thanks_its_public_in_passing_is_still_a_summary():
    text = ("2023年,我局按照县里的部署扎实推进政务公开工作,现将全年政府信息公开工作情况汇报如下:\n"
            "一、加强组织领导\n我局成立了政务公开工作领导小组,全年在局网站公开信息86条。\n"
            "二、存在的问题\n公开的及时性有待提高,群众参与评议的渠道还不多。\n")
    assert facts(text).get("doc.kind") == "work_summary"


# --- the statistics period as sites write it; the year of a range -----------------------------------------------

def test_an_academic_period_with_a_comma_before_zhi():
    text = ("根據上級通知要求,現將我校2022—2023年度信息公開工作報告如下,本報告所列數據的統計期限自2022年9月1日起,"
            "至2023年8月31日止。\n一、概述\n本年度學校信息公開工作穩步推進。\n二、主動公開情況\n"
            "我校信息公開網站發布信息120項。\n")
    got = facts(text)
    assert got.get("doc.year") == 2022
    assert got.get("doc.period") == "2022-2023"


def test_a_calendar_period_with_a_comma_before_zhi():
    text = ("某区城市管理局政府信息公开工作年度报告\n本报告数据统计期限自2023年1月1日起,至2023年12月31日止。\n"
            "一、总体情况\n2023年,我局主动公开政府信息150条。\n")
    assert facts(text).get("doc.year") == 2023


# --- the year a clause opens with, before the body's own name ------------------------------------------------------

def test_the_year_before_the_bodys_own_name():
    text = ("依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。\n一、总体情况\n"
            "2024年青石街道扎实推进政府信息公开工作,由综合办公室牵头负责,各科室明确一名信息员。\n"
            "青石街道全年依申请公开2件。\n")
    got = facts(text)
    assert got.get("doc.agency") == "青石街道"
    assert got.get("doc.year") == 2024


def test_a_plan_for_a_year_is_no_year_of_the_report():
    text = ("依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。\n一、总体情况\n"
            "青石街道扎实推进政府信息公开工作,由综合办公室牵头负责。\n"
            "2026年青石街道将继续做好政务公开工作。\n")
    assert facts(text).get("doc.year") != 2026


# --- the year's count in the words a street office uses; the overview heading ---------------------------------

def test_the_count_of_each_kind_of_information_disclosed():
    text = ("梧桐里街2022年政府信息公开工作年度报告\n一、总体情况\n(一)政府信息公开情况\n"
            "2022年主动公开的各类政府信息数量58件。2022年,全街共受理政府信息公开申请总数2件。\n")
    got = facts(text)
    assert got.get("proactive.new") == 58
    assert got.get("requests.received") == 2


def test_a_heading_on_how_the_work_went_overall_is_the_overview():
    text = ("根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2024年1月1日至2024年12月31日。\n"
            "一、工作总体推进情况\n我镇成立政府信息公开工作小组,配备专职工作人员2名。\n"
            "(一)主动公开提质增效\n通过公告栏和网站发布政务动态等信息。\n")
    got = facts(text)
    assert got.get("sections.overview") is True


# --- a consultation count of one channel among several; a count followed by something of another kind -----------

def test_consultations_by_channel_give_no_total():
    text = (HEAD + "全年共受理依申请公开3件。\n(三)其他\n围绕群众关切加强信息发布,全年在门户网站编发政务信息145条、"
            "解答电话咨询80多次、在线留言咨询4条,做好回应工作。\n")
    got = facts(text)
    assert "consultations.total" not in got


def test_a_consultation_total_still_counts():
    text = HEAD + "全年共受理依申请公开3件,接受群众咨询96人次,其中电话咨询60人次、现场咨询36人次。\n"
    assert facts(text).get("consultations.total") == 96


def test_a_site_count_followed_by_another_kind_of_work_is_the_years_count():
    text = ("某县统计局2021年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"
            "全年在门户网站编发政务信息145条、解答电话咨询80多次,及时回应社会关切。\n")
    assert facts(text).get("proactive.new") == 145


def test_a_category_in_a_list_of_categories_is_still_no_total():
    text = ("某县统计局2021年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"
            "在门户网站发布统计公报信息12条、统计分析信息30条。\n")
    assert facts(text).get("proactive.new") != 12


def test_a_street_office_that_opens_a_clause_with_its_year():
    text = ("(二)政府信息依申请公开情况\n\n 2020年度街道受理信息公开申请0件。\n\n(三)复议、诉讼和申诉情况\n\n"
            "2020年度街道发生行政复议案0件。\n")
    assert facts(text).get("doc.year") == 2020


def test_a_street_named_in_a_plan_gives_no_year():
    text = "(一)工作目标\n\n街道将继续做好政务公开。2026年街道规划建设两个公开专区。\n"
    assert facts(text).get("doc.year") != 2026


# --- requests in the words some reports use: 项, 转结, 转下一年, answered clauses later, none received and handled ---

def test_applications_counted_in_xiang_and_one_carried_on():
    got = facts(HEAD + "2023年,某省水利厅共收到依申请公开9项,办理8项,结转下年度继续办理1项。均按时进行有效答复。\n")
    assert (got.get("requests.received"), got.get("requests.completed"), got.get("requests.carried_forward")) \
        == (9, 8, 1)


def test_carried_over_written_zhuanjie_and_forward_without_jie():
    got = facts(HEAD + "2023年,新受理政府信息公开申请6件,办结6件,上年转结政府信息公开申请0件,转下一年办理0件。\n")
    assert got.get("requests.carried_over") == 0
    assert got.get("requests.carried_forward") == 0


def test_answered_in_a_later_clause_of_the_same_sentence():
    got = facts(HEAD + "2023年某街道接到依申请公开3件,主要涉及老旧小区改造事宜,严守办理时限,依法依规予以答复。\n")
    assert got.get("requests.completed") == 3


def test_a_clause_still_open_between_stops_the_reading():
    got = facts(HEAD + "2023年某街道接到依申请公开3件,部分尚未办结,依法依规予以答复。\n")
    assert got.get("requests.completed") != 3


def test_none_received_and_handled_is_zero_handled():
    got = facts(HEAD + "2023年度,某乡未收到和处理政府信息公开申请,零报告。\n")
    assert got.get("requests.received") == 0
    assert got.get("requests.completed") == 0


# --- blanks: a place's name as stars, a year left out before its month -------------------------------------------

def test_stars_for_a_places_name_are_a_blank():
    text = "**县统计局2015年政府信息公开工作年度报告\n一、概述\n本局主动公开政府信息120条。\n"
    assert facts(text).get("quality.placeholders") is True


def test_stars_for_a_persons_name_are_no_blank():
    text = ("某县统计局2015年政府信息公开工作年度报告\n一、概述\n"
            "会议传达了****同志的讲话精神,本局主动公开政府信息120条。\n")
    assert facts(text).get("quality.placeholders") is False


def test_a_year_left_out_before_its_month():
    text = "某区政府信息公开年度工作报告\n一、概述\n根据《规定》要求,年\n5月1日起,本区开始开展政府信息公开工作。\n"
    assert facts(text).get("quality.placeholders") is True


def test_a_year_before_its_month_is_no_blank():
    text = "某区政府信息公开年度工作报告\n一、概述\n根据《规定》要求,2008年\n5月1日起,本区开始开展政府信息公开工作。\n"
    assert facts(text).get("quality.placeholders") is False


# --- the 清单 categories listed in their short forms ---------------------------------------------------------------

UNI = ("某某学院2020-2021学年信息公开年度报告\n本报告统计时间为2020年9月1日至2021年8月31日。\n一、概述\n"
       "2020—2021学年,学校持续推进信息公开工作。\n")


def test_a_list_of_the_categories_in_short_forms():
    got = facts(UNI + "一是落实清单事项。学校信息公开网内容涉及学校基本信息、招生考试、财务、资产及收费、人事师资、"
                      "教学质量、学生管理服务、学风建设、学位、学科等方面。\n二、主动公开情况\n学院网站公布各类信息300条。\n")
    assert got.get("university.checklist.ethos") is True
    assert got.get("university.checklist.degrees") is True
    assert got.get("university.checklist.admissions") is True


def test_a_few_fields_in_passing_are_no_list():
    got = facts(UNI + "学校在招生考试、教学质量等重点工作中加强公开。\n二、主动公开情况\n学院网站公布各类信息300条。\n")
    assert got.get("university.checklist.teaching") is not True
    assert got.get("university.checklist.admissions") is not True


def test_a_year_set_apart_from_its_nian_by_a_space_is_no_blank():
    text = "某学院2012-2013学年信息公开年度报告\n现将我校2012-2013学年(2012 年9月1日至2013年8月31日)情况报告如下。\n"
    assert facts(text).get("quality.placeholders") is False


def test_the_count_is_found_after_a_year_holding_the_same_digit():
    got = facts(HEAD + "2022年某街道接到依申请公开2件,主要涉及征收补偿事宜,依法依规予以答复。\n")
    assert got.get("requests.completed") == 2

"""What a45 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

import pytest
from parse_support import evidence, fact, parse

from engine.parse import divisions
from engine.parse.author import clean, joint_bodies

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

PARTS = ("一、总体情况\n2016年,全年公开信息120条。\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n"
         "四、政府信息公开收费及减免情况\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n")

# --- who reports ---------------------------------------------------------------------------------------------------


@needs_divisions
def test_co_located_tax_bureaus_compile_one_report_under_both_names():
    # "由某区国家税务局、某市地方税务局某区分局编制": both bureaus, one report, the joint name as written (A279)
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》要求,由上海市长宁区国家税务局、"
              "上海市地方税务局长宁区分局(以下简称区局)编制。\n" + PARTS)
    assert fact(r, "doc.agency") == "上海市长宁区国家税务局、上海市地方税务局长宁区分局"
    assert fact(r, "doc.level") == "unknown"  # (a vertically managed national body's branch: L41, revised a52)


@needs_divisions
def test_a_city_pair_of_tax_bureaus_with_the_same_place_twice():
    # the place written before each bureau is no sign of two issuers glued together (A276's test) here
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》要求,由上海市国家税务局、上海市地方税务局编制。\n"
              + PARTS)
    assert fact(r, "doc.agency") == "上海市国家税务局、上海市地方税务局"


@needs_divisions
def test_a_government_with_its_office_is_one_author_at_the_governments_level():
    # "某区人民政府及办公室2009年…年度报告": the government and its office, one author; the level is the government's
    r = parse("瓯海区人民政府及办公室2009年政府信息公开工作年度报告\n" + PARTS)
    assert fact(r, "doc.agency") == "瓯海区人民政府及办公室"
    assert fact(r, "doc.level") == "county"


@needs_divisions
def test_joint_names_are_only_bodies_each_with_a_place():
    assert joint_bodies("阿勒泰地区行政公署及办公室")
    assert joint_bodies("北京市统计局、国家统计局北京调查总队")
    # guards: a list of superiors with no place, a place's units, and one name that holds 暨
    assert not joint_bodies("省政府办公厅、省政务公开办")
    assert clean("市政府所属部门和县市区") == (None, "不止一个机关")
    assert clean("诸暨市安华镇人民政府")[0] == "诸暨市安华镇人民政府"


@needs_divisions
def test_a_body_that_publishes_its_own_report_with_bendanwei_before_the_year():
    # "…要求,某局向社会公布本单位2020年政府信息公开工作年度报告": the publisher of its own report (A277)
    r = parse("根据《中华人民共和国政府信息公开条例》要求,国家税务总局佛山市税务局向社会公布本单位2020年政府信息公开"
              "工作年度报告。\n2020年,佛山市税务局坚持以公开为常态。\n" + PARTS)
    assert fact(r, "doc.agency") == "国家税务总局佛山市税务局"
    assert "向社会公布本单位" in evidence(r, "doc.agency")


def test_a_source_run_on_into_the_pages_update_stamp():
    # "来源:商务部 更新时间:2012-04-14", the space lost: the source is the ministry, not 商务部更新 (A278)
    r = parse("政府信息公开目录编制规范\n来源:商务部 更新时间:2012-04-14\n\n一、编制原则\n"
              "目录涵盖部机关各单位可公开的政府信息,按业务内容分类。\n")
    assert fact(r, "doc.agency") == "商务部"


@needs_divisions
def test_a_guides_title_behind_a_spam_brand():
    # a spam mirror's brand glued before the guide's title: the name is the rest, as the web labels keep it (A280)
    r = parse("ag8备用网址_8866123_ag8官方网站秀山土家族苗族自治县人民政府政府信息公开指南(2023年版)\n"
              "为便于公民、法人和其他组织获取政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。\n"
              "一、主动公开\n(一)公开的范围\n")
    assert fact(r, "doc.agency") == "秀山土家族苗族自治县人民政府"


# --- kind ----------------------------------------------------------------------------------------------------------


def test_an_open_day_named_in_a_reports_first_sentence():
    # "某市2020年…年度报告" over "…通过政务公开日等形式开展宣传": the title says it is the report (K52)
    r = parse("临川市2020年政府信息公开工作年度报告\n\n一、2020年政府信息公开工作的基本情况\n\n(一)抓好《条例》宣传\n\n"
              "新修订的《条例》实施以来,我市通过政务公开日、公众号推送等形式开展宣传,营造了良好氛围。\n"
              "(二)加强政府信息管理\n我市严格执行公文公开属性源头认定制度。\n")  # (the page cut before its tables)
    assert fact(r, "doc.kind") == "government_annual"


@needs_divisions
def test_news_of_an_open_day_under_its_own_title_stays_news_and_has_no_author():
    # guard: the event's own title (K50) is still news; and a news item is written about the bureau, not by it (A284)
    r = parse("抚州市统计局开展政府开放日活动\n抚州市统计局开展政府开放日活动,邀请市民代表走进统计大厅,"
              "现场解答群众咨询。我局将继续做好政府信息公开工作。\n")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") is None
    assert "新闻报道" in fact(r, "doc.agency_missing")


@needs_divisions
def test_a_notice_keeps_its_issuer():
    # guard: a body's own notice (no news) is written by it: the issuer stays
    r = parse("抚州市统计局关于开展2024年度政务公开工作自查的通知\n各科室:\n"
              "为做好政务公开工作,现就自查有关事项通知如下。一、自查内容\n二、工作要求\n抚州市统计局\n2024年5月6日\n")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == "抚州市统计局"


# --- the second batch's classes (sets 118–122) ---------------------------------------------------------------------


@needs_divisions
def test_a_subject_going_by_the_statute():
    # "2020年,市某局依据《条例》,认真贯彻…" and "2025,某区某局以《条例》为遵循": the subject before its statute (A281)
    r = parse("一、总体情况\n2020年,市生态环境局依据《中华人民共和国政府信息公开条例》,认真贯彻落实上级部署,"
              "扎实推进政府信息公开工作。\n" + PARTS)
    assert fact(r, "doc.agency") == "市生态环境局"
    r = parse("一、总体情况\n2025,吐鲁番市高昌区水利局以《中华人民共和国政府信息公开条例》为遵循,"
              "系统推进主动公开工作。\n" + PARTS)
    assert fact(r, "doc.agency") == "吐鲁番市高昌区水利局"


@needs_divisions
def test_a_guide_that_helps_the_public_obtain_a_bodys_information():
    # "为了保障公民…依法获取某市某局政府信息,…制定本指南": the guide's body (A282)
    r = parse("为了保障公民、法人和其他组织依法获取榆林市医疗保障局政府信息,提高工作透明度,根据《中华人民共和国"
              "政府信息公开条例》等规定,制定本指南。\n一、主动公开\n(一)公开的范围\n")
    assert fact(r, "doc.agency") == "榆林市医疗保障局"


@needs_divisions
def test_an_areas_information_is_no_guides_body():
    # guard: "依法获取某区的政府信息" names the area whose information it is, not the guide's issuer
    r = parse("为便于公民、法人和其他组织依法获取永川区的政府信息,根据《中华人民共和国政府信息公开条例》,"
              "修订本指南。\n一、主动公开\n")
    assert fact(r, "doc.agency") is None


@needs_divisions
def test_sport_inside_a_bureaus_name_is_no_advertising():
    # 体育 in 文化体育广播电视和旅游局 or 旅游和文化广电体育厅 is the bureau's remit, not a betting site's word (A283)
    r = parse("乌什县文化体育广播电视和旅游局2024年政府信息公开工作年度报告\n" + PARTS)
    assert fact(r, "doc.agency") == "乌什县文化体育广播电视和旅游局"
    assert clean("海南省旅游和文化广电体育厅") == ("海南省旅游和文化广电体育厅", "")
    # guard: a betting site's 体育 still marks advertising
    assert clean("某某体育直播官网")[0] is None


def test_no_suit_written_qisu():
    # "未发生政府信息公开行政复议、起诉": none of either (F229)
    r = parse("一、总体情况\n2022年,我局收到申请3件,均已答复,未发生政府信息公开行政复议、起诉。\n" + PARTS)
    assert fact(r, "appeals.litigation") == 0
    assert fact(r, "appeals.review") == 0


# --- contradictions ------------------------------------------------------------------------------------------------


def test_zeros_in_a_list_are_no_level_of_it():
    # "共发布信息333条,其中…4条、…0条、…0条、…0条、…87条、…53条、…78条": 222, not 333 (F230)
    r = parse(PARTS + "2016年,我局共发布信息333条,其中领导介绍4条、规范性文件0条、政策解读0条、财政预决算信息0条、"
              "工作动态87条、通知公告53条、其他信息78条。\n")
    assert any("333" in line and "222" in line for line in fact(r, "quality.inconsistencies"))


def test_a_list_of_zeros_alone_is_not_judged():
    # guard: "收到申请1件,…予以公开0件,部分公开0件,不予公开0件": the outcome that holds the one request is left out
    r = parse(PARTS + "2016年,我局共收到政府信息公开申请1件,其中予以公开0件,部分公开0件,不予公开0件。\n")
    assert not any("!=" in line for line in fact(r, "quality.inconsistencies"))


def test_a_statistics_period_that_spans_two_years():
    # "统计期限自2019年1月1日起至2020年12月31日止" in a year's report: not that year's period (F231)
    r = parse("本年度报告中所列数据的统计期限自2019年1月1日起至2020年12月31日止。\n" + PARTS)
    assert any(line.startswith("统计期限跨年") for line in fact(r, "quality.inconsistencies"))
    # (the year lost before the dates with its 年: "自202111日至20221231日")
    r = parse("本报告统计期限自202111日至20221231日。\n" + PARTS)
    assert any(line.startswith("统计期限跨年") for line in fact(r, "quality.inconsistencies"))


def test_one_years_period_and_a_school_year_are_no_span():
    # guards: the calendar year itself, and a school year from September to August
    for period in ("自2020年1月1日起至2020年12月31日止", "自2020年1月1日起至12月31日止",
                   "为2019年9月1日至2020年8月31日"):
        r = parse(f"本年度报告中所列数据的统计期限{period}。\n" + PARTS)
        assert not any(line.startswith("统计期限跨年") for line in fact(r, "quality.inconsistencies"))


# --- period --------------------------------------------------------------------------------------------------------


def test_a_year_led_figure_with_its_subject_between_or_its_nian_lost():
    # no title, no period: "2024年,某街道累计主动公开政府信息481条", "2022区某局主动公开政府信息1112条" (P28)
    for line in ("2024年,花溪街道累计主动公开政府信息481条,其中财政预决算10条。",
                 "2022区文旅局主动公开政府信息1112条。"):
        r = parse("一、总体情况\n一是提升主动公开质效。" + line + "\n二是规范依申请公开。\n")
        assert fact(r, "doc.year") == int(line[:4])


def test_a_running_totals_cut_off_is_no_year():
    # guard: "截至2024年,全区累计公开政府信息481条" is a cut-off, not the year reported on
    r = parse("一、总体情况\n一是提升主动公开质效。截至2024年,全区累计公开政府信息481条。\n")
    assert fact(r, "doc.year") is None

"""What a37's look at the earlier blind sets' remaining errors, and its ninth blind set, showed the parser getting
wrong (issue 12), class by class. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

from engine.parse.checks import bare_total_contradictions, list_count_contradictions

# --- a stated count of parts against the list before it ---------------------------------------------------------


def test_a_count_after_de_opens_what_follows_and_closes_no_list():
    # "通过…的方式,发现存在的3方面问题,提出4方面…建议": each count belongs to what follows it; the words before it
    # are no list of three or four
    assert list_count_contradictions("开展专题调研,通过座谈交流和实地查看相结合的方式,发现存在的3方面问题,提出"
                                     "4方面整改建议。") == []
    assert list_count_contradictions("梳理出的四个方面短板,已逐项整改。") == []


def test_a_list_that_lost_a_part_is_still_told():
    # the list closed by its count, one part short: still a contradiction
    found = list_count_contradictions("本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及"
                                      "改进措施等五部分组成。")
    assert len(found) == 1 and "五部分" in found[0]



# --- the compiler of a school's academic-year report ---------------------------------------------------------------

SCHOOL_BODY = ("\n一、概述\n公开学校信息,既是接受社会监督的需要,更是学院深入推进依法治校的一项日常工作。本学年修订了"
               "信息公开实施细则。\n二、主动公开情况\n学院通过门户网站主动公开招生、财务、人事等信息。")


def test_a_school_whose_years_work_the_report_is_compiled_from_with_yiju_is_the_author():
    # "依据某学院2016~2017学年度信息公开工作情况…编写" (依据 as 根据), the ministry's measures cited before it
    r = parse("按照《教育部高等学校信息公开办法》的规定,本年度报告依据河川职业技术学院2016~2017学年度信息公开工作情况"
              "和相关统计数据编写。统计时段为2016年9月1日至2017年8月31日。" + SCHOOL_BODY)
    assert fact(r, "doc.agency") == "河川职业技术学院"
    assert "依据河川职业技术学院" in evidence(r, "doc.agency")
    assert fact(r, "doc.period") == "2016-2017"


def test_an_academic_year_written_with_a_double_dash_keeps_the_compiler():
    r = parse("省教育厅:\n现报送我院本学年信息公开年度报告。报告根据江岭科技职业学院2016——2017年信息公开工作情况汇总"
              "编写,统计时段为2016年9月1日至2017年8月31日。" + SCHOOL_BODY)
    assert fact(r, "doc.agency") == "江岭科技职业学院"


def test_the_ministrys_measures_for_every_school_are_no_schools_own_rules():
    # 《教育部高等学校信息公开办法》 names no school: with nothing else naming one, no name (never 教育部高等学校)
    r = parse("本报告按《教育部高等学校信息公开办法》和《高等学校信息公开事项清单》编制,统计时段为2016年9月1日至2017年"
              "8月31日。" + SCHOOL_BODY)
    assert fact(r, "doc.agency") is None


def test_a_clause_opening_with_its_copula_names_no_subject():
    # "…的需要,更是学院深入推进…": 更是 says what the work is; "更是学院" is no name
    r = parse("统计时段为2016年9月1日至2017年8月31日。" + SCHOOL_BODY)
    assert fact(r, "doc.agency") is None


# --- a zone committee's office that compiles the report ------------------------------------------------------------


def test_a_zone_committees_office_compiling_this_report_as_subject_gives_the_committee():
    r = parse("南屿高新技术产业开发区管理委员会办公室组织编制完成本报告,现向社会公布。数据统计时段为2011年1月1日至12月"
              "31日。\n一、概述\n本年度我委修订了政府信息公开工作规程,指定专人负责。")
    assert fact(r, "doc.agency") == "南屿高新技术产业开发区管理委员会"
    assert "组织编制完成本报告" in evidence(r, "doc.agency")
    assert fact(r, "doc.level") == "county"  # a zone's own committee (labelling L8)


# --- the 2007 format's parts under their own headings, no title ----------------------------------------------------

PARTS_2007 = ("按照政府信息公开条例的规定,我局本年度依法开展政府信息公开工作,情况如下。\n"
              "一、公开政府信息情况\n(一)主动公开政府信息情况\n2013年,我局经门户网站、公开栏等途径共发布各类信息318条。\n"
              "(二)依申请公开政府信息情况\n本年度未收到公民、法人或其他组织的信息公开申请。\n"
              "(三)行政复议及行政诉讼情况\n本年度无涉及政府信息公开的行政复议和行政诉讼案件。\n"
              "二、政府信息公开工作情况\n我局修订了信息发布保密审查办法。")


def test_the_statutory_parts_under_their_own_headings_make_a_report_without_a_title():
    r = parse(PARTS_2007)
    assert fact(r, "doc.kind") == "government_annual"
    assert "三个法定部分" in evidence(r, "doc.kind")
    assert fact(r, "proactive.new") == 318


def test_a_summary_by_its_title_stays_a_summary_though_it_has_the_parts():
    r = parse("2013年林业局政务公开工作总结\n" + PARTS_2007)
    assert fact(r, "doc.kind") == "work_summary"


# --- requests carried forward, counted in 个 --------------------------------------------------------------------


def test_requests_carried_forward_in_ge_are_read():
    r = parse("一、总体情况\n2021年,双河街道依法做好政府信息公开。全年共收到政府信息公开申请2个,已答复1个,结转下年度"
              "继续办理1个。")
    assert fact(r, "requests.received") == 2
    assert fact(r, "requests.carried_forward") == 1


# --- a list closed by its catch-all ---------------------------------------------------------------------------------


def test_a_list_closed_by_its_catch_all_is_the_whole_though_the_sentence_goes_on():
    # "…,其他信息525条,…": the list ends at 其他; what the sentence says after it is not the list's
    found = bare_total_contradictions("全镇在政务公开专栏发布信息640条。其中,工作动态210条、规范性文件35条、办事指南"
                                      "90条,其他信息120条,群众可随时在线查阅;镇长热线接听来电58次。")
    assert found == ["proactive 640 != 210 + 35 + 90 + 120 = 455"]


def test_a_list_with_no_catch_all_that_the_sentence_goes_on_from_is_no_whole():
    # no 其他 closing it and no year's total before it: some of the parts, not all of them
    assert bare_total_contradictions("全镇在政务公开专栏发布信息640条。其中,工作动态210条、规范性文件35条、办事指南"
                                     "90条,群众可随时在线查阅。") == []


# --- a notice about the reports, its head run together on one line --------------------------------------------------


def test_a_notice_whose_number_and_addressees_run_on_after_its_title_is_no_report():
    # the title, its number and its addressees on one line: "…的通知某府公开办函〔2014〕1号各县市政府办,…:"
    r = parse("首页 > 资讯 > 本地新闻\n\n山南州人民政府信息公开办公室关于做好2013年度政府信息公开年度报告发布工作的"
              "通知山府公开办函〔2014〕2号各县市政府办,州政府各部门:\n\n年度报告应于每年3月31日前向社会公布。现就有关"
              "事项通知如下:\n一、按时编制\n各单位写明本年度主动公开、依申请公开和复议诉讼的数据。\n"
              "二、报送统计数据\n各单位于3月上旬报送本单位的统计表。")
    assert fact(r, "doc.kind") == "other"
    assert evidence(r, "doc.kind").startswith("标题: 山南州人民政府信息公开办公室关于做好")


# --- the possessor of the year's disclosure work, with 的 ---------------------------------------------------------


def test_the_possessor_of_the_years_work_with_de_is_the_subject():
    # "2021年,县某局的政府信息公开工作严格按照…": the body whose year of work the sentence tells (generic, A11)
    r = parse("一、总体情况\n(一)总体公开情况。2021年,县农业农村局的政府信息公开工作严格按照上级有关要求,推进决策、"
              "执行、管理、服务、结果公开。全年累计主动公开政府信息132条。\n(二)依申请公开情况。全年未收到政府信息公开"
              "申请。")
    assert fact(r, "doc.agency") == "县农业农村局"
    assert "的政府信息公开工作严格按照" in evidence(r, "doc.agency")


# --- the year of a page that states it only in passing -------------------------------------------------------------


def test_an_opening_that_names_the_report_by_its_year_gives_the_year():
    r = parse("2012年年报依据政府信息公开条例编写,包括概述、主动公开情况、依申请公开情况和存在的问题四部分。\n"
              "一、概述\n全省各级行政机关把信息公开作为转变政府职能的重要抓手。")
    assert fact(r, "doc.year") == 2012
    assert evidence(r, "doc.year").startswith("2012年年报依据")


def test_a_later_page_with_no_title_takes_the_year_of_its_proactive_figure():
    # page 2 of a repost: no title, no period, no year in its opening; the year's figure is led by its year
    r = parse("二、主动公开政府信息的情况\n各级行政机关按照条例主动公开政府信息。\n(一)公开的主要内容\n各机关完成了信息"
              "的梳理编目,2013年新增主动公开政府信息21840条,其中政策法规类信息930条。\n(二)公开的形式\n以门户网站为主,"
              "辅以公开栏和新闻发布会。")
    assert fact(r, "doc.year") == 2013
    assert "2013年新增主动公开政府信息21840条" in evidence(r, "doc.year")


def test_a_running_total_up_to_a_year_gives_no_year_of_its_own():
    # "截至2013年…" counts up to that year's end over many years: no year from it
    r = parse("二、主动公开政府信息的情况\n各级行政机关按照条例主动公开政府信息。截至2013年公开政府信息21840条。\n"
              "(二)公开的形式\n以门户网站为主。")
    assert fact(r, "doc.year") is None

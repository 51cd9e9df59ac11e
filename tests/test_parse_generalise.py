"""Who reports, at which level, for which period, and figures in prose, on page forms the web corpus's development
part does not hold in this shape (issue 12): site chrome around the article, a site's owner beside the author, titles
in academic and range forms, names in metadata labels, and prose figures about another year or a running total.
Every text is written for the test; values and evidence are checked, and so is absence where the text states nothing.
"""

from __future__ import annotations

import pytest

from engine.parse import divisions
from tests.parse_support import parse

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

# a 2021-format opening with no title and no name: what many portals show inside the article
BODY = ("本年度报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况。"
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
        "一、总体情况\n（一）主动公开\n全年主动公开政府信息86条。\n")


def value(report, name: str):
    f = report.facts.get(name)
    return f.value if f else None


def evidence(report, name: str) -> str:
    return report.facts[name].evidence


# ---------------------------------------------------------------- site chrome and the site's owner


@needs_divisions
def test_a_breadcrumb_naming_the_site_owner_is_no_title():
    text = ("洪泽区人民政府\n您现在所在的位置：首页 > 政务公开 > 洪泽区人民政府 > 政府信息公开年报\n"
            "洪泽区高良涧街道办事处2022年政府信息公开工作年度报告\n发布时间：2023-01-18\n" + BODY)
    r = parse(text)
    assert value(r, "doc.agency") == "洪泽区高良涧街道办事处"
    assert evidence(r, "doc.agency").startswith("标题: 洪泽区高良涧街道办事处2022年")
    assert value(r, "doc.level") == "township"


def test_a_breadcrumb_gives_no_year_and_no_kind():
    # the crumb "2023年政府信息公开年报" is the site's section; the report's own title says 2022
    text = ("首页 > 政务公开 > 2023年政府信息公开年报\n洪泽区水利局2022年政府信息公开工作年度报告\n"
            "我局坚持公开为常态。\n")
    r = parse(text)
    assert value(r, "doc.year") == 2022
    assert "2023" not in evidence(r, "doc.year")
    # a page that is only a breadcrumb mentioning 年度报告 and a guide is not a report
    guide = ("当前位置：首页 » 年度报告 » 正文\n某某学院信息公开指南\n为保障公民、法人和其他组织依法获取学校信息，"
             "根据《高等学校信息公开办法》，编制本指南。申请人可通过信函、传真提出申请。\n")
    assert parse(guide).status == "not_a_report"


@needs_divisions
def test_the_line_above_a_title_yields_to_a_township_named_in_the_opening():
    text = ("洪泽区人民政府\n2022年政府信息公开工作年度报告\n"
            "2022年，三河镇坚持依法公开，持续推进决策、执行、管理、服务、结果公开。" + BODY)
    r = parse(text)
    assert value(r, "doc.agency") == "三河镇"
    assert evidence(r, "doc.agency").startswith("正文开头: 2022年,三河镇坚持")
    assert value(r, "doc.level") == "township"


@needs_divisions
def test_the_line_above_a_title_stays_when_the_government_reports_itself():
    text = "洪泽区人民政府\n2022年政府信息公开工作年度报告\n2022年，我区坚持依法公开，主动回应社会关切。" + BODY
    r = parse(text)
    assert value(r, "doc.agency") == "洪泽区人民政府"
    assert value(r, "doc.level") == "county"


@needs_divisions
def test_a_name_below_the_title_wins_over_a_site_header_above_it():
    text = "洪泽区人民政府\n2020年度信息公开工作年度报告\n淮阴工学院\n（2020年10月30日）\n我校坚持依法公开。\n"
    r = parse(text)
    assert value(r, "doc.agency") == "淮阴工学院"
    assert "淮阴工学院" in evidence(r, "doc.agency")


@needs_divisions
def test_a_site_name_before_the_title_on_the_same_line_is_not_the_author():
    r = parse("洪泽区人民政府门户网站 | 洪泽区审计局2022年政府信息公开工作年度报告\n" + BODY)
    assert value(r, "doc.agency") == "洪泽区审计局"
    assert value(r, "doc.level") == "department"
    r = parse("三河镇2022年政府信息公开工作年度报告_洪泽区人民政府\n" + BODY)
    assert value(r, "doc.agency") == "三河镇"


@needs_divisions
def test_the_site_owner_in_metadata_yields_to_a_name_in_another_place():
    text = ("发布机构：南昌市青山湖区人民政府 发布时间：2023-02-01\n2022年政府信息公开工作年度报告\n" + BODY
            + "如对本报告有任何疑问，请与盐城市大丰区人民政府办公室联系。\n")
    r = parse(text)
    assert value(r, "doc.agency") != "南昌市青山湖区人民政府"
    assert "盐城市大丰区" in value(r, "doc.agency")
    assert evidence(r, "doc.agency").startswith("联系方式:")


@needs_divisions
def test_a_county_site_owner_is_not_a_townships_author():
    text = "发布机构：洪泽区人民政府 发布日期：2023-01-10\n" + BODY + "我镇坚持公开为常态，及时发布惠农政策。\n"
    r = parse(text)
    assert "doc.agency" not in r.facts  # never a guessed name
    missing = value(r, "doc.agency_missing")
    assert "网站主办单位" in missing and "洪泽区人民政府" in missing
    assert value(r, "doc.level") == "township"
    assert "我镇" in evidence(r, "doc.level")


@needs_divisions
def test_a_header_line_is_never_the_subject_of_the_opening_sentence():
    text = "南昌市青山湖区人民政府\n根据《中华人民共和国政府信息公开条例》规定，特向社会公布本年度报告。" + BODY
    r = parse(text)
    assert "doc.agency" not in r.facts
    assert value(r, "doc.agency_missing")


# ---------------------------------------------------------------- titles in every form


@pytest.mark.parametrize(("title", "year", "period"), [
    ("淮阴工学院2016—2017学年信息公开工作年度报告", 2016, "2016-2017"),
    ("淮阴工学院2016至2017学年信息公开工作年度报告", 2016, "2016-2017"),
    ("淮阴工学院2016-2017年度信息公开工作年度报告", 2016, "2016-2017"),
])
def test_an_academic_title_gives_the_school_its_year_and_period(title, year, period):
    r = parse(title + "\n我校坚持依法公开，不断完善信息公开制度。\n")
    assert value(r, "doc.agency") == "淮阴工学院"
    assert evidence(r, "doc.agency").startswith("标题: 淮阴工学院")
    assert (value(r, "doc.year"), value(r, "doc.period")) == (year, period)


@needs_divisions
@pytest.mark.parametrize("title", [
    "2022年度洪泽区三河镇人民政府政府信息公开工作年度报告",
    "《洪泽区三河镇人民政府2022年政府信息公开工作年度报告》",
    "【洪泽区三河镇人民政府2022年政府信息公开工作年度报告】",
    "洪澤區三河鎮人民政府2022年政府信息公開工作年度報告",
    "洪泽区三河镇人民政府关于2022年度政府信息公开工作的年度报告",
])
def test_the_title_names_the_author_in_any_position_and_form(title):
    r = parse(title + "\n" + BODY)
    assert value(r, "doc.agency") == "洪泽区三河镇人民政府"
    assert evidence(r, "doc.agency").startswith("标题:")
    assert value(r, "doc.level") == "township"
    assert value(r, "doc.year") == 2022


@needs_divisions
def test_a_short_title_without_the_regulations_words_still_gives_the_year():
    r = parse("洪泽区审计局2021年度报告\n根据《中华人民共和国政府信息公开条例》要求编制本报告。我局坚持公开。\n")
    assert value(r, "doc.agency") == "洪泽区审计局"
    assert value(r, "doc.year") == 2021
    assert "2021年度报告" in evidence(r, "doc.year")


def test_a_sentence_speaking_as_we_is_no_title_and_no_name():
    r = parse("现就我局2021年度政府信息公开工作情况报告如下。\n" + BODY)
    assert value(r, "doc.agency") is None
    assert value(r, "doc.year") == 2022  # the statistics period wins over the sentence's year


# ---------------------------------------------------------------- names in the opening, metadata and guide


@needs_divisions
@pytest.mark.parametrize(("text", "source"), [
    ("根据《条例》规定，结合洪泽区商务局工作实际，编制本报告。" + BODY, "正文开头"),
    ("本报告由洪泽区商务局编制。" + BODY, "正文开头"),
    ("根据《条例》要求，洪泽区商务局编制了2022年度政府信息公开工作年度报告。" + BODY, "正文开头"),
    ("所属机构：洪泽区商务局 公开方式：主动公开\n" + BODY, "网页发布信息"),
    ("公开主体：洪泽区商务局\n" + BODY, "网页发布信息"),
    ("来源：洪泽区商务局 时间：2023-01-10\n" + BODY, "网页发布信息"),
    (BODY + "同步修订了《洪泽区商务局政府信息公开指南》。\n", "本机关信息公开指南"),
])
def test_a_name_outside_the_title_says_where_it_came_from(text, source):
    r = parse(text)
    assert value(r, "doc.agency") == "洪泽区商务局"
    assert evidence(r, "doc.agency").startswith(source + ":")
    assert value(r, "doc.level") == "department"


def test_a_streets_party_committee_and_office_reporting_together_give_the_office():
    # (first written as "two bodies give no name"; labelling A53 (a20) reads 某镇党委、政府 as the government, and A172
    # (a38) 某街道党工委、办事处 as the office, as a blind label did)
    r = parse("2021年，高良涧街道党工委、办事处高度重视政务公开工作。" + BODY)
    assert value(r, "doc.agency") == "高良涧街道办事处"


def test_two_bodies_reporting_together_give_no_name():
    r = parse("2021年，泗阳县人民政府及政府办高度重视政务公开工作。" + BODY)
    assert "doc.agency" not in r.facts
    assert value(r, "doc.agency_missing")


# ---------------------------------------------------------------- level


@needs_divisions
def test_a_government_named_with_its_compiling_office_is_the_government():
    text = ("根据《条例》要求，现公布《淮安市人民政府(市人民政府办公室)2022年政府信息公开工作年度报告》。"
            + BODY)
    r = parse(text)
    assert value(r, "doc.agency") == "淮安市人民政府(市人民政府办公室)"
    assert value(r, "doc.level") == "city"


@needs_divisions
def test_an_office_compiling_its_governments_report_answers_for_the_government():
    text = ("本报告由洪泽区人民政府办公室编制，内容包括区政府及区政府各部门的政府信息公开情况。" + BODY)
    r = parse(text)
    assert value(r, "doc.agency") == "洪泽区人民政府"
    assert "洪泽区人民政府办公室编制" in evidence(r, "doc.agency")
    assert value(r, "doc.level") == "county"


@needs_divisions
def test_an_office_reporting_for_itself_is_a_department():
    r = parse("本报告由洪泽区人民政府办公室编制。我办坚持公开为常态，严格落实审查制度。" + BODY)
    assert value(r, "doc.agency") == "洪泽区人民政府办公室"
    assert value(r, "doc.level") == "department"


# ---------------------------------------------------------------- period


def test_the_statistics_period_wins_over_the_title_and_the_mismatch_is_noted():
    text = ("洪泽区水利局2023年政府信息公开工作年度报告\n"
            "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。我局坚持公开。\n")
    r = parse(text)
    assert (value(r, "doc.year"), value(r, "doc.period")) == (2022, "2022")
    assert "统计期限自2022年1月1日" in evidence(r, "doc.year")
    assert value(r, "doc.period_mismatch") == "标题为2023年, 统计期间为2022: 以统计期间为准"


def test_no_year_stated_leaves_the_year_absent():
    r = parse("今年以来，我局认真贯彻《条例》，主动公开各类信息，及时回应关切。\n")
    assert value(r, "doc.year") is None and value(r, "doc.period") is None


# ---------------------------------------------------------------- figures in prose


HEAD = "洪泽区水利局2022年政府信息公开工作年度报告\n一、总体情况\n"


def test_a_running_total_up_to_the_year_end_is_not_the_years_figure():
    r = parse(HEAD + "截至2022年底，累计主动公开政府信息5200条。\n")
    assert value(r, "proactive.new") is None
    assert value(r, "proactive.cumulative") == 5200


def test_the_year_so_far_is_not_a_running_total():
    r = parse(HEAD + "今年以来，我局在门户网站主动发布政府信息63条。\n")
    assert value(r, "proactive.cumulative") is None
    assert value(r, "proactive.new") == 63


def test_a_figure_about_the_year_before_is_not_taken():
    r = parse(HEAD + "2022年未收到政府信息公开申请，上一年度收到申请3件。\n")
    assert value(r, "requests.received") == 0
    assert "未收到" in evidence(r, "requests.received")
    r = parse(HEAD + "去年共受理政府信息公开申请9件。\n")
    assert value(r, "requests.received") is None


def test_carried_over_from_the_year_before_is_still_this_reports_figure():
    r = parse(HEAD + "本年度新收政府信息公开申请8件，上年度结转政府信息公开申请2件，结转下年度继续办理1件。\n")
    assert value(r, "requests.carried_over") == 2
    assert value(r, "requests.carried_forward") == 1
    assert value(r, "requests.received") == 8


def test_a_new_media_count_alone_is_not_the_total():
    r = parse(HEAD + "2022年，我局政务新媒体平台发布信息230条。\n")
    assert value(r, "proactive.new") is None


def test_a_figure_from_a_sentence_about_another_year_is_not_taken():
    r = parse(HEAD + "2021年共主动公开政府信息300条。2022年，我局继续加强公开工作。\n")
    assert value(r, "proactive.new") is None


# ---------------------------------------------------------------- names as pages write them outside a title


@needs_divisions
@pytest.mark.parametrize(("text", "name", "source"), [
    # the party committee and the government of one township speak together: the government reports
    # (the party committee and the government as one subject name the township: a48 revises A53)
    ("2022年岔河乡党委政府高度重视政务公开，将其纳入年度目标考核。" + BODY, "岔河乡", "正文开头"),
    # the body whose website it is
    ("根据《条例》规定，现将2022年洪泽区商务局网站政务信息公开工作情况报告如下。" + BODY, "洪泽区商务局", "正文开头"),
    # a section of the office answers for the office
    (BODY + "如对本报告有任何疑问，请与洪泽区人民政府办公室信息科联系。\n", "洪泽区人民政府办公室", "联系方式"),
    # a contact sentence that ends at its full stop
    (BODY + "如有疑问，请联系岔河乡政府。地址：岔河乡人民路1号。\n", "岔河乡政府", "联系方式"),
    # the school's own rules and lists name it, also with (试行)
    ("本报告根据《高等学校信息公开办法》和《淮阴工学院信息公开实施细则(试行)》编制。我校坚持公开。\n",
     "淮阴工学院", "本机关信息公开指南"),
    ("我校对照《淮阴工学院信息公开清单》逐项公开。\n", "淮阴工学院", "本机关信息公开指南"),
])
def test_names_in_the_body_as_pages_write_them(text, name, source):
    r = parse(text)
    assert value(r, "doc.agency") == name
    assert evidence(r, "doc.agency").startswith(source + ":")


def test_a_working_group_or_a_glued_heading_is_no_name():
    r = parse(BODY + "如对本报告有任何疑问，请联系：区政府信息公开联席会议办公室。\n")
    assert "doc.agency" not in r.facts
    r = parse("一是加强组织领导，构建信息公开长效机制学校党委高度重视信息公开工作。我校坚持公开。\n")
    assert "doc.agency" not in r.facts


def test_an_academic_year_whose_dash_the_site_lost():
    r = parse("根据《高等学校信息公开办法》，现编制淮阴工学院20212022学年信息公开工作年度报告。我校坚持公开。\n")
    assert value(r, "doc.agency") == "淮阴工学院"
    assert (value(r, "doc.year"), value(r, "doc.period")) == (2021, "2021-2022")


@needs_divisions
def test_a_breadcrumb_in_the_informal_form_is_chrome_too():
    text = ("你现在的位置：首页 > 学校信息公开年报\n淮阴工学院2021-2022学年信息公开工作年度报告\n"
            "我校坚持依法公开。\n")
    r = parse(text)
    assert value(r, "doc.agency") == "淮阴工学院"
    assert evidence(r, "doc.agency").startswith("标题: 淮阴工学院")


# ---------------------------------------------------------------- the year where no title states it


@pytest.mark.parametrize(("text", "year", "said"), [
    ("本报告所涉及数据的核定时间点为2022年12月31日。\n一、总体情况\n我镇坚持公开。\n", 2022,
     "核定时间点为2022年12月31日"),
    ("一、主动公开政府信息的情况：2013年度主动公开信息46条。\n", 2013, "2013年度主动公开"),
    ("根据《条例》规定，2008年本市政府信息公开工作稳步推进。\n", 2008, "2008年本市"),
])
def test_the_year_from_the_body_when_no_title_states_it(text, year, said):
    r = parse(text)
    assert value(r, "doc.year") == year
    assert said in evidence(r, "doc.year")


def test_a_plan_for_the_next_year_is_not_the_reports_year():
    r = parse("一、工作情况\n我乡认真落实《条例》要求，及时公开各类信息。\n2011年，我们将继续加大公开力度。\n")
    assert value(r, "doc.year") is None


def test_a_share_of_a_running_total_is_not_the_years_figure():
    r = parse(HEAD + "截至2022年底，全镇累计主动公开政府信息480条，其中，网上公开信息300条，公开栏公开180条。\n")
    assert value(r, "proactive.new") is None
    assert value(r, "proactive.cumulative") == 480
    # but the year's own share of it is the year's figure
    r = parse(HEAD + "近年通过网站累计主动公开政府信息9000余条，其中本年度新增主动公开政府信息850条。\n")
    assert value(r, "proactive.new") == 850
    assert "本年度新增" in evidence(r, "proactive.new")


def test_two_websites_counts_without_a_total_give_no_total():
    text = HEAD + ("2022年，我局在区政务网上主动发布政府信息63条。在区公众信息网上发布工作动态85条。\n")
    assert value(parse(text), "proactive.new") is None
    # one website and new media: the website's count stands for the total (the corpus's labelling)
    text = HEAD + "全年通过政府网站公开信息2017条，通过微信公众号、今日头条等新媒体公开信息1039条。\n"
    assert value(parse(text), "proactive.new") == 2017
    # several channels named together carry the total, whatever follows
    text = HEAD + ("全年通过政府门户网站、政务新媒体等形式主动公开政府信息1.53万条。其中，通过区政府门户网站公开"
                   "信息5836条。\n")
    assert value(parse(text), "proactive.new") == 15300


# ---------------------------------------------------------------- level from names and from the voice


@needs_divisions
@pytest.mark.parametrize(("name", "level"), [
    ("洪泽区教育体育局", "department"),  # 体育 in a bureau's name is not a betting site's advertising
    ("洪泽区文化体育和旅游局", "department"),
    ("淮安经济技术开发区管理委员会", "county"),
    ("淮安市公安局洪泽分局", "department"),
    ("江苏省人民政府办公厅", "province"),
    ("江苏省交通运输厅", "province"),
    ("三都水族自治县人民政府", "county"),
    ("黔东南苗族侗族自治州人民政府", "city"),
    ("洪泽区城关办事处", "township"),  # a 办事处 of a district is its street office
    ("洪泽区驻京办事处", "department"),  # but a liaison office in the capital is not
])
def test_level_from_the_name_in_the_title(name, level):
    r = parse(name + "2022年政府信息公开工作年度报告\n" + BODY)
    assert value(r, "doc.agency") == name
    assert value(r, "doc.level") == level


@pytest.mark.parametrize(("sentence", "level", "said"), [
    ("2022年，我局坚持依法公开。", "department", "我局"),
    ("2022年，我镇坚持依法公开，全镇主动公开信息。", "township", "我镇"),
    ("2022年，我县坚持依法公开，全县各部门主动公开信息。", "county", "我县"),
    # a street office calls itself 我办 as well
    ("2022年，我办坚持以人民为中心，街道党工委高度重视，全街道主动公开信息。", "township", "我办"),
])
def test_level_from_the_voice_when_no_name_is_stated(sentence, level, said):
    r = parse(sentence + BODY)
    assert "doc.agency" not in r.facts
    assert value(r, "doc.level") == level
    assert said in evidence(r, "doc.level")


def test_a_sentence_naming_the_report_is_the_opening_not_a_title():
    r = parse("按照县政务公开办要求，特编制2021年度岔河乡政府信息公开年度报告。我乡坚持公开为常态。\n")
    assert value(r, "doc.agency") == "岔河乡"
    assert evidence(r, "doc.agency").startswith("正文开头:")
    assert value(r, "doc.year") == 2021


def test_complaints_count_only_when_about_disclosure():
    r = parse(HEAD + "全年受理群众投诉举报32件，均已办结。\n")
    assert value(r, "appeals.complaints") is None
    r = parse(HEAD + "全年未发生涉及政府信息公开的投诉举报。\n")
    assert value(r, "appeals.complaints") == 0
    assert "政府信息公开的投诉" in evidence(r, "appeals.complaints")
    r = parse(HEAD + "因政府信息公开工作被举报2件。\n")
    assert value(r, "appeals.complaints") == 2


def test_requests_handled_only_in_a_paragraph_about_requests():
    r = parse(HEAD + "加强政民互动，全年答复网民留言56条，办理人大建议12件。\n")
    assert value(r, "requests.completed") is None
    r = parse(HEAD + "（二）依申请公开情况\n全年共收到政府信息公开申请40件。目前依法办结37件，"
                     "结转下年度继续办理3件。\n")
    assert value(r, "requests.completed") == 37
    assert "办结37件" in evidence(r, "requests.completed")


def test_a_portal_column_is_not_the_total():
    r = parse(HEAD + "全年在门户网站发布工作动态120条，通知公告30条。\n")
    assert value(r, "proactive.new") is None
    r = parse(HEAD + "全年主动公开政府信息412条，其中工作动态120条，通知公告30条。\n")
    assert value(r, "proactive.new") == 412
    assert "412条" in evidence(r, "proactive.new")


@needs_divisions
@pytest.mark.parametrize(("text", "name", "level"), [
    ("洪泽区农业农村局(洪泽区乡村振兴局)2022年政府信息公开工作年度报告\n" + BODY,
     "洪泽区农业农村局(洪泽区乡村振兴局)", "department"),
    ("2022年，洪泽区自然资源与规划局坚持依法公开。" + BODY, "洪泽区自然资源与规划局", "department"),
])
def test_one_body_with_two_names_or_a_conjunction_inside_its_name(text, name, level):
    r = parse(text)
    assert value(r, "doc.agency") == name
    assert value(r, "doc.level") == level


def test_two_bodies_joined_by_a_conjunction_are_no_name():
    r = parse("2022年，洪泽区政府与区政府办坚持依法公开。" + BODY)
    assert "doc.agency" not in r.facts
    assert "不止一个机关" in value(r, "doc.agency_missing")


def test_a_title_that_runs_on_into_the_sites_metadata():
    text = ("三河镇2021年政府信息公开工作年度报告 发布时间：2022-01-20 10:32:11 来源：本站 作者：党政办 "
            "浏览次数：1288 字号：【大 中 小】 打印本页 关闭窗口\n一、总体情况\n全年主动公开政府信息86条。\n")
    r = parse(text)
    assert value(r, "doc.agency") == "三河镇"
    assert value(r, "doc.year") == 2021
    assert evidence(r, "doc.year").startswith("三河镇2021年政府信息公开工作年度报告")


@needs_divisions
def test_a_site_name_glued_before_the_title_is_not_part_of_the_name():
    # the page put the portal's name and the title on one line, and the space between them was lost
    r = parse("洪泽区人民政府 三河镇2022年政府信息公开工作年度报告\n" + BODY)
    assert value(r, "doc.agency") == "三河镇"
    assert value(r, "doc.level") == "township"


@needs_divisions
def test_the_site_owner_yields_to_the_bureau_whose_own_guide_the_text_names():
    text = ("发布机构：洪泽区人民政府 发布时间：2023-02-01\n" + BODY
            + "我局同步更新了《洪泽区水利局政府信息公开指南》。\n")
    r = parse(text)
    assert value(r, "doc.agency") == "洪泽区水利局"
    assert evidence(r, "doc.agency").startswith("本机关信息公开指南:")
    assert value(r, "doc.level") == "department"


# ---------------------------------------------------------------- names in the closing lines and contact blocks
# (perturbations of where a page names its author: the title gone, the name only at the end)

SIGNED_BODY = BODY + "二、存在的主要问题及改进情况\n" + "本年度信息公开工作仍有不足，明年将继续改进。" * 12 + "\n\n"


@pytest.mark.parametrize("tail", ["马岭镇  2023年1月18日\n", "马岭镇\n2023年1月18日\n"])
def test_a_short_signature_with_its_date_on_the_same_or_the_next_line(tail):
    r = parse(SIGNED_BODY + tail)
    assert value(r, "doc.agency") == "马岭镇"
    assert evidence(r, "doc.agency").startswith("落款: 马岭镇")
    assert value(r, "doc.level") == "township"


@pytest.mark.parametrize("tail", ["第二部分\n", "附件\n", "特此报告。\n"])
def test_a_heading_or_closing_phrase_at_the_end_is_no_signature(tail):
    r = parse(SIGNED_BODY + tail)
    assert "doc.agency" not in r.facts


@pytest.mark.parametrize("tail", ["联系地址：青石路8号  联系电话：0571-8800123  单位：青溪县水利局\n",
                                  "联系单位：青溪县水利局，联系电话：0571-8800123。\n"])
def test_a_contact_block_that_names_its_body_by_label(tail):
    r = parse(SIGNED_BODY + tail)
    assert value(r, "doc.agency") == "青溪县水利局"
    assert evidence(r, "doc.agency").startswith("联系方式: ")
    assert "青溪县水利局" in evidence(r, "doc.agency")
    assert value(r, "doc.level") == "department"


def test_a_unit_label_outside_a_contact_line_is_no_name():
    r = parse(SIGNED_BODY + "计量单位：条\n")
    assert "doc.agency" not in r.facts
    r = parse(SIGNED_BODY + "单位：青溪县水利局\n")  # no 地址/电话 on its line: not a contact block
    assert "doc.agency" not in r.facts


def test_a_source_line_labelled_gaoyuan_names_the_author():
    r = parse("稿源：马岭镇 发布日期：2023-01-18\n" + BODY)
    assert value(r, "doc.agency") == "马岭镇"
    assert evidence(r, "doc.agency").startswith("网页发布信息: 稿源")


def test_an_opening_that_says_it_compiled_and_formed_the_report():
    r = parse("根据《中华人民共和国政府信息公开条例》等规定，编制形成2022年青溪县人民政府办公室政府信息公开年度报告。\n"
              + BODY[BODY.index("一、"):])
    assert value(r, "doc.agency") == "青溪县人民政府办公室"
    assert evidence(r, "doc.agency").startswith("正文开头: ")
    assert value(r, "doc.year") == 2022


# ---------------------------------------------------------------- a city's site owning a county's or a school's page

COUNTY_BODY = ("本报告依据《中华人民共和国政府信息公开条例》编制，"
               "所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
               "一、总体情况\n2022年，全区主动公开政府信息1250条，我区依申请公开工作平稳有序。\n")
SCHOOL_BODY = ("根据《高等学校信息公开办法》和《高等学校信息公开事项清单》，"
               "现将2021-2022学年信息公开工作情况报告如下。\n"
               "一、概述\n本学年我校坚持以公开为常态、不公开为例外，主动公开学校各类信息420条。\n")


@needs_divisions
def test_a_city_owner_is_not_the_author_of_a_county_voiced_page():
    r = parse("发布机构：福州市人民政府 发布时间：2023-01-20\n" + COUNTY_BODY)
    assert "doc.agency" not in r.facts
    assert "网站主办单位" in value(r, "doc.agency_missing")
    assert value(r, "doc.level") == "county"


@needs_divisions
def test_a_city_owner_stays_when_the_text_speaks_as_the_city():
    city_body = COUNTY_BODY.replace("我区", "我市").replace("全区", "全市")
    r = parse("发布机构：福州市人民政府 发布时间：2023-01-20\n" + city_body)
    assert value(r, "doc.agency") == "福州市人民政府"
    assert value(r, "doc.level") == "city"


@needs_divisions
def test_a_government_on_a_schools_page_is_not_the_school():
    r = parse("发布机构：福州市人民政府 发布时间：2022-10-20\n" + SCHOOL_BODY)
    assert "doc.agency" not in r.facts
    assert "不是学校" in value(r, "doc.agency_missing")
    assert value(r, "doc.year") == 2021


@needs_divisions
def test_a_school_named_on_its_own_page_is_kept_beside_a_government_owner():
    r = parse("发布机构：福州市人民政府\n" + SCHOOL_BODY + "\n" + "本学年信息公开工作稳步推进。" * 30
              + "\n\n闽江职业技术学院\n2022年10月20日\n")
    assert value(r, "doc.agency") == "闽江职业技术学院"
    assert evidence(r, "doc.agency").startswith("落款: ")


# ---------------------------------------------------------------- level and year where the title is gone

def test_a_bare_province_opens_a_provincial_bodys_name():
    r = parse("现将省侨务办2022年政务公开工作情况报告如下：\n" + BODY[BODY.index("一、"):])
    assert value(r, "doc.agency") == "省侨务办"
    assert value(r, "doc.level") == "province"
    r = parse("现将市侨务办2022年政务公开工作情况报告如下：\n" + BODY[BODY.index("一、"):])
    assert value(r, "doc.level") == "department"


def test_the_year_that_opens_the_first_sub_heading_of_the_overview():
    r = parse("一、总体情况\n（一）主动公开情况。2022年通过区政府网站主动公开信息56条，其中工作动态20条。\n"
              "（二）依申请公开情况。本年度未收到政府信息公开申请。\n")
    assert value(r, "doc.year") == 2022
    assert "2022年通过" in evidence(r, "doc.year")


def test_a_plan_after_the_sub_heading_gives_no_year():
    r = parse("一、总体情况\n（一）下一步工作。2023年将进一步完善网站栏目，做好主动公开。\n")
    assert "doc.year" not in r.facts


# ---------------------------------------------------------------- more title and subject forms

def test_a_title_whose_name_shares_its_government_with_the_words_and_the_year_after():
    r = parse("白沙乡人民政府信息公开的报告(2012年度)\n" + "本年度我乡积极推进政府信息公开工作，主动公开信息120条。\n")
    assert value(r, "doc.agency") == "白沙乡人民政府"
    assert evidence(r, "doc.agency").startswith("标题: 白沙乡人民政府信息公开的报告")
    assert value(r, "doc.year") == 2012
    assert value(r, "doc.level") == "township"


@pytest.mark.parametrize("opening", ["二是校信息公开办进一步规范发布审核流程，全年未发生泄密事件。",
                                     "本报告按照《高等学校信息公开办法》和《高等学校信息公开清单》编制。"])
def test_an_enumerated_subject_or_the_genres_own_rules_name_no_school(opening):
    r = parse(SCHOOL_BODY.replace("本学年我校", opening + "本学年我校"))
    assert "doc.agency" not in r.facts
    assert value(r, "doc.level") == "university"


@pytest.mark.parametrize("header", ["青溪县人民政府 首页 政务公开 新闻动态 互动交流 ",
                                    "青溪县人民政府门户网站首页|信息公开|政务服务|"])
def test_a_portals_name_and_navigation_glued_before_the_title(header):
    r = parse(header + "白沙镇2022年政府信息公开工作年度报告\n" + BODY)
    assert value(r, "doc.agency") == "白沙镇"
    assert value(r, "doc.level") == "township"
    assert value(r, "doc.year") == 2022


def test_navigation_words_inside_a_name_stay_without_a_portal_header():
    r = parse("青溪县政务公开办公室2022年政府信息公开工作年度报告\n" + BODY)
    assert value(r, "doc.agency") == "青溪县政务公开办公室"


def test_a_name_above_the_title_with_the_sites_metadata_between():
    r = parse("白沙镇人民政府\n索引号：11350102/2023-00021 发布日期：2023-01-18 字号：大 中 小\n"
              "2022年政府信息公开工作年度报告\n" + BODY)
    assert value(r, "doc.agency") == "白沙镇人民政府"
    assert evidence(r, "doc.agency").startswith("标题: 白沙镇人民政府")
    assert value(r, "doc.level") == "township"


def test_a_metadata_line_alone_above_the_title_gives_no_name():
    r = parse("索引号：11350102/2023-00021 发布日期：2023-01-18\n2022年政府信息公开工作年度报告\n" + BODY)
    assert "doc.agency" not in r.facts


def test_a_title_with_a_short_government_name_and_the_year_in_chinese_numerals():
    r = parse("白沙乡政府二〇一三年信息公开年度报告\n" + "本年度我乡积极推进政府信息公开工作，主动公开信息120条。\n")
    assert value(r, "doc.agency") == "白沙乡政府"
    assert value(r, "doc.year") == 2013
    assert value(r, "doc.level") == "township"


def test_a_bare_year_in_brackets_after_the_title():
    r = parse("白沙乡政府信息公开年度报告（2013）\n" + "本年度我乡积极推进政府信息公开工作，主动公开信息120条。\n")
    assert value(r, "doc.year") == 2013
    assert "（2013）" in evidence(r, "doc.year") or "(2013)" in evidence(r, "doc.year")


def test_a_bracketed_number_that_is_no_year_gives_none():
    r = parse("白沙乡政府信息公开年度报告（第3号）\n" + "本年度我乡积极推进政府信息公开工作，主动公开信息120条。\n")
    assert "doc.year" not in r.facts


@needs_divisions
def test_a_street_named_only_in_the_contact_block_wins_over_the_county_site_owner():
    body = SIGNED_BODY.replace("本年度信息公开", "我街信息公开")
    r = parse("发布机构：福州市鼓楼区人民政府 发布时间：2023-01-20\n" + body
              + "联系地址：白云路8号  联系电话：0591-8800123  单位：白云街\n")
    assert value(r, "doc.agency") == "白云街"
    assert evidence(r, "doc.agency").startswith("联系方式: ")
    assert value(r, "doc.level") == "township"


# ---------------------------------------------------------------- the year from the statistics period's other forms

@pytest.mark.parametrize("sentence", ["本报告所列数据的统计期限为2022年度。",
                                      "本报告所列数据的统计期限为二〇二二年一月一日至十二月三十一日。",
                                      "2022年1-12月，全县主动公开政府信息1200条。"])
def test_a_year_stated_as_a_whole_year_or_in_chinese_numerals(sentence):
    r = parse(sentence + "\n一、总体情况\n本年度主动公开信息86条。\n")
    assert value(r, "doc.year") == 2022
    assert value(r, "doc.period") == "2022"
    assert "2022" in evidence(r, "doc.year") or "二〇二二" in evidence(r, "doc.year")


@pytest.mark.parametrize("sentence", ["本报告统计时间为2021年3月至2022年2月。", "本报告统计期间为2019年至2021年。"])
def test_a_window_that_is_no_calendar_year_gives_no_year(sentence):
    r = parse(sentence + "\n一、总体情况\n本年度主动公开信息86条。\n")
    assert "doc.year" not in r.facts


def test_an_opening_line_that_ends_with_a_colon_still_names_its_subject():
    r = parse("青溪县水利局2022年政府信息公开工作情况如下：\n" + BODY[BODY.index("一、"):])
    assert value(r, "doc.agency") == "青溪县水利局"
    assert value(r, "doc.year") == 2022


def test_an_office_that_compiles_the_report_names_its_body():
    r = parse("青溪县水利局办公室负责本报告的编制工作。\n" + BODY)
    assert value(r, "doc.agency") == "青溪县水利局"
    assert evidence(r, "doc.agency").startswith("正文开头: ")
    r = parse("由科室负责人负责本报告的编制工作。\n" + BODY)
    assert "doc.agency" not in r.facts


# ---------------------------------------------------------------- page forms from real pages outside the corpus
# (issue 12, fourth session: classes found on published pages gathered outside the repo; the texts are our own)


@needs_divisions
def test_a_title_wrapped_over_two_lines():
    r = parse("洪泽区柳湾街道办事处2023年度政府\n信息公开工作年度报告\n" + BODY)
    assert value(r, "doc.agency") == "洪泽区柳湾街道办事处"
    # (one title line once mended: a21-agency)
    assert evidence(r, "doc.agency").startswith("标题: 洪泽区柳湾街道办事处2023年度政府信息公开")
    assert value(r, "doc.level") == "township"
    # a first line that breaks off, followed by a line that finishes no title: no title name
    r = parse("洪泽区柳湾街道办事处2023年度政府\n工作动态第三期\n" + BODY)
    assert value(r, "doc.agency") is None


def test_a_title_that_runs_into_the_body_on_one_line():
    text = ("清河职业技术学院2019-2020学年度信息公开工作 年度报告 根据《高等学校信息公开办法》的要求，学院对照清单"
            "逐项检查了公开情况，现将本学年度执行情况报告如下：一、概述 学院把信息公开纳入民主管理。\n")
    r = parse(text)
    assert value(r, "doc.agency") == "清河职业技术学院"
    assert evidence(r, "doc.agency").startswith("标题: 清河职业技术学院2019-2020学年度")
    assert value(r, "doc.year") == 2019
    # a long opening sentence is no title, however it ends
    r = parse("为进一步做好公开工作，学院认真梳理了本学年的各项工作并形成报告。根据《高等学校信息公开办法》的要求，"
              "学院对照清单逐项检查了公开情况，现将有关情况报告如下：一、概述 学院把信息公开纳入民主管理。\n")
    assert value(r, "doc.agency") is None


@needs_divisions
def test_a_metadata_label_glued_before_a_title_whose_year_comes_after_the_topic():
    text = ("索 引 号 0142/2026-00003\n发布机构 水利局 发文日期 2026-01-12\n"
            "标 题 洪泽区水利局政府信息公开工作2025年度报告\n" + BODY.replace("2022", "2025"))
    r = parse(text)
    assert value(r, "doc.agency") == "洪泽区水利局"
    assert evidence(r, "doc.agency").startswith("标题: ")
    assert value(r, "doc.level") == "department"
    assert value(r, "doc.year") == 2025


@needs_divisions
def test_the_opening_that_compiles_a_quoted_report_or_publishes_the_body_s_own_level():
    r = parse("根据《条例》要求，编制《洪泽区柳湾街道办事处2023年度政府信息公开工作年度报告》。" + BODY)
    assert value(r, "doc.agency") == "洪泽区柳湾街道办事处"
    assert evidence(r, "doc.agency").startswith("正文开头: ")
    # 本级 between the year and the words of the Regulations: the name before the year, not a later subject
    r = parse("根据《条例》，现特向社会公布柳湾镇2021年度本级政府信息公开年度报告。\n一、总体情况\n"
              "《条例》颁布以来，柳湾镇政府按照县统一部署推进公开工作。" + BODY)
    assert value(r, "doc.agency") == "柳湾镇"


@needs_divisions
def test_a_province_speaking_as_itself():
    r = parse("一、概述\n2018年，江西省全面贯彻政务公开工作部署，加强政府信息供给。\n" + BODY)
    assert value(r, "doc.agency") == "江西省"
    assert value(r, "doc.level") == "province"
    # "全省" is the province's voice, no name
    r = parse("一、概述\n2018年，全省全面贯彻政务公开工作部署，加强政府信息供给。\n" + BODY)
    assert value(r, "doc.agency") is None


@needs_divisions
def test_a_working_groups_office_in_the_contact_line_stands_for_its_body():
    text = BODY + "如对本报告有疑问，请与洪泽区水利局政府信息公开工作领导小组办公室联系（电话：0517-0000000）。\n"
    r = parse(text.replace("一、总体情况", "我局高度重视。\n一、总体情况"))
    assert value(r, "doc.agency") == "洪泽区水利局"
    assert evidence(r, "doc.agency").startswith("联系方式: ")
    # a working group with no body before it names nobody
    r = parse(BODY + "如对本报告有疑问，请与政府信息公开工作领导小组办公室联系。\n")
    assert value(r, "doc.agency") is None


def test_the_bodys_own_rules_named_without_quotes():
    text = ("2019-2020学年，学校按照《高等学校信息公开办法》的要求推进信息公开。\n一、概述\n"
            "领导小组健全了我校信息公开制度，如清河学院信息公开实施细则(试行)、清河学院信息公开指南(2020)等。\n")
    r = parse(text)
    assert value(r, "doc.agency") == "清河学院"
    assert evidence(r, "doc.agency").startswith("本机关信息公开指南: ")
    # the genre's rules, a school speaking of itself, or a site's catalogue name no school
    r = parse("2019-2020学年，学校按照要求推进信息公开，修订了学校信息公开实施细则、我校信息公开指南等，"
              "通过区政府信息公开目录系统发布信息。\n")
    assert value(r, "doc.agency") is None


def test_a_phrase_before_the_words_of_the_regulations_is_no_name():
    r = parse(BODY + "确保公开及时，努力推动政府信息公开工作全面深入开展。\n")
    assert value(r, "doc.agency") is None


# ---------------------------------------------------------------- no value where the text states none


def test_a_news_item_about_a_report_not_published_gives_no_year():
    text = ("记者昨天统计发现，部分高校尚未按时发布信息公开年报。记者登录某大学信息公开网页后发现，"
            "该校并未发布本校2014-2015学年度信息公开报告，工作人员称对此不知情。\n")
    r = parse(text)
    assert value(r, "doc.year") is None
    # a report that states its academic year still has it
    assert value(parse("本校2014-2015学年度信息公开报告如下。" + text), "doc.year") == 2014


def test_a_zero_statement_under_a_window_that_is_no_calendar_year_gives_no_zero():
    text = ("柳湾街道2010年政务公开情况汇报\n一、信息公开情况\n2009年9月至2010年10月，在区政府网站公开政务信息"
            "96条，实现零泄密，没有发生行政复议、诉讼事件。\n")
    r = parse(text)
    assert value(r, "appeals.review") is None and value(r, "appeals.litigation") is None
    # the same statement for the calendar year is a zero
    r = parse(text.replace("2009年9月至2010年10月", "2010年1月至12月"))
    assert value(r, "appeals.review") == 0


def test_the_cost_of_answering_requests_is_not_the_disclosure_budget():
    r = parse(BODY + "五、其他需要报告的事项\n全年依申请公开政府信息支出0元。\n")
    assert value(r, "budget.spend_yuan") is None
    r = parse(BODY + "五、其他需要报告的事项\n全年政府信息公开工作经费支出3000元。\n")
    assert value(r, "budget.spend_yuan") == 3000


@needs_divisions
def test_a_government_and_its_office_reporting_as_the_governments_organs():
    r = parse("洪泽区人民政府机关\n2020年政府信息公开工作年度报告\n" + BODY.replace("2022", "2020"))
    assert value(r, "doc.agency") == "洪泽区人民政府"
    assert value(r, "doc.level") == "county"
    assert evidence(r, "doc.agency").startswith("标题: 洪泽区人民政府机关")


@needs_divisions
def test_the_body_named_in_the_purpose_of_its_opening():
    r = parse("为认真做好洪泽区水利局政府信息公开工作，我局按照《条例》要求狠抓落实。" + BODY)
    assert value(r, "doc.agency") == "洪泽区水利局"
    assert evidence(r, "doc.agency").startswith("正文开头: ")
    # the government whose work a department's report serves, or the whole county's, is no name
    for opening in ("为认真做好市政府信息公开工作，我局按照要求狠抓落实。",
                    "为做好全县政府信息公开工作，我局狠抓落实。"):
        assert value(parse(opening + BODY), "doc.agency") is None


@needs_divisions
def test_a_cover_with_the_name_spaced_out_and_the_date_under_it():
    body = ("引 言\n本年度报告是根据《条例》要求，由淮安市洪泽区编制。全文包括概述、主动公开政府信息情况。\n"
            "一、概述\n2010年，我区进一步规范政府信息公开工作。\n")
    r = parse("洪 泽 区 人 民 政 府\n2011年3月8日\n" + body)
    assert value(r, "doc.agency") == "洪泽区人民政府"
    assert evidence(r, "doc.agency").startswith("标题: 洪泽区人民政府 2011年3月8日")
    # a name line over a site's metadata is no cover: the opening's name stands
    r = parse("洪泽区人民政府\n发布时间：2011年3月8日\n" + body)
    assert value(r, "doc.agency") == "淮安市洪泽区"


@pytest.mark.parametrize("head", ["柳湾镇2020年度政务公开工作总结和2021年工作计划\n",
                                  "工作计划\n2021年度柳湾镇政务公开工作总结\n"])
def test_a_summary_with_a_plan_in_its_title_or_its_sites_section_is_a_summary(head):
    body = ("柳湾镇认真贯彻《中华人民共和国政府信息公开条例》，结合实际推进政务公开工作，现将我镇2020年政务公开"
            "工作情况报告如下：\n一、主要做法\n我镇高度重视政务公开工作，成立了政务公开领导小组，全年公开信息52条。\n")
    assert value(parse(head + body), "doc.kind") == "work_summary"
    # a plan stays a plan, and a notice about summaries stays a notice
    assert value(parse("柳湾镇2021年政务公开工作要点\n" + body), "doc.kind") == "other"
    assert value(parse("关于报送2020年政务公开工作总结的通知\n" + body), "doc.kind") == "other"


# ---------------------------------------------------------------- documents that are not the report (look-alikes)
# Notices, plans, speeches, explainers, news and plain summaries name their author, year and level in their own
# places: a notice's issuer before 关于 or on the line above it, a plan's year in its title, a speech's voice.

NOTICE_BODY = ("各乡镇人民政府、街道办事处，区政府各部门：\n为规范年度报告的编制和发布，现就有关事项通知如下：\n"
               "一、按时发布。各单位于1月31日前在区政府网站公开年度报告。\n二、确保数据准确。\n")


@needs_divisions
def test_a_notices_issuer_before_guanyu_is_its_author_and_the_reports_year_its_year():
    r = parse("淮安市洪泽区人民政府办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知\n" + NOTICE_BODY)
    assert r.status == "not_a_report"
    assert value(r, "doc.agency") == "淮安市洪泽区人民政府办公室"
    assert evidence(r, "doc.agency").startswith("标题: 淮安市洪泽区人民政府办公室关于做好")
    # the office issues the notice for its district: the labels give such a notice the government's level (a7-level)
    assert value(r, "doc.level") == "county"
    assert value(r, "doc.year") == 2023
    assert value(r, "doc.period") == "2023"


def test_a_notice_that_names_no_issuer_keeps_the_agency_absent():
    r = parse("关于做好2023年政府信息公开工作年度报告编制发布工作的通知\n" + NOTICE_BODY)
    assert r.status == "not_a_report"
    assert value(r, "doc.agency") is None
    assert "doc.agency_missing" in r.facts
    # the addressees (各乡镇人民政府、街道办事处，区政府各部门) are a district government's own units and the units
    # below it: the level the labels give a notice that names no issuer (a9-agency; a8-guess l-016, a8-holdout)
    assert value(r, "doc.level") == "county"


@needs_divisions
def test_the_issuer_on_the_line_above_a_guanyu_title_is_the_author():
    text = ("洪政办〔2023〕12号\n淮安市洪泽区人民政府办公室\n关于印发《2023年全区政务公开工作要点》的通知\n"
            "各镇人民政府，区各有关部门：\n经区政府同意，现将要点印发给你们，请认真贯彻落实。\n")
    r = parse(text)
    assert value(r, "doc.agency") == "淮安市洪泽区人民政府办公室"
    assert "关于印发" in evidence(r, "doc.agency")
    assert value(r, "doc.kind") == "other"
    assert value(r, "doc.year") == 2023


def test_a_document_number_above_a_guanyu_title_is_no_issuer():
    r = parse("洪政办〔2023〕12号\n关于印发《2023年全区政务公开工作要点》的通知\n各镇人民政府：\n请认真贯彻落实。\n")
    assert value(r, "doc.agency") is None


@needs_divisions
def test_a_working_groups_office_issuing_a_notice_is_its_author():
    r = parse("淮安市政务公开工作领导小组办公室关于开展2022年度政务公开考评工作的通知\n" + NOTICE_BODY)
    assert value(r, "doc.agency") == "淮安市政务公开工作领导小组办公室"
    assert value(r, "doc.level") == "department"


def test_a_working_groups_office_behind_advertising_is_no_author():
    r = parse("金沙娱乐政务公开工作领导小组办公室关于开展2022年度政务公开考评工作的通知\n" + NOTICE_BODY)
    assert value(r, "doc.agency") is None


@needs_divisions
def test_news_of_a_bodys_own_meeting_names_it():
    r = parse("淮安市洪泽区水利局召开2023年政务公开工作推进会\n3月2日上午，会议在局三楼会议室举行，"
              "各科室负责人参加，会议部署了全年信息公开重点任务。\n")
    assert value(r, "doc.agency") == "淮安市洪泽区水利局"
    assert value(r, "doc.kind") == "other"


def test_news_of_our_own_meeting_gives_no_name():
    r = parse("我局召开2023年政务公开工作推进会\n3月2日上午，会议在局三楼会议室举行，部署了全年信息公开重点任务。\n")
    assert value(r, "doc.agency") is None


@pytest.mark.parametrize(("title", "year"), [
    ("××镇人民政府2023年政务公开工作实施方案", 2023),
    ("乡镇2022年第一季度工作总结和第二季度工作计划", 2022),
    ("2020年度某街道工作总结和2021年度工作思路", 2020),
    ("國務院辦公廳關于印發2022年政務公開工作要點的通知", 2022),
])
def test_a_non_reports_title_gives_its_year(title, year):
    r = parse(title + "\n为推进政务公开，结合我镇实际，制定本方案。一是加强组织领导，二是规范公开流程。\n")
    assert r.status == "not_a_report"
    assert value(r, "doc.year") == year
    assert value(r, "doc.period") == str(year)
    assert str(year) in evidence(r, "doc.year")


@pytest.mark.parametrize("first", [
    "根据2022年政务公开工作要点要求，我镇认真梳理公开事项，规范发布流程。",  # another text's year
    "更新于2024年1月12日",  # a site's date
])
def test_a_year_that_is_not_the_documents_own_is_not_taken(first):
    r = parse(first + "\n加强组织领导，规范公开流程，及时更新公开栏。\n")
    assert value(r, "doc.year") is None
    assert value(r, "doc.period") is None


def test_a_plan_without_a_name_has_the_level_its_voice_states():
    r = parse("政务开放日活动实施方案\n为推进政务公开，结合我镇实际，特制定本方案。一、总体目标。二、活动安排。\n")
    assert value(r, "doc.kind") == "other"
    assert value(r, "doc.agency") is None
    assert value(r, "doc.level") == "township"
    assert "我镇" in evidence(r, "doc.level")


def test_a_news_item_quoting_another_bodys_words_has_no_level():
    r = parse("高校信息公开观察\n记者发现，某大学并未发布本校2014-2015学年度信息公开报告，网页无法打开。\n")
    assert value(r, "doc.kind") == "other"
    assert value(r, "doc.level") == "unknown"


def test_a_unit_named_with_a_blank_gives_its_level_not_a_name():
    r = parse("XX街道2020年上半年工作总结和下半年工作计划\n上半年，XX街道坚持党建引领，扎实推进各项工作，"
              "现总结如下：一、党建工作。二、社区治理。\n")
    assert value(r, "doc.agency") is None
    assert value(r, "doc.level") == "township"
    assert "XX街道" in evidence(r, "doc.level")
    assert value(r, "doc.year") == 2020


@pytest.mark.parametrize(("title", "level"), [
    ("XX区XX局20XX年政府信息公开工作年度报告范本", "department"),  # a blank template of a district's bureau
    ("XX县XX局2019年政务公开工作总结", "department"),
    ("XX市XX区2019年政务公开工作总结", "county"),
    ("某县政务公开工作总结", "county"),
    ("**镇人民政府2019年上半年工作总结", "township"),
])
def test_a_blank_name_is_as_high_as_its_last_unit(title, level):
    r = parse(f"{title}\n本单位按照要求开展工作，现总结如下：一、基本情况。二、主要做法。\n")
    assert value(r, "doc.agency") is None
    assert value(r, "doc.level") == level


@pytest.mark.parametrize("opening", [
    "县长政务公开会议讲话\n同志们：\n这次会议主要是总结前一阶段政务公开工作，研究部署下一步任务。我县政务公开工作取得了进步。\n",
    "转发：《2023年政务公开工作要点》政策解读\n一、起草背景\n结合我县工作实际，起草了本年度政务公开工作要点。\n",
])
def test_speeches_and_explainers_are_neither_reports_nor_summaries(opening):
    r = parse(opening)
    assert value(r, "doc.kind") == "other"
    assert "讲话" in evidence(r, "doc.kind") or "要点" in evidence(r, "doc.kind")  # the title line says what it is
    assert value(r, "doc.level") == "county"  # 我县: the body it speaks for


def test_a_reports_heading_on_explaining_policy_keeps_it_a_report():
    text = ("2022年政府信息公开工作年度报告\n" + BODY + "三、发布解读、回应社会关切以及互动交流情况\n"
            "全年发布政策解读12篇。\n四、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请3件。\n"
            "五、政府信息公开行政复议、行政诉讼情况\n无。\n")
    r = parse(text)
    assert r.status == "ok"
    assert value(r, "doc.kind") == "government_annual"


@pytest.mark.parametrize(("name", "level"), [("国务院办公厅", "unknown"), ("国家统计局", "unknown")])
def test_a_national_bodys_general_office_is_national(name, level):
    from engine.parse.meta import find_level
    assert find_level(name) == level
    assert find_level("江苏省人民政府办公厅") == "province"


@needs_divisions
def test_a_label_before_the_title_is_not_part_of_the_name():
    r = parse("文字解读：淮安市洪泽区三河镇2022年政府信息公开工作年度报告\n"
              "一、编制背景\n根据《条例》要求编写本报告。\n")
    assert value(r, "doc.agency") == "淮安市洪泽区三河镇"
    assert value(r, "doc.kind") == "other"
    assert value(r, "doc.level") == "township"


@needs_divisions
def test_two_issuers_run_together_before_guanyu_give_no_single_name():
    r = parse("淮安市洪泽区人民政府办公室淮安市洪泽区绩效考评委员会办公室关于开展2022年度政务公开考评的通知\n"
              "各镇人民政府，区各部门：\n现就考评有关事项通知如下。\n")
    assert value(r, "doc.agency") is None
    assert "不止一个机关" in evidence(r, "doc.agency_missing")
    assert value(r, "doc.year") == 2022


def test_a_rule_shown_under_its_file_name_is_a_rule():
    r = parse("镇政府信息主动公开制度.docx\n第一条为规范政府信息公开工作，结合我镇实际，制定本制度。"
              "第二条本制度适用于本镇各部门。\n")
    assert value(r, "doc.kind") == "other"
    assert evidence(r, "doc.kind").startswith("标题: 镇政府信息主动公开制度")
    assert value(r, "doc.level") == "township"


def test_a_rule_of_this_town_speaks_for_it():
    r = parse("第一条 为保障公民依法获取政府信息，特制定本制度。\n第二条 本镇公开信息应当及时、准确。\n")
    assert value(r, "doc.kind") == "other"
    assert value(r, "doc.agency") is None
    assert value(r, "doc.level") == "township"


# ---------------------------------------------------------------- a6-agency: page forms of 83 new real pages
# (each class with our own prose; the pages are outside the repo, /work/helper-notes/a6-agency-pages)

PERIOD_2023 = "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2023年1月1日至12月31日。"


@needs_divisions
def test_a_subject_after_the_year_when_a_heading_runs_into_the_sentence():
    r = parse(PERIOD_2023 + " 一、总体情况 2023年青禾乡严格按照上级部署，扎实推进政务公开。"
              "全年主动公开政府信息52条。\n")
    assert value(r, "doc.agency") == "青禾乡"
    assert evidence(r, "doc.agency").startswith("正文开头: 一、总体情况2023年青禾乡严格按照")
    assert value(r, "doc.level") == "township"
    generic = parse(PERIOD_2023 + " 一、总体情况 2023年全乡严格按照上级部署，扎实推进政务公开。\n")
    assert value(generic, "doc.agency") is None and value(generic, "doc.agency_missing")


@needs_divisions
def test_a_subject_after_a_year_that_is_the_one_year_of_something():
    r = parse("2023年，是承上启下的一年，桐庐县水利局围绕水利中心工作，扎实推进政务公开。\n" + BODY)
    assert value(r, "doc.agency") == "桐庐县水利局"
    assert evidence(r, "doc.agency").startswith("正文开头: 2023年,是承上启下的一年,桐庐县水利局围绕")
    generic = parse("2023年，是承上启下的一年，全局围绕中心工作，扎实推进政务公开。\n" + BODY)
    assert value(generic, "doc.agency") is None


def test_a_subject_after_a_half_year_run_into_a_heading():
    r = parse("一、工作开展情况 2021上半年市民政局政务公开工作在市委、市政府的正确领导下，稳步推进。\n")
    assert value(r, "doc.agency") == "市民政局"
    assert value(r, "doc.level") == "department"


def test_an_academic_year_before_a_bare_college_is_no_name():
    r = parse("根据《高等学校信息公开办法》，现将学校信息公开工作报告如下。统计期限为2021年9月1日至2022年8月31日。\n"
              "一、概述\n2021-2022学年度学院深入学习贯彻党的教育方针，扎实推进信息公开。\n")
    assert value(r, "doc.agency") is None  # never "学年度学院"
    assert "泛称" in value(r, "doc.agency_missing")


@needs_divisions
def test_a_township_office_named_under_its_district_government_stands_for_the_township():
    r = parse(BODY + "如对本报告有疑问，请与雨花区人民政府枫林镇党政办公室联系。\n"
              "二、总体情况\n2022年，我镇扎实推进政务公开。\n")
    assert value(r, "doc.agency") == "雨花区人民政府枫林镇"
    assert evidence(r, "doc.agency").startswith("联系方式:")
    assert value(r, "doc.level") == "township"


@needs_divisions
def test_a_government_office_compiling_for_the_county_answers_for_the_county():
    # the area as its place is written, not 桐庐县人民政府 (labelling A128, which reverses a6's reading)
    head = "本报告由桐庐县人民政府办公室编制。本报告所列数据统计期限为2015年1月1日至2015年12月31日。\n一、概述\n"
    r = parse(head + "2015年，我县政府信息公开工作运行正常。\n")
    assert value(r, "doc.agency") == "桐庐县"
    assert evidence(r, "doc.agency") == "正文开头: 本报告由桐庐县人民政府办公室编制。"
    assert value(r, "doc.level") == "county"
    own = parse(head + "2015年，我办政府信息公开工作运行正常，我县各部门积极配合。\n")
    assert value(own, "doc.agency") == "桐庐县人民政府办公室"  # the office speaking as itself (我办)
    assert value(own, "doc.level") == "department"


@needs_divisions
def test_a_title_on_a_page_flattened_to_one_line():
    r = parse("桐庐县水利局2022年政府信息公开工作年度报告 一、总体情况 2022年，我局认真贯彻落实《中华人民共和国政府"
              "信息公开条例》，全年主动公开政府信息35条。 二、主动公开政府信息情况 本年制发规范性文件0件。\n")
    assert value(r, "doc.agency") == "桐庐县水利局"
    assert evidence(r, "doc.agency").startswith("标题: 桐庐县水利局2022年政府信息公开工作年度报告")
    sentence = parse("2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，按照桐庐县水利局2022年政府信息公开"
                     "工作要点，全年主动公开政府信息35条，一、总体情况 略。\n")
    assert value(sentence, "doc.agency") is None  # a sentence that names a plan is no title


@needs_divisions
def test_a_signature_run_on_after_the_last_sentence():
    text = (BODY + "一、总体情况 2022年，我镇扎实推进政务公开，全年主动公开信息40条。五、存在的主要问题及改进情况 "
            "下一步我镇将继续加强培训。")
    r = parse(text + "桐庐县分水镇人民政府2023年1月20日")
    assert value(r, "doc.agency") == "桐庐县分水镇人民政府"
    assert evidence(r, "doc.agency") == "落款: 桐庐县分水镇人民政府2023年1月20日"
    assert value(r, "doc.level") == "township"
    # the same name and date inside a sentence that goes on is a meeting, not a signature
    mid = parse(BODY + "一、总体情况 2022年，我镇扎实推进政务公开。桐庐县分水镇人民政府2023年1月20日召开会议部署"
                "政务公开工作，全年主动公开信息40条，各村也按要求公开了村务信息，群众满意度进一步提高，下一步我镇"
                "将继续加强培训，提升工作人员的业务水平和保密意识。")
    assert value(mid, "doc.agency") is None


@needs_divisions
def test_a_short_form_in_brackets_is_no_part_of_the_name():
    r = parse("根据《条例》规定，现公布桐庐县人民政府(以下简称县政府)2022年政府信息公开工作年度报告。"
              "本报告所列数据统计期限自2022年1月1日至12月31日。\n")
    assert value(r, "doc.agency") == "桐庐县人民政府"
    assert value(r, "doc.level") == "county"


@needs_divisions
def test_a_sumu_is_a_township_in_the_title_and_through_its_office():
    period = "本年度报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限自2022年1月1日起至2022年12月31日止。\n"
    r = parse("四子王旗乌兰花苏木2022年\n政府信息公开工作年度报告\n" + period
              + "一、总体情况\n2022年，我苏木扎实推进政务公开。\n")
    assert value(r, "doc.agency") == "四子王旗乌兰花苏木"
    assert evidence(r, "doc.agency").startswith("标题: 四子王旗乌兰花苏木2022年")
    assert value(r, "doc.level") == "township"
    office = parse("一、总体情况\n根据《条例》规定，本报告由四子王旗乌兰花苏木党政综合办公室编制。"
                   "统计期限为2022年1月1日至12月31日。\n2022年，我苏木扎实推进政务公开。\n")
    assert value(office, "doc.agency") == "四子王旗乌兰花苏木"
    assert value(office, "doc.level") == "township"


@needs_divisions
def test_a_township_party_and_government_office_stands_for_the_township_a_bureaus_office_for_the_bureau():
    r = parse("本报告由桐庐县分水镇党政办公室编制。统计期限为2022年1月1日至12月31日。\n一、总体情况\n"
              "2022年，我镇扎实推进政务公开。\n")
    assert value(r, "doc.agency") == "桐庐县分水镇"
    assert value(r, "doc.level") == "township"
    bureau = parse(BODY + "如有疑问，请与桐庐县城乡建设局办公室联系。\n")  # 城乡: no township in a bureau's name
    assert value(bureau, "doc.agency") == "桐庐县城乡建设局"
    assert value(bureau, "doc.level") == "department"


@needs_divisions
def test_compiling_the_years_report_of_a_named_government_names_it_whole():
    r = parse("根据《条例》要求，分水镇积极推进信息公开工作，编制2022年度桐庐县分水镇人民政府信息公开年度报告。"
              "统计期限自2022年1月1日至12月31日。\n")
    # the opening's 编制…年度报告 names the body before the subject of its first clause does
    assert value(r, "doc.agency") == "桐庐县分水镇人民政府"
    assert value(r, "doc.level") == "township"


@needs_divisions
def test_a_prefecture_speaking_as_itself_before_its_topic():
    r = parse("本报告由州政府办公室综合各县人民政府的年度报告编制而成，统计期限从2017年1月1日到12月31日止。\n"
              "2017年，湘西州政府信息公开工作认真落实省委、省政府关于政务公开的决策部署，成效明显提升。\n")
    assert value(r, "doc.agency") == "湘西州"  # its 政府 is the topic's 政府信息公开
    assert evidence(r, "doc.agency").startswith("正文开头: 2017年,湘西州政府信息公开工作认真落实")
    assert value(r, "doc.level") == "city"
    whole = parse("2017年，全州政府信息公开工作认真落实省委、省政府关于政务公开的决策部署。\n")
    assert value(whole, "doc.agency") is None  # 全州: the whole prefecture, no name


def test_a_ministrys_section_in_the_contact_line_stands_for_the_ministry():
    r = parse(BODY + "如对本报告有任何疑问，请联络：农业农村部市场司综合处，电话：010-00000000。\n"
              "二、概述\n2022年，我部认真贯彻《条例》精神。\n")
    assert value(r, "doc.agency") == "农业农村部"
    assert evidence(r, "doc.agency").startswith("联系方式: 如对本报告有任何疑问,请联络:农业农村部市场司综合处")
    company = parse(BODY + "如对本报告有任何疑问，请联络：某市电力公司，电话：010-00000000。\n")
    assert value(company, "doc.agency") is None  # a company is no agency, and no ministry either


@needs_divisions
def test_a_bare_department_in_the_title_gives_way_to_its_full_name_in_the_body():
    head = ("公安局2022年政府信息公开工作年度报告\n根据《条例》要求，特向社会公布2022年度我局信息公开年度报告。\n"
            "一、总体情况\n")
    r = parse(head + "2022年桐庐县公安局在县委、县政府的领导下，扎实推进政务公开。\n")
    assert value(r, "doc.agency") == "桐庐县公安局"
    assert evidence(r, "doc.agency").startswith("正文开头:")
    bare = parse(head + "2022年，我局扎实推进政务公开。\n")
    assert value(bare, "doc.agency") == "公安局"  # generic, as the text states it
    assert evidence(bare, "doc.agency").startswith("标题: 公安局2022年")


@needs_divisions
def test_compiled_reports_name_after_le_and_a_subject_before_yi_wei_zhidao():
    r = parse("依据《条例》要求，结合我街道2014年政府信息公开实际情况，办公室编制完成了"
              "《青枫街道信息公开2014年度工作报告》，数据均为2014年1月1日—2014年12月31日统计数据。\n")
    assert value(r, "doc.agency") == "青枫街道"  # never "了青枫街道"
    s = parse("本报告中所列数据的统计期限自2013年1月1日至2013年12月31日止。如对本报告有任何疑问，"
              "请与青枫街道办事处办公室联系。\n一、概述\n2013年，青枫街道以党的十八大精神为指导，切实做好信息公开工作。\n")
    assert value(s, "doc.agency") == "青枫街道"  # the opening's subject comes before the contact line
    assert evidence(s, "doc.agency").startswith("正文开头: 2013年,青枫街道以党的十八大精神为指导")

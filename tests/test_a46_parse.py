"""What a46 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

import pytest
from parse_support import evidence, fact, parse

from engine.parse import divisions
from engine.parse.author import clean

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

PARTS = ("一、总体情况\n全年公开信息120条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
         "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n")
PERIOD = "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"

# --- who compiles the whole area's report --------------------------------------------------------------------------


@needs_divisions
@pytest.mark.parametrize(("opening", "name", "level"), [
    # an area's own disclosure desk (A285)
    ("本报告由芜湖县政务公开办公室根据《中华人民共和国政府信息公开条例》编制而成。", "芜湖县", "county"),
    ("本报告依据《中华人民共和国政府信息公开条例》规定,由芜湖县政府信息公开办公室编制。", "芜湖县", "county"),
    # or its information centre summing up the area's reports
    ("本报告在各县区和市直部门报送的年度报告的基础上,由晋城市经济信息中心汇总。", "晋城市", "city"),
    ("本年度报告由汉滨区信息中心编制,经区人民政府办公室审定。", "汉滨区", "county"),
])
def test_an_areas_disclosure_desk_compiles_the_areas_report(opening, name, level):
    r = parse(opening + "\n" + PERIOD + PARTS)
    assert fact(r, "doc.agency") == name
    assert fact(r, "doc.level") == level


@needs_divisions
def test_a_bodys_own_desk_stays_the_body():
    # guard: a bureau between the place and the desk, "由某区某局信息中心编制": the bureau, as before
    r = parse("本报告由袁州区市场监督管理局信息中心结合有关统计数据编制。\n" + PERIOD + PARTS)
    assert fact(r, "doc.agency") == "袁州区市场监督管理局"


@needs_divisions
@pytest.mark.parametrize(("opening", "overview", "name", "level"), [
    # "由某市政府办公室编制" (no 人民) in a text that speaks for the city: the city, as with 人民 (A286)
    ("本报告依据《中华人民共和国政府信息公开条例》,由开封市政府办公室编制。",
     "2021年,开封市认真贯彻落实《条例》,全市政府信息公开工作稳步推进。", "开封市", "city"),
    # "由某县人民政府办公室结合有关统计数据编制": 结合 is a basis before the verb, as 根据 is (A286)
    ("本报告由修水县人民政府办公室结合有关统计数据编制。", "2021年,修水县深入推进政务公开。", "修水县", "county"),
])
def test_a_government_office_compiling_for_its_area(opening, overview, name, level):
    r = parse(opening + "\n" + PERIOD + "一、概述\n" + overview + "\n" + PARTS)
    assert fact(r, "doc.agency") == name
    assert fact(r, "doc.level") == level


@needs_divisions
def test_a_bare_generic_government_office_stays_as_written():
    # guard: "由市政府办公厅编制" with no place of its own is no area's name
    r = parse("本年度报告根据《条例》要求,由市政府办公厅编制。\n" + PERIOD + "一、概述\n2021年,我市稳步推进公开。\n"
              + PARTS)
    assert fact(r, "doc.agency") == "市政府办公厅"


# --- names in the opening --------------------------------------------------------------------------------------------


@needs_divisions
def test_the_reports_own_title_quoted_in_the_opening():
    # "《2020年度某县某局…年度报告》已经研究同意,现予公开发布" over the subject's short form below (A287)
    r = parse("根据《中华人民共和国政府信息公开条例》规定,《2021年度海安县水务局信息公开工作年度报告》已经研究同意,"
              "现予公开发布。\n" + PERIOD + "一、总体情况\n2021年,县水务局坚持依法公开。\n" + PARTS)
    assert fact(r, "doc.agency") == "海安县水务局"


@needs_divisions
def test_a_body_whose_work_the_report_is_made_from():
    # "结合市某局工作情况,特向社会公布…本局…年度报告" and "结合某局信息公开工作情况,制定本年报" (A287)
    r = parse("根据有关规定和工作要求,结合市自然资源局工作情况,特向社会公布2021年本局信息公开年度报告。\n"
              + PERIOD + PARTS)
    assert fact(r, "doc.agency") == "市自然资源局"
    r = parse("根据《条例》规定,结合故城县交通运输局信息公开工作情况,制定本年报。\n" + PERIOD + PARTS)
    assert fact(r, "doc.agency") == "故城县交通运输局"


@needs_divisions
@pytest.mark.parametrize(("sentence", "name"), [
    ("2021年,横沟桥镇人民政府为充分保障人民群众知情权,扎实推进政务公开。", "横沟桥镇人民政府"),
    ("湖里区着力加强组织领导,推动政府信息公开工作。", "湖里区"),
])
def test_the_subject_before_an_aim_or_an_effort(sentence, name):
    # "X为充分…", "X着力加强…": the overview's subject (A288)
    r = parse("依据《中华人民共和国政府信息公开条例》编制本报告。\n" + PERIOD + "一、总体情况\n" + sentence + "\n"
              + PARTS[PARTS.index("二、"):] + "\n如对本报告有疑问,请与湖里区人民政府办公室联系。\n")
    assert fact(r, "doc.agency") == name


@needs_divisions
def test_a_sentence_about_the_report_is_no_title():
    # "本报告主要内容为某县人民政府2022年度的…工作情况。" on the second line: a sentence, not the title (A289)
    r = parse("根据《条例》要求,综合各乡镇和县直部门的有关统计数据,编制完成《温宿县2022年政府信息公开工作年度报告》。\n"
              "本报告主要内容为温宿县人民政府2022年度的政府信息公开工作情况。\n" + PARTS)
    assert fact(r, "doc.agency") == "温宿县"


@needs_divisions
def test_a_titles_tail_cut_off_above_the_name():
    # "工作年度报告 某县某局2017年…年度报告(以下简称年报)…": the tail of a title the page cut (A289)
    r = parse("工作年度报告 射洪县民政局2017年政府信息公开工作年度报告(以下简称年报)是根据《条例》规定编制的。\n"
              + PARTS)
    assert fact(r, "doc.agency") == "射洪县民政局"


@needs_divisions
def test_a_generic_subject_gives_way_to_its_full_form_in_a_newer_district():
    # "2022年,临平区人民政府…" then "区政府高度重视…" under 我区: 临平区 (2021) is newer than the division table; the
    # full form still beats the generic one (A290)
    r = parse("本年度报告依据《条例》编制。\n" + PERIOD + "一、总体情况\n2022年,临平区人民政府严格落实上级部署。\n"
              "(一)主动公开\n区政府高度重视政府信息主动公开工作,结合本区年度工作重点,制作公开清单。我区共公开信息"
              "900条。\n" + PARTS[PARTS.index("二、"):])
    assert fact(r, "doc.agency") == "临平区人民政府"
    assert "临平区" in evidence(r, "doc.agency")


# --- schools ---------------------------------------------------------------------------------------------------------


@needs_divisions
@pytest.mark.parametrize("title", [
    "中国地质大学(武汉)2019-2020学年信息公开工作年度报告",  # a campus in brackets (A291)
    "北京理工大学珠海学院2019-2020学年信息公开工作年度报告",
    "华南理工大学广州学院2019年度信息公开年度报告",  # a college named after its campus's city (A291)
])
def test_a_universitys_title_names_it(title):
    r = parse("联系电话: | 020-1234567 |\n办公地址: | 学府路1号行政楼611室 |\n" + title
              + "\n推进信息公开是学校依法治校的重要内容,学校高度重视。\n一、概述\n二、主动公开情况\n"
              "三、依申请公开情况\n")
    assert fact(r, "doc.agency") == title[:title.index("20")]
    assert fact(r, "doc.level") == "university"


@needs_divisions
def test_a_schools_two_offices_compile_for_the_school():
    # "由某大学党委办公室、校长办公室根据…编制完成" (A291)
    r = parse("2019~2019学年信息公开工作年度报告\n本报告按照教育厅通知要求,由西北工业大学党委办公室、校长办公室根据"
              "2018-2019学年信息公开工作执行情况编制完成。\n一、概述\n学校认真贯彻《高等学校信息公开办法》。\n")
    assert fact(r, "doc.agency") == "西北工业大学"


def test_two_offices_of_a_school_the_text_does_not_name_give_no_name():
    assert clean("学校党委办公室、校长办公室")[0] is None


# --- what a name is not ---------------------------------------------------------------------------------------------


@needs_divisions
def test_names_typed_with_a_doubled_word():
    assert clean("硚口区教育局局党政办公室")[0] == "硚口区教育局"
    assert clean("请联系请联系红星街道党政办公室")[0] == "红星街道"


@pytest.mark.parametrize("phrase", ["确保全办", "国土资源城乡"])
def test_a_verb_of_aim_or_a_category_of_information_is_no_name(phrase):
    # "…确保全办信息公开工作顺利开展", "国土资源城乡建设环保能源类信息2条" (A292)
    assert clean(phrase)[0] is None


def test_a_real_township_ending_in_chengxiang_stays():
    # guard: 古城乡 is a township, 资源城乡 a category
    assert clean("古城乡")[0] == "古城乡"


# --- figures ---------------------------------------------------------------------------------------------------------


def test_the_reports_parts_counted_in_fangmian_are_no_requests():
    # "…收到和处理政府信息公开申请情况等六个方面组成" (F232)
    r = parse("本报告由信息公开总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个方面组成。\n"
              "2021年,本镇共受理信息公开申请0件。\n" + PARTS)
    assert fact(r, "requests.completed") is None
    assert fact(r, "requests.received") == 0


def test_a_clause_cut_by_the_pages_end_answers_nothing():
    # "…受理政府信息公开申请3010件,答复政府信" where the page ends: the answered count is lost, not all (F233)
    r = parse(PARTS + "2021年,全区共受理政府信息公开申请3010件,答复政府信")
    assert fact(r, "requests.received") == 3010
    assert fact(r, "requests.completed") is None


def test_a_whole_clause_of_answering_still_answers_all():
    # guard: "…申请14件,均按时予以答复。" with the sentence whole
    r = parse(PARTS + "2021年,全区共受理政府信息公开申请14件,均按时予以答复。\n其他需要报告的事项:无。\n")
    assert fact(r, "requests.completed") == 14


# --- year ------------------------------------------------------------------------------------------------------------


def test_a_statistics_period_still_to_come_when_published_gives_way_to_the_title():
    # "某局2024年…年度报告", period 2025, published 2025-01-20: the report cannot count a year still to come (P29)
    r = parse("上海市宝山区水务局2024年政府信息公开工作年度报告\n发布日期: 2025-01-20\n"
              "本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n" + PARTS)
    assert fact(r, "doc.year") == 2024
    assert "以标题为准" in fact(r, "doc.period_mismatch")
    assert "2024年政府信息公开" in evidence(r, "doc.year")


def test_a_statistics_period_over_when_published_still_wins():
    # guard: the same title published in 2026 — the period stated is over; it wins, as the issue asks
    r = parse("上海市宝山区水务局2024年政府信息公开工作年度报告\n发布日期: 2026-01-20\n"
              "本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n" + PARTS)
    assert fact(r, "doc.year") == 2025
    assert "以统计期间为准" in fact(r, "doc.period_mismatch")


# --- layout ----------------------------------------------------------------------------------------------------------


def test_a_run_of_hundreds_of_empty_cells_does_not_push_the_report_out_of_the_opening():
    # a flattened layout table's frame ("|||…" by the hundred) between the title and the first part (A293)
    r = parse("当前位置: 首页 |\n|\n海盐县市场监督管理局2022年度政府信息公开工作年度报告(含图解) |\n" + "|" * 600
              + "\n|\n一、总体情况 (一)主动公开情况。全年公开各类信息222条、行政处罚结果332条。\n" + "|" * 300
              + "\n二、主动公开政府信息情况\n")
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.agency") == "海盐县市场监督管理局"


def test_a_tables_empty_cells_stay():
    # guard: a row's few empty cells are cells ("规章 | | | 0 |"), not a frame
    from engine.ingest import normalise
    assert "| | |" in normalise("规章 | | | 0 |\n")
    assert "||||" in normalise("规章 |||| 0 |\n")


# --- dates -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "day"), [
    ("2022/1/29 14:59:38 来源:区政府办", "2022-01-29"),  # slashes (P30)
    # the body run on after the metadata, its line break lost
    ("2026年01月23日 来源: 上海普陀本年度报告根据《中华人民共和国政府信息公开条例》编制。", "2026-01-23"),
])
def test_a_date_on_the_metadata_line_under_the_title(line, day):
    r = parse("上海市普陀区民政局2025年政府信息公开工作年度报告\n" + line + "\n" + PARTS)
    assert fact(r, "doc.published_on") == day


def test_a_body_sentence_that_opens_with_a_date_is_no_metadata():
    # guard: "2026年1月23日,区民政局召开…。" is the body's own sentence, no 来源 after the date
    r = parse("上海市普陀区民政局2025年政府信息公开工作年度报告\n2026年1月23日,区民政局召开会议,研究公开工作。\n"
              + PARTS)
    assert fact(r, "doc.published_on") is None


def test_a_bare_date_right_under_the_reports_title():
    # "某镇2025年…年度报告" then "2026-01-22 17:49:17": the article's date under its heading (P30)
    r = parse("湖东镇2025年政府信息公开工作年度报告\n2026-01-22 17:49:17\n本报告根据《条例》编制。\n" + PARTS)
    assert fact(r, "doc.published_on") == "2026-01-22"


def test_a_bare_date_under_a_menu_line_stays_unread():
    # guard: under a site's menu, not the title, a bare clock stamp is the page's
    r = parse("首页 | 政务公开 | 年度报告\n2026-01-22 17:49:17\n本报告根据《条例》编制。\n" + PARTS)
    assert fact(r, "doc.published_on") is None


# --- rules titles ----------------------------------------------------------------------------------------------------


@needs_divisions
@pytest.mark.parametrize("title", ["辽宁省交通运输厅政府信息公开实施暂行办法",
                                   "安徽省交通运输厅政府信息公开管理办法(试行)"])
def test_a_bodys_own_rules_under_a_breadcrumb_among_the_first_lines(title):
    # a site's accessibility menu, then the breadcrumb, then the rules' title (A294)
    r = parse("• 繁体版\n• 无障碍\n• 长辈版\n您当前所在的位置:网站首页 > 政府信息公开制度\n\n" + title
              + "\n\n第一章 总则\n\n第一条 为保障公民、法人和其他组织依法获取政府信息,制定本办法。\n")
    assert fact(r, "doc.agency") == title[:8]


def test_a_government_without_its_unit_is_no_name():
    # "共和人民政府信息公开指南": a heading that lost its 镇 (A294); guard: 苏木 is a unit
    assert clean("共和人民政府")[0] is None
    assert clean("宝昌苏木人民政府")[0] == "宝昌苏木人民政府"

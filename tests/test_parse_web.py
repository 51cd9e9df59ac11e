"""The parser on reports as web pages publish them (issue 12): who reports, what kind of document it is, its level
and period, and figures in prose. Every text here is written for the test; values and evidence are checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.ingest import load
from engine.parse import divisions
from tests.parse_support import parse

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

# a 2021-format body without a title line, as most portals show the article
BODY_2021 = (
    "本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制，全文包括总体情况、主动公开政府信息"
    "情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的"
    "事项。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
    "一、总体情况\n"
    "（一）主动公开。全年通过门户网站主动公开政府信息215条。\n"
)


def fact(report, name: str):
    f = report.facts.get(name)
    return (f.value, f.evidence) if f else None


# ---------------------------------------------------------------- kind from the body


def test_kind_from_a_body_that_calls_itself_the_annual_report():
    r = parse(BODY_2021)
    assert r.status == "ok"
    kind, evidence = fact(r, "doc.kind")
    assert kind == "government_annual"
    assert "本年度报告" in evidence


def test_kind_from_the_prescribed_headings_alone():
    text = ("一、总体情况\n2023年，青禾街道坚持以公开为常态，持续做好政务公开工作。\n"
            "（一）主动公开方面\n围绕为民办实事，及时发布惠民政策信息。\n")
    assert fact(parse(text), "doc.kind")[0] == "government_annual"


def test_a_rule_on_reports_is_not_a_report():
    text = ("南江省人民政府办公厅政府信息公开工作年度报告制度（试行）\n"
            "第一条 为规范年度报告工作，根据《中华人民共和国政府信息公开条例》，制定本制度。\n"
            "第二条 各级行政机关应当于每年3月31日前公布本机关上一年度的年度报告。\n"
            "第三条 年度报告应当包括：（一）主动公开政府信息的情况；（二）依申请公开政府信息的情况；"
            "（三）政府信息公开的收费及减免情况；（四）因政府信息公开申请行政复议、提起行政诉讼的情况。\n")
    r = parse(text)
    assert r.status == "not_a_report"
    assert fact(r, "doc.kind") == ("other", "条文体例(第一条、第二条…): 制度或办法")


def test_a_notice_issuing_rules_is_not_a_report_but_one_publishing_the_report_is():
    notice = ("南江省人民政府办公厅关于印发《南江省政府信息公开工作年度报告制度》等3项制度的通知\n"
              "各市、县人民政府，省政府各部门：\n现将有关制度印发给你们，请认真贯彻执行。\n" + BODY_2021)
    kind, evidence = fact(parse(notice), "doc.kind")
    assert kind == "other" and evidence.startswith("标题: 南江省人民政府办公厅关于印发")
    covering = ("青川市人民政府办公室关于公布\n青川市2023年度政府信息公开工作年度报告的通知\n"
                "各县（区）人民政府：\n现将年度报告予以公布。\n" + BODY_2021)
    assert fact(parse(covering), "doc.kind")[0] == "government_annual"


def test_a_model_text_is_a_template():
    # (a12-guess: a model text by name is a template when a blank is left in it, as the dev README defines one —
    # "blank sample with placeholders"; one with every name and figure filled in is judged by its body)
    text = "政府信息公开年度工作报告范文\n" + BODY_2021.replace("215条", "XX条")
    assert fact(parse(text), "doc.kind")[0] == "template"
    filled = "政府信息公开年度工作报告范文\n" + BODY_2021
    assert fact(parse(filled), "doc.kind")[0] == "government_annual"


def test_a_summary_that_reaches_its_closing_parts_without_requests_is_a_work_summary():
    text = ("柳岸县交通运输局2022年政府信息公开年度报告\n"
            "一、概况\n我局高度重视政府信息公开工作，明确专人负责。\n"
            "二、主动公开政府信息情况\n全年在门户网站主动公开政府信息96条。\n"
            "三、下一步工作措施\n进一步规范公开流程。\n")
    r = parse(text)
    assert r.status == "not_a_report"
    assert fact(r, "doc.kind")[0] == "work_summary"


# ---------------------------------------------------------------- who reports


@pytest.mark.parametrize(("text", "agency", "source"), [
    ("柳岸县水利局2023年政府信息公开工作年度报告\n" + BODY_2021, "柳岸县水利局", "标题"),
    ("青川师范学院2016—2017学年信息公开工作年度报告\n" + BODY_2021, "青川师范学院", "标题"),
    ("青川师范学院2016至2017学年信息公开工作年度报告\n" + BODY_2021, "青川师范学院", "标题"),
    ("“柳岸县水利局”2023年政府信息公开工作年度报告\n" + BODY_2021, "柳岸县水利局", "标题"),
    ("本报告由柳岸县水利局编制。\n" + BODY_2021, "柳岸县水利局", "正文开头"),
    ("根据《条例》，现将柳岸县水利局2023年政府信息公开工作情况报告如下。\n" + BODY_2021, "柳岸县水利局", "正文开头"),
    ("2023年，柳岸县水利局坚持以人民为中心，扎实推进政务公开。\n" + BODY_2021, "柳岸县水利局", "正文开头"),
    ("为保障群众知情权，青禾镇结合工作实际，全面推进政务公开。\n" + BODY_2021, "青禾镇", "正文开头"),
    (BODY_2021 + "二、存在的主要问题\n宣传不够深入。\n\n柳岸县水利局\n2024年1月20日\n", "柳岸县水利局", "落款"),
    ("发布机构：柳岸县水利局　发布日期：2024-01-20\n" + BODY_2021, "柳岸县水利局", "网页发布信息"),
    (BODY_2021 + "我局按照《柳岸县水利局政府信息公开指南》受理申请。\n", "柳岸县水利局", "本机关信息公开指南"),
    (BODY_2021 + "如对本报告有任何疑问，请与柳岸县水利局联系（电话：0000-1234567）。\n", "柳岸县水利局", "联系方式"),
])
def test_agency_from_every_place_a_report_names_itself(text, agency, source):
    value, evidence = fact(parse(text), "doc.agency")
    assert value == agency
    assert evidence.startswith(source + ": ") and agency in evidence


def test_agency_in_traditional_characters_is_read_in_simplified():
    r = parse("柳岸縣水利局2023年政府信息公開工作年度報告\n" + BODY_2021)
    assert fact(r, "doc.agency")[0] == "柳岸县水利局"


def test_the_stated_order_decides_between_places():
    # title first, even when the signature names another office (the one that compiled it)
    text = "柳岸县水利局2023年政府信息公开工作年度报告\n" + BODY_2021 + "\n柳岸县人民政府办公室\n2024年1月20日\n"
    value, evidence = fact(parse(text), "doc.agency")
    assert value == "柳岸县水利局" and evidence.startswith("标题: ")


def test_an_office_inside_the_body_gives_way_to_the_body():
    text = "本报告由青禾镇人民政府党政办公室编制。\n" + BODY_2021
    assert fact(parse(text), "doc.agency")[0] == "青禾镇人民政府"


def test_a_generic_name_gives_way_to_a_longer_form_of_itself():
    text = (BODY_2021 + "2023年，区政府办高度重视政务公开。\n"
            "如对本报告有任何疑问，请联系：松岭区人民政府办公室，电话：0000-7654321。\n")
    value, evidence = fact(parse(text), "doc.agency")
    assert value == "松岭区人民政府办公室" and evidence.startswith("联系方式: ")


@needs_divisions
def test_advertising_inside_a_name_is_removed_when_the_place_is_known():
    text = "本报告是由北京市金沙娱乐app_888官网:发展和改革委员会编制的2023年度政府信息公开年度报告。\n" + BODY_2021
    assert fact(parse(text), "doc.agency")[0] == "北京市发展和改革委员会"


def test_advertising_for_the_whole_name_leaves_no_agency_and_says_why():
    text = "本报告由vip8888娱乐官网编制。\n" + BODY_2021
    r = parse(text)
    assert "doc.agency" not in r.facts
    why, _ = fact(r, "doc.agency_missing")
    assert "名称被广告替换" in why


def test_no_name_anywhere_leaves_no_agency():
    r = parse(BODY_2021)
    assert "doc.agency" not in r.facts
    assert fact(r, "doc.agency_missing")[0]


@needs_divisions
def test_a_place_that_is_no_division_is_used_only_when_there_is_no_other():
    text = ("标题县政府办2023年度政府信息公开工作年度报告\n" + BODY_2021
            + "2023年，柳岸县人民政府办公室严格落实《条例》要求。\n")
    value, evidence = fact(parse(text), "doc.agency")
    assert value == "柳岸县人民政府办公室" and evidence.startswith("正文开头: ")
    alone = parse("宁洲区金塘街道办事处2023年政府信息公开工作年度报告\n" + BODY_2021)  # an invented place stays usable
    assert fact(alone, "doc.agency")[0] == "宁洲区金塘街道办事处"


@needs_divisions
def test_the_division_table_knows_places_and_their_short_names():
    assert divisions.place_chain("北京市滚球发展和改革委员会") == "北京市"
    assert divisions.unknown_place("福州大学") is None  # 福州 is 福州市 written short
    assert divisions.unknown_place("高新区管委会") is None  # a functional zone, not a division
    assert divisions.unknown_place("标题县政府办") == "标题县"


# ---------------------------------------------------------------- level


@pytest.mark.parametrize(("title", "level"), [
    ("青禾街道办事处", "township"), ("青禾镇人民政府", "township"), ("柳岸县人民政府", "county"),
    ("柳岸县水利局", "department"), ("柳岸县人民政府办公室", "department"), ("青川市人民政府办公室", "department"),
    ("南江省交通运输厅", "province"), ("南江省人民政府办公厅", "province"), ("国家档案局", "unknown"),
])
def test_level_from_the_name(title, level):
    r = parse(title + "2023年政府信息公开工作年度报告\n" + BODY_2021)
    assert fact(r, "doc.level")[0] == level


# ---------------------------------------------------------------- period


def test_the_statistics_period_wins_over_the_title_and_the_mismatch_is_noted():
    text = ("2024年度信息公开工作年度报告\n青川师范学院\n本报告统计期限为2023年9月1日至2024年8月31日。\n"
            "一、概述\n学校认真落实《高等学校信息公开办法》。\n")
    r = parse(text)
    assert fact(r, "doc.year")[0] == 2023
    assert fact(r, "doc.period")[0] == "2023-2024"
    mismatch, evidence = fact(r, "doc.period_mismatch")
    assert "2024" in mismatch and "2023-2024" in mismatch and "9月1日" in evidence


def test_a_period_whose_year_and_month_characters_were_lost():
    text = "青川师范学院信息公开工作年度报告\n本报告统计期限为202391日至2024831日。\n一、概述\n学校认真落实。\n"
    assert fact(parse(text), "doc.period")[0] == "2023-2024"


def test_the_year_the_opening_gives_the_report():
    text = "根据《条例》要求，现将2022年度政府信息公开工作情况报告如下：\n一、总体情况\n全年主动公开信息86条。\n"
    r = parse(text)
    assert fact(r, "doc.year")[0] == 2022
    assert "doc.period_mismatch" not in r.facts


# ---------------------------------------------------------------- figures in prose


def test_carried_over_and_forward_in_sentences():
    text = BODY_2021 + ("（二）依申请公开。全年共收到政府信息公开申请18件，上年结转3件，依法办结19件，"
                        "结转下年度继续办理2件。\n")
    r = parse(text)
    assert fact(r, "requests.carried_over") == (3, fact(r, "requests.carried_over")[1])
    assert "上年结转3件" in fact(r, "requests.carried_over")[1]
    forward, evidence = fact(r, "requests.carried_forward")
    assert forward == 2 and "结转下年度继续办理2件" in evidence
    assert fact(r, "requests.completed")[0] == 19


def test_counts_written_before_their_word():
    text = BODY_2021 + "（二）依申请公开。全年收到申请12件，除1件结转下年办理外，均已按时答复。\n"
    r = parse(text)
    assert fact(r, "requests.carried_forward")[0] == 1
    assert "requests.completed" not in r.facts  # "除…外，均已答复" is not "all handled"


def test_a_channel_count_is_not_the_total():
    text = ("本年度报告根据《条例》编制。\n一、总体情况\n（一）主动公开。本机关微信公众号全年推送信息3120条。\n")
    assert "proactive.new" not in parse(text).facts
    listed = ("本年度报告根据《条例》编制。\n一、总体情况\n（一）主动公开。通过门户网站、微信公众号等渠道主动公开"
              "政府信息1.2万条。\n")
    assert fact(parse(listed), "proactive.new")[0] == 12000


def test_a_category_or_an_enumeration_item_is_not_the_total():
    text = ("本年度报告根据《政府信息公开条例》编制。\n一、总体情况\n"
            "（一）主动公开。在门户网站发布工作动态类信息226条，发布政策文件79件、会议信息23条。\n")
    assert "proactive.new" not in parse(text).facts


def test_a_figure_about_another_year_is_not_taken():
    text = ("柳岸县卫生局2023年政府信息公开工作年度报告\n本年度报告根据《条例》编制。\n一、总体情况\n"
            "2022年度主动公开政府信息54条。\n")
    assert "proactive.new" not in parse(text).facts


def test_a_review_caused_by_requests_is_not_a_request_count():
    text = BODY_2021 + ("（二）依申请公开。2023年，本机关共受理36件政府信息公开申请。"
                        "全年收到因政府信息公开申请引起的行政复议1件。\n")
    value, evidence = fact(parse(text), "requests.received")
    assert value == 36 and "36件" in evidence


def test_none_received_from_one_kind_of_applicant_is_not_a_total():
    text = BODY_2021 + "（二）依申请公开。2023年度，未收到法人或者其他组织提出的政府信息公开申请。\n"
    assert "requests.received" not in parse(text).facts


# ---------------------------------------------------------------- ingest


def test_a_txt_file_that_holds_a_web_page_is_read_as_html(tmp_path: Path):
    page = ("<!DOCTYPE html><html><head><title>年报</title><script>var a=1;</script></head><body>"
            "<div class='nav'><a href='/'>首页</a></div><div class='article'>"
            "<p>柳岸县水利局2023年政府信息公开工作年度报告</p>"
            "<p>本年度报告根据《条例》编制。</p></div></body></html>")
    path = tmp_path / "saved.txt"
    path.write_text(page, encoding="utf-8")
    doc = load(path)
    assert doc.format == "html"
    assert "<p>" not in doc.text and "var a" not in doc.text
    assert "柳岸县水利局2023年政府信息公开工作年度报告" in doc.text
    prose = tmp_path / "prose.txt"
    prose.write_text("本报告说明如何在网页中使用<p>标签。\n" + BODY_2021, encoding="utf-8")
    assert load(prose).format == "txt"  # prose that mentions a tag is still text


# ---------------------------------------------------------------- totals and their parts


def test_parts_that_add_up_before_a_number_about_something_else_are_consistent():
    text = BODY_2021 + ("全年共发布信息120条，其中工作动态90条，通知公告20条，人事信息10条，"
                        "另在档案系统登记文件35条。\n")
    assert fact(parse(text), "quality.inconsistencies")[0] == []


def test_parts_listed_without_all_their_counts_are_no_contradiction():
    text = BODY_2021 + ("全年共主动公开信息400条，其中规范性文件12条；政策解读30条；每月公开财政资金信息；"
                        "公开重点项目进展58条。\n")
    assert fact(parse(text), "quality.inconsistencies")[0] == []
    wrong = BODY_2021 + "全年共受理咨询120次，其中电话咨询50次、现场咨询40次、网上咨询20次。\n"
    assert fact(parse(wrong), "quality.inconsistencies")[0] == ["consultations 120 != 50 + 40 + 20 = 110"]


def test_a_bureaus_own_office_stands_for_the_bureau_but_a_governments_office_is_an_agency():
    office = parse("本报告由柳岸县水利局办公室编制。\n" + BODY_2021)
    assert fact(office, "doc.agency")[0] == "柳岸县水利局"
    government = parse("本报告由柳岸县人民政府办公室编制。\n" + BODY_2021)
    assert fact(government, "doc.agency")[0] == "柳岸县人民政府办公室"
    committee = parse("本报告由中共柳岸县委机构编制委员会办公室编制。\n" + BODY_2021)
    assert fact(committee, "doc.agency")[0] == "中共柳岸县委机构编制委员会办公室"


def test_level_from_the_voice_when_no_name_is_given():
    r = parse(BODY_2021 + "2023年，我街共受理政府信息公开申请2件。\n")
    assert "doc.agency" not in r.facts
    level, evidence = fact(r, "doc.level")
    assert level == "township" and "我街" in evidence


@pytest.mark.parametrize(("written", "period"), [
    ("2016—2017学年", "2016-2017"), ("2016至2017学年", "2016-2017"), ("2016/2017学年", "2016-2017"),
    ("2016-17学年", "2016-2017"),
])
def test_academic_years_however_written(written, period):
    r = parse(f"青川师范学院{written}信息公开工作年度报告\n一、概述\n学校认真落实《高等学校信息公开办法》。\n")
    assert fact(r, "doc.period")[0] == period and fact(r, "doc.year")[0] == 2016


@pytest.mark.parametrize("stated", ["2023.1.1-2023.12.31", "2023年1月至12月", "2023年1月1日至2023年12月31日"])
def test_calendar_statistics_periods_however_written(stated):
    text = f"本年度报告根据《条例》编制，所列数据的统计期限为{stated}。\n一、总体情况\n全年主动公开政府信息86条。\n"
    value, evidence = fact(parse(text), "doc.year")
    assert value == 2023 and stated.split("至")[0][:6] in evidence


def test_advertising_in_place_of_the_place_leaves_the_name_to_another_mention():
    text = ("金沙娱乐app_888官网水务局2023年政府信息公开工作年度报告\n"
            "2023年，县水务局坚持以公开为常态，扎实推进政务公开。\n" + BODY_2021)
    value, evidence = fact(parse(text), "doc.agency")
    assert value == "县水务局" and evidence.startswith("正文开头: ")


def test_the_body_that_compiled_the_report_before_its_reasons():
    text = "本报告由柳岸县水利局根据《中华人民共和国政府信息公开条例》第五十条的规定，按照规定格式编制。\n" + BODY_2021
    value, evidence = fact(parse(text), "doc.agency")
    assert value == "柳岸县水利局" and evidence.startswith("正文开头: ")


def test_a_share_of_the_total_stated_wrongly():
    text = BODY_2021 + ("截至年底，全镇累计公开政府信息80条。其中，网上公开信息20条，所占比例为30%，"
                        "公开栏公开60条，所占比例为75%。\n")
    problems, _ = fact(parse(text), "quality.inconsistencies")
    # 60 of 80 is the 75% stated; the two shares of one whole add up to over 100%
    assert problems == ["share 20/80 = 25.0% != 30%", "shares 30% + 75% = 105% > 100%"]
    right = BODY_2021 + "全年主动公开政府信息400条，其中工作动态300条，占75%，政策文件100条，占25.0%。\n"
    assert fact(parse(right), "quality.inconsistencies")[0] == []

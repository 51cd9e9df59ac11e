"""Who reports, on forms found in a seventh session's new real pages (issue 12, a7-agency): the publishing verbs of an
opening, site metadata whose labels run into each other, advertising glued before a whole name, the office of a unit
inside a bureau, a school's own disclosure rules, and the cases where no name may be taken. Every text is written for
the test; the value, where it came from and the absence where nothing usable is stated are all checked.
"""

from __future__ import annotations

import pytest

from engine.parse import divisions
from tests.parse_support import parse

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

PERIOD = "本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
PARTS = ("一、总体情况\n2019年共主动公开政府信息52条。\n二、收到和处理政府信息公开申请情况\n全年未收到申请。\n"
         "三、政府信息公开行政复议、行政诉讼情况\n无。\n四、存在的主要问题及改进情况\n公开内容还不够细。\n")
SCHOOL_PARTS = ("一、概述\n本学年学校继续推进信息公开。\n二、主动公开情况\n学校网站发布信息210条。\n"
                "三、依申请公开和不予公开情况\n本学年未收到申请。\n")


def agency(report):
    f = report.facts.get("doc.agency")
    return f.value if f else None


def agency_evidence(report) -> str:
    return report.facts["doc.agency"].evidence


def missing(report) -> str:
    f = report.facts.get("doc.agency_missing")
    return f.value if f else ""


# ---------------------------------------------------------------- the opening's publishing verbs


@needs_divisions
@pytest.mark.parametrize("verb", ["特公布", "现公开", "特此公布", "现向社会公布", "特向社会公开"])
def test_a_publishing_verb_before_the_reports_own_name(verb):
    text = (f"根据《中华人民共和国政府信息公开条例》规定，{verb}桐庐县分水镇2019年政府信息公开工作年度报告。" + PERIOD
            + "2019年，分水镇人民政府认真落实条例要求。\n" + PARTS)
    r = parse(text)
    assert agency(r) == "桐庐县分水镇"  # the name the opening publishes under, before the subject's longer form
    assert agency_evidence(r).startswith("正文开头:") and verb in agency_evidence(r)


def test_a_publishing_verb_before_the_reports_own_name_with_the_year_after_the_topic():
    text = ("依据《中华人民共和国政府信息公开条例》，现公开青枫街道政府信息公开2019年度工作报告。" + PERIOD + PARTS)
    assert agency(parse(text)) == "青枫街道"


def test_a_publishing_verb_before_the_text_speaking_of_itself_gives_no_name():
    text = "根据《条例》要求，特公布2019年度我镇政府信息公开工作年度报告。" + PERIOD + PARTS
    r = parse(text)
    assert agency(r) is None
    assert missing(r)


# ---------------------------------------------------------------- site metadata whose labels run together


@needs_divisions
@pytest.mark.parametrize("meta_line", [
    "发布时间:2020-01-20 信息来源: 桐庐县民政局 编辑:桐庐县民政局 字体:【大 中 小】",
    "发布时间:2020-01-20信息来源:桐庐县民政局编辑:桐庐县民政局",
    "发布机构:桐庐县民政局审核:办公室 发布日期:2020-01-20",
    "来源:桐庐县民政局责任编辑:王某",
])
def test_a_metadata_value_ends_at_the_next_label(meta_line):
    text = ("2019年度政府信息公开年报\n" + meta_line + "\n" + "根据《条例》要求，现将我局年度报告公布如下。"
            + PERIOD + PARTS)
    r = parse(text)
    assert agency(r) == "桐庐县民政局"
    assert agency_evidence(r).startswith("网页发布信息:")


# ---------------------------------------------------------------- advertising glued before a name


@needs_divisions
def test_advertising_before_a_whole_name_in_the_title_leaves_the_name():
    text = "乐鱼娱乐官网浙江省人民政府2019年政府信息公开工作年度报告\n" + PERIOD + PARTS
    r = parse(text)
    assert agency(r) == "浙江省人民政府"
    assert agency_evidence(r).startswith("标题:")


def test_advertising_before_a_townships_own_name_leaves_the_township():
    text = ("本年报根据《条例》要求，由乐鱼主页 江南街道办事处编制。" + PERIOD
            + "如对本报告有疑问，请联系：乐鱼主页 江南街道办事处党政办。\n" + PARTS)
    assert agency(parse(text)) == "江南街道办事处"


def test_advertising_that_left_no_place_gives_no_name():
    r = parse("本年报根据《条例》要求，由乐鱼主页 办事处编制。" + PERIOD + PARTS)  # only the unit is left: no name
    assert agency(r) is None
    assert "广告" in missing(r) or "不是机关名称" in missing(r)


def test_advertising_that_replaced_only_the_place_leaves_the_department():
    # the place itself was replaced: the rest is the name (web README; the lead's 3d3a866, labelling A70)
    r = parse("本年报根据《条例》要求，由乐鱼主页 水务局编制。" + PERIOD + PARTS)
    assert agency(r) == "水务局" and "地名被广告替换" in agency_evidence(r)


# ---------------------------------------------------------------- the office of a unit inside a bureau


@needs_divisions
@pytest.mark.parametrize("office, body", [
    ("桐庐县公安局指挥中心办公室", "桐庐县公安局"),
    ("桐庐县市场监督管理局政务公开科办公室", "桐庐县市场监督管理局"),
    ("桐庐县公共资源交易中心办公室", "桐庐县公共资源交易中心"),  # a 中心 with no bureau above it is itself
])
def test_the_office_of_a_unit_inside_a_bureau_stands_for_the_bureau(office, body):
    text = f"本年度报告根据《条例》要求，由{office}编制。" + PERIOD + PARTS
    assert agency(parse(text)) == body


# ---------------------------------------------------------------- a school's own disclosure rules


@needs_divisions
@pytest.mark.parametrize("rules", ["信息公开办法", "信息公开条例(试行)", "校务公开规定"])
def test_a_schools_own_disclosure_rules_name_the_school(rules):
    text = (f"本报告根据《高等学校信息公开办法》和《浙江工商大学{rules}》，结合2019-2020学年工作编制。"
            "本报告所列数据的统计期限为2019年9月1日至2020年8月31日。\n" + SCHOOL_PARTS)
    r = parse(text)
    assert agency(r) == "浙江工商大学"
    assert agency_evidence(r).startswith("本机关信息公开指南:")


@needs_divisions
def test_a_governments_disclosure_rules_are_not_the_author_of_a_departments_report():
    text = ("本报告根据《中华人民共和国政府信息公开条例》和《杭州市政府信息公开规定》编制。" + PERIOD
            + "2019年，我局认真落实条例要求。\n" + PARTS)
    r = parse(text)
    assert agency(r) is None
    assert missing(r)


# ---------------------------------------------------------------- a signature with its label or seal


TOWN_OPENING = "根据《条例》要求，现将我镇2019年度政府信息公开工作情况报告如下。"


@needs_divisions
@pytest.mark.parametrize("signature", [
    "编制单位：桐庐县分水镇人民政府\n2020年1月15日",
    "报告单位:桐庐县分水镇人民政府",
    "桐庐县分水镇人民政府（盖章）\n2020年1月15日",
])
def test_a_signature_with_a_label_or_a_seal_names_the_author(signature):
    r = parse(TOWN_OPENING + PERIOD + PARTS + "\n" + signature + "\n")
    assert agency(r) == "桐庐县分水镇人民政府"
    assert agency_evidence(r).startswith("落款:")


def test_a_copy_line_or_a_sites_footer_is_no_signature():
    for tail in ("抄送：桐庐县人民政府办公室", "主办：桐庐县人民政府  承办：桐庐县大数据发展局"):
        r = parse(TOWN_OPENING + PERIOD + PARTS + "\n" + tail + "\n")
        assert agency(r) is None, tail


# ---------------------------------------------------------------- a site's own name beside or before the author's


@needs_divisions
@pytest.mark.parametrize("title, name", [
    ("桐庐县人民政府门户网站桐庐县分水镇2019年政府信息公开工作年度报告", "桐庐县分水镇"),
    ("桐庐县人民政府门户网站 桐庐县分水镇2019年政府信息公开工作年度报告", "桐庐县分水镇"),
    ("桐庐政务网分水镇2019年政府信息公开工作年度报告", "分水镇"),
])
def test_a_portals_name_glued_before_the_title_is_cut(title, name):
    r = parse(title + "\n" + PERIOD + PARTS)
    assert agency(r) == name
    assert agency_evidence(r).startswith("标题:")


@needs_divisions
def test_a_county_government_as_the_header_above_a_nameless_title_of_a_townships_report_is_not_the_author():
    r = parse("桐庐县人民政府\n政府信息公开年度报告\n" + TOWN_OPENING + PERIOD + PARTS)
    assert agency(r) is None
    assert "网站主办单位" in missing(r)


@needs_divisions
def test_a_townships_own_government_above_its_title_is_the_author():
    r = parse("分水镇人民政府\n2019年政府信息公开工作年度报告\n" + TOWN_OPENING + PERIOD + PARTS)
    assert agency(r) == "分水镇人民政府"


# ---------------------------------------------------------------- a government's office in the contact line


@needs_divisions
@pytest.mark.parametrize("voice", [TOWN_OPENING, "2019年，我局认真落实条例要求。",
                                   "本学年，我校认真落实信息公开办法。"])
def test_a_government_office_in_the_contact_line_of_a_lower_bodys_report_is_not_the_author(voice):
    r = parse(voice + PERIOD + "如对本报告有疑问，请与桐庐县人民政府办公室联系。\n" + PARTS)
    assert agency(r) is None
    assert "不是作者" in missing(r) and "政府办公室" in missing(r)


@needs_divisions
@pytest.mark.parametrize("voice, weak", [
    (TOWN_OPENING, "如有疑问请与桐庐县民政局联系。"),  # a township's report: a county bureau is not it
    (TOWN_OPENING, "来源：桐庐县政务服务中心\n"),
    ("2019年，我局认真落实条例要求。", "来源：桐庐县人民政府办公室\n"),  # a bureau's report on the office's site
    ("本学年，我校认真落实信息公开办法。", "如有疑问请与浙江省教育厅联系。"),
])
def test_a_weak_sources_name_unlike_the_body_the_text_speaks_as_is_not_the_author(voice, weak):
    r = parse(voice + PERIOD + weak + "\n" + PARTS)
    assert agency(r) is None
    assert "不是作者" in missing(r)


@needs_divisions
@pytest.mark.parametrize("voice, weak, name", [
    (TOWN_OPENING, "如有疑问请与分水镇党政办公室联系。", "分水镇"),
    ("本学年，我校认真落实信息公开办法。", "如有疑问请与浙江工商大学校长办公室联系。", "浙江工商大学"),
    ("2019年，我局认真落实条例要求。", "来源：桐庐县民政局\n", "桐庐县民政局"),
])
def test_a_weak_sources_name_like_the_body_the_text_speaks_as_is_kept(voice, weak, name):
    assert agency(parse(voice + PERIOD + weak + "\n" + PARTS)) == name


@needs_divisions
def test_a_government_offices_own_report_keeps_its_contact_line():
    r = parse("2019年，我办认真落实条例要求。" + PERIOD + "如对本报告有疑问，请与桐庐县人民政府办公室联系。\n" + PARTS)
    assert agency(r) == "桐庐县人民政府办公室"


@needs_divisions
def test_a_government_office_in_the_contact_line_of_a_countys_report_answers_for_the_government():
    r = parse("2019年，我县认真落实条例要求。" + PERIOD + "如对本报告有疑问，请与桐庐县人民政府办公室联系。\n" + PARTS)
    assert agency(r) == "桐庐县人民政府"


# ---------------------------------------------------------------- metadata a cell a line, and a 政务公开指南


@needs_divisions
@pytest.mark.parametrize("table", [
    "发布机构\n桐庐县民政局\n成文日期\n2020-01-15\n",
    "所属单位：桐庐县民政局\n发布日期：2020-01-15\n",
    "基本介绍\n• 编制单位：桐庐县民政局\n",  # an encyclopedia copy's box
])
def test_a_metadata_table_flattened_a_cell_a_line_names_the_body(table):
    r = parse(table + "根据《条例》要求，现将我局年度报告公布如下。" + PERIOD + PARTS)
    assert agency(r) == "桐庐县民政局"
    assert agency_evidence(r).startswith("网页发布信息:")


def test_a_bare_source_label_on_its_own_line_names_no_one():
    r = parse("来源\n本站原创\n根据《条例》要求，现将我局年度报告公布如下。" + PERIOD + PARTS)
    assert agency(r) is None


@needs_divisions
def test_the_bodys_own_government_affairs_guide_names_it():
    r = parse("2019年，我局修订了《桐庐县民政局政务公开指南》。" + PERIOD + PARTS)
    assert agency(r) == "桐庐县民政局"
    assert agency_evidence(r).startswith("本机关信息公开指南:")


@pytest.mark.parametrize("leaders", ["县委县政府", "市委、市政府", "区委和区政府"])
def test_the_party_committee_and_government_above_the_author_are_no_name(leaders):
    r = parse(f"2019年，{leaders}高度重视政府信息公开工作，我局认真落实。" + PERIOD + PARTS)
    assert agency(r) is None


# ---------------------------------------------------------------- the name after the title, and a reprint's source


@needs_divisions
@pytest.mark.parametrize("title", [
    "2019年政府信息公开工作年度报告（桐庐县民政局）",
    "2019年政府信息公开工作年度报告——桐庐县民政局",
    "桐庐县民政局：2019年度政府信息公开工作年度报告",
])
def test_a_name_after_the_title_or_before_a_colon(title):
    r = parse(title + "\n根据《条例》要求，现将我局年度报告公布如下。" + PERIOD + PARTS)
    assert agency(r) == "桐庐县民政局"
    assert agency_evidence(r).startswith("标题:")


@pytest.mark.parametrize("title", ["2019年政府信息公开工作年度报告（征求意见稿）",
                                   "2019年政府信息公开工作年度报告（第一部分）"])
def test_brackets_after_a_title_that_hold_no_name_give_none(title):
    assert agency(parse(title + "\n根据《条例》要求，现将我局年度报告公布如下。" + PERIOD + PARTS)) is None


@needs_divisions
def test_a_reprints_source_at_the_end_names_the_body():
    r = parse("根据《条例》要求，现将我局2019年度报告公布如下。" + PERIOD + PARTS + "\n（来源：桐庐县民政局）\n")
    assert agency(r) == "桐庐县民政局"
    assert agency_evidence(r).startswith("网页发布信息:")


@needs_divisions
@pytest.mark.parametrize("brand", ["华体会", "亚博", "九游", "雷竞技", "澳门皇冠"])
def test_a_spam_mirrors_brand_in_place_of_the_place_leaves_the_rest(brand):
    # no place guessed: the department's rest as written (web README; the lead's 3d3a866, labelling A70)
    r = parse(f"本年报根据《条例》要求，由{brand}水务局编制。" + PERIOD + PARTS)
    assert agency(r) == "水务局"
    assert "广告" in agency_evidence(r)


@needs_divisions
def test_a_spam_mirrors_brand_before_a_whole_name_leaves_the_name():
    r = parse("华体会桐庐县水务局2019年政府信息公开工作年度报告\n" + PERIOD + PARTS)
    assert agency(r) == "桐庐县水务局"


# ---------------------------------------------------------------- a sample's made-up body


@pytest.mark.parametrize("name", ["某县民政局", "某某镇人民政府", "某市某区人民政府", "甲县民政局"])
def test_a_samples_made_up_body_is_no_name(name):
    for text in (f"{name}2019年政府信息公开工作年度报告\n" + PERIOD + PARTS, f"本报告由{name}编制。" + PERIOD + PARTS):
        r = parse(text)
        assert agency(r) is None, text[:20]
        assert "占位符" in missing(r)


@needs_divisions
def test_a_real_one_character_county_is_no_sample():
    assert agency(parse("本报告由忠县民政局编制。" + PERIOD + PARTS)) == "忠县民政局"

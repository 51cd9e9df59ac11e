"""Who reports, on forms found in an eighth session's new real pages (issue 12, a8-agency): a bare unit before a
department whose name starts with a unit character (省市场监管局, 县市场监督管理局 — no unknown place "省市"), a body's
机关 (某市某局机关: the bureau itself, as 某县人民政府机关 is the government), and a government office's disclosure unit
(某市人民政府办公室政府信息公开中心) standing for the office. Every text is written for the test; the value, where it
came from, the level and the absence where nothing usable is stated are all checked.
"""

from __future__ import annotations

import pytest

from engine.parse import divisions
from tests.parse_support import fact, parse

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

PERIOD = "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
PARTS = ("一、总体情况\n2022年共主动公开政府信息64条。\n二、收到和处理政府信息公开申请情况\n全年未收到申请。\n"
         "三、政府信息公开行政复议、行政诉讼情况\n无。\n四、存在的主要问题及改进情况\n解读还不够深入。\n")


# ---------------------------------------------------------------- a bare unit before 市场/市政/区域…


@needs_divisions
def test_unknown_place_does_not_read_a_bare_unit_and_the_next_words_first_character_as_a_place():
    for name in ("省市场监管局", "县市场监督管理局", "市市场监管局", "区市政管理局", "市区域发展中心"):
        assert divisions.unknown_place(name) is None, name
    assert divisions.unknown_place("标题县政府办") == "标题县"  # a label glued on is still no place


@needs_divisions
@pytest.mark.parametrize(("name", "level"), [("省市场监管局", "province"), ("县市场监督管理局", "department"),
                                             ("市市场监管局", "department")])
def test_a_generic_market_bureau_is_a_name_with_its_level(name, level):
    text = (f"根据《中华人民共和国政府信息公开条例》要求，现发布{name}2022年政府信息公开工作年度报告。" + PERIOD
            + f"2022年，{name}认真落实条例规定。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == name
    assert "不在行政区划表中" not in r.facts["doc.agency"].evidence
    assert fact(r, "doc.level") == level


@needs_divisions
def test_a_generic_market_bureau_gives_way_to_its_full_name_later():
    text = ("现发布县市场监督管理局2022年政府信息公开工作年度报告。" + PERIOD + PARTS
            + "如对本报告有疑问，请与桐庐县市场监督管理局办公室联系。\n")
    assert fact(parse(text), "doc.agency") == "桐庐县市场监督管理局"


# ---------------------------------------------------------------- a body's 机关


@needs_divisions
@pytest.mark.parametrize("body", ["桐庐县水利局", "杭州市民政局", "浙江省交通运输厅", "桐庐县发展和改革委员会"])
def test_a_bodys_organs_in_the_title_are_the_body(body):
    text = f"{body}机关2022年政府信息公开工作年度报告\n" + PERIOD + PARTS
    r = parse(text)
    assert fact(r, "doc.agency") == body
    assert r.facts["doc.agency"].evidence.startswith("标题:")


@needs_divisions
def test_a_bureau_named_after_organs_keeps_its_name():
    text = "国家机关事务管理局2022年政府信息公开工作年度报告\n" + PERIOD + PARTS
    assert fact(parse(text), "doc.agency") == "国家机关事务管理局"


def test_organs_alone_are_no_name():
    text = "机关2022年政府信息公开工作年度报告\n" + PERIOD + PARTS
    r = parse(text)
    assert fact(r, "doc.agency") is None and fact(r, "doc.agency_missing")


# ---------------------------------------------------------------- a government office's disclosure unit


@needs_divisions
@pytest.mark.parametrize("unit", ["政府信息公开中心", "政务公开科", "信息公开科", "政务公开办公室"])
def test_a_government_offices_disclosure_unit_in_the_contact_line_of_a_citys_report_answers_for_the_government(unit):
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》要求，"
            "综合全市各县(市、区)政府和市级各部门的年度报告编制而成。" + PERIOD
            + f"如对本报告有疑问，请与衢州市人民政府办公室{unit}联系。\n"
            + "2022年，我市深入推进政务公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "衢州市人民政府"
    assert fact(r, "doc.level") == "city"
    assert r.facts["doc.agency"].evidence.startswith("联系方式:")


@needs_divisions
def test_a_government_offices_disclosure_unit_in_a_departments_report_is_not_the_author():
    text = ("根据《中华人民共和国政府信息公开条例》，现公布我局2022年政府信息公开工作年度报告。" + PERIOD
            + "如对本报告有疑问，请与衢州市人民政府办公室政府信息公开中心联系。\n2022年，我局认真落实条例。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert "与正文自称不符" in fact(r, "doc.agency_missing")


# ---------------------------------------------------------------- 现将 + the report's own name + 予以公开


@needs_divisions
@pytest.mark.parametrize("topic", ["政府信息工作年度报告", "政务公开工作报告", "年度报告"])
@pytest.mark.parametrize("verb", ["予以公开", "予以公布", "向社会公布", "公布如下"])
def test_the_reports_own_name_before_a_publishing_verb_at_the_end(topic, verb):
    text = (f"根据《中华人民共和国政府信息公开条例》有关要求，现将雁塔区青松街道办事处2022年度{topic}{verb}。"
            + PERIOD + "如对本报告有疑问，请联系青松街道办事处党政办公室。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "雁塔区青松街道办事处"
    assert r.facts["doc.agency"].evidence.startswith("正文开头:")


@pytest.mark.parametrize("opening", ["现将我局2022年度政府信息工作年度报告予以公开。",
                                     "现将2022年度政府信息工作年度报告予以公开。",
                                     "现将有关情况报告如下。"])
def test_no_name_before_the_publishing_verb_gives_none(opening):
    r = parse(opening + PERIOD + PARTS)
    assert fact(r, "doc.agency") is None


# ---------------------------------------------------------------- a body's own plan that it issued


@needs_divisions
@pytest.mark.parametrize("verb", ["印发了", "制定了", "出台了"])
def test_a_plan_the_body_issued_itself_names_it(verb):
    text = ("2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，现将有关情况报告如下：\n"
            f"一、总体情况\n结合我局工作实际，{verb}《湖州市城市管理局2022年政务公开工作实施方案》，明确了分工。\n"
            + PERIOD + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "湖州市城市管理局"
    assert fact(r, "doc.level") == "department"


@needs_divisions
@pytest.mark.parametrize("plan", ["按照《湖州市2022年政务公开工作要点》",
                                  "落实《湖州市人民政府办公室2022年政务公开工作实施方案》",
                                  "印发了《湖州市2022年政务公开工作实施方案》"])
def test_a_plan_of_the_government_above_a_bureau_is_not_the_author(plan):
    text = ("2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，现将有关情况报告如下：\n"
            f"一、总体情况\n{plan}，我局明确了分工。\n" + PERIOD + PARTS)
    assert fact(parse(text), "doc.agency") is None


# ---------------------------------------------------------------- contact lines and a body's disclosure unit


@needs_divisions
@pytest.mark.parametrize("lead", ["可与", "可直接与", "敬请与"])
def test_a_contact_line_that_offers_rather_than_asks_names_the_body(lead):
    text = ("根据《中华人民共和国政府信息公开条例》要求，编制了本报告。" + PERIOD
            + f"对本报告如有疑问，{lead}桐庐县人力资源和社会保障局联系(电话：0571-1234567)。\n"
            + "2022年，我局认真落实条例。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "桐庐县人力资源和社会保障局"
    assert r.facts["doc.agency"].evidence.startswith("联系方式:")


def test_an_offer_that_is_no_contact_gives_no_name():
    text = ("根据《中华人民共和国政府信息公开条例》要求，编制了本报告。" + PERIOD
            + "公开内容可与往年对照。\n2022年，我局认真落实条例。\n" + PARTS)
    assert fact(parse(text), "doc.agency") is None


@needs_divisions
@pytest.mark.parametrize("unit", ["政府信息公开工作机构-办公室", "政府信息公开工作机构", "信息公开工作机构—办公室",
                                  "政务公开工作机构：综合科"])
def test_a_bureaus_disclosure_unit_that_compiles_the_report_stands_for_the_bureau(unit):
    text = (f"本报告根据《中华人民共和国政府信息公开条例》规定，由临安区人力资源和社会保障局{unit}编制完成本报告。"
            + PERIOD + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "临安区人力资源和社会保障局"
    assert fact(r, "doc.level") == "department"


# ---------------------------------------------------------------- the report's list of parts naming its author


@needs_divisions
@pytest.mark.parametrize("year", ["", "2022年"])
def test_the_list_of_parts_names_the_author_before_its_subject_does(year):
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》制作。"
            f"全文包括阿荣旗查巴奇乡人民政府{year}政府信息公开总体情况，"
            "主动公开政府信息情况，收到和处理政府信息公开申请情况。" + PERIOD
            + "一、总体情况\n2022年，查巴奇乡人民政府坚持以人民为中心。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "阿荣旗查巴奇乡人民政府"
    assert r.facts["doc.agency"].evidence.startswith("正文开头:")


def test_a_list_of_parts_with_no_name_gives_none():
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》制作。全文包括总体情况，主动公开政府信息情况，"
            "收到和处理政府信息公开申请情况。" + PERIOD + PARTS)
    assert fact(parse(text), "doc.agency") is None


# ---------------------------------------------------------------- a ministry's title with the topic before the year


@pytest.mark.parametrize("ministry", ["文化和旅游部", "水利部", "生态环境部"])
def test_a_ministrys_title_with_the_topic_before_the_year(ministry):
    text = (f"{ministry}政府信息公开工作2021年度报告\n发表时间:2022-01-29 来源:国家{ministry}\n"
            f"根据《中华人民共和国政府信息公开条例》要求，{ministry}编制了本报告。" + PERIOD + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == ministry
    assert r.facts["doc.agency"].evidence.startswith("标题:")


# ---------------------------------------------------------------- a metadata value is no subject of the opening


@needs_divisions
@pytest.mark.parametrize("label", ["来源:", "来源：", "发布机构:", "信息来源："])
def test_a_metadata_value_before_the_opening_sentence_is_weighed_as_metadata(label):
    text = (f"发布时间:2023-01-10 {label}桐庐县人民政府办公室 根据《中华人民共和国政府信息公开条例》要求，"
            "现将我镇2022年政府信息公开工作情况报告如下。" + PERIOD + "2022年，我镇认真落实条例。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None  # the site's office under a text that speaks as 我镇
    assert "与正文自称不符" in fact(r, "doc.agency_missing")

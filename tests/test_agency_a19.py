"""Who reports and at which level (issue 12, a19-agency): the classes 76 new real page openings showed — schools below
the universities (a primary school, a middle school by its short name 某县二中, a kindergarten), public farms (林场,
园艺场), a national academy's institute — and the forms the brief named: the author named only as the owner of the
site that carries the report, a document library's page furniture glued before the title, a secondary vocational
school. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from tests.parse_support import evidence, fact, parse

PARTS = ("二、主动公开政府信息情况\n本年共主动公开信息41条。\n三、收到和处理政府信息公开申请情况\n"
         "本年收到公开申请2件,均已按期答复。\n"
         "四、政府信息公开行政复议、行政诉讼情况\n本年未发生复议和诉讼。\n"
         "五、存在的主要问题及改进情况\n栏目更新不够及时,下一步将明确专人维护。\n")


# ------------------------------------------------------------------ schools below the universities (labelling L21)

def test_a_middle_school_by_its_short_name_is_the_agency_and_its_office_stands_for_it():
    text = ("桐城二中2022年政府信息公开工作年度报告\n本报告由桐城二中编制,数据统计期限为2022年1月1日至12月31日。"
            "如有疑问,请与桐城二中政府信息公开办公室联系。\n一、总体情况\n2022年,我校按要求公开招生和收费信息。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "桐城二中"
    assert fact(r, "doc.level") == "unknown"  # its 我校 is no university's
    # named only by its office in the contact line: the school
    text = ("一、总体情况\n2022年,我校按要求公开招生和收费信息。如有疑问,请与桐城二中政府信息公开办公室联系。\n"
            + PARTS)
    assert fact(parse(text), "doc.agency") == "桐城二中"


def test_a_primary_school_and_a_kindergarten_in_their_titles_are_read_at_no_level():
    for name in ("宿松县实验小学", "宿松县第二幼儿园"):
        text = name + "2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我校严格落实公开制度。\n" + PARTS
        r = parse(text)
        assert fact(r, "doc.agency") == name
        assert fact(r, "doc.level") == "unknown"
    # the schools an education bureau's report speaks of (我局) are not its author, nor is 中小学 one school
    for clause in ("城关第二小学坚持阳光招生", "城区中小学坚持依法公开办学信息"):
        text = "一、总体情况\n2021年," + clause + ",我局加强督导。\n" + PARTS
        assert fact(parse(text), "doc.agency") is None


def test_a_secondary_vocational_school_is_no_university():
    text = ("含山县职业中等专业学校2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我校做好学生资助信息公开。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "含山县职业中等专业学校"
    assert fact(r, "doc.level") == "unknown"


# --------------------------------------------------------------------------------- public farms (labelling L21)

def test_a_forest_farm_whose_title_wraps_is_the_agency_not_its_office_in_the_contact_line():
    text = ("黄山林场2016年政府信息公开工作\n年度报告\n本报告的数据统计期限自2016年1月1日起至12月31日止。如有疑问,"
            "请与休宁县黄山林场办公室联系。\n一、概述\n2016年,我场按县政府要求推进政务公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "黄山林场"
    assert fact(r, "doc.level") == "unknown"


def test_a_bare_horticultural_farm_in_its_title_is_its_generic_name_and_a_market_is_no_body():
    text = "园艺场2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我场通过县政府网站公开信息60条。\n" + PARTS
    r = parse(text)
    assert fact(r, "doc.agency") == "园艺场"
    assert fact(r, "doc.level") == "unknown"
    # 市场, 广场: words, never a farm's name; and a farm a bureau's report speaks of (我局) is not its author
    for clause in ("城南农贸市场改造有序推进", "全县规模养殖场落实防疫措施", "青山国有林场坚持防火巡查"):
        text = ("一、总体情况\n2021年," + clause + ",我局通过政府网站公开相关信息。\n" + PARTS)
        assert fact(parse(text), "doc.agency") is None


# ------------------------------------------------------------------------ a national academy's institute (A38)

def test_a_national_academys_institute_has_no_contract_level():
    text = ("中国科学院植物研究所2022年度信息公开工作报告\n2022年,中国科学院植物研究所按照院里的要求做好信息公开。\n"
            "一、信息公开情况\n研究所网站公开信息120条。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "中国科学院植物研究所"
    assert fact(r, "doc.level") == "unknown"


# ------------------------------------------------------------- the site that carries the report (source "site")

def test_the_body_whose_site_carries_the_report_is_the_agency_when_the_text_speaks_as_that_body():
    text = ("本报告依据《中华人民共和国政府信息公开条例》编制。本报告电子版可从滁州市公安局网站下载。\n一、总体情况\n"
            "2022年,我局围绕执法公开做好信息发布。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "滁州市公安局"
    assert evidence(r, "doc.agency").startswith("报告发布网站")
    assert fact(r, "doc.level") == "department"
    # a site of another kind than the voice names no one: a township's report on a bureau's site, a bureau's report
    # on its government's site
    text = ("本报告电子版可从滁州市公安局网站下载。\n一、总体情况\n2022年,我镇做好村务和政务公开。\n" + PARTS)
    assert fact(parse(text), "doc.agency") is None
    text = ("本报告电子版可从滁州市人民政府网站下载。\n一、总体情况\n2022年,我局做好执法信息公开。\n" + PARTS)
    assert fact(parse(text), "doc.agency") is None


# -------------------------------------------------------------------- a document library's page furniture

def test_a_title_glued_after_a_librarys_page_count_keeps_its_name_whatever_its_place():
    # (a place the division table lacks, as a renamed or newly made county: the title's name is still the title's)
    text = ("第1页共7页青禾县民政局2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我局做好社会救助信息公开。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾县民政局"
    assert evidence(r, "doc.agency").startswith("标题")


# ------------------------------------------------------------------- an explainer flattened into one line (A20)

def test_an_explainer_run_on_into_its_text_is_no_report_and_keeps_its_titles_name():
    text = ("舟山市定海区退役军人服务中心2023年政府信息公开工作年度报告图文解读 2023年,定海区退役军人服务中心认真落实"
            "《条例》,向社会公布本年度报告。如有疑问,可与区退役军人服务中心办公室联系。 一、总体情况 (一)主动公开 "
            "全年主动公开信息35条。(二)依申请公开 全年收到申请0件。\n")
    r = parse(text)
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == "舟山市定海区退役军人服务中心"


# --------------------------------------------------------------------- a body's own 党政办公室 as the contact

def test_a_centres_own_party_and_government_office_in_the_contact_line_stands_for_the_centre():
    text = ("依据《条例》编制本报告。如本报告有疑问,请联系:江岸区政务服务中心党政办公室,电话:027-80000000。\n"
            "一、总体情况\n2023年,我中心按要求公开办事指南和部门预算。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "江岸区政务服务中心"

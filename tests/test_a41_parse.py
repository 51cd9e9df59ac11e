"""What a41 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

OPENING = "根据《中华人民共和国政府信息公开条例》和上级有关通知要求,"
TAIL = "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n"


# --- names ---------------------------------------------------------------------------------------------------------


def test_a_subject_under_the_guidance_of_a_thought_opens_the_body():
    # "2022年,某局在…思想的指引下,…": 指引 as 领导/指导 before 下 (A206); a site's metadata names a short form
    r = parse("信息来源: 市府办 | 发布时间: 2023-01-16\n" + OPENING + "编制本年报。" + TAIL
              + "2022年,云溪市人民政府办公室在新时代中国特色社会主义思想的指引下,认真落实各项部署。")
    assert fact(r, "doc.agency") == "云溪市人民政府办公室"
    assert "的指引下" in evidence(r, "doc.agency")


def test_a_guidance_clause_with_no_name_before_it_names_no_one():
    # guard: "在…指引下" after a year alone gives no subject; the site's metadata stays the only naming
    r = parse("信息来源: 市府办 | 发布时间: 2023-01-16\n" + OPENING + "编制本年报。" + TAIL
              + "2022年,在新时代中国特色社会主义思想的指引下,认真落实各项部署。")
    assert fact(r, "doc.agency") == "市府办"


def test_zhiding_the_reports_own_title_names_its_body_over_a_shorter_page_title():
    # "制定某市住房和城乡建设局2022年…年度报告" under a page title "住建局2022年…": the compiling sentence's full name
    # (A207; A3), the page title's 住建局 its abbreviation (A36 without a place's unit)
    r = parse("住建局2022年信息公开工作年度报告\n" + OPENING
              + "制定赣州市住房和城乡建设局2022年政府信息公开工作年度报告。" + TAIL)
    assert fact(r, "doc.agency") == "赣州市住房和城乡建设局"
    assert "制定赣州市住房和城乡建设局" in evidence(r, "doc.agency")


def test_zhiding_a_plan_of_the_year_names_no_author():
    # guard: "制定某县2022年政务公开工作要点" is a plan the body makes, no report
    r = parse(OPENING + "制定于都县2022年政务公开工作要点。\n一、总体要求\n")
    assert fact(r, "doc.agency") is None


def test_a_page_titles_short_form_of_another_body_keeps_its_own_name():
    # guard: the title's 教育局 is no abbreviation of a 住房和城乡建设局 the text also names
    r = parse("教育局2022年信息公开工作年度报告\n" + OPENING
              + "制定赣州市住房和城乡建设局2022年政府信息公开工作年度报告。" + TAIL)
    assert fact(r, "doc.agency") == "教育局"


def test_the_bodys_work_in_reality_it_compiles_from():
    # "根据2022年某市司法局信息公开工作实际编制而成": whose year of work the report is compiled from (A208)
    r = parse("本年报按照《中华人民共和国政府信息公开条例》要求,根据2022年赣州市司法局信息公开工作实际编制而成。"
              + TAIL)
    assert fact(r, "doc.agency") == "赣州市司法局"
    assert "信息公开工作实际编制而成" in evidence(r, "doc.agency")


def test_a_bare_units_supply_cooperative_or_federation_in_the_title():
    # "2022年区供销社政府信息公开年度报告", "2022年县残联…": a people's organisation's short form under a bare
    # unit is the title's name (A209), as MASS_SHORT reads it in a sentence
    for name in ("区供销社", "县残联"):
        r = parse(f"2022年{name}政府信息公开年度报告\n" + OPENING + "特向社会公布本年度报告。" + TAIL)
        assert fact(r, "doc.agency") == name
        assert fact(r, "doc.level") == "department"


def test_a_bare_unit_and_a_party_committee_is_no_title_name():
    # guard: "2022年县委…" names no body of the Regulations
    r = parse("2022年县委政府信息公开年度报告\n" + OPENING + "特向社会公布本年度报告。" + TAIL)
    assert fact(r, "doc.agency") != "县委"

"""The lead's fixes of round a22 (docs/parsing.md, "After the merge of the twenty-second round"). Every text is
invented for the test."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from engine.parse import kind
from tests.parse_support import evidence, fact, parse

PARTS = ("一、主动公开政府信息情况\n{cut}政府信息公开工作运行平稳,全年主动公开信息126条。\n"
         "二、依申请公开政府信息情况\n本年共收到申请3件,均已按期答复。\n"
         "三、政府信息公开的收费及减免情况\n未收取任何费用。\n")


def test_a_year_stated_only_as_the_cut_off_of_the_texts_own_work_is_the_year():
    r = parse(PARTS.format(cut="截至2012年底,本区"))
    assert fact(r, "doc.year") == 2012 and fact(r, "doc.period") == "2012"
    assert "截至2012年底,本区" in evidence(r, "doc.year")
    r = parse(PARTS.format(cut="截止2023年12月31日我局"))
    assert fact(r, "doc.year") == 2023


def test_a_cut_off_of_someone_elses_work_or_two_different_year_ends_give_no_year():
    assert fact(parse(PARTS.format(cut="截至2012年底,某县")), "doc.year") is None  # not the text's own voice
    two = PARTS.format(cut="截至2012年底,本区") + "截至2011年12月31日,全区累计公开信息900条。\n"
    assert fact(parse(two), "doc.year") is None  # which year is reported on is not said
    assert fact(parse(PARTS.format(cut="截至2012年6月,本区")), "doc.year") is None  # no year's end



LEAD_IN = ("本报告是根据《中华人民共和国政府信息公开条例》、《高等学校信息公开办法》以及《关于印发"
           "<青禾职院信息公开指南><青禾职院信息公开目录>的通知》的要求,由青禾职业技术学院编制的{year}信息公开工作报告(本报告所列数据的统计期限为"
           "{period})。\n")
PARTS_OF_A_SCHOOL = ("本文分概述、主动公开信息情况、依申请公开信息情况、存在的问题和改进措施四个部分。\n"
                     "一、概述\n学院高度重视信息公开工作,健全了工作机制。\n二、主动公开信息情况\n全年通过学院网站主动公开信息"
                     "210条。\n三、依申请公开和不予公开信息情况\n本年度未收到信息公开申请。\n")
ACADEMIC = {"year": "2015-2016学年度", "period": "2015年9月1日至2016年8月31日"}


def test_document_titles_nested_in_angle_brackets_are_no_breadcrumb():
    r = parse(LEAD_IN.format(**ACADEMIC) + PARTS_OF_A_SCHOOL)
    assert fact(r, "doc.kind") == "university_annual"
    assert "高校信息公开年度报告: 本报告是根据" in evidence(r, "doc.kind")  # the lead-in is the text's own opening
    crumbs = "您当前的位置:首页 > 政务公开 > 年度报告\n"  # a site's breadcrumb still is one
    r = parse(crumbs + LEAD_IN.format(**ACADEMIC) + PARTS_OF_A_SCHOOL)
    assert fact(r, "doc.kind") == "university_annual" and "位置" not in evidence(r, "doc.kind")


def test_a_college_reporting_on_an_academic_year_is_a_university_report_on_a_page_cut_before_its_parts():
    r = parse(LEAD_IN.format(**ACADEMIC))
    assert fact(r, "doc.agency") == "青禾职业技术学院" and fact(r, "doc.period") == "2015-2016"
    assert fact(r, "doc.kind") == "university_annual"
    assert "统计期为2015-2016学年" in evidence(r, "doc.kind")


def test_a_college_reporting_on_a_calendar_year_stays_a_government_report_on_a_page_cut_before_its_parts():
    r = parse(LEAD_IN.format(year="2016年度", period="2016年1月1日至2016年12月31日"))
    assert fact(r, "doc.period") == "2016"
    assert fact(r, "doc.kind") == "government_annual"


SUMMED = ("本年度报告依据《中华人民共和国政府信息公开条例》的规定,{how}编制而成。全文包括概述、主动公开政府信息情况、"
          "依申请公开政府信息情况等部分。\n一、概述\n2018年,全区各部门持续推进政务公开。\n二、主动公开政府信息情况\n"
          "全年主动公开政府信息4100条。\n如对本报告有疑问,请与{contact}联系。\n")


def test_an_area_report_summed_up_from_its_bodies_names_the_area_not_the_compiling_office():
    r = parse(SUMMED.format(how="由青浦区人民政府办公室综合区政府各委、办、局及各街道、镇的工作情况",
                            contact="青浦区人民政府办公室"))
    assert fact(r, "doc.agency") == "青浦区" and fact(r, "doc.level") == "county"
    assert "由青浦区人民政府办公室综合" in evidence(r, "doc.agency")
    r = parse(SUMMED.format(how="综合2018年度衢州市各县(市、区)政府和市级各部门的年度报告",
                            contact="衢州市人民政府办公室"))
    assert fact(r, "doc.agency") == "衢州市" and fact(r, "doc.level") == "city"


def test_an_office_summing_up_its_own_year_or_an_unknown_place_is_left_as_before():
    r = parse(SUMMED.format(how="由青浦区人民政府办公室综合全年工作情况", contact="青浦区人民政府办公室"))
    assert fact(r, "doc.agency") == "青浦区人民政府办公室"  # no bodies summed up: the office may report for itself (A5)
    r = parse(SUMMED.format(how="综合2018年度市区各县(市、区)政府的年度报告", contact="市政府办公室"))
    assert fact(r, "doc.agency") == "市政府办公室"  # no known place summed up: no area, the contact as before


HOSPITAL = ("本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n"
            "2022年,我院扎实推进院务公开,主动公开信息86条。\n"
            "二、收到和处理政府信息公开申请情况\n本年未收到申请。\n如对本报告有疑问,请与{contact}联系。\n")


def test_a_hospitals_own_office_in_the_contact_line_stands_for_the_hospital():
    r = parse(HOSPITAL.format(contact="青禾县中医院行政办公室"))
    assert fact(r, "doc.agency") == "青禾县中医院" and fact(r, "doc.level") == "unknown"
    assert "青禾县中医院行政办公室" in evidence(r, "doc.agency")
    r = parse(HOSPITAL.format(contact="青禾县卫生健康局办公室"))  # a bureau's office: the bureau, as before (A19)
    assert fact(r, "doc.agency") == "青禾县卫生健康局" and fact(r, "doc.level") == "department"


def _report_with(line: str):
    return parse("某县市场监督管理局2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我局" + line + "\n"
                 "二、主动公开政府信息情况\n全年主动公开信息88条。\n"
                 "三、收到和处理政府信息公开申请情况\n本年收到申请2件,均已答复。\n")


def test_complaints_and_enquiries_counted_together_are_neither_count():
    r = _report_with("与全国价格举报热线联网,全年办结价格举报案件及咨询件56件。")
    assert fact(r, "consultations.total") is None and fact(r, "appeals.complaints") is None


def test_enquiries_or_complaints_counted_apart_are_still_read():
    r = _report_with("全年接受信息公开咨询40人次,受理信息公开举报3件。")
    assert fact(r, "consultations.total") == 40 and fact(r, "appeals.complaints") == 3


def test_a_news_item_about_a_report_is_no_report_though_a_paragraph_counts_items_disclosed():
    r = parse("2021年政府信息公开工作年度报告发布\n青禾省公开政策文件180件\n"
              "日前,青禾省人民政府向社会发布2021年政府信息公开工作年度报告。报告显示,全年公开政策文件180件,"
              "回应网民留言5200件。\n2021年,省人民政府持续深化政务公开,全年通过省政府网站公开信息6100条,"
              "发布解读材料300余篇。\n")
    assert fact(r, "doc.kind") not in ("government_annual", "university_annual")
    assert r.status != "ok"


@given(st.text(alphabet="xX×某○省市县街道 甲1", max_size=12))
def test_the_blank_marks_gate_holds_for_every_placeholder_body(text):
    # kind.BLANK_MARKS is tested before PLACEHOLDER_BODY's scan: it must be in every text the pattern matches
    if kind.PLACEHOLDER_BODY.search(text):
        assert any(w in text for w in kind.BLANK_MARKS)

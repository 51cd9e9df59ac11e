"""Who reports, for which year and what the page is (issue 12, a24-blind-doc): the doc-field classes the a24 blind
pages showed — a title that names a bare province after its year, a heading run on into its paragraph before the
year, a government's service centre as the contact of a text that speaks as its county, a guide that names itself
for short in its opening, and a commission's own office heading the report it sends up. Every text is invented for
the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息120条。\n"
         "三、依申请公开政府信息办理情况\n本年度未收到政府信息公开申请。\n"
         "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议、行政诉讼。\n")


# a title that names a bare province after its year (A2): the province as written, level province
def test_a_bare_province_after_the_year_in_the_title():
    for province, level in (("云南省", "province"), ("甘南藏族自治州", "city")):
        r = parse(f"2016年{province}政府信息公开工作年度报告\n本报告依照《条例》编写。如有疑问,请与省政府信息公开"
                  "办公室联系。\n一、概述\n2016年,全省各级机关持续深化公开。\n" + PARTS)
        assert fact(r, "doc.agency") == province
        assert fact(r, "doc.level") == level
        assert evidence(r, "doc.agency").startswith(f"标题: 2016年{province}")


def test_a_province_left_blank_or_unknown_names_no_one():
    for province in ("某省", "青禾省"):
        r = parse(f"2016年{province}政府信息公开工作年度报告\n本报告依照《条例》编写。\n一、概述\n"
                  "2016年,全省各级机关持续深化公开。\n" + PARTS)
        assert fact(r, "doc.agency") != province


# a heading run on into its paragraph (the page lost the line break), then the year and a named subject
def test_the_year_after_a_heading_run_on():
    r = parse("一、总体情况 2021年度,青禾供水有限公司依照《条例》开展公开工作,共发布信息85条。\n" + PARTS)
    assert fact(r, "doc.year") == 2021
    assert fact(r, "doc.period") == "2021"


def test_a_plan_after_a_heading_run_on_is_no_year():
    r = parse("一、总体情况 2022年度,我们将继续依照《条例》开展公开工作。\n" + PARTS)
    assert fact(r, "doc.year") is None


# a government's service centre as the contact of a text that speaks as its county: the desk that answers
# enquiries; the county's government is named by the site that carries its report (A40)
CENTRE = ("根据《中华人民共和国政府信息公开条例》,现公布本年度报告。如对本报告有疑问,请联系青禾县政务服务中心。"
          "{site}\n一、总体情况\n本年度,我县持续推进政务公开。\n" + PARTS)


def test_a_service_centre_under_the_county_voice_is_no_author():
    r = parse(CENTRE.format(site=""))
    assert fact(r, "doc.agency") is None
    r = parse(CENTRE.format(site="本报告的电子版可在青禾县人民政府门户网站下载。"))
    assert fact(r, "doc.agency") == "青禾县人民政府"
    assert fact(r, "doc.level") == "county"
    assert evidence(r, "doc.agency").startswith("报告发布网站: 本报告的电子版可在青禾县人民政府")


def test_a_centre_that_speaks_as_itself_keeps_its_name():
    r = parse(CENTRE.format(site="").replace("我县", "我中心"))
    assert fact(r, "doc.agency") == "青禾县政务服务中心"


# a guide that names itself for short in its opening sentences: no report, its place's government (A71)
GUIDE = ("根据《政府信息公开条例》,我乡制作或者获取的政府信息,除依法免予公开的外,均应予以公开。\n"
         "为做好公开服务,结合青禾乡实际,{lead}我乡编制了《青禾乡政府信息公开指南》(以下简称《指南》)。\n"
         "一、主动公开的信息\n主动公开的范围见本乡的公开目录。\n二、依申请公开\n受理机构为青禾乡人民政府党政办公室。\n")


def test_a_guide_that_names_itself_for_short():
    r = parse(GUIDE.format(lead=""))
    assert fact(r, "doc.kind") == "other"
    assert evidence(r, "doc.kind").startswith("正文自述为指南")
    assert fact(r, "doc.agency") == "青禾乡人民政府"


def test_a_report_that_compiled_its_guide_stays_a_report():
    r = parse(GUIDE.format(lead="本报告说明本年度工作。") + PARTS)
    assert not evidence(r, "doc.kind").startswith("正文自述为指南")
    assert fact(r, "doc.agency") != "青禾乡人民政府"


# a commission's own office heading the report it sends up, the body taking the commission as its subject (A19)
LETTER = ("昆明市卫生健康委员会办公室\n关于2019年度政府信息公开工作情况的{what}\n市政府信息公开办公室:\n"
          "根据《条例》,编制本年度报告。\n一、基本情况\n2019年,{subject}认真落实《条例》要求。\n" + PARTS)


def test_the_commission_reports_through_its_office():
    r = parse(LETTER.format(what="报告", subject="昆明市卫生健康委员会"))
    assert fact(r, "doc.agency") == "昆明市卫生健康委员会"
    assert fact(r, "doc.level") == "department"


def test_an_office_the_body_never_leaves_is_kept():
    r = parse(LETTER.format(what="报告", subject="我办"))
    assert fact(r, "doc.agency") == "昆明市卫生健康委员会办公室"
    r = parse(LETTER.format(what="通知", subject="昆明市卫生健康委员会"))  # a notice the office issues
    assert fact(r, "doc.agency") != "昆明市卫生健康委员会"

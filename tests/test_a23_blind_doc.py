"""The doc fields on the a23 blind set's classes (issue 12, a23-blind-doc): a news headline whose subject runs into
its verb 研究部署, a report turned into a sample with its year a blank (201x), a statutory title in its short form
(…政府信息公开年报) over a page whose first part is its work measures, a date under the label 发布 alone, and the
year of a work summary's "现将2018年主要工作总结如下". Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import fact, parse

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息86条。\n"
         "三、依申请公开政府信息情况\n本年度未收到政府信息公开申请。\n"
         "四、政府信息公开的收费及减免情况\n本年度未收取任何费用。\n"
         "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议、行政诉讼。\n")


# a news headline: the subject runs into the verb 研究部署 before the year; 部署 ends no body's name
def test_a_news_headline_s_subject_run_into_its_verb_is_no_name():
    text = ("县政府机关党组研究部署2023年政务公开工作\n"
            "5月12日上午,县政府机关党组召开会议研究部署2023年政务公开工作。会议听取了县政务公开办关于我县2023年"
            "政务公开重点任务的汇报,要求各部门抓紧抓实,确保各项任务落到实处。\n")
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.kind") == "other"


def test_a_body_ending_in_shu_keeps_its_name():
    # 署 still ends a name: a 行政公署 reporting under its own title (the near miss the rule leaves alone)
    text = "青禾地区行政公署2023年政府信息公开工作年度报告\n一、概述\n2023年,行署认真落实《条例》。\n" + PARTS
    assert fact(parse(text), "doc.agency") == "青禾地区行政公署"


# a report turned into a sample: one blank body and the year a blank, no year stated anywhere
SAMPLE = ("1、工作报告 根据《中华人民共和国政府信息公开条例》和XX县政府办关于政府信息公开工作的有关规定,现将我局"
          "{year}年度政府信息公开年度报告如下。\n"
          "一、主动公开政府信息情况\n县水利局{year}年全年主动公开政府信息120条,其中政策法规类15条。\n"
          "二、依申请公开政府信息情况\n本年度未收到政府信息公开申请。\n"
          "三、政府信息公开的收费及减免情况\n本年度未收取任何费用。\n"
          "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议、行政诉讼。\n")


def test_a_report_with_its_year_a_blank_and_one_blank_body_is_a_template():
    for blank in ("201x", "20XX", "201*"):
        assert fact(parse(SAMPLE.format(year=blank)), "doc.kind") == "template"


def test_a_report_with_its_year_and_one_blank_body_stays_a_report():
    # the year stated: a report that left one name blank, not a sample (the near miss)
    r = parse(SAMPLE.format(year="2016"))
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.year") == 2016


# the statutory title in its short form over a page whose first part is its work measures, cut after it
MEASURES = ("{title}\n  • 发布时间: 2019-02-18 15: 32\n  • 信息来源: 县水务集团\n"
            "2018年,县水务集团认真贯彻《中华人民共和国政府信息公开条例》,积极推进政府信息公开工作。全年主动公开停水通知"
            "20条。具体做法如下:\n一、政府信息公开工作措施\n(一)加强组织领导。成立了由总经理任组长的政务公开工作领导小组,"
            "下设办公室,确定了专兼职人员。\n")


def test_a_short_statutory_title_over_its_work_measures_is_a_report():
    for title in ("青禾县水务集团有限公司2018年度政府信息公开年报",
                  "青禾县水务集团有限公司2018年度政府信息公开年度报告"):
        assert fact(parse(MEASURES.format(title=title)), "doc.kind") == "government_annual"


def test_a_summary_title_over_its_work_measures_stays_no_report():
    r = parse(MEASURES.format(title="青禾县水务集团有限公司2018年度政府信息公开工作总结"))
    assert fact(r, "doc.kind") != "government_annual"


def test_measures_and_plans_after_the_first_part_still_close_a_summary():
    # the closing parts reached with no 依申请 part: a summary, whatever its title says (unchanged)
    text = ("青禾县水务集团有限公司2018年度政府信息公开年报\n2018年,县水务集团认真贯彻《条例》。\n"
            "一、主要做法\n全年主动公开停水通知20条。\n二、存在的问题\n公开形式较为单一。\n"
            "三、下一步工作打算\n进一步加强培训。\n")
    assert fact(parse(text), "doc.kind") != "government_annual"


# 发布 alone as a date's label under a title
def test_a_date_under_the_label_fabu_alone_is_the_publication_date():
    text = ("信息公开年报\n\n青禾职业学院2022-2023学年信息公开工作报告\n\n发布:2023-10-31\n\n"
            "为贯彻《高等学校信息公开办法》,编制本报告。\n一、概述\n学校高度重视信息公开工作。\n")
    assert fact(parse(text), "doc.published_on") == "2023-10-31"


def test_an_update_stamp_is_no_publication_date():
    text = ("信息公开年报\n\n青禾职业学院2022-2023学年信息公开工作报告\n\n更新发布:2024-01-12\n\n"
            "为贯彻《高等学校信息公开办法》,编制本报告。\n一、概述\n学校高度重视信息公开工作。\n")
    assert fact(parse(text), "doc.published_on") is None


# a work summary's year in its summing-up sentence
def test_the_year_a_summary_sums_up():
    text = ("根据上级政府信息公开工作有关要求,结合集团工作实际,现将2018年主要工作总结如下: 一、2018年主要工作 一是加强"
            "组织领导,明确专人负责信息公开内容维护。\n")
    r = parse(text)
    assert fact(r, "doc.year") == 2018
    assert fact(r, "doc.period") == "2018"


def test_a_summing_up_sentence_without_a_year_gives_none():
    text = ("根据上级政府信息公开工作有关要求,结合集团工作实际,现将主要工作总结如下: 一、主要工作 一是加强组织领导,"
            "明确专人负责信息公开内容维护。\n")
    assert fact(parse(text), "doc.year") is None


# the title's name in brackets on a line of its own below it, over a site's 发布机构 (the body's successor)
OWN_LINE = ("标题: | 2019年度政府信息公开工作年度报告 (青禾县经贸局) | ||\n---|---|---|---|\n"
            "发文日期: | 2020-02-12 | 发布机构: | 青禾县工业和信息化局 |\n2019年度政府信息公开工作年度报告\n{below}\n"
            "本年报根据《中华人民共和国政府信息公开条例》的要求,由县经贸局办公室负责组织编制。\n"
            "一、概述\n2019年,我局认真落实《条例》。\n")


def test_the_title_s_name_in_brackets_on_its_own_line():
    r = parse(OWN_LINE.format(below="(青禾县经贸局)"))
    assert fact(r, "doc.agency") == "青禾县经贸局"
    assert fact(r, "doc.level") == "department"


def test_a_date_in_brackets_below_the_title_is_no_name():
    r = parse(OWN_LINE.format(below="(2020年2月12日)"))
    assert fact(r, "doc.agency") == "青禾县工业和信息化局"


# the page's title with a bare place, the document's own heading under it naming the place's government
def test_the_document_s_heading_names_the_place_s_government():
    cases = (
        ("2016年武江区云岭镇政府信息公开年度报告\n韶关市武江区云岭镇人民政府2016年政府信息公开年度报告 本年报是按照"
         "《中华人民共和国政府信息公开条例》要求编制的。\n", "韶关市武江区云岭镇人民政府", "township"),
        ("包头市东河区2014政府信息公开工作年度报告\n包头市东河区人民政府\n2014年政府信息公开工作年度报告\n"
         "(2015年3月23日)\n根据《条例》要求,现将我区2014年政府信息公开工作公布如下:\n",
         "包头市东河区人民政府", "county"),
    )
    for opening, name, level in cases:
        r = parse(opening + "一、概述\n本年度认真落实《条例》。\n" + PARTS)
        assert fact(r, "doc.agency") == name
        assert fact(r, "doc.level") == level


def test_a_bare_place_in_the_title_and_its_government_only_in_the_contact_stays_bare():
    # A2: the government named elsewhere (the contact line) leaves the title's bare place as it is
    text = ("包头市东河区2014年政府信息公开工作年度报告\n根据《条例》要求,现将我区2014年政府信息公开工作公布如下。"
            "如有疑问,请与包头市东河区人民政府办公室联系。\n一、概述\n本年度认真落实《条例》。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "包头市东河区"


# no title line: the opening sentence starts with the report's title and its declared short form
def test_a_title_run_into_the_opening_after_its_short_form():
    text = ("宣汉县2009年政府信息公开工作年度报告(以下简称年报)根据《中华人民共和国政府信息公开条例》(以下简称《条例》)"
            "进行编制。全文包括概述,政府信息主动公开情况,政府信息依申请公开情况等6个部分。\n"
            "一、概述\n(一)规范政府信息公开内容。全县认真落实《条例》。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "宣汉县"
    assert fact(r, "doc.level") == "county"


def test_a_report_s_short_form_in_an_opening_without_a_name_gives_none():
    text = ("本年度报告(以下简称年报)根据《中华人民共和国政府信息公开条例》(以下简称《条例》)进行编制。全文包括概述,"
            "政府信息主动公开情况,政府信息依申请公开情况等6个部分,所列数据的统计期限自2009年1月1日起至2009年12月31日止。\n"
            "一、概述\n(一)规范政府信息公开内容。认真落实《条例》。\n" + PARTS)
    assert fact(parse(text), "doc.agency") is None


# a place's own plan for the year as the page's title, the year first
def test_a_place_s_own_plan_title_names_the_place():
    text = ("2022年东湖区政务公开工作要点\n根据《国务院办公厅关于印发2022年政务公开工作要点的通知》等文件精神,"
            "结合我区实际,制定本工作要点。 一、总体要求 做好2022年全区政务公开工作的总体要求是:以公开促落实。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "东湖区"
    assert fact(r, "doc.kind") == "other"


def test_a_plan_cited_on_the_first_line_names_no_one():
    text = ("按照《2022年东湖区政务公开工作要点》要求,结合工作实际,现将有关事项通知如下。\n"
            "一、提高认识 各单位要高度重视政务公开工作。\n")
    assert fact(parse(text), "doc.agency") is None


# a customs district's title, its customs the compiler (A3 over the title; L18)
CUSTOMS = ("您的位置:首页 > 政府信息公开 > 政府信息公开年报 > 关区报告\n\n青岛海关关区2020年政府信息公开年报\n\n"
           "  本年报由{compiler}编制。年报中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n"
           "一、总体情况\n2020年,关区认真落实《条例》。\n")


def test_a_customs_district_compiled_by_its_customs_is_the_customs():
    r = parse(CUSTOMS.format(compiler="青岛海关根据《中华人民共和国政府信息公开条例》(以下简称条例)"))
    assert fact(r, "doc.agency") == "青岛海关"
    assert fact(r, "doc.level") == "unknown"  # (a vertically managed national body's branch: L41, revised a52)


def test_a_customs_district_compiled_from_its_units_stays_the_district():
    r = parse(CUSTOMS.format(compiler="青岛海关关区各单位汇总"))
    assert fact(r, "doc.agency") == "青岛海关关区"

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

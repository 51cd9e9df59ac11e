"""The classes a fresh set of real page openings showed (issue 12, a21-fresh): a proactive total passed over for one
of its parts, a channel's or a column's count taken where no total is stated, a compiler whose basis stands between
it and its verb, a generic bureau named before its year, a verb read as a township's name, a byline dated with
slashes. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

HEAD = "2022年度政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况。"
PARTS = ("二、收到和处理政府信息公开申请情况\n本年未收到公开申请。\n"
         "三、政府信息公开行政复议、行政诉讼情况\n本年未发生复议和诉讼。\n"
         "四、存在的主要问题及改进情况\n公开内容不够丰富,下一步将加强培训。\n")


def test_the_total_before_its_parts_not_the_first_part():
    r = parse(HEAD + "全年在县政府门户网站专栏发布涉及机构职能、政策文件、建议提案等方面信息213条,其中机构职能公开"
               "信息54条,公开建议提案29条,政策文件11条。\n" + PARTS)
    assert fact(r, "proactive.new") == 213
    assert "213条" in evidence(r, "proactive.new")


def test_an_estimated_total_in_wan_over_the_channels_after_its_qizhong():
    # traditional characters, 約 and 萬: the total, not the website's or the new media's count after 其中
    r = parse(HEAD + "2022年度,通過政府網站、政務新媒體等平臺主動公開各類政府水利信息約32.5萬條(含行政許可類信息),其中:"
               "通過政府網站發布政府信息4100條,通過政務新媒體發布各類信息5230條。\n" + PARTS)
    assert fact(r, "proactive.new") == 325000
    r = parse(HEAD + "全年主动公开水利信息约860条。\n" + PARTS)
    assert fact(r, "proactive.new") == 860

    # a part that is the year's own stays: the disclosed share of everything published
    r = parse(HEAD + "通过门户网站发布信息3120条,其中主动公开各类政府信息1406条。\n" + PARTS)
    assert fact(r, "proactive.new") == 1406


def test_a_total_in_the_overview_over_a_websites_count_of_one_kind():
    text = ("某街道办事处2021年政府信息公开工作年度报告\n所列数据统计时限为2021年1月1日至2021年12月31日。\n"
            "一、总体情况\n2021年,某街道办事处主动公开信息数为341条,其中通过网站公开200条,公告栏公开141条。\n"
            "(一)主动公开\n1.民生信息公开。2021年,办事处在政府门户网站上公开社会救助信息9条。\n"
            "2.城乡管理信息公开。2021年,通过政府门户网站公开城乡建设信息12条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "proactive.new") == 341
    # alone, such a count is that kind's, no total (README: null unless only a website count is given)
    r = parse("某街道2021年政府信息公开工作年度报告\n一、主动公开\n2021年,办事处在政府门户网站上公开社会救助信息9条。\n"
              + PARTS)
    assert fact(r, "proactive.new") is None


def test_a_numbered_columns_count_is_no_total():
    r = parse("某局2020年政府信息公开工作年度报告\n一、总体情况\n(一)落实主动公开要求。在门户网站专栏发布法定主动公开"
              "内容:\n1.“政府信息公开目录”:发布各类文件318件,其中局令6件、公告140件;\n"
              "2.“法定主动公开内容”:发布信息45条。\n" + PARTS)
    assert fact(r, "proactive.new") is None


def test_the_compiler_with_its_basis_between_subject_and_verb():
    text = ("2015年城关镇政府信息公开年度报告\n"
            "  城关镇人民政府根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的要求,特编制2015年度城关镇"
            "政府信息公开年度报告并向社会公布。本年报由概述、主动公开情况、依申请公开情况、收费情况、复议和诉讼情况组成。\n"
            "一、概况\n我镇成立了政府信息公开工作领导小组。\n" + PARTS)
    r = parse(text)
    # (a48 revises A56: the title's bare place stays; with no title the compiler, its basis between, is the author)
    assert fact(r, "doc.agency") == "城关镇"
    r = parse(text.split("\n", 1)[1])
    assert fact(r, "doc.agency") == "城关镇人民政府"
    assert "城关镇人民政府根据" in evidence(r, "doc.agency")
    # a basis with no verb of compiling after it leaves the title's form
    r = parse(text.replace(",特编制2015年度城关镇政府信息公开年度报告并向社会公布", ",认真做好政府信息公开工作"))
    assert fact(r, "doc.agency") == "城关镇"


def test_a_generic_bureau_named_before_its_year():
    r = parse("根据政府信息公开条例的有关规定,现将我局201x年度政府信息公开年度报告如下。 一、主动公开政府信息情况"
              "县建设局201x年全年主动公开政府信息120条,在主动公开的信息中,政策法规类的信息17条。二、申请公开政府信息"
              "办理情况一年来,我局暂未收到公开申请。三、政府信息公开的收费及减免情况未收费。四、因政府信息公开申请行政"
              "复议、提请诉讼情况我局未出现行政复议和行政诉讼情况。")
    assert fact(r, "doc.agency") == "县建设局"
    # not in a text that does not speak as a bureau
    r = parse("根据条例规定,现将我镇2019年度政府信息公开年度报告如下。\n一、主动公开政府信息情况\n"
              "县建设局2019年全年主动公开政府信息120条。\n" + PARTS)
    assert fact(r, "doc.agency") != "县建设局"


def test_a_verb_before_xiang_is_no_township():
    r = parse("根据《条例》,现公布我乡2023年政府信息公开工作年度报告。\n一、总体情况\n"
              "2023年,我乡高度重视信息公开工作。\n(一)主动公开。2023年全乡主动公开信息共计60条。\n"
              "(二)政府信息管理。严格执行制度要求,做到全面真实,形成乡主要领导负责、分管领导具体抓的工作格局。\n"
              + PARTS)
    assert fact(r, "doc.agency") is None


def test_a_bylines_date_with_slashes():
    r = parse("某省人民政府2016年政府信息公开工作报告\n某省人民政府办公厅  2017/3/29\n\n"
              "本报告根据《条例》编制。全文包括概述、主动公开情况、依申请公开情况。\n一、概述\n2016年,全省扎实推进。\n"
              + PARTS)
    assert fact(r, "doc.published_on") == "2017-03-29"
    assert "2017/3/29" in evidence(r, "doc.published_on")
    # a date alone is no byline of a body, nor a date after words that name none
    r = parse("某省人民政府2016年政府信息公开工作报告\n浏览量统计  2017/3/29\n\n本报告根据《条例》编制。\n" + PARTS)
    assert fact(r, "doc.published_on") != "2017-03-29"

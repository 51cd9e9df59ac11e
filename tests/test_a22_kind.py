"""Report or not a report (issue 12, a22-kind): the classes fresh real pages showed — a document library's sample whose
own title leaves its body and its year blank (`XX镇201*年度…年度报告`) while the library's file name gives a year, a
news item on a notice about school reports or on a model report (its dateline `本报…讯 记者…`, or its lead `近日，某厅
印发《…》`), and a city's account of which bodies published their reports (`…年度报告公布情况`). Every text is
invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息120条。\n"
         "三、依申请公开政府信息办理情况\n本年度收到政府信息公开申请2件,均已办结。\n"
         "四、政府信息公开的收费及减免情况\n本年度未收取任何费用。\n"
         "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议、行政诉讼。\n")

# a document library's copy of a sample: the file name carries a year, the sample's own title leaves body and year blank
LIBRARY_SAMPLE = ("镇2024年度政府信息公开工作年度报告.docx\n"
                  "《镇2024年度政府信息公开工作年度报告.docx》由会员上传,可在线阅读。\n"
                  "1、{title} {title}依据《条例》编制。全文由概述、主动公开政府信息情况、依申请公开政府信息情况、"
                  "行政复议和行政诉讼情况等部分组成。本报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。\n"
                  "一、概述\n{body}镇高度重视政府信息公开工作,成立了领导小组。\n" + PARTS)


def test_a_sample_whose_title_leaves_body_and_year_blank_is_a_template():
    for title, year, body in (("XX镇201*年度政府信息公开工作年度报告", "201*", "XX"),
                              ("××镇20XX年政府信息公开工作年度报告", "20XX", "××"),
                              ("某某镇20xx年度政府信息公开工作年度报告", "20xx", "某某")):
        r = parse(LIBRARY_SAMPLE.format(title=title, year=year, body=body))
        assert fact(r, "doc.kind") == "template", title
        assert title[:6] in evidence(r, "doc.kind")
        assert fact(r, "quality.placeholders") is True


def test_a_report_with_a_stray_blank_stays_a_report():
    # one figure left as XX, or a plan's blank year quoted: the body and the year are the report's own
    for line in ("全年主动公开信息XX条。", "按照《20XX年政务公开工作要点》的部署推进工作。", "联系人:XX镇党政办。"):
        r = parse("青禾县石湾镇2023年政府信息公开工作年度报告\n一、概述\n2023年,石湾镇高度重视政府信息公开工作。"
                  + line + "\n" + PARTS)
        assert fact(r, "doc.kind") == "government_annual", line
        assert fact(r, "doc.year") == 2023


def test_a_filled_title_with_a_blank_elsewhere_stays_a_report():
    # the title is the body's own (石湾镇2023年度…), only the statistics period left blank: no sample's title
    r = parse(LIBRARY_SAMPLE.format(title="石湾镇2023年度政府信息公开工作年度报告", year="20XX", body="石湾"))
    assert fact(r, "doc.kind") == "government_annual"


# a news item on reports: its dateline, or a lead reporting another body's notice
def test_a_news_item_on_school_reports_is_no_report():
    r = parse("高校信息公开年度报告本月底前公布\n2024-10-20 云岭教育\n"
              "近日,云岭省教育厅印发《关于做好高等学校信息公开年度报告工作的通知》。《通知》要求,本年度报告应于10月31日"
              "前在学校网站公布。\n年度报告包括哪些内容?\n(一)概述;\n(二)主动公开情况;\n(三)依申请公开和不予公开情况;\n"
              "(五)因学校信息公开工作受到举报、复议、诉讼的情况。\n")
    assert fact(r, "doc.kind") == "other"
    assert "近日,云岭省教育厅印发" in evidence(r, "doc.kind")


def test_a_news_item_by_its_dateline_is_no_report():
    r = parse("某中心公布信息公开年度报告范本\n"
              "本报6月3日讯 记者李青 在今天召开的研讨会上,某中心公布了年度报告范本。范本要求说明本年度报告的数据统计"
              "期限,如对年报有疑问可以联系的工作人员,依申请公开的数量和答复情况。\n")
    assert fact(r, "doc.kind") == "other"
    assert "本报6月3日讯" in evidence(r, "doc.kind")


def test_a_report_that_says_recently_it_did_the_work_stays_a_report():
    # the lead is the reporting body's own (日前，我局…), and a news dateline further down is a quotation
    r = parse("云岭市水务局2023年政府信息公开工作年度报告\n"
              "日前,我局召开会议部署政府信息公开年度报告编制工作。现将2023年政府信息公开工作年度报告如下。\n"
              "一、概述\n2023年,我局认真贯彻《条例》。本报讯记者李青曾报道我局的公开专栏。\n" + PARTS)
    assert fact(r, "doc.kind") == "government_annual"


# a report on the reports (whether the bodies published them), not one of them
def test_an_account_of_published_reports_is_no_report():
    for opening in ("云岭市2023年政府信息公开工作年度报告公布情况\n发布时间:2024-02-05\n"
                    "根据要求,我市组织各单位编制并发布年度报告。现将云岭市2023年政府信息公开工作年度报告公布情况报告如下:\n",
                    "根据要求,我市组织各单位编制并发布年度报告。现将云岭市2023年政府信息公开工作年度报告公布情况报告如下:\n"):
        r = parse(opening + "一、我市应公布年度报告单位37个,按时公布率100%。\n二、各单位均在市政府网站发布年度报告。\n")
        assert fact(r, "doc.kind") == "other", opening[:20]
        assert "年度报告公布情况" in evidence(r, "doc.kind")


def test_a_report_with_a_part_on_its_own_publication_stays_a_report():
    r = parse("云岭市2023年政府信息公开工作年度报告\n现将云岭市2023年政府信息公开工作年度报告如下。\n"
              "一、总体情况\n(一)年度报告公布情况\n我市按时公布了上年度报告。\n" + PARTS)
    assert fact(r, "doc.kind") == "government_annual"


# a blank statistics form: who fills it in, and its date field blank (year, month and day)
FORM = ("附件2\n云岭市政府信息公开情况统计报表\n01 单位名称:\n单位负责人:\n02 单位盖章:\n填 报 人:\n{date}\n"
        "指 标 名 称\n| 计量单位\n| 本期实际\n| 本年累计\n|\n主动公开信息数\n| 条\n|\n|\n申请总数\n| 条\n|\n|\n"
        "行政复议数\n| 件\n|\n|\n行政诉讼数\n| 件\n|\n|\n")


def test_a_blank_statistics_form_is_a_template_with_blanks():
    r = parse(FORM.format(date="报出日期: 年 月 日"))
    assert fact(r, "doc.kind") == "template"
    assert "报出日期:年月日" in evidence(r, "doc.kind").replace(" ", "")


def test_a_report_whose_appended_form_left_its_date_blank_stays_a_report_with_no_placeholder():
    # (the lead, at the merge: a blank date field in a report's form is no template remnant worth points)
    r = parse("云岭市某局2010年政府信息公开工作年度报告\n一、概述\n2010年,我局认真贯彻《条例》。\n" + PARTS
              + FORM.format(date="报出日期: 年 月 日").replace("|\n|\n", "| 120\n| 120\n", 1))
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "quality.placeholders") is False


def test_a_filled_form_has_no_blank():
    r = parse(FORM.format(date="报出日期: 2024年1月5日"))
    assert fact(r, "doc.kind") != "template"
    assert fact(r, "quality.placeholders") is False


def test_a_report_signed_with_a_year_and_no_day_keeps_no_blank():
    r = parse("青禾县石湾镇2023年政府信息公开工作年度报告\n一、概述\n2023年,石湾镇高度重视政府信息公开工作。\n" + PARTS
              + "青禾县石湾镇人民政府\n2024年 月 日\n")
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "quality.placeholders") is False


# the statutory title as a whole cell of a flattened table (a run of `| | |` after it, or a metadata row's cell), on a
# page cut before its parts: the title says what the page is, as a plain title line does (K2)
CUT_BODY = ("根据《条例》要求,现将本镇年度政府信息公开工作情况报告如下。2022年,我镇全年主动公开政府信息50条,未收到政府"
            "信息公开申请。我镇坚持以公开为常态、不公开为例外,围绕中心工作,加强组织领导,完善工作机制,规范公开流程,"
            "拓展公开渠道,及时发布政策文件、工作动态、财政预决算和办事指南等信息,切实保障人民群众的知情权、参与权和"
            "监督权,全年未发生因政府信息公开引起的行政复议和行政诉讼。\n")
TITLE = "石湾镇2022年政府信息公开工作年度报告"


def test_the_statutory_title_in_a_cell_is_the_title():
    for opening in (TITLE + " | " + "|" * 120 + "\n2023年01月19日 (点击: ) | " + "|" * 120 + "\n",
                    "| 标 题 | " + TITLE + " | | |\n| 发布日期 | 2023-01-10 | | |\n",
                    "| 索引号: | 0012/2023-001 | 公开方式: | 主动公开 |\n| 发布单位: | 石湾镇 |\n" + TITLE + " | ||\n",
                    "发布机构 石湾镇 | 发布日期 2023-01-10 | " + TITLE + "\n"):
        r = parse(opening + CUT_BODY)
        assert fact(r, "doc.kind") == "government_annual", opening[:30]
        assert "标题: " + TITLE in evidence(r, "doc.kind")


def test_a_list_of_report_links_in_cells_is_no_title():
    # a site's list: several reports' titles in cells, one a line: no title of this page
    links = "".join(f"| 石湾镇{y}年政府信息公开工作年度报告 | {y + 1}-01-10 |\n" for y in (2022, 2021, 2020))
    r = parse(links + CUT_BODY)
    assert fact(r, "doc.kind") != "government_annual"

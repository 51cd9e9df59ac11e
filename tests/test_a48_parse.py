"""What a48 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

import pytest
from parse_support import fact, parse

from engine.parse import divisions
from engine.parse.meta import find_level

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

PARTS = ("一、总体情况\n全年公开信息86条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
         "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n")

# --- a breadcrumb whose spaces are gone ---------------------------------------------------------------------------


@needs_divisions
def test_a_breadcrumb_glued_into_one_line_gives_way_to_the_title_below_it():
    # "首页 政府信息公开 某区人民政府 年度报告": once the spaces between its steps are gone it reads like a title
    # line, but the page's own title, with its year, stands below it
    r = parse("首页 政府信息公开 拱墅区人民政府 政府信息公开年度报告 区年度报告\n\n往年报告\n\n"
              "2022年杭州市拱墅区政府信息公开工作年度报告\n发布时间:2023/1/30\n\n"
              "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n" + PARTS)
    assert fact(r, "doc.agency") == "杭州市拱墅区"
    assert "首页" not in r.facts["doc.agency"].evidence


@needs_divisions
def test_a_glued_breadcrumb_alone_still_names_the_body():
    # with no other title line, the breadcrumb's last steps are all the page has (its navigation is cut off)
    r = parse("首页 政府信息公开 拱墅区人民政府 政府信息公开年度报告\n\n"
              "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n" + PARTS)
    assert fact(r, "doc.agency") == "拱墅区人民政府"


# --- a guide under a site's menu ----------------------------------------------------------------------------------


def test_a_guide_under_a_menu_that_lists_the_annual_reports_is_no_report():
    # the site's left menu holds "政府信息公开年报", one word a line; the page is the guide, which names itself
    menu = "法定主动\n公开内容\n\n政府信息\n公开年报\n\n依申请\n公开\n\n"
    r = parse(menu + "鹿城区五马街道政府信息公开指南\n发布日期:2025-06-03\n\n"
              "依照《中华人民共和国政府信息公开条例》的规定,本机关编制《鹿城区五马街道办事处政府信息公开指南》"
              "(以下简称《指南》),并适时更新。\n一、工作机构\n五马街道党政办公室负责本机关政府信息公开的日常工作。\n"
              "二、主动公开\n本机关主动公开的政府信息见公开目录。\n")
    assert fact(r, "doc.kind") == "other"


def test_a_report_that_mentions_the_guide_in_its_first_sentences_stays_a_report():
    # a report's own account of revising its guide ("重新编制了《…指南》(以下简称《指南》)") after its title
    r = parse("瑞安市市场监督管理局2021年政府信息公开工作年度报告\n"
              "2021年,我局重新编制了《瑞安市市场监督管理局政府信息公开指南》(以下简称《指南》),方便群众查阅。\n"
              "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n" + PARTS)
    assert fact(r, "doc.kind") == "government_annual"


# --- a plan that calls itself 此工作方案 --------------------------------------------------------------------------


def test_a_plan_that_says_it_makes_this_work_plan_is_no_report():
    # a document site's copy: its notices above, the plan's title far below the opening window
    notice = "本站文档由用户上传,如有疑问请联系客服处理,下载前请仔细核对文档内容与标题。"
    site = "".join(f"{k}. {notice}\n" for k in range(1, 6))
    r = parse(site + "交通运输局信息公开方案\n"
              "为进一步做好我局2023年度政府信息公开工作,结合我局实际,制定此工作方案。\n"
              "一、总体要求\n坚持以公开为常态、不公开为例外。\n二、主要任务\n(一)做好主动公开。\n")
    assert fact(r, "doc.kind") == "other"


def test_a_summary_that_quotes_the_rules_it_made_is_no_rule():
    # "编制本年度总结" first, then its own account of the rules it made ("特制定本工作制度"): the page is the year's
    # account, never the rules
    r = parse("依据《中华人民共和国政府信息公开条例》规定,编制本年度总结。\n一、基本工作情况\n"
              "为贯彻落实《条例》,结合我委实际,特制定本工作制度,明确了公开的范围和程序。\n"
              "二、主动公开政府信息情况\n2013年主动公开信息120条。\n三、依申请公开政府信息情况\n"
              "全年收到申请2件,均已答复。\n四、行政复议、诉讼和申诉情况\n未发生行政复议和诉讼。\n")
    assert fact(r, "doc.kind") != "other"


# --- 体育 inside a bureau's name ----------------------------------------------------------------------------------


@needs_divisions
def test_a_culture_tourism_and_sports_bureau_keeps_its_name():
    # 文化旅游体育广电局: the 体育 between 旅游 and 广电 is the bureau's, not a betting site's advertising
    r = parse("为推进政府开放日活动,根据上级通知要求,特制定本实施方案。\n一、活动时间\n2023年9月下旬。\n"
              "二、活动内容\n邀请群众代表参观办事大厅。\n\n吴忠市文化旅游体育广电局\n2023年9月19日\n")
    assert fact(r, "doc.agency") == "吴忠市文化旅游体育广电局"


# --- a guide whose opening sentence compiles it ---------------------------------------------------------------


def test_a_guide_whose_first_sentence_ends_by_compiling_it_is_no_report():
    # "根据《条例》…,编制《某县人民政府信息公开指南》。": the page is the guide, whatever menu stands above it
    menu = "政府信息公开指南\n\n政府信息公开制度\n\n政府信息公开年报\n\n依申请公开\n\n"
    r = parse(menu + "岷阳县人民政府信息公开指南\n2024-05-06\n\n"
              "为方便公民、法人和其他组织依法获取政府信息,根据《中华人民共和国政府信息公开条例》的规定,"
              "编制《岷阳县人民政府信息公开指南》。\n一、公开范围\n除依法不予公开的信息外,县政府的信息均予公开。\n"
              "二、主动公开\n县政府主动公开的信息通过门户网站发布。\n三、依申请公开\n申请人可以书面形式提出申请。\n")
    assert fact(r, "doc.kind") == "other"


# --- news of a meeting, and a correspondent's dateline ----------------------------------------------------------


@needs_divisions
def test_a_meetings_news_under_its_headline_and_metadata_rows_names_no_author():
    # the site's header, the headline, the item's metadata rows, then the lead "3月1日,某县召开…会" and 会议指出
    r = parse("中国政府网 某省人民政府 某市人民政府\n登录 注册 简体 繁体\n"
              "双峰县召开政务公开工作推进会\n  • 2022-03-02 15:10\n  • 作者: 县政务服务中心\n  • 来源:县政府网站\n\n"
              "3月1日,双峰县召开2022年政务公开工作推进会,各乡镇和县直单位分管负责人参加。\n"
              "会议指出,要把政务公开作为转变作风的重要抓手,抓好年度报告编制等各项工作。\n")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") is None


@needs_divisions
def test_a_papers_correspondent_dateline_makes_a_news_item():
    # "某日报·某客户端2月19日讯(通讯员 某某)": a paper's item about the county, under the site's metadata row
    r = parse("喜报!双峰县政务公开工作获评优秀\n双峰县人民政府网站 发布时间:2024-02-19 17:00 浏览次数:\n\n"
              "湘中日报·湘中客户端2月19日讯(通讯员 李明)近日,省政府办公厅通报了全省2023年政务公开第三方评估情况,"
              "双峰县评估成绩达到优良等次。\n2023年,双峰县政务公开工作坚持以群众需求为导向,不断健全工作机制。\n")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") is None


# --- a title's bare place and its government compiling ----------------------------------------------------------


@needs_divisions
@pytest.mark.parametrize("compiler", ["由淳安县人民政府编制", "由淳安县人民政府办公室编制"])
def test_a_titles_bare_place_stays_when_its_government_compiles(compiler):
    # the stated order puts the title first; its compiler only adds 人民政府 (the labels: 22 of 24 over sets 26–171)
    r = parse("淳安县2016年政府信息公开工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》要求,"
              f"{compiler}。全文包括概述、主动公开政府信息情况等部分。\n" + PARTS)
    assert fact(r, "doc.agency") == "淳安县"
    assert r.facts["doc.agency"].evidence.startswith("标题")


# --- 编制公布: two verbs before the report's name -----------------------------------------------------------------


@needs_divisions
def test_a_government_that_compiles_and_publishes_its_townships_report_is_its_author():
    # "某镇人民政府编制公布某镇2019年…年度报告": the second verb is no part of the name; the subject compiles
    r = parse("根据《中华人民共和国政府信息公开条例》的有关要求,湖雷镇人民政府编制公布湖雷镇2019年政府信息公开"
              "工作年度报告。本年度报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n" + PARTS)
    assert fact(r, "doc.agency") == "湖雷镇人民政府"


# --- a news item has no level of its own ---------------------------------------------------------------------------


@needs_divisions
def test_a_news_item_about_a_county_in_its_own_voice_has_no_level():
    # the item speaks of 全县 and the county's work, but it is written about the county, not by it
    r = parse("中国政府网 某省人民政府\n登录 注册\n"
              "双峰县召开政务公开工作推进会\n  • 2022-03-02 15:10\n  • 来源:县政府网站\n\n"
              "3月1日,双峰县召开2022年政务公开工作推进会。\n"
              "会议指出,全县上下要高度重视政务公开工作,我县将进一步抓好年度报告编制等各项工作。\n")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.level") == "unknown"


def test_a_news_sites_dateline_in_the_second_prose_line():
    # a portal's blurb stands first; the item's own dateline ("某某网讯 昨日,…") is the next paragraph
    r = parse("新闻客户端\n\n某省政府透明度去年居全国前列\n\n"
              "移动用户编辑短信到10658,即可免费订阅30天的手机报。\n\n"
              "黔中网讯昨日,省政府公布《某省人民政府2014年政府信息公开工作年度报告》。报告显示,全省累计主动公开"
              "政府信息550余万条。\n")
    assert fact(r, "doc.kind") == "other"
    assert "网讯" in r.facts["doc.kind"].evidence


# --- a site's bare column word above a report ----------------------------------------------------------------------


@needs_divisions
def test_a_sites_column_word_above_a_report_that_says_it_is_one():
    # "公开目录" is the column the page sits in; the body calls itself 本年度报告
    r = parse("公开目录\n长春市双阳区人民政府\n2008年政府信息年度报告\n\n"
              "本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》),特向社会公布2008年度长春市双阳区"
              "政府信息公开年度报告。本报告由概述、主动公开政府信息情况、依申请公开政府信息、行政复议、诉讼、收费和减免"
              "情况组成。\n一、2008年政府信息公开情况\n2008年,全区政府信息公开工作平稳起步。\n")
    assert fact(r, "doc.kind") == "government_annual"


def test_a_column_word_above_a_catalogue_with_no_report_voice_stays_other():
    r = parse("公开目录\n双阳区民政局\n\n信息名称 | 发布日期\n低保标准调整公告 | 2021-03-02\n"
              "救助政策解读 | 2021-04-11\n")
    assert fact(r, "doc.kind") == "other"


# --- a township's party committee and government as one subject -------------------------------------------------


@needs_divisions
@pytest.mark.parametrize(("subject", "name"), [
    ("大洋乡党委、政府", "大洋乡"),
    ("大洋乡党委政府", "大洋乡"),
    ("大洋乡党委、人民政府", "大洋乡人民政府"),  # the government written in full stays so
])
def test_a_townships_party_committee_and_government_name_the_township(subject, name):
    r = parse(f"一、总体情况\n2021年,{subject}高度重视政府信息公开工作,我乡按时更新公开栏。\n" + PARTS)
    assert fact(r, "doc.agency") == name


# --- a prefecture's 行署 by its short word ------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "level"), [
    ("塔城地区行署", "city"),            # 行政公署 written short
    ("阿勒泰地区行政公署", "city"),
    ("兴安盟行署外事办公室", "department"),  # an office of it stays a department
])
def test_a_prefectures_administrative_office_has_the_citys_level(name, level):
    assert find_level(name) == level


# --- the year's load with its carried-forward part after a semicolon ------------------------------------------------


def test_the_years_load_whose_part_carried_on_after_a_semicolon_is_no_count_of_those_done():
    # F14: "共办理…申请N件" is the year's load when part of it went on into the next year in its sentence (no count of
    # those done, nor of those received: a42's reading); the sentence runs on past its 分号
    r = parse("一、总体情况\n2023年共办理政府信息公开申请76件,同比增长85.37%;上年结转1件,结转下年办理2件。\n" + PARTS)
    assert fact(r, "requests.completed") is None
    assert fact(r, "requests.carried_forward") == 2


def test_handled_requests_with_nothing_carried_on_stay_those_done():
    r = parse("一、总体情况\n2023年共办理政府信息公开申请76件,同比增长85.37%;平均办理时间缩短至8个工作日。\n" + PARTS)
    assert fact(r, "requests.completed") == 76
    assert fact(r, "requests.received") is None


# --- metadata keys in brackets ----------------------------------------------------------------------------------


@needs_divisions
def test_metadata_keys_in_brackets_are_rows_and_name_the_publisher():
    # "[ 发布机构 ] 某乡人民政府 [ 有效性 ]": a site's grid with its keys in brackets, the document's title below it
    grid = ("[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]\n[ 主题分类 ] 司法 [ 体裁分类 ] 工作报告\n"
            "[ 发布机构 ] 丰都县三建乡人民政府 [ 有效性 ]\n[ 成文日期 ] 2026-01-20 [ 发布日期 ] 2026-02-09\n")
    r = parse("您当前所在位置:首页>政务公开>法治政府建设报告\n\n" + grid + grid.replace(" [ ", "\n[ ") + "\n"
              "丰都县三建乡人民政府2025年法治政府建设情况报告\n\n2025年,乡党委、政府深入推进依法行政。\n"
              "一、主要举措和成效\n强化学习培训,开展法治宣传12场。\n")
    assert fact(r, "doc.agency") == "丰都县三建乡人民政府"

"""Values a page gives for something else (issue 12, a8-guess): a writing site's update stamp and a re-post's date
taken as the report's publication date, the year's sum ("全年累计") and a column's count since it opened taken as
the running total, the articles of a rule taken as a university's report. Each case both ways: the guarded form
gives nothing (or the other kind), the plain form is read as before. Names and places are invented."""

import pytest

from engine.parse import parse_text
from engine.parse.counts import count_facts


def value(text: str, fact: str):
    got = parse_text(text, "t.txt").facts.get(fact)
    return got.value if got else None


def counts(text: str, year: int = 2022):
    return {k: f.value for k, f in count_facts(text, {}, year).items()}


OPENING = ("根据《中华人民共和国政府信息公开条例》要求，现公布本报告。"
           "本报告所列数据统计期限自{y}年1月1日至{y}年12月31日。\n"
           "一、总体情况\n{y}年，我镇主动公开政府信息36条，未收到政府信息公开申请，未发生行政复议和行政诉讼。\n")


# --- publication dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("stamp", ["更新于2024年1月12日", "修改于2023年3月2日", "上传于2022年5月6日"])
def test_a_sites_update_stamp_is_no_publication_date(stamp):
    text = f"某镇2021年政务公开工作实施方案\n\n{stamp}\n\n为进一步推进政务公开工作，结合我镇实际，制定如下方案。\n"
    assert value(text, "doc.published_on") is None


def test_a_date_under_the_signature_is_read():
    text = ("某镇2021年政务公开工作实施方案\n\n为进一步推进政务公开工作，结合我镇实际，制定如下方案。\n\n"
            "青禾镇人民政府\n2021年3月2日\n")
    assert value(text, "doc.published_on") == "2021-03-02"


@pytest.mark.parametrize("meta", [
    "栏目:某省政府研究室-通知公告 发布时间:2013-06-20 加入收藏",   # an aggregator re-posting a 2011 report
    "来源:某某资讯网 发布时间:2019-08-01",
])
def test_a_date_two_years_after_the_reports_year_is_a_repost(meta):
    text = f"青禾镇2011年政府信息公开工作年度报告\n{meta}\n" + OPENING.format(y=2011)
    assert value(text, "doc.kind") == "government_annual"
    assert value(text, "doc.published_on") is None


@pytest.mark.parametrize(("meta", "date"), [
    ("发布时间:2012-03-20", "2012-03-20"),                       # within the reporting season
    ("发布时间:2012-11-02", "2012-11-02"),                       # late, but in the year after: may be its own
    ("发布时间:2013-02-20", "2013-02-20"),                       # before the next year's report is due: late
    # re-posted by the body's own portal: its index number carries the re-posting year
    ("索引号: 11330682002590/2015-28256 公开日期: 2015-07-27", "2015-07-27"),
])
def test_a_date_in_the_reporting_season_or_the_portals_own_record_is_read(meta, date):
    text = f"青禾镇2011年政府信息公开工作年度报告\n{meta}\n" + OPENING.format(y=2011)
    assert value(text, "doc.published_on") == date


def test_a_notice_dated_years_after_the_year_it_names_keeps_its_date():
    # only a report is due in the season after its year: a notice about an old year's reports is dated as it is
    text = ("关于2009年度政府信息公开工作年度报告的情况通报\n发布时间:2012-05-03\n各乡镇人民政府，县直各单位：\n"
            "现将2009年度各单位年度报告编制发布情况通报如下。\n")
    assert value(text, "doc.kind") != "government_annual"
    assert value(text, "doc.published_on") == "2012-05-03"


# --- running totals ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "截止2022年12月31日，通过政府门户网站、微信公众号等载体全年累计主动公开政府信息数量46条，其中政策解读7条。",
    "截至2022年底，本年度累计主动公开政府信息46条。",
])
def test_the_years_sum_is_the_years_count_not_a_running_total(text):
    got = counts(text)
    assert got.get("proactive.new") == 46
    assert "proactive.cumulative" not in got


@pytest.mark.parametrize(("text", "running"), [
    ("截至2022年12月31日，我镇累计主动公开政府信息1967条。", 1967),   # the running total as before
    ("自条例实施以来，我镇在网上累计公开信息810条。", 810),
])
def test_a_running_total_is_read(text, running):
    assert counts(text).get("proactive.cumulative") == running


@pytest.mark.parametrize("text", [
    "为方便群众，新开设“民族语言专栏”，自开设至今共发布政务信息100余条。",
    "今年3月开通“青禾发布”微信公众号，开通以来累计推送信息260条。",
])
def test_a_columns_count_since_it_opened_is_no_running_total(text):
    assert "proactive.cumulative" not in counts(text)


# --- kind ------------------------------------------------------------------------------------------------------

def test_the_articles_of_a_rule_on_universities_are_no_university_report():
    text = ("第一章 总则\n第一条 为了保障高等学校师生员工与社会公众依法获取高校信息，根据《条例》，制定本办法。\n"
            "第二条 本办法所称高校信息，是指高校在学校管理和提供社会公共服务过程中制作或者获取的信息。\n"
            "第三条 省级教育行政部门负责推进、指导、协调、监督本行政区域内高校信息公开工作。\n"
            "第四条 高校应当在学校办公室内指定机构(以下统称高校信息公开工作机构)负责本校信息公开的日常工作。"
            "具体职责是：\n"
            "(一)具体承办本校信息公开事宜；\n(二)统一受理、协调处理、答复向本校提出的信息公开申请；\n"
            "(三)组织编制本校的信息公开指南、信息公开目录和信息公开工作年度报告；\n")
    assert value(text, "doc.kind") == "other"


def test_a_university_report_is_still_one():
    text = ("青禾职业学院2022-2023学年信息公开工作年度报告\n本报告根据《高等学校信息公开办法》编制，"
            "统计期限自2022年9月1日至2023年8月31日。\n一、概述\n我院严格落实信息公开事项清单。\n"
            "二、主动公开情况\n学年内学院网站发布信息520条。\n")
    assert value(text, "doc.kind") == "university_annual"


def test_a_late_university_report_keeps_its_date():
    # a 2016-2017 report is due in the autumn of 2017: January 2018 is late, not a re-post
    text = ("青禾职业学院2016-2017学年信息公开工作年度报告\n发布时间：2018-01-09　　发布单位：党政办公室\n"
            "本报告根据《高等学校信息公开办法》编制，统计期限自2016年9月1日至2017年8月31日。\n一、概述\n"
            "我院严格落实信息公开事项清单。\n二、主动公开情况\n学年内学院网站发布信息520条。\n")
    assert value(text, "doc.kind") == "university_annual"
    assert value(text, "doc.published_on") == "2018-01-09"


def test_a_university_report_reposted_years_later_loses_the_date():
    text = ("青禾职业学院2016-2017学年信息公开工作年度报告\n来源:某某资讯网 发布时间:2020-05-09\n"
            "本报告根据《高等学校信息公开办法》编制，统计期限自2016年9月1日至2017年8月31日。\n一、概述\n"
            "我院严格落实信息公开事项清单。\n二、主动公开情况\n学年内学院网站发布信息520条。\n")
    assert value(text, "doc.published_on") is None


# --- a writing site's dates, notices to addressees, meeting news, a report's second page --------------------------

@pytest.mark.parametrize("meta", ["发布时间:2023-12-04 09:39:01 来源:网友投稿", "时间:2023-05-07 18:55:03 浏览量:"])
def test_a_writing_sites_posting_time_is_no_publication_date(meta):
    text = (f"2023年(12篇)镇政务公开工作总结汇编\n\n{meta}\n\n"
            "下面是小编为大家整理的镇政务公开工作总结汇编，供大家参考。\n\n"
            "青禾镇2022年政务公开工作总结\n2022年，我镇主动公开政府信息120条，扎实推进政务公开工作。\n")
    assert value(text, "doc.published_on") is None


def test_a_notice_to_addressees_on_university_reports_is_no_report():
    text = ("某省教育厅关于做好2022-2023学年度高校信息公开工作年度报告\n2023-10-08 来源:某某网\n"
            "某省教育厅关于做好2022-2023学年度\n高校信息公开工作年度报告工作的通知\n某教办函〔2023〕12号\n"
            "各普通高等学校：\n为做好2022-2023学年度高校信息公开年度报告工作，现将有关要求通知如下：\n"
            "一、各高校要将编制和公布年度报告作为推动信息公开工作的重要抓手。\n二、年度报告应包括下列内容：\n"
            "(一)概述；(二)主动公开情况；(三)依申请公开和不予公开情况。\n")
    assert value(text, "doc.kind") == "other"


def test_a_covering_notice_that_publishes_the_report_is_still_the_report():
    text = ("青禾县人民政府办公室关于公布\n青禾县2010年度政府信息公开工作年度报告的通知\n"
            "各乡镇人民政府，县直各单位：\n现将《青禾县2010年度政府信息公开工作年度报告》予以公布。\n"
            "青禾县2010年度政府信息公开工作年度报告\n本报告所列数据的统计期限自2010年1月1日至2010年12月31日。\n"
            "一、概述\n二、主动公开政府信息情况\n全年主动公开政府信息820条。\n三、依申请公开政府信息情况\n"
            "全年收到申请3件，均已答复。\n四、收费及减免情况\n未收取费用。\n五、行政复议、行政诉讼情况\n未发生行政复议和行政诉讼。\n")
    assert value(text, "doc.kind") == "government_annual"


def test_news_of_a_training_meeting_is_no_summary():
    text = ("为深入推进政务公开工作，着力提升政务公开水平，10月30日，我市在行政中心召开全市政务公开工作培训会。"
            "各区政府办公室、市级机关业务处室共100多人参加了培训。\n本次培训邀请了省政务公开办负责同志授课。\n"
            "在此次培训会议上，市政府办公室负责同志指出，要推进政务运行全过程公开。\n")
    assert value(text, "doc.kind") == "other"


def test_a_summary_that_mentions_a_meeting_later_is_still_a_summary():
    text = ("青禾镇2022年政务公开工作总结\n2022年，我镇认真贯彻政府信息公开条例，扎实推进政务公开工作。\n"
            "一、主要做法\n3月5日，我镇召开政务公开工作推进会，会议强调要做好信息发布审核。全年主动公开政府信息120条。\n"
            "二、存在的问题\n公开内容还不够丰富。\n")
    assert value(text, "doc.kind") == "work_summary"


@pytest.mark.parametrize(("text", "kind"), [
    ("二、主动公开政府信息情况\n2018年，我市各级政府共公开信息3800条，其中市政府网站公开政府信息1100条。\n"
     "三、重点领域政府信息公开工作情况\n我市推进重点领域信息公开。\n", "government_annual"),
    ("二、信息主动公开情况\n2018-2019学年，学校严格依据信息公开实施办法和清单要求及时公开各类办学信息。\n"
     "学校校园网主页发布各类通知信息共1200条。\n三、依申请公开情况\n本学年学校未收到信息公开申请。\n",
     "university_annual"),
])
def test_a_reports_second_page_is_the_report(text, kind):
    assert value(text, "doc.kind") == kind


def test_a_summarys_second_page_is_not_called_a_report():
    text = ("二、存在的问题\n政务公开工作还存在公开内容不够丰富等问题。\n三、下一步工作打算\n"
            "我局将进一步加强政务公开工作。\n")
    assert value(text, "doc.kind") != "government_annual"


def test_the_units_own_websites_count_is_not_the_bodys():
    text = ("学校各单位、各学院在本单位网站发布各类信息共计1万余条；通过官方微博、官方微信等发布信息1500余条。")
    assert "proactive.new" not in counts(text, 2018)


def test_a_website_count_beside_channels_still_reads():
    text = "2018年，学校在校园网站发布各类信息共计1200条；官方微信发布信息300条。"
    assert counts(text, 2018).get("proactive.new") == 1200


def test_a_bodys_own_unit_website_count_still_reads():
    assert counts("2018年，我局在本单位网站主动公开政府信息120条。", 2018).get("proactive.new") == 120


# --- right values not to lose ------------------------------------------------------------------------------------

def test_a_total_followed_by_the_list_it_includes_reads():
    text = ("2022年,主动公开政府信息32条,包括领导信息类1条、机构职能类2条、工作动态类6条、"
            "处罚强制类9条、信息公开年报1条。")
    assert counts(text).get("proactive.new") == 32


def test_two_places_side_by_side_still_give_nothing():
    text = "通过公开平台公开信息93条,政府网站公开信息508条,微信公众号公开信息42条。"  # as ingest normalises it
    assert "proactive.new" not in counts(text)


def test_information_announced_on_the_schools_site_reads():
    text = "一年来,学院网站公布各类信息570条,微信公众号推送187条信息。"
    assert counts(text, 2022).get("proactive.new") == 570


@pytest.mark.parametrize(("text", "received"), [
    # the count before 依申请: the number after it belongs to the answered part
    ("2023年,本街道共收到12件信息依申请公开,其中10件已经按时按规完成答复,剩余2件结转下年度继续办理。", 12),
    ("本年度共受理3件依申请公开,均已办结。", 3),
    ("全年共收到政府信息公开申请12件,其中10件已答复。", 12),          # the count after 申请, as before
])
def test_the_received_count_is_the_one_received(text, received):
    assert counts(text, 2023).get("requests.received") == received


def test_a_compilations_title_year_is_not_the_first_pieces():
    text = ("2024年(17篇)市政务公开工作总结汇编\n\n发布时间:2023-12-04 09:39:01 来源:网友投稿\n\n"
            "下面是小编为大家整理的2023年(17篇)市政务公开工作总结汇编,供大家参考。\n\n"
            "2022年青禾市教育局政务公开工作总结\n\n"
            "2022年,市教育局坚持公开为常态,主动公开政府信息719条,受理办结依申请公开7件。\n")
    r = parse_text(text, "t.txt")
    assert r.facts["doc.year"].value == 2022
    assert r.facts["proactive.new"].value == 719


def test_a_single_titled_summary_keeps_its_year():
    text = "青禾市教育局2022年政务公开工作总结\n2022年,市教育局主动公开政府信息719条。\n"
    assert value(text, "doc.year") == 2022


def test_a_covering_notice_without_its_title_line_is_still_the_report():
    text = ("各乡镇人民政府，县直各单位：\n现将《青禾县2010年度政府信息公开工作年度报告》予以公布。\n"
            "青禾县2010年度政府信息公开工作年度报告\n本报告所列数据的统计期限自2010年1月1日至2010年12月31日。\n"
            "一、概述\n二、主动公开政府信息情况\n全年主动公开政府信息820条。\n三、依申请公开政府信息情况\n"
            "全年收到申请3件，均已答复。\n四、收费及减免情况\n未收取费用。\n五、行政复议、行政诉讼情况\n未发生行政复议和行政诉讼。\n")
    assert value(text, "doc.kind") == "government_annual"

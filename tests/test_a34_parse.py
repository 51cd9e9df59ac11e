"""What a34's look at the blind sets' remaining errors fixed (issue 12): a portal's date of re-posting another
site's page is no date of the document. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import fact, parse

BODY = ("\n前言\n本报告依据《中华人民共和国政府信息公开条例》编制,包括概述、主动公开、依申请公开、复议诉讼和申诉、"
        "收费和支出、存在的问题和改进措施。\n一、概述\n本年度全省共主动公开政府信息3200条。\n")


# --- a portal's re-posting date ------------------------------------------------------------------------------

def test_a_portal_reposting_another_sites_page_gives_no_date():
    # the central portal's time line over a province's report: its own name and address, then 来源 the province's
    # site — the date is when the portal put it up (the dev README: a hosting site's upload time does not count)
    r = parse("当前位置: 首页>> 工作动态>> 地方政务\n\n某省人民政府2011年政府信息公开工作年度报告\n"
              "中央政府门户网站 www.gov.cn   2012年04月11日   来源:某省人民政府网站\n" + BODY)
    assert fact(r, "doc.published_on") is None


def test_the_reposting_line_with_a_clock_time_in_characters():
    r = parse("某自治区2013年政府信息公开工作年度报告\n"
              "中央政府门户网站 www.gov.cn   2014年03月27日 16时05分   来源:某自治区政府网站\n" + BODY)
    assert fact(r, "doc.published_on") is None


def test_a_reposted_page_keeps_the_date_under_its_signature():
    r = parse("某省人民政府2011年政府信息公开工作年度报告\n"
              "中央政府门户网站 www.gov.cn   2012年04月11日   来源:某省人民政府网站\n" + BODY
              + "\n某省人民政府办公厅\n2012年3月28日")
    assert fact(r, "doc.published_on") == "2012-03-28"


def test_a_portal_naming_its_own_site_as_the_source_posts_its_own_page():
    r = parse("某市人民政府2011年政府信息公开工作年度报告\n"
              "某市人民政府门户网站 www.example.gov.cn   2012年03月20日   来源:某市人民政府网站\n" + BODY)
    assert fact(r, "doc.published_on") == "2012-03-20"


def test_a_time_line_naming_no_host_is_the_pages_own():
    # a county portal's line for a township's report: 来源 names a site, but no host opens the line
    r = parse("某镇2013年信息公开年度报告\n发布时间:2014-01-22 09:00 来源:某市政府网站集约化平台\n" + BODY)
    assert fact(r, "doc.published_on") == "2014-01-22"


# --- requests counted by group, no whole ---------------------------------------------------------------------

REQUESTS = "三、依申请公开政府信息情况\n"


def test_the_governments_and_the_departments_requests_side_by_side_are_no_whole():
    # a county-level city's report counting its government's requests and its departments' apart, no total
    r = parse(REQUESTS + "2023年政府新收依申请公开数量为3件,办理结果为予以公开3件;部门新收依申请公开数量为5件,"
              "办理结果为予以公开2件,无法提供3件。")
    assert fact(r, "requests.received") is None


def test_the_departments_count_before_the_governments_is_no_whole_either():
    r = parse(REQUESTS + "本年度部门共收到政府信息公开申请7件;政府本级收到政府信息公开申请2件,均已按时答复。")
    assert fact(r, "requests.received") is None


def test_a_whole_before_its_groups_stands():
    r = parse(REQUESTS + "全县共收到政府信息公开申请30件,其中县政府本级收到10件,县直部门收到20件,均按期办结。")
    assert fact(r, "requests.received") == 30


def test_one_group_alone_is_the_count():
    r = parse(REQUESTS + "2023年县政府收到依申请公开12件,均在法定期限内答复。")
    assert fact(r, "requests.received") == 12


# --- the year's share after a running total ------------------------------------------------------------------

OVERVIEW = "2015年政府信息公开工作年度报告\n一、概述\n"


def test_the_years_share_after_a_total_up_to_late_december_is_the_years():
    # counted up to 30 December: the running total up to that day, and this year's share named after it
    r = parse(OVERVIEW + "截至2015年12月30日,我镇在区政府网站累计主动公开政府信息482条,今年新增71条。")
    assert fact(r, "proactive.new") == 71
    assert fact(r, "proactive.cumulative") == 482


def test_a_count_with_the_years_share_after_it_is_no_years_count():
    # no running word, but the year's share after the count makes the count the running total
    r = parse(OVERVIEW + "我镇在区政府网站共主动公开政府信息482条,本年新增71条。")
    assert fact(r, "proactive.new") == 71


def test_a_share_counted_only_to_november_stays_unread():
    r = parse(OVERVIEW + "截至2015年11月30日,我镇累计主动公开政府信息482条,今年新增71条。")
    assert fact(r, "proactive.new") is None


def test_a_count_to_a_mid_december_day_with_no_share_stays_unread():
    r = parse(OVERVIEW + "截至2015年12月13日,我镇共主动公开政府信息482条。")
    assert fact(r, "proactive.new") is None


# --- who reports: a third blind set's classes ----------------------------------------------------------------

def test_the_subject_before_an_arrangement_phrase_is_the_body():
    # "在…的统筹安排下和…的精心组织下,认真…": the body is the subject before the adverbial phrase
    r = parse("2022年,县民政局在县委、县政府的统筹安排下和局党组的精心组织下,认真落实《中华人民共和国政府信息公开"
              "条例》,持续推进政府信息公开工作。\n一、总体情况\n")
    assert fact(r, "doc.agency") == "县民政局"


def test_the_bodys_own_information_work_as_the_subject_names_the_body():
    # 政务信息工作 beside the 政务公开工作 read before: the body's work as the subject's head
    r = parse("2022年,凤阳县统计局政务信息工作紧紧围绕县委县政府中心工作,不断提升公开质量。\n一、总体情况\n")
    assert fact(r, "doc.agency") == "凤阳县统计局"


def test_a_higher_governments_disclosure_work_is_not_the_author():
    # "县政府政务公开工作…": the government's work the report follows, never read as the author by this reading
    r = parse("2022年,县政府政务信息工作紧紧围绕中心工作,不断提升公开质量。\n一、总体情况\n")
    assert fact(r, "doc.agency") is None


def test_an_attachments_name_is_no_title():
    # a forwarding notice whose attachment line names the ministry's notice: the attachment is another document
    r = parse("某省教育厅办公室 转发《某部办公厅关于做好高校信息公开年度报告工作的通知》的通知\n\n各高等学校:\n"
              "  现将《某部办公厅关于做好高校信息公开年度报告工作的通知》转发给你们,请一并贯彻执行。\n"
              "  附件: 教育部办公厅关于做好高校信息公开年度报告工作的通知.pdf\n")
    assert fact(r, "doc.agency") != "教育部办公厅"


# --- answers are no intake; put off into the next year -----------------------------------------------------

def test_answers_given_are_no_requests_received():
    r = parse(REQUESTS + "全年共作出政府信息公开申请答复12件,均在法定期限内办结,无结转至下一年度办理的申请。")
    assert fact(r, "requests.received") is None
    assert fact(r, "requests.completed") == 12


def test_handled_and_answered_by_one_way_is_no_whole_and_the_put_off_are_carried_forward():
    # one way of asking beside another, the whole not stated; 顺延至下一年答复 is carried forward, never completed
    r = parse(REQUESTS + "2023年度某街道办事处通过政府门户网站共办理并答复信息公开申请4件、纸质申请21件,"
              "顺延至下一年答复3件。")
    assert fact(r, "requests.received") is None
    assert fact(r, "requests.completed") is None
    assert fact(r, "requests.carried_forward") == 3


def test_received_and_answered_together_stays_received():
    r = parse(REQUESTS + "本年度共收到并答复政府信息公开申请17件。")
    assert fact(r, "requests.received") == 17

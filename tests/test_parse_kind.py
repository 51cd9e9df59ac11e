"""Report or look-alike, and which kind (a6-kind): each class both ways, the real report kept and the look-alike
rejected. Every text is written for the test (invented agencies and figures); the kind and its evidence are checked.
"""

from __future__ import annotations

from engine.model import NOT_A_REPORT, OK
from tests.parse_support import parse


def kind(text: str) -> str:
    return parse(text).facts["doc.kind"].value


def why(text: str) -> str:
    return parse(text).facts["doc.kind"].evidence


# ---------------------------------------------------------------- a sentence is no title

# a report whose opening parts are prose lines ending in 制度。/方案》。: the last word of a sentence is not a doc type
REPORT_PROSE_LINES = (
    "一、总体情况\n"
    "（一）健全工作制度。制定了《青禾县水务局信息发布审核制度》，完善了公开保密审查制度。\n"
    "（二）加强组织领导。局办公室牵头负责，明确一名工作人员具体承办，全年在门户网站公布信息168条。\n"
    "二、主动公开政府信息情况\n全年主动公开政府信息168条。\n"
    "三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请3件，均已按期答复。\n"
    "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生政府信息公开行政复议和行政诉讼。\n"
)


def test_a_prose_line_ending_in_a_doc_type_word_is_not_a_title():
    r = parse(REPORT_PROSE_LINES)
    assert r.facts["doc.kind"].value == "government_annual"
    assert r.status == OK


def test_a_traditional_report_whose_first_part_ends_in_a_sentence_about_rules_stays_a_report():
    text = ("本報告根據《中華人民共和國政府信息公開條例》要求編制，內容包括概述、主動公開情況、依申請公開情況等。\n"
            "一、概述\n"
            "2010年，我廳認真貫徹《條例》精神，推進政府信息公開的制度化、規範化，進一步完善規章制度。\n"
            "二、主動公開情況\n全年主動公開信息412條。\n")
    assert kind(text) == "government_annual"
    assert "本报告根据" in why(text)


def test_a_title_line_naming_a_rule_is_still_a_rule():
    text = ("青禾县水务局政府信息公开保密审查制度\n"
            "为规范本局政府信息公开工作，防止泄露国家秘密，结合工作实际，制定本制度。\n"
            "凡拟公开的政府信息，由承办科室初审、办公室复审、分管领导审定。\n")
    r = parse(text)
    assert r.facts["doc.kind"].value == "other"
    assert r.status == NOT_A_REPORT
    assert "制度" in r.facts["doc.kind"].evidence


# ---------------------------------------------------------------- the report's own opening declares it

def test_the_statistics_period_sentence_declares_a_report_with_no_title():
    text = ("根据《中华人民共和国政府信息公开条例》规定，结合我嘎查所在苏木实际，对2020年度政府信息公开工作进行梳理，"
            "并向社会公开。报告统计期限为2020年1月1日起至2020年12月31日止。\n"
            "一、总体情况\n2020年，我苏木坚持以公开为常态，全年公开信息57条。\n")
    assert kind(text) == "government_annual"
    assert "统计期限" in why(text)


def test_a_finished_report_named_in_the_opening_is_a_report():
    text = ("依据《中华人民共和国政府信息公开条例》要求，结合我街道实际，办公室编制完成了《临河街道2015年度政府信息"
            "公开工作报告》。如对本年报有任何疑问，请与街道党政办联系。\n"
            "一、基本工作情况\n（一）领导体制\n成立了由街道主任任组长的政府信息公开领导小组。\n")
    assert kind(text) == "government_annual"


def test_a_work_summary_that_mentions_no_report_stays_a_summary():
    text = ("2020年，我街道认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作，现将情况总结如下。\n"
            "一、主要做法\n全年公开各类政务信息213条，更新公开栏12期。\n"
            "二、存在的问题\n个别科室信息报送不及时。\n"
            "三、下一步工作打算\n进一步加强政务公开工作培训。\n")
    r = parse(text)
    assert r.facts["doc.kind"].value == "work_summary"
    assert r.status == NOT_A_REPORT


# ---------------------------------------------------------------- an excerpt is not a report that skips parts

EXCERPT_HEAD = ("江川省林业厅2010年度政府信息公开工作年度报告\n"
                "根据《政府信息公开条例》要求，省林业厅编制了该年度报告。报告所列数据统计期限为2010年1月1日至"
                "2010年12月31日。\n"
                "一、政府信息公开基本情况\n2010年，我厅加强组织领导，完善信息公开制度。\n"
                "二、政府信息主动公开情况\n我厅通过门户网站主动公开信息305条。\n")
CLOSING = "五、政府信息公开工作存在问题和改进措施\n下一步，我厅将进一步加强培训。\n"


def test_a_page_showing_parts_one_two_and_five_is_an_excerpt_of_a_report():
    r = parse(EXCERPT_HEAD + CLOSING)
    assert r.facts["doc.kind"].value == "government_annual"


def test_a_summary_running_straight_to_its_closing_parts_is_still_a_summary():
    text = ("江川省林业厅2010年政务公开工作情况\n"
            "2010年，我厅认真贯彻落实《政府信息公开条例》，推动政务公开工作取得新进展。\n"
            "一、主要工作\n我厅通过门户网站主动公开信息305条。\n"
            "二、存在的问题\n公开内容不够全面。\n"
            "三、下一步工作打算\n进一步加强培训。\n")
    assert kind(text) == "work_summary"


# ---------------------------------------------------------------- titles

def test_a_title_with_the_topic_between_nian_du_and_bao_gao_is_a_report_title():
    text = ("石岭乡人民政府2012年度信息公开的报告\n"
            "2012年，根据《中华人民共和国政府信息公开条例》要求，我乡积极做好信息公开工作，现将2012年我乡政府信息"
            "公开情况报告如下：\n"
            "一、基本情况\n全年主动公开信息96条。\n"
            "二、依申请公开情况\n全年收到政府信息公开申请2件，均已答复。\n"
            "三、收费情况\n未收取任何费用。\n")
    assert kind(text) == "government_annual"


def test_a_page_opening_with_the_statutory_title_is_a_report():
    text = ("川平市2009年政府信息公开工作年度报告\n"
            "市农业农村委员会：\n"
            "《中华人民共和国政府信息公开条例》施行以来，市政府办公厅按照省里部署，抓紧做好施行准备工作。\n"
            "一、加强组织领导，认真贯彻执行《条例》\n市政府成立了政府信息公开工作领导小组，由常务副市长任组长，"
            "各部门明确分管领导和具体承办人员，形成了上下联动的工作格局。\n"
            "二、完善工作制度，规范公开程序\n先后制定了依申请公开、保密审查、考核评议等配套制度，"
            "全年通过门户网站主动公开政府信息一千二百余条。\n")
    assert kind(text) == "government_annual"


def test_a_notice_about_the_annual_report_is_not_one():
    text = ("关于做好2009年政府信息公开工作年度报告的通知\n"
            "各县（区）人民政府、市直各部门：\n"
            "为做好政府信息公开工作年度报告编制工作，现将有关事项通知如下。\n")
    r = parse(text)
    assert r.facts["doc.kind"].value == "other"
    assert r.status == NOT_A_REPORT


def test_a_list_of_reports_is_not_a_report():
    text = ("政府信息公开年报\n"
            "川平市2021年政府信息公开工作年度报告 2022-01-28\n"
            "川平市2020年政府信息公开工作年度报告 2021-01-29\n"
            "川平市2019年政府信息公开工作年度报告 2020-01-30\n")
    assert parse(text).status == NOT_A_REPORT


# ---------------------------------------------------------------- a college in the government format

COLLEGE_BODY = ("根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》规定编制本报告。"
                "本报告所列数据的统计期限为2022年1月1日至12月31日。如对报告有任何疑问，请与学院党政办联系。\n"
                "一、总体情况\n（一）主动公开\n全年在学院网站主动公开信息240条。\n")


def test_a_college_reporting_in_the_government_format_is_a_university_report():
    r = parse("2022年临江建筑职业技术学院信息公开工作年度报告\n" + COLLEGE_BODY)
    assert r.facts["doc.kind"].value == "university_annual"
    assert r.status == OK


def test_an_academy_of_sciences_reporting_is_not_a_university():
    r = parse("2022年江川省农业科学院政府信息公开工作年度报告\n" + COLLEGE_BODY.replace("学院党政办", "院办公室")
              .replace("学院网站", "院网站"))
    assert r.facts["doc.kind"].value == "government_annual"


# ---------------------------------------------------------------- templates

def test_a_document_site_banner_saying_fan_wen_does_not_make_a_template():
    text = ("WENMI365.COM —— 专注行政公文写作范文\n\n"
            "2022年乡镇政务公开工作总结汇编(6篇)\n\n"
            "1.2022年度青石镇政务公开工作总结\n"
            "2022年，我镇认真贯彻《中华人民共和国政府信息公开条例》，全年公开信息184条，政务公开工作有序推进。\n"
            "一、主要做法\n（一）强化组织领导。\n二、存在问题\n信息更新不够及时。\n")
    assert kind(text) == "work_summary"


def test_a_model_text_by_its_title_is_a_template():
    text = ("乡镇政府信息公开工作年度报告范文\n"
            "根据《中华人民共和国政府信息公开条例》要求，现将XX镇20XX年度政府信息公开工作情况报告如下。\n"
            "一、总体情况\n全年主动公开政府信息XX条。\n")
    assert kind(text) == "template"


# ---------------------------------------------------------------- a sample whose reporter is a blank

SAMPLE_BODY = ("一、概述\n今年，xx市生态环境局认真贯彻执行《条例》，按照市委、市政府部署，切实加强领导，完善制度。\n"
               "二、主动公开情况\n（一）xx市生态环境网站主动公开政府信息情况\n全年网站发布政府信息8120条。\n"
               "三、依申请公开情况\n全年受理政府信息公开申请12件，均按时答复。\n"
               "四、因政府信息公开申请提起行政复议、行政诉讼情况\n未发生行政复议和行政诉讼。\n"
               "五、收费情况\n未收取任何费用。\n")


def test_a_document_sites_sample_with_a_blank_reporter_and_no_year_is_a_template():
    text = "《生态环境局年度信息公开工作报告.doc》由会员分享，可在线阅读。\n" + SAMPLE_BODY
    r = parse(text)
    assert r.facts["doc.kind"].value == "template"
    assert "xx市" in r.facts["doc.kind"].evidence
    assert r.status == NOT_A_REPORT


def test_a_dated_report_is_kept_whatever_its_blanks():
    text = "川平市生态环境局2021年政府信息公开工作年度报告\n" + SAMPLE_BODY.replace("今年", "2021年")
    assert kind(text) == "government_annual"


# ---------------------------------------------------------------- a news or link line carrying the title

def test_a_news_line_about_publishing_a_report_is_not_the_statutory_title():
    text = ("市统计局发布2021年政府信息公开工作年度报告\n"
            "日前，市统计局在门户网站发布了本局2021年政府信息公开工作年度报告，依据《条例》公开全年工作情况，"
            "欢迎社会各界查阅监督。记者了解到，该局全年主动公开统计信息三百余条，回应关切十余次，公开成效明显。"
            "据介绍，下一步该局将继续加强统计数据发布解读，方便群众查询使用，进一步提升统计工作透明度。\n")
    assert parse(text).status == NOT_A_REPORT


def test_a_title_over_only_an_attachment_link_is_not_a_report():
    text = "川平市2021年政府信息公开工作年度报告\n附件：川平市2021年政府信息公开工作年度报告.pdf\n"
    assert parse(text).status == NOT_A_REPORT


# ---------------------------------------------------------------- news of a meeting; a summary in the third person

def test_news_of_a_meeting_on_disclosure_work_is_other():
    text = ("县政府办公室部署2023年政务公开工作\n"
            "3月14日下午，县政府办公室召开会议研究部署2023年政务公开工作。会议听取了县政务公开办关于我县政务公开"
            "重点任务分工的汇报。会议强调，要坚持以公开为常态，抓好政府信息公开平台建设和政策解读。\n")
    r = parse(text)
    assert r.facts["doc.kind"].value == "other"
    assert "会议新闻" in r.facts["doc.kind"].evidence


def test_a_report_mentioning_a_meeting_is_still_a_report():
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》要求编制。\n"
            "一、总体情况\n3月14日下午，县政府办公室召开会议研究部署政务公开工作，会议强调要抓好平台建设。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息412条。\n")
    assert kind(text) == "government_annual"


def test_a_company_reporting_its_half_year_of_disclosure_work_is_a_summary():
    text = ("根据区里下达的政务信息公开考核要求，公司安排各部门每周向办公室报送工作动态，由办公室汇总后在门户网站"
            "发布。现将上半年政务信息公开工作中存在的问题和下步打算汇报如下：\n"
            "一、存在问题\n1.可供报送的政务信息较少\n2.信息员报送积极性不高\n"
            "二、下步打算\n加强政务信息报送督促，每月通报报送情况。\n")
    r = parse(text)
    assert r.facts["doc.kind"].value == "work_summary"
    assert r.status == NOT_A_REPORT


# ---------------------------------------------------------------- a7-kind: the body's own structure

# a report whose page kept neither title nor opening: only the 2019 format's 总体情况 items as its headings
OVERVIEW_ONLY = (
    "2023年，我乡坚持把政务公开作为转变作风的抓手，各项工作有序推进。\n"
    "（一）主动公开。全年在县政府网站公开各类信息64条。\n"
    "（二）依申请公开。全年未收到政府信息公开申请。\n"
    "（三）政府信息管理。落实发布前审核，及时清理过期信息。\n"
    "（四）政府信息公开平台建设。维护乡政务公开栏目，更新办事指南。\n"
    "（五）监督保障。把政务公开纳入年度考核。\n"
)


def test_the_2019_overview_items_as_headings_are_the_report():
    r = parse(OVERVIEW_ONLY)
    assert r.facts["doc.kind"].value == "government_annual"
    assert "总体情况按法定分项" in r.facts["doc.kind"].evidence
    assert r.status == OK


def test_a_summary_laid_out_in_the_overview_items_stays_a_summary():
    text = "石溪乡2023年政务公开工作总结\n" + OVERVIEW_ONLY
    assert kind(text) == "work_summary"


STATUTORY_TABLE = (
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n"
    "行政规范性文件 | 2 | 0 | 5\n"
    "第二十条第(五)项\n信息内容 | 本年处理决定数量\n行政许可 | 31\n"
)


def test_the_statutory_table_without_the_opening_is_the_report():
    r = parse("当前位置：首页 > 信息公开 > 年报\n" + STATUTORY_TABLE)
    assert r.facts["doc.kind"].value == "government_annual"
    assert "法定表格" in r.facts["doc.kind"].evidence


def test_a_notice_on_the_format_that_shows_the_table_is_not_a_report():
    text = ("青禾市人民政府办公室关于印发政府信息公开工作年度报告格式的通知\n各县区人民政府，市政府各部门：\n"
            "现将年度报告格式印发给你们，请遵照执行。\n" + STATUTORY_TABLE)
    assert kind(text) == "other"


def test_a_guide_that_names_itself_is_not_a_report():
    text = ("为方便公民、法人和其他组织获取政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。\n"
            "一、主动公开\n（一）公开内容\n1.乡政府规范性文件；\n2.政府信息公开工作年度报告；\n"
            "（二）公开方式\n县政府门户网站。\n二、依申请公开\n申请人可通过信函提出申请。\n")
    r = parse(text)
    assert r.facts["doc.kind"].value == "other"
    assert "指南" in r.facts["doc.kind"].evidence
    assert r.status == NOT_A_REPORT


def test_a_report_that_revised_its_guide_is_still_a_report():
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n全年修订了本机关政府信息公开指南，"
            "编制本指南的说明同步公开。\n二、主动公开政府信息情况\n全年主动公开信息41条。\n")
    assert kind(text) == "government_annual"


def test_a_list_item_naming_the_report_is_no_title():
    text = ("青禾县人民政府信息公开指南\n为保障公民、法人和其他组织依法获取政府信息，结合实际，制定如下。\n"
            "一、主动公开\n（一）公开内容\n1.县政府及县政府办公室规范性文件；\n2.县政府领导、各部门机构设置、办公地址、联系方式；\n"
            "5.县政府工作报告、政府信息公开年度报告;\n（二）公开方式\n县政府门户网站、政务新媒体。\n")
    assert kind(text) == "other"


REPLY_SAMPLE = ("××××(单位)政府信息公开申请答复书\n××公复〔××××〕××号\n×××：\n"
                "我单位于××××年××月××日收到您提出的政府信息公开申请。经研究，现答复如下：\n"
                "该政府信息属于主动公开范围，可到我单位网站查阅。如您不服本答复，可依法申请行政复议。\n")


def test_a_reply_to_an_applicant_is_not_a_report_or_summary():
    r = parse(REPLY_SAMPLE)
    assert r.facts["doc.kind"].value == "other"
    assert "答复书" in r.facts["doc.kind"].evidence


def test_a_report_describing_its_replies_is_still_a_report():
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n（二）依申请公开。全年收到申请5件，"
            "均已出具答复书并按期答复。\n二、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请5件。\n")
    assert kind(text) == "government_annual"


def test_a_notice_under_a_sites_metadata_block_is_a_notice():
    text = ("索引号\n011056632/2022-00181\n主题分类\n政务公开\n发布日期\n2021-12-31\n发文字号\n青政办函【2021】19号\n"
            "青禾市人民政府办公室关于开展2021年政务公开考评工作的通知\n各县、市、区人民政府，市政府各部门：\n"
            "为推动全市政务公开工作落细落实，现将有关事项通知如下。\n一、考评内容\n"
            "（一）主动公开：公开渠道、重点领域信息公开、政策解读、政府信息公开年度报告等。\n"
            "（二）依申请公开：渠道畅通性、答复规范性。\n")
    r = parse(text)
    assert r.facts["doc.kind"].value == "other"
    assert "通知" in r.facts["doc.kind"].evidence


def test_a_report_under_a_sites_metadata_block_is_still_a_report():
    text = ("索引号\n011056632/2022-00011\n主题分类\n政务公开\n发布日期\n2022-01-20\n"
            "青禾市教育局2021年政府信息公开工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》编制。\n"
            "一、总体情况\n全年主动公开信息120条。\n")
    assert kind(text) == "government_annual"


def test_a_report_that_says_only_zhudong_gongkai_is_about_disclosure():
    text = ("一、总体情况\n（一）主动公开\n1.门户网站主动公开政府信息情况。2022年我街道在区政府网发布信息89条。\n"
            "2.微信公众号推送信息120条。\n（二）依申请公开。全年未收到申请。\n")
    assert kind(text) == "government_annual"


def test_a_text_about_the_economy_under_the_same_heading_is_not():
    text = "一、总体情况\n全年实现地区生产总值120亿元，比上年增长5.1%。\n二、农业\n粮食总产量20万吨。\n"
    assert kind(text) == "other"

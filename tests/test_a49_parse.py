"""What a49 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import fact, parse

PARTS = ("一、总体情况\n全年公开信息86条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
         "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n")
INTRO = ("本报告根据《中华人民共和国政府信息公开条例》编制,统计期限自2023年1月1日起至2023年12月31日止。\n")


def report(opening: str) -> str:
    return INTRO + opening + "\n" + PARTS


# --- news of a meeting, news of an open day -----------------------------------------------------------------------


def test_a_meeting_headline_that_names_the_meeting_before_its_verb_is_news():
    # "…培训会议召开" as the headline, the item's metadata, then the dated lead and what was said at the meeting
    r = parse("全县政务公开工作推进会召开\n\n发布日期:2023-05-12 09:30 信息来源:临泉县政府办 点击数:\n\n"
              "5月11日上午,临泉县政务公开工作推进会在县行政中心召开,各乡镇和县直单位分管负责同志参加。\n\n"
              "会上,县政务服务中心负责人通报了第一季度各单位网站信息更新情况并就下步工作提出要求。\n")
    assert fact(r, "doc.kind") == "other"
    assert r.facts["doc.kind"].evidence.startswith("会议新闻")
    assert fact(r, "doc.agency") is None  # written about the office, not by it
    assert fact(r, "doc.level") == "unknown"


def test_a_training_class_opened_on_a_date_is_news():
    # the purpose first, then the date and the class that opened ("…培训班在…开班"), then who spoke at it
    r = parse("为进一步提升全县政务公开工作水平,6月3日下午,我县政务公开业务培训班在县会议中心开班,"
              "各乡镇、县直部门业务人员80余人参加。\n"
              "培训会上,县政府办副主任对下半年政务公开考核工作作了部署并强调要压实责任。\n")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.level") == "unknown"


def test_a_report_that_recalls_a_training_class_stays_a_report():
    # the same words inside a report's own account of its year
    r = parse(report("2023年,我县举办政务公开业务培训班2期,县政府办副主任在会上强调要压实责任。"))
    assert fact(r, "doc.kind") == "government_annual"


def test_an_open_day_held_on_a_date_in_the_first_sentence_under_metadata_rows_is_news():
    # a metadata grid first, then one long sentence whose event comes after its purpose
    r = parse("索引号 | 640101/2023-00088 | 文号 | 生成日期 | 2023-09-30 | |\n"
              "公开方式 | 主动公开 | 发布机构 | 平罗县自然资源局 | 责任部门 |\n"
              "为全面贯彻落实党中央、国务院和自治区关于深化政务公开的系列部署,进一步拓宽政民互动渠道,"
              "提升自然资源工作透明度和开放度,切实保障人民群众的知情权、参与权、表达权和监督权,"
              "有效搭建人民群众了解政府、理解政府、支持政府的互动平台,畅通关切回应、意见征集的沟通渠道,"
              "9月20日,平罗县自然资源局联合县住建局、县农业农村局开展2023年“政府开放日”活动。"
              "活动邀请人大代表、群众代表共15人参加。\n")
    assert fact(r, "doc.kind") == "other"
    assert r.facts["doc.kind"].evidence.startswith("开放日活动")
    assert fact(r, "doc.agency") is None


def test_an_open_day_notice_or_plan_keeps_its_author():
    # the body's own notice and its own plan of the event: its papers, signed by it, not news about it
    notice = parse("同心县水务局关于开展2024年“政府开放日”活动的公告\n"
                   "为增进群众对水务工作的了解,我局定于2024年9月20日开展“政府开放日”活动,现将有关事项公告如下。\n"
                   "一、活动时间\n2024年9月20日上午\n")
    assert fact(notice, "doc.kind") == "other"
    assert fact(notice, "doc.agency") == "同心县水务局"
    assert fact(notice, "doc.level") == "department"
    plan = parse("彭水县保家镇人民政府2024年“政府开放日”活动实施方案\n"
                 "为加快服务型政府建设,宣传展示我镇工作成效,结合我镇实际,制定本方案。\n一、活动主题\n")
    assert fact(plan, "doc.kind") == "other"
    assert fact(plan, "doc.agency") == "彭水县保家镇人民政府"


# --- metadata rows are no title -----------------------------------------------------------------------------------


def test_a_metadata_row_filed_under_notices_is_no_title():
    # "索 引 号 | … | 分 类 | 部门信息公开年报 … 通知 |": the site's grid files the page, the page is the report
    r = parse("索 引 号 | 01441700/2024-00321 | 分 类 | 部门信息公开年报 财政、金融、审计 通知 |\n"
              "发布机构 | 市审计局 | 发文日期 | 2024-01-19 |\n"
              "根据《中华人民共和国政府信息公开条例》规定,现公布镇江市审计局2023年政府信息公开工作年度报告。"
              "报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n" + PARTS)
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.agency") == "镇江市审计局"


def test_a_notice_of_the_report_format_under_its_metadata_rows_is_no_report():
    # the rows above the notice's title (发布机构, 成文日期) no longer hide its title: 关于印发…的通知
    r = parse("索引号: 000014349/2022-00017 分类: 综合政务\\政务公开 通知\n"
              "发布机构: 某省人民政府办公厅 文号: 省政办函〔2022〕5号\n"
              "成文日期: 2022-01-06 发布日期: 2022-01-07 有效性: 有效\n"
              "名称: 关于印发《政府信息公开工作年度报告编写要求》的通知\n"
              "各市人民政府办公室:\n"
              "根据《中华人民共和国政府信息公开条例》第五十条的规定,现将《政府信息公开工作年度报告编写要求》"
              "印发给你们,请认真贯彻执行。\n")
    assert fact(r, "doc.kind") == "other"


# --- names ----------------------------------------------------------------------------------------------------------


def test_a_verb_of_doing_before_a_unit_is_no_name():
    # "做好街道业务工作的宣传": the work done; the street never names itself
    r = parse("三、存在的问题\n2022年,我街道政府信息公开工作有一定成效,下一步将主动公开政府信息,"
              "做好街道业务工作的宣传推广。\n")
    assert fact(r, "doc.agency") is None


def test_an_address_in_the_contact_line_is_no_name():
    # advertising took the bureau's name; the address left in the contact line ("…对面原某局大楼") is a place to go
    r = parse(report("如对本报告有任何疑问,请与bet9527联系(地址:某市城区人民路商场对面原粮食局大楼;"
                     "邮编:741000)。"))
    assert fact(r, "doc.agency") is None


def test_a_plans_chapter_headings_are_no_signature():
    # a development plan's table of contents, "第三节 空间布局" a line, is no body signing
    r = parse("鄂州市葛店开发区国民经济和社会发展第十四个五年规划纲要\n\n目录\n第一篇 总体要求\n第一章 发展基础\n"
              "第一节 发展成就\n第二节 面临形势\n第三节 空间布局\n第二章 总体思路\n第一节 指导思想\n")
    assert fact(r, "doc.kind") == "other"
    assert not str(fact(r, "doc.agency") or "").startswith("第")


def test_publishing_after_the_clause_comma_names_the_body():
    # "…的规定,公布X(以下简称Y)2013年…年度报告": 公布 with no 现 before it publishes as 现公布 does
    r = parse("根据《中华人民共和国政府信息公开条例》的规定,公布韶关市人民政府办公室(以下简称市政府办公室)"
              "2013年政府信息公开工作年度报告。本报告由概述、主动公开政府信息情况等部分组成。\n" + PARTS)
    assert fact(r, "doc.agency") == "韶关市人民政府办公室"


def test_a_colleges_rules_titled_with_a_bare_xize_name_the_college():
    r = parse("上海中侨职业技术大学信息依申请公开细则\n\n"
              "为了保障公民、法人和其他组织依法获取本校信息,根据《高等学校信息公开办法》,制定本细则。\n")
    assert fact(r, "doc.agency") == "上海中侨职业技术大学"
    assert fact(r, "doc.level") == "university"


def test_a_supply_cooperatives_union_above_a_title_that_names_no_one():
    # "某市供销合作社联合社" on its own line, then "2023年政府信息公开工作报告"
    r = parse("天门市供销合作社联合社\n2023年政府信息公开工作报告\n"
              "按照市政务公开办的通知要求编制本报告。\n" + PARTS)
    assert fact(r, "doc.agency") == "天门市供销合作社联合社"
    assert fact(r, "doc.level") == "department"


def test_a_school_guided_by_a_congress_names_itself_after_its_academic_year():
    # "以…精神为指引": the subject before it, after the academic year
    r = parse("根据《高等学校信息公开办法》要求,我校编写本报告。\n一、概述\n"
              "2014-2015学年度,宁德师范学院以党的十八届四中全会精神为指引,扎实推进信息公开工作。\n")
    assert fact(r, "doc.agency") == "宁德师范学院"


def test_a_zones_party_committee_and_its_committee_as_one_subject():
    # "某高新区党工委、管委会高度重视…": the zone's committee, as a street's 党工委、办事处 is its office (A172)
    r = parse("2022年,益阳高新区党工委、管委会高度重视政府信息公开工作,结合工作实际编制本报告。\n" + PARTS)
    assert fact(r, "doc.agency") == "益阳高新区管委会"
    assert fact(r, "doc.level") == "county"


def test_a_breadcrumb_path_with_arrows_gives_way_to_the_title_below():
    r = parse("政务公开 > 通川区人民政府信息公开年报\n\n通川区人民政府办公室2023年政府信息公开工作年度报告\n"
              "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n" + PARTS)
    assert fact(r, "doc.agency") == "通川区人民政府办公室"
    assert fact(r, "doc.level") == "department"


# --- requests all answered ------------------------------------------------------------------------------------------


def test_all_answered_after_an_an_phrase_counts_completed():
    # 按 alone before the rules (按规范程序, 按法定时限和程序, 按规定要求) as 按照 before them
    for sentence in ("全年收到政府信息公开申请3条,已按规范程序进行答复;",
                     "本年度共收到公民、法人提出的政府信息公开申请3件,已按法定时限和程序办理完毕。",
                     "2023年,市水利局收到3起政府信息公开申请,均在规定时间内按规定要求进行了答复。"):
        r = parse(report("(二)依申请公开情况\n" + sentence))
        assert fact(r, "requests.received") == 3, sentence
        assert fact(r, "requests.completed") == 3, sentence


def test_handled_as_required_right_after_the_count_counts_completed():
    r = parse(report("(二)依申请公开情况\n2023年度收到1条依申请公开政府信息事项,已按要求办理,未收取任何费用。"))
    assert fact(r, "requests.completed") == 1


def test_one_part_answered_is_not_the_whole():
    # the count the words follow is the one answered: the rest were handled otherwise
    r = parse(report("(二)依申请公开情况\n2023年共受理申请10件,其中2件均按规定程序办结,6件为本机关不掌握。"))
    assert fact(r, "requests.received") == 10
    assert fact(r, "requests.completed") == 2


# --- what a count is not ----------------------------------------------------------------------------------------------


def test_a_denial_of_reviews_over_disclosure_says_nothing_of_requests():
    # "未收到因政府信息公开申请行政复议…": no review; the requests are not the denial's object
    r = parse(report("2023年,我乡未收到因政府信息公开申请行政复议、提起行政诉讼的情况。"))
    assert fact(r, "requests.received") is None
    # a denial of both, requests first, still says none were received
    both = parse(report("2023年,我办未收到和处理政府信息公开申请、因政府信息公开工作被申请行政复议等情况。"))
    assert fact(both, "requests.received") == 0


def test_the_service_halls_and_advice_desks_enquiries_are_no_consultations():
    for sentence in ("全年区政务服务中心接受咨询48210人次,办理各类事项5120件。",
                     "深入企业开展服务,提供各类政策、法律咨询31次。",
                     "发放宣传资料300份,受理解答政策咨询50余件。"):
        r = parse(report("(二)依申请公开情况\n全年收到政府信息公开申请2件,均已按时答复。\n" + sentence))
        assert fact(r, "consultations.total") is None, sentence
    said = parse(report("(二)依申请公开情况\n全年接受政府信息公开咨询31人次。"))
    assert fact(said, "consultations.total") == 31


# --- kinds ------------------------------------------------------------------------------------------------------------


def test_a_covering_notice_that_quotes_the_reports_title_in_brackets_carries_the_report():
    r = parse("嘉善县市场监督管理局关于印发《嘉善县市场监督管理局2010年度政府信息公开工作年度报告》的通知\n\n"
              "局各科室:\n现将《嘉善县市场监督管理局2010年度政府信息公开工作年度报告》印发给你们,请认真对照执行。\n\n"
              "嘉善县市场监督管理局\n2010年度政府信息公开工作年度报告\n" + PARTS)
    assert fact(r, "doc.kind") == "government_annual"


def test_a_report_listing_its_guide_among_the_years_work_stays_a_report():
    # "三是编制了《某镇人民政府信息公开指南》。": an item of the year's work, not a guide compiling itself
    r = parse("一、总体情况\n2024年,青田县永安镇认真贯彻落实《中华人民共和国政府信息公开条例》。一是健全机制。"
              "二是规范发布。三是编制了《永安镇人民政府信息公开指南》。\n" + PARTS[7:])
    assert fact(r, "doc.kind") == "government_annual"
    guide = parse("根据《中华人民共和国政府信息公开条例》规定,编制《永安镇人民政府信息公开指南》。\n"
                  "一、主动公开\n(一)公开范围\n")
    assert fact(guide, "doc.kind") == "other"


def test_the_subject_that_puts_disclosure_first_with_ba_names_the_body():
    # "2016年,某厅把…政府信息公开作为…抓手": the subject before 把
    r = parse("一、基本情况\n2016年,山西省教育厅把大力推行政府信息公开作为办好人民满意教育的重要抓手,"
              "认真落实各项要求。\n" + PARTS[7:])
    assert fact(r, "doc.agency") == "山西省教育厅"

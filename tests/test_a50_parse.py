"""What a50 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import fact, parse

PARTS = ("一、总体情况\n全年公开信息86条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
         "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n")


# --- who reports ---------------------------------------------------------------------------------------------------


def test_a_county_report_compiled_from_its_townships_and_departments_reports_after_yiji_names_the_county():
    # "以及…某县各乡镇、各部门…年度报告编制": the county sums its bodies' reports, as after 结合 or 综合
    r = parse("本报告根据《中华人民共和国政府信息公开条例》和本县有关制度,以及2015年通许县各乡镇、各部门等"
              "政府信息公开工作年度报告编制。统计期限为2015年1月1日至2015年12月31日。\n"
              "一、概述\n2015年,全县各级各部门认真贯彻《条例》,我县政府信息公开工作水平进一步提高。\n" + PARTS)
    assert fact(r, "doc.agency") == "通许县"
    assert fact(r, "doc.level") == "county"


def test_a_units_own_sections_reports_after_yiji_name_no_one():
    # the same words over a body's own sections, not a place's bodies: no name from them
    r = parse("本报告根据《中华人民共和国政府信息公开条例》,以及2015年本单位各科室的政府信息公开工作年度报告编制。\n"
              "一、概述\n2015年,我单位认真贯彻《条例》。\n" + PARTS)
    assert fact(r, "doc.agency") is None


def test_the_areas_data_bureau_as_the_only_contact_is_no_author():
    # a county's report (全县) whose enquiries go to the county's data bureau, which took over the service centre
    r = parse("本报告依据《中华人民共和国政府信息公开条例》编制,统计期限为2024年1月1日至2024年12月31日。"
              "如有疑问,请与黄梅县数据局联系(地址:黄梅县政务服务中心)。\n"
              "一、总体情况\n2024年,全县通过政府门户网站主动公开信息3210条。\n" + PARTS)
    assert fact(r, "doc.agency") is None


def test_a_data_bureaus_own_report_keeps_it():
    # the bureau speaking as itself (我局): its own contact line names it
    r = parse("本报告依据《中华人民共和国政府信息公开条例》编制。如有疑问,请与黄梅县数据局联系。\n"
              "一、总体情况\n2024年,我局主动公开政府信息126条。\n" + PARTS)
    assert fact(r, "doc.agency") == "黄梅县数据局"


def test_the_report_saying_whose_year_it_reflects_names_the_body():
    # no title; "该报告…反映了某街道2017年度…工作": the street whose year it is
    r = parse("根据《中华人民共和国政府信息公开条例》的规定,现编制2017年度政府信息公开工作年度报告。"
              "该报告全面客观地反映了向阳街道2017年度政府信息公开工作取得的成效和存在的问题。"
              "如对本年报有疑问,请联系向阳街道办事处党政综合科。\n"
              "一、基本工作情况\n2017年,我街主要从以下几个方面推进了政府信息公开工作。\n" + PARTS)
    assert fact(r, "doc.agency") == "向阳街道"
    assert r.facts["doc.agency"].evidence.startswith("正文开头")


def test_a_declared_short_form_after_a_verb_of_the_sentence_is_not_glued_to_it():
    # "…依法获取某师某市(以下简称“师市”)的政府信息": the verb before the name is no part of the full name
    r = parse("根据《中华人民共和国政府信息公开条例》,为便于公民、法人或者其他组织依法获取第七师胡杨河市"
              "(以下简称“师市”)的政府信息,编制本指南。\n一、公开范围\n"
              "师市政府信息公开坚持“公开为常态、不公开为例外”的原则,结合师市工作实际,主动公开下列信息。\n")
    assert "获取" not in (fact(r, "doc.agency") or "")


def test_a_governments_guide_a_bureau_follows_names_no_one():
    # a bureau (我局) following its city government's guide: the guide is the government's, not the bureau's
    r = parse("一、总体情况\n2019年,我局政府信息公开工作严格按照《中华人民共和国政府信息公开条例》和"
              "《咸安市人民政府信息公开指南》要求,进一步加强组织领导。\n" + PARTS)
    assert fact(r, "doc.agency") is None


def test_a_guide_compiled_by_its_own_body_still_names_it():
    r = parse("为方便公众获取政府信息,本局编制了《咸安市交通运输局政府信息公开指南》。\n"
              "一、公开范围\n我局主动公开下列信息。\n")
    assert fact(r, "doc.agency") == "咸安市交通运输局"


def test_a_notices_signature_above_its_attachment_table_names_the_issuer():
    # the signature and date, then the attachment's heading and a long flattened table after it
    rows = "".join(f" | {i} | 某单位{i} | {i * 3} | {i * 2} |\n" for i in range(1, 30))
    r = parse("各乡镇人民政府,区政府各部门:\n"
              "现将2018年3月份区政府门户网站信息报送情况通报如下。3月份各单位累计报送信息256条,采纳发布140条。"
              "望各单位进一步提高信息报送数量和质量。\n"
              "附件:3月份网站信息报送情况统计表\n"
              "乐都区人民政府办公室\n2018年4月9日\n附件\n"
              " | 序号 | 单位 | 报送信息数(条) | 采纳数(条) |\n" + rows)
    assert fact(r, "doc.agency") == "乐都区人民政府办公室"
    assert fact(r, "doc.kind") == "other"


def test_a_signature_whose_date_line_ends_with_a_table_cell_mark_names_the_issuer():
    # a page that kept a table's cell mark after the signing date
    r = parse("广大网民朋友:\n感谢您对我市政府信息公开工作的关心和支持。经研究,决定对各乡镇、市属各部门2020年的"
              "政府信息公开工作开展社会评议,请您对各单位的工作进行评价。衷心感谢您的参与!\n"
              "禄丰市人民政府办公室 2020年12月1日 |\n")
    assert fact(r, "doc.agency") == "禄丰市人民政府办公室"


# --- figures --------------------------------------------------------------------------------------------------------


def test_a_category_of_items_named_after_review_is_no_review_count():
    # the year's items by category, one of them the review decisions the bureau posts
    r = parse("一、总体情况\n2023年,本机关主动公开政府信息167条,其中政策类文件3条,公共法律服务类信息60条,"
              "行政复议类信息24条,行政诉讼类信息2条。\n" + PARTS)
    assert fact(r, "appeals.review") is None
    assert fact(r, "appeals.litigation") is None
    assert fact(r, "proactive.new") == 167


def test_a_review_count_stays_one():
    # the appeals against the body, as the statutory part states them
    r = parse("一、总体情况\n2023年,本机关被申请行政复议2件,行政诉讼0件。\n" + PARTS)
    assert fact(r, "appeals.review") == 2
    assert fact(r, "appeals.litigation") == 0


def test_requests_received_by_several_ways_in_clauses_apart_give_no_total():
    # each way's count in a clause of its own after a semicolon, the whole never stated
    r = parse("一、总体情况\n2022年,我局网站受理依申请公开6件;当面受理依申请公开4件;邮寄受理依申请公开3件;"
              "其他渠道受理依申请公开2件。均在法定期限内答复。\n" + PARTS)
    assert fact(r, "requests.received") is None
    assert fact(r, "requests.completed") is None


def test_one_way_of_requests_before_an_unrelated_clause_stays_the_total():
    # one way alone, the next clause about something else
    r = parse("一、总体情况\n2022年,我局共收到书面申请5件;全年接待群众来访12人次。均在法定期限内答复。\n" + PARTS)
    assert fact(r, "requests.received") == 5


# --- what a text is -----------------------------------------------------------------------------------------------


def test_a_plans_numbered_task_to_publish_the_reports_is_no_title():
    # a plan cut before its own title: its item "(四)编制并公布…年度报告。" opens the page
    r = parse("(四)编制并公布政府信息公开工作年度报告。督促各部门按时编制并公布本机关的年度报告。"
              "此项工作由县政府办公室负责。\n(五)加强政府网站建设。做好主动公开政府信息工作。\n"
              "(六)规范依申请公开工作。\n")
    assert fact(r, "doc.kind") == "other"


def test_the_statutory_title_on_the_first_line_stays_a_report():
    # the same words as a report's own title, with no item number before them
    r = parse("某县2023年政府信息公开工作年度报告\n" + PARTS.replace("某县", ""))
    assert fact(r, "doc.kind") == "government_annual"


def test_a_townships_own_open_day_plan_keeps_its_signer():
    # the opening sentence plans the event ("拟定于…开展…,特制定如下活动方案"), the township signs at the end
    r = parse("为切实保障人民群众的知情权和监督权,增强政府工作透明度,我镇拟定于10月开展“政府开放日”活动,"
              "结合我镇实际,特制定如下活动方案。\n一、活动时间\n2024年10月18日上午9:00\n二、活动地点\n"
              "镇便民服务中心\n三、报名方式\n请于10月16日前电话报名。\n联系电话:0818-1234567\n"
              "宣汉县柏树镇人民政府\n2024年10月8日\n")
    assert fact(r, "doc.kind") == "other"
    assert r.facts["doc.kind"].evidence.startswith("开放日通知")
    assert fact(r, "doc.agency") == "宣汉县柏树镇人民政府"


def test_news_of_an_open_day_held_still_names_no_author():
    # the event held, told by the site: no plan or notice of the body's own
    r = parse("为进一步提升政务公开水平,9月6日上午,某镇以“优化政务公开”为主题开展“政府开放日”活动,"
              "邀请群众代表参观便民服务中心。\n活动中,工作人员介绍了办事流程。\n")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") is None


def test_a_pages_key_words_line_is_no_title():
    # a news portal's reprint: the report's title, the portal's time line, its key words, then the report
    r = parse("浙江省2012年政府信息公开工作报告(全文)\n\n2013年04月23日16:59 | 某某门户网 www.example.cn\n"
              "关键词: 公开载体 年度报告 年度考核 条例 暂行办法\n\n"
              "本年度报告是根据《中华人民共和国政府信息公开条例》和《浙江省政府信息公开暂行办法》要求编制的。\n"
              "一、概述\n2012年,全省各地、各部门认真贯彻落实《条例》精神,政府信息公开工作稳步推进。\n")
    assert fact(r, "doc.kind") == "government_annual"

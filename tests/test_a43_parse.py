"""What a43 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

# --- names ---------------------------------------------------------------------------------------------------------


def test_a_subject_carrying_out_the_statute_after_a_heading_run_into_it():
    # "一、 总体情况 某镇贯彻《条例》…": the heading flattened into the sentence, the subject after it (A242)
    r = parse("一、 总体情况 青枫镇贯彻《中华人民共和国政府信息公开条例》和本市有关规定,在区委、区政府领导下"
              "完成各项任务。二、主动公开政府信息情况 本年度主动公开信息41条。")
    assert fact(r, "doc.agency") == "青枫镇"
    assert "青枫镇贯彻《中华人民共和国" in evidence(r, "doc.agency")
    assert fact(r, "doc.level") == "township"


def test_carrying_out_a_policy_names_no_subject():
    # guard: 贯彻 before anything but the statute's 《 (主要公开镇政府贯彻落实…的情况) is a topic, not a subject
    r = parse("一、总体情况\n主要公开镇政府贯彻落实国家关于农村工作政策的情况,本年度新增信息2条。")
    assert fact(r, "doc.agency") is None


def test_publishing_the_bodys_report_with_no_brackets_over_the_sites_short_form():
    # "…要求,发布某区某局2023年…年度报告" under 发布机构: 某区发改局: the opening's full name (A243)
    r = parse("发布机构: | 江阳区发改局 |\n根据《中华人民共和国政府信息公开条例》等上级文件要求,发布江阳区发展和改革局"
              "2023年政府信息公开工作年度报告。\n一、总体情况\n2023年,区发改局加大公开力度。")
    assert fact(r, "doc.agency") == "江阳区发展和改革局"
    assert "发布江阳区发展和改革局2023年" in evidence(r, "doc.agency")


def test_publishing_a_plan_names_no_author():
    # guard: 发布 before the year's work points, not a report, names nobody
    r = parse("一、总体情况\n按照上级要求,发布江阳区2023年政务公开工作要点,明确任务分工。\n我局全年公开信息80条。")
    assert fact(r, "doc.agency") != "江阳区"


# --- figures -------------------------------------------------------------------------------------------------------


def test_the_stages_of_answering_are_no_count_of_answers():
    # "…规范办理、限时答复三个环节": the work's stages, not three answered requests (F207)
    r = parse("一、总体情况\n(三)严格依申请公开。认真受理群众提出的申请,抓好依法审查、规范办理、限时答复三个环节,"
              "办理质量不断提高。")
    assert fact(r, "requests.completed") is None


def test_answers_counted_in_ge_still_count():
    # guard: "答复3个" with nothing after the unit is a count
    r = parse("一、总体情况\n2022年,我局收到政府信息公开申请3个,已答复3个。")
    assert fact(r, "requests.completed") == 3


# --- period --------------------------------------------------------------------------------------------------------


GUIDE_BODY = ("为便于公民、法人和其他组织依法获取本机关的政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。\n"
              "一、主动公开\n(一)公开范围\n本机关主动公开机构职能、政策文件等信息。")


def test_a_guides_year_before_its_noun_is_its_year():
    # "某镇2024年政府信息公开指南" on its own line: the guide's year (P26)
    r = parse("柳溪镇2024年政府信息公开指南\n" + GUIDE_BODY)
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.year") == 2024
    assert "柳溪镇2024年政府信息公开指南" in evidence(r, "doc.year")


def test_a_guides_edition_in_brackets_is_its_year():
    # "某区政府信息公开指南(2022年版)": the edition after the name (P26)
    r = parse("溪口区农业农村委员会政府信息公开指南(2022年版)\n" + GUIDE_BODY)
    assert fact(r, "doc.year") == 2022
    assert fact(r, "doc.period") == "2022"


def test_a_guide_cited_in_a_sentence_gives_no_year():
    # guard: a guide the text follows (根据…指南(2022年版)) is another text's, no title
    r = parse("根据《溪口区政府信息公开指南(2022年版)》,现将有关事项告知如下。\n" + GUIDE_BODY)
    assert fact(r, "doc.year") is None


def test_a_subject_that_sends_its_information_up_names_the_body():
    # "2022年,某中心共向区信息中心报送信息163篇": the year's subject before 共向…报送 (A244)
    r = parse("一、总体情况\n(一)主动公开政府信息情况。\n2022年,城南区市政公用服务中心共向区信息中心报送信息163篇。")
    assert fact(r, "doc.agency") == "城南区市政公用服务中心"
    assert "共向区信息中心报送" in evidence(r, "doc.agency")


def test_a_guides_title_as_a_list_item_with_its_date_names_its_issuer():
    # "- 某局政府信息公开指南 2021-10-14" (a column's list line) and "…指南(2022年版)": the guide's issuer (A245)
    r = parse("信息公开指南\n- 澜沧省机关事务管理局政府信息公开指南 2021-10-14\n" + GUIDE_BODY)
    assert fact(r, "doc.agency") == "澜沧省机关事务管理局"
    assert "2021-10-14" in evidence(r, "doc.agency")
    r = parse("溪口区农业农村委员会政府信息公开指南(2022年版)\n" + GUIDE_BODY)
    assert fact(r, "doc.agency") == "溪口区农业农村委员会"


def test_the_rest_answered_after_those_carried_forward_is_no_carried_count():
    # "除2件结转2025年继续办理,其他13件均按时答复": 2 carried forward, not the rest's 13 (F208)
    r = parse("一、总体情况\n2024年,分局共收到政府信息依申请公开件15件,除2件结转2025年继续办理,其他13件均按时答复。")
    assert fact(r, "requests.carried_forward") == 2
    assert fact(r, "requests.received") == 15


def test_carried_into_the_next_year_by_number_still_counts():
    # guard: "结转2025年继续办理2件" in one clause
    r = parse("一、总体情况\n2024年,我局共收到申请15件,结转2025年继续办理2件。")
    assert fact(r, "requests.carried_forward") == 2


def test_no_complaint_caused_by_requests_is_no_zero_of_requests():
    # "全年无因依申请公开引起投诉、复议及诉讼情况": none caused by requests, not none received (F209)
    r = parse("一、总体情况\n(二)收到和处理政府信息公开申请情况\n2022年我区收到政府信息公开申请1,"
              "全年无因依申请公开引起投诉、复议及诉讼情况。")
    assert fact(r, "requests.received") is None
    assert fact(r, "appeals.review") == 0


def test_a_joint_part_that_only_denies_enquiries_says_nothing_of_appeals():
    # "四、咨询处理及复议、诉讼和申诉情况\n本年度我市未接到…咨询。": enquiries only (F210)
    r = parse("一、总体情况\n2015年我市主动公开信息178条。\n四、咨询处理及复议、诉讼和申诉情况\n\n"
              "本年度我市未接到公民、法人和其他组织咨询。\n\n五、2016年工作安排\n下步工作中继续做好。")
    assert fact(r, "consultations.total") == 0
    assert fact(r, "appeals.review") is None
    assert fact(r, "appeals.litigation") is None


def test_a_quiet_appeals_part_still_states_none():
    # guard: "四、行政复议、行政诉讼情况\n本年度无此类情况。" states 0
    r = parse("一、总体情况\n2015年我市主动公开信息178条。\n四、行政复议、行政诉讼情况\n本年度无此类情况。\n"
              "五、存在的问题\n下步工作中继续做好。")
    assert fact(r, "appeals.review") == 0


def test_a_grids_issuer_run_into_its_label_and_the_next_label():
    # "发文机关宋村镇人民政府 主题词": the grid's separators gone, the issuer between two labels (A246)
    r = parse("索引号000014349/2024-03341\n发文字号 发文时间2024-01-10\n发文机关柳河镇人民政府 主题词\n"
              "标题2023年政府信息公开工作年度报告\n一、总体情况\n一年来,我镇依托县人民政府门户网站共主动公开政府信息290条。")
    assert fact(r, "doc.agency") == "柳河镇人民政府"
    assert "发文机关柳河镇人民政府" in evidence(r, "doc.agency")


def test_a_glued_label_before_no_body_names_none():
    # guard: "发文机关主题词" with nothing between names no one
    r = parse("发文机关 主题词\n标题2023年政府信息公开工作年度报告\n一、总体情况\n一年来,我镇共主动公开政府信息290条。")
    assert fact(r, "doc.agency") is None


def test_a_two_character_county_in_a_title_below_the_sites_metadata():
    # "叶县2012年度…年度报告" on the seventh line, under a breadcrumb and a metadata grid (A247)
    r = parse("欢迎来到某市某县人民政府门户网站!\n繁体 |\n支持IPv6\n当前位置:首页>政府信息公开>政府工作报告\n"
              "索引号:00000-2015-00002主题分类:政府工作报告\n发文字号:发布日期:2013-02-01\n"
              "沛县2012年度政府信息公开工作年度报告\n文章来源:浏览次数:\n\n2012年,我县按照《条例》的要求做好公开工作。")
    assert fact(r, "doc.agency") == "沛县"
    assert fact(r, "doc.level") == "county"


def test_a_cover_with_the_month_alone_under_the_name():
    # "某市人民政府\n2013年3月\n本年度报告是…由某市政府办公厅综合各区…编写而成": the cover's name (A248)
    r = parse("\n梧州市人民政府\n2013年3月\n本年度报告是根据《中华人民共和国政府信息公开条例》要求,"
              "由梧州市政府办公厅综合各区政府和市政府各部门的年度报告编写而成。\n一、概述\n2012年,我市继续推进政府信息公开。")
    assert fact(r, "doc.agency") == "梧州市人民政府"
    assert "2013年3月" in evidence(r, "doc.agency")


def test_all_answered_within_the_bodys_remit():
    # "受理…共31件,均已按我局职能范围回复": all answered (F211)
    r = parse("一、总体情况\n2022年,我局受理依申请公开政府信息网上申请及书面申请共31件,均已按我局职能范围回复。")
    assert fact(r, "requests.completed") == 31


def test_all_handled_in_time_said_with_zuodao():
    # "收到依申请公开信件2件,均做到了及时办理": all handled (F211)
    r = parse("一、总体情况\n2022年,收到依申请公开信件2件,均做到了及时办理。")
    assert fact(r, "requests.completed") == 2


def test_all_answered_with_geiyu_le():
    # "受理…申请36件,均在规定时限内给予了答复" (F211)
    r = parse("一、总体情况\n2013年,受理政府信息公开申请36件,均在规定时限内给予了答复。")
    assert fact(r, "requests.completed") == 36


def test_yiban_with_its_count_is_those_handled():
    # "共收到…申请8件,已办8件,办结率100%" (F211)
    r = parse("一、总体情况\n2023年,共收到政府信息公开申请8件,已办8件,办结率100%。")
    assert fact(r, "requests.completed") == 8
    assert fact(r, "requests.received") == 8


def test_a_remit_that_is_no_answer_states_nothing():
    # guard: "按职能范围" without an answering verb is no all-done phrase
    r = parse("一、总体情况\n2022年,我局受理申请共31件,均已按我局职能范围转交有关部门。")
    assert fact(r, "requests.completed") is None


def test_requests_accepted_with_jieshou():
    # "2021年共接受民众申请政府信息公开23件": 接受 as 接收 (F212)
    r = parse("一、总体情况\n2021年共接受民众申请政府信息公开23件,同比上升27.7%,其中网上申请19件、信函申请4件。")
    assert fact(r, "requests.received") == 23


def test_requests_received_and_closed_in_one_verb_after_the_parts_name():
    # "依申请公开受理和办结6件": received and completed (F212)
    r = parse("一、总体情况\n2021年度,区公安分局依申请公开受理和办结6件。")
    assert fact(r, "requests.received") == 6
    assert fact(r, "requests.completed") == 6


def test_a_schools_rules_name_it_with_its_short_form_in_the_first_article():
    # "第一章 总则\n第一条 为…保证某职业技术学院(以下简称“某职院”)…": the school the rules are for (A249)
    r = parse("第一章 总则\n第一条 为贯彻落实国家教育改革和发展规划纲要精神,保证岭南职业技术学院(以下简称“岭职院”)"
              "招生工作顺利进行,制定本章程。\n第二条 学院招生工作遵循公平竞争、公正选拔的原则。")
    assert fact(r, "doc.agency") == "岭南职业技术学院"
    assert fact(r, "doc.level") == "university"


def test_a_schools_rules_name_it_by_its_full_name():
    # "第三条 学院全称:某职业技术学院" (A249)
    r = parse("第一章 总则\n第一条 为保证学院普通高校招生工作的顺利进行,特制定本章程。\n"
              "第二条 学院招生工作遵循公平竞争的原则。\n第三条 学院全称:岭南职业技术学院。")
    assert fact(r, "doc.agency") == "岭南职业技术学院"


def test_a_school_named_short_in_a_report_is_not_read_as_rules():
    # guard: a report's body (not rules) that names a school with its short form keeps the report's own reading
    r = parse("一、总体情况\n2022年,我局指导岭南职业技术学院(以下简称岭职院)做好信息公开工作。")
    assert fact(r, "doc.agency") != "岭南职业技术学院"


def test_appeal_counts_written_before_their_nouns():
    # "全区本年度有12件行政复议案件,15件行政诉讼案件": each count before its own noun (F213)
    r = parse("一、总体情况\n四、政府信息公开行政复议、行政诉讼情况\n全区本年度有12件行政复议案件,15件行政诉讼案件。")
    assert fact(r, "appeals.review") == 12
    assert fact(r, "appeals.litigation") == 15


def test_an_appeal_count_after_its_noun_still_counts():
    # guard: "行政复议案件3件,行政诉讼案件0件"
    r = parse("一、总体情况\n四、政府信息公开行政复议、行政诉讼情况\n本年度行政复议案件3件,行政诉讼案件0件。")
    assert fact(r, "appeals.review") == 3
    assert fact(r, "appeals.litigation") == 0


def test_chuli_alone_is_those_handled_not_those_received():
    # "全年处理政府信息公开申请2条", "处理依申请公开23件": 处理 as F14's 办理 (F214)
    r = parse("一、总体情况\n2021年,全年处理政府信息公开申请2条。")
    assert fact(r, "requests.completed") == 2
    assert fact(r, "requests.received") is None
    r = parse("一、总体情况\n全年主动公开政府信息11985条,处理依申请公开23件。")
    assert fact(r, "requests.completed") == 23
    assert fact(r, "requests.received") is None


def test_the_years_load_handled_with_its_new_part_after_it():
    # "共处理…申请件1717件,其中新收1641件": the load (with the carried-over), so no completed count (F214)
    r = parse("一、总体情况\n2022年,全区共处理政府信息公开申请件1717件,其中新收1641件。")
    assert fact(r, "requests.received") == 1641
    assert fact(r, "requests.completed") is None


def test_received_and_handled_with_some_carried_into_next_year():
    # "共收到和处理依申请公开63件(…),下年结转件2件": not all done (F214)
    r = parse("一、总体情况\n本年度共收到和处理依申请公开63件(其中依申请公开61条,重复申请2条),"
              "无上年结转件,下年结转件2件。")
    assert fact(r, "requests.received") == 63
    assert fact(r, "requests.completed") is None


def test_received_and_handled_with_none_carried_is_all_handled():
    # guard: "共收到和处理…申请28件" with nothing carried on: those handled too
    r = parse("一、总体情况\n2022年共收到和处理政府信息公开申请28件。")
    assert fact(r, "requests.received") == 28
    assert fact(r, "requests.completed") == 28


def test_the_whole_area_after_a_verb_is_no_name():
    # "当日高新区开展…活动,促进全区政务公开工作深入开展": 促进全区 is no body (A250)
    r = parse("5月15日,按照市政府通知要求,当日高新区开展“5·15政务公开日”活动,促进全区政务公开工作深入开展。")
    assert fact(r, "doc.agency") != "促进全区"


def test_the_subject_that_sums_up_its_year_into_the_report():
    # "…的相关要求,某市对2018年政府信息公开进行梳理和汇总,形成本报告" (A251)
    r = parse("根据《中华人民共和国政府信息公开条例》的相关要求,"
              "博州山口市对2018年政府信息公开进行梳理和汇总,形成本报告。\n一、概述\n2018年,我市继续推进政府信息公开。")
    assert fact(r, "doc.agency") == "博州山口市"
    assert "对2018年政府信息公开进行梳理" in evidence(r, "doc.agency")


def test_summing_up_with_no_subject_names_none():
    # guard: "结合我县实际,对2015年度…进行了梳理" has no subject before 对
    r = parse("根据《条例》规定,结合我县实际,对2015年度政府信息公开工作进行了梳理、统计和总结。\n"
              "一、概述\n我县继续推进公开。")
    assert fact(r, "doc.agency") is None


def test_a_writing_sites_blurb_is_no_title():
    # "前言:本站为你精心整理了乡政府信息公开工作年度报告范文,…": the site's blurb names no body (A252)
    r = parse("范本网工作报告内容页\n乡政府信息公开工作年度报告\n2024-07-03 18:35:01工作报告\n"
              "前言:本站为你精心整理了乡政府信息公开工作年度报告范文,希望能为你的创作提供参考价值。\n"
              "一、基本情况\n在县委、县政府的正确领导下,我乡认真贯彻实施《条例》。")
    assert fact(r, "doc.agency") is None


def test_a_declared_short_form_with_its_topic_cut_off_stands_for_the_full_name():
    # "某大学医学院(以下简称医学院)…" then "2014-2015学年,医学院信息公开工作在…": the full name (A253)
    r = parse("江东交通大学医学院(以下简称医学院)2014-2015年度报告是根据《高等学校信息公开办法》编制的。\n"
              "一、主要工作概述\n2014-2015学年,医学院信息公开工作在教育部的统一部署下深入推进。")
    assert fact(r, "doc.agency") == "江东交通大学医学院"


def test_an_article_sites_blurb_is_no_title():
    # "这篇文章主要为大家详细介绍了小学信息公开工作总结,…": the site's blurb names no body (A252)
    r = parse("这篇文章主要为大家详细介绍了小学信息公开工作总结,具有一定的参考价值,感兴趣的小伙伴们可以参考一下。\n"
              "一年来,我县坚持强化基础、突出重点,努力提高信息公开工作水平。")
    assert fact(r, "doc.agency") is None


# --- kind ----------------------------------------------------------------------------------------------------------


def test_a_genre_alone_in_a_sites_menu_above_a_reports_title():
    # "政府信息公开指南\n\n政府信息公开制度\n\n某州2015年政府信息公开工作年度报告": the menu's genre is no title (K48)
    r = parse("政策\n\n规章\n规范性文件数据库\n\n政府信息公开指南\n\n政府信息公开制度\n\n"
              "黔东州2015年政府信息公开工作年度报告\n\n发布时间: 2016-03-24 16:22\n\n"
              "本年度报告是根据《中华人民共和国政府信息公开条例》编写。本报告中所列数据的统计期限自2015年1月1日起至"
              "2015年12月31日止。\n\n一、总体工作情况\n(一)建立健全政府信息公开工作机制。")
    assert fact(r, "doc.kind") == "government_annual"


def test_a_rules_page_under_its_genre_stays_rules():
    # guard: "政府信息公开制度" over the rules themselves, no report title below, is a rules page
    r = parse("政府信息公开制度\n第一条 为规范本机关政府信息公开工作,制定本制度。\n第二条 本制度适用于本机关。")
    assert fact(r, "doc.kind") == "other"


def test_carried_over_from_the_year_before_by_number_with_what_was_done():
    # "其中,本年度新接收91件,2020年结转办理1件" in a 2021 report (F215)
    r = parse("一、总体情况\n2021年,全区累计处理政府信息依申请公开92件,其中,本年度新接收91件,2020年结转办理1件。")
    assert fact(r, "requests.carried_over") == 1
    assert fact(r, "requests.received") == 91


def test_a_count_that_lost_its_unit_does_not_hand_its_place_to_the_next():
    # "收到政府信息公开申请87分别为予以公开45件": 87 lost its 件; 45 is an outcome, not the received (F216)
    r = parse("一、总体情况\n2024年我局收到政府信息公开申请87分别为予以公开45件;不予公开12件。")
    assert fact(r, "requests.received") != 45


def test_requests_received_since_are_no_running_total_of_items():
    # "截至2012年底,累计收到82件,办结61件": requests, not proactive items (F217)
    r = parse("一、概述\n截至2012年底,累计收到82件,办结61件。")
    assert fact(r, "proactive.cumulative") is None


def test_a_service_windows_phone_enquiries_among_its_kinds_are_no_consultations():
    # "…司法鉴定类602件、法律援助类690件、电话咨询类1795件" (F218)
    r = parse("一、总体情况\n我厅服务窗口全年办理各类公共法律服务事项14527件,其中律师类11075件、公证类365件、"
              "司法鉴定类602件、法律援助类690件、电话咨询类1795件。")
    assert fact(r, "consultations.total") is None


def test_the_bodys_year_between_its_name_and_its_works_reality():
    # "结合省财政厅2024年政府信息公开工作实际,编制本报告" (A254)
    r = parse("根据《中华人民共和国政府信息公开条例》相关要求,结合省财政厅2024年政府信息公开工作实际,编制本报告。\n"
              "一、总体情况\n2024年,我厅持续深化政务公开。")
    assert fact(r, "doc.agency") == "省财政厅"
    assert "结合省财政厅2024年" in evidence(r, "doc.agency")


def test_a_supply_cooperative_in_its_own_voice_names_itself():
    # "2023年,区供销合作社坚持…" in a text that says 我社: the body itself (A255)
    r = parse("一、总体情况\n2023年,区供销合作社坚持以习近平新时代中国特色社会主义思想为指导,持续做好政府信息公开工作。"
              "我社全年公开信息4条。")
    assert fact(r, "doc.agency") == "区供销合作社"


def test_a_supply_cooperative_in_a_bureaus_text_is_a_partner():
    # guard: "区供销合作社" named in a text that speaks as 我局 is not the author (A121)
    r = parse("一、总体情况\n2023年,区供销合作社配合我局开展政策宣传。我局全年公开信息40条。")
    assert fact(r, "doc.agency") != "区供销合作社"


def test_requests_received_with_the_parts_name_in_quotes_and_a_part_after():
    # "共收到9件“依申请公开”申请,其中5件为协助…": 9, not the part after 其中 (F219)
    r = parse("一、总体情况\n2021年度,我县共收到9件“依申请公开”申请,其中5件为协助市政务公开科办理,均已完成;"
              "4件为我县直接办理。")
    assert fact(r, "requests.received") == 9


def test_a_phrase_with_the_texts_own_voice_inside_is_no_name():
    # "(一)党建工作,常抓不懈我馆支部严格执行…": 我馆 inside the phrase, no body's name (A256)
    r = parse("2023年工作总结(一)党建工作,常抓不懈我馆支部严格执行“三会一课”制度,扎实开展主题教育活动。")
    assert fact(r, "doc.agency") is None


def test_all_handled_properly_or_in_two_ways_at_once():
    # "均已按照相关程序和规定妥善处理", "均做到及时高效办理": all handled (F211)
    r = parse("一、总体情况\n(二)依申请公开\n截至2024年12月31日,我镇共收到1件政府信息公开申请,"
              "均已按照相关程序和规定妥善处理。")
    assert fact(r, "requests.completed") == 1
    r = parse("一、总体情况\n(二)依申请公开\n2022年,新受理政府信息公开申请6件,均做到及时高效办理。")
    assert fact(r, "requests.completed") == 6


def test_handling_still_under_way_is_not_all_done():
    # guard: "均在妥善处理中" is not done
    r = parse("一、总体情况\n(二)依申请公开\n2022年,共收到政府信息公开申请2件,均在妥善处理中。")
    assert fact(r, "requests.completed") is None


def test_a_step_in_the_procedures_list_is_no_receiving_verb():
    # "按照接收、登记、审核、办理、答复程序,全年依法规范办理依申请公开事项1件": handled, not received (F220)
    r = parse("一、总体情况\n(二)依申请公开\n按照接收、登记、审核、办理、答复程序,全年依法规范办理依申请公开事项1件。")
    assert fact(r, "requests.completed") == 1
    assert fact(r, "requests.received") is None


def test_two_verbs_joined_by_a_dunhao_still_receive():
    # guard: "全年共收到、办理依申请公开0件": received (and handled) none
    r = parse("一、总体情况\n二是依申请公开。全年共收到、办理依申请公开0件,其中当面申请0件。")
    assert fact(r, "requests.received") == 0


def test_a_guides_bare_place_in_its_title_stays_when_the_body_names_no_government():
    # "潢川县政府信息公开指南" with a body that never names whose information it helps find (A71 alone; A257)
    r = parse("当前位置: 首页 > 公开规范 > 政府信息公开指南\n淮滨县政府信息公开指南\n发布时间:2018-09-10\n"
              "根据《中华人民共和国政府信息公开条例》,编制本指南。\n一、主动公开\n(一)公开范围\n机构职能、政策文件等。")
    assert fact(r, "doc.agency") == "淮滨县"
    assert fact(r, "doc.kind") == "other"


def test_requests_by_the_parts_name_with_government_information_after_it():
    # "我苏木依申请公开政府信息共4件,其中,予以公开2件" (F221)
    r = parse("一、总体情况\n(二)依申请公开\n2025年,我苏木依申请公开政府信息共4件,其中,予以公开2件,不掌握信息2件。")
    assert fact(r, "requests.received") == 4


def test_requests_counted_in_xiang_before_their_noun():
    # "沌口街道接到2项政府信息公开的申请" (F221)
    r = parse("一、总体情况\n(二)依申请公开\n2021年,沌口街道接到2项政府信息公开的申请,均已按时答复。")
    assert fact(r, "requests.received") == 2


def test_none_accepted_is_none_received():
    # "我镇未接受政府信息公开申请" (F221)
    r = parse("一、总体情况\n(二)依申请公开\n截止目前,我镇未接受政府信息公开申请。")
    assert fact(r, "requests.received") == 0


def test_all_answered_formally():
    # "收到…申请2份,均已正式答复" (F211)
    r = parse("一、总体情况\n(二)依申请公开\n2025年,城乡工作办事处收到公民提出的政府信息公开申请2份,均已正式答复。")
    assert fact(r, "requests.completed") == 2


def test_all_answered_the_verb_first_and_its_manner_after():
    # "均向当事人作出了及时的回复" (F211)
    r = parse("一、总体情况\n(二)依申请公开\n2021年共接收政府信息公开申请18件,均向当事人作出了及时的回复。")
    assert fact(r, "requests.completed") == 18

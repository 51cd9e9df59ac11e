"""What a39 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

# --- who reports ---------------------------------------------------------------------------------------------------


def test_a_system_titles_report_compiled_by_its_bureau_as_the_subject_of_bianzhi():
    # "…的规定,某市气象局特编制《某省某市气象部门2023年…年度报告》": the bureau that compiles the system's report is
    # its author (A178), whether written as 由X编制 or as the subject of 编制 with the report's title as its object; the
    # clause before it runs straight on ("等的规定丽水市气象局"), so the bureau is the tail the system's name ends in
    r = parse("浙江省丽水市气象部门2023年政府信息公开工作年度报告\n\n浙江省气象局:\n根据《中华人民共和国政府信息公开"
              "条例》等的规定丽水市气象局特编制《浙江省丽水市气象部门2023年政府信息公开工作年度报告》,现将有关情况"
              "报告如下:\n一、总体情况\n2023年,全市气象部门主动公开信息93条。")
    assert fact(r, "doc.agency") == "丽水市气象局"
    assert "特编制" in evidence(r, "doc.agency")


def test_a_bureau_compiling_another_report_does_not_replace_the_system():
    # the bureau's 编制 object is not the annual report ("某局编制了《某市气象灾害防御规划》"): the system stands (A34)
    r = parse("浙江省丽水市气象部门2023年政府信息公开工作年度报告\n\n2023年,丽水市气象局编制了《丽水市气象灾害防御"
              "规划》。我市气象部门认真贯彻《条例》。\n一、总体情况\n全年主动公开信息93条。")
    assert fact(r, "doc.agency") == "浙江省丽水市气象部门"


def test_a_subject_bureau_of_another_domain_does_not_replace_the_system():
    # the compiling subject must be the system's own bureau: a city's water bureau compiling names no weather system
    r = parse("浙江省丽水市气象部门2023年政府信息公开工作年度报告\n\n根据《条例》规定,丽水市水利局特编制《浙江省"
              "丽水市气象部门2023年政府信息公开工作年度报告》。\n一、总体情况\n全年主动公开信息93条。")
    assert fact(r, "doc.agency") == "浙江省丽水市气象部门"


def test_a_copula_inside_the_clause_before_the_verb_names_no_subject():
    # "开展信息公开工作是学校深入贯彻…的重要环节": the clause says what the work is; 学校 is inside its predicate
    r = parse("为进一步做好我校信息公开工作,按照教育部办公厅通知要求,结合学校实际,具体情况报告如下:\n"
              "一、信息公开工作概述\n开展信息公开工作是学校深入落实依法治校、加强民主监督的重要环节。")
    assert fact(r, "doc.agency") is None


def test_the_report_copula_before_a_name_still_names_the_compiler():
    # the report's own copula (A: "本年度报告是某办根据…编制") is not a copula inside a subject
    r = parse("本年度报告是市民宗委根据《中华人民共和国政府信息公开条例》要求编制的。\n一、总体情况\n"
              "2021年,我委主动公开信息45条。")
    assert fact(r, "doc.agency") == "市民宗委"


def test_an_and_inside_a_sites_name_is_no_conjunction_between_two_sites():
    # "“某市人力资源和社会保障局网站”": the 和 belongs to the name; the site pattern for "市政府网站和法制办网站"
    # must not read "社会保障局" out of it
    r = parse("根据《条例》要求,我局编制了本年度报告。本报告可在我局门户网站“江城人力资源和社会保障局网站”下载。\n"
              "一、概述\n2013年,我局主动公开信息120条。")
    assert fact(r, "doc.agency") != "社会保障局"


def test_a_departments_short_site_beside_the_governments_is_still_its_naming():
    # the class OWN_SITE was made for: "在市政府网站和法制办网站…公开", in the office's voice (我办)
    r = parse("2012年,我办通过在市政府网站和法制办网站进行主动公开,全年公开信息36条。我办认真落实《条例》。")
    assert fact(r, "doc.agency") == "法制办"


def test_a_street_office_whose_name_opens_with_a_function_word():
    # "2025年和平街道办事处通过…公开信息65条": 和 opens the name, and the full form (…街道办事处) says it is a name
    r = parse("根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n(一)主动公开政府信息情况\n"
              "2025年和平街道办事处通过区门户网站公开信息65条。")
    assert fact(r, "doc.agency") == "和平街道办事处"
    assert fact(r, "doc.level") == "township"


def test_a_phrase_opened_by_he_is_still_no_name():
    # "和上年相比…": a clause opening with the conjunction names no body
    r = parse("2025年和上年相比公开信息增加12条。\n一、总体情况\n全年主动公开信息65条。")
    assert fact(r, "doc.agency") is None


def test_a_county_named_by_one_character():
    # 沛县, 陇县, 理县: one character and 县 (the name pattern wanted two before the unit)
    r = parse("根据《中华人民共和国政府信息公开条例》要求,现将2014年沛县政府信息公开年度报告予以公布。本报告中所列数据"
              "的统计期限自2014年1月1日起至2014年12月31日止。\n一、概述\n全年主动公开信息1200条。")
    assert fact(r, "doc.agency") == "沛县"
    assert fact(r, "doc.level") == "county"


def test_a_division_that_is_also_a_common_word_is_no_name():
    # the table's 城区 (a district's name in two cities) is also "the town area": never read alone
    r = parse("2014年城区政府信息公开工作稳步推进,全年主动公开信息120条。\n一、概述\n本报告所列数据统计期限为2014年。")
    assert fact(r, "doc.agency") is None


# --- what the text is ----------------------------------------------------------------------------------------------


def test_a_portal_menu_wrapped_over_short_lines_is_no_title():
    # "政府信息\n公开制度\n政策文件\n…": a flattened menu, its "公开制度" no rules document's title
    r = parse("热搜词:营商环境 乡村振兴\n\n政府信息\n公开制度\n\n政策文件\n\n法定主动\n公开内容\n\n"
              "政府信息\n公开年报\n\n江城市人民政府\n2020年政府信息公开工作年度报告\n\n本报告根据《中华人民共和国政府信息公开条例》要求编制,"
              "所列数据统计期限为2020年1月1日至2020年12月31日。\n一、总体情况\n2020年,全市主动公开信息8200条。")
    assert fact(r, "doc.kind") == "government_annual"


def test_a_rules_documents_title_after_a_short_heading_is_still_read():
    # a title on its own line (not a run of menu entries) keeps naming the document's type
    r = parse("江城镇\n政府信息公开保密审查制度\n\n为规范政府信息公开保密审查工作,制定本制度。\n"
              "第一条 本镇公开政府信息前应当进行保密审查。")
    assert fact(r, "doc.kind") == "other"


# --- figures -------------------------------------------------------------------------------------------------------


def test_all_closed_by_the_procedure_named_as_liucheng():
    # "均按照规范流程办结": the procedure's 流程 as its 程序 (F11: all answered)
    r = parse("2024年,我局收到政府信息公开申请9件,均按照规范流程办结。")
    assert fact(r, "requests.received") == 9
    assert fact(r, "requests.completed") == 9


def test_all_accepted_and_then_answered():
    # "全部规范受理并及时予以答复": accepted first, then answered — all of them
    r = parse("2024年共收到政府信息依申请公开6件,全部规范受理并及时予以答复。")
    assert fact(r, "requests.completed") == 6


def test_a_public_appeal_answered_in_an_earlier_clause_does_not_take_the_requests_all_answered():
    # "及时回应群众的诉求,2024年,我局共收到…申请3件,已依法进行答复": 诉求 is in a clause before the requests'
    # own count; the phrase after the count answers the requests
    r = parse("畅通申请渠道,及时回应群众的诉求,2024年,我局共收到和处理政府信息公开申请3件,已依法进行答复。")
    assert fact(r, "requests.completed") == 3


def test_other_things_answered_before_the_phrase_still_give_no_completed_count():
    # "…来信7件,网民留言3件,全部予以答复": the phrase follows other things answered (unchanged)
    r = parse("2024年收到政府信息公开申请3件,来信7件,网民留言3件,全部予以答复。")
    assert fact(r, "requests.completed") is None


# --- dates ---------------------------------------------------------------------------------------------------------


def test_a_date_line_with_its_clock_time_glued_on_above_the_source_line():
    # "2021-03-2918:26" (the space lost) over "来源:": the page's date for the document
    r = parse("江城市2020年政府信息公开工作年度报告\n2021-03-2918:26\n来源:\n字体:\n"
              "本报告依据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2020年,全市主动公开信息8200条。")
    assert fact(r, "doc.published_on") == "2021-03-29"


def test_a_bulleted_date_line_in_the_pages_metadata_block():
    # "  • 2026-01-27 15:42" over "  • 来源: 某街道办事处"
    r = parse("江城街道办事处2025年政府信息公开工作年度报告\n\n  • 2026-01-27 15:42\n  • 来源: 江城街道办事处\n\n"
              "根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n全年主动公开信息56条。")
    assert fact(r, "doc.published_on") == "2026-01-27"


def test_a_date_line_followed_by_the_body_is_not_taken_as_the_pages_date_by_this_rule():
    # a date line with no metadata line after it is no metadata block's (other rules judge it)
    r = parse("江城街道办事处2025年政府信息公开工作年度报告\n1998-01-27 15:42\n"
              "根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n全年主动公开信息56条。")
    assert fact(r, "doc.published_on") != "1998-01-27"


def test_this_years_count_up_to_a_day_of_it_is_no_running_total():
    # "今年截至12月末,累计…13条": 今年 before 截至 makes 累计 the year's sum so far, never a running total
    r = parse("今年截至12月末,累计在政务公开网站发布各类信息13条。")
    assert fact(r, "proactive.cumulative") is None


def test_a_year_end_with_no_this_year_before_it_stays_a_running_total():
    r = parse("截至12月末,累计在政务公开网站发布各类信息13条。")
    assert fact(r, "proactive.cumulative") == 13


def test_enquiries_in_person_and_another_way_in_the_next_sentence_give_no_total():
    # "共接受现场咨询800余人次。并通过电话、微信…回应200余人次": two ways (F114), the second joined by 并
    r = parse("2018年,我局共接受现场咨询800余人次。并通过电话、微信及其他方式回应200余人次。")
    assert fact(r, "consultations.total") is None


def test_enquiries_in_person_alone_stay_the_count():
    r = parse("2018年,我局共接受现场咨询800余人次。全年未收到政府信息公开申请。")
    assert fact(r, "consultations.total") == 800


# --- what the text is (samples) ------------------------------------------------------------------------------------


def test_a_model_self_check_report_with_blanks_is_the_work_summary_it_models():
    # "…政务公开自查报告范文" with 20xx/xx: K3 keeps a sample without the statutory parts a work summary
    r = parse("乡镇政府政务公开自查报告范文\n\n长期以来,我乡的政务公开工作在县委、县政府的正确领导下,坚持以党的xx大精神"
              "为指导,认真落实各项要求。20xx年,我乡主动公开信息xx条,现将自查情况报告如下:\n一、加强组织领导\n"
              "我乡成立了政务公开工作领导小组。")
    assert fact(r, "doc.kind") == "work_summary"


def test_a_model_annual_report_with_blanks_stays_a_template():
    # a 范文 of the annual report itself (the statutory layout, blanks left) is a template (K3, lk-001)
    r = parse("政府信息公开年度工作报告范文\n\n本年度报告是根据《中华人民共和国政府信息公开条例》要求,由xx区编制。"
              "全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、收费及减免情况等。\n一、概述\n"
              "20xx年,本区主动公开信息xx条。")
    assert fact(r, "doc.kind") == "template"


# --- the twentieth set ---------------------------------------------------------------------------------------------


def test_an_item_of_a_rules_text_with_its_bracket_lost_names_no_body():
    # "(六)编制学校信息公开工作年度报告;" in a school's rules: an item, its "(" lost at a title's edge
    r = parse("江城学院信息公开实施办法\n第四条 信息公开工作领导小组办公室具体职责是:\n(五)受理信息公开申请;\n"
              "(六)编制学校信息公开工作年度报告;\n(七)承担其它职责。")
    assert fact(r, "doc.agency") != "六)编制学校"
    assert not str(fact(r, "doc.agency") or "").startswith("六")


def test_every_levels_bodies_are_no_author():
    # "中央有关单位和地方各级党委政府大力支持…": bodies of every level, no one body
    r = parse("全国人民代表大会常务委员会:\n我代表最高人民法院报告工作,请审议。"
              "中央有关单位和地方各级党委政府大力支持配合,积极帮助解决实际困难。")
    assert fact(r, "doc.agency") is None


def test_a_disclosure_desk_whose_owner_spam_replaced_is_no_author():
    # "由某某官网政务公开办公室编制": the brand took the government's name; its desk alone names no body
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》,由立博官网政务公开办公室编制。"
              "本年报由概述、主动公开政府信息情况等六部分组成。\n一、概述\n2009年,全市主动公开信息1200条。")
    assert fact(r, "doc.agency") is None


def test_a_title_wrapped_before_its_last_noun():
    # "某县人民政府2012年政府信息公开\n年度报告": the statutory title over two lines, the page cut after its overview
    r = parse("江城县人民政府2012年政府信息公开\n年度报告\n本报告为2012年度县政府信息公开年度报告。"
              "包括政府信息公开工作概述、主动公开政府信息的情况等八个部分。\n一、政府信息公开工作概述\n"
              "2012年,县政府认真贯彻《政府信息公开条例》,突出重点,及时公开群众关注的政府信息,"
              "进一步健全了信息公开的工作机制。")
    assert fact(r, "doc.kind") == "government_annual"


def test_two_verbs_for_one_count_and_the_running_total_after_it():
    # "共主动公开、更新各类信息222条,累计主动公开信息2382条": the year's 222 and the running total 2382
    r = parse("2014年,县政府共主动公开、更新各类信息222条,累计主动公开信息2382条。")
    assert fact(r, "proactive.new") == 222
    assert fact(r, "proactive.cumulative") == 2382


def test_the_websites_count_stands_over_the_gazettes_in_a_list_of_channels():
    # "1.通过门户网站…1945条 … 4.通过《某市人民政府公报》发布信息6条": the website's (F16), not the gazette's
    r = parse("(一)主动公开情况\n1.通过门户网站主动公开信息。2025年我局通过门户网站主动公开1945条信息。\n"
              "2.通过《江城市人民政府公报》主动公开信息。2025年,我局通过《江城市人民政府公报》发布信息6条。")
    assert fact(r, "proactive.new") == 1945


def test_the_gazettes_count_alone_is_still_the_years():
    r = parse("2021年,全年通过政府公报主动公开政府信息2793条,发布政策解读材料3篇。")
    assert fact(r, "proactive.new") == 2793


def test_a_count_that_leaves_a_kind_out_is_no_total():
    # "主动公开政府信息数(除公文发布外)621条,公文发布数74件": a part; the whole (695) is not stated
    r = parse("截至2016年12月31日,我局共主动公开政府信息数(除公文发布外)621条,公文发布数74件。")
    assert fact(r, "proactive.new") is None


def test_parts_after_qizhong_that_add_up_to_the_whole_are_all_answered():
    # "受理…5件。其中,同意公开的3件,不属于本机关公开的2件,均依法依规答复": every part listed (3 + 2 = 5)
    r = parse("(二)依申请公开情况。2020年,共受理依申请公开5件。"
              "其中,同意公开的3件,不属于本机关公开的2件,均依法依规答复。")
    assert fact(r, "requests.completed") == 5


def test_parts_that_do_not_add_up_leave_the_answered_count_unsaid():
    r = parse("(二)依申请公开情况。2020年,共受理依申请公开5件。"
              "其中,同意公开的3件,不属于本机关公开的1件,均依法依规答复。")
    assert fact(r, "requests.completed") is None


def test_no_requests_named_as_the_clauses_last_words():
    # "2021年,无政府信息公开申请事项。": none received
    r = parse("(二)依申请公开情况\n2021年,无政府信息公开申请事项。")
    assert fact(r, "requests.received") == 0


def test_no_requests_words_before_an_appeal_still_say_nothing_of_requests():
    r = parse("(二)依申请公开情况\n2021年,无政府信息公开申请引起的行政复议。")
    assert fact(r, "requests.received") is None


def test_a_running_total_reached_yi_da():
    # "通过目录系统累计主动公开政府信息已达657条。2016年新增…50条"
    r = parse("我们通过政府信息公开目录管理系统累计主动公开政府信息已达657条。2016年新增主动公开政府信息50条。")
    assert fact(r, "proactive.cumulative") == 657
    assert fact(r, "proactive.new") == 50


def test_related_contents_disclosed_are_the_years_items():
    r = parse("(一)主动公开情况\n在区政府门户网站设置了专栏,2021年共依法主动公开相关内容64条。")
    assert fact(r, "proactive.new") == 64


def test_one_request_answered_when_the_bodys_name_opens_the_sentence_and_an_earlier_one():
    # the body's long name written before (the evidence's first words found there first): the one request's own
    # sentence says it was answered (进行了回复)
    r = parse("江城市东湖生态旅游风景区管理委员会市场监督管理局2021年政府信息公开工作年度报告\n(二)依申请公开情况\n"
              "2021年江城市东湖生态旅游风景区管理委员会市场监督管理局共收到1件政府信息公开申请,"
              "并在规定时间内进行了回复公开。")
    assert fact(r, "requests.received") == 1
    assert fact(r, "requests.completed") == 1


# --- the twenty-first set ------------------------------------------------------------------------------------------


def test_a_sites_column_above_the_title_gives_way_to_the_title():
    # "信息公开年报" (the column the page is filed under) then "某局2016年…年度报告": the title is the second line
    r = parse("市人大|市政协 政务微信|政务微博|无障碍浏览\n信息公开年报\n江城市林业局2016年政府信息公开工作年度报告\n"
              "发布时间:2017年03月17日  来源: 字体:\n一、总体公开情况\n2016年,我局扎实推进政府信息公开工作,"
              "通过各级网站、简报等平台公开信息。")
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.agency") == "江城市林业局"


def test_the_title_run_on_into_the_first_sentence():
    # "某局2016年度政府信息公开工作年度报告根据《条例》…编制而成。": no break after the title
    r = parse("江城县林业局2016年度政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》及有关文件规定"
              "编制而成。林业局对本年度与群众利益相关的政府信息进行汇总,并通过县林业局门户网站进行公示。\n"
              "一、政府信息公开工作概述\n2016年,我局领导重视,措施得力。")
    assert fact(r, "doc.kind") == "government_annual"


def test_the_fee_and_appeal_parts_make_a_page_opening_inside_an_earlier_part_a_report():
    # the page opens inside part two; "四、…收费及减免情况" and "五、…行政复议…行政诉讼的情况" follow
    r = parse("公开信息\n(一)本机关主动公开政府信息的数量。截至12月31日,市政府主动公开政府信息共2367条。\n"
              "(二)政府信息公开的形式。目前,我市政府门户网站是政府信息公开的第一平台。\n"
              "四、政府信息公开的收费及减免情况\n本年度我市对政府信息公开未予收费。\n"
              "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度申请行政复议4件、提起行政诉讼7件。")
    assert fact(r, "doc.kind") == "government_annual"


def test_the_publics_hot_issues_point_is_no_problems_part():
    # "(二)进一步关注群众关心的热点问题": a point of the overview, not 存在的主要问题
    r = parse("根据《条例》,特向社会公布2017年度江城区档案局信息公开年度报告。"
              "本年报由信息公开工作概述、主动公开信息情况等部分组成。\n一、信息公开工作概述\n(一)进一步加大领导力度,细化责任体系。\n"
              "(二)进一步关注群众关心的热点问题,真实、及时地反映本局的工作动态。")
    assert fact(r, "sections.problems") is False


def test_the_problems_part_is_still_read():
    r = parse("一、概述\n全年主动公开信息30条。\n五、存在的主要问题及改进措施\n信息公开的及时性有待提高。")
    assert fact(r, "sections.problems") is True


def test_repeated_requests_handled_apart_are_no_received_count():
    # "另处理重复申请1件": a kind of the year's requests
    r = parse("(二)依申请公开\n2025年,共受理政府信息公开申请24件(含上年结转1件)。经依法办理,予以公开4件,无法提供19件,"
              "另处理重复申请1件,所有申请均在法定期限内完成答复。")
    assert fact(r, "requests.received") is None
    assert fact(r, "requests.carried_over") == 1


def test_the_years_new_intake_after_qizhong_is_the_received_count():
    # "累计处理…92件,其中,本年度新接收91件,2020年结转办理1件": the 92 is the load, the 91 the year's intake (F18)
    r = parse("今年以来,全区累计处理政府信息依申请公开92件,其中,本年度新接收91件,2020年结转办理1件。")
    assert fact(r, "requests.received") == 91


def test_one_figure_is_not_both_the_years_and_the_running_total():
    # the same figure read by both facts from one sentence (snippets cut a little differently): the year's only
    r = parse("(一)主动公开情况。2021年,各园区、镇(街道)及部门及时更新发布本地区、本部门的各类政策文件,累计主动公开各类"
              "政府文件2101条,区政府门户网站发布政务动态类消息3231条。")
    assert not (fact(r, "proactive.new") == 2101 and fact(r, "proactive.cumulative") == 2101)


def test_a_general_offices_disclosure_division_answers_enquiries_and_is_no_author():
    # "请与某市政府办公厅政务公开处联系": the division that answers enquiries for the city
    r = parse("本年度报告由江城市政府办公厅综合各区政府和市政府各部门的年度报告编写而成。"
              "如对本年报有任何疑问,请与江城市政府办公厅政务公开处联系(地址:府前路1号)。\n一、概述\n2012年,我市政府信息公开工作稳步推进。")
    assert fact(r, "doc.agency") != "江城市政府办公厅政务公开处"


# --- the twenty-second set -----------------------------------------------------------------------------------------


def test_a_zones_party_and_government_office_compiles_for_the_zone():
    # "由某高新区党政办公室编制": the zone's own office (A19), the zone reports
    r = parse("本报告根据《中华人民共和国政府信息公开条例》规定,由江城高新区党政办公室编制,全文包括总体情况、主动公开"
              "政府信息情况等。\n一、总体情况\n2022年,我区主动公开信息320条。")
    assert fact(r, "doc.agency") == "江城高新区"


def test_an_information_centre_with_no_owner_is_no_author():
    # "来源:信息中心": a unit of a government the page does not name
    r = parse("发布时间:2010-04-06来源:信息中心\n关于2009年政府信息公开工作开展情况的报告\n一、概述\n"
              "2009年,我县主动公开信息560条。")
    assert fact(r, "doc.agency") != "信息中心"


def test_a_rules_page_cut_before_its_first_article():
    # "第二条 … 第三条 … 第四条 …": articles in a row, each opening its line
    r = parse("第二条 本制度由区政务公开领导小组负责解释。\n第三条 各镇(街)负责编制本区域的政府信息公开年度报告。\n"
              "第四条 政府信息公开年度报告主要包括以下内容:\n(一)主动公开政府信息的情况;\n"
              "(二)依申请公开政府信息和不予公开政府信息的情况;\n(三)政府信息公开的收费情况;\n"
              "(四)因政府信息公开申请行政复议、提起行政诉讼的情况。")
    assert fact(r, "doc.kind") == "other"


def test_now_published_to_the_public_names_the_report():
    # "现向社会公布2018年度某局信息公开年度报告": the report calling itself one (as 特向社会公布)
    r = parse("根据《中华人民共和国政府信息公开条例》要求,结合我局2018年信息公开工作情况,现向社会公布2018年度江城县"
              "民政局信息公开年度报告。现将有关情况报告如下:\n一、政府信息公开情况\n2018年,我局主动公开信息59条。")
    assert fact(r, "doc.kind") == "government_annual"


def test_carried_forward_with_the_requests_named():
    r = parse("2023年,全区收到政府信息公开申请278件,办结274件(含上年结转3件),结转下年度继续办理政府信息公开申请7件。")
    assert fact(r, "requests.carried_forward") == 7


def test_one_channels_intake_gives_way_to_the_areas_total():
    # "通过政务公开专区接收…申请12件。2023年,全区收到…申请278件": the channel's 12, the year's 278
    r = parse("(二)做好依申请公开。拓宽依申请公开渠道,通过政务公开专区接收政府信息公开申请12件。2023年,全区收到政府信息"
              "公开申请278件,办结274件。")
    assert fact(r, "requests.received") == 278


def test_one_channels_intake_alone_is_still_the_count():
    r = parse("(二)依申请公开情况。2023年,通过政务公开专区接收政府信息公开申请12件,均已按时答复。")
    assert fact(r, "requests.received") == 12


def test_no_requests_in_a_total_of_zero():
    r = parse("(二)依申请公开情况\n2022年全年,某乡依申请公开信息共计0条。")
    assert fact(r, "requests.received") == 0


def test_closed_on_time_right_after_the_count():
    r = parse("(二)依申请公开情况\n2023年,某镇共收到政府信息公开申请7件,按时办结。")
    assert fact(r, "requests.completed") == 7


def test_a_closed_count_label_is_no_all_closed_phrase():
    # "…信函申请数1件,按时办结数151件": 按时办结数 labels a count (read as such), it closes nothing by itself
    r = parse("(二)依申请公开情况\n本年度受理申请数151件,当面申请数0件,信函申请数1件,按时办结数150件。")
    assert fact(r, "requests.completed") != 1


def test_a_part_after_a_qizhong_opening_the_next_sentence_is_no_total():
    # "主动向群众公开…等信息312条。其中,政府网站动态84条,…省级媒体发布信息21条": 21 is one part of the 312
    r = parse("(一)主动公开情况\n2022年依托政府门户网站和微信公众号等平台,主动向广大群众公开食品、药品安全、"
              "特种设备安全等信息312条。其中,政府网站动态84条,公告公示31条,省级媒体发布信息21条。")
    assert fact(r, "proactive.new") != 21


# --- the twenty-third set ------------------------------------------------------------------------------------------


def test_cadres_assigned_are_no_subject():
    # "安排干部积极做好…": a verb and its object; the zone named as the subject later is the author
    r = parse("认真做好政府信息公开日常工作,安排干部积极做好政务网站和新媒体平台的建设及维护。\n"
              "2022年度,江城投资区主动公开政府信息数140条。")
    assert fact(r, "doc.agency") != "安排干部"


def test_what_was_applied_for_not_existing_says_nothing_of_requests():
    # "经检索没有所申请公开信息的,告知申请人…": a procedure's step, not "no requests"
    r = parse("(二)依申请公开办理流程\n4.经检索没有所申请公开信息的,告知申请人该政府信息不存在。")
    assert fact(r, "requests.received") is None


# --- the twenty-fourth set -----------------------------------------------------------------------------------------


def test_a_lists_closing_total_after_channel_counts_is_the_years():
    # "…网站更新信息14条,政务新媒体更新486条、全年总计更新主动公开信息500条": the list's closing total
    r = parse("2025年,某镇全面推进信息主动公开。其中,通过旗人民政府网站更新信息14条,政务新媒体更新486条、"
              "全年总计更新主动公开信息500条。")
    assert fact(r, "proactive.new") == 500


def test_a_channels_count_alone_is_still_no_total():
    r = parse("2024年,通过政务微信公众号发布信息486条。")
    assert fact(r, "proactive.new") is None


def test_the_bodys_own_budget_it_disclosed_is_no_disclosure_spending():
    # "推进财政领域信息公开,主动公开预决算信息…,2022年财政预算支出4413.07万元": the budget disclosed
    r = parse("推进财政领域信息公开,主动公开预决算信息和“三公”经费支出信息,2022年财政预算支出4413.07万元,"
              "收入4413.07万元。")
    assert fact(r, "budget.spend_yuan") is None


def test_the_disclosure_works_own_spending_is_still_read():
    r = parse("2022年,政府信息公开工作经费支出2.5万元。")
    assert fact(r, "budget.spend_yuan") == 25000


# --- the twenty-fifth set ------------------------------------------------------------------------------------------


def test_a_leiji_that_adds_up_the_channels_before_it_is_no_running_total():
    # "…网174条。…公众号603条。通过新媒体…368条,累计发布政府信息1145条": 174 + 603 + 368 = 1145, the year's sum
    r = parse("(一)政府信息公开情况\n2022年度,我乡通过政府信息公开网公开政府信息174条。通过乡微信公众号公开政府信息"
              "603条。通过新媒体公开政务信息368条,累计发布政府信息1145条。")
    assert fact(r, "proactive.cumulative") is None


def test_a_leiji_larger_than_the_channels_stays_a_running_total():
    r = parse("(一)政府信息公开情况\n2022年度,我乡通过政府信息公开网公开政府信息174条。通过乡微信公众号公开政府信息"
              "603条。通过新媒体公开政务信息368条,累计发布政府信息5145条。")
    assert fact(r, "proactive.cumulative") == 5145

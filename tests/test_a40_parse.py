"""What a40 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

REQUESTS_HEAD = "某市发展和改革委员会2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
PROACTIVE_HEAD = "某区司法局2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况。"


def proactive_head(year: int) -> str:
    return PROACTIVE_HEAD.replace("2023", str(year))

# --- figures -------------------------------------------------------------------------------------------------------


def test_a_total_adding_up_the_channels_before_it_is_the_years_count():
    # "通过网站…212条。通过公众号…450条。通过微博…301条,累计…963条": 212 + 450 + 301 = 963, the year's sum of its
    # channels (F137; F136 already kept it from the running total), not the first channel's 212
    r = parse(PROACTIVE_HEAD + "通过区政府门户网站发布政府信息212条。通过政务微信公众号推送信息450条。通过政务微博发布"
                               "信息301条,累计发布政府信息963条。")
    assert fact(r, "proactive.new") == 963
    assert "累计发布政府信息963条" in evidence(r, "proactive.new")
    assert fact(r, "proactive.cumulative") is None


def test_a_running_total_after_channels_that_does_not_add_up_leaves_the_first_channel():
    # 212 + 450 + 301 is not 8963: a running total; the channel's count stays as before (guard)
    r = parse(PROACTIVE_HEAD + "通过区政府门户网站发布政府信息212条。通过政务微信公众号推送信息450条。通过政务微博发布"
                               "信息301条,累计发布政府信息8963条。")
    assert fact(r, "proactive.new") == 212
    assert fact(r, "proactive.cumulative") == 8963


def test_the_statutes_applicants_between_the_count_and_the_requests():
    # "收到7件公民、法人或者其他组织递交的政府信息公开申请": the applicants as the statute names them stand between the
    # count and its noun (F138)
    r = parse(REQUESTS_HEAD + "2023年,我委收到7件公民、法人或者其他组织递交的政府信息公开申请,均已按时答复。")
    assert fact(r, "requests.received") == 7
    assert "递交的政府信息公开申请" in evidence(r, "requests.received")


def test_requests_counted_in_tiao_with_the_applicants_and_done_after_bingyi():
    # "收到7条…提出的政府信息公开的申请,并已办理完成": 条 for requests, 的 before 申请, and the clause after the
    # requests' noun closing them all (F138, F139)
    r = parse(REQUESTS_HEAD + "2023年,我委收到7条公民、法人和其他组织提出的政府信息公开的申请,并已办理完成。")
    assert fact(r, "requests.received") == 7
    assert fact(r, "requests.completed") == 7


def test_banli_wancheng_after_all_is_all_done():
    # "共收到…申请7件,并已全部办理完成": 办理完成 is 办结 (F139)
    r = parse(REQUESTS_HEAD + "2023年,我委共收到政府信息公开申请7件,并已全部办理完成。")
    assert fact(r, "requests.completed") == 7


def test_a_completion_rate_or_a_clause_about_something_else_is_no_all_done():
    # "办理完成率" is a rate, not stated as 100%; and 并已 after another noun than the requests' says nothing of them
    # (guards)
    r = parse(REQUESTS_HEAD + "2023年,我委收到5件政府信息公开申请,办理完成率较上年提高。")
    assert fact(r, "requests.completed") is None
    r = parse(REQUESTS_HEAD + "2023年,我委收到5件政府信息公开申请,另收到群众来信12封,并已办理完成。")
    assert fact(r, "requests.completed") is None


def test_other_things_received_with_the_applicants_named_are_no_requests():
    # "收到公民、法人和其他组织的来信3件": letters, not requests for information (guard)
    r = parse(REQUESTS_HEAD + "2023年,我委收到3件公民、法人和其他组织的来信,均已按时办理。")
    assert fact(r, "requests.received") is None



def test_each_item_and_an_article_are_no_counts():
    # "对新发布的每一条信息进行审读": 每一条 is each item, not one item (F140)
    r = parse(PROACTIVE_HEAD + "建立审读制度,对新发布的每一条信息进行审读,确保内容准确。\n二、依申请公开情况\n全年未收"
                               "到申请。")
    assert fact(r, "proactive.new") is None


def test_an_item_after_items_counted_in_other_units_is_one_of_a_list():
    # "发布招商项目3900个、相关政策800余项、招商信息1000余条": the last item of a list, not the year's total (F141)
    r = parse(PROACTIVE_HEAD + "依托招商服务平台发布招商项目390个、相关政策80余项、招商信息100余条。")
    assert fact(r, "proactive.new") is None
    r = parse(PROACTIVE_HEAD + "全年主动公开政府信息420条,其中政策文件30条、工作动态390条。")
    assert fact(r, "proactive.new") == 420  # (guard: a total before its parts stands)


def test_a_gazettes_issues_and_items_are_one_channel():
    # "共发行《某市政报》12期,发布政府信息662条": what the gazette carried, no year's total (F142)
    r = parse(proactive_head(2019) + "2019年度,共发行《某市政报》12期,发布政府信息562条,赠阅3万份。")
    assert fact(r, "proactive.new") is None
    r = parse(proactive_head(2019) + "2019年度,通过门户网站、政报等渠道发布政府信息562条。")
    assert fact(r, "proactive.new") == 562  # (guard: a gazette among the channels of a total)


def test_the_new_intake_after_the_loads_qizhong_and_last_years_in_either_order():
    # "共受理…申请15件,其中新收到14件,结转上年度办理1件": received 14, carried over 1 (F143, after F128)
    r = parse(REQUESTS_HEAD.replace("2023", "2025") + "2025年本机关共受理政府信息公开申请12件,其中新收到11件,结转上年"
                                                      "度办理1件,办结10件,结转下年度继续办理2件。")
    assert fact(r, "requests.received") == 11
    assert fact(r, "requests.carried_over") == 1
    assert fact(r, "requests.carried_forward") == 2


def test_the_disclosure_column_in_quotes_is_all_the_body_disclosed():
    # "在区政府网站“政府信息公开专栏”主动公开政府信息18条": the disclosure column, no part of the body (F144)
    r = parse(proactive_head(2024) + "2024年在区政府网站“政府信息公开专栏”主动公开政府信息16条。")
    assert fact(r, "proactive.new") == 16
    r = parse(proactive_head(2024) + "2024年在区政府网站“乡村振兴专栏”主动公开政府信息16条。")
    assert fact(r, "proactive.new") is None  # (guard: another column is a part)


def test_the_years_count_bounded_at_its_last_day_in_brackets():
    # "2020年度(截止12月31日)我局在…网站主动公开各类政务信息121条": the year up to its end, beside a reading count
    # on the site's interaction later (F145, F146)
    r = parse("某市数据资源管理局2020年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况。2020年度(截止12月31日"
              ")我局在政府信息公开网站主动公开各类政务信息112条。\n一是做好回应。通过网站互动和热点回应,累计发布回应信"
              "息40条。")
    assert fact(r, "proactive.new") == 112


def test_kinds_each_with_fabu_and_their_lists_give_no_total():
    # "发布…等民生信息2632条;发布…等监管信息833条;发布…信息107条": kinds side by side, none the year's (F147)
    r = parse(proactive_head(2020) + "2020年,发布土地征收、政府采购等公共资源配置信息160条;发布社会保险、就业创业、教"
                                     "育信息等重点民生信息232条;发布安全生产、食品药品安全等公共监管信息83条;发布高质"
                                     "量发展信息17条。")
    assert fact(r, "proactive.new") is None


def test_channels_closed_by_the_other_ones_are_every_channel():
    # "通过政府网站、微信公众号、…及其他渠道或形式主动公开政府信息130余条": the total (F148), not "通过其他方式公开
    # …179条", the rest
    r = parse(proactive_head(2020) + "2020年某镇通过政府网站、微信公众号、政务公开专区及其他渠道或形式主动公开政府信息"
                                     "120余条。")
    assert fact(r, "proactive.new") == 120
    r = parse(proactive_head(2020) + "2020年通过政府网站公开政府信息40条,通过其他方式公开政府信息79条。")
    assert fact(r, "proactive.new") != 79


def test_a_gongji_total_closing_the_verb_and_its_list():
    # "主动公开…、财政预决算等内容,共计25条信息" (F149)
    r = parse(proactive_head(2024) + "2024年,通过区政府门户网站主动公开统计公报、统计执法检查情况、财政预决算等内容,共"
                                     "计25条信息。")
    assert fact(r, "proactive.new") == 25
    r = parse(proactive_head(2024) + "2024年,区政府门户网站改版上线,栏目调整为8个,共计25条信息。")
    assert fact(r, "proactive.new") is None  # (guard: no verb of disclosing in the sentence)


def test_a_list_of_parts_going_on_past_its_full_stop_is_no_contradiction():
    # "全年共发布212条,其中…2条,…51条,…97条(基层动态)。通知公告类46条。": the list goes on, its parts are not all
    # in the sentence (F150)
    r = parse(PROACTIVE_HEAD + "全年共发布202条,其中财政决算2条,行政处罚信息51条,对外宣传类信息97条(基层动态)。通知公"
                               "告类52条。")
    assert fact(r, "quality.inconsistencies") == []
    r = parse(PROACTIVE_HEAD + "全年共发布202条,其中财政决算2条,行政处罚信息51条,对外宣传类信息97条。内容更加规范。")
    assert fact(r, "quality.inconsistencies") == ["proactive 202 != 2 + 51 + 97 = 150"]  # (guard)


# --- who reports ---------------------------------------------------------------------------------------------------


def test_the_subject_of_teci_bianzhi_compiles_the_report():
    # "…,某镇人民政府特此编制2024年度…年度报告": the compiler as the subject, before a later generic subject (A194)
    r = parse("为落实《中华人民共和国政府信息公开条例》,提升政府工作透明度,兴平镇人民政府特此编制2024年度政府信息公开"
              "工作年度报告。本报告由总体情况等六个部分组成。\n一、总体情况\n2024年,兴平镇信息公开工作紧紧围绕上级部署"
              "开展。")
    assert fact(r, "doc.agency") == "兴平镇人民政府"
    assert "特此编制" in evidence(r, "doc.agency")


def test_a_region_that_formed_its_report():
    # "根据《条例》,某自治区形成了《2016年政府信息公开年度报告》": the region reports, at its level (A195)
    r = parse("根据《中华人民共和国政府信息公开条例》,宁夏回族自治区形成了《2016年政府信息公开年度报告》。本报告由自治"
              "区人民政府办公厅汇总编制而成。\n一、概述\n2016年,全区各级行政机关认真贯彻落实各项部署。")
    assert fact(r, "doc.agency") == "宁夏回族自治区"
    assert fact(r, "doc.level") == "province"
    r = parse("根据《中华人民共和国政府信息公开条例》,宁夏回族自治区形成了良好的公开氛围。\n一、概述\n2016年,全区各级"
              "行政机关认真贯彻落实各项部署。")
    assert fact(r, "doc.agency") != "宁夏回族自治区"  # (guard: 形成了 with no report after it)


def test_the_documents_a_notice_issues_name_no_author():
    # "经市政府同意,现将《某市政府信息公开保密审查制度》…印发给你们": the rules it issues, no author (A196)
    r = parse("政府信息公开制度\n各县(市)、区人民政府,市政府各委、办、局:\n经市政府同意,现将《大理市政府信息主动公开制"
              "度》、《大理市政府信息公开保密审查制度》印发给你们,请认真贯彻执行。")
    assert fact(r, "doc.agency") is None


def test_a_working_group_with_two_topics_compiles_for_its_bureau():
    # "由某局政务公开政府信息公开工作领导小组办公室编制": the bureau (A197)
    r = parse("本报告是根据《中华人民共和国政府信息公开条例》要求,由兴宁区民族宗教事务局政务公开政府信息公开工作领导小"
              "组办公室编制。\n一、概述\n2015年,我局认真贯彻落实《条例》。")
    assert fact(r, "doc.agency") == "兴宁区民族宗教事务局"


def test_a_committees_office_as_the_contact_answers_for_the_committee():
    # "请与某县高新技术产业园区管委会办公室联系", the text speaking as 我委: the committee (A198)
    r = parse("编制本年度报告。如对本报告有疑问,请与靖安县高新技术产业园区管委会办公室联系(电话:0795-1234567)。\n一、"
              "总体情况\n2022年,我委严格按照要求推进政务公开。")
    assert fact(r, "doc.agency") == "靖安县高新技术产业园区管委会"


# --- what kind of text ---------------------------------------------------------------------------------------------


def test_a_menu_of_whole_entries_over_the_report_is_no_title():
    # "信息公开专栏\n\n政府信息公开指南\n\n政府信息公开制度\n…": a portal's menu, its entries up to eight characters;
    # 公开制度 there names no rules document (K42, after K34)
    r = parse("信息公开专栏\n\n政府信息公开指南\n\n政府信息公开制度\n\n法定主动公开内容\n\n政府信息公开年报\n\n依申请"
              "公开\n\n本年报根据《中华人民共和国政府信息公开条例》编制,由永登县人民政府办公室编制。全文包括概述、主动"
              "公开政府信息情况、依申请公开政府信息情况、政府信息公开收费及减免情况、行政复议和诉讼情况、存在的主要问"
              "题和改进措施等六个方面的内容。\n一、概述\n2014年,我县认真贯彻落实《条例》。")
    assert fact(r, "doc.kind") == "government_annual"


def test_an_item_of_a_bracketed_list_is_no_plans_title():
    # a report's second page opening inside its list of what is disclosed ("(4)本市国民经济和社会发展规划"): no plan's
    # title (K43)
    r = parse("(2)市级部门及其主要职责\n(3)市政府规范性文件\n(4)本市国民经济和社会发展规划\n(5)统计数据\n(二)依申请公"
              "开的政府信息情况\n2011年度,某市共收到申请政府信息公开26件,均已答复。\n(三)政府信息收费及减免情况\n未收"
              "取任何费用。\n(四)复议、诉讼和申诉情况\n未发生行政复议和行政诉讼。")
    assert fact(r, "doc.kind") == "government_annual"


# --- parts ---------------------------------------------------------------------------------------------------------


def test_a_fangmian_lead_with_a_comma_and_a_bulleted_part_name():
    # "依申请公开方面,优化…" (as "在…方面," already), and "- 依申请公开情况。" (S16)
    r = parse("依据《中华人民共和国政府信息公开条例》,编制本报告\n一、总体情况\n2025年,某街道持续深化政府信息公开工作"
              "。\n主动公开方面,聚焦群众关切,通过多元渠道扩大信息覆盖面。\n依申请公开方面,优化申请办理闭环流程,确保规"
              "范高效。")
    assert fact(r, "sections.requests") is True
    r = parse("本年度报告依据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n- 主动公开情况。\n2025年,某镇拓宽"
              "公开渠道。\n- 依申请公开情况。\n2025年未收到政府信息公开申请。")
    assert fact(r, "sections.requests") is True


def test_a_sites_bulleted_menu_is_no_part():
    # "• 新闻资讯\n• 常见问题\n• 企业视频": a site's menu, 常见问题 no problems part (S17)
    r = parse("全部\n  • 新闻资讯\n  • 企业网点\n  • 常见问题\n  • 企业视频\n\n某镇人民政府 2021年政府信息公开工作年度"
              "报告\n\n本报告依据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2021年,我镇认真贯彻信息公开相"
              "关要求。")
    assert fact(r, "sections.problems") is False
    r = parse("某镇人民政府2021年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制。\n总体情"
              "况\n2021年,我镇认真贯彻信息公开相关要求。\n存在的主要问题\n公开内容还不够全面。")
    assert fact(r, "sections.problems") is True  # (guard: a bare part title line stands)


def test_a_line_listing_the_parts_names_is_no_fee_paragraph():
    # "基本情况,主动公开…的情况,…,政府信息公开的收费及减免情况,存在的主要问题及改进措施,": the parts listed (S18)
    r = parse("某省工商行政管理局2013年政府信息公开工作报告\n本报告根据《条例》规定编制。\n基本情况,主动公开政府信息的"
              "情况,依申请公开信息办理情况,因政府信息公开申请复议、诉讼和申诉的情况,政府信息公开的收费及减免情况,存在"
              "的主要问题及改进措施,\n一、基本情况\n2013年,我局认真贯彻落实《条例》。")
    assert fact(r, "sections.fees") is False


def test_a_numbered_point_doing_the_requests_part_is_that_part():
    # "2.规范办理依申请公开。" under the overview, as "(二)抓好依申请公开。" (S19); "二是…" stays a point (S6)
    r = parse("本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n1.主动公开情况。2024年主动公开政府信"
              "息18条。\n2.规范办理依申请公开。严格按照《条例》要求,认真做好申请的受理和答复。")
    assert fact(r, "sections.requests") is True
    r = parse("本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n一是主动公开。2024年主动公开政府信息1"
              "8条。二是及时规范办理依申请公开。全年未收到申请。")
    assert fact(r, "sections.requests") is False


# --- a40's second three sets (29-31) -------------------------------------------------------------------------------


def test_every_kind_of_one_sort_is_no_stated_total_after_a_sites_count():
    # "在…政府门户网站共发布信息333条,…。…发布艾滋病、健康生活方式等各类宣传信息4条。": 各类 before one sort of item
    # (宣传信息) states no total; the site's count stands (F151)
    r = parse(proactive_head(2023) + "2023全年,我委在某区政府门户网站共发布信息313条,其中工作动态87条、通知公告53条。"
                                     "\n1.通过网站、微博等平台积极更新疫苗接种信息11条。\n2.发布艾滋病、健康生活方式等"
                                     "各类宣传信息4条。")
    assert fact(r, "proactive.new") == 313


def test_items_disclosed_on_request_beside_the_proactive_items_are_no_requests():
    # "主动公开信息1470条,依申请公开信息37条": the 依申请 count is no second place beside the proactive one; with the
    # withheld items in the sentence, past its ";" and with 数, they are items, no requests (F152)
    r = parse(proactive_head(2019) + "一是通过政府门户网站主动公开信息1270条,依申请公开信息37条,受理留言咨询169件。")
    assert fact(r, "proactive.new") == 1270
    assert fact(r, "requests.received") == 37  # (a22, a35: beside only a proactive count, left as read)
    r = parse(proactive_head(2019) + "全省主动公开信息数417575条,占52.4%;依申请公开信息数22747条,占28.54%;不予公开信息"
                                     "数151884条。")
    assert fact(r, "requests.received") is None


def test_all_done_strictly_to_the_applicant_or_by_an_administrative_answer():
    # "均严格按照法定时限和规定程序予以答复处理", "已全部在规定期限内向申请人答复告知", "已进行行政答复" (F153)
    for done in ("均严格按照法定时限和规定程序予以答复处理", "已全部在规定期限内向申请人答复告知", "已进行行政答复"):
        r = parse(REQUESTS_HEAD + f"2023年,我委共新收到政府信息公开申请5件,{done}。")
        assert fact(r, "requests.completed") == 5, done


def test_a_table_row_cut_before_its_total_gives_no_total():
    # "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0" and the text ends: neither seven cells nor the total alone
    # (F154)
    head = ("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n自然人 | 法人或"
            "其他组织 | 总计 | |||||||\n商业 企业 | 科研 机构 | 社会公益组织 | 法律服务 机构 | 其他 | |||||\n")
    r = parse("三、收到和处理政府信息公开申请情况\n" + head + "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0")
    assert fact(r, "table3.new.total") is None
    assert fact(r, "requests.received") is None
    r = parse("三、收到和处理政府信息公开申请情况\n" + head + "一、本年新收政府信息公开申请数量 | 3\n")
    assert fact(r, "table3.new.total") == 3  # (guard: the total alone stands)


def test_since_january_of_the_reports_year_is_the_year_so_far():
    # "自2019年1月份以来我办共计发布各类信息共408条" in a 2019 report (F155); not "5月份", part of the year
    r = parse(proactive_head(2019) + "自2019年1月份以来我办共计发布各类信息共408条,其中政策文件22条。")
    assert fact(r, "proactive.new") == 408
    r = parse(proactive_head(2019) + "2019年12月份我办共计发布各类信息共40条。")
    assert fact(r, "proactive.new") is None


def test_a_gazette_among_the_kinds_a_total_lists_is_part_of_it():
    # "发布政府公报、区政府行政规范性文件、政府会议信息等政府信息 11000余条" (F156)
    r = parse(proactive_head(2024) + "依托区政府门户网站集中、规范发布政府公报、区政府行政规范性文件、政府会议信息等政"
                                     "府信息 10000余条,其中主动公开政策公文299件。")
    assert fact(r, "proactive.new") == 10000
    r = parse(proactive_head(2024) + "2024年通过区门户网站发布政府信息300条。通过《某区政府公报》发布政府信息120条。")
    assert fact(r, "proactive.new") == 300  # (guard: the gazette's own count gives way to the website's)


def test_a_total_whose_parts_have_parts_of_their_own():
    # "共新增…50条。其中机构类信息20条,内有…10条、…4条、…1条、…5条;工作类信息11条,其中…": the list has levels (F158)
    r = parse(proactive_head(2023) + "2023年度在某县政府信息公开网站上共新增主动公开政府信息50条。其中机构类信息20条,"
                                     "内有领导成员10条、机构职能4条、机构概况1条、下属机构5条;工作类信息11条,其中镇街"
                                     "动态3条、计划总结3条、通知公告5条;政策文件类信息4条;民生事项类信息8条;财政管理类"
                                     "信息7条。")
    assert fact(r, "quality.inconsistencies") == []


def test_a_denial_cut_at_the_texts_end_says_nothing():
    # "…,本年度未发生依申请公" and the text ends (F159); a whole denial at the end stands
    r = parse(REQUESTS_HEAD + "2023年,我镇严格按照《指南》规定的程序开展政府信息公开工作,本年度未发生依申请公")
    assert fact(r, "requests.received") is None
    r = parse(REQUESTS_HEAD + "2023年,我镇严格按照《指南》规定的程序开展政府信息公开工作,本年度未收到政府信息公开申请"
                              "。")
    assert fact(r, "requests.received") == 0


def test_the_report_published_to_the_whole_of_society():
    # "特向全社会公布2011年度某厅…年度报告" (A199)
    r = parse("根据《中华人民共和国政府信息公开条例》和省政府有关文件规定,特向全社会公布2011年度河北省商务厅政府信息公"
              "开工作年度报告。\n一、概述\n2011年,我厅认真贯彻落实《条例》。")
    assert fact(r, "doc.agency") == "河北省商务厅"


def test_a_betting_sites_cash_talk_and_a_readers_verb_are_no_names():
    # "由365…提款一直在处理中人民政府办公室编制" (A200); "查阅并全文检索办事处主动公开的…" and "既缘于…和教育部" (A201)
    r = parse("根据《条例》要求,由365官方入口-app下载_365提款一直在处理中人民政府办公室编制,时间截至2010年12月31日。\n"
              "一、概述\n2010年,我市认真贯彻落实《条例》。")
    assert fact(r, "doc.agency") is None
    r = parse("本报告根据《条例》编制。\n一、总体情况\n公众可通过高新区门户网站的“政府信息公开平台”查阅并全文检索办事"
              "处主动公开的政府信息。2023年,我办主动公开信息30条。")
    assert fact(r, "doc.agency") is None
    r = parse("高校信息公开的进步\n这种进步,既缘于制度倒逼和教育部进一步要求,也缘于很多高校信息公开意识不断提升。")
    assert fact(r, "doc.agency") is None


def test_the_parts_bare_name_as_a_point_is_that_part():
    # "二是依申请公开情况。" (S20); "二是依申请公开答复程序规范完善。" stays a point (S6)
    r = parse("本报告根据《条例》编制。\n一、总体情况、\n一是主动公开情况。通过局门户网站发布各类信息296条。\n二是依申"
              "请公开情况。2025年度我局接收到申请书5份,均已按时答复。")
    assert fact(r, "sections.requests") is True


def test_the_fee_rules_name_is_no_fee_paragraph():
    # "准确适用《政府信息公开条例》、《政府信息公开信息处理费管理办法》,从严把握不予公开范围" (S21)
    r = parse("某镇2023年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n准确适用《政府信息公开信息处理费"
              "管理办法》,从严把握不予公开范围,规范依申请公开答复。")
    assert fact(r, "sections.fees") is False


def test_an_indent_lost_to_question_marks():
    # "??一、总体情况", "??(二)依申请公开方面。": a mirror's lost full-width spaces (S22, in ingest)
    r = parse("??2025年,辽宁省人民政府办公厅坚持依法公开。\n??一、总体情况\n??(一)主动公开方面。全年主动公开信息320条"
              "。\n??(二)依申请公开方面。全年收到申请5件。")
    assert fact(r, "sections.overview") is True
    assert fact(r, "sections.requests") is True


# --- a40's last three sets (32-34) ---------------------------------------------------------------------------------


def test_an_abbreviated_committees_office_as_the_contact_answers_for_it():
    # "请与县发改委办公室联系": the committee's own office, as a bureau's (A202); "县委办公室" is a body itself
    r = parse("编制本年度报告。如对本报告有疑问,请与县发改委办公室联系(电话:0563-1234567)。\n一、总体情况\n2022年,我委"
              "严格按照要求推进政务公开。")
    assert fact(r, "doc.agency") == "县发改委"
    r = parse("编制本年度报告。如对本报告有疑问,请与旌德县委办公室联系。\n一、总体情况\n2022年,我办严格按照要求推进政"
              "务公开。")
    assert fact(r, "doc.agency") == "旌德县委办公室"


def test_the_areas_service_bureau_as_the_contact_is_no_author():
    # "请与随县政务服务和大数据管理局联系" in a text that speaks as the county, not as the bureau (A203)
    r = parse("本报告根据《条例》编制。如有疑问,请与随县政务服务和大数据管理局联系(电话:0722-1234567)。\n一、总体情况"
              "\n2022年,全县各行政机关依法履行依申请公开职责。")
    assert fact(r, "doc.agency") is None
    r = parse("本报告根据《条例》编制。如有疑问,请与随县政务服务和大数据管理局联系(电话:0722-1234567)。\n一、总体情况"
              "\n2022年,我局依法履行依申请公开职责。")
    assert fact(r, "doc.agency") == "随县政务服务和大数据管理局"  # (guard: the bureau's own report)


def test_the_superiors_guides_a_guide_cites_are_not_its_authors():
    # "根据《条例》、《某省人民政府信息公开指南》和《某州人民政府信息公开指南》有关规定,编制本指南" (A204)
    r = parse("临泽县人民政府信息公开指南(2024年)\n为了更好地提供政府信息公开服务,根据《中华人民共和国政府信息公开条例"
              "》、《甘肃省人民政府信息公开指南》和《张掖市人民政府信息公开指南》有关规定,编制本指南。")
    assert fact(r, "doc.agency") == "临泽县人民政府"


def test_no_need_to_apply_is_no_zero_requests():
    # "…查询全文,无需申请": what needs no application, not "no applications" (F160)
    r = parse(REQUESTS_HEAD + "公开的政府信息可在门户网站上查询全文,无需申请。")
    assert fact(r, "requests.received") is None
    r = parse(REQUESTS_HEAD + "2023年,我委无政府信息公开申请。")
    assert fact(r, "requests.received") == 0  # (guard)


def test_the_checklists_own_items_are_no_count():
    # "公开内容以教育部《清单》50条为基准": the checklist's items (F161)
    r = parse("某学院2019-2020学年信息公开年度报告\n一、主动公开情况\n学校主动公开信息,公开内容以教育部《清单》50条为"
              "基准,结合学校实际开展工作。")
    assert fact(r, "proactive.new") is None


def test_parts_a_clause_each_over_their_whole_contradict_it():
    # "…信息数160条,其中,综合政务59条;人事工作信息1条;…;监察信息2条。" (sum 170): one list, an item a clause (F162);
    # two breakdowns side by side with commas stay silent (guard)
    r = parse(proactive_head(2014) + "2014年我镇主动公开政府信息数150条,其中,综合政务59条;人事工作信息1条;财政信息5条;"
                                     "教育8条;重要工作会议22条;安全监管45条;监察信息20条。")
    assert fact(r, "quality.inconsistencies") == ["proactive 150 != 59 + 1 + 5 + 8 + 22 + 45 + 20 = 160"]
    r = parse(REQUESTS_HEAD + "共收到申请14件,其中自然人申请人提出15件,法人申请3件,涉及规划类申请10件。")
    assert fact(r, "quality.inconsistencies") == []


# --- a40's sets 35-37 ----------------------------------------------------------------------------------------------


def test_a_denial_under_a_heading_cut_at_the_texts_end():
    # "五、政府支出和收费\n由于本单位未发生" and the text ends: the denial is cut (F159); a denial closed by its
    # comma before the cut stands ("没有因依申请公开产生行政复议案件,未经复议直接起诉1件,")
    r = parse(REQUESTS_HEAD + "2010年本单位未收到申请。\n五、政府支出和收费\n由于本单位未发生")
    assert fact(r, "fees.charged_yuan") is None
    r = parse(REQUESTS_HEAD + "全年共办结38件。没有因依申请公开产生行政复议案件,未经复议直接起诉1件,")
    assert fact(r, "appeals.review") == 0


def test_a_count_before_other_tasks_of_the_year_is_no_list_item():
    # "主动发布信息31852条、完成留言办理700条、征集调查5期" (F163)
    r = parse(proactive_head(2020) + "一是继续做好主动公开,2020年度,某区主动发布信息21852条、完成留言办理700条、征集调"
                                     "查5期。")
    assert fact(r, "proactive.new") == 21852
    r = parse(proactive_head(2020) + "2020年度主动公开政策文件21条、工作动态700条。")
    assert fact(r, "proactive.new") is None  # (guard: kinds of items side by side)


def test_a_lone_cross_on_its_line_is_a_close_button():
    # "×" alone on the page's first line (F164); "××镇" stays a blank
    r = parse("×\n某县公路局2011年政府信息公开工作年度报告\n本报告根据《条例》编制。")
    assert fact(r, "quality.placeholders") is False
    r = parse("××镇2011年政府信息公开工作年度报告\n本报告根据《条例》编制。")
    assert fact(r, "quality.placeholders") is True


def test_part_names_run_together_in_the_list_of_parts():
    # "由总体情况主动公开政府信息情况收到和处理…申请情况、…等六方面组成": parts a site ran together (F165)
    r = parse("本报告由总体情况主动公开政府信息情况收到和处理政府信息公开申请情况、因政府信息公开工作而被申请行政复议"
              "和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六方面组成。")
    assert fact(r, "quality.inconsistencies") == []
    r = parse("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况四部分组成。")
    assert len(fact(r, "quality.inconsistencies")) == 1  # (guard: three parts said four)


def test_the_yearly_report_as_a_kind_in_a_list_is_no_blank_year():
    # "…财政预算2条,年度信息公开1条等。" (F166); "…要求,年度政府信息公开工作报告如下" stays a blank year
    r = parse(proactive_head(2023) + "全年公开部门文件12条,人事信息1条,财政预算2条,年度信息公开1条等。")
    assert fact(r, "quality.placeholders") is False
    r = parse("根据上级要求,年度政府信息公开工作报告如下。2023年主动公开信息20条。")
    assert fact(r, "quality.placeholders") is True


def test_a_question_sites_name_and_a_content_farms_title_are_no_names():
    # "发布机构 …我和黑大佬的365天知乎政府办公室", "最新街道政务公开工作总结2024字精品五篇" (A205)
    r = parse("发布机构 365足球外围网站官网_我和黑大佬的365天知乎政府办公室\n关于做好2021年政府信息公开工作年度报告的"
              "通知\n各县、市、区人民政府:\n现就有关事项通知如下。")
    assert fact(r, "doc.agency") is None
    r = parse("最新街道政务公开工作总结2024字精品五篇。\n篇一\n今年以来,我街道认真开展政务公开工作。")
    assert fact(r, "doc.agency") is None


def test_a_breadcrumbs_yearly_report_step_is_no_blank_year():
    # "首页 > 信息公开目录 > 某市政府办公室 > 年度工作报告" (F167)
    r = parse("首页 > 信息公开目录 > 平安市政府办公室 > 年度工作报告\n平安市政府办公室2018年政府信息公开工作年度报告\n"
              "本报告根据《条例》编制。")
    assert fact(r, "quality.placeholders") is False


def test_key_fields_or_a_portal_forms_categories_below_a_total_contradict_nothing():
    # "共计2636条。其中,公共资源配置信息214条,重大建设项目…189条,社会公益事业建设信息204条", "共1786条,其中概况类信息
    # 4条,政务动态信息572条,信息公开目录信息147条": fields picked out, not all of the total (F168); kinds that read as
    # all of it still contradict (guard)
    r = parse(proactive_head(2024) + "2024年,通过政府网站主动公开政府信息共计2636条。其中,公共资源配置信息214条,重大建"
                                     "设项目批准和实施信息189条,社会公益事业建设信息204条。")
    assert fact(r, "quality.inconsistencies") == []
    r = parse(proactive_head(2022) + "2022年,我室通过门户网站主动公开信息共1786条,其中概况类信息4条,政务动态信息572条,"
                                     "信息公开目录信息147条。")
    assert fact(r, "quality.inconsistencies") == []
    r = parse(proactive_head(2022) + "2022年,我室通过门户网站主动公开信息共786条,其中机构职能类信息4条,政务动态信息572"
                                     "条,政策文件147条。")
    assert fact(r, "quality.inconsistencies") == ["proactive 786 != 4 + 572 + 147 = 723"]

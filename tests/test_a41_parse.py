"""What a41 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

OPENING = "根据《中华人民共和国政府信息公开条例》和上级有关通知要求,"
TAIL = "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n"


# --- names ---------------------------------------------------------------------------------------------------------


def test_a_subject_under_the_guidance_of_a_thought_opens_the_body():
    # "2022年,某局在…思想的指引下,…": 指引 as 领导/指导 before 下 (A206); a site's metadata names a short form
    r = parse("信息来源: 市府办 | 发布时间: 2023-01-16\n" + OPENING + "编制本年报。" + TAIL
              + "2022年,云溪市人民政府办公室在新时代中国特色社会主义思想的指引下,认真落实各项部署。")
    assert fact(r, "doc.agency") == "云溪市人民政府办公室"
    assert "的指引下" in evidence(r, "doc.agency")


def test_a_guidance_clause_with_no_name_before_it_names_no_one():
    # guard: "在…指引下" after a year alone gives no subject; the site's metadata stays the only naming
    r = parse("信息来源: 市府办 | 发布时间: 2023-01-16\n" + OPENING + "编制本年报。" + TAIL
              + "2022年,在新时代中国特色社会主义思想的指引下,认真落实各项部署。")
    assert fact(r, "doc.agency") == "市府办"


def test_zhiding_the_reports_own_title_names_its_body_over_a_shorter_page_title():
    # "制定某市住房和城乡建设局2022年…年度报告" under a page title "住建局2022年…": the compiling sentence's full name
    # (A207; A3), the page title's 住建局 its abbreviation (A36 without a place's unit)
    r = parse("住建局2022年信息公开工作年度报告\n" + OPENING
              + "制定赣州市住房和城乡建设局2022年政府信息公开工作年度报告。" + TAIL)
    assert fact(r, "doc.agency") == "赣州市住房和城乡建设局"
    assert "制定赣州市住房和城乡建设局" in evidence(r, "doc.agency")


def test_zhiding_a_plan_of_the_year_names_no_author():
    # guard: "制定某县2022年政务公开工作要点" is a plan the body makes, no report
    r = parse(OPENING + "制定于都县2022年政务公开工作要点。\n一、总体要求\n")
    assert fact(r, "doc.agency") is None


def test_a_page_titles_short_form_of_another_body_keeps_its_own_name():
    # guard: the title's 教育局 is no abbreviation of a 住房和城乡建设局 the text also names
    r = parse("教育局2022年信息公开工作年度报告\n" + OPENING
              + "制定赣州市住房和城乡建设局2022年政府信息公开工作年度报告。" + TAIL)
    assert fact(r, "doc.agency") == "教育局"


def test_the_bodys_work_in_reality_it_compiles_from():
    # "根据2022年某市司法局信息公开工作实际编制而成": whose year of work the report is compiled from (A208)
    r = parse("本年报按照《中华人民共和国政府信息公开条例》要求,根据2022年赣州市司法局信息公开工作实际编制而成。"
              + TAIL)
    assert fact(r, "doc.agency") == "赣州市司法局"
    assert "信息公开工作实际编制而成" in evidence(r, "doc.agency")


def test_a_bare_units_supply_cooperative_or_federation_in_the_title():
    # "2022年区供销社政府信息公开年度报告", "2022年县残联…": a people's organisation's short form under a bare
    # unit is the title's name (A209), as MASS_SHORT reads it in a sentence
    for name in ("区供销社", "县残联"):
        r = parse(f"2022年{name}政府信息公开年度报告\n" + OPENING + "特向社会公布本年度报告。" + TAIL)
        assert fact(r, "doc.agency") == name
        assert fact(r, "doc.level") == "department"


def test_a_bare_unit_and_a_party_committee_is_no_title_name():
    # guard: "2022年县委…" names no body of the Regulations
    r = parse("2022年县委政府信息公开年度报告\n" + OPENING + "特向社会公布本年度报告。" + TAIL)
    assert fact(r, "doc.agency") != "县委"


def test_one_body_acting_for_another_or_two_levels_of_government_is_no_name():
    # "市政府办公室代表市政府共受理…" is a clause, "市县两级政府门户网站…" many governments (A210)
    for line in ("2021年,市政府办公室代表市政府共受理政府信息公开申请44件。",
                 "2023年,市县两级政府门户网站共发布信息1万余条。"):
        r = parse(OPENING + "编制本报告。" + TAIL + line)
        assert fact(r, "doc.agency") is None


def test_a_leaders_duties_name_no_author():
    # "主管某镇全面工作" in a list of the leaders' duties: the verb glued to the place is no body (A211)
    r = parse("(一)建立健全领导体制\n1、领导分工\n张某:党委书记、镇长。主管长安镇全面工作,负责召开党委会。\n(二)编制公"
              "开指南和目录。\n二、主动公开政府信息情况\n截止2011年12月31日,全镇累计公开信息75条。")
    assert fact(r, "doc.agency") != "主管长安镇"
    assert fact(r, "doc.agency") is None


def test_a_page_opening_inside_the_first_part_before_the_statutory_second():
    # "(一)…" with no title and no "一、", then "二、主动公开政府信息情况": a report's page that lost its head (K44)
    r = parse("(一)建立健全领导体制和工作机制\n成立了信息公开工作领导小组。\n(二)编制政府信息公开指南和公开目录。\n制"
              "定公开指南和目录。\n二、主动公开政府信息情况\n(一)公开的数量\n截止2011年12月31日,全镇累计公开信息75条。")
    assert fact(r, "doc.kind") == "government_annual"
    assert "二、主动公开政府信息情况" in evidence(r, "doc.kind")


def test_a_page_opening_inside_a_summarys_first_item_stays_what_it_was():
    # guard: "(一)…" then "二、存在的问题": no statutory second part, no report
    r = parse("(一)加强组织领导\n成立了政务公开工作领导小组。\n二、存在的问题\n宣传力度不够。")
    assert fact(r, "doc.kind") != "government_annual"


REQUESTS = "三、收到和处理政府信息公开申请情况\n"


def test_a_count_before_zhuan_xia_niandu_and_none_from_the_next_clause():
    # "3件转下年度继续办理,并按一件一档…": 3 carried forward, never the 一件 of the next clause (F169)
    r = parse(REQUESTS + "2024年,收到依申请公开信件33件,已办结34件,3件转下年度继续办理,并按一件一档规范管理。")
    assert fact(r, "requests.carried_forward") == 3
    r = parse(REQUESTS + "2024年,收到依申请公开信件33件,已办结33件,结转下年度继续办理,并按一件一档规范管理。")
    assert fact(r, "requests.carried_forward") is None  # (guard)


def test_banli_wancheng_with_its_count_is_completed():
    # "共办理完成6件": 办理完成 as 办理完毕 (F170)
    r = parse(REQUESTS + "2023年共收到依申请公开件6件,上年度结转办理件0件,共办理完成6件,结转到2024年办理0件。")
    assert fact(r, "requests.completed") == 6


def test_the_years_load_with_last_years_part_and_next_years_in_brackets():
    # "共答复办结政府信息公开312件(4件为上年度结转办结,12件结转下年度办结)": completed 312, carried over the 4
    # before its words, carried forward 12 — never the 12 after the comma as last year's (F171)
    r = parse(REQUESTS + "2021年,共受理政府信息公开申请320件,共答复办结政府信息公开312件(4件为上年度结转办结,12件结转"
                         "下年度办结)。")
    assert fact(r, "requests.completed") == 312
    assert fact(r, "requests.carried_over") == 4
    assert fact(r, "requests.carried_forward") == 12


def test_the_years_disclosure_as_a_noun_with_its_total():
    # "本年度政府信息公开共530条,包括…": the year's proactive total (F172)
    r = parse("一、总体情况\n(一)主动公开。本年度政府信息公开共530条,包括党政信息类137条,政策文件类13条。")
    assert fact(r, "proactive.new") == 530
    # guard: a body's name before 信息公开 and no total word, F147 as before
    r = parse("一、总体情况\n(一)主动公开。2023年,县政府办公室信息公开1652条。")
    assert fact(r, "proactive.new") != 1652


def test_a_period_of_several_years_closing_in_the_titles_year():
    # "统计期限从2003年1月1日至2009年12月31日" under a 2009 title: the year it closes (P22)
    r = parse("闽清县2009年政府信息公开工作年度报告\n本报告中所列数据的统计期限从2003年1月1日至2009年12月31日止。\n一"
              "、概述\n")
    assert fact(r, "doc.year") == 2009
    # guard: without a title the period's first year stays as before
    r = parse("本报告中所列数据的统计期限从2003年1月1日至2009年12月31日止。\n一、概述\n")
    assert fact(r, "doc.year") == 2003


def test_a_period_from_a_day_inside_the_year_to_its_end():
    # "统计期限自2024年5月28日起至2024年12月31日止": a body set up in the year reports on that year (P23)
    r = parse("本年度报告根据《条例》制作。因东河街道办事处于2024年5月28日成立,故本报告所列数据的统计期限自2024年5月28"
              "日起至2024年12月31日止。\n一、总体情况\n")
    assert fact(r, "doc.year") == 2024
    assert "5月28日起" in evidence(r, "doc.year")


def test_a_line_opening_with_the_body_its_year_and_its_work():
    # "一、概述\n儋州市2016年政府信息公开工作,认真贯彻落实…": the body and the year (A212, P24)
    r = parse("一、概述\n儋州市2016年政府信息公开工作,认真贯彻落实《条例》,以完善机制为核心,取得了新成效。\n(一)加大主"
              "动公开力度\n")
    assert fact(r, "doc.agency") == "儋州市"
    assert fact(r, "doc.year") == 2016


def test_lines_of_markup_alone_are_no_text(tmp_path):
    # a mirror's empty tags before the article ("<legend id=…></legend>", "1. <blockquote …></blockquote>"): the page
    # is one report, not a page of tags and a report (I-a41)
    from engine.pipeline import parse_file

    junk = ('<legend id="h4sia"></legend><samp id="h4sia"></samp>\n<sup id="h4sia"></sup>\n'
            '<p id="h4sia"><td id="h4sia"></td></p><track id="h4sia"></track>\n'
            '  • <input id="h4sia"><address id="h4sia"></address>\n'
            '    1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>\n      <wbr id="h4sia">\n'
            '    2. <meter id="h4sia"></meter>\n\n      <th id="h4sia"><center id="h4sia"><delect id="h4sia"></delect>'
            '</center></th>\n    3. <dl id="h4sia"></dl>\n    4. <rp id="h4sia"><option id="h4sia"></option></rp>\n\n')
    body = ("长兴县2020年政府信息公开工作年度报告\n长兴县\n• 日期: 2021-02-05 11:01\n\n本报告根据《中华人民共和国政府"
            "信息公开条例》编制。本年报由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开"
            "行政复议和行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项六部分组成。" + TAIL
            + "(一)规范公开县政府办公室的政府信息,为各部门和乡镇提供可参照的样板。一是按照应公开尽公开的原则发布县政府"
              "和县政府办公室制发的文件;二是常态化公开县政府常务会议的议题和结果;三是及时更新机构职能、领导分工和联系"
              "方式;四是做好政策解读与回应关切,围绕群众关心的教育、医疗、住房等事项发布解读材料,回应网民留言。\n(二)健"
              "全公开工作机制。完善信息发布前的审核流程,明确各科室的公开职责,定期对栏目更新情况进行检查,对发现的问题及"
              "时通报并督促整改,全年组织业务培训两次。\n")
    path = tmp_path / "page.txt"
    more = '<mark id="h4sia"><del id="h4sia"></del></mark>\n<menuitem id="h4sia"></menuitem>\n' * 3
    path.write_text(junk + more + body, encoding="utf-8")  # (over 400 characters of it: as long as a document)
    reports = parse_file(path)
    assert len(reports) == 1
    assert reports[0].status == "ok"
    assert reports[0].facts["doc.agency"].value == "长兴县"


PROACTIVE = "某县2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"


def test_the_bodys_own_proactive_count_first_and_items_it_picks_out_after():
    # "我办主动公开信息4521条,发布涉企政策举措60余条": no place named, the later count an item, not a sibling (F173)
    r = parse(PROACTIVE + "2023年,我办主动公开信息4521条,发布涉企政策举措60余条,公开为企业办实事清单。")
    assert fact(r, "proactive.new") == 4521
    # and a place's smaller count after it is one channel of the whole: "…4521条,在网站发布信息60余条" (F189);
    # guard: a place's count above the body's keeps the sibling rule (neither is the year's)
    r = parse(PROACTIVE + "2023年,我办主动公开信息4521条,在网站发布信息60余条。")
    assert fact(r, "proactive.new") == 4521
    r = parse(PROACTIVE + "一年来,我局主动公开政府信息623条,网站更新各类信息604条。")
    assert fact(r, "proactive.new") == 623
    r = parse(PROACTIVE + "2023年,我办主动公开信息93条,在网站发布信息508条。")
    assert fact(r, "proactive.new") != 93


def test_a_sites_visits_after_its_count_are_no_item_of_a_list():
    # "发布政府信息27855条、年访问量突破1573万次": the 、 before a site's visits in 万次 (F174)
    head = PROACTIVE.replace("2023", "2022")
    r = parse(head + "2022年,通过门户网站发布政府信息27855条、年访问量突破1573万次;发布政府公报12期。")
    assert fact(r, "proactive.new") == 27855


def test_the_years_received_ones_all_answered_before_their_verb():
    # "2024年受理的37件申请件已按规定在法定期限内予以答复": completed 37 (F175)
    r = parse(REQUESTS + "1、2024年度,我办受理依申请公开38件。\n2、2024年受理的37件申请件已按规定在法定期限内予以答复,"
                         "其中予以公开18件。1件结转到下一年度答复。")
    assert fact(r, "requests.completed") == 37


def test_last_years_part_named_by_its_number_in_brackets():
    # "办理142件(3件为2023年结转至本年度办理)" in a 2024 report: carried over 3; a year two before is none (F176)
    head = "某区2024年政府信息公开工作年度报告\n" + REQUESTS
    r = parse(head + "2024年,全区新收到政府信息公开申请148件,办理142件(3件为2023年结转至本年度办理),其中予以公开47件。")
    assert fact(r, "requests.carried_over") == 3
    r = parse(head + "2024年,全区新收到政府信息公开申请148件,办理142件(3件为2022年结转至本年度办理),其中予以公开47件。")
    assert fact(r, "requests.carried_over") is None


def test_shunyan_to_next_year_is_carried_forward():
    # "顺延到2022年度申请2件" in a 2021 report: 顺延 as 结转 (F177)
    head = "某市2021年政府信息公开工作年度报告\n" + REQUESTS
    r = parse(head + "2021年,市政府共受理政府信息公开申请44件,顺延到2022年度申请2件,答复政府信息公开申请42件。")
    assert fact(r, "requests.carried_forward") == 2
    assert fact(r, "requests.received") == 44


def test_a_committees_short_form_in_the_title_gives_way_to_its_full_name():
    # title "市发改委2019年…", "由岳阳市发展和改革委员会编制": 委 short for 委员会 (A213); another committee does not
    r = parse("市发改委2019年度政府信息公开年度报告\n根据《中华人民共和国政府信息公开条例》的规定,由岳阳市发展和改革委"
              "员会编制。")
    assert fact(r, "doc.agency") == "岳阳市发展和改革委员会"
    r = parse("市发改委2019年度政府信息公开年度报告\n根据《中华人民共和国政府信息公开条例》的规定,由岳阳市卫生健康委员"
              "会编制。")
    assert fact(r, "doc.agency") == "市发改委"


def test_the_requests_answered_as_the_verbs_object():
    # "省税务局对49份政府信息公开申请依法作出答复": completed 49 (F178)
    r = parse("某局2020年政府信息公开工作年度报告\n一、总体情况\n3.依法答复依申请公开。2020年省税务局对49份政府信息公"
              "开申请依法作出答复,未发生因处理不当引发的行政复议。")
    assert fact(r, "requests.completed") == 49


def test_a_yearly_account_called_a_huibao_with_the_formats_items_and_both_figures():
    # "现将本年度工作情况汇报如下" then (一)主动公开 (二)依申请公开 (三)政府信息管理 (四)平台建设, a request and a
    # review stated: the report (K45); without the figures it stays a summary
    body = ("2025年,某街道办事处坚持以人民为中心,紧扣《中华人民共和国政府信息公开条例》要求,围绕区政府的工作部署,聚焦"
            "群众急难愁盼问题,推动政务公开提质增效,切实保障公众的知情权、参与权和监督权,现将本年度工作情况汇报如下。\n"
            "(一)主动公开情况。\n本年度,街道通过政府网站主动公开信息130条。\n(二)依申请公开情况。\n{requests}\n(三)政"
            "府信息管理。\n规范发布流程,落实保密审查。\n(四)政府信息公开平台建设。\n优化网站栏目。\n")
    r = parse(body.format(requests="本年度收到政府信息公开申请1件,涉及政府信息公开的行政复议1件,已审结。"))
    assert fact(r, "doc.kind") == "government_annual"
    r = parse(body.format(requests="严格按照规定办理群众申请。"))
    assert fact(r, "doc.kind") == "work_summary"


def test_a_site_that_carried_all_of_the_bodys_items_and_kinds_named_before_lei():
    # "主动公开信息23条,网站公开23条,其中:网站公开23条,占100%,…其它主动公开信息类8条,占34.8%": 23 (the site carried
    # them all), not the kind's 8; the 100% share is the whole again, no contradiction (F179, Q-a41)
    r = parse("某街道2019年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息的情况\n2019年度,主动公开信息23"
              "条,网站公开23条,其中:网站公开23条,占100%,安全生产信息类10条,占43.5%;机构职能信息类5条,占21.7%;其它主动"
              "公开信息类8条,占34.8%;历年累计主动公开信息数量445条。")
    assert fact(r, "proactive.new") == 23
    assert fact(r, "proactive.cumulative") == 445
    assert fact(r, "quality.inconsistencies") == []


def test_a_checklists_items_are_no_years_count():
    # "主动公开的信息共16类50项", "《清单》要求公开事项共10大类50项,我校已公开40项…需进一步公开的10项": the
    # catalogue's or the checklist's items (F180)
    head = "某学院2015-2016学年信息公开年度报告\n二、主动公开情况\n"
    for line in ("1、主动公开信息分类\n学院主动公开的信息共16类50项:学院概况、发展规划、规章制度。",
                 "经统计,《清单》要求公开事项共10大类50项,我校已公开40项,占80%,需进一步公开的10项,占20%。"):
        r = parse(head + line)
        assert fact(r, "proactive.new") is None
    r = parse(head + "本学年主动公开各类信息120项。")  # (guard: items in 项 with no catalogue)
    assert fact(r, "proactive.new") == 120


def test_the_body_whose_year_of_work_the_report_sums_up():
    # "…要求编制,总结某市某区人民政府办公室2021年政府信息公开工作情况" (A215)
    r = parse("本报告系根据《中华人民共和国政府信息公开条例》及相关文件要求编制,总结郑州市金水区人民政府办公室2021年政"
              "府信息公开工作情况。本报告包括总体情况等部分。\n一、总体情况\n2021年,金水区人民政府办公室坚持依法公开。")
    assert fact(r, "doc.agency") == "郑州市金水区人民政府办公室"


def test_a_call_to_the_office_as_the_contact_line():
    # "如对本报告有任何疑问,可致电某区人民政府办公室,电话:…": the contact by a call, the only naming (A216)
    r = parse("本报告根据《中华人民共和国政府信息公开条例》要求编制。如对本报告有任何疑问,可致电福州市晋安区人民政府办"
              "公室,电话:0591-83825332。\n一、总体情况\n2024年,我办主动公开信息24条。")
    assert fact(r, "doc.agency") == "福州市晋安区人民政府办公室"
    assert "可致电" in evidence(r, "doc.agency")


def test_a_phrase_with_its_own_year_and_count_does_not_date_the_next():
    # "全年共收到申请9695件,2020年结转312件,共办结9816件,结转至2022年191件" in a 2021 report: 2020 is the carried
    # phrase's own year, not the completed count's (F181)
    head = "某市2021年政府信息公开工作年度报告\n" + REQUESTS
    r = parse(head + "全市各级行政机关依法规范办理政府信息公开申请,全年共收到申请9695件,2020年结转312件,共办结9816件,"
                     "结转至2022年191件。")
    assert fact(r, "requests.completed") == 9816
    assert fact(r, "requests.carried_forward") == 191
    assert fact(r, "requests.carried_over") == 312


def test_news_items_beside_the_disclosed_information_are_no_second_place():
    # "在政府门户网站上发布政务新闻共804条,主动公开政府信息数共计449条": the site's news, not a sibling (F182)
    head = PROACTIVE.replace("2023", "2022")
    r = parse(head + "2022年度我区在政府门户网站上发布政务新闻共804条,主动公开政府信息数共计449条,包括:机构领导"
                     "及机构设置78条,双公示信息57条。")
    assert fact(r, "proactive.new") == 449


def test_banli_after_a_received_count_across_a_semicolon():
    # "全年共受理…申请212件,其中…;已办理206件,结转下年度继续办理6件": the received count is in the sentence (F183);
    # 办理 alone with none before counts those handled, no intake (F14 as a42 revised it)
    r = parse(REQUESTS + "全年共受理政府信息公开申请212件,其中网站申请195件、当面申请4件、信函申请13件;已办理206件,结"
                         "转下年度继续办理6件。")
    assert fact(r, "requests.completed") == 206
    r = parse(REQUESTS + "全年办理政府信息依申请公开13件。")
    assert fact(r, "requests.completed") == 13
    assert fact(r, "requests.received") is None


def test_all_handled_and_answered_in_time():
    # "收到政府信息公开申请5件,均在法定时间内办理答复": all done (F184)
    r = parse(REQUESTS + "全年收到政府信息公开申请5件,均在法定时间内办理答复。")
    assert fact(r, "requests.completed") == 5


def test_more_ways_of_saying_all_the_requests_were_answered():
    # "均严格按照规定时间、规范格式予以答复", "均已按规定及时予以公开", "已依规及时完成回复", "均在法定期限内予以规范
    # 答复" (F185); a disclosure promised is no answer ("…将予以公开" has no 均已)
    for line in ("共收到依申请政府信息公开2件,均严格按照规定时间、规范格式予以答复。",
                 "共受理政府信息公开申请2件,均已按规定及时予以公开。",
                 "新受理依申请政府信息公开2件,已依规及时完成回复。",
                 "全年共收到政府信息公开申请2件,均在法定期限内予以规范答复。"):
        r = parse(REQUESTS + line)
        assert fact(r, "requests.completed") == 2, line
    r = parse(REQUESTS + "共受理政府信息公开申请2件,经审查,相关信息将予以公开。")
    assert fact(r, "requests.completed") is None


def test_the_years_own_intake_inside_the_years_load():
    # "共办理4件…申请(其中当年收到3件,上年转结1件)": received 3 (F186)
    r = parse(REQUESTS + "2022年内,共办理4件政府信息公开申请(其中当年收到3件,上年转结1件),均已办结。")
    assert fact(r, "requests.received") == 3
    assert fact(r, "requests.carried_over") == 1


def test_carried_forward_before_its_word_into_the_next_year_by_number():
    # "1件结转至2023年度办理" in a 2022 report: 1; into 2024 it is none (F187)
    head = "某街道2022年政府信息公开工作年度报告\n" + REQUESTS
    r = parse(head + "共受理政府信息公开申请19件,其中18件已在法定期限内予以答复,1件结转至2023年度办理。")
    assert fact(r, "requests.carried_forward") == 1
    r = parse(head + "共受理政府信息公开申请19件,其中18件已在法定期限内予以答复,1件结转至2024年度办理。")
    assert fact(r, "requests.carried_forward") is None
    r = parse(head + "共受理政府信息公开申请19件,全年共办理15件。剩余4件转2023年办理。")  # (转 alone: its gate word)
    assert fact(r, "requests.carried_forward") == 4


def test_no_fee_ever_taken_and_a_short_report_with_all_its_items():
    # "我局未收过任何费用" is no fee (F188); with no request received and no review or suit, the short report states
    # all its items and is the report (K-rows: requests, review and fees stated)
    r = parse("2009年度信息公开工作报告\n2009年,我局根据《中华人民共和国政府信息公开条例》开展了信息公开工作。\n"
              "一、开展政府信息公开工作的基本情况。\n在政府信息公开工作中,至今还未收到过单位或个人的信息公开申请。在政府"
              "信息公开中,我局未收过任何费用。也未发生过因政府信息公开申请行政复议、提起行政诉讼的情况。\n二、存在的不足:\n"
              "1、有的信息发布还不够及时。")
    assert fact(r, "fees.charged_yuan") == 0
    assert fact(r, "doc.kind") == "government_annual"


def test_a_summary_headed_below_a_page_titled_as_the_report():
    # page title "2009年度政府信息公开工作年度报告", the document "2009年度某局\n政府信息公开工作总结" and "现将…总结
    # 如下", no statutory part: a summary filed as the report (K46); with a request stated it stays the report
    body = ("2009年度政府信息公开工作年度报告\n来源:农发局 发布时间:2013-06-17\n\n2009年度启东市农业资源开发局\n\n"
            "政府信息公开工作总结\n\n2009年,我局根据《启东市政府信息公开规定》的要求推进政府信息公开工作。现将2009年"
            "政府信息公开工作总结如下:\n一、加强领导,健全工作机制\n成立了领导小组。\n二、主动公开政府信息\n全年主动公开"
            "信息56条。{more}")
    r = parse(body.format(more=""))
    assert fact(r, "doc.kind") == "work_summary"
    r = parse(body.format(more="\n三、依申请公开情况\n全年收到政府信息公开申请2件,均已按时答复。"))
    assert fact(r, "doc.kind") == "government_annual"


def test_the_new_intake_first_in_the_bracket_of_the_years_load():
    # "共受理…121件(其中本年度新收申请数112件,上年结转申请9件)": received 112, the load's new part (F190)
    r = parse(REQUESTS + "2023年共受理政府信息依申请公开121件(其中本年度新收申请数112件,上年结转申请9件)。")
    assert fact(r, "requests.received") == 112
    assert fact(r, "requests.carried_over") == 9


def test_a_committees_office_by_its_full_name_as_the_contact():
    # "请与莆田市发展和改革委员会办公室联系": the committee (A217, A202's full form); a party committee's office stays
    r = parse("本报告根据《条例》编制。如对本报告有任何疑问,请与莆田市发展和改革委员会办公室联系(地址:莆田市)。\n"
              "一、总体情况\n2023年,我委认真贯彻落实条例。")
    assert fact(r, "doc.agency") == "莆田市发展和改革委员会"

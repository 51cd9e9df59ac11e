"""What a56 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

UNTITLED = ("根据《中华人民共和国政府信息公开条例》的规定,现编制2013年度政府信息公开工作年度报告。本报告由概述、"
            "主动公开政府信息情况、依申请公开情况等部分组成。\n一、概述\n")

# --- a township named once, in its own voice (A361–A363) --------------------------------------------------------


def test_a_street_summed_up_as_of_the_years_end_in_its_own_voice_is_the_author():
    r = parse(UNTITLED + "根据《条例》要求,截至2013年年底,青松街道政府信息公开工作运行正常。本街道全年公开信息"
              "41条。\n二、依申请公开情况\n目前暂无依申请公开事项。\n")
    assert fact(r, "doc.agency") == "青松街道"
    assert "青松街道" in evidence(r, "doc.agency")


def test_a_street_summed_up_in_a_bureaus_voice_is_not_the_author():
    # 我局: a bureau's text names a street it works with
    r = parse(UNTITLED + "截至2013年年底,青松街道政府信息公开工作运行正常。我局全年公开信息41条。\n")
    assert fact(r, "doc.agency") is None


def test_a_streets_own_scheme_for_requests_names_it():
    r = parse("一、总体情况\n2023年,我街认真落实《条例》要求,制定了《柳溪街道政府信息依申请公开工作方案》,及时公开"
              "政府信息。全年主动公开信息87条。\n二、主动公开政府信息情况\n")
    assert fact(r, "doc.agency") == "柳溪街道"


def test_a_streets_scheme_in_a_countys_voice_names_no_one():
    r = parse("一、总体情况\n2023年,我县认真落实《条例》要求,指导制定了《柳溪街道政府信息依申请公开工作方案》。全年"
              "主动公开信息87条。\n二、主动公开政府信息情况\n")
    assert fact(r, "doc.agency") != "柳溪街道"


def test_a_town_checking_itself_against_a_list_after_the_year_is_the_subject():
    r = parse(UNTITLED.replace("2013", "2017") + "2017年,石门镇对照公共服务事项清单,认真贯彻实施《条例》,有序推进"
              "政府信息公开工作。全镇累计主动公开信息312条。\n")
    assert fact(r, "doc.agency") == "石门镇"


def test_a_bureau_under_its_leadership_after_the_year_is_the_subject():
    r = parse("一、总体情况\n2020年,在区委、区政府的正确领导下,区档案局贯彻落实《中华人民共和国政府信息公开条例》,及时"
              "主动公开各类信息。\n二、主动公开政府信息情况\n")
    assert fact(r, "doc.agency") == "区档案局"


# --- requests counted in 宗, a bracket that leaves the carried-over out, accepted then closed (F278–F280) --------


def test_requests_carried_over_counted_in_zong():
    r = parse("某区2021年政府信息公开工作年度报告\n" + "一、总体情况\n(二)依申请公开情况\n2021年本区收到政府信息"
              "公开申请130宗,上年结转申请9宗,共答复办结申请137宗,结转下年继续办理2宗。\n")
    assert fact(r, "requests.received") == 130
    assert fact(r, "requests.carried_over") == 9
    assert "上年结转申请9宗" in evidence(r, "requests.carried_over")


def test_a_bracket_that_leaves_the_carried_over_out_keeps_the_years_intake():
    r = parse("某区2024年政府信息公开工作年度报告\n" + "一、总体情况\n(二)依申请公开情况\n2024年,全区共收到政府信息公开"
              "申请845宗(未包含上年结转31宗),其中已办结820宗,结转下年办理56宗。\n")
    assert fact(r, "requests.received") == 845
    assert fact(r, "requests.carried_over") == 31


def test_a_bracket_that_puts_the_carried_over_in_is_still_the_years_load():
    r = parse("某区2024年政府信息公开工作年度报告\n" + "一、总体情况\n(二)依申请公开情况\n2024年,全区共收到政府信息公开"
              "申请845宗(含上年结转31宗),其中已办结820宗,结转下年办理56宗。\n")
    assert fact(r, "requests.received") is None


def test_requests_accepted_in_time_and_then_closed_are_all_completed():
    r = parse("某镇2018年政府信息公开工作年度报告\n一、概述\n三、政府信息依申请公开情况\n2018年度我镇共收到6件信息公开"
              "申请,其中网络申请4件,信函申请2件,均已及时受理并已按时办结。\n")
    assert fact(r, "requests.completed") == 6


# --- a statutory title run into the year's account, a reprint's 全文 (K80, K81) ---------------------------------


def test_a_ministrys_title_run_into_its_third_person_account_is_the_report():
    r = parse("交通运输部2018年度政府信息公开工作报告 2018年,交通运输部认真贯彻党中央、国务院关于全面推进政务公开的决策"
              "部署,加强政策解读和回应关切,不断满足人民群众的知情权、参与权和监督权。完善政务公开机制,将政务公开要求纳入"
              "公文办理程序,在起草阶段明确公开属性,确保各项公开要求落到实处。\n")
    assert fact(r, "doc.kind") == "government_annual"


def test_a_reprints_title_marked_full_text_is_the_report():
    # (a middle part on decisions, no heading of the statutory parts: only the title says what the page is)
    r = parse("自然资源部2011年度政府信息公开工作报告/全文\n\n2012年04月18日15:02 | 某某网 | 字号:T|T\n"
              "关键词: 自然资源部 政府信息公开 工作报告\n\n三、依法推进规划管理决策透明,增强公众参与度\n\n"
              "坚持开门立法、民主立法。在制订部门规章时,认真征求相关部门和地方政府的意见,同时在自然资源部门户网站刊登征求意见稿,面向"
              "全社会广泛征求意见。\n")
    assert fact(r, "doc.kind") == "government_annual"


def test_a_news_headline_on_a_ministrys_report_is_still_not_the_report():
    r = parse("自然资源部发布2012年政府信息公开工作报告\n中央政府门户网站 2013年03月29日\n\n2012年,自然资源部认真按照"
              "国务院办公厅的要求,围绕中心,服务大局,深入推进政府信息公开工作。\n")
    assert fact(r, "doc.kind") != "government_annual"


# --- an area's disclosure desk as the only name (A365) ------------------------------------------------------------


def test_an_areas_disclosure_desk_as_the_contact_in_the_areas_voice_names_the_area():
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》规定组织编制。本报告中所列数据的统计期限自2010年1月1日"
              "起至2010年12月31日止。如对本报告有任何疑问,请联系青田县政府信息公开办公室,电话:0578-1234567。\n一、概述\n"
              "2010年,我县认真贯彻《条例》,全县政府信息公开工作运行平稳。\n")
    assert fact(r, "doc.agency") == "青田县"
    assert "青田县政府信息公开办公室" in evidence(r, "doc.agency")


def test_an_areas_disclosure_desk_as_the_contact_of_a_bureau_names_no_one():
    # 我局: the county's desk answers enquiries; the bureau that reports is not named
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》规定组织编制。如对本报告有任何疑问,请联系青田县政府信息"
              "公开办公室。\n一、概述\n2010年,我局认真贯彻《条例》,政府信息公开工作运行平稳。\n")
    assert fact(r, "doc.agency") is None


def test_a_desk_with_no_body_before_it_names_no_one_and_the_enquiry_line_names_the_area():
    r = parse("本年报是根据《中华人民共和国政府信息公开条例》规定,结合我区实际,由政务公开办公室编制。如有疑问,请咨询"
              "龙山区政务公开办公室(地址:人民大街12号,邮编:136000)。\n一、基本情况\n我区成立了政务公开工作领导小组。\n")
    assert fact(r, "doc.agency") == "龙山区"


def test_a_desk_with_no_body_before_it_is_no_name():
    r = parse("本年报是根据《中华人民共和国政府信息公开条例》规定,结合我区实际,由政务公开办公室编制。\n一、基本情况\n"
              "我区成立了政务公开工作领导小组。\n")
    assert fact(r, "doc.agency") is None


# --- the statistics period closed by 截止到 (P38) ------------------------------------------------------------------


def test_a_statistics_period_closed_with_jiezhi_dao_gives_the_year():
    r = parse("本报告由概述、主动公开政府信息情况、依申请公开政府信息等部分组成。本报告中的数据统计汇总期限截止到2008年"
              "12月31日。\n一、概述\n推进政府信息公开是转变政府职能的一项重要工作。\n")
    assert fact(r, "doc.year") == 2008
    assert "截止到2008年12月31日" in evidence(r, "doc.year")


# --- a lottery site's name before a bureau (A367) -----------------------------------------------------------------


def test_a_lottery_sites_name_in_the_place_of_the_place_leaves_the_bureau():
    r = parse("本报告由中国体彩网,体彩网公安局根据《中华人民共和国政府信息公开条例》要求编制。如对本报告有疑问,请与"
              "中国体彩网,体彩网公安局指挥中心联系。\n一、总体情况\n2020年,中国体彩网,体彩网公安局认真落实《条例》要求。\n")
    assert fact(r, "doc.agency") == "公安局"


def test_a_lottery_centre_keeps_its_name():
    r = parse("本报告由省体彩中心根据《中华人民共和国政府信息公开条例》要求编制。\n一、总体情况\n2020年,我中心认真落实"
              "《条例》要求。\n")
    assert fact(r, "doc.agency") == "省体彩中心"


# --- another matter's applications handled (F281) -----------------------------------------------------------------


def test_a_permits_applications_handled_are_not_the_requests_completed():
    r = parse("某区住房和城乡建设局2025年政府信息公开工作年度报告\n一、总体情况\n通过区政府门户网站主动公开信息74条。"
              "共受理依申请公开12件,已邮件回复。2025年办理挖掘(占用)城市道路申请件77件,并对现场进行检查。\n")
    assert fact(r, "requests.completed") != 77


def test_the_requests_named_between_the_verb_and_the_count_are_still_completed():
    r = parse("某区住房和城乡建设局2025年政府信息公开工作年度报告\n一、总体情况\n通过区政府门户网站主动公开信息74条。"
              "全年办理政府信息公开申请12件。\n")
    assert fact(r, "requests.completed") == 12


# --- the items made, sorted by how they are disclosed (F282) ------------------------------------------------------


def test_the_proactive_share_of_the_items_made_is_the_years_count_and_the_request_share_no_requests():
    r = parse("某市2020年度政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息的情况\n2020年全市共制作政府信息"
              "总数215条,其中主动公开政府信息209条、依申请公开政府信息6条。主动公开政府信息的全文电子化率为100%。\n")
    assert fact(r, "proactive.new") == 209
    assert fact(r, "requests.received") is None


def test_a_list_of_kinds_of_information_is_still_no_total():
    r = parse("某市2020年度政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息的情况\n2020年主动公开政策文件"
              "35条、工作动态信息120条。\n")
    assert fact(r, "proactive.new") is None


# --- the year gone by, summed with 累计 (F283) --------------------------------------------------------------------


def test_the_year_gone_by_summed_with_leiji_is_the_years_count():
    r = parse("某县水利局2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息情况\n一年来,通过县人民政府"
              "门户网站“部门信息公开”专栏等平台,累计主动公开政府信息29条。\n")
    assert fact(r, "proactive.new") == 29
    assert fact(r, "proactive.cumulative") is None


def test_a_running_total_since_some_years_stays_cumulative():
    r = parse("某县水利局2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息情况\n近几年来,通过县人民"
              "政府门户网站累计主动公开政府信息290条。\n")
    assert fact(r, "proactive.new") != 290

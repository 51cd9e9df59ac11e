"""No figure a page gives for a host site, a channel, one kind of item, a court's finding or a list under a running
total; no completed count that is a sum the text does not state; shares of channels that pass 100%; parts set in 【】
or named as the year's work; the year's count after 主动公开方面 (issue 12, a15-figures). Each class with the form that
was misread at 5115b0b and, where one exists, the plain form that must stay as it was. Agencies, places, figures and
prose are invented."""

from engine.parse import parse_text


def parsed(text: str):
    report = parse_text(text, "t")
    return report[0] if isinstance(report, list) else report


def facts(text: str) -> dict:
    return {k: f.value for k, f in parsed(text).facts.items()}


def parts(text: str) -> set:
    return {k.split(".", 1)[1] for k, v in facts(text).items() if k.startswith("sections.") and v}


BUREAU = ("桐溪县林业局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我局围绕林长制和森林防火两项重点"
          "推进政务公开,各项工作有序开展。\n")
TOWN = ("云岭镇2023年政府信息公开工作年度报告\n一、总体情况\n2023年,云岭镇把政务公开同乡村振兴结合起来,"
        "公开的范围和深度都有提升。\n")


# --- a host site's total beside the body's own count on it --------------------------------------------------------

def test_the_county_portals_total_after_the_bureaus_own_count():
    text = BUREAU + ("二、主动公开政府信息情况\n全年在县政府门户网站发布我局信息64条,县政府门户网站全年共发布各类信息"
                     "15000余条。\n")
    assert facts(text).get("proactive.new") == 64


def test_the_county_portals_total_with_the_bureaus_share_after_it():
    text = BUREAU + "二、主动公开政府信息情况\n县政府门户网站全年共发布信息15000余条,其中我局发布信息64条。\n"
    assert facts(text).get("proactive.new") != 15000


def test_that_platforms_total_after_the_towns_count_on_it():
    text = TOWN + ("(一)主动公开\n2023年,我镇通过区政府信息公开平台主动公开信息91条,该平台全年共公开信息"
                   "8700余条。\n")
    assert facts(text).get("proactive.new") == 91


def test_a_county_governments_own_portal_count_alone_stays():
    text = ("桐溪县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年,县政府坚持以公开为常态。\n"
            "二、主动公开政府信息情况\n县政府门户网站全年共发布信息15000余条。\n")
    assert facts(text).get("proactive.new") == 15000


# --- channel shares that pass 100% are no contradiction ------------------------------------------------------------

def test_shares_of_channels_may_pass_a_hundred():
    text = BUREAU + ("二、主动公开政府信息情况\n全年主动公开政府信息150条,其中通过门户网站公开141条,占94%;通过微信"
                     "公众号同步推送60条,占40%。\n")
    got = facts(text)
    assert got.get("quality.inconsistencies") == []
    assert got.get("proactive.new") == 150


def test_shares_of_the_two_micro_one_end_and_a_board_may_pass_a_hundred():
    text = BUREAU + ("二、主动公开政府信息情况\n全年主动公开政府信息300条,其中门户网站280条,占93%;两微一端150条,占50%;"
                     "政务公开栏90条,占30%。\n")
    assert facts(text).get("quality.inconsistencies") == []


def test_shares_of_kinds_that_pass_a_hundred_stay_a_contradiction():
    text = BUREAU + ("二、主动公开政府信息情况\n全年主动公开政府信息150条,其中工作动态105条,占70%;规范性文件75条,"
                     "占50%。\n")
    assert any(i.startswith("shares") for i in facts(text).get("quality.inconsistencies"))


# --- items of a list under a running total -----------------------------------------------------------------------

def test_a_channel_line_under_a_running_total_is_no_years_count():
    text = TOWN + ("(一)主动公开情况\n截至2023年12月31日,云岭镇通过多种渠道累计主动公开政府信息612条,具体包括:\n"
                   "政府网站:发布信息57条,涵盖机构职能和财政预决算。\n微信公众号:发布信息233条。\n")
    got = facts(text)
    assert got.get("proactive.new") is None
    assert got.get("proactive.cumulative") == 612


def test_a_channel_line_under_the_years_total_leaves_the_total():
    text = TOWN + ("(一)主动公开情况\n2023年,云岭镇全年主动公开政府信息290条,具体包括:\n政府网站:发布信息57条。\n"
                   "微信公众号:发布信息233条。\n")
    assert facts(text).get("proactive.new") == 290


# --- one named kind of item with 共, first of a list -----------------------------------------------------------------

def test_one_kind_with_gong_first_of_a_list_is_not_the_total():
    text = BUREAU + ("二、主动公开政府信息情况\n2022年,全年共公开森林防火信息12条,发布工作动态5条,更新林木采伐"
                     "许可信息7条。\n")
    assert facts(text).get("proactive.new") is None


def test_the_generic_total_with_gong_before_a_list_stays():
    text = BUREAU + "二、主动公开政府信息情况\n2022年,全年共公开政府信息12条,发布工作动态5条,更新采伐许可信息7条。\n"
    assert facts(text).get("proactive.new") == 12


def test_a_list_of_topics_with_deng_stays_the_total():
    text = BUREAU + "二、主动公开政府信息情况\n全年共发布森林防火、林木采伐等方面信息40条,发布工作动态5条。\n"
    assert facts(text).get("proactive.new") == 40


# --- the year's count after 主动公开方面 -----------------------------------------------------------------------------

def test_the_part_named_first_then_a_bare_verb():
    text = BUREAU + "二、主动公开政府信息情况\n主动公开方面,全年公开86条,其中规范性文件2件。\n"
    assert facts(text).get("proactive.new") == 86


def test_the_part_named_first_with_gong():
    text = TOWN + "(一)主动公开\n在主动公开工作中,本年度共发布各类信息143条。\n"
    assert facts(text).get("proactive.new") == 143


def test_the_part_named_first_then_other_years_counts():
    text = BUREAU + "二、主动公开政府信息情况\n主动公开方面,2020年公开73条,2021年公开81条。\n"
    assert facts(text).get("proactive.new") is None


# --- requests ---------------------------------------------------------------------------------------------------------

def test_all_answered_after_a_carried_over_count_is_no_stated_figure():
    text = BUREAU + "二、收到和处理政府信息公开申请情况\n上年结转申请2件,本年收到申请6件,均已按时办结。\n"
    got = facts(text)
    assert got.get("requests.completed") is None
    assert (got.get("requests.received"), got.get("requests.carried_over")) == (6, 2)


def test_all_answered_with_carried_ones_after_is_no_stated_figure():
    text = BUREAU + "二、收到和处理政府信息公开申请情况\n全年共收到申请6件,均已办结,另有上年结转的2件也已办结。\n"
    assert facts(text).get("requests.completed") is None


def test_all_answered_with_none_carried_over_stays():
    text = BUREAU + "二、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请6件,均已办结。\n"
    assert facts(text).get("requests.completed") == 6


def test_a_share_handled_gives_no_completed_count():
    text = BUREAU + "二、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请20件,办结率95%。\n"
    got = facts(text)
    assert got.get("requests.completed") is None
    assert got.get("requests.received") == 20


def test_answered_by_procedure_is_all_answered():
    text = BUREAU + "二、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请4件,均已按期依规依程序答复。\n"
    assert facts(text).get("requests.completed") == 4


def test_the_year_had_one_request():
    text = TOWN + "(二)依申请公开情况\n2023年度有1件依申请公开信息。\n"
    assert facts(text).get("requests.received") == 1


def test_one_of_the_requests_is_no_count_received():
    text = TOWN + "(二)依申请公开情况\n全年收到申请5件,其中有2件依申请公开信息不予公开。\n"
    assert facts(text).get("requests.received") == 5


# --- appeals and consultations --------------------------------------------------------------------------------------

def test_no_suit_case_without_de():
    text = BUREAU + "二、收到和处理政府信息公开申请情况\n全年未收到依申请公开事项,无行政诉讼案件。\n"
    assert facts(text).get("appeals.litigation") == 0


def test_a_courts_finding_denied_is_no_count_of_suits():
    text = BUREAU + ("二、收到和处理政府信息公开申请情况\n全年收到申请0件;没有因政府信息公开被申请行政复议,也没有在"
                     "行政诉讼案件中被判未依法履行公开职责的情况。\n")
    got = facts(text)
    assert got.get("appeals.litigation") is None
    assert got.get("appeals.review") == 0


def test_the_consultation_kind_of_letters_and_visits_is_no_consultation_count():
    text = BUREAU + "(三)回应关切\n全年办理群众来信来访52件,其中政策咨询类40件,均已按时回复。\n"
    assert facts(text).get("consultations.total") is None


def test_disclosure_consultations_by_kind_stay():
    text = BUREAU + "(三)咨询情况\n全年接受政府信息公开咨询类问题18件。\n"
    assert facts(text).get("consultations.total") == 18


# --- parts ------------------------------------------------------------------------------------------------------------

def test_parts_set_in_square_brackets():
    text = ("桐溪县林业局2022年政府信息公开工作年度报告\n【总体情况】\n2022年,我局推进政务公开,运行平稳。\n"
            "【主动公开政府信息情况】\n全年主动公开政府信息88条。\n【收到和处理政府信息公开申请情况】\n全年收到申请2件。\n"
            "【政府信息公开行政复议、行政诉讼情况】\n未发生行政复议和行政诉讼。\n【存在的主要问题及改进情况】\n"
            "公开质量有待提高。\n【其他需要报告的事项】\n无。\n")
    assert parts(text) >= {"overview", "proactive", "requests", "review_litigation", "problems", "other"}


def test_a_first_part_named_as_the_years_work_is_the_overview():
    text = ("桐溪县林业局2022年政府信息公开工作年度报告\n一、工作开展情况\n2022年,我局推进政务公开,运行平稳。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息88条。\n三、收到和处理政府信息公开申请情况\n全年收到申请2件。\n")
    assert "overview" in parts(text)


def test_a_first_part_named_as_the_years_tasks_is_the_overview():
    text = ("桐溪县2018年政府信息公开工作年度报告\n一、主要任务落实情况\n2018年,全县推进决策、执行、管理、服务、结果"
            "公开。\n二、主动公开政府信息情况\n全年主动公开政府信息880条。\n三、依申请公开政府信息情况\n全年收到申请12件。\n")
    assert "overview" in parts(text)


def test_a_later_part_named_as_work_is_not_the_overview():
    text = ("桐溪县林业局2022年政府信息公开工作年度报告\n一、主动公开政府信息情况\n全年主动公开政府信息88条。\n"
            "二、收到和处理政府信息公开申请情况\n全年收到申请2件。\n三、工作开展情况\n全年组织培训两次。\n")
    assert "overview" not in parts(text)


# --- a social account beside other channels; a fee clause inside another part ---------------------------------------

def test_a_count_over_a_social_account_and_other_channels_is_the_years():
    text = BUREAU + ("(一)主动公开方面:通过“桐溪林业”公众号、纸质简报、网络平台及其他方式主动公开机构概况、工作动态、"
                     "森林防火信息97条。\n")
    assert facts(text).get("proactive.new") == 97


def test_a_count_over_social_accounts_alone_stays_none():
    text = BUREAU + "(一)主动公开方面:依托微信公众号、视频号等平台,全年发布各类政务信息100余条。\n"
    assert facts(text).get("proactive.new") is None


def test_a_fee_clause_closing_the_requests_line_is_no_fee_part():
    text = BUREAU + ("(二)依法答复政府信息公开申请。全年共收到政府信息公开申请3件,均已按时答复,全年未收取信息处理费。\n"
                     "(三)加强平台建设。门户网站运行平稳。\n")
    assert "fees" not in parts(text)


def test_a_fee_line_of_its_own_stays_the_fee_part():
    text = BUREAU + "二、依申请公开情况\n全年收到申请3件。\n全年未收取信息处理费,也无减免情况。\n"
    assert "fees" in parts(text)


def test_a_first_part_on_the_disclosure_work_before_a_proactive_part_is_the_overview():
    text = ("桐溪县林业局2012年政府信息公开工作年度报告\n一、政府信息公开工作开展情况\n2012年,我局成立领导小组,"
            "健全了各项制度。\n二、主动公开政府信息情况\n全年主动公开政府信息88条。\n三、依申请公开政府信息情况\n"
            "全年收到申请2件。\n")
    got = parts(text)
    assert {"overview", "proactive", "requests"} <= got


def test_a_first_part_on_disclosure_with_no_proactive_part_after_stays_proactive():
    text = ("桐溪县林业局2012年政府信息公开工作年度报告\n一、政府信息公开情况\n2012年,我局全年公开政府信息88条。\n"
            "二、依申请公开情况\n全年收到申请2件。\n")
    got = parts(text)
    assert "proactive" in got and "overview" not in got


# --- the whole year's sum with the body named between ---------------------------------------------------------------

def test_the_whole_year_then_the_body_then_leiji_is_the_years_count():
    text = TOWN + "(一)主动公开\n全年我镇累计公开各类信息236条。\n"
    got = facts(text)
    assert (got.get("proactive.new"), got.get("proactive.cumulative")) == (236, None)


def test_the_whole_year_then_to_date_stays_a_running_total():
    text = TOWN + "(一)主动公开\n全年截至目前累计公开信息2360条。\n"
    assert facts(text).get("proactive.new") is None

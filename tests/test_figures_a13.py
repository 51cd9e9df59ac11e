"""Figures read from prose, contradictions only where the text contradicts itself, parts found under any numbering
(issue 12, a13-figures). Each class with the form that was misread before and, where one exists, the plain form that
must stay as it was. Agencies, places, figures and prose are invented."""

from engine.parse import checks, parse_text
from engine.parse.checks import total_part_contradictions


def bare_total_contradictions(text: str) -> list[str]:
    """(looked up when called, so that this file also runs against a parser without the check: it finds nothing)"""
    return getattr(checks, "bare_total_contradictions", lambda _: [])(text)


def facts(text: str) -> dict:
    report = parse_text(text, "t")
    report = report[0] if isinstance(report, list) else report
    return {k: f.value for k, f in report.facts.items()}


OLD_HEAD = ("根据《中华人民共和国政府信息公开条例》规定,现将青禾县农业农村局2011年政府信息公开工作情况报告如下。\n"
            "一、概述\n2011年,我局把政府信息公开作为转变作风的重要抓手,明确专人负责。\n二、主动公开政府信息情况\n")
NEW_HEAD = ("一、总体情况\n2023年,云溪镇按照上级部署推进政务公开。\n(一)主动公开\n")


# --- the year's proactive count in other wordings --------------------------------------------------------------

def test_count_after_of_the_information_there_were():
    text = OLD_HEAD + ("截至2011年12月31日,我局在县政府门户网站信息公开专栏主动公开的信息有58条,"
                       "其中机构类6条,业务类52条。\n")
    assert facts(text).get("proactive.new") == 58


def test_a_total_whose_listed_parts_add_up_is_no_sibling_of_them():
    text = NEW_HEAD + ("全年通过镇政府网站主动公开信息940条,公开机构概况类信息40条,公开工作动态类信息700条,"
                       "公开通知公告类信息200条;另制作政策图解12条。\n")
    assert facts(text).get("proactive.new") == 940


def test_counts_side_by_side_that_do_not_add_up_are_still_siblings():
    text = NEW_HEAD + "通过镇政府网站公开信息94条,通过县政务公开平台公开信息51条,通过镇公开栏公开信息30条。\n"
    assert facts(text).get("proactive.new") is None


def test_a_government_net_beside_an_account_is_a_website():
    text = NEW_HEAD + ("2023年我镇通过云溪区政府网、“云溪发布”公众号、各类媒体等方式主动向社会公开政策文件、工作动态、"
                       "财政预决算、公共服务、社会救助、行政执法等信息812条。\n")
    assert facts(text).get("proactive.new") == 812


def test_an_account_alone_is_still_no_total():
    text = NEW_HEAD + "2023年我镇通过“云溪发布”公众号推送政策文件、工作动态、社会救助等信息812条。\n"
    assert facts(text).get("proactive.new") != 812


# --- running totals ---------------------------------------------------------------------------------------------

def test_a_running_total_from_a_starting_year():
    text = OLD_HEAD + "(一)本年度主动公开政府信息共120条。自2009年起累计主动公开政府信息431条。\n"
    got = facts(text)
    assert got.get("proactive.cumulative") == 431
    assert got.get("proactive.new") == 120


def test_a_total_up_to_the_years_end_is_a_running_total_not_the_years():
    text = OLD_HEAD + "本单位到2011年底累计主动公开政府信息86条,全文电子化率达90%。\n"
    got = facts(text)
    assert got.get("proactive.new") is None
    assert got.get("proactive.cumulative") == 86


def test_the_years_own_sum_with_cumulative_still_stands():
    assert facts(OLD_HEAD + "2011年累计主动公开政府信息86条。\n").get("proactive.new") == 86


# --- requests and consultations ---------------------------------------------------------------------------------

def test_requests_counted_after_the_word_and_all_closed_by_a_rate():
    text = NEW_HEAD.replace("(一)主动公开", "1.主动公开情况") + (
        "2023年主动公开政府信息210条。\n2.依申请公开办理情况:\n"
        "2023年依申请公开共受理3件,均通过邮寄方式送达答复,按时办结,完成率100%。\n")
    got = facts(text)
    assert got.get("requests.received") == 3
    assert got.get("requests.completed") == 3
    assert got.get("sections.requests") is True


def test_a_review_about_requests_says_nothing_of_how_many_requests():
    text = NEW_HEAD + ("全年主动公开信息75条。\n(二)依申请公开\n"
                       "我局明确专人办理依申请公开事项。2023年,我局未发生依申请公开政府信息方面的行政复议和行政诉讼。\n")
    got = facts(text)
    assert got.get("requests.received") is None
    assert got.get("appeals.review") == 0


def test_no_request_said_plainly_is_still_zero():
    assert facts(NEW_HEAD + "(二)依申请公开\n2023年,我局未收到政府信息公开申请。\n").get("requests.received") == 0


def test_items_of_a_question_and_answer_column_are_no_consultations():
    text = NEW_HEAD + ("全年通过门户网站主动公开信息1200条;开设政策问答栏目,发布政策解读信息30条,"
                       "政策咨询问答信息215条。\n")
    assert facts(text).get("consultations.total") is None


def test_consultations_said_as_such_still_count():
    assert facts(NEW_HEAD + "全年共接受群众咨询215人次。\n").get("consultations.total") == 215


# --- contradictions: only where the text contradicts itself ---------------------------------------------------

def test_parts_above_a_whole_named_without_a_total_word():
    assert bare_total_contradictions("全年接待咨询240人次,其中窗口咨询190人次,电话咨询70人次。") == \
        ["consultations 240 != 190 + 70 = 260"]


def test_a_list_closed_by_other_that_falls_short_of_its_whole():
    text = ("2022年,主动公开政府信息630条,较上年增长12%。其中包括政策文件20条,工作动态300条,财政信息18条,"
            "其他信息90条。")
    assert bare_total_contradictions(text) == ["proactive 630 != 20 + 300 + 18 + 90 = 428"]


def test_a_short_list_without_a_catch_all_may_leave_parts_out():
    assert bare_total_contradictions("主动公开信息630条,其中政策文件20条,工作动态300条。") == []


def test_channels_may_carry_the_same_item_twice():
    assert bare_total_contradictions("发布信息520条,其中网站发布480条,微信公众号发布300条。") == []


def test_a_list_with_levels_is_no_list_of_parts():
    text = "因政府信息公开引发行政争议9件,其中,行政复议6件,结果维持5件,尚未审结1件;行政诉讼3件,结果维持3件。"
    assert bare_total_contradictions(text) == []


def test_a_whole_with_a_total_word_is_left_to_the_total_check():
    text = "全年共受理咨询300人次,其中现场咨询250人次,电话咨询80人次。"
    assert bare_total_contradictions(text) == []
    assert total_part_contradictions(text) == ["consultations 300 != 250 + 80 = 330"]


def test_documents_made_split_into_some_of_their_classes_are_not_all_of_them():
    text = "2010年度共计制作政府信息总数210条,其中主动公开信息有160条,涉及国家秘密的信息0条。"
    assert total_part_contradictions(text) == []


def test_documents_made_split_into_every_class_must_add_up():
    text = "2010年度共计制作政府信息总数210条,其中主动公开信息160条,依申请公开信息20条,不予公开信息20条。"
    assert total_part_contradictions(text) == ["proactive 210 != 160 + 20 + 20 = 200"]


def test_a_report_whose_bare_whole_and_parts_disagree_says_so():
    text = NEW_HEAD + "全年接待咨询240人次,其中窗口咨询190人次,电话咨询70人次。\n"
    assert facts(text)["quality.inconsistencies"] == ["consultations 240 != 190 + 70 = 260"]


# --- parts under sub-headings ---------------------------------------------------------------------------------

def test_statutory_parts_numbered_as_sub_headings_under_another_part():
    text = (OLD_HEAD + "(一)主动公开政府信息数量\n2011年我局主动公开政府信息40条。\n"
            "(二)依申请公开政府信息情况\n2011年,我局没有收到政府信息公开申请。\n"
            "(三)复议、诉讼和申诉情况\n2011年,没有发生有关政府信息公开的行政复议、行政诉讼和申诉。\n"
            "三、存在问题及改进措施\n部分信息更新不够及时,下一步将加强培训。\n")
    got = facts(text)
    assert got["sections.requests"] is True
    assert got["sections.review_litigation"] is True


def test_a_sub_heading_on_the_work_is_still_no_part():
    text = (OLD_HEAD + "(一)主动公开政府信息数量\n2011年我局主动公开政府信息40条。\n"
            "(二)加强队伍建设情况\n配备兼职人员一名。\n三、存在问题及改进措施\n部分信息更新不够及时。\n")
    got = facts(text)
    assert got["sections.requests"] is False
    assert got["sections.review_litigation"] is False


# --- the disclosed share of a portal's items, and what a higher site took up -----------------------------------

def test_the_disclosed_share_of_a_portals_items_is_the_years_figure():
    text = NEW_HEAD + ("全镇各单位通过“云溪区人民政府门户网站”发布信息3120条,其中主动公开各类政府信息1460条,"
                       "市政府网站共采用390条,全年网站访问量达210000次。\n")
    assert facts(text).get("proactive.new") == 1460


def test_items_sent_up_and_taken_up_are_still_no_figure():
    text = NEW_HEAD + "全年共上传信息132条,被市政务网录用18条。\n"
    assert facts(text).get("proactive.new") not in (132, 18)


# --- no carry-over said before the word ------------------------------------------------------------------------

def test_no_carry_over_named_with_the_years_first():
    got = facts(NEW_HEAD + "(二)依申请公开\n本年度共收到和处理依申请公开12件,无上年和下年结转件。\n")
    assert got.get("requests.carried_over") == 0
    assert got.get("requests.carried_forward") == 0
    got = facts(NEW_HEAD + "(二)依申请公开\n共收到申请5件,均已答复。无下年度结转。\n")
    assert got.get("requests.carried_forward") == 0


# --- an overview, a fee part: only where the text has one ------------------------------------------------------

def test_an_opening_that_announces_the_report_is_its_lead_in_not_the_overview():
    text = ("根据《中华人民共和国政府信息公开条例》要求,2012年,按照区政府的统一部署,我街道政府信息公开工作扎实推进,"
            "透明度进一步提高。现特向社会公布2012年度我街道信息公开工作年度报告。本报告中所列数据的统计期限自2012年"
            "1月1日起至2012年12月31日止。\n一、主动公开政府信息情况\n全年公开信息30条。\n"
            "二、依申请公开政府信息情况\n未收到申请。\n三、行政复议、行政诉讼情况\n未发生。\n")
    assert facts(text)["sections.overview"] is False


def test_an_opening_on_the_years_work_is_still_the_overview():
    text = ("本年度我街道认真贯彻《条例》,完善信息发布审核、保密审查等工作制度,调整了领导小组,全年政府信息公开工作"
            "运行平稳,群众满意度进一步提升。\n"
            "一、主动公开政府信息情况\n全年公开信息30条。\n二、依申请公开政府信息情况\n未收到申请。\n"
            "三、行政复议、行政诉讼情况\n未发生。\n")
    assert facts(text)["sections.overview"] is True


def test_one_line_on_requests_fees_and_appeals_is_no_fee_part_but_states_no_fee():
    text = NEW_HEAD + ("全年主动公开信息40条。\n2023年,我镇未收到依申请公开请求;未对公众依申请公开政府信息收取任何费用;"
                       "没有发生因政府信息公开引发的行政复议或行政诉讼。\n")
    got = facts(text)
    assert got["sections.fees"] is False
    assert got.get("fees.charged_yuan") == 0


def test_two_breakdowns_of_one_whole_may_overlap():
    text = "全年收到申请20件,其中自然人申请15件,法人申请3件,涉及城乡规划类信息的10件。"
    assert bare_total_contradictions(text) == []


def test_a_fee_paragraph_that_goes_on_about_a_pending_suit_is_still_the_fee_part():
    text = NEW_HEAD + ("全年主动公开信息40条。\n本年度未向申请人收取信息处理费,收费为0元。"
                       "1件行政诉讼案件截至年底尚未审结。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n")
    assert facts(text)["sections.fees"] is True


def test_a_numbered_request_line_running_into_its_text_and_all_answered_by_a_rate():
    text = ("一、总体情况\n1、主动公开情况。2022年,全区通过门户网站主动公开各类政府信息2107条。\n"
            "2、依申请公开情况。2022年,全区共收到政府信息公开申请41件,规范答复流程,办复率100%,其中予以公开20件。\n"
            "3、政府信息管理情况。制定年度工作要点。\n")
    got = facts(text)
    assert got["sections.requests"] is True
    assert got.get("requests.received") == 41
    assert got.get("requests.completed") == 41


def test_a_numbered_point_of_the_work_is_still_no_request_part():
    text = ("一、总体情况\n1、主动公开情况。2022年,全区主动公开各类政府信息2107条。\n"
            "2、规范依申请公开办理工作,健全登记制度。\n")
    assert facts(text)["sections.requests"] is False

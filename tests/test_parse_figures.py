"""Figures in prose: a value only where the sentence states it (issue 12, "no value where the gold label is null").

Each class of case is written here in invented prose: the figure where the text states it (value and evidence), and
no figure where the sentence is about something else — requests counted as proactive items, part of the year, part
of the body, a plan or a difference, a time limit, a running total, one channel among several, answers to messages,
a fee part that speaks only of requests.
"""

from __future__ import annotations

import pytest

from engine.ingest import normalise
from engine.parse import parse_text

HEAD = ("青石镇人民政府2022年度政府信息公开工作年度报告\n"
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n")
TAIL = "\n二、存在的主要问题及改进情况\n专职人员少，信息更新不够及时。\n"


def facts(body: str) -> dict:
    report = parse_text(normalise(HEAD + body + TAIL), "figures.txt")
    return report.facts


def value(body: str, name: str):
    fact = facts(body).get(name)
    return fact.value if fact else None


# ---------------------------------------------------------------- what was disclosed proactively


def test_a_count_of_requests_is_not_a_count_of_proactive_items():
    body = "（一）主动公开\n全年主动公开政府信息64条。\n（二）依申请公开\n全年依申请公开政府信息7件，均按时答复。"
    got = facts(body)
    assert got["proactive.new"].value == 64
    assert "64条" in got["proactive.new"].evidence
    assert value("（二）依申请公开\n全年依申请公开政府信息7件，均按时答复。", "proactive.new") is None


@pytest.mark.parametrize("sentence", [
    "第三季度，我镇主动公开政府信息27条。",
    "上半年，我镇在区政府网站主动公开政府信息58条。",
    "1-9月，我镇共公开政府信息73条。",
    "2022年1-9月，我镇共公开政府信息73条。",
    "2022年3月至2022年8月，我镇主动公开政府信息40条。",
    "11月份主动公开政府信息9条。",
])
def test_a_count_for_part_of_the_year_is_not_the_years(sentence):
    assert value(sentence, "proactive.new") is None


@pytest.mark.parametrize("sentence, want", [
    ("2022年1-12月，我镇共公开政府信息131条。", 131),
    ("我镇按季度更新公开目录，全年主动公开政府信息131条。", 131),
    ("全年主动公开政府信息131条，其中第四季度42条。", 131),
])
def test_the_whole_year_is_still_read(sentence, want):
    got = facts(sentence)["proactive.new"]
    assert got.value == want and str(want) in got.evidence


@pytest.mark.parametrize("sentence", [
    "镇政府二级网站发布信息212条。",
    "在“美丽乡村”专题专栏发布信息35条。",
    "在政府信息公开专栏“财政预决算”栏目公开信息12条。",
])
def test_a_count_for_part_of_the_body_is_not_the_total(sentence):
    assert value(sentence, "proactive.new") is None


def test_a_website_count_stands_for_the_total_when_no_total_is_given():
    got = facts("全年通过区政府门户网站主动公开政府信息95条。")["proactive.new"]
    assert got.value == 95 and "95条" in got.evidence


@pytest.mark.parametrize("sentence", [
    "2023年计划主动公开政府信息150条以上。",
    "力争全年主动公开信息不少于120条。",
    "全年主动公开信息同比增长18条。",
])
def test_a_plan_or_a_difference_is_not_a_figure(sentence):
    assert value(sentence, "proactive.new") is None


def test_the_total_beside_a_difference_is_read():
    got = facts("全年主动公开政府信息131条，较上年增加18条。")["proactive.new"]
    assert got.value == 131


def test_two_websites_side_by_side_give_no_total():
    sentence = "全年通过政府信息公开平台公开信息71条，区政府网站公开信息402条，微信公众号发布信息66条。"
    assert value(sentence, "proactive.new") is None


def test_one_website_beside_social_channels_is_the_websites_count():
    sentence = "全年通过区政府网站主动公开政府信息共计95条，政务微博发布信息210条，微信公众号发布信息88条。"
    got = facts(sentence)["proactive.new"]
    assert got.value == 95 and "95条" in got.evidence


def test_the_count_right_after_the_verb():
    got = facts("我镇通过区政府门户网站主动公开86条。")["proactive.new"]
    assert got.value == 86 and "主动公开86条" in got.evidence


# ---------------------------------------------------------------- the year so far and running totals


@pytest.mark.parametrize("sentence, want", [
    ("今年以来，我镇主动公开政府信息95条。", 95),
    ("自2022年1月以来，我镇主动公开政府信息95条。", 95),
    ("全年累计主动公开政府信息95条。", 95),
    ("本年度累计发布各类信息95条。", 95),
])
def test_the_year_so_far_is_the_years_figure_not_a_running_total(sentence, want):
    got = facts(sentence)
    assert got["proactive.new"].value == want
    assert "proactive.cumulative" not in got


@pytest.mark.parametrize("sentence, want", [
    ("2019年以来，累计主动公开政府信息1480条。", 1480),
    ("自《条例》施行以来，我镇共公开政府信息2260条。", 2260),
    ("截至2022年底，累计主动公开政府信息1480条。", 1480),
])
def test_a_running_total_is_cumulative_and_not_the_years(sentence, want):
    got = facts(sentence)
    assert got["proactive.cumulative"].value == want
    assert "proactive.new" not in got


def test_a_count_up_to_the_last_day_of_the_year_is_the_years():
    got = facts("截至2022年12月31日，我镇共主动公开政府信息140余条。")
    assert got["proactive.new"].value == 140
    assert "proactive.cumulative" not in got


# ---------------------------------------------------------------- requests handled


@pytest.mark.parametrize("sentence", [
    "全年收到政府信息公开申请7件，均已依法依规按时办结。",
    "共收到政府信息公开申请7件，已全部依法按期予以答复。",
    "全年收到政府信息公开申请7件，办结率100%。",
])
def test_all_answered_in_words_is_the_number_received(sentence):
    got = facts(sentence)
    assert got["requests.received"].value == 7
    assert got["requests.completed"].value == 7
    assert "7件" in got["requests.completed"].evidence


def test_answers_to_messages_are_not_requests_handled():
    got = facts("全年收到政府信息公开申请2件。对网民留言均已按时答复。")
    assert got["requests.received"].value == 2
    assert "requests.completed" not in got


def test_a_time_limit_is_not_a_count():
    got = facts("依申请公开的，自受理申请之日起15个工作日内予以答复。")
    assert "requests.received" not in got


def test_a_review_applied_for_is_not_a_request():
    got = facts("2022年未发生申请行政复议和提起行政诉讼情况。")
    assert got["appeals.review"].value == 0
    assert "requests.received" not in got
    assert value("2022年未收到政府信息公开申请。", "requests.received") == 0


# ---------------------------------------------------------------- fees


def parts(fees_body: str) -> dict:
    return facts("（一）主动公开\n全年主动公开政府信息64条。\n（二）依申请公开\n本年度未收到政府信息公开申请。\n"
                 f"二、政府信息公开的收费及减免情况\n{fees_body}\n三、行政复议和行政诉讼情况\n无。")


def test_a_fee_part_that_only_says_no_requests_came_states_no_fee():
    got = parts("本单位未收到政府信息公开申请。")
    assert "fees.charged_yuan" not in got
    assert got["requests.received"].value == 0
    assert got["appeals.review"].value == 0  # "无。" in a part of its own still says none


@pytest.mark.parametrize("fees_body", ["本年度未收取任何费用。", "未收到申请，因此未产生收费。"])
def test_a_fee_statement_is_a_zero(fees_body):
    got = parts(fees_body)["fees.charged_yuan"]
    assert got.value == 0 and "收" in got.evidence


@pytest.mark.parametrize("sentence", [
    "镇便民服务中心为群众代办证照，不收取任何费用。",
    "为辖区企业提供信息咨询服务不收费。",
])
def test_fees_for_other_services_are_not_disclosure_fees(sentence):
    assert value(sentence, "fees.charged_yuan") is None


def test_a_fee_for_reading_disclosed_information_is_a_disclosure_fee():
    got = facts("政府信息公开查阅点免费向公众开放，不收取费用。")["fees.charged_yuan"]
    assert got.value == 0


# ---------------------------------------------------------------- spending


def test_spending_on_something_else_is_not_the_disclosure_budget():
    assert value("投入资金180万元改造便民服务大厅。", "budget.spend_yuan") is None


@pytest.mark.parametrize("body", ["六、政府信息公开支出情况\n全年支出3万元。", "全年政府信息公开工作经费3万元。"])
def test_spending_under_a_disclosure_heading_or_named_so_is_read(body):
    got = facts(body)["budget.spend_yuan"]
    assert got.value == 30000 and "3万元" in got.evidence


@pytest.mark.parametrize("sentence", [
    "全年收到政府信息公开申请3件。办理人大代表建议和政协提案14件。",
    "全年收到政府信息公开申请3件。全年受理信访件20件，均已按时办结。",
])
def test_proposals_and_petitions_handled_are_not_requests_handled(sentence):
    got = facts(sentence)
    assert got["requests.received"].value == 3
    assert "requests.completed" not in got
    assert "requests.overdue" not in got


# ---------------------------------------------------------------- forms met on real pages gathered for this work


@pytest.mark.parametrize("sentence, want", [
    ("2022年，主动公开政府工作信息、动态310多条。", 310),
    ("通过区政府门户网站集约化平台及时发布重点领域信息。全年共发布204条，其中通知公告40条。", 204),
])
def test_more_ways_of_saying_the_years_count(sentence, want):
    got = facts(sentence)["proactive.new"]
    assert got.value == want and str(want) in got.evidence


def test_a_running_total_to_date():
    got = facts("（一）主动公开\n本单位到目前累计主动公开政府信息260条。")
    assert got["proactive.cumulative"].value == 260
    assert "proactive.new" not in got


def test_handled_and_carried_forward_written_before_their_words():
    got = facts("全年共受理政府信息公开申请9件。在办结的6件申请中，予以公开4件，不予公开2件。"
                "另3件申请按规定结转下年度继续办理。")
    assert got["requests.received"].value == 9
    assert got["requests.completed"].value == 6
    assert got["requests.carried_forward"].value == 3


def test_no_single_review_and_no_request_in_other_words():
    got = facts("（二）依申请公开\n本年度，未接到群众要求公开的信息。\n"
                "三、行政复议和行政诉讼情况\n2022年度我镇无一例因政府信息公开申请行政复议和提起行政诉讼发生。")
    assert got["requests.received"].value == 0
    assert got["appeals.review"].value == 0 and got["appeals.litigation"].value == 0


def test_a_count_of_columns_is_not_of_complaints():
    got = facts("专栏下设公开指南、公开目录、依申请公开、监督投诉等栏目，详细类别41个。")
    assert "appeals.complaints" not in got


def test_what_social_channels_published_is_not_the_total():
    sentence = "依托微信公众号、视频号等平台，创新采用图文解读等形式，全年发布各类政务信息90余条。"
    assert value(sentence, "proactive.new") is None


@pytest.mark.parametrize("sentence", [
    "2022年通过市政府网站主动公开政府信息数量6条;市信用平台主动公开行政处罚信息数量57条。",
    "2022年我局在区政府网站信息公开平台发布信息5篇，公共卫生领域发布信息19条，政务微信公众号发布信息48篇。",
])
def test_counts_of_two_places_side_by_side_give_no_total(sentence):
    assert value(sentence, "proactive.new") is None


def test_a_list_of_categories_after_the_total_keeps_the_total():
    got = facts("聚焦重点领域，主动公开政府信息275条;细化公开财政预决算信息6条;承办建议提案2件。")["proactive.new"]
    assert got.value == 275


def test_consultations_answered_are_not_requests_handled():
    got = facts("（二）依申请公开\n全年收到政府信息公开申请3件。受理群众咨询30件，答复30件。")
    assert got["requests.received"].value == 3
    assert "requests.completed" not in got
    assert value("（二）依申请公开\n全年收到政府信息公开申请3件，答复3件。", "requests.completed") == 3


def test_a_single_request_answered_in_words_counts_one():
    got = facts("（二）依申请公开\n全年共收到依申请公开申请1件，在法定时限内完成审查、办理与答复，出具答复书1份。")
    assert got["requests.received"].value == 1
    assert got["requests.completed"].value == 1 and "答复" in got["requests.completed"].evidence
    still_open = facts("（二）依申请公开\n全年共收到依申请公开申请1件，正在依法办理，将按时予以答复。")
    assert "requests.completed" not in still_open


def test_the_wider_areas_total_is_not_the_reporting_bodys():
    assert value("全县共主动公开政府信息5600条，其中我镇公开86条。", "proactive.new") is None
    got = facts("全镇共主动公开政府信息86条，其中工作动态50条。")["proactive.new"]
    assert got.value == 86


def test_the_years_count_beside_a_running_total_in_one_sentence():
    got = facts("全年主动公开政府信息一百零八条，截至年底累计公开3,950条。")
    assert got["proactive.new"].value == 108
    assert got["proactive.cumulative"].value == 3950

"""a21: no request figure where the text states none (issue 12). Counts of other applications (a review's, a
licence's, a benefit's), an all-answered phrase about another year's or the rest's applications, one part of the
answers (by outcome or by way), a part after 其中 followed by 已答复, and a completed count with the requests named
between its verb and its number. Every text is written for the test (an invented 云溪县 bureau, my own wording and
figures); each test fails at d9ba490."""

from __future__ import annotations

import pytest

from engine.ingest import normalise
from engine.parse import parse_text

OPENING = ("云溪县交通运输局2024年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》，现公布本局2024年"
           "政府信息公开工作年度报告。\n一、总体情况\n2024年，本局主动公开政府信息64条。\n二、依申请公开情况\n")
CLOSING = ("\n三、政府信息公开行政复议、行政诉讼情况\n本年度未发生政府信息公开行政复议、行政诉讼案件。\n"
           "四、存在的主要问题及改进情况\n栏目更新不够及时。\n")


def parsed(body: str) -> dict:
    return parse_text(normalise(OPENING + body + CLOSING), "t.txt").facts


def value(facts: dict, fact: str):
    found = facts.get(fact)
    return None if found is None else found.value


# ---------------------------------------------------------------- applications of another kind


@pytest.mark.parametrize("other", [
    "办理窗口受理道路运输许可申请214件，办结214件。",
    "全年受理各类政务服务办件申请930件，按时办结率100%。",
    "共受理困难群众救助申请37件，已全部办结。",
])
def test_another_kind_of_application_is_no_request(other):
    facts = parsed("本年度未收到政府信息公开申请。" + other)
    assert value(facts, "requests.received") == 0  # the stated none, not the other applications' count
    assert "requests.completed" not in facts


def test_a_reviews_application_answered_is_no_completed_request():
    facts = parsed("本年度共收到政府信息公开申请3件。另收到行政复议申请2件，已答复2件。")
    assert value(facts, "requests.received") == 3
    assert "requests.completed" not in facts


def test_no_review_application_says_nothing_of_requests():
    facts = parsed("依申请公开工作运行平稳。本年度未收到与政府信息公开有关的行政复议申请。")
    assert "requests.received" not in facts


def test_a_licence_count_beside_the_requests_gives_no_completed_count():
    facts = parsed("本年度共收到政府信息公开申请2件。共受理不动产登记申请640件，办理完毕610件。")
    assert value(facts, "requests.received") == 2
    assert "requests.completed" not in facts


def test_last_years_carried_over_applications_are_not_this_years():
    facts = parsed("本年度未收到政府信息公开申请。上年度结转申请3件，已全部办结。")
    assert value(facts, "requests.received") == 0
    assert value(facts, "requests.carried_over") == 3


# ---------------------------------------------------------------- all answered, but not this year's all


@pytest.mark.parametrize("body", [
    "2023年共收到政府信息公开申请11件，全部办结。本年度共收到政府信息公开申请4件。",
    "本年度共收到政府信息公开申请4件。2023年度共收到申请9件，均已按期答复。",
    "本年度共收到政府信息公开申请4件。上年度收到的申请均已按期答复。",
    "本年度共收到政府信息公开申请4件。对上年度未办结的2件申请，已全部办结。",
])
def test_another_years_all_answered_is_not_this_years(body):
    facts = parsed(body)
    assert value(facts, "requests.received") == 4
    assert "requests.completed" not in facts


def test_the_rest_answered_is_a_difference_not_stated_unless_counted():
    facts = parsed("本年度共收到政府信息公开申请7件，申请人撤回2件，其余均已按期答复。")
    assert value(facts, "requests.received") == 7
    assert "requests.completed" not in facts
    counted = parsed("本年度共收到政府信息公开申请7件，申请人撤回2件，其余5件均已答复。")
    assert value(counted, "requests.completed") == 5


def test_one_part_after_qizhong_then_answered_is_no_count_but_parts_that_list_the_whole_are():
    facts = parsed("本年度共收到政府信息公开申请7件，其中网上申请4件，已答复。")
    assert value(facts, "requests.received") == 7
    assert "requests.completed" not in facts
    listed = parsed("本年度共收到政府信息公开申请7件，其中网上申请4件、当面申请3件，均已按时答复。")
    assert value(listed, "requests.completed") == 7


# ---------------------------------------------------------------- one outcome or way of answering


@pytest.mark.parametrize("body", [
    "本年度共收到政府信息公开申请6件，其中予以公开答复4件，不予公开2件。",
    "本年度共收到政府信息公开申请6件，书面答复5件，电子邮件答复1件。",
    "本年度共收到政府信息公开申请6件，当面答复1件。",
])
def test_an_outcomes_or_ways_answers_are_a_part(body):
    facts = parsed(body)
    assert value(facts, "requests.received") == 6
    assert "requests.completed" not in facts


def test_requests_named_between_the_verb_and_the_count():
    facts = parsed("本年度共办结依申请政府信息公开事项2件，同意公开答复1件，不予公开1件。")
    assert value(facts, "requests.completed") == 2
    assert "办结" in facts["requests.completed"].evidence


def test_handled_alone_and_after_a_received_count_counts_those_handled():
    # (F14 as a42 revised it: 办理 alone counts those handled — the web README's 处理 — and no intake)
    facts = parsed("本局全年办理政府信息公开申请11件，其中予以公开8件，不予公开3件。")
    assert value(facts, "requests.completed") == 11
    assert "requests.received" not in facts
    after = parsed("本年度共收到政府信息公开申请11件，办理10件，结转下年度继续办理1件。")
    assert value(after, "requests.completed") == 10


@pytest.mark.parametrize("other", ["群众来信来访答复27件", "网民留言办结53件", "人大代表建议办结14件，政协提案办结8件"])
def test_another_things_answers_in_the_requests_sentence_are_no_completed_count(other):
    facts = parsed("本年度共收到政府信息公开申请4件，" + other + "。")
    assert value(facts, "requests.received") == 4
    assert "requests.completed" not in facts


# ---------------------------------------------------------------- a total that closes a list of kinds

PROACTIVE = ("云溪县交通运输局2024年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》，现公布本局2024年"
             "政府信息公开工作年度报告。\n一、总体情况\n{}\n二、依申请公开情况\n本年度未收到政府信息公开申请。\n")


def proactive(sentence: str):
    return value(parse_text(normalise(PROACTIVE.format(sentence) + CLOSING), "t.txt").facts, "proactive.new")


def test_a_total_closing_a_list_of_kinds_is_the_years_count():
    assert proactive("2024年本局主动公开政府信息情况如下：公开政策文件9件，工作动态47条，合计56条。") == 56
    assert proactive("本年度本局主动公开规划类信息6件、动态类信息38条，共计44条。") == 44
    assert proactive("本年度本局主动公开政府信息210条，通过网站发布130条、政务微信发布80条，共计210条。") == 210


# ---------------------------------------------------------------- last year's requests inside the received count (lead)


@pytest.mark.parametrize("said", [
    "本年度共收到政府信息公开申请41件（含上年结转2件），已全部按时办结。",
    "全年接收依申请公开申请41件(其中2023年度结转2件)，均已答复。",
    "共受理政府信息公开申请41件（包括上一年度结转的2件）。",
])
def test_a_received_count_with_last_years_inside_is_not_the_years_own(said):
    """F18: the count is the year's load; what the year itself received (39) is a difference the text does not state."""
    facts = parsed(said)
    assert "requests.received" not in facts


def test_a_received_count_with_a_bracket_of_another_kind_stays():
    facts = parsed("本年度共收到政府信息公开申请41件（含网上申请30件），已全部按时办结。")
    assert value(facts, "requests.received") == 41


def test_received_and_handled_in_one_verb_with_some_carried_on():
    """F8 with 并: "接收并办理…N件" counts the intake; the stated 办结 count is the completed one, not N."""
    facts = parsed("全年接收并办理政府信息公开申请26件，本年度办结24件，结转下年度继续办理2件。")
    assert value(facts, "requests.completed") == 24
    assert value(facts, "requests.carried_forward") == 2

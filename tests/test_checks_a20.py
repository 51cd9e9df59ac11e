"""a20: contradictions and the year's figures in forms found on real report pages (a19-figures' and a20-checks'
pages). Every text is written for the test (invented bodies: 云岭县…, my own wording); each test fails at abae5f3."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.ingest import normalise
from engine.parse import checks, parse_text

OPENING = ("云岭县审计局2023年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制，所列数据"
           "的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n")


def parsed(body: str) -> dict:
    return parse_text(normalise(OPENING + body), "t.txt").facts


def problems(body: str) -> list[str]:
    return parsed(body)["quality.inconsistencies"].value


def value(body: str, fact: str):
    found = parsed(body).get(fact)
    return None if found is None else found.value


# ---------------------------------------------------------------- one column's count stated twice


def test_a_named_columns_count_of_the_year_stated_twice_with_two_values():
    body = ("2023年，我局通过县政府网站财经信息栏目公开信息34条。\n（二）平台建设\n本局未建部门网站，在县政府网站"
            "设置财经信息专栏，全年通过财经信息专栏公开政府信息29条。\n")
    assert problems(body) == ["“财经信息”栏目的全年公开条数前后不一：34 != 29"]
    assert value(body, "proactive.new") == 34
    # the same figure twice is no contradiction
    assert problems(body.replace("29条", "34条")) == []
    # a generic column (信息公开栏目) may be two sites' columns: no comparison
    body = ("2023年，我局通过县政府网站信息公开栏目公开信息34条。\n本局在市政府网站信息公开栏目公开信息12条。\n")
    assert problems(body) == []
    # two sites' columns of one name, or another body's column (各乡镇…)
    body = ("本局在县政府网站财经信息栏目发布信息30条。\n本局在市政府网站财经信息栏目发布信息12条。\n"
            "各乡镇在财经信息栏目发布信息120条。\n")
    assert problems(body) == []
    # a month's count of the column beside the year's
    body = ("全年通过财经信息栏目公开信息34条。\n12月，财经信息栏目公开信息6条。\n")
    assert problems(body) == []
    # a running total of the column beside the year's count
    body = ("2023年，我局通过财经信息栏目公开信息34条。\n截至年底，财经信息栏目公开信息累计210条。\n")
    assert problems(body) == []


# ---------------------------------------------------------------- an item of a list of kinds is not the year's


def test_a_catch_all_closing_a_list_of_kinds_is_not_the_years_count():
    body = ("（一）主动公开\n本年度主动公开的政府信息分为三类，分别为机构职能类信息2条，政策文件类0条，"
            "其他应当主动公开的政府信息6条。\n")
    assert value(body, "proactive.new") is None
    # the total stated before the list stays the year's count
    body = ("（一）主动公开\n全年主动公开政府信息75条。其中，机构职能类信息2条，"
            "其他应当主动公开的政府信息6条。\n")
    assert value(body, "proactive.new") == 75


def test_the_counts_among_the_items_disclosed_are_their_parts():
    body = ("（一）主动公开\n在主动公开的信息中，机构概况1条，占10%；预算决算信息4条，占40%；其他信息5条，占50%。\n")
    assert value(body, "proactive.new") is None
    body = ("（一）主动公开\n全年主动公开政府信息10条。在主动公开的信息中，机构概况1条，占10%；预算决算信息4条，"
            "占40%；其他信息5条，占50%。\n")
    assert value(body, "proactive.new") == 10


def test_kinds_listed_after_a_colon_with_no_total():
    body = "（一）主动公开\n主动公开政府信息：政策文件12件，工作动态56条，通知公告8篇。\n"
    assert value(body, "proactive.new") is None
    # a channel's phrase after the colon is no kind: the website's count beside social media stands
    body = "（一）主动公开\n全年主动公开政府信息情况：网站发布信息56条，微信发布30条。\n"
    assert value(body, "proactive.new") == 56


def test_the_total_after_a_list_of_kinds_closed_by_deng():
    body = "（一）主动公开\n主动公开方面，全年公开政策文件、工作动态、通知公告等各类信息共计215条。\n"
    assert value(body, "proactive.new") == 215
    # one kind's count is still one item, not the year's
    body = "（一）主动公开\n全年发布工作动态信息30条，通知公告12条。\n"
    assert value(body, "proactive.new") is None


def test_articles_a_website_published():
    body = "（一）主动公开\n局门户网站12个栏目全年共发布公开文章83篇。\n"
    assert value(body, "proactive.new") == 83


# ---------------------------------------------------------------- requests handled


def test_received_and_handled_in_one_verb_with_some_carried_forward_is_no_completed_count():
    body = ("（二）依申请公开\n全年共收到和办理依申请公开7件，上年度结转0件。办理结果中，予以公开3件，信息不存在2件，"
            "结转至下一年度办理2件。\n")
    assert value(body, "requests.received") == 7
    assert value(body, "requests.carried_forward") == 2
    assert value(body, "requests.completed") is None
    # with none carried forward, handled is finished
    body = "（二）依申请公开\n全年共收到和办理依申请公开7件，上年度结转0件，均已按时办结。\n"
    assert value(body, "requests.completed") == 7


def test_all_answered_as_the_law_requires():
    body = "（二）依申请公开\n全年受理政府信息公开申请11件，主要涉及统计数据，均予以合法答复。\n"
    assert value(body, "requests.completed") == 11


# ---------------------------------------------------------------- appeals counted before their words


def test_review_and_litigation_counted_before_their_words():
    body = "（三）复议诉讼\n本年度收到3件行政复议、2件行政诉讼，均已审结。\n"
    assert value(body, "appeals.review") == 3
    assert value(body, "appeals.litigation") == 2


def test_one_request_answered_in_the_sentence_after_it():
    body = "（二）依申请公开\n本单位2023年度共受理信息公开申请1件。该申请事项属于可公开内容，已完成答复工作。\n"
    assert value(body, "requests.completed") == 1
    # a next sentence about something else answered says nothing of the request
    body = "（二）依申请公开\n本单位2023年度共受理信息公开申请1件。对群众来信反映的问题，已完成答复工作。\n"
    assert value(body, "requests.completed") is None


def test_received_and_handled_without_bing():
    body = "（二）依申请公开\n全年收到处理依申请公开件4件，没有发生政府信息公开行政复议案件。\n"
    assert value(body, "requests.completed") == 4


def test_zero_complaints_said_of_the_disclosure_work():
    body = ("（二）依申请公开\n全年共收到依申请公开申请1件，在法定时限内完成答复，"
            "依申请公开工作实现“零逾期、零投诉”。\n")
    assert value(body, "appeals.complaints") == 0
    # a hotline's 零投诉 is not about disclosure
    assert value("全县12345热线工作实现零投诉。\n", "appeals.complaints") is None


def test_no_review_or_litigation_case_written_as_an():
    body = ("2023年，我局认真落实条例要求，按时更新公开目录。本年度无受理政府信息公开申请情况，"
            "无政府信息公开的行政复议案或行政诉讼案。\n")
    assert value(body, "appeals.review") == 0
    assert value(body, "appeals.litigation") == 0



# column_counts tries COLUMN_COUNT only a few characters before each 栏: it must give exactly the matches of the
# pattern's own finditer, on texts dense in the pattern's pieces (overlapping 专栏目, quotes, runs of CJK, digits)
COLUMN_PIECES = ["栏", "栏目", "专栏", "专栏目", "审计", "信息", "公开", "发布", "共", "中", "了", "”", "\"", "12", "3",
                 "条", " ", "。", "\n", "全年", "云岭"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(COLUMN_PIECES), max_size=60))
@example(["审计", "信息", "栏目", "发布", "12", "条", "审计", "”", "专栏", "共", "发布", "3", "条"])
@example(["云岭", "审计", "专栏目", "公开", "3", "条"])
@example(["。", "中", "栏", "栏目", "发布", "3", "条"])  # (a start right before a 栏 that matched nothing itself)
def test_column_counts_are_the_patterns_own_matches(pieces):
    text = "".join(pieces)
    want = [(m.span(), m.groups()) for m in checks.COLUMN_COUNT.finditer(text)]
    assert [(m.span(), m.groups()) for m in checks.column_counts(text)] == want


def test_column_counts_reads_two_columns_in_a_row():
    got = [m.groups() for m in checks.column_counts("审计信息栏目发布12条,审计公告”专栏共发布3条")]
    assert got == [("审计信息", "12"), ("审计公告", "3")]

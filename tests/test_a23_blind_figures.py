"""The blind set's errors outside the doc fields (a23-blind-figures): the statutory items counted by their name
(法定主动公开内容), all requests answered in a longer phrase (按照…要求, 准确地, 进行了, 予以公开答复, a count right
before 已), the tenth checklist category closing a list after 及 (及其他事项), an unnumbered paragraph on requests
(依申请公开方面。), and the review words in their 审核 / 保密性 forms. Every text is invented for the test; the wording
is this file's own.
"""

from __future__ import annotations

from parse_support import fact, parse

HEAD = "青禾县水利局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我局认真落实条例,规范公开工作。\n"
REQUESTS = "三、收到和处理政府信息公开申请情况\n"
APPEALS = "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n"


# the statutory items by their name: "法定主动公开内容N条" is the year's proactive count
def test_the_statutory_items_by_their_name_are_the_years_count():
    r = parse(HEAD + "二、主动公开政府信息情况\n2023年政府网站发布法定主动公开内容1208条,发布财政预决算、"
              "水利工程建设、防汛抗旱等重点领域信息96条。"
              "“青禾水利”微信发布信息310条。\n" + REQUESTS + "本年度未收到申请。\n" + APPEALS)
    assert fact(r, "proactive.new") == 1208


def test_contents_without_the_statutory_words_stay_unread():
    # a column's contents updated (no 主动公开内容): no count of items disclosed
    r = parse(HEAD + "二、主动公开政府信息情况\n2023年在网站更新栏目内容1208条。\n" + REQUESTS + "本年度未收到申请。\n"
              + APPEALS)
    assert fact(r, "proactive.new") is None


# all of the year's requests answered, in a longer phrase
def test_all_answered_in_a_longer_phrase():
    cases = (
        ("2023年共收到政府信息公开申请4件,都已及时准确地进行了答复。", 4, None),
        ("2023年共计收到3件政府信息公开申请,均在法定期限内予以公开答复。", 3, None),
        ("2023年共收到依申请公开12件,多数通过网上申请,11件已按照规定时限和程序依法依规进行了答复,1件结转下年。", 11, 1),
    )
    for said, done, carried in cases:
        r = parse(HEAD + "二、主动公开政府信息情况\n本年度共公开信息86条。\n" + REQUESTS + said + "\n" + APPEALS)
        assert fact(r, "requests.completed") == done, said
        assert fact(r, "requests.carried_forward") == carried, said


def test_answers_that_are_not_all_of_them_stay_unread():
    cases = (
        "2023年共收到政府信息公开申请4件,都已转交相关科室办理。",  # passed on, not answered
        # a clause with a count of its own between: the 3 or all 5?
        "2023年共收到政府信息公开申请5件,3件申请人为自然人,已按照有关要求及时予以答复。",
        "2023年共收到政府信息公开申请5件,均不予公开答复。",  # (an outcome that withholds is still an answer, but 不予
        # is no way of answering the phrase knows: left unread)
    )
    for said in cases:
        r = parse(HEAD + "二、主动公开政府信息情况\n本年度共公开信息86条。\n" + REQUESTS + said + "\n" + APPEALS)
        assert fact(r, "requests.completed") is None, said


UNIVERSITY = ("青禾职业学院2022-2023学年信息公开工作报告\n一、概述\n学校认真落实《高等学校信息公开办法》,{list}。\n"
              "二、主动公开信息情况\n学校在信息公开网公开各类信息。\n三、依申请公开和不予公开情况\n本学年未收到申请。\n")


# the tenth category closing a list of the categories after 及 (及其他事项)
def test_the_tenth_category_after_ji_closes_a_list_of_categories():
    listed = ("确定学校基本信息、招生考试、财务资产及收费、人事师资、教学质量、学生管理服务、学风建设、"
              "对外交流与合作及其他事项等共9个公开领域")
    r = parse(UNIVERSITY.format(list=listed))
    assert fact(r, "university.checklist.other") is True


def test_other_matters_after_a_few_fields_are_no_category():
    r = parse(UNIVERSITY.format(list="重点公开招生考试、财务资产及其他事项等信息"))
    assert fact(r, "university.checklist.other") is False


# an unnumbered paragraph opened by the requests part's name and 方面, as "主动公开方面。" beside it
def test_an_unnumbered_paragraph_on_requests_is_the_part():
    r = parse("青禾县交通运输局2023年政府信息公开工作年度报告\n一、总体情况。\n"
              "主动公开方面。全年累计公开政府信息320条。\n依申请公开方面。全年共办理依申请公开事项9件。\n")
    assert fact(r, "sections.requests") is True


def test_a_point_of_the_work_on_requests_is_no_part():
    # S6: "二是…依申请公开。" is a point of the overview, not the requests part
    r = parse("青禾县交通运输局2023年政府信息公开工作年度报告\n一、总体情况\n"
              "主动公开方面。全年累计公开政府信息320条。\n二是及时规范办理依申请公开。全年未收到申请。\n")
    assert fact(r, "sections.requests") is False


# 保密性审查 is the confidentiality review; "谁审核,谁负责" is no form of the principle (a44: M10 revised)
def test_the_review_words_with_shenhe_and_baomixing():
    r = parse(HEAD + "(三)政府信息管理情况\n严格按照“谁审核,谁负责”的原则,对发布内容进行保密性审查。\n")
    assert fact(r, "mentions.review_principle") is False
    assert fact(r, "mentions.confidentiality_review") is True
    r = parse(HEAD + "(三)政府信息管理情况\n严格按照“谁公开谁审查、谁审查谁负责”的原则。\n")
    assert fact(r, "mentions.review_principle") is True


def test_other_review_words_stay_silent():
    r = parse(HEAD + "(三)政府信息管理情况\n严格按照“谁制作、谁审核、谁发布”的要求,实行先审后发。\n")
    assert fact(r, "mentions.review_principle") is False
    assert fact(r, "mentions.confidentiality_review") is False


# up to now, then the report's own year: the year so far (as 今年以来), not a running total
def test_until_now_in_the_reports_own_year_is_the_years_count():
    r = parse("2018年青禾园区政府信息公开工作年度报告\n一、总体情况\n2018年,园区认真落实条例。\n"
              "二、主动公开政府信息情况\n园区充分利用信息公开网站主动公开机构职能、财政等信息。截止目前2018年主动公开信息16条。\n"
              "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n")
    assert fact(r, "proactive.new") == 16


def test_until_now_with_a_running_word_or_another_year_stays_a_running_total():
    for said in ("截止目前2018年以来累计主动公开信息160条。", "截止目前2016年起主动公开信息160条。"):
        r = parse("2018年青禾园区政府信息公开工作年度报告\n一、总体情况\n2018年,园区认真落实条例。\n"
                  "二、主动公开政府信息情况\n" + said + "\n三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n")
        assert fact(r, "proactive.new") is None, said


# the year's share right after its running total: what the total grew by this year
def test_the_years_share_after_a_running_total_is_the_years_count():
    r = parse("2018年青禾集团政府信息公开工作年度报告\n一、总体情况\n2018年,集团认真落实条例。\n"
              "二、主动公开政府信息情况\n截止2018年12月31日,在政府信息公开平台上累计发布信息83条,2018年新增15条。\n")
    assert fact(r, "proactive.new") == 15
    assert fact(r, "proactive.cumulative") == 83


def test_another_years_share_after_a_running_total_stays_unread():
    r = parse("2018年青禾集团政府信息公开工作年度报告\n一、总体情况\n2018年,集团认真落实条例。\n"
              "二、主动公开政府信息情况\n截止2018年12月31日,在政府信息公开平台上累计发布信息83条,2017年新增15条。\n")
    assert fact(r, "proactive.new") is None


# no reviews or suits said with 情况 and no 的
def test_no_reviews_or_suits_with_qingkuang_and_no_de_is_zero():
    r = parse(HEAD + "二、主动公开政府信息情况\n本年度共公开信息86条。\n(二)依申请公开\n"
              "全年共受理依申请公开2件,均已按时答复。全年无依申请公开行政复议、行政诉讼情况。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 0


def test_none_said_of_something_else_beside_the_appeals_stays_unread():
    r = parse(HEAD + "二、主动公开政府信息情况\n本年度共公开信息86条。\n(二)依申请公开\n全年无依申请公开情况,"
              "行政复议、行政诉讼另行报告。\n")
    assert fact(r, "appeals.review") is None

"""a17: contradictions and values the text does not state, in forms found on real report pages (a17-checks pages
k-0xx). Every text is written for the test (invented bodies: 青禾县…, my own wording); each test fails at 7056670."""

from __future__ import annotations

from engine.ingest import normalise
from engine.parse import parse_text

OPENING = ("青禾县数据局2021年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制，所列数据"
           "的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n")


def parsed(body: str) -> dict:
    return parse_text(normalise(OPENING + body), "t.txt").facts


def problems(body: str) -> list[str]:
    return parsed(body)["quality.inconsistencies"].value


def value(body: str, fact: str):
    found = parsed(body).get(fact)
    return None if found is None else found.value


# ---------------------------------------------------------------- the whole the shares are of


def test_shares_of_the_count_the_parts_make_not_of_the_count_before_qizhong():
    # the calls received (1500) are broken down after 其中; the count right before it (1460 finished) is not
    # their whole: neither the shares nor the parts contradict anything
    body = ("全年共受理县便民服务热线来电1500件，日均4.1件，办结1460件。其中，按来电性质分：求助类900件，占60%；"
            "咨询类450件，占30%；投诉类150件，占10%。\n")
    assert problems(body) == []
    # shares that fit no count the paragraph states are still wrong shares of the whole before 其中
    body = "本年度办结申请40件。其中予以公开30件，占60%；部分公开20件，占40%。\n"
    assert any(p.startswith("share 30/40") for p in problems(body))


def test_a_hotlines_calls_by_kind_with_their_shares_are_not_disclosure_consultations():
    body = ("县长热线全年接听群众来电820件。其中求助类500件，占61.0%；咨询类240件，占29.3%；"
            "投诉类80件，占9.8%。\n")
    assert value(body, "consultations.total") is None


# ---------------------------------------------------------------- one channel's count is not the year's


def test_counts_of_the_press_conference_and_the_gazette_are_channels_not_the_total():
    # the website's count has a sibling place (news media) and no total is stated: no figure for the year, and the
    # press conference's count is only that channel's
    body = ("通过不同渠道公开政府信息情况：县政府网站公开信息3000条，微博微信公开信息900条，新闻发布会公开信息8条，"
            "新闻媒体公开信息9条，政府公报公开信息0条。\n")
    assert value(body, "proactive.new") is None
    # with only social accounts beside it, the website's count stands for the year (as the labels take it)
    body = "通过各类渠道公开政府信息情况：县政府网站公开信息260条，政务微博公开信息80条，新闻发布会公开信息6条。\n"
    assert value(body, "proactive.new") == 260
    # alone in its sentence, the count given through the gazette is the year's
    body = "全年通过政府公报主动公开政府信息135条，发布政策解读材料6篇，召开新闻发布会2场。\n"
    assert value(body, "proactive.new") == 135


# ---------------------------------------------------------------- outcomes listed one per paragraph


OUTCOMES = ("二、依申请公开情况\n本局全年共受理信息公开申请16件。\n在已经答复的15件申请中，“同意公开”的{a}件，"
            "占总数的{pa}%，多为规划类信息。\n“同意部分公开”的{b}件，占总数的{pb}%。\n“信息不存在”的{c}件，"
            "占总数的{pc}%。\n“非本机关信息”的{d}件，占总数的{pd}%，已告知申请人向相关部门提出。\n"
            "三、收费情况\n本局未收取任何费用。\n")


def test_outcomes_one_per_paragraph_that_add_up_past_their_whole():
    body = OUTCOMES.format(a=10, pa=62.5, b=3, pb=18.8, c=2, pc=12.5, d=2, pd=12.5)
    assert problems(body) == ["requests 15 != 10 + 3 + 2 + 2 = 17",
                              "shares 62.5% + 18.8% + 12.5% + 12.5% = 106.3% > 100%"]
    # the same list adding up to its whole, with shares that make 100%: nothing
    body = OUTCOMES.format(a=9, pa=60, b=3, pb=20, c=2, pc=13.3, d=1, pd=6.7)
    assert problems(body) == []
    # a list with levels (不予公开 4 is the sum of the two reasons after it) need not add up: no contradiction
    body = ("在办理的12件申请中，“同意公开”的6件，占总数的50%。\n“不予公开”的4件，占总数的33.3%。\n"
            "“信息不存在”的2件。\n“非本机关掌握”的2件。\n四、复议诉讼情况\n未发生行政复议。\n")
    assert not any(p.startswith("requests") for p in problems(body))


# ---------------------------------------------------------------- fees with their kinds in brackets


def test_fees_charged_with_the_kinds_of_fee_in_brackets_before_the_amount():
    body = "二、收费情况\n本局2021年度依申请公开收取的费用（检索费、邮寄费、复制费等）为0元。\n"
    assert value(body, "fees.charged_yuan") == 0
    body = "四、收费及减免情况\n本年度向申请人收取信息处理费（按件计收、按量计收）共计120元。\n"
    assert value(body, "fees.charged_yuan") == 120

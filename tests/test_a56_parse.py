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

"""The lead's fixes of round a23 (docs/parsing.md, "After the merge of the twenty-third round"). Every text is
invented for the test."""

from __future__ import annotations

from tests.parse_support import evidence, fact, parse

UNIVERSITY = ("青川师范学院关于2021-2022学年度\n信息公开工作的报告\n{line}\n"
              "根据《高等学校信息公开办法》要求,学校编制了2021-2022学年度信息公开工作报告。全文包括概述、主动公开情况、"
              "依申请公开情况等部分。\n一、概述\n本学年,学校通过门户网站主动公开信息286条。\n")
TOWNSHIP = ("关于2012年政府信息公开工作的年度\n报告\n{line}\n"
            "我镇按照县政府的统一部署,认真落实《政府信息公开条例》,全年主动公开政府信息54条。\n"
            "二、依申请公开情况\n本年度我镇未收到政府信息公开申请。\n")


def test_the_addressee_below_a_title_is_not_the_author():
    # a report sent up opens with its addressee after the title: "省教育厅:" is whom it is sent to
    r = parse(UNIVERSITY.format(line="省教育厅:"))
    assert fact(r, "doc.agency") == "青川师范学院"
    assert "青川师范学院" in evidence(r, "doc.agency") and fact(r, "doc.level") == "university"
    r = parse(TOWNSHIP.format(line="县政府办："))
    assert fact(r, "doc.agency") is None  # the town never names itself: no name, and never its addressee
    assert fact(r, "doc.level") == "township"


def test_a_name_on_the_line_below_a_title_without_a_colon_is_still_read():
    # "关于…的报告\n某局": the signature-like line below the title names the author (as before)
    r = parse(TOWNSHIP.format(line="白沙县石门镇人民政府"))
    assert fact(r, "doc.agency") == "白沙县石门镇人民政府"

SPAM_TITLE = ("{title}2019年度政府信息公开工作年度报告\n{line}"
              "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
              "一、概述\n2019年,我局主动公开政府信息76条。\n二、依申请公开情况\n全年未收到申请。\n")


def test_a_department_whose_place_advertising_replaced_is_the_rest_of_its_name():
    # a spam mirror put its brand where the county was: what is left is the name (web README), kept generic (A11)
    r = parse(SPAM_TITLE.format(title="金宝博体育官网水务局", line=""))
    assert fact(r, "doc.agency") == "水务局" and "地名被广告替换" in evidence(r, "doc.agency")
    assert fact(r, "doc.level") == "department"


def test_the_rest_of_a_spam_name_gives_way_to_any_other_naming():
    # another place of the text names the body in full: that naming, not the remnant
    r = parse(SPAM_TITLE.format(title="金宝博体育官网水务局", line="本报告由东岭县水务局编制。\n"))
    assert fact(r, "doc.agency") == "东岭县水务局"
    # advertising that took the whole name leaves no body: none (a government's 人民政府办公室 names no place)
    assert fact(parse(SPAM_TITLE.format(title="金宝博体育官网人民政府办公室", line="")), "doc.agency") is None

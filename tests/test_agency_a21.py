"""Who reports and for which year (issue 12, a21-agency): titles and page metadata in the layouts sites and PDF or
Word exports produce — a title broken over lines inside its own words, a letter-spaced title, the name after the
title and its bracketed year, a metadata line with several keys run together, a name whose place the line above
holds, and a page's breadcrumb. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

BODY = ("依据《中华人民共和国政府信息公开条例》的要求形成本报告。\n一、总体情况\n本单位当年主动公开各类信息58条。\n"
        "二、主动公开政府信息情况\n全年新制作规范性文件2件。\n三、收到和处理政府信息公开申请情况\n全年收到申请3件。\n")


def test_a_title_broken_inside_its_words_keeps_its_year():
    for title in ("嵩明县林业和草原局2022年政府信\n息公开工作年度报告",
                  "嵩明县林业和草原局2022年政府\n信息公开工作年度报告",
                  "嵩明县林业和草原局2022年度\n政府信息公开工作\n年度报告"):
        r = parse(title + "\n" + BODY)
        assert fact(r, "doc.agency") == "嵩明县林业和草原局"
        assert fact(r, "doc.year") == 2022
        assert fact(r, "doc.period") == "2022"
        assert evidence(r, "doc.year").startswith("嵩明县林业和草原局2022年")


def test_a_title_in_chinese_numerals_broken_inside_its_words():
    r = parse("嵩明县林业和草原局二〇二二年政府信息公\n开工作年度报告\n" + BODY)
    assert fact(r, "doc.agency") == "嵩明县林业和草原局"
    assert fact(r, "doc.year") == 2022


def test_a_letter_spaced_title_with_its_year_spaced_too():
    r = parse("嵩 明 县 林 业 和 草 原 局 2 0 2 2 年 政 府 信 息 公 开 工 作 年 度 报 告\n" + BODY)
    assert fact(r, "doc.agency") == "嵩明县林业和草原局"
    assert fact(r, "doc.year") == 2022
    assert evidence(r, "doc.agency").startswith("标题:")


def test_the_name_after_the_title_and_its_bracketed_year():
    for title, year in (("政府信息公开工作年度报告（2022年） 嵩明县林业和草原局", 2022),
                        ("政府信息公开工作年度报告(二〇二三年度)嵩明县林业和草原局", 2023)):
        r = parse(title + "\n" + BODY)
        assert fact(r, "doc.agency") == "嵩明县林业和草原局"
        assert evidence(r, "doc.agency").startswith("标题:")
        assert fact(r, "doc.year") == year


def test_a_metadata_line_with_several_keys():
    for line in ("索引号：015302-2023-00031 发布机构：嵩明县林业和草原局 发文日期：2023-01-30",
                 "发文机关：嵩明县林业和草原局 发文字号：无 公开日期：2023-01-30"):
        r = parse(line + "\n" + BODY)
        assert fact(r, "doc.agency") == "嵩明县林业和草原局"
        assert evidence(r, "doc.agency").startswith("网页发布信息:")


def test_a_name_whose_place_the_line_above_holds_is_whole_or_none():
    r = parse("嵩明县\n林业和草原局2022年政府信息公开工作年度报告\n" + BODY)
    assert fact(r, "doc.agency") == "嵩明县林业和草原局"
    # a made-up county the division table lacks: the same whole name, with its note
    r = parse("松岚县\n林业和草原局2022年政府信息公开工作年度报告\n" + BODY)
    assert fact(r, "doc.agency") == "松岚县林业和草原局"
    # a name cut after its 和, the first part's place unknown: no name rather than a half one
    r = parse("松岚市自然资源\n和规划局2022年政府信息公开工作年度报告\n" + BODY)
    assert fact(r, "doc.agency") is None


def test_a_breadcrumb_step_that_names_one_body_is_the_weakest_naming():
    r = parse("首页 > 部门公开 > 嵩明县林业和草原局 > 年度报告\n" + BODY)
    assert fact(r, "doc.agency") == "嵩明县林业和草原局"
    assert evidence(r, "doc.agency").startswith("网页导航:")
    # two bodies in the steps: which one reports, the page does not say
    r = parse("首页 > 嵩明县林业和草原局 > 嵩明县水务局 > 年度报告\n" + BODY)
    assert fact(r, "doc.agency") is None
    # a title's naming wins over the breadcrumb
    r = parse("首页 > 部门公开 > 嵩明县水务局 > 年度报告\n嵩明县林业和草原局2022年政府信息公开工作年度报告\n" + BODY)
    assert fact(r, "doc.agency") == "嵩明县林业和草原局"


def test_a_year_on_its_own_line_above_the_title_words():
    for title in ("嵩明县林业和草原局2022年\n政府信息公开年度报告",
                  "嵩明县林业和草原局\n2022年度\n政府信息公开工作年度报告"):
        r = parse(title + "\n" + BODY)
        assert fact(r, "doc.agency") == "嵩明县林业和草原局"
        assert fact(r, "doc.year") == 2022


def test_a_bare_year_after_the_title_words():
    r = parse("嵩明县林业和草原局政府信息公开年报2022\n" + BODY)
    assert fact(r, "doc.year") == 2022
    assert "年报2022" in evidence(r, "doc.year")


def test_a_category_label_or_a_bracketed_year_beside_the_name():
    for title in ("【公开年报】嵩明县林业和草原局2022年政府信息公开工作年度报告",
                  "嵩明县林业和草原局(2022年)政府信息公开工作年度报告"):
        r = parse(title + "\n" + BODY)
        assert fact(r, "doc.agency") == "嵩明县林业和草原局"
        assert evidence(r, "doc.agency").startswith("标题:")


def test_a_place_name_and_title_on_three_lines():
    r = parse("嵩明县\n林业和草原局\n2022年度政府信息公开工作年度报告\n" + BODY)
    assert fact(r, "doc.agency") == "嵩明县林业和草原局"


def test_a_publishing_department_key_above_its_value():
    r = parse("发布部门\n嵩明县林业和草原局\n发布日期\n2023-01-30\n" + BODY)
    assert fact(r, "doc.agency") == "嵩明县林业和草原局"
    assert evidence(r, "doc.agency").startswith("网页发布信息:")


def test_a_name_cut_two_characters_before_its_end():
    r = parse("嵩明县水\n务局2022年政府信息公开工作年度报告\n" + BODY)
    assert fact(r, "doc.agency") == "嵩明县水务局"

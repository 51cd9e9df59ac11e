"""What a39 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

# --- who reports ---------------------------------------------------------------------------------------------------


def test_a_system_titles_report_compiled_by_its_bureau_as_the_subject_of_bianzhi():
    # "…的规定,某市气象局特编制《某省某市气象部门2023年…年度报告》": the bureau that compiles the system's report is
    # its author (A178), whether written as 由X编制 or as the subject of 编制 with the report's title as its object; the
    # clause before it runs straight on ("等的规定丽水市气象局"), so the bureau is the tail the system's name ends in
    r = parse("浙江省丽水市气象部门2023年政府信息公开工作年度报告\n\n浙江省气象局:\n根据《中华人民共和国政府信息公开"
              "条例》等的规定丽水市气象局特编制《浙江省丽水市气象部门2023年政府信息公开工作年度报告》,现将有关情况"
              "报告如下:\n一、总体情况\n2023年,全市气象部门主动公开信息93条。")
    assert fact(r, "doc.agency") == "丽水市气象局"
    assert "特编制" in evidence(r, "doc.agency")


def test_a_bureau_compiling_another_report_does_not_replace_the_system():
    # the bureau's 编制 object is not the annual report ("某局编制了《某市气象灾害防御规划》"): the system stands (A34)
    r = parse("浙江省丽水市气象部门2023年政府信息公开工作年度报告\n\n2023年,丽水市气象局编制了《丽水市气象灾害防御"
              "规划》。我市气象部门认真贯彻《条例》。\n一、总体情况\n全年主动公开信息93条。")
    assert fact(r, "doc.agency") == "浙江省丽水市气象部门"


def test_a_subject_bureau_of_another_domain_does_not_replace_the_system():
    # the compiling subject must be the system's own bureau: a city's water bureau compiling names no weather system
    r = parse("浙江省丽水市气象部门2023年政府信息公开工作年度报告\n\n根据《条例》规定,丽水市水利局特编制《浙江省"
              "丽水市气象部门2023年政府信息公开工作年度报告》。\n一、总体情况\n全年主动公开信息93条。")
    assert fact(r, "doc.agency") == "浙江省丽水市气象部门"

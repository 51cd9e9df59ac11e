"""What a43 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

# --- names ---------------------------------------------------------------------------------------------------------


def test_a_subject_carrying_out_the_statute_after_a_heading_run_into_it():
    # "一、 总体情况 某镇贯彻《条例》…": the heading flattened into the sentence, the subject after it (A242)
    r = parse("一、 总体情况 青枫镇贯彻《中华人民共和国政府信息公开条例》和本市有关规定,在区委、区政府领导下"
              "完成各项任务。二、主动公开政府信息情况 本年度主动公开信息41条。")
    assert fact(r, "doc.agency") == "青枫镇"
    assert "青枫镇贯彻《中华人民共和国" in evidence(r, "doc.agency")
    assert fact(r, "doc.level") == "township"


def test_carrying_out_a_policy_names_no_subject():
    # guard: 贯彻 before anything but the statute's 《 (主要公开镇政府贯彻落实…的情况) is a topic, not a subject
    r = parse("一、总体情况\n主要公开镇政府贯彻落实国家关于农村工作政策的情况,本年度新增信息2条。")
    assert fact(r, "doc.agency") is None

"""What a36's look at the classes left open, and its sixth blind set, showed the parser getting wrong (issue 12),
class by class. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

# --- a notice's head: its number, its issuer, its title, flattened onto one line ---------------------------------

PLAN = ("为做好本年度政务公开工作,按照上级《关于印发2021年政务公开工作要点的通知》(X政办发〔2021〕9号)要求,经县政府"
        "同意,现将《{place}2021年政务公开重点任务分工》印发给你们,请认真抓好落实。一、强化组织保障。各部门要明确分管"
        "负责人,确保各项任务按时完成。")


def test_the_issuer_between_a_notices_number_and_its_title_is_the_issuer():
    # a PDF library flattened the head; ingest closed the spaces its lines left between the characters
    r = parse("文档下载 共12页\n\n静政办发〔2021〕17 号 静宁县人民政府办公室 关于印发静宁县2021年政务公开重点任务"
              "分工的通知各乡镇人民政府,县政府各部门:" + PLAN.format(place="静宁县"))
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") == "静宁县人民政府办公室"
    assert "17号静宁县人民政府办公室关于" in evidence(r, "doc.agency")
    # issued for its government to the townships and departments addressed right after its title: the county's level
    assert fact(r, "doc.level") == "county"


def test_a_notice_whose_number_stands_alone_keeps_the_place_its_text_gives():
    # no issuer after the number ("〔2021〕17号:关于…"): nothing is read from the head
    r = parse("静政办发〔2021〕17号:关于印发静宁县2021年政务公开重点任务分工的通知\n\n" + PLAN.format(place="静宁县"))
    assert fact(r, "doc.agency") != "静宁县人民政府办公室"


def test_a_number_cited_in_brackets_before_another_bodys_notice_is_no_head():
    # "(…〔2021〕9号)关于": the bracket closes the citation; what follows is the sentence's, not an issuer
    r = parse("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《市政府办公室关于做好2021年度政府信息公开工作"
              "年度报告编制发布工作的通知》(X政办发〔2021〕9号)关于报告内容的要求,现公布崆峒区水务局2021年政府信息公开"
              "工作年度报告。\n一、总体情况\n2021年,区水务局主动公开政府信息85条。\n二、主动公开政府信息情况\n"
              "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。")
    assert fact(r, "doc.agency") == "崆峒区水务局"

"""What a37's look at the earlier blind sets' remaining errors, and its ninth blind set, showed the parser getting
wrong (issue 12), class by class. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from engine.parse.checks import list_count_contradictions

# --- a stated count of parts against the list before it ---------------------------------------------------------


def test_a_count_after_de_opens_what_follows_and_closes_no_list():
    # "通过…的方式,发现存在的3方面问题": the count belongs to 问题, after it; the words before it are no list of three
    assert list_count_contradictions("开展专题调研,通过座谈交流和实地查看相结合的方式,发现存在的3方面问题,提出"
                                     "整改建议5条。") == []
    assert list_count_contradictions("梳理出的四个方面短板,已逐项整改。") == []


def test_a_list_that_lost_a_part_is_still_told():
    # the list closed by its count, one part short: still a contradiction
    found = list_count_contradictions("本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及"
                                      "改进措施等五部分组成。")
    assert len(found) == 1 and "五部分" in found[0]

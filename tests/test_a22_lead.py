"""The lead's fixes of round a22 (docs/parsing.md, "After the merge of the twenty-second round"). Every text is
invented for the test."""

from __future__ import annotations

from tests.parse_support import evidence, fact, parse

PARTS = ("一、主动公开政府信息情况\n{cut}政府信息公开工作运行平稳,全年主动公开信息126条。\n"
         "二、依申请公开政府信息情况\n本年共收到申请3件,均已按期答复。\n"
         "三、政府信息公开的收费及减免情况\n未收取任何费用。\n")


def test_a_year_stated_only_as_the_cut_off_of_the_texts_own_work_is_the_year():
    r = parse(PARTS.format(cut="截至2012年底,本区"))
    assert fact(r, "doc.year") == 2012 and fact(r, "doc.period") == "2012"
    assert "截至2012年底,本区" in evidence(r, "doc.year")
    r = parse(PARTS.format(cut="截止2023年12月31日我局"))
    assert fact(r, "doc.year") == 2023


def test_a_cut_off_of_someone_elses_work_or_two_different_year_ends_give_no_year():
    assert fact(parse(PARTS.format(cut="截至2012年底,某县")), "doc.year") is None  # not the text's own voice
    two = PARTS.format(cut="截至2012年底,本区") + "截至2011年12月31日,全区累计公开信息900条。\n"
    assert fact(parse(two), "doc.year") is None  # which year is reported on is not said
    assert fact(parse(PARTS.format(cut="截至2012年6月,本区")), "doc.year") is None  # no year's end

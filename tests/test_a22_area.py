"""Who reports for an area, a compiler's office and a generic name (issue 12, a22-area): the classes fresh real
government pages showed. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息120条。\n"
         "三、依申请公开政府信息办理情况\n本年度未收到政府信息公开申请。\n"
         "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议、行政诉讼。\n")


# class 4 (A11): the generic name the text's own sentences take as their subject, beside the same bureau with its
# city named only inside another phrase (its website's name), in a text that also says 我局: the generic name as
# written, never completed (the rule needs a place the division table knows: a real city's name in invented
# sentences, as test_agency_a12 does)
GENERIC_SUBJECT = ("为进一步做好统计领域政务公开工作,加强我局政策解读,根据《中华人民共和国政府信息公开条例》,"
                   "现将市统计局2021年度政府信息公开工作情况报告如下。\n一、总体情况\n2021年,市统计局通过各种平台共公开政府信息150余条,"
                   "其中通过{site}发布统计信息86条。\n" + PARTS)


def test_a_generic_subject_is_not_completed_from_a_site_name():
    r = parse(GENERIC_SUBJECT.format(site="安顺市统计局电子政务网门户网站"))
    assert fact(r, "doc.agency") == "市统计局"
    assert "市统计局" in evidence(r, "doc.agency")
    assert "电子政务网" not in evidence(r, "doc.agency")
    assert fact(r, "doc.level") == "department"


def test_a_full_name_as_the_subject_still_completes_the_generic_one():
    # near case: the longer form is the subject of a sentence of its own (A23): it still wins
    r = parse("为进一步做好统计领域政务公开工作,加强我局政策解读,"
              "现将市统计局2021年度政府信息公开工作情况报告如下。\n一、总体情况\n"
              "2021年,安顺市统计局认真贯彻《条例》,共公开政府信息150余条。\n" + PARTS)
    assert fact(r, "doc.agency") == "安顺市统计局"
    assert "安顺市统计局认真贯彻" in evidence(r, "doc.agency")


def test_a_bureau_named_only_in_a_clause_still_names_a_text_without_a_subject():
    # near case: with no generic subject, the one bureau a 我局 text names in its own doing is still read (A18)
    r = parse("一、概述\n2021年,我局认真贯彻《条例》,将安顺市统计局已过时的规范性文件向社会公布。\n" + PARTS)
    assert fact(r, "doc.agency") == "安顺市统计局"
    assert "安顺市统计局" in evidence(r, "doc.agency")

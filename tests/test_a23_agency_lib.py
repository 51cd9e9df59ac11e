"""Who reports on the hardest kinds of page (issue 12, a23-agency-lib): copies on document libraries and mirrors, spam
mirrors, traditional characters, text taken out of PDFs, prose reports of 2009–2014. The classes a fresh sample of such
pages showed, each in invented text written for this file (the place chains before invented bodies are real
divisions, which the readers of a name's place require).
"""

from __future__ import annotations

from parse_support import fact, parse

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息41条。\n"
         "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n"
         "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n")


# a department named without its place however long its name (文体旅游广电局, 人力资源和社会保障局): generic as
# 公安局 is, so the longer form of itself the contents sentence or the contact writes replaces it
def test_a_long_department_name_without_its_place_gives_way_to_its_full_form():
    cases = (
        ("一、总体情况\n2024年报告根据《条例》制作。全文包括五原县文体旅游广电局政府信息公开总体情况,现公布2024年度"
         "文体旅游广电局信息公开工作年度报告。如有意见,请与五原县文体旅游广电局领导小组办公室联系。\n",
         "五原县文体旅游广电局"),
        ("根据《条例》,现公布2014年度自然资源和规划局政府信息公开工作年度报告。如有疑问,请与湖州市吴兴区自然资源和"
         "规划局办公室联系。\n一、概述\n2014年,我局认真落实条例。\n", "湖州市吴兴区自然资源和规划局"),
        ("特向社会公布2013年度人力资源和社会保障局政府信息公开工作年度报告。如对本报告有疑问,请与宁波市鄞州区人力资源"
         "和社会保障局联系。\n一、概述\n2013年,我局认真落实条例。\n", "宁波市鄞州区人力资源和社会保障局"),
        ("现将2012年度文化广电新闻出版局政府信息公开工作年度报告公布如下。本报告的电子版可在门户网站下载,如有疑问请与"
         "苏州市吴中区文化广电新闻出版局办公室联系。\n一、概述\n2012年,我局认真落实条例。\n",
         "苏州市吴中区文化广电新闻出版局"),
    )
    for opening, name in cases:
        r = parse(opening + PARTS)
        assert fact(r, "doc.agency") == name
        assert fact(r, "doc.level") == "department"


def test_a_long_department_name_without_a_longer_form_stays_as_written():
    # no longer form of itself in the text: the generic name as written (A11); another body's name does not replace it
    cases = (
        "现将2012年度文化广电新闻出版局政府信息公开工作年度报告公布如下。\n一、概述\n2012年,我局认真落实条例。\n",
        "现将2012年度文化广电新闻出版局政府信息公开工作年度报告公布如下。如有疑问请与苏州市吴中区人民政府办公室联系。"
        "\n一、概述\n2012年,我局认真落实条例。\n",
    )
    for opening in cases:
        r = parse(opening + PARTS)
        assert fact(r, "doc.agency") == "文化广电新闻出版局"
        assert fact(r, "doc.level") == "department"

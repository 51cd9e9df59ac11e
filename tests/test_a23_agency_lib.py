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


# the body whose year of disclosure work a sentence sums up, right after the year ("2012年某局政府信息公开工作在…
# 方面取得了新进展"): that body, the only naming a traditional mirror's opening kept
def test_the_possessor_of_the_year_s_disclosure_work_names_the_body():
    cases = (
        ("一、概述\n按照《条例》的要求,2012年省体育局政府信息公开工作在深化公开内容、加强基础性工作等方面取得了新的"
         "进展。\n", "省体育局", "province"),
        ("一、概述\n2011年,湖州市吴兴区水利局政府信息公开工作取得新进展,全年公开信息41条。\n", "湖州市吴兴区水利局",
         "department"),
        ("一、概述\n2013年,宁波市鄞州区云龙镇政务公开工作稳步推进。\n", "宁波市鄞州区云龙镇", "township"),
        ("一、概述\n2010年苏州市吴中区统计局政府信息公开工作运行正常,公开渠道不断拓宽。\n", "苏州市吴中区统计局",
         "department"),
    )
    for opening, name, level in cases:
        r = parse(opening + PARTS)
        assert fact(r, "doc.agency") == name
        assert fact(r, "doc.level") == level


def test_the_area_above_a_bureau_or_a_township_is_not_its_author():
    # the place or its government summed up in a text that speaks as a bureau or a township, a clause not after a
    # year, or the whole area: no name from them
    cases = (
        "一、概述\n2012年,湖州市政府信息公开工作取得新进展。我局全年公开信息41条。\n",
        "一、概述\n2012年,湖州市吴兴区人民政府信息公开工作取得新进展,我镇全年公开信息41条。\n",
        "一、概述\n在市委的领导下,湖州市吴兴区水利局政府信息公开工作取得新进展。\n",
        "一、概述\n2012年,全市政府信息公开工作取得新进展。我局全年公开信息41条。\n",
    )
    for opening in cases:
        assert fact(parse(opening + PARTS), "doc.agency") is None


# the body's own working group set up later in the sentence that speaks as it ("我局严格遵守…,成立市统计局政府信息公开
# 工作领导小组"): the name before the group's topic, as when 成立 follows 我局 at once
def test_the_body_s_own_group_later_in_its_sentence_names_it():
    cases = (
        ("一、概述\n2013年,我局严格遵守规定程序和保密原则,扎实推进政府信息公开工作,成立市统计局政府信息公开工作领导"
         "小组,统一协调全局工作。\n", "市统计局"),
        ("一、概述\n2012年,我局高度重视,及时调整人员,成立湖州市吴兴区水利局政务公开领导小组。\n",
         "湖州市吴兴区水利局"),
        ("一、概述\n2011年,我办认真落实条例,成立了以主任为组长的宁波市鄞州区人民政府法制办政府信息公开工作领导"
         "小组。\n", "宁波市鄞州区人民政府法制办"),
    )
    for opening, name in cases:
        r = parse(opening + PARTS)
        assert fact(r, "doc.agency") == name
        assert fact(r, "doc.level") == "department"


def test_a_group_of_the_government_or_one_another_body_sets_up_names_no_one():
    cases = (
        "一、概述\n2013年,我局按照县政府要求,成立县政府信息公开工作领导小组。\n",
        "一、概述\n2013年,我局认真落实,县政府成立湖州市吴兴区水利局政府信息公开工作领导小组。\n",
    )
    for opening in cases:
        assert fact(parse(opening + PARTS), "doc.agency") is None

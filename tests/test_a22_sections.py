"""a22-sections: the parts of a text written without part headings (a paragraph per part). Invented texts, each the
shape of a real case: a township's short report whose only numbered line is its site's catalogue line, a summary whose
shortfalls and improvements stand in a paragraph of their own, and the near cases that must stay as they are."""

from tests.parse_support import evidence, fact, parse

# a site's catalogue line ("三、年度…报告0300") above three unheaded paragraphs: the work, the count, next year's plans
CATALOGUED = """云岭乡2015年政府信息公开报告
发布日期:2016-01-05    点击数:
三、年度政府信息公开工作报告0300
本乡始终把政府信息公开工作作为建设透明政府的重要内容,主要领导亲自过问,由2名同志具体负责此项工作,保证了各项工作有序开展。
截至2015年底,全乡累计主动公开政府信息80条。其中,网上公开信息30条,公开栏公开信息50条。
2016年,我们将进一步扩大公开范围,规范公开程序,使政务公开的意识深入人心,把政务公开作为我乡工作运行管理的一项基本制度抓好落实。
"""


def test_headless_opening_paragraph_is_the_overview():
    r = parse(CATALOGUED)
    assert fact(r, "sections.overview") is True
    assert "本乡始终把政府信息公开工作" in evidence(r, "sections.overview")


def test_headless_next_year_paragraph_is_the_problems_part():
    r = parse(CATALOGUED)
    assert fact(r, "sections.problems") is True
    assert "2016年,我们将进一步扩大公开范围" in evidence(r, "sections.problems")


# a lead-in, then one paragraph that turns from the count to the shortfalls and announces a list of improvements
SHORTFALL_LISTED = """石湾镇政府2014年信息公开年度报告
    发布时间:2015-01-20 来源:青禾县政府网站
    我镇按照县政务公开领导小组统一部署,加强组织领导,健全工作机制,扎实推进政府信息公开工作。现将2014年工作情况报告如下:
    按照政府信息公开目录编制方案,对全年形成的信息进行了梳理,全年共上传信息210条。2014年,本镇信息公开工作取得了一定进展,但与群众的需求还存在一些差距,上传不够及时,公开形式较为单一。针对工作中的问题和不足,考虑从以下几个方面进一步改进:
    1、丰富公开形式。探索方便群众查阅的公开方式。2、规范工作流程。及时梳理、定期维护政府信息。3、加强学习培训。不断提高工作人员的业务水平。
"""


def test_headless_named_shortfall_with_a_list_of_improvements_is_the_problems_part():
    r = parse(SHORTFALL_LISTED)
    assert fact(r, "sections.problems") is True
    assert "按照政府信息公开目录编制方案" in evidence(r, "sections.problems")


def test_headless_lead_in_is_no_overview_nor_is_a_later_paragraph():
    r = parse(SHORTFALL_LISTED)
    assert fact(r, "sections.overview") is False
    assert evidence(r, "sections.overview") == "未见该部分标题"


# near case: a closing admission that names no problem ("…但还存在着一定的不足,…加以改进") is no problems part
ADMISSION = """青禾县统计局政务公开工作情况汇报
    今年以来,我局认真落实政务公开各项要求,在局机关政务公开栏和县政府网站公开机构职能、办事程序等信息,接受群众监督。
    深入推进政务公开,是一项复杂而又经常性的工作。我们虽然在这方面做了一定的工作,取得了一定的成绩,但还存在着一定的不足,与上级的要求还有差距,需要认真研究,加以改进。我们将以这次检查为契机,把政务公开工作推向新的高度。
"""


def test_closing_admission_is_no_problems_part():
    r = parse(ADMISSION)
    assert fact(r, "sections.problems") is False
    assert evidence(r, "sections.problems") == "未见该部分标题"


# near case: the preamble's list of parts names 存在主要问题 without being that part
PREAMBLE_LIST = """云岭市2018年政府信息公开工作年度报告
来源:政府信息公开办 时间:2019-03-06 10:20
   本年度报告根据《中华人民共和国政府信息公开条例》规定要求组织编制,主要内容包括:概述,主动公开情况,依申请公开办理和行政复议、诉讼情况,公开收费情况,存在主要问题和整改措施。本年度报告统计数据时限为2018年1月1日至2018年12月31日。
一、主要任务落实情况
2018年,我市坚持以公开为常态、不公开为例外,大力推进决策、执行、管理、服务、结果公开,着力加强政策解读和回应关切。
"""


def test_preamble_list_of_parts_is_no_problems_part():
    r = parse(PREAMBLE_LIST)
    assert fact(r, "sections.problems") is False


# near case: a headed report keeps its base reading (the rules above read only texts whose headings name no part)
HEADED = """石湾镇2021年政府信息公开工作年度报告
一、总体情况
2021年,我镇认真贯彻落实《条例》,扎实推进政府信息公开工作,但信息更新还存在一些不足,主要是公开不够及时。
二、主动公开政府信息情况
2021年,我镇主动公开政府信息56条。
"""


def test_headed_report_is_left_as_it_was():
    r = parse(HEADED)
    assert fact(r, "sections.problems") is False
    assert fact(r, "sections.overview") is True
    assert "一、总体情况" in evidence(r, "sections.overview")


# a work heading that names no part ("一、当前进展情况") over a paragraph that ends on the count of items disclosed
PROGRESS = """青禾镇政务公开工作情况报告
今年来,我镇认真落实县政府办公室关于进一步做好政务公开工作的通知精神,强化组织领导,完善工作机制,现对我镇政务公开工作情况报告如下:
一、当前进展情况
我镇政务公开领导小组下设办公室(设在镇党政办),配有2名专职工作人员,组织机构健全。在日常工作中,我们突出重点,明确责任,实时收集更新各站所的政务动态信息,并及时在政务网上传,目前公开政务信息320条,其中公文信息45条、政务动态275条。
"""


def test_headless_paragraph_with_the_count_of_items_disclosed_is_the_proactive_part():
    r = parse(PROGRESS)
    assert fact(r, "sections.proactive") is True
    assert "目前公开政务信息320条" in evidence(r, "sections.proactive")


def test_count_inside_the_problems_paragraph_is_no_proactive_part():
    r = parse(SHORTFALL_LISTED)  # "…全年共上传信息210条。…还存在一些差距…从以下几个方面进一步改进:"
    assert fact(r, "sections.proactive") is False
    assert evidence(r, "sections.proactive") == "未见该部分标题"


def test_count_inside_the_first_paragraph_is_a_point_of_the_overview():
    r = parse("石湾镇2020年政府信息公开工作情况\n2020年,我镇认真贯彻《条例》,全面推进政务公开工作,取得了较好成效。"
              "我们还在主动公开方面,本镇全年发布政府信息400多条,内容涵盖机构职能、工作动态等。\n")
    assert fact(r, "sections.proactive") is False
    assert fact(r, "sections.overview") is True
    assert "我镇认真贯彻" in evidence(r, "sections.overview")


def test_the_years_own_work_with_jiang_is_no_problems_part():
    # "将…纳入" is 把: what was done in the year, not the next steps
    text = CATALOGUED.replace("2016年,我们将进一步扩大公开范围,规范公开程序,使政务公开的意识深入人心,",
                              "2015年,本乡将政府信息公开工作纳入目标考核内容,列入重要议事日程,")
    r = parse(text)
    assert fact(r, "sections.problems") is False
    assert evidence(r, "sections.problems") == "未见该部分标题"

"""Who reports and at which level, on the classes behind the a8 blind set's errors (issue 12, a9-agency): a betting
brand's 平台 glued before a generic name, a name alone on the first line over the opening, a metadata grid's 标题 cell,
a title's bare place against the government the opening says compiled the report, the enquiry desk of a contact line
as the only name, and the level of texts that name no body: a township's office saying 我办 beside 我乡, a township's
我镇 beside another body's 厅门户网站, a government that names its own departments and the units below it, a 中心
speaking of itself by its kind. Every text is written for the test; the value, its evidence or level and the absence
where the text states nothing usable are all checked.
"""

from __future__ import annotations

import pytest

from engine.parse import divisions
from tests.parse_support import fact, parse

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

PERIOD = "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
PARTS = ("一、总体情况\n2022年共主动公开政府信息64条。\n二、收到和处理政府信息公开申请情况\n全年未收到申请。\n"
         "三、政府信息公开行政复议、行政诉讼情况\n无。\n四、存在的主要问题及改进情况\n解读还不够深入。\n")


# ---------------------------------------------------------------- a betting brand's 平台 before a generic name


def test_a_brands_platform_word_is_advertising_and_the_generic_name_after_it_stays():
    text = ("亚博体育,亚博体育平台区人民政府办公室2019年度政府信息公开工作年度报告\n一、总体情况\n"
            "2019年，亚博体育平台区人民政府办公室认真落实条例，扎实做好亚博体育平台区人民政府办公室政府信息公开工作。"
            "区政府办公室高度重视，召开专题会议。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "区人民政府办公室"
    assert fact(r, "doc.level") == "department"


def test_a_brands_platform_before_a_bureau_without_its_place_leaves_the_bureau():
    # the brand replaced the place: the rest is the name (web README; the lead's 3d3a866, labelling A70)
    text = "2019年，亚博体育平台水务局认真落实条例。\n" + PARTS
    assert fact(parse(text), "doc.agency") == "水务局"


# ---------------------------------------------------------------- a name alone on the first line over the opening


@needs_divisions
def test_a_name_alone_on_the_first_line_over_the_opening_is_the_author():
    text = ("桐庐县统计局\n根据《中华人民共和国政府信息公开条例》要求，"
            "现公布县政府统计局2022年政府信息公开工作年度报告。\n" + PERIOD
            + "2022年，县政府统计局主动公开政府信息12条。我局未收到申请。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "桐庐县统计局"
    assert r.facts["doc.agency"].evidence.startswith("标题")


@needs_divisions
def test_a_government_on_the_first_line_still_gives_way_to_the_township_the_opening_names():
    text = ("桐庐县人民政府\n根据《中华人民共和国政府信息公开条例》要求，现公布分水镇2022年政府信息公开工作年度报告。\n"
            + PERIOD + "2022年，分水镇坚持依法公开。我镇未收到申请。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "分水镇"


def test_a_sentence_on_the_first_line_is_no_name():
    text = ("为做好信息公开，县政府统计局\n根据《中华人民共和国政府信息公开条例》要求编制本报告。\n" + PERIOD + PARTS)
    assert fact(parse(text), "doc.agency") != "县政府统计局"


# ---------------------------------------------------------------- a metadata grid's 标题 cell


@needs_divisions
def test_the_title_cell_of_a_metadata_grid_names_the_issuer():
    text = ("首页 > 政务公开 > 通知\n\n索引号\n\n11330122/2021-00031\n\n主题分类\n\n综合政务\n\n"
            "成文日期\n\n2021-06-28\n\n"
            "标题\n\n桐庐县人民政府办公室关于印发2021年桐庐县政务公开工作要点的通知\n\n有效性\n\n有效\n\n"
            "各乡镇人民政府，县政府各部门：\n现将要点印发给你们，请认真贯彻执行。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "桐庐县人民政府办公室"


def test_a_title_cell_without_a_name_gives_no_name():
    text = ("索引号\n\n11330122/2021-00031\n\n标题\n\n关于印发2021年政务公开工作要点的通知\n\n有效性\n\n有效\n\n"
            "现将要点印发给你们，请认真贯彻执行。\n")
    assert fact(parse(text), "doc.agency") is None


# ---------------------------------------------------------------- a title's bare place and the government that compiled


@needs_divisions
@pytest.mark.parametrize("statement", [
    # (a48 revises a9: the title's bare place stays whoever of its government compiled, as the labels keep it, A56)
    "本报告由桐庐县人民政府根据《中华人民共和国政府信息公开条例》编制。",
    # (its disclosure desk compiling is the area's, as the labels read it: the bare place stays; a46 revises A52)
    "本报告由桐庐县人民政府信息公开办编制。",
    "根据有关通知要求，桐庐县政府编制2016年政府信息公开工作年度报告。",
    "根据有关通知要求，桐庐县政府信息公开领导小组编制2016年报告。",
    "由桐庐县政府编制本年度报告。",
])
def test_a_titles_bare_place_stays_whoever_of_its_government_compiled_the_report(statement):
    text = "桐庐县2016年政府信息公开工作年度报告\n" + statement + PERIOD + PARTS
    assert fact(parse(text), "doc.agency") == "桐庐县"


@needs_divisions
@pytest.mark.parametrize("line", [
    "如对本报告有任何疑问，请与桐庐县人民政府联系（电话：0571-1234567）。",
    "2016年，桐庐县政府高度重视政府信息公开工作。",
    "本报告结合桐庐县政府信息公开工作实际编制。",
    "本报告由桐庐县水利局编制。",
])
def test_a_titles_bare_place_stays_when_the_government_is_named_elsewhere(line):
    text = "桐庐县2016年政府信息公开工作年度报告\n" + line + PERIOD + PARTS
    assert fact(parse(text), "doc.agency") == "桐庐县"


# ---------------------------------------------------------------- the enquiry desk of a contact line


@pytest.mark.parametrize("desk", ["省政务公开办公室", "青川省人民政府信息公开办公室", "市政务公开办"])
def test_the_desk_that_answers_enquiries_is_no_author_when_nothing_else_is_named(desk):
    text = ("本年度报告综合各市人民政府和省政府各部门的报告编制。" + PERIOD.replace("2022", "2012")
            + f"如对本年度报告有任何疑问，请与{desk}联系（电话：0551-1234567）。\n"
            "一、概述\n2012年，全省各地加强组织领导。\n")
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert "联系方式" in fact(r, "doc.agency_missing")


@needs_divisions
def test_a_body_in_the_contact_line_is_still_the_author():
    text = (PERIOD + "如对本报告有任何疑问，请与桐庐县水利局联系（电话：0571-1234567）。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "桐庐县水利局"


# ---------------------------------------------------------------- level of texts that name no body


def test_a_township_office_saying_我办_beside_我乡_is_a_township():
    text = ("特向社会公布2017年度政府信息公开年度报告。\n一、概述\n"
            "2017年我乡进一步加强组织领导。我乡信息公开运行正常。\n"
            "二、依申请公开情况\n目前我乡尚未收到申请。\n三、收费情况\n2017年我办未收取任何费用。\n")
    assert fact(parse(text), "doc.level") == "township"


def test_an_office_saying_我办_alone_is_a_department():
    text = ("特向社会公布2017年度政府信息公开年度报告。\n一、概述\n2017年我办进一步加强组织领导。\n"
            "二、依申请公开情况\n我办尚未收到申请。\n")
    assert fact(parse(text), "doc.level") == "department"


def test_a_township_saying_我镇_beside_a_departments_portal_is_a_township():
    text = ("现将2020年度政务公开工作总结如下：\n结合我镇实际，推进政务公开，全镇政府信息公开取得新成效。"
            "本镇发布政府信息400多条。按照要求进一步规范厅门户网站信息公开平台栏目。\n")
    assert fact(parse(text), "doc.level") == "township"


def test_a_provincial_department_that_says_厅门户网站_stays_province():
    text = ("2020年，厅机关各处室按照省委、省政府部署，进一步规范厅门户网站栏目，全省交通运输系统信息公开水平提升。\n"
            + PARTS)
    assert fact(parse(text), "doc.level") == "province"


@pytest.mark.parametrize(("opening", "level"), [
    ("市政府进一步理顺了政府信息公开工作管理体制。各县(市)区、市政府各部门均建立健全了工作机构，全市上下形成工作格局。",
     "city"),
    # (not "近日，省政府办公厅印发…": a news item's lead, which has no level of its own; a48)
    ("2021年，省政府办公厅印发《2021年政务公开工作要点》。起草中充分征求各市(州)政府和省政府各委、办、厅、局的意见。",
     "province"),
    ("县政府进一步完善公开制度。各乡镇、县政府各部门均明确了分管领导，全县政务公开工作扎实推进。", "county"),
])
def test_a_government_naming_its_departments_and_the_units_below_it_has_its_level(opening, level):
    text = "一、政府信息公开总体工作情况\n" + opening + "\n"
    assert fact(parse(text), "doc.level") == level


def test_the_units_below_alone_state_no_level():
    text = "一、政府信息公开总体工作情况\n各县(市)区均建立健全了工作机构，按季度报送信息。\n"
    assert fact(parse(text), "doc.level") == "unknown"


def test_a_centre_speaking_of_itself_by_its_kind_is_a_department():
    text = (PERIOD + "(一)主动公开信息的数量：2020年，中心网站发布各类信息635条。\n"
            "(二)主动公开的途径：中心网站、官方微博主动公开信息，答复公积金咨询。\n")
    assert fact(parse(text), "doc.level") == "department"


def test_a_central_district_is_no_centre_speaking():
    text = (PERIOD + "一、总体情况\n中心城区改造信息按时公开。\n中心城区共发布公告12条。\n")
    assert fact(parse(text), "doc.level") == "unknown"


@needs_divisions
def test_a_subjects_bare_place_gives_way_to_its_government_as_the_subject_of_编制():
    text = ("根据有关通知要求，分水镇政府编制2020年政府信息公开工作年度报告。" + PERIOD
            + "2020年，分水镇认真贯彻落实条例。\n如有疑问请与桐庐县人民政府办公室联系。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "分水镇政府"


# ---------------------------------------------------------------- a guide's issuer named in its scope

GUIDE_HEAD = "为了保障公民依法获取政府信息，{scope}，根据《中华人民共和国政府信息公开条例》规定，制定本指南。\n"


@needs_divisions
def test_a_guides_scope_names_its_issuer():
    text = (GUIDE_HEAD.format(scope="做好县政府办公室以及县直相关单位的政府信息公开工作")
            + "一、公开目录\n桐庐县政府信息公开目录分为县政府信息和乡镇信息。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "县政府办公室"
    assert fact(r, "doc.level") == "department"


@needs_divisions
def test_a_guides_body_in_charge_of_proactive_disclosure_is_its_issuer():
    text = (GUIDE_HEAD.format(scope="提高政府工作的透明度") + "一、主动公开\n（一）公开范围\n"
            "桐庐县人民政府办公室负责向社会主动公开下列非涉密信息。\n")
    assert fact(parse(text), "doc.agency") == "桐庐县人民政府办公室"


def test_a_report_whose_office_is_in_charge_is_not_read_as_a_guide():
    text = (PERIOD + "一、总体情况\n县政府办公室负责主动公开工作的统筹。我镇主动公开信息64条。\n")
    assert fact(parse(text), "doc.agency") is None


def test_a_subject_before_按_and_the_government_whose_requirement_it_follows():
    text = "政务公开工作总结\n今年以来，分水镇按县政府要求，认真落实政务公开各项内容。我镇设置了公开栏。\n"
    assert fact(parse(text), "doc.agency") == "分水镇"


def test_按_before_no_government_is_no_verb_of_a_subject():
    # (a11-agency: without the town's own voice — with 我镇 after it, the town named once in a clause is the
    # reporter by docs/labelling.md A16, a weaker source than the verbs', tests/test_agency_a11.py)
    text = "政务公开工作总结\n今年以来，分水镇按季度公开财务收支。公开栏设在大院门口。\n"
    assert fact(parse(text), "doc.agency") is None
    voiced = parse("政务公开工作总结\n今年以来，分水镇按季度公开财务收支。我镇设置了公开栏。\n")
    assert fact(voiced, "doc.agency") == "分水镇"
    assert "分水镇按季度" in voiced.facts["doc.agency"].evidence


# ---------------------------------------------------------------- a covering notice's signature above what it issues


@needs_divisions
def test_a_covering_notices_signature_above_the_plan_it_issues_names_the_issuer():
    text = ("桐政办发〔2021〕9号\n各乡镇人民政府，县政府各部门：\n《2021年桐庐县政务公开工作要点》已经县政府同意，"
            "现印发给你们，请结合实际认真贯彻执行。\n桐庐县人民政府办公室\n2021年6月28日\n"
            "2021年桐庐县政务公开工作要点\n2021年政务公开工作的总体要求是：以公开促落实。\n" + "一、深化公开。\n" * 40)
    r = parse(text)
    assert fact(r, "doc.agency") == "桐庐县人民政府办公室"
    assert r.facts["doc.agency"].evidence.startswith("落款")


def test_a_name_after_the_covering_sentence_without_a_date_is_no_signature():
    text = ("各乡镇人民政府，县政府各部门：\n《2021年政务公开工作要点》现印发给你们，请认真贯彻执行。\n"
            "县政务公开办公室\n要点如下：一、深化公开。\n" + "二、加强解读。\n" * 40)
    assert fact(parse(text), "doc.agency") is None


# ---------------------------------------------------------------- a spam domain glued before the name above a title


def test_a_spam_domain_glued_before_the_name_above_the_title_leaves_the_name():
    text = ("abcview.com分水镇\n2008年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求，"
            "现公布abcview.com分水镇2008年政府信息公开工作年度报告。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "分水镇"
    assert fact(r, "doc.level") == "township"


def test_a_spam_domain_alone_above_the_title_is_no_name():
    text = ("abcview.com官网首页\n2008年政府信息公开工作年度报告\n根据条例要求编制本报告。\n" + PARTS)
    assert fact(parse(text), "doc.agency") is None


# ---------------------------------------------------------------- a middle school reporting to its government


@needs_divisions
def test_a_middle_school_that_compiled_its_report_is_the_author_with_no_level_the_contract_lists():
    text = ("2014年桐庐县第二中学政府信息公开工作年度报告\n桐庐县人民政府：\n本报告根据《条例》规定，"
            "由桐庐县第二中学编制。" + PERIOD + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "桐庐县第二中学"
    assert fact(r, "doc.level") == "unknown"


def test_the_middle_schools_of_a_place_are_no_name():
    text = "本报告由各中学汇总编制。" + PERIOD + PARTS
    assert fact(parse(text), "doc.agency") is None


# ---------------------------------------------------------------- level of a named body the table did not place


@pytest.mark.parametrize(("name", "level"), [
    ("湖北省人民政府研究室", "department"), ("市政府研究室", "department"), ("青石县人民政府参事室", "department"),
    ("湖北省人民政府研究室(发展研究中心)", "department"),
    ("教育部办公厅", "unknown"), ("农业农村部办公厅", "unknown"),
    ("泸水市中医医院", "unknown"), ("桐庐县第二中学", "unknown"),
    # unchanged around them
    ("湖北省人民政府办公厅", "province"), ("湖北省教育厅", "province"), ("东湖区委宣传部", "department"),
    ("桐庐县人民政府办公室", "department"), ("桐庐县卫生健康局", "department"), ("青石学院", "university"),
])
def test_level_of_a_named_body(name, level):
    from engine.parse import meta
    assert meta.find_level(name) == level


def test_a_middle_school_saying_我校_keeps_no_level():
    text = ("本报告由桐庐县第二中学编制。" + PERIOD + "一、概述\n2014年，我校进一步完善信息公开制度。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "桐庐县第二中学"
    assert fact(r, "doc.level") == "unknown"


# ---------------------------------------------------------------- a school's own rules say whose they are


def test_a_schools_rules_that_apply_to_it_name_the_school():
    text = ("第一章 总则\n第一条 为了保证招生工作的顺利进行，根据有关法律法规，制定本章程。\n"
            "第二条 本章程适用于青石城市学院普通本科、专科招生工作。\n第三条 招生工作贯彻公平公正的原则。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "青石城市学院"
    assert fact(r, "doc.level") == "university"


def test_rules_that_apply_to_the_schools_of_a_place_name_no_school():
    text = ("第一条 为规范信息公开，制定本办法。\n第二条 本办法适用于本省各高等学校。\n")
    assert fact(parse(text), "doc.agency") is None

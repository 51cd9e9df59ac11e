"""Who reports on the pages of bodies that are no local government (issue 12, a23-agency-other): colleges, public
companies, procuratorates, archives. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from tests.parse_support import fact, parse

RULES_BODY = ("第一章 总则\n第一条 为规范本单位信息公开工作,保障公众依法获取信息,根据有关规定,制定本制度。\n"
              "第二条 本制度所称信息,是指在提供服务过程中制作或者获取的信息。\n")


# ------------------------------------------------------------ the body's own rules or catalogue under its name

def test_a_companys_own_disclosure_rules_name_the_company():
    # a public water company's rules, its title a line of its own, no year (labelling A66; a company only under a
    # known place, A33)
    text = "德清县供水有限公司信息公开制度\n" + RULES_BODY
    assert fact(parse(text), "doc.agency") == "德清县供水有限公司"


def test_a_universitys_catalogue_notes_name_the_university():
    text = ("临川理工大学信息公开目录编制说明\n(2016年)\n一、编制目的\n为方便公众查询本校应当公开的信息,"
            "特编制本目录。\n二、入编范围\n本目录收编了学校概况、招生信息等类目。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "临川理工大学"
    assert fact(r, "doc.level") == "university"


def test_a_procuratorates_rules_of_release_name_it():
    text = "青禾县人民检察院检务公开信息发布实施办法(试行)\n" + RULES_BODY
    assert fact(parse(text), "doc.agency") == "青禾县人民检察院"


def test_a_provinces_rules_for_its_schools_name_no_school():
    # a category of bodies under its province is no body: the rules are the province's, and it is not named
    text = "江西省高等学校信息公开实施办法\n" + RULES_BODY
    assert fact(parse(text), "doc.agency") != "江西省高等学校"
    text = "浙江省公共企事业单位信息公开规定\n" + RULES_BODY
    assert fact(parse(text), "doc.agency") != "浙江省公共企事业单位"


def test_the_state_regulations_name_no_body():
    text = "中华人民共和国政府信息公开条例\n" + RULES_BODY
    assert fact(parse(text), "doc.agency") is None


# ------------------------------------------------------------ an academy is no school

def test_a_provincial_academy_is_a_provincial_body_not_a_university():
    # its guide, in its own voice (我院): the province's academy, level province (labelling L27)
    text = ("为推动信息公开工作,结合我院实际,特编制《江西省林业科学院政府信息公开指南》。\n一、公开内容\n"
            "1.组织机构,包括院领导成员、各处室职能等信息。\n二、联系方式\n机构名称:江西省林业科学院办公室\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "江西省林业科学院"
    assert fact(r, "doc.level") == "province"


def test_a_national_academys_rules_are_a_national_bodys():
    text = "中国科学院信息公开工作管理办法\n" + RULES_BODY
    r = parse(text)
    assert fact(r, "doc.agency") == "中国科学院"
    assert fact(r, "doc.level") == "unknown"


def test_an_institutes_own_office_stands_for_the_institute_not_its_academy():
    # 由某研究所综合办公室编制: the institute reports (A38, A19), never the academy its name opens with
    text = ("本报告由中国科学院青禾湖泊研究所综合办公室编制。\n一、概述\n2020年,本所坚持依法公开,"
            "通过所网站公开信息120条。\n二、依申请公开情况\n本年未收到申请。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "中国科学院青禾湖泊研究所"
    assert fact(r, "doc.level") == "unknown"


def test_a_university_and_its_college_keep_their_level():
    # the near miss: 学院 without 科 is still a school, its own office still the school
    text = ("本报告由临川医学院党政办公室编制。\n一、概述\n2021-2022学年,学校坚持以公开为常态。\n"
            "二、主动公开情况\n学校通过信息公开网公开信息120条。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "临川医学院"
    assert fact(r, "doc.level") == "university"


# ------------------------------------------------------------ a school's office with no school's name

def test_a_schools_office_with_no_name_before_it_names_no_one():
    # 学校/学院 alone is no name (labelling A10), nor is the office of one: the report names no body
    for office in ("学校办公室", "学院党政办公室", "学校信息公开办公室"):
        text = ("2021-2022学年信息公开年度报告\n本报告由" + office + "编制。\n一、概述\n本学年,学校坚持以公开为常态,"
                "通过信息公开网公开信息120条。\n")
        assert fact(parse(text), "doc.agency") is None


def test_a_named_schools_office_and_a_street_office_keep_their_names():
    text = ("本报告由临川学院党政办公室编制。\n一、概述\n2021-2022学年,学校坚持以公开为常态,"
            "通过信息公开网公开信息120条。\n")
    assert fact(parse(text), "doc.agency") == "临川学院"
    text = "学院路街道2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我街道坚持依法公开。\n"
    assert fact(parse(text), "doc.agency") == "学院路街道"


# ------------------------------------------------------------ an archive's or a library's own office

def test_an_archives_own_office_stands_for_the_archive():
    # the contact line is the only naming, the text speaks as the archive (我馆): labelling A19, A63, A68
    body = "\n一、总体情况\n2022年,我馆坚持依法公开,全年主动公开信息12条。\n二、依申请公开情况\n本年未收到申请。\n"
    text = "如对本报告有疑问,请与青禾县档案馆办公室联系。" + body
    assert fact(parse(text), "doc.agency") == "青禾县档案馆"
    text = "如对本报告有疑问,请与青禾市图书馆综合办公室联系。" + body
    assert fact(parse(text), "doc.agency") == "青禾市图书馆"


def test_an_archive_named_whole_keeps_its_name():
    text = ("青禾县档案馆2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我馆坚持依法公开,"
            "全年主动公开信息12条。\n")
    assert fact(parse(text), "doc.agency") == "青禾县档案馆"


# ------------------------------------------------------------ one body under several names

def test_a_party_department_with_its_government_names_in_brackets_is_one_body():
    # a joint party-government body names its other offices in brackets, joined by 、 (labelling A6, A7, A69)
    body = "\n一、总体情况\n2021年,我部坚持依法公开,全年主动公开信息30条。\n"
    text = "青禾县委宣传部(县委网信办、县政府新闻办)2021年政府信息公开工作年度报告" + body
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾县委宣传部(县委网信办、县政府新闻办)"
    assert fact(r, "doc.level") == "department"


def test_two_bodies_joined_by_a_pause_mark_are_still_no_one_body():
    body = "\n一、总体情况\n2021年,我局坚持依法公开,全年主动公开信息30条。\n"
    text = "青禾县财政局、青禾县税务局2021年政府信息公开工作年度报告" + body
    assert fact(parse(text), "doc.agency") is None

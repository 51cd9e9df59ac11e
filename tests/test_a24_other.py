"""Who reports, and at what level, on the pages of bodies that are no government (issue 12, a24-agency-other): mass
organisations, public companies, hospitals, technician colleges, spam mirrors. Every text is invented for the test;
the wording is this file's own (real division names only where the parser checks a place).
"""

from __future__ import annotations

from tests.parse_support import fact, parse

OVERVIEW = ("一、总体情况\n(一)主动公开情况。全年通过门户网站主动公开信息36条。\n"
            "(二)依申请公开情况。全年未收到政府信息公开申请。\n")


# ------------------------------------------------------------ a mass organisation by its name (A120)

def test_a_federation_of_trade_unions_names_itself_in_its_title():
    text = ("桐庐县总工会2022年政府信息公开工作年度报告\n"
            "根据《中华人民共和国政府信息公开条例》规定,现发布本年度报告。\n" + OVERVIEW)
    r = parse(text)
    assert fact(r, "doc.agency") == "桐庐县总工会"
    assert fact(r, "doc.level") == "department"  # a mass organisation of a place (L19)


def test_a_youth_league_committee_opens_with_the_league_before_its_place():
    text = ("共青团岳阳市君山区委员会2021年政府信息公开工作年度报告\n"
            "2021年,共青团君山区委员会认真贯彻落实《条例》,我委全年主动公开信息52条。\n" + OVERVIEW)
    r = parse(text)
    assert fact(r, "doc.agency") == "共青团岳阳市君山区委员会"
    assert fact(r, "doc.level") == "department"


def test_the_leagues_full_name_opens_a_committee_of_a_place():
    # not a national body for its 中国…委员会: the League's committee of a city, a department (L19)
    text = ("中国共产主义青年团宁波市委员会2021年政府信息公开工作年度报告\n"
            "根据《中华人民共和国政府信息公开条例》规定,现发布本年度报告。\n" + OVERVIEW)
    r = parse(text)
    assert fact(r, "doc.agency") == "中国共产主义青年团宁波市委员会"
    assert fact(r, "doc.level") == "department"


def test_a_union_named_among_a_schools_supervisors_is_no_author():
    # near miss: 工会 in a list of the bodies that oversee a school's disclosure is no name of its own
    text = ("2021-2022学年,学校实行校长统一领导,教代会、工会协调监督,各部门各负其责的信息公开工作机制。"
            "本报告依据《高等学校信息公开办法》编制,统计期限为2021年9月1日至2022年8月31日。\n" + OVERVIEW)
    assert "工会" not in (fact(parse(text), "doc.agency") or "")


# ------------------------------------------------------------ a mass organisation by its short form (A121)

def test_a_federations_short_form_in_its_own_voice_is_its_generic_name():
    text = ("现将区妇联2022年度政府信息公开工作开展情况报告如下:\n一、基本情况\n我会高度重视政府信息公开工作,"
            "成立了以主席为组长的领导小组。全年主动公开信息41条,未收到依申请公开。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "区妇联"
    assert fact(r, "doc.level") == "department"


def test_a_federation_named_in_a_townships_report_is_no_author():
    # near miss: the same short form as the subject of a sentence in a township's voice (我镇): a partner
    text = ("2022年,我镇认真贯彻落实《条例》,全年主动公开信息58条。\n区妇联紧紧围绕妇女儿童工作,"
            "与我镇联合开展宣传活动3次。\n" + OVERVIEW)
    assert fact(parse(text), "doc.agency") != "区妇联"


# ------------------------------------------------------------ the compiler's clause with the verb after the work (A122)

def test_the_work_the_report_is_compiled_from_names_its_body():
    text = ("本报告依据《中华人民共和国政府信息公开条例》要求,结合2023年临安区残疾人联合会政府信息公开工作编制而成。"
            "如对本报告有任何疑问,请与临安区残联办公室联系。\n" + OVERVIEW)
    assert fact(parse(text), "doc.agency") == "临安区残疾人联合会"


def test_a_plan_of_the_work_the_report_follows_names_no_compiler():
    # near miss: the government's plan for the year's work, then the verb: whose plan, not who compiles
    text = ("本报告结合2023年临安区政务公开工作要点编制。2023年,我局认真贯彻落实《条例》,全年主动公开信息27条。\n"
            + OVERVIEW)
    assert fact(parse(text), "doc.agency") != "临安区"


# ------------------------------------------------------------ a public company under a known place (A123)

def test_a_companys_title_names_it_whatever_service_it_runs():
    text = ("黄山市公共交通公司2019年政府信息公开工作年度报告\n"
            "本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。我公司全年主动公开线路调整等信息64条。\n"
            + OVERVIEW)
    r = parse(text)
    assert fact(r, "doc.agency") == "黄山市公共交通公司"
    assert fact(r, "doc.level") == "unknown"  # a public enterprise (L17)


def test_a_company_with_no_place_is_no_author():
    # near miss: a company whose name says nowhere is a brand, not a public enterprise (A33)
    text = ("星河科技公司2019年政府信息公开工作年度报告\n本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
            + OVERVIEW)
    assert fact(parse(text), "doc.agency") is None


def test_a_company_in_a_townships_text_is_no_author():
    # near miss: a company as the subject of a sentence in a township's voice works with the author
    text = ("2022年,歙县城投公司积极配合我镇完成信息公开栏目改版。2022年,我镇全年主动公开信息33条。\n" + OVERVIEW)
    assert fact(parse(text), "doc.agency") != "歙县城投公司"


# ------------------------------------------------------------ a hospital by its generic name (A124)

def test_a_hospitals_generic_name_as_the_subject_of_what_it_did_not_receive():
    text = ("一、总体情况\n(一)主动公开情况。2021年,我院通过医院网站主动公开信息88条。\n"
            "(二)依申请公开情况。2021年,县医院未收到政府信息公开申请。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "县医院"
    assert fact(r, "doc.level") == "unknown"  # a hospital (L25)


def test_a_hospital_not_receiving_in_a_bureaus_text_is_no_author():
    # near miss: the bureau's text names the hospitals it oversees; its own name comes first
    text = ("2021年,凤台县卫生健康委员会认真贯彻落实《条例》,全年主动公开信息61条。"
            "2021年,县医院未收到政府信息公开申请。\n" + OVERVIEW)
    assert fact(parse(text), "doc.agency") == "凤台县卫生健康委员会"


# ------------------------------------------------------------ a betting site's account talk before a name (A125)

def test_a_betting_sites_account_talk_is_no_part_of_the_name():
    text = ("2021年,bet365官网手机版_365打水账号怎么防止封号林业局认真贯彻落实《条例》,我局全年主动公开信息40条。\n"
            + OVERVIEW)
    assert fact(parse(text), "doc.agency") == "林业局"


def test_a_bureau_with_its_place_keeps_it():
    # near miss: no advertising, the full name as written
    text = "2021年,平阳县林业局认真贯彻落实《条例》,我局全年主动公开信息40条。\n" + OVERVIEW
    assert fact(parse(text), "doc.agency") == "平阳县林业局"


# ------------------------------------------------------------ a technician college is no university (L38)

def test_a_technician_colleges_report_is_a_government_format_report_with_no_level():
    text = ("抚州市技师学院2019年度校务信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》的规定,"
            "由抚州市技师学院办公室负责编制。本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n" + OVERVIEW)
    r = parse(text)
    assert fact(r, "doc.agency") == "抚州市技师学院"
    assert fact(r, "doc.level") == "unknown"
    assert fact(r, "doc.kind") == "government_annual"


def test_a_vocational_college_stays_a_university():
    # near miss: a 职业技术学院 is a 高等学校 (L10)
    text = ("抚州职业技术学院2019-2020学年信息公开年度报告\n本报告根据《高等学校信息公开办法》编制,"
            "统计期限为2019年9月1日至2020年8月31日。\n" + OVERVIEW)
    r = parse(text)
    assert fact(r, "doc.level") == "university"
    assert fact(r, "doc.kind") == "university_annual"


# ------------------------------------------------------------ a power company by its old name (L39)

def test_a_power_companys_old_name_has_no_level():
    text = ("根据《中华人民共和国政府信息公开条例》规定,特向社会公布嘉善电业局政府信息公开工作2020年度报告。\n"
            + OVERVIEW)
    r = parse(text)
    assert fact(r, "doc.agency") == "嘉善电业局"
    assert fact(r, "doc.level") == "unknown"  # an enterprise of the grid (L17)


def test_a_water_bureau_stays_a_department():
    # near miss: a government's bureau
    text = ("根据《中华人民共和国政府信息公开条例》规定,特向社会公布嘉善县水利局2020年度政府信息公开工作年度报告。\n"
            + OVERVIEW)
    assert fact(parse(text), "doc.level") == "department"


# ------------------------------------------------------------ a site's link line under a title (K16)

def test_a_sites_link_to_an_explainer_does_not_make_the_report_an_explainer():
    text = ("泰顺县中医医院2011年政府信息公开年度报告\n发布机构: 泰顺县中医医院 发布时间: 2012-03-12\n"
            "原文链接:点击查看源文件\n政策解读链接:点击查看政策解读\n"
            "根据《中华人民共和国政府信息公开条例》规定,特向社会公布2011年度泰顺县中医医院政府信息公开年度报告。\n"
            + OVERVIEW)
    assert fact(parse(text), "doc.kind") == "government_annual"


def test_an_explainers_own_title_stays_an_explainer():
    # near miss: the page's own title line says what it is
    text = ("《2021年泰顺县政务公开工作要点》政策解读\n为便于公众理解,现就《要点》的主要内容解读如下。\n"
            "一、出台背景\n为深入推进政务公开工作,县政府办公室制定了《要点》。\n")
    assert fact(parse(text), "doc.kind") == "other"


# ------------------------------------------------------------ a radio and television station (A126)

def test_a_radio_and_television_station_names_itself():
    text = ("桐乡市广播电视台2021年政府信息公开工作年度报告\n"
            "根据《中华人民共和国政府信息公开条例》规定,现发布本年度报告。\n" + OVERVIEW)
    r = parse(text)
    assert fact(r, "doc.agency") == "桐乡市广播电视台"
    assert fact(r, "doc.level") == "unknown"  # a public service institution, as a hospital (L46; A126 revised)


def test_a_programme_on_the_station_names_no_author():
    # near miss: a township's text that went on the county's station is the township's
    text = ("2021年,我镇在桐乡市广播电视台播出政务公开专题节目2期,全年主动公开信息30条。\n" + OVERVIEW)
    assert fact(parse(text), "doc.agency") != "桐乡市广播电视台"


# ------------------------------------------------------------ the year's whole between the subject and its verb (A127)

def test_a_body_that_published_through_the_whole_year_names_itself():
    text = ("根据《条例》,结合我院实际,特编制本报告。2021年,临海市第一人民医院全年主动公开信息30条。\n" + OVERVIEW)
    assert fact(parse(text), "doc.agency") == "临海市第一人民医院"


def test_a_countys_whole_year_names_no_body():
    # near miss: the area's whole as the subject (全县) is no body's name
    text = ("2021年,全县全年主动公开政府信息1200条,我局全年主动公开信息30条。\n" + OVERVIEW)
    assert fact(parse(text), "doc.agency") is None


# ------------------------------------------------------------ the year of a clause in an institution's voice (P16)

def test_the_year_of_a_clause_in_a_librarys_voice_is_the_reports():
    text = ("如对本报告有疑问,请与德清县图书馆办公室联系。2021年,我馆全年主动公开信息30条。\n" + OVERVIEW)
    r = parse(text)
    assert fact(r, "doc.year") == 2021
    assert fact(r, "doc.period") == "2021"


def test_the_year_of_a_plan_in_a_federations_voice_is_not_the_reports():
    # near miss: a clause that plans (将) names the coming year, not the year reported on
    text = ("如对本报告有疑问,请与德清县妇女联合会办公室联系。2021年,我会全年主动公开信息30条。"
            "2022年,我会将进一步拓宽公开渠道。\n" + OVERVIEW)
    assert fact(parse(text), "doc.year") == 2021

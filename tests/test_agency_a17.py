"""Who reports and at which level (issue 12, a17-agency): the forms a15-agency left unread (a system named 某市气象部门,
a name wrapped over two lines, a bare 旗政府 as the subject, a generic title against a longer form inside a phrase)
and the classes 41 new real page openings showed (courts, congresses and CPPCC offices, national institutes, a
company under a province's short name, a hospital in a blank county). Every text is invented for the test; the
wording is this file's own.
"""

from __future__ import annotations

from tests.parse_support import fact, parse

PARTS = ("二、主动公开政府信息情况\n本年共主动公开信息57条。\n三、收到和处理政府信息公开申请情况\n"
         "本年收到公开申请1件,已按期答复。\n"
         "四、政府信息公开行政复议、行政诉讼情况\n本年未发生复议和诉讼。\n"
         "五、存在的主要问题及改进情况\n信息更新不够及时,下一步将完善审核流程。\n")


# ------------------------------------------------------------------------ a vertical system named as a whole (A34)

def test_a_citys_weather_system_named_in_the_title_is_the_agency_at_department_level():
    text = ("黔南州气象部门2023年政府信息公开工作年度报告\n一、总体情况\n2023年,全州气象部门围绕防灾减灾做好"
            "预警信息发布。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "黔南州气象部门"
    assert fact(r, "doc.level") == "department"


def test_a_system_as_the_openings_subject_is_read_but_words_for_departments_in_general_are_not():
    text = ("一、总体情况\n2022年,普洱市气象部门深入落实《条例》要求,做好天气预报和灾害预警信息公开。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "普洱市气象部门"
    # (相关部门, 财政地税部门 without a place: no body's name; the text speaks as 我局 and names none)
    text = ("一、总体情况\n2015年,结合财税部门工作实际,我局信息公开工作有序开展,相关部门积极配合。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    text = ("一、总体情况\n2022年,普洱市相关部门认真落实《条例》,我局按要求报送信息。\n" + PARTS)
    assert fact(parse(text), "doc.agency") is None


# ---------------------------------------------------------------------------- names wrapped by a page's layout

def test_a_title_whose_name_a_narrow_page_wrapped_onto_two_lines_keeps_the_whole_name():
    text = ("绵阳市住房和城乡\n建设局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我局坚持依法公开。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "绵阳市住房和城乡建设局"
    assert fact(r, "doc.level") == "department"
    # a line above that ends as a whole name ends (a site's government) is no first part (A4); a bare city over a
    # name that opens with no place is that name's place, cut off (A54, a21-agency: the lead's rule, whole or none)
    text = ("绵阳市人民政府\n教育局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我局坚持依法公开。\n" + PARTS)
    assert fact(parse(text), "doc.agency") != "绵阳市人民政府教育局"
    text = ("绵阳市\n教育局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我局坚持依法公开。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "绵阳市教育局"


def test_a_compilers_name_cut_by_a_line_break_is_joined():
    text = ("本报告由绵阳市住房和城乡建设\n局编制,所列数据的统计期限为2022年1月1日至12月31日。\n"
            "一、总体情况\n2022年,我局坚持依法公开。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "绵阳市住房和城乡建设局"
    # a PDF's space inside the name, the year's work summed up between the name and the verb
    text = ("本报告根据《条例》的要求,由绵阳市住房和城乡建设 局综合全年信息公开情况编制而成。\n"
            "一、概述\n2019年,我局不断加大信息公开力度。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "绵阳市住房和城乡建设局"


# ------------------------------------------------------------------ a bare 旗政府 as the subject, in its own voice

def test_a_bare_banner_government_as_the_subject_of_a_text_in_the_banners_voice_is_the_generic_name():
    text = ("根据《条例》要求,特向社会公布我旗2022年度政府信息公开工作年度报告。\n一、总体情况\n"
            "2022年,旗政府始终坚持以公开为常态,我旗各部门积极配合。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "旗政府"
    assert fact(r, "doc.level") == "county"


def test_a_places_units_together_are_no_body():
    # "某旗各苏木镇": each of the banner's townships, not one of them (the base read a township here)
    text = ("一、总体情况\n2022年,旗政府坚持依法公开政府信息,鄂托克前旗各苏木镇积极配合。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") != "township"


# -------------------------------------------- a generic title against a longer form read inside a phrase (A11/A17)

def test_a_generic_titles_name_stands_against_a_longer_form_the_body_names_only_inside_a_phrase():
    text = ("市气象局2018年政府信息公开工作报告\n今年以来,市气象局认真落实《条例》,紧抓黄山市气象局政务公开"
            "责任清单,推进我局信息公开。\n一、总体情况\n我局依法公开。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "市气象局"


# ---------------------------------------------------- courts, congresses, national institutes, companies, hospitals

def test_courts_procuratorates_congresses_and_cppcc_offices_have_no_level_of_the_contracts():
    cases = {
        "本报告根据《条例》要求,由钦州市中级人民法院编制。\n一、总体情况\n2012年,我院依法公开审务信息。\n" + PARTS:
            "钦州市中级人民法院",
        "本报告由灵璧县人民检察院编制。\n一、总体情况\n2020年,我院推进检务公开。\n" + PARTS: "灵璧县人民检察院",
        # a congress's notice asking for comments, signed by its general office
        "关于某条例草案公开征求意见的公告\n草案已经两次审议,现向社会公开征求意见,意见请于6月1日前寄至市人大法制委。"
        "\n\n泉州市人大常委会办公厅\n\n2019年5月6日\n": "泉州市人大常委会办公厅",
    }
    for text, name in cases.items():
        r = parse(text)
        assert fact(r, "doc.agency") == name
        assert fact(r, "doc.level") == "unknown"


def test_a_national_institutes_branch_is_named_though_a_city_sits_inside_its_name():
    text = ("中国科学院广州分院机关信息公开工作2022年度报告\n根据《条例》规定,现公布中国科学院广州分院2022年度"
            "信息公开工作报告。\n一、概述\n2022年,广州分院做好信息发布。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "中国科学院广州分院"


def test_a_company_under_a_provinces_short_name_signing_its_notice_is_the_agency():
    text = ("因供水成本上升,现将我司2023年经营成本公示如下。\n附件:城市供水企业成本费用表\n"
            "浙江清源供水股份有限公司\n2024年3月8日\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "浙江清源供水股份有限公司"
    assert fact(r, "doc.level") == "unknown"


def test_a_hospital_in_a_blank_county_gives_no_county_level():
    text = ("本年度报告根据《条例》要求,由xx县人民医院编制完成。如有疑问,请联系xx县人民医院办公室。\n"
            "一、概述\n2023年,我院重视政府信息公开工作。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") != "county"

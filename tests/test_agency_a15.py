"""Who reports, at which level and for which period (issue 12, a15-agency): the classes a14 left open and the ones 60
new real page openings showed (autonomous regions and leagues, parks and zones, vertical bureaus, public enterprises,
colleges' two-year 年度). Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from tests.parse_support import fact, parse

PARTS = ("二、主动公开政府信息情况\n本年共主动公开信息84条。\n三、收到和处理政府信息公开申请情况\n"
         "本年收到公开申请2件,均已答复。\n"
         "四、政府信息公开行政复议、行政诉讼情况\n未发生复议和诉讼。\n"
         "五、存在的主要问题及改进情况\n栏目更新不够及时,明年将加强维护。\n")


# ------------------------------------------------------------------ provincial bodies written generically or with 城乡

def test_a_bare_autonomous_region_opening_a_department_is_province_level():
    # labelling A11 keeps the generic name; L5 gives a provincial department the level province
    text = ("一、总体情况\n2021年度,自治区审计厅紧紧围绕审计中心工作,持续推进政府信息公开,"
            "及时发布审计结果公告。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "自治区审计厅"
    assert fact(r, "doc.level") == "province"


def test_a_provincial_department_whose_name_holds_chengxiang_is_no_county_body():
    # 城乡 and 乡村 are words of the department's name, not a township below the province
    text = "省住房和城乡建设厅2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我厅坚持依法公开。\n" + PARTS
    assert fact(parse(text), "doc.level") == "province"
    text = ("宁夏回族自治区乡村振兴局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我局围绕巩固脱贫成果"
            "做好信息发布。\n" + PARTS)
    assert fact(parse(text), "doc.level") == "province"


def test_a_departments_voice_under_the_regions_party_committee_is_province_level():
    # no name anywhere: the level is the one the text speaks from (L4), a 厅 answering to 自治区党委、自治区政府
    text = ("2019年,我厅按照自治区党委、自治区政府关于政务公开的部署,扎实推进信息公开。\n"
            "一、本年度政府信息公开工作的基本情况\n我厅明确由办公室牵头负责日常工作。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "province"


# ------------------------------------------------------------------------------------- parks, zones and their offices

def test_a_parks_committee_is_a_department_whatever_county_opens_its_name():
    # labelling L15 (a park's committee is a department); a zone's own committee stays county (L8)
    park = "蓬溪县工业园区管理委员会2023年政府信息公开工作年度报告\n一、总体情况\n2023年,园区依法公开信息。\n" + PARTS
    zone = "蓬溪县经济开发区管理委员会2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我委依法公开信息。\n" + PARTS
    assert fact(parse(park), "doc.level") == "department"
    assert fact(parse(zone), "doc.level") == "county"


def test_a_zone_committee_with_any_second_name_in_brackets_is_county_level():
    text = ("2021年政府信息公开工作年度报告\n武宁经开区(滨湖)管委会\n一、总体情况\n2021年,武宁经开区(滨湖)管委会"
            "按照区政府的部署开展信息公开工作。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "武宁经开区(滨湖)管委会"
    assert fact(r, "doc.level") == "county"


def test_a_zone_office_under_the_zones_compiling_clause_gives_way_to_its_committee():
    # the report is compiled from the zone's work; the committee's office is only the first sentence's subject
    text = ("本年报根据《中华人民共和国政府信息公开条例》,结合2020年高新区政府信息公开工作实际编制而成。\n"
            "一、总体情况\n2020年,青湾高新区管委会办公室政务公开工作按照年初的工作要点推进,成效明显。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青湾高新区管委会"
    assert fact(r, "doc.level") == "county"
    # a committee office that names itself in the title as the reporter keeps its name (labelling A24)
    titled = ("青湾高新区管委会办公室2020年政府信息公开工作年度报告\n"
              "本年报结合2020年高新区政府信息公开工作实际编制而成。\n"
              "一、总体情况\n2020年,办公室认真落实工作要点。\n" + PARTS)
    assert fact(parse(titled), "doc.agency") == "青湾高新区管委会办公室"


def test_a_customs_district_is_its_customs_a_national_bodys_branch():
    text = ("黄埔海关关区2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,梳理编制本年报。\n"
            "一、总体情况\n2022年,黄埔海关持续推进政务公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "黄埔海关关区"
    assert fact(r, "doc.level") == "unknown"  # (a vertically managed national body's branch: L41, revised a52)


# ------------------------------------------------------------------------------ governments' offices of other kinds

def test_a_leagues_administrative_office_reporting_for_itself_keeps_its_office():
    # a 行政公署 is a government: its office is kept as a government's office is (labelling A5, L1)
    text = ("锡林郭勒盟行政公署办公室2024年政府信息公开工作年度报告\n一、总体情况\n2024年,盟行署办公室依法受理"
            "公开申请,按时答复。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "锡林郭勒盟行政公署办公室"
    assert fact(r, "doc.level") == "department"


# ------------------------------------------------------------------------------------------------ which naming

def test_a_township_government_named_with_its_organs_in_brackets_is_the_government():
    # the publishing sentence is the first naming (no title); "(机关)" is the body's own organs, not a second name
    text = ("根据《中华人民共和国政府信息公开条例》,特向社会公布2020年度白沙镇政府(机关)信息公开年度报告。\n"
            "一、总体情况\n白沙镇按照上级统一部署抓好落实,成立了我镇信息公开工作小组。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "白沙镇政府"
    assert fact(r, "doc.level") == "township"
    # a national administration reporting on its own organs only (本级机关): the administration
    text = ("海关总署(本级机关)2021年政府信息公开工作年度报告\n本报告梳理2021年度海关总署(本级机关)政府信息公开工作"
            "情况编制而成。\n一、总体情况\n2021年,海关总署坚持依法公开。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "海关总署"


# ---------------------------------------------------------------------------------------- a school's two-year 年度

def test_a_schools_two_year_nian_du_in_the_body_is_its_academic_year_over_a_one_year_title():
    text = ("2024年度信息公开工作年报\n发布单位:办公室\n"
            "2023—2024年度,青禾城建职业学院贯彻《高等学校信息公开办法》,按照《2023—2024年度本市高校信息公开评议"
            "方案》的要求,结合我校2023—2024年度工作实际,现将本年度信息公开工作报告如下:\n一、概述\n学校坚持以公开为"
            "常态。\n")
    r = parse(text)
    assert fact(r, "doc.year") == 2023
    assert fact(r, "doc.period") == "2023-2024"
    assert fact(r, "doc.period_mismatch")


def test_a_two_year_range_only_inside_another_documents_title_is_not_the_schools_year():
    # the range sits only in the province's evaluation plan (《…》): the title's year stands
    text = ("2024年度信息公开工作年报\n按照《2023—2024年度本省高校信息公开评议工作方案》的要求,我校编制本报告。"
            "2024年,学校坚持以公开为常态。\n一、概述\n学校完善信息公开制度。\n")
    r = parse(text)
    assert fact(r, "doc.year") == 2024
    # and the same school writing its own range outside the title's brackets reads it (fails before a15)
    own = text.replace("我校编制本报告", "结合我校2023—2024年度工作实际编制本报告")
    assert fact(parse(own), "doc.period") == "2023-2024"


# -------------------------------------------------------------------------------------------------------- kind

def test_a_numbered_part_ending_in_zhidu_is_not_the_pages_title():
    text = ("根据《中华人民共和国政府信息公开条例》规定,现发布《渝北区烟草专卖局2021年政府信息公开工作年度报告》。"
            "本报告中所列数据的统计期限自2021年1月1日起,至2021年12月31日止。\n一、总体情况\n"
            "(一)健全完善公开制度\n结合工作实际,修订了本局信息公开工作办法。\n" + PARTS)
    assert fact(parse(text), "doc.kind") == "government_annual"


# ------------------------------------------------------------------------------------------------ public enterprises

def test_a_public_enterprise_under_a_known_places_name_is_the_agency_with_no_level():
    # labelling L16: the contract lists no level for an enterprise (as for a hospital)
    text = ("2024年,德清县水务集团有限公司严格落实《中华人民共和国政府信息公开条例》和本县政务公开工作要求。\n"
            "一、总体情况\n(一)主动公开情况。集团在县政府信息公开平台主动公开信息43条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "德清县水务集团有限公司"
    assert fact(r, "doc.level") == "unknown"
    # a company that names no known place is no agency (a spam mirror's or a vendor's)
    vendor = text.replace("德清县水务集团有限公司", "宏远网络科技有限公司")
    assert fact(parse(vendor), "doc.agency") is None

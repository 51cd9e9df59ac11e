"""Who reports and at which level (issue 12, a11-agency): the classes that 41 new real page openings showed the
parser missing — a township that names itself once inside a sentence, a school that names itself only through its own
rules or the year of work a report is compiled from, a disclosure guide's own title, a name glued to the words before
a 《, a contact line's full name where the text keeps to a generic form, a department that names itself only through
its website, a government office speaking as its whole area, a national office's short name. Every text is invented
for the test; the places and bodies are made up or generic, the evidence and the cases that must stay are checked.
"""

from __future__ import annotations

from tests.parse_support import fact, parse

PARTS = ("二、主动公开政府信息情况\n全年主动公开信息64条。\n三、依申请公开政府信息情况\n本年度未收到公开申请。\n"
         "四、政府信息公开的收费及减免情况\n未收取任何费用。\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。\n"
         "六、存在的主要问题及改进措施\n公开内容还不够丰富，下一步将加强培训。\n")


# ---------------------------------------------------------------- a township named once, inside a sentence


def test_a_township_named_once_in_a_clause_of_its_own_report_is_the_agency():
    text = ("依照《中华人民共和国政府信息公开条例》规定，现将我乡2013年度政府信息公开工作情况报告如下。\n"
            "一、概述\n我乡成立了信息公开工作小组，由分管副乡长牵头。\n" + PARTS +
            "七、其他\n2013年，桂溪乡没有发生因信息公开引起的投诉。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "桂溪乡"
    assert "桂溪乡没有发生" in r.facts["doc.agency"].evidence
    assert fact(r, "doc.level") == "township"


def test_a_street_office_named_after_a_full_stop_in_its_own_voice():
    text = ("一、总体情况\n本年度我街道围绕辖区群众关心的事项推进公开工作。龙湾街道全年在区政府网站公开信息212条，"
            "并通过社区公示栏同步公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "龙湾街道"
    assert fact(r, "doc.level") == "township"


def test_two_townships_named_in_clauses_name_no_one():
    # a town's report that also names a neighbour it worked with: which one reports is not said
    text = ("一、概述\n2018年，我镇认真落实《条例》。\n二、主动公开情况\n全年，石门镇公开信息58条；"
            "清平镇派员参加了联合宣讲。\n三、依申请公开情况\n未收到申请。\n四、收费情况\n无。\n五、复议诉讼情况\n无。\n")
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "township"  # the voice still says so (L4)


def test_a_township_word_inside_a_phrase_is_no_name():
    # "要求全乡" / "统一负责镇…" / "分管乡长": words around the unit, not a township's name
    text = ("一、概述\n2020年，我乡进一步明确职责。要求全乡干部学习《条例》，"
            "党政办统一负责镇村公开栏的更新。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "township"


def test_a_street_office_as_the_object_of_a_verb_is_no_name():
    # "…均接受街道年终考核": the street office the staff answer to, after a verb, not a name before 街道
    text = ("一、总体情况\n本年度我街道共公开信息40条。\n二、人员情况\n2019年度街道配备专职人员2名，负责网站维护，"
            "均参加街道年度考核，结果良好。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "township"


def test_a_township_named_in_a_clause_without_the_townships_voice_is_not_taken():
    # a county bureau's report naming a township where it inspected: the bureau speaks as 我局, not 我镇
    text = ("一、总体情况\n2019年，我局主动公开信息73条。\n二、其他\n3月，白石镇开展了政务公开现场检查。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "department"


# ---------------------------------------------------------------- a school named only by its rules or its year


def test_a_school_named_only_by_its_own_guide_and_rules():
    text = ("按照上级有关文件要求，我校对本学年信息公开情况进行了梳理，形成本报告。"
            "统计时间为2020年9月1日至2021年8月31日。\n"
            "一、信息公开工作概述\n学校落实《沧澜理工学院信息公开工作指南》《沧澜理工学院信息公开保密审查办法》，"
            "党政办公室负责日常工作。\n二、主动公开情况\n学校在信息公开网公开招生、财务等信息。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "沧澜理工学院"
    assert fact(r, "doc.level") == "university"


def test_an_academys_rules_name_no_school():
    # a school under an academy follows the academy's rules: 某科学院 is the body above it, not the reporting school
    text = ("根据《高等学校信息公开办法》，现将本学年信息公开工作情况报告如下。\n"
            "一、概述\n学校严格执行《东海科学院信息公开工作管理办法》，由党政办公室统筹信息公开。\n"
            "二、主动公开情况\n学校在信息公开网公开招生、财务等信息。\n")
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "university"


def test_the_genres_own_rules_name_no_school():
    # 《高等学校信息公开办法》 is the rule every school follows, not a school's own
    text = ("根据《高等学校信息公开办法》和《高等学校信息公开事项清单》，我校编制了本学年度报告。\n"
            "一、概述\n2021-2022学年，学校持续推进信息公开。\n")
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "university"


def test_a_school_named_by_the_year_of_work_the_report_is_compiled_from():
    text = ("本报告依据《高等学校信息公开办法》要求，结合北岭师范学院2022-2023学年信息公开工作开展情况编制，"
            "统计期间为2022年9月1日至2023年8月31日。\n一、概述\n2022-2023学年，我校坚持以公开为常态。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "北岭师范学院"
    assert "结合北岭师范学院" in r.facts["doc.agency"].evidence


# ---------------------------------------------------------------- a disclosure guide and its own title


def test_a_guides_title_line_names_its_issuer_as_written():
    text = ("政府信息公开 规章库\n\n石桥镇政务信息公开指南\n\n根据《中华人民共和国政府信息公开条例》，本镇编制了"
            "《石桥镇人民政府信息公开指南》。\n一、主动公开\n本镇主动公开的信息范围详见目录。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "石桥镇"  # the title's form (docs/labelling.md A3)
    assert fact(r, "doc.level") == "township"


def test_a_guide_title_with_the_governments_name():
    text = "\n黄岭乡人民政府信息公开指南\n为方便公民获取本乡的政府信息，特编制本指南。\n一、主动公开\n详见目录。\n"
    r = parse(text)
    assert fact(r, "doc.agency") == "黄岭乡人民政府"


def test_a_name_never_runs_across_a_titles_bracket():
    # "…向社会公开的内容具体参见《…》": the words before the 《 are no part of the name
    text = ("\n为方便公众获取信息，特编制本指南。\n一、主动公开\n"
            "本政府主动向社会公开的内容具体参见《云台镇人民政府信息公开目录》。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "云台镇人民政府"


# ---------------------------------------------------------------- a contact line against the text's generic form


def test_a_contact_lines_full_name_gives_way_to_the_generic_form_the_text_uses():
    text = ("根据《条例》规定，特向社会公布2014年度本机关政府信息公开工作年度报告。如对本报告有疑问，请与"
            "临川市政府办公室联系（电话：0000-1234567）。\n一、概述\n本单位调整了信息公开领导小组。"
            "认真做好市政府办公室主动公开信息的审核工作。\n二、主动公开政府信息情况\n2014年全年，市政府办公室共发布"
            "主动公开信息88件。\n三、依申请公开情况\n未收到申请。\n四、收费情况\n无。\n五、复议诉讼情况\n无。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "市政府办公室"  # A11: generic as the text writes it
    assert fact(r, "doc.level") == "department"


def test_a_contact_lines_name_stays_when_the_text_never_writes_the_generic_form():
    text = ("根据《条例》规定，特向社会公布2014年度本机关政府信息公开工作年度报告。如对本报告有疑问，请与"
            "临川市政府办公室联系。\n一、概述\n本单位调整了信息公开领导小组。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "临川市政府办公室"


# ---------------------------------------------------------------- a department named by its own website


def test_an_office_named_only_by_its_website_in_its_own_voice():
    text = ("根据市政府办公室的通知要求，现将我办2011年度政府信息公开情况报告如下。\n"
            "一、加强领导\n我办调整了领导小组。\n"
            "二、主动公开政府信息情况\n2011年，我办在市政府门户网站和编委办网站主动公开信息31条。\n"
            + PARTS[PARTS.index("三、"):])
    r = parse(text)
    assert fact(r, "doc.agency") == "编委办"  # generic as written (A11)
    assert fact(r, "doc.level") == "department"


def test_another_bodys_website_under_another_voice_is_not_the_agency():
    # a township's report that mentions a county bureau's site: the bureau is not the reporter
    text = ("一、概述\n2016年，我镇在县政府网站和县农业局网站公开惠农补贴信息。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "township"


# ---------------------------------------------------------------- L2: an office speaking as its area


def test_an_office_named_as_the_reports_owner_but_speaking_as_the_county_has_the_countys_level():
    text = ("根据《条例》的规定，现公布安平县人民政府办公室2012年政府信息公开工作年度报告。\n一、概述\n"
            "2012年，在县委、县政府的领导下，紧紧围绕全县中心工作推进公开。我县明确政府办公室为全县政府信息公开工作的"
            "主管部门。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "安平县人民政府办公室"  # named as the report's owner
    assert fact(r, "doc.level") == "county"  # L2: whose work the text covers


def test_an_office_that_also_speaks_as_itself_stays_a_department():
    text = ("根据《条例》的规定，现公布安平县人民政府办公室2012年政府信息公开工作年度报告。\n一、概述\n"
            "2012年，我办围绕全县中心工作推进公开，我县各部门积极配合。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.level") == "department"


def test_a_county_office_speaking_as_a_city_keeps_its_own_level():
    # a county's office whose text speaks as 我市 (a city's voice): not its own area, nothing changes
    text = ("根据《条例》的规定，现公布安平县人民政府办公室2012年政府信息公开工作年度报告。\n一、概述\n"
            "2012年，我市各部门推进公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.level") == "department"


# ---------------------------------------------------------------- L7: a national office's short name


def test_a_national_offices_short_name_has_no_level_of_the_contract():
    text = ("2015年度国务院侨办政府信息公开工作报告\n"
            "根据《条例》要求，特向社会公布2015年度国务院侨办政府信息公开报告。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "国务院侨办"
    assert fact(r, "doc.level") == "unknown"


# ---------------------------------------------------------------- a zone that calls itself by its kind


def test_a_zone_calling_itself_by_its_kind_gives_way_to_its_full_name_in_its_own_guide():
    text = ("2021年，开发区坚持依法行政，推进政务公开。\n一、总体情况\n（一）主动公开\n全年开发区网站发布信息640条。\n"
            "（二）政府信息管理\n修订了《梧岗经济技术开发区政府信息公开指南》。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "梧岗经济技术开发区"
    assert fact(r, "doc.level") == "county"  # a development zone (L8)


def test_a_zone_named_only_by_its_kind_stays_as_written():
    # the authority keeps a bare 高新区 when the text gives nothing longer (docs/labelling.md A8)
    text = "2015年，高新区认真贯彻《条例》，推进信息公开。\n一、总体情况\n全年主动公开信息40条。\n" + PARTS
    r = parse(text)
    assert fact(r, "doc.agency") == "高新区"
    assert fact(r, "doc.level") == "county"

"""Who reports, and at which level (issue 12, a14-agency): the classes that 114 more real page openings (two thirds of
them tuned) showed, each with a form that must stay as it was. Every text is invented for the test: the bodies are
made up, the wording around them is this file's own.
"""

from __future__ import annotations

from tests.parse_support import fact, parse

PARTS = ("二、主动公开政府信息情况\n全年新增主动公开信息57条。\n三、依申请公开政府信息情况\n"
         "全年收到公开申请1件,已按时答复。\n"
         "四、收费及减免情况\n未收取任何费用。\n五、行政复议、行政诉讼情况\n未发生。\n"
         "六、存在的主要问题及改进措施\n公开内容还不够全面,下一步将加强培训。\n")


# ------------------------------------------------- the compiling clause: the body's year of work, year before or after

def test_a_college_named_after_its_academic_year_in_the_compiling_clause_wins_over_a_garbled_contact():
    text = ("本报告依据《高等学校信息公开办法》和《高等学校信息公开事项清单》的要求,结合2018~2019学年青禾职业技术学院"
            "信息公开工作实际情况编制。所列数据的统计期限自2018年9月1日起至2019年8月31日止。如对报告有任何疑问,请与"
            "青禾职业技术学党政院办公室联系(电话:0000-1234567)。\n一、概述\n本学年,学校坚持以公开为常态、不公开为例外,"
            "进一步完善信息公开制度。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾职业技术学院"
    assert fact(r, "doc.level") == "university"


def test_a_universitys_college_named_before_its_academic_year_in_the_compiling_clause():
    text = ("本年度报告按照省教育厅关于做好高校信息公开年度报告工作的通知要求,根据青禾大学医学院2021-2022学年信息公开"
            "工作执行情况编制而成。报告中所列数据的统计期限自2021年9月1日起至2022年8月31日止。\n一、概述\n我院坚持"
            "以公开促规范,将信息公开作为推进学院治理的重要抓手。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾大学医学院"
    assert fact(r, "doc.period") == "2021-2022"


def test_the_work_of_all_townships_summed_up_in_the_clause_is_no_name():
    # "各乡镇" is the area's units, not a body; the bureau speaks as 我局 and names itself in the title
    text = ("云溪县水利局2020年政府信息公开工作年度报告\n本报告根据各乡镇2020年政务公开工作情况汇总编制。\n"
            "一、总体情况\n2020年,我局认真落实《条例》要求。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "云溪县水利局"


def test_the_area_a_compiler_sums_up_names_the_township():
    text = ("一、总体情况\n本年度报告根据《中华人民共和国政府信息公开条例》要求,汇总2020年度青枫乡的"
            "政府信息公开年度报告编制而成。报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。如有疑问,可与乡党政办联系。\n"
            "(一)概述\n2020年,我乡把政府信息公开工作摆在重要位置。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青枫乡"
    assert fact(r, "doc.level") == "township"


# ------------------------------------------------------------- the genre's rules and an office alone are no names

def test_a_national_rules_title_with_a_typo_is_no_colleges_name():
    text = ("第一章 总则\n第一条 为保障师生员工和社会公众依法获取学院信息,根据《中华人民共和国政府信息公开条例》"
            "和教育部《高等学院信息公开办法》的有关规定,结合我院实际,制定本办法。\n"
            "第二条 本办法所称信息,是指我院在开展办学活动和社会服务中产生、获取的信息。\n")
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "university"


def test_a_colleges_rules_in_its_own_voice_are_a_universitys():
    text = ("第一章 总 则\n第一条 为保障师生员工和社会公众依法获取学校信息,根据《高等学校信息公开办法》(教育部令第29号)"
            "等规定,结合学校工作实际,制定本实施细则。\n第二条 本细则所称信息,是指学校在办学活动中产生、获取的信息。\n")
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "university"


def test_an_office_alone_in_a_tables_last_cell_is_no_author():
    text = ("|\n工作任务\n|\n具体内容\n|\n责任部门\n|\n|\n推进政策公开\n|\n按季度公开惠民资金发放、"
            "社会救助等信息。\n|\n"
            "财政所、便民服务中心等\n|\n|\n强化解读回应\n|\n对本镇出台的文件同步开展解读,及时回应群众关切。\n|\n党政办公室\n|\n")
    assert fact(parse(text), "doc.agency") is None


# ---------------------------------------------------------- a township's office compiling for its government

def test_a_townships_office_compiling_leaves_the_titles_bare_township():
    # (a48 revises a14: the title's bare township stays, as the labels keep it; with no title the office's township
    # government is still the author, A1)
    text = ("青枫镇2021年政府信息公开工作年度报告\n发布时间:2022-01-10\n"
            "本年度报告根据《条例》要求,由青枫镇人民政府办公室编制。全文包括总体情况、主动公开政府信息情况等部分。\n"
            "一、总体情况\n2021年我镇共主动公开信息213条。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "青枫镇"
    assert fact(parse(text.split("\n", 1)[1]), "doc.agency") == "青枫镇人民政府"


def test_a_county_office_compiling_the_areas_report_leaves_the_county():
    text = ("云溪县2021年政府信息公开工作年度报告\n"
            "本年度报告由云溪县人民政府办公室组织编制。全文包括总体情况、主动公开政府信息情况等部分。\n"
            "一、总体情况\n2021年,全县共主动公开政府信息5210条。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "云溪县"


# --------------------------------------------------------------------------- the body's own plan and rules

def test_a_bureaus_own_plan_that_it_carries_out_names_it():
    text = ("一、总体情况\n2022年,我局认真落实上级政务公开工作部署,"
            "制定实施《云溪县应急管理局2022年政务公开工作实施方案》,加强组织领导,健全制度机制。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "云溪县应急管理局"
    assert fact(r, "doc.level") == "department"


def test_a_townships_own_rules_name_it_in_its_own_voice():
    text = ("根据《条例》的有关要求,我乡紧紧围绕党委、政府重点工作推进信息公开,现将2020年政府信息公开工作报告如下:\n"
            "一、工作完成情况\n(一)机构建设。成立了由乡长任组长的领导小组,制定了《青枫乡信息公开保密审查机制》等制度。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青枫乡"
    assert fact(r, "doc.level") == "township"


def test_a_townships_rules_in_a_countys_voice_name_no_one():
    text = ("根据《条例》要求,现将我县2020年政府信息公开工作情况报告如下:\n一、总体情况\n全县各乡镇普遍建立了制度,"
            "指导乡镇制定了《青枫乡信息公开保密审查机制》等制度。\n" + PARTS)
    assert fact(parse(text), "doc.agency") != "青枫乡"


# ------------------------------------------------------ names the resolver did not read: date first, brackets, crumbs

GOVERNMENT_BODY = ("一、总体情况\n2021年,我局认真落实《条例》要求,主动公开政府信息96条。\n二、依申请公开情况\n"
                   "全年未收到公开申请。\n三、行政复议、行政诉讼情况\n未发生。\n四、存在的主要问题及改进情况\n"
                   "部分栏目更新不够及时。\n")


def test_a_signature_with_its_date_before_the_name_on_one_line():
    text = ("根据《条例》规定,现将我镇2021年政府信息公开工作情况报告如下:\n" + GOVERNMENT_BODY.replace("我局", "我镇")
            + "\n2022年1月12日 青枫镇人民政府\n")
    assert fact(parse(text), "doc.agency") == "青枫镇人民政府"


def test_a_self_reference_with_the_name_in_brackets():
    text = ("根据《中华人民共和国政府信息公开条例》,特向社会公布本机关(云溪县水利局)"
            "2021年度政府信息公开工作年度报告。\n" + GOVERNMENT_BODY)
    r = parse(text)
    assert fact(r, "doc.agency") == "云溪县水利局"
    assert fact(r, "doc.level") == "department"


def test_a_title_kept_only_as_the_breadcrumbs_last_step():
    text = ("当前位置:首页 > 政务公开 > 年度报告 > 云溪县水利局2021年政府信息公开工作年度报告\n" + GOVERNMENT_BODY)
    assert fact(parse(text), "doc.agency") == "云溪县水利局"


def test_a_breadcrumbs_sections_and_owner_stay_no_author():
    text = ("当前位置:首页 > 部门信息公开 > 云溪县人民政府 > 年度报告\n" + GOVERNMENT_BODY)
    assert fact(parse(text), "doc.agency") is None


# -------------------------------------------------------------------- the year stated only inside the body

def test_the_year_of_work_named_after_the_texts_voice():
    text = ("一、总体情况\n本报告根据《条例》要求,结合我镇实际,从总体情况、主动公开政府信息情况等六个方面汇报我镇2023年"
            "政府信息公开工作。\n二、主动公开政府信息情况\n该部分以表格形式报告。\n")
    assert fact(parse(text), "doc.year") == 2023


def test_the_year_after_a_heading_run_on_in_one_line():
    text = ("云溪县林业局 |||||\n根据市府办文件要求,我局认真开展自查,现报告如下: 一、基本概况 2014年,我局认真实施"
            "政务信息公开办法,充实公开内容。 二、主动公开情况 一年来,我局主动公开信息312条。\n")
    assert fact(parse(text), "doc.year") == 2014


def test_a_plan_for_the_next_year_gives_no_year():
    text = ("根据市府办文件要求,现报告如下: 一、下步打算 2025年,我局将继续充实公开内容,完善工作机制。\n")
    assert fact(parse(text), "doc.year") is None

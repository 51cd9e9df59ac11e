"""Who reports and at which level, by docs/labelling.md (issue 12, a10-agency): the conventions the authority's labels
follow, where the parser did not yet — a government office writing up its whole area's work has the area's level
(L2), a name read from a weak source (a guide's title, a contact line) that only adds place prefixes to the name the
text uses itself gives way to that name (A4). Every text is written for the test; the value, its evidence or level and
the cases that stay as they were are all checked.
"""

from __future__ import annotations

from tests.parse_support import fact, parse

PARTS = ("二、主动公开情况\n全年主动公开政府信息120条。\n三、依申请公开情况\n全年未收到申请。\n"
         "四、收费及减免情况\n未收取任何费用。\n五、行政复议和行政诉讼情况\n无。\n")


# ---------------------------------------------------------------- L2: an office writing up the whole area's work


def test_a_county_office_reporting_the_countys_work_has_the_countys_level():
    text = ("2016年度政府信息公开工作汇报\n2016年，县政府办公室严格按照《中华人民共和国政府信息公开条例》要求，"
            "把政府信息公开作为建设法治政府的重要抓手，现将2016年我县政府信息公开工作汇报如下：\n"
            "一、全县政府信息公开情况\n2016年全县各部门密切配合，信息公开工作有序推进。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "县政府办公室"  # the name as the text gives it (seed-002-01's label)
    assert fact(r, "doc.level") == "county"
    assert "我县" in r.facts["doc.level"].evidence


def test_a_named_city_office_writing_up_the_citys_work_by_heading_has_the_citys_level():
    text = ("白沙市人民政府办公室2021年政府信息公开工作报告\n"
            "一、全市政府信息公开工作情况\n2021年，白沙市人民政府办公室统筹推进全市政务公开，各部门协同配合。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "白沙市人民政府办公室"
    assert fact(r, "doc.level") == "city"


def test_an_office_reporting_its_own_work_stays_a_department():
    # the office's own report (L1): 我办, its own disclosure, no write-up of the whole area
    text = ("白沙市人民政府办公室2021年政府信息公开工作年度报告\n一、总体情况\n"
            "2021年，我办认真贯彻《条例》，主动公开本机关政府信息。全市政务公开工作会议在我办召开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "白沙市人民政府办公室"
    assert fact(r, "doc.level") == "department"


def test_a_bureau_writing_up_the_countys_work_in_its_field_stays_a_department():
    # only a government's own office writes for the government; a bureau's 全县 is its field's
    text = ("青禾县教育局2019年政府信息公开工作总结\n现将2019年我县教育系统政府信息公开工作汇报如下：\n"
            "一、全县教育系统信息公开情况\n2019年，青禾县教育局主动公开信息86条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾县教育局"
    assert fact(r, "doc.level") == "department"


# ---------------------------------------------------------------- A4: a weak source's prefixes over the text's own name


def test_a_guides_name_with_the_city_before_it_gives_way_to_the_name_the_text_uses():
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》编制，结合我镇实际编制而成。\n一、总体情况\n"
            "2020年，我镇主动公开政府信息48条。一是在青禾区栖霞镇人民政府政务信息专栏及时公开；二是在青禾区栖霞镇"
            "人民政府公开栏张贴公开。修订完善《云岭市青禾区栖霞镇人民政府信息公开指南》和《云岭市青禾区栖霞镇人民"
            "政府信息公开目录》。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾区栖霞镇人民政府"
    assert fact(r, "doc.level") == "township"
    assert "指南" in r.facts["doc.agency"].evidence


def test_a_contact_lines_city_prefix_gives_way_to_the_name_the_text_uses():
    text = ("2022年，青禾区望江街道办事处严格落实《条例》，全年主动公开信息30条。\n"
            "2022年，青禾区望江街道办事处共受理申请2件。\n" + PARTS
            + "如有疑问，请联系云岭市青禾区望江街道办事处（地址：望江路8号）。\n")
    r = parse(text)
    assert fact(r, "doc.agency") in ("青禾区望江街道办事处", None)
    # the form the text uses itself, whatever the source that found it
    assert fact(r, "doc.agency") != "云岭市青禾区望江街道办事处"


def test_a_guides_name_stays_when_the_text_never_uses_a_shorter_form_on_its_own():
    text = ("本年度报告根据《条例》要求编制，结合我镇实际编制而成。\n一、总体情况\n2020年，我镇主动公开信息48条。"
            "修订完善《云岭市青禾区栖霞镇人民政府信息公开指南》，在云岭市青禾区栖霞镇人民政府网站公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "云岭市青禾区栖霞镇人民政府"


def test_a_shorter_form_used_only_once_does_not_replace_the_guides_name():
    text = ("本年度报告根据《条例》要求编制，结合我镇实际编制而成。\n一、总体情况\n2020年，我镇主动公开信息48条，"
            "在青禾区栖霞镇人民政府公开栏张贴。修订完善《云岭市青禾区栖霞镇人民政府信息公开指南》和《云岭市青禾区"
            "栖霞镇人民政府信息公开目录》。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "云岭市青禾区栖霞镇人民政府"


# ---------------------------------------------------------------- L9: a unit's final accounts titled with its name


def test_a_units_final_accounts_titled_with_spaced_year_are_the_units_level_over_a_whole_area_word():
    text = ("青禾区水利工程管理处 2021 年度决算公开说明 (目录) 第一部分:基本情况 一、部门主要职能 "
            "青禾区水利工程管理处负责组织指导全区中小河流的建设与管理工作。二、人员构成情况\n")
    r = parse(text)
    assert fact(r, "doc.level") == "department"
    assert "决算" in r.facts["doc.level"].evidence


def test_a_governments_final_accounts_have_the_governments_level():
    text = "青禾县人民政府2022年度决算公开\n一、基本情况\n全县一般公共预算收入完成情况如下。\n"
    r = parse(text)
    assert fact(r, "doc.level") == "county"


def test_a_budget_word_in_a_sentence_names_no_unit():
    text = ("2022年全区政务公开工作总结\n一、工作开展情况\n全区各部门认真做好预算公开工作，"
            "区财政局按时公开部门预算。\n")
    r = parse(text)
    assert fact(r, "doc.level") == "county"  # the whole area's voice, not a budget's unit


# ---------------------------------------------------------------- A11: a unit inside the body is not the body


def test_a_bureaus_inner_unit_as_a_sentences_subject_is_not_the_reporter():
    text = ("政务公开工作总结\n2010年，我局认真贯彻《政府信息公开条例》，推进公安工作公开。\n"
            "一、主要工作\n（一）将户政、治安等办事程序面向社会公开。证件管理处进一步满足群众新需求，细化急事急办内容。"
            "特警支队认真开展便民宣传。\n（二）将白沙市公安局已过时的规范性文件向社会公布。\n")
    r = parse(text)
    assert fact(r, "doc.agency") not in ("证件管理处", "特警支队")
    assert fact(r, "doc.level") == "department"


def test_a_placed_unit_ending_in_chu_is_still_a_name():
    text = ("2021年，青禾区河道管理处认真贯彻《条例》，主动公开政府信息25条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾区河道管理处"


# ---------------------------------------------------------------- the body's own report, sent up under its name


NO_TITLE = ("根据《中华人民共和国政府信息公开条例》要求，现公布2012年我局政府信息公开工作年度报告。\n一、概述\n"
            "2012年，我局认真贯彻《条例》，主动公开信息40条。")


def test_the_bodys_own_report_it_sends_up_names_it():
    text = NO_TITLE + "我局按要求上报《白沙市审计局落实政府信息公开条例自查情况报告》，通过自查发现问题。\n" + PARTS
    r = parse(text)
    assert fact(r, "doc.agency") == "白沙市审计局"
    assert fact(r, "doc.level") == "department"


def test_a_document_of_another_kind_of_body_names_no_one():
    # 我局 sends up a report under a government's name: not its own
    text = NO_TITLE + "我局按要求上报《白沙市人民政府落实政府信息公开条例自查情况报告》的有关材料。\n" + PARTS
    r = parse(text)
    assert fact(r, "doc.agency") is None


def test_a_document_the_body_follows_names_no_one():
    text = NO_TITLE + "我局按照《国家统计局关于做好政府信息公开自查工作的报告》要求开展自查。\n" + PARTS
    r = parse(text)
    assert fact(r, "doc.agency") is None


# ---------------------------------------------------------------- a guide's scope: whose information it helps find


GUIDE_BODY = ("一、信息分类和编排体系\n（一）组织机构。\n（二）部门文件。\n二、获取形式\n（一）主动公开。\n"
              "本机关主动公开的政府信息范围，详见公开目录。\n")


def test_a_guide_that_helps_find_a_governments_information_names_that_government():
    # with no title line, the guide's scope names its issuer
    text = ("为了更好地提供政府信息公开服务，方便公众快速、准确查找"
            "白沙市人民政府及办公厅依法公开的政府信息，根据《中华人民共和国政府信息公开条例》的规定，制定本指南。\n"
            + GUIDE_BODY)
    r = parse(text)
    assert fact(r, "doc.agency") == "白沙市人民政府"
    assert fact(r, "doc.level") == "city"


def test_a_guides_own_title_with_a_bare_place_keeps_it_over_its_scope():
    # under its own title "白沙市政府信息公开指南", the bare place as written (labelling A273, a44: 9 of 9 blind
    # labels of guides titled so)
    text = ("白沙市政府信息公开指南\n（2020年12月）\n为了更好地提供政府信息公开服务，方便公众快速、准确查找"
            "白沙市人民政府及办公厅依法公开的政府信息，根据《中华人民共和国政府信息公开条例》的规定，制定本指南。\n"
            + GUIDE_BODY)
    r = parse(text)
    assert fact(r, "doc.agency") == "白沙市"
    assert fact(r, "doc.level") == "city"


def test_the_same_words_in_a_report_name_no_one():
    # only a guide says whose information it serves; a report's sentence about the public is no issuer
    text = ("2020年政务公开工作情况\n为方便公众查找白沙市人民政府依法公开的政府信息，我们优化了网站栏目。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") != "白沙市人民政府"


def test_the_bodys_own_working_group_named_in_its_own_voice_names_it():
    text = ("一、总体情况\n根据《条例》要求，现将我局2021年政府信息公开工作情况报告如下：\n（一）加强组织领导。"
            "我局成立了由局长任组长，分管领导任副组长，各股室负责人为成员的青禾县林业局政府信息公开工作领导小组，下设办公室。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾县林业局"
    assert fact(r, "doc.level") == "department"


def test_a_group_of_another_kind_of_body_names_no_one():
    # 我局 takes part in the government's group: not its own
    text = ("一、总体情况\n根据《条例》要求，现将我局2021年政府信息公开工作情况报告如下：\n（一）加强组织领导。"
            "我局成立了工作专班，配合青禾县人民政府政务公开领导小组开展工作。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None


# ---------------------------------------------------------------- fresh pages (a10-agency/pages): forms not yet read


def test_a_short_form_the_text_declares_stands_for_the_full_name():
    text = ("县妇联政府信息公开工作年度报告\n2022年，青禾县妇女联合会（以下简称“县妇联”）在县委、县政府领导下，"
            "认真贯彻《条例》。现将2022年度县妇联政府信息公开工作年度报告如下：\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾县妇女联合会"
    assert fact(r, "doc.level") == "department"


def test_a_short_form_with_no_declaration_stays_generic():
    text = ("县妇联政府信息公开工作年度报告\n2022年，县妇联在县委、县政府领导下，认真贯彻《条例》，"
            "主动公开信息12条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") in (None, "县妇联")


def test_compiling_the_places_report_names_the_place():
    text = ("根据《中华人民共和国政府信息公开条例》的规定，编制白山彝族自治州2023年政府信息公开工作年度报告。"
            "本报告统计数据时间段：2023年1月1日至2023年12月31日。\n一、总体情况\n全州主动公开各类政府信息5236条。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "白山彝族自治州"
    assert fact(r, "doc.level") == "city"


def test_compiling_a_guide_names_no_one():
    text = ("根据《条例》的规定，编制本机关政府信息公开指南和目录，并在网站公开。\n一、总体情况\n"
            "全年主动公开信息52条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None


def test_the_report_says_whose_work_it_covers():
    text = ("根据《条例》的有关要求，特编制本报告。\n"
            "本报告内容主要为白山州人民政府办公厅2012年度的政府信息公开工作情况。州直属各县市人民政府及州政府各部门的年度报告由各县市、各部门自行公布。\n一、概述\n2012年办公厅信息公开工作"
            "稳步推进。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "白山州人民政府办公厅"
    assert fact(r, "doc.level") == "department"


def test_a_byline_under_the_title_names_the_reporter():
    text = ("政府信息公开工作年度报告\n青禾经开区管委会\n2026年1月8日\n一、总体情况\n"
            "2025年，青禾经济开发区管委会深入贯彻《条例》，依法依规办理各项政府信息公开工作。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾经开区管委会"
    assert fact(r, "doc.level") == "county"  # a development zone's own 管委会 (docs/labelling.md L8)


def test_a_byline_with_the_bodys_second_name_in_brackets_names_the_reporter():
    text = ("政府信息公开工作年度报告\n青禾经开区管委会(白鹭商务区管委会)\n2026年1月8日\n一、总体情况\n"
            "2025年，青禾经济开发区管委会(白鹭商务区管委会)深入贯彻《条例》，依法办理各项政府信息公开工作。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾经开区管委会(白鹭商务区管委会)"
    assert fact(r, "doc.level") == "county"


def test_a_document_librarys_file_name_is_no_title_and_the_notice_names_its_issuer():
    text = ("区府办信息公开报告\n- 格式:doc\n- 大小:26.50 KB\n- 文档页数:2\n"
            "白沙市人民政府办公室关于印发《进一步加强政府信息公开工作的意见》的通知【制定机关】白沙市人民政府办公室"
            "【字号】白府办〔2011〕65号正文各镇人民政府(街道办事处),市府直属各单位:《进一步加强政府信息公开工作的意见》"
            "业经市人民政府同意,现印发给你们,请认真贯彻执行。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "白沙市人民政府办公室"
    assert fact(r, "doc.level") == "city"  # a notice the office issues for its government (L2)


def test_a_document_librarys_generic_file_name_alone_names_no_one():
    text = ("区府办信息公开报告\n- 格式:doc\n- 大小:26.50 KB\n- 文档页数:2\n"
            "2011年，我区进一步加强政府信息公开工作，主动公开信息320条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None


def test_a_notice_cited_in_a_sentence_names_no_issuer():
    text = ("2021年政务公开工作总结\n根据《白沙市人民政府办公室关于印发政务公开工作要点的通知》要求，我局扎实推进"
            "政务公开工作，主动公开信息56条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") != "白沙市人民政府办公室"


def test_the_bodys_own_rules_it_set_up_name_it_over_a_generic_subject():
    # (a name of six characters or fewer whose place is not in the division table counts as generic: the invented
    # place needs a longer name)
    text = ("一、总体情况\n2020年，紧紧围绕社会关注的教育热点公开信息202条。\n（一）加强组织领导。市教育体育局高度重视"
            "信息公开工作，明确专人负责。\n（二）健全工作制度。建立了《白沙市教育体育局网上信息公开审查制度》、"
            "《白沙市教育体育局信息公开保密制度》等工作制度。\n（三）拓展平台。2020年，我局充分利用网站及时发布信息。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "白沙市教育体育局"


def test_rules_of_the_government_above_name_no_one():
    text = ("一、总体情况\n2020年，我局认真贯彻落实《白沙市人民政府信息公开保密制度》，公开信息202条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None


# ---------------------------------------------------------------- L9: a unit's final accounts name their unit


def test_a_departments_final_accounts_titled_with_its_name_name_it():
    text = ("2022年度青禾县审计局\n部门决算公开\n目 录\n第一部分 部门概况\n一、主要职能、职责\n"
            "二、部门机构设置及决算单位构成情况\n第二部分 2022年度部门决算情况说明\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾县审计局"
    assert fact(r, "doc.level") == "department"


def test_a_budget_heading_inside_a_report_names_no_unit():
    text = ("2022年政府信息公开工作年度报告\n一、总体情况\n部门预算公开情况良好，全年公开信息45条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None


def test_a_governments_working_rules_titled_with_its_name_name_it():
    text = ("返回顶部\n\n青禾县人民政府工作规则\n\n发文字号: 青政发〔2024〕7号\n\n青禾县人民政府工作规则\n\n"
            "第一章总则\n\n一、根据《地方各级人民代表大会和地方各级人民政府组织法》，结合本县实际，制定本规则。\n二、县政府工作的指导思想是"
            "依法行政。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾县人民政府"
    assert fact(r, "doc.level") == "county"


def test_rules_cited_in_a_sentence_name_no_one():
    text = ("2023年政务公开工作总结\n我局严格执行县政府工作规则，主动公开信息32条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None


def test_the_region_of_a_name_after_a_year_and_du_holds_no_du():
    # "2022年度某自治区某市审计局": 度 belongs to 年度, not to the region's first place
    from engine.parse.region import find_region

    text = "2022年度青禾自治区白鹭市审计局\n部门决算公开\n目 录\n第一部分 部门概况\n"
    assert find_region(text, "青禾自治区白鹭市审计局", "标题")[0] == "青禾自治区"
    assert find_region("今年青禾县白鹭镇人民政府认真贯彻条例。", "白鹭镇人民政府", "")[0] == "青禾县"

"""Who reports, at which level, and what the page is (issue 12, a13-audit): the classes that 127 more real page
openings (two thirds of them tuned) showed at least twice, each with the forms that must stay as they were. Every
text is invented for the test: the bodies are made up (places that must be known divisions are real ones, with
invented wording around them).
"""

from __future__ import annotations

from tests.parse_support import fact, parse

PARTS = ("二、主动公开政府信息情况\n本年度新增主动公开信息41条。\n三、依申请公开政府信息情况\n全年收到公开申请2件"
         ",均已答复。\n"
         "四、收费及减免情况\n未收取费用。\n五、行政复议、行政诉讼情况\n未发生。\n"
         "六、存在的主要问题及改进措施\n栏目更新还不够及时,下一步将明确专人负责。\n")


# ---------------------------------------------------------------- kind: the statutory title over a page cut short

OVERVIEW_ONLY = ("  •   一、总体情况\n"
                 "  •   2023年,市林业局认真贯彻落实《中华人民共和国政府信息公开条例》,对涉及群众切身利益的政府信息,"
                 "按照及时、便民的原则主动公开。全年通过市政府门户网站、局网站主动公开政府信息312条,通过微信公众号"
                 "发布信息508条,办理网民留言19件。\n")


def test_a_statutory_title_under_a_sites_banner_makes_a_cut_page_the_report():
    # the page keeps only the overview of the report; its title sits below the site's banner and breadcrumb
    text = ("无障碍版 长者助手\n您当前的位置: 首页 >政务公开 > 公告公示\n\n"
            "青禾市林业局2023年政府信息公开工作年度报告\n\n信息来源:本网 青禾市林业局 发布日期:2024-01-18\n\n"
            + OVERVIEW_ONLY)
    r = parse(text)
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.year") == 2023


def test_a_statutory_title_under_a_metadata_block_and_a_first_person_body():
    # no word of the Regulations on the page: the body speaks for the bureau about its disclosure work
    text = ("当前位置: 首页\n>政务公开 >信息公开目录 >部门信息公开 >县统计局 >公开年报\n"
            "索引号: 330000XX/2019-00123 发布机构: 县统计局\n"
            "云溪县统计局2018年政府信息公开工作年度报告\n发布日期:2019-03-12\n\n"
            "2018年,我局按照县政府信息公开工作的部署,及时更新信息公开指南和目录,全年主动公开政府信息64条,"
            "其中工作动态41条、财政信息4条、其他信息19条。同时在局办公室设立查阅点,向县档案馆、图书馆报送主动公开的"
            "文件23份,方便群众查阅统计公报和统计数据。\n")
    assert fact(parse(text), "doc.kind") == "government_annual"


def test_a_summary_title_on_a_cut_page_stays_a_summary():
    text = ("您当前的位置: 首页 > 政务公开\n\n青禾市林业局2023年政务公开工作总结\n\n" + OVERVIEW_ONLY)
    assert fact(parse(text), "doc.kind") == "work_summary"


def test_a_link_to_the_reports_file_is_not_the_report():
    text = ("青禾市林业局2023年政府信息公开工作年度报告\n附件:青禾市林业局2023年政府信息公开工作年度报告.pdf\n"
            "(点击下载)\n相关链接:政务公开 政府信息公开目录 政府信息公开指南 依申请公开\n")
    assert fact(parse(text), "doc.kind") != "government_annual"


def test_te_bianzhi_bing_xiang_shehui_gongbu_announces_the_annual_report():
    text = ("2016年以来,根据《中华人民共和国政府信息公开条例》和区政府的有关要求,结合云溪区水务局2016年政府信息"
            "公开工作实际情况,特编制并向社会公布云溪区水务局2016年度政府信息公开年度报告如下:\n"
            "一、工作开展情况\n(一)加强领导,明确责任。2016年以来,我局多次召开专题会议,研究部署政务信息公开工作,"
            "完善信息公开目录和信息公开指南。\n")
    r = parse(text)
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.agency") == "云溪区水务局"


def test_a_summary_whose_body_calls_it_a_work_report_stays_a_summary():
    # titled a summary (总结); "现将…政务公开工作报告如下" is how summaries open too
    text = ("某街道2022年政务公开工作总结\n2022年,街道严格执行《区2022年政务公开工作实施方案》,细化任务分解表,"
            "现将2022年政务公开工作报告如下:\n(一)加强解读回应\n一是围绕重点领域加大主动公开力度,及时公开低保、"
            "医疗救助等社会救助信息。二是围绕群众关切加强政策解读,开展走村入户宣传12次。\n"
            "(二)规范公开平台\n街道政务公开栏全年更新信息46条。\n")
    assert fact(parse(text), "doc.kind") == "work_summary"


def test_a_report_that_says_it_is_the_annual_report_under_a_summary_word_stays_the_report():
    # 年度报告 in the body's own announcement wins over a section name that says 总结
    text = ("工作总结\n云溪区水务局2021年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,"
            "现将云溪区水务局2021年政府信息公开工作年度报告公布如下:\n一、总体情况\n2021年,我局主动公开政府信息"
            "88条。\n" + PARTS)
    assert fact(parse(text), "doc.kind") == "government_annual"


# ---------------------------------------------------------------- who reports: an office named for its body


def test_a_zone_committees_office_that_compiles_names_the_committee():
    text = ("根据《中华人民共和国政府信息公开条例》要求,本报告由青禾临港经济区管理委员会办公室编制完成。报告中所"
            "列数据的"
            "统计时限自2019年1月1日至2019年12月31日。\n一、总体公开情况\n2019年,临港经济区管理委员会坚持以公开为"
            "常态、"
            "不公开为例外,全年主动公开政府信息326条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾临港经济区管理委员会"
    assert fact(r, "doc.level") == "county"


def test_a_zone_committees_office_that_reports_in_its_own_title_stays_the_office():
    text = ("云溪高新技术产业开发区管理委员会办公室2023年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府"
            "信息公开"
            "条例》编制。\n一、总体情况\n2023年,管委会办公室全年公开政府信息1204项。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "云溪高新技术产业开发区管理委员会办公室"
    assert fact(r, "doc.level") == "department"


def test_a_contact_lines_division_of_a_national_bodys_general_office_names_the_body():
    text = ("本年报根据《中华人民共和国政府信息公开条例》以及全系统各直属单位的年度报告编制。本年报中所列数据的统"
            "计期限自"
            "2010年1月1日起至2010年12月31日止。如对本年报有任何疑问,请与国家林草总局办公厅政务公开处联系(地址:北京市"
            "东城区和平里东街18号)。\n一、主要工作概述\n2010年,全系统继续推进信息公开工作。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "国家林草总局"
    assert fact(r, "doc.level") == "unknown"


def test_a_bureaus_own_office_in_the_contact_line_still_names_the_bureau():
    text = ("本报告根据《中华人民共和国政府信息公开条例》编制。如对本报告有疑问,请与云溪县水利局办公室联系。\n"
            "一、总体情况\n2020年,我局主动公开政府信息52条。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "云溪县水利局"


# ---------------------------------------------------------------- the title's own line above it, the compiler's prefix


def test_a_two_line_title_keeps_its_form_over_the_compilers_longer_prefix():
    # A21: the title's form; the compiler (the township's 党政综合办公室) writes the city before it
    text = ("九原区乌兰图雅苏木\n2025年政府信息公开工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》"
            "制作,"
            "特向社会公布包头市九原区乌兰图雅苏木人民政府2025年度政府信息公开情况。本报告由包头市九原区乌兰图雅苏木"
            "党政综合办公室编制。本年度报告所列数据的统计时间为2025年1月1日起至2025年12月31日止。\n一、总体情况\n"
            "2025年,乌兰图雅苏木全年主动公开政府信息86条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "九原区乌兰图雅苏木"
    assert fact(r, "doc.level") == "township"


def test_a_government_on_the_line_above_still_gives_way_to_a_township_below_it():
    # the line above is the site's header, not the title's own name: the township the text names reports
    text = ("青山区人民政府\n2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,现将富强路街"
            "道办事处"
            "2022年政府信息公开工作年度报告公布如下:\n一、总体情况\n2022年,富强路街道办事处全年主动公开政府信息73"
            "条。\n"
            + PARTS)
    assert fact(parse(text), "doc.agency") == "富强路街道办事处"


# ---------------------------------------------------------------- a zone by its name: 新城, 工业园


def test_a_new_town_zone_in_the_title_is_named_and_is_county_level():
    text = ("空港新城2018年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》的规定,现公布西咸新区"
            "空港新城"
            "2018年政府信息公开工作年度报告。本年度报告中所列数据的统计期限自2018年1月1日起至12月31日止。\n"
            "一、基本工作情况\n2018年,空港新城全年公开政府信息215条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "空港新城"
    assert fact(r, "doc.level") == "county"


def test_a_town_and_a_district_named_xincheng_keep_their_levels():
    town = parse("新城镇人民政府2019年政府信息公开工作年度报告\n2019年,我镇全年公开政府信息40条。\n" + PARTS)
    district = parse("新城区人民政府2019年政府信息公开工作年度报告\n2019年,我区全年公开政府信息400条。\n" + PARTS)
    assert (fact(town, "doc.agency"), fact(town, "doc.level")) == ("新城镇人民政府", "township")
    assert (fact(district, "doc.agency"), fact(district, "doc.level")) == ("新城区人民政府", "county")


def test_an_industrial_park_in_the_title_is_named():
    text = ("青禾工业园2021年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,编制本报告。\n一、"
            "总体情况\n"
            "2021年,青禾工业园全年公开政府信息66条。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "青禾工业园"


# ---------------------------------------------------------------- an independent college's office; a university's


def test_an_independent_colleges_office_in_the_contact_line_names_the_college():
    text = ("按照《高等学校信息公开办法》要求,根据我院2022-2023学年信息公开工作情况,现编制本报告。报告中统计数据"
            "的时间为"
            "2022年9月1日至2023年8月31日。如对本报告有任何疑问,请联系青禾大学明德学院办公室(电话:0592-1234567)。\n"
            "一、概述\n2022-2023学年,学院坚持以公开为常态、不公开为例外,切实保障师生员工的知情权和监督权。\n")
    assert fact(parse(text), "doc.agency") == "青禾大学明德学院"


def test_a_universitys_own_disclosure_office_still_names_the_university():
    text = ("按照《高等学校信息公开办法》要求,现编制本学年信息公开工作年度报告。统计数据的时间为2022年9月1日至202"
            "3年8月"
            "31日。如对本报告有任何疑问,请联系青禾大学信息公开办公室。\n一、概述\n2022-2023学年,学校坚持以公开为"
            "常态。\n")
    assert fact(parse(text), "doc.agency") == "青禾大学"


# ---------------------------------------------------------------- a township's full name once in a clause (A16)


def test_a_townships_full_name_once_in_a_clause_under_its_own_voice():
    text = ("根据《中华人民共和国政府信息公开条例》的规定,编制2019年度我乡信息公开工作年度报告。\n一、总体情况\n"
            "2019年我乡高度重视政府信息公开工作,做到有专门工作人员承办,责任到人。\n二、主动公开政府信息情况\n"
            "截至2019年12月31日,石门乡人民政府通过信息平台累计主动公开政府信息31条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "石门乡人民政府"
    assert fact(r, "doc.level") == "township"


def test_two_townships_named_in_clauses_name_none():
    text = ("根据《条例》的规定,编制2019年度我乡信息公开工作年度报告。\n一、总体情况\n"
            "截至2019年12月31日,石门乡人民政府通过信息平台公开政府信息31条;同期,白沙乡人民政府通过公开栏公开12期。\n"
            + PARTS)
    assert fact(parse(text), "doc.agency") is None


# -------------------------------------------------------- a wiki mirror's label before the title; a zone's alias


def test_a_wiki_mirrors_label_glued_before_the_name_is_no_longer_form():
    # (a county since renamed a district: its name alone reads as a bare department, which a longer form may replace)
    text = ("铜山县交通局2009年政府信息公开年度报告\n\n本报告根据《铜山县交通局信息公开指南》编制。本报告中所列数据的"
            "统计期限自2009年1月1日起,至2009年12月31日止。\n\n基本介绍\n\n  • 中文名铜山县交通局2009年政府信息公"
            "开年度"
            "报告\n  • 年份:2009年\n一、概述\n2009年,我局政府信息公开工作不断向纵深发展。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "铜山县交通局"


def test_a_zone_committee_with_its_second_name_in_brackets_is_county_level():
    text = ("青禾高新区(经开区)管委会2022年度政府信息公开工作报告\n根据《中华人民共和国政府信息公开条例》的规定编制"
            "本报告。\n一、总体情况\n今年以来,我委主动公开政府信息1058条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "青禾高新区(经开区)管委会"
    assert fact(r, "doc.level") == "county"


def test_a_zone_departments_bracketed_district_stays_a_department():
    text = ("青禾医药高新区(高港区)住建局2022年政府信息公开工作年度报告\n根据《条例》编制本报告。\n一、总体情况\n"
            "2022年,我局主动公开政府信息88条。\n" + PARTS)
    assert fact(parse(text), "doc.level") == "department"


def test_a_universitys_school_office_and_its_presidents_office_name_the_university():
    for office in ("青禾大学学校办公室", "青禾大学校长办公室"):
        text = ("按照《高等学校信息公开办法》要求," + office + "结合学校2021年信息公开工作实际情况,编制发布本报告。"
                "统计期限为2020年9月1日—2021年8月31日。\n一、概述\n2020-2021学年,学校坚持以公开为常态。\n")
        assert fact(parse(text), "doc.agency") == "青禾大学", office

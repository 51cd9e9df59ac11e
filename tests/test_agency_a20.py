"""Who reports (issue 12, a20-agency): the forms 42 new real page openings and the a19 pages showed, and the forms the
brief named — a name in quotes or brackets after 现将, a compiler as the subject of the last clause after a long
preamble (某局编制本报告), a signature the page cut over two lines or dated in Chinese numerals, a township office's
section as the compiler, 特向社会公开报告, a subject that published 在某平台 before its verb, a numbered school whose
place a spam brand replaced, a college's attached school, a school that opens its text by introducing itself.
Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from tests.parse_support import evidence, fact, parse

PARTS = ("二、主动公开政府信息情况\n本年共主动公开信息27条。\n三、收到和处理政府信息公开申请情况\n"
         "本年收到公开申请1件,已按期答复。\n"
         "四、政府信息公开行政复议、行政诉讼情况\n本年未发生复议和诉讼。\n"
         "五、存在的主要问题及改进情况\n公开内容不够丰富,下一步将加强培训。\n")


def test_a_name_in_quotes_or_brackets_after_the_publishing_verb():
    for quoted in ("“宿城区水利工程管理所”", "〔宿城区水利工程管理所〕"):
        text = ("根据《条例》规定,现将" + quoted + "2022年度政府信息公开工作年度报告公布如下。\n一、总体情况\n"
                "2022年,我所坚持依法公开。\n" + PARTS)
        r = parse(text)
        assert fact(r, "doc.agency") == "宿城区水利工程管理所"
        assert fact(r, "doc.level") == "department"
        assert evidence(r, "doc.agency").startswith("正文开头")


def test_the_compiler_as_the_last_clause_after_a_long_preamble():
    for verb in ("编制本报告", "特制定本年度报告"):
        text = ("为全面落实《条例》,持续深化政务公开,切实保障群众知情权和监督权,按照上级统一部署,"
                "宿迁市宿城区发展和改革委员会" + verb + "。\n一、总体情况\n2022年,我委坚持依法公开。\n" + PARTS)
        r = parse(text)
        assert fact(r, "doc.agency") == "宿迁市宿城区发展和改革委员会"
        assert "发展和改革委员会" + verb[:2] in evidence(r, "doc.agency")
    # the verb alone after the preamble names no one
    text = "为全面落实《条例》,按照上级统一部署,编制本报告。\n一、总体情况\n2022年,我局坚持依法公开。\n" + PARTS
    assert fact(parse(text), "doc.agency") is None


def test_a_signature_cut_over_two_lines_is_joined():
    closing = "六、其他需要报告的事项\n无。\n"
    text = ("一、总体情况\n2022年,我镇坚持依法公开。\n" + PARTS + closing
            + "宿迁市宿城区\n王官集镇人民政府\n2023年1月6日\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "宿迁市宿城区王官集镇人民政府"  # not the district above it
    assert fact(r, "doc.level") == "township"
    text = ("一、总体情况\n2022年,我局坚持依法公开。\n" + PARTS + closing
            + "宿迁市宿城区市场\n监督管理局\n2023年1月16日\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "宿迁市宿城区市场监督管理局"
    assert evidence(r, "doc.agency").startswith("落款")
    # a sentence's last line above the name is no part of it
    text = ("一、总体情况\n2022年,我局坚持依法公开。\n" + PARTS + "本局将继续加强培训\n宿迁市宿城区民政局\n"
            "2023年1月16日\n")
    assert fact(parse(text), "doc.agency") == "宿迁市宿城区民政局"


def test_a_signature_dated_in_chinese_numerals_on_its_line():
    text = ("一、总体情况\n2022年,我局坚持依法公开。\n" + PARTS + "六、其他需要报告的事项\n无。\n"
            "宿迁市宿城区民政局 二〇二三年一月十六日\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "宿迁市宿城区民政局"
    assert evidence(r, "doc.agency").startswith("落款")


def test_a_township_office_section_compiles_for_the_township():
    text = ("本年度报告根据《条例》要求,由无锡市锡山区人民政府羊尖街道党政办公室综合科编制。\n一、总体情况\n"
            "2023年,羊尖街道坚持依法公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "无锡市锡山区人民政府羊尖街道"
    assert fact(r, "doc.level") == "township"


def test_the_report_published_as_a_report_of_the_body_work():
    text = ("为深入落实《条例》,特向社会公开报告杭州西站枢纽管理委员会2024年度政府信息公开工作情况。\n"
            "一、总体情况\n2024年,西站枢纽管委会坚持依法公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "杭州西站枢纽管理委员会"  # not the shorter subject after it


def test_a_subject_that_published_on_a_platform_before_its_verb():
    text = ("一、总体情况\n(一)主动公开情况。2022年,江门市新会区银湖湾滨海新区在政府信息公开目录系统"
            "(http://www.example.gov.cn/gkmlpt/index)主动公开各类信息86条。\n"
            "(二)依申请公开情况。2022年,滨海新区共收到0条政府信息公开申请。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "江门市新会区银湖湾滨海新区"


def test_a_numbered_school_left_by_a_spam_brand_gives_way_to_its_full_name():
    text = ("某某体育app官网平台:第三中学2022年政府信息公开工作年度报告\n"
            "根据《条例》要求,现发布《安徽省涡阳第三中学2022年政府信息公开工作年度报告》。\n一、总体情况\n"
            "2022年,我校坚持依法公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "安徽省涡阳第三中学"
    assert fact(r, "doc.level") == "unknown"


def test_a_college_attached_middle_school_is_no_university():
    text = ("泰山学院附属中学2009年度政府信息公开工作年度报告\n一、总体情况\n2009年,学校坚持依法公开,"
            "我校按时更新公开栏。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "泰山学院附属中学"
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.level") == "unknown"


def test_a_school_that_opens_its_text_by_introducing_itself():
    text = ("东莞市常平实验小学,以书香校园为办学特色,现有教学班30个。\n2021年,我校认真落实信息公开要求。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "东莞市常平实验小学"
    assert fact(r, "doc.level") == "unknown"  # its 我校 is no university's
    # a bureau's report that opens with a school it oversees: the school speaks in no voice of its own
    text = "东莞市常平实验小学,以书香校园为办学特色。\n2021年,我局加强对学校的督导。\n" + PARTS
    assert fact(parse(text), "doc.agency") is None


def test_a_bare_county_above_a_title_gives_way_to_the_township_the_text_speaks_as():
    head = "宿迁市宿城区\n2022年政府信息公开工作年度报告\n一、总体情况\n"
    r = parse(head + "2022年,王官集镇坚持依法公开,我镇按时更新公开栏。\n" + PARTS)
    assert fact(r, "doc.agency") == "王官集镇"
    assert fact(r, "doc.level") == "township"
    # named nowhere: the site's header is not the author, the level is the voice's
    r = parse(head + "2022年,我镇坚持依法公开,本镇按时更新公开栏。\n" + PARTS)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "township"
    # the county's own report (我区) keeps its name
    r = parse(head + "2022年,我区坚持依法公开,全区按时更新公开栏。\n" + PARTS)
    assert fact(r, "doc.agency") == "宿迁市宿城区"
    # a township by its name above the title is the title's own (A26), whatever the contact line writes
    r = parse("宿迁市宿城区王官集镇\n2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我镇坚持依法公开。"
              "如有疑问,请联系王官集镇政府。\n" + PARTS)
    assert fact(r, "doc.agency") == "宿迁市宿城区王官集镇"


def test_a_subject_that_declares_its_short_form_before_its_verb():
    text = ("一、总体情况\n2022年,宿迁市宿城区民政局(以下简称“区民政局”)坚持依法公开,区民政局按时更新公开栏。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "宿迁市宿城区民政局"
    assert evidence(r, "doc.agency").startswith("正文开头")


def test_a_year_before_the_name_in_the_compiling_clause_and_an_office_before_the_topic():
    text = ("根据《条例》要求,结合2025年乳山市夏村镇人民政府政府信息公开工作实际,编制本报告。\n一、总体情况\n"
            "2025年,我镇坚持依法公开。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "乳山市夏村镇人民政府"
    # the 政府 of 政府信息公开 after an office that is no government is no part of its name
    text = ("重庆市大足区人民政府外事办公室政府信息公开工作2022年度报告\n一、总体情况\n2022年,我办坚持依法公开。\n"
            + PARTS)
    assert fact(parse(text), "doc.agency") == "重庆市大足区人民政府外事办公室"


def test_a_category_cell_is_no_title():
    text = ("索引号 | 000000/2024-00001 | 组配分类 | 信息公开年报 |\n"
            "2022年舟山市普陀区机关事务管理中心政府信息公开工作年度报告 |\n"
            "根据区政府办公室通知要求,结合我中心实际,对我中心2022年政府信息公开工作情况进行如下总结。"
            "一、总体情况 2022年,我中心认真落实《条例》,坚持依法公开,全年主动公开信息30条,其中机构职能信息"
            "3条、财政预决算信息4条、工作动态23条;严格执行发布前保密审查,按时维护网站专栏,及时更新办事指南和"
            "联系方式。\n")  # (a page cut after its overview)
    r = parse(text)
    assert fact(r, "doc.kind") == "government_annual"  # the title's words, not the category cell's 年报
    assert evidence(r, "doc.kind").startswith("标题")
    assert fact(r, "doc.agency") == "舟山市普陀区机关事务管理中心"


def test_a_township_party_committee_and_government_as_one_subject():
    text = ("一、总体情况\n2022年,宿迁市宿城区王官集镇党委、政府高度重视政务公开,我镇按时更新公开栏。\n" + PARTS)
    r = parse(text)
    # the township as written: the labels never complete it to a 某镇政府 the text does not write (a48 revises A53)
    assert fact(r, "doc.agency") == "宿迁市宿城区王官集镇"
    assert fact(r, "doc.level") == "township"


def test_a_street_office_that_calls_itself_by_its_kind_before_its_figures():
    text = ("根据《条例》要求,编制本年度报告。\n一、总体情况\n(一)主动公开。围绕民生领域做好公开。\n"
            "(二)依申请公开。2025年度,街道未收到政府信息公开申请。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None  # named nowhere
    assert fact(r, "doc.level") == "township"
    # a county's report that speaks of its townships is not one (乡镇, 各街道)
    text = ("根据《条例》要求,编制本年度报告。\n一、总体情况\n2025年度,我县各街道未收到政府信息公开申请,"
            "全县乡镇累计主动公开信息300条。\n" + PARTS)
    assert fact(parse(text), "doc.level") != "township"

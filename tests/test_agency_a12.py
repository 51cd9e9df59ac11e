"""Who reports (issue 12, a12-agency): the classes 63 more real page openings showed — a spam brand that took a
district's name before a street office, a `结合X工作实际` clause about another document, a declared short form inside
the compiler's clause, a contact line that names a person after the unit, `本报告由X发布`, `由X围绕…编制`,
`特编制并向社会公布X…`, a bureau that names itself once in a clause under 我局 (A18), an adverb read as a street's
name, a street named after a college. Every text is invented for the test: the bodies are made up (the places that
must be known divisions are real ones, with invented wording around them); the cases that must stay as they were are
checked beside each class.
"""

from __future__ import annotations

from tests.parse_support import fact, parse

PARTS = ("二、主动公开政府信息情况\n本年度新增主动公开信息37条。\n三、依申请公开政府信息情况\n全年未收到公开申请。\n"
         "四、收费及减免情况\n未收取费用。\n五、行政复议、行政诉讼情况\n未发生。\n"
         "六、存在的主要问题及改进措施\n信息更新还不够及时，下一步将明确专人负责。\n")


# ---------------------------------------------------------------- a spam brand in place of the district's name


def test_a_brand_that_took_the_districts_name_leaves_the_street_office():
    text = ("一、总体情况\n2021年,在区委、区政府的领导下,皇冠体育官网区人民政府桐林街道办事处认真落实《条例》,"
            "全年主动公开信息58条。桐林街道办事处进一步完善了公开指南。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "桐林街道办事处"
    assert fact(r, "doc.level") == "township"


def test_a_brand_before_a_districts_own_office_still_names_no_one():
    # what the brand left is a government office with no place: still generic, and nothing else names the body
    text = ("一、总体情况\n2021年,皇冠体育官网区人民政府办公室认真落实《条例》,全年主动公开信息58条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") in (None, "区人民政府办公室")
    assert fact(r, "doc.agency") != "皇冠体育官网区人民政府办公室"


# ---------------------------------------------------------------- 结合X…: the report's compiler, not another document


def test_a_clause_about_the_bodys_guide_is_no_compiler_sentence():
    text = ("一、总体情况\n2023年,云杉高新技术产业开发区管委会坚持依法公开,全年主动公开信息74条。\n"
            "(三)政府信息管理情况。落实保密审查制度,结合云杉高新区工作实际制定信息公开指南,按要求编制年度报告。\n"
            + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "云杉高新技术产业开发区管委会"
    assert fact(r, "doc.level") == "county"


def test_a_jiehe_clause_that_compiles_the_report_still_names_its_body():
    text = ("根据《中华人民共和国政府信息公开条例》,结合桃源县林业局工作实际,编制本年度报告。\n一、总体情况\n"
            "2022年,我局持续推进政务公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "桃源县林业局"


def test_a_short_form_declared_inside_the_compilers_clause():
    text = ("本报告依据《条例》相关规定,结合临澧县石门镇人民政府(以下简称“镇政府”)2024年度政府信息公开工作实际编制。"
            "统计期限为2024年1月1日至12月31日。\n一、总体情况\n2024年,石门镇政府坚持以人民为中心,"
            "全年公开信息91条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "临澧县石门镇人民政府"
    assert fact(r, "doc.level") == "township"


def test_you_x_weirao_bianzhi_is_a_compiler_sentence():
    text = ("本年度报告根据《条例》要求,由宁远县统计局围绕2021年度政府信息公开工作情况编制。如有疑问,请与县统计局"
            "办公室联系。\n一、总体情况\n2021年,我局结合统计工作实际开展公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "宁远县统计局"


def test_a_second_verb_after_tebianzhi_is_no_part_of_the_name():
    text = ("2014年以来,根据《条例》和区政府的有关文件精神,特编制并向社会公布二七区发展改革和统计局2014年度政府信息公开"
            "年度报告如下:\n一、工作开展情况\n2014年,我局多次召开专题会议。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "二七区发展改革和统计局"


# ---------------------------------------------------------------- a contact line that names a person


def test_a_contact_line_with_a_persons_name_after_the_unit():
    text = ("本年度报告根据《条例》要求,汇总本单位情况编制而成。如对本报告有疑问,可与清河县水利局办公室李明联系"
            "(电话:0000-1234567)。\n一、概述\n2019年,我局认真贯彻《条例》。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "清河县水利局"
    assert fact(r, "doc.level") == "department"


def test_a_contact_line_without_a_person_is_read_as_before():
    text = ("本年度报告根据《条例》要求编制。如对本报告有疑问,请与清河县水利局办公室联系。\n一、概述\n"
            "2019年,我局认真贯彻《条例》。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "清河县水利局"


# ---------------------------------------------------------------- the title's form stays (A21: a prefix is the region)


def test_the_titles_form_stays_when_the_compiler_sentence_adds_the_county():
    # the county is the region that keeps namesake towns apart (reports/ 22 and 23), not part of the name
    text = ("石桥镇人民政府2021年政府信息公开工作年度报告\n本报告由临澧县石桥镇人民政府编制,所列数据的统计期限为2021年"
            "1月1日至12月31日。\n一、总体情况\n2021年,我镇主动公开信息43条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "石桥镇人民政府"
    assert fact(r, "doc.region") == "临澧县"


def test_a_compiler_sentence_about_another_body_leaves_the_title():
    # the office that compiled it is not a longer form of the title's bureau: the title stays
    text = ("城北区卫生局2014年政府信息公开工作年度报告\n本年度报告由城北区人民政府办公室统一编制。\n一、概述\n"
            "2014年,我局扎实推进公开。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "城北区卫生局"


def test_a_title_and_a_body_naming_the_same_form_stay():
    text = ("桂花街道2020年政府信息公开工作年度报告\n一、总体情况\n2020年,桂花街道主动公开政府信息120条。\n" + PARTS +
            "\n天元区桂花街道办事处\n2021年1月20日\n")
    assert fact(parse(text), "doc.agency") == "桂花街道"  # the signature's longer form does not override (A3)


# ---------------------------------------------------------------- 本报告由X发布


def test_the_report_published_by_a_body_names_it():
    text = ("本报告由汉阴县人民政府办公室发布。报告中所列数据的统计期限为2022年1月1日至12月31日。\n一、总体情况\n"
            "2022年,我办坚持依法公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "汉阴县人民政府办公室"
    assert fact(r, "doc.level") == "department"


def test_a_document_a_superior_published_names_no_one():
    text = ("本年度报告按照国务院办公厅发布的《政府信息公开工作年度报告格式》编制。\n一、总体情况\n"
            "2022年,我局坚持依法公开。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "department"


# ---------------------------------------------------------------- an explainer's title (A20)


def test_an_explainer_titled_guanyu_the_report_de_jiedu_names_the_reports_body():
    text = ("关于《汉寿县自然资源局2022年政府信息公开工作年度报告》的解读\n为便于公众了解,现对报告主要内容解读如下。"
            "2022年,我局主动公开政府信息146条,未收到公开申请。\n")
    r = parse(text)
    assert fact(r, "doc.agency") == "汉寿县自然资源局"
    assert fact(r, "doc.level") == "department"


def test_a_notice_issuing_a_plan_still_names_no_author_from_its_title():
    text = ("关于印发《汉寿县2022年政务公开工作要点》的通知\n各乡镇人民政府,县直各单位:现将要点印发给你们,"
            "请认真贯彻执行。\n")
    assert fact(parse(text), "doc.agency") is None


# ---------------------------------------------------------------- a bureau named once, in a clause, under 我局 (A18)


def test_a_bureau_named_once_in_a_clause_of_its_own_voice():
    text = ("2012年,我局以深入贯彻《条例》为契机,继续完善公开机制。\n一、主要工作\n(一)清理规范性文件。"
            "按照便民利民的要求,将安顺市交通运输局已经失效的14件规范性文件向社会公布,予以废止。\n"
            "(二)我局全年公开信息88条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") == "安顺市交通运输局"
    assert fact(r, "doc.level") == "department"


def test_a_bureau_the_text_obeys_is_no_author():
    text = ("2012年,我局按照安顺市交通运输局的统一部署,继续完善公开机制,全年公开信息88条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "department"


def test_a_bureau_the_text_reports_to_is_no_author():
    text = ("2012年,我局全年公开信息88条,并按时向安顺市统计局报送了统计数据。\n" + PARTS)
    assert fact(parse(text), "doc.agency") is None


def test_two_bureaus_named_in_clauses_name_no_one():
    text = ("2012年,我局全年公开信息88条。安顺市交通运输局的14件规范性文件已清理;安顺市公路管理局的文件另行公布。\n"
            + PARTS)
    assert fact(parse(text), "doc.agency") is None


def test_a_bureau_in_a_byline_after_a_title_is_no_clause():
    # a list of other essays at a page's end: "浅谈…工作某市某局某某", the title glued to its author's unit
    text = ("2012年,我局全年公开信息88条。\n" + PARTS + "\n相关范文\n浅谈交通执法如何做好政务公开安顺市交通运输局王明"
            "政务公开是促进依法行政的重要制度......\n")
    assert fact(parse(text), "doc.agency") is None


# ---------------------------------------------------------------- an adverb is no part of a street's name


def test_an_adverb_before_jiedao_is_no_street():
    text = ("(一)人员情况\n2019年度街道共有专职信息人员2名,负责网站维护,均接受街道年终考核。\n(二)机构情况\n"
            "我街道工作机构设在党政办公室。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "township"


def test_a_street_named_once_in_its_own_voice_stays():
    text = ("(一)人员情况\n我街道共有专职信息人员2名。2019年,松岗街道未收取任何信息公开费用。\n" + PARTS)
    assert fact(parse(text), "doc.agency") == "松岗街道"


# ---------------------------------------------------------------- a street named after a school is no school


def test_a_street_office_on_a_road_named_after_a_college_is_a_township():
    text = ("海淀区人民政府学院路街道办事处2020年政府信息公开工作年度报告\n根据《条例》规定,现将本街道2020年政府信息"
            "公开工作情况报告如下。\n一、总体情况\n2020年,学院路街道办事处主动公开信息76条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.level") == "township"


def test_a_college_reporting_in_the_government_format_stays_a_school():
    text = ("汉江职业技术学院2020年信息公开工作年度报告\n根据《高等学校信息公开办法》要求,现将我院2019-2020学年信息公开"
            "工作情况报告如下。\n一、概述\n本学年,学院主动公开信息120条。\n" + PARTS)
    r = parse(text)
    assert fact(r, "doc.level") == "university"

"""Who reports on departments' pages (issue 12, a24-agency-dept): the classes a fresh sample of real pages of
departments, vertical bodies and ministries showed — an autonomous region written short (新疆自治区某局: its people's
name left out, which the division table did not know), the scope a ministry's report covers in brackets after its
name (某部(含某局)), a bureau's desk for disclosure requests as the contact, and the statutory title read as a title
where a metadata table labels it (标题: …) or where it keeps the old order of its words (某局2011年度政府信息公开工作
报告). Every text is invented for the test; the wording is this file's own (the places before invented bureaus are
real divisions, which the readers require).
"""

from __future__ import annotations

from parse_support import fact, parse

from engine.parse import divisions

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息86条。\n"
         "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n"
         "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n")


# an autonomous region by its short name: 新疆 for 新疆维吾尔自治区, as 广西 is for 广西壮族自治区
def test_an_autonomous_division_written_without_its_people_is_a_known_place():
    for name in ("新疆自治区草原监理局", "伊犁州畜牧局", "博尔塔拉州林业局", "广西自治区草原监理局"):
        assert divisions.unknown_place(name) is None, name
    assert divisions.unknown_place("标题县政府办") == "标题县"  # a place no table holds stays unknown


def test_a_title_with_a_short_autonomous_region_keeps_its_form():
    r = parse("2016年度新疆自治区草原监理局政府信息公开工作年报\n"
              "根据《条例》,特向社会公布2016年度本局政府信息公开年度报告。\n一、概述\n"
              "2016年,新疆维吾尔自治区草原监理局认真贯彻《条例》,扎实推进政府信息公开工作。\n" + PARTS)
    assert fact(r, "doc.agency") == "新疆自治区草原监理局"
    assert fact(r, "doc.level") == "province"


def test_a_title_whose_place_no_table_holds_still_gives_way_to_a_known_one():
    # (the near miss: a place the table lacks keeps the title doubtful, the opening's known name wins as before)
    r = parse("2016年度标题自治区草原监理局政府信息公开工作年报\n一、概述\n"
              "2016年,新疆维吾尔自治区草原监理局认真贯彻《条例》,扎实推进政府信息公开工作。\n" + PARTS)
    assert fact(r, "doc.agency") == "新疆维吾尔自治区草原监理局"


# the scope a report covers in brackets after the body's name: the body
def test_a_scope_bracket_after_a_ministry_s_name_is_dropped():
    r = parse("根据《中华人民共和国政府信息公开条例》的规定,现公开海洋渔业部(含国家渔政局)2012年政府信息公开工作年度"
              "报告。本报告所列数据的统计期限自2012年1月1日起至2012年12月31日止。\n一、概述\n"
              "2012年,海洋渔业部认真贯彻落实《条例》精神。\n" + PARTS)
    assert fact(r, "doc.agency") == "海洋渔业部"
    assert fact(r, "doc.level") == "unknown"


def test_a_second_name_in_brackets_is_kept():
    # (the near miss: one body under two names is no scope; A6 keeps the bracket)
    r = parse("现公开宁波市鄞州区农业农村局(宁波市鄞州区乡村振兴局)2021年政府信息公开工作年度报告。\n一、总体情况\n"
              "2021年,我局认真落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") == "宁波市鄞州区农业农村局(宁波市鄞州区乡村振兴局)"


# a bureau's desk for disclosure requests as the only naming, the text in the bureau's voice: the bureau
def test_a_bureau_s_request_desk_in_the_contact_names_the_bureau():
    r = parse("根据《条例》规定,我局编制了2022年政府信息公开工作年度报告。如对本报告有任何疑问,请与河源市源城区林业局"
              "政府信息公开申请受理机构联系(电话:0000-1234567)。\n一、总体情况\n2022年,我局认真落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") == "河源市源城区林业局"
    assert fact(r, "doc.level") == "department"


def test_a_government_s_request_desk_names_no_body_below_it():
    # (the near miss: the desk of a whole government answers enquiries for its area; the text never names itself)
    r = parse("根据《条例》规定,我局编制了2022年政府信息公开工作年度报告。如对本报告有任何疑问,请与河源市人民政府"
              "政府信息公开申请受理机构联系。\n一、总体情况\n2022年,我局认真落实条例。\n" + PARTS)
    assert "林业" not in str(fact(r, "doc.agency"))


# the statutory title in a metadata table's cell (标题: …, 信息名称: …) over a page cut after its first paragraph
CUT = ("\n\n根据区信息化工作领导小组办公室的要求,我局及时、规范地开展了政府信息公开工作,"
       "现将有关情况报告如下:\n一、基本情况\n我局高度重视政府信息公开工作,成立了由局长任组长、分管副局长任副组长、"
       "各股室负责人为成员的领导小组,下设办公室负责日常工作,明确专人承办信息的收集、审核和发布,"
       "并把政府信息公开工作纳入全局年度目标考核。\n")


def test_a_labelled_statutory_title_makes_a_cut_page_a_report():
    for label in ("标题: ", "信息名称: ", "名  称: "):
        r = parse(f"{label}2012年青禾区农机局政府信息公开年度报告\n索引号: 0000/2013-00001 发布机构: 青禾区农机局\n"
                  "发文日期: 2013-01-18\n\n2012年青禾区农机局政府信息公开年度报告" + CUT)
        assert fact(r, "doc.kind") == "government_annual", label


def test_a_labelled_summary_title_stays_a_summary():
    r = parse("标题: 青禾区农机局2012年政务公开工作总结\n索引号: 0000/2013-00001\n\n青禾区农机局2012年政务公开工作总结"
              + CUT + "下一步,我局将进一步做好政务公开工作。\n")
    assert fact(r, "doc.kind") != "government_annual"


# the old order of the statutory title's words: 某局2011年度政府信息公开工作报告
def test_the_year_first_statutory_title_makes_a_cut_page_a_report():
    r = parse("青禾区农机局2011年度政府信息公开工作报告\n发布时间:2012-01-20\n\n"
              "2011年,在区委、区政府的正确领导下,我局认真贯彻《政府信息公开条例》,进一步加强组织领导,"
              "积极推进政府信息公开工作,规范和扩大公开内容,丰富和完善公开形式,强化监督检查,进一步提高农机工作的"
              "透明度,按要求通过区政府信息公开网站、区农机网、政务公开栏等主动向社会公布,畅通了农机部门与群众沟通的"
              "渠道,农机信息公开工作取得了良好成效。现将我局2011年度政府信息公开工作情况报告如下:\n")
    assert fact(r, "doc.kind") == "government_annual"


def test_a_short_summary_titled_without_the_statutory_words_stays_a_summary():
    # (the near miss: "某乡2010年政府信息公开报告", three paragraphs of staffing, a total and intentions)
    r = parse("青禾乡2010年政府信息公开报告\n发布日期:2011-01-01\n\n乡政府信息公开工作始终坚持以服务人民群众为宗旨,"
              "本乡由1人专门负责此项工作。\n截止2010年12月31日,全乡累计主动公开政府信息65条。\n"
              "2011年,我们将进一步提高对政务公开工作重要性的认识,使政务公开的意识深入人心,切实把政务公开当作我乡工作"
              "的重要内容。\n")
    assert fact(r, "doc.kind") == "work_summary"


# an office's own rules it improved, named after it (《某区人防办政务信息审核报送制度》), the text in the office's voice
def test_an_office_s_own_rules_name_the_office():
    r = parse("一、总体情况\n2020年,我办在区委、区政府的正确领导下,认真贯彻落实《政府信息公开条例》,及时、准确向"
              "社会公开各类政府信息。\n(一)主动公开。全年主动公开各类政府信息124条。\n(二)监督保障。我办进一步完善《河源市源城区"
              "人防办政务信息审核报送制度》,明确具体人员对公开信息进行保密审查。\n" + PARTS)
    assert fact(r, "doc.agency") == "河源市源城区人防办"
    assert fact(r, "doc.level") == "department"


def test_rules_of_an_office_a_bureau_carries_out_name_no_author():
    # (the near miss: a bureau, 我局, carrying out the government office's rules: not its own, no author from them)
    r = parse("一、总体情况\n2020年,我局认真贯彻落实《政府信息公开条例》,及时向社会公开各类政府信息。\n"
              "(一)监督保障。我局认真实施《河源市源城区政府办政务信息考核办法》,明确专人负责。\n" + PARTS)
    assert fact(r, "doc.agency") != "河源市源城区政府办"


# a generic title's short name and the full name the compiler writes (市城管执法局 / 某市城市管理行政执法局)
def test_a_generic_title_gives_way_to_the_full_name_it_abbreviates():
    r = parse("市城管执法局2020年政府信息公开工作年度报告\n发布日期: 2021-01-29\n\n本年度报告由德阳市城市管理行政"
              "执法局按照有关要求编制。报告中所列数据的统计期限自2020年1月1日起至12月31日止。\n一、总体情况\n2020年,我局扎实推进"
              "政府信息公开工作。\n" + PARTS)
    assert fact(r, "doc.agency") == "德阳市城市管理行政执法局"


def test_a_generic_subject_keeps_its_form_against_a_contact_s_full_name():
    # (the near miss, A17: the text's own sentences call it 市人力资源社会保障局; the contact's form is no compiler)
    r = parse("根据《条例》,现向社会公布2013年度本级政府(机关)信息公开工作年度报告。如对本报告有任何疑问,请与德阳市"
              "人力资源和社会保障局政府信息公开领导小组办公室联系。\n一、概述\n2013年,市人力资源社会保障局认真贯彻"
              "《条例》,扎实推进政府信息公开工作。\n" + PARTS)
    assert fact(r, "doc.agency") == "市人力资源社会保障局"


def test_a_generic_title_keeps_its_form_against_another_body_of_its_kind():
    # (the near miss: a survey team is no short form of 市统计局, though it shares its first words)
    r = parse("市统计局2020年政府信息公开工作年度报告\n\n本年度报告由德阳市统计调查队编制。\n一、总体情况\n"
              "2020年,我局扎实推进政府信息公开工作。\n" + PARTS)
    assert fact(r, "doc.agency") != "德阳市统计调查队"


# A17 for a short name: a contact's 某市水利局 where the text calls itself 市水利局 twice keeps the text's own form
def test_a_short_contact_name_gives_way_to_the_text_s_own_generic_form():
    r = parse("根据《条例》要求,市水利局编制了2013年度政府信息公开年度报告。如对本报告有任何疑问,请与德阳市水利局联系"
              "(电话:0000-1234567)。\n一、概述\n2013年,市水利局配备了1名兼职工作人员,我局政府信息公开工作运行正常。\n"
              + PARTS)
    assert fact(r, "doc.agency") == "市水利局"


def test_a_short_contact_name_stands_when_the_generic_form_is_written_once():
    # (the near miss: once is no form the text keeps for itself; the contact's full name stands, as for longer names)
    r = parse("如对本报告有任何疑问,请与德阳市水利局联系(电话:0000-1234567)。\n一、概述\n2013年,市水利局认真贯彻"
              "《条例》,我局政府信息公开工作运行正常。\n" + PARTS)
    assert fact(r, "doc.agency") == "德阳市水利局"


# the body as the subject that publishes its own report, 本机关 saying whose
def test_the_subject_that_publishes_its_own_report_names_the_body():
    r = parse("根据《中华人民共和国政府信息公开条例》和省、市、县有关要求,德阳市旌阳区住房和城乡建设局特向社会公布"
              "2024年度本机关信息公开工作报告。\n一、总体情况\n2024年县住建局高度重视政府信息公开工作,安排专人负责。\n"
              + PARTS)
    assert fact(r, "doc.agency") == "德阳市旌阳区住房和城乡建设局"


def test_an_office_publishing_its_area_s_report_is_not_read_so():
    # (the near miss: a government's office publishing the county's report, no 本机关: the clause names no author)
    r = parse("根据《条例》要求,德阳市旌阳区人民政府办公室特向社会公布2020年全区政府信息公开工作年度报告。\n"
              "一、总体情况\n2020年,全区认真落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") != "德阳市旌阳区人民政府办公室"

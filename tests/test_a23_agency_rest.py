"""a23-agency-rest: the agency and level errors left on the tune pages of the round's first helpers (docs/parsing.md,
"a23-agency-rest"). Every text is invented for the test."""

from __future__ import annotations

from tests.parse_support import evidence, fact, parse

BODY = ("本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
        "一、总体情况\n2022年,我局主动公开政府信息132条。\n二、依申请公开情况\n全年收到政府信息公开申请3件。\n")


def test_a_compiler_or_contact_whose_place_advertising_replaced_is_the_rest_of_its_name():
    # the spam mirror's brand where the city was, in the compiler's clause: the department's rest (web README)
    r = parse("根据《中华人民共和国政府信息公开条例》要求,星河体育直播,777体育备用网址住房和城乡建设局编制了2022年"
              "政府信息公开年度报告。\n" + BODY)
    assert fact(r, "doc.agency") == "住房和城乡建设局" and "地名被广告替换" in evidence(r, "doc.agency")
    assert fact(r, "doc.level") == "department"
    # the same in the contact line: the department's own office is the department
    r = parse("根据《中华人民共和国政府信息公开条例》要求,编制本报告。如对本报告有疑问,请联系abc88娱乐_xyz官网网址"
              "水利局办公室(电话:0000-7654321)。\n" + BODY)
    assert fact(r, "doc.agency") == "水利局"
    # and as the subject of the year's work
    r = parse("一、总体情况\n2022年,金虎直播,999彩票网址民政局坚持以公开为常态,主动公开政府信息88条。\n"
              "二、依申请公开情况\n我局全年收到申请2件。\n")
    assert fact(r, "doc.agency") == "民政局"


def test_a_brand_before_a_units_own_office_names_no_one():
    # the brand took the body's whole name: "某网党政办公室" is the office of no body the text names
    r = parse("根据《中华人民共和国政府信息公开条例》要求,编制本报告。如有疑问,请与2025新澳门2025星河原料网党政办公室"
              "联系(地址:某路1号)。\n" + BODY)
    assert fact(r, "doc.agency") is None


LETTER = ("{first}\n根据教育部办公厅《关于做好高校信息公开年度报告工作的通知》的要求,"
          "我校总结了2021-2022学年信息公开工作。现报告如下:\n一、概述\n本学年,我校通过门户网站主动公开信息215条。\n二、依申请公开情况\n本学年收到申请4件。\n")


def test_an_addressee_on_the_first_line_is_not_the_author():
    # a report sent up with no title opens with whom it is sent to: "省教育厅:" is the addressee (as below a title)
    r = parse(LETTER.format(first="省教育厅:"))
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "university"


def test_a_name_alone_above_a_title_is_still_read():
    r = parse("云溪县水利局\n2021年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求,编制本报告。\n"
              "一、总体情况\n2021年,我局主动公开政府信息56条。\n")
    assert fact(r, "doc.agency") == "云溪县水利局"


def test_a_subject_before_the_means_it_published_by():
    # "区某局通过政府网站主动公开…": the subject is the name before 通过, never the name run on into its verb
    r = parse("一、总体情况\n2020年,我局认真贯彻落实《条例》。\n(一)主动公开。2020年,县水利局通过政府网站"
              "主动公开政务信息96条。\n(二)依申请公开。全年受理申请0件。\n")
    assert fact(r, "doc.agency") == "县水利局"
    r = parse("一、总体情况\n2021年,区司法局通过门户网站和微信公众号发布信息210条。\n我局全年未收到申请。\n")
    assert fact(r, "doc.agency") == "区司法局"


def test_the_text_speaking_of_itself_before_the_means_names_no_one():
    r = parse("一、总体情况\n2020年,我局通过政府网站主动公开政务信息96条。\n(二)依申请公开。全年受理申请0件。\n")
    assert fact(r, "doc.agency") is None and fact(r, "doc.level") == "department"


GUIDE = ("本年报中所列数据的统计期限自2011年1月1日起至2011年12月31日止。{contact}\n一、概述\n"
         "本乡成立了信息公开领导小组。根据有关要求,严格执行《青禾乡政府信息公开指南》,及时公开了机构职能、政策信息等信息,共公开信息31条。\n")


def test_a_guides_bare_place_is_its_government_when_the_text_writes_it_in_full():
    # 《青禾乡政府信息公开指南》: the township's government's guide; the contact writes the government in full (A1)
    r = parse(GUIDE.format(contact="如对本年报有任何疑问,请与青禾乡人民政府党政办联系(电话:0000-1234567)。"))
    assert fact(r, "doc.agency") == "青禾乡人民政府"
    assert fact(r, "doc.level") == "township"


def test_a_guides_bare_place_alone_stays_as_written():
    r = parse(GUIDE.format(contact=""))
    assert fact(r, "doc.agency") == "青禾乡"


ARCHIVE = ("根据市、区两级政府的统一部署,青禾区档案馆根据《中华人民共和国政府信息公开条例》,"
           "特向社会公布云岭市青禾区档案馆2024年度政府信息公开工作年度报告。{compiler}所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
           "一、总体情况\n我馆全年主动公开信息41条。\n")


def test_the_compiler_with_its_basis_wins_over_the_publishing_sentence():
    # "本年度报告是由某馆办公室依据《条例》编制而成": the compiler (A3), its own office reduced to it (A68)
    r = parse(ARCHIVE.format(compiler="本年度报告是由青禾区档案馆办公室依据《中华人民共和国政府信息公开条例》"
                                      "编制而成,"))
    assert fact(r, "doc.agency") == "青禾区档案馆"


def test_the_publishing_sentence_stands_without_a_compiler():
    r = parse(ARCHIVE.format(compiler="本报告"))
    assert fact(r, "doc.agency") == "云岭市青禾区档案馆"


def test_a_subject_before_the_disclosure_work_as_its_object():
    # "市某办对政府信息公开工作高度重视": the subject before 对 (A11: the generic form it writes)
    r = parse("如对本年报有疑问,请与云岭市人民政府重点建设项目领导小组办公室综合科联系。\n一、概述\n"
              "(一)加强组织领导。一直以来,市重点办对政府信息公开工作高度重视,把本工作列入重要议事日程。\n")
    assert fact(r, "doc.agency") == "市重点办" and fact(r, "doc.level") == "department"
    r = parse("一、概述\n2021年,县农机局对政务公开工作高度重视,全年主动公开信息40条。\n")
    assert fact(r, "doc.agency") == "县农机局"


def test_the_leadership_before_the_disclosure_work_is_not_the_author():
    r = parse("一、概述\n县政府对政务公开工作高度重视,我局全年主动公开信息40条。\n")
    assert fact(r, "doc.agency") is None


MENU = ("网站无障碍\n机构概况\n法律常识\n办事须知\n公告公示\n{crumb}公告公示\n{title}\n时间:2016-04-11\n"
        "第一章 总则\n第一条 为规范信息发布,制定本办法。\n")
RULES = "云岭市人民检察院检务公开信息发布实施办法(试行)"


def test_a_title_under_a_site_menu_and_its_breadcrumb_is_read():
    # the page's own title three lines under the breadcrumb, nine lines down: its issuer (A66)
    r = parse(MENU.format(crumb="当前位置: 首页>>检务公开>>公告公示\n", title=RULES))
    assert fact(r, "doc.agency") == "云岭市人民检察院"


def test_a_menu_without_a_breadcrumb_is_not_searched_further():
    r = parse(MENU.format(crumb="", title=RULES))
    assert fact(r, "doc.agency") is None


TOWN = ("一、总体情况\n2021年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》规定。\n(一)主动公开\n"
        "2021年,我镇通过{site}共发布公开信息66条,通过微信公众号发布信息527条。\n(二)依申请公开\n全年收到申请0件。\n")


def test_the_own_site_a_text_published_through_names_it():
    # "我镇通过某镇人民政府共发布…": the town's own site, named as the town's government (A16, the weakest naming)
    r = parse(TOWN.format(site="青禾镇人民政府"))
    assert fact(r, "doc.agency") == "青禾镇人民政府" and fact(r, "doc.level") == "township"
    r = parse(TOWN.format(site="青禾镇门户网站").replace("我镇", "我局").replace("青禾镇门户", "云溪县水利局门户"))
    assert fact(r, "doc.agency") == "云溪县水利局"


def test_a_site_of_another_kind_than_the_voice_names_no_one():
    # the county's portal a town publishes through is not the town
    r = parse(TOWN.format(site="云溪县人民政府门户网站"))
    assert fact(r, "doc.agency") is None


def test_an_opening_name_that_advertising_opens_with_is_the_rest():
    # the publishing sentence and the compiler's clause with an ASCII brand where the place was (web README)
    r = parse("根据《条例》规定,现公布365bet网址水利局2021年度政府信息公开工作年度报告。\n" + BODY)
    assert fact(r, "doc.agency") == "水利局"
    r = parse("根据《条例》要求,结合abc88官网网址审计局工作实际编制本报告。\n" + BODY)
    assert fact(r, "doc.agency") == "审计局"


def test_a_year_or_a_templates_blank_before_a_name_is_no_advertising():
    r = parse("根据《条例》规定,现公布2021年度政府信息公开工作年度报告。\n" + BODY)
    assert fact(r, "doc.agency") is None
    r = parse("根据《条例》要求,结合XX审计局工作实际编制本报告。\n" + BODY)
    assert fact(r, "doc.agency") is None


def test_a_site_that_says_no_place_names_no_one():
    r = parse(TOWN.format(site="上级主管局网站").replace("我镇", "我局"))
    assert fact(r, "doc.agency") is None

"""What a52 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

import pytest
from parse_support import fact, parse

from engine.derive import derive

# --- who reports: the body's own channel -----------------------------------------------------------------------------


def test_a_bureau_named_only_by_its_own_website_is_the_author():
    # no title; the text speaks as 我局 and names itself once, as the owner of the site it publishes on
    r = parse("一、概述\n2016年,我局认真贯彻《条例》,全年主动公开政府信息412条。\n二、主动公开情况\n"
              "1.以市体育局网站为主要平台,及时发布各类政务信息;2.通过政务微博发布信息31条。\n"
              "三、依申请公开情况\n全年未收到政府信息公开申请。")
    assert fact(r, "doc.agency") == "市体育局"
    assert "市体育局网站" in r.facts["doc.agency"].evidence


def test_a_hospital_named_only_by_its_wechat_account_is_the_author():
    r = parse("一、总体情况\n2021年,我院严格执行信息公开有关规定,通过院务公开栏公开各类信息。同时依托宜宾市第三人民医院"
              "微信公众号,及时发布就医指南和健康科普等信息。\n二、主动公开情况")
    assert fact(r, "doc.agency") == "宜宾市第三人民医院"


def test_a_township_named_only_by_its_own_account_is_the_author():
    r = parse("一、总体情况\n我镇政府信息公开主要通过网络发布,在县政府门户网站开设的石门镇微信公众号链接发布公开信息,"
              "全年发布信息58条。\n二、依申请公开\n本年度我镇未收到申请。")
    assert fact(r, "doc.agency") == "石门镇"


def test_a_channel_of_another_kind_of_body_names_no_one():
    # 我局 publishing on the city government's portal: the portal is not the bureau's
    r = parse("一、概述\n2016年,我局在市政府门户网站公开政府信息85条。\n二、依申请公开情况\n全年未收到申请。")
    assert fact(r, "doc.agency") is None


def test_two_bodies_of_the_voice_before_channels_name_no_one():
    # a county bureau's site beside a city bureau's account: which one is the author the text does not say
    r = parse("一、概述\n2018年,我局依托县农业局网站、市农业局微信公众号两个平台发布信息96条。\n二、依申请公开情况\n"
              "全年未收到申请。")
    assert fact(r, "doc.agency") is None


def test_a_channel_name_without_the_voice_names_no_one():
    # a news item about a hospital's account, in no body's voice
    r = parse("近日,宜宾市第三人民医院微信公众号推出预约挂号功能,市民可在线选择就诊时段。")
    assert fact(r, "doc.agency") is None


def test_a_stronger_naming_wins_over_the_channel():
    r = parse("本报告由宜宾市体育局根据《条例》编制。\n一、概述\n2016年,我局以市体育局网站为主要平台发布信息。")
    assert fact(r, "doc.agency") == "宜宾市体育局"


# --- report or not: news of a body's award --------------------------------------------------------------------------


def test_news_of_a_bodys_award_has_no_author():
    # the headline says the body was honoured; the item is written about it
    r = parse("遂宁市民政局被评为全市政务公开工作先进单位\n2015年02月06日\n近日,遂宁市民政局被评为2014年度全市政务公开"
              "工作先进单位。2014年,遂宁市民政局认真贯彻《条例》,全年主动公开政府信息620条,受理申请9件,均按期答复。")
    assert fact(r, "doc.kind") == "other"
    assert fact(r, "doc.agency") is None
    assert "遂宁市民政局" in r.facts["doc.agency_missing"].value


def test_a_bodys_own_item_on_its_award_keeps_its_voice():
    # "我局荣获…": the headline speaks as the body, no newsroom's item about it
    r = parse("我局荣获全市政务公开工作先进单位\n近日,市政府通报表扬2014年度政务公开工作先进单位,我局榜上有名。")
    assert not r.facts["doc.kind"].evidence.startswith("新闻")
    assert fact(r, "doc.level") == "department"  # (我局: a bureau speaks)


# --- who reports: page words and a guide's sentences are no name -----------------------------------------------------


def test_a_contents_line_above_a_wrapped_title_is_not_the_titles_first_part():
    # "目录" above a title broken over two lines: the page's word, not the start of the body's name
    r = parse("目录\n白沙镇社会事务服务中心2023年政府信息公开工作\n年 度 报 告\n根据《条例》规定,现公布本年度报告。"
              "一、总体情况\n全年主动公开信息85条。")
    assert fact(r, "doc.agency") == "白沙镇社会事务服务中心"


def test_a_wrapped_title_is_still_joined():
    r = parse("白沙镇社会事务服务中心2023年政府信息公开工作\n年 度 报 告\n根据《条例》规定,现公布本年度报告。")
    assert fact(r, "doc.agency") == "白沙镇社会事务服务中心"
    assert fact(r, "doc.year") == 2023


def test_a_guides_line_naming_its_desk_is_no_signature():
    # "现场受理机构为…秘书处" on a line of its own in a guide: a sentence, not a name signing the text
    r = parse("《指南》每年更新一次,公众可在本机关网站查阅。\n一、主动公开信息\n(一)公开的范围。本机关主动公开的信息"
              "范围参见本机关编制的目录。\n二、依申请公开\n信息公开申请网址:http://example.gov.cn/ysqgk/\n"
              "现场受理机构为吉林市人民防空办公室秘书处\n咨询电话:0432-1234567")
    assert fact(r, "doc.agency") is None


# --- report or not: a school's report with its name replaced ------------------------------------------------------


def test_a_schools_report_whose_name_a_mirror_replaced_is_a_university_report():
    # the brand stands where the school's name stood; the 高校办法 and the school's own words remain
    r = parse("为推进学校信息公开工作,保障师生和社会公众的知情权,根据《高等学校信息公开办法》等规定,在省教育厅的指导下,"
              "学校认真开展信息公开工作。\n一、概述\n(一)完善组织机构\n按照《某某娱乐平台信息公开实施细则》,学校调整了"
              "信息公开工作领导小组。\n二、主动公开情况\n全年通过学校网站公开信息320条。")
    assert fact(r, "doc.kind") == "university_annual"
    assert fact(r, "doc.level") == "university"
    assert "高等学校信息公开" in r.facts["doc.kind"].evidence


def test_a_bureau_that_guides_schools_stays_a_government_report():
    # an education bureau's report that speaks of the schools' disclosure under the 高校办法 is the bureau's own
    r = parse("一、概述\n2020年,我局指导辖区高校落实《高等学校信息公开办法》,全年主动公开政府信息215条。\n"
              "二、依申请公开情况\n全年收到申请3件,均已答复。\n三、行政复议和行政诉讼情况\n未发生行政复议和诉讼。")
    assert fact(r, "doc.kind") == "government_annual"


# --- who reports: an office or a commission named once in its own voice ------------------------------------------


def test_an_office_that_describes_itself_in_its_own_voice_is_the_author():
    # 我办 throughout; the office named once, as the subject of its own profile (its rank: 属…级)
    r = parse("一、总体情况\n2020年,我办认真贯彻《条例》,现将有关情况报告如下。\n(一)机构概况\n"
              "崇阳县人民政府扶贫开发办公室属正科级行政机关,内设股室5个。\n(二)主动公开\n我办全年公开信息46条。")
    assert fact(r, "doc.agency") == "崇阳县人民政府扶贫开发办公室"


def test_a_commission_named_once_in_its_own_voice_is_the_author():
    r = parse("一、总体情况\n2021年,我委坚持以公开为常态,全年主动公开信息133条。崇阳县发展和改革委员会将规范性文件"
              "及时向社会公布。\n二、依申请公开\n我委全年未收到申请。")
    assert fact(r, "doc.agency") == "崇阳县发展和改革委员会"


def test_an_areas_disclosure_desk_in_the_offices_voice_names_no_one():
    # the desk of the whole district speaks as 我办 for the area: not the author (A285)
    r = parse("一、总体情况\n2019年,我办统筹全区政务公开工作。崇阳县政务公开工作办公室组织各部门按时发布信息。\n"
              "二、依申请公开\n全区共收到申请12件。")
    assert fact(r, "doc.agency") != "崇阳县政务公开工作办公室"


def test_a_superior_office_named_under_the_voice_is_not_the_author():
    r = parse("一、总体情况\n2020年,我办按照崇阳县人民政府办公室部署,全年主动公开信息46条。\n二、依申请公开\n"
              "我办全年未收到申请。")
    assert fact(r, "doc.agency") is None


# --- report or not: the compiler's own report, a document site's page of a report --------------------------------


def test_the_compilers_sentence_naming_its_report_and_parts_makes_a_report():
    # a work-style preamble in the bureau's voice, then the sentence that says which report this is and what it holds
    r = parse("今年以来,区统计局在区委区政府的领导下,认真做好各项统计服务工作,我局对照考评细则逐项落实。根据《条例》的"
              "有关规定,由鹿城区统计局编制的2019年度政府信息公开年度报告主要包括基本概况、主动公开政府信息的情况、"
              "依申请公开政府信息的情况等部分。\n一、基本概况\n我局明确专人负责信息公开工作。")
    assert fact(r, "doc.kind") == "government_annual"
    assert "编制的2019年度" in r.facts["doc.kind"].evidence


def test_a_document_sites_numbered_page_of_a_report_is_the_report():
    body = ("(四)积极开展培训和宣传工作\n一是加强培训。全年市政府信息公开办召开5次培训会议,讲解《条例》的要求和答复"
            "申请的难点问题,各部门工作人员的业务水平明显提高。二是加强宣传。我市结合政务公开日开展了集中宣传活动,"
            "发放宣传资料2万余份。")
    r = parse("鞍山市2009年度政府信息公开工作报告(6)\n" + body)
    assert fact(r, "doc.kind") == "government_annual"
    assert "(6)" in r.facts["doc.kind"].evidence


# --- who reports: the central bank's branches ---------------------------------------------------------------------


def test_a_central_bank_branch_is_a_name():
    r = parse("政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,特公布中国人民银行芜湖市中心支行2011年"
              "政府信息公开工作年度报告。")
    assert fact(r, "doc.agency") == "中国人民银行芜湖市中心支行"
    assert fact(r, "doc.level") == "unknown"  # (a national body's branch: L18)


# --- a guide's standard phrase, a headline's verb, an explainer under a site's label ------------------------------


def test_a_guide_names_its_body_in_the_standard_phrase():
    r = parse("为方便公民、法人和其他组织获取天津市规划和自然资源局河西分局的政府信息,按照《中华人民共和国政府信息公开"
              "条例》等有关规定,编制本指南。\n一、信息分类和编排体系")
    assert fact(r, "doc.agency") == "天津市规划和自然资源局河西分局"
    assert fact(r, "doc.kind") == "other"


def test_a_headlines_verb_of_holding_is_no_office():
    # "举办" ends in 办, but "某市举办…培训会" names no 办
    r = parse("钦州市举办2022年政务公开业务培训会\n近日,钦州市组织各县区和市直部门开展政务公开业务培训,"
              "讲解政府信息公开工作年度报告的编制要求。")
    assert fact(r, "doc.agency") != "钦州市举办"


def test_an_explainer_titled_under_a_sites_label_is_no_report():
    r = parse("标题文字解读:《临沭县人民政府2020年政府信息公开工作年度报告》\n本报告由临沭县人民政府办公室按照"
              "《中华人民共和国政府信息公开条例》要求编制,数据统计期限为2020年1月1日至12月31日。\n一、总体情况\n"
              "2020年全县主动公开政府信息1.2万条。")
    assert fact(r, "doc.kind") == "other"


# --- who reports: a place whose name opens with 本 -----------------------------------------------------------------


def test_a_zone_of_a_city_whose_name_opens_with_ben_keeps_its_first_character():
    # 本溪 is a city, not "this": the title's name is whole
    r = parse("本溪经济开发区管理委员会2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定"
              "编制本报告。\n一、总体情况\n2022年,开发区管委会坚持以公开为常态。")
    assert fact(r, "doc.agency") == "本溪经济开发区管理委员会"
    assert fact(r, "doc.level") == "county"


def test_this_bureau_is_still_no_name():
    r = parse("本局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,本局坚持以公开为常态。")
    assert fact(r, "doc.agency") is None


# --- report or not: a title printed twice, run on into the text -------------------------------------------------


def test_a_title_printed_twice_and_run_on_is_read_as_the_title():
    title = "天津市2019年政府信息公开工作年度报告"
    r = parse(title + title + " 2019年,天津市全面贯彻落实党的十九大精神,坚持以公开为常态、不公开为例外,"
              "认真贯彻《条例》,深入推进决策、执行、管理、服务、结果公开,全年主动公开政府信息数量持续增长,政务公开工作取得新成效。\n一、政府信息和政务公开主要工作情况")
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.agency") == "天津市"
    assert r.facts["doc.kind"].evidence.endswith(title)


# --- level: a vertically managed national body's branch ----------------------------------------------------------


BRANCH_REPORT = ("{name}{year}年政府信息公开工作年度报告\n一、总体情况\n{year}年,我局认真贯彻《条例》,"
                 "全年主动公开信息120条。")


@pytest.mark.parametrize("name", ["宁波海关", "山东海事局", "湖北省邮政管理局", "国家统计局荆州调查队",
                                  "绍兴市烟草专卖局", "台州银保监分局"])
def test_a_national_bodys_branch_has_no_level_whatever_its_voice(name):
    r = parse(BRANCH_REPORT.format(name=name, year=2019))
    assert fact(r, "doc.agency") == name
    assert fact(r, "doc.level") == "unknown"


@pytest.mark.parametrize(("name", "level"), [("宁波市地方税务局", "department"), ("达州市气象局", "department"),
                                             ("四川省气象局", "province")])
def test_a_local_tax_bureau_and_a_weather_bureau_keep_their_places_level(name, level):
    r = parse(BRANCH_REPORT.format(name=name, year=2016))
    assert fact(r, "doc.level") == level



@pytest.mark.parametrize("name", ["宁波海关", "中国人民银行芜湖市中心支行"])
def test_a_national_bodys_branch_is_still_a_department_for_its_deadline(name):
    # no level of its own (L50), but a government department: the 2019 Regulations' 1月31日, not the governments'
    r = parse(BRANCH_REPORT.format(name=name, year=2021) + "\n本报告于2022年3月15日发布。")
    facts = derive(r)
    assert fact(r, "doc.level") == "unknown"
    assert facts["derived.body"].value == "department"
    assert facts["derived.report_deadline"].value == "2022-01-31"

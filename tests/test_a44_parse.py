"""What a44 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

import pytest
from parse_support import evidence, fact, parse

from engine.parse import divisions
from engine.parse.author import clean

needs_divisions = pytest.mark.skipif(not divisions.available(), reason="the cpca division data is not installed")

PARTS = ("一、总体情况\n2022年,全年公开信息120条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
         "四、政府信息公开行政复议、行政诉讼情况\n")

# --- who reports ---------------------------------------------------------------------------------------------------


@needs_divisions
def test_an_office_that_names_its_basis_before_compiling_the_areas_report():
    # "本年度报告由某市人民政府办公室根据《条例》要求编制", the text speaking as 我市: the area (A128 with A56's basis)
    r = parse("本年度报告由岳阳市人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。\n"
              "2022年,我市坚持以公开为常态。\n" + PARTS)
    assert fact(r, "doc.agency") == "岳阳市"
    assert fact(r, "doc.level") == "city"


@needs_divisions
def test_an_office_that_names_its_basis_in_its_own_voice_stays_the_office():
    # guard: the same sentence in the office's own voice (我办) is the office reporting for itself
    r = parse("本年度报告由岳阳市人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。\n"
              "2022年,我办坚持以公开为常态。\n" + PARTS)
    assert fact(r, "doc.agency") == "岳阳市人民政府办公室"


@needs_divisions
def test_an_office_compiling_what_it_summed_up_first():
    # "综合某县政府各部门、各乡镇…信息公开情况,由某县人民政府办公室编制", 我县: the area, as with 综合 after 由 (A62)
    r = parse("本报告根据《中华人民共和国政府信息公开条例》要求,综合桃源县政府各部门、各乡镇人民政府信息公开情况,"
              "由桃源县人民政府办公室编制。\n2020年,我县深入推进政务公开。\n" + PARTS)
    assert fact(r, "doc.agency") == "桃源县"
    assert "由桃源县人民政府办公室编制" in evidence(r, "doc.agency")


@needs_divisions
def test_a_disclosure_office_summing_up_the_whole_area_as_its_clauses_subject():
    # "…要求,某市人民政府信息公开办公室汇总全市政府信息公开情况编制而成本报告": the area (A241's office, no 由)
    r = parse("根据《中华人民共和国政府信息公开条例》要求,林芝市人民政府信息公开办公室汇总全市政府信息公开情况"
              "编制而成本报告。\n" + PARTS)
    assert fact(r, "doc.agency") == "林芝市"
    assert fact(r, "doc.level") == "city"


def test_a_short_form_declared_with_the_typo_yishang():
    # "(以上简称…)" for "(以下简称…)": the declaration, no part of the name
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》要求,由云南省林业和草原局(以上简称省林草局)编制。\n"
              + PARTS)
    assert fact(r, "doc.agency") == "云南省林业和草原局"


def test_bodies_counted_as_a_subject_are_no_author_and_no_report_of_its_own():
    # a survey's finding, "绝大多数政府机关认真编制了本级政府的年度报告": no body's name, no report of its own
    r = parse("法学研究机构昨日公布了政府信息公开年度报告编制情况的调研结果。\n"
              "调研结果显示,2015年绝大多数政府机关认真编制了本级政府的年度报告,并按时予以发布。"
              "但也有部分机关的报告内容空洞。\n")
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.kind") == "other"


def test_the_body_itself_compiling_its_report_still_says_so():
    # guard: a body that compiled its own report (编制了本年度报告) is read as before
    r = parse("根据《中华人民共和国政府信息公开条例》,青禾县统计局编制了本年度报告。\n2022年,我局公开信息80条。\n")
    assert fact(r, "doc.kind") == "government_annual"


def test_a_division_of_a_department_named_office_in_the_contact_line():
    # "请联系某市人民政府外事办公室综合处": the division's department answers (A19: a body's own office is the body)
    r = parse("根据《中华人民共和国政府信息公开条例》规定,结合我办工作实际,编制本年度报告。\n" + PARTS
              + "如对本报告有疑问,请联系吉林市人民政府外事办公室综合处,电话:0432-1234567。\n")
    assert fact(r, "doc.agency") == "吉林市人民政府外事办公室"


def test_a_street_office_and_a_government_offices_division_keep_their_names():
    assert clean("和平街道办事处")[0] == "和平街道办事处"  # its 处 is the street office's own
    assert clean("黑龙江省人民政府办公厅秘书处")[0] == "黑龙江省人民政府办公厅秘书处"  # left to the rules on 办公厅


def test_the_reports_own_name_as_the_opening_sentences_subject():
    # "某镇2019年政府信息公开年度报告是根据…编制并公布": the report's title run into its first sentence
    # (a line too long for a title: the sentence runs on after the name)
    r = parse("常乐镇2019年政府信息公开年度报告是根据《关于政府信息公开年度报告有关事项的通知》(国办公开办函〔2019〕"
              "60号)及《中华人民共和国政府信息公开工作年度报告格式(试行)》的要求编制并公布。"
              "全文包括总体情况、主动公开政府信息情况等部分。\n" + PARTS)
    assert fact(r, "doc.agency") == "常乐镇"
    assert fact(r, "doc.level") == "township"


def test_a_schools_presidents_office_is_no_name():
    # "结合某学院工作实际,由院长办公室编制": the school, not its office with no school's name (A10)
    r = parse("本年度报告根据《高等学校信息公开办法》要求,结合青禾师范学院工作实际,由院长办公室编制。"
              "全文包括概述、主动公开情况、依申请公开情况等部分。\n一、概述\n学院认真落实信息公开清单。\n")
    assert fact(r, "doc.agency") == "青禾师范学院"


def test_a_cover_that_sends_the_report_by_its_title():
    # "关于报送《某学院2016-2017学年度信息公开年度报告》的报告": the report's school, named inside the brackets
    r = parse("关于报送《青禾职业技术学院2016-2017学年度信息公开年度报告》的报告\n"
              "根据教育部有关要求,现将本学年度信息公开工作报告如下:\n一、概述\n学校认真落实信息公开清单。\n")
    assert fact(r, "doc.agency") == "青禾职业技术学院"


def test_a_notice_that_publishes_the_report_by_its_title():
    # "某部办公厅关于发布《2012年某部…年度报告》的公告": the ministry whose report it is, not its general office
    r = parse("水利部办公厅关于发布《2012年水利部政府信息公开工作年度报告》的公告\n"
              "根据《中华人民共和国政府信息公开条例》要求,水利部编制了《2012年水利部政府信息公开工作年度报告》,"
              "现予以发布。\n" + PARTS)
    assert fact(r, "doc.agency") == "水利部"


def test_a_notice_issuing_the_format_stays_its_issuers():
    # guard: 印发《…年度报告格式》 issues a document, whose title names no body's report
    r = parse("国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知\n"
              "各省、自治区、直辖市人民政府办公厅:\n现将格式印发给你们,请遵照执行。\n")
    assert fact(r, "doc.agency") == "国务院办公厅政府信息与政务公开办公室"


# --- figures -------------------------------------------------------------------------------------------------------

HEAD = "青禾县交通运输局2022年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"


def test_received_and_closed_in_one_word():
    # "均已按要求受理办结": all closed (F-row a44)
    r = parse(HEAD + "全年共受理政府信息公开申请12件,其中当面申请5件,网络申请7件,均已按要求受理办结。\n")
    assert fact(r, "requests.received") == 12
    assert fact(r, "requests.completed") == 12


def test_nobody_applied_to_the_body():
    # "无外单位和个人向我院申请公开信息": none received
    r = parse("青禾县人民医院2011年政府信息公开工作年度报告\n一、概述\n二、依申请公开情况\n"
              "2011年,无外单位和个人向我院申请公开信息,不涉及政府信息公开收费。\n")
    assert fact(r, "requests.received") == 0


def test_no_person_applying_says_nothing_of_bodies():
    # guard: only persons named ("无公民向我局申请") says nothing of the other applicants
    r = parse("青禾县人民医院2011年政府信息公开工作年度报告\n一、概述\n二、依申请公开情况\n"
              "2011年,无公民向我局申请公开政府信息。\n")
    assert fact(r, "requests.received") is None


# --- the second batch's classes (sets 100–105) ---------------------------------------------------------------------


@needs_divisions
def test_an_office_whose_basis_runs_long_before_it_compiles_the_summed_areas_report():
    # "本年度报告由某市人民政府办公室根据《条例》、《…通知》等规定要求,并综合…各县(市、区)…编制": the area (A258)
    r = parse("本年度报告由丽水市人民政府办公室根据《中华人民共和国政府信息公开条例》、《国务院办公厅政府信息与政务"
              "公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》等规定要求,并综合2022年度各县"
              "(市、区)政府和市政府各部门政府信息公开工作年度报告编制。\n2022年,丽水市坚持以公开为常态。\n" + PARTS)
    assert fact(r, "doc.agency") == "丽水市"


@needs_divisions
def test_a_bureaus_report_that_copied_the_offices_opening_is_no_areas():
    # guard: the office's compiling sentence copied into a bureau's report (我局): no area from the place's mention
    r = parse("本报告由罗庄区人民政府办公室按照《中华人民共和国政府信息公开条例》要求编制。\n"
              "如需咨询,请联系罗庄区综合行政执法局。\n2023年,我局坚持以公开为常态。\n" + PARTS)
    assert fact(r, "doc.agency") != "罗庄区"


def test_the_bodys_disclosure_without_work_before_compiling():
    # "依据2010年度某区某局政府信息公开情况编制本报告": the body whose year the report is compiled from
    r = parse("根据《中华人民共和国政府信息公开条例》的规定,依据2010年度龙潭区人力资源和社会保障局政府信息公开情况"
              "编制本报告。\n如有疑问,请与龙潭区人社局联系。\n" + PARTS)
    assert fact(r, "doc.agency") == "龙潭区人力资源和社会保障局"


def test_a_sites_corner_and_a_zones_office_alone_are_no_names():
    assert clean("智能问答繁体长者专区")[0] is None  # a site's menu
    assert clean("政民互动区")[0] is None  # a hall's zone
    assert clean("管委会党政办公室")[0] is None  # a committee's office, whose unsaid
    assert clean("研究所")[0] is None  # a research body with its name left out
    assert clean("内容和主题的确定可由省政府办公厅")[0] is None  # a clause, not a name
    assert clean("中国(河北)自由贸易试验区雄安片区管理委员会")[0] is not None  # 自由 is no clause's 由


def test_carried_on_in_other_words_is_not_done():
    # "共办结政府信息依申请公开733件,…,转接下年度办理45件": 733 done, 45 carried forward
    r = parse(HEAD + "2022年全区共办结政府信息依申请公开733件,其中予以公开238件,其他处理76件,转接下年度办理45件。\n")
    assert fact(r, "requests.completed") == 733
    assert fact(r, "requests.carried_forward") == 45


def test_a_duplicate_handled_is_an_outcome_not_the_done_count():
    # "另处理重复申请1件": the outcome table's 重复申请 row, not the requests completed
    r = parse(HEAD + "经依法办理,予以公开4件,无法提供19件,另处理重复申请1件。\n")
    assert fact(r, "requests.completed") is None


def test_letters_counted_with_the_requests_are_no_count_of_them():
    # "收到12345群众来信、依申请信息公开等26件,其中依申请公开7件": the requests are the 7
    r = parse(HEAD + "2022年我局收到12345群众来信、依申请信息公开等26件,其中依申请公开7件,均在规定时间内办结。\n")
    assert fact(r, "requests.received") == 7
    assert fact(r, "requests.completed") == 7


def test_received_and_closed_as_the_years_load_before_those_closed():
    # "共受理办结…20起(含上年度转结1起),办结19起": the load (F18, 转结 for 结转), then 19 done
    r = parse(HEAD + "全年共受理办结政府信息依申请公开20起(含上年度转结1起),办结19起。\n")
    assert fact(r, "requests.completed") == 19
    assert fact(r, "requests.received") is None


def test_none_received_in_other_words():
    r = parse(HEAD + "2022年度,我镇未接获公民或法人的依申请公开诉求。\n")
    assert fact(r, "requests.received") == 0
    r = parse(HEAD + "2022年,我局未收到自然人、公司、企业或社会团体要求公开政府信息的申请。\n")
    assert fact(r, "requests.received") == 0


def test_news_of_an_open_day_is_no_summary():
    # "某局开展第十五届“5·15”政务公开日活动": news of an event, other (K50)
    r = parse("市教育局开展第十五届“5·15”政务公开日活动\n发布时间:2021-05-18\n"
              "今年政务公开日的主题是深化政务公开。市教育局组织干部走进社区,发放宣传资料300余份,"
              "现场解答群众咨询。我局将继续做好政府信息公开工作。\n")
    assert fact(r, "doc.kind") == "other"


def test_a_summary_of_an_open_month_stays_a_summary():
    # guard: a summary titled so (…开放月工作总结) is a work summary
    r = parse("青枫街道2025年政府开放月工作总结\n为深入推进政务公开,我街道组织开展政府开放月活动。"
              "一、主要做法\n我街道主动公开政府信息56条,邀请群众代表参观便民服务中心。\n")
    assert fact(r, "doc.kind") == "work_summary"


# --- the third batch's classes (sets 106–111) ----------------------------------------------------------------------


def test_xianba_publishes_the_bodys_report_as_xianjiang_does():
    # "现把某市某局2019年度政府信息公开工作情况报告如下": the body the sentence names, over the subject's short form
    r = parse("根据《中华人民共和国政府信息公开条例》精神,现把长治市信访局2019年度政府信息公开工作情况报告如下:\n"
              "一、总体情况\n2019年,长治信访局认真贯彻条例。\n")
    assert fact(r, "doc.agency") == "长治市信访局"


def test_a_year_by_its_relation_is_no_name():
    assert clean("上一年度政府")[0] is None  # "上一年度政府信息公开…": the topic's 政府
    assert clean("今年教育部")[0] is None


@needs_divisions
def test_a_guides_bare_place_stays_bare_with_the_government_written_in_full():
    # "某镇政府信息公开指南" above a body that names 某镇人民政府: the bare place (9 of 9 labels; A71 revised)
    r = parse("中山市港口镇政府信息公开指南(2024年)\n为更好地提供政府信息公开服务,方便公众查找中山市港口镇人民政府"
              "依法公开的政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。\n一、主动公开\n")
    assert fact(r, "doc.agency") == "中山市港口镇"
    assert fact(r, "doc.kind") == "other"


def test_the_reports_own_title_published_makes_a_report():
    # "《某省人民政府2016年度政府信息公开报告》已经省政府同意,现予以发布" under that title: the report itself (K51)
    r = parse("江苏省人民政府2016年度政府信息公开报告\n根据《中华人民共和国政府信息公开条例》规定,"
              "《江苏省人民政府2016年度政府信息公开报告》已经省政府同意,现予以发布。\n"
              "一、2016年政府信息公开情况\n2016年,全省深入推进政务公开。\n")
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.agency") == "江苏省人民政府"


# --- gold names the name test turned down (every label's agency read through clean; a44) ---------------------------


def test_real_names_that_looked_like_phrases():
    assert clean("泸县百和镇")[0] == "泸县百和镇"  # 和 inside a township's own name, not units joined
    assert clean("太和镇")[0] == "太和镇"
    assert clean("平和乡")[0] == "平和乡"
    assert clean("深圳市龙华区重点区域建设推进中心")[0] == "深圳市龙华区重点区域建设推进中心"  # 推进 in a centre's name
    assert clean("临沂市供销合作社联合社")[0] == "临沂市供销合作社联合社"
    assert clean("向阳楼街道")[0] == "向阳楼街道"  # 向阳, a common township's name, though 向 opens phrases
    assert clean("兴安盟行署外事办公室")[0] == "兴安盟行署外事办公室"  # a department of the league's government
    assert clean("海关总署(本级机关)")[0] == "海关总署"


def test_the_phrases_stay_turned_down():
    assert clean("各乡镇和街道")[0] is None
    assert clean("街道和镇")[0] is None
    assert clean("乡镇和乡")[0] is None
    assert clean("区域发展形势和街道")[0] is None
    assert clean("推进政务公开")[0] is None
    assert clean("向各乡镇")[0] is None


def test_a_titled_townships_report_whose_name_holds_he():
    r = parse("泸县百和镇2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求,编制本报告。\n"
              + PARTS + "如有疑问请与泸县百和镇党建办联系。\n")
    assert fact(r, "doc.agency") == "泸县百和镇"
    assert fact(r, "doc.level") == "township"


@needs_divisions
def test_a_scenic_areas_committee_is_a_name_with_no_known_place():
    # "某风景名胜区管委会2018年度政府信息公开工作报告": a zone of a kind the table has no place for, with its body
    r = parse("超山风景名胜区管委会2018年度政府信息公开工作报告\n根据《中华人民共和国政府信息公开条例》的有关要求,"
              "特编制本报告。\n" + PARTS)
    assert fact(r, "doc.agency") == "超山风景名胜区管委会"


@needs_divisions
def test_such_a_zone_alone_under_a_committees_voice_is_the_topic():
    # guard: "为切实做好某投资区政府信息公开工作,我委…": the zone alone is the work's topic, not who reports
    r = parse("引言\n根据《中华人民共和国政府信息公开条例》,我委认真编制政府信息公开工作年度报告。\n一、概述\n"
              "为切实做好元洪投资区政府信息公开工作,我委调整充实了领导小组。\n")
    assert fact(r, "doc.agency") != "元洪投资区"


def test_two_issuers_glued_and_an_answer_sites_question_are_no_names():
    assert clean("芜湖市政务公开办公室市政府新闻办公室")[0] is None  # two bodies, their space lost
    assert clean("是什么意思信访局")[0] is None  # a spam title's question before what is left of the name
    assert clean("青禾市人民政府办公室")[0] == "青禾市人民政府办公室"  # guard: one body


def test_public_service_institutions_have_no_level():
    # 疾控中心, 妇幼保健…中心, 广播电视台, 博物馆: no level, as hospitals (L46); an archive stays a department
    from engine.parse.meta import find_level
    assert find_level("桃源县疾病预防控制中心") == "unknown"
    assert find_level("白银市疾控中心") == "unknown"
    assert find_level("淮北市妇幼保健计划生育服务中心(市妇幼保健院)") == "unknown"
    assert find_level("通榆县广播电视台") == "unknown"
    assert find_level("民乐县博物馆") == "unknown"
    assert find_level("贵港市档案馆") == "department"


def test_a_title_ending_in_niandu_gongzuo_baogao_under_a_metadata_grid():
    # "2022年某区某局政府信息公开年度工作报告" below "发文日期: | 2023年01月18日 | 主题分类: | …": the title's year
    # and body; the grid's row is no title (P27)
    r = parse("索引号: | 00001434-9/2023-00000003 | 发布机构: | 区统计局 |\n"
              "发文日期: | 2023年01月18日 | 主题分类: | 政府信息公开年报 |\n"
              "2022年上海市嘉定区统计局政府信息公开年度工作报告\n"
              "根据《中华人民共和国政府信息公开条例》要求,结合统计工作实际,编制本报告。\n" + PARTS)
    assert fact(r, "doc.year") == 2022
    assert fact(r, "doc.agency") == "上海市嘉定区统计局"
    assert fact(r, "doc.published_on") == "2023-01-18"

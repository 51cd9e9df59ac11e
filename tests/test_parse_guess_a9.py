"""No contradiction and no part the page does not have (issue 12, a9-guess): a breakdown that lists only some of a
total, a report's own list of parts shorter than its count, a preamble read as the overview, a numbered point on
the work read as the proactive part. Each case both ways: the guarded form gives nothing, the plain form is read as
before. Names, places and prose are invented."""

import pytest

from engine.parse import parse_text
from engine.parse.checks import list_count_contradictions, total_part_contradictions
from engine.parse.sections import section_facts


def section(text: str, part: str) -> bool:
    return section_facts(text)[f"sections.{part}"].value


# --- a breakdown that does not list the whole total ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # one kind counted in another unit (期 among 条): it belongs to the total but is not summed
    "全年在县政府网站公开各类政府信息共计530条,其中:工作动态210条、通知公告95条、征集调查12期、其他信息213条。",
    # the sentence goes on to something else after the counted kinds
    "全年累计主动公开政府信息数量88条,其中主动公开公文20条,公开会议信息9条,以群众关心的办事问题为切入点,有序公开各类信息。",
    # the last items are of another sort (messages received, answered)
    "全年在县政府网站发布各类信息6400条,其中发布概况信息40条,政务动态2100条,收到网民留言31条,已全部办理。",
])
def test_a_breakdown_of_some_kinds_is_no_contradiction(sentence):
    assert total_part_contradictions(sentence) == []


@pytest.mark.parametrize("sentence", [
    "2021年,我办共接受群众咨询520次,其中窗口接待60次,电话接听300次,当面咨询100次,网上咨询50次。",
    "全年共主动公开政府信息300条,其中文件100条、动态120条、人事信息50条。",
])
def test_a_full_breakdown_that_does_not_add_up_is_a_contradiction(sentence):
    assert len(total_part_contradictions(sentence)) == 1


# --- a list of parts shorter than its count ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # 等 after two or three examples of six or seven: the list names some of them
    "要认真总结年度工作,报告内容应包括:一是《条例》规定的主动公开、依申请公开等6个方面的情况。",
    "报告应当包括主动公开、依申请公开、复议诉讼等七个部分。",
])
def test_examples_before_deng_and_a_count_are_no_contradiction(sentence):
    assert list_count_contradictions(sentence) == []


@pytest.mark.parametrize("sentence", [
    # one or two short of the count, with 等 or not: a contradiction (tests/test_inconsistencies.py, web g19-018)
    "本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、行政复议和行政诉讼情况、存在的主要问题及改进措施"
    "共6部分组成。",
    "本年报由工作概述、主动公开情况、依申请公开情况、存在的主要问题及改进措施等五个部分组成。",
])
def test_a_list_one_short_of_its_count_is_a_contradiction(sentence):
    assert len(list_count_contradictions(sentence)) == 1


def test_a_closed_list_shorter_than_its_count_is_a_contradiction():
    sentence = "干部选拔通过推荐、考察、公示五个程序。"
    assert len(list_count_contradictions(sentence)) == 1


def test_a_list_longer_than_its_count_with_deng_is_a_contradiction():
    sentence = "本报告由概述、主动公开情况、依申请公开情况、收费情况、复议诉讼情况、问题及改进措施等四部分组成。"
    assert len(list_count_contradictions(sentence)) == 1


# --- a preamble is no overview -----------------------------------------------------------------------------

PARTS = ("一、对条例的学习和把握\n2019年,我街道组织干部学习条例。\n"
         "二、主动公开政府信息情况\n全年主动公开政府信息52条。\n"
         "三、依申请公开政府信息情况\n全年未收到政府信息公开申请。\n")


@pytest.mark.parametrize("preamble", [
    # that it is published, and the list of its parts
    "根据《中华人民共和国政府信息公开条例》的相关要求,现将青禾街道办事处2019年政府信息公开工作年度报告予以公布。"
    "本报告时间为2019年1月1日至12月31日,全文包括概述、主动公开政府信息情况、依申请公开情况三个部分。",
    # compiled under the law, its parts, the period of its figures
    "本报告根据《中华人民共和国政府信息公开条例》,结合实际工作编制而成。全文由总体情况、主动公开情况、依申请公开情况组成。"
    "本报告所列数据为2019年1月1日至2019年12月31日。",
    "青禾镇根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,特向社会公开2019年度青禾镇政府信息公开"
    "年度报告。本报告信息数据统计期限为:2019年1月1日至2019年12月31日。",
])
def test_a_preamble_before_the_first_part_is_no_overview(preamble):
    assert section(preamble + "\n" + PARTS, "overview") is False


def test_an_opening_paragraph_on_the_years_work_is_the_overview():
    opening = ("2019年,青禾街道认真贯彻落实《条例》,健全工作机制,加强平台建设,全年政务公开工作平稳有序,"
               "各项工作按计划完成,群众对政务公开工作的满意度进一步提升。")
    assert section(opening + "\n" + PARTS, "overview") is True


# --- a numbered point on the work is no proactive part -----------------------------------------------------

SUMMARY = ("一、政府信息公开工作概述\n今年,我街道政务公开工作稳步推进。\n"
           "二、政府信息公开工作概况\n{lead}整合街道各科室力量,明确专人负责。\n")


@pytest.mark.parametrize("lead", ["1.强化顶层设计,推动政务公开工作良好开局。",
                                  "1.2022年度青禾街道政务公开工作总结 2\n"])
def test_a_numbered_point_on_the_work_is_no_proactive_part(lead):
    assert section(SUMMARY.format(lead=lead), "proactive") is False


@pytest.mark.parametrize("lead", ["1、公开内容严格按照《条例》要求落实。", "1.主动公开政府信息情况。"])
def test_a_numbered_point_on_what_is_disclosed_is_the_proactive_part(lead):
    assert section(SUMMARY.format(lead=lead), "proactive") is True


def test_parse_text_reads_no_inconsistency_from_a_partial_breakdown():
    text = ("青禾县2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开。2024年,县政府网站累计发布各类政务信息"
            "8200条,其中概况类信息30条,政务动态信息2900条,微信公众号发布信息70条,收到留言40条,已全部办理。\n")
    assert parse_text(text, "t.txt").facts["quality.inconsistencies"].value == []


# --- the page's date against the document's ----------------------------------------------------------------

def published(text: str):
    got = parse_text(text, "t.txt").facts.get("doc.published_on")
    return got.value if got else None


NOTICE = ("{head}\n\n关于做好2017年政府信息公开工作年度报告编制和公布工作的通知\n\n发布时间:{posted} 10时59分\n\n"
          "{number}\n\n各县(市)人民政府,州政府各部门:\n  按照《中华人民共和国政府信息公开条例》要求,现就做好年度报告"
          "编制和公布工作通知如下。\n")


@pytest.mark.parametrize("number", ["青府办函〔2018〕21号", "国办公开办函〔2019〕60號"])
def test_a_later_years_posting_of_a_numbered_document_is_no_date(number):
    assert published(NOTICE.format(head="政府信息公开", posted="2020-06-29", number=number)) is None


def test_a_posting_in_the_year_of_the_documents_number_is_its_date():
    text = NOTICE.format(head="政府信息公开", posted="2018-02-05", number="青府办函〔2018〕21号")
    assert published(text) == "2018-02-05"


REPORT = ("2016年度青禾街道政府信息公开工作年度报告\n发布时间:{posted}\n\n根据《条例》要求,现将我街道信息公开工作"
          "报告如下:\n一、基本概况\n2016年我街道主动公开政府信息55条,未收到政府信息公开申请。\n\n"
          "青禾街道办事处\n{signed}\n")


def test_the_signatures_date_before_the_posting_is_the_documents():
    assert published(REPORT.format(posted="2017-02-27", signed="2017年1月6日")) == "2017-01-06"


def test_a_posting_before_the_signatures_date_stays():
    assert published(REPORT.format(posted="2017-01-05", signed="2017年1月6日")) == "2017-01-05"


def test_a_writing_sites_time_is_no_date():
    text = ("当前位置:首页 > 工作计划\n\n乡镇政务公开总结\n\n时间:2024-04-24 18:19:34\n"
            "乡镇政务公开总结[本文共9820字]\n\n"
            "今年,我乡的政务公开工作在区委、区政府的正确领导下稳步推进。\n")
    assert published(text) is None


# --- applications answered, in the forms a report words them ---------------------------------------------------

def completed(sentence: str, year: int = 2023):
    from engine.parse.counts import count_facts
    got = count_facts("二、依申请公开情况\n" + sentence + "\n", {}, year).get("requests.completed")
    return got.value if got else None


@pytest.mark.parametrize("sentence, want", [
    ("2023年度受理政府信息公开申请3件,已完成依申请公开申请3件。", 3),
    ("我办共收到政府信息公开申请7个,按规定时间办结7个。", 7),
    ("本年度共收到并妥善处理依申请公开信息11件。", 11),
    ("本街道共收到9件信息依申请公开,其中6件已经按时按规完成答复,剩余3件结转下年度继续办理。", 6),
    ("全年收到依申请公开申请4条,已按规定时间完成答复。", 4),
    ("通过线上、信函等渠道收到依申请公开信息15件,已全部按期限答复办结。", 15),
])
def test_applications_answered_are_read(sentence, want):
    assert completed(sentence) == want


@pytest.mark.parametrize("sentence", [
    "全年收到网民留言30条,已按规定时间完成答复。",  # messages, not applications
    "共收到政府信息公开申请12件,其中1件因信息不存在告知申请人。",  # no part said to be answered
])
def test_no_answered_count_where_none_is_stated(sentence):
    assert completed(sentence) is None


# --- a menu, a collection, a news item on many schools ---------------------------------------------------------

PROVINCE_REPORT = ("本年度报告是根据《中华人民共和国政府信息公开条例》要求,综合各市人民政府和省政府各部门的政府信息公开"
                   "工作报告和有关统计数据而成。全文包括概述,主动公开政府信息情况,依申请公开政府信息情况,存在的主要问题和"
                   "改进措施。本年度报告中使用数据统计期限为2012年1月1日至12月31日。\n一、概述\n2012年,全省各地、各部门"
                   "深入贯彻落实《条例》,进一步提高政府信息公开的质量和水平。\n")


def test_a_site_menu_entry_is_no_explainers_title():
    menu = "- 政策解读\n- 经济发展\n- 社会发展\n- 项目中心\n|\n"
    assert value(menu + PROVINCE_REPORT, "doc.kind") == "government_annual"


def test_an_explainers_title_line_stays():
    assert value("政策解读\n" + PROVINCE_REPORT, "doc.kind") == "other"


def value(text: str, fact: str):
    got = parse_text(text, "t.txt").facts.get(fact)
    return got.value if got else None


@pytest.mark.parametrize("title", ["1、2023年工作参考总结-乡镇政务公开工作参考总结范文7篇乡镇政务公开工作总结",
                                   "2022年政务公开工作总结精选12篇"])
def test_a_collections_title_gives_no_year(title):
    text = title + "今年以来,青禾镇按照县政府要求,认真落实政务公开的各项内容,详细情况如下:一、加强组织领导\n"
    assert value(text, "doc.year") is None


def test_a_summarys_own_title_gives_its_year():
    text = "青禾镇2022年政务公开工作总结\n今年以来,青禾镇按照县政府要求,认真落实政务公开的各项内容。\n"
    assert value(text, "doc.year") == 2022


def test_many_schools_reports_give_no_year():
    text = ("本网北京11月1日电 10月31日是高校公布信息公开年度报告的最后期限。记者浏览部属75所高校网站发现,除两所外,"
            "其余73所高校均已在其网站上公布了2015-2016学年信息公开年度报告。\n")
    assert value(text, "doc.year") is None


def test_a_schools_own_academic_year_is_read():
    text = ("青禾大学2015-2016学年信息公开年度报告\n根据《高等学校信息公开办法》,现公布我校2015-2016学年信息公开"
            "年度报告。\n")
    assert value(text, "doc.year") == 2015


# --- underscores for a form's blanks ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "按照《2___年____市政务公开日活动方案》要求,结合我乡实际情况,___岭乡政务公开工作办公室制定了活动方案。",
    "市府研究室政务信息公开工作总结\n20_年,市政府研究室认真贯彻落实《条例》,扎实推进政务公开工作。",
])
def test_underscores_for_a_year_or_a_place_are_placeholders(text):
    assert value(text, "quality.placeholders") is True


@pytest.mark.parametrize("text", [
    "附件下载: report_2021_final.pdf\n2021年,青禾镇认真贯彻落实《条例》,扎实推进政务公开工作。",
    "联系邮箱 qinghe_zwgk@example.cn。2021年,青禾镇扎实推进政务公开工作。",
])
def test_underscores_in_a_file_name_or_address_are_no_placeholders(text):
    assert value(text, "quality.placeholders") is False


# --- a numbered line that heads the requests part ----------------------------------------------------------------

TOWN = ("一、政府信息公开工作的基本情况\n1.主动公开政府信息情况\n全年主动公开政府信息40条。\n{lead}\n"
        "全年未收到政府信息公开申请。\n")


@pytest.mark.parametrize("lead", ["2.依申请公开政府信息情况", "2、依申请公开情况"])
def test_a_numbered_heading_line_of_the_requests_part_counts(lead):
    assert section(TOWN.format(lead=lead), "requests") is True


@pytest.mark.parametrize("lead", ["二是及时规范办理依申请公开。", "2.规范办理依申请公开,完善登记、审核、答复流程。"])
def test_a_numbered_point_on_requests_is_no_requests_part(lead):
    assert section(TOWN.format(lead=lead), "requests") is False

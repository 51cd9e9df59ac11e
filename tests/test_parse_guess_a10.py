"""No value the page gives for something else, no contradiction it does not contain, no part it does have left
unread (issue 12, a10-guess). Each case both ways where a plain form exists: the guarded form gives nothing (or the
right thing), the plain form is read as before. Names, places and prose are invented."""

import pytest

from engine.parse import parse_text
from engine.parse.checks import total_part_contradictions

# --- a count in brackets is a part of the count before it; a count written as a lower bound -------------------

@pytest.mark.parametrize("sentence", [
    # the bracketed 60 is part of the website's 420, not a third part of the total
    "2022年,我乡主动公开政府信息共600条,其中通过县政府网站公开信息共420条(其中专题专栏公开信息60条),"
    "通过公示栏公开政府信息共计180条。",
    # full-width brackets
    "全年共受理咨询90人次,其中电话咨询50人次（其中夜间热线12人次）,现场咨询40人次。",
    # 余 on both sides: no sum of lower bounds can contradict a lower bound
    "全年共主动公开政府信息700余条,其中网站公开400余条,公示栏公开350余条。",
    # a total of at least 500 and exact parts above it
    "全年共发布信息500余条,其中工作动态320条,通知公告210条。",
    # parts of at least their sum, below an exact total
    "全年共发布信息500条,其中工作动态300余条,通知公告150余条。",
])
def test_nested_and_approximate_counts_are_no_contradiction(sentence):
    assert total_part_contradictions(sentence) == []


@pytest.mark.parametrize("sentence", [
    # the plain forms still contradict: a bracket elsewhere does not hide the parts
    "全年共主动公开政府信息600条,其中政策文件200条(含解读稿),工作动态300条,通知公告50条。",
    # an exact total above approximate parts' sum can still be exceeded
    "全年共发布信息500条,其中工作动态400余条,通知公告150余条。",
    # an approximate total below exact parts' sum
    "全年共发布信息500余条,其中工作动态200条,通知公告100条,其他信息50条。",
])
def test_plain_breakdowns_still_contradict(sentence):
    assert len(total_part_contradictions(sentence)) == 1


def facts(text: str) -> dict:
    report = parse_text(text, "t")
    report = report[0] if isinstance(report, list) else report
    return {k: f.value for k, f in report.facts.items()}


HEAD = ("2019年某县实验中学政府信息公开工作年度报告\n一、概述\n2019年,我校认真开展政府信息公开工作。\n"
        "二、主动公开政府信息情况\n")


# --- a running total over the last few years; the year before beside the year ---------------------------------

def test_the_last_years_together_are_a_running_total_and_the_year_before_no_sibling():
    got = facts(HEAD + "2019年我校主动公开政府信息158条,2018年主动公开政府信息140条,近三年累计主动公开政府信息的数量"
                       "460条;公开内容涉及招生、收费等。\n")
    assert got.get("proactive.new") == 158
    assert got.get("proactive.cumulative") == 460


def test_two_places_side_by_side_are_still_siblings():
    got = facts(HEAD + "2019年通过县政府网站公开信息93条,通过学校网站公开信息58条。\n")
    assert got.get("proactive.new") is None


# --- 一个 is an article; a count of consultations and complaints together ----------------------------------------

def test_yi_ge_is_no_count_of_complaints():
    got = facts(HEAD + "2019年我校主动公开政府信息158条。通过完善制度,加强考核、举报处理,"
                       "形成一个有章可循的政府信息公开工作体系。\n")
    assert "appeals.complaints" not in got or got["appeals.complaints"] is None
    assert facts(HEAD + "全年收到涉及政府信息公开的举报2个。\n").get("appeals.complaints") == 2


def test_consultations_counted_with_complaints_are_not_consultations():
    got = facts(HEAD + "全年办理政务服务便民热线及线上线下群众咨询、投诉126件,群众满意度稳步提升。\n")
    assert got.get("consultations.total") is None
    assert facts(HEAD + "全年接受群众政府信息公开咨询126人次。\n").get("consultations.total") == 126


# --- a news outlet's time line over a re-published report -----------------------------------------------------

BODY = ("\n2018年度某县政府信息公开工作年度报告\n本报告根据《条例》编制。\n一、总体情况\n"
        "2018年,我县主动公开政府信息1200条。\n")


@pytest.mark.parametrize("head", [
    "某县2018年政府信息公开工作报告(全文)\n2019年03月28日10:15 | 某某发展门户网 www.example.cn | 给编辑写信\n",
    "某县2018年政府信息公开工作报告\n2019-03-28 10:15 来源:某某新闻网 作者:记者\n",
])
def test_a_news_outlets_time_line_is_no_publication_date(head):
    assert facts(head + BODY).get("doc.published_on") is None
    # the date under the signature still is
    assert facts(head + BODY + "某县人民政府\n2019年3月20日\n").get("doc.published_on") == "2019-03-20"


@pytest.mark.parametrize("head", [
    "某县2018年政府信息公开工作报告\n发布时间:2019-03-28 10:15 来源:某县人民政府 字号:大 中 小\n",
    "某县2018年政府信息公开工作报告\n发布时间:2019-03-28 10:15 来源:中国政府网\n",
])
def test_a_bodys_own_site_date_stands(head):
    assert facts(head + BODY).get("doc.published_on") == "2019-03-28"


# --- headings a mirror masked or damaged; a download link on the metadata line -------------------------------

def sections_of(text: str) -> dict:
    got = facts(text)
    return {k.split(".")[1]: v for k, v in got.items() if k.startswith("sections.")}


MASKED = ("本报告根据《条例》编制而成。本报告所列数据为2021年1月1日至2021年12月31日。\n"
          "(一)主动***息的数量:2021年,中心网站发布各类信息420条。\n"
          "(二)回应社会关切情况:全年办理网民留言35件。\n"
          "(三)依申***公开工作情况:2021年度,中心未收到政府信息公开申请。\n"
          "(四)存在问题:一是***息载体有待完善。\n")


def test_masked_headings_are_read_by_their_visible_words():
    got = sections_of(MASKED)
    assert got["proactive"] is True and got["requests"] is True and got["problems"] is True


@pytest.mark.parametrize("heading", ["(二)**情况:全年办理网民留言35件。", "(二)申请***:全年办理网民留言35件。"])
def test_a_mask_over_all_but_a_common_word_names_no_part(heading):
    text = MASKED.replace("(二)回应社会关切情况:全年办理网民留言35件。", heading).replace(
        "(一)主动***息的数量", "(一)网站建设的数量").replace("(三)依申***公开工作情况", "(三)平台工作情况")
    got = sections_of(text)
    assert got["proactive"] is False and got["requests"] is False and got["overview"] is False


def test_a_sub_heading_that_lost_its_opening_ordinal_is_read():
    text = ("某镇2025年政府信息公开工作年度报告\n一、总体情况\n2025年,我镇坚持以公开为常态。\n"
            "(一)主动公开。全年通过政府网站发布信息210条。\n"
            ")依申请公开全年未收到政府信息公开申请。\n"
            "(三)政府信息管理。实行信息发布审核制度。\n")
    assert sections_of(text)["requests"] is True
    assert sections_of(text.replace(")依申请公开", "依申请公开"))["requests"] is False


@pytest.mark.parametrize("tail, want", [("【字体: 【下载Word】 【下载PDF】", "2026-01-20"),
                                        ("下载次数:12 上传者:某某", None)])
def test_a_download_link_is_no_upload_time(tail, want):
    text = ("某镇人民政府2025年政府信息公开工作年度报告\n发布机构:某镇 时间:2026-01-20  作者: " + tail + "\n"
            "一、总体情况\n2025年,我镇主动公开政府信息210条。\n")
    assert facts(text).get("doc.published_on") == want


# --- the 2008–2018 reports' overview in its usual items ----------------------------------------------------------

OLD_ITEMS = ("一、政府信息公开总体工作情况\n"
             "(一)工作机构和人员设置情况。市政府设立了政府信息公开办公室,配备专职人员3名。\n"
             "(二)《指南》和《目录》的编制、更新情况。各部门对指南和目录及时修订,并在门户网站公开。\n"
             "(三)工作制度建设情况。建立了保密审查、考核评议等制度。\n"
             "(四)政府信息查阅场所建设情况。在市档案馆、图书馆设立查阅点。\n")


def kind_of(text: str) -> str:
    return facts(text).get("doc.kind")


def test_the_old_overview_items_make_the_report():
    got = facts("选择搜索类型\n请输入搜索\n" + OLD_ITEMS)
    assert got.get("doc.kind") == "government_annual"
    assert got.get("sections.overview") is True and got.get("sections.proactive") is False


def test_the_old_items_under_a_summary_title_are_a_summary():
    assert kind_of("某市2013年政务公开工作总结\n" + OLD_ITEMS) != "government_annual"


def test_items_without_guide_or_reading_rooms_are_not_enough():
    text = OLD_ITEMS.replace("(二)《指南》和《目录》的编制、更新情况", "(二)工作推进情况").replace(
        "(四)政府信息查阅场所建设情况", "(四)宣传培训情况")
    assert kind_of("选择搜索类型\n" + text) != "government_annual"


# --- nothing happened, in other words; the year's count in other words -----------------------------------------

@pytest.mark.parametrize("sentence, fact", [
    ("2020年度某县交通局没有接受到政府信息公开方面的咨询。", "consultations.total"),
    ("2020年度某县交通局没有与有关单位和个人因政府信息公开申请行政复议的案件。", "appeals.review"),
    ("本年度无行政复议、行政诉讼的情况发生。", "appeals.litigation"),
    ("全年无信息公开举报、复议和诉讼等情形发生。", "appeals.complaints"),
    ("2020年没有公民、法人和其他组织的政府信息公开收费和减免情况。", "fees.charged_yuan"),
])
def test_nothing_happened_in_other_words_is_zero(sentence, fact):
    assert facts(HEAD + "2019年我校主动公开政府信息158条。\n三、其他情况\n" + sentence + "\n").get(fact) == 0


def test_a_count_beside_the_negation_is_no_zero():
    got = facts(HEAD + "三、其他情况\n全年没有出现信息泄露的情况,发生行政复议2件。\n")
    assert got.get("appeals.review") == 2


@pytest.mark.parametrize("sentence, want", [
    # the verb before a long list of what the items are about
    ("截止到2019年12月,我校主动公开涉及招生录取、财务收费、人事任免、学生资助、后勤保障、安全稳定、"
     "校园建设、对外交流合作等方面信息423条。", 423),
    ("截至2019年12月31日,学校信息公开主动公开总数146条,其中网站101条,微信45条。", 146),
])
def test_the_years_count_in_other_words(sentence, want):
    assert facts(HEAD + sentence + "\n").get("proactive.new") == want


def test_a_list_without_the_verb_gives_no_count():
    got = facts(HEAD + "全年接待涉及招生录取、财务收费、人事任免、学生资助、后勤保障、安全稳定、校园建设、"
                       "对外交流合作等方面来访信息423条。\n")
    assert got.get("proactive.new") is None


# --- the year a budget's final account names in its title --------------------------------------------------------

@pytest.mark.parametrize("title, year", [("2021年某市政务服务中心部门决算", 2021),
                                         ("2023年度某县人民医院单位决算", 2023)])
def test_a_final_accounts_title_gives_its_year(title, year):
    text = title + "\n目录\n第一部分 单位概况\n一、主要职能\n负责全县政务服务工作,依法公开部门决算信息。\n"
    assert facts(text).get("doc.year") == year


def test_a_final_account_named_by_another_text_gives_no_year():
    text = "根据2021年某市政务服务中心部门决算的要求\n一、主要职能\n负责全县政务服务工作,依法公开部门决算信息。\n"
    assert facts(text).get("doc.year") is None


# --- a paragraph led by "在…方面," -------------------------------------------------------------------------------

def test_a_paragraph_led_by_zai_fangmian_is_its_part():
    text = ("某镇2020年政府信息公开工作年度报告\n2020年,我镇认真贯彻《条例》,全面推进政务公开。\n"
            "在主动公开方面,本镇全年发布政府信息400多条,内容涵盖机构职能、工作动态等。\n")
    assert sections_of(text)["proactive"] is True
    # inside a sentence it is no lead
    inline = text.replace("\n在主动公开方面,", "我们还在主动公开方面,")
    assert sections_of(inline)["proactive"] is False


# --- parts numbered otherwise than 一、, or not at all ------------------------------------------------------------

PARTS = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
         "存在的主要问题及改进情况", "其他需要报告的事项"]
BODIES = ["2020年,我镇认真贯彻《条例》,全面推进政务公开工作。", "全年主动公开政府信息120条。",
          "全年未收到政府信息公开申请。", "全年未发生行政复议、行政诉讼。", "一是公开内容不够丰富;二是更新不够及时。",
          "无。"]


def numbered(marks: list[str], gap: str = "\n") -> str:
    from engine.ingest.normalise import normalise
    lines = ["某镇2020年政府信息公开工作年度报告"]
    for mark, part, body in zip(marks, PARTS, BODIES, strict=True):
        lines += [mark + part + gap, body]
    return normalise("\n".join(lines) + "\n")


@pytest.mark.parametrize("marks", [
    ["1.", "2.", "3.", "4.", "5.", "6."],
    ["1、", "2、", "3、", "4、", "5、", "6、"],
    ["一 ", "二 ", "三 ", "四 ", "五 ", "六 "],  # the 、 lost: "一总体情况" once spaces between characters go
    [""] * 6,
])
def test_parts_numbered_otherwise_are_read(marks):
    got = sections_of(numbered(marks))
    assert all(got[k] for k in ("overview", "proactive", "requests", "review_litigation", "problems", "other"))
    assert sections_of(numbered(marks, gap="\n\n"))["review_litigation"] is True


def test_a_guide_naming_the_parts_a_report_should_have_has_none_of_them():
    text = ("年度报告应包括下列内容:\n概述\n主要反映本年度信息公开工作开展的总体情况。\n主动公开情况\n"
            "主要反映通过网站等形式主动公开信息的情况。\n依申请公开和不予公开情况\n主要反映受理申请的数量及答复情况。\n")
    got = sections_of(text)
    assert not got["overview"] and not got["proactive"] and not got["requests"]


@pytest.mark.parametrize("heading, part", [("五、下步工作打算", "problems"), ("二、信息主动发布情况", "proactive"),
                                           ("五、工作中存在的困难", "problems"), ("二、公开的主要内容", "proactive"),
                                           ("四、受理申请及答复情况", "requests")])
def test_part_words_in_other_forms(heading, part):
    text = ("某局2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我局认真贯彻《条例》。\n"
            "三、政府信息公开行政复议、行政诉讼情况\n全年未发生。\n" + heading + "\n全年工作有序开展。\n")
    assert sections_of(text)[part] is True

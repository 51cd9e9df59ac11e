"""No value the page gives for something else, and the kind of a page read from what it is (issue 12, a12-guess).
Each class both ways where a plain form exists: the guarded form gives nothing (or the right thing), the plain form
is read as before. Agencies, places, figures and prose are invented."""

import pytest

from engine.parse import parse_text


def parsed(text: str):
    report = parse_text(text, "t")
    return report[0] if isinstance(report, list) else report


def facts(text: str) -> dict:
    return {k: f.value for k, f in parsed(text).facts.items()}


SCHOOL_HEAD = ("按照《高等学校信息公开办法》要求,现将我校2022-2023学年信息公开工作情况报告如下。\n"
               "一、概述\n本学年学校持续推进信息公开工作,完善清单管理。\n二、主动公开情况\n")
TOWN_HEAD = "一、总体情况\n2022年,某镇认真落实《中华人民共和国政府信息公开条例》。\n(一)主动公开情况\n"


# --- one channel's count among several is not the year's ------------------------------------------------------

def test_a_social_channel_in_its_own_clause_after_sites_is_not_the_total():
    text = SCHOOL_HEAD + ("学校校园网主页发布各类通知信息共1800条(其中要闻500条、通知公告1300条);各学院在本单位网站"
                          "发布各类信息共计6000余条;通过学校官方微博、"
                          "官方微信等发布信息900余条,内容涵盖招生、就业等方面。\n")
    assert facts(text).get("proactive.new") != 900


def test_a_social_channel_alone_is_still_no_total_and_a_site_count_still_stands():
    assert facts(TOWN_HEAD + "依托镇微信公众号、视频号等平台,全年发布各类信息320条。\n").get("proactive.new") != 320
    assert facts(TOWN_HEAD + "全年通过镇政府网站主动公开政府信息450条。\n").get("proactive.new") == 450


def test_kinds_of_items_on_a_further_channel_are_that_channels_count():
    text = TOWN_HEAD + ("通过区政府信息公开网站发布动态信息80余条,同时通过市政务网、服务大厅电子屏等媒体,"
                        "公开发布各类信息260余条。\n")
    assert facts(text).get("proactive.new") != 260


def test_kinds_of_items_with_no_channel_before_them_are_the_total():
    assert facts(TOWN_HEAD + "全年共公开发布各类信息260余条,群众反映良好。\n").get("proactive.new") == 260


# --- an archive's visitors are not the consultations -----------------------------------------------------------

def test_an_archives_visitors_are_not_the_consultations():
    text = SCHOOL_HEAD + ("学校网站发布信息500条。\n三、依申请公开情况\n"
                          "校档案馆接待师生及社会公众咨询410余人次,提供档案证明1200余件。\n")
    assert "consultations.total" not in facts(text)


def test_consultations_said_as_such_are_still_read():
    text = SCHOOL_HEAD + "学校网站发布信息500条。\n三、依申请公开情况\n全年共受理信息公开咨询410人次,均及时答复。\n"
    assert facts(text).get("consultations.total") == 410


# --- the months of the whole year sum the year ----------------------------------------------------------------

def test_january_to_december_with_accumulated_is_the_years_count():
    text = ("一、总体情况\n(一)主动公开情况\n"
            "2022年1—12月,我委在委门户网站累计发布信息276条,其中政策文件9条、工作动态200条。\n")
    assert facts(text).get("proactive.new") == 276


def test_accumulated_up_to_the_years_end_is_still_no_new_count():
    text = "一、总体情况\n(一)主动公开情况\n截至2022年12月底,委网站累计发布信息5600条,较好满足了公众需求。\n"
    assert facts(text).get("proactive.new") != 5600


# --- handled in other words -----------------------------------------------------------------------------------

def test_finished_handling_after_the_count():
    text = TOWN_HEAD + "全年发布信息90条。\n(二)依申请公开情况\n2022年度某镇收到政府信息公开申请三件,已办理完毕。\n"
    got = facts(text)
    assert got.get("requests.received") == 3
    assert got.get("requests.completed") == 3


def test_finished_handling_with_its_own_count_is_that_count():
    text = TOWN_HEAD + ("全年发布信息90条。\n(二)依申请公开情况\n"
                        "2022年度某镇收到政府信息公开申请三件,办理完毕2件,1件正在办理。\n")
    assert facts(text).get("requests.completed") != 3


@pytest.mark.parametrize("sentence, n", [
    # (a24-guesses, F51: with "免于公开信息0条" beside it the sentence sorts items by how they are disclosed, F19's
    # reading, and gives no received count; the bare count stays the applications)
    ("(二)依申请公开方面\n依申请公开2条。", 2),
    ("综合办公室更新领导信息两次;依申请公开3次,行政复议0次,行政诉讼0次;民政办每月公示低保信息。", 3),
])
def test_a_count_straight_after_on_request_is_the_applications(sentence, n):
    assert facts(TOWN_HEAD + "全年发布信息90条。\n" + sentence + "\n").get("requests.received") == n


def test_no_count_after_on_request_gives_none():
    text = TOWN_HEAD + "全年发布信息90条。\n(二)依申请公开方面\n进一步规范依申请公开流程,明确办理时限。\n"
    assert "requests.received" not in facts(text)


def test_a_joint_count_of_nothing_means_no_application():
    text = ("二、主动公开政府信息情况\n全年主动公开政府信息共120条。\n"
            "三、依申请公开政府信息情况和不予公开政府信息的情况\n"
            "全年发生依申请和不予公开政府信息条数0条。\n")
    assert facts(text).get("requests.received") == 0


def test_a_joint_count_of_some_is_not_a_zero():
    text = ("二、主动公开政府信息情况\n全年主动公开政府信息共120条。\n"
            "三、依申请公开政府信息情况和不予公开政府信息的情况\n"
            "全年发生依申请和不予公开政府信息条数3条。\n")
    assert facts(text).get("requests.received") != 0


# --- kind: a model text filled in, a report cut before its parts ----------------------------------------------

FILLED_MODEL = ("信息公开工作报告范文(通用6篇)\n\n2023-04-02\n\n信息公开工作报告范文 篇1\n\n"
                "为贯彻落实《中华人民共和国政府信息公开条例》,现将某区水务局2017年度政府信息公开工作报告如下。\n\n"
                "一、2017年度政府信息公开工作基本情况\n\n2017年,某区水务局通过区政府信息公开网站发布水务动态信息60余条,"
                "同时通过区广播电视台、服务大厅显示屏等媒体,公开发布各类信息300余条。\n\n"
                "二、2017年度政府信息公开工作措施\n\n(一)突出办事公开。编制办事指南,方便群众办事。\n\n"
                "三、2018年度工作计划\n\n(一)进一步完善公开内容。\n")


def test_a_filled_in_model_text_is_judged_by_its_body_not_called_a_template():
    got = facts(FILLED_MODEL)
    assert got["doc.kind"] != "template"
    assert "doc.published_on" not in got  # the essay site's date under its own title is its upload
    assert got.get("proactive.new") != 300


def test_a_model_text_with_blanks_is_still_a_template():
    text = ("政府信息公开工作年度报告范文\n\n根据《条例》规定,现将XX县XX局20XX年度政府信息公开工作报告如下。\n"
            "一、概述\n20XX年,我局主动公开信息XX条。\n二、依申请公开情况\n全年收到申请X件。\n")
    assert facts(text)["doc.kind"] == "template"


OPENING = ("《中华人民共和国政府信息公开条例》施行以来,我厅认真贯彻《条例》各项规定,扎实推进政府信息公开工作。"
           "2009年主要工作情况如下。\n一、政府信息公开组织工作\n(一)加强领导\n厅里成立政府信息公开工作小组,"
           "由办公室负责日常工作。\n(二)完善制度\n制定了政府信息公开指南和目录,以及保密审查办法和依申请公开工作规程,"
           "并在厅门户网站开设专栏。\n(三)方便查询\n在厅门户网站公布了咨询电话和查阅地点,受理依申")


def test_the_opening_of_a_report_cut_before_its_parts_is_a_report():
    report = parsed(OPENING)
    assert report.facts["doc.kind"].value == "government_annual"
    assert report.status == "ok"


def test_a_few_lines_under_the_same_opening_are_still_a_summary():
    text = ("我镇按照县里统一部署,认真贯彻《条例》的各项要求,扎实推进政府信息公开工作。现将2014年工作情况报告如下:\n"
            "全年共上传信息120条。本镇政府信息公开工作取得了进展,但公开内容还不够全面,更新还不够及时,"
            "下一步我镇将加强培训,提高信息质量,我镇将进一步做好相关工作。\n")
    assert facts(text)["doc.kind"] != "government_annual"


def test_an_opening_that_sums_up_is_still_a_summary():
    text = OPENING.replace("2009年主要工作情况如下", "现将2009年主要工作情况总结如下")
    assert facts(text)["doc.kind"] != "government_annual"


# --- a school's lists -----------------------------------------------------------------------------------------

def test_other_closing_a_list_of_the_categories_is_the_tenth():
    text = SCHOOL_HEAD + ("学校主页发布通知300条,公开信息涵盖学校基本信息、招生考试信息、财务资产收费信息、"
                          "人事师资信息、教学质量信息、学生管理服务信息、学风建设信息、学位学科信息、"
                          "对外交流合作信息、其他信息等类别。\n")
    assert facts(text).get("university.checklist.other") is True


def test_other_in_passing_is_not_the_tenth():
    text = SCHOOL_HEAD + "学校主页发布通知300条,招生、财务等信息及时公开,其他信息按要求公开。\n"
    assert facts(text).get("university.checklist.other") is not True


def test_a_schools_rule_page_keeps_the_enrolment_disclosures_it_lists():
    text = ("招生办公室招生信息“十公开”制度\n\n根据教育部关于高校招生信息公开的要求,我校做到:\n一、招生政策公开;\n"
            "二、招生资格公开;\n三、招生章程公开;\n四、招生计划公开;\n五、考生资格公开;\n六、录取程序公开;\n"
            "七、录取结果公开;\n八、咨询及申诉渠道公开;\n九、重大违规事件及处理结果公开;\n十、录取新生复查结果公开。\n")
    report = parsed(text)
    assert report.status != "ok"
    assert report.facts["university.enrollment.charter"].value is True
    assert report.facts["university.enrollment.recheck"].value is True


def test_a_government_page_gets_no_school_lists():
    text = "关于做好2023年政务公开工作的通知\n各乡镇人民政府:\n现将有关事项通知如下。\n一、加强组织领导。\n"
    assert not any(k.startswith("university.") for k in facts(text))


# --- the review principle in three parts ----------------------------------------------------------------------

@pytest.mark.parametrize("said", ["谁公开、谁负责、谁审查", "谁公开谁审查", "谁审查、谁负责"])
def test_the_review_principle_in_its_forms(said):
    text = SCHOOL_HEAD + f"学校主页发布通知300条。严格执行“{said}”的原则,规范信息发布流程。\n"
    assert facts(text)["mentions.review_principle"] is True


def test_who_publishes_is_responsible_is_not_the_review_principle():
    text = SCHOOL_HEAD + "学校主页发布通知300条。严格执行“谁公开、谁负责”的原则,规范信息发布流程。\n"
    assert facts(text)["mentions.review_principle"] is False


# --- a count in another unit is not crossed; the year's share beside a running total --------------------------

def test_received_is_not_read_across_a_count_in_another_unit():
    text = TOWN_HEAD + ("全年发布信息90条。\n(二)政府信息公开申请情况\n"
                        "2022年,区政府办公室共收到31份政府信息依申请公开件,其中申请人自行撤销3件,依法答复28件。\n")
    assert facts(text).get("requests.received") == 31


def test_newly_received_in_the_formats_word():
    text = TOWN_HEAD + "全年发布信息90条。\n(二)依申请公开情况\n2023年,我街道新收政府信息公开申请17宗,均已按时答复。\n"
    assert facts(text).get("requests.received") == 17


def test_a_running_total_with_the_years_share_in_brackets():
    text = ("一、总体情况\n(一)政府信息主动公开情况\n2024年,某街道累计公开信息6120条(2024年新增410条),"
            "其中新闻动态类信息累计3300条(2024年新增200条)。\n")
    got = facts(text)
    assert got.get("proactive.new") == 410


def test_a_years_count_with_no_share_after_it_still_stands():
    text = "一、总体情况\n(一)政府信息主动公开情况\n2024年,某街道累计公开信息410条(含新闻动态200条)。\n"
    assert facts(text).get("proactive.new") == 410


# --- a hotline's work filed under the disclosure portal ------------------------------------------------------

HOTLINE = ("当前位置:首页 > 政府信息公开 > 某县政务服务管理局 > 规划计划\n\n"
           "便民热线办公室2023年工作总结及2024年工作计划\n\n"
           "2023年,某县便民服务热线运行平稳,共受理电话来电和网络来信21500件,办结率100%。总体来看,咨询类980件,"
           "投诉类1630件,求助类4200件,建议类150件,举报类96件。\n二、热点问题\n城乡建设1800件、劳动保障900件。\n")


def test_a_page_filed_under_the_disclosure_portal_is_not_about_disclosure_for_that():
    got = facts(HOTLINE)
    assert got["doc.kind"] == "other"
    assert "consultations.total" not in got  # the hotline's calls by kind


def test_a_summary_that_speaks_of_disclosure_is_still_a_summary_under_the_same_crumbs():
    text = HOTLINE.replace("便民服务热线运行平稳", "政府信息公开工作运行平稳,依申请公开工作规范有序,政务公开栏及时更新")
    assert facts(text)["doc.kind"] != "other"


def test_consultations_counted_as_such_beside_other_counts_are_read():
    text = TOWN_HEAD + "全年发布信息90条。\n(二)依申请公开情况\n全年受理政府信息公开咨询85人次,投诉2件。\n"
    assert facts(text).get("consultations.total") == 85


# --- a named column's count, its closing quote lost --------------------------------------------------------------

def test_a_named_columns_count_with_its_closing_quote_lost_is_that_columns():
    text = ("2022年某市政务公开工作总结\n一、政务公开工作开展情况\n在市政务公开网增设专题栏目。截至目前,"
            "市本级“稳就业”“保民生专栏共发布相关政策文件信息85条,解读信息20条,工作动态信息300条。\n")
    assert facts(text).get("proactive.new") != 85


def test_a_disclosure_columns_count_still_stands():
    text = TOWN_HEAD + "通过区政府门户网站政务公开专栏主动公开政府信息46条。\n"
    assert facts(text).get("proactive.new") == 46

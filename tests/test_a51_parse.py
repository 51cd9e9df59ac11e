"""What a51 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import fact, parse

# --- report or not ---------------------------------------------------------------------------------------------------


def test_a_page_opening_with_the_old_formats_overview_is_the_report():
    # no title, cut before the statutory parts: "截至2011年底，本区政府信息公开工作运行正常" is the 2007 format's
    # overview
    r = parse("按照《规定》的要求,本区自2004年5月起开展政府信息公开工作,现有专职人员6名、兼职人员40名,设立受理点"
              "3个。截至2011年底,本区政府信息公开工作运行正常,咨询、申请及答复工作均顺利开展。2011年,本区继续贯彻"
              "《条例》,重点做好以下工作:\n(一)健全工作机制\n区政府明确分管领导,各部门落实专人负责。\n"
              "(二)拓展公开内容\n本区围绕财政预算、重大项目等领域加大公开力度")
    assert fact(r, "doc.kind") == "government_annual"
    assert "运行正常" in r.facts["doc.kind"].evidence
    assert fact(r, "doc.level") == "county"  # 本区: the district speaks as itself


def test_a_summary_that_says_its_work_runs_normally_stays_a_summary():
    # the same words under a summary's title are no report
    r = parse("某区司法局2011年政府信息公开工作总结\n截至2011年底,本局政府信息公开工作运行正常。现将有关工作总结如下:\n"
              "一、主要做法\n我局明确专人负责信息公开,全年在网站发布信息35条。\n二、存在的不足\n公开内容还不够丰富。")
    assert fact(r, "doc.kind") == "work_summary"


def test_a_district_speaking_of_its_region_is_no_voice():
    # 本区域 is "this region", not the district speaking
    r = parse("为做好本区域内的信息公开工作,制定本方案。一、工作目标\n提高政府信息公开质量。")
    assert fact(r, "doc.level") == "unknown"


# --- who reports ---------------------------------------------------------------------------------------------------


def test_a_content_farms_category_path_is_no_name():
    # "…范文网总结计划乡镇工作总结镇2017年…": the site's categories glued before a title with no place
    r = parse("您现在的位置: 某某范文网总结计划乡镇工作总结镇2017年政府信息公开工作总结\n镇2017年政府信息公开工作总结\n"
              "一年来,我镇的政府信息公开工作在县委、县政府的领导下有序开展。现将我镇工作总结如下:\n"
              "(一)领导重视\n我镇成立了领导小组。")
    assert fact(r, "doc.agency") is None
    assert fact(r, "doc.level") == "township"


def test_a_demonstrative_before_government_is_no_name():
    # "这些政府网站…": bodies a paper speaks of
    r = parse("本文对124个县级政府门户网站的信息公开情况进行了测评。这些政府网站为推进政务公开发挥了作用,"
              "但信息公开水平参差不齐。")
    assert fact(r, "doc.agency") is None


def test_a_notice_forwarding_another_bodys_notice_is_the_forwarders():
    # "某县人民政府办公室转发省政府办公厅关于…的通知": the office that forwards issues it
    r = parse("洪泽县人民政府办公室转发省政府办公厅关于加强政府信息公开统计工作的通知\n"
              "各乡镇人民政府,县政府各部门:\n现将《省政府办公厅关于加强政府信息公开统计工作的通知》转发给你们,"
              "请认真贯彻执行。")
    assert fact(r, "doc.agency") == "洪泽县人民政府办公室"
    assert fact(r, "doc.kind") == "other"


def test_a_title_that_opens_with_forwarding_names_no_issuer():
    # "转发某部办公厅关于…的通知": the forwarded notice's issuer is not the page's
    r = parse("转发自然资源部办公厅关于开展政务信息公开检查工作的通知\n发布时间:2011年08月12日 来源:办公室\n"
              "各市自然资源局:\n现将《自然资源部办公厅关于开展政务信息公开检查工作的通知》转发给你们,请认真贯彻落实。")
    assert fact(r, "doc.agency") is None

def test_the_bodys_own_group_with_two_topics_names_it():
    # "我局成立了某市某局政务公开和政府信息公开工作领导小组": the body's own group, two topics joined by 和
    for topics in ("政务公开和政府信息公开", "政务公开政府信息公开"):
        r = parse("根据《中华人民共和国政府信息公开条例》,我局编制了2018年度政府信息公开工作报告。\n一、基本情况\n"
                  f"为加强组织领导,我局成立了樟树市林业局{topics}工作领导小组,领导小组下设办公室在局人秘股。")
        assert fact(r, "doc.agency") == "樟树市林业局", topics

def test_a_place_name_with_a_rare_ideograph_is_read():
    # 塘㙍镇: 㙍 is in the ideographs' extension A, outside the common block
    r = parse("塘㙍镇2024年度政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,"
              "现公布本镇2024年政府信息公开工作年度报告。\n一、总体情况\n2024年,我镇认真落实《条例》要求。")
    assert fact(r, "doc.agency") == "塘㙍镇"
    assert fact(r, "doc.level") == "township"

# --- figures in prose ----------------------------------------------------------------------------------------------


def test_a_count_up_to_the_years_end_with_the_years_share_after_it_is_the_running_total():
    # "截止2016年底…公开信息457条,其中2016年公开政务信息46条": the year's share is the year's figure
    r = parse("2016年政府信息公开工作年度报告\n一、概述\n2016年,我局认真贯彻《条例》。\n"
              "二、主动公开政府信息的情况\n2016年,我局积极做好主动公开工作。截止2016年底我局通过局门户网站公开信息"
              "457条,其中2016年公开政务信息46条。\n三、依申请公开政府信息办理情况\n2016年我局未收到政府信息公开申请。")
    assert fact(r, "proactive.new") == 46


def test_a_total_with_the_reports_year_as_its_share_is_not_the_years():
    # no running word: the share named by the report's year still says the total spans more years
    r = parse("2016年政府信息公开工作年度报告\n二、主动公开政府信息的情况\n我局通过门户网站公开信息457条,"
              "其中2016年公开政务信息46条。\n三、依申请公开政府信息办理情况\n2016年我局未收到政府信息公开申请。")
    assert fact(r, "proactive.new") == 46


def test_a_share_of_another_year_leaves_the_total_alone():
    # "其中2015年…" in a 2016 report: another year's share says nothing of this year's figure
    r = parse("2016年政府信息公开工作年度报告\n二、主动公开政府信息的情况\n2016年我局主动公开政府信息457条,"
              "其中2015年结转的信息更新12条。\n三、依申请公开政府信息办理情况\n2016年我局未收到政府信息公开申请。")
    assert fact(r, "proactive.new") == 457


def test_a_count_of_policy_documents_is_one_kind_not_the_total():
    # "公开政策性文件1件,政策解读1件": kinds of the items, no total of them
    r = parse("2020年政府信息公开工作年度报告\n一、总体情况\n(二)主动公开政府信息情况\n1.规范性文件。"
              "主动公开规范性文件及其解读。公开政策性文件1件,政策解读1件。\n"
              "二、收到和处理政府信息公开申请情况\n2020年,我委未收到政府信息公开申请。")
    assert fact(r, "proactive.new") is None


def test_a_schools_report_that_calls_its_account_a_summary_is_the_report():
    # under 《高等学校信息公开办法》, "现将该学年我校信息公开工作总结如下": a school's report, headings of its own
    r = parse("西江职业技术学院2015—2016学年度信息公开工作年度报告\n"
              "2015—2016学年度,我校认真贯彻落实《高等学校信息公开办法》的要求,建立健全信息公开工作机制。"
              "现将该学年我校信息公开工作总结如下:\n一、加强组织领导\n学校成立信息公开工作领导小组,校长任组长。\n"
              "二、重视制度建设\n我校制定了《西江职业技术学院信息公开实施细则》。")
    assert fact(r, "doc.kind") == "university_annual"
    assert fact(r, "doc.agency") == "西江职业技术学院"


def test_a_schools_page_with_no_account_of_its_year_is_no_report():
    # a school's disclosure rules, with no year's account announced, stay what they are
    r = parse("西江职业技术学院信息公开实施细则\n第一章 总则\n第一条 为保障师生员工依法获取学校信息,"
              "根据《高等学校信息公开办法》,结合我校实际,制定本细则。\n"
              "第二条 学校信息公开工作由信息公开领导小组统一领导。")
    assert fact(r, "doc.kind") == "other"


def test_a_lists_total_after_a_comma_is_the_years_count():
    # "主动公开的政府信息主要包括…、…等9大项的相关政府信息,共计118条": the list closed, then its total
    r = parse("2019年政府信息公开工作年度报告\n(一)主动公开政府信息情况\n2019年,我镇主动公开的政府信息主要包括"
              "概况信息、党政文件、工作动态、人事信息等9大项的相关政府信息,共计118条。\n(二)依申请公开情况\n全年未收到申请。")
    assert fact(r, "proactive.new") == 118


def test_a_running_total_after_a_comma_stays_the_running_total():
    # the same shape after 截至…累计: the running total, not the year's
    r = parse("2019年政府信息公开工作年度报告\n(一)主动公开政府信息情况\n截至2019年底,我镇累计主动公开概况信息、"
              "工作动态等政府信息,共计1118条。\n(二)依申请公开情况\n全年未收到申请。")
    assert fact(r, "proactive.new") is None
    assert fact(r, "proactive.cumulative") == 1118


YEAR_2025 = "2025年政府信息公开工作年度报告\n一、总体情况\n1.主动公开。"


def test_a_sentence_that_opens_with_the_whole_year_sums_the_year_with_leiji():
    # "全年通过局门户网站、政务新媒体等平台,累计发布…各类政务信息1700余条": the year's sum
    for said in ("全年通过局门户网站、政务新媒体等平台,累计发布机构概况、工作动态等各类政务信息1700余条。",
                 "全年通过局门户网站累计主动公开各类政务信息1700余条。"):
        r = parse(YEAR_2025 + said + "\n2.依申请公开。全年未收到申请。")
        assert fact(r, "proactive.new") == 1700, said


def test_a_running_word_after_the_whole_years_clause_still_runs():
    # "全年…,截至12月底累计…", "全年…,自2008年以来累计…": the running total
    for said in ("全年通过门户网站发布信息,截至12月底累计主动公开各类政务信息1700余条。",
                 "全年通过门户网站发布信息,自2008年以来累计主动公开各类政务信息1700余条。"):
        r = parse(YEAR_2025 + said + "\n2.依申请公开。全年未收到申请。")
        assert fact(r, "proactive.new") is None, said


def test_the_partys_own_affairs_items_are_no_disclosed_government_information():
    # "在镇村党务公开栏发布党建业务信息52条" before the part on government information: not the year's count
    r = parse("2017年政府信息公开工作年度报告\n一、主要工作情况\n(四)切实加强党务政务信息公开工作。在镇村党务公开栏"
              "及时发布党建业务信息52条,开展网格化大走访。\n二、主动公开政府信息情况\n2017年,我镇主动公开政府信息数436条。")
    assert fact(r, "proactive.new") == 436


def test_party_and_government_items_together_still_count():
    # "党务政务信息": the government's items are among them, as before
    r = parse("2017年政府信息公开工作年度报告\n二、主动公开政府信息情况\n2017年,我镇在公开栏发布党务政务信息120条。")
    assert fact(r, "proactive.new") == 120


# --- year --------------------------------------------------------------------------------------------------------


def test_the_first_parts_heading_names_the_year():
    # no title: "一、2016年度政府信息公开工作基本情况" is the year reported on
    r = parse("按照上级的统一部署,我局认真贯彻落实《中华人民共和国政府信息公开条例》,切实做好政府信息公开各项工作。\n"
              "一、2016年度政府信息公开工作基本情况\n一年来,我局扎实开展政府信息公开工作。")
    assert fact(r, "doc.year") == 2016
    assert "基本情况" in r.facts["doc.year"].evidence



# --- requests --------------------------------------------------------------------------------------------------------

REQUESTS_2025 = "2025年政府信息公开工作年度报告\n(二)依申请公开办理情况\n"


def test_requests_carried_on_with_the_two_characters_swapped_are_not_completed():
    # "转结下年度办理1件": 转结 for 结转, handled next year — carried forward, never completed
    r = parse(REQUESTS_2025 + "全年共收到政府信息公开申请70件。依法对全部申请进行了规范答复,其中予以公开17件,"
              "不予公开6件。转结下年度办理1件。")
    assert fact(r, "requests.carried_forward") == 1
    assert fact(r, "requests.completed") is None


def test_a_headings_verb_glued_to_the_intake_sentence_is_no_completed_count():
    # "(二)依申请公开办理全年共收到…申请70件": the heading's 办理 is not the year's handling
    r = parse("2025年政府信息公开工作年度报告\n(二)依申请公开办理全年共收到政府信息公开申请70件(其中网络渠道30件,"
              "信函40件)。依法对全部申请进行了规范答复。转结下年度办理1件。\n(三)政府信息管理。")
    assert fact(r, "requests.received") == 70
    assert fact(r, "requests.completed") is None


def test_requests_the_public_submitted_all_finished_are_completed():
    # "公众…向区政府提交…申请187件,已全部办结": the public's verb for the intake, all finished
    r = parse("2024年政府信息公开工作年度报告\n(二)规范政府信息依申请公开办理。2024年公众通过邮递、网站、现场申请等途径"
              "向区政府提交政府信息公开申请187件,已全部办结,办结率100%。\n(三)强化政府信息管理。")
    assert fact(r, "requests.received") == 187
    assert fact(r, "requests.completed") == 187


def test_all_finished_with_some_carried_on_later_in_the_paragraph_is_not_all():
    # "…均已答复。…结转下年度继续办理2件。": a later sentence of the paragraph carries some on
    r = parse(REQUESTS_2025 + "2025年公众向区政府提交政府信息公开申请40件,均已答复。其中予以公开20件。"
              "结转下年度继续办理2件。\n(三)政府信息管理。")
    assert fact(r, "requests.completed") is None

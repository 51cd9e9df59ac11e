"""What a54 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import fact, parse

# --- who reports: the full name the compiling or publishing sentence spells out (A350) --------------------------------


def test_a_publishing_sentence_spells_out_the_titles_abbreviation():
    r = parse("酒泉市科技局2022年政府信息公开工作年度报告\n发布时间:2023-01-12\n根据《中华人民共和国政府信息公开条例》"
              "要求,现发布《酒泉市科学技术局2022年政府信息公开工作年度报告》。本报告由总体情况、主动公开政府信息情况等"
              "六部分组成。\n一、总体情况\n2022年,我局持续推进政务公开。\n二、主动公开政府信息情况\n全年发布信息64条。")
    assert fact(r, "doc.agency") == "酒泉市科学技术局"
    assert "现发布《酒泉市科学技术局" in r.facts["doc.agency"].evidence


def test_a_compiling_clause_spells_out_the_titles_abbreviation():
    r = parse("2024年平遥县住建局政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求,现结合平遥县住房"
              "和城乡建设局实际,编制本部门2024年度政府信息公开工作年度报告。\n一、总体情况\n2024年,我局坚持以公开为常态。"
              "\n二、主动公开政府信息情况\n全年公开信息31条。")
    assert fact(r, "doc.agency") == "平遥县住房和城乡建设局"


def test_a_subject_in_the_full_name_leaves_the_titles_form():
    # the full name is only a sentence's subject, no compiler: the title is the text's own heading (A3's order)
    r = parse("酒泉市肃州区人社局2021年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,特向社会公布"
              "2021年度本机关政府信息公开工作年度报告。\n一、总体情况\n2021年,酒泉市肃州区人力资源和社会保障局认真落实"
              "上级部署。\n二、主动公开政府信息情况\n全年公开信息40条。")
    assert fact(r, "doc.agency") == "酒泉市肃州区人社局"


def test_a_guide_compiled_in_the_full_name_leaves_the_titles_form():
    # the clause compiles the guide, not the report
    r = parse("甘肃省发改委政府信息公开指南\n为方便公民获取政府信息,根据《中华人民共和国政府信息公开条例》,我委编制"
              "《甘肃省发展和改革委员会政府信息公开指南》(以下简称《指南》)。\n一、主动公开\n(一)公开形式\n我委通过门户"
              "网站公开政府信息。")
    assert fact(r, "doc.agency") == "甘肃省发改委"


# --- who reports: a unit's own report, a declared short form after 以及 --------------------------------------------


def test_a_supply_cooperative_that_publishes_its_own_report_is_its_author():
    # no 我社 in the text, but the publishing clause names the report as the cooperative's own (A351)
    r = parse("根据《中华人民共和国政府信息公开条例》和县政府的部署,全面开展了政务信息公开工作,现将县供销社2020政府信息"
              "公开工作年度报告如下:\n一、加强领导\n成立了信息公开工作领导小组。\n二、主动公开信息\n截止2020年12月31日,"
              "共公开政府信息18条。")
    assert fact(r, "doc.agency") == "县供销社"
    assert fact(r, "doc.level") == "department"


def test_a_federation_named_as_a_partner_is_still_no_author():
    r = parse("2020年,区妇联积极配合我镇开展宣传活动。\n一、主动公开政府信息情况\n我镇全年公开信息52条。")
    assert fact(r, "doc.agency") is None


def test_a_short_form_declared_after_yiji_stands_for_the_full_name():
    # (以下简称市生态局) after 以及: the conjunction is no part of the full name (A352)
    r = parse("本报告是根据《中华人民共和国政府信息公开条例》的要求,以及酒泉市生态环境局(以下简称市生态局)全年工作的"
              "实际情况编制。\n一、概述\n2021年,市生态局认真落实政务公开各项要求。\n二、主动公开政府信息情况\n全年公开"
              "信息85条。")
    assert fact(r, "doc.agency") == "酒泉市生态环境局"


# --- who reports: a subject before 及时完善, before 现向社会公开《…》 -------------------------------------------------


def test_a_subject_that_mended_its_group_in_time_names_the_body():
    r = parse("一、基本工作情况\n2013年按照磐石市政府信息公开工作的安排部署,烟筒山镇人民政府及时调整了政府信息公开工作"
              "领导小组,由党政办主任任组长。我镇健全完善了《烟筒山镇信息公开指南》等制度。\n二、主动公开政府信息情况\n全年公开信息26条。")
    assert fact(r, "doc.agency") == "烟筒山镇人民政府"
    assert fact(r, "doc.level") == "township"


def test_a_subject_that_publishes_its_report_by_title_names_the_body():
    r = parse("根据《中华人民共和国政府信息公开条例》要求,眉县教育体育局现向社会公开《2023年政府信息公开工作年度"
              "报告》。本报告数据统计时限为2023年1月1日至12月31日。\n如对本报告有异议,请联系眉县教体局。\n一、总体情况\n"
              "2023年,县教体局坚持应公开尽公开。")
    assert fact(r, "doc.agency") == "眉县教育体育局"


# --- kind: a document-sharing site's first page (K75) ---------------------------------------------------------------


def test_a_shared_documents_first_page_holds_its_title():
    r = parse("收藏 分享\n北仑区卫生局 .doc\n上传时间:2018-06-02 格式:DOC 页数:4\n第1页 / 共4页\n第2页 / 共4页\n"
              "资源描述\n\n1、北仑区卫生局政府信息公开工作 2015 年年度报告一、概述北仑区卫生局结合卫生工作实际,开展政府"
              "信息公开工作。\n2、全年主动公开政府信息37条。未收到政府信息公开申请。")
    assert fact(r, "doc.kind") == "government_annual"
    assert fact(r, "doc.agency") == "北仑区卫生局"
    assert fact(r, "doc.year") == 2015


def test_a_shared_documents_first_page_without_a_report_title_stays_as_it_was():
    r = parse("资源描述\n\n1、北仑区卫生局关于开展健康宣传月活动的通知各卫生院:为提高群众健康意识,现就开展宣传月活动"
              "通知如下。")
    assert fact(r, "doc.kind") != "government_annual"


# --- who reports: the compiler after 由 as a subject, a subject that carries out the centre's plans -----------------


def test_the_compiler_after_you_before_its_year_names_the_body():
    # (A355) the clause's subject is 由某办: the compiler, not a word before a name
    r = parse("根据修订后的《中华人民共和国政府信息公开条例》要求,由无锡市人民政府外事办公室编制2021年度政府信息公开"
              "年度报告。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n2021年,市外办认真"
              "落实上级要求。")
    assert fact(r, "doc.agency") == "无锡市人民政府外事办公室"
    assert "由无锡市人民政府外事办公室编制" in r.facts["doc.agency"].evidence


def test_a_subject_that_carries_out_the_centres_plans_names_the_body():
    # (A356) no title, no compiler: the first sentence's subject before 贯彻党中央
    r = parse("本年报依据《中华人民共和国政府信息公开条例》编制,全文包括总体情况、主动公开政府信息情况等部分。\n"
              "一、总体情况\n2021年,无锡市人民政府办公室贯彻党中央、国务院对政务公开工作的决策部署,全面落实《条例》"
              "要求。\n二、主动公开政府信息情况\n全年公开信息1206条。")
    assert fact(r, "doc.agency") == "无锡市人民政府办公室"
    assert fact(r, "doc.level") == "department"


# --- requests: a count's own breakdown by way, the public and organisations together ---------------------------------


def test_a_written_count_broken_down_by_its_own_ways_is_the_whole():
    # (F259) 其中信函 says how the written requests came, not another way beside them
    r = parse("三、依申请公开政府信息情况\n2017年,我局受理书面依申请公开6条,其中信函申请6条,我局均按规定时限答复。")
    assert fact(r, "requests.received") == 6


def test_two_ways_side_by_side_are_still_parts():
    r = parse("三、依申请公开政府信息情况\n2017年,我局受理网上申请6件,当面申请2件。")
    assert fact(r, "requests.received") is None


def test_the_public_and_organisations_together_submit_the_years_requests():
    # (F260) 公民、法人 together: everyone who applied, not one kind of applicant
    r = parse("三、依申请公开政府信息情况\n2023年,公民、法人提交的政府信息公开申请23件,申请内容主要涉及"
              "土地征收等方面。")
    assert fact(r, "requests.received") == 23


def test_one_kind_of_applicant_is_still_a_part():
    r = parse("三、依申请公开政府信息情况\n2023年,公民个人提出申请21件;法人或其他组织提出申请2件。")
    assert fact(r, "requests.received") is None


def test_answered_in_full_counts_the_completed_requests():
    # (F261) 答复完毕 as 办理完毕; the one still in hand is not counted
    r = parse("三、依申请公开政府信息情况\n2021年度,我局共收到依申请公开申请9件,其中网络申请2件,信函申请7件;"
              "答复完毕8件,办理中1件。")
    assert fact(r, "requests.received") == 9
    assert fact(r, "requests.completed") == 8


def test_a_compilations_heading_over_the_title_still_lets_the_publisher_spell_it_out():
    # (A350) the compilation's own heading names the bureau with no place; the title under it adds the place; the
    # publishing sentence writes the full name
    r = parse("第一篇:工商局2012年政府信息公开年度报告\n交城县工商局2012年政府信息公开年度报告\n根据《中华人民共和国"
              "政府信息公开条例》规定,现公布交城县工商行政管理局2012年政府信息公开工作年度报告。\n一、概述\n2012年,我局认真"
              "贯彻落实《条例》。")
    assert fact(r, "doc.agency") == "交城县工商行政管理局"


# --- completed: parts listed without 其中, no carry-forward, a count before its verb --------------------------------


def test_parts_listed_after_the_whole_without_qizhong_let_all_done_words_answer_it():
    # (F262) 2 + 1 make the 3 received: 已全部办结 answers the whole
    r = parse("三、依申请公开政府信息情况\n今年来我局收到政府信息公开申请3件,2件为自然人申请,1件为企业申请,"
              "已全部办结。")
    assert fact(r, "requests.completed") == 3


def test_one_part_after_the_whole_without_qizhong_still_leaves_all_done_words_open():
    r = parse("三、依申请公开政府信息情况\n今年来我局收到政府信息公开申请3件,2件为自然人申请,已全部办结。")
    assert fact(r, "requests.completed") is None


def test_none_carried_into_next_year_leaves_the_years_handled_count():
    # (F263) 无结转下年度 says none was carried on
    r = parse("三、依申请公开政府信息情况\n全年共办理依申请公开事项6件,均按时完成,无结转下年度办理信件。")
    assert fact(r, "requests.completed") == 6


def test_some_carried_into_next_year_still_leaves_the_handled_count_open():
    r = parse("三、依申请公开政府信息情况\n全年共办理依申请公开事项6件,结转下年度办理1件。")
    assert fact(r, "requests.completed") is None


def test_a_count_answered_before_its_verb_with_the_rest_carried_on_is_completed():
    # (F264) 其中7条已经按时限回复, the other 2 carried into the next year
    r = parse("三、依申请公开政府信息情况\n2022年,区民政局收到公开政府信息申请11条,其中8条已经按时限回复,3条转接到"
              "2023年答复。")
    assert fact(r, "requests.received") == 11
    assert fact(r, "requests.completed") == 8


def test_a_count_answered_beside_another_outcome_is_no_completed_count():
    r = parse("三、依申请公开政府信息情况\n2020年,我委共收到依申请公开事项4项,其中1项已答复,3项部分答复。")
    assert fact(r, "requests.completed") is None


# --- who reports: 全部 is no ministry --------------------------------------------------------------------------------


def test_all_of_them_is_no_body():
    # (A357) "信息全部按照…" ends in 部 as a ministry's name does
    r = parse("三、依申请公开政府信息情况\n2022年度,共收到依申请公开9件,其中同意公开5件,结转下年继续办理1件,信息全部"
              "按照规范流程依法办理完毕。")
    assert fact(r, "doc.agency") is None


def test_the_work_the_report_speaks_of_names_its_body():
    # (A358) 就某局2017年政府信息公开工作: whose year of work the report gives an account of
    r = parse("根据《中华人民共和国政府信息公开条例》的规定,本单位编制2017年政府信息公开年度报告。现从主动公开、依申请"
              "公开等五方面就溧阳市农林局2017年政府信息公开工作情况报告如下:\n一、主动公开情况\n全年公开信息52条。")
    assert fact(r, "doc.agency") == "溧阳市农林局"


# --- received: no one applied, said of the applicants -------------------------------------------------------------


def test_no_one_submitting_to_the_body_is_none_received():
    # (F265) 对本局提交 as 向本局提出; and no applicant of the statute's kinds applied
    r = parse("三、依申请公开政府信息的情况\n本年度无单位和个人对本局提交公开政府信息的申请。\n四、收费情况\n无。")
    assert fact(r, "requests.received") == 0
    r = parse("(二)依申请公开情况\n年度内未有公民、法人或其他组织提出政府信息公开申请。")
    assert fact(r, "requests.received") == 0


def test_no_one_applying_for_a_review_says_nothing_of_the_requests():
    r = parse("(二)依申请公开情况\n年度内没有公民提出复议申请。")
    assert fact(r, "requests.received") is None


def test_free_of_charge_is_no_zero_count_of_requests():
    # (F266) 无偿 opens with 无 but says nothing of how many requests came
    r = parse("三、依申请公开政府信息情况\n市科技局依申请公开采用全免费的形式,无偿为申请者提供相关资料。")
    assert fact(r, "requests.received") is None
    r = parse("三、依申请公开政府信息情况\n2021年,我局无依申请公开事项。")
    assert fact(r, "requests.received") == 0


# --- requests: carried into the next year by its number, a way by 网络 ---------------------------------------------


def test_requests_carried_into_the_next_year_by_its_number_leave_all_done_words_open():
    # (F267) 转至2026年办理2件: two of the 25 are still open, so 均及时回复 is not all of them
    r = parse("2025年政府信息公开工作年度报告\n三、依申请公开政府信息情况\n2025年,我局共收到政府信息公开申请31件,"
              "转至2026年办理3件,均及时回复。")
    assert fact(r, "requests.received") == 31
    assert fact(r, "requests.completed") is None
    assert fact(r, "requests.carried_forward") == 3


def test_a_count_by_network_beside_one_offline_is_one_way_of_two():
    # (F267) 网络 and 线下 are ways requests come, as 网上 and 书面 are
    r = parse("三、依申请公开政府信息情况\n全年共收到政府信息公开网络申请7件,线下书面申请3件,均规范办理,及时答复。")
    assert fact(r, "requests.received") is None


# --- consultations: enquiries about withheld items, kinds of answer -------------------------------------------------


def test_no_enquiry_about_withheld_items_says_nothing_of_enquiries_at_all():
    # (F268) only the enquiries about what was withheld are denied
    r = parse("三、依申请公开情况\n本年度未接到关于不予公开政府信息的电话咨询,也无因政府信息公开申请行政复议的案件。")
    assert fact(r, "consultations.total") is None
    r = parse("四、咨询情况\n全年未接到政府信息公开咨询。")
    assert fact(r, "consultations.total") == 0


def test_kinds_of_answer_to_requests_are_no_enquiries():
    # (F269) the requests' outcomes include enquiries answered as such; they are no count of enquiries
    r = parse("三、依申请公开情况\n收到申请11件,其中不予公开1件,本机关不掌握相关政府信息无法提供5件,咨询件2件,"
              "申请信息不存在3件。")
    assert fact(r, "consultations.total") is None
    r = parse("三、依申请公开情况\n收到申请6件,其中不属于政府信息公开范围咨询2件,逾期未补正1件,予以公开3件。")
    assert fact(r, "consultations.total") is None
    r = parse("四、咨询情况\n全年共接受政府信息公开咨询35人次。")
    assert fact(r, "consultations.total") == 35


def test_no_complaint_caused_by_late_disclosure_is_no_count_of_complaints():
    # (F270) a pledge kept (no harm the work caused), not the complaints counted; with the reviews and suits denied
    # in the same phrase it is the appeals part's denial and stays 0
    r = parse("五、复议诉讼和投诉情况\n年内没有发生因信息公开不及时被投诉和涉密事件。")
    assert fact(r, "appeals.complaints") is None
    r = parse("五、复议诉讼和投诉情况\n未发生因政府信息公开不及时而引发的行政复议、行政诉讼案件和举报投诉。")
    assert fact(r, "appeals.complaints") == 0

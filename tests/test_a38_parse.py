"""What a38's eleventh blind set showed the parser getting wrong (issue 12), class by class. Every text is invented
for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

BUREAU_BODY = ("\n一、总体情况\n我局健全信息发布审核制度,全年主动公开信息86条。\n二、收到和处理政府信息公开申请情况\n"
               "本年度未收到政府信息公开申请。")

# --- who reports ---------------------------------------------------------------------------------------------------


def test_a_subject_before_jinmi_jiehe_is_the_author():
    # "2024年,县水利局紧密结合…工作实际": the bureau is the subject; what it combines with names no one
    r = parse("2024年,县水利局紧密结合防汛抗旱和水资源管理工作实际,扎实做好政府信息公开工作。本报告所列数据统计期限自"
              "2024年1月1日起至2024年12月31日止。" + BUREAU_BODY)
    assert fact(r, "doc.agency") == "县水利局"
    assert "紧密结合" in evidence(r, "doc.agency")


def test_the_body_whose_work_the_parts_cover_is_named_before_a_generic_subject():
    # the contents sentence "…六部分组成,涵盖了2023年某区某局政府信息公开工作" names the bureau with its district;
    # the later subject writes only the generic form (A27: the first of the body's namings)
    r = parse("根据《中华人民共和国政府信息公开条例》要求,特向社会公布2023年度我局政府信息公开工作年度报告。"
              "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成,涵盖了2023年"
              "沾益区农业农村局政府信息公开工作,所列数据统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n"
              "2023年,区农业农村局认真落实《条例》。全年主动公开信息41条。")
    assert fact(r, "doc.agency") == "沾益区农业农村局"
    assert "涵盖了2023年沾益区农业农村局" in evidence(r, "doc.agency")


def test_a_contents_sentence_covering_every_body_of_an_area_names_no_author():
    # "涵盖了全县各级行政机关…": no body's name ends the phrase, so no author from it
    r = parse("本报告由总体情况等六部分组成,涵盖了2023年全县各级行政机关政府信息公开工作情况,所列数据统计期限为"
              "2023年1月1日至2023年12月31日。\n一、总体情况\n全年主动公开信息41条。")
    assert fact(r, "doc.agency") is None


CONTACT_ONLY = ("本年度报告根据《中华人民共和国政府信息公开条例》要求,由我局编制。全文包括概述、主动公开政府信息情况、"
                "依申请公开政府信息情况等部分。如对本报告有疑问,请联系{desk},联系电话:0434-3200000。\n一、概述\n"
                "2015年,局党组高度重视政务公开工作。")


def test_a_contact_desk_of_a_bureau_by_its_task_is_the_bureau():
    # "请联系某市交通运输局政策法规办公室": the bureau's own office, so the bureau (A19)
    r = parse(CONTACT_ONLY.format(desk="四平市交通运输局政策法规办公室"))
    assert fact(r, "doc.agency") == "四平市交通运输局"
    assert "政策法规办公室" in evidence(r, "doc.agency")


def test_a_contact_office_of_a_branch_inside_the_bureau_is_not_cut_to_the_bureau():
    # "某市公安局某区分局办公室": the branch's office; never the city bureau above it
    r = parse(CONTACT_ONLY.format(desk="四平市公安局铁西区分局办公室"))
    assert fact(r, "doc.agency") != "四平市公安局"


def test_a_sub_site_named_after_the_voice_names_the_street_office():
    # "我街道通过某区人民政府某街道办事处子网站主动公开…" (A72, as with 网站/官网): the office the sub-site is named for
    r = parse("一、总体情况\n本年度报告结合2021年度本街道政府信息公开工作情况编制而成,所列数据统计期限自2021年1月1日"
              "起至2021年12月31日止。\n(一)主动公开情况\n2021年我街道通过九龙坡区人民政府杨家坪街道办事处子网站主动"
              "公开预决算信息4条、政策文件3条。\n(二)依申请公开情况\n2021年我街道未收到政府信息公开申请。")
    assert fact(r, "doc.agency") == "九龙坡区人民政府杨家坪街道办事处"


# --- what the document is ------------------------------------------------------------------------------------------

FORM = ("评 估 内 容\n| 评估等级\n|\n优\n(10)\n| 良\n(8)\n| 一般(6)\n| 差\n(0)\n|\n"
        "1、政府信息形成后及时公开,更新指南和目录(10)\n| | | | |\n"
        "2、主动公开的政府信息是否全面准确,重点领域信息有无遗漏(10)\n| | | | |\n"
        "3、设立政府信息公开查阅点和意见箱(10)\n| | | | |\n"
        "4、建立依申请公开受理渠道,是否按期答复,是否违规收费(10)\n| | | | |\n"
        "5、群众对政府信息公开工作是否满意(10)\n| | | | |\n"
        "6、编制、报送并按时公开本机关政府信息公开年度报告(10)\n| | | | |\n")


def test_a_forms_numbered_criterion_naming_the_annual_report_is_no_title():
    # "6、编制、报送并按时公开本机关…年度报告(10)": an item of a blank scoring form, not the document's title
    r = parse(FORM)
    assert r.status == "not_a_report"
    assert fact(r, "doc.kind") != "government_annual"


# --- requests answered ---------------------------------------------------------------------------------------------

REQUESTS = ("一、总体情况\n2024年,我局依法做好政府信息公开工作。\n二、收到和处理政府信息公开申请情况\n{said}\n"
            "三、存在的主要问题\n无。")


def test_requests_answered_by_letter_are_all_completed():
    # "收到申请5条,其中…;相关情况均已函告申请人": the outcomes list the whole, each answered by a letter (F11)
    r = parse(REQUESTS.format(said="收到政府信息公开申请5条,其中2条予以公开,2条属于商业秘密,不予公开;1条属于重复"
                                   "申请,不予处理;相关情况均已函告申请人。"))
    assert fact(r, "requests.received") == 5
    assert fact(r, "requests.completed") == 5
    assert "函告" in evidence(r, "requests.completed")


def test_one_request_answered_in_the_next_sentence_on_what_it_asked_for():
    # "收到申请1件。涉及…相关信息,已在法定时限内予以答复。": the sentence after the count, its subject left out, answers
    # the one request (F11)
    r = parse(REQUESTS.format(said="2024年,收到政府信息公开申请1件。涉及“本县耕地保护面积”等相关信息,已在法定时限内"
                                   "予以答复。"))
    assert fact(r, "requests.completed") == 1


def test_one_part_after_qizhong_as_large_as_the_whole_answers_the_whole():
    # "收到申请3件,其中,部分公开3件,均在时限内办结": the one part is all three (F11)
    r = parse(REQUESTS.format(said="2024年收到信息公开申请3件,其中,部分公开3件,均在时限内办结。"))
    assert fact(r, "requests.completed") == 3


def test_one_part_after_qizhong_smaller_than_the_whole_answers_nothing_said():
    # "…4件,其中,部分公开1件,均在时限内办结": the 1 or all four? not said (F11)
    r = parse(REQUESTS.format(said="2024年收到信息公开申请4件,其中,部分公开1件,均在时限内办结。"))
    assert fact(r, "requests.received") == 4
    assert fact(r, "requests.completed") is None


def test_no_review_against_the_body_as_respondent_says_nothing_of_requests():
    # "没有收到以本局为被申请人的…行政复议案件": 被申请人 is the respondent of a review; no request count from it
    r = parse(REQUESTS.format(said="全年没有收到以本局为被申请人的政府信息公开行政复议案件和行政诉讼案件。"))
    assert fact(r, "requests.received") is None
    assert fact(r, "appeals.review") == 0


def test_a_title_with_the_year_between_the_topic_and_the_noun_makes_a_report():
    # "某管委会\n政府信息公开工作2013年度报告" below a document site's download notes: the statutory title with its
    # year moved (K2), though the body tells its work as a summary would
    r = parse("某文库\n合集下载\n1. 下载前请自行核对文档内容。\n2. 仅部分预览的文档可申请退款。\n\n湖畔新区管委会\n\n"
              "政府信息公开工作2013年度报告\n\n2013年,湖畔新区管委会依照《中华人民共和国政府信息公开条例》开展政府信息"
              "公开工作,现将全年工作汇报如下:\n一、完善制度建设\n管委会修订了信息公开制度。\n二、主动公开政府信息的情况\n"
              "全年共公布各类信息35条。")
    assert fact(r, "doc.kind") == "government_annual"
    assert "政府信息公开工作2013年度报告" in evidence(r, "doc.kind")
    assert fact(r, "doc.year") == 2013


# --- the twelfth blind set -----------------------------------------------------------------------------------------


def test_an_academic_years_word_is_no_part_of_a_name():
    # "结合2017-2018学年学校信息公开工作执行情况编制": 学校 is generic and 学年 the year's word, so no 学年学校;
    # the school is named by the opening's subject
    r = parse("本报告根据《高等学校信息公开办法》等文件要求,结合2017-2018学年学校信息公开工作执行情况编制。统计期限自"
              "2017年9月1日起至2018年8月31日止。\n一、概述\n2017-2018学年,东川农林学院深入推进信息公开工作。")
    assert fact(r, "doc.agency") == "东川农林学院"


def test_requests_counted_by_way_after_qizhong_are_parts_of_the_whole():
    # "共收到4件信息公开申请,其中网络申请2件,信函申请2件": the whole is the count before the noun
    r = parse(REQUESTS.format(said="2024年度我镇共收到5件信息公开申请,其中网络申请3件,信函申请2件,均已按时办结。"))
    assert fact(r, "requests.received") == 5


def test_a_line_cut_by_the_opening_window_is_no_title():
    # a long opening paragraph, then a sentence that cites notices and runs on past the window the title lines are read
    # from (400 characters): the cut piece ends with a cited notice's title and is no notice's title line
    opening = ("根据《中华人民共和国政府信息公开条例》,特向社会公布2014年度本部门信息公开报告。本报告由概述、主动公开"
               "政府信息的情况、政府信息依申请公开办理情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议、行政诉讼"
               "的情况、政府信息公开存在的主要问题及改进措施、需要说明的事项与附表组成。本报告中所列数据的统计期限自2014年"
               "1月1日起至2014年12月31日止。如对本报告有任何疑问,请与南湾区城市管理行政执法局政府信息公开办公室联系。")
    cited = "今年来,我局认真贯彻区政府办《转发国务院关于加强政府信息公开工作的通知》"
    head = "引言\n" + opening + "\n一、概述\n"
    filler = "本报告的电子版可在南湾区政务信息网下载。"
    head = head.replace("联系。", "联系。" + (filler * 10)[:400 - len(cited) - len(head)])
    assert len(head) + len(cited) == 400  # the window ends right after the cited notice's closing bracket
    r = parse(head + cited + "(某政办〔2014〕20号)等文件精神。\n二、主动公开政府信息的情况\n全年主动公开信息80条。")
    assert r.status == "ok"
    assert fact(r, "doc.kind") == "government_annual"


def test_a_place_typed_twice_before_the_compilers_name_is_read_once():
    r = parse("根据《中华人民共和国政府信息公开条例》要求,由北京市大兴区北京市大兴区统计局编制的2010年度政府信息公开"
              "年度报告。全文包括概述、主动公开政府信息情况等部分。\n一、概述\n2010年,我局主动公开信息35条。")
    assert fact(r, "doc.agency") == "北京市大兴区统计局"


def test_notices_cited_one_after_another_in_a_basis_clause_name_no_issuer():
    # "…的通知国办公开办函〔2021〕30号某盟某办公室关于做好…的通知》要求": the cited documents run together, the second
    # one's issuer after the first one's number; the page's own title names the banner
    r = parse("镶白旗2021年政府信息公开工作年度报告\n\n本报告由镶白旗政务服务局根据《中华人民共和国政府信息公开条例》"
              "国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知国办公开办函〔2021〕"
              "30号锡林郭勒盟政务公开领导小组办公室关于做好2021年政府信息公开年报工作的通知》要求汇总各苏木镇人民政府、"
              "旗直各部门年度报告编制而成。\n一、总体情况\n全年旗政府网站发布信息1200条。")
    assert fact(r, "doc.agency") == "镶白旗"


def test_a_count_of_licences_after_the_requests_noun_is_no_request_count():
    # "依法办理政府信息公开申请,全年公示行政许可1097件": the count after the comma is of licences shown
    r = parse("一、总体情况\n2023年,我局依法做好政府信息公开工作。2023年通过各类渠道主动公开政府信息,依法办理"
              "政府信息公开申请,全年公示行政许可865件、行政处罚42件。\n二、主动公开政府信息情况\n全年主动公开信息80条。")
    assert fact(r, "requests.received") is None


def test_the_2007_parts_with_the_proactive_count_in_the_first_part_make_a_report():
    # no title; 一、基本情况 (with the year's proactive count), 二、依申请公开, 三、咨询, 四、复议诉讼: the statutory
    # parts, no fee part and nothing calling it a summary (K25)
    r = parse("一、政府信息与政务公开基本情况\n我局2017年通过公示栏、门户网站和微信等载体主动公开政府信息1500多条。\n"
              "二、政府信息依申请公开情况\n2017年,我局接到8项依申请公开政府信息申请,均在规定时限内依法作出答复。\n"
              "三、咨询情况\n全年接待群众当面咨询2000余人次。\n四、复议、诉讼和申诉情况\n2017年我局没有复议、行政诉讼及申诉。")
    assert r.status == "ok"
    assert fact(r, "doc.kind") == "government_annual"


def test_a_contact_office_gives_its_place_to_a_title_that_names_the_body_without_one():
    # "2020年卫生健康委员会…报告" and "请与某市卫生健康委办公室联系": the body's own office is the body (A19), and the
    # longer form of the title's name (A36)
    r = parse("2020年卫生健康委员会政府信息公开工作年度报告\n\n2020年,我委严格按照《政府信息公开条例》的要求开展"
              "政府信息公开工作并编制本报告。如对本报告有任何疑问,请与德阳市卫生健康委办公室联系(电话:0838-0000000)。\n"
              "一、总体情况\n我委全年主动公开信息260条。")
    assert fact(r, "doc.agency") == "德阳市卫生健康委"


def test_a_governments_office_in_the_contact_is_not_read_as_the_government():
    # "请与某市人民政府办公室联系" beside a generic title: the government's office is a body of its own
    r = parse("市政府2020年政府信息公开工作年度报告\n\n如对本报告有任何疑问,请与德阳市人民政府办公室联系。\n"
              "一、总体情况\n全市主动公开信息2600条。")
    assert fact(r, "doc.agency") != "德阳市人民政府"


# --- the thirteenth blind set --------------------------------------------------------------------------------------


def test_a_streets_party_committee_and_office_as_one_subject_give_the_office():
    # "某街道党工委、办事处按照…部署": the street's office as written (A53, as 某镇党委、政府)
    r = parse("本年度报告根据《条例》编制。\n一、总体情况\n2025年,鸿顺里街道党工委、办事处按照区委、区政府的统一部署,"
              "认真贯彻落实《条例》。\n(一)主动公开情况\n全年主动公开信息96条。")
    assert fact(r, "doc.agency") == "鸿顺里街道办事处"


def test_the_2021_word_new_with_its_year_and_no_noun_is_the_received_count():
    # "2025年新收63件,上一年度结转1件,共计64件" under the requests part; the kinds of applicant after it are parts
    r = parse("一、总体情况\n2025年,我局依法做好政府信息公开工作。\n(二)依申请公开情况。2025年新收41件,上一年度结转1件,"
              "共计42件。公民个人提出申请40件,占比95.24%;法人或其他组织提出申请2件,占比4.76%。其中,结转至2026年作出答复"
              "的政府信息公开申请3件。\n三、存在的主要问题\n无。")
    assert fact(r, "requests.received") == 41
    assert fact(r, "requests.carried_over") == 1
    assert fact(r, "requests.carried_forward") == 3


def test_requests_sent_by_letter_are_requests_and_all_answered_when_said_so():
    # "通过来信收到申请件4件,…,全部按时办结": 来信 is the requests' way in, not letters of another kind
    r = parse(REQUESTS.format(said="2024年我局共受理依申请政府信息公开事项18例,其中通过网络收到申请15件,占比83%,"
                                   "通过来信收到申请件3件,占比17%,全部按时办结。"))
    assert fact(r, "requests.received") == 18
    assert fact(r, "requests.completed") == 18


def test_all_handled_in_time_counts_those_received():
    # "新收到申请3件,均及时办理" (F14: 办理 of all those received)
    r = parse(REQUESTS.format(said="2024年,全年新收到政府信息公开申请5件,均及时办理,未发生因政府信息公开申请引发的"
                                   "行政复议。"))
    assert fact(r, "requests.completed") == 5


def test_received_and_answered_in_one_verb_with_some_carried_on_is_no_completed_count():
    # "受理答复…申请12件,其中2件结转下年度继续办理": the 12 were received; not all were answered
    r = parse(REQUESTS.format(said="全年依法规范受理答复政府信息公开申请9件,其中3件结转下年度继续办理。"))
    assert fact(r, "requests.received") == 9
    assert fact(r, "requests.completed") is None
    assert fact(r, "requests.carried_forward") == 3


# --- the fourteenth blind set --------------------------------------------------------------------------------------


def test_the_reports_copula_before_the_compilers_name_is_no_part_of_it():
    # "本年度报告是国务院某办根据《条例》…编制的": the report is the subject, the office the compiler
    r = parse("本年度报告是国务院侨办根据《中华人民共和国政府信息公开条例》要求编制的。\n一、概述\n2009年,国务院侨办"
              "认真贯彻《条例》。")
    assert fact(r, "doc.agency") == "国务院侨办"


def test_a_sites_menu_entry_naming_a_rule_is_no_title():
    # "• 政府信息公开制度" among the site's menu of bullets; the report follows and says what it is
    r = parse("政府信息公开\n\n  • 政府信息公开指南\n\n  • 政府信息公开制度\n\n  • 政府信息公开年报\n\n2020年度\n\n"
              "根据《中华人民共和国政府信息公开条例》有关规定,现就伽师县人民政府2020年度政府信息公开情况报告如下:\n一、概述\n"
              "本报告由概述、主动公开政府信息情况、收到和处理政府信息公开申请情况等部分组成。")
    assert r.status == "ok"
    assert fact(r, "doc.kind") == "government_annual"


def test_an_evaluation_of_many_schools_is_no_schools_report():
    # "选取115所高等学校…进行了调研和测评": a third party's evaluation under the schools' measures
    r = parse("本报告根据《高等学校信息公开办法》等规定,选取96所高等学校,通过观察其门户网站、实际验证等方法,对其公开"
              "基本信息、招考信息、财务信息等内容进行了调研和测评。测评结果显示,高校信息公开工作较上年有所进步。\n"
              "一、总体情况\n各校信息公开专栏建设情况良好。")
    assert r.status == "not_a_report"
    assert fact(r, "doc.kind") == "other"


def test_review_cases_the_body_heard_are_no_reviews_against_it():
    # "县政府审理政府信息公开行政复议案件7起": the government as the review organ
    r = parse("一、总体情况\n2023年,我县认真落实《条例》。\n四、政府信息公开行政复议、行政诉讼情况\n2023年,县政府审理"
              "政府信息公开行政复议案件5起,其中结果维持3起,结果纠正2起。")
    assert fact(r, "appeals.review") is None


def test_consultations_and_complaints_written_together_are_no_complaint_count():
    r = parse("一、总体情况\n2023年,我县政务微信共推送信息856条,全年共收到县长信箱咨询投诉类信件97件,已全部办结。")
    assert fact(r, "appeals.complaints") is None


def test_in_person_and_phone_enquiries_with_no_total_give_no_consultation_count():
    # "接待咨询访问230人次,接听咨询电话500余次": two ways, no total (F24)
    r = parse("一、总体情况\n2023年,我镇接待咨询访问160人次,接听咨询电话300余次。")
    assert fact(r, "consultations.total") is None


def test_the_year_gone_by_is_the_years_own_figure():
    # "一年以来,全县主动向社会公开信息11489条": the year gone by, not a running total
    r = parse("一、总体情况\n2020年,全县认真落实《条例》。一年以来,全县主动向社会公开信息9876条,依申请公开6件。")
    assert fact(r, "proactive.new") == 9876
    assert fact(r, "proactive.cumulative") is None


# --- the fifteenth blind set ---------------------------------------------------------------------------------------


def test_the_report_named_by_gai_with_its_statutory_parts_calls_itself_a_report():
    # "该报告由信息公开基本情况、主动公开信息情况、依申请公开信息情况…组成" under a title that says less (K14)
    r = parse("泰安市物价局2009年信息公开报告\n根据《中华人民共和国政府信息公开条例》有关规定,现公开泰安市物价局2009年"
              "信息公开报告。该报告由信息公开基本情况、主动公开信息情况、依申请公开信息情况、信息公开收费及减免情况等"
              "部分组成。\n一、信息公开基本情况\n2009年,我局成立了信息公开工作领导小组。")
    assert r.status == "ok"
    assert fact(r, "doc.kind") == "government_annual"


def test_a_government_offices_information_centre_in_the_contact_is_no_author():
    # "请与某旗政府办网络信息中心联系": the centre that runs the site answers enquiries; the publishing sentence names
    # the government
    # the government (its short place name, 莫旗, not in the division table)
    r = parse("根据《中华人民共和国政府信息公开条例》有关规定,现公布莫旗政府2013年政府信息公开工作年度报告。如对"
              "本报告有任何疑问,请与莫力达瓦政府办网络信息中心联系(电话:4620000)。\n一、概述\n2013年,全旗政府信息"
              "公开工作稳步推进。")
    assert fact(r, "doc.agency") == "莫旗政府"


def test_a_bodys_disclosure_work_office_in_the_contact_is_the_body():
    # "请与某省审计厅政府信息公开工作办公室联系" (工作 before the desk, A19)
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》编制。如有任何疑问,请与湖北省审计厅政府信息公开工作"
              "办公室联系。\n一、概述\n2012年,我厅认真贯彻落实《条例》。")
    assert fact(r, "doc.agency") == "湖北省审计厅"


def test_a_brands_chinese_site_word_is_no_part_of_a_name_it_replaced():
    # "由某品牌365bet官网中文网政府信息公开协调小组办公室…编制": the brand took the city; what is left names no body
    r = parse("本年度报告由beat365_365bet官网中文网政府信息公开协调小组办公室根据《中华人民共和国政府信息公开条例》"
              "规定编制而成。\n一、概述\n2016年,全市政府信息公开工作稳步推进。")
    assert fact(r, "doc.agency") is None


def test_a_definition_in_a_rules_article_names_no_body():
    # "第三条学校事务公开是指学校按照法律法规规定…": a rule's definition, no subject
    r = parse("第三条学校事务公开是指学校按照法律法规规定,将学校行政管理中的信息和决策向师生公开。\n第四条学校事务公开"
              "应当遵循依法、真实、及时的原则。")
    assert fact(r, "doc.agency") is None


# --- the sixteenth blind set ---------------------------------------------------------------------------------------


def test_a_system_in_the_title_gives_way_to_the_bureau_that_compiles_its_report():
    # "某省某市气象部门2021年…报告" and "本报告由某市气象局办公室…编制": the bureau reports for the system (A34 keeps
    # the system where no bureau compiles)
    r = parse("江苏省宿迁市气象部门2021年政府信息公开工作年度报告\n\n本报告由宿迁市气象局办公室根据《中华人民共和国"
              "政府信息公开条例》规定编制。\n一、总体情况\n2021年,全市气象部门主动公开信息120条。")
    assert fact(r, "doc.agency") == "宿迁市气象局"


def test_a_system_with_no_compiling_bureau_keeps_its_name():
    r = parse("湖北省黄石市气象部门2022年政府信息公开工作年度报告\n\n2022年,我市气象部门认真贯彻《条例》。\n"
              "一、总体情况\n全年主动公开信息95条。")
    assert fact(r, "doc.agency") == "湖北省黄石市气象部门"


def test_a_pages_button_word_glued_before_the_title_is_no_part_of_the_name():
    r = parse("浏览内蒙古机电职业技术学院2019-2020学年度 信息公开工作年度报告\n根据《高等学校信息公开办法》,现将学院"
              "2019-2020学年信息公开工作情况报告如下。\n一、概述\n学院认真落实信息公开清单。")
    assert fact(r, "doc.agency") == "内蒙古机电职业技术学院"


def test_an_academic_year_counted_from_is_not_the_reports_year():
    # "2011—2012 学年以来,…每年定期发布…年度报告": a year counted from; the statistics period says 2019-2020
    r = parse("本报告根据《高等学校信息公开办法》,根据天津某某大学2019-2020年度信息公开实际情况编写。报告中统计数据的"
              "时间为2019年9月1日至2020年8月31日。\n一、学校近年来信息公开总体情况\n2011—2012 学年以来,学校办公室每年"
              "定期发布学校信息公开工作年度报告。")
    assert fact(r, "doc.period") == "2019-2020"


def test_requests_withdrawn_are_no_received_count():
    r = parse("一、总体情况\n2023年,我办依法做好政府信息公开工作。\n三、收到和处理政府信息公开申请情况\n"
              "积极与申请人沟通,申请人主动撤销申请17件。")
    assert fact(r, "requests.received") is None


# --- the seventeenth blind set -------------------------------------------------------------------------------------


def test_a_supply_and_marketing_cooperative_by_its_full_names_is_a_body():
    # 供销合作联社, 供销联社, 供销合作总社: the cooperative's names, as 供销社 (a department under the Regulations)
    for name in ("佛山市供销合作联社", "枣阳市供销联社", "余姚市供销合作总社"):
        r = parse(f"根据《中华人民共和国政府信息公开条例》的要求,由{name}结合工作实际编制。\n一、概述\n2012年,我社认真"
                  "贯彻《条例》。")
        assert fact(r, "doc.agency") == name
        assert fact(r, "doc.level") == "department"


def test_a_governments_disclosure_work_office_in_the_contact_answers_for_the_area():
    # "请与某县人民政府信息公开工作办公室联系" (工作 before the desk): the desk that answers enquiries, no author
    r = parse("本年度报告根据《中华人民共和国政府信息公开条例》编制。如对本年度报告有疑问,请与茂县人民政府信息公开工作"
              "办公室联系。\n一、概述\n2014年,我县紧紧围绕《条例》精神推进政府信息公开工作。")
    assert fact(r, "doc.agency") != "茂县人民政府信息公开工作办公室"

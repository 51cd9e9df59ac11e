"""What a53 read differently (issue 12), class by class. Every text is invented for the test; the wording is this
file's own.
"""

from __future__ import annotations

from parse_support import fact, parse

# --- proactive items: the total's own count word, the answers to requests --------------------------------------------


def test_a_total_named_as_a_number_stands_beside_its_channels():
    # 信息数 is the total's own word, not a kind of item; the website and the microblog carried parts of it
    r = parse("二、主动公开政府信息情况\n2019年度主动公开政府信息数842条,通过政府网站公开政府信息610条,"
              "通过官方微博公开信息40条,主要涉及项目审批和价格管理。\n三、依申请公开情况\n全年未收到申请。")
    assert fact(r, "proactive.new") == 842
    assert "842" in r.facts["proactive.new"].evidence


def test_the_answers_sorted_by_outcome_are_no_proactive_count():
    # only the requests part survives: 不属于本行政机关公开信息1件 is one kind of answer, not an item disclosed
    r = parse("三、依申请公开政府信息情况\n共答复18件,同意公开9件,同意部分公开4件,不同意公开2件,"
              "不属于本行政机关公开信息1件,申请公开的信息不存在2件。")
    assert fact(r, "proactive.new") is None


def test_answers_named_as_a_kind_of_item_are_still_items_disclosed():
    r = parse("二、主动公开政府信息情况\n全年通过网站主动公开我局制定的规范性文件、对人大代表建议的答复等政府信息"
              "27件。\n三、依申请公开情况\n全年未收到申请。")
    assert fact(r, "proactive.new") == 27


def test_a_year_total_without_its_verb_leads_a_website_count():
    # 公开政府信息 first, no place named, and the website's count below it: the whole year's figure
    r = parse("二、主动公开政府信息情况\n2015年度公开政府信息126条,在政务网站共主动公开政府信息45条,其中政策法规类"
              "信息9条,业务类信息36条。\n三、依申请公开情况\n全年未收到申请。")
    assert fact(r, "proactive.new") == 126


# --- requests: the answers' own heading, an environment body's requests, all handled ---------------------------------


def test_the_answers_heading_names_the_requests_it_counts():
    r = parse("三、依申请公开政府信息情况\n(一)申请情况。全年共收到政府信息公开申请件12件,均为网上申请。\n"
              "(二)答复情况。共答复12件,其中同意公开5件,信息不存在7件。")
    assert fact(r, "requests.received") == 12
    assert fact(r, "requests.completed") == 12


def test_an_environment_bodys_requests_are_requests():
    r = parse("(二)依申请公开情况\n全年共收到3份政府环境信息公开申请,均已按时答复。")
    assert fact(r, "requests.received") == 3
    assert fact(r, "requests.completed") == 3


def test_all_handled_after_a_hotlines_rate_still_answers_the_requests():
    # the first all-done words are the hotline's; the requests' own come after them
    r = parse("二是依法办理群众诉求。全年承办市长热线412件、区长信箱27件,综合办结率100%。全年依申请公开4条,"
              "均在规定时限内办结。")
    assert fact(r, "requests.completed") == 4


def test_all_handled_after_another_count_with_no_requests_stays_silent():
    r = parse("全年承办市长热线412件、区长信箱27件,均已办结。")
    assert fact(r, "requests.completed") is None


# --- who reports ----------------------------------------------------------------------------------------------------


def test_the_report_as_the_copulas_object_names_its_compiler():
    r = parse("本年报是根据《中华人民共和国政府信息公开条例》要求编制的鹿城区财政局2019年度政府信息公开年度报告。"
              "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n一、概述\n2019年,本单位认真落实"
              "《条例》。\n二、主动公开情况\n全年主动公开信息210条。")
    assert fact(r, "doc.agency") == "鹿城区财政局"
    assert fact(r, "doc.level") == "department"


def test_a_guides_title_with_the_name_written_twice_names_it_once():
    r = parse("荆州市公安局沙市区分局荆州市公安局沙市区分局政府信息公开指南\n为方便公民、法人和其他组织获取政府信息,"
              "根据《中华人民共和国政府信息公开条例》,编制本指南。\n一、主动公开\n(一)公开范围")
    assert fact(r, "doc.agency") == "荆州市公安局沙市区分局"


def test_a_guides_statutory_purpose_names_the_body_that_makes_the_information():
    r = parse("政府信息公开指南\n为了保障公民、法人和其他组织及时、准确获取由石门镇制作或者获取的政府信息,根据"
              "《中华人民共和国政府信息公开条例》,编制本指南。\n一、主动公开\n(一)公开范围")
    assert fact(r, "doc.agency") == "石门镇"
    assert fact(r, "doc.level") == "township"


def test_a_time_phrase_between_the_subject_and_its_verb():
    r = parse("2019年,我局结合工作实际推进政府信息公开工作,现将我局2019年度政府信息公开工作情况报告如下:\n"
              "一、总体情况\n县医疗保障局自2019年2月挂牌成立以来,坚持把政府信息公开作为一项重要工作来抓。\n"
              "二、依申请公开情况\n全年未收到申请。")
    assert fact(r, "doc.agency") == "县医疗保障局"


def test_a_school_reporting_on_this_academic_year():
    r = parse("根据《高等学校信息公开办法》,结合省教育厅关于做好2019-2020学年度信息公开工作的要求,现将湘南学院"
              "本学年度信息公开工作情况报告如下。\n一、概述\n学校高度重视信息公开工作。")
    assert fact(r, "doc.agency") == "湘南学院"
    assert fact(r, "doc.level") == "university"


# --- the year: a year-led request figure ----------------------------------------------------------------------------


def test_a_year_led_request_figure_gives_the_year_of_a_page_with_no_title():
    r = parse("一、总体情况 本局认真贯彻落实《中华人民共和国政府信息公开条例》,扎实做好政府信息公开工作。 "
              "(二)依申请公开情况 2024年,株洲市数据资源局收到政府信息公开申请3件。 (三)政府信息管理")
    assert fact(r, "doc.year") == 2024


def test_request_figures_of_two_years_give_no_year():
    r = parse("一、总体情况 本局认真贯彻落实《中华人民共和国政府信息公开条例》,扎实做好政府信息公开工作。 "
              "(二)依申请公开情况 2024年,株洲市数据资源局收到政府信息公开申请3件。2023年,株洲市数据资源局收到"
              "政府信息公开申请5件。")
    assert fact(r, "doc.year") is None


# --- who reports: a site's switches above a guide's title; the government's guide a bureau follows -------------------


def test_a_sites_switches_above_the_title_leave_the_title_in_its_window():
    r = parse("微信\n智慧某城\n简体版|繁体版\n支持IPv6\n\n遂宁市人民政府信息公开指南\n\n为了更好地提供政府信息公开服务,"
              "根据《中华人民共和国政府信息公开条例》,编制本指南。\n一、政府信息公开主管部门")
    assert fact(r, "doc.agency") == "遂宁市人民政府"
    assert fact(r, "doc.level") == "city"


def test_the_governments_guide_a_bureau_follows_names_not_the_bureau():
    # 《某市政府信息公开指南》 after 根据 in a bureau's voice is the city's guide: the bureau is the contact's
    r = parse("根据《中华人民共和国政府信息公开条例》和《大冶市政府信息公开指南》等有关规定,编制发布本报告。如对本报告"
              "有疑问,请与大冶市水利和湖泊局办公室联系。\n一、总体情况\n2023年,我局紧密围绕中心工作推进信息公开。\n"
              "(二)依申请公开情况。2023年度我局共受理政府信息公开申请2件。")
    assert fact(r, "doc.agency") == "大冶市水利和湖泊局"
    assert fact(r, "doc.level") == "department"


# --- requests: all handled, in two more wordings ---------------------------------------------------------------------


def test_all_handled_with_the_two_verbs_listed():
    r = parse("(二)依申请公开情况\n2024年,本局收到政府信息公开申请3条,已在规定的期限内办理、答复。")
    assert fact(r, "requests.completed") == 3


def test_all_handled_by_a_long_named_rule():
    r = parse("(二)依申请公开情况\n2024年我局共受理14宗政府信息公开申请,均在办理时限内严格按照政府信息公开申请"
              "办理答复规范要求进行答复。")
    assert fact(r, "requests.completed") == 14


# --- third batch: the superiors a text obeys, a government's own guide, the ways together, requests in 次 ------------


def test_the_governments_of_several_levels_are_no_author():
    r = parse("近年来,国务院和省市政府高度重视政务公开工作。2017年,中心认真贯彻落实上级要求,通过网站、微信公众号等渠道"
              "主动推送信息。")
    assert fact(r, "doc.agency") is None


def test_a_guide_the_government_made_is_the_governments_not_the_centres():
    r = parse("为了更好地提供市公积金中心信息公开服务,我中心根据市政府编制的《六安市政府信息公开指南》制定了"
              "《市公积金中心信息公开指南》(以下简称《指南》)。\n一、主动公开\n(一)公开范围\n市公积金中心主动向社会公开的"
              "信息范围参见市政府编制的《六安市政府信息公开目录》。")
    assert fact(r, "doc.agency") == "市公积金中心"  # its own guide, the one it made


def test_requests_taken_in_by_every_way_together_are_the_whole():
    r = parse("(二)依申请公开政府信息情况。通过委网站、信函、电子邮件、传真以及口头等形式接受社会各界依申请公开19条,"
              "并在第一时间办结,办结率100%。")
    assert fact(r, "requests.received") == 19
    assert fact(r, "requests.completed") == 19


def test_one_way_among_others_is_still_a_part():
    r = parse("(二)依申请公开情况。全年收到网上申请4件,当面申请1件,均已按时答复。")
    assert fact(r, "requests.received") is None


def test_requests_counted_in_times_before_their_noun():
    r = parse("(二)依申请公开情况\n2025年全年共收到21次政府信息公开申请,均在规定时限内回复。")
    assert fact(r, "requests.received") == 21
    assert fact(r, "requests.completed") == 21


# --- fourth batch: the body's year after a basis clause ---------------------------------------------------------------


def test_the_bodys_year_after_a_basis_clause():
    r = parse("本年度报告由临澧县统计局编制。全文包括概述、主动公开政府信息情况。\n一、概述\n根据《条例》要求, 2016年,"
              "临澧县统计局进一步加强政府信息公开工作。\n二、主动公开政府信息情况\n")
    assert fact(r, "doc.year") == 2016
    assert fact(r, "doc.period") == "2016"

"""a22-figures: figures a report states in prose that the parser guessed or missed (invented texts, same shapes as
the fresh real pages of /work/helper-notes/a22-figures)."""

from __future__ import annotations

from tests.parse_support import evidence, fact, parse

HEAD = "石湾镇2023年政府信息公开工作年度报告\n一、总体情况\n"


# ------------------------------------------------ items sorted by how they are disclosed are no requests

def test_items_disclosed_on_request_beside_the_other_attributes_are_no_requests():
    r = parse(HEAD + "全年形成政府信息860条,其中主动公开信息512条,依申请公开信息41条,不予公开信息307条。\n"
                     "二、主动公开政府信息情况\n全年主动公开政府信息512条。\n")
    assert fact(r, "requests.received") is None
    assert evidence(r, "requests.received") == ""


def test_items_on_request_in_a_list_of_channels_with_a_withheld_count_are_no_requests():
    r = parse("青禾县某局2023年政府信息公开工作年度报告\n二、信息主动公开情况\n"
              "2023年,我局通过网站、宣传栏等载体主动公开信息36条,其中网站公开15条、宣传栏公开21条、"
              "依申请公开信息0条、不予公开信息0条。\n")
    assert fact(r, "requests.received") is None


def test_items_on_request_alone_in_the_requests_part_stay_a_request_count():
    r = parse(HEAD + "(二)依申请公开方面\n依申请公开信息5条。\n")
    assert fact(r, "requests.received") == 5
    assert "依申请公开信息5条" in evidence(r, "requests.received")


def test_received_items_on_request_beside_the_proactive_count_stay_a_request_count():
    r = parse(HEAD + "2023年,主动公开信息512条,收到依申请公开信息3条,均已按时答复。\n")
    assert fact(r, "requests.received") == 3
    assert "收到依申请公开信息3条" in evidence(r, "requests.received")


# ------------------------------------------------ 报送 as one channel of a list, the count's verb 主动公开

def test_a_reporting_channel_in_a_list_before_the_disclosure_verb_keeps_the_total():
    r = parse("青禾县某局2023年政府信息公开工作年度报告\n二、信息主动公开情况\n"
              "(一)公开情况:2023年,我局经县门户网站、信息报送、公开栏等渠道主动公开信息58条,"
              "其中在财经信息网发布20条、报送38条。\n")
    assert fact(r, "proactive.new") == 58
    assert "主动公开信息58条" in evidence(r, "proactive.new")


def test_items_reported_upward_stay_no_proactive_count():
    r = parse(HEAD + "二、主动公开政府信息情况\n全年向上级报送政务信息58条,被录用12条。\n")
    assert fact(r, "proactive.new") is None


# ------------------------------------------------ one request stated as handled (已…及时办理) counts 1

def test_one_request_said_to_be_handled_in_time_counts_one():
    r = parse(HEAD + "(二)依申请公开情况。本年度受理依申请公开申请1件,申请人为本镇居民,已依照有关规定及时办理。\n")
    assert fact(r, "requests.received") == 1
    assert fact(r, "requests.completed") == 1
    assert "及时办理" in evidence(r, "requests.completed")


def test_one_request_passed_on_or_still_open_is_not_handled():
    passed = parse(HEAD + "(二)依申请公开情况。全年共受理依申请公开申请1件,已转交云岭市某局及时办理。\n")
    open_ = parse(HEAD + "(二)依申请公开情况。全年共受理依申请公开申请1件,正在依法办理中。\n")
    assert fact(passed, "requests.received") == 1
    assert fact(passed, "requests.completed") is None
    assert fact(open_, "requests.completed") is None


# ------------------------------------------------ all of the year's requests handled as the rules say (均…按…办理)

def test_all_requests_handled_as_the_rules_say_are_completed():
    r = parse(HEAD + "(二)依申请公开情况。2023年,我镇受理7起依申请公开,均依程序和期限办理。\n")
    assert fact(r, "requests.received") == 7
    assert fact(r, "requests.completed") == 7
    assert "办理" in evidence(r, "requests.completed")


def test_requests_still_being_handled_or_some_carried_on_are_not_all_completed():
    open_ = parse(HEAD + "(二)依申请公开情况。2023年,我镇收到7件政府信息公开申请,均按规定办理中。\n")
    carried = parse(HEAD + "(二)依申请公开情况。2023年,我镇收到7件政府信息公开申请,结转下年度继续办理2件,"
                           "均按程序办理。\n")
    assert fact(open_, "requests.completed") is None
    assert fact(carried, "requests.completed") is None


# ------------------------------------------------ documents counted in copies after 主动公开 (F2: one kind, the total)

def test_documents_counted_in_copies_right_after_the_verb_are_the_years_items():
    r = parse(HEAD + "2023年,石湾镇主动公开政府文件4份,组织政策宣讲6场。\n")
    assert fact(r, "proactive.new") == 4
    assert "主动公开政府文件4份" in evidence(r, "proactive.new")


def test_copies_printed_or_handed_out_are_no_items():
    r = parse(HEAD + "2023年,石湾镇印发政务公开宣传资料1100份,发放《条例》文件汇编300份。\n")
    assert fact(r, "proactive.new") is None


def test_items_on_request_beside_only_a_proactive_count_stay_a_request_count():
    r = parse(HEAD + "2023年,全年主动公开信息120条,依申请公开信息2条,均已按时答复。\n")
    assert fact(r, "requests.received") == 2
    assert "依申请公开信息2条" in evidence(r, "requests.received")


def test_requests_passed_on_to_another_body_are_not_completed():
    r = parse(HEAD + "(二)依申请公开情况。2023年,我镇收到3件政府信息公开申请,均按要求转交云岭市某局办理。\n")
    assert fact(r, "requests.received") == 3
    assert fact(r, "requests.completed") is None

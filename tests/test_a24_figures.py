"""a24-guesses: figures stated in prose that the parser took for another fact, or missed (invented texts, same shapes
as the fresh real pages of /work/helper-notes/a24-guesses)."""

from __future__ import annotations

from tests.parse_support import fact, parse

TOWN = "青禾镇{y}年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"
BUREAU = "云溪县农业农村局{y}年政府信息公开工作年度报告\n一、总体情况\n"


# ------------------------------------------------ a running word over the report's own year (F50)

def test_a_running_word_before_the_years_own_items_gives_the_years_count():
    r = parse(TOWN.format(y=2010) + "截至2010年底,我镇累计主动公开2010年度政府信息36条。\n")
    assert fact(r, "proactive.new") == 36
    assert fact(r, "proactive.cumulative") is None


def test_a_running_total_from_an_earlier_year_stays_a_running_total():
    r = parse(TOWN.format(y=2010) + "截至2010年底,我镇累计主动公开2005年以来政府信息360条。\n")
    assert fact(r, "proactive.cumulative") == 360
    assert fact(r, "proactive.new") is None


def test_a_running_total_naming_no_year_stays_a_running_total():
    r = parse(TOWN.format(y=2010) + "截至2010年底,我镇累计主动公开政府信息360条。\n")
    assert fact(r, "proactive.cumulative") == 360
    assert fact(r, "proactive.new") is None


def test_since_january_of_the_report_year_with_the_body_named_is_the_year_so_far():
    r = parse(BUREAU.format(y=2020) + "(一)主动公开\n"
              "据统计,自2020年1月起,云溪县农业农村局及所属单位累计主动公开信息512条。\n")
    assert fact(r, "proactive.new") == 512
    assert fact(r, "proactive.cumulative") is None


def test_since_january_right_before_the_running_word_stays_the_year_so_far():
    r = parse(BUREAU.format(y=2020) + "(一)主动公开\n"
              "自2020年1月起累计主动公开信息512条,截至12月底,网站浏览量达9万次。\n")
    assert fact(r, "proactive.new") == 512
    assert fact(r, "proactive.cumulative") is None


def test_since_an_earlier_year_stays_a_running_total():
    r = parse(BUREAU.format(y=2020) + "(一)主动公开\n自2015年1月起,云溪县农业农村局累计主动公开信息2380条。\n")
    assert fact(r, "proactive.new") is None
    assert fact(r, "proactive.cumulative") == 2380


# ------------------------------------------------ items sorted by how they are disclosed, in other words (F51)

def test_request_items_beside_items_exempted_from_disclosure_are_no_received_count():
    r = parse(BUREAU.format(y=2023) + "(一)主动公开方面\n全年公开政府信息43条。\n(二)依申请公开方面\n"
              "依申请公开2条,免于公开信息0条。\n")
    assert fact(r, "requests.received") is None
    assert fact(r, "proactive.new") == 43


def test_received_applications_beside_a_withheld_answer_stay_read():
    r = parse(BUREAU.format(y=2023) + "(二)依申请公开方面\n全年收到依申请公开申请2件,免于公开0件。\n")
    assert fact(r, "requests.received") == 2


def test_request_items_alone_stay_read_as_before():
    r = parse(BUREAU.format(y=2023) + "(二)依申请公开方面\n全年依申请公开2条。\n")
    assert fact(r, "requests.received") == 2


# ------------------------------------------------ the statutory pair with a comma for its 、 (F52)

def test_a_denial_before_review_comma_suit_denies_the_suit_too():
    r = parse(BUREAU.format(y=2024) + "(二)依申请公开\n全年未收到政府信息公开申请,未发生因政府信息公开申请行政复议,"
              "提起行政诉讼的情况。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 0


def test_a_suit_counted_after_a_denied_review_keeps_its_count():
    r = parse(BUREAU.format(y=2024) + "(四)复议诉讼\n全年未发生行政复议,提起行政诉讼1起。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 1


def test_a_suit_after_a_review_that_happened_is_not_denied():
    r = parse(BUREAU.format(y=2024) + "(四)复议诉讼\n全年发生行政复议1起,提起行政诉讼的情况另行说明。\n")
    assert fact(r, "appeals.review") == 1
    assert fact(r, "appeals.litigation") is None


# ------------------------------------------------ all handled, said as 办理结束 (F53)

def test_all_applications_said_finished_are_completed():
    r = parse(BUREAU.format(y=2021) + "(三)依申请公开\n2021年受理依申请公开件6件,均通过信函递交,已全部办理结束。\n")
    assert fact(r, "requests.received") == 6
    assert fact(r, "requests.completed") == 6


def test_applications_not_yet_finished_are_not_completed():
    r = parse(BUREAU.format(y=2021) + "(三)依申请公开\n2021年受理依申请公开件6件,目前尚未办理结束。\n")
    assert fact(r, "requests.received") == 6
    assert fact(r, "requests.completed") is None


# ------------------------------------------------ a total of listed outlets after the body's own count (F55)

def test_a_total_of_listed_outlets_after_the_bodys_own_count_is_not_the_years_count():
    r = parse("青禾镇2020年政务公开工作总结\n一、主动公开\n2020年度,本镇发布政府信息260多条,"
              "被区政府网站采用信息180多条,在区新闻网、区融媒体中心等发布信息共计150多条。\n")
    assert fact(r, "proactive.new") != 150


def test_a_total_of_listed_outlets_alone_stays_the_years_count():
    r = parse("青禾镇2020年政务公开工作总结\n一、主动公开\n"
              "2020年度,本镇在区新闻网、区融媒体中心等发布信息共计150多条。\n")
    assert fact(r, "proactive.new") == 150


def test_a_total_of_listed_outlets_after_a_websites_count_stays_as_before():
    r = parse("青禾镇2020年政务公开工作总结\n一、主动公开\n2020年度,本镇通过政府网站公开信息85条,"
              "在区新闻网、区融媒体中心等发布信息共计150多条。\n")
    assert fact(r, "proactive.new") == 150


# ------------------------------------------------ all-done words after a count answered, or with some carried on (F56)

REQ = "云溪县农业农村局2024年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"


def test_all_done_words_after_a_count_answered_give_that_count():
    r = parse(REQ + "新收到依申请公开政府信息36件,答复依申请公开政府信息33件,均在法定期限内予以答复,"
                    "结转下年度继续办理3件。\n")
    assert fact(r, "requests.received") == 36
    assert fact(r, "requests.completed") == 33
    assert fact(r, "requests.carried_forward") == 3


def test_all_done_words_with_some_carried_on_after_them_are_not_all():
    r = parse(REQ + "新收到依申请公开政府信息36件,均在法定期限内予以答复,结转下年度继续办理3件。\n")
    assert fact(r, "requests.received") == 36
    assert fact(r, "requests.completed") is None


def test_all_done_words_after_an_outcome_count_do_not_answer_the_received_count():
    r = parse(REQ + "新收到依申请公开政府信息36件,同意公开答复20件,均在法定期限内予以答复。\n")
    assert fact(r, "requests.completed") is None


def test_all_done_words_right_after_the_received_count_stay_read():
    r = parse(REQ + "新收到依申请公开政府信息36件,均在法定期限内予以答复。\n")
    assert fact(r, "requests.completed") == 36


# ------------------------------------------------ 其中主动公开 with one kind after it is a list of kinds (F57)

def test_one_kind_after_the_disclosed_word_leaves_the_sites_count():
    r = parse("云溪区2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息情况。"
              "全年政府门户网站发布各类信息2815条,其中主动公开政策文件214条,新闻类信息906条,政府重要会议23条。\n")
    assert fact(r, "proactive.new") != 214


def test_the_disclosed_share_after_its_word_stays_the_years_count():
    r = parse("云溪区2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息情况。"
              "全年通过区政府门户网站发布信息2815条,其中主动公开各类政府信息1306条。\n")
    assert fact(r, "proactive.new") == 1306


# ------------------------------------------------ the ways applications came, with their closing total (F58)

def test_ways_listed_with_a_closing_total_give_the_total():
    r = parse(REQ + "全年依申请公开共收到群众网上申请58件,快递9件,合计67件,上年结转4件。\n")
    assert fact(r, "requests.received") == 67
    assert fact(r, "requests.carried_over") == 4


def test_ways_listed_with_no_total_give_no_received_count():
    r = parse(REQ + "全年依申请公开共收到群众网上申请58件,快递9件,上年结转4件。\n")
    assert fact(r, "requests.received") is None


# ------------------------------------------------ all of the year's requests answered at once, 第一时间 (F59)

def test_the_clause_after_the_received_count_answering_at_once_gives_completed():
    r = parse(REQ + "2024年,我局收到依申请公开件18件,在第一时间进行了回复解答,满意率为100%。\n")
    assert fact(r, "requests.received") == 18
    assert fact(r, "requests.completed") == 18


def test_a_count_answered_at_once_stays_that_count():
    r = parse(REQ + "2024年,我局收到依申请公开件18件,第一时间答复12件,其余6件结转下年度办理。\n")
    assert fact(r, "requests.completed") == 12


# ------------------------------------------------ no applications, said with 没 alone (F60)

def test_no_applications_said_with_mei_alone_are_none_received():
    r = parse("云溪县审计局2016年政府信息公开工作年度报告\n三、依申请公开政府信息和不予公开政府信息的情况\n"
              "我局2016年没收到政府信息公开申请。\n")
    assert fact(r, "requests.received") == 0


def test_a_confiscation_is_no_statement_about_applications():
    r = parse("云溪县审计局2016年政府信息公开工作年度报告\n三、依申请公开政府信息和不予公开政府信息的情况\n"
              "全年依法没收违法所得12万元。\n")
    assert fact(r, "requests.received") is None


# ------------------------------------------------ fees suspended for every applicant (F61)

def test_fees_suspended_for_requests_are_no_fee_charged():
    r = parse("青禾镇2017年政府信息公开工作年度报告\n三、政府信息公开的收费及减免情况。\n"
              "根据上级统一部署,我镇对申请公开政府信息暂免收费。\n")
    assert fact(r, "fees.charged_yuan") == 0


def test_a_fee_charged_beside_a_suspension_for_some_stays_the_fee():
    r = parse("青禾镇2017年政府信息公开工作年度报告\n三、政府信息公开的收费及减免情况。\n"
              "全年共收取检索复印费30元,对困难群众暂免收费。\n")
    assert fact(r, "fees.charged_yuan") == 30

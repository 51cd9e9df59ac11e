"""a23-guesses: values the parser gave where the text states none, and figures it missed (invented texts, same
shapes as the fresh real pages of /work/helper-notes/a23-guesses)."""

from __future__ import annotations

from tests.parse_support import fact, parse

HEAD = "青溪县林业局2019年政府信息公开工作年度报告\n一、总体情况\n"


# ------------------------------------------------ kinds side by side, each with its own 主动公开 and no total

def test_two_kinds_each_disclosed_with_its_own_verb_give_no_total():
    r = parse(HEAD + "今年以来,我局主动公开文件7份,主动公开工作总结3份,未收到依申请公开政府信息。\n")
    assert fact(r, "proactive.new") is None
    assert fact(r, "requests.received") == 0


def test_the_catch_all_kind_after_another_kind_is_no_total():
    r = parse(HEAD + "全年主动公开规范性文件2件,主动公开其他文件11件。\n")
    assert fact(r, "proactive.new") is None


def test_one_kind_alone_stays_the_years_count():
    r = parse(HEAD + "全年主动公开政府文件6份。\n")
    assert fact(r, "proactive.new") == 6


def test_the_whole_beside_one_kind_stays_the_years_count():
    r = parse(HEAD + "全年主动公开政府信息134条,主动公开政策解读9条。\n")
    assert fact(r, "proactive.new") == 134


def test_a_stated_total_after_a_kind_stays_the_years_count():
    r = parse(HEAD + "全年主动公开文件8份,主动公开各类政府信息共计52条。\n")
    assert fact(r, "proactive.new") == 52


# ------------------------------------------------ the way applications came: all of them, or one way of several

def test_a_received_count_with_the_way_all_of_them_came_is_read():
    r = parse("云岭市文化局2012年度政府信息公开年度报告\n三、依申请公开情况\n"
              "2012年共收到3份书面政府信息公开申请,均依法答复,未发生收费情况。\n")
    assert fact(r, "requests.received") == 3
    assert fact(r, "requests.completed") == 3


def test_one_way_beside_another_way_gives_no_received_count():
    r = parse("云岭市文化局2012年度政府信息公开年度报告\n三、依申请公开情况\n"
              "全年受理网上申请6件、当面申请2件,均已答复。\n")
    assert fact(r, "requests.received") is None
    assert fact(r, "requests.completed") is None


def test_one_way_written_after_the_unit_beside_another_gives_no_received_count():
    r = parse("云岭市文化局2012年度政府信息公开年度报告\n三、依申请公开情况\n"
              "共收到4份书面政府信息公开申请,2份网上申请,均已答复。\n")
    assert fact(r, "requests.received") is None


def test_the_whole_before_its_ways_stays_the_received_count():
    r = parse("云岭市文化局2012年度政府信息公开年度报告\n三、依申请公开情况\n"
              "全年受理申请8件,其中网上申请6件、当面申请2件。\n")
    assert fact(r, "requests.received") == 8


# ------------------------------------------------ reviews and suits that are not over disclosure

def test_reviews_said_to_be_about_other_matters_give_no_count():
    r = parse(HEAD + "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
                     "2019年我局发生行政复议案件4起、行政诉讼案件2起,均不涉及政府信息公开。\n")
    assert fact(r, "appeals.review") is None
    assert fact(r, "appeals.litigation") is None


def test_reviews_with_the_disclosure_share_after_them_give_no_whole():
    r = parse(HEAD + "四、行政复议和行政诉讼情况\n全年共发生行政复议案件5起,其中涉及政府信息公开的1起。\n")
    assert fact(r, "appeals.review") is None


def test_reviews_over_disclosure_stay_read():
    r = parse(HEAD + "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n全年因政府信息公开被申请行政复议2件,"
                     "其中维持1件。\n")
    assert fact(r, "appeals.review") == 2


# ------------------------------------------------ the count of the next appeal word is not this one's

def test_a_review_denied_then_a_suit_counted_gives_the_review_no_count_of_the_suit():
    r = parse(HEAD + "四、行政复议和行政诉讼情况\n全年未发生行政复议,发生行政诉讼2起。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 2


def test_complaints_counted_after_denied_reviews_are_no_suits():
    r = parse(HEAD + "四、行政复议和行政诉讼情况\n未发生行政复议和行政诉讼,收到投诉举报3件。\n")
    assert fact(r, "appeals.litigation") == 0


def test_each_and_zero_stay_both_words_counts():
    r = parse(HEAD + "四、行政复议和行政诉讼情况\n因政府信息公开被申请行政复议、提起行政诉讼各1件。\n")
    assert fact(r, "appeals.review") == 1
    assert fact(r, "appeals.litigation") == 1
    r = parse(HEAD + "四、行政复议和行政诉讼情况\n全年因政府信息公开被申请行政复议、提起行政诉讼的案件0件。\n")
    assert fact(r, "appeals.review") == 0
    assert fact(r, "appeals.litigation") == 0


# ------------------------------------------------ enquiries and complaints in one count, complaints written second

def test_enquiries_and_complaints_in_one_count_give_no_complaints():
    r = parse(HEAD + "五、咨询和投诉情况\n全年共受理政府信息公开咨询及投诉15件。\n")
    assert fact(r, "appeals.complaints") is None
    assert fact(r, "consultations.total") is None


def test_complaints_counted_alone_stay_read():
    r = parse(HEAD + "五、咨询和投诉情况\n全年收到关于政府信息公开的投诉2件。\n")
    assert fact(r, "appeals.complaints") == 2


def test_a_suit_marked_as_of_another_kind_gives_no_count():
    r = parse(HEAD + "四、行政复议和行政诉讼情况\n全年未发生行政复议,发生行政诉讼1起(非政府信息公开类)。\n")
    assert fact(r, "appeals.litigation") is None
    assert fact(r, "appeals.review") == 0


# ------------------------------------------------ last year's carried-over inside the count, said after a comma

def test_a_count_with_last_years_inside_it_after_a_comma_is_no_received_count():
    r = parse(HEAD + "(二)依申请公开\n全年共办理政府信息公开申请11件,其中上年结转2件。\n")
    assert fact(r, "requests.received") is None
    assert fact(r, "requests.carried_over") == 2


def test_a_part_of_another_kind_or_next_years_after_the_comma_leaves_the_count():
    r = parse(HEAD + "(二)依申请公开\n全年收到申请11件,其中网上申请7件。\n")
    assert fact(r, "requests.received") == 11
    r = parse(HEAD + "(二)依申请公开\n全年收到申请11件,其中结转下年度办理1件。\n")
    assert fact(r, "requests.received") == 11


# ------------------------------------------------ items still to go out are not items disclosed

def test_items_checked_before_they_go_out_are_no_proactive_count():
    r = parse(HEAD + "(三)政府信息管理\n全年共审核拟公开信息480条,经保密审查不予公开9条。\n")
    assert fact(r, "proactive.new") is None


def test_items_disclosed_after_a_check_stay_the_count():
    r = parse(HEAD + "(一)主动公开\n全年经保密审查后主动公开信息471条。\n")
    assert fact(r, "proactive.new") == 471


# ------------------------------------------------ a site's total with the body's share after 其中

def test_a_sites_total_with_the_bodys_share_after_it_is_not_the_bodys_count():
    r = parse("柳湾镇2022年政府信息公开工作年度报告\n一、总体情况\n(四)平台建设\n"
              "政府网站全年发布信息4100条,其中我镇信息公开专栏发布97条。\n")
    assert fact(r, "proactive.new") is None


def test_the_bodys_own_total_with_a_share_of_it_stays():
    r = parse("柳湾镇2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n"
              "我镇通过政府网站全年发布信息310条,其中本镇专栏发布97条。\n")
    assert fact(r, "proactive.new") == 310


# ------------------------------------------------ a website's items with the disclosure items after 其中

def test_the_disclosure_items_after_a_websites_count_are_the_years_count():
    r = parse("青溪县人民政府2014年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
              "2014年,县政府门户网站发布各类信息7410条,其中,发布政府信息公开信息共512条。\n")
    assert fact(r, "proactive.new") == 512


def test_a_column_of_the_website_after_its_count_is_left_as_it_was():
    r = parse("青溪县人民政府2014年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
              "全年主动公开政府信息5120条,其中政府信息公开专栏310条。\n")
    assert fact(r, "proactive.new") == 5120


# ------------------------------------------------ requests answered by a notice (告知)

def test_all_requests_answered_by_a_notice_are_completed():
    r = parse(HEAD + "三、依申请公开情况\n全年收到政府信息公开申请3件,均已书面告知申请人。\n")
    assert fact(r, "requests.completed") == 3


def test_one_request_answered_by_a_notice_is_completed():
    r = parse(HEAD + "三、依申请公开情况\n收到政府信息公开申请1件,已告知申请人该信息不属于本机关公开范围。\n")
    assert fact(r, "requests.completed") == 1


def test_a_notice_asking_for_corrections_is_no_answer():
    r = parse(HEAD + "三、依申请公开情况\n全年收到政府信息公开申请2件,均已告知申请人补正。\n")
    assert fact(r, "requests.completed") is None


# ------------------------------------------------ a rate is not what was charged

def test_a_rate_per_page_is_not_the_fee_charged():
    r = parse(HEAD + "五、政府信息公开的收费及减免情况\n按规定收取复印费每页0.5元,全年共收取18元。\n")
    assert fact(r, "fees.charged_yuan") == 18
    r = parse(HEAD + "五、政府信息公开的收费及减免情况\n依申请提供政府信息按每件10元收取检索费。\n")
    assert fact(r, "fees.charged_yuan") is None


def test_an_amount_charged_stays_read():
    r = parse(HEAD + "五、政府信息公开的收费及减免情况\n本年度依申请公开收取检索费、复制费共计35元。\n")
    assert fact(r, "fees.charged_yuan") == 35


# ------------------------------------------------ other spending with the disclosure share after 其中

def test_other_spending_with_the_disclosure_share_after_it_is_no_budget():
    r = parse(HEAD + "六、其他需要报告的事项\n全年网站建设及维护经费15万元,其中政府信息公开专栏建设2万元。\n")
    assert fact(r, "budget.spend_yuan") is None


def test_disclosure_spending_stays_read():
    r = parse(HEAD + "六、其他需要报告的事项\n全年政府信息公开工作经费支出2万元,其中公开栏建设0.5万元。\n")
    assert fact(r, "budget.spend_yuan") == 20000

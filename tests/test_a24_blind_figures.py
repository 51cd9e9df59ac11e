"""a24-blind-figures: figures, parts and placeholders on the spent a24 blind pages that the parser guessed, took wrong
or missed (invented texts, the same shapes as the real pages of /work/helper-notes/a24-blind)."""

from __future__ import annotations

from tests.parse_support import fact, parse

STREET = "丰水区青禾街道办事处2024年政府信息公开工作年度报告\n一、总体情况\n"
BOARD = "云溪市农业农村委员会办公室\n关于2018年度政府信息公开工作情况的报告\n一、基本情况\n"
COUNTY = "云溪县2023年政府信息公开工作年度报告\n一、总体情况\n"
COMPANY = "云溪供水有限公司2019年政府信息公开工作年度报告\n一、总体情况\n"
COLLEGE = "云溪职业学院2013-2014学年信息公开工作年度报告\n二、主动公开信息情况\n"
TOWN = "青禾镇2022年政府信息公开工作年度报告\n一、总体情况\n"


# ------------------------------------------------ a social account's running total of its posts (F62)

def test_a_microblogs_running_total_of_posts_is_no_running_total_of_disclosed_items():
    r = parse(STREET + "(一)主动公开。通过丰水区政府网站主动公开信息45条。截至2024年12月31日,青禾街道官方微博"
                       "共累计发布微博96条,其中原创微博8条,转发微博88条。\n")
    assert fact(r, "proactive.cumulative") is None
    assert fact(r, "proactive.new") == 45


def test_a_websites_running_total_stays_a_running_total():
    r = parse(STREET + "(一)主动公开。截至2024年12月31日,青禾街道在政府网站共累计发布信息960条。\n")
    assert fact(r, "proactive.cumulative") == 960


def test_a_running_total_over_the_site_and_the_microblog_stays_a_running_total():
    r = parse(STREET + "(一)主动公开。截至2024年底,通过政府网站、官方微博等累计发布信息960条。\n")
    assert fact(r, "proactive.cumulative") == 960


# ------------------------------------------------ applications in a sentence about approval services (F69)

def test_applications_on_an_approval_platform_are_no_requests():
    r = parse(BOARD + "1. 推进网审平台建设。涉及市农业农村委的18项行政审批服务事项已在网上审批大厅实现网上办理,"
                      "全年通过网审平台收到受理申请2150件,办结2150件。\n")
    assert fact(r, "requests.received") is None


def test_requests_for_information_in_a_sentence_about_approvals_stay_requests():
    r = parse(BOARD + "1. 推进网审平台建设。行政审批服务事项已实现网上办理,全年收到政府信息公开申请12件,"
                      "均已按时答复。\n")
    assert fact(r, "requests.received") == 12


def test_applications_with_no_approval_named_stay_requests():
    r = parse(BOARD + "(二)依申请公开。严格按照登记、审核、答复的流程办理,全年共收到申请7件。\n")
    assert fact(r, "requests.received") == 7


# ------------------------------------------------ documents counted in 件 or 份 beside other counts (F63)

def test_a_count_of_documents_among_kinds_with_no_total_is_no_years_count():
    r = parse(COUNTY + "(一)主动公开方面\n全年,我县政府门户网站更新政务动态信息1520条,信息公开目录信息2310条,"
                       "发布政策性文件41件,政策解读41条。\n")
    assert fact(r, "proactive.new") is None


def test_a_websites_count_beside_another_systems_count_of_files_is_no_years_count():
    r = parse(COLLEGE + "2. 主动公开信息数量\n2013-2014学年,学院通过云溪职业学院办公系统发布学院各类文件共121份,"
                        "通过相关职能部门网站发布信息870条。\n")
    assert fact(r, "proactive.new") is None


def test_a_sites_total_stays_beside_documents_issued_with_no_place():
    r = parse(COUNTY + "(一)主动公开。本年度通过政府网站主动公开信息总数681条,以县政府名义印发并公开的行政规范性"
                       "文件15件,其他政策文件30件。\n")
    assert fact(r, "proactive.new") == 681


# ------------------------------------------------ the disclosed share after a count of everything issued (F30, F64)

def test_the_disclosed_share_after_a_count_of_everything_issued_is_the_years_count():
    r = parse(COMPANY + "2019年度共对外发布信息610条,其中:门户网站上主动公开政府信息552条,电视、报纸等媒体发布"
                        "宣传信息58条。\n")
    assert fact(r, "proactive.new") == 552


def test_the_disclosed_share_after_a_colon_follows_a_websites_count():
    r = parse(COMPANY + "2019年度通过门户网站发布信息610条,其中:主动公开政府信息552条。\n")
    assert fact(r, "proactive.new") == 552


def test_a_count_said_disclosed_stays_the_whole_before_its_share():
    r = parse(COMPANY + "2019年度主动公开信息610条,其中门户网站上主动公开政府信息552条。\n")
    assert fact(r, "proactive.new") == 610


# ------------------------------------------------ a long list of kinds closed by 等, then its total (F65)

def test_a_long_list_closed_by_deng_then_its_total_is_the_years_count():
    r = parse(STREET + "(一)政府信息主动公开情况。\n2024年,青禾街道通过丰水区人民政府信息公开网站主动公开规划信息、"
                       "统计信息、许可服务、处罚强制、财政资金、政府采购、公益事业建设事项等共计75余条。\n")
    assert fact(r, "proactive.new") == 75


def test_a_long_list_with_no_total_word_gives_no_count():
    r = parse(STREET + "(一)政府信息主动公开情况。\n2024年,青禾街道主动公开规划信息、统计信息、许可服务、处罚强制、"
                       "财政资金、政府采购、公益事业建设事项等信息,群众满意度达95%。\n")
    assert fact(r, "proactive.new") is None


# ------------------------------------------------ one kind's count whose parts after 其中 add up to it (F66)

def test_a_kinds_count_whose_parts_add_up_to_it_is_the_years_count():
    r = parse(TOWN + "(一)主动公开方面。2022年,我镇主动公开政务动态类信息300条,完成目标任务。其中重点工作120条,"
                     "文化体育10条,社会救助类70条,其他信息100条。\n")
    assert fact(r, "proactive.new") == 300


def test_a_kinds_count_whose_parts_do_not_add_up_stays_unread():
    r = parse(TOWN + "(一)主动公开方面。2022年,我镇主动公开政务动态类信息300条,完成目标任务。其中重点工作120条,"
                     "文化体育10条,社会救助类70条。\n")
    assert fact(r, "proactive.new") is None


# ------------------------------------------------ a count's digits left as one X (F67)

def test_one_x_standing_for_a_counts_digits_is_a_placeholder():
    r = parse("2023年某县政务公开工作总结\n2023年,我县政府网站共公布政府信息X条,开展政务公开培训X次。\n")
    assert fact(r, "quality.placeholders") is True


def test_an_x_in_a_latin_word_or_a_product_name_is_no_placeholder():
    r = parse(COUNTY + "2023年,全县在云溪App和X光机采购公告中公布政府信息128条,"
                       "网址www.yunxi.gov.cn/xxgk/index.html。\n")
    assert fact(r, "quality.placeholders") is False


# ------------------------------------------------ a date's month and day left blank after its year (F68)

def test_a_date_left_blank_after_its_year_in_prose_is_a_placeholder():
    r = parse("青禾镇政府信息公开指南\n一、依申请公开\n本镇自2012年 月 日起正式受理政府信息公开申请。\n")
    assert fact(r, "quality.placeholders") is True


def test_a_signatures_blank_date_closing_its_line_stays_no_placeholder():
    r = parse(COUNTY + "全年收到申请3件。\n云溪县人民政府办公室\n2024年 月 日\n")
    assert fact(r, "quality.placeholders") is False


def test_a_forms_blank_date_field_stays_no_placeholder():
    r = parse(COUNTY + "全年收到申请3件。\n填报单位:云溪县人民政府办公室\n报出日期:2024年 月 日\n")
    assert fact(r, "quality.placeholders") is False


# ------------------------------------------------ a document library's banner over its copy (S11)

LIBRARY = ("2023年政务公开工作总结【2023年某县政务公开工作总结】.doc\n"
           "《2023年政务公开工作总结【2023年某县政务公开工作总结】.doc》由会员分享,可在线阅读,更多相关《2023年政务"
           "公开工作总结(5页珍藏版)》请在某某文库网站上搜索。\n")


def test_a_libraries_banner_is_no_overview_and_the_lead_ins_count_no_proactive_part():
    r = parse(LIBRARY + "1、 2023年某县政务公开工作总结 2023年,在县委县政府的领导下,我县加强政策解读和回应关切,"
                        "今年政府网站共公布政府信息210条,县直部门公开390条。现将有关情况总结如下。 "
                        "一、2023年工作开展情况 (一)积极做好政策解读工作。\n")
    assert fact(r, "sections.overview") is False
    assert fact(r, "sections.proactive") is False


def test_a_summarys_own_opening_after_a_banner_stays_the_overview():
    r = parse(LIBRARY + "2023年,我县认真贯彻落实政务公开工作要点,全年在政府网站发布信息210条,县直部门公开390条,"
                        "政务公开工作取得了明显成效,群众满意度进一步提升。\n一、2023年工作开展情况\n"
                        "(一)积极做好政策解读工作。\n")
    assert fact(r, "sections.overview") is True


# ------------------------------------------------ an unnumbered paragraph opened by the requests part's name (S12)

AUDIT = ("本报告根据《中华人民共和国政府信息公开条例》的要求编制。\n一、总体情况\n2022年,我局认真贯彻落实《条例》,"
         "扎实开展政府信息公开工作。\n政府信息主动公开情况。通过局网站和微信公众号等途径公开机构职能等信息。\n")


def test_a_paragraph_opened_by_the_requests_parts_name_and_qingkuang_is_the_requests_part():
    r = parse(AUDIT + "政府信息依申请公开情况。明确各环节办理责任,全年共受理政府信息公开申请6件,全部按时办结。\n")
    assert fact(r, "sections.requests") is True


def test_a_numbered_point_of_the_work_on_requests_stays_no_part():
    r = parse(AUDIT + "二是及时规范办理依申请公开。全年共受理政府信息公开申请6件,全部按时办结。\n")
    assert fact(r, "sections.requests") is False


# ------------------------------------------------ the work's first heading, the parts' list naming proactive (S13)

STATS = ("云溪盟统计局2019年政府信息公开年度报告\n本年度报告根据《条例》要求编制。全文包括信息公开工作情况、"
         "主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题和改进情况。\n")


def test_the_first_heading_on_the_disclosure_work_is_the_overview_where_the_parts_list_names_proactive():
    r = parse(STATS + "一、信息公开工作情况\n我局始终把政务公开纳入全局重点工作,强化组织领导。\n"
                      "(一)加强组织领导。成立了政务公开领导小组。\n")
    assert fact(r, "sections.overview") is True
    assert fact(r, "sections.proactive") is False


def test_the_same_heading_with_no_list_of_parts_stays_the_proactive_part():
    r = parse("云溪盟统计局2019年政府信息公开年度报告\n本年度报告根据《条例》要求编制。\n"
              "一、信息公开工作情况\n我局始终把政务公开纳入全局重点工作,全年公开信息86条。\n"
              "二、依申请公开情况\n全年未收到申请。\n")
    assert fact(r, "sections.proactive") is True

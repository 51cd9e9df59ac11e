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

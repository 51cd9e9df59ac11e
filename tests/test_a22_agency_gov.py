"""Who reports, when and at which level (issue 12, a22-agency-gov): the classes fresh real pages of townships,
county and city departments, zones and municipal districts showed — a year clause whose verb phrase holds 要求, a
bureau named only as the owner of the site where it opened its column, metadata labels in spaced brackets, a park
named without 区, a page flattened to one line whose title runs on into its signing name and date, a spam brand's 下载
in the next metadata cell, an explainer that says so in its opening sentence, and a body sentence that ends with
政策解读. Every text is invented for the test; the wording is this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

from engine.parse import headfix

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息120条。\n"
         "三、依申请公开政府信息办理情况\n本年度未收到政府信息公开申请。\n"
         "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议、行政诉讼。\n")


# a year clause whose next words hold 要求 (or 重要, 主要): no plan, the year reported on
def test_a_year_clause_with_a_requirement_is_the_year():
    r = parse("一、概述\n推进政务公开是我局的一项重要工作。2019年,我局按照县政府的要求完成了信息公开自查。\n" + PARTS)
    assert fact(r, "doc.year") == 2019
    assert fact(r, "doc.period") == "2019"
    assert "2019年,我局按照县政府的要求" in evidence(r, "doc.year")


def test_a_year_clause_with_a_plan_stays_no_year():
    for verb in ("将按照县政府的部署", "要进一步加强", "计划开展"):
        r = parse(f"一、概述\n推进政务公开是我局的一项重要工作。2019年,我局{verb}信息公开工作。\n" + PARTS)
        assert fact(r, "doc.year") is None


# the bureau named only as the owner of the site where it opened its disclosure column, the text in its voice
SITE_BODY = ("一、概述\n推进政府信息公开工作是我局的一项重要工作。\n政府信息主要在本机关网站公布。{site}\n" + PARTS)


def test_the_bureau_that_opened_a_column_on_its_own_site():
    for site in ("在云岭市水务局门户网站上开设政务公开专栏,方便公众查阅。",
                 "在云岭市水务局入口网站上设定信息公开专栏。"):
        r = parse(SITE_BODY.format(site=site))
        assert fact(r, "doc.agency") == "云岭市水务局"
        assert evidence(r, "doc.agency").startswith("报告发布网站: 在云岭市水务局")
        assert fact(r, "doc.level") == "department"


def test_a_government_or_another_kind_of_site_names_no_author():
    for site in ("在县政府门户网站上开设我局信息公开专栏。", "在省水利厅网站上开设政务公开栏目。",
                 "在云岭市水务局门户网站上发布工作动态。"):
        r = parse(SITE_BODY.format(site=site))
        assert fact(r, "doc.agency") is None


# a metadata table whose labels sit in brackets with spaces inside
def test_a_date_label_in_spaced_brackets():
    r = parse("[ 索 引 号 ] | qh/2019-0000013 | [ 发布机构 ] | 青禾县水利局 |\n"
              "[ 成文日期 ] | 2019-03-25 | [ 公开日期 ] | 2019-03-26 | [ 有 效 性 ] | 有效 |\n"
              "青禾县水利局2018年政府信息公开工作年度报告\n一、概述\n2018年,我局认真落实条例。\n" + PARTS)
    assert fact(r, "doc.published_on") == "2019-03-25"
    assert evidence(r, "doc.published_on").startswith("[ 成文日期 ] | 2019-03-25")


def test_an_index_number_in_brackets_is_no_date():
    r = parse("[ 索 引 号 ] | qh/2019-0303-25 | [ 发布机构 ] | 青禾县水利局 |\n"
              "青禾县水利局2018年政府信息公开工作年度报告\n一、概述\n2018年,我局认真落实条例。\n" + PARTS)
    assert fact(r, "doc.published_on") is None


# a park by its name without 区 (产业园, 工业园, 科技园): an area as a zone by its name is (L15); its committee is a
# department
def test_a_park_by_its_name_is_county():
    r = parse("根据条例要求,特编制石湾电子产业园2021年度政府信息公开工作年度报告。\n一、概述\n"
              "2021年,石湾电子产业园认真落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") == "石湾电子产业园"
    assert fact(r, "doc.level") == "county"
    assert "特编制石湾电子产业园2021年度" in evidence(r, "doc.level")


def test_a_parks_committee_stays_a_department():
    r = parse("石湾科技产业园管理委员会2021年政府信息公开工作年度报告\n一、概述\n2021年,我委认真落实条例。\n" + PARTS)
    assert fact(r, "doc.agency") == "石湾科技产业园管理委员会"
    assert fact(r, "doc.level") == "department"


# a page flattened to one line: the title, the signing name and its date, then the text's first words
RUN_ON = ("2009年云岭市青禾区水利局政府信息公开工作年度报告 云岭市青禾区水利局 2010年2月20日 引 言 "
          "本年度报告根据条例要求编制。"
          "本年度报告中所列数据的统计期限自2009年1月1日起至12月31日止。 一、概述 2009年,本局认真落实条例。 "
          "二、主动公开政府信息情况 本年度共公开信息120条。 三、依申请公开政府信息情况 本年度未收到申请。"
          " 四、行政复议、行政诉讼情况 未发生。")


def test_a_title_run_on_into_its_signature_and_date():
    r = parse(RUN_ON)
    assert fact(r, "doc.agency") == "云岭市青禾区水利局"
    assert evidence(r, "doc.agency").startswith("标题: 2009年云岭市青禾区水利局政府信息公开工作年度报告")
    assert fact(r, "doc.published_on") == "2010-02-20"
    assert evidence(r, "doc.published_on") == "云岭市青禾区水利局2010年2月20日"
    assert fact(r, "doc.level") == "department"


def test_a_title_whose_next_words_are_a_sentence_is_not_split():
    for text in ("2009某区政府信息公开工作年度报告由某区人民政府于2010年2月20日发布。本区…",
                 "某区政府信息公开工作年度报告\n某区人民政府\n2010年2月20日\n引言\n本年度报告…"):
        assert headfix.mend_head(text) == text


# a metadata table's row whose next cell holds a spam brand with 下载 in it: the date's own cell has no upload word
def test_a_date_whose_next_cell_has_a_download_brand():
    r = parse("标题: | 青禾县林业局2008年政府信息公开年度报告 | ||\n"
              "发文日期: | 2009-02-27 15:19:45 | 发布机构: | 某某体育app下载官网林业服务中心 |\n"
              "一、概述\n2008年,我局认真落实条例。\n" + PARTS)
    assert fact(r, "doc.published_on") == "2009-02-27"
    assert evidence(r, "doc.published_on").startswith("发文日期: | 2009-02-27")


def test_an_upload_time_in_the_dates_own_cell_is_no_date():
    r = parse("标题: | 青禾县林业局2008年政府信息公开年度报告 | ||\n"
              "发布时间: 2009-02-27 上传者某某 | 发布机构: | 青禾县林业局 |\n"
              "一、概述\n2008年,我局认真落实条例。\n" + PARTS)
    assert fact(r, "doc.published_on") is None


# an explainer that says so in its opening sentence: no report (A20)
def test_an_explainer_that_says_it_explains_the_report():
    for opening in ("《石湾镇人民政府2023年政府信息公开工作年度报告》已经编制完成并向社会公开,为方便群众看懂年报,"
                    "现就年报内容进行如下解读。",
                    "石湾镇编制了2023年政府信息公开工作年度报告,现对《报告》解读如下。"):
        r = parse(opening + "\n一、编制背景\n年度报告是条例确立的法定制度。\n"
                  "二、主要内容\n报告全文包括总体情况等六项内容。\n")
        assert fact(r, "doc.kind") == "other"
        assert evidence(r, "doc.kind").startswith("解读:")


def test_a_report_that_publishes_itself_is_no_explainer():
    r = parse("根据条例要求,现就石湾镇2023年政府信息公开工作情况报告如下。\n一、总体情况\n2023年,我镇认真落实条例,"
              "加强政策解读和回应关切。\n" + PARTS)
    assert fact(r, "doc.kind") == "government_annual"


# a sentence of the body that ends with 政策解读 is no speech's or explainer's title
def test_a_sentence_ending_with_policy_explaining_is_no_title():
    r = parse("根据条例要求,现就石湾镇2023年政府信息公开工作情况报告如下。\n一、总体情况\n2023年,我镇认真落实条例,"
              "加强政策解读。\n" + PARTS)
    assert fact(r, "doc.kind") == "government_annual"


def test_a_policy_explainers_title_stays_an_explainer():
    r = parse("《石湾镇2023年政务公开工作要点》政策解读\n一、出台背景\n为做好政务公开工作,制定本要点。\n"
              "二、主要内容\n要点共分五个部分。\n")
    assert fact(r, "doc.kind") == "other"

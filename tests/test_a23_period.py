"""Which year a report covers and whether it is the annual report (issue 12, a23-period): the classes fresh real pages
and the issue's list showed — a report published with 公开 or 发布 rather than 公布 (`现公开我局2020年度…年度报告`),
an academic year written in Chinese numerals (`二〇一九—二〇二〇学年`), a calendar statistics period against an
academic year the body names, a report on part of a year (`2022年上半年…工作报告`), and a date labelled as another
event than the document's issue (`数据截止日期:`, `废止日期:`). Every text is invented for the test; the wording is
this file's own.
"""

from __future__ import annotations

from parse_support import evidence, fact, parse

PARTS = ("二、主动公开政府信息情况\n本年度共公开信息120条。\n"
         "三、依申请公开政府信息办理情况\n本年度收到政府信息公开申请2件,均已办结。\n"
         "四、政府信息公开的收费及减免情况\n本年度未收取任何费用。\n"
         "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议、行政诉讼。\n")

# no title on the page, no statistics period, no year leading a sentence: the publishing sentence names the year
PUBLISHED = ("根据《中华人民共和国政府信息公开条例》,{sentence}\n一、总体情况\n"
             "我局高度重视政府信息公开工作,明确专人负责。\n")


def test_a_report_published_with_gongkai_or_fabu_names_its_year():
    for sentence, year in (("现公开我局2020年度政府信息公开工作年度报告。", 2020),
                           ("现发布《青禾县石湾镇2022年政府信息公开工作年度报告》。", 2022),
                           ("特向社会公开2021年度青禾县石湾镇人民政府信息公开年度报告。", 2021)):
        r = parse(PUBLISHED.format(sentence=sentence) + PARTS)
        assert fact(r, "doc.year") == year, sentence
        assert fact(r, "doc.period") == str(year)
        assert str(year) in evidence(r, "doc.year")


def test_a_plan_published_with_gongkai_names_no_year_of_report():
    # the year of another document that is no report: the text's year stays unstated
    r = parse(PUBLISHED.format(sentence="现公开2024年政务公开工作要点的编制说明,供各科室参照。") + PARTS)
    assert fact(r, "doc.year") is None


SCHOOL = ("{title}\n根据《高等学校信息公开办法》的要求,编制本报告。\n一、概述\n学院高度重视信息公开工作,"
          "学院网站全年发布信息300条。\n二、主动公开情况\n学院通过网站、微信公众号公开信息。\n"
          "三、依申请公开和不予公开情况\n本学年未收到信息公开申请。\n")


def test_an_academic_year_in_chinese_numerals_is_the_first_year():
    for title in ("青禾学院二〇一九—二〇二〇学年信息公开工作年度报告", "青禾学院二○一九至二○二○学年度信息公开年度报告"):
        r = parse(SCHOOL.format(title=title))
        assert fact(r, "doc.year") == 2019, title
        assert fact(r, "doc.period") == "2019-2020"
        assert fact(r, "doc.period_mismatch") is None


def test_a_calendar_year_in_chinese_numerals_stays_that_year():
    r = parse(SCHOOL.format(title="青禾学院二〇二〇年信息公开工作年度报告"))
    assert fact(r, "doc.year") == 2020
    assert fact(r, "doc.period") == "2020"



def test_a_stated_calendar_period_wins_over_an_academic_year_the_body_names():
    # a school reporting on a calendar year, an education bureau naming a school year: the statistics period wins
    for opening, body in (("青禾学院2022年信息公开工作年度报告\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。",
                           "2022年,学院在2021-2022学年工作的基础上继续推进信息公开。"),
                          ("青禾县教育局2022年政府信息公开工作年度报告\n本报告统计周期为2022年1月1日至12月31日。",
                           "我局按时公布2022-2023学年校历和义务教育招生政策。")):
        r = parse(opening + "\n一、总体情况\n" + body + "\n" + PARTS)
        assert fact(r, "doc.year") == 2022, opening
        assert fact(r, "doc.period") == "2022"
        assert "统计" in evidence(r, "doc.year")


def test_an_academic_period_with_a_range_elsewhere_stays_academic():
    # a range the body names that is no statistics period leaves the school's academic year
    r = parse("青禾学院2021-2022学年信息公开工作年度报告\n统计期限为2021年9月1日至2022年8月31日。\n一、概述\n"
              "学院2022年1月至12月的预算执行情况已在网站公开。\n" + PARTS)
    assert fact(r, "doc.year") == 2021
    assert fact(r, "doc.period") == "2021-2022"

def test_a_report_on_part_of_a_year_is_no_annual_report():
    for part in ("上半年", "第一季度", "1-6月", "前三季度"):
        r = parse(f"青禾县石湾镇2022年{part}政府信息公开工作报告\n一、总体情况\n我镇主动公开政府信息36条。\n" + PARTS)
        assert fact(r, "doc.kind") == "work_summary", part
        assert part in evidence(r, "doc.kind")
        assert fact(r, "doc.year") == 2022


def test_a_report_on_the_whole_year_by_months_stays_the_annual_report():
    for part in ("", "1-12月", "度"):
        r = parse(f"青禾县石湾镇2022年{part}政府信息公开工作报告\n一、总体情况\n上半年,我镇主动公开政府信息36条,"
                  "第三季度公开20条。\n" + PARTS)
        assert fact(r, "doc.kind") == "government_annual", part


TITLED = "青禾县石湾镇2021年政府信息公开工作年度报告\n{line}\n一、总体情况\n我镇主动公开政府信息136条。\n"


def test_a_date_labelled_as_another_event_is_no_publication_date():
    # the data's cut-off, a rule's repeal, a change, an archive, a reply, a reader's print-out (a grid whose only date
    # is its 生效日期 dates the page by it: labelling P31, a47, revising this test's reading of 生效日期)
    for label in ("数据截止日期", "统计日期", "废止日期", "修改日期", "归档日期", "答复日期", "打印日期"):
        r = parse(TITLED.format(line=f"{label}:2022-01-15") + PARTS)
        assert fact(r, "doc.published_on") is None, label


def test_a_date_labelled_as_the_documents_issue_is_its_publication_date():
    for label in ("发布日期", "公开日期", "发文日期", "成文日期", "签发日期", "日期"):
        r = parse(TITLED.format(line=f"{label}:2022-01-15") + PARTS)
        assert fact(r, "doc.published_on") == "2022-01-15", label



OPENING = "根据《中华人民共和国政府信息公开条例》要求,编制本报告。\n一、总体情况\n{body}\n" + PARTS


def test_a_since_year_gives_way_to_the_year_a_later_clause_reports_on():
    r = parse(OPENING.format(body="2018年以来,我局持续推进政务公开标准化建设。2020年,我局主动公开政府信息95条。"))
    assert fact(r, "doc.year") == 2020
    assert fact(r, "doc.period") == "2020"


def test_a_since_year_alone_is_kept():
    r = parse(OPENING.format(body="2020年以来,我局持续推进政务公开,全年主动公开政府信息95条。"))
    assert fact(r, "doc.year") == 2020


def test_an_earlier_report_the_body_builds_on_is_no_year_of_its_own():
    # "在2019年度报告基础上": the line opens with 在, a clause about another document, not a title
    r = parse(OPENING.format(body="在2019年度报告基础上,我局进一步完善公开目录,全年主动公开政府信息95条。"))
    assert fact(r, "doc.year") is None


def test_a_title_line_with_its_year_is_still_read():
    r = parse("青禾镇2019年度工作报告\n在镇党委的领导下,我镇推进政务公开,全年主动公开政府信息95条。\n")
    assert fact(r, "doc.year") == 2019

"""a19: figures in forms found on real report pages (a19-figures pages f-0xx): a statutory table the page cuts off,
a page that opens inside 表三, a year's whole whose breakdown opens the next sentence, a variant character of 咨询, a
part named by its bare name after an Arabic number. Every text is written for the test (invented bodies: 云溪县…, my
own wording and figures); each test fails at e7243ea."""

from __future__ import annotations

from engine.ingest import normalise
from engine.parse import parse_text

OPENING = ("云溪县林业局2023年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制，所列数据"
           "的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n")

HEAD = ("三、收到和处理政府信息公开申请情况\n\n(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\n\n"
        "申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业\n\n企业\n\n科研\n\n机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n")


def parsed(body: str) -> dict:
    return parse_text(normalise(OPENING + body), "t.txt").facts


def value(body: str, fact: str):
    found = parsed(body).get(fact)
    return None if found is None else found.value


def cells(*values: int) -> str:
    return "".join(f"{v}\n\n" for v in values)


# ---------------------------------------------------------------- a statutory table the page cuts off


def test_a_cut_table3_one_cell_per_line_gives_the_rows_it_shows_whole():
    body = (HEAD + "一、本年新收政府信息公开申请数量\n\n" + cells(3, 1, 0, 0, 0, 0, 4)
            + "二、上年结转政府信息公开申请数量\n\n" + cells(1, 0, 0, 0, 0, 0, 1) + "三、本年度")
    facts = parsed(body)
    assert facts["requests.received"].value == 4
    assert facts["requests.carried_over"].value == 1
    assert "requests.completed" not in facts  # the results are not on the page
    assert any("截断" in note for note in facts["tables.unread"].value)
    # a layout that prints a row's numbers before its label would shift every row by one: nothing is read
    body = (HEAD + cells(5, 0, 0, 0, 0, 0, 5) + "一、本年新收政府信息公开申请数量\n\n" + cells(0, 0, 0, 0, 0, 0, 0)
            + "二、上年结转政府信息公开申请数量\n\n三、本年度")
    facts = parsed(body)
    assert "requests.received" not in facts and "requests.carried_over" not in facts


def test_a_row_the_cut_leaves_short_is_not_read():
    # the second row's cells stop after three: only the first row stands whole
    body = (HEAD + "一、本年新收政府信息公开申请数量\n\n" + cells(2, 0, 0, 0, 0, 0, 2)
            + "二、上年结转政府信息公开申请数量\n\n" + cells(0, 0, 1))
    facts = parsed(body)
    assert facts["requests.received"].value == 2
    assert "requests.carried_over" not in facts


def test_a_page_that_opens_inside_table3_gives_its_last_row():
    body = ("四、结转下年度继续办理 2 0 0 0 0 0 2\n四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、"
            "行政诉讼。\n")
    assert value(body, "requests.carried_forward") == 2
    # a line with fewer cells than a row holds is not read
    assert value("四、结转下年度继续办理 2 0 2\n五、存在的主要问题及改进情况\n", "requests.carried_forward") is None


# ---------------------------------------------------------------- a year's whole and its breakdown


def test_a_years_whole_broken_down_in_the_next_sentence_that_falls_short():
    body = ("全年主动公开政府信息数310条，内容涵盖机构职能、政策文件、财政预决算、工作动态等方面。其中机构职能4条、"
            "政策文件12条、财政预决算30条、工作动态262条。\n")
    assert parsed(body)["quality.inconsistencies"].value == ["proactive 310 != 4 + 12 + 30 + 262 = 308"]
    # the same list that adds up is no contradiction
    right = body.replace("262条", "264条")
    assert parsed(right)["quality.inconsistencies"].value == []
    # no 全年/本年: a list after the whole may name only some of its parts (no catch-all closes it)
    body = ("主动公开政府信息310条，内容涵盖机构职能、政策文件、工作动态等方面。其中机构职能4条、政策文件12条、"
            "工作动态262条。\n")
    assert parsed(body)["quality.inconsistencies"].value == []
    # the year's whole with two parts only names some of them
    body = "全年主动公开政府信息310条，其中政策文件12条、工作动态262条。\n"
    assert parsed(body)["quality.inconsistencies"].value == []


# ---------------------------------------------------------------- words


def test_consultations_written_with_the_variant_zi():
    # 谘 is what t2s leaves of 諮 when the page wrote 谘詢 (the simplified radical and a traditional 詢)
    body = "五、谘詢情況\n本年度共接受公民、法人及其他組織政府信息公開方面的谘詢86人次。\n"
    assert value(body, "consultations.total") == 86


def test_a_part_named_by_its_bare_name_after_an_arabic_number():
    body = ("1.主动公开。全年主动公开政府信息120条。\n2.依申请公开。规范办理流程，本年度未收到政府信息公开申请。\n"
            "3.政府信息管理。严格执行审核制度。\n")
    facts = parsed(body)
    assert facts["sections.requests"].value is True
    assert facts["requests.received"].value == 0
    # a point of the work that does the part is the part too, as the web labels have "(二)抓好依申请公开。" (a40, S19);
    # a point that names the part inside a sentence is no heading
    body = "1.主动公开。全年主动公开政府信息120条。\n2.规范办理依申请公开。本年度未收到申请。\n"
    assert parsed(body)["sections.requests"].value is True
    body = "1.主动公开。全年主动公开政府信息120条。\n2.规范办理流程,依申请公开工作有序。本年度未收到申请。\n"
    assert parsed(body)["sections.requests"].value is False


def test_a_total_whose_breakdown_opens_the_next_sentence():
    body = "主动公开政府信息共计95条。其中:机构职能12条;政策文件9条;工作动态60条;其他类信息10条。\n"
    assert parsed(body)["quality.inconsistencies"].value == ["proactive 95 != 12 + 9 + 60 + 10 = 91"]


# ---------------------------------------------------------------- counts of other things and other sums


def test_a_kind_of_a_hotlines_calls_after_its_qizhong_is_no_consultation_count():
    body = "全年接听县政务服务热线电话2600个，其中政策咨询1700个，投诉建议900个。\n"
    assert value(body, "consultations.total") is None
    # the disclosure consultations the body counts itself stay
    body = "全年接受政府信息公开咨询75人次，其中现场咨询40人次，电话咨询35人次。\n"
    assert value(body, "consultations.total") == 75


def test_all_answered_after_a_carried_over_count_in_the_sentence_before_is_no_completed_count():
    # the carried-over requests were finished too: "all" is 4 + 3, a sum the text does not state
    body = "二、依申请公开情况\n上年度结转的3件申请已于本年初办结。本年度新收申请4件，均已按时答复。\n"
    facts = parsed(body)
    assert facts["requests.received"].value == 4
    assert "requests.completed" not in facts
    # with nothing carried over, all answered is the count received
    body = "二、依申请公开情况\n本年度新收申请4件，均已按时答复。\n"
    assert value(body, "requests.completed") == 4

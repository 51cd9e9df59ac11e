"""Contradictions a reader sees in a report's own figures (quality.inconsistencies): each class found where the
figures are read with certainty, and silent where the same words hold together or cannot be read for sure.
Every text here is written for the test."""

from __future__ import annotations

from layout_zoo import flattened, sample

from engine.ingest import normalise
from engine.parse import parse_text

OPENING = (
    "本报告由青禾县农业农村局依据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自2022年1月1日"
    "起至2022年12月31日止。\n一、总体情况\n"
)


def problems(text: str) -> list[str]:
    return parse_text(normalise(text), "t.txt").facts["quality.inconsistencies"].value


# ---------------------------------------------------------------- a stated number of parts or steps


def test_a_report_that_says_seven_parts_and_lists_six():
    text = ("本年度报告由概述、主动公开政府信息情况、收费及减免情况、依申请办理情况、复议和诉讼情况、"
            "问题与改进等七部分组成。\n" + OPENING)
    found = problems(text)
    assert len(found) == 1 and found[0].startswith("文中称共七部分，但列出6项（概述、主动公开政府信息情况")


def test_a_list_of_steps_shorter_than_its_count():
    text = OPENING + "全年选拔科级干部3名，通过笔试、面谈、考察四个环节择优确定人选，结果在局网站公示。\n"
    assert problems(text) == ["文中称共四环节，但列出3项（笔试、面谈、考察）"]


def test_part_lists_that_fit_their_count_however_the_items_are_worded():
    cases = (
        # one part written with 、 inside it ("举报、复议、诉讼的情况"), and 经验 joined to the problems part
        "全文由概述、主动公开情况、依申请公开情况、因信息公开工作受到的举报、复议、诉讼的情况、工作经验、存在的问题和"
        "改进措施五部分组成。",
        # two parts joined by 及 ("主动公开情况及重点领域信息公开情况") counted as one by the writer
        "报告内容包括概述、主动公开情况及重点领域信息公开情况、依申请公开情况、存在问题、改进措施等四个部分。",
        # quoted parts
        "报告内容主要包括“总体情况”“主动公开情况”“收到和处理申请情况”“其他需要报告的事项”"
        "等四个部分。",
        # a count with no list before it
        "报告内容分六个部分，所列数据的统计期限为2022年全年。",
    )
    for case in cases:
        assert problems(case + "\n" + OPENING) == [], case


def test_quoted_parts_fewer_than_stated():
    text = ("报告内容包括“总体情况”“主动公开政府信息情况”“其他需要报告的事项”等四个部分。\n" + OPENING)
    assert problems(text) == ["文中称共四部分，但列出3项（总体情况、主动公开政府信息情况、其他需要报告的事项）"]


# ---------------------------------------------------------------- shares of one whole


def test_shares_that_add_up_to_more_than_the_whole():
    text = OPENING + "全年共公开政府信息200条，其中通过网站公开120条，占60%，通过公开栏公开80条，占45%。\n"
    assert problems(text) == ["share 80/200 = 40.0% != 45%", "shares 60% + 45% = 105% > 100%"]


def test_rounded_shares_just_over_100_are_no_contradiction():
    kinds = ("工作动态", "通知公告", "政策解读", "人事信息", "规划计划", "财政信息")
    text = OPENING + "全年共公开政府信息6条，其中" + "，".join(f"{k}1条，占16.7%" for k in kinds) + "。\n"
    assert problems(text) == []  # 6 × 16.7% = 100.2%: rounding, not a contradiction
    text = OPENING + "全年共公开政府信息8条，其中工作动态5条，占63%，通知公告3条，占38%。\n"
    assert problems(text) == []  # 62.5% and 37.5% rounded up: 101%


# ---------------------------------------------------------------- a part named as its whole


def test_a_part_that_carries_the_name_of_its_whole():
    text = OPENING + ("2022年，共主动公开政府信息96条，其中:工作动态40条，通知公告56条。其中主动公开政府信息12条，"
                      "依申请公开信息3条。\n")
    assert problems(text) == ["共主动公开政府信息96条，其后又称其中主动公开政府信息12条（12 != 96）"]
    same = OPENING + "2022年，共主动公开政府信息96条，其中主动公开政府信息96条通过门户网站发布。\n"
    assert problems(same) == []
    channel = OPENING + "2022年，共主动公开政府信息96条，其中通过门户网站主动公开政府信息60条。\n"
    assert problems(channel) == []


# ---------------------------------------------------------------- a figure for another year


def test_a_report_that_gives_its_count_for_another_year():
    text = ("2021年青禾县卫生健康局政府信息公开工作年度报告\n一、概述\n本局按照条例要求开展工作。\n"
            "二、主动公开政府信息情况\n2020年度主动公开政府信息54条，均通过局网站发布。\n")
    assert problems(text) == ["2021年的报告所给主动公开数为2020年度的：2020年度主动公开政府信息54条"]


def test_a_comparison_with_last_year_or_the_own_years_count_is_no_contradiction():
    base = ("2021年青禾县卫生健康局政府信息公开工作年度报告\n一、概述\n本局按照条例要求开展工作。\n"
            "二、主动公开政府信息情况\n")
    assert problems(base + "2021年度主动公开政府信息60条，2020年度主动公开政府信息54条。\n") == []
    assert problems(base + "主动公开政府信息60条，比2020年度主动公开政府信息54条增加6条。\n") == []
    assert problems(base + "截至2020年底累计主动公开政府信息540条。\n") == []


# ---------------------------------------------------------------- the prose against the table


def _with_prose(prose: str) -> tuple[str, dict]:
    report = sample(trial=False)  # a 2023 report
    heading = "三、收到和处理政府信息公开申请情况\n"
    text = flattened(report, "tabs").replace(heading, heading + prose + "\n")
    return text, report.expected()


def test_the_prose_count_of_applications_against_the_table():
    text, expected = _with_prose("2023年，本机关共受理政府信息公开申请1件。")
    new = int(expected["table3.new.total"])
    assert new != 1
    assert problems(text) == [f"正文称收到申请1件，表三本年新收为{new}件（以表格为准）"]
    more, _ = _with_prose(f"2023年，本机关收到政府信息公开申请{new + 1000}件。")
    assert len(problems(more)) == 1  # more than the table holds: never a share of it


def test_a_prose_count_that_matches_the_table_or_speaks_for_a_part_is_no_contradiction():
    _, expected = _with_prose("")
    new, old = int(expected["table3.new.total"]), int(expected["table3.carried_over.total"])
    for prose in (f"2023年，本机关共受理政府信息公开申请{new}件。",
                  f"2023年，共受理政府信息公开申请{new + old}件（含上年结转）。",
                  "2023年，区政府办代表区政府受理政府信息公开申请1件。",
                  "2023年，受理政府信息公开申请1件，均按期答复。",
                  "2021年，共受理政府信息公开申请1件。"):
        text, _ = _with_prose(prose)
        assert problems(text) == [], prose


def test_a_table_read_in_the_wrong_order_makes_no_contradiction():
    """A column-by-column text of the same table: nothing is read, so nothing is compared or checked."""
    report = sample(trial=False)
    rows = flattened(report, "tabs").splitlines()
    at = next(i for i, line in enumerate(rows) if "本年新收" in line)
    shuffled = rows[:at] + sorted(rows[at:at + 20], key=len) + rows[at + 20:]
    text = "\n".join(shuffled) + "\n2023年，共受理政府信息公开申请1件。\n"
    facts = parse_text(normalise(text), "t.txt").facts
    assert not any(p.startswith("正文称") for p in facts["quality.inconsistencies"].value)


# ---------------------------------------------------------------- parts before their total


def test_parts_listed_before_a_total_they_exceed():
    text = OPENING + "全年在门户网站发布信息120条、在政务公开栏发布信息60条，合计150条。\n"
    assert problems(text) == ["proactive 150 != 120 + 60 = 180"]


def test_parts_before_a_total_that_fit_or_may_be_incomplete_are_no_contradiction():
    for line in ("全年在门户网站发布信息120条、在政务公开栏发布信息30条，合计150条。",
                 "全年在门户网站发布信息100条、在政务公开栏发布信息30条，合计150条。",  # other channels not listed
                 "全年收到申请12件，办结10件，结转2件，合计12件。"):  # the last parts make the total
        assert problems(OPENING + line + "\n") == [], line

"""a16: contradictions a report states, and the near cases that are none. Every text is written for the test
(invented bodies: 云岭市…); each test fails at 63f67fe."""

from __future__ import annotations

from engine.ingest import normalise
from engine.parse import parse_text
from engine.parse.checks import other_year_contradictions, total_part_contradictions

OPENING = ("2022年云岭市交通运输局政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制，所列数据"
           "的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n")


def problems(text: str) -> list[str]:
    return parse_text(normalise(text), "t.txt").facts["quality.inconsistencies"].value


# ---------------------------------------------------------------- 其中 naming only some of the parts


def test_two_counts_after_qizhong_name_some_parts_not_all():
    for line in ("共收到申请30件，其中予以公开12件，部分公开6件。",
                 "全年共收到政府信息公开申请40件，其中涉及征地拆迁12件，涉及规划建设9件。",
                 "全年共受理咨询300人次，其中涉及社保政策的120人次、涉及户籍的40人次。"):
        assert problems(OPENING + line + "\n") == [], line
    # lists meant as all of the whole still contradict it: three channels of one whole, or a list closed by a
    # catch-all, that fall short of it; two parts over it
    assert total_part_contradictions(normalise("全年共接受群众咨询420人次,其中现场咨询200人次、电话咨询150人次、"
                                               "网上咨询60人次。")) == ["consultations 420 != 200 + 150 + 60 = 410"]
    assert total_part_contradictions(normalise("共收到申请30件,其中自然人申请20件,其他申请人6件。")) \
        == ["requests 30 != 20 + 6 = 26"]
    assert total_part_contradictions(normalise("全年共收到申请35件,其中自然人提出30件,法人或其他组织提出8件。")) \
        == ["requests 35 != 30 + 8 = 38"]


def test_subjects_picked_out_are_not_all_of_the_whole_however_many():
    line = "共受理咨询500人次，其中涉及社保120人次，涉及户籍40人次，涉及医保60人次。"
    assert total_part_contradictions(normalise(line)) == []


def test_a_running_total_and_this_years_slice_of_it():
    assert problems(OPENING + "累计公开政府信息5600条，其中本年度新增480条，政策解读35条。\n") == []
    line = "累计公开政府信息5600条，其中本年新增480条，政策解读35条，办事指南60条。"
    assert total_part_contradictions(normalise(line)) == []


# ---------------------------------------------------------------- the year's count given for another year


def test_the_own_years_count_said_as_this_year_is_no_contradiction():
    text = (OPENING + "二、主动公开政府信息情况\n本年度主动公开政府信息156条。2021年度主动公开政府信息120条。\n")
    assert problems(text) == []


def test_the_other_years_count_with_the_body_named_before_it():
    text = OPENING + "2021年，本局主动公开政府信息156条，均通过门户网站发布。\n"
    assert other_year_contradictions(normalise(text), 2022) \
        == ["2022年的报告所给主动公开数为2021年度的：2021年,本局主动公开政府信息156条"]
    assert problems(OPENING + "2022年，本局主动公开政府信息156条，较2021年增加20条。\n") == []


# ---------------------------------------------------------------- a change against last year is not a part


def test_a_change_against_last_year_is_no_part_of_the_whole():
    for line in ("全年共收到申请40件，其中自然人申请30件，较上年增加12件，法人申请10件，同比减少3件。",
                 "门户网站发布信息120条，比上年增加30条，公开栏发布信息60条，合计180条。",
                 "全年共收到申请40件，其中自然人申请30件，比去年多12件，法人申请10件。"):
        assert problems(OPENING + line + "\n") == [], line
    # the parts that are parts still do not add up
    line = ("全年主动公开政府信息共3600条，其中行政许可信息3100条，比上年度减少800条；行政处罚信息400条，"
            "比上年度减少90条；采购信息30条；其他信息20条。")
    assert total_part_contradictions(normalise(line)) == ["proactive 3600 != 3100 + 400 + 30 + 20 = 3550"]


# ---------------------------------------------------------------- shares with no count of their own


def test_shares_with_no_count_that_add_up_past_the_whole():
    text = OPENING + "共收到申请120件。其中通过网络提交的占65%，信函提交的占30%，当面提交的占12%。\n"
    assert problems(text) == ["shares 65% + 30% + 12% = 107% > 100%"]
    # and no contradiction: a growth rate, channels an item may share, a rate of its own, a share of a larger whole
    for line in ("共收到申请120件。其中网络提交的占65%，信函提交的占35%，同比增长20%。",
                 "共发布信息300条。其中通过网站发布的占90%，通过政务微信发布的占60%。",
                 "共收到申请120件，其中自然人申请80件，占66.7%，答复满意率占95%。",
                 "共收到申请120件，其中网络提交的占65%，在全市各部门中占12%，信函提交的占35%。"):
        assert problems(OPENING + line + "\n") == [], line


def test_the_own_count_stated_without_its_year_beside_another_years():
    base = OPENING + "二、主动公开政府信息情况\n"
    for line in ("全年主动公开政府信息300条。2021年度主动公开政府信息250条。",
                 "主动公开政府信息300条，均在门户网站发布。2021年度主动公开政府信息250条。"):
        assert problems(base + line + "\n") == [], line
    # another year's count whose own sentence goes on with a part of it is still the only count
    assert len(problems(base + "2021年度主动公开政府信息250条，其中在门户网站主动公开180条。\n")) == 1


# ---------------------------------------------------------------- a count of a part among the parts before a total


def test_a_count_of_a_part_among_the_parts_listed_before_their_total():
    for line in ("门户网站发布信息120条，其中政策解读20条，政务微信发布60条，共计180条。",
                 "门户网站发布信息120条（其中政策解读20条），政务微信发布60条，共计180条。",
                 "门户网站发布信息120条，政务微信发布60条，其中原创30条，共计180条。"):
        assert problems(OPENING + line + "\n") == [], line
    assert problems(OPENING + "门户网站发布信息120条，其中政策解读20条，政务微信发布80条，共计180条。\n") \
        == ["proactive 180 != 120 + 80 = 200"]


def test_the_other_years_count_in_a_clause_the_year_opens():
    text = ("2023年云岭市交通运输局政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            "2022年度本局通过网站主动公开政府信息88条。\n")
    assert problems(text) == ["2023年的报告所给主动公开数为2022年度的：2022年度本局通过网站主动公开政府信息88条"]
    # a plan for the next year, a month's count, a year's count in another clause: none is the report's figure
    for line in ("2024年本局计划通过网站主动公开政府信息100条。", "2023年1月本局通过网站主动公开政府信息8条。"):
        assert other_year_contradictions(normalise(line), 2023) == [], line

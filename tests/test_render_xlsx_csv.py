"""xlsx and csv: the ranking with one column per topic, every finding, numbers as numbers, no formula injection."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from engine.model import Finding, Scorecard
from engine.render import BINARY, FORMATS, SUFFIX, render

INJECTION = '=HYPERLINK("http://x","y")'
EVIL_EVIDENCE = ["+1+1", "-2", "@SUM(A1)", "\t=1+1"]


def finding(rule: str, points: float = 5.0, evidence: str = "累计公开政府信息580条", **kw) -> Finding:
    return Finding(rule=rule, topic=kw.pop("topic", "content.missing_section"),
                   title=kw.pop("title", "缺少主动公开情况"), basis="《政府信息公开条例》(2019) 第五十条",
                   severity=kw.pop("severity", "major"), points=points,
                   evidence=evidence, source=kw.pop("source", "reports/a.txt"), **kw)


def card(agency: str, score: float, findings: list[Finding], period: str = "2018", **kw) -> Scorecard:
    return Scorecard(agency=agency, period=period, profile=kw.pop("profile", "gov-2019"), score=score,
                     grade=kw.pop("grade", "良好"), veto=kw.pop("veto", False), findings=findings,
                     inputs=[f"reports/{agency}.txt"], normalised_score=kw.pop("normalised_score", score), **kw)


CARDS = [
    card("常德市委编办", 95.0, [finding("gov2019.content.proactive"),
                           finding("gov2019.review.confidentiality", 2, topic="review.confidentiality",
                                   waived="省级方案不考核此项")],
         deductions={"content.missing_section": 5.0}, level="department", escalation="通报"),
    card("湖南大学", 100.0, [], period="2016-2017", profile="university", grade="优秀", deductions={},
         level="university"),
    card("某县政府办", 40.0, [finding("gov2019.doc.not_annual_report", 60, topic="doc.not_annual_report",
                                 severity="critical", veto=True, occurrence=2)],
         veto=True, grade="不合格", deductions={"doc.not_annual_report": 60.0}, level="department"),
    card("北京市东城区人民政府", 95.0, [finding("gov2019.timeliness.late", 10, topic="timeliness.annual_report")],
         deductions={"timeliness.annual_report": 5.0}, level="department"),  # capped at 5
]
ORDER = ["北京市东城区人民政府", "常德市委编办", "某县政府办"]  # 2018, the latest period; 湖南大学 is 2016-2017
TOPICS = ["缺少法定章节", "非年度报告", "发布时限"]
HEAD = ["排名", "并列", "单位", "年度", "类别", "层级", "评分方案", "得分", "归一化", "等级", "升级档",
        "扣分合计", "扣分项", "较上年", "上一年度"]
RANKING = [*HEAD, *TOPICS, "备注", "规则编号"]
ERRORS = [("reports/坏文件.pdf", "PDF 已加密，无法读取文字")]
HOSTILE = [card(INJECTION, 96.0, [finding(f"r{i}", 1, evidence) for i, evidence in enumerate(EVIL_EVIDENCE)],
                deductions={"content.missing_section": 4.0})]


def workbook(cards: list[Scorecard], errors=()) -> openpyxl.Workbook:
    data = render(cards, "xlsx", errors=errors)
    assert isinstance(data, bytes)
    return openpyxl.load_workbook(io.BytesIO(data))


def values(sheet) -> list[list]:
    return [[c.value for c in row] for row in sheet.iter_rows()]


def csv_rows(cards: list[Scorecard]) -> list[list[str]]:
    data = render(cards, "csv")
    assert isinstance(data, bytes)
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_registered_as_binary_formats():
    assert {"xlsx", "csv"} <= set(FORMATS)
    assert {"xlsx", "csv"} == BINARY
    assert SUFFIX["xlsx"] == ".xlsx"
    assert SUFFIX["csv"] == ".csv"


@pytest.mark.parametrize("fmt", sorted(BINARY))
def test_bytes_do_not_depend_on_input_order_or_time(fmt):
    assert render(CARDS, fmt, errors=ERRORS) == render(list(reversed(CARDS)), fmt, errors=ERRORS)


# --- xlsx --------------------------------------------------------------------------------------------------------

def test_xlsx_ranking_sheet():
    book = workbook(CARDS, ERRORS)
    assert book.sheetnames == ["市直部门", "其他年度", "扣分明细", "未能读取"]
    sheet = book["市直部门"]
    rows = values(sheet)
    assert rows[0] == RANKING
    assert [r[2] for r in rows[1:]] == ORDER
    assert [r[0] for r in rows[1:]] == [1, 1, 3]  # equal scores share a rank
    assert [r[1] for r in rows[1:]] == ["并列", "并列", None]
    assert [r[7] for r in rows[1:]] == [95, 95, "0（一票否决）"]
    assert rows[2][5] == "部门" and rows[2][10] == "通报"
    assert rows[2][12] == 1  # the waived finding is not counted
    assert [r[15:18] for r in rows[1:]] == [[0, 0, 5], [5, 0, 0], [None, None, None]]  # after caps; a veto: none
    for row in sheet.iter_rows(min_row=2, max_row=3):
        for col in (0, 7, 8, 11, 12, 15, 16, 17):
            assert row[col].data_type == "n" and isinstance(row[col].value, int | float)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:T4"
    assert sheet.column_dimensions["C"].width >= 20  # 北京市东城区人民政府: ten CJK characters
    assert values(book["其他年度"])[1][2] == "湖南大学"
    assert values(book["未能读取"])[1] == list(ERRORS[0])


def test_xlsx_findings_sheet():
    sheet = workbook(CARDS)["扣分明细"]
    rows = values(sheet)
    assert rows[0] == ["单位", "年度", "序号", "扣分原因", "主题", "严重程度", "扣分", "依据", "原文摘录", "豁免原因",
                       "来源文件", "规则编号"]
    findings = [r for r in rows[1:] if isinstance(r[2], int)]
    assert len(findings) == sum(len(c.findings) for c in CARDS)
    assert [r[0] for r in findings] == ["北京市东城区人民政府", "常德市委编办", "常德市委编办", "某县政府办"]
    waived = next(r for r in rows if r[11] == "gov2019.review.confidentiality")
    assert waived[6] == "豁免" and waived[9] == "省级方案不考核此项"
    repeated = findings[-1]
    assert repeated[6] == 60 and repeated[10] == "reports/a.txt" and "一票否决" in repeated[3]
    beijing = [r for r in rows[1:] if r[0] == "北京市东城区人民政府"]
    assert beijing[1][3].startswith("小计：发布时限（本主题封顶5分（原扣10分）") and beijing[1][6] == 5
    assert beijing[2][3].startswith("合计") and beijing[2][6] == 5  # 100 − 5 = 95
    assert sheet.freeze_panes == "A2"


def test_xlsx_without_cards_or_errors():
    book = workbook([])
    assert book.sheetnames == ["排名", "扣分明细"]
    assert values(book["排名"]) == [[*HEAD, "备注", "规则编号"]]


def test_xlsx_text_is_never_a_formula():
    book = workbook(HOSTILE)
    agency = book["未分类"]["C2"]
    assert agency.data_type == "s" and agency.value == INJECTION
    assert agency.quotePrefix
    sheet = book["扣分明细"]
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == INJECTION
    evidence = [row[8] for row in sheet.iter_rows(min_row=2, max_row=5)]
    assert [c.value for c in evidence] == ["+1+1", "-2", "@SUM(A1)", "=1+1"]  # the tab goes with other controls
    assert all(c.data_type == "s" and c.quotePrefix for c in evidence)


def test_xlsx_drops_control_characters_it_cannot_hold():
    book = workbook([card("某局\x1b[31m\x00", 95.0, [finding("r", evidence="第一行\n第二行\x07")],
                          deductions={"content.missing_section": 5.0})])
    assert book["未分类"]["C2"].value == "某局 [31m"
    assert book["扣分明细"]["I2"].value == "第一行 第二行"


# --- csv ---------------------------------------------------------------------------------------------------------

def test_csv_is_the_ranking_with_a_bom():
    data = render(CARDS, "csv")
    assert isinstance(data, bytes)
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    rows = csv_rows(CARDS)
    assert rows[0] == RANKING
    assert [r[2] for r in rows[1:]] == [*ORDER, "湖南大学"]
    assert [r[0] for r in rows[1:]] == ["1", "1", "3", ""]
    assert [r[7] for r in rows[1:]] == ["95", "95", "0（一票否决）", "100"]
    assert [r[15:18] for r in rows[1:]] == [["0", "0", "5"], ["5", "0", "0"], ["", "", ""], ["0", "0", "0"]]
    assert rows[-1][18] == "其他年度，不参与本次排名"


def test_csv_without_cards_is_the_header():
    assert csv_rows([]) == [[*HEAD, "备注", "规则编号"]]


def test_csv_text_is_never_a_formula():
    rows = csv_rows(HOSTILE + [card("-1", 100.0, []), card("@某局", 100.0, []), card("+某局", 100.0, [])])
    assert [r[2] for r in rows[1:]] == ["'+某局", "'-1", "'@某局", "'" + INJECTION]
    assert rows[-1][15] == "4"  # numbers are left alone

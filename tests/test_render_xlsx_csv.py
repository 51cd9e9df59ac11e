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
    card("常德市委编办", 87.5, [finding("gov2019.content.proactive"),
                           finding("gov2019.review.confidentiality", 2, topic="review.confidentiality",
                                   waived="省级方案不考核此项")],
         deductions={"content.missing_section": 5.0}, level="市级", escalation="通报"),
    card("湖南大学", 96.0, [], period="2016-2017", profile="university", grade="优秀", deductions={}),
    card("某县政府办", 40.0, [finding("gov2019.doc.not_annual_report", 60, topic="doc.not_annual_report",
                                 severity="critical", veto=True, occurrence=2)],
         veto=True, grade="不合格", deductions={"doc.not_annual_report": 60.0}),
    card("北京市东城区人民政府", 87.5, [finding("gov2019.timeliness.late", 10, topic="timeliness.annual_report")],
         deductions={"timeliness.annual_report": 2.5}),
]
ORDER = ["湖南大学", "北京市东城区人民政府", "常德市委编办", "某县政府办"]
TOPICS = ["content.missing_section", "doc.not_annual_report", "timeliness.annual_report"]
RANKING = ["排名", "机构", "期间", "层级", "规则集", "得分", "归一化", "等级", "否决", "升级档", "扣分项",
           "变化", "上一期间", *TOPICS]
ERRORS = [("reports/坏文件.pdf", "PDF 已加密，无法读取文字")]
HOSTILE = [card(INJECTION, 50.0, [finding(f"r{i}", 1, evidence) for i, evidence in enumerate(EVIL_EVIDENCE)],
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
    assert book.sheetnames == ["排名", "扣分项", "未能读取"]
    sheet = book["排名"]
    rows = values(sheet)
    assert rows[0] == RANKING
    assert [r[1] for r in rows[1:]] == ORDER
    assert [r[0] for r in rows[1:]] == [1, 2, 2, 4]  # equal scores share a rank
    assert [r[5] for r in rows[1:]] == [96, 87.5, 87.5, 40]
    assert rows[3][3] == "市级" and rows[3][9] == "通报"
    assert rows[4][8] == "是" and rows[1][8] is None  # veto
    assert rows[3][10] == 1  # the waived finding is not counted
    assert [r[13:] for r in rows[1:]] == [[0, 0, 0], [0, 0, 2.5], [5, 0, 0], [0, 60, 0]]
    for row in sheet.iter_rows(min_row=2):
        for col in (0, 5, 6, 10, 13, 14, 15):
            assert row[col].data_type == "n" and isinstance(row[col].value, int | float)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:P5"
    assert sheet.column_dimensions["B"].width >= 20  # 北京市东城区人民政府: ten CJK characters
    assert values(book["未能读取"])[1] == list(ERRORS[0])


def test_xlsx_findings_sheet():
    sheet = workbook(CARDS)["扣分项"]
    rows = values(sheet)
    assert rows[0] == ["机构", "期间", "规则", "主题", "标题", "依据", "严重程度", "扣分", "次数", "豁免原因", "证据",
                       "来源文件"]
    assert len(rows) - 1 == sum(len(c.findings) for c in CARDS)
    assert [r[0] for r in rows[1:]] == ["北京市东城区人民政府", "常德市委编办", "常德市委编办", "某县政府办"]
    waived = next(r for r in rows if r[2] == "gov2019.review.confidentiality")
    assert waived[7] == 2 and waived[9] == "省级方案不考核此项"
    repeated = rows[-1]
    assert repeated[7] == 60 and repeated[8] == 2 and repeated[11] == "reports/a.txt"
    assert all(row[7].data_type == "n" for row in sheet.iter_rows(min_row=2))
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:L5"


def test_xlsx_without_cards_or_errors():
    book = workbook([])
    assert book.sheetnames == ["排名", "扣分项"]
    assert values(book["排名"]) == [RANKING[:13]]
    assert book["排名"].auto_filter.ref == "A1:M1"


def test_xlsx_text_is_never_a_formula():
    book = workbook(HOSTILE)
    agency = book["排名"]["B2"]
    assert agency.data_type == "s" and agency.value == INJECTION
    assert agency.quotePrefix
    sheet = book["扣分项"]
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == INJECTION
    evidence = [row[10] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in evidence] == ["+1+1", "-2", "@SUM(A1)", "=1+1"]  # the tab goes with other controls
    assert all(c.data_type == "s" and c.quotePrefix for c in evidence)


def test_xlsx_drops_control_characters_it_cannot_hold():
    book = workbook([card("某局\x1b[31m\x00", 90.0, [finding("r", evidence="第一行\n第二行\x07")])])
    assert book["排名"]["B2"].value == "某局 [31m"
    assert book["扣分项"]["K2"].value == "第一行 第二行"


# --- csv ---------------------------------------------------------------------------------------------------------

def test_csv_is_the_ranking_with_a_bom():
    data = render(CARDS, "csv")
    assert isinstance(data, bytes)
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    rows = csv_rows(CARDS)
    assert rows[0] == RANKING
    assert [r[1] for r in rows[1:]] == ORDER
    assert [r[0] for r in rows[1:]] == ["1", "2", "2", "4"]
    assert [r[5] for r in rows[1:]] == ["96", "87.5", "87.5", "40"]
    assert [r[13:] for r in rows[1:]] == [["0", "0", "0"], ["0", "0", "2.5"], ["5", "0", "0"], ["0", "60", "0"]]


def test_csv_without_cards_is_the_header():
    assert csv_rows([]) == [RANKING[:13]]


def test_csv_text_is_never_a_formula():
    rows = csv_rows(HOSTILE + [card("-1", 30.0, []), card("@某局", 20.0, []), card("+某局", 10.0, [])])
    assert [r[1] for r in rows[1:]] == ["'" + INJECTION, "'-1", "'@某局", "'+某局"]
    assert rows[1][13] == "4"  # numbers are left alone

"""What the outputs say: nameless documents and non-reports apart, 0（一票否决）, deductions that add up after
caps, 并列 ranks by category of one period, files of other types listed, scans told apart, Chinese CLI."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from engine.ingest import load
from engine.ingest.scan import scanned
from engine.model import Finding, InputError, Scorecard
from engine.render import layout, ledger, render
from tests.test_ingest import make_pdf

ROOT = Path(__file__).resolve().parents[1]
XXGK = Path(sys.executable).parent / "xxgk"


def finding(rule: str, topic: str, points: float, **kw) -> Finding:
    return Finding(rule=rule, topic=topic, title=kw.pop("title", "缺少某部分"), basis="条例第五十条",
                   severity="major", points=points, evidence="原文", **kw)


def card(agency: str, score: float, level: str = "department", period: str = "2023", **kw) -> Scorecard:
    return Scorecard(agency=agency, period=period, profile="gov-2019", score=score, grade=kw.pop("grade", "良好"),
                     veto=kw.pop("veto", False), findings=kw.pop("findings", []), inputs=[f"{agency}.txt"],
                     level=level, **kw)


# a topic capped at 5: three findings of 3 points each (9 raw), and one more topic uncapped
CAPPED = card("甲局", 88.0, findings=[finding("r.a", "consistency.arithmetic", 3),
                                      finding("r.b", "consistency.arithmetic", 3),
                                      finding("r.c", "consistency.arithmetic", 3),
                                      finding("r.d", "content.missing_section", 7)],
              deductions={"consistency.arithmetic": 5.0, "content.missing_section": 7.0})
TIED_A = card("乙局", 95.0, findings=[finding("r.d", "content.missing_section", 5)],
              deductions={"content.missing_section": 5.0})
TIED_B = card("丙局", 95.0, findings=[finding("r.d", "content.missing_section", 5)],
              deductions={"content.missing_section": 5.0})
VETO = card("丁局", 60.0, veto=True, grade="不合格",
            findings=[finding("common.doc.not_annual_report", "doc.not_annual_report", 40, veto=True)],
            deductions={"doc.not_annual_report": 40.0})
COUNTY = card("某县人民政府", 90.0, level="county", findings=[finding("r.d", "content.missing_section", 10)],
              deductions={"content.missing_section": 10.0})
TOWN = card("某镇人民政府", 99.0, level="township", period="2022")
NAMELESS = card("（未署名）x.txt", 60.0, veto=True, kind="template", ranked=False,
                unranked_reason="未识别出单位名称，请人工确认是哪个单位的报告")
CARDS = [CAPPED, TIED_A, TIED_B, VETO, COUNTY, TOWN, NAMELESS]


def test_ledger_adds_up_after_caps_and_says_when_a_dismissal_cannot_move_the_score():
    lines = ledger(CAPPED)
    assert round(100 - sum(s.counted for s in lines), 1) == CAPPED.score
    (arith,) = [s for s in lines if s.topic == "表格数据勾稽"]
    assert (arith.raw, arith.counted) == (9.0, 5.0)
    assert "封顶5分" in arith.note and "驳回其中任一项不改变得分" in arith.note
    (section,) = [s for s in lines if s.topic == "缺少法定章节"]
    assert section.note == ""  # not capped: dismissing it would move the score


def test_category_caps_show_as_an_adjustment_so_the_card_still_adds_up():
    c = card("戊局", 92.0, findings=[finding("r.d", "content.missing_section", 6),
                                     finding("r.e", "timeliness.annual_report", 6)],
             deductions={"content.missing_section": 6.0, "timeliness.annual_report": 6.0},
             category_deductions={"内容": 8.0})
    lines = ledger(c)
    assert round(100 - sum(s.counted for s in lines), 1) == 92.0
    assert lines[-1].topic == "分类封顶" and lines[-1].counted == -4.0


def test_every_sheet_adds_up_to_the_score():
    book = openpyxl.load_workbook(io.BytesIO(render(CARDS, "xlsx")))
    sheet = book["市直部门"]
    head = [c.value for c in sheet[1]]
    topic_cols = [i for i, h in enumerate(head) if h in ("表格数据勾稽", "缺少法定章节", "非年度报告", "封顶调整")]
    for row in sheet.iter_rows(min_row=2, values_only=True):
        score = row[head.index("得分")]
        if isinstance(score, str):
            assert score == "0（一票否决）" and row[head.index("扣分合计")] == "一票否决"
            continue
        assert round(100 - sum(row[i] or 0 for i in topic_cols), 1) == score
        assert round(100 - row[head.index("扣分合计")], 1) == score
    detail = book["扣分明细"]
    dh = [c.value for c in detail[1]]
    subtotals = [r for r in detail.iter_rows(min_row=2, values_only=True)
                 if r[dh.index("单位")] == "甲局" and str(r[dh.index("扣分原因")]).startswith("小计")]
    assert round(100 - sum(r[dh.index("扣分")] for r in subtotals), 1) == 88.0


@pytest.mark.parametrize("fmt", ["table", "md", "html"])
def test_cards_show_subtotals_veto_as_zero_and_ties(fmt):
    text = render(CARDS, fmt)
    assert "0（一票否决）" in text and "60.0" not in text.split("扣分明细")[0]
    assert "小计：表格数据勾稽" in text and "驳回其中任一项不改变得分" in text
    assert text.count("1（并列）") == 2  # 乙局 and 丙局 share rank 1 of 市直部门
    assert "未识别或非年度报告文件，请人工确认" in text
    summary = text.split("未识别或非年度报告文件")[0]
    assert "（未署名）x.txt" not in summary  # the nameless card is not in any ranking


def test_one_ranking_per_category_of_the_latest_period():
    view = layout(CARDS)
    assert view.periods == ["2023"]
    assert [(g.category, [c.agency for c in g.cards], g.ranks) for g in view.groups] == [
        ("市直部门", ["丙局", "乙局", "甲局", "丁局"], [1, 1, 3, 4]),
        ("县区", ["某县人民政府"], [1]),
    ]
    assert [c.agency for c in view.others] == ["某镇人民政府"]
    assert [c.agency for c in view.unranked] == ["（未署名）x.txt"]
    assert [g.name for g in layout(CARDS, "all").groups][-1] == "2022年度 乡镇街道"


def test_a_rosters_category_overrides_the_levels():
    c = card("某开发区管委会", 90.0, level="county", category="功能区")
    assert [g.category for g in layout([c]).groups] == ["功能区"]


def test_xlsx_has_a_sheet_per_category_and_the_unranked_apart():
    book = openpyxl.load_workbook(io.BytesIO(render(CARDS, "xlsx")))
    assert book.sheetnames == ["市直部门", "县区", "其他年度", "扣分明细", "待人工确认"]
    ranks = [r[0] for r in book["市直部门"].iter_rows(min_row=2, values_only=True)]
    assert ranks == [1, 1, 3, 4]


def test_html_filter_keeps_the_ranks():
    html = render(CARDS, "html")
    assert "筛选不改变名次" in html
    rows = re.findall(r'<tr[^>]*data-q="[^"]*"><td class="n">([^<]+)</td>', html)
    assert rows[:4] == ["1（并列）", "1（并列）", "3", "4"]


def test_csv_keeps_unranked_rows_without_a_rank():
    rows = list(csv.reader(io.StringIO(render(CARDS, "csv").decode("utf-8-sig"))))
    head = rows[0]
    nameless = [r for r in rows if r[head.index("单位")] == "（未署名）x.txt"][0]
    assert nameless[0] == "" and nameless[head.index("备注")].startswith("不参与排名")


def test_nameless_documents_are_not_ranked(tmp_path):
    (tmp_path / "a.txt").write_text((ROOT / "reports" / "14-template-2021-format.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "b.txt").write_text((ROOT / "reports" / "15-minghu-city-2022-clean.txt").read_text("utf-8"),
                                    "utf-8")
    from engine.batch import Engine, run
    result = run(Engine.load(), [tmp_path])
    apart = [c for c in result.cards if not c.ranked]
    assert [c.inputs for c in apart] == [[str(tmp_path / "a.txt")]]
    assert "单位名称" in apart[0].unranked_reason


def test_files_of_other_types_are_listed_with_advice_and_exit_3(tmp_path):
    (tmp_path / "report.txt").write_text((ROOT / "reports" / "15-minghu-city-2022-clean.txt").read_text("utf-8"),
                                         "utf-8")
    for suffix in (".doc", ".wps", ".jpg", ".xlsx"):  # (this .doc and .wps: damaged Word 97-2003 files)
        (tmp_path / f"附件{suffix}").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    (tmp_path / ".DS_Store").write_bytes(b"x")
    run = subprocess.run([str(XXGK), "score", str(tmp_path), "--format", "md"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 3
    listed = run.stdout.split("## 未能读取的文件")[1]
    for suffix, advice in ((".doc", "另存为 .docx"), (".wps", "另存为 .docx"), (".jpg", "OCR"),
                           (".xlsx", "报告全文")):
        line = next(line for line in listed.splitlines() if f"附件{suffix}" in line)
        assert advice in line
    assert ".DS\\_Store" not in run.stdout and ".DS_Store" not in run.stdout
    assert "未能读取 4 个文件" in run.stderr.splitlines()[-1]


def test_a_pdf_with_only_a_header_per_page_is_a_scan(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([["Qinghe 2021 page header"], ["Qinghe 2021 page header"],
                               ["Qinghe 2021 page header"]]))
    with pytest.raises(InputError, match=r"疑似扫描件（每页仅\d+字），请先OCR"):
        load(path)


def test_scan_check_by_page_lengths():
    assert "每页仅4字" in scanned(["某某局 1", "某某局 2", "某某局 3"])
    assert scanned(["某" * 400, "第2页"]) is None  # a page of text: not a scan
    assert scanned(["短通知"]) is None  # one page may be short on purpose
    assert scanned(["一、总体情况", "二、主动公开", "三、依申请公开"]) is None  # short pages that differ
    assert scanned(["", ""]) is None  # no text layer at all has its own message


def test_cli_speaks_chinese():
    def xxgk(*args):
        return subprocess.run([str(XXGK), *args], capture_output=True, text=True, cwd=ROOT)
    missing = xxgk("score", "/no/such/place")
    assert missing.returncode == 3 and "文件或文件夹不存在" in missing.stderr
    profile = xxgk("score", "--profile", "nope")
    assert profile.returncode == 2 and "没有评分方案 'nope'" in profile.stderr
    usage = xxgk("score", "--bogus")
    assert usage.returncode == 2 and "用法：" in usage.stderr and "无法识别的参数" in usage.stderr
    helptext = xxgk("score", "--help").stdout
    assert "选项" in helptext and "显示本帮助并退出" in helptext
    words = re.sub(r"--?[a-z][a-z-]*|\{[^}]*\}|https?://\S+|[\w./-]*\.(?:txt|json|md|docx|pdf|db|yaml|csv)\b|xxgk|"
                   r"YYYY-MM-DD|SQLite|Dask|tcp://\S+|postgresql\+psycopg|table|json|md|html|xlsx|csv|auto|all|"
                   r"gov-2019|N|ID|PDF|URL|CPU|score|scorecards|cards|reports/|out/|rules/", " ", helptext)
    assert not re.findall(r"[A-Za-z]{3,}", words), re.findall(r"[A-Za-z]{3,}", words)


def test_every_sheet_is_set_up_to_print():
    book = openpyxl.load_workbook(io.BytesIO(render(CARDS, "xlsx", errors=[("a.doc", "不支持")])))
    for sheet in book:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.oddHeader.center.text.startswith("信息公开工作年度报告考核")
        assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text


def test_times_in_the_offices_zone(monkeypatch):
    from engine.localtime import shown
    monkeypatch.delenv("XXGK_TIMEZONE", raising=False)
    assert shown("2026-12-01T20:34:56+00:00") == "2026-12-02 04:34"  # Asia/Shanghai by default
    assert shown("2026-12-01T20:34:56") == "2026-12-02 04:34"  # a naive stamp is UTC, as the store writes
    assert shown(None) == "" and shown("未知") == "未知"
    monkeypatch.setenv("XXGK_TIMEZONE", "Asia/Urumqi")
    assert shown("2026-12-01T20:34:56+00:00") == "2026-12-02 02:34"
    monkeypatch.setenv("XXGK_TIMEZONE", "Mars/Base")
    with pytest.raises(ValueError, match="不是有效的时区名称"):
        shown("2026-12-01T20:34:56+00:00")


@pytest.mark.skipif(not Path("/usr/bin/script").exists(), reason="needs util-linux script for a terminal")
def test_progress_bar_speaks_chinese_on_a_terminal(tmp_path):
    """On a terminal (a pty from `script`), the bar says 评分中 and 每秒 N 份 on stderr, never files/s or None;
    stdout keeps only the output."""
    log, out = tmp_path / "tty.log", tmp_path / "out.txt"
    subprocess.run(["script", "-qec", f"{XXGK} score {ROOT / 'reports'} > {out}", str(log)], check=True,
                   capture_output=True, timeout=300, cwd=tmp_path)
    screen = log.read_text(encoding="utf-8", errors="replace")
    assert "评分中" in screen and "files/s" not in screen and "None" not in screen
    assert "评分中" not in out.read_text(encoding="utf-8")


def test_machine_lines_read_as_sentences():
    from engine.render import readable
    assert readable("shares 60% + 50% = 110% > 100%") == "占比：60% + 50% = 110% > 100%"
    assert readable("share 3/10 = 30.0% != 40%") == "占比：3/10 = 30.0% ≠ 40%"
    assert readable("表四 行政复议: 合计 2 but 总计 is 3") == "表四 行政复议: 合计 2，但总计为 3"
    assert readable("consultations 699 != 68 + 372 = 440; proactive 150 != 120 + 60 = 180") == (
        "咨询 699 ≠ 68 + 372 = 440; 主动公开 150 ≠ 120 + 60 = 180")

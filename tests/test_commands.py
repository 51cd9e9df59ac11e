"""The year-end commands: export of a stored run, run titles and reuse, the roster, notices, explain for a person,
and an office's own rules layered on the shipped ones. Run in-process through engine.cli.main."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import docx
import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from test_ingest import make_pdf

from engine import review, runs
from engine.batch import Engine
from engine.cli import main
from engine.locate import page_of
from engine.roster import MISSING_WARNING, NOT_ON_ROSTER, RosterError, apply_roster, load_roster
from engine.store import Store, scorecards

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [ROOT / "reports" / name for name in (
    "06-yunling-county-2021-badtables.txt", "03-shiwan-town-2021.txt", "19-shiqiao-county-2021-oldformat.txt",
    "07-quantang-commerce-2021-placeholders.txt")]
ENGINE = Engine.load(backend="python")


def xxgk(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> Path:
    """Four 2021 reports scored once into a store, as run 1 titled 2021年度报告考核."""
    db = tmp_path_factory.mktemp("store") / "runs.db"
    assert main(["score", *map(str, REPORTS), "--store", str(db), "--title", "2021年度报告考核",
                 "--today", "2022-06-01", "--format", "json"]) == 0
    with sqlite3.connect(db) as conn:  # into the file itself, so that a copy of it holds the run
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


@pytest.fixture
def db(scored, tmp_path) -> Path:
    copy = tmp_path / "runs.db"
    shutil.copy(scored, copy)
    return copy


def run_ids(db: Path) -> list[int]:
    return [r.id for r in runs.all_runs(Store(str(db)))]


# ------------------------------------------------------------------------------------------- export, titles, reuse

def test_export_reads_the_stored_run_in_every_format(db, tmp_path, capsys):
    code, out, err = xxgk(capsys, "export", "--store", db, "--format", "json")
    assert code == 0, err
    cards = {c["agency"]: c for c in json.loads(out)}
    assert cards["云岭县人民政府"]["score"] == 90.0
    assert {f["rule"] for f in cards["云岭县人民政府"]["findings"]} >= {"format.consistency.t3_balance"}
    assert "2021年度报告考核" in err and "第 1 批" in err
    for fmt in ("xlsx", "html", "md", "csv"):
        code, _, err = xxgk(capsys, "export", "--store", db, "--run", 1, "--format", fmt, "--out", tmp_path / "out")
        assert code == 0, err
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["评分结果-第1批.csv", "评分结果-第1批.html", "评分结果-第1批.md", "评分结果-第1批.xlsx"]
    book = load_workbook(tmp_path / "out" / "评分结果-第1批.xlsx")  # one ranking sheet per category
    assert "云岭县人民政府" in {c.value for sheet in book for row in sheet.iter_rows() for c in row}
    assert "云岭县人民政府" in (tmp_path / "out" / "评分结果-第1批.md").read_text(encoding="utf-8")


def _digest(db: Path) -> str:
    import hashlib
    return hashlib.sha256(db.read_bytes()).hexdigest()


def test_export_opens_the_store_read_only_and_writes_nothing(db, tmp_path, capsys, monkeypatch):
    """export (and notice, explain) open the store with Store(readonly=True): SQLite's mode=ro refuses any write,
    so a command that tried one would fail; the file's bytes and its tables stay as they were."""
    opened: list[bool] = []
    real = Store.__init__

    def spy(self, target, readonly=False):
        opened.append(readonly)
        real(self, target, readonly)
    monkeypatch.setattr(Store, "__init__", spy)
    with sqlite3.connect(db) as conn:  # a store from before titles and reviews: those tables absent
        for table in ("run_meta", *(t.name for t in review.REVIEW_TABLES)):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before, tables = _digest(db), set(sa.inspect(sa.create_engine(f"sqlite:///{db}")).get_table_names())
    for fmt in ("json", "xlsx"):
        code, out, err = xxgk(capsys, "export", "--store", db, "--format", fmt, "--out", tmp_path / "out")
        assert code == 0, err
    assert (tmp_path / "out" / "评分结果-第1批.xlsx").stat().st_size > 0
    assert "云岭县人民政府" in (tmp_path / "out" / "评分结果-第1批.json").read_text(encoding="utf-8")
    code, out, err = xxgk(capsys, "explain", "--store", db, "云岭县人民政府", "2021")
    assert code == 0 and "扣" in out, err
    code, _, err = xxgk(capsys, "notice", "--store", db, "--out", tmp_path / "通知", "--date", "2022-07-01")
    assert code == 0, err
    assert opened and all(opened), opened
    assert _digest(db) == before
    assert set(sa.inspect(sa.create_engine(f"sqlite:///{db}")).get_table_names()) == tables
    # nothing waits in a write-ahead log or journal either (-shm is SQLite's reader index, not the store's data)
    assert not any(p.name.endswith(("-wal", "-journal")) and p.stat().st_size for p in db.parent.iterdir())


def test_a_read_only_store_refuses_writes(db):
    """The guarantee the test above leans on: a write through a read-only Store fails."""
    store = Store(str(db), readonly=True)
    with pytest.raises(sa.exc.OperationalError, match="readonly"), store.engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE probe (x INTEGER)"))


def test_an_unknown_run_is_named_with_the_runs_that_exist(db, capsys):
    code, out, err = xxgk(capsys, "export", "--store", db, "--run", 7, "--format", "md")
    assert code == 2 and out == ""
    assert "没有第 7 批评分" in err and "第 1 批" in err and "2021年度报告考核" in err


def test_scoring_the_same_inputs_again_reuses_the_run(db, capsys):
    code, out, err = xxgk(capsys, "score", *REPORTS, "--store", db, "--today", "2022-06-01", "--format", "json")
    assert code == 0, err
    assert run_ids(db) == [1]
    assert "沿用其结果" in err and "第 1 批" in err
    assert {c["agency"] for c in json.loads(out)} >= {"云岭县人民政府", "石桥县人民政府"}
    # another date (waivers), fewer files or --force: a new run
    xxgk(capsys, "score", *REPORTS[:2], "--store", db, "--today", "2022-06-01", "--format", "json")
    xxgk(capsys, "score", *REPORTS, "--store", db, "--today", "2022-06-01", "--force", "--format", "json")
    assert run_ids(db) == [1, 2, 3]
    code, _, err = xxgk(capsys, "score", *REPORTS, "--store", db, "--today", "2022-06-01", "--title", "复评",
                        "--format", "json")
    assert run_ids(db) == [1, 2, 3] and "第 3 批" in err  # the latest identical run, now titled
    assert runs.pick(Store(str(db)), 3).title == "复评"


def test_export_uses_the_reviewed_points_once_reviewed(db, capsys):
    store = Store(str(db))
    review.ensure_tables(store.engine)
    with store.engine.connect() as conn:
        card = json.loads(conn.execute(sa.select(scorecards.c.payload).where(
            scorecards.c.agency == "云岭县人民政府")).scalar_one())
    finding = next(f for f in card["findings"] if f["rule"] == "format.consistency.t3_balance")
    review.decide(store.engine, 1, card, finding, review.DISMISS, None, "经核实表三数据无误", "alice", ENGINE.profiles)
    code, out, err = xxgk(capsys, "export", "--store", db, "--format", "json")
    reviewed = {c["agency"]: c for c in json.loads(out)}["云岭县人民政府"]
    # 5 + 3 + 3 capped at 10 for the topic → 90; without the 5, 3 + 3 → 94: through the same cap
    assert reviewed["score"] == 94.0 and reviewed["auto_score"] == 90.0
    assert "复核后" in err


# ------------------------------------------------------------------------------------------------------- roster

def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


ROSTER = ("单位名称,层级,类别,地区,别名\n"
          "云岭县人民政府,县级,县区,,\n"
          "石桥县人民政府,县级,县区,,\n"
          "石湾镇人民政府,乡镇,乡镇街道,临川县,\n"
          "白鹭县人民政府,县级,县区,,白鹭县政府\n")


def test_the_roster_marks_missing_and_unexpected_agencies(db, tmp_path, capsys):
    roster = write(tmp_path / "agencies.csv", ROSTER)
    code, out, err = xxgk(capsys, "score", *REPORTS, "--roster", roster, "--store", db, "--today", "2022-06-01",
                          "--format", "json")
    assert code == 0, err
    cards = {c["agency"]: c for c in json.loads(out)}
    missing = cards["白鹭县人民政府"]
    assert (missing["submitted"], missing["score"], missing["grade"]) == (False, 0.0, "不合格")
    assert missing["period"] == "2021" and missing["category"] == "县区" and MISSING_WARNING in missing["warnings"]
    assert cards["临川县石湾镇人民政府"]["category"] == "乡镇街道"  # matched by its short name, as history is
    assert cards["云岭县人民政府"]["category"] == "县区" and cards["云岭县人民政府"]["ranked"]
    outsider = cards["泉塘区商务局"]
    assert not outsider["ranked"] and outsider["unranked_reason"] == NOT_ON_ROSTER
    assert run_ids(db) == [1, 2]  # with a roster it is not the same scoring as run 1
    code, out, _ = xxgk(capsys, "export", "--store", db, "--format", "json")  # stored with the run
    assert {c["agency"] for c in json.loads(out)} >= {"白鹭县人民政府"}
    code, _, err = xxgk(capsys, "notice", "--store", db, "--run", 2, "--agency", "白鹭县人民政府",
                        "--out", tmp_path / "n")
    text = texts(next((tmp_path / "n").iterdir()))
    assert "未报送2021年度" in text and "得分：0分" in text and "补报年度报告" in text
    assert "名次：县区第3名（共3家）" in text


def _card(agency: str, period: str, level: str = "county"):
    from engine.model import Scorecard
    return Scorecard(agency=agency, period=period, profile="gov-2019", score=90.0, grade="优秀", veto=False,
                     findings=[], inputs=[f"{agency}-{period}.txt"], level=level)


def test_a_roster_speaks_for_one_year(tmp_path):
    """未报送 and 名单外 are decided for the 考核 year only (--year, else the latest); a 年度 column says which years
    an agency is due; cards of other years are left as they are."""
    roster = load_roster(write(tmp_path / "r.csv", "单位名称,年度\n云岭县人民政府,\n石桥县人民政府,2021\n"
                                                   "白鹭县人民政府,2022、2023\n"))
    assert [e.years for e in roster] == [frozenset(), frozenset({2021}), frozenset({2022, 2023})]

    def apply(year):
        cards = [_card("云岭县人民政府", "2021"), _card("石桥县人民政府", "2021"), _card("云岭县人民政府", "2022"),
                 _card("泉塘县人民政府", "2021"), _card("泉塘县人民政府", "2022")]
        out = apply_roster(cards, roster, ENGINE.profiles, "gov-2019", year)
        return ({(c.agency, c.period) for c in out if not c.submitted},
                {(c.agency, c.period) for c in out if c.unranked_reason == NOT_ON_ROSTER})
    # 2021: 白鹭 is not due; 泉塘's 2021 card is outside; its 2022 card is not this year's business
    assert apply(2021) == (set(), {("泉塘县人民政府", "2021")})
    # 2022 (also the default: the latest year): 石桥 is not due, 白鹭 is missing
    assert apply(2022) == ({("白鹭县人民政府", "2022")}, {("泉塘县人民政府", "2022")})
    assert apply(None) == apply(2022)
    # 2023: nobody reported; every agency due that year is missing, nothing else is touched
    assert apply(2023) == ({("云岭县人民政府", "2023"), ("白鹭县人民政府", "2023")}, set())


def test_a_roster_line_finds_the_card_of_a_place_written_for_its_government(tmp_path):
    """A township on the roster as 石湾镇人民政府 that titled its report 石湾镇 has reported: no 未报送 card with 0
    points beside a card marked 名单外. Two lines naming one agency either way are a duplicate."""
    roster = load_roster(write(tmp_path / "r.csv", "单位名称\n石湾镇人民政府\n民治街道\n"))
    out = apply_roster([_card("石湾镇", "2022", "township"), _card("民治街道办事处", "2022", "township")], roster,
                       ENGINE.profiles, "gov-2019", 2022)
    assert [(c.agency, c.submitted, c.unranked_reason) for c in out] == [
        ("石湾镇", True, ""), ("民治街道办事处", True, "")]
    with pytest.raises(RosterError) as caught:
        load_roster(write(tmp_path / "twice.csv", "单位名称\n南城县人民政府\n南城县政府\n"))
    assert "重复" in str(caught.value)


def test_a_missing_report_says_so_on_the_sheets(tmp_path):
    """The ranking's 备注 says 未报送 and the card's ledger names it: 100 − 合计 = 得分 with a reason, not 其他调整."""
    import csv
    import io

    from engine.render import ledger, render
    roster = load_roster(write(tmp_path / "r.csv", "单位名称,类别\n云岭县人民政府,县区\n白鹭县人民政府,县区\n"))
    cards = apply_roster([_card("云岭县人民政府", "2021")], roster, ENGINE.profiles, "gov-2019")
    [missing] = [c for c in cards if not c.submitted]
    [line] = ledger(missing)
    assert (line.topic, line.counted) == ("未报送", 100.0) and "按评分方案计0分" in line.note
    rows = list(csv.DictReader(io.StringIO(render(cards, "csv").decode("utf-8-sig"))))
    assert {r["单位"]: r["备注"] for r in rows} == {"云岭县人民政府": "", "白鹭县人民政府": "未报送"}
    for fmt in ("html", "md"):
        assert "不合格（未报送）" in render(cards, fmt), fmt
    book = load_workbook(io.BytesIO(render(cards, "xlsx")))
    details = [[c for c in r if c is not None] for r in book["扣分明细"].iter_rows(values_only=True)]
    assert ["白鹭县人民政府", "2021", "小计：未报送（未报送年度报告，按评分方案计0分）", 100] in details


def test_the_roster_year_on_the_command_line(db, tmp_path, capsys):
    roster = write(tmp_path / "agencies.csv", ROSTER)
    code, out, err = xxgk(capsys, "score", *REPORTS, "--roster", roster, "--year", 2022, "--today", "2022-06-01",
                          "--format", "json")
    assert code == 0, err
    cards = json.loads(out)
    missing = {c["agency"] for c in cards if not c["submitted"]}
    assert missing == {"云岭县人民政府", "石桥县人民政府", "石湾镇人民政府", "白鹭县人民政府"}  # no 2022 reports
    assert {c["period"] for c in cards if not c["submitted"]} == {"2022"}
    assert not any(c["unranked_reason"] == NOT_ON_ROSTER for c in cards)  # the 2021 cards are not judged
    assert "按 2022 年度核对：4 家应报送，未报送 4 家，名单外 0 家" in err
    code, _, err = xxgk(capsys, "score", *REPORTS, "--year", 2022)
    assert code == 2 and "--year 需与 --roster 一起使用" in err
    bad = write(tmp_path / "bad.csv", "单位名称,年度\n某局,二三年\n")
    code, _, err = xxgk(capsys, "score", *REPORTS, "--roster", bad)
    assert code == 2 and re.search(r"bad\.csv:2: 年度“二三年”无效", err), err


def test_a_roster_saved_as_excels_plain_csv_in_gbk_reads_as_in_utf8(tmp_path):
    text = "单位名称,层级,类别,别名\n云岭县人民政府,县级,县区政府,云岭县政府\n石桥镇人民政府,乡镇,乡镇街道,\n"
    assert load_roster(write(tmp_path / "gbk.csv", text, "gbk")) == load_roster(write(tmp_path / "u.csv", text))
    assert load_roster(write(tmp_path / "bom.csv", text, "utf-8-sig")) == load_roster(tmp_path / "u.csv")


def test_a_profile_says_how_a_missing_report_is_scored(tmp_path):
    folder = tmp_path / "local" / "profiles"
    folder.mkdir(parents=True)
    write(folder / "lenient.yaml", "name: lenient\ntitle: 宽松\nextends: gov-2019\n"
                                   "missing_report: {score: 20, grade: 不合格}\n")
    engine = Engine.load([tmp_path / "local"], backend="python")
    roster = load_roster(write(tmp_path / "r.csv", "单位名称\n白鹭县人民政府\n"))
    [card] = apply_roster([], roster, engine.profiles, "lenient")
    assert (card.score, card.grade, card.submitted) == (20.0, "不合格", False)


@pytest.mark.parametrize(("text", "encoding", "line", "words"), [
    ("单位名称,层级,负责人\n云岭县人民政府,县级,张三\n", "utf-8", 1, "负责人"),
    ("单位名称,层级\n云岭县人民政府,县级\n石桥县人民政府,县级\n云岭县人民政府,县级\n", "utf-8", 4, "第 2 行"),
    ("单位名称,别名\n云岭县人民政府,\n石桥县人民政府,云岭县人民政府\n", "utf-8", 3, "重复"),
    ("单位名称,层级\n云岭县人民政府,县级\n石桥县人民政府,省部级\n", "utf-8", 3, "省部级"),
    ("单位名称,层级\n云岭县人民政府,县级\n石桥县人民政府,省部级\n", "gbk", 3, "省部级"),  # read as GBK, then checked
    ("单位名称\n\x00\x01\x02云岭县\n", "utf-8", 1, "二进制文件"),
])
def test_a_bad_roster_is_located_and_nothing_is_scored(tmp_path, capsys, text, encoding, line, words):
    roster = write(tmp_path / "bad.csv", text, encoding)
    with pytest.raises(RosterError) as raised:
        load_roster(roster)
    assert any(p.startswith(f"{roster}:{line}: ") and words in p for p in raised.value.problems), raised.value
    code, out, err = xxgk(capsys, "score", REPORTS[0], "--roster", roster, "--format", "json")
    assert code == 2 and out == "" and f"bad.csv:{line}: " in err and "未评分" in err


# ------------------------------------------------------------------------------------------------------ notices

def texts(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_notices_one_per_agency_and_a_summary(db, tmp_path, capsys):
    out = tmp_path / "通知"
    code, _, err = xxgk(capsys, "notice", "--store", db, "--run", 1, "--out", out, "--date", "2022-07-01")
    assert code == 0, err
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 5 and "考核情况通报.docx" in files
    for path in out.iterdir():  # every one opens and names its date and signer
        assert "2022年7月1日" in texts(path) and "人民政府办公室" in texts(path)
    yunling = texts(next(out.glob("*云岭县人民政府*")))
    for expected in ("单位名称：云岭县人民政府", "考核年度：2021年度", "得分：90分", "等级：优秀", "名次：县区第",
                     "（1）扣5分：表格数据勾稽", "扣分原因：表三", "依据：国办公开办函〔2021〕30号", "原文摘录：“表三",
                     "06-yunling-county-2021-badtables.txt", "整改要求：逐项核对统计表格数据", "整改时限：30日内",
                     "联系人"):
        assert expected in yunling, expected
    assert yunling.index("（1）扣5分") < yunling.index("（2）扣3分") < yunling.index("（3）扣3分")
    assert "!=" not in yunling and "≠" in yunling  # the parser's machine lines read as the sheets show them
    summary_doc = docx.Document(str(out / "考核情况通报.docx"))
    summary = texts(out / "考核情况通报.docx")
    assert "2021年度报告考核" in summary and "县区" in summary and "乡镇街道" in summary and "市直部门" in summary
    assert "年度报告统计表格合计数与分项之和不一致" in summary or "1家单位" in summary
    assert len(summary_doc.inline_shapes) == 1  # the chart of the most common problems
    assert [len(t.rows) for t in summary_doc.tables] == [2, 3, 2]  # 1, 2 and 1 cards, each with its header
    ranking = [[c.text for c in row.cells] for t in summary_doc.tables for row in t.rows]
    assert ["1", "云岭县人民政府", "2021", "90", "优秀", "3"] not in ranking  # 石桥 97 ranks above 云岭 90
    assert ["2", "云岭县人民政府", "2021", "90", "优秀", "3"] in ranking


def test_tied_scores_are_并列_in_notices_as_on_the_sheets(tmp_path):
    from datetime import date

    from engine import notice
    cards = [_card("甲县人民政府", "2021"), _card("乙县人民政府", "2021"), _card("丙县人民政府", "2021")]
    cards[2].score = 80.0
    info = runs.RunInfo(1, "2021年度报告考核", "2022-06-01T00:00:00+00:00", "done", "gov-2019", 3)
    out = tmp_path / "通知"
    notice.write_notices(cards, None, out, notice.load_template(None), info, False, date(2022, 7, 1), {})
    by_agency = {name: texts(next(out.glob(f"*{name}*"))) for name in ("甲县人民政府", "乙县人民政府", "丙县人民政府")}
    assert "名次：县区并列第1名（共3家）" in by_agency["甲县人民政府"]
    assert "名次：县区并列第1名（共3家）" in by_agency["乙县人民政府"]
    assert "名次：县区第3名（共3家）" in by_agency["丙县人民政府"]
    table = [[c.text for c in row.cells] for t in docx.Document(str(out / "考核情况通报.docx")).tables
             for row in t.rows]
    assert ["1（并列）", "甲县人民政府"] in [r[:2] for r in table] and ["3", "丙县人民政府"] in [r[:2] for r in table]


def test_a_notice_uses_the_reviewed_points(db, tmp_path, capsys):
    store = Store(str(db))
    review.ensure_tables(store.engine)
    with store.engine.connect() as conn:
        card = json.loads(conn.execute(sa.select(scorecards.c.payload).where(
            scorecards.c.agency == "云岭县人民政府")).scalar_one())
    finding = next(f for f in card["findings"] if f["rule"] == "format.consistency.t3_columns")
    review.decide(store.engine, 1, card, finding, review.ADJUST, 1.0, "只有一行不符", "alice", ENGINE.profiles)
    code, _, err = xxgk(capsys, "notice", "--store", db, "--agency", "云岭县人民政府", "--out", tmp_path / "n")
    assert code == 0, err
    [path] = (tmp_path / "n").iterdir()
    text = texts(path)
    assert "得分：91分" in text and "扣1分：表格数据勾稽" in text and "复核意见：复核扣分改为 1：只有一行不符" in text
    assert "已经人工复核" in text


def test_an_unknown_agency_gets_close_matches_and_no_folder(db, tmp_path, capsys):
    code, _, err = xxgk(capsys, "notice", "--store", db, "--agency", "云岭县人民政府办公室", "--out", tmp_path / "n")
    assert code == 2 and "没有“云岭县人民政府办公室”" in err and "云岭县人民政府" in err
    assert not (tmp_path / "n").exists()


def test_a_notice_folder_is_complete_or_absent(db, tmp_path, capsys, monkeypatch):
    from engine import notice
    real, calls = notice._write_docx, []

    def fails_on_the_third(*args):
        calls.append(args)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(*args)

    monkeypatch.setattr(notice, "_write_docx", fails_on_the_third)
    with pytest.raises(OSError):
        main(["--debug", "notice", "--store", str(db), "--out", str(tmp_path / "n")])
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("runs.db")]  # no folder, no staging
    code, _, err = xxgk(capsys, "notice", "--store", db, "--out", tmp_path / "runs.db")
    assert code == 2 and "已存在" in err


def test_an_edited_template_changes_the_wording_and_a_broken_one_is_located(db, tmp_path, capsys):
    folder = tmp_path / "tpl"
    shutil.copytree(ROOT / "rules" / "notices", folder)
    path = folder / "notice.j2"
    path.write_text(path.read_text(encoding="utf-8").replace("××市人民政府办公室", "白鹭市政务公开办公室"),
                    encoding="utf-8")
    code, _, err = xxgk(capsys, "notice", "--store", db, "--agency", "石桥县人民政府", "--out", tmp_path / "n",
                        "--template", folder)
    assert code == 0, err
    assert "白鹭市政务公开办公室" in texts(next((tmp_path / "n").iterdir()))
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[20] += "{% if %}"
    path.write_text("\n".join(lines), encoding="utf-8")
    code, _, err = xxgk(capsys, "notice", "--store", db, "--out", tmp_path / "m", "--template", folder)
    assert code == 2 and "notice.j2:21: " in err and not (tmp_path / "m").exists()


def test_the_page_of_a_quote_in_a_pdf(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf([["Annual report of the county"], ["Table three totals 40 and 39 differ here"]]))
    assert page_of(str(pdf), "Table three totals 40 and 39 differ") == 2
    assert page_of(str(pdf), "Annual report of the county") == 1
    assert page_of(str(pdf), "nothing like this anywhere") is None
    assert page_of(str(tmp_path / "moved.pdf"), "Table three totals") is None


# ------------------------------------------------------------------------------------------------------ explain

def test_explain_a_stored_card_for_a_person(db, capsys):
    code, out, err = xxgk(capsys, "explain", "--store", db, "云岭县人民政府", "2021")
    assert code == 0, err
    assert out.startswith("云岭县人民政府　2021年度　得分 90　等级 优秀")
    assert "1. 扣5分：表三" in out and "依据：国办公开办函〔2021〕30号" in out and "原文：“表三 自然人" in out
    assert "出处：06-yunling-county-2021-badtables.txt" in out and "规则编号：format.consistency.t3_balance" in out
    code, out, err = xxgk(capsys, "explain", "--store", db, "石湾镇人民政府", "2021")  # the short name
    assert code == 0 and "没有扣分事项" in out
    code, out, err = xxgk(capsys, "explain", "--store", db, "云岭县", "2021")  # the county for its government
    assert code == 0 and out.startswith("云岭县人民政府　2021年度")
    code, out, err = xxgk(capsys, "explain", "--store", db, "云岭县教育局", "2021")
    assert code == 2 and "相近的有：云岭县人民政府" in err


def test_explain_a_file_and_the_trace_behind_a_flag(capsys):
    code, out, _ = xxgk(capsys, "explain", ROOT / "reports" / "05-baichuan-eeb-2022-late.txt")
    assert code == 0 and "逾期36天" in out and "扣" in out and "依据：《政府信息公开条例》" in out
    code, out, _ = xxgk(capsys, "explain", ROOT / "reports" / "05-baichuan-eeb-2022-late.txt", "--trace",
                        "--rule", "gov2019.timeliness.report_deadline")
    assert code == 0 and "触发（扣分）" in out and "derived.report_days_late = 36　条件：大于 0，成立" in out


# ---------------------------------------------------------------------------------------------- the office's rules

def test_a_local_folder_whose_only_rule_sits_outside_a_pack_is_refused_not_ignored(tmp_path, capsys):
    local = tmp_path / "本单位规则"
    local.mkdir()
    (local / "新规则.yaml").write_text("id: office.x\nwhen: [\n", encoding="utf-8")
    report = ROOT / "reports" / "03-shiwan-town-2021.txt"
    for command in (("rules", "lint", local), ("score", "--rules", local, report)):
        code, _, err = xxgk(capsys, *command)
        assert code == 2 and "新规则.yaml:1: 未加载：规则须放在规则包文件夹里" in err, err


def test_rules_init_writes_a_pack_that_lints_tests_and_scores(tmp_path, capsys):
    local = tmp_path / "本单位规则"
    code, out, _ = xxgk(capsys, "rules", "init", local)
    assert code == 0 and (local / "profiles" / "office-2019.yaml").is_file()
    code, out, err = xxgk(capsys, "rules", "lint", local)
    assert code == 0, err
    assert f"{len(ENGINE.ruleset.rules) + 1} 条规则" in out
    code, out, err = xxgk(capsys, "rules", "test", local)
    assert code == 0 and "office.content.work_points" not in out, out
    code, out, _ = xxgk(capsys, "rules", "doc", local)
    assert "office.content.work_points" in out and "gov2019.timeliness.report_deadline" in out
    code, out, err = xxgk(capsys, "rules", "coverage", local)  # the shipped requirements, over the combined rules
    assert code == 0 and "gov2019.timeliness.report_deadline" in out, err
    (local / "office" / "content" / "work_points.yaml").write_text(
        (local / "office" / "content" / "work_points.yaml").read_text(encoding="utf-8")
        .replace("topic: content.missing_section", "topic: content.missing_section\ncovers: [no.such.requirement]"),
        encoding="utf-8")
    code, _, err = xxgk(capsys, "rules", "coverage", local)
    assert code == 2 and "要求编号 'no.such.requirement' 不存在" in err and "work_points.yaml:" in err
    code, _, err = xxgk(capsys, "rules", "lint", local)
    assert code == 2 and "要求编号 'no.such.requirement' 不存在" in err
    (local / "office" / "content" / "work_points.yaml").write_text(
        (local / "office" / "content" / "work_points.yaml").read_text(encoding="utf-8")
        .replace("covers: [no.such.requirement]\n", ""), encoding="utf-8")
    code, out, err = xxgk(capsys, "score", ROOT / "reports" / "15-minghu-city-2022-clean.txt", "--rules", local,
                          "--profile", "office-2019", "--format", "json")
    [card] = json.loads(out)
    assert [f["rule"] for f in card["findings"]] == ["office.content.work_points"] and card["score"] == 98.0
    code, _, err = xxgk(capsys, "rules", "init", local)
    assert code == 2 and "不为空" in err


def test_a_local_rule_overrides_a_shipped_one_by_id_with_a_warning(tmp_path, capsys):
    shipped = ROOT / "rules" / "gov2019" / "timeliness" / "report_deadline.yaml"
    local = tmp_path / "local"
    target = local / "gov2019" / "timeliness" / "deadline.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(shipped.read_text(encoding="utf-8").replace("points: ", "points: 1 #", 1), encoding="utf-8")
    engine = Engine.load([local], backend="python")
    assert [w for w in engine.warnings if "deadline.yaml" in w and "report_deadline.yaml" in w]
    assert len(engine.ruleset.rules) == len(ENGINE.ruleset.rules)
    assert engine.ruleset.by_id()["gov2019.timeliness.report_deadline"].points == 1.0
    assert engine.rules_version != ENGINE.rules_version
    code, out, err = xxgk(capsys, "score", ROOT / "reports" / "05-baichuan-eeb-2022-late.txt", "--rules", local,
                          "--format", "json")
    assert "取代了" in err and "report_deadline.yaml" in err
    late = next(f for f in json.loads(out)[0]["findings"] if f["rule"] == "gov2019.timeliness.report_deadline")
    assert late["points"] == 1.0


def test_a_broken_local_rule_is_located_in_its_own_file(tmp_path, capsys):
    local = tmp_path / "local"
    code, _, _ = xxgk(capsys, "rules", "init", local)
    rule = local / "office" / "content" / "work_points.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("topic: content.missing_section", "topic: nosuch"),
                    encoding="utf-8")
    code, out, err = xxgk(capsys, "rules", "lint", local)
    assert code == 2 and "work_points.yaml:" in err and "nosuch" in err


def test_a_table_in_a_template_is_one_table_whatever_the_blank_lines(tmp_path):
    from engine.notice import _write_docx
    markup = "# 标题\n| 名次 | 单位 |\n\n| 1 | 云岭县人民政府 |\n\n| 2 | 石桥县人民政府 |\n正文\n"
    _write_docx(markup, tmp_path / "t.docx", [])
    [table] = docx.Document(str(tmp_path / "t.docx")).tables
    assert [[c.text for c in row.cells] for row in table.rows] == [["名次", "单位"], ["1", "云岭县人民政府"],
                                                                  ["2", "石桥县人民政府"]]


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"),
                    reason="needs Debian's libreoffice-writer and poppler-utils (./dev test installs them)")
def test_a_notice_opens_in_libreoffice(db, tmp_path, capsys):
    import subprocess
    code, _, err = xxgk(capsys, "notice", "--store", db, "--agency", "云岭县人民政府", "--out", tmp_path / "n")
    assert code == 0, err
    [notice] = (tmp_path / "n").iterdir()
    profile = (tmp_path / "lo").as_uri()  # its own profile: another LibreOffice running does not block this one
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
                    str(tmp_path), str(notice)], check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / f"{notice.stem}.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    text = "".join(text.split())  # pdftotext spaces CJK from digits
    assert "单位名称：云岭县人民政府" in text and "整改时限：30日内" in text and "扣5分" in text


def test_a_deduction_quoted_from_a_pdf_names_its_page(tmp_path):
    from engine.model import Finding
    from engine.notice import deductions
    from engine.runs import card_from_json
    pdf = tmp_path / "county-2021.pdf"
    pdf.write_bytes(make_pdf([["Annual report"], ["Table three totals 40 and 39 differ here"]]))
    finding = Finding("format.consistency.t3_results", "consistency.arithmetic", "表三总计不符",
                      "国办公开办函〔2021〕30号", "minor", 3.0, "Table three totals 40 and 39 differ", source=str(pdf))
    card = card_from_json({"agency": "云岭县人民政府", "period": "2021", "profile": "gov-2019", "score": 97.0,
                           "grade": "优秀", "veto": False, "findings": [finding.to_json()], "inputs": [str(pdf)]})
    [item] = deductions(card)
    assert item.where == "county-2021.pdf 第2页" and item.points == "3"


def test_folders_layer_in_order_and_a_complete_set_replaces_the_shipped_one(tmp_path):
    from engine.rules.combine import layers
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, grade in ((first, "良好"), (second, "合格")):
        (folder / "profiles").mkdir(parents=True)
        write(folder / "profiles" / "gov-2019.yaml", "name: gov-2019\ntitle: 本地\nextends: base\n"
                                                     "packs: [common, gov2019, format]\n"
                                                     f"missing_report: {{score: 0, grade: {grade}}}\n")
    engine = Engine.load([first, second], backend="python")
    assert engine.profiles.get("gov-2019").missing_grade == "合格"  # the later folder wins
    assert any("b/profiles/gov-2019.yaml" in w and "a/profiles/gov-2019.yaml" in w for w in engine.warnings)
    assert any("a/profiles/gov-2019.yaml" in w and "rules/profiles/gov-2019.yaml" in w for w in engine.warnings)
    complete = tmp_path / "complete"
    shutil.copytree(ROOT / "rules", complete)
    assert layers([first, complete, second, second]) == (complete, second)


def test_a_university_notice_names_its_own_report(tmp_path, capsys):
    db = tmp_path / "u.db"
    code, _, err = xxgk(capsys, "score", ROOT / "reports" / "16-donglan-normal-2019-2020-late.txt", "--store", db)
    assert code == 0, err
    code, _, err = xxgk(capsys, "notice", "--store", db, "--out", tmp_path / "n")
    assert code == 0, err
    [notice] = (tmp_path / "n").glob("*整改通知.docx")
    text = texts(notice)
    assert "2019-2020年度信息公开年度报告考核结果" in text and "政府信息公开工作" not in text
    assert "扣分原因：" in text and "整改要求：" in text


def test_without_a_run_to_reuse_the_workers_start_before_the_files_are_hashed(tmp_path, capsys, monkeypatch):
    """a17-start: a store with no finished run of the profile that recorded its key (or --force) cannot reuse one,
    so xxgk score loads the rules and starts its workers first, and they set up while the files are hashed; a store
    that may hold an identical run hashes first, as before, and starts nothing when it reuses it."""
    from engine import workers

    events: list[str] = []
    real_start, real_key = workers.Supervisor.start, runs.inputs_key

    def start(self, background=False):
        events.append("start")
        return real_start(self, background)

    def inputs_key(*args, **kwargs):
        events.append("hash")
        return real_key(*args, **kwargs)

    monkeypatch.setattr(workers.Supervisor, "start", start)
    monkeypatch.setattr(runs, "inputs_key", inputs_key)
    db = tmp_path / "runs.db"
    args = ["score", *REPORTS, "--store", db, "--today", "2022-06-01", "--format", "json", "--jobs", 2]
    code, first, err = xxgk(capsys, *args)
    assert code == 0, err
    assert events[:2] == ["start", "hash"]  # (map's own start() then finds them started)
    events.clear()
    code, again, err = xxgk(capsys, *args)
    assert code == 0 and "沿用其结果" in err
    assert events == ["hash"]  # reused: no workers
    assert sorted(c["agency"] for c in json.loads(again)) == sorted(c["agency"] for c in json.loads(first))
    events.clear()
    code, forced, err = xxgk(capsys, *args, "--force")
    assert code == 0, err
    assert events[:2] == ["start", "hash"] and run_ids(db) == [1, 2]
    assert json.loads(forced) == json.loads(first)
    events.clear()
    code, _, err = xxgk(capsys, *args, "--profile", "gov-2019")  # no keyed run of this profile yet
    assert events[:2] == ["start", "hash"], err


def test_has_keyed_run_needs_a_finished_run_of_the_profile_with_its_key(tmp_path):
    store = Store(str(tmp_path / "runs.db"))
    assert not runs.has_keyed_run(store, "auto")
    first = store.begin_run("auto", "v1", ["a"])
    runs.remember(store, first, "k" * 64, None)
    assert not runs.has_keyed_run(store, "auto")  # still running
    store.finish_run(first, [])
    assert runs.has_keyed_run(store, "auto") and not runs.has_keyed_run(store, "gov-2019")
    second = store.begin_run("gov-2019", "v1", ["a"])
    runs.remember(store, second, None, "无键")  # a run with unreadable files: never reused
    store.finish_run(second, [])
    assert not runs.has_keyed_run(store, "gov-2019")
    store.close()


def test_without_a_run_to_reuse_the_files_are_hashed_once_by_a_thread_beside_the_loading(tmp_path, capsys,
                                                                                          monkeypatch):
    """a17-start: the files are hashed for the run's key by a thread while the rules load and the workers start,
    and not again for the key; the key is the one an identical run then finds (it is reused)."""
    import threading

    from engine import records

    calls: list[tuple[bool, int]] = []
    real = records.file_hashes

    def file_hashes(files, threads=None):
        calls.append((threading.current_thread() is threading.main_thread(), len(files)))
        return real(files, threads)

    monkeypatch.setattr(records, "file_hashes", file_hashes)
    monkeypatch.setattr(runs, "file_hashes", file_hashes)
    db = tmp_path / "runs.db"
    args = ["score", *REPORTS, "--store", db, "--today", "2022-06-01", "--format", "json", "--jobs", 2]
    code, _, err = xxgk(capsys, *args)
    assert code == 0, err
    assert [c for c in calls if c[1]] == [(False, len(REPORTS))]
    calls.clear()
    code, _, err = xxgk(capsys, *args)
    assert code == 0 and "沿用其结果" in err  # the same key, made the other way (a finished keyed run: in order)
    assert [c for c in calls if c[1]] == [(True, len(REPORTS))]

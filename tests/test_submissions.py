"""Monthly submission logs and escalating deductions (the 软环境测评-style profile)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from engine.batch import Engine, run
from engine.ingest.submissions import load_log
from engine.model import InputError

ROOT = Path(__file__).resolve().parents[1]
TOWN = ROOT / "reports" / "03-shiwan-town-2021.txt"  # 石湾镇人民政府, 2021
ENGINE = Engine.load()
TODAY = date(2022, 6, 1)


def write_log(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "log.csv"
    path.write_text("agency,month,submitted_on\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def on_time(agency: str, year: int, skip: dict[int, str] | None = None) -> list[str]:
    skip = skip or {}
    rows = []
    for m in range(1, 13):
        due = date(year + (m == 12), m % 12 + 1, 8).isoformat()
        rows.append(f"{agency},{year}-{m:02d},{skip.get(m, due)}")
    return rows


def test_missed_months_late_or_absent(tmp_path):
    rows = on_time("石湾镇人民政府", 2021, {3: "2021-04-15", 7: ""})[:-1]  # December never logged
    log = load_log(write_log(tmp_path, rows))
    missed = log.missed("石湾镇人民政府", 2021, TODAY)
    assert [m for m, _ in missed] == ["2021-03", "2021-07", "2021-12"]
    assert "2021-04-15" in missed[0][1] and "2021-04-10" in missed[0][1]
    assert log.missed("石湾镇人民政府", 2021, date(2021, 5, 1)) == [("2021-03", missed[0][1])]  # not yet due
    assert log.missed("别的单位", 2021, TODAY) is None


@pytest.mark.parametrize(("rows", "where"), [
    (["agency,month"], ":1:"),
    (["agency,month,submitted_on", "石湾镇人民政府,2021-13,2021-02-01"], ":2:"),
    (["agency,month,submitted_on", "石湾镇人民政府,2021-01,2021/02/01"], ":2:"),
    (["agency,month,submitted_on", ",2021-01,2021-02-01"], ":2:"),
])
def test_bad_log_names_file_and_line(tmp_path, rows, where):
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_log(path)
    assert f"bad.csv{where}" in str(err.value)


def test_escalation_tiers_on_the_scorecard(tmp_path):
    log = write_log(tmp_path, on_time("石湾镇人民政府", 2021, {2: "", 5: "2021-06-20", 9: ""}))
    (card,) = run(ENGINE, [TOWN, log], "archives-monthly", TODAY).cards
    misses = [f for f in card.findings if f.rule == "local.submission.monthly_list"]
    # once a year at the profile's (example) price; the later tiers are administrative steps, 0 points
    assert [(f.occurrence, f.points) for f in misses] == [(1, 5.0), (2, 0.0), (3, 0.0)]
    assert {f.basis_status for f in misses} == {"local_scheme"} and "示例" in misses[0].basis_source
    assert "2021-05" in misses[1].title and "单位主要负责人督促整改" in misses[1].title
    assert card.escalation == "分管领导召开专题会议"
    assert card.score == 100 - 5


def test_twelve_missed_months_cost_one_capped_deduction(tmp_path):
    log = write_log(tmp_path, on_time("石湾镇人民政府", 2021, {m: "" for m in range(1, 13)}))
    (card,) = run(ENGINE, [TOWN, log], "archives-monthly", TODAY).cards
    misses = [f for f in card.findings if f.rule == "local.submission.monthly_list"]
    assert len(misses) == 12 and sum(f.points for f in misses) == 5.0  # was 5 + 8 + 10 × 10 = 113
    assert card.deductions["submission.repeat"] == 5.0 and card.score == 95.0


def test_other_profiles_ignore_the_log(tmp_path):
    log = write_log(tmp_path, on_time("石湾镇人民政府", 2021, {2: ""}))
    (card,) = run(ENGINE, [TOWN, log], "auto", TODAY).cards
    assert not any(f.rule.startswith("local.") for f in card.findings) and card.escalation == ""


def test_a_bad_log_is_an_error_and_the_reports_are_still_scored(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("wrong,header\n", encoding="utf-8")
    result = run(ENGINE, [TOWN, bad], "archives-monthly", TODAY)
    assert len(result.cards) == 1 and result.errors[0].error.startswith(f"{bad}:1:")


def test_agency_names_match_across_place_prefixes():
    from engine.agency import same_agency
    assert same_agency("临川县石湾镇人民政府", "石湾镇人民政府")
    assert same_agency("东浦市 人力资源和社会保障局", "东浦市人力资源和社会保障局")
    assert not same_agency("临川县人民政府", "县人民政府")
    assert not same_agency("石湾镇人民政府", "白沙镇人民政府")

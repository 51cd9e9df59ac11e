"""History across years: each card's change against the agency's previous period, and `xxgk history`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from engine.batch import Engine, run
from engine.store import Store

ROOT = Path(__file__).resolve().parents[1]
XXGK = str(Path(sys.executable).parent / "xxgk")
ENGINE = Engine.load()


def two_years(tmp_path: Path) -> tuple[Path, Path]:
    """The clean 2022 report and a 2023 one of the same city, published late."""
    text = (ROOT / "reports" / "15-minghu-city-2022-clean.txt").read_text(encoding="utf-8")
    y2022 = tmp_path / "2022.txt"
    y2022.write_text(text, encoding="utf-8")
    y2023 = tmp_path / "2023.txt"
    later = text.replace("2023-03-20", "2024-05-20").replace("2023年3月20日", "2024年5月20日")
    y2023.write_text(later.replace("2022", "2023"), encoding="utf-8")
    return y2022, y2023


def test_change_against_the_previous_period_within_a_batch(tmp_path):
    y2022, y2023 = two_years(tmp_path)
    cards = {c.period: c for c in run(ENGINE, [y2022, y2023]).cards}
    assert cards["2022"].change is None
    assert cards["2023"].previous_period == "2022" and cards["2023"].change == cards["2023"].score - 100.0 < 0


def test_change_from_the_store_and_history_command(tmp_path):
    y2022, y2023 = two_years(tmp_path)
    db = tmp_path / "runs.db"
    run(ENGINE, [y2022], store=Store(str(db)))
    (card,) = run(ENGINE, [y2023], store=Store(str(db))).cards  # last year is only in the store
    assert card.previous_period == "2022" and card.change < 0
    out = subprocess.run([XXGK, "history", "明湖市人民政府", "--store", str(db)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    lines = [ln for ln in out.stdout.splitlines() if "明湖市" in ln]
    assert [ln.split()[1] for ln in lines] == ["2022", "2023"]
    assert f"{card.change:+.1f}" in lines[1] and "gov2019.timeliness.report_deadline" in lines[1]
    missing = subprocess.run([XXGK, "history", "没有的单位", "--store", str(db)], capture_output=True, text=True)
    assert missing.returncode == 3 and "没有" in missing.stderr and "的评分结果" in missing.stderr

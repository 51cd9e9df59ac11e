"""A batch worker ingests a group of files, then parses them (engine.batch STEPS: ingest apart from the parse, so
that each part's code and data stay in the CPU's caches across the group). The two parts give parse_file's results
and errors, and share one budget: the parse gets what the ingest left of it."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from engine import batch, limits, pipeline
from engine.model import Document

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def budget():
    saved = limits.current()
    yield lambda **kw: limits.configure(limits.Limits(**kw))
    limits.configure(saved)


def _odd_files(tmp_path: Path) -> list[Path]:
    """Files each part turns down in its own way, and one that reads."""
    made = {"empty.txt": b"", "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(200), "blank.txt": b" \n\t\n",
            "gbk.txt": "二〇二三年政府信息公开工作年度报告\n本年度共收到申请12件。\n".encode("gb18030"),
            "chrome.html": "<html><body><nav><a href='/'>首页</a></nav><script>x()</script></body></html>".encode(),
            "note.txt": "某县财政局2023年政府信息公开工作年度报告\n一、总体情况\n本机关主动公开信息35条。\n".encode()}
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
    return [tmp_path / name for name in made] + [tmp_path / "missing.txt"]


def test_the_two_parts_give_parse_files_results_and_errors(tmp_path):
    files = sorted(p for p in (ROOT / "reports").iterdir() if p.suffix != ".md") + _odd_files(tmp_path)
    for path in files:
        got = pipeline.ingest_file(path)
        if isinstance(got, Document):
            got = pipeline.parse_ingested(got, str(path), 0.0)
        assert got == pipeline.parse_file(path), path


def test_the_worker_steps_give_one_steps_results(tmp_path):
    """_ingest_step then _parse_step: what parse_file gave the file, error lines included, and nothing held."""
    files = sorted(p for p in (ROOT / "reports").iterdir() if p.suffix != ".md")[:5] + _odd_files(tmp_path)
    for path in files:
        state = batch._parse_step(batch._ingest_step(str(path)))
        assert state.document is None and state.failed is None
        assert state.items == pipeline.parse_file(path), path


def test_the_parse_gets_what_the_ingest_left_of_the_budget(tmp_path, budget, monkeypatch):
    """0.6 s of ingest and 0.6 s of parse are over a 1 s budget, though each part alone is under it (failed with
    the parse given the whole budget again); 0.2 s + 0.2 s are not."""
    budget(seconds=1.0)
    real_load, real_parse = pipeline.load, pipeline.parse
    pause = {"value": 0.6}

    def slow_load(path, sha256=None):
        time.sleep(pause["value"])
        return real_load(path, sha256)

    def slow_parse(doc):
        time.sleep(pause["value"])
        return real_parse(doc)

    monkeypatch.setattr(pipeline, "load", slow_load)
    monkeypatch.setattr(pipeline, "parse", slow_parse)
    path = next(p for p in sorted((ROOT / "reports").iterdir()) if p.suffix == ".txt")
    state = batch._ingest_step(str(path))
    assert isinstance(state.document, Document) and 0.55 < state.spent < 1.0
    (result,) = batch._parse_step(state).items
    assert result.status == "error" and "处理时间超过上限" in (result.error or "") and "1 秒" in (result.error or "")
    pause["value"] = 0.2
    (result,) = batch._parse_step(batch._ingest_step(str(path))).items
    assert result.status != "error"


def test_a_batch_in_one_process_reads_the_budget_the_same_way(tmp_path, budget, monkeypatch):
    """Through batch.run (one job: the steps over groups in this process) the slow file alone fails."""
    budget(seconds=1.0)
    real_load, real_parse = pipeline.load, pipeline.parse

    def slow_load(path, sha256=None):
        if "slow" in str(path):
            time.sleep(0.6)
        return real_load(path, sha256)

    def slow_parse(doc):
        if "slow" in doc.source:
            time.sleep(0.6)
        return real_parse(doc)

    monkeypatch.setattr(pipeline, "load", slow_load)
    monkeypatch.setattr(pipeline, "parse", slow_parse)
    text = next(p for p in sorted((ROOT / "reports").iterdir()) if p.suffix == ".txt").read_bytes()
    for name in ("a.txt", "slow.txt", "b.txt"):
        (tmp_path / name).write_bytes(text)
    engine = batch.Engine.load()
    result = batch.run(engine, [tmp_path], jobs=1, today=date(2026, 12, 1))
    assert [Path(e.source).name for e in result.errors] == ["slow.txt"]
    assert "处理时间超过上限" in (result.errors[0].error or "")
    assert sorted(Path(ev.report.source).name for ev in result.evaluations) == ["a.txt", "b.txt"]

"""The run store: reuse, --force, a batch killed with kill -9 resumes with nothing lost or counted twice,
and a store it cannot use is refused with a sentence."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engine.batch import Engine, run
from engine.pipeline import parse_file
from engine.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[1]
XXGK = str(Path(sys.executable).parent / "xxgk")
ENGINE = Engine.load()


def cards(result) -> list[str]:
    return sorted(json.dumps(c.to_json(), ensure_ascii=False, sort_keys=True) for c in result.cards)


def test_rerun_reuses_and_force_rescores(tmp_path):
    store = Store(str(tmp_path / "runs.db"))
    first = run(ENGINE, [ROOT / "reports"], store=store)
    again = run(ENGINE, [ROOT / "reports"], store=store)
    forced = run(ENGINE, [ROOT / "reports"], store=store, force=True)
    files = [p for p in (ROOT / "reports").iterdir() if p.suffix != ".md"]
    assert first.reused == 0 and again.reused == len(files) and forced.reused == 0
    assert cards(first) == cards(again) == cards(forced)
    assert store.count() == len(files) + 1  # one row per document (17 holds two), however often it is scored


def _rows(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("select count(*) from results").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_9_resumes_without_losing_or_double_counting(tmp_path):
    import synth
    corpus = tmp_path / "corpus"
    synth.write(corpus, 1200, 3, manifest=False)  # only reports: any other file would be listed as unread
    db = tmp_path / "runs.db"
    cmd = [XXGK, "score", str(corpus), "--store", str(db), "--jobs", "1", "--format", "json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    while _rows(db) < 20 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed; make the corpus larger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = _rows(db)
    assert 0 < done_before < 1200
    resumed = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    reused = int(resumed.stderr.split(" 个文件沿用存储中的结果")[0].rsplit("；", 1)[1])
    assert reused == done_before  # every committed file is reused; the uncommitted group is done again
    assert _rows(db) == 1200
    fresh = subprocess.run([XXGK, "score", str(corpus), "--store", str(tmp_path / "fresh.db"), "--jobs", "1",
                            "--format", "json"], capture_output=True, text=True, timeout=300)
    assert json.loads(resumed.stdout) == json.loads(fresh.stdout)


def test_store_from_another_version_is_refused(tmp_path):
    db = tmp_path / "old.db"
    Store(str(db)).close()
    with sqlite3.connect(db) as conn:
        conn.execute("update meta set value = '99' where key = 'schema_version'")
    with pytest.raises(StoreError, match="存储格式 v99"):
        Store(str(db))
    out = subprocess.run([XXGK, "score", str(ROOT / "reports" / "03-shiwan-town-2021.txt"), "--store", str(db)],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "存储格式 v99" in out.stderr and "Traceback" not in out.stderr


V1_TABLES = ("CREATE TABLE scorecards (run_id INTEGER NOT NULL, agency TEXT NOT NULL, period VARCHAR(16) NOT NULL, "
             "score FLOAT, grade VARCHAR(8), payload TEXT, PRIMARY KEY (run_id, agency, period))",
             "CREATE TABLE results (id INTEGER NOT NULL PRIMARY KEY, file_hash VARCHAR(64) NOT NULL, position INTEGER "
             "NOT NULL, rules_version VARCHAR(64) NOT NULL, profile VARCHAR(64) NOT NULL, source TEXT, status "
             "VARCHAR(16), agency TEXT, period VARCHAR(16), payload TEXT, run_id INTEGER, CONSTRAINT "
             "one_result_per_document UNIQUE (file_hash, position, rules_version, profile))")


def test_store_written_by_v1_is_migrated_with_its_scorecards(tmp_path):
    """A v1 store (no ranking columns, no history column) is brought up to date in place, cards back-filled."""
    db = tmp_path / "v1.db"
    Store(str(db)).close()
    card = {"agency": "柳溪县水利局", "period": "2020", "score": 81.5, "grade": "良好", "level": "区县级",
            "veto": False, "change": -3.5, "previous_period": "2019", "deductions": {"timeliness.late": 10}}
    with sqlite3.connect(db) as conn:
        conn.execute("drop table scorecards")
        conn.execute("drop table results")
        for table in V1_TABLES:
            conn.execute(table)
        conn.execute("update meta set value = '1' where key = 'schema_version'")
        conn.execute("insert into runs (started_at, profile, rules_version, inputs, status) "
                     "values ('2026-01-01', 'auto', 'x', '[]', 'done')")
        conn.execute("insert into scorecards values (1, ?, '2020', 81.5, '良好', ?)",
                     (card["agency"], json.dumps(card, ensure_ascii=False)))
    store = Store(str(db))
    store.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("select value from meta where key = 'schema_version'").fetchone() == ("2",)
        row = conn.execute("select level, veto, change, previous_period, deductions from scorecards").fetchone()
        indexes = {r[1] for r in conn.execute("pragma index_list(scorecards)")}
    assert row == ("区县级", 0, -3.5, "2019", '{"timeliness.late": 10}')
    assert "scorecards_by_score" in indexes
    with sqlite3.connect(db) as conn:
        assert "history" in {r[1] for r in conn.execute("pragma table_info(results)")}
    result = run(ENGINE, [ROOT / "reports" / "03-shiwan-town-2021.txt"], store=Store(str(db)))
    assert len(result.cards) == 1  # and the migrated store takes a new run


def test_read_only_store_is_a_clear_error_and_writes_nothing(tmp_path):
    db = tmp_path / "ro.db"
    Store(str(db)).close()  # closed: no write-ahead log left to fold in later, at garbage collection
    before = db.read_bytes()
    url = f"sqlite:///file:{db}?mode=ro&uri=true"
    out = subprocess.run([XXGK, "score", str(ROOT / "reports" / "03-shiwan-town-2021.txt"), "--store", url],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "store" in out.stderr and "Traceback" not in out.stderr
    assert db.read_bytes() == before


def test_ctrl_c_stops_cleanly_and_the_run_resumes(tmp_path):
    import synth
    corpus = tmp_path / "corpus"
    synth.write(corpus, 1500, 4, manifest=False)
    db = tmp_path / "runs.db"
    cmd = [XXGK, "score", str(corpus), "--store", str(db), "--jobs", "2", "--format", "json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.time() + 60
    while _rows(db) < 1 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "再次运行同一命令即可继续" in err and "Traceback" not in err
    stored = _rows(db)
    assert 0 < stored < 1500
    resumed = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0 and _rows(db) == 1500
    assert len(json.loads(resumed.stdout)) == 1500


@pytest.fixture
def small_disk(tmp_path):
    """A real 1 MB file system (tmpfs), so the store runs out of space the way a full disk does."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root: {done.stderr.strip()}); the SQLITE_FULL "
                    "test below still runs")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_a_clear_error_keeps_whole_files_only_and_resumes(tmp_path, small_disk):
    import synth
    corpus = tmp_path / "corpus"
    synth.write(corpus, 400, 5, manifest=False)  # about 2 MB in the store: more than the disk holds
    db = small_disk / "runs.db"
    cmd = [XXGK, "score", str(corpus), "--store", str(db), "--jobs", "2", "--format", "json"]
    full = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert full.returncode == 2 and "Traceback" not in full.stderr
    assert "磁盘已满" in full.stderr and "再次运行" in full.stderr
    with sqlite3.connect(db) as conn:  # what is there is whole: a consistent file, every stored file complete
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        kept = conn.execute("select count(distinct file_hash), count(*) from results").fetchone()
    assert kept[0] == kept[1] < 400  # one document per synthetic file: no file half-written
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)  # space freed
    resumed = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"；{kept[0]} 个文件沿用存储中的结果" in resumed.stderr or kept[0] == 0
    fresh = subprocess.run([*cmd[:3], "--store", str(tmp_path / "fresh.db"), *cmd[5:]], capture_output=True,
                           text=True, timeout=300)
    assert json.loads(resumed.stdout) == json.loads(fresh.stdout)


def test_a_store_that_fills_up_rolls_back_the_group_and_says_what_to_do(tmp_path):
    """The same on any machine: SQLite's own page limit gives the SQLITE_FULL a full disk gives."""
    import sqlalchemy as sa
    db = tmp_path / "runs.db"
    store = Store(str(db))
    run(ENGINE, [ROOT / "reports" / "03-shiwan-town-2021.txt"], store=store)
    store.close()
    store = Store(str(db))
    pages = sqlite3.connect(db).execute("pragma page_count").fetchone()[0]
    sa.event.listen(store.engine, "connect", lambda conn, _: conn.execute(f"pragma max_page_count = {pages + 2}"))
    store.engine.dispose()  # the pooled connection predates the limit
    with pytest.raises(StoreError, match="磁盘已满.*没有写入任何内容.*再次运行"):
        run(ENGINE, [ROOT / "reports"], store=store)
    store.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from results").fetchone() == (1,)  # only the earlier run's file


def test_payloads_share_evidence_and_old_rows_still_load():
    from engine.store import _load, decode, payload
    ev = ENGINE.evaluator.evaluate(next(iter(parse_file(ROOT / "reports" / "03-shiwan-town-2021.txt"))))
    data = decode(payload(ev))
    assert len(payload(ev)) < len(json.dumps(data, ensure_ascii=False).encode("utf-8")) / 3  # compressed
    assert len(data["evidence"]) < len(data["facts"])  # 表三's cells share their row's evidence
    again = _load(ev.report.source, ev.report.status, payload(ev))
    assert again.facts == ev.facts and again.findings == ev.findings
    old = {**data, "facts": {k: [f.value, f.evidence] for k, f in ev.facts.items()}}  # before v2's sharing
    del old["evidence"]
    assert _load(ev.report.source, ev.report.status, json.dumps(old, ensure_ascii=False)).facts == ev.facts


def test_the_payload_and_history_made_together_are_json_dumps_of_the_document():
    import zlib

    from engine.crossyear import NEEDED
    from engine.records import history_payload, payload, sketch_json
    from engine.similarity import sketch
    report = next(iter(parse_file(ROOT / "reports" / "03-shiwan-town-2021.txt")))
    ev = ENGINE.evaluator.evaluate(report)
    ev.sketch = sketch(report.text)
    made_once = sketch_json(ev)
    row, history = payload(ev, made_once), history_payload(ev, made_once)
    assert (row, history) == (payload(ev), history_payload(ev)) and len(ev.sketch) > 10
    assert history == json.dumps({"facts": {k: f.value for k, f in ev.facts.items()
                                            if k in NEEDED or k.startswith("doc.")},
                                  "fired": ev.fired, "sketch": ev.sketch}, ensure_ascii=False)
    data = json.loads(zlib.decompress(row))
    assert list(data)[-1] == "sketch" and data["sketch"] == ev.sketch
    assert zlib.decompress(row).decode("utf-8") == json.dumps(data, ensure_ascii=False)


def test_a_scoring_with_a_store_reads_and_hashes_each_file_once(tmp_path, monkeypatch, capsys):
    """The run's reuse key and the batch's store lookup need the same SHA-256 of every file: made once."""
    import engine.batch
    import engine.records
    import engine.runs
    from engine import cli
    from engine.records import file_hash

    hashed: list[str] = []

    def counting(path):
        hashed.append(str(path))
        return file_hash(path)

    monkeypatch.setattr(engine.batch, "file_hash", counting)
    monkeypatch.setattr(engine.runs, "file_hash", counting)
    monkeypatch.setattr(engine.records, "file_hash", counting)  # runs.inputs_key hashes in threads (file_hashes)
    db = tmp_path / "runs.db"
    argv = ["score", str(ROOT / "reports"), "--store", str(db), "--format", "json", "--today", "2026-12-01"]
    assert cli.main(argv) == 0
    files = sorted(str(p) for p in (ROOT / "reports").iterdir() if p.suffix != ".md")
    assert sorted(hashed) == files  # every file once: none twice, none skipped
    first = capsys.readouterr().out
    hashed.clear()
    assert cli.main([*argv, "--force"]) == 0  # a forced re-run scores again from the key's hashes
    assert sorted(hashed) == files
    assert capsys.readouterr().out == first
    with sqlite3.connect(db) as conn:
        stored = {h for (h,) in conn.execute("select distinct file_hash from results")}
    assert stored == {file_hash(f) for f in files}


def test_a_score_command_lists_its_folders_once(tmp_path, monkeypatch, capsys):
    """The job count, the reuse key, the progress bar and the batch all work from one listing (20,000 files take
    a quarter of a second of CPU to list)."""
    import engine.batch
    import engine.pipeline
    from engine import cli

    listed: list[tuple] = []
    real = engine.pipeline.listing

    def counting(paths, with_logs=False):
        listed.append(tuple(paths))
        return real(paths, with_logs)

    monkeypatch.setattr(engine.pipeline, "listing", counting)
    monkeypatch.setattr(engine.batch, "listing", counting)
    argv = ["score", str(ROOT / "reports"), "--store", str(tmp_path / "runs.db"), "--format", "json", "--jobs", "1"]
    assert cli.main(argv) == 0
    assert listed == [(ROOT / "reports",)]
    assert len(json.loads(capsys.readouterr().out)) == 24

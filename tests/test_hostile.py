"""Issue 14's probe table, row by row: hostile files, hostile rule files and broken stores each end in an error
line (or FILE:LINE, or a clear store message) while everything else still gets done.

Budgets are made small here (engine.limits.configure) so the bombs stay small: what is tested is that the
limit is enforced where the work happens and named in the message, not how fast a machine inflates zeros.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import hostile_files as H
import pytest
import yaml

from engine import limits
from engine.cli import main
from engine.pipeline import expand, parse_file
from engine.rules.loader import RuleError, load_rules

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"
XXGK = [str(Path(sys.executable).parent / "xxgk")]


@pytest.fixture
def budget():
    """Set smaller limits for one test; the defaults come back afterwards."""
    saved = limits.current()
    yield lambda **kw: limits.configure(limits.Limits(**kw))
    limits.configure(saved)


def _error(path: Path) -> str:
    (result,) = parse_file(path)
    assert result.status == "error", result
    return result.error or ""


def _cli(*args: str, timeout: float = 600, **kw) -> subprocess.CompletedProcess:
    # the timeout only keeps a hang (the bug) from hanging the suite; nothing here asserts time
    return subprocess.run([*XXGK, *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout, **kw)


# ---------------------------------------------------------------- bombs and budgets


def test_docx_zip_bomb_is_an_error_line_naming_the_limit(tmp_path, budget):
    budget(unpacked_mb=4)
    bomb = H.write(tmp_path, "bomb.docx", H.docx(["政府信息公开工作年度报告"], pad_mb=12))
    assert bomb.stat().st_size < 1 << 20  # a small file...
    message = _error(bomb)  # ...that inflates past the budget: stopped before python-docx reads it
    assert "解压后超过上限" in message and "--max-unpacked-mb" in message and str(bomb) in message
    ok = H.write(tmp_path, "ok.docx", H.docx(H.REPORT.splitlines()))
    assert parse_file(ok)[0].status != "error"


def test_zip_member_that_inflates_past_its_declared_size_is_still_stopped(tmp_path, budget):
    """check_zip reads each member as a stream up to the budget: the declared sizes alone are not trusted."""
    budget(unpacked_mb=2)
    data = H.docx(["报告"], pad_mb=3)
    with pytest.raises(limits.BudgetExceeded, match="解压后超过上限"):
        limits.check_zip(data, "x.docx")
    assert limits.check_zip(H.docx(["报告"]), "ok.docx") is None


def _docx_with_lying_body(declared: int) -> bytes:
    """A .docx whose word/document.xml holds 3 MB (mostly spaces) but whose zip headers declare `declared` bytes."""
    import io
    import struct
    import zipfile
    src, out = zipfile.ZipFile(io.BytesIO(H.docx(["报告"]))), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/document.xml":
                head, tail = body.split(b"</w:body>", 1)
                body = head + b" " * (3 << 20) + b"</w:body>" + tail
            dst.writestr(info.filename, body)
    data = bytearray(out.getvalue())
    local = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml").header_offset
    struct.pack_into("<I", data, local + 22, declared)  # the local header's uncompressed size
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:  # and the central directory's
        if data[pos + 46:pos + 46 + struct.unpack_from("<H", data, pos + 28)[0]] == b"word/document.xml":
            struct.pack_into("<I", data, pos + 24, declared)
        pos = data.find(b"PK\x01\x02", pos + 4)
    return bytes(data)


def test_docx_body_that_inflates_past_its_declared_size_is_an_error_line(tmp_path, budget):
    """Only the declared sizes are checked before reading; the body's read is a stream that cannot go past what
    the zip declares (zipfile stops there and the checksum fails) nor past the budget."""
    budget(unpacked_mb=2)
    message = _error(H.write(tmp_path, "lying.docx", _docx_with_lying_body(1000)))
    assert "无法读取的 Word .docx" in message and "lying.docx" in message


def test_zip_member_read_stops_at_the_budget(budget):
    import io
    import zipfile
    budget(unpacked_mb=2)
    archive = zipfile.ZipFile(io.BytesIO(H.docx(["报告"], pad_mb=3)))
    info = archive.getinfo("word/document.xml")
    with pytest.raises(limits.BudgetExceeded, match="解压后超过上限.*word/document.xml"):
        limits.read_member(archive, info, "x.docx")
    assert len(limits.read_member(archive, info, "x.docx", budget=4 << 20)) == info.file_size


def test_docx_inflates_only_its_body(tmp_path, monkeypatch):
    """Styles, theme and settings (0.85 MB in python-docx's template) are never inflated: only word/document.xml
    is opened, after every member's declared size was checked."""
    import zipfile
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def recording(self, name, *a, **kw):
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *a, **kw)

    path = H.write(tmp_path, "ok.docx", H.docx(H.REPORT.splitlines()))
    monkeypatch.setattr(zipfile.ZipFile, "open", recording)
    (result,) = parse_file(path)
    assert result.status != "error" and opened == ["word/document.xml"]


def test_pdf_whose_streams_inflate_past_the_budget_is_an_error_line(tmp_path, budget):
    budget(unpacked_mb=4)
    bomb = H.write(tmp_path, "bomb.pdf", H.pdf([H.text_ops(["Annual report"]), b" " * (12 << 20)]))
    assert bomb.stat().st_size < 1 << 20
    message = _error(bomb)
    assert "解压后超过上限" in message and "PDF" in message and "--max-unpacked-mb" in message


def test_doubly_compressed_pdf_stream_counts_its_inner_output(budget):
    budget(unpacked_mb=2)
    import zlib
    inner = zlib.compress(b" " * (6 << 20), 9)  # /Filter [/FlateDecode /FlateDecode]
    with pytest.raises(limits.BudgetExceeded, match="解压后超过上限"):
        limits.check_pdf_streams(H.pdf([inner]), "x.pdf")


def test_pdf_stream_check_inflates_only_what_the_budget_needs_and_decides_as_inflating_all():
    """check_pdf_streams clears most streams by deflate's ratio bound and inflates only part of the largest; its
    verdict must still be exactly "the streams together inflate past the budget", at every budget around the
    real total and around the bound. Random text (ratio ~1.5), spaces (~1000) and a doubly compressed stream."""
    import random
    import zlib
    rng = random.Random(7)
    noisy = bytes(rng.choice(b"BT Tj ET 0123456789 ") for _ in range(300_000))
    inner = zlib.compress(b"0 " * (1 << 19), 9)  # its output counts, and the 1 MB that inflates to
    streams = [noisy, b" " * (3 << 20), inner, noisy[:40_000], H.text_ops(["x"])]
    data = H.pdf(streams)
    real = len(noisy) + (3 << 20) + len(inner) + (1 << 20) + 40_000 + len(H.text_ops(["x"]))
    compressed = sum(len(zlib.compress(s, 9)) for s in streams)
    for cap in sorted({real - 1, real, real + 1, real + 5_000, 2 * real, 1032 * compressed - 1, 1032 * compressed,
                       1032 * compressed + 10_000, real - 300_000, (3 << 20) + (1 << 20)}):
        budget = limits.Limits(unpacked_mb=cap / limits.MB)
        assert int(budget.unpacked_mb * limits.MB) == cap
        if real > cap:
            with pytest.raises(limits.BudgetExceeded, match="解压后超过上限"):
                limits.check_pdf_streams(data, "x.pdf", budget)
        else:
            assert limits.check_pdf_streams(data, "x.pdf", budget) is None, cap


def test_deflate_never_beats_the_ratio_bound():
    """The bound check_pdf_streams relies on: the best deflate can do (one byte repeated) stays under 1032 to 1."""
    import zlib
    for size in (1 << 10, 1 << 20, 64 << 20):
        assert size / len(zlib.compress(b"\0" * size, 9)) < limits._MAX_RATIO


def test_pdf_over_the_page_limit(tmp_path, budget):
    budget(pages=3)
    message = _error(H.write(tmp_path, "long.pdf", H.pdf([H.text_ops(["page text"])], pages=5)))
    assert "页数超过上限" in message and "--max-pages" in message


def test_text_over_the_character_limit(tmp_path, budget):
    budget(chars=10_000)
    message = _error(H.write(tmp_path, "long.txt", (H.REPORT * 200).encode()))
    assert "文字字数超过上限" in message and "--max-chars" in message


def test_file_over_the_size_limit(tmp_path, budget):
    budget(file_mb=0.01)
    message = _error(H.write(tmp_path, "big.txt", (H.REPORT * 40).encode()))
    assert "文件大小超过上限" in message and "--max-file-mb" in message


def test_wall_time_budget_in_one_process(tmp_path, budget, monkeypatch):
    """A file that keeps the parser busy past --max-seconds becomes an error line; the next file is read."""
    import time as clock

    import engine.pipeline
    budget(seconds=0.5)
    real = engine.pipeline.parse

    def stuck(doc):
        if "stuck" in doc.source:
            while True:
                clock.sleep(0.05)
        return real(doc)

    monkeypatch.setattr(engine.pipeline, "parse", stuck)
    message = _error(H.write(tmp_path, "stuck.txt", H.REPORT.encode()))
    assert "处理时间超过上限" in message and "--max-seconds" in message
    assert parse_file(H.write(tmp_path, "fine.txt", H.REPORT.encode()))[0].status != "error"


def test_password_protected_pdf(tmp_path):
    message = _error(H.write(tmp_path, "locked.pdf", H.pdf([H.text_ops(["secret"])], encrypt=True)))
    assert "该PDF已加密，需要密码" in message


def test_the_word_encrypt_in_page_text_is_not_encryption(tmp_path):
    data = H.pdf([H.text_ops(["/Encrypt 5 0 R"])], compress=False)
    assert not limits.pdf_encrypted(data)  # only trailers count
    assert limits.pdf_encrypted(H.pdf([H.text_ops(["x"])], encrypt=True))


def test_limits_are_listed_in_help():
    for command in ("score", "parse"):
        run = _cli(command, "--help")
        for option in ("--max-file-mb", "--max-unpacked-mb", "--max-pages", "--max-chars", "--max-seconds",
                       "--max-memory-mb"):
            assert option in run.stdout, (command, option)


def test_limit_options_reach_the_readers(tmp_path):
    path = H.write(tmp_path, "long.txt", (H.REPORT * 50).encode())
    run = _cli("parse", str(path), "--max-chars", "1000")
    assert run.returncode == 3 and "文字字数超过上限" in run.stdout


def test_a_commands_limits_end_with_the_command(tmp_path, capsys):
    """main() called in a process that goes on keeps its --max-* budget to its own command: CI once failed when
    a test's in-process `parse --max-chars 2000` left that budget to the next test on the same xdist worker, whose
    reports then failed as too long."""
    path = H.write(tmp_path, "long.txt", (H.REPORT * 50).encode())
    saved = limits.current()
    assert main(["parse", str(path), "--max-chars", "1000"]) == 3
    assert "文字字数超过上限" in capsys.readouterr().out
    assert limits.current() == saved
    results = parse_file(path)  # (the repeated report reads as several documents)
    assert results and all(r.status != "error" for r in results), results[0].error


# ---------------------------------------------------------------- only regular files


def test_fifo_given_as_input_is_an_error_line_not_a_hang(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    run = _cli("parse", str(fifo), timeout=120)
    assert run.returncode == 3 and "不是普通文件" in run.stdout and "命名管道" in run.stdout
    score = _cli("score", str(fifo), str(ROOT / "reports" / "03-shiwan-town-2021.txt"), timeout=300)
    assert score.returncode == 3 and "命名管道" in score.stderr and "未能读取 1 个文件" in score.stderr


def test_txt_symlink_to_dev_zero_is_an_error_line(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    message = _error(link)
    assert "不是普通文件" in message and "字符设备" in message and "/dev/zero" in message


def test_fifo_socket_and_device_in_a_scanned_folder_are_listed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "reports" / "03-shiwan-town-2021.txt", folder / "good.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "null.txt").symlink_to("/dev/null")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    try:
        files, errors = expand([folder])
    finally:
        server.close()
    assert files == [folder / "good.txt"]
    listed = {Path(e.source).name: e.error for e in errors}
    assert set(listed) == {"pipe.txt", "null.txt", "sock.txt"}
    assert "命名管道" in listed["pipe.txt"] and "字符设备" in listed["null.txt"] and "套接字" in listed["sock.txt"]


# ---------------------------------------------------------------- rule files


def _rules_with(tmp_path: Path, name: str, text: str) -> Path:
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    target = root / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return root


PROBE_RULE = {
    "id": "common.probe.rule", "title": "探针规则", "basis": "测试", "topic": "quality.placeholder",
    "severity": "minor", "points": 1, "applies_to": {"kind": ["government_annual"]},
    "when": {"fact": "doc.year", "gt": 2020},
    "examples": [{"facts": {"doc.kind": "government_annual", "doc.year": 2021}, "fires": True},
                 {"facts": {"doc.kind": "government_annual", "doc.year": 2019}, "fires": False}],
}


def _problems(root: Path) -> list[str]:
    with pytest.raises(RuleError) as caught:
        load_rules(root)
    return caught.value.problems


def test_yaml_alias_bomb_in_a_rule_is_file_line(tmp_path, capsys):
    bomb = textwrap.dedent("""\
        id: common.probe.rule
        title: 探针
        a: &a [{fact: doc.year, gt: 1}, {fact: doc.year, gt: 1}, {fact: doc.year, gt: 1}]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        when: {all: [*h, *h, *h, *h, *h, *h, *h, *h, *h]}
        """)
    root = _rules_with(tmp_path, "common/probe/bomb.yaml", bomb)
    (problem,) = [p for p in _problems(root) if "bomb.yaml" in p]
    assert problem.split(": ")[0].endswith("bomb.yaml:8") and "别名" in problem  # where the count passes the limit
    assert main(["rules", "lint", str(root)]) == 2
    assert "bomb.yaml:8:" in capsys.readouterr().err


def test_condition_nested_3000_levels_is_file_line_not_an_internal_error(tmp_path, capsys):
    head = yaml.safe_dump({k: v for k, v in PROBE_RULE.items() if k != "when"}, allow_unicode=True)
    when = "{not: " * 3000 + "{fact: doc.year, gt: 2020}" + "}" * 3000
    root = _rules_with(tmp_path, "common/probe/deep.yaml", head + f"when: {when}\n")
    (problem,) = [p for p in _problems(root) if "deep.yaml" in p]
    assert ".yaml:" in problem and "嵌套超过" in problem
    assert main(["rules", "lint", str(root)]) == 2
    assert "internal error" not in capsys.readouterr().err


def test_condition_depth_limit_comes_from_the_schema(tmp_path):
    from engine.rules.loader import max_condition_depth, schema
    limit = schema("rule.schema.json")["$defs"]["condition"]["x-maxDepth"]
    assert max_condition_depth() == limit
    when: dict = {"fact": "doc.year", "gt": 2020}
    for _ in range(limit):  # `not` × limit, plus the leaf: one level too deep
        when = {"not": when}
    root = _rules_with(tmp_path, "common/probe/deep.yaml", yaml.safe_dump({**PROBE_RULE, "when": when}))
    (problem,) = [p for p in _problems(root) if "deep.yaml" in p]
    assert f"条件嵌套超过 {limit} 层" in problem and "deep.yaml:" in problem


@pytest.mark.parametrize("name", ["common/probe/rule.yml", "stray.yaml", "common/probe/rule.YAML"])
def test_yaml_files_that_would_be_ignored_are_reported(tmp_path, name, capsys):
    root = _rules_with(tmp_path, name, yaml.safe_dump(PROBE_RULE, allow_unicode=True))
    problems = _problems(root)
    assert any(p.split(":")[0].endswith(Path(name).name) and ":1: 未加载：" in p for p in problems), problems
    assert main(["rules", "lint", str(root)]) == 2
    assert "no problems" not in capsys.readouterr().out


def test_c_loader_gives_the_same_data_and_lines_as_the_python_loader():
    from engine.rules import yamlpos
    assert yamlpos.SafeLoader is yaml.CSafeLoader
    for path in sorted(RULES.rglob("*.yaml"))[:40]:
        text = path.read_text(encoding="utf-8")
        data, node = yamlpos.load_with_positions(text)
        assert data == yaml.load(text, Loader=yaml.SafeLoader)
        slow = yaml.compose(text, Loader=yaml.SafeLoader)
        assert [n.start_mark.line for n in _nodes(node)] == [n.start_mark.line for n in _nodes(slow)]


def _nodes(node):
    stack, out = [node], []
    while stack:
        n = stack.pop()
        out.append(n)
        if isinstance(n, yaml.MappingNode):
            stack += [x for pair in n.value for x in pair]
        elif isinstance(n, yaml.SequenceNode):
            stack += n.value
    return out


# ---------------------------------------------------------------- outputs


def test_unwritable_out_is_refused_before_any_work(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    store = tmp_path / "runs.db"
    run = _cli("score", "--out", str(blocker / "out"), "--store", str(store))
    assert run.returncode == 2 and "无法写入输出文件夹" in run.stderr and "尚未开始评分" in run.stderr
    assert "internal error" not in run.stderr and not store.exists()  # nothing was started


def _on_read_only_media(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """Run xxgk with `folder` mounted read-only (a bind mount in a private mount namespace, gone afterwards)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a read-only folder")
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("mount namespaces are not available here")
    script = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && exec "$@"'
    return subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script, str(folder), *XXGK,
                           *args], capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_read_only_out_is_refused_before_any_work(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    run = _on_read_only_media(out, "score", "--out", str(out), "--format", "md", "--store", str(tmp_path / "r.db"))
    assert run.returncode == 2 and "只读文件系统" in run.stderr and "尚未开始评分" in run.stderr, run.stderr
    assert "internal error" not in run.stderr and not (tmp_path / "r.db").exists()


def test_outputs_are_written_atomically(tmp_path, monkeypatch):
    from engine import output
    target = tmp_path / "scorecards.md"
    target.write_bytes(b"old complete file")

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", fail)
    with pytest.raises(OSError):
        output.write_atomic(target, b"new" * 1000)
    assert target.read_bytes() == b"old complete file"  # never half-written
    assert [p.name for p in tmp_path.iterdir()] == ["scorecards.md"]  # no temporary file left behind
    monkeypatch.undo()
    output.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"


# ---------------------------------------------------------------- stores


def _store_with_a_run(tmp_path: Path) -> Path:
    db = tmp_path / "runs.db"
    run = _cli("score", "reports/03-shiwan-town-2021.txt", "--store", str(db))
    assert run.returncode == 0, run.stderr
    return db


def test_corrupted_sqlite_store_says_damaged_and_how_to_recover(tmp_path):
    db = tmp_path / "runs.db"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    for args in (["history", "某机构"], ["score", "reports/03-shiwan-town-2021.txt"]):
        run = _cli(*args, "--store", str(db))
        assert run.returncode == 2 and "已损坏" in run.stderr and ".recover" in run.stderr, run.stderr
        assert "SELECT" not in run.stderr and "PRAGMA" not in run.stderr and "[SQL" not in run.stderr


@pytest.mark.parametrize(("url", "words"), [
    ("mysql+nosuchdriver://u@h/db", "不支持的地址类型"),
    ("not a url://", "无法识别的存储地址"),
    ("postgresql+psycopg://xxgk:secret@127.0.0.1:1/db", "无法连接数据库服务器"),
    ("postgresql+pg8000://u@127.0.0.1:1/db", "缺少数据库驱动"),
])
def test_store_errors_say_what_is_wrong(url, words):
    from engine.store import Store, StoreError
    with pytest.raises(StoreError) as caught:
        Store(url)
    assert words in str(caught.value) and "secret" not in str(caught.value)


def test_locked_store_says_locked(tmp_path):
    from engine.store import Store, StoreError
    db = tmp_path / "runs.db"
    store = Store(str(db))
    holder = sqlite3.connect(db, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store.engine.dispose()
        store.engine = __import__("sqlalchemy").create_engine(f"sqlite:///{db}", connect_args={"timeout": 0.1})
        with pytest.raises(StoreError, match="锁定"):
            store.begin_run("auto", "v", [])
    finally:
        holder.rollback()
        holder.close()


def test_history_on_a_read_only_store(tmp_path):
    """Read-only media: history opens the store read-only (no WAL files, no schema creation)."""
    db = _store_with_a_run(tmp_path)
    run = _on_read_only_media(tmp_path, "history", "石湾镇人民政府", "--store", str(db))
    assert run.returncode == 0, run.stderr
    assert "石湾镇" in run.stdout


def test_run_killed_with_kill_9_shows_as_interrupted(tmp_path):
    from engine.store import Store, runs
    db = tmp_path / "runs.db"
    code = (f"import os, signal; from engine.store import Store; s = Store({str(db)!r}); "
            "s.begin_run('auto', 'v', []); os.kill(os.getpid(), signal.SIGKILL)")
    killed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=300)
    assert killed.returncode == -signal.SIGKILL
    mine = Store(str(db))
    live = mine.begin_run("auto", "v", [])  # this process is alive: its run stays running
    with Store(str(db)).engine.connect() as conn:
        status = dict(conn.execute(__import__("sqlalchemy").select(runs.c.id, runs.c.status)).all())
    assert status == {1: "interrupted", live: "running"}


def test_sigterm_during_a_batch_stops_cleanly_and_resumes(tmp_path):
    import sqlalchemy as sa

    from engine.store import Store, StoreError, runs
    folder = tmp_path / "in"
    folder.mkdir()
    sample = (ROOT / "reports" / "03-shiwan-town-2021.txt").read_text(encoding="utf-8")
    # distinct bytes: each is scored, none reused; enough of them that the batch is still running when the signal
    # comes (60 took ≈ 0.3 s once workers ran in groups, and the run could end before it)
    for i in range(400):
        (folder / f"r{i:03d}.txt").write_text(sample + f"\n附：第{i}份。\n", encoding="utf-8")
    db = tmp_path / "runs.db"
    proc = subprocess.Popen([*XXGK, "score", str(folder), "--store", str(db), "--jobs", "1"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while proc.poll() is None:  # wait until the run has begun (it is in the store), then stop it
        with contextlib.suppress(StoreError):
            if db.exists() and Store(str(db), readonly=True).count(runs) > 0:
                break
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 143, err
    assert "Traceback" not in err and "SIGTERM" in err
    with Store(str(db), readonly=True).engine.connect() as conn:
        assert conn.execute(sa.select(runs.c.status)).scalar() == "interrupted"
    again = _cli("score", str(folder), "--store", str(db), "--jobs", "1")
    assert again.returncode == 0 and "共读取 400 份文件" in again.stderr


def test_a_parallel_batch_with_hostile_files_loses_nothing_else(tmp_path, budget):
    """Workers get the parent's limits; each hostile file is one error line and every good file is scored."""
    from engine.batch import Engine, run
    budget(unpacked_mb=4)
    folder = tmp_path / "in"
    folder.mkdir()
    good = ["03-shiwan-town-2021.txt", "05-baichuan-eeb-2022-late.txt", "15-minghu-city-2022-clean.txt"]
    for name in good:
        shutil.copy(ROOT / "reports" / name, folder / name)
    H.write(folder, "bomb.docx", H.docx(["年度报告"], pad_mb=12))
    H.write(folder, "locked.pdf", H.pdf([H.text_ops(["secret"])], encrypt=True))
    os.mkfifo(folder / "pipe.txt")
    result = run(Engine.load(), [folder], jobs=2)
    errors = {Path(e.source).name: e.error for e in result.errors}
    assert set(errors) == {"bomb.docx", "locked.pdf", "pipe.txt"}
    assert "解压后超过上限" in errors["bomb.docx"] and "该PDF已加密" in errors["locked.pdf"]
    assert sorted(Path(ev.report.source).name for ev in result.evaluations) == sorted(good)


# ---------------------------------------------------------------- file names


def test_as_text_writes_undecodable_name_bytes_as_escapes():
    from engine.pipeline import as_text
    assert as_text(os.fsdecode(b"/in/bad\xffname.txt")) == "/in/bad\\xffname.txt"
    assert as_text(os.fsdecode(b"\xe5\xb9\xb4\xb6")) == "年\\xb6"  # a name cut inside a character
    assert as_text("\ud800x") == "\\ud800x"  # a surrogate no file name decodes to
    name = "/in/年度报告 (1)\n.txt"
    assert as_text(name) is name  # valid text: itself, not a copy


@pytest.mark.parametrize("fmt", ["json", "md", "html", "csv", "xlsx", "table"])
def test_a_file_name_that_is_not_unicode_is_named_readably_in_every_output(tmp_path, fmt):
    """A name whose bytes are not UTF-8 (a GBK name copied from a Windows share, a name cut by a tool) once stopped
    the whole batch's output with an internal error: every output and the store need valid text."""
    folder = tmp_path / "in"
    folder.mkdir()
    gbk_name = os.fsdecode(bytes(folder) + b"/\xc4\xea.txt")  # 年.txt saved in GBK
    shutil.copy(ROOT / "reports" / "03-shiwan-town-2021.txt", gbk_name)
    shutil.copy(ROOT / "reports" / "15-minghu-city-2022-clean.txt", folder / "minghu.txt")
    Path(os.fsdecode(bytes(folder) + b"/broken\xfe.pdf")).write_bytes(b"%PDF-1.4 not really")
    out, store = tmp_path / "out", tmp_path / "runs.db"
    run = _cli("score", str(folder), "--format", fmt, "--out", str(out), "--store", str(store))
    assert run.returncode == 3, run.stderr  # partial: the broken PDF has its error line, the rest is scored
    assert "内部错误" not in run.stderr
    assert f"{folder}/broken\\xfe.pdf：" in run.stderr
    (written,) = out.iterdir()
    if fmt == "json":
        cards = json.loads(written.read_bytes().decode("utf-8"))  # valid UTF-8 throughout
        inputs = sorted(i for card in cards for i in card["inputs"])
        assert inputs == [f"{folder}/\\xc4\\xea.txt", f"{folder}/minghu.txt"]
    with sqlite3.connect(store) as db:
        sources = sorted(s for (s,) in db.execute("select source from results"))
    assert sources == [f"{folder}/\\xc4\\xea.txt", f"{folder}/broken\\xfe.pdf", f"{folder}/minghu.txt"]


def test_parse_names_undecodable_file_names_readably_in_valid_json_lines(tmp_path):
    from engine.batch import Engine, run
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        shutil.copy(ROOT / "reports" / "03-shiwan-town-2021.txt", os.fsdecode(bytes(folder) + b"/r%d\xff.txt" % i))
    Path(os.fsdecode(bytes(folder) + b"/empty\xff.txt")).write_bytes(b"")
    done = _cli("parse", str(folder))
    assert done.returncode == 3, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(d["source"], d["status"]) for d in lines] == [
        (f"{folder}/empty\\xff.txt", "error"), *((f"{folder}/r{i}\\xff.txt", "ok") for i in range(3))]
    assert lines[0]["error"].startswith(f"{folder}/empty\\xff.txt：文件是空的")
    # the same names from a batch's workers
    result = run(Engine.load(), [folder], jobs=2)
    assert [e.source for e in result.errors] == [f"{folder}/empty\\xff.txt"]
    assert sorted(ev.report.source for ev in result.evaluations) == [f"{folder}/r{i}\\xff.txt" for i in range(3)]


def test_a_bug_on_one_file_is_its_error_line_in_parse_too(tmp_path, monkeypatch, capsys):
    """As a batch's worker does (batch._guarded): `xxgk parse` over a folder goes on past a file that trips a bug."""
    import engine.pipeline as pipeline
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(ROOT / "reports" / "03-shiwan-town-2021.txt", tmp_path / name)
    real = pipeline.parse_file

    def parse_file(path, sha256=None):
        if path.name == "b.txt":
            raise RuntimeError("a bug")
        return real(path, sha256)
    monkeypatch.setattr(pipeline, "parse_file", parse_file)
    assert main(["parse", str(tmp_path)]) == 3
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(Path(d["source"]).name, d["status"]) for d in lines] == [("a.txt", "ok"), ("b.txt", "error"),
                                                                      ("c.txt", "ok")]
    assert "内部错误" in lines[1]["error"] and "RuntimeError('a bug')" in lines[1]["error"]
    with pytest.raises(RuntimeError):  # --debug shows the bug itself
        main(["--debug", "parse", str(tmp_path)])


def test_a_line_break_in_a_file_name_keeps_its_error_line_one_line(tmp_path, capsys):
    """Unix allows a line break in a name; the 未能读取 line a person and a log reader count on stays one line, in
    `score` and in `explain`, the name's break written \\n (the JSON outputs escape it themselves)."""
    folder = tmp_path / "in"
    folder.mkdir()
    broken = folder / "年\n报.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    shutil.copy(ROOT / "reports" / "15-minghu-city-2022-clean.txt", folder / "minghu.txt")
    assert main(["score", str(folder), "--format", "json"]) == 3
    err = capsys.readouterr().err.splitlines()
    unread = [line for line in err if line.startswith("未能读取：")]
    assert unread == [line for line in err if "报.pdf" in line]
    assert len(unread) == 1 and unread[0].startswith(f"未能读取：{folder}/年\\n报.pdf：无法读取的PDF文件")
    assert main(["explain", str(broken)]) == 3
    assert capsys.readouterr().err.splitlines()[0].startswith(f"未能读取：{folder}/年\\n报.pdf：")

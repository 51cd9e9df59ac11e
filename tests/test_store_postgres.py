"""The store on a real PostgreSQL server, started by this test (Debian's postgresql; CI installs it)."""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from engine.batch import Engine, run
from engine.store import History, Store

ROOT = Path(__file__).resolve().parents[1]
BINDIR = sorted(glob.glob("/usr/lib/postgresql/*/bin"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url():
    if not BINDIR:
        pytest.skip("Debian postgresql not installed (CI installs it: apt-get install postgresql)")
    pytest.importorskip("psycopg")
    bindir = BINDIR[-1]
    data = Path(tempfile.mkdtemp(prefix="xxgk-pg-")) / "data"  # pytest's tmp dirs are private to root
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        user = pwd.getpwnam("postgres")
        data.parent.chmod(0o777)
        as_postgres = ["runuser", "-u", user.pw_name, "--"]
    port = _free_port()
    subprocess.run([*as_postgres, f"{bindir}/initdb", "-D", str(data), "-U", "xxgk", "--auth=trust"],
                   check=True, capture_output=True)
    log = data.parent / "server.log"
    subprocess.run([*as_postgres, f"{bindir}/pg_ctl", "-D", str(data), "-l", str(log), "-w", "-o",
                    f"-p {port} -k {data.parent} -h 127.0.0.1", "start"], check=True, capture_output=True)
    try:
        url = f"postgresql+psycopg://xxgk@127.0.0.1:{port}/postgres"
        deadline = time.time() + 20
        while True:
            try:
                Store(url)
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.3)
        yield url
    finally:
        subprocess.run([*as_postgres, f"{bindir}/pg_ctl", "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(data.parent, ignore_errors=True)


def test_postgres_store_works_like_sqlite(postgres_url, tmp_path):
    engine = Engine.load()
    store = Store(postgres_url)
    first = run(engine, [ROOT / "reports"], store=store, force=True)
    again = run(engine, [ROOT / "reports"], store=Store(postgres_url))
    assert again.reused == len([p for p in (ROOT / "reports").iterdir() if p.suffix != ".md"])
    cards = lambda r: sorted(json.dumps(c.to_json(), ensure_ascii=False, sort_keys=True) for c in r.cards)  # noqa: E731
    assert cards(first) == cards(again)
    local = run(engine, [ROOT / "reports"], store=Store(str(tmp_path / "runs.db")))
    assert cards(local) == cards(first)
    assert [c["period"] for c in History(store).of("明湖市人民政府")] == ["2022"]


def test_the_review_workbench_on_postgres(postgres_url):
    """The workbench's tables, indexes and queries on PostgreSQL ("user" is a reserved word there)."""
    from web_support import PASSWORD, client_as, csrf, decide_url, finding_target

    from engine import accounts
    store = Store(postgres_url)
    run(Engine.load(), [ROOT / "reports" / "05-baichuan-eeb-2022-late.txt"], store=store, force=True)
    client = client_as(postgres_url, None)  # creates the review tables
    accounts.add_user(store.engine, "pg-rita", "reviewer", PASSWORD)
    client = client_as(postgres_url, "pg-rita")
    run_id = int(client.get("/runs").text.split('href="/runs/')[1].split('"')[0])
    url, fields = finding_target(client, run_id, "柏川")
    page = client.get(url).text
    assert client.post(decide_url(url), data={**fields, "action": "dismiss", "reason": "pg",
                                              "csrf": csrf(page)}).status_code == 200
    assert 'id="state">撤销' in client.get(url).text
    assert ">100<" in client.get(f"/runs/{run_id}?sort=reviewed").text
    assert client.post(f"/runs/{run_id}/signoff", data={"csrf": csrf(page)}).status_code == 200
    assert client.get(f"/runs/{run_id}/export.xlsx").status_code == 200
    assert "pg-rita" in client.get(f"/runs/{run_id}/audit.csv").content.decode("utf-8-sig")


def test_a_v1_store_on_postgresql_is_migrated_and_its_text_payloads_still_load(postgres_url):
    """v2 made results.payload binary (compressed JSON): a v1 server store converts its text column in place."""
    import sqlalchemy as sa

    from engine.pipeline import parse_file
    from engine.store import decode, payload

    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text("DROP DATABASE IF EXISTS xxgk_v1"))
        conn.execute(sa.text("CREATE DATABASE xxgk_v1"))
    admin.dispose()
    url = postgres_url.rsplit("/", 1)[0] + "/xxgk_v1"
    engine = Engine.load()
    ev = engine.evaluator.evaluate(parse_file(ROOT / "reports" / "03-shiwan-town-2021.txt")[0])
    old_json = json.dumps(decode(payload(ev)), ensure_ascii=False)  # the same content, as v1's JSON text
    Store(url).close()
    db = sa.create_engine(url)
    with db.begin() as conn:  # back to v1: a text payload, no history column, version 1
        conn.execute(sa.text("ALTER TABLE results DROP COLUMN history"))
        conn.execute(sa.text("ALTER TABLE scorecards DROP COLUMN level, DROP COLUMN region, DROP COLUMN veto, "
                             "DROP COLUMN change, DROP COLUMN previous_period, DROP COLUMN deductions"))
        conn.execute(sa.text("ALTER TABLE results ALTER COLUMN payload TYPE text"))
        conn.execute(sa.text("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
        conn.execute(sa.text("INSERT INTO results (file_hash, position, rules_version, profile, source, status, "
                             "agency, period, payload) VALUES ('abc', 0, :rv, 'auto', 's.txt', 'ok', :a, '2021', :p)"),
                     {"rv": engine.rules_version, "a": "临川县石湾镇人民政府", "p": old_json})
    db.dispose()
    store = Store(url)
    (loaded,) = store.cached_many(["abc"], engine.rules_version, "auto")["abc"]
    assert loaded.facts == ev.facts and loaded.findings == ev.findings
    (earlier,) = store.periods({"2021"})["2021"]
    assert earlier.facts["requests.received"].value == ev.facts["requests.received"].value
    store.close()


def test_two_batches_of_the_same_files_at_once_both_succeed(postgres_url):
    """Two batches writing the same files' results at the same moment (issue 14): the second transaction's
    rows meet the first's, uncommitted, on the unique key. It waits, then replaces them instead of failing."""
    import threading

    import sqlalchemy as sa

    from engine.pipeline import parse_file
    from engine.store import _write_files, payload, results

    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text("DROP DATABASE IF EXISTS xxgk_race"))
        conn.execute(sa.text("CREATE DATABASE xxgk_race"))
    admin.dispose()
    url = postgres_url.rsplit("/", 1)[0] + "/xxgk_race"
    engine = Engine.load()
    ev = engine.evaluator.evaluate(parse_file(ROOT / "reports" / "03-shiwan-town-2021.txt")[0])
    ev.stored = payload(ev)
    first, second = Store(url), Store(url)
    run_a, run_b = first.begin_run("auto", "v", []), second.begin_run("auto", "v", [])
    outcome: list[BaseException | None] = []
    with first.engine.connect() as conn:
        transaction = conn.begin()
        _write_files(conn, run_a, "v", "auto", [("hash-1", [ev])])  # written, not yet committed

        def other_batch():
            try:
                second.save_files(run_b, "v", "auto", [("hash-1", [ev])])
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
                outcome.append(exc)

        thread = threading.Thread(target=other_batch)
        thread.start()
        thread.join(1.0)  # the other batch now waits on our uncommitted row
        transaction.commit()
    thread.join()
    assert outcome == [None]
    with first.engine.connect() as conn:
        assert conn.execute(sa.select(results.c.run_id).where(results.c.file_hash == "hash-1")).all() == [(run_b,)]
    for store in (first, second):
        store.close()


def test_two_concurrent_score_commands_into_one_postgres_store(postgres_url, tmp_path):
    import subprocess
    import sys
    commands = [subprocess.Popen([str(Path(sys.executable).parent / "xxgk"), "score", str(ROOT / "reports"), "--store",
                                  postgres_url, "--force", "--format", "json"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for command in commands:
        _, err = command.communicate(timeout=900)
        assert command.returncode == 0, err


def test_killed_run_on_postgres_shows_as_interrupted_once_its_lock_is_gone(postgres_url):
    """On a server the run's advisory lock is the proof of life: another machine can tell a run is dead."""
    import signal
    import subprocess
    import sys

    import sqlalchemy as sa

    from engine.store import runs
    code = (f"import os, signal; from engine.store import Store; s = Store({postgres_url!r}); "
            "print(s.begin_run('auto', 'v', []), flush=True); os.kill(os.getpid(), signal.SIGKILL)")
    killed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL
    run_id = int(killed.stdout)
    alive = Store(postgres_url)
    mine = alive.begin_run("auto", "v", [])
    deadline = time.time() + 60  # the server notices the closed connection at once; allow for a slow machine
    while True:
        with Store(postgres_url).engine.connect() as conn:
            status = dict(conn.execute(sa.select(runs.c.id, runs.c.status).where(runs.c.id.in_([run_id, mine]))).all())
        if status[run_id] == "interrupted" or time.time() > deadline:
            break
        time.sleep(0.5)
    assert status == {run_id: "interrupted", mine: "running"}
    alive.close()


def test_read_only_opening_on_postgres_reads_and_refuses_writes(postgres_url):
    from engine.store import StoreError
    run(Engine.load(), [ROOT / "reports" / "15-minghu-city-2022-clean.txt"], store=Store(postgres_url), force=True)
    reader = Store(postgres_url, readonly=True)
    assert [c["period"] for c in History(reader).of("明湖市人民政府")] == ["2022"]
    with pytest.raises(StoreError, match="只读"):
        reader.begin_run("auto", "v", [])
    reader.close()

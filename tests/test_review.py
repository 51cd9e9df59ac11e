"""The review model: fingerprints, decisions carried into a re-run, reviewed scores through the profile's caps,
and a signed-off run that later decisions no longer reach."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from web_support import PASSWORD, ROOT, SAMPLES, client_as, decide_url, finding_target, login

from engine import accounts, review
from engine.batch import Engine, run
from engine.profiles import Profile
from engine.store import Store

XXGK = str(Path(sys.executable).parent / "xxgk")
FINDING = {"rule": "r.one", "topic": "t", "points": 10.0, "evidence": "统计期限为 20XX 年", "occurrence": 1,
           "veto": False}


def card(*findings: dict, score: float = 90.0) -> dict:
    return {"agency": "明湖市人民政府", "period": "2022", "profile": "p", "score": score, "grade": "优秀",
            "findings": list(findings)}


def decision(f: dict, action: str, points: float) -> review.Decision:
    return review.Decision(1, 1, review.fingerprint("明湖市人民政府", "2022", f), "明湖市人民政府", "2022", f["rule"],
                           1, action, f["points"], points, "理由", "alice", "2026-01-01T00:00:00+00:00")


def test_fingerprint_is_stable_and_specific():
    same = review.fingerprint("明湖市人民政府", "2022", {**FINDING, "source": "a/x.txt"})
    assert same == review.fingerprint(" 明湖市 人民政府", "2022", {**FINDING, "source": "b/y.txt",
                                                                "evidence": "统计期限为20XX年"})
    assert same != review.fingerprint("明湖市人民政府", "2023", FINDING)
    assert same != review.fingerprint("明湖市人民政府", "2022", {**FINDING, "occurrence": 2})
    assert same != review.fingerprint("明湖市人民政府", "2022", {**FINDING, "rule": "r.two"})
    assert same != review.fingerprint("明湖市人民政府", "2022", {**FINDING, "evidence": "统计期限为2021年"})


def test_reviewed_score_goes_through_the_caps():
    a, b = FINDING, {**FINDING, "rule": "r.two", "evidence": "别处"}
    capped = Profile("p", "", caps={"t": 12.0}, grades=[(90, "优秀"), (60, "合格")])
    c = card(a, b, score=88.0)
    assert review.review_card(c, {}, capped).score == 88.0  # 10 + 10 capped at 12
    one = {decision(a, review.ADJUST, 4.0).fingerprint: decision(a, review.ADJUST, 4.0)}
    assert review.review_card(c, one, capped).score == 88.0  # 4 + 10 is still over the cap
    both = {**one, decision(b, review.DISMISS, 0.0).fingerprint: decision(b, review.DISMISS, 0.0)}
    result = review.review_card(c, both, capped)
    assert (result.score, result.grade, result.decided, result.pending) == (96.0, "优秀", 2, 0)


def test_dismissing_a_veto_finding_lifts_the_veto():
    veto = {**FINDING, "veto": True}
    profile = Profile("p", "", grades=[(90, "优秀"), (60, "合格")])
    assert review.review_card(card(veto), {}, profile).grade == "不合格"
    lifted = review.review_card(card(veto), {decision(veto, review.DISMISS, 0).fingerprint:
                                             decision(veto, review.DISMISS, 0)}, profile)
    assert (lifted.veto, lifted.score, lifted.grade) == (False, 100.0, "优秀")


@pytest.mark.parametrize(("action", "points", "expected"), [("confirm", None, 10.0), ("dismiss", None, 0.0),
                                                             ("adjust", 2.5, 2.5), ("adjust", 0, 0.0)])
def test_points_stay_within_what_the_rule_allows(action, points, expected):
    assert review.allowed_points(action, 10.0, points) == expected


@pytest.mark.parametrize("points", [None, -0.5, 10.5])
def test_points_outside_the_rule_are_refused(points):
    with pytest.raises(review.ReviewError):
        review.allowed_points(review.ADJUST, 10.0, points)


@pytest.fixture
def two_runs(tmp_path):
    """Run 1 on three reports; then a changed report and a new one arrive and run 2 scores them all."""
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in SAMPLES:
        shutil.copy(ROOT / "reports" / name, reports / name)
    db = tmp_path / "runs.db"
    store = Store(str(db))
    engine = Engine.load()
    run(engine, [reports], store=store)
    for name, role in (("alice", "auditor"), ("rita", "reviewer")):
        accounts.add_user(store.engine, name, role, PASSWORD)
    return db, reports, store, engine


def test_a_rerun_keeps_decisions_on_findings_that_are_the_same(two_runs):
    db, reports, store, engine = two_runs
    client = client_as(db, "alice")
    kept, kept_fields = finding_target(client, 1, "柏川")
    changed, changed_fields = finding_target(client, 1, "泉塘")
    for url, fields in ((kept, kept_fields), (changed, changed_fields)):
        token = client.get(url).text.split('name="csrf" value="')[1].split('"')[0]
        assert client.post(decide_url(url), data={**fields, "action": "dismiss", "reason": "已核实",
                                                  "csrf": token}).status_code == 200
    placeholders = reports / SAMPLES[1]
    placeholders.write_text(placeholders.read_text(encoding="utf-8").replace("统计期限为20XX年", "统计期限为2O2X年"),
                            encoding="utf-8")
    shutil.copy(ROOT / "reports" / "15-minghu-city-2022-clean.txt", reports)
    run(engine, [reports], store=store)
    ranking = client.get("/runs/2").text
    assert "明湖市人民政府" in ranking
    same, _ = finding_target(client, 2, "柏川")
    assert same.split("?")[0].endswith(kept.split("/")[4].split("?")[0])  # the same fingerprint
    page = client.get(same).text
    assert "撤销（0 分）" in page and "批次 #1" in page  # decided in run 1, in force in run 2
    new, _ = finding_target(client, 2, "泉塘")
    assert new.split("?")[0] != changed.split("?")[0]
    assert 'id="state">待复核' in client.get(new).text  # the evidence changed: a new finding to review


def test_a_signed_off_run_is_not_reached_by_later_decisions(two_runs):
    db, reports, store, engine = two_runs
    run(engine, [reports], store=store)  # run 2, the same reports
    reviewer = client_as(db, "rita")
    token = reviewer.get("/runs/2").text.split('name="csrf" value="')[1].split('"')[0]
    assert reviewer.post("/runs/2/signoff", data={"csrf": token}).status_code == 200
    url, fields = finding_target(reviewer, 1, "柏川")
    token = reviewer.get(url).text.split('name="csrf" value="')[1].split('"')[0]
    assert reviewer.post(decide_url(url), data={**fields, "action": "dismiss", "reason": "迟到的决定",
                                                "csrf": token}).status_code == 200
    in_two, _ = finding_target(reviewer, 2, "柏川")
    assert 'id="state">待复核' in reviewer.get(in_two).text
    assert 'id="state">撤销' in reviewer.get(url).text


def test_users_add_from_the_command_line(tmp_path):
    db = str(tmp_path / "runs.db")
    Store(db).close()  # users are added to a store that exists (serve and users refuse a missing path)
    ok = subprocess.run([XXGK, "users", "add", "carol", "--role", "auditor", "--store", db, "--password-stdin"],
                        input="a long password\n", capture_output=True, text=True)
    assert ok.returncode == 0 and "已新增用户 carol（审核员）" in ok.stdout
    again = subprocess.run([XXGK, "users", "add", "carol", "--role", "viewer", "--store", db, "--password-stdin"],
                           input="a long password\n", capture_output=True, text=True)
    assert again.returncode == 2 and "已存在" in again.stderr
    short = subprocess.run([XXGK, "users", "add", "dan", "--role", "viewer", "--store", db, "--password-stdin"],
                           input="short\n", capture_output=True, text=True)
    assert short.returncode == 2 and "至少 8 个字符" in short.stderr
    role = subprocess.run([XXGK, "users", "add", "eve", "--role", "admin", "--store", db, "--password-stdin"],
                          input="a long password\n", capture_output=True, text=True)
    assert role.returncode == 2 and "无效的选项" in role.stderr
    from fastapi.testclient import TestClient

    from engine.web.app import create_app
    client = TestClient(create_app(db))
    assert login(client, "carol", "a long password").status_code == 303


def _port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_starts_on_localhost_and_stops_on_sigterm_with_a_sentence(tmp_path):
    import time
    import urllib.request
    port = _port()
    Store(str(tmp_path / "runs.db")).close()
    server = subprocess.Popen([XXGK, "serve", "--store", str(tmp_path / "runs.db"), "--port", str(port)],
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login") as response:
                    assert response.status == 200 and "登录" in response.read().decode("utf-8")
                    assert response.headers["X-Frame-Options"] == "DENY"
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "xxgk serve did not start"
                time.sleep(0.2)
        # a second server on the same port says so before announcing anything
        second = subprocess.run([XXGK, "serve", "--store", str(tmp_path / "runs.db"), "--port", str(port)],
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 2 and f"端口 {port} 已被占用" in second.stderr
        assert "http://" not in second.stderr and "Traceback" not in second.stderr
    finally:
        server.terminate()  # SIGTERM
        _, err = server.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}" in err and "已停止" in err and "Traceback" not in err
    assert server.returncode == 0


def test_serve_refuses_a_store_that_does_not_exist(tmp_path):
    missing = tmp_path / "no-such.db"
    result = subprocess.run([XXGK, "serve", "--store", str(missing)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "找不到评分库" in result.stderr and "xxgk score" in result.stderr
    assert not missing.exists()  # nothing was created


@pytest.mark.parametrize("port", ["99999", "0", "http"])
def test_serve_refuses_a_port_out_of_range_with_a_sentence(tmp_path, port):
    Store(str(tmp_path / "runs.db")).close()
    result = subprocess.run([XXGK, "serve", "--store", str(tmp_path / "runs.db"), "--port", port],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "端口须为 1 到 65535 之间的整数" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_help_names_the_defaults():
    out = subprocess.run([XXGK, "serve", "--help"], capture_output=True, text=True).stdout
    assert "127.0.0.1" in out and "--store" in out and "xxgk users add" in out


def test_ranking_counts_and_orders_by_the_reviewed_grades(tmp_path):
    """On the benchmark's synthetic run: the SQL grade counts and the reviewed order match a count done by hand."""
    from collections import Counter

    import sqlalchemy as sa
    from workbench import build

    from engine.web.pages import ranking as queries
    app, run_id, _ = build(tmp_path / "bench.db", 300, 120)
    review.sync(app.state.wb.engine, run_id, app.state.wb.profiles)
    from engine.web.pages.runs import run_row
    with app.state.wb.engine.connect() as conn:
        queries._known(app.state.wb, conn, run_row(conn, run_id))  # the cards' ranking groups, once per run
    with app.state.wb.engine.connect() as conn:
        auto = {(r.agency, r.period): (r.score, r.grade) for r in conn.execute(
            sa.select(review.scorecards).where(review.scorecards.c.run_id == run_id)).all()}
        now = dict(auto)
        for r in conn.execute(sa.select(review.review_scores).where(review.review_scores.c.run_id == run_id)):
            now[(r.agency, r.period)] = (r.score, r.grade)
        ranking = queries.ranking(conn, run_id, queries.Filters(sort="reviewed"))
        page_three = queries.ranking(conn, run_id, queries.Filters(sort="reviewed", page=3))
    assert sum(1 for k in auto if auto[k][1] != now[k][1]) > 0  # some reviews moved a card to another grade
    assert dict(ranking.grades) == dict(Counter(g for _, g in now.values()))
    expected = sorted(now, key=lambda k: (-now[k][0], k[0], k[1]))
    assert [(r.agency, r.period) for r in ranking.rows + page_three.rows] == expected[:100] + expected[200:300]
    assert ranking.total == 300 and ranking.pages == 3

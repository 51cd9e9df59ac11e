"""The workbench's defences: markup from reports stays text, URLs cannot read files, guessing passwords gets
slow, and the responses carry the headers and cookie flags that keep a browser safe."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from web_support import HOSTILE_AGENCY, SCRIPT, client_as, csrf, finding_target, login

from engine import accounts
from engine.web.app import CSP
from engine.web.sourcetext import highlight


def test_markup_in_agency_names_and_evidence_is_text(db):
    client = client_as(db, "alice")
    ranking = client.get("/runs/1?period=all").text
    assert SCRIPT not in ranking and "某县&lt;script&gt;alert(1)&lt;/script&gt;政府办" in ranking
    card = client.get("/runs/1/card", params={"agency": HOSTILE_AGENCY, "period": "2021"})
    assert card.status_code == 200 and SCRIPT not in card.text
    assert card.text.count("<script") == 1  # only the app's own script tag
    assert "证据&lt;script&gt;" in card.text
    for fmt in ("html", "md"):
        assert SCRIPT not in client.get(f"/runs/1/export.{fmt}").text


def test_a_report_with_a_script_is_shown_as_text_with_the_evidence_marked(db):
    client = client_as(db, "alice")
    url, _ = finding_target(client, agency_part="hostile.txt")  # its name is unreadable: （未署名）and the path
    page = client.get(url).text
    assert 'id="source"' in page and SCRIPT not in page
    assert "统计期限&lt;script&gt;alert" in page and "&lt;/script&gt;" in page and "<mark>" in page
    assert page.count("<script") == 1


def test_highlight_keeps_text_as_text():
    result = highlight(f"前文{SCRIPT}统计期限为20XX年", "统计期限为20XX年")
    assert [s.text for s in result.segments if s.marked] == ["统计期限为20XX年"]
    assert "".join(s.text for s in result.segments) == f"前文{SCRIPT}统计期限为20XX年"


@pytest.mark.parametrize("params", [
    {"agency": "../../../../etc/passwd", "period": "2021"},
    {"agency": "柏川市生态环境局", "period": "../../etc/passwd"},
    {"agency": "/etc/passwd", "period": "/etc/shadow"},
])
def test_path_parameters_cannot_read_files(db, params):
    client = client_as(db, "alice")
    response = client.get("/runs/1/finding/" + "a" * 32, params=params)
    assert response.status_code == 404 and "root:" not in response.text
    assert client.get("/runs/1/card", params=params).status_code == 404


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/..%2Fapp.py", "/static/%2e%2e/%2e%2e/store.py",
                                  "/runs/1/finding/..%2F..%2Fetc%2Fpasswd", "/rules/..%2F..%2Fetc%2Fpasswd",
                                  "/runs/1/export.%2E%2E%2Fpasswd"])
def test_traversal_in_the_url_reads_nothing(db, path):
    response = client_as(db, "alice").get(path)
    assert response.status_code in (404, 422) and "root:" not in response.text and "import" not in response.text


def test_a_source_outside_the_run_inputs_is_never_read(db, tmp_path):
    """Even a card in the store that names a file elsewhere (/etc/passwd) does not get it shown."""
    import json

    import sqlalchemy as sa

    from engine.store import Store, scorecards
    store = Store(str(db))
    with store.engine.begin() as conn:
        payload = json.loads(conn.execute(sa.select(scorecards.c.payload).where(
            scorecards.c.agency == HOSTILE_AGENCY)).scalar())
        payload["findings"][0]["source"] = "/etc/passwd"
        conn.execute(scorecards.update().where(scorecards.c.agency == HOSTILE_AGENCY).values(
            payload=json.dumps(payload, ensure_ascii=False)))
    store.close()
    client = client_as(db, "alice")
    card = client.get("/runs/1/card", params={"agency": HOSTILE_AGENCY, "period": "2021"}).text
    finding = next(u for u in card.split('"') if "/finding/" in u).replace("&amp;", "&")
    page = client.get(finding).text
    assert "root:" not in page and "不在本批次的输入范围内" in page


def test_five_wrong_passwords_slow_the_next_attempt(db):
    now = [datetime(2026, 1, 1, tzinfo=UTC)]
    client = client_as(db, None, clock=lambda: now[0], failure_pause=0)
    for _ in range(4):
        assert login(client, "alice", "wrong").status_code == 401
    fifth = login(client, "alice", "wrong")
    assert fifth.status_code == 429 and int(fifth.headers["Retry-After"]) == 30
    refused = login(client, "alice")  # even the right password waits
    assert refused.status_code == 429 and "秒后再试" in refused.text
    now[0] += timedelta(seconds=31)
    assert login(client, "alice", "wrong").status_code == 429  # the sixth failure: a longer wait
    now[0] += timedelta(seconds=59)
    assert login(client, "alice").status_code == 429
    now[0] += timedelta(seconds=2)
    assert login(client, "alice").status_code == 303
    client.cookies.clear()
    assert login(client, "alice", "wrong").status_code == 401  # a success forgot the failures


def test_unknown_names_are_throttled_too():
    assert accounts.delay(4) == timedelta(0) and accounts.delay(5) == timedelta(seconds=30)
    assert accounts.delay(6) == timedelta(seconds=60) and accounts.delay(30) == accounts.MAX_DELAY


def test_unknown_name_throttled_like_a_known_one(db):
    client = client_as(db, None, failure_pause=0)
    for _ in range(4):
        assert login(client, "nobody", "wrong").status_code == 401
    assert login(client, "nobody", "wrong").status_code == 429


def test_a_wrong_password_costs_time(db):
    import time
    client = client_as(db, None, failure_pause=0.3)
    start = time.perf_counter()
    assert login(client, "alice", "wrong").status_code == 401
    assert time.perf_counter() - start >= 0.3


def test_headers_and_cookie(db):
    client = client_as(db, None)
    response = client.get("/login")
    assert response.headers["content-security-policy"] == CSP and "unsafe-inline" not in CSP
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    signed_in = login(client, "alice")
    assert "httponly" in signed_in.headers["set-cookie"].lower()


def test_a_new_session_on_sign_in(db):
    client = client_as(db, None)
    before = csrf(client.get("/login").text)
    login(client, "alice")
    assert csrf(client.get("/runs").text) != before


def test_passwords_are_stored_as_argon2_hashes(db):
    import sqlalchemy as sa

    from engine.store import Store
    store = Store(str(db))
    with store.engine.connect() as conn:
        hashes = conn.execute(sa.select(accounts.users.c.password_hash)).scalars().all()
    store.close()
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert not any("correct horse" in h for h in hashes)

"""Accounts and sessions: server-side sessions that logout, a password change and disabling end at once; the
signing key outside the store; `xxgk users list | disable | enable | passwd | role | rotate-key`; every account
change in the audit trail; hashing that a flood of logins cannot starve."""

from __future__ import annotations

import stat
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sqlalchemy as sa
from web_support import PASSWORD, client_as, csrf, decide_url, finding_target, login

from engine import accounts
from engine.review import events
from engine.store import Store, meta
from engine.web import keys

XXGK = str(Path(sys.executable).with_name("xxgk"))


def _xxgk(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([XXGK, *args], input=stdin, capture_output=True, text=True, timeout=120)


def _events(db: Path) -> list:
    """Account changes after the test store was built (its users were added then)."""
    store = Store(str(db))
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(events).where(events.c.kind != "user_add").order_by(events.c.id)).all()
    store.close()
    return rows


def test_a_copied_cookie_is_worthless_after_logout(db):
    client = client_as(db, "alice")
    url, fields = finding_target(client)
    token = csrf(client.get(url).text)
    copy = client_as(db, None)
    copy.cookies.update(client.cookies)
    assert copy.get("/runs").status_code == 200  # the copy works while the session lives
    assert client.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    assert copy.get("/runs", follow_redirects=False).headers["location"] == "/login"
    refused = copy.post(decide_url(url), data={**fields, "action": "confirm", "csrf": token}, follow_redirects=False)
    assert refused.status_code == 303 and refused.headers["location"] == "/login"
    assert "<tr><td>" not in client_as(db, "rita").get("/runs/1/audit").text  # nothing was recorded


def test_changing_ones_password_in_the_browser_ends_every_session(db):
    first, second = client_as(db, "alice"), client_as(db, "alice")
    page = first.get("/account").text
    assert 'id="password-form"' in page
    wrong = first.post("/account/password", data={"old": "not it at all", "new": "a new password", "again":
                                                 "a new password", "csrf": csrf(page)})
    assert wrong.status_code == 200 and "当前密码不正确" in wrong.text
    differ = first.post("/account/password", data={"old": PASSWORD, "new": "a new password", "again": "another one",
                                                  "csrf": csrf(page)})
    assert "两次输入的新密码不一致" in differ.text
    done = first.post("/account/password", data={"old": PASSWORD, "new": "a new password", "again": "a new password",
                                                "csrf": csrf(page)}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/login"
    for client in (first, second):
        assert client.get("/runs", follow_redirects=False).headers["location"] == "/login"
    fresh = client_as(db, None)
    assert login(fresh, "alice").status_code == 401
    assert login(fresh, "alice", "a new password").status_code == 303
    assert [(e.kind, e.target, e.user) for e in _events(db)] == [("user_passwd", "alice", "alice")]


def test_users_commands_and_their_audit_trail(db):
    store = str(db)
    signed_in = client_as(db, "alice")
    listed = _xxgk("users", "list", "--store", store)
    assert listed.returncode == 0 and "alice\t审核员（auditor）\t启用" in listed.stdout
    assert "在线会话 1" in listed.stdout
    assert _xxgk("users", "disable", "alice", "--store", store).returncode == 0
    assert signed_in.get("/runs", follow_redirects=False).headers["location"] == "/login"  # at once
    assert login(client_as(db, None), "alice").status_code == 401  # a disabled user cannot sign in
    assert "已停用" in _xxgk("users", "list", "--store", store).stdout
    assert _xxgk("users", "enable", "alice", "--store", store).returncode == 0
    assert login(client_as(db, None), "alice").status_code == 303
    again = client_as(db, "alice")
    assert _xxgk("users", "passwd", "alice", "--store", store, "--password-stdin",
                 stdin="changed password\n").returncode == 0
    assert again.get("/runs", follow_redirects=False).headers["location"] == "/login"
    assert login(client_as(db, None), "alice", "changed password").status_code == 303
    assert _xxgk("users", "role", "alice", "reviewer", "--store", store).returncode == 0
    promoted = client_as(db, None)
    assert login(promoted, "alice", "changed password").status_code == 303
    assert "alice（复核签发人）" in promoted.get("/runs").text
    missing = _xxgk("users", "disable", "nobody", "--store", store)
    assert missing.returncode == 2 and "没有用户 nobody" in missing.stderr
    kinds = [(e.kind, e.target) for e in _events(db)]
    assert kinds == [("user_disable", "alice"), ("user_enable", "alice"), ("user_passwd", "alice"),
                     ("user_role", "alice")]
    assert all(e.user.startswith("命令行") for e in _events(db))
    rita = client_as(db, "rita")
    page = rita.get("/account").text
    assert 'id="account-trail"' in page and "变更角色" in page and "审核员 → 复核签发人" in page
    assert "account-trail" not in client_as(db, "victor").get("/account").text  # only a reviewer sees it


def test_users_commands_refuse_a_store_that_does_not_exist(tmp_path):
    result = _xxgk("users", "list", "--store", str(tmp_path / "nope.db"))
    assert result.returncode == 2 and "找不到评分库" in result.stderr and not (tmp_path / "nope.db").exists()


def test_the_signing_key_is_a_private_file_beside_the_store_and_rotates(db):
    client = client_as(db, "alice")
    path = keys.key_path(str(db))
    assert path == db.with_name("runs.db.key") and path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    store = Store(str(db))
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(meta.c.value).where(meta.c.key == "web_session_secret")).first() is None
    store.close()
    before = path.read_text()
    rotated = _xxgk("users", "rotate-key", "--store", str(db))
    assert rotated.returncode == 0 and "会话已失效" in rotated.stdout
    assert path.read_text() != before and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert client.get("/runs", follow_redirects=False).headers["location"] == "/login"
    assert (_events(db)[-1].kind, _events(db)[-1].user[:3]) == ("key_rotate", "命令行")
    fresh = client_as(db, None)  # a new app reads the new key
    assert login(fresh, "alice").status_code == 303


def test_a_key_file_others_can_read_is_tightened(tmp_path, monkeypatch):
    monkeypatch.delenv(keys.ENV, raising=False)
    path = tmp_path / "runs.db.key"
    path.write_text("a key\n")
    path.chmod(0o644)
    assert keys.secret(str(tmp_path / "runs.db")) == "a key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    monkeypatch.setenv(keys.ENV, "from the environment")
    assert keys.secret(str(tmp_path / "runs.db")) == "from the environment"


class _SlowHasher:
    """Counts how many hashings run at once."""

    def __init__(self, real):
        self.real, self.now, self.most, self.calls = real, 0, 0, 0
        self.lock = threading.Lock()

    def verify(self, stored, password):
        with self.lock:
            self.now += 1
            self.calls += 1
            self.most = max(self.most, self.now)
        try:
            time.sleep(0.05)
            return self.real.verify(stored, password)
        finally:
            with self.lock:
                self.now -= 1


def test_parallel_wrong_logins_are_bounded_and_throttled_before_hashing(db, monkeypatch):
    slow = _SlowHasher(accounts._HASHER)
    monkeypatch.setattr(accounts, "_HASHER", slow)
    client = client_as(db, None, failure_pause=0)
    token = csrf(client.get("/login").text)
    cookies = dict(client.cookies)

    def attempt(i: int) -> int:
        from fastapi.testclient import TestClient
        other = TestClient(client.app)
        other.cookies.update(cookies)
        return other.post("/login", data={"name": f"guess{i}", "password": "wrong", "csrf": token}).status_code

    with ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(attempt, range(40)))
    assert slow.most <= accounts.HASH_SLOTS  # never more hashing at once than the slots
    assert set(answers) <= {401, 429, 503}
    limit = accounts.AddressThrottle.MAX_FAILURES
    assert slow.calls <= limit + accounts.AddressThrottle.MAX_INFLIGHT  # the rest refused before any hashing
    assert answers.count(429) >= 40 - slow.calls - answers.count(503)
    for _ in range(limit):  # whatever the flood left, the address reaches its limit within `limit` more tries
        last = client.post("/login", data={"name": "x", "password": "wrong", "csrf": token}, follow_redirects=False)
        if last.status_code == 429 and "该地址登录尝试过多" in last.text:
            break
    calls = slow.calls
    refused = client.post("/login", data={"name": "rita", "password": PASSWORD, "csrf": token},
                          follow_redirects=False)
    assert refused.status_code == 429 and "该地址登录尝试过多" in refused.text
    assert slow.calls == calls  # refused without hashing

"""Several auditors and a reviewer at once, over real HTTP, on SQLite and on a real PostgreSQL server.

Every request must get a true answer: 303 (recorded, and then it is in the audit trail and counted), 409 (the run
is signed off, and nothing was kept) or 503 with the retry sentence (nothing was kept); never 500. Afterwards
every reviewed score the ranking holds must equal a recomputation from the audit trail alone, and the signed-off
run must count exactly the decisions answered before its sign-off.
"""

from __future__ import annotations

import random
import re
import shutil
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
import pytest
import sqlalchemy as sa
from test_store_postgres import postgres_url  # noqa: F401  (the server fixture)
from web_support import PASSWORD, ROOT, SAMPLES

from engine import accounts, review
from engine.batch import Engine, run
from engine.profiles import load_profiles
from engine.rules.loader import RULES_DIR, load_rules
from engine.store import Store, scorecards

AUDITORS = 6
DECISIONS_EACH = 8


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prepare(target: str, reports: Path) -> None:
    """Two runs of the same reports (decisions in run 1 reach run 2), an auditor per thread and a reviewer."""
    store = Store(target)
    engine = Engine.load()
    run(engine, [reports], store=store, force=True)
    run(engine, [reports], store=store)
    for i in range(AUDITORS):
        accounts.add_user(store.engine, f"a{i}", "auditor", PASSWORD)
    accounts.add_user(store.engine, "rita", "reviewer", PASSWORD)
    store.close()


class Server:
    def __init__(self, target: str):
        import uvicorn

        from engine.web.app import create_app
        self.port = _free_port()
        self.server = uvicorn.Server(uvicorn.Config(create_app(target, failure_pause=0), host="127.0.0.1",
                                                    port=self.port, log_level="critical"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def _csrf(text: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', text).group(1)


def _client(url: str, name: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=url, timeout=60)
    for _ in range(30):  # logins at once may be told to retry (bounded hashing): they do, as a person would
        token = _csrf(client.get("/login").text)
        response = client.post("/login", data={"name": name, "password": PASSWORD, "csrf": token})
        if response.status_code != 503:
            break
        assert "请稍后重试" in response.text
        time.sleep(float(response.headers["Retry-After"]))
    assert response.status_code == 303, response.text
    return client, _csrf(client.get("/runs").text)


def _targets(engine: sa.Engine) -> list[tuple[int, str, str, str]]:
    """Every reviewable finding of both runs: (run, agency, period, fingerprint)."""
    import json
    out = []
    with engine.connect() as conn:
        for run_id, payload in conn.execute(sa.select(scorecards.c.run_id, scorecards.c.payload)).all():
            card = json.loads(payload)
            out += [(run_id, card["agency"], card["period"], review.fingerprint(card["agency"], card["period"], f))
                    for f in card["findings"] if not f.get("waived")]
    return sorted(out)


def _recomputed(conn: sa.Connection, run_id: int, profiles) -> dict[tuple[str, str], review.Reviewed]:
    """The reviewed scores of a run from the audit trail alone: a finding's state is the latest decision on it
    made in this run or an earlier one, and no later than the sign-off's last decision."""
    import json
    bound = conn.execute(sa.select(review.signoffs.c.last_decision)
                         .where(review.signoffs.c.run_id == run_id)).scalar()
    trail = conn.execute(sa.select(review.decisions).order_by(review.decisions.c.id)).all()
    states = {}
    for d in trail:
        if d.run_id <= run_id and (bound is None or d.id <= bound):
            states[d.fingerprint] = review.Decision(**d._mapping)
    out = {}
    for payload in conn.execute(sa.select(scorecards.c.payload).where(scorecards.c.run_id == run_id)).scalars():
        card = json.loads(payload)
        fps = {review.fingerprint(card["agency"], card["period"], f) for f in card["findings"]}
        if fps & states.keys():
            out[(card["agency"], card["period"])] = review.review_card(card, states,
                                                                       profiles.by_name.get(card["profile"]))
    return out


def _season(target: str, seed: int) -> None:
    engine = Store(target).engine
    targets = _targets(engine)
    server = Server(target)
    answers: list[tuple[str, int, int, str]] = []  # (user, run, status, reason)
    lock = threading.Lock()
    rng = random.Random(seed)
    plans = {f"a{i}": [(rng.choice(targets), rng.choice(["confirm", "dismiss", "adjust"]))
                       for _ in range(DECISIONS_EACH)] for i in range(AUDITORS)}
    start = threading.Barrier(AUDITORS + 1, timeout=120)
    signed_at: list[float] = []

    def auditor(name: str) -> None:
        client, token = _client(server.url, name)
        start.wait()
        for n, ((run_id, agency, period, fp), action) in enumerate(plans[name]):
            reason = f"{name}-{n}"
            response = client.post(f"/runs/{run_id}/finding/{fp}/decide", data={
                "agency": agency, "period": period, "action": action, "points": "0.5" if action == "adjust" else "",
                "reason": reason, "csrf": token})
            assert response.status_code in (303, 409, 503), (response.status_code, response.text[-400:])
            if response.status_code == 503:
                assert review.BUSY in response.text
            with lock:
                answers.append((name, run_id, response.status_code, reason))

    def reviewer() -> None:
        client, token = _client(server.url, "rita")
        start.wait()
        time.sleep(rng.uniform(0, 0.3))
        response = client.post("/runs/2/signoff", data={"csrf": token})
        assert response.status_code == 303, response.text[-400:]
        signed_at.append(time.monotonic())

    try:
        with ThreadPoolExecutor(AUDITORS + 1) as pool:
            jobs = [pool.submit(auditor, f"a{i}") for i in range(AUDITORS)] + [pool.submit(reviewer)]
            failures = [job.exception() for job in jobs if job.exception() is not None]
        real = [e for e in failures if not isinstance(e, threading.BrokenBarrierError)]
        if failures:
            raise (real or failures)[0]
        client, _ = _client(server.url, "rita")
        for run_id in (1, 2):  # the ranking folds in decisions made elsewhere, as a user opening it would
            assert client.get(f"/runs/{run_id}").status_code == 200
    finally:
        server.stop()

    profiles = load_profiles(RULES_DIR / "profiles", load_rules(RULES_DIR))
    with engine.connect() as conn:
        rows = conn.execute(sa.select(review.decisions)).all()
        kept = {r.reason: r for r in rows}
        for _name, run_id, status, reason in answers:
            assert (reason in kept) == (status == 303), (reason, status)  # recorded exactly when answered so
            if status == 409:
                assert run_id == 2
        bound = conn.execute(sa.select(review.signoffs.c.last_decision)
                             .where(review.signoffs.c.run_id == 2)).scalar_one()
        assert all(r.id <= bound for r in rows if r.run_id == 2)  # nothing answered 已记录 after the lock
        assert sum(1 for a in answers if a[2] == 303) == len(rows)
        for run_id in (1, 2):
            stored = {(r.agency, r.period): r for r in conn.execute(
                sa.select(review.review_scores).where(review.review_scores.c.run_id == run_id)).all()}
            expected = _recomputed(conn, run_id, profiles)
            assert stored.keys() == expected.keys()
            for key, want in expected.items():
                got = stored[key]
                assert (got.score, got.grade, bool(got.veto), got.decided) == \
                    (want.score, want.grade, want.veto, want.decided), key
    engine.dispose()


@pytest.fixture
def reports(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in SAMPLES:
        shutil.copy(ROOT / "reports" / name, folder / name)
    return folder


def test_concurrent_auditors_and_a_sign_off_on_sqlite(tmp_path, reports):
    target = str(tmp_path / "runs.db")
    _prepare(target, reports)
    _season(target, seed=random.randrange(1 << 30))


def test_concurrent_auditors_and_a_sign_off_on_postgres(postgres_url, reports):  # noqa: F811
    import secrets
    name = f"c{secrets.token_hex(4)}"
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    target = postgres_url.rsplit("/", 1)[0] + "/" + name
    _prepare(target, reports)
    _season(target, seed=random.randrange(1 << 30))


def test_the_write_lock_keeps_decisions_in_id_order(tmp_path, reports):
    """The lock is what makes the watermark safe: a transaction holding it blocks a second writer until it ends."""
    target = str(tmp_path / "runs.db")
    Store(target).close()
    engine = Store(target).engine
    review.ensure_tables(engine)
    order: list[str] = []
    inside = threading.Event()

    def first():
        with review.writing(engine):
            inside.set()
            time.sleep(0.3)
            order.append("first")

    def second():
        inside.wait()
        with review.writing(engine):
            order.append("second")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert order == ["first", "second"]

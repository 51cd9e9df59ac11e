"""A small store for the workbench tests: three sample reports, one with <script> in its text, scored once per
session with the real batch, plus a card whose agency name carries markup; each test gets its own copy."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from fastapi.testclient import TestClient

from engine import accounts
from engine.batch import Engine, run
from engine.model import Finding, Scorecard
from engine.store import Store, _card_row, scorecards
from engine.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ("05-baichuan-eeb-2022-late.txt", "07-quantang-commerce-2021-placeholders.txt",
           "06-yunling-county-2021-badtables.txt")
SCRIPT = "<script>alert(1)</script>"
HOSTILE_AGENCY = f"某县{SCRIPT}政府办"
PASSWORD = "correct horse battery"
USERS = {"alice": "auditor", "rita": "reviewer", "victor": "viewer"}


def build(folder: Path) -> Path:
    """Score the samples and a hostile report into folder/runs.db; add the users."""
    reports = folder / "reports"
    reports.mkdir()
    for name in SAMPLES:
        shutil.copy(ROOT / "reports" / name, reports / name)
    text = (ROOT / "reports" / SAMPLES[1]).read_text(encoding="utf-8")
    (reports / "hostile.txt").write_text(text.replace("泉塘区商务局", "泉塘区<b>商务</b>局").replace(
        "统计期限为20XX年", f"统计期限{SCRIPT}为20XX年", 1), encoding="utf-8")
    db = folder / "runs.db"
    store = Store(str(db))
    result = run(Engine.load(), [reports], store=store)
    hostile = Scorecard(agency=HOSTILE_AGENCY, period="2021", profile="gov-2019", score=95.0, grade="优秀", veto=False,
                        findings=[Finding("common.quality.placeholders", "quality.placeholder", f"标题{SCRIPT}",
                                          "《条例》", "minor", 5.0, f"证据{SCRIPT}", source=str(reports / "x.txt"))],
                        inputs=[str(reports / "x.txt")], level="county", deductions={"quality.placeholder": 5.0})
    with store.engine.begin() as conn:
        conn.execute(scorecards.insert().values(**_card_row(result.run_id, hostile.to_json())))
    for name, role in USERS.items():
        accounts.add_user(store.engine, name, role, PASSWORD)
    store.close()
    return db


def csrf(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def login(client: TestClient, name: str, password: str = PASSWORD):
    token = csrf(client.get("/login").text)
    return client.post("/login", data={"name": name, "password": password, "csrf": token}, follow_redirects=False)


def client_as(db: Path, name: str | None, **kw) -> TestClient:
    client = TestClient(create_app(str(db), **kw))
    if name:
        assert login(client, name).status_code == 303
    return client


def links(page: str, pattern: str) -> list[str]:
    return [html.unescape(u) for u in re.findall(rf'href="({pattern}[^"]*)"', page)]


def finding_target(client: TestClient, run_id: int = 1, agency_part: str = "柏川") -> tuple[str, dict]:
    """The URL of a finding on the first card whose agency contains agency_part, and its form fields."""
    card = next(u for u in links(client.get(f"/runs/{run_id}?period=all").text, f"/runs/{run_id}/card")
                if agency_part in parse_qs(urlparse(u).query)["agency"][0])
    url = links(client.get(card).text, f"/runs/{run_id}/finding/")[0]
    query = parse_qs(urlparse(url).query)
    return url, {"agency": query["agency"][0], "period": query["period"][0]}


def decide_url(finding_url: str) -> str:
    return urlparse(finding_url).path + "/decide"

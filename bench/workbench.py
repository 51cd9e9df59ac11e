"""How fast the review workbench opens a big run: the ranking and an agency page, through the real app.

usage: python bench/workbench.py --n 50000 [--decisions 300] [--repeat 15] [--keep FILE]

Builds a SQLite store with two runs of synthetic scorecards inserted directly (scoring 50,000 reports is the
batch benchmark's job, not this one's): last year's run with N/5 cards and this year's with N, each card with
0–6 findings and payloads the size real ones have, then records some decisions on this year's cards. Then it
signs in through FastAPI's TestClient (the whole app: session, CSRF, templates, SQL) and times GET requests,
printing the median and the slowest of --repeat runs each. The very first request (templates compiled, caches
empty) is timed apart as "cold".
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

LEVELS = ("省级", "市级", "县级", "乡镇", "部门")
REGIONS = ("明湖市", "青禾市", "东浦市", "柏川市", "云岭市", "梅溪市", "汀州市", "南屏市", "金岭市", "沙洲市", "石桥市",
           "柳溪市", "漳岩市", "泉塘市", "东岚市", "江澜市")
TOPICS = ("content.missing_section", "timeliness.annual_report", "consistency.arithmetic", "quality.placeholder",
          "data.tables", "review.confidentiality")
RULES = ("gov2019.content.other_section", "gov2019.timeliness.report_deadline", "common.quality.placeholders",
         "common.consistency.inconsistencies", "gov2019.content.assessment_results", "format.content.table_four")


def cards(n: int, period: str, rng: random.Random):
    from engine.model import Finding, Scorecard
    for i in range(n):
        region = REGIONS[i % len(REGIONS)]
        findings = []
        for k in range(rng.randint(0, 6)):
            topic = rng.choice(TOPICS)
            findings.append(Finding(rng.choice(RULES), topic, f"年度报告存在问题{k}：未见规定内容或数据不一致",
                                    "《政府信息公开条例》(2019) 第五十条", "major", float(rng.choice((2, 3, 5, 10))),
                                    f"（二）依申请公开。全年收到政府信息公开申请{rng.randint(1, 900)}件，办结{k}件……",
                                    source=f"/data/{period}/{i:06d}.txt"))
        lost: dict[str, float] = {}
        for f in findings:
            lost[f.topic] = lost.get(f.topic, 0.0) + f.points
        score = max(0.0, 100.0 - sum(lost.values()))
        grade = "优秀" if score >= 90 else "良好" if score >= 70 else "合格" if score >= 60 else "不合格"
        yield Scorecard(agency=f"{region}第{i:05d}号县人民政府办公室", period=period, profile="gov-2019", score=score,
                        grade=grade, veto=False, findings=findings, inputs=[f"/data/{period}/{i:06d}.txt"],
                        normalised_score=score, applicable_points=120.0, level=LEVELS[i % len(LEVELS)],
                        region=region, deductions=lost, not_applicable=list(RULES[:2]),
                        warnings=["未找到发布日期"] if i % 7 == 0 else [])


def build(path: Path, n: int, decisions: int, seed: int = 1):
    """Two runs, users, and decisions on this year's cards; returns the app and a card to open."""
    from engine import accounts, review
    from engine.store import Store
    from engine.web.app import create_app
    rng = random.Random(seed)
    store = Store(str(path))
    last_year = list(cards(n // 5, "2022", rng))
    run1 = store.begin_run("gov-2019", "bench", ["/data/2022"])
    store.finish_run(run1, last_year)
    this_year = list(cards(n, "2023", rng))
    run2 = store.begin_run("gov-2019", "bench", ["/data/2023"])
    store.finish_run(run2, this_year)
    accounts.add_user(store.engine, "bench", "reviewer", "bench password")
    app = create_app(str(path))
    profiles = app.state.wb.profiles
    with_findings = [c for c in this_year if c.findings]
    for card in rng.sample(with_findings, min(decisions, len(with_findings))):
        data = card.to_json()
        review.decide(store.engine, run2, data, data["findings"][0], review.DISMISS, None, "bench", "bench",
                      profiles)
    store.close()
    return app, run2, next(c for c in with_findings if c.agency.startswith(REGIONS[0]) and len(c.findings) > 3)


def timed(client, url: str, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=50000)
    parser.add_argument("--decisions", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="write the store here (default: a temporary file)")
    args = parser.parse_args()
    import re

    from fastapi.testclient import TestClient
    path = args.keep or Path(tempfile.mkdtemp(prefix="xxgk-wb-")) / "bench.db"
    start = time.perf_counter()
    app, run, card = build(path, args.n, args.decisions)
    print(f"store: {path} ({args.n} cards this year, {args.n // 5} last year, {args.decisions} decisions) "
          f"built in {time.perf_counter() - start:.1f} s")
    client = TestClient(app)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    assert client.post("/login", data={"name": "bench", "password": "bench password", "csrf": token},
                       follow_redirects=False).status_code == 303
    start = time.perf_counter()
    assert client.get(f"/runs/{run}").status_code == 200
    print(f"{'ranking, cold (first request)':<44} {1000 * (time.perf_counter() - start):8.1f} ms")
    agency = f"/runs/{run}/card?" + urlencode({"agency": card.agency, "period": card.period})
    pages = {
        "ranking, first page": f"/runs/{run}",
        "ranking, sorted by reviewed score": f"/runs/{run}?sort=reviewed",
        "ranking, sorted by agency, page 200": f"/runs/{run}?sort=agency&order=asc&page=200",
        "ranking, level + region + grade filter": f"/runs/{run}?" + urlencode(
            {"level": "县级", "region": REGIONS[3], "grade": "良好"}),
        "ranking, agency search": f"/runs/{run}?q=00042",
        "agency page": agency,
        "runs list": "/runs",
    }
    print(f"{'page':<44} {'median':>8} {'max':>8}   ({args.repeat} runs)")
    for name, url in pages.items():
        median, worst = timed(client, url, args.repeat)
        print(f"{name:<44} {1000 * median:6.1f} ms {1000 * worst:6.1f} ms")


if __name__ == "__main__":
    main()

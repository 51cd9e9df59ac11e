"""Every workbench route: status codes, who may do what, and that a signed-off run cannot change."""

from __future__ import annotations

import io
import re
from urllib.parse import urlparse

import openpyxl
import pytest
from web_support import HOSTILE_AGENCY, client_as, csrf, decide_url, finding_target, links, login

from engine.web.pages.ranking import PAGE


def decide(client, url, fields, action="dismiss", reason="报告正文另有说明", points=""):
    token = csrf(client.get(url).text)
    return client.post(decide_url(url), data={**fields, "action": action, "reason": reason, "points": points,
                                              "csrf": token}, follow_redirects=False)


def reviewed(client, url) -> tuple[str, str]:
    page = client.get(url).text
    return (re.search(r'id="auto-score">([^<]+)<', page).group(1),
            re.search(r'id="reviewed-score">([^<]+)<', page).group(1))


def card_url(client, finding_url: str) -> str:
    return links(client.get(finding_url).text, "/runs/1/card")[0]


@pytest.mark.parametrize("path", ["/", "/runs", "/runs/1", "/runs/1/card?agency=x&period=2021", "/runs/1/audit",
                                  "/runs/1/audit.csv", "/runs/1/export.xlsx", "/runs/1/rules",
                                  "/rules/common.quality.placeholders"])
def test_every_page_needs_a_signed_in_user(db, path):
    response = client_as(db, None).get(path, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"


@pytest.mark.parametrize("who", ["alice", "rita", "victor"])
def test_every_page_opens_for_every_role(db, who):
    client = client_as(db, who)
    assert client.get("/", follow_redirects=False).headers["location"] == "/runs"
    runs = client.get("/runs")
    assert runs.status_code == 200 and 'href="/runs/1"' in runs.text
    ranking = client.get("/runs/1?period=all")
    assert ranking.status_code == 200 and "柏川市生态环境局" in ranking.text
    url, _ = finding_target(client)
    assert client.get(card_url(client, url)).status_code == 200
    finding = client.get(url)
    assert finding.status_code == 200 and "<mark>" in finding.text
    assert ('id="decide"' in finding.text) == (who != "victor")  # a viewer gets no review form
    assert client.get("/runs/1/audit").status_code == 200
    assert client.get("/runs/1/rules").status_code == 200
    assert client.get("/rules/common.quality.placeholders?run=1").status_code == 200
    for fmt in ("xlsx", "html", "md"):
        assert client.get(f"/runs/1/export.{fmt}").status_code == 200
    assert client.get("/runs/1/audit.csv").status_code == 200


def test_missing_things_are_404(db):
    client = client_as(db, "alice")
    assert client.get("/runs/99").status_code == 404
    assert client.get("/runs/1/card", params={"agency": "没有这个机构", "period": "2021"}).status_code == 404
    assert client.get("/runs/1/finding/" + "0" * 32, params={"agency": "柏川市生态环境局",
                                                             "period": "2022"}).status_code == 404
    assert client.get("/runs/1/finding/not-a-fingerprint", params={"agency": "a", "period": "b"}).status_code == 404
    assert client.get("/rules/no.such.rule").status_code == 404
    assert client.get("/runs/1/export.pdf").status_code == 404
    assert client.get("/runs/1?sort=payload").status_code == 400


@pytest.mark.parametrize("path", [f"/runs/{2**63}", f"/runs/{2**64 + 5}", f"/runs/{2**63}/card?agency=a&period=b",
                                  f"/runs/{2**63}/audit", f"/runs/1?page={2**63}", f"/rules/x?run={2**63}",
                                  "/runs/0", "/runs/-1", "/runs/abc"])
def test_numbers_too_large_for_any_row_are_404_not_500(db, path):
    response = client_as(db, "alice").get(path)
    assert response.status_code == 404 and "出错了" in response.text


def test_login_and_logout(db):
    client = client_as(db, None)
    assert login(client, "alice", "wrong password").status_code == 401
    assert login(client, "alice").status_code == 303
    page = client.get("/runs").text
    assert 'id="who">alice（审核员）' in page
    out = client.post("/logout", data={"csrf": csrf(page)}, follow_redirects=False)
    assert out.status_code == 303 and client.get("/runs", follow_redirects=False).status_code == 303


def test_an_auditor_dismisses_a_finding_and_the_score_changes(db):
    client = client_as(db, "alice")
    url, fields = finding_target(client)
    card = card_url(client, url)
    auto, before = reviewed(client, card)
    assert auto == before
    response = decide(client, url, fields)
    # on to the card's next pending finding (or back to the card when none is left)
    assert response.status_code == 303 and response.headers["location"] != url
    following = response.headers["location"]
    assert following.startswith("/runs/1/finding/") or following.startswith("/runs/1/card?")
    if "/finding/" in following:
        assert 'id="state">待复核' in client.get(following).text
    page = client.get(url).text
    assert "撤销（0 分）" in page and "报告正文另有说明" in page and "alice" in page
    auto_after, after = reviewed(client, card)
    assert auto_after == auto and float(after) > float(before)
    ranking = client.get("/runs/1?period=all&sort=reviewed").text
    assert f">{after}<" in ranking  # the ranking shows the reviewed score too


def test_decisions_are_appended_and_the_latest_counts(db):
    client = client_as(db, "alice")
    url, fields = finding_target(client)
    card = card_url(client, url)
    assert decide(client, url, fields).status_code == 303
    assert decide(client, url, fields, action="adjust", points="4", reason="部分成立").status_code == 303
    assert decide(client, url, fields, action="confirm", reason="").status_code == 303
    auto, now = reviewed(client, card)
    assert now == auto  # confirmed again: the automatic points stand
    audit = client.get("/runs/1/audit").text
    assert audit.count("<tr><td>") == 3 and "部分成立" in audit
    csv_text = client.get("/runs/1/audit.csv").content.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("编号,时间,批次,用户,操作") and len(csv_text.splitlines()) == 4


@pytest.mark.parametrize(("action", "points", "reason"), [
    ("dismiss", "", ""),  # dismissing needs a reason
    ("adjust", "3", " "),  # so does changing the points
    ("adjust", "11", "太多"),  # more than the finding's points (10)
    ("adjust", "-1", "负数"),
    ("adjust", "", "没有分数"),
    ("delete", "", "不存在的操作"),
])
def test_bad_decisions_are_refused(db, action, points, reason):
    client = client_as(db, "alice")
    url, fields = finding_target(client)
    assert decide(client, url, fields, action, reason, points).status_code == 400
    assert "<tr><td>" not in client.get("/runs/1/audit").text


def test_a_viewer_cannot_review_or_sign_off(db):
    client = client_as(db, "victor")
    url, fields = finding_target(client)
    assert decide(client, url, fields).status_code == 403
    token = csrf(client.get("/runs/1").text)
    assert client.post("/runs/1/signoff", data={"csrf": token}).status_code == 403


def test_an_auditor_cannot_sign_off(db):
    client = client_as(db, "alice")
    token = csrf(client.get("/runs/1").text)
    assert 'id="signoff"' not in client.get("/runs/1").text
    assert client.post("/runs/1/signoff", data={"csrf": token}).status_code == 403


def test_nobody_can_change_a_signed_off_run(db):
    auditor, reviewer = client_as(db, "alice"), client_as(db, "rita")
    url, fields = finding_target(auditor)
    assert decide(auditor, url, fields).status_code == 303
    page = reviewer.get("/runs/1").text
    assert reviewer.post("/runs/1/signoff", data={"csrf": csrf(page)}, follow_redirects=False).status_code == 303
    assert 'id="locked"' in reviewer.get("/runs/1").text and "已签发" in reviewer.get("/runs").text
    for client in (auditor, reviewer):
        assert decide(client, url, fields, action="confirm", reason="").status_code == 409
        assert 'id="decide"' not in client.get(url).text
    again = reviewer.post("/runs/1/signoff", data={"csrf": csrf(page)})
    assert again.status_code == 409
    assert client_as(db, "victor").post("/runs/1/signoff", data={"csrf": csrf(page)}).status_code == 403


def test_every_post_needs_the_session_csrf_token(db):
    client = client_as(db, "rita")
    url, fields = finding_target(client)
    for token in ("", "forged"):
        assert client.post(decide_url(url), data={**fields, "action": "confirm", "csrf": token}).status_code == 403
        assert client.post("/runs/1/signoff", data={"csrf": token}).status_code == 403
        assert client.post("/logout", data={"csrf": token}).status_code == 403
    fresh = client_as(db, None)
    assert fresh.post("/login", data={"name": "rita", "password": "x", "csrf": "forged"}).status_code == 403


def test_ranking_sorts_filters_and_pages(db):
    client = client_as(db, "alice")
    rows = lambda page: re.findall(r'<td class="n rank">(\d+)(?:（并列）)?</td>'  # noqa: E731
                                   r'<td><a href="/runs/1/card\?[^"]*">([^<]+)</a>', page)
    first = client.get("/runs/1?period=all").text
    by_score = rows(first)
    # competition ranks as in the exports: within one period and one category, equal scores share a rank (并列)
    scored = re.findall(r'<td class="n rank">(\d+)((?:（并列）)?)</td><td><a [^>]*>[^<]*</a></td>\s*'
                        r'<td>([^<]*)</td><td class="category">([^<]*)</td><td>[^<]*</td><td>[^<]*</td>'
                        r'<td class="n score">([^<]+)</td>', first)
    assert len(scored) == len(by_score) == 4
    for rank, tie, period, category, score in scored:
        group = [float(x) for _, _, p, c, x in scored if (p, c) == (period, category)]
        assert int(rank) == 1 + sum(o > float(score) for o in group)
        assert bool(tie) == (group.count(float(score)) > 1)
    ascending = rows(client.get("/runs/1?period=all&sort=agency&order=asc").text)
    descending = rows(client.get("/runs/1?period=all&sort=agency&order=desc").text)
    assert [a for _, a in ascending] == sorted(a for _, a in by_score) == [a for _, a in descending][::-1]
    assert sorted(ascending) == sorted(by_score)  # sorting never renumbers
    county = client.get("/runs/1?period=all&level=county").text
    assert "某县" in county and "柏川" not in county
    grade = client.get("/runs/1", params={"grade": "不存在"}).text
    assert rows(grade) == [] and "共 0 张" in grade
    search = client.get("/runs/1", params={"q": "柏川", "period": "all"}).text
    assert [a for _, a in rows(search)] == ["柏川市生态环境局"]
    assert rows(client.get("/runs/1?page=2").text) == []  # fewer than PAGE cards
    assert PAGE == 100


def test_exports_carry_the_decisions(db):
    client = client_as(db, "alice")
    url, fields = finding_target(client)
    assert decide(client, url, fields, reason="已在附件中说明").status_code == 303
    book = openpyxl.load_workbook(io.BytesIO(client.get("/runs/1/export.xlsx").content))
    findings = book["扣分明细"]
    rankings = [s for s in book if s.title not in ("扣分明细", "待人工确认", "未能读取")]  # by category and period
    headers = [c.value for c in rankings[0][1]]
    row = next(r for s in rankings for r in s.iter_rows(min_row=2, values_only=True)
               if r[headers.index("单位")] == fields["agency"])
    assert row[headers.index("得分")] > row[headers.index("自动得分")]
    review_col = [c.value for c in findings[1]].index("复核")
    assert any("已在附件中说明" in (r[review_col] or "") for r in findings.iter_rows(min_row=2, values_only=True))
    md = client.get("/runs/1/export.md").text
    assert "已在附件中说明" in md and "自动评分" in md
    page = client.get("/runs/1/export.html")
    assert "已在附件中说明" in page.text and page.headers["content-disposition"].startswith("attachment")


def test_rule_pages_show_the_rule_and_its_hit_rate(db):
    client = client_as(db, "victor")
    rules = client.get("/runs/1/rules").text
    assert "common.quality.placeholders" in rules
    page = client.get("/rules/common.quality.placeholders?run=1").text
    assert "依据" in page and 'id="examples"' in page
    hit = re.search(r'id="hit-rate">命中 (\d+) / 适用 (\d+)', page)
    assert hit and 1 <= int(hit.group(1)) <= int(hit.group(2))
    assert "泉塘区商务局" in page  # a report it fired on
    plain = client.get("/rules/common.quality.placeholders").text
    assert 'id="hit-rate"' not in plain


def test_the_card_page_shows_history_and_findings(db):
    client = client_as(db, "victor")
    url, _ = finding_target(client)
    page = client.get(card_url(client, url)).text
    assert 'id="history"' in page and 'class="current"' in page
    assert page.count('class="open-finding"') >= 1
    assert HOSTILE_AGENCY not in page
    assert urlparse(url).path.startswith("/runs/1/finding/")

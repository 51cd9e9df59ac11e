"""A season's workflow: run titles, periods, the current run and hidden runs; the ranking's period and category
filters; the review flow (next pending finding, several confirmed at once, 只看待复核, a refused form keeps its
input, nothing preselected, tenths of points); the sign-off's pending count and its withdrawal; the print view;
the normalised score after review."""

from __future__ import annotations

import re
import shutil
from urllib.parse import parse_qs, urlparse

import pytest
import sqlalchemy as sa
from web_support import PASSWORD, ROOT, SAMPLES, client_as, csrf, decide_url, finding_target, links

from engine import accounts, review
from engine.batch import Engine, run
from engine.store import Store


@pytest.fixture
def two_runs_db(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in SAMPLES:
        shutil.copy(ROOT / "reports" / name, reports / name)
    db = tmp_path / "runs.db"
    store = Store(str(db))
    engine = Engine.load()
    run(engine, [reports], store=store)
    run(engine, [reports], store=store)
    accounts.add_user(store.engine, "rita", "reviewer", PASSWORD)
    store.close()
    return db


def _card_links(client, run_id: int = 1) -> list[str]:
    return links(client.get(f"/runs/{run_id}?period=all").text, f"/runs/{run_id}/card")


def _card_with_several(client) -> str:
    for url in _card_links(client):
        if len(links(client.get(url).text, "/runs/1/finding/")) >= 3:
            return url
    raise AssertionError("no card with three findings")


def test_a_run_gets_a_title_a_period_is_marked_current_and_hidden_runs_stay(db):
    rita = client_as(db, "rita")
    token = csrf(rita.get("/runs/1").text)
    saved = rita.post("/runs/1/settings", data={"title": "2022 年度考核", "period": "2022", "current": "1",
                                                "csrf": token}, follow_redirects=False)
    assert saved.status_code == 303
    ranking = rita.get("/runs/1").text
    assert "2022 年度考核 排名" in ranking and 'id="current-badge"' in ranking
    assert 'name="period" id="filter-period"' in ranking and '<option selected>2022</option>' in ranking
    listed = rita.get("/runs").text
    assert "2022 年度考核" in listed and "当前" in listed
    hidden_with_current = rita.post("/runs/1/settings", data={"title": "x", "current": "1", "hidden": "1",
                                                              "csrf": token})
    assert hidden_with_current.status_code == 400 and "当前批次不能隐藏" in hidden_with_current.text
    assert rita.post("/runs/1/settings", data={"title": "2022 年度考核", "period": "2022", "hidden": "1",
                                               "csrf": token}).status_code == 200
    assert 'href="/runs/1"' not in rita.get("/runs").text and "另有 1 个隐藏批次" in rita.get("/runs").text
    assert 'href="/runs/1"' in rita.get("/runs?hidden=1").text
    assert rita.get("/runs/1").status_code == 200  # hidden, never deleted
    audit = rita.get("/runs/1/audit").text
    for words in ("批次标题", "批次期间", "当前批次", "隐藏批次"):
        assert words in audit
    assert client_as(db, "alice").post("/runs/1/settings", data={"title": "y", "csrf": token}).status_code == 403


def test_one_current_run_per_period(db):
    store = Store(str(db))
    store.finish_run(store.begin_run("auto", "v", []), [])  # a second run
    store.close()
    rita = client_as(db, "rita")
    token = csrf(rita.get("/runs").text)
    for run_id in (1, 2):
        rita.post(f"/runs/{run_id}/settings", data={"title": f"第 {run_id} 次", "period": "2022", "current": "1",
                                                    "csrf": token})
    store = Store(str(db))
    with store.engine.connect() as conn:
        current = conn.execute(sa.select(review.run_labels.c.run_id).where(review.run_labels.c.current)).scalars()
        assert list(current) == [2]
    store.close()


def test_ranking_filters_by_period_and_category(db):
    client = client_as(db, "alice")
    everything = client.get("/runs/1?period=all").text
    periods = re.findall(r'<option>(\d{4})</option>', everything.split('id="filter-period"')[1].split("</select>")[0])
    assert sorted(periods) == ["2021", "2022"]
    only = client.get("/runs/1", params={"period": "2022"}).text
    assert "柏川市生态环境局" in only and "泉塘" not in only
    categories = re.findall(r'<option>([^<]+)</option>',
                            everything.split('id="filter-category"')[1].split("</select>")[0])
    assert categories and set(categories) <= {"市直部门", "县区", "乡镇街道", "高校", "市级政府", "省级政府", "未分类"}
    for name in categories:
        assert "共 0 张" not in client.get("/runs/1", params={"category": name}).text
    assert "共 0 张" in client.get("/runs/1", params={"category": "没有这个类别"}).text


def test_after_a_decision_the_next_pending_finding_opens(db):
    client = client_as(db, "alice")
    card = _card_with_several(client)
    findings = links(client.get(card).text, "/runs/1/finding/")
    query = parse_qs(urlparse(findings[0]).query)
    fields = {"agency": query["agency"][0], "period": query["period"][0]}
    page = client.get(findings[0]).text
    assert re.search(r'name="action" value="[a-z]+"[^>]* checked', page) is None  # nothing preselected
    response = client.post(decide_url(findings[0]), data={**fields, "action": "confirm", "csrf": csrf(page)},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == findings[1]


def test_several_findings_confirmed_at_once_and_the_pending_filter(db):
    client = client_as(db, "alice")
    card = _card_with_several(client)
    page = client.get(card).text
    boxes = re.findall(r'name="fp" value="([0-9a-f]{32})"', page)
    query = parse_qs(urlparse(card).query)
    response = client.post("/runs/1/card/confirm", data={"agency": query["agency"][0], "period": query["period"][0],
                                                         "fp": boxes[:2], "csrf": csrf(page)}, follow_redirects=False)
    assert response.status_code == 303
    after = client.get(card).text
    assert "已记录：确认 2 项" in after
    pending = client.get(card + "&pending=1").text
    shown = re.findall(r'name="fp" value="([0-9a-f]{32})"', pending)
    assert shown == boxes[2:] and 'id="show-all"' in pending
    audit = client.get("/runs/1/audit").text
    assert audit.count("<td>确认</td>") == 2
    viewer = client_as(db, "victor")
    assert viewer.post("/runs/1/card/confirm", data={"agency": query["agency"][0], "period": query["period"][0],
                                                     "fp": boxes[2:], "csrf": csrf(viewer.get(card).text)}
                       ).status_code == 403


def test_a_refused_form_keeps_the_page_and_the_input(db):
    client = client_as(db, "alice")
    url, fields = finding_target(client)
    page = client.get(url).text
    refused = client.post(decide_url(url), data={**fields, "action": "adjust", "points": "3.25",
                                                 "reason": "我写的理由", "csrf": csrf(page)})
    assert refused.status_code == 400 and 'id="form-error"' in refused.text and "0.1 的整数倍" in refused.text
    assert "我写的理由</textarea>" in refused.text and 'value="3.25"' in refused.text
    assert re.search(r'value="adjust" id="action-adjust" checked', refused.text)
    missing = client.post(decide_url(url), data={**fields, "reason": "没选", "csrf": csrf(page)})
    assert missing.status_code == 400 and "请选择一项决定" in missing.text
    tenths = client.post(decide_url(url), data={**fields, "action": "adjust", "points": "2.3", "reason": "部分成立",
                                                "csrf": csrf(page)}, follow_redirects=False)
    assert tenths.status_code == 303
    assert "调整扣分（2.3 分）" in client.get(url).text
    assert 'step="0.1"' in client.get(url).text


def test_sign_off_states_the_pending_count_and_can_be_withdrawn_with_a_reason(db):
    rita = client_as(db, "rita")
    ranking = rita.get("/runs/1").text
    pending = int(re.search(r'id="pending-count">待复核 (\d+) 项', ranking).group(1))
    assert pending > 0 and f"还有 {pending} 个扣分项待复核" in ranking
    url, fields = finding_target(rita)
    rita.post(decide_url(url), data={**fields, "action": "confirm", "csrf": csrf(ranking)})
    assert f"待复核 {pending - 1} 项" in rita.get("/runs/1").text
    assert rita.post("/runs/1/signoff", data={"csrf": csrf(ranking)}).status_code == 200
    assert client_as(db, "alice").post("/runs/1/withdraw", data={"reason": "x", "csrf": csrf(ranking)}
                                       ).status_code == 403
    no_reason = rita.post("/runs/1/withdraw", data={"reason": " ", "csrf": csrf(ranking)})
    assert no_reason.status_code == 400 and "撤回签发须写明理由" in no_reason.text
    done = rita.post("/runs/1/withdraw", data={"reason": "漏审一份报告", "csrf": csrf(ranking)})
    assert done.status_code == 200 and 'id="unlocked"' in done.text
    assert rita.post(decide_url(url), data={**fields, "action": "dismiss", "reason": "重新复核",
                                            "csrf": csrf(ranking)}).status_code == 200  # open again
    audit = rita.get("/runs/1/audit").text
    assert "撤回签发" in audit and "漏审一份报告" in audit and "签发" in audit
    assert "+00:00" not in audit  # stamps in the office's zone, as everywhere else
    assert "漏审一份报告" in rita.get("/runs/1/audit.csv").content.decode("utf-8-sig")
    not_signed = rita.post("/runs/1/withdraw", data={"reason": "再撤", "csrf": csrf(ranking)})
    assert not_signed.status_code == 400 and "尚未签发" in not_signed.text


def test_withdrawing_lets_later_decisions_of_earlier_runs_reach_the_run_again(two_runs_db):
    db = two_runs_db
    rita = client_as(db, "rita")
    token = csrf(rita.get("/runs/2").text)
    rita.post("/runs/2/signoff", data={"csrf": token})
    url, fields = finding_target(rita, 1, "柏川")
    rita.post(decide_url(url), data={**fields, "action": "dismiss", "reason": "签发后", "csrf": token})
    in_two, _ = finding_target(rita, 2, "柏川")
    assert 'id="state">待复核' in rita.get(in_two).text
    rita.post("/runs/2/withdraw", data={"reason": "重开", "csrf": token})
    assert 'id="state">撤销' in rita.get(in_two).text
    store = Store(str(db))
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(review.review_scores).where(review.review_scores.c.run_id == 2)).all()
    store.close()
    assert any("柏川" in r.agency and r.decided == 1 for r in rows)


def test_the_print_view_and_the_normalised_score_after_review(db):
    client = client_as(db, "alice")
    url, fields = finding_target(client)
    card = links(client.get(url).text, "/runs/1/card")[0]
    before = client.get(card).text
    normalised = float(re.search(r'id="reviewed-normalised">([^<]+)<', before).group(1))
    client.post(decide_url(url), data={**fields, "action": "dismiss", "reason": "已核实", "csrf": csrf(before)})
    after = client.get(card).text
    assert float(re.search(r'id="reviewed-normalised">([^<]+)<', after).group(1)) > normalised
    printed = client.get(links(after, "/runs/1/card/print")[0]).text
    score = re.search(r'id="reviewed-score">([^<]+)<', after).group(1)
    assert f'id="print-score">{score}<' in printed and "已核实" in printed and "<form" not in printed
    assert "整改" in printed and fields["agency"] in printed

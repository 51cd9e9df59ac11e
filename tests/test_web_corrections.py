"""Fact corrections: an auditor corrects what the parser got wrong beside the text, with a reason; the card is
re-scored from the corrected facts, the correction is kept by document hash and fact name, a re-run applies it,
exports mark it 人工更正, and the audit trail lists it."""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa
from web_support import client_as, csrf, finding_target, links

from engine import corrections
from engine.batch import Engine, run
from engine.store import Store


def _correct(client, url: str, fields: dict, fact: str, value: str, reason: str = "原文落款日期为 2023 年 1 月 15 日",
             other: str = "", source: str = ""):
    page = client.get(url).text
    source = source or re.search(r'name="source" value="([^"]+)"', page).group(1)
    return client.post("/runs/1/card/correct", data={**fields, "source": source, "fact": fact, "other": other,
                                                      "value": value, "reason": reason, "csrf": csrf(page)},
                       follow_redirects=False)


def test_a_corrected_date_rescores_the_card_and_a_rerun_applies_it(db):
    client = client_as(db, "alice")
    url, fields = finding_target(client, 1, "柏川")
    page = client.get(url).text
    assert 'id="correct-form"' in page and "gov2019.timeliness.report_deadline" in page
    card_before = client.get(links(page, "/runs/1/card")[0]).text
    assert "report_deadline" in card_before
    response = _correct(client, url, fields, "doc.published_on", "2023-01-15")
    assert response.status_code == 303
    card = client.get(response.headers["location"]).text
    assert "已更正发布日期" in card and "report_deadline" not in card  # re-scored: no longer late
    assert "人工更正：发布日期 改为 2023-01-15" in card
    audit = client.get("/runs/1/audit").text
    assert "事实更正" in audit and "原文落款日期为 2023 年 1 月 15 日" in audit and "→ 2023-01-15" in audit
    assert "人工更正" in client.get("/runs/1/export.md").text
    store = Store(str(db))
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(corrections.corrections)).all()
    assert [(r.fact, r.value, r.user) for r in rows] == [("doc.published_on", '"2023-01-15"', "alice")]
    assert len(rows[0].file_hash) == 64
    reports = Path(re.search(r'name="source" value="([^"]+)"', page).group(1)).parent
    again = run(Engine.load(), [reports], store=store)
    store.close()
    card_two = next(c for c in again.cards if "柏川" in c.agency)
    assert not any(f.rule.endswith("report_deadline") for f in card_two.findings)
    assert any("人工更正" in w for w in card_two.warnings)


def test_a_table_figure_and_the_agency_name_can_be_corrected(db):
    client = client_as(db, "alice")
    url, fields = finding_target(client, 1, "柏川")
    figure = _correct(client, url, fields, "other", "41", reason="表格第二行应为 41", other="requests.received")
    assert figure.status_code == 303
    url, fields = finding_target(client, 1, "柏川")
    renamed = _correct(client, url, fields, "doc.agency", "柏川市生态环境保护局", reason="落款机构全称")
    assert renamed.status_code == 303 and "%E4%BF%9D%E6%8A%A4" in renamed.headers["location"]
    card = client.get(renamed.headers["location"]).text
    assert "柏川市生态环境保护局" in card and "机构名称 改为 柏川市生态环境保护局" in card
    assert "requests.received 改为 41" in card
    assert "柏川市生态环境局</a>" not in client.get("/runs/1?period=all").text  # the card moved to the corrected name


def test_bad_corrections_are_refused(db):
    client = client_as(db, "alice")
    url, fields = finding_target(client, 1, "柏川")
    no_reason = _correct(client, url, fields, "doc.published_on", "2023-01-15", reason=" ")
    assert no_reason.status_code == 400 and "须写明理由" in no_reason.text
    bad_date = _correct(client, url, fields, "doc.published_on", "15/01/2023")
    assert bad_date.status_code == 400 and "2023-01-31 这样的格式" in bad_date.text
    unknown = _correct(client, url, fields, "other", "3", other="no.such.fact")
    assert unknown.status_code == 400 and "不能更正" in unknown.text
    source = re.search(r'name="source" value="([^"]+)"', client.get(url).text).group(1)
    viewer = client_as(db, "victor")
    assert 'id="correct-form"' not in viewer.get(url).text
    assert _correct(viewer, url, fields, "doc.published_on", "2023-01-15", source=source).status_code == 403
    store = Store(str(db))
    corrections.ensure_tables(store.engine)
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(corrections.corrections)).scalar_one() == 0
    store.close()


def test_a_corrected_year_moves_the_card_and_a_kind_correction_is_rescored(db):
    client = client_as(db, "alice")
    url, fields = finding_target(client, 1, "柏川")
    moved = _correct(client, url, fields, "doc.year", "2023", reason="正文统计期限为 2023 年")
    assert moved.status_code == 303 and "period=2023" in moved.headers["location"]
    card = client.get(moved.headers["location"]).text
    assert "柏川市生态环境局（2023）" in card and "年度 改为 2023" in card
    assert client.get(url).status_code == 404  # the 2022 card is gone from this run
    url, fields = finding_target(client, 1, "云岭")
    before = client.get(links(client.get(url).text, "/runs/1/card")[0]).text
    bad_year = _correct(client, url, fields, "doc.year", "20", reason="x")
    assert bad_year.status_code == 400 and "1990 到 2100" in bad_year.text
    wrong_kind = _correct(client, url, fields, "doc.kind", "报告", reason="x")
    assert wrong_kind.status_code == 400 and "工作总结" in wrong_kind.text and "work_summary" not in wrong_kind.text
    kind = _correct(client, url, fields, "doc.kind", "工作总结", reason="实为工作总结")
    assert kind.status_code == 303
    after = client.get(kind.headers["location"]).text
    assert "文件类型 改为 工作总结" in after and after != before
    assert "政府信息公开工作年度报告 → 工作总结" in client.get("/runs/1/audit").text

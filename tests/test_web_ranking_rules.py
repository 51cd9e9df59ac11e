"""The ranking as the exports rank (per period and category, current score, veto as 0, ties shared, cards kept out
of rankings listed apart, numbers never changed by a filter); a correction re-runs the cross-year checks of the
card and of the run's later cards of the agency, and a re-run reads the corrected facts; a run scored with an
office's rule folders is re-scored with them, or says in Chinese why it cannot be; the profile's name in Chinese."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from web_support import PASSWORD, ROOT, client_as, csrf, links

from engine import accounts, review
from engine.batch import Engine, run
from engine.cli import main
from engine.model import Finding, Scorecard
from engine.render import layout
from engine.store import Store, scorecards
from engine.web.pages import ranking as queries
from engine.web.pages.ranking import reviewed_cards

ROW = re.compile(r'<td class="n rank">(\d+)((?:（并列）)?)</td><td><a [^>]*>([^<]*)</a></td>\s*<td>([^<]*)</td>'
                 r'<td class="category">([^<]*)</td><td>[^<]*</td><td>[^<]*</td><td class="n score">([^<]*)</td>')


def _finding(rule: str, topic: str, points: float, evidence: str, veto: bool = False) -> Finding:
    return Finding(rule, topic, "扣分项", "《条例》", "major", points, evidence, veto=veto)


def _card(agency: str, period: str, level: str, findings: list[Finding], **kw) -> Scorecard:
    lost = sum(f.points for f in findings)
    return Scorecard(agency, period, "gov-2019", 100.0 - lost, "良好", any(f.veto for f in findings), findings,
                     [f"/nowhere/{agency}.txt"], level=level, **{"kind": "government_annual", **kw})


@pytest.fixture
def season(tmp_path) -> Path:
    """One run: 2023 市直部门 A 90, B 90, C 80 (two findings), D 95 with a veto, E 85; 2023 县区 F 88, G 88;
    2022 市直部门 A 70; a document naming no agency and a work summary, both kept out of rankings."""
    cards = [
        _card("甲市财政局", "2023", "department", [_finding("r.a", "t.a", 10, "甲一")]),
        _card("乙市教育局", "2023", "department", [_finding("r.a", "t.a", 10, "乙一")]),
        _card("丙市交通局", "2023", "department", [_finding("r.a", "t.a", 10, "丙一"),
                                                _finding("r.b", "t.b", 10, "丙二")]),
        _card("丁市民政局", "2023", "department", [_finding("r.v", "t.v", 5, "丁一", veto=True)]),
        _card("戊市商务局", "2023", "department", [_finding("r.a", "t.a", 15, "戊一")]),
        _card("己县人民政府", "2023", "county", [_finding("r.a", "t.a", 12, "己一")]),
        _card("庚县人民政府", "2023", "county", [_finding("r.a", "t.a", 12, "庚一")]),
        _card("甲市财政局", "2022", "department", [_finding("r.a", "t.a", 30, "甲旧")]),
        _card("（未署名）/nowhere/x.txt", "2023", "department", [], ranked=False,
              unranked_reason="未识别出单位名称，请人工确认是哪个单位的报告"),
        _card("辛市水务局", "2023", "department", [], ranked=False, kind="work_summary"),
    ]
    db = tmp_path / "runs.db"
    store = Store(str(db))
    run_id = store.begin_run("auto", "synthetic", ["/nowhere"])
    store.finish_run(run_id, cards)
    accounts.add_user(store.engine, "alice", "auditor", PASSWORD)
    store.close()
    return db


def _rows(page: str) -> list[tuple[int, bool, str, str, str, str]]:
    return [(int(r), bool(t), a, p, c, s) for r, t, a, p, c, s in ROW.findall(page)]


def test_ranks_are_the_exports_ranks_and_no_filter_renumbers_them(season):
    client = client_as(season, "alice")
    page = client.get("/runs/1").text
    assert 'id="filter-period"' in page and '<option selected>2023</option>' in page  # the run's period by default
    rows = _rows(page)
    assert {p for _, _, _, p, _, _ in rows} == {"2023"}
    ranks = {a: (r, t, c, s) for r, t, a, _, c, s in rows}
    assert ranks["甲市财政局"] == (1, True, "市直部门", "90") and ranks["乙市教育局"] == (1, True, "市直部门", "90")
    assert ranks["戊市商务局"] == (3, False, "市直部门", "85") and ranks["丙市交通局"] == (4, False, "市直部门", "80")
    assert ranks["丁市民政局"] == (5, False, "市直部门", "0（一票否决）")  # a veto counts as 0, whatever the points
    assert ranks["己县人民政府"] == ranks["庚县人民政府"] == (1, True, "县区", "88")
    # kept out of the ranking, listed apart with the reason
    apart = page.split('id="apart"')[1]
    assert "未识别或非年度报告文件，请人工确认" in apart and "（未署名）" in apart and "辛市水务局" in apart
    assert "工作总结" in apart or "未识别为年度报告" in apart
    assert not any(a.startswith("（未署名）") or a == "辛市水务局" for a in ranks)
    assert "共 7 张" in page and "另有" in page
    # a filter or another order shows the same numbers
    for params in ({"q": "交通"}, {"grade": "良好"}, {"category": "市直部门", "sort": "agency", "order": "asc"},
                   {"level": "county"}, {"sort": "reviewed", "order": "asc"}):
        for r, t, a, _, c, s in _rows(client.get("/runs/1", params=params).text):
            assert ranks[a] == (r, t, c, s), params
    assert [a for *_, a, _, _, _ in _rows(client.get("/runs/1", params={"q": "交通"}).text)] == ["丙市交通局"]
    # 全部: the other period is ranked on its own
    everything = {(a, p): r for r, _, a, p, _, _ in _rows(client.get("/runs/1", params={"period": "all"}).text)}
    assert everything[("甲市财政局", "2022")] == 1 and everything[("甲市财政局", "2023")] == 1


def test_a_review_moves_the_rank_as_the_reviewed_export_does(season):
    client = client_as(season, "alice")
    app = client.app
    with app.state.wb.engine.connect() as conn:
        payload = conn.execute(sa.select(scorecards.c.payload).where(scorecards.c.agency == "丙市交通局")).scalar()
    card = json.loads(payload)
    review.decide(app.state.wb.engine, 1, card, card["findings"][1], review.DISMISS, None, "核实无误", "alice",
                  app.state.wb.profiles)
    rows = _rows(client.get("/runs/1").text)
    assert [(a, r, t) for r, t, a, _, c, _ in rows if c == "市直部门"][:3] == \
        [("丙市交通局", 1, True), ("乙市教育局", 1, True), ("甲市财政局", 1, True)]
    exported = layout(reviewed_cards(app.state.wb, 1), "2023")
    expected = {(c.agency, g.category): (rank, tied)
                for g in exported.groups for rank, tied, c in zip(g.ranks, g.tied, g.cards, strict=True)}
    assert {(a, c): (r, t) for r, t, a, _, c, _ in rows} == expected
    with app.state.wb.engine.connect() as conn:
        apart = queries.ranking(conn, 1, queries.Filters()).apart
    assert {c.agency for c in exported.unranked} == {a.agency for a in apart}


# ------------------------------------------------------------------------- corrections and cross-year checks

@pytest.fixture
def shiwan(tmp_path) -> Path:
    """临川县石湾镇人民政府's 2021 and 2022 reports in one run."""
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("03-shiwan-town-2021.txt", "21-shiwan-town-2022-copied.txt"):
        shutil.copy(ROOT / "reports" / name, reports / name)
    db = tmp_path / "runs.db"
    store = Store(str(db))
    run(Engine.load(), [reports], store=store)
    accounts.add_user(store.engine, "alice", "auditor", PASSWORD)
    store.close()
    return db


def _correct(client, run_id: int, period: str, fact: str, value: str) -> str:
    card_url = next(u for u in links(client.get(f"/runs/{run_id}?period=all").text, f"/runs/{run_id}/card")
                    if f"period={period}" in u)
    document = links(client.get(card_url).text, f"/runs/{run_id}/card/document")  # works without findings too
    page = client.get(document[0]).text
    assert 'id="source"' in page  # the text beside the form
    source = re.search(r'name="source" value="([^"]+)"', page)
    assert source, "the correction form names the document"
    response = client.post(f"/runs/{run_id}/card/correct", data={
        "agency": "临川县石湾镇人民政府", "period": period, "source": source.group(1), "fact": "other",
        "other": fact, "value": value, "reason": "表三原文与解析结果不符", "csrf": csrf(page)}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return client.get(response.headers["location"]).text


def _rules_of(db: Path, period: str) -> list[str]:
    with Store(str(db)).engine.connect() as conn:
        payload = conn.execute(sa.select(scorecards.c.payload).where(scorecards.c.period == period)
                               .order_by(scorecards.c.run_id.desc())).scalars().first()
    return [f["rule"] for f in json.loads(payload)["findings"]]


def test_a_correction_reruns_the_cross_year_checks_and_a_rerun_reads_the_corrected_facts(shiwan, tmp_path):
    client = client_as(shiwan, "alice")
    assert "common.history.carryover" not in _rules_of(shiwan, "2022")
    kept = [r for r in _rules_of(shiwan, "2022") if r.startswith("common.history")]
    assert kept == ["common.history.text_repeated"]  # compared with the 2021 text
    # 2022's 上年结转 corrected to 2: the card's own cross-year check now differs from 2021's 结转下年度 (0)
    page = _correct(client, 1, "2022", "requests.carried_over", "2")
    assert "common.history.carryover" in _rules_of(shiwan, "2022") and "人工更正" in page
    assert "common.history.text_repeated" in _rules_of(shiwan, "2022")  # the text comparison is kept
    # 2021's 结转下年度 corrected to 2: the 2022 card of the same run reads it, and agrees again
    _correct(client, 1, "2021", "requests.carried_forward", "2")
    assert "common.history.carryover" not in _rules_of(shiwan, "2022")
    # a new batch of the 2022 report alone reads the corrected 2021 figures from the store
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(ROOT / "reports" / "21-shiwan-town-2022-copied.txt", alone)
    store = Store(str(shiwan))
    result = run(Engine.load(), [alone], store=store)
    store.close()
    [card] = result.cards
    assert "common.history.carryover" not in [f.rule for f in card.findings]
    assert any("人工更正" in w for w in card.warnings)


# ------------------------------------------------------------------------------------------ the run's own rules

@pytest.fixture
def office(tmp_path, capsys) -> tuple[Path, Path]:
    """A run scored with an office's folder (xxgk rules init) and its profile office-2019."""
    local = tmp_path / "本单位规则"
    assert main(["rules", "init", str(local)]) == 0
    profile = local / "profiles" / "office-2019.yaml"
    profile.write_text(profile.read_text(encoding="utf-8") + "point_step: 0.5\n", encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(ROOT / "reports" / "05-baichuan-eeb-2022-late.txt", reports)
    db = tmp_path / "runs.db"
    assert main(["score", str(reports), "--rules", str(local), "--profile", "office-2019", "--store", str(db),
                 "--format", "json", "--title", "2022年度市直部门考核"]) == 0
    capsys.readouterr()
    store = Store(str(db))
    accounts.add_user(store.engine, "alice", "auditor", PASSWORD)
    store.close()
    return db, local


def _date_correction(client):
    card_url = links(client.get("/runs/1?period=all").text, "/runs/1/card")[0]
    page = client.get(card_url).text
    page = client.get(links(page, "/runs/1/finding/")[0]).text
    source = re.search(r'name="source" value="([^"]+)"', page).group(1)
    return client.post("/runs/1/card/correct", data={
        "agency": "柏川市生态环境局", "period": "2022", "source": source, "fact": "doc.published_on",
        "value": "2023-01-15", "reason": "落款日期为 2023 年 1 月 15 日", "csrf": csrf(page)}, follow_redirects=False)


def test_a_run_scored_with_an_office_folder_is_rescored_with_it(office):
    db, _ = office
    client = client_as(db, "alice")
    ranking = client.get("/runs/1").text
    assert 'id="rules-problem"' not in ranking
    assert "2022年度市直部门考核 排名" in ranking and "2022年度市直部门考核" in client.get("/runs").text  # --title
    assert "office.content.work_points" in _rules_of(db, "2022")  # the office's rule, not in the shipped ones
    response = _date_correction(client)
    assert response.status_code == 303, response.text
    rules = _rules_of(db, "2022")
    assert "office.content.work_points" in rules and "gov2019.timeliness.report_deadline" not in rules
    card = client.get(response.headers["location"]).text
    finding = links(card, "/runs/1/finding/")[0]
    page = client.get(finding).text
    assert 'step="0.5"' in page  # the office profile's point_step
    fields = {"agency": "柏川市生态环境局", "period": "2022", "action": "adjust", "reason": "部分成立",
              "csrf": csrf(page)}
    decide = finding.split("?")[0] + "/decide"
    refused = client.post(decide, data={**fields, "points": "0.3"})
    assert refused.status_code == 400 and "0.5 的整数倍" in refused.text
    assert client.post(decide, data={**fields, "points": "0.5"}, follow_redirects=False).status_code == 303
    assert "office-2019" not in re.search(r'<p class="meta">评分方案 ([^<·]*)', card).group(1)  # its title


def test_when_the_office_folder_is_gone_nothing_is_rescored_with_other_rules(office, tmp_path):
    db, local = office
    local.rename(tmp_path / "moved")
    client = client_as(db, "alice")
    ranking = client.get("/runs/1").text
    assert "本批次评分所用的规则文件夹已不在" in ranking and str(local) in ranking
    response = _date_correction(client)
    assert response.status_code == 409
    assert "规则文件夹已不在" in response.text and "本次更正未保存" in response.text
    from engine.corrections import corrections
    with Store(str(db)).engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(corrections)).scalar() == 0
    assert "gov2019.timeliness.report_deadline" in _rules_of(db, "2022")  # the card is as it was


def test_a_rule_changed_since_the_run_is_said_too(office):
    db, local = office
    rule = local / "office" / "content" / "work_points.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("points: 2", "points: 3"), encoding="utf-8")
    client = client_as(db, "alice")
    assert "本批次评分后规则已改变" in client.get("/runs/1").text
    assert _date_correction(client).status_code == 409


def test_the_run_header_names_the_profile_in_chinese(season):
    client = client_as(season, "alice")
    page = client.get("/runs/1").text
    assert re.search(r'id="run-scheme">自动选择（按报告类型和年度）</span>', page)
    assert ">auto<" not in page and "方案 auto" not in page
    assert "自动选择" in client.get("/runs").text


def test_a_card_kept_out_of_the_ranking_is_corrected_from_its_document_and_ranked(db):
    """The nameless document of the shared test store: no finding to open, so the card's document page holds the
    text and the form; naming the agency puts the card into the ranking."""
    client = client_as(db, "alice")
    ranking = client.get("/runs/1?period=all").text
    apart = ranking.split('id="apart"')[1]
    card_url = links(apart, "/runs/1/card")[0]
    card = client.get(card_url).text
    assert "不参与排名：未识别出单位名称" in card
    document = links(card, "/runs/1/card/document")[0]
    page = client.get(document).text
    assert 'id="source"' in page and 'id="correct-form"' in page and "&lt;script&gt;" in page
    viewer = client_as(db, "victor").get(document)
    assert viewer.status_code == 200 and 'id="source"' in viewer.text and 'id="correct-form"' not in viewer.text
    source = re.search(r'name="source" value="([^"]+)"', page).group(1)
    agency, period = re.search(r'name="agency" value="([^"]+)"><input type="hidden" name="period" value="([^"]+)"',
                               page).groups()
    response = client.post("/runs/1/card/correct", data={
        "agency": agency, "period": period, "source": source, "fact": "doc.agency", "value": "泉塘区商务局（副本）",
        "reason": "落款单位为泉塘区商务局", "csrf": csrf(page)}, follow_redirects=False)
    assert response.status_code == 303, response.text
    after = client.get("/runs/1?period=all").text
    assert "泉塘区商务局（副本）</a>" in after.split('id="ranking"')[1].split("</table>")[0]
    assert 'id="apart"' not in after
    renamed = {"agency": "泉塘区商务局（副本）", "period": period}
    assert client.get("/runs/1/card/document", params={**renamed, "source": "/etc/passwd"}).status_code == 404
    assert client.get("/runs/1/card/document", params={**renamed, "source": source}).status_code == 200


def test_a_correction_made_meanwhile_wins_and_nothing_is_half_kept(shiwan, monkeypatch):
    """Re-scoring happens outside the write lock (it parses files and reads earlier years); if another
    correction lands meanwhile, this one is refused whole and says so."""
    from engine import corrections
    real = corrections.rescore

    def slow(*args, **kwargs):
        with Store(str(shiwan)).engine.begin() as conn:  # another auditor's correction arrives meanwhile
            conn.execute(corrections.corrections.insert().values(file_hash="0" * 64, fact="doc.year", value="2022",
                                                                 user="bob", at="2026-12-02T00:00:00+00:00"))
        return real(*args, **kwargs)

    monkeypatch.setattr(corrections, "rescore", slow)
    client = client_as(shiwan, "alice")
    card_url = next(u for u in links(client.get("/runs/1?period=all").text, "/runs/1/card") if "period=2022" in u)
    page = client.get(links(client.get(card_url).text, "/runs/1/card/document")[0]).text
    response = client.post("/runs/1/card/correct", data={
        "agency": "临川县石湾镇人民政府", "period": "2022", "source": re.search(r'name="source" value="([^"]+)"',
                                                                          page).group(1),
        "fact": "other", "other": "requests.carried_over", "value": "2", "reason": "表三", "csrf": csrf(page)})
    assert response.status_code == 409 and "刚被他人更正" in response.text
    with Store(str(shiwan)).engine.connect() as conn:
        assert [r.user for r in conn.execute(sa.select(corrections.corrections)).all()] == ["bob"]
    assert "common.history.carryover" not in _rules_of(shiwan, "2022")


def test_evidence_reads_as_sentences(db):
    client = client_as(db, "alice")
    card = next(u for u in links(client.get("/runs/1?period=all").text, "/runs/1/card") if "%E4%BA%91%E5%B2%AD" in u)
    page = client.get(card).text  # 云岭县人民政府: 表三 sums that do not add up
    assert "≠" in page and "!=" not in page

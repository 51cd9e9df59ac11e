"""Findings that need earlier years' reports (carry-over, figures and text copied, the same failure again), from the
batch or the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from engine import crossyear
from engine.batch import Engine, run
from engine.model import Fact, ParsedReport
from engine.scoring import score
from engine.similarity import similar_pairs, sketch
from engine.store import Store

ROOT = Path(__file__).resolve().parents[1]
ENGINE = Engine.load()
BASE = {"doc.agency": "明湖市人民政府", "doc.kind": "government_annual", "doc.level": "city"}


def ev(year: int, **figures):
    facts = {**BASE, "doc.year": year, "doc.period": str(year), **figures}
    return ENGINE.evaluator.evaluate(ParsedReport(f"{year}.txt", "ok", {k: Fact(v, str(v)) for k, v in facts.items()}))


def fired(e) -> set[str]:
    return {f.rule for f in e.findings if f.rule.startswith("common.history.")}


def test_copied_figures_and_broken_carry_over_fire():
    last = ev(2022, **{"proactive.new": 900, "requests.received": 40, "requests.completed": 38,
                       "consultations.total": 300, "requests.carried_forward": 2})
    this = ev(2023, **{"proactive.new": 900, "requests.received": 40, "requests.completed": 38,
                       "consultations.total": 300, "requests.carried_over": 0})
    crossyear.apply(ENGINE.evaluator, [last, this], {})
    assert fired(this) == {"common.history.figures_unchanged", "common.history.carryover"} and not fired(last)
    carry = next(f for f in this.findings if f.rule == "common.history.carryover")
    assert "2022" in carry.evidence and "2" in carry.evidence


def test_a_real_new_year_stays_silent():
    last = ev(2022, **{"proactive.new": 900, "requests.received": 40, "requests.carried_forward": 2})
    this = ev(2023, **{"proactive.new": 1130, "requests.received": 52, "requests.carried_over": 2})
    crossyear.apply(ENGINE.evaluator, [last, this], {})
    assert not fired(this) and this.facts["history.carryover_gap"].value == 0


def test_last_year_from_the_store(tmp_path):
    text = (ROOT / "reports" / "15-minghu-city-2022-clean.txt").read_text(encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "2022.txt").write_text(text, encoding="utf-8")
    copied = text.replace("2023-03-20", "2024-03-20").replace("2023年3月20日", "2024年3月20日").replace("2022", "2023")
    (tmp_path / "b" / "2023.txt").write_text(copied, encoding="utf-8")
    db = str(tmp_path / "runs.db")
    run(ENGINE, [tmp_path / "a"], store=Store(db))
    (card,) = run(ENGINE, [tmp_path / "b"], store=Store(db)).cards  # 2022 is only in the store
    assert {f.rule for f in card.findings} >= {"common.history.figures_unchanged", "common.history.carryover",
                                               "common.history.text_repeated"}
    again = run(ENGINE, [tmp_path / "b"], store=Store(db))  # reused from the store: its sketch too
    assert again.reused == 1 and again.cards[0].to_json() == card.to_json()


def with_text(e, text: str):
    e.sketch = sketch(text)
    return e


NARRATIVE = ("本机关坚持以公开为常态、不公开为例外，全年围绕重点领域推进政务公开工作。"
             "一是规范主动公开目录，按季度更新财政预决算和重大项目批准实施信息。"
             "二是完善依申请公开办理流程，全年办理申请均在法定期限内答复。"
             "三是加强政府信息管理，对现行有效的规范性文件进行集中清理并标注有效性。"
             "四是优化政府网站信息公开专栏，新增政策解读栏目并配发图解材料。"
             "五是强化监督保障，将政务公开纳入年度绩效考核并开展专题培训两次。"
             "存在的主要问题是解读形式还不够丰富，基层公开人员业务能力有待提高。")
REWRITTEN = ("本年度我局把政务公开与优化营商环境结合起来，重点公开涉企政策和行政许可办理结果。"
             "市场主体关心的审批事项办理进度全部实现网上可查，办理结果按周集中发布。"
             "针对上年群众反映的查找难问题，对栏目设置进行了重新梳理，合并了重复栏目。"
             "全年组织政策吹风会三场，主要负责同志带头解读年度重点改革举措。"
             "下一步将继续扩大公众参与，探索开展政务开放日活动并邀请企业代表参加。")


def test_text_repeated_from_last_year_fires_and_a_rewritten_report_does_not():
    last = with_text(ev(2022), NARRATIVE)
    copied = with_text(ev(2023), NARRATIVE.replace("两次", "3次"))  # one sentence of seven changed
    crossyear.apply(ENGINE.evaluator, [last, copied], {})
    assert "common.history.text_repeated" in fired(copied)
    assert copied.facts["history.text_resemblance"].value >= 0.6
    rewritten = with_text(ev(2023), REWRITTEN)
    crossyear.apply(ENGINE.evaluator, [with_text(ev(2022), NARRATIVE), rewritten], {})
    assert "common.history.text_repeated" not in fired(rewritten)
    assert rewritten.facts["history.text_resemblance"].value < 0.2


def placeholder_report(year: int):
    return ev(year, **{"quality.placeholders": True, "quality.placeholder_count": 2,
                       "quality.placeholder_examples": ["XX"]})


def test_the_same_failure_three_years_running_is_a_repeat_with_its_streak():
    years = [placeholder_report(y) for y in (2020, 2021, 2022)]
    failing = set(years[0].fired) - {"common.history.repeat"}
    assert failing  # the placeholder rule fires every year
    crossyear.apply(ENGINE.evaluator, years, {})
    assert "common.history.repeat" not in fired(years[0])
    assert years[1].facts["history.repeat_streak"].value == 2
    assert years[2].facts["history.repeat_streak"].value == 3
    assert set(years[2].facts["history.repeated_rules"].value) <= failing
    assert "common.history.repeat" in fired(years[2])
    fixed = ev(2023)  # fixed the next year: no repeat
    crossyear.apply(ENGINE.evaluator, [*years, fixed], {})
    assert fixed.facts["history.repeat_streak"].value == 1 and "common.history.repeat" not in fired(fixed)


def test_a_repeat_is_a_flag_until_a_scheme_prices_it(tmp_path):
    """屡查屡犯从重 has no verified source: 0 points (labelled with its tier) unless a profile cites its scheme."""
    import yaml

    from engine.profiles import load_profiles
    from engine.rules.loader import RULES_DIR
    years = [placeholder_report(y) for y in (2020, 2021, 2022)]
    crossyear.apply(ENGINE.evaluator, years, {})
    rules = ENGINE.ruleset.by_id()
    tiered = ENGINE.profiles.get("archives-monthly")
    card = score([years[2]], tiered, rules, date(2023, 6, 1))
    (repeat,) = [f for f in card.findings if f.rule == "common.history.repeat"]
    assert repeat.points == 0 and "连续3年" in repeat.title and repeat.basis_status == "unverified"
    assert card.escalation == "连续三年同一问题"
    plain = score([years[2]], ENGINE.profiles.get("gov-2019"), rules, date(2023, 6, 1))
    assert next(f.points for f in plain.findings if f.rule == "common.history.repeat") == 0
    assert plain.escalation == ""
    folder = tmp_path / "profiles"
    folder.mkdir()
    for p in (RULES_DIR / "profiles").glob("*.yaml"):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    local = {"name": "local", "title": "某区考核", "extends": "gov-2019",
             "overrides": {"common.history.repeat": {"points": 2, "scheme": "某区考核细则第五条"}},
             "repeat": {"rules": ["common.history.repeat"], "tiers": [{"from": 2, "points": 4, "label": "从重"},
                                                                      {"from": 3, "points": 8, "label": "约谈"}]}}
    (folder / "local.yaml").write_text(yaml.safe_dump(local, allow_unicode=True), encoding="utf-8")
    priced = score([years[2]], load_profiles(folder, ENGINE.ruleset).get("local"), rules, date(2023, 6, 1))
    (repeat,) = [f for f in priced.findings if f.rule == "common.history.repeat"]
    assert (repeat.points, repeat.basis_status) == (8, "local_scheme") and priced.escalation == "约谈"


def test_repeats_are_followed_back_through_the_store(tmp_path):
    db = str(tmp_path / "runs.db")
    text = (ROOT / "reports" / "07-quantang-commerce-2021-placeholders.txt").read_text(encoding="utf-8")
    for year in (2021, 2022, 2023):
        folder = tmp_path / str(year)
        folder.mkdir()
        body = text.replace("2022", str(year + 1)).replace("2021", str(year))
        (folder / "report.txt").write_text(body, encoding="utf-8")
        store = Store(db)
        (card,) = run(ENGINE, [folder], store=store).cards  # each year alone: earlier years only in the store
        store.close()
    assert card.period == "2023"
    repeat = next(f for f in card.findings if f.rule == "common.history.repeat")
    assert "连续3年" in repeat.evidence


def test_sample_copied_report_is_flagged_against_last_year():
    reports = ROOT / "reports"
    result = run(ENGINE, [reports / "03-shiwan-town-2021.txt", reports / "21-shiwan-town-2022-copied.txt"])
    cards = {c.period: c for c in result.cards}
    assert set(cards) == {"2021", "2022"} and {c.agency for c in cards.values()} == {"临川县石湾镇人民政府"}
    rules_2022 = {f.rule for f in cards["2022"].findings}
    assert "common.history.text_repeated" in rules_2022
    assert not rules_2022 & {"common.history.carryover", "common.history.figures_unchanged"}  # new figures, 0 → 0
    assert "common.history.text_repeated" not in {f.rule for f in cards["2021"].findings}
    assert cards["2022"].previous_period == "2021"


def other(agency: str, year: int, text: str):
    e = ENGINE.evaluator.evaluate(ParsedReport(f"{agency}.txt", "ok", {k: Fact(v, str(v)) for k, v in {
        **BASE, "doc.agency": agency, "doc.year": year, "doc.period": str(year)}.items()}))
    return with_text(e, text)


def test_a_report_copied_from_another_agency_the_same_year_fires_on_both():
    mine, theirs = other("明湖市人民政府", 2022, NARRATIVE), other("青禾市人民政府", 2022, NARRATIVE)
    own = other("柳溪县人民政府", 2022, REWRITTEN)
    crossyear.apply(ENGINE.evaluator, [mine, theirs, own], {})
    assert "common.history.copied_peers" in fired(mine) and "common.history.copied_peers" in fired(theirs)
    assert "青禾市人民政府" in mine.facts["history.peer_resemblance"].evidence
    assert "common.history.copied_peers" not in fired(own) and own.facts["history.peer_resemblance"].value == 0.0


def test_peers_are_compared_within_a_year_and_not_with_the_agency_itself():
    last_year = other("青禾市人民政府", 2021, NARRATIVE)
    again = other("明湖市人民政府", 2022, NARRATIVE)
    duplicate = other("明湖市人民政府", 2022, NARRATIVE)  # the same agency twice: a duplicate, not a copy
    crossyear.apply(ENGINE.evaluator, [last_year, again, duplicate], {})
    assert not {"common.history.copied_peers"} & (fired(again) | fired(duplicate) | fired(last_year))


def test_similar_pairs_finds_a_copied_pair_and_treats_text_in_many_reports_as_a_shared_template():
    """300 reports built on one template share it with more than `common` (16) others: stock text, not a copy of
    one agency by another, and not 45,000 comparisons."""
    texts = [REWRITTEN.replace("三场", f"{n}场").replace("本年度", f"第{n}年度") for n in range(300)]
    sketches = [sketch(t + f"编号{n}的单位另写了一段完全不同的说明文字用于区分。") for n, t in enumerate(texts)]
    sketches.append(sketch(NARRATIVE))
    sketches.append(sketch(NARRATIVE + "另外补充了一句不同的话用来区分两份报告的内容。"))
    pairs = {(i, j) for i, j, _ in similar_pairs(sketches, 0.7)}
    assert pairs == {(300, 301)}


def test_the_checks_row_is_the_evaluators_on_an_empty_text():
    """Checks.row skips the text patterns (they see "" for every report): the same row as Evaluator.row."""
    last = ev(2022, **{"proactive.new": 900, "requests.carried_forward": 2})
    this = ev(2023, **{"proactive.new": 900, "requests.carried_over": 0})
    crossyear.apply(ENGINE.evaluator, [last, this], {})
    checks = crossyear.Checks(ENGINE.evaluator, [], {})
    for e in (last, this):
        assert checks.row(e.facts) == ENGINE.evaluator.row(e.facts, "")
    assert checks.row(this.facts)["history__figures_unchanged"] == this.facts["history.figures_unchanged"].value == 1


def test_an_index_filed_by_year_finds_each_years_namesakes_in_the_order_added():
    """The cross-year checks file every report under its year in one AgencyIndex (each name's short forms filed
    once): a year's lookup gives exactly that year's entries of the same agency (same_agency: the same name,
    longer and shorter forms of it) whose regions agree (same_region), in the order added."""
    import random

    from engine.agency import AgencyIndex, same_agency, same_region
    rng = random.Random(11)
    names = ["城关镇人民政府", "临川县城关镇人民政府", "抚州市临川县城关镇人民政府", "石湾镇人民政府",
             "临川县石湾镇人民政府", "县人民政府", "水利局", "抚州市水利局", "财政局办公室", "（临川县）财政局办公室"]
    regions = ["临川县", "抚州市临川县", "南城县", None]
    entries = []
    index: AgencyIndex[int] = AgencyIndex()
    for i in range(600):
        year, name, region = rng.randint(2018, 2023), rng.choice(names), rng.choice(regions)
        entries.append((year, name, region, i))
        index.add(name, region, i, year)
    assert index.parts == {e[0] for e in entries}
    found = 0
    for year in range(2017, 2025):
        for name in [*names, "南城县水利局", "镇人民政府"]:
            for region in regions:
                expected = [i for y, n, r, i in entries
                            if y == year and same_agency(n, name) and same_region(r, region)]
                assert index.find(name, region, year) == expected
                found += len(expected)
    assert found > 1000


def test_an_agencys_entries_by_year_in_one_lookup_are_each_years_find():
    """The cross-year checks look a report's agency up once for all its earlier years (AgencyIndex.by_part):
    every year's list is exactly that year's `find`, years with nothing absent."""
    import random

    from engine.agency import AgencyIndex
    rng = random.Random(12)
    names = ["城关镇人民政府", "临川县城关镇人民政府", "抚州市临川县城关镇人民政府", "石湾镇人民政府",
             "临川县石湾镇人民政府", "县人民政府", "水利局", "抚州市水利局", "（临川县）财政局办公室"]
    regions = ["临川县", "抚州市临川县", "南城县", None]
    index: AgencyIndex[int] = AgencyIndex()
    for i in range(600):
        index.add(rng.choice(names), rng.choice(regions), i, rng.randint(2018, 2023))
    found = 0
    for name in [*names, "南城县水利局", "镇人民政府", "财政局办公室"]:
        for region in regions:
            by_year = index.by_part(name, region)
            assert by_year == {y: hits for y in range(2016, 2026) if (hits := index.find(name, region, y))}
            found += sum(map(len, by_year.values()))
    assert found > 1000


def test_history_verdicts_kept_per_distinct_row_are_the_conditions_own():
    """Checks.fired works each distinct row out once: on random rows, asked twice in random order, it gives
    the rules whose conditions hold, in order; True, 1 and 1.0 are different rows (an ordering never holds on
    a bool), and a row with a list in it is worked out in full."""
    import random

    from engine.rules import condition as C
    rng = random.Random(5)
    checks = crossyear.Checks(ENGINE.evaluator, [], {})
    fields = sorted({leaf[1] for r in checks.rules for leaf in C.leaves(r.condition)})
    docs = {"doc__status": ["ok", "not_a_report"], "doc__kind": ["government_annual", "university_annual"],
            "doc__year": [2021, 2019, True]}
    pool = [True, False, 0, 1, 1.0, 2, 4, 0.7, 0.69, None, ["x"]]
    history = [f for f in fields if f not in docs]
    rows = []
    for _ in range(3000):  # the doc fields mostly a report's, one or two history fields: rows repeat
        row = {f: values[0] if rng.random() < 0.8 else rng.choice(values) for f, values in docs.items()}
        row.update((f, rng.choice(pool)) for f in rng.sample(history, rng.randint(1, 2)))
        rows.append(row)
    fired = set()
    for row in rows + rng.sample(rows, len(rows)):
        expected = [r for r in checks.rules if C.evaluate(r.condition, row)]
        assert checks.fired(row) == expected
        fired.update(r.id for r in expected)
    assert fired == {r.id for r in checks.rules}

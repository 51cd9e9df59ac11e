"""Compliant reports carry no deduction; their failing counterparts still do (issue 16, row by row).

Every case runs the real pipeline — files on disk → ingest → parse → derive → rules → score — on a small report
written for this suite (tests/compliance_reports.py). A row's compliant report must cost 0 points under the
rule the row is about, and the failing counterpart, differing only in that part, must still be charged.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from compliance_reports import OWN_ADMISSIONS, WORK_SUMMARY, gov, gov2007, table2, table3, university

from engine.batch import Engine, run
from engine.model import Fact, Scorecard
from engine.pipeline import parse_file
from engine.rules import condition as C
from engine.rules.basis import basis_for
from engine.scoring import review_kind, score

ENGINE = Engine.load()
RULES = ENGINE.ruleset.by_id()
TODAY = date(2026, 12, 1)


def cards(tmp_path: Path, texts: dict[str, str], profile: str = "auto", extra: list[Path] = ()) -> list[Scorecard]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    result = run(ENGINE, [*paths, *extra], profile, TODAY)
    assert not result.errors, result.errors
    return result.cards


def one(tmp_path: Path, text: str, profile: str = "auto", extra: list[Path] = ()) -> Scorecard:
    (card,) = cards(tmp_path, {"r": text}, profile, extra)
    return card


def points(card: Scorecard, *rules: str) -> float:
    return sum(f.points for f in card.findings if f.rule in rules)


def fired(card: Scorecard, rule: str) -> bool:
    return any(f.rule == rule for f in card.findings)


# ---- local.submission.monthly_list + archives-monthly ----

def _log(tmp_path: Path, agency: str, year: int, missed: set[int]) -> Path:
    rows = ["agency,month,submitted_on"]
    for m in range(1, 13):
        due = date(year + (m == 12), m % 12 + 1, 5).isoformat()
        rows.append(f"{agency},{year}-{m:02d},{'' if m in missed else due}")
    path = tmp_path / "log.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_monthly_list_once_a_year_capped_and_reports_only(tmp_path):
    agency = "云桥县交通运输局"
    report = gov(agency, 2021, "2022-01-20")
    on_time = one(tmp_path, report, "archives-monthly", [_log(tmp_path, agency, 2021, set())])
    assert not fired(on_time, "local.submission.monthly_list") and on_time.score == 100.0
    late = one(tmp_path, report, "archives-monthly", [_log(tmp_path, agency, 2021, set(range(1, 13)))])
    assert points(late, "local.submission.monthly_list") == 5.0  # was 5 + 8 + 10 × 10 = 113
    assert late.escalation == "分管领导召开专题会议" and late.score == 95.0
    summary = WORK_SUMMARY.replace("柏溪县农业农村局", agency)
    not_report = one(tmp_path, summary, "archives-monthly", [_log(tmp_path, agency, 2021, set(range(1, 13)))])
    assert not fired(not_report, "local.submission.monthly_list")


# ---- university.items.item_06: the report is the item ----

def test_item_6_is_the_report_itself_and_only_its_timeliness_is_checked(tmp_path):
    report = university("云桥学院", 2019, "2020-10-20")
    assert "信息公开年度报告" not in report.split("\n", 1)[1]  # the body never names the item
    on_time = one(tmp_path, report)
    assert not fired(on_time, "university.items.item_06") and on_time.score == 100.0
    late = one(tmp_path, university("云桥学院", 2019, "2020-11-20"))
    assert points(late, "university.timeliness.report_deadline") == 10.0


# ---- university.enrollment.*: only the university's own duties deduct ----

ENROLMENT = [f"university.enrollment.{k}" for k in ("policy", "eligibility", "charter", "plan", "candidates",
                                                     "procedure", "results", "appeals", "violations", "recheck")]


def test_enrolment_duties_of_the_ministry_and_province_are_information(tmp_path):
    own_only = one(tmp_path, university("云桥学院", 2019, "2020-10-20"))
    assert points(own_only, *ENROLMENT) == 0.0 and own_only.score == 100.0
    info = {f.rule for f in own_only.findings if f.rule in ENROLMENT}
    assert info == {"university.enrollment.policy", "university.enrollment.eligibility",
                    "university.enrollment.procedure", "university.enrollment.violations"}
    no_charter = one(tmp_path, university("云桥学院", 2019, "2020-10-20",
                                          admissions=OWN_ADMISSIONS.replace("经核定的招生章程和", "")))
    assert points(no_charter, "university.enrollment.charter") == 0.5
    none_at_all = one(tmp_path, university("云桥学院", 2019, "2020-10-20", admissions="学校按计划完成招生。"))
    assert 0 < none_at_all.deductions["university.enrollment"] <= 3.0  # one small category cap


def test_special_admissions_are_charged_only_where_the_university_has_them(tmp_path):
    plain = one(tmp_path, university("云桥学院", 2019, "2020-10-20"))
    assert not fired(plain, "university.enrollment.candidates")
    special = one(tmp_path, university("云桥学院", 2019, "2020-10-20",
                                       admissions=OWN_ADMISSIONS + "学校本年开展高水平运动队招生。"))
    assert points(special, "university.enrollment.candidates") == 0.5


# ---- format.content.*_table: a table published as an image is not a missing table ----

def test_a_table_as_an_image_is_for_a_person_to_check_not_missing(tmp_path):
    image = one(tmp_path, gov("云桥县交通运输局", 2021, "2022-01-20", t3=table3(4, image=True)))
    assert not fired(image, "format.content.requests_table")
    (note,) = [f for f in image.findings if f.rule == "format.content.tables_unread"]
    assert note.points == 0 and "人工核对" in note.title and image.score == 100.0
    missing = one(tmp_path, gov("云桥县交通运输局", 2021, "2022-01-20", t3="全年收到申请4件，均已答复。"))
    assert points(missing, "format.content.requests_table") == 5.0


# ---- format.content.outdated_format: 政府集中采购 in the prose is not the trial layout ----

def test_procurement_in_the_prose_is_not_the_trial_format(tmp_path):
    prose = "全年主动公开政府集中采购项目目录、标准及实施情况23条。"
    current = one(tmp_path, gov("云桥县财政局", 2021, "2022-01-20", other=prose + "本年度未收取信息处理费。"))
    assert not fired(current, "format.content.outdated_format") and current.score == 100.0
    trial = one(tmp_path, gov("云桥县财政局", 2021, "2022-01-20", t2=table2(trial=True)))
    assert points(trial, "format.content.outdated_format") == 3.0


# ---- deadline for 乡镇 and 街道 (2019+) ----

@pytest.mark.parametrize(("agency", "short"), [("临江县青山镇人民政府", "青山镇"),
                                               ("柏川市江南区城东街道办事处", "城东街道"),
                                               ("柏川经济技术开发区管理委员会", "开发区管委会")])
def test_no_statutory_deadline_for_townships_subdistricts_and_zones(tmp_path, agency, short):
    card = one(tmp_path, gov(agency, 2021, "2022-04-20", short=short))
    assert not fired(card, "gov2019.timeliness.report_deadline") and card.score == 100.0


@pytest.mark.parametrize("agency", ["云桥省交通运输厅", "云桥省市场监督管理局"])
def test_a_province_department_has_the_departments_deadline(tmp_path, agency):
    """A province's 厅/局 has doc.level `province` (the corpus convention) but is a 县级以上人民政府部门: 31 January."""
    card = one(tmp_path, gov(agency, 2021, "2022-02-20"))
    assert points(card, "gov2019.timeliness.report_deadline") == 10.0
    assert "2022-01-31" in next(f.title for f in card.findings if f.rule == "gov2019.timeliness.report_deadline")
    on_time = one(tmp_path, gov(agency, 2021, "2022-01-20"))
    assert not fired(on_time, "gov2019.timeliness.report_deadline")


def test_a_province_government_has_until_the_end_of_march(tmp_path):
    card = one(tmp_path, gov("云桥省人民政府", 2021, "2022-03-20"))
    assert not fired(card, "gov2019.timeliness.report_deadline") and card.score == 100.0


def test_a_county_government_published_in_april_is_late(tmp_path):
    card = one(tmp_path, gov("云桥县人民政府", 2021, "2022-04-20"))
    assert points(card, "gov2019.timeliness.report_deadline") == 10.0


# ---- gov2019.content.assessment_results: 人民政府 only ----

@pytest.mark.parametrize(("agency", "short"), [("柏川市江南区城东街道办事处", "城东街道"),
                                               ("柏川经济技术开发区管理委员会", "开发区管委会")])
def test_subdistricts_and_zones_need_not_report_assessment_results(tmp_path, agency, short):
    card = one(tmp_path, gov(agency, 2021, "2022-03-10", short=short, assessment=False))
    assert not fired(card, "gov2019.content.assessment_results") and card.score == 100.0


def test_a_township_government_must_report_assessment_results(tmp_path):
    card = one(tmp_path, gov("临江县青山镇人民政府", 2021, "2022-03-10", short="青山镇", assessment=False))
    assert points(card, "gov2019.content.assessment_results") == 5.0


# ---- per-case deductions: caps, the applicant's 逾期, figures_unchanged ----

OVERDUE = ("gov2019.timeliness.overdue_requests",)


def test_an_applicants_lapse_is_not_the_agencys_delay(tmp_path):
    applicant = one(tmp_path, gov("云桥县自然资源局", 2021, "2022-01-20", requests=(
        "全年收到政府信息公开申请4件，其中申请人逾期不补正的2件，其余均在法定期限内答复。")))
    assert points(applicant, *OVERDUE) == 0.0 and applicant.score == 100.0
    agency = one(tmp_path, gov("云桥县自然资源局", 2021, "2022-01-20", requests=(
        "全年收到政府信息公开申请4件，因人手紧张超期答复3件。")))
    assert points(agency, *OVERDUE) == 3.0


def test_self_reported_delays_are_capped(tmp_path):
    card = one(tmp_path, gov("云桥县自然资源局", 2021, "2022-01-20", t3=table3(40), requests=(
        "全年收到政府信息公开申请40件，因系统故障超期答复30件。")))
    assert card.deductions["timeliness.disclosure"] == 6.0  # was 30 (鲤城: 依申请公开一类6分)


def test_one_copied_report_is_charged_once(tmp_path):
    first = gov("云桥县文化和旅游局", 2021, "2022-01-20")
    second = gov("云桥县文化和旅游局", 2022, "2023-01-18")
    by_year = {c.period: c for c in cards(tmp_path, {"a": first, "b": second})}
    copied = by_year["2022"]
    assert fired(copied, "common.history.text_repeated")
    assert points(copied, "common.history.figures_unchanged") == 0.0  # information only
    assert copied.deductions["quality.copied"] == 5.0  # was up to 15
    fresh = cards(tmp_path, {"a": first, "b": gov("云桥县文化和旅游局", 2022, "2023-01-18", variant=1,
                                                 t3=table3(7), requests="全年收到申请7件，都在20个工作日内办结。",
                                                 other="2022年度本单位没有收取信息处理费。")})
    assert all(c.deductions.get("quality.copied", 0) == 0 for c in fresh)


# ---- common.doc.not_annual_report: a classifier's verdict is 待人工确认 ----

def test_a_classifier_only_non_report_is_listed_apart_not_vetoed(tmp_path):
    card = one(tmp_path, WORK_SUMMARY)
    assert (card.ranked, card.veto, card.score) == (False, False, 100.0) and "待人工确认" in card.unranked_reason
    assert points(card, "common.doc.not_annual_report") == 0.0
    path = tmp_path / "summary.txt"
    path.write_text(WORK_SUMMARY, encoding="utf-8")
    (parsed,) = parse_file(path)
    confirmed = score([ENGINE.evaluator.evaluate(review_kind(parsed, "work_summary"))],
                      ENGINE.profiles.get("gov-2019"), RULES, TODAY)
    assert confirmed.ranked and not confirmed.veto and points(confirmed, "common.doc.not_annual_report") == 10.0


# ---- common.history.repeat: a flag until a scheme prices it ----

def test_a_repeated_failure_is_flagged_not_charged_again(tmp_path):
    texts = {str(y): gov("云桥县统计局", y, f"{y + 1}-01-20", other=f"{y}年度联系电话0XXX-XXXXXXX。")
             for y in (2021, 2022)}
    by_year = {c.period: c for c in cards(tmp_path, texts)}
    assert points(by_year["2022"], "common.quality.placeholders") == 3.0  # the failure itself is still charged
    (repeat,) = [f for f in by_year["2022"].findings if f.rule == "common.history.repeat"]
    assert repeat.points == 0.0 and repeat.basis_status == "unverified"


# ---- review mechanism: 1 point at most, universities credited like governments ----

def test_review_mechanism_costs_one_point_and_counts_三审_for_universities(tmp_path):
    gov_card = one(tmp_path, gov("云桥县民政局", 2021, "2022-01-20", review=False))
    assert points(gov_card, "common.review.mechanism_2019") == 1.0 and gov_card.score == 99.0
    uni = one(tmp_path, university("云桥学院", 2019, "2020-10-20"))  # 三审制 wording, no 保密审查
    assert not fired(uni, "university.review.confidentiality")
    silent = one(tmp_path, university("云桥学院", 2019, "2020-10-20", review="学校办公室统一发布信息。"))
    assert points(silent, "university.review.confidentiality") == 1.0
    district = one(tmp_path, gov("云桥县民政局", 2021, "2022-01-20", review=False), "district-points")
    assert "保密审查" not in district.category_deductions and district.deductions["review.confidentiality"] == 1.0


# ---- fee rules: 2019 is information only; negations are not charges ----

FEES = ("gov2019.fees.not_info_fee", "gov2019.fees.cost_fee_wording")


def test_fees_in_2019_are_information_and_negated_wording_is_not_a_charge(tmp_path):
    before_may = one(tmp_path, gov("云桥县档案局", 2019, "2020-01-15", t2=table2(trial=True),
                                   other="2019年4月以前依申请提供信息时收取复制费共计50元。"))
    assert points(before_may, *FEES) == 0.0 and fired(before_may, "gov2019.fees.transition_2019")
    negated = one(tmp_path, gov("云桥县档案局", 2020, "2021-01-15", t2=table2(trial=True),
                                other="本年度取消了复制费，免收检索费。"))
    assert points(negated, *FEES) == 0.0 and negated.score == 100.0
    charged = one(tmp_path, gov("云桥县档案局", 2020, "2021-01-15", t2=table2(trial=True),
                                other="本年度收取复制费共计60元。"))
    assert points(charged, *FEES) == 5.0


# ---- section rules: the content, not a heading ----

def test_fees_inside_the_requests_part_satisfy_the_2007_fees_item(tmp_path):
    inside = one(tmp_path, gov2007("云桥县林业局", 2016, "2017-03-10", fees="inside"))
    assert not fired(inside, "gov2007.content.fees_section") and inside.score == 100.0
    none = one(tmp_path, gov2007("云桥县林业局", 2016, "2017-03-10", fees="none"))
    assert points(none, "gov2007.content.fees_section") == 5.0


def test_review_and_litigation_stated_in_another_part_satisfy_the_item(tmp_path):
    merged = gov("云桥县司法局", 2021, "2022-01-20", t4=None,
                 other="本年度没有因政府信息公开被申请行政复议或提起行政诉讼的案件；未收取信息处理费。")
    card = one(tmp_path, merged)
    assert not fired(card, "gov2019.content.review_litigation_section")
    silent = gov("云桥县司法局", 2021, "2022-01-20", t4=None)
    assert points(one(tmp_path, silent), "gov2019.content.review_litigation_section") == 5.0


# ---- 清单 rules: from 2017-2018, 无/不涉及, what an institution cannot have ----

CHECKLIST = [r for r in RULES if r.startswith(("university.checklist.", "university.items."))]


def test_checklist_from_the_2017_2018_year_and_items_an_institution_cannot_have(tmp_path):
    early = one(tmp_path, university("云桥学院", 2015, "2016-10-20", checklist=False))
    assert points(early, *CHECKLIST) == 0.0 and early.score == 100.0
    later = one(tmp_path, university("云桥学院", 2018, "2019-10-20"))  # no graduate school; 第47项 不涉及
    for key in ("11", "12", "13", "14", "44", "45", "46", "47"):
        assert points(later, f"university.items.item_{key}") == 0.0
    assert later.score == 100.0
    missing = one(tmp_path, university("云桥学院", 2018, "2019-10-20", checklist=False))
    assert points(missing, *CHECKLIST) > 0


# ---- bases: era-specific ----

def test_a_2016_report_is_judged_under_the_2007_regulations(tmp_path):
    clean = one(tmp_path, gov2007("云桥县林业局", 2016, "2017-03-10"))
    assert clean.score == 100.0
    failing = one(tmp_path, gov2007("云桥县林业局", 2016, "2017-03-10", placeholder=True))
    (f,) = [f for f in failing.findings if f.rule == "common.quality.placeholders"]
    assert f.points == 3.0 and "(2007)" in f.basis and "2019" not in f.basis and "〔2021〕30号" not in f.basis
    uni = one(tmp_path, university("云桥学院", 2019, "2020-10-20",
                                   review="学校信息发布实行三审制。联系人：XX老师。"))
    (u,) = [f for f in uni.findings if f.rule == "common.quality.placeholders"]
    assert "教办函〔2014〕23号" in u.basis and "条例》(2019)" not in u.basis and "〔2021〕30号" not in u.basis
    assert all(f.basis_status in ("verified", "unverified", "local_scheme") for f in failing.findings)


@pytest.mark.parametrize(("kind", "year"), [("government_annual", 2008), ("government_annual", 2016),
                                            ("government_annual", 2018), ("university_annual", 2017),
                                            ("university_annual", 2022)])
def test_no_rule_cites_the_2019_regulations_or_the_2021_format_out_of_its_era(kind, year):
    facts = {"doc.kind": Fact(kind, ""), "doc.year": Fact(year, ""), "doc.status": Fact("ok", "")}
    row = {"doc__kind": kind, "doc__year": year, "doc__status": "ok"}
    for rule in ENGINE.ruleset.rules:
        if rule.applies_to.get("level") or not C.evaluate(rule.applicability, row):
            continue
        basis = basis_for(rule, facts).text
        assert "(2019)" not in basis and "〔2021〕30号" not in basis.replace("〔2021〕30号自2021年度报告起适用", ""), \
            (rule.id, kind, year, basis)

"""Parser: values and their evidence, on the project's sample reports and on small texts written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.ingest import normalise
from engine.parse import parse_text as parse_normalised
from engine.parse.numbers import cn_to_int, to_int
from engine.parse.region import find_region
from engine.parse.split import split
from engine.pipeline import parse_file

REPORTS = Path(__file__).resolve().parents[1] / "reports"

# proactive.new, received, carried over, completed, carried forward, review, litigation, fees (reports/README.md)
KEY_FIGURES = {
    "01": (8426, 137, None, 137, None, 3, 1, 0), "02": (1642, 52, 2, 50, 4, 2, 1, 0),
    "03": (436, 3, 0, 3, 0, 0, 0, 0), "04": (1236, 5, None, 5, None, 0, 0, 0),
    "05": (1085, 31, 1, 30, 2, 1, 1, 0), "06": (5172, 40, 2, 39, 2, 3, 2, 0),
    "07": (None, 6, 0, 6, 0, 0, 0, 0), "09": (5318, 68, 1, 65, 4, 3, 2, 0),
    "10": (326, 4, None, 4, None, 0, 0, 0), "11": (936, 18, 0, 17, 1, 1, 0, 0),
    "12": (1372, 28, 1, 28, 1, 1, 0, 0), "15": (12684, 168, 7, 170, 5, 13, 7, 0),
    "16": (864, 3, None, 3, None, 0, 0, 0), "18": (748, 10, 0, 10, 0, 0, 0, 0),
    "19": (3927, 25, 1, 25, 1, 1, 0, 0), "20": (1528, 47, 2, 46, 3, 3, 1, 326),
    "21": (512, 5, 0, 4, 1, 1, 0, 0), "22": (528, 7, 1, 7, 1, 1, 0, 0), "23": (391, 4, 0, 4, 0, 0, 1, 0),
}
NAMES = ("proactive.new", "requests.received", "requests.carried_over", "requests.completed",
         "requests.carried_forward", "appeals.review", "appeals.litigation", "fees.charged_yuan")


def parse_text(text: str, source: str):
    return parse_normalised(normalise(text), source)


def sample(prefix: str):
    (path,) = [p for p in REPORTS.iterdir() if p.name.startswith(prefix + "-")]
    return parse_file(path)


@pytest.mark.parametrize("prefix", sorted(KEY_FIGURES))
def test_sample_report_figures_and_evidence(prefix):
    (report,) = sample(prefix)
    assert report.status == "ok"
    for name, want in zip(NAMES, KEY_FIGURES[prefix], strict=True):
        if want is None:
            assert name not in report.facts, f"{name} is not stated, so it must be absent"
            continue
        fact = report.facts.get(name)
        assert fact is not None and fact.value == want, f"{name}: {fact}"
        assert fact.evidence and len(fact.evidence) <= 120
        if want and not name.startswith("appeals."):  # table-derived appeals quote the whole row
            assert str(want) in fact.evidence.replace(",", ""), f"{name} evidence {fact.evidence!r}"


def test_metadata_of_each_encoding_and_format():
    expect = {"09": ("梅溪县人民政府", "county"), "10": ("青石区民政局", "department"),
              "11": ("汀州市交通运输局", "department"), "12": ("南屏县市场监督管理局", "department"),
              "18": ("沙洲区卫生健康局", "department"), "04": ("江澜理工学院", "university")}
    for prefix, (agency, level) in expect.items():
        (r,) = sample(prefix)
        assert (r.value("doc.agency"), r.value("doc.level")) == (agency, level), prefix


def test_university_academic_year_and_checklist():
    (r,) = sample("04")
    assert (r.value("doc.year"), r.value("doc.period"), r.value("doc.kind")) == (2017, "2017-2018", "university_annual")
    assert r.value("doc.published_on") == "2018-10-26"
    assert all(r.value(f"university.enrollment.{k}") for k in ("charter", "plan", "results", "recheck"))
    (late,) = sample("16")
    missing = [k for k, f in late.facts.items() if k.startswith("university.enrollment.") and not f.value]
    assert len(missing) == 6


def test_compilation_gives_one_result_per_document():
    first, second = sample("17")
    assert first.source.endswith("#1") and second.source.endswith("#2")
    assert {first.value("doc.agency"), second.value("doc.agency")} == {"白沙镇人民政府", "河口乡人民政府"}
    assert second.value("doc.published_on") == "2019-02-26"  # written 二〇一九年二月二十六日


def test_not_reports():
    (summary,) = sample("13")
    (template,) = sample("14")
    assert (summary.status, summary.value("doc.kind")) == ("not_a_report", "work_summary")
    assert (template.status, template.value("doc.kind")) == ("not_a_report", "template")
    assert template.value("quality.placeholders") is True


def test_table_inconsistencies_are_listed():
    (r,) = sample("06")
    problems = r.value("quality.inconsistencies")
    assert any("新收 40 + 上年结转 2 = 42" in p and "39 + 结转下年度 2 = 41" in p for p in problems)
    assert any("予以公开" in p and "16" in p and "15" in p for p in problems)
    (clean,) = sample("15")
    assert clean.value("quality.inconsistencies") == []


def test_trial_format_and_placeholders_detected():
    (old,) = sample("19")
    assert old.value("tables.trial_format") is True and "本年新制作数量" in old.facts["tables.trial_format"].evidence
    (ph,) = sample("07")
    assert ph.value("quality.placeholders") is True
    assert "20XX" in "".join(ph.value("quality.placeholder_examples"))


# ---- small texts written for these tests ----

def test_numbers():
    assert cn_to_int("一百二十三") == 123 and cn_to_int("十五") == 15 and cn_to_int("二〇一九") == 2019
    assert cn_to_int("三万零五") == 30005 and cn_to_int("两千") == 2000
    assert to_int("5", "万") == 50000 and to_int("1.5", "万") == 15000 and to_int("十二") == 12


PROSE = """松江县交通局2017年政府信息公开工作年度报告
成文日期：2018-03-02
一、概述
本局坚持“谁公开谁审查、谁审查谁负责”，所有信息发布前均经保密审查。
二、主动公开政府信息情况
全年主动公开政府信息三百二十条，截至年底累计公开4,210条。
三、依申请公开政府信息情况
全年共受理政府信息公开申请十二件，均已按时办结。另接受群众咨询1万余人次。
四、政府信息公开的收费及减免情况
本局未向申请人收取任何费用。
五、因政府信息公开申请行政复议、提起行政诉讼的情况
没有发生因政府信息公开申请提起行政复议、行政诉讼的情况。
六、存在的主要问题及改进措施
信息更新不够及时，下一年度将建立更新台账。
七、其他需要报告的事项
本年度信息公开工作经费支出3.5万元。
"""


def test_prose_report_counts_with_evidence():
    r = parse_text(PROSE, "prose.txt")
    assert r.status == "ok" and r.value("doc.kind") == "government_annual"
    assert (r.value("doc.agency"), r.value("doc.year"), r.value("doc.level")) == ("松江县交通局", 2017, "department")
    assert r.value("doc.published_on") == "2018-03-02"
    expect = {"proactive.new": 320, "proactive.cumulative": 4210, "requests.received": 12,
              "requests.completed": 12, "consultations.total": 10000, "fees.charged_yuan": 0,
              "appeals.review": 0, "appeals.litigation": 0, "budget.spend_yuan": 35000}
    assert {k: r.value(k) for k in expect} == expect
    assert "三百二十条" in r.facts["proactive.new"].evidence
    assert "均已按时办结" in r.facts["requests.completed"].evidence
    assert "未向申请人收取" in r.facts["fees.charged_yuan"].evidence
    assert all(r.value(f"sections.{k}") for k in ("overview", "proactive", "requests", "fees",
                                                   "review_litigation", "problems", "other"))
    assert r.value("mentions.review_principle") and r.value("mentions.confidentiality_review")
    assert "requests.carried_over" not in r.facts  # never stated, never guessed


@pytest.mark.parametrize(("line", "date"), [
    ("发布日期：2019-03-22", "2019-03-22"), ("成文日期:2019/3/22", "2019-03-22"),
    ("二〇一九年三月二十二日", "2019-03-22"), ("2019年3月22日", "2019-03-22"),
])
def test_publication_dates(line, date):
    text = f"某县人民政府2018年政府信息公开工作年度报告\n{line}\n正文。\n" if "日期" in line else \
        f"某县人民政府2018年政府信息公开工作年度报告\n正文。\n某县人民政府\n{line}\n"
    assert parse_text(text, "d.txt").value("doc.published_on") == date


def test_pdf_style_table_with_labels_out_of_step():
    """A PDF puts a wrapped label after its numbers; 表三 is read as a sequence of cells."""
    rows = ["一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6", "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "(一)予以公开 2 0 0 0 0 0 2", "(二)部分公开(区分处理的,只计这一情", "1 0 0 0 0 0 1", "形,不计其他情形)"]
    rows += ["0 0 0 0 0 0 0"] * 8 + ["(四)无法提供 1.本机关不掌握相关政府信息 1 1 0 0 0 0 2"]
    rows += ["0 0 0 0 0 0 0"] * 10 + ["(七)总计 4 1 0 0 0 0 5", "四、结转下年度继续办理 1 0 0 0 0 0 1"]
    r = parse_text("三、收到和处理政府信息公开申请情况\n" + "\n".join(rows), "t.txt")
    assert r.value("table3.partial.total") == 1 and r.value("table3.unable_none.business") == 1
    figures = ("requests.received", "requests.completed", "requests.carried_forward")
    assert tuple(r.value(f) for f in figures) == (6, 5, 1)
    assert r.value("quality.inconsistencies") == []


def test_table4_total_contradicting_parts_gives_no_figure():
    text = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议 结果维持 结果纠正 其他结果 尚未审结 总计\n"
            "2 1 0 0 0 0 0 0 0 0 0 0 0 0 0\n五、存在的主要问题及改进情况\n无。")
    r = parse_text(text, "t.txt")
    assert "appeals.review" not in r.facts and r.value("appeals.litigation") == 0
    assert r.value("quality.inconsistencies") == [
        "表四 行政复议: 结果维持 2 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 3 but 总计 is 0"]


def test_essay_is_not_a_report_and_has_no_parts():
    essay = ("浅谈基层政府信息公开的困境与出路\n一、问题的提出\n政府信息公开是现代治理的基础。\n"
             "二、存在的问题\n部分地方重形式轻实效。\n")
    r = parse_text(essay, "e.txt")
    assert (r.status, r.value("doc.kind")) == ("not_a_report", "other")
    assert not any(r.value(f"sections.{k}") for k in ("overview", "problems"))


def _doc(title: str, body_lines: list[str]) -> str:
    return title + "\n" + "\n".join(body_lines) + "\n"


FILLER = "本单位坚持依法公开、真实公正、注重实效的原则，把信息公开融入日常工作的各个环节，逐项落实工作责任。" * 3


def test_split_nested_documents_by_title_and_by_restarted_numbering():
    first = _doc("青梅县林业局2010年政务公开工作总结",
                 ["一、基本情况", FILLER, "二、主要做法", FILLER, "三、下步打算", FILLER])
    untitled = "\n".join(["2010年，我镇把政务公开作为密切联系群众的重要抓手。" + FILLER,
                          "一、健全机制", FILLER, "二、丰富载体", FILLER]) + "\n"
    third = _doc("关于政务信息公开工作情况的汇报\n市水务局", ["一、统一思想", FILLER * 2, "二、规范流程", FILLER])
    text = "某文库 政务公开工作总结 第五篇:政务公开(范文)\n" + first + "\n" + untitled + "\n" + third
    docs = [parse_normalised(p, "x.txt") for p in split(normalise(text))]
    assert len(docs) == 3
    assert docs[0].value("doc.agency") == "青梅县林业局"
    assert docs[1].value("doc.level") == "township" and "doc.agency" not in docs[1].facts
    assert docs[2].value("doc.agency") == "市水务局"


def test_table_rows_do_not_split_a_report():
    (report,) = sample("15")  # 表三's rows 一、…四、 restart the numbering but are not a new document
    assert report.status == "ok"


def test_planning_bureau_summary_is_a_work_summary_and_a_plan_is_other():
    body = "2020年，我局认真落实政务公开工作要求，全年在门户网站主动公开政府信息126条，及时更新公开目录。" * 3
    summary = parse_text("柳岸市自然资源和规划局2020年政务公开工作总结\n" + body, "s.txt")
    plan = parse_text("柳岸市2021年政务公开工作实施方案\n" + body, "p.txt")
    assert summary.value("doc.kind") == "work_summary"
    assert plan.value("doc.kind") == "other"


@pytest.mark.parametrize(("sentence", "overdue"), [
    ("全年受理申请12件,其中有2件超期答复。", 2), ("全年受理申请12件,超期答复3件。", 3),
    ("全年受理申请5件,均在法定期限内答复。", 0), ("全年受理申请5件,无超期答复情况。", 0),
    ("全年受理申请5件,已答复4件。", None),
])
def test_overdue_requests(sentence, overdue):
    r = parse_text("三、依申请公开政府信息情况\n" + sentence, "o.txt")
    assert r.value("requests.overdue") == overdue


def test_table_layout_and_identity_counts():
    (bad,) = sample("06")
    (trial,) = sample("02")
    assert bad.value("tables.requests_layout") == "2021" and trial.value("tables.requests_layout") == "trial"
    from engine.derive import derive
    facts = derive(bad)
    assert (facts["derived.t3_balance_mismatch"].value, facts["derived.t3_results_mismatch"].value,
            facts["derived.t3_columns_mismatch"].value, facts["derived.t4_mismatch"].value) == (2, 1, 1, 0)
    assert facts["derived.prose_inconsistency_count"].value == 0


# ---- doc.region: the places above the agency that the text states ----

BODY = "一、总体情况\n本年度主动公开政府信息86条，受理申请4件。\n"


def _region(text: str):
    r = parse_text(text, "r.txt")
    fact = r.facts.get("doc.region")
    return r.value("doc.agency"), (fact.value, fact.evidence) if fact else None


def test_region_inside_the_agency_name():
    agency, (region, evidence) = _region("青川市松岭区人民政府2020年政府信息公开工作年度报告\n" + BODY)
    assert (agency, region) == ("青川市松岭区人民政府", "青川市")
    assert "青川市松岭区人民政府" in evidence


def test_region_from_the_signature_with_a_shortened_name():
    text = "城关镇人民政府2021年政府信息公开工作年度报告\n" + BODY + "\n临川县城关镇政府\n2022年1月20日\n"
    agency, (region, evidence) = _region(text)
    assert (agency, region) == ("城关镇人民政府", "临川县")
    assert evidence == "临川县城关镇政府"


def test_region_from_the_body_adds_to_the_name():
    text = "松岭区人民政府2020年政府信息公开工作年度报告\n本报告由南江省青川市松岭区人民政府办公室编制。\n" + BODY
    agency, (region, evidence) = _region(text)
    assert (agency, region) == ("松岭区人民政府", "南江省青川市")
    assert "由南江省青川市松岭区人民政府办公室编制" in evidence
    text = "青川市松岭区人民政府2020年政府信息公开工作年度报告\n" + BODY + "今年南江省松岭区人民政府坚持公开为常态。\n"
    assert _region(text)[1][0] == "南江省青川市"  # the body's 南江省, then the name's own 青川市


def test_bare_unit_agency_region_only_from_a_line_of_its_own():
    title = "区财政局2020年政府信息公开工作年度报告\n"
    # the signature's longer form of the title's 区财政局 becomes the name (engine/parse/author.py), so the
    # region is what lies above it
    signed = title + BODY + "青川市松岭区财政局\n2021年1月15日\n"
    assert _region(signed) == ("青川市松岭区财政局", ("青川市", "青川市松岭区财政局"))
    assert _region(title + "全局上下形成区财政局工作合力。\n" + BODY)[1] is None  # 形成 is not a place


@pytest.mark.parametrize("text", [
    "柳岸县水利局2020年政府信息公开工作年度报告\n" + BODY + "柳岸县水利局\n",
    "青川师范学院2020年信息公开工作年度报告\n我校全面推进信息公开。\n" + BODY,
    "柳岸县城市管理局2020年政府信息公开工作年度报告\n我市水务局和全省各区县社区服务中心。\n" + BODY,
])
def test_region_absent_when_the_text_does_not_say(text):
    assert _region(text)[1] is None


def test_same_name_in_two_places_gets_two_regions():
    title = "城关镇人民政府2021年政府信息公开工作年度报告\n"
    regions = {_region(title + BODY + f"{county}城关镇人民政府\n")[1][0] for county in ("临川县", "石门县")}
    assert regions == {"临川县", "石门县"}


def test_region_on_a_hostile_line_is_fast():
    # 4 MB on one line, a chain-like run before each of 100k names; the rest of the parse is tests/test_pathological
    hostile = ("，" + "省市县区州旗盟自治" * 4 + "城关镇人民政府") * 100_000
    text = "城关镇人民政府2021年政府信息公开工作年度报告\n" + hostile + "\n临川县城关镇人民政府\n"
    assert find_region(text, "城关镇人民政府", "")[0] == "临川县"


def test_table3_is_read_from_its_label_not_from_prose_that_names_the_same_figures_first():
    """"本年新收申请7件，上年结转1件" in the overview came before the table and used to be taken for its start."""
    text = (REPORTS / "22-chengguan-town-2021-linchuan.txt").read_text(encoding="utf-8")
    prose = text.replace("全年新收申请7件，加上上年结转的1件", "本年新收申请7件，上年结转1件")
    assert prose != text
    r = parse_text(prose, "22.txt")
    assert r.value("requests.received") == 7 and r.value("table3.carried_over.total") == 1
    assert r.facts["requests.received"].evidence.startswith("一、本年新收政府信息公开申请数量")
    assert r.value("quality.inconsistencies") == []

"""The fact vocabulary in one place: every name a parser may emit or a rule may read.

The contract (shared/spec/contract.md) fixes the first block; the rest are the project's extensions.
`schemas/parsed-report.schema.json` is checked against this table by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.university_items import ITEMS

KINDS = ("government_annual", "university_annual", "work_summary", "template", "other")
LEVELS = ("province", "city", "county", "township", "department", "university", "unknown")
# what kind of body issues a report, from its name (engine/derive.py): 条例(2019) 第五十条(四) binds 人民政府 only;
# a 街道办事处 is a 派出机关 and a 开发区管委会 a 派出机构, neither a 人民政府 nor a 县级以上人民政府部门
BODIES = ("people_government", "subdistrict_office", "management_committee", "department", "university", "other")


@dataclass(frozen=True, slots=True)
class FactSpec:
    name: str
    type: str  # int | float | str | bool | date | list
    meaning: str
    derived: bool = False
    choices: tuple[str, ...] = ()


# 高校信息公开事项清单 (教办函〔2014〕23号): the ten categories, keyed for fact names.
CHECKLIST = {
    "basic": "基本信息", "admissions": "招生考试信息", "finance": "财务资产及收费信息",
    "personnel": "人事师资信息", "teaching": "教学质量信息", "students": "学生管理服务信息",
    "ethos": "学风建设信息", "degrees": "学位学科信息", "exchange": "对外交流与合作信息", "other": "其他",
}
# 招生"十公开" (教学函〔2013〕9号), in the order the notice lists them.
ENROLLMENT = {
    "policy": "招生政策", "eligibility": "招生资格", "charter": "招生章程", "plan": "招生计划",
    "candidates": "考生资格", "procedure": "录取程序", "results": "录取结果",
    "appeals": "咨询及申诉渠道", "violations": "重大违规事件及处理结果", "recheck": "录取新生复查结果",
}
SECTIONS = {
    "overview": "概述/总体情况", "proactive": "主动公开", "requests": "依申请公开",
    "fees": "收费及减免", "review_litigation": "行政复议、行政诉讼", "problems": "存在的问题及改进",
    "other": "其他需要报告的事项",
}

# 表三 (国办公开办函〔2021〕30号): rows in the official order; the 2019 trial format has one row "other"
# for (六)其他处理 instead of the three other_* rows.
T3_ROWS = {
    "new": "本年新收政府信息公开申请数量", "carried_over": "上年结转政府信息公开申请数量",
    "open": "予以公开", "partial": "部分公开", "deny_secret": "不予公开: 属于国家秘密",
    "deny_law": "不予公开: 其他法律行政法规禁止公开", "deny_safety": "不予公开: 危及“三安全一稳定”",
    "deny_third_party": "不予公开: 保护第三方合法权益", "deny_internal": "不予公开: 属于三类内部事务信息",
    "deny_process": "不予公开: 属于四类过程性信息", "deny_enforcement": "不予公开: 属于行政执法案卷",
    "deny_query": "不予公开: 属于行政查询事项", "unable_none": "无法提供: 本机关不掌握相关政府信息",
    "unable_create": "无法提供: 没有现成信息需要另行制作", "unable_unclear": "无法提供: 补正后申请内容仍不明确",
    "reject_petition": "不予处理: 信访举报投诉类申请", "reject_repeat": "不予处理: 重复申请",
    "reject_publication": "不予处理: 要求提供公开出版物", "reject_mass": "不予处理: 无正当理由大量反复申请",
    "reject_confirm": "不予处理: 要求行政机关确认或重新出具已获取信息",
    "other_overdue": "其他处理: 申请人逾期不补正", "other_fee": "其他处理: 申请人逾期未缴纳信息处理费",
    "other_other": "其他处理: 其他", "other": "其他处理 (2019试行格式单行)",
    "total": "办理结果总计", "carried_forward": "结转下年度继续办理",
}
T3_COLUMNS = {"natural": "自然人", "business": "商业企业", "research": "科研机构", "social": "社会公益组织",
              "legal": "法律服务机构", "other": "其他", "total": "总计"}
T4_BLOCKS = {"review": "行政复议", "direct": "行政诉讼(未经复议直接起诉)", "after_review": "行政诉讼(复议后起诉)"}
T4_COLUMNS = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结",
              "total": "总计"}
T2_CELLS = {
    **{f"{row}.{col}": f"{rn} {cn}" for row, rn in (("rules", "规章"), ("normative", "行政规范性文件"))
       for col, cn in (("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("effective", "现行有效件数"))},
    "licensing": "行政许可 本年处理决定数量", "punishment": "行政处罚 本年处理决定数量",
    "enforcement": "行政强制 本年处理决定数量",
}

_SPECS: list[FactSpec] = [
    FactSpec("doc.agency", "str", "the agency (or school) that issues the report"),
    FactSpec("doc.agency_missing", "str",
             "why no agency is named: the places looked at and what each held (名称被广告替换, 文中未写明发布机关)"),
    FactSpec("doc.period_mismatch", "str",
             "the title names one year and the statistics period another; the statistics period is doc.year"),
    FactSpec("doc.region", "str", "the places above the agency the text states: 淮安市 for 淮安市洪泽区人民政府; "
             "absent when it states none"),
    FactSpec("doc.year", "int", "the year the report covers; for an academic year 2016-2017, 2016"),
    FactSpec("doc.period", "str", '"2018" or "2016-2017"'),
    FactSpec("doc.kind", "str", "what the document is", choices=KINDS),
    FactSpec("doc.level", "str", "the issuing body's level", choices=LEVELS),
    FactSpec("doc.published_on", "date", "publication date the text shows"),
    FactSpec("proactive.new", "int", "items proactively disclosed this year"),
    FactSpec("proactive.cumulative", "int", "items disclosed in total to date"),
    FactSpec("requests.received", "int", "disclosure requests received this year"),
    FactSpec("requests.carried_over", "int", "requests carried over from last year (上年结转)"),
    FactSpec("requests.completed", "int", "requests handled (办结 / 办理结果总计)"),
    FactSpec("requests.carried_forward", "int", "requests carried into next year (结转下年度继续办理)"),
    FactSpec("requests.overdue", "int",
             "requests answered after the legal time limit (超期/逾期答复); 0 when all on time"),
    FactSpec("consultations.total", "int", "consultations (咨询) handled"),
    FactSpec("appeals.review", "int", "administrative reconsiderations (行政复议)"),
    FactSpec("appeals.litigation", "int", "administrative lawsuits (行政诉讼)"),
    FactSpec("appeals.complaints", "int", "reports, complaints, petitions (举报/投诉/申诉)"),
    FactSpec("fees.charged_yuan", "int", "fees charged to requesters, in yuan (0 when none)"),
    FactSpec("budget.spend_yuan", "int", "money spent on disclosure work, in yuan"),
    *(FactSpec(f"sections.{k}", "bool", f"the report has a part on {v}") for k, v in SECTIONS.items()),
    FactSpec("mentions.review_principle", "bool", "states 谁公开谁审查 / 谁审查谁负责 / 先审查后公开"),
    FactSpec("mentions.confidentiality_review", "bool", "mentions 保密审查"),
    FactSpec("mentions.review_mechanism", "bool", "describes a review mechanism (审查机制/审核制度/三审)"),
    FactSpec("mentions.assessment", "bool", "reports 考核, 社会评议 or 责任追究 results (条例2019 第五十条(四))"),
    FactSpec("mentions.info_fee", "bool", "mentions 信息处理费 (条例2019 第四十二条)"),
    FactSpec("mentions.cost_fees", "bool", "mentions 2007-era cost fees: 检索费/复制费/邮寄费"),
    FactSpec("mentions.fee_exemption", "bool", "mentions 减免 of fees"),
    FactSpec("tables.proactive", "bool", "has the 主动公开 statistics table (表二 of the prescribed format)"),
    FactSpec("tables.requests", "bool", "has the 收到和处理申请 statistics table (表三)"),
    FactSpec("tables.appeals", "bool", "has the 行政复议、行政诉讼 statistics table (表四)"),
    FactSpec("tables.requests_layout", "str",
             "layout of 表三: 2021 (25 rows), trial (23 rows, one (六) row), total_only",
             choices=("2021", "trial", "total_only")),
    FactSpec("tables.unread", "list",
             "statistics tables (or rows, or blank cells) that are there but could not be read without guessing"),
    FactSpec("tables.trial_format", "bool",
             "uses the 2019 trial-format columns (本年新制作数量, 对外公开总数量, 政府集中采购)"),
    FactSpec("submissions.missed_months", "list",
             "months (YYYY-MM) whose 送交明细表 reached the archives late or never (submission log)"),
    FactSpec("history.previous_period", "str", "the agency's previous period found in this batch or the store"),
    FactSpec("history.carryover_gap", "int",
             "this year's 上年结转 minus last year's 结转下年度继续办理 (0 when they agree)"),
    FactSpec("history.figures_unchanged", "int",
             "key figures (proactive, requests, appeals) stated with exactly last year's non-zero value"),
    FactSpec("history.text_resemblance", "float",
             "estimated share of sentences (digits masked) shared with last year's report: 0..1 (engine/similarity)"),
    FactSpec("history.peer_resemblance", "float",
             "highest estimated share of sentences shared with another agency's report of the same year in the "
             "batch: 0..1 (0 below 0.5)"),
    FactSpec("history.repeat_streak", "int",
             "the most years in a row, ending with this one, in which one and the same rule fired (1 = no repeat)"),
    FactSpec("history.repeated_rules", "list", "the rules that fired in each of those years"),
    FactSpec("quality.placeholders", "bool", "template placeholders left in"),
    FactSpec("quality.placeholder_examples", "list", "the placeholders found, as written"),
    FactSpec("quality.placeholder_count", "int", "how many placeholders were found"),
    FactSpec("quality.inconsistencies", "list", "each arithmetic contradiction, one line each"),
    *(FactSpec(f"university.checklist.{k}", "bool", f"reports on 清单 category {v}") for k, v in CHECKLIST.items()),
    *(FactSpec(f"university.enrollment.{k}", "bool", f"reports the 招生十公开 item {v}公开")
      for k, v in ENROLLMENT.items()),
    *(FactSpec(f"university.item.{k}", "bool", f"清单第{int(k)}项: {v.title}") for k, v in ITEMS.items()),
    *(FactSpec(f"table2.{k}", "int", f"表二 {v}") for k, v in T2_CELLS.items()),
    FactSpec("table2.fees_wan", "float", "表二 行政事业性收费 本年收费金额（万元）"),
    *(FactSpec(f"table3.{r}.{c}", "int", f"表三 {rn} / {cn}")
      for r, rn in T3_ROWS.items() for c, cn in T3_COLUMNS.items()),
    *(FactSpec(f"table4.{b}.{c}", "int", f"表四 {bn} {cn}")
      for b, bn in T4_BLOCKS.items() for c, cn in T4_COLUMNS.items()),
    # derived: computed in engine/derive.py from the facts above
    FactSpec("doc.status", "str", "the parse status: ok or not_a_report", True, ("ok", "not_a_report")),
    FactSpec("derived.era", "str", "which Regulations govern the report: 2007 or 2019", True, ("2007", "2019")),
    FactSpec("derived.report_deadline", "date", "the statutory publication deadline for this report", True),
    FactSpec("derived.report_days_late", "int", "days published after the deadline (negative: early)", True),
    FactSpec("derived.requests_gap", "int",
             "(received + carried over) - (completed + carried forward); 0 when the figures agree", True),
    FactSpec("derived.inconsistency_count", "int", "how many arithmetic contradictions the text holds", True),
    FactSpec("derived.prose_inconsistency_count", "int", "contradictions in the prose (not from the tables)", True),
    FactSpec("derived.t3_balance_mismatch", "int",
             "表三 columns where 新收 + 上年结转 != 办理结果总计 + 结转下年度 (the printed identity)", True),
    FactSpec("derived.t3_results_mismatch", "int", "表三 columns where (七)总计 != the sum of the result rows", True),
    FactSpec("derived.t3_columns_mismatch", "int", "表三 rows where 总计 != the sum of the applicant columns", True),
    FactSpec("derived.t4_mismatch", "int", "表四 blocks whose 总计 != 维持 + 纠正 + 其他 + 尚未审结", True),
    FactSpec("derived.submissions_missed", "int",
             "months whose 主动公开政府信息送交明细表 was not submitted by the 10th (submission log)", True),
    FactSpec("derived.checklist_missing", "int", "清单 categories the university report does not cover", True),
    FactSpec("derived.enrollment_missing", "int", "招生十公开 items the university report does not mention", True),
    FactSpec("derived.fee_charged", "bool", "fees.charged_yuan is stated and above zero", True),
    FactSpec("review.doc_kind", "str", "the document kind a reviewer confirmed or corrected in the workbench "
             "(engine.scoring.review_kind); absent: the classifier's verdict stands unconfirmed", choices=KINDS),
    FactSpec("derived.body", "str", "the issuing body by its name: 人民政府, 街道办事处, 管委会, a department, a "
             "university; absent when the report names no agency", True, BODIES),
    FactSpec("derived.agency_overdue", "int", "requests.overdue unless the count is the applicant's 逾期 "
             "(逾期不补正, 逾期未缴费), which is not the agency's delay", True),
    FactSpec("derived.cost_fee_wording", "bool", "the text names 检索费/复制费/邮寄费 in a clause that does not "
             "negate it (取消, 免收, 未收取 … are not charging)", True),
    FactSpec("derived.graduate_programmes", "bool", "a university report mentions 研究生, 硕士 or 博士", True),
    FactSpec("derived.special_admissions", "bool", "a university report mentions special-type admissions "
             "(保送, 自主招生, 高水平运动队, 艺术特长, 强基计划, 综合评价)", True),
    FactSpec("derived.days_after_march_31", "int", "days published after 31 March of the next year (for local "
             "deadlines such as a township's; negative: earlier)", True),
]

VOCABULARY: dict[str, FactSpec] = {s.name: s for s in _SPECS}


def spec(name: str) -> FactSpec | None:
    return VOCABULARY.get(name)


_JSON_TYPES: dict[str, dict[str, object]] = {
    "int": {"type": "integer"}, "float": {"type": "number"}, "str": {"type": "string"},
    "date": {"type": "string", "format": "date"}, "bool": {"type": "boolean"},
    "list": {"type": "array", "items": {"type": "string"}}}


def parsed_report_schema() -> dict:
    """The JSON Schema of `xxgk parse` output, generated from the vocabulary (schemas/ holds a copy)."""
    facts = {}
    for s in _SPECS:
        if s.derived:
            continue
        value = dict(_JSON_TYPES[s.type])
        if s.choices:
            value["enum"] = list(s.choices)
        facts[s.name] = {"type": "object", "additionalProperties": False, "required": ["value", "evidence"],
                         "description": s.meaning,
                         "properties": {"value": value, "evidence": {"type": "string"}}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://xxgk.example/schemas/parsed-report.schema.json",
        "title": "xxgk parsed report (one JSON line of `xxgk parse`)",
        "description": "Generated from engine/facts.py by `python -m engine.facts`; do not edit by hand.",
        "type": "object", "required": ["source", "status", "facts"],
        "properties": {
            "source": {"type": "string"}, "status": {"enum": ["ok", "not_a_report", "error"]},
            "error": {"type": "string"},
            "facts": {"type": "object", "additionalProperties": False, "properties": facts},
        },
        "if": {"properties": {"status": {"const": "error"}}}, "then": {"required": ["error"]},
    }


if __name__ == "__main__":
    import json
    print(json.dumps(parsed_report_schema(), ensure_ascii=False, indent=1))

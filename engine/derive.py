"""Derived facts: whatever a rule would otherwise have to compute, computed once here.

Rules only compare; deadlines that depend on level and era, sums and counts live here, named in
engine/facts.py. Every derived fact carries evidence naming the facts it came from.
"""

from __future__ import annotations

import operator
import re
from datetime import date

from engine.facts import CHECKLIST, ENROLLMENT
from engine.model import Fact, ParsedReport

# the parser's modules (the cost-fee scan, clause, the table identities) are imported when a report is first
# derived: a batch's parent, which imports this module through engine.rules.runner, never parses and does not pay
# for them

# the 2019 Regulations date only 县级以上人民政府部门 and 县级以上地方人民政府 (第四十九条): these bodies have none
NO_STATUTORY_DEADLINE = ("subdistrict_office", "management_committee")
# a clause saying the fee was not charged: 取消、免收 as well as 未/没有/无 (engine.parse.textutil.NEGATION)
FEE_NEGATION = re.compile(r"取消|免收|免除|免予|免费|不收|未收|没有|不再|停止|未发生|无|零|0\s*元")
APPLICANT_OVERDUE = re.compile(r"补正|缴纳|缴费|收费通知")
GRADUATE = re.compile(r"研究生|硕士|博士")
SPECIAL_ADMISSIONS = re.compile(r"保送|自主招生|自主选拔|高水平运动|艺术特长|强基计划|综合评价|特殊类型招生")


def body_of(agency: str | None, level: str | None, kind: str | None) -> str | None:
    """人民政府, 街道办事处, 管委会, department or university, from the agency's name (doc.level keeps the
    contract's values: a 街道 stays `township`, a 管委会 whatever its rank)."""
    if kind == "university_annual" or level == "university":
        return "university"
    if not agency:
        return None
    name = re.sub(r"\s+", "", agency)
    if re.search(r"街道办事处|街道办$|街道$", name):
        return "subdistrict_office"
    if re.search(r"管委会|管理委员会", name):
        return "management_committee"
    if re.search(r"(?:人民政府|政府|[镇乡])$", name):
        return "people_government"
    # (a national body's branch has no level of its own, L50, but is a department: 某海关, 中国人民银行某中心支行)
    return "department" if level == "department" or re.search(r"[局委办厅署院所站队心]$|海关$|[支分]行$", name) \
        else "other"


def report_deadline(kind: str | None, level: str | None, year: int,
                    body: str | None = None) -> tuple[date, str] | None:
    """The statutory publication deadline and the provision that sets it; None when no statute dates it."""
    if kind == "university_annual":
        return date(year + 1, 10, 31), "高校: 每年10月底前公布上一学年报告"
    if year <= 2018:
        return date(year + 1, 3, 31), "条例(2007) 第三十一条: 各级行政机关每年3月31日前"
    if level == "township" or body in NO_STATUTORY_DEADLINE:
        return None  # 乡镇、街道、管委会: local notices set their dates (a local profile may, citing its notice)
    if level == "department" or body == "department":  # a province's 厅/局 too: its doc.level is `province`
        return date(year + 1, 1, 31), "条例(2019) 第四十九条: 县级以上人民政府部门每年1月31日前"
    return date(year + 1, 3, 31), "条例(2019) 第四十九条: 县级以上地方人民政府每年3月31日前"


def derive(report: ParsedReport) -> dict[str, Fact]:
    facts = dict(report.facts)
    v = report.value
    facts["doc.status"] = Fact(report.status, report.status)
    year, kind, level = v("doc.year"), v("doc.kind"), v("doc.level")
    body = body_of(v("doc.agency"), level, kind)
    if body:
        facts["derived.body"] = Fact(body, f"doc.agency {v('doc.agency') or ''} / doc.level {level or ''}")
    if isinstance(year, int):
        facts["derived.era"] = Fact("2007" if year <= 2018 else "2019", f"doc.year {year}")
        _deadlines(report, facts, kind, level, year, body)
    _text_facts(report, facts, kind)
    names = ("requests.received", "requests.carried_over", "requests.completed", "requests.carried_forward")
    # from a 表三 the same identity is already one of quality.inconsistencies: count it once
    if all(n in facts for n in names) and not v("tables.requests"):
        new, old, done, fwd = (facts[n].value for n in names)
        facts["derived.requests_gap"] = Fact(
            new + old - done - fwd, f"新收 {new} + 上年结转 {old} vs 办理 {done} + 结转下年 {fwd}")
    problems = v("quality.inconsistencies")
    if problems is not None:
        facts["derived.inconsistency_count"] = Fact(len(problems), "; ".join(problems)[:300])
        prose = [p for p in problems if not p.startswith(("表三", "表四"))]
        facts["derived.prose_inconsistency_count"] = Fact(len(prose), "; ".join(prose)[:300])
    _identities(facts)
    for prefix, items, name in (("university.checklist", CHECKLIST, "derived.checklist_missing"),
                                ("university.enrollment", ENROLLMENT, "derived.enrollment_missing")):
        flags = [(k, facts.get(f"{prefix}.{k}")) for k in items]
        if all(f is not None for _, f in flags):
            missing = [items[k] for k, f in flags if not f.value]
            facts[name] = Fact(len(missing), "未提及: " + "、".join(missing) if missing else "全部提及")
    missed = v("submissions.missed_months")
    if missed is not None:
        facts["derived.submissions_missed"] = Fact(len(missed), report.facts["submissions.missed_months"].evidence)
    fee = v("fees.charged_yuan")
    if fee is not None:
        facts["derived.fee_charged"] = Fact(fee > 0, report.facts["fees.charged_yuan"].evidence)
    return facts


def _deadlines(report: ParsedReport, facts: dict[str, Fact], kind, level, year: int, body) -> None:
    published = report.value("doc.published_on")
    try:
        day = date.fromisoformat(published) if published else None
    except ValueError:
        day = None
    ev = report.facts["doc.published_on"].evidence if day else ""
    if day:
        march = date(year + 1, 3, 31)
        facts["derived.days_after_march_31"] = Fact((day - march).days, f"{ev} (3月31日 {march.isoformat()})")
    statutory = report_deadline(kind, level, year, body)
    if statutory is None:
        return
    deadline, why = statutory
    facts["derived.report_deadline"] = Fact(deadline.isoformat(), why)
    if day:
        facts["derived.report_days_late"] = Fact((day - deadline).days, f"{ev} (期限 {deadline.isoformat()}, {why})")


def _text_facts(report: ParsedReport, facts: dict[str, Fact], kind) -> None:
    """Facts a rule needs that the parser's flags get wrong: the agency's own delays, fees not negated."""
    from engine.parse.mentions import COST_SCAN
    from engine.parse.textutil import clause
    overdue = facts.get("requests.overdue")
    if overdue is not None and isinstance(overdue.value, int):
        applicant = bool(APPLICANT_OVERDUE.search(overdue.evidence or ""))
        facts["derived.agency_overdue"] = Fact(0 if applicant else overdue.value, overdue.evidence + (
            "（申请人逾期，不是机关超期答复）" if applicant else ""))
    text = report.text
    if not text:
        return
    # every COST_FEES match holds 检索, 复制 or 邮寄: most reports have none. Scanned as the parser scans it
    # (mentions.COST_SCAN: its matches, led by their first characters; tests/test_parse_gate.py), for COST_FEES
    # itself opens with no character `re` can skip ahead to and was tried at every character (≈ 0.8 M instructions
    # a text that holds one of the words)
    costs = COST_SCAN.finditer(text) if "检索" in text or "复制" in text or "邮寄" in text else ()
    wording = next((m for m in costs if not FEE_NEGATION.search(clause(text, m.start(), 40))), None)
    said = clause(text, wording.start(), 40).strip() if wording else "未见收取检索、复制、邮寄费的表述"
    facts["derived.cost_fee_wording"] = Fact(wording is not None, said)
    if kind == "university_annual":
        for name, regex in (("derived.graduate_programmes", GRADUATE),
                            ("derived.special_admissions", SPECIAL_ADMISSIONS)):
            m = regex.search(text)
            facts[name] = Fact(m is not None, clause(text, m.start(), 40).strip() if m else "未提及")


def _identities(facts: dict[str, Fact]) -> None:
    """One count per identity of the prescribed tables, so each identity can be its own rule."""
    from engine.parse.tables import t3_failures, t4_failures
    grid, trial, t4 = grids(facts)
    if grid:
        failures = t3_failures(grid, trial)
        for identity in ("balance", "results", "columns"):
            lines = [m for i, m in failures if i == identity]
            facts[f"derived.t3_{identity}_mismatch"] = Fact(len(lines), "; ".join(lines)[:300] or "表三相符")
    if t4:
        lines = t4_failures(t4)
        facts["derived.t4_mismatch"] = Fact(len(lines), "; ".join(lines)[:300] or "表四相符")


_TABLE_NAMES: tuple[dict[str, tuple[str, str]], tuple[str, ...]] | None = None
# how each list of fact names (in the facts' order) reads into grids: a batch's reports hold few distinct lists
_PLANS: dict[tuple[str, ...], tuple | None] = {}
PLANS_KEPT = 512
_VALUE = operator.attrgetter("value")


def grids(facts: dict[str, Fact]) -> tuple[dict[str, dict[str, float]], bool, list[float]]:
    """engine.parse.tables.grids_from_facts(facts), without its Python loop over every fact (≈ 325 a report, two
    `startswith` each). Which cells and 表四 values the names hold, or that grids_from_facts itself must read them,
    is decided once per list of names (`_plan`) and kept (61 lists in synth-2000's first 1,000 reports): the grid
    is then read row by row in C (each row's values by `map`), ≈ 30% fewer instructions than the names' set
    intersection and the loop over its ≈ 175 cells (a list met first costs ≈ 1.8x those). The grid's order of rows
    and cells may differ from grids_from_facts's: t3_failures reads it by key only."""
    layout = facts.get("tables.requests_layout")
    trial = bool(layout and layout.value == "trial")
    key = tuple(facts)
    try:
        plan = _PLANS[key]
    except KeyError:
        plan = _plan(facts)
        if len(_PLANS) < PLANS_KEPT:
            _PLANS[key] = plan
    if plan is None:  # a name the parser does not write: the loop over every fact
        from engine.parse.tables import grids_from_facts
        return grids_from_facts(facts)
    rows, t4_names, t4_whole = plan
    get = facts.__getitem__
    grid = {row: dict(zip(cols, map(_VALUE, map(get, names)), strict=True)) for row, cols, names in rows}
    return grid, trial, list(map(_VALUE, map(get, t4_names))) if t4_whole else []


def _plan(facts: dict[str, Fact]) -> tuple | None:
    """(each row with a cell among the names: (row, its columns, their names), the 表四 names there, whether all of
    them are), or None when a table3./table4. name is not one the parser writes. The facts' names are joined once
    and the table3./table4. names counted in C; none (half the reports) → no rows; else the cells found by a set
    intersection."""
    global _TABLE_NAMES
    from engine.parse.tables import T3_FACT_NAMES, T4_BLOCKS, T4_COLUMNS
    names = "\n" + "\n".join(facts)
    n3, n4 = names.count("\ntable3."), names.count("\ntable4.")
    if not n3 and not n4:
        return (), (), False
    if _TABLE_NAMES is None:
        _TABLE_NAMES = ({name: (row, col) for row, cols in T3_FACT_NAMES.items() for col, name in cols.items()},
                        tuple(f"table4.{b}.{c}" for b in T4_BLOCKS for c in T4_COLUMNS))
    cells, t4_all = _TABLE_NAMES
    known = facts.keys() & cells.keys()
    t4_names = tuple(name for name in t4_all if name in facts) if n4 else ()
    if len(known) != n3 or len(t4_names) != n4:
        return None
    rows: dict[str, tuple[list[str], list[str]]] = {}
    for name in known:
        row, col = cells[name]
        cols, there = rows.setdefault(row, ([], []))
        cols.append(col)
        there.append(name)
    return (tuple((row, tuple(cols), tuple(there)) for row, (cols, there) in rows.items()), t4_names,
            len(t4_names) == len(t4_all))

"""What a text says it does: review mechanisms, assessments, fees; placeholders left in; university items."""

from __future__ import annotations

import re

from engine.facts import CHECKLIST, ENROLLMENT
from engine.model import Fact
from engine.parse.textutil import NEGATION, clause, snippet
from engine.university_items import ITEMS

MENTIONS = {
    "mentions.review_principle": re.compile(r"谁公开[、,]?\s*谁审查|谁审查[、,]?\s*谁负责|先审查[、,]?\s*后公开"),
    "mentions.confidentiality_review": re.compile(r"保密审查"),
    "mentions.review_mechanism": re.compile(
        r"保密审查|审查机制|审核机制|审查制度|审核制度|三审|先审后发|谁公开[、,]?\s*谁审查|审核把关|发布审核|审签"),
    "mentions.assessment": re.compile(r"考核|社会评议|责任追究|评议"),
    "mentions.info_fee": re.compile(r"信息处理费"),
    "mentions.fee_exemption": re.compile(r"减免|免收|减收|免除[^。]{0,6}费"),
}
COST_FEES = re.compile(r"检索费|复制费|邮寄费|(?:检索|复制|邮寄)(?:、|和|及)(?:复制|邮寄)[^。]{0,8}费")

# placeholders: XX/xx, ××, 20*, **, and a 年 whose year is missing
# every branch starts with a character class, so the scan skips ahead at C speed (twice as fast as with the
# lookbehind first); a blank year at the very start of the text is LEADING_BLANK_YEAR's
_BLANK_YEAR = r"年(?=(?:度)?(?:政府|政务|信息|工作|以来|上半年|,))"
PLACEHOLDER = re.compile(
    r"[Xx](?<![A-Za-z][Xx])[Xx]+(?![A-Za-z])|[××]+|20[\*Xx]{1,2}(?=\s*年)|\*{2,}(?=[年月日条件个次项])"
    rf"|[\s,,。:]{_BLANK_YEAR}")
LEADING_BLANK_YEAR = re.compile(_BLANK_YEAR)

CHECKLIST_PATTERNS = {
    "basic": r"基本信息|办学规模|学校章程|规章制度|领导班子|机构设置",
    "admissions": r"招生考试|招生章程|招生计划|录取",
    "finance": r"财务|资产|收费|预算|决算",
    "personnel": r"人事|师资|岗位设置|招聘|干部任免",
    "teaching": r"教学质量|本科教学|专业设置|就业质量|毕业生",
    "students": r"学生管理|奖学金|助学金|学籍|学生申诉|资助",
    "ethos": r"学风|学术规范|学术不端",
    "degrees": r"学位|学科",
    "exchange": r"对外交流|合作办学|留学生|国际交流",
    "other": r"巡视|突发事件|应急|其他信息|其他事项",
}
ENROLLMENT_PATTERNS = {
    "policy": r"招生政策",
    "eligibility": r"招生资格",
    "charter": r"招生章程",
    "plan": r"招生计划",
    "candidates": r"考生资格|资格考生|入选考生",
    "procedure": r"录取程序|录取办法|录取规则",
    "results": r"录取结果|录取名单|录取信息|录取人数",
    "appeals": r"申诉渠道|咨询(?:及|和|、)申诉|招生咨询",
    "violations": r"违规事件|违规行为|违规[^。]{0,6}处理",
    "recheck": r"复查",
}
_CHECKLIST = {k: re.compile(v) for k, v in CHECKLIST_PATTERNS.items()}
_ENROLLMENT = {k: re.compile(v) for k, v in ENROLLMENT_PATTERNS.items()}
# the 50 清单 items (engine/university_items.py): one alternation per item, compiled once
_ITEMS = {k: re.compile("|".join(f"(?:{p})" for p in item.patterns)) for k, item in ITEMS.items()}


def _flag(text: str, regex: re.Pattern, what: str) -> Fact:
    m = regex.search(text)
    return Fact(True, snippet(text, m.start(), m.end())) if m else Fact(False, f"未提及{what}")


def mention_facts(text: str) -> dict[str, Fact]:
    facts = {name: _flag(text, regex, name.split(".")[1]) for name, regex in MENTIONS.items()}
    cost = next((m for m in COST_FEES.finditer(text) if not NEGATION.search(clause(text, m.start(), 40))), None)
    facts["mentions.cost_fees"] = (Fact(True, snippet(text, cost.start(), cost.end())) if cost
                                   else Fact(False, "未见收取检索、复制、邮寄费用"))
    link_lists = text.count("|") >= 3  # spam link lists need separators: skip the check when there are none
    found = [m for m in (LEADING_BLANK_YEAR.match(text), *PLACEHOLDER.finditer(text))
             if m and not _is_multiplication(text, m) and not (link_lists and _in_link_list(text, m))]
    facts["quality.placeholders"] = Fact(bool(found), snippet(text, found[0].start(), found[0].end())
                                         if found else "未见占位符")
    facts["quality.placeholder_examples"] = Fact(sorted({m.group(0).strip(" ,。:") or "年" for m in found})[:10],
                                                 "; ".join(snippet(text, m.start(), m.end(), 30) for m in found[:3]))
    facts["quality.placeholder_count"] = Fact(len(found), facts["quality.placeholder_examples"].evidence)
    return facts


def _in_link_list(text: str, m: re.Match) -> bool:
    """Site footers and spam blocks ("a| b| c|…"): their x's are not a report's placeholders."""
    lo, hi = max(0, m.start() - 300), min(len(text), m.end() + 300)  # bounded: a 5 MB line stays linear
    start = text.rfind("\n", lo, m.start()) + 1 or lo
    end = text.find("\n", m.end(), hi)
    line = text[start:end if end >= 0 else hi]
    return line.count("|") >= 3 and not re.search(r"[。,;]", line)


def _is_multiplication(text: str, m: re.Match) -> bool:
    return m.group(0) in ("×", "×") and m.start() > 0 and text[m.start() - 1].isdigit() \
        and m.end() < len(text) and text[m.end()].isdigit()


def university_facts(text: str) -> dict[str, Fact]:
    facts = {}
    for key, regex in _CHECKLIST.items():
        facts[f"university.checklist.{key}"] = _flag(text, regex, CHECKLIST[key])
    for key, regex in _ENROLLMENT.items():
        facts[f"university.enrollment.{key}"] = _flag(text, regex, ENROLLMENT[key])
    for key, regex in _ITEMS.items():
        item = ITEMS[key]
        label = item.title if len(item.title) <= 24 else item.title[:24] + "…"
        facts[f"university.item.{key}"] = _flag(text, regex, f"清单第{item.number}项“{label}”")
    return facts

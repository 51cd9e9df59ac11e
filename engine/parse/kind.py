"""Is this the statutory annual report, or a work summary, a blank template, an essay or a notice?

The statutory report is recognised by what the law requires in it (依申请公开 and 复议/诉讼, plus 收费
before 2019 or the prescribed format after), or by calling itself the annual report; a work summary
speaks for an agency ("我局…") about its disclosure work without those parts; a template is mostly
placeholders; anything else (essay, news, plan) is other.
"""

from __future__ import annotations

import re

from engine.model import Fact
from engine.parse.textutil import snippet

ANNUAL_TITLE = re.compile(r"年度报告|年报|年度工作报告|工作报告")
SUMMARY_TITLE = re.compile(r"总结|汇报|工作情况|开展情况")
# the document type is the title's last word ("…实施方案"); 规划/计划 inside a name (自然资源和规划局) is not
OTHER_TITLE = re.compile(r"(?:方案|规划|计划|要点|意见|通知|办法|规定|细则)\W{0,3}$|^\W{0,3}(?:论|浅谈|浅析|试论)"
                         r"|探讨|思考|研究$")
TEMPLATE_TITLE = re.compile(r"样本|样式|模板|模版|范本|参考格式|格式\)")
UNIVERSITY = re.compile(r"高等学校信息公开|高校信息公开|(?:19|20)\d{2}\s*[-—–至]\s*(?:19|20)\d{2}\s*学年"
                        r"|信息公开事项清单")
SCHOOL_TITLE = re.compile(r"学年|大学|学院|学校|高校")
SCHOOL = re.compile(r"大学|学院|学校|我校|我院|高校")
FIRST_PERSON = re.compile(r"我(?:局|办|委|镇|乡|区|县|市|院|校|厅|中心|所|街道|处|站|队|公司|单位)")
DISCLOSURE = re.compile(r"政府信息公开|政务公开|信息公开|政务信息")
FORMAT_2019 = re.compile(r"总体情况|收到和处理政府信息公开申请|本年新收|第二十条第")


def classify(text: str, facts: dict[str, Fact], title: str) -> tuple[str, str]:
    """(kind, evidence) for one document."""
    head = title or text[:80]
    sec = {k.split(".")[1] for k, f in facts.items() if k.startswith("sections.") and f.value}
    has = set(facts)
    placeholders = facts.get("quality.placeholder_count", Fact(0, "")).value
    stated = [k for k in has if k.split(".")[0] in ("proactive", "requests", "appeals", "fees", "consultations")
              and facts[k].value]
    if (TEMPLATE_TITLE.search(head) or text.count("填写") >= 2) and placeholders >= 3 and len(stated) <= 1:
        return "template", f"样本/占位符: {head.strip()[:40]}"
    if SCHOOL_TITLE.search(head + text[:300]) and UNIVERSITY.search(text[:3000]) and SCHOOL.search(text[:1500]) \
            and re.search(r"报告", text[:3000]) and (sec & {"proactive", "requests", "overview"}):
        return "university_annual", f"高校信息公开年度报告: {head.strip()[:40]}"
    requests = "requests" in sec or any(k.startswith("requests.") for k in has)
    review = "review_litigation" in sec or "appeals.review" in has or "appeals.litigation" in has
    fees = "fees" in sec or "fees.charged_yuan" in has
    modern = bool(FORMAT_2019.search(text))
    if not DISCLOSURE.search(text):
        return "other", "未涉及信息公开工作"
    heads = [ln.strip() for ln in text[:400].split("\n") if 0 < len(ln.strip()) <= 60][:3]
    plan = next((h for h in heads if OTHER_TITLE.search(h)), None)
    if plan and not ANNUAL_TITLE.search(head):
        return "other", f"标题: {plan[:40]}"
    if requests and review and (fees or modern):
        return "government_annual", "含依申请公开、复议诉讼等法定内容"
    if ANNUAL_TITLE.search(head) and not SUMMARY_TITLE.search(head) and (sec & {"proactive", "requests"}):
        return "government_annual", f"标题: {head.strip()[:40]}"
    m = FIRST_PERSON.search(text)
    if (m or SUMMARY_TITLE.search(head)) and (sec or stated or len(DISCLOSURE.findall(text)) >= 3):
        return "work_summary", snippet(text, m.start(), m.end()) if m else f"标题: {head.strip()[:40]}"
    return "other", "不具备年度报告的法定内容"

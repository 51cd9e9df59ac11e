"""The office's words for the codes machines use: one table that every renderer, the CLI and the workbench share.

Ids and codes (rule ids, topic keys, level codes) stay in data and in one column for machines; whatever a person
reads goes through `label()`. A code without an entry is shown as it is, so a missing word is visible in review.
"""

from __future__ import annotations

TOPICS = {
    "timeliness.annual_report": "发布时限",
    "timeliness.disclosure": "办理时限",
    "content.missing_section": "缺少法定章节",
    "content.missing_table": "缺少统计表格",
    "content.outdated_format": "沿用旧格式",
    "consistency.arithmetic": "表格数据勾稽",
    "quality.placeholder": "模板占位符未替换",
    "quality.copied": "内容雷同",
    "review.confidentiality": "保密审查",
    "university.checklist": "高校清单",
    "university.enrollment": "招生十公开",
    "fees.improper": "收费不规范",
    "doc.not_annual_report": "非年度报告",
    "submission.repeat": "屡查屡犯",
}
LEVELS = {
    "province": "省级", "city": "市级", "county": "县级", "township": "乡镇",
    "department": "部门", "university": "高校", "unknown": "未识别",
}
SEVERITIES = {"info": "提示", "minor": "一般", "major": "较重", "critical": "严重"}
KINDS = {
    "government_annual": "政府信息公开工作年度报告", "university_annual": "高校信息公开年度报告",
    "work_summary": "工作总结", "template": "空白模板", "other": "其他文件",
}
STATUSES = {"ok": "已评分", "not_a_report": "非年度报告", "error": "未能读取"}
RUN_STATUSES = {"running": "进行中", "done": "已完成", "interrupted": "已中断", "signed_off": "已签发"}
# a finding's basis (engine/rules/basis.py, engine/scoring.py): unverified bases cost 0 in the shipped profiles
BASIS_STATUSES = {"verified": "依据已核实", "unverified": "依据未核实（仅提示，不扣分）",
                  "local_scheme": "按地方方案计分"}
# who issues a report, from its name (derived.body)
BODIES = {"people_government": "人民政府", "subdistrict_office": "街道办事处", "management_committee": "管委会",
          "department": "政府部门", "university": "高校", "other": "其他机关"}

# profiles (评分方案) by name; a profile's YAML title is the long form, this is what fits a cell
SCHEMES = {
    "auto": "自动选择", "base": "共同基础", "gov-2008": "政府年报（2007年条例）", "gov-2019": "政府年报（2019年条例）",
    "university": "高校年报", "district-points": "区级绩效考评", "archives-monthly": "月报与软环境测评",
}
# a 考核 ranks one year within one category; a roster may name the category, else it follows from the level
CATEGORIES = {
    "department": "市直部门", "county": "县区", "township": "乡镇街道", "university": "高校",
    "city": "市级政府", "province": "省级政府", "unknown": "未分类",
}
CATEGORY_ORDER = ("市直部门", "县区", "乡镇街道", "高校", "市级政府", "省级政府", "未分类")

_TABLES = {"topic": TOPICS, "level": LEVELS, "severity": SEVERITIES, "kind": KINDS, "status": STATUSES,
           "run_status": RUN_STATUSES, "basis_status": BASIS_STATUSES, "body": BODIES, "scheme": SCHEMES,
           "category": CATEGORIES}


# an operating system's error numbers (errno) as a person reads them; its own English words are never shown
ERRNO = {1: "不允许的操作", 2: "路径不存在", 5: "读写出错（磁盘或网络盘故障？）", 13: "没有权限",
         20: "路径中有一段是文件而不是文件夹",
         21: "这是文件夹", 24: "同时打开的文件过多", 28: "磁盘已满", 30: "只读文件系统", 36: "文件名过长",
         40: "符号链接循环", 122: "超出磁盘配额"}


def os_reason(exc: OSError) -> str:
    """Why an OSError happened, in Chinese (the errno's word; else the error number)."""
    if exc.errno in ERRNO:
        return ERRNO[exc.errno]
    return f"系统错误 {exc.errno}" if exc.errno else "系统错误"


def label(table: str, code: str | None) -> str:
    """The Chinese word for `code` in `table` (topic, level, severity, kind, status, run_status, basis_status,
    body, scheme, category: the 考核 category a level falls in)."""
    if not code:
        return ""
    return _TABLES[table].get(code, code)

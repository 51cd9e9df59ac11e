"""Small reports written for the compliance suite (tests/test_compliance.py): our own prose, no corpus text.

Each builder returns the text of one report; keyword arguments swap in the one part a case is about, so a
compliant report and its failing counterpart differ only there.
"""

from __future__ import annotations

from datetime import date

CN_DIGITS = "〇一二三四五六七八九"
T3_ROWS = [
    "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开 1.属于国家秘密",
    "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
    "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供 1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "（五）不予处理 1.信访举报投诉类申请", "2.重复申请",
    "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
]


def _row(label: str, n: int) -> str:
    return " | ".join([label, str(n), "0", "0", "0", "0", "0", str(n)])


def table2(trial: bool = False) -> str:
    if trial:
        return "\n".join([
            "第二十条第（一）项", "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量",
            "规章 | 0 | 0 | 0", "规范性文件 | 2 | 2 | 14",
            "第二十条第（五）项", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
            "行政许可 | 12 | +1 | 86", "其他对外管理服务事项 | 3 | 0 | 40",
            "第二十条第（六）项", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
            "行政处罚 | 20 | -2 | 31", "行政强制 | 2 | 0 | 4",
            "第二十条第（八）项", "信息内容 | 上一年项目数量 | 本年增/减", "行政事业性收费 | 1 | 0",
            "第二十条第（九）项", "信息内容 | 采购项目数量 | 采购总金额", "政府集中采购 | 9 | 356.2"])
    return "\n".join([
        "第二十条第（一）项", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
        "规章 | 0 | 0 | 0", "行政规范性文件 | 2 | 1 | 14",
        "第二十条第（五）项", "信息内容 | 本年处理决定数量", "行政许可 | 86",
        "第二十条第（六）项", "信息内容 | 本年处理决定数量", "行政处罚 | 31", "行政强制 | 4",
        "第二十条第（八）项", "信息内容 | 本年收费金额（单位：万元）", "行政事业性收费 | 0"])


def table3(received: int, image: bool = False) -> str:
    head = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            "申请人情况 | 自然人 | 法人或其他组织 | 总计", "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他"]
    if image:  # published as a picture: the labels survive in the page text, the cells do not
        return "\n".join([*head, "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                          "三、本年度办理结果", "四、结转下年度继续办理", "（表格为图片，见附件）"])
    rows = [_row("一、本年新收政府信息公开申请数量", received), _row("二、上年结转政府信息公开申请数量", 0),
            "三、本年度办理结果"]
    rows += [_row(label, received if i == 0 else 0) for i, label in enumerate(T3_ROWS)]
    rows += [_row("（七）总计", received), _row("四、结转下年度继续办理", 0)]
    return "\n".join([*head, *rows])


TABLE4 = ("行政复议（结果维持、结果纠正、其他结果、尚未审结、总计） | "
          "行政诉讼：未经复议直接起诉（结果维持、结果纠正、其他结果、"
          "尚未审结、总计） | 复议后起诉（结果维持、结果纠正、其他结果、尚未审结、总计）\n" + " | ".join(["0"] * 15))


def signature_date(day: str) -> str:
    d = date.fromisoformat(day)
    return f"{d.year}年{d.month}月{d.day}日"


def gov(agency: str, year: int, published: str, *, short: str | None = None, assessment: bool = True,
        review: bool = True, requests: str | None = None, t2: str | None = None, t3: str | None = None,
        t4: str | None = TABLE4, other: str | None = None, extra: str = "", variant: int = 0) -> str:
    """A 2019-regime report (2019+) in the six parts of the prescribed format; `variant` 1 words the narrative
    differently (a report written afresh rather than last year's with new numbers)."""
    short = short or agency
    assess = (f"{year}年度县级政务公开考核中，本单位得分91分；群众代表评议满意率为94%；"
              "本年度没有发生政府信息公开工作责任追究。"
              if assessment else "本单位安排专人负责政务公开日常工作，全年开展自查2次。")
    check = ("拟公开信息由经办科室初审、办公室复核、分管负责人签发，发布前进行保密审查。" if review
             else "信息由办公室统一在门户网站发布。")
    requests = requests or "全年收到政府信息公开申请4件，均在法定期限内答复。"
    other = other or f"{year}年度本单位未收取信息处理费。"
    lines = [
        (f"{year}年，{short}把政务公开与日常工作同部署、同检查。",
         "（一）主动公开。全年在门户网站主动公开各类信息412条，集中公开了惠民补贴发放和项目建设信息。",
         "（四）平台建设。更新了政府信息公开指南和目录，在服务大厅设置政务公开查阅点。",
         "上年度指出的栏目更新慢的问题，已建立每周巡查制度。本年度仍存在解读材料偏少的问题，下一步将对重要文件同步发布图解。"),
        (f"这一年{short}把门户网站迁到集约化平台，围绕文物保护和乡村文化活动组织公开。",
         "（一）主动公开。新平台上线后共发布信息538条，文物保护单位名录、文化惠民演出安排都按月更新。",
         "（四）平台建设。栏目按新版目录重新归类，增加了无障碍浏览和全文检索功能。",
         "迁移平台时有两个栏目历史信息暂时缺失，已从档案中逐条补录。明年计划为乡镇文化站开设专页，并培训两名网站编辑。"),
    ][variant]
    parts = [
        f"{agency}{year}年政府信息公开工作年度报告", f"发布日期：{published}", "",
        f"本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为{year}年1月1日至{year}年12月31日。", "",
        "一、总体情况", lines[0], lines[1],
        f"（二）依申请公开。{requests}",
        f"（三）政府信息管理。{check}",
        lines[2],
        f"（五）监督保障。{assess}", "",
        "二、主动公开政府信息情况", t2 if t2 is not None else table2(), "",
        "三、收到和处理政府信息公开申请情况", t3 if t3 is not None else table3(4), "",
        *(["四、政府信息公开行政复议、行政诉讼情况", t4, ""] if t4 is not None else []),
        "五、存在的主要问题及改进情况", lines[3], "",
        "六、其他需要报告的事项", other, "", extra, agency, signature_date(published),
    ]
    return "\n".join(parts) + "\n"


def gov2007(agency: str, year: int, published: str, *, fees: str = "separate", placeholder: bool = False) -> str:
    """A 2007-regime report (2008–2018) in the six parts of 第三十二条; `fees` says where 收费及减免 stands:
    separate (its own part), inside (a sentence in the requests part) or none."""
    fee_line = "本年度未向申请人收取检索、复制、邮寄费用，也没有减免事项。"
    req = "全年受理政府信息公开申请6件，均已按期答复。" + (fee_line if fees == "inside" else "")
    sections = [("一、概述", f"{year}年，本单位按照《条例》要求推进信息公开，拟公开信息由办公室进行保密审查。"
                          + ("联系电话0XXX-XXXXXXX。" if placeholder else "")),
                ("二、主动公开政府信息的情况", "全年主动公开信息168条，其中规范性文件3件。"),
                ("三、依申请公开政府信息和不予公开政府信息的情况", req)]
    if fees == "separate":
        sections.append(("四、政府信息公开的收费及减免情况", fee_line))
    sections += [("五、因政府信息公开申请行政复议、提起行政诉讼的情况",
                  "全年没有因政府信息公开引起的行政复议和行政诉讼。"),
                 ("六、政府信息公开工作存在的主要问题及改进情况", "主要问题是公开内容不够细，下一步将加强业务培训。"),
                 ("七、其他需要报告的事项", "无。")]
    body = [f"{agency}{year}年政府信息公开工作年度报告", f"发布日期：{published}", ""]
    for head, text in sections:
        body += [head, text, ""]
    return "\n".join([*body, agency, signature_date(published)]) + "\n"


ITEM_LINES = {
    "basic": "（一）基本信息。公开办学规模、领导班子分工、机构设置、学校章程和规章制度、"
             "教代会和学术委员会报告、发展规划。",
    "admissions": "（二）招生考试信息。{admissions}",
    "finance": "（三）财务、资产及收费信息。公开财务资产管理制度、受捐赠财产使用、校办企业资产、招投标、"
               "预算决算表和收费项目标准。",
    "personnel": "（四）人事师资信息。公开领导干部兼职和出国（境）情况、岗位设置、干部任免、人员招聘"
                 "和教职工争议解决办法。",
    "teaching": "（五）教学质量信息。公开教师结构、专业设置、课程学分比例、教授授课比例、就业政策、"
                "毕业生就业情况、就业质量报告、"
                "艺术教育发展年度报告和本科教学质量报告。",
    "students": "（六）学生管理服务信息。公开学籍管理、奖助学金和学费减免、学生奖励处罚和学生申诉办法。",
    "ethos": "（七）学风建设信息。公开学风建设机构、学术规范制度和学术不端行为查处机制。",
    "degrees": "（八）学位、学科信息。公开学士学位授予的基本要求。",
    "exchange": "（九）对外交流与合作信息。公开来华留学生管理相关规定；清单第47项中外合作办学情况：本学年不涉及。",
    "other": "（十）其他。公开巡视反馈意见整改情况和突发事件应急预案。",
}
OWN_ADMISSIONS = ("学校在本科招生网公开经核定的招生章程和分省分专业招生计划，"
                  "公开分批次录取人数、最低分和录取结果查询办法，"
                  "公布招生咨询电话和考生申诉渠道，新生入学复查结果在校内公示。")


def university(name: str, start: int, published: str, *, admissions: str = OWN_ADMISSIONS, checklist: bool = True,
               review: str = "学校信息发布实行三审制，由发布部门、宣传部门和分管校领导逐级审核。") -> str:
    """A university report for the academic year start–start+1, in the parts of 教办厅函〔2018〕80号."""
    items = [line.format(admissions=admissions) for line in ITEM_LINES.values()] if checklist else [
        f"本学年通过学校网站公开各类信息520条。{admissions}"]
    body = [
        f"{name}{start}-{start + 1}学年信息公开工作年度报告", f"发布时间：{published}", "",
        f"根据《高等学校信息公开办法》，现将{start}-{start + 1}学年（{start}年9月1日至{start + 1}年8月31日）"
        "信息公开工作报告如下。", "",
        "一、概述", f"学校办公室负责信息公开日常工作。{review}", "",
        "二、主动公开情况", *items, "",
        "三、依申请公开和不予公开情况", "本学年收到信息公开申请2件，均按期答复，未收取任何费用，无减免事项。", "",
        "四、对信息公开的评议情况", "学年末组织师生评议，满意率为93%。", "",
        "五、因学校信息公开工作受到举报、复议、诉讼的情况", "本学年没有发生相关举报、行政复议和行政诉讼。", "",
        "六、主要问题和改进措施", "二级学院网页更新不够及时，下一学年将纳入月度检查。", "",
        "七、其他需要报告的事项", "无。", "", name, signature_date(published),
    ]
    return "\n".join(body) + "\n"


WORK_SUMMARY = """柏溪县农业农村局2021年政务公开工作总结
发布日期：2021-12-20

2021年，我局围绕全县农业农村中心工作，扎实做好政务公开。现将全年工作总结如下。
一、主要做法。完善公开目录，集中发布涉农补贴信息；组织业务培训2次。
二、存在不足。部分栏目更新不够及时，解读形式比较单一。
三、明年打算。2022年将继续推进基层政务公开标准化规范化，丰富图解等解读方式。

柏溪县农业农村局
2021年12月20日
"""

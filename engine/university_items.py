"""The 50 items of the 《高等学校信息公开事项清单》 (教办函〔2014〕23号), one table.

Each item carries the 清单 wording (shared/spec/legal-basis.md §4.3), the category it belongs to (a key of
`engine.facts.CHECKLIST`, written out here so this module imports nothing from the engine) and the keyword
patterns that show a report says the item was disclosed. The patterns run with Python `re` on normalised,
simplified text (NFKC: full-width brackets and commas are ASCII), so they avoid punctuation; they are plain
alternations with at most a bounded `.{0,n}` and fixed-width look-arounds, so matching stays linear.

Items 1–21 are verified against university pages that reproduce the 清单; the labels of 22–50 are corroborated,
their numbering (above all 33–35 and 49–50) is not: `verified` says which.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Item:
    number: int
    category: str  # a key of engine.facts.CHECKLIST
    title: str  # the item as the 清单 words it
    patterns: tuple[str, ...]  # any match: the report says the item was disclosed
    verified: bool  # number and wording checked against a reproduction of the 清单


def _item(number: int, category: str, title: str, *patterns: str, verified: bool | None = None) -> Item:
    return Item(number, category, title, patterns, number <= 21 if verified is None else verified)


_TABLE = (
    # 一、基本信息（6项）
    _item(1, "basic", "办学基本情况（规模，校领导简介与分工，机构设置，学科与专业，在校生及教师、专业技术人员人数）",
          r"办学规模|办学基本情况|基本办学|学校概况|学校简介", r"领导班子", r"机构设置", r"在校生(?:情况|人数)"),
    _item(2, "basic", "学校章程及制定的各项规章制度", r"(?<!招生)章程", r"规章制度"),
    _item(3, "basic", "教职工代表大会相关制度、工作报告", r"教职工代表大会|教代会|教职工大会"),
    _item(4, "basic", "学术委员会相关制度、年度报告", r"学术委员会"),
    _item(5, "basic", "学校发展规划、年度工作计划及重点工作安排",
          r"发展规划|事业规划|五.{0,2}规划", r"工作计划|工作要点|重点工作"),
    # the report's own title ("…信息公开工作年度报告" on a line of its own) and the MOE notice it cites
    # ("关于做好…信息公开年度报告工作的通知") are not a statement that the report was disclosed
    _item(6, "basic", "信息公开年度报告", r"信息公开(?:工作)?年度报告(?!工作|\n)"),
    # 二、招生考试信息（8项）
    _item(7, "admissions", "招生章程及特殊类型招生办法，分批次、分科类招生计划",
          r"招生章程", r"特殊类型招生办法|特殊类型招生简章", r"招生计划"),
    _item(8, "admissions", "保送、自主选拔录取、高水平运动员和艺术特长生招生等特殊类型招生入选考生资格及测试结果",
          r"入选考生|测试结果", r"保送|自主选拔|高水平运动|艺术特长生"),
    _item(9, "admissions", "考生个人录取信息查询渠道和办法，分批次、分科类录取人数和录取最低分",
          r"录取.{0,4}查询|查询.{0,6}录取", r"录取人数|录取最低分|最低分|录取分数"),
    _item(10, "admissions", "招生咨询及考生申诉渠道，新生复查期间有关举报、调查及处理结果",
          r"(?<!研究生)招生咨询|考生申诉|(?<!研究生招生咨询及)申诉渠道", r"新生复查|复查.{0,6}(?:举报|结果)"),
    _item(11, "admissions", "研究生招生简章、招生专业目录、复试录取办法，各院（系、所）或学科、专业招收研究生人数",
          r"研究生.{0,6}(?:招生简章|招生目录|招生计划)", r"招生专业目录", r"复试(?:录取)?办法", r"招收研究生"),
    _item(12, "admissions", "参加研究生复试的考生成绩", r"复试.{0,4}成绩"),
    _item(13, "admissions", "拟录取研究生名单", r"拟录取(?:研究生)?名单|拟录取研究生"),
    _item(14, "admissions", "研究生招生咨询及申诉渠道", r"研究生.{0,10}(?:咨询|申诉)"),
    # 三、财务、资产及收费信息（7项）
    _item(15, "finance", "财务、资产管理制度",
          r"财务.{0,6}制度|财务管理(?:办法|规定)", r"资产管理.{0,2}(?:制度|办法|规定)"),
    _item(16, "finance", "受捐赠财产的使用与管理情况", r"受捐赠|捐赠财产|捐赠收入|捐赠.{0,6}(?:使用|管理)"),
    _item(17, "finance", "校办企业资产、负债、国有资产保值增值等信息",
          r"校办企业|校办产业|资产经营公司", r"保值增值"),
    _item(18, "finance", "仪器设备、图书、药品等物资设备采购和重大基建工程的招投标", r"招投标|招标", r"采购"),
    _item(19, "finance", "收支预算总表、收入预算表、支出预算表、财政拨款支出预算表", r"预算"),
    _item(20, "finance", "收支决算总表、收入决算表、支出决算表、财政拨款支出决算表", r"决算"),
    # not the 收费及减免 of disclosure requests, which every report states
    _item(21, "finance", "收费项目、收费依据、收费标准及投诉方式",
          r"收费项目|收费依据|收费标准|收费.{0,6}投诉", r"学费标准|住宿费标准"),
    # 四、人事师资信息（5项）
    _item(22, "personnel", "校级领导干部社会兼职情况", r"社会兼职|兼职情况"),
    _item(23, "personnel", "校级领导干部因公出国（境）情况", r"因公出国|出国\(境\)|出国境"),
    _item(24, "personnel", "岗位设置管理与聘用办法", r"岗位设置", r"聘用办法|聘任办法|聘用制度|岗位聘[用任]"),
    _item(25, "personnel", "校内中层干部任免、人员招聘信息", r"干部任免|中层干部", r"招聘"),
    _item(26, "personnel", "教职工争议解决办法", r"争议解决|争议处理|人事争议|劳动争议", r"教职工申诉|教师申诉"),
    # 五、教学质量信息（9项）
    _item(27, "teaching", "本科生占全日制在校生总数的比例、教师数量及结构",
          r"本科生占|在校生总数", r"教师数量|专任教师|师资结构|教师.{0,4}结构|生师比"),
    _item(28, "teaching", "专业设置、当年新增专业、停招专业名单", r"专业设置|新增专业|停招"),
    _item(29, "teaching", "全校开设课程总门数、实践教学学分占总学分比例、选修课学分占总学分比例",
          r"课程总门数|开设课程|课程开设", r"实践教学学分|选修课学分"),
    _item(30, "teaching", "主讲本科课程的教授占教授总数的比例、教授授课占课程总门次数的比例",
          r"主讲本科课程|教授授课|教授.{0,8}本科课程|教授占"),
    _item(31, "teaching", "促进毕业生就业的政策措施和指导服务",
          r"促进.{0,4}就业|就业.{0,4}(?:政策|措施|指导|服务)|就业创业"),
    _item(32, "teaching", "毕业生的规模、结构、就业率、就业流向",
          r"就业率|就业流向|就业去向", r"毕业生的规模|毕业生.{0,6}(?:规模|结构)"),
    # 33–35: which of the three reports comes first is not confirmed
    _item(33, "teaching", "高校毕业生就业质量年度报告", r"就业质量(?:年度)?报告"),
    _item(34, "teaching", "艺术教育发展年度报告", r"艺术教育.{0,4}报告|艺术教育发展"),
    _item(35, "teaching", "本科教学质量报告", r"教学质量报告|本科教学质量"),
    # 六、学生管理服务信息（4项）
    _item(36, "students", "学籍管理办法", r"学籍"),
    _item(37, "students", "学生奖学金、助学金、学费减免、助学贷款、勤工俭学的申请与管理规定",
          r"奖学金|助学金", r"学费减免|助学贷款", r"勤工俭学|勤工助学", r"资助"),
    _item(38, "students", "学生奖励处罚办法",
          r"奖励处罚|奖励.{0,2}处分|奖惩", r"违纪处分|纪律处分|学生处分|处分(?:办法|规定|条例)"),
    _item(39, "students", "学生申诉办法", r"学生申诉|申诉(?:办法|处理)"),
    # 七、学风建设信息（3项）; the category heading 学风建设信息 alone does not count
    _item(40, "ethos", "学风建设机构",
          r"学风建设(?:工作)?(?:机构|组织|委员会|领导小组|办公室)", r"学风(?:督导)?委员会"),
    _item(41, "ethos", "学术规范制度", r"学术规范|学术道德|科研诚信"),
    _item(42, "ethos", "学术不端行为查处机制", r"学术不端|学术失范|科研不端"),
    # 八、学位、学科信息（4项）
    _item(43, "degrees", "授予博士、硕士、学士学位的基本要求",
          r"(?<!拟)授予.{0,10}学位|学位授予", r"学位.{0,6}基本要求"),
    _item(44, "degrees", "拟授予硕士、博士学位同等学力人员资格审查和学力水平认定", r"同等学力"),
    _item(45, "degrees", "新增硕士、博士学位授权学科或专业学位授权点审核办法",
          r"(?<!拟)新增.{0,12}学位授权", r"授权(?:学科|点).{0,10}审核|学位授权审核"),
    _item(46, "degrees", "拟新增学位授权学科或专业学位授权点的申报及论证材料",
          r"拟新增.{0,12}(?:学位授权|授权点)", r"授权(?:学科|点).{0,8}(?:申报|论证)|学位授权.{0,10}申报"),
    # 九、对外交流与合作信息（2项）
    _item(47, "exchange", "中外合作办学情况", r"中外合作|合作办学"),
    _item(48, "exchange", "来华留学生管理相关规定", r"来华留学|留学生|国际学生"),
    # 十、其他（2项）: wording and numbering not verified
    _item(49, "other", "巡视组反馈意见，落实反馈意见整改情况", r"巡视|巡察"),
    _item(50, "other", "自然灾害等突发事件的应急处理预案、预警信息和处置情况，涉及学校的重大事件的调查和处理情况",
          r"突发事件|应急.{0,4}预案|预警信息", r"重大事件.{0,6}(?:调查|处理)"),
)

ITEMS: dict[str, Item] = {f"{item.number:02d}": item for item in _TABLE}

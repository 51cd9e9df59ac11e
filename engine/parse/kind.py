"""Is this the statutory annual report, or a work summary, a blank template, an essay or a notice?

The statutory report is recognised by what the law requires in it (依申请公开 and 复议/诉讼, plus 收费
before 2019 or the prescribed format after), or by calling itself the annual report; a work summary
speaks for an agency ("我局…") about its disclosure work without those parts; a template is mostly
placeholders; anything else (essay, news, plan) is other.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from engine.model import Fact
from engine.parse import author, split
from engine.parse.gate import may_match
from engine.parse.scan import AfterBreak, led
from engine.parse.textutil import holds_word, snippet

# "某乡2011年度信息公开的报告" says 年度 and 报告 with the topic between them
ANNUAL_TITLE = re.compile(r"年度报告|年报|年度工作报告|工作报告|年度[^\n。,，]{0,12}的报告")
SUMMARY_TITLE = re.compile(r"总结|汇报|工作情况|开展情况|自查")
# the document type is the title's last word ("…实施方案"); 规划/计划 inside a name (自然资源和规划局) is not
# (and a guide, a catalogue or a body's rules or procedure titled so, its edition in brackets: "某局政府信息公开
# 指南", "某医院院内信息公开管理制度", "依申请公开办理流程"; a47)
OTHER_TITLE = re.compile(r"(?:方案|规划|计划|要点|意见|通知|办法|规定|细则|公开指南|公开制度|管理制度|须知|办理流程"
                         r"|申请流程|公开目录)(?:\([^()\n]{1,10}\))?\W{0,3}$|^\W{0,3}(?:论|浅谈|浅析|试论)"
                         r"|探讨|思考|研究$")
# a journal article's abstract, then its key words ("[摘 要]…[关键词]…", "摘要:…关键词:…"): a paper on disclosure
PAPER_ABSTRACT = re.compile(r"[\[【]\s*摘\s*要\s*[\]】]|(?<!内容)摘\s*要\s*[:：]")
PAPER_KEYWORDS = re.compile(r"[\[【]\s*关\s*键\s*[词字]\s*[\]】]|关\s*键\s*[词字]\s*[:：]")
# a generated sample's lead: "以下是一篇关于《某市2025年度…报告》的文章示例,你可以根据实际情况进行修改" (a47)
SAMPLE_LEAD = re.compile(r"\s*以下是[^。\n]{0,60}(?:示例|范文|范例|样本)[^。\n]{0,6}[,，:：]?\s*(?:你|您)可以根据")
TEMPLATE_TITLE = re.compile(r"样本|样式|模板|模版|范本|范文|参考格式|格式\)")
# the prescribed opening states the statistics period: "本报告所列数据的统计期限自…", "报告统计期限为…"
STATS_PERIOD = re.compile(r"(?:报告|年报)(?:中)?(?:所列)?(?:的)?(?:数据)?(?:的)?统计(?:期限|时限|时间)")
# the body says what it is: 本年度报告根据…编制, 全文包括…, 本报告由…组成, 现公布…年度报告 (most pages keep the title
# outside the article), or it is laid out in the prescribed parts (一、总体情况)
# (a branch that opens with a group of words is written once per word, in the same order, so that every branch opens
# with a literal and `re` skips ahead to the first characters instead of trying the pattern at every one: the same
# matches; tests/test_parse_scan_starts.py compares it with the pattern as written first)
_ANNOUNCED = r"[^。\n]{0,40}(?:年度报告|年报|工作报告)"
SELF_DECLARED = re.compile(r"本(?:年度)?(?:报告|年报)(?:是|系)?(?:根据|依据|按照|由|包括|分为|共分|内容)|本年度报告"
                           # ("该报告由信息公开基本情况、主动公开信息情况…组成": its parts by the statutory names; a38)
                           r"|该(?:年度)?(?:报告|年报)(?:由|包括|分为)[^。\n]{0,30}?(?:主动公开|依申请公开|总体情况|概述)"
                           r"|(?:编制|制作|撰写)(?:了)?本(?:年度)?报告|"
                           + "|".join(w + _ANNOUNCED for w in ("现将", "现予公布", "现公布", "特向社会公布",
                                                               "并向社会公布", "现向社会公布", "现编制", "编制形成",
                                                               "编制(?:完成)?了", "并形成"))
                           + r"|全文(?:包括|共分|由|分为)"
                           # (the compiler's own report and its parts: "由某局编制的2018年度政府信息公开年度报告主要
                           # 包括…"; a52)
                           r"|编制的\s*(?:19|20)\d{2}\s*年度?[^。\n]{0,16}?(?:年度报告|年报)\s*(?:主要)?(?:包括|分为|共分|由)"
                           # (the report's own title, then its publishing: "《某省人民政府2016年度政府信息公开报告》已经
                           # 省政府同意,现予以发布"; a44)
                           r"|(?:年度报告|年报|信息公开报告)》[^。\n]{0,16}?现予(?:以)?(?:发布|公布|公开)"
                           r"|报告(?:内容)?(?:共)?分[为成]?[三四五六七八]个部分|如对本(?:年度)?(?:报告|年报)有任何疑问|"
                           + "|".join(w + STATS_PERIOD.pattern.removeprefix("(?:报告|年报)") for w in ("报告", "年报")))
ANNUAL_NAME = re.compile(r"年度报告|年报")
# bodies counted as the subject of compiling reports, in the same clause: many of them, not the text's own
BODIES_COUNTED = re.compile(rf"(?:{author.BODIES_QUANTITY}|\d+个|\d+家)[^,，。;；\n]{{0,20}}\Z")
# the statutory first part's heading on a line of its own ("一、总体情况", "—、总体情况" with a dash a page put for 一):
# the report's body under its title, though it names neither the Regulations nor itself (lead, a24)
OVERVIEW_UNDER_TITLE = re.compile(r"\n[ \t]*[一—-]?[、,，.．]{0,2}[ \t]*(?:总体情况|概述)[ \t]*\n")
# (and the overview by the work's name: "一、政府信息公开工作概述", the 2008–2018 reports' first part; a55)
PRESCRIBED_HEADING = re.compile(r"(?:^|\n)\s*[一1][、.]\s*(?:总体情况|(?:政府信息公开(?:工作)?)?概述|引言)")
# the statutory report's last part by its prescribed name: a page whose tables were images still ends with it
OTHER_MATTERS = re.compile(r"(?:^|\n)\s*[五六七八]、\s*其他需要报告的事项")
# (never the first part: "一、政府信息公开工作措施" opens a report's account of its work, a23-blind-doc)
CLOSING_HEADING = re.compile(r"(?:^|\n)\s*(?!一、)[一二三四五六七八九十]+、[^\n]{0,12}"
                             r"(?:存在的?(?:主要)?问题|下一步|工作(?:措施|打算|计划))")
# a rule or notice on reports, not a report: 第一条…第二条…, or a title whose last word is its type
ARTICLES = re.compile(r"(?:^|\n)\s*第[一二]条(?!第)")
# (or a notice's head flattened onto one line, its number right after its type: "…工作的通知某府公开办函〔2014〕1号各县
# 市政府办,…:"; a37)
DOC_TYPE_TITLE = re.compile(r"(?:通知|通报|意见|办法|规定|制度|细则|方案|要点|计划|规划)(?:\(试行\))?"
                            r"(?:\W{0,3}$|[\u4e00-\u9fff]{1,10}[〔\[［(（](?:19|20)\d{2}[〕\]］)）]\s*\d{1,4}\s*号)")
FILE_SUFFIX = re.compile(r"\.(?:docx?|pdf|wps|txt)$", re.I)
SUMMARY_WORD = re.compile(r"总结|汇报")  # in a title-like line (a sentence's 工作情况 is no title)
PLAN_TYPE = re.compile(r"(?:计划|规划|要点)\W{0,3}$")
# (the report's title in its brackets too: "某局关于印发《某局2009年度政府信息公开工作年度报告》的通知"; a49)
COVERING_NOTICE = re.compile(r"关于(?:公布|印发|发布|公开)《?[^《》]{0,40}(?:年度报告|年报)》?的通知")
UNIVERSITY = re.compile(r"高等学校信息公开|高校信息公开|信息公开事项清单"
                        r"|(?:19|20)\d{2}\s*年?\s*[-—–~至到/]\s*(?:19|20)?\d{2}\s*年?\s*学年")
SCHOOL_TITLE = re.compile(r"学年|大学|学院|学校|高校")
# a college reporting in the government format names itself in the title: "2022年某某职业学院信息公开工作年度报告"
# (科学院, 行政学院, 社会主义学院 and 党校 are not schools under 《高等学校信息公开办法》)
# (a street or road named after one is no school: 学院路街道办事处, 大学城街道)
# (nor a school or hospital a university runs: 某学院附属中学, 某大学附属医院, a20-agency; nor a technician college,
# 某市技师学院, a 技工院校 as a 技工学校 is: labelling L38, a24-agency-other)
SCHOOL_REPORTER = re.compile(r"(?:大学|(?<!科)(?<!行政)(?<!主义)(?<!技师)学院)(?!路|街|城|大道|社区|村|附属|附[中小])"
                             r"[^\n。,]{0,16}信息公开"
                             r"[^\n。,]{0,8}报告")
# a document site's banner ("SUCAI198.COM —— 专注公文写作范文") names the site, not the page
SITE_BANNER = re.compile(r"^[^\n]*[A-Za-z0-9-]+\.(?:com|cn|net|org)\b[^\n]*", re.I)
# ...not a news or notice line about one ("市统计局发布2021年…年度报告", "关于报送…年度报告"); also in its short
# forms ("某公司2018年度政府信息公开年报", "…政府信息公开年度报告", a23-blind-doc)
# (and the old form with the year before it, "某局2011年度政府信息公开工作报告": the statutory name's words, 年度 moved
# before them; "某乡2010年政府信息公开报告" says less, and a short summary is filed so too; a24-agency-dept)
# (but a body's report titled "某县人民政府关于2019年度政府信息公开工作年度报告": 关于 right before the year;
# a24-agency-town)
STATUTORY_TITLE = re.compile(r"^(?![^\n]*(?:关于(?!\s*(?:19|20)\d{2}\s*年)|发布|公布|印发|转发|解读|编制|报送|链接"
                             r"|下载))"
                             r"(?:[^\n。,，:：]{2,40}政府信息公开(?:工作)?(?:年度报告|年报)"
                             r"|[^\n。,，:：]{0,40}?(?:19|20)\d{2}\s*年度\s*政府信息公开工作报告)"
                             # (its year in brackets after it: "某厅政府信息公开年报(2010)"; lead, a24; or that it
                             # is a revised copy, "…年度报告(修改)": a36; or a document site's page of it,
                             # "…工作报告(6)", "…(第2页)": a52)
                             r"(?:\s*[(（]\s*(?:(?:19|20)\d{2}\s*年?度?|修改|修订|更正|修正|\d{1,2}|第\s*\d{1,2}\s*页)(?:版|稿)?"
                             r"\s*[)）])?"
                             # (or a reprint's mark that the page holds the whole of it: "…工作报告/全文"; a56)
                             r"(?:\s*[/(（]?\s*全文\s*[)）]?)?\W{0,3}$")
# a metadata table's label before the title it holds ("标题: 某局…年度报告", "信息名称: …"): the title is the value
TITLE_CELL_LABEL = re.compile(r"^\s*(?:信息)?(?:标\s*题|题\s*名|名\s*称)\s*[:：]\s*")
# a sample's reporting body is a blank: "xx市环境保护局", "××县人民政府"
PLACEHOLDER_BODY = re.compile(r"(?:[xX]{2}|××|某某|○○)\s*(?:省|市|县|区|旗|镇|乡|街道)")
# what every PLACEHOLDER_BODY (and so BLANK_TITLE) match holds, tested first (`in` at C speed; the pattern's own
# scan tries every character of the opening, ≈ 55 µs a report, and most reports hold none of these)
BLANK_MARKS = ("xx", "XX", "xX", "Xx", "××", "某某", "○○")


def holds_blank_mark(text: str, end: int) -> bool:
    """any(w in text[:end] for w in BLANK_MARKS), each mark looked for only where its first character is: a find of
    one character runs at memchr speed, one of two tests every character (seven such finds over 3,000 characters),
    and no slice is copied."""
    return any(text.find(w[0], 0, end) >= 0 and text.find(w, 0, end) >= 0 for w in BLANK_MARKS)


# a year left blank where a sample's year goes: "20XX年", "201*年", "20xx年度", "××××年"
BLANK_YEAR = re.compile(r"(?:(?:19|20)\d?[xX×*＊]{1,2}|[xX×*＊]{4})\s*年")
# the blank year as the year of the work the text speaks of in its voice ("201x年,我镇…", "20XX年度，本局…")
BLANK_YEAR_THEN_VOICE = re.compile(BLANK_YEAR.pattern + r"度?\s*[,，]?\s*(?:本|我)")
# a sample's own title, its body and its year both blanks: "XX镇201*年度…", "××县20XX年政府信息公开…"
BLANK_TITLE = re.compile(PLACEHOLDER_BODY.pattern + r"[^\n。,，]{0,12}?" + BLANK_YEAR.pattern)
# a title's year followed by part of it: 上半年/下半年, a quarter (第一季度, 前三季度), months short of the year
# (1-6月); not 1-12月 (the whole year) nor a part named elsewhere on the line before the year
PART_OF_YEAR_TITLE = re.compile(r"(?:19|20)\d{2}\s*年度?\s*(?:[上下]半年|第?[一二三四1-4]季度|前[一二三1-3]季度"
                                r"|(?:1|一)\s*[-—–~至到]\s*(?:[1-9]|1[01]|[二三四五六七八九]|十一?)\s*月)")
# a figure written as stars before its unit ("**条", "*件", "***%"): a blank where a count goes
MASKED_FIGURE = re.compile(r"(?<![\*\d])\*+(?:\.\*+)?\s*(?:条|件|个|次|项|份|期|篇|人次|%)")
FIGURES = frozenset(("proactive", "requests", "appeals", "fees", "consultations"))
SCHOOL = re.compile(r"大学|学院|学校|我校|我院|高校")
# a school's account of its year: the report, or the 总结/汇报 a school's report calls itself ("现将本年度信息公开
# 工作总结如下" under 《高等学校信息公开办法》: all five labelled school pages that say so are reports; a51)
SCHOOL_ACCOUNT = re.compile(r"报告|(?:总结|汇报)如下")
# a school's other yearly reports, each an item of the 清单 (本科教学质量报告, 就业质量年度报告, …)
OTHER_SCHOOL_REPORT = re.compile(r"(?:本科|研究生|继续)?(?:教学|教育(?:发展)?)质量(?:年度)?报告|就业质量(?:年度)?报告"
                                 r"|社会责任报告")


def cover_line(text: str, m: re.Match) -> bool:
    """The match stands on a short line of its own, as a cover's title does (not inside a sentence)."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    return len(text[start:end if end >= 0 else len(text)].strip()) <= 30


# the academic year's account announced ("现将该学年我校信息公开工作总结如下"), its parts under headings of its own
ACADEMIC_YEAR_ACCOUNT = re.compile(r"现将[^。\n]{0,30}?学年[^。\n]{0,20}?(?:总结|报告|汇报)如下")
FIRST_PERSON = re.compile(r"我(?:局|办|委|镇|乡|区|县|市|院|校|厅|中心|所|街道|处|站|队|公司|单位)")
DISCLOSURE = re.compile(r"政府信息公开|政务公开|信息公开|政务信息|公开政府信息|依申请公开")
# the 2019 format's 总体情况 in its prescribed items: (一)主动公开 (二)依申请公开 (三)政府信息管理 (四)平台建设
# (五)监督保障
OVERVIEW_ITEM = re.compile(r"[(（][一二三四五六七][)）]\s*(?:政府信息|依法|做好|加强)?\s*"
                           r"(主动公开|依申请公开|(?:政府)?信息管理|(?:政府信息公开|政务公开|公开)?平台建设|监督保障)")
# the statutory table's own labels (2021 format and the 2019 trial one): "第二十条第(一)项" with its column heads
TABLE_ROW = re.compile(r"第二十条第\s*[(（][一五六八][)）]\s*项")
TABLE_HEAD = re.compile(r"信息内容|本年制发件数|现行有效件数|处理决定数量|对外公开总数量|本年新制作数量|本年收费金额")
# the 2008–2018 reports' overview in its usual items: the body and staff (机构和人员), its guide and catalogue (指南,
# 目录: their compiling or updating), its rules (制度, 机制), the reading rooms (查阅场所), publicity and training
OLD_OVERVIEW_ITEM = re.compile(r"[(（][一二三四五六七八][)）]([^\n。:：]{2,40})")
OLD_ITEM_WORDS = (("staff", re.compile(r"(?:工作)?机构(?:和|及|与)?(?:人员)?(?:设[置定]|建设)|机构和人员")),
                  ("guide", re.compile(r"指南[^\n]{0,6}目录|目录[^\n]{0,6}指南")),
                  ("rules", re.compile(r"制度|机制")), ("rooms", re.compile(r"查阅(?:场所|点|室)")),
                  ("training", re.compile(r"宣传|培训")))
LIST_ITEM_END = frozenset(";；,，、。")
# "(一)主动公开：…年度报告等。": an item, no title; nor a numbered row of a flattened table ("5 | 公开报告 |
# 每年度的政府信息公开工作报告。 | 党政综合办公室 |", a catalogue's; a36); nor a later part's heading ("二、政府信息公开
# 工作情况": a report's own part, not a title calling it a summary; a37); nor a form's numbered criterion ("10、编制、
# 报送并及时公开本机关政府信息公开年度报告(10)"; a38)
LIST_ITEM = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]+[)）]|\d{1,3}\s*[|、]|[二三四五六七八九十]、)")
# a line of a site's metadata block: a label alone, or a value without four Chinese characters in a row
META_ITEM = re.compile(r"^(?:索引号|主题分类|发文字号|效力状态|发布机构|发布日期|成文日期|信息来源|有效性|编辑|审核)"
                       r"\s*[:：]?\s*$|^(?!.*[\u4e00-\u9fff]{4})")
# the text names its own type: "编制本指南", "本目录每年更新", "制定此工作方案" (a report says 本报告; a summary 本年度
# 总结, a48); found by its 本 or 此 first
OWN_TYPE = re.compile(r"[本此](?:工作|实施)?(指南|目录|办法|细则|规定|方案|要点|准则|制度)")
OWN_TYPE_MADE = ("编制", "制定", "制作", "修订", "印发")
OWN_TYPE_RULE = re.compile(r"每年|适用|所称|所列|自")
# a plan's numbered task to compile or publish the reports ("(四)编制并公布政府信息公开工作年度报告。指导…"): an item
# of work, no title (a50)
TASK_ITEM = re.compile(r"\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[.、．])"
                       r"\s*(?:认真|按时|及时|做好|抓好|规范|依法)?(?:编制|编写|公布|发布|报送|编报)")
# (asked only whether the text holds one: an `in` per word, C speed, not a scan testing every character)
QUOTED_NAME = re.compile(r"《[^》]*》")
FORMAT_2019_WORDS = ("总体情况", "收到和处理政府信息公开申请", "本年新收", "第二十条第")


# the `(?:^|\n)…` patterns searched from each line break (scan.AfterBreak: the same matches; `re` tries the group at
# every character of the text)
_LINE_SCANS = {regex: AfterBreak(regex) for regex in (PRESCRIBED_HEADING, OTHER_MATTERS, CLOSING_HEADING)}


def classify(text: str, facts: dict[str, Fact], title: str) -> tuple[str, str]:
    """(kind, evidence) for one document."""
    if title.rstrip()[-1:] in LIST_ITEM_END or LIST_ITEM.match(title):  # "5.…政府信息公开年度报告;": a list's item
        title = ""
    doc_kind, why = _classify(text, facts, title)
    if doc_kind == "government_annual" and "年" in title and (part := PART_OF_YEAR_TITLE.search(title)):
        # "某镇2022年上半年政府信息公开工作报告", "…第一季度…", "…1-6月…": a report on part of a year is no annual
        # report, whatever parts it has (a23-period)
        return "work_summary", f"标题所报为部分年度: {part.group()}"
    if doc_kind == "government_annual" and "doc.year" in facts and holds_blank_mark(text, 3000) \
            and (m := BLANK_TITLE.search(text, 0, 3000)):
        # "XX镇201*年度政府信息公开工作年度报告": the sample's own title has its body and its year blank; the year
        # found elsewhere is a document site's file name ("镇2023年度…报告.docx") or a date, not the report's
        return "template", f"标题的机关和年份为占位符: {snippet(text, m.start(), m.end())}"
    if doc_kind == "government_annual" and (level := facts.get("doc.level")) and level.value == "university" \
            and (period := facts.get("doc.period")) and "-" in str(period.value):
        # a school reporting on an academic year reports under the 高校办法, whichever regulation it cites first
        # ("本报告是根据《政府信息公开条例》、《高等学校信息公开办法》…编制的2015-2016学年度信息公开报告"); a college
        # reporting on a calendar year in the government's format stays a government report (a22, lead)
        return "university_annual", f"高校学年度报告: 报告单位为高校，统计期为{period.value}学年"
    if doc_kind == "government_annual" and (level := facts.get("doc.level")) and level.value == "unknown" \
            and (rules := UNIVERSITY.search(text, 0, 3000)) \
            and ((period := facts.get("doc.period")) and "-" in str(period.value) or SCHOOL.search(text, 0, 1500)):
        # a school's report whose name a spam mirror replaced (no body named, no body's voice): the 高校办法 or its
        # 清单 cited and a school or an academic year spoken of (a52)
        return "university_annual", f"高校信息公开年度报告: {snippet(text, rules.start(), rules.end())}"
    if doc_kind == "government_annual" and "doc.year" not in facts:
        blanks = PLACEHOLDER_BODY.findall(text, 0, 3000)
        if len(blanks) >= 2:  # "今年，xx市环境保护局…": a document site's sample, its name and year left blank
            return "template", f"报告机关为占位符: {blanks[0]}"
        if (year := BLANK_YEAR.search(text, 0, 3000)) and (blanks or "doc.agency" not in facts
                                                            and BLANK_YEAR_THEN_VOICE.search(text, 0, 3000)):
            # "根据…XX县政府办…的有关规定,现将我局201x年度…报告如下": one blank body and the year a blank, no year
            # stated anywhere: a sample made from a report, not the report (a23-blind-doc); so too with no body
            # named at all, the year of its work a blank ("201x年,我镇认真贯彻…": K7, a35; not a plan's year,
            # "二、存在问题和20xx年工作打算")
            return "template", f"报告年份为占位符: {year.group()}" + (f"; {blanks[0]}" if blanks else "; 未署名")
        masked = MASKED_FIGURE.findall(text, 0, 3000) if "*" in text else []
        if len(masked) >= 3 and not any(f.value for k, f in facts.items() if k.partition(".")[0] in FIGURES):
            # "全年发布**条…新收申请数*件…复议*件": every figure a blank, so a sample to fill in, not a report
            return "template", f"数字为占位符: {'、'.join(masked[:3])}"
    return doc_kind, why


def _classify(text: str, facts: dict[str, Fact], title: str) -> tuple[str, str]:
    title = TITLE_CELL_LABEL.sub("", title)
    head = title or body_start(text)[:80]
    if TASK_ITEM.match(head):
        head = ""  # "(四)编制并公布政府信息公开工作年度报告。指导…": a plan's task, no title (a50)
    sec = {k.split(".")[1] for k, f in facts.items() if k.startswith("sections.") and f.value}
    has = facts.keys()
    placeholders = facts.get("quality.placeholder_count", Fact(0, "")).value

    def stated() -> int:  # figures the text states: asked only on the two paths that need them (~140 facts)
        return sum(1 for k, f in facts.items() if f.value
                   and k.partition(".")[0] in ("proactive", "requests", "appeals", "fees", "consultations"))

    # (the count of placeholders asked first: most reports hold fewer than three, and 填写 is counted over the text)
    if placeholders and (placeholders >= 3 and (TEMPLATE_TITLE.search(head) and not SUMMARY_TITLE.search(head)
                                                or text.count("填写") >= 2)
                         and stated() <= 1
                         or re.search(r"范文|范本", first := SITE_BANNER.sub("", heads_of(text, 1)))
                         and not SUMMARY_TITLE.search(first)
                         or SAMPLE_LEAD.match(body_start(text))):
        # a model text by name with a blank left in it; a filled-in one ("…报告格式范文 篇1" with every name and
        # figure written) is judged by its body as any other page, and so is a model of a summary or a self-check
        # ("乡镇政府政务公开自查报告范文" with 20xx年: K3 keeps it the work summary it models; a39); so too a generated
        # "文章示例" to adapt, its figures X and Y (a47)
        return "template", f"样本/占位符: {head.strip()[:40]}"
    if (abstract := PAPER_ABSTRACT.search(text, 0, 800)) and PAPER_KEYWORDS.search(text, abstract.end(), 1200):
        return "other", f"论文: {snippet(text, abstract.start(), abstract.end())}"  # a journal's article (a47)
    news = news_item(text) or award_news(text)
    if news:  # a news item on a notice or on reports ("本报讯 记者…", "近日，某厅印发《…》"): before the school test,
        return "other", news  # whose words a news item on school reports repeats
    assessed = many_assessed(text)
    if assessed:  # a third party's evaluation of many schools or bodies: before the school test too
        return "other", assessed
    form = blank_form(text)
    if form and stated() <= 1:  # a statistics form to fill in ("单位名称:" "填报人:" "报出日期: 年 月 日"), its fields
        # blank; a report whose appended form left only its date blank states its figures (a22, lead)
        return "template", form
    # (gated: a government's report holds none of UNIVERSITY's words, and its scan tries every digit)
    school_named = may_match(UNIVERSITY, text, 0, 3000) and UNIVERSITY.search(text[:3000]) \
        or SCHOOL_REPORTER.search(head)
    if school_named and (articles := articles_form(text) or addressed_notice(text)):
        return "other", articles  # the measures on universities' disclosure, or a notice to the schools about reports
    if school_named and (own := OTHER_SCHOOL_REPORT.search(text, 0, 200)) and cover_line(text, own) \
            and "信息公开" not in text[:own.start()] + text[own.end():own.end() + 20]:
        # "某大学\n本科教学质量报告\n(2016-2017学年)": another of a school's yearly reports on its cover, one of the
        # 清单's items, not the disclosure report (a55)
        return "other", f"学校的其他年度报告: {snippet(text, own.start(), own.end())}"
    if SCHOOL_TITLE.search(head + text[:300]) and school_named and SCHOOL.search(text[:1500]) \
            and SCHOOL_ACCOUNT.search(body_start(text) + text[600:3000]) \
            and (sec & {"proactive", "requests", "overview"} or ACADEMIC_YEAR_ACCOUNT.search(text, 0, 3000)):
        return "university_annual", f"高校信息公开年度报告: {head.strip()[:40]}"
    notice = regulation_or_notice(text) or addressed_notice(text) or speech_or_explainer(text) \
        or news_of_meeting(text) or own_type(text) or reply_letter(text) or public_call(text) or about_reports(text)
    if notice:
        return "other", notice
    requests = "requests" in sec or any(k.startswith("requests.") for k in has)
    review = "review_litigation" in sec or "appeals.review" in has or "appeals.litigation" in has
    if not (requests and review) and (event := open_day_event(text)):
        return "other", event
    fees = "fees" in sec or "fees.charged_yuan" in has
    if not DISCLOSURE.search(body_start(text)) and not DISCLOSURE.search(text, 600):
        # (the site's breadcrumb, "首页 > 政府信息公开 > 某局 > 规划计划", says where the page is filed, not what it is)
        return "other", "未涉及信息公开工作"
    heads = [ln.strip() for ln in head_window(text).split("\n") if 0 < len(ln.strip()) <= 60][:3]
    heads = [h for h in heads if not sentence(h) and not ENUMERATED.match(h)  # (nor an item of a list: a40)
             and not author.META_ROW.match(h)]  # (nor a metadata row, "关键词: … 暂行办法"; a50)
    plan = next((h for h in heads if OTHER_TITLE.search(h)), None)
    if plan and BARE_COLUMN.fullmatch(plan) and SELF_DECLARED.search(text, 0, 1500):
        # "公开目录" over "本年度报告根据《条例》…": the site's column above a report that says it is one (a48)
        plan = None
    # "某镇2020年度政务公开工作总结和2021年工作计划", or a site's section "工作计划" above a "…工作总结": a summary
    if plan and not ANNUAL_TITLE.search(head) and not _summary_title(heads):
        return "other", f"标题: {plan[:40]}"
    # (the 2019 format's words looked for over the text only where that decides)
    if requests and review and (fees or any(w in text for w in FORMAT_2019_WORDS)):
        return "government_annual", "含依申请公开、复议诉讼等法定内容"
    # the closing parts reached with no 依申请 part: a work summary filed as the report, whatever it calls itself
    closing = "problems" in sec or _LINE_SCANS[CLOSING_HEADING].search(text)
    # ...unless the page shows only some of the parts: 一、二、五 (a site's excerpt) says the middle ones were cut
    skips_parts = bool(closing) and not requests and not review and not _LINE_SCANS[OTHER_MATTERS].search(text) \
        and not parts_cut(text)
    if ANNUAL_TITLE.search(head) and not SUMMARY_TITLE.search(head) \
            and (sec & {"proactive", "requests"} or _LINE_SCANS[OTHER_MATTERS].search(text)) and not skips_parts \
            and not own_summary_below(text, requests or review or fees):
        return "government_annual", f"标题: {head.strip()[:40]}"
    said = SELF_DECLARED.search(text[:1500]) or _LINE_SCANS[PRESCRIBED_HEADING].search(text[:600])
    if said and SUMMARY_TITLE.search(head) and said.group().startswith("现将") and not ANNUAL_NAME.search(said.group()):
        # "街道2020年政务公开工作总结 … 现将2020年政务公开工作报告如下": a summary by its title, whose body calls it a
        # 工作报告 (not the 年度报告 / 年报) (a13-audit)
        said = None
    if said and "编制" in said.group() and BODIES_COUNTED.search(text, max(0, said.start() - 30), said.start()):
        # "2011年绝大多数政府机关认真编制了本级政府的年度报告": a survey of others' reports, none of its own (a44)
        said = None
    if said and not skips_parts:
        return "government_annual", f"正文自述为年度报告: {snippet(text, said.start(), said.end())}"
    # the page opens with the statutory title itself ("某市2009年政府信息公开工作年度报告") and nothing says summary
    # (a page cut short counts from 120 characters, a title and the start of a paragraph about the work; lead, a24);
    # or the title found under a site's banner and metadata ("无障碍版 长者助手 / 您当前的位置… / 某局2020年政府信息
    # 公开工作年度报告"), on a page cut after its overview (a13-audit)
    titled = ""
    if heads and STATUTORY_TITLE.search(heads[0]):
        titled = heads[0]
    elif len(heads) > 1 and WRAPPED_TITLE_END.match(heads[1]) and STATUTORY_TITLE.search(heads[0] + heads[1]):
        titled = heads[0] + heads[1]  # "2014年某县某局\n政府信息公开工作年度报告": the title wrapped over two lines
        # (or wrapped before its last word: "某县人民政府2012年政府信息公开\n年度报告"; a39)
    elif title and STATUTORY_TITLE.search(title.strip()):
        titled = title.strip()
    elif (glued := GLUED_TITLE.match(body_start(text))) \
            and STATUTORY_TITLE.search(run_in := glued.group(1) or glued.group(2)):
        titled = run_in  # "某局2016年度政府信息公开工作年度报告根据《条例》…": the title run into the text
    elif "|" in text[:600] and (in_cell := cell_title(text)):
        titled = in_cell  # "某镇2022年…年度报告 | | | |", "| 标题 | 某局…年度报告 | |": the title in a cell
    if titled and not SUMMARY_TITLE.search(head) and not skips_parts and len(text) >= 120 \
            and not own_summary_below(text, requests or review or fees) \
            and ("条例" in text or FIRST_PERSON.search(text, 0, 1500)
                 or OVERVIEW_UNDER_TITLE.search(text, 0, 600)  # a body about the work, not a link to a file
                 or names_itself(text, titled)):
        return "government_annual", f"标题: {titled[:40]}"
    summed = SUMMED_UP.search(text, 0, 1000)  # "现将上半年…工作情况汇报如下": a summary, whoever speaks
    items = overview_items(text)
    # (a text that calls its year's account a 汇报, "现将本年度工作情况汇报如下", with the format's items and both the
    # requests and a review stated: the report, not a summary; a41)
    if items and not skips_parts and (not summed or requests and review and stated_for_both(facts)) \
            and not SUMMARY_TITLE.search(head):
        return "government_annual", f"总体情况按法定分项: {'、'.join(items)}"
    # (the old items are judged against a title, not against the overview's own heading "…总体工作情况")
    items = [] if items or skips_parts or summed or _summary_title(heads) else old_overview_items(text)
    if items and not (title and SUMMARY_TITLE.search(title)):
        return "government_annual", f"总体情况按法定分项: {'、'.join(items)}"
    row = TABLE_ROW.search(text)
    cell = TABLE_HEAD.search(text, row.end(), row.end() + 400) if row else None
    if row and cell:  # the statutory table itself (a notice on the format or a blank sample was told apart above)
        return "government_annual", f"法定表格: {snippet(text, row.start(), cell.end())}"
    part = later_part_opening(text)
    if part:  # a report's second page: it opens at one of the statutory parts after 一、
        school = UNIVERSITY.search(text[:3000]) and SCHOOL.search(text[:1500])
        return ("university_annual" if school else "government_annual"), f"从法定部分开始的报告页: {part}"
    opening = year_report_opening(text)
    if opening and not closing and not summed and not (title and SUMMARY_TITLE.search(title)) \
            and not _summary_title(heads):
        # cut before its parts, the page says nothing a summary says: the report's opening, not a summary
        return "government_annual", f"按《条例》报告年度工作的开头: {opening}"
    if not closing and not summed and not (title and SUMMARY_TITLE.search(title)) and not _summary_title(heads) \
            and (overview := OLD_OVERVIEW_SAYS.search(text, 0, 1500)):
        # a page with no title, cut before its parts, that opens with the old format's overview (a51)
        return "government_annual", f"旧格式概述: {snippet(text, overview.start(), overview.end())}"
    if {"fees", "review_litigation"} <= sec and not summed and not SUMMARY_TITLE.search(head):
        # "四、政府信息公开的收费及减免情况 五、因政府信息公开申请行政复议…的情况": the statutory fee and appeal parts
        # under their own headings, on a page cut before them or opening inside an earlier part (a39)
        return "government_annual", "含收费、复议诉讼两个法定部分"
    if {"requests", "review_litigation"} <= sec and ("proactive" in sec or "proactive.new" in has) and not summed \
            and not SUMMARY_TITLE.search(head):
        # "(一)主动公开政府信息情况 (二)依申请公开政府信息情况 (三)行政复议及行政诉讼情况": the 2007 format's parts
        # under their own headings, with no title, no fee part and nothing that calls it a summary (a37); the year's
        # proactive count may stand in the first part instead ("一、…基本情况 …主动公开政府信息2100多条"; a38)
        return "government_annual", "含主动公开、依申请公开、复议诉讼三个法定部分"
    if {"requests", "fees"} <= sec and ("proactive" in sec or "proactive.new" in has) \
            and FEE_PART_HEADING.search(text) and not GUIDE_SELF.search(text) \
            and not (title and SUMMARY_TITLE.search(title)) and not _summary_title(heads):
        # "二、主动公开政府信息情况 … 四、依申请公开政府信息… 五、政府信息公开的收费及减免情况": the 2007 format's
        # parts under their own headings, the appeals part cut off; a summary has no fee part, even where the opening
        # says 现将有关工作总结如下 (a42)
        return "government_annual", "含主动公开、依申请公开、收费三个法定部分"
    m = FIRST_PERSON.search(text)
    if (m or SUMMARY_TITLE.search(head) or said or summed) \
            and (sec or stated() or len(DISCLOSURE.findall(text)) >= 3):
        return "work_summary", snippet(text, m.start(), m.end()) if m else f"缺少法定内容: {head.strip()[:40]}"
    return "other", "不具备年度报告的法定内容"


# the 2007 format's fee part under its own numbered heading ("五、政府信息公开的收费及减免情况"), and a guide that
# speaks of itself (a guide has parts on 主动公开, 依申请公开 and its fees too: K47 is no guide's)
FEE_PART_HEADING = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])[^\n]{0,16}"
                              r"收费(?:及|和|与)减免", re.M)
GUIDE_SELF = re.compile(r"本指南|《指南》|信息公开指南[》)]?\s*$", re.M)


# a site's column by its bare word, no body and no year: "公开目录", "政府信息公开指南"
BARE_COLUMN = re.compile(r"(?:政府|政务)?(?:信息)?公开(?:目录|指南|制度)")


# the title run on into the first sentence, no break between them (a mirror's flattening; a39)
# (or the year's account after it, a statutory title's other form: "某部2018年度政府信息公开工作报告 2018年,某部…"; a56)
GLUED_TITLE = re.compile(r"\s*([^\n。,，《》]{2,40}?年度报告)(?=根据|按照|依据)"
                         r"|\s*([^\n。,，《》]{2,40}?(?:19|20)\d{2}\s*年度?\s*政府信息公开工作(?:年度)?报告)"
                         r"(?=\s*(?:19|20)\d{2}\s*年度?\s*[,，])")
# the second line of a title wrapped over two: its topic and noun, or the noun alone
WRAPPED_TITLE_END = re.compile(r"政府信息公开|(?:工作)?(?:年度报告|年报)\s*$")


# "《条例》实施以来，我局…。2008年主要工作情况如下": the opening names the Regulations and turns to the year's work
# (a summary says 总结/汇报如下, SUMMED_UP)
YEAR_WORK_FOLLOWS = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?[^。\n]{0,16}(?:工作)?情况(?:报告)?如下")
# the 2007 format's overview, as Shanghai's and many areas' reports wrote it: "截至2012年底，本区政府信息公开工作运行
# 正常，政府信息公开咨询、申请以及答复工作均得到顺利开展" (all 38 labelled pages that say it are reports; a51)
OLD_OVERVIEW_SAYS = re.compile(r"截至\s*(?:19|20)\d{2}\s*年底[^。\n]{0,30}?政府信息公开工作运行正常")


def year_report_opening(text: str) -> str | None:
    """The page opens under the Regulations (条例 in its first sentences) and announces the year's work as what
    follows: the opening of the statutory report (the 2008 national bureaus' reports open so), else None."""
    head = body_start(text)[:400]
    if "条例" not in head[:200]:
        return None
    m = YEAR_WORK_FOLLOWS.search(head)
    if m is None or not any(start > m.end() for start, _, _ in split.top_headings(text[:3000])):
        return None  # a few lines of prose under it (one count, a paragraph of problems) is a summary's shape
    return snippet(head, m.start(), m.end())


def cell_title(text: str) -> str | None:
    """The statutory title standing as a whole cell of a flattened table among the page's first lines ("某镇2022年
    政府信息公开工作年度报告 | ||||", "| 标 题 | 某局2021年…年度报告 | |", a metadata row's last cell), when exactly one
    line holds one; else None (a site's list of report links holds several: no title of this page)."""
    lines = [ln for ln in body_start(text).split("\n") if ln.strip()][:6]
    found = []
    for line in lines:
        if "|" in line:
            cell = next((c.strip() for c in line.split("|") if 0 < len(c.strip()) <= 60
                         and not sentence(c) and STATUTORY_TITLE.search(c.strip())), None)
            if cell:
                found.append(cell)
    return found[0] if len(found) == 1 else None


def heads_of(text: str, n: int = 3) -> str:
    """The first `n` non-empty short lines (where a page's title sits), joined; a site's metadata block above the
    title (索引号 / 011056632/2022-00181 / 主题分类 / 政务公开 …, one label or value a line) is passed over."""
    return "\n".join(_head_lines(text)[:n])


@lru_cache(maxsize=2)  # heads_of is asked for 1, 3, 4 and 6 lines of the same text
def _head_lines(text: str) -> tuple[str, ...]:
    lines = (ln.strip() for ln in head_window(text).split("\n"))
    # (nor a metadata row that opens with its key and a value, author.META_ROW: "索 引 号 | 0144… | 分 类 | 部门信息公开
    # 年报 … 通知 |" is filed under 通知, not titled so; a49)
    return tuple(ln for ln in lines if 0 < len(ln) <= 80 and not META_ITEM.search(ln) and not author.META_ROW.match(ln))


def head_window(text: str) -> str:
    """The opening's first 400 characters (body_start), less a last line the window cuts: a piece of a line is no
    line ("…贯彻区政府办《转发…的通知》(…20号)、《关于印发…要点的通知", a sentence cut inside a cited title, had
    read as a notice's title; a38)."""
    start = body_start(text)
    if len(start) <= 400 or start[400] == "\n":
        return start[:400]
    return start[:start.rfind("\n", 0, 400) + 1]


@lru_cache(maxsize=2)  # asked four times per classify, for the same text
def body_start(text: str) -> str:
    """The opening of the text without its breadcrumb lines ("当前位置: 首页 > … > 年度报告" says which section of a
    site the page sits in, not what the page is)."""
    head = text[:600]
    if not (may_match(author.CHROME, head) and author.CHROME_SCAN.search(head)):  # gated: most texts have no crumbs
        return head
    return "\n".join(ln for ln in head.split("\n") if not author.chrome_line(ln))


def sentence(line: str) -> bool:
    """A line with a full stop is prose ("(二)健全工作制度。建立了…", "…逐步建立健全政务信息公开制度。"), not a title,
    whatever its last word."""
    return "。" in line


def parts_cut(text: str) -> bool:
    """The top-level headings skip a number (一、二、五): the page is an excerpt, its middle parts cut."""
    nums = [split.ORDER.index(ordinal) for _, _, ordinal in split.top_headings(text)]
    return any(b - a > 1 for a, b in zip(nums, nums[1:], strict=False))


def _summary_title(lines: list[str]) -> bool:
    """A title-like line (40 characters or fewer) says 总结/汇报: "…工作总结和2021年工作计划", or a site's section
    "工作计划" above a "…工作总结", is a summary, not a plan."""
    return any(SUMMARY_WORD.search(h) for h in lines if len(h) <= 40)


def own_summary_below(text: str, statutory: bool) -> bool:
    """A page titled as the annual report ("2009年度政府信息公开工作年度报告") whose document is headed as a summary
    below it ("2009年度某局\n政府信息公开工作总结") and sums up its year as one ("现将2009年政府信息公开工作总结如下"),
    with none of the statutory parts: a summary filed as the report (web README; a41)."""
    if statutory or not SUMMED_UP.search(text, 0, 1000):
        return False
    lines = [ln.strip() for ln in head_window(text).split("\n") if 0 < len(ln.strip()) <= 40][1:6]
    return any(SUMMARY_WORD.search(ln) and not sentence(ln) for ln in lines)


def stated_for_both(facts: dict[str, Fact]) -> bool:
    """Figures the text states for both the requests and the reviews or suits (a section's heading alone is not
    enough: a summary may name the parts it does not report on)."""
    return any(k.startswith("requests.") for k in facts) and any(k.startswith("appeals.") for k in facts)


def overview_items(text: str) -> list[str]:
    """The prescribed items of the 2019 format's 总体情况 that the text gives as its (一)(二)… headings, when it gives
    at least three of them and one that only that format has (政府信息管理, 平台建设, 监督保障); else []."""
    found = list(dict.fromkeys(m.group(1).removeprefix("政府") for m in OVERVIEW_ITEM.finditer(text, 0, 4000)))
    own = any(not w.endswith("公开") for w in found)
    return found if len(found) >= 3 and own else []


def old_overview_items(text: str) -> list[str]:
    """The (一)(二)… headings of the 2008–2018 reports' overview, when at least three of its items are there and one
    is the guide and catalogue or the reading rooms (what a summary does not report on); else []."""
    if "指南" not in text[:4000] and "查阅" not in text[:4000]:
        return []
    found: dict[str, str] = {}
    for m in OLD_OVERVIEW_ITEM.finditer(text, 0, 4000):
        for item, regex in OLD_ITEM_WORDS:
            if item not in found and regex.search(m.group(1)):
                found[item] = m.group(1).strip()[:12]
                break
    return list(found.values()) if len(found) >= 3 and found.keys() & {"guide", "rooms"} else []


# a reply to one applicant ("…政府信息公开申请答复书", "经研究，现答复如下"), or its blank sample
REPLY_TITLE = re.compile(r"(?:答复书|告知书|答复函)\W{0,3}$")
REPLY_SAYS = re.compile(r"现(?:予)?答复如下|特此告知")


def reply_letter(text: str) -> str | None:
    """Why the text is a letter answering an application rather than a report, or None."""
    head = body_start(text)
    if ("答复如下" not in head and "特此告知" not in head) or not REPLY_SAYS.search(head):
        return None
    line = next((h for h in heads_of(text, 6).split("\n") if REPLY_TITLE.search(h)), None)
    return f"答复书: {line[:40]}" if line else None


# a guide that opens by naming itself for short: "…我镇编制了《某镇政府信息公开指南》(以下简称《指南》)", or whose
# opening sentence ends by compiling it ("根据《条例》…,编制《某县人民政府信息公开指南》。"; a48)
GUIDE_NAMED = re.compile(r"编制了?《[^》\n]{2,30}?公开指南》\s*(?:[(（]\s*以下简称\s*[《“\"]?\s*指南|。)")
# an item of the year's work listed before it ("三是编制了《某镇人民政府信息公开指南》。"): a report's account (a49)
WORK_ITEM = re.compile(r"[一二三四五六七八九十]是\s*$")


def own_type(text: str) -> str | None:
    """Why the text is a guide, a catalogue or a rule by its own word ("编制本指南"), or None: a report that says
    本报告 or 本年度报告 before that is a report quoting one. A guide also names itself for short in its opening
    sentences (a24-blind-doc), under a site's menu whose entries may name the reports (a48)."""
    if ("以下简称" in text[:400] or "指南》。" in text[:400]) and (g := GUIDE_NAMED.search(text, 0, 400)) \
            and not re.search(r"报告|年报", _without_menu(text[:g.start()])) \
            and not WORK_ITEM.search(text, max(0, g.start() - 3), g.start()):
        return f"正文自述为指南: {snippet(text, g.start(), g.end())}"
    m = next((m for m in OWN_TYPE.finditer(text, 0, 1500)
              if text[max(0, m.start() - 2):m.start()] in OWN_TYPE_MADE
              or m.group(1) in ("指南", "目录") and OWN_TYPE_RULE.match(text, m.end())), None)
    if m is None or re.search(r"本(?:年度)?(?:报告|年报|总结)", text[:m.start()]):
        return None
    start = m.start() - 2 if text[max(0, m.start() - 2):m.start()] in OWN_TYPE_MADE else m.start()
    return f"正文自述为{m.group(1)}: {snippet(text, start, m.end())}"


def _without_menu(head: str) -> str:
    """`head` less its lines of ten characters or fewer: a site's menu entries ("政府信息\n公开年报"), no sentence of
    the page's own."""
    return "\n".join(ln for ln in head.split("\n") if len(ln.strip()) > 10)


def articles_form(text: str) -> str | None:
    """Why the text is a rule by its articles (第一条…第二条… opening lines), or None."""
    head = text[:6000]
    if holds_word(head, "第一条", 0) and {m.group().strip() for m in ARTICLES.finditer(head)} == {"第一条", "第二条"}:
        return "条文体例(第一条、第二条…): 制度或办法"
    if "第三条" in head and "第四条" in head:
        # a page cut before its first article: three articles in a row, each opening its line (第二条 第三条 第四条…)
        numbers = [ARTICLE_ORDER.index(m.group(1)) for m in LINE_ARTICLE.finditer(head)
                   if m.group(1) in ARTICLE_ORDER]
        if any(numbers[i + 1] == numbers[i] + 1 and numbers[i + 2] == numbers[i] + 2 for i in range(len(numbers) - 2)):
            return "条文体例(第二条、第三条、第四条…): 制度或办法"
    return None


LINE_ARTICLE = re.compile(r"(?:^|\n)[ \t\u3000]*第([一二三四五六七八九十]{1,3})条")
ARTICLE_ORDER = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五")


# a notice's addressees on a line of their own: "各省、自治区、直辖市教育厅(教委)，…部属各高等学校：",
# "各乡镇人民政府，县直各单位：" (a report is addressed to one body if any: "省教育厅：")
ADDRESSEES = re.compile(r"\n[ \t\u3000]*各[^\n。]{2,120}[:：][ \t\u3000]*(?=\n|$)")  # "\n" first: a fast scan


# the covering notice's sentence, its title line lost: "现将《某县2010年度政府信息公开工作年度报告》予以公布"
PUBLISHES_REPORT = re.compile(r"现将[^。\n]{0,60}(?:年度报告|年报)[^。\n]{0,20}(?:公布|印发|发布|公开)")


# a text that opens by addressing the public ("广大网民朋友:", "各位市民:") and asks it to take part in something: a
# questionnaire, an evaluation, a vote, a call for views — an invitation, whoever writes it and whatever it is about
PUBLIC_ADDRESS = re.compile(r"^\W{0,3}(?:广大|各位|尊敬的|亲爱的)[^\n。,，:：]{0,10}"
                            r"(?:朋友|网友|网民|市民|群众|居民|读者|公众)(?:们)?\s*[:：]")
PUBLIC_CALL = re.compile(r"问卷|评议|投票|征集|征求[^。]{0,6}意见|调查")


def public_call(text: str) -> str | None:
    """Why the text is an invitation to the public (a questionnaire's preamble, a call for views), or None."""
    m = PUBLIC_ADDRESS.search(body_start(text)[:200])
    if m is None or not PUBLIC_CALL.search(text, 0, 800):
        return None
    return f"致公众的邀请: {m.group().strip()[:20]}"


def addressed_notice(text: str) -> str | None:
    """Why the text is a notice to a list of bodies (各…：) rather than a report, or None: a covering notice that
    publishes the report ("关于公布…年度报告的通知", its title over two lines, or "现将《…年度报告》予以公布" under the
    addressees) is the report's page."""
    m = ADDRESSEES.search("\n" + text[:1500])  # a page may open with its addressees
    if m is None or COVERING_NOTICE.search(text[:m.start()].replace("\n", "")) \
            or PUBLISHES_REPORT.search(text, m.end() - 1, m.end() + 200):
        return None
    return f"致各单位的通知: {m.group().strip()[:40]}"


# the statutory report's parts after the first, by their prescribed names: "二、主动公开政府信息情况",
# "二、信息主动公开情况", "三、依申请公开政府信息的情况", "三、收到和处理政府信息公开申请情况"
LATER_PART = re.compile(r"[二三四]、\s*(?:主动公开(?:政府)?信息|信息主动公开|依申请公开(?:政府)?信息|"
                        r"收到和处理政府信息公开申请)(?:的)?(?:办理)?情况")


def later_part_opening(text: str) -> str | None:
    """The page opens at a statutory part after the first (no sentence before it), or inside the first part at its
    first item ("(一)建立健全领导体制…" … "二、主动公开政府信息情况": a page of a report that lost its title and its
    "一、", the next part its second; a41): the heading, or None."""
    inside_first = text.startswith("(一)")
    headings = split.top_headings(text[:3000] if inside_first else text[:600])
    if not headings:
        return None
    start, heading, _ = headings[0]
    if inside_first and heading.strip().startswith("二、") and LATER_PART.match(heading.strip()):
        return heading.strip()[:30]
    if start > 300 or "。" in text[:start] or not LATER_PART.match(heading.strip()):
        return None
    return heading.strip()[:30]


def regulation_or_notice(text: str) -> str | None:
    """Why the text is a rule or a notice about reports rather than a report, or None."""
    articles = articles_form(text)
    if articles:
        return articles
    lines = heads_of(text).split("\n")
    menu = menu_lines(text)
    for i, line in enumerate(lines):
        joined = line + (lines[i + 1] if i + 1 < len(lines) else "")
        if COVERING_NOTICE.search(joined):
            return None  # a covering notice that publishes the report itself: the report follows
        if sentence(line) or ENUMERATED.match(line) or MENU_ITEM.match(line) or line in menu:
            continue  # (a numbered part, "(一)健全完善公开制度", is no document's title: a15-agency; nor a site's menu
            # entry, "• 政府信息公开制度" among "• 政府信息公开指南", "• 政府信息公开年报": a38, or wrapped over
            # short lines, "政府信息\n公开制度\n政策文件\n…": a39)
        bare = QUOTED_NAME.sub("", line)  # 关于印发《…年度报告制度》的通知: the quoted name is not the type
        bare = FILE_SUFFIX.sub("", bare)  # a document site shows the file's name: "某镇信息公开制度.docx"
        if PLAN_TYPE.search(bare) and _summary_title(lines):
            continue  # "…工作总结和2021年工作计划", a site's section "工作计划" over "…工作总结": a summary
        if DOC_TYPE_TITLE.search(bare):
            if BARE_GENRE_LINE.fullmatch(bare) and any(REPORT_TITLE_LINE.search(h) for h in _head_lines(text)):
                continue  # "政府信息公开指南\n政府信息公开制度\n某州2015年政府信息公开工作年度报告": the genre alone,
                # a site's column above the page's own title, a report's (a43)
            return f"标题: {line[:40]}"
    return None


# a document's genre alone, no body's name or year before it: a site's column or menu entry
BARE_GENRE_LINE = re.compile(r"(?:政府|政务)?信息公开[\u4e00-\u9fff]{0,4}")
# a report's own title with its year ("某州2015年政府信息公开工作年度报告")
REPORT_TITLE_LINE = re.compile(r"(?:19|20)\d{2}\s*年度?[^\n。]{0,20}?(?:政府|政务)?信息公开(?:工作)?(?:年度)?"
                               r"(?:报告|年报)\s*$")


# a site's menu flattened one entry (or half an entry) a line: a run of short lines with no punctuation
MENU_RUN = 4
MENU_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")  # (whole entries too: "政府信息公开制度", "法定主动公开内容"; a40)


def menu_lines(text: str) -> frozenset[str]:
    """The head's lines that belong to a run of at least MENU_RUN short wordlike lines ("政府信息", "公开制度",
    "政策文件", "法定主动", …): a portal's menu, whose entries are no title."""
    found: set[str] = set()
    run: list[str] = []
    for line in (*_head_lines(text), ""):
        if MENU_WORD.fullmatch(line):
            run.append(line)
            continue
        if len(run) >= MENU_RUN:
            found.update(run)
        run = []
    return frozenset(found)


# a speech ("在全县政务公开工作会议上的讲话", "同志们:") or an explainer of another text ("《…工作要点》政策解读",
# "文字解读:…年度报告"): about disclosure work, but no summary or report of it
# every SPEECH_TITLE match holds one of these words (发言材料 holds 发言, 政策解读 解读), every REPORT_EXPLAINER match
# 解读: a line with none is not tried (`in` over a short line, not a scan that tries every character of it)
SPEECH_WORDS = ("讲话", "发言", "致辞", "讲稿", "解读")
SPEECH_TITLE = re.compile(r"(?:讲话|发言|致辞|讲稿|发言材料|政策解读)\W{0,3}$"
                          # (a site's 标题 label glued before it: "标题文字解读:《某县…年度报告》"; a52)
                          r"|^\W{0,3}(?:标题\s*[:：]?\s*)?(?:文字|图文|政策|图片)?解读\s*[:：]")
# an explainer of a report under the report's title, its page flattened into one line perhaps ("某中心2023年政府信息公开
# 工作年度报告图文解读 2023年,…"; labelling A20, a19-agency)
REPORT_EXPLAINER = re.compile(r"^\W{0,3}[^\n。]{4,50}?(?:报告|年报)的?(?:图文|文字|图片|视频)?解读"
                              r"(?=\s|$|[(（]|(?:19|20)\d{2}\s*年\s*[,，])")
# an explainer that says so in its opening sentence ("《某镇2023年…年度报告》已经编制完成…,现就年报内容进行如下解读",
# "现对《报告》解读如下"; labelling A20, a22-agency-gov)
EXPLAINS_REPORT = re.compile(r"(?:现|特|下面)(?:就|对)[^。\n]{0,40}?(?:报告|年报)[》”\"]?[^。\n《]{0,12}?"
                             r"(?:进行|作|做)?(?:如下|以下)?(?:解读|解析)")
# (scanned per opening character, 现, 特 and 下 (scan.led): `re` tests each character of the opening against the set)
_EXPLAINS_SCAN = led(EXPLAINS_REPORT.pattern)
CLAUSE_MARK = re.compile(r"[,，。;；]")
# a site's menu entry ("- 政策解读", "· 政策解读" among "- 经济发展", "- 社会发展"): the page's navigation, no title
MENU_ITEM = re.compile(r"^[-·•*]\s")
# a site's link under a report's title ("原文链接:点击查看源文件", "政策解读链接:点击查看政策解读"): the page's
# furniture pointing elsewhere, no title of its own (labelling K16, a24-agency-other)
SITE_LINK = re.compile(r"链接\s*[:：]|点击查看")
# (and "(4)本市国民经济和社会发展规划", an item of a list in brackets; a40)
ENUMERATED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[((](?:[一二三四五六七八九十]+|\d{1,2})[))]|\d+[.、])")
ADDRESS = re.compile(r"(?:^|\n)\s*同志们\s*[:：!！,，]")


# a news item on a meeting: "6月28日上午，市政府机关党组召开会议…会议听取了…的汇报"
NEWS_OPENING = re.compile(r"(?:^|\n)\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?\s*[,，]"
                          r"[^。\n]{0,40}(?:召开|举行|举办|组织召开)")
MEETING_SAYS = re.compile(r"会议(?:听取|指出|强调|要求|审议|认为)")
SUMMED_UP = re.compile(r"现将[^。\n]{0,60}(?:总结|汇报)如下")
# the name before a statutory title's year ("某县公安局2018年政府信息公开工作年度报告" → 某县公安局)
TITLE_NAME = re.compile(r"\s*([\u4e00-\u9fff]{4,30}?)\s*(?:19|20)\d{2}\s*年")
# what follows the name when it is the title again, not the body's subject
TITLE_AGAIN = re.compile(r"\s*(?:(?:19|20)\d{2}|政府信息公开|政务公开|信息公开)")


def names_itself(text: str, titled: str) -> bool:
    """The body under a statutory title names the title's body again, in the third person and not as the title
    ("2018年,某县公安局深入学习…"): a body about that body's work, as 我局 would say in the first person (a55)."""
    m = TITLE_NAME.match(titled)
    if m is None:
        return False
    name, start = m.group(1), text.find(titled)
    at = text.find(name, start + len(titled) if start >= 0 else 0)  # (a title wrapped over two lines: from the top)
    while 0 <= at < 1500:
        if not TITLE_AGAIN.match(text, at + len(name)):
            return True
        at = text.find(name, at + len(name))
    return False


DATED_MEETING = re.compile(r"\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?\s*[,，]?[^。\n]{0,40}(?:(?:召开|举行|举办)"
                           # (or the session named before its opening: "11月24日下午,我县…培训班在…开班"; a49)
                           r"[^。\n]{0,30}会|(?:会议?|培训班)[^。\n]{0,30}(?:召开|举行|举办|开班))")
MEETING_SAID = re.compile(MEETING_SAYS.pattern + r"|会(?:议)?上[^。\n]{0,40}(?:指出|强调|要求)")
# a news item's headline on a meeting: "某县召开政务公开工作培训会", "某局举行…推进会议"
# (or the meeting named first: "全区政务公开推进会暨业务培训会议召开"; a49)
MEETING_HEADLINE = re.compile(r"(?:召开|举行|举办)[^。\n]{0,30}会(?:议)?$|会议?(?:在[^。\n]{0,20})?(?:召开|举行|举办)$")


# the reasons classify gives for a news item: written about a body, by a site or a newsroom (parse drops its author)
NEWS_REASONS = ("开放日活动:", "会议新闻:", "新闻:")
# an open day's or a disclosure day's event (政府开放日, 5·15政务公开日, 开放月): news or a notice of it
OPEN_DAY = re.compile(r"政府开放日|政务公开日|政务开放日|开放日活动|开放月")
# a body's own paper on its event: the notice, invitation or plan (its title ends so)
OPEN_DAY_PAPER = re.compile(r"(?:公告|通知|邀请函|实施方案|工作方案|活动方案)$")
# the opening sentence of a body's own plan or notice of its event ("拟定于11月开展…,特制定如下活动方案", "现将
# 有关事项通知如下")
OPEN_DAY_OWN_PAPER = re.compile(r"制定(?:如下|本)?(?:活动|实施|工作)?方案|拟定?于|(?:通知|公告)如下")
# the event held on a date: "9月26日,某局开展2024年“政府开放日”活动"
OPEN_DAY_HELD = re.compile(r"\d{1,2}月\d{1,2}日[^。]{0,80}?(?:开展|举办|举行|组织)[^。]{0,30}?(?:"
                           + OPEN_DAY.pattern + r")[”\"]?活动")


def open_day_event(text: str) -> str | None:
    """Why the text is news or a notice of an open day rather than a report or a summary, or None: the event in a
    title line or in the opening sentence (a summary of it says 总结 in its title and stays one; a44)."""
    if not OPEN_DAY.search(text, 0, 900):
        return None
    heads = heads_of(text).split("\n")
    for line in heads:
        if OPEN_DAY.search(line) and not sentence(line) and "总结" not in line:
            if OPEN_DAY_PAPER.search(line):
                # "某局关于开展2025年“政府开放日”活动的公告", "某镇…开放日活动实施方案": the body's own notice or
                # plan of its event, its author kept (labelling K60; a49)
                return f"开放日通知: {line[:40]}"
            return f"开放日活动: {line[:40]}"
    if any(STATUTORY_TITLE.match(line.strip()) for line in heads):
        # "某市2020年…年度报告" over "…通过政务公开日等形式开展宣传": the report's title says what it is (K52, a45)
        return None
    start = body_start(text)
    first = start.strip().split("。", 1)[0]
    if OPEN_DAY.search(first[:200]) and "总结" not in first and not ENUMERATED.match(first):
        if OPEN_DAY_OWN_PAPER.search(first):
            # "…我镇拟定于11月开展“政务开放日”活动,…特制定如下活动方案。": the body's own plan, its author kept (a50)
            return f"开放日通知: {first[:40]}"
        return f"开放日活动: {first[:40]}"
    # (or the first prose line's sentence holds the event itself further in, after its purpose and the site's
    # metadata rows: "为全面贯彻…,10月20日,某县政府办公室…举办了…“政府开放日”活动"; a49)
    prose = next((ln.strip() for ln in start.split("\n") if sentence(ln) and not ITEM_META.search(ln)), "")
    lead = prose.split("。", 1)[0]
    if (event := OPEN_DAY_HELD.search(lead, 0, 320)) and "总结" not in lead and not ENUMERATED.match(lead):
        return f"开放日活动: {event.group()[:60]}"
    return None


def news_of_meeting(text: str) -> str | None:
    """Why the text is news of a meeting rather than a report or summary, or None."""
    every = [ln.strip() for ln in body_start(text).split("\n") if ln.strip()]
    lines = every[:2]
    # the lead paragraph opens the page, or follows its headline (a line that is neither a sentence nor a heading)
    lead = lines[0] if lines and NEWS_OPENING.match(lines[0]) else \
        lines[1] if len(lines) == 2 and not sentence(lines[0]) and not ENUMERATED.match(lines[0]) else ""
    if not NEWS_OPENING.match(lead) and (at := next((k for k, ln in enumerate(every[:8])
                                                     if not sentence(ln) and MEETING_HEADLINE.search(ln)), None)) \
            is not None:
        # (or under a headline of the meeting below the site's header, with the item's metadata rows between:
        # "某县召开…培训会" / "• 2021-03-02 14:39" / "• 来源:…" / "3月1日,某县召开…"; a48)
        lead = next((ln for ln in every[at + 1:at + 8] if NEWS_OPENING.match(ln)), "")
    if NEWS_OPENING.match(lead) and MEETING_SAID.search(text, 0, 1500):
        return f"会议新闻: {lead.strip()[:40]}"
    # the lead sentence dates a meeting after its purpose ("为…，10月30日，我市在…召开…培训会。") and the item reports
    # what was said at it ("在此次培训会议上，…指出")
    first = lines[0].split("。")[0] if lines else ""
    dated = "日" in first and ("会" in first or "班" in first) and DATED_MEETING.search(first)
    if dated and MEETING_SAID.search(text, 0, 1500):
        return f"会议新闻: {dated.group()[:40]}"
    return None


# a news item by its dateline ("本报5月14日讯", "新华社北京3月1日电", "(记者 某某)") or its lead: "近日，某厅印发《…》",
# "日前，某部召开…会议" — another body's act reported, not the reporting body's own work
NEWS_AGENCIES = ("新华社", "中新社", "中新网", "人民网")
# (or a paper's correspondent: "某日报·某客户端2月19日讯(通讯员 某某)"; or a news site's: "多彩贵州网讯 昨日,…"; a48)
NEWS_DATELINE = re.compile(rf"本报[^。\n]{{0,12}}讯|(?:{'|'.join(NEWS_AGENCIES)})[^。\n]{{0,12}}电|^[^。\n]{{0,12}}网讯"
                           r"|[(（]\s*(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3}\s*[)）]"
                           r"|讯\s*(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3}")


# the item's own metadata row ("某县人民政府门户网站 发布时间:2024-02-19 17:00 浏览次数:"), no prose (a48)
ITEM_META = re.compile(r"(?:发布|更新)(?:时间|日期)\s*[:：]\s*\d|浏览次数")


def may_be_dateline(line: str) -> bool:
    """False only where NEWS_DATELINE cannot match: every dateline holds 记者 or 通讯员, or 本报 and 讯, or 网讯, or
    电 and a news agency's name (`in` at C speed; most first lines hold none of them, and 电 alone is in 电话, 电子)."""
    return "记者" in line or "通讯员" in line or "讯" in line and ("本报" in line or "网讯" in line) \
        or "电" in line and any(w in line for w in NEWS_AGENCIES)


NEWS_LEAD = re.compile(r"^\W{0,3}(?:近日|日前|近期|昨日|昨天)\s*[,，](?![^。]{0,6}[我本])[^。\n]{0,40}?"
                       r"(?:印发|下发|出台|召开|举行|举办)")


# a headline on a body's award: "某局被评为全市政务信息工作先进单位", "某厅连续8年荣获全省政务公开工作先进单位" — news
# written about the body (a body's own item says 我局/我校, and keeps its author)
AWARD_HEADLINE = re.compile(r"^[^我本。,，\n]{2,30}?(?:连续\d{1,2}年|再次|又一次)?(?:被评为|荣获|获评|喜获|被授予)"
                            r"[^。\n]{0,30}?(?:先进单位|先进集体|称号|示范单位|优秀单位|第一名?)[”\"]?$")


def award_news(text: str) -> str | None:
    """Why the text is news of a body's award (its headline), or None."""
    for line in heads_of(text).split("\n"):
        if not sentence(line) and AWARD_HEADLINE.match(line):
            return f"新闻: {line[:40]}"
    return None


def news_item(text: str) -> str | None:
    """Why the text is a news item (its dateline, or a lead reporting another body's notice or meeting) rather than
    a report, or None: asked of the page's first prose line only (a report quoting news further down is a report),
    and its dateline of the second too (a site's blurb may stand first: "移动用户编辑短信…即可订阅…手机报。"; a48)."""
    lines = (ln.strip() for ln in body_start(text).split("\n"))
    prose = list(islice((ln[:300] for ln in lines if (sentence(ln) or len(ln) > 60) and not ITEM_META.search(ln)), 2))
    first = prose[0] if prose else ""
    # (gated: every lead holds 日, 近期 or 昨天; most first lines hold none of them)
    m = ("日" in first[:6] or "近期" in first[:6] or "昨天" in first[:6]) and NEWS_LEAD.search(first)
    for k, line in enumerate(prose if not m else ()):
        # (the second line's dateline opens it: one further in is a quotation, "…。本报讯记者某某曾报道…")
        if may_be_dateline(line) and (d := NEWS_DATELINE.search(line)) and (k == 0 or d.start() <= 12):
            first, m = line, d
            break
    return f"新闻: {first[max(0, m.start() - 4):m.end() + 8]}" if m else None


# a form's own fields, left to fill in: "填报人:", "单位名称:" or "单位负责人:" at a line's end
FORM_FIELD = re.compile(r"填\s*报\s*人|填表人|(?:单位名称|单位负责人)\s*[:：]\s*(?=\n|$)")
# a form's date field left blank, year, month and day: "报出日期: 年 月 日", "填报时间：  年  月  日" (found by its 年
# first, a literal `re` skips ahead to; the field's label is read before it)
DATE_BLANK = re.compile(r"年\s*月\s*日")
DATE_LABEL = re.compile(r"(?:日期|时间)\s*[:：]\s*$")


def blank_form(text: str) -> str | None:
    """Why the text is a blank statistics form (its date field blank, and the fields of who fills it in), or None:
    a filled form ("报出日期: 2024年1月5日", "填报人: 某某") is not blank."""
    head = text[:3000]
    if "填" not in head and not holds_word(head, "单位名称", 2) and not holds_word(head, "单位负责人", 2):
        return None
    blank = next((m for m in DATE_BLANK.finditer(text, 0, 3000)
                  if DATE_LABEL.search(text, max(0, m.start() - 8), m.start())), None)
    if blank is None or not FORM_FIELD.search(text, 0, 3000):
        return None
    return f"空白报表: {snippet(text, blank.start() - 6, blank.end())}"


# a report on the annual reports (whether they were published, their checking or rating), not one of them: "现将某市
# 2023年政府信息公开工作年度报告公布情况报告如下", a title "…年度报告编制发布情况" or "…年度报告评估结果"
ABOUT_REPORTS = re.compile(r"(?:年度报告|年报)(?:的)?(?:公布|发布|编制|报送|上报|编制发布|检查|评估|考核|评议|抽查)"
                           r"(?:工作)?(?:情况|结果)(?!表)")


# an evaluation of many bodies' disclosure ("选取115所高等学校,通过观察其门户网站…进行了调研和测评"): a third party's
# report on them, never one body's own report (a38)
# (not "对全县25个部门…进行测评": a body's own review of the bodies under it, which its report tells)
MANY_ASSESSED = re.compile(r"(?:选取|选择|抽取|抽查)\s*\d+\s*(?:所|个|家)[^。\n]{0,12}?"
                           r"(?:高等学校|高校|学校|政府|部门|单位|机关)[^。\n]{0,80}?(?:测评|评估|评测|评价|调研)")


def many_assessed(text: str) -> str | None:
    """Why the opening is an evaluation of many bodies, or None."""
    m = MANY_ASSESSED.search(text, 0, 600)  # (its literal first words keep the search fast)
    return f"对多个单位的测评: {snippet(text, m.start(), m.end())}" if m else None


def about_reports(text: str) -> str | None:
    """Why the text reports on annual reports rather than being one, or None: its title line or its announcing
    sentence (现将…如下) names them with 公布情况 / 检查结果; a part heading inside a report ("(五)年度报告公布情况")
    is no title."""
    for line in heads_of(text).split("\n"):
        if ("年度报告" in line or "年报" in line) and not sentence(line) and not ENUMERATED.match(line) \
                and ABOUT_REPORTS.search(line):
            return f"关于年度报告的情况: {line[:40]}"
    said = "现将" in text[:1500] and re.search(r"现将[^。\n]{0,60}?(?:报告|汇报|通报)如下", text[:1500])
    if said and ABOUT_REPORTS.search(said.group()):
        return f"关于年度报告的情况: {said.group()[:40]}"
    return None


def speech_or_explainer(text: str) -> str | None:
    """Why the text is a speech or an explainer rather than a report or summary, or None."""
    for line in heads_of(text, 4).split("\n"):
        # (a sentence that ends with the words is no title: "2023年,我镇认真落实条例,加强政策解读。", a22-agency-gov)
        speech = len(line) <= 60 and any(w in line for w in SPEECH_WORDS) and (m := SPEECH_TITLE.search(line)) \
            and not CLAUSE_MARK.search(line, 0, m.start())
        if (speech or "解读" in line and REPORT_EXPLAINER.match(line)) \
                and not ENUMERATED.match(line) and not MENU_ITEM.match(line) and not SITE_LINK.search(line):
            return f"讲话或解读: {line[:40]}"  # a title line, not a report's heading ("三、发布解读…情况")
    first = body_start(text).lstrip().split("\n", 1)[0]
    if len(first) > 80 and "解读" in first and REPORT_EXPLAINER.match(first):
        return f"解读: {first[:40]}"  # the explainer's title with its page run on after it, one long line
    if "解" in text[:600] and (m := _EXPLAINS_SCAN.search(text, 0, 600)):
        return f"解读: {snippet(text, m.start(), m.end())}"
    if "同志们" in text[:800]:
        m = ADDRESS.search(text, 0, 800)
        if m:
            return f"讲话: {snippet(text, m.start(), m.end())}"
    return None

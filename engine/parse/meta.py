"""Who issued the document, where it sits, which year it covers, when it was published, at which level."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from engine.model import Fact
from engine.parse import author, divisions
from engine.parse.numbers import cn_to_int
from engine.parse.region import find_region
from engine.parse.scan import AfterBreak, Led, LineLed, led
from engine.parse.textutil import holds_word, snippet

CN_YEAR = r"二[〇零○][一二三四五六七八九〇零○]{2}"  # 二〇二一, 二○一九 (the circle sites type for the zero)
YEAR = rf"((?:19|20)\d{{2}}|{CN_YEAR})"
# (the year may stand between the topic and the noun: "某管委会政府信息公开工作2013年度报告"; a38)
TITLE_WORDS = (r"(?:政府信息公开|政务信息公开|信息公开|政务公开)(?:工作)?的?\n?(?:(?:19|20)\d{2}\s*年度?)?"
               r"(?:年度报告|年度工作报告|工作报告|报告|年报|总结|汇报|情况|自查报告|(?:上)?半年(?:工作)?总结)")
TITLE_WITH_YEAR = re.compile(
    rf"^(?P<pre>[^\n]{{0,40}}?){YEAR}\s*(?:年?\s*[-—–~至到/]\s*(?:(?:19|20)?\d{{2}}|{CN_YEAR})\s*)?(?:年度?|学年度?)"
    rf"(?P<mid>[^\n]{{0,30}}?){TITLE_WORDS}", re.M)
TITLE = re.compile(rf"^(?P<pre>[^\n]{{0,40}}?)(?P<mid>){TITLE_WORDS}", re.M)
TITLE_TAIL = re.compile(TITLE_WORDS)  # TITLE after its `pre` (see _can_start)
# 2016-2017学年, 2016—2017, 2016至2017, 2016/2017, 2016-17, 2016年-2017年学年; in Chinese numerals 二〇一九—二〇二〇学年
# (a23-period: the title's second year was read as the year)
# (never a year counted from: "2011—2012学年以来,…每年定期发布…年度报告" in a 2019-2020 report; a38)
ACADEMIC = re.compile(rf"((?:19|20)\d{{2}})\s*年?\s*[-—–~至到/]?\s*((?:19|20)?\d{{2}})\s*年?\s*学年(?!度?以来)"
                      rf"|({CN_YEAR})\s*年?\s*[-—–~至到/]\s*({CN_YEAR})\s*年?\s*学年(?!度?以来)")
STAT_PERIOD = re.compile(r"(?:统计期限|统计期间|统计时限|数据统计)[^。\n]{0,12}?"
                         r"((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")
# a plan's word after a year's clause ("2011年,我局将…", "…要…", "计划", "拟"): not the year reported on; 要 in a word
# of its own is none ("按照市政府的要求", "重要", "主要", "需要", "要点": a22-agency-gov)
PLAN_WORD = r"(?:将|(?<![重主需纪摘概必只])要(?![求点素])|计划|拟)"
# (also after a heading run on, "一、基本概况 2014年,我局…", and early in the year, "2016年初,我乡…": a14-agency)
YEAR_THEN_VOICE = re.compile(r"(?:[,，;；。]|(?<=[\u4e00-\u9fff])[ \t]+|(?<=概况|情况|概述))"
                             rf"\s*{YEAR}\s*年(?:度|初)?\s*[,，]?\s*(?:本|我|全)"
                             # (and a public institution's, a mass organisation's or a company's: 我馆, 我会, 我中心,
                             # 我站, 我所, 我公司; P16, a24-agency-other)
                             rf"(?:市|县|区|镇|乡|局|委|办|厅|街道|校|院|馆|会|中心|站|所|公司)(?![^。\n]{{0,6}}{PLAN_WORD})")
# a line that opens with a body's name, its year and its disclosure work as the subject: "一、概述\n某市2016年政府信息
# 公开工作,认真贯彻落实…" (a41; author.OPENING reads the body from the same line)
NAME_YEAR_WORK = re.compile(rf"(?:^|\n)[ \t]*[\u4e00-\u9fff]{{2,20}}?(?:市|县|区|旗|州|盟|镇|乡|街道|局|委|办|厅)"
                            rf"\s*{YEAR}\s*年度?(?:政府|政务)?(?:信息公开|政务公开)工作\s*(?:[,，]|在|取得)")
# the text's own year of work named after its voice: "…等六个方面汇报我镇2023年政府信息公开工作" (a14-agency)
VOICE_THEN_YEAR = re.compile(rf"(?:汇报|报告|总结)[我本](?:镇|乡|街道|局|委|办|县|区|市)\s*{YEAR}\s*年度?的?"
                             r"(?:政府|政务)?(?:信息公开|政务公开)工作(?![^。\n]{0,4}(?:要点|计划|方案|安排))")
# a statistics period stated as a whole year ("统计期限为2021年度"), or in Chinese numerals ("二〇二一年一月一日至…")
STAT_YEAR = re.compile(rf"(?:统计期限|统计期间|统计时限|统计时间|统计时段|统计区间|统计范围)[^。\n\d]{{0,10}}?{YEAR}\s*"
                       r"(?:年度|年(?=\s*[。,，;；))]|\s*$)|年\s*一\s*月)", re.M)
# a statistics period from a day within a year to its end: "因某街道办事处于2024年5月28日成立,故本报告所列数据的统计
# 期限自2024年5月28日起至2024年12月31日止" (a body set up in the year; a41)
STAT_PART_YEAR = re.compile(r"(?:统计期限|统计期间|统计时限|数据统计)[^。\n]{0,12}?((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月"
                            r"\s*\d{1,2}\s*日\s*(?:起)?\s*[至到]\s*(?:\1\s*年\s*)?12\s*月\s*31\s*日")
# the end of the statistics period: "数据核定时间点为2022年12月31日", "数据统计截至2022年12月31日"
# (and 截止到: "本报告中的数据统计汇总期限截止到2008年12月31日"; a56)
STAT_END = re.compile(r"(?:统计|数据)[^。\n]{0,16}?(?:截至|截止到?|时间点为|截止日期为|截止时间为|截至日期为)\s*"
                      r"((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日")
# the statistics period of an academic report, also where a site lost 年/月 ("201491日至2015831日")
# (2016年9月1日至2017年8月31日, 2016.9.1-2017.8.31, 2016年9月至2017年8月)
ACADEMIC_PERIOD = re.compile(r"((?:19|20)\d{2})\s*[年./-]?\s*0?9\s*[月./-]?\s*(?:0?1\s*日?)?"
                             r"\s*(?:起\s*[,，]?)?\s*[至到—\-–~]\s*"
                             r"((?:19|20)\d{2})\s*[年./-]?\s*0?[78]\s*[月./-]?\s*(?:3[01]\s*日?)?")
CALENDAR_PERIOD = re.compile(r"((?:19|20)\d{2})\s*[年./-]?\s*0?1\s*[月./-]?\s*(?:0?1\s*日?)?"
                             r"\s*(?:起\s*[,，]?)?\s*[至到—\-–~]\s*"
                             r"(?:((?:19|20)\d{2})\s*[年./-]?\s*)?12\s*[月./-]?\s*(?:31\s*日?)?")
YEAR_RANGE_AFTER = re.compile(rf"\s*年?\s*[-—–~至到/]\s*((?:19|20)?\d{{2}}|{CN_YEAR})")
RANGE_MARK = re.compile(r"(?:[日月]|\.\d{1,2})\s*(?:起\s*[,，]?)?\s*[至到—\-–~]")
# the report names its year where it names itself: 编制的2008年度…年度报告, 现将2021年度…情况报告如下, or where it
# names its own year's work: 结合我校2025年信息公开工作实际执行情况; published with 公开 or 发布 as with 公布
# (现公开我局2020年度…年度报告, 现发布《某镇2022年…年度报告》, 特向社会公开2021年度…报告: a23-period)
# (and 发布 before the report's own title in brackets: "…要求,发布《某市审计局2021年…年度报告》"; a42)
YEAR_OF_REPORT = re.compile(r"(?:编制的|现将|现就|现公布|特向社会公布|向社会公布|向社会公开|现公开|现发布|现予发布"
                            r"|发布(?=\s*《[^》\n]{2,40}?(?:年度报告|年报)》)"
                            r"|并形成|形成了|现予公布|现编制|特编制"
                            # (and 编制 with the body's own 本 next: "认真组织编制本单位2019年度信息公开报告"; a55)
                            r"|编制了|编制完成|编制形成|编制(?=\s*本)|结合(?:我|本)[^\d。\n]{0,6}?)[^。\n]{0,20}?"
                            rf"(?<![0-9年][-—–~至到/]){YEAR}\s*年度?[^。\n]{{0,30}}?(?:报告|年报|情况)")
# the sentence that introduces the body names the year: "2008年主要工作情况如下", "现就2012年度工作情况报告如下"
# ("现将2018年主要工作总结如下": the summing-up verb without 情况, a23-blind-doc)
YEAR_INTRO = re.compile(rf"{YEAR}\s*年度?(?:的|全年)?(?:主要)?(?:工作)?(?:开展)?"
                        r"(?:情况(?:报告|汇报|总结)?|总结|汇报)如下")
# the first part's heading names the year it reports on: "一、2016年度政府信息公开工作基本情况" (the labels: 21 of
# 21; a51)
FIRST_PART_YEAR = re.compile(rf"(?:^|\n)[ \t]*[一1][、.．][ \t]*{YEAR}\s*年度?[^\n。]{{0,20}}?情况[ \t]*(?=\n)")
SHORT_TITLE = re.compile(rf"^[^\n。]{{0,30}}?{YEAR}\s*年度?\s*(?:工作)?(?:年度报告|年报|报告)\s*$", re.M)
# the text opens by naming the report by its year, the sentence going on: "2009年年报根据《条例》编制,由…组成" (a37)
REPORT_BY_YEAR_FIRST = re.compile(rf"\A\s*{YEAR}\s*年度?\s*(?:年报|年度报告)(?=根据|依据|依照|按照|由|是)")
YEAR_ONLY = re.compile(r"(?<![\d\-/])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
# (时间 is a label alone or after another label's short value whose space normalising took away: "编辑:某某时间:…")
# (日期 alone, not another event's: 更新/上传/录入/提问日期, and a23-period's 截止/截至/统计日期 (the data's cut-off:
# "数据截止日期:2021年12月31日"), 生效/有效/失效/废止日期, 修改/修订日期, 打印日期 (the reader's day), 归档日期,
# 答复/申请/受理日期)
DATE_LABELS = (r"(?:成文日期|发布日期|生成日期|发布时间|印发日期|发表日期|发表时间"
               r"|(?<![传新问录止至计效改订印档复请理])日期"
               r"|(?:(?<![\u4e00-\u9fff])|(?<=[:：][\u4e00-\u9fff]{2})|(?<=[:：][\u4e00-\u9fff]{3})|(?<=报告)|(?<=年报))"
               r"时间(?=\s*[:：]))")
# (a label may sit in brackets of its own: "【发布日期】2018-01-15", with spaces inside: "[ 成文日期 ] | 2019-03-25",
# a22-agency-gov)
LABELLED_DATE = re.compile(rf"{DATE_LABELS}[ \t]*[\]】]?(?:/[^\s|:：]{{1,6}})?\s*[:：|]?\s*\|?\s*[\[【]?\s*"
                           r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
PERIOD_GOES_ON = re.compile(r"\s*日?\s*(?:起\s*)?(?:至|到|—|--|~)")
# a metadata grid's effective date, read only where no other label dates the page ("| 生效日期: | 2026-02-12 |
# 废止日期: |": the day the document took effect, which is the day such grids publish it; a47)
EFFECTIVE_DATE = re.compile(r"生效日期[ \t]*[:：|]?\s*\|?\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]"
                            r"\s*(\d{1,2})")
# a date with no label on a line of the site's metadata: "来源:某厅 2025-01-26 09:18 【字体:", "2022年01月18日来源:…"
META_LINE = re.compile(r"来源|字体|字号|浏览|点击|访问量|阅读|打印|分享")
# (a clock time glued to the day, its space lost: "2021-03-2918:26"; a39)
# (or with slashes: "2022/1/29 14:59:38 来源:区政府办"; a46)
UNLABELLED_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:[-/]\s*(\d{1,2})\s*[-/]\s*(\d{1,2})(?=\s|$|[^\d]|\d{1,2}:\d{2})"
                             r"|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)")
# a date on a line of its own, or after the signature on the same line ("某学院 2017年10月30日")
# (a table cell's closing bar may follow it on a page flattened with |: "某市人民政府办公室 2019年12月9日 |")
NUMERIC_DATE = re.compile(r"^[^\n\d]{0,30}?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[\s|]*$", re.M)
CN_DATE = re.compile(r"^[^\n\d。]{0,30}?([二][〇零○][一二三四五六七八九〇零○]{2})\s*年"
                     r"\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日\s*$", re.M)
# a document-sharing site's upload time, not the document's date; a link to the document in a format ("【下载Word】
# 【下载PDF】" on a government page's metadata line) is no upload
SITE_UPLOAD = re.compile(r"上传|下载(?!\s*(?:Word|WORD|word|PDF|pdf|Pdf|WPS|wps|OFD|ofd))")
# a date in brackets on its own line under the title: "(2020年10月30日)"
BRACKET_DATE = re.compile(r"^\s*[((]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[))]\s*$", re.M)
# (or in brackets after the report's title on its line, as a site's list shows it: "…年度报告 ( 2026-01-30 )"; a47)
TITLE_BRACKET_DATE = re.compile(r"(?:报告|年报)\s*[((]\s*((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})"
                                r"\s*[))]\s*$", re.M)
# 2019-01-31, 2019/1/31, 2019.1.31 on a line of its own
ISO_DATE = led(r"(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}")  # (asked over a text's end: per opening, 1 and 2)
ISO_LINE = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\s*$", re.M)

AGENCY_END = (r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办|政府|办公室|办公厅|委员会|"
              r"管理委员会|管委会|管委|大学|学院|学校|中学|局|厅|委|办|中心|院|(?<!部)署|街道办事处|街道|镇|乡|区|县|市|所|海关|馆|站|队|处|部|联合会|商会|"
              # (苏木: a township in Inner Mongolia; 新城 and 工业园/科技园/创业园: a zone by its name, a13-audit)
              # (and schools below the universities and public farms, as author.AGENCY_END: a19-agency)
              rf"协会|残联|妇联|工商联|红十字会|工会|供销合作社联合社|供销合作联社|供销合作总社|供销合作社|供销联社|供销总社|供销社|"
              rf"气象台|电视台|苏木|新城|[业技创]园|{author.LOWER_UNIT_END})")
# (or a bare unit before a people's organisation's short name, "区供销社", "县残联": a name that two characters
# before AGENCY_END would miss; a41)
AGENCY = re.compile(rf"([\u4e00-\u9fff()]{{2,30}}?{AGENCY_END}|{author.MASS_SHORT.pattern})")
# (a document library's page furniture glued before the title once spaces are gone, "第1页共9页某局2022年…": a19-agency)
SEGMENT_SEP = re.compile(r"\s*[\s_|｜>›»·:：]\s*|\s+[-—–]\s+|第\s*\d{1,3}\s*页\s*[,，/／]?\s*共\s*\d{1,3}\s*页")
# (and a site's category label in brackets before the name, "【年度报告】某局2021年…": its 【 stripped first)
# (本溪, a city's own name, is no 本: a52)
GENERIC_PREFIX = re.compile(r"^(?:[xX×*]+|关于|我|本(?!溪)|(?:文章)?标题[:：]|题名[:：]|[^】\[]{1,10}】)")
# a sentence that says whose work the report covers, read as a title line ("本报告内容主要为某州人民政府办公厅2012年度的
# 政府信息公开工作情况"): the name after its lead
REPORT_COVERS = re.compile(r"^(?:本)?(?:年度)?报告的?(?:内容)?(?:主要)?(?:为|是|反映了?)")
# first-person forms, strongest first: a bureau that says "我局" is a department even when it also says "我市"
VOICE_LEVEL = (("department", re.compile(r"我局|我委|我办|本局|本委|我厅|本厅|厅机关|厅门户网站|我中心")),
               ("township", re.compile(r"我镇|我乡|本镇|本乡|我街道|本街道|我街(?!道)")),
               ("university", re.compile(r"我校|本校")),
               ("province", re.compile(r"我省|我区(?=[^。]{0,40}自治区)|(?<=自治区)[^。]{0,200}我区")),
               ("county", re.compile(r"我县|我区")),
               # (本区/本县 as Shanghai's districts and the 2007 format's overview write it: "本区政府信息公开工作运行
               # 正常"; not 本区域; after 我县/我区, which writes_up_area asks for; a51)
               ("county", re.compile(r"本县|本区(?!域)")), ("city", re.compile(r"我市")),
               # weakest: what a government's own report says of its whole area ("全区共收到申请85件")
               ("township", re.compile(r"全镇|全乡|全街道")), ("county", re.compile(r"全县|全区|全旗")))
# each searched per opening character where its words open with two to four (scan.led): `re` tests every character
# of the opening against a set of first characters, a search per literal skips ahead (我镇|我乡|本镇… 24 → 3 µs)
_VOICE_SCAN = {regex: led(regex.pattern) for _, regex in VOICE_LEVEL}
# the two characters every match of a form opens with (a form not listed, the province's, has its own gate): a form
# whose openings the head does not hold is not scanned (the head's 我, 本, 全 and 厅 found once, at memchr speed, where
# each form's scan walks 4,000 characters per opening character)
VOICE_OPENINGS = {VOICE_LEVEL[0][1]: ("我局", "我委", "我办", "本局", "本委", "我厅", "本厅", "厅机", "厅门", "我中"),
                  VOICE_LEVEL[1][1]: ("我镇", "我乡", "本镇", "本乡", "我街", "本街"),
                  VOICE_LEVEL[2][1]: ("我校", "本校"), VOICE_LEVEL[4][1]: ("我县", "我区"),
                  VOICE_LEVEL[5][1]: ("本县", "本区"), VOICE_LEVEL[6][1]: ("我市",),
                  VOICE_LEVEL[7][1]: ("全镇", "全乡", "全街"), VOICE_LEVEL[8][1]: ("全县", "全区", "全旗")}
VOICE_LEADS = "我本全厅"


def voice_openings(head: str) -> set[str]:
    """The two characters at each 我, 本, 全 and 厅 of `head` (one character at its end)."""
    found = set()
    for lead in VOICE_LEADS:
        at = head.find(lead)
        while at >= 0:
            found.add(head[at:at + 2])
            at = head.find(lead, at + 1)
    return found


def parse_year(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return cn_to_int(token.replace("○", "〇"))  # the circle sites type for the zero of 二〇一九


def _date(y: str, m: str, d: str) -> str | None:
    try:
        year = parse_year(y)
        month = int(m) if m.isdigit() else cn_to_int(m)
        day = int(d) if d.isdigit() else cn_to_int(d)
        if year is None or month is None or day is None:
            return None
        return date(year, month, day).isoformat()
    except ValueError:
        return None


SENTENCE_MARK = re.compile(r"[,，。;；]")
# a writing site's compilation ("2024年(17篇)市政务公开工作总结汇编", "…总结合集(20篇)"): its title's year is
# the site's, the first piece's own title follows
# (and its count with a word before it: "…总结与计划(汇总8篇)"; a33)
COMPILATION = re.compile(r"汇编|合集|[(（]\s*(?:汇总|共|精选)?\s*\d+\s*篇\s*[)）]"
                         r"|(?:范文|总结|报告|材料)(?:精选|大全)?\s*\d+\s*篇")


def compilation(line: str) -> bool:
    """COMPILATION.search(line) is not None, searched only where the line holds what every match holds (汇编, 合集
    or 篇): `re` tests each character against its branches' first ones."""
    return ("篇" in line or "汇编" in line or "合集" in line) and COMPILATION.search(line) is not None


def is_chrome(line: str) -> bool:
    """A breadcrumb line ("您现在所在的位置: 首页 > … > 某区人民政府 > 年报"): its last crumb is no title."""
    return author.chrome_line(line)


# a site's category cell before the words ("组配分类 | 信息公开年报", "主题分类: 政务公开年报"): the column the page is
# filed under, no title (a20-agency)
CATEGORY_CELL = re.compile(r"(?:分类|类别|栏目|类目)\s*[|:：]\s*\|?\s*$")


def category_cell(pre: str) -> bool:
    """CATEGORY_CELL.search(pre) is not None, searched only where `pre` holds 类 or 栏 (every match holds one)."""
    return ("类" in pre or "栏" in pre) and CATEGORY_CELL.search(pre) is not None


def title_matches(text: str) -> tuple[re.Match, ...]:
    """Title-like lines in the opening of the document, in order; on one line, the one with a year first."""
    return _title_matches(text[:1500])


# a writing site's blurb about the sample it offers ("前言:本站为你精心整理了乡政府信息公开工作年度报告范文…"; a43)
SITE_BLURB = re.compile(r"本站|为你|为您|精心整理|这篇文章|为大家")
# a sentence about the report itself ("本报告主要内容为某县人民政府2022年度的…工作情况。"), no title (a46)
REPORT_SUBJECT = re.compile(r"\s*(?:本|该)(?:年度)?(?:报告|年报)")
# an attachment's name on its line ("附件:某部办公厅关于…的通知.pdf", "附件2:…"): another document's title (a34)
ATTACHMENT_LINE = re.compile(r"\s*附(?:件|表)\s*\d{0,2}\s*[:：]")


# a site's path: an arrow between two of its steps ("政务公开 > 某区人民政府信息公开年报"; a49)
CRUMB_ARROW = re.compile(r"[^\s>›»]\s*[>›»]\s*[^\s>›»]")


@lru_cache(maxsize=4)  # asked three times per report (agency, year, kind): scanned once
def _title_matches(head: str) -> tuple[re.Match, ...]:
    found: dict[int, re.Match] = {}
    words = _title_words(head)  # (the same for both scans: found once)
    for regex in (TITLE_WITH_YEAR, TITLE):
        for m in _line_matches(regex, head, words):
            if m.start() in found:
                continue  # (TITLE at a line TITLE_WITH_YEAR took: the first kept, as setdefault would)
            line_end = head.find("\n", m.start())
            # a title line that a site runs on into its metadata ("…年度报告 发布时间:… 来源:… 浏览次数:…")
            line = author.meta_cut(head[m.start(): line_end if line_end >= 0 else len(head)])
            # a sentence that names a report ("按照要求，特编制2021年度…年度报告。") is no title line
            if len(line) <= 80 and not is_chrome(line) and not SENTENCE_MARK.search(m.group("pre") or "") \
                    and not compilation(line) and not category_cell(m.group("pre") or "") \
                    and not ATTACHMENT_LINE.match(line) and not SITE_BLURB.search(m.group("pre") or "") \
                    and not PAGE_META.match(line.lstrip()) and not REPORT_SUBJECT.match(m.group("pre") or "") \
                    and not author.META_ROW.match(line):  # (a metadata row: "公开目录 镇街信息公开年报 …"; a55)
                found.setdefault(m.start(), m)
    titles = [found[k] for k in sorted(found)]
    named = [m for m in titles if not BARE_GENRE.fullmatch(m.group(0).strip())]
    # (a breadcrumb whose spaces are gone, "首页政府信息公开某区人民政府政府信息公开年度报告…", gives way to any other
    # title line: the site's path, not the page's title; a48)
    # (and a path with its steps' arrows, "政务公开 > 某区人民政府信息公开年报" over "某区人民政府办公室2023年…年度
    # 报告"; a49)
    crumbs = [m for m in named if m.group(0).lstrip().startswith("首页") or CRUMB_ARROW.search(m.group(0))]
    if crumbs and len(crumbs) < len(named):
        named = [m for m in named if m not in crumbs]
    # (a site's column above the title, "信息公开年报" then "某局2016年…年度报告": the column gives way; a39)
    return tuple(named if named else titles)[:4]


# the genre's name alone, as a site's column writes it: no body, no year
BARE_GENRE = re.compile(r"(?:政府)?(?:信息|政务)公开(?:工作)?(?:年报|年度报告)")


# the characters a title line with a year may end with when the title runs on into the next line (the year's
# whitespace may hold a line break: "2021\n年度…报告"); every other line of a match holds its 公开
_YEAR_LINE_END = frozenset("0123456789〇零○一二三四五六七八九年-—–~至到/")


def _can_start(regex: re.Pattern, head: str, at: int, end: int) -> bool:
    """Whether a match of TITLE_WITH_YEAR or TITLE may start at `at` (the line head[at:end]): what it needs within
    its first 40 characters (the `pre` run) is there — a year's first character (1, 2, 二) for TITLE_WITH_YEAR, and
    for TITLE its words and all that follows them. A few finds instead of a match attempt at each length of `pre`;
    the match itself is still TITLE's own."""
    if regex is TITLE_WITH_YEAR:
        stop = min(end, at + 41)
        return head.find("2", at, stop) >= 0 or head.find("1", at, stop) >= 0 or head.find("二", at, stop) >= 0
    # TITLE: its words (each holds 公开, 2 or 4 characters in) start within 40 of the line's start and its tail
    # follows them there: tried at each such start (TITLE_TAIL), not at each length of `pre`
    word = head.find("公开", at + 2, min(end, at + 46))
    while word >= 0:
        if head[word + 2:word + 3] in _TAIL_OPENS:  # (a 公开 that no tail follows is no title's: not tried)
            for start in (word - 4, word - 2):
                if at <= start <= at + 40 and TITLE_TAIL.match(head, start):
                    return True
        word = head.find("公开", word + 1, min(end, at + 46))
    return False


# what follows the 公开 of every TITLE_WORDS match: 工作, 的, a line break, a year, or the first character of a tail
# word (年度报告 … 上半年总结); a match that starts 4 characters before a 公开 and holds a four-character word has its
# own 公开 2 characters before it, followed by that 公开's 公
_TAIL_OPENS = frozenset("工的\n年报总汇情自上半12")


# such a 公开, found in a scan led by its 公 (a line of a TITLE match, or of a TITLE_WITH_YEAR match that does not go
# on past its line's year, holds one)
_TITLE_WORD = re.compile(f"公开(?=[{''.join(sorted(_TAIL_OPENS))}])")


def _title_words(head: str) -> list[int]:
    """Where each 公开 of `head` that a character of _TAIL_OPENS follows stands: one scan a head (≈ 33 k instructions;
    a loop of `str.find`, ≈ 400 instructions a 公开 and ≈ 36 of them, cost 44 k, a `split` 52 k)."""
    return [m.start() for m in _TITLE_WORD.finditer(head)]


def _line_matches(regex: re.Pattern, head: str, words: list[int] | None = None):
    """regex.finditer(head) for TITLE_WITH_YEAR and TITLE (both start at a line), tried only at the lines that can
    start a match: those that hold a title's 公开 (`words`, _title_words(head)), or (a title with a year) end where
    the year may go on."""
    if words is None:
        words = _title_words(head)
    at, last_end, k = 0, 0, 0
    while at <= len(head):
        end = head.find("\n", at)
        end = len(head) if end < 0 else end
        while k < len(words) and words[k] < at:
            k += 1
        if at >= last_end:
            holds = k < len(words) and words[k] < end  # (the line holds a title's 公开)
            if not holds and regex is TITLE_WITH_YEAR:
                tail = head[at:end].rstrip()[-1:]
                holds = tail != "" and (tail in _YEAR_LINE_END or tail.isdecimal())
            if holds and _can_start(regex, head, at, end):
                m = regex.match(head, at)
                if m:
                    yield m
                    last_end = m.end()
        at = end + 1


def title_match(text: str) -> re.Match | None:
    titles = title_matches(text)
    return titles[0] if titles else None


# "某大学并未发布本校2014-2015学年度信息公开报告": a news item's report that was not published is no year of this text
NOT_PUBLISHED = re.compile(r"(?:未|没有)(?:按时|如期)?(?:发布|公布|公开|上传)[^。,，]{0,10}$")


# "其余71所高校均已在其网站上公布了2015-2016学年…": a news item on many schools' reports, none of them this text's
OTHERS_PUBLISHED = re.compile(r"\d+\s*所[^。,，]{0,6}(?:高校|大学|院校|学校)[^。]{0,30}$")


def find_year(text: str, title: re.Match | None) -> tuple[int, str, str, str] | None:
    """(year, period, evidence, mismatch): an academic year, then the statistics period, then the title's year,
    then the year the opening gives the report, then a body that opens with its year. The statistics period wins
    over the title; `mismatch` says so when the two differ ("" otherwise)."""
    head = text[:3000]
    titled = _title_year(text, title)
    m = next((a for a in ACADEMIC.finditer(head) if not NOT_PUBLISHED.search(head, max(0, a.start() - 20), a.start())
              and not OTHERS_PUBLISHED.search(head, max(0, a.start() - 50), a.start())),
             None) if "学年" in head else None
    first, second = _academic_years(m) if m else (None, None)
    stated: tuple[int, str, str] | None
    marks = range_marks(head)
    if m and first and second == first + 1 and not _stated_calendar(head, marks):
        stated = first, f"{first}-{second}", snippet(text, m.start(), m.end())
        return (*stated, _mismatch(titled, stated))
    stated = None
    m = _period(head, ACADEMIC_PERIOD, marks)
    if m and int(m.group(2)) == int(m.group(1)) + 1:
        stated = int(m.group(1)), f"{m.group(1)}-{m.group(2)}", snippet(text, m.start(), m.end())
    else:
        m = _period(head, CALENDAR_PERIOD, marks)
        if m and m.group(2) and titled and int(m.group(1)) < titled[0] == int(m.group(2)):
            # "统计期限从2003年1月1日至2009年12月31日" under a 2009 title: a period of several years that closes in
            # the title's year reports on that year (a41)
            return titled[0], str(titled[0]), snippet(text, m.start(), m.end()), ""
        m = m if m and m.group(2) in (None, m.group(1)) else STAT_PERIOD.search(head) or STAT_END.search(head) \
            or STAT_YEAR.search(head) or STAT_PART_YEAR.search(head)
        if m and (y := parse_year(m.group(1))):
            stated = y, str(y), snippet(text, m.start(), m.end())
    if stated is None and "年度" in head and (SCHOOL_REPORT.search(head) or SCHOOL_OWN.search(head)):
        stated = _school_year(text, head, title)
    if stated:
        return (*stated, _mismatch(titled, stated))
    if titled:
        return (*titled, "")
    m = SHORT_TITLE.search(text[:600]) or REPORT_BY_YEAR_FIRST.match(text)
    if m and (y := parse_year(m.group(1))):  # "某局2021年度报告": a title line without the words of the Regulations
        return y, str(y), snippet(text, m.start(), m.end()), ""
    m = YEAR_OF_REPORT.search(text[:1500]) or YEAR_INTRO.search(text[:1500]) or FIRST_PART_YEAR.search(text[:3000])
    if m and (y := parse_year(m.group(1))):
        return y, str(y), snippet(text, m.start(), m.end()), ""
    # a body that opens with the year it reports on: "2015年,高新区认真贯彻…", "一、概述\n2016年我局…"
    # (also after a heading and its colon: "一、主动公开政府信息的情况: 2013年度主动公开…"; not a plan for the
    # next year: "2011年,我们将…")
    # (and after a sub-heading that ends with its full stop: "(一)主动公开情况。2021年通过网站公开…")
    m = _BODY_YEAR_SCAN.search(text[:2500])
    if m and m.group().endswith("以来"):
        # "2018年以来,我局持续…。2020年,我局主动公开…": a since-year starts a stretch that ends in the year a later
        # year-led clause of the text's own voice reports on; alone, it is kept (a23-period)
        since = parse_year(m.group(1)) or 0
        later = [x for x in (_BODY_YEAR_SCAN.search(text[:2500], m.end()), YEAR_THEN_VOICE.search(text, m.end(), 2500))
                 if x and (parse_year(x.group(1)) or 0) > since]
        m = min(later, key=lambda x: x.start()) if later else m
    if m:
        y = parse_year(m.group(1))
        if y:
            return y, str(y), snippet(text, m.start(), m.end()), ""
    # a clause of the opening that starts with the year and the text's own voice: "…,2008年本市政府信息公开工作…"
    m = YEAR_THEN_VOICE.search(text[:1200]) or VOICE_THEN_YEAR.search(text[:1200]) \
        or NAME_YEAR_WORK.search(text[:1200])
    if m and (y := parse_year(m.group(1))):
        return y, str(y), snippet(text, m.start(), m.end()), ""
    return _doc_title_year(text) or _year_end(text[:3000]) or _figure_year(text[:3000])


# the words that state a period as the report's statistics period ("本报告所列数据统计期限为…", "统计周期为…")
STAT_LABEL = re.compile(r"统计|期限|时限|时段|周期|起止")


def _stated_calendar(head: str, marks: list[re.Match]) -> bool:
    """Whether the opening states a calendar year as its statistics period ("统计期限为2022年1月1日至2022年12月31日",
    "统计期限为2021年度"): it wins over an academic year the body names ("在2021-2022学年工作基础上", an education
    bureau's "2022-2023学年校历"), as the statistics period wins over the title (a23-period)."""
    m = _period(head, CALENDAR_PERIOD, marks)
    if m and m.group(2) in (None, m.group(1)) and STAT_LABEL.search(head, max(0, m.start() - 30), m.start()):
        return True
    return "统计" in head and bool(STAT_PERIOD.search(head) or STAT_YEAR.search(head))


def _second_year(first: int, token: str) -> int | None:
    """The second year of a range after `first`: 2017, 17 (2016-17) or 二〇一七."""
    return parse_year(token) if len(token) == 4 else int(str(first)[:2] + token)


def _academic_years(m: re.Match) -> tuple[int | None, int | None]:
    """(first, second) of an ACADEMIC match, in digits or in Chinese numerals."""
    if m.group(1):
        first = int(m.group(1))
        return first, _second_year(first, m.group(2))
    return parse_year(m.group(3)), parse_year(m.group(4))


# the last resort: the end of a year the text's own work is counted up to, in its own voice ("截至2009年底,本区…",
# "截止2023年12月31日我局通过…发布信息34条"), every such cut-off in the opening naming the same year (a22, lead)
YEAR_END_VOICE = re.compile(r"截[至止]到?\s*((?:19|20)\d{2})\s*年\s*(?:底|末|12\s*月\s*(?:31\s*日|底|末))\s*[,，]?\s*"
                            r"(?:本|我|全)(?:市|县|区|镇|乡|局|委|办|厅|街道|校|院|中心)")
YEAR_END = re.compile(r"截[至止]到?\s*((?:19|20)\d{2})\s*年\s*(?:底|末|12\s*月)")


# the year of the year's proactive figure, led by its year ("…编目,2011年新增主动公开政府信息53019条"): a page of a
# report with no title, no period and no year in its opening (a later page of a repost); not a running total (截至…)
# (and its subject between, "2024年,花地街道累计主动公开政府信息481条", the 年 a site may lose with it,
# "2022区文旅局主动公开政府信息1112条"; a45)
# (and the year's requests so led, "2025年,某市某局收到政府信息公开申请4件", the subject up to 16 characters; a53)
FIGURE_YEAR = re.compile(r"(?<![至止到\d])((?:19|20)\d{2})\s*(?:年度?)?\s*[,，]?\s*(?:[\u4e00-\u9fff]{2,12}?)?"
                         # (and 发布: "2016年,市某局门户网站更新发布信息1694条"; a55)
                         r"(?:新增|共|全年|累计)?\s*(?:主动)?(?:公开|发布)(?:政府)?信息\s*\d+\s*条"
                         r"|(?<![至止到\d])((?:19|20)\d{2})\s*年度?\s*[,，]\s*(?:[\u4e00-\u9fff]{2,16}?)?(?:共|全年)?"
                         r"(?:收到|受理|新收)(?:政府信息公开|依申请公开)?申请\s*\d+\s*件")


def _figure_year(head: str) -> tuple[int, str, str, str] | None:
    """The year every year-led proactive or request figure of the opening names (a37, a53), or None."""
    found = list(FIGURE_YEAR.finditer(head)) if "公开" in head or "申请" in head else []
    if not found or len({m.group(1) or m.group(2) for m in found}) != 1:
        return None
    y = int(found[0].group(1) or found[0].group(2))
    return y, str(y), snippet(head, found[0].start(), found[0].end()), ""


def _year_end(head: str) -> tuple[int, str, str, str] | None:
    m = YEAR_END_VOICE.search(head) if "截" in head else None
    if m is None or {e.group(1) for e in YEAR_END.finditer(head)} != {m.group(1)}:
        return None
    y = int(m.group(1))
    return y, str(y), snippet(head, m.start(), m.end()), ""


# a school's year of work written as two years and 年度 ("2023—2024年度,某学院深入贯彻…", "结合我校2023—2024年度信息
# 公开工作实际"): its academic year, though 学年 is not written (a15-agency)
SCHOOL_YEAR = re.compile(r"((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年度")


def _school_year(text: str, head: str, title: re.Match | None) -> tuple[int, str, str] | None:
    """(year, period, evidence) of a school's body that states its year of work as two consecutive years and 年度,
    outside its title and outside another document's title (《2023—2024年度某省高校信息公开评议工作方案》), or None."""
    for m in SCHOOL_YEAR.finditer(head):
        if title is not None and m.start() < title.end() and m.end() > title.start():
            continue
        if head.rfind("《", 0, m.start()) > head.rfind("》", 0, m.start()):
            continue
        if int(m.group(2)) == int(m.group(1)) + 1:
            return int(m.group(1)), f"{m.group(1)}-{m.group(2)}", snippet(text, m.start(), m.end())
    return None


def _year_before_name(text: str, name: str) -> tuple[int, str] | None:
    """(year, evidence) where a clause of the opening starts with a year and then the body's own name as its
    subject ("2025年中仓街道积极推动…", "2025年度中仓街道政府信息公开工作主要涉及:"), not a plan ("…将…")."""
    at = text.find(name, 0, 2500)
    while at >= 0:
        m = YEAR_THEN_NAME.search(text, max(0, at - 12), at)
        if m and m.end() == at and not PLAN_AFTER.match(text, at + len(name)) and (y := parse_year(m.group(1))):
            return y, snippet(text, m.start(), at + len(name))
        at = text.find(name, at + 1, 2500)
    return None


YEAR_THEN_NAME = re.compile(rf"(?:^|(?<=[\n。;；,，]))\s*{YEAR}\s*年度?\s*")
PLAN_AFTER = re.compile(rf"[^。\n]{{0,6}}{PLAN_WORD}")


def _mismatch(titled: tuple[int, str, str] | None, stated: tuple[int, str, str]) -> str:
    """What the card notes when the title's year is not the period the text states (the stated period wins), or ""."""
    if titled and titled[0] not in (stated[0], stated[0] + 1 if "-" in stated[1] else stated[0]):
        return f"标题为{titled[0]}年, 统计期间为{stated[1]}: 以统计期间为准"
    if titled and "-" in stated[1] and titled[1] != stated[1]:
        return f"标题为{titled[0]}年度, 统计期间为{stated[1]}学年: 以统计期间为准"
    return ""


_TITLED = re.compile(r"标题为((?:19|20)\d{2})")


def titled_year(mismatch: str) -> int | None:
    """The title's year in a note `_mismatch` wrote (doc.period_mismatch), read back where it is written."""
    m = _TITLED.match(mismatch)
    return int(m.group(1)) if m else None


# the title of a document that is no report, with the year it is about: 某镇2023年政务公开工作实施方案, 关于印发2022年
# 政务公开工作要点的通知, 乡镇2022年第一季度工作总结, 2020年度某街道工作总结和2021年度工作思路 (the first year: what
# is summed up), 2021年某中心部门决算; traditional forms too (要點, 總結)
DOC_TITLE_YEAR = re.compile(rf"^[^\n,，。;；!！?？]{{0,40}}?{YEAR}\s*年度?(?!\s*\d{{1,2}}\s*月)"
                            r"[^\n,，。;；]{0,24}?(?:总结|總結|汇报|匯報|报告|報告|方案|要点|要點|计划|計劃|通知|通报|"
                            r"通報|讲话|講話|思路|打算|安排|工作会|工作會|决算|決算|预算|預算|指南)"
                            # (or a guide's edition after its name: "某区政府信息公开指南(2022年版)"; a43)
                            rf"|^[^\n,，。;；!！?？]{{0,40}}?指南\s*[(（]\s*{YEAR}\s*年(?:版|修订|修訂)?\s*[)）]")
# "根据2022年政务公开工作要点…": another text's; a line that opens with 在 is a clause ("在2019年度报告基础上,…": the
# report it builds on, a23-period), no title
NOT_ITS_OWN = re.compile(r"根据|按照|依据|贯彻|落实|结合|参照|对照|^在")


def _doc_title_year(text: str) -> tuple[int, str, str, str] | None:
    """(year, period, evidence, "") from one of the first short lines, a title with its year (last resort)."""
    if "年" not in text[:600]:
        return None
    # (a title run on into its first paragraph: "某乡人民政府2022年上半年工作汇报在县委…" is read from its start)
    lines = [ln[:80] for ln in body_lines(text[:600]) if not is_chrome(ln)][:6]
    for line in lines:
        m = DOC_TITLE_YEAR.match(line)
        g = 1 if m and m.group(1) else 2  # (the year before the noun, or a guide's edition after it)
        if m and not NOT_ITS_OWN.search(line, 0, m.start(g)) and (y := parse_year(m.group(g))) \
                and not compilation(line):  # "2023年…工作总结范文7篇": a writing site's collection
            at = text.find(line)
            return y, str(y), snippet(text, at, at + m.end()), ""
    return None


def body_lines(head: str) -> list[str]:
    return [ln.strip() for ln in head.split("\n") if ln.strip()]


# (a heading run on into its paragraph where a page lost the line break, "一、总体情况 2019年度,某公司…", its space
# gone once normalised: a24-blind-doc)
BODY_YEAR = re.compile(rf"(?:^|\n)\s*(?:[一二三四五六七八九十]、[^\n]{{0,20}}?(?:\n|[:：]|(?<=情况|概况|概述)[ \t]*))?"
                       r"\s*(?:[((][一二三四五六七八九十][))][^\n。:：,,]{0,16}[。:：]\s*)?"
                       # (a basis clause first: "根据《条例》要求, 2017年,某局进一步…"; a53)
                       r"(?:根据《[^》\n]{1,30}》[^\n。,，]{0,12}?[,，]\s*)?"
                       rf"\s*{YEAR}\s*年(?:度)?(?:上半年|下半年|\s*1\s*[-—–~至]\s*12\s*月(?:份)?)?"
                       r"\s*(?:[,,]|以来|我|全|本|在|是|主动|通过|共|街道(?:办事处)?(?:受理|共|全年|主动|收到|发生))"
                       rf"(?![^。\n]{{0,4}}{PLAN_WORD})")


def _led_marks(pattern: re.Pattern) -> re.Pattern | Led:
    """RANGE_MARK scanned per opening character (scan.led): `(?:[日月]|\\.…)TAIL` written `日TAIL|月TAIL|\\.…TAIL`, the
    same matches; `re` tries a pattern that opens with a group at every character (40 µs over an opening of 3,000
    characters, asked twice a report). A RANGE_MARK of another shape is scanned as it is."""
    m = re.fullmatch(r"\(\?:\[([^\]\\]+)\]\|(\\\.[^()|]*)\)([^|]*)", pattern.pattern)
    if m is None or pattern.flags & ~re.UNICODE or "-" in m[1] or m[1].startswith("^"):
        return pattern  # (a range or a negated class is not a list of characters)
    return led("|".join([*(c + m[3] for c in m[1]), m[2] + m[3]]))


_RANGE_SCAN = _led_marks(RANGE_MARK)


_BODY_YEAR_SCAN = AfterBreak(BODY_YEAR)  # searched from each line break (the group `(?:^|\n)` at every character)


# RANGE_MARK as _mark_at reads it: a change to it falls back to the scan
_RANGE_READ = RANGE_MARK.pattern == r"(?:[日月]|\.\d{1,2})\s*(?:起\s*[,，]?)?\s*[至到—\-–~]"
# what may follow a mark's 日 or 月 (and any whitespace): 起, or the range's own sign
_AFTER_DAY = frozenset("起至到—-–~")


def _goes_on(head: str, at: int) -> bool:
    """Whether head[at] can go on a mark after its 日, 月 or number: whitespace, 起 or a range's sign."""
    after = head[at:at + 1]
    return after != "" and (after.isspace() or after in _AFTER_DAY)


def range_marks(head: str) -> list[re.Match]:
    """The range marks of the opening, found once for the two or three periods read around them (_period): each 日,
    月 and "." found by `str.find` and RANGE_MARK tried only where the next character can go on a mark (a scan led
    by each of the three read every character: ≈ 60 k instructions a report). The same matches: no mark holds
    another's first character, so the marks of each are those of the scan per opening character, in order."""
    if not _RANGE_READ:
        return list(_RANGE_SCAN.finditer(head))
    found = [m for lead in "日月." for m in _marks_of(head, lead)]
    found.sort(key=lambda m: m.start())
    return found


def _marks_of(head: str, lead: str) -> list[re.Match]:
    """RANGE_MARK's matches that open with `lead` (日, 月 or "."), in order: tried at each `lead` where the next
    character can go on a mark (after 日/月), or is a digit that one such character or a second digit and one follow
    (after "."), as `re` would have to."""
    found = []
    at = head.find(lead)
    while at >= 0:
        if lead != "." and _goes_on(head, at + 1) or lead == "." and head[at + 1:at + 2].isdecimal() \
                and (_goes_on(head, at + 2) or head[at + 2:at + 3].isdecimal() and _goes_on(head, at + 3)):
            m = RANGE_MARK.match(head, at)
            if m is not None:
                found.append(m)
                at = head.find(lead, m.end())
                continue
        at = head.find(lead, at + 1)
    return found


def _period(head: str, regex: re.Pattern, marks: list[re.Match]) -> re.Match | None:
    """The first period `regex` reads around a range mark ("日至", "月-", ".1-"; `marks`, range_marks(head)): found
    from the mark, so that a pattern that opens with a number is never tried at every digit of the text."""
    for mark in marks:
        m = regex.search(head, max(0, mark.start() - 16), mark.end() + 24)
        if m and m.start() <= mark.start() < m.end():
            return m
    return None


BRACKET_YEAR = re.compile(rf"[ \t]*(?:[((][ \t]*)?(?:((?:19|20)\d{{2}})[ \t]*[))]?[ \t]*(?:\n|$)"
                          rf"|[((][ \t]*{YEAR}[ \t]*年度?[ \t]*[))])")  # (or with 年: "(二〇二一年)", "(2021年度)")


def _title_year(text: str, title: re.Match | None) -> tuple[int, str, str] | None:
    if title is None:
        return None
    if title.re is TITLE_WITH_YEAR:
        y = parse_year(title.group(2))
        if y:
            # a range in the title (2016-2017年度, 2016至2017学年): the academic year it names
            r = YEAR_RANGE_AFTER.match(text, title.end(2))
            second = r and _second_year(y, r.group(1))
            period = f"{y}-{second}" if second == y + 1 else str(y)
            return y, period, snippet(text, title.start(), title.end())
    m = YEAR_ONLY.search(text[title.start():title.end() + 20])
    if m:
        return int(m.group(1)), m.group(1), snippet(text, title.start(), title.end())
    # the year in brackets after the title, without 年: "某乡政府信息公开年度报告(2010)" (or bare at the line's end)
    m = BRACKET_YEAR.match(text, title.end())
    if m and (y := parse_year(m.group(1) or m.group(2))):
        return y, str(y), snippet(text, title.start(), m.end())
    return None


# LABELLED_DATE.finditer found from its labels' 日期 and 时间: each label of DATE_LABELS holds one, at most
# _LABEL_LEAD characters after the label's start (成文日期 … 发表时间, 日期, 时间), so a match can start only there
# and is tried only there (the pattern opens with lookbehinds: `re` tries it at every character, ≈ 140 µs over
# 1,500). Only for the labels this was read from (their digest): a changed DATE_LABELS is scanned as it is.
_LABEL_ANCHOR = led(r"日期|时间")
_LABEL_LEAD = 2
_LABELS_READ = hashlib.sha1(DATE_LABELS.encode()).hexdigest()[:16] == "0aa13eb14eadfd6e"


def labelled_dates(head: str) -> Iterator[re.Match]:
    """LABELLED_DATE.finditer(head): the same matches, tried at the few places before each 日期 or 时间."""
    if not _LABELS_READ:
        yield from LABELLED_DATE.finditer(head)
        return
    end = 0  # where the last match ended: the next starts there or later, as in finditer
    for anchor in _LABEL_ANCHOR.finditer(head):
        for start in range(max(end, anchor.start() - _LABEL_LEAD), anchor.start() + 1):
            m = LABELLED_DATE.match(head, start)
            if m:
                yield m
                end = m.end()
                break


def find_published(text: str) -> tuple[str, str] | None:
    """A date the document shows for itself: a labelled date near the top, else the date under the signature."""
    if doc_library(text):
        # a document library's 时间 is its upload, and so is a bare date under its page title ("…格式范文(通用9篇)"
        # over "2024-05-21"): only a date under a signature, after the document's first sentence, is the document's
        first = text.find("。")
        return _last_own_line_date(text[first:], 1500) if first >= 0 else None
    found = _site_date(text)
    if found is None:
        return _signed_date(text)
    if news_repost(text[:800]) or portal_repost(text[:800], found[0]):
        return _signed_date(text)  # a news outlet's or a portal's time line over the text it re-published
    numbered = _own_number_year(text[:800])
    if numbered and numbered < int(found[0][:4]):
        return _signed_date(text)  # "阿府办函〔2018〕21号" posted "2020-06-29": a later year's re-posting
    signed = _last_own_line_date(text, 600)  # under the signature: the signature and the line or two after it
    if signed and signed[0] < found[0]:
        return signed  # the page's date after the one under the signature is the posting's, not the document's
    return found


# a news outlet re-publishing the text: a headline marked (全文), or a time line naming as its source a site or paper
# that is no public body ("2013年04月30日17:01 | 某某门户网 www.…", "来源:某某新闻网"); a body's own site
# ("来源:某县人民政府", "中国政府网", "教育部网站") is not one
FULL_TEXT_TITLE = re.compile(r"[(（]全文[)）]\s*$", re.M)
NEWS_SOURCE = re.compile(r"(?:来源\s*[:：]?\s*|[|｜]\s*)([^\s|｜:：,，]{2,14}?(?:网|报|在线|新闻|电视台|客户端))"
                         r"(?![\u4e00-\u9fff])")
PUBLIC_BODY = re.compile(r"政府|政务|局|委|厅|部|办|院|中心|镇|乡|街道|县|市|区|省|州|大学|学院|学校|公开")


def news_repost(head: str) -> bool:
    if "全文" in head[:300] and FULL_TEXT_TITLE.search(head, 0, 300):
        return True
    colon = head.find(":")
    while colon > 0:  # the outlet's time line: its date and clock time ("17:01") beside its name
        at, colon = colon, head.find(":", colon + 1)
        if not (head[at - 1].isdigit() and head[at + 1:at + 3].isdigit()):
            continue
        lo, hi = head.rfind("\n", 0, at) + 1, head.find("\n", at)
        line = head[lo:hi if hi >= 0 else len(head)]
        if UNLABELLED_DATE.search(line) and any(not PUBLIC_BODY.search(m.group(1))
                                                for m in NEWS_SOURCE.finditer(line)):
            return True
    return False


# a portal re-posting another body's page: the portal's own name (and address) opens the time line, and its source is
# another site ("中央政府门户网站 www.gov.cn 2010年04月06日 来源:某省人民政府网站"): that date is the portal's upload,
# which the dev README does not count; a site naming itself as the source ("某市人民政府门户网站 … 来源:某市人民政府
# 网站") posts its own page, and a time line that names no host ("发布时间:… 来源:某市政府网站") is the page's own
REPOST_HOST = re.compile(r"[ \t]*([\u4e00-\u9fff]{2,20}?)(?:门户)?网站?(?:[ \t]+www\.[\w./-]+)?[ \t]")
REPOST_SOURCE = re.compile(r"来源[ \t]*[:：][ \t]*([\u4e00-\u9fff]{2,24}?)(?:门户)?网站?[ \t]*$")


def portal_repost(head: str, day: str) -> bool:
    """Whether `day` is a portal's date of re-posting another site's page, on a time line near the top."""
    at = head.find("来源")
    while at >= 0:
        lo, hi = head.rfind("\n", 0, at) + 1, head.find("\n", at)
        hi = hi if hi >= 0 else len(head)
        host, source = REPOST_HOST.match(head, lo, at), REPOST_SOURCE.match(head, at, hi)
        if host and source and host.group(1) != source.group(1):
            d = UNLABELLED_DATE.search(head, host.end(), at)
            if d and _date(d.group(1), d.group(2) or d.group(4), d.group(3) or d.group(5)) == day:
                return True
        at = head.find("来源", hi)
    return False


# the document's own number on a line of its own near the top ("国办公开办函〔2019〕60号"): it was issued that year
# (found by its bracket, then its line checked: a line-anchored scan tries every character)
DOC_NUMBER = re.compile(r"[〔\[［(（]((?:19|20)\d{2})[〕\]］)）]\s*\d{1,4}\s*[号號]")
NUMBER_LINE_HEAD = re.compile(r"[^\n。,，]{0,16}")


DOC_NUMBER_OPENS = "〔[［(（"  # DOC_NUMBER's first characters; the year follows them


def doc_numbers(head: str) -> list[re.Match]:
    """DOC_NUMBER.finditer(head) as a list: tried at each opening bracket that 19 or 20 follows (found by `str.find`,
    where `re` tests every character against the five brackets; "(" and "（" are in every opening). The same
    matches, in order: a match holds no opening bracket after its first character, so no two overlap and each
    bracket's is the pattern's match there."""
    found = []
    for bracket in DOC_NUMBER_OPENS:
        at = head.find(bracket)
        while at >= 0:
            if head.startswith(("19", "20"), at + 1) and (m := DOC_NUMBER.match(head, at)) is not None:
                found.append(m)
            at = head.find(bracket, at + 1)
    found.sort(key=lambda m: m.start())
    return found


def _own_number_year(head: str) -> int | None:
    for m in doc_numbers(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        if NUMBER_LINE_HEAD.fullmatch(head, line_start, m.start()) \
                and not head[m.end():line_end if line_end >= 0 else len(head)].strip():
            return int(m.group(1))
    return None


# 发布 alone as a date's label, the date right after its colon ("发布:2023-10-31" under a title), at a line's or a
# cell's start: a site's label (not 信息发布, nor a sentence's "…发布:"), the date the page shows (a23-blind-doc)
SHORT_LABEL_DATE = re.compile(r"(?:^|(?<=[\s|•·]))发布\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]"
                              r"\s*(\d{1,2})", re.M)


def _site_date(text: str) -> tuple[str, str] | None:
    """A labelled date near the top, a date in brackets of its own, or one on a metadata line."""
    for m in labelled_dates(text[:1500]):
        d = _date(*m.groups())
        line_end = text.find("\n", m.end())
        line_end = line_end if line_end >= 0 else len(text)
        cell_end = text.find("|", m.end(), line_end)  # (a metadata table's row: only the date's own cell; the next
        # cell's "发布机构: | …app下载官网…" is a spam brand's, no upload: a22-agency-gov)
        if d and not SITE_UPLOAD.search(text, m.end(), cell_end if cell_end >= 0 else line_end) \
                and not PERIOD_GOES_ON.match(text, m.end()):
            # (not a period's first day: "• 报告时间:2014年1月1日至12月31日" in a wiki's box; a47)
            return d, snippet(text, m.start(), m.end())
    if "生效日期" in text[:1500] and (effective := EFFECTIVE_DATE.search(text, 0, 1500)) \
            and (d := _date(*effective.groups())):
        return d, snippet(text, effective.start(), effective.end())  # a grid whose only date is its 生效日期 (P31)
    if holds_word(text[:1500], "发布:", 2) or holds_word(text[:1500], "发布：", 2):
        short = SHORT_LABEL_DATE.search(text, 0, 1500)
        if short and (d := _date(*short.groups())):
            return d, snippet(text, short.start(), short.end())
    bracket = BRACKET_DATE.search(text[:400]) or TITLE_BRACKET_DATE.search(text[:400])
    if bracket and (d := _date(*bracket.groups())):
        return d, snippet(text, bracket.start(), bracket.end())
    return _meta_line_date(text) or _byline_date(text)


# a byline under the title: the issuing body and its date, nothing else on the line ("某省人民政府办公厅  2017/3/29")
BYLINE = re.compile(rf"[ \t]*[\u4e00-\u9fff()]{{2,30}}?{AGENCY_END}[ \t]+((?:19|20)\d{{2}})\s*"
                    r"(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)[ \t]*$")


def _byline_date(text: str) -> tuple[str, str] | None:
    """The date of a byline on one of the first lines (the title's, or the two under it)."""
    at = 0
    for line in text[:400].split("\n")[:4]:
        start, at = at, at + len(line) + 1
        m = BYLINE.fullmatch(line)
        if m and (d := _date(m.group(1), m.group(3) or m.group(5), m.group(4) or m.group(6))):
            return d, snippet(text, start, start + len(line))
    return None


def _last_own_line_date(text: str, window: int) -> tuple[str, str] | None:
    """The last date that ends its line (after a signature, or alone) in the text's last `window` characters."""
    candidates = _dates_on_own_line(text, max(0, len(text) - window), len(text))
    if not candidates:
        return None
    _, d, ev, _ = max(candidates)
    return d, ev


# a document-sharing site or model-text library ("某某网 资料文库", "…范文", "文档页数"), or a writing site that
# posts what its readers send or its editor collects ("来源:网友投稿", "下面是小编为大家整理的…，供大家参考")
# (a writing site also counts the characters of what it posts: "[本文共11869字]")
DOC_LIBRARY = re.compile(r"文库|范文|文档页数|文档分享|上传者|会员分享|网友投稿|小编(?:为大家)?整理|供大家参考"
                         r"|本文共\s*\d+\s*字")
# a word of each of DOC_LIBRARY's branches (and where its rarest character stands): a page's opening that holds none
# is no library's, and the pattern's first characters (文, 范, 上, 会…) are not tried one by one (≈ 12 k instructions
# over 300 characters, asked twice a report)
LIBRARY_WORDS = (("文库", 1), ("范文", 0), ("文档", 1), ("上传者", 1), ("会员分享", 1), ("网友投稿", 3), ("小编", 0),
                 ("供大家参考", 0), ("本文共", 1))


def doc_library(text: str) -> bool:
    """DOC_LIBRARY.search(text, 0, 300) is not None: searched only where the first 300 characters hold a word of one
    of its branches."""
    head = text[:300]
    return any(holds_word(head, word, probe) for word, probe in LIBRARY_WORDS) \
        and DOC_LIBRARY.search(text, 0, 300) is not None


def _signed_date(text: str) -> tuple[str, str] | None:
    """The date under the signature: on a line of its own near the end, else (a covering notice above the rules or
    report it issues) near the top."""
    found = _last_own_line_date(text, 1500)
    if found:
        return found
    tail_start = max(0, len(text) - 1500)
    # a covering notice's date under its signature, above the rules or report it issues: only a date that is its
    # line's whole text here (a wrapped sentence may end with "统计期限自2023年1月1日")
    candidates = [c for c in _dates_on_own_line(text, 0, min(tail_start, 1500)) if c[3]]
    if candidates:
        _, d, ev, _ = min(candidates)
        return d, ev
    return None


# (scan.LineLed: found from each line break, not by trying `^` at every character; ISO_LINE, `^\s*…`, as it is)
_OWN_LINE_SCANS = {regex: LineLed(regex) for regex in (NUMERIC_DATE, CN_DATE, ISO_LINE)}


def numeric_dates(text: str, start: int, end: int) -> list[re.Match]:
    """NUMERIC_DATE.finditer(text, start, end) as a list: tried only at the start of a line that holds a year before
    a 年 (found from each 年 backwards: the year's four digits, maybe whitespace, then 年), where the scan from each
    line break tries its year at each of a line's first 31 characters (≈ 45 k instructions a report). A match's year
    is the first digits of its line (no digit and no line break before them), so its line is one of these."""
    starts: list[int] = []
    at = text.find("年", start, end)
    while at >= 0:
        year_end = at
        while year_end > start and text[year_end - 1].isspace():
            year_end -= 1
        if year_end - 4 >= start and text[year_end - 4:year_end].isdecimal():
            line = text.rfind("\n", 0, year_end - 4) + 1
            if line >= start and (not starts or starts[-1] != line):
                starts.append(line)  # (in order: a later 年's year starts after an earlier 年)
        at = text.find("年", at + 1, end)
    found = []
    last_end = start
    for line in starts:
        if line >= last_end and (m := NUMERIC_DATE.match(text, line, end)) is not None:
            found.append(m)
            last_end = m.end()
    return found


def _dates_on_own_line(text: str, start: int, end: int) -> list[tuple[int, str, str, bool]]:
    """(position, date, evidence, alone) of every date that ends its line in text[start:end], after a signature on
    the line or (`alone`) with nothing before it."""
    found = []
    # (a scan only where its date can be: NUMERIC_DATE and CN_DATE end with 日, CN_DATE's year holds 〇/零/○)
    has_day = text.find("日", start, end) >= 0
    cn_year = has_day and any(text.find(c, start, end) >= 0 for c in "〇零○")
    iso = ISO_DATE.search(text, start, end) is not None  # ISO_LINE's date anywhere (a scan led by 1/2, not by ^)
    for regex, possible in ((NUMERIC_DATE, has_day), (CN_DATE, cn_year), (ISO_LINE, iso)):
        if not possible:
            continue
        matches = numeric_dates(text, start, end) if regex is NUMERIC_DATE \
            else list(_OWN_LINE_SCANS[regex].finditer(text, start, end))
        for m in matches:
            d = _date(m["y"], m["m"], m["d"]) if regex is ISO_LINE else _date(*m.groups())
            if d and SITE_STAMP.search(text, m.start(), m.start(1)):
                continue  # "更新于2024年1月12日": a site's update or upload stamp, not a signature's date
            if d:
                alone = not text[m.start():m.start(1)].strip()
                found.append((m.start(), d, snippet(text, m.start(), m.end()), alone))
    return found


def _meta_line_date(text: str) -> tuple[str, str] | None:
    """A date without a label on one of the page's metadata lines near the top (来源, 字体, 浏览 on the line)."""
    head = text[:800]
    lines = head.split("\n")
    at = 0
    for i, line in enumerate(lines):
        start, at = at, at + len(line) + 1
        titled = None
        if len(line) > 100 or "。" in line:
            # (the body run on after the metadata, its line break lost: "2024年01月17日 来源: 某区本年度报告根据…。":
            # the date that opens the line, a metadata word right after it; only that date is read; a46)
            lead = UNLABELLED_DATE.match(line)
            if lead is None or not META_LINE.match(line[lead.end():].lstrip()):
                continue
            line = line[:lead.end()]
        elif not META_LINE.search(line):
            if not DATE_ONLY_LINE.fullmatch(line):
                continue
            titled = _title_above(lines, i)
            if not titled and not _meta_line_next(lines, i):
                continue
        for m in UNLABELLED_DATE.finditer(line):
            if SITE_UPLOAD.search(line) or SITE_UPDATE.search(line, max(0, m.start() - 8), m.start()):
                continue  # a site's upload or update time, not the document's
            if "/" in m.group() and not CLOCK_AFTER.match(line, m.end()) and line[:m.start()].strip():
                continue  # (slashes only as the line's first word or with the post's clock time: "浏览量统计
                # 2017/3/29" is a counter's; a46)
            if titled and int(m.group(1)) < titled:
                continue  # (a date before the title's year is no date of this report: "…2025年…报告\n1998-01-27")
            d = _date(m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5))
            if d:
                return d, snippet(text, start + m.start(), start + m.end())
    return None


# a line that holds only a date and its clock time, a bullet before it perhaps ("  • 2026-01-27 15:42",
# "2021-03-2918:26"): one line of the metadata block when the next line is one (a39)
DATE_ONLY_LINE = re.compile(r"[ \t\u3000•·]*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*")


def _title_above(lines: list[str], i: int) -> int | None:
    """The year of the report's title when it is the line right above lines[i] ("某镇2025年政府信息公开工作年度报告"
    over "2026-01-22 17:49:17": the article's date under its heading; a46), else None."""
    above = lines[i - 1].strip() if i > 0 else ""
    m = REPORT_TITLE_END.search(above) if 0 < len(above) <= 60 and "。" not in above else None
    return int(m.group(1)) if m else None


REPORT_TITLE_END = re.compile(r"((?:19|20)\d{2})[^。]{0,30}(?:年度报告|年报|工作报告)$")
CLOCK_AFTER = re.compile(r"\s*\d{1,2}:\d{2}")


def _meta_line_next(lines: list[str], i: int) -> bool:
    """Whether the next non-empty line after lines[i] is a metadata line (来源, 字体, 浏览…)."""
    following = next((ln for ln in lines[i + 1:] if ln.strip()), "")
    return len(following) <= 100 and "。" not in following and META_LINE.search(following) is not None


# (and the day a reader printed the page: "打印日期:2024-05-21" on a line with 【打印本页】, a23-period)
SITE_UPDATE = re.compile(r"(?:更新|修改|修订)(?:时间|日期)?\s*[:：]?\s*$|打印(?:时间|日期)\s*[:：]?\s*$")
# a site's stamp before a date on its own line: "更新于…", "上传时间：…"
SITE_STAMP = re.compile(r"更新|修改|修订|上传|下载")


# (and a year the title wrote without its 年 after the name: "某区某局2019政务信息公开年报"; a33)
YEAR_OR_OFFICES = re.compile(r"^\d{4}年度?|(?<=政府)机关$|(?<=[\u4e00-\u9fff])(?:19|20)\d{2}$")


def _clean_agency(name: str) -> str:
    name = GENERIC_PREFIX.sub("", name.strip(" |:：“”\"'「」《》<>【】[]*("))  # quotes around the name, not inside
    name = REPORT_COVERS.sub("", name)
    # ("某县人民政府机关": a government and its office reporting together as the government)
    return YEAR_OR_OFFICES.sub("", name).strip()


# a place's own plan for the year as the page's title, the year first ("2022年某区政务公开工作要点"): the place
# whose plan it is (the text speaks as it, 我区; a plan the text only cites is in a sentence, never a line of its own)
PLAN_TITLE = re.compile(r"[ \t]*(?:19|20)\d{2}\s*年度?\s*"
                        r"([\u4e00-\u9fff]{2,20}?(?:省|自治区|市|州|盟|县|旗|区|镇|乡|街道))"
                        r"(?:政务公开|政府信息公开)工作要点[ \t]*")


def _plan_title(text: str) -> tuple[str, str, bool] | None:
    """(place, evidence, False) of a plan's title on the page's first line, or None (a23-blind-doc)."""
    first = text[:text.find("\n")] if "\n" in text else text
    m = PLAN_TITLE.fullmatch(first) if "工作要点" in first else None
    return (m.group(1), snippet(text, 0, len(first)), False) if m else None


def find_agency(text: str, title: re.Match | None) -> tuple[str | None, str, bool]:
    """(name, evidence, site) by author.resolve's order, or (None, why no name is stated, False)."""
    titled = [found for candidate in title_matches(text) if (found := _agency_near_title(text, candidate))]
    if not titled and (plan := _plan_title(text)):
        titled = [plan]
    if len(titled) > 1 and (government := author.GOVERNMENT.search(titled[0][0])):
        # a page's title naming the place's government over the document's own heading naming the place alone
        # ("某省人民政府2014年…报告\n某省信息公开 2015/3/27\n\n某省2014年…年度报告"): the document's heading, as a
        # page title's bare place gives way to a heading naming the government (labelling A92, read both ways; a36)
        place = titled[0][0][:government.start() + 1]
        titled.sort(key=lambda found: found[0] != place)
    if titled and doc_library(text):
        # a document library's page opens with the uploader's file name ("区府办信息公开报告\n- 格式:doc"): a generic
        # name there is the uploader's label, not the document's author
        titled = [found for found in titled if not author.is_generic(found[0])]
    return author.resolve(text, titled)


# (also a title-like line that opens with one: "发文日期: | 2023年01月18日 | 主题分类: | 政府信息公开年报", the page's
# grid, its date no title's year; a44)
PAGE_META = re.compile(r"索引号|发布日期|发布时间|成文日期|发文日期|公开日期|生成日期|主题分类|字号\s*[:：]|浏览次数"
                       r"|点击数|信息来源")


# the first part of a title's name on the line above it, cut where a PDF or a narrow page wrapped the line ("某市住房和
# 城乡\n建设局2021年…年度报告"): no punctuation, a known place at its start, and not ending as a whole name ends (a
# site's header: 某区人民政府, 某市门户网站, or a bare place, 某市 — A4: no prefix from another line)
WRAPPED_HEAD = re.compile(r"[\u4e00-\u9fff]{2,20}")
BARE_AREA_END = frozenset("省州盟旗")  # (自治区 ends in 区, 地区 too: AGENCY reads them)
NOT_WRAPPED_END = re.compile(r"(?:政府|网站|网|门户|办公室|办公厅|委员会|局|委|办|厅|中心|院|署|[省市县区州盟旗])$")


def _wrapped_name(text: str, title: re.Match, part: str) -> tuple[str, str, bool] | None:
    """(name, evidence, False) of a title's name whose first part the line above holds (a17-agency), or None."""
    start = title.start()
    if divisions.place_chain(part) or not text.startswith(part, start) or start < 3 or text[start - 1] != "\n":
        return None
    above_start = text.rfind("\n", 0, start - 1) + 1
    above = text[above_start:start - 1].strip()
    bare_place = author.place_cut_off(above, part)  # "某县\n水利局2021年…报告": the name's place, cut off (A54)
    if not WRAPPED_HEAD.fullmatch(above) or NOT_WRAPPED_END.search(above) and not bare_place \
            or not divisions.place_chain(above) and not bare_place or not AGENCY.fullmatch(above + part):
        return None
    return above + part, snippet(text, above_start, title.end()), False


# a cover's title naming the report it sends or publishes, the name after its opening bracket (maybe none); never
# one that issues a document (印发《…年度报告格式》: the format, no body's report)
COVERED_REPORT = re.compile(r"关于(?:报送|发布|公布)《(.*)$")


def _agency_near_title(text: str, title: re.Match) -> tuple[str, str, bool] | None:
    """(name, evidence, beside): the name in the title line, else on the line above or below it (`beside`: it may
    be the site's header rather than the author, author.resolve lets a lower body named in the text win over it)."""
    for part in (title.group("pre"), title.group("mid")):
        # the name is the segment next to the year: a site's own name before it ("某区人民政府 某镇2022年…",
        # "门户网站 | 某局2022年…") is the page's owner, not the author
        part = SEGMENT_SEP.split(part.strip())[-1] if part and part.strip() else ""
        if cover := COVERED_REPORT.search(part):
            # a cover that sends or publishes the report by its title, "关于报送《某学院2015-2016学年度…年度报告》的
            # 报告", "某部办公厅关于发布《2010年某部…年度报告》的公告": the report's, the name inside its brackets (a44)
            part = cover.group(1)
        part = _clean_agency(part)
        if "关于" in part:
            part = part[:part.index("关于")]  # "某办公室关于做好2021年…年度报告编制工作的通知": the issuer
        if part.endswith("人民"):
            part += "政府"  # "某乡人民政府信息公开…": the name's 政府 is also the title's 政府信息公开
        # (a spam mirror's advertising glued before the name, "某品牌官网安徽省人民政府": the resolver cleans it)
        # (or a bare province, prefecture, league or banner the table knows, which AGENCY_END leaves out:
        # "2017年某省政府信息公开工作年度报告", the title's own area, A2; a24-blind-doc; and a prefecture by its short
        # name, "黄南州2012年…" for 黄南藏族自治州: a35)
        m = (AGENCY.fullmatch(part) or author.GOVERNMENT_WITH_OFFICE.fullmatch(part)
             or (author.SPAM_WORD.search(part) and author.clean(part)[0])
             or part[-1] in BARE_AREA_END and part in (divisions.place_chain(part), divisions.place_prefix(part))
             # (and a county of two characters the table knows, which AGENCY's three leave out: "叶县2012年…"; a43)
             or len(part) == 2 and part[-1] == "县" and divisions.place_chain(part) == part) \
            if part else None
        # (a name cut so short its second part is no name alone: "某县水\n利局2021年…")
        if part and (m or len(part) <= 2) and (wrapped := _wrapped_name(text, title, part)):
            return wrapped
        if m and len(part) >= 2:
            return part, snippet(text, title.start(), title.end()), False
    # "关于…工作情况的汇报\n市民政局": the agency on the line below; "淮安市某区人民政府\n2024年…年度报告": on the
    # line above; with a name on both, the one above is the site's header ("某区人民政府\n2020年度…报告\n某大学")
    line_end = text.find("\n", title.end())
    below = text[line_end + 1:text.find("\n", line_end + 1)].strip() if line_end >= 0 else ""
    if below[:1] in "(（" and below[-1:] in ")）":
        below = below[1:-1].strip()  # "2009年度…年度报告\n(某县某局)": the title's name in brackets on its own line
    # (a body with its second name in brackets: "某经开区管委会(某商务区管委会)"; never a line that ends with a colon:
    # the addressee of a report sent up, "某大学关于2022-2023学年…的报告\n省教育厅:", "…\n县政府办:", a23 lead)
    below_name = below and below[-1] not in ":：" and (len(below) <= 20 and AGENCY.fullmatch(_clean_agency(below))
                            or len(below) <= 40 and author.BODY_WITH_ALIAS.fullmatch(_clean_agency(below)))
    # (a line of the site's metadata between them is skipped: "某乡\n索引号:… 发布日期:…\n2021年…年度报告")
    lines_above = text[max(0, title.start() - 300):title.start()].rstrip("\n").split("\n")[-3:]
    while len(lines_above) > 1 and PAGE_META.search(lines_above[-1]):
        lines_above.pop()
    above = first = lines_above[-1].strip()
    if len(lines_above) > 1 and author.place_cut_off(lines_above[-2].strip(), _clean_agency(above)):
        first = lines_above[-2].strip()
        above = first + above  # "某县\n水利局\n2021年…年度报告": the name's place cut off (A54)
    if above.endswith((":", "：")):
        above = ""  # "省教育厅:\n根据…": a letter's addressee above the first line, as below a title (a23-agency-rest)
    if above and author.SPAM_WORD.match(above) and len(above) <= 40:
        # "puroview.com某镇\n2008年…年度报告": a spam mirror's domain glued before the name (the resolver cleans it)
        name = author.clean(above)[0]
        if name and AGENCY.fullmatch(name) and not author.GOVERNMENT.search(name):
            return above, snippet(text, text.rfind(above, 0, title.start()), title.end()), True
    if above and AGENCY.fullmatch(_clean_agency(above)) and not (below_name and author.GOVERNMENT.search(above)):
        at = text.rfind(first, 0, title.start())
        return _clean_agency(above), snippet(text, at, title.end()), True
    if below_name:
        return _clean_agency(below), snippet(text, line_end + 1, line_end + 1 + len(below)), True
    return None


# a report stated to cover a government as a whole: "本报告内容包括区政府及区政府各部门…", "汇总了县政府和各部门…"
COVERS_GOVERNMENT = re.compile(r"(?:报告|年报)[^。]{0,20}(?:包括|涵盖|汇总|反映)[^。]{0,12}"
                               r"(?:省|市|区|县|州|旗)(?:人民)?政府(?:本级)?(?:及|和|与|、|以及)[^。]{0,16}(?:各|所属)(?:工作)?部门")


# a report compiled from the reports of the government's departments and townships ("根据各部门和各乡镇的年度报告汇总
# 编制", "综合各区县政府和市级各部门的年度报告编制而成"): the office that compiles it answers for the government
COMPILED_REPORT = re.compile(r"(?:汇总|综合)[^。]{0,40}(?:各部门|各乡镇|各街道|各县|各区|部门和|乡镇和)"
                             r"|(?:各部门|各乡镇|各街道)[^。]{0,30}(?:年度报告|年报)[^。]{0,6}(?:汇总|综合)"
                             # (or the counties' and departments' reports it was compiled from, with no 汇总/综合:
                             # "根据…以及各县市区人民政府、…和市政府各部门的2016年…年度报告编制"; a24-agency-town)
                             r"|各(?:县|区)[^。]{0,60}?各部门[^。]{0,40}?(?:年度报告|年报)[^。]{0,6}?(?:编制|编写)")
WHOLE_AREA_VOICE = re.compile(r"[我全本](?:区|县|市|省|旗)")


STREET_OFFICE = re.compile(r"全街道|本街道|我街道|街道党工委|街道办事处")


# a unit named with its name left blank ("XX街道2020年上半年工作总结", "某县政务公开工作总结", "**区", "〔…〕镇"): the
# level is stated though the name is not. The name's last unit decides, as in a real name: "XX区XX局" and
# "某县水利局2020年…" are departments, not the district or county they open with
BLANK_UNIT = re.compile(r"(?:(?:[xX×Ｘ]{1,4}\s*|某|\*{1,3}|〔…〕)(镇|乡|街道|县|区|市|局|委))+"
                        r"(?:[\u4e00-\u9fff]{0,8}?(局|委员会|办公室|中心)(?=[\d\s年关(（]|政府信息|$))?")
BLANK_LEVEL = {"镇": "township", "乡": "township", "街道": "township", "县": "county", "区": "county", "市": "city",
               "局": "department", "委": "department"}


BLANK_BODY_WITHOUT_LEVEL = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:医院|卫生院|中学|小学|公司)")


def blank_unit_level(text: str) -> tuple[str, str] | None:
    """(level, evidence) of a unit whose name is a blank in the opening, or None."""
    if not any(c in text[:600] for c in "xX×Ｘ某*…"):
        return None
    m = BLANK_UNIT.search(text, 0, 600)
    if m is None or BLANK_BODY_WITHOUT_LEVEL.match(text, m.end()):
        return None  # ("由xx县中医院编制": a hospital or school in a blank county has no level of its own, L17)
    return ("department" if m.group(2) else BLANK_LEVEL[m.group(1)]), snippet(text, m.start(), m.end())


def voice_level(text: str) -> tuple[str, str] | None:
    """The level a text speaks from ("我局…", "我镇…"): the most frequent first-person form in its opening."""
    head = text[:4000]
    said = voice_openings(head)
    for level, regex in VOICE_LEVEL:
        if level == "province" and "我省" not in said and "我区" not in said:
            # both forms need one of these words (said holds the two characters at each 我: the words are in the head
            # exactly where they are in said); the 自治区 branch is otherwise tried at every character
            continue
        if regex in VOICE_OPENINGS and said.isdisjoint(VOICE_OPENINGS[regex]):
            continue
        m = _VOICE_SCAN[regex].search(head)
        if m:
            if m.group() in ("厅机关", "厅门户网站") and not OWN_DEPARTMENT_VOICE.search(head) \
                    and OTHER_FIRST_PERSON.search(head):
                continue  # "我镇…规范厅门户网站栏目": the text speaks as a township, the 厅 is another body
            if m.group() in ("我办", "本办") and (STREET_OFFICE.search(head) or TOWNSHIP_VOICE.search(head)):
                # a 街道办事处 calls itself 我办 too ("全街道", "街道党工委"), and so does a township's office
                # beside the township's own 我乡/我镇
                level = "township"
            elif "厅" in m.group() and PROVINCE_CONTEXT.search(head) and not CITY_GENERAL_OFFICE.search(head):
                level = "province"  # a 厅 answers to its province ("省委、省政府", "全省"): the labels' level
            return level, snippet(text, m.start(), m.end())
    return None


# a department speaking as itself in the first person; other first-person voices; a township's
OWN_DEPARTMENT_VOICE = re.compile(r"我局|我委|我办|本局|本委|我厅|本厅|我中心")
OTHER_FIRST_PERSON = re.compile(r"[我本](?:镇|乡|街道|县|区|市|旗)")
TOWNSHIP_VOICE = re.compile(r"[我本](?:镇|乡|街道)")
# what a provincial department's text says of its province; a city government's 办公厅 also says 我厅
# (an autonomous region's too: "自治区党委、自治区政府", a15-agency)
PROVINCE_CONTEXT = re.compile(r"省(?:委|政府|人民政府|厅)|全省|我省|自治区(?:党委|政府|人民政府)")
CITY_GENERAL_OFFICE = re.compile(r"(?:市|州)(?:人民)?政府办公厅")
# a school's own page that names no school: its offices and the school rules it follows
# (本校 and a bare 校办 are left out: a news item writes "某大学并未发布本校…报告", "记者向北大校办咨询")
SCHOOL_OWN = re.compile(r"我校|党办校办|党委办公室[、/(]校长办公室"
                        # a college's rules in its own voice: "结合我院实际", "结合学校工作实际" (a14-agency)
                        r"|我院|本院|结合(?:学校|学院)(?:的)?(?:工作)?实际")
SCHOOL_RULES = re.compile(r"信息公开事项清单|高等学校信息公开|高校信息公开|教育部令第29号|学年|学校章程|办学")


def school_level(text: str) -> tuple[str, str] | None:
    """("university", evidence) for a school's page that names no school but speaks as one (我校, its 党办校办 as
    the office in charge) under the rules for schools (清单, 《高等学校信息公开办法》, 学年, 学校章程), else None."""
    head = text[:3000]
    m = SCHOOL_OWN.search(head)
    if m and SCHOOL_RULES.search(head):
        return "university", snippet(text, m.start(), m.end())
    return None


# a township or street office that calls itself by its kind alone, its name stripped or never given: "乡人民政府
# 2022年上半年工作汇报", "街道上下团结一心" (not 乡镇, 各乡, 全乡: other words' parts or other voices)
# (or as a sentence's subject before its year's figures: "2025年度,街道未收到…申请", "街道累计主动公开…"; a20-agency)
BARE_TOWNSHIP = re.compile(r"(?:^|\n|[,，。;；])\s*(?:乡|镇|街道)(?:人民政府|政府|办事处|党委|党工委|上下"
                           r"|(?=未收到|累计主动公开|共收到|共主动公开|全年共|全年主动公开))")


# a department's budget or final accounts under its name (author.BUDGET_TITLE): the name's level, where the name was
# not taken (a place not in the division table, advertising in it)
def budget_unit_level(text: str) -> tuple[str, str] | None:
    """(level, evidence) of the unit whose 部门决算/部门预算 the opening lines title, or None."""
    m = author.BUDGET_TITLE.search(text, 0, 300) if "决算" in text[:300] or "预算" in text[:300] else None
    level = find_level(m.group("name")) if m else "unknown"
    return (level, snippet(text, m.start("name"), m.end())) if m and level != "unknown" else None


# a government that names its own departments ("市政府各部门", "省政府各委、办、厅、局") beside the units one level
# below it ("各县(市)区", "各市(州)政府", "各乡镇"): the government's own text, at its level (unit → level, the units
# below it)
# (or its departments as 市直: "各县、区政府,市直有关单位:"; a36)
OWN_DEPARTMENTS = re.compile(r"(省|市|州|县|区|旗)(?:(?:人民)?政府(?:各|所属各?|直属各?)(?:部门|委|单位|直属机构)"
                             r"|直(?:各|有关|属)?(?:部门|单位))")
UNITS_BELOW = {"省": ("province", re.compile(r"各(?:设区的?)?市|各地市|市\s*[(（、]\s*州|各州")),
               "市": ("city", re.compile(r"各县|县\s*[(（]\s*市|县市区|各区县|县\s*[、(（]\s*区")),
               "县": ("county", re.compile(r"各乡镇|各镇|各乡|各街道|乡\s*[(（]\s*镇")),
               }
UNITS_BELOW["州"] = UNITS_BELOW["市"]
UNITS_BELOW["区"] = UNITS_BELOW["旗"] = UNITS_BELOW["县"]
# a centre that calls itself by its kind as a sentence's subject ("2020年，中心网站发布…", "中心主动公开…"; never
# 中心城区)
CENTRE_ITSELF = re.compile(r"(?:^|[\n。，,；;：:)）]|(?:19|20)\d{2}年度?)\s*中心(?=网站|主动|未|共|严格|认真|高度|按照|"
                           r"结合|坚持|进一步|官方|新媒体|门户|领导|党组|始终|积极|全年|通过|依法|及时)", re.M)


def government_of_units_level(text: str) -> tuple[str, str] | None:
    """(level, evidence) of a government's text that names no body but names its own departments and the units one
    level below it ("各县(市)区、市政府各部门…"), or None."""
    head = text[:3000]
    for m in OWN_DEPARTMENTS.finditer(head):
        level, below = UNITS_BELOW[m.group(1)]
        if below.search(head):
            return level, snippet(text, m.start(), m.end())
    return None


def unnamed_unit_level(text: str) -> tuple[str, str] | None:
    """The level stated by a text that names no body: a blank in a unit's name, a department's budget titled with
    its name, a township that calls itself by its kind alone, a government naming its departments and the units
    below it, a centre speaking of itself by its kind, or a school's own page."""
    found = blank_unit_level(text) or budget_unit_level(text)
    if found is None and (m := BARE_TOWNSHIP.search(text, 0, 1500)):
        found = "township", snippet(text, m.start(), m.end())
    if found is None and "政府" in text[:3000]:
        found = government_of_units_level(text)
    if found is None and "中心" in text[:3000]:
        hits = list(CENTRE_ITSELF.finditer(text, 0, 3000))
        if len(hits) >= 2:
            found = "department", snippet(text, hits[0].start(), hits[0].end() + 4)
    return found or school_level(text)


# no unit below a province in the rest of a provincial body's name (市场, 市政, 区域, 城乡, 乡村, 城市, 城镇 are words)
NO_PLACE_BELOW = r"(?!.*(?:(?<!城)市(?!场|政)|州|县|(?<!经济)区(?!域)|盟|(?<!城)镇|(?<!城)乡(?!村)|街道))"
# a body the contract has no level for: a hospital, a school below the universities (its 我校 is no university's)
# (a hospital by its other names too: 某市妇幼保健院, 某镇卫生院; a22-agency-other)
# (nor a public enterprise: 某市水务集团有限公司, labelling L16, a15-agency)
# (a court, a procuratorate, a people's congress or a CPPCC committee and their offices: bodies outside the
# administration whose levels the contract lists, as a hospital or a company; docs/labelling.md L19, a17-agency)
# (nor a kindergarten, a school by its short name, 某县二中, a secondary vocational school, 某县职业中等专业学校, or a
# public farm, 某林场, 园艺场: labelling L21, a19-agency; nor a technician college, 某市技师学院, a 技工院校 as a
# 技工学校 is: L38; nor a power company by its old name, 某市电业局, 某供电局, an enterprise of the grid: L39,
# a24-agency-other)
# (and the public service institutions the labels give no level as they give hospitals none: 疾控中心, 妇幼保健…中心,
# 广播电视台, 博物馆; 12 blind labels unknown, 1 department; a44)
# (and a vertically managed national body's branch in a place, 某海关, 某海事局, 某省邮政管理局, 国家税务总局某区
# 税务局, 国家统计局某调查队, 某市烟草专卖局, 某银保监分局, 中国人民银行某中心支行: part of its national agency, whose
# level the contract does not list, L7, whatever voice it speaks in; the blind labels say unknown 40 times in 41, a52.
# A local tax bureau before the 2018 merger, 地方税务局, is its government's; a weather bureau, under both, stays its
# place's: the labels split)
NO_LEVEL = re.compile(r"(?:海关|关区|海事局|邮政管理局|(?<!地方)税务局|调查总?队|烟草专卖分?局"
                      r"|银保?监分?局|保监局|证监局|外汇管理局|[支分]行|检验检疫局"
                      r"|医院|保健院|卫生院|中学|小学|幼儿园|疾病预防控制中心|疾控中心"
                      r"|妇幼保健[\u4e00-\u9fff]{0,8}中心|广播电视台|电视台|博物馆|"
                      r"(?:中等专业|中等职业|职业中等专业|技工)学校|技师学院|[一二三四五六七八九十]中|"
                      r"(?<=[林农牧茶渔果艺殖种])场|公司|(?:电业|供电)局|人民法院|人民检察院|"
                      r"(?:人大常委会|人民代表大会常务委员会|政协|"
                      r"政治协商会议[\u4e00-\u9fff]{0,12}委员会)(?:机关|办公厅|办公室)?)$")
LEVEL_PATTERNS = (
    ("unknown", NO_LEVEL),
    # (职院: a vocational college by its usual short form, 某地职院 for 某地职业技术学院; a22-agency-other)
    # (an academy, 中国科学院, 某省农业科学院, is no school: the levels below read it as a national or a provincial
    # body, or a department; a23-agency-other)
    # (a school below the universities, 某职业学校, 某小学, has none of the levels: a47; its 高等专科学校 and a
    # 师范学校 reporting under the 高校办法 are universities)
    ("university", re.compile(r"(?:大学|(?<!科)学院|专科学校|高等学校|师范学校|高校|职院)$")),
    # a government's own research or counsellors' office (some province's 人民政府研究室 too) reports for itself,
    # as a city's 政府办公室 does: a department of its government
    ("department", re.compile(r"(?:人民政府|政府|市府)(?:研究室|参事室)$")),
    # a national agency: its level is not one the contract lists (corpus labelling choice)
    # (the Youth League's committee of a place by the league's full name, 中国共产主义青年团某市委员会, is no national
    # body: A120, a24-agency-other)
    ("unknown", re.compile(r"^(?:国家|国务院|中华人民共和国|中国(?!共产主义青年团)|最高人民)[\u4e00-\u9fff]*"
                           r"(?:部|局|署|委员会|总局|办公室|办公厅|委|院|办|所)$"  # (所: 中国科学院某研究所, A38)
                           # a ministry by its bare name (教育部, 海关总署, 市场监管总局): no place in it
                           # (农村 is no village: 农业农村部)
                           r"|^(?![^()]*(?:省|市|县|区|州|盟|旗|镇|乡|街|(?<!农)村))[\u4e00-\u9fff]{1,10}(?:部|署|总署|总局)"
                           # and its general office (教育部办公厅)
                           r"(?:办公厅)?$")),
    # a province, its general office and its departments (山西省交通运输厅, 广东省人民政府办公厅)
    # (市场/市政/区域 in a department's name are no place: 省市场监管局, 浙江省市场监督管理局; nor are 城乡/乡村/
    # 城市/城镇: 住房和城乡建设厅, 乡村振兴局, 城市管理局 — a15-agency)
    ("province", re.compile(rf"^[\u4e00-\u9fff]{{2,8}}?(?:省|自治区){NO_PLACE_BELOW}")),
    # 省外事办, 自治区审计厅: a bare 省 or 自治区 opens a provincial body (generic, A11; its level L5, a15-agency)
    ("province", re.compile(rf"^(?:省|自治区){NO_PLACE_BELOW}")),
    ("province", re.compile(r"^(?:北京市|天津市|上海市|重庆市)(?:人民政府|政府)?(?:办公厅)?$")),
    # (苏木: a 乡 in Inner Mongolia; 驻京办事处: not a township)
    ("township", re.compile(r"(?:镇|乡|苏木|街道|街)(?:人民政府|政府)?(?:办事处)?$|^(?!.*驻).*办事处$")),
    # a city or county 政府办公室 reporting for itself is one of its government's departments
    ("department", re.compile(r"(?:人民政府|政府)(?:办公室|办公厅|办)$")),
    # (a zone by its name or its committee: 某高新区管委会, 某经济区管理委员会, 某空港新城; a scenic area's
    # 景区管理委员会 is a department, and so is a park's 科技产业园管理委员会 as the a11 label has it, labelling L8;
    # a park's 工业园区管委会 too, whatever place opens its name: 某县工业园区管委会, labelling L15, a15-agency;
    # the park by its name, 某工业园区, is an area as a zone is, county: a13 m-111; and so without 区, 某电子产业园,
    # 某工业园: a22-agency-gov)
    ("county", re.compile(r"(?:县|区|旗|县级市)(?:人民政府|政府)$"
                          r"|(?:高新区|开发区|经开区|新区|经济区|工业区|示范区|试验区|保税区|新城)"
                          r"(?:管委会|管理委员会|管委)?$|(?<!关)(?<!地)[县区旗]$|(?:产业|工业|科技|物流)园$")),
    # (阿坝州: a prefecture by its short name; 某地区行署: its 行政公署 by the short word, a48)
    ("city", re.compile(r"(?:市|州|盟|地区)(?:人民政府|政府|行政公署|行署)(?:\(.*\))?$|(?:市|州|盟|地区)$")),
    # (a customs district, 某海关关区, is its customs: a15-agency; a vertical system, 某市气象部门, its bureaus:
    # a17-agency, A34)
    ("department", re.compile(r"(?:局|厅|关区|委|委员会|办|办公室|中心|管委|管委会|管理委员会|署|所|院|海关|馆|站|队|"
                              r"处|部|部门|会|社|联|台)$")),
)


ALIAS = re.compile(r"\([^()]*\)$")
# (any second name: 某高新区(某科技城)管委会, 某经开区(某江)管委会, a15-agency)
INNER_ALIAS = re.compile(r"(?<=区)\([^()]+\)(?=管委会|管理委员会|管委)")
# a unit being set up ("某区某街道办事处筹备处"): the level of the unit it prepares
PREPARING = re.compile(r"(?:筹备处|筹备组|筹建处|筹备办公室)$")
# a national system's head before a place's bureau of it ("国家税务总局某市某区税务局", "国家统计局某调查队"): the
# bureau is the place's, its level the place's as for 某省气象局 (a35)
NATIONAL_SYSTEM = re.compile(r"(?:国家|中国)[\u4e00-\u9fff]{1,10}?(?:总局|局)")


@lru_cache(maxsize=4096)  # asked once or twice a report of its agency's name; a batch's names repeat
def find_level(agency: str | None) -> str:
    if agency:
        agency = ALIAS.sub("", agency)  # "某市人民政府(市人民政府办公厅)": the level of the name before the brackets
        agency = INNER_ALIAS.sub("", agency)  # "某高新区(某经开区)管委会": a zone's second name inside (a13-audit)
        agency = PREPARING.sub("", agency) or agency
        if author.joint_bodies(agency):
            agency = author.JOINT_SEPARATOR.split(agency)[0]  # "某区人民政府及其办公室": the first body's level
        if (system := NATIONAL_SYSTEM.match(agency)) and divisions.place_chain(agency[system.end():]):
            agency = agency[system.end():]
        elif system and (in_full := divisions.province_by_short(agency[system.end():])):
            agency = in_full  # "国家统计局湖北调查总队": a corps in a province named short is the province's (L44, a36)
        if agency.endswith("系统") and author.system_title(agency):
            agency = agency[:-2] + "局"  # a bureau's system is at its bureau's level (某省邮政管理系统: province)
        for level, regex in LEVEL_PATTERNS:
            if regex.search(agency):
                return level
    return "unknown"


SCHOOL_REPORT = re.compile(r"高等学校信息公开|高校信息公开")
OFFICE_OF_GOVERNMENT = re.compile(r"(?:人民)?政府(?:办公室|办公厅|办)$")
OFFICE_SUFFIX = re.compile(r"(?:办公室|办公厅|办)$")
# a government office's document issued for its government: a title "某市人民政府办公室关于…的通知/通报", or a line
# that addresses the government's subordinates ("县、区人民政府,市政府各部门、各单位:", "各镇政府、街道办事处,区政府
# 各部门、直属单位:")
NOTICE_TITLE = re.compile(r"关于[^\n]{2,60}?(?:通知|通报|意见|批复|函)(?=\s|$)")
ADDRESSEES = re.compile(r"(?:^|\n)[ \t]*((?=[^\n]{0,40}各)[^\n:：。]{0,40}"
                        r"(?:各部门|各单位|直属单位|各镇|街道办事处|人民政府)[^\n:：。]{0,30}[:：])[ \t]*(?=\n)")
# (or glued to the notice's title by a page that flattened it: "…的通知各镇人民政府、街道办事处,市政府有关部门:为…")
TITLE_THEN_ADDRESSEES = re.compile(r"(?<=通知)[ \t]*(各[^\n:：。]{0,40}?"
                                   r"(?:各部门|各单位|直属单位|各镇|街道办事处|人民政府)[^\n:：。]{0,30}[:：])")


def notice_office(agency: Fact, why: str, title_line: str) -> Fact | None:
    """A department's office named as a notice's issuer (its signature or heading `某厅办公室`), which the agency
    reading reduced to the department (A19: an office compiles a report for its department): the office that issues
    a notice keeps its name (A132; a35). None when the text is no notice or names no office of the agency."""
    if not (why.startswith("致各单位的通知") or NOTICE_TITLE.search(title_line)):  # (kind.addressed_notice's why)
        return None
    said = author.snippet_of(agency.evidence)
    m = re.search(re.escape(agency.value) + r"(?:办公室|办公厅)(?![主副])", said)
    return Fact(m.group(), agency.evidence) if m else None


def issued_for_government(text: str, agency: tuple[str, str]) -> str | None:
    """The evidence that a government office's document is a notice it issues for its government (the labels give
    such a notice the government's level, an office's own report the level department), or None."""
    if agency[1].startswith(author.SOURCE_WORDS["title"]) and NOTICE_TITLE.search(agency[1]):
        return agency[1]
    m = ADDRESSEES.search(text, 0, 1200) or TITLE_THEN_ADDRESSEES.search(text, 0, 1500)
    return snippet(text, m.start(1), m.end(1)) if m else None


# a government office writing up its whole area's work, not its own ("现将2016年我县政府信息公开工作汇报如下", a heading
# "一、全县政府信息公开情况"): the labels give it its government's level (shared/corpus/dev seed-002-01;
# docs/labelling.md L2), as for a notice it issues for the government
AREA_WORK = re.compile(r"现将[^。\n]{0,12}?[我全本](?:县|区|市|省|旗|州)(?:政府)?(?:政府信息公开|政务公开|信息公开)"
                       r"[^。\n]{0,12}?(?:汇报|报告|总结)如下"
                       r"|(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．][ \t]*)?全(?:县|区|市|省|旗|州)"
                       r"(?:政府信息公开|政务公开|信息公开)(?:工作)?情况[ \t]*(?=\n)")


def writes_up_area(text: str, office: str = "", voice: tuple[str, str] | None = None) -> str | None:
    """The evidence that a government office's text writes up its whole area's work, or None: a heading or a
    sentence that says so, or a text that speaks only as its area ("我县按照…", "全县…"), never as the office
    (我办, 本办, 本单位), its area the office's own (某县人民政府办公室 and 我县)."""
    m = AREA_WORK.search(text, 0, 3000)
    if m:
        return snippet(text, m.start(), m.end())
    if voice and office and voice[0] in ("county", "city") and "我" in voice[1] \
            and find_level(OFFICE_SUFFIX.sub("", office)) == voice[0] and not OFFICE_VOICE.search(text, 0, 4000):
        return voice[1]
    return None


# a report compiled from a zone's work of the year ("结合2019年高新区政府信息公开工作实际编制")
ZONE_AREA_COMPILED = re.compile(r"结合\s*(?:(?:19|20)\d{2}\s*年度?)?\s*[\u4e00-\u9fff()]{0,20}?"
                                r"(高新区|开发区|经开区|新区|经济区|园区|工业区|示范区|试验区|保税区|新城)\s*的?"
                                r"(?:政府信息公开|政务公开|信息公开)工作[^。\n]{0,8}?编制")
# an office speaking as itself
OFFICE_VOICE = re.compile(r"[我本](?:办|室|厅|单位)(?![事理法公])")
WEAK_SOURCES = tuple(author.SOURCE_WORDS[s] + ":" for s in author.OUTSIDE_SOURCES)


def fits_voice(name: str, voice: tuple[str, str]) -> bool:
    """Whether a name read from a weak source (metadata, guide, contact) can be the body the text speaks as: a
    township's report (我镇/我街道) names a township or street office, a school's (我校) a school, and a
    department's (我局/我委, not a 政府办's 我办) no government office."""
    if voice[0] == "township":
        return bool(author.TOWNSHIP.search(name) or name.endswith("办事处"))
    if voice[0] == "university":
        return bool(author.SCHOOL.search(name) or author.SCHOOL_BELOW.search(name) or name.endswith("职院"))
    if voice[0] == "department" and "办" not in voice[1]:
        return not OFFICE_OF_GOVERNMENT.search(name)
    return True


# (or 政府办公室 with no 人民 after a place of its own: "由某市政府办公室编制"; a46 — a bare 市政府办公厅 stays)
OFFICE_OF_PLACE = re.compile(r"(.+?)人民政府办公(?:室|厅)|(.{2,}?)政府办公(?:室|厅)")
# the basis a compiler may name between itself and its verb ("由某市人民政府办公厅根据《条例》要求编制": A56)
BASIS_BEFORE_VERB = r"(?:(?:根据|按照|依据|依照|结合)[^。\n]{0,200}?)?"
# a text that speaks as a whole county, district, city, province or banner
SPEAKS_AS_AREA = re.compile(r"我(?:区|县|市|省|旗)")
# the area's place written in the text as itself, not as the office's, the site's or the government's name
# ("2017年某县按照…", "是2018年某省各级行政机关…"; not "某县人民政府办公室", "某县政府信息公开网站", "某省人民政府网")
PLACE_NOT_AS_NAME = r"(?!(?:人民)?政府(?:办公|网|门户)|[^。\n]{0,12}?网站)"


def office_for_area(text: str, agency: tuple[str, str]) -> str | None:
    """Who reports when a government's office is the only naming, or None for the office itself. A report stated to
    cover the government and its departments, or compiled from the area's departments' and townships' reports in the
    area's voice, is the government's. Otherwise the office is the contact of, or compiles (由…编制, or with no 由,
    "某办公室编制了…报告": a36), a report that speaks as the whole area — 我县/我区, or for the compiler also the
    place itself as a sentence's subject ("2017年某县按照…") — never as the office (我办, 本单位): the compiler gives
    the area, its place as written (labelling A5, A128: web g19-035 and the fresh pages' labels); the contact gives
    the government (web g19-050, test_agency_a8)."""
    office = OFFICE_OF_PLACE.fullmatch(agency[0])
    if office is None:
        return None
    head = text[:4000]
    place = office.group(1) or office.group(2)
    compiles = agency[1].startswith(author.SOURCE_WORDS["opening"]) \
        and re.search(f"{re.escape(agency[0])}(?:组织)?{BASIS_BEFORE_VERB}编制", text) is not None
    own_voice = OFFICE_VOICE.search(head) is not None
    # (the place as a subject only in a text with no lower body's voice: "请联系某区某局" under 我局 is a bureau's
    # report that copied the office's opening; a44)
    area_voice = SPEAKS_AS_AREA.search(head) is not None \
        or compiles and re.search(re.escape(place) + PLACE_NOT_AS_NAME, head) is not None \
        and author.LOWER_VOICE.search(head) is None
    government = re.sub(r"办公(?:室|厅)$", "", agency[0])
    if COVERS_GOVERNMENT.search(text[:3000]) or not compiles and COMPILED_REPORT.search(text[:3000]) \
            and WHOLE_AREA_VOICE.search(head):
        return government  # the report says it covers the government (区政府及各部门) or sums the area's reports
    if (agency[1].startswith(author.SOURCE_WORDS["contact"]) or compiles) and not own_voice and area_voice:
        return place if compiles and author.BARE_PLACE.fullmatch(place) else government
    return None


GOVERNMENT_END = re.compile(r"(?:人民)?政府$")


def _period_after_published(year: tuple[int, str, str, str], published: str, text: str,
                            title: re.Match | None) -> tuple[int, str, str, str] | None:
    """The title's year when the statistics period that beat it is a calendar year that had not ended by the day
    the report was published ("上海市某局2024年…年度报告", "统计期限自2025年1月1日起至2025年12月31日止", 发布日期
    2025-01-20): a report cannot count a year still to come, the period's year is a slip (a46); else None."""
    titled = titled_year(year[3]) if year[3] else None
    if titled is None or "-" in year[1] or titled != year[0] - 1 or published[:4] != str(year[0]):
        return None
    said = _title_year(text, title)
    return titled, str(titled), said[2] if said else year[2], \
        f"标题为{titled}年, 统计期间为{year[1]}: 统计期间在发布日期之后, 以标题为准"


def meta_facts(text: str) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    title = title_match(text)
    year = find_year(text, title)
    published = find_published(text)
    if year and published and (stated_after := _period_after_published(year, published[0], text, title)):
        year = stated_after
    if year:
        facts["doc.year"] = Fact(year[0], year[2])
        facts["doc.period"] = Fact(year[1], year[2])
        if year[3]:
            facts["doc.period_mismatch"] = Fact(year[3], year[2])
    if published:
        facts["doc.published_on"] = Fact(*published)
    name, agency_evidence, site = find_agency(text, title)
    agency = (name, agency_evidence) if name else None
    if agency is None:
        facts["doc.agency_missing"] = Fact(agency_evidence, agency_evidence)
    voice = voice_level(text)
    if agency and (reporter := office_for_area(text, agency)):
        agency = (reporter, agency[1])
    if agency and not agency[1].startswith(author.SOURCE_WORDS["title"]) \
            and (office := author.ZONE_COMMITTEE_OFFICE.fullmatch(agency[0])) \
            and (area := ZONE_AREA_COMPILED.search(text, 0, 3000)) and area.group(1) in office.group(1) \
            and not OFFICE_VOICE.search(text, 0, 4000):
        # "结合2019年高新区政府信息公开工作实际编制" over "某高新区管委会办公室政务公开工作按照…": the report is the
        # zone's, its committee's office only the first sentence's subject: the committee (A24, a15-agency)
        agency = (office.group(1), agency[1])
    level = find_level(agency[0] if agency else None)
    level_evidence = agency[1] if agency else ""
    if agency and level == "department" and OFFICE_OF_GOVERNMENT.search(agency[0]) \
            and (notice := issued_for_government(text, agency) or writes_up_area(text, agency[0], voice)):
        # "武威市人民政府办公室关于做好…年度报告编制和发布工作的通知": the office speaks for the government
        level, level_evidence = find_level(OFFICE_SUFFIX.sub("", agency[0])), notice
    # (a title's name counts only when it stood on a line of its own beside a title that names no one: the site's
    # header, "某县人民政府\n政府信息公开年度报告")
    # (or a bare place on the line beside a title, "某区\n2022年…年度报告", which resolve reads as a header: a20-agency)
    site_owner = voice and agency and level in ("county", "city") \
        and (agency[0].endswith("人民政府") or site and author.BARE_PLACE.fullmatch(agency[0]) is not None) \
        and (site or not agency[1].startswith(author.SOURCE_WORDS["title"]))
    if site_owner and voice and agency and voice[0] == "township":
        # a township's report hosted on its county's site ("发布机构: 某区人民政府", the text says 我镇/我街道) and
        # naming itself nowhere: the site's owner is not the author
        facts["doc.agency_missing"] = Fact(f"{agency[1][:80]} 是网站主办单位, 正文以乡镇/街道口吻: {voice[1]}",
                                           agency[1])
        agency, level = None, "unknown"
    elif site_owner and voice and agency and level == "city" and voice[0] == "county" \
            and not re.search(r"[我全]市", text[:4000]):
        # a county's report (我县/全区, never 我市/全市) on a site whose owner is a city government, naming itself
        # nowhere: the owner is not the author either
        facts["doc.agency_missing"] = Fact(f"{agency[1][:80]} 是网站主办单位, 正文以县/区口吻: {voice[1]}", agency[1])
        agency, level = None, "unknown"
    if agency and GOVERNMENT_END.search(agency[0]) and not agency[1].startswith(author.SOURCE_WORDS["title"]) \
            and (voice and voice[0] == "university" or year and "-" in year[1] or SCHOOL_REPORT.search(text[:3000])):
        # a school's report (学年, 《高等学校信息公开办法》, 我校) names a government only as a site's owner or its
        # supervisor: the school is not named, and the government is not the author
        facts["doc.agency_missing"] = Fact(f"{agency[1][:80]} 不是学校: 高校信息公开年度报告未写明学校名称", agency[1])
        agency, level = None, "unknown"
    elif site_owner and voice and agency and voice[0] == "department" and title is None:
        # a department's report on its government's site ("发布机构: 某区人民政府", "我局…"): the place is what the
        # text states of the author (the labels' choice: 东湖区)
        agency, level = (agency[0].removesuffix("人民政府"), agency[1]), "unknown"
    if agency and voice and agency[1].startswith(WEAK_SOURCES) and not fits_voice(agency[0], voice):
        # a name read only from the site's metadata, a guide or the contact line that is not the kind of body the
        # text speaks as: "请与某县人民政府办公室联系" or "来源: 县政务服务中心" under 我镇/我局/我校 — the office
        # that answers for the whole area or the site's, not the author (a 政府办's own report speaks as 我办)
        facts["doc.agency_missing"] = Fact(f"{agency[1][:80]} 与正文自称不符, 不是作者: {voice[1]}", agency[1])
        agency, level = None, "unknown"
    if level == "unknown" and agency is None and (budget := budget_unit_level(text)):
        voice = budget  # a unit's 决算/预算 titled with its name: its level, over the 全区 its duties speak of
    if level == "unknown" and agency is None and not voice:
        voice = unnamed_unit_level(text)
    if voice and level == "unknown" and not (agency and NO_LEVEL.search(agency[0])):
        level, level_evidence = voice
    if agency:
        facts["doc.agency"] = Fact(*agency)
        if "doc.year" not in facts and (own := _year_before_name(text, agency[0])):
            facts["doc.year"] = Fact(own[0], own[1])
            facts["doc.period"] = Fact(str(own[0]), own[1])
        region = find_region(text, agency[0], author.snippet_of(agency[1]))
        if region:
            facts["doc.region"] = Fact(*region)
    facts["doc.level"] = Fact(level, level_evidence)
    return facts

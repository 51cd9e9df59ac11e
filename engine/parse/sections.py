"""The parts of a report, found from its headings (一、… at the top level, (一)… when there is no top level).

Headings may stand on their own lines or run inline in a flattened page ("… 。 二、主动公开政府信息情况 …"),
so a heading is an ordinal marker after a line start, a space or a full stop, and its text runs to the
next punctuation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from engine.facts import SECTIONS
from engine.model import Fact
from engine.parse.gate import needs
from engine.parse.scan import led
from engine.parse.textutil import OWN_VOICE, snippet

N = "[一二三四五六七八九十]"
ORDINAL = N + "{1,3}"
# each pattern starts with a character (class), so the scan skips ahead at C speed; the lookbehind right
# after it says "at the text's start or after whitespace, 。 or |" (3-20x faster than that test first)
# also after "如下:" and right after the previous heading in a run of bare headings ("…申请情况三、…")
# (TOP's two branches, 一、 and 第一部分, share one leading class and a lookbehind says which: `re` skips ahead only
# for a pattern that opens with one class or literal, not with a group of branches)
TOP = re.compile(rf"[一二三四五六七八九十第](?:(?<={N})(?<![^\s。|:况施项【]{N}){N}{{0,2}}\s*[、.．]"
                 rf"|(?<=第)(?<![^\s。|:]第){ORDINAL}部分\s*[、:]?)\s*((?:(?!{N}、)[^\n。;:!?]){{2,40}})")
SUB = re.compile(rf"\((?<![^\s。|]\()\s*{ORDINAL}\s*\)\s*([^\n。;:!?]{{2,40}})")
LOST_OPEN = re.compile(r"\n\)\s*([^\n。;:!?]{2,40})")
# keyword → section; checked in this order, the first that matches names the heading
KEYS = (
    ("review_litigation", re.compile(r"复议|诉讼")),
    ("fees", re.compile(r"收费|费用|减免")),
    ("other", re.compile(r"其[他它](?:需要?报告|事项|相关|工作)|需要说明的事项")),
    # (not the public's hot issues a point of the overview answers, "(二)进一步关注群众关心的热点问题"; a39)
    ("problems", re.compile(r"(?<!热点)(?<!心的)(?<!注的)问题|不足|改进|整改|下一步|下步|困难")),
    ("requests", re.compile(r"依申请|申请公开|收到和处理|公开申请|受理申请|答复申请|申请及答复|申请答复")),
    ("proactive", re.compile(r"主动公开|主动发布")),
    # (and "一、工作总体推进情况", "总体开展情况")
    # (and "一、综述", "一、工作总述")
    ("overview", re.compile(r"概述|总体(?:工作)?(?:推进|开展|落实|进展)?情况|基本(?:工作)?情况|概况|总体概况"
                            r"|综述|总述")),
)
# last: a work part on disclosure that names no other part is about proactive disclosure ("二、政府信息公开情况"
# between the overview and the requests, "(二)深入推进政务公开工作"), unless it is about how the work is organised
# (领导小组, 机制, 队伍, 重视, 管理, 机构和人员, 指南和目录, 查阅场所…), which every summary or report also has;
# a sub-heading under the overview is a point of the overview, not a part
WORK_PART = re.compile(r"^(?!.*(?:领导|组织|机制|制度|队伍|载体|重视|保障|法治|依法治|管理|机构|人员|指南|目录|查阅))"
                       r"(?:.*(?:公开内容|公开的(?:主要)?内容|推进[^\n]{0,8}公开|信息公开工作|政务公开工作|公开工作)"
                       r"|(?:政府)?信息公开(?:工作)?(?:的)?情况$"
                       # "二、公开政府信息情况" (not "不予公开政府信息情况": anchored at the heading's start)
                       r"|公开(?:的)?(?:政府|政务)信息(?:的)?情况$)")
# where a heading's text stops when the next heading follows it directly ("…情况三、收到…")
NEXT_MARK = re.compile(rf"{N}{{1,3}}\s*、|\(\s*{N}{{1,3}}\s*\)|\d{{4}}\s*年")
HEAD_CUT = re.compile(r"[,，\s]")
# what every match of NEXT_MARK and of each of KEYS holds, one of (gate.needs): a heading is tested for them with
# `in` (≈ 100 instructions each) before a search (≈ 2,000 on a heading: none of these patterns opens with one
# character, so `re` tries each at every character); most headings hold the words of one key only. WORK_PART's
# branches all hold 公开.
NEXT_MARK_NEEDS = needs(NEXT_MARK)
KEY_NEEDS = tuple((key, regex, needs(regex)) for key, regex in KEYS)


def _holds_need(text: str, wanted: tuple[str | frozenset[str], ...] | None, pos: int = 0) -> bool:
    """Whether text[pos:] holds one of `wanted` (a word, or one of a set of characters); True for no gate (None)."""
    if wanted is None:
        return True
    for need in wanted:
        if isinstance(need, str):
            if text.find(need, pos) >= 0:
                return True
        elif any(text.find(c, pos) >= 0 for c in need):
            return True
    return False


def _head(heading: str) -> str:
    """A heading's own words: up to the next heading when one follows it directly, and a long one (a heading run on
    into its text) up to its first comma or space."""
    cut = NEXT_MARK.search(heading, 2) if _holds_need(heading, NEXT_MARK_NEEDS, 2) else None
    heading = heading[:cut.start()] if cut else heading
    return HEAD_CUT.split(heading.strip(), 1)[0] if len(heading) > 24 else heading

# TOP's first characters, and the characters its lookbehinds let stand before one besides a space (str.isspace is
# re's \s): TOP's class-led scan tests every character of the text against its class (≈ 60 instructions each, most
# of its cost), so its places are found with str.find instead, and TOP is tried only there
TOP_FIRST = "一二三四五六七八九十第"
TOP_AFTER = "。|:况施项【"


def _top_matches(text: str) -> list[re.Match]:
    """TOP.finditer(text): a match starts at one of TOP_FIRST at the text's start or after a space or one of
    TOP_AFTER (each branch's negative lookbehind), so TOP is tried at those places only, in order, each after the
    end of the match before."""
    starts: list[int] = []
    for first in TOP_FIRST:
        at = text.find(first)
        while at >= 0:
            if at == 0 or text[at - 1].isspace() or text[at - 1] in TOP_AFTER:
                starts.append(at)
            at = text.find(first, at + 1)
    starts.sort()
    found: list[re.Match] = []
    end = 0
    for at in starts:
        if at >= end and (m := TOP.match(text, at)):
            found.append(m)
            end = m.end()
    return found


@lru_cache(maxsize=4096)  # headings repeat: the same one is classified for the facts, the spans and its subheadings
def classify(heading: str, top: bool = True) -> str | None:
    head = _head(heading)
    for key, regex, wanted in KEY_NEEDS:
        if _holds_need(head, wanted) and regex.search(head):
            return key
    if "**" in head or "＊＊" in head:
        return _masked_key(head)
    return "proactive" if top and "公开" in head and WORK_PART.search(head) else None


# a mirror that masks words with asterisks ("(一)主动***息的数量" for 主动公开政府信息): a keyword of KEYS whose
# visible characters stand right before and after the mask, at least half of it and two characters, not only a
# word every heading has
MASK = re.compile(r"[*＊]{2,}")
MASKABLE = (("review_litigation", ("复议", "诉讼")), ("fees", ("收费", "费用", "减免")),
            ("problems", ("问题", "不足", "改进", "整改", "下一步")),
            ("requests", ("依申请", "申请公开", "收到和处理", "公开申请")), ("proactive", ("主动公开",)),
            ("overview", ("概述", "总体情况", "基本情况", "概况")))


GENERIC = ("情况", "公开", "申请")  # "**情况", "申请***": what shows is in every heading


def _masked_key(head: str) -> str | None:
    for m in MASK.finditer(head):
        before, after = head[:m.start()], head[m.end():]
        for key, words in MASKABLE:
            for w in words:
                for i in range(len(w)):
                    for j in range(i + 1, len(w) + 1):  # w[i:j] is under the mask
                        shown = w[:i] + w[j:]
                        if len(shown) >= max(2, (len(w) + 1) // 2) and shown not in GENERIC \
                                and before.endswith(w[:i]) and after.startswith(w[j:]):
                            return key
    return None


# the words that join two parts named in one heading ("一、总体情况及主动公开政府信息情况", "二、主动公开和依申请公开
#政府信息情况")
JOINED = re.compile(r"以及|及|和|与|、")


@lru_cache(maxsize=4096)
def joined_keys(heading: str) -> tuple[str, ...]:
    """The parts a heading names besides the one classify gives it, each in a piece of its own between the words that
    join them: "总体情况及主动公开…情况" is the overview and the proactive part. A single part's name that holds a
    joining word ("收到和处理…申请情况", "收费及减免情况") names no other."""
    head = _head(heading)
    if not JOINED.search(head):
        return ()
    return tuple(k for piece in JOINED.split(head) if (k := classify(piece, False)))


@lru_cache(maxsize=1)  # section_facts and section_spans both ask, for the same text (callers only read the list)
def headings(text: str) -> list[tuple[int, str]]:
    """Top-level headings; when a text has fewer than three, its (一) headings stand in."""
    top = [(m.start(), m.group(1)) for m in _top_matches(text)]
    if sum(1 for _, h in top if classify(h)) >= 3:
        return top
    subs = [(m.start(), m.group(1)) for m in SUB.finditer(text)]
    if subs and "\n)" in text:  # a sub-heading whose "(二" the page lost: ")依申请公开…" opening a line
        subs += [(m.start() + 1, m.group(1)) for m in LOST_OPEN.finditer(text) if classify(m.group(1), False)]
    return sorted(top + subs)


def _outside_overview(marks: list[tuple[int, str]], text: str, pos: int) -> bool:
    """A top heading, or a sub-heading whose top heading is not the overview."""
    if text[pos] not in "()":
        return True
    parent = next((h for p, h in reversed(marks) if p < pos and text[p] != "("), None)
    return parent is None or classify(parent) != "overview"


# a paragraph of its own on a part counts as that part: its lead ("一是主动公开…", "1.主动公开情况。", or an
# unnumbered "主动公开方面。", "在主动公开方面,…")
LEAD = re.compile(r"^\s*(?:(?:\d{1,2}\s*[.、]|[一二三四五六七八九十]是|\(\d{1,2}\))\s*([^\n。;:!?]{2,24})"
                  r"|([^\n。;:!?,]{2,10}(?:方面|情况))(?:[。:]|(?<=方面)[,，])|在([^\n。;:!?,]{2,10}方面)[,，])", re.M)
REQUESTS_LEAD = re.compile(r"\s*(?:\d{1,2}\s*[.、]|\(\d{1,2}\))\s*(?:[^\n。;:!?,]{0,12}依申请公开[^\n。;:!?,]{0,12}情况"
                           r"\s*(?:[:：。]|(?:\n|$))|[^\n。;:!?,]{0,8}?依申请公开(?:工作)?(?:方面)?\s*(?:[。:：]|\n|$))"
                           r"|\s*(?:[-•·●▪◆]\s*|[一二三四五六七八九十]是\s*)?(?:政府信息)?依申请公开(?:工作)?"
                           r"(?:(?:方面|情况)\s*[。:：]|方面\s*[,，])")
# (and "2.依申请公开办理情况:", "2、依申请公开情况。2022年…", the part's bare name "2.依申请公开。规范…";
# a23-blind-figures: a paragraph opened by the part's name and 方面, unnumbered as "主动公开方面。" beside it:
# "依申请公开方面。全年共…"; a24-blind-figures: and by its name and 情况, as "政府信息主动公开情况。" beside it:
# "政府信息依申请公开情况。…全年共受理…"; a40: the point's verb before the part's name, "2.规范办理依申请公开。",
# as the web labels have "(二)抓好依申请公开。" and "(三)认真规范处理依申请公开。" (not "二是…", S6); the 方面
# lead closed by a comma, "依申请公开方面,优化…", as "在…方面," already is; a bulleted line, "- 依申请公开情况。"; and
# the part's bare name as a point, "二是依申请公开情况。", not a point on doing it, "二是及时规范办理依申请公开。", S6)
# LEAD after a line break, the break included: a scan led by one character skips ahead to the next "\n", where
# LEAD's "^" is tried at every character (LEAD itself is kept for a lead at the text's start)
LEAD_AFTER_BREAK = re.compile("\n" + LEAD.pattern.removeprefix("^"))


def _leads(text: str) -> list[tuple[int, str]]:
    """(start, lead) of each LEAD.finditer(text) match: a LEAD never ends on a line break, so each match after one
    at the text's start begins right after a line break at or after the previous match's end."""
    first = LEAD.match(text)
    found = [(first.start(), first.group(1) or first.group(2) or first.group(3))] if first else []
    after = LEAD_AFTER_BREAK.finditer(text, first.end() if first else 0)
    return found + [(m.start() + 1, m.group(1) or m.group(2) or m.group(3)) for m in after]


FEE_WORDS = led(r"信息处理费|收取[^\n。]{0,10}费用|收费及减免|免费[^\n。,]{0,12}(?:提供|查阅|获取|申请|公开)")
# a sentence that lists the report's parts ("全文包括概述、…收费及减免情况…"): naming a part is not covering it
CONTENTS = re.compile(r"全文包括|全文由|报告(?:内容)?(?:主要)?(?:包括|由)|部分组成|[二三四五六七八九十]个?部分")
# the opening lead-in ("根据《条例》…现将…报告如下:"), and the sentences a preamble is made of (the law it is
# compiled under, its parts, its period, where to download it, whom to ask): not the overview
PREAMBLE_SENTENCE = re.compile(r"(?:根据|依据|按照)[^。]{0,80}(?:编制|形成|报告如下)|全文|部分组成|统计期限|统计时限"
                               r"|电子版|下载|疑问|与[^。]{0,30}联系|联系(?:电话|方式|人)|电话|地址|邮编"
                               # that it is published ("现将…年度报告予以公布"), and the period it covers
                               # ("本报告所列数据为2020年1月1日至…", "本报告时间为2016年1月1日至…")
                               r"|报告[^。]{0,6}(?:予以公布|予以公开|予以发布|向社会公布|公布如下)"
                               r"|向社会(?:公开|公布|发布)[^。]{0,40}报告"
                               r"|本报告[^。]{0,8}(?:数据|时间|期限)[^。]{0,4}(?:为|自|从)\s*\d{4}\s*年")
PART_END = re.compile(r"(?:情况|措施|事项|概述|问题|方面)$")
# an opening that starts from the law and announces the report further on
LEAD_IN = re.compile(r"\s*(?:根据|依据|按照)\s*《")
ANNOUNCED = re.compile(r"(?:现|特)[^。]{0,8}(?:向社会)?(?:公布|公开|发布|报告)[^。]{0,30}(?:年度报告|工作报告|年报)")
OPENING = re.compile(r"[\u4e00-\u9fff][^\n]{60,}")
# a site's header or footer line, which may be as long as a paragraph: not prose about the year's work
# (a24-blind-figures: and a document library's banner over its copy, "《….doc》由会员分享,可在线阅读,更多相关…")
SITE_LINE = re.compile(r"发布时间|发布日期|浏览次数|点击|索引号|字号|打印|关闭|版权|网站标识码|主办单位|ICP|备案"
                       r"|当前位置|首页|由会员分享")


# a part's title on a line of its own, numbered otherwise than 一、 or not at all ("1.收到和处理政府信息公开申请情况",
# "四政府信息公开行政复议、行政诉讼情况" where the page lost the 、, "存在的主要问题及改进情况"): no punctuation, a
# part's words and a part's last word, a body line after it (found from the last word: a scan of every line costs
# ten times more)
# (led by one class of last characters, each checked for its word: an alternation of words is tried at every place)
PART_LINE_END = re.compile(r"[况施项述题面](?:\*\*|】)?[ \t\u3000]*\n(?=\s*\S)")
PART_LAST_WORDS = frozenset(("情况", "措施", "事项", "概述", "问题", "方面"))
# (the numeral may be followed by a comma or a colon where the page lost its 、: "一,总体情况", "二:主动公开…"; a
# converted page may wrap the line in ** or open it with #; a site may set it in 【】: "【总体情况】")
LINE_HEAD = re.compile(r"[ \t\u3000]*(?:#{1,4}[ \t]*|\*\*|【)?"
                       r"(?:\d{1,2}\s*[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}[、.,，:：]?"
                       r"|第[一二三四五六七八九十]{1,3}部分[、:]?)?[ \t\u3000]*"
                       r"([^\n。;；:：!?,，|【】]{2,30}?)(?:\*\*|】)?[ \t\u3000]*\n")
# what a part should hold, said under its name in a guide or a notice ("概述\n主要反映本学年度…"): no part of a report
PART_DESCRIBED = re.compile(r"\s*(?:主要反映|主要包括|主要说明|包括|应当|应|要|须|需|是指)")


def _heading_lines(text: str) -> list[tuple[int, str]]:
    """Where a text's parts are not marked 一、二、…: its lines that read as a part's title (see PART_LINE_END)."""
    found = []
    for m in PART_LINE_END.finditer(text):
        if text[m.start() - 1:m.start() + 1] not in PART_LAST_WORDS:
            continue
        line_start = text.rfind("\n", max(0, m.start() - 44), m.start()) + 1
        if line_start == 0:
            continue  # the text's first line (its title), or a line longer than a title
        head = LINE_HEAD.fullmatch(text, line_start, m.end())
        if head and not CONTENTS.search(head.group(1)) and not PART_DESCRIBED.match(text, m.end()) \
                and not _menu_item(text, line_start, text.find("\n", m.start())):
            found.append((head.start(1), head.group(1)))
    return found


# a site's menu of bulleted short links ("• 新闻资讯\n• 常见问题\n• 企业视频"): no part's title (a40)
MENU_ITEM = re.compile(r"[ \t\u3000]*[•·●▪◆][ \t\u3000]*[^\n。;；:：!?,，]{1,8}[ \t\u3000]*")


def _menu_item(text: str, line_start: int, line_end: int) -> bool:
    """The line is a bulleted short item beside another one (the line before or after it)."""
    if not MENU_ITEM.fullmatch(text, line_start, line_end):
        return False
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after_end = text.find("\n", line_end + 1)
    after_end = len(text) if after_end < 0 else after_end
    return bool(line_start and MENU_ITEM.fullmatch(text, before, line_start - 1)
                or MENU_ITEM.fullmatch(text, line_end + 1, after_end))


APPEALS = re.compile(r"复议|诉讼")


CLAUSE_STOP = re.compile(r"[。;；]")


def _line_on_appeals_too(text: str, start: int, end: int, fee: re.Match) -> bool:
    """"…未收到依申请公开请求;未对公众…收取任何费用;没有发生…行政复议或行政诉讼等事件。": one line that states the
    requests, the fees and the appeals in turn (each in a clause of its own) is a summary of the year, not a paragraph
    of its own on fees."""
    clauses = CLAUSE_STOP.split(text[start:end])
    at = fee.start() - start
    pos, appeals, requests = 0, False, False
    for c in clauses:
        if not pos <= at < pos + len(c) + 1:  # the clauses besides the fee's own
            appeals = appeals or bool(APPEALS.search(c))
            requests = requests or "申请" in c and not APPEALS.search(c)
        pos += len(c) + 1
    return appeals and requests  # (a fee paragraph that goes on about a pending suit is still the fee part)


# a numbered heading that opens a line and runs on into its text ("(二)有序答复政府信息公开申请,…。全年共收到…")
LINE_OPENER = re.compile(r"[ \t\u3000]*(?:\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十]{1,3}\s*[、.]"
                         r"|\d{1,2}\s*[.、])\s*([^\n。;:!?]{2,40})")


# a part's name closing an item of a list of them ("…的情况,", "…改进措施、")
PART_IN_LIST = re.compile(r"(?:情况|措施|事项)[,，、]")


def _fee_paragraph(text: str) -> re.Match | None:
    """A paragraph of its own on fees (信息处理费, 收取…费用, 收费及减免) that is not a list of the report's parts."""
    for m in FEE_WORDS.finditer(text):
        if text.rfind("《", max(0, m.start() - 30), m.start()) > text.rfind("》", max(0, m.start() - 30), m.start()):
            continue  # "准确适用…《政府信息公开信息处理费管理办法》": a rule's name, no paragraph on fees (a40)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if m.start() - line_start > 60 or (line_end if line_end >= 0 else len(text)) - m.end() > 120:
            continue  # inside a long paragraph on something else: a clause, not a paragraph of its own
        opener = LINE_OPENER.match(text, line_start, m.start())
        if opener and classify(opener.group(1), False) not in (None, "fees"):
            continue  # "(二)有序答复政府信息公开申请。…均已答复,全年未收取信息处理费。": a clause of the requests part
        if len(PART_IN_LIST.findall(text, line_start, line_end if line_end >= 0 else len(text))) >= 2:
            continue  # "基本情况,主动公开…的情况,…收费及减免情况,存在的主要问题及改进措施,": the parts' names
            # listed (a40)
        lo = max(text.rfind("。", line_start, m.start()) + 1, line_start)
        end = text.find("。", m.end())
        if not CONTENTS.search(text, lo, len(text) if end < 0 else end) \
                and not _line_on_appeals_too(text, line_start, line_end if line_end >= 0 else len(text), m):
            return m
    return None


def _is_overview_paragraph(para: str) -> bool:
    """Not the lead-in (it ends "…报告如下:"), a preamble (every sentence says what the report is, not what was done),
    a part's own paragraph (a part's word in its first 20 characters) or a site's line."""
    para = para.rstrip(" :。,")
    if para.endswith("如下") or any(regex.search(para[:20]) for _, regex in KEYS) or SITE_LINE.search(para) \
            or "。" not in para and "," not in para:
        return False
    sentences = [s for s in re.split(r"[。;]", para) if s.strip()]
    if all(PREAMBLE_SENTENCE.search(s) for s in sentences):
        return False
    # "根据《条例》…,2012年…工作透明度进一步提高…。现特向社会公布2012年度…报告。": the lead-in to the report, a clause
    # of praise inside it or not
    return not (LEAD_IN.match(para) and any(ANNOUNCED.search(s) for s in sentences[1:]))


def _opening_overview(text: str, end: int) -> Fact | None:
    """An opening paragraph before the first part heading is the report's overview, unless it is only the
    lead-in or a preamble (_is_overview_paragraph)."""
    for m in OPENING.finditer(text, 0, end):
        if _is_overview_paragraph(m.group(0)):
            return Fact(True, snippet(text, m.start(), m.start() + 20, width=40))
    return None


# a text whose parts have no headings (a paragraph per part, as 2008-era prose reports and short summaries write them):
# none of its headings names a part in the part's own words ("六、年度政府信息公开工作报告0600", a site's catalogue
# line, or "一、当前进展情况", a work heading, do not)
def _names_no_part(marks: list[tuple[int, str]], text: str) -> bool:
    return not any(classify(h, False) for _, h in marks) \
        and not any(classify(h, False) for _, h in _heading_lines(text))


def _headless_overview(text: str, marks: list[tuple[int, str]]) -> Fact | None:
    """In such a text, its first paragraph (the first line of prose, wherever the headings stand) is the overview
    when it tells the year's work; a lead-in ("…现将…报告如下:") is no overview, and then no later paragraph is."""
    m = OPENING.search(text)
    if not m:
        return None
    end = next((p for p, _ in marks if m.start() < p < m.end()), m.end())  # up to a heading run into the line
    para = text[m.start():end]
    if OWN_VOICE.search(para) and _is_overview_paragraph(para):  # (a news item on others' work is no overview)
        return Fact(True, snippet(text, m.start(), m.start() + 20, width=40))
    return None


# the problems part written as a paragraph of its own: a paragraph that opens on the next steps ("下一步,…",
# "2011年,我们将…"), or one whose first two sentences state a shortfall ("…,但还存在一些差距", "存在的问题主要是…")
# and go on to name it ("主要表现在:", "主要是…") or to list what will be improved ("从以下几个方面进一步改进:"). A
# closing admission alone ("…取得了一定的成绩,但还存在着一定的不足,…加以改进。") names no problem: no part (dev
# seed-004-04); nor a sentence that lists the report's parts ("主要内容包括:概述,…存在主要问题和整改措施")
SHORTFALL = re.compile(r"(?:存在|还有|仍有|尚有)[^。;!?]{0,30}?(?:问题|不足|差距)")
NAMED = re.compile(r"(?:问题|不足|差距)[^。;!?]{0,12}?(?:主要(?:是|有|表现)|表现[在为]|如下|[:：])"
                   r"|(?:以下|如下)[^。;!?]{0,4}(?:几个)?(?:方面|几点)[^。;!?]{0,12}[:：]")
# (a year's 将 is the plan only before what will be done: "2021年,我镇将政府信息公开工作纳入目标考核" is 把, the year's
# work)
NEXT_STEPS = re.compile(r"[ \t\u3000]*(?:下一步|下步|今后|明年|来年|\d{4}\s*年\s*[,，]?\s*"
                        r"(?:我们|我[局镇乡办委区县市]|本[局镇乡办委])?\s*(?:计划|打算|(?:将|要)\s*(?:进一步|继续|按照"
                        r"|加大|加强|着力|重点|认真|切实|不断|努力|积极|全面|围绕|坚持)))")
PARAGRAPH = re.compile(r"[^\n]{20,}")
LISTED_PARTS = re.compile(r"包括|组成")


def _headless_problems(text: str) -> re.Match | None:
    """The paragraph that is the problems part (see SHORTFALL), if any."""
    for m in PARAGRAPH.finditer(text):
        para = m.group(0)
        if SITE_LINE.search(para):
            continue
        first_two = para.split("。", 2)[:2]
        stated = any(SHORTFALL.search(s) and not PREAMBLE_SENTENCE.search(s) and not LISTED_PARTS.search(s)
                     for s in first_two)
        if NEXT_STEPS.match(para) or stated and NAMED.search(para):
            return m
    return None


# the proactive part written as a paragraph of its own: one that states how many items were disclosed ("目前公开政务
# 信息120条,其中…", "累计主动公开政府信息65条"), unless it is the problems paragraph that the count opens ("…全年共
# 上传信息385条。…还存在一些差距…从以下几个方面进一步改进:", web lk-004)
ITEMS_DISCLOSED = re.compile(r"(?:公开|发布|上传|公布)[^。;!?\n]{0,16}?信息[^。;!?\n]{0,4}?"
                             r"(?:\d+|[xX×]{1,4})\s*[余多]?\s*[条件篇]")


def _headless_proactive(text: str, problems: re.Match | None) -> Fact | None:
    """(and not a count inside the first paragraph, the overview or the lead-in: "2020年,我镇…全面推进政务公开。我们还在
    主动公开方面,本镇全年发布政府信息400多条…" is a point of the overview)"""
    first = next((o for o in OPENING.finditer(text) if not SITE_LINE.search(o.group(0))), None)  # (not a banner)
    for m in ITEMS_DISCLOSED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if problems and problems.start() <= m.start() < problems.end() or SITE_LINE.search(line) \
                or first and first.start() <= m.start() < first.end() \
                or PREAMBLE_SENTENCE.search(line) or len(line.strip()) < 20:
            continue
        return Fact(True, snippet(text, m.start(), m.end(), width=50))
    return None


# the statutory parts a sub-heading can stand for on its own ("二、主动公开…情况 … (四)依申请公开政府信息情况 …
# (五)复议、诉讼和申诉情况" under a top part on something else): a heading of the part, wherever it is numbered
STATUTORY = ("requests", "review_litigation", "fees")
STATUTORY_KEYS = frozenset(STATUTORY)
SUB_STATUTORY = re.compile(SUB.pattern.replace(
    r"\s*([^", r"\s*(?=[^\n。;:!?]{0,30}(?:申请|复议|诉讼|收费|费用|减免))([^", 1))


def _statutory_subheadings(text: str, marks: set[tuple[int, str]], last: int, found: dict[str, Fact]) -> None:
    """Where the top headings stand for the parts, a (四)…-numbered heading that names a statutory part the top
    headings do not (依申请公开, 复议/诉讼, 收费) is that part's heading too."""
    for m in SUB_STATUTORY.finditer(text):  # (only sub-headings with a statutory part's word: few per text)
        if (m.start(), m.group(1)) in marks:
            continue  # a sub-heading already read as a mark (a text with fewer than three top headings)
        heading = m.group(1)
        key = classify(heading, False)
        # named as a part is named ("…情况", "…措施"), not as a kind of information ("(三)财务资产及收费信息", a
        # school's checklist category); a heading that runs on into its text is cut at its first comma
        if key in STATUTORY and key not in found and PART_END.search(HEAD_CUT.split(heading.strip(), 1)[0]):
            found[key] = Fact(True, snippet(text, m.start(), m.end() + 2, width=40))


# the first part named only as the year's work ("一、工作开展情况", "一、主要任务落实情况", "一、主要工作"): the
# overview, which the statutory layouts put first, where its heading names no other part (a later one is a point)
# (not "主要工作和成效": a summary's account of what it achieved)
WORK_OVERVIEW = re.compile(r"(?:主要|全年|年度|本年度?|总体)?(?:工作|任务)(?:开展|推进|落实|完成|进展)?(?:情况)?")


PROACTIVE_KEY = dict(KEYS)["proactive"]  # a heading that names the proactive part in its own words


# the report's own list of its parts before its first heading, naming the proactive part (a24-blind-figures: "全文包括
# 信息公开工作情况、主动公开政府信息情况、…" over "一、信息公开工作情况", a page cut before its second part)
LISTS_PROACTIVE = re.compile(r"(?:全文包括|全文由|报告(?:内容)?(?:主要)?(?:包括|由))[^。]{0,60}?主动公开")


def _first_is_overview(marks: list[tuple[int, str]], text: str) -> int | None:
    """Where the first top-level heading stands, when it names the year's work and no part (WORK_OVERVIEW), or the
    disclosure work in general ("一、政府信息公开工作开展情况", read as the proactive part by WORK_PART) while a
    later top heading names the proactive part itself ("二、主动公开政府信息情况"), or the report's own list of its
    parts does (LISTS_PROACTIVE): the overview either way."""
    tops = [(p, h) for p, h in marks if text[p] not in "()"]
    if not tops:
        return None
    pos, heading = tops[0]
    head = HEAD_CUT.split(heading.strip(), 1)[0]
    key = classify(heading)
    if key is None:
        return pos if WORK_OVERVIEW.fullmatch(head) else None
    if key == "proactive" and not PROACTIVE_KEY.search(heading) \
            and (any(PROACTIVE_KEY.search(h) and classify(h) == "proactive" for _, h in tops[1:])
                 or LISTS_PROACTIVE.search(text, 0, pos)):
        return pos
    return None


def section_facts(text: str) -> dict[str, Fact]:
    found: dict[str, Fact] = {}
    marks = headings(text)
    leads = _leads(text)
    last = len(text.rstrip())
    marked = set(marks)  # (a list's `in` made this loop quadratic in the headings)
    first = _first_is_overview(marks, text) if marks else None
    for pos, heading in [*marks, *leads]:
        if text.find(heading, pos) + len(heading) >= last and not PART_END.search(heading.rstrip()):
            continue  # a heading the text is cut inside ("三、依申请公开政府"): the part is not there
        # a lead names its part with the part's own words or says what is disclosed ("1、公开内容…"): a numbered
        # point on the work ("1.推动政务公开工作良好开局", a contents line "1.2022年度…政务公开工作总结 2") is a
        # point of whatever part it stands in, not the proactive part
        is_mark = (pos, heading) in marked
        key = "overview" if pos == first and is_mark \
            else classify(heading, _outside_overview(marks, text, pos) if is_mark else "公开内容" in heading)
        # a lead paragraph counts for these parts only, and for requests a numbered line that is the part's
        # heading ("2.依申请公开政府信息情况"), not a point of the work ("二是及时规范办理依申请公开。")
        lead_counts = key in ("proactive", "overview") or key == "requests" and not is_mark \
            and REQUESTS_LEAD.match(text, pos)
        if key and key not in found and (lead_counts or is_mark):
            found[key] = Fact(True, snippet(text, pos, pos + len(heading) + 2, width=40))
        if key and is_mark:
            for other in joined_keys(heading):  # a heading that names two parts is the heading of both
                if other not in found:
                    found[other] = Fact(True, snippet(text, pos, pos + len(heading) + 2, width=40))
    if sum(1 for at, h in marks if text[at] not in "()" and classify(h)) < 3:  # fewer than three numbered parts
        for pos, heading in _heading_lines(text):
            key = classify(heading, False)
            if key and key not in found:
                found[key] = Fact(True, snippet(text, pos, pos + len(heading) + 2, width=40))
    if "fees" not in found and (m := _fee_paragraph(text)):
        found["fees"] = Fact(True, snippet(text, m.start(), m.end(), width=50))
    if not found.keys() >= STATUTORY_KEYS and "(" in text:  # last: every other way of finding a part goes first
        _statutory_subheadings(text, marked, last, found)
    if "overview" not in found and marks and (fact := _opening_overview(text, marks[0][0])):
        found["overview"] = fact
    return {f"sections.{k}": found.get(k, Fact(False, "未见该部分标题")) for k in SECTIONS}


def headless_parts(text: str, sections: dict[str, Fact]) -> dict[str, Fact]:
    """The parts a text whose headings name none writes as paragraphs (overview, problems, proactive; a22-sections),
    beyond those `sections` holds. Asked after the kind is judged, and not of an article: a paragraph read as a part
    must not turn a news item about a report, or a summary, into a report (kind reads the parts; a22 page k-022)."""
    have = {k.partition(".")[2] for k, f in sections.items() if f.value}
    marks = headings(text)
    if have >= {"overview", "proactive", "problems"} or not _names_no_part(marks, text):
        return {}
    found: dict[str, Fact] = {}
    if "overview" not in have and (fact := _headless_overview(text, marks)):
        found["overview"] = fact
    problems = _headless_problems(text) if "problems" not in have else None
    if problems:
        found["problems"] = Fact(True, snippet(text, problems.start(), problems.start() + 30, width=50))
    if "proactive" not in have and (fact := _headless_proactive(text, problems)):
        found["proactive"] = fact
    return {f"sections.{k}": f for k, f in found.items()}


def section_spans(text: str) -> dict[str, tuple[int, int]]:
    """Where each part runs: from its heading to the next heading of the same list."""
    marks = headings(text)
    spans: dict[str, tuple[int, int]] = {}
    first = _first_is_overview(marks, text) if marks else None
    for i, (pos, heading) in enumerate(marks):
        key = "overview" if pos == first else classify(heading, _outside_overview(marks, text, pos))
        if key and key not in spans:
            end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
            spans[key] = (pos, end)
    return spans

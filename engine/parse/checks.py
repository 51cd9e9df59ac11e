"""Contradictions stated in prose: a total followed by its parts ("共…699次，其中…68次、…372次…"), and shares of
that total stated wrongly ("其中…20条，所占比例为30%" of 65)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from engine.model import Fact
from engine.parse.numbers import NUMBER, to_int
from engine.parse.scan import Led, led
from engine.parse.textutil import holds_word, line_end

UNIT = r"(人次|次|件|条|个|篇|期|场)"
# (a whole-text scan per opening: 共, 合, 总, 累; the 其中 may open the next sentence: "主动公开政府信息共计88条。其中:
# 机构职能10条;…")
TOTAL = led(rf"(?:共|共计|合计|总计|累计)[^。;\n,其]{{0,12}}?{NUMBER}\s*{UNIT}\s*[,:。]?\s*其中")
ITEM_STOP = re.compile(r"[;；,，、]")
PART = re.compile(rf"{NUMBER}\s*{UNIT}")
WHAT = {"咨询": "consultations", "申请": "requests", "公开": "proactive", "信息": "proactive"}


def total_part_contradictions(text: str) -> list[str]:
    out: list[str] = []
    if not holds_word(text, "其中", 0):  # every TOTAL match ends so (most reports never say it: their scan is skipped)
        return out
    for m in TOTAL.finditer(text):
        total, unit = to_int(m.group(1), m.group(2)), m.group(3)
        end = text.find("。", m.end())
        end = len(text) if end < 0 else end
        nested = _bracketed(text, m.end(), end)
        found = [p for p in PART.finditer(text, m.end(), end)
                 if p.group(3) == unit and not any(a <= p.start() < b for a, b in nested)
                 and not _change(text, p.start())]
        parts = [v for v in (to_int(p.group(1), p.group(2)) for p in found) if v is not None]
        if total is None or len(parts) < 2:
            continue
        about_total, about_parts = _about(m), any(_about(p) for p in found)
        if about_total and about_parts:
            continue  # "共800余条,其中…471条…300余条": neither side is exact, no sum can contradict
        if any(sum(parts[:i]) == total for i in range(2, len(parts))) or _nested(parts):
            continue  # the parts add up; the numbers after them are about something else (or the list has levels,
            # "机构类信息20条,内有…10条、…4条、…1条、…5条;工作类信息11条…": a40)
        items = ITEM_STOP.split(text[m.end():end])
        if sum(parts) < total and _some_classes(text[max(0, m.start() - 20):m.end()], items):
            continue  # "共制作政府信息148条,其中主动公开103条,涉密0条": two of the classes a document falls in
        if sum(parts) < total and any(not _counted(item, unit) for item in items if item.strip(" :：\u3000")):
            continue  # an item listed without its count, or counted in another unit ("征集调查16期" among 条),
            # or the sentence going on about something else ("…7条,以群众关心的问题为切入点"): the parts shown
            # are not all of the total
        if sum(parts) < total and _runs_on(text, end, unit):
            continue  # "…97条(基层动态)。通知公告类46条。": the list goes on past the full stop, its parts not all here
        if sum(parts) < total and not _meant_as_all(m.group(0), items, len(parts)):
            continue  # "共收到申请40件,其中涉及征地拆迁12件,涉及规划9件": the 其中 names some parts, not all of them
        if about_total and sum(parts) >= total or about_parts and sum(parts) <= total:
            continue  # "800余" is at least 800, "300余" parts at least their sum: only the other side can contradict
        if sum(parts) != total and all(p < total for p in parts):
            lead = text[max(0, m.start() - 12):m.start()]
            what = next((v for k, v in WHAT.items() if k in lead + m.group(0)), "total")
            out.append(f"{what} {total} != {' + '.join(map(str, parts))} = {sum(parts)}")
    return out


# the sentence after a list that is one more item of it: a short label and its count ("通知公告类46条。")
ITEM_SENTENCE = re.compile(rf"\s*[^。;\n\d,，、:：]{{1,12}}?{NUMBER}\s*{UNIT}\s*[。;,，、]")


def _runs_on(text: str, end: int, unit: str) -> bool:
    """The list after 其中 goes on past its full stop at `end`: the next sentence opens with an item in its unit."""
    m = ITEM_SENTENCE.match(text, end + 1)
    return m is not None and m.group(3) == unit


# a breakdown by subject ("涉及社保的120人次"): the subjects named are the main ones, seldom all of them
# (and the key fields a report is told to cover, "公共资源配置…214条,重大建设项目…189条,社会公益事业…204条": fields
# picked out of the whole; the portal form's own categories, "概况类4条,政务动态572条,信息公开目录147条", leave the
# form's other lines out; a40)
SUBJECT = re.compile(r"涉及|关于|有关|公共资源配置|重大建设项目|社会公益事业|概况类|信息公开目录")
# a running total (累计) broken down into this year's share: a slice of it, not its parts
YEAR_SLICE = re.compile(r"本年|今年|当年|新增")


def _meant_as_all(whole: str, items: list[str], count: int) -> bool:
    """Parts below their whole contradict it only where the list reads as all of the whole: it ends in a catch-all
    (其他…), or it names at least three parts of one breakdown (channels, kinds) that are neither subjects picked
    out nor this year's slice of a running total. Two counts after 其中 ("其中予以公开12件,部分公开6件" of 30) name
    some of the parts and say nothing of the rest."""
    if whole.startswith("累计") and any(YEAR_SLICE.search(i) for i in items):
        return False
    if any(CATCH_ALL.search(i) for i in items):
        return True
    return count >= 3 and not any(SUBJECT.search(i) for i in items)


# documents made (制作/获取/形成), split by how each is disclosed: 主动公开, 依申请公开, 不予公开 (涉密 among these)
MADE = re.compile(r"制作|获取|形成|产生|生成")
DISCLOSURE_CLASSES = (re.compile(r"主动公开"), re.compile(r"依申请"), re.compile(r"不予公开|免予公开|不公开"))


def _some_classes(whole: str, items: list[str]) -> bool:
    """The whole counts the documents made and the parts name only some of the three ways a document is disclosed:
    the parts shown are not all of it."""
    if not MADE.search(whole):
        return False
    listed = " ".join(items)
    return not all(c.search(listed) for c in DISCLOSURE_CLASSES)


def _about(m: re.Match) -> bool:
    """A count written as a lower bound: "800余条", "300多件" (the words between the number and its unit)."""
    return any(ch in "余多" for ch in m.string[(m.end(2) if m.group(2) else m.end(1)):m.start(3)])


BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _bracketed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the brackets in text[start:end]: "网站公开471条(其中专栏135条)" — a count in brackets is a part of the
    count before it, not one more part of the total."""
    if text.find("(", start, end) < 0 and text.find("（", start, end) < 0:
        return []
    return [b.span() for b in BRACKETED.finditer(text, start, end)]


# a count that is a change against another year, not a count of its own ("3121条,比上年度减少838条")
CHANGE_BEFORE = re.compile(r"(?:同比|环比|(?:比|较)[^,;、\d]{0,6}?)(?:增加|减少|增长|下降|上升|多|少)了?\s*$")


def _change(text: str, at: int) -> bool:
    return CHANGE_BEFORE.search(text, max(0, at - 12), at) is not None


SUB = re.compile(r"其中|含|包括")


def _sub_count(text: str, lo: int, at: int) -> bool:
    """"网站发布120条,其中政策解读20条,微信发布60条,共计180条": a count its own clause opens with 其中 (含, 包括) is a
    part of the count before it, not one more part of the total after the list."""
    clause = max(lo, *(text.rfind(c, lo, at) + 1 for c in ",;、"))
    return SUB.search(text, clause, at) is not None


def _items(text: str, start: int, end: int) -> list[str]:
    return [i for i in ITEM_STOP.split(text[start:end]) if i.strip(" :：\u3000")]


def _counted(item: str, unit: str) -> bool:
    return any(p.group(3) == unit for p in PART.finditer(item))


# ---------------------------------------------------------------- a whole without 共, its parts after 其中

# the whole right before 其中 (or ending the sentence before a 其中 that opens the next one)
BARE_WHOLE = re.compile(rf"{NUMBER}\s*{UNIT}(?:[^\d。;\n]|\d+(?:\.\d+)?%){{0,30}}?[,:。]?\s*$")  # (40%: no count)
TOTAL_WORD_BEFORE = re.compile(r"共|合计|总计|累计")
# the whole's sentence goes on to say what its items cover, and the 其中 opens the next sentence ("…465条,内容涉及
# 预决算、政策文件…等多面内容。其中…1条、…362条"): the list after it is that whole's breakdown
DESCRIBED_WHOLE = re.compile(rf"{NUMBER}\s*{UNIT}\s*,\s*(?:内容|主要|范围)?(?:涉及|涵盖|包括|包含|覆盖)"
                             rf"[^\d。;\n]{{0,100}}。\s*$")
# the year's whole ("全年主动公开政府信息465条"): a total as much as 共 makes one
YEAR_WHOLE_BEFORE = re.compile(r"(?:全年|本年度?|年度内)[^。;\n\d,]{0,16}$")
# items that may go out on several channels at once: their counts may add up to more than the items
CHANNELS = re.compile(r"网|微信|微博|两微|公众号|新媒体|客户端|抖音|快手|头条|平台|栏|屏|报|电视|广播|短信")
CATCH_ALL = re.compile(r"其[他它]")
UNIT_NEAR = re.compile("[次件条个篇期场]")  # the last characters of UNIT


LABEL_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,8})\s*$")


def _one_breakdown(text: str, found: list[re.Match]) -> bool:
    """The parts name one way of breaking the whole down: the same word right before each count ("现场咨询331人次,
    电话咨询61人次"), or a short label each ("现场331人次,电话61人次")."""
    labels = []
    for p in found:
        m = LABEL_BEFORE.search(text, max(0, p.start() - 8), p.start())
        labels.append(m.group(1) if m else "")
    if all(0 < len(label) <= 4 for label in labels):
        return True
    if len(found) >= 3 and all(";" in text[a.end():b.start()] or "；" in text[a.end():b.start()]
                               for a, b in zip(found, found[1:], strict=False)):
        return True  # "其中,综合政务59条;人事工作信息1条;财政信息5条;…": one list, an item a clause (a40)
    return len({label[-2:] for label in labels}) == 1 and len(labels[0]) >= 2


def _nested(parts: list[int]) -> bool:
    """"行政复议7件,结果维持6件,尚未审结1件;行政诉讼4件,…": a part broken down by the parts right after it (7 = 6 + 1)
    — the list has levels, and its numbers do not all add up to the whole. A part of 0 is no level (zeros after it
    add up to it whatever the list is, "规范性文件0条、政策解读0条、财政预决算信息0条"); a list of zeros alone says
    nothing of its levels, the part that holds the whole left out ("收到申请1件,…予以公开0件,部分公开0件"; a45)."""
    return not any(parts) or any(parts[i] and parts[i] == sum(parts[i + 1:j])
                                 for i in range(len(parts)) for j in range(i + 3, len(parts) + 1))


def bare_total_contradictions(text: str) -> list[str]:
    """"咨询372人次,其中现场咨询331人次,电话咨询61人次" (no 共 before the whole): parts that add up to more than
    their whole; and "主动公开政府信息977条…。其中包括…其他信息145条": a list closed by a catch-all (其他) that is
    meant to be all of the whole, and does not add up to it. A whole that 共/合计… names is total_part's. Parts that
    are channels an item may go out on together (网站, 微信…) may add up to more than the items, and a list with no
    catch-all may leave parts out: neither is a contradiction."""
    out: list[str] = []
    at = text.find("其中")
    while at >= 0:
        k_start, k_end = at, at + 2
        at = text.find("其中", k_end)
        m = None
        if UNIT_NEAR.search(text, max(0, k_start - 40), k_start):  # (most 其中 in a report: no count in reach)
            back = max(0, k_start - 60)
            stop = max(text.rfind("\n", back, k_start), text.rfind(";", back, k_start))
            m = BARE_WHOLE.search(text, max(back, stop + 1), k_start)
        if m is None and text[k_start - 1:k_start] == "。":
            m = DESCRIBED_WHOLE.search(text, max(0, k_start - 140), k_start)
        if m is None:
            continue
        lead = text[max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 30) + 1:m.start()]
        if TOTAL_WORD_BEFORE.search(lead[-14:]) or text[m.end(3):k_start].count("。") > 1:
            continue  # a whole that says it is a total: total_part_contradictions reads it
        total, unit = to_int(m.group(1), m.group(2)), m.group(3)
        end = text.find("。", k_end)
        end = len(text) if end < 0 else end
        nested = _bracketed(text, k_end, end)
        found = [p for p in PART.finditer(text, k_end, end)
                 if p.group(3) == unit and not any(a <= p.start() < b for a, b in nested)
                 and not _change(text, p.start())]
        parts = [v for v in (to_int(p.group(1), p.group(2)) for p in found) if v is not None]
        if not total or len(parts) < 2 or len(parts) != len(found) or any(p >= total for p in parts) \
                or any(sum(parts[:i]) == total for i in range(2, len(parts) + 1)) or _nested(parts):
            continue
        items = _items(text, k_end, end)
        if sum(parts) > total:
            if _about(m) or unit in ("条", "篇") and any(CHANNELS.search(i) for i in items) \
                    or not _one_breakdown(text, found) or _sum_stated_before(text, m.start(), sum(parts), unit):
                continue  # "800余条" may be more; an item posted on two channels is counted under each; two
                # breakdowns of one whole ("自然人申请15件,法人申请3件,涉及规划类10件") overlap
        elif not ((closed := CATCH_ALL.search(text, found[-1].start() - 12, found[-1].start()))
                  or YEAR_WHOLE_BEFORE.search(lead) and _meant_as_all("", items, len(parts))) \
                or not all(_counted(i, unit) for i in (_items(text, k_end, found[-1].end()) if closed else items)) \
                or any(_about(p) for p in found):
            continue  # parts below the whole: a contradiction only when the list says it is all of it (a
            # catch-all closes it — what the sentence says after it is not the list's — or the whole is the year's
            # total and three parts or more break it down)
        what = next((v for w, v in WHAT.items() if w in lead + m.group(0)), "total")
        out.append(f"{what} {total} != {' + '.join(map(str, parts))} = {sum(parts)}")
    return out


TOTAL_AFTER = led(rf"(?:共计|合计|总计)\s*{NUMBER}\s*{UNIT}")  # (a whole-text scan per opening: 共, 合, 总)


def parts_over_total_contradictions(text: str) -> list[str]:
    """Parts listed before their total ("网站发布120条、公开栏发布60条，共计150条") that add up to more than it. A sum
    below the total may leave parts unlisted, and a run of the sentence's last parts that makes the total means the
    earlier numbers are about something else: neither is a contradiction."""
    out: list[str] = []
    # (no `in` gate for 共计, 合计 and 总计: three finds of a two-character word cost what the scan per word does)
    for m in TOTAL_AFTER.finditer(text):
        lo = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start()), text.rfind(";", 0, m.start()),
                 m.start() - SENTENCE) + 1
        total, unit = to_int(m.group(1), m.group(2)), m.group(3)
        nested = _bracketed(text, lo, m.start())
        read = [to_int(p.group(1), p.group(2)) for p in PART.finditer(text, lo, m.start())
                if p.group(3) == unit and not _change(text, p.start()) and not _sub_count(text, lo, p.start())
                and not any(a <= p.start() < b for a, b in nested)]
        parts = [v for v in read if v is not None]
        if total is None or len(parts) < 2 or any(p >= total for p in parts):
            continue
        if sum(parts) > total and not any(sum(parts[i:]) == total for i in range(len(parts) - 1)):
            lead = text[lo:m.start()]
            what = next((v for k, v in WHAT.items() if k in lead), "total")
            out.append(f"{what} {total} != {' + '.join(map(str, parts))} = {sum(parts)}")
    return out


SENTENCE = 400
WHOLE_BEFORE = re.compile(rf"{NUMBER}\s*{UNIT}\s*[,:。]?\s*$")
# a share of the whole given with no count of its own: 占 right before the figure ("信函提交的占30%")
# "在全市各部门中占12%": a share of a larger whole the words name, not of this one
OTHER_WHOLE = re.compile(r"全[国省市区县]|各")
RATE = re.compile(r"率|度")  # "满意率占95%": a rate of its own, not a share of the whole
BARE_SHARE = re.compile(r"占\s*(?:比例|比重|比)?\s*(?:为|达)?\s*(\d+(?:\.\d+)?)\s*$")
SHARE_BEFORE = re.compile(rf"{NUMBER}\s*{UNIT}\s*[,]?\s*(?:所)?占(?:比例|比重|比)?(?:为|达)?\s*(\d+(?:\.\d+)?)\s*$")


OF_WHICH = re.compile("其中")


def share_contradictions(text: str) -> list[str]:
    """"…65条。其中…20条，所占比例为30%": a part's stated share that is not part / whole, rounded as written
    (one line for the wrong shares of one whole), and shares of one whole that add up to more than 100% (beyond
    what their rounding allows). Found from the rare words backwards (其中 to its whole, each % to its part),
    never by trying every number; a sentence ends at its full stop, the next 其中 or SENTENCE characters, so the
    work stays linear."""
    out = []
    for k in OF_WHICH.finditer(text):
        limit = min(len(text), k.end() + SENTENCE)
        end = min(i for i in (text.find("。", k.end(), limit), text.find("其中", k.end(), limit), limit) if i >= 0)
        pct = text.find("%", k.end(), end)
        m = WHOLE_BEFORE.search(text, max(0, k.start() - 16), k.start()) if pct >= 0 else None
        if m is None:
            continue
        whole, unit = to_int(m.group(1), m.group(2)), m.group(3)
        wrong, stated_shares, parts = [], [], []
        channels, seen = 0, k.end()
        bare, last = 0, k.end()  # shares stated with no count ("网络提交的占65%"); where the last share ended
        while pct >= 0:
            p = SHARE_BEFORE.search(text, max(k.end(), pct - 30), pct)
            if p is None:
                b = BARE_SHARE.search(text, max(last, pct - 12), pct)
                if b is not None and whole and not any(ch.isdigit() for ch in text[last:b.start()]) \
                        and not RATE.search(text, last, b.start()) and not OTHER_WHOLE.search(text, last, b.start()):
                    stated_shares.append((b.group(1), len(b.group(1).partition(".")[2])))
                    bare += 1  # (a number since the last share: this share may be of that, not of the whole)
            last = pct + 1
            pct = text.find("%", pct + 1, end)
            if p is None:
                continue
            part, stated = to_int(p.group(1), p.group(2)), p.group(4)
            if not whole or part is None or p.group(3) != unit or part > whole:
                continue
            channels += bool(CHANNELS.search(text, seen, p.start(1)))  # the part's own words, since the last share
            seen = p.end()
            decimals = len(stated.partition(".")[2])
            stated_shares.append((stated, decimals))
            parts.append((part, float(stated), decimals))
            share = round(100 * part / whole + 1e-9, decimals)
            if abs(share - float(stated)) > 10 ** -decimals / 2:
                wrong.append(f"{part}/{whole} = {100 * part / whole:.{decimals + 1}f}% != {stated}%")
        if wrong and not (whole and _rounded_to_hundred(parts, whole)) \
                and not _shares_of_stated_sum(text, k.start(), parts, unit):
            out.append("share " + ", ".join(wrong))
        # (a share of 100% is the whole once more, a channel that carried all of it: "网站公开23条,占100%,安全生产
        # 信息类10条,占43.5%;…"; the other shares are the whole's parts; a41)
        stated_shares = [sd for sd in stated_shares if float(sd[0]) != 100] \
            if any(float(s) == 100 for s, _ in stated_shares) else stated_shares
        total = sum(float(s) for s, _ in stated_shares)
        if len(stated_shares) >= 2 and total > 100 + sum(10 ** -d / 2 for _, d in stated_shares) \
                and not (unit in ("条", "篇") and bare) \
                and not (unit in ("条", "篇") and channels == len(stated_shares)
                         and whole is not None and sum(p for p, _, _ in parts) > whole):
            # (the shares of channels in items may sum past 100% where their counts do: an item put on the website
            # and the notice board is counted under each — "网站公开180条,占90%;公开栏公开50条,占25%" of 200 is no
            # contradiction; channels whose counts make the whole exactly cannot share more than all of it)
            out.append(f"shares {' + '.join(s + '%' for s, _ in stated_shares)} = {total:g}% > 100%")
    return out


def _sum_stated_before(text: str, at: int, total: int, unit: str) -> bool:
    """The paragraph states the parts' sum as a count of its own before `at` ("受理2720件,…,办结2680件。其中…"):
    the parts break that count down, not the one right before 其中."""
    start = max(text.rfind("\n", 0, at), at - SENTENCE) + 1
    return re.search(rf"(?<![\d.]){total}\s*{unit}", text[start:at]) is not None


def _shares_of_stated_sum(text: str, at: int, parts: list[tuple[int, float, int]], unit: str) -> bool:
    """"受理2720件,…,办结2680件。其中…2252件,占82.8%;…77件,占2.8%;…382件,占14.1%;…9件,占0.3%": the count right
    before 其中 is not the whole the shares are of. The parts add up to a count the paragraph states before 其中
    (2720 received), and every share is right of that count: the shares are of it, not wrong."""
    total = sum(p for p, _, _ in parts)
    if len(parts) < 2 or not total:
        return False
    if not (_rounded_to_hundred(parts, total)
            or all(abs(round(100 * p / total + 1e-9, d) - s) <= 10 ** -d / 2 for p, s, d in parts)):
        return False
    return _sum_stated_before(text, at, total, unit)


def _rounded_to_hundred(parts: list[tuple[int, float, int]], whole: int) -> bool:
    """"1046件。其中…862件,占比82.4%;…171件,占比16.3%;…13件,占比1.3%": parts that make up the whole, whose shares
    were rounded so that they add up to 100% exactly, each within one unit of its last decimal (13/1046 is 1.24%, put
    at 1.3% to close the sum): the usual rounding, not a contradiction."""
    if len(parts) < 2 or sum(p for p, _, _ in parts) != whole or abs(sum(s for _, s, _ in parts) - 100) > 1e-6:
        return False
    return all(abs(100 * p / whole - s) < 10 ** -d for p, s, d in parts)


# ---------------------------------------------------------------- a stated number of listed items

CN_COUNT = "一二三四五六七八九十"
# "…等六个部分组成", "报名、比试、面试、民主测评五个程序": the count closes the list it follows; found from the
# word (部分, 程序…) back to its count, so the scan skips ahead on the word's first character
# (scanned per word, scan.Led: six literal scans cost half what `re` testing each character against six does)
LIST_WORD = Led(r"部分|方面|程序|环节|步骤|阶段")
COUNT_BEFORE = re.compile(r"(?:等|共)?\s*(?<!第)(十[一二]|[二三四五六七八九十]|\d{1,2})\s*个?\s*$")
# the last character of a COUNT_BEFORE match (besides \s and the decimal digits)
COUNT_LAST = frozenset("一二三四五六七八九十个")


def _count_may_end(text: str, at: int) -> bool:
    """Whether a COUNT_BEFORE match can end at `at`: the character before it is one a match ends with (asked before
    the search: most of a report's 方面 and 部分 follow no count). str.isdecimal is re's \\d, str.isspace its \\s."""
    last = text[at - 1:at]
    return bool(last) and (last in COUNT_LAST or last.isdecimal() or last.isspace())


# a count after 的 or after a verb that takes it as its object closes no list (a37)
COUNT_OPENS = re.compile(r"(?:的|提出|发现|存在|形成|梳理出?|归纳出?|总结出?)$")
# where the list opens: the verb or colon before its first item
LIST_OPEN = re.compile(r"由|包括|包含|分为|分成|涵盖|通过|:")
# the words a part of a report ends with: such an item is complete; any other joins the next one
# ("因…受到的举报、复议、诉讼的情况" is one part; "工作的经验、存在的问题和改进措施" is one part)
PART_END = re.compile(r"(?:情况|措施|事项|概述|概况|表)$")
# two complete parts joined by 和/及/以及 ("收费情况和存在的问题及改进措施"), not "行政复议和行政诉讼情况"
# a table or file appended, named last in the list of parts: the part before it and the appendix may be one part
APPENDIX = re.compile(r"(?:相关|统计)?(?:附表|附件|附图)")
# a part's name run into the next one's ("…情况主动公开…"; not "情况和…", PART_JOIN's)
PART_GLUED = re.compile(r"(?:情况|措施|事项|概述|概况)(?=(?!以及|和|及|与|的)[\u4e00-\u9fff]{2})")
PART_JOIN = re.compile(r"(?<=情况|措施|事项|概述)(?:以及|和|及|与)")


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word == "十":
        return 10
    return 10 + CN_COUNT.index(word[1]) + 1 if word.startswith("十") else CN_COUNT.index(word) + 1


def list_count_contradictions(text: str) -> list[str]:
    """"本报告由概述、…等七部分组成" listing six, "通过报名、比试、面试三个程序" listing two: a stated count that the
    list right before it cannot have. The list is counted two ways — every 、/, fragment (most items it can
    hold) and only items that end as a part ends (fewest) — and only a count outside that range is a
    contradiction; items in quotes (“总体情况”“主动公开…”) are counted as quoted."""
    out = []
    for w in LIST_WORD.finditer(text):
        if not _count_may_end(text, w.start()):
            continue
        m = COUNT_BEFORE.search(text, max(0, w.start() - 6), w.start())
        if m is None:
            continue
        start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 300) + 1
        head = text[start:m.start()]
        if COUNT_OPENS.search(head):
            continue  # "…相结合的方式,发现存在的3方面问题,提出4方面建议": the count opens what follows it
        opener = max(LIST_OPEN.finditer(head), key=lambda o: o.start(), default=None)
        if opener is None:
            continue
        body = head[opener.end():].strip(" ,、")
        body = re.sub(r"(?:以及|等|共)$", "", body).strip()
        quoted = re.findall(r"“([^”]{1,40})”", body)
        if quoted:
            if re.sub(r"“[^”]*”|[、,和及与\s]", "", body):
                continue  # quotes and words outside them: not a plain list of quoted items
            most = fewest = len(quoted)
            items = quoted
        else:
            items = [f.strip() for f in re.split(r"[、,]|以及", body) if f.strip()]
            if len(items) < 2 or any(len(f) > 40 for f in items):
                continue  # not a list, or a clause rather than an item
            # most: every fragment, and two complete parts joined by 和/及 as two; fewest: a fragment that does
            # not end as a part ends joins the next, and a joined pair may be one part
            # (and parts a site ran together, "总体情况主动公开政府信息情况收到和处理…申请情况": each a part; a40)
            most = len(items) + sum(len(PART_JOIN.findall(f)) + len(PART_GLUED.findall(f)) for f in items)
            fewest = sum(1 for f in items[:-1] if PART_END.search(f)) + 1
            if APPENDIX.fullmatch(items[-1]) and PART_END.search(items[-2]):
                fewest -= 1  # "…需要说明的事项、附表等七部分": the format's last part is 需要说明的事项与附表
        stated = _count(m.group(1))
        if stated is None or fewest <= stated <= most:
            continue
        if 2 * most <= stated and (m.group(0).lstrip().startswith("等") or head.rstrip().endswith("等")):
            continue  # "主动公开、依申请公开等6个方面": two named of six are examples, not a list that lost some
        listed = most if stated > most else fewest
        out.append(f"文中称共{m.group(1)}{w.group(0)}，但列出{listed}项（{'、'.join(items)[:80]}）")
    return out


# ---------------------------------------------------------------- a part named as its own whole

RESTATED_WHOLE = re.compile(r"共(?:计)?((?:主动)?公开[\u4e00-\u9fff]{0,8}?信息)\s*(\d+)\s*(条|件)")


def restated_total_contradictions(text: str) -> list[str]:
    """"共主动公开政府信息141条，…其中主动公开政府信息17条": a part that carries its whole's own name must be
    the whole; a different figure under the same name contradicts it (same paragraph only)."""
    out = []
    for m in RESTATED_WHOLE.finditer(text):
        end = line_end(text, m.end(), 800)
        again = re.compile(rf"其中\s*[:,]?\s*{re.escape(m.group(1))}\s*(\d+)\s*{m.group(3)}")
        r = again.search(text, m.end(), end)
        if r and int(r.group(1)) != int(m.group(2)):
            out.append(f"共{m.group(1)}{m.group(2)}{m.group(3)}，其后又称其中{m.group(1)}{r.group(1)}{m.group(3)}"
                       f"（{r.group(1)} != {m.group(2)}）")
    return out


# a column named by what it carries ("审计信息栏目", "“某某”专栏") and the items it carried, the count right after
COLUMN_COUNT = re.compile(r"([\u4e00-\u9fff]{2,4})[”\"]?(?:栏目|专栏)(?:中|内|上)?(?:共|共计)?(?:主动)?"
                          r"(?:公开|发布|更新)了?(?:各类)?(?:政府|政务)?(?:信息)?\s*(\d+)\s*条")
# names every report's columns share: two such columns may be two places (the site's and the government's)
GENERIC_COLUMN = re.compile(r"(?:[\u4e00-\u9fff]*公开|(?:政务|政府)?信息|[政党村居]务)")
NOT_THE_YEAR = re.compile(r"累计|截至|截止|以来|历年|至今|季度|半年|\d\s*月|月份|同比|环比|比上年|较上年|去年|上年")


# COLUMN_COUNT from its 栏 on: the 栏 of every match's 栏目 or 专栏 with all that follows it (no 栏 in what follows,
# so a finditer finds each such 栏)
COLUMN_TAIL = re.compile(r"栏(?:目|(?<=专栏))(?:中|内|上)?(?:共|共计)?(?:主动)?(?:公开|发布|更新)了?(?:各类)?"
                         r"(?:政府|政务)?(?:信息)?\s*(\d+)\s*条")


def column_counts(text: str) -> Iterator[re.Match]:
    """COLUMN_COUNT's matches as its finditer gives them, tried only where one can start: two to six characters
    before a 栏 (its 栏目 or 专栏 comes two to five characters after the start) that COLUMN_TAIL finds, the 栏 of a
    column's count (most 栏 of a report are none: ≈ 10 a synth report, 5 `match` calls each). A scan led by a class
    tries every character (≈ 200 µs a report, an eighth of the compiled parse); a scan led by 栏 costs a few."""
    free = 0  # no match starts before this: the last match's end, or every start before it was tried
    for tail in COLUMN_TAIL.finditer(text):
        at = tail.start()
        for start in range(max(free, at - 6), at - 1):
            m = COLUMN_COUNT.match(text, start)
            if m is not None:
                yield m
                free = m.end()
                break
        else:
            free = max(free, at - 1)


def restated_column_contradictions(text: str, year: int | None) -> list[str]:
    """"通过某网站审计信息栏目公开信息20条" and, further on, "全年通过审计信息专栏公开政府信息16条": the year's
    count of one named column stated twice with two values. Only columns named by what they carry (not 信息公开
    栏目, which every body's site has), counts of the year (no running total, part of the year, comparison or
    other year in the sentence), stated in two sentences."""
    if "栏" not in text:
        return []
    seen: dict[str, tuple[int, int, str]] = {}  # name -> (count, sentence start, the site it is on)
    out = []
    for m in column_counts(text):
        name = m.group(1)
        if GENERIC_COLUMN.fullmatch(name):
            continue
        start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        sentence = text[start:_sentence_end(text, m.end())]
        if NOT_THE_YEAR.search(sentence) or OTHER_WHOLE.search(sentence) \
                or any(int(y) != year for y in YEAR.findall(sentence)):
            continue  # (各乡镇…, 全县…: another body's column of that name)
        count, site = int(m.group(2)), _site(text, start, m.start())
        if name not in seen:
            seen[name] = (count, start, site)
            continue
        before, at, where = seen[name]
        if at != start and before != count and (not where or not site or where == site):
            out.append(f"“{name}”栏目的全年公开条数前后不一：{before} != {count}")
        seen[name] = (count, start, site)
    return out


SITE_NAMED = re.compile(r"([\u4e00-\u9fff]{3})(?:网站|门户网|政务网)")


def _site(text: str, start: int, at: int) -> str:
    """The site the column is on, by the three characters before its 网站 ("管委会", "县政府"; "" when the sentence
    names none before the column): two sites (县政府网站, 市政府网站) may each have a column of the same name."""
    named = SITE_NAMED.findall(text, start, at)
    return named[-1] if named else ""


# ---------------------------------------------------------------- a figure given for another year

# found from 主动公开 back to the year before it (a scan from every digit would be slower)
PROACTIVE_COUNT = re.compile(r"主动公开[^,。;\d]{0,10}?(\d+)\s*条")
# the year, then perhaps the body speaking of itself ("2021年,本局主动公开…", "我委共…")
YEAR_BEFORE = re.compile(r"(?<![至止自到\d])(\d{4})\s*年度?\s*[,]?\s*(?:[本我](?:机关|单位|[局委办厅院部府镇区县市]))?"
                         r"\s*(?:共|全年)?$")
CLAUSE_YEAR = re.compile(r"\s*(\d{4})\s*年度?[^\d,;。:]{0,16}$")
# (计划/预计/拟/将: a plan for a year, not its count)
COMPARED = re.compile(r"比|较|同比|增|减|上年|去年|相比|分别|以来|截至|截止|累计|计划|预计|拟|将")


def other_year_contradictions(text: str, year: int | None) -> list[str]:
    """A report on one year that gives its proactive count only for another ("2010年度主动公开政府信息54条" in the
    2011 report): the figure the report is there to state belongs to the wrong year. Not when the sentence
    compares years or counts since a date, nor when the report's own year has a count too."""
    if not year:
        return []
    out = []
    for c in PROACTIVE_COUNT.finditer(text):
        m = YEAR_BEFORE.search(text, max(0, c.start() - 16), c.start())
        if m is None:  # the year opening the clause that states the count ("2022年度本局通过网站主动公开…88条")
            clause = max(text.rfind(ch, max(0, c.start() - 24), c.start()) for ch in "。\n;,") + 1
            m = CLAUSE_YEAR.match(text, clause, c.start()) if clause > 0 else None
        if m is None:
            continue
        stated = int(m.group(1))
        if stated == year or not 0 < abs(stated - year) <= 2:
            continue
        sentence = text[max(text.rfind("。", 0, m.start()) + 1, m.start() - 40):_sentence_end(text, c.end())]
        if COMPARED.search(sentence):
            continue
        out.append(f"{year}年的报告所给主动公开数为{stated}年度的：{text[m.start():c.end()]}")
    # (the pattern of the report's own year's count: built, and found in re's cache, only when it is asked)
    if out and (re.search(rf"(?:{year}\s*年|本年|今年)[^。]{{0,30}}?主动公开[^。\d]{{0,20}}?\d+\s*条", text)
                or _unyeared_count(text, year)):
        return []  # the report's own year has a count too: another year's beside it is a comparison (whole text: once)
    return out


# the statistics period a report states, from 1 January of one year to 31 December of another ("统计期限自2019年1月1日
# 起至2020年12月31日止"; the year before the second date may be lost with its 年: "自202111日至20221231日")
SPANNED_PERIOD = re.compile(r"统计(?:期限|时限|期间|区间|时间)[^。\n\d]{0,8}?"
                            r"((?:19|20)\d{2})\s*年?\s*0?1\s*月?\s*0?1\s*日"
                            r"[^。\n\d]{0,6}?((?:19|20)\d{2})\s*年?\s*12\s*月?\s*31\s*日")


def spanned_period_contradictions(text: str) -> list[str]:
    """A year's report whose statistics period runs from the start of one year to the end of a later one: the
    report covers one calendar year, and the period it states cannot be that year's (a45). (A school year runs from
    September, and is not read here.)"""
    m = SPANNED_PERIOD.search(text)
    if m is None or not 0 < int(m.group(2)) - int(m.group(1)) <= 2:
        return []
    return [f"统计期限跨年：{m.group(0)[:60]}"]


def _unyeared_count(text: str, year: int) -> bool:
    """A proactive count whose sentence names no other year ("全年主动公开政府信息300条"): the report's own count,
    stated without its year; another year's count beside it is a comparison, not the report's figure."""
    for c in PROACTIVE_COUNT.finditer(text):
        start = max(text.rfind("。", 0, c.start()), text.rfind("\n", 0, c.start())) + 1
        if all(int(y) == year for y in YEAR.findall(text, start, c.start())):
            return True
    return False


def _sentence_end(text: str, pos: int) -> int:
    end = text.find("。", pos, pos + 200)
    return min(len(text), pos + 200) if end < 0 else end


# ---------------------------------------------------------------- the prose against the table

PROSE_RECEIVED = re.compile(r"(共|共计|合计|总计)?\s*(?:收到|受理|新收|接到)[^。;,\d]{0,14}?申请\s*[:]?\s*(\d+)\s*件")
PROSE_VERB = re.compile(r"收到|受理|新收|接到")  # PROSE_RECEIVED's verbs
OTHER_WORDS = re.compile(r"上年|去年|结转|未|没有|其中|累计|以来")
# a sentence that speaks for part of the body the table counts ("区政府办代表区政府受理…")
PART_OF = re.compile(r"代表|本级|本部门|下属|所属|各部门|各单位")
YEAR = re.compile(r"(\d{4})\s*年")


def prose_table_contradictions(text: str, table: dict[str, Fact], table_start: int | None,
                               year: int | None) -> list[str]:
    """"共受理政府信息公开申请2件" before a 表三 whose 本年新收 total is 3: the prose and the table disagree (the
    table's figure is kept). Only a sentence about this year's applications before the table, against a table
    that was read whole and whose own identities hold; a prose count that matches new + carried over is the
    total handled, not a contradiction. A smaller count may be one office's share of the table's whole: it
    counts only when the sentence says it is the total (共/合计…) and names no part ("代表…", "本级")."""
    new, old = table.get("table3.new.total"), table.get("table3.carried_over.total")
    if new is None or table_start is None:
        return []
    out = []
    for m in _received(text, table_start):
        lo = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start()), text.rfind(";", 0, m.start()))
        if OTHER_WORDS.search(text, lo + 1, m.start()) or OTHER_WORDS.search(m.group(0)) \
                or any(int(y) != year for y in YEAR.findall(text, lo + 1, m.start())):
            continue
        said, whole = int(m.group(2)), new.value + (old.value if old else 0)
        partial = said < new.value and (not m.group(1) or PART_OF.search(text, lo + 1, m.start()))
        if said not in (new.value, whole) and not partial:
            out.append(f"正文称收到申请{said}件，表三本年新收为{new.value}件（以表格为准）")
        break  # the first statement of the year's applications is the one to compare
    return out


def _received(text: str, end: int) -> Iterator[re.Match]:
    """PROSE_RECEIVED.finditer(text, 0, end), tried only where a match can start. A match holds a verb with only
    共/共计/合计/总计 and whitespace before it, so it starts at the verb, in the whitespace right before it or at
    such a word right before that whitespace, and what follows the verb decides alone whether there is one: at
    each verb (overlapping ones too: 新收到) the match is tried at the first such start not inside the last match.
    (The pattern has no leading character to skip ahead on: `re` would try it at every character.)"""
    pos = 0  # where finditer goes on: the last match's end
    verb = PROSE_VERB.search(text, 0, end)
    while verb is not None:
        at = verb.start()
        ws = at
        while ws > 0 and text[ws - 1].isspace():  # str.isspace is re's \s
            ws -= 1
        start = ws - 2 if ws >= 2 and text[ws - 2:ws] in ("共计", "合计", "总计") \
            else ws - 1 if ws >= 1 and text[ws - 1] == "共" else ws
        if start < pos:
            start = max(ws, pos)
        m = PROSE_RECEIVED.match(text, start, end)
        if m is not None:
            yield m
            pos = m.end()
            verb = PROSE_VERB.search(text, pos, end)
        else:
            verb = PROSE_VERB.search(text, at + 1, end)


# ---------------------------------------------------------------- outcomes listed one per paragraph

# "在已经答复的9件申请中," / "在办理的12件申请中:": the whole the outcomes after it are of
WHOLE_IN = re.compile(rf"在[^。;\n,\d]{{0,10}}?的?\s*{NUMBER}\s*{UNIT}[^。;\n,\d]{{0,6}}?中\s*[,:]")
# an outcome named in quotes with its count: "“同意公开”的7件", "“同意部分公开”1件"
QUOTED_PART = re.compile(rf"“[^”\n]{{1,16}}”\s*(?:的|为|有)?\s*{NUMBER}\s*{UNIT}")
SHARE_OF_ALL = re.compile(r"[,]?\s*占(?:总数|全部|申请总数)?的?\s*(\d+(?:\.\d+)?)%")


def outcome_list_contradictions(text: str) -> list[str]:
    """"在已经答复的9件申请中,“同意公开”的7件,占总数的70%…\\n“同意部分公开”1件,占总数的10%…\\n“不予公开”的1件…":
    the outcomes of a whole stated as 在…N件…中, one quoted outcome the first in its paragraph and one a paragraph
    after it. Outcomes that add up to more than the whole contradict it (fewer may leave some out), and so do their
    shares past 100%. A list with levels (a part that is the sum of the ones after it) is no flat list."""
    out: list[str] = []
    if "中" not in text or "“" not in text or QUOTED_PART.search(text) is None:
        return out  # every list read holds a quoted outcome with its count (no synth report has one: WHOLE_IN, a
        # scan that tries each 在 through a lazy run and a number, ≈ 0.25 M instructions a report, is skipped)
    for m in WHOLE_IN.finditer(text):
        total, unit = to_int(m.group(1), m.group(2)), m.group(3)
        if not total:
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        found = [p for p in QUOTED_PART.finditer(text, m.end(), line_end) if p.group(3) == unit][:1]
        pos = line_end
        while found and pos < len(text):
            nxt = text.find("\n", pos + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[pos + 1:nxt].strip()
            if line:
                p = QUOTED_PART.match(text, text.find(line, pos + 1))
                if p is None or p.group(3) != unit:
                    break
                found.append(p)
            pos = nxt
        parts = [to_int(p.group(1), p.group(2)) for p in found]
        if len(parts) < 3 or any(v is None or v > total for v in parts):
            continue
        values = [v for v in parts if v is not None]
        if sum(values) > total and not _nested(values):
            what = next((v for k, v in WHAT.items() if k in m.group(0)), "total")
            out.append(f"{what} {total} != {' + '.join(map(str, values))} = {sum(values)}")
        shares = [s.group(1) for s in (SHARE_OF_ALL.match(text, p.end()) for p in found) if s]
        if len(shares) == len(found) and sum(float(s) for s in shares) > 100 + sum(
                10 ** -len(s.partition(".")[2]) / 2 for s in shares):
            out.append(f"shares {' + '.join(s + '%' for s in shares)} = {sum(float(s) for s in shares):g}% > 100%")
    return out

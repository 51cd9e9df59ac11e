"""What a text says it does: review mechanisms, assessments, fees; placeholders left in (university items:
university.py)."""

from __future__ import annotations

import re

from engine.model import Fact
from engine.parse.scan import Led, led
from engine.parse.textutil import NEGATION, clause, holds_word, snippet

MENTIONS = {
    # (also with 谁负责 between: "谁公开、谁负责、谁审查" states the same principle)
    # (审查 only: "谁审核,谁负责" is the publisher's accountability, not the principle; 14 blind labels of 16, a44;
    # 保密性审查 for 保密审查: a23-blind-figures)
    "mentions.review_principle": re.compile(r"谁公开[、,]?\s*(?:谁负责[、,]?\s*)?谁审查|谁审查[、,]?\s*谁负责"
                                            r"|先审查[、,]?\s*后公开"),
    "mentions.confidentiality_review": re.compile(r"保密性?审查"),
    "mentions.review_mechanism": re.compile(
        r"保密性?审查|审查机制|审核机制|审查制度|审核制度|三审|先审后发|谁公开[、,]?\s*(?:谁负责[、,]?\s*)?谁审查"
        r"|审核把关|发布审核|审签"),
    "mentions.assessment": re.compile(r"考核|社会评议|责任追究|评议"),
    "mentions.info_fee": re.compile(r"信息处理费"),
    "mentions.fee_exemption": re.compile(r"减免|免收|减收|免除[^。]{0,6}费"),
}
# what an absent mention's evidence names, in the reader's words (the fact's name is for machines)
MENTION_LABELS = {"mentions.review_principle": "“谁公开谁审查”原则", "mentions.confidentiality_review": "保密审查",
                  "mentions.review_mechanism": "审查机制", "mentions.assessment": "考核、社会评议或责任追究",
                  "mentions.info_fee": "信息处理费", "mentions.fee_exemption": "费用减免"}
# every match of these holds one of the words: the words looked for first (holds_word, each from its character at
# the index beside it, the rarest in reports: 核, 评, 追…), the search only where one is there
MENTION_WORDS = {"mentions.review_principle": (("审查", 0),),
                 "mentions.assessment": (("考核", 1), ("评议", 0), ("责任追究", 2)),
                 "mentions.fee_exemption": (("免", 0), ("减收", 0))}
# COST_FEES' words (检索, 复制, 邮寄), each from its rarer character
COST_WORDS = (("检索", 1), ("复制", 1), ("邮寄", 0))
COST_FEES = re.compile(r"检索费|复制费|邮寄费|(?:检索|复制|邮寄)(?:、|和|及)(?:复制|邮寄)[^。]{0,8}费")
# the scans as run: each pattern per opening character where its branches open with two to four (scan.led: `re`
# tests every character against a set of first characters, a search per literal skips ahead), COST_FEES with its
# last branch's leading group written out (检索X|复制X|邮寄X: the same matches in the same order, every branch led
# by 检, 复 or 邮); tests/test_parse_gate.py holds each against its pattern
_SCANS = {name: led(regex.pattern) for name, regex in MENTIONS.items()}
COST_SCAN = led(r"检索费|复制费|邮寄费|检索(?:、|和|及)(?:复制|邮寄)[^。]{0,8}费"
                 r"|复制(?:、|和|及)(?:复制|邮寄)[^。]{0,8}费|邮寄(?:、|和|及)(?:复制|邮寄)[^。]{0,8}费")

# placeholders: XX/xx, ××, 20*, 201x, **, and a 年 whose year is missing
# every branch starts with a character class, so the scan skips ahead at C speed (twice as fast as with the
# lookbehind first); a blank year at the very start of the text is LEADING_BLANK_YEAR's
# (also a 年 right before a month: "根据《规定》要求,年\n5月1日起", the year's digits left out)
# (but "2012 年9月", a year set apart from its 年 by a space, is no blank)
# (not a list's item named by the yearly kind and counted, "…财政预算2条,年度信息公开1条": a40)
_BLANK_YEAR = (r"年(?=(?:度)?(?:政府|政务|信息|工作|以来|上半年|,)|(?<!\d\s年)(?<!\d\s\s年)\s*\d{1,2}\s*月)"
               r"(?![^。,;\n\d]{0,10}\d+\s*[条件项个])")
PLACEHOLDER = re.compile(
    r"[Xx](?<![A-Za-z][Xx])[Xx]+(?![A-Za-z])|[××]+|20\d?[\*Xx]{1,2}(?=\s*年)|\*{2,}(?=[年月日条件个次项省市县区镇乡])"
    rf"|[\s,,。:]{_BLANK_YEAR}")
LEADING_BLANK_YEAR = re.compile(_BLANK_YEAR)
# PLACEHOLDER in two scans whose matches cannot overlap (the blank year's branch starts at a space, a comma, 。 or :,
# which no other branch holds): the marks, and the blank year found from its 年 (a scan that starts at every space
# and comma cost as much as the rest of the pattern)
# (stars before a place's suffix too: "**市监察局", a place's name blanked; "****总理", a person's, is no blank)
_MARKS = re.compile(r"[Xx](?<![A-Za-z][Xx])[Xx]+(?![A-Za-z])|[××]+|20\d?[\*Xx]{1,2}(?=\s*年)"
                    r"|\*{2,}(?=[年月日条件个次项省市县区镇乡])")
_MARK_WORDS = ("XX", "Xx", "xX", "xx", "×", "20*", "20X", "20x", "**", "x年", "X年", "*年")  # (201x年: a35)
# _MARKS as scanned: its classes of openings written out as branches (X…|x…, ××*, \*\*+), each led by one literal and
# searched per opening character (scan.Led: `re` tests every character of a report against _MARKS's first
# characters, 2 among them: 120 → 19 µs on a report with marks); tests/test_parse_gate.py holds it against _MARKS
_MARKS_SCAN = Led(r"X(?<![A-Za-z][Xx])[Xx]+(?![A-Za-z])|x(?<![A-Za-z][Xx])[Xx]+(?![A-Za-z])|××*"
                  r"|20\d?[\*Xx]{1,2}(?=\s*年)"
                  r"|\*\*+(?=[年月日条件个次项省市县区镇乡])")
_BLANK_YEAR_AFTER = re.compile(rf"[\s,,。:]{_BLANK_YEAR}")
# where _BLANK_YEAR_AFTER matches, found from its 年: the character before it asked first (a report has ≈ 25 年, few
# after a space or a stop), then what follows; the match itself is _BLANK_YEAR_AFTER's at the character before
_BLANK_YEAR_AT = re.compile("年(?<=" + _BLANK_YEAR_AFTER.pattern[:_BLANK_YEAR_AFTER.pattern.index("]") + 1] + "年)"
                            + _BLANK_YEAR.removeprefix("年"))


# underscores for a year's digits or a place's name ("20_年", "2___年", "____市", "___岭乡"): a form's blanks
UNDERSCORE_BLANK = re.compile(r"_(?<=\d_)_*(?=\s*年)|__+(?=[\u4e00-\u9fff]{0,2}(?:省|市|县|区|乡|镇|街道|局|年))")


# one X standing for a count's digits after a word ("共公布政府信息X条", "开展培训X次", "配有x名专职人员"): a sample's
# blank left in (a24-blind-figures); an X inside a Latin word or after a digit is none
COUNT_BLANK = Led(r"X(?<=[\u4e00-\u9fff]X)(?=(?:多|余)?(?:条|件|次|人次|场|个|项|篇|份|家|名|期|万))"
                  r"|x(?<=[\u4e00-\u9fff]x)(?=(?:多|余)?(?:条|件|次|人次|场|个|项|篇|份|家|名|期|万))")
# a date whose month and day are left blank after its year, inside a sentence ("本镇自2012年 月 日起…", normalised
# to "2012年月日起"): a sample's blank. A form's date field after its label ("报出日期: 年 月 日", "…:2024年 月 日")
# is K4's empty field, and a signature's date line ("2024年 月 日" closing its line) the same: not counted
BLANK_DAY = Led(r"年(?<=\d年)(?<!:\d{4}年)月日(?=[\u4e00-\u9fff])")


def _placeholders(text: str) -> list[re.Match]:
    """PLACEHOLDER.finditer(text), UNDERSCORE_BLANK's, COUNT_BLANK's and BLANK_DAY's, in order."""
    found = _marks_and_years(text)
    more: list[re.Match] = []
    if "_" in text:  # (gated: most texts have no underscore)
        more += UNDERSCORE_BLANK.finditer(text)
    if "X" in text or "x" in text:
        more += COUNT_BLANK.finditer(text)
    if holds_word(text, "年月日", 1):  # (from its 月: a report's ≈ 3 against ≈ 23 年)
        more += BLANK_DAY.finditer(text)
    return sorted(found + more, key=re.Match.start) if more else found


def _alone_on_line(text: str, m: re.Match) -> bool:
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    return not text[start:m.start()].strip() and not text[m.end():len(text) if end < 0 else end].strip()


def _marks_and_years(text: str) -> list[re.Match]:
    # each branch of _MARKS needs one of these in the text (most reports have none: the scan is skipped)
    # (and each of them holds X, x, × or *: a one-character `in` is ≈10× faster than a two-character one)
    marked = any(c in text for c in "Xx×*") and any(w in text for w in _MARK_WORDS)
    found = list(_MARKS_SCAN.finditer(text)) if marked else []
    blanks = [m for y in _BLANK_YEAR_AT.finditer(text, 1) if (m := _BLANK_YEAR_AFTER.match(text, y.start() - 1))]
    return sorted(found + blanks, key=re.Match.start) if blanks else found

def _review_mechanism(text: str, review: re.Match | None) -> re.Match | None:
    """The first match of mentions.review_mechanism, given confidentiality_review's (`review`, the pattern of its
    first branch). Every branch holds 审 and only that one holds 保, so a match that starts before `review` ends
    before it, its 审 there too: with no 审 before `review`, `review` is the first match (at its start the first
    branch is tried first); else the search need not read past its end. (A search over six first characters, ≈ 95 k
    instructions a synth report, skipped on ≈ 45% of them.)"""
    if review is not None and text.find("审", 0, review.start()) < 0:
        return review
    return _SCANS["mentions.review_mechanism"].search(text, 0, review.end() if review is not None else len(text))


def mention_facts(text: str) -> dict[str, Fact]:
    first: dict[str, re.Match | None] = {}
    for name in MENTIONS:
        if name == "mentions.review_mechanism":
            first[name] = _review_mechanism(text, first["mentions.confidentiality_review"])
        else:
            words = MENTION_WORDS.get(name)
            first[name] = _SCANS[name].search(text) if words is None or any(holds_word(text, w, k) for w, k in words) \
                else None
    facts = {name: Fact(True, snippet(text, m.start(), m.end())) if (m := first[name]) is not None
             else Fact(False, f"未提及{MENTION_LABELS[name]}") for name in MENTIONS}
    # every COST_FEES match holds 检索, 复制 or 邮寄 (its scan stops at every 复 of 复议): most reports have none
    costs = COST_SCAN.finditer(text) if any(holds_word(text, w, k) for w, k in COST_WORDS) else ()
    cost = next((m for m in costs if not NEGATION.search(clause(text, m.start(), 40))), None)
    facts["mentions.cost_fees"] = (Fact(True, snippet(text, cost.start(), cost.end())) if cost
                                   else Fact(False, "未见收取检索、复制、邮寄费用"))
    # (a × alone on its line is a page's close button, and "… > 年度工作报告" a breadcrumb's step, no blanks: a40)
    marks = [m for m in (LEADING_BLANK_YEAR.match(text), *_placeholders(text))
             if m and not _is_multiplication(text, m) and not (m.group().startswith("×") and _alone_on_line(text, m))
             and not text[max(0, m.start() - 3):m.start() + 1].rstrip().endswith(">")]
    # spam link lists need separators: skip the check when there are none (counted only where a mark is to be checked:
    # most reports have none, and the count reads the whole text)
    link_lists = bool(marks) and text.count("|") >= 3
    found = [m for m in marks if not (link_lists and _in_link_list(text, m))]
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

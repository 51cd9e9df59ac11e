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
from engine.parse.textutil import snippet

N = "[一二三四五六七八九十]"
ORDINAL = N + "{1,3}"
# each pattern starts with a character (class), so the scan skips ahead at C speed; the lookbehind right
# after it says "at the text's start or after whitespace, 。 or |" (3-20x faster than that test first)
TOP = re.compile(rf"(?:{N}(?<![^\s。|]{N}){N}{{0,2}}\s*[、.．]|第(?<![^\s。|]第){ORDINAL}部分\s*[、:]?)"
                 rf"\s*([^\n。;:!?]{{2,40}})")
SUB = re.compile(rf"\((?<![^\s。|]\()\s*{ORDINAL}\s*\)\s*([^\n。;:!?]{{2,40}})")
# keyword → section; checked in this order, the first that matches names the heading
KEYS = (
    ("review_litigation", re.compile(r"复议|诉讼")),
    ("fees", re.compile(r"收费|费用|减免")),
    ("other", re.compile(r"其[他它](?:需要?报告|事项|相关|工作)")),
    ("problems", re.compile(r"问题|不足|改进|整改")),
    ("requests", re.compile(r"依申请|申请公开|收到和处理|公开申请")),
    ("proactive", re.compile(r"主动公开")),
    ("overview", re.compile(r"概述|总体情况|基本情况|概况|总体概况")),
    # last: a work part on disclosure that names no other part is about proactive disclosure, unless it is
    # about how the work is organised (领导小组, 机制, 队伍, 重视…), which every summary also has
    ("proactive", re.compile(r"^(?!.*(?:领导|组织|机制|制度|队伍|载体|重视|保障|法治|依法治))"
                             r".*(?:公开内容|推进[^\n]{0,8}公开|信息公开工作|政务公开工作|公开工作)")),
)


def classify(heading: str) -> str | None:
    head = re.split(r"[,，\s]", heading.strip(), maxsplit=1)[0] if len(heading) > 24 else heading
    for key, regex in KEYS:
        if regex.search(head):
            return key
    return None


@lru_cache(maxsize=1)  # section_facts and section_spans both ask, for the same text (callers only read the list)
def headings(text: str) -> list[tuple[int, str]]:
    """Top-level headings; when a text has fewer than three, its (一) headings stand in."""
    top = [(m.start(), m.group(1)) for m in TOP.finditer(text)]
    if sum(1 for _, h in top if classify(h)) >= 3:
        return top
    return sorted(top + [(m.start(), m.group(1)) for m in SUB.finditer(text)])


# a paragraph of its own on a part counts as that part: its lead ("一是主动公开…", "1.主动公开情况。")
LEAD = re.compile(r"^\s*(?:\d{1,2}\s*[.、]|[一二三四五六七八九十]是|\(\d{1,2}\))\s*([^\n。;:!?]{2,24})", re.M)
FEE_PARAGRAPH = re.compile(r"^[^\n]{0,60}(?:信息处理费|收取[^\n。]{0,10}费用|收费及减免|免费)[^\n]{0,120}$", re.M)
OPENING = re.compile(r"[\u4e00-\u9fff][^\n]{60,}")


def section_facts(text: str) -> dict[str, Fact]:
    found: dict[str, Fact] = {}
    marks = headings(text)
    for pos, heading in [*marks, *((m.start(), m.group(1)) for m in LEAD.finditer(text))]:
        key = classify(heading)
        lead_counts = key in ("proactive", "overview")  # a lead paragraph counts for these parts only
        if key and key not in found and (lead_counts or (pos, heading) in marks):
            found[key] = Fact(True, snippet(text, pos, pos + len(heading) + 2, width=40))
    if "fees" not in found and (m := FEE_PARAGRAPH.search(text)):
        found["fees"] = Fact(True, snippet(text, m.start(), m.end(), width=50))
    if "overview" not in found and marks:
        # an opening paragraph before the first part heading is the report's overview
        m = OPENING.search(text, 0, marks[0][0])
        if m and not classify(m.group(0)[:20]):
            found["overview"] = Fact(True, snippet(text, m.start(), m.start() + 20, width=40))
    return {f"sections.{k}": found.get(k, Fact(False, "未见该部分标题")) for k in SECTIONS}


def section_spans(text: str) -> dict[str, tuple[int, int]]:
    """Where each part runs: from its heading to the next heading of the same list."""
    marks = headings(text)
    spans: dict[str, tuple[int, int]] = {}
    for i, (pos, heading) in enumerate(marks):
        key = classify(heading)
        if key and key not in spans:
            end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
            spans[key] = (pos, end)
    return spans

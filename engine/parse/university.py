"""What a university report says it disclosed: the ten 清单 categories, the 招生十公开 items and the 50 清单 items.

A 清单 category counts when the report names it — as a part or point of its own ("(三)财务、资产及收费信息公开",
"在学生管理服务类增加了…"), in a list of the categories, or as the site's section above the report — not from words
that only resemble it: 工作经费 is not 财务信息, 规章制度的学习 is not 基本信息, 学科建设 is not 学位学科信息, and a
list of what the school made public in general ("招生、财务、人事等重点领域") names fields, not the categories. The
single items of the 清单 are read item by item (engine/university_items.py) as their own facts.
"""

from __future__ import annotations

import re

from engine.facts import CHECKLIST, ENROLLMENT
from engine.model import Fact
from engine.parse.prescan import Prescan
from engine.parse.scan import Led, lookbehind_after, top_level
from engine.parse.textutil import snippet
from engine.university_items import ITEMS

_SEP = r"[、,\s]*(?:与|和|及)?\s*"
CATEGORY_NAMES = {
    "basic": r"基本信息",
    "admissions": rf"招生{_SEP}考试(?:信息|类)",
    "finance": rf"财务{_SEP}资产(?:{_SEP}收费)?(?:信息|类)",
    "personnel": rf"人事{_SEP}师资",
    "teaching": r"教学质量(?:信息|类)",
    "students": rf"学生管理{_SEP}服务",
    "ethos": r"学风建设(?:信息|类)",
    "degrees": rf"学位{_SEP}学科(?:信息|类)",
    "exchange": rf"对外交流{_SEP}合作",
}
ENROLLMENT_PATTERNS = {
    "policy": r"招生政策",
    "eligibility": r"招生资格",
    "charter": r"招生章程",
    "plan": r"招生计划",
    "candidates": r"考生资格|资格考生|入选考生",
    "procedure": r"录取程序|录取办法|录取规则",
    "results": r"录取结果|录取名单|录取信息|录取人数",
    "appeals": r"申诉渠道|咨询(?:及|和|、)申诉|招生咨询",
    "violations": r"违规事件|违规行为|违规[^。]{0,6}处理",
    "recheck": r"复查",
}
_CHECKLIST = {k: re.compile(v) for k, v in CATEGORY_NAMES.items()}
# 其他 counts only as the tenth category: called a 类, or numbered as the tenth ("(十)其他", "10.其他"); the number
# is looked for before each 其他, so the scan skips ahead on 其
_OTHER = re.compile(r"其他")
_TENTH = re.compile(r"(?:\(\s*(?:10|十)\s*\)|(?<![\d一二三四五六七八九])(?:10|十)\s*[、.])\s*$")
_ENROLLMENT = {k: re.compile(v) for k, v in ENROLLMENT_PATTERNS.items()}
# the 50 清单 items (engine/university_items.py): one alternation per item, compiled once
_ITEMS = {k: re.compile("|".join(f"(?:{p})" for p in item.patterns)) for k, item in ITEMS.items()}
# and searched as the same alternation flattened, each branch opening with a literal (a leading lookbehind moved
# after its first character), per opening character (scan.Led): 3× faster over a university report's 50 items
_SCANS: dict[re.Pattern, re.Pattern | Led] = {
    _ITEMS[k]: Led("|".join(lookbehind_after(b) for p in item.patterns for b in top_level(p) or [p]))
    for k, item in ITEMS.items()}


def _flag(text: str, regex: re.Pattern, what: str) -> Fact:
    m = _SCANS.get(regex, regex).search(text)
    return Fact(True, snippet(text, m.start(), m.end())) if m else Fact(False, f"未提及{what}")


# the 69 patterns above asked of the whole text in one RE2 pass: most items are not in a given report, and each
# search for one walked the whole text (engine/parse/prescan.py)
_PRESCAN = Prescan([*_CHECKLIST.values(), *_ENROLLMENT.values(), *_ITEMS.values()])


def _flag_if(text: str, regex: re.Pattern, what: str, possible: set[re.Pattern] | None) -> Fact:
    """_flag, without the search when the prescan says the pattern is nowhere in the text."""
    return Fact(False, f"未提及{what}") if possible is not None and regex not in possible else _flag(text, regex, what)


# the categories in the short forms a list of them uses ("学校基本信息、招生考试、财务、资产及收费、人事师资、教学质量、
# 学生管理服务、学风建设、学位、学科"): read only inside a list that names at least LIST_AT_LEAST of them in one
# sentence (a few fields in passing, "招生、财务、人事等重点领域", are no list of the categories)
SHORT_NAMES = {
    "basic": r"基本信息", "admissions": rf"招生{_SEP}考试", "finance": rf"财务{_SEP}资产",
    "personnel": rf"人事{_SEP}师资", "teaching": r"教学质量", "students": rf"学生管理{_SEP}服务",
    "ethos": r"学风建设", "degrees": rf"学位{_SEP}学科", "exchange": rf"对外交流{_SEP}合作",
}
_SHORT = {k: re.compile(v) for k, v in SHORT_NAMES.items()}
LIST_AT_LEAST = 5


def _listed_categories(text: str) -> dict[str, Fact]:
    """The categories a sentence lists in their short forms, where it names at least LIST_AT_LEAST of them."""
    if "学风建设" not in text and "教学质量" not in text:  # (every such list names one of these; most texts neither)
        return {}
    found: dict[str, Fact] = {}
    for sentence in re.finditer(r"[^。;;\n]{20,400}", text):
        hits = {k: m for k, r in _SHORT.items() if (m := r.search(sentence.group()))}
        if len(hits) >= LIST_AT_LEAST and sentence.group().count("、") >= LIST_AT_LEAST - 1:
            for k, m in hits.items():
                found.setdefault(k, Fact(True, snippet(text, sentence.start() + m.start(), sentence.start() + m.end())))
    return found


# "…学位学科信息、对外交流合作信息、其他信息等类别": 其他 as the last item of such a list is the tenth category
# (a23-blind-figures: and joined by 及/和, as 事项: "…学风建设、对外交流与合作及其他事项等共9个…领域")
_LAST_OTHER = re.compile(r"(?:、|及|和|以及)\s*其他(?:信息|事项)?\s*(?=等|$)")


def _listed_other(text: str) -> re.Match | None:
    """其他 closing a sentence's list of at least LIST_AT_LEAST categories (full or short names), or None."""
    if "其他" not in text:
        return None
    for sentence in re.finditer(r"[^。;;\n]{20,400}", text):
        part = sentence.group()
        other = _LAST_OTHER.search(part)
        if other and sum(1 for r in _SHORT.values() if r.search(part, 0, other.start())) >= LIST_AT_LEAST:
            return re.compile(re.escape(other.group())).search(text, sentence.start() + other.start())
    return None


def university_facts(text: str) -> dict[str, Fact]:
    facts = {}
    possible = _PRESCAN.possible(text)
    for key, regex in _CHECKLIST.items():
        facts[f"university.checklist.{key}"] = _flag_if(text, regex, CHECKLIST[key], possible)
    if sum(1 for k in _CHECKLIST if not facts[f"university.checklist.{k}"].value) >= 2:
        for key, fact in _listed_categories(text).items():
            if not facts[f"university.checklist.{key}"].value:
                facts[f"university.checklist.{key}"] = fact
    tenth = next((m for m in _OTHER.finditer(text)
                  if text.startswith("类", m.end()) or _TENTH.search(text, max(0, m.start() - 6), m.start())), None) \
        or _listed_other(text)
    facts["university.checklist.other"] = (Fact(True, snippet(text, tenth.start(), tenth.end())) if tenth
                                           else Fact(False, f"未提及{CHECKLIST['other']}"))
    for key, regex in _ENROLLMENT.items():
        facts[f"university.enrollment.{key}"] = _flag_if(text, regex, ENROLLMENT[key], possible)
    for key, regex in _ITEMS.items():
        item = ITEMS[key]
        label = item.title if len(item.title) <= 24 else item.title[:24] + "…"
        facts[f"university.item.{key}"] = _flag_if(text, regex, f"清单第{item.number}项“{label}”", possible)
    return facts

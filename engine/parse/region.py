"""Where the issuing agency sits: keeps two 城关镇人民政府 (or two 区财政局) of different counties apart.

doc.region is the chain of places above the agency that the text states, written as the text writes it:
the place units inside the agency's name except its own innermost one ("淮安市洪泽区人民政府" → 淮安市), merged
(in order, without repeats) with the chain written directly before the name, shortened or not (人民政府 → 政府),
anywhere in the text (title, header, body, signature) — of those, the one that adds most places:
"临川县城关镇政府" → 临川县 for 城关镇人民政府; "江苏省淮安市洪泽区人民政府" → 江苏省淮安市 for 洪泽区人民政府.
It never includes the agency's own name, and is absent when the text states nothing above it ("柳溪县水利局" alone,
a school named without its province). A name opening with a bare unit ("区财政局") leaves its own place out, so
that place counts too ("东岚市青石区财政局" → 东岚市青石区), read only from a line holding just the name (header,
signature): in a sentence "形成市统计局…" a verb would pass for a place.
A place is a name of 1–7 CJK characters, with no one-character unit but 州 (杭州市), then a unit (省 自治区 市 自治州 州
地区 盟 县 自治县 旗 区); a one-character name only before 县 (和县): 城市管理局, 社区, 我市, 本县 hold no place.
In a sentence the chain starts where its run of CJK starts, or after a word like 由/据/年 when that loses no place:
"本报告由江苏省…", "今年临川县…".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from engine.parse.divisions import GRID_BRAND
from engine.parse.textutil import snippet

UNITS = ("自治区", "自治州", "自治县", "地区", "省", "市", "州", "盟", "县", "旗", "区")
BARE_UNITS = "省市州盟县旗区"
PLACE_ENDS = frozenset(unit[-1] for unit in UNITS)  # the last character of every place
IN_NAME_UNITS = BARE_UNITS.replace("州", "")
NOT_ONE_CHAR_NAMES = "我本全该各此其每这那"
# words after which a place chain may begin inside a sentence: "本报告由江苏省…", "根据…", "今年临川县…"
# ("2022年度某自治区…": 年度 as a whole, or 度 would open the first place)
INTRODUCERS = ("按照", "关于", "由", "在", "经", "据", "对", "向", "受", "是", "为", "与", "和", "及", "同", "年",
               "年度", "的", "了")
CJK_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,40}\Z")  # what cjk_run_before finds (tests compare the two)


def cjk_run_before(text: str, end: int) -> str:
    """The run of up to 40 CJK characters that ends at `end` ("" for none): CJK_RUN_BEFORE.search(text, end - 40,
    end), walked back from `end` (the regex tries every start in the window, each to its end)."""
    start, stop = end, max(0, end - 40)
    while start > stop and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    return text[start:end]
LINE_END = re.compile(r"[ \t]*(?:(?:19|20)\d{2}\s*年[^\n]{0,12}日)?[ \t]*(?:\n|\Z)")
MAX_BODY_HITS = 50  # bounded work on a hostile text that repeats the agency's name


@lru_cache(maxsize=1 << 16)  # the same few words recur report after report: tested once per process
def _is_place(word: str) -> bool:
    for unit in UNITS:
        name = word[:-len(unit)]
        if not word.endswith(unit) or not 1 <= len(name) <= 7:
            continue
        if len(name) == 1 and (unit != "县" or name in NOT_ONE_CHAR_NAMES):
            continue
        # "南屏县市场监督管理局" is 南屏县 then 市场…, not a place 南屏县市
        if any(c in IN_NAME_UNITS for c in name):
            continue
        return True
    return False


def _chain_from(s: str, start: int) -> list[str] | None:
    """s[start:] as places, as many as possible; None when it is not a chain. Bounded: s is at most 40 chars."""
    best: list[list[str] | None] = [None] * (len(s) + 1)
    best[len(s)] = []
    for i in range(len(s) - 1, start - 1, -1):
        for j in range(i + 2, min(len(s), i + 10) + 1):
            rest, here = best[j], best[i]
            if rest is not None and _is_place(s[i:j]) and (here is None or len(rest) + 1 > len(here)):
                best[i] = [s[i:j], *rest]
    return best[start]


def _chain_before(s: str) -> list[str]:
    """The places that end `s`, from its start or after an introducer word: the most places, then the shortest."""
    if not s or s[-1] not in PLACE_ENDS:
        return []  # (no place ends it: every chain would be None)
    starts = [0] + [i for i in range(1, len(s)) if s[:i].endswith(INTRODUCERS)]
    chains = [c for c in (_chain_from(s, i) for i in reversed(starts)) if c]
    return max(chains, key=len, default=[])


def _whole_line(text: str, start: int, end: int) -> bool:
    """Nothing else on the line but the name (and a signature's date)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and LINE_END.match(text, end) is not None


def name_places(agency: str) -> list[str]:
    """The places the agency's name opens with: "东岚市柳溪县水利局" → [东岚市, 柳溪县]."""
    for end in range(min(len(agency), 40), 1, -1):
        # (a chain ends with a place, so only where a unit ends: not a whole table of substrings for each end)
        chain = _chain_from(agency[:end], 0) if agency[end - 1] in PLACE_ENDS else None
        if chain:
            return chain
    return []


def _name_spans(text: str, own: str, pos: int = 0) -> Iterator[tuple[int, int]]:
    """Where `own` is written in text[pos:], 人民政府 also as 政府: the spans `re.finditer` gives for
    `re.escape(own)` with 人民政府 → (?:人民)?政府, by `str.find` (a regex compiled per new name cost ~38 µs)."""
    head, gov, tail = own.partition("人民政府")
    if not head or "人民政府" in tail:  # never for a real name: the regex
        key = re.compile(re.escape(own).replace("人民政府", "(?:人民)?政府"))
        yield from (m.span() for m in key.finditer(text, pos))
        return
    forms = (gov + tail, "政府" + tail) if gov else (tail,)
    start = text.find(head, pos)
    while start >= 0:
        at = start + len(head)
        for form in forms:
            if text.startswith(form, at):
                yield start, at + len(form)
                start = text.find(head, at + len(form))
                break
        else:
            start = text.find(head, start + 1)


def find_region(text: str, agency: str, agency_evidence: str) -> tuple[str, str] | None:
    """(region, evidence) for the agency, or None when the text states no place above it."""
    # 国网某市某区供电公司: the places after the State Grid's brand, which is no place (a22-agency-other)
    brand = m.group() if (m := GRID_BRAND.match(agency)) else ""
    agency = agency[len(brand):]
    places = name_places(agency)
    inside = places[:-1]
    own = agency[len("".join(inside)):]
    bare = own[0] if own[0] in BARE_UNITS and not places else ""
    region, where = inside, None
    hits = [*islice(_name_spans(text, own), MAX_BODY_HITS), *_name_spans(text, own, max(0, len(text) - 600))]
    for m_start, m_end in hits:  # the opening (title, header, body) and the signature
        before = cjk_run_before(text, m_start).rpartition(brand)[2] if brand else cjk_run_before(text, m_start)
        before += bare
        chain = _chain_before(before) if before else []
        if bare and chain and not _whole_line(text, m_start + 1 - len("".join(chain)), m_end):
            continue
        merged = chain + [p for p in inside if p not in chain]
        if chain and len(merged) > len(region):
            region, where = merged, (m_start + len(bare) - len("".join(chain)), m_end)
    if not region:
        return None
    return "".join(region), snippet(text, *where) if where else agency_evidence

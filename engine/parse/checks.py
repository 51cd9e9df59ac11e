"""Contradictions stated in prose: a total followed by its parts ("共…699次，其中…68次、…372次…"), and shares of
that total stated wrongly ("其中…20条，所占比例为30%" of 65)."""

from __future__ import annotations

import re

from engine.parse.numbers import NUMBER, to_int

UNIT = r"(人次|次|件|条|个|篇|期|场)"
TOTAL = re.compile(rf"(?:共|共计|合计|总计|累计)[^。;\n,其]{{0,12}}?{NUMBER}\s*{UNIT}\s*[,:]?\s*其中")
PART = re.compile(rf"{NUMBER}\s*{UNIT}")
WHAT = {"咨询": "consultations", "申请": "requests", "公开": "proactive", "信息": "proactive"}


def total_part_contradictions(text: str) -> list[str]:
    out = []
    for m in TOTAL.finditer(text):
        total, unit = to_int(m.group(1), m.group(2)), m.group(3)
        end = text.find("。", m.end())
        end = len(text) if end < 0 else end
        parts = [(to_int(p.group(1), p.group(2)), p.group(3)) for p in PART.finditer(text, m.end(), end)]
        parts = [v for v, u in parts if u == unit and v is not None]
        if total is None or len(parts) < 2:
            continue
        if any(sum(parts[:i]) == total for i in range(2, len(parts))):
            continue  # the parts add up; the numbers after them are about something else
        items = re.split(r"[;；]", text[m.end():end])
        if sum(parts) < total and any(not PART.search(item) for item in items if item.strip()):
            continue  # an item listed without its count: the parts shown are not all of them
        if sum(parts) != total and all(p < total for p in parts):
            lead = text[max(0, m.start() - 12):m.start()]
            what = next((v for k, v in WHAT.items() if k in lead + m.group(0)), "total")
            out.append(f"{what} {total} != {' + '.join(map(str, parts))} = {sum(parts)}")
    return out



SENTENCE = 400
WHOLE_BEFORE = re.compile(rf"{NUMBER}\s*{UNIT}\s*[,:。]?\s*$")
SHARE_BEFORE = re.compile(rf"{NUMBER}\s*{UNIT}\s*[,]?\s*(?:所)?占(?:比例|比重|比)?(?:为|达)?\s*(\d+(?:\.\d+)?)\s*$")


def share_contradictions(text: str) -> list[str]:
    """"…65条。其中…20条，所占比例为30%": a part's stated share that is not part / whole, rounded as written.
    Found from the rare words backwards (其中 to its whole, each % to its part), never by trying every number; a
    sentence ends at its full stop, the next 其中 or SENTENCE characters, so the work stays linear."""
    out = []
    for k in re.finditer("其中", text):
        limit = min(len(text), k.end() + SENTENCE)
        end = min(i for i in (text.find("。", k.end(), limit), text.find("其中", k.end(), limit), limit) if i >= 0)
        pct = text.find("%", k.end(), end)
        m = WHOLE_BEFORE.search(text, max(0, k.start() - 16), k.start()) if pct >= 0 else None
        if m is None:
            continue
        whole, unit = to_int(m.group(1), m.group(2)), m.group(3)
        while pct >= 0:
            p = SHARE_BEFORE.search(text, max(k.end(), pct - 30), pct)
            pct = text.find("%", pct + 1, end)
            if p is None:
                continue
            part, stated = to_int(p.group(1), p.group(2)), p.group(4)
            if not whole or part is None or p.group(3) != unit or part > whole:
                continue
            decimals = len(stated.partition(".")[2])
            share = round(100 * part / whole + 1e-9, decimals)
            if abs(share - float(stated)) > 10 ** -decimals / 2:
                out.append(f"share {part}/{whole} = {100 * part / whole:.{decimals + 1}f}% != {stated}%")
    return out

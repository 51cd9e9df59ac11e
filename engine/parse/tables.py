"""The statistics tables of the prescribed format (表二, 表三, 表四), read from flattened text.

Tables reach us as lines of text, from HTML, Word or PDF, with labels and cells often out of step (a PDF
puts a wrapped label after its numbers). So 表三 is read as a *sequence of cells*: between its first and
last row label there must be exactly rows × columns numbers; they are assigned in the official order.
Only when that count is off do we fall back to reading the numbers after each row label.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from itertools import islice

from engine import facts
from engine.model import Fact
from engine.parse.textutil import snippet

T3_COLUMNS = tuple(facts.T3_COLUMNS)
T3_COLUMN_NAMES = tuple(facts.T3_COLUMNS.values())
# (key, label anchor) in the official order of the 2021 format (国办公开办函〔2021〕30号)
T3_ROWS_2021 = (
    ("new", "本年新收"), ("carried_over", "上年结转"), ("open", "予以公开"), ("partial", "部分公开"),
    ("deny_secret", "国家秘密"), ("deny_law", "禁止公开"), ("deny_safety", "三安全一稳定"),
    ("deny_third_party", "第三方合法权益"), ("deny_internal", "内部事务"), ("deny_process", "过程性"),
    ("deny_enforcement", "行政执法案卷"), ("deny_query", "行政查询"),
    ("unable_none", "不掌握"), ("unable_create", "另行制作"), ("unable_unclear", "仍不明确"),
    ("reject_petition", "信访举报投诉"), ("reject_repeat", "重复申请"), ("reject_publication", "公开出版物"),
    ("reject_mass", "大量反复"), ("reject_confirm", "重新出具"),
    ("other_overdue", "逾期不补正"), ("other_fee", "缴纳费用"), ("other_other", "3.其他"),
    ("total", "总计"), ("carried_forward", "结转下年度"),
)
# the 2019 trial format has one row for (六)其他处理
T3_ROWS_TRIAL = (*T3_ROWS_2021[:20], ("other", "其他处理"), *T3_ROWS_2021[23:])
T3_RESULT_ROWS_2021 = tuple(k for k, _ in T3_ROWS_2021[2:23])
T3_RESULT_ROWS_TRIAL = tuple(k for k, _ in T3_ROWS_TRIAL[2:21])
T4_BLOCKS = tuple(facts.T4_BLOCKS)
T4_BLOCK_NAMES = ("行政复议", "未经复议直接起诉", "复议后起诉")
T4_COLUMNS = tuple(facts.T4_COLUMNS)
T4_COLUMN_NAMES = tuple(facts.T4_COLUMNS.values())
T2_ROWS = (("rules", "规章", 3), ("normative", "规范性文件", 3), ("licensing", "行政许可", 1),
           ("punishment", "行政处罚", 1), ("enforcement", "行政强制", 1), ("fees_wan", "行政事业性收费", 1))
T2_COLUMNS = ("issued", "repealed", "effective")

# a table cell: a whole number standing alone (not "1." list markers, not part of a date or a label)
CELL = re.compile(r"(?<![\d.\-/年月])(\d+(?:\.\d+)?)(?![\d.、)\-/年月日号项条件])")
TRIAL_MARKERS = re.compile(r"本年新制作数量|本年新公开数量|对外公开总数量|政府集中采购|采购总金额")


@dataclass
class Tables:
    facts: dict[str, Fact] = field(default_factory=dict)
    inconsistencies: list[str] = field(default_factory=list)


def _cells(text: str, start: int, end: int) -> list[tuple[int, float]]:
    # a run of 309+ digits is float infinity, which int() refuses: kept as the largest float (fuzz, issue 14)
    return [(m.start(), min(float(m.group(1)), sys.float_info.max)) for m in CELL.finditer(text, start, end)]


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


_NEW_REQUESTS = re.compile("本年新收")


def _t3_region(text: str) -> tuple[int, int] | None:
    """From the table's first row label to its last row. Prose may say "本年新收申请7件" before the table: the
    label is the "本年新收" followed by "数量" (本年新收政府信息公开申请数量, wrapped or not); else the first."""
    starts = [m.start() for m in islice(_NEW_REQUESTS.finditer(text), 8)]
    if not starts:
        return None
    start = next((s for s in starts if "数量" in text[s:s + 20]), starts[0])
    fwd = text.find("结转下年度", start)
    if fwd < 0:
        return None
    end = _line_end(text, fwd)
    # the carried-forward numbers may sit on the next line (a PDF wraps them)
    if not _cells(text, fwd, end):
        end = _line_end(text, end + 1)
    return start, end


def read_table3(text: str, out: Tables) -> None:
    region = _t3_region(text)
    if region is None:
        return
    start, end = region
    cells = _cells(text, start, end)
    layouts = {175: (T3_ROWS_2021, 7), 161: (T3_ROWS_TRIAL, 7), 25: (T3_ROWS_2021, 1), 23: (T3_ROWS_TRIAL, 1)}
    grid: dict[str, dict[str, float]] = {}
    if len(cells) in layouts:
        rows, ncols = layouts[len(cells)]
        cols = T3_COLUMNS if ncols == 7 else ("total",)
        for r, (key, _) in enumerate(rows):
            grid[key] = {cols[c]: cells[r * ncols + c][1] for c in range(ncols)}
        positions = {key: cells[r * ncols][0] for r, (key, _) in enumerate(rows)}
    else:
        rows = T3_ROWS_TRIAL if "其他处理" in text[start:end] and "缴纳费用" not in text[start:end] else T3_ROWS_2021
        positions = _t3_by_labels(text, start, end, rows, grid)
    for key, row in grid.items():
        ev = snippet(text, positions.get(key, start), positions.get(key, start) + 10)  # one per row, not per cell
        for col, value in row.items():
            out.facts[f"table3.{key}.{col}"] = Fact(int(value), ev)
    out.inconsistencies += [message for _, message in t3_failures(grid, rows is T3_ROWS_TRIAL)]
    layout = "total_only" if all(len(r) == 1 for r in grid.values()) else "trial" if rows is T3_ROWS_TRIAL \
        else "2021"
    if grid:
        out.facts["tables.requests_layout"] = Fact(layout, snippet(text, start, start + 10))
    total_col = {k: v.get("total") for k, v in grid.items()}
    for fact, key in (("requests.received", "new"), ("requests.carried_over", "carried_over"),
                      ("requests.completed", "total"), ("requests.carried_forward", "carried_forward")):
        if total_col.get(key) is not None:
            out.facts[fact] = Fact(int(total_col[key]), out.facts[f"table3.{key}.total"].evidence)


def _t3_by_labels(text: str, start: int, end: int, rows, grid) -> dict[str, int]:
    """Fallback: the numbers on the line after each row label, in order."""
    positions: dict[str, int] = {}
    pos = start
    for key, anchor in rows:
        at = text.find(anchor, pos, end + 1)
        if at < 0:
            continue
        line_end = _line_end(text, at)
        nums = [v for _, v in _cells(text, at + len(anchor), line_end)]
        if len(nums) >= 7:
            grid[key] = dict(zip(T3_COLUMNS, nums[-7:], strict=True))
        elif len(nums) == 1:
            grid[key] = {"total": nums[0]}
        positions[key] = at
        pos = at + len(anchor)
    return positions


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def t3_failures(grid: dict[str, dict[str, float]], trial: bool) -> list[tuple[str, str]]:
    """(identity, message) for each identity of 表三 the figures break: balance (the printed note),
    results ((七)总计 = the result rows), columns (总计 = the applicant columns)."""
    rows = T3_ROWS_TRIAL if trial else T3_ROWS_2021
    results = T3_RESULT_ROWS_TRIAL if trial else T3_RESULT_ROWS_2021
    out: list[tuple[str, str]] = []
    cols = [c for c in T3_COLUMNS if all(c in grid.get(k, {}) for k in ("new", "carried_over", "total",
                                                                          "carried_forward"))]
    for col in cols:
        name = T3_COLUMN_NAMES[T3_COLUMNS.index(col)]
        new, old = grid["new"][col], grid["carried_over"][col]
        done, fwd = grid["total"][col], grid["carried_forward"][col]
        if new + old != done + fwd:
            out.append(("balance", f"表三 {name}: 新收 {_fmt(new)} + 上年结转 {_fmt(old)} = {_fmt(new + old)} "
                                   f"!= 办理结果总计 {_fmt(done)} + 结转下年度 {_fmt(fwd)} = {_fmt(done + fwd)}"))
        if all(col in grid.get(k, {}) for k in results):
            parts = sum(grid[k][col] for k in results)
            if parts != done:
                out.append(("results", f"表三 {name}: (七)总计 {_fmt(done)} != 各办理结果之和 {_fmt(parts)}"))
    for key, label in rows:
        row = grid.get(key, {})
        if len(row) == 7:
            parts = sum(row[c] for c in T3_COLUMNS[:6])
            if parts != row["total"]:
                out.append(("columns", f"表三 {label}: 总计 {_fmt(row['total'])} != 各类申请人之和 {_fmt(parts)}"))
    return out


def t4_failures(values: list[float]) -> list[str]:
    """Each 表四 block whose 总计 is not the sum of its four parts."""
    out = []
    for b in range(3):
        chunk = values[b * 5:(b + 1) * 5]
        if sum(chunk[:4]) != chunk[4]:
            parts = " + ".join(f"{T4_COLUMN_NAMES[i]} {_fmt(chunk[i])}" for i in range(4))
            out.append(f"表四 {T4_BLOCK_NAMES[b]}: {parts} = {_fmt(sum(chunk[:4]))} but 总计 is {_fmt(chunk[4])}")
    return out


def grids_from_facts(facts: dict[str, Fact]) -> tuple[dict[str, dict[str, float]], bool, list[float]]:
    """表三 grid, whether it is the trial layout, and the 15 表四 cells, from table3.*/table4.* facts."""
    grid: dict[str, dict[str, float]] = {}
    t4: dict[str, float] = {}
    for name, fact in facts.items():
        if name.startswith("table3."):
            _, row, col = name.split(".")
            grid.setdefault(row, {})[col] = fact.value
        elif name.startswith("table4."):
            t4[name[7:]] = fact.value
    layout = facts.get("tables.requests_layout")
    order = [f"{b}.{c}" for b in T4_BLOCKS for c in T4_COLUMNS]
    values = [t4[k] for k in order] if all(k in t4 for k in order) else []
    return grid, bool(layout and layout.value == "trial"), values


def read_table4(text: str, out: Tables) -> None:
    """表四 is one row of 15 cells under a header that PDFs scramble: take the first 15 cells after it."""
    header = text.find("维持")
    if header < 0 or "尚未" not in text[header:header + 400]:
        return
    stop = re.compile(r"\n\s*(?:五|六)、|存在的主要问题").search(text, header)
    end = stop.start() if stop else min(len(text), header + 800)
    cells = _cells(text, header, end)[:15]
    if len(cells) < 15:
        return
    values = [v for _, v in cells]
    ev = snippet(text, cells[0][0], cells[-1][0] + 1, width=80)
    for b, block in enumerate(T4_BLOCKS):
        for c, col in enumerate(T4_COLUMNS):
            out.facts[f"table4.{block}.{col}"] = Fact(int(values[b * 5 + c]), ev)
    out.inconsistencies += t4_failures(values)
    ok = [sum(values[b * 5:b * 5 + 4]) == values[b * 5 + 4] for b in range(3)]
    # a block whose total contradicts its parts gives no figure: we cannot tell which number is right
    if ok[0]:
        out.facts["appeals.review"] = Fact(int(values[4]), ev)
    if ok[1] and ok[2]:
        out.facts["appeals.litigation"] = Fact(int(values[9] + values[14]), ev)


def read_table2(text: str, out: Tables) -> None:
    anchor = text.find("第二十条第(一)项")
    if anchor < 0:
        anchor = text.find("信息内容")
    if anchor < 0:
        return
    pos = anchor
    for key, label, n in T2_ROWS:
        at = text.find(label, pos, pos + 600)
        if at < 0:
            continue
        nums = _cells(text, at + len(label), _line_end(text, at))
        if len(nums) < n:
            continue
        ev = snippet(text, at, at + len(label))
        if n == 1:
            value = nums[0][1]
            out.facts[f"table2.{key}"] = Fact(value if key == "fees_wan" else int(value), ev)
        else:
            for col, (_, v) in zip(T2_COLUMNS, nums[:3], strict=False):
                out.facts[f"table2.{key}.{col}"] = Fact(int(v), ev)
        pos = at + len(label)


def read_tables(text: str) -> Tables:
    out = Tables()
    read_table2(text, out)
    read_table3(text, out)
    read_table4(text, out)
    has = out.facts.keys()
    out.facts["tables.proactive"] = Fact(
        any(k.startswith("table2.") for k in has) or "第二十条第(一)项" in text,
        _presence(text, "第二十条第(一)项"))
    out.facts["tables.requests"] = Fact(any(k.startswith("table3.") for k in has), _presence(text, "本年新收"))
    out.facts["tables.appeals"] = Fact(any(k.startswith("table4.") for k in has), _presence(text, "尚未审结"))
    m = TRIAL_MARKERS.search(text)
    out.facts["tables.trial_format"] = Fact(m is not None, snippet(text, m.start(), m.end()) if m else "")
    return out


def _presence(text: str, needle: str) -> str:
    at = text.find(needle)
    return snippet(text, at, at + len(needle)) if at >= 0 else f"未见“{needle}”"

"""The statistics tables of the prescribed format (表二, 表三, 表四), read from text.

Tables reach us in two forms (docs/design.md, "Tables are read as a sequence of cells"):
- `|` rows: ingest writes each row of an HTML <table> or a Word w:tbl as one line, cells joined by " | ";
  such rows are read by position, so an empty cell stays empty instead of shifting its neighbours;
- flattened text (PDF, or a .txt a tool made): labels and cells are often out of step (a PDF puts a wrapped
  label after its numbers, a converter puts one cell per line). 表三 is read as a *sequence of cells*: between
  its first and last row label there must be exactly rows × columns numbers, and each row label must sit
  next to its own numbers (a column-by-column text fails this); they are assigned in the official order.
  When the count is off, only rows whose label line holds all their numbers are read.
A table that is there but cannot be read without guessing gives no figures and a `tables.unread` note.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

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
# "table3.<row>.<column>" for every row of either format, spelled once (read_table3 names 175 facts a report)
T3_FACT_NAMES = {key: {col: f"table3.{key}.{col}" for col in T3_COLUMNS} for key, _ in {*T3_ROWS_2021, *T3_ROWS_TRIAL}}
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
# (the digit first and the lookbehind over it after: the scan skips ahead to a digit instead of trying the
# lookbehind at every character; the same matches as `(?<![\d.\-/年月])(\d+(?:\.\d+)?)`, twice as fast)
CELL = re.compile(r"(\d(?<![\d.\-/年月]\d)\d*(?:\.\d+)?)(?![\d.、)\-/年月日号项条件])")
# a run of cells one space apart, as a flattened row prints them ("0 0 3 0 0 0 3"): each of its numbers is a CELL
# match (a space after a number and before the next satisfies both of CELL's lookarounds; the number is whole, since
# what follows the run is no digit or "."), and the run is the same CELL matches one after another, so its numbers are
# read by one match and a split instead of a match each (≈ 3,500 instructions a cell)
CELL_RUN = re.compile(r"\d(?<![\d.\-/年月]\d)\d*(?:\.\d+)?(?: \d+(?:\.\d+)?)*(?![\d.、)\-/年月日号项条件])")
# 表二 of the trial format has signed cells (本年增/减: +3, -2)
SIGNED_CELL = re.compile(r"(?<![\d.\-/年月])([+\-−]?\d+(?:\.\d+)?)(?![\d.、)\-/年月日号项条件])")
_GAP = re.compile(r"[\s|]*")  # what may stand between two cells of one run: space, line breaks, cell bars
_NON_SPACE = re.compile(r"\S+")


@dataclass
class Tables:
    facts: dict[str, Fact] = field(default_factory=dict)
    inconsistencies: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # tables (or rows) that are there but were not read
    requests_at: int | None = None  # where 表三 starts, when it was read


def _scan_cells(text: str, start: int, end: int) -> list[tuple[int, float]]:
    """(start, value) of each CELL match in text[start:end], read run by run (CELL_RUN)."""
    cells = []
    for run in CELL_RUN.finditer(text, start, end):
        at = run.start()
        for digits in run.group().split(" "):
            value = float(digits)
            # a run of 309+ digits is float infinity, which int() refuses: kept as the largest float (fuzz, issue 14)
            cells.append((at, value if value <= _MAX else _MAX))  # (CELL has no sign: only +inf to clamp)
            at += len(digits) + 1
    return cells


# a line's cells, kept per process: the statutory tables' rows repeat from report to report of a batch ("2.重复申请 0
# 0 0 0 0 0 0", seven lines in ten of a synth 表三), and a CELL_RUN scan of a row costs ≈ 10 k instructions (its
# label's characters each tried), a kept line a lookup
LINE_CELLS_KEPT = 4096
LINE_CHARS_KEPT = 200  # (a longer line, a flattened table on one line, is scanned each time)
_LINE_CELLS: dict[str, tuple[tuple[int, float], ...]] = {}


def _cells(text: str, start: int, end: int) -> list[tuple[int, float]]:
    """_scan_cells(text, start, end), line by line: no CELL_RUN match crosses a line break (a run's numbers are one
    space apart), a lookaround at a line's end sees a line break, which is none of its characters, as it sees the end
    of a line cut out, and a lookbehind at a line's start a line break (no digit, ".", -, /, 年 or 月) as it sees
    nothing. Only a first line that starts inside a line at a digit is scanned in the text (its lookbehind reads the
    character before `start`)."""
    cells: list[tuple[int, float]] = []
    known, longest = _LINE_CELLS, LINE_CHARS_KEPT  # (read once: a module global is a dict lookup each time)
    at = start
    for line in text[start:end].split("\n"):
        if len(line) > longest or at == start and start > 0 and text[start - 1] != "\n" and line[:1].isdecimal():
            cells += _scan_cells(text, at, at + len(line))
        else:
            kept = known.get(line)
            if kept is None:
                kept = tuple(_scan_cells(line, 0, len(line)))
                if len(known) < LINE_CELLS_KEPT:
                    known[line] = kept
            for p, value in kept:
                cells.append((at + p, value))
        at += len(line) + 1
    return cells


def _finite(digits: str) -> float:
    """A cell's number; a run of 309+ digits is float infinity, which int() refuses: kept as the largest float
    (fuzz, issue 14)."""
    value = float(digits)
    if -_MAX <= value <= _MAX:  # nearly always: the clamp below only for infinities
        return value
    return max(min(value, _MAX), -_MAX)


_MAX = sys.float_info.max


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


_CARRIED_FORWARD = re.compile(r"结\s*转\s*下\s*年")  # 结转下年度继续办理, wrapped anywhere in a narrow cell
# cell count of 表三 → (rows, columns); the columns are T3_COLUMNS, or the total alone
T3_LAYOUTS = {175: (T3_ROWS_2021, 7), 161: (T3_ROWS_TRIAL, 7), 25: (T3_ROWS_2021, 1), 23: (T3_ROWS_TRIAL, 1)}


def _run_end(text: str, pos: int, limit: int) -> int:
    """End of the run of cells that follows `pos` (after at most a wrapped label's tail): the cells of one row."""
    first = CELL.search(text, pos, min(len(text), pos + 40))
    if first is None or any(ch.isdigit() for ch in text[pos:first.start()]):
        return _line_end(text, pos)
    end = first.end()
    while end < limit:
        gap = _GAP.match(text, end, limit)
        nxt = CELL.match(text, gap.end(), limit) if gap else None
        if nxt is None:
            break
        end = nxt.end()
    return end


def _t3_region(text: str) -> tuple[int, int, bool] | None:
    """From the table's first row label to its last row's last cell, and whether the text is cut before the
    last row (then the region runs to the end). Prose may say "本年新收申请7件" before the table: the label is
    the "本年新收" followed by "数量" (本年新收政府信息公开申请数量, wrapped or not); else the first."""
    start = at = text.find("本年新收")
    if at < 0:
        return None
    for _ in range(8):  # of the first eight, found one by one up to the first with 数量 (not every one by `re`)
        if at < 0:
            break
        if "数量" in text[at:at + 20]:
            start = at
            break
        at = text.find("本年新收", at + 4)
    fwd = _CARRIED_FORWARD.search(text, start)
    if fwd is None:
        return start, len(text), True
    # the carried-forward numbers may sit after the label's wrapped tail or on the next line (PDF, one cell per line)
    return start, _run_end(text, fwd.end(), min(len(text), fwd.end() + 400)), False


def _label_positions(text: str, start: int, end: int, rows) -> dict[str, int]:
    """Where each row label of `rows` is, found in order in the region without its whitespace, so labels wrapped
    over lines are found too (a label's position is where its first character is in `text`)."""
    compact = "".join(text[start:end].split())  # str.split's whitespace is re's \s (str.isspace)
    found: dict[str, int] = {}
    at = 0
    pos, pos_k = start, 0  # a position in `text` and its index in `compact` (the non-spaces before it)
    tokens: list[tuple[int, str]] = []
    offsets: list[int] = []
    for key, anchor in rows:
        k = compact.find(anchor, at)
        if k < 0:
            continue
        # nearly always the label stands unwrapped in `text` at the k-th non-space: found there by a find; else
        # (wrapped, or a wrapped copy comes first) mapped through the region's tokens
        p = text.find(anchor, pos, end)
        if p < 0 or pos_k + len("".join(text[pos:p].split())) != k:
            if not tokens:
                tokens = [(m.start(), m.group()) for m in _NON_SPACE.finditer(text, start, end)]
                offsets = list(accumulate((len(t) for _, t in tokens), initial=0))  # token starts in `compact`
            i = bisect_right(offsets, k) - 1
            p = tokens[i][0] + k - offsets[i]
        found[key] = pos = p
        pos_k = k
        at = k + len(anchor)
    return found


def _in_row_order(cells: list[tuple[int, float]], labels: dict[str, int], rows, ncols: int) -> bool:
    """Each row's label sits next to its own cells (just before or just after them), as in any row-by-row text;
    a text that lists the table column by column puts every label before all the numbers and fails."""
    positions = [p for p, _ in cells]
    checked = 0
    for r, (key, _) in enumerate(rows):
        if key not in labels:
            continue
        before = bisect_left(positions, labels[key])
        if not (r - 1) * ncols <= before <= (r + 1) * ncols:
            return False
        checked += 1
    return checked >= 3  # the first, the last and one more at least: labels lost in wrapping are not checked


# a `|` line as read: its cells, its label (the cells' characters but spaces), whether its cells hold the trial
# format's 其他处理 and 缴纳费用, and its last 7 and its last cell as numbers (_trailing_values); kept per process by
# the line (a batch's rows repeat, and a row's cells cost ≈ 10 k instructions to read)
PipeRow = tuple[list[str], str, bool, bool, list[float | None] | None, list[float | None] | None]
PIPE_ROWS_KEPT = 4096
_PIPE_ROWS: dict[str, PipeRow] = {}


def _pipe_row(line: str) -> PipeRow:
    row = _PIPE_ROWS.get(line)
    if row is None:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        joined = " ".join(cells)
        row = (cells, "".join(joined.split()), "其他处理" in joined, "缴纳费用" in joined, _trailing_values(cells, 7),
               _trailing_values(cells, 1))
        if len(_PIPE_ROWS) < PIPE_ROWS_KEPT and len(line) <= LINE_CHARS_KEPT:
            _PIPE_ROWS[line] = row
    return row


def _pipe_rows(text: str, start: int, end: int) -> list[tuple[int, PipeRow]] | None:
    """The region's lines as read (_pipe_row) when it is made of `|` rows (an HTML or Word table from ingest), else
    None."""
    if text.find("|", start, _line_end(text, end)) < 0:  # (its lines end at or before the line break after end)
        return None
    lines = []
    pos = start
    while pos < end:
        stop = _line_end(text, pos)
        if text[pos:stop].strip():
            lines.append((pos, text[pos:stop]))
        pos = stop + 1
    piped = [(p, line) for p, line in lines if "|" in line]
    if len(piped) < 0.8 * len(lines) or not piped:
        return None
    rows = [(p, _pipe_row(line)) for p, line in piped]
    if sum(1 for _, row in rows if sum(1 for c in row[0] if c) > 1) < 0.2 * len(rows):
        return None  # one cell a line, each closed by its `|` ("一、本年新收…申请数量 |\n0 |\n0 |…"): the cells as a
        # one-cell-a-line table's, read by their order (a36)
    return rows


_NUMBER = re.compile(r"\d+(?:\.\d+)?")  # a cell of digits only is one (str.isdecimal is re's \d): asked first


def _values(cells: list[str]) -> list[float | None] | None:
    """Cells as numbers (None for an empty cell), or None when one of them is text or all are empty."""
    if not all(c == "" or c.isdecimal() or _NUMBER.fullmatch(c) for c in cells) or not any(cells):
        return None
    return [_finite(c) if c else None for c in cells]


def _trailing_values(cells: list[str], n: int) -> list[float | None] | None:
    """The last n cells as numbers, when a label cell comes before them. Empty cells after the row's n values
    are padding a converter adds for spanned columns ("… | 0 | 0 | ||"), not cells of the row."""
    last_label = _last_label(cells)
    size = len(cells)
    while size - last_label - 1 > n and cells[size - 1] == "":
        size -= 1
    # _values of the last n cells, without asking each again: text among them is the last label (labels are never
    # dropped as padding, so it is before `size`)
    if size <= n or last_label >= size - n:
        return None
    last = cells[size - n:size]
    return [_finite(c) if c else None for c in last] if any(last) else None


def _last_label(cells: list[str]) -> int:
    """The index of a row's last cell of text (a label), or -1."""
    last_label = -1
    for i, c in enumerate(cells):
        if c and not (c.isdecimal() or _NUMBER.fullmatch(c)):
            last_label = i
    return last_label


def _filled_after_label(cells: list[str]) -> int:
    """How many cells after a row's last label hold something."""
    return sum(1 for c in cells[_last_label(cells) + 1:] if c)


def _t3_from_pipes(pipe_rows: list[tuple[int, PipeRow]], grid, out: Tables):
    """表三 from `|` rows: each row's label picks its row, its last 7 cells (or its last one) are the values. (The
    trial format's words hold no space or line break: in the rows' cells joined by spaces and lines exactly where in
    one row's.)"""
    trial = any(row[2] for _, row in pipe_rows) and not any(row[3] for _, row in pipe_rows)
    rows = T3_ROWS_TRIAL if trial else T3_ROWS_2021
    positions: dict[str, int] = {}
    blanks = 0
    r = 0
    for pos, read in pipe_rows:
        label = read[1]
        hit = next((i for i in range(r, len(rows)) if rows[i][1] in label), None)
        if hit is None:
            continue
        key = rows[hit][0]
        values = read[4]
        cols = T3_COLUMNS
        if values is None:
            values, cols = read[5], ("total",)
            if values is not None and _filled_after_label(read[0]) > 1:
                values = None  # "一、本年新收…数量 | 0 | 0 | 0 | 0" cut before its 总计: neither seven cells nor the
                # total alone, its last cell no total (a40)
        if values is None:
            continue
        grid[key] = {c: v for c, v in zip(cols, values, strict=True) if v is not None}
        blanks += values.count(None)
        positions[key] = pos
        r = hit + 1
    if blanks:
        out.unread.append(f"表三: {blanks} 个空白单元格未读取（空白不等于 0）")
    return rows, positions


def read_table3(text: str, out: Tables) -> None:
    region = _t3_region(text)
    grid: dict[str, dict[str, float]] = {}
    if region is None:
        region = _t3_tail(text, grid)
        if region is None:
            return
    start, end, cut = region
    pipe_rows = _pipe_rows(text, start, end)
    rows: tuple[tuple[str, str], ...] | None
    if not grid and cut and pipe_rows is None:
        rows = T3_ROWS_TRIAL if "其他处理" in text[start:end] and "缴纳费用" not in text[start:end] else T3_ROWS_2021
        positions = _t3_head(text, start, end, rows, grid)
        if not grid:
            out.unread.append("表三: 文本在表格结束前截断，未读取")  # no whole row before the cut: nothing placed
            return
        out.unread.append(f"表三: 文本在表格结束前截断，{len(rows) - len(grid)} 行未读取")
    elif grid:
        rows, positions = T3_ROWS_2021, {"carried_forward": start}
        out.unread.append("表三: 只见末行（表格的前部不在本页），其余各行未读取")
    elif pipe_rows is not None:
        rows, positions = _t3_from_pipes(pipe_rows, grid, out)
        if cut:
            out.unread.append(f"表三: 文本在表格结束前截断，{len(rows) - len(grid)} 行未读取")
    else:
        cells = _cells(text, start, end)
        rows, ncols = T3_LAYOUTS.get(len(cells), (None, 0))
        if rows is not None and _in_row_order(cells, _label_positions(text, start, end, rows), rows, ncols):
            cols = T3_COLUMNS if ncols == 7 else ("total",)
            for r, (key, _) in enumerate(rows):
                grid[key] = {cols[c]: cells[r * ncols + c][1] for c in range(ncols)}
            positions = {key: cells[r * ncols][0] for r, (key, _) in enumerate(rows)}
        else:
            trial = "其他处理" in text[start:end] and "缴纳费用" not in text[start:end]
            rows = T3_ROWS_TRIAL if trial else T3_ROWS_2021
            positions = _t3_by_labels(text, start, end, rows, grid)
            if len(grid) < len(rows):
                why = "数字不是按行排列" if len(cells) in T3_LAYOUTS else f"找到 {len(cells)} 个数字，应为 175 或 161"
                out.unread.append(f"表三: {len(rows) - len(grid)} 行未读取（{why}）")
    for key, row in grid.items():
        at = positions.get(key, start)
        # one evidence per row, not per cell: a `|` row whole, else the row's first cells
        ev = snippet(text, at, _line_end(text, at), width=120) if pipe_rows is not None else snippet(text, at, at + 10)
        made: dict[int, Fact] = {}  # a Fact is frozen and a row's cells share their evidence: one per value
        names = T3_FACT_NAMES[key]
        for col, value in row.items():
            fact = made.get(n := int(value))
            if fact is None:
                fact = made[n] = Fact(n, ev)
            out.facts[names[col]] = fact
    # (==, not `is`: mypyc (./dev compile) boxes a fixed-length tuple constant anew where it is read)
    out.inconsistencies += [message for _, message in t3_failures(grid, rows == T3_ROWS_TRIAL)]
    layout = "total_only" if all(len(r) == 1 for r in grid.values()) else "trial" if rows == T3_ROWS_TRIAL \
        else "2021"
    if grid:
        out.requests_at = start
        out.facts["tables.requests_layout"] = Fact(layout, snippet(text, start, start + 10))
    total_col = {k: v.get("total") for k, v in grid.items()}
    for name, key in (("requests.received", "new"), ("requests.carried_over", "carried_over"),
                      ("requests.completed", "total"), ("requests.carried_forward", "carried_forward")):
        if _total_contradicted(grid.get(key, {})):
            continue  # a row whose total contradicts its parts gives no figure, as a 表四 block (a36)
        if (total := total_col.get(key)) is not None:
            out.facts[name] = Fact(int(total), out.facts[f"table3.{key}.total"].evidence)


def _t3_head(text: str, start: int, end: int, rows, grid) -> dict[str, int]:
    """A flattened 表三 the text cuts off (a page excerpt, a flip-book page): its first rows, in order, each only
    while exactly seven cells stand between its label and the next row's label (or the cut). Not when cells come
    right before the first label: a layout that puts a row's label after its numbers would shift every row."""
    if CELL.search(text, max(0, start - 80), start):
        return {}
    labels = _label_positions(text, start, end, rows)
    keys = [key for key, _ in rows]
    positions: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key not in labels:
            break
        nxt = labels.get(keys[i + 1], end) if i + 1 < len(keys) else end
        cells = _cells(text, labels[key] + len(rows[i][1]), nxt)
        if len(cells) != 7:
            break
        grid[key] = dict(zip(T3_COLUMNS, (v for _, v in cells), strict=True))
        positions[key] = labels[key]
    return positions


def _t3_tail(text: str, grid) -> tuple[int, int, bool] | None:
    """A page that opens inside 表三 (no 本年新收 on it) and still shows its last row on one line
    ("四、结转下年度继续办理 0 0 0 0 0 0 0"): that row alone, its seven cells read; the region is its line."""
    fwd = _CARRIED_FORWARD.search(text)
    if fwd is None:
        return None
    line_start = text.rfind("\n", 0, fwd.start()) + 1
    line_end = _line_end(text, fwd.end())
    cells = _cells(text, fwd.end(), line_end)
    if len(cells) != 7 or CELL.search(text, line_start, fwd.start()):
        return None
    grid["carried_forward"] = dict(zip(T3_COLUMNS, (v for _, v in cells), strict=True))
    return line_start, line_end, False


def _t3_by_labels(text: str, start: int, end: int, rows, grid) -> dict[str, int]:
    """Fallback: the numbers on the line of each row label, when that line holds the whole row."""
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
    result_rows = [grid.get(k, {}) for k in results]  # looked up once, not once per column
    for col in cols:
        name = T3_COLUMN_NAMES[T3_COLUMNS.index(col)]
        new, old = grid["new"][col], grid["carried_over"][col]
        done, fwd = grid["total"][col], grid["carried_forward"][col]
        if new + old != done + fwd:
            out.append(("balance", f"表三 {name}: 新收 {_fmt(new)} + 上年结转 {_fmt(old)} = {_fmt(new + old)} "
                                   f"!= 办理结果总计 {_fmt(done)} + 结转下年度 {_fmt(fwd)} = {_fmt(done + fwd)}"))
        if all(col in row for row in result_rows):
            parts = sum(row[col] for row in result_rows)
            if parts != done:
                out.append(("results", f"表三 {name}: (七)总计 {_fmt(done)} != 各办理结果之和 {_fmt(parts)}"))
    for key, label in rows:
        row = grid.get(key, {})
        if _total_contradicted(row):
            parts = sum(row[c] for c in T3_COLUMNS[:6])
            out.append(("columns", f"表三 {label}: 总计 {_fmt(row['total'])} != 各类申请人之和 {_fmt(parts)}"))
    return out


def _total_contradicted(row: dict[str, float]) -> bool:
    """A whole 表三 row whose 总计 is not the sum of its six applicant columns."""
    return len(row) == 7 and sum(row[c] for c in T3_COLUMNS[:6]) != row["total"]


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


# the header's words, also wrapped inside narrow cells ("结果维\n持", "尚未审\n结"), or its top row when the
# words stand vertically (one character per line, as pdftotext -layout prints narrow columns)
# (each part tried where str.find finds its opening word, ≈ 1 instruction a character: 维, 尚 and 行政复议 stand a few
# times in a report; `re` scanning for each part's opening went through the text at ≈ 5 a character, three times)
T4_HEADER_PARTS = (("维", re.compile(r"维\s*持")), ("尚", re.compile(r"尚\s*未\s*审")),
                   ("行政复议", re.compile(r"行政复议\s*行政诉讼")))
T4_HEADER_STOP = re.compile(r"\n\s*(?:五|六)、|存在的主要问题")


def _t4_header(text: str) -> int:
    """Where the first match of any of T4_HEADER_PARTS starts, or -1: a part's match opens with its word, so its
    first match is at the first place of the word where it matches; a part is tried only before the first found."""
    first = -1
    for word, part in T4_HEADER_PARTS:
        at = text.find(word)
        while at >= 0 and (first < 0 or at < first):
            if part.match(text, at):
                first = at
                break
            at = text.find(word, at + 1)
    return first


def read_table4(text: str, out: Tables) -> None:
    """表四 is one row of 15 cells under a two-level header: the run of exactly 15 cells after the header, as `|`
    cells when the row is a `|` row (so an empty cell keeps its place)."""
    header = _t4_header(text)
    # the 2019+ header has 尚未审结 (the pre-2019 statistics list has 维持具体行政行为数 but no such column)
    near = text[header:header + 600] if header >= 0 else ""
    if header < 0 or "尚" not in near or "审" not in near:
        return
    stop = T4_HEADER_STOP.search(text, header)
    end = stop.start() if stop else min(len(text), header + 800)
    first = CELL.search(text, header, end)
    if first is None:
        return
    line_start = text.rfind("\n", 0, first.start()) + 1
    line = text[line_start:_line_end(text, first.start())]
    values: list[float | None]
    if "|" in line:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        values = (_trailing_values(cells, 15) if len(cells) > 15 else _values(cells)) or []
        ev_end = line_start + len(line)
    else:
        run_end = _run_end(text, first.start(), end)
        values = [v for _, v in _cells(text, first.start(), run_end)]
        ev_end = run_end
    if len(values) != 15:
        out.unread.append(f"表四: 找到 {len(values)} 个连续的数字，应为 15")
        return
    ev = snippet(text, first.start(), ev_end, width=80)
    for b, block in enumerate(T4_BLOCKS):
        for c, col in enumerate(T4_COLUMNS):
            value = values[b * 5 + c]
            if value is not None:
                out.facts[f"table4.{block}.{col}"] = Fact(int(value), ev)
    full = [v for v in values if v is not None]
    if len(full) < len(values):
        out.unread.append(f"表四: {len(values) - len(full)} 个空白单元格未读取（空白不等于 0）")
        return
    out.inconsistencies += t4_failures(full)
    ok = [sum(full[b * 5:b * 5 + 4]) == full[b * 5 + 4] for b in range(3)]
    # a block whose total contradicts its parts gives no figure: we cannot tell which number is right
    if ok[0]:
        out.facts["appeals.review"] = Fact(int(full[4]), ev)
    if ok[1] and ok[2]:
        out.facts["appeals.litigation"] = Fact(int(full[9] + full[14]), ev)


def _row_values(text: str, pos: int, limit: int) -> list[float | None]:
    """The cells after a row label at `pos`: by position in a `|` row, else the run of numbers that follows."""
    line_end = _line_end(text, pos)
    line = text[pos:line_end]
    if "|" in line:
        cells = [c.strip() for c in line.split("|")[1:]]
        values: list[float | None] = []
        for c in cells:
            if c and not SIGNED_CELL.fullmatch(c):
                break
            values.append(_finite(c.replace("−", "-")) if c else None)
        while values and values[-1] is None:
            values.pop()
        return values
    found: list[float | None] = []
    at = pos
    while at < limit:
        gap = _GAP.match(text, at, limit)
        m = SIGNED_CELL.match(text, gap.end(), limit) if gap else None
        if m is None:
            break
        found.append(_finite(m.group(1).replace("−", "-")))
        at = m.end()
    return found


def read_table2(text: str, out: Tables) -> None:
    """表二 row by row: each label's cells (3 for 规章/规范性文件, 1 for the others). The 2019 trial format has
    other columns: 本年新制作/新公开/对外公开总数量, and 上一年项目数量 | 本年增/减 | 处理决定数量."""
    anchor = text.find("第二十条第(一)项")
    if anchor < 0:
        anchor = text.find("信息内容")
    if anchor < 0:
        return
    t3 = text.find("本年新收", anchor)
    limit = t3 if t3 > 0 else min(len(text), anchor + 3000)
    head = "".join(text[anchor:limit].split())
    trial = "上一年项目数量" in head or "本年新制作数量" in head
    known = trial or "废止" in head  # whose columns the 3-column rows have: else 规章/规范性文件 are not read
    pos = anchor
    for key, label, n in T2_ROWS:
        at = text.find(label, pos, min(limit, pos + 600))
        if at < 0:
            continue
        values = _row_values(text, at + len(label), limit)
        ev = snippet(text, at, at + len(label))
        pos = at + len(label)
        names: tuple[str | None, ...] | None
        if trial:
            cells = {"rules": ("issued", None, "effective"), "normative": ("issued", None, "effective"),
                     "licensing": (None, None, ""), "punishment": (None, None, ""), "enforcement": (None, None, "")}
            names = cells.get(key)
            if names is None or len(values) != 3:  # 收费 has item counts in the trial format, not an amount
                continue
        else:
            names = T2_COLUMNS if n == 3 else ("",)
            if n == 3 and not known:
                continue
            if n == 1 and len(set(values)) == 1:  # a cell merged across columns, repeated by the converter
                values = values[:1]
            if len(values) != n:
                continue
        for col, value in zip(names, values, strict=True):
            if col is None or value is None:
                continue
            name = f"table2.{key}.{col}" if col else f"table2.{key}"
            out.facts[name] = Fact(value if key == "fees_wan" else int(value), ev)


def read_tables(text: str) -> Tables:
    out = Tables()
    # which tables were read, from the facts each reader added (no pass over the ~200 cell facts): read_table2 adds
    # only table2.* facts, read_table4 a table4.* fact first, read_table3 tables.requests_layout with its table3.*
    read_table2(text, out)
    has_t2 = len(out.facts) > 0
    read_table3(text, out)
    before_t4 = len(out.facts)
    read_table4(text, out)
    has_t4 = len(out.facts) > before_t4
    out.facts["tables.proactive"] = Fact(
        has_t2 or "第二十条第(一)项" in text,
        _presence(text, "第二十条第(一)项"))
    out.facts["tables.requests"] = Fact("tables.requests_layout" in out.facts, _presence(text, "本年新收"))
    out.facts["tables.appeals"] = Fact(has_t4, _presence(text, "尚未审结"))
    at = _trial_marker(text)
    out.facts["tables.trial_format"] = Fact(at >= 0, snippet(text, at, at + _TRIAL_LENGTH[text[at]]) if at >= 0
                                            else "")
    if out.unread:
        out.facts["tables.unread"] = Fact(out.unread, "; ".join(out.unread)[:200])
    return out


# the 2019 trial format's words (本年新制作数量|本年新公开数量|对外公开总数量|政府集中采购|采购总金额), found from
# their rarest characters: 量 ends the first three, 购 is in the other two; two one-character finds (≈ 1 instruction a
# character) instead of a scan per opening character (four scans of the whole text, ≈ 75 k instructions a report)
_TRIAL_COUNTS = ("本年新制作数量", "本年新公开数量", "对外公开总数量")
_TRIAL_LENGTH = {"本": 7, "对": 7, "政": 6, "采": 5}  # a word's length, by its first character


def _trial_marker(text: str) -> int:
    """Where the first of the trial format's words starts in text, or -1. The words with 量 start 6 before it, the
    words with 购 5 before it (政府集中采购) or 1 before it (采购总金额): at each character one word at most starts, and
    a later 量 (购) never gives an earlier start, so the first 量 and the first 购 that end a word give the first. A
    购 is tried only while a word of it could start before the 量 word found; no two of the words overlap, so one
    that holds that 购 starts before the 量 word."""
    first = -1
    at = text.find("量")
    while at >= 0:
        if at >= 6 and text[at - 6:at + 1] in _TRIAL_COUNTS:
            first = at - 6
            break
        at = text.find("量", at + 1)
    at = text.find("购")
    while at >= 0 and (first < 0 or at - 5 < first):
        if at >= 5 and text[at - 5:at + 1] == "政府集中采购":
            return at - 5
        if at >= 1 and text[at - 1:at + 4] == "采购总金额":
            return at - 1
        at = text.find("购", at + 1)
    return first


def _presence(text: str, needle: str) -> str:
    at = text.find(needle)
    return snippet(text, at, at + len(needle)) if at >= 0 else f"未见“{needle}”"

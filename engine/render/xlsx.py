"""An Excel workbook that prints: one ranking sheet per category (per period and category with several
periods), sheet 扣分明细 (every finding, each card's per-topic subtotals after caps and its 合计), and sheets
其他年度, 待人工确认 and 未能读取 when there is something to list.

Every sheet prints landscape, one page wide, with its header row on every page, the 考核 title in the page
header and page numbers in the footer. Report text never becomes a formula: openpyxl reads a string starting
with "=" as one (and "#N/A" as an error), so every text cell is typed as a string after it is set, and text a
spreadsheet would evaluate when the cell is edited (= + - @) also gets Excel's quote prefix. The bytes depend
only on the cards: no timestamps in the document properties or the zip entries.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from engine.glossary import label
from engine.model import Scorecard
from engine.render import (
    ERROR_HEADERS,
    TITLE,
    UNRANKED_HEADERS,
    Layout,
    finding_rows,
    ledger,
    number,
    one_line,
    reason,
    unranked_rows,
)
from engine.render.csv_out import Cell, headers, is_adjusted, looks_like_formula, row, topics

DETAIL_HEADERS = ("单位", "年度", "序号", "扣分原因", "主题", "严重程度", "扣分", "依据", "原文摘录", "豁免原因",
                  "来源文件", "规则编号")
MAX_CELL_CHARS = 32767  # Excel's limit for a cell's text
MIN_WIDTH, MAX_WIDTH = 6, 60
WRAPPED = frozenset({"扣分原因", "依据", "原文摘录", "单位", "单位或文件", "原因", "原因及处理办法", "输入文件",
                     "规则编号", "来源文件"})
_EPOCH = datetime(1980, 1, 1)  # the earliest time a zip entry can carry; openpyxl cannot leave the dates out
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def render(view: Layout, errors: list[tuple[str, str]]) -> bytes:
    book = Workbook()
    book.properties.created = book.properties.modified = _EPOCH  # not now: the same cards, the same bytes
    book.remove(book.active)
    cards = view.cards
    columns, adjusted = topics(cards), is_adjusted(cards)
    reviewed = any(c.auto_score is not None for c in cards)  # a reviewed export: one more column on each sheet
    head = [*headers(columns, adjusted), *(["自动得分"] if reviewed else [])]
    several = len(view.periods) > 1

    def rows_of(cards: Sequence[Scorecard], ranks: Sequence[Cell], tied: Sequence[bool], note: str = ""):
        return [[*row(c, r, t, columns, adjusted, note), *([_auto(c)] if reviewed else [])]
                for c, r, t in zip(cards, ranks, tied, strict=True)]

    for group in view.groups:
        name = f"{group.period}{group.category}" if several else group.category
        _fill(_sheet(book, name, f"{TITLE} {group.name}排名"), head, rows_of(group.cards, group.ranks, group.tied))
    if not view.groups:
        _fill(_sheet(book, "排名", f"{TITLE} 排名"), head, [])
    if view.others:
        _fill(_sheet(book, "其他年度", f"{TITLE} 其他年度（不参与本次排名）"), head,
              rows_of(view.others, [""] * len(view.others), [False] * len(view.others), "其他年度，不参与本次排名"))
    _fill(_sheet(book, "扣分明细", f"{TITLE} 扣分明细"), [*DETAIL_HEADERS, *(["复核"] if reviewed else [])],
          [r for c in cards for r in _details(c, reviewed)])
    if view.unranked:
        _fill(_sheet(book, "待人工确认", f"{TITLE} 未识别或非年度报告文件，请人工确认"), list(UNRANKED_HEADERS),
              [list(r) for r in unranked_rows(view.unranked)])
    if errors:
        _fill(_sheet(book, "未能读取", f"{TITLE} 未能读取的文件"), list(ERROR_HEADERS),
              [[s, reason(s, m)] for s, m in errors])
    return _save(book)


def _auto(card: Scorecard) -> Cell:
    return "" if card.auto_score is None else card.auto_score


def _details(card: Scorecard, reviewed: bool) -> list[list[Cell]]:
    """Each finding, then the card's subtotals after caps and its 合计: 100 − 合计 = 得分 on this sheet too."""
    out: list[list[Cell]] = []
    for f, (n, text, topic, severity, _pts, basis, evidence, rule) in zip(card.findings, finding_rows(card),
                                                                           strict=True):
        points: Cell = "豁免" if f.waived else f.points
        out.append([card.agency, card.period, int(n), text + ("（一票否决）" if f.veto else ""), topic, severity,
                    points, basis, evidence, f.waived or "", f.source, rule, *([f.review] if reviewed else [])])
    for s in ledger(card):
        out.append([card.agency, card.period, "", f"小计：{s.topic}" + (f"（{s.note}）" if s.note else ""), "", "",
                    s.counted, "", "", "", "", "", *([""] if reviewed else [])])
    if card.findings:
        total: Cell = "一票否决" if card.veto else round(100.0 - card.score, 1)
        out.append([card.agency, card.period, "", f"合计（{label('scheme', card.profile)}，得分 "
                    f"{'0' if card.veto else number(card.score)}）", "", "", total, "", "", "", "", "",
                    *([""] if reviewed else [])])
    return out


def _sheet(book: Workbook, name: str, title: str) -> Worksheet:
    name = _SHEET_NAME.sub("", name)[:31] or "排名"
    taken = set(book.sheetnames)
    base, k = name, 2
    while name in taken:
        name = f"{base[:28]}{k}"
        k += 1
    sheet = book.create_sheet(name)
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0  # one page wide, as many pages long as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.oddHeader.center.text = title.replace("&", "&&")
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    return sheet


def _fill(sheet: Worksheet, headers: list[str], rows: list[list[Cell]]) -> None:
    widths = [_width(h) for h in headers]
    caps = [30 if head in WRAPPED else 24 for head in headers]  # long text wraps; short words and numbers whole
    # a column's width is min(widest + 2, cap): once its widest cell reaches cap - 2, no later cell changes it, and
    # a cell of n characters is at most 2n columns wide, so only a cell that may be wider is measured
    full = [cap - 2 for cap in caps]
    bold = Font(bold=True)
    # one Alignment of each kind for every cell: the workbook keeps each distinct style once whichever object
    # carries it (openpyxl's IndexedList), so the file is the same as with one object a cell
    centred, wrapped = Alignment(vertical="center"), Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate([headers, *rows], start=1):
        for col, value in enumerate(values, start=1):
            c = col - 1
            if isinstance(value, str):
                text = one_line(value)[:MAX_CELL_CHARS]  # also drops control characters, which xlsx cannot hold
                if not text:
                    continue  # a blank cell, not an empty string
                cell = sheet.cell(row=r, column=col)
                cell.value = text
                cell.data_type = "s"  # never a formula or an error value, whatever the text starts with
                if looks_like_formula(text):
                    cell.quotePrefix = True
                if widths[c] < full[c] and 2 * len(text) > widths[c]:
                    widths[c] = max(widths[c], _width(text))
            else:
                cell = sheet.cell(row=r, column=col, value=value)
                if isinstance(value, float):
                    cell.number_format = "0.0"
                if widths[c] < full[c]:
                    widths[c] = max(widths[c], len(str(value)))
            if r == 1:
                cell.font = bold
                cell.alignment = centred  # whole words: the column is as wide as its header
            elif headers[c] in WRAPPED:
                cell.alignment = wrapped
    for col, (head, width, cap) in enumerate(zip(headers, widths, caps, strict=True), start=1):
        sheet.column_dimensions[get_column_letter(col)].width = max(min(width + 2, cap), _width(head) + 2, MIN_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"


def _width(text: str) -> int:
    """Display columns: a CJK character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _save(book: Workbook) -> bytes:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(zipfile.ZipInfo(entry.filename, _ZIP_TIME), source.read(entry),
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()

"""An Excel workbook: sheet 排名 (one row per scorecard, one column per topic's deduction), sheet 扣分项
(one row per finding), and sheet 未能读取 when some inputs failed.

Report text never becomes a formula: openpyxl reads a string starting with "=" as one (and "#N/A" as an
error), so every text cell is typed as a string after it is set, and text a spreadsheet would evaluate when
the cell is edited (= + - @) also gets Excel's quote prefix. The bytes depend only on the cards: no
timestamps in the document properties or the zip entries.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from engine.model import Scorecard
from engine.render import one_line
from engine.render.csv_out import Cell, looks_like_formula, ranking

FINDING_HEADERS = ("机构", "期间", "规则", "主题", "标题", "依据", "严重程度", "扣分", "次数", "豁免原因", "证据",
                   "来源文件")
ERROR_HEADERS = ("文件", "原因")
MAX_CELL_CHARS = 32767  # Excel's limit for a cell's text
MIN_WIDTH, MAX_WIDTH = 6, 60
_EPOCH = datetime(1980, 1, 1)  # the earliest time a zip entry can carry; openpyxl cannot leave the dates out
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def render(cards: Sequence[Scorecard], errors: list[tuple[str, str]]) -> bytes:
    book = Workbook()
    book.properties.created = book.properties.modified = _EPOCH  # not now: the same cards, the same bytes
    ranking_sheet = book.active
    assert ranking_sheet is not None
    ranking_sheet.title = "排名"
    headers, rows = ranking(cards)
    reviewed = any(c.auto_score is not None for c in cards)  # a reviewed export: one more column on each sheet
    if reviewed:
        headers = [*headers, "自动得分"]
        rows = [[*row, "" if c.auto_score is None else c.auto_score] for row, c in zip(rows, cards, strict=True)]
    _fill(ranking_sheet, headers, rows, score_columns=(6, 7, len(headers)) if reviewed else (6, 7))
    findings: list[list[Cell]] = [
        [c.agency, c.period, f.rule, f.topic, f.title, f.basis, f.severity, f.points, f.occurrence,
         f.waived or "", f.evidence, f.source, *([f.review] if reviewed else [])]
        for c in cards for f in c.findings
    ]
    _fill(book.create_sheet("扣分项"), [*FINDING_HEADERS, *(["复核"] if reviewed else [])], findings)
    if errors:
        _fill(book.create_sheet("未能读取"), list(ERROR_HEADERS), [[s, m] for s, m in errors])
    return _save(book)


def _fill(sheet: Worksheet, headers: list[str], rows: list[list[Cell]], score_columns: Sequence[int] = ()) -> None:
    widths = [_width(h) for h in headers]
    for r, row in enumerate([headers, *rows], start=1):
        for col, value in enumerate(row, start=1):
            if isinstance(value, str):
                text = one_line(value)[:MAX_CELL_CHARS]  # also drops control characters, which xlsx cannot hold
                if not text:
                    continue  # a blank cell, not an empty string
                cell = sheet.cell(row=r, column=col)
                cell.value = text
                cell.data_type = "s"  # never a formula or an error value, whatever the text starts with
                if looks_like_formula(text):
                    cell.quotePrefix = True
                widths[col - 1] = max(widths[col - 1], _width(text))
            else:
                cell = sheet.cell(row=r, column=col, value=value)
                if col in score_columns:
                    cell.number_format = "0.0"
                widths[col - 1] = max(widths[col - 1], len(str(value)))
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
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

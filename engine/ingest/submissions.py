"""Monthly submission logs: did each agency hand its 主动公开政府信息送交明细表 to the archives by the 10th?

A log is a CSV with the header `agency,month,submitted_on` (month as YYYY-MM, submitted_on as YYYY-MM-DD,
empty when never submitted). The list for month M is due on the 10th of month M+1. A month of a year in
which the agency appears in the log, with no row or a late row, is missed, once its due date has passed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from engine.agency import same_agency
from engine.glossary import os_reason
from engine.ingest.text import decode
from engine.model import InputError

HEADER = ("agency", "month", "submitted_on")
DUE_DAY = 10


@dataclass(slots=True)
class AgencyYear:
    months: dict[int, tuple[date | None, str]] = field(default_factory=dict)  # month → (submitted, FILE:LINE)


@dataclass(slots=True)
class SubmissionLog:
    entries: dict[tuple[str, int], AgencyYear] = field(default_factory=dict)

    def missed(self, agency: str, year: int, today: date) -> list[tuple[str, str]] | None:
        """(YYYY-MM, why) for each missed month of `year`, or None when the agency is not in the log."""
        record = self.entries.get((agency, year)) or next(
            (r for (name, y), r in self.entries.items() if y == year and same_agency(name, agency)), None)
        if record is None:
            return None
        out = []
        for month in range(1, 13):
            due = date(year + (month == 12), month % 12 + 1, DUE_DAY)
            if due >= today:
                break
            submitted, where = record.months.get(month, (None, ""))
            if submitted is None:
                out.append((f"{year}-{month:02d}", f"未报送（应于{due.isoformat()}前）{where}".strip()))
            elif submitted > due:
                out.append((f"{year}-{month:02d}", f"{submitted.isoformat()}报送，晚于{due.isoformat()} ({where})"))
        return out


def is_submission_log(path: Path) -> bool:
    return path.suffix.lower() == ".csv"


def load_log(path: Path, log: SubmissionLog | None = None) -> SubmissionLog:
    """Read one CSV into `log`; any malformed line raises InputError naming FILE:LINE."""
    log = log or SubmissionLog()
    try:
        text, _ = decode(path.read_bytes(), str(path))
    except OSError as exc:
        raise InputError(f"{path}：无法读取报送记录（{os_reason(exc)}）；请检查文件和权限。") from exc
    reader = csv.reader(io.StringIO(text))
    header = tuple(h.strip() for h in next(reader, ()))
    if header != HEADER:
        raise InputError(f"{path}:1: 报送记录的第一行须为列名 {','.join(HEADER)}，而不是 {','.join(header)}")
    for n, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 3:
            raise InputError(f"{path}:{n}: 应有 3 列（单位 agency、月份 month、报送日期 submitted_on），"
                             f"本行有 {len(row)} 列")
        agency, month, submitted = (cell.strip() for cell in row)
        try:
            year, mon = (int(x) for x in month.split("-"))
            if not 1 <= mon <= 12:
                raise ValueError
            when = date.fromisoformat(submitted) if submitted else None
        except ValueError:
            raise InputError(f"{path}:{n}: 月份须写成 YYYY-MM，报送日期须写成 YYYY-MM-DD 或留空；"
                             f"本行为 {month!r}、{submitted!r}") from None
        if not agency:
            raise InputError(f"{path}:{n}: 单位名称为空")
        record = log.entries.setdefault((agency, year), AgencyYear())
        previous = record.months.get(mon)
        if previous is None or (when and (previous[0] is None or when < previous[0])):
            record.months[mon] = (when, f"{path.name}:{n}")  # the earliest submission counts
    return log

"""The roster of agencies that must report (`--roster agencies.csv`): who is missing (未报送), who is not expected.

A roster is a CSV file, UTF-8 (with or without BOM), one agency a row, with a header row naming these columns
(Chinese or English; only 单位名称 is required):

    单位名称 name · 层级 level · 类别 category · 地区 region · 别名 aliases (several, separated by ； ; 、 or |)
    · 年度 year (the 考核 years the agency must report for, e.g. 2023 or 2022、2023; empty: every year)

A roster speaks for one 考核 year: `--year` (else the latest period of the run's ranked cards). Names are matched
to that year's scorecards as history matches them (engine.agency.AgencyIndex: the same name, or one with its
higher-level place dropped, in an agreeing region). A roster agency due that year with no ranked card for it gets
a 未报送 card scored as the profile's `missing_report` says (default 0 points, 不合格); a card of that year that
matches no agency due that year is kept out of the ranking and listed apart (不在应报送单位名单内). Cards of other
years are left as they are: the roster does not speak for them.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from engine.agency import AgencyIndex, agency_key
from engine.glossary import LEVELS, os_reason
from engine.ingest.text import decode
from engine.model import InputError, Scorecard
from engine.profiles import Profiles
from engine.rules.loader import display_path

COLUMNS = {"单位名称": "name", "名称": "name", "name": "name", "层级": "level", "level": "level",
           "类别": "category", "category": "category", "地区": "region", "region": "region",
           "别名": "aliases", "aliases": "aliases", "年度": "years", "考核年度": "years", "year": "years"}
ALIAS_SPLIT = re.compile(r"[；;、|]")
LEVEL_CODES = {**{code: code for code in LEVELS}, **{word: code for code, word in LEVELS.items()},
               "省": "province", "市": "city", "县": "county", "县区": "county", "区": "county", "乡镇街道": "township",
               "街道": "township", "市直部门": "department"}
NOT_ON_ROSTER = "不在应报送单位名单内，请人工确认"
MISSING_WARNING = "未报送：名单内应报送单位，本期未收到年度报告"


class RosterError(Exception):
    """A roster that cannot be used; each problem is `FILE:LINE: message`."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Expected:
    name: str
    level: str = ""  # a level code (engine.glossary.LEVELS)
    category: str = ""
    region: str = ""
    aliases: tuple[str, ...] = ()
    line: int = 0
    years: frozenset[int] = frozenset()  # the 考核 years it must report for; empty: every year

    def due(self, year: int | None) -> bool:
        return not self.years or year is None or year in self.years


def load_roster(path: Path) -> list[Expected]:
    """The roster's agencies; every problem found (unknown column, empty or duplicate name, unknown level, not
    text) raises RosterError with the file and line, so nothing is scored against half a roster."""
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RosterError([f"{shown}:1: 无法读取名单文件（{os_reason(exc)}）"]) from None
    try:  # as a report's text is read: UTF-8, or the GBK that Excel's and WPS's plain "CSV" save in China
        text, _ = decode(data, shown)
    except InputError as exc:
        raise RosterError([f"{shown}:1: {str(exc).removeprefix(f'{shown}：')}"]) from None
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise RosterError([f"{shown}:1: 名单为空；第一行应为列名：单位名称,层级,类别,地区,别名"])
    header = [cell.strip() for cell in rows[0]]
    problems = [f"{shown}:1: 未知的列“{cell}”；可用的列：单位名称、层级、类别、地区、别名、年度"
                for cell in header if cell and cell not in COLUMNS]
    keys = [COLUMNS.get(cell, "") for cell in header]
    if "name" not in keys:
        problems.append(f"{shown}:1: 缺少“单位名称”列")
    if problems:
        raise RosterError(problems)
    out: list[Expected] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(keys):
            problems.append(f"{shown}:{line}: 本行有 {len(row)} 列，多于列名的 {len(keys)} 列（名称中的逗号请加引号）")
            continue
        values = {k: cell.strip() for k, cell in zip(keys, row, strict=False) if k}
        name = values.get("name", "")
        if not name:
            problems.append(f"{shown}:{line}: 单位名称为空")
            continue
        level = values.get("level", "")
        if level and level not in LEVEL_CODES:
            problems.append(f"{shown}:{line}: 未知的层级“{level}”；可用：{'、'.join(LEVELS.values())}")
            continue
        years = [y.strip() for y in re.split(r"[；;、|,，\s]+", values.get("years", "")) if y.strip()]
        if bad := [y for y in years if not (y.isdigit() and 2000 <= int(y) <= 2100)]:
            problems.append(f"{shown}:{line}: 年度“{bad[0]}”无效；请写四位年份，如 2023，几个年度用顿号隔开")
            continue
        aliases = tuple(a.strip() for a in ALIAS_SPLIT.split(values.get("aliases", "")) if a.strip())
        duplicate = False
        for written in (name, *aliases):
            key = agency_key(written)
            if seen.get(key, line) != line:  # an alias may be its own name written another way (白鹭县政府)
                problems.append(f"{shown}:{line}: 单位名称“{written}”重复（第 {seen[key]} 行已有）")
                duplicate = True
            seen.setdefault(key, line)
        if not duplicate:
            out.append(Expected(name, LEVEL_CODES.get(level, ""), values.get("category", ""),
                                values.get("region", ""), aliases, line, frozenset(map(int, years))))
    if problems:
        raise RosterError(problems)
    if not out:
        raise RosterError([f"{shown}:2: 名单中没有单位"])
    return out


def roster_year(cards: list[Scorecard], year: int | None) -> int | None:
    """The 考核 year a roster is checked for: the one asked for, else the latest year of the ranked cards."""
    if year is not None:
        return year
    years = [_year(c.period) for c in cards if c.ranked and c.period]
    return max((y for y in years if y is not None), default=None)


def _year(period: str) -> int | None:
    return int(period[:4]) if period[:4].isdigit() else None


def apply_roster(cards: list[Scorecard], roster: list[Expected], profiles: Profiles,
                 profile: str, year: int | None = None) -> list[Scorecard]:
    """The cards with the roster's categories filled in and, for the 考核 year (`roster_year`): its cards from
    outside the roster kept out of the ranking, and one 未报送 card for each agency due that year without one."""
    year = roster_year(cards, year)
    index: AgencyIndex[int] = AgencyIndex()
    for i, card in enumerate(cards):
        if card.ranked and (year is None or _year(card.period) == year):
            index.add(card.agency, card.region or None, i)
    matched: set[int] = set()
    missing: list[Scorecard] = []
    for entry in roster:
        found = {i for written in (entry.name, *entry.aliases) for i in index.find(written, entry.region or None)}
        for i in found:
            cards[i].category = cards[i].category or entry.category
            cards[i].level = cards[i].level or entry.level
        if not entry.due(year):
            continue
        matched |= found
        if not found:
            missing.append(_missing(entry, str(year) if year is not None else "", profiles, profile))
    for i, card in enumerate(cards):
        if card.ranked and i not in matched and (year is None or _year(card.period) == year):
            card.ranked, card.unranked_reason = False, NOT_ON_ROSTER
    return cards + missing


def _missing(entry: Expected, period: str, profiles: Profiles, profile: str) -> Scorecard:
    kind = "university_annual" if entry.level == "university" else "government_annual"
    year = int(period[:4]) if period[:4].isdigit() else None
    chosen, _ = profiles.choose(profile, kind, entry.level or None, year)
    return Scorecard(agency=entry.name, period=period, profile=chosen.name, score=chosen.missing_score,
                     grade=chosen.missing_grade, veto=False, findings=[], inputs=[],
                     normalised_score=chosen.missing_score, warnings=[MISSING_WARNING], kind=kind,
                     level=entry.level, region=entry.region, category=entry.category, submitted=False)

"""The report text a finding was read from, with its evidence marked in place.

The store keeps facts, findings and evidence, not whole texts, so the text is read again from the file the run
scored, and only when that file is still what was scored: its path comes from the stored card (never from the
URL), it must lie inside one of the run's inputs, and its SHA-256 must be a document the store holds. The text
is then the same normalised text the evidence was cut from (see docs/design.md), so the evidence can be found
in it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa

from engine.pipeline import parse_file
from engine.store import file_hash, results, runs

MIN_MARK = 6  # a shorter piece of evidence would mark unrelated places


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    marked: bool


@dataclass(frozen=True, slots=True)
class SourceText:
    """The text split into plain and marked segments."""

    segments: tuple[Segment, ...] = ()
    found: bool = False  # whether the evidence was located in the text


def split_source(source: str) -> tuple[str, int]:
    """"a.txt#2" (the second report in a compilation) → ("a.txt", 1)."""
    path, _, part = source.rpartition("#")
    if path and part.isdigit() and int(part) >= 1:
        return path, int(part) - 1
    return source, 0


def _inside(path: Path, inputs: list[str]) -> bool:
    for given in inputs:
        root = Path(given).resolve()
        if path == root or path.is_relative_to(root):
            return True
    return False


def load_text(engine: sa.Engine, run_id: int, source: str) -> tuple[str | None, str]:
    """(text, "") or (None, why not)."""
    name, position = split_source(source)
    with engine.connect() as conn:
        inputs = conn.execute(sa.select(runs.c.inputs).where(runs.c.id == run_id)).scalar()
    path = Path(name).resolve()
    if not inputs or not _inside(path, json.loads(inputs)):
        return None, "原文件不在本批次的输入范围内，无法显示原文"
    if not path.is_file():
        return None, f"原文件 {name} 已不在原处（请在评分时所在的目录启动服务），只能显示证据摘录"
    digest = file_hash(path)
    with engine.connect() as conn:
        known = conn.execute(sa.select(results.c.id).where(results.c.file_hash == digest).limit(1)).first()
    if known is None:
        return None, f"原文件 {name} 在评分后已被修改，为免误导不显示原文"
    texts = _texts(str(path), digest)
    if position >= len(texts):
        return None, "原文件中找不到这份报告"
    return texts[position], ""


@lru_cache(maxsize=64)
def _texts(path: str, digest: str) -> tuple[str, ...]:
    """Parsed once per file version: the digest is part of the key, so a changed file is read again."""
    return tuple(report.text for report in parse_file(Path(path)))


def _pattern(evidence: str) -> re.Pattern[str] | None:
    """The evidence as it appears in the text: whitespace may differ, and a clipped snippet ends with …"""
    chars = [ch for ch in evidence.rstrip("…").strip() if not ch.isspace()]
    if len(chars) < 2:
        return None
    return re.compile(r"\s*".join(re.escape(ch) for ch in chars))


def _longest_prefix(text: str, part: str) -> re.Pattern[str] | None:
    """The longest start of the snippet that occurs in the text (at least MIN_MARK characters): derived facts
    append an explanation to the quoted text, e.g. "发布日期:2023-03-08 (期限 2023-01-31 …)". A prefix that
    occurs means every shorter one does, so a binary search finds it."""
    chars = part.rstrip("…").strip()
    whole = _pattern(chars)
    if whole is None or whole.search(text):
        return whole
    low, high = MIN_MARK, len(chars) - 1  # invariant: a prefix of `low` may occur, of `high + 1` does not
    if (first := _pattern(chars[:low])) is None or not first.search(text):
        return None
    while low < high:
        middle = (low + high + 1) // 2
        found = _pattern(chars[:middle])
        if found is not None and found.search(text):
            low = middle
        else:
            high = middle - 1
    return _pattern(chars[:low])


def highlight(text: str, evidence: str) -> SourceText:
    """Every place each part of the evidence occurs is marked (a rule's evidence may join several snippets with
    "; "); the template escapes each segment, so nothing in the text can become markup."""
    spans: list[tuple[int, int]] = []
    for part in evidence.split("; "):
        pattern = _longest_prefix(text, part)
        if pattern is not None:
            spans += [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    segments, at = [], 0
    for start, end in sorted(spans):
        if end <= at:
            continue  # inside a span already marked
        start = max(start, at)
        if start > at:
            segments.append(Segment(text[at:start], False))
        segments.append(Segment(text[start:end], True))
        at = end
    if at < len(text):
        segments.append(Segment(text[at:], False))
    return SourceText(tuple(segments), found=bool(spans))

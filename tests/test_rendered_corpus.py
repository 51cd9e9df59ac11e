"""Every sample in reports/ and every shared corpus, scored and rendered in every format, reads as the office's
document: no unfilled `{…}`, no title that is only a number, no English word outside rule ids, paths and URLs.

What the reports themselves say (agency names, quotes, file names) is taken out before looking for English:
those are the agencies' words, not ours. JSON is the machine contract (codes stay codes), so it is checked for
placeholders and titles only. An internal error's exception text (after 技术信息：) is for the maintainers.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import openpyxl
import pytest

from engine.batch import Engine, run
from engine.render import FORMATS, clip, one_line, readable, render
from engine.render.html_out import esc
from engine.render.markdown import cell

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/corpus")
CORPORA = {"reports": [ROOT / "reports"],
           **{name: [SHARED / name] for name in ("dev", "web", "real") if (SHARED / name).is_dir()}}
UNFILLED = re.compile(r"\{[a-z0-9_]+(?:\.[a-z0-9_]+)*\}")
WORD = re.compile(r"[A-Za-z]{2,}")
# rule ids and fact names, URLs, paths and file names: codes a person may copy, not sentences
CODES = re.compile(r"\b[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+\b|https?://\S+|\S*/\S*|\S+\.(?:txt|text|pdf|docx|html?|"
                   r"shtml|json|md|doc|wps|xlsx?|jpe?g|png|csv)\b")
# an internal error keeps the exception for the maintainers, after 技术信息：(engine.batch)
TECHNICAL = re.compile(r"技术信息：.*")
# names people use as they are: file formats, tools
NAMES = {"PDF", "OCR", "WPS", "Word", "Excel", "ocrmypdf", "chi", "sim", "language", "docx", "txt", "text", "html",
         "htm", "shtml", "pdf", "xlsx", "csv", "md", "json"}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def scored(request):
    result = run(Engine.load(), CORPORA[request.param])
    errors = [(e.source, e.error or "") for e in result.errors]
    quoted: set[str] = set()
    for c in result.cards:
        for text in (c.agency, *c.inputs, *(f.evidence for f in c.findings), *(f.source for f in c.findings)):
            for v in (text, readable(text), one_line(readable(text)), clip(one_line(readable(text)), 60)):
                quoted |= {v, cell(v), esc(v), v.replace("_", "\\_")}
    return request.param, result.cards, errors, sorted((q for q in quoted if len(q) >= 6), key=len, reverse=True)


def _texts(fmt: str, out: str | bytes) -> list[str]:
    if fmt == "xlsx":
        book = openpyxl.load_workbook(io.BytesIO(out))
        return [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    if fmt == "csv":
        return [v for row in csv.reader(io.StringIO(out.decode("utf-8-sig"))) for v in row]
    if fmt == "html":
        return [re.sub(r"<style>.*?</style>|<script>.*?</script>|<[^>]+>", " ", out, flags=re.S)]
    return [out]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_output_reads_as_the_offices_document(scored, fmt):
    name, cards, errors, quoted = scored
    assert cards, name
    out = render(cards, fmt, errors=errors)
    if fmt == "json":
        for card in json.loads(out):
            for f in card["findings"]:
                assert not UNFILLED.search(f["title"]), (card["agency"], f["title"])
                assert not f["title"].strip().replace(".", "").isdigit(), (card["agency"], f["title"])
        return
    english: dict[str, str] = {}
    for text in _texts(fmt, out):
        assert not UNFILLED.search(text), (name, fmt, UNFILLED.search(text).group(0))
        for q in quoted:
            text = text.replace(q, " ")
        text = CODES.sub(" ", TECHNICAL.sub(" ", text.replace("\\_", "_")))
        for m in WORD.finditer(text):
            if m.group(0) not in NAMES:
                english.setdefault(m.group(0), text[max(0, m.start() - 30):m.end() + 30])
    assert not english, (name, fmt, english)
    for card in cards:
        for f in card.findings:
            assert not f.title.strip().replace(".", "").isdigit(), (card.agency, f.title)

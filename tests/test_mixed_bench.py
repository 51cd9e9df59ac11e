"""bench/mixed.py's files say what the synthetic reports say: the same table figures come out of the gov-site page,
the PDF and the .docx as out of the report's text, so the mixed benchmark times real work."""

from __future__ import annotations

import random
from pathlib import Path

import mixed
import pytest
import synth

from engine.ingest import load, normalise
from engine.parse import parse_text

KEYS = ("requests.received", "requests.completed", "requests.carried_forward", "tables.requests_layout",
        "appeals.review", "table3.open.total", "table3.deny_secret.natural", "table4.review.total")


def _figures(facts) -> dict:
    return {k: facts[k].value for k in KEYS if k in facts}


@pytest.fixture(scope="module")
def reports() -> list[synth.Synth]:
    modern = [s for s in synth.generate_reports(40, seed=5) if s.kind in ("gov2019", "gov2021")]
    gbk = [s for s in modern if s.encoding == "gbk"]
    return [*modern[:2], *gbk[:1]]


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_every_format_gives_the_text_figures(reports, tmp_path: Path, fmt: str) -> None:
    for index, s in enumerate(reports):
        expected = _figures(parse_text(normalise(s.text), s.name).facts)
        assert expected.get("requests.received") is not None  # the report has its 表三
        if fmt == "html":
            data = mixed.to_html(s, mixed._chrome(random.Random(index)))
        elif fmt == "docx":
            data = mixed.to_docx(s)
        else:
            data = mixed.to_pdf(s)
        path = tmp_path / f"{index}.{fmt}"
        path.write_bytes(data)
        doc = load(path)
        assert _figures(parse_text(doc.text, s.name).facts) == expected, f"{fmt} {s.name}"
        if fmt == "html":
            assert len(data) > 100_000  # a gov-site page with its chrome
            assert doc.encoding == ("gb18030" if s.encoding == "gbk" else "utf_8")

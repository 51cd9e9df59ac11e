"""bench/synth.py: deterministic, every kind and defect, 5–15 KB files, tables the parser agrees with, GBK decodes."""

from __future__ import annotations

import pytest
import synth  # bench/, on the path through conftest.py

from engine.ingest import load, normalise
from engine.pipeline import parse_file

N = 40




@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth")
    return out, synth.write(out, N, seed=11)


def test_deterministic_for_a_seed():
    first = list(synth.generate(N, seed=3))
    assert first == list(synth.generate(N, seed=3))
    assert first[:15] == list(synth.generate(15, seed=3))  # a shorter run is a prefix
    assert first != list(synth.generate(N, seed=4))
    assert len({name for name, _ in first}) == N


def test_every_kind_and_defect(corpus):
    _, docs = corpus
    assert {d.kind for d in docs} == set(synth.KINDS)
    assert {x for d in docs for x in d.defects} == set(synth.DEFECTS)
    with_defects = sum(1 for d in docs if d.defects)
    assert 0.2 * N <= with_defects <= 0.4 * N
    reports = [d for d in docs if d.kind not in ("summary", "template")]
    assert all(set(d.defects) <= set(synth.COMPATIBLE[d.kind]) for d in reports)
    agencies = [d.agency for d in docs if d.agency]
    assert len(set(agencies)) < len(agencies)  # some agency has several years


def test_file_sizes(corpus):
    out, docs = corpus
    for d in docs:
        size = (out / d.name).stat().st_size
        assert 5 * 1024 <= size <= 15 * 1024, (d.name, size)


def test_tables_add_up_unless_broken(corpus):
    out, docs = corpus
    modern = [d for d in docs if d.kind == "gov2021"]
    broken = [d for d in modern if "table3" in d.defects]
    assert broken and len(broken) < len(modern)
    for d in modern:
        (report,) = parse_file(out / d.name)
        problems = report.value("quality.inconsistencies")
        if "table3" in d.defects:
            assert problems, d.name
        else:
            assert problems == [], (d.name, problems)


def test_gbk_files_decode(corpus):
    out, docs = corpus
    gbk = [d for d in docs if d.encoding == "gbk"]
    assert gbk
    for d in gbk:
        data = (out / d.name).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        assert data.decode("gbk") == d.text
        doc = load(out / d.name)
        assert doc.encoding in ("gb18030", "gbk", "gb2312"), doc.encoding
        assert doc.text == normalise(d.text)


def test_padding_never_says_what_the_parser_reads():
    for theme, sentence in synth.padding_samples(seed=1, k=120):
        forbidden = synth.FORBIDDEN_TEMPLATE if theme == "template" else synth.FORBIDDEN
        assert not forbidden.search(sentence), (theme, sentence)

"""The layout zoo (tests/layout_zoo.py): the statutory tables rendered to HTML, DOCX and PDF and flattened by real
tools. Every layout that keeps the numbers in row order is read back cell for cell; the others give no figure
they cannot vouch for, and say so in `tables.unread`. Nothing is ever read wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_zoo import STYLES, Report, flatten_all, sample

from engine.ingest import load, normalise
from engine.parse import parse_text

FORMATS = ("2021", "trial")
TOOLS = (*(f"text:{s}" for s in STYLES), "html:ingest", "docx:ingest", "html:chromium-innertext", "html:lynx",
         "html:w3m", "html:html2text", "docx:python-docx-cells", "docx:libreoffice-txt", "doc:libreoffice",
         *(f"pdf-{maker}:{how}" for maker in ("reportlab", "chromium", "libreoffice")
           for how in ("ingest", "pdftotext-reading", "pdftotext-raw", "pdftotext-layout")))
# Layouts that cannot be read whole: blank cells (a blank is not a 0); Debian html2text, which cuts multi-byte
# characters and runs numbers into labels; pdftotext's default reading order, which lists a grid column by column
# (where a table's rows happen to come out whole it is read, so these may also be read whole).
PARTIAL = {"text:empty_cells", "html:html2text", "pdf-reportlab:pdftotext-reading",
           "pdf-chromium:pdftotext-reading", "pdf-libreoffice:pdftotext-reading"}
TABLES = {"表二": "table2.", "表三": "table3.", "表四": "table4."}


@pytest.fixture(scope="session")
def zoo(tmp_path_factory) -> dict[str, tuple[Report, dict[str, tuple[str, str]]]]:
    """Both formats rendered and flattened once per test session (Chromium and LibreOffice are slow to start)."""
    root = tmp_path_factory.mktemp("zoo")
    return {fmt: (report, flatten_all(report, root / fmt))
            for fmt, report in (("2021", sample(trial=False)), ("trial", sample(trial=True)))}


def _facts(suffix: str, content: str, folder: Path):
    """Facts of one layout: a tool's printout is read as ingest reads a .txt (after decoding); files are loaded."""
    if suffix == ".txt":
        text = normalise(content)
    elif suffix == ".html":
        page = folder / "page.html"
        page.write_text(content, encoding="utf-8")
        text = load(page).text
    else:
        text = load(Path(content)).text
    return parse_text(text, "zoo").facts


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_cell_is_read_right_or_not_at_all(zoo, tmp_path: Path, fmt: str, tool: str) -> None:
    report, layouts = zoo[fmt]
    if tool not in layouts:
        pytest.skip(f"{tool.split(':')[1]} is not installed here")
    facts = _facts(*layouts[tool], tmp_path)
    expected = report.expected()
    got = {k: f.value for k, f in facts.items() if k.startswith(tuple(TABLES.values()))}

    wrong = {k: (v, expected.get(k)) for k, v in got.items() if expected.get(k) != v}
    assert not wrong, f"{tool}: read wrong (got, expected): {wrong}"
    missing = sorted(k for k in expected if k not in got)
    if tool not in PARTIAL:
        assert not missing, f"{tool}: not read: {missing}"
        assert "tables.unread" not in facts
    for name, prefix in TABLES.items():
        unread = [k for k in missing if k.startswith(prefix)]
        if unread and name != "表二":  # 表二 rows are read one by one; 表三 and 表四 say what they could not read
            assert name in " ".join(facts["tables.unread"].value), f"{tool}: {name} partly unread without a note"


def test_column_by_column_text_gives_no_table3_figures(zoo, tmp_path: Path) -> None:
    """pdftotext's reading order lists the grid column by column: the cell count still fits 表三, and reading it
    in row order would give 175 wrong figures. The labels are not next to their rows, so nothing is read."""
    report, layouts = zoo["2021"]
    if "pdf-chromium:pdftotext-reading" not in layouts:
        pytest.skip("pdftotext or chromium is not installed here")
    facts = _facts(*layouts["pdf-chromium:pdftotext-reading"], tmp_path)
    assert not [k for k in facts if k.startswith("table3.")]
    assert "requests.received" not in facts
    assert any("表三" in note for note in facts["tables.unread"].value)
    assert facts["tables.requests"].value is False


def test_blank_cells_are_not_zeros(zoo, tmp_path: Path) -> None:
    report, layouts = zoo["2021"]
    facts = _facts(*layouts["text:empty_cells"], tmp_path)
    expected = report.expected()
    blank = [k for k, v in expected.items() if k.startswith("table3.") and v == 0]
    assert blank and not [k for k in blank if k in facts]
    stated = [k for k, v in expected.items() if k.startswith("table3.") and v != 0]
    assert stated and all(facts[k].value == expected[k] for k in stated)
    assert any("空白" in note for note in facts["tables.unread"].value)


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_no_layout_makes_a_contradiction_the_tables_do_not_hold(zoo, tmp_path: Path, fmt: str, tool: str) -> None:
    """Every identity of the sample's tables holds: a layout read partly or not at all must not turn into a
    quality.inconsistencies line (a false one would be a deduction)."""
    _, layouts = zoo[fmt]
    if tool not in layouts:
        pytest.skip(f"{tool.split(':')[1]} is not installed here")
    facts = _facts(*layouts[tool], tmp_path)
    assert facts["quality.inconsistencies"].value == [], tool

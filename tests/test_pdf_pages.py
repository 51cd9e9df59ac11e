"""engine.ingest.pdf reads pages through PDFium's C functions (pypdfium2.raw); each page's text must be exactly what
pypdfium2's own objects give (PdfDocument → PdfPage → PdfTextPage.get_text_range()), and failures must say the same."""

from __future__ import annotations

from pathlib import Path

import hostile_files as H
import pypdfium2 as pdfium
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine import limits
from engine.ingest import pdf
from engine.model import InputError

REAL = sorted(Path("/work/shared/corpus/real").glob("*.pdf"))


def reference(data: bytes) -> list[str]:
    """The pages as pypdfium2's helper objects read them (what engine.ingest.pdf did before the C calls)."""
    document = pdfium.PdfDocument(data)
    try:
        out = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return out
    finally:
        document.close()


# Helvetica's WinAnsi text without the string delimiters: letters, digits, spaces and punctuation, and control
# codes: PDFium leaves \x00 and some others out of the text, also at a page's first and last character
_LINE = st.text(st.sampled_from("abcXYZ019 .,;:-+*/%$#@!?'\"[]{}<>=_|~\x00\x01\x02\x03"), max_size=40)


@settings(max_examples=60, deadline=None)
@example([["\x00"]])  # every character left out: no text
@example([["\x00ab\x00", "\x02"], ["\x03\x00"]])
@given(st.lists(st.lists(_LINE, max_size=6), min_size=1, max_size=4))
def test_page_texts_are_pypdfium2s(pages: list[list[str]]) -> None:
    streams = [H.text_ops(lines) for lines in pages]
    data = H.pdf(streams, pages=len(streams))
    assert list(pdf.page_texts(data)) == reference(data)


def test_printed_exported_and_generated_pdfs_read_as_pypdfium2_does(tmp_path: Path) -> None:
    """The three ways a report becomes a PDF: a report generator (reportlab), Chromium printing the web page and
    LibreOffice exporting the Word file, each with the statutory tables as ruled grids."""
    import layout_zoo as Z

    report = Z.sample(trial=False)
    made = [Z.to_pdf_reportlab(report, tmp_path / "generated.pdf")]
    if Z.have("chromium") and Z.have("chromedriver"):
        page = tmp_path / "page.html"
        page.write_text(Z.to_html(report), encoding="utf-8")
        Z.chromium(page, made[-1].with_name("printed.pdf"))
        made.append(made[-1].with_name("printed.pdf"))
    if Z.have("soffice"):
        made.append(Z.libreoffice(Z.to_docx(report, tmp_path / "word.docx"), "pdf", tmp_path))
    for path in made:
        data = path.read_bytes()
        pages = list(pdf.page_texts(data, path.name))
        assert pages == reference(data), path.name
        assert pages and all(pages) and "\x00" not in "".join(pages), path.name


@pytest.mark.skipif(not REAL, reason="shared corpus not available")
@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_real_pdfs_read_as_pypdfium2_does(path: Path) -> None:
    data = path.read_bytes()
    assert list(pdf.page_texts(data)) == reference(data)


def test_a_file_pdfium_cannot_open_is_unreadable_with_pdfiums_error_named() -> None:
    with pytest.raises(InputError, match=r"无法读取的PDF文件.*技术信息：PdfiumError"):
        pdf.extract(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%% truncated", "broken.pdf")


def test_a_password_pdfium_meets_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    # The trailer check (limits.pdf_encrypted) stops these first; without it, PDFium's own password error must
    # give the same advice, not "unreadable".
    monkeypatch.setattr(limits, "pdf_encrypted", lambda data: False)
    with pytest.raises(InputError, match="该PDF已加密，需要密码；请取得无密码的版本后再评分"):
        pdf.extract(H.pdf([H.text_ops(["secret"])], encrypt=True), "locked.pdf")


def test_pages_past_the_limit_stop_before_any_page_is_read() -> None:
    saved = limits.current()
    limits.configure(limits.Limits(pages=2))
    try:
        with pytest.raises(limits.BudgetExceeded, match="页数超过上限"):
            next(pdf.page_texts(H.pdf([H.text_ops(["x"])], pages=3), "long.pdf"))
    finally:
        limits.configure(saved)

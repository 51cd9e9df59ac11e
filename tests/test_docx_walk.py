"""The .docx walk's shortcuts give exactly the lines the plain walk gave (issue 17: speed only, same text).

engine/ingest/docx.py reads a paragraph's runs in one loop (a stack only inside run holders) and a table cell's
paragraphs directly (no generator per cell). Both are checked against the walk as it was, kept here as the
reference, on generated document bodies: runs with text, tabs and breaks, run holders nested in each other,
deleted text, text boxes in drawings (never read), nested tables, content controls and vertically merged cells.
"""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from engine.ingest import docx
from engine.ingest.docx import _CONTINUING, _P, _R, _RUN_HOLDERS, _RUN_MARKS, _SDT, _SDT_CONTENT, _T, _TBL, _TC, _TR

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph_by_stack(p) -> str:
    parts: list[str] = []
    stack = list(reversed(p))
    while stack:
        el = stack.pop()
        if el.tag == _R:
            for child in el:
                if child.tag == _T:
                    parts.append(child.text or "")
                elif child.tag in _RUN_MARKS:
                    parts.append(_RUN_MARKS[child.tag])
        elif el.tag in _RUN_HOLDERS:
            stack.extend(reversed(el))
    return "".join(parts)


def _blocks_before(parent) -> Iterator[str]:
    """The walk before the shortcuts."""
    for child in parent:
        if child.tag == _P:
            yield _paragraph_by_stack(child)
        elif child.tag == _TBL:
            continuing = set(_CONTINUING(child))
            for tr in child.iterchildren(_TR):
                cells = ["" if tc in continuing else " ".join(s.strip() for s in _blocks_before(tc) if s.strip())
                         for tc in tr.iterchildren(_TC)]
                if any(cells):
                    yield " | ".join(cells)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks_before(content)


TEXT = st.text(st.sampled_from(list("本机关收到申请件0123，。 \u3000ab")), max_size=6)
RUN_PART = st.one_of(
    TEXT.map(lambda t: f"<w:t xml:space='preserve'>{t}</w:t>"),
    st.sampled_from(["<w:tab/>", "<w:br/>", "<w:cr/>", "<w:noBreakHyphen/>", "<w:rPr><w:b/></w:rPr>",
                     "<w:delText>删去</w:delText>", "<w:instrText>PAGE</w:instrText>",
                     "<w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing>"]),
)
RUN = st.lists(RUN_PART, max_size=4).map(lambda parts: "<w:r>" + "".join(parts) + "</w:r>")
HOLDERS = st.sampled_from(["hyperlink", "ins", "smartTag", "fldSimple", "sdt", "sdtContent", "del", "moveFrom"])
INLINE = st.recursive(RUN | st.just("<w:pPr/>"), lambda inner: st.builds(
    lambda tag, kids: f"<w:{tag}>{''.join(kids)}</w:{tag}>", HOLDERS, st.lists(inner, max_size=3)), max_leaves=8)
PARAGRAPH = st.lists(INLINE, max_size=4).map(lambda parts: "<w:p>" + "".join(parts) + "</w:p>")
MERGE = st.sampled_from(["", "<w:tcPr><w:vMerge/></w:tcPr>", "<w:tcPr><w:vMerge w:val='restart'/></w:tcPr>",
                         "<w:tcPr><w:vMerge w:val='continue'/></w:tcPr>", "<w:tcPr><w:gridSpan w:val='2'/></w:tcPr>"])


def _container(blocks: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    cell = st.builds(lambda merge, kids: f"<w:tc>{merge}{''.join(kids)}</w:tc>", MERGE, st.lists(blocks, max_size=3))
    row = st.lists(cell, min_size=1, max_size=3).map(lambda cells: "<w:tr>" + "".join(cells) + "</w:tr>")
    table = st.lists(row, min_size=1, max_size=3).map(lambda rows: "<w:tbl><w:tblGrid/>" + "".join(rows) + "</w:tbl>")
    sdt = st.lists(blocks, max_size=3).map(lambda kids: "<w:sdt><w:sdtContent>" + "".join(kids)
                                           + "</w:sdtContent></w:sdt>")
    return table | sdt


BLOCK = st.recursive(PARAGRAPH, _container, max_leaves=12)


@settings(max_examples=130, deadline=None)
@given(st.lists(BLOCK, max_size=5))
def test_the_walk_gives_the_lines_the_stack_walk_gave(blocks: list[str]) -> None:
    body = etree.fromstring(f"<w:body xmlns:w='{W}'>{''.join(blocks)}</w:body>")
    assert list(docx._blocks(body)) == list(_blocks_before(body))


def test_holders_inside_holders_keep_their_order() -> None:
    p = etree.fromstring(f"<w:p xmlns:w='{W}'><w:r><w:t>甲</w:t></w:r><w:hyperlink><w:r><w:t>乙</w:t></w:r>"
                         "<w:ins><w:r><w:t>丙</w:t></w:r></w:ins><w:r><w:t>丁</w:t></w:r></w:hyperlink>"
                         "<w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:tab/><w:t>戊</w:t></w:r></w:p>")
    assert docx._paragraph(p) == "甲乙丙丁\t戊"

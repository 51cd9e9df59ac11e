"""Word .docx → text, paragraphs and tables in the order the document shows them.

python-docx lists paragraphs and tables separately; a report's 表三 must stay between the paragraphs
that introduce and follow it, so the body's children are read in order instead. A table row becomes
one line, its cells joined by " | " like HTML tables, so later stages read both the same way.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from engine.limits import check_zip
from engine.model import InputError

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_SDT, _SDT_CONTENT = qn("w:sdt"), qn("w:sdtContent")
_TC_PR, _V_MERGE, _VAL = qn("w:tcPr"), qn("w:vMerge"), qn("w:val")


def _blocks(parent: Any, owner: Any) -> Iterator[str]:
    """Lines of a body, table cell or content-control element (lxml), in document order."""
    for child in parent.iterchildren():
        if child.tag == _P:
            yield Paragraph(child, owner).text
        elif child.tag == _TBL:
            yield from _table_lines(child, owner)
        elif child.tag == _SDT:  # content controls (e.g. a table of contents) wrap ordinary blocks
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content, owner)


def _continues_merge(tc: Any) -> bool:
    """A cell continuing a vertical merge would repeat the text above it; it is shown empty instead."""
    pr = tc.find(_TC_PR)
    merge = None if pr is None else pr.find(_V_MERGE)
    return merge is not None and merge.get(_VAL) in (None, "continue")


def _table_lines(tbl: Any, owner: Any) -> Iterator[str]:
    # Each <w:tc> once: a horizontally merged cell is one element spanning columns, so it is not repeated.
    for tr in tbl.iterchildren(_TR):
        cells = ["" if _continues_merge(tc) else " ".join(s.strip() for s in _blocks(tc, owner) if s.strip())
                 for tc in tr.iterchildren(_TC)]
        if any(cells):
            yield " | ".join(cells)


def extract(data: bytes, source: str) -> str:
    """The text of a .docx file's body; InputError when it is not a readable .docx."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(f"{source}: this is an old Word 97-2003 .doc file renamed .docx; open it in Word or "
                         "WPS and save it as .docx.")
    check_zip(data, source)  # zip bombs: member sizes checked before the reader inflates them
    try:
        document = open_docx(io.BytesIO(data))
        return "\n".join(_blocks(document.element.body, document))
    except Exception as exc:  # python-docx raises zipfile, lxml, KeyError... for damaged files
        raise InputError(f"{source}: not a readable Word .docx file ({type(exc).__name__}); it may be "
                         "damaged or not really a .docx. Open it in Word or WPS and save it again.") from exc

"""Word .docx → text, paragraphs and tables in the order the document shows them.

`word/document.xml` is read straight from the zip with lxml (python-docx builds an object per run and
was measured 9x slower for the same text). The body's children are walked in order, so a report's 表三
stays between the paragraphs that introduce and follow it. A table row becomes one line, its cells joined
by " | " like HTML tables (the grid hand-off in docs/design.md): a cell merged across columns (gridSpan)
is written once, a cell continuing a vertical merge (vMerge) is written empty.

Only word/document.xml is inflated: every member's declared size is checked first (from the zip's central
directory, without inflating anything), and the one read is a stream capped at the budget, so a small zip cannot
expand into gigabytes of XML. The other members (styles, themes, fonts: 0.85 MB in python-docx's template) are
never inflated.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree

from engine import limits
from engine.limits import check_zip
from engine.model import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _R, _T = (f"{_W}{t}" for t in ("p", "tbl", "tr", "tc", "r", "t"))
_SDT, _SDT_CONTENT = f"{_W}sdt", f"{_W}sdtContent"
# what a run's children write besides <w:t>
_RUN_MARKS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
# paragraph children whose runs are shown text (links, tracked insertions, fields, smart tags, content controls)
_RUN_HOLDERS = frozenset(f"{_W}{t}" for t in ("hyperlink", "ins", "smartTag", "fldSimple", "customXml", "sdt",
                                              "sdtContent", "moveTo", "dir", "bdo"))
_BODY = "word/document.xml"
MAX_XML_BYTES = 64 * 1024 * 1024  # a long report's document.xml is a few MB; more is a bomb or a compilation
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _paragraph(p: etree._Element) -> str:
    """A paragraph's shown text: its runs, also inside links and tracked insertions (a holder's runs read as a
    paragraph's, holders within holders too: libxml2's depth limit bounds the recursion); not drawings' text boxes."""
    parts: list[str] = []
    for el in p:  # most paragraphs hold runs only: one loop
        tag = el.tag
        if tag == _R:
            for child in el:
                kind = child.tag  # read once: lxml builds the "{namespace}name" string on every access
                if kind == _T:
                    parts.append(child.text or "")
                elif kind in _RUN_MARKS:
                    parts.append(_RUN_MARKS[kind])
        elif tag in _RUN_HOLDERS:
            parts.append(_paragraph(el))
    return "".join(parts)


def _blocks(parent: etree._Element) -> Iterator[str]:
    """Lines of a body, table cell or content-control element, in document order."""
    for child in parent:
        tag = child.tag
        if tag == _P:
            yield _paragraph(child)
        elif tag in _NESTING:
            yield from _nested(child)


_NESTING = frozenset((_TBL, _SDT))


def _nested(child: etree._Element) -> Iterator[str]:
    """Lines of a table, or of a content control (e.g. a table of contents), which wraps ordinary blocks."""
    if child.tag == _TBL:
        yield from _table_lines(child)
    else:
        content = child.find(_SDT_CONTENT)
        if content is not None:
            yield from _blocks(content)


# Cells continuing a vertical merge would repeat the text above them; they are shown empty instead. One XPath call
# per table finds them (the first tcPr's first vMerge, with no w:val or w:val="continue"), not two finds per cell.
_CONTINUING = etree.XPath("./w:tr/w:tc[w:tcPr[1]/w:vMerge[1][not(@w:val) or @w:val='continue']]",
                          namespaces={"w": _W[1:-1]})


def _cell_text(tc: etree._Element) -> str:
    """A table cell's blocks on one line (what joining _blocks(tc)'s non-blank lines, stripped, gives), with a
    cell's usual paragraphs read directly instead of through a generator."""
    parts: list[str] = []
    for child in tc:
        tag = child.tag
        if tag == _P:
            text = _paragraph(child).strip()
            if text:
                parts.append(text)
        elif tag in _NESTING:
            parts.extend(text for text in (line.strip() for line in _nested(child)) if text)
    return " ".join(parts)


def _table_lines(tbl: etree._Element) -> Iterator[str]:
    # Each <w:tc> once: a horizontally merged cell is one element spanning columns, so it is not repeated.
    continuing = set(_CONTINUING(tbl))
    for tr in tbl.iterchildren(_TR):
        cells = ["" if tc in continuing else _cell_text(tc) for tc in tr.iterchildren(_TC)]
        if any(cells):
            yield " | ".join(cells)


def _document_xml(data: bytes, source: str) -> bytes:
    """word/document.xml, the one member read: the zip's declared sizes are checked first (the central directory,
    nothing inflated), then the member is inflated as a stream that stops at the budget, whatever it declares."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        check_zip(archive, source, members=())  # zip bombs: every member's declared size, before anything inflates
        try:
            info = archive.getinfo(_BODY)
        except KeyError:
            raise InputError(f"{source}：这是一个压缩包，里面没有 Word 正文（{_BODY}），不是 .docx 文件；"
                             "请用 Word 或 WPS 打开后另存为 .docx。") from None
        too_big = InputError(f"{source}：Word 正文解压后超过 {MAX_XML_BYTES // 2**20} MB，不像一份报告；"
                             "请拆分文件，或把报告单独另存。")
        if info.file_size > MAX_XML_BYTES:
            raise too_big
        # the unpacked budget left once the members not read are counted at their declared sizes
        budget = int(limits.current().unpacked_mb * limits.MB) - sum(
            i.file_size for i in archive.infolist() if i is not info)
        # the declared size can lie; the read cannot
        if budget > MAX_XML_BYTES:
            return limits.read_member(archive, info, source, MAX_XML_BYTES, error=too_big)
        return limits.read_member(archive, info, source, budget)


def extract(data: bytes, source: str) -> str:
    """The text of a .docx file's body; InputError when it is not a readable .docx (ingest sends only zips here:
    a Word 97-2003 file under a .docx name goes to engine/ingest/word97.py)."""
    try:
        root = etree.fromstring(_document_xml(data, source), _PARSER)
        body = root.find(f"{_W}body")
        return "" if body is None else "\n".join(_blocks(body))
    except InputError:
        raise
    except Exception as exc:  # zipfile, zlib and lxml errors for damaged files
        raise InputError(f"{source}：无法读取的 Word .docx 文件；文件可能已损坏，或并非真正的 .docx。"
                         f"请用 Word 或 WPS 打开后重新保存（技术信息：{type(exc).__name__}）。") from exc

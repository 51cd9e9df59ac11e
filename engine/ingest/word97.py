"""Word 97-2003 .doc → text, paragraphs and tables in the order the document shows them, as the .docx reader gives.

Sites still publish a great share of their reports as .doc attachments, and some as WPS 文字's .wps, which is the
same binary format with Kingsoft's additions (its readers, LibreOffice's among them, read the Word part and pass
over the rest). The file is an OLE compound file (olefile reads its streams); the text is the main document's
characters, found through the piece table ([MS-DOC] 2.4.1: the FIB points to the Clx in the table stream, each
piece says where its characters are and whether they are UTF-16 or 8-bit). Fields show their result, not their
code. Headers, footnotes and text boxes are other parts of the text and are not read, as the .docx reader reads
only the body.

Tables need the paragraph properties ([MS-DOC] 2.4.3): in the text, a cell's end and a row's end are the same mark
(0x07), so an empty cell and a row's end cannot be told apart there. The PAPX pages say which 0x07 ends a row
(sprmPFTtp) and which paragraphs are inside a cell (sprmPFInTable); the row's table definition (sprmTDefTable)
says which cells continue a merge. A row becomes one line, its cells joined by " | ", a cell continuing a
horizontal merge is not written and one continuing a vertical merge is written empty (the .docx reader's hand-off).
Where the paragraph properties cannot be read, every cell is a line of its own: a layout the parser reads, never
cells guessed into rows.
"""

from __future__ import annotations

import io
import re
import struct
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from engine.model import InputError

if TYPE_CHECKING:
    from olefile import OleFileIO

_FIB_MAGIC = 0xA5EC
_FIRST_WORD97_NFIB = 0x00C0  # Word 97 writes 0x00C1; lower is Word 6.0/95, whose text is not in pieces this way
_ENCRYPTED, _WHICH_TABLE = 0x0100, 0x0200
_COMPRESSED = 0x40000000
_SPRM_IN_TABLE, _SPRM_TTP, _SPRM_ITAP, _SPRM_HUGE_PAPX = 0x2416, 0x2417, 0x6649, 0x6646
_SPRM_DEF_TABLE, _SPRM_CHANGE_TABS, _SPRM_VERT_MERGE = 0xD608, 0xC615, 0xD62B
_SPRM_DELETED = 0x0800  # sprmCFRMarkDel
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by a sprm's spra (its top three bits); 6 is variable
# a cell's TC80 flags (tcgrf): continuing a horizontal merge (Word 97's way), and a vertical merge's parts
_MERGED, _VERT_MERGE, _VERT_RESTART = 0x0002, 0x0020, 0x0040
_MARKS = re.compile("[\r\x07\x13\x14\x15]")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
# what Word's other special characters show: line, page and column breaks as line ends, the non-breaking hyphen as
# a hyphen; the optional hyphen, pictures, drawn objects, note and comment references, and other controls as nothing
_SHOWN = {0x0B: "\n", 0x0C: "\n", 0x0E: "\n", 0x1E: "-",
          **{c: None for c in range(0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C, 0x0E, 0x1E)}}


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """What the table reading needs of a paragraph's properties."""

    in_table: bool = False
    row_end: bool = False
    skip: frozenset[int] = frozenset()  # cells (by index) continuing a horizontal merge: not written
    blank: frozenset[int] = frozenset()  # cells continuing a vertical merge: written empty


_PLAIN = _Paragraph()


def extract(data: bytes, source: str) -> str:
    """The text of a Word 97-2003 file's main document; InputError when it is not one that can be read."""
    import olefile  # only for .doc and .wps files

    damaged = (f"{source}：无法读取的 {'WPS 文字 .wps' if _wps(source) else 'Word 97-2003 .doc'} 文件；文件可能已损坏。"
               "请用 Word 或 WPS 打开后另存为 .docx 再评分")
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # olefile's OSError and struct errors for a damaged container
        raise InputError(f"{damaged}（技术信息：{type(exc).__name__}）。") from exc
    with ole:
        if not ole.exists("WordDocument"):
            raise InputError(f"{source}：{_other_office_file(ole)}")
        try:
            word = _stream(ole, "WordDocument", len(data))
            fib = _Fib.read(word, source)
            table = _stream(ole, "1Table" if fib.which_table else "0Table", len(data))
            data_stream = _stream(ole, "Data", len(data)) if ole.exists("Data") else b""
            text = _Reader(word, table, data_stream, fib).text()
        except InputError:
            raise
        except Exception as exc:  # olefile's, struct's and index errors for damaged streams
            raise InputError(f"{damaged}（技术信息：{type(exc).__name__}）。") from exc
    # a lone half of a UTF-16 pair is shown as �
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _wps(source: str) -> bool:
    """A WPS 文字 file by its name: its messages name it so."""
    return source.lower().endswith(".wps")


def _other_office_file(ole: OleFileIO) -> str:
    exists = ole.exists
    if exists("Workbook") or exists("Book"):
        return "这是 Excel 表格文件（.xls），不是 Word 文件；只有表格不构成年度报告，请提供报告全文。"
    if exists("PowerPoint Document"):
        return "这是 PowerPoint 演示文稿，不是 Word 文件；请提供报告全文（.docx、.pdf 或 .txt）。"
    if exists("CONTENTS"):  # Works 4 and later keep their text there (libwps); WPS 文字 writes Word's streams
        return ("这是 Microsoft Works 文字处理文件（也用 .wps 扩展名，但不是 WPS 文字文件），不能直接读取；"
                "请用 Word 或 LibreOffice 打开，另存为 .docx 后再评分。")
    return "这是 Office 复合文档，但里面没有 Word 正文；请用 Word 或 WPS 打开后另存为 .docx 再评分。"


def _stream(ole: OleFileIO, name: str, file_size: int) -> bytes:
    """A stream's bytes; one that claims more than the whole file is damaged (and would be read into memory)."""
    if ole.get_size(name) > file_size:
        raise ValueError(f"stream {name} larger than its file")
    with ole.openstream(name) as stream:
        return stream.read()


@dataclass(frozen=True, slots=True)
class _Fib:
    """The File Information Block's few fields this reader uses ([MS-DOC] 2.5.1)."""

    which_table: bool
    text_chars: int
    clx: tuple[int, int]
    papx_bins: tuple[int, int]
    chpx_bins: tuple[int, int]

    @classmethod
    def read(cls, word: bytes, source: str) -> _Fib:
        ident, nfib = struct.unpack_from("<HH", word, 0)
        if ident != _FIB_MAGIC:
            raise ValueError("no FIB")
        if nfib < _FIRST_WORD97_NFIB:
            raise InputError(f"{source}：这是 Word 6.0/95 格式的旧文件，不能直接读取；"
                             "请用 Word 或 WPS 打开，另存为 .docx 后再评分。")
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & _ENCRYPTED:
            raise InputError(f"{source}：{'WPS' if _wps(source) else 'Word'} 文件设有打开密码（已加密），无法读取；"
                             "请取消密码后另存为 .docx 再评分。")
        at = 32
        at += 2 + 2 * struct.unpack_from("<H", word, at)[0]  # csw, fibRgW
        longs = struct.unpack_from("<H", word, at)[0]  # cslw
        text_chars = struct.unpack_from("<i", word, at + 2 + 3 * 4)[0]  # fibRgLw.ccpText
        at += 2 + 4 * longs
        pairs = struct.unpack_from("<H", word, at)[0]  # cbRgFcLcb
        if pairs < 34:
            raise ValueError("short FibRgFcLcb")
        blob = at + 2
        return cls(which_table=bool(flags & _WHICH_TABLE), text_chars=max(text_chars, 0),
                   clx=struct.unpack_from("<II", word, blob + 33 * 8),  # fcClx, lcbClx
                   papx_bins=struct.unpack_from("<II", word, blob + 13 * 8),  # fcPlcfBtePapx, lcbPlcfBtePapx
                   chpx_bins=struct.unpack_from("<II", word, blob + 12 * 8))  # fcPlcfBteChpx, lcbPlcfBteChpx


@dataclass(frozen=True, slots=True)
class _Piece:
    cp: int  # first character's position in the text
    offset: int  # its byte offset in the WordDocument stream
    width: int  # bytes a code unit: 1 (8-bit, cp1252) or 2 (UTF-16LE)
    # characters beyond the BMP (CJK Extension B names), as indexes into the piece: each is two UTF-16 code units
    # in the stream but one character in the text
    astral: tuple[int, ...] = ()
    pair_ends: tuple[int, ...] = ()  # the k-th pair's second half: code unit astral[k] + k + 1

    def fc(self, cp: int) -> int:
        """The stream offset of the character at text position `cp`."""
        index = cp - self.cp
        return self.offset + (index + bisect_right(self.astral, index - 1)) * self.width

    def cp_at(self, fc: int) -> int:
        """The text position of the character whose code unit is at stream offset `fc` (a pair's second half
        counts to the character after it)."""
        units = (fc - self.offset + self.width - 1) // self.width
        return self.cp + units - bisect_left(self.pair_ends, units)


class _Reader:
    """One document's streams: its main text (deletions blanked) and where its paragraph properties are."""

    def __init__(self, word: bytes, table: bytes, data: bytes, fib: _Fib) -> None:
        self.word, self.data = word, data
        self.pieces: list[_Piece] = []
        main = self._main_text(table, fib)
        self.starts = [piece.cp for piece in self.pieces]
        self.main = self._without_deletions(main, self._bins(table, fib.chpx_bins))
        self.bins = self._bins(table, fib.papx_bins)
        self.pages: dict[int, tuple[tuple[int, ...], list[_Paragraph]]] = {}
        self.known: dict[bytes, _Paragraph] = {}  # a PAPX's istd and sprms → what they say

    def _main_text(self, table: bytes, fib: _Fib) -> str:
        """The main document's characters, piece by piece (at most as many as the stream has bytes: pieces that
        all point at the whole stream cannot make a file's text a thousand times its size)."""
        start, size = fib.clx
        clx = table[start:start + size]
        at = 0
        while at < len(clx) and clx[at] == 0x01:  # Prc: property modifiers for pieces, not needed here
            at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
        if at >= len(clx) or clx[at] != 0x02:
            raise ValueError("no piece table")
        size = struct.unpack_from("<I", clx, at + 1)[0]
        plc = clx[at + 5:at + 5 + size]
        count = (len(plc) - 4) // 12
        cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
        limit = min(fib.text_chars, len(self.word))
        parts: list[str] = []
        done = 0
        for i in range(count):
            chars = min(cps[i + 1] - cps[i], limit - done)
            if chars <= 0:
                break
            fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)[0]
            if fc & _COMPRESSED:
                offset, width = (fc & ~_COMPRESSED) // 2, 1
                text = self.word[offset:offset + chars].decode("cp1252", "replace")
            else:
                offset, width = fc, 2
                raw = self.word[offset:offset + 2 * chars]
                # a lone half of a pair is kept to be shown as � when the text is done
                text = raw[:len(raw) & ~1].decode("utf-16-le", "surrogatepass")
            astral = tuple(m.start() for m in _ASTRAL.finditer(text)) if width == 2 else ()
            self.pieces.append(_Piece(done, offset, width, astral, tuple(i + k + 1 for k, i in enumerate(astral))))
            parts.append(text)
            done += len(text)
        return "".join(parts)

    @staticmethod
    def _bins(table: bytes, where: tuple[int, int]) -> tuple[list[int], list[int]]:
        """A PlcBtePapx or PlcBteChpx: where each page of properties starts (stream offsets) and its number."""
        start, size = where
        plc = table[start:start + size]
        count = (len(plc) - 4) // 8 if len(plc) >= 12 else 0
        fcs = list(struct.unpack_from(f"<{count + 1}I", plc, 0)) if count else []
        pns = [pn & 0x3FFFFF for pn in struct.unpack_from(f"<{count}I", plc, 4 * (count + 1))] if count else []
        return fcs, pns

    def _without_deletions(self, main: str, bins: tuple[list[int], list[int]]) -> str:
        """The main text with tracked deletions (sprmCFRMarkDel) blanked to NUL, which is shown as nothing: a
        report saved with its revisions reads as their result, as the .docx reader skips <w:del>. Positions stay."""
        deleted: list[tuple[int, int]] = []
        for pn in bins[1]:
            page, fcs, places = _fkp(self.word, pn, entry=1)
            for k, at in enumerate(places):
                if at and _deleted(page[at + 1:at + 1 + page[at]]):  # a Chpx: cb, then its sprms
                    deleted.append((fcs[k], fcs[k + 1]))
        if not deleted:
            return main
        spans: list[tuple[int, int]] = []  # the deleted stream ranges, sorted and merged
        for start, stop in sorted(deleted):
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(stop, spans[-1][1]))
            elif start < stop:
                spans.append((start, stop))
        stops = [stop for _, stop in spans]
        text = list(main)
        for piece, end in zip(self.pieces, [*self.starts[1:], len(main)], strict=True):
            last = piece.fc(end)
            for start, stop in spans[bisect_right(stops, piece.offset):]:
                if start >= last:
                    break
                cps = range(piece.cp_at(max(start, piece.offset)), piece.cp_at(min(stop, last)))
                text[cps.start:cps.stop] = "\x00" * len(cps)
        return "".join(text)

    def text(self) -> str:
        """Paragraphs as lines and table rows as `a | b | c` lines, fields showing their results."""
        if not self.bins[1] and "\x07" in self.main:
            return self._cells_as_lines()
        lines: list[str] = []
        para: list[str] = []  # the current paragraph's shown pieces
        cell: list[str] = []  # the current cell's paragraphs
        row: list[str] = []  # the current row's cells
        hidden = 0  # open fields whose code (not result) is being read
        fields: list[bool] = []  # per open field: True once its separator showed the result
        at = 0
        for mark in _MARKS.finditer(self.main):
            if not hidden:
                para.append(self.main[at:mark.start()])
            at = mark.end()
            char = mark.group()
            if char == "\x13":
                fields.append(False)
                hidden += 1
            elif char == "\x14":
                if fields and not fields[-1]:
                    fields[-1] = True
                    hidden -= 1
            elif char == "\x15":
                if fields and not fields.pop():
                    hidden -= 1
            else:
                shown = "".join(para).translate(_SHOWN)
                para = []
                props = self._paragraph(mark.start())
                if char == "\r":
                    if props.in_table:
                        cell.append(shown.strip())
                    else:
                        if row:  # a row left open by a damaged table: its cells as read
                            lines.append(" | ".join(row))
                            row = []
                        lines.append(shown)
                elif props.row_end:
                    cells = ["" if i in props.blank else text for i, text in enumerate(row) if i not in props.skip]
                    if any(cells):
                        lines.append(" | ".join(cells))
                    row, cell = [], []
                else:
                    cell.append(shown.strip())
                    row.append(" ".join(text for text in cell if text))
                    cell = []
        if not hidden:
            para.append(self.main[at:])
        if row:
            lines.append(" | ".join(row))
        tail = "".join(para).translate(_SHOWN)
        if tail:
            lines.append(tail)
        return "\n".join(lines)

    def _cells_as_lines(self) -> str:
        """Without paragraph properties, a table's cells one per line (rows cannot be told from empty cells)."""
        shown = re.sub("\x13[^\x13\x14\x15]*(?:\x14|\x15)", "", self.main).replace("\x15", "")
        return "\n".join(line.translate(_SHOWN) for line in re.split("[\r\x07]", shown))

    def _paragraph(self, cp: int) -> _Paragraph:
        """The properties of the paragraph whose mark is the character at `cp`."""
        piece = self.pieces[bisect_right(self.starts, cp) - 1]
        fc = piece.fc(cp)
        fcs, pns = self.bins
        i = bisect_right(fcs, fc) - 1
        if not 0 <= i < len(pns):
            return _PLAIN
        runs, props = self._page(pns[i])
        j = bisect_right(runs, fc) - 1
        return props[j] if 0 <= j < len(props) else _PLAIN

    def _page(self, pn: int) -> tuple[tuple[int, ...], list[_Paragraph]]:
        """A PapxFkp's run boundaries and each run's properties, read once."""
        if pn not in self.pages:
            page, fcs, places = _fkp(self.word, pn, entry=13)  # a BxPap: the PAPX's place, then 12 bytes
            props = []
            for at in places:
                if not at:
                    props.append(_PLAIN)
                    continue
                # a PapxInFkp: cb (0: the next byte counts words), then istd and sprms; most paragraphs share
                # their properties with many others, so each distinct set is read once
                grpprl = page[at + 1:at + 2 * page[at]] if page[at] else page[at + 2:at + 2 + 2 * page[at + 1]]
                if grpprl not in self.known:
                    self.known[grpprl] = _properties(grpprl, self.data)
                props.append(self.known[grpprl])
            self.pages[pn] = (fcs, props)
        return self.pages[pn]


def _fkp(word: bytes, pn: int, entry: int) -> tuple[bytes, tuple[int, ...], list[int]]:
    """A 512-byte page of paragraph or character properties ([MS-DOC] PapxFkp, ChpxFkp): the page, its runs'
    boundaries (stream offsets) and where each run's properties are in the page (0: none). A page that cannot
    hold the runs it claims has none."""
    page = word[pn * 512:pn * 512 + 512]
    if len(page) < 512:
        return page, (), []
    runs = page[511]
    places = 4 * (runs + 1)  # after the runs + 1 boundaries: one entry a run
    if places + entry * runs > 511:
        return page, (), []
    return page, struct.unpack_from(f"<{runs + 1}I", page, 0), [page[places + entry * k] * 2 for k in range(runs)]


def _properties(grpprl: bytes, data: bytes) -> _Paragraph:
    """A PapxInFkp's sprms that place a paragraph in a table (after its style index, istd)."""
    table = _Table()
    table.read(grpprl, 2, data)
    if not (table.in_table or table.row_end):
        return _PLAIN
    return _Paragraph(in_table=table.in_table, row_end=table.row_end, skip=frozenset(table.skip),
                      blank=frozenset(cell for cell, continues in table.vertical.items() if continues))


@dataclass(slots=True)
class _Table:
    """The table sprms of one paragraph, read in order (a later sprm wins)."""

    in_table: bool = False
    row_end: bool = False
    skip: set[int] = field(default_factory=set)
    vertical: dict[int, bool] = field(default_factory=dict)  # cell → whether it continues a vertical merge

    def read(self, grpprl: bytes, i: int, data: bytes | None) -> None:
        """Walk a grpprl's sprms from `i`. A row's end often keeps its sprms in the Data stream (sprmPHugePapx:
        a table definition is too large for its page); those are read once, with no further indirection."""
        while i + 2 <= len(grpprl):
            sprm = grpprl[i] | grpprl[i + 1] << 8
            i += 2
            operand = grpprl[i:i + 4]
            if sprm == _SPRM_DEF_TABLE:
                size = (grpprl[i] | grpprl[i + 1] << 8) + 1  # cb (2 bytes) is the rest's size plus one ([MS-DOC])
                self._merges(grpprl[i + 2:i + size])
            elif sprm == _SPRM_CHANGE_TABS and operand[:1] == b"\xff":
                size = _change_tabs_size(grpprl, i)
            elif sprm >> 13 == 6:
                size = 1 + operand[0] if operand else 1
                if sprm == _SPRM_VERT_MERGE and len(operand) >= 3:  # cb, itc, vertMergeFlags (1: continues)
                    self.vertical[operand[1]] = operand[2] == 1
            else:
                size = _OPERAND_SIZE[sprm >> 13]
                if sprm == _SPRM_IN_TABLE and operand:
                    self.in_table = bool(operand[0])
                elif sprm == _SPRM_TTP and operand:
                    self.row_end = bool(operand[0])
                elif sprm == _SPRM_ITAP and len(operand) == 4:
                    self.in_table = self.in_table or struct.unpack("<i", operand)[0] > 0
                elif sprm == _SPRM_HUGE_PAPX and data is not None and len(operand) == 4:
                    at = struct.unpack("<I", operand)[0]
                    if at + 2 <= len(data):
                        huge = data[at + 2:at + 2 + struct.unpack_from("<H", data, at)[0]]
                        self.read(huge, 0, None)
            i += size

    def _merges(self, operand: bytes) -> None:
        """The cells of a row's table definition (TDefTableOperand: itcMac, rgdxaCenter, rgTc80) that continue a
        merge; rgTc80 may stop early, and the cells after it are plain."""
        if not operand:
            return
        cells = operand[0]
        at = 1 + 2 * (cells + 1)
        for cell in range(cells):
            if at + 2 > len(operand):
                break
            flags = operand[at] | operand[at + 1] << 8
            if flags & _MERGED:
                self.skip.add(cell)
            self.vertical[cell] = bool(flags & _VERT_MERGE) and not flags & _VERT_RESTART
            at += 20


def _deleted(grpprl: bytes) -> bool:
    """Whether a Chpx's sprms mark its characters as a tracked deletion (on, or the style's opposite)."""
    i = 0
    while i + 2 < len(grpprl):
        sprm = grpprl[i] | grpprl[i + 1] << 8
        if sprm == _SPRM_DELETED:
            return grpprl[i + 2] in (0x01, 0x81)
        spra = sprm >> 13
        i += 2 + (1 + grpprl[i + 2] if spra == 6 else _OPERAND_SIZE[spra])
    return False


def _change_tabs_size(grpprl: bytes, at: int) -> int:
    """sprmPChgTabs with cb 255: the size follows from its counts ([MS-DOC] PChgTabsOperand)."""
    deleted = grpprl[at + 1] if at + 1 < len(grpprl) else 0
    added_at = at + 2 + 4 * deleted
    added = grpprl[added_at] if added_at < len(grpprl) else 0
    return 2 + 4 * deleted + 1 + 3 * added

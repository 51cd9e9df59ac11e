"""Word 97-2003 .doc files (engine/ingest/word97.py): read as the .docx reader reads the same document, tables as
rows, tracked deletions and field codes left out; damaged, encrypted, old and other Office files say what to do.

The .doc files are written by LibreOffice (`./dev test` installs it) from .docx files made here, so each has a twin
whose text the .docx reader gives."""

from __future__ import annotations

import json
import os
import random
import shutil
import struct
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from engine.ingest import docx as docx_reader
from engine.ingest import load, word97
from engine.model import InputError
from engine.parse import parse_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "reports" / "12-nanping-amr-2023.docx"

pytestmark = pytest.mark.skipif(not shutil.which("soffice"),
                                reason="needs Debian's libreoffice-writer (./dev test installs it)")


def _revised(path: Path) -> Path:
    """A short report with what Word files carry: a tracked deletion and insertion in a figure, a hyperlink, a
    PAGE field, characters beyond the BMP before a table, empty cells, and merged cells."""
    document = docx.Document()
    document.add_paragraph("𠀀𪚥县交通运输局2021年政府信息公开工作年度报告")
    p = document.add_paragraph("本年度共收到政府信息公开申请")
    for tag, text in (("w:del", "12"), ("w:ins", "15")):
        change = OxmlElement(tag)
        for key, value in (("w:id", tag[-1]), ("w:author", "审核"), ("w:date", "2022-01-10T00:00:00Z")):
            change.set(qn(key), value)
        run, body = OxmlElement("w:r"), OxmlElement("w:delText" if tag == "w:del" else "w:t")
        body.text = text
        run.append(body)
        change.append(run)
        p._p.append(change)
    p.add_run("件，均已按期答复。")
    p = document.add_paragraph("详见")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), document.part.relate_to("http://www.example.gov.cn/xxgk/",
                                                  docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
    run, body = OxmlElement("w:r"), OxmlElement("w:t")
    body.text = "政府信息公开专栏"
    run.append(body)
    link.append(run)
    p._p.append(link)
    p.add_run("。")
    table = document.add_table(rows=4, cols=4)
    rows = (("申请人情况", "自然人", "法人或其他组织", "总计"), ("一、本年新收政府信息公开申请数量", "9", "", "9"),
            ("二、上年结转政府信息公开申请数量", "", "1", "1"), ("", "", "", ""))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    merged = table.cell(3, 0).merge(table.cell(3, 1))
    merged.text = "四、结转下年度继续办理"
    table.cell(3, 3).text = "0"
    document.add_paragraph("二、主动公开政府信息情况")
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """name → (.docx, the .doc LibreOffice saved from it); one LibreOffice run for all."""
    folder = tmp_path_factory.mktemp("word97")
    sources = {"sample": folder / "sample.docx", "revised": _revised(folder / "revised.docx")}
    shutil.copy(SAMPLE, sources["sample"])
    subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--convert-to", "doc", "--outdir", str(folder / "doc"), *map(str, sources.values())],
                   check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": str(folder)})
    return {name: (path, folder / "doc" / f"{path.stem}.doc") for name, path in sources.items()}


def test_a_doc_reads_as_its_docx_twin(made, tmp_path: Path) -> None:
    source, doc = made["sample"]
    text = word97.extract(doc.read_bytes(), str(doc))
    assert text == docx_reader.extract(source.read_bytes(), str(source))
    assert "（七）总计 | 22 | 3 | 0 | 0 | 2 | 1 | 28" in text  # a table row, its cells in order
    loaded = load(doc)
    assert (loaded.format, loaded.encoding) == ("doc", "doc")
    facts, twin = parse_text(loaded.text, "doc").facts, parse_text(load(source).text, "docx").facts
    assert {k: f.value for k, f in facts.items()} == {k: f.value for k, f in twin.items()}
    assert facts["requests.received"].value == 28


def test_revisions_fields_rare_characters_and_merges(made) -> None:
    source, doc = made["revised"]
    text = word97.extract(doc.read_bytes(), str(doc))
    assert text == docx_reader.extract(source.read_bytes(), str(source))
    lines = text.splitlines()
    assert lines[0] == "𠀀𪚥县交通运输局2021年政府信息公开工作年度报告"  # a pair of code units is one character
    assert lines[1] == "本年度共收到政府信息公开申请15件，均已按期答复。"  # the deleted 12 is not read
    assert lines[2] == "详见政府信息公开专栏。"  # a field's result, not its code
    assert lines[3:7] == ["申请人情况 | 自然人 | 法人或其他组织 | 总计", "一、本年新收政府信息公开申请数量 | 9 |  | 9",
                          "二、上年结转政府信息公开申请数量 |  | 1 | 1", "四、结转下年度继续办理 |  | 0"]


def test_a_doc_name_holding_any_word_file_is_read_by_what_it_holds(made, tmp_path: Path) -> None:
    _, doc = made["sample"]
    for name in ("报告.docx", "报告.DOC"):  # a .doc renamed .docx, and an upper-case suffix
        (tmp_path / name).write_bytes(doc.read_bytes())
        assert load(tmp_path / name).text == load(doc).text


def test_a_wps_file_is_read_as_the_word_file_it_is(made, tmp_path: Path) -> None:
    """WPS 文字's .wps is Word 97-2003's format with Kingsoft's additions: read by this reader, its messages naming
    it; Microsoft Works' .wps (its text in a CONTENTS stream) says what it is."""
    _, doc = made["sample"]
    data = doc.read_bytes()
    for name in ("报告.wps", "报告.WPS"):
        (tmp_path / name).write_bytes(data)
        loaded = load(tmp_path / name)
        assert (loaded.text, loaded.format) == (load(doc).text, "doc")
    cut = tmp_path / "cut.wps"
    cut.write_bytes(data[:3000])
    with pytest.raises(InputError, match=f"^{cut}：无法读取的 WPS 文字 .wps 文件；文件可能已损坏。"):
        load(cut)
    flags = struct.unpack_from("<H", word97_stream(doc), 0x0A)[0]
    locked = _patched(doc, tmp_path, 0x0A, flags | 0x0100).rename(tmp_path / "locked.wps")
    with pytest.raises(InputError, match=f"^{locked}：WPS 文件设有打开密码（已加密）"):
        load(locked)
    name = "WordDocument".encode("utf-16-le")
    at = data.index(name + b"\x00\x00")  # its directory entry: a 64-byte name, then the name's length in bytes
    works = bytearray(data)
    works[at:at + 64] = "CONTENTS".encode("utf-16-le").ljust(64, b"\x00")
    struct.pack_into("<H", works, at + 64, 18)
    (tmp_path / "works.wps").write_bytes(bytes(works))
    with pytest.raises(InputError) as info:
        load(tmp_path / "works.wps")
    assert str(info.value) == (f"{tmp_path / 'works.wps'}：这是 Microsoft Works 文字处理文件（也用 .wps 扩展名，"
                               "但不是 WPS 文字文件），不能直接读取；"
                               "请用 Word 或 LibreOffice 打开，另存为 .docx 后再评分。")


def _patched(doc: Path, tmp_path: Path, at: int, value: int, fmt: str = "<H") -> Path:
    """The .doc with one field of its WordDocument stream (the FIB) changed in place."""
    import olefile

    data = bytearray(doc.read_bytes())
    with olefile.OleFileIO(str(doc)) as ole:
        first = ole.direntries[ole._find("WordDocument")].isectStart
        sector = ole.sectorsize
    offset = sector * (first + 1) + at  # the FIB is in the stream's first sector
    struct.pack_into(fmt, data, offset, value)
    out = tmp_path / f"patched-{at}.doc"
    out.write_bytes(bytes(data))
    return out


def test_encrypted_old_and_damaged_files_say_what_to_do(made, tmp_path: Path) -> None:
    _, doc = made["sample"]
    flags = struct.unpack_from("<H", word97_stream(doc), 0x0A)[0]
    encrypted = _patched(doc, tmp_path, 0x0A, flags | 0x0100)
    with pytest.raises(InputError) as info:
        load(encrypted)
    assert str(info.value) == (f"{encrypted}：Word 文件设有打开密码（已加密），无法读取；"
                               "请取消密码后另存为 .docx 再评分。")
    word95 = _patched(doc, tmp_path, 0x02, 0x0068)
    with pytest.raises(InputError, match="这是 Word 6.0/95 格式的旧文件，不能直接读取；请用 Word 或 WPS 打开"):
        load(word95)
    no_fib = _patched(doc, tmp_path, 0x00, 0x1234)
    with pytest.raises(InputError, match=r"无法读取的 Word 97-2003 \.doc 文件；文件可能已损坏。.*另存为 \.docx"):
        load(no_fib)
    truncated = tmp_path / "cut.doc"
    truncated.write_bytes(doc.read_bytes()[:3000])
    with pytest.raises(InputError, match="无法读取的 Word 97-2003 .doc 文件"):
        load(truncated)


def word97_stream(doc: Path) -> bytes:
    import olefile

    with olefile.OleFileIO(str(doc)) as ole:
        return ole.openstream("WordDocument").read()


def test_an_excel_file_named_doc_says_it_is_a_sheet(tmp_path: Path) -> None:
    sheet = tmp_path / "表.csv"
    sheet.write_text("项目,数量\n申请,9\n", encoding="utf-8")
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "xls", "--outdir", str(tmp_path), str(sheet)],
                   check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": str(tmp_path)})
    named = tmp_path / "报告.doc"
    (tmp_path / "表.xls").rename(named)
    with pytest.raises(InputError) as info:
        load(named)
    assert str(info.value) == (f"{named}：这是 Excel 表格文件（.xls），不是 Word 文件；"
                               "只有表格不构成年度报告，请提供报告全文。")


def test_without_paragraph_properties_cells_stand_one_a_line(made, tmp_path: Path) -> None:
    """When the PAPX pages cannot be read, an empty cell and a row's end look alike: each cell is a line and
    no row is guessed, so the table gives no figure it cannot vouch for."""
    source, doc = made["sample"]
    stream = word97_stream(doc)
    header = 32 + 2 + 2 * struct.unpack_from("<H", stream, 32)[0]
    header += 2 + 4 * struct.unpack_from("<H", stream, header)[0] + 2  # the FibRgFcLcb blob
    plain = _patched(doc, tmp_path, header + 13 * 8 + 4, 0, "<I")  # lcbPlcfBtePapx = 0
    text = load(plain).text
    assert "(七)总计\n22\n3\n0\n0\n2\n1\n28\n" in text and "总计 |" not in text  # (normalised brackets)
    expected = {k: f.value for k, f in parse_text(load(source).text, "docx").facts.items()}
    got = {k: f.value for k, f in parse_text(text, "doc").facts.items() if k.startswith("table")}
    assert {k: v for k, v in got.items() if expected.get(k) != v} == {}


def test_damaged_files_give_text_or_a_clear_error_never_a_crash(made) -> None:
    """Bytes changed at random across the file, in the FIB and in the property pages: every result is text or
    an InputError (olefile's own errors included)."""
    _, doc = made["sample"]
    base = doc.read_bytes()
    rng = random.Random(20261205)
    outcomes = set()
    for _ in range(400):
        data = bytearray(base)
        for _ in range(rng.choice((1, 4, 16))):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            assert isinstance(word97.extract(bytes(data), "x.doc"), str)
            outcomes.add("text")
        except InputError as exc:
            assert str(exc).startswith("x.doc：")
            outcomes.add("error")
    assert outcomes == {"text", "error"}


def test_a_doc_is_scored_as_its_docx_twin(made, tmp_path: Path) -> None:
    """The whole path, `xxgk score` on a folder: the .doc's card is the .docx's, but for the file it names; so is
    the card of the same .doc named .wps (as WPS 文字 saves it)."""
    cards = {}
    source, doc = made["sample"]
    for kind, path in (("docx", source), ("doc", doc), ("wps", doc)):
        folder = tmp_path / kind
        folder.mkdir()
        shutil.copy(path, folder / f"南平.{kind}")
        run = subprocess.run([str(ROOT / ".venv" / "bin" / "xxgk"), "score", str(folder), "--format", "json"],
                             capture_output=True, text=True, cwd=ROOT)
        assert run.returncode == 0, run.stderr
        [card] = json.loads(run.stdout)
        assert card.pop("inputs") == [str(folder / f"南平.{kind}")]
        cards[kind] = card
    assert cards["doc"] == cards["docx"] == cards["wps"]
    assert cards["doc"]["agency"] == "南屏县市场监督管理局"


# ---------------------------------------------------------------- streams built by hand: what LibreOffice never writes


def _fkp(runs: list[tuple[int, bytes]], end: int, papx: bool) -> bytes:
    """A PapxFkp or ChpxFkp page: runs (first FC, properties) up to `end`; properties b"" for none."""
    page = bytearray(512)
    count = len(runs)
    struct.pack_into(f"<{count + 1}I", page, 0, *(fc for fc, _ in runs), end)
    top = 511
    for k, (_, props) in enumerate(runs):
        slot = 4 * (count + 1) + (13 * k if papx else k)
        if not props:
            continue
        body = bytes([0, len(props) // 2]) + props if papx else bytes([len(props)]) + props
        top = (top - len(body)) & ~1
        page[top:top + len(body)] = body
        page[slot] = top // 2
    assert top >= 4 * (count + 1) + (13 if papx else 1) * count, "too much for one page"
    page[511] = count
    return bytes(page)


def _sprm(code: int, operand: bytes) -> bytes:
    return struct.pack("<H", code) + operand


def test_pieces_in_both_widths_inline_row_ends_merges_fields_and_deletions() -> None:
    """Word's own files: several pieces (8-bit and UTF-16), a row's end marked in its page (no Data stream), Word
    97's horizontal merge flag, a vertical merge, a field inside a field's code, and a tracked deletion."""
    first = "Annual report 2021\r"  # 8-bit piece at 1024
    second = ("某县2021年政府信息公开工作年度报告\r共收到申请1215件"  # UTF-16 piece at 2048; "12" is deleted
              "\x13 HYPERLINK \x13 PAGE \x141\x15 \x14详见专栏\x15。\r"
              "项目\x07本年\x07合并\x07总计\x07\x07申请\x079\x07\x0715\x07\x07\x07\x07\x07\x07\x07结束\r")
    word = bytearray(8192)
    word[1024:1024 + len(first)] = first.encode("cp1252")
    second_bytes = second.encode("utf-16-le")
    word[2048:2048 + len(second_bytes)] = second_bytes

    def fc(text_index: int) -> int:  # the stream offset of second[text_index]
        return 2048 + 2 * text_index

    in_table = _sprm(0x2416, b"\x01")
    definition = bytes([4]) + struct.pack("<5h", 0, 100, 200, 300, 400) + b"".join(
        struct.pack("<H", flags) + bytes(18) for flags in (0, 0, 0x0002, 0))  # the third cell continues a merge
    row_end = in_table + _sprm(0x2417, b"\x01") + _sprm(0xD608, struct.pack("<H", len(definition) + 1) + definition)
    second_row_end = row_end + _sprm(0xD62B, bytes([2, 0, 1]))  # its first cell continues a vertical merge
    istd = b"\x00\x00"
    ends = [i + 1 for i, c in enumerate(second) if c in "\r\x07"]  # paragraphs: 2 lines, 3 rows of 4 cells, 1 line
    runs, start = [], 2048
    for n, end in enumerate(ends):
        props = b"" if n in (0, 1, 17) else istd + {6: row_end, 11: second_row_end, 16: row_end}.get(n, in_table)
        runs.append((start, props + (b"\x00" if len(props) % 2 else b"")))
        start = fc(end)
    word[4096:4608] = _fkp(runs[:9], runs[9][0], papx=True)  # two pages: row ends' table definitions are long
    word[5120:5632] = _fkp(runs[9:], start, papx=True)
    deleted = second.index("1215")
    chars = [(2048, b""), (fc(deleted), _sprm(0x0800, b"\x01")), (fc(deleted + 2), b"")]
    word[4608:5120] = _fkp(chars, fc(len(second)), papx=False)
    cps = (0, len(first), len(first) + len(second))
    pieces = struct.pack("<3I", *cps) + b"".join(
        struct.pack("<HIH", 0, offset, 0) for offset in ((1024 * 2) | 0x40000000, 2048))
    table = bytearray(b"\x02" + struct.pack("<I", len(pieces)) + pieces)
    papx_at = len(table)
    table += struct.pack("<3I", 2048, runs[9][0], start) + struct.pack("<2I", 8, 10)  # pages 8 and 10
    chpx_at = len(table)
    table += struct.pack("<2I", 2048, start) + struct.pack("<I", 9)
    fib = word97._Fib(which_table=True, text_chars=cps[-1], clx=(0, papx_at), papx_bins=(papx_at, 20),
                      chpx_bins=(chpx_at, 12))
    text = word97._Reader(bytes(word), bytes(table), b"", fib).text()
    assert text.splitlines() == [
        "Annual report 2021", "某县2021年政府信息公开工作年度报告", "共收到申请15件详见专栏。",
        "项目 | 本年 | 总计",  # the merged third cell is not written
        " | 9 | 15",  # the first cell continues a vertical merge: empty; a row of empty cells is not written
        "结束"]

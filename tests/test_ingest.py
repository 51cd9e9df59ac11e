"""Ingest: every format and encoding comes out as the same normalised text; bad input says what is wrong."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import docx
import opencc
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.ingest import SUPPORTED_SUFFIXES, load, normalise
from engine.ingest.html import extract as html_text
from engine.model import InputError

ROOT = Path(__file__).resolve().parents[1]

REAL_PDF = Path("/work/shared/corpus/real/hz-2024.pdf")

# ~200 characters of our own report-like prose, all in GBK and (as traditional) in Big5.
SIMPLIFIED = (
    "一、总体情况\n"
    "二零二四年，本局认真落实政府信息公开条例，围绕重点领域推进公开工作，全年在门户网站发布各类信息三百二十条，"
    "更新公开指南和公开目录，办理群众来信来电，组织业务培训两次，参训人员六十余人。\n"
    "二、依申请公开情况\n本年度收到申请十二件，已全部按期答复，其中予以公开七件，部分公开两件，无法提供三件。\n"
    "三、存在的主要问题\n一是解读形式较为单一，二是栏目更新不够及时，下一步将加强审核把关，提升发布质量。"
)
TRADITIONAL = opencc.OpenCC("s2tw").convert(SIMPLIFIED)
EXPECTED = normalise(SIMPLIFIED)
SHORT = "一、总体情况\n本年度主动公开信息五十条，收到申请三件。"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF with one Helvetica text line per string (an empty page has no text layer)."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, lines in enumerate(pages):
        contents = f"/Contents {5 + 2 * i} 0 R " if lines else ""
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {contents}"
                       "/Resources << /Font << /F1 3 0 R >> >> >>".encode())
        ops = "BT /F1 12 Tf 72 800 Td " + " ".join(f"({s}) Tj 0 -20 Td" for s in lines) + " ET"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops.encode()))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# ---------------------------------------------------------------- text files and encodings


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf_8"),
        (b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), "utf_8_sig"),
        (SIMPLIFIED.encode("gbk"), "gb18030"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (TRADITIONAL.encode("big5"), "big5"),
        (TRADITIONAL.encode("utf-8"), "utf_8"),
        (SIMPLIFIED.encode("utf-16"), "utf_16"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "big5", "utf8-traditional", "utf16-bom"],
)
def test_text_file_decodes_to_simplified(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = write(tmp_path, "report.txt", data)
    doc = load(path)
    assert doc.text == EXPECTED
    assert doc.encoding == encoding
    assert doc.format == "txt"
    assert doc.source == str(path)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert "二零二四年,本局认真落实政府信息公开条例" in doc.text


def test_gbk_and_big5_are_not_mistaken_for_each_other(tmp_path: Path) -> None:
    # The same bytes are often valid in both codecs; the wrong one gives plausible-looking garbage.
    gbk = load(write(tmp_path, "gbk.txt", SIMPLIFIED.encode("gbk")))
    big5 = load(write(tmp_path, "big5.txt", TRADITIONAL.encode("big5")))
    assert (gbk.encoding, big5.encoding) == ("gb18030", "big5")
    assert gbk.text == big5.text == EXPECTED
    # traditional characters stored as GBK are still GBK, not Big5
    trad_gbk = load(write(tmp_path, "trad-gbk.txt", TRADITIONAL.encode("gbk")))
    assert (trad_gbk.encoding, trad_gbk.text) == ("gb18030", EXPECTED)


@pytest.mark.parametrize("codec", ["gbk", "big5"])
def test_short_text_is_detected_too(tmp_path: Path, codec: str) -> None:
    source = SHORT if codec == "gbk" else opencc.OpenCC("s2tw").convert(SHORT)
    doc = load(write(tmp_path, "short.txt", source.encode(codec)))
    assert doc.text == "一、总体情况\n本年度主动公开信息五十条,收到申请三件。"


def test_gb18030_four_byte_character_survives(tmp_path: Path) -> None:
    text = SIMPLIFIED + "\n联系人:𠮷先生。"  # U+20BB7 is outside GBK: four bytes in GB18030
    doc = load(write(tmp_path, "gb18030.txt", text.encode("gb18030")))
    assert doc.encoding == "gb18030"
    assert doc.text.endswith("联系人:𠮷先生。")


def test_placeholder_marks_do_not_break_detection(tmp_path: Path) -> None:
    # charset-normalizer's mess detector alone rejects GBK text full of "×" template placeholders.
    text = "本单位全年主动公开政府信息×条，其中规范性文件×件，占总数的×%。" * 4
    doc = load(write(tmp_path, "template.txt", text.encode("gbk")))
    assert doc.encoding == "gb18030"
    assert doc.text.startswith("本单位全年主动公开政府信息×条,其中规范性文件×件")


@pytest.mark.parametrize("suffix", [".TXT", ".text", ".Txt"])
def test_suffixes_are_case_insensitive(tmp_path: Path, suffix: str) -> None:
    assert load(write(tmp_path, "a" + suffix, SHORT.encode())).format == "txt"


# ---------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>年度报告_某县政府网</title>
<style>.menu {{ color: red }}</style><script>var 菜单脚本 = "不应出现";</script></head>
<body>
<div class="top-header"><div class="logo">某县人民政府门户网站</div>
 <ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/gk">政务公开栏目</a></li>
 <li><a href="/hd">互动交流栏目</a></li></ul></div>
<nav><a href="/map">网站地图导航</a> <a href="/en">英文版入口</a></nav>
<div class="container">
 <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/gk">政务公开</a> &gt; 年度报告</div>
 <div class="left-side"><h3>栏目导航</h3><ul><li><a href="/a">法定主动公开内容</a></li>
  <li><a href="/b">公开指南与目录</a></li></ul></div>
 <div class="article">
  <h1 class="article-title">某县水利局2024年政府信息公开工作年度报告</h1>
  <div class="article-info">发布日期：2025-01-15　来源：县水利局</div>
  <div class="article-content">
   <p>一、总体情况</p>
   <p>二〇二四年，我局把政务公开融入水利重点工作，坚持应公开尽公开，全年未发生泄密事件。</p>
   <p>（一）主动公开情况。全年主动公开信息１，２０８条，其中防汛抗旱类信息一百零六条。</p>
   <table border="1">
    <tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th></tr>
    <tr><td>规章</td><td>0</td><td>0</td></tr>
    <tr><td><p>行政规范性文件</p></td><td>2</td><td>1</td></tr>
   </table>
   <p>（二）依申请公开情况。本年度共收到申请六件，均在法定期限内答复。</p>
   <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
  </div>
  <div class="related"><h4>相关链接</h4><ul><li><a href="/r/1">某市各部门年度报告汇总页</a></li>
   <li><a href="/r/2">某县政府信息公开指南全文</a></li></ul></div>
 </div>
</div>
<footer><p>版权所有：某县人民政府办公室</p><p>地址：某县人民路一号 网站标识码：1234567890</p></footer>
<div id="foot">主办单位：某县人民政府　技术支持：某某信息公司</div>
</body></html>
"""


def assert_article_only(text: str) -> None:
    lines = text.split("\n")
    assert lines[0] == "某县水利局2024年政府信息公开工作年度报告"
    assert "发布日期:2025-01-15来源:县水利局" in lines
    assert "二〇二四年,我局把政务公开融入水利重点工作,坚持应公开尽公开,全年未发生泄密事件。" in lines
    assert "(一)主动公开情况。全年主动公开信息1208条,其中防汛抗旱类信息一百零六条。" in lines
    assert "(二)依申请公开情况。本年度共收到申请六件,均在法定期限内答复。" in lines
    i = lines.index("信息内容 | 本年制发件数 | 本年废止件数")
    assert lines[i + 1: i + 3] == ["规章 | 0 | 0", "行政规范性文件 | 2 | 1"]
    for chrome in ("菜单脚本", "不应出现", "网站首页", "政务公开栏目", "网站地图导航", "当前位置", "栏目导航",
                   "法定主动公开内容", "分享到", "微博", "相关链接", "汇总页", "版权所有", "网站标识码",
                   "主办单位", "技术支持", "门户网站", "color"):
        assert chrome not in text, chrome


def test_html_keeps_only_the_article(tmp_path: Path) -> None:
    doc = load(write(tmp_path, "report.html", PAGE.format(charset="utf-8").encode("utf-8")))
    assert (doc.format, doc.encoding) == ("html", "utf_8")
    assert_article_only(doc.text)


def test_html_meta_charset_gb2312(tmp_path: Path) -> None:
    doc = load(write(tmp_path, "report.shtml", PAGE.format(charset="gb2312").encode("gbk")))
    assert doc.encoding == "gb18030"
    assert_article_only(doc.text)


def test_html_wrong_meta_charset_is_overruled(tmp_path: Path) -> None:
    # The page says gb2312 but was saved as UTF-8 (a copied template): the bytes win.
    doc = load(write(tmp_path, "report.htm", PAGE.format(charset="gb2312").encode("utf-8")))
    assert doc.encoding == "utf_8"
    assert_article_only(doc.text)


def test_html_without_charset_is_detected(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="{charset}">', "").replace("{{", "{").replace("}}", "}")
    doc = load(write(tmp_path, "report.HTML", page.encode("gbk")))
    assert doc.encoding == "gb18030"
    assert_article_only(doc.text)


def test_html_big5_page(tmp_path: Path) -> None:
    body = "<html><body><div class='content'>" + "".join(
        f"<p>{line}</p>" for line in TRADITIONAL.split("\n")) + "</div></body></html>"
    doc = load(write(tmp_path, "big5.html", body.encode("big5")))
    assert doc.encoding == "big5"
    assert doc.text == EXPECTED


def test_html_layout_tables_and_line_breaks() -> None:
    page = (
        "<table><tr><td><table><tr><td><a href='/'>首页</a> <a href='/x'>机构</a></td></tr></table>"
        "<div><p>第一段正文，讲述本年度公开工作。<br>第二行紧随其后。</p>"
        "<table><tr><td><div>行政复议</div></td><td>3</td><td></td><td><div>1</div></td></tr></table></div>"
        "</td></tr></table>"
    )
    lines = html_text(page).split("\n")
    assert lines == ["第一段正文，讲述本年度公开工作。", "第二行紧随其后。", "行政复议 | 3 | | 1"]


def test_html_page_without_article_text(tmp_path: Path) -> None:
    page = "<html><body><nav><a href='/'>首页</a></nav><script>x=1</script></body></html>"
    with pytest.raises(InputError, match="网页中没有正文"):
        load(write(tmp_path, "menu.html", page.encode()))


def test_html_deeply_nested_and_large_pages_are_read(tmp_path: Path) -> None:
    # speed is measured in bench/ (bench/mixed.py), not asserted here: these pages must simply come through
    deep = "<html><body>" + "<div>" * 10_000 + "<p>深处的正文。</p>" + "</div>" * 10_000 + "</body></html>"
    assert load(write(tmp_path, "deep.html", deep.encode())).text == "深处的正文。"

    paragraph = "<p>本机关坚持依法公开，全年主动公开政府信息一千余条，<a href='/f'>详见附件</a>。</p>"
    row = "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>"
    page = ("<html><body><div class='nav'>" + "<a href='/'>首页</a>" * 50 + "</div><div class='content'>"
            + (paragraph * 30 + "<table>" + row * 30 + "</table>") * 1000 + "</div></body></html>").encode()
    assert len(page) > 5_000_000
    doc = load(write(tmp_path, "big.html", page))
    assert doc.text.count("规章 | 0 | 0 | 0") == 30_000


# ---------------------------------------------------------------- docx


def test_docx_keeps_body_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("一、总体情况")
    document.add_paragraph("本年度主动公开信息八十条。")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["信息内容", "本年新收", "上年结转"], ["自然人", "4", "0"], ["合计", "4", "0"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("二、依申请公开情况")
    path = tmp_path / "report.docx"
    document.save(str(path))
    doc = load(path)
    assert (doc.format, doc.encoding) == ("docx", "docx")
    assert doc.text.split("\n") == [
        "一、总体情况", "本年度主动公开信息八十条。",
        "信息内容 | 本年新收 | 上年结转", "自然人 | 4 | 0", "合计 | 4 | 0",
        "二、依申请公开情况",
    ]


def test_docx_merged_cells_are_not_repeated(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "申请人情况"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "不予公开"
    table.cell(1, 1).text, table.cell(1, 2).text = "国家秘密", "1"
    table.cell(2, 1).text, table.cell(2, 2).text = "内部事务", "0"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert load(path).text.split("\n") == ["申请人情况", "不予公开 | 国家秘密 | 1", "| 内部事务 | 0"]


def _docx_with_body(tmp_path: Path, body_xml: bytes, name: str = "raw.docx") -> Path:
    """A .docx whose word/document.xml is the given bytes (the other parts Word writes are not needed to read)."""
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", body_xml)
    return path


def test_docx_runs_in_links_and_insertions_are_read(tmp_path: Path) -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = (f'<w:document {w}><w:body><w:p><w:r><w:t>根据</w:t></w:r><w:hyperlink><w:r><w:t>《条例》</w:t></w:r>'
            '</w:hyperlink><w:ins><w:r><w:t>规定</w:t></w:r></w:ins><w:del><w:r><w:delText>删去</w:delText></w:r>'
            '</w:del><w:r><w:tab/><w:t>编制</w:t></w:r></w:p>'
            '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>行政许可</w:t></w:r></w:p>'
            '</w:tc><w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>')
    assert load(_docx_with_body(tmp_path, body.encode())).text.split("\n") == ["根据《条例》规定编制", "行政许可 | 12"]


def test_docx_body_that_unpacks_too_big_is_refused(tmp_path: Path) -> None:
    from engine.ingest.docx import MAX_XML_BYTES

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = f"<w:document {w}><w:body><w:p><w:r><w:t>".encode() + b" " * MAX_XML_BYTES + b"</w:t></w:r></w:p>"
    path = _docx_with_body(tmp_path, body)
    assert path.stat().st_size < 1_000_000  # a small file on disk
    with pytest.raises(InputError, match="解压后超过"):
        load(path)


def test_zip_without_word_body(tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match="没有 Word 正文"):
        load(path)


def test_corrupt_docx(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="无法读取的 Word .docx"):
        load(write(tmp_path, "broken.docx", b"PK\x03\x04 this is not really a zip archive"))
    with pytest.raises(InputError, match="97-2003"):
        load(write(tmp_path, "old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100))


# ---------------------------------------------------------------- pdf


@pytest.mark.skipif(not REAL_PDF.exists(), reason="shared corpus not available")
def test_real_pdf() -> None:
    doc = load(REAL_PDF)
    assert (doc.format, doc.encoding) == ("pdf", "pdf")
    lines = doc.text.split("\n")
    # the PDF prints "2024 年"; a space between a number and the Chinese word after it is dropped
    assert "2024年政府信息公开工作年度报告" in lines
    assert "2024 年" not in doc.text
    # ...but a table row keeps the spaces between its label and its numbers
    assert "一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95" in lines
    assert "(七)总计 95 0 0 0 0 0 95" in lines
    assert not any(line in {"- 1 -", "- 3 -", "- 5 -"} for line in lines)


def test_pdf_page_numbers_are_dropped(tmp_path: Path) -> None:
    pdf = make_pdf([["Annual report 2024", "Requests received 95", "- 1 -"],
                    ["2", "Appeals 0 1", "Page 2 of 3"], ["Fees 0", "3/3"]])
    doc = load(write(tmp_path, "report.pdf", pdf))
    assert doc.text.split("\n") == ["Annual report 2024", "Requests received 95", "Appeals 0 1", "Fees 0"]


def test_scanned_pdf(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="是扫描件，请先OCR"):
        load(write(tmp_path, "scan.pdf", make_pdf([[], []])))


def test_corrupt_pdf(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="无法读取的PDF文件"):
        load(write(tmp_path, "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%% truncated"))


# ---------------------------------------------------------------- normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("（一）主动公开２０１８年", "(一)主动公开2018年"),  # NFKC: full-width → ASCII
        ("公开，答复：", "公开,答复:"),
        ("發(fā)布機(jī)構(gòu)", "发布机构"),  # pinyin annotations, then traditional → simplified
        ("東湖區(qū)人民政府", "东湖区人民政府"),
        ("政府資訊公開條例", "政府资讯公开条例"),
        ("只计这一情 形", "只计这一情形"),  # spaces PDFs put between characters
        ("2024 年 1 月 1 日", "2024年1月1日"),
        ("第 711 号", "第711号"),
        ("邮编: 223100 ,电话: 0517-1234567 ,", "邮编: 223100,电话: 0517-1234567,"),
        ("情况 (一) 主动公开 ,", "情况(一)主动公开,"),
        ("共 1,136 条", "共1136条"),  # thousands separators
        ("合计12,345,678元", "合计12345678元"),
        ("a\u3000b\u00a0c\t\td", "a b c d"),  # ideographic space, NBSP, tabs
        ("公\u200b开\ufeff", "公开"),  # zero-width characters
        ("  一行  \r\n二行\r三行  ", "一行\n二行\n三行"),
        ("甲\n\n\n\n\n乙\n\n丙", "甲\n\n乙\n\n丙"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "附件(PDF)、(以下简称《条例》)、表(a)、文件(pdf)",  # parentheses that are not pinyin
        "2019,2020年",  # not thousands separators
        "95,0,0",
        "一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95",  # table rows keep their spaces
        "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3",
        "会议 7",
        "规章 | 0 | 0",
    ],
)
def test_normalise_leaves_alone(text: str) -> None:
    assert normalise(text) == text


def test_normalise_is_idempotent() -> None:
    once = normalise(TRADITIONAL + "\n发布 机构 ：２０２４ 年")
    assert normalise(once) == once


MESSY = list("年条情形發(fā)布 ，,.。:（）()0123456789１\n\r\t\u3000\u200b、《》“%")


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(MESSY), max_size=40))
@example("0\t,000")  # the space before the comma went only after the thousands were joined: 0,000 stayed
def test_normalise_output_shape(raw: str) -> None:
    once = normalise(raw)
    assert normalise(once) == once
    assert "\r" not in once and "\t" not in once and "  " not in once and "\n\n\n" not in once
    assert all(line == line.strip() for line in once.split("\n"))


@pytest.mark.parametrize(
    "raw",
    [
        "一二三四五六七八九十政府信息公开，" * 100_000,  # a 5 MB single line
        "1" * 100_000,
        "1," * 100_000,
        "年 1." * 200_000,
        "發(fā)" * 200_000,
        " " * 1_000_000 + "x",
    ],
    ids=["5MB-line", "100k-digits", "digits-commas", "number-runs", "pinyin", "spaces"],
)
def test_normalise_pathological_inputs_are_linear(raw: str) -> None:
    assert normalise(raw) is not None


# ---------------------------------------------------------------- unreadable input


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="文件不存在"):
        load(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="这是文件夹"):
        load(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty"):
        load(write(tmp_path, "empty.txt", b""))


def test_whitespace_only(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="文件中没有文字"):
        load(write(tmp_path, "blank.txt", " \n\t\u3000\n".encode()))


def test_png_renamed_txt(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(InputError, match="PNG 图片"):
        load(write(tmp_path, "scan.txt", png))


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        load(write(tmp_path, "data.txt", b"abc\x00\x01\x02" * 100))


def test_pdf_named_html(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="请把扩展名改为 .pdf"):
        load(write(tmp_path, "report.html", make_pdf([["text"]])))


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: nothing is written
    with pytest.raises(InputError, match="文件大小超过上限.*上限 20 MB.*请拆分文件"):
        load(path)


@pytest.mark.parametrize(
    "data",
    [
        "café crème brûlée, à la carte; très élégant ".encode("latin-1") * 5,
        "日本語のテキストです。これは報告書ではありません。ありがとうございます。".encode("shift_jis") * 3,
        "한국어 텍스트입니다. 이것은 보고서가 아닙니다. 감사합니다.".encode("euc_kr") * 3,
    ],
    ids=["latin-1", "shift-jis", "euc-kr"],
)
def test_undecodable(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="无法识别文字编码"):
        load(write(tmp_path, "odd.txt", data))


@pytest.mark.parametrize("name", ["report.rtf", "report.xlsx", "README"])
def test_unsupported_suffix(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match="不支持的文件类型") as info:
        load(write(tmp_path, name, b"x"))
    assert all(suffix in str(info.value) for suffix in SUPPORTED_SUFFIXES)


def test_messages_name_the_file_and_no_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.pdf", b"%PDF-garbage")
    with pytest.raises(InputError) as info:
        load(path)
    assert str(info.value).startswith(str(path))
    assert "Traceback" not in str(info.value)


# --- .mht: a page saved as one file ---------------------------------------------------------------------------

def _mht(html: bytes, charset: str, transfer: str, blink: bool = False) -> bytes:
    """An MHTML file as IE ("网页，单个文件") or Chrome ("Saved by Blink") writes one: the page as the root part,
    a picture after it."""
    import base64
    import quopri
    body = quopri.encodestring(html) if transfer == "quoted-printable" else base64.encodebytes(html)
    head = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/art/1.html\r\n"
            if blink else b"From: <\xd3\xc9 Windows Internet Explorer 8 \xb1\xa3\xb4\xe6>\r\n")
    return (head + b"Subject: report\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/related; type="text/html"; boundary="----=_NextPart_000_0000"\r\n\r\n'
            b"This is a multi-part message in MIME format.\r\n\r\n------=_NextPart_000_0000\r\n"
            b"Content-Type: text/html; charset=\"" + charset.encode() + b"\"\r\n"
            b"Content-Transfer-Encoding: " + transfer.encode() + b"\r\n"
            b"Content-Location: http://www.example.gov.cn/art/1.html\r\n\r\n" + body + b"\r\n"
            b"------=_NextPart_000_0000\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
            b"Content-Location: http://www.example.gov.cn/logo.gif\r\n\r\nR0lGODlhAQABAAAAACw=\r\n\r\n"
            b"------=_NextPart_000_0000--\r\n")


@pytest.mark.parametrize(("charset", "encoded", "transfer", "blink"), [
    ("gb2312", "gbk", "quoted-printable", False),  # IE on a Chinese Windows
    ("utf-8", "utf-8", "quoted-printable", True),  # Chrome's "single file"
    ("gb2312", "gbk", "base64", False),  # Word's "单个文件网页"
])
def test_mht_is_read_as_the_page_it_holds(tmp_path: Path, charset, encoded, transfer, blink) -> None:
    page = PAGE.format(charset=charset).encode(encoded)
    doc = load(write(tmp_path, "report.mht", _mht(page, charset, transfer, blink)))
    assert doc.format == "html" and doc.encoding == ("utf_8" if encoded == "utf-8" else "gb18030")
    assert_article_only(doc.text)
    assert doc.text == load(write(tmp_path, "report.html", page)).text  # what the page saved alone gives
    assert load(write(tmp_path, "REPORT.MHTML", _mht(page, charset, transfer, blink))).text == doc.text


def test_mht_that_holds_no_page_says_what_to_do(tmp_path: Path) -> None:
    for name, data in (("plain.mht", "某县2024年政府信息公开工作年度报告".encode()),
                       ("picture.mht", _mht(b"", "utf-8", "base64").replace(b"text/html", b"image/png"))):
        with pytest.raises(InputError) as info:
            load(write(tmp_path, name, data))
        assert f"{tmp_path / name}：没有在这个 .mht 文件中找到网页" in str(info.value)


def test_mht_nested_thousands_deep_is_an_error_line_not_a_crash(tmp_path: Path) -> None:
    deep = b"MIME-Version: 1.0\r\n"
    for i in range(3000):
        deep += b'Content-Type: multipart/related; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
    deep += b"Content-Type: text/html\r\n\r\n<html><body>hi</body></html>\r\n"
    with pytest.raises(InputError) as info:
        load(write(tmp_path, "deep.mht", deep))
    assert "结构已损坏（分段嵌套过深）" in str(info.value)


# --- Word names holding something else: a site's "导出Word", Word's "另存为网页", a renamed file --------------------

def test_a_word_name_holding_a_page_is_read_as_the_page(tmp_path: Path) -> None:
    page = PAGE.format(charset="gb2312").encode("gbk")
    alone = load(write(tmp_path, "report.html", page))
    for name, data in (("导出.doc", page), ("导出.docx", page),
                       ("单个文件.doc", _mht(page, "gb2312", "quoted-printable"))):
        doc = load(write(tmp_path, name, data))
        assert (doc.format, doc.encoding, doc.text) == ("html", "gb18030", alone.text), name


def test_a_word_name_holding_a_docx_or_a_pdf_is_read_as_that(tmp_path: Path) -> None:
    docx_bytes = (ROOT / "reports" / "12-nanping-amr-2023.docx").read_bytes()
    as_docx = load(write(tmp_path, "a.docx", docx_bytes))
    renamed = load(write(tmp_path, "a.doc", docx_bytes))
    assert (renamed.format, renamed.text) == ("docx", as_docx.text)
    pdf_bytes = make_pdf([["Annual report 2024"]])
    assert load(write(tmp_path, "b.doc", pdf_bytes)).text == load(write(tmp_path, "b.pdf", pdf_bytes)).text


def test_a_damaged_word_97_2003_file_says_what_to_do(tmp_path: Path) -> None:
    """An OLE header and nothing else, under either Word name: read as Word 97-2003 (tests/test_word97.py reads
    real ones), and said to be damaged."""
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    for name in ("old.doc", "renamed.docx"):
        with pytest.raises(InputError) as info:
            load(write(tmp_path, name, ole))
        assert str(info.value).startswith(f"{tmp_path / name}：无法读取的 Word 97-2003 .doc 文件；文件可能已损坏。"
                                          "请用 Word 或 WPS 打开后另存为 .docx 再评分（技术信息：")


def test_a_pdf_name_holding_a_page_or_a_word_file_says_what_it_is(tmp_path: Path) -> None:
    error_page = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>404</h1></body></html>"
    with pytest.raises(InputError, match="这不是 PDF 文件，而是网页（HTML），常见于下载失败"):
        load(write(tmp_path, "report.pdf", error_page))
    with pytest.raises(InputError, match="这不是 PDF 文件，而是 Word 或其他 Office 文件"):
        load(write(tmp_path, "report2.pdf", (ROOT / "reports" / "12-nanping-amr-2023.docx").read_bytes()))
    # a tagged PDF's structure (`<</P 12 0 R …>>`) is not markup: its header says what it is
    tagged = b"%PDF-1.7\n" + b"1 0 obj <</P 12 0 R/S/P>> endobj\n" * 40
    with pytest.raises(InputError, match="无法读取的PDF文件"):
        load(write(tmp_path, "tagged.pdf", tagged))

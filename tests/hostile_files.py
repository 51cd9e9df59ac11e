"""Builders of hostile and ordinary input files for the hardening and fuzz tests (our own prose only)."""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from pathlib import Path

REPORT = (
    "平安县人民政府2023年政府信息公开工作年度报告\n"
    "一、总体情况\n本年度县政府围绕重点工作主动公开各类信息二百一十条，更新公开指南一次。\n"
    "二、主动公开政府信息情况\n制发规范性文件四件，现行有效二十件。\n"
    "三、收到和处理政府信息公开申请情况\n本年新收申请九件，均已按期答复。\n"
    "四、政府信息公开行政复议、行政诉讼情况\n行政复议一件，结果维持。\n"
    "五、存在的主要问题及改进情况\n栏目更新不够及时，将加强审核。\n"
    "六、其他需要报告的事项\n本年度未收取信息处理费。\n"
)


def pdf(streams: list[bytes], *, compress: bool = True, encrypt: bool = False, pages: int = 1) -> bytes:
    """A PDF whose first page draws `streams` (content streams, Flate-compressed unless told otherwise); more
    pages share the last stream. With `encrypt`, the trailer names a Standard-handler /Encrypt dictionary whose
    user password nobody knows (as a password-protected report from a website is)."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    content_refs = []
    for data in streams:
        body = zlib.compress(data, 9) if compress else data
        flt = b" /Filter /FlateDecode" if compress else b""
        objects.append(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), flt, body))
        content_refs.append(len(objects))
    page_refs = []
    for _ in range(pages):
        refs = " ".join(f"{n} 0 R" for n in content_refs)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [{refs}] "
                       "/Resources << /Font << /F1 3 0 R >> >> >>".encode())
        page_refs.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{n} 0 R' for n in page_refs)}] /Count {pages} >>".encode()
    encrypt_ref = b""
    if encrypt:
        o, u = os.urandom(32).hex().encode(), os.urandom(32).hex().encode()
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>" % (o, u))
        encrypt_ref = b" /Encrypt %d 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]" \
            % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, encrypt_ref, xref)
    return bytes(out)


def text_ops(lines: list[str]) -> bytes:
    return ("BT /F1 12 Tf 72 800 Td " + " ".join(f"({s}) Tj 0 -14 Td" for s in lines) + " ET").encode()


def docx(paragraphs: list[str], pad_mb: int = 0) -> bytes:
    """A .docx (python-docx's own template); `pad_mb` of spaces inside document.xml make a zip bomb: they
    compress about a thousand to one."""
    from docx import Document
    document = Document()
    for p in paragraphs:
        document.add_paragraph(p)
    buffer = io.BytesIO()
    document.save(buffer)
    if not pad_mb:
        return buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != "word/document.xml":
                dst.writestr(info, data)
                continue
            head, tail = data.split(b"</w:body>", 1)
            big = zipfile.ZipInfo(info.filename)
            big.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(big, "w", force_zip64=True) as member:
                member.write(head)
                block = b" " * (1 << 20)
                for _ in range(pad_mb):
                    member.write(block)
                member.write(b"</w:body>" + tail)
    return out.getvalue()


def html(text: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in text.splitlines())
    return f"<html><head><meta charset='utf-8'><title>年度报告</title></head><body><article>{body}</article>" \
           "</body></html>".encode()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# Tasks for the supervised worker tests: module-level, so a spawned worker can import them.

def worker_setup(memory_mb: int) -> None:
    from engine import limits
    limits.configure(limits.Limits(memory_mb=memory_mb))
    limits.limit_memory()


def worker_task(item: str) -> str:
    """"hang" never returns, "die" kills its own process, "hog" allocates 4 GB, "slow" takes a second; anything
    else is echoed in capitals."""
    import signal
    import time
    if item == "slow":
        time.sleep(1)
    if item == "hang":
        while True:
            time.sleep(1)
    if item == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if item == "hog":
        try:
            return f"got {len(bytearray(4 << 30))} bytes"
        except MemoryError:
            return "MemoryError"
    return item.upper()

"""Per-file budgets: one hostile or unlucky input file must not take the batch down.

Each limit is checked where the work happens, before the expensive step: the file's kind and size before it is
read, a .docx's zip members (declared sizes, then a capped streaming read of the one member inflated), a PDF's
compressed streams before the extractor inflates them, characters after decoding. Wall time and memory are
enforced around the work: a batch worker runs under RLIMIT_AS and a parent watchdog kills it when one file takes
too long (engine/workers.py); in one process a timer interrupts Python code. Every breach is an InputError whose
message names the limit and the option that raises it (docs/ingest.md lists them all).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path

from engine.model import InputError

MB = 1 << 20


@dataclass(frozen=True, slots=True)
class Limits:
    """The budget of one input file. The defaults are ten times what a real report needs."""

    file_mb: float = 20.0  # bytes on disk
    unpacked_mb: float = 100.0  # decompressed: all zip members of a .docx, all compressed streams of a PDF
    pages: int = 2_000  # PDF pages
    chars: int = 5_000_000  # characters of text after decoding and extraction
    seconds: float = 120.0  # wall time for one file (read, parse, evaluate)
    memory_mb: int = 3_072  # address space of a batch worker process

    def option(self, name: str) -> str:
        return "--max-" + name.replace("_", "-")


# (field, help text in Chinese) for the CLI; the option is --max-<field with dashes>
HELP = {
    "file_mb": "单个文件大小上限（MB）",
    "unpacked_mb": "解压后大小上限（MB）：.docx 的压缩成员、PDF 的压缩内容流合计",
    "pages": "PDF 页数上限",
    "chars": "解码后文字字数上限",
    "seconds": "单个文件处理时限（秒），超时的文件记为错误，批次继续",
    "memory_mb": "每个并行工作进程的内存（地址空间）上限（MB）",
}

_active = Limits()


def current() -> Limits:
    return _active


def configure(limits: Limits) -> None:
    """Set the limits for this process (the CLI, and each batch worker from its initializer)."""
    global _active
    _active = limits


def from_options(values: dict[str, float | int | None]) -> Limits:
    """Limits from CLI option values (None keeps the default)."""
    chosen = {f.name: values[f.name] for f in fields(Limits) if values.get(f.name) is not None}
    return replace(Limits(), **chosen)  # type: ignore[arg-type]  # each value is of its field's type


class BudgetExceeded(InputError):
    """A limit of this file's budget was reached."""


# --- the file itself -------------------------------------------------------------------------------------------

_KINDS = ((stat.S_ISFIFO, "命名管道（FIFO）"), (stat.S_ISSOCK, "套接字（socket）"), (stat.S_ISCHR, "字符设备"),
          (stat.S_ISBLK, "块设备"), (stat.S_ISDIR, "文件夹"))


def kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((word for test, word in _KINDS if test(mode)), "特殊文件")


def not_regular(path: Path) -> str | None:
    """The error for a path that is not a regular file (following symlinks), or None. Never opens it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: the reader says so
    kind = kind_of(mode)
    if kind is None:
        return None
    via = f"（符号链接，指向 {os.path.realpath(path)}）" if os.path.islink(path) else ""
    return f"{path}: 不是普通文件，而是{kind}{via}；只读取普通文件，请传入报告文件本身。"


def read_file(path: Path, limits: Limits | None = None) -> bytes:
    """The bytes of a regular file within the size limit. Opened without blocking (a FIFO swapped in after the
    check cannot hang the read) and checked again on the open descriptor, then read at most limit + 1 bytes,
    so a file that grows or lies about its size cannot exhaust memory."""
    limits = limits or _active
    cap = int(limits.file_mb * MB)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        kind = kind_of(info.st_mode)
        if kind is not None:
            raise InputError(f"{path}: 不是普通文件，而是{kind}；只读取普通文件，请传入报告文件本身。")
        if info.st_size > cap:
            raise _too_big(path, info.st_size, limits)
        chunks, total = [], 0
        while block := os.read(fd, min(1 << 20, cap + 1 - total)):
            chunks.append(block)
            total += len(block)
            if total > cap:
                raise _too_big(path, total, limits)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_big(path: Path, size: int, limits: Limits) -> BudgetExceeded:
    return BudgetExceeded(f"{path}: 文件大小超过上限（{size / MB:.1f} MB，上限 {limits.file_mb:g} MB，"
                          f"{limits.option('file_mb')}）；请拆分文件，或只保留报告正文。")


def check_chars(text: str, source: str, limits: Limits | None = None) -> None:
    limits = limits or _active
    if len(text) > limits.chars:
        raise BudgetExceeded(f"{source}: 文字字数超过上限（{len(text):,} 字，上限 {limits.chars:,} 字，"
                             f"{limits.option('chars')}）；这不像一份年度报告，请只保留报告正文。")


def check_pages(count: int, source: str, limits: Limits | None = None) -> None:
    limits = limits or _active
    if count > limits.pages:
        raise BudgetExceeded(f"{source}: PDF 页数超过上限（{count} 页，上限 {limits.pages} 页，"
                             f"{limits.option('pages')}）；请只保留报告本身的页面。")


def _unpacked_error(source: str, what: str, limits: Limits) -> BudgetExceeded:
    return BudgetExceeded(f"{source}: 解压后超过上限（{what}解压后超过 {limits.unpacked_mb:g} MB，"
                          f"{limits.option('unpacked_mb')}）；这可能是压缩炸弹或损坏的文件，"
                          "请用 Word、WPS 或 PDF 阅读器打开后重新另存。")


# --- .docx: zip members ----------------------------------------------------------------------------------------

def check_zip(data: bytes | zipfile.ZipFile, source: str, limits: Limits | None = None,
              members: tuple[str, ...] | None = None) -> None:
    """A zip within the unpacked budget: the declared sizes of all members first (the central directory: no
    inflating), then the `members` a reader will inflate (all of them when None) read as a stream up to the budget,
    since a declared size can lie. A member nobody reads is never inflated, so its real size cannot matter. Not a
    zip at all: left to the reader."""
    limits = limits or _active
    cap = int(limits.unpacked_mb * MB)
    try:
        archive = data if isinstance(data, zipfile.ZipFile) else zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - zipfile raises many types (even NotImplementedError) for damaged files
        return  # not a readable zip: the reader reports the damage
    infos = archive.infolist()
    declared = sum(i.file_size for i in infos)
    if declared > cap:
        biggest = max(infos, key=lambda i: i.file_size).filename
        raise _unpacked_error(source, f"压缩包成员（合计 {declared / MB:,.0f} MB，最大的是 {biggest}）", limits)
    total = 0
    for info in infos if members is None else (i for i in infos if i.filename in members):
        try:
            total += len(read_member(archive, info, source, cap - total, limits))
        except BudgetExceeded:
            raise
        except Exception:  # noqa: BLE001 - a damaged member: the reader reports the damage
            continue


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str, budget: int | None = None,
                limits: Limits | None = None, error: InputError | None = None) -> bytes:
    """A zip member's bytes, inflated as a stream and stopped once they pass `budget` (the unpacked budget when
    None) with `error` (the unpacked budget's): a member that inflates past its declared size is caught while it
    is read, never held whole."""
    limits = limits or _active
    budget = int(limits.unpacked_mb * MB) if budget is None else budget
    chunks, size = [], 0
    with archive.open(info) as member:
        while block := member.read(min(1 << 20, budget + 1 - size)):
            chunks.append(block)
            size += len(block)
            if size > budget:
                raise error or _unpacked_error(source, f"压缩包成员 {info.filename} ", limits)
    return b"".join(chunks)


# --- PDF: encryption and compressed streams ---------------------------------------------------------------------

_ENCRYPT = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")
_TRAILER = re.compile(rb"trailer\s*<<")
_XREF_STREAM = re.compile(rb"/Type\s*/XRef\b")
_STREAM = re.compile(rb"stream\r?\n")
_ZLIB_HEADERS = (b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda")


def pdf_encrypted(data: bytes) -> bool:
    """Does a trailer of the PDF (a classic `trailer << … >>` or a cross-reference stream's dictionary) name an
    /Encrypt dictionary? Read from the bytes, so it holds whichever extractor opens the file; only trailers are
    looked at, never page text that might spell the word."""
    if b"/Encrypt" not in data:  # what _ENCRYPT needs, in one C scan (most PDFs: then no trailer need be found)
        return False
    for match in _TRAILER.finditer(data):
        if _ENCRYPT.search(data[match.start():match.start() + 4096].split(b"startxref", 1)[0]):
            return True
    for match in _XREF_STREAM.finditer(data):
        start = data.rfind(b"<<", max(0, match.start() - 4096), match.start())
        if start >= 0 and _ENCRYPT.search(data[start:match.start() + 4096].split(b"stream", 1)[0]):
            return True
    return False


def encrypted_error(source: str) -> InputError:
    return InputError(f"{source}: 该PDF已加密，需要密码；请用 PDF 阅读器去掉密码（或打印为新的 PDF）后再评分。")


def _drain(d, data: bytes | memoryview, budget: int) -> Iterator[bytes]:
    """What a decompressor makes of `data`, 1 MB at a time, stopping once `budget` bytes came out."""
    produced = 0
    with contextlib.suppress(zlib.error):
        while data and produced <= budget:
            piece = d.decompress(data, 1 << 20)
            data = d.unconsumed_tail
            if not piece:
                return
            produced += len(piece)
            yield piece


def _inflated_size(body: bytes | memoryview, budget: int) -> int:
    """How many bytes a Flate stream inflates to, counted up to just past `budget` without holding them. A stream
    that is zlib data again (/Filter [/FlateDecode /FlateDecode]) counts its inner output too."""
    total, inner = 0, None
    for piece in _drain(zlib.decompressobj(), body, budget):
        if inner is None:
            inner = zlib.decompressobj() if piece[:2] in _ZLIB_HEADERS else False
        total += len(piece)
        if inner:
            total += sum(len(p) for p in _drain(inner, piece, budget - total))
        if total > budget:
            break
    return total


# Deflate writes at most 258 bytes for 2 bits (a longest match with one-bit codes): no stream of c bytes inflates
# to more than 1032 * c. A stream whose output is zlib data again has no such bound and is always inflated.
_MAX_RATIO = 1032


def _first_bytes(body: memoryview) -> bytes:
    """The first two bytes a Flate stream inflates to (b"" when it inflates to nothing or is damaged at once)."""
    try:
        return zlib.decompressobj().decompress(body, 2)
    except zlib.error:
        return b""


def check_pdf_streams(data: bytes, source: str, limits: Limits | None = None) -> None:
    """All Flate-compressed streams of a PDF within the unpacked budget: a 1 MB file whose content streams inflate
    to gigabytes is stopped here, before an extractor holds them in memory.

    Only what the budget needs is inflated (and thrown away): deflate's ratio bound (_MAX_RATIO) clears most of a
    PDF's bytes unread, the largest streams are inflated until the bound of the rest fits in what is left, and a
    doubly compressed stream is always inflated. The error is the same as inflating every stream: the sum of what
    they inflate to passes the budget."""
    limits = limits or _active
    cap = int(limits.unpacked_mb * MB)
    view, last = memoryview(data), data.rfind(b"endstream")
    total, rest = 0, []
    for match in _STREAM.finditer(data):
        start = match.end()
        if data[start:start + 2] not in _ZLIB_HEADERS:
            continue
        end = data.find(b"endstream", start) if start < last else len(data)  # a scan per stream, never past the end
        body = view[start:end]
        first = _first_bytes(body)
        if first in _ZLIB_HEADERS:  # zlib inside zlib: no ratio bound
            total += _inflated_size(body, cap - total)
            if total > cap:
                raise _unpacked_error(source, "PDF 压缩内容流", limits)
        elif first:
            rest.append(body)
    rest.sort(key=len)
    bound = _MAX_RATIO * sum(map(len, rest))
    while rest and total + bound > cap:
        body = rest.pop()  # the largest left
        bound -= _MAX_RATIO * len(body)
        total += _inflated_bound(body, cap - total - bound, cap - total)
        if total > cap:
            raise _unpacked_error(source, "PDF 压缩内容流", limits)


_STEP = 1 << 14  # output bytes inflated between two looks at the bound
_SLACK = 64 + 258  # input zlib may hold in its bit buffer, and a match it has decoded but not yet written


def _inflated_bound(body: memoryview, room: int, budget: int) -> int:
    """What a (not doubly compressed) Flate stream inflates to, counted up to just past `budget`; or, as soon as it
    fits in `room`, what came out so far plus the ratio bound of the input still unread. Inflated a step at a time,
    so a stream that fits is mostly never inflated. A damaged stream counts what came out before the damage."""
    tail: memoryview | bytes  # the unread input: the stream, then what zlib did not take
    d, tail, produced = zlib.decompressobj(), body, 0
    with contextlib.suppress(zlib.error):
        while tail and produced <= budget:
            piece = d.decompress(tail, _STEP)
            tail = d.unconsumed_tail
            if not piece:
                break
            produced += len(piece)
            if tail and produced + _MAX_RATIO * (len(tail) + _SLACK) <= room:
                return produced + _MAX_RATIO * (len(tail) + _SLACK)
    return produced


# --- wall time and memory --------------------------------------------------------------------------------------

def time_error(source: str, limits: Limits | None = None) -> BudgetExceeded:
    limits = limits or _active
    return BudgetExceeded(f"{source}: 处理时间超过上限（{limits.seconds:g} 秒，{limits.option('seconds')}），已停止处理"
                          "这个文件；文件可能异常复杂或已损坏，请检查后另存再试。")


def memory_error(source: str, limits: Limits | None = None) -> BudgetExceeded:
    limits = limits or _active
    return BudgetExceeded(f"{source}: 内存超过上限（{limits.memory_mb:g} MB，{limits.option('memory_mb')}），已停止"
                          "处理这个文件；文件可能异常复杂或已损坏，请检查后另存再试。")


def crash_error(source: str, limits: Limits | None = None) -> BudgetExceeded:
    limits = limits or _active
    return BudgetExceeded(f"{source}: 处理这个文件时工作进程意外退出（可能超过内存上限 {limits.memory_mb:g} MB，"
                          f"{limits.option('memory_mb')}）；其他文件不受影响。请检查该文件后另存再试。")


@contextlib.contextmanager
def deadline(source: str, limits: Limits | None = None, spent: float = 0.0) -> Iterator[None]:
    """In one process (no watchdog): a timer interrupts Python code that runs past the wall-time budget. Only in
    the main thread; elsewhere the work simply runs (batch workers are watched by their parent instead).
    `spent`: seconds of the file's budget an earlier part of its work took (a batch worker ingests a group of
    files, then parses them): the timer gets what is left of it, the message names the whole budget."""
    limits = limits or _active
    import threading
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(_signum, _frame):
        raise time_error(source, limits)

    previous = signal.signal(signal.SIGALRM, expired)
    # (at least a millisecond: a timer of 0 would be no timer, and an earlier part that used it all is over)
    signal.setitimer(signal.ITIMER_REAL, max(limits.seconds - spent, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def limit_memory(limits: Limits | None = None) -> None:
    """Cap this process's address space (a batch worker calls it at start): a runaway allocation then fails with
    MemoryError, which becomes the file's error line, instead of taking the machine's memory."""
    limits = limits or _active
    try:
        import resource
        cap = int(limits.memory_mb * MB)
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):  # not on this platform: the watchdog still bounds time
        pass

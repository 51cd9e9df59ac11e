"""One file, several documents.

Compilations from document-sharing sites mark each piece 篇N / 第N篇; inside a piece, further documents
begin with a title line of their own ("…政务公开工作总结") or, untitled, where the heading numbering starts
again at 一、 after a full sequence. Each split must leave a substantial document on both sides.
"""

from __future__ import annotations

import re

PIECE = re.compile(r"^[^\n]{0,60}?(?:篇[ \t]*\d{1,3}|第[一二三四五六七八九十\d]{1,3}篇)[^\n]{0,40}$", re.M)
TITLE_LINE = re.compile(r"^[^\n。,;]{0,30}(?:政府信息公开|政务信息公开|信息公开|政务公开|党务政务公开)[^\n。,;]{0,12}"
                        r"(?:年度报告|工作报告|总结|汇报|报告)[^\n。,;]{0,6}$", re.M)
TITLE_LINE_LONGEST = 30 + 6 + 12 + 4 + 6  # TITLE_LINE's longest match: a body paragraph that says 公开 is longer
TITLE_LINE_OPEN = 30 + 4  # where its 公开 starts at the latest: its words (公开 4 in at most) after 30 of lead
TITLE_LINE_ENDS = ("报告", "总结", "汇报")  # every TITLE_LINE match holds one (年度报告, 工作报告 hold 报告)
AGENCY_LINE = re.compile(r"^[^\n。,;]{2,20}(?:局|委|办|政府|办公室|中心|镇|乡|学院|大学)\s*$")
TOP_HEADING = re.compile(r"^\s*([一二三四五六七八九十])、([^\n]{0,30})", re.M)
TABLE_ROW = re.compile(r"本年新收|上年结转|结转下年度|本年度办理结果|\d+\s+\d+")
ORDER = "一二三四五六七八九十"
NUMBER_OF = {c: i + 1 for i, c in enumerate(ORDER)}  # an ordinal's number (ORDER.index + 1: a method call each)
MIN_DOC = 400  # characters a document needs on each side of a split
MIN_PIECE = 200  # characters between two 篇N markers


def split(text: str) -> list[str]:
    """The documents in `text`, in order; the text itself when it holds one."""
    # a piece starts at its marker; the page header before the first marker stays with the first piece,
    # and a marker every few lines is a list, not a compilation
    starts: list[int] = []
    for m in _line_matches(PIECE, text, "篇"):
        if m.start() - (starts[-1] if starts else 0) >= MIN_PIECE:
            starts.append(m.start())
    bounds = [0, *starts, len(text)]
    pieces = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    out: list[str] = []
    for piece in pieces:
        out += _split_inside(piece)
    return [p for p in out if p.strip()]


def _line_matches(pattern: re.Pattern, text: str, word: str, longest: int | None = None, latest: int = -1,
                  ends: tuple[str, ...] = ()):
    """pattern.finditer(text) for a pattern whose every match is a whole line holding `word` (the 篇 markers, the
    title lines that say 公开): tried only at the start of those lines, not at every line, not at a line longer
    than the `longest` the pattern can match, (`latest` ≥ 0) not at a line whose first `word` starts more than
    `latest` characters in, where the pattern needs it, and (`ends`) not at a line that holds none of these words
    (a part's heading that says 公开, "二、主动公开政府信息情况", is no title)."""
    at = text.find(word)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        stop = len(text) if end < 0 else end
        if (longest is None or stop - start <= longest) and (latest < 0 or at - start <= latest) \
                and (not ends or any(text.find(w, start, stop) >= 0 for w in ends)):
            m = pattern.match(text, start)
            if m:
                yield m
        if end < 0:
            return
        at = text.find(word, end)


def _split_inside(text: str) -> list[str]:
    cuts = sorted(set(_title_cuts(text)) | set(_restart_cuts(text)))
    kept, last = [], 0
    for cut in cuts:
        if cut - last >= MIN_DOC and len(text) - cut >= MIN_DOC:
            kept.append(cut)
            last = cut
    bounds = [0, *kept, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _title_cuts(text: str) -> list[int]:
    cuts = []
    for m in _line_matches(TITLE_LINE, text, "公开", TITLE_LINE_LONGEST, TITLE_LINE_OPEN, TITLE_LINE_ENDS):
        start = m.start()
        above_end = start - 1
        above_start = text.rfind("\n", 0, max(0, above_end)) + 1
        if above_end > 0 and AGENCY_LINE.match(text[above_start:above_end]):
            start = above_start  # "某县环境保护局\n关于…情况汇报": the agency line opens the document
        cuts.append(start)
    return cuts


def _restart_cuts(text: str) -> list[int]:
    """Where 一、 comes again after a sequence that reached 二、 and goes on to 二、 itself (not table rows)."""
    found = top_headings(text)
    number_of = NUMBER_OF
    ordinals = [number_of[ordinal] for _, _, ordinal in found]  # (every ordinal is one of ORDER: _ORDINAL_MARK's)
    if not _may_restart(ordinals):
        return []  # (a report's one sequence: its headings' lines not asked whether they are table rows)
    heads = [(start, n) for (start, line, _), n in zip(found, ordinals, strict=True) if not TABLE_ROW.search(line)]
    cuts, highest = [], 0
    for i, (pos, n) in enumerate(heads):
        if n == 1 and highest >= 2:
            following = [k for _, k in heads[i + 1:]]
            continues = following[:following.index(1)] if 1 in following else following
            if 2 in continues:
                cuts.append(_paragraph_start(text, pos))
        highest = n if n == 1 else max(highest, n)
    return cuts


def _may_restart(ordinals: list[int]) -> bool:
    """Whether a 1 comes after a 2 or more and a 2 after that 1: a cut of _restart_cuts needs it among the headings
    that are no table rows, a part of these, so it needs it among all of them. The earliest such 1 has the most
    after it."""
    high = False
    for i, n in enumerate(ordinals):
        if n >= 2:
            high = True
        elif high:
            return 2 in ordinals[i + 1:]
    return False


# "一、" found from its "、" (a scan led by one literal character skips ahead 4× faster than one led by a class of
# ten); the match starts one character before
_ORDINAL_MARK = re.compile(r"、(?<=[一二三四五六七八九十]、)")


def top_headings(text: str) -> list[tuple[int, str, str]]:
    """(start, whole match, ordinal) of each TOP_HEADING match, in order: found from its "一、" (a scan that skips
    ahead to each "、") and back over the whitespace before it to the first line start there, instead of trying
    the pattern at every line. A match's whitespace may span lines: it starts at the first line start in the run."""
    out = []
    for m in _ORDINAL_MARK.finditer(text):
        start = at = m.start() - 1
        while start > 0 and text[start - 1].isspace():  # str.isspace is re's \s
            start -= 1
        if start:  # not at the text's start: the run must hold a line break, and the match starts after the first
            line_break = text.find("\n", start, at)
            if line_break < 0:
                continue
            start = line_break + 1
        end = text.find("\n", at + 2, at + 32)  # ([^\n]{0,30})
        out.append((start, text[start:end if end >= 0 else at + 32], text[at]))
    return out


def _paragraph_start(text: str, pos: int) -> int:
    """Take the untitled opening paragraph above a restarted 一、 along: back to a blank line or a heading."""
    start = pos
    for _ in range(3):
        prev = text.rfind("\n", 0, max(0, start - 1))
        line = text[prev + 1:start].strip()
        if not line or re.match(r"[一二三四五六七八九十]、|\([一二三四五六七八九十]\)|\d+[.、]", line):
            break
        start = prev + 1
    return start

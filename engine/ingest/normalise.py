"""One text shape for every input format, so later stages match against a single spelling.

Reports arrive as full-width digits, traditional characters, pinyin-annotated web pages and PDFs
that scatter spaces between characters. `normalise` folds all of these into plain simplified text
whose numbers, headings and table rows read the same whatever the file was. Every step is a single
pass (str methods or regexes without nested quantifiers), so the cost stays linear in the input.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Final

# Han ideographs (BMP, extension A, compatibility, supplementary planes) and the CJK punctuation that
# survives NFKC (、。《》「」【】〔〕 and the curly quotes and dashes Chinese text uses).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK = _HAN + "\u3001-\u303f\u2018\u2019\u201c\u201d\u2014\u2026"

_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[^\S\n]+")  # any run of whitespace other than newline
# what each pass changes, looked for first (an `in` per character is 4-15x cheaper than the pass's scan, and
# most texts have none of them): a pass is skipped when its text has nothing it would change
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_LINE_BREAK_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# whitespace _SPACES turns into " " even alone, looked for by `in`: every character `\s` matches but " " and "\n"
_NOT_A_SPACE = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
# either kind, each looked for by `in` (a C scan of a few instructions a character, against a class scan's ≈ 40
# for each character of the text): most texts have neither, and then both tests are skipped
_BREAK_OR_NOT_A_SPACE = _LINE_BREAK_CHARS + _NOT_A_SPACE


def _odd_spaces(text: str) -> bool:
    """Whether the text holds a character of _BREAK_OR_NOT_A_SPACE. Each is one str.isprintable rejects, and none is
    "\n": a text printable once its newlines are out holds none of them, and that test is one pass (≈ a quarter of
    the 35 `in` scans on a synth text, which holds none after NFKC; tests/test_speed_a26_worker.py)."""
    return not text.replace("\n", "").isprintable() and any(c in text for c in _BREAK_OR_NOT_A_SPACE)


_SPACE_RUN = re.compile(" {2,}")  # what _SPACES changes when " " is the only whitespace besides newlines


def _collapse_space_runs(text: str) -> str:
    """_SPACE_RUN.sub(" ", text): each pass halves every run, so a run of n spaces takes log2(n) passes of
    str.replace, a C scan for a two-character needle (≈ 4x faster than the pattern's, which tries every space)."""
    while "  " in text:
        text = text.replace("  ", " ")
    return text


_BLANK_LINES = re.compile(r"\n{3,}")

# Pinyin some sites print after every character: 發(fā)布機(jī)構(gòu). Only a run right after a Han
# character is considered, and it is removed only when it spells one pinyin syllable (see _is_pinyin).
_TONED = "āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜ"
# a space before the run goes with it: whitespace clean-up would join "發 (fā)" into "發(fā)" only later
_PINYIN_RUN = re.compile(f"(?<=[{_HAN}])[^\\S\\n]?\\(([a-zü{_TONED}ɑɡ]{{1,7}})\\)")
# what every such run contains, led by "(" so the scan is fast: a text without one needs no _PINYIN_RUN pass
_PINYIN_CANDIDATE = re.compile(f"\\([a-zü{_TONED}ɑɡ]{{1,7}}\\)")
_UNTONE = str.maketrans("āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüɑɡ", "aaaaooooeeeeiiiiuuuuvvvvvag")
_SYLLABLE = re.compile(
    "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    "(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|"
    "ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)r?"
)

# "2024 年" → "2024年"; then "年 1月" → "年1月", but "申请数量 95 0 0 95" stays: a number followed by
# another number is a table row, and the space before it separates the row label from the columns.
# Full-width ，：（） became ASCII under NFKC; a space between one of them and a Han character goes too,
# and so does a space between a number and the comma after it ("223100 ,电话"). (_drop_spaces_between, then:)
_LINE_EDGE_SPACES = re.compile(" \n ?|\n ")
_SPACE_CJK_NUMBER_CJK = re.compile(f" (?<=[{_CJK}] )(?=[0-9][{_CJK}%]|[0-9][0-9.]*[0-9][{_CJK}%])")
# a whole digit-and-comma run (nothing more of one before or after) grouped exactly like 12,345,678
_DIGIT_COMMA_DIGIT = re.compile(r",(?<=[0-9],)(?=[0-9])")  # [0-9],[0-9], led by "," so the scan is fast
_THOUSANDS = re.compile(r"(?<![0-9])(?<![0-9],)[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?!,[0-9])")

_converter: Any = None
# a byte for each code point of the Basic Multilingual Plane, its bits: _ALONE for a character whose presence alone can
# make t2s change a text (a one-character key it changes, a normalization key, a lone surrogate), _HINGE for one that
# longer changing keys hinge on (those in _t2s_phrases), both read from the dictionaries t2s loads
# (engine/ingest/t2s_keys.py); _ODD for one of _BREAK_OR_NOT_A_SPACE; _COMMA for ",". None when the installed
# dictionaries are not the ones the lists were read from, and then every text is converted
_ALONE: Final = 1
_HINGE: Final = 2
_ODD: Final = 4
_COMMA: Final = 8
_t2s_marks: bytes | None = None
_t2s_phrases: dict[str, list[str]] = {}


def _t2s_keys() -> tuple[bytes | None, dict[str, list[str]]]:
    """_t2s_marks and the longer keys by hinge; (None, {}) unless the installed t2s.json and dictionaries hash to
    those the lists were read from."""
    import hashlib
    import os

    import opencc

    from engine.ingest import t2s_keys

    share = getattr(opencc, "_opencc_share_dir", "")
    for name, digest in t2s_keys.DICTIONARIES.items():
        try:
            with open(os.path.join(share, name), "rb") as f:
                if hashlib.sha256(f.read()).hexdigest() != digest:
                    return None, {}
        except OSError:
            return None, {}
    marks = bytearray(0x10000)
    for code in range(0xD800, 0xE000):
        marks[code] = _ALONE
    for char in t2s_keys.SINGLE:
        marks[ord(char)] |= _ALONE
    for char in t2s_keys.PHRASES:
        marks[ord(char)] |= _HINGE
    for char in _BREAK_OR_NOT_A_SPACE:
        marks[ord(char)] |= _ODD
    marks[ord(",")] |= _COMMA
    return bytes(marks), t2s_keys.PHRASES


def _scan(text: str) -> int:
    """_ALONE unless t2s cannot change the text (no key any of its dictionaries would replace by something else is in
    it: t2s replaces the longest key at each position, so then every piece it looks up comes back as it was; nor a
    character beyond the BMP, which the lists leave out); else the bits _ODD when the text holds a character of
    _BREAK_OR_NOT_A_SPACE (_odd_spaces) and _COMMA when it holds [0-9],[0-9] (_DIGIT_COMMA_DIGIT). One compiled loop
    reads each character's marks (≈ 35 instructions a character, where `re`'s class of the thousands of t2s's
    characters cost ≈ 70, the odd-space test ≈ 35 more and the comma search ≈ 10: tests/test_speed_a29_ingest.py holds
    it to them)."""
    if _t2s_marks is None:
        return _ALONE
    marks: bytes = _t2s_marks  # declared bytes, not bytes | None: compiled, its indexing reads the byte in place
    found = 0
    for at in range(len(text)):
        code = ord(text[at])
        if code > 0xFFFF:
            return _ALONE
        mark = marks[code]
        if mark:
            if mark & _ALONE:
                return _ALONE
            if mark & _HINGE:
                for phrase in _t2s_phrases[text[at]]:  # an occurrence holding the character at `at` lies within ± len
                    if text.find(phrase, max(0, at - len(phrase) + 1), at + len(phrase)) != -1:
                        return _ALONE
            if mark & _COMMA and 0 < at < len(text) - 1 and (
                    0x30 <= ord(text[at - 1]) <= 0x39 and 0x30 <= ord(text[at + 1]) <= 0x39):
                found |= _COMMA
            found |= mark & _ODD
    return found


def _load_t2s() -> None:
    """OpenCC's t2s and the lists, built on first use (loading its dictionaries takes ~5 ms)."""
    global _converter, _t2s_marks, _t2s_phrases
    import opencc

    _converter = opencc.OpenCC("t2s")
    _t2s_marks, _t2s_phrases = _t2s_keys()


def to_simplified(text: str) -> str:
    """Traditional → simplified with OpenCC.

    The conversion is skipped when nothing in the text can change (`_scan`): an exact test read from the
    dictionaries themselves (bench/make_t2s_keys.py), not a list of traditional characters, so it never skips a
    text t2s would change; most texts are simplified already.
    """
    if _converter is None:
        _load_t2s()
    return _convert(text) if _scan(text) == _ALONE else text


def _convert(text: str) -> str:
    """t2s over the text, the places whose names it would change (乾县 → 干县) kept under a private-use mark."""
    assert _converter is not None
    if "乾" not in text:
        return str(_converter.convert(text))
    # (a mark the text does not hold: a page may carry private-use characters of its own, an icon font's)
    mark = next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in text)
    kept = _KEPT_PLACE.sub(lambda m: mark + m.group(0)[1:], text)
    return str(_converter.convert(kept)).replace(mark, "乾")


# the administrative divisions whose names t2s changes (乾县, 乾安县: 乾 is 干 in 乾燥 but not in a place's name);
# tests/test_ingest_places.py checks the list against the division table
_KEPT_PLACE = re.compile(r"乾(?=县|安)")


def _is_pinyin(run: str) -> bool:
    toned = any(ch in _TONED for ch in run)
    if not toned and len(run) < 2:  # "(a)" is more likely a list label than a syllable
        return False
    return _SYLLABLE.fullmatch(run.translate(_UNTONE)) is not None


_pinyin_seen: dict[str, bool] = {}


def _drop_pinyin(match: re.Match[str]) -> str:
    run = match.group(1)
    known = _pinyin_seen.get(run)
    if known is None:
        known = _is_pinyin(run)
        if len(_pinyin_seen) < 5_000:
            _pinyin_seen[run] = known
    return "" if known else match.group(0)


def _join_all_thousands(text: str) -> str:
    return _THOUSANDS.sub(_join_thousands, text) if _DIGIT_COMMA_DIGIT.search(text) else text


def _join_thousands(match: re.Match[str]) -> str:
    """1,136 → 1136 and 12,345,678 → 12345678; any other digit/comma mix ("2019,2020") does not match."""
    return match.group(0).replace(",", "")


# what NFKC does to almost every character it changes in Chinese text: full-width ASCII, U+3000, NBSP
_WIDE = re.compile("[\uff01-\uff5e\u3000\xa0]")
_NARROW = {**{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, "\u3000": " ", "\xa0": " "}


def _nfkc(text: str) -> str:
    """NFKC (full-width ASCII, U+3000 and NBSP → ASCII and space; ① → 1, ㈠ → (一), ...). The common part
    by a lookup table; the full normalisation only when anything else is left: the same result in a quarter
    of the time (str.translate with a table is slower than this)."""
    for wide in "，（）：；\u3000":  # most of them, a C pass each: the per-match replacement below costs 3x as much
        if wide in text:
            text = text.replace(wide, _NARROW[wide])
    # "…" is compatibility-decomposed to "..." (a full stop composes with nothing), so the text with "..." for it has
    # the same NFKC; without this a text whose only other change is its "……" took the full normalisation (≈ 5 M
    # instructions a 4,000-character text)
    if "…" in text:
        text = text.replace("…", "...")
    if unicodedata.is_normalized("NFKC", text):  # then no full-width ASCII, U+3000 or NBSP is left: nothing to do
        return text
    text = _WIDE.sub(lambda m: _NARROW[m.group()], text)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def _tidy_spaces(text: str) -> str:
    """Strip every line and drop the spaces PDFs put inside Chinese text; none of these cross a newline."""
    if " \n" in text or "\n " in text:
        text = _LINE_EDGE_SPACES.sub("\n", text)
    if " " not in text:
        return text
    text = _drop_spaces_between(text)
    return _SPACE_CJK_NUMBER_CJK.sub("", text)


def _is_cjk(code: int) -> bool:
    """Whether the character of this code point is one of _CJK's."""
    if code < 0x3400:
        return 0x3001 <= code <= 0x303F or code in (0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026)
    return code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3134F


def _drop_spaces_between(text: str) -> str:
    """The text without each space between two _CJK characters, between one and ,.;:!?() on either side, or
    between a digit and a _CJK character or ,;:!?) after it. Three `re` passes did this in turn (a space between two
    _CJK; one between _CJK and punctuation, a digit and punctuation, punctuation and _CJK; one between a digit and
    _CJK: tests/test_speed_a26_worker.py holds them): each removes a space by the characters on its two sides alone,
    and a space one removes has no space on either side, so no removal changes what another space sees. One pass
    over the spaces (≈ 150 a synth text) instead of their lookarounds at every space, the second's three alternatives
    costing twice the others (≈ 1,900 instructions a space in all)."""
    pieces: list[str] = []
    start = 0
    last = len(text) - 1
    at = text.find(" ")
    while at != -1:
        if 0 < at < last:
            before, after = ord(text[at - 1]), ord(text[at + 1])
            if _is_cjk(before):  # then one of , . ; : ! ? ( ) or _CJK after it
                drop = after in (0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29) or _is_cjk(after)
            elif 0x30 <= before <= 0x39:  # a digit: then one of , ; : ! ? ) or _CJK
                drop = after in (0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29) or _is_cjk(after)
            else:  # one of , . ; : ! ? ( ) and _CJK after it
                drop = before in (0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29) and _is_cjk(after)
            if drop:
                pieces.append(text[start:at])
                start = at + 1
        at = text.find(" ", at + 1)
    if not pieces:
        return text
    pieces.append(text[start:])
    return "".join(pieces)


# a line's indent of two full-width spaces a mirror lost to question marks ("??一、总体情况", "??2025年,…"): no text
# (a40)
_LOST_INDENT = re.compile(r"^\?{2,4}(?=[^\s?])", re.M)


# a line of markup alone, a mirror's empty tags left in the page's text ("<legend id="…"></legend><samp id="…">",
# "1. <blockquote id="…"></blockquote>", a list's bullet or number before them): no text of the document (a41)
_MARKUP_LINE = re.compile(r'^[ \t]*(?:[•·]|[0-9]{1,2}\.)?[ \t]*'
                          r'(?:</?[A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z-]+(?:="[^"\n]*")?)*[ \t]*/?>[ \t]*)+\n', re.M)


# a flattened layout table's empty cells by the hundred ("|||||…"): no statutory table has twenty columns, so such a
# run is the page's frame, which would push the report's first part out of the opening every reader scans (a46)
_PIPE_RUN = re.compile(r"\|{20,}")


def normalise(raw: str) -> str:
    """NFKC, pinyin annotations out, traditional → simplified, then whitespace and number tidying."""
    text = _ZERO_WIDTH.sub("", raw) if any(c in raw for c in _ZERO_WIDTH_CHARS) else raw
    text = _nfkc(text)
    if "(" in text and _PINYIN_CANDIDATE.search(text):
        text = _PINYIN_RUN.sub(_drop_pinyin, text)
    if _converter is None:
        _load_t2s()
    # t2s's test and, when it leaves the text as it is, _odd_spaces's answer and whether _join_all_thousands has a
    # group to join (the steps before it turn whitespace into whitespace, never "[0-9],[0-9]" into one or back)
    marked = _scan(text)
    if marked == _ALONE:
        text = _convert(text)
        odd = _odd_spaces(text)
        grouped = True
    else:
        odd = marked & _ODD != 0
        grouped = marked & _COMMA != 0
    if "陜" in text:  # 陜西: a variant of 陝 that mirrors write and t2s leaves alone (a42)
        text = text.replace("陜", "陕")
    if odd and any(c in text for c in _LINE_BREAK_CHARS):
        text = _LINE_BREAKS.sub("\n", text)
    # a space other than " ": every run becomes one space; only " " (and newlines): runs of two or more collapse
    other = odd and any(c in text for c in _NOT_A_SPACE)
    text = _SPACES.sub(" ", text) if other else _collapse_space_runs(text)
    if grouped:
        text = _join_all_thousands(text)
    text = _tidy_spaces(text)
    if _DIGIT_COMMA_DIGIT.search(text):  # tidying made a group ("1 ,136" → "1,136"): join it and tidy around it
        joined = _join_all_thousands(text)
        text = text if joined == text else _tidy_spaces(joined)
    if "??" in text:  # (most texts hold no "??": the line-start scan is asked only where one is)
        text = _LOST_INDENT.sub("", text)
    if "<" in text:  # (a line of markup holds one; most texts hold none)
        text = _MARKUP_LINE.sub("", text + "\n")
    if "||||||||||" in text:  # (a literal first: most texts hold no such run)
        text = _PIPE_RUN.sub("|", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()

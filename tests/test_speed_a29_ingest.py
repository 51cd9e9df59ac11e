"""a29-ingest: ingest's cheaper forms held against the forms they replace, copied here (bench/README.md a29-ingest)."""

from __future__ import annotations

import importlib
import re

import opencc
from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.ingest import t2s_keys
from engine.ingest import text as T
from engine.ingest.normalise import to_simplified

N = importlib.import_module("engine.ingest.normalise")  # the module (engine.ingest re-exports the function)
CONVERTER = opencc.OpenCC("t2s")

# ------------------------------------------------------------------------------- normalise._t2s_changes, d34c6ac

_TRIGGER_BEFORE = re.compile(f"[{re.escape(t2s_keys.SINGLE + ''.join(t2s_keys.PHRASES))}"
                             f"{chr(0xD800)}-{chr(0xDFFF)}\U00010000-\U0010ffff]")


def _t2s_changes_before(text: str) -> bool:
    """normalise._t2s_changes at d34c6ac: the marked characters found by a class of all of them."""
    for match in _TRIGGER_BEFORE.finditer(text):
        char, at = match.group(), match.start()
        phrases = t2s_keys.PHRASES.get(char)
        if phrases is None:
            return True
        for phrase in phrases:
            if text.find(phrase, max(0, at - len(phrase) + 1), at + len(phrase)) != -1:
                return True
    return False


def _odd_spaces_before(text: str) -> bool:
    """normalise._odd_spaces (d34c6ac), which normalise asked after t2s."""
    return not text.replace("\n", "").isprintable() and any(c in text for c in N._BREAK_OR_NOT_A_SPACE)


def _normalise_before(raw: str) -> str:
    """normalise.normalise at d34c6ac, t2s's test by the class (OpenCC itself where it says the text may change),
    with the steps added since: a40's lost indents, a41's lines of markup alone and a42's 陜 for 陕."""
    text = N._ZERO_WIDTH.sub("", raw) if any(c in raw for c in N._ZERO_WIDTH_CHARS) else raw
    text = N._nfkc(text)
    if "(" in text and N._PINYIN_CANDIDATE.search(text):
        text = N._PINYIN_RUN.sub(N._drop_pinyin, text)
    text = CONVERTER.convert(text) if _t2s_changes_before(text) else text
    text = text.replace("陜", "陕")
    odd = _odd_spaces_before(text)
    if odd and any(c in text for c in N._LINE_BREAK_CHARS):
        text = N._LINE_BREAKS.sub("\n", text)
    other = odd and any(c in text for c in N._NOT_A_SPACE)
    text = N._SPACES.sub(" ", text) if other else N._collapse_space_runs(text)
    text = N._join_all_thousands(text)
    text = N._tidy_spaces(text)
    if N._DIGIT_COMMA_DIGIT.search(text):
        joined = N._join_all_thousands(text)
        text = text if joined == text else N._tidy_spaces(joined)
    text = N._LOST_INDENT.sub("", text)
    text = N._MARKUP_LINE.sub("", text + "\n")
    if "\n\n\n" in text:
        text = N._BLANK_LINES.sub("\n\n", text)
    return text.strip()


_PHRASES = [p for ps in t2s_keys.PHRASES.values() for p in ps]
# simplified prose (some of it the first characters of keys t2s leaves alone), ASCII, the BMP's last characters,
# the surrogates' edges, beyond the BMP, compatibility ideographs, the odd spaces and line breaks, pinyin
_PLAIN = list("政府信息公开工作年度报告答复覆盖沉淀意见目以情流出落任水上所文回成老深金南手函陜") + [
    "a", "1", " ", "\n", "，", "\ud7ff", "\ue000", "\uffff", "\ud800", "\udfff", "\U00010000", "\U0010ffff",
    "\U00020000", "\uf900", "\ufaff", "ａ", "(fā)", " (gān)", "1,234", "\u200b", "\u3000", ",", "0", "9", "1, 234",
    "12 ,345", "1,\r\n2", "3,\u20004", "，5", "١"
] + list(N._BREAK_OR_NOT_A_SPACE)
_PIECE = st.one_of(
    st.sampled_from(_PLAIN),
    st.sampled_from(t2s_keys.SINGLE),  # a traditional character that changes alone
    st.sampled_from(list(t2s_keys.PHRASES)),  # a hinge, alone
    st.sampled_from(_PHRASES),  # a whole changing phrase
    st.tuples(st.sampled_from(_PHRASES), st.integers(0, 3), st.integers(0, 3)).map(  # a phrase cut at either end
        lambda t: t[0][t[1]:max(t[1], len(t[0]) - t[2])]),
    st.characters(),
)
_SURROGATE = re.compile(f"[{chr(0xD800)}-{chr(0xDFFF)}]")


def setup_module() -> None:
    to_simplified("")  # the converter and the marks, built on first use


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECE, max_size=40).map("".join))
@example("\ue000乾")  # a page's own private-use character beside 乾 (the kept places' mark once collided with it)
def test_scan_is_its_forms_before(text):
    """The marks' loop says what the class's search said and, where t2s leaves the text alone, what _odd_spaces and
    _DIGIT_COMMA_DIGIT said, on texts mixing traditional characters, hinges, whole and cut phrases, simplified prose,
    surrogates, characters beyond the BMP, odd spaces, digits and commas; to_simplified is t2s, and normalise is its
    flow before."""
    assert N._t2s_marks is not None
    marked = N._scan(text)
    assert (marked == N._ALONE) == _t2s_changes_before(text)
    if marked != N._ALONE:
        assert bool(marked & N._ODD) == _odd_spaces_before(text)
        assert bool(marked & N._COMMA) == bool(N._DIGIT_COMMA_DIGIT.search(text))
    if not _SURROGATE.search(text):  # OpenCC takes no lone surrogate
        assert to_simplified(text) == CONVERTER.convert(text)
        assert N.normalise(text) == _normalise_before(text)


@settings(max_examples=330, deadline=None)
@given(st.lists(st.sampled_from(_PLAIN[:40] + list(t2s_keys.PHRASES)), max_size=30).map("".join),
       st.sampled_from(_PHRASES), st.integers(0, 40))
def test_scan_finds_a_phrase_anywhere(prose, phrase, at):
    """A phrase put at any place of hinge-rich simplified prose, and cut short by one at either end."""
    at = min(at, len(prose))
    for piece in (phrase, phrase[1:], phrase[:-1]):
        text = prose[:at] + piece + prose[at:]
        assert (N._scan(text) == N._ALONE) == _t2s_changes_before(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789,， .a\n公开年", "1,234", "١"]), max_size=12).map("".join))
def test_scan_finds_a_digit_comma_digit_anywhere(text):
    """_COMMA exactly when _DIGIT_COMMA_DIGIT finds one, in texts of digits, commas and a few others (at either end
    too); and normalise is its flow before."""
    for sample in (text, "政" + text, text + "府"):
        assert N._scan(sample) == (N._COMMA if N._DIGIT_COMMA_DIGIT.search(sample) else 0)
        assert N.normalise(sample) == _normalise_before(sample)


def test_t2s_marks_are_the_class_and_the_odd_spaces():
    """Every BMP code point is marked _ALONE or _HINGE exactly when the class held it, _HINGE exactly for the
    phrases' characters, _ODD exactly for _BREAK_OR_NOT_A_SPACE's, _COMMA for ","."""
    marks = N._t2s_marks
    assert marks is not None
    for code in range(0x10000):
        char = chr(code)
        assert bool(marks[code] & (N._ALONE | N._HINGE)) == bool(_TRIGGER_BEFORE.match(char)), hex(code)
        assert bool(marks[code] & N._HINGE) == (char in t2s_keys.PHRASES), hex(code)
        assert bool(marks[code] & N._ODD) == (char in N._BREAK_OR_NOT_A_SPACE), hex(code)
        assert bool(marks[code] & N._COMMA) == (char == ","), hex(code)


# ------------------------------------------------------------------------------- text.plausible_chinese, d34c6ac

_NOT_HAN_BEFORE = re.compile("[^\u4e00-\u9fff]+")
_NOT_COMMON_BEFORE = re.compile(f"[^{''.join(sorted(T._COMMON))}]+")


def _plausible_before(text: str) -> bool:
    """text.plausible_chinese at d34c6ac: the runs of other characters deleted by `re`."""
    han = _NOT_HAN_BEFORE.sub("", text[:T._SAMPLE])
    if len(han) < 20:
        return True
    common = len(_NOT_COMMON_BEFORE.sub("", to_simplified(han)))
    return common >= 0.3 * len(han)


# common characters, Han ones that are not (traditional ones t2s changes, to common ones or not, phrases), the range's
# ends and just outside, kana, hangul, ASCII, controls, beyond the BMP
_HAN_PIECES = ["的", "是", "公开", "申请", "政府信息", "龘", "鬱", "麤", "發", "門", "們", "這", "國", "說", "乾", "臺",
               "反覆", "覆", "乾燥", "\u4e00", "\u9fff", "\u4dff", "\ua000", "\u3400", "𠀀", "の", "한", "a", "1", " ",
               "\n", "，", "。", "\x00", "\ufffd", "\uffff"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_HAN_PIECES), max_size=120).map("".join), st.integers(0, 40))
def test_plausible_chinese_is_its_form_before(text, pad):
    """The same answer at the 20-character bound, near the 30% threshold, and past _SAMPLE (a run cut by it)."""
    for sample in (text, "龘" * pad + text, "的" * pad + text, "a" * (T._SAMPLE - pad) + text + "的" * 30,
                   "的" * (T._SAMPLE - pad) + text, text + "的" * pad):
        assert T.plausible_chinese(sample) == _plausible_before(sample)


# ----------------------------------------------------------------------------------- text._mostly_text, d34c6ac

_CONTROL_CHARS_BEFORE = "".join(map(chr, (*range(0x00, 0x09), *range(0x0E, 0x20)))) + "\ufffd"


def _mostly_text_before(text: str) -> bool:
    """text._mostly_text at d34c6ac: an `in` for each control character, then their count."""
    sample = text[:T._SAMPLE]
    if not any(c in sample for c in _CONTROL_CHARS_BEFORE):
        return True
    return len(T._CONTROL.findall(sample)) <= 0.01 * len(sample)


# every control character, the ones it leaves out (\t \n \v \f \r, DEL, C1), U+FFFD and its neighbours, surrogates,
# beyond the BMP, Latin-1, Chinese
_TEXT_PIECES = [*map(chr, range(0x20)), "\x7f", "\x80", "\x85", "\xff", "\ufffd", "\ufffc", "\ufffe", "\ud800",
                "\udfff", "\U00020000", "é", "a", " ", "公开", "政府信息", "，"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_PIECES), max_size=80).map("".join), st.integers(0, 40))
def test_mostly_text_is_its_form_before(text, pad):
    """The same answer with none, one or many control characters, at the 1% bound, and past _SAMPLE."""
    for sample in (text, text + "公" * 100, text * 3 + "公" * (len(text) * 97), "公" * (T._SAMPLE - pad) + text,
                   "a" * pad + text + "公" * 30):
        assert T._mostly_text(sample) == _mostly_text_before(sample)

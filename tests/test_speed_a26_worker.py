"""a26-worker: ingest's cheaper forms held against the forms they replace (bench/README.md "a26-worker")."""

from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.ingest import text as T
from engine.ingest.normalise import to_simplified

N = importlib.import_module("engine.ingest.normalise")  # the module (engine.ingest re-exports the function)


def _plausible_ada949f(text: str) -> bool:
    """engine/ingest/text.py's plausible_chinese as of ada949f: the Han characters found one by one."""
    han = re.findall("[\u4e00-\u9fff]", text[:T._SAMPLE])
    if len(han) < 20:
        return True
    common = sum(map(T._COMMON.__contains__, to_simplified("".join(han))))
    return common >= 0.3 * len(han)


# common characters, Han ones that are not (and traditional ones t2s changes, to common ones or not), Han outside
# U+4E00–U+9FFF, the range's ends, kana, hangul, ASCII, controls, beyond the BMP
_HAN_PIECES = ["的", "是", "公开", "申请", "政府信息", "龘", "鬱", "麤", "發", "門", "們", "這", "國", "說", "乾", "臺",
               "\u4e00", "\u9fff", "\u4dff", "\ua000", "\u3400", "𠀀", "の", "한", "a", "1", " ", "\n", "，", "。",
               "\x00", "\ufffd"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HAN_PIECES), max_size=120).map("".join), st.integers(0, 40))
def test_plausible_chinese_is_its_form_before(text, pad):
    """The same answer as findall's count, at the 20-character bound, near the 30% threshold, and past _SAMPLE."""
    for sample in (text, "龘" * pad + text, "的" * pad + text, "a" * (T._SAMPLE - pad) + text + "的" * 30):
        assert T.plausible_chinese(sample) == _plausible_ada949f(sample)


def test_plausible_chinese_marks_are_the_set():
    """_COMMON_MARKS (a29-ingest's, in place of the classes a26-worker counted by) marks exactly _COMMON."""
    assert {chr(c) for c in range(0x10000) if T._COMMON_MARKS[c]} == set(T._COMMON)
    assert set(T._COMMON_MARKS) == {0, 1}


def test_odd_space_characters_are_not_printable():
    """The gate's premise: str.isprintable rejects every character _odd_spaces looks for, and none is a newline."""
    assert all(not c.isprintable() and c != "\n" for c in N._BREAK_OR_NOT_A_SPACE)


_SPACE_PIECES = ["\n", " ", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u200a",
                 "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\xad", "\x00", "\ue000",
                 "\ufffd", "公开", "a", "1", "𠀀", "\U000e0001"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPACE_PIECES), max_size=60).map("".join) | st.text(max_size=60))
def test_odd_spaces_is_the_scans(text):
    """_odd_spaces says what the `in` scans of ada949f said, with other unprintable characters beside them too."""
    assert N._odd_spaces(text) == any(c in text for c in N._BREAK_OR_NOT_A_SPACE)


# engine/ingest/normalise.py's three space passes as of ada949f, applied in turn
_CJK = N._CJK
_SPACE_CJK_CJK = re.compile(f" (?<=[{_CJK}] )(?=[{_CJK}])")
_SPACE_CJK_PUNCT = re.compile(
    f" (?:(?<=[{_CJK}] )(?=[,.;:!?()])|(?<=[0-9] )(?=[,;:!?)])|(?<=[,.;:!?()] )(?=[{_CJK}]))")
_SPACE_DIGIT_CJK = re.compile(f" (?<=[0-9] )(?=[{_CJK}])")


def _three_passes(text: str) -> str:
    return _SPACE_DIGIT_CJK.sub("", _SPACE_CJK_PUNCT.sub("", _SPACE_CJK_CJK.sub("", text)))


def _tidy_ada949f(text: str) -> str:
    if " \n" in text or "\n " in text:
        text = N._LINE_EDGE_SPACES.sub("\n", text)
    if " " not in text:
        return text
    return N._SPACE_CJK_NUMBER_CJK.sub("", _three_passes(text))


# each class's ends and the characters just outside them, every punctuation mark of the passes, digits, letters,
# other whitespace, and runs of spaces (which the normalised text no longer has, but the pass must not depend on it)
_TIDY_PIECES = [" ", "  ", "   ", "\n", "\t", "\u3000", "\u3001", "\u303f", "\u3040", "\u33ff", "\u3400", "\u4dbf",
                "\u4dc0", "\u4dff", "\u4e00", "年", "\u9fff", "\ua000", "\uf8ff", "\uf900", "\ufaff", "\ufb00",
                "\U0001ffff", "\U00020000", "\U0003134f", "\U00031350", "\u2013", "\u2014", "\u2018", "\u2019",
                "\u201c", "\u201d", "\u2026", "\u2025", ",", ".", ";", ":", "!", "?", "(", ")", "%", "0", "5", "9", "/",
                "a", "１", "٣"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TIDY_PIECES), max_size=40).map("".join))
def test_drop_spaces_between_is_the_three_passes(text):
    """One pass over the spaces removes what ada949f's three passes removed in turn, wherever the spaces are."""
    assert N._drop_spaces_between(text) == _three_passes(text)
    assert N._tidy_spaces(text) == _tidy_ada949f(text)


def test_is_cjk_is_the_class():
    """_is_cjk holds exactly the characters of [_CJK], over all of Unicode."""
    cjk = re.compile(f"[{_CJK}]")
    for code in range(0x110000):
        char = chr(code)
        assert N._is_cjk(code) == (cjk.match(char) is not None), hex(code)


def _cost_fee_wording_ada949f(text: str):
    """engine/derive.py's derived.cost_fee_wording as of ada949f: COST_FEES itself."""
    from engine.derive import FEE_NEGATION
    from engine.model import Fact
    from engine.parse.mentions import COST_FEES
    from engine.parse.textutil import clause
    costs = COST_FEES.finditer(text) if "检索" in text or "复制" in text or "邮寄" in text else ()
    wording = next((m for m in costs if not FEE_NEGATION.search(clause(text, m.start(), 40))), None)
    said = clause(text, wording.start(), 40).strip() if wording else "未见收取检索、复制、邮寄费的表述"
    return Fact(wording is not None, said)


_FEE_PIECES = ["检索", "复制", "邮寄", "费", "检索费", "复制费", "邮寄费", "、", "和", "及", "。", ";", "\n", "复议",
               "答复", "未", "免收", "没有", "0元", "收取", "工本", "本单位", "a", " ", "1"]


@settings(max_examples=330, deadline=None)
@given(st.lists(st.sampled_from(_FEE_PIECES), min_size=1, max_size=40).map("".join))
def test_cost_fee_wording_is_its_form_before(text):
    """derived.cost_fee_wording from the parser's led scan is what COST_FEES gave: the same first match not negated."""
    from engine.derive import _text_facts
    from engine.model import ParsedReport
    facts: dict = {}
    _text_facts(ParsedReport("r.txt", "ok", text=text), facts, None)
    assert facts["derived.cost_fee_wording"] == _cost_fee_wording_ada949f(text)

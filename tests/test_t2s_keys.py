"""t2s skipped only when it cannot change the text: the lists read from OpenCC's dictionaries, held to OpenCC itself."""

from __future__ import annotations

import importlib
import random

import opencc
import pytest

from engine.ingest import t2s_keys

normalise_module = importlib.import_module("engine.ingest.normalise")
CONVERTER = opencc.OpenCC("t2s")
# common simplified characters of report prose, some of them the first characters of keys t2s leaves as they are
PROSE = ("政府信息公开工作年度报告本机关主动申请办理答复行政复议诉讼情况统计数据全覆盖意见建议沉淀推进落实其他"
         "一二三四五六七八九十年月日大有反重明不目以情意流出其落任水上所文回成老深金南手函八找素角")


def setup_module() -> None:
    normalise_module.to_simplified("")  # the converter and the lists, built on first use


def test_the_installed_dictionaries_are_the_ones_the_lists_were_read_from() -> None:
    """Fails after an OpenCC upgrade: run bench/make_t2s_keys.py again (until then every text is converted)."""
    marks, phrases = normalise_module._t2s_keys()
    assert marks is not None and phrases == t2s_keys.PHRASES


def test_every_character_the_test_passes_over_comes_back_from_t2s_as_it_was() -> None:
    marks = normalise_module._t2s_marks
    assert marks is not None
    for code in range(0x10000):
        char = chr(code)
        if not marks[code] & (normalise_module._ALONE | normalise_module._HINGE):
            assert CONVERTER.convert(char) == char, hex(code)


def test_each_listed_phrase_is_changed_and_holds_its_character() -> None:
    for hinge, phrases in t2s_keys.PHRASES.items():
        assert hinge not in t2s_keys.SINGLE
        for phrase in phrases:
            assert hinge in phrase and CONVERTER.convert(phrase) != phrase
            assert not set(phrase) & set(t2s_keys.SINGLE)


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    phrases = [p for ps in t2s_keys.PHRASES.values() for p in ps]
    hinges = list(t2s_keys.PHRASES)
    single = t2s_keys.SINGLE
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 8)):
            r = rng.random()
            if r < 0.25:  # a changing phrase, whole or cut at either end
                p = rng.choice(phrases)
                parts.append(p[rng.randint(0, 1):len(p) - rng.randint(0, 1)])
            elif r < 0.45:
                parts.append(rng.choice(hinges))
            elif r < 0.5:
                parts.append(rng.choice(single))
            elif r < 0.55:
                parts.append(rng.choice(["乾燥", "乾隆", "著作", "覆盖", "沈阳", "\U00020000", "ａ", "\n", " "]))
            else:
                parts.append("".join(rng.choice(PROSE) for _ in range(rng.randint(1, 12))))
        yield "".join(parts)


def test_to_simplified_is_t2s_on_texts_made_of_its_keys() -> None:
    skipped = 0
    for text in _texts(17, 30_000):
        assert normalise_module.to_simplified(text) == CONVERTER.convert(text), text
        skipped += normalise_module._scan(text) != normalise_module._ALONE
    assert skipped > 3_000  # the test does skip: prose with hinges and cut phrases in it


@pytest.mark.parametrize("text", ["反覆", "反覆思量", "一目瞭然的", "找藉口", "沈下去", "政府反覆", "覆反覆",
                                  "乾燥", "頭", "\U00020000", "覆盖\U0002005e", "沈阳市覆盖",
                                  "\U0002005e政府"])
def test_to_simplified_on_edges(text: str) -> None:
    assert normalise_module.to_simplified(text) == CONVERTER.convert(text)


def test_other_dictionaries_mean_every_text_is_converted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(t2s_keys.DICTIONARIES, "TSPhrases.ocd2", "0" * 64)
    assert normalise_module._t2s_keys() == (None, {})
    monkeypatch.setattr(normalise_module, "_t2s_marks", None)
    assert normalise_module._scan("政府信息公开") == normalise_module._ALONE

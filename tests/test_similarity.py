"""Sentence sketches for 内容雷同: figures do not count, short lines and table rows do not count, and the
estimate is close to the true share of shared sentences."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.similarity import DIGITS, SIZE, resemblance, sketch

SENTENCES = [f"第{i}项工作按照年度计划推进并形成了可以复制推广的做法编号{chr(0x4E00 + i)}" for i in range(600)]


def test_new_figures_in_the_same_sentences_are_still_the_same_text():
    a = "全年主动公开政府信息1234条，其中政策文件56件。本年度收到政府信息公开申请78件，均按期答复。"
    b = "全年主动公开政府信息2345条，其中政策文件61件。本年度收到政府信息公开申请90件，均按期答复。"
    assert resemblance(sketch(a), sketch(b)) == 1.0


def test_headings_and_table_rows_are_left_out():
    text = "一、总体情况\n(一)主动公开\n三、本年度办理结果 12 3 4 5 6 7 8\n本单位全年坚持依法依规做好政府信息公开工作。"
    assert len(sketch(text)) == 1


def test_nothing_to_compare_is_no_resemblance():
    assert resemblance([], sketch("本单位全年坚持依法依规做好政府信息公开工作。")) == 0.0


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=400), st.integers(min_value=1, max_value=100), st.randoms())
def test_the_estimate_is_near_the_true_jaccard(shared, own, rnd: random.Random):
    """Bottom-k estimate vs the exact |A∩B|/|A∪B| on up to 600 distinct sentences: within 4 standard errors."""
    pool = SENTENCES[:]  # 600: enough for shared + 2 * own
    rnd.shuffle(pool)
    common, a_only, b_only = pool[:shared], pool[shared:shared + own], pool[shared + own:shared + 2 * own]
    a, b = "。".join(common + a_only), "。".join(common + b_only)
    exact = shared / (shared + 2 * own)
    k = min(SIZE, shared + 2 * own)
    error = 4 * (exact * (1 - exact) / k) ** 0.5 + 1e-9
    assert abs(resemblance(sketch(a), sketch(b)) - exact) <= error


def _sketch_by_regex(text: str) -> list[int]:
    """The sketch as first written: one regex split at the end marks (a run of them is one break)."""
    import hashlib
    import re
    hashes = set()
    for sentence in re.split(r"[。;!?\n]+", re.sub(r"\d+(?:\.\d+)?", "#", text)):
        if len(sentence) >= 12 and sentence.count("#") <= 3:
            sentence = sentence.replace(" ", "").replace("\t", "")
            if len(sentence) >= 12:
                hashes.add(int.from_bytes(hashlib.blake2b(sentence.encode("utf-8"), digest_size=4).digest()))
    return sorted(hashes)[:SIZE]


PIECES = ["。", ";", "!", "?", "\n", "。。\n", " ", "\t", "#", "12", "3.5", "7.", ".", "٣", "１", "公开", "申请",
          "本单位依法依规做好政府信息公开工作", "全年受理申请", "表三 1 2 3 4"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_the_sketch_splits_sentences_as_the_regex_did(pieces):
    text = "".join(pieces)
    assert sketch(text) == _sketch_by_regex(text)


# the digit mask as first written (a13-speed rewrote it to open with one \d: the same matches, `re` skips ahead)
OLD_DIGITS = re.compile(r"\d+(?:\.\d+)?")
MASK_PIECES = ["1", "23", "4.5", ".", "..", "6.", ".7", "8.9.0", "١٢", "٣.٤", "०९", "１２", "²", "½", "#", " ", "\n",
               "。", ";", "年", "共收到申请", "件", "x", "第", "项"]


def _old_sketch(text: str) -> list[int]:
    """similarity.sketch with the digit mask as first written."""
    import hashlib

    from engine.similarity import END_MARKS, MAX_NUMBERS, MIN_CHARS
    masked = OLD_DIGITS.sub("#", text)
    for mark in END_MARKS:
        masked = masked.replace(mark, "\n")
    hashes = set()
    for sentence in masked.split("\n"):
        if len(sentence) >= MIN_CHARS and sentence.count("#") <= MAX_NUMBERS:
            sentence = sentence.replace(" ", "").replace("\t", "")
            if len(sentence) >= MIN_CHARS:
                hashes.add(int.from_bytes(hashlib.blake2b(sentence.encode("utf-8"), digest_size=4).digest()))
    return sorted(hashes)[:SIZE]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MASK_PIECES), max_size=80).map("".join))
def test_the_digit_mask_masks_as_first_written(text):
    """DIGITS (led by one digit) gives the first form's matches and text, and the sketch the same hashes: on texts
    of digits of several scripts, decimal points, marks and words, on every decimal digit of Unicode, and on the
    sample reports."""
    assert [m.span() for m in DIGITS.finditer(text)] == [m.span() for m in OLD_DIGITS.finditer(text)]
    assert DIGITS.sub("#", text) == OLD_DIGITS.sub("#", text)
    assert sketch(text * 3) == _old_sketch(text * 3)


def test_the_digit_mask_on_every_decimal_digit_and_the_sample_reports():
    from pathlib import Path

    from engine.ingest import load
    every = "".join(chr(c) for c in range(0x110000) if chr(c).isdecimal())
    assert len(every) > 600
    for text in (every, ".".join(every), " ".join(every) + "。" + every[::7] + "年", *(
            load(p).text for p in sorted((Path(__file__).parents[1] / "reports").glob("*.txt")))):
        assert DIGITS.sub("#", text) == OLD_DIGITS.sub("#", text)
        assert sketch(text) == _old_sketch(text)


def test_each_sentence_hashed_from_an_empty_state_as_blake2b_of_it():
    """The sketch hashes each distinct sentence by a copy of an empty 4-byte blake2b: the hashes blake2b(sentence,
    digest_size=4) gives, on the sample reports and on texts of more than SIZE sentences, many repeated, in any
    order and called again (the empty state is never updated)."""
    from pathlib import Path

    from engine.ingest import load
    root = Path(__file__).resolve().parents[1] / "reports"
    texts = [load(p).text for p in sorted(root.iterdir()) if p.suffix != ".md"]
    rnd = random.Random(17)
    words = ["公开", "申请", "依法", "答复", "办理", "本机关", "政府信息", "年度", "工作", "复议", "诉讼", "网站"]
    own = [f"第{i}条：" + "".join(rnd.choice(words) for _ in range(rnd.randint(3, 9))) for i in range(600)]
    texts.append("。".join(rnd.choice(own) for _ in range(1500)))
    texts.append("\n".join(own[:40] * 5))
    for text in texts + texts[:3]:
        assert sketch(text) == _old_sketch(text)
    assert len(sketch(texts[-2])) == SIZE

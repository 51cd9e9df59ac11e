"""a28-parse: the parse with fewer instructions, the same facts. Each rewrite is held against the form it replaced
(copied here) on generated text; each test was seen failing on a deliberate mutation of the new form (named at the
test)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.ingest import load
from engine.parse import author, mentions, meta, split
from engine.parse.textutil import holds_word

REPORTS = Path(__file__).resolve().parent.parent / "reports"

# ---------------------------------------------------------------- holds_word: `word in text` from its rarest character

# the other gates written with holds_word (author.gather, kind.blank_form and articles_form, meta's 发布:, checks'
# 其中, mentions' 年月日), as (word, probe) at their call
SITE_WORDS = [("关于印发《", 2), ("规则", 1), ("标题", 0), ("题名", 1), ("本指南", 2), ("公开指南", 3), ("印发给你", 2),
              ("适用于", 0), ("成立", 1), ("信息公开指南", 5), ("信息公开实施", 5), ("发布:", 2), ("发布：", 2),
              ("单位名称", 2), ("单位负责人", 2), ("第一条", 0), ("其中", 0), ("年月日", 1), ("综合", 0), ("我局", 0),
              ("本局", 1), ("电子版", 2), ("公开办公室", 2)]
WORDS = [w for words in mentions.MENTION_WORDS.values() for w, _ in words] + [w for w, _ in mentions.COST_WORDS] \
    + [w for w, _ in SITE_WORDS]
PIECES = st.sampled_from(sorted(set(WORDS) | {c for w in WORDS for c in w} | {"审审", "核核", "追追究", "x", "。"}))


def test_each_probe_is_inside_its_word():
    for words in (*mentions.MENTION_WORDS.values(), mentions.COST_WORDS, SITE_WORDS):
        for word, probe in words:
            assert 0 <= probe < len(word), word


def test_the_sites_words_are_found_as_by_in():
    texts = [load(path).text for path in sorted(REPORTS.glob("*.txt"))]
    texts += ["".join(w for w, _ in SITE_WORDS), "其中第一条单位名称单位负责人", "x其中", "其x中"]
    for text in texts:
        for word, probe in SITE_WORDS:
            for piece in (text, text[:300], text[:1500], text[:3000]):
                assert holds_word(piece, word, probe) == (word in piece), word


# (seen failing: the next probe looked for from at + 2; the word looked for in a span one character shorter; the
# character looked for taken as the word's first with the index kept. Any probe index of a word is right, and a wider
# span or a first find from 0 only finds the word where it is: those mutations hold, as they should)
@settings(max_examples=1000, deadline=None)
@given(st.lists(PIECES, max_size=20).map("".join), st.sampled_from(WORDS), st.integers(0, 5))
@example("核考核", "考核", 1)
@example("考核核", "考核", 1)
@example("审x核", "审核", 1)
@example("x核", "审核", 1)
@example("责任追究", "责任追究", 2)
def test_holds_word_is_in(text, word, probe):
    probe = min(probe, len(word) - 1)
    assert holds_word(text, word, probe) == (word in text), (text, word, probe)


def old_mention_gate(text: str, name: str) -> bool:
    old_words = {"mentions.review_principle": ("审查",), "mentions.assessment": ("考核", "评议", "责任追究"),
                 "mentions.fee_exemption": ("免", "减收")}
    return any(w in text for w in old_words.get(name, ("",)))


def new_mention_gate(text: str, name: str) -> bool:
    words = mentions.MENTION_WORDS.get(name)
    return words is None or any(holds_word(text, w, k) for w, k in words)


# (seen failing: 审查 dropped from review_principle's words)
@settings(max_examples=660, deadline=None)
@given(st.lists(PIECES, max_size=20).map("".join))
@example("审查")
@example("责任追究")
@example("减收")
@example("免")
@example("复制")
@example("邮寄")
def test_the_mention_gates_are_the_old_ones(text):
    for name in mentions.MENTIONS:
        assert new_mention_gate(text, name) == old_mention_gate(text, name), (name, text)
    old_cost = "检索" in text or "复制" in text or "邮寄" in text
    assert any(holds_word(text, w, k) for w, k in mentions.COST_WORDS) == old_cost, text


# ---------------------------------------------------------------- resolve's short-form gate


def old_declared(head: str, short: str) -> bool:
    return "称" + short in head or "称“" + short in head


NAME_PIECES = st.sampled_from(["称", "简称", "“", "”", "市残联", "市", "残联", "县", "局", "称称", "x", "(", ")", "。"])


# (seen failing: the places at each 称, not after it; the quoted form looked for in a span one character shorter; the
# next 称 looked for from at + 2, "称称市")
@settings(max_examples=1000, deadline=None)
@given(st.lists(NAME_PIECES, max_size=16).map("".join), st.lists(NAME_PIECES, min_size=1, max_size=3).map("".join))
@example("以下简称“市残联”", "市残联")
@example("简称市残联", "市残联")
@example("称称市", "称市")
@example("称“市", "市残联")
def test_declared_is_the_old_test(head, short):
    assert author._declared(head, author._places_after(head, "称"), short) == old_declared(head, short), (head, short)


def test_declared_on_the_reports():
    for path in sorted(REPORTS.glob("*.txt"))[:40]:
        head = load(path).text[:3000]
        called = author._places_after(head, "称")
        for short in ("市残联", "残联", "局", "本局", head[100:104], head[200:203]):
            if short:
                assert author._declared(head, called, short) == old_declared(head, short), (path, short)


# ---------------------------------------------------------------- meta.voice_level's province gate


# (seen failing with VOICE_LEADS without 我)
@settings(max_examples=660, deadline=None)
@given(st.lists(st.sampled_from(["我", "省", "区", "我省", "我区", "本", "全", "厅", "x", "。", "\n"]), max_size=20)
       .map("".join))
@example("我省")
@example("x我区")
@example("我")
def test_the_province_words_are_in_the_openings_as_in_the_head(head):
    said = meta.voice_openings(head)
    assert ("我省" in said or "我区" in said) == ("我省" in head or "我区" in head), head


# ---------------------------------------------------------------- split._restart_cuts' gate


def old_restart_cuts(text: str) -> list[int]:
    heads = [(start, split.ORDER.index(ordinal) + 1) for start, line, ordinal in split.top_headings(text)
             if not split.TABLE_ROW.search(line)]
    cuts, highest = [], 0
    for i, (pos, n) in enumerate(heads):
        if n == 1 and highest >= 2:
            following = [k for _, k in heads[i + 1:]]
            continues = following[:following.index(1)] if 1 in following else following
            if 2 in continues:
                cuts.append(split._paragraph_start(text, pos))
        highest = n if n == 1 else max(highest, n)
    return cuts


HEADING = st.sampled_from(["一", "二", "三", "四", "十"]).map(lambda o: f"\n{o}、")
LINE = st.sampled_from(["概述", "本年新收 3", "3 4", "上年结转", "主动公开", "", "x。"])


# (seen failing: `n >= 3` for `n >= 2`, "二、 一、 二、" then no restart; a 3 asked after the 1 for a 2; the loop going
# on past the first 1 after a 2 instead of answering there)
@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(HEADING, LINE), max_size=12).map(lambda parts: "".join(h + ln for h, ln in parts)))
@example("\n一、概述\n二、概述\n一、概述\n二、概述")
@example("\n二、概述\n一、概述\n二、概述")
@example("\n一、x\n二、3 4\n一、概述\n二、本年新收 3")
@example("\n三、x\n一、概述\n三、x\n一、x\n二、x")
def test_restart_cuts_are_the_old_ones(text):
    assert split._restart_cuts(text) == old_restart_cuts(text), text


def test_restart_cuts_on_the_reports():
    for path in sorted(REPORTS.glob("*.txt")):
        text = load(path).text
        assert split._restart_cuts(text) == old_restart_cuts(text), path


def test_the_sites_are_the_ones_tested_here():
    # (every holds_word call with a literal word in the parse's sources is one of SITE_WORDS, the words the `in`s had;
    # seen failing with 单位名称 written 单位名 at its call)
    import re
    calls = set()
    for path in (REPORTS.parent / "engine" / "parse").glob("*.py"):
        calls |= {(w, int(k)) for w, k in re.findall(r'holds_word\([^,()]+(?:\[[^]]*\])?, "([^"]+)", (\d)\)',
                                                      path.read_text(encoding="utf-8"))}
    assert calls == set(SITE_WORDS)


# ---------------------------------------------------------------- parse_text's replaces, each gated by a character


def old_mend(text: str) -> str:
    return text.replace("政府资讯", "政府信息").replace("谘询", "咨询")


def new_mend(text: str) -> str:
    if "讯" in text:
        text = text.replace("政府资讯", "政府信息")
    if "谘" in text:
        text = text.replace("谘询", "咨询")
    return text


# (the form here is parse_text's; test_parse_text_mends_as_before holds the function itself, seen failing with its
# first gate asking x for 讯 and its second 资 for 谘)
@settings(max_examples=660, deadline=None)
@given(st.lists(st.sampled_from(["政府", "资讯", "政府资讯", "谘询", "谘", "询", "讯", "咨询", "x", "。"]), max_size=12)
       .map("".join))
def test_the_replaces_are_the_old_ones(text):
    assert new_mend(text) == old_mend(text), text


def test_parse_text_mends_as_before():
    from engine.parse import parse_text
    for text in ("某县政府资讯公开工作年度报告\n谘询电话", "政府资讯", "谘询", "无"):
        assert parse_text(text, "x").text == parse_text(old_mend(text), "x").text

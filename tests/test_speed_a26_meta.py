"""a26-meta: the title scans' gates and kind's explainer scan answer as the forms they replace — each held against
the old form on made-up texts of its words."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.parse import kind, meta

# ---------------------------------------------------------------- meta: a title's 公开, followed by its tail

# TITLE_WORDS as _TAIL_OPENS was read from: a change to it asks for _TAIL_OPENS read again
# (a38: the year between the topic and the noun, "政府信息公开工作2013年度报告": 1 and 2 among the tail's openings;
# a44: 年度工作报告, its 年 among them already)
TITLE_WORDS_READ = (r"(?:政府信息公开|政务信息公开|信息公开|政务公开)(?:工作)?的?\n?(?:(?:19|20)\d{2}\s*年度?)?"
                    r"(?:年度报告|年度工作报告|工作报告|报告|年报|总结|汇报|情况|自查报告|(?:上)?半年(?:工作)?总结)")


def test_the_tail_gate_was_read_from_these_title_words():
    assert meta.TITLE_WORDS == TITLE_WORDS_READ


TITLE_PIECES = st.sampled_from(["\n", "\n", " ", "2021", "二〇二一", "年", "度", "学年", "-", "至", "某局",
                                "政府信息公开", "政务信息公开", "信息公开", "政务公开", "公开", "信息", "政务",
                                "工作", "的", "年度报告", "年度工作报告", "工作报告", "报告", "年报", "总结", "汇报",
                                "情况", "自查报告", "上半年工作总结", "半年总结", "上", "半", "年", "。", ",", "，",
                                "21", "以", "为", "常态", "发布", "x"])


def _old_can_start(regex: re.Pattern, head: str, at: int, end: int) -> bool:
    """meta._can_start as a25 left it: TITLE_TAIL tried at every 公开 of the line's first 46 characters."""
    if regex is meta.TITLE_WITH_YEAR:
        stop = min(end, at + 41)
        return head.find("2", at, stop) >= 0 or head.find("1", at, stop) >= 0 or head.find("二", at, stop) >= 0
    word = head.find("公开", at + 2, min(end, at + 46))
    while word >= 0:
        for start in (word - 4, word - 2):
            if at <= start <= at + 40 and meta.TITLE_TAIL.match(head, start):
                return True
        word = head.find("公开", word + 1, min(end, at + 46))
    return False


def _old_line_matches(regex: re.Pattern, head: str):
    """meta._line_matches as a25 left it: every line that says 公开 tried."""
    at, last_end = 0, 0
    while at <= len(head):
        end = head.find("\n", at)
        end = len(head) if end < 0 else end
        if at >= last_end:
            line = head[at:end]
            tail = line.rstrip()[-1:]
            if ("公开" in line or regex is meta.TITLE_WITH_YEAR and tail and (tail in meta._YEAR_LINE_END
                                                                              or tail.isdecimal())) \
                    and _old_can_start(regex, head, at, end):
                m = regex.match(head, at)
                if m:
                    yield m
                    last_end = m.end()
        at = end + 1


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=500, deadline=None)
@given(st.lists(TITLE_PIECES, max_size=30).map("".join))
@example("2021年政府信息公开\n年度报告")
@example("某局政府信息公开\n年度报告")
@example("某局2021年政务公开上半年总结")
@example("某局信息公开公开年度报告")
@example("2021年信息公开")
@example("某局二〇二一\n年度政府信息公开工作年度报告")
@example("某校2021-\n2022学年信息公开年度报告")
@example("某管委会\n政府信息公开工作2013年度报告")
@example("某局政府信息公开2021年报告")
def test_title_lines_tried_only_at_a_title_word_find_the_same(text):
    for regex in (meta.TITLE_WITH_YEAR, meta.TITLE):
        want = _spans(_old_line_matches(regex, text))
        assert _spans(meta._line_matches(regex, text)) == want
        assert want == _spans(regex.finditer(text))


# ---------------------------------------------------------------- kind: an explainer's sentence, led by its words

EXPLAINER_PIECES = st.sampled_from(["现", "特", "下面", "下", "面", "就", "对", "现就", "特对", "下面就",
                                    "报告", "年报", "》", "”", '"', "《", "进行", "作", "做", "如下", "以下",
                                    "解读", "解析", "。", "某局", "2021年", "的", "\n", " "])


@settings(max_examples=500, deadline=None)
@given(st.lists(EXPLAINER_PIECES, max_size=30).map("".join), st.integers(0, 80))
@example("现就《某局2021年报告》进行解读", 40)
@example("下面对报告作如下解析", 40)
@example("特就年报解读", 40)
def test_the_explainer_scanned_per_opening_finds_what_the_pattern_found(text, end):
    new, old = kind._EXPLAINS_SCAN.search(text, 0, end), kind.EXPLAINS_REPORT.search(text, 0, end)
    assert (new and new.span()) == (old and old.span())


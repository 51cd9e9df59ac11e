"""Scans that start only where a match can start (issue 17, branch a11-parse): each rewrite finds exactly what the
pattern or loop it replaced finds — checked against the replaced form, kept here as it was written, on the sample
reports and on texts made of the words, digits, spaces and punctuation the patterns turn on."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.ingest import load
from engine.parse import author, checks, counts, kind, meta, region, split
from engine.parse.sections import section_spans
from engine.parse.textutil import last_of

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [load(p).text for p in sorted((ROOT / "reports").glob("*.txt"))]

# the patterns as first written (SELF_DECLARED with a13-audit's 并向社会公布)
OLD_SELF_DECLARED = re.compile(r"本(?:年度)?(?:报告|年报)(?:是|系)?(?:根据|依据|按照|由|包括|分为|共分|内容)|本年度报告"
                               r"|编制(?:了)?本(?:年度)?报告"
                               r"|(?:现将|现予公布|现公布|特向社会公布|并向社会公布|现向社会公布|现编制|编制形成|编制(?:完成)?了|并形成)[^。\n]{0,40}"
                               r"(?:年度报告|年报|工作报告)|全文(?:包括|共分|由|分为)"
                               r"|报告(?:内容)?(?:共)?分[为成]?[三四五六七八]个部分|如对本(?:年度)?(?:报告|年报)有任何疑问"
                               r"|" + kind.STATS_PERIOD.pattern)
OLD_CONTACT_LABEL = re.compile(rf"(?:联系单位|联系部门|受理单位|受理机构|(?<=[\s\d,，;；])单位(?:名称)?)\s*[:：]\s*"
                               rf"({author.NAME_CHARS}{{2,40}}?{author.AGENCY_END})"
                               r"(?=[\s,，;；。]|$|联系|地址|电话|邮编|传真)", re.M)
OLD_YEAR_LEAD = re.compile(rf"(?<!\d){author.YEAR_WORD}\s*[,，]?\s*(?=[\u4e00-\u9fff])")

WORDS = [
    "收到", "受理", "新收", "接到", "共", "共计", "合计", "总计", "申请",
    "件", "政府信息公开", "信息公开", "政务公开", "年度报告", "工作报告", "总结", "报告", "情况",
    "党组", "党委", "党工委", "领导班子", "坚持", "认真", "按照", "在县委领导下", "本年度报告",
    "现将", "全文包括", "统计期限", "单位", "单位名称", "联系单位",
    "某县人民政府办公室", "某镇人民政府", "您现在的位置",
    "当前位置", "首页", ">", "›", "2021", "2022年", "2021-2022学年", "二〇二一", "年度",
    "上半年", "今年以来", "某局", "某某", "，", ",", "。", ";", ":",
    "：", "1", "7", "12", "x", "第", "结转",
    " ", "\u3000", "\n", "\t",
]
TEXTS = st.lists(st.sampled_from(WORDS), max_size=40).map("".join)


def _old_received(text: str, end: int):
    verb = checks.PROSE_VERB.search(text, 0, end)
    if verb is None:
        return iter(())
    at = verb.start()
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return checks.PROSE_RECEIVED.finditer(text, max(0, at - 2), end)


def _old_title_lines(regex: re.Pattern, head: str):
    at, last_end = 0, 0
    while at <= len(head):
        end = head.find("\n", at)
        end = len(head) if end < 0 else end
        if at >= last_end:
            line = head[at:end]
            tail = line.rstrip()[-1:]
            if "公开" in line or regex is meta.TITLE_WITH_YEAR and tail and (tail in meta._YEAR_LINE_END
                                                                             or tail.isdecimal()):
                m = regex.match(head, at)
                if m:
                    yield m
                    last_end = m.end()
        at = end + 1


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def _check(text: str) -> None:
    for end in range(0, len(text) + 1, max(1, len(text) // 23)):
        m = region.CJK_RUN_BEFORE.search(text, max(0, end - 40), end)
        assert region.cjk_run_before(text, end) == (m.group() if m else "")
        lead = text[max(0, end - 40):end]
        assert author.clause_cut(lead) == author.CLAUSE_START.search(lead).start() - 1
        assert last_of(text, "。;\n,", max(0, end - 60), end) == max(text.rfind(c, max(0, end - 60), end)
                                                                   for c in "。;\n,")
        assert _spans(checks._received(text, end)) == _spans(_old_received(text, end))
        assert [m.span() for m in author.YEAR_LEAD.finditer(lead)] == [m.span() for m in OLD_YEAR_LEAD.finditer(lead)]
        assert author.without_leading_year(lead) == author.LEADING_YEAR.sub("", lead)
    head = text[:2500]
    assert list(author._verb_starts(head, author.SUBJECT_VERB)) == [m.start() for m in
                                                                    author.SUBJECT_VERB.finditer(head)]
    assert _spans(kind.SELF_DECLARED.finditer(text)) == _spans(OLD_SELF_DECLARED.finditer(text))
    assert _spans(author.CONTACT_LABEL.finditer(text)) == _spans(OLD_CONTACT_LABEL.finditer(text))
    for line in text.split("\n")[:60] + [text[:600]]:
        assert bool(author.CHROME_SCAN.search(line)) == bool(author.CHROME.search(line))
    for regex in (meta.TITLE_WITH_YEAR, meta.TITLE):
        for h in (text[:1500], text[:3000]):
            assert _spans(meta._line_matches(regex, h)) == _spans(_old_title_lines(regex, h))
    assert [m.span() for m in split._line_matches(split.TITLE_LINE, text, "公开", split.TITLE_LINE_LONGEST,
                                                  split.TITLE_LINE_OPEN)] \
        == [m.span() for m in split._line_matches(split.TITLE_LINE, text, "公开", split.TITLE_LINE_LONGEST)]


def test_the_sample_reports_scan_the_same():
    assert REPORTS
    for text in REPORTS:
        _check(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("共计 收到申请3件合计收到申请 4件新收到申请5件")
@example("党工委党委坚持党组认真，领导班子在县委领导下按照")
@example("x" * 30 + "政府信息公开工作年度报告\n" + "y" * 31 + "政务公开工作总结\n")
@example("12021年度,某局 2021-2022学年度某校 a2020上半年以来，某县")
@example("单位:某县人民政府办公室 联系单位：某镇人民政府 ,单位名称:某局\n单位:某区人民政府")
def test_made_up_texts_scan_the_same(text):
    _check(text)


def test_a_match_turned_down_in_a_part_is_turned_down_in_the_whole_text():
    for text in REPORTS:
        spans = section_spans(text)
        for year in (None, 2021):
            years = (year, year + 1) if year else ()
            for fact in counts.PATTERNS:
                rejected: set = set()
                zero_rejected: set = set()
                for win in counts._windows(text, spans, fact):
                    alone = counts._number_match(text, fact, win, years)
                    assert counts._number_match(text, fact, win, years, rejected) == alone
                    zero = counts._zero_statement(text, fact, win)
                    assert counts._zero_statement(text, fact, win, zero_rejected) == zero
                    if alone or zero:
                        break

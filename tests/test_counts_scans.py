"""Speed edits of issue 17 in engine/parse/counts.py (branch a6-counts) find exactly what the scans they replace
found: each rewritten pattern against the pattern as it was (ALL_DONE: its scan per opening character against its
own pattern compiled whole), on texts made of its own words, digits, punctuation and filler."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.parse import counts
from engine.parse.textutil import phrase

# ALL_DONE's words grew session by session (a9 … a49: the rules named, the ways listed, 已 after a count's clause,
# 办理完成, 予以公开, 妥善处理…), each added to the pattern itself; what the speed edit must keep is that the scan per
# opening character (scan.Led) finds exactly what the pattern, compiled whole, finds. (Until a49 this test held a
# hand-kept copy of the pattern as first written, which had fallen behind since a41: hypothesis found texts such as
# "都予以公开" that the copy missed.)
PLAIN_ALL_DONE = re.compile(counts.ALL_DONE.pattern)
ALL_DONE_PIECES = st.sampled_from(["《条例》", "《", "》", "的有关",
                                   "均", "已", "均已", "全部", "全", "部", "都", "已全部", "在", "法定", "期限", "时限",
                                   "时间", "内", "按要求", "依法", "依规", "依法依规", "按时", "按期", "按", "时", "期",
                                   "及时", "规范", "妥善", "进行", "作出", "予以", "有效", "书面", "办结", "办", "结",
                                   "答复", "答", "复", "回复", "处理完毕", "办理完毕", "办理", "率", "为", "达", "达到",
                                   "100", "10", "%", "完成率", "办复", "按照", "依照", "依据", "严格", "能", "转", "中",
                                   " ", "。", ",", ";", "\n", "申请", "x", "件", "条", "，", "规定", "完成", "时限",
                                   "告知", "补正", "申请人", "准确", "地", "了", "公开", "要求", "程序", "结束",
                                   "第一", "于", "详细", "认真", "、", "和", "的", "函告", "函", "并", "严格",
                                   "向申请人", "行政", "向", "正式", "给予", "做到", "高效", "向当事人", "职能",
                                   "范围", "格式", "处理", "项", "事项", "完成回复", "办理答复"])


def spans(regex: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text, start, end)]


def cut(text: str, a: int, b: int) -> tuple[int, int]:
    """A window of the text as count_facts scans one (a section's span)."""
    start = min(a, len(text))
    return start, max(start, len(text) - b)


@settings(max_examples=330, deadline=None)
@given(st.lists(ALL_DONE_PIECES, max_size=30).map("".join), st.integers(0, 8), st.integers(0, 8))
@example("申请12件,均已按时办结", 0, 0)
@example("均已在法定期限内依法予以书面答复", 0, 0)  # 均 then 已 (the first branch), not 均已
@example("按期办结率达到 100 %", 0, 0)
@example("按时答复率100%", 1, 0)  # the window starts after 按: 答复率 alone
@example("全部全部办结", 0, 0)
@example("申请2条,已按规定时间完成答复", 0, 0)
@example("申请2件,已已答复", 0, 0)
@example("都办结,已全部处理完毕", 0, 0)  # one example per first character: random texts seldom pair 都 with a verb
@example("申请8件,均在规定时间内及时、详细的予以回复", 0, 0)
@example("均按要求期限办结", 0, 0)  # a49: 按 alone before the rules
@example("事项,已按要求办理", 0, 0)
@example("都予以公开", 0, 0)
def test_all_done_finds_what_it_found(text, a, b):
    start, end = cut(text, a, b)
    assert spans(counts.ALL_DONE, text, start, end) == spans(PLAIN_ALL_DONE, text, start, end)
    old = PLAIN_ALL_DONE.search(text, start, end)
    new = counts.ALL_DONE.search(text, start, end)
    assert (new and new.span()) == (old and old.span())


# the words of the prefiltered scans and what stands between them and their counts
WORD_PIECES = st.sampled_from(["截至", "截止", "至今", "以来", "历年", "近年", "目前", "累计",
                               "共计", "总计", "共", "超期", "逾期", "超过法定期限", "超出法定期限",
                               "超过", "法定期限", "答复", "举报", "投诉", "申诉", "收取",
                               "收费", "信息处理费", "金额", "支出", "经费", "投入", "花费",
                               "元", "万", "件", "项", "起", "条", "申请", "依法", "结转",
                               "转入", "至", "下", "一", "年", "3", "12", "三", " ",
                               "。", ",", "\n", "x"])


@settings(max_examples=330, deadline=None)
@given(st.lists(WORD_PIECES, max_size=30).map("".join), st.integers(0, 8), st.integers(0, 8))
@example("截至年底累计公开3条", 0, 0)
@example("超过法定期限答复3件", 0, 0)
@example("3件结转至下一年", 0, 0)
@example("信息处理费收取12元", 0, 0)
def test_every_match_of_a_prefiltered_scan_holds_one_of_its_words(text, a, b):
    start, end = cut(text, a, b)
    for regex, words in counts.SCAN_WORDS.items():
        for m in regex.finditer(text, start, end):
            assert any(w in m.group() for w in words), (regex.pattern, m.group())
        # so the prefilter skips exactly the windows where the scan finds nothing
        if not counts.holds_any(text, (start, end), words):
            assert regex.search(text, start, end) is None


OLD_ZERO_VERB = {
    "requests.overdue": re.compile(r"(?:没有|未|无|不存在)(?:出现|发生)?(?:超期|逾期)|(?:均|全部|都|均已|已全部)(?:已)?"
                                   r"(?:在|于)?(?:法定期限|规定期限|按时|按期)"),
    "requests.received": re.compile(
        # (a24-guesses: 没 alone, "没收到…申请")
        # (a40: not what needs none, "无需申请")
        r"(?:没有|没|未|无)(?:收到|受理|接到|接收)|(?:未发生|没有发生|没有|无)(?![需须因])[^。,所]{0,4}(?:依)?申请"
        r"|申请[^。]{0,6}(?:为零|为0(?![\d.]))"
        # (a39: the requests' name closing the clause, "无政府信息公开申请事项。"; not "没有所申请公开信息的")
        r"|(?:无|没有)(?:政府)?信息公开申请(?:事项)?(?=[。,，;；]|$)"
        r"|依申请(?:公开)?(?:和|及|与)[^。,]{0,20}?数\s*(?:为|共|是)?\s*0\s*[条件]"  # (a12-guess: a joint count 0)
        r"|依申请公开[^。\n:：]{0,12}(?:数量|数|情况)\s*[:：]\s*无(?![\u4e00-\u9fff])"  # (a36: an item's value 无)
        r"|依申请[^。\n:：]{0,12}申请\s*[:：]\s*无(?![\u4e00-\u9fff])"  # (a55: the item by the requests it took)
        # (a55: none happened, by the requests' name)
        r"|(?:未发生|没有发生)(?:政府)?信息公开申请(?:事项)?(?=[。,，;；]|$)"
        # (a33: "未发生涉及本单位…的依申请公开情况", the part's own name closing its clause)
        r"|(?:未发生|没有发生|未有)[^。,;]{0,30}?依申请公开(?:的)?(?:情况|事项)(?=[。,，;；]|$)"
        # (a42: the 2007 format's part by its name)
        r"|(?:未发生|没有发生|未有|未出现|没有出现)依申请公开政府信息和不予公开政府信息的?情况"),
    # (a13-figures: "无上年和下年结转件", "无下年度结转")
    "requests.carried_over": re.compile(r"(?:没有|无|未有)上(?:一)?年(?:度)?(?:(?:和|及|与)下(?:一)?年(?:度)?)?结转"
                                        r"|上(?:一)?年(?:度)?(?:无|没有)结转"),
    "requests.carried_forward": re.compile(r"(?:没有|无|未有|不存在)(?:需要)?结转|结转[^。,]{0,12}(?:为零|为0(?![\d.]))"
                                           r"|(?:没有|无|未有)(?:上(?:一)?年(?:度)?(?:和|及|与))?下(?:一)?年(?:度)?结转"),
    "appeals.review": re.compile(r"(?:没有|未|无)(?:发生|出现|收到|涉及|因|产生|提起|接到)|均为零|均为0|为零|无此类"
                                 # (a15-figures: "无行政诉讼案件", the 的 left out)
                                 # (a23-blind-figures: "…情况" without 的, "全年无依申请公开行政复议、行政诉讼情况")
                                 # (a33: 未有, and 案例)
                                 # (a55: and 事项, 情形)
                                 r"|无一(?:例|起|件)|(?:无|没有|未有)[^。,;]{1,30}?(?:发生|的?案件|的?案例|的?情况|[议讼]案"
                                 r"|的?事项|的?情形)"
                                 # (a21-held: "无政府信息公开申请行政复议、行政诉讼" closing its phrase; a55: 24 before)
                                 r"|(?:无|没有)[^。,，;；可能应须需]{0,24}?行政(?:复议|诉讼)"
                                 r"(?:[、和及与或](?:提起)?(?:行政)?(?:复议|诉讼|投诉|申诉|申述))*(?=[。,，;；\n]|$)"
                                 # (a55: the statutory item's value 无, "…行政复议、提起行政诉讼的情况:无")
                                 r"|(?:复议|诉讼)[^。\n:：]{0,8}?情况\s*[:：]\s*无(?![\u4e00-\u9fff])"),
    "fees.charged_yuan": re.compile(
        r"(?:没有|未|不|无)(?:发生|产生|出现)?(?:[向对][^。]{0,20})?(?:收取|收费)"  # (a13-figures: 未对公众…收取)
        r"|(?:没有|未|无)(?:发生|产生|关于|出现)[^。,]{0,10}收费"  # (a42: 出现)
        r"|免费|收费[^。]{0,4}为零|(?:没有|无|未有)[^。,;]{0,30}?(?:收费|收取)[^。,;]{0,8}情况"
        r"|暂免收(?:费|取)"  # (a24-guesses: "暂免收费")
        r"|收费[^。\n:：]{0,8}\s*[:：]\s*无(?![\u4e00-\u9fff])"  # (a36: an item's value 无)
        r"|(?:没有|无|未有)[^。,;]{0,24}?方面的?收费(?=[。,，;；]|$)"),  # (a33: "没有依申请公开方面的收费")
}
VERB_PIECES = st.sampled_from(["没有", "没", "有", "未", "无", "不", "不存在", "未有",
                               "未发生", "没有发生", "出现", "发生", "产生", "关于", "超期",
                               "逾期", "均", "全部", "都", "均已", "已全部", "已", "在",
                               "于", "法定期限", "规定期限", "按时", "按期", "收到", "受理",
                               "接到", "接收", "依", "申请", "为零", "为0", "为", "零",
                               "0", "上", "一", "年", "度", "结转", "需要", "涉及", "因",
                               "提起", "此类", "一例", "起", "件", "向", "对", "收取", "收费", "下", "和", "需", "须",
                               "免费", "x", "。", ",", " ", "的案件", "的情况", "情况", "减免", ";",
                               "行政复议", "行政诉讼", "、", "申述", "暂免", "暂", "依申请公开", "事项", "方面的",
                               "方面", "的案例", "案例", "议案", "讼案", "复议", "诉讼", ":", "：", "纸", "情形", "等",
                               "信息公开", "政府", "人"])


@settings(max_examples=500, deadline=None)
@given(st.lists(VERB_PIECES, max_size=12).map("".join))
@example("本年度没有发生超期答复")
@example("均已在法定期限内")
@example("未发生依申请")
@example("本年未有上年结转")
@example("上一年度无结转")
@example("不存在需要结转")
@example("无一例")
@example("没有向申请人收取费用")
@example("无关于信息公开的收费")
@example("未有的案件")
@example("未发生涉及的依申请公开情况")
@example("没有依申请公开方面的收费")
@example("无引起行政复议及行政诉讼事项")
@example("提起行政诉讼的情况:无")
@example("诉讼情况:无纸")
@example("全年无信息公开举报、复议和诉讼等情形")
@example("依申请受理信息公开申请:无")
@example("未发生政府信息公开申请")
def test_zero_verbs_say_yes_where_they_said_yes(text):
    for fact, old in OLD_ZERO_VERB.items():
        assert bool(counts.ZERO_VERB[fact].search(text)) == bool(old.search(text)), fact
    assert counts.ZERO_VERB["appeals.litigation"] is counts.ZERO_VERB["appeals.review"]
    # (a20-checks: complaints also read "零投诉" said of the disclosure work)
    assert counts.ZERO_VERB["appeals.complaints"].pattern == counts.ZERO_VERB["appeals.review"].pattern \
        + "|零(?:投诉|举报|申诉|申述)"


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(VERB_PIECES, st.sampled_from(["。", ";", "\n", ",", "x" * 20])), max_size=40).map("".join),
       st.integers(0, 200))
@example("没有收到" + "x" * 57 + "申请", 61)  # the phrase reaches 60 characters back
def test_a_verb_in_the_phrase_is_a_verb_within_its_reach(text, pos):
    """_zero_by_key skips a key whose ±60 characters hold no ZERO_VERB match: the phrase lies inside them."""
    pos = min(pos, len(text))
    around = phrase(text, pos, 60)
    for verb in counts.ZERO_VERB.values():
        if verb.search(around):
            assert verb.search(text, max(0, pos - 60), pos + 60)

"""a25-meta: the gates and rewritten patterns of the parse's metadata and classification (kind, author, split,
headfix, meta) answer as the forms they replace — each held against the old form on made-up texts of its words."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.parse import author, headfix, kind, meta, split
from engine.parse.textutil import snippet

FILLER = ["0", "3", "12", "2021", "二〇二一", "年", "度", " ", "\n", "。", "，", ",", "、", ":", "(", ")", "x", "X",
          "某", "县", "局", "本", "我"]


def _texts(words: list[str], max_size: int = 40):
    return st.lists(st.sampled_from(sorted({*words, *"".join(words), *FILLER})), max_size=max_size).map("".join)


# ---------------------------------------------------------------- kind: blank marks, speech and news gates


@given(_texts(list(kind.BLANK_MARKS) + ["×", "○"], 60), st.integers(0, 80))
@example("某x某某", 4)
def test_a_blank_mark_is_found_where_the_slice_held_one(text, end):
    assert kind.holds_blank_mark(text, end) == any(w in text[:end] for w in kind.BLANK_MARKS)


SPEECH_PIECES = ["讲话", "发言", "发言材料", "致辞", "讲稿", "政策解读", "解读", "文字", "图文", "报告", "年报", "的",
                 "图片", "视频", "某局2021年度", "工作"]


@settings(max_examples=400)
@given(_texts(SPEECH_PIECES))
@example("某局政策解读")
@example("文字解读:某局")
@example("某局2021年度报告图文解读 ")
def test_speech_and_explainer_words_are_in_every_line_their_patterns_match(line):
    if kind.SPEECH_TITLE.search(line):
        assert any(w in line for w in kind.SPEECH_WORDS)
    if kind.REPORT_EXPLAINER.match(line):
        assert "解读" in line


NEWS_PIECES = ["本报", "讯", "记者", "新华社", "中新社", "中新网", "人民网", "电", "北京", "(", "（", ")", "）", "张三"]


@settings(max_examples=400)
@given(_texts(NEWS_PIECES))
@example("本报北京讯")
@example("新华社北京3月1日电")
@example("(记者 张三)")
@example("讯 记者张三")
def test_a_dateline_is_found_only_where_its_gate_lets_it_be_searched(first):
    if kind.NEWS_DATELINE.search(first):
        assert kind.may_be_dateline(first)


# ---------------------------------------------------------------- author: the verbs a subject comes before

# SUBJECT_VERB's verbs as they were scanned before a25 (one branch opened with an optional 特, so `re` tried the
# whole choice at every character)
OLD_VERB_ALONE = re.compile(author.SUBJECT_VERB.pattern.removeprefix(f"(?:{'|'.join(author.SUBJECT_PREFIXES)})?"))


@settings(max_examples=500)
@given(_texts([*re.findall(r"[\u4e00-\u9fff]+", author.SUBJECT_VERB.pattern), "2021", "本报告", "此年报", "本机关"],
              50))
@example("特编制本报告")
@example("编制本年度报告特向社会公布2021年度本机关")
@example("特制定2021年政府信息公开")
@example("在县委的领导下以习近平新时代思想为指导")
def test_verb_alone_finds_what_the_verbs_as_written_find(text):
    assert [m.span() for m in author.VERB_ALONE.finditer(text)] == [m.span() for m in OLD_VERB_ALONE.finditer(text)]


def test_verb_alone_opens_every_branch_with_a_literal():
    branches = author.VERB_ALONE.pattern[3:-1]
    assert all(b[:1] not in "(?[\\" and b[1:2] not in "?*+{" for b in split_top(branches))


def split_top(pattern: str) -> list[str]:
    from engine.parse.scan import top_level
    found = top_level(pattern)
    assert found is not None
    return found


@given(st.lists(st.sampled_from(["特", "编", "制", "写", "a", "b", "ab"]), max_size=12).map("".join))
def test_literal_led_written_out_forms_match_as_the_group(text):
    for pattern in ("(?:a|特?(?:编制|制写)b?|b)", "(?:特?编|(?:ab|a)b|制)", "(?:x?y?特|特)"):
        new = re.compile(author.literal_led(pattern))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in re.finditer(pattern, text)], pattern


def test_literal_led_leaves_other_patterns_as_they_are():
    for pattern in ("(a)|b", "(?:a)|(?:b)", "特?编", "(?:(a)|b)"):
        assert author.literal_led(pattern) == pattern


# ---------------------------------------------------------------- split and headfix: lines not tried


@settings(max_examples=400)
@given(_texts(["政府信息公开", "政务信息公开", "信息公开", "政务公开", "党务政务公开", "年度报告", "工作报告",
               "总结", "汇报", "报告", "某局"], 30))
@example("某局政务公开工作汇报")
def test_a_title_line_holds_one_of_its_end_words(line):
    if split.TITLE_LINE.search(line):
        assert any(w in line for w in split.TITLE_LINE_ENDS)


@settings(max_examples=300)
@given(st.lists(_texts(["政府信息公开", "某局", "2021", "工作", "年度报告", "公开", "年", "二〇二一"], 8),
                max_size=8))
def test_title_lines_found_with_their_end_words_are_those_found_without(lines):
    text = "\n".join(lines)
    args = (split.TITLE_LINE, text, "公开", split.TITLE_LINE_LONGEST, split.TITLE_LINE_OPEN)
    want = [m.span() for m in split._line_matches(*args)]  # every line that says 公开 tried, as before a25
    assert [m.span() for m in split._line_matches(*args, split.TITLE_LINE_ENDS)] == want


@given(_texts(["2021", "二〇二一", "年度", "年", " ", "\t"], 12))
@example("某局2021年")
def test_a_year_end_holds_its_year_word(line):
    if headfix.YEAR_END.search(line):
        assert headfix.YEAR_WORD in line


# ---------------------------------------------------------------- meta: the voice's forms, the range marks


def old_voice_level(text: str):
    """meta.voice_level as it was before a25 (every form scanned)."""
    head = text[:4000]
    for level, regex in meta.VOICE_LEVEL:
        if level == "province" and "我省" not in head and "我区" not in head:
            continue
        m = regex.search(head)
        if m:
            if m.group() in ("厅机关", "厅门户网站") and not meta.OWN_DEPARTMENT_VOICE.search(head) \
                    and meta.OTHER_FIRST_PERSON.search(head):
                continue
            if m.group() in ("我办", "本办") and (meta.STREET_OFFICE.search(head) or meta.TOWNSHIP_VOICE.search(head)):
                level = "township"
            elif "厅" in m.group() and meta.PROVINCE_CONTEXT.search(head) and not meta.CITY_GENERAL_OFFICE.search(head):
                level = "province"
            return level, snippet(text, m.start(), m.end())
    return None


VOICE_PIECES = [*{w for _, regex in meta.VOICE_LEVEL for w in re.findall(r"[\u4e00-\u9fff]+", regex.pattern)},
                "省委", "全省", "自治区", "市人民政府办公厅", "街道办事处", "中心", "门户网站", "机关"]


@settings(max_examples=500)
@given(_texts(VOICE_PIECES, 30))
@example("本厅门户网站")
@example("我街道我中心")
@example("全旗我校")
def test_voice_level_is_the_level_every_form_scanned_gave(text):
    assert meta.voice_level(text) == old_voice_level(text)


@settings(max_examples=500)
@given(_texts(VOICE_PIECES, 30))
def test_a_voice_form_opens_with_one_of_its_openings(text):
    for regex, openings in meta.VOICE_OPENINGS.items():
        for m in regex.finditer(text):
            assert m.group()[:2] in openings, regex.pattern


@settings(max_examples=300)
@given(_texts(["学年", "9月1日", "8月31日", "1月1日", "12月31日", "至", "到", "—", "-", "2016", "2017", ".", "年", "月",
               "日", "统计期限为", "起", "学年度"], 40))
@example("统计期限为2016年9月1日至2017年8月31日,2016年1月1日至2016年12月31日")
def test_periods_read_from_the_marks_found_once_are_those_found_per_read(head):
    marks = meta.range_marks(head)
    for regex in (meta.ACADEMIC_PERIOD, meta.CALENDAR_PERIOD):
        got = meta._period(head, regex, marks)
        want = next((m for mark in meta._RANGE_SCAN.finditer(head)
                     if (m := regex.search(head, max(0, mark.start() - 16), mark.end() + 24))
                     and m.start() <= mark.start() < m.end()), None)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))

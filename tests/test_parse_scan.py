"""engine/parse/scan.py (issue 17, branch a7-parse): a pattern scanned per opening character finds exactly what the
pattern finds — every Led the parse modules use, against its own compiled pattern, on texts made of its words,
digits, punctuation and filler, over windows as the parse scans them."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import engine.parse
from engine.parse import mentions, university
from engine.parse.scan import Led, led, lookbehind_after, split_by_opening


def _leds() -> list[tuple[str, Led]]:
    found: dict[int, tuple[str, Led]] = {}

    def walk(obj, where: str, depth: int = 0) -> None:
        if isinstance(obj, Led):
            found.setdefault(id(obj), (where, obj))
        elif depth < 3 and isinstance(obj, dict):
            for k, v in obj.items():
                walk(k, where, depth + 1)
                walk(v, f"{where}[{k}]" if isinstance(k, str) else where, depth + 1)
        elif depth < 3 and isinstance(obj, (list, tuple)):
            for v in obj:
                walk(v, where, depth + 1)

    for info in pkgutil.iter_modules(engine.parse.__path__):
        module = importlib.import_module(f"engine.parse.{info.name}")
        for name, value in vars(module).items():
            walk(value, f"{info.name}.{name}")
    return sorted(found.values(), key=lambda x: x[0])


LEDS = _leds()
FILLER = ["0", "3", "12", "2022", "三", "十", " ", "\n", "。", ",", "、", ";", "x", "(", ")", "元", "件", "条", "年"]


def _pieces(pattern: str) -> list[str]:
    """The pattern's own words and their characters, and filler."""
    words = re.findall(r"[\u4e00-\u9fff]+", pattern)
    return sorted({*words, *"".join(words), *FILLER})


def _found(regex, text: str, start: int, end: int) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in regex.finditer(text, start, end)]


def test_the_parse_uses_leds():
    assert len(LEDS) >= 10  # counts, tables, sections, mentions: if this drops, the walk above misses them


@pytest.mark.parametrize(("where", "scan"), LEDS, ids=[w for w, _ in LEDS])
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_led_finds_what_its_pattern_finds(where, scan, data):
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(scan.pattern)), max_size=40)))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _found(scan, text, start, end) == _found(scan.regex, text, start, end), where
    old, new = scan.regex.search(text, start, end), scan.search(text, start, end)
    assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups())), where
    assert _found(scan, text, 0, len(text)) == _found(scan.regex, text, 0, len(text)), where


@pytest.mark.parametrize(("pattern", "parts"), [
    ("超期|逾期|法定期限", ["超期", "逾期", "法定期限"]),
    ("按时|超期|按期", ["按时|按期", "超期"]),  # same opening: one part, in the pattern's order
    ("(?:收到|受理|收取)(\\d+)件", ["(?:收到|收取)(\\d+)件", "(?:受理)(\\d+)件"]),
    ("(收到|受理)件", None),  # a capturing choice: no split
    ("收(\\d)|受(\\d)", None),  # groups would be renumbered
    ("(?:收到|受理)?件", None),  # the choice is optional: the pattern may open with 件
    ("收?到|受理", None),  # a branch whose first character is optional
    ("[收受]理|办理", None),
    ("收到|收取", None),  # one opening character: nothing to split
    ("(?:收到|受(?:理))件", None),  # not literal words
])
def test_split_by_opening(pattern, parts):
    assert split_by_opening(pattern) == parts


def test_led_keeps_a_pattern_it_cannot_split_or_should_not():
    assert isinstance(led("收到|受理"), Led)
    assert isinstance(led("收到(?:申请)"), re.Pattern)
    assert isinstance(led("甲|乙|丙|丁|戊"), re.Pattern)  # five parts: a search each costs more than it saves


# engine/parse/mentions.py: the placeholder marks are scanned only where one of X, x, ×, * is in the text
MARK_PIECES = st.sampled_from(["**", "*", "20*", "20", "X", "x", "xX", "×", "年", "度", "条", "件", "政府", ",", " ",
                               "\n", "A", "z", "一"])


@settings(max_examples=500, deadline=None)
@given(st.lists(MARK_PIECES, max_size=20).map("".join))
@example("全年公开**条")  # a mark of stars only: no X in the text
@example("20*年度报告")
@example("××县")
@example("一X条")
def test_placeholder_marks_found_where_the_one_scan_found_them(text):
    # (a24-blind-figures: and one X for a count's digits, and a blank month and day, each its own plain scan)
    plain = [*mentions.PLACEHOLDER.finditer(text), *mentions.COUNT_BLANK.regex.finditer(text),
             *mentions.BLANK_DAY.regex.finditer(text)]
    assert [m.span() for m in mentions._placeholders(text)] == sorted(m.span() for m in plain)


@pytest.mark.parametrize(("branch", "moved"), [
    ("(?<!拟)新增.{0,12}学位授权", "新(?<!拟新)增.{0,12}学位授权"),
    ("(?<=自治区)我区", "我(?<=自治区我)区"),
    ("(?<!x)b?c", "(?<!x)b?c"),  # the first character is optional: left as it is
    ("(?<!x)[ab]", "(?<!x)[ab]"),
    ("(?<![\\d.])\\d", "(?<![\\d.])\\d"),  # not a literal word behind
])
def test_lookbehind_after(branch, moved):
    assert lookbehind_after(branch) == moved


@pytest.mark.parametrize("key", sorted(university._ITEMS))
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_a_checklist_item_is_found_where_its_alternation_found_it(key, data):
    regex = university._ITEMS[key]
    words = _pieces(regex.pattern) + ["拟", "研究生", "招生", "及"]  # what the lookbehinds look for
    text = "".join(data.draw(st.lists(st.sampled_from(words), max_size=30)))
    old, new = regex.search(text), university._SCANS[regex].search(text)
    assert (new and new.span()) == (old and old.span())

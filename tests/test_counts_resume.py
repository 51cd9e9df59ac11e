"""The whole text's scan of a count pattern after its parts (issue 17, branch a13-speed) does not read again the
stretch of a part between two stops (engine/parse/counts.py, `_pieces`): the pieces it reads find exactly the
whole text's matches less those that start inside a stretch, a match inside a stretch is one the part's own scan
found and turned down for good, and count_facts gives the same facts, in the same order, with the same evidence,
as the loop as it was (kept here) — on the sample reports, ../shared/corpus where it is, and made-up texts."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from contextlib import contextmanager
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.ingest import load
from engine.parse import counts
from engine.parse.sections import section_spans

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [load(p).text for p in sorted((ROOT / "reports").glob("*.txt"))]
SHARED = ROOT.parent / "shared" / "corpus"

CATEGORY = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
            sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def _in_class(items: list, ch: str) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            hit |= chr(av) == ch
        elif op is sre.RANGE:
            hit |= av[0] <= ord(ch) <= av[1]
        elif op is sre.CATEGORY:
            hit |= re.fullmatch(CATEGORY[av], ch) is not None
        else:
            raise AssertionError(f"class item not known to this test: {op}")
    return hit != negate


def matchable(tree: sre_parse.SubPattern | list, ch: str) -> list[str]:
    """The elements of a parsed pattern that can match `ch`, lookarounds included (an empty list: none)."""
    found = []
    for op, av in tree:
        if op is sre.LITERAL:
            hit = chr(av) == ch
        elif op is sre.NOT_LITERAL:
            hit = chr(av) != ch
        elif op is sre.ANY:
            hit = ch != "\n"
        elif op is sre.IN:
            hit = _in_class(av, ch)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found += matchable(av[2], ch)
            continue
        elif op is sre.SUBPATTERN:
            found += matchable(av[3], ch)
            continue
        elif op is sre.ATOMIC_GROUP:
            found += matchable(av, ch)
            continue
        elif op is sre.BRANCH:
            for branch in av[1]:
                found += matchable(branch, ch)
            continue
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            found += matchable(av[1], ch)
            continue
        elif op is sre.AT:
            continue  # consumes nothing, reads at most the characters on either side
        else:
            raise AssertionError(f"element not known to this test: {op}")
        if hit:
            found.append(f"{op} {av}")
    return found


def scanned_patterns() -> list[re.Pattern]:
    """Every pattern the whole text's scan reads in pieces: the count patterns and the zero statements' keys."""
    out = [r if isinstance(r, re.Pattern) else r.regex for regs in counts.COMPILED.values() for r in regs]
    return out + [k if isinstance(k, re.Pattern) else k.regex for k in counts.ZERO_KEYS.values()]


def test_no_part_of_a_scanned_pattern_matches_a_stop():
    """What the stretches rest on: no element of any pattern, in a lookahead or not, can take a stop, so a match
    holds none and an attempt reads no further than the first stop after its start."""
    patterns = scanned_patterns()
    assert len(patterns) > 30
    for regex in patterns:
        tree = sre_parse.parse(regex.pattern, regex.flags)
        for stop in counts.STOPS:
            assert not matchable(tree, stop), (regex.pattern, stop)
    # the walk itself sees what can take a character
    assert matchable(sre_parse.parse(r"[^,，]{0,4}x"), "。")
    assert matchable(sre_parse.parse(r"a(?![^。,]{0,12}b)"), ";")
    assert matchable(sre_parse.parse(r"\s*件"), "\n")
    assert not matchable(sre_parse.parse(counts.W + r"{0,14}?\d+\s*件"), "。")


WORDS = ["主动公开", "公开", "发布", "政府信息", "信息", "文件", "共", "累计", "截至", "以来", "收到", "受理",
         "申请", "依申请公开", "办结", "答复", "结转", "下一年度", "上年结转", "超期", "逾期", "咨询", "行政复议",
         "行政诉讼", "投诉", "举报", "收取", "费用", "元", "支出", "经费", "件", "条", "篇", "项", "次", "个", "万",
         "余", "多", "未", "没有", "无", "0", "1", "12", "305", "2.5", "二", "十五", "网站", "等", "、", ",", "，",
         "。", ";", "。", ";", "\n", " ", "x", "本年度"]
TEXTS = st.lists(st.sampled_from(WORDS), max_size=120).map("".join)
SECTION_NAMES = sorted({s for names in counts.SECTION_OF.values() for s in names})


@st.composite
def texts_with_parts(draw: st.DrawFn) -> tuple[str, dict[str, tuple[int, int]]]:
    """A made-up text and parts of it as section_spans gives them: disjoint, each under a name count_facts uses."""
    text = draw(TEXTS)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    names = draw(st.permutations(SECTION_NAMES))
    parts = {}
    for name, lo, hi in zip(names, cuts[::2], cuts[1::2], strict=False):
        parts[name] = (lo, hi)
    return text, parts


def _the_same_less_stretches(regex, text: str, pieces: list[tuple[int, int]]) -> None:
    read = [m.regs for m in counts._scanned(regex, text, pieces)]
    stretches = [(a[1] - 1, b[0] - 1) for a, b in zip(pieces, pieces[1:], strict=False)]
    whole = [m.regs for m in regex.finditer(text) if not any(first < m.start() < last for first, last in stretches)]
    assert read == whole


@contextmanager
def min_stretch(n: int):
    """counts.MIN_STRETCH set to `n` (0: every stretch is used) where the module reads it at run time (pure Python;
    the compiled module may keep its own: the real value is checked as well everywhere)."""
    keep = counts.MIN_STRETCH
    counts.MIN_STRETCH = n
    try:
        yield
    finally:
        counts.MIN_STRETCH = keep


def _check_pieces(text: str, spans: dict[str, tuple[int, int]]) -> None:
    for n in (0, counts.MIN_STRETCH):
        with min_stretch(n):
            _check_pieces_now(text, spans)


def _check_pieces_now(text: str, spans: dict[str, tuple[int, int]]) -> None:
    for sections in set(counts.SECTION_OF.values()):
        pieces = counts._pieces(text, spans, sections)
        if not pieces:
            continue
        assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
        for (_, end), (start, _) in zip(pieces, pieces[1:], strict=False):
            first, last = end - 1, start - 1
            assert text[first] in counts.STOPS and text[last] in counts.STOPS and first < last
            lo, hi = next((lo, hi) for lo, hi in spans.values() if lo <= first and last < hi)
            assert first >= lo + counts.WINDOW_REACH - 1
        for regs in counts.COMPILED.values():
            for regex in regs:
                _the_same_less_stretches(regex, text, pieces)
        for key in counts.ZERO_KEYS.values():
            _the_same_less_stretches(key, text, pieces)


def test_a_stretch_holds_only_what_its_parts_scan_found():
    """Inside a stretch the whole text's matches are those of the part's own scan (same spans and groups), each at
    least WINDOW_REACH into the part: the part turned each down for good (the whole text is read only then)."""
    for text in REPORTS:
        spans = section_spans(text)
        for lo, hi in spans.values():
            first, last = counts._stretch(text, lo, hi)
            if first < 0:
                continue
            for regex in scanned_patterns():
                inside = [m.regs for m in regex.finditer(text) if first < m.start() < last]
                own = [m.regs for m in regex.finditer(text, lo, hi) if first < m.start() < last]
                assert inside == own
                assert all(r[0][0] >= lo + counts.WINDOW_REACH for r in inside)


def old_count_facts(text: str, spans: dict[str, tuple[int, int]], year: int | None = None) -> dict:
    """count_facts as it was before the pieces (a13-speed): every window scanned whole."""
    years = (year, year + 1) if year else ()
    facts: dict = {}
    for fact in counts.PATTERNS:
        rejected: set = set()
        zero_rejected: set = set()
        for win in counts._windows(text, spans, fact):
            found = (counts._all_handled(text, facts, win, years) if fact == "requests.completed" else None) \
                or (counts._count_before_overdue(text, win) if fact == "requests.overdue" else None) \
                or counts._number_match(text, fact, win, years, rejected) \
                or counts._count_before_word(text, fact, win, years) \
                or counts._zero_statement(text, fact, win, zero_rejected)
            if found:
                facts[fact] = found
                break
    new, running = facts.get("proactive.new"), facts.get("proactive.cumulative")
    if new and running and (new.value, new.evidence) == (running.value, running.evidence):
        del facts["proactive.cumulative"]
    counts._quiet_sections(text, spans, facts)
    return facts


def _same_facts(text: str, spans: dict[str, tuple[int, int]]) -> None:
    for n in (0, counts.MIN_STRETCH):
        with min_stretch(n):
            for year in (None, 2021):
                assert list(counts.count_facts(text, spans, year).items()) \
                    == list(old_count_facts(text, spans, year).items())


def test_the_sample_reports_give_the_same_facts():
    assert REPORTS
    for text in REPORTS:
        spans = section_spans(text)
        _check_pieces(text, spans)
        _same_facts(text, spans)


def test_the_shared_corpus_gives_the_same_facts():
    texts = []
    for path in sorted(SHARED.glob("*/*.txt"))[:60] if SHARED.is_dir() else []:
        try:
            texts.append(load(path).text)
        except Exception:  # noqa: BLE001 - a file ingest refuses is no text to compare
            continue
    for text in texts:
        _same_facts(text, section_spans(text))


@settings(max_examples=400, deadline=None)
@given(texts_with_parts())
@example(("公开信息" + "x" * 120 + "。主动公开信息12条;发布文件3件。" + "x" * 20 + ";收到申请2件。",
          {"proactive": (4, 170)}))
@example(("x" * 99 + "。发布信息1\n2条。" + "y" * 30 + "。未收到申请;", {"requests": (0, 150), "overview": (150, 160)}))
def test_made_up_texts_give_the_same_matches_and_facts(case):
    text, spans = case
    _check_pieces(text, spans)
    _same_facts(text, spans)

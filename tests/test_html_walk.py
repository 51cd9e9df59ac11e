"""The HTML walk's shortcuts give exactly what the plain computation gives (issue 17: speed only, same text).

engine/ingest/html.py takes three shortcuts: a one-class search (_CHROME_HINT) before the chrome-line
alternation, letters-and-digits text skipping the whitespace and punctuation work, and children read through
selectolax's C iterator instead of first_child/next. Each is checked against the computation it replaces, on
generated input.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from engine.ingest import html
from engine.ingest.html import _CHROME_HINT, _CHROME_LINE, _DROP, _classify, _copy_tree, _El, _visible_chars

PUNCT = "，。；"


@settings(max_examples=400, deadline=None)
@given(st.from_regex(_CHROME_LINE))
def test_every_chrome_line_holds_a_hint_character(line: str) -> None:
    assert _CHROME_LINE.search(line)
    assert _CHROME_HINT.search(line)


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list("当前位置您的所在相关链接文章阅读新闻信息上下一篇打印本页关闭窗口【】分享到版权有"
                                    "ICPicpı备证网站标识码公安Copyright©技术支持主办承单设为首加入收藏字体号大中小"
                                    ":： ")), max_size=24))
def test_the_hint_never_hides_a_chrome_line(line: str) -> None:
    # text made of the pattern's own characters, so that matches are common
    if _CHROME_LINE.search(line):
        assert _CHROME_HINT.search(line)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(list("年度报告一二三0129aZ，。；、 \t\n\u3000\xa0\u2003\x1c\x85·—①Ⅲ٣")), max_size=12))
def test_letters_and_digits_need_no_whitespace_or_punctuation_work(text: str) -> None:
    if text.isalnum():
        assert text.split() == [text]
        assert not any(p in text for p in PUNCT)
    assert ("，" in text or "。" in text or "；" in text) == bool(sum(text.count(p) for p in PUNCT))


def _copy_tree_by_siblings(top):
    """The walk as it was before the C iterator (first_child/next, one stack entry per sibling step)."""
    els = [_El(tag="body", parent=-1)]
    in_context = [False]
    page_chars = -1
    skipped = 0
    stack = [(top.first_child, 0)]
    while stack:
        node, p = stack[-1]
        if node is None:
            stack.pop()
            els[p].end = len(els)
            continue
        stack[-1] = (node.next, p)
        tag = node.tag
        if tag == "-text":
            content = node.text_content or ""
            parent = els[p]
            parent.items.append(content)
            parent.text_chars += len("".join(content.split()))
            parent.text_prose += content.count("，") + content.count("。") + content.count("；")
            continue
        if not tag or tag[0] == "-" or tag in _DROP:
            continue
        context = in_context[p] or tag in ("article", "main")
        if tag in ("header", "footer") and not context:
            continue
        attrs = node.attributes
        chrome, titled = _classify(tag, attrs)
        i = len(els)
        el = _El(tag, p, chrome=chrome, link=tag == "a" and attrs.get("href") is not None, titled=titled)
        els.append(el)
        in_context.append(context)
        els[p].items.append(i)
        if chrome:
            if page_chars < 0:
                page_chars = _visible_chars(top) - sum(_visible_chars(n) for n in top.css("script, style"))
            size = _visible_chars(node)
            if size < 0.4 * page_chars:
                el.gone, el.end = True, i + 1
                skipped += size
                continue
        stack.append((node.first_child, i))
    return els, skipped


TEXT = st.text(st.sampled_from(list("本机关收到申请件0123，。；、 \n\t\u3000\xa0ab")), max_size=10)
NAMES = st.sampled_from(["", "nav", "menu", "footer", "content", "article-title", "title", "side", "main-text",
                         "breadcrumb", "zw", "topBar", "links"])
TAGS = st.sampled_from(["div", "p", "span", "a", "table", "tr", "td", "ul", "li", "header", "footer", "article",
                        "main", "nav", "script", "style", "form", "h1", "h2", "section", "font", "b", "center"])


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def build(tag: str, cls: str, ident: str, href: bool, inner: list[str]) -> str:
        attrs = (f' class="{cls}"' if cls else "") + (f' id="{ident}"' if ident else "")
        attrs += ' href="/x"' if href else ""
        return f"<{tag}{attrs}>{''.join(inner)}</{tag}>"
    return st.builds(build, TAGS, NAMES, NAMES, st.booleans(), st.lists(children, max_size=4))


PAGES = st.recursive(TEXT | st.sampled_from(["<br>", "<!-- c -->", "<img src=x>"]), _element, max_leaves=40)


@settings(max_examples=100, deadline=None)
@given(st.lists(PAGES, min_size=1, max_size=4))
def test_the_iterator_walk_copies_what_the_sibling_walk_copied(parts: list[str]) -> None:
    page = "<html><body>" + "".join(parts) + "</body></html>"
    top = LexborHTMLParser(page).body
    assert _copy_tree(top) == _copy_tree_by_siblings(top)


def test_the_walk_keeps_a_page_s_text_and_drops_its_chrome() -> None:
    page = ("<body><div class='nav'><a href='/'>首页</a><a href='/a'>机构</a></div><div class='content'>"
            "<h1>某局2023年政府信息公开工作年度报告</h1><p>本机关全年主动公开信息1024条，较上年增加。</p>"
            "<table><tr><td>收到申请</td><td>12</td></tr></table></div>"
            "<div class='footer'>版权所有：某局</div></body>")
    assert html.extract(page).split("\n") == [
        "某局2023年政府信息公开工作年度报告", "本机关全年主动公开信息1024条，较上年增加。", "收到申请 | 12"]


def _measure_before(els, skipped: int) -> None:
    """_measure as it was: every element's items looped over, leaves too."""
    total = sum(e.text_chars for e in els) + skipped
    for i in range(len(els) - 1, -1, -1):
        e = els[i]
        chars, prose, linked, layout = e.text_chars, e.text_prose, 0, False
        for item in e.items:
            if isinstance(item, str) or els[item].gone:
                continue
            c = els[item]
            chars, linked, prose = chars + c.chars, linked + c.linked, prose + c.prose
            layout = layout or c.layout or c.tag == "table"
        if e.link:
            linked, prose = chars, 0
        if e.tag in ("td", "th") and chars > html._DATA_CELL_MAX:
            layout = True
        e.chars, e.linked, e.prose, e.layout = chars, linked, prose, layout
        if i == 0 or e.chars >= 0.4 * total:
            continue
        if e.chrome or (e.tag in html._LINK_DENSE and e.linked >= 0.5 * e.chars > 0 and not e.prose):
            e.gone = True


def _lines_before(els, start: int, stop: int) -> list[str]:
    """_lines as it was: roots found by testing every element's parent, every cell through _inline_text."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if not buf:
            return
        line = " ".join("".join(buf).split())
        buf.clear()
        if line and not (len(line) <= html._CHROME_LINE_MAX and _CHROME_LINE.search(line)):
            lines.append(line)

    def items_before(e):
        for k, item in enumerate(e.items):
            if isinstance(item, int) and item >= stop:
                return e.items[:k]
        return e.items

    stack = list(reversed([i for i in range(start, stop) if not start <= els[i].parent < stop]))
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            buf.append(item)
        elif item < 0:
            flush()
        elif not els[item].gone:
            e = els[item]
            if e.tag == "br":
                flush()
            elif e.tag not in html._BLOCKS:
                stack.extend(reversed(items_before(e)))
            else:
                flush()
                if e.tag == "tr" and not e.layout:
                    cells = [html._inline_text(els, c) for c in e.items
                             if isinstance(c, int) and els[c].tag in ("td", "th") and not els[c].gone]
                    if any(cells):
                        buf.append(" | ".join(cells))
                        flush()
                    continue
                stack.append(-1 - item)
                stack.extend(reversed(items_before(e)))
    flush()
    return lines


@settings(max_examples=100, deadline=None)
@given(st.lists(PAGES, min_size=1, max_size=4), st.integers(0, 200), st.integers(0, 200))
def test_measuring_and_lines_give_what_they_gave_before(parts: list[str], a: int, b: int) -> None:
    page = "<html><body>" + "".join(parts) + "</body></html>"
    els, skipped = _copy_tree(LexborHTMLParser(page).body)
    before, _ = _copy_tree(LexborHTMLParser(page).body)
    html._measure(els, skipped)
    _measure_before(before, skipped)
    assert els == before
    start, stop = sorted((a % (len(els) + 1), b % (len(els) + 1)))
    assert html._roots_in(els, start, stop) == [i for i in range(start, stop) if not start <= els[i].parent < stop]
    assert html._lines(els, start, stop) == _lines_before(els, start, stop)
    main = html._main_container(els)
    assert html._lines(els, main, els[main].end) == _lines_before(els, main, els[main].end)


def test_a_row_of_blank_cells_is_no_line_and_cells_collapse_their_spaces() -> None:
    page = ("<body><div class='content'><p>本机关全年收到申请，答复如下。</p>"
            "<table><tr><td> </td><td>\u3000\n</td></tr>"
            "<tr><td>收到\u3000 申请</td><td>12</td><td> </td><td><b>3</b> 件</td></tr></table></div></body>")
    assert html.extract(page).split("\n") == ["本机关全年收到申请，答复如下。", "收到 申请 | 12 | | 3 件"]

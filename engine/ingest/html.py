"""HTML page → the report's text, without the site around it.

A government page wraps the report in menus, breadcrumbs, "相关链接" lists and copyright footers, and
the parser must not read a menu item as a section heading or a footer phone number as a figure. So:
drop elements that are chrome by tag or by class/id, drop link-dense blocks, walk down to the
container that holds the page's prose, and put back the title that usually sits just above it.

The lexbor tree is copied once into a flat list of `_El` (document order, parents before children);
every later pass is an index loop over that list, so a page 10,000 elements deep needs no recursion.
"""

from __future__ import annotations

import codecs
import html as html_lib
import re
from dataclasses import dataclass, field
from itertools import chain

from selectolax.lexbor import LexborHTMLParser, LexborNode

from engine.ingest.text import detect, plausible_chinese, sniff_binary
from engine.model import InputError

# Never content: their subtrees are not even copied.
_DROP = frozenset((
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "math", "canvas",
    "object", "embed", "applet", "map", "audio", "video", "button", "select", "option", "input",
    "textarea", "label", "nav", "aside", "head", "title", "meta", "link",
))
_CONTEXT = frozenset(("article", "main"))  # a <header>/<footer> inside these is the article's own
_BLOCKS = frozenset((
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "tfoot", "thead", "tr", "td", "th", "ul",
))
_TABLE_PARTS = frozenset(("table", "tbody", "thead", "tfoot", "tr", "td", "th"))
# Containers the main-content search may step into (a <ul> or a data <table> is content, not a frame).
_CONTAINERS = _TABLE_PARTS | {"div", "section", "article", "main", "center", "form", "font", "span"}
_LINK_DENSE = frozenset(("ul", "ol", "dl", "div", "section", "table", "p", "li", "span", "font", "center"))
_HEADINGS = frozenset(("h1", "h2", "h3"))

# class/id words of site chrome. Strong ones always count; weak ones only when no content word is there
# too ("article-header" holds the title, "page-header" does not).
_STRONG = frozenset((
    "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "crumb",
    "crumbs", "sidebar", "sidenav", "share", "bdshare", "jiathis", "copyright", "footer", "foot",
    "bottom", "toolbar", "topbar", "search", "login", "friendlink", "links", "related", "dh", "daohang",
    "weizhi", "dqwz", "position", "location", "banquan", "bq", "advert", "ad", "ads",
))
_WEAK = frozenset(("header", "head", "top", "banner", "side"))
_CONTENTISH = frozenset(
    ("article", "content", "main", "detail", "text", "body", "title", "con", "zw", "zhengwen", "info")
)
_WORDS = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_DECLARED_OK = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5",
                "big5hkscs": "big5hkscs", "utf-8": "utf_8"}

_WS = re.compile(r"\s+")
_CHROME_LINE = re.compile(
    r"^(?:当前位置|您现在的位置|你现在的位置|您的位置|你的位置|所在位置|相关链接|相关文章|相关阅读|相关新闻|"
    r"相关信息|上一篇|下一篇|打印本页|关闭窗口|【打印】|【关闭】|分享到)"
    r"|版权所有|ICP备|ICP证|网站标识码|公网安备|Copyright|©|技术支持[:：]|主办单位[:：]|承办单位[:：]"
    r"|设为首页|加入收藏|字[体号][:：]?\s*[【\[]?\s*大\s*中\s*小",
    re.I,
)
# One character of every alternative of _CHROME_LINE: a line without any of them cannot match, and this one-class
# search runs at memchr-like speed where the alternation is tried at every position. Four lines in five of a report
# hold none of them. "P" is spelt out instead of re.I, which is the same class (checked over all of Unicode) but
# under which `re` tries the class as a whole pattern at every position (≈ 60 instructions a character, not ≈ 10).
_CHROME_HINT = re.compile(r"[位链章阅闻相篇打窗闭享版Pp码备©技首藏字]")
_CHROME_LINE_MAX = 120  # a long line that mentions 版权所有 is prose, not a footer
_HEAD_MAX = 300  # characters of title/date lines taken from above the main container
_DATA_CELL_MAX = 300  # a table cell with more text than this is page layout, not a statistics cell


@dataclass(slots=True)
class _El:
    tag: str
    parent: int
    items: list[int | str] = field(default_factory=list)  # child element indices and text, in order
    end: int = 0  # one past the last descendant's index
    chrome: bool = False  # class/id (or being a <form>) says site chrome
    link: bool = False  # an <a href>
    titled: bool = False  # a heading, or class/id says title
    gone: bool = False  # dropped; its subtree does not count
    chars: int = 0  # non-space characters under it, not counting dropped subtrees
    linked: int = 0  # of those, inside links
    prose: int = 0  # sentence punctuation (，。；) outside links: real sentences, not menus
    layout: bool = False  # holds a table or a long cell: part of a layout table, not a data table
    text_chars: int = 0  # non-space characters of its own text nodes
    text_prose: int = 0  # sentence punctuation in its own text nodes

    @property
    def own(self) -> int:
        return self.chars - self.linked


_seen_names: dict[str, tuple[bool, bool]] = {}  # class/id strings repeat across a page and across pages


def _name_says(names: str) -> tuple[bool, bool]:
    """(chrome, title) for a "class id" string."""
    known = _seen_names.get(names)
    if known is None:
        words = set(_WORDS.findall(_CAMEL.sub(" ", names).lower()))
        chrome = bool(words & _STRONG) or (bool(words & _WEAK) and not words & _CONTENTISH)
        known = chrome, "title" in names.lower()
        if len(_seen_names) < 10_000:
            _seen_names[names] = known
    return known


def _classify(tag: str, attrs: dict[str, str | None]) -> tuple[bool, bool]:
    """(chrome, titled) from the tag, class and id."""
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}" if attrs else " "
    chrome, title = _name_says(names) if names != " " else (False, False)
    return tag == "form" or chrome, tag in _HEADINGS or title


def _visible_chars(node: LexborNode) -> int:
    """Non-space characters under node, counted in C (lexbor): an upper bound of what _measure would count."""
    return len("".join(node.text(deep=True).split()))


def _copy_tree(top: LexborNode) -> tuple[list[_El], int]:
    """The flat copy of the tree, and the characters of the chrome subtrees left out of it.

    A block that its class/id calls chrome and that holds under 40% of the page's text would be dropped by
    _measure anyway: its subtree is not copied at all (menus, side bars and footers are most of a gov-site
    page's elements), and only its size is kept for the page total. Counting in C is what makes this cheap.
    Each level's children come from selectolax's C iterator, so a run of siblings (text, dropped tags) costs
    no stack work; an element to enter suspends its parent's iterator on the stack.
    """
    els = [_El(tag="body", parent=-1)]
    in_context = [False]
    page_chars = -1  # counted on the first chrome block only
    skipped = 0
    drop, context_tags, headings, new_el = _DROP, _CONTEXT, _HEADINGS, _El
    seen, name_says = _seen_names.get, _name_says
    stack = [(top.iter(True), 0)]
    while stack:
        children, p = stack[-1]
        parent = els[p]
        items = parent.items
        context_p = in_context[p]
        for node in children:
            tag = node.tag
            if tag == "-text":
                content = node.text_content or ""
                items.append(content)
                if content.isalnum():  # letters and digits only (most cells): no space to drop, no punctuation
                    parent.text_chars += len(content)
                    continue
                parent.text_chars += len("".join(content.split()))
                if "，" in content or "。" in content or "；" in content:  # `in` is cheaper than a count of 0
                    parent.text_prose += content.count("，") + content.count("。") + content.count("；")
                continue
            if not tag or tag[0] == "-" or tag in drop:
                continue
            context = context_p or tag in context_tags
            if not context and (tag == "header" or tag == "footer"):
                continue
            attrs = node.attributes
            if attrs:  # _classify inlined: most elements of a page (table cells) have no attributes at all
                names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
                chrome, titled = seen(names) or name_says(names)
                chrome, titled = chrome or tag == "form", titled or tag in headings
                link = tag == "a" and attrs.get("href") is not None
            else:
                chrome, titled, link = tag == "form", tag in headings, False
            i = len(els)  # _El built positionally: a third cheaper than by keyword
            el = new_el(tag, p, [], 0, chrome, link, titled)
            els.append(el)
            in_context.append(context)
            items.append(i)
            if chrome:
                if page_chars < 0:
                    page_chars = _visible_chars(top) - sum(_visible_chars(n) for n in top.css("script, style"))
                size = _visible_chars(node)
                if size < 0.4 * page_chars:
                    el.gone, el.end = True, i + 1
                    skipped += size
                    continue
            # The element's own text is taken here, and its first element child (if any) sends the walk down into
            # it; a leaf (most table cells and paragraphs) thus costs no stack work at all.
            sub = node.iter(True)
            sub_items = el.items
            for child in sub:
                child_tag = child.tag
                if child_tag == "-text":  # as above, for el
                    content = child.text_content or ""
                    sub_items.append(content)
                    if content.isalnum():
                        el.text_chars += len(content)
                        continue
                    el.text_chars += len("".join(content.split()))
                    if "，" in content or "。" in content or "；" in content:
                        el.text_prose += content.count("，") + content.count("。") + content.count("；")
                    continue
                if not child_tag or child_tag[0] == "-" or child_tag in drop:
                    continue
                stack.append((chain((child,), sub), i))  # this child first, then the rest of el's children
                break
            else:
                el.end = i + 1  # a leaf: no element under it
                continue
            break
        else:
            stack.pop()
            parent.end = len(els)
    return els, skipped


def _measure(els: list[_El], skipped: int) -> None:
    """Children before parents (reverse document order): sum text sizes and drop chrome on the way up."""
    total = sum(e.text_chars for e in els) + skipped
    for i in range(len(els) - 1, -1, -1):
        e = els[i]
        chars, prose, linked = e.text_chars, e.text_prose, 0
        layout = False
        if e.end != i + 1:  # not a leaf (most elements are table cells holding text only)
            for item in e.items:
                if isinstance(item, str):
                    continue
                c = els[item]
                if c.gone:
                    continue
                chars += c.chars
                linked += c.linked
                prose += c.prose
                layout = layout or c.layout or c.tag == "table"
        if e.link:
            linked, prose = chars, 0
        if e.tag in ("td", "th") and chars > _DATA_CELL_MAX:
            layout = True
        e.chars, e.linked, e.prose, e.layout = chars, linked, prose, layout
        if i == 0 or e.chars >= 0.4 * total:  # never drop what holds most of the page
            continue
        # A block that is mostly links and has no sentence of its own is a link list ("相关链接", menus);
        # "根据<a>《条例》</a>规定，" is mostly link too, but its "，" makes it prose.
        if e.chrome or (e.tag in _LINK_DENSE and e.linked >= 0.5 * e.chars > 0 and not e.prose):
            e.gone = True


def _main_container(els: list[_El]) -> int:
    """Walk down from <body> while one child holds most of the text and nothing outside it is prose."""
    node = 0
    while True:
        e = els[node]
        best, best_own = -1, -1
        for item in e.items:
            if isinstance(item, int) and not els[item].gone and els[item].own > best_own:
                best, best_own = item, els[item].own
        if best < 0:
            return node
        c = els[best]
        step_ok = c.tag in _CONTAINERS and (c.tag not in _TABLE_PARTS or c.layout)
        if not step_ok or best_own < 0.6 * e.own or e.prose - c.prose > 2:
            return node
        node = best


def _head(els: list[_El], main: int) -> list[str]:
    """The title and date lines just above `main`, which pages keep outside the body's container.

    Looks one, two and three ancestors up and keeps the widest of those ranges that stays short
    (_HEAD_MAX characters); within a range, text before its first heading or "title" element is skipped.
    """
    best: list[str] = []
    scope = main
    for _ in range(3):
        scope = els[scope].parent
        if scope < 0:
            break
        titles = (j for j in range(scope + 1, main) if els[j].titled and els[j].own and not _hidden(els, j))
        start = next(titles, scope + 1)
        lines = _lines(els, start, main)
        if sum(map(len, lines)) > _HEAD_MAX:
            break
        best = lines
    return best


def _hidden(els: list[_El], i: int) -> bool:
    while i >= 0:
        if els[i].gone:
            return True
        i = els[i].parent
    return False


def _inline_text(els: list[_El], i: int) -> str:
    """All text under element i on one line (a table cell)."""
    items = els[i].items
    if len(items) == 1 and isinstance(items[0], str) and not els[i].gone:  # most cells: one text node
        text = items[0]
        return text if text.isalnum() else " ".join(text.split())  # letters and digits only: nothing to collapse
    parts: list[str] = []
    stack: list[int | str] = [i]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
        elif not els[item].gone:
            if els[item].tag in _BLOCKS or els[item].tag == "br":
                parts.append(" ")
            stack.extend(reversed(els[item].items))
    return " ".join("".join(parts).split())  # what _WS.sub(" ", …).strip() gives (the same whitespace), at C speed


def _lines(els: list[_El], start: int, stop: int) -> list[str]:
    """Lines of the elements in [start, stop): blocks end lines, a data-table row is "a | b | c"."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:  # called only with something in buf
        line = " ".join("".join(buf).split())
        buf.clear()
        if line and not (len(line) <= _CHROME_LINE_MAX and _CHROME_HINT.search(line)
                                 and _CHROME_LINE.search(line)):
            lines.append(line)

    blocks = _BLOCKS
    # Stack entries: an element index to enter, text to add, or -1 - index to mark leaving a block.
    stack: list[int | str] = list(reversed(_roots_in(els, start, stop)))
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            buf.append(item)
            continue
        if item < 0:
            if buf:
                flush()
            continue
        e = els[item]
        if e.gone:
            continue
        tag = e.tag
        if tag == "br":
            if buf:
                flush()
            continue
        if tag not in blocks:
            stack.extend(reversed(e.items if e.end <= stop else _items_before(e, stop)))
            continue
        if buf:
            flush()
        if tag == "tr" and not e.layout:
            cells = []
            for c in e.items:
                if isinstance(c, int):
                    cell = els[c]
                    if (cell.tag == "td" or cell.tag == "th") and not cell.gone:
                        texts = cell.items
                        if len(texts) == 1 and isinstance(texts[0], str):  # most cells: _inline_text's first case
                            text = texts[0]
                            cells.append(text if text.isalnum() else " ".join(text.split()))
                        else:
                            cells.append(_inline_text(els, c))
            if any(cells):
                buf.append(" | ".join(cells))
                flush()
            continue
        stack.append(-1 - item)
        stack.extend(reversed(e.items if e.end <= stop else _items_before(e, stop)))
    if buf:
        flush()
    return lines


def _roots_in(els: list[_El], start: int, stop: int) -> list[int]:
    """The elements of [start, stop) whose parent lies outside it: `start`, then each one just past the last
    one's subtree (a subtree is the contiguous range [i, end)), which is all of them without visiting the rest."""
    roots = []
    while start < stop:
        roots.append(start)
        start = els[start].end
    return roots


def _items_before(e: _El, stop: int) -> list[int | str]:
    """e's children up to the first element at or after `stop` (the range ends there)."""
    if e.end <= stop:
        return e.items
    for k, item in enumerate(e.items):
        if isinstance(item, int) and item >= stop:
            return e.items[:k]
    return e.items


MAX_DEPTH = 400  # real pages nest a few dozen levels; tree building is quadratic in depth
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}?(/?)>")
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                   "wbr", "param"))


# what a "<" opens no level with: common void tags (by their first two letters) and comments (the bound subtracts them)
_NO_LEVEL = {b"br": b"br", b"im": b"img", b"me": b"meta", b"in": b"input", b"li": b"link", b"hr": b"hr"}
_CHUNK = 4096


def _maybe_deep(html: bytes) -> bool:
    """A quick upper bound of the nesting depth, chunk by chunk: within a chunk the depth can grow at most by the
    tags opened in it. Void tags written in capitals are not subtracted, which only loosens the bound. Only a page
    that this cannot clear is scanned tag by tag. Bytes, because the page is UTF-8 and a split on b"<" is C speed.

    A chunk is split on "<": each piece after the first follows a "<", and a "</" or a void tag counts only when it
    ends inside the chunk, as a search of the chunk alone would find it. One split and a look at each piece's first
    bytes: 1.6 M instructions on a 140 KB page, where three C scans of each chunk took 2.8 M (and a bytes.find per
    "<" more than either)."""
    depth = 0
    for k in range(0, len(html), _CHUNK):
        pieces = html[k:k + _CHUNK].split(b"<")
        tags = len(pieces) - 1
        closes = no_level = 0
        for i in range(1, len(pieces)):
            piece = pieces[i]
            if piece:
                first = piece[0]
                if first == 47:  # "/"
                    closes += 1
                elif first == 33 or (  # "<!": a comment or doctype
                        first in b"bimlh" and (word := _NO_LEVEL.get(piece[:2])) is not None
                        and piece[:len(word)] == word):
                    no_level += 1
        opens = tags - closes
        if depth + opens + 2 > MAX_DEPTH:  # + 2: a tag cut at the chunk's edge
            return True
        depth = max(0, depth + opens - no_level - closes)
    return False


def _too_deep(html: str, utf8: bytes) -> bool:
    """Nested past MAX_DEPTH? `utf8` is the page in UTF-8, for the quick bound (any lone surrogate left out)."""
    if not _maybe_deep(utf8):
        return False
    depth = 0
    for closing, name, self_closing in _TAG.findall(html):  # findall: the scan stays in C
        if self_closing or name.lower() in _VOID:
            continue
        depth += -1 if closing else 1
        if depth > MAX_DEPTH:
            return True
    return False


def _flat_text(html: str) -> str:
    """Linear fallback for absurdly nested markup: drop script/style, strip tags, block tags end lines."""
    out, pos = [], 0
    lower = html.lower()
    for tag in ("script", "style"):
        while (start := lower.find(f"<{tag}", pos)) >= 0:
            end = lower.find(f"</{tag}>", start)
            out.append(html[pos:start])
            pos = len(html) if end < 0 else end + len(tag) + 3
        out.append(html[pos:])
        html, lower, out, pos = "".join(out), "".join(out).lower(), [], 0
    text = _TAG.sub(lambda m: "\n" if m.group(2).lower() in _BLOCKS else "", html)
    lines = (" ".join(line.split()) for line in html_lib.unescape(text).split("\n"))
    return "\n".join(line for line in lines if line)


def extract(html: str, utf8: bytes | None = None) -> str:
    """The article text of an HTML document, one block per line. `utf8`: the file's bytes when `html` is their
    strict UTF-8 decoding, so the page is not encoded again (the depth check and lexbor both read UTF-8)."""
    if utf8 is None:
        utf8 = html.encode("utf-8", "ignore")  # what lexbor would make of the str itself
    if _too_deep(html, utf8):
        return _flat_text(html)
    tree = LexborHTMLParser(utf8)  # lexbor reads UTF-8 bytes (a str it encodes first): the page is encoded once
    top = tree.body or tree.root
    if top is None:
        return ""
    els, skipped = _copy_tree(top)
    _measure(els, skipped)
    main = _main_container(els)
    return "\n".join(_head(els, main) + _lines(els, main, els[main].end))


def decode_html(data: bytes, source: str, charset: str | None = None) -> tuple[str, str]:
    """Decode an HTML file: BOM, strict UTF-8, the charset it was saved with (`charset`: an .mht part's, as a
    server's header would say it), the page's own <meta charset>, then detection."""
    what = sniff_binary(data)
    if what:
        raise InputError(f"{source}：这是{what}。")
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf_8"), "utf_8"
        except UnicodeDecodeError:
            pass
        meta = _META_CHARSET.search(data[:8192])
        for declared in (charset, meta.group(1).decode("ascii") if meta else None):
            encoding = _DECLARED_OK.get(declared.lower().replace("_", "-")) if declared else None
            if encoding and encoding != "utf_8":
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError:
                    text = None
                if text is not None and plausible_chinese(text):
                    return text, encoding
    found = detect(data)
    if found is None:
        raise InputError(
            f"{source}：无法识别网页的文字编码（已尝试其 <meta charset>、UTF-8、GB18030/GBK 和 Big5）；"
            "请另存为 UTF-8 编码后再评分。"
        )
    return found

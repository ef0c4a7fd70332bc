"""Saved web pages: the charset honoured, the article body's paragraphs kept, the page around
it (navigation, header, footer, breadcrumbs, share bars, related links, scripts) dropped.

The body is the element holding the most paragraph text directly; each of its paragraphs
(and headings, list items, table rows) becomes one line.
"""

from __future__ import annotations

import re

from wenzheng.corpus.formats.plain import decode
from wenzheng.corpus.formats.table import table_lines

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "svg",
    # a ruby's reading and its brackets ("埠（bù）"): the base text is the report's
    "rt",
    "rp",
)
# A note's marker at a figure ("<sup><a href="#fn1">[1]</a></sup>") and the note's link back
_NOTE_LINKS = "sup > a[href^='#'], a[href^='#fnref'], a.fn-back, a[href^='#'][class*='back']"
_NOISE = re.compile(
    r"nav|menu|breadcrumb|crumb|position|location|share|social|related|relevant|recommend"
    r"|footer|header|sidebar|comment|copyright|toolbar|pager|print|xgxx|xgwz|bdshare",
    re.I,
)
_NOTE_MARK = re.compile(r"[\[［(（]?\s*(?:\d{1,2}|[*※†‡])\s*[\]］)）]?|[↩↑^]|返回")
# The page's publication date, "发布时间：2024-01-19 09:30", usually outside the article
_PUBLISHED = re.compile(r"(?:发布时间|发布日期)\s*[:：]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, tr, pre, blockquote"
_CONTAINERS = ("article", "main", "section", "div", "td", "body")


def decode_html(data: bytes) -> str:
    """Decode a page: a BOM first, else the <meta> charset, else UTF-8 or GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if not data.startswith(b"\xef\xbb\xbf"):
        found = _META_CHARSET.search(data[:4096])
        if found:
            name = found.group(1).decode("ascii").lower()
            try:
                return data.decode(_ALIASES.get(name, name), errors="replace")
            except LookupError:
                pass  # an unknown charset name: guess below
    return decode(data)


def html_text(data: bytes) -> str:
    """The article text of a saved page, one paragraph a line."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(decode_html(data))
    _drop_hidden(tree)
    tree.strip_tags(list(_DROP_TAGS))
    for link in list(tree.css(_NOTE_LINKS)):
        if _NOTE_MARK.fullmatch(link.text(strip=True)):
            link.decompose()
    for node in list(tree.css("[class], [id]")):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _NOISE.search(marker) and node.tag not in ("html", "body"):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    body = _article(root)
    lines: list[str] = []
    published = _PUBLISHED.search(root.text(separator=" "))  # in the page's info bar
    if published and published.group(0) not in body.text(separator=" "):
        lines.append(published.group(0))  # the notice's date, read as the metadata's
    run: list[str] = []
    _walk(body, _table_rows(body), lines, run)
    _end_line(lines, run)
    return "\n".join(_without_furniture(line for line in lines if line))


# A style that hides what it applies to, and a rule of a page's style sheet: its selectors and
# declarations
_HIDES = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
# A selector of one class or id, with or without its tag ("span.hide-x", ".hx", "#n3")
_SIMPLE_SELECTOR = re.compile(r"[a-z0-9]*[.#][\w-]+")
HIDDEN_MAX = 40  # characters: hidden text longer than this is content a script reveals
_INLINE = frozenset(
    "span font i b em strong s u small sup sub ins del a label code abbr cite q var".split()
)


def _drop_hidden(tree) -> None:  # noqa: ANN001 (a selectolax tree)
    """Drop what a browser does not show inside the text: inline elements hidden by their own
    style or `hidden` attribute, or by a rule of the page's style sheet naming their class or
    id. Some pages scatter such hidden characters through the text, inside figures too,
    against copying ("12<span style="display:none">7</span>.5亿元" shows as 12.5亿元)."""
    selectors = ["[hidden]"]
    for style in tree.css("style"):
        for rule in _RULE.finditer(style.text()):
            if _HIDES.search(rule.group(2)):
                selectors += [
                    sel.strip()
                    for sel in rule.group(1).split(",")
                    if _SIMPLE_SELECTOR.fullmatch(sel.strip())
                ]
    hidden = [n for n in tree.css("[style]") if _HIDES.search(n.attributes.get("style") or "")]
    for selector in selectors:
        hidden += tree.css(selector)
    for node in hidden:
        # (a short inline stretch only: a page revealing its article by script hides it at
        # first, "<div id="js_content" style="visibility: hidden;">", and a portal's later
        # pages of a long article are hidden blocks, "<div id="page_2" style="display:none">")
        if node.tag in _INLINE and len(node.text(strip=True)) <= HIDDEN_MAX:
            node.decompose()


# A social-media article's furniture around the text: the call to follow, a photo's caption,
# the credits, the links to earlier posts and the like buttons ("点击蓝字 关注我们", "▲会议
# 现场", "来源：…", "往期推荐", "阅读原文")
_FURNITURE = re.compile(
    r"^(?:点击(?:上方)?蓝字.{0,8}关注|▲|(?:来源|编辑|责编|责任编辑|审核|校对|排版|美编|图片|摄影|文字)[:：]"
    r"|分享、?点赞|阅读原文|长按(?:识别)?二维码|扫码关注)"
)
# The heading of a list of links after the article ("往期推荐", "推荐阅读", "相关阅读"): it
# and the short lines after it go
_LINKS_HEADING = re.compile(r"^(?:往期(?:推荐|回顾|精选)|推荐阅读|相关阅读|延伸阅读)[:：]?$")


def _without_furniture(lines) -> list[str]:  # noqa: ANN001 (an iterable of lines)
    out: list[str] = []
    in_links = False
    for line in lines:
        if _LINKS_HEADING.match(line):
            in_links = True
            continue
        if in_links and len(line) <= _LINK_LINE:
            continue
        in_links = False
        if not _FURNITURE.match(line):
            out.append(line)
    return out


_LINK_LINE = 40  # the most characters a linked post's title takes


# A no-break or thin space between a digit (or its group mark) and the next digit
# (and one beside a Chinese character, "楼宇&nbsp;4栋": Chinese sets no space between words)
_NUMBER_SPACE = re.compile(
    r"(?<=[\d,.])[\xa0\u2009\u202f]+(?=\d)"
    r"|(?<=[\u4e00-\u9fff])[\xa0\u2009\u202f]+(?=\w)|(?<=[\w%])[\xa0\u2009\u202f]+(?=[\u4e00-\u9fff])"
)

_INLINE = frozenset(
    "a abbr b bdi bdo big cite code del dfn em font i img ins kbd label mark q rb ruby s samp"
    " small span strike strong sub sup time u var".split()
)


def _walk(node, rows: dict[int, str], lines: list[str], run: list[str]) -> None:  # noqa: ANN001
    """A container's lines: each block (paragraph, heading, list item, table row) is one,
    and so is each run of text and inline elements between line breaks (a page that sets
    its paragraphs apart with <br> instead of <p>)."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text" or (tag in _INLINE and not child.css_first(_BLOCKS + ", br, div")):
            run.append(child.text(deep=True, separator=""))
        elif tag == "br":
            _end_line(lines, run)
        elif tag == "tr" and child.mem_id in rows:
            _end_line(lines, run)
            lines.append(rows[child.mem_id])
        elif tag == "tr" and not child.css_first("p, br, div"):
            _end_line(lines, run)  # a layout table's row of short cells: one line
            lines.append(" ".join(child.text(separator=" ").split()))
        elif tag.startswith(("-", "!")) or tag == "wbr":
            continue  # a comment; a place a line may break, inside a word or a number
        else:
            _end_line(lines, run)
            _walk(child, rows, lines, run)
            _end_line(lines, run)


def _end_line(lines: list[str], run: list[str]) -> None:
    # a no-break or thin space inside a number ("3,&nbsp;350") or beside a Chinese character
    # is no word break
    line = " ".join(_NUMBER_SPACE.sub("", "".join(run)).split())
    if line:
        lines.append(line)
    run.clear()


def _table_rows(body) -> dict[int, str]:  # noqa: ANN001 (a selectolax node)
    """Each table row (by node id) → its line, read with the table's heading row."""
    out: dict[int, str] = {}
    for table in body.css("table"):
        trs = [tr for tr in table.css("tr") if _closest_table(tr) is not None]
        trs = [tr for tr in trs if _closest_table(tr).mem_id == table.mem_id]
        cells = [[c.text(separator="") for c in tr.css("th, td")] for tr in trs]
        if _layout(trs, cells):
            continue  # a layout table holding paragraphs: read those
        lines = table_lines(cells)
        if len(lines) == len(trs):
            out |= {tr.mem_id: line for tr, line in zip(trs, lines, strict=True)}
    return out


def _data_table(table) -> bool:  # noqa: ANN001 (a selectolax node)
    """A table of figures in the article, not one laying out the page around it (a table
    holding tables, or paragraphs)."""
    if any(t.mem_id != table.mem_id for t in table.css("table")):
        return False
    trs = table.css("tr")
    return not _layout(trs, [[c.text(separator="") for c in tr.css("th, td")] for tr in trs])


def _layout(trs: list, cells: list[list[str]]) -> bool:  # noqa: ANN001 (selectolax nodes)
    """A table laying out a page's paragraphs, not a table of data: a row of one cell, a
    cell of several paragraphs or of a long text (a Word file saved as a page puts one
    short <p> in each cell of a data table)."""
    if not cells or max(len(row) for row in cells) < 2:
        return True
    if any(len(" ".join(c.split())) > _DATA_CELL for row in cells for c in row):
        return True
    return any(len(td.css("p")) > 1 for tr in trs for td in tr.css("th, td"))


_DATA_CELL = 60  # the most characters a data table's cell holds (a label, a figure)


def _row_id(node) -> int | None:  # noqa: ANN001 (a selectolax node)
    """The id of the table row a node is in (None outside tables)."""
    node = node.parent
    while node is not None and node.tag not in ("tr", "table", "body"):
        node = node.parent
    return node.mem_id if node is not None and node.tag == "tr" else None


def _closest_table(node):  # noqa: ANN001, ANN202 (selectolax nodes)
    """The nearest enclosing table of a node, or None."""
    node = node.parent
    while node is not None and node.tag != "table":
        node = node.parent
    return node


def _article(root):  # noqa: ANN001, ANN202 (selectolax nodes)
    """The container whose own paragraphs, text and data tables hold the most text (the page
    itself if none); a layout table holds the page around the article too."""
    best, best_len = root, 0
    for tag in _CONTAINERS:
        for node in root.css(tag):
            length = sum(
                len(child.text(strip=True))
                for child in node.iter(include_text=True)
                if child.tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol")
                or (child.tag == "table" and _data_table(child))
                or child.tag == "-text"
                or (child.tag in _INLINE and not child.css_first(_BLOCKS + ", div"))
            )
            if length > best_len:
                best, best_len = node, length
    if 2 * best_len >= len(root.text(strip=True)):
        return best
    return _by_leaves(root) or best


_LEAF_BLOCKS = "p, section, div, li, td, h1, h2, h3, h4, h5, h6, blockquote, pre"
_HAS_BLOCK = _LEAF_BLOCKS + ", table, ul, ol, br"


def _by_leaves(root):  # noqa: ANN001, ANN202 (selectolax nodes)
    """The container of a page that nests each paragraph in wrappers of its own (a WeChat
    article: `<section><section><span>…</span></section></section>`): every innermost block
    gives its text to its parent and half to its grandparent, and the container given most
    wins (as readability scores a page). None when the page has no such blocks."""
    scores: dict[int, float] = {}
    nodes: dict[int, object] = {}
    for leaf in root.css(_LEAF_BLOCKS):
        if any(n.mem_id != leaf.mem_id for n in leaf.css(_HAS_BLOCK)):
            continue  # (a node's css() matches the node itself too)
        size = len(leaf.text(strip=True))
        parent = leaf.parent
        for share in (1.0, 0.5):
            if parent is None or parent.tag in ("html", "body"):
                break
            scores[parent.mem_id] = scores.get(parent.mem_id, 0.0) + share * size
            nodes[parent.mem_id] = parent
            parent = parent.parent
    if not scores:
        return None
    return nodes[max(scores, key=lambda k: scores[k])]

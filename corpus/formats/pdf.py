"""PDF files: the text layer (pypdf), lines joined into paragraphs, page furniture dropped.

pypdf's layout mode keeps each line's indentation. A paragraph ends where the next line is
indented (the first-line indent Chinese reports use, or a centred heading) or where a line
stops well short of the text width. Lines of one paragraph are joined with nothing between
them (a space only between two Latin letters), so "380" / "亿元" becomes "380亿元". Page
numbers ("- 3 -", "第3页", "3/12") and headers or footers repeated at the same place on
many pages are dropped. A PDF without a text layer (a scan) is an error: OCR it first.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter

from wenzheng.corpus.formats.table import table_lines
from wenzheng.corpus.text import join_wrapped

from wenzheng.errors import CorpusError

_PAGE_NUMBER = re.compile(
    r"^[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－\s]*$"
    r"|^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_SENTENCE_END = "。！？；：!?;:"  # after which a short line may be a heading of its own
_EDGE = 2  # lines at the top and at the bottom of a page that may be headers or footers
_SHORT = 0.85  # a line shorter than this share of the text width ends its paragraph


def pdf_text(data: bytes) -> str:
    """The report text of a PDF, one paragraph a line."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    source = reader.pages
    if any(page.rotation % 360 for page in source):
        from pypdf import PdfWriter

        source = PdfWriter(clone_from=reader).pages  # (a writer's pages can be turned)
    pages = [
        _unspaced(
            _columns(_page_lines(_upright(_turned(page)).extract_text(extraction_mode="layout")))
        )
        for page in source
    ]
    if not any(pages):
        raise CorpusError("has no text layer (a scanned PDF?): run OCR on it first")
    lines = [line for page in _drop_furniture(pages) for line in _from_margin(page)]
    out: list[str] = []
    for block, is_table in _blocks(lines):
        if is_table:
            out.extend(table_lines([_CELL_GAP.split(line.strip()) for line in block]))
        else:
            out.extend(_paragraphs(block))
    return "\n".join(out)


def _turned(page):  # noqa: ANN001, ANN202 (a pypdf page)
    """The page as a viewer shows it: a page flagged to be turned (/Rotate 90, a landscape
    table drawn sideways on a portrait page) has the turn applied to its drawing, so that its
    lines read across, as layout mode needs (it reads no sideways text)."""
    if page.rotation % 360:
        page.transfer_rotation_to_content()  # the reader's copy only; the file is untouched
    return page


_TEXT_SHOWING = frozenset((b"Tj", b"TJ", b"'", b'"'))
_SLANT = 0.02  # the least sine of a text's angle to the page's axes for it to be slanted


def _upright(page):  # noqa: ANN001, ANN202 (a pypdf page)
    """The page without its slanted text: a watermark or a stamp drawn across the page at an
    angle ("长春市…人民政府门户网站" at 45°) is no part of the report, and layout mode would
    set its glyphs inside the lines they cross. Text drawn upright or turned by a right angle
    is kept; a page with no slanted text is returned as it is."""
    from pypdf.generic import ContentStream, NameObject

    contents = page.get_contents()
    if contents is None:
        return page
    stream = ContentStream(contents, page.pdf)
    ctm, stack = (1.0, 0.0, 0.0, 1.0), []
    text_matrix = (1.0, 0.0, 0.0, 1.0)
    kept, dropped = [], 0
    for operands, op in stream.operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q" and stack:
            ctm = stack.pop()
        elif op == b"cm" and len(operands) == 6:
            ctm = _times(tuple(float(x) for x in operands[:4]), ctm)
        elif op == b"BT":
            text_matrix = (1.0, 0.0, 0.0, 1.0)
        elif op == b"Tm" and len(operands) == 6:
            text_matrix = tuple(float(x) for x in operands[:4])
        elif op in _TEXT_SHOWING and _slanted(_times(text_matrix, ctm)):
            dropped += 1
            continue
        kept.append((operands, op))
    if dropped:
        stream.operations = kept
        page[NameObject("/Contents")] = stream  # the reader's copy only; the file is untouched
    return page


def _times(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, float, float, float]:
    """The linear part of the product of two PDF matrices [a b c d] (m applied first)."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
    )


def _slanted(m: tuple[float, float, float, float]) -> bool:
    """The matrix turns text by an angle that is not a multiple of 90 degrees."""
    scale = (m[0] ** 2 + m[1] ** 2) ** 0.5
    return scale > 0 and _SLANT < abs(m[0] * m[1]) / scale**2 * 2


# A gap between two table cells drawn on one line (layout mode writes it as spaces)
_CELL_GAP = re.compile(r"\s{4,}")


def _blocks(lines: list[str]) -> list[tuple[list[str], bool]]:
    """The lines in runs of body text and of table rows: two or more lines in a row each
    drawn as two or more cells apart ("地区生产总值      2025年1506.2亿元")."""
    rows = [len(_CELL_GAP.split(line.strip())) >= 2 for line in lines]
    blocks: list[tuple[list[str], bool]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and rows[j] == rows[i]:
            j += 1
        table = rows[i] and j - i >= 2
        if blocks and blocks[-1][1] == table:
            blocks[-1][0].extend(lines[i:j])
        else:
            blocks.append((lines[i:j], table))
        i = j
    return blocks


# A page set in two columns: layout mode draws each line of the left column and the line of
# the right column beside it as one line, the right one starting at about the same place
_MIN_COLUMN_LINES = 5  # lines drawn as two columns before a page counts as set in two
_COLUMN_SHARE = 0.6  # of the lines with one wide gap, those starting the right column there
_MIN_COLUMN_WIDTH = 24  # half-width cells: a column holds text, not a table's label


def _columns(page: list[str]) -> list[str]:
    """A page set in two columns read column by column: the left column's lines, then the
    right column's (a paragraph indented in the right column keeps its indent). A page
    whose lines are not drawn so, or a table (cells short, or more than two), is kept."""
    split: list[tuple[int, int] | None] = []
    for line in page:
        body = line.lstrip()
        gaps = list(_CELL_GAP.finditer(body))
        if len(gaps) == 1 and gaps[0].start() > 0 and gaps[0].end() < len(body):
            at = len(line) - len(body)
            split.append((at + gaps[0].start(), at + gaps[0].end()))
        else:
            split.append(None)
    starts = Counter(s[1] for s in split if s is not None)
    if not starts:
        return page
    gutter = starts.most_common(1)[0][0]
    near = [s for s in split if s is not None and gutter <= s[1] <= gutter + 6]
    pairs = [(page[i][: s[0]], page[i][s[1] :]) for i, s in enumerate(split) if s in near]
    if (
        len(near) < _MIN_COLUMN_LINES
        or len(near) < _COLUMN_SHARE * sum(s is not None for s in split)
        or sorted(_width(a.strip()) for a, _ in pairs)[len(pairs) // 2] < _MIN_COLUMN_WIDTH
        or sorted(_width(b.strip()) for _, b in pairs)[len(pairs) // 2] < _MIN_COLUMN_WIDTH
    ):
        return page
    rows = [i for i, s in enumerate(split) if s in near]
    first, last = rows[0], rows[-1]
    left: list[str] = []
    right: list[str] = []
    after: list[str] = []
    for i in range(first, len(page)):
        line, s = page[i], split[i]
        if s in near and s is not None:
            left.append(line[: s[0]])
            right.append(" " * (s[1] - gutter) + line[s[1] :])
        elif _indent(line) >= gutter - 2:  # the right column's line beside an empty left
            right.append(" " * max(0, _indent(line) - gutter) + line.lstrip())
        elif i < last or len(line) < gutter:  # the left column's, beside an empty right
            left.append(line)
        else:  # across the page again, after the columns
            after = page[i:]
            break
    return page[:first] + left + right + after


# One space between two characters: what layout mode writes between glyphs drawn apart
_GLYPH_GAP = re.compile(r"(?<=\S) (?=\S)")
_SPACED_SHARE = 0.3  # of a page's lines letter-spaced, for the page to be set so


def _letter_spaced(line: str) -> bool:
    """The line is drawn glyph by glyph with letter spacing: "地 区 生 产 总 值 1 7 5 2 . 6"."""
    words = line.split()
    return len(words) >= 6 and sum(len(w) == 1 for w in words) >= 0.7 * len(words)


def _unspaced(page: list[str]) -> list[str]:
    """A page set with letter spacing (each glyph drawn apart, lines justified), read
    without the single spaces layout mode writes between its glyphs; indentation and wider
    gaps (a heading's "区长   唐启铭", a table's cells) are kept. Other pages as they are."""
    if sum(map(_letter_spaced, page)) < _SPACED_SHARE * len(page):
        return page
    return [x[: _indent(x)] + _GLYPH_GAP.sub("", x[_indent(x) :]) for x in page]


def _from_margin(page: list[str]) -> list[str]:
    """A page's lines with the page's own left margin taken off their indentation (layout
    mode may set a page's text a few spaces further right than the next page's)."""
    if not page:
        return page
    margin = Counter(_indent(x) for x in page).most_common(1)[0][0]
    return [x[min(margin, _indent(x)) :] for x in page]


def _page_lines(text: str) -> list[str]:
    """A page's non-empty lines, trailing spaces removed, leading spaces (indentation) kept."""
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def _furniture_key(line: str) -> str:
    """A line with its digits masked, so "第3页" and "第4页" compare equal."""
    return re.sub(r"\d+", "#", "".join(line.split()))


def _drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and running headers/footers from the top and bottom of each page: a
    line at the edge of at least half the pages, or of half the odd or the even pages (a
    printed report alternates its header: the title on one side, the office on the other)."""
    edges = Counter(
        key for page in pages for key in {_furniture_key(x) for x in page[:_EDGE] + page[-_EDGE:]}
    )
    repeated = {k for k, n in edges.items() if len(pages) >= 2 and n >= max(2, len(pages) // 2)}
    for side in (pages[0::2], pages[1::2]):  # (only a page's very first and last lines)
        ends = Counter(
            key
            for page in side
            if page  # (a page of nothing but drawings)
            for key in {_furniture_key(page[0]), _furniture_key(page[-1])}
        )
        repeated |= {k for k, n in ends.items() if n >= max(2, len(side) // 2)}
    out = []
    for page in pages:
        keep = []
        for i, line in enumerate(page):
            at_edge = i < _EDGE or i >= len(page) - _EDGE
            furniture = _PAGE_NUMBER.match(line.strip()) or _furniture_key(line) in repeated
            if not (at_edge and furniture):
                keep.append(line)
        out.append(keep)
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _width(line: str) -> int:
    """How wide a line is drawn, in half-width cells: a Chinese character takes two, so a
    line full of digits is not the longest only for holding the most characters."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _paragraphs(lines: list[str]) -> list[str]:
    """Join the lines of each paragraph."""
    if not lines:
        return []
    margin = Counter(_indent(x) for x in lines).most_common(1)[0][0]
    body = [_width(x) for x in lines if _indent(x) <= margin]
    width = sorted(body)[int(len(body) * 0.9)] if body else max(map(_width, lines))
    out: list[str] = []
    current = ""
    ended = True
    for i, line in enumerate(lines):
        text = " ".join(line.split())  # layout mode pads gaps with runs of spaces
        opens = i + 1 == len(lines) or _indent(lines[i + 1]) > margin + 1
        short = _width(line) < width * _SHORT
        # a heading between two paragraphs: no punctuation of its own at its end
        alone = short and opens and current[-1:] in _SENTENCE_END
        alone = alone and text[-1:] not in _SENTENCE_END + "，、,"
        if ended or alone or _indent(line) > margin + 1:
            if current:
                out.append(current)
            current = text
        else:
            current = _join(current, text)
        ended = short
    if current:
        out.append(current)
    return out


def _join(left: str, right: str) -> str:
    """Join a wrapped line to the next (`join_wrapped`)."""
    return join_wrapped(left, right)

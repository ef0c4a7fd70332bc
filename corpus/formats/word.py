"""Word (.docx) files: the body's paragraphs and tables in document order, one a line.

A paragraph Word numbers itself (a heading style with list numbering: "一、", "（一）") gets
its number written before its text, as the document shows it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from wenzheng.corpus.formats.table import table_lines
from wenzheng.corpus.text import join_wrapped


def docx_text(data: bytes) -> str:
    """Paragraph texts, and each table row as a line (`table_lines`), in reading order."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(data))
    numbering = _Numbering(document)
    notes = _notes(document)
    lines: list[str] = []
    # paragraphs of lines ended by manual breaks, in a row: text pasted from a PDF, a page a
    # paragraph, whose sentences run on over the pages (joined as one text)
    pasted: list[str] = []
    for element in _blocks(document.element.body):
        if element.tag == f"{_W}p":
            paragraph = Paragraph(element, document._body)
            text, label = _paragraph_text(element), numbering.label(paragraph)
            if not label and re.search(r"[\n\v]", text.rstrip()):
                pasted.append(text)
                continue
            lines.extend(_pasted_lines(pasted))
            pasted = []
            lines.append(label + _soft_breaks_joined(text))
            lines.extend(_notes_of(element, notes))
            lines.extend(_text_boxes(element))
        else:
            lines.extend(_pasted_lines(pasted))
            pasted = []
            grids = [row.cells for row in Table(element, document._body).rows]
            rows: list[list[str]] = []
            for grid in grids:
                cells: list[str] = []
                for i, cell in enumerate(grid):  # a merged cell repeats: blank its copies
                    merged = i and cell._tc is grid[i - 1]._tc
                    cells.append("" if merged else _cell_text(cell))
                rows.append(cells)
            lines.extend(table_lines(_two_row_heading(grids, rows)))
    lines.extend(_pasted_lines(pasted))
    return "\n".join(lines)


def _blocks(parent: Any) -> Any:
    """The paragraphs and tables of a body in order, those inside block content controls
    (w:sdt, which python-docx's block list skips) included; a control still showing its
    placeholder ("单击或点击此处输入文字。") holds no text of the document. A table of one
    column lays the page out, no data: its cells' paragraphs and tables are the body's."""
    for child in parent:
        if child.tag == f"{_W}tbl" and _one_column(child):
            for cell in child.iter(f"{_W}tc"):
                if cell.getparent().getparent() is child:  # (a nested table's cells are its own)
                    yield from _blocks(cell)
        elif child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt" and not _placeholder(child):
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content)


def _placeholder(sdt: Any) -> bool:
    """A content control showing its placeholder text instead of any entered."""
    props = sdt.find(f"{_W}sdtPr")
    return props is not None and props.find(f"{_W}showingPlcHdr") is not None


def _within(el: Any, stop: Any, test: Callable[[Any], bool]) -> bool:
    """Whether an element lies inside one that passes `test`, below `stop`."""
    ancestor = el.getparent()
    while ancestor is not None and ancestor is not stop:
        if test(ancestor):
            return True
        ancestor = ancestor.getparent()
    return False


def _not_said(el: Any) -> bool:
    """An element whose text the paragraph does not show (`_NOT_SAID`, a placeholder, a run
    formatted as hidden text: a drafter's note or an old figure kept out of print)."""
    return (
        el.tag in _NOT_SAID
        or (el.tag == f"{_W}sdt" and _placeholder(el))
        or (el.tag == f"{_W}r" and _hidden(el))
    )


def _hidden(run: Any) -> bool:
    """A run formatted as hidden text (Font ▸ Hidden: `w:vanish` not set off)."""
    props = run.find(f"{_W}rPr")
    vanish = props.find(f"{_W}vanish") if props is not None else None
    return vanish is not None and vanish.get(f"{_W}val") not in ("0", "false", "off")


def _text_boxes(p: Any) -> list[str]:
    """The paragraphs of the text boxes anchored in a paragraph, each a line after it (Word
    stores a text box twice, as a drawing and as the copy for old readers: read once)."""
    out: list[str] = []
    for box in p.iter(f"{_W}txbxContent"):
        # (not the old readers' copy, nor a box inside a box: read with it)
        if _within(box, p, lambda a: a.tag in (_MC_FALLBACK, f"{_W}txbxContent")):
            continue
        for inner in _blocks(box):
            if inner.tag == f"{_W}p":
                said = _soft_breaks_joined(_paragraph_text(inner))
                if said.strip():
                    out.append(said)
    return out


# Where a line break inside a paragraph ends a line of its own: after a sentence's or a
# clause list's closing mark, or before a heading's number or a dash-led line ("——2025年…")
_LINE_ENDS = re.compile(r"[。！？；：!?;:）)”」]\s*$")
_LINE_OPENS = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|——|第[一二三四五六七八九十]+[部章节]"
    # the address and the speaker's line of a report's opening ("各位代表：", "区长 韩立新")
    r"|各位代表|[区县市旗州]长[\s\u3000]+\S{2,4}\s*$)"
)


# A line indented as a paragraph's first line is ("　　2023年是…"): a paragraph of its own
_INDENTED = re.compile(r"\u3000|[ \t]{2,}")


def _pasted_lines(pasted: list[str]) -> list[str]:
    """The lines of paragraphs of manual line breaks, in a row: joined over the paragraphs
    when indented lines open the paragraphs of the text (a PDF pasted a page a paragraph),
    else each paragraph on its own."""
    pieces = [piece for text in pasted for piece in re.split(r"[\n\v]", text)]
    if any(_INDENTED.match(piece) for piece in pieces):
        return _soft_breaks_joined("\n".join(pasted)).split("\n")
    return [line for text in pasted for line in _soft_breaks_joined(text).split("\n")]


def _soft_breaks_joined(text: str) -> str:
    """A paragraph's manual line breaks (Shift+Enter, or text pasted from an e-mail or a
    PDF) joined where they fall inside a sentence ("…成功举办第三届冰雪" / "文化节。", "增长5" /
    ".1%"); a break after a closing mark (unless indented lines open the paragraphs), before
    a heading's number or before an indented line (a pasted paragraph's first) stays a line
    break."""
    pieces = re.split(r"[\n\v]", text)
    # (when indented lines open its paragraphs, a line not indented goes on with the one before,
    # whatever mark that ends with)
    indents = any(_INDENTED.match(piece) for piece in pieces[1:])
    out = pieces[0]
    for piece in pieces[1:]:
        if (
            not out.strip()
            or not piece.strip()
            or (_LINE_ENDS.search(out) and not indents)
            or _LINE_OPENS.match(piece)
            or _INDENTED.match(piece)
        ):
            out += "\n" + piece
        else:
            out = join_wrapped(out.rstrip(), piece.lstrip())
    return out


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _one_column(table: Any) -> bool:
    """A table whose every row holds one cell (a layout frame around the text)."""
    rows = table.findall(f"{_W}tr")
    return bool(rows) and all(len(row.findall(f"{_W}tc")) == 1 for row in rows)


def _cell_text(cell: Any) -> str:
    """A table cell's text on one line."""
    return " ".join(" ".join(_paragraph_text(x._p) for x in cell.paragraphs).split())


def _two_row_heading(grids: list[list[Any]], rows: list[list[str]]) -> list[list[str]]:
    """A table whose heading takes two rows, a cell of the first spanning columns the second
    names ("2022年" over "预期目标" and "实际完成"; the other headings merged down): one
    heading row, each spanned column named by both ("2022年预期目标")."""
    if len(grids) < 3 or len(grids[0]) != len(grids[1]):
        return rows
    top, sub = grids[0], grids[1]
    spans = [i for i in range(1, len(top)) if top[i]._tc is top[i - 1]._tc]
    if not spans:
        return rows
    heading = []
    for upper, lower in zip(top, sub, strict=True):
        said = _cell_text(upper)
        if lower._tc is not upper._tc and _cell_text(lower) not in ("", said):
            said += _cell_text(lower)
        heading.append(said)
    return [heading, *rows[2:]]


# Where a paragraph's text is not its own: a tracked deletion, the copy Word keeps for old
# readers of a drawing, a text box's own paragraphs
_NOT_SAID = frozenset({f"{_W}del", f"{_W}moveFrom", _MC_FALLBACK, f"{_W}txbxContent"})
_SAID = {
    f"{_W}t",
    f"{_W}br",
    f"{_W}cr",
    f"{_W}tab",
    f"{_W}ptab",
    f"{_W}noBreakHyphen",
    f"{_W}sym",
}
# A symbol font's character (w:sym, its code in the font's own table, often written in the
# private range F000-F0FF) as Unicode: the ticks, crosses and signs of a table
_SYMBOLS = {
    "symbol": {
        0xB4: "×",
        0xD6: "√",
        0xB3: "≥",
        0xA3: "≤",
        0xB1: "±",
        0xB0: "°",
        0xB8: "÷",
        0xAE: "→",
        0xAC: "←",
        0xAD: "↑",
        0xAF: "↓",
        0xB7: "•",
        0xD7: "·",
        0xB9: "≠",
        0xBB: "≈",
        0xA5: "∞",
        0xE0: "◊",
        0xB2: "″",
        0xA2: "′",
    },
    "wingdings": {0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0xA8: "☐", 0x9F: "•", 0x6C: "●"},
    "wingdings 2": {0x50: "✓", 0x4F: "✗", 0x52: "☑", 0x54: "☒", 0xA3: "☐"},
}


def _paragraph_text(p: Any) -> str:
    """A paragraph's text as Word shows it with changes accepted: runs inside tracked
    insertions, content controls, smart tags, fields and hyperlinks too (python-docx's
    `Paragraph.text` reads only the paragraph's own runs), none a tracked deletion holds."""
    out: list[str] = []
    for el in p.iter(*_SAID):
        if _within(el, p, _not_said):
            continue
        if el.tag == f"{_W}t":
            out.append(el.text or "")
        elif el.tag == f"{_W}br":
            out.append("\n" if el.get(f"{_W}type") in (None, "textWrapping") else "")
        elif el.tag == f"{_W}noBreakHyphen":
            out.append("-")
        elif el.tag == f"{_W}sym":
            out.append(_symbol(el.get(f"{_W}font") or "", el.get(f"{_W}char") or ""))
        else:
            out.append("\n" if el.tag == f"{_W}cr" else "\t")
    return "".join(out)


def _symbol(font: str, char: str) -> str:
    """The Unicode character of a symbol font's character code, "" for one not known."""
    try:
        code = int(char, 16)
    except ValueError:
        return ""
    return _SYMBOLS.get(font.lower(), {}).get(code & 0xFF if code >= 0xF000 else code, "")


_NOTE_PARTS = {
    "footnoteReference": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
    "endnoteReference": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes",
}


def _notes(document: Any) -> dict[tuple[str, str], str]:
    """The document's footnotes and endnotes: (reference tag, id) → the note's text."""
    from lxml import etree

    found: dict[tuple[str, str], str] = {}
    for tag, reltype in _NOTE_PARTS.items():
        for rel in document.part.rels.values():
            if rel.reltype != reltype or rel.is_external:
                continue
            root = etree.fromstring(rel.target_part.blob)
            for note in root:
                if note.get(f"{_W}type") not in (None, "normal"):
                    continue  # the separator lines Word draws above the notes
                said = "".join(_paragraph_text(p) for p in note.iter(f"{_W}p")).strip()
                if said:
                    found[(tag, note.get(f"{_W}id") or "")] = " ".join(said.split())
    return found


def _notes_of(p: Any, notes: dict[tuple[str, str], str]) -> list[str]:
    """The notes a paragraph refers to, each a line after it ("注：…"), as a printed page
    shows them below the text (a note on a figure is read with its part of the report)."""
    out = []
    for tag in _NOTE_PARTS:
        for ref in p.iter(f"{_W}{tag}"):
            text = notes.get((tag, ref.get(f"{_W}id") or ""))
            if text:
                out.append(f"注：{text}")
    return out


_CHINESE_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (Word's chineseCounting)."""
    if n < 10:
        return _CHINESE_DIGITS[n]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else _CHINESE_DIGITS[tens] if tens < 10 else _chinese(tens)
    return head + "十" + (_CHINESE_DIGITS[units] if units else "")


def _roman(n: int) -> str:
    out = ""
    for value, word in zip(
        (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
        ("M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"),
        strict=True,
    ):
        while n >= value:
            out, n = out + word, n - value
    return out


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "chineseLegalSimplified": _chinese,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if n <= 20 else str(n),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": lambda n: chr(ord("A") + (n - 1) % 26),
    "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26),
}


class _Numbering:
    """Word's list numbering, counted through the document: the label each numbered
    paragraph shows ("一、", "（二）", "3."), bullets and unknown formats left out."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → level → …
        self.counts: dict[str, dict[int, int]] = {}
        self.abstract_of: dict[str, str] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for a in root.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in a.iter(f"{_W}lvl"):
                start, fmt, text = (
                    lvl.find(f"{_W}start"),
                    lvl.find(f"{_W}numFmt"),
                    lvl.find(f"{_W}lvlText"),
                )
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                    int(start.get(f"{_W}val", "1")) if start is not None else 1,
                    fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{_W}val", "") if text is not None else "",
                )
            abstract[a.get(f"{_W}abstractNumId")] = levels
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None and ref.get(f"{_W}val") in abstract:
                self.abstract_of[num.get(f"{_W}numId")] = ref.get(f"{_W}val")
                self.levels[num.get(f"{_W}numId")] = abstract[ref.get(f"{_W}val")]

    def label(self, paragraph: Any) -> str:
        """The number Word shows before a paragraph, or ""."""
        num_id, ilvl = _num_pr(paragraph)
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        counts = self.counts.setdefault(self.abstract_of[num_id or ""], {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a new item restarts the levels under it
        text = levels[ilvl][2]
        if levels[ilvl][1] not in _FORMATS:
            return ""  # a bullet ("", a symbol font's dot), or no number at all
        for k in range(ilvl + 1):
            start, fmt, _ = levels.get(k, (1, "decimal", ""))
            form = _FORMATS.get(fmt)
            if f"%{k + 1}" in text and form is None:
                return ""  # a bullet, or a format not written out here
            if form is not None:
                text = text.replace(f"%{k + 1}", form(counts.get(k, start)))
        return text if not re.search(r"%\d", text) else ""


def _num_pr(paragraph: Any) -> tuple[str | None, int]:
    """The list (numId) and level of a paragraph's numbering, set on it or its style."""
    num_id, ilvl = None, None
    elements = [paragraph._p]
    style = paragraph.style
    while style is not None:
        elements.append(style.element)
        style = style.base_style
    for element in elements:
        ppr = element.find(f"{_W}pPr")
        npr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if npr is None:
            continue
        if num_id is None and npr.find(f"{_W}numId") is not None:
            num_id = npr.find(f"{_W}numId").get(f"{_W}val")
        if ilvl is None and npr.find(f"{_W}ilvl") is not None:
            ilvl = int(npr.find(f"{_W}ilvl").get(f"{_W}val", "0"))
    return (None if num_id == "0" else num_id), ilvl or 0

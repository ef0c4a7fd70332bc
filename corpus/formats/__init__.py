"""Readers that turn a published report file into plain text, one paragraph a line.

`.txt` (UTF-8, UTF-8 with BOM, GB18030), `.docx` (Word), `.pdf` (the text layer) and saved
`.html`/`.htm` pages. The loader parses the text these return exactly as it parses a `.txt`.
"""

from __future__ import annotations

import re
from pathlib import Path

from wenzheng.corpus.text import unified_ideographs

from wenzheng.errors import CorpusError

SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")


def supported(path: Path) -> bool:
    """True for a file the corpus reads as a report (sidecars and others are not)."""
    return path.suffix.lower() in SUFFIXES and not path.name.startswith(".")


def read_text(path: Path) -> str:
    """The text of a report file, paragraphs on their own lines (CorpusError naming the file);
    a title set with spaces between its characters ("政 府 工 作 报 告") is one word again,
    and radicals standing for ideographs are the ideographs."""
    # invisible format characters a page or a file sets inside words and numbers (a zero-width
    # space, a soft hyphen, a byte-order mark, "4\u200b98家"): the text as it reads
    text = _INVISIBLE.sub("", _read(path))
    text = _SPACED_OUT.sub(lambda m: re.sub(r"[ \t\u3000]+", "", m.group(0)), text)
    text = without_contents(text)
    # a PDF's radicals for ideographs ("地区⽣产总值增⻓"): the text as it reads
    text = unified_ideographs(text)
    # full-width digits as ASCII ones ("到２０３０年", "７７．８％"): one way to write a figure
    text = _WIDE_NUMBER.sub(lambda m: m.group(0).translate(_WIDE), text)
    # a number cut at a page's end, "增长5." | "5%左右" (a CMS's pages, a PDF's): one number
    text = _CUT_NUMBER.sub("", text)
    # an infographic's arrows are a rise and a fall ("1108.6亿元 ↑6.3%")
    return _ARROW.sub(lambda m: ("增长" if m.group(1) in "↑⬆" else "下降") + m.group(2), text)


# Unicode's format characters (category Cf) a Chinese text may hold: soft hyphens, zero-width
# spaces and joiners, direction marks, word joiners, byte-order marks
_INVISIBLE = re.compile(
    r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)

# A line ending on a decimal point, the next opening with the number's digits: no sentence
# of a report ends so ("1." opens a list item, at the start of its line)
_CUT_NUMBER = re.compile(r"(?<=\d\.)[ \t\u3000]*\n+[ \t\u3000]*(?=\d)")


def without_contents(text: str) -> str:
    """The text without a table of contents: its "目录" line and its entries, each a heading,
    a leader of dots and a page number ("三、2026年重点工作 ……………… 2"), which would
    otherwise be read as the report's part headings before the report begins."""
    entries = _CONTENTS_ENTRY.findall(text)
    if len(entries) >= 2:
        return _CONTENTS_TITLE.sub("", _CONTENTS_ENTRY.sub("", text))
    # Word's own table of contents: each entry its heading, a tab and the page number
    # ("\t一、“十三五”时期和2020年工作回顾\t3"), right after the title line
    title = _CONTENTS_TITLE.search(text)
    if title is None:
        return text
    end = title.end()
    while entry := _TABBED_ENTRY.match(text, end):
        end = entry.end()
    if len(_TABBED_ENTRY.findall(text[title.end() : end])) < 2:
        return text
    return text[: title.start()] + text[end:]


# An entry of a table of contents, and its title line ("目　录", "目 录", "目录")
_CONTENTS_ENTRY = re.compile(
    r"^[^\n]{2,60}?[ \t\u3000]*(?:[.·•…．‥_]\s*){4,}[ \t\u3000]*\d{1,4}[ \t]*$\n?", re.M
)
_TABBED_ENTRY = re.compile(r"[ \t\u3000]*[^\n\t]{2,60}?\t[ \t\u3000]*\d{1,4}[ \t]*(?:\n|$)")
_CONTENTS_TITLE = re.compile(r"^[ \t\u3000]*目[ \t\u3000]*录[ \t\u3000]*$\n?", re.M)


_WIDE = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
# a run of full-width digits, with a full-width point between two and a percent sign after
_WIDE_NUMBER = re.compile(r"[０-９]+(?:．[０-９]+)?％?")


_ARROW = re.compile(r"([↑⬆↓⬇])\s*(\d)")


# A line of single Chinese characters set apart by spaces, as a title is set for print
_SPACED_OUT = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){2,}[ \t\u3000]*$", re.M
)


def _read(path: Path) -> str:
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        if suffix == ".txt":
            from wenzheng.corpus.formats.plain import decode, unwrapped

            return unwrapped(decode(data))
        if suffix == ".docx":
            from wenzheng.corpus.formats.word import docx_text

            return docx_text(data)
        if suffix == ".pdf":
            from wenzheng.corpus.formats.pdf import pdf_text

            return pdf_text(data)
        if suffix in (".html", ".htm"):
            from wenzheng.corpus.formats.html import html_text

            return html_text(data)
    except CorpusError as exc:
        raise CorpusError(f"{path}: {exc}") from exc
    except Exception as exc:  # a damaged file: one line naming it, not a library traceback
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise CorpusError(f"cannot read {path} as {suffix[1:]}: {first}") from exc
    raise CorpusError(f"{path}: unsupported format (use one of {', '.join(SUFFIXES)})")

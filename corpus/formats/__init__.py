"""Readers that turn a published report file into plain text, one paragraph a line.

`.txt` (UTF-8, UTF-8 with BOM, GB18030), `.docx` (Word), `.pdf` (the text layer) and saved
`.html`/`.htm` pages. The loader parses the text these return exactly as it parses a `.txt`.
"""

from __future__ import annotations

from pathlib import Path

from wenzheng.errors import CorpusError

SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")


def supported(path: Path) -> bool:
    """True for a file the corpus reads as a report (sidecars and others are not)."""
    return path.suffix.lower() in SUFFIXES and not path.name.startswith(".")


def read_text(path: Path) -> str:
    """The text of a report file, paragraphs on their own lines (CorpusError naming the file)."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        if suffix == ".txt":
            from wenzheng.corpus.formats.plain import decode

            return decode(data)
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

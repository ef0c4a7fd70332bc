"""Plain text files: UTF-8 (with or without BOM), UTF-16 (Notepad's "Unicode", with its BOM or
told by its zero bytes), else GB18030 (which covers GBK and GB2312). A file saved with hard
line wraps at one width (a paragraph broken every 38 characters, even inside a number) has
its paragraphs' lines joined again."""

from __future__ import annotations

from collections import Counter

from wenzheng.corpus.text import join_wrapped

from wenzheng.errors import CorpusError

# A file is hard-wrapped when this share of its lines is one length (give or take one), and
# that length is at least `_MIN_WRAP` characters; a report's own lines are paragraphs of all
# lengths
_WRAPPED_SHARE = 0.5
_MIN_WRAP = 20
_MIN_LINES = 20
_INDENT = ("\u3000", " ", "\t")  # what a paragraph's first line opens with


def decode(data: bytes) -> str:
    """Decode a text file's bytes; line ends become "\\n"."""
    utf16 = _utf16(data)
    for encoding in ((utf16,) if utf16 else ()) + ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError as exc:
            error = exc
    else:
        raise CorpusError(
            f"is neither UTF-8 nor GB18030 text (byte {error.object[error.start]:#04x} at "
            f"{error.start}); save it as UTF-8"
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf16(data: bytes) -> str | None:
    """The UTF-16 codec a file is written in, from its byte-order mark or, without one, from
    its zero bytes (no UTF-8 or GB18030 text has any): the high byte of its ASCII (digits,
    line ends) is zero, after the low one in little-endian order; None otherwise."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    head = data[:4000]
    if len(head) < 4 or b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 2 * even:
        return "utf-16-le"
    if even > 2 * odd:
        return "utf-16-be"
    return None


def unwrapped(text: str) -> str:
    """The text with the lines of each hard-wrapped paragraph joined (`join_wrapped`: no space
    between Chinese characters, nor inside a number cut at the wrap, "年均增长5" + ".0%"); a
    line as long as the wrap goes on in the next one unless that one is blank or indented.
    Text not wrapped so comes back as it is."""
    lines = text.split("\n")
    lengths = [len(line) for line in lines if line.strip()]
    if len(lengths) < _MIN_LINES:
        return text
    wrap = Counter(lengths).most_common(1)[0][0]
    near = sum(1 for n in lengths if abs(n - wrap) <= 1)
    if wrap < _MIN_WRAP or near < _WRAPPED_SHARE * len(lengths):
        return text
    out: list[str] = []
    full = False
    for line in lines:
        if full and line.strip() and not line.startswith(_INDENT):
            out[-1] = join_wrapped(out[-1], line)
        else:
            out.append(line)
        full = len(line) >= wrap - 1
    return "\n".join(out)

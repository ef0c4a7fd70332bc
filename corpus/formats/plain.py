"""Plain text files: UTF-8 (with or without BOM), UTF-16 (Notepad's "Unicode", with its BOM or
told by its zero bytes), else GB18030 (which covers GBK and GB2312)."""

from __future__ import annotations

from wenzheng.errors import CorpusError


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

"""Plain text files: UTF-8 (with or without BOM), else GB18030 (which covers GBK and GB2312)."""

from __future__ import annotations

from wenzheng.errors import CorpusError


def decode(data: bytes) -> str:
    """Decode a text file's bytes; line ends become "\\n"."""
    for encoding in ("utf-8-sig", "gb18030"):
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

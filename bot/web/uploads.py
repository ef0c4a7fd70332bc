"""Read an uploaded draft: UTF-8 or GB18030 text, or the paragraphs of a .docx file.

A .docx is a zip of XML; only `word/document.xml` is read, with a cap on its unpacked size
(a small zip can unpack to gigabytes) and no DTDs or entities accepted.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from wenzheng.errors import InputError

MAX_UNPACKED = 20_000_000  # bytes of document.xml
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_draft(filename: str, data: bytes) -> str:
    """The text of an uploaded .txt or .docx draft (InputError for anything else)."""
    name = filename.lower()
    if name.endswith(".docx"):
        return docx_text(data)
    if name.endswith(".txt") or not name:
        return decode_text(data)
    raise InputError("只支持 .txt 或 .docx 文件")


def decode_text(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), else GB18030, the encodings reports come in."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("无法识别文件编码（请使用 UTF-8 或 GB18030）")


def docx_text(data: bytes) -> str:
    """The paragraphs of a .docx body (tables included), one per line."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_UNPACKED:
                raise InputError("文档过大")
            xml = archive.read(info)
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise InputError("无法读取 .docx 文件") from exc
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise InputError("无法读取 .docx 文件")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise InputError("无法读取 .docx 文件") from exc
    paragraphs = []
    for p in root.iter(f"{_W}p"):
        parts = []
        for node in p.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag in (f"{_W}tab", f"{_W}br"):
                parts.append(" " if node.tag == f"{_W}tab" else "\n")
        paragraphs.append("".join(parts))
    return "\n".join(p for p in paragraphs if p.strip())

"""Batch files people hand us: decoded strictly, read line by line, one result a line.

Shared by `ask --batch` and `check --batch`. A file that cannot be decoded is refused as a
whole before any work (one line naming it); a line that is not a usable item becomes an
error object for that line only. What a line holds is checked by the command.
"""

from __future__ import annotations

import codecs
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wenzheng.errors import InputError, WenzhengError

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 200 * 1024 * 1024  # far beyond any batch a person prepares


@dataclass(frozen=True)
class BatchItem:
    """One line of a batch: its id, its fields, or why it cannot be used."""

    line: int
    id: Any
    fields: dict[str, Any] = field(default_factory=dict)
    error: str = ""


def read_text(path: Path, what: str = "file") -> str:
    """A text file as UTF-8 (a BOM is fine) or BOM-marked UTF-16; InputError otherwise."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"{path} is larger than {MAX_FILE_BYTES // 2**20} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {what} {path}: {exc.strerror or exc}") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", path)
    return _decode(data, "utf-8-sig", path)


def _decode(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        guess = "UTF-16 without a BOM" if b"\x00" in data[:512] else "GBK/GB18030 or similar"
        raise InputError(
            f"{path} is not {encoding.removesuffix('-sig').upper()} text (byte "
            f"{data[exc.start]:#04x} at offset {exc.start}; {guess}?): save it as UTF-8"
        ) from None


def read_items(path: Path, key: str) -> Iterator[BatchItem]:
    """The items of a JSONL batch, each needing a string `key` ("question", "claim").

    The whole file is decoded first, so an encoding problem stops the batch before any
    work; a bad line becomes an item with an error and the batch goes on.
    """
    text = read_text(path, "batch file")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        default_id = f"line {number}"
        try:
            data = json.loads(line)
        except ValueError as exc:
            yield BatchItem(number, default_id, error=f"line {number} is not JSON ({exc})")
            continue
        if not isinstance(data, dict):
            yield BatchItem(number, default_id, error=f"line {number} is not a JSON object")
            continue
        item_id = data.get("id", default_id)
        value = data.get(key)
        if not isinstance(value, str):
            got = "nothing" if value is None else type(value).__name__
            yield BatchItem(number, item_id, data, f'"{key}" must be a string, got {got}')
            continue
        yield BatchItem(number, item_id, data)


def error_line(item_id: Any, message: str, as_json: bool) -> str:
    """The output line of an item that failed: `{"id": …, "error": "…"}` in JSON."""
    if as_json:
        return json.dumps({"id": item_id, "error": message}, ensure_ascii=False)
    return f"## {item_id}: error: {message}\n"


def results(
    items: Iterator[BatchItem], handle: Callable[[BatchItem], str], as_json: bool
) -> Iterator[str]:
    """Output lines, one per item, as each is done.

    The item's fault (bad line, unusable question, an unexpected failure on that input)
    gives its error line and the batch goes on; the service's fault (Chroma server lost,
    index or model unusable) stops the batch with an error saying how far it got.
    """
    done, last = 0, None
    for item in items:
        if item.error:
            line = error_line(item.id, item.error, as_json)
        else:
            try:
                line = handle(item)
            except InputError as exc:
                line = error_line(item.id, str(exc), as_json)
            except WenzhengError as exc:
                where = f"after {done} item(s), the last {last!r}" if done else "at the first item"
                raise type(exc)(f"{exc}; the batch stopped {where}") from exc
            except Exception as exc:  # noqa: BLE001 - this input broke something: say so, go on
                log.warning("item %r failed: %s: %s", item.id, type(exc).__name__, exc)
                log.info("traceback of item %r", item.id, exc_info=True)
                line = error_line(item.id, f"internal error ({type(exc).__name__})", as_json)
        done, last = done + 1, item.id
        yield line

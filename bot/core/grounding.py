"""The grounding rule: the numbers of an answer that its cited quotes do not hold.

One rule, shared by the eval's `ungrounded answers` metric and the check of generated
answers (`wenzheng.bot.generate.guard`), so that what the guard lets through is exactly
what the eval counts as grounded. A number is a digit string with an optional decimal part
(1620, 7.5, 2.65, 2019), read after NFKC with thousands commas dropped; Chinese numerals
are not read. Citation markers ("[1]") are not numbers of the answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
CITATION_MARKER = re.compile(r"\[(\d{1,3})\]")


def numbers_in(text: str) -> list[str]:
    """The digit strings of a text in order (1620, 7.5, 2019); thousands commas dropped."""
    text = _THOUSANDS.sub("", unicodedata.normalize("NFKC", text))
    return _NUMBER.findall(text)


def strip_markers(text: str) -> str:
    """The text without its citation markers ("1620亿元[1]。" → "1620亿元。")."""
    return CITATION_MARKER.sub("", text)


def ungrounded_numbers(text: str, quotes: Iterable[str]) -> list[str]:
    """Numbers of `text` (markers aside) that none of the quotes contains, each once."""
    quoted = set(numbers_in("\n".join(quotes)))
    return [n for n in dict.fromkeys(numbers_in(strip_markers(text))) if n not in quoted]

"""The grounding rule: the numbers of an answer that its cited quotes do not hold.

One rule, shared by the eval's `ungrounded answers` metric and the check of generated
answers (`wenzheng.bot.generate.guard`), so that what the guard lets through is exactly
what the eval counts as grounded. A number is a digit string with an optional decimal part
(1620, 7.5, 2.65, 2019), read after NFKC with thousands commas dropped; Chinese numerals
are not read. Citation markers ("[1]") are not numbers of the answer.

A number of the answer is grounded when a quote holds the same digit string, or the same
value once each side's written magnitude is applied: an English sentence's "162 billion"
is the quote's "1620亿" (1.62e11 both), "35,000" is "3.5万". Magnitudes are the English
words thousand, million, billion, trillion and the Chinese 万, 百万, 千万, 亿, 百亿, 千亿,
万亿 written right after the digits; the value is exact decimal arithmetic, never a rounding.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# A number with the magnitude written after it; the digits are exactly `_NUMBER`'s.
_SCALED = re.compile(
    r"(\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion)(?![a-z])|(万亿|千亿|百亿|千万|百万|亿|万))?",
    re.IGNORECASE,
)
_POWERS = {
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
    "万": 4,
    "百万": 6,
    "千万": 7,
    "亿": 8,
    "百亿": 10,
    "千亿": 11,
    "万亿": 12,
}
CITATION_MARKER = re.compile(r"\[(\d{1,3})\]")


def _plain(text: str) -> str:
    """NFKC with thousands commas dropped: the form numbers are read in."""
    return _THOUSANDS.sub("", unicodedata.normalize("NFKC", text))


def numbers_in(text: str) -> list[str]:
    """The digit strings of a text in order (1620, 7.5, 2019); thousands commas dropped."""
    return _NUMBER.findall(_plain(text))


def values_in(text: str) -> list[tuple[str, Decimal]]:
    """Each digit string of a text with its value, magnitude applied ("1620亿" → 1.62e11)."""
    out = []
    for m in _SCALED.finditer(_plain(text)):
        scale = (m.group(2) or m.group(3) or "").lower()
        out.append((m.group(1), Decimal(m.group(1)).scaleb(_POWERS.get(scale, 0))))
    return out


def strip_markers(text: str) -> str:
    """The text without its citation markers ("1620亿元[1]。" → "1620亿元。")."""
    return CITATION_MARKER.sub("", text)


def ungrounded_numbers(text: str, quotes: Iterable[str]) -> list[str]:
    """Numbers of `text` (markers aside) that no quote holds, as digits or as value, each once."""
    joined = "\n".join(quotes)
    digits = set(numbers_in(joined))
    values = {value for _, value in values_in(joined)}
    answer = values_in(strip_markers(text))
    return list(dict.fromkeys(n for n, v in answer if n not in digits and v not in values))

"""Chinese place names written in pinyin in an English question ("Zhangjiagang's GDP").

An English question names a place in pinyin. The reports' own places (and their cities and
provinces) are English words of the lexicon (`service.with_place_names`); a capitalized word
that reads as two or more pinyin syllables and is none of them names a place the corpus does
not cover. No list of places: the syllables come from pypinyin's dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

# A capitalized word used as a place: "Zhangjiagang's", "Kunshan District", "in Kunshan"
_WORD = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]{3,})(?:['’]s\b|(?= (?:[Dd]istrict|[Cc]ounty|[Cc]ity)\b))"
    r"|\b(?:in|of|for|at|from) ([A-Z][a-z]{3,})\b"
)
MIN_SYLLABLES = 2  # "Gulou", "Zhangjiagang": a one-syllable word is rarely a place name


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (a, ai, …, zuo)."""
    from pypinyin import lazy_pinyin
    from pypinyin.constants import PINYIN_DICT

    chars = "".join(chr(c) for c in PINYIN_DICT if 0x4E00 <= c <= 0x9FFF)
    return frozenset(s for s in lazy_pinyin(chars) if s.isalpha() and s.isascii())


def syllable_count(word: str) -> int:
    """How many pinyin syllables a word splits into (0 when it does not split)."""
    word = word.lower()
    known = syllables()
    best: list[int] = [0] + [-1] * len(word)  # best[i]: syllables covering word[:i]
    for i in range(1, len(word) + 1):
        for j in range(max(0, i - 6), i):
            if best[j] >= 0 and word[j:i] in known:
                best[i] = max(best[i], best[j] + 1)
    return max(best[-1], 0)


def foreign_pinyin_place(
    question: str,
    known: Iterable[str],
    english_words: Iterable[str],
    in_reports: Callable[[str], bool] = lambda word: False,
) -> str:
    """A capitalized pinyin name in an English question that is no place the corpus knows
    ("Zhangjiagang"), nor the pinyin of a report word (`in_reports`: "Xuzhuang" of 徐庄软件园),
    or ""."""
    known_lower = {k.replace(" ", "").lower() for k in known}
    common = {w.lower() for w in english_words}
    for m in _WORD.finditer(question):
        word = m.group(1) or m.group(2)
        if word.lower() in known_lower or word.lower() in common or in_reports(word):
            continue
        if syllable_count(word) >= MIN_SYLLABLES:
            return word
    return ""

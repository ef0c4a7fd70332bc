"""Slips of the keyboard and of pinyin input, corrected against the corpus's own words.

A citizen typing pinyin picks a same-sounding character by mistake: 鼓搂 for 鼓楼, 电题 for
电梯, 棚护区 for 棚户区. `Speller` learns the words of the loaded reports and, for a stretch
of a question that no report contains, proposes the report word that sounds the same
(toneless pinyin, in any reading of its characters, as fuzzy input methods hear it: zh/z,
ch/c, sh/s, -ng/-n) and differs in at most a third of its characters. There is no list of known
typos: the vocabulary is whatever the corpus says, so new reports bring their own names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from functools import lru_cache

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
MIN_LEN, MAX_LEN = 2, 6  # stretches of a question looked at, in characters
MIN_NAME_LETTERS = 6  # a name in pinyin read as the start of a longer word ("Wuxiang")
MIN_WRITTEN_LETTERS = 7  # a name in pinyin looked for as characters in a row ("Qingfengwan")
MAX_SYLLABLES = 5
MIN_WRITTEN_CHARS = 3  # a Chinese stretch looked for by sound in the reports' text
# A stretch holding a wording character is a slip only this long, with three characters of
# others and that one character the slip ("会通数智园" for 汇通数智园: 会 is also 会不会's)
MIN_WORDED_LEN = 4
# A stretch holding a question or function character is wording, not a misspelt term
# ("想在开个小店" is no slip for 现在, fuzzy as xiang and xian sound), unless it is a long name
# with that one character slipped (`MIN_WORDED_LEN`)
_WORDING_CHARS = frozenset(
    "啥吗呢么哪几谁怎多少是不没有了的吧啊呀去今明年想在要给把让被就都也还再又很太更会能可"
)


def _pinyin(text: str) -> tuple[str, ...]:
    """Toneless pinyin of a text, read in context ("银行" → yin hang)."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(text))


def _fuzzy(sound: Sequence[str]) -> tuple[str, ...]:
    """A sound as pinyin input methods' fuzzy setting hears it: zh/ch/sh as z/c/s and a
    final -ng as -n (汤三 typed for 汤山)."""
    return tuple(_FUZZY_END.sub("n", _FUZZY_START.sub(r"\1", s)) for s in sound)


_FUZZY_START = re.compile(r"^([zcs])h")
_FUZZY_END = re.compile(r"ng$")


def _readings(text: str, most: int = 8) -> Iterator[tuple[str, ...]]:
    """A stretch's sounds: its usual reading, then (read only when asked for) the other
    readings of its characters (陆合 is also liu he, the sound of 六合)."""
    from itertools import islice, product

    from pypinyin import Style, pinyin

    usual = _pinyin(text)
    yield usual
    for other in islice(product(*pinyin(text, style=Style.NORMAL, heteronym=True)), most):
        if other != usual:
            yield other


def _spellings(word: str, usual: str, most: int = 8) -> list[str]:
    """A word's pinyin run together, in its `usual` reading and in the other readings of its
    characters (湫 is read jiao in 石湫's usual reading, qiu by the people who live there)."""
    from itertools import islice, product

    from pypinyin import Style, pinyin

    readings = pinyin(word, style=Style.NORMAL, heteronym=True)
    others = ("".join(r) for r in islice(product(*readings), most))
    return list(dict.fromkeys([usual, *others]))


class Speller:
    """Corrects same-sounding slips in a question against a vocabulary of report words."""

    def __init__(
        self,
        words: Iterable[str],
        corpus_text: Container[str],
        cut: Callable[[str], list[str]],
        is_common: Callable[[str], bool] = lambda w: False,
    ) -> None:
        self.corpus_text = corpus_text
        self.cut = cut  # the word segmenter: a stretch never starts or ends inside a word
        self.is_common = is_common  # everyday words a 2-character stretch must not replace
        self._by_sound: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._spelt: dict[str, set[str]] | None = None  # words by their pinyin run together
        self._usual: dict[str, str] = {}  # each word's usual reading, run together
        for word in words:
            if MIN_LEN <= len(word) <= MAX_LEN and _CJK_RUN.fullmatch(word):
                sound = _pinyin(word)
                self._by_sound[_fuzzy(sound)].add(word)
                self._usual[word] = "".join(sound)

    def sounds_like_a_word(self, latin: str) -> bool:
        """True when a word in pinyin spells a report word ("Xuzhuang" for 徐庄)."""
        return latin.lower() in self._spellings()

    def word_spelt(self, latin: str) -> str | None:
        """The one report word a word in pinyin spells ("Shiqiu" for 石湫, in any reading of
        its characters), None when it spells none or several."""
        latin = latin.lower()
        spellings = self._spellings()
        words = spellings.get(latin, set())
        if not words and len(latin) >= MIN_NAME_LETTERS:  # "Wuxiang": 无想山, the mountain
            starting = {w for s, ws in spellings.items() if s.startswith(latin) for w in ws}
            shortest = min((len(w) for w in starting), default=0)
            words = {w for w in starting if len(w) == shortest}
        if not words and len(latin) >= MIN_WRITTEN_LETTERS:
            # a name the word cutter split ("青枫" + "湾"): its characters as the reports write
            # them, in a row ("Qingfengwan" → 青枫湾)
            written = _written_as(latin, getattr(self.corpus_text, "texts", ()))
            return written if written is not None and _CJK_RUN.fullmatch(written) else None
        return next(iter(words)) if len(words) == 1 else None

    def _spellings(self) -> dict[str, set[str]]:
        """Every report word under each way of spelling it in toneless pinyin."""
        if self._spelt is None:
            spelt: dict[str, set[str]] = defaultdict(set)
            for word, usual in self._usual.items():
                for spelling in _spellings(word, usual):
                    spelt[spelling].add(word)
            self._spelt = dict(spelt)
        return self._spelt

    def correct(self, text: str) -> str:
        """The text with each unknown stretch replaced by the one report word it sounds like."""
        out = text
        for run in _CJK_RUN.findall(text):
            for wrong, right in self._fixes(run):
                out = out.replace(wrong, right)
        return out

    def _fixes(self, run: str) -> list[tuple[str, str]]:
        """(misspelt stretch, report word) pairs in a run of Chinese, longest first."""
        fixes: list[tuple[str, str]] = []
        taken = [False] * len(run)
        bounds, pos = {0}, 0
        for token in self.cut(run):
            pos += len(token)
            bounds.add(pos)
        for size in range(min(MAX_LEN, len(run)), MIN_LEN - 1, -1):
            for start in range(len(run) - size + 1):
                if any(taken[start : start + size]):
                    continue
                if start not in bounds or start + size not in bounds:
                    continue  # "新建一个": 建一 straddles two words, it is no slip
                stretch = run[start : start + size]
                right = self._match(stretch)
                if right:
                    fixes.append((stretch, right))
                    taken[start : start + size] = [True] * size
        return fixes

    def _match(self, stretch: str) -> str | None:
        """The single report word that sounds like an unknown stretch, or None."""
        wording = _WORDING_CHARS & set(stretch)
        if wording and (len(stretch) < MIN_WORDED_LEN or len(set(stretch) - wording) < 3):
            return None
        candidates: list[str] = []
        for sound in _readings(stretch):
            candidates = [w for w in self._by_sound.get(_fuzzy(sound), ()) if _close(stretch, w)]
            if candidates:
                break  # the usual reading first: another only when it sounds like nothing
        if not candidates and len(stretch) >= MIN_WRITTEN_CHARS and stretch not in self.corpus_text:
            # a name the word cutter split ("青枫" + "湾"): the reports' characters in a row
            # that sound like it ("青峰湾" → 青枫湾)
            written = _sounding(stretch, getattr(self.corpus_text, "texts", ()))
            candidates = [written] if written is not None and _close(stretch, written) else []
        if len(candidates) != 1:
            return None
        # checked last: a search of the whole corpus text costs more than a sound lookup
        if stretch in self.corpus_text:
            return None
        if len(stretch) == MIN_LEN and self.is_common(stretch):
            return None  # "大师" is a word of its own, not a slip for 大使
        if wording and sum(a != b for a, b in zip(stretch, candidates[0], strict=False)) > 1:
            return None  # a name with one slip that is a wording character ("会通数智园")
        return candidates[0]


def _close(a: str, b: str) -> bool:
    """Same length, at least one character shared in place, at most a third different."""
    if len(a) != len(b):
        return False
    differ = sum(1 for x, y in zip(a, b, strict=True) if x != y)
    return 0 < differ <= max(1, len(a) // 3) and differ < len(a)


def vocabulary(cut_texts: Iterable[Sequence[str]]) -> set[str]:
    """Words of the reports: tokens, pairs of neighbouring tokens, and quoted names.

    Each text comes cut into words that keep every character (jieba's `lcut`).
    """
    words: set[str] = set()
    for tokens in cut_texts:
        words.update(tokens)
        words.update(
            a + b for a, b in zip(tokens, tokens[1:], strict=False) if len(a) > 1 and len(b) > 1
        )
        words.update(re.findall(r"“([^”]{2,8})”", "".join(tokens)))
    return words


def _sounding(stretch: str, texts: Sequence[str]) -> str | None:
    """The one run of characters the texts write that sounds like a stretch, character by
    character in any reading of each; None when none or several do."""
    from pypinyin import Style, pinyin

    chars = _chars_by_syllable()
    classes = [
        "".join(sorted({c for r in readings for c in chars.get(r, "")}))
        for readings in pinyin(stretch, style=Style.NORMAL, heteronym=True)
    ]
    return _found_once(classes, texts)


def _found_once(classes: Sequence[str], texts: Sequence[str]) -> str | None:
    """The one string of the texts with a character of each class in turn, else None."""
    return _one(_found(classes, texts))


def _found(classes: Sequence[str], texts: Sequence[str]) -> set[str]:
    """The strings of the texts with a character of each class in turn, up to two (two say
    the sound is no one name's)."""
    if not classes or not all(classes):
        return set()
    pattern = re.compile("".join(f"[{re.escape(c)}]" for c in classes))
    found: set[str] = set()
    for text in texts:
        found.update(pattern.findall(text))
        if len(found) > 1:
            break
    return found


def _one(found: set[str]) -> str | None:
    """The single string found, or None for none or several."""
    return next(iter(found)) if len(found) == 1 else None


def _written_as(latin: str, texts: Sequence[str]) -> str | None:
    """The one run of characters the texts write that a name in pinyin spells, syllable by
    syllable in any reading of each character ("qingfengwan" → 青枫湾); None when none or
    several do."""
    found: set[str] = set()
    chars = _chars_by_syllable()
    for syllables in _syllabified(latin):
        if len(syllables) >= 2:
            found |= _found([chars.get(s, "") for s in syllables], texts)
        if len(found) > 1:
            return None
    return _one(found)


def _syllabified(latin: str, most: int = 12) -> list[tuple[str, ...]]:
    """The ways a word splits into toneless pinyin syllables (tangliwan: tang li wan), at
    most `most` of them, each of at most `MAX_SYLLABLES`."""
    from wenzheng.bot.core.pinyin_places import syllables

    known = syllables()
    empty: tuple[str, ...] = ()
    ways: list[list[tuple[str, ...]]] = [[empty]] + [[] for _ in latin]
    for end in range(1, len(latin) + 1):
        for start in range(max(0, end - 6), end):
            if latin[start:end] in known:
                ways[end].extend(
                    w + (latin[start:end],) for w in ways[start] if len(w) < MAX_SYLLABLES
                )
        del ways[end][most:]
    return ways[-1]


@lru_cache(maxsize=1)
def _chars_by_syllable() -> dict[str, str]:
    """Every character pypinyin reads as each toneless syllable ("li": 里理李梨…)."""
    import unicodedata

    from pypinyin.constants import PINYIN_DICT

    out: dict[str, set[str]] = defaultdict(set)
    for code, readings in PINYIN_DICT.items():
        if not 0x4E00 <= code <= 0x9FFF:
            continue
        for reading in readings.split(","):
            plain = "".join(
                c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c)
            )
            out[plain].add(chr(code))
    return {s: "".join(sorted(cs)) for s, cs in out.items()}

"""Text normalization and sentence splitting for Chinese reports (pure, no models)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"\s+")
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
# Sentence ends: 。！？ and their ASCII twins, plus closing quotes/brackets that follow them.
# A "." is never a sentence end here: it only appears inside numbers (7.5%, 2.65亿美元).
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*")
# (an ASCII comma between a digit and three more is a thousands separator: "5,200个")
_CLAUSE_END = re.compile(r"[，；：;:]|(?<!\d),|,(?!\d{3}(?!\d))")
# Terminal escape sequences (colours, cursor moves, titles): pasted from a terminal, they are
# not part of the text, and stripping only their ESC would leave "[31m" behind.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    """Load the traditional→simplified converter once (it reads its tables on first use)."""
    from opencc import OpenCC

    return OpenCC("t2s")  # reads its tables when made


# Full-width ASCII (Ａ-Ｚ, ０-９, ％ …) and the ideographic space, to their half-width twins
_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _unified(code: int) -> int | None:
    """The ideograph a radical or compatibility code point stands for, by Unicode's own
    decomposition ("⼯" U+2F2F → 工, "⾦" → 金, "樂" U+F914 → 樂), or None."""
    mapped = unicodedata.normalize("NFKC", chr(code))
    return ord(mapped) if len(mapped) == 1 and "\u3400" <= mapped <= "\U0002ffff" else None


# The simplified radicals that stand alone as characters ("⻓" U+2ED3 for 长, "⻔" for 门),
# which Unicode gives no decomposition (its EquivalentUnifiedIdeograph.txt does)
_SIMPLIFIED_RADICALS = dict(
    zip(
        map(ord, "⻅⻆⻉⻋⻓⻔⻙⻚⻛⻜⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⻄⺠⻘⻝⻤"),
        map(ord, "见角贝车长门韦页风飞马鱼鸟卤麦黄黾齐齿龙西民青食鬼"),
        strict=True,
    )
)
# Kangxi radicals, radical supplements and compatibility ideographs as the ideographs they
# are: a PDF's text layer often holds them where its font drew the radical's glyph
# ("⽣产总值" for 生产总值), and a draft pasted from one does too
_IDEOGRAPHS = _SIMPLIFIED_RADICALS | {
    code: unified
    for block in (range(0x2E80, 0x2FE0), range(0xF900, 0xFB00), range(0x2F800, 0x2FA20))
    for code in block
    if (unified := _unified(code)) not in (None, code)
}
_CANONICAL = _HALFWIDTH | _IDEOGRAPHS


def to_halfwidth(text: str) -> str:
    """Map full-width ASCII (Ａ-Ｚ, ０-９, ％ …) and the ideographic space to half-width, and
    radicals and compatibility ideographs ("⼯", "⻓") to the ideographs they stand for."""
    return text.translate(_CANONICAL)


def unified_ideographs(text: str) -> str:
    """Radicals and compatibility ideographs ("⽣", "⻓") as the ideographs they stand for."""
    return text.translate(_IDEOGRAPHS)


@lru_cache(maxsize=1)
def _t2s_triggers() -> frozenset[str] | None:
    """Characters without which the converter leaves a text as it is (None: not known).

    Every single-character entry of its tables, and one character of each phrase entry that
    holds none of those and changes its text (沈船 → 沉船): a text with none of them matches
    no entry that changes it. Most report text has none, and converting costs ~0.2 ms per
    passage, the largest part of loading a big corpus.
    """
    try:
        groups = _t2s()._dict_chain_data  # the tables the converter loaded: (_, _, dict)
        tables = [table for group in groups for *_, table in group]
        _t2s().split_chars_re.split("")  # how it splits a text into runs
    except (AttributeError, TypeError, ValueError):
        return None  # another version of the library: always convert
    single = {key for table in tables for key in table if len(key) == 1}
    phrases = {
        key[0]
        for table in tables
        for key, value in table.items()
        if len(key) > 1 and not single.intersection(key) and value != key
    }
    return frozenset(single | phrases)


def to_simplified(text: str) -> str:
    """Convert traditional Chinese characters to simplified ones."""
    triggers = _t2s_triggers()
    if triggers is None:
        return _t2s().convert(text)
    if triggers.isdisjoint(text):
        return text
    # the converter converts the runs between its separators one by one: convert only the
    # runs it would change (a whole report has a few among thousands)
    pieces = _t2s().split_chars_re.split(text)
    return "".join(
        _t2s().convert(piece) if i % 2 == 0 and not triggers.isdisjoint(piece) else piece
        for i, piece in enumerate(pieces)
    )


def strip_controls(text: str) -> str:
    """Drop terminal escapes, control and format characters (newlines and tabs → spaces)."""
    if text.isprintable():
        return text  # no control or format character, no newline or tab, no escape
    text = _ANSI.sub("", text)
    return "".join(
        " " if ch in "\n\r\t" else ch
        for ch in text
        if ch in "\n\r\t" or unicodedata.category(ch)[0] != "C"
    )


def normalize(text: str) -> str:
    """Search key of a text: simplified, half-width, lower-case, single spaces, no controls.

    Spaces between two CJK characters are dropped ("吴 炜" → "吴炜"): the report spaces
    out names and titles for layout, and questions never do.
    """
    text = to_halfwidth(strip_controls(text))
    text = to_simplified(text)
    text = _WS.sub(" ", text).strip().lower()
    return _CJK_SPACE.sub("", text)


def tidy(text: str) -> str:
    """Display form of a text: simplified, half-width, single-spaced, case kept.

    The fact-checker compares claims, reports and its word lists in this form, so that
    indicator names read as written ("GDP"); `normalize` is the lower-cased search key.
    """
    text = to_simplified(to_halfwidth(strip_controls(text)))
    return _WS.sub(" ", text).strip()


def despace(text: str) -> str:
    """Remove all whitespace ("政 府 工 作 报 告" → "政府工作报告")."""
    return _WS.sub("", text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split a paragraph into sentences; return (start, end) offsets, whitespace trimmed.

    Splits only after 。！？ (with any closing quote), so a number such as 7.5% or
    2.65亿美元 is never cut.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


@lru_cache(maxsize=64)
def marks_pattern(marks: str) -> re.Pattern[str]:
    """A pattern of clause marks given as characters ("，,；;。"), the ASCII comma not where it
    separates thousands ("5,200个" is one figure)."""
    other = marks.replace(",", "")
    parts = [f"[{re.escape(other)}]"] if other else []
    if "," in marks:
        parts.append(r"(?<!\d),|,(?!\d{3}(?!\d))")
    return re.compile("|".join(parts))


def split_at(text: str, marks: str) -> list[str]:
    """`text` split at the clause marks `marks` (`marks_pattern`)."""
    return marks_pattern(marks).split(text)


def split_clauses(text: str) -> list[tuple[int, int]]:
    """Split a sentence into clauses at ，；： (offsets include the delimiter)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_END.finditer(text):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it starts and ends on non-whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def in_order(term: str, context: str) -> bool:
    """The term's characters appear in order within a short window of the context: an
    abbreviation or a split name ("综合执法" in "综合行政执法局", "人大建议" in "人大代表建议")."""
    window = 2 * len(term) + 2
    start = context.find(term[0]) if term else -1
    while start >= 0:
        pos, ok = start, True
        for ch in term[1:]:
            pos = context.find(ch, pos + 1)
            if pos < 0 or pos - start >= window:
                ok = False
                break
        if ok:
            return True
        start = context.find(term[0], start + 1)
    return False


# A Latin run cut by a wrapped line inside Chinese text: "P" / "M2.5" (a code, its rest
# followed by a digit), "GD" / "P" (capitals), "GW" / "h" (a fragment of one or two letters),
# not two English words ("Smart" / "City")
_LATIN_END = re.compile(r"(?:^|[^A-Za-z])([A-Za-z]+)$")
_LATIN_START = re.compile(r"([A-Za-z]+)([\d.]?)")


def join_wrapped(left: str, right: str) -> str:
    """Join a wrapped line to the next: a space only between two English words."""
    end, start = _LATIN_END.search(left), _LATIN_START.match(right)
    if end and start and not start.group(2):
        a, b = end.group(1), start.group(1)
        if not (a + b).isupper() and min(len(a), len(b)) > 2:
            return f"{left} {right}"
    return left + right

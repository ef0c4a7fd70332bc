"""The check a generated answer must pass before anyone sees it.

Pure: no model, no network. Given the model's reply and the numbered passages it was
shown, `check_reply` finds every way the reply departs from them:

- a citation marker "[n]" that names no given passage, or no marker at all;
- a number (the eval's grounding rule, `wenzheng.bot.core.grounding`) that no cited passage
  holds; a year printed only in a part heading ("2019年政府主要工作回顾") is grounded by
  citing that heading, which is then added, as the extractive answer does;
- a year (2019年, 今年, "in 2020") outside the years of the cited passages, no year named
  although the passages speak of one, or a target told as if it were a result.

The reply is also cleaned (reasoning blocks, full-width and grouped markers) and its
markers renumbered to count the cited passages from 1 in order of first mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from wenzheng.bot.core.grounding import CITATION_MARKER, numbers_in, ungrounded_numbers
from wenzheng.corpus.model import FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS, Passage

_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_WIDE_MARKER = re.compile(r"[【［\[]\s*(\d{1,3})\s*[】］\]]")
_GROUPED_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,，、;；]\s*\d{1,3})+)\]")
_REPEATED_MARKER = re.compile(r"(\[\d{1,3}\])(?:\s*\1)+")
# A year: 19xx/20xx not inside a longer number, followed by 年, a range sign, or anything
# but a Chinese character or a percent sign ("2000亩", "2000万元" are quantities).
_YEAR = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})(?!\d|\.\d)(?=年|[-–—~～至到]|[^\u3400-\u9fff%％]|$)"
)
_RELATIVE_YEARS = {
    "前年": -2,
    "去年": -1,
    "今年": 0,
    "明年": 1,
    "last year": -1,
    "this year": 0,
    "next year": 1,
}
_SPAN_WORDS = re.compile(r"五年|十三五|five years|5 years", re.IGNORECASE)
_TARGET_WORDS = re.compile(
    r"目标|计划|预期|预计|力争|将|任务|部署|target|plan|aim|goal|expect|will", re.IGNORECASE
)
_TIMED = (FRAME_RESULTS, FRAME_TARGETS, FRAME_SPAN)


@dataclass(frozen=True)
class Checked:
    """A cleaned reply, the given passages it cites (in citation order) and its violations."""

    text: str
    cited: tuple[int, ...]  # 0-based indices into the given passages; [n] means cited[n-1]
    violations: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when the reply may be shown."""
        return not self.violations


def clean_reply(reply: str) -> str:
    """The reply without reasoning blocks, with every marker written "[n]"."""
    text = _THINK.sub("", reply)
    if "</think>" in text:  # some servers drop the opening tag
        text = text.rsplit("</think>", 1)[1]
    text = _WIDE_MARKER.sub(r"[\1]", text)
    text = _GROUPED_MARKER.sub(
        lambda m: "".join(f"[{n}]" for n in re.split(r"\s*[,，、;；]\s*", m.group(1))), text
    )
    return text.strip()


def check_reply(reply: str, passages: Sequence[Passage], report_year: int | None) -> Checked:
    """Check a model's reply against the numbered passages it was given ([1] = passages[0])."""
    text = clean_reply(reply)
    marks = [int(n) for n in CITATION_MARKER.findall(text)]
    unknown = sorted({n for n in marks if not 1 <= n <= len(passages)})
    cited = list(dict.fromkeys(n - 1 for n in marks if 1 <= n <= len(passages)))
    violations = []
    if not marks:
        violations.append("没有用 [n] 标出每句话所依据的段落编号")
    if unknown:
        names = "、".join(f"[{n}]" for n in unknown)
        violations.append(f"引用了不存在的段落 {names}（只有 [1] 到 [{len(passages)}]）")
    if cited:
        cited += _headings_for_years(text, passages, cited)
    missing = ungrounded_numbers(text, [passages[i].text for i in cited]) if cited else []
    if missing:
        violations.append(f"这些数字不在所引用的段落里：{'、'.join(missing)}")
    if cited:
        violations += _year_frame(text, [passages[i] for i in cited], report_year)
    return Checked(_renumber(text, cited), tuple(cited), tuple(violations))


def _headings_for_years(text: str, passages: Sequence[Passage], cited: list[int]) -> list[int]:
    """Uncited headings of the cited passages' parts that hold a number they lack (the year)."""
    missing = set(ungrounded_numbers(text, [passages[i].text for i in cited]))
    parts = {(passages[i].doc_id, passages[i].section[:1]) for i in cited}
    return [
        i
        for i, p in enumerate(passages)
        if i not in cited
        and p.kind == "heading"
        and (p.doc_id, p.section) in parts
        and missing & set(numbers_in(p.text))
    ]


def _year_frame(text: str, cited: Sequence[Passage], report_year: int | None) -> list[str]:
    """Violations of the cited passages' time frame: foreign years, none named, tense."""
    plain = CITATION_MARKER.sub("", text)
    allowed = {y for p in cited for y in _passage_years(p)}
    named = {int(y) for y in _YEAR.findall(plain)}
    if report_year is not None:
        lowered = plain.lower()
        named |= {report_year + d for word, d in _RELATIVE_YEARS.items() if word in lowered}
    out = []
    foreign = sorted(named - allowed)
    if foreign and allowed:
        years = "、".join(str(y) for y in sorted(allowed))
        out.append(f"年份 {'、'.join(map(str, foreign))} 与所引段落的年份（{years}）不符")
    frames = {p.frame for p in cited if p.frame in _TIMED}
    if frames and not named and not (FRAME_SPAN in frames and _SPAN_WORDS.search(plain)):
        out.append(f"没有写明回答说的是哪一年（所引段落讲的是{_frame_words(cited)}）")
    if frames == {FRAME_TARGETS} and not _TARGET_WORDS.search(plain):
        out.append("所引段落是目标和计划，回答要说明这是目标或计划，不能说成已经完成")
    return out


def _passage_years(p: Passage) -> set[int]:
    """The years a passage speaks of (its frame's years) or prints."""
    years = {int(y) for y in _YEAR.findall(p.text)}
    if p.years:
        first, _, last = p.years.partition("-")
        years |= set(range(int(first), int(last or first) + 1))
    return years


def _frame_words(cited: Sequence[Passage]) -> str:
    """The cited passages' years in words, for a violation message."""
    words = []
    for p in cited:
        if p.frame == FRAME_SPAN:
            words.append("过去五年")
        elif p.frame == FRAME_TARGETS:
            words.append(f"{p.years}年的目标和计划")
        elif p.frame == FRAME_RESULTS:
            words.append(f"{p.years}年的工作")
    return "、".join(dict.fromkeys(words))


def _renumber(text: str, cited: Sequence[int]) -> str:
    """Markers counting the cited passages from 1 in citation order; repeats collapsed."""
    new = {old + 1: i + 1 for i, old in enumerate(cited)}
    text = CITATION_MARKER.sub(lambda m: f"[{new.get(int(m.group(1)), m.group(1))}]", text)
    return _REPEATED_MARKER.sub(r"\1", text)

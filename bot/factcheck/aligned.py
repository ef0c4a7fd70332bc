"""Figures a claim writes where a report sentence writes its own: compare them in place.

A claim that repeats a report sentence with one number changed ("提前两年实现" for the
report's "提前一年达到", "早七点带班巡查" for "早八点", "134个项目" for "143个项目") binds
its figures to no indicator the report names, yet the sentence around the figure is the
report's. Both texts are reduced to a skeleton with each number replaced by one mark; the
marks that line up inside a run of shared wording are the same figure, written twice.

Pure functions over text: no index, no model.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from wenzheng.bot.core.figures import agree, same, same_dimension
from wenzheng.corpus.quantities import Quantity, extract_quantities, parse_chinese_numeral
from wenzheng.corpus.time import LOOK_BACK_YEARS

MARK = "#"
# Wording shared on at least one side of a figure (characters, the mark itself excluded)
ANCHOR = 2
# Small numerals the quantity layer leaves alone because of the word after them:
# 提前一年, 早八点, 三年行动, 两个月
# 八连冠 (eight titles in a row)
# (a session's number, "四次会议", is one too: "三次" is another session)
_SMALL_NUMERAL = re.compile(
    r"[一二两三四五六七八九十]+(?=[年点时天周月倍届番]|连[冠胜增]|次(?:会议|全会|全体会议))"
)
_BARE_DIGITS = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?")  # not the 2.5 of PM2.5
_YEAR = re.compile(r"(?:19|20)\d\d(?=年)")
# A number inside a project's name ("第二实验小学", "二期", "5号线"): the thing, no figure
NUMBER_IN_NAME = re.compile(r"第[一二三四五六七八九十\d]+|[一二三四五六七八九十\d]+(?:期|号线)")


@dataclass(frozen=True)
class Number:
    """One number of a text: a full quantity, or a bare numeral and the word after it."""

    raw: str
    start: int
    end: int
    value: float
    quantity: Quantity | None = None


@dataclass(frozen=True)
class Pair:
    """A claim number and the report number at the same place of the same wording."""

    claim: Number
    report: Number

    @property
    def comparable(self) -> bool:
        """False when the two measure different things (an amount and a rate)."""
        a, b = self.claim.quantity, self.report.quantity
        if a is None or b is None:
            return (a is None) == (b is None)
        return same_dimension(a, b)

    @property
    def agrees(self) -> bool:
        """True when the report's number says what the claim's says (hedges included)."""
        a, b = self.claim.quantity, self.report.quantity
        if a is not None and b is not None:
            return agree(a, b)[0]
        return same(self.claim.value, self.report.value) and _tail(self.claim) == _tail(self.report)


def numbers(text: str) -> list[Number]:
    """The numbers of a text in reading order; years are times, not figures."""
    found = [
        Number(q.raw, q.start, q.end, q.value, q)
        for q in extract_quantities(text)
        if not q.attributive
    ]
    times = [*_YEAR.finditer(text), *LOOK_BACK_YEARS.finditer(text)]
    taken = [(n.start, n.end) for n in found] + [m.span() for m in times]
    for pattern in (_SMALL_NUMERAL, _BARE_DIGITS):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = parse_chinese_numeral(m.group(0)) if pattern is _SMALL_NUMERAL else None
            value = float(m.group(0)) if value is None and m.group(0)[0].isdigit() else value
            if value is not None:
                end = min(m.end() + 1, len(text))  # the word after it tells what it counts
                found.append(Number(text[m.start() : end], m.start(), end, value))
                taken.append((m.start(), end))
    return sorted(found, key=lambda n: n.start)


def without_numbers(text: str) -> str:
    """The text with its numbers taken out (the wording around them)."""
    return _skeleton(text, numbers(text))[0].replace(MARK, " ")


def align(claim: str, report: str) -> tuple[list[Pair], list[Number]]:
    """Pair each claim number with the report number at the same place of shared wording.

    Returns the pairs and the claim numbers that line up with none.
    """
    cnums, rnums = numbers(claim), numbers(report)
    if not cnums:
        return [], []
    csk, cpos = _skeleton(claim, cnums)
    rsk, rpos = _skeleton(report, rnums)
    matcher = difflib.SequenceMatcher(None, csk, rsk, autojunk=False)
    pairs: list[Pair] = []
    unpaired: list[Number] = []
    ops = matcher.get_opcodes()
    for n, at in zip(cnums, cpos, strict=True):
        partner = _partner(ops, at, csk, rsk)
        if partner is None or partner not in rpos:
            unpaired.append(n)
            continue
        pair = Pair(n, rnums[rpos.index(partner)])
        if pair.comparable:
            pairs.append(pair)
        else:
            unpaired.append(n)
    return pairs, unpaired


def _partner(
    ops: Sequence[tuple[str, int, int, int, int]], at: int, csk: str, rsk: str
) -> int | None:
    """The report skeleton position facing claim position `at`, if anchored by wording."""
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if not i1 <= at < i2:
            continue
        if op == "equal":
            j = j1 + at - i1
            before = at - i1
            after = i2 - at - 1
            if before >= ANCHOR or after >= ANCHOR:
                return j
            return None
        if op == "replace" and csk[i1:i2].count(MARK) == 1 and rsk[j1:j2].count(MARK) == 1:
            # a figure written differently ("两" / "一"): anchored by the runs on both sides
            prev_ok = k > 0 and ops[k - 1][0] == "equal" and ops[k - 1][2] - ops[k - 1][1] >= ANCHOR
            next_ok = (
                k + 1 < len(ops)
                and ops[k + 1][0] == "equal"
                and ops[k + 1][2] - ops[k + 1][1] >= ANCHOR
            )
            if prev_ok and next_ok:
                return j1 + rsk[j1:j2].index(MARK)
        return None
    return None


def _skeleton(text: str, nums: list[Number]) -> tuple[str, list[int]]:
    """The text with each number replaced by MARK, and the marks' positions."""
    out, positions, cursor = [], [], 0
    for n in nums:
        out.append(text[cursor : n.start])
        positions.append(sum(len(p) for p in out))
        out.append(MARK)
        cursor = n.end
    out.append(text[cursor:])
    return "".join(out), positions


def _tail(n: Number) -> str:
    """The word after a bare numeral (年 in 一年, 点 in 八点)."""
    return n.raw[-1:] if n.quantity is None else ""

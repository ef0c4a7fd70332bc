"""Whether a target was met: "社会消费品零售总额目标完成了", "加装电梯未完成年度计划".

Shared by the fact-checker (`factcheck.directions.DirectionChecker` decides such claims) and
the answering core (a yes/no question whether a target was met is never settled by wording).

A stance like a direction: a claim says an indicator's target was met or missed; the report's
clause on that indicator says so too ("固定资产投资增长5.8%，完成年度目标"; "社会消费品零售
总额1176亿元、下降1.2%，未实现年初预期"). `Attainment` reads that stance with the interface
of `directions.Directions`, so the one `DirectionChecker` decides both kinds of claim, and a
claim's stance must be its passage's for wording alone to support it.

Only words count here, never figures: a target and a result side by side ("2022年目标6.5%
左右，2022年完成2.6%") state no stance.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# What a target is called, and the verbs and adverbs of reaching it
_NOUN = r"(?:年度|年初|全年|既定|预期|预定|规划|计划)?(?:目标|计划|预期|任务)(?:任务)?"
_ADVERBS = r"(?:已经|已|均已|均|全部|都|总体|基本|顺利|圆满|如期|超额|较好|全面|提前)*"
_VERB = r"(?:完成|实现|达到|达成|超过|超出|高于|达)"
_NEG = r"(?:未能|未曾|并未|尚未|没能|没有|未|没|不能)"
_GAP = r"[^，；。,;！？]"  # words within the clause
_MET = re.compile(
    rf"{_ADVERBS}{_VERB}了?(?:{_GAP}{{0,30}}?的)?{_NOUN}"  # "完成年度目标", "实现…的预期目标"
    rf"|{_ADVERBS}{_VERB}了?{_GAP}{{1,8}}?(?:目标|预期)"  # "完成了GDP目标" (not "…改造任务")
    # "达到了年初提出的4200万人次目标": the target named by who set it, then its figure
    rf"|{_ADVERBS}{_VERB}了?{_GAP}{{0,12}}?的{_GAP}{{1,10}}?(?:目标|预期)"
    rf"|{_NOUN}{_ADVERBS}{_VERB}(?!{_GAP}{{0,3}}率)"  # "目标已完成" (not "完成率")
    r"|超额完成"  # "计划新增90家，实际新增94家，超额完成": a target beaten, whatever follows
    # "全区上市企业达到8家，提前三年实现": a target reached before its year
    rf"|提前{_GAP}{{0,4}}?(?:实现|完成|达到|达标)(?!{_GAP}{{0,3}}率)"
)
_MISSED = re.compile(
    rf"{_NEG}{_ADVERBS}{_VERB}了?(?:{_GAP}{{0,20}}?的)?{_NOUN}"  # "未完成年度计划"
    rf"|{_NEG}{_ADVERBS}{_VERB}了?{_GAP}{{1,8}}?(?:目标|预期)"  # "没完成GDP目标"
    rf"|{_NEG}{_ADVERBS}{_VERB}了?{_GAP}{{0,12}}?的{_GAP}{{1,10}}?(?:目标|预期)"
    rf"|{_NOUN}{_ADVERBS}{_NEG}{_ADVERBS}{_VERB}"  # "目标没有完成"
    rf"|(?:略|明显)?(?:低于|不及){_GAP}{{0,20}}?(?:预期|目标)"  # "低于6.5%左右的预期目标"
    rf"|不及预期|(?:未达|没达到)(?:预期|目标)|(?:目标|计划)落空"
    # part of it done: "完成目标的八成以上", "完成计划的92%"; a way still to go: "距目标仍有差距"
    rf"|{_VERB}{_NOUN}的(?:[一二三四五六七八九]成|[1-9]\d?(?:\.\d+)?%)"
    rf"|距{_GAP}{{0,12}}?(?:目标|预期)(?:仍|还|尚)?有{_GAP}{{0,4}}?差距"
)

# A shortfall denied is a target met: "并没有低于年初预期目标", "不低于目标"
_SHORTFALL_DENIED = re.compile(
    rf"{_NEG}(?:略|明显)?(?:低于|不及|少于){_GAP}{{0,20}}?(?:预期|目标)|{_NEG}(?:未达|没达到)(?:预期|目标)"
    rf"|不(?:低于|少于){_GAP}{{0,20}}?(?:预期|目标)"
)


@dataclass(frozen=True)
class Attainment:
    """Reads "met" or "missed" in a text, as `Directions` reads "rise" or "fall"."""

    words = {"met": "完成目标", "missed": "未完成目标"}
    agreement = "与声明一致"
    reviewed = True  # a review tells whether a target was met

    def of(self, text: str) -> tuple[str, int] | None:
        """The stance a text states and where its words start; None when it states none
        or both ("完成年度目标；…未实现年初预期": which one depends on the indicator)."""
        found: dict[str, int] = {}
        taken = text
        for m in _SHORTFALL_DENIED.finditer(text):
            found.setdefault("met", m.start())
            taken = taken[: m.start()] + "#" * (m.end() - m.start()) + taken[m.end() :]
        for m in _MISSED.finditer(taken):
            found.setdefault("missed", m.start())
            taken = taken[: m.start()] + "#" * (m.end() - m.start()) + taken[m.end() :]
        for m in _MET.finditer(taken):
            found.setdefault("met", m.start())
        if len(found) != 1:
            return None
        ((name, at),) = found.items()
        return name, at

    def agree(self, claim: str, report: str) -> bool:
        """False when a claim states a stance the report text does not state."""
        return same_stance(self.of, claim, report)


def same_stance(of: Callable[[str], tuple[str, int] | None], claim: str, report: str) -> bool:
    """False when a claim states a stance (a direction, a target met) the report text, read
    by the same `of`, does not state."""
    said = of(claim)
    if said is None:
        return True
    stated = of(report)
    return stated is not None and stated[0] == said[0]


def states_attainment(text: str) -> bool:
    """True for a text saying a target was met or missed."""
    return Attainment().of(text) is not None

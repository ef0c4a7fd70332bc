"""Claims of a direction without a figure: "规模楼宇税收同比下降", "空气优良率明显上升".

Each clause of such a claim names an indicator and a direction of change. The report's
clause naming the same indicator, in the claim's time, states its own direction ("增长10%",
"从57.4%提高到69.5%", "双下降"); the claim is supported when every clause goes the report's
way and refuted when one goes the other. The rise and fall words are the lexicon's
opposites (`contradictions`), the ones the answerer uses for false premises.

A claim of degree ("大幅增长", "翻番") is not decided here: a direction is not a size.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from wenzheng.bot.core.attainment import same_stance
from wenzheng.bot.core.figures import (
    CLAUSE,
    SEGMENT,
    ClaimTime,
    bigrams,
    claim_time,
    coverage,
    fall_words,
)
from wenzheng.bot.core.lexicon import CheckLexicon
from wenzheng.bot.core.types import CheckResult
from wenzheng.bot.factcheck.aligned import NUMBER_IN_NAME, without_numbers
from wenzheng.bot.factcheck.reports import Reports
from wenzheng.corpus.model import FRAME_TARGETS, Passage
from wenzheng.corpus.text import tidy
from wenzheng.corpus.time import LEADING_YEAR, PLAN_PERIOD

# Share of a claim clause's indicator the report clause must name
SUBJECT_COVERAGE = 0.8
GAP = 1  # characters allowed between a report's indicator and its direction word
# ... or more when they only finish the indicator's name ("PM2.5" in the claim, "PM2.5年均
# 浓度从…下降到…" in the report), with no word linking another noun ("收入与经济增长同步")
NOUN_GAP = 5
_LINK = re.compile(r"[与和及同跟并带促推使让对向为被把将]|带动|拉动")
_DEGREE = re.compile(r"大幅|成倍|翻番|翻一番|倍增|急剧|骤")
# Words between an indicator and its direction that say nothing of the direction
_HEDGES = re.compile(
    r"同比|较上年|比上年|较去年|比去年|反而|有所|明显|显著|不断|持续|稳步|逐步|进一步|继续|保持|出现|呈现|实现"
    r"|较快|快速|平稳|小幅|略有|较大|同口径|可比口径|按可比价格计算"
    r"|是(?=[^，。；]{0,3}$)"  # "社零是增长了": the copula before the change word
)
# A denial right before a change word: "并未上升" states no rise, read as the other way
# A denial anywhere in a text
_DENIAL = re.compile(r"未(?!来)|没有|没能|并非|不是|尚未")
_DENIED = re.compile(r"(?:并?未(?:见|有|能)?|并?没有?|没能|不再|未曾)(?:实现)?$")
# Words holding a change word without stating a change
_NOT_A_CHANGE = re.compile(r"增加值|(?<!社)零增长|持平")  # 社零 (retail sales) 增长 is a rise
# A trend over the years, as people put it ("PM2.5越来越高"): a rise or a fall
_RISING = frozenset(f"越来越{w}" for w in "高多大快")
_FALLING = frozenset(f"越来越{w}" for w in "低少小慢")
# Time words before an indicator ("五年来", "2019年", "去年")
_TIME = re.compile(
    # (a year compared with goes too, "比2020年"; not the "5年" of "PM2.5年均浓度")
    r"[比较从由到至]?(?:近|过去|这|这些|那)?(?<![\d.])[一二两三四五六七八九十几\d]+年(?:来|间|中|里|以来)?"
    rf"|“?{PLAN_PERIOD}”?(?:以来|期间|时期)?|以来|今年|去年|全年|上年"
    # the words of a count: "企业数量有所减少", "接待游客人次…增加"
    r"|(?<=[\u4e00-\u9fff])(?:的)?(?:数量|数目|人次|人数)(?=[\u4e00-\u9fff]|$)"
)


@dataclass(frozen=True)
class Directions:
    """The rise and fall words, longest first."""

    rises: tuple[str, ...]
    falls: tuple[str, ...]
    words = {"rise": "上升", "fall": "下降"}  # each direction in words, for explanations
    agreement = "与声明的变化方向一致"
    reviewed = False  # ("力争PM2.5持续下降": a plan's direction)

    @classmethod
    def from_lexicon(cls, lexicon: CheckLexicon) -> Directions:
        """Fall words state a fall (`figures.fall_words`); rise words are what they deny.

        Only words that state a change of an indicator (the checker's growth words) count:
        "新增" denies "下降" in the lexicon but names new things, not a change.
        """
        falls = fall_words(lexicon) | _FALLING
        change = set(lexicon.growth_words)
        rises = {w for k in falls for w in lexicon.opposites.get(k, ()) if w in change} - falls
        rises |= _RISING
        order = lambda ws: tuple(sorted(ws, key=len, reverse=True))  # noqa: E731
        return cls(order(rises), order(falls))

    def agree(self, claim: str, report: str) -> bool:
        """False when a claim states a direction the report text does not state."""
        return same_stance(self.of, claim, report)

    def of(self, text: str) -> tuple[str, int] | None:
        """The direction a text states ("rise"/"fall") and where its word starts, or None
        when it states none or both. Longer words first, each span read once: "负增长" is a
        fall, not 增长; "增加值" (value added) names an indicator, not a rise."""
        text = _NOT_A_CHANGE.sub(lambda m: "#" * len(m.group(0)), text)
        return _stance(text, {"rise": self.rises, "fall": self.falls})


@dataclass(frozen=True)
class Qualities:
    """Reads a state getting better or worse ("空气质量逐步向好", "变差"), as `Directions`
    reads a rise or a fall; a separate reading, since a fall (PM2.5下降) may be for the better."""

    better: tuple[str, ...]
    worse: tuple[str, ...]
    words = {"better": "向好", "worse": "变差"}
    agreement = "与声明一致"
    reviewed = False

    @classmethod
    def from_lexicon(cls, lexicon: CheckLexicon) -> Qualities:
        """The lexicon's words of a state improved and of one worsened."""
        order = lambda ws: tuple(sorted(ws, key=len, reverse=True))  # noqa: E731
        return cls(order(lexicon.better), order(lexicon.worse))

    def of(self, text: str) -> tuple[str, int] | None:
        """ "better"/"worse" and where its word starts; None when a text states none or both.
        A worsening held back ("恶化趋势得到遏制", "防止生态环境恶化") states no worsening."""
        text = _HELD_BACK.sub(lambda m: "#" * len(m.group(0)), text)
        return _stance(text, {"better": self.better, "worse": self.worse})

    def agree(self, claim: str, report: str) -> bool:
        """False when a claim states a quality the report text does not state."""
        return same_stance(self.of, claim, report)


_HELD_BACK = re.compile(
    r"(?:遏制|扭转|防止|避免|抑制|杜绝)[^，。；;]{0,8}?(?:恶化|变差|变坏)"
    r"|(?:恶化|变差)(?:的)?(?:趋势|势头)[^，。；;]{0,6}?(?:遏制|扭转|减缓)"
)


def _stance(text: str, by_name: dict[str, tuple[str, ...]]) -> tuple[str, int] | None:
    """Which of two opposite stances a text states, by their words, and where; None when it
    states none or both. Longer words first, each span read once; a denial right before a
    word ("并未上升") states the other stance."""
    (one, one_words), (other, other_words) = by_name.items()
    flip = {one: other, other: one}
    words = sorted(
        [(w, one) for w in one_words] + [(w, other) for w in other_words],
        key=lambda x: -len(x[0]),
    )
    found: dict[str, int] = {}
    for word, name in words:
        for m in re.finditer(re.escape(word), text):
            said = flip[name] if _DENIED.search(text, 0, m.start()) else name
            found[said] = min(found.get(said, m.start()), m.start())
            text = text[: m.start()] + "#" * len(word) + text[m.end() :]
    if len(found) != 1:
        return None
    ((name, at),) = found.items()
    return name, at


class Stances(Protocol):
    """Two opposite stances a text can state of an indicator ("rise"/"fall", "met"/"missed")."""

    words: dict[str, str]  # each stance in words, for explanations
    agreement: str  # how an explanation says the report agrees
    # told only by a review ("完成目标"): a claim's target words are the stance's, no frame
    reviewed: bool

    def of(self, text: str) -> tuple[str, int] | None: ...


class DirectionChecker:
    """Decides figure-less claims of direction against the report clause of their indicator.

    The same reading decides any pair of opposite stances (`Stances`): whether a target was
    met is read like a rise or a fall (`attainment.Attainment`), only further from the
    indicator ("一般公共预算收入182.1亿元，按自然口径增长0.8%，未完成年度预期目标").
    """

    def __init__(
        self,
        reports: Reports,
        directions: Stances,
        content: Callable[[str], str],
        candidates: Callable[[str, frozenset[str] | None], list[Passage]],
        *,
        reach: int = 1,
        noun_gap: int = NOUN_GAP,
    ) -> None:
        self.reports = reports
        self.directions = directions
        self.content = content  # a text's content words (no places, years, fillers)
        self.candidates = candidates  # passages worth reading for a claim
        self.reach = reach  # clauses after the indicator's own that may state its stance
        self.noun_gap = noun_gap  # characters of other words allowed before the stance

    def _loose_denial(self, text: str) -> bool:
        """A denial not right before a direction word ("未能完工", not "并未上升")."""
        for m in _DENIAL.finditer(text):
            after = self.directions.of(text[m.end() : m.end() + 12])
            if after is None or after[1] > 4:  # ("未能实现增长": a denied rise)
                return True
        return False

    def check(
        self, claim: str, text: str, docs: frozenset[str] | None = None
    ) -> CheckResult | None:
        """supported / refuted when every clause states a direction the report decides.

        The caller passes only claims without figures.
        """
        if _DEGREE.search(text):
            return None
        parts = [self._part(c) for c in CLAUSE.findall(text)]
        stated = [p for p in parts if p is not None]
        if not stated or len(stated) < len([c for c in CLAUSE.findall(text) if len(c) > 3]):
            return None  # a clause without a direction: not a claim of direction
        time = claim_time(text, len(text))
        if self.directions.reviewed and time.soft:
            # "…停车泊位的目标没有完成": the target's word is the stance's; reviews tell it
            time = ClaimTime(year=time.year)
        passages = self.candidates(text, docs)
        found = []
        for subject, direction in stated:
            hit = self._report_direction(subject, time, passages)
            if hit is None:
                return None
            found.append((subject, direction, *hit))
        named = NUMBER_IN_NAME.findall(text)
        if any(n not in clause for n in named for *_, clause in found):
            return None  # "改造提升三期" is not the report's 二期: another thing
        cited = self.reports.cites(*dict.fromkeys(p for *_, p, _ in found))
        wrong = [f for f in found if f[1] != f[2]]
        words = self.directions.words
        if wrong:
            why = "；".join(
                f"报告原文为“{clause}”（{words[said]}），声明为{words[claimed]}"
                for _, claimed, said, _, clause in wrong
            )
            return CheckResult(claim, "refuted", cited, why + "。")
        if self._loose_denial(text) and not any(_DENIAL.search(c) for *_, c in found):
            return None  # "…二期主体工程未能完工": a denial of something else than the direction
        why = "；".join(f"报告原文为“{clause}”" for *_, clause in found)
        return CheckResult(claim, "supported", cited, f"{why}，{self.directions.agreement}。")

    def _may_be_target(self, time: ClaimTime) -> bool:
        """A claim that may speak of a target: with target words, or of a year the
        reports only set targets for."""
        return time.planned or time.soft or self.reports.is_target_time(time)

    def _follows(self, subject: str, clause: str, at: int) -> bool:
        """The direction word is the indicator's own: it follows the indicator, a figure
        or a hedge, not another noun ("收入与经济增长同步" says nothing of 收入's rise)."""
        gap = _gap(subject, clause, at)
        if clause[:at].endswith("双"):  # "A和B“双下降”": both go that way
            return len(gap) <= 2 * NOUN_GAP
        of_all = _OF_ALL.search(clause[:at])
        if of_all and _listed(subject, clause[: of_all.start()]):
            return True  # "…停车泊位5,320个、…84公里，均超额完成目标": each item listed
        return len(gap) <= GAP or (len(gap) <= self.noun_gap and not _LINK.search(gap))

    def _part(self, clause: str) -> tuple[str, str] | None:
        """A claim clause's indicator and direction ("规模楼宇税收", "fall")."""
        hit = self.directions.of(clause)
        if hit is None:
            return None
        direction, at = hit
        before = _DENIED.sub("", clause[:at])
        subject = self.content(_TIME.sub("", _HEDGES.sub("", before)))
        if len(bigrams(subject)) < 2:
            return None
        return subject, direction

    def _report_direction(
        self, subject: str, time: ClaimTime, passages: list[Passage]
    ) -> tuple[str, Passage, str] | None:
        """The direction the report states for an indicator: its clause naming the
        indicator best, read up to the next clause when the figure stands alone there
        ("84亿元，增长10%")."""
        best: tuple[tuple[float, float, bool], str, Passage, str] | None = None
        for p in passages:
            text = tidy(p.text)
            for m in SEGMENT.finditer(text):
                seg = m.group(0)
                # the sentence's first clause names what its others are of ("两年攻坚行动圆满
                # 收官，两年累计…新增公共停车泊位5,320个、…，均超额完成目标；加装电梯62台，…")
                opened = max(text.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
                topic = (CLAUSE.findall(text[opened:]) or [""])[0]
                opening = LEADING_YEAR.match(seg)  # "2017年，…"
                if not self.reports.time_matches(time, p, opening.group(1) if opening else ""):
                    continue
                if p.frame == FRAME_TARGETS and not self._may_be_target(time):
                    continue  # "力争PM2.5持续下降" states no fall that happened
                clauses = CLAUSE.findall(seg)
                for i, clause in enumerate(clauses):
                    cov = coverage(subject, self.content(clause))
                    if (
                        cov < SUBJECT_COVERAGE
                        and self.directions.reviewed  # (a target met: a sentence's whole list)
                        and topic
                        and not clause.startswith(topic)
                    ):
                        cov = coverage(subject, self.content(topic + clause))
                    if cov < SUBJECT_COVERAGE or (best and (cov, 1.0, True) <= best[0]):
                        continue
                    for after in clauses[i + 1 : i + 1 + self.reach]:
                        if self.directions.of(clause) is not None:
                            break
                        clause = clause + "，" + after  # "84亿元，增长10%"
                    hit = self.directions.of(clause)
                    if hit is not None and self._follows(subject, clause, hit[1]):
                        # of clauses naming it alike, one naming nothing else ("外贸进出口
                        # 总额有所下降", not "跨境电商进出口额增长41%"), then one stating its
                        # figure ("社会消费品零售总额742亿元、下降3.6%", not "…未能实现增长")
                        said = self.content(_TIME.sub("", _HEDGES.sub("", clause[: hit[1]])))
                        only = round(coverage(without_numbers(said), subject), 1)
                        key = (cov, only, bool(re.search(r"\d", clause)))
                        if best is None or key > best[0]:
                            best = (key, hit[0], p, clause)
        if best is None:
            return None
        _, direction, passage, clause = best
        return direction, passage, clause


# A direction or stance said of all the items listed before ("，均超额完成目标", "，都有所下降")
_OF_ALL = re.compile(r"[，,](?:均|都|全部|皆|一律|均已|都已)[^，,]*$")


def _listed(subject: str, items: str) -> bool:
    """The subject is one of the items of a list ("A 97个、B 5,320个、C 84公里")."""
    parts = re.split(r"[、；;]", items)
    return len(parts) > 1 and any(coverage(subject, part) >= SUBJECT_COVERAGE for part in parts)


def _gap(subject: str, clause: str, at: int) -> str:
    """What the report writes between the indicator and its direction word."""
    ends = [
        clause.rfind(g, 0, at) + len(g) for g in bigrams(subject) if clause.rfind(g, 0, at) >= 0
    ]
    between = without_numbers(clause[max(ends, default=0) : at])
    return re.sub(r"[\W\d]+", "", _HEDGES.sub("", between.replace("双", "").replace("分别", "")))

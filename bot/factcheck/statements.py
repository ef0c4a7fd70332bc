"""Check claims without usable figures: facts about a report, then passage coverage.

A claim is supported when one passage states most of its content, refuted when that
passage states a clearly conflicting fact (a negation, "全部" where it says "其中", a
contrasting word such as 省长 for 市长) or when the content belongs to another time frame.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from wenzheng.bot.core.attainment import Attainment
from wenzheng.bot.core.figures import (
    CLAUSE,
    SEGMENT,
    ClaimTime,
    Figure,
    FigureReader,
    bigrams,
    claim_time,
    coverage,
    other_scope,
    same,
    sites,
    street_key,
    street_keys,
    streets,
    thresholds_stated,
    usable,
)
from wenzheng.bot.core.lexicon import CheckLexicon
from wenzheng.bot.core.slot import RANK_MEASURES
from wenzheng.bot.core.types import CheckResult, FigureDifference, Verdict
from wenzheng.bot.core.yesno import unstated_qualifier
from wenzheng.bot.factcheck.aligned import (
    NUMBER_IN_NAME,
    Number,
    Pair,
    align,
    numbers,
    without_numbers,
)
from wenzheng.bot.factcheck.directions import Directions, Qualities
from wenzheng.bot.factcheck.drafts import is_evaluation
from wenzheng.bot.factcheck.reports import Reports, frame_label
from wenzheng.corpus.model import FRAME_TARGETS, Document, Passage
from wenzheng.corpus.places import short_names
from wenzheng.corpus.quantities import (
    COUNT_UNITS,
    extract_quantities,
    has_figure,
    numbered_names,
    parse_chinese_numeral,
)
from wenzheng.corpus.text import in_order, split_at, tidy
from wenzheng.corpus.time import (
    DATE,
    HOLIDAY,
    LEADING_YEAR,
    LOOK_BACK_YEARS,
    PUT_OFF_TO,
    YEAR_NIAN,
    WithinYear,
    by_year_end,
    holiday,
    times_within_year,
    without_times,
    year_end_deadlines,
)
from wenzheng.corpus.units import NEGATED_MARKS

Retrieve = Callable[[str, int], list[Passage]]

SUPPORT_COVERAGE = 0.75  # share of a figure-less claim's content one passage must state
OPPOSED_OVERLAP = 0.5  # share of a claim's stance clause the report's must hold
CONFLICT_COVERAGE = 0.5  # enough shared content for a contrasting word to refute
# The verb between who and what in a statement ("…被评为…", "…获得…", "…建成…").
_PREDICATE = re.compile(r"被评为|获评|评为|荣获|获得|被授予|授予|建成|入选|成为|命名为")
# Ways of saying a place or body was given a title: one verb for overlap (被授予 = 被评为)
_AWARD = re.compile(
    r"被评为|被授予|被命名为|获评|被?评上|被?选上|入选|评为|荣获|授予|命名为|获得|拿到了?|拿了|得到了?|"
    r"获(?![得评批悉取])"
)
# A particle ending a claim ("全部办结了", "是真的啦"): no content
_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fff])[了啦呢吧啊呀的]+$")
# "首张", "首个": the first one, in whatever measure word ("全市首家…营业执照")
_FIRST_ONE = re.compile(r"首[张个家座所位台项只]")
# Ways of saying among the first or the last of a ranking
_AHEAD = re.compile(r"名列前茅|(?:排名|位居|位于|居于?|走在|处于)前列")
_BEHIND = re.compile(r"(?:排名|位居|位于|居于?|处于)?(?:靠后|后列|末位|倒数)")
# "曾获", "曾经入选": the claim's 曾 adds no content
_ONCE = re.compile(r"曾经?(?=[\u4e00-\u9fff])")
# Function words a claim may add or drop without naming anything (曾在, 已经)
_FUNCTION_CHARS = set("曾已经在将被于对把的了也都均并还正是")
# The report's own place as a subject ("全区建成…", "我区获评…"): no one else's name.
_SELF_PLACE = re.compile(r"[全我本该][区市县]")
# A clause that is only a predicate, its subject the one its sentence opened with
_CHAINED = re.compile(
    r"\s*(?:并|还|也|先后|相继|成功|均|已)*(?:被评为|获评|评为|荣获|被授予|入选|命名为)"
)
RETRIEVE_K = 8
EVENT_WORDS = 6  # characters after a time that say what happened then ("建成开放")
# Verbs that say only that something was done, not what ("完成整治" is the report's 整治)
# and the nouns of a milestone passed ("迈过百亿元门槛" is the report's 突破百亿)
_GENERIC_VERBS = re.compile(
    r"完成|进行|实现|开展|推进|推动|达到|取得|做好|加快|全面|积极|顺利|共|累计|升至|降至|增至|"
    r"门槛|台阶|大关|关口|包括|分别是|分别为|主要有|作出"
)
# Wording a claim must share with a sentence for its figures to be compared in place
ALIGNED_MIN_GRAMS = 4

_MONTH_DAY_PARTS = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
# A month, or a part of one, without its day ("2025年1月上旬"), of a delivery ("作出", "召开")
_MONTH_PART = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(上旬|中旬|下旬|初|中|底|末)?(?!\d)")
_PART_DAYS = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20)}
_PART_DAYS |= {"下旬": (21, 31), "底": (21, 31), "末": (21, 31)}
_DELIVERED = re.compile(
    r"报告.{0,20}(?:作出|作的|所作|发表|宣读|召开)|(?:人代会|人民代表大会|会议)上"
)


def _within(day: tuple[int, ...], claimed: tuple[int, int, int, int]) -> bool:
    """A date (year, month, day) within the claimed year, month and days."""
    y, m, lo, hi = claimed
    return day[:2] == (y, m) and lo <= day[2] <= hi


_NEGATION = re.compile(
    r"未(?!来)|没有|并非|不是|没能|"
    r"没(?=按期|如期|完成|实现|达到|建成|开工|竣工|完工|通车|投用|投入使用|开放)"
)
# A claim's denial that something happened or a stage was reached ("未能开通运营", "没有新增…",
# "尚未实现主体完工"), and the words that only stress it ("没有引进任何…", "一家也没有")
_DENIAL = re.compile(r"(?:尚未|仍未|还未|未能|没能|没有|(?<![尚仍还])未(?!来))(?:实现|能)?")
# A claim that there was such a thing, after its place or year ("2023年有新增上市企业")
_EXISTS = re.compile(
    r"(?<=[年区县市])有(?=新增|新|企业|公司|项目|[\u4e00-\u9fff]{2,}(?:企业|公司|项目))"
)
# A district's schools go by numbers: another number in the sentence stating the claim is
# the report's school, misnamed ("第二中学松林校区" for its 第三中学松林校区)
_SCHOOL = re.compile(r"(?:实验|高级|职业)?(?:中学|小学|学校|幼儿园|高中)")
# Characters of the words of a target met or missed, not of what met it
_STANCE_CHARS = set("完成未没有达到实现目标年度初预期计划任务超过低于")
# Things named only by what was done to them ("上市企业", "企业上市", "开工项目")
_DONE_TO = re.compile(r"(?:(?P<done1>..)(?:企业|公司|项目)|(?:企业|公司|项目)(?P<done2>..))$")
_ANY = re.compile(r"任何|一[家个项件所座条]也?")
# A state kept through a year ("水质稳定保持Ⅱ类", "始终保持全市前列")
_KEPT_STATE = re.compile(r"保持|维持|稳定在|始终")
# A quality said to be lacking, after the thing it qualifies ("转化率不高", "动能不够强")
_NOT_SO = re.compile(r"不(?:够|太|很)?(?=[高强多大快好优广深](?:[，,；;。]|$))")
# A mark not reached, before its figure: the figure's bound, no denial of a fact
# Striving for a result not yet had ("积极争创…", "力争…"), and a claim's words of a plan
_ASPIRE = re.compile(r"争创|力争|争取|努力(?:争创|实现|建成|打造)?")
# (not "按计划": as planned, it happened)
_PLANNED = re.compile(
    r"争创|力争|争取|努力|(?<!按)(?<!按照)(?<!按\d{4}年)(?<!按照\d{4}年)(?<!按\d{4}年的)计划|拟|将|目标|要|预计|有望|推动|推进|启动|谋划|今年|明年"
)
# A claim about what a report plans, in so many words ("2023年的报告提出，…要在年底前…")
_REPORT_PLANS = re.compile(r"报告(?:中|里)?(?:提出|提到|明确|要求|部署|指出)|会上提出|提出要")
# When within a year a plan is to be done ("秋季", "年底前", "6月"): a plan claimed with one
# its report does not write is not that plan
_WHEN_WORDS = re.compile(r"[春夏秋冬]季|[上下]半年|年[底末初中内]|第?[一二三四1-4]季度|\d{1,2}月")
# A claim that something is done, whatever plan words it repeats ("争创…成功了")
_DONE = re.compile(r"已经|已(?=[\u4e00-\u9fff])|成功|实现了|做到了|完成了|建成了")
# ... and one saying it is already done, which no plan's clause says ("已经投入使用")
_ALREADY = re.compile(r"已经|已(?=[\u4e00-\u9fff])")
_OR_MORE = re.compile(r"及以上|及以下|以上|以下")  # "较大及以上事故": the kind, hedged
_NEGATED_MARK = re.compile(
    "(?:" + "|".join(NEGATED_MARKS) + r")(?=[\d一二两三四五六七八九十百千万亿])"
)
# A rate of 100% says it was all done: "办结率100%" is "全部办结".
_ALL_DONE = re.compile(r"([\u4e00-\u9fff]{2})率(?:达到?|为|达)?100(?:\.0+)?%")
_ALL_WORDS = re.compile(r"全部|全都|均已|都已|所有|全数|悉数")
_ROLE_NAME = re.compile(r"(?:区长|市长|县长|报告人)\s*([\u4e00-\u9fff]{2,4})")
_REPORT_WORDS = r"政府工作报告|报告|区长|市长|县长|人民政府|代表|大会|作|由|向|这份|该|本"
_NAME_TAIL = "作在代于的是表向对了说称所将为"
# the items a count lists after it: 三大主导产业是A、B和C
_LIST_AFTER = re.compile(r"[^，,。；;]*?(?:分别是|分别为|包括|是|为|即|：|:)([^，,。；;]+)")
_ITEM_SEP = re.compile(r"、|以及|和|及|与")


class StatementChecker:
    """Checks statements against the reports; `retrieve` ranks passages by meaning."""

    def __init__(
        self, retrieve: Retrieve, reports: Reports, reader: FigureReader, lexicon: CheckLexicon
    ) -> None:
        self.retrieve = retrieve
        self.reports = reports
        self.reader = reader  # for content words, in the terms figures are bound in
        self.lex = lexicon
        self._passage_grams: list[tuple[Passage, frozenset[str]]] | None = None
        # a claim's rise or fall must be the passage's to support it ("比上年减少"), and so
        # must its target met or missed ("GDP目标完成了" is not "目标6.5%，完成2.6%")
        self.directions = Directions.from_lexicon(lexicon)
        self.attainment = Attainment()
        self.qualities = Qualities.from_lexicon(lexicon)
        self._directed = (*self.directions.rises, *self.directions.falls)  # words of a change

    def check(
        self, claim: str, text: str, figures: bool = False, docs: frozenset[str] | None = None
    ) -> CheckResult:
        """Verdict of a claim without usable figures: meta facts, then passage coverage.

        Only the claim's own time words count here: a statement in a draft does not take the
        year of the sentence before it (that would turn loose wording into refutations).
        """
        meta = self._check_meeting(claim, text, docs) or self._check_meta(claim, text)
        if meta is not None:
            return meta
        clauses = CLAUSE.findall(text)
        facts = [c for c in clauses if not is_evaluation(c, self._directed)]
        if facts and len(facts) < len(clauses):
            text = "，".join(facts)  # "…获评全国科普示范区，科创氛围日益浓厚": praise, no fact
        content = self.content(text)
        grams = bigrams(content)
        if not grams:
            return CheckResult(claim, "not_found", explanation="声明中没有可核查的内容。")
        time = claim_time(text, len(text))
        candidates = {p.id: p for p in self.candidates(text, docs)}
        # a claim of something done, with no time and no word of a plan; or with a year,
        # something built or opened then ("2024年年底前完工"), which a plan does not say either
        done_claimed = (
            not time.frame
            and not time.soft
            and not _PLANNED.search(text)
            and (not time.year or bool(_EVENT_YEAR.search(text)))
        )
        done: tuple[float, Passage | None, str] = (0.0, None, "")  # best not a plan
        best: dict[bool, tuple[float, Passage | None, str]] = {
            True: (0.0, None, ""),  # best passage part in the claim's time
            False: (0.0, None, ""),  # best one in another time
        }
        for p in candidates.values():
            for seg, year in _segments(p):
                cov = len(grams & bigrams(self.content(seg))) / len(grams)
                in_time = time.soft or self.reports.time_matches(time, p, year)
                if done_claimed and p.frame != FRAME_TARGETS and cov > done[0]:
                    done = (cov, p, seg)
                if cov > best[in_time][0]:
                    best[in_time] = (cov, p, seg)
        best_in, best_out = best[True], best[False]
        cov, passage, seg = best_in
        stayed = self._stayed(claim, text, time, candidates.values())
        if stayed is not None:
            return stayed
        denial = self._denial(claim, text, time, list(candidates.values()))
        if denial is None:
            denial = self._not_reached(claim, text, time, list(candidates.values()))
        if denial is not None:
            return denial
        if passage is not None and cov >= CONFLICT_COVERAGE:
            numbered = _other_numbered(text, seg)
            if numbered:  # "第五研究院" for the report's 第三研究院: a thing it does not name
                renamed = self._renumbered(text, seg, numbered)
                if renamed is not None:
                    said, stated = renamed
                    why = f"报告原文为“{passage.text}”（{stated}），声明为“{said}”。"
                    diff = (FigureDifference("名称", said, stated),)
                    return CheckResult(claim, "refuted", (self.reports.cite(passage),), why, diff)
                why = f"报告原文为“{passage.text}”，未提及“{numbered}”。"
                return CheckResult(claim, "not_found", (self.reports.cite(passage),), why)
            conflict = self.conflict(text, [passage], seg)
            if conflict:
                return CheckResult(claim, "refuted", (self.reports.cite(passage),), conflict[1])
            aspired = self.aspired(text, [passage])
            if aspired:
                return CheckResult(claim, "not_found", (self.reports.cite(aspired[0]),), aspired[1])
            if done_claimed and passage.frame == FRAME_TARGETS and _EVENT_YEAR.search(text):
                # "…按计划在2024年10月前开街" said as done: its plan does not say so; what a
                # review says of it may say otherwise ("于2025年4月开街")
                return self._done_or_planned(claim, text, passage, done)
            if figures:
                aligned = self._aligned(claim, text, passage, seg)
                if aligned is not None:
                    return aligned
            # (the passage's award verbs read as the claim's are: "入选" is "获评" on both)
            swapped = _sibling_swapped(self.content(text), _AWARD.sub("获评", tidy(seg)))
            if swapped and not figures:
                said, stated = swapped
                why = f"报告原文为“{passage.text}”（{stated}），声明为“{said}”。"
                diff = (FigureDifference("名称", said, stated),)
                return CheckResult(claim, "refuted", (self.reports.cite(passage),), why, diff)
            unknown = self._unknown_name(text, seg)
            if unknown and not figures:
                why = f"报告原文为“{passage.text}”，未提及“{unknown}”。"
                return CheckResult(claim, "not_found", (self.reports.cite(passage),), why)
            if (
                _loose_coverage(grams, self.content(seg)) >= SUPPORT_COVERAGE
                and not figures
                and self._bound(text, seg)
                and self._agree(text, seg)
                and not unstated_qualifier(text, seg)
                and not _rank_of_another_measure(text, seg)
            ):
                if done_claimed and passage.frame == FRAME_TARGETS:
                    # "…主体完工" said as done, no time: a plan for it does not say so; what
                    # a review says of it may say otherwise ("完成主体结构施工的八成")
                    return self._done_or_planned(claim, text, passage, done)
                why = f"报告原文：“{passage.text}”，与声明一致。"
                return CheckResult(claim, "supported", (self.reports.cite(passage),), why)
        ocov, other, _ = best_out
        if other is not None and ocov >= SUPPORT_COVERAGE and ocov >= cov + 0.1 and not figures:
            doc = self.reports.doc_of[other.id]
            when = frame_label(other, doc)
            if (
                other.frame == FRAME_TARGETS
                and _same_event_year(text, tidy(other.text))
                and self._bound(text, other.text)
                and self._agree(text, other.text)
            ):
                # "…计划于2026年建成投用": the claim's year is the plan's date for the event
                why = f"报告原文（{when}）：“{other.text}”，与声明一致。"
                return CheckResult(claim, "supported", (self.reports.cite(other),), why)
            if (
                self.directions.of(text) is not None
                or self.lex.scope_of(text)
                or _KEPT_STATE.search(text)
            ):
                # a rise or fall, the year's new ones or a year-end total, are stated year by
                # year: another year's says nothing of this one ("事故死亡人数下降" in 2021 is
                # no answer for 2022, "新增市级文物保护单位4处" in 2022 none for 2023; nor
                # is a state kept one year, "水质稳定保持Ⅱ类", said of the next)
                why = f"报告只说了{when}的情况：“{other.text}”，没有说{time.label()}的。"
                return CheckResult(claim, "not_found", (self.reports.cite(other),), why)
            planned = other.frame == FRAME_TARGETS and time.year and other.years == time.year
            plan_claimed = planned and _REPORT_PLANS.search(text) and not _DONE.search(text)
            conflict = self.conflict(text, [other]) if plan_claimed else None
            if conflict:  # the plan claimed, with a word the plan has another of
                return CheckResult(claim, "refuted", (self.reports.cite(other),), conflict[1])
            if (
                plan_claimed
                and all(w in other.text for w in _WHEN_WORDS.findall(text))
                and not _other_numbered(text, other.text)
                and not self._unknown_name(text, other.text)
                and self._bound(text, other.text)
                and self._agree(text, other.text)
            ):
                # "2023年的报告提出，…要在年底前主体封顶": the plan, as the claim says
                why = f"报告原文（{when}）：“{other.text}”，与声明一致。"
                return CheckResult(claim, "supported", (self.reports.cite(other),), why)
            cov_in, said_in, seg_in = best_in
            if planned and said_in is not None and cov_in >= CONFLICT_COVERAGE:
                # the plan for the year, and its review saying otherwise ("完成工程量的七成，
                # 投用时间调整至2025年6月" for "在2024年底前建成投用"): refuted by the review
                conflict = self.conflict(text, [said_in], seg_in)
                if conflict:
                    return CheckResult(claim, "refuted", (self.reports.cite(said_in),), conflict[1])
            if planned:
                # the plan for the year claimed, and a later report reviewing it silent:
                # not said to be done, nor said not to be
                why = f"报告只把它列为{when}：“{other.text}”，没有说{time.label()}做到了。"
                return CheckResult(claim, "not_found", (self.reports.cite(other),), why)
            why = f"声明说的是{time.label()}，但报告中这是{when}的内容：“{other.text}”。"
            return CheckResult(claim, "refuted", (self.reports.cite(other),), why)
        why = "报告中没有找到与声明相符的内容。"
        if figures:
            why = "报告中没有与声明中的数字对应的指标。"
        return CheckResult(claim, "not_found", explanation=why)

    def _done_or_planned(
        self, claim: str, text: str, plan: Passage, done: tuple[float, Passage | None, str]
    ) -> CheckResult:
        """A claim of something done, with no time, that a plan states: refuted by a review
        saying otherwise of it, else not found (only planned)."""
        cov, passage, seg = done
        if passage is not None and cov >= CONFLICT_COVERAGE:
            conflict = self.conflict(text, [passage], seg)
            if conflict:
                return CheckResult(claim, "refuted", (self.reports.cite(passage),), conflict[1])
        why = f"报告只把它列为计划：“{plan.text}”，没有说已经做到。"
        return CheckResult(claim, "not_found", (self.reports.cite(plan),), why)

    def _stayed(
        self, claim: str, text: str, time: ClaimTime, passages: Iterable[Passage]
    ) -> CheckResult | None:
        """New things claimed of a year whose passage says their total stayed where it was
        ("全县上市企业仍为7家"): refuted, or supported when the claim denies any were added."""
        for p in passages:
            for seg, year in _segments(p):
                still = _stayed(text, tidy(seg))
                if still and (time.soft or self.reports.time_matches(time, p, year)):
                    denied = bool(_NEGATION.search(text))
                    why = f"报告原文：“{p.text}”（{still}），即没有新增；"
                    why += "与声明一致。" if denied else "声明却说有新增。"
                    verdict: Verdict = "supported" if denied else "refuted"
                    return CheckResult(claim, verdict, (self.reports.cite(p),), why)
        return None

    def _denial(
        self, claim: str, text: str, time: ClaimTime, passages: list[Passage]
    ) -> CheckResult | None:
        """A claim that something did not happen in its year. Of a project's stage ("2022年
        未能开通运营"): supported by the year's review putting the project at an earlier stage
        or putting the stage off, refuted by one saying it reached it. Of anything else ("没有
        新增上市企业", "没有引进任何江西首店"): refuted by the year's review stating it
        happened. None when no review of the year speaks of the thing."""
        m = _DENIAL.search(text)
        exists = _EXISTS.search(text) if m is None else None
        m = m or exists  # "2023年有新增上市企业": what a denial of it would deny
        if (
            m is None
            or _NEGATION.search(text, m.end())
            or self.attainment.of(text)
            or _PLANNED.search(text)
            or not time.year
        ):
            return None
        before, after = text[: m.start()], _ANY.sub("", text[m.end() :])
        said = None if exists else _stage(after)
        reviews = self.reviews(time, passages)
        if said is not None:
            furthest = self._furthest_stage(_WHEN_SAID.sub("", before), reviews)
            if furthest is None:
                return None
            stated, p = furthest
            cited, denied = (self.reports.cite(p),), after.strip("，,；;。 ")
            if stated[0] >= said[0]:
                why = f"报告原文：“{p.text}”（{stated[2]}），声明却说没有{denied}。"
                return CheckResult(claim, "refuted", cited, why)
            if said[2] in stated[2]:
                return None  # "主体完工" is a 完工 to some: "未能完工" is not settled by it
            why = f"报告原文：“{p.text}”（{stated[2]}），尚未{denied}，与声明一致。"
            return CheckResult(claim, "supported", cited, why)
        denied = self.content(after)
        happened = self._happened(before + after, denied[-2:], reviews)
        named = _DONE_TO.search(denied)
        if happened is None and named is not None:
            # "没有新增上市企业", "没有企业上市": a company's listing ("…在深交所上市") is one
            done = named.group("done1") or named.group("done2")
            happened = next(
                (
                    (p, c.strip("，,；;。 "))
                    for p, seg in reviews
                    for c in CLAUSE.findall(tidy(seg))
                    if re.search(rf"{done}[，,；;。]?$", c) and not _NEGATION.search(c)
                ),
                None,
            )
        if happened is None:
            return None
        p, clause = happened
        if exists:
            why = f"报告原文为“{p.text}”（{clause}），与声明一致。"
            return CheckResult(claim, "supported", (self.reports.cite(p),), why)
        why = f"报告原文为“{p.text}”（{clause}），声明却作了否定表述。"
        return CheckResult(claim, "refuted", (self.reports.cite(p),), why)

    def _not_reached(
        self, claim: str, text: str, time: ClaimTime, passages: list[Passage]
    ) -> CheckResult | None:
        """A project claimed to reach a stage in a year ("二期工程在2024年底前建成投用") whose
        review of that year puts it short of the stage, furthest as any review says it
        ("完成工程量的七成，投用时间调整至2025年"): refuted. None otherwise."""
        said = _stage(text)
        if (
            said is None
            or not time.year
            or _NEGATION.search(text)
            or _PLANNED.search(text)
            or len(set(YEAR_NIAN.findall(text))) > 1
        ):
            return None
        first = min(m.start() for stage in _STAGES for m in stage.finditer(text))
        subject = _WHEN_SAID.sub("", text[:first])  # "…二期工程" of "…在2024年底前建成投用"
        furthest = self._furthest_stage(subject, self.reviews(time, passages))
        if furthest is None:
            return None
        stated, p = furthest
        if stated[0] >= said[0] or said[2] in stated[2]:
            return None
        claimed = text[first : said[1] + len(said[2])]
        why = f"报告原文为“{p.text}”（{stated[2]}），声明为“{claimed}”。"
        return CheckResult(claim, "refuted", (self.reports.cite(p),), why)

    def _renumbered(self, text: str, seg: str, numbered: str) -> tuple[str, str] | None:
        """A numbered name no report writes, in a claim the passage states in full with its
        own number there ("第十一中学松林校区于2024年8月建成投用" of the report's "第十中学
        松林校区…"): the claim's name and the passage's, else None."""
        m = re.match(r"第([一二三四五六七八九十百零两\d]+)(.)", numbered)
        if (
            m is None
            or numbered in self.reports.known_text
            or not _SCHOOL.match(text, text.find(numbered) + m.end(1))
        ):
            return None  # (a 第五研究院 or 第三分校 is another of a series: not named at all)
        for n, head in numbered_names(seg):
            if head != m.group(2) or _numeral_value(n) == _numeral_value(m.group(1)):
                continue
            stated = f"第{n}{numbered[m.end(1) :]}"
            swapped = text.replace(numbered, stated, 1)
            grams = bigrams(self.content(swapped))
            if stated in seg and _loose_coverage(grams, self.content(seg)) >= SUPPORT_COVERAGE:
                kind = numbered[m.end(1) : m.end(2) + 1]  # "中学" of 第十一中学
                return f"第{m.group(1)}{kind}", f"第{n}{kind}"
        return None

    def reviews(self, time: ClaimTime, passages: list[Passage]) -> list[tuple[Passage, str]]:
        """The parts of the passages that review the claim's year (no plan's)."""
        return [
            (p, seg)
            for p in passages
            if p.frame != FRAME_TARGETS
            for seg, year in _segments(p)
            if self.reports.time_matches(time, p, year)
        ]

    def _furthest_stage(
        self, subject: str, reviews: list[tuple[Passage, str]]
    ) -> tuple[tuple[int, int, str], Passage] | None:
        """The furthest stage any review part says the project named by `subject` reached,
        with its passage; None when none names it with a stage."""
        staged = [
            (stated, p)
            for p, seg in reviews
            if (stated := self._project_stage(subject, tidy(seg))) is not None
        ]
        return max(staged, key=lambda s: s[0][0]) if staged else None

    def _denied_named(self, text: str, ptext: str) -> bool:
        """The passage speaks of the thing a claim's denial is of, not of another of its kind:
        "没有新增省级特色小镇" is no denial of "新增省级特色田园乡村4个" (the same words before
        the claim's last noun, another noun after them)."""
        from jieba import posseg

        m = _DENIAL.search(text)
        if m is None:
            return True
        denied = self.content(_ANY.sub("", text[m.end() :]))
        words = posseg.lcut(denied)
        head = words[-1] if words else None
        if head is None or len(head.word) < 2 or not head.flag.startswith("n"):
            return True  # (a verb may be the report's synonym: "没有增加" of its "增长")
        stated = self.content(ptext)
        kind = denied[: len(denied) - len(head.word)][-2:]  # "特色" of 特色小镇
        if head.word in stated or len(kind) < 2 or kind not in stated:
            return True
        return all(stated[i + 2 : i + 4] == head.word[:2] for i in _positions(stated, kind))

    def _happened(
        self, affirmed: str, head: str, reviews: list[tuple[Passage, str]]
    ) -> tuple[Passage, str] | None:
        """The review's passage and clause stating what a denial denies (the claim with its
        negation taken out): the clause holds the denied thing's head word ("首店") and no
        negation of its own, its sentence part most of the claim's words."""
        grams = bigrams(self.content(affirmed))
        if len(grams) < 3 or len(head) < 2:
            return None
        best: tuple[float, Passage | None, str] = (0.0, None, "")
        for p, seg in reviews:
            cov = _loose_coverage(grams, self.content(seg))
            clauses = CLAUSE.findall(tidy(seg))
            if cov < SUPPORT_COVERAGE or any(head in c and _NEGATION.search(c) for c in clauses):
                continue  # "…有所下降，未发生较大及以上生产安全事故": the report denies it too
            for clause in clauses:
                if (
                    head not in clause
                    or _NEGATION.search(clause)
                    or _PUT_OFF.search(clause)
                    or _PARTLY_DONE.search(clause)  # "完成主体结构施工的七成": not done
                ):
                    continue
                score = cov + len(grams & bigrams(self.content(clause))) / len(grams)
                if score > best[0]:
                    best = (score, p, clause.strip("，,；;。 "))
        return None if best[1] is None else (best[1], best[2])

    def event_time(
        self, claim: str, text: str, docs: frozenset[str] | None = None
    ) -> CheckResult | None:
        """When something happened, said more loosely or otherwise than the report says it:
        "于2022年9月下旬建成开放" for its "于9月28日建成开放" (inside: supported), "于2023年
        下半年开工建设" for its "于4月开工建设" (apart: refuted). The passage must state the
        rest of the claim in its year; None when the claim names no time finer than a year,
        states figures besides it, or the report's time neither lies inside nor apart."""
        # (a deadline at a year's end is the whole year: a date stated inside it met it; a
        # plan's deadline is its own, "2025年底前投入运营" is not the plan's "6月底前")
        planned = bool(_PLANNED.search(text))  # (按计划, as planned, is done: no plan word)
        said = times_within_year(text) or ([] if planned else by_year_end(text))
        if len(said) != 1 or self._check_meta(claim, text) is not None:
            return None  # a report's own date is its metadata's
        c = said[0]
        # "按计划赶在2024年秋季学期前建成投用": on schedule is the time's to say (not the
        # "到" of "推迟到2025年下半年": a put-off's, kept)
        before = text[: c.start]
        if _ON_TIME.search(before[-6:]) or "按期" in before[-6:]:
            # "按计划在2024年9月投入使用" of one in use by late August: on schedule, a deadline
            c = replace(c, low=(1, 1))
        if not _POSTPONED.search(before[-6:]):
            before = _WHEN_SAID.sub("", before)
        rest = before + (f"{c.year}年" if c.year else "") + text[c.end :]
        if any(f.indicator for f in self.reader.figures_of(rest)):
            return None
        grams = bigrams(self.content(rest))
        if len(grams) < 3:
            return None
        time = claim_time(rest, len(rest))
        best: tuple[float, Passage | None, str] = (0.0, None, "")
        for p in self.candidates(rest, docs):
            if not planned and p.frame == FRAME_TARGETS:
                continue  # a plan's date says nothing of when it was done
            for seg, year in _segments(p):
                if not times_within_year(seg) or not self.reports.time_matches(time, p, year):
                    continue
                cov = _loose_coverage(grams, self.content(without_times(seg)))
                if cov > best[0]:
                    best = (cov, p, seg)
        cov, passage, seg = best
        if (passage is None or cov < SUPPORT_COVERAGE) and c.year and c.low == (1, 1):
            return self._done_late(claim, text, c, grams, docs)
        if passage is None or cov < SUPPORT_COVERAGE:
            return None
        if any(n not in seg for n in NUMBER_IN_NAME.findall(rest)) or _other_numbered(rest, seg):
            return None  # "地铁2号线…开通" is not the report's 4号线, nor 第三分校 its 第二分校
        after = bigrams(self.content(text[c.end : c.end + EVENT_WORDS]))
        # a plan's deadline may be its year's end ("年底前开业" beside "10月前开街")
        times = times_within_year(seg) + (year_end_deadlines(seg) if planned else [])
        stated = max(
            times,
            key=lambda r: len(after & bigrams(self.content(seg[r.end : r.end + EVENT_WORDS]))),
        )
        if c.year and stated.year and c.year != stated.year:
            return None  # another year's date: the frames' checks decide
        part = (
            re.split(r"[；;。]", seg[: stated.start])[-1]
            + re.split(r"[；;。]", seg[stated.start :])[0]
        )
        if _loose_coverage(grams, self.content(without_times(part))) < CONFLICT_COVERAGE:
            return None  # the date of another thing in the sentence ("…于8月建成投用；区中医
            # 医院综合楼完成主体结构施工的七成")
        if _PLAN_LEAD.search(seg[max(0, stated.start - 4) : stated.start]) and not _PLANNED.search(
            text
        ):
            return None  # "原计划年底完工，…调整至2025年9月": the plan's date, not the event's
        reported, claimed = seg[stated.start : stated.end], text[c.start : c.end]
        cited = (self.reports.cite(passage),)
        if stated.within(c) and self._agree(text, seg):
            why = f"报告原文：“{passage.text}”（{reported}在声明的“{claimed}”之内），与声明一致。"
            return CheckResult(claim, "supported", cited, why)
        if stated.apart(c) or (planned and c.reach and stated.reach and c.reach != stated.reach):
            # (a plan's deadline is a day: "年底前开业" is not planned "9月底前")
            why = f"报告原文：“{passage.text}”。报告为“{reported}”，声明为“{claimed}”。"
            diff = (FigureDifference("时间", claimed, reported),)
            return CheckResult(claim, "refuted", cited, why, diff)
        if c.reach and stated.within(replace(c, high=c.reach)) and self._agree(text, seg):
            # "9月前建成" of one built in September: before it, or by it? The report
            # does not settle which the claim meant
            why = (
                f"报告原文：“{passage.text}”。报告为“{reported}”，声明为“{claimed}”，"
                "无法判断是否在其之前。"
            )
            return CheckResult(claim, "not_found", cited, why)
        return None

    def _done_late(
        self,
        claim: str,
        text: str,
        due: WithinYear,
        grams: frozenset[str],
        docs: frozenset[str] | None,
    ) -> CheckResult | None:
        """A thing claimed done by a deadline ("2023年底前建成") that a later review dates
        after it ("于2024年4月建成投用"): refuted, late. None when no review dates it so."""
        stage = _STAGE.search(text, due.end)
        if stage is None:
            return None
        for p in self.candidates(text, docs):
            if p.frame == FRAME_TARGETS:
                continue  # a plan's date says nothing of when it was done
            for seg, _ in _segments(p):
                for t in times_within_year(seg):
                    after = _STAGE.match(seg, t.end) or _STAGE.match(seg, t.end + 1)
                    if (
                        not t.year
                        or (t.year, t.low) <= (due.year, due.high)
                        or after is None
                        or _stage_key(after.group(0)) != _stage_key(stage.group(0))
                    ):
                        continue
                    part = re.split(r"[，,；;。]", seg[: t.start])[-1]
                    if _loose_coverage(grams, self.content(part)) < SUPPORT_COVERAGE:
                        continue  # the date of another thing in the sentence
                    reported, claimed = seg[t.start : t.end], text[due.start : due.end]
                    why = (
                        f"报告原文：“{p.text}”。报告为“{reported}”{after.group(0)}，"
                        f"晚于声明的“{claimed}”。"
                    )
                    diff = (FigureDifference("时间", claimed, reported),)
                    return CheckResult(claim, "refuted", (self.reports.cite(p),), why, diff)
        return None

    def _aligned(self, claim: str, text: str, passage: Passage, seg: str) -> CheckResult | None:
        """A claim repeating a report sentence part with its figures in the same places:
        refuted when one differs, supported when all agree and the wording is the report's."""
        if not thresholds_stated(text, seg):
            return None  # "五千万元以上项目" is not a sentence on 千万元以上大项目
        named = {street_key(n) for f in self.reader.figures_of(text) for n in streets(f.indicator)}
        if not named <= street_keys(seg):
            return None  # "永宁街道新增…41家" is not the district's "累计新增…412家"
        words = self.content(without_numbers(text))
        if len(bigrams(words)) < ALIGNED_MIN_GRAMS:
            return None  # "增长10%": no wording to find the figure's place by
        cov = coverage(words, self.content(without_numbers(seg)))
        if cov < CONFLICT_COVERAGE:
            return None
        pairs, unpaired = align(text, tidy(seg))
        cited = (self.reports.cite(passage),)
        wrong = [p for p in pairs if not p.agrees]
        if wrong and self._other_things(text, seg, wrong):
            return None  # "竣工投产10亿元以上项目5个" is not the sentence's 新开工 ones
        if wrong:
            diffs = tuple(
                FigureDifference(self.named(seg, p.report), p.claim.raw, p.report.raw)
                for p in wrong
            )
            said = "；".join(f"报告为“{p.report.raw}”，声明为“{p.claim.raw}”" for p in wrong)
            return CheckResult(claim, "refuted", cited, f"报告原文：“{seg}”。{said}。", diffs)
        if (
            pairs
            and not unpaired
            and cov >= SUPPORT_COVERAGE
            and self._bound(text, seg)
            and self._agree(text, seg)
            # "新开工10亿元以上项目6个" agrees in number with "新签约…，其中10亿元以上项目6个"
            # but counts other things
            and not self._other_things(text, seg, pairs)
            # "增长6.2%" is not a plan's "增长6%左右": the target is its hedge and number
            and not (passage.frame == FRAME_TARGETS and any(_off_target(p) for p in pairs))
            # nor is a result claimed ("2023年地区生产总值增长6.5%") its target "6.5%左右"
            and not (
                passage.frame == FRAME_TARGETS
                and not _PLANNED.search(text)
                and any(_hedge_dropped(p) for p in pairs)
            )
            and not _rank_of_another_measure(text, seg)
        ):
            why = f"报告原文：“{passage.text}”，其中的数字与声明一致。"
            return CheckResult(claim, "supported", cited, why)
        return None

    def _other_things(self, text: str, seg: str, pairs: list) -> bool:
        """True when a figure the claim puts in a sentence's place counts another thing than
        the sentence's figure there: their indicators hold contrasting words (a stage, a
        level) and the claim's is not the sentence's."""
        said = {f.quantity.raw: f.indicator for f in self.reader.figures_of(text)}
        stated = {f.quantity.raw: f.indicator for f in self.reader.figures_of(seg)}
        return any(
            self.lex.contrasted(a, b)
            or self._unrelated(a, b)
            or bool(sites(a) and sites(a) != sites(b))  # "柳湾工业园营业收入" is not another park's
            or other_scope(a, b)  # "新引进全国首店" is not the sentence's 品牌首店
            for p in pairs
            for a, b in [(said.get(p.claim.raw, ""), stated.get(p.report.raw, ""))]
        )

    def _unrelated(self, said: str, stated: str) -> bool:
        """Two indicators sharing no word once their rises and falls are left out: the
        claim's "单位地区生产总值能耗下降3%" is not the sentence's "固定资产投资下降2.7%"."""
        grams = []
        for indicator in (said, stated):
            words = self.reader.canonical(indicator)
            for word in self.lex.growth_words:
                words = words.replace(word, " ")
            grams.append(bigrams(self.content(words)))
        return bool(grams[0]) and bool(grams[1]) and not grams[0] & grams[1]

    def _agree(self, text: str, seg: str) -> bool:
        """The claim states no rise, fall, target met or missed that the passage does not
        ("成功获评" says how, not that a target was met)."""
        text = _MANNER.sub("", text)
        return (
            self.directions.agree(text, seg)
            and self.attainment.agree(text, seg)
            and self.qualities.agree(text, seg)
        )

    def named(self, seg: str, number: Number) -> str:
        """What a report number counts, in the words just before it (its clause's end)."""
        before = re.split(r"[，。；：,;:、]", tidy(seg)[: number.start])[-1]
        return self.content(before)[-8:] or number.raw

    def candidates(self, text: str, docs: frozenset[str] | None = None) -> list[Passage]:
        """Passages worth reading for a claim.

        The injected retriever ranks by meaning; a scan by shared wording backs it up, so
        a claim quoting the report is never missed because the retriever ranked it low.
        """
        k = RETRIEVE_K if docs is None else 4 * RETRIEVE_K  # room for the named reports'
        found = {p.id: p for p in self.retrieve(text, k)}
        for p in self._scan(bigrams(self.content(text)), k):
            found.setdefault(p.id, p)
        return [p for p in found.values() if docs is None or p.doc_id in docs]

    def _bound(self, text: str, seg: str) -> bool:
        """Who did it and what was done sit in one clause of the report, as in the claim.

        "实验幼儿园被评为全国工人先锋号" is not stated by "芳草园小学被评为全国工人先锋号，
        实验幼儿园教学成果获国家一等奖": every word is there, but bound to another subject.
        """
        m = _PREDICATE.search(text)
        if m is None:
            return True
        who = _SELF_PLACE.sub("", self.content(YEAR_NIAN.sub("", text[: m.start()])))
        subject = bigrams("".join(c for c in who if c not in _FUNCTION_CHARS))
        thing = bigrams(self.content(text[m.end() :]))
        if not subject or not thing:
            return True
        for sentence in re.split(r"[。；;]", seg):
            clauses = re.split(r"[，,]", sentence)
            # a clause opening with the predicate ("…二期于2023年5月开街，…，获评国家级…")
            # is said of the thing its sentence opens with
            opening = self.content(clauses[0])
            opens_with = opening.startswith(tuple(subject))
            for clause in clauses:
                grams = bigrams(self.content(clause))
                if opens_with and _CHAINED.match(clause):
                    grams |= bigrams(opening)
                if 2 * len(subject & grams) >= len(subject) and 2 * len(thing & grams) >= len(
                    thing
                ):
                    return True
        return False

    def _scan(self, grams: frozenset[str], k: int) -> list[Passage]:
        """The k passages sharing the most content bigrams with a claim."""
        if self._passage_grams is None:
            self._passage_grams = [
                (p, bigrams(self.content(p.text)))
                for d in self.reports.documents
                for p in d.passages
                if p.kind != "heading"
            ]
        ranked = sorted(self._passage_grams, key=lambda pg: -len(grams & pg[1]))
        return [p for p, _ in ranked[:k]]

    def _check_meeting(
        self, claim: str, text: str, docs: frozenset[str] | None
    ) -> CheckResult | None:
        """The session a report was delivered at ("在区十八届人大三次会议上作出"): refuted
        by another session of the one report the claim can mean; supported by its own
        unless the claim's date then says otherwise (left to the date check)."""
        flat = text.replace(" ", "")
        said = _session(flat)
        if said is None or not re.search("报告|召开", flat) or re.search("目标|任务|确定", flat):
            return None
        years = {int(y) for y in YEAR_NIAN.findall(flat)}
        fits = [
            d
            for d in self.reports.documents
            if (docs is None or d.meta.id in docs)
            and (not years or d.meta.year in years)
            and _session(d.meta.meeting) is not None
        ]
        if len(fits) != 1:
            return None
        doc = fits[0]
        held = _session(doc.meta.meeting)
        p = self.reports.passage_with(doc, doc.meta.meeting.lstrip("区市县"))
        if held == said:
            if DATE.search(flat) or _MONTH_DAY_PARTS.search(flat):
                return None  # the date decides the rest
            why = f"报告在{doc.meta.meeting}上作出。"
            return CheckResult(claim, "supported", self.reports.cites(p), why)
        # the claim's own words for the session (its numerals as written)
        words = m.group(0) if (m := _SESSION.search(flat)) else f"第{said[0]}届第{said[1]}次会议"
        why = f"报告在{doc.meta.meeting}上作出，声明为“{words}”。"
        diff = (FigureDifference("会议", words, doc.meta.meeting),)
        return CheckResult(claim, "refuted", self.reports.cites(p), why, diff)

    def _check_meta(self, claim: str, text: str) -> CheckResult | None:
        """Facts about a document itself: who delivered it and on which date."""
        flat = text.replace(" ", "")
        if "报告" in flat:
            result = self._check_speaker(claim, flat)
            if result is not None:
                return result
        # (a date in a claim about anything else is the event's: "于2024年12月28日开通")
        date = DATE.search(flat) if _ABOUT_THE_REPORT.search(flat) else None
        if date is None and "报告" in flat:
            # "2025年政府工作报告于1月8日…作出": the day of the year the claim names
            day = _MONTH_DAY_PARTS.search(flat)
            meant = self._meant_document(flat) if day else None
            if day and meant is not None and meant.meta.year:
                dated = f"{meant.meta.year}年{day.group(1)}月{day.group(2)}日"
                date = DATE.search(dated)
        if date is not None:
            y, m, d = (int(x) for x in date.groups())
            return self._check_date(claim, flat, (y, m, d, d), date.group(0))
        month = _MONTH_PART.search(flat)
        if month is not None and "报告" in flat and _DELIVERED.search(flat):
            # "于2025年1月上旬在区人代会上作出": a day within the part of the month named
            lo, hi = _PART_DAYS.get(month.group(3) or "", (1, 31))
            y, m = int(month.group(1)), int(month.group(2))
            return self._check_date(claim, flat, (y, m, lo, hi), month.group(0))
        return None

    def _check_speaker(self, claim: str, flat: str) -> CheckResult | None:
        """ "报告由区长X作": supported when X is a document's speaker, refuted by the one
        document the claim can mean (its only one, or the one of the claim's year)."""
        meant = self._meant_document(flat)
        for doc in self.reports.documents:
            speaker = doc.meta.speaker
            if meant is not None and doc is not meant and speaker != meant.meta.speaker:
                continue  # "2024年作报告的区长邢立峰": the 2022 report's speaker is not 2024's
            if speaker and speaker in flat:
                rest = re.sub(_REPORT_WORDS, "", self.content(flat.replace(speaker, "")))
                if len(rest) <= 3:  # nothing but the speaker and report words
                    p = self.reports.passage_with(doc, speaker)
                    return CheckResult(
                        claim, "supported", self.reports.cites(p), f"报告由{speaker}作。"
                    )
                return None
        m = _ROLE_NAME.search(flat)
        if m is None or meant is None or not meant.meta.speaker:
            return None
        if m.group(1)[0] in "在向对将把被从作代":
            return None  # "区长在会议上作报告" names nobody
        name = m.group(1).rstrip(_NAME_TAIL)
        if len(name) < 2:
            return None
        doc, speaker = meant, meant.meta.speaker
        why = f"报告由{speaker}作，声明中为“{name}”。"
        diff = (FigureDifference("报告人", name, speaker),)
        return CheckResult(
            claim, "refuted", self.reports.cites(self.reports.passage_with(doc, speaker)), why, diff
        )

    def _check_date(
        self, claim: str, flat: str, claimed: tuple[int, int, int, int], written: str
    ) -> CheckResult | None:
        """A claimed delivery (报告/会议) or publication (印发/发布) date against the metadata:
        claimed is year, month and the first and last day the claim allows."""
        published = any(w in flat for w in ("印发", "发布", "公布", "通知"))
        what = "印发日期" if published else "报告日期"
        # the reports of the place the claim names (吴江's date is not 姑苏's)
        named = [d for d in self.reports.documents if self._names_place_of(flat, d)]
        for doc in named or self.reports.documents:
            value = doc.meta.published if published else doc.meta.date
            if value and _within(tuple(int(x) for x in value.split("-")), claimed):
                reported = "{}年{}月{}日".format(*(int(x) for x in value.split("-")))
                p = self.reports.passage_with(doc, reported)
                return CheckResult(
                    claim, "supported", self.reports.cites(p), f"{what}为{reported}。"
                )
        meant = self._meant_document(flat, year=claimed[0])
        value = (meant.meta.published if published else meant.meta.date) if meant else ""
        if meant is None or not value:
            return None
        doc = meant
        reported = "{}年{}月{}日".format(*(int(x) for x in value.split("-")))
        why = f"{what}为{reported}，声明为{written}。"
        diff = (FigureDifference(what, written, reported),)
        return CheckResult(
            claim,
            "refuted",
            self.reports.cites(self.reports.passage_with(doc, reported)),
            why,
            diff,
        )

    @staticmethod
    def _names_place_of(flat: str, doc: Document) -> bool:
        """The text names the document's place (by any of its short names)."""
        return any(len(n) >= 2 and n in flat for n in short_names(doc.meta.region))

    def _meant_document(self, flat: str, year: int = 0) -> Document | None:
        """The one document a claim about "the report" can mean, else None."""
        if len(self.reports.documents) == 1:
            return self.reports.documents[0]
        years = {int(y) for y in YEAR_NIAN.findall(flat)} | ({year} if year else set())
        fits = [d for d in self.reports.documents if d.meta.year in years]
        if len(fits) > 1:  # reports of several places that year: the one of the place named
            fits = [d for d in fits if self._names_place_of(flat, d)]
        return fits[0] if len(fits) == 1 else None

    def conflict(
        self, text: str, passages: list[Passage], segment: str = ""
    ) -> tuple[Passage, str] | None:
        """A clearly conflicting statement: negation, "全部" vs "其中", a contrasting word."""
        for p in passages:
            ptext = tidy(segment or p.text)
            # "未达到…的目标" says a target was missed, decided as such, not a denial
            if (
                _NEGATION.search(_NEGATED_MARK.sub("", text))  # "未达到400亿元" is a bound
                and self._denied_named(text, ptext)  # "没有新增…特色小镇" of 特色田园乡村
                and not _NEGATION.search(ptext)
                and not _PUT_OFF.search(ptext)  # "开通运营时间调整至2023年": not done yet
                and not _PARTLY_DONE.search(ptext)  # "完成主体结构施工的七成": not done either
                and not self.attainment.of(text)
                and (p.frame != FRAME_TARGETS or _PLANNED.search(text))  # a plan says
            ):  # nothing of what happened: "坚决遏制较大以上事故" is no "发生了"
                return p, f"报告原文为“{p.text}”，声明却作了否定表述。"
            denied = self._denied(text, ptext)
            if denied:
                return p, f"报告原文为“{p.text}”（{denied}），声明却作了肯定表述。"
            staged = self._earlier_stage(text, ptext) if p.frame != FRAME_TARGETS else None
            if staged:  # (a plan to start it says nothing of whether it will be done by then)
                return p, f"报告原文为“{p.text}”（{staged[1]}），声明为“{staged[0]}”。"
            dated = _event_year_clash(text, ptext) or _event_due_clash(text, ptext)
            if dated:  # "计划于2025年建成投用" against "2026年建成投用"
                return p, f"报告原文为“{p.text}”（{dated[1]}），声明为“{dated[0]}”。"
            opposed = self._opposed_stance(text, ptext)
            if opposed:
                return p, f"报告原文为“{p.text}”（{opposed[1]}），声明为{opposed[0]}。"
            m = _ALL_WORDS.search(text)
            if m and not _ALL_WORDS.search(ptext):
                after = bigrams(self.content(re.split(r"[，。；,;]", text[m.end() :])[0]))
                for clause in CLAUSE.findall(ptext):
                    if clause.startswith("其中") and after & bigrams(self.content(clause)):
                        return p, f"报告称“{clause}”，并非全部；声明为“{m.group(0)}”。"
            short = _shortfall(text, ptext)
            if short:
                return p, f"报告原文为“{p.text}”（{short}），声明却说已经做到。"
            swap = self._contrast(self.content(text), self.content(ptext)) or _scope_swap(
                text, ptext
            )
            if swap and numbers(text) and swap[0] in self.content(ptext):
                # a sentence writing both words counts both things ("新开工…其中10亿元以上
                # 项目16个；竣工投产…34个"): the claim's figures are compared by the figures
                swap = None
            if swap:
                said, stated = swap
                return p, f"报告原文为“{p.text}”（{stated}），声明为“{said}”。"
        return None

    def _opposed_stance(self, text: str, ptext: str) -> tuple[str, str] | None:
        """A target said missed that the passage says met, or met that it says missed, in a
        clause on the same thing ("没有完成县十八届人大二次会议确定的目标任务" against "县
        十八届人大二次会议确定的目标任务全面完成"): the two stances' words, else None."""
        said = self.attainment.of(text)
        if said is None:
            return None
        mine = next((c for c in CLAUSE.findall(text) if self.attainment.of(c)), "")
        a = bigrams(self.content(mine))
        stances = [c for c in split_at(ptext, "，,；;。") if self.attainment.of(c)]
        # the passage's clause on the claim's thing when the claim names it in its stance's
        # clause, of the several it may hold ("地区生产总值、…等指标完成年度目标；固定资产投资…
        # 低于预期目标"); else the first
        subject = {g for g in a if not set(g) & _STANCE_CHARS}
        named = [c for c in stances if subject & bigrams(self.content(c))]
        first = next((c for c in CLAUSE.findall(ptext) if self.attainment.of(c)), "")
        theirs = max(named, key=lambda c: len(a & bigrams(self.content(c)))) if named else first
        stated = self.attainment.of(theirs) if theirs else None
        if stated is None or said[0] == stated[0]:
            return None
        b = bigrams(self.content(theirs))
        if not a or len(a & b) < OPPOSED_OVERLAP * len(a):
            return None
        words = self.attainment.words
        return words[said[0]], words[stated[0]]

    def aspired(self, text: str, passages: list[Passage]) -> tuple[Passage, str] | None:
        """A plan's passage that only strives for what the claim says was done: "积极争创省
        双拥模范区“十连冠”" (a target) does not say 鼓楼 won it ("争创…成功" claims it won);
        nor does any plan's clause say already done ("已经投入使用"). None when the claim
        itself speaks of a plan or no such passage states its content."""
        done = bool(_DONE.search(text))
        if _PLANNED.search(text) and not done:
            return None
        already = bool(_ALREADY.search(text))
        claim = self.content(text)
        for p in passages:
            if p.frame != FRAME_TARGETS:
                continue
            for clause in CLAUSE.findall(tidy(p.text)):
                m = _ASPIRE.search(clause)
                if m is None and (not already or _DONE.search(clause)):
                    continue  # (a plan's clause may say what is done: "目前已建成…")
                # (the plan's date is no content a claim of it done must repeat: "9月投入使用")
                striven = self.content(without_times(clause[m.end() :] if m else clause))
                if len(striven) >= 4 and coverage(striven, claim) >= SUPPORT_COVERAGE:
                    return p, f"报告只把“{clause.strip()}”作为今后的目标，没有说已经做到。"
        return None

    def _earlier_stage(self, text: str, ptext: str) -> tuple[str, str] | None:
        """The claim puts a project at a stage (开工 / 建成 / 投入使用…) that the passage's
        clause on the same project has not reached: "第二分校已经投入使用" against "第二分校开工
        建设", "二期工程2024年开工" against "二期工程完成方案设计". (said, stated) or None."""
        said = _stage(text)
        if said is not None and (_NEGATION.search(text) or _PUT_OFF.search(text)):
            return None  # "未能开通运营": a stage denied is no stage claimed
        if said is None or len(set(YEAR_NIAN.findall(text))) > 1:
            return None  # "2023年开工建设，2024年9月建成投用": a sequence, each stage its year
        before = _WHEN_SAID.sub("", text[: said[1]])
        subject = bigrams(self.content(before))
        if len(subject) < 3:
            return None
        stated = self._project_stage(before, ptext)
        if stated is not None and stated[0] < said[0]:
            return said[2], stated[2]
        return None  # the project's own clause: at or past the stage said, or none

    def _project_stage(self, before: str, ptext: str) -> tuple[int, int, str] | None:
        """The latest stage the passage's clause on the project named by `before` (the
        claim's words before its stage) says it reached, with the clauses after it in its
        sentence part ("…开工建设，9月开园"); None when no clause names the project or it
        names no stage."""
        subject = bigrams(self.content(before))
        numbered = set(NUMBER_IN_NAME.findall(before))
        for part in re.split(r"[。；;]", ptext):
            clauses = split_at(part, "，,")
            for i, clause in enumerate(clauses):
                shared = len(subject & bigrams(self.content(clause)))
                if shared < max(3, 0.6 * len(subject)) or not all(n in clause for n in numbered):
                    continue  # another project ("第三实验小学" is not the claim's 第二实验小学)
                planned = _PLAN_PART.search(clause)  # "原计划年底完工": no stage reached
                own = _stage(clause[: planned.start()] if planned else clause)
                if own is None and not planned:
                    return None
                later = [  # (of this project: "9月开园", not "区第三中学建成投用")
                    st
                    for c in clauses[i + 1 :]
                    if (st := _stage(c)) is not None
                    and not _PUT_OFF.search(c)
                    and len(re.findall(r"[\u4e00-\u9fff]", _TIME_WORDS.sub("", c[: st[1]]))) <= 2
                ]
                reached = [*([own] if own else []), *later]
                return max(reached) if reached else None
        return None

    def _denied(self, text: str, ptext: str) -> str:
        """The passage's clause that denies what the claim affirms ("未发生较大及以上生产安全
        事故" for "发生了较大生产安全事故"), or "". A mark not reached ("未达到400亿元") is a
        bound and a target missed is an attainment, both decided elsewhere."""
        if _NEGATION.search(_NEGATED_MARK.sub("", text)) or self.attainment.of(text):
            return ""
        claim = self.content(text)
        if not _NOT_SO.search(text):
            for clause in CLAUSE.findall(ptext):
                # "高校科技成果就地转化率不高" denies the claim's "…转化率较高"
                if _NOT_SO.search(clause) and not _NEGATION.search(clause):
                    denied = self.content(_NOT_SO.sub("", clause))
                    if len(denied) >= 4 and coverage(denied, claim) >= SUPPORT_COVERAGE:
                        return clause.strip("，,；;。 ")
        for clause in CLAUSE.findall(ptext):
            m = _NEGATION.search(_NEGATED_MARK.sub("", clause))
            if m is None or self.attainment.of(clause):
                continue
            rest = _NEGATION.split(_NEGATED_MARK.sub("", clause), maxsplit=1)[-1]
            denied = self.content(_OR_MORE.sub("", rest))
            if len(denied) >= 4 and coverage(denied, claim) >= SUPPORT_COVERAGE:
                return clause.strip("，,；;。 ")
        return ""

    def figureless_clauses(self, text: str, cited: list[Passage]) -> tuple[str, list[Passage]]:
        """Check the clauses of a claim that carry no figure ("低于全市平均水平").

        Returns the first clause no passage states (or "") and the passages, beyond the
        cited ones, that state the others.
        """
        more: list[Passage] = []
        for clause in CLAUSE.findall(text):
            content = self.content(clause)
            if len(content) < 4 or any(usable(q) for q in extract_quantities(clause)):
                continue
            if is_evaluation(clause, self._directed):
                continue  # praise of the facts, no fact of its own
            stated = "".join(self.content(p.text) for p in cited + more)
            if coverage(content, stated) >= CONFLICT_COVERAGE:
                continue
            grams = bigrams(content)
            best = max(self._scan(grams, 3), key=lambda p: coverage(content, self.content(p.text)))
            if coverage(content, self.content(best.text)) < SUPPORT_COVERAGE:
                return clause.strip(), []
            more.append(best)
        return "", more

    def unstated_tail(
        self, text: str, figures: list[Figure], cited: list[Passage]
    ) -> tuple[str, list[Passage]]:
        """What a claim says after a figure in its clause that no passage states with it
        ("13家养老服务中心都免费": the count is stated, "都免费" is not).

        Returns that clause (or "") and the passages, beyond the cited ones, stating the rest.
        """
        more: list[Passage] = []
        for f in figures:
            if f.target:
                continue  # "完成400张的年度目标": the tail names the target, checked as one
            end = f.at + len(f.quantity.raw)
            clause = CLAUSE.match(text, end) if end < len(text) else None
            if clause is None:
                continue
            tail = self.content(without_numbers(clause.group(0)).split(" ")[0])  # to a figure
            for word in (*self.directions.rises, *self.directions.falls):
                tail = tail.replace(word, " ")  # a direction is checked on its own
            if not self._unstated_words(tail, cited + more):
                continue
            found = [p for p in self._scan(bigrams(tail), 3) if f.quantity.raw in p.text]
            stating = next((p for p in found if not self._unstated_words(tail, [p])), None)
            if stating is None:
                return clause.group(0).strip(), []
            more.append(stating)
        return "", more

    def _unstated_words(self, tail: str, passages: list[Passage]) -> str:
        """The first word of `tail` (2+ characters) in no bigram of the passages, if any;
        function characters and words saying only that something was done do not count."""
        stated = bigrams("".join(self.content(p.text) for p in passages))
        covered: set[int] = set()
        for i in range(len(tail) - 1):
            if tail[i : i + 2] in stated:
                covered |= {i, i + 1}
        runs = "".join(" " if i in covered else c for i, c in enumerate(tail)).split()
        for run in runs:
            word = _GENERIC_VERBS.sub("", "".join(c for c in run if c not in _FUNCTION_CHARS))
            if len(word) >= 2:
                return word
        return ""

    def unlisted_item(self, text: str, claim: Figure, report: Figure) -> tuple[str, str]:
        """An item a count lists that the report's list does not name: the claim's "三大主导
        产业是高端商务商贸、软件信息和金融服务" has 金融服务, not in the report's three.

        Returns the item and the report's sentence part, or ("", "") when all are named.
        """
        if claim.quantity.unit not in COUNT_UNITS or report.passage is None:
            return "", ""
        seg = next((m for m in SEGMENT.finditer(text) if m.start() <= claim.at < m.end()), None)
        stated = next(
            (
                m.group(0)
                for m in SEGMENT.finditer(tidy(report.passage.text))
                if m.start() <= report.at < m.end()
            ),
            report.passage.text,
        )
        if seg is None:
            return "", ""
        lead = split_at(text[seg.start() : claim.at], "，,：:；;")[-1]
        # 高端商务商贸、软件信息和文化旅游(是鼓楼的)三大主导产业
        listed = [p for p in re.split(r"是|包括", lead) if re.search(r"[、和及与]", p)][-1:]
        after = _LIST_AFTER.match(text, claim.at + len(claim.quantity.raw), seg.end())
        listed += [after.group(1)] if after else []
        for part in listed:
            raw = _ITEM_SEP.split(part.rstrip("等"))
            if len(raw) < 2 or any(has_figure(i) for i in raw):
                continue  # "新增养老床位300张、新增学位3000个" lists two figures, not items
            items = [self.content(i) for i in raw]
            for item in items:
                if len(item) >= 2 and coverage(item, self.content(stated)) < CONFLICT_COVERAGE:
                    return item, stated
        return "", ""

    def _unknown_name(self, text: str, segment: str) -> str:
        """A word the claim puts in place of the passage's (美国 for 欧洲 before
        科学院院士工作站) that no document mentions: the claim is about something else."""
        for run, replaced, _ in _replaced_runs(self.content(text), self.content(segment)):
            name = "".join(c for c in _SELF_PLACE.sub("", run) if c not in _FUNCTION_CHARS)
            if (
                len(name) >= 2
                and len(replaced) >= 2
                and not in_order(name, replaced)  # 人大建议 for 人大代表建议
                and not _NEGATION.fullmatch(name)  # "没有" names nothing
                and run.lower() not in self.reports.known_lower
            ):
                return run
        return ""

    def _contrast(self, claim: str, passage: str) -> tuple[str, str] | None:
        """A contrasting word the claim puts where the passage has another (省长 for 市长).

        Only aligned replacements count, so a 全区 in the claim and an unrelated 全市
        elsewhere in the passage are no conflict.
        """
        matcher = difflib.SequenceMatcher(None, claim, passage, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "replace" or i2 - i1 > 4:
                continue
            if j2 - j1 > 4:
                # the claim's last words against the passage's longer rest: a contrasting
                # word in their place ("…增收难度减小" for "…增收难度加大，湖泊保护…")
                if i2 == len(claim):
                    swapped = self._contrasting(claim[i1:], passage[j1 : j1 + i2 - i1])
                    if swapped:
                        return swapped
                continue
            a, b = claim[max(0, i1 - 1) : i2 + 1], passage[max(0, j1 - 1) : j2 + 1]
            said_n, stated_n = _NUMBERED.search(a), _NUMBERED.search(b)
            if said_n and stated_n and said_n.group(2) == stated_n.group(2):
                first = {"首": "一", "1": "一"}
                said_k, stated_k = (first.get(x, x) for x in (said_n.group(1), stated_n.group(1)))
                if said_k != stated_k:  # 二期 for the report's 一期, 第二届 for its 首届
                    return said_n.group(0), stated_n.group(0)
            # (a word of three characters replaced in its middle, 深交所 for 北交所, needs
            # two characters on each side)
            wide = claim[max(0, i1 - 2) : i2 + 2], passage[max(0, j1 - 2) : j2 + 2]
            swapped = self._contrasting(a, b) or self._contrasting(*wide)
            if swapped:
                return swapped
            lead = _lead(claim[:i1], passage[:j1])
            renamed = _renamed(lead + claim[i1:i2], lead + passage[j1:j2], passage[j2:])
            if renamed:
                return renamed
        return None

    def _contrasting(self, said: str, stated: str) -> tuple[str, str] | None:
        """Two words of one contrast group, one in each text (省长 and 市长), or None."""
        for group in self.lex.contrasts:
            mine = next((w for w in group if w in said), None)
            theirs = next((w for w in group if w in stated), None)
            if mine and theirs and mine != theirs:
                return mine, theirs
        return None

    def content(self, text: str) -> str:
        """A claim's or passage's content words for overlap: no places, years, fillers;
        lower case (a question's "pm2.5" is the report's "PM2.5")."""
        text = _ALL_DONE.sub(r"全部\1", tidy(text))  # 办结率100% states 全部办结
        text = _YEARS_WORK.sub(r"\1", text)  # "2024年的工作对照的是…": the year's review
        text = _CLEFT.sub("", text)
        text = self.reader.canonical(text)  # GDP is the report's 地区生产总值
        text = _BEFORE_TIME.sub(r"\1前", text)  # "年底以前" is the report's "年底前"
        text = _ENUMERATOR.sub("", text)  # "二是…" counts the report's items, names nothing
        text = LOOK_BACK_YEARS.sub("", text)  # "五年间": the time (a frame), no content
        text = _DOUBLED.sub("翻番", text)  # "翻了一番多" says 翻番
        text = _POSTPONED.sub("调整至", text)
        text = _ON_TIME.sub("按期", text)  # "如期完工" is the report's "按期完工"
        # a title striven for and won ("创建省级示范步行街成功", "成功创建", "创成") is one given
        text = _CREATED.sub(lambda m: f"获评{m.group(1) or ''}", text)
        text = text.replace("投入使用", "投用")  # as the reports write it both ways
        text = _FIRST_ONE.sub("首家", _ONCE.sub("", self.reader.clean(text).lower()))
        text = _MANNER.sub("", _PARTICLE.sub("", text))  # "成功获评" is 获评
        text = _AHEAD.sub("前列", _BEHIND.sub("靠后", text))
        return _AWARD.sub("获评", text).replace("称号", "")


# A title striven for and won: "创建…成功", "成功创建…", "创成…"
_CREATED = re.compile(r"创建([^，,。；;]{2,20}?)成功|成功创建|创成")


# A year's work (the frame of its review), and the emphasis of "…的是…" ("对照的是")
_YEARS_WORK = re.compile(r"((?:19|20)\d\d年度?)的?工作(?=[\u4e00-\u9fff])")
_CLEFT = re.compile(r"(?<=[\u4e00-\u9fff])的是(?=[\u4e00-\u9fff])")
# What a claim says of the report itself, when it gives a date
_ABOUT_THE_REPORT = re.compile(r"报告|会议|大会|人代会|印发|发布|公布|通知|召开|作出")
# On time, however said
_ON_TIME = re.compile(r"如期|按时|准时|按照?计划")
# Doubled, however said ("翻了一番", "翻一番", "翻番")
_DOUBLED = re.compile(r"翻了?一番")
# An item's number in a report's list ("一是", "二是"; "其一")
_ENUMERATOR = re.compile(r"(?:^|(?<=[，。；：,;:]))(?:[一二三四五六七八九十]是|其[一二三四五])")
# What makes a report's date a plan's ("原计划年底完工", "原定于6月开通")
_PLAN_LEAD = re.compile(r"(?:原计划|原定|计划|预计|拟|力争|争取)于?$")
# A plan's part of a report's clause, its date and stage ("原计划年底完工")
_PLAN_PART = re.compile(r"(?:原计划|原定|按计划应)[^，；。,;]*$")
# A stage put off, not reached ("开工时间调整至2025年", "推迟", "尚未")
_PUT_OFF = re.compile(r"调整[至到]|推迟|延期|延至|延后|暂缓|尚未|未能|还未|没有")
# A put-off's verbs, as the reports write them ("推迟到了2025年" is "调整至2025年")
_POSTPONED = re.compile(PUT_OFF_TO)
# Part of a work done ("完成主体结构施工的七成", "完成工程量的80%", "过半"): under way
_PARTLY_DONE = re.compile(r"完成[^，；。,;]{0,10}?(?:[一二三四五六七八九]成|过半|\d+(?:\.\d+)?%)")
# A project's stages, in order: planned, started, structure done, built, in use
_STAGES = (
    re.compile(r"方案设计|前期工作|规划设计|启动前期"),
    # under way, part of the work done ("完成总工程量的七成", "完成投资60%")
    re.compile(rf"开工|开建|动工|在建|{_PARTLY_DONE.pattern}"),
    # ("完成主体结构施工的八成" is part of it: stage 1)
    re.compile(
        r"主体完工|主体结顶|结顶|封顶|土建"
        r"|主体(?:结构|工程)(?:施工)?(?:已经?|均已|全部|全面)*(?:完成|完工)"
        r"|完成(?:了)?主体(?:结构|工程)(?:施工)?"
        r"(?![^，；。,;]{0,3}(?:[一二三四五六七八九]成|过半|一半|大半|\d|%|百分之))"
    ),
    re.compile(r"建成|竣工|(?<!主体)完工"),
    re.compile(
        r"投入使用|投入运行|投用|投运|通车|开通|开业|开诊|开园|开馆|招生|对外开放|开放|开街|启用|交付"
        r"|(?:投入)?运营(?!时间|里程|准备)|开学|入住"
    ),
)


# When, in a clause after a project's ("9月开园", "年底前建成"): no subject of its own
_TIME_WORDS = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|年底前?|年内|年中|上半年|下半年|当年|同年)"
)
# When a claim says a stage was reached, before the stage: its year, a season or school
# term ("在2024年秋季学期"), on schedule ("如期", "按期")
_WHEN_SAID = re.compile(
    r"(?:如期|按期|按时|按计划)?(?:于|赶在|赶上|在|到|截至|截止到?)?(?:\d{4}年)?(?:[春夏秋冬]季?(?:学期)?|[春秋]天|"
    r"\d{1,2}月(?:\d{1,2}日)?|年?底前?|年内|年中|上半年|下半年|前)?(?:如期|按期|按时)?$"
)


# A year as a claim dates a stage by it ("2023年开工建设")
_STAGE_YEAR = re.compile(r"(?:19|20)\d\d年")


def stages_by_year(text: str) -> list[str]:
    """A project's stages claimed year by year ("第十二中学新校区2021年开工建设，2022年8月
    建成投用"), as one claim per year naming the project: each stage is checked against the
    review of its own year. [] for any other claim."""
    years = list(_STAGE_YEAR.finditer(text))
    subject = text[: years[0].start()] if years else ""
    if len({y.group(0) for y in years}) < 2 or len(re.findall(r"[\u4e00-\u9fff]", subject)) < 4:
        return []
    parts = []
    for y, end in zip(years, [*(y.start() for y in years[1:]), len(text)], strict=True):
        part = text[y.start() : end].strip("，,、；;。 和并又")
        if _stage(part) is None or re.search(r"[，,；;、]", part):
            return []  # a clause of something else between the stages
        parts.append(f"{subject}{part}。")
    return parts


def _stage(text: str) -> tuple[int, int, str] | None:
    """The latest stage a text says a project reached: (its rank, where the word starts, the
    word), or None."""
    found = [
        (rank, m.start(), m.group(0)) for rank, p in enumerate(_STAGES) for m in p.finditer(text)
    ]
    if not found:
        return None
    rank = max(f[0] for f in found)
    return min(f for f in found if f[0] == rank)


# "before" a time said at length: "年底以前", "年底之前" for "年底前"
_BEFORE_TIME = re.compile(
    r"(年底|年末|年中|月底|上半年|下半年|开学|秋季学期|春季学期)(?:以前|之前)"
)
# Words of how a thing was done that say nothing more of it ("成功获评", "正式投用"; a
# report's own "顺利完成" is its wording, kept)
_MANNER = re.compile(r"(?:成功|正式)(?!率)")

# A first or a lead within a scope ("全市首创", "在全省率先"), in any word order
_SCOPED_FIRST = re.compile(r"(全国|全省|全市|全区)(首创|首家|首个|首批|首张|率先|第一|首)")


# A numbered part of a thing: 一期, 二号线, 第三批
_NUMBERED = re.compile(r"([首一二三四五六七八九十\d]+)(期|号线|批|届)")
# A shortfall the report admits: "优质公共资源配置不够均衡", "尚未完成"
_SHORT_OF = re.compile(r"(?:不够|尚未|仍未|未能|还没有|有待)([\u4e00-\u9fff]{2})")


def _shortfall(claim: str, passage: str) -> str:
    """The passage says a thing falls short ("不够均衡") where the claim, without any
    negation, says it is done ("已经实现均衡"): the passage's words, or ""."""
    if _NEGATION.search(claim) or _SHORT_OF.search(claim):
        return ""
    for m in _SHORT_OF.finditer(passage):
        word = m.group(1)
        if word in claim and not re.search(rf"[不未没][\u4e00-\u9fff]?{word}", claim):
            return m.group(0)
    return ""


def _other_numbered(claim: str, passage: str) -> str:
    """A numbered name of the claim's that the passage does not hold ("第五研究院" where it
    has "第三研究院", "第三分校" for its "第二分校"): another thing, which it does not name."""
    stated = {(_numeral_value(n), h) for n, h in numbered_names(passage)}
    for numeral, head in numbered_names(claim):
        if (_numeral_value(numeral), head) not in stated:
            name = re.search(rf"第{numeral}{head}[^于在是的和与及年，。；、\W\d]{{0,2}}", claim)
            return name.group(0) if name else f"第{numeral}{head}"
    return ""


# A people's congress session, in full or short ("第十八届人民代表大会第三次会议",
# "十八届人大三次会议")
_SESSION = re.compile(
    r"第?([一二三四五六七八九十\d]+)届(?:人民代表大会|人大)(?:常务委员会|常委会)?"
    r"第?([一二三四五六七八九十\d]+)次(?:全体)?会议"
)


def _session(text: str) -> tuple[int, int] | None:
    """The (term, sitting) of the first congress session a text names, or None."""
    m = _SESSION.search(text)
    if m is None:
        return None
    term, sitting = (_numeral_value(g) for g in m.groups())
    return (int(term), int(sitting)) if term and sitting else None


def _numeral_value(numeral: str) -> float | None:
    """第12 and 第十二 are one number."""
    return float(numeral) if numeral.isdigit() else parse_chinese_numeral(numeral)


def _positions(text: str, word: str) -> list[int]:
    """Where a word starts in a text, each time."""
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _loose_coverage(grams: frozenset[str], passage: str) -> float:
    """Share of a claim's bigrams the passage holds, as written or with a word between
    their two characters: "人大建议" is the report's "人大代表建议", "投用" its "投入使用"."""
    stated = bigrams(passage)
    found = sum(1 for g in grams if g in stated or (len(g) == 2 and in_order(g, passage)))
    return found / len(grams)


def _scope_swap(claim: str, passage: str) -> tuple[str, str] | None:
    """The claim's first or lead within another scope than the passage's: "人才管家是全国
    首创" against "在全市首创“人才管家”"."""
    for m in _SCOPED_FIRST.finditer(claim):
        stated = {s.group(1) for s in _SCOPED_FIRST.finditer(passage) if s.group(2) == m.group(2)}
        if stated and m.group(1) not in stated:
            return m.group(0), "、".join(sorted(stated)) + m.group(2)
    return None


# The head of a place's or a body's name: what a name before it tells apart (江东商业街区 is
# not 江心洲商业街区)
_NAME_HEAD = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:街区|街道|社区|公园|广场|小学|中学|学校|医院|大厦|园区|片区|步行街|"
    r"纪念馆|博物馆|体育馆|图书馆|大桥|隧道)"
)


def _renamed(said: str, stated: str, after: str) -> tuple[str, str] | None:
    """A name the claim puts where the passage has another before the same head: "江心洲" for
    "江东" before 商业街区. Two Chinese characters at least on each side (the shared ones
    before the change included), neither within the other; the head follows at once."""
    if not (_CJK_ONLY.fullmatch(said) and _CJK_ONLY.fullmatch(stated)):
        return None
    if len(said) < 2 or len(stated) < 2 or said in stated or stated in said:
        return None
    head = _NAME_HEAD.match(after)
    return (said + head.group(0), stated + head.group(0)) if head else None


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _lead(claim: str, passage: str) -> str:
    """The Chinese characters both texts end with, at most two (the shared start of a name)."""
    n = 0
    while n < 2 and n < min(len(claim), len(passage)) and claim[-1 - n] == passage[-1 - n]:
        if not _CJK_ONLY.fullmatch(claim[-1 - n]):
            break
        n += 1
    return claim[len(claim) - n :] if n else ""


def _segments(p: Passage) -> list[tuple[str, str]]:
    """A passage's parts between ；/。 with the year each one opens with ("2017年，…")."""
    out = []
    for seg in SEGMENT.findall(p.text):
        m = LEADING_YEAR.match(seg)
        out.append((seg, m.group(1) if m else ""))
    years = {year for _, year in out}
    if len(out) > 1 and len(years) == 1:  # a claim may span the parts: the whole sentence
        out.append((p.text, years.pop()))  # too, unless its parts are of several years
    return out or [(p.text, "")]


# A stage a thing reaches ("建成投用", "开工"), and one name for stages said alike
_STAGE_WORDS = (
    "建成投用|建成|投用|投入使用|投入运营|开工建设|开工|竣工|完工|"
    "开通运营|开通|通车|开业|开街|结顶|启用"
)
_STAGE = re.compile(rf"[^，。；、\d]{{0,3}}?({_STAGE_WORDS})")
_STAGE_KEYS = {
    "建成": "建成投用",
    "投用": "建成投用",
    "投入使用": "建成投用",
    "启用": "建成投用",
    "开工建设": "开工",
    "竣工": "完工",
    "开通运营": "开通",
    "通车": "开通",
}


def _stage_key(said: str) -> str:
    """One name for a stage ("建成" and "投入使用" are both "建成投用")."""
    m = _STAGE.search(said)
    stage = m.group(1) if m else said
    return _STAGE_KEYS.get(stage, stage)


# A year a thing is to be or was built, opened, started in ("2026年建成投用", "于2024年开工")
_EVENT_YEAR = re.compile(
    r"((?:19|20)\d\d)年(?:\d{1,2}月(?:\d{1,2}日|底|初|上旬|中旬|下旬)?)?(?:底|内|前|以前|年底前)?"
    rf"[^，。；、\d]{{0,3}}?({_STAGE_WORDS})"
)


def _event_year_clash(text: str, ptext: str) -> tuple[str, str] | None:
    """The claim dates an event to one year and the passage the same event to another:
    (the claim's words, the passage's), else None."""
    stated = {m.group(2): m for m in _EVENT_YEAR.finditer(ptext)}
    for m in _EVENT_YEAR.finditer(text):
        other = stated.get(m.group(2))
        if other is not None and other.group(1) != m.group(1):
            return m.group(0), other.group(0)
    # a date put off to ("开工时间推迟到了2026年" against "调整至2025年")
    said, put = _PUT_OFF_YEAR.search(text), _PUT_OFF_YEAR.search(ptext)
    if said and put and said.group(1) != put.group(1):
        return said.group(0), put.group(0)
    return None


# When within its year a thing is due, before the stage due ("上半年建成投用", "年底前主体完工",
# "2025年秋季学期投入使用"): the part of the year, in the reports' words
_EVENT_DUE = re.compile(
    r"(上半年|年中|下半年|年底前?|年内|年末|[春秋]季学期|(?<!\d)1?\d月(?:底|末)?"
    rf"|第?[一二三四]季度(?:末|底)?|{HOLIDAY})(?:前|之前|以前)?"
    r"[^，。；、\d]{0,3}?"
    r"(建成投用|建成|投用|投入使用|投入运营|开工建设|开工|竣工|主体完工|完工|开通运营|开通|通车|"
    r"开业|开街|主体结顶|结顶|启用)"
)
# Parts of a year said alike ("年中" and "上半年"; "6月底前" is by the end of the first half)
_SAME_DUE = {
    "年中": "上半年",
    "年底": "年底前",
    "年末": "年底前",
    "12月": "年底前",
    "6月": "上半年",
    # quarters by their last month, holidays by one name
    "第一季度": "3月",
    "第二季度": "上半年",
    "第三季度": "9月",
    "第四季度": "年底前",
}


def _due(part: str) -> str:
    """A part of the year a thing is due by, in one spelling (`_SAME_DUE`, `holiday`)."""
    part = re.sub(r"(?<=[月度])[底末]$", "", part)
    part = re.sub(r"^(?=[一二三四]季度)", "第", part)
    return _SAME_DUE.get(part, holiday(part))


def _event_due_clash(text: str, ptext: str) -> tuple[str, str] | None:
    """The claim has a thing due in one part of the year ("上半年建成投用") and the passage
    the same stage in another ("年底前建成投用"): (the claim's words, the passage's)."""
    stated: dict[str, set[str]] = {}
    found: dict[str, str] = {}
    for m in _EVENT_DUE.finditer(ptext):
        if m.group(1) == "年内":
            continue  # "年内主体完工": some time in the year, no part of it
        stated.setdefault(m.group(2), set()).add(_due(m.group(1)))
        found.setdefault(m.group(2), m.group(0))
    for m in _EVENT_DUE.finditer(text):
        due = _due(m.group(1))
        if m.group(2) in stated and due not in stated[m.group(2)]:
            return m.group(0), found[m.group(2)]
    return None


# A date put off to ("调整至2025年", "推迟到了2026年")
_PUT_OFF_YEAR = re.compile(rf"{PUT_OFF_TO}((?:19|20)\d\d)年")


def _same_event_year(text: str, ptext: str) -> bool:
    """The claim dates an event to the year the passage dates it to ("2026年建成投用")."""
    stated = {(m.group(1), m.group(2)) for m in _EVENT_YEAR.finditer(ptext)}
    return any((m.group(1), m.group(2)) in stated for m in _EVENT_YEAR.finditer(text))


# A total said to stay where it was ("全县上市企业仍为7家"): none were added
_STAYED = re.compile(r"(?:仍|依然|依旧)(?:为|是|保持在?|维持在?)(?=\d|[一二三四五六七八九十两])")
_NEW_THING = re.compile(r"(?:新增|新添|增加)(?:了)?([\u4e00-\u9fff]{2,8})")


def _stayed(text: str, ptext: str) -> str | None:
    """The claim's new things ("新增上市企业") are a total the passage says stayed where it
    was: the passage's words saying so ("上市企业仍为"), else None. Only claims without
    figures (a count of new ones claimed is compared by the figures)."""
    if has_figure(YEAR_NIAN.sub("", text)):
        return None
    m = _NEW_THING.search(text)
    if m is None:
        return None
    for clause in re.split(r"[，；。,;]", ptext):
        still = _STAYED.search(clause)
        if still and m.group(1) in clause[: still.start()]:
            return clause[clause.index(m.group(1)) : still.end()]
    return None


# What a rank is of: the growth, or the size ("增速位居中心城区第二", "经济总量位居全市第一")
_RANK_OF = re.compile(
    r"(增速|增幅|增长速度|总量|规模)[^，。；,;]{0,4}?(?:位居|位列|居于|排名|排在|列)"
)


def _rank_of_another_measure(claim: str, passage: str) -> bool:
    """The claim ranks one measure of a thing ("经济总量位居中心城区第二") and the passage ranks
    only the other ("增速位居中心城区第二"): a rank of the growth is none of the size."""
    said = _RANK_OF.search(claim)
    stated = [m.group(1) for m in _RANK_OF.finditer(passage)]
    if said is None or not stated:
        return False
    growth = said.group(1) in RANK_MEASURES[0]
    return all((m in RANK_MEASURES[0]) != growth for m in stated)


def _sibling_swapped(claim: str, passage: str) -> tuple[str, str] | None:
    """A name the passage lists beside another, put by the claim where the passage has the
    other: "梅岭国际艺术区获评…" against "打造柳湾、梅岭等…，柳湾国际艺术区获评…" (the
    words after the names, ≥ 4 characters, are the passage's). Returns (claimed, stated)."""
    for run, replaced, shared in _replaced_runs(claim, passage):
        stated = split_at(replaced, "，,；;、。")[-1]
        if (
            2 <= len(run) <= 8
            and 1 <= len(stated) <= 8
            and not set(run) & _FUNCTION_CHARS
            and not _SELF_PLACE.search(run)
            and not in_order(run, stated)
            and not in_order(stated, run)
            and run in passage.replace(stated + shared, "")
            and stated not in claim
            and not _NEGATION.search(run)
        ):
            tail = _NAME_END.match(shared)
            end = tail.end() if tail else 0
            return run + shared[:end], stated + shared[:end]
    return None


def _replaced_runs(claim: str, passage: str) -> Iterator[tuple[str, str, str]]:
    """Where a claim and a passage share four characters or more in a row: the claim's words
    before the shared run, the passage's words in their place, and the shared run."""
    matcher = difflib.SequenceMatcher(None, claim, passage, autojunk=False)
    start = pstart = 0
    for block in matcher.get_matching_blocks():
        if block.size < 4:
            continue
        yield (
            claim[start : block.a],
            passage[pstart : block.b],
            claim[block.a : block.a + block.size],
        )
        start, pstart = block.a + block.size, block.b + block.size


# The rest of a name after its first words: "国际艺术区" of 梅岭国际艺术区
_NAME_END = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:区|园|街|馆|院|校|中心|公司|基地|工程|景区|社区|站|路|桥|村|镇|湖|山)"
)


def _hedge_dropped(pair: Pair) -> bool:
    """A claim's plain figure where the report's is hedged ("6.5%" for a target's "6.5%左右")."""
    a, b = pair.claim.quantity, pair.report.quantity
    return a is not None and b is not None and not a.qualifier and b.bound == "approx"


def _off_target(pair: Pair) -> bool:
    """A claim's exact figure beside a target's hedged other one ("6.2%" for "6%左右")."""
    a, b = pair.claim.quantity, pair.report.quantity
    return (
        a is not None
        and b is not None
        and not a.qualifier
        and b.bound == "approx"
        and not same(a.value, b.value)
    )

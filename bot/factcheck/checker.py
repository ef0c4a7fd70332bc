"""Fact-check claims against the reports, figure by figure, indicator by indicator.

A claim's figures are bound to their indicator phrase ("固定资产投资" in "固定资产投资预期增长
9%以上") and compared only with the report's figure for the same indicator, of the same kind
(a growth rate is not a level), in the same time frame (a 2020 target is not a 2019 result).
Claims without figures are checked by how much of their content one passage states.

Verdicts:
- supported: every figure agrees with the report (see `figures.agree` for hedges such as 超过/近),
  or, without figures, one passage states the claim's content;
- refuted: a figure differs (value, unit, hedge direction, time frame), or the passage
  states a clearly conflicting fact (other person, date, rank, "全部" where it says "其中");
- not_found: the report has no figure or passage on the claim's indicator or topic.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, replace
from functools import cached_property

from wenzheng.bot.core.figures import (
    AREA_WIDE,
    CLAUSE,
    OVER_YEARS,
    ClaimTime,
    Figure,
    FigureReader,
    agree,
    bigrams,
    claim_time,
    clause_start,
    counted_noun,
    coverage,
    earlier_mark,
    other_scope,
    places_listed,
    same,
    same_dimension,
    same_thresholds,
    same_year,
    similarity,
    sites,
    street_keys,
    street_names,
    streets,
    thresholds_stated,
    without_streets,
    years_counted,
)
from wenzheng.bot.core.lexicon import CheckLexicon
from wenzheng.bot.core.slot import Fill, target_met
from wenzheng.bot.core.tally import counted_thing, is_total_of, named_ones
from wenzheng.bot.core.types import CheckResult, Citation, FigureDifference, Verdict
from wenzheng.bot.factcheck.aligned import ANCHOR, align, numbers
from wenzheng.bot.factcheck.directions import DirectionChecker, Directions
from wenzheng.bot.factcheck.drafts import attribution, is_factual, split_draft, without_location  # noqa: F401
from wenzheng.bot.factcheck.reports import Reports, frame_label, region_names
from wenzheng.bot.factcheck.scope import Docs, PlaceScope
from wenzheng.bot.factcheck.statements import Retrieve, StatementChecker, stages_by_year
from wenzheng.corpus.model import FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS, Document, Passage
from wenzheng.corpus.quantities import (
    Quantity,
    extract_quantities,
    numbers_in,
)
from wenzheng.corpus.text import split_at, tidy
from wenzheng.corpus.time import AT_YEAR_END, YEARS_COUNT

from wenzheng.errors import InputError

__all__ = [
    "CheckLexicon",
    "ClaimTime",
    "FactChecker",
    "Figure",
    "Retrieve",
    "is_factual",
    "split_draft",
]

log = logging.getLogger(__name__)

# A mark passed once ("首次突破千亿元大关", "迈上千亿台阶", "2018年就过1600亿了"): the year
# it was passed is the fact, and the same figure in another year refutes a claim of it
_ONE_OFF = re.compile(
    r"首次|首届|第一次|大关|台阶|历史上|有史以来|"
    r"(?:突破|迈上|站上|跨越|(?:(?<=已经)|(?<![超经通不越]))过)(?=[\d一二三四五六七八九十百千])"
)
MIN_INDICATOR_MATCH = 0.5  # indicator similarity below this: another indicator
# A figure of the asked kind matching this much worse than the claim's own indicator belongs
# to another indicator of the same sentence
OTHER_INDICATOR_GAP = 0.2
# The numeral of a doubling said in words, just before it is read ("翻了一番")
_ONE_FOLD = re.compile(r"翻了?一番")
# A year's review figure is compared, not a look-back's over the years, when its indicator is
# matched at most this much less well
YEAR_OVER_SPAN = 0.3
OWN_INDICATOR = 0.8  # similarity at which the report surely names the claim's indicator
MIN_NAMED_INDICATOR = 4  # characters of an indicator a figure-less claim must name whole
# Share of a claim indicator's bigrams a loosely matched sentence part must state (and its
# opening modifier: "金融业增加值" is not a GDP sentence's 服务业增加值)
LOOSE_INDICATOR = 0.5
# A report says a target was met or missed up to two clauses after the indicator, past words
# of its figures ("一般公共预算收入182.1亿元，按自然口径增长0.8%，未完成年度预期目标")
ATTAINMENT_REACH = 2
ATTAINMENT_GAP = 8
BESIDE_MATCH = 0.3  # similarity of a figure beside a loose match that names the claim's thing
LOOSE_MATCH = 0.6  # share of a claim's content words a report sentence part must state


# A due date the reports write as a part of the year ("6月底以前" is 上半年)
# One thing compared across two years in words: "2024年大蒜种植面积比2023年扩大",
# "PM2.5年均浓度2024年较2023年下降了"
_ACROSS_YEARS = re.compile(
    r"(?P<this>(?:19|20)\d\d)年(?:末|底)?(?P<what>[^，。；;]{0,30}?)(?:比|较|相比|同)"
    r"(?P<that>(?:19|20)\d\d)年(?:末|底)?的?(?P<change>[^，。；;]*)"
)
# One year's level said beyond another's ("2023年接待游客人次超过了2021年")
_BEYOND_YEAR = re.compile(
    r"(?P<this>(?:19|20)\d\d)年(?:末|底)?(?P<what>[^，。；;]{0,30}?)"
    r"(?P<change>超过了?|多于|高于|少于|低于|不及)(?P<that>(?:19|20)\d\d)年(?:末|底)?(?:的水平)?[。！!]?$"
)
# How much more or less, right after "比2021年": "多22家", "提高了2.4个百分点", "下降了6微克"
_BY_HOW_MUCH = re.compile(
    r"(?P<way>多|少|高|低|增加|减少|提高|降低|下降|上升|增长|扩大|缩小|减|增)(?:了|出)?"
    r"(?P<figure>[\d一二三四五六七八九十百千万两.．]+.*)$"
)
# The growth rate's word before its gap against the target (the reports say 增长 there)
_RATE_BEFORE_GAP = re.compile(r"增速(?=(?:低于|高于|超过|超出|比)(?:年初|年度)?(?:预期)?目标)")
_AS_PLANNED = re.compile(r"(?:按|依)照?(?:原|原定|既定)(?:计划|规划|安排)(?=在|于|(?:19|20)\d\d)")
_UP_WORDS = frozenset({"多", "高", "增加", "提高", "上升", "增长", "扩大", "增"})
_RATE_NAMED = re.compile(r"增速|增幅|增长率|增长|速度|比重|占比|[率%]")
_MORE_OR_LESS = re.compile(r"(?:有所|明显|略有|稍有|更)?([多高升涨大少低降跌小])")
_HALF_YEAR_DUE = re.compile(r"6月(?:底|末|30日)(?:以)?前")
_YEAR_END_DUE = re.compile(r"12月(?:底|末|31日)(?:以)?前")
_YEAR_YEAR_END = re.compile(r"((?:19|20)\d\d)年年(?:底|末)")
_AT_YEAR = re.compile(r"(?<!赶)在(?=(?:19|20)\d\d年(?:底|末|\d{1,2}月|[上下]半年|[春秋]季))")


def _due_dates(text: str) -> str:
    """A claim's due dates in the reports' words: "在2025年6月底以前主体结顶" is "在2025年
    上半年主体结顶", "12月底前" is "年底前"."""
    text = _YEAR_END_DUE.sub("年底前", _HALF_YEAR_DUE.sub("上半年", text))
    # "在2025年年底前" is the reports' "于2025年底前"
    return _AT_YEAR.sub("于", _YEAR_YEAR_END.sub(r"\1年底", text))


# A figure's own count of the years it sums or averages ("五年年均增长", "三年累计")
_YEARS_SUMMED = re.compile(rf"(?<!\d)({YEARS_COUNT})(?=年均|累计|来|间|以来)")


def _years_summed(context: str) -> int:
    """How many years a figure's words say it sums or averages over (0: none said)."""
    m = _YEARS_SUMMED.search(context)
    return years_counted(m.group(1)) if m else 0


def _holds(p: Passage | None, q: Quantity) -> bool:
    """The passage states the quantity itself (its value in its unit), wherever it stands."""
    return p is not None and any(
        same(x.value, q.value) and x.unit == q.unit for x in extract_quantities(p.text)
    )


# Units of a rate: a rate claimed for a figure of another kind is no changed unit
_RATE_UNITS = frozenset({"%", "个百分点"})


def _blanked(text: str, m: re.Match[str]) -> str:
    """The text with the span `m` matched turned into commas (decided, not "unstated")."""
    return text[: m.start()] + "，" * (m.end() - m.start()) + text[m.end() :]


# A degree of growth said in 番: 翻番 doubles, 翻两番 quadruples
_DOUBLING = re.compile(r"翻了?([一两二三])?番")
_TIMES = {"一": 1, "两": 2, "二": 2, "三": 3}
# A change from one figure to another: "从2020年的358家增加到706家"
_FROM_TO = re.compile(
    r"从(?P<start>[^，；。到至]{1,16}?)(?:增加|增长|提高|提升|上升|扩大|跃升|发展)(?:到|至)"
    r"(?P<end>[^，；。]{1,16})"
)
# Share of the words before such a change (what changed) a doubling claim must name
DOUBLING_COVERAGE = 0.7


def _addressed(stated: str, said: str) -> bool:
    """The report's street is the address of a place the claim names after it: "南湾街道
    花语汇花卉交易中心…" is the 交易中心's figure, which "花语汇花卉交易中心…" claims."""
    if streets(said):
        return False  # the claim names a street of its own ("东坝镇新增…" is not 西坝镇's)
    for name in streets(stated):
        after = stated[stated.find(name) + len(name) :][:3]
        if len(after) == 3 and after in said:
            return True
    return False


# How many years before a level's target year a result may meet it early ("提前两年实现")
YEARS_BACK = 5


def _as_of(text: str, year: str) -> str:
    """The year-end before a target's year at which a claim asks it met ("力争到2025年…，
    这个目标到2024年底实现了吗" → "2024"), else ""."""
    for m in AT_YEAR_END.finditer(text):
        if year.isdigit() and m.group(1) < year:
            return m.group(1)
    return ""


# An action's total over its years: "两年累计改造老旧小区" (group 1: the years, "两年")
_ACTION_TOTAL = re.compile(rf"^({YEARS_COUNT})(?:累计|共计|合计)")
_ACTION_YEARS = re.compile(rf"({YEARS_COUNT})(?:行动|累计)")
# An action's name by its years ("两年攻坚行动", "三年行动")
_ACTION_NAME = re.compile(rf"({YEARS_COUNT}[\u4e00-\u9fff]{{0,4}}?行动)")
_ACTION = re.compile(r"[（(]((?:19|20)\d\d)\s*年?\s*[-—–~～至到]\s*((?:19|20)\d\d)\s*年?[）)]")


def _action_years(f: Figure) -> str:
    """The years of the multi-year action a target figure's sentence names before it ("两年"
    of "城市更新两年行动", "两年累计…"), else ""."""
    return _last_before(f, _ACTION_YEARS, 1)


def _action_end(f: Figure) -> str:
    """The last year of the multi-year action a target figure's sentence names before it
    ("两年行动（2022—2023年），两年累计改造老旧小区150个" → "2023"), else ""."""
    return _last_before(f, _ACTION, 2)


def _last_before(f: Figure, pattern: re.Pattern[str], group: int) -> str:
    """A group of the last match of a pattern ending before a report figure, else ""."""
    if f.passage is None:
        return ""
    found = [m for m in pattern.finditer(tidy(f.passage.text)) if m.end() <= f.at]
    return found[-1].group(group) if found else ""


def _totals_said(before: Figure, after: Figure, year: str) -> str:
    """Two totals a year apart in words: "累计上市企业由17家（2023年）到18家（2024年）"."""
    return (
        f"{after.indicator}由{before.quantity.raw}（{int(year) - 1}年）"
        f"到{after.quantity.raw}（{year}年）"
    )


def _all_of(claim: str, parts: list[CheckResult]) -> CheckResult:
    """One verdict on a claim made of parts: refuted by a refuted part, supported when every
    part is, else not found; the parts' passages and explanations, in order."""
    for verdict in ("refuted", "not_found"):
        failed = [r for r in parts if r.verdict == verdict]
        if failed:
            return replace(failed[0], claim=claim)
    evidence = tuple({c.id: c for r in parts for c in r.evidence}.values())
    why = "".join(r.explanation for r in parts)
    return CheckResult(claim, "supported", evidence, why)


@dataclass(frozen=True)
class _FigureCheck:
    """The outcome for one figure of a claim."""

    status: str  # supported | refuted | unmatched | unstated (its indicator, but no such figure)
    claim: Figure
    time: ClaimTime
    report: Figure | None = None
    note: str = ""
    also: Figure | None = None  # a second deciding figure (the in-frame one on a frame swap)


class FactChecker:
    """Checks claims against loaded documents; `retrieve` ranks passages for figure-less claims."""

    def __init__(
        self, retrieve: Retrieve, documents: list[Document], lexicon: CheckLexicon | None = None
    ) -> None:
        self.retrieve = retrieve
        self.documents = documents
        self.lex = lexicon or CheckLexicon.load()
        self.reports = Reports(documents)
        self._regions = region_names(documents)
        self.places = PlaceScope(documents, self._regions, self.reports.known_text)
        self.reader = FigureReader(self.lex, self._regions)
        self.statements = StatementChecker(retrieve, self.reports, self.reader, self.lex)
        self.directions = DirectionChecker(
            self.reports,
            self.statements.directions,
            self.statements.content,
            self.statements.candidates,
        )
        self.attainment = DirectionChecker(  # "社零目标完成了": met or missed, as the report says
            self.reports,
            self.statements.attainment,
            self.statements.content,
            self.statements.candidates,
            reach=ATTAINMENT_REACH,
            noun_gap=ATTAINMENT_GAP,
        )
        self.qualities = DirectionChecker(
            self.reports,
            self.statements.qualities,
            self.statements.content,
            self.statements.candidates,
        )
        self._with_streets: list[Figure] | None = None
        self._by_passage: dict[str, list[Figure]] | None = None
        self.figures = [
            f
            for d in documents
            for p in d.passages
            if p.kind != "heading"
            for f in self.figures_of(p.text, p)
        ]

    # --- public API --------------------------------------------------------------------

    def check(self, claim: str, context: ClaimTime | None = None) -> CheckResult:
        """Check one claim: supported, refuted or not_found, with the deciding passages.

        `context` is the time a claim without its own year or frame words speaks of (in a
        draft: the time of the sentences before it); by default any time.
        """
        if not claim or not claim.strip():
            raise InputError("the claim is empty")
        text = self.places.report_scope(self._news(_due_dates(tidy(claim))))
        # "增速低于预期目标0.4个百分点" is the report's "增长5.6%，低于预期目标0.4个百分点"
        text = _RATE_BEFORE_GAP.sub("增长", text)
        # "按原计划在2023年底前建成投用" is "按计划…": on schedule, by that deadline
        text = _AS_PLANNED.sub("按计划", text)
        place = self.places.foreign_place(text)
        if place:
            return CheckResult(claim, "not_found", explanation=f"报告未涉及“{place}”，无法核实。")
        default = context or ClaimTime()
        docs = self.places.docs_named(text)  # a claim naming a place is about its reports
        docs = self.places.docs_of_report_named(text, docs)  # and one naming a report, that one
        text = self.places.dated_by_report(text)  # its 去年 is that report's
        staged = stages_by_year(text)
        if staged:
            return _all_of(claim, [self.check(part, context) for part in staged])
        dated = self.statements.event_time(claim, text, docs)
        if dated is not None:
            return dated
        missed = self._one_missed(claim, text, docs)
        if missed is not None:
            return missed
        found = self.figures_of(text)
        figures = [f for f in found if f.indicator]
        difference = self._difference(claim, text, docs) if found else None
        if difference is not None:
            return difference
        if figures:
            return self._check_figures(claim, text, figures, default, docs)
        if not found:
            # a target met or missed first: "GDP增长达到年初预期目标" says the target of GDP
            # growth was met, not that GDP grew
            direction = self._across_years(claim, text, docs)
            if direction is None:
                direction = self.attainment.check(claim, text, docs)
            if direction is None:
                direction = self.directions.check(claim, text, docs)
            if direction is None:  # "空气质量逐步变差" against the report's "逐步向好"
                direction = self.qualities.check(claim, text, docs)
            if direction is None:
                direction = self._met_by_figures(claim, text, docs)
            if direction is None:
                direction = self._doubling(claim, text, docs)
            if direction is not None:
                return self._with_result(direction, text, docs)
        # a figure without an indicator ("增长10%", "早八点") cannot be supported by wording
        # alone: only by the report's own figure in its place
        # (a doubling, "翻了一番", is said in words the wording check reads: no figure)
        folds = [m.span() for m in _ONE_FOLD.finditer(text)]
        counted = [n for n in numbers(text) if not any(a <= n.start < b for a, b in folds)]
        worded = self.statements.check(claim, text, bool(found or counted), docs)
        return worded if found else self._with_result(worded, text, docs)

    def _across_years(self, claim: str, text: str, docs: Docs) -> CheckResult | None:
        """One indicator compared across two years ("2024年大蒜种植面积比2023年扩大",
        "PM2.5年均浓度2024年较2023年下降"): each year's own figure of it, from the report
        reviewing that year, decides. None when the claim compares no two years in words or
        the reports do not state the indicator in both (in one unit)."""
        m = _ACROSS_YEARS.search(text) or _BEYOND_YEAR.search(text)
        if m is None:
            return None
        stated = self.statements.directions.of(m.group("change"))
        if stated is None:  # "比2023年多了", "比2023年降了吗": a one-character comparison
            word = _MORE_OR_LESS.match(
                m.group("change").replace("超过", "多").replace("不及", "少")
            )
            stated = (("rise" if word.group(1) in "多高升涨大" else "fall"), 0) if word else None
        if stated is None or m.group("this") == m.group("that"):
            return None
        named = text[: m.start()] + m.group("what")
        if _RATE_NAMED.search(named):
            return None  # "增速比前年增长了吗": a rate's rise is not its level's; left to others
        levels = self._years_levels(m, named, docs)
        if levels is None:
            return None
        this, that = levels
        a, b = this.quantity, that.quantity
        if a.unit != b.unit or same(a.value, b.value):
            return None
        rose = a.value > b.value
        said = "增加" if stated[0] == "rise" else "减少"
        tail = f"{'增加' if rose else '减少'}了；声明为{said}。"
        return self._years_compared(claim, m, levels, (stated[0] == "rise") == rose, tail)

    def _years_levels(
        self, m: re.Match[str], named: str, docs: Docs, kinds: tuple[str, ...] = ("level",)
    ) -> tuple[Figure, Figure] | None:
        """The levels of what a claim names in the two years it compares ("this" and "that"
        of `_ACROSS_YEARS`), each from the review of its year, or None without both."""
        this, that = (
            self._year_level(named, y, docs, kinds) for y in (m.group("this"), m.group("that"))
        )
        if this is None or that is None or this.passage is None or that.passage is None:
            return None
        return this, that

    def _years_compared(
        self, claim: str, m: re.Match[str], levels: tuple[Figure, Figure], held: bool, tail: str
    ) -> CheckResult:
        """The verdict on two years compared: both levels quoted with their years, then `tail`
        (what the comparison says against the claim)."""
        this, that = levels
        assert this.passage is not None and that.passage is not None  # (`_years_levels`)
        why = (
            f"报告中{m.group('that')}年为{that.quantity.raw}（“{that.passage.text}”），"
            f"{m.group('this')}年为{this.quantity.raw}（“{this.passage.text}”），{tail}"
        )
        cites = (self.reports.cite(this.passage), self.reports.cite(that.passage))
        return CheckResult(claim, "supported" if held else "refuted", cites, why)

    def _year_level(
        self, named: str, year: str, docs: Docs, kinds: tuple[str, ...] = ("level",)
    ) -> Figure | None:
        """The level of what a claim names that the review of a year states ("新认定国家高新
        技术企业96家" of 2023), or None."""
        probe = [f for f in self.figures_of(f"{year}年{named}达到1万") if f.indicator]
        if not probe:
            return None
        time = ClaimTime(year=year)
        scored = self._same_indicator(probe[0], docs)
        # among figures naming it as well: the area's level before a site's ("街区全年接待游客
        # 312万人次"), and the year's own before a sum over years its sentence tells first
        # ("两年累计改造老旧小区108个…；加装电梯68台" is no year's 68台)
        site_free = not sites(named)
        scored = sorted(
            scored,
            key=lambda x: (
                -round(x[0], 2),
                site_free and bool(sites(_sentence_of(x[1]))),
                bool(_OVER_YEARS_BEFORE.search(_before(x[1]))),
            ),
        )
        return next(
            (
                f
                for _, f in scored
                if f.kind in kinds
                and f.year in ("", year)  # (a table's 2016 column in the 2021 review)
                and not f.target
                and f.passage is not None
                and f.passage.frame == FRAME_RESULTS
                and self._figure_in_time(time, f)
            ),
            None,
        )

    def _difference(self, claim: str, text: str, docs: Docs) -> CheckResult | None:
        """One indicator's difference between two years ("2023年新认定国家高新技术企业比2021年
        多22家", "民生支出占比比2021年提高了2.4个百分点"): each year's own level, from the
        review of that year, decides it; the claimed figure is no level of either year. None
        when the claim states no such difference or the reports lack either level."""
        m = _ACROSS_YEARS.search(text)
        if m is None or m.group("this") == m.group("that"):
            return None
        by = _BY_HOW_MUCH.match(m.group("change"))
        if by is None:
            return None
        said = extract_quantities(by.group("figure"))
        if not said or said[0].start != 0 or said[0].high is not None:
            return None
        q = said[0]
        points = q.unit == "个百分点"
        named = text[: m.start()] + m.group("what")
        if not points and _RATE_NAMED.search(named):
            return None  # a rate's change said in its own unit ("增速高2%"): left to others
        levels = self._years_levels(m, named, docs, ("level", "share") if points else ("level",))
        if levels is None:
            return None
        a, b = levels[0].quantity, levels[1].quantity
        unit = "%" if points else q.unit
        if a.unit != unit or b.unit != unit or a.qualifier or b.qualifier:
            return None
        up = by.group("way") in _UP_WORDS
        change = a.value - b.value
        gap = replace(q, value=abs(change), qualifier="", raw="")
        held = change != 0 and (change > 0) == up and agree(q, gap)[0]
        tail = f"{'与' if held else '不符合'}声明的“{by.group(0)}”{'一致' if held else ''}。"
        return self._years_compared(claim, m, levels, held, tail)

    def _doubling(self, claim: str, text: str, docs: Docs) -> CheckResult | None:
        """ "…国家高新技术企业数量翻番": the report's change of that indicator from one figure
        to another ("从2020年的358家增加到706家") decides it (翻番: at least twice as many;
        翻两番: four times). None when the claim says no such degree or the reports state no
        such change of what it names."""
        m = _DOUBLING.search(text)
        if m is None:
            return None
        times = 2 ** _TIMES[m.group(1) or "一"]
        named = self.statements.content(_DOUBLING.sub("", text))
        for p in self.statements.candidates(text, docs):
            if p.frame == FRAME_TARGETS:
                continue  # (a plan's "翻一番" is a target, not what happened)
            for clause in CLAUSE.findall(tidy(p.text)):
                change = _FROM_TO.search(clause)
                if change is None:
                    continue
                # the thing that changed, as the report names it, named by the claim
                words = self.statements.content(clause[: change.start()])
                if len(words) < 2 or coverage(words, named) < DOUBLING_COVERAGE:
                    continue
                start, end = (extract_quantities(change.group(g)) for g in ("start", "end"))
                if not start or not end or start[0].unit != end[0].unit or start[0].value <= 0:
                    continue
                ratio = end[0].value / start[0].value
                held = ratio >= times
                degree = "翻番" if times == 2 else f"翻{m.group(1)}番"
                why = (
                    f"报告原文为“{clause}”，从{start[0].raw}到{end[0].raw}，"
                    f"{'已' if held else '未'}{degree}。"
                )
                return CheckResult(
                    claim, "supported" if held else "refuted", self.reports.cites(p), why
                )
        return None

    def _news(self, text: str) -> str:
        """A claim without a press release's source leads ("记者从玄武区获悉，", "据区统计局
        消息，", "喜讯！"): the place one names stays, as the claim's place; other sources go."""
        place = ""
        text = without_location(text)  # "地处富春江畔的桐庐县，…": 桐庐县
        for _ in range(3):  # "本报讯 栖霞区交出亮眼成绩单：…": one lead after another
            lead = attribution(text)
            if lead is None:
                break
            source, text = lead
            place = source if self.places.names_place(source) else place
        return f"{place}，{text}" if place else text

    def check_draft(self, text: str) -> list[CheckResult]:
        """Split a draft into sentences and check each one that states a fact.

        A sentence without a year or frame words speaks of the time of the sentence before it.
        """
        if not text or not text.strip():
            raise InputError("the draft is empty")
        results, context = [], ClaimTime()
        for sentence in split_draft(text):
            own = claim_time(tidy(sentence), len(sentence))
            context = own if own != ClaimTime() else context
            if is_factual(sentence):
                results.append(self.check(sentence, context))
        return results

    def _turned(self, claim: str, text: str, supported: list[_FigureCheck]) -> CheckResult | None:
        """Two figures of one indicator, each the report's, joined by a rise or fall their
        values deny: "PM2.5年均浓度从2024年的24微克上升到2025年的23微克" is refuted."""
        for a, b in itertools.pairwise(supported):
            f, g = a.claim, b.claim
            if f.indicator != g.indicator or f.quantity.unit != g.quantity.unit or f.at >= g.at:
                continue
            said = self.statements.directions.of(text[f.at + len(f.quantity.raw) : g.at])
            if said is None or f.quantity.value == g.quantity.value:
                continue
            rose = g.quantity.value > f.quantity.value
            if (said[0] == "rise") == rose:
                continue
            word = Directions.words["rise" if rose else "fall"]
            why = (
                f"报告中{f.indicator}由{f.quantity.raw}变为{g.quantity.raw}，是{word}，"
                f"声明说的是{Directions.words[said[0]]}。"
            )
            cited = self.reports.cites(*(c.report.passage for c in (a, b) if c.report))
            diff = (FigureDifference(f.indicator, Directions.words[said[0]], word),)
            return CheckResult(claim, "refuted", cited, why, diff)
        return None

    def figures_of(self, text: str, passage: Passage | None = None) -> list[Figure]:
        """Bind each figure of a text to its indicator, kind and written year."""
        return self.reader.figures_of(text, passage)

    # --- claims with figures -------------------------------------------------------------

    def _check_figures(
        self, claim: str, text: str, figures: list[Figure], default: ClaimTime, docs: Docs
    ) -> CheckResult:
        """Verdict of a claim with figures: each figure against the report's figures."""
        checks = [
            self._check_figure(
                f, claim_time(text, f.at, default, f.target), docs, _one_off(text, f)
            )
            for f in figures
        ]
        refuted = [c for c in checks if c.status == "refuted"]
        supported = [c for c in checks if c.status == "supported"]
        if refuted:
            return self._result(claim, "refuted", refuted + supported)
        if supported and len(supported) == len(checks):
            unmet, attained = self._attained(claim, text, supported, docs)
            if unmet is not None:
                return unmet
            if attained:  # "计划…90家，实际新增94家，超额完成": the figures decided it
                text = self._stance_blanked(text)
            conflict = self.statements.conflict(
                text, [c.report.passage for c in supported if c.report and c.report.passage]
            )
            if conflict:
                passage, why = conflict
                return CheckResult(claim, "refuted", (self.reports.cite(passage),), why)
            aspired = self.statements.aspired(
                text, [c.report.passage for c in supported if c.report and c.report.passage]
            )
            if aspired:
                return CheckResult(claim, "not_found", (self.reports.cite(aspired[0]),), aspired[1])
            for c in supported:
                if c.report is None:
                    continue
                item, stated = self.statements.unlisted_item(text, c.claim, c.report)
                if item:
                    why = f"报告原文为“{stated}”，其中没有声明所列的“{item}”。"
                    cited = self.reports.cites(c.report.passage)
                    return CheckResult(claim, "refuted", cited, why)
            changed = self._changed_numeral(claim, text, supported)
            if changed is not None:
                return changed
            turned = self._turned(claim, text, supported)
            if turned is not None:
                return turned
            text, stance, decided = self._stances_after(claim, text, supported, docs)
            decided += attained
            if stance is not None:
                return stance
            result = self._result(claim, "supported", supported)
            passages = [self.reports.doc_of[c.id].passage(c.id) for c in result.evidence]
            unstated, more = self.statements.figureless_clauses(text, passages)
            if not unstated:
                figures = [c.claim for c in supported]
                unstated, tails = self.statements.unstated_tail(text, figures, passages + more)
                more += tails
            if unstated:
                why = f"报告未提及“{unstated}”；" + result.explanation
                return CheckResult(claim, "not_found", result.evidence, why)
            extra = tuple(dict.fromkeys((*self.reports.cites(*more), *decided)))
            return replace(result, evidence=tuple(dict.fromkeys(result.evidence + extra)))
        if supported:
            missing = "、".join(
                c.claim.quantity.raw for c in checks if c.status in ("unmatched", "unstated")
            )
            result = self._result(claim, "not_found", supported)
            why = f"报告未给出声明中的{missing}；" + result.explanation
            return CheckResult(claim, "not_found", result.evidence, why)
        worded = self.statements.check(claim, text, True, docs)
        unstated = [c for c in checks if c.status == "unstated" and c.report is not None]
        street = any(c.note == "street" for c in unstated)
        if street or (unstated and worded.verdict != "supported"):
            # the sentence's wording may state it; no other indicator's figure refutes it
            c = sorted(unstated, key=lambda u: u.note != "street")[0]
            tallied = None if len(checks) > 1 else self._tally_result(claim, c, docs)
            if tallied is not None:
                return tallied
            assert c.report is not None and c.report.passage is not None
            p = c.report.passage
            if c.note == "target":
                label = frame_label(p, self.reports.doc_of[p.id])
                said = f"报告没有给出{c.time.label() or '这一年'}的实绩，只有{label}"
            elif c.note == "street":
                own = "、".join(sorted(streets(c.claim.indicator)))
                stated = "、".join(sorted(streets(c.report.indicator)))
                whole = f"报告给出的是{stated}的数字，不是全部的"
                said = f"报告没有给出{own}的这一数字" if own else whole
            elif c.note == "year":  # the figure of another year: nothing said of this one
                label = frame_label(p, self.reports.doc_of[p.id], c.report.year)
                said = f"报告中这是{label}的数字，没有给出{c.time.label() or '这一年'}的"
            else:
                said = "报告没有给出这一指标的这类数字"
            why = f"{said}（声明为“{c.claim.quantity.raw}”）。报告原文：“{p.text}”。"
            return CheckResult(claim, "not_found", self.reports.cites(p), why)
        return worded

    def _stances_after(
        self, claim: str, text: str, supported: list[_FigureCheck], docs: Docs
    ) -> tuple[str, CheckResult | None, list[Citation]]:
        """Clauses after a figure saying its target was met or missed ("PM2.5年均浓度为28.3
        微克/立方米，没有完成年初定下的控制目标"), each decided on the figure's indicator as
        the report states it: a refutation; or the text with the decided clauses blanked (so
        they are not "unstated") and the passages deciding them."""
        decided: list[Citation] = []
        for m in self._stance_clauses(text):
            clause = m.group(0)
            before = [c for c in supported if c.claim.at < m.start()]
            if not before:
                continue
            c = before[-1]
            year = f"{c.time.year}年" if c.time.year else ""
            said = year + c.claim.indicator + clause
            found = self.attainment.check(claim, said, docs)
            if found is None:
                # what the report's words leave open, its target and result may bear out
                # (never refute: the target compared may not be the one the claim means)
                found = self._met_by_figures(claim, said, docs)
                if found is None:
                    continue
                if found.verdict == "refuted":  # (the report's words do not say so)
                    why = "报告没有直接说明是否完成目标；" + found.explanation
                    return text, replace(found, verdict="not_found", explanation=why), decided
            if found.verdict == "refuted":
                return text, found, decided
            text = _blanked(text, m)
            decided += found.evidence
        return text, None, decided

    def _stance_clauses(self, text: str) -> list[re.Match[str]]:
        """The clauses of a text saying, without a figure, that a target was met or missed."""
        return [
            m
            for m in CLAUSE.finditer(text)
            if not numbers(m.group(0)) and self.statements.attainment.of(m.group(0)) is not None
        ]

    def _stance_blanked(self, text: str) -> str:
        """The text with its stance clauses blanked (so they are not "unstated")."""
        for m in self._stance_clauses(text):
            text = _blanked(text, m)
        return text

    def _attained(
        self, claim: str, text: str, supported: list[_FigureCheck], docs: Docs
    ) -> tuple[CheckResult | None, list[Citation]]:
        """A claim that a result reached a target it names by figure ("新增上市企业达到年初
        计划的2家"): refuted when the year's result of that indicator falls short (or goes
        beyond, for a claim that it was missed), compared the way the target is set; else
        the results that bear it out, to quote beside the target. A planned figure said
        done ("2023年计划新建的15个口袋公园全部建成") is such a claim too, one that a year no
        report reviews leaves unfound (the plan is not what was done)."""
        # (a year-end asked of, "目标到2024年底实现", is no word of the stance)
        stance = self.statements.attainment.of(AT_YEAR_END.sub("", text))
        done = None if stance is not None else _DONE_AFTER.search(text)
        if done is not None:
            stance = ("met", done.start())
        if stance is None:
            return None, []
        results: list[Citation] = []
        for c in supported:
            target = c.report
            if target is None or target.passage is None:
                continue
            if not (c.claim.target or target.target or target.passage.frame == FRAME_TARGETS):
                continue  # the claim's result ("增长2.6%，未完成7.5%的预期目标"), no target
            # a target of a year; or, asked of at an earlier year-end, the year it is set for
            year = c.time.year if c.time.planned else ""
            if c.time.frame == FRAME_TARGETS or not (year or c.time.frame):
                # the year of the target matched ("到2025年"; an action's last year, "城市更新
                # 两年行动（2022—2023年），两年累计改造老旧小区150个")
                year = target.year or _action_end(target)
            by = _as_of(text, year)
            if not year:
                continue
            if done is not None and c.claim.at > done.start():
                continue  # the done words are of something before the planned figure
            outcome = self._met(c.claim, target, by or year, docs)
            if by:
                # "力争到2025年…达到300家，到2024年底实现了吗": met or missed by then
                if outcome is None:
                    continue
                met, result = outcome
                return self._attainment(claim, stance[0], year, target, met, result, by), []
            early = None if outcome is not None else self._met_early(c.claim, target, year, docs)
            if early is not None:  # "提前一年实现": a goal for a later year met before it
                return self._attainment(claim, stance[0], year, target, True, *early), []
            if outcome is None:
                tallied = self._met_by_tally(target, year, docs)
                if tallied is not None:
                    met, passages, said = tallied
                    if met != (stance[0] == "met"):
                        return self._tallied(claim, stance[0], year, target, *tallied), []
                    results += self.reports.cites(*passages)
                    continue
            reviewed = self.reports.reviews(year, self.reports.doc_of.get(target.passage.id))
            latest = (
                None if outcome or reviewed else self._latest_before(c.claim, target, year, docs)
            )
            if latest is not None and not latest[0]:
                # "力争到2025年…达到10%的目标实现了吗", the latest review's 8.9%: not yet
                return self._attainment(claim, stance[0], year, target, *latest), []
            if outcome is None and not reviewed and done is None:
                continue  # "2020年计划实现…": no report reviews the year, the plan is all
            if outcome is None:  # "完成了新增充电桩1200个的目标": the target, and no result
                why = (
                    f"报告给出了{year}年的目标{target.quantity.raw}，没有给出这一年的实绩，"
                    "无法判断是否完成。"
                )
                return CheckResult(claim, "not_found", self.reports.cites(target.passage), why), []
            met, result = outcome
            if met != (stance[0] == "met"):
                return self._attainment(claim, stance[0], year, target, met, result), []
            if result.passage is not None:
                results += self.reports.cites(result.passage)
        return None, results

    def _one_missed(self, claim: str, text: str, docs: Docs) -> CheckResult | None:
        """A claim that every target of something was met ("两年行动各项指标全部超额完成",
        "各项主要经济指标全部完成年度目标"): refuted by a review of that thing telling one
        missed ("…均超额完成目标；加装电梯84台，完成目标的八成以上"). None otherwise: a review
        telling them all met, or none of them, is for the other checks."""
        attainment = self.statements.attainment
        stance = attainment.of(text)
        if stance is None or stance[0] != "met":
            return None
        every = _EVERY.search(text, 0, stance[1] + 2)
        if every is None:
            return None
        subject = _GENERIC_TARGETS.sub("", self.statements.content(text[: every.start()]))
        time = claim_time(text, len(text))
        passages = self.statements.candidates(text, docs)
        reviews = (
            self.statements.reviews(time, passages)
            if time.year
            else [(p, p.text) for p in passages if p.frame != FRAME_TARGETS]
        )
        best: tuple[float, Passage, str] | None = None
        for p, seg in reviews:
            seg = tidy(seg)
            share = coverage(subject, seg) if len(subject) > 1 else 1.0
            if share < _ALL_OF_COVERAGE or (best is not None and share <= best[0]):
                continue
            clauses = split_at(seg, "，,；;。")
            missed = [c for c in clauses if (a := attainment.of(c)) and a[0] == "missed"]
            if missed:
                best = (share, p, missed[0])
        if best is None:
            return None
        _, p, clause = best
        why = f"报告原文为“{p.text}”（{clause}），并非全部完成目标。"
        return CheckResult(claim, "refuted", self.reports.cites(p), why)

    def _with_result(self, decided: CheckResult, text: str, docs: Docs) -> CheckResult:
        """A target said met or missed in words ("地区生产总值增速未达到年初预期"), with the
        year's result of the indicator quoted after the words that decide it ("全年实现地区
        生产总值1,612.5亿元，增长5.2%"), so the reader sees the figure too."""
        time = claim_time(text, len(text))
        if decided.verdict == "not_found" or not time.year:
            return decided
        if self.statements.attainment.of(text) is None:
            return decided  # (only a target met or missed)
        growth = bool(re.search(r"增速|增长|增幅", text))
        named = self._named_in(text, FRAME_RESULTS, ClaimTime(year=time.year), docs)
        # (an indicator the report gives only as a rate shows its rate: "固定资产投资下降2.3%")
        results = [f for f in named if (f.kind == "growth") == growth] or [
            f for f in named if f.kind == "growth"
        ]
        if not results:
            return decided
        cited = tuple(dict.fromkeys((*decided.evidence, *self.reports.cites(results[0].passage))))
        return replace(decided, evidence=cited)

    def _named_in(self, text: str, frame: str, time: ClaimTime, docs: Docs) -> list[Figure]:
        """The report figures of a frame and time whose indicator a figure-less claim names
        whole ("2023年未能完成城镇新增就业目标"), the most fully named first."""
        named = self.reader.canonical(self.reader.clean(text))
        found = [
            f
            for f in self._figures(docs)
            if _frame(f) == frame
            and f.passage is not None
            and len(f.indicator) >= MIN_NAMED_INDICATOR
            and coverage(f.indicator, named) >= OWN_INDICATOR
            and self._figure_in_time(time, f)
        ]
        return sorted(found, key=lambda f: -coverage(f.indicator, named))

    def _met_by_figures(self, claim: str, text: str, docs: Docs) -> CheckResult | None:
        """ "2023年未能完成城镇新增就业目标", where the report's words say nothing of it: the
        year's target and the result a later report states decide, compared the way the
        target is set (`target_met`, as the answerer compares them). None when the claim
        names no year, or the reports lack the target or its result."""
        stance = self.statements.attainment.of(text)
        time = claim_time(text, len(text))
        if stance is None or not time.year:
            return None
        planned = ClaimTime(year=time.year, planned=True)
        for target in self._named_in(text, FRAME_TARGETS, planned, docs):
            outcome = self._met(target, target, time.year, docs)
            if outcome is not None:
                return self._attainment(claim, stance[0], time.year, target, *outcome)
            tallied = self._met_by_tally(target, time.year, docs)
            if tallied is not None:
                return self._tallied(claim, stance[0], time.year, target, *tallied)
        return None

    def _met_early(
        self, measure: Figure, target: Figure, year: str, docs: Docs
    ) -> tuple[Figure, str] | None:
        """The result of a year before a level's target year that already meets the target
        ("力争到2025年…达到300家", then "2024年…累计达到312家"), with its year; None when the
        latest year stated falls short (the target year may yet meet it) or none is."""
        latest = self._latest_before(measure, target, year, docs)
        if latest is None or not latest[0]:
            return None
        return latest[1], latest[2]

    def _latest_before(
        self, measure: Figure, target: Figure, year: str, docs: Docs
    ) -> tuple[bool, Figure, str] | None:
        """Whether the latest result stated before a level's target year ("力争到2025年…比重
        达到10%", then 2024's "达到8.9%") meets the target, with that result and its year;
        None when the target is a year's own or no earlier result is stated."""
        assert target.passage is not None
        goal = re.search(rf"(?<!达)到{year}年(?![底末]?前)", target.passage.text)
        if measure.kind not in ("level", "share") or not year.isdigit() or goal is None:
            return None  # (a year's own target, "新增就业3万人", is that year's alone)
        for earlier in range(int(year) - 1, int(year) - YEARS_BACK, -1):
            outcome = self._met(measure, target, str(earlier), docs)
            if outcome is not None:
                return outcome[0], outcome[1], str(earlier)
        return None

    def _met(
        self, measure: Figure, target: Figure, year: str, docs: Docs
    ) -> tuple[bool, Figure] | None:
        """Whether the year's result of `measure`'s indicator and kind (a later report's)
        meets the target figure, compared the way the target is set, with that result; None
        when the reports state no such result or the two measure different things."""
        assert target.passage is not None
        action = _action_years(target)
        scored = self._same_indicator(measure, docs)
        if action:  # an action's total is stated where its end is ("两年行动圆满收官，…")
            scored = sorted(scored, key=lambda x: action not in _sentence_of(x[1]))
        for _, f in scored:
            if (
                f.kind == measure.kind
                and same_dimension(measure.quantity, f.quantity)
                and f.passage is not None
                and (
                    (_frame(f) == FRAME_RESULTS and self._figure_in_time(ClaimTime(year=year), f))
                    or self._summed_to(target, f, year)
                )
            ):
                met = target_met(
                    Fill(target.passage, target.quantity, target.context),
                    Fill(f.passage, f.quantity, f.context),
                )
                return None if met is None else (met, f)
        return None

    def _summed_to(self, target: Figure, f: Figure, year: str) -> bool:
        """A target summed over a plan's years ("“十四五”期间累计改造老旧小区300个以上") and a
        look-back's sum of the thing over years ending in the target's ("回顾“十四五”这五年…
        累计改造老旧小区312个"): the result to compare it with."""
        return (
            f.passage is not None
            and f.passage.frame == FRAME_SPAN
            and f.passage.years[-4:] == year
            and bool(_SUMMED.search(target.indicator))
            and bool(_SUMMED.search(f.indicator))
        )

    def _met_by_tally(
        self, target: Figure, year: str, docs: Docs
    ) -> tuple[bool, tuple[Passage, ...], str] | None:
        """Whether a year's target of new ones ("力争新增上市企业2家") was met, where no
        report states the year's new ones: from the place's totals at the year's end and the
        year before ("累计达到19家", then "累计达到20家"), else from the ones the year's review
        names ("辽和智能于2025年9月在北交所上市"), which can only show it met. The passages
        that show it, and what they say in words. None when they do not decide."""
        assert target.passage is not None
        thing = counted_thing(target.indicator)
        doc = self.reports.doc_of.get(target.passage.id)
        if not thing or doc is None or not year.isdigit():
            return None
        place = doc.meta.region
        ends = self._totals_around(thing, place, year, target.quantity.unit, docs)
        if ends is not None:
            before, after = ends
            new = replace(after.quantity, value=after.quantity.value - before.quantity.value)
            met = target_met(
                Fill(target.passage, target.quantity, target.context),
                Fill(None, new, after.context),
            )
            if met is not None:
                return met, (before.passage, after.passage), _totals_said(before, after, year)
        named: dict[str, tuple[str, Passage]] = {}
        for d in self.reports.documents:
            if d.meta.region != place or (docs is not None and d.meta.id not in docs):
                continue
            for p in d.passages:
                if p.frame == FRAME_RESULTS and self.reports.time_matches(ClaimTime(year=year), p):
                    for name, clause in named_ones(p.text, thing, year):
                        named.setdefault(name, (clause, p))
        if named and len(named) >= target.quantity.value:
            said = "报告记有" + "；".join(f"“{clause}”" for clause, _ in named.values())
            return True, tuple(dict.fromkeys(p for _, p in named.values())), said
        return None

    def _totals_around(
        self, thing: str, place: str, year: str, unit: str, docs: Docs
    ) -> tuple[Figure, Figure] | None:
        """The place's totals of a thing at the end of the year before and of the year
        ("全区上市企业累计达到17家", then "…18家"), each one figure; None unless both are."""
        totals = [
            f
            for f in self._figures(docs)
            if is_total_of(f.indicator, thing)
            and f.passage is not None
            and self.reports.doc_of[f.passage.id].meta.region == place
            and _frame(f) == FRAME_RESULTS
            and f.kind == "level"
            and f.quantity.unit == unit
            and not f.quantity.qualifier
        ]
        ends = []
        for y in (str(int(year) - 1), year):
            at = [f for f in totals if self._figure_in_time(ClaimTime(year=y), f)]
            if len({f.quantity.value for f in at}) != 1:
                return None  # none, or totals of two kinds ("境内外上市企业", "A股上市企业")
            ends.append(at[0])
        return ends[0], ends[1]

    def _tally_result(self, claim: str, c: _FigureCheck, docs: Docs) -> CheckResult | None:
        """A claimed count of a year's new ones ("2024年新增上市企业不低于2家") that no report
        states, decided by the place's totals at that year's end and the year before: the
        claim holds when the difference agrees with it. Both totals are quoted, the
        difference never written out."""
        thing = counted_thing(c.claim.indicator)
        year = c.time.year
        if not thing or not year.isdigit() or c.time.planned or c.report is None:
            return None
        assert c.report.passage is not None
        place = self.reports.doc_of[c.report.passage.id].meta.region
        ends = self._totals_around(thing, place, year, c.claim.quantity.unit, docs)
        if ends is None:
            return None
        before, after = ends
        new = replace(after.quantity, value=after.quantity.value - before.quantity.value)
        ok, _ = agree(c.claim.quantity, new)
        verdict: Verdict = "supported" if ok else "refuted"
        how = "与声明一致" if ok else "与声明不符"
        said = _totals_said(before, after, year)
        why = (
            f"报告没有直接给出{year}年{c.claim.indicator}的数字；{said}，"
            f"{how}（声明为{c.claim.quantity.raw}）。"
        )
        return CheckResult(claim, verdict, self.reports.cites(before.passage, after.passage), why)

    def _tallied(
        self,
        claim: str,
        stance: str,
        year: str,
        target: Figure,
        met: bool,
        passages: tuple[Passage, ...],
        said: str,
    ) -> CheckResult:
        """The verdict on a claim that a year's target of new ones was met (`stance` "met")
        or missed, from the totals or the named ones (`_met_by_tally`), all quoted."""
        assert target.passage is not None
        verdict: Verdict = "supported" if met == (stance == "met") else "refuted"
        how = "达到" if met else "未达到"
        why = (
            f"报告{year}年{target.label}目标为{target.quantity.raw}；{said}，{how}目标；"
            f"声明为{self.statements.attainment.words[stance]}。"
        )
        return CheckResult(claim, verdict, self.reports.cites(target.passage, *passages), why)

    def _attainment(
        self,
        claim: str,
        stance: str,
        year: str,
        target: Figure,
        met: bool,
        result: Figure,
        by: str = "",
    ) -> CheckResult:
        """The verdict on a claim that a year's target was met (`stance` "met") or missed,
        from the target and the result, both quoted; `by` is the earlier year whose result
        is compared, when it is not the target's."""
        assert target.passage is not None and result.passage is not None
        verdict: Verdict = "supported" if met == (stance == "met") else "refuted"
        how = "达到" if met else "未达到"
        fall = "下降" if result.quantity.value < 0 and result.kind == "growth" else ""
        when = f"{by}年" if by and by != year else ""
        why = (
            f"报告{year}年{target.label}目标为{target.quantity.raw}，{when}实绩为{fall}"
            f"{result.quantity.raw}，{how}目标；声明为{self.statements.attainment.words[stance]}。"
        )
        return CheckResult(claim, verdict, self.reports.cites(target.passage, result.passage), why)

    def _changed_numeral(
        self, claim: str, text: str, supported: list[_FigureCheck]
    ) -> CheckResult | None:
        """A bare numeral the figure checks do not cover, changed in the supporting
        sentence ("突破1600亿元，提前两年达到" for its "提前一年达到"): refuted."""
        passages = [f.passage for c in supported for f in (c.report, c.also) if f is not None]
        for p in dict.fromkeys(p for p in passages if p is not None):
            stated = tidy(p.text)
            pairs, _ = align(text, stated)
            # a numeral the sentence writes with the claim's own words after it is not
            # changed, whichever of two alike places the alignment paired it with ("其中
            # 10亿元以上项目14个、50亿元以上项目3个" holds the claim's "50亿元以上项目")
            wrong = [
                x
                for x in pairs
                if x.claim.quantity is None
                and not x.agrees
                and text[x.claim.start : x.claim.end + ANCHOR] not in stated
            ]
            if wrong:
                said = "；".join(f"报告为“{x.report.raw}”，声明为“{x.claim.raw}”" for x in wrong)
                named = self.statements.named
                diffs = tuple(
                    FigureDifference(named(p.text, x.report), x.claim.raw, x.report.raw)
                    for x in wrong
                )
                why = f"报告原文：“{p.text}”。{said}。"
                return CheckResult(claim, "refuted", self.reports.cites(p), why, diffs)
        return None

    def _check_figure(
        self, claim: Figure, time: ClaimTime, docs: Docs, one_off: bool
    ) -> _FigureCheck:
        """Compare one claim figure with the report's figures of the same indicator.

        The report's very figure in another year refutes a claim of a mark passed once
        (`one_off`: "2016年首次突破千亿元大关" for 2015's); a yearly figure of another year
        ("2020年完成老旧小区改造38个" for 2021's 38个) says nothing of the year claimed.
        """
        scored = self._same_indicator(claim, docs)
        street = self._other_street(claim, time, docs, scored[0][0] if scored else 0.0)
        if street is not None:  # the report's figure is another street's, or the district's
            return _FigureCheck("unstated", claim, time, street, "street")
        comparable = [
            (s, f)
            for s, f in scored
            if f.kind == claim.kind and same_dimension(claim.quantity, f.quantity)
        ]
        best_other = comparable[0][0] if comparable else 0.0
        best_own = scored[0][0] if scored else 0.0
        guessed = time.frame if time.soft else ""
        if time.soft:  # a guessed frame: any frame whose figure agrees will do
            time = ClaimTime()
        if best_own >= OWN_INDICATOR and best_own - best_other > OTHER_INDICATOR_GAP:
            # the claim's own indicator is in the report, but not with a figure of this kind
            # ("服务业增加值1400亿元": the report gives it only as growth): no amount to
            # compare, unless the claim wrote the report's number in another unit
            changed = self._changed_unit(claim, time, scored)
            if changed is not None:
                return _FigureCheck("refuted", claim, time, changed, "unit")
            own = next((f for _, f in scored if self._figure_in_time(time, f)), None)
            moved = self._moved(claim, time, own, docs) if own is not None else None
            if moved is not None:
                return _FigureCheck("refuted", claim, time, moved, "moved")
            return _FigureCheck("unstated", claim, time, own or scored[0][1])
        in_time = [(s, f) for s, f in comparable if self._figure_in_time(time, f)]
        if comparable and not in_time and self.reports.is_target_time(time):
            # a target the report does not set (it states only a result): nothing to compare
            return _FigureCheck("unmatched", claim, time)
        if (
            comparable
            and not in_time
            and all(_frame(f) == FRAME_TARGETS for _, f in comparable)
            and not time.planned
        ):
            # a result the reports do not state (they only set a target): nothing to compare
            return _FigureCheck("unstated", claim, time, comparable[0][1], "target")
        if in_time and not self.reports.is_target_time(time):
            # a year with a target (its report) and a result (the next one's): a claim
            # without target words states the result, one with them the target
            # (a figure the claim names as a target, "超过…1500亿元的预期目标", is one)
            # (and a plan's very figure, the frame guessed from its words: "两年行动计划改造
            # 老旧小区100个" is the plan's 100个, not the review's 104个)
            planned = guessed == FRAME_TARGETS and any(
                _frame(f) == FRAME_TARGETS and same(f.quantity.value, claim.quantity.value)
                for _, f in in_time
            )
            wanted = (
                (FRAME_TARGETS,)
                if time.planned or claim.target or planned
                else (FRAME_RESULTS, FRAME_SPAN)
            )
            kept = [(s, f) for s, f in in_time if _frame(f) in wanted]
            if not kept and time.year and not time.planned:
                # the year's review states no such figure, only its plan set one: a result
                # is not refuted (nor supported) by a target
                return _FigureCheck("unstated", claim, time, in_time[0][1], "target")
            if not kept and time.year and (claim.target or "目标" in claim.context):
                # "2024年外贸进出口总额的年度目标为200亿元": no target was set for it, and the
                # year's result is no target
                return _FigureCheck("unmatched", claim, time)
            in_time = kept or in_time
            reviewed = [(s, f) for s, f in in_time if _frame(f) == FRAME_RESULTS or f.year]
            if time.year and reviewed and reviewed[0][0] >= in_time[0][0] - YEAR_OVER_SPAN:
                # "2025年民生支出占比82.3%": the year's own review, not a look-back's "每年…均
                # 保持在八成以上" over the years it is one of
                in_time = reviewed
        if (
            in_time
            and self.reports.is_target_time(time)
            and not (time.planned or claim.target or claim.quantity.qualifier)
            and time.frame != FRAME_TARGETS
            and all(
                _frame(f) == FRAME_TARGETS
                and (
                    f.quantity.bound in _TARGET_HEDGES
                    or self.reports.before_newest(time.year, self.reports.doc_of.get(f.passage.id))
                )
                for _, f in in_time
                if f.passage is not None
            )
        ):
            # "2023年地区生产总值增长6.2%" (or "6%") where 2023 has only a target, "增长6%左右": a
            # result no report states, neither borne out nor refuted by the hedged target; nor
            # by any target of a year a later report of the place is past ("2023年新增学位
            # 3,800个" with the 2025 report in hand: 2023's result, never stated)
            return _FigureCheck("unstated", claim, time, in_time[0][1], "target")
        said = self.lex.scope_of(claim.indicator)
        top = in_time[0][0] if in_time else 0.0
        scoped = [
            (s, f) for s, f in in_time if s >= top - 0.1 and self.lex.scope_of(f.indicator) & said
        ]
        if scoped:  # "新增规上工业企业203家": the count of the new ones, not the one without
            in_time = scoped  # a scope in their sentence ("达到203家，其中当年新增27家")
        if in_time:
            best = in_time[0][0]
            near = [f for s, f in in_time if s >= best - NEAR_MATCH]
            return self._compare(claim, time, near, comparable)
        swapped = self._same_value_elsewhere(claim, comparable, time)
        if swapped and one_off:
            return _FigureCheck("refuted", claim, time, swapped, "frame")
        if swapped:
            return _FigureCheck("unstated", claim, time, swapped, "year")
        changed = self._changed_unit(claim, time, scored)
        if changed is not None:
            return _FigureCheck("refuted", claim, time, changed, "unit")
        loose = None if comparable else self._loose_match(claim, time, docs)
        if loose is not None:
            ok, note = agree(claim.quantity, loose.quantity)
            return _FigureCheck("supported" if ok else "refuted", claim, time, loose, note)
        return _FigureCheck("unmatched", claim, time)

    def _moved(self, claim: Figure, time: ClaimTime, own: Figure, docs: Docs) -> Figure | None:
        """The claim's very figure, of the claim's time, in the passage giving its indicator,
        but another thing's ("旅游收入增长14.2%" for "接待游客860万人次，增长14.2%，实现旅游收入
        86.5亿元"): a figure moved to the wrong indicator."""
        for f in self._figures(docs):
            if (
                f.passage is not None
                and f.passage is own.passage
                and f is not own
                and claim.kind != "rank"  # ("居全市各区首位": the claim's 第一, said otherwise)
                and f.kind == claim.kind
                and f.quantity.unit == claim.quantity.unit
                and same(f.quantity.value, claim.quantity.value)
                and self._figure_in_time(time, f)
                # (of another thing: "接待游客…增长14.2%" is no 旅游收入's; "惠及居民1.18万户"
                # is the claim's own "改造老旧小区惠及居民11,800户")
                and coverage(f.indicator, claim.indicator) < MOVED_SHARED
            ):
                return f
        return None

    def _changed_unit(
        self, claim: Figure, time: ClaimTime, scored: list[tuple[float, Figure]]
    ) -> Figure | None:
        """The report's figure of the claim's indicator with the claim's digits in another
        unit or kind ("3.2万户" for the report's 3.2万人, "8个百分点" for its 8%); not a rate
        for an amount ("增长8.6%" for its 8.6亿美元: the report states no such rate)."""
        digits = numbers_in(claim.quantity.raw)
        rate = claim.quantity.unit in _RATE_UNITS
        for _, f in scored:
            if (
                self._figure_in_time(time, f)
                and f.quantity.unit != claim.quantity.unit
                and (f.quantity.unit in _RATE_UNITS) == rate
                and digits & numbers_in(f.quantity.raw)
            ):
                return f
        return None

    def _loose_match(self, claim: Figure, time: ClaimTime, docs: Docs) -> Figure | None:
        """The report figure of the claim's unit, kind and time whose sentence part states
        most of the claim's content, when no indicator matches: the claim's "建成不少于20万
        平方米的硅巷载体" and the report's "…红五月硅巷等载体，建成面积不少于10万平方米"."""
        grams = claim.words
        if len(grams) < 2:
            return None
        best, best_score = None, 0.0
        for f in self._figures(docs):
            if (
                f.kind != claim.kind
                or f.quantity.unit != claim.quantity.unit
                or not self._same_modifiers(claim.indicator, f.indicator, self._sentence_of(f))
                or not same_thresholds(claim.indicator, f.indicator)
                or not thresholds_stated(claim.indicator, f.context)
                or not self._figure_in_time(time, f)
                or coverage(claim.indicator, f.context) < LOOSE_INDICATOR
                or claim.indicator[:2] not in f.context  # the modifier naming it (金融业…)
            ):
                continue  # another unit, kind or time; or a sentence silent on the indicator
            if self._better_bound_beside(claim, f):
                continue  # its sentence part names the claim's thing by another figure's words
            shared = grams & f.words
            score = len(shared) / len(grams) + 0.01 * (f.quantity.bound == claim.quantity.bound)
            if len(shared) >= 3 and score > best_score:
                best, best_score = f, score
        return best if best_score >= LOOSE_MATCH else None

    def _better_bound_beside(self, claim: Figure, f: Figure) -> bool:
        """Another count or measure of the claim's dimension in `f`'s sentence part has an
        indicator nearer the claim's: in
        "新增规上工业企业42家，新增省级智能制造示范车间9个" a claimed count of 示范工厂 is the
        车间's kind (9个, another unit), not the 42家 of 规上工业企业 beside it."""
        if f.passage is None:
            return False
        if self._by_passage is None:
            self._by_passage = {}
            for g in self.figures:
                if g.passage is not None:
                    self._by_passage.setdefault(g.passage.id, []).append(g)
        own = max(similarity(claim, f), BESIDE_MATCH)
        return any(
            g is not f
            and len(g.indicator) >= 2
            and g.words == f.words
            and same_dimension(claim.quantity, g.quantity)
            and similarity(claim, g) > own
            for g in self._by_passage.get(f.passage.id, ())
        )

    def _other_street(
        self, claim: Figure, time: ClaimTime, docs: Docs, best: float
    ) -> Figure | None:
        """The report's in-time figure of the claim's indicator for other streets than the
        claim names, when it matches better than any figure of the claim's own streets:
        "西善桥街道新建口袋公园12个" for the district's "新建口袋公园12个", or the district's
        "完成老旧小区改造5个" for "湖西街道完成老旧小区改造5个"."""
        mine = street_names(claim.indicator)
        for m in _PLACES_LISTED.finditer(claim.context):  # "太平镇和新发镇建成…": both
            if street_keys(m.group(0)) >= mine:
                mine = mine | street_keys(m.group(0))
        bare = replace(claim, indicator=without_streets(claim.indicator))
        found, found_score, own = None, max(best, MIN_INDICATOR_MATCH), 0.0
        # a claim naming no street can only be another street's: read just those figures
        for f in self._figures(docs) if mine else self._street_figures(docs):
            if not self._figure_in_time(time, f):
                continue
            score = similarity(bare, replace(f, indicator=without_streets(f.indicator)))
            joint = _listed(f.passage.text, f.indicator, mine) if mine and f.passage else None
            if joint is not None and joint != mine:
                # "太平镇、新发镇建成…7个" is the two towns' figure, not 新发镇's alone
                if score >= found_score:
                    found, found_score = f, score
                continue
            if (
                joint == mine
                or street_names(f.indicator) == mine
                or _addressed(f.indicator, claim.indicator)
            ):
                own = max(own, score)  # the claim's own street, weighed on the same terms
            elif score > found_score:
                found, found_score = f, score
        # a figure of the claim's own street that names the claim's indicator at all is the
        # one to compare ("桠溪街道国际慢城景区接待游客" for "桠溪街道接待游客"), however much
        # better the district's plain words match
        return found if found_score > own and own < MIN_INDICATOR_MATCH else None

    def _street_figures(self, docs: Docs) -> list[Figure]:
        """The report figures whose indicator names a street (few: read once)."""
        if self._with_streets is None:
            self._with_streets = [f for f in self.figures if streets(f.indicator)]
        return [
            f
            for f in self._with_streets
            if docs is None or (f.passage is not None and f.passage.doc_id in docs)
        ]

    def _figures(self, docs: Docs) -> list[Figure]:
        """The report figures of the given reports (all when None)."""
        if docs is None:
            return self.figures
        return [f for f in self.figures if f.passage is not None and f.passage.doc_id in docs]

    def _same_indicator(self, claim: Figure, docs: Docs) -> list[tuple[float, Figure]]:
        """Report figures sharing the claim figure's indicator, most similar first; an
        action's total over its years is compared without its scope word with a claim naming
        those years and no scope ("城市更新两年行动改造老旧小区150个" with "两年累计改造老旧小区
        150个": 累计 is no word of the thing)."""
        plain = not self.lex.scope_of(claim.indicator)

        def score(f: Figure) -> float:
            s = similarity(claim, f)
            years = _ACTION_TOTAL.match(f.indicator)
            if plain and years and years.group(1) in claim.context:
                bare = replace(f, indicator=self.lex.without_scope(f.indicator))
                s = max(s, similarity(claim, bare))
                # the action's own thing, its years the claim names too: before any one
                # year's figure of the thing ("两年累计改造老旧小区100个", not 2023年的50个)
                thing = self.lex.without_scope(f.indicator[years.end() :])
                s = max(s, similarity(claim, replace(f, indicator=thing)) + _SPAN_NAMED_BONUS)
                # the action named as its sentence names it ("两年攻坚行动…两年累计完成城中村
                # 改造12个" for "两年攻坚行动完成城中村改造12个")
                action = _last_before(f, _ACTION_NAME, 1)
                if action and action in claim.context:
                    named = self.lex.without_scope(f.indicator)[len(years.group(1)) :]
                    s = max(s, similarity(claim, replace(f, indicator=action + named)))
            return s

        scored = [
            (s, f)
            for f in self._figures(docs)
            if (s := score(f)) >= MIN_INDICATOR_MATCH
            and self._same_modifiers(claim.indicator, f.indicator, self._sentence_of(f))
            # a yearly average claimed ("年均增长8.6%") is no one year's growth
            and not (claim.averaged and not f.averaged)
        ]
        return sorted(_parts_named(claim, scored), key=lambda x: -x[0])

    def _compare(
        self,
        claim: Figure,
        time: ClaimTime,
        near: list[Figure],
        comparable: list[tuple[float, Figure]],
    ) -> _FigureCheck:
        """Decide a claim figure against equally good in-time figures of its indicator."""
        q = claim.quantity
        # the report's figure with the claim's very number and unit is the one to compare;
        # a bound claimed ("突破1600亿元") is best shown by the exact figure (1620亿元)
        near = sorted(
            near,
            key=lambda f: (
                bool(q.qualifier and f.quantity.qualifier),
                not same(f.quantity.value, q.value),
                f.quantity.unit != q.unit,
            ),
        )
        swapped = self._same_value_elsewhere(claim, comparable, time, exact=True)
        if any(_holds(g.passage, q) for g in near):
            swapped = None  # the year's own words hold the mark ("连续五年稳定在24万吨以上")
        for f in near:
            result = _frame(f) == FRAME_RESULTS and not (f.target or claim.target or time.planned)
            ok, note = agree(q, f.quantity, implied=result)
            if ok and _other_hedge(q, f):
                # a target "5%左右" claimed as "5%以上" (or the reverse): another target
                return _FigureCheck("refuted", claim, time, f, "hedge", swapped)
            if (
                ok
                and swapped
                and swapped.quantity.bound == q.bound
                and not same(f.quantity.value, q.value)
                and not same_year(swapped, f)
                and not earlier_mark(swapped, f)
            ):
                # "2019年增长7.5%以上" fits the 8% of 2019, but it is the 2020 target's
                # wording: a frame swap, not a paraphrase
                return _FigureCheck("refuted", claim, time, f, "", swapped)
            if ok:  # the mark as the report words it ("突破1600亿元，提前一年…") goes along
                marked = [g for g in near if g is not f and same(g.quantity.value, q.value)]
                also = marked[0] if q.qualifier and marked else None
                return _FigureCheck("supported", claim, time, f, note, also)
        return _FigureCheck("refuted", claim, time, near[0], agree(q, near[0].quantity)[1], swapped)

    def _sentence_of(self, f: Figure) -> str:
        """The sentence a report figure is read from, after the one before it in its paragraph
        when it opens by the kind of a site named there ("石门里历史文化街区二期…开街。街区…夜间客流
        占全天客流的比重超过六成": the site's share, named one sentence before)."""
        text = _sentence_of(f)
        if not text or f.passage is None or not _SITE_ANAPHOR.match(text):
            return text
        before = self.reports.before(f.passage)
        if before is None or before.paragraph != f.passage.paragraph:
            return text
        return tidy(before.text) + text

    def _same_modifiers(self, a: str, b: str, b_sentence: str = "") -> bool:
        """False when a modifier such as 人均 qualifies only one of two indicators, when
        they hold contrasting words (人均消费支出 is no 人均可支配收入), or when they count
        disjoint parts of a thing (新增高新技术企业, 高新技术企业总数)."""
        if not all((m in a) == (m in b) for m in self.lex.modifiers):
            return False
        if street_names(a) != street_names(b) and not _addressed(b, a):
            return False  # "西善桥街道新建口袋公园12个" is not the district's 12个
        if other_scope(a, b) or other_scope(b, a):
            return False  # "新引进全国首店" counts others than 品牌首店 or 本省首店
        if (
            sites(a)
            and sites(a) != sites(b)
            and not (not sites(b) and all(site in b_sentence for site in sites(a)))
        ):
            # "岳麓山景区接待游客" is neither 橘子洲景区's nor the district's (a claim naming
            # no site may have named it outside the figure's phrase: "慢城景区所在的桠溪街道…";
            # nor the report, in its sentence: "筑云数字产业园二期…，新增入驻企业60家")
            return False
        scope_a, scope_b = self.lex.scope_of(a), self.lex.scope_of(b)
        if scope_a and scope_b and not scope_a & scope_b:
            return False  # the year's new ones are not all of them (新增 vs 总数)
        return not self.lex.contrasted(a, b)

    def _same_value_elsewhere(
        self,
        claim: Figure,
        comparable: list[tuple[float, Figure]],
        time: ClaimTime,
        exact: bool = False,
    ) -> Figure | None:
        """A figure of the same indicator in another time frame that agrees with the claim.

        One with the very number the claim writes comes first (the claim "2015年突破百亿"
        is the report's "2017年突破百亿", not its 2019 level of 164.5亿元).
        """
        other = [f for _, f in comparable if not self._figure_in_time(time, f)]
        same_number = [f for f in other if same(f.quantity.value, claim.quantity.value)]
        for f in same_number + ([] if exact else other):
            if agree(claim.quantity, f.quantity)[0]:
                return f
        return None

    @cached_property
    def _span_ends(self) -> dict[str, frozenset[str]]:
        """Each report's look-backs' last years ("2016-2020" → 2020)."""
        ends: dict[str, set[str]] = {}
        for f in self.figures:
            if f.passage is not None and f.passage.frame == FRAME_SPAN:
                ends.setdefault(f.passage.doc_id, set()).add(f.passage.years[-4:])
        return {doc: frozenset(years) for doc, years in ends.items()}

    def _figure_in_time(self, time: ClaimTime, fig: Figure) -> bool:
        """True when a report figure speaks of the time a claim speaks of: a look-back's
        sum or average over its years ("“十四五”以来…累计新增412家") is no one year's, a
        target a review restates ("低于3亿美元的目标") no result (`_frame`); a sum or an
        average its own words put over the years claimed ("五年年均增长5.9%" in a review) is
        the look-back's."""
        if time.frame == FRAME_SPAN and time.span and _years_summed(fig.context) == time.span:
            return True
        if (
            time.year
            and not fig.year
            and fig.passage is not None
            and fig.passage.frame == FRAME_SPAN
            and OVER_YEARS.search(fig.context)
        ):
            return False
        if fig.target and time.frame == FRAME_RESULTS:
            return False  # a review restating a target ("未实现突破五百亿元的目标"): no result
        if (
            time.frame == FRAME_SPAN
            and fig.averaged
            and fig.passage is not None
            and fig.passage.frame == FRAME_RESULTS
            and fig.passage.years in self._span_ends.get(fig.passage.doc_id, ())
        ):
            # a yearly average in the review of a look-back's last year (a table's "年均增长"
            # column beside its first and last years) is the look-back's
            return True
        if (
            not time.year
            and time.frame in (FRAME_RESULTS, FRAME_TARGETS)
            and fig.year
            and fig.passage is not None
            and fig.passage.years
            and fig.year not in fig.passage.years
        ):
            return False  # "到2030年下降到25" in this year's plans is no target of this year
        return self.reports.time_matches(time, fig.passage, fig.year)

    # --- helpers -------------------------------------------------------------------------

    def _result(self, claim: str, verdict: Verdict, checks: list[_FigureCheck]) -> CheckResult:
        """Assemble a verdict from figure checks: evidence, explanation and differences."""
        passages, parts, diffs = [], [], []
        for c in checks:
            for f in (c.also, c.report) if c.note == "frame" else (c.report, c.also):
                if f is not None and f.passage is not None and f.passage not in passages:
                    passages.append(f.passage)
            parts.append(self._explain(c))
            if c.status == "refuted" and c.report is not None:
                claimed, reported = c.claim.quantity.raw, c.report.quantity.raw
                if c.note == "frame":  # same figure, other time: show the times
                    claimed = f"{c.time.label()}{claimed}"
                    reported = f"{self._when(c.report)}{reported}"
                diffs.append(FigureDifference(_label(c), claimed, reported))
        return CheckResult(
            claim, verdict, self.reports.cites(*passages), "".join(parts), tuple(diffs)
        )

    def _when(self, fig: Figure) -> str:
        """The time of a report figure in words."""
        if fig.passage is None:
            return ""
        if fig.target:  # "低于3亿美元的目标" in the review of 2025 is 2025's target
            year = fig.year or (fig.passage.years if fig.passage.years.isdigit() else "")
            return f"{year}年目标" if year else "目标"
        return frame_label(fig.passage, self.reports.doc_of[fig.passage.id], fig.year)

    def _explain(self, c: _FigureCheck) -> str:
        """One sentence on one figure, naming the report's figure and the claim's."""
        r, q = c.report, c.claim.quantity
        if r is None or r.passage is None:
            return f"报告未给出{c.claim.label}的数字{q.raw}。"
        own = r.label  # (a moved figure is named by its own indicator)
        r = replace(r, indicator=c.claim.indicator) if _label(c) != r.label else r
        when = self._when(r)
        if c.status == "supported":
            note = f"（报告原文为“{r.quantity.raw}”）" if c.note else ""
            return f"报告{when}{r.label}为{r.quantity.raw}，与声明的{q.raw}一致{note}。"
        if c.note == "frame":
            said = c.time.label() or "另一时期"
            return f"{q.raw}是报告中{when}的{r.label}，声明却把它说成{said}的数字。"
        if c.note == "unit":
            return f"单位或口径不符：报告{when}{r.label}为{r.quantity.raw}，声明为{q.raw}。"
        if c.note == "moved":
            return f"{r.quantity.raw}是报告中{when}{own}的数字，不是{c.claim.label}的。"
        if r.quantity.value * q.value < 0:  # 下降1.8% said as 增长1.8%
            return f"报告{when}{r.label}{r.quantity.raw}，声明为{c.claim.label}{q.raw}。"
        text = f"报告{when}{r.label}为{r.quantity.raw}，声明为{q.raw}。"
        if c.also is not None and c.also.passage is not None:
            text += f"{q.raw}是报告中{self._when(c.also)}的数字。"
        return text


MOVED_SHARED = 0.5  # of a figure's indicator a claim's may share for it to be another thing's

# Hedges a target is set with: a floor or a ceiling (以上 / 以内) is no "左右"
_TARGET_HEDGES = frozenset({"approx", "min", "max"})


# Figures this close to the best match are compared together; a whole whose sentence also
# counts the part a claim names goes further down than that
NEAR_MATCH = 0.1
PART_DEMOTION = 0.15


def _parts_named(claim: Figure, scored: list[tuple[float, Figure]]) -> list[tuple[float, Figure]]:
    """A figure whose sentence also counts a part the claim names goes below that part:
    "新增全国首创制度创新成果21项" is compared with "其中全国首创4项", not with the sentence's
    "新增制度创新成果21项" (the part's own words, 全国首创, are the claim's)."""
    said = bigrams(claim.indicator)
    out = []
    for score, f in scored:
        for other, g in scored:
            if (
                g is not f
                and g.passage is f.passage
                and g.quantity.unit == f.quantity.unit == claim.quantity.unit
                and not streets(g.context)  # (a street's part has its own rule)
                and bigrams(g.indicator) - bigrams(f.indicator)
                and bigrams(g.indicator) <= said
            ):
                score = min(score, other - PART_DEMOTION)
        out.append((score, f))
    return out


def _other_hedge(q: Quantity, f: Figure) -> bool:
    """A claimed target hedged otherwise than the report's ("5%以上" for "5%左右"), or
    another number said exactly ("6.2%" for "6%左右": the target is its number and hedge)."""
    r = f.quantity
    planned = f.target or (f.passage is not None and f.passage.frame == FRAME_TARGETS)
    if planned and r.bound == "approx" and not q.qualifier and not same(q.value, r.value):
        return True
    hedges = {q.bound, r.bound}
    return planned and q.bound != r.bound and hedges <= _TARGET_HEDGES


def _one_off(text: str, f: Figure) -> bool:
    """The clause of a claim's figure marks a mark passed once ("首次突破千亿元大关")."""
    clause = next((m[0] for m in CLAUSE.finditer(text) if m.start() <= f.at < m.end()), text)
    return bool(_ONE_OFF.search(clause))


# Said done, after a planned figure: "计划新建的15个口袋公园全部建成", "…均已投用"
def says_done(text: str) -> bool:
    """The claim says a planned thing was done ("计划新建的12个城市书房都建成")."""
    return _DONE_AFTER.search(text) is not None


_DONE_AFTER = re.compile(
    r"(?:全部|均已|均|都已|都|已经|已全部|已|如期|按期|按时)+"
    r"(?:建成|完工|完成|竣工|投用|投入使用|开业|开通|落地)(?!目标|任务|计划|率)"
    r"|(?:建成|完工|竣工|投用|投入使用|开业|开通|落地)了"  # "计划的20个口袋公园建成了"
    # and said last of a planned thing ("2023年计划新建的8个“椰城书房”建成")
    r"|(?<=[”\u4e00-\u9fff])(?:建成|完工|竣工|投用|投入使用|开业|开通|落地)[。！!]?$"
)


def _frame(f: Figure) -> str:
    """The time frame of a report figure: a target where its own clause names it one (a
    table's "2025年目标130家", a review's "低于3亿美元的目标"), else its passage's frame."""
    if f.target:
        return FRAME_TARGETS
    return f.passage.frame if f.passage is not None else ""


def _label(c: _FigureCheck) -> str:
    """The report figure's label, or the claim's where it names the same counted noun
    shorter ("主导产业" for the report's "主导产业贡献度持续提升")."""
    r = c.report
    if r is None:
        return c.claim.label
    if counted_noun(c.claim, r) and len(c.claim.indicator) < len(r.indicator):
        return c.claim.label
    return r.label


def _before(f: Figure) -> str:
    """The words of a report figure's sentence before it."""
    if f.passage is None:
        return ""
    text = tidy(f.passage.text)[: f.at]
    return text[max(text.rfind("。"), 0) :]


# A sum over years ("两年累计", "五年来", "“十四五”期间")
_OVER_YEARS_BEFORE = re.compile(rf"{YEARS_COUNT}(?:累计|来|间|共)|累计|期间|以来")


def _sentence_of(f: Figure) -> str:
    """The text of the passage a report figure is read from ("" for none, and for a figure of
    the whole area or year: "举办第十九届梨花节，全年接待游客1860万人次" is no festival's)."""
    if f.passage is None:
        return ""
    text = tidy(f.passage.text)
    return "" if AREA_WIDE.match(text, clause_start(text, f.at)) else text


_SUMMED = re.compile(r"累计|共计|合计|总计")
_SPAN_NAMED_BONUS = 0.01  # an action's total, of the years the claim names, over a year's figure

# Every one of them, said of targets met ("各项指标全部超额完成", "均已完成")
_EVERY = re.compile(
    r"各项|全部|所有|悉数|一律|无一|(?<![年人户亩平日月])均(?![衡等值匀])|(?<![成首国])都(?![市会城])"
)
# Words naming targets in general, no thing of their own ("各项主要经济指标")
_GENERIC_TARGETS = re.compile(r"各项|主要|经济|指标|目标|任务|预期|年度|年初|全年")
_ALL_OF_COVERAGE = 0.6  # of the claim's subject in the review that tells one missed

# A sentence opening by a site's kind alone refers to the site named before it
_SITE_ANAPHOR = re.compile(
    r"(?:该|这一?)?(?:街区|景区|园区|产业园|公园|商圈|古镇|度假区)(?![\u4e00-\u9fff]{0,2}[、和与])"
)


# Streets or towns listed together before what they did together ("太平镇、新发镇建成…")
_PLACES_LISTED = places_listed("街道|镇|乡")


def _listed(text: str, indicator: str, mine: frozenset[str]) -> frozenset[str] | None:
    """The streets a figure's passage lists together with some of the claim's before the
    figure's own words ("太平镇、新发镇建成美丽乡村示范村7个": a figure of them all), else None."""
    words = set(without_streets(indicator))
    for m in _PLACES_LISTED.finditer(text):
        listed = street_keys(m.group(0))
        if listed & mine and len(words & set(text[m.end() : m.end() + 20])) >= 4:
            return listed
    return None

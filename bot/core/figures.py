"""Figures of a text bound to their indicators, and how two figures compare.

A figure is a quantity ("9%以上") with its indicator phrase ("固定资产投资"), its kind (a
growth rate is not a level) and the year its sentence part opens with. `FigureReader` splits
a text into sentence parts and clauses and binds each figure; the functions below say when
a claim speaks of (`claim_time`), how surely two figures share an indicator (`similarity`)
and whether a claimed figure agrees with the report's (`agree`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from wenzheng.bot.core.lexicon import CheckLexicon
from wenzheng.corpus.model import FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS, Passage
from wenzheng.corpus.quantities import (
    COUNT_UNITS,
    Quantity,
    extract_quantities,
    parse_chinese_numeral,
)
from wenzheng.corpus.text import in_order, marks_pattern, split_at, tidy
from wenzheng.corpus.time import (
    AT_YEAR_END,
    CHANGE_OF_YEARS,
    CLAIM_YEAR,
    LEADING_YEAR,
    LOOK_BACK_YEARS,
    PLAN_PERIOD,
    PUT_OFF_TO,
    YEAR_SPAN,
    YEAR_WORD,
    YEARS_COUNT,
)
from wenzheng.corpus.units import LOOSE_COUNT_UNITS, SUFFIX_QUALIFIERS, interchangeable

SEGMENT = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
# A year right after the indicator, before the word saying what of it the figure is, or
# before the figure itself ("实际使用外资2024年目标3亿美元", a table's cell; "地区生产总值2024年
# 完成1086.5亿元"; a table's column, "地区生产总值2015年782.6亿元", "PM2.5年均浓度2016年99…")
_INDICATOR_YEAR = re.compile(
    r"(?:其中[：:])?(?:PM2\.5|PM10|[^，,。；;：:\d]){2,24}?((?:19|20)\d{2})年(?=目标|完成|实际|计划|预期|\d)"
)
# A clause opening with the whole year or area ("，全年接待游客…", "全区…"): a figure of the
# whole, not of the site or event named before it
AREA_WIDE = re.compile(r"[，,；;\s]*(?:全年|全[区县市镇乡])")
CLAUSE = re.compile(r"(?:[^，；：:;、。！？!?,]|(?<=\d),(?=\d{3}))+")
# "到2030年下降到25微克/立方米以下": the figures after it in its clause are that year's (a
# five-year goal in a report's plans is no goal for the report's own year)
_BY_YEAR = re.compile(r"(?<!达)到((?:19|20)\d\d)年(?![底末]?前)")
# A clause that is only such a year, the goals after it its own ("力争到2025年，…")
_BY_YEAR_CLAUSE = re.compile(r"(?:力争|争取|预计|确保|计划|目标是)?到(?:19|20)\d\d年[底末]?")
_TOTAL = "累计"  # the scope word of a total, as reports write it before the noun
_TARGET_WORDS = re.compile(r"今年|明年|预期|力争|争取")
# Words that often, not always, speak of plans: 将 is also 把 ("将招商引资作为…"), and
# 计划/目标 are also nouns of the review ("百优企业”计划", "消除劣V类水体目标").
# (a year proposed, "提出到2030年…", is a target's)
_SOFT_TARGET_WORDS = re.compile(
    r"将(?!近)|拟|(?<!按)(?<!按照)(?<!按\d{4}年)(?<!按照\d{4}年)(?<!按\d{4}年的)计划|目标|确保|努力|提出(?=[^，。；]{0,6}(?:19|20)\d\d年)"
)  # not 将近 (nearly)
_RESULT_WORDS = re.compile(r"去年|上一年")
_COMPARISON = re.compile(r"[比较]上年|同比")
# A target reached is a result: "提前一年实现…的预期目标", "超额完成目标"
_ACHIEVED = re.compile(r"(?:实现|完成|达到|超过|突破)[^，。；]{0,20}?目标")
# A figure named as the target reached: after a verb of reaching, before the target noun
_REACHED = re.compile(r"实现|完成|达到|超过|突破|高于|低于|不及")
# (the counted noun may come between: "实现新增2家上市企业的目标")
_TARGET_NOUN = re.compile(
    r"(?:左右)?(?:(?P<noun>[^，；。、,;\d的]{1,8})的|的)?(?:年度|年初|全年|预期)*(?:目标|计划)"
)
# A figure's own target named after it ("300个以上的目标", "2家的年度计划")
_OF_TARGET = re.compile(r"(?:左右|以上|以内|以下)?的?(?:年度|年初|全年|预期)*(?:目标|计划|任务)")
# Words describing a target, not naming its indicator ("超额完成年初确定的2万人目标",
# "提前一年达到并超过“十三五”末1500亿元的预期目标")
_TARGET_WORDS_OF = re.compile(
    r"超额|提前[一二两三四五]?年|年初|年度|全年|原定|既定|确定|预期|目标|计划|[的了并]"
    r"|没有|没能|未能|尚未|并未|[未没]"
    r"|“?十[一二三四五]五”?(?:期)?末"
)
# Who set a target, said before its indicator ("“十四五”定的数字经济核心产业占比7%的目标")
_SET_BY = re.compile(r"“?十[一二三四五]五”?(?:规划)?(?:提出|制定|设定|确定|定)的?")
# A figure its clause names as a target before it: "2022年目标6.5%左右", "预期目标为增长6%"
_TARGET_NAMED = re.compile(r"(?:目标|预期|计划)[^，；。：、,;:\d]{0,4}$")
_PUNCT = re.compile(r"[\s“”‘’\"'《》〈〉()（）\[\]【】·•—…、，。；：！？,;:!?]+")
_COUNT_DIM = "count"


@dataclass(frozen=True)
class Figure:
    """A quantity bound to its indicator phrase, kind and time."""

    quantity: Quantity
    indicator: str
    context: str  # the clause without its figures (the indicator included)
    kind: str  # level | growth | from | share | rank | delta (较上年下降1微克: a change)
    year: str  # a year written at the start of the sentence part ("2017年，…"), else ""
    passage: Passage | None = None
    at: int = 0  # offset of the figure in the (normalized) text it was read from
    # content bigrams of the sentence part, none across a figure or punctuation
    # ("建成不少于20万平方米的硅巷载体" gives 建成, 硅巷, 巷载, 载体)
    words: frozenset[str] = frozenset()
    # named in its own clause as a target ("2022年目标6.5%左右", "未实现突破五百亿元的目标")
    target: bool = False
    # said as a yearly average in its own clause ("年均增长6.8%"): no one year's figure
    averaged: bool = False

    @property
    def label(self) -> str:
        """Indicator as shown to people ("软件业务收入增长", "空气优良率起始值")."""
        if self.kind == "growth" and self.quantity.value < 0:
            return self.indicator + "下降"
        return self.indicator + {"growth": "增长", "from": "起始值", "delta": "增减量"}.get(
            self.kind, ""
        )


@dataclass(frozen=True)
class ClaimTime:
    """When a claim speaks of: an explicit year, or a frame (results/targets/span), or any."""

    year: str = ""
    frame: str = ""
    soft: bool = False  # a guess from words like 将/计划, not binding
    planned: bool = False  # a year with target words ("2020年预期增长…"): its target
    span: int = 0  # the years a look-back claimed runs over ("五年间": 5; 0: not said)

    def label(self) -> str:
        """The time in words, for explanations."""
        if self.year:
            return f"{self.year}年"
        return {FRAME_SPAN: "五年回顾", FRAME_TARGETS: "今年目标", FRAME_RESULTS: "去年"}.get(
            self.frame, ""
        )


# What an indicator measures, the last noun of its name: two of them after the same words
# are two indicators (规上工业增加值 and 规上工业总产值, 出口额 and 进出口总额)
MEASURE_NOUN = re.compile(
    r"总?产值|增加值|总?产量|(?:进出口|出口|进口|销售|营业|成交|投资|零售|交易)?总?额|"
    r"(?:播种|种植|建筑|占地|绿化|耕地)?面积|(?:营业|经营|财政|税收)?收入|支出|利润|税收|"
    r"人数|户数|产能|装机容量"
)


def is_measure(word: str) -> bool:
    """A word naming what an indicator measures ("收入", "增加值"), a noun whatever tag the
    tokenizer gives it in a question ("…服务业收入是多少": 收入 as a verb)."""
    return bool(MEASURE_NOUN.fullmatch(word))


# What follows a place's name when it names a landmark instead ("岳麓山", "玄武湖")
_LANDMARK = r"[山湖江河洲岛]"


# A label before a colon that names the figures after it ("地区生产总值：1108.6亿元"), not a
# lead-in to a list of clauses ("主要预期目标是：", "具体如下：")
_LABEL_MAX = 16
_LABEL_LEAD = re.compile(r"[是为如下有括]$|目标|情况|指标|包括")


class FigureReader:
    """Binds the figures of a text to indicators, in the lexicon's and the regions' terms."""

    def __init__(self, lexicon: CheckLexicon, regions: tuple[str, ...]) -> None:
        self.lex = lexicon
        self.regions = regions  # region names, dropped from indicator phrases
        self._falls = fall_words(lexicon)
        # the words `clean` drops, in order, found through their first character: a corpus of
        # many places has hundreds of names, and a phrase holds a few dozen characters
        self._dropped = tuple(w for w in (*regions, *lexicon.fillers) if w)
        # a region's name is dropped unless a landmark's name goes on from it (岳麓山):
        # compiled once, for the hundreds of names of a large corpus
        self._names = {w: re.compile(f"{re.escape(w)}(?!{_LANDMARK})") for w in regions if w}
        self._dropped_by_char: dict[str, list[int]] = {}
        for i, word in enumerate(self._dropped):
            self._dropped_by_char.setdefault(word[0], []).append(i)

    def figures_of(self, text: str, passage: Passage | None = None) -> list[Figure]:
        """Bind each figure of a text to its indicator, kind and written year."""
        text = tidy(text)
        out: list[Figure] = []
        for seg_match in SEGMENT.finditer(text):
            seg = seg_match.group(0)
            m = LEADING_YEAR.match(seg) or _INDICATOR_YEAR.match(seg)
            year = m.group(1) if m else ""
            qs = [q for q in extract_quantities(seg) if usable(q)]
            context = self.clean(_strip_spans(seg, qs))
            pieces = re.split(r"[\s，、；：,;:。！？!?“”]+", _strip_spans(seg, qs, "，"))
            words = frozenset().union(*(bigrams(self.clean(p)) for p in pieces))
            previous = ""
            own: list[Figure] = []
            by = year  # "到2030年，全区地区生产总值力争突破2100亿元，…": the clauses after it
            for clause in CLAUSE.finditer(seg):
                at = seg_match.start() + clause.start()
                due = _BY_YEAR.search(clause.group(0))
                own_year = due.group(1) if due else by
                if due and _BY_YEAR_CLAUSE.fullmatch(clause.group(0).strip(" ，,")):
                    by = due.group(1)
                figs = self._clause_figures(clause.group(0), at, previous, own_year, context)
                said = self.lex.scope_word(clause.group(0))
                if (
                    not figs
                    and said
                    and previous
                    and not self.lex.scope_of(said) & self.lex.scope_of(previous)
                ):
                    # "新增…168家，总数首次突破千家、达到1042家": a clause naming another scope
                    # of the noun, without a figure, is what the next bare figure counts
                    previous = self._scoped(said, self.lex.without_scope(previous))
                label = clause.group(0).strip()
                if (
                    not figs
                    and seg[clause.end() : clause.end() + 1] in ("：", ":")
                    and (2 <= len(label) <= _LABEL_MAX and not _LABEL_LEAD.search(label))
                ):
                    # "规模以上工业增加值：增长9.1%": a list's label names the figure after it
                    previous = self.clean(label)
                for fig in figs:
                    fig = self._stock_at_year_end(seg[: fig.at - seg_match.start()], fig)
                    last = own[-1] if own else (out[-1] if out else None)
                    if fig.target and last and _same_measure(last, fig):
                        fig = replace(fig, kind=last.kind)  # "增长6.3%，超过了5%左右的目标"
                    before = _clause_before(seg, seg_match.start(), fig)
                    averaged = bool(_AVERAGED_CHANGE.search(before))
                    own.append(replace(fig, passage=passage, words=words, averaged=averaged))
                    previous = fig.indicator or previous
            own = _elided_modifiers(own)
            own = self._street_parts(seg, seg_match.start(), own)
            own = self._street_named(seg, seg_match.start(), own)
            own = self._part_of(seg, seg_match.start(), own)
            own = self._listed_scope(seg, seg_match.start(), own)
            out.extend(self._respectively(seg, seg_match.start(), own))
        return out

    def _street_parts(self, seg: str, start: int, figs: list[Figure]) -> list[Figure]:
        """A street's part of a count before it: "完成老旧小区整治出新24个，惠及居民1.45万户，
        其中尧化街道6个" counts 尧化街道's 老旧小区整治出新 (the last count in its unit before
        it), "总数达到1213家，其中仙林街道新增62家" 仙林街道's new 高新技术企业."""
        out: list[Figure] = []
        for f in figs:
            m = _STREET_PART.match(_clause_before(seg, start, f).strip())
            rest = f.indicator.replace(m.group(1), "", 1) if m else ""
            base = next(
                (
                    b
                    for b in reversed(out)
                    if b.quantity.unit == f.quantity.unit
                    and b.kind == f.kind
                    and not streets(b.indicator)
                ),
                None,
            )
            if m is None or base is None or _cjk(self.lex.without_scope(rest)) >= 2:
                out.append(f)
                continue
            said = self.lex.scope_word(rest)
            noun = (
                self._scoped(said, self.lex.without_scope(base.indicator))
                if said
                else base.indicator
            )
            out.append(replace(f, indicator=f"{m.group(1)}{noun}", context=f.context + noun))
        return out

    def _part_of(self, seg: str, start: int, figs: list[Figure]) -> list[Figure]:
        """A "其中" figure counts a part of the count before it, at the same stage: "新开工
        亿元以上产业项目64个，其中10亿元以上项目14个" counts 新开工 10亿元以上项目, not the ones
        signed or finished (the whole's scope and stage words it does not write itself)."""
        # (a part that writes a word of a kind has its own: "总数达到1213家，其中松岗街道
        # 新增62家" counts new ones; the scopes, new or all, are one kind)
        kinds = ([w for g in self.lex.scopes for w in g], *self.lex.contrasts)
        out: list[Figure] = []
        for f in figs:
            clause = _clause_before(seg, start, f).strip()
            whole = next(
                (
                    b
                    for b in reversed(out)
                    if b.quantity.unit == f.quantity.unit and b.kind == f.kind
                ),
                None,
            )
            if not clause.startswith("其中") or whole is None or streets(f.indicator):
                # (a street's part is that street's, `_street_parts`)
                out.append(f)
                continue
            taken = [
                w
                for g in kinds
                if not any(x in f.indicator for x in g)
                for w in g
                if w in whole.indicator
            ]
            # the longest of overlapping marks ("新开工" over "开工"), in the whole's order
            taken = [w for w in taken if not any(w != o and w in o for o in taken)]
            taken.sort(key=whole.indicator.find)
            if not taken:
                out.append(f)
                continue
            indicator = "".join(taken) + f.indicator
            out.append(replace(f, indicator=indicator, context=f.context + "".join(taken)))
        return out

    def _street_named(self, seg: str, start: int, figs: list[Figure]) -> list[Figure]:
        """A figure whose own clause names one street before it, away from the start of its
        indicator, is that street's: "老城所在的淳溪街道改造老旧小区7个" and "河埠街道2021年
        有8个老旧小区完成改造" count 淳溪街道's and 河埠街道's, as "其中淳溪街道7个" does."""
        out: list[Figure] = []
        for f in figs:
            clause = _clause_before(seg, start, f)
            keys = street_keys(clause)
            if streets(f.indicator) or len(keys) != 1:
                out.append(f)
                continue
            key = next(iter(keys))
            named = re.search(rf"{key}{_PART_OF_PLACE}", clause)
            if named is None:
                out.append(f)
                continue
            at = f.indicator.find(named.group(0))
            indicator = f.indicator[at:] if at >= 0 else named.group(0) + f.indicator
            out.append(replace(f, indicator=indicator))
        return out

    def _listed_scope(self, seg: str, start: int, figs: list[Figure]) -> list[Figure]:
        """A bare noun of the same kind listed after a scoped count shares its scope:
        "新增独角兽企业1家、瞪羚企业15家" counts the new 瞪羚企业 too (both 企业; "改造老旧
        小区5个" after it is another act)."""
        for i in range(1, len(figs)):
            a, b = figs[i - 1], figs[i]
            between = seg[a.at - start + len(a.quantity.raw) : b.at - start]
            said = self.lex.scope_word(a.indicator)
            if (
                said
                and between.startswith("、")
                and self.clean(between[1:]) == b.indicator
                and not self.lex.scope_of(b.indicator)
                and b.indicator[-2:] == a.indicator[-2:]
            ):
                figs[i] = replace(b, indicator=self._scoped(said, b.indicator))
        return figs

    def _respectively(self, seg: str, start: int, figs: list[Figure]) -> list[Figure]:
        """Figures after 分别 each counted by their own noun, in order: the nouns listed before
        分别 ("地区生产总值和一般公共预算收入分别增长8%和5%") or, with none listed, the
        figures before it ("接待游客5320万人次，旅游总收入612亿元，分别增长63.2%、71.9%";
        "新增独角兽企业1家、瞪羚企业15家，累计分别达到4家和62家")."""
        for m in _RESPECTIVELY.finditer(seg):
            at = start + m.end()
            run = [i for i, f in enumerate(figs) if f.at >= at]
            run = run[: _run_length(seg, start, [figs[i] for i in run])]
            if len(run) < 2 or marks_pattern("，；,;").search(
                seg[m.end() : figs[run[0]].at - start]
            ):
                continue  # fewer than two figures in 分别's own clause
            clause_start = max(seg.rfind(c, 0, m.start()) for c in "，；：,;:") + 1
            before_text = seg[clause_start : m.start()]
            scope = self.lex.scope_word(before_text)
            named = self.lex.without_scope(self.clean(before_text))
            if _cjk(named) >= 2:  # nouns listed before 分别: they and only they are counted
                nouns = self._listed(before_text)
                if len(nouns) != len(run):
                    continue
            else:  # "累计分别达到4家和62家": the nouns counted before
                before = [f for f in figs if f.at < start + clause_start and f.indicator]
                nouns = [self.lex.without_scope(f.indicator) for f in before[-len(run) :]]
                if len(before) < len(run) or len(set(nouns)) < len(run):
                    continue
            nouns = [self._scoped(scope, n) if scope and scope not in n else n for n in nouns]
            first = figs[run[0]]
            for i, noun in zip(run, nouns, strict=True):
                f = figs[i]
                q = f.quantity
                if first.kind == "growth" and f.kind == "level" and first.quantity.value < 0:
                    high = -q.high if q.high is not None else None
                    q = replace(q, value=-q.value, high=high)  # "分别下降3%、5%"
                kind = first.kind if f.kind in ("level", first.kind) else f.kind
                figs[i] = replace(f, quantity=q, indicator=noun, kind=kind)
        return figs

    def _listed(self, text: str) -> list[str]:
        """The nouns a list before 分别 names, split at its list words (as words: not the 及 of
        普及); items sharing the last one's head noun get it ("城镇和农村居民人均可支配收入",
        "工业和服务业增加值")."""
        import jieba

        items, item = [], ""
        for token in jieba.lcut(text):
            if token in _LIST_WORDS:
                items.append(item)
                item = ""
            else:
                item += token
        items.append(item)
        nouns = [self.canonical(self._trim_edges(self.clean(n))) for n in items]
        if not all(_cjk(n) >= 2 for n in nouns):
            return []
        head = "".join(jieba.lcut(nouns[-1])[1:])
        return [
            n + head if len(n) <= 3 and len(head) >= 2 and not n.endswith(head) else n
            for n in nouns[:-1]
        ] + [nouns[-1]]

    def _clause_figures(
        self, clause: str, at: int, previous: str, year: str, context: str
    ) -> list[Figure]:
        """Figures of one clause; a clause without its own indicator inherits the previous one.

        `at` is the clause's offset in the text, `context` its sentence part without figures.
        """
        qs = [q for q in _borrow_units(clause, extract_quantities(clause)) if usable(q)]
        figs: list[Figure] = []
        cursor = 0
        for i, q in enumerate(qs):
            kind, core = self._bind(clause[cursor : q.start], _post(clause, qs, i), q)
            if kind == "fall":  # 下降1.8%: a growth of -1.8%
                high = -q.high if q.high is not None else None
                q, kind = replace(q, value=-q.value, high=high), "growth"
            if kind == "growth" and figs and figs[-1].kind == "from" and not core:
                kind = "level"  # 从57.4%提高为69.5%: the level reached, not a growth rate
            before, after = clause[cursor : q.start], _post(clause, qs, i)
            target = names_target(before, after)
            if target and _SET_BY.search(before):
                before = _SET_BY.sub("", before)
                kind, core = self._bind(before, after, q)
            verb = _REACHED.match(q.raw)  # "低于7.5%以上的预期目标": the verb, not a bound
            reached = _REACHED.search(before) or verb
            if target and reached:
                # the target a result reached: "…增长6.3%，超过了5%左右的预期目标" is the
                # previous indicator's, of its kind; "城镇新增就业完成了2万人的目标",
                # "地区生产总值增长达到了年初预期的7.5%" the one before the verb
                if verb:
                    q = _without_verb(q, verb.end())
                stem = _TARGET_WORDS_OF.sub("", _REACHED.sub("", before))
                named_after = _TARGET_NOUN.match(after)  # "100部的年度计划" counts no 计划
                noun = (named_after.group("noun") or "") if named_after else after
                own_kind, own = self._bind(stem, noun, q)
                if _cjk(own) >= 2 or not previous:
                    kind, core = own_kind, own  # "力争实现地区生产总值增长6%的目标"
                else:
                    core = ""
            cursor = q.end
            lead = clause.lstrip()
            short = lead.startswith("其中") and len(core) <= 3 and not street_keys(core)
            if previous and (lead.startswith("占") or short):  # (a town's part: `_street_parts`)
                core = previous + core
            if _YEARS_ONLY.fullmatch(core) or _DONE_ONLY.fullmatch(core):
                # "…突破1100亿元，五年年均增长5.9%": the years, no thing of its own; nor
                # "…计划改造老旧小区100个，实际只完成了96个": how much was done, of the same
                core = ""
            core = core or previous
            said = self.lex.scope_word(before)
            if (
                previous
                and core != previous
                and not said
                and _restates(core, previous)
                and core != self.lex.without_scope(previous)
            ):
                # "计划改造老旧小区40个，实际改造36个", "总数突破500家，达到531家": a clause
                # naming only a verb (or what is left of one) counts the noun before (the noun
                # itself without the scope before it, "新引进持牌金融机构7家，全区持牌金融机构
                # 达到244家", counts all of them)
                core = previous
            bare = not _WHEN_ONLY.sub("", self.lex.without_scope(core))
            if previous and core != previous and bare:
                # "高新技术企业总数达到1126家，当年新增238家": a clause naming only the part
                # of a count it gives counts the noun of the one before
                core = self._scoped(core, self.lex.without_scope(previous))
            if said and not self.lex.scope_of(core):
                # the scope word was trimmed as a verb: "累计达到9家" counts all of the noun
                # before, "企业累计9家" all of its own noun
                noun = core if _cjk(core) >= 2 and core != previous else ""
                noun = noun or self.lex.without_scope(previous)
                core = self._scoped(said, noun) if noun else core
            core = self.canonical(core)
            if kind == "level" and q.unit == "%" and "占" in core:
                kind = "share"  # "研发投入强度4.2%" is the report's 研发投入占…比重
            previous = core
            figs.append(Figure(q, core, context + core, kind, year, at=at + q.start, target=target))
        return _year_on_year(clause, at, figs)

    def _stock_at_year_end(self, before: str, fig: Figure) -> Figure:
        """A count at a year's end, or by a year, is all of them ("到2024年底，世界500强企业落户
        达到300家" counts the ones there then, not the year's new ones; so does a goal "力争到
        2025年，…达到300家"): the total, where no scope word says otherwise."""
        if (
            fig.kind != "level"
            or fig.quantity.unit not in COUNT_UNITS
            or self.lex.scope_of(fig.indicator)
            or not (AT_YEAR_END.search(before) or _BY_YEAR.search(before))
        ):
            return fig
        return replace(fig, indicator=self._scoped(_TOTAL, fig.indicator))

    def _scoped(self, scope: str, noun: str) -> str:
        """A noun with the scope word of its count, as reports write them (新增高新技术企业,
        持牌金融机构总数)."""
        return noun + scope if scope.endswith(("数", "量")) else scope + noun

    def _bind(self, pre: str, post: str, q: Quantity) -> tuple[str, str]:
        """Kind of a figure and its indicator phrase, from the text before and after it."""
        # "较上年下降1微克/立方米": a change by an amount, no level of the indicator
        compared = bool(_COMPARISON.search(pre)) and q.unit not in ("%", "个百分点", "倍")
        pre = self.clean(pre)
        pre = pre.rsplit("等", 1)[-1]
        kind = "level"
        if q.ordinal or q.unit in ("第", "等奖"):
            kind = "rank"
            pre = _RANK_VERB.sub("位居", pre)  # 勇夺全市第一 and 位居全市第三 rank one thing
        elif pre.endswith("从") or pre.endswith("由") and re.search("[到至为]", post):
            kind, pre = "from", pre[:-1]
        elif re.search(r"(?:到|至)$", pre):  # 提高到69.5%: the level reached
            growth = "|".join(self.lex.growth_words)
            pre = re.sub(f"(?:{growth}|[降升增涨减提])?(?:到|至)$", "", pre)
        elif q.unit in ("%", "个百分点", "倍"):
            # (a table row's column words after its name: "…增速2024年完成6.7%", "…目标6%")
            stripped = re.sub(
                r"(?:了|为|是|达到|达|约|实际完成|完成|实际|预期目标|目标)+$", "", pre
            )
            for word in self.lex.growth_words:
                if stripped.endswith(word):
                    kind, pre = "fall" if word in self._falls else "growth", stripped[: -len(word)]
                    break
        if "占" in pre and kind == "level" and q.unit == "%":
            kind = "share"
        stripped = re.sub(r"(?:了|为|约)+$", "", pre)
        if compared and kind == "level" and stripped.endswith(self.lex.growth_words):
            kind = "delta"
        pre = self._trim_edges(re.sub(f"(?:{'|'.join(self.lex.growth_words)})$", "", pre))
        if _OF_TARGET.match(post):
            post = ""  # "累计改造老旧小区300个以上的目标实现": the target is no thing counted
        post_core = self._trim_edges(
            re.split(r"[的等和与及是]|包括|分别", self.clean(post), maxsplit=1)[0]
        )
        counted = q.unit in COUNT_UNITS or kind == "rank"
        if counted and len(post_core) >= 2 and kind != "from":  # (not "…从X家增加到")
            return kind, post_core
        if not pre and self.clean(post).startswith("的"):
            return kind, self._trim_edges(self.clean(post)[1:])
        return kind, pre

    def clean(self, text: str) -> str:
        """Drop punctuation, region names, years and filler words from a phrase."""
        text = _PUNCT.sub("", text)
        text = YEAR_WORD.sub("", text)
        # dropping a word only removes characters: a word whose first character is not in
        # the phrase now cannot appear in it later either
        found = sorted(i for ch in set(text) for i in self._dropped_by_char.get(ch, ()))
        for i in found:
            word = self._dropped[i]
            name = self._names.get(word)  # not the 岳麓 of 岳麓山景区: a landmark's own name
            text = name.sub("", text) if name is not None else text.replace(word, "")
        return text

    def _trim_edges(self, text: str) -> str:
        """Strip verbs and particles from both ends of an indicator phrase."""
        changed = True
        while changed and text:
            changed = False
            for word in self.lex.edge_words:
                if text.startswith(word) and _NAME_FROM_CONJUNCTION.match(text):
                    pass  # "和兴路街道", "和平街道": the name's own first character
                elif text.startswith(word) and len(text) > len(word):
                    text, changed = text[len(word) :], True
                if text.endswith(word) and len(text) > len(word):
                    text, changed = text[: -len(word)], True
            for word in self.lex.lead_verbs:
                if text.startswith(word) and len(text) >= len(word) + 2:
                    text, changed = text[len(word) :], True
        return text

    def canonical(self, indicator: str) -> str:
        """Replace colloquial indicator words by the report's term (GDP → 地区生产总值)."""
        lower = indicator.lower()  # ASCII lower-casing keeps offsets
        if lower in self.lex.whole_phrase:
            return self.lex.whole_phrase[lower]
        for alias, canon in self.lex.aliases:
            at = lower.find(alias)
            if at >= 0 and canon not in lower:
                return indicator[:at] + canon + indicator[at + len(alias) :]
        return indicator


# The verb of a rank, before the region ranked in ("增速位居全市第三", "勇夺全省第一")
_RANK_VERB = re.compile(
    r"(?:位居|位列|位于|居于|名列|排名|排在|排|稳居|跃居|跃升至|升至|勇夺|夺得|摘得|斩获|荣获|获得|居|列)"
    r"(?=(?:全[国省市区县]|[省市区县])?(?:范围内|内)?(?:各[区县市]+中?)?$)"
)


# A phrase naming only a count of years ("五年" of "五年年均增长5.9%"): the thing that grew
# is the one named before it
_YEARS_ONLY = re.compile(rf"{YEARS_COUNT}(?:间|来|以来)?")
_DONE_ONLY = re.compile(
    r"(?:实际|最终|最后|结果)?(?:(?:只|仅|才|一共|总共)(?:完成|做到|实现|达到)?|完成|做到)了?"
)
_RESPECTIVELY = re.compile(r"分别")
_LIST_WORDS = frozenset({"、", "以及", "和", "与", "及"})
# What may stand between the figures of one 分别 run: "4家和62家", "63.2%、71.9%"
_RUN_GAP = re.compile(r"[\s、，,和与及以]*")


# "从2023年底的642家增加到2024年底的736家": a figure named with its own year, the one
# before it and the one after
_FROM_YEAR = re.compile(r"(?:从|由)((?:19|20)\d\d)年(?:底|末)?的?$")
_TO_YEAR = re.compile(r"(?:到|至|为)((?:19|20)\d\d)年(?:底|末)?的?$")


def _year_on_year(clause: str, at: int, figs: list[Figure]) -> list[Figure]:
    """A change from one year's figure to the next year's states each year's level: "总数从
    2023年底的642家增加到2024年底的736家" is 642家 in 2023 and 736家 in 2024 (over more
    years, the start of a look-back stays a start)."""
    out = list(figs)
    for i in range(len(out) - 1):
        f, g = out[i], out[i + 1]
        start = _FROM_YEAR.search(clause[: f.at - at])
        end = _TO_YEAR.search(clause[f.at - at + len(f.quantity.raw) : g.at - at])
        if f.kind == "from" and start and end and int(end.group(1)) == int(start.group(1)) + 1:
            out[i] = replace(f, kind="level", year=start.group(1))
            out[i + 1] = replace(g, year=end.group(1))
    return out


def _cjk(text: str) -> int:
    """How many Chinese characters a text holds."""
    return len(re.findall(r"[\u4e00-\u9fff]", text))


def _restates(core: str, previous: str) -> bool:
    """An indicator phrase that is only a character left of a verb ("达" of 达到) or the
    previous indicator's verb again, after a frame word ("实际改造" of 改造老旧小区)."""
    bare = _FRAME_LEAD.sub("", core)
    return (
        len(core) == 1 and _cjk(core) == 1 or (0 < len(bare) < len(previous) and bare in previous)
    )


_FRAME_LEAD = re.compile(r"^(?:实际上?|计划|预计|最终)(?:只|仅|才|仅仅|一共|共)?|了$")


def _run_length(seg: str, start: int, figs: list[Figure]) -> int:
    """How many of the figures follow each other with only list words between them."""
    n = 1 if figs else 0
    for a, b in zip(figs, figs[1:], strict=False):
        between = seg[a.at - start + len(a.quantity.raw) : b.at - start]
        if not _RUN_GAP.fullmatch(between):
            break
        n += 1
    return n


def fall_words(lexicon: CheckLexicon) -> frozenset[str]:
    """Change words that state a fall (下降, 减少): the lexicon's opposites of a rise."""
    change = set(lexicon.growth_words)
    return frozenset(k for k, v in lexicon.opposites.items() if k in change and set(v) & change)


# Words of a sum or an average over years ("五年累计", "年均增长")
# (not a yearly mean level: "PM2.5年均浓度")
OVER_YEARS = re.compile(r"累计|累积|年均(?!浓度|气温|降水|值)|总计|共计|合计")
_SENTENCE_END = re.compile(r"[。；;！？!?]")


def clause_start(text: str, at: int) -> int:
    """Where the clause of a text holding offset `at` opens."""
    return max(text.rfind(c, 0, at) for c in "，。；,;") + 1


def _clause_at(text: str, at: int) -> str:
    """The clause of a text holding offset `at` (its figure's own words)."""
    start = clause_start(text, at)
    ends = [i for i in (text.find(c, at) for c in "，。；,;") if i >= 0]
    return text[start : min(ends, default=len(text))]


def names_target(before: str, after: str) -> bool:
    """A figure between these words of its clause is named as a target, not a result:
    "2022年目标6.5%左右", "低于6.5%左右的预期目标" (the answerer and the checker alike)."""
    return bool(_TARGET_NAMED.search(before) or _TARGET_NOUN.match(after))


def _same_measure(a: Figure, b: Figure) -> bool:
    """Two figures of one indicator in one unit."""
    return (a.indicator, a.quantity.unit) == (b.indicator, b.quantity.unit)


def _without_verb(q: Quantity, cut: int) -> Quantity:
    """A figure without the verb read as its bound ("低于7.5%以上" → "7.5%以上")."""
    raw = q.raw[cut:]
    qualifier = next((c for w, c in SUFFIX_QUALIFIERS.items() if raw.endswith(w)), "")
    return replace(q, raw=raw, start=q.start + cut, qualifier=qualifier)


_YEAR_OF_MONTH = re.compile(r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月")
# A thing done or due by a month of a year ("于2025年10月底前建成开放", "2024年9月投入使用")
_DATED_EVENT = re.compile(
    r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:以?前)?"
    r"(?:建成|开放|完工|竣工|投用|投入使用|投入运营|通车|开工|开业|开街|上线|启用|结顶|开园|开馆|运营)"
)


# What makes a year just before it a comparison's base ("较2022年", "比2020年", "同比")
_BASE_BEFORE = re.compile(
    r"(?:较|比|相比|同比|与)\s*(?:于\s*)?$"
    # "开工时间推迟到了2025年": the date put off to, not the time the claim speaks of
    rf"|{PUT_OFF_TO}\s*$"
)
# Words of what came of a plan ("实际新开工104个", "最终完成")
_OUTCOME_WORDS = re.compile(r"实际|最终|实现了|完成了|达到了|结果")
# A plan's verb right after a claim's year ("2024年计划…", "2025年，全区将…")
_PLAN_AFTER_YEAR = re.compile(
    r"[，,]?(?:[\u4e00-\u9fff]{1,4}[区县市])?(?:计划|力争|争取|将(?!近)|拟|预计|要)"
)
# Words of when or of the frame beside a scope word, naming no noun ("实际新增146家")
_WHEN_ONLY = re.compile(r"实际|全年|当年|最终|最后|已经|已")


def look_back_length(text: str) -> int:
    """The years a look-back a text names runs over ("五年间", "过去三年", "近5年": 5, 3, 5;
    0 when it names none)."""
    m = LOOK_BACK_YEARS.search(text)
    return years_counted(m.group(0)) if m else 0


def years_counted(text: str) -> int:
    """The number of years a count of them says ("五年", "近5年", "三年累计": 5, 5, 3; 0 when
    it says none)."""
    count = re.search(r"[\d一二三两四五六七八九十]+(?=年)", text)
    if count is None:
        return 0
    n = count.group(0)
    return int(n) if n.isdigit() else int(parse_chinese_numeral(n) or 0)


# A sum or a yearly average over a five-year plan's period ("“十四五”期间累计", "“十四五”时期
# 年均增长")
_PLAN_PERIOD_SUM = re.compile(PLAN_PERIOD + r"”?(?:期间|时期)[^，。；]{0,12}?(?:累计|年均)")


def claim_time(
    text: str, at: int, default: ClaimTime | None = None, target: bool = False
) -> ClaimTime:
    """The time a claim speaks of at offset `at`: the nearest year before it, else frame words.

    `target`: the figure at `at` is named as a target (`Figure.target`: "超额完成年初确定的
    2万人目标"), so with a year it speaks of that year's target, whatever its clause's verb."""
    span = YEAR_SPAN.search(text)
    own_year = span is not None and span.end() <= clause_start(text, at)
    if span and not (own_year and CLAIM_YEAR.search(_clause_at(text, at))):
        # (a later clause naming its own year speaks of that year: "“十四五”以来累计新增
        # 学位9200个，仅2024年一年就新增…")
        return ClaimTime(frame=FRAME_SPAN, span=look_back_length(text))
    if (
        _PLAN_PERIOD_SUM.search(text)
        and not CLAIM_YEAR.search(text)
        and not _TARGET_WORDS.search(text)
        and not _SOFT_TARGET_WORDS.search(text)
    ):
        # "“十四五”期间全区累计新增城镇就业…": the period's sum, not one year's figure
        return ClaimTime(frame=FRAME_SPAN)
    change = next((m for m in CHANGE_OF_YEARS.finditer(text) if m.start() < at), None)
    if change is not None and not _SENTENCE_END.search(text, change.end(), at):
        # "从2016年的1062.3亿元增加到2021年的1486.7亿元，年均增长6.8%": both figures are
        # the later year's change (a report binds them so), its yearly average the period's
        if OVER_YEARS.search(_clause_at(text, at)):
            return ClaimTime(frame=FRAME_SPAN)
        if int(change.group(2)) == int(change.group(1)) + 1 and at < change.start(2):
            return ClaimTime(year=change.group(1))  # from one year to the next: each its own
        return ClaimTime(year=change.group(2))
    # "较2022年增长28.4%": the year compared with is not the figure's
    timed = [m for m in CLAIM_YEAR.finditer(text) if not _BASE_BEFORE.search(text, 0, m.start())]
    before = [m for m in timed if m.start() < at]
    years = [m.group(1) for m in before or timed]
    if not years and "当年" in text:  # "2025年1月召开的…会上，提出当年…的目标": that year
        years = [m.group(1) for m in _YEAR_OF_MONTH.finditer(text)][:1]
    if not years:  # "已于2025年10月底前建成开放": the month's year is the event's
        years = [m.group(1) for m in _DATED_EVENT.finditer(text)][:1]
    if years:
        year = years[-1] if before else years[0]
        own = _ACHIEVED.sub("", _COMPARISON.sub("", _clause_at(text, at)))
        planned = bool(_TARGET_WORDS.search(own) or _SOFT_TARGET_WORDS.search(own))
        # "2024年计划改造老旧小区15个，新增学位3000个": the plan's verb after the year
        # governs the sentence's later clauses too
        planned = planned or bool(
            before
            and _PLAN_AFTER_YEAR.match(text, before[-1].end())
            and not _SENTENCE_END.search(text, before[-1].end(), at)
            and not _OUTCOME_WORDS.search(own)  # "…，实际新开工104个": the outcome
        )
        ends = [m.group(1) for m in AT_YEAR_END.finditer(text)]
        if (planned or target) and year in ends:
            # "到2024年底达到“十四五”目标定的250家": the year-end asked of is not the
            # target's year (a goal for a later year, `FactChecker._attained`)
            return ClaimTime(frame=FRAME_TARGETS)
        return ClaimTime(year=year, planned=planned or target)
    bare = _ACHIEVED.sub("", _COMPARISON.sub("", text))
    if _TARGET_WORDS.search(bare):
        return ClaimTime(frame=FRAME_TARGETS)
    if _RESULT_WORDS.search(bare):
        return ClaimTime(frame=FRAME_RESULTS)
    if default and default != ClaimTime():
        return default
    if _SOFT_TARGET_WORDS.search(bare):
        return ClaimTime(frame=FRAME_TARGETS, soft=True)
    return ClaimTime()


def usable(q: Quantity) -> bool:
    """A figure worth comparing: not attributive, with a unit or a written magnitude."""
    if q.attributive:
        return False
    return bool(q.unit) or bool(re.search(r"[万亿千百]", q.raw))


def _borrow_units(clause: str, qs: list[Quantity]) -> list[Quantity]:
    """A bare start value takes the unit of the end value it runs to ("从56.4降到42.3微克")."""
    out = list(qs)
    for i, (q, end) in enumerate(zip(qs, qs[1:], strict=False)):
        between = clause[q.end : end.start]
        if q.unit or not re.search(r"[从由]\s*$", clause[: q.start]) or not end.unit:
            continue
        digits = re.search(r"\d+(?:\.\d+)?", end.raw.replace(",", ""))
        if not re.search("[到至]", between) or not digits or float(digits.group(0)) == 0:
            continue
        factor = end.value / float(digits.group(0))
        out[i] = replace(q, unit=end.unit, value=q.value * factor)
    return out


def _post(clause: str, qs: list[Quantity], i: int) -> str:
    """Text after the i-th quantity up to the next one; for a chain of counts ("8大类143个
    项目") the text after the chain's last count, so every count gets the counted noun."""
    j = i
    while j + 1 < len(qs) and not clause[qs[j].end : qs[j + 1].start].strip():
        j += 1
    end = qs[j + 1].start if j + 1 < len(qs) else len(clause)
    return clause[qs[j].end : end]


def _strip_spans(text: str, qs: list[Quantity], sep: str = "") -> str:
    """The text with the quantities cut out (replaced by `sep`)."""
    out, pos = [], 0
    for q in qs:
        out.append(text[pos : q.start] + sep)
        pos = q.end
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=65536)
def bigrams(text: str) -> frozenset[str]:
    """Character bigrams of a text (single characters for a one-character text), in lower
    case: a claim's "pm2.5" is the report's "PM2.5"."""
    text = _PUNCT.sub(" ", text.lower())
    grams: set[str] = set()
    for run in text.split():
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
        if len(run) == 1:
            grams.add(run)
    return frozenset(grams)


def coverage(part: str, whole: str) -> float:
    """Share of part's bigrams found in whole."""
    g = bigrams(part)
    return len(g & bigrams(whole)) / len(g) if g else 0.0


def similarity(claim: Figure, report: Figure) -> float:
    """How surely two figures share an indicator (0-1), penalizing substitutions.

    Half is the bigram Dice of the two indicator phrases (which tells figures of one clause
    apart), half how much of each indicator the other figure's clause states.
    """
    if not same_thresholds(claim.indicator, report.indicator):
        return 0.0  # "五千万元以上项目" and "千万元以上大项目" are two kinds of project
    if _unstated_kind(claim, report):
        return 0.0  # "竣工亿元以上项目22个" is not "…新开工亿元以上项目37个，竣工项目22个"
    a, b = bigrams(claim.indicator), bigrams(report.indicator)
    dice = 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
    context = 0.5 * coverage(report.indicator, claim.context) + 0.5 * coverage(
        claim.indicator, report.context
    )
    score = 0.5 * dice + 0.5 * context
    if score and _substituted(claim.indicator, report.indicator):
        score *= 0.5
    if counted_noun(claim, report):
        score = max(score, 0.75)
    return score


@lru_cache(maxsize=65536)
def _thresholds(indicator: str) -> frozenset[tuple[float, str]]:
    """The amounts an indicator phrase names a category by ("亿元以上项目" → 1e8 元)."""
    return frozenset(
        (round(q.value, 6), q.unit) for q in extract_quantities(indicator) if q.unit in MONEY
    )


MONEY = ("元", "美元")


def _unstated_kind(claim: Figure, report: Figure) -> bool:
    """The claim names a kind by an amount ("亿元以上项目") that the report figure's own
    clause does not, though its sentence may for another figure."""
    wanted = _thresholds(claim.indicator)
    if not wanted or _thresholds(report.indicator) or report.passage is None:
        return False
    text = tidy(report.passage.text)
    if not 0 <= report.at < len(text) or report.quantity.raw not in text:
        return False  # (a figure read from other text than its passage's)
    return not wanted <= _thresholds(_clause_at(text, report.at))


def same_thresholds(a: str, b: str) -> bool:
    """False when both indicators name a category by an amount and the amounts differ."""
    ta, tb = _thresholds(a), _thresholds(b)
    return not (ta and tb and ta != tb)


def thresholds_stated(indicator: str, text: str) -> bool:
    """True when every amount naming the indicator's category is stated in the text."""
    return _thresholds(indicator) <= _thresholds(text)


def counted_noun(claim: Figure, report: Figure) -> bool:
    """True when two counts name the same noun, one phrase opening the other: the claim's
    "三大主导产业" and the report's "三大主导产业贡献度持续提升" (read up to the clause end)."""
    if claim.quantity.unit not in COUNT_UNITS or claim.quantity.unit != report.quantity.unit:
        return False
    a, b = sorted((claim.indicator, report.indicator), key=len)
    return len(a) >= 3 and b.startswith(a)


def _substituted(a: str, b: str) -> bool:
    """True when one indicator swaps a word of two or more characters for another (科技↔航运).

    A word moved to another place ("新开工老旧小区整治" and "老旧小区整治新开工") is no swap.
    """
    a, b = a.lower(), b.lower()
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return any(
        op == "replace" and min(i2 - i1, j2 - j1) >= 2 and a[i1:i2] not in b and b[j1:j2] not in a
        for op, i1, i2, j1, j2 in ops
    )


def _dimension(unit: str) -> str:
    """What a unit measures; units of one dimension are comparable."""
    if unit in COUNT_UNITS:
        return _COUNT_DIM
    return {
        "元": "money",
        "美元": "money",
        "%": "ratio",
        "个百分点": "ratio",
        "人": "people",
        "人次": "people",
        "平方米": "area",
        "平方公里": "area",
        "亩": "area",
        "第": "rank",
        "等奖": "rank",
        "微克/立方米": "concentration",
        "毫克/立方米": "concentration",
    }.get(unit, unit)


def same_dimension(a: Quantity, b: Quantity) -> bool:
    """True when two quantities measure the same dimension (or one has no unit).

    Counts in two measure words compare only when both are loose ones (个 and 家): 1.2万户
    (households) is no count of the 33个 小区 beside it.
    """
    if not a.unit or not b.unit:
        return True
    if a.unit != b.unit and a.unit in COUNT_UNITS and b.unit in COUNT_UNITS:
        loose = a.unit in LOOSE_COUNT_UNITS and b.unit in LOOSE_COUNT_UNITS
        return loose or interchangeable(a.unit, b.unit)
    return _dimension(a.unit) == _dimension(b.unit)


def same(a: float, b: float) -> bool:
    """Equal up to float noise."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _magnitude(q: Quantity) -> Quantity:
    """A fall's size ("下降超过5%": more than 5)."""
    high = -q.high if q.high is not None else None
    return replace(q, value=-q.value, high=high)


def agree(c: Quantity, r: Quantity, implied: bool = False) -> tuple[bool, str]:
    """Does a claimed figure agree with the report's? Returns (agrees, note).

    The report's hedge is read as written: "超过400亿元" is matched by "400亿元以上" or
    "400亿元" (noted), not by "近400亿元"; "近12000家" is matched by "12000家" or "约1.2万家"
    (noted) but refuted by "超过12000家"; a bound in the report (以上/不少于) must carry the
    same number in the claim. An exact report figure satisfies a claimed bound it meets
    ("突破1600亿元" vs 1620亿元); "约" allows 5%, "近" up to 10% below. `implied`: a result,
    not a target (a target is its number and hedge), where a weaker bound of the report's kind
    holds ("超过一半" of "超过三分之二").
    """
    if c.unit and r.unit and c.unit != r.unit and _dimension(c.unit) != _COUNT_DIM:
        return False, "unit"
    if (c.value < 0) != (r.value < 0):
        return False, ""  # a fall (下降, read as negative growth) is no rise
    if c.value < 0:  # two falls: their sizes compare with the hedges as written
        return agree(_magnitude(c), _magnitude(r))
    cb, rb, cv, rv = c.bound, r.bound, c.value, r.value
    if c.high is not None:
        return cv <= rv <= c.high, ""
    if implied and rb == cb and rb in ("min", "max") and not same(cv, rv):
        return (cv < rv) == (rb == "min"), "hedge"  # "超过一半" of "超过三分之二"
    if rb in ("min", "max", "below"):
        if not same(cv, rv):
            return False, ""
        if cb == rb or cb in ("exact", "approx") or (cb == "near" and rb == "max"):
            return True, "" if cb == rb else "hedge"
        return False, "hedge"
    if rb == "near":
        if cb == "min":
            return cv < rv * 0.9, "hedge"
        if cb == "max":
            return cv >= rv, "hedge"
        return same(cv, rv) or (cb == "approx" and abs(cv - rv) <= 0.05 * rv), (
            "" if cb == "near" else "hedge"
        )
    if rb == "approx":
        return abs(cv - rv) <= 0.05 * abs(rv), "" if cb == "approx" else "hedge"
    if cb == "min":
        return rv >= cv, ""
    if cb == "max":
        return rv <= cv, ""
    if cb == "below":
        return rv < cv and not same(cv, rv), ""
    if cb == "near":
        return cv * 0.9 <= rv <= cv, ""
    if cb == "approx":
        # "约1600亿元" holds 1620亿元, not "约621亿元" 612.4亿元: within 5%, and the report's
        # figure rounds to the claim's last written digit
        return abs(rv - cv) <= min(0.05 * abs(cv), _rounding(cv)), ""
    return same(cv, rv), ""


def _rounding(value: float) -> float:
    """Half the place of a figure's last nonzero digit: what rounding to it may move (621亿
    → 0.5亿, 1600亿 → 50亿, 8.5% → 0.05%)."""
    value = abs(value)
    for power in range(15, -7, -1):
        step = 10.0**power
        if step <= value and abs(value / step - round(value / step)) < 1e-6:
            return step / 2
    return 0.0


def same_year(a: Figure, b: Figure) -> bool:
    """Two figures speak of the same year (the look-back's "2019年，突破1600亿元" and the
    2019 review's 1620亿元): one agreeing with a claim is no frame swap of the other."""
    year_a = a.year or (a.passage.years if a.passage is not None else "")
    year_b = b.year or (b.passage.years if b.passage is not None else "")
    return bool(year_a) and year_a == year_b


def earlier_mark(mark: Figure, result: Figure) -> bool:
    """A target of a year before the result's: a later result claimed past its mark ("2024年
    上线事项突破450项", 2023's target, the 2024 review giving 512项) is no frame swap."""
    year_m = mark.year or (mark.passage.years if mark.passage is not None else "")
    year_r = result.year or (result.passage.years if result.passage is not None else "")
    return (
        mark.passage is not None
        and mark.passage.frame == FRAME_TARGETS
        and year_m.isdigit()
        and year_r.isdigit()
        and int(year_m) < int(year_r)
    )


# The part of a district or county a figure may be given for: a street (街道) or a town or
# township (镇, 乡) — not the words 城镇, 乡镇, 村镇, 小镇, 重镇, 城乡 and the like, nor
# 街道级, 乡村, 镇级
_STREET_WORD = r"街道(?![级办])"
# Han characters, those of place names outside the common block too ("湖㳇镇")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_PART_OF_PLACE = rf"(?:{_STREET_WORD}|(?<![城乡村集小重古名强市])[镇乡](?![级村镇]))"
# A clause giving one street's part: "其中尧化街道6个", "其中仙林街道新增62家", "其中上派镇9个"
_STREET_PART = re.compile(rf"(?:其中)?([{_HAN}]{{2,3}}?{_PART_OF_PLACE})(?:占|有)?")
# A street (街道) or town named in an indicator: "西善桥街道", "上派镇", not "13个街道",
# "街道级", "各街道", "城镇" ... named first in the indicator, as the subject of what follows
# (a verb before it, or 街道 ending the phrase as the thing counted, "提升街道15条", name none)
_STREET = re.compile(rf"^([{_HAN}]{{2,3}}?{_PART_OF_PLACE})(?=[\u4e00-\u9fff]{{2}})")


# A street named anywhere in a text, keyed by the last two characters of its name: unanchored,
# the start of "其中永宁街道" or "西善桥街道" is not knowable, its end is
_STREET_ANYWHERE = re.compile(rf"([{_HAN}]{{2}}){_PART_OF_PLACE}")
_STREET_ONLY = re.compile(rf"([{_HAN}]{{2}}){_STREET_WORD}")
# ... and words before 街道 that name no street ("各街道", "所有街道", "相关街道", "重点镇")
_NO_STREET = re.compile(
    r"[个各全每所有等和及与、哪些几]|相关|有关|部分|沿线|辖区|涉及|重点|中心|特色|示范|建制"
)
_SUFFIX = re.compile(r"(?:街道|镇|乡)$")


# A street or town whose name starts with a conjunction's character ("和平街道", "和兴路街道"):
# 和 with one or two characters before 街道 is the name, not "and" before a street
_NAME_FROM_CONJUNCTION = re.compile(rf"[和与及][{_HAN}]{{1,2}}{_PART_OF_PLACE}")


# A yearly average change right before its figure ("年均增长6.8%"; 年均浓度 is a level)
_AVERAGED_CHANGE = re.compile(r"年均(?:增长|增速|递增|提高|下降|减少)[^，；,;。]{0,3}$")


def _clause_before(seg: str, start: int, f: Figure) -> str:
    """The words of a figure's own clause before it (`seg` starts at `start` in the text)."""
    return split_at(seg[: f.at - start], "，；,;。")[-1]


def street_key(name: str) -> str:
    """The key of a street's (or town's) name that `street_keys` finds it by (西善桥街道 →
    善桥, 上派镇 → 上派)."""
    return _SUFFIX.sub("", name)[-2:]


@lru_cache(maxsize=65536)
def street_keys(text: str, towns: bool = True) -> frozenset[str]:
    """The streets a text names anywhere, by `street_key`: "其中永宁街道新增…52家" names 永宁,
    "13个街道", "各街道" name none; with `towns`, towns too ("其中上派镇9个" names 上派)."""
    pattern = _STREET_ANYWHERE if towns else _STREET_ONLY
    return frozenset(k for k in pattern.findall(text) if not _NO_STREET.search(k))


def other_streets(text: str, asked: str) -> frozenset[str]:
    """The streets a text names that the question `asked` does not: a figure in their
    clause is a street's part, not the district's. (Towns are left out: a question's answer
    often lies in a place a town is named to locate, "龙固镇微山湖渔家风情小镇接待游客…".)"""
    return frozenset(k for k in street_keys(text, towns=False) if k not in asked)


# A named site within a district, by the two or three characters before its kind
# ("橘子洲景区", "后湖国际艺术区"): a figure of one is not another's
_SITE = re.compile(
    r"([\u4e00-\u9fff]{2})(?:国际)?(?:风景区|景区|风貌区|旅游区|度假区|公园|艺术区|产业园|工业园|科技园|街区|商圈|古镇|湿地|岛|屿"
    # an event is a site of its own: "梨花节吸引游客" are not the district's visitors
    r"|(?<![春环季细调关章礼])节|市集|灯会|庙会|博览会)"
)


# Where a thing is first or best among ("全国首店", "省级示范街区"): a narrower or wider one
# than the same thing said without it or with another
SCOPE_MODIFIER = re.compile(r"(?:全国|全省|全市|国家级|省级|市级|全球|世界|国际)$")
# ... before a thing, not before a rank or a verb ("在全市排名第一", "全市平均")
_SCOPED = re.compile(
    rf"({SCOPE_MODIFIER.pattern[:-1]})"
    r"(?!排名|排行|位居|位列|名列|第|首位|前列|领先|最|平均|范围|各|同类|率先|唯一)([\u4e00-\u9fff]{2})"
)


def other_scope(said: str, stated: str) -> bool:
    """`said` names a thing among a scope ("全国首店") that `stated` names only without it or
    among another ("新引进品牌首店57家，其中本省首店21家")."""
    return any(m.group(2) in stated and m.group(0) not in stated for m in _SCOPED.finditer(said))


def same_site_named(asked: str, stated: str) -> bool:
    """A site asked by a short form of the name the text writes: "青石里街区" for
    "青石里历史文化街区" (its characters in order, its kind the same)."""
    for a in _SITE_NAME.finditer(asked):
        # (after the place it lies in: "青秀区南湖里街区" asks 南湖里街区)
        name = re.sub(r"^[\u4e00-\u9fff]{1,4}?[区县市](?=[\u4e00-\u9fff]{2})", "", a.group(1))
        for b in _SITE_NAME.finditer(stated):
            if a.group(2) == b.group(2) and len(name) >= 2 and in_order(name, b.group(1)):
                return True
    return False


# A site's name with as much of it as may stand before its kind, and the kind
_SITE_NAME = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)((?:风景区|景区|风貌区|旅游区|度假区|公园|艺术区|产业园|工业园|科技园|街区|商圈|古镇|湿地))"
)


def sites(indicator: str) -> frozenset[str]:
    """The sites an indicator names, each by the two characters before its kind."""
    return frozenset(
        k for k in _SITE.findall(indicator) if not _NO_STREET.search(k) and not _NO_SITE.search(k)
    )


# Words before a site's kind that name no site ("去年古镇来了多少游客", "的景区")
_NO_SITE = re.compile(r"[年月的了在这那多少啥么]|今天|现在")


def places_listed(kinds: str) -> re.Pattern[str]:
    """A pattern of places of the given kinds listed together ("太平镇、新发镇", "青松镇和白桦镇"):
    one figure after such a list is theirs together, not any one's."""
    place = rf"[\u4e00-\u9fff]{{2,5}}(?:{kinds})"
    return re.compile(rf"{place}(?:[、和及与]{place})+")


def street_names(indicator: str) -> frozenset[str]:
    """The streets an indicator names, by `street_key` (西善桥街道 and 善桥街道 are one)."""
    return frozenset(street_key(n) for n in streets(indicator))


def without_streets(indicator: str) -> str:
    """An indicator without the streets it names."""
    for name in streets(indicator):
        indicator = indicator.replace(name, "")
    return indicator


@lru_cache(maxsize=65536)
def streets(indicator: str) -> frozenset[str]:
    """The streets (and towns) an indicator names, each with its 街道 or 镇: a figure of one
    is not the district's."""
    return frozenset(
        m.group(1)
        for m in _STREET.finditer(indicator)
        if not _NO_STREET.search(street_key(m.group(1)))
    )


def _elided_modifiers(figs: list[Figure]) -> list[Figure]:
    """A bare measure after another indicator's in one sentence shares its first words:
    "粮食播种面积12.6万亩、总产量5.12万吨" states 粮食总产量 (the list leaves 粮食 out)."""
    out: list[Figure] = []
    for f in figs:
        last = out[-1] if out else None
        if last is not None and is_measure(f.indicator) and f.indicator != last.indicator:
            m = MEASURE_NOUN.search(last.indicator)
            if m is not None and m.end() == len(last.indicator) and m.start() >= 2:
                f = replace(f, indicator=last.indicator[: m.start()] + f.indicator)
        out.append(f)
    return out

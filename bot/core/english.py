"""The English opening sentence of an English question's figure answer.

"What was Gulou's GDP in 2019?" is answered "In 2019, Gulou's GDP was an estimated 162
billion yuan, up 8% [1]." before the report's Chinese clauses and quotes. The sentence is
composed only from what the answer already binds: the figure that fills the question's
slot (`slot.filling_figures`), its indicator as the fact-checker's reader binds it
(`figures.FigureReader`) named in English by the lexicon's glossary, the frame and year of
its passage, and the place of its report in pinyin. Magnitudes are converted exactly (1亿 =
100 million, 1万 = 10,000). When any piece is missing or unsure (an indicator without an
English name, a unit without one, a figure in Chinese numerals, a range, a look-back year)
there is no sentence, and the answer stays as it was: never a wrong number. The sentence
passes the same grounding rule as every answer (`grounding.ungrounded_numbers`, which
reads "162 billion" as the quote's "1620亿").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from wenzheng.bot.core.figures import Figure, FigureReader
from wenzheng.bot.core.grounding import ungrounded_numbers
from wenzheng.bot.core.lexicon import CheckLexicon, Lexicon
from wenzheng.bot.core.query import Query
from wenzheng.bot.core.slot import Fill, filling_figures, read_slot
from wenzheng.bot.core.types import Answer
from wenzheng.corpus.model import FRAME_RESULTS, FRAME_TARGETS, Document, Passage
from wenzheng.corpus.places import level_names, region_levels
from wenzheng.corpus.quantities import Quantity
from wenzheng.corpus.text import normalize, tidy

# Units with an English name; a figure in any other unit (家, 个, 项 ...) gets no sentence.
UNIT_NAMES = {
    "元": "yuan",
    "美元": "US dollars",
    "%": "%",
    "个百分点": "percentage points",
    "人": "people",
    "人次": "person-times",
    "平方米": "square metres",
    "平方公里": "square kilometres",
    "公里": "kilometres",
    "亩": "mu",
    "吨": "tonnes",
    "千瓦": "kilowatts",
    "千瓦时": "kilowatt-hours",
    "P": "petaflops",
    "PB": "petabytes",
}
# Hedges as English words (the canonical qualifiers of `corpus/units.py`).
QUALIFIER_WORDS = {
    "以上": "at least",
    "不少于": "at least",
    "不低于": "at least",
    "超过": "more than",
    "近": "nearly",
    "约": "about",
    "以下": "no more than",
    "未达": "below",
}
# A figure's digits as written and its Chinese magnitude ("1620亿元", "3.5万人").
_DIGITS = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)(万亿|千亿|百亿|千万|百万|亿|万)?")
_POWERS = {"万": 4, "百万": 6, "千万": 7, "亿": 8, "百亿": 10, "千亿": 11, "万亿": 12}
_SCALES = ((12, "trillion"), (9, "billion"), (6, "million"))
_UP, _DOWN = "增长|增加|提高|提升|上升|上涨", "下降|减少|降低|回落|下滑"
# The verb a growth rate follows ("增长8%", "比上年下降3%"), at the end of the text before it.
_GROWTH_VERB = re.compile(rf"(年均)?({_UP}|{_DOWN})(?:了|为|达到?)?$")
# A growth rate right after a level, of the same thing ("1620亿元、增长8%").
_GROWTH_AFTER = re.compile(rf"^[、，,]?(?:同比|比上年|较上年)?({_UP}|{_DOWN})$")
_ESTIMATE = re.compile(r"预计|预测")
# English words that make another indicator (per capita GDP is not GDP), as the Chinese
# `distinct_modifiers` do: an English question using one is answered only by a name with it.
_EN_MODIFIER = re.compile(r"per[ -]capita|per head|per person|average|per \d|above[- ]scale")
# "预计" covers the whole sentence, its semicolon-separated list included.
_SENTENCE_END = re.compile(r"[。！？!?]")


def english_number(value: Decimal) -> str:
    """A value in English digits and words: 1.62e11 → "162 billion", 35000 → "35,000"."""
    for power, word in _SCALES:
        if abs(value) >= Decimal(10) ** power:
            return f"{_plain(value.scaleb(-power))} {word}"
    return f"{value.normalize():,f}" if value == value.to_integral() else _plain(value)


def _plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros (Decimal("162.0") → "162")."""
    return f"{value.normalize():f}"


def figure_in_english(q: Quantity) -> str | None:
    """A figure with its hedge in English ("超过400亿元" → "more than 40 billion yuan").

    None when unsure: no English unit name, a range, a rank, digits not written out (Chinese
    numerals), or a value that does not match the figure as read.
    """
    unit = UNIT_NAMES.get(q.unit)
    if unit is None or q.high is not None or q.ordinal or q.attributive:
        return None
    m = _DIGITS.search(q.raw)
    if m is None:
        return None
    value = Decimal(m.group(1).replace(",", "")).scaleb(_POWERS.get(m.group(2) or "", 0))
    if abs(float(value) - q.value) > 1e-9 * max(abs(q.value), 1.0):
        return None  # a unit factor we do not convert (微克/立方米, borrowed units)
    hedge = QUALIFIER_WORDS.get(q.qualifier, "")
    if q.qualifier == "以下" and "低于" in q.raw:
        hedge = "below"
    if q.qualifier and not hedge:
        return None
    number = english_number(value)
    figure = f"{number}{unit}" if unit == "%" else f"{number} {unit}"
    return f"{hedge} {figure}" if hedge else figure


def place_in_english(region: str) -> str:
    """A region's own short name in pinyin, capitalized (南京市鼓楼区 → Gulou); "" if none."""
    from pypinyin import lazy_pinyin

    own, _ = region_levels(region)
    name = own[-1] if own else ""
    if not name or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return ""
    return "".join(lazy_pinyin(name)).capitalize()


def _verb(name: str, past: bool) -> str:
    """was / were / is / are, by the head noun of an English name ("sales of …" is plural)."""
    head = name.split(" of ")[0].split()[-1]
    plural = head.islower() and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if past:
        return "were" if plural else "was"
    return "are" if plural else "is"


@dataclass(frozen=True)
class Bound:
    """A filling figure as the reader binds it, with what the sentence needs around it."""

    fill: Fill
    figure: Figure
    text: str  # the passage's text in `tidy` form, which `figure.at` indexes
    growth: Figure | None = None  # the growth rate given right after a level


class EnglishOpener:
    """Opens English figure answers with one English sentence (see the module docstring)."""

    def __init__(self, lexicon: Lexicon, documents: Sequence[Document]) -> None:
        self.glossary = lexicon.glossary
        self.docs = {d.meta.id: d for d in documents}
        names = set().union(*(level_names(tidy(d.meta.region)) for d in documents))
        regions = tuple(sorted(names, key=len, reverse=True))
        check = CheckLexicon.load()
        self.reader = FigureReader(check, regions)
        self.whole_phrase = check.whole_phrase  # a bare word naming an indicator ("经济")
        self.modifiers = check.modifiers  # 人均地区生产总值 is not 地区生产总值

    def open(
        self,
        query: Query,
        answer: Answer,
        passages: Sequence[Passage],
        covers: Callable[[str], float],
    ) -> Answer:
        """The answer opened with its English sentence, or unchanged when there is none."""
        if not query.english or answer.refused:
            return answer
        sentence = self.sentence(query, answer, passages, covers)
        if sentence is None:
            return answer
        text = f"{sentence} {answer.text}"
        # a number the citations lack (their quotes, and the sections shown with them):
        # no sentence rather than that
        if ungrounded_numbers(text, [f"{c.section}\n{c.quote}" for c in answer.citations]):
            return answer
        return replace(answer, text=text)

    def sentence(
        self,
        query: Query,
        answer: Answer,
        passages: Sequence[Passage],
        covers: Callable[[str], float],
    ) -> str | None:
        """The English sentence for the figure that answers the question, if sure of it."""
        slot = read_slot(query.text, wants_number=True)
        if slot.kind == "date":
            return _when(answer, passages, covers)
        fills = filling_figures(slot, passages, covers, query.frame)
        asks_growth = "增长" in query.text or "下降" in query.text
        cited = [c.id for c in answer.citations]
        points = "个百分点" in query.text or "percentage point" in query.original.lower()
        for fill in fills:
            if fill.passage.id not in cited or query.frame not in (None, fill.passage.frame):
                continue
            if points and fill.quantity.unit != "个百分点":
                continue  # "by how many percentage points … fall short": no growth rate's sentence
            bound = self._bind(fill)
            if bound is None or (bound.figure.kind == "growth") != asks_growth:
                continue  # not bound, or a level asked and a growth rate found (or the reverse)
            if not self._asked(bound.figure.indicator, query):
                continue
            sentence = self._compose(query, bound, cited.index(fill.passage.id) + 1)
            if sentence is not None:
                return sentence
        return None

    def _bind(self, fill: Fill) -> Bound | None:
        """The reader's figure for a filling quantity (the same occurrence of the same raw)."""
        text = tidy(fill.passage.text)
        figures = [f for f in self.reader.figures_of(fill.passage.text) if f.kind != "from"]
        raw = fill.quantity.raw
        earlier = fill.passage.text[: fill.quantity.start].count(raw)
        same = [f for f in figures if f.quantity.raw == raw]
        if len(same) <= earlier or same[earlier].kind not in ("level", "growth"):
            return None
        figure = same[earlier]
        growth = None
        after = figures.index(figure) + 1
        if figure.kind == "level" and after < len(figures):
            nxt = figures[after]
            between = text[figure.at + len(raw) : nxt.at]
            if (
                nxt.kind == "growth"
                and nxt.indicator == figure.indicator
                and _GROWTH_AFTER.match(between)
            ):
                growth = nxt
        return Bound(fill, figure, text, growth)

    def _asked(self, indicator: str, query: Query) -> bool:
        """The question asks about this indicator: in its words, its terms, their expansions, or
        a term that alone names it (the economy's growth is GDP's: `check.whole_phrase`)."""
        term = normalize(indicator)
        if term not in self.glossary:
            return False
        if any((m in query.text) != (m in term) for m in self.modifiers):
            return False  # per head, on average, above scale: another indicator
        name = self.glossary[term].lower().replace("-", " ")
        asked = _EN_MODIFIER.findall(query.original.lower())
        if any(m.replace("-", " ") not in name for m in asked):
            return False
        named = [
            query.text,
            *query.terms,
            *(w for ws in query.expansions.values() for w in ws),
            *(self.whole_phrase.get(t, "") for t in query.terms),
        ]
        return any(term in n for n in named if n)

    def _compose(self, query: Query, bound: Bound, marker: int) -> str | None:
        """The sentence itself; None when a piece is missing."""
        p, figure = bound.fill.passage, bound.figure
        name = self.glossary[normalize(figure.indicator)]
        place = place_in_english(self.docs[p.doc_id].meta.region) if p.doc_id in self.docs else ""
        amount = figure_in_english(figure.quantity)
        year = p.years
        if not place or amount is None or not re.fullmatch(r"\d{4}", year):
            return None
        if (figure.year and figure.year != year) or any(str(y) != year for y in query.years):
            return None  # a year inside the sentence ("2015年，…") or another year asked
        if p.frame == FRAME_TARGETS:
            return self._target(f"{place}'s {name}", year, bound, amount, marker)
        if p.frame != FRAME_RESULTS:
            return None  # the look-back: its years are the sentence parts', not the passage's
        before = bound.text[: figure.at]
        estimated = bool(_ESTIMATE.search(before[_last_break(before) :]))
        estimated = estimated and not figure.quantity.qualifier
        amount = f"an estimated {amount}" if estimated else amount
        if figure.kind == "growth":
            direction = self._direction(bound.text, figure)
            if direction is None:
                return None
            verb = ("grew", "fell")[direction]
            return f"In {year}, {place}'s {name} {verb} by {amount} [{marker}]."
        verb = _verb(name, past=True)
        return f"In {year}, {place}'s {name} {verb} {amount}{self._growth(bound)} [{marker}]."

    def _target(self, owner: str, year: str, bound: Bound, amount: str, marker: int) -> str | None:
        """ "The 2020 target for Gulou's GDP is growth of at least 7.5% [1]." and the like."""
        if bound.figure.kind == "growth":
            direction = self._direction(bound.text, bound.figure)
            if direction is None:
                return None
            amount = f"{('growth', 'a fall')[direction]} of {amount}"
        return f"The {year} target for {owner} is {amount} [{marker}]."

    def _growth(self, bound: Bound) -> str:
        """ ", up 8%" for the growth rate given with a level, or "" when there is none."""
        g = bound.growth
        if g is None or g.quantity.qualifier:
            return ""
        direction = self._direction(bound.text, g)
        amount = figure_in_english(g.quantity)
        if direction is None or amount is None:
            return ""
        return f", {('up', 'down')[direction]} {amount}"

    @staticmethod
    def _direction(text: str, figure: Figure) -> int | None:
        """0 for a rise, 1 for a fall, by the verb before the rate; None for an average or none."""
        m = _GROWTH_VERB.search(text[max(0, figure.at - 10) : figure.at])
        if m is None or m.group(1):
            return None  # no verb, or an average annual rate ("年均增长")
        return 0 if re.fullmatch(_UP, m.group(2)) else 1


def _last_break(text: str) -> int:
    """Where the sentence holding the end of `text` starts."""
    breaks = list(_SENTENCE_END.finditer(text))
    return breaks[-1].end() if breaks else 0


# A time of the year a clause states: "调整至2026年6月", "6月底前", "2025年秋季学期", "年底前"
_WHEN_SAID = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)年)?(?:(?P<month>\d{1,2})月(?P<end>底|末)?|"
    r"(?P<season>春季|秋季|夏季|冬季|上半年|下半年)(?:学期)?|(?P<year_end>年底|年末))"
    r"(?P<by>前|之前|以前)?"
)
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_SEASON_NAMES = {
    "春季": "spring",
    "夏季": "summer",
    "秋季": "autumn",
    "冬季": "winter",
    "上半年": "the first half of",
    "下半年": "the second half of",
}
WHEN_COVERAGE = 0.5  # share of the question a clause must hold for its time to answer it


def _when(
    answer: Answer, passages: Sequence[Passage], covers: Callable[[str], float]
) -> str | None:
    """ "By the end of June 2026 [1]." for a when-question: the time the first cited clause
    on the thing asked states, its year written there or the passage's own single year."""
    cited = [c.id for c in answer.citations]
    for p in passages:
        if p.id not in cited:
            continue
        for clause in re.split(r"[，；。,;]", tidy(p.text)):
            m = _WHEN_SAID.search(clause)
            if m is None or covers(normalize(clause)) < WHEN_COVERAGE:
                continue
            year = m.group("year") or (p.years if re.fullmatch(r"\d{4}", p.years) else "")
            if not year:
                continue
            if m.group("month"):
                month = int(m.group("month"))
                if not 1 <= month <= 12:
                    continue
                time = f"{_MONTH_NAMES[month - 1]} {year}"
                lead = "By the end of" if m.group("end") or m.group("by") else "In"
            elif m.group("season"):
                time = f"{_SEASON_NAMES[m.group('season')]} {year}"
                lead = "By" if m.group("by") else "In"
            else:
                time, lead = f"{year}", "By the end of"
            return f"{lead} {time} [{cited.index(p.id) + 1}]."
    return None

"""Ranking passages for an understood question, and deciding whether the report answers it.

Naive retrieval (BM25, dense or both fused) misses paraphrases and time frames; here the
fused candidates are re-scored with what the question asks: concept coverage (through the
lexicon), the time frame, explicit years, and whether a figure is wanted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from wenzheng.bot.core.figures import other_streets
from wenzheng.bot.core.lexicon import Lexicon
from wenzheng.bot.core.query import DIRECTION_ASKED, Query
from wenzheng.bot.core.slot import SLOT_NOUNS, best_clause
from wenzheng.corpus.model import FRAME_NONE, FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS, Passage
from wenzheng.corpus.places import PROVINCE_NAMES, city_of, region_levels, short_names
from wenzheng.corpus.quantities import extract_quantities, has_figure, parse_chinese_numeral
from wenzheng.corpus.text import in_order, normalize
from wenzheng.corpus.time import (
    MONTH_DAY,
    YEAR_TOKEN,
    span_plan,
    year_frames,
    year_stretches,
    years_in,
)
from wenzheng.index.build import PassageIndex, embedding_text
from wenzheng.index.keyword import tokenize
from wenzheng.index.search import BM25Retriever, DenseRetriever
from wenzheng.index.substrings import SubstringIndex

STREET_PART_PENALTY = 0.1  # a passage whose asked figure is one street's part
NEWEST_BONUS = 0.03  # a passage of its place's newest report, when the question names no year
# a plan of its place's oldest report, asked as first made ("原计划…"): a stated preference,
# not a default as the newest report is
FIRST_PLAN_BONUS = 0.1
CANDIDATES = 40  # how many passages BM25 and dense retrieval each hand to the re-ranker
# Share of the question's (IDF-weighted) concepts the best passage must hold to be an answer
MIN_COVERAGE = 0.45
# A word the report never uses weighs this share of the rarest word's IDF
ABSENT_WEIGHT = 0.6
# How well a noun the report never uses must match the answer's paragraph
KEY_MATCH = 0.8
# A question asking which place
_PLACE_ASKED = re.compile(
    r"哪(?:一|几)?个?(?:区|县|市|旗|地方)|哪里|哪儿|\bwhich (?:district|county|city)"
)
# A question's word of this many characters or more may name a thing of one place's reports
MIN_PLACE_NAME_TERM = 3
# Above this coverage an unknown noun is taken for wording, not for another topic
UNKNOWN_NOUN_GATE = 0.6
EVERYDAY_FREQ = 3000  # jieba dictionary frequency above which a word is everyday wording
# When BM25 and dense retrieval agree on a clear winner, colloquial wording may cover less
AGREED_MIN_COVERAGE, AGREED_RANK, AGREED_GAP = 0.35, 0.9, 0.15
# Weights of the re-ranking score
W_COVERAGE, W_DENSE, W_BM25 = 0.5, 0.3, 0.2
QUOTED_FIGURE_BONUS = 0.2  # a passage writing the very figure a question quotes
_LOCAL_PLACES = ("街道", "镇", "社区", "片区")  # the places within a district an asker lives in
NAME_CHARS = 4  # a run an asker shares with the reports long enough to be a name, not chance
_ALL_CJK = re.compile(r"[\u4e00-\u9fff]+")
WEIGHT_CACHE = 20_000  # (term, expansions) weights kept; questions bring new terms forever
_NUMBERED = re.compile(
    r"[\d一二三四五六七八九十百千]+(?:号线|号|期(?!间|末|初)|强)|第[\d一二三四五六七八九十百千]+[届次批]"
    # a school or hospital named by its number ("第三中学", "第二人民医院", "第二分校")
    r"|第[\d一二三四五六七八九十百]+(?:中学|小学|高级中学|初级中学|分校|人民医院|医院|幼儿园)"
)
_TIMED_FRAMES = (FRAME_RESULTS, FRAME_TARGETS, FRAME_SPAN)


@dataclass(frozen=True)
class Scored:
    """A candidate passage with the features that ranked it."""

    passage: Passage
    score: float
    coverage: float
    dense: float
    bm25: float
    cosine: float = 0.0  # the raw dense similarity, comparable across questions


class Ranker:
    """Scores candidate passages for a Query over one PassageIndex."""

    def __init__(self, index: PassageIndex, lexicon: Lexicon) -> None:
        self.index = index
        self.lexicon = lexicon
        self.bm25 = BM25Retriever(index)
        self.dense = DenseRetriever(index)
        # (a look-back over a five-year plan's period speaks of that plan, named or not:
        # "五年累计新增城镇就业6.15万人" under "过去一年和“十四五”时期工作回顾")
        self.context = {p.id: normalize(embedding_text(p)) + _plan_named(p) for p in index.passages}
        self.paragraph = _paragraph_texts(index)
        # `word in corpus_text`: is the word anywhere in the reports (postings, not a scan)
        self.corpus_text = SubstringIndex([normalize(d.text) for d in index.documents])
        # each document's place (its names), by the document's index in `corpus_text`
        self._doc_place_set = [
            frozenset(normalize(r) for r in short_names(d.meta.region)) for d in index.documents
        ]
        self._place_sets = set(self._doc_place_set)
        self._doc_ids = [d.meta.id for d in index.documents]
        self._doc_regions = [d.meta.region for d in index.documents]
        self.regions = {normalize(r) for d in index.documents for r in short_names(d.meta.region)}
        # each document's place names, and the years it speaks of: a question naming a place
        # or a year is answered only from the reports of that place and year
        self.doc_places = {
            d.meta.id: {normalize(r) for r in short_names(d.meta.region)} for d in index.documents
        }
        self.doc_years = {
            d.meta.id: {d.meta.year, d.meta.review_year, *years_in(d.text)} for d in index.documents
        }
        self.known_years = year_frames(index.documents)
        self.doc_year = {d.meta.id: d.meta.year for d in index.documents}
        self._newest_of: dict[tuple[str, ...], int] = {}  # places named → newest report year
        self.region_city: dict[str, str] = {}  # a place's name → its city, when a report says
        for d in index.documents:
            city = city_of(normalize(d.meta.region))
            for name in short_names(d.meta.region):
                key = normalize(name)
                self.region_city[key] = self.region_city.get(key) or city
        self.doc_review = {d.meta.id: d.meta.review_year for d in index.documents}
        # whether a report is the newest, or the oldest, of its place's (each place's, in a
        # corpus of several)
        place_years: dict[frozenset[str], list[int]] = {}
        for d in index.documents:
            place_years.setdefault(frozenset(self.doc_places[d.meta.id]), []).append(d.meta.year)
        years_of = {
            d.meta.id: place_years[frozenset(self.doc_places[d.meta.id])] for d in index.documents
        }
        self.newest_of_place = {
            d.meta.id: d.meta.year == max(years_of[d.meta.id]) for d in index.documents
        }
        self.oldest_of_place = {
            d.meta.id: d.meta.year == min(years_of[d.meta.id]) for d in index.documents
        }
        # the cities and provinces the reports' places lie in, that no report is of: a
        # question on 南京市 as a whole is not answered by 鼓楼区's report
        levels = [region_levels(normalize(d.meta.region)) for d in index.documents]
        own = {n for names, _ in levels for n in names} | self.regions
        parents = {n for _, names in levels for n in names} - own
        self.parent_regions = sorted(parents, key=len, reverse=True)
        self.provinces = [p for p in PROVINCE_NAMES if p not in own | parents]
        # a term's weight depends only on the index: coverage() is called for every candidate
        # passage (~100 times a question), and weighing tokenizes each expansion anew
        self._term_weight = lru_cache(maxsize=WEIGHT_CACHE)(self._weight)

    def rank(self, query: Query) -> list[Scored]:
        """Candidates from BM25 and dense retrieval, re-scored, best first."""
        # Years are matched through time frames, not as words: the review says "全年", not
        # "2019年", so a literal "2019" would favour the few passages that happen to print it.
        tokens = [t for t in tokenize(query.search_text) if not YEAR_TOKEN.fullmatch(t)]
        # a question scoped to some of several reports looks deeper before filtering
        k = CANDIDATES * (3 if len(self.doc_places) > 1 else 1)
        bm25_hits = self.bm25.search_tokens(tokens, k)
        dense_hits = self.dense.search_vector(self.dense.embed(query.search_text), k)
        bm25 = _normalized({h.passage.id: h.score for h in bm25_hits})
        cosine = {h.passage.id: h.score for h in dense_hits}
        dense = _normalized(cosine)
        quoted = _quoted_figures(query.text)
        scored = []
        as_dated: dict[str, Query] = {}
        for pid in dict.fromkeys([*bm25, *dense]):
            p = self.index.by_id[pid]
            if not self._year_ok(p, query) or not self.in_scope(p.doc_id, query):
                continue
            if p.doc_id not in as_dated:
                as_dated[p.doc_id] = self._dated(query, p.doc_id)
            dated = as_dated[p.doc_id]
            # a concept stated in a neighbouring sentence of the paragraph counts for less
            cov = 0.75 * self.coverage(query, self.context[pid]) + 0.25 * self.coverage(
                query, self.paragraph[pid]
            )
            if dated.years and not _year_scope(p, dated) and p.kind != "meta":
                # (the front matter's date line is about the report, not a year's stretch)
                # (of each year asked, the stretch about it that covers most of the question)
                best = [
                    max(found, key=lambda s: self.coverage(query, normalize(s)), default="")
                    for found in (year_stretches(p.text, y) for y in dated.years)
                ]
                cov = min(cov, self.coverage(query, normalize(" ".join(best))))
            score = W_COVERAGE * cov + W_DENSE * dense.get(pid, 0.0) + W_BM25 * bm25.get(pid, 0.0)
            score += _frame_bonus(p, dated) + _shape_bonus(p, query)
            if query.wants_number and self._streets_part(query, p.text):
                score -= STREET_PART_PENALTY
            if not query.years and query.relative is None:
                if query.first_plan and p.frame == FRAME_TARGETS:
                    # "原计划什么时候建成": the plan first made, not the one it was moved to
                    score += FIRST_PLAN_BONUS if self.oldest_of_place[p.doc_id] else 0.0
                elif self.newest_of_place[p.doc_id]:
                    score += NEWEST_BONUS  # no year asked: the place's newest report is today's
            if any(f in self.context[pid] for f in quoted):
                score += QUOTED_FIGURE_BONUS  # "提出了实际使用外资10亿美元的目标": that one
            scored.append(
                Scored(p, score, cov, dense.get(pid, 0.0), bm25.get(pid, 0.0), cosine.get(pid, 0.0))
            )
        return sorted(scored, key=lambda s: (-s.score, self.index.position[s.passage.id]))

    def _dated(self, query: Query, doc_id: str) -> Query:
        """A relative year asked ("前年…多少", "今年的目标") as the year it names in the report
        it picks: the review's year for a result, the report's own for a target. The passages
        are then weighed as for a question naming that year (the look-back's "到2021年的
        2.86%" answers "前年" as it answers "2021年")."""
        if query.years or query.relative is None:
            return query
        if query.frame == FRAME_RESULTS:
            year = self.doc_review.get(doc_id)
        elif query.frame == FRAME_TARGETS:
            year = self.doc_year.get(doc_id)
        else:
            return query
        return replace(query, years=(year,)) if year else query

    def _streets_part(self, query: Query, text: str) -> bool:
        """The clause naming the thing asked best gives a figure of a street the question
        does not name: "其中永宁街道新增高新技术企业52家" is no answer to the district's count."""
        if "街道" not in text and "镇" not in text and "乡" not in text:
            return False
        best = best_clause(text, partial(self.coverage, query), "，,；;。")
        return best is not None and has_figure(best) and bool(other_streets(best, query.text))

    def coverage(self, query: Query, context: str, focus_only: bool = False) -> float:
        """IDF-weighted share of the question's concepts found in a text (0..1)."""
        terms = query.focus_terms if focus_only else query.terms
        total = got = 0.0
        for term in terms:
            expansions = query.expansions.get(term, ())
            if (
                query.english
                and term.isascii()
                and term not in self.index.bm25.idf
                and not expansions
            ):
                continue  # an untranslated English word says nothing about the report
            weight = self._term_weight(term, expansions)
            total += weight
            got += weight * _match(term, expansions, context)
        return got / total if total else 0.0

    def _weight(self, term: str, expansions: tuple[str, ...]) -> float:
        """How much a concept counts: rare terms more; terms the report never uses most."""
        idf = self.index.bm25.idf
        scale = 0.3 if len(term) == 1 else 1.0  # single characters say little on their own
        if term in idf:
            return scale * idf[term]
        known = [idf[t] for e in expansions for t in tokenize(e) if t in idf]
        if known:
            return scale * max(known)
        if term.isdigit() or re.fullmatch(r"[\d.]+%?", term):
            return 1.0
        if re.search(r"\d", term):
            return self.index.bm25.max_idf()  # "6号线": a numbered thing the report lacks
        # a word the report never uses: strong evidence it is not about this, but colloquial
        # filler ("老百姓", "变化") also lands here, so it weighs less than the rarest real term
        return scale * ABSENT_WEIGHT * self.index.bm25.max_idf()

    def answers(self, ranked: list[Scored]) -> bool:
        """Whether the best passage covers the question well enough to answer from it."""
        if not ranked:
            return False
        best = ranked[0]
        if best.coverage >= MIN_COVERAGE:
            return True
        gap = best.score - (ranked[1].score if len(ranked) > 1 else 0.0)
        agreed = best.dense >= AGREED_RANK and best.bm25 >= AGREED_RANK and gap >= AGREED_GAP
        return agreed and best.coverage >= AGREED_MIN_COVERAGE

    def key_concept_missing(self, query: Query, p: Passage) -> str | None:
        """A noun of the question the report never uses and the passage's paragraph lacks.

        Nouns the report does use are weighed by coverage; a thing it never names at all
        ("常住人口", "消费券") means the question is about something else.
        """
        if self.coverage(query, self.paragraph[p.id]) >= UNKNOWN_NOUN_GATE:
            return None  # the rest of the question is well covered: the odd word is wording
        for term in self.unknown_nouns(query):
            if _match(term, (), self.paragraph[p.id]) < KEY_MATCH:
                return term
        return None

    def key_term(self, query: Query, text: str) -> str | None:
        """The question's most telling term a text states: the one weighing most (the
        rarest), of two or more characters (臭氧 in "臭氧年均浓度是多少")."""
        stated = [
            t
            for t in (query.focus_terms or query.terms)
            if len(t) >= 2 and _match(t, query.expansions.get(t, ()), text) >= KEY_MATCH
        ]
        return max(
            stated, key=lambda t: self._term_weight(t, query.expansions.get(t, ())), default=None
        )

    def states(self, query: Query, term: str, text: str) -> bool:
        """Whether a text states a term of the question (or a report term it stands for)."""
        return _match(term, query.expansions.get(term, ()), text) >= KEY_MATCH

    def unknown_nouns(self, query: Query) -> list[str]:
        """Nouns of a question that no report uses and the lexicon cannot translate."""
        return [
            t
            for t in sorted(query.nouns, key=len, reverse=True)
            if len(t) >= 2
            and t not in SLOT_NOUNS  # "金额", "总数": the kind of answer, not the thing
            and t not in self.index.bm25.idf
            and not query.expansions.get(t)
            and not (query.english and t.isascii())
            and t not in self.corpus_text
            and not is_everyday_word(t)
        ]

    def other_numbered_thing(self, query: Query, p: Passage) -> str | None:
        """A numbered thing the question names ("6号线") that the passage's paragraph lacks."""
        paragraph = self.paragraph[p.id]
        stated = {_numbered_key(n) for n in numbered_names(paragraph)}
        for name in numbered_names(query.text):
            if name not in paragraph and _numbered_key(name) not in stated:
                return name
        return None

    def _spoken_of(self, name: str) -> bool:
        """The reports write the name other than as one of a list of places ("在秀英区、龙华区、
        琼山区、美兰区4个区中排名第二" names 秀英区 and says nothing of it)."""
        if name not in self.corpus_text:
            return False
        return any(
            text[m.start() - 1 : m.start()] != "、"
            and text[m.end() : m.end() + 1] not in "、和与及"
            for text in self.corpus_text.texts
            if name in text
            for m in re.finditer(re.escape(name), text)
        )

    def foreign_place(self, query: Query) -> str | None:
        """A place other than the report's own that the question names, if any."""
        text = query.text
        for region in sorted(self.regions, key=len, reverse=True):
            if region not in text:
                continue  # (a corpus of many places: no pattern compiled per region)
            # a city named before a covered place is that place's city (徐州市沛县), unless
            # the reports name another city for it (福州市鼓楼区 is not 南京市鼓楼区)
            pattern = rf"([\u4e00-\u9fff]{{2}}市)?{re.escape(region)}"
            text = re.sub(pattern, partial(self._drop_place, region), text)
        # a city or province the reports' places lie in, named without any of those places
        # ("苏州市23年…"): the question is about the whole city; so is one about a province
        # the reports may not name ("湖北省2025年GDP增长目标")
        parents = [] if query.places else [*self.parent_regions, *self.provinces]
        text = re.sub(r"\s+", "", text)  # an English question's "( 南京 ) 软件谷" as written
        ranked_in = bool(query.english and _RANKED_EN.search(query.original))
        for place in [*parents, *self.lexicon.refuse.get("places", ())]:
            pos = text.find(place)
            while pos >= 0:
                following = text[pos : pos + len(place) + 1]
                # "在南京排第一", "ranked first in Nanjing": a rank within the city, of the
                # report's own place
                within = place in parents and (
                    ranked_in or _RANKED_AFTER.match(text, pos + len(place))
                )
                if following not in self.corpus_text and not within:
                    return place
                pos = text.find(place, pos + 1)
        for m in _PLACE_NAME.finditer(query.text):
            name = m.group(1)
            if (
                (set(name[:-1]) & _NOT_A_NAME and not _CITY_QUARTER.match(name))
                or _GENERIC_PLACE.match(name)
                or _NOT_A_CITY.search(name)
                or name in self.regions
                or any(name.endswith(r) for r in self.regions if len(r) >= 3)  # "问下吴江区"
                or any(
                    query.text.startswith(r, m.end()) and self._its_city(name, r)
                    for r in self.regions
                )
                or self._spoken_of(name)
            ):
                continue  # generic, covered, or the city of a covered place (徐州市沛县)
            return name  # "丰县…": a county no report covers (nor mentions)
        return None

    def _drop_place(self, region: str, m: re.Match[str]) -> str:
        """A covered place and its own city out of the text; another city stays."""
        return " " if self._its_city(m.group(1), region) else m.group(1) + " "

    def _its_city(self, city: str | None, region: str) -> bool:
        """A city named before a covered place is that place's own (or none was named);
        any city will do when the reports do not say the place's (沛县)."""
        own = self.region_city.get(region, "")
        return not city or not own or city == own

    def in_scope(self, doc_id: str, query: Query) -> bool:
        """The document is of a place the question names and covers the years it names;
        for 今年/去年 without a year, it is the newest report of the place (or corpus)."""
        if not self._of_place(doc_id, query):
            return False  # "南京鼓楼区" is the report of 鼓楼区 too
        if query.report_year is not None and self.doc_year[doc_id] != query.report_year:
            return False  # "2025年政府工作报告中的…": that report's
        if not query.years and query.relative is not None:
            return self.doc_year[doc_id] == self._newest(query.places) - query.relative
        # (years asked side by side, "2024年…比2023年扩大了吗", are each some report's)
        return _each_or_side_by_side([y in self.doc_years[doc_id] for y in query.years])

    def names_in(self, text: str) -> str:
        """The longest runs of a text the reports also write (at least NAME_CHARS Chinese
        characters each, place names aside), joined by spaces: "孩子在芳草园小学读书" gives
        "芳草园小学" when a report names that school."""
        text = normalize(text)
        found: list[str] = []
        i = 0
        while i + NAME_CHARS <= len(text):
            end = i + NAME_CHARS
            if not _ALL_CJK.fullmatch(text[i:end]) or text[i:end] not in self.corpus_text:
                i += 1
                continue
            while (
                end < len(text)
                and _ALL_CJK.fullmatch(text[end])
                and (text[i : end + 1] in self.corpus_text)
            ):
                end += 1
            if not any(r in text[i:end] for r in self.regions if len(r) >= end - i - 1):
                found.append(text[i:end])
            i = end
        # "我是横溪种西瓜的": a shorter name the reports write as a place's ("横溪街道")
        # (three characters first: "橘子洲" of 橘子洲街道, not its "子洲")
        for size in (3, 2):
            for m in re.finditer(rf"(?=([\u4e00-\u9fff]{{{size}}}))", text):
                name = m.group(1)
                if any(name in f for f in found):
                    continue
                place = next(
                    (name + k for k in _LOCAL_PLACES if name + k in self.corpus_text), None
                )
                if place is not None and not any(f in place for f in found):
                    found.append(place)
        # "我在肥西开厂的": the asker's place among the reports' picks the report
        for region in sorted(self.regions, key=len, reverse=True):
            if len(region) >= 2 and region in text and not any(region in f for f in found):
                found.append(region)
        return " ".join(found)

    def target_and_result(self, query: Query) -> bool:
        """The question names one year and no frame, and among its place's reports one set
        targets for that year and a later one reviews it."""
        if len(query.years) != 1 or query.frame is not None:
            return False
        (year,) = query.years
        docs = [d for d in self.doc_year if self._of_place(d, query)]
        return any(self.doc_year[d] == year for d in docs) and any(
            self.doc_review[d] == year for d in docs
        )

    def only_planned(self, query: Query) -> bool:
        """The question names one year, and among its place's reports one set targets for
        it and none reviews it (小店区 2021: the 2021 report's targets, no 2022 report)."""
        if len(query.years) != 1:
            return False
        (year,) = query.years
        docs = [d for d in self.doc_year if self._of_place(d, query)]
        return any(self.doc_year[d] == year for d in docs) and not any(
            self.doc_review[d] == year for d in docs
        )

    def _of_place(self, doc_id: str, query: Query) -> bool:
        """The document is of a place the question names (or it names none)."""
        return self._of_places(doc_id, query.places)

    def _of_places(self, doc_id: str, places: tuple[str, ...]) -> bool:
        names = self.doc_places[doc_id]
        return not places or any(
            place in names or any(len(n) >= 3 and place.endswith(n) for n in names)
            for place in places
        )

    def others_name(self, query: Query) -> tuple[str, list[str]] | None:
        """A name the question uses that only reports of places it does not ask about write
        ("兴庆区宝湖里文旅街区…": only 金凤区's reports name 宝湖里): asked of the wrong place.
        The name, with the regions of the reports that write it."""
        if not query.places or len(self._place_sets) < 2:
            return None
        for term in sorted(self._names_asked(query), key=len, reverse=True):
            held = self.corpus_text.holding(term)
            # (its head too, where a name differs from others: "宝湖里…", not "科创板上市")
            head = self.corpus_text.holding(term[:2])
            if held and not any(
                self._of_places(self._doc_ids[i], query.places) for i in {*held, *head}
            ):
                return self._whole_name(term, query.text, held), list(
                    dict.fromkeys(self._doc_regions[i] for i in held)
                )
        return None

    def _whole_name(self, term: str, text: str, held: list[int]) -> str:
        """A term of the question grown over the characters around it while the same
        reports, and only they, still write it ("江湾中央商务区" in "北岸区阅江湾中央商务区…"
        is 阅江湾中央商务区)."""
        start = text.find(term)
        if start < 0:
            return term
        end = start + len(term)
        same = set(held)

        def kept(a: int, b: int) -> bool:
            found = self.corpus_text.holding(text[a:b])
            return bool(found) and set(found) <= same

        while start > 0 and kept(start - 1, end):
            start -= 1
        while end < len(text) and kept(start, end + 1):
            end += 1
        return text[start:end]

    def _names_asked(self, query: Query) -> list[str]:
        """The question's terms that may name a thing of one place's reports: three
        characters or more, the terms and two adjacent in the question as one ("长城"+"中路",
        "阅"+"海湾")."""
        pairs = zip(query.terms, query.terms[1:], strict=False)
        terms = [*query.terms, *(a + b for a, b in pairs if a + b in query.text)]
        return [
            t
            for t in terms
            if len(t) >= MIN_PLACE_NAME_TERM
            and not is_everyday_word(t)
            and not t.isascii()
            and t[0] not in _PLACE_KIND  # (the tail of a place named before: "姑苏区新签约")
            and _proper(t)
        ]

    def place_naming(self, query: Query) -> str | None:
        """In a corpus of several places, the one place whose reports alone write a name the
        question uses ("阅海湾中央商务区今年税收目标", only 金凤区's reports name 阅海湾): the
        place asked about, though not named; None when the question's names are every
        place's, or of several."""
        if query.places or len(self._place_sets) < 2 or _PLACE_ASKED.search(query.text):
            return None  # (nor when the place is what is asked: "…第二的是哪个区")
        found: set[frozenset[str]] = set()
        for term in self._names_asked(query):
            held = {self._doc_place_set[i] for i in self.corpus_text.holding(term)}
            if len(held) == 1:
                found |= held
        if len(found) != 1:
            return None
        return max(next(iter(found)), key=len)

    def newest_year(self, places: tuple[str, ...]) -> int:
        """The year of the newest report of the places named (of any, when none)."""
        return self._newest(places)

    def _newest(self, places: tuple[str, ...]) -> int:
        """The year of the newest report of the places named (of any, when none): worked
        out once per set of places, not per candidate passage."""
        newest = self._newest_of.get(places)
        if newest is None:
            newest = max(y for d, y in self.doc_year.items() if self._of_places(d, places))
            self._newest_of[places] = newest
        return newest

    def _year_ok(self, p: Passage, query: Query) -> bool:
        """A question naming a year is answered only by passages about that year; one naming
        years side by side ("2024年…比2023年扩大了吗") by passages about any of them."""
        return _each_or_side_by_side(
            [p.years == str(year) or f"{year}年" in p.text for year in query.years]
        )

    def contradiction(self, query: Query, p: Passage) -> str | None:
        """A premise word of the question that the passage states the opposite of."""
        ctx = self.context[p.id]
        asked = DIRECTION_ASKED.sub("，", query.text)  # "增加还是减少" presumes neither
        for word, opposites in self.lexicon.contradictions.items():
            if (
                word in asked
                and not self._premise_stated(word, opposites, ctx)
                and any(o in ctx for o in opposites)
            ):
                return word
        return None

    def _premise_stated(self, word: str, opposites: list[str], ctx: str) -> bool:
        """The text says the premise word, or, for an English one ("decline"), a Chinese word
        of its sense: one with all its opposites ("下降", "减少")."""
        if word in ctx:
            return True
        return word.isascii() and any(
            kin in ctx
            for kin, theirs in self.lexicon.contradictions.items()
            if not kin.isascii() and set(opposites) <= set(theirs)
        )


# A place named as the question's subject: at its start, or after a year, 在 or 问
_PLACE_NAME = re.compile(
    r"(?:^|(?<=[年在问\s，,]))([\u4e00-\u9fff]{1,4}?(?:区|县|市|旗))"
    # named as the subject: before a year, 的, GDP or the district it is the city of
    r"(?=\d|[今去明前]年|的|gdp|[\u4e00-\u9fff]{1,3}[区县])"
)
# Characters of words that end in 区/县/市 without naming one (本区, 哪个县, 小区, 今年城市,
# 的地区): a place's own name holds none of them
_NOT_A_NAME = set("本该我咱这那哪全各每其此社小园片景校辖市县区年今去明的地个街院厂")
# A district named for its quarter of the city ("市南区", "市北区", "市中区")
_CITY_QUARTER = re.compile(r"^市[东南西北中]区$")
# Words ending in 市 that name a market or a listing, no city ("实际上市的是哪家", "超市")
_NOT_A_CITY = re.compile(r"(?:上|超|夜|早|菜|股|楼|车|门|集|开|休|闭|退|城)市$")
# Places of a generic kind, no name: "主城区", "老城区" ("相城区" is a name)
_GENERIC_PLACE = re.compile(r"^[主老新古]?城[区市]$")


def is_everyday_word(word: str) -> bool:
    """A word so common in general Chinese ("地方", "公司") that it is wording, not topic."""
    from jieba import dt  # the dictionary the tokenizer already loaded

    return dt.FREQ.get(word, 0) >= EVERYDAY_FREQ


def _numbered_key(name: str) -> tuple[float | None, str]:
    """A numbered name's number and kind: "第37届" and "第三十七届" are one."""
    digits = name.strip("第")
    kind = digits.lstrip("0123456789一二三四五六七八九十百千")
    number = digits[: len(digits) - len(kind)]
    value = float(number) if number.isdigit() else parse_chinese_numeral(number)
    return value, kind


def numbered_names(text: str) -> set[str]:
    """Numbered things a text names: "6号线", "二期", "第二届"."""
    return {m.group(0) for m in _NUMBERED.finditer(text)}


# A rank within a region named just before it ("南京排第一", "全省范围内位居前列")
_RANKED_AFTER = re.compile(
    r"[市省]?(?:范围内|内|各区中?)?(?:排名?|第[一二三四五]|前列|首位|位居|位列|率先)"
)
_RANKED_EN = re.compile(r"\b(?:rank(?:s|ed|ing)?|first|top|highest|best|leading)\b", re.IGNORECASE)


_ROUND = {"10": "十", "100": "百", "1000": "千", "10000": "万"}


def _match(term: str, expansions: tuple[str, ...], context: str) -> float:
    """1 if the term or one of its report terms is in the context; partial credit by characters.
    A figure is matched as a whole number: "6%" is not in "增长6.6%"."""
    if term[:1].isdigit():
        whole = rf"(?<![\d.]){re.escape(term)}" + (r"(?!\.?\d)" if term[-1].isdigit() else "")
        # a round number as the reports write it: "100亿元" is their "百亿元"
        said = _ROUND.get(term)
        written = (
            rf"(?<![\d一二两三四五六七八九十百千万]){said}(?=[亿万千百元家个人项])" if said else ""
        )
        return float(bool(re.search(whole, context) or written and re.search(written, context)))
    if term in context or any(e in context for e in expansions):
        return 1.0
    if len(term) >= 2 and not term.isascii() and in_order(term, context):
        return 0.8  # "综合执法" in "综合行政执法局", "税费" in "减税降费"
    if len(term) >= 4 and not term.isascii() and _reordered(term, context):
        return 0.8  # "城镇新增就业" in "新增城镇就业"
    if len(term) >= 2 and not term.isascii():
        share = sum(1 for ch in term if ch in context) / len(term)
        return 0.5 * share if share >= 0.5 else 0.0
    return 0.0


def _plan_named(p: Passage) -> str:
    """The name of the five-year plan a look-back passage covers, when its words lack it."""
    plan = span_plan(p.years) if p.frame == FRAME_SPAN else None
    return f" {plan}" if plan and plan not in p.text else ""


@lru_cache(maxsize=4096)
def _proper(term: str) -> bool:
    """The term holds a proper name by the tokenizer's tags (of a place or a person:
    "长城中路", "阅海湾", "宝湖里"), not only common words ("累计入驻") or names of things
    many places have ("上交所", "中央商务区")."""
    from jieba import posseg

    return any(w.flag in _PROPER_TAGS for w in posseg.lcut(term))


_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg"})
_PLACE_KIND = frozenset("区县市旗省镇乡")


@lru_cache(maxsize=65536)
def _words_of(term: str) -> tuple[str, ...]:
    """A term's words of two characters or more, when they spell all of it."""
    words = tuple(w for w in tokenize(term) if len(w) >= 2)
    spelt = set("".join(words))
    return words if len(words) >= 2 and spelt >= set(term) else ()


def _reordered(term: str, context: str) -> bool:
    """Every word of the term is in the context, close together, in some order."""
    words = _words_of(term)
    if not words or not all(w in context for w in words):
        return False
    window = 2 * len(term) + 2
    start = context.find(words[0])
    while start >= 0:
        near = context[max(0, start - window) : start + window]
        if all(w in near for w in words[1:]):
            return True
        start = context.find(words[0], start + 1)
    return False


def _each_or_side_by_side(met: list[bool]) -> bool:
    """Every year asked is met, or, of several asked side by side, one is."""
    return all(met) or (len(met) > 1 and any(met))


def _year_scope(p: Passage, query: Query) -> bool:
    """True when the passage as a whole speaks of the year(s) the question names."""
    return all(p.years == str(y) for y in query.years)


def _frame_bonus(p: Passage, query: Query) -> float:
    """Prefer passages of the time frame asked about; penalize the other frames."""
    if p.frame not in _TIMED_FRAMES:
        return 0.0
    if query.frame == FRAME_RESULTS and _only_targets_of(p.text, query.years):
        return -0.25  # a review's table row "城镇新增就业2025年目标1.2万人": the next year's target
    if query.frame is None:
        # an undated question wants the latest precise figure, not the five-year summary
        return {FRAME_RESULTS: 0.05, FRAME_SPAN: -0.05}.get(p.frame, 0.0)
    if query.frame == FRAME_TARGETS and p.frame == FRAME_RESULTS and "目标" not in p.text:
        return -0.25  # a result, even one naming its year ("实际使用外资2024年1.85亿美元")
    if p.frame != query.frame and any(f"{y}年" in p.text for y in query.years):
        return -0.1  # another frame that names the year asked about: a summary, not the source
    return 0.15 if p.frame == query.frame else -0.25


def _only_targets_of(text: str, years: tuple[int, ...]) -> bool:
    """Every time the text names a year asked, it names that year's target ("2025年目标")."""
    found = [m for y in years for m in re.finditer(rf"{y}年", text)]
    return bool(found) and all(_TARGET_AFTER.match(text, m.end()) for m in found)


_TARGET_AFTER = re.compile(r"(?:的|主要|预期|计划)*目标")


def _quoted_figures(text: str) -> tuple[str, ...]:
    """The figures a question quotes with their unit, as written ("10亿美元", "30幢")."""
    return tuple(
        q.raw
        for q in extract_quantities(text)
        if q.unit and not q.ordinal and not q.attributive and any(c.isdigit() for c in q.raw)
    )


def _shape_bonus(p: Passage, query: Query) -> float:
    """Prefer sentences with figures for "how much" and whole sentences over bare titles."""
    bonus = 0.0
    if query.wants_number:
        bonus += 0.05 if has_figure(p.text) else -0.1
    if query.wants_date:
        bonus += 0.15 if MONTH_DAY.search(p.text) else 0.0
    if p.kind == "heading" and not query.wants_list:
        bonus -= 0.1
    if p.lead and p.text.endswith(p.lead.lstrip("—")) and len(p.text) <= len(p.lead) + 2:
        bonus -= 0.1  # a lead phrase alone ("产业结构更趋完善。") answers little
    if p.frame == FRAME_NONE and p.kind == "meta" and query.frame in _TIMED_FRAMES:
        bonus -= 0.05
    return bonus


def _normalized(scores: dict[str, float]) -> dict[str, float]:
    """Scale scores to 0..1 within this candidate list."""
    if not scores:
        return {}
    hi, lo = max(scores.values()), min(scores.values())
    span = hi - lo
    if span <= 1e-9:
        return {k: 1.0 for k in scores}
    return {k: (v - lo) / span for k, v in scores.items()}


def _paragraph_texts(index: PassageIndex) -> dict[str, str]:
    """Each passage's whole paragraph (normalized), for concepts stated next door."""
    groups: dict[tuple[str, int], list[Passage]] = {}
    for p in index.passages:
        groups.setdefault((p.doc_id, p.paragraph), []).append(p)
    out = {}
    for members in groups.values():
        text = normalize(
            "".join(embedding_text(members[0]) if i == 0 else m.text for i, m in enumerate(members))
        )
        out.update({m.id: text for m in members})
    return out

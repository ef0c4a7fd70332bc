"""The answering core: `Answerer.answer(question, history) -> Answer` (no adapters here)."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Self

from wenzheng.bot.core.attainment import states_attainment
from wenzheng.bot.core.compose import (
    combine,
    compose,
    delivered_on,
    outline,
    own_case,
    partial,
    refusal,
    speaker,
    with_clause,
)
from wenzheng.bot.core.decide import DecisionModel, Features
from wenzheng.bot.core.english import EnglishOpener
from wenzheng.bot.core.figures import agree, is_measure
from wenzheng.bot.core.lexicon import Lexicon
from wenzheng.bot.core.message import each_year, questions_in
from wenzheng.bot.core.pinyin_places import foreign_pinyin_place
from wenzheng.bot.core.query import (
    EnglishWords,
    Query,
    asks_target_and_result,
    dated,
    detect_frame,
    english_reading,
    is_explicit_followup,
    stay_with,
    understand,
    without_frame_words,
)
from wenzheng.bot.core.rank import MIN_COVERAGE, Ranker, Scored, is_everyday_word
from wenzheng.bot.core.slot import (
    CHANGE_WORDS,
    SENTENCE_PART_MARKS,
    SLOT_NOUNS,
    Fill,
    Slot,
    filling_figures,
    fills,
    named_target,
    noun_heads,
    part_asked,
    read_slot,
    span_around,
    states_own_figure,
    target_met,
)
from wenzheng.bot.core.spelling import Speller, vocabulary
from wenzheng.bot.core.status import (
    STAGE_ASKED,
    clause_naming,
    kept_on_time,
    named_thing,
    other_side,
)
from wenzheng.bot.core.types import Answer, Retrieved
from wenzheng.bot.core.yesno import (
    as_claim,
    english_claim,
    is_yes_no,
    is_yes_no_english,
    opening,
    unstated_qualifier,
)
from wenzheng.corpus.model import (
    FRAME_NONE,
    FRAME_RESULTS,
    FRAME_SPAN,
    FRAME_TARGETS,
    Document,
    DocumentMeta,
    Passage,
)
from wenzheng.corpus.places import covered_places, level_names
from wenzheng.corpus.quantities import extract_quantities, has_figure, without_figures
from wenzheng.corpus.text import normalize
from wenzheng.corpus.time import GOAL_YEAR, PLAN_PERIOD, YEAR_NIAN, YEARS_COUNT
from wenzheng.corpus.units import unit_word
from wenzheng.index.build import PassageIndex, Progress, open_index, passage_words
from wenzheng.index.crosslingual import Encode, TermMatcher, use_encoder
from wenzheng.index.dictionary import Dictionary
from wenzheng.index.embedders import Embedder, load_embedder
from wenzheng.index.keyword import add_words, cut_words, in_dictionary, use_cache_dir
from wenzheng.index.search import BM25Retriever, DenseRetriever, FusionRetriever

from wenzheng.errors import InputError
from wenzheng.settings import Settings

if TYPE_CHECKING:
    from wenzheng.index.lc import PassageRetriever

log = logging.getLogger(__name__)

# What a clause holding a figure that fills the slot gains in the choice of clauses to quote
FILLED_BONUS = 0.5

# An answer opened with 是 or 否 (`yesno.opening`): the yes/no question is settled
_YES_NO_OPENED = re.compile(r"^[是否][。，]")
# A time within a year a yes/no question asks about ("年中就通车", "上半年建成", "9月")
_TIME_OF_YEAR = re.compile(
    # (a target "年初定的计划" is no time asked)
    r"年中|年初(?![^，。？?]{0,4}(?:计划|目标|预期|任务))|年底|年末|上半年|下半年|[一二三四]季度|\d{1,2}月|[春夏秋冬](?=[季天])"
)


def _untold_time(asked: str, answer: Answer) -> bool:
    """The question asks whether a thing happens at a time within the year that none of the
    answer's quotes states (an undecided yes/no: the report does not say)."""
    times = set(_TIME_OF_YEAR.findall(asked))
    quotes = "".join(c.quote for c in answer.citations)
    return bool(times) and not any(t in quotes for t in times)


# A question whether a target was met ("目标达没达到", "完成了吗")
_ASKS_MET = re.compile(
    r"达没达到|达到了?[吗没]|有没有达到|完成了?[吗没]|有没有完成|是否完成|实现了?[吗没]|"
    r"是否实现|是否达到|达标了?[吗没]|完成得怎么样|完成情况|"
    r"(?<=目标)[^。？?]{0,12}(?:破|突破|超过|过|到)了?[吗没]|"  # "营收目标是多少，破了没"
    # "达到28微克的目标了吗", "超过年初目标了吗"
    # "达到年初计划的金额了吗"
    r"(?:达到|完成|实现|达成|超过|超额完成|突破)(?P<gap>[^。？?]{0,14}?)(?:目标|计划|预期)"
    r"(?:的?(?:金额|数额|数量|数字|数|值|规模|水平|要求))?了?[吗没]"
)
# A comparison asked of two figures ("比去年实际完成的多", "更高"): the word says which way
_COMPARED = re.compile(r"比[^，。？?]{0,14}?(多|高|大|快|少|低|小|慢)|更(多|高|大|快|少|低|小|慢)")
# Two years compared ("去年…比前年多吗", "2024年…比2023年下降了吗"): the year after 比, and
# which way (a level higher or lower, or a rise or fall between them)
_YEAR_WORD = r"(?:19|20)\d\d年|去年|前年|今年|上一?年"
_A_YEAR = re.compile(_YEAR_WORD)
_YEARS_COMPARED = re.compile(
    rf"比(?P<b>{_YEAR_WORD})(?:定的|同期|的)*(?P<frame>目标|计划)?的?"
    r"(?:(?P<way>多|高|大|快|少|低|小|慢)|(?P<change>增加|增长|上升|提高|下降|减少|降低|回落))"
)
_RISE = frozenset({"增加", "增长", "上升", "提高"})
# What was done asked ("增长了多少", "实际新增"), and a plan asked
_DONE_ASKED = re.compile(
    r"(?:增长|下降|增加|减少|新增|建成|完成|实现|达到|提高|降低|改造|引进|接待)了|实际|最终|到底"
)
_PLAN_ASKED = re.compile(r"要|计划|目标|预期|打算|准备|力争|将|预计")
# Two things of one year compared ("农村居民收入增速比城镇居民快吗", "GDP增速比社零增速高吗")
_THINGS_COMPARED = re.compile(
    r"比(?P<b>[\u4e00-\u9fffA-Za-z\d.]{2,16}?)(?:的)?(?:还|更)?(?P<way>多|高|大|快|少|低|小|慢)"
)
# What after 比 is no thing of its own: a time, a frame, the year before ("比上年", "比目标")
_NOT_A_THING = re.compile(
    r"^(?:上一?年|去年|前年|同期|往年|以前|之前|过去|年初|目标|计划|预期|全[国省市区县]|平均)|"
    r"(?:19|20)\d\d|目标|计划|预期|完成"
)
# A place or a year opening a question ("松湾区2024年"), kept for the other thing compared
_OPENING = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,6}?(?=(?:19|20)\d\d年|[今去前]年)|[\u4e00-\u9fff]{2,6}?[区县市])?"
    r"(?:(?:19|20)\d\d年|[今去前]年)?"
)
_FRAME_WORD = re.compile(r"目标|计划")
_YES_NO_WORDS = re.compile(r"是不是|是否|有没有|会不会|还是")
# The words asking it, taken out before the indicator is looked up
_MET_WORDS = re.compile(
    r"(?:当初|年初|原来|原先|当年)?(?:定的|确定的|制定的|设定的|提出的|定下的)?的?(?:目标|计划|预期)|"
    + _ASKS_MET.pattern
)
# A question about who delivered a report ("报告是谁作的", "who delivered the report")
_WHO_DELIVERED = re.compile(
    r"报告.{0,12}(?:谁|哪位(?:区长|市长|县长)?)(?:作|做|讲|宣读|发布)|"
    r"(?:谁|哪位(?:区长|市长|县长)?)(?:作|做|讲|宣读)了?.{0,8}报告|报告人|"
    r"who (?:delivered|gave|presented|made|read)\b.*\breport|"
    # the head of the place is the one who delivers its report
    r"(?:区长|县长|市长)是谁|谁是(?:区长|县长|市长)|"
    r"who is (?:the )?(?:head|mayor|district head|county head|chief)\b"
)
# A yes/no question naming the head of the place ("区长还是田志宏吗", "县长是不是王某某")
_HEAD_NAMED = re.compile(
    r"(?:区长|县长|市长|旗长)(?:还是|是不是|是否是|是否|是)(?P<name>[\u4e00-\u9fff]{2,4}?)"
    r"(?:了)?(?:吗|么|嘛|吧|呢)?[?？]?$"
)
# A person asked of which place they are ("区长韩立新是哪个区的", "韩立新是哪里的区长")
_PLACE_OF_PERSON = re.compile(r"哪(?:一|个)?(?:区|县|市|旗|里)|哪儿")
# A relative year word left in a question's text ("今年…的目标是…吗"): the claim dates it
_RELATIVE_WORD = re.compile(r"今年|去年|前年|上一年")
# When the report was delivered ("报告是哪天作的"); which meeting heard it is asked of the
# passages, as the notice or the title line states it
_WHEN_DELIVERED = re.compile(
    r"报告.{0,12}(?:哪一?天|什么时候|啥时候|何时|几月几[号日]|日期)|"
    r"(?:哪一?天|什么时候|何时)(?:作|做)了?.{0,8}报告|"
    r"(?:when|what date|which day|what day)\b.*\breport\b"
)
# The day asked beside the speaker ("是谁作的，哪天作的", "who delivered it, and on what date")
_WHEN_ASKED = re.compile(
    r"哪一?天|什么时候|啥时候|何时|几月几[号日]|日期|\bwhen\b|what date|which day"
)
# What a change is measured against: no topic of its own ("比上年增长了多少")
_COMPARED_WITH = frozenset({"比上年", "较上年", "同比", "比去年", "较去年", "上年"})
# Words of the stretch of years asked ("“十四五”以来四年累计…"): they pick the passage, and a
# figure of a look-back's list names them once, at the sentence's opening
_STRETCH_WORD = re.compile(
    rf"(?:{PLAN_PERIOD}|以来|期间|时期|[一二两三四五六七八九十\d]+年|头|近)+"
)
# A passage stating the asked indicator's own figure is preferred to a better-ranked one of
# the same report and frame within this score margin, among this many
OWN_FIGURE_MARGIN, OWN_FIGURE_WINDOW = 0.25, 4
FILLING_MARGIN = 0.2  # how far behind a passage giving the figure asked may rank to go first
FILLING_MARGIN_COVERED = 0.35  # ... when it covers the question's words as fully as the best
_NOUN_TAGS = ("n",)
SECOND_PASSAGE_MARGIN = 0.1  # a runner-up this close to the best passage is cited too
LIST_PASSAGE_MARGIN = 0.12  # for "哪些…" questions, items may sit in neighbouring sentences


# A yes/no claim without figures is confirmed when its passage holds this share of its words.
YES_COVERAGE = 0.9
KEY_SHARE = 0.5  # what words lacking the question's most telling term count for in binding


def with_place_names(lexicon: Lexicon, documents: Sequence[Document]) -> Lexicon:
    """The lexicon, with the documents' place names in pinyin as English words (gulou → 鼓楼),
    in their usual reading and in their characters' other readings (中牟 is Zhongmu, and
    often written Zhongmou)."""
    english = dict(lexicon.english)
    places: dict[str, str] = {}
    for name in sorted({n for d in documents for n in level_names(d.meta.region)}, key=len):
        stem = name[:-1] if len(name) > 2 and name[-1] in "省市县区" else name
        for syllables in _place_readings(stem):
            # "Baoan", "Bao An", and with the apostrophe or hyphen between syllables ("Bao'an")
            for spelling in {"".join(syllables), " ".join(syllables)} | {
                mark.join(syllables) for mark in ("'", "’", "-")
            }:
                english.setdefault(normalize(spelling), stem)
            places.setdefault(normalize("".join(syllables)), stem)
    return replace(lexicon, english=english, place_pinyin=places)


def _place_readings(name: str, most: int = 4) -> list[tuple[str, ...]]:
    """A place name's syllables: the usual reading first, then its characters' others."""
    from itertools import islice, product

    from pypinyin import Style, lazy_pinyin, pinyin

    usual = tuple(lazy_pinyin(name))
    each = [pinyin(c, style=Style.NORMAL, heteronym=True)[0] for c in name]
    return list(dict.fromkeys([usual, *islice(product(*each), most)]))


@dataclass(frozen=True)
class Candidate:
    """A question as understood, the answer its best passages give, and the decision's inputs."""

    query: Query
    answer: Answer
    features: Features | None = None


class Answerer:
    """The loaded corpus, index and lexicon, answering questions."""

    def __init__(
        self,
        index: PassageIndex,
        lexicon: Lexicon,
        top_k: int = 5,
        history_turns: int = 3,
        encode_terms: Encode | None = None,
        terms_cache: Path | None = None,
        english_dictionary: bool = False,
    ) -> None:
        """`encode_terms` embeds English phrases and report nouns alike, to read the English
        words the glossary lacks as the nouns nearest to them (their vectors kept in
        `terms_cache`); `english_dictionary` reads them first as the report words an
        English-Chinese dictionary glosses them as (kept in `terms_cache` too); without
        either such words stay unread."""
        self.index = index
        self.lexicon = with_place_names(lexicon, index.documents)
        self.top_k = top_k
        self.history_turns = history_turns
        self.ranker = Ranker(index, self.lexicon)
        self.docs = {d.meta.id: d for d in index.documents}
        self.decision = DecisionModel.load()
        self.english = EnglishOpener(self.lexicon, index.documents)
        words = index.take_words()
        self.words = vocabulary(words.get(p.id) or passage_words(p) for p in index.passages)
        self.terms = TermMatcher(self.nouns, encode_terms, terms_cache) if encode_terms else None
        self.dictionary: Dictionary | None = None
        if english_dictionary:
            self.dictionary = Dictionary(self._written, self._fingerprint, terms_cache)
        self.speller = Speller(
            # the regions' names too: jieba cuts "高淳区" in two, and "高纯区" is a slip for it
            self.words | self.ranker.regions | set(lexicon.synonyms) | lexicon.report_terms,
            self.ranker.corpus_text,
            cut_words,
            is_everyday_word,
        )
        # the query side must cut words as the index did
        add_words(lexicon.domain_words(in_dictionary))
        # load the tokenizers now, once: the Telegram adapter calls answer() from threads
        self._understand("地区生产总值是多少", ())

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        embedder_factory: Callable[[], Embedder] | None = None,
        progress: Progress | None = None,
    ) -> Self:
        """Open (building if needed) the index named by the settings and load the lexicon."""
        lexicon = Lexicon.load()
        use_cache_dir(settings.cache_dir)  # before the dictionary is read (domain words)
        factory = embedder_factory or (
            lambda: load_embedder(settings.embedding_model, settings.models_dir)
        )
        index = open_index(
            settings, factory, domain_words=lexicon.domain_words(in_dictionary), progress=progress
        )
        return cls(
            index,
            lexicon,
            top_k=settings.top_k,
            history_turns=settings.history_turns,
            encode_terms=use_encoder() if settings.english_terms else None,
            terms_cache=settings.data_dir / "terms",
            english_dictionary=settings.english_terms,
        )

    def nouns(self) -> list[str]:
        """The corpus's nouns an English phrase may stand for (jieba's tags of the words)."""
        from jieba import posseg

        return [
            w
            for w in self.words
            if 2 <= len(w) <= 8
            and re.fullmatch(r"[\u4e00-\u9fff]+", w)
            and posseg.lcut(w)[-1].flag.startswith(_NOUN_TAGS)
        ]

    def _english_name(self, latin: str) -> str | None:
        """The report word a name in pinyin spells ("shiqiu" → 石湫; no everyday word:
        "women" is no 我们)."""
        word = self.speller.word_spelt(latin)
        return word if word is not None and not is_everyday_word(word) else None

    def _english_words(self, phrase: str) -> list[str]:
        """The report words an English-Chinese dictionary glosses a phrase as, longest first."""
        return self.dictionary.words(phrase) if self.dictionary is not None else []

    def _fingerprint(self) -> str:
        """The corpus's documents, as a key of what is kept beside the index."""
        digest = hashlib.blake2b(digest_size=12)
        for d in sorted(self.index.documents, key=lambda d: d.meta.id):
            digest.update(f"{d.meta.id}\n{d.text}\n".encode())
        return digest.hexdigest()

    def _english_term(self, phrase: str) -> tuple[str, float] | None:
        """The report noun nearest in meaning to an English phrase, with its cosine."""
        best = self.terms.nearest(phrase, 1) if self.terms is not None else []
        return best[0] if best else None

    def documents(self) -> list[DocumentMeta]:
        """Metadata of the documents the service knows."""
        return [d.meta for d in self.index.documents]

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        """Answer a citizen's message from the reports, or say plainly they do not say.

        A message may hold greetings, typos and two questions: each question it asks is
        answered in turn (a later one may lean on an earlier one), in one reply.
        """
        if not question or not question.strip():
            raise InputError("the question is empty")
        history = list(history)[-self.history_turns :] if self.history_turns > 0 else []
        earlier = [q for h in history for q in self.questions(h)]
        answers = []
        asked_all = self.questions(question)
        for i, asked in enumerate(asked_all):
            answer = self.answer_question(asked, earlier, original=question)
            answers.append(answer)
            if i + 1 < len(asked_all):  # (only a next question of the message leans on it)
                earlier = [*earlier, self._placed(asked, answer)]
        return combine(question, answers)

    def _placed(self, asked: str, answer: Answer) -> str:
        """A question as the next one of its message leans on it: naming the place its answer
        is from when it named none ("区中医医院新院区是哪个月建成投用的？新增了多少张床位？":
        the beds are the answered hospital's, not another district's)."""
        cited = {self.docs[p.doc_id].meta.region for p in self.cited_passages(answer)}
        if answer.refused or len(cited) != 1 or self._understand(asked, ()).places:
            return asked
        return next(iter(cited)) + asked

    def questions(self, message: str) -> list[str]:
        """The questions of a message, with slips of pinyin input corrected."""
        asked = questions_in(message, self.ranker.names_in, self._written)
        return [self.speller.correct(normalize(y)) for q in asked for y in each_year(q)]

    def answer_question(
        self,
        question: str,
        history: Sequence[str],
        original: str | None = None,
        frame: str | None = None,
        dating: bool = True,
    ) -> Answer:
        """Answer one question: understand, rank, compose the candidate answer, decide; a
        yes/no question on a project's stage also gets the other side (`_with_status`)."""
        answer = self._answer_question(question, history, original, frame, dating)
        return self._with_status(question, answer) if frame is None else answer

    def _with_status(self, question: str, answer: Answer) -> Answer:
        """ "…新院区去年建成投用了吗" answered from a review, unless it says done: the newest
        later plan for the same thing follows (when it is now due); answered from a plan: the
        outcome of its year the next report states. Only passages of the cited place."""
        asked = normalize(question)
        if (
            answer.refused
            or not is_yes_no(asked)
            or not STAGE_ASKED.search(asked)
            or has_figure(re.sub(r"\d{1,2}月(?:\d{1,2}[日号])?", "", YEAR_NIAN.sub("", asked)))
        ):
            return answer
        cited = self.cited_passages(answer)
        for p in cited:
            name = named_thing(asked, p.text)
            if name and clause_naming(p.text, name):
                break
        else:
            return answer
        if (
            p.frame == FRAME_RESULTS
            and _YES_NO_OPENED.match(answer.text)
            and answer.text[0] == "是"
        ):
            return answer  # done: no plan to add
        region = self.docs[p.doc_id].meta.region
        near = [
            x for x in self.retrieve_passages(name, 20) if self.docs[x.doc_id].meta.region == region
        ]
        other = other_side(p, near, name)
        if other is None or other.id in {c.id for c in answer.citations}:
            return answer
        clause = clause_naming(other.text, name)
        if clause is None:
            return answer
        shown = with_clause(answer, other, clause, self.docs)
        planned = clause_naming(p.text, name) or ""
        if p.frame == FRAME_TARGETS and not _YES_NO_OPENED.match(answer.text):
            kept = kept_on_time(planned, clause)  # "有没有按计划…投入使用": the outcome says
            if kept is not None:
                shown = replace(shown, text=opening(kept, asked) + shown.text)
        return shown

    def _answer_question(
        self,
        question: str,
        history: Sequence[str],
        original: str | None = None,
        frame: str | None = None,
        dating: bool = True,
    ) -> Answer:
        """Answer one question: understand, rank, compose the candidate answer, decide.

        A year one report of the place set targets for and a later one reviews, asked without
        saying which: the target and the result, each cited from its own report. `dating`:
        "去年" asked with both is first read as the year it names.
        """
        candidate = self.candidate(question, history, original, frame)
        if candidate.query.block:
            return candidate.answer  # refused by what it asks, whatever else it names
        if frame is None and is_yes_no(candidate.query.text):
            asked = _as_compared(candidate.query)
            compared = self._years_compared(asked, history, original)
            compared = compared or self._target_against_result(asked, history, original)
            compared = compared or self._things_compared(asked, history, original)
            if compared is not None:
                return compared
        # "当初定的目标达没达到" (compared) and "计划多少，实际多少" ask for both, whatever
        # frame their words suggest, when the corpus holds a target and a result of the year
        asks_met = frame is None and bool(_ASKS_MET.search(question))
        query = candidate.query
        asks_both = frame is None and (
            asks_met or asks_target_and_result(_asked_words(query), self.lexicon)
        )
        if dating and asks_both and not query.years:
            # "去年计划多少，实际多少": 去年 is the year the newest report reviews, its target
            # in the report before; asked as that year, each frame finds its own report
            year = dated(question, self.ranker.newest_year(query.places))
            if year != question:
                as_year = self.answer_question(year, history, original or question)
                if is_yes_no(query.text):  # "去年完成目标了吗": what the checker settles first
                    plain = self.answer_question(question, history, original, dating=False)
                    opened = _YES_NO_OPENED.match(plain.text)
                    if opened and not as_year.text.startswith(opened.group(0)):
                        return plain
                    if opened:  # as the year, with its target and result, and what decided
                        return _also_citing(as_year, plain)
                return as_year
        # (no year named, "两年行动…的目标和结果": each frame's own passages, whatever year)
        both_asked = asks_both and (
            (
                not query.years
                and query.relative is None
                and dated(question, self.ranker.newest_year(query.places)) == question
            )
            or self.ranker.target_and_result(replace(query, frame=None))
        )
        asks_met = asks_met and both_asked
        if asks_met:
            # the indicator, not the ask ("完成的老旧小区改造数量达到当年计划了吗": its words kept)
            question = _MET_WORDS.sub(lambda m: _gap_words(m.group("gap")), question) or question
        elif both_asked:  # "年度目标和实际完成数分别是多少": each frame is asked on its own
            question = without_frame_words(question, self.lexicon) or question
        if frame is None and (both_asked or self.ranker.target_and_result(query)):
            both = [
                self.answer_question(question, history, original, f)
                for f in (FRAME_TARGETS, FRAME_RESULTS)
            ]
            if asks_met and any(a.refused for a in both):
                # "10亿元以上签约项目达到计划数了吗": what was met is a figure the indicator's
                # words alone do not ask for; asked as its amount, each frame may state it
                amount = question.rstrip("？?。 ") + "是多少？"
                counted = [
                    self.answer_question(amount, history, original, f)
                    for f in (FRAME_TARGETS, FRAME_RESULTS)
                ]
                if all(not a.refused for a in counted):
                    both = counted
            planned, done = both
            cited = self.cited_passages(candidate.answer)
            if (
                done.refused
                and not planned.refused
                and not asks_both
                and not is_yes_no(query.text)  # (settled by the checker, below)
                and cited
                and all(p.frame == FRAME_TARGETS for p in cited)
            ):
                # "2024年新建口袋公园多少个" of a year a later report reviews, which does not
                # say: the year's plan is what the report says, not what was done
                return partial(query, planned, why="plan only")
            if all(not a.refused for a in both):
                combined = combine(original or question, both)
                if asks_met:
                    return self._with_target_met(query, both, combined)
                if not query.followup and not query.english and is_yes_no(query.text):
                    # "2022年社零是增长的吗": the year's target and result, opened with 是/否
                    # when the fact-checker decides the claim
                    settled = self.settle_yes_no(self._claim_of(query), combined, True)
                    return combined if settled is None else settled
                return combined
        if candidate.features is None:
            return candidate.answer  # refused before any passage was weighed
        decision = self.decision.decide(candidate.features)
        answer = replace(candidate.answer, confidence=round(decision.probability, 4))
        if (
            frame is None
            and decision.answer
            and _DONE_ASKED.search(query.text)
            and not _PLAN_ASKED.search(query.text)
            and not is_yes_no(query.text)  # (settled by the checker, below)
            and self.ranker.only_planned(query)
            and all(p.frame == FRAME_TARGETS for p in self.cited_passages(answer))
        ):
            # "小店区2021年地区生产总值增长了多少" with only the year's target in the corpus:
            # the plan is what the reports say, not what was done
            return partial(query, answer, why="plan only")
        if frame is None and query.followup and not query.english and is_yes_no(query.text):
            # "其中备案的是不是有4家": the claim names only what the follow-up adds, so no
            # checker weighs it; a clause of the answer's passages stating its figure does
            settled = (
                self._figure_settled(self._claim_of(query), answer)
                if decision.answer and answer.citations
                else None
            )
            if settled is not None:
                return settled
        if frame is None and not query.followup and not query.english and is_yes_no(query.text):
            settled = self.settle_yes_no(self._claim_of(query), answer, decision.answer)
            if settled is not None:
                return settled
            if decision.answer and _untold_time(query.text, answer):
                # "锦江路北段是不是年中就通车" against "完成锦江路北段建设": no 年中 said
                return partial(query, answer, why="time not stated")
        if frame is None and query.english and is_yes_no_english(query.original):
            claim = english_claim(query.original, self._english_reading)
            settled = (
                self.settle_yes_no(claim, answer, decision.answer, english=True) if claim else None
            )
            if settled is not None:
                return settled
        if not decision.answer:
            return partial(query, answer, why=decision.why)
        return self.in_english(query, answer) if query.english else answer

    def _years_compared(
        self, query: Query, history: Sequence[str], original: str | None
    ) -> Answer | None:
        """ "去年实际使用外资比前年多吗", "去年PM2.5比前年下降了吗": the thing asked of each
        year, each answered on its own, opened with 是/否 by comparing their figures (a rise
        or fall asked compares levels, not two growth rates). None when the question compares
        no two years, or a figure is missing."""
        m = _YEARS_COMPARED.search(query.text)
        if m is None:
            return None
        head = _YES_NO_WORDS.sub("", query.text[: m.start()])
        years = list(_A_YEAR.finditer(head))
        own = years[-1] if years else None  # the year of the thing compared
        if own is None or (m.group("frame") and not _FRAME_WORD.search(head)):
            return None  # no year of its own; or a target against a result (another compare)
        against = m.group("b")
        stated = re.match(r"((?:19|20)\d\d)年", own.group(0))
        if stated and re.fullmatch(r"上一?年", against):
            # "2022年社零比上年增长了吗": the year before the one named, not before today's
            against = f"{int(stated.group(1)) - 1}年"
        other = head[: own.start()] + against + head[own.end() :]
        # each year's figure asked ("…实际使用外资是多少")
        pair = [self.answer_question(f"{q}是多少", history, original) for q in (head, other)]
        if any(a.refused for a in pair):
            return None
        frame = FRAME_TARGETS if _FRAME_WORD.search(head) else FRAME_RESULTS
        topic = head[: own.start()] + head[own.end() :]
        covers = self._covers(self._understand(head, history))
        first, second = self._asked_figures(topic, pair, covers, (frame, frame))
        if first is None or second is None or first.passage.id == second.passage.id:
            return None
        mine, theirs = first.quantity, second.quantity
        change = m.group("change")
        if mine.unit != theirs.unit or (change and mine.unit in ("%", "个百分点")):
            return None
        more = (m.group("way") or "") in "多高大快" if m.group("way") else change in _RISE
        return _compared(query, original, pair, mine.value, theirs.value, more)

    def _things_compared(
        self, query: Query, history: Sequence[str], original: str | None
    ) -> Answer | None:
        """ "农村居民人均可支配收入增速比城镇居民快吗": each thing's figure asked on its own
        (the second named with the words of the first it leaves out: 城镇居民人均可支配收入增速),
        opened with 是/否 by comparing them. None when the question compares no two things of
        one year, or a figure is missing or of another unit."""
        m = _THINGS_COMPARED.search(query.text)
        if m is None or _A_YEAR.fullmatch(m.group("b")) or _NOT_A_THING.search(m.group("b")):
            return None
        head = _YES_NO_WORDS.sub("", query.text[: m.start()])
        other = _other_thing(head, m.group("b"))
        if other is None:
            return None
        frame = FRAME_TARGETS if _FRAME_WORD.search(head) else FRAME_RESULTS
        figures = []
        pair = []
        for asked in (head, other):
            answer = self.answer_question(f"{asked}是多少", history, original)
            if answer.refused:
                return None
            covers = self._covers(self._understand(asked, history))
            figures.append(self._asked_figures(asked, [answer], covers, (frame,))[0])
            pair.append(answer)
        first, second = figures
        if first is None or second is None or first.quantity.unit != second.quantity.unit:
            return None
        if first.passage.id == second.passage.id and first.quantity.start == second.quantity.start:
            return None  # one figure found for both: the two things were not told apart
        more = m.group("way") in "多高大快"
        return _compared(query, original, pair, first.quantity.value, second.quantity.value, more)

    def _target_against_result(
        self, query: Query, history: Sequence[str], original: str | None
    ) -> Answer | None:
        """ "今年城镇新增就业目标是不是比去年实际完成的多": the target and the result, each
        answered in its own frame, opened with 是/否 by comparing their figures. The frame
        before 比 (or the one named, for "今年目标是不是更高") is the one compared; None when
        the question compares nothing of the kind or a figure is missing."""
        m = _COMPARED.search(query.text)
        if m is None:
            return None
        head = _YES_NO_WORDS.sub("", query.text[: m.start()])
        subject = detect_frame(head, self.lexicon, self.ranker.known_years)
        if subject not in (FRAME_TARGETS, FRAME_RESULTS) and _FRAME_WORD.search(m.group(0)):
            subject = FRAME_RESULTS  # "2023年新建的…比2024年计划的多吗": a result against a plan
        if subject not in (FRAME_TARGETS, FRAME_RESULTS) or not head:
            return None
        other = FRAME_RESULTS if subject == FRAME_TARGETS else FRAME_TARGETS
        # "2024年计划新认定的…比2023年实际新认定的多吗": the other side is of the year after
        # 比 when one is named, the thing asked the same
        against = _A_YEAR.search(m.group(0))
        own = list(_A_YEAR.finditer(head))
        other_head = head
        if against and own:
            year = against.group(0)
            stated = re.match(r"((?:19|20)\d\d)年", own[-1].group(0))
            if stated and re.fullmatch(r"上一?年", year):
                year = f"{int(stated.group(1)) - 1}年"
            other_head = head[: own[-1].start()] + year + head[own[-1].end() :]
        if other == FRAME_RESULTS:  # (the result of "去年计划新增的…" is what was done)
            other_head = _FRAME_WORD.sub("", other_head)
        pair = [
            self.answer_question(asked, history, original, f)
            for asked, f in ((head, subject), (other_head, other))
        ]
        if any(a.refused for a in pair):
            return None
        first, second = self._asked_figures(
            head, pair, self._covers(self._understand(head, history)), (subject, other)
        )
        if first is None or second is None:
            return None
        mine, theirs = first.quantity, second.quantity
        if mine.unit != theirs.unit:
            return None
        more = (m.group(1) or m.group(2)) in "多高大快"
        return _compared(query, original, pair, mine.value, theirs.value, more)

    def _with_target_met(self, query: Query, both: list[Answer], combined: Answer) -> Answer:
        """The target and the result, each from its report, opened with 是/否 when both
        state a figure of the indicator asked, compared the way the target is set
        ("控制在27以内": at most; "增长6%左右": at least), else when the report says it was
        met or missed ("固定资产投资增长3.2%，未完成年度目标")."""
        # the target the question quotes ("完成6.5%左右的目标了吗") is the one to compare,
        # not a figure the question echoes
        target, result = self._asked_figures(
            without_figures(query.text, kinds_kept=True),
            both,
            self._covers(query),
            (FRAME_TARGETS, FRAME_RESULTS),
        )
        met = None if target is None or result is None else target_met(target, result)
        settled = self.settle_yes_no(self._claim_of(query), combined, True)
        if met is None:  # no figures to compare: what the report says of it, if it says
            return combined if settled is None else settled
        opened = opening(met, query.text)
        if settled is not None and settled.text.startswith(opened):
            # the same, with the report's own words on it quoted ("低于预期目标0.7个百分点")
            return settled
        return replace(combined, text=opened + combined.text)

    def _asked_figures(
        self,
        text: str,
        answers: list[Answer],
        covers: Callable[[str], float],
        frames: Sequence[str],
    ) -> list[Fill | None]:
        """Each answer's figure of the indicator a question asks: the one filling its slot
        whose words hold most of the question (None where no cited figure fills it). A
        result's figure is never one its clause names as a target ("2022年目标6.5%左右" in a
        table row of results, "低于6.5%左右的预期目标")."""
        slot = read_slot(text, wants_number=True, scopes=self.lexicon.scopes)
        out = []
        for answer, frame in zip(answers, frames, strict=True):
            found = filling_figures(slot, self.cited_passages(answer), covers, None)
            if frame == FRAME_RESULTS:  # (nor one of a plan's passage)
                found = [
                    f for f in found if not named_target(f) and f.passage.frame != FRAME_TARGETS
                ]
            out.append(max(found, key=lambda f: covers(normalize(f.context)), default=None))
        return out

    def in_english(self, query: Query, answer: Answer) -> Answer:
        """An English question's answer, opened with an English sentence if a figure answers it."""
        return self.english.open(query, answer, self.cited_passages(answer), self._covers(query))

    def cited_passages(self, answer: Answer) -> list[Passage]:
        """The passages of the index an answer cites, in its order."""
        return [self.index.by_id[c.id] for c in answer.citations if c.id in self.index.by_id]

    def _covers(self, query: Query) -> Callable[[str], float]:
        """The share of a question's concepts a text holds: its own words when it has any,
        else (a bare follow-up) those it leans on."""
        focus = bool(query.focus_terms)
        return lambda text: self.ranker.coverage(query, text, focus_only=focus)

    def _written(self, words: str) -> bool:
        """Whether the reports write these words."""
        return normalize(words) in self.ranker.corpus_text

    def _binds(self, query: Query, passages: Sequence[Passage]) -> Callable[[str], float]:
        """`_covers` for binding a figure to the thing asked: the slot's own nouns (总额,
        数量, 万亩) and the places named (which pick the report) name no topic; nor do its
        change words when the passages name the rest ("实际使用外资比上年增长了多少" binds to
        实际使用外资, not to another indicator's 增长4.2% in the same sentence). The words
        of the stretch of years asked and its scope words may be named once, at a look-back
        sentence's opening ("“十四五”以来的四年，…累计改造老旧小区47个，建成高标准农田9.2万
        亩"): a figure binds as well without them as with them."""
        named = self._binding(query, passages, frozenset())
        opened = self._binding(query, passages, self.lexicon.scope_words, stretch=True)
        return lambda context: max(named(context), opened(context))

    def _binding(
        self,
        query: Query,
        passages: Sequence[Passage],
        unnamed: frozenset[str],
        stretch: bool = False,
    ) -> Callable[[str], float]:
        """`_binds` counting neither the words `unnamed` nor (with `stretch`) those of a
        stretch of years."""
        places = _place_words(query) | unnamed

        def topic(terms: tuple[str, ...], drop: frozenset[str]) -> tuple[str, ...]:
            # "多少万亩" asks in 万亩: the unit is the answer's kind, not the thing asked
            return tuple(
                t
                for t in terms
                if t not in drop
                and t not in places
                and not unit_word(t)
                and not (stretch and _STRETCH_WORD.fullmatch(t))
            )

        def without(drop: frozenset[str]) -> Query:
            # (a follow-up whose own words are all dropped, "今年要提高到多少", binds to
            # the thing it leans on; any other question keeps its words when all would go)
            own = topic(query.focus_terms, drop)
            return replace(
                query,
                terms=topic(query.terms, drop) or query.terms,
                focus_terms=own or (() if query.followup else query.focus_terms),
            )

        plain = without(SLOT_NOUNS)
        named = without(SLOT_NOUNS | CHANGE_WORDS | _COMPARED_WITH)
        text = normalize(" ".join(p.text for p in passages))
        if named.focus_terms == plain.focus_terms or self._covers(named)(text) < 1.0:
            named = plain
        covers = self._covers(named)
        key = self.ranker.key_term(named, text)
        if key is None:
            return covers

        def binds(context: str) -> float:
            """A figure whose sentence part lacks the question's most telling term, which
            the passages state elsewhere, binds less: "PM2.5年均浓度28微克/立方米…；受臭氧污
            染影响" holds no figure of 臭氧年均浓度."""
            share = covers(context)
            part = _sentence_part(text, context)
            return share if self.ranker.states(named, key, part) else KEY_SHARE * share

        return binds

    def settle_yes_no(
        self, claim: str, answer: Answer, answers: bool, english: bool = False
    ) -> Answer | None:
        """Open a yes/no answer with 是 when a clause of its passages states every word of
        the claim.

        Only claims without figures are settled here ("金陵饭店是不是拿了市长质量奖"), and only
        when the decision answers: the answering core cannot weigh figures. The service that
        also holds the fact-checker settles claims with figures first (`bot/service.py`).
        None when undecided.
        """
        if not answers or not answer.citations or english:
            return None
        if has_figure(claim):
            return self._figure_settled(claim, answer)
        if states_attainment(claim):
            return None  # "目标完成了吗": every word may be there with the target missed
        # within one clause: "龙池中学新校区投入使用，雄州实验小学第二分校开工建设" does not
        # say the second school opened
        asked = self._understand(claim, ())
        clauses = (k for c in answer.citations for k in re.split(r"[，；。,;]", c.quote))
        # nor a clause giving the event another year ("开工时间调整至2025年" for "2024年开工了吗")
        years = set(YEAR_NIAN.findall(claim))
        clauses = (
            k
            for k in clauses
            if not years or not (found := set(YEAR_NIAN.findall(k))) or found & years
        )
        scored = [(self.ranker.coverage(asked, normalize(k)), normalize(k)) for k in clauses]
        covered, best = max(scored, default=(0.0, ""))
        if covered < YES_COVERAGE or unstated_qualifier(normalize(claim), best):
            # (nor a word saying more than that it happened: "是不是提前完成的" is not "完工")
            return None
        return replace(answer, text=opening(True, claim) + answer.text)

    def _figure_settled(self, claim: str, answer: Answer) -> Answer | None:
        """Open a yes/no answer on one figure with 是 or 否 when a clause of its passages
        names every other word of the claim and gives one figure of its unit: "其中备案的是
        不是有4家" after "去年新增了多少新型研发机构" against "…新增新型研发机构10家，其中
        备案4家" (是), "是不是有5家" (否). Not a target met or a time: the checker's."""
        figures = [q for q in extract_quantities(claim) if not q.ordinal and q.unit != "年"]
        if len(figures) != 1 or states_attainment(claim) or YEAR_NIAN.search(claim):
            return None
        (asked_figure,) = figures
        asked = self._understand(without_figures(claim), ())
        if not asked.terms:
            return None
        for c in answer.citations:
            for clause in re.split(r"[，；。,;]", c.quote):
                key = normalize(clause)
                stated = [
                    q
                    for q in extract_quantities(key)
                    if q.unit == asked_figure.unit and not q.ordinal
                ]
                if len(stated) != 1 or stated[0].attributive:
                    continue
                if self.ranker.coverage(asked, without_figures(key)) < YES_COVERAGE:
                    continue
                holds, _ = agree(asked_figure, stated[0])
                if not holds and (asked_figure.qualifier or stated[0].qualifier):
                    return None  # "超过5家" against "近5家": not told
                return replace(answer, text=opening(holds, claim) + answer.text)
        return None

    def candidate(
        self,
        question: str,
        history: Sequence[str],
        original: str | None = None,
        frame: str | None = None,
    ) -> Candidate:
        """The answer the best passages would give, with the features to decide on it.

        Questions refused by what they name (personal data, procedures, another place or
        year, a false premise) come back refused, without features.
        """
        query, ranked = self._understand_and_rank(question, history, frame)
        query = replace(query, original=original or query.original)
        if query.block and query.block != "own_case":
            return Candidate(query, refusal(query, query.block, ()))
        if query.wants_outline:
            return Candidate(query, outline(query, self.index.documents))
        place = self.ranker.foreign_place(query)
        if not place and query.english:  # "Zhangjiagang's GDP": a place in pinyin
            place = foreign_pinyin_place(
                query.original, self.lexicon.english, (), self.speller.sounds_like_a_word
            )
        found = self.ranker.others_name(query) if not place else None
        if found:  # "兴庆区宝湖里文旅街区…": a thing only another place's reports name
            thing, regions = found
            return Candidate(
                query,
                refusal(
                    query,
                    "elsewhere",
                    (),
                    thing=thing,
                    region="、".join(regions),
                    asked="、".join(query.places),
                ),
            )
        if place:
            covered = covered_places(d.meta.region for d in self.index.documents)
            region = "、".join(covered) or "本区"  # every place the corpus covers
            return Candidate(query, refusal(query, "place", (), place=place, region=region))
        named = _HEAD_NAMED.search(query.text)
        if named:  # "现在的区长还是田志宏吗": the asked report's speaker, said against the name
            delivered = speaker(query, self._asked_reports(query))
            if delivered is not None:
                holds = named.group("name") in delivered.text
                return Candidate(
                    query, replace(delivered, text=opening(holds, "") + delivered.text)
                )
        whose = _PLACE_OF_PERSON.search(query.text)
        if whose:  # "区长韩立新是哪个区的": the place of the report its speaker delivered
            docs = [
                d
                for d in self.index.documents
                if len(d.meta.speaker) >= 2 and d.meta.speaker.replace(" ", "") in query.text
            ]
            delivered = speaker(query, docs) if docs else None
            if delivered is not None:
                region = "、".join(dict.fromkeys(d.meta.region for d in docs if d.meta.region))
                return Candidate(query, replace(delivered, text=f"{region}。{delivered.text}"))
        if _WHO_DELIVERED.search(query.text) or _WHO_DELIVERED.search(query.original.lower()):
            delivered = speaker(query, self._asked_reports(query))
            if delivered is not None and _WHEN_ASKED.search(query.original.lower()):
                # "who delivered the report, and on what date": both, each cited
                dated = delivered_on(query, self._asked_reports(query))
                if dated is not None and dated.text not in delivered.text:
                    cited = {c.id for c in delivered.citations}
                    delivered = replace(
                        delivered,
                        text=f"{delivered.text} {dated.text}",
                        citations=delivered.citations
                        + tuple(c for c in dated.citations if c.id not in cited),
                    )
            if delivered is not None:
                return Candidate(query, delivered)
        if _WHEN_DELIVERED.search(query.text) or _WHEN_DELIVERED.search(query.original.lower()):
            dated = delivered_on(query, self._asked_reports(query))
            if dated is not None:
                return Candidate(query, dated)
        retrieved = tuple(
            Retrieved(s.passage.id, s.passage.text, round(s.score, 4)) for s in ranked[: self.top_k]
        )
        if not ranked and query.relative and not self._asked_reports(query):
            return Candidate(query, refusal(query, "year", ()))  # 前年 before the first report
        if not ranked:
            return Candidate(query, refusal(query, "not_found", retrieved, why="no topic words"))
        word = self.ranker.contradiction(query, ranked[0].passage)
        if word and not is_yes_no(query.text):  # (a yes/no one is answered 否 with it)
            return Candidate(query, refusal(query, "premise", retrieved, word=word))
        slot = self._slot(query)
        ranked = self._filling_first(query, slot, self._own_figure_first(query, ranked))
        ranked = self._plain_first(query, slot, self._numbered_first(query, ranked))
        ranked = self._span_first(query, slot, self._newest_first(query, slot, ranked))
        chosen = self._choose(query, ranked)
        binds = self._binds(query, chosen)
        # (the figures filling the slot, for the clauses quoted and for the decision)
        found = filling_figures(slot, chosen, binds, query.frame)
        scorer = self._filled_first(self._clause_scorer(query), slot, found)
        answer = compose(query, chosen, self.docs, scorer, retrieved)
        if query.block == "own_case":  # what the report says of the thing, no decision on it
            return Candidate(query, own_case(query, answer))
        features = self.features(query, ranked, chosen, answer, slot, found)
        return Candidate(query, answer, features)

    def features(
        self,
        query: Query,
        ranked: list[Scored],
        chosen: list[Passage],
        answer: Answer,
        slot: Slot | None = None,
        found: list[Fill] | None = None,
    ) -> Features:
        """The named features the decision is made from (see `decide.Features`); `slot`, the
        question's, and `found`, the chosen passages' figures filling it, when the caller has
        read them already."""
        best = ranked[0]
        focus = bool(query.focus_terms)
        slot = slot or self._slot(query)
        body = answer.text.split("：", 1)[-1]
        return Features(
            coverage=best.coverage,
            focus_coverage=self.ranker.coverage(
                query, self.ranker.context[best.passage.id], focus_only=focus
            ),
            dense=best.dense,
            bm25=best.bm25,
            cosine=best.cosine,
            gap=best.score - (ranked[1].score if len(ranked) > 1 else 0.0),
            asks_figure=slot.wants_figure or slot.kind in ("date", "year"),
            slot_filled=self._shown_filled(slot, query, chosen, answer, found),
            unknown_noun=bool(self.ranker.key_concept_missing(query, best.passage)),
            numbered_missing=bool(self.ranker.other_numbered_thing(query, best.passage)),
            figure_missing=query.wants_number
            and slot.kind != "place"  # "哪个区增速位居全市第三": the place is the answer
            and not has_figure(body, ordinals="第几" in query.text),
            english=query.english,
        )

    def _shown_filled(
        self,
        slot: Slot,
        query: Query,
        chosen: list[Passage],
        answer: Answer,
        found: list[Fill] | None = None,
    ) -> bool:
        """A chosen passage fills the slot, and for a figure the answer quotes a filling one:
        "人才管家服务了多少名人才" is not filled by a passage whose 4人 (顶尖专家) the answer
        leaves out for the clause naming 人才管家."""
        binds = self._binds(query, chosen)
        if found is None:
            found = filling_figures(slot, chosen, binds, query.frame)
        if found:  # shown as written, not inside another number ("4人" in "114人")
            return any(
                re.search(rf"(?<![\d.]){re.escape(f.quantity.raw)}", answer.text) for f in found
            )
        return fills(slot, chosen, binds, query.frame)

    def _understand_and_rank(
        self, question: str, history: Sequence[str], frame: str | None = None
    ) -> tuple[Query, list[Scored]]:
        """Read the question alone and, when the chat has history, leaning on it; keep the better.

        An explicit follow-up ("那计划是多少？") always uses the history; otherwise the history
        is used only when the question alone is not answered well ("去年实际新增了多少？").
        """
        alone = self._understand(question, (), frame)
        merged = alone
        if history:  # a chat stays with the place and year it is about, unless one is named
            previous = self._understand(history[-1], history[:-1])
            merged = self._understand(question, (), frame, previous=previous)
            alone, merged = (stay_with(q, previous) for q in (alone, merged))
        if not merged.followup or self.ranker.unknown_nouns(alone):
            # no history, not a follow-up, or "今天天气怎么样": a topic of its own
            return alone, self._rank(alone)
        ranked_merged = self._rank(merged)
        if is_explicit_followup(alone):
            return merged, ranked_merged  # no need to rank the question alone
        ranked_alone = self._rank(alone)
        if not ranked_alone:
            return merged, ranked_merged
        best_alone = ranked_alone[0]
        if best_alone.coverage >= MIN_COVERAGE and (
            not ranked_merged or best_alone.score >= ranked_merged[0].score
        ):
            return alone, ranked_alone
        return merged, ranked_merged

    def _understand(
        self,
        question: str,
        history: Sequence[str],
        frame: str | None = None,
        previous: Query | None = None,
    ) -> Query:
        """A question as understood against this corpus's years and places (in `frame`, when
        given, whatever its words say), after `history` or the already understood `previous`."""
        query = understand(
            question,
            history,
            self.lexicon,
            self.ranker.known_years,
            frozenset(self.ranker.regions),
            previous,
            self._english_words_of_corpus(),
        )
        query = replace(query, frame=frame) if frame else query
        place = self.ranker.place_naming(query)
        return replace(query, places=(place,)) if place else query

    def _english_reading(self, text: str) -> str:
        """English text read into this corpus's report words (`query.english_reading`)."""
        places = frozenset(self.ranker.regions)
        return english_reading(text, self.lexicon, places, self._english_words_of_corpus())

    def _english_words_of_corpus(self) -> EnglishWords:
        """How English words are read against this corpus."""
        return EnglishWords(
            self._english_name, self._english_term, self._written, self._english_words
        )

    def _rank(self, query: Query) -> list[Scored]:
        """Ranked passages for a query; nothing when it has no topic words at all."""
        return self.ranker.rank(query) if query.terms else []

    def _asked_reports(self, query: Query) -> list[Document]:
        """The reports a question about a report itself means: of the place and year named
        (a report's year is the one it is delivered in), else the newest of the place."""
        docs = [d for d in self.index.documents if self.ranker.in_scope(d.meta.id, query)]
        named = [d for d in docs if d.meta.year in query.years]
        if named or not docs:
            return named
        newest = max(d.meta.year for d in docs)
        return [d for d in docs if d.meta.year == newest]

    def _own_figure_first(self, query: Query, ranked: list[Scored]) -> list[Scored]:
        """Among passages of the best one's report close to it, one stating the asked
        indicator's own figure goes first: "地区生产总值是多少" is answered by "实现地区生产
        总值4968.2亿元", not by "单位地区生产总值能耗下降3.6%", which names it too."""
        own = self._states_own_figure(query)
        best = ranked[0]
        if own(best.passage) is not False:
            return ranked
        for s in ranked[1:OWN_FIGURE_WINDOW]:
            if (
                best.score - s.score <= OWN_FIGURE_MARGIN
                and s.passage.doc_id == best.passage.doc_id
                and s.passage.frame == best.passage.frame
                and own(s.passage)
            ):
                # the passages it was preferred to are no runners-up
                return [s, *(r for r in ranked if r.score <= s.score and r is not s)]
        return ranked

    def _filling_first(self, query: Query, slot: Slot, ranked: list[Scored]) -> list[Scored]:
        """A figure asked that the best passage does not give, and a close runner-up of the
        same report and kind gives: the runner-up goes first ("滨江区2021年地区生产总值增长多少"
        is the year's "增长9.2%", not the look-back's "年均增长8.1%" that outranks it)."""
        best = ranked[0]
        timed = slot.kind in ("year", "date")  # ("南岗快办是哪年上线的": the year's passage)
        if not (slot.wants_figure or timed) or self._fills(query, slot, best.passage):
            return ranked
        # (further behind when it covers the question as fully: a long summary sentence
        # giving the figure ranks below a short one naming a part of it, "对东盟进出口")
        # (a look-back of another report of the place, when the question asks over years and
        # it covers the question as fully: "“十四五”期间累计新增城镇就业" is the look-back's
        # 6.15万人, not the year before's 1.26万人)
        places = self.ranker.doc_places
        over_years = query.frame == FRAME_SPAN or bool(_OVER_YEARS_TERM.search(query.text))
        return _runner_up_first(
            ranked,
            lambda s: FILLING_MARGIN_COVERED if s.coverage >= best.coverage else FILLING_MARGIN,
            lambda s: (
                (
                    s.passage.doc_id == best.passage.doc_id
                    or over_years
                    and s.passage.frame == FRAME_SPAN
                    and s.coverage >= best.coverage
                    and places[s.passage.doc_id] == places[best.passage.doc_id]
                )
                and self._same_kind(query, best.passage, s.passage)
                and self._fills(query, slot, s.passage)
            ),
            same_report=False,
        )

    def _numbered_first(self, query: Query, ranked: list[Scored]) -> list[Scored]:
        """A numbered thing asked ("三期") that the best passage's paragraph lacks, and a close
        runner-up of the same report names: the runner-up goes first ("钟楼街历史文化街区三期
        什么时候开街" is the plan's "三期国庆节前开街", not the review's "二期于9月开街")."""
        if not self.ranker.other_numbered_thing(query, ranked[0].passage):
            return ranked
        return _runner_up_first(
            ranked,
            lambda s: FILLING_MARGIN_COVERED,
            lambda s: not self.ranker.other_numbered_thing(query, s.passage),
        )

    def _newest_first(self, query: Query, slot: Slot, ranked: list[Scored]) -> list[Scored]:
        """A figure asked with no year ("税收超亿元的楼宇有几栋"), the best passage of an older
        report of its place, and a close runner-up of the place's newest report, of the same
        frame, covering the question as fully and giving the figure: the runner-up goes first
        (today's count is the newest report's, "达到14栋", not an earlier one's "达到11栋")."""
        if (
            not slot.wants_figure
            or query.years
            or query.relative is not None
            or len(ranked) < 2
            or self.ranker.newest_of_place[ranked[0].passage.doc_id]
            or not self._fills(query, slot, ranked[0].passage)
        ):
            # (the older report's passage fills it too: the same thing told of two years; one
            # that does not, "第二十八中学新校区能提供多少个学位", is no count of the newer's)
            return ranked
        places = self.ranker.doc_places
        best = ranked[0]
        return _runner_up_first(
            ranked,
            lambda s: FILLING_MARGIN_COVERED,
            lambda s: (
                self.ranker.newest_of_place[s.passage.doc_id]
                and places[s.passage.doc_id] == places[best.passage.doc_id]
                and s.passage.frame == best.passage.frame
                and s.coverage >= best.coverage
                and self._fills(query, slot, s.passage)
            ),
            same_report=False,
        )

    def _span_first(self, query: Query, slot: Slot, ranked: list[Scored]) -> list[Scored]:
        """A question naming a span of years ("两年行动计划改造多少个", "十四五期间") or a goal's
        year ("到2025年的目标"), a best passage not naming it, and a close runner-up that does
        (and gives the figure asked, when one is): the runner-up goes first ("两年累计改造老旧
        小区100个", not a year's 45个)."""
        goals = [m.group(0) for m in GOAL_YEAR.finditer(query.text)]
        spans = _SPAN_NAMED.findall(query.text) + goals
        if len(ranked) < 2 or ranked[0].passage.frame == FRAME_SPAN:
            return ranked  # (a look-back's passage speaks of its years throughout)
        return _naming_first(
            ranked,
            spans,
            lambda s: not slot.wants_figure or self._fills(query, slot, s.passage),
            same_report=False,
        )

    def _plain_first(self, query: Query, slot: Slot, ranked: list[Scored]) -> list[Scored]:
        """A figure asked by two words the question writes together ("新增学位"), a best
        passage writing them only apart ("新增公办幼儿园学位600个": a part, kindergartens), and
        a close runner-up of the same report and kind writing them together and giving the
        figure: the runner-up goes first ("新增学位4,000个")."""
        if not slot.wants_figure or len(ranked) < 2:
            return ranked
        best = ranked[0]
        return _naming_first(
            ranked,
            _joined_terms(query),
            lambda s: (
                self._same_kind(query, best.passage, s.passage)
                and self._fills(query, slot, s.passage)
            ),
        )

    @staticmethod
    def _same_kind(query: Query, best: Passage, other: Passage) -> bool:
        """A runner-up that may stand in for the best passage: of its frame, or the review of
        the one year asked where the best is a look-back passing through it (a plan stands in
        for nothing done: "第九中学新校区能提供多少个学位" is not the year's 新增学位)."""
        if other.frame == best.frame:
            return True
        if query.frame is None and other.frame == FRAME_NONE and other.kind != "meta":
            return True  # "南岗快办是哪年上线的": an appendix's definition, of no year
        if not query.years and best.frame == FRAME_RESULTS and other.frame == FRAME_SPAN:
            # no year asked: a look-back's figure up to now ("PM2.5年均浓度降到多少了": "从
            # 56.4微克/立方米下降到42.3微克/立方米") answers where the year's review has none
            return True
        return (
            len(query.years) == 1
            and best.frame == FRAME_SPAN
            and other.frame == FRAME_RESULTS
            and other.years == str(query.years[0])
        )

    def _fills(self, query: Query, slot: Slot, passage: Passage) -> bool:
        return fills(slot, [passage], self._binds(query, [passage]), query.frame)

    def _claim_of(self, query: Query) -> str:
        """The claim a yes/no question asks about, its relative years dated against the
        newest report of the places asked ("去年…了吗" in a corpus of several years)."""
        claim = as_claim(query.text)
        if query.relative is None or not _RELATIVE_WORD.search(claim):
            return claim
        newest = self.ranker.newest_year(query.places)
        claim = dated(claim, newest)
        # 今年 is the newest report's own year: a figure asked of it is compared with that
        # year's (a worded plan, "今年是不是要建成…", is read as the plan it names)
        return claim.replace("今年", f"{newest}年今年", 1) if re.search(r"\d", claim) else claim

    def _slot(self, query: Query) -> Slot:
        """What the question asks for, with the lexicon's scopes and its own nouns."""
        yes_no = is_yes_no(query.text)
        slot = read_slot(query.text, query.wants_number, yes_no, self.lexicon.scopes)
        if query.followup and not self._own_topic(query):
            # "到2026年的目标呢？" after "研发投入占GDP比重多少": the earlier question's
            # thing (a share) asked again, in this one's frame and year, what of it this
            # one asks ("实际新增多少家"; "去年呢": any figure of it)
            # (not the earlier one's years: "五年来年均增长多少" then "2025年呢")
            leaned = (t for t in query.terms if not _OVER_YEARS_TERM.search(t))
            slot = replace(slot, asked="".join(leaned) + query.text)
        if query.english and slot.kind in ("figure", "amount"):
            # the English words may say more than the lexicon's terms: "retail sales growth
            # target" asks for a rate once 社会消费品零售总额 (…总额: an amount) is the term
            words = read_slot(_asked_words(query), query.wants_number, yes_no, self.lexicon.scopes)
            slot = words if words.kind == "rate" else slot
        nouns = tuple((t, *query.expansions.get(t, ())) for t in self._topic(query))
        # (a measure is a noun whatever its tag; so is a long term before one, "软件和信息服务业")
        named = [n for n in nouns if n[0] in query.nouns or is_measure(n[0]) or len(n[0]) >= 4]
        heads = noun_heads(slot.asked, named)
        return replace(
            slot,
            part=part_asked(query.text, query.terms, self._known_word),
            nouns=nouns,
            things=tuple(
                n
                for n in named
                if n[0] in query.nouns
                and n[0] not in _place_words(query)
                and re.fullmatch(r"[\u4e00-\u9fff]+", n[0])
            ),
            heads=heads,
            levels=self.lexicon.levels,
            dated=bool(query.years),
            indicators=tuple(
                self._narrower_in_reports(slot.asked, g) or g
                for g in self.lexicon.indicators_named(slot.asked)
            ),
        )

    def _narrower_in_reports(self, asked: str, names: tuple[str, ...]) -> tuple[str, ...]:
        """The indicator a question names by a lexicon name with words before it that the
        reports put before it too: "跨境电商进出口额" asks the reports' 电商进出口, not
        外贸进出口总额 (a place, a year or "全…" before the name narrows nothing). Empty
        when the name stands on its own."""
        found = [(asked.find(n), n) for n in names if asked.find(n) >= 0]
        if not found:
            return ()
        at, name = max(found, key=lambda f: len(f[1]))  # the longest name read
        before = asked[max(0, at - 2) : at]
        stem = _AMOUNT_TAIL.sub("", name)
        narrower = before + stem
        if (
            re.fullmatch(r"[\u4e00-\u9fff]{2}", before)
            and not _NOT_NARROWING.search(before)
            and not any(n in narrower for n in names if n != stem)
            and narrower in self.ranker.corpus_text
        ):
            return (narrower,)
        return ()

    def _known_word(self, word: str) -> bool:
        """A word of the reports or of the dictionary (or a name of three or more characters
        the reports write, which their cutter split: "青石里")."""
        return (
            word in self.words
            or in_dictionary(word)
            or (len(word) >= 3 and word in self.ranker.corpus_text)
        )

    def _topic(self, query: Query) -> list[str]:
        """The question's own words naming what it asks about (a bare follow-up's, "昆山呢",
        "实际新增多少家", are the words of the indicator it leans on)."""
        own = self._own_topic(query)
        if own:
            return own
        ignore = SLOT_NOUNS | CHANGE_WORDS | _place_words(query)
        return [t for t in query.terms if t not in ignore and not unit_word(t)]

    def _own_topic(self, query: Query) -> list[str]:
        """The question's own words naming what it asks about; none for a follow-up whose
        words only say what is asked of the earlier one's thing ("实际新增多少家")."""
        ignore = SLOT_NOUNS | CHANGE_WORDS | _place_words(query)
        own = [t for t in query.focus_terms if t not in ignore and not unit_word(t)]
        if query.followup and all(t in self.lexicon.scope_words for t in own):
            return []
        return own

    def _states_own_figure(self, query: Query) -> Callable[[Passage], bool | None]:
        """Whether a passage states the asked indicator's own figure (None: no figure asked)."""
        slot = self._slot(query)
        if not slot.wants_figure or not slot.nouns:
            return lambda p: None
        names = [n for noun in slot.nouns for n in noun]  # each topic word and its terms
        return lambda p: states_own_figure(slot, p.text, names)

    def _choose(self, query: Query, ranked: list[Scored]) -> list[Passage]:
        """The best passage, plus a close runner-up of the same report and frame."""
        best = ranked[0]
        chosen = [best.passage]
        wide = query.wants_list  # "哪些荣誉" may be answered by several sentences
        margin = LIST_PASSAGE_MARGIN if wide else SECOND_PASSAGE_MARGIN
        for s in ranked[1 : 4 if wide else 3]:
            if best.score - s.score <= margin and s.coverage >= MIN_COVERAGE:
                if (
                    s.passage.frame == best.passage.frame
                    and s.passage.kind == best.passage.kind
                    and s.passage.doc_id == best.passage.doc_id  # one answer, one report
                ):
                    chosen.append(s.passage)
        return sorted(chosen, key=lambda p: self.index.position[p.id])

    @staticmethod
    def _filled_first(
        score: Callable[[str], float], slot: Slot, found: list[Fill]
    ) -> Callable[[str], float]:
        """`score`, raised for the clauses holding a figure that fills the slot and names the
        scope it asks: "截至2024年底产业园有多少家企业" quotes "累计入驻企业236家", not only
        the clause naming the park ("产业园新入驻企业78家")."""
        asked = slot.asked_scope()
        if not asked:
            return score
        shown = {
            re.compile(rf"(?<![\d.]){re.escape(f.quantity.raw)}")
            for f in found
            if slot.figure_scope(f.context) & asked
        }
        if not shown:
            return score
        return lambda clause: score(clause) + FILLED_BONUS * any(p.search(clause) for p in shown)

    def _clause_scorer(self, query: Query) -> Callable[[str], float]:
        """Score a clause by the question's own concepts first, then the merged ones."""

        # a follow-up's own words are often generic ("那去年实际做到了多少？"): its topic
        # comes from the earlier question, so the merged concepts weigh more
        focus_weight, merged_weight = (0.5, 1.0) if query.followup else (1.0, 0.5)

        def score(clause: str) -> float:
            text = normalize(clause)
            focus = self.ranker.coverage(query, text, focus_only=True)
            return focus_weight * focus + merged_weight * self.ranker.coverage(query, text)

        return score

    def retrieve_passages(self, query: str, k: int) -> list[Passage]:
        """Ranked passages for a claim, through the same ranking as questions."""
        q = self._understand(query, ())
        return [s.passage for s in self.ranker.rank(q)[:k]]

    def baseline_retrievers(self) -> dict[str, Callable[[str], list[Retrieved]]]:
        """Naive retrieval configurations for comparison in the eval."""
        retrievers = {
            "bm25": BM25Retriever(self.index),
            "dense": DenseRetriever(self.index),
            "fusion": FusionRetriever(self.index),
        }

        def wrap(r) -> Callable[[str], list[Retrieved]]:  # type: ignore[no-untyped-def]
            return lambda q: [
                Retrieved(h.passage.id, h.passage.text, h.score) for h in r.search(q, 10)
            ]

        return {name: wrap(r) for name, r in retrievers.items()}

    def retriever(self, k: int = 5) -> PassageRetriever:
        """The full ranking as a LangChain retriever (a Runnable), for chains built on top."""
        from wenzheng.index.lc import PassageRetriever  # LangChain loads only when used

        def search(question: str, limit: int) -> list[tuple[Passage, float]]:
            _, ranked = self._understand_and_rank(question, ())
            return [(s.passage, s.score) for s in ranked[:limit]]

        return PassageRetriever(search=search, k=k)

    @property
    def embedder(self) -> Embedder:
        """The embedding model in use."""
        return self.index.embedder


def _also_citing(answer: Answer, decided: Answer) -> Answer:
    """An answer followed by what another answer of the same question quoted after "报告还
    说：" (the passages a 是/否 rests on, "…未完成年初预期目标"), with their citations, unless
    it shows that already."""
    lead = f" {ALSO_SAYS}"
    also = decided.text.split(lead, 1)[1] if lead in decided.text else ""
    if not also or also in answer.text:
        return answer
    cited = {c.id for c in answer.citations}
    return replace(
        answer,
        text=f"{answer.text}{lead}{also}",
        citations=(*answer.citations, *(c for c in decided.citations if c.id not in cited)),
    )


# What leads the passages quoted after an answer that a 是/否 rests on (`bot/service.py`)
ALSO_SAYS = "报告还说："


def _gap_words(gap: str | None) -> str:
    """The words between a verb of meeting and its 目标 that name the thing ("的老旧小区改造
    数量达到当年" keeps 老旧小区改造数量; "年初定的6.5%左右的" names nothing)."""
    words = _TARGET_SETTING.sub("", without_figures(gap or "")).strip("的")
    return re.sub(r"(?:达到|完成|实现)$", "", words)


# How a target was set, said between a verb of meeting and the target ("年初定的", "当年")
_TARGET_SETTING = re.compile(
    r"(?:当初|年初|原来|原先|当年)?(?:定的|确定的|制定的|设定的|提出的|定下的)|当年|年初|左右|以上"
)


# The words of an amount after an indicator's stem ("进出口额", "外贸进出口总额")
_AMOUNT_TAIL = re.compile(r"(?:总额|总量|额|量)$")
# What stands before an indicator's name without narrowing it: a place, a year, "全区"
_NOT_NARROWING = re.compile(r"[省市区县镇乡年月]$|^全|[的和与及、]")


def _sentence_part(text: str, context: str) -> str:
    """The sentence part of `text` (to its next ；or 。) that holds a figure's `context`; the
    context itself when the text does not hold it as it stands."""
    at = text.find(context)
    return context if at < 0 else span_around(text, at, at + len(context), SENTENCE_PART_MARKS)


def _as_compared(query: Query) -> Query:
    """A question comparing by a verb ("2025年计划新增学位是否多于2024年实际新增？") asked
    the way the comparisons read it: "…比2024年实际新增多吗"; any other as it is."""
    m = _COMPARED_BY_VERB.search(query.text)
    if m is None:
        return query
    way = _COMPARING_VERBS[m.group("verb")]
    return replace(query, text=f"{m.group('a')}比{m.group('b')}{way}吗？")


_COMPARING_VERBS = {
    "多于": "多", "高于": "高", "大于": "大", "快于": "快", "超过": "多", "超出": "多",
    "少于": "少", "低于": "低", "小于": "小", "慢于": "慢",
}  # fmt: skip
# "A是否多于B", "A多于B吗": B a year's (or a plan's) own, no figure ("GDP超过1600亿了吗")
_COMPARED_BY_VERB = re.compile(
    r"^(?P<a>.+?)(?:是否|是不是|有没有|能否)?(?P<verb>"
    + "|".join(_COMPARING_VERBS)
    + r")(?P<b>(?:(?:19|20)\d\d年|去年|前年|上一?年)[^，。？?\d]{0,12}?)"
    r"(?:了|的)?(?:吗|呢|没有)?[？?。！!]*$"
)


def _asked_words(query: Query) -> str:
    """A question's words as understood, and as written when it is English."""
    return f"{query.text} {query.original}" if query.english else query.text


# A span of years a question names, as the reports write it ("两年行动", "“十四五”期间")
_SPAN_NAMED = re.compile(
    rf"(?<![\d〇零])[两三四五六七八九十]年(?=行动|攻坚|累计|计划|规划|目标|来|间|内)|{PLAN_PERIOD}"
)

# A goal's year as a question names it and a plan sets it ("到2025年的目标": "力争到2025年")

# The earlier question's words of a sum or average over years, which a follow-up does not
# take over ("年均", "累计", "五年")
_OVER_YEARS_TERM = re.compile(rf"年均|累计|累积|总计|合计|共计|{YEARS_COUNT}")


def _runner_up_first(
    ranked: list[Scored],
    margin: Callable[[Scored], float],
    better: Callable[[Scored], bool],
    same_report: bool = True,
) -> list[Scored]:
    """The ranking with the first runner-up (of the best passage's report, unless not
    `same_report`) that is `better` put first, looking no further behind the best than
    `margin` of each candidate."""
    best = ranked[0]
    for s in ranked[1:]:
        if best.score - s.score > margin(s):
            break
        if (not same_report or s.passage.doc_id == best.passage.doc_id) and better(s):
            return [s, *(r for r in ranked if r is not s)]
    return ranked


def _naming_first(
    ranked: list[Scored],
    words: Sequence[str],
    better: Callable[[Scored], bool],
    same_report: bool = True,
) -> list[Scored]:
    """The ranking with a close runner-up writing one of `words` (and `better`) put first,
    when the best passage writes none of them (`_runner_up_first`, within the covered
    filling margin); as it is when there are no words."""
    if not words or any(w in ranked[0].passage.text for w in words):
        return ranked
    return _runner_up_first(
        ranked,
        lambda s: FILLING_MARGIN_COVERED,
        lambda s: any(w in s.passage.text for w in words) and better(s),
        same_report=same_report,
    )


def _joined_terms(query: Query) -> list[str]:
    """Two of a question's terms it writes side by side ("新增" and "学位" of "计划新增学位
    多少个"), joined, when each is of two characters or more."""
    text = normalize(query.text)
    terms = [t for t in query.terms if len(t) >= 2 and not t.isascii()]
    return [a + b for a in terms for b in terms if a != b and a + b in text]


def _place_words(query: Query) -> set[str]:
    """The names, long and short, of the corpus's places a question names (they pick the
    report; they name no indicator)."""
    return {n for p in query.places for n in level_names(p)}


def _compared(
    query: Query, original: str | None, pair: list[Answer], mine: float, theirs: float, more: bool
) -> Answer:
    """The two answers of a comparison in one, opened with 是/否: whether the first figure is
    more (`more`) or less than the second."""
    holds = mine > theirs if more else mine < theirs
    combined = combine(original or query.original, pair)
    # (more or less is what is asked, not whether a mark was reached: "比去年完成的多吗" is
    # "否。", not "否，未完成。")
    return replace(combined, text=opening(holds, "") + combined.text)


def _other_thing(head: str, named: str) -> str | None:
    """The second thing of a comparison, asked as fully as the first: the first's place and
    year before it, and when it ends in words the first holds ("居民" of "城镇居民" and "农村
    居民人均可支配收入增速"), the first's words after those. None when it shares no words
    and is too short to name a thing of its own."""
    opening = _OPENING.match(head)
    before = opening.group(0) if opening else ""
    for size in range(min(len(named), 6), 1, -1):
        shared = named[-size:]
        at = head.find(shared, len(before))
        if at >= 0:
            return before + named + head[at + size :]
    return before + named if len(named) >= 4 else None

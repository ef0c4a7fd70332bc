"""Understanding a citizen's question: script, language, synonyms, time frame, follow-ups.

Pure functions over a `Lexicon`; no retrieval here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

import cn2an
from wenzheng.bot.core.lexicon import Lexicon
from wenzheng.bot.core.message import asks_own_case
from wenzheng.corpus.model import FRAME_NONE, FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS
from wenzheng.corpus.quantities import COUNT_UNITS, english_magnitudes
from wenzheng.corpus.text import normalize, split_at, strip_controls
from wenzheng.corpus.time import GOAL_YEAR, PLAN_PERIOD, WHICH_YEAR, YEAR, arabic_years, plan_name
from wenzheng.index.keyword import cut_words, tokenize

# Longer input is cut (adapters tell the user so): nobody asks a 10,000-character question.
MAX_QUESTION_CHARS = 500
_ASCII_WORD = re.compile(r"[a-z][a-z'&.-]*")
_CJK = re.compile(r"[\u3400-\u9fff]")
_NUMBER_ASK = re.compile(
    r"多少|(?<!哪)几[个家项条座所人万亿大次%]?|百分之几|多大|多高|增长了?多|增速|比例|比重|率是|"
    r"how many|how much|what percentage|\brate\b|number of|amount|"
    # a bare noun phrase ending in a measure ("12345热线按时办结率", "上市企业累计数量",
    # "外贸进出口总额及增速"): asked as a search box is asked, for its figure
    r"(?:率|数量|(?<=[\u4e00-\u9fff])(?<![指系分多少])数|总额|总量|金额|规模|增幅|占比|产值|产量|收入)[?？]?$"
)
# An English "what was the <indicator>" asks for its figure when the indicator is a quantity
_EN_FIGURE_ASK = re.compile(
    r"\bwhat(?:'s| was| is| were| are) (?:the )?(?:[\w.\-’']+ ){0,4}?"
    r"(?:concentration|level|value|total|size|output|revenue|income|gdp|density|ratio|share|population|area|turnover|volume|"
    r"investment|spending|expenditure)\b"
    # "what is Gaochun's 2025 target for new high-tech enterprises": a target is a figure
    r"|\bwhat(?:'s| was| is| were| are)\b[^?]*\b(?:target|goal)s?\b"
)
_LIST_ASK = re.compile(r"哪些|哪几|有什么|有啥|包括|都有|分别|列举|which|what are|list")
_FOLLOW_START = re.compile(r"^(那么?|那个|还有|另外|其中|再问|and\b|what about|how about|and what)")
_FOLLOW_ANY = re.compile(r"呢[?？]?$|它|这个|这项|该项|其|they|\bit\b|\bthat\b|same")
# Question and pointing words carry no topic; they are cut out before topic terms are read,
# so jieba cannot glue them to a neighbour ("哪天作的" → "天作").
# Which way a figure went, asked as a choice ("是涨了还是跌了", "增加还是减少"): the
# choice is what is asked (a change), neither word is the topic
_UP_WORDS = "上涨|上升|增长|增加|提高|提升|涨|升|增"
_DOWN_WORDS = "下跌|下降|下滑|减少|降低|回落|跌|降|减"
DIRECTION_ASKED = re.compile(
    rf"(?:{_UP_WORDS})了?(?:还是|或是|或者)(?:{_DOWN_WORDS})了?|"
    rf"(?:{_DOWN_WORDS})了?(?:还是|或是|或者)(?:{_UP_WORDS})了?"
)
_ASKING = re.compile(
    DIRECTION_ASKED.pattern + "|"
    r"还是|有哪些|有哪几|有哪|有什么|有啥|哪一?天|什么时候|啥时候|何时|几月几[号日]|哪一?年|哪一?个|哪一?些|哪几|哪家|哪位|哪条|"
    r"哪里|哪儿|哪|几[家个项条座所次种类位名件张大]?|多大|多高|多长|多久|多远|什么样|什么|啥|怎么样|怎么|怎样|如何|多少|是否|有没有|是不是|为什么|为啥|"
    r"叫什么名字|什么名字|叫什么|叫啥|名字|一共|总共|分别|各自|各(?:是|为|有)|吗|呢|吧|谁|这个|那个|这些|那些|这项|该项|这份|那份|它们|他们|她们|一下|请问|告诉我|想知道|我想问"
)
_OUTLINE_ASK = re.compile(
    r"(报告|文件|全文).{0,6}(部分|结构|章节|分成|分为|几块|大块|讲了哪些|讲了什么|哪些内容)"
)
_ASKS_OUTCOME = re.compile(r"(最后|最终|实际|到底)(完成|实现|达到|增长)|完成了|实现了|达到了|结果")
_ASKS_PLAN = re.compile(r"要|计划|目标|预期|打算|准备|力争|将")
_DATE_ASK = re.compile(r"哪一?天|什么时候|啥时候|何时|几月几[号日]|日期|哪年哪月|when|what date")
_QUESTION_WORDS = re.compile(
    r"是多少|多少|是什么|什么|怎么样|怎样|如何|哪些|哪个|哪里|哪|有没有|吗|呢|请问|"
    r"告诉我|想知道|问一下|一下|[?？!！。，,.、]"
)


@dataclass(frozen=True)
class Query:
    """A question made ready for retrieval and answering."""

    original: str
    text: str  # normalized (and translated) text of this question alone
    search_text: str  # text sent to the retrievers: follow-up context and expansions merged
    focus_terms: tuple[str, ...]  # content tokens of this question alone
    terms: tuple[str, ...]  # content tokens of the merged question
    expansions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    nouns: tuple[str, ...] = ()  # the terms that name things (by part of speech)
    frame: str | None = None  # FRAME_RESULTS / FRAME_TARGETS / FRAME_SPAN when asked
    years: tuple[int, ...] = ()
    wants_number: bool = False
    wants_list: bool = False
    wants_date: bool = False
    wants_outline: bool = False  # "报告分成哪几部分？": the structure, not a passage
    followup: bool = False
    english: bool = False
    block: str | None = None  # why the question is out of scope before any retrieval
    places: tuple[str, ...] = ()  # the corpus's own places the question names ("江宁区")
    # reports back from the place's newest that a relative year word points to: 今年, 去年,
    # 明年 speak of the newest report (its targets, its review); 前年 of the one before it
    relative: int | None = None
    # the year of the report a question names as its source ("2025年政府工作报告中的民生支出",
    # "according to Yunyan's 2025 report"): it picks the report, it is no time of the facts
    report_year: int | None = None
    # a plan asked as first made ("原计划什么时候建成"), not as a later report moved it
    first_plan: bool = False

    def concepts(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each content term with the report terms it may stand for."""
        return [(t, self.expansions.get(t, ())) for t in self.terms]


_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


def clean_question(question: str) -> str:
    """Strip terminal escapes, control characters and surrounding space; cut overly long input."""
    return strip_controls(question).strip()[:MAX_QUESTION_CHARS]


def in_unknown_language(text: str) -> bool:
    """True when a question is mostly in a script other than Chinese or Latin (ja, ko, ar...)."""
    foreign = len(_KANA_HANGUL.findall(text))
    foreign += sum(
        1
        for ch in text
        if ch.isalpha() and not ch.isascii() and not _CJK.match(ch) and not _KANA_HANGUL.match(ch)
    )
    return foreign >= 2 and foreign > len(_CJK.findall(text)) / 2


def understand(
    question: str,
    history: Sequence[str],
    lexicon: Lexicon,
    known_years: Mapping[int, str],
    places: frozenset[str] = frozenset(),
    previous: Query | None = None,
    english_words: EnglishWords | None = None,
) -> Query:
    """Turn a question (and the chat's earlier questions, oldest first) into a Query.

    The caller decides how much history counts (`Settings.history_turns`); `previous` is
    the history already understood (the last earlier question as `understand` gave it).
    `english_words` reads the English words the glossary leaves (`read_names`, `read_phrases`).
    """
    for earlier in history:
        single = _single(earlier, lexicon, known_years, places, english_words)
        previous = _resolve(single, previous)
    return _resolve(_single(question, lexicon, known_years, places, english_words), previous)


@dataclass(frozen=True)
class EnglishWords:
    """What the corpus offers for English words the glossary lacks."""

    name: Callable[[str], str | None]  # the report word a name in pinyin spells ("shiqiu")
    # the report noun nearest in meaning to a phrase, with its cosine ("blueberries" → 蓝莓)
    term: Callable[[str], tuple[str, float] | None]
    written: Callable[[str], bool]  # whether the reports write a text
    # the report words a dictionary glosses a phrase as, longest first ("music festival" → 音乐节)
    glossed: Callable[[str], list[str]] = lambda _phrase: []


def _single(
    question: str,
    lexicon: Lexicon,
    known_years: Mapping[int, str],
    places: frozenset[str],
    english_words: EnglishWords | None = None,
) -> Query:
    """Understand one question on its own."""
    original = clean_question(question)
    text = normalize(original)
    english = _is_english(text)
    if english:
        # after the lexicon's phrases ("people's congress"): "what's", "Gulou's" name no term
        text = _EN_YEARS_TO.sub(_years_to_range, text)  # "over the five years to 2022"
        text = _EN_NUMBERED.sub(_numbered, text)  # "no. 15 middle school": 第十五中学
        text = _EN_LINE.sub(_line, text)  # "metro line 4": 地铁4号线
        text = english_reading(english_magnitudes(text), lexicon, places, english_words)
        text = _EN_OF.sub(_of_reordered, text)
    else:  # "pukou区去年PM2.5多少": a place the corpus covers, typed in pinyin
        text = _PINYIN_WORD.sub(lambda m: lexicon.place_pinyin.get(m.group(0), m.group(0)), text)
    text = _YEAR_RANGE.sub(partial(_as_period, known_years), arabic_years(text, known_years))
    # "是否达到了2023年报告提出的2万亩", "达到五年目标的8家了吗": where the mark was set, not
    # the year asked; whether it is reached is the newest result's
    text = _TARGET_SOURCE.sub(r"\g<verb>", text)
    # a five-year plan's period a report reviews whole ("十三五期间") is a time, no topic word
    topic = _PLAN_PERIOD.sub("，", text) if _plan_reviewed(text, known_years) else text
    terms = tuple(dict.fromkeys(content_terms(topic, lexicon, places)))
    written = english_words.written if english_words is not None else None
    expansions = _expansions(text, terms, lexicon, written)
    if english and written is not None:
        # "create", "total": English words the translation left and the reports never
        # write name nothing a passage could cover ("what was the total" leans on the
        # question before, as "那总数呢" does)
        terms = tuple(t for t in terms if not t.isascii() or t in expansions or written(t))
    if english:
        # "at the end of", "in total": the glossary's word of a total says which count of a
        # thing is asked (the slot weighs that), not what thing: a report says "总数达到" or
        # "达到" as often as "累计" (a year's new ones it calls 新增 as the glossary does)
        totals = {w for words in lexicon.scopes if "累计" in words for w in words}
        terms = tuple(t for t in terms if t not in totals) or terms
    nouns = noun_terms(text, terms)
    source = _REPORT_OF_YEAR.search(text)
    if source and not [t for t in terms if "报告" not in t and not YEAR.fullmatch(t)]:
        source = None  # "2025年的报告呢": the report itself asked about, by its year
    timed = text[: source.start()] + text[source.end() :] if source else text
    years = tuple(int(y) for y in YEAR.findall(_BASE_YEAR.sub("", timed)))
    report_year = int(source.group(1)) if source else None
    frame = detect_frame(timed, lexicon, known_years)
    return Query(
        original=original,
        text=text,
        search_text=text,
        focus_terms=terms,
        terms=terms,
        expansions=expansions,
        nouns=nouns,
        frame=frame,
        years=years,
        wants_number=bool(
            _NUMBER_ASK.search(text) or (english and _EN_FIGURE_ASK.search(original.lower()))
        ),
        wants_list=bool(_LIST_ASK.search(text)),
        wants_date=bool(_DATE_ASK.search(text)),
        wants_outline=bool(_OUTLINE_ASK.search(text)) and len(terms) <= 3,
        english=english,
        block=_guard(timed, years + ((report_year,) if report_year else ()), lexicon, known_years),
        places=named_places(text, places),
        relative=relative_report(text, frame),
        report_year=report_year,
        first_plan=bool(_FIRST_PLAN.search(text)),
    )


# A year a figure is measured against, no time asked ("客流恢复到2019年的多少", "相当于
# 2019年的几成"): the question's time is another's
_BASE_YEAR = re.compile(r"(?<=恢复到|恢复至|相当于)(?:19|20)\d\d年?(?:同期)?")


# A mark reached, named by where it was set: a year's report, or a plan ("达到了2023年报告
# 提出的6家", "超过五年目标的8家"), before its figure
_TARGET_SOURCE = re.compile(
    r"(?P<verb>(?:达到|实现|超过|突破|达成|完成)了?)"
    r"(?:(?:19|20)\d\d年(?:的|度)?(?:政府工作)?(?:报告)?(?:里|中)?"
    r"(?:提出|确定|定下|设定|制定|定|提)的(?:目标)?的?"
    r"|(?:五年|三年|两年|十[一二三四五六七八九]五|年度|规划)?目标的)"
    r"(?=\d|[一二两三四五六七八九十百千万])"
)
# A report named by its year as the source of what is asked ("2025年政府工作报告中的",
# "根据2025年的报告", "Yunyan's 2025 report"); group 1 is the year
_REPORT_OF_YEAR = re.compile(
    r"((?:19|20)\d\d)\s*年?(?:的|度)?\s*[《“\"]?\s*(?:政府工作)?(?:报告|report)"
)


# Years named relative to the report asked about, and how many reports back each points
_RELATIVE_YEAR = re.compile(
    r"(?P<back>前年|the year before last)|今年|(?P<last>去年|上一年|last year)|明年|this year|"
    r"next year"
)
# Now: the newest report ("目前有多少", not 体现在/实现在), when no year word says otherwise
# (or how far a project has got: "盖到哪了", "进展到哪一步")
# A plan asked as it was first made, before any later report moved it
_FIRST_PLAN = re.compile(
    r"原计划|原定|原本(?:计划|打算|定)|本来(?:计划|打算|定)|(?:原来|当初|最初|起初)(?:计划|打算|定|说)|"
    r"originally (?:planned|scheduled|due|expected)"
)
_NOW = re.compile(
    r"(?<![体表实出])现在|目前|当前|如今|眼下|至今|[盖建修]到哪|进展到哪|到哪一步|"
    r"\bnow\b|currently"
)


# The past years only: 今年 and 明年 are the newest report's plans, which the checker's
# frame words already find ("今年要建成…吗" is a target, not a 2020 result)
_YEARS_BACK = (("前年", 2), ("上一年", 1), ("去年", 1))


def dated(text: str, newest: int) -> str:
    """A text's relative year words as the years they name when the newest report is of
    `newest` ("去年GDP达到目标了吗" → "2024年GDP达到目标了吗" in a corpus up to 2025)."""
    for word, back in _YEARS_BACK:
        text = text.replace(word, f"{newest - back}年")
    return text


def relative_report(text: str, frame: str | None = None) -> int | None:
    """Reports back from the newest a relative year word points to (None: no such word).

    去年's results are in the newest report, its targets ("去年定的目标") in the one before.
    """
    m = _RELATIVE_YEAR.search(text)
    if m is None:
        return 0 if _NOW.search(text) else None
    if m.group("back"):  # (前年's targets are in the report before the one reviewing it)
        return 2 if frame == FRAME_TARGETS else 1
    return 1 if m.group("last") and frame == FRAME_TARGETS else 0


def _resolve(query: Query, previous: Query | None) -> Query:
    """Merge a follow-up with the question it leans on; expand the search text."""
    if previous is not None and is_followup(query):
        # a follow-up naming its own time ("2025年一年新增多少" after "五年累计…") keeps the
        # thing asked, not the earlier time words nor the look-back's frame
        own_time = bool(query.years or _TIME_WORD.search(query.text))
        # ("光去年一年呢" after "“十四五”期间累计新增…": one year's, not the period's sum)
        one_year = own_time and not _OVER_YEARS.search(query.text)
        topic = [
            t
            for t in previous.terms
            if t not in query.terms
            and not (own_time and _TIME_WORD.fullmatch(t))
            and not (one_year and _OVER_YEARS.search(t))
        ]
        terms = tuple(dict.fromkeys((*query.terms, *topic)))
        expansions = {**previous.expansions, **query.expansions}
        nouns = tuple(dict.fromkeys((*query.nouns, *(t for t in previous.nouns if t in topic))))
        query = replace(
            query,
            search_text=f"{query.text} {' '.join(topic)}",
            terms=terms,
            expansions=expansions,
            nouns=nouns,
            # ("啥时候能用" after "现在建到哪一步了": when is done or planned, either frame)
            frame=query.frame
            or (
                None
                # ("原计划…" then "现在进展如何": now is no longer the plan first made)
                if own_time
                and previous.frame == FRAME_SPAN
                or previous.first_plan
                and (own_time or _NOW.search(query.text))
                or query.wants_date
                else previous.frame
            ),
            # a follow-up naming its own time ("那今年呢") or thing drops the earlier year;
            # one asking for the result of the same year ("实际达到多少", "实际新增多少家")
            # keeps it
            years=query.years
            or (
                ()
                if _TIME_WORD.search(query.text)
                or _NOW.search(query.text)  # "现在有多少家了": now, not the year asked before
                or _progress_of_goal(query, previous)
                or (query.focus_terms and query.nouns)
                else previous.years
            ),
            wants_number=query.wants_number or previous.wants_number,
            wants_list=query.wants_list or previous.wants_list,
            wants_date=query.wants_date or (not query.focus_terms and previous.wants_date),
            followup=True,
            places=query.places or previous.places,
            # "秦淮今年计划安排多少个项目？" then "年度计划投资多少": still this year's report;
            # "去年引进人才多少名" then "年初定的目标是多少": the target set for that year,
            # in the report before the one reviewing it
            relative=_relative_of(query, previous),
            # an earlier question in another language does not block this one
            block=query.block or (previous.block if previous.block != "language" else None),
            report_year=query.report_year or previous.report_year,
        )
    extra = [w for t in query.terms for w in query.expansions.get(t, ())]
    return replace(query, search_text=" ".join([query.search_text, *extra]))


def _progress_of_goal(query: Query, previous: Query) -> bool:
    """ "到2025年的目标是多少" then "实际进展如何": how far it got so far, not the deadline
    year's result."""
    return query.frame == FRAME_RESULTS and bool(GOAL_YEAR.search(previous.text))


# Words of a follow-up asking the target set for the year the previous question asked
# ("比目标多还是少" after "前年接待游客多少": that year's target, set the year before)
_SAME_YEAR = re.compile(r"年初|当初|原定|原先|原来定|当时定|[比较跟和与同]目标")


def _relative_of(query: Query, previous: Query) -> int | None:
    """The report a follow-up's relative year points to (see `_resolve`)."""
    if query.relative is not None:
        return query.relative
    if query.frame and previous.frame and query.frame != previous.frame:
        # "去年新能源汽车产值增长目标是多少？实际增长多少？": 去年's target is in the report
        # before the newest, its result in the newest: the year word read in this frame
        again = relative_report(previous.text, query.frame)
        if again is not None:
            return again
    if (
        previous.relative is not None
        and query.frame == FRAME_TARGETS
        and previous.frame == FRAME_RESULTS
        and _SAME_YEAR.search(query.text)
    ):
        return previous.relative + 1
    return previous.relative


def stay_with(query: Query, previous: Query) -> Query:
    """A question naming no place or time keeps the previous question's ("江阴市2023年GDP
    多少？增长多少？": the growth is Jiangyin's, of 2023)."""
    if not query.places and previous.places:
        query = replace(query, places=previous.places)
    # a frame word keeps the year: "实际做到多少了" asks for the result of the same year
    timeless = not (query.years or _TIME_WORD.search(query.text))
    if timeless and previous.years and not _progress_of_goal(query, previous):
        query = replace(query, years=previous.years)
    if timeless and query.relative is None:
        query = replace(query, relative=previous.relative)
    if timeless and query.frame is None and previous.frame == FRAME_SPAN:
        # "“十四五”以来一共改造了多少老旧小区 加装电梯多少台": the period's too
        query = replace(query, frame=FRAME_SPAN)
    return query


def is_explicit_followup(query: Query) -> bool:
    """True when a question says it leans on the previous one ("那计划是多少？", "那服务业呢")."""
    bare = _QUESTION_WORDS.sub("", query.text)
    if _FOLLOW_START.search(query.text):
        return True
    if len(bare) <= 12 and _FOLLOW_ANY.search(query.text):
        return True
    # "实际新增多少家": short words of what is asked (新增, 家), no noun of the thing asked
    # about (a report term such as 地区生产总值 may carry no noun tag: its length tells)
    return not query.focus_terms or (
        not query.nouns and all(len(t) <= 2 for t in query.focus_terms)
    )


def is_followup(query: Query) -> bool:
    """True when a question may lean on the previous one: explicitly, or being short."""
    bare = _QUESTION_WORDS.sub("", query.text)
    if query.english:  # "what was 总数 that year?": the English words that only ask or link
        bare = _EN_WORD.sub(lambda m: "" if m.group(0) in EN_FUNCTION_WORDS else m.group(0), bare)
        bare = re.sub(r"\s+", "", bare)
    return is_explicit_followup(query) or len(bare) <= 16


def named_places(text: str, places: frozenset[str]) -> tuple[str, ...]:
    """The corpus's place names a text names, longest first, none inside another."""
    found: list[str] = []
    for place in sorted(places, key=len, reverse=True):
        if len(place) >= 2 and place in text and not any(place in f for f in found):
            found.append(place)
    return tuple(found)


def content_terms(text: str, lexicon: Lexicon, places: frozenset[str] = frozenset()) -> list[str]:
    """Topic tokens: no question words, no frame words, no place name of the report itself."""
    frame_words = {w for ws in lexicon.frames.values() for w in ws}
    out: list[str] = []
    for place in places:  # the city before one of the reports' places is no topic (徐州市沛县)
        if place not in text:
            continue  # (a corpus of many places: no pattern compiled per place and question)
        text = re.sub(rf"[\u4e00-\u9fff]{{2}}市(?={re.escape(place)})", "", text)
    # a year with its part ("2024年底", "2023年度") names a time, and glues to no word ("年改")
    text = _YEAR_PHRASE.sub("，", text)
    text = _ONLY_BEFORE_TIME.sub("，", text)  # "光去年一年": 光 says "only", no topic
    # (a question word is a boundary: "装了多少部" is no word "装部")
    chunks = re.split(r"[，,。？?！!；;、\s]+", _ASKING.sub("，", text))
    tokens = [t for chunk in chunks for t in (*tokenize(chunk), "，")]
    for tok in _merge_single_chars(tokens):
        if len(tok) >= 3 and tok[0] in COUNT_UNITS and (f"多少{tok}" in text or f"几{tok}" in text):
            tok = tok[1:]  # "多少家首店": jieba's "家首店" is the measure and the thing counted
        if tok in frame_words or tok in _GENERIC or tok in lexicon.fillers:
            continue
        if len(tok) >= 2 and any(tok in place for place in places):
            continue  # the reports' own place ("鼓楼区", and jieba's "楼区" of it)
        if any(len(tok) == len(place) + 1 and tok.startswith(place) for place in places):
            continue  # a place glued to a word of one character ("赛罕到2027年"): no topic
        if YEAR.fullmatch(tok) or tok.endswith("年"):
            continue
        out.append(tok)
    # jieba's search mode emits both "鼓楼区" and its parts; keep the longest spans only
    return [t for t in out if not any(t != o and t in o for o in out)]


_ONLY_BEFORE_TIME = re.compile(
    r"(?:光|仅仅?|单单?|只)(?=[今去前明]年|[，,]|这一年|一年|当年|那一年)"
)
_YEAR_PHRASE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*年(?:底|末|初|中|度)?")
_NOUN_FLAGS = ("n", "vn", "eng", "l", "j")


def noun_terms(text: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The terms that overlap a noun of the text (jieba's part-of-speech tags)."""
    from jieba import posseg

    nouns = [w.word for w in posseg.cut(text) if w.flag.startswith(_NOUN_FLAGS) and len(w.word) > 1]
    return tuple(t for t in terms if any(n in t or t in n for n in nouns))


# Single characters that are grammar, not topic: never glued into a word, never a term.
_FUNCTION_CHARS = frozenset(
    "想给要弄到了人新打去来把被让就都也还再又很太最更会能可得地着里"
    "过个些在是有和与对向从为让该每各这那啥谁吗呢吧啊呀么多少几哪"
)


def _merge_single_chars(tokens: list[str]) -> list[str]:
    """Glue runs of single CJK characters back into one word ("抄"+"送" → "抄送").

    jieba cuts words it does not know into characters; a run of them is usually one word,
    unless a character is grammar ("想给政府…" is not the word "想给").
    """
    out: list[str] = []
    run = ""
    tokens = [t[:-1] if len(t) > 2 and t.endswith(("了", "的", "过")) else t for t in tokens]
    for tok in [*tokens, ""]:
        if tok in _FUNCTION_CHARS:
            tok = "，"  # a boundary: ends a run and is dropped below
        if len(tok) == 1 and _CJK.match(tok):
            run += tok
            continue
        if run:
            out.append(run)
            run = ""
        if tok and tok != "，":
            out.append(tok)
    return out


_GENERIC = frozenset(
    "区里 区 我们 你们 过去 政府 报告 报告里 说 讲 提到 提 是 要 会 能 实际 达到 做到 "
    "年 月 日 数据 情况 具体 大概 一共 总共 总计 多 个 项 东西 方面 问题 工作 呢 吗 啊 "
    # what kind of value is asked, not of what ("年度目标和实际完成数分别是多少"), and the
    # setting of a target ("去年定的目标是多少")
    "年度 分别 各自 数 值 数值 数量 目标值 实际值 完成数 实际数 完成值 定 定下 金额 数额 数目 "
    # a time within the year the frame reads ("年初定的计划"), not a topic
    "年初 年中 年底 年末 "
    # which occasion, and a question recalled ("那次的报告里…是多少来着")
    "那次 这次 上次 那回 来着 "
    # a time's preposition ("截至2023年底")
    "截至 截止 截止到 截至到 "
    # where a rank is asked ("在全市处于什么位置", "排第几"): the rank is the slot's
    "位置 位次 名次 排第 "
    # how much of a whole a part is ("青石里街区自己占了多少"): the part asked, no topic
    "占 "
    "district".split()
)


# Words naming a time of their own, so that a follow-up does not keep the earlier year
# Words of a period's sum or average, which a follow-up naming one year leaves behind
_OVER_YEARS = re.compile(
    r"期间|时期|以来|累计|累积|年均|总计|合计|共计|五年|几年|"
    + PLAN_PERIOD
    + r"|[两二三四五六七八九十]年来"
)
_TIME_WORD = re.compile(
    r"今年|去年|前年|明年|上一年|过去一年|五年|这几年|近几年|十三五|十四五|"
    r"this year|last year|five years"
)


# "实际加装了多少", "实际咋样", "最后接待了多少": what happened, as against the plan;
# "实际使用外资" and "实际利用内资" name indicators, "最后一年" is a year
_ACTUAL = re.compile(r"实际(?!使用|利用|到账|到位|投资)|最终|最后(?![一几])")


# "开工了没", "建成了吗", "通没通车": whether something has happened, a result
_HAPPENED_ASK = re.compile(r"[\u4e00-\u9fff]了(?:吗|么|没有|没)|([\u4e00-\u9fff])没\1")


def _frame_words(text: str, key: str, lexicon: Lexicon, english: bool = False) -> int:
    """How many of a frame's words a question holds (实际 counting for results), its
    English ones too when `english`."""
    words = lexicon.frames.get(key, ())
    # an English word whole ("plan" is none of "planting", "will" none of "willing")
    found = sum(
        1
        for w in words
        if (re.search(rf"\b{re.escape(w)}\b", text) if w.isascii() else w in text)
        and (english or not w.isascii())
    )
    return found + (key == "results" and bool(_ACTUAL.search(text)))


# An English question asking both: "what was the target …, and how many were actually added"
_EN_TARGET = re.compile(r"\b(?:target|goal|planned|plan)\b", re.IGNORECASE)
_EN_ACTUAL = re.compile(r"\b(?:actually|actual|in reality|in fact)\b", re.IGNORECASE)


def without_frame_words(text: str, lexicon: Lexicon) -> str:
    """A question without the words that ask for a target or a result ("年度目标和实际完成数
    分别是多少" → "年度和完成数分别是多少"), once the frame is given: the target words and
    实际/最终/最后 where they stand as words of their own (计划 in "重要建设项目计划投资", not
    the 目 of 建设目标), not the year words nor what is asked ("实际增速" keeps 增速)."""
    targets = {
        w
        for w in lexicon.frames.get("targets", ())
        if not w.isascii() and not _YEAR_WORDS.search(w)
    }
    words = cut_words(text)
    kept: list[str] = []
    for i, word in enumerate(words):
        mark = _ACTUAL.match("".join(words[i : i + 3]))  # "实际使用外资" is an indicator
        if kept and kept[-1] + word in targets:
            kept.pop()  # a target word of two ("控制目标": 控制 is no indicator's)
            continue
        if word in targets or (mark is not None and mark.end() == len(word)):
            continue
        kept.append(word)
    return "".join(kept)


def asks_target_and_result(text: str, lexicon: Lexicon) -> bool:
    """The question asks both ("计划多少人，实际新增多少人", "增长目标和实际增速各是多少");
    a year word is no frame word here ("去年定的目标" asks a target)."""
    if _EN_TARGET.search(text) and _EN_ACTUAL.search(text):
        return True
    text = _YEAR_WORDS.sub("", text)
    return all(_frame_words(text, key, lexicon) for key in ("targets", "results"))


# The English past the results frame counts, no frame of its own beside a target or span
# word ("how many … did it plan to add", "what was … over five years"; "what was the
# target, and what was achieved" asks both)
_EN_PAST = re.compile(r"\b(?:did|was|were)\b")
# Words naming a year relative to now, not a frame of their own when another word names one
_YEAR_WORDS = re.compile(r"去年|前年|上一年|今年|明年|last year|this year|next year")


def detect_frame(
    text: str, lexicon: Lexicon, known_years: Mapping[int, str] | None = None
) -> str | None:
    """The time frame a question asks about, if it says: a year the reports review (results),
    a year they set targets for, the look-back's years, or words such as 去年/今年/五年."""
    hits = {
        frame: _frame_words(text, key, lexicon, english=True)
        for frame, key in (
            (FRAME_RESULTS, "results"),
            (FRAME_TARGETS, "targets"),
            (FRAME_SPAN, "span"),
        )
    }
    if hits[FRAME_TARGETS] and hits[FRAME_RESULTS]:
        # "去年定的目标": a year word says which year, a target word what of it; "how many …
        # did it plan to add", "what was the target": the past is the tense of the plan
        bare = _EN_PAST.sub("", _YEAR_WORDS.sub("", text))
        hits[FRAME_RESULTS] = _frame_words(bare, "results", lexicon, english=True) or int(
            not _frame_words(bare, "targets", lexicon, english=True)
        )
    period = _period_frame(text, known_years or {})
    if (hits[FRAME_SPAN] or period == FRAME_SPAN) and hits[FRAME_RESULTS]:
        # "how many … did it create over five years", "what was … in the first four years of
        # the 14th five-year plan": the past tense is the look-back's
        hits[FRAME_RESULTS] = _frame_words(_EN_PAST.sub("", text), "results", lexicon, english=True)
    if period:
        hits[period] += 1
    named = [(known_years or {}).get(int(y)) for y in YEAR.findall(text)]
    if _GAP_ASKED.search(text) and (_HOW_MUCH.search(text) or _GAP_SAID.search(text)):
        # "GDP增速比目标低了多少个百分点", "by how much did … fall short of its target",
        # "…低于预期目标1.8个百分点的是哪个区": the gap is the result's, which the review
        # states ("低于预期目标0.8个百分点")
        return FRAME_RESULTS
    if hits[FRAME_TARGETS] and not hits[FRAME_RESULTS] and _TARGET_ASKED.search(text):
        # "2024年城镇新增就业目标是多少": the target itself is asked, whatever the reports
        # say of that year (a review of it is no target)
        return FRAME_TARGETS
    if WHICH_YEAR.search(text) and not named:
        hits[FRAME_RESULTS] = 0  # "哪一年突破千亿", "which year did…": no one year's review
    for frame in named:
        if frame in hits:
            hits[frame] += 1
    if max(hits.values()) == 0:
        # asked whether it happened, with no other time word ("今年开始建了吗" asks the plan)
        # (how things stand now, "现在有多少", may be a review's or a look-back's: no frame)
        return FRAME_RESULTS if _HAPPENED_ASK.search(text) else None
    # an explicit year decides over softer words ("2019年实现了…计划" is a result)
    for frame in named:
        if frame in hits:
            return frame
    return max(hits, key=lambda f: (hits[f], f == FRAME_RESULTS))


# The target itself asked ("目标是多少", "定的目标是什么", "target for")
# (in English also once "target" is translated: "what was … 目标 for 2023?")
# A result measured against its target ("比目标低", "低于年初预期目标", English "fall short of"
# as the glossary's 低于), and a question asking by how much
_GAP_ASKED = re.compile(
    r"(?:比|较)(?:年初|全年)?(?:的)?(?:预期)?(?:目标|预期|计划)[^，。？?]{0,4}?(?:低|高|少|多|慢|快)"
    r"|(?:低于|高于|不及|超出)[^，。？?]{0,12}?(?:目标|预期|计划)"
)
_HOW_MUCH = re.compile(r"多少|几|how (?:much|many)")
_GAP_SAID = re.compile(r"(?:目标|预期|计划)\s*\d+(?:\.\d+)?\s*个?百分点")
_TARGET_ASKED = re.compile(
    r"目标(?:是|为|定的是|定为)?(?:多少|什么|几|啥)|(?:target|目标)\s*(?:for|of)\b"
)


# A five-year plan's period ("十三五期间", "“十四五”以来"): the Nth plan (N ≥ 3) runs
# 1966 + 5(N-3) to four years later, so 十三五 is 2016-2020
_PLAN_PERIOD = re.compile(r"十([一二三四五六])五”?(期间|时期|以来|这五年|五年|规划期)?")


# "over the five years to 2022", "in the past 3 years through 2024": the years as a range
_EN_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_EN_YEARS_TO = re.compile(
    r"\b(?:over|in|during|for|across) the (?:past |last |previous )?(\d{1,2}|"
    + "|".join(_EN_NUMBERS)
    + r") years? (?:to|through|until|up to|ending in|ended in|leading up to) ((?:19|20)\d\d)\b"
)


def _years_to_range(m: re.Match[str]) -> str:
    """ "the five years to 2022" as "2018-2022" (a range `_as_period` reads)."""
    n = int(m.group(1)) if m.group(1).isdigit() else _EN_NUMBERS.index(m.group(1)) + 2
    end = int(m.group(2))
    return f"{end - n + 1}-{end}" if 2 <= n <= 10 else m.group(0)


_YEAR_RANGE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*年?\s*(?:-|–|—|~|～|至|到|to)\s*((?:19|20)\d\d)\s*年?(?!\d)"
)


def _as_period(known_years: Mapping[int, str], m: re.Match[str]) -> str:
    """A year range that is a five-year plan's period, as its name ("2016-2020" →
    "十三五期间"); one ending in a year the reports review, as a look-back over its years
    ("2017—2021年" → "过去五年": the report looking back says "五年累计…", not each year);
    any other range as written."""
    start, end = int(m.group(1)), int(m.group(2))
    plan = plan_name(start, end)
    if plan is not None:
        return f"{plan}期间"
    years = end - start + 1
    if 2 <= years <= 10 and known_years.get(end, FRAME_TARGETS) in (FRAME_RESULTS, FRAME_NONE):
        # (a year one report reviews and a later one plans is known without a frame)
        return f"过去{'两三四五六七八九十'[years - 2]}年"
    return m.group(0)


def _plan_start(m: re.Match[str]) -> int:
    """The first year of the five-year plan a `_PLAN_PERIOD` match names."""
    return 1966 + 5 * (10 + "一二三四五六".index(m.group(1)) + 1 - 3)


def _plan_reviewed(text: str, known_years: Mapping[int, str]) -> bool:
    """The question names a five-year plan whose last year a report reviews."""
    m = _PLAN_PERIOD.search(text)
    return m is not None and known_years.get(_plan_start(m) + 4) == FRAME_RESULTS


def _period_frame(text: str, known_years: Mapping[int, str]) -> str | None:
    """The frame a five-year plan's period asks: its look-back when a report reviews its
    last year, or when asked "以来" while the reports review or plan years of it; else None
    (the period stays a word of the question)."""
    m = _PLAN_PERIOD.search(text)
    if m is None:
        return None
    start = _plan_start(m)
    within = {known_years.get(y) for y in range(start, start + 5)}
    if known_years.get(start + 4) == FRAME_RESULTS or (
        m.group(2) == "以来" and within & {FRAME_RESULTS, FRAME_TARGETS}
    ):
        return FRAME_SPAN  # the plan reviewed, or under way in the reports' years
    return None  # (a plan under way asked "期间": its goals or its years so far, words decide)


# A numbered name in English ("No. 15 Middle School", "Number 3 Hospital"): the reports write
# 第十五中学, 第三医院
_EN_NUMBERED = re.compile(r"\b(?:no\.|number|#)\s*(\d{1,3})\b(?!\s*(?:%|percent|billion|million))")


_EN_LINE = re.compile(r"\b(?:(metro|subway)\s+)?line\s+(\d{1,2})\b")


def _line(m: re.Match[str]) -> str:
    return f" {'地铁' if m.group(1) else ''}{m.group(2)}号线 "


def _numbered(m: re.Match[str]) -> str:
    return f" 第{cn2an.an2cn(m.group(1))}"


_PINYIN_WORD = re.compile(r"(?<![a-z])[a-z]{4,}(?![a-z])")
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])(?!years?\b)")  # (not "five-year": a period)
_CLITIC = re.compile(r"(?:(?<=[a-z])|(?<=[\u4e00-\u9fff] ))['’](?:s|re|ve|ll|d|m)\b")


# "总产值 of 宝安 规模以上工业企业" (translated "gross output value of Bao'an's industrial
# enterprises…"): English names the thing owned first, Chinese last (规模以上工业企业总产值)
_EN_OF = re.compile(r"([\u4e00-\u9fff]+) +of +(?:the +)?([\u4e00-\u9fff]+(?: +[\u4e00-\u9fff]+)*)")


def _of_reordered(m: re.Match[str]) -> str:
    """The owner before the thing owned, as Chinese writes them; a value of an industry's
    enterprises is the industry's ("规上工业企业" + "总产值" is 规上工业总产值)."""
    owner, owned = m.group(2), m.group(1)
    if owner.endswith("企业") and _SECTOR_VALUE.fullmatch(owned):
        owner = owner[: -len("企业")]
    return f"{owner}{owned}"


# What an industry's enterprises produce together, named as the industry's own
_SECTOR_VALUE = re.compile(r"总产值|产值|增加值|营业收入|利润总额|利润")


def english_reading(
    text: str,
    lexicon: Lexicon,
    places: frozenset[str] = frozenset(),
    english_words: EnglishWords | None = None,
) -> str:
    """An English text with the report words it names in place of its English: the
    lexicon's phrases, then (with `english_words`, this corpus's) names in pinyin, the
    dictionary's glosses and the nearest report nouns of phrases left."""
    text = _CLITIC.sub("", translate(text, lexicon))
    # words joined by hyphens the glossary has no phrase for, read one by one
    # ("first-in-Guangxi stores"; "high-tech" is the glossary's own)
    text = translate(_HYPHEN.sub(" ", text), lexicon)
    if english_words is not None:
        text = as_written(text, english_words.written)
        text = read_glossed(read_names(text, english_words), english_words)
        if not any(_CJK.search(t) for t in content_terms(text, lexicon, places)):
            # nothing the glossary knows: the phrases' nearest report nouns stand in
            text = read_phrases(text, english_words)
        else:  # a noun phrase all but a translation ("high-standard farmland") still does
            text = read_phrases(text, english_words, whole_only=True)
    return text


def translate(text: str, lexicon: Lexicon) -> str:
    """Replace English phrases with the report's Chinese terms (longest phrases first)."""
    out = f" {text} "
    for phrase in sorted(lexicon.english, key=len, reverse=True):
        pattern = rf"(?<![a-z]){_inflected(phrase)}(?![a-z])"
        out = re.sub(pattern, f" {lexicon.english[phrase]} ", out)
    return re.sub(r"\s+", " ", out).strip()


def _inflected(phrase: str) -> str:
    """A lexicon phrase as a pattern that also takes its plural ("hotline" → "hotlines",
    "facility" → "facilities"); only a last word of five letters or more, so that "new"
    does not take "news", nor "good" "goods"."""
    last = re.search(r"[a-z]+$", phrase)
    if last is None or len(last.group(0)) < 5:
        return re.escape(phrase)
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return re.escape(phrase[:-1]) + "(?:y|ies)"
    return re.escape(phrase) + "(?:e?s)?"


# English words that ask, link or count, never a topic of their own
EN_FUNCTION_WORDS = frozenset(
    """a an the of in on at to for by with from into over under during about as and or than
    but not no is are was were be been being do does did has have had will would can could
    should shall may might must how many much what which who whom whose when where why whether
    if that this these those there here it its they their them we our you your i me my
    total number amount year years month months day percent per cent each every all any some
    more most less least so such also still yet just only very up down out off s""".split()
)
_EN_WORD = re.compile(r"[a-z][a-z'’\-]*")
# A phrase's single words are read on their own only from this length ("mu", "add": no)
MIN_EN_WORD = 4


def read_names(text: str, english: EnglishWords) -> str:
    """A translated English question with its names in pinyin written as the report words
    they spell, the kind of place after one going with it ("baima town" → 白马, "shiqiu" →
    石湫)."""
    out = text
    for run in _content_runs(text):
        words = run.split()
        i = 0
        while i < len(words):
            # (a syllable mark, "Huai'an", is no letter of the name)
            spelt = re.sub(r"['’]", "", words[i])
            name = english.name(spelt) if len(spelt) >= MIN_EN_WORD else None
            kind = name is not None and i + 1 < len(words) and words[i + 1] in _EN_PLACE_KINDS
            if name is not None:
                out = _replace_words(out, " ".join(words[i : i + 1 + kind]), name)
            i += 1 + kind
    return out


def as_written(text: str, written: Callable[[str], bool]) -> str:
    """A translated English question with each gloss the reports never write read as the
    longest opening of it they do write, when what is left over is a counting word of one or
    two characters ("beds" → 床位数, where the reports write "新增床位500张": 床位)."""

    def backed_off(m: re.Match[str]) -> str:
        word = m.group(0)
        if written(word):
            return word
        for end in range(len(word) - 1, max(1, len(word) - 3), -1):
            if word[end:] in _COUNT_TAILS and written(word[:end]):
                return word[:end]
        return word

    return _CJK_RUN.sub(backed_off, text)


_CJK_RUN = re.compile(r"[\u3400-\u9fff]{3,}")
# What a gloss adds to a thing to name its count or amount ("床位数", "游客量", "企业总数")
_COUNT_TAILS = frozenset({"数", "量", "总数", "数量", "总量", "人数", "个数", "总额"})


def read_glossed(text: str, english: EnglishWords) -> str:
    """A translated English question with the phrases of several words the glossary left
    written as the report word a dictionary glosses them as ("music festival" → 音乐节),
    longest phrases first. Not single words: one word glosses too many ("hotel" is 饭店,
    "public" 公用, "area" 地区), a phrase names one thing."""
    out = text
    for run in _content_runs(text):
        words = run.split()
        for size in range(len(words), 1, -1):
            for start in range(len(words) - size + 1):
                span = words[start : start + size]
                if "" in span:  # (a word of a longer phrase already read)
                    continue
                found = english.glossed(" ".join(span))
                if found:
                    out = _replace_words(out, " ".join(span), found[0])
                    words[start : start + size] = [""] * size
    return out


def read_phrases(text: str, english: EnglishWords, whole_only: bool = False) -> str:
    """A translated English question with the English phrases the glossary left written as
    the report terms they stand for: a whole run of content words if it stands for one
    ("charging piles" → 充电桩), else its longest end that does (the head of an English noun
    phrase comes last: "average housing price" is no 房屋 when "price" stands for nothing),
    else a word of it that is all but a translation ("technology" → 技术); terms the reports
    write as one word are joined ("北京" + "stock exchange" → 北京证券交易所). `whole_only`:
    only runs of several words as near as a translation (`EN_PHRASE_MIN`)."""
    out = text
    for run in _content_runs(text):
        words = run.split()
        if whole_only:
            term = _near(english, run, EN_PHRASE_MIN) if len(words) > 1 else None
            out = _replace_words(out, run, term) if term is not None else out
            continue
        for start in range(len(words)):  # the run, then ever shorter ends of it
            tail = " ".join(words[start:])
            if " " not in tail and len(tail) < MIN_EN_WORD:
                break
            term = _near(english, tail, EN_TERM_MIN)
            if term is not None:
                out = _replace_words(out, tail, term)
                break
        else:  # the last word was tried as the shortest end, nearer than it needs here
            for word in words[:-1]:
                term = _near(english, word, EN_WORD_MIN) if len(word) >= MIN_EN_WORD else None
                if term is not None:
                    out = _replace_words(out, word, term)
    return _joined_terms(out, english.written)


# An English phrase stands for the report noun nearest to it only this near (cosine of the
# multilingual encoder: "charging piles"/充电桩 0.79; "homestays"/住房 0.70 is no
# translation); one word of a run no end of which stands for a noun, nearer still
# ("technology"/技术 0.92; "housing"/房屋 0.80 of "average housing price" is no answer); a
# run of several words beside terms the glossary knew ("high-standard farmland"/高标准农田
# 0.78 beside "build" read as 建设), as near as a translation
EN_TERM_MIN = 0.75
EN_WORD_MIN = 0.85
EN_PHRASE_MIN = 0.78


def _near(english: EnglishWords, phrase: str, least: float) -> str | None:
    """The report noun a phrase stands for, when at least `least` near."""
    best = english.term(phrase)
    return best[0] if best is not None and best[1] >= least else None


# The kind of place after a name ("Baima town", "Shiqiu Street"): part of the name
_EN_PLACE_KINDS = frozenset(
    "street streets subdistrict town township village county district mountain mountains "
    "lake river road avenue park island".split()
)


def _joined_terms(text: str, written: Callable[[str], bool]) -> str:
    """Neighbouring Chinese words of a text joined where the reports write them as one."""
    return re.sub(
        r"([\u4e00-\u9fff]+) +(?=([\u4e00-\u9fff]+))",
        lambda m: m.group(1) if written(m.group(1) + m.group(2)) else m.group(0),
        text,
    )


def _content_runs(text: str) -> list[str]:
    """Runs of English words that are no function words, in reading order."""
    runs: list[str] = []
    run: list[str] = []
    for m in re.finditer(rf"{_EN_WORD.pattern}|[^a-z\s]+", text):
        word = m.group(0)
        if _EN_WORD.fullmatch(word) and word not in EN_FUNCTION_WORDS:
            run.append(word)
            continue
        if run:
            runs.append(" ".join(run))
        run = []
    if run:
        runs.append(" ".join(run))
    return runs


def _replace_words(text: str, words: str, term: str) -> str:
    """`words` replaced by `term` where they stand as whole words."""
    return re.sub(rf"(?<![a-z]){re.escape(words)}(?![a-z])", f" {term} ", text)


def _is_english(text: str) -> bool:
    """Mostly Latin letters and no Chinese."""
    return not _CJK.search(text) and len(_ASCII_WORD.findall(text)) >= 2


def _expansions(
    text: str,
    terms: Sequence[str],
    lexicon: Lexicon,
    written: Callable[[str], bool] | None = None,
) -> dict[str, tuple[str, ...]]:
    """Report terms for colloquial words, keyed by the question terms that hold them; a term
    the reports write themselves ("网络零售额") takes none of its part's ("零售额")."""
    report_terms = lexicon.report_terms
    matched: dict[str, list[str]] = {}
    for word in lexicon.synonyms:
        if not word or (word not in text and not any(word in t for t in terms)):
            continue
        for term in terms:
            # "菜市场改造" takes 菜市场's terms; "一般公共预算收入" is the report's own term
            # and must not take those of its part "收入"
            own = term in report_terms or (written is not None and written(term))
            if term in word or (word in term and not own):
                matched.setdefault(term, []).append(word)
    out: dict[str, list[str]] = {}
    for term, words in matched.items():
        # the longest colloquial word decides: "财政收入" means 一般公共预算收入, whatever
        # its part "收入" alone would mean
        for word in words:
            if not any(word != other and word in other for other in words):
                out.setdefault(term, []).extend(lexicon.synonyms[word])
    return {t: tuple(dict.fromkeys(v)) for t, v in out.items()}


def _guard(
    text: str, years: tuple[int, ...], lexicon: Lexicon, known_years: Mapping[int, str]
) -> str | None:
    """Why a question is out of scope whatever the retrieval finds, or None."""
    if in_unknown_language(text):
        return "language"
    if asks_own_case(text):  # (before its words: "我家孩子的学籍能不能转到…")
        return "own_case"
    for reason in ("personal", "procedure"):
        if any(w in text for w in lexicon.refuse.get(reason, ())):
            return reason
    if any(y not in known_years for y in years):
        return "year"
    if (
        _ASKS_OUTCOME.search(text)
        and not _ASKS_PLAN.search(text)
        and years
        and max(years) >= max(known_years)
    ):
        return "year"  # how the report's own year turned out: only a later report can say
    if any(w in _asking_part(text) for w in lexicon.refuse.get("years_outside", ())):
        return "year"
    return None


# A question word: the clause holding one is the one that asks
_ASKS = re.compile(
    r"多少|几|什么|啥|哪|吗|呢|么|是否|是不是|有没有|怎么|如何|怎样|谁|多大|多长|多久|[?？]"
)


def _asking_part(text: str) -> str:
    """The clauses of a question that ask, when one of them names a time of its own:
    "我孩子明年要上学，今年计划新增多少学位" asks about 今年, 明年 is the asker's."""
    clauses = split_at(text, "，,；;")
    asking = [c for c in clauses if _ASKS.search(c)]
    if len(asking) < len(clauses) and any(_TIME_WORD.search(c) for c in asking):
        return "，".join(asking)
    return text

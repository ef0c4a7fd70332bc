"""From a messenger message to the question(s) it asks.

People write "在吗 我是退伍的 想问下鼓楼去年给退役军人建了啥服务站没 谢谢啦🙏": a greeting,
who they are, the question, thanks and an emoji, sometimes two questions at once. This stage
drops what carries no question (greetings, thanks, emoji, the asker's self-description and
reasons), keeps the interrogative clauses with the topic words around them, and returns one
string per question. It knows nothing of any report: only how messages are written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from wenzheng.corpus.text import normalize, strip_controls

# Whole chunks that are only social ("你好", "谢谢啦", "麻烦了", "ok") carry no question.
_SOCIAL = re.compile(
    r"^(?:在吗|在不在|在么|你好|您好|哈喽|嗨|hi|hello|hey|zai ?ma|ni ?hao|xie ?xie|"
    r"老师好|领导好|大家好|早上好|"
    r"晚上好|下午好|中午好|打扰了?|打扰一下|不好意思|麻烦了?|麻烦您了|谢谢|谢谢啦|谢谢了|"
    r"多谢|感谢|辛苦了|辛苦啦|thanks|thank you|thx|ok|好的|好|嗯|哦|啊|呀|哈+|呵+|"
    r"请问|问一下|问下|想问一下|想问下|我想问一下|我想问下|咨询一下|请教一下|求助|急|在线等)"
    r"(?:老师|领导|您|你|同志|小编|亲|大家|工作人员|小助手|助手|机器人|客服)?"
    r"[啊呀哈啦了呢的吧嘛~～!！,.，。]*$",
    re.IGNORECASE,
)
# Openers and closers around a question ("请问", "想问下", "谢谢").
_OPENER = re.compile(
    r"^(?:(?:你好|您好|老师好|在吗|请问|麻烦问一?下|我?想问(?:一?下|问)?|问一?下|"
    r"想咨询一?下|咨询一?下|想了解一?下|我想了解一?下|想知道|我想知道|打听一?下|"
    r"请教一?下|再问一?句|再问一?下|还想问一?下|顺便问一?下|还有一个问题|还有个问题|"
    r"最后(?:再|还)?(?:想)?问一?下|最后一个问题|另外(?:想)?问一?下|我?听说|"
    # who asks, as a label before the ask: "宝妈问下", "小白想问一下" (not a place's name)
    r"[\u4e00-\u9fff]{1,3}(?<![区县市镇])(?:想|来)?问一?下)"
    r"[，,:：\s]*)+"
)
_CLOSER = re.compile(r"(?:谢谢[啦了您]?|多谢|感谢|辛苦了|麻烦了)[!！~～。.]*$")
# Whether the asker, or theirs, may do or get a thing ("能不能排进今年的改造名单", "能上…小学吗",
# "还能补缴吗", "在不在今年整治名单里"): their own case, which no report decides
_MAY = r"(?:能不能|能否|可不可以|可以|还能|能|会不会|在不在)"
_MAY_DO = r"(?:排|上|进|申请|领|享受|报|转|补|办|列入|纳入|落户|入学|参加|拿到|评上|.{0,8}名单)"
_OWN_CASE = re.compile(
    r"(?:我|俺)(?!们?[区县市省街镇乡村])(?:们?家|的|们|孩子|家孩子|这种情况|们小区|们单位)?"
    rf"[^，,。？?！!]{{0,12}}?{_MAY}{_MAY_DO}"
)
# A question with no subject of its own after the asker spoke of themselves ("我家孩子户口在
# 郭杜街道 能上第二十六中学新校区吗"): it asks the asker's case
_SUBJECTLESS = re.compile(rf"^(?:今年|明年|现在|这次|以后)?{_MAY}{_MAY_DO}")


def asks_own_case(question: str) -> bool:
    """Whether a question asks if the asker (or their child, home, firm) may get or do a
    thing: a personal matter the reports, on an area's work, do not decide."""
    return bool(_OWN_CASE.search(question))


# Who the asker is and why they ask: "我是退休老师", "我家孩子明年上小学", "刚搬来鼓楼".
_SELF = re.compile(
    r"^(?:我是|我们是|本人是?|我家|我们家|家里|我刚|刚搬|我在|我住|我有|家住|住在|我们小区|我们村|我们社区|"
    r"我做|我搞|我干|我当|我从事|"
    r"我妈|我爸|我老婆|我老公|"
    # "在鼓楼开了个小店", "在湖南路上班": where the asker works or lives, the place kept
    # ("想在武侯开个小店": what the asker means to do there, no more a question)
    r"(?:想|打算|准备|计划)?在[\u4e00-\u9fff]{1,6}?(?:开了|开个|开家|上班|工作|上学|读书|住|做生意|"
    r"打工|务工|当兵)|"
    r"孩子|小孩|作为|i am|i'm|im |my )",
    re.IGNORECASE,
)
# Who the asker is, said as a tag ("宝妈一枚", "种粮大户一枚", "退休老党员一名")
_SELF_TAG = re.compile(r"(?:本人|我是)?[\u4e00-\u9fff]{1,10}一(?:枚|名|位)")
# Why the asker asks or how they feel about it: "刚看到新闻有点好奇", "随便问问", "有点担心".
_REASON = re.compile(
    r"好奇|看到新闻|刚看到|听说的|随便问问|问问而已|只是问问|想了解了解|关心一下|有点担心|担心|"
    r"着急|比较关心|挺关心|很关心|急用|写论文|写作业|做作业|做调研|写报告|查资料|找资料|查个资料|"
    # what the answer would help with: "看病方便点", "好提前安排"
    r"方便[点些]|就方便了|好方便|心里有个?数|好提前|提前(?:安排|规划|准备)|好安排|"
    # who cares, said after the ask: "家长关心", "大家都很关注的"
    r"(?:都|很|挺|比较|特别|非常|最)*(?:关心|关注|在意|在乎)(?:的|这个|这事|这件事)?[啊呀啦的]*$"
)
# What the asker does not ask, said beside what they do: "不是问增速哈", "，不用说目标" (the
# words of it would otherwise read as part of the question)
_NOT_ASKED = re.compile(
    r"(?:^|[，,])\s*(?:我|俺)?(?:不是|并不是|并非|不)(?:要?问|想问|想知道)[^，,。？?！!]*"
    r"|(?:^|[，,])\s*(?:别|不要|不用)(?:给我)?(?:说|讲|发|回)[^，,。？?！!]*"
    # the whole the asker does not want, after asking a part ("…接待了多少游客 不要全区的")
    r"|(?:^|[，,])\s*(?:别|不要|不用|不是)(?:给我)?(?:全[区市县省国]|整个|整体|总)[^，,。？?！!]{0,6}$"
)
# What the asker means to do, said after the question: "想带爸妈去逛逛", "打算报名"
_INTENT = re.compile(r"^(?:我|我们)?(?:想|打算|准备|要去|要带)")
# A question word or mark: a chunk holding one asks something.
_INTERROGATIVE = re.compile(
    r"多少|几|什么|啥|咋|哪|吗|呢|么|是否|是不是|有没有|有木有|怎么|如何|怎样|谁|多大|多高|多长|还是|"
    r"多久|没有?$|不$|[?？]|(?P<a>[\u4e00-\u9fff])[不没](?P=a)|\b(?:what|how|which|who|when|where|why|is|are|was|were|did|does|do|"
    r"can|could|will|has|have)\b",
    re.IGNORECASE,
)
# Where a message breaks into clauses: sentence marks, line breaks, runs of spaces between
# Chinese, and commas that open a new question ("，另外…", "，还有…").
_BREAK = re.compile(
    r"[。！？!?\n；;]+|(?<=[\u3400-\u9fff\w])\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+"
    r"|[，,]\s*(?=另外|还有|再问|顺便|以及|同时想问)"
)
_ENGLISH_BREAK = re.compile(
    r"(?<=[?？])\s*|\s+(?:and also|also|plus)\s+"
    r"(?=(?:what|how|which|who|when|where|is|are|did|does)\b)"
    r"|,\s*and\s+(?=(?:what|how|which|who|when|where)\b)",  # "…, and how many …"
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
# A gloss in brackets after a Chinese word ("市场主体（公司行号）"): the word says it already
_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])[（(][\u3400-\u9fff]{1,10}[)）]")
# A bare "was it reached" after a question ("破了没", "完成了吗"): it asks about that one
_MET_STUB = re.compile(
    r"^(?:那|那么)?(?:(?:年初|当初)?的?(?:目标|计划|任务))?"
    r"(?:破|突破|超过|过|到|达到|完成|实现|达标)了?(?:吗|么|没有?|不)[?？]*$"
)
# Who the asker is, said in a few words ending in 的: "开小店的", "退休的", "做生意的"
# ("做hr的" too; "GDP的" holds no Chinese word of its own)
_WHO = re.compile(r"^(?=[^的]*[\u3400-\u9fff][^的]*的$)[\u3400-\u9fffA-Za-z]{1,7}的$")


def strip_emoji(text: str) -> str:
    """Drop emoji, pictographs and other symbols that carry no words (🙏, 👍, ❤️)."""
    return "".join(
        ch
        for ch in text
        if unicodedata.category(ch) not in ("So", "Sk", "Cs", "Co", "Mn") or ch in "%‰"
    )


# Years named one after another of one thing, each asked ("2022年底和2024年底分别是多少",
# "从2022年到2024年分别是多少", "去年和前年各增长多少"), or one compared with another for a
# difference ("去年新增高企比前年多了几家"): the thing asked once per year
_A_YEAR = r"(?:(?:19|20)\d\d年(?:底|末)?|去年|前年|今年)"
_YEARS_EACH = re.compile(rf"从?(?P<a>{_A_YEAR})(?P<sep>和|与|及|、|跟|到|至)(?P<b>{_A_YEAR})")
# 各 before what is done of each ("各改了多少个"), not a determiner ("各类", "各街道")
_EACH = re.compile(r"分别|各自|各(?![类项种级地个家区街镇部单界方位族国省市县条所行业路])")
# how a thing changed between the two years: asked as its figure at each end
_CHANGED = re.compile(
    r"(?:有|发生了?)(?:什么|啥|哪些|多大)变化|怎么变的?|变化(?:情况)?(?:如何|怎样|怎么样)"
)
# "比较一下…2022年和2024年的…": each year's figure, side by side
_COMPARE = re.compile(r"^(?:请)?(?:比较|对比|比一比|对照)(?:一下|下)?")
_MORE_THAN = re.compile(rf"比(?P<b>{_A_YEAR})(?:的)?(?:多|少|增加|减少)了?(?=几|多少)")
_YEAR_IN = re.compile(_A_YEAR)
MAX_YEARS_EACH = 6


def each_year(question: str) -> list[str]:
    """One question per year a question asks the same thing of (see `_YEARS_EACH`), or the
    question itself."""
    m = _YEARS_EACH.search(question)
    if m is not None and _CHANGED.search(question, m.end()):
        # "从2023年底到2024年底有什么变化": the figure at each end
        head, rest = question[: m.start()], _CHANGED.sub("是多少", question[m.end() :])
        return [f"{head}{y}{rest}" for y in (m.group("a"), m.group("b"))]
    compared = m is not None and _COMPARE.match(question)
    if m is not None and (_EACH.search(question, m.end()) or compared):
        years = [m.group("a"), m.group("b")]
        first, last = (re.match(r"(\d{4})", y) for y in years)
        if m.group("sep") in "到至" and first and last:
            suffix = years[0][5:]
            span = range(int(first.group(1)), int(last.group(1)) + 1)
            if 1 < len(span) <= MAX_YEARS_EACH:
                years = [f"{y}年{suffix}" for y in span]
        head, rest = question[: m.start()], _EACH.sub("", question[m.end() :])
        head = _COMPARE.sub("", head) if compared else head
        return [f"{head}{y}{rest}" for y in years]
    m = _MORE_THAN.search(question)
    own = _YEAR_IN.search(question, 0, m.start()) if m else None
    if m is not None and own is not None:
        bare = question[: m.start()] + question[m.end() :]
        other = bare[: own.start()] + m.group("b") + bare[own.end() :]
        return [bare, other]
    return [question]


def questions_in(
    message: str,
    names: Callable[[str], str] | None = None,
    known: Callable[[str], bool] = lambda words: False,
) -> list[str]:
    """The question(s) a message asks, each as the text to answer (at least one string).

    `names(chunk)` gives the names a chunk shares with the reports: what an asker says about
    themselves is dropped, but the school or project they name there is what a following
    "学校去年得了啥荣誉" asks about ("孩子在芳草园小学读书" keeps 芳草园小学). `known(words)`
    tells whether the reports write some words: "开小店的" is who the asker is, "鼓楼的" is
    not.
    """
    text = strip_emoji(strip_controls(message)).strip()
    if not text:
        return [message]
    if not _CJK.search(text):
        parts = [p.strip() for p in _ENGLISH_BREAK.split(text) if p and p.strip()]
        parts = [p for p in parts if not _SOCIAL.match(normalize(p).strip(" ,.!"))]
        asks = [p for p in parts if _INTERROGATIVE.search(p)]
        return asks if len(asks) > 1 else [" ".join(parts) or text]
    text = _GLOSS.sub("", text)
    chunks = [c.strip(" ，,、:：") for part in _BREAK.split(text) for c in _each_time(part)]
    told: set[str] = set()  # the names kept of what an asker says about themselves

    def named(chunk: str) -> str:
        found = names(chunk) if names is not None else ""
        told.add(found)
        return found

    kept = []
    about_asker = False  # the asker spoke of themselves in an earlier chunk
    for raw in (c for c in chunks if c and c.strip(" ，,、:：")):
        chunk = _tidy_chunk(raw, named, known)
        if about_asker and _SUBJECTLESS.match(chunk):
            chunk = "我" + chunk  # the asker's own case: said so for `asks_own_case`
        about_asker = about_asker or bool(_SELF.match(_OPENER.sub("", raw)))
        if chunk:
            kept.append(chunk)
    questions: list[str] = []
    pending = ""
    for chunk in kept:
        ours = _OUR_PLACE.search(chunk)
        # (looked up only then: `named` also marks what it finds as the asker's own words)
        found = names(pending) if ours and pending and names is not None else ""
        place = next((n for n in found.split() if _LOCAL_PLACE.fullmatch(n)), "")
        if ours and place:
            # "厦港街道居民 思明区去年我们街道改了几个": the street they named is the one asked
            chunk, pending = chunk[: ours.start()] + place + chunk[ours.end() :], ""
        if (
            pending in told
            and _asker_place_only(pending)
            and _names_district(named(chunk))
            and not ours
        ):
            pending = ""  # "我在橘子洲边上开民宿的 想问下岳麓区…": where they are, not asked
        if questions and not pending and _MET_STUB.match(chunk):
            questions[-1] += "，" + chunk  # "目标是多少 破了没": whether that was reached
            continue
        if (
            pending
            and _has_topic(pending)
            and len(pending) >= 4
            and (_ALSO_ASKED.fullmatch(chunk) or _other_time(pending, chunk))
        ):
            # "今年文化产业收入目标 航运服务业呢": the first asks on its own, the second the
            # same of another thing
            questions.append(pending)
            pending = ""
        pending = f"{pending}{chunk}" if pending else chunk
        if _INTERROGATIVE.search(chunk):
            questions.append(pending)
            pending = ""
    if pending:
        if questions and (not _has_topic(pending) or _INTENT.match(pending)):
            pass  # a trailing "谢谢", "急" or "想带爸妈去逛逛" is no question
        elif questions:
            # "…开放了吗 南岗的": an afterthought naming what was asked goes before it, so
            # the question still ends as it asks
            questions[-1] = pending + questions[-1]
        else:
            questions.append(pending)
    return questions or [_OPENER.sub("", text) or text]


# The asker's own place, asked about ("思明区去年我们街道改了几个"): the street they named
_OUR_PLACE = re.compile(
    r"(?:我们|咱们?|俺们?|我家)(?:这个?|那个?)?(?:街道|社区|村|镇|乡|小区|片区)"
)
_LOCAL_PLACE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:街道|镇|乡|村|社区)")
_DISTRICT = re.compile(r"[\u4e00-\u9fff]{1,4}(?<!小|社|园|景|城|片|街)[区县市]")


def _each_time(chunk: str) -> list[str]:
    """A chunk asking the same of two times, one clause each ("…2022年有多少项，2024年有多少
    项"): two questions, the second leaning on the first."""
    head, sep, tail = chunk.partition("，") if "，" in chunk else chunk.partition(",")
    if (
        sep
        and _TIME_WORD.match(tail.strip())
        and _TIME_WORD.search(head)
        and _INTERROGATIVE.search(head)
        and _INTERROGATIVE.search(tail)
    ):
        return [head, *_each_time(tail)]
    return [chunk]


def _asker_place_only(names: str) -> bool:
    """Names of an asker's self-description that are all streets, towns or villages."""
    return bool(names) and all(_LOCAL_PLACE.fullmatch(n) for n in names.split())


def _names_district(names: str) -> bool:
    """Names of a question that hold a district, county or city of its own."""
    return any(_DISTRICT.fullmatch(n) for n in names.split())


def _tidy_chunk(
    chunk: str,
    names: Callable[[str], str] | None = None,
    known: Callable[[str], bool] = lambda words: False,
) -> str:
    """A chunk without greetings, thanks and self-description; "" when nothing is left."""
    chunk = _NOT_ASKED.sub("", chunk.strip()).strip()
    if not chunk or _SOCIAL.match(normalize(chunk)):
        return ""
    chunk = _CLOSER.sub("", _OPENER.sub("", chunk)).strip(" ，,、")
    if not chunk:
        return ""
    if _REASON.search(chunk) and not _INTERROGATIVE.search(chunk):
        return names(chunk) if names is not None else ""
    reason = _REASON.match(chunk)
    if reason:  # "关心一下去年减税降费减了多少": the ask follows its reason
        chunk = chunk[reason.end() :].strip(" ，,")
    if (
        _WHO.match(chunk)
        and not _INTERROGATIVE.search(chunk)
        and not known(chunk[:-1])
        and _says_what_one_does(chunk)
    ):
        return names(chunk) if names is not None else ""
    if _SELF_TAG.fullmatch(chunk):
        return names(chunk) if names is not None else ""  # "种粮大户一枚": who the asker is
    if _SELF.match(chunk):
        # "我是退伍的想问下…" keeps what follows the ask; a bare self-description goes
        m = re.search(r"(?:想问一?下|想知道|想了解一?下|请问|问一?下|咨询一?下)", chunk)
        if m:
            return chunk[m.end() :].strip(" ，,")
        if not _INTERROGATIVE.search(chunk):
            return names(chunk) if names is not None else ""
        parts = re.split(r"[，,]", chunk, maxsplit=1)
        if len(parts) == 2 and not _INTERROGATIVE.search(parts[0]) and _TIME_WORD.search(parts[0]):
            head, tail = parts
            # "孩子今年秋天上小学，…新校区建好了没": the asker's own time is no time asked;
            # the question follows (the names they gave kept)
            kept = names(head) if names is not None else ""
            return f"{kept}{tail.strip()}"
    return chunk


def _says_what_one_does(chunk: str) -> bool:
    """ "开小店的", "退休的": a verb, and no place or name ("苏州的" asks about 苏州)."""
    import jieba.posseg

    flags = [w.flag for w in jieba.posseg.cut(chunk)]
    return flags[0].startswith("v") and not any(f in ("ns", "nr", "nt", "nz") for f in flags)


# A follow-up asking the same of another thing ("航运服务业呢", "那农村的呢")
_ALSO_ASKED = re.compile(r"(?:那|那么)?[\u4e00-\u9fffA-Za-z0-9.]{2,12}?的?呢[？?]?")


_TIME_WORD = re.compile(r"今年|去年|前年|明年|(?:19|20)\d\d年")


def _other_time(pending: str, chunk: str) -> bool:
    """A question that names another time than the words before it ("高新技术产业产值今年
    目标 去年完成多少"): those words asked on their own, this the same of its time."""
    said, asked = _TIME_WORD.findall(pending), _TIME_WORD.findall(chunk)
    return (
        bool(said and asked) and not set(said) & set(asked) and bool(_INTERROGATIVE.search(chunk))
    )


def _has_topic(chunk: str) -> bool:
    """True when a chunk holds more than social words (two or more Chinese characters)."""
    return len(_CJK.findall(chunk)) >= 2 and not _SOCIAL.match(normalize(chunk))

"""Drafts: a press release or a speech paragraph split into sentences, the factual ones kept.

Only sentences that state a checkable fact (a figure, a year, a concrete assertion) get a
verdict; opinions, greetings and questions do not.
"""

from __future__ import annotations

import re

from wenzheng.corpus.quantities import extract_quantities
from wenzheng.corpus.text import tidy
from wenzheng.corpus.time import CLAIM_YEAR

_DRAFT_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*[”’」』]?")
# Verbs that report a fact (an event, a result, an award, a meeting) rather than a view.
_FACT_VERB = re.compile(
    r"获评|被评为|评为|荣获|获得|建成|完成|召开|举办|启动|实现|新增|入选|成立|开通|投用|"
    r"投入使用|落户|入驻|引进|引入|签约|发布|印发|通过|审议|发生|作了?.{0,8}报告|达到|位列|"
    r"排名|被授予|授予|命名|认定"
)
# Modal and evaluative words of a view or an appeal, not of a fact.
_MODAL = re.compile(r"必将|必须|坚信|相信|让我们|令人|应当|应该|要像|离不开|不能|期待|一定要|务必")
_OPINION = re.compile(
    r"我认为|我觉得|我们认为|相信|希望|建议|应该|应当|感谢|谢谢|大家好|您好|你好|欢迎|祝愿"
    r"|祝大家|让我们|继续努力|再创佳绩"
)


# Who a press release has its news from, before the news: "本报讯（记者 王某）", "记者从玄武区
# 获悉，", "据区统计局消息，", "据了解，", "玄武发布：". A source it names is group "source".
_LEADS = (
    re.compile(r"^本报讯\s*(?:[（(][^）)]{0,16}[）)])?\s*"),
    re.compile(
        r"^(?:本报)?记者[^，,：:。]{0,6}?(?:从|自)(?P<source>[^，,：:。\d]{0,14}?)(?:获悉|了解到)[，,：:]"
    ),
    re.compile(r"^据(?P<source>[^，,：:。\d]{1,14}?)(?:消息|报道|透露|获悉)[，,：:]"),
    re.compile(r"^据(?:了解|悉)[，,]"),
    re.compile(  # "令人振奋的是，", "值得一提的是：": a view of the news, no place nor time
        r"^(?:特别|尤其|更加)?(?:值得一提|值得关注|值得注意|值得称道|令人振奋|令人欣喜|令人瞩目|"
        r"令人鼓舞|可喜|欣喜|更重要|更为重要|需要指出|需要说明)的是[，,：:]"
    ),
    re.compile(r"^(?P<source>[^，,：:。\d]{1,10})(?:发布|讯)[：:]"),
    re.compile(r"^(?:喜讯|好消息|捷报|喜报|重磅|点赞)[！!：:，,]\s*"),  # a cheer, no fact
    # a short exclamation before the news ("振奋人心！", "太棒了！"): too short for a fact
    re.compile(r"^[^，,：:。！!？?\d“”一二两三四五六七八九十百千万亿]{2,6}[！!]+\s*(?=\S)"),
    # "栖霞区交出亮眼成绩单：", "雁塔区2024年文旅成绩单出炉：": a headline over the facts,
    # its place kept as their source and its year as theirs
    re.compile(
        r"^(?P<source>[^，,：:。\d]{0,10}?)(?P<year>(?:19|20)\d\d年度?)?"
        r"(?:(?:交出|晒出|亮出)[^，,：:。\d]{0,6}|[^，,：:。\d]{0,4})成绩单(?:出炉|发布|公布|来了)?"
        r"[！!]?[：:，,]"
    ),
    # any short headline without figures before a colon and the figures it heads ("蜀山区
    # 民生答卷温暖人心：2023年新增学位9200个…"): its place kept as their source
    # (a place alone before the colon is the source too: "松湾区：2025年新增…")
    re.compile(
        r"^(?:(?P<source>[\u4e00-\u9fff]{1,6}?[区县市])[^，,：:。\d]{0,14}|[^，,：:。\d“”]{2,14})"
        r"[：:](?=[^：:]*[\u4e00-\u9fff]{4}[^：:]*\d)"
    ),
)


# Where a place or thing lies, said before its name ("地处富春江畔的桐庐县", "位于建邺的南京
# 国博"): a description, not a fact the report is asked to hold
_LOCATED = re.compile(r"(?:地处|位于|坐落于|坐落在|地处于)[^，,。；;的]{1,14}的")


def without_location(text: str) -> str:
    """A claim without the description of where its subject lies."""
    return _LOCATED.sub("", text)


def attribution(text: str) -> tuple[str, str] | None:
    """A press release's source lead split off its news: ("玄武区", "2022年…") for
    "记者从玄武区获悉，2022年…" (the source may be empty); None when there is none."""
    for lead in _LEADS:
        m = lead.match(text)
        if m is not None and m.group(0).strip():
            source = m.groupdict().get("source") or ""
            year = m.groupdict().get("year") or ""
            return source, year.replace("年度", "年") + text[m.end() :]
    return None


# Flourishes that praise a rise or fall the figures state ("实现跨越式增长", "发展态势稳中向好")
_OF_A_CHANGE = re.compile(r"跨越式|爆发式|历史性|稳中向好|稳中有进|稳中有升|稳中提质|总体平稳")
# A press release's praise after its figures ("创新动能持续增强", "持续织密民生保障网"): a view
# of the facts, not one more fact (a rise or fall is checked on its own)
_EVALUATIVE = re.compile(
    r"持续|不断|稳步|进一步|日益|更加|显著|明显|有力|扎实|切实|全面|"
    r"再添|名片|亮眼|靓丽|新篇章|金字招牌|含金量|成色|"  # a press release's flourishes
    r"强劲|势头|蓬勃|火热|喜人|如火如荼|热火朝天|量质齐升|亮点纷呈|硕果累累|捷报频传|"
    r"见实效|见成效|凸显|彰显|可圈可点|" + _OF_A_CHANGE.pattern
)


def is_evaluation(clause: str, directions: tuple[str, ...]) -> bool:
    """True for a clause without a figure that only praises ("动能持续增强"): it has an
    evaluative adverb and no word of a rise or fall."""
    return (
        bool(_EVALUATIVE.search(clause))
        and (bool(_OF_A_CHANGE.search(clause)) or not any(w in clause for w in directions))
        and not extract_quantities(clause)
    )


def split_draft(text: str) -> list[str]:
    """The sentences of a draft (split after 。！？； and at line breaks), stripped."""
    return [m.group(0).strip() for m in _DRAFT_SENTENCE.finditer(text) if m.group(0).strip()]


def is_factual(sentence: str) -> bool:
    """True when a draft sentence states a checkable fact: a figure or a year, or a
    reporting verb (建成, 获评, 召开, 发生, …) without the modal words of a view (必将, 让我们)."""
    text = tidy(sentence)
    if text.endswith(("?", "？", "吗", "呢")) or _OPINION.search(text):
        return False
    if extract_quantities(text) or CLAIM_YEAR.search(text):
        return True
    return bool(_FACT_VERB.search(text)) and not _MODAL.search(text)

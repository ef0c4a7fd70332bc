"""Yes/no questions: recognise them and restate them as the claim they ask about.

"鼓楼去年gdp是不是过了1600亿" asks whether "鼓楼去年gdp超过1600亿" holds; the fact-checker
decides that claim, and the answer opens with 是 or 否 when the report decides it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wenzheng.bot.core.query import EN_FUNCTION_WORDS
from wenzheng.corpus.quantities import EN_SCALE, chinese_magnitude, extract_quantities

_ASKS = re.compile(
    r"([\u4e00-\u9fff])[不没]\1|是否|有木有|是?真的吗|真的假的|(?:吗|嘛|(?<![什怎这那])么|没有?|了没|不)[?？!！。]*$"
)
# (not "这几年", "近几年", "好几个": they ask nothing)
_OTHER_ASK = re.compile(
    r"多少|(?<![这近前那好])几(?!年来)|什么|啥|哪|谁|怎么|如何|怎样|为什么|为啥|何时"
)
# A time finer than a year after "按计划" ("在2024年9月", "于秋季学期"): 按期 makes it a deadline
_FINER_TIME = re.compile(r"(?:在|于)?(?:\d{4}年)?(?:\d{1,2}月|[春夏秋]季|[上下]半年|年底|年中)")

_HAN = r"[\u4e00-\u9fff]"
_ASKED_LAST = r"(?:吗|嘛)[?？!！。]*$"  # the question's closing particle
_REWRITES = (
    (re.compile(r"是不是|是否|对不对"), ""),
    # hearsay before the claim: "听说鼓楼建了…是真的吗" asks whether 鼓楼建了…
    (re.compile(r"^(?:我)?(?:听说|据说|听人说|网上说|有人说|新闻说|看新闻说)"), ""),
    # "有没有超过160亿", "有没有到70%": the comparison is the claim ("超过160亿", "不低于70%")
    (re.compile(r"(?:有没有|有木有|有无)(?=超过|突破|达到|高于|低于|不到|不足|过)"), ""),
    (
        re.compile(r"(?:有没有|有木有|有无|到没到|达没达到)到?(?=[\d一二三四五六七八九十百千两])"),
        "达到",
    ),
    # "达到力争的2家了吗", "完成计划的30个没有" ask whether the target was met: "达到2家的目标"
    (
        re.compile(
            r"(达到|完成|实现)了?(?:年初)?(?:力争|计划|预期|原定|预定|目标)的"
            r"((?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)(?:[%％]|[\u4e00-\u9fff]{1,3}?))"
            r"(?=了|吗|没|嘛|么|[?？]|$)"
        ),
        r"\1\2的目标",
    ),
    # a target named before its figure asks whether the result got there: "达到“十四五”目标
    # 700家了吗" asks whether the count reached 700, "降到2025年目标32微克以下" whether the
    # level fell below 32 (said with 目标 the claim would restate the target)
    (
        re.compile(
            r"(达到|降到|降至|下降到|降低到|提高到|提升到|增加到|增长到|超过|突破)了?"
            r"[^，,。？?！!]{0,12}?(?:规划|确定|提出|定下)?的?(?:预期)?目标"
            r"(?=[\d一二三四五六七八九十百千两])"
        ),
        r"\1",
    ),
    # reaching a mark is at least it: "有没有到70%" is answered yes by 73%, "完成6000个了吗"
    # by 6480 (reaching a target or plan, "达到3.6%的目标", "达到15个的计划", stays one
    # reached: "不低于…的目标" would deny it, and "不低于15个的计划" only restates the plan)
    (
        re.compile(
            r"(?:达到了?|到了|达|完成了?)(?=[\d一二三四五六七八九十百千两])"
            r"(?![^，。？?]*(?:目标|计划|任务|预期))"
        ),
        "不低于",
    ),
    # "as planned" asks whether it happened when planned: "按2024年的计划实现主体完工" is
    # "2024年实现主体完工", "是按计划在2024年秋季学期投入使用的" is "按期在2024年秋季学期投入
    # 使用" (by then: the checker reads 按期 before a time as its deadline)
    (
        re.compile(r"是?(?:按照?|如)((?:19|20)\d\d年)?的?(?:原定)?(?:计划|规划|预期|期)"),
        lambda m: m.group(1) or ("按期" if _FINER_TIME.match(m.string, m.end()) else ""),
    ),
    # "2024年计划的20个口袋公园建成了吗" asks whether they were built, not what was planned
    (
        re.compile(
            r"(?<=年)(?:计划|规划|原定|预定)中?的"
            r"(?=[\d一二三四五六七八九十两]+[个家项座所条套处台辆张户][\u4e00-\u9fff])"
        ),
        "",
    ),
    # "当年" after a year is that year: "2024年在当年年底前完工" is "在2024年年底前完工"
    (re.compile(r"((?:19|20)\d\d年)(?:在|于)当年"), r"在\1"),
    # "在2024年内开通" is "2024年开通" (a time within a year is the year's)
    (re.compile(r"在?((?:19|20)\d\d年)年?内(?=[\u4e00-\u9fff])"), r"\1"),
    # the emphasis of "是…的": "湖光智能是在深交所上市的吗" asks whether it listed there,
    # "一般公共预算收入是增长的吗" whether it grew, "获评的是国家级…吗" whether it was named that
    (re.compile(r"(?<=[\u4e00-\u9fff])是(?=(?:在|于|从|由|通过)[\u4e00-\u9fff])"), ""),
    (re.compile(rf"(?<={_HAN})是(?!真的)({_HAN}{{1,6}}?)的(?={_ASKED_LAST})"), r"\1"),
    (re.compile(rf"(?<={_HAN})的是(?={_HAN}{{2,}})(?=[^，,。]*{_ASKED_LAST})"), ""),
    # "引进的品牌首店里有全国首店吗" asks whether there were any: "…有全国首店"
    (re.compile(rf"(?<={_HAN})(?:里|里面|中|当中)(?=有{_HAN})"), ""),
    # "有没有在10月前建成" asks whether it was built then (not whether something exists)
    (re.compile(r"(?:有没有|有木有|有无)(?=在|于|如期|按期|按时|提前)"), ""),
    (re.compile(r"有没有|有木有"), "有"),
    (re.compile(r"([\u4e00-\u9fff])[不没]\1"), r"\1"),
    (
        re.compile(r"(?:的?了吗|的吗|吗|嘛|么|了没有?|没有?|不|是?真的吗|真的假的)([?？!！。]*)$"),
        r"\1",
    ),
    (re.compile(r"过了(?=[\d一二三四五六七八九十百千两])"), "超过"),
    (re.compile(r"(?<![\u4e00-\u9fff])过(?=[\d一二三四五六七八九十百千两])"), "超过"),
    (re.compile(r"不到(?=[\d一二三四五六七八九十百千两])"), "不足"),
    (re.compile(r"[?？]+$"), ""),
)


# A verb of reaching a mark that the question asks whether: the answer says it back
# ("完成了吗" → "否，未完成。", "达没达到" → "是，达到了。"), as people answer; not a verb
# that only names what is compared ("是不是比去年实际完成的多")
_V = "完成|达到|实现|达标|突破|超过"
_MET_VERB = re.compile(
    rf"(?:是否|有没有|有木有|能否)({_V})|({_V})(?:[^，,。？?比]{{0,16}}?[吗没]|得怎么样|得如何|情况)"
    r"|([达完实突超])[没不]\3([到成现破过])"
)


def opening(holds: bool, asked: str, english: bool = False) -> str:
    """How a decided yes/no answer opens: 是 / 否, with the question's verb of reaching a
    mark said back ("是，完成了。", "否，未达到。")."""
    if english:
        return "Yes. " if holds else "No. "
    m = _MET_VERB.search(asked)
    if m is None:
        return "是。" if holds else "否。"
    verb = m.group(1) or m.group(2) or m.group(3) + m.group(4)
    return f"是，{verb}了。" if holds else f"否，未{verb}。"


def is_yes_no(text: str) -> bool:
    """True for a question answered by yes or no ("…是不是…", "…了吗"), not "多少" or "哪"."""
    return bool(_ASKS.search(text)) and not _OTHER_ASK.search(_ASKS.sub("", text))


def as_claim(text: str) -> str:
    """The statement a yes/no question asks about ("GDP是不是过了1600亿" → "GDP超过1600亿")."""
    for pattern, repl in _REWRITES:
        text = pattern.sub(repl, text)
    # "计划2024年新建充电桩1500个，完成了吗" asks whether that plan was carried out
    stated = _PLANNED_THEN_DONE.search(text)
    text = _PLANNED_THEN_DONE.sub(r"\g<head>\g<what>的计划完成", text)
    plan = _PLAN_DONE.search(text)
    done = text[: plan.start()] if plan else ""
    named = re.sub(r"(?:19|20)\d\d年|[今去前明]年|[^\u4e00-\u9fff]", "", done)
    if (
        plan
        and len(named) >= 4
        and _EVENT.search(done)
        and not any(not q.ordinal for q in extract_quantities(done))
    ):
        # "…年底前主体结顶的计划实现了吗" asks whether it happened: "…年底前主体结顶"
        # (a plan with a figure, "完成新建1000个的计划", stays a target met or missed)
        text = text[: plan.start()]
    elif stated and plan:
        # the checker reads a plan with a figure as "完成新建1000个的计划"
        text = "完成" + text[: plan.start()] + "的计划"
    return _POINTING.sub("", text).strip(" ，,")


# A word pointing at a thing named before ("大营坡片区那个城市更新一期完工"): no word of the
# claim ("这个月", "那时" are times, kept)
_POINTING = re.compile(r"(?:那个|这个|那些|这些|那项|这项)(?![月时年])")


# What a worded plan says is to happen (an indicator's target, "实际使用外资目标完成", says none)
_EVENT = re.compile(
    r"建成|投用|投入使用|投入运行|结顶|开工|竣工|通车|开通|开业|开放|投运|落地|启用|完工|招生|开诊|上市|"
    r"创成|获评|举办|搬迁|改造"
)
# A plan stated, then asked done: "…计划2024年新建X 1500个，完成" after the rewrites
_PLANNED_THEN_DONE = re.compile(
    r"^(?P<head>[^，,]*?)(?:原|按)?(?:计划|打算|规划|原定|预定|定的|(?:提出|确定|制定|设定)的)(?P<what>[^，,]{4,})[，,]\s*"
    r"(?:这个?|这些|这项)?(?:目标|计划|任务)?(?:都|已经|已|是否|最后|最终)?"
    r"(?:完成|实现|做到|兑现|落实|达成|办到)$"
)
# A worded plan asked done: "…的计划实现", "…的目标完成" after the rewrites
_PLAN_DONE = re.compile(r"的?(?:计划|目标|任务)(?:已经|已|是否)?(?:实现|完成|达成|做到|兑现)了?$")


# --- English ---------------------------------------------------------------------------

_EN_ASKS = re.compile(r"^(?:did|does|do|is|are|was|were|has|have|had|will)\b", re.IGNORECASE)
_EN_OTHER_ASK = re.compile(r"\b(?:what|how|which|who|when|where|why)\b", re.IGNORECASE)
_EN_NUMBER = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(billion|million|thousand|hundred)?\s*"
    r"(yuan|rmb|us dollars|dollars|usd|people|persons|jobs|companies|firms|enterprises|"
    r"percent|%)?",
    re.IGNORECASE,
)
_EN_MULT = {**EN_SCALE, "hundred": 1e2}
_EN_UNIT = {
    "yuan": "元", "rmb": "元", "us dollars": "美元", "dollars": "美元", "usd": "美元",
    "people": "人", "persons": "人", "jobs": "人",
    "companies": "家", "firms": "家", "enterprises": "家",
}  # fmt: skip
# Comparisons as the claim's Chinese hedge: "top 160 billion" is 超过1600亿
_EN_COMPARE = (
    (  # "did … meet its 2024 target for …": whether a target was met, the checker's 完成…目标
        re.compile(
            r"\b(?:meet|met|meets|fulfill?(?:ed)?|achieve(?:d)?|reach(?:ed)?|hit)\b"
            r"(?= (?:its|the|their|this|that)\b[^?]*?\b(?:target|goal)s?\b)"
        ),
        " 完成 ",
    ),
    (
        re.compile(
            r"\b(?:more than|over|above|exceed(?:ed)?|top(?:ped)?|surpass(?:ed)?|pass(?:ed)?|"
            r"greater than|higher than|break)\b"
        ),
        " 超过 ",
    ),
    (re.compile(r"\b(?:less than|fewer than|below|under|lower than)\b"), " 不足 "),
    (re.compile(r"\b(?:reach(?:ed)?|hit|at least|achieve(?:d)?)\b"), " 不低于 "),
)


# English words without a term, from which an English yes/no question is no claim of its
# own if they outnumber the words with one
_MOST_LEFT_OUT = 3


def is_yes_no_english(text: str) -> bool:
    """An English question asked with did/is/was… and no what/how/which."""
    return bool(_EN_ASKS.match(text.strip())) and not _EN_OTHER_ASK.search(text)


def english_claim(question: str, translate: Callable[[str], str]) -> str:
    """The Chinese claim an English yes/no question asks about ("did Gulou's GDP top 160
    billion yuan in 2019?" → "2019年 鼓楼 地区生产总值 超过 1600亿元"): figures converted
    exactly into 亿/万, comparisons into the hedges the checker reads, the rest translated by
    the lexicon; English words it has no term for are left out."""
    text = question.lower().replace("’", "'")
    figures: list[str] = []

    def figure(m: re.Match[str]) -> str:
        number, mult, unit = m.group(1), m.group(2), m.group(3)
        if not (mult or unit) or re.fullmatch(r"(?:19|20)\d\d", number):
            return m.group(0)  # a year or a bare number
        value = float(number.replace(",", "")) * _EN_MULT.get((mult or "").lower(), 1.0)
        unit = (unit or "").lower()
        if unit in ("percent", "%"):
            written = f"{value:g}%"
        else:
            written = chinese_magnitude(value) + _EN_UNIT.get(unit, "")
        figures.append(written)
        return f" §{len(figures) - 1}§ "

    text = _EN_NUMBER.sub(figure, text)
    for pattern, chinese in _EN_COMPARE:
        text = pattern.sub(chinese, text)
    text = translate(text)
    left_out = [w for w in re.findall(r"[a-z]{3,}", text) if w not in EN_FUNCTION_WORDS]
    terms = re.findall(r"[\u4e00-\u9fff]+", re.sub(r"§\d+§", "", text))
    if len(left_out) >= _MOST_LEFT_OUT and len(left_out) > len(terms):
        # "has the main structure of the inpatient building been completed?" read as
        # "和平医院": a claim of the few words known would decide another question
        return ""
    years = re.findall(r"(?:19|20)\d\d年?", text)
    text = re.sub(r"(?:19|20)\d\d年?", " ", text)
    text = re.sub(r"[a-z']+|[?？!.,]", " ", text)
    text = re.sub(r"§(\d+)§", lambda m: figures[int(m.group(1))], text)
    lead = (years[0].rstrip("年") + "年") if years else ""
    return lead + re.sub(r"\s+", "", text)


# Words that say more of a thing than that it happened: ahead of time, the first, in full,
# beyond the plan, free ("提前完成", "首次入选", "免费开放"; 全部 may be a 100% said otherwise)
_ASSERTIVE = re.compile(r"提前|首次|首个|率先|超额|全面建成|免费")


def unstated_qualifier(claim: str, passage: str) -> str:
    """Such a word of the claim the passage does not say (""): "文化中心主体结构提前完工"
    is not supported by "文化中心主体结构完工"."""
    for m in _ASSERTIVE.finditer(claim):
        if m.group(0) not in passage:
            return m.group(0)
    return ""

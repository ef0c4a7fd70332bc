"""The answer slot: what a question asks for, and whether a passage fills it.

"去年服务业增加值是多少亿" asks for an amount of money bound to 服务业增加值; the report's
sentence gives that indicator only as a growth rate, and its one amount (1620亿元) belongs to
地区生产总值. A passage on the topic is an answer only when it fills the slot: a figure of the
right kind (money, a rate, a count with a fitting measure word, a date) bound to the thing
asked about, which is not merely the figure the question itself quotes ("30幢危房涉及多少户").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from wenzheng.bot.core.figures import (
    AREA_WIDE,
    MEASURE_NOUN,
    OVER_YEARS,
    SCOPE_MODIFIER,
    bigrams,
    coverage,
    names_target,
    other_scope,
    other_streets,
    places_listed,
    same_site_named,
    sites,
    street_keys,
)
from wenzheng.bot.core.lexicon import Scopes, group_words, scopes_named
from wenzheng.bot.core.query import DIRECTION_ASKED
from wenzheng.corpus.model import FRAME_NONE, FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS, Passage
from wenzheng.corpus.quantities import COUNT_UNITS, Quantity, extract_quantities, has_figure
from wenzheng.corpus.text import in_order, marks_pattern, normalize, split_at
from wenzheng.corpus.time import (
    DATE,
    GOAL_YEAR,
    MONTH_DAY,
    PLAN_PERIOD,
    WHICH_YEAR,
    YEAR_NIAN,
    YEARS_COUNT,
    without_times,
)
from wenzheng.corpus.units import interchangeable

# Share of what the passage holds of the question's own concepts that a figure's context must
# hold to be bound to them (relative, so "多少家企业，研发投入多少" binds each part), and the
# least absolute share.
BIND_SHARE, BIND_FLOOR = 0.4, 0.2
# Figures within this relative distance of a figure the question quotes are that figure
# (a hedged quote, "87亿多", "30多家", stands for a figure within HEDGED_ECHO of it).
ECHO_TOLERANCE, HEDGED_ECHO = 0.001, 0.05

# A when-question asking for the month: a time within the year ("年内", "年底") is no answer
# A grade asked ("几星级", "几A级景区", "几级"): its unit
_GRADE_ASKED = re.compile(r"几([星A]级|级)")
_WHICH_MONTH = re.compile(r"几月(?!份?几)份?|哪一?个?月份?|什么月份|what month|which month")
_WHEN = re.compile(
    r"什么时候|啥时候|何时|哪一?天|几月几[号日]|几号|多久|多长时间|when\b|"
    r"(?:what|which) (?:date|day)\b|哪个季度|几季度|" + _WHICH_MONTH.pattern
)
_MONTH = re.compile(r"\d{1,2}月")  # a month stated (also one of `_DUE`'s times)
_BREAKDOWN = re.compile(r"分别|各是|各有|各多少|里面|里有|中有|其中有|当中")
_MEASURE = re.compile(
    r"(?<!哪)(?:多少|几)[十百千万亿]*(个|人次|人|名|位|家|项|条|座|所|艘次|艘|次|种|类|件|张|户|幢|栋|处|套|辆|台|批|场|"
    r"期|轮|届|公里|千米|平方公里|平方米|亩|吨|微克|天|连冠|枝|株|棵|只|盏|部|架)"
    # not a measure's character opening a word: "多少台湾青年", "多少家庭", "多少条件"
    r"(?<!个(?=百分点))(?<!台(?=[湾资胞商企青]))(?<!家(?=[庭长属]))(?<!名(?=[单额称字录]))"
    r"(?<!条(?=[件例]))(?<!场(?=[馆所地景]))(?<!期(?=[间限]))(?<!所(?=[有以]))"
    r"(?<!处(?=[理置]))(?<!批(?=[准复]))(?<!部(?=[门分署]))(?<!只(?=[是有能要]))(?<!架(?=[构]))"
)
_MONEY = re.compile(
    r"月薪|工资|薪资|薪水|多少块|多少钱|多少亿|多少万元|金额|总额|投资额|绝对数|绝对值|(?:值|额|收入|经济|生产|GDP|gdp)总量|花了多少|投了多少|投入多少|"
    r"交了多少|多少税|收入(?:是|有)?多少|投资(?:额|了|是|有)?多少|造价|耗资|"
    r"多少(?:资金|经费|费用)|(?:资金|经费|费用)(?:是|有)?多少|"
    r"how much money|how much did .* (?:spend|invest)|\babsolute\b|how many (?:yuan|元)"
)
_RATE = re.compile(
    r"增长了?多少|增长的?(?:预期|年度)?目标|增长率|增幅|涨幅|增速|涨了多少|降了多少|下降了?多少|百分之几|百分比|比例|占比|"
    r"比重|多少%|(?:多少|几)个?百分点|growth|\bgrow(?:s|ing)?\b|\bgrew\b|percent|\brate\b"
)
_COUNT_EN = re.compile(r"how many")
# An indicator of value asked as a figure ("增加值是多少", "进出口额去年是多少"): its amount
_AMOUNT_ASKED = re.compile(
    r"(?:产值|增加值|总值|总额|[^总]额|营业收入|营收|财政收入|预算收入)"
    r"(?:[今去前明]年|(?:19|20)\d\d年)?(?:是|有|达到|为)?多少(?![个家人项万亿%])"
)
_NAME = re.compile(r"叫什么|什么名字|名称|名字|是谁|哪几家|哪一?家|哪一?个|哪一?位|哪些|谁")
_PLACE = re.compile(
    r"在哪|哪里|哪儿|什么地方|哪一?[个些]地[方区]|地点|位置|地址|where|which place|"
    r"哪一?[个些]?(?:城市|国家|省|市|区|县|镇|乡|村|街道|社区|片区|站)"
)
# A place a clause names: a name before a place word ("花桥站", "江北新区", "仙林湖"), not
# a level ("街道级", "区属"), or a name after a verb of where ("落户仙林"); a foreign city
# with neither ("意大利索伦托等城市") answers no where-question on its own
_PLACE_WORD = re.compile(
    r"([\u4e00-\u9fff]{2,6}?)(?:省|市|区|县|镇|乡|村|街道|社区|路|街|巷|大道|广场|大厦|片区|公园|"
    r"站|港|国|州|山|河|湖|洲|岛|桥|湾|矶|江|城|园|谷)(?![级属委])|"
    r"(?:落户|位于|坐落|选址|设在|建在|迁至|迁往|迁到|搬至|搬到|落地)()[\u4e00-\u9fff]{2}"
)
# Which one place (of the reports') a figure is of: "哪个地方", "哪个区" — not where within
# it ("哪些街道", "分布在哪些地方": the report rarely says)
_WHICH_REGION = re.compile(r"哪一?个(?:地方|地区|区|县|市)|which (?:place|district|county|city)")
# A time asked of something done ("是哪一年评上的", "什么时候建成了"), which a plan cannot tell
_DONE_ASKED = re.compile(r"的[？?。！!呀呢啊]*$|了[吗呢啊呀？?。！!]*$|已经|曾经?")
# A numbered thing asked ("产业园二期", "5号线", "第三届"): a figure is its own only in a
# sentence naming it ("举办…产业大会，签约…总投资218亿元" is no figure of 产业园二期)
_NUMBERED_THING = re.compile(
    r"[\d一二三四五六七八九十]+(?:号线|期(?!间|末|初|内))|第[\d一二三四五六七八九十百]+[届次批]"
)
# Where the asker lives or comes from, said in passing: no place asked about
_ASKER_PLACE = re.compile(
    r"(?:(?:我|俺|咱|我们|我家|家|老家)(?:是|在|住|住在|家在|来自)?|住在|家住|家在)"
    r"[\u4e00-\u9fff]{2,8}?(?:街道|镇)(?:的(?:居民|人|住户|村民)?)?|"
    r"[\u4e00-\u9fff]{2,6}(?:街道|镇)的?(?:居民|住户|村民)"
)
# A rank among peers asked ("在各区里是最高的吗", "排第几", "在全市处于什么位置"), and a
# rank a text states
_RANK_POSITION = re.compile(
    r"(?:处于|处在|位于|居于?|排在?)(?:什么|啥|哪个?|怎样的?)(?:位置|名次|位次)"
)
_RANK_ASKED = re.compile(
    r"最[高低多少大小好快强]|排名|排第|排在|排行|名列|数一数二|前列|首位|第一名|\brank(?:s|ed|ing)?\b|"
    rf"\bhighest\b|\blowest\b|{_RANK_POSITION.pattern}"
)
_RANK_SCOPE = re.compile(r"^(?:[全各本][国省市区县]|排第?|排名)$")  # where a rank is among
_RANK_STATED = re.compile(
    r"最[高低多少大小好快强优佳早]|第[一二三四五六七八九十\d]+[名位]|首位|前列|排名|排行|位居|位列|名列|"
    r"领先|冠军|榜首|(?:全国|全省|全市|各区|主城区|城区)[^，。；]{0,6}?(?:第[一二三四五六七八九十\d]|首[个家批])"
)
# Words of a number asked in a question's own text (a follow-up may inherit the ask)
_OWN_NUMBER = re.compile(r"多少|几|百分之|多大|多高|多长|多久|how many|how much")
# An address asked: a street, a compound, a number ("在哪条路上", "具体地址")
_ADDRESS = re.compile(r"哪条[路街]|什么[路街]|门牌|地址|具体位置|具体在哪")
# A street-level place in a text: "中山北路", "傅厚岗30号", "红五月硅巷"
_ADDRESS_WORD = re.compile(r"[\u4e00-\u9fff\d]{1,8}?(?:路|街(?!道)|大道|巷|号|广场|大厦)")
_RATIO_WORDS = ("每", "人均", "平均")
# A sum over a look-back's years asked ("过去五年累计…", "五年来累计…")
_SUMMED = re.compile(
    rf"(?:过去|近){YEARS_COUNT}[^，。；]{{0,4}}累计|(?<!\d){YEARS_COUNT}(?:来|间|以来)?累计"
    # "两年攻坚行动一共新建改造了多少个": the action's years summed
    rf"|(?<!\d){YEARS_COUNT}[^，。；\d]{{0,8}}?(?:一共|总共|共计|合计|加起来)"
)
# A sum over the years asked ("累计", "一共", "加起来")
_SUM_ASKED = re.compile(r"累计|累积|一共|总共|合计|共计|加起来|总计")
# A count of years in a figure's words ("五年新增就业12万人"), not a year ("2023年")
_YEARS_OF = re.compile(rf"(?<!\d){YEARS_COUNT}(?!度)")
_YEAR_ON_YEAR = re.compile(r"比上一?年|较上一?年|同比|比去年")  # one year's change asked
_AVERAGED = "年均"  # a yearly average over several years asked: one year's figure is none
_PER_WORDS = ("每", "人均")  # a figure per head or per thing asked (平均 may be a mean over time)
# Nouns that name the kind of answer, not the thing asked about: "固定资产投资总额是多少"
# asks about 固定资产投资; 社会消费品零售总额's figure is not bound to it by 总额
SLOT_NOUNS = frozenset(
    {"总额", "总量", "金额", "数额", "绝对数", "绝对值", "总数", "数量", "数字", "具体", "数目"}
    | {"亿", "万", "元", "亿元", "万元", "千万", "百万", "美元", "亿美元"}  # "多少亿"
)
# Words of a change, which a rate is asked by: "地区生产总值增长多少" names its indicator
# in 地区生产总值 alone ("力争年均增长6%" states no figure of it)
CHANGE_WORDS = frozenset(
    {"增长", "下降", "增速", "增幅", "涨幅", "降幅", "提高", "降低", "增加", "减少", "上升"}
)
_PERSON_UNITS = frozenset({"人", "位", "名"})
# A head-count asked by the people it counts, not by a measure word: "有多少从业人员" is
# not filled by "入驻企业198家"
_PEOPLE_ASKED = re.compile(
    r"(?:多少|几)(?:个|名|位)?[\u4e00-\u9fff]{0,4}?"
    r"(?:人员|员工|职工|工人|人才|学生|教师|老师|医生|护士|志愿者|居民|人口|村民|专家|党员|干部)"
    r"|(?:多少|how many)\s*(?:[a-z-]+\s)?(?:people|persons|residents|workers|employees|"
    r"students|teachers|doctors|volunteers|villagers)\b"
)
# Words of people coming or taking part, counted in visits (人次) when a report says so
_CAME = re.compile(r"吸引|接待|参与|参加|观看|参观|到访|观众|游客|客流|入园|服务")
# Visitors asked for, counted in visits (人次)
_VISITS_ASKED = re.compile(
    r"(?:多少|几)万?(?:名|位)?(?:游客|旅客|观众|客流|人次)"
    r"|(?:多少|how many)\s*(?:visitors|tourists|visits|spectators|attendees)\b"
)
# A change by a count or an amount asked ("比上年增加了多少亩"): a level ("种植面积4.2万亩")
# is no answer, only a figure the report states as a change
_CHANGE_ASKED = re.compile(
    r"(?:比|较|同比)(?:上一?年|去年|前年|(?:19|20)\d\d年)?[^，。？?]{0,6}?"
    r"(?:增加|减少|多|少|增长|下降|提高|降低)了?(?:多少|几)"
)
_CHANGE_STATED = re.compile(r"增加|减少|新增|增长|下降|提高|降低|多|少|扩大|缩小|净增")
# A size asked by its dimension, and the units that measure it
_SIZE = re.compile(
    r"面积[有是达到为]*(?:多大|多少)|多大面积|占地多大|(?:长度|里程|全长)[有是达到为]*(?:多长|多少)|多长"
)
_DIMENSIONS = {
    "area": frozenset({"平方米", "平方公里", "亩", "公顷"}),
    "length": frozenset({"公里", "米"}),
    "concentration": frozenset({"微克/立方米", "毫克/立方米"}),
}
# Below this share of the question's words, a clause names none of the thing asked: one
# character shared with a word ("新改建农村公路" with 改线) is no mention of it
NAMES_NONE = 0.1
# A concentration asked as a level ("PM2.5年均浓度是多少"): its fall ("同比下降4.1%") is no
# answer; a question naming a change asks the change
_CONCENTRATION = re.compile(r"浓度")
# Units that measure rather than count
_MEASURED = frozenset({"%", "个百分点", "倍", "元", "美元", "微克/立方米", "吨", "立方米"}).union(
    *_DIMENSIONS.values()
)
_MEASURE_UNIT = {"名": "人", "位": "人", "栋": "幢", "千米": "公里", "微克": "微克/立方米"}


@dataclass(frozen=True)
class Slot:
    """What kind of answer a question asks for.

    `kind`: amount (money), rate (% or percentage points), count (with `measure`),
    figure (any figure), date (`measure` "month" when the month is asked), year, name, place
    or describe (measures, what something is).
    `echoed` holds the figures the question itself quotes; `sub` the words after a breakdown
    word ("民生支出87亿里面**教育**花了多少"), which a filling figure must be bound to.
    """

    kind: str
    measure: str = ""
    echoed: tuple[Quantity, ...] = ()
    sub: str = ""
    ratio: bool = False  # the question itself asks per head or on average
    asked: str = ""  # the question's text (an address it names is no answer to itself)
    # the lexicon's scope words by class ("新增…" / "…总数"): the new ones of a year asked
    # are not filled by all of them, nor the reverse
    scopes: Scopes = ()
    # the question's nouns, each with the report terms it stands for: a figure of another
    # kind of one of them ("独角兽企业" for "瞪羚企业") does not fill the slot
    nouns: tuple[tuple[str, ...], ...] = ()
    # the question's noun phrases of two nouns or more, each as (the words before its last
    # noun, the last noun and the report terms it stands for): "规上工业增加值" is
    # ("规上工业", ("增加值",)), and 规上工业总产值's figure is not its figure
    heads: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the lexicon's levels (国家级 / 省级 / 市级, 主板 / 科创板): "国家级…多少家" is not
    # filled by a clause counting the 省级 ones
    levels: tuple[tuple[str, ...], ...] = ()
    dated: bool = False  # the question (or the one it follows) names a year
    # the lexicon's indicators the question names, each with its other names: a figure is
    # bound to the question only when its words name each of them
    indicators: tuple[tuple[str, ...], ...] = ()
    # a part of a thing asked after it ("高层次人才中**外籍人才**有多少人"): a filling
    # figure's words name it
    part: str = ""
    # the question's nouns as jieba tags them, each with its report terms: the things asked
    # about, which a filling figure's words name where the passage names them
    things: tuple[tuple[str, ...], ...] = ()

    def scope(self, text: str) -> frozenset[int]:
        """The scope classes a text names (as indexes into `scopes`); a place named with a
        scope word ("新建区", Nanchang's) names none."""
        return scopes_named(self.scopes, _PLACE_NAMED.sub("", text))

    def asked_scope(self) -> frozenset[int]:
        """The scope classes the question asks: those it names, in English too ("how many new
        …"); with none named, a count standing at a time ("截至2024年底有多少家", "how many …
        by the end of 2024") asks all of them, not a year's new ones."""
        asked = self.scope(self.asked) | self._kind_of(_NEW_ASKED_EN, "新增")
        return asked or self._kind_of(_STOCK_ASKED, "累计")

    def figure_scope(self, context: str) -> frozenset[int]:
        """The scope classes a figure's own clause names (`figures_with_context`'s context)."""
        return _stated_scope(self, _own_clause(normalize(context)))

    def _kind_of(self, pattern: re.Pattern[str], word: str) -> frozenset[int]:
        """The class holding `word` when the question says `pattern`."""
        if not pattern.search(self.asked):
            return frozenset()
        return frozenset(i for i, words in enumerate(self.scopes) if word in words)

    @property
    def wants_figure(self) -> bool:
        """True for the kinds a figure fills."""
        return self.kind in ("amount", "rate", "count", "figure", "ordinal")


# A count asked as it stands at a time: all of them so far
_STOCK_ASKED = re.compile(
    r"截[至止]|目前|现有|现在有|共有|已有|已经有|"
    r"\b(?:by the end of|in total|so far|now|currently|altogether|total number)\b"
)
# The new ones asked in English ("how many new companies")
_NEW_ASKED_EN = re.compile(r"\b(?:new|newly)\b")
# A scope word that opens a place's name ("新建区"): the name, no scope
_PLACE_NAMED = re.compile(r"新[\u4e00-\u9fff]?(?=[区县镇乡](?![级属内域]))")


def read_slot(text: str, wants_number: bool, yes_no: bool = False, scopes: Scopes = ()) -> Slot:
    """The slot of a question's normalized text.

    A yes/no question ("GDP是不是过了1600亿") asks whether its own figure holds: the passage
    fills it with the figure on that topic, so the question's figures are no quotes there.
    """
    if yes_no:
        has_figures = any(not q.ordinal for q in extract_quantities(text))
        return Slot(kind="figure" if has_figures else "describe", asked=text, scopes=scopes)
    # "哪三大产业" counts the list it asks for: that figure is no quote of the report's
    # (a rank is one when the place is asked: "哪个区增速位居全市第三")
    which_region = bool(_WHICH_REGION.search(text))
    echoed = tuple(
        q
        for q in extract_quantities(text)
        if (not q.ordinal or which_region) and text[q.start - 1 : q.start] != "哪"
    )
    sub = ""
    m = _BREAKDOWN.search(text)
    if m:
        sub = text[m.end() :]
    ratio = any(w in text for w in _RATIO_WORDS)
    measure = _MEASURE.search(text)
    if grade := _GRADE_ASKED.search(text):  # "是几星级高中": a grade, "省四星级"
        kind, unit = "grade", grade.group(1)
    elif "第几" in text or _RANK_POSITION.search(text):  # "在全市处于什么位置": a rank
        kind, unit = "ordinal", ""
    elif WHICH_YEAR.search(text):
        kind, unit = "year", ""
    elif _WHEN.search(text):
        kind, unit = "date", "month" if _WHICH_MONTH.search(text) else ""
    elif echoed and _WHICH_REGION.search(text) and not _OWN_NUMBER.search(text):
        # "哪个地方去年外贸进出口总额268亿元": the figure is given, the place asked
        kind, unit = "place", ""
    elif (not measure or measure.group(1) == "个") and _PEOPLE_ASKED.search(text):
        kind, unit = "count", "人"
    elif not measure and _VISITS_ASKED.search(text):
        kind, unit = "count", "人次"  # "接待了多少游客": visits, not "航线增至3条"
    elif measure:
        kind, unit = "count", _MEASURE_UNIT.get(measure.group(1), measure.group(1))
    elif size := _SIZE.search(text):  # "建筑面积有多大", "全长多长": an area or a length
        kind, unit = "count", "area" if "面积" in size.group(0) else "length"
    elif (
        wants_number
        and _CONCENTRATION.search(text)
        and not any(w in text for w in (*CHANGE_WORDS, "变化", "改善", "多少个百分点"))
    ):
        kind, unit = "count", "concentration"
    elif DIRECTION_ASKED.search(text):  # "是涨了还是跌了": a rise or a fall, with or
        kind, unit = "direction", ""  # without its figure ("“三公”经费支出持续下降")
    elif _RATE.search(text):
        kind, unit = "rate", "%"
    elif _MONEY.search(text):
        kind, unit = "amount", "元"
    elif _COUNT_EN.search(text):
        kind, unit = "count", ""
    elif (
        wants_number
        and not _OWN_NUMBER.search(text)
        and (_PLACE.search(text) or _ADDRESS.search(text))
    ):
        # a follow-up asking where ("具体建在哪些街道" after "建几家"): its own ask is a place
        kind, unit = "place", "address" if _ADDRESS.search(text) else ""
    elif wants_number and _AMOUNT_ASKED.search(text):
        kind, unit = "amount", "元"  # "规模以上工业增加值是多少": its value, not its growth
    elif wants_number:
        kind, unit = "figure", ""
    elif _ADDRESS.search(text):
        kind, unit = "place", "address"
    elif _PLACE.search(text):
        kind, unit = "place", ""
    elif _NAME.search(text):
        kind, unit = "name", ""
    else:
        kind, unit = "describe", ""
    return Slot(kind, unit, echoed, sub, ratio, text, scopes)


@dataclass(frozen=True)
class Fill:
    """A figure that fills a slot: the passage it is in and the words bound to it."""

    passage: Passage
    quantity: Quantity
    context: str


def filling_figures(
    slot: Slot, passages: Sequence[Passage], covers: Callable[[str], float], asked_frame: str | None
) -> list[Fill]:
    """The figures of the passages that fill a figure slot, in reading order (see `fills`)."""
    if not slot.wants_figure:
        return []
    need = _need(passages, covers)
    return [f for p in passages for f in _filling(slot, p, covers, need, asked_frame)]


def _summed_over_years(text: str, fill: Fill) -> bool:
    """The figure's words, or those of the list it is an item of, sum over years, or its
    sentence opens with such a sum ("两年累计改造…，均超额完成目标；加装电梯74台")."""
    said = fill.context
    before = _sentence_before(text, fill.quantity)
    if said.startswith("、"):
        said = split_at(before, "，,；;")[-1]
    return bool(OVER_YEARS.search(said) or _YEARS_OF.search(said) or _YEARS_SUMMED.search(before))


def _an_item(fill: Fill, figures: Sequence[tuple[Quantity, str]], asked: str) -> bool:
    """The figure is one of a list of counts in one unit ("专家4人、企业家13人、创业者221
    人"), of a noun the question does not ask ("专家" for "多少名人才")."""
    at = next((i for i, (q, _) in enumerate(figures) if q is fill.quantity), None)
    noun = re.findall(r"[\u4e00-\u9fff]{2}$", fill.context[: fill.context.rfind(fill.quantity.raw)])
    if at is None or not noun or noun[0] in asked:
        return False
    unit = fill.quantity.unit
    listed = fill.context.startswith("、") and at > 0 and figures[at - 1][0].unit == unit
    followed = (
        at + 1 < len(figures)
        and figures[at + 1][1].startswith("、")
        and figures[at + 1][0].unit == unit
    )
    return listed or followed


def _need(passages: Sequence[Passage], covers: Callable[[str], float]) -> float:
    """How much of the thing asked a figure's words must name to be bound to it: a share
    of what the best of the passages names, so that a passage naming little of it ("区属国企
    资产总额" for 固定资产投资总额) does not lower the bar for its own figures."""
    best = max((covers(normalize(p.text)) for p in passages), default=0.0)
    return max(BIND_FLOOR, BIND_SHARE * best)


def _filling(
    slot: Slot,
    p: Passage,
    covers: Callable[[str], float],
    need: float,
    asked_frame: str | None = None,
) -> list[Fill]:
    """The figures of one passage of the kind asked, bound to the thing asked about; a
    result asked is not filled by a figure its clause names a target ("2023年，新增加装电梯
    目标110部" in a review's table)."""
    if not _ranks_if_asked(slot, p, covers, need):
        return []
    asked = _places_asked(slot.asked)
    if asked and not _same_places(asked, street_keys(p.text)):
        # "淳溪街道改造了几个" against "改造老旧小区14个，其中古柏街道6个", "盛泽镇加装了多少部
        # 电梯" against the district's "加装电梯58部": the passage gives no figure of the
        # street or town asked (one the asker lives in, "我是江浦街道的居民", asks nothing)
        return []
    numbered = _NUMBERED_THING.findall(slot.asked)
    figures = figures_with_context(p.text, slot.scopes)
    fills = [
        Fill(p, q, ctx)
        for q, ctx in figures
        if _fits(slot, q, ctx)
        and _bound(slot, ctx, covers, need)
        and all(n in _sentence_around(p.text, q) for n in numbered)
        # "多少个摊位" is not filled by "夜市…月均客流突破60万人次" (its sentence up to it
        # names the noun: "改造老旧小区58个，…，其中杨家峪街道11个")
        and _counts_noun(slot, normalize(_sentence_before(p.text, q) + _named_after(p.text, q)))
        and not any(
            _unqualified(modifier, names, _sentence_around(p.text, q), slot)
            for modifier, names in slot.heads
        )
    ]
    fills = _of_the_thing(slot, p.text, figures, fills)
    if p.frame == FRAME_TARGETS:
        # "今年接待游客的目标" is no goal its clause sets for a later year ("展望2027年，…")
        fills = [f for f in fills if not _goal_of_another_year(slot.asked, p, f.context)]
    if _SUMMED.search(slot.asked) and p.frame != FRAME_SPAN:
        # "过去五年累计新增城镇就业多少人" is not filled by one year's 2.46万人, unless the
        # figure's own words sum over years (a look-back's sentence is one throughout)
        # (of a list, "三年累计改造老旧小区150个、加装电梯120台", the words it opens with)
        fills = [f for f in fills if _summed_over_years(p.text, f)]
    if p.frame != FRAME_SPAN and not _SPAN_ASKED.search(slot.asked):
        # a year's figure asked ("2024年加装电梯多少台"): not one a sum over years stands
        # for, in a sentence that opens with the sum ("两年累计改造老旧小区108个…；加装电梯
        # 68台" in the review of the action's last year)
        fills = [f for f in fills if not _YEARS_SUMMED.search(_sentence_before(p.text, f.quantity))]
    if _SUM_ASKED.search(slot.asked):
        # "“十四五”期间累计接待游客多少" is no figure of "接待游客从2020年的2380万人次增加到
        # 2025年的5120万人次": two years' levels, not a sum
        fills = [f for f in fills if not _FROM_TO.search(f.context)]
        # "“人才管家”一共服务了多少名人才" is no item of a list its sentence opened with
        # ("…，累计集聚科技顶尖专家4人、培育创新型企业家13人、引进…人才221人"): the list's
        # sum, which the report does not give
        fills = [f for f in fills if not _an_item(f, figures, slot.asked)]
    if p.frame == FRAME_SPAN and not (
        _SUMMED.search(slot.asked) or _OVER_PERIOD.search(slot.asked)
    ):
        # one year asked of a look-back ("2020年城镇新增就业多少人"): its figure of that year
        # ("从2020年的1740万人次"), not the period's sum ("累计新增城镇就业7.4万人")
        years = set(YEAR_NIAN.findall(slot.asked))
        if len(years) == 1 and not p.years.endswith(tuple(years)):
            # (the period's last year is the year its totals stand at: "截至2021年底…累计")
            year = years.pop()
            fills = [f for f in fills if _of_year(f, year)]
    if asked_frame == FRAME_RESULTS:
        fills = [f for f in fills if not named_target(f)]
    if _PLAN_SPAN_ASKED.search(slot.asked) and not _PLAN_SPAN_SAID.search(p.text):
        return []  # "“十五五”期间累计新增学位的目标": no one year's plan ("新增学位3000个")
    if _look_back_asked(slot, asked_frame, p.frame):
        return []
    if asked_frame and _frames_clash(asked_frame, p.frame):
        # a target asked, from another frame's passage: only a figure it names a target
        # (a review's table row "城镇新增就业2025年目标1.2万人")
        fills = [f for f in fills if asked_frame == FRAME_TARGETS and named_target(f)]
    return fills


def _of_the_thing(
    slot: Slot, text: str, figures: list[tuple[Quantity, str]], fills: list[Fill]
) -> list[Fill]:
    """Where a clause of the passage gives the own figure of the things asked ("其中马家沟冰雪
    嘉年华接待游客312万人次"), not a figure of the whole area or year that names none of them
    ("全年接待游客4150万人次，增长7.5%": the district's, though the sentence opens with the
    carnival held)."""
    key = normalize(text)
    named = [n for n in slot.things if any(w in key for w in n)]
    if not fills or not named:
        return fills

    def names_all(words: str) -> bool:
        return all(any(w in words for w in n) for n in named)

    if not any(names_all(_subject_clause(normalize(ctx))) for _, ctx in figures):
        return fills
    return [
        f
        for f in fills
        if names_all(subject := _subject_clause(normalize(f.context)))
        or not _WHOLE_OPENING.match(subject)
    ]


# A clause about the whole area or year ("全年接待游客…", "全区新增…")
_WHOLE_OPENING = re.compile(r"^[，,；;、\s]*(?:其中)?(?:全年|全区|全县|全市|全镇|全街道|全乡)")


def _subject_clause(ctx: str) -> str:
    """The last clause of a figure's context that names a thing of its own: a bare "增长7.5%"
    is of the clause before it."""
    # (a part's clause joined to the whole's before it, "…增长7.5%其中…312万人次", is its own)
    clauses = [c for c in re.split(r"[，,；;]|(?=其中)", ctx.rstrip("，,；;")) if c] or [ctx]
    return next((c for c in reversed(clauses) if _names_own_thing(c)), clauses[-1])


# A five-year plan's span asked, and the words a passage gives a span's figures by
_PLAN_SPAN_ASKED = re.compile(PLAN_PERIOD + r"|五年规划")
_PLAN_SPAN_SAID = re.compile(
    PLAN_PERIOD + r"|五年|到(?:19|20)\d\d年|(?:19|20)\d\d年(?:底|末)?(?:前|以前)|"
    r"期末|规划期|年均|累计"
)


def _of_year(fill: Fill, year: str) -> bool:
    """The figure is stated of the year: the last year named before it in its sentence part
    is that one, with no other figure between ("从2020年的1740万人次增加到3580万人次" gives
    2020 its 1740万人次, not its 3580万人次)."""
    text, q = fill.passage.text, fill.quantity
    before = _sentence_part(text, q.start)
    named = list(YEAR_NIAN.finditer(before))
    if not named or named[-1].group(1) != year:
        return False
    return not extract_quantities(before[named[-1].end() :])


@lru_cache(maxsize=1024)
def _places_asked(asked: str) -> frozenset[str]:
    """The streets and towns a question asks about (not where the asker lives), read once a
    question rather than once a passage."""
    return street_keys(_ASKER_PLACE.sub("", asked))


def _same_places(asked: frozenset[str], stated: frozenset[str]) -> bool:
    """A place asked is one stated, also when typed with a same-sounding character ("湖父镇"
    for the report's 湖㳇镇)."""
    return bool(asked & stated) or bool({_sound(a) for a in asked} & {_sound(b) for b in stated})


@lru_cache(maxsize=4096)
def _sound(name: str) -> str:
    """A name's syllables without tones."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name))


# A count of things asked by its measure word and noun ("在多少个城区中比较", "排名前十的有
# 几家企业"): a rank named in such a question is its topic, not what it asks
_COUNT_OF_THINGS = re.compile(r"(?:多少|几)(?:个|家|所|座|项|条)(?![名位次])[\u4e00-\u9fff]")


def asks_rank(text: str) -> bool:
    """The question asks a rank among peers ("在各区里是最高的吗", "全市排第几")."""
    return bool(_RANK_ASKED.search(text)) and not _COUNT_OF_THINGS.search(text)


def _ranks_if_asked(
    slot: Slot, p: Passage, covers: Callable[[str], float] | None = None, need: float = 0.0
) -> bool:
    """A rank asked is stated, in a sentence part on the thing asked: "在南京各区里是最高的
    吗" is not told by "优良天数比例79.2%", "社零在全市排第几" not by GDP's "位居全市第一"."""
    if not asks_rank(slot.asked):
        return True
    parts = [normalize(part) for part in re.split(r"[。；;]", p.text) if part]
    ranked = [part for part in parts if _RANK_STATED.search(part)]
    # the rank is said of the thing asked, not of a neighbour in the passage ("经济总量继续
    # 位居全市第一" is GDP's): one of the question's own nouns is in its sentence part
    named = [
        n
        for names in slot.nouns
        for n in names
        if len(n) >= 2 and not _RANK_ASKED.search(n) and not _RANK_SCOPE.match(n)
    ]
    if named:
        return any(any(n in part for n in named) for part in ranked)
    return any(covers is None or covers(part) >= need for part in ranked)


def fills(
    slot: Slot, passages: Sequence[Passage], covers: Callable[[str], float], asked_frame: str | None
) -> bool:
    """True when one of the passages fills the slot for the thing asked about.

    `covers(text)` is the share of the question's own concepts a text holds (0..1).
    """
    need = _need(passages, covers)
    for p in passages:
        if not _ranks_if_asked(slot, p, covers, need):
            continue
        if slot.wants_figure and _filling(slot, p, covers, need, asked_frame):
            return True
        if asked_frame and _frames_clash(asked_frame, p.frame):
            continue  # a 2020 target asked, a 2019 result found (or the reverse)
        if _look_back_asked(slot, asked_frame, p.frame):
            continue
        if slot.kind == "direction" and _tells_direction(slot, p.text, covers, need):
            return True
        if slot.kind == "grade" and any(
            re.search(rf"[一二三四五六七八九十\d]{re.escape(slot.measure)}", c)
            and covers(c) >= need
            for c in _CLAUSE_MARKS.split(p.text)
        ):
            return True  # "高淳区第三中学创成省四星级高中"
        if slot.kind == "rate" and any(
            _bound(slot, _sentence_part(p.text, m.end()), covers, need)
            for m in _FROM_TO.finditer(p.text)
        ):
            return True  # "从56.4微克/立方米下降到42.3微克/立方米" answers "下降了多少"
        if (
            slot.kind in ("date", "year")
            and p.frame == FRAME_TARGETS
            and _DONE_ASKED.search(slot.asked)
        ):
            continue  # "是哪一年评上…的" against "全力争创…": a plan tells no time it happened
        if slot.kind == "date" and _tells_when(p.text, _event(slot.asked), slot.measure):
            return True
        if slot.kind == "year" and _tells_year(p, year_event := _event(slot.asked, WHICH_YEAR)):
            if _event_of_subject(slot.asked, p.text, year_event, WHICH_YEAR):
                return True
        if slot.kind == "place" and slot.measure == "address":
            if any(
                m.group(0) not in slot.asked and _named(m) for m in _ADDRESS_WORD.finditer(p.text)
            ):
                return True  # a street or compound the question does not name itself
            continue
        if (
            slot.kind == "place"
            and slot.echoed
            and _WHICH_REGION.search(slot.asked)
            and all(q.raw in p.text for q in slot.echoed)
        ):
            return True  # "粮食总产量36.8万吨说的是哪个地方": the report stating it names it
        if slot.kind == "place" and not _tells_where(slot.asked, p.text, covers):
            continue  # "金陵船厂搬迁要搬到哪里" against "推进金陵船厂搬迁": no place said
        if (
            slot.kind in ("name", "place")
            and slot.echoed
            and _WHICH_ONE.search(slot.asked)
            and all(q.raw in p.text for q in slot.echoed)
        ):
            # "哪个片区新引进外资项目7个": the one whose figure the question gives (not
            # "12个监测站分别装在哪些地方": where each of the things counted is)
            return True
        if slot.kind in ("name", "place") and _only_counts(slot.asked, p.text, covers):
            continue  # "新增的上市企业是哪一家" against "新增上市企业1家": counted, not named
        if slot.kind in ("name", "place", "describe") and not _only_echoes(slot, p.text):
            return True
    return False


_CLAUSE_MARKS = marks_pattern("，,；;。")  # what ends a clause of a passage


def _tells_direction(slot: Slot, text: str, covers: Callable[[str], float], need: float) -> bool:
    """A clause on the thing asked says which way it went ("固定资产投资下降2.6%", "“三公”经费
    支出持续下降")."""
    for clause in _CLAUSE_MARKS.split(text):
        if any(w in clause for w in CHANGE_WORDS) and _bound(slot, clause, covers, need):
            return True
    return False


# Words around what a "when" question asks about that name no event ("能", "正式", "开始")
# nor the report itself ("哪天作的这个报告": its date line tells)
_NOT_EVENT = re.compile(
    r"[能会才要将可以的了呢吗啊呀吧哦]|开始|正式|大概|大约|重新|具体|预计|打算|这[个份次]|该|"
    r"(?:政府)?(?:工作)?报告"
)


# A verb's colloquial "done" complement: 建好, 盖完
_DONE_COMPLEMENT = re.compile(r"([建盖修造])[好完]")


# A share of a whole: "民生支出占一般公共预算支出比重达到83%" is 民生支出's, not the whole's
_WHOLE_SHARED = re.compile(r"占[^，。；,;]{1,20}?(?:的)?(?:比重|比例|份额)")
_SHARE_ASKED = re.compile(r"占|比重|比例|份额|占比|share|proportion")
# A part of a whole asked ("占全区外贸的比重"), not any ratio ("城乡居民收入比例")
_OF_A_WHOLE_ASKED = re.compile(r"占|比重|份额|占比|share of")
# A colloquial "in use": 用上, 用得上
_IN_USE = re.compile(r"用得?上")
# "投运" is the reports' 投入运营 (or 投入运行) said short
_IN_OPERATION = re.compile(r"投运")


def _event(asked: str, when: re.Pattern[str] = _WHEN) -> frozenset[str]:
    """What a "when" question asks the time of, as bigrams: the words after its when-word
    ("新院什么时候建成开诊" → 建成, 成开, 开诊); empty when it writes none there."""
    m = when.search(asked)
    if m is None:
        return frozenset()
    after = _NOT_EVENT.sub("", re.split(r"[，,。？?！!；;\s]", asked[m.end() :])[0])
    after = _DONE_COMPLEMENT.sub(r"\1成", after)  # "建好", "修完" are the reports' 建成
    after = _IN_USE.sub("使用投用", after)  # "能用上" is the reports' 投入使用, 投用
    after = _IN_OPERATION.sub("投运投入运营运行", after)
    cjk = re.findall(r"[\u4e00-\u9fff]+", after)
    return frozenset(w[i : i + 2] for w in cjk for i in range(len(w) - 1))


def _tells_when(text: str, event: frozenset[str], measure: str = "") -> bool:
    """The text gives a time, in a sentence part saying the asked event happens then when
    the question names one ("于4月开工建设" tells when building began, not when it opens;
    "2017年，一般公共预算收入突破百亿大关" when it passed 100亿). A month asked ("几月份")
    is told by a month or a date, not by "年内" or a year."""
    patterns = (
        (DATE, MONTH_DAY, _MONTH)
        if measure == "month"
        else (YEAR_NIAN,)
        if measure == "year"
        else (DATE, MONTH_DAY, _DUE, YEAR_NIAN)
    )
    for pattern in patterns:
        for m in pattern.finditer(text):
            if not event:
                return True
            part = span_around(text, m.start(), m.end(), SENTENCE_PART_MARKS)
            if any(w in part for w in event):
                return True
    return False


def _tells_year(p: Passage, event: frozenset[str]) -> bool:
    """The passage gives a year (its own, or its frame's) for the asked event when the
    question names one: "第二分校计划哪一年建成招生" is not told by "启动第二分校建设"."""
    if not (YEAR_NIAN.search(p.text) or p.frame != FRAME_NONE):
        return False
    if not event:
        return True
    if p.frame != FRAME_NONE:
        return any(w in p.text for w in event)
    return _tells_when(p.text, event, "year")


def _event_of_subject(asked: str, text: str, event: frozenset[str], when: re.Pattern[str]) -> bool:
    """A clause of the text names both the thing asked about (the words before the
    when-word) and the event: "地铁20号线二期宝安段哪年建成" is not told by "…宝安段开工建设，
    空港新城连接通道一期建成通车"."""
    m = when.search(asked)
    if m is None or not event:
        return True
    before = re.findall(r"[\u4e00-\u9fff]+", re.sub(r"[是在于的]+$", "", asked[: m.start()]))
    subject = {w[i : i + 2] for w in before for i in range(len(w) - 1)}
    if len(subject & bigrams(text)) < min(2, len(subject)):
        return True  # the passage does not name the thing (it may be a clause before)
    clauses = _CLAUSE_MARKS.split(text)
    for i, clause in enumerate(clauses):
        if not any(w in clause for w in event):
            continue
        if len(subject & bigrams(clause)) >= min(2, len(subject)):
            return True
        # "“南岗快办”：南岗区政务服务品牌，于2021年上线": a clause with no subject of its own
        # is of the sentence's first clause's
        at = min(clause.find(w) for w in event if w in clause)
        if (
            i
            and not re.sub(_OWNLESS, "", clause[:at])
            and (len(subject & bigrams(clauses[0])) >= min(2, len(subject)))
        ):
            return True
    return False


# What a clause says before its verb without naming a subject ("于2021年", "已在2023年")
_OWNLESS = re.compile(
    r"[于在已将并还又也均先后]|(?:19|20)\d\d年|\d{1,2}月(?:\d{1,2}日)?|[^\u4e00-\u9fff]"
)


def _named(m: re.Match[str]) -> bool:
    """A street-level place with a name before its suffix ("中山北路", "傅厚岗30号"), not a
    count or a kind of them ("17条道路" has none; "首家…路" is no name)."""
    stem = re.sub(r"(?:路|街|大道|巷|号|广场|大厦)$", "", m.group(0))
    return len(stem) >= 2 and not re.search(r"[\d家个级等和及各全每本该的这那些首]", stem[-2:])


def _frames_clash(asked: str, frame: str) -> bool:
    """A passage's frame cannot answer the frame asked (targets vs results or look-back)."""
    return {asked, frame} == {FRAME_RESULTS, FRAME_TARGETS} or (
        asked == FRAME_TARGETS and frame == FRAME_SPAN
    )


def _look_back_asked(slot: Slot, asked_frame: str | None, frame: str) -> bool:
    """A look-back asked in words ("过去五年累计改造了多少个") is not filled by a plan; a
    year named (one a look-back covers, "2020年目标") is the frames' to sort out."""
    return asked_frame == FRAME_SPAN and frame == FRAME_TARGETS and not slot.dated


_FROM_TO = re.compile(r"从[^，；。]{0,16}?\d[^，；。]{0,24}?(?:到|至)[^，；。]{0,6}?\d")


def _sentence_part(text: str, end: int) -> str:
    """The text up to `end` from the start of its sentence part (after 。 or ；): the words
    a change from one level to another is said of."""
    start = max(text.rfind(c, 0, end) for c in "。；;") + 1
    return text[start:end]


# A goal's year in a plan ("展望2027年", "力争到2027年", "到2030年")
_PLAN_GOAL_YEAR = re.compile(rf"展望((?:19|20)\d\d)年|{GOAL_YEAR.pattern}")


def _goal_of_another_year(asked: str, p: Passage, context: str) -> bool:
    """A figure its clause sets as a goal of a year (`_PLAN_GOAL_YEAR`) other than the one asked
    (named, or 今年: the plan's own year)."""
    goal = _PLAN_GOAL_YEAR.search(context)
    if goal is None:
        return False
    named = YEAR_NIAN.findall(asked)
    if not named and "今年" in asked and p.years.isdigit():
        named = [p.years]
    return bool(named) and (goal.group(1) or goal.group(2)) not in named


def _named_after(text: str, q: Quantity) -> str:
    """A figure with the words right after it in its clause ("10家三级医院", "187个片区")."""
    end = re.search(r"[，,。；;、]", text[q.end : q.end + NOUN_AFTER])
    return text[q.start : q.end + (end.start() if end else NOUN_AFTER)]


NOUN_AFTER = 8  # characters after a figure that may name what it counts


def _sentence_before(text: str, q: Quantity) -> str:
    """The words of a figure's sentence before it (from the last 。)."""
    return text[text.rfind("。", 0, q.start) + 1 : q.start]


# A sum over years a sentence opens with ("两年累计", "五年来共"), and a question asking of
# years together ("两年行动", "五年来", "累计", "期间")
_YEARS_SUMMED = re.compile(
    rf"(?:(?<![\d〇零])[两三四五六七八九十]年(?:来|间)?|{PLAN_PERIOD}”?(?:期间|以来|时期)?)(?:累计|共)"
)
_SPAN_ASKED = re.compile(
    rf"(?<![\d〇零])[两三四五六七八九十]年|{PLAN_PERIOD}|累计|累积|一共|总共|合计|共计|加起来|总计|以来|期间"
)


def _sentence_around(text: str, q: Quantity) -> str:
    """The sentence part (between 。 or ；) a figure stands in, both sides of it."""
    start = max(text.rfind(c, 0, q.start) for c in "。；;") + 1
    ends = [i for i in (text.find(c, q.end) for c in "。；;") if i >= 0]
    return text[start : min(ends, default=len(text))]


_DUE = re.compile(
    r"年底|年内|月底|上半年|下半年|年初|年末|\d{1,2}月"
    # a holiday, a season or a quarter a thing is due by ("国庆节前开街", "秋季学期投入使用")
    r"|(?:春节|元旦|五一|国庆节?|中秋节?|端午节?)(?:前|期间)|[春夏秋冬]季(?:学期)?|[一二三四]季度"
    r"|暑期|暑假|寒假"
)
_CLAUSE_BREAK = re.compile(r"[，；。：、,;:]")
_CLAUSE_OF = marks_pattern("，,；;。")  # where a figure's own clause begins
_BARE = re.compile(
    r"^[，；、,;\s]*(?:其中|同比|比上年|较上年|按?同口径|按?可比口径|按自然口径|按可比价格?计?算?)?"
    r"(?:增长|下降|增加|减少|提高|达到?|占)?"
)


# Words of time and linking verbs beside a scope word ("当年新增", "总数达到"): with it,
# they name no noun of their own
_SCOPE_TIME = re.compile(
    r"(?:到|至)?(?:19|20)\d\d年(?:底|末)?前?|当年|全年|同年|年内|其中|累计|达到|达|为|是|有|共|约|超过|突破"
)

# Words that say only when or in which frame, as a table row's cells do ("地区生产总值增速：
# 2022年目标6.5%左右，2022年完成2.6%"): the figure counts what the row's label names
_WHEN_ONLY = re.compile(r"[，；、,;\s]*(?:19|20)\d\d年(?:目标|预期目标|完成|实际|计划)?")


def named_target(fill: Fill) -> bool:
    """The figure is named, in its own clause, as a target rather than a result."""
    text, q = fill.passage.text, fill.quantity
    if text[q.start : q.end] != q.raw:
        return False  # not read from the passage's text as it stands
    return names_target(_CLAUSE_BREAK.split(text[: q.start])[-1], text[q.end :])


# A clause measuring what the clause before it stated against a mark ("，低于预期目标0.7个
# 百分点", "，高于全市平均1.2个百分点"): of that clause's thing
_AGAINST_MARK = re.compile(
    r"[，,；;\s]*(?:低于|高于|超过|超出|快于|慢于)(?:年初|全年)?(?:预期|全市|全省|全国)?"
    r"(?:目标|平均水平|平均)?"
)
# A clause opening with a bare measure of what the clause before it stated ("地区生产总值
# 1012.6亿元，增长5.6%，增速位居全市第二": the growth's rank)
# What a rank is of: the growth, or the size ("经济总量位居全市第一", "增速位居全市第三")
RANK_MEASURES = (("增速", "增幅", "增长速度"), ("总量", "规模", "经济总量"))
_OF_THE_ONE_BEFORE = re.compile(
    r"[，,、]\s*(?:其)?(?:增速|增幅|总量|规模|排名|位次)(?=位居|位列|居|排|列|名列|稳居|继续|保持)"
)
# A clause naming a part of what the clause before it counted
_PART_OF = re.compile(r"[，,；;、\s]*其中")


def figures_with_context(text: str, scopes: Scopes = ()) -> list[tuple[Quantity, str]]:
    """Each figure of a text with the words that say what it counts.

    The context runs from the previous figure (or clause break) to a few characters past the
    figure ("17条道路" names its noun after it); a bare "增长8%" takes its predecessor's words,
    and so does one naming only its scope ("总数达到1126家，当年新增238家") or the same thing
    in another scope ("产业园新入驻企业78家，累计入驻企业236家"), or only a measure of it
    ("西甜瓜种植面积达到1.6万亩，产量8.9万吨").
    """
    out: list[tuple[Quantity, str]] = []
    prev_end, prev_core = 0, ""
    scope_words = sorted((w for words in scopes for w in words), key=len, reverse=True)
    quantities = extract_quantities(text)
    respective = _respective_nouns(text, quantities, scope_words)
    for q in quantities:
        start = prev_end
        for m in _CLAUSE_BREAK.finditer(text, prev_end, q.start):
            start = m.end() if text[m.start()] in "；。;" else start
        core = text[start : q.end]
        before = text[start : q.start]
        words = _BARE.sub("", before)
        own = _SCOPE_TIME.sub("", words)
        for w in scope_words:
            own = own.replace(w, "")
        if (
            len(re.findall(r"[\u4e00-\u9fff]", own)) < 2
            or (start == prev_end and own in prev_core and any(w in words for w in scope_words))
            or (start == prev_end and prev_core and MEASURE_NOUN.fullmatch(own))
            or _WHEN_ONLY.fullmatch(words)
            or (_PART_OF.match(before) and not MEASURE_NOUN.search(own))
            or _AGAINST_MARK.fullmatch(before)
            or _OF_THE_ONE_BEFORE.match(before)
        ):
            # "、增长8%": the growth of the figure before; "…全部超过20万元，其中超过100万元
            # 的村达到86个": a part of what it counted (not "其中新能源汽车产业产值突破600亿
            # 元", a measure of its own)
            core = prev_core + core
        if q.start in respective:  # "…，累计分别达到236家和29家": each the count of its noun
            core = respective[q.start] + text[q.start : q.end]
        after = _CLAUSE_BREAK.search(text, q.end)
        out.append((q, core + text[q.end : after.start() if after else len(text)]))
        if not (q.attributive or q.ordinal):
            # "千万元以上大项目156个": the threshold is part of the noun; "第五届…音乐节": so is
            # the ordinal
            prev_end, prev_core = q.end, core
    return out


def _respective_nouns(
    text: str, quantities: Sequence[Quantity], scope_words: Sequence[str]
) -> dict[int, str]:
    """The words naming each figure of a clause "…分别达到236家和29家" that names nothing of
    its own before 分别: those of the figures before it, in order ("新增省级专精特新中小企业
    42家、国家级“小巨人”企业5家，累计分别达到236家和29家"), then the clause's own words up
    to 分别, by each figure's start."""
    out: dict[int, str] = {}
    for m in re.finditer("分别", text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in "，；。,;") + 1
        own = text[clause_start : m.start()]
        for w in scope_words:
            own = own.replace(w, "")
        if len(re.findall(r"[\u4e00-\u9fff]", _SCOPE_TIME.sub("", own))) >= 2:
            continue  # "地区生产总值和一般公共预算收入分别增长8%和5%": its own nouns
        end = _CLAUSE_OF.search(text, m.end())
        run = [q for q in quantities if m.end() <= q.start < (end.start() if end else len(text))]
        before = [q for q in quantities if q.end <= clause_start and not q.attributive]
        if len(run) < 2 or len(before) < len(run):
            continue
        for q, ref in zip(run, before[-len(run) :], strict=True):
            # (the words of each referent: from the figure or clause break before it to it,
            # without its scope: "新增…42家" counts the new ones, "累计…236家" all of them)
            earlier = [x.end for x in before if x.end <= ref.start]
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, ref.start)]
            begin = max([*earlier, *breaks], default=0)
            words = text[begin : ref.start]
            for w in scope_words:
                words = words.replace(w, "")
            out[q.start] = words + " " + text[clause_start : run[0].start]
    return out


def _rank_of_another_measure(asked: str, before: str) -> bool:
    """A rank of the growth asked of one of the size, or the reverse: "经济总量排第几" is not
    told by "增速位居全市第三" (`before`: the rank's context up to it)."""
    for said, other in (RANK_MEASURES, RANK_MEASURES[::-1]):
        if any(w in asked for w in said) and not any(w in asked for w in other):
            return bool(re.search(rf"(?:{'|'.join(other)})[^，；。]{{0,8}}$", before))
    return False


def _fits(slot: Slot, q: Quantity, ctx: str) -> bool:
    """The figure is of the kind asked, and not one the question merely quotes."""
    if slot.kind == "ordinal":
        return q.ordinal and not _rank_of_another_measure(slot.asked, ctx[: ctx.find(q.raw)])
    if q.ordinal or q.attributive or _echoed(slot, q):
        return False
    per_head = any(w in ctx for w in _RATIO_WORDS)
    per_asked = any(w in slot.asked for w in _PER_WORDS)
    if slot.kind in ("count", "amount") and (
        per_head and not slot.ratio or per_asked and not per_head
    ):
        # "每千名老人拥有床位43.4张" is no head-count of beds, nor "新增养老床位420张" a
        # number per thousand elderly
        return False
    if slot.kind in ("count", "amount", "figure") and _CHANGE_ASKED.search(slot.asked):
        own = _own_clause(ctx[: ctx.find(q.raw)])
        if not _CHANGE_STATED.search(own):
            return False
    if _AVERAGED in slot.asked and _AVERAGED not in ctx:
        return False  # "“十五五”时期年均增长目标" is not filled by one year's "增长2%左右"
    if _YEAR_ON_YEAR.search(slot.asked) and _AVERAGED in _own_clause(ctx[: ctx.find(q.raw)]):
        return False  # nor "2020年…比上年增长了多少" by five years' "年均增长6.0%"
    if slot.kind == "amount":
        return q.unit in ("元", "美元")
    if slot.kind == "rate":
        if _OF_A_WHOLE_ASKED.search(slot.asked) and not _SHARE_ASKED.search(ctx[: ctx.find(q.raw)]):
            return False  # "对俄进出口占外贸的比重" is no growth ("增长18.3%")
        return q.unit in ("%", "个百分点", "倍")
    if slot.kind == "count" and slot.measure:
        if slot.measure in _PERSON_UNITS:
            # "音乐节来了多少人": the people who came, counted in visits ("吸引观众12.6万人次")
            came = q.unit == "人次" and _CAME.search(_own_clause(ctx[: ctx.find(q.raw)]))
            return q.unit in _PERSON_UNITS or bool(came)
        if slot.measure in _DIMENSIONS:
            return q.unit in _DIMENSIONS[slot.measure]
        # "几个站" counts things: not 33公里 of road, nor a share or an amount
        return interchangeable(q.unit, slot.measure) or (
            slot.measure == "个" and q.unit not in _MEASURED
        )
    return True


def _bound(slot: Slot, ctx: str, covers: Callable[[str], float], need: float) -> bool:
    """The figure's context names the thing asked about (and the sub-item of a breakdown),
    and the part of it asked: "新增了多少家" is not filled by "总数达到52家"."""
    key = normalize(ctx)
    if slot.sub and not _sub_in(slot.sub, key):
        return False
    # a part asked ("一般公共预算收入中税收占比") is what the figure's words must name; the
    # whole it is part of may stand before ("…96.8亿元，税收占比85.6%")
    part_named = bool(slot.part) and _part_in(slot.part, key)
    if slot.part and not part_named:
        return False
    if not part_named and any(not any(n in key for n in names) for names in slot.indicators):
        # "固定资产投资年均增长目标" is not filled by "地区生产总值年均增长5%左右"
        return False
    if not part_named and any(
        _narrowed(modifier, names, slot.indicators, key) for modifier, names in slot.heads
    ):
        return False
    # an indicator the question names, named at the figure, binds it whatever else the
    # question says ("“十五五”时期五年累计城镇新增就业的目标" and "五年累计城镇新增就业6万人")
    named = bool(slot.indicators) or part_named
    own = _own_clause(key)
    if other_streets(own, slot.asked):
        return False  # "其中永宁街道新增…52家" is one street's part, not the district's count
    if _other_site(slot.asked, key) or _a_sites_own(slot.asked, key, own):
        return False
    if _FACILITY_ASKED.search(slot.asked) and AREA_WIDE.match(own):
        return False  # "丽景校区提供了多少个学位" is no "全年新增学位4,050个" of the district
    if _one_of_several(slot.asked, key, own):
        return False
    asked, stated = slot.asked_scope(), _stated_scope(slot, own)
    if not stated and _PART_OF.match(own):
        # "…楼宇达到24栋，其中超5亿元楼宇5栋": a part counted as its whole is (all of them)
        clauses = split_at(key.rstrip("，,；;"), "，,；;")
        stated = _stated_scope(slot, clauses[-2]) if len(clauses) >= 2 else stated
    if asked and stated and not asked & stated and not _OVER_PERIOD.search(slot.asked):
        # (all built over a period, "过去五年一共建了多少", is the sum of the new ones)
        return False
    asked_kinds = _categories(slot.asked)
    if asked_kinds and not asked_kinds & _categories(key):
        return False  # "竣工项目33个" counts no 亿元以上 ones: a category by amount
    if not asked_kinds and _categories(own) and _WHOLE_ASKED.search(slot.asked):
        return False  # nor does "新签约亿元以上项目73个" count 新签约项目 of every size
    if any(_other_kind(names, key, own) for names in slot.nouns):
        return False
    # (a bare "增长7.4%" is of the level its predecessor names: "农村居民…49640元，增长7.4%")
    # (and a part, "其中亿元以上项目58个", of the stage its whole is: "新签约项目126个")
    leveled = own if _names_own_thing(own) and not _PART_OF.match(own) else key
    if any(_other_level(group, slot.asked, leveled) for group in slot.levels):
        return False
    if any(_other_head(modifier, names, key) for modifier, names in slot.heads):
        return False
    if any(_other_scope(modifier, names[0], key) for modifier, names in slot.heads):
        return False
    if covers(own) < NAMES_NONE and _names_own_thing(own) and not _came_to(slot, own):
        # "严格落实粮食安全责任制，新建高标准农田2.2万亩" for 粮食播种面积: the figure's own
        # clause names what it counts, and none of the thing asked
        return False
    share = _WHOLE_SHARED.search(own)
    if share and not _SHARE_ASKED.search(slot.asked):
        part = covers(own[: share.start()])
        if part < need and covers(share.group(0)) > part:
            # "民生支出占一般公共预算支出比重83%" is no 一般公共预算支出 figure (the whole
            # asked), but 研发投入强度's ("研发投入占地区生产总值比重": neither is named)
            return False
    return named or covers(key) >= need


# The noun a count asks for, right after its measure word ("多少个摊位", "几家企业入驻")
_COUNTED = re.compile(r"[\u4e00-\u9fff]{2,4}")
_NOT_COUNTED = re.compile(r"[吗呢了的是有在呀啊吧么和与及还都也就被将要会能]")
COUNTED_COVERAGE = 0.5  # of the noun's bigrams the figure's words must write


def _counts_noun(slot: Slot, key: str) -> bool:
    """The figure's words name the noun the count asks for (or a term it stands for)."""
    m = _MEASURE.search(slot.asked)
    noun = _COUNTED.match(slot.asked, m.end()) if m else None
    if noun is None:
        return True  # "多少人", "几个": no noun of its own
    counted = _NOT_COUNTED.split(noun.group(0))[0]
    if len(counted) < 2:
        return True
    # the terms the words after the measure stand for ("多少家公司和个体户": 市场主体)
    tail = slot.asked[noun.start() : noun.start() + NOUN_AFTER]
    names = [name for n in slot.nouns if n[0] in tail or counted in n[0] for name in n]
    return any(coverage(name, key) >= COUNTED_COVERAGE for name in (counted, *names))


def _came_to(slot: Slot, own: str) -> bool:
    """People asked for ("音乐节来了多少人") and a clause of its own counting those who came
    ("，吸引观众12.6万人次"): the count of the event named before, not of the whole year or
    area ("，全年接待游客1860万人次")."""
    return slot.measure in _PERSON_UNITS and bool(_CAME.search(own)) and not AREA_WIDE.match(own)


# A category by amount: "亿元以上项目", "10亿元及以上", "千万元以上大项目"
_CATEGORY = re.compile(
    r"((?:\d+(?:\.\d+)?|[一二三四五六七八九十两])?[十百千万亿]*(?:美元|元))(?:及)?以上"
)
# All of a thing asked, whatever its kind ("一共多少个（不限规模）")
_WHOLE_ASKED = re.compile(r"一共|总共|总数|全部|所有|不限|合计")


def _categories(text: str) -> frozenset[float]:
    """The amounts a text names categories by ("新签约亿元以上项目" → {1e8})."""
    return frozenset(
        round(q.value, 6)
        for m in _CATEGORY.finditer(text)
        for q in extract_quantities(m.group(1))
        if q.unit in ("元", "美元")
    )


def _names_own_thing(clause: str) -> bool:
    """A clause names a thing of its own before its first figure: some characters beyond the
    words that only link a figure to what came before ("增长8%", "其中当年新增238家")."""
    m = re.search(r"\d|[一二三四五六七八九十两百千万亿]+(?:个|家|项|人|亿|万)", clause)
    words = _BARE.sub("", clause[: m.start()] if m else clause)
    return len(re.findall(r"[\u4e00-\u9fff]", _SCOPE_TIME.sub("", words))) >= 3


# Words that stand between two nouns of one phrase without parting it
_BETWEEN_NOUNS = re.compile(r"(?:19|20)\d\d年度?")


def noun_heads(
    asked: str, nouns: Sequence[tuple[str, ...]]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The runs of adjacent nouns in a question's text, each as (the words before its last
    noun, the last noun with its report terms); `nouns` are (noun, *report terms). A year
    between two nouns does not part them ("新能源汽车2023年产量"); the ask and its measure word
    part them ("多少场线上线下招聘会": no noun "场线")."""
    asked = _MEASURE.sub("，", _BETWEEN_NOUNS.sub("", asked))
    heads, start, end = [], -1, -1
    for names in sorted(nouns, key=lambda n: asked.find(n[0])):
        at = asked.find(names[0])
        if at < 0:
            start = end = -1
            continue
        if at == end and start >= 0:
            heads.append((asked[start:at], names))
        else:
            start = at
        end = at + len(names[0])
    return tuple(heads)


# A stretch of years asked over ("过去五年", "三年来", "“十四五”以来")
_OVER_PERIOD = re.compile(
    r"过去[两二三四五六七八九十\d]+年|[两二三四五六七八九十\d]+年来|以来|期间"
)


# A list of things closed by 等 ("中科紫台创新基地、红五月硅巷等载体"): items of two or more
# characters between 、
_GROUP_ASKED = re.compile(r"这些|这几[个家所座]|一共|总共|合计|加起来|等")
_LISTED = re.compile(r"((?:[\u4e00-\u9fff“”]{2,20}、)+[\u4e00-\u9fff“”]{2,20})等")


def _one_of_several(asked: str, key: str, own: str) -> bool:
    """The question names one thing of a list the figure's own clause, or the clause just
    before it, closes with 等 ("红五月硅巷建成以后面积有多大" and "建成中科紫台创新基地、红五月
    硅巷等载体，建成面积不少于10万平方米"): the figure is the whole list's, not that thing's (a
    question on the group, "这些景区一共…", asks the list's)."""
    if _GROUP_ASKED.search(asked):
        return False
    before = split_at(key[: key.rfind(own)].rstrip("，,；; "), "，,；;。")[-1]
    for m in _LISTED.finditer(before + "，" + own):
        items = [i.strip("“”") for i in m.group(1).split("、")]
        named = [i for i in items if len(i) >= 3 and i in asked]
        if named and len(named) < len(items):
            return True
    # "太平镇去年建成几个示范村" against "太平镇、新发镇建成美丽乡村示范村7个": the towns'
    for m in _PLACES_LISTED.finditer(own):
        items = re.split(r"[、和及与]", m.group(0))
        named = [i for i in items if i in asked]
        if named and len(named) < len(items):
            return True
    return False


# Streets or towns listed together before what they did together
_PLACES_LISTED = places_listed("街道|镇|乡|村|社区")


# A school, campus or hospital named in a question ("区实验中学丽景校区", "掌政院区")
_FACILITY_ASKED = re.compile(r"[\u4e00-\u9fff]{2}(?:校区|院区|中学|小学|学校|幼儿园|医院)")


def _other_site(asked: str, key: str) -> bool:
    """The question asks a site's figure ("岳麓山景区接待游客") and the figure's words name
    another site ("橘子洲景区接待游客1690万人次") or none of it (the district's 4610万)."""
    wanted = sites(asked)
    if not wanted:
        return False
    named = sites(key)
    if named and not named & wanted and same_site_named(asked, key):
        return False  # "青石里街区" asked, "青石里历史文化街区" written
    return not named & wanted if named else not any(s in key for s in wanted)


# A site named with its kind ("石门里历史文化街区", "第三届石门灯会")
_SITE_NAMED = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)"
    r"(?:风景区|景区|旅游区|度假区|公园|街区|商圈|古镇|市集|灯会|庙会|文化节|消费节|音乐节)"
)


# A clause whose subject is the site its sentence named: by the site's kind alone ("街区全年
# 接待游客…"), or none, a visit counted right after it ("举办第三届石门灯会，接待游客52万人次")
_SITES_SUBJECT = re.compile(
    r"^[，,；;\s]*(?:(?:街区|景区|公园|古镇|商圈|园区)(?:全年|当年)?|(?:接待|吸引|迎来)(?:游客|观众|客流))"
)


def _a_sites_own(asked: str, key: str, own: str) -> bool:
    """A question naming no site, and a figure of a sentence that names a site, its own
    clause speaking of that site: "桥西区接待游客多少" is not filled by "石门里历史文化街区二期
    …开街，街区全年接待游客860万人次" nor "举办第三届石门灯会，接待游客52万人次" (the district's
    own is elsewhere: "全区接待游客2150万人次"); a site the question names some other way
    ("石门里去年来了多少人") is asked."""
    if sites(asked) or not _SITES_SUBJECT.match(own):
        return False
    named = [m.group(1) for m in _SITE_NAMED.finditer(key)]
    return bool(named) and not any(n[i : i + 2] in asked for n in named for i in range(len(n) - 1))


def _narrowed(
    modifier: str, names: tuple[str, ...], indicators: Sequence[tuple[str, ...]], key: str
) -> bool:
    """The question narrows an indicator by words before its name that the figure's words
    lack: "城镇居民人均可支配收入" is not filled by "居民人均可支配收入71520元" (all residents'),
    nor "全体居民…" by "城镇、农村居民…分别达到". Most of the words' characters must be
    missing ("城乡居民收入" is the 城镇和农村 ones'); the whole area ("全区"), a basis
    ("口径") and words of the indicator's own names narrow nothing."""
    if _WHOLE_AREA.fullmatch(modifier) or not any(n in key for n in names):
        return False
    groups = [ind for ind in indicators if names[0] in ind or any(n in ind for n in names[1:])]
    if not groups or any(modifier in alias for ind in groups for alias in ind):
        return False  # "全社会固定资产投资", "财政一般公共预算收入": the indicator's own names
    chars = re.findall(r"[\u4e00-\u9fff]", modifier)
    return 2 * sum(1 for c in chars if c in key) < len(chars)


_WHOLE_AREA = re.compile(
    r"(?:[全本我该]?[区县市省镇乡国](?:域|级|里|内)?|全年|当年|全|全?口径|主要|经济|指标)+"
)


def _unqualified(modifier: str, names: tuple[str, ...], key: str, slot: Slot) -> bool:
    """The question qualifies a noun ("入境游客") and the figure's sentence names the noun
    without the qualifier (no two of its characters in a row: "全年接待游客2310万人次"): a
    count of all of them, or of others. A qualifier of the whole area ("县里"), a scope
    ("新增", "累计") or a year qualifies nothing here; one the lexicon gives a report term for
    is that term."""
    said = {e for n in slot.nouns if n[0] == modifier for e in n[1:]}
    if any(e in key for e in said):
        return False  # the report's term for it ("安老" is the reports' 养老)
    words = re.sub(r"(?:19|20)\d\d年?|[^\u4e00-\u9fff]", "", modifier)
    for group in slot.scopes:
        for w in group:
            words = words.replace(w, "")
    if len(words) < 2 or _WHOLE_AREA.fullmatch(words) or not any(n in key for n in names):
        return False
    if in_order(words, key):
        return False  # "规上" written "规模以上", "农民" "农村居民"
    return not any(words[i : i + 2] in key for i in range(len(words) - 1))


def _other_scope(modifier: str, noun: str, key: str) -> bool:
    """The question asks a thing among a scope ("全国首店") that the figure's context names
    only without it or among another ("新引进品牌首店57家，其中本省首店21家")."""
    scope = SCOPE_MODIFIER.search(modifier)
    return scope is not None and other_scope(scope.group(0) + noun, key)


def _other_head(modifier: str, names: tuple[str, ...], key: str) -> bool:
    """The figure's context names the asked phrase's first words followed by another
    measure than its last: "规上工业总产值增长11.5%" for 规上工业增加值, "外贸进出口总额131亿
    元" for 外贸出口额 (a neighbouring indicator, not the one asked). A report term the last
    noun stands for counts unless it holds the first words itself (外贸进出口总额 is no name
    of 外贸出口额)."""
    if not MEASURE_NOUN.fullmatch(names[0]):
        return False  # "空气品质优良天数" is 空气质量's: only a measure names another indicator
    if key.rfind(modifier) < 0 and len(modifier) >= 3:
        # the asked words are nowhere in the context and another's stand before its measure:
        # "一般公共预算收入112.6亿元" for 软件和信息服务业收入
        if any(e in key for e in names[1:]):
            return False  # the report term the measure stands for ("城乡居民收入": 居民人均…)
        at = key.find(names[0])
        if at < 0:
            return True  # neither the asked words nor their measure: another indicator
        # ("整车产量" for 新能源汽车产量: 整 is none of its characters; "规上工业" may be)
        before = key[max(0, at - 2) : at]
        return len(re.findall(r"[\u4e00-\u9fff]", before)) == 2 and not set(before) <= set(modifier)
    if any(n in key for n in names[:1] + tuple(e for e in names[1:] if modifier not in e)):
        return False
    at = key.rfind(modifier)
    if at < 0:
        return False
    following = MEASURE_NOUN.match(key, at + len(modifier))
    return following is not None and following.group(0) != names[0]


def _other_kind(names: tuple[str, ...], key: str, own: str) -> bool:
    """The figure's own clause counts another kind of the asked noun's head: "新增独角兽企业
    1家" for "瞪羚企业" (企业 after 独角兽, a modifier sharing nothing with 瞪羚). `names` is
    the noun and the report terms it stands for; a share ("占一般公共预算支出85%") counts
    its clause's subject, not the noun after 占."""
    noun = names[0]
    if len(noun) < 4 or any(n in key for n in names) or _SHARE_OF.match(own):
        return False
    head, modifier = noun[-2:], noun[:-2]
    at = own.find(head)
    before = own[max(0, at - 2) : at] if at >= 0 else ""
    return len(re.findall(r"[\u4e00-\u9fff]", before)) == 2 and not set(before) & set(modifier)


def _other_level(group: tuple[str, ...], asked: str, own: str) -> bool:
    """The figure's own clause names only other levels of a group than the question does
    ("新增省级专精特新中小企业38家" for "国家级…小巨人"), so it counts other things."""
    said, stated = group_words(group, asked), group_words(group, own)
    return bool(said and stated and not said & stated)


_SHARE_OF = re.compile(r"[，,；;、\s]*(?:占|其中|比|较)")


def _stated_scope(slot: Slot, clause: str) -> frozenset[int]:
    """The scope classes a figure's clause names; a level reached with no scope word ("税收超
    亿元楼宇达到24栋") counts all of them, not the year's new ones."""
    stated = slot.scope(clause)
    if not stated and _LEVEL_REACHED.search(clause):
        return frozenset(i for i, words in enumerate(slot.scopes) if "累计" in words)
    return stated


_LEVEL_REACHED = re.compile(r"达到")


def _own_clause(ctx: str) -> str:
    """The last clause of a figure's context: its own words, not its predecessor's."""
    return split_at(ctx.rstrip("，,；;"), "，,；;")[-1] if ctx else ctx


# A part of a thing the question names, asked after it: "高层次人才中外籍人才有多少人",
# "62家瞪羚企业里，软件和信息服务类的有多少家"
_PART_WORD = re.compile(r"(?:当中|之中|中|里)的?[，,]?(?=[\u4e00-\u9fff\d])")
_PART_ASKED = re.compile(r"多少|几|哪")


def part_asked(asked: str, terms: Sequence[str], known: Callable[[str], bool] | None = None) -> str:
    """The words of a part asked after one of the question's terms and 中 / 里 ("外籍人才有
    多少人" of "高层次人才中外籍人才有多少人"), or "". A term that 中 begins ("中学",
    "中小企业") is no part word when it is a word (`known`: the reports' or the dictionary's):
    the question's cutter also glues 中 to the next characters ("中在麓")."""
    for term in terms:
        if len(term) < 2:
            continue
        at = asked.find(term)
        m = _PART_WORD.match(asked, at + len(term)) if at >= 0 else None
        if m is None:
            continue
        if known is not None and known(asked[at : m.start() + 1]):
            continue  # "青石里街区…": the 里 of a name the reports write, no part word
        if known is not None and any(
            _PLACE_END.search(w) and known(w)
            for w in (asked[m.start() : m.start() + k] for k in (3, 4))
        ):
            continue  # "村干部中牟县去年…": the 中 of a place the reports write
        rest = asked[m.end() :]
        word = asked[m.start() :]
        if any(
            t != m.group(0).rstrip("，,的") and word.startswith(t) and (known is None or known(t))
            for t in terms
        ):
            continue
        if _PART_ASKED.search(rest) and re.search(r"[\u4e00-\u9fff]{2,}", _ASKING.sub("，", rest)):
            return rest
    return ""


_PLACE_END = re.compile(r"[县区市镇乡]$")


# The share of a part's characters a figure's words hold to name it ("税收收入占比" is named
# by "税收占比": 4 of 5; "外籍人才" not by "引进高层次人才": 2 of 4)
PART_SHARE = 0.6


def _part_in(part: str, key: str) -> bool:
    """The figure's words name the part asked: most of its characters, past the asking
    words and the measure word, are among theirs."""
    core = "".join(re.findall(r"[\u4e00-\u9fff]", _ASKING.sub("", _MEASURE.sub("", part))))
    chars = set(core)
    # and its first two characters, which tell it from the whole ("全国首店" of 品牌首店 is
    # not named by "全年引进品牌首店31家", whose 全 is another word's)
    return not chars or (len(chars & set(key)) >= PART_SHARE * len(chars) and core[:2] in key)


def _sub_in(sub: str, key: str) -> bool:
    """The content characters after a breakdown word appear, in words, in the context."""
    words = re.findall(r"[\u4e00-\u9fff]{2,}", _ASKING.sub("，", sub))
    return all(w in key for w in words) if words else True


_ASKING = re.compile(r"有多少|多少|是什么|什么|几|哪些|哪|分别|各|是|有|的|了|呢|吗|花|占")


def _echoed(slot: Slot, q: Quantity) -> bool:
    """True when the question itself quotes this figure."""
    for e in slot.echoed:
        if e.unit and q.unit and e.unit != q.unit:
            continue
        tolerance = HEDGED_ECHO if e.qualifier else ECHO_TOLERANCE
        if abs(e.value - q.value) <= tolerance * max(abs(e.value), abs(q.value), 1e-9):
            return True
    return False


def _only_echoes(slot: Slot, text: str) -> bool:
    """The question quotes the passage's figure and asks beyond it (names, places, parts).

    "四大特色产业都有哪些" is answered by "航运服务、科技服务…四大特色产业": the passage
    enumerates what it counts. "4家市级总部企业是哪几家" is not: the passage only counts,
    nor is "新增上市、挂牌企业11家" (two words, not eleven names, unless it ends in 等).
    """
    if not slot.echoed:
        return False
    for q, ctx in figures_with_context(text):
        if _echoed(slot, q):
            before = ctx[: ctx.find(q.raw)] if q.raw in ctx else ctx
            clause = _CLAUSE_OF.split(before)[-1]  # the figure's own clause
            items = [i for i in re.split(r"、|以及|和|及|与", clause) if _ITEM.fullmatch(i)]
            # "上市、挂牌企业11家" joins two words into one kind: no list of the eleven
            return len(items) < 2 or (len(items) < q.value and "等" not in clause)
    return False


def _only_counts(asked: str, text: str, covers: Callable[[str], float]) -> bool:
    """A question asking which ones by their measure word ("是哪一家") where the clause of
    the passage naming the thing best only counts them in it ("新增上市企业1家"): no list, no
    name in quotes, no 等 after named examples. ("要修哪些路" asks no measure: the roads
    may be named in the clauses around a count of them.)"""
    which = _WHICH_COUNTED.search(asked)
    if which is None and not _NAMES_ASKED.search(asked):
        return False
    # names asked outright: the list item counting the thing ("…、新建城市书房4家、…")
    best = best_clause(text, covers, "，,；;。" if which else "，,；;。、")
    if best is None:
        return False
    counted = any(
        (q.unit == which.group(1) if which else q.unit in COUNT_UNITS) and not q.ordinal
        for q in extract_quantities(best)
    )
    named = "、" in best or "“" in best or "等" in best or "《" in best
    return counted and not named and covers(best) > 0 and not _named_doer(asked, text, best, covers)


def _named_doer(asked: str, text: str, counted: str, covers: Callable[[str], float]) -> bool:
    """Another clause of the passage, on the thing asked, is done by a name the question
    does not write: "辽和智能于2025年9月在北交所上市" beside "全区上市企业累计达到20家"."""
    for clause in split_at(text, "，,；;。"):
        if clause == counted or covers(clause) <= 0 or has_figure(without_times(clause)):
            continue
        doer = re.match(r"[\u4e00-\u9fff]{2,8}?(?=于|在|从|成功|正式|首次|获|被|入选)", clause)
        if doer and not bigrams(doer.group(0)) & bigrams(asked):
            return True
    return False


def best_clause(text: str, covers: Callable[[str], float], marks: str) -> str | None:
    """The clause of a text (between `marks`) naming the thing asked best; None if none."""
    clauses = [c for c in split_at(normalize(text), marks) if c]
    return max(clauses, key=covers) if clauses else None


def _tells_where(asked: str, text: str, covers: Callable[[str], float]) -> bool:
    """The clause of the text naming the thing asked best names a place the question does
    not ("与上海地铁11号线在花桥站实现换乘"), as a where-question's answer must."""
    best = best_clause(text, covers, "，,；;。：:")
    if best is None:
        return False
    if covers(best) <= 0:
        return True  # nothing to judge by: the passage as a whole
    return any(
        m.group(0) not in asked and (m.group(1) or m.group(0)) not in asked
        for m in _PLACE_WORD.finditer(best)
    )


# One place asked of its figure ("哪个片区…9个"), not a list of the places of things counted,
# nor who did something to the figure ("96.5%…是哪个机构调查的")
_WHICH_ONE = re.compile(
    r"哪一?个[\u4e00-\u9fff]{0,3}?(?:区|县|市|镇|乡|村|街道|社区|园|街|景区|站|港|湖|山|岛|湾|城)"
    r"(?!.*(?:哪些|分别|各自|都是))"
)
# Names asked outright ("分别叫什么名字", "名称是什么"): a count of the things names none
_NAMES_ASKED = re.compile(r"名字|名称")
_WHICH_COUNTED = re.compile(r"哪[一几些]?([家个所项座条位名])")
# An item of an enumeration: words, no figure ("航运服务", not "新增亿元楼宇2幢")
_ITEM = re.compile(r"[^\d]*[\u4e00-\u9fff]{2}[^\d]*")


# What may stand between an indicator and its own figure ("地区生产总值4968.2亿元",
# "实际使用外资达到2.72亿美元", "增长8%"); a share or a unit intensity is another indicator
# ("占地区生产总值比重", "单位地区生产总值能耗"); a table row's year stands between too
# ("跨境电商进出口2024年286.5亿元")
_LINK_WORDS = re.compile(
    r"(?:(?:19|20)\d\d年)?(?:总额|总量|总数)?(?:达到|为|是|达|实现|完成|共|累计|超过|突破|约|近|同比增长|增长|下降|增速|增幅)*"
)
_OWN_BEFORE = re.compile(r"(?:占|单位|每|人均)$")


def states_own_figure(slot: Slot, text: str, names: Sequence[str]) -> bool:
    """The text gives a figure of the kind asked right after one of the asked indicator's
    names, not embedded in another indicator: "全年实现地区生产总值4968.2亿元" answers
    "地区生产总值是多少"; "单位地区生产总值能耗下降3.6%" does not."""
    if not slot.wants_figure:
        return False
    at_start = {q.start: (q, _fits(slot, q, ctx)) for q, ctx in figures_with_context(text)}
    for name in names:
        for m in re.finditer(re.escape(name), text):
            before = text[: m.start()]
            if _OWN_BEFORE.search(before) or other_streets(
                _CLAUSE_OF.split(before)[-1], slot.asked
            ):
                continue
            at = m.end()
            while True:  # its figures in a row: "4968.2亿元、增长6.2%"
                link = _LINK_WORDS.match(text, at)
                if at not in at_start:  # (a figure read with its verb: "突破200家")
                    at = link.end() if link else at
                if at not in at_start:
                    break
                q, fits = at_start[at]
                if fits:
                    return True
                at = q.end + (1 if text[q.end : q.end + 1] in ("、", "，", ",") else 0)
    return False


# A target set as a ceiling ("控制在27微克/立方米以内", "不超过"), and a fall before a figure
_CEILING = re.compile(r"控制在|不超过|不高于|以内|以下")
_FALL_BEFORE = re.compile(r"(?:下降|降低|减少|回落)[^，；。\d]{0,4}$")


def target_met(target: Fill, result: Fill) -> bool | None:
    """Whether a result meets a target, compared the way the target is set: a ceiling
    ("控制在27以内") is met at or below it, a fall ("下降3%") by at least that fall, any other
    target ("增长6%左右", "400亿元") at or above it. None when the two measure different things."""
    t, r = target.quantity, result.quantity
    if t.unit != r.unit:
        return None
    before_t, before_r = _words_before(target), _words_before(result)
    if t.bound == "max" or all(_CEILING.search(c) for c in _figure_clauses(target)):
        return r.value <= t.value
    t_fall, r_fall = bool(_FALL_BEFORE.search(before_t)), bool(_FALL_BEFORE.search(before_r))
    if t_fall:
        return r_fall and r.value >= t.value
    return not r_fall and r.value >= t.value


def _words_before(fill: Fill) -> str:
    """The words before a figure in its context, else in its passage ("社会消费品零售总额
    下降" before 1.8%: a fall, whatever context the figure was bound with)."""
    raw = fill.quantity.raw
    for text in (fill.context, fill.passage.text if fill.passage is not None else ""):
        if raw in text:
            return text[: text.find(raw)]
    return ""


def _figure_clauses(fill: Fill) -> list[str]:
    """The clauses of the passage a figure may stand in ("PM2.5年均浓度控制在28微克/立方米以
    内"), not the whole sentence of targets it may share with others: each clause holding it
    when it is there more than once ("固定资产投资增长8%左右，社会消费品零售总额增长8%左右");
    its context when it is not in the passage as it stands."""
    if fill.passage is None:  # a figure read from text alone (a claim's)
        return [fill.context]
    text, q = fill.passage.text, fill.quantity
    if text[q.start : q.end] == q.raw:  # read from this passage: its own occurrence
        return [span_around(text, q.start, q.end, "，；。,;")]
    spans = [m.start() for m in re.finditer(re.escape(q.raw), text)] if q.raw else []
    if not spans:
        return [fill.context]  # read from other text
    return [span_around(text, at, at + len(q.raw), "，；。,;") for at in spans]


SENTENCE_PART_MARKS = "；。;"  # what ends a sentence part (a clause ends at a comma too)


def span_around(text: str, start: int, end: int, marks: str) -> str:
    """The stretch of `text` around `text[start:end]` between the nearest of `marks`."""
    first = max(text.rfind(c, 0, start) for c in marks) + 1
    ends = [i for i in (text.find(c, end) for c in marks) if i >= 0]
    return text[first : min(ends, default=len(text))]

"""What quantities are written with: hedge words, units, magnitudes and counting words.

Data of the quantity layer (`corpus/quantities.py` reads figures with these tables).
"""

from __future__ import annotations

import re

# Qualifier words as written → canonical qualifier. A canonical qualifier tells how the
# figure bounds the true value (see `Quantity.bound`).
PREFIX_QUALIFIERS = {
    "不少于": "不少于",
    "不低于": "不低于",
    "不超过": "以下",
    "不高于": "以下",
    "超过": "超过",
    "突破": "超过",
    "迈过": "超过",
    "跨过": "超过",
    "跨越": "超过",
    "迈上": "超过",  # 迈上千亿元台阶
    "跨上": "超过",
    "站上": "超过",
    "跃上": "超过",
    "高于": "超过",
    "逾": "超过",
    "超": "超过",
    "将近": "近",
    "接近": "近",
    "近": "近",
    "大约": "约",
    "约": "约",
    "低于": "以下",
    "不足": "以下",
    "不到": "以下",
}
# A mark not reached before a figure: "未达到400亿元", "没有超过2%" — the figure's upper bound
# (longer than 超过, so read first); the fact-checker reads them as a bound, not a denial
NEGATED_MARKS = tuple(
    neg + verb
    for neg in ("尚未", "未能", "没能", "没有", "未", "没")
    for verb in ("达到", "超过", "突破")
)
PREFIX_QUALIFIERS |= {mark: "未达" for mark in NEGATED_MARKS}
SUFFIX_QUALIFIERS = {
    "以上": "以上",
    "以下": "以下",
    "以内": "以下",
    "左右": "约",
    "之多": "超过",
}
INFIX_QUALIFIERS = {"多": "超过", "余": "超过"}  # 60多家, 1万余人

BOUNDS = {
    "": "exact",
    "以上": "min",
    "超过": "min",
    "不少于": "min",
    "不低于": "min",
    "以下": "max",
    "未达": "below",  # strictly below: "办结率未达到100%" is refuted by 100%
    "近": "near",
    "约": "approx",
}

# Units as written → (canonical unit, multiplier). Longest spellings are tried first.
UNITS = {
    "美元": ("美元", 1.0),
    "元": ("元", 1.0),
    "个百分点": ("个百分点", 1.0),
    "%": ("%", 1.0),
    "％": ("%", 1.0),
    "微克/立方米": ("微克/立方米", 1.0),
    "微克每立方米": ("微克/立方米", 1.0),  # as said, and typed without the slash
    "微克": ("微克/立方米", 1.0),  # "PM2.5降到40微克了": people drop the per-volume
    "毫克/立方米": ("毫克/立方米", 1.0),
    "毫克每立方米": ("毫克/立方米", 1.0),
    "平方公里": ("平方米", 1_000_000.0),  # 1.6平方公里 = 160公顷 = 160万平方米
    "平方米": ("平方米", 1.0),
    "立方米": ("立方米", 1.0),
    "公里": ("公里", 1.0),
    "千米": ("公里", 1.0),
    "米": ("公里", 0.001),  # 新增滨江绿道7200米 = 7.2公里
    "人次": ("人次", 1.0),
    "人": ("人", 1.0),
    "名": ("人", 1.0),
    "家": ("家", 1.0),
    "个": ("个", 1.0),
    "大类": ("类", 1.0),
    "类": ("类", 1.0),
    "大": ("个", 1.0),  # 三大主导产业 = three industries
    "件": ("件", 1.0),
    "项": ("项", 1.0),
    "张": ("张", 1.0),
    "条": ("条", 1.0),
    "幢": ("幢", 1.0),
    "栋": ("幢", 1.0),
    "场": ("场", 1.0),
    "处": ("处", 1.0),
    "座": ("座", 1.0),
    "所": ("所", 1.0),
    "户": ("户", 1.0),
    "套": ("套", 1.0),
    "辆": ("辆", 1.0),
    "台": ("台", 1.0),
    "次": ("次", 1.0),
    "批": ("批", 1.0),
    "位": ("位", 1.0),
    "种": ("种", 1.0),
    "倍": ("倍", 1.0),
    "天": ("天", 1.0),
    "亩": ("亩", 1.0),
    "吨": ("吨", 1.0),
    "公斤": ("吨", 0.001),  # mass in tonnes: 28.4万斤 is 142吨, not 28.4万吨
    "千克": ("吨", 0.001),
    "斤": ("吨", 0.0005),
    "周年": ("周年", 1.0),
    "年一遇": ("年一遇", 1.0),  # 防洪标准200年一遇: a flood standard, not a year
    "部": ("部", 1.0),  # 加装电梯112部
    "艘": ("艘", 1.0),
    "架": ("架", 1.0),
    "棵": ("棵", 1.0),
    "株": ("株", 1.0),
    "枝": ("枝", 1.0),  # 鲜切花交易量118.6亿枝
    "盏": ("盏", 1.0),
    "间": ("间", 1.0),
    "块": ("块", 1.0),
    "支": ("支", 1.0),
    "宗": ("宗", 1.0),
    "笔": ("笔", 1.0),
    "篇": ("篇", 1.0),
    "份": ("份", 1.0),
    "公顷": ("平方米", 10_000.0),  # 21公顷 = 21万平方米
    # power and computing: 装机50兆瓦 = 5万千瓦; 算力规模1200P (petaflops)
    "千瓦时": ("千瓦时", 1.0),
    "千瓦": ("千瓦", 1.0),
    "兆瓦": ("千瓦", 1_000.0),
    "kW": ("千瓦", 1.0),
    "MW": ("千瓦", 1_000.0),
    "GW": ("千瓦", 1_000_000.0),
    "kWh": ("千瓦时", 1.0),
    "EFLOPS": ("P", 1_000.0),
    "PFLOPS": ("P", 1.0),
    "EB": ("PB", 1_000.0),
    "PB": ("PB", 1.0),
    "TB": ("PB", 0.001),
    "P": ("P", 1.0),
    "等奖": ("等奖", 1.0),
    "连冠": ("连冠", 1.0),  # 省双拥模范区“五连冠”: the fifth title in a row
}
# Measure words that, followed by these characters, begin another word: 12部门, 一部分,
# 3支队, 5份额 are no counts of 部, 支, 份
NOT_A_UNIT_BEFORE = {
    "部": "门分署长委队位件",
    "支": "持出付撑部队",
    "枝": "条叶",
    "份": "额子",
    "间": "隔断",
    "块": "钱",
    "笔": "者记",
    "篇": "章幅",
    "架": "构",
    "年一遇": "到见上",  # "2020年一遇到困难": a year, then 遇到
}
UNIT_RE = "|".join(
    re.escape(u) + (f"(?![{NOT_A_UNIT_BEFORE[u]}])" if u in NOT_A_UNIT_BEFORE else "")
    for u in sorted(UNITS, key=len, reverse=True)
)
MULTIPLIERS = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "万": 1e4,
    "千": 1e3,
    "百": 1e2,
}
MULT_RE = "万亿|千亿|百亿|亿|千万|百万|万|千(?![米克瓦])|百"  # 千米 is a unit, not 1000米
_UNIT_WORD = re.compile(rf"(?:{MULT_RE})*(?:{UNIT_RE})")


def unit_word(word: str) -> bool:
    """A unit, with or without its magnitude ("万亩", "亿元", "家"): a question's word that
    names the kind of answer asked ("多少万亩"), not the thing asked about."""
    return _UNIT_WORD.fullmatch(word) is not None


# Measure words loose enough to stand for one another (企业 are 个 or 家, 项目 个 or 项);
# any other counting unit names its kind of thing (户 households, 张 beds, 套 flats), so a
# count in it is no count of the same thing in another unit.
LOOSE_COUNT_UNITS = frozenset({"个", "家", "项", "所", "座", "处", "件", "批", "类", "种"})

# Measure words of one kind of thing, either written for it: 电梯 are 台 or 部, 楼 幢 or 栋
SAME_COUNT_UNITS = (frozenset({"台", "部"}), frozenset({"幢", "栋"}))


def interchangeable(a: str, b: str) -> bool:
    """Two measure words that count the same things (加装电梯163台 = 163部)."""
    return a == b or any(a in group and b in group for group in SAME_COUNT_UNITS)


# Counting units: the things counted usually follow the figure (18条河道).
COUNT_UNITS = frozenset(
    {
        "家",
        "个",
        "类",
        "件",
        "项",
        "张",
        "条",
        "幢",
        "场",
        "处",
        "座",
        "所",
        "户",
        "套",
        "辆",
        "台",
        "次",
        "批",
        "位",
        "种",
        "部",
        "艘",
        "架",
        "棵",
        "株",
        "盏",
        "间",
        "块",
        "支",
        "宗",
        "笔",
        "篇",
        "份",
    }
)

"""Find the quantities of Chinese report text: figures with their unit, magnitude and hedge.

Pure: no models, no I/O. `extract_quantities("地区生产总值1620亿元、增长8%")` gives
1620亿元 as value 1.62e11 in "元" and 8 in "%"; `numbers_in` gives the digit strings a
grounding check compares ({"1620", "8"}).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an
from wenzheng.corpus.units import (  # noqa: F401 - COUNT_UNITS is re-exported
    BOUNDS,
    COUNT_UNITS,
    INFIX_QUALIFIERS,
    MULT_RE,
    MULTIPLIERS,
    NEGATED_MARKS,
    NOT_A_UNIT_BEFORE,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    UNIT_RE,
    UNITS,
)

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_NUM = r"[零〇一二两三四五六七八九十百千万亿]+"
_RANGE_SEP = r"(?:-|－|—|~|～|至|到)"

_ARABIC_QTY = re.compile(
    rf"(?P<num>{_ARABIC})(?:%|％)?(?:{_RANGE_SEP}(?P<high>{_ARABIC}))?"
    rf"(?P<mult>{MULT_RE})?(?P<infix>[多余])?(?P<unit>{UNIT_RE})?"
)
# A bare magnitude stands for one of it: 亿元以上项目, 千万元以上大项目, 千亿大关.
_BARE_MAGNITUDE = re.compile(r"(?P<mult>千亿|百亿|千万|百万|亿)(?P<unit>美元|元|大关)")
# Chinese numerals count only before a classifier or after 第 (第一, 九大, 十项, 两个).
_CN_QTY = re.compile(
    rf"(?P<ord>第)?(?P<num>{_CN_NUM})(?P<unit>大类|等奖|个百分点|周年|连冠|[大个项家条类处座所名位幢栋场次件张户套种倍部艘架棵株盏宗笔篇])?"
)
_CN_SKIP_BEFORE = "每之"  # 每一个, 之一
# Party congress names and plan names are not quantities.
_CN_NAMES = ("十八大", "十九大", "二十大", "十三五", "十四五", "十二五")
# Figures written in words: 百分之八(点五), 一千六百二十亿元, 三百零二亿, 两万亿.
_CN_PERCENT = re.compile(
    r"百分之(?P<num>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
)
_CN_AMOUNT = re.compile(
    r"(?P<num>[零〇一二两三四五六七八九十百千万]+(?:点[零〇一二三四五六七八九]+)?)"
    rf"(?P<mult>万亿|亿|万)?(?P<infix>[多余])?(?P<unit>{UNIT_RE})?"
)
# Tenths: 三成 = 30%, 近七成 (not 建成, 一成不变, 三成员)
_CN_TENTHS = re.compile(r"(?P<num>[一二两三四五六七八九])成(?![员果立就为功本交效熟长型品不])")
# Half: "减少了一半", "超过一半" = 50% (not 一半天, 一大半)
_HALF = re.compile(r"一半(?![天年月日儿])")
# Fractions: 四分之三 = 75%, 三分之一 (百分之 is a percentage, 千分之 a tenth of one)
_CN_FRACTION = re.compile(
    r"(?<![百千万])(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])"
)
# A bare 百/千 counts only after a hedge: 近百家, 逾千人 (not 百家争鸣)
# A round mark passed, said without a numeral ("总数破千了吗", "突破万家", "破百亿元大关")
_ROUND_MARK = re.compile(
    r"(?<=破)(?P<num>万亿|千亿|百亿|亿|千万|百万|万|千|百)(?P<unit>[家个项所人名位座条]|亿?元)?"
    r"(?=了|吗|没|大关|$|[？?，,。！!；;])"
)
_HEDGED_ROUND = re.compile(r"(?<=近|逾|超)(?P<num>[百千])(?=[家个项所人名位座条])")
_NUMERAL_CHAR = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿]")
_CN_NUMERAL_ONLY = re.compile(r"[零〇一二两三四五六七八九十百千万亿点]+")
# Detecting any figure at all (for "how many" answers and factual draft sentences).
_DIGIT = re.compile(r"\d")
_CN_COUNT = re.compile(
    r"[一二三四五六七八九十两百千万]+(?:[大个项家条座类届次批期轮件所名位场台辆张户栋幢处套艘架]|连冠|人次)"
)
_ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+|[十]?[一二三四五六七八九十]五")
_DATE_AFTER = re.compile(r"\s*(?:年(?!来|度|代|内|间|期)|月|日|号|时|点(?!\d))")
_NO_UNIT_BEFORE_ALNUM = re.compile(r"[A-Za-z·.]$")


@dataclass(frozen=True)
class Quantity:
    """A figure found in text, with its value in base units (元, 人, 平方米, %, ...).

    `qualifier` is the canonical hedge ("以上", "超过", "近", "不少于", "不低于", "约",
    "以下" or ""); `high` is the upper end of a range ("5-10%"); `ordinal` marks 第一 /
    一等奖 style ranks; `attributive` marks a figure that only qualifies a noun
    ("亿元以上项目", "千万元以上大项目"), so it is not itself a reported value.
    """

    value: float
    unit: str
    qualifier: str
    raw: str
    start: int
    end: int
    high: float | None = None
    ordinal: bool = False
    attributive: bool = False

    @property
    def bound(self) -> str:
        """How the figure bounds the true value: exact, min, max, near or approx."""
        return BOUNDS.get(self.qualifier, "exact")


# The first place of a ranking in words: a rank of 1 (首位度, primacy, is none)
_TOP_RANK = re.compile(r"首位(?!度)|榜首")
# A water-quality class in Roman numerals ("Ⅲ类", "劣Ⅴ类"; lower case once normalized): a
# grade of 1 to 5, 劣Ⅴ worse than 5
_WATER_CLASS = re.compile(r"(劣)?([ⅠⅡⅢⅣⅤⅰⅱⅲⅳⅴ])类")
_ROMAN = {c: i % 5 + 1 for i, c in enumerate("ⅠⅡⅢⅣⅤⅰⅱⅲⅳⅴ")}


# The number of a list item: in brackets, or opening a clause before "." or "、"
_ITEM_MARK = re.compile(r"[（(]\d{1,2}[)）]|(?:^|(?<=[。；;：:\s]))\s*\d{1,2}[.．、](?![\d%％])")


def extract_quantities(text: str) -> list[Quantity]:
    """Return the quantities of a text in reading order (dates and identifiers excluded)."""
    if not _NUMERAL_CHAR.search(text) and not _TOP_RANK.search(text):
        return _water_classes(text)  # the patterns below need a digit or a Chinese numeral
    found: list[Quantity] = []
    # a congress session's name ("区十八届人大三次会议") is a name, as a date is no figure
    taken: list[tuple[int, int]] = [m.span() for m in _SESSION_NAME.finditer(text)]
    # a list item's number ("（9）PM2.5年均浓度…", "3.新增学位1800个") counts nothing
    taken += [m.span() for m in _ITEM_MARK.finditer(text)]
    for m in _ARABIC_QTY.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        q = _arabic_quantity(text, m)
        if q is not None:
            found.append(q)
            taken.append((m.start(), m.end()))
    for q in _word_figures(text, taken):
        found.append(q)
        taken.append((q.start, q.end))
    for m in _BARE_MAGNITUDE.finditer(text):
        if _overlaps(m.start(), m.end(), taken) or _preceded_by_number(text, m.start()):
            continue
        unit = "" if m.group("unit") == "大关" else m.group("unit")
        end = m.start("unit") if unit == "" else m.end()
        found.append(_finish(text, MULTIPLIERS[m.group("mult")], unit, m.start(), end, None))
        taken.append((m.start(), m.end()))
    quoted = _quoted_spans(text)
    for m in _CN_QTY.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        q = _chinese_quantity(text, m, quoted)
        if q is not None:
            found.append(q)
            taken.append((m.start(), m.end()))
    for m in _TOP_RANK.finditer(text):  # "居全市各区首位" is 第一
        if not _overlaps(m.start(), m.end(), taken):
            found.append(
                Quantity(1.0, "第", "", m.group(0), m.start(), m.end(), None, ordinal=True)
            )
    found += [q for q in _water_classes(text) if not _overlaps(q.start, q.end, taken)]
    return sorted(found, key=lambda q: q.start)


def _water_classes(text: str) -> list[Quantity]:
    """The water-quality classes a text states, each as a grade ("Ⅲ类" is 3 of unit 类)."""
    return [
        Quantity(_ROMAN[m.group(2)] + (1 if m.group(1) else 0), "类", "", m.group(0), *m.span())
        for m in _WATER_CLASS.finditer(text)
    ]


def numbers_in(text: str) -> set[str]:
    """The digit strings of a text ("1,620亿元、增长8.0%" → {"1620", "8"}), years included."""
    out = set()
    for m in re.finditer(_ARABIC, _halfwidth_digits(text)):
        out.add(_canonical_digits(m.group(0)))
    return out


def without_figures(text: str, kinds_kept: bool = False) -> str:
    """The text with its figures taken out ("完成6.5%左右的目标了吗" → "完成的目标了吗");
    ordinals stay ("第三届"), and with `kinds_kept` a figure naming a kind of thing
    ("10亿元以上项目": an attributive threshold, no amount of it)."""
    out, last = [], 0
    for q in extract_quantities(text):
        if not q.ordinal and not (kinds_kept and q.attributive):
            out.append(text[last : q.start])
            last = max(last, q.end)
    return "".join(out) + text[last:]


def parse_chinese_numeral(token: str) -> float | None:
    """Value of a Chinese numeral ("十二" → 12, "一万亿" → 1e12, "八点五" → 8.5), None if invalid.

    Read by `cn2an`, a maintained library, rather than by hand.
    """
    if not token or not _CN_NUMERAL_ONLY.fullmatch(token):
        return None
    try:
        value = cn2an.cn2an(token, "strict")
    except (ValueError, KeyError, IndexError):
        try:  # colloquial forms strict mode rejects ("两万", "十一万")
            value = cn2an.cn2an(token, "smart")
        except (ValueError, KeyError, IndexError):
            return None
    return float(value)


def has_figure(text: str, ordinals: bool = False) -> bool:
    """True when a text states a number (digits, a Chinese count such as 九大/十项, 百分之八).

    Ordinals ("第十四个五年规划") and plan names ("十四五") count only when asked for ("第几届").
    """
    if ordinals and _ORDINAL.search(text):
        return True
    text = _ORDINAL.sub("", text)
    return bool(_DIGIT.search(text) or _CN_COUNT.search(text) or _CN_PERCENT.search(text))


_EN_SCALED = re.compile(
    r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|million|thousand)(?![a-z])", re.I
)
EN_SCALE = {"trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3}  # English words


def chinese_magnitude(value: float) -> str:
    """A value in the reports' magnitudes: 1.6e11 → "1600亿", 30000 → "3万"."""
    if value >= 1e8:
        return f"{value / 1e8:g}亿"
    if value >= 1e4:
        return f"{value / 1e4:g}万"
    return f"{value:g}"


def english_magnitudes(text: str) -> str:
    """English scaled figures in the reports' magnitudes: "100 billion" → "1000亿" (a
    billion is ten 亿, not one), "2.86 million" → "286万"."""

    def scaled(m: re.Match[str]) -> str:
        value = float(m.group(1).replace(",", "")) * EN_SCALE[m.group(2).lower()]
        return chinese_magnitude(value)

    return _EN_SCALED.sub(scaled, text)


def format_value(value: float) -> str:
    """A float without a spurious ".0" (8.0 → "8", 2.65 → "2.65")."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


# --- internals ---------------------------------------------------------------------------


def _arabic_quantity(text: str, m: re.Match[str]) -> Quantity | None:
    """Build a quantity from an Arabic-digit match, or None for dates and identifiers."""
    start, end = m.start(), m.end()
    if start > 0 and _NO_UNIT_BEFORE_ALNUM.search(text[:start]):
        return None  # PM2.5, 3·21, version-like tokens
    if end < len(text) and re.match(r"[A-Za-z·]", text[end]) and not m.group("unit"):
        return None  # 5G, 3D (a measure ends the figure: "第21家A股上市企业")
    if end < len(text) and text[end] == "、" and not text[:start].strip():
        return None  # a heading number: "2、 加速创新驱动"
    unit_text = m.group("unit") or ""
    raw_num = m.group(0)
    if not unit_text and raw_num[len(m.group("num")) : len(m.group("num")) + 1] in ("%", "％"):
        unit_text = "%"  # 5%-10%: the first % sits before the range separator
    if not unit_text and not m.group("mult") and _DATE_AFTER.match(text, end):
        return None  # 2019年, 1月3日, 30号
    if not unit_text and end < len(text) and text[end] in "号线":
        return None
    if not unit_text and not m.group("mult") and text[end : end + 1] == "强":
        return None  # "世界500强企业": a list a firm is on, part of its name
    unit, factor = UNITS.get(unit_text, ("", 1.0))
    mult = MULTIPLIERS.get(m.group("mult") or "", 1.0)
    value = float(m.group("num").replace(",", "")) * factor * mult
    high = m.group("high")
    high_value = float(high.replace(",", "")) * factor * mult if high else None
    q = _finish(text, value, unit, start, end, high_value)
    if m.group("infix"):
        q = _replace(q, qualifier=q.qualifier or INFIX_QUALIFIERS[m.group("infix")])
    if start > 0 and text[start - 1] == "第" and not unit_text and _names_a_thing(text, end):
        return None  # 第2研究所: a number inside a name, as 第二研究所 is
    if start > 0 and text[start - 1] == "第":  # "第8家境内上市企业": a rank, as 第八家 is
        q = _replace(q, ordinal=True, unit="第" if unit_text in ("", "个", "次") else unit)
    return q


_SESSION_NAME = re.compile(
    r"第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大|政协)(?:常务委员会|常委会)?"
    r"第?[一二三四五六七八九十\d]+次(?:全体)?会议"
)
# After an ordinal, what keeps it a rank or an edition: a measure (届, 批, 期, 季度), the
# rank's own words (位, 名, 方阵, 梯队), 的, or no word at all
_RANK_AFTER = "届批期轮季次个位名的方梯阶档等号"


def _names_a_thing(text: str, end: int) -> bool:
    """An ordinal without a measure word run straight into a noun is part of a name
    (金陵第三研究院, 实验小学第二分校, 第三产业), not a rank ("居全市第一", "第一方阵")."""
    after = text[end : end + 1]
    return bool(after) and "\u4e00" <= after <= "\u9fff" and after not in _RANK_AFTER


# A measure word after a number: "第12家" is a rank among firms, not a name
_MEASURED = re.compile(r"[大个项家条类处座所名位幢栋场次件张户套种倍部艘架棵株盏宗笔篇]")


def numbered_names(text: str) -> list[tuple[str, str]]:
    """The numbers inside names, as (numeral, the name's next character): "金陵第三研究院"
    → [("三", "研")]; ranks and editions ("居全市第一", "第十五届") are none."""
    out = []
    for m in re.finditer(r"第([一二三四五六七八九十百零两\d]+)", text):
        if _names_a_thing(text, m.end()) and not _MEASURED.match(text, m.end()):
            out.append((m.group(1), text[m.end()]))
    return out


def _word_figures(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Percentages and amounts written in words (百分之九, 一千亿元, 两万亿, 四十三点四张)."""
    out: list[Quantity] = []
    quoted = _quoted_spans(text)
    for m in _CN_PERCENT.finditer(text):
        value = parse_chinese_numeral(m.group("num"))
        if value is not None and not _overlaps(m.start(), m.end(), taken):
            out.append(_finish(text, value, "%", m.start(), m.end(), None))
    for m in _CN_TENTHS.finditer(text):
        value = parse_chinese_numeral(m.group("num"))
        if value is not None and not _overlaps(m.start(), m.end(), taken):
            out.append(_finish(text, value * 10, "%", m.start(), m.end(), None))
    for m in _HALF.finditer(text):
        if not _overlaps(m.start(), m.end(), taken):
            out.append(_finish(text, 50.0, "%", m.start(), m.end(), None))
    for m in _CN_FRACTION.finditer(text):
        whole, part = parse_chinese_numeral(m.group("den")), parse_chinese_numeral(m.group("num"))
        if whole and part is not None and part < whole and not _overlaps(m.start(), m.end(), taken):
            share = round(part / whole * 100, 2)
            out.append(_finish(text, share, "%", m.start(), m.end(), None))
    for m in _HEDGED_ROUND.finditer(text):
        unit, _ = UNITS[text[m.end()]]
        value = MULTIPLIERS[m.group("num")]
        if not _overlaps(m.start(), m.end() + 1, taken):
            out.append(_finish(text, value, unit, m.start(), m.end() + 1, None))
    for m in _ROUND_MARK.finditer(text):
        if _overlaps(m.start(), m.end(), taken + [(q.start, q.end) for q in out]):
            continue
        if not m.group("unit") and not re.match(r"了|吗|没|$", text[m.end() :]):
            continue  # a mark of no unit is read only as asked ("破千了吗"): of what, words say
        unit, factor = UNITS.get(m.group("unit") or "", ("", 1.0))
        q = _finish(text, MULTIPLIERS[m.group("num")] * factor, unit, m.start(), m.end(), None)
        if not q.qualifier:  # "破千": past the mark, as "突破" says
            q = _replace(q, qualifier="超过", start=q.start - 1, raw=text[q.start - 1 : q.end])
        out.append(q)
    spans = taken + [(q.start, q.end) for q in out]
    for m in _CN_AMOUNT.finditer(text):
        num, mult, unit_text = m.group("num"), m.group("mult") or "", m.group("unit") or ""
        sized = mult or unit_text in ("元", "美元") or (unit_text and set(num) & set("十百千万点"))
        if not sized or _overlaps(m.start(), m.end(), spans):
            continue  # a bare numeral is a count only before a classifier (_CN_QTY)
        if m.start() > 0 and text[m.start() - 1] in "第百分之" + _CN_SKIP_BEFORE:
            continue
        window = text[max(0, m.start() - 1) : m.end() + 2]
        if any(name in window for name in _CN_NAMES) or _overlaps(m.start(), m.end(), quoted):
            continue  # 十九大, 十四五; slogans such as “四个意识”
        value = parse_chinese_numeral(num)
        if value is None or (len(num) == 1 and not mult and num in "两"):
            continue
        unit, factor = UNITS.get(unit_text, ("", 1.0))
        value *= factor * MULTIPLIERS.get(mult, 1.0)
        q = _finish(text, value, unit, m.start(), m.end(), None)
        if m.group("infix"):  # 一万一千余户: more than 11000
            q = _replace(q, qualifier=q.qualifier or INFIX_QUALIFIERS[m.group("infix")])
        out.append(q)
        spans.append((q.start, q.end))
    return out


def _chinese_quantity(
    text: str, m: re.Match[str], quoted: list[tuple[int, int]]
) -> Quantity | None:
    """Build a quantity from a Chinese numeral before a classifier or after 第."""
    token, ordinal = m.group("num"), bool(m.group("ord"))
    unit_text = m.group("unit") or ""
    if (
        unit_text in NOT_A_UNIT_BEFORE
        and text[m.end() : m.end() + 1] in NOT_A_UNIT_BEFORE[unit_text]
    ):
        return None  # 一部分, 两支队
    if not ordinal and not unit_text:
        return None
    if ordinal and unit_text in ("大",):
        unit_text = ""
    if ordinal and not unit_text and _names_a_thing(text, m.end()):
        return None  # 第三研究院, 第二分校: a number inside a name, no rank
    if _overlaps(m.start(), m.end(), quoted) and unit_text != "连冠":
        return None  # slogans: “四个意识”, “两个维护” (a title's “五连冠” counts)
    if m.start() > 0 and text[m.start() - 1] in _CN_SKIP_BEFORE:
        return None
    window = text[max(0, m.start() - 1) : m.end() + 2]
    if any(name in window for name in _CN_NAMES):
        return None
    if token in ("万", "亿", "千", "百") or token[-1] in "万亿" and unit_text == "":
        return None
    value = parse_chinese_numeral(token)
    if value is None:
        return None
    if unit_text == "等奖":
        ordinal = True
    unit = "第" if ordinal and unit_text in ("", "个", "次", "等奖") else UNITS[unit_text][0]
    if unit_text == "等奖":
        unit = "等奖"
    end = m.end()
    q = _finish(text, float(value), unit, m.start(), end, None)
    return _replace(q, ordinal=ordinal)


_PREFIXES = tuple(sorted(PREFIX_QUALIFIERS, key=len, reverse=True))
# A target named right after its figure ("6%左右的预期目标")
_TARGET_AFTER = re.compile(r"(?:以上|以下|左右)?的?(?:年度|年初|全年|预期)*(?:目标|计划|任务)")


def _finish(
    text: str, value: float, unit: str, start: int, end: int, high: float | None
) -> Quantity:
    """Attach prefix and suffix qualifiers and decide whether the figure is attributive."""
    qualifier = ""
    for word in _PREFIXES:
        if text[max(0, start - len(word)) : start] == word:
            if word in NEGATED_MARKS and _TARGET_AFTER.match(text, end):
                break  # "未达到6%的预期目标": the target's own figure, no bound of a result
            qualifier = PREFIX_QUALIFIERS[word]
            start -= len(word)
            break
    for word, canonical in SUFFIX_QUALIFIERS.items():
        if text.startswith(word, end):
            qualifier = canonical if qualifier in ("", "超过") else qualifier
            end += len(word)
            break
    return Quantity(
        value=value,
        unit=unit,
        qualifier=qualifier,
        raw=text[start:end],
        start=start,
        end=end,
        high=high,
        attributive=_is_attributive(text, end, unit, threshold=qualifier in _THRESHOLDS),
    )


# Nouns of a mark passed ("突破千亿大关", "迈上千亿元台阶")
_MILESTONES = ("大关", "门槛", "关口", "台阶")


# Words after a money figure that name no kind of thing: its currency, a verb of its use, or a
# comparison or rank written without a comma ("1620亿元比上年增长8%", "…亿元位居全市第一")
_NOT_A_KIND_AFTER = (
    "人民币",
    "用于",
    "用来",
    "支持",
    "扶持",
    "补贴",
    "奖励",
    "建设",
    "实施",
    "改造",
    "发放",
    "撬动",
    "带动",
    "拉动",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "位居",
    "位列",
    "居全",
    "排名",
    "创历史",
    "创新高",
    "占全",
)


# Prefix qualifiers of a threshold ("超过100万元的村")
_THRESHOLDS = frozenset({"超过", "以上", "不低于", "不少于"})


def _is_attributive(text: str, end: int, unit: str, threshold: bool = False) -> bool:
    """True when a money or percent figure only qualifies the noun after it (亿元楼宇); a
    threshold before 的 and a noun names a kind of thing ("超过100万元的村126个"), not a
    target ("超过100万元的目标")."""
    if unit not in ("元", "美元") or end >= len(text):
        return False
    nxt = text[end]
    if text.startswith(_MILESTONES, end):
        return False  # "迈上千亿元台阶": the mark passed, not a kind of 台阶
    if text.startswith(_NOT_A_KIND_AFTER, end):
        # "5.8亿元人民币": the currency named; "3亿元用于…", "2亿元支持…": a verb follows
        return False
    if (text[end - 2 : end] in ("以上", "以下") or threshold) and nxt == "的":
        # 千万元以上的大项目, 超过100万元的村
        return (
            end + 1 < len(text)
            and "\u4e00" <= text[end + 1] <= "\u9fff"
            and not _TARGET_AFTER.match(text, end)
            and not text.startswith("的水平", end)
        )
    return "\u4e00" <= nxt <= "\u9fff" and nxt not in "的和与及或，、；。增同比"


def _replace(q: Quantity, **changes: object) -> Quantity:
    """A copy of a quantity with some fields changed."""
    data = {**q.__dict__, **changes}
    return Quantity(**data)  # type: ignore[arg-type]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps one of the spans."""
    return any(start < e and s < end for s, e in spans)


def _preceded_by_number(text: str, pos: int) -> bool:
    """True when a digit or Chinese digit stands just before pos (then it was parsed already)."""
    return pos > 0 and (text[pos - 1].isdigit() or text[pos - 1] in _CN_DIGITS + "十")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text inside “...” or "..." quotes."""
    return [(m.start(), m.end()) for m in re.finditer(r"“[^”]{1,12}”|\"[^\"]{1,12}\"", text)]


def _halfwidth_digits(text: str) -> str:
    """Map full-width digits, dot and comma to ASCII."""
    return text.translate({0xFF10 + i: 0x30 + i for i in range(10)} | {0xFF0E: 0x2E, 0xFF0C: 0x2C})


def _canonical_digits(token: str) -> str:
    """Digit string without thousands separators or trailing decimal zeros."""
    token = token.replace(",", "")
    if "." in token:
        token = token.rstrip("0").rstrip(".")
    return token

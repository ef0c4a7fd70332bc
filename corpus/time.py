"""Years, dates and time frames in report text: the one place these patterns live.

A report delivered in year Y reviews Y-1 ("results"), sets targets for Y ("targets") and may
look back over five years ("span"). Each pattern below names what it matches; callers pick
the one whose reading they need instead of writing their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from wenzheng.corpus.model import FRAME_NONE, FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS, Document

_Y = r"(?:19|20)\d\d"

# A year on its own, not inside a longer number, nor an amount or a count ("突破2000亿元",
# "2000多家"): "2019", "2020年".
YEAR = re.compile(
    rf"(?<![\d.])({_Y})(?![\d.])(?!\s*(?:[万亿千百元个家人项所台张户亩米吨%％多余]|公里|平方|美元))"
)
# A year written as a year, "2019年" (group 1 is the year).
YEAR_NIAN = re.compile(rf"({_Y})年")
# A goal's year ("到2025年", "力争到2025年底"), not a level reached ("达到2025年…")
GOAL_YEAR = re.compile(rf"(?<!达)到({_Y})年")
# "2019年" or "2019年度" as a token to drop when comparing wording.
# Words of a time by which ("到2024年底", "截至2023年末"; not 达到)
_BY = r"(?:(?<!达)到|截至|截止到?)"
YEAR_WORD = re.compile(
    rf"{_BY}{_Y}年[底末]?前?|{_Y}年(?:度|[底末](?=的))?"
)  # (a year-end named before 的, "从2023年底的…"; a time by which, "到2024年底")
# A year's end at which something is counted or asked met: "到2024年底", "截至2023年末" (not a
# deadline, "到2024年底前"; group 1 is the year)
AT_YEAR_END = re.compile(rf"{_BY}({_Y})年[底末](?!前)")
# A search token that is only a year ("2019", "2019年").
YEAR_TOKEN = re.compile(rf"{_Y}年?")
# A year of a claim, spaces allowed, but not the year of a date ("2019 年", not "2019年3月").
CLAIM_YEAR = re.compile(rf"({_Y})\s*年(?!\d{{1,2}}月)")
# A sentence or clause that opens with its year: "2019年，…".
LEADING_YEAR = re.compile(rf"\s*({_Y})\s*年[，,]")
# A span of years or words meaning the five-year look-back.
YEAR_SPAN = re.compile(rf"{_Y}\s*年?\s*[-—~～至到]\s*{_Y}|五年来|五年间|过去五年|近五年|以来")
# The years a look-back runs over ("五年来", "三年间", "过去五年", "近5年"): a time, no figure
# A count of years, in digits or Chinese numerals ("五年", "3年"; not "2023年": see uses)
YEARS_COUNT = r"[\d一二三两四五六七八九十]{1,2}年"
# A five-year plan by its name ("十四五", "十五五")
PLAN_PERIOD = r"十[一二三四五六七八九]五"
LOOK_BACK_YEARS = re.compile(
    rf"(?:过去|近)?{YEARS_COUNT}(?:来|间|以来|内)|(?:过去|近){YEARS_COUNT}"
)
# The words putting a date off to another ("推迟到了", "调整至"), before the date
PUT_OFF_TO = r"(?:推迟|延期|延后|推后|调整|顺延)[到至]了?"
# A change from one year's figure to a later one's ("从2016年的412家增加到2021年的905家"):
# groups from and to (the years), the match ending after the later year
CHANGE_OF_YEARS = re.compile(
    rf"[从由]\s*({_Y})\s*年(?:底|末)?的?[^，。；,;：:]{{0,30}}?[到至]\s*({_Y})\s*年"
)
# A question asking which year ("哪一年突破千亿", "in which year did…").
WHICH_YEAR = re.compile(r"哪一?年|几几年|what year|which year")
# A full date, "2020年1月3日" (groups: year, month, day).
DATE = re.compile(rf"({_Y})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日")
# A month and day, "1月3日".
MONTH_DAY = re.compile(r"\d{1,2}月\d{1,2}日")
# A clause that is only a time word ("2019年，", "今年", "其中").
TIME_ONLY_CLAUSE = re.compile(rf"^(?:{_Y}年|今年|去年|全年|当年|其中)[，,]?$")


def years_in(text: str) -> list[int]:
    """The years a text names as years ("2019年"), in order."""
    return [int(y) for y in YEAR_NIAN.findall(text)]


_CN_NUMBER = "一二三四五六七八九十"
_EN_NUMBER = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


_SENTENCE_OPEN = re.compile(r"[；。：;:！？!?\n]")


def year_stretches(text: str, year: int) -> list[str]:
    """The stretches of a text about one year, one for each time it names the year: from the
    opening of the sentence part that names it (its subject: "地区生产总值年均增长5%左右，到
    2030年突破1450亿元") up to the next year it names or the next part that names one; from
    the year itself when another year is named before it in that part ("2015年，…突破千亿大
    关；2017年，…"), unless the two are a change from one to the other ("比重从2016年的1.92%
    提高到2021年的2.86%": its subject opens the stretch)."""
    out = []
    for m in re.finditer(f"{year}年", text):
        at = m.start()
        opens = [o.end() for o in _SENTENCE_OPEN.finditer(text, 0, at)]
        start = opens[-1] if opens else 0
        earlier = list(YEAR_NIAN.finditer(text, start, at))
        if earlier and text[max(0, earlier[-1].start() - 1) : earlier[-1].start()] not in (
            "从",
            "由",
        ):
            start = at
        nxt = YEAR_NIAN.search(text, at + 5)
        end = nxt.start() if nxt else len(text)
        part = [o.end() for o in _SENTENCE_OPEN.finditer(text, at, end)]
        if nxt and part:
            end = part[-1]  # the next year's part is its own
        out.append(text[start:end])
    return out


def span_length(years: str) -> int:
    """The years a look-back's "2015-2019" covers (5 when it does not say)."""
    m = re.fullmatch(r"(\d{4})-(\d{4})", years)
    return int(m.group(2)) - int(m.group(1)) + 1 if m else 5


def plan_name(start: int, end: int) -> str | None:
    """The five-year plan whose period two years are ("十四五" for 2021-2025), if any: the
    Nth plan (11 ≤ N ≤ 19) runs 1966 + 5(N-3) to four years later."""
    n = (start - 1966) // 5 + 3
    if (start - 1966) % 5 or end != start + 4 or not 11 <= n <= 19:
        return None
    return f"十{'一二三四五六七八九'[n - 11]}五"


def span_plan(years: str) -> str | None:
    """The five-year plan a look-back's "2021-2025" is the period of, if any."""
    m = re.fullmatch(r"(\d{4})-(\d{4})", years)
    return plan_name(int(m.group(1)), int(m.group(2))) if m else None


def span_section(length: int) -> str:
    """The section a look-back over `length` years is shown under ("五年回顾", "三年回顾")."""
    return f"{_CN_NUMBER[length - 1] if 0 < length <= 10 else length}年回顾"


def frame_label(frame: str, years: str, *, review_year: int = 0, year: int = 0) -> str:
    """A frame in words for explanations ("2019年实绩", "2020年目标", "五年回顾（2015-2019年）")."""
    if frame == FRAME_RESULTS:
        return f"{review_year or years}年实绩"
    if frame == FRAME_TARGETS:
        return f"{year or years}年目标"
    if frame == FRAME_SPAN:
        return f"{span_section(span_length(years))}（{years}年）"
    return ""


def answer_label(frame: str, years: str, *, english: bool = False) -> str:
    """The label an answer opens with, naming the year it speaks of ("2019年：")."""
    if frame == FRAME_RESULTS:
        return f"{years}: " if english else f"{years}年："
    if frame == FRAME_TARGETS:
        return f"{years} target/plan: " if english else f"{years}年目标和计划："
    if frame == FRAME_SPAN:
        n = span_length(years)
        if english:
            return f"Over the past {_EN_NUMBER[n] if n < len(_EN_NUMBER) else n} years: "
        return f"过去{_CN_NUMBER[n - 1] if 0 < n <= 10 else n}年："
    return ""


def cited_section(section_path: str, frame: str, years: str) -> str:
    """A citation's section, naming the year its answers are labelled with when the part
    heading does not ("一、过去一年的工作（2023年）"): every year an answer states is in
    what it cites."""
    label = answer_label(frame, years).rstrip("：")
    if frame == FRAME_SPAN and years:
        label = f"{label}，{years}年"  # the years an explanation names the look-back by
    if label and not all(y in section_path for y in re.findall(r"\d{4}", label)):
        return f"{section_path}（{label}）"
    return section_path


def year_frames(documents: Sequence[Document]) -> dict[int, str]:
    """Every year the reports speak of, with the frame it belongs to (read from the documents).

    A report's review year is `results`, its own year `targets`, the years its look-back
    names `span`; any other year its text names is known without a frame. A year one report
    reviews and another sets targets for is known without a frame: the question's own words
    (目标, 实际) or the place it names decide. Otherwise the newest report decides a year that
    two of them cover.
    """
    reviewed = {d.meta.review_year for d in documents}
    planned = {d.meta.year for d in documents}
    frames: dict[int, str] = {y: FRAME_NONE for y in reviewed & planned}
    for d in sorted(documents, key=lambda d: -d.meta.year):
        frames.setdefault(d.meta.review_year, FRAME_RESULTS)
        frames.setdefault(d.meta.year, FRAME_TARGETS)
        for p in d.passages:
            if p.frame == FRAME_SPAN:  # the look-back's years that it names ("2015年，…")
                for y in years_in(p.text):
                    frames.setdefault(y, FRAME_SPAN)
    for d in documents:
        for y in years_in(d.text):
            frames.setdefault(y, FRAME_NONE)
    return frames


_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
_SHORT_YEAR = re.compile(r"(?<![\d])(\d{2})年")


def arabic_years(text: str, known: dict[int, str] | set[int]) -> str:
    """Years written in Chinese digits or two digits as four Arabic digits ("二〇二〇年",
    "19年" → "2019年"), the latter only when the reports speak of that year."""
    digits = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
    text = _CN_YEAR.sub(lambda m: "".join(digits[c] for c in m.group(1)) + "年", text)
    return _SHORT_YEAR.sub(
        lambda m: f"20{m.group(1)}年" if 2000 + int(m.group(1)) in known else m.group(0), text
    )


# A time within a year finer than the year, as people and reports write it: "9月28日",
# "九月下旬", "元月", "4月", "下半年", "第三季度" (a year may stand before it: "2022年9月下旬").
_MONTH_NUM = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元)"
_PART_OF_MONTH = {
    "上旬": (1, 10),
    "初": (1, 10),
    "中旬": (11, 20),
    "下旬": (21, 31),
    "底": (21, 31),
    "末": (21, 31),
}
WITHIN_YEAR = re.compile(
    rf"(?:({_Y})\s*年)?(?:"
    rf"({_MONTH_NUM})\s*月(?:\s*(\d{{1,2}})\s*[日号]|(上旬|中旬|下旬|初|底|末))?"
    r"|([上下])半年"
    r"|第?([一二三四1-4])季度(?:末|结束)?"
    r"|([春秋])季(?:学期|开学)"
    # a season ("2024年春季", "秋天"), as wide as people use it: autumn from August; the
    # summer and winter holidays ("暑期", "寒假")
    # (with the month it means after it in brackets: "暑期（7月）")
    r"|([春夏秋暑寒])(?:(?<=[春夏秋])[季天]|(?<=[暑寒])[期假])(?:[（(]\s*\d{1,2}\s*月份?\s*[)）])?"
    # the start of a year ("2024年初"), not a first step or a plan made then ("年初步",
    # "年初确定的目标")
    r"|(?<=年)(初)(?![步见具显心中级始次创审稿期预确定目提计制设定])"
    # the middle of a year, after its number ("2024年年中", "2024年中"; not "2024年中国…")
    r"|(?<=\d年)年?(中)(?![国央华外小学心级期等部东西南北共医药])"
    r")"
    # a deadline: "10月前", "9月底以前", "秋季学期前" (from the year's start to it)
    r"((?<=[月旬初底末日号期学度季天束])(?:以前|之前|前)(?![往来进夕列景沿期身置后茅三两]))?"
)
# A date put off to the end of a year ("推迟到2026年底"): a month of its own
_PUT_OFF_TO_YEAR_END = re.compile(rf"{PUT_OFF_TO}\s*(?:({_Y})\s*)?(年(?:底|末))(?!以前|之前|前)")
# Holidays a thing may be due by ("2023年“五一”前", "国庆节前"), with the day each falls on;
# 春节, 端午 and 中秋 move with the moon (no day). Each is said with or without 节.
_HOLIDAYS: dict[str, tuple[int, int] | None] = {
    "元旦": (1, 1),
    "五一": (5, 1),
    "劳动节": (5, 1),
    "七一": (7, 1),
    "国庆": (10, 1),
    "春节": None,
    "端午": None,
    "中秋": None,
}
HOLIDAY = "(?:" + "|".join(_HOLIDAYS) + ")节?"
_DAYS = {name: day for name, day in _HOLIDAYS.items() if day}
_FIXED = "|".join(_DAYS)
_HOLIDAY = re.compile(
    rf"(?:({_Y})\s*年)?[“\"‘]?({_FIXED})节?[”\"’]?(?:假期)?((?:以前|之前|前)(?![往来进夕列景沿期身置后茅三两]))?"
)


def holiday(name: str) -> str:
    """One name per holiday ("国庆节" and "国庆"; "劳动节" and "五一")."""
    if name in _HOLIDAYS:
        return "五一" if name == "劳动节" else name
    return holiday(name[:-1]) if name.endswith("节") and name[:-1] in _HOLIDAYS else name


_SEASONS = {
    "春": ((2, 1), (5, 31)),
    "夏": ((5, 1), (8, 31)),
    "秋": ((8, 1), (11, 31)),
    "暑": ((7, 1), (8, 31)),
    "寒": ((1, 1), (2, 28)),
}
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _month(token: str) -> int:
    """A month written in digits or Chinese ("9", "九", "十二", "元")."""
    if token.isdigit():
        return int(token)
    if token == "元":
        return 1
    tens, _, units = token.rpartition("十")
    digits = "一二三四五六七八九"
    if "十" not in token:
        return digits.index(token) + 1
    return 10 * (digits.index(tens) + 1 if tens else 1) + (digits.index(units) + 1 if units else 0)


@dataclass(frozen=True)
class WithinYear:
    """A stretch of a year, as (month, day) bounds: "9月下旬" is (9, 21)-(9, 31)."""

    start: int  # offset in the text it was read from
    end: int
    year: int  # the year written before it, else 0
    low: tuple[int, int]
    high: tuple[int, int]
    # how far a deadline may stretch as people use it: "10月前" is before October, but
    # read loosely also "by October" (so October itself is neither inside nor apart)
    reach: tuple[int, int] | None = None

    def within(self, other: WithinYear) -> bool:
        """This stretch lies inside the other one (9月28日 inside 9月下旬, 9月 inside 10月前)."""
        return other.low <= self.low and self.high <= other.high

    def apart(self, other: WithinYear) -> bool:
        """The two stretches share no day (4月 and 下半年, 11月 and 10月前)."""
        return max(self.high, self.reach or self.high) < other.low or (
            max(other.high, other.reach or other.high) < self.low
        )


def times_within_year(text: str) -> list[WithinYear]:
    """The stretches of a year a text names, finer than the year itself, in order."""
    out = []
    for m in WITHIN_YEAR.finditer(text):
        year = int(m.group(1)) if m.group(1) else 0
        month, day, part, half, quarter, term, season, start, middle, before = m.group(
            *range(2, 12)
        )
        if month:
            mo = _month(month)
            if day:
                low, high = (mo, int(day)), (mo, int(day))
            else:
                first, last = _PART_OF_MONTH.get(part or "", (1, 31))
                low, high = (mo, first), (mo, last)
        elif half:
            low, high = ((1, 1), (6, 31)) if half == "上" else ((7, 1), (12, 31))
        elif season:
            low, high = _SEASONS[season]
        elif start:  # the first months of a year: its first quarter
            low, high = (1, 1), (3, 31)
        elif middle:  # the months around the middle of a year, widely
            low, high = (5, 1), (8, 31)
        elif term:  # a school term: spring from February, autumn from August's opening
            low, high = ((2, 1), (7, 15)) if term == "春" else ((8, 1), (12, 31))
        else:
            q = _QUARTERS[quarter]
            low, high = (3 * q - 2, 1), (3 * q, 31)
        reach = None
        if before:  # "10月前": up to the month before; "10月底前": up to its end
            reach = high
            if month and not (day or part):
                high = (low[0] - 1, 31)
            elif term:  # "秋季学期前": before the term opens
                high, reach = (low[0], 31), None
            low = (1, 1)
        if 1 <= low[0] <= 12 and 1 <= high[0] <= 12:
            out.append(WithinYear(m.start(), m.end(), year, low, high, reach))
    for m in _HOLIDAY.finditer(text):
        year = int(m.group(1)) if m.group(1) else 0
        if not (year or m.group(3)):
            continue  # a bare "五一" may name a square ("五一广场"): a date after a year or 前
        day = _DAYS[m.group(2)]
        if m.group(3):  # "“五一”前": up to the day before, read loosely up to the day
            before = (day[0], day[1] - 1) if day[1] > 1 else (day[0] - 1, 31)
            if before[0] >= 1:
                out.append(WithinYear(m.start(), m.end(), year, (1, 1), before, day))
        else:
            out.append(WithinYear(m.start(), m.end(), year, day, day))
    for m in _PUT_OFF_TO_YEAR_END.finditer(text):
        # a date put off to a year's end is December, not "by the end of the year"
        year = int(m.group(1)) if m.group(1) else 0
        start = m.start(1) if m.group(1) else m.start(2)
        out.append(WithinYear(start, m.end(), year, (12, 1), (12, 31)))
    return sorted(out, key=lambda w: w.start)


# A deadline of a year's end ("在2025年年底前竣工", "2025年内建成"): the whole of that year
# (and as a year's plan: "按2025年的计划在年底前", "按2024年计划在年内")
_BY_YEAR_END = re.compile(
    rf"({_Y})\s*年(?:的?(?:计划|规划|安排|部署)中?)?(?:在|于)?(?:年?(?:底|末)(?:以前|之前|前)|年?内)"
)


def by_year_end(text: str) -> list[WithinYear]:
    """The deadlines at a named year's end a text names, each as the whole of that year."""
    return [
        WithinYear(m.start(), m.end(), int(m.group(1)), (1, 1), (12, 31))
        for m in _BY_YEAR_END.finditer(text)
    ]


def year_end_deadlines(text: str) -> list[WithinYear]:
    """The deadlines at the end of the year a plan is for, the year unnamed ("年底前开业",
    "年内建成"): the whole year, reached at its last day."""
    return [
        WithinYear(m.start(), m.end(), 0, (1, 1), (12, 31), (12, 31))
        for m in _YEAR_END_DEADLINE.finditer(text)
    ]


# "年底前", "年末前", "年内" not after a year named (a named year's end is `by_year_end`'s)
_YEAR_END_DEADLINE = re.compile(r"(?<![\d年])(?:年(?:底|末)(?:以前|之前|前)|年内)")


def without_times(text: str) -> str:
    """The text with its stretches of a year taken out (the wording around them)."""
    return WITHIN_YEAR.sub("", text)

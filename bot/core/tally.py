"""New ones counted from what the reports state of them, when no report states the count.

A target "力争新增上市企业2家" is often followed by no "新增上市企业N家" result. The reviews say
instead what the total reached ("全区上市企业累计达到20家", a year after "累计达到19家"), or
name the ones that came ("辽和智能于2025年9月在北交所上市"). Two totals at consecutive year
ends bound the new ones exactly; named ones bound them from below, so they can only show a
target met. Pure functions over indicator phrases and clauses: the fact-checker finds the
figures and passages, and quotes them (the difference itself is never written out, so an
explanation holds only figures its passages state).
"""

from __future__ import annotations

import re

from wenzheng.corpus.text import split_at

_NEW = "新增"
# What a total of a thing is called beside the thing: "累计上市企业", "国家高新技术企业总数"
_TOTAL_WORDS = re.compile(r"^(?:累计|总计|共有|全区|全县|全市)+|(?:总数|总量|累计|数量)+$")
# The verb a counted thing is named by ("上市企业": firms that list): what is left of the
# thing without the noun of whom it is done by
_DOER_NOUNS = re.compile(r"(?:企业|公司|机构|单位)$")
# Who did it, opening a clause ("辽和智能于2025年9月在北交所上市"): a name of two to twelve
# characters before a time, a place or a manner word
_DOER = re.compile(r"([\u4e00-\u9fff（）()]{2,12}?)(?=于|在|成功|正式|首次|登陆|顺利)")
# Words that open a clause without a name: "全区…", "推动…", "新增…", "其中…"
_NO_NAME = re.compile(
    r"^(?:全[区县市省]|我[区县市]|本[区县市]|新增|推动|支持|引导|鼓励|力争|其中|累计|共|一批|多家|"
    r"企业|公司|项目|年内|全年|今年|去年)"
)
_YEAR = re.compile(r"((?:19|20)\d\d)年")


def counted_thing(indicator: str) -> str:
    """The thing a count of new ones counts ("新增上市企业" → "上市企业"); "" for any other."""
    if not indicator.startswith(_NEW):
        return ""
    thing = indicator[len(_NEW) :]
    return thing if len(thing) >= 2 else ""


def is_total_of(indicator: str, thing: str) -> bool:
    """The indicator is the total of the thing ("累计上市企业", "上市企业总数"), not the
    thing's new ones nor a kind of it ("境内外上市企业" is another count)."""
    if not thing or indicator == thing or indicator.startswith(_NEW):
        return False
    return _TOTAL_WORDS.sub("", indicator) == thing


def named_ones(text: str, thing: str, year: str) -> list[tuple[str, str]]:
    """The clauses of a text naming one of the thing that came ("辽和智能于2025年9月在北交所
    上市" for 上市企业), each with its name; a clause dated to another year is none of the
    year's, and one with a figure of its own counts more than one (not read here)."""
    verb = _DOER_NOUNS.sub("", thing)
    if not verb or verb == thing:
        return []
    found: list[tuple[str, str]] = []
    for clause in split_at(text, "，,；;。"):
        if verb not in clause:
            continue
        years = set(_YEAR.findall(clause))
        if years and years != {year}:
            continue
        if re.search(r"\d", _YEAR.sub("", re.sub(r"\d{1,2}月", "", clause))):
            continue
        doer = _DOER.match(clause)
        if doer is None or _NO_NAME.match(doer.group(1)) or verb in doer.group(1):
            continue
        if doer.group(1) not in (name for name, _ in found):
            found.append((doer.group(1), clause))
    return found

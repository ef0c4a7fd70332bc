"""Region names and their short forms, read from a document's region ("南京市鼓楼区")."""

from __future__ import annotations

import re
from collections.abc import Iterable

_LEVEL = re.compile(r"[^省市县区]+[省市县区]")


def short_names(region: str) -> list[str]:
    """A region and the shorter names people use (南京市鼓楼区 → 鼓楼区, 鼓楼, 南京鼓楼区;
    肥西县 → 肥西; 沛县 stays whole)."""
    names = [region] if region else []
    for sep in ("市", "省"):
        if sep in region:
            names.append(region.split(sep, 1)[1])
    names += [n[:-1] for n in list(names) if n.endswith(("区", "县")) and len(n) > 2]
    return [n for n in names if n] + ([region.replace("市", "")] if "市" in region else [])


def city_of(region: str) -> str:
    """The city a region names before its own level ("南京市鼓楼区" → 南京市), else ""."""
    parts = _LEVEL.findall(region)
    return parts[-2] if len(parts) > 1 and parts[-2].endswith("市") else ""


def region_levels(region: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A region's own names and its parents' (南京市鼓楼区 → (鼓楼区, 鼓楼), (南京市, 南京))."""
    parts = _LEVEL.findall(region)
    if not parts:
        return (region,), ()
    own = (parts[-1], parts[-1][:-1])
    parents = tuple(n for part in parts[:-1] for n in (part, part[:-1]) if len(n) >= 2)
    return own, parents


def level_names(region: str) -> set[str]:
    """Each level's name with and without its suffix (南京市鼓楼区 → 南京市, 南京, 鼓楼区, 鼓楼)."""
    names = {region}
    for part in _LEVEL.findall(region):
        names.update({part, part[:-1]})
    return {n for n in names if len(n) >= 2}


# Provinces and autonomous regions (not the municipalities, which are cities): short names
PROVINCES = (
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
)
# Streets are named after provinces (山西路, 湖南路): a name before these is a street
_NOT_A_STREET = r"(?![东西南北中]?[路街道巷桥村里门])"
_AUTONOMOUS = {"内蒙古", "广西", "西藏", "宁夏", "新疆"}
# Each province by the name a question gives the whole of it ("湖北省", "广西")
PROVINCE_NAMES = tuple(p if p in _AUTONOMOUS else p + "省" for p in PROVINCES)


def province_named(text: str) -> str:
    """The one province a report names ("新江苏" → 江苏省), or "" when none or several."""
    named = {p for p in PROVINCES if re.search(p + _NOT_A_STREET, text)}
    if len(named) != 1:
        return ""
    (short,) = named
    return PROVINCE_NAMES[PROVINCES.index(short)]


def with_provinces(regions: list[tuple[str, str]]) -> list[str]:
    """Regions with their province put in front where a report names it.

    `regions` holds each report's region and text. A report that names no province takes
    the one a report of the same city names (江宁区's report names none; 鼓楼区's, also of
    南京市, names 江苏). A region that states its province is kept as it is.
    """
    by_city: dict[str, str] = {}
    found = []
    for region, text in regions:
        province = (
            "" if region[:2] in PROVINCES or region[:3] in PROVINCES else province_named(text)
        )
        parts = _LEVEL.findall(region)
        if province and len(parts) > 1:
            by_city.setdefault(parts[0], province)
        found.append((region, province, parts))
    out = []
    for region, province, parts in found:
        province = province or (by_city.get(parts[0], "") if len(parts) > 1 else "")
        out.append(province + region if province else region)
    return out


def covered_places(regions: Iterable[str]) -> list[str]:
    """The places a corpus covers, each once, by its fullest name ("鼓楼区" and "南京市鼓楼区"
    are one place)."""
    out: dict[str, str] = {}
    for region in regions:
        if not region:
            continue
        own = region_levels(region)[0][0]
        if len(region) > len(out.get(own, "")):
            out[own] = region
    return list(out.values())


def _extends(fuller: str, region: str) -> bool:
    """Whether `fuller` is `region` with whole parent levels in front (南京市建邺区 ⊃ 建邺区)."""
    if fuller == region or not fuller.endswith(region):
        return False
    return "".join(_LEVEL.findall(fuller[: -len(region)])) == fuller[: -len(region)]


def fullest_names(regions: Iterable[str]) -> dict[str, str]:
    """Each region → the fullest name the corpus gives the same place.

    One report says "南京市建邺区", the next year's "建邺区": one place, named the fuller way
    everywhere. A short name is lengthened only when every fuller name extending it lies on
    one chain (江苏省南京市建邺区 ⊃ 南京市建邺区 ⊃ 建邺区); "鼓楼区" beside both 南京市鼓楼区
    and 福州市鼓楼区 names neither and stays as it is.
    """
    names = sorted({r for r in regions if r}, key=len)
    out = {}
    for region in names:
        fuller = [f for f in names if _extends(f, region)]
        chain = all(_extends(b, a) for a, b in zip(fuller, fuller[1:], strict=False))
        out[region] = fuller[-1] if fuller and chain else region
    return out

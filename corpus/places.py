"""Region names and their short forms, read from a document's region ("南京市鼓楼区")."""

from __future__ import annotations

import re

_LEVEL = re.compile(r"[^省市县区]+[省市县区]")


def short_names(region: str) -> list[str]:
    """A region and the shorter names people use (南京市鼓楼区 → 鼓楼区, 鼓楼, 南京鼓楼区)."""
    names = [region] if region else []
    for sep in ("市", "省"):
        if sep in region:
            names.append(region.split(sep, 1)[1])
    names += [n[:-1] for n in list(names) if n.endswith("区") and len(n) > 2]
    return [n for n in names if n] + ([region.replace("市", "")] if "市" in region else [])


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

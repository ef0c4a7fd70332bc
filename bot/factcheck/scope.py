"""Places in claims: the reports' own region and its parents, and places no report covers."""

from __future__ import annotations

import re
from functools import partial

from wenzheng.corpus.model import Document
from wenzheng.corpus.places import region_levels, with_provinces
from wenzheng.corpus.text import tidy

# What follows a region named as the scope of a ranking ("南京市第一", "江苏省率先")
_SCOPE_FOLLOWS = r"(?:各[区县市]+中?)?(?=(?:范围内|内)?(?:第|前列|首|率先|排名|位居|最))"
# A verb before a parent region that qualifies a title: "获得南京市市长质量奖" is the
# report's "获得市长质量奖", "被评为江苏省…模范单位" its "省…" (全省 here, to set it
# against the report's 全国)
_QUALIFIED_BY = r"(获得?|荣获|获评|评为|入选|列为|列入|授予|命名为|认定为)"
# A place as the claim's subject: at its start, after a year or after 在 (玄武区2019年…).
_PLACE = re.compile(
    r"(?:^|(?<=[年在]))([\u4e00-\u9fff]{2,3}?(?:区|市|省)|[\u4e00-\u9fff]{1,3}?县)"
    r"(?![级场长委民属内外域直])"
)


# Words no place name opens with: modal and function words ("要争创省…", "已建成县级…")
_NOT_A_PLACE = frozenset("要把被已曾也还争全各本该我这那")

Docs = frozenset[str] | None  # the reports a claim is about (None: any)

# A report named by its year: "2024年政府工作报告", "2024年的区政府工作报告"
_REPORT_OF_YEAR = re.compile(r"((?:19|20)\d\d)年的?[^，。；,;\d]{0,8}?政府工作报告")
# Years said relative to a report's own year
_RELATIVE_OFFSET = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
_RELATIVE_YEAR = re.compile("|".join(_RELATIVE_OFFSET))


def _as_level(scope: str, m: re.Match[str]) -> str:
    """The verb, then the region's level in the report's words: "获得南京市市长质量奖" →
    "获得市长质量奖" (the level is already there), "被评为江苏省…" → "被评为全省…"."""
    after = m.string[m.end() : m.end() + 1]
    return m.group(1) + ("" if after == scope[-1] else scope)


class PlaceScope:
    """The regions of the loaded reports, read from their metadata."""

    def __init__(self, documents: list[Document], regions: tuple[str, ...], known_text: str):
        known = [(tidy(d.meta.region), d.text) for d in documents if d.meta.region]
        self.levels = [region_levels(r) for r in with_provinces(known)]
        self._own = [
            (d.meta.id, region_levels(tidy(d.meta.region))[0]) for d in documents if d.meta.region
        ]
        self._years = [(d.meta.id, d.meta.year) for d in documents if d.meta.year]
        self.regions = regions  # every level's name, longest first (reports.region_names)
        self.known_text = known_text  # the reports' text, tidied, without spaces

    def docs_named(self, text: str) -> Docs:
        """The reports of the place a claim names ("江宁区…"), or None when it names none of
        the corpus's places or every report's."""
        named = self._naming(text)
        return named if named and len(named) < len(self._own) else None

    def docs_of_report_named(self, text: str, docs: Docs) -> Docs:
        """`docs` narrowed to the report a claim names by its year ("栖霞区2024年政府工作报告
        是在…会议上作的" is about the 2024 report, not the 2023 one's date line); `docs` when
        it names none or the corpus has no report of that year."""
        m = _REPORT_OF_YEAR.search(text.replace(" ", ""))
        if m is None:
            return docs
        named = frozenset(doc for doc, year in self._years if year == int(m.group(1)))
        if docs is not None:
            named &= docs
        return named or docs

    @staticmethod
    def dated_by_report(text: str) -> str:
        """A claim naming a report by its year speaks of 去年 / 今年 as that report does:
        "据姑苏区2025年政府工作报告，去年…增长5.3%" is about 2024, and the report's own year
        dates none of its figures."""
        m = _REPORT_OF_YEAR.search(text)
        if m is None or not _RELATIVE_YEAR.search(text, m.end()):
            return text
        year = int(m.group(1))
        rest = _RELATIVE_YEAR.sub(
            lambda r: f"{year + _RELATIVE_OFFSET[r.group(0)]}年", text[m.end() :]
        )
        return text[: m.start()] + m.group(0)[len(m.group(1)) + 1 :] + rest

    def _naming(self, text: str) -> frozenset[str]:
        """The reports whose place a text names."""
        flat = text.replace(" ", "")
        return frozenset(
            doc for doc, own in self._own if any(len(n) >= 2 and n in flat for n in own)
        )

    def names_place(self, text: str) -> bool:
        """True when a text names one of the corpus's places."""
        return bool(self._naming(text))

    def report_scope(self, text: str) -> str:
        """A parent region named as a ranking's scope in the report's words: "位列南京市第一"
        is the report's "全市第一", "在江苏省率先" its "在全省率先"."""
        for _, parents in self.levels:
            for i in range(0, len(parents), 2):  # (南京市, 南京), (江苏省, 江苏), ...
                full = parents[i]
                scope = "全" + full[-1]
                for name in parents[i : i + 2]:
                    text = re.sub(
                        rf"{re.escape(name)}{_SCOPE_FOLLOWS}", partial(self._scoped, scope), text
                    )
                    text = re.sub(
                        rf"{_QUALIFIED_BY}{re.escape(name)}", partial(_as_level, scope), text
                    )
        return text

    def _scoped(self, scope: str, m: re.Match[str]) -> str:
        """The report's scope word for a region named as a ranking's scope, unless the reports
        write the name there themselves ("江西首店" is a kind of shop, not "全省首店")."""
        said = m.string[m.start() : m.end() + 2].replace(" ", "")
        return m.group(0) if said in self.known_text else scope

    def foreign_place(self, text: str) -> str | None:
        """A district or city named as the claim's subject that no document mentions."""
        flat = text.replace(" ", "")
        # the city or province of a place the claim names is no other place ("江宁区…在南京
        # 各区中排名第一")
        named_parents = {
            p for own, parents in self.levels if any(o in flat for o in own) for p in parents
        }
        for own, parents in self.levels:
            if not any(o in flat for o in own):
                for parent in (p for p in parents if p not in named_parents):
                    at = flat.find(parent)
                    # "南京市…" without "鼓楼" is the city, unless it opens a report name
                    # such as 南京长江国际航运中心
                    if at >= 0 and flat[at : at + len(parent) + 2] not in self.known_text:
                        return parent
        for name in self.regions:
            flat = flat.replace(name, "，")
        for m in _PLACE.finditer(flat):
            name = m.group(1)
            if any(c in name[:-1] for c in "区市县省") or name in self.known_text:
                continue
            if name[0] in _NOT_A_PLACE:  # "今年要争创省…": a verb before the level
                continue
            named = flat[m.end() - 1 : m.end() + 4]
            if re.fullmatch(r"[\u4e00-\u9fff]{5}", named) and named in self.known_text:
                continue  # "2024年计划区中医医院…": the 区 opens a name the reports write
            if name.endswith(("地区", "城区", "市区", "社区", "园区", "景区", "片区", "街区")):
                continue  # "五年来地区生产总值…": a kind of area, no name
            if name[:-1] in self.known_text and len(name) > 3:
                continue
            return name
        return None

"""Fact-check claims against the reports, figure by figure, indicator by indicator.

A claim's figures are bound to their indicator phrase ("固定资产投资" in "固定资产投资预期增长
9%以上") and compared only with the report's figure for the same indicator, of the same kind
(a growth rate is not a level), in the same time frame (a 2020 target is not a 2019 result).
Claims without figures are checked by how much of their content one passage states.

Verdicts:
- supported: every figure agrees with the report (see `_agree` for hedges such as 超过/近),
  or, without figures, one passage states the claim's content;
- refuted: a figure differs (value, unit, hedge direction, time frame), or the passage
  states a clearly conflicting fact (other person, date, rank, "全部" where it says "其中");
- not_found: the report has no figure or passage on the claim's indicator or topic.
"""

from __future__ import annotations

import difflib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from bot.types import CheckResult, Citation, FigureDifference, Verdict
from corpus.model import FRAME_NONE, FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS, Document, Passage
from corpus.numbers import COUNT_UNITS, Quantity, extract_quantities, numbers_in
from corpus.text import normalize, strip_controls, to_halfwidth, to_simplified
from wenzheng.errors import InputError

log = logging.getLogger(__name__)

Retrieve = Callable[[str, int], list[Passage]]

MIN_INDICATOR_MATCH = 0.5  # indicator similarity below this: another indicator
SUPPORT_COVERAGE = 0.75  # share of a figure-less claim's content one passage must state
CONFLICT_COVERAGE = 0.5  # enough shared content for a contrasting word to refute
RETRIEVE_K = 8

_SEGMENT = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
_CLAUSE = re.compile(r"(?:[^，；：:;、。！？!?,]|(?<=\d),(?=\d{3}))+")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?!\d{1,2}月)")
_YEAR_SPAN = re.compile(
    r"(?:19|20)\d\d\s*[-—~～至到]\s*(?:19|20)\d\d|五年来|五年间|过去五年|近五年|以来"
)
_TARGET_WORDS = re.compile(r"今年|明年|预期|力争|争取")
# Words that often, not always, speak of plans: 将 is also 把 ("将招商引资作为…"), and
# 计划/目标 are also nouns of the review ("百优企业”计划", "消除劣V类水体目标").
_SOFT_TARGET_WORDS = re.compile(r"将|拟|计划|目标|确保|努力")
_RESULT_WORDS = re.compile(r"去年|上一年")
_COMPARISON = re.compile(r"[比较]上年|同比")
_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_PUNCT = re.compile(r"[\s“”‘’\"'《》〈〉()（）\[\]【】·•—…、，。；：！？,;:!?]+")
_DRAFT_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*[”’」』]?")
_OPINION = re.compile(
    r"我认为|我觉得|我们认为|相信|希望|建议|应该|应当|感谢|谢谢|大家好|您好|你好|欢迎|祝愿"
    r"|祝大家|让我们|继续努力|再创佳绩"
)
_NEGATION = re.compile(r"未(?!来)|没有|并非|不是")
_ALL_WORDS = re.compile(r"全部|全都|均已|都已|所有|全数|悉数")
_ROLE_NAME = re.compile(r"(?:区长|市长|县长|报告人)\s*([\u4e00-\u9fff]{2,4})")
_REPORT_WORDS = r"政府工作报告|报告|区长|市长|县长|人民政府|代表|大会|作|由|向|这份|该|本"
_NAME_TAIL = "作在代于的是表向对了说称所将为"
# A place as the claim's subject: at its start, after a year or after 在 (玄武区2019年…).
_PLACE = re.compile(
    r"(?:^|(?<=[年在]))([\u4e00-\u9fff]{2,3}?(?:区|市|县|省))(?![级场长委民属内外域直])"
)
_COUNT_DIM = "count"


@dataclass(frozen=True)
class CheckLexicon:
    """Word lists of the fact-checker (bot/data/factcheck_synonyms.json)."""

    aliases: tuple[tuple[str, str], ...]
    whole_phrase: dict[str, str]
    growth_words: tuple[str, ...]
    fillers: tuple[str, ...]
    edge_words: tuple[str, ...]
    contrasts: tuple[tuple[str, ...], ...]
    modifiers: tuple[str, ...] = ()
    lead_verbs: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path | None = None) -> CheckLexicon:
        """Read the lexicon JSON (the packaged one by default)."""
        if path is None:
            raw = resources.files("bot").joinpath("data/factcheck_synonyms.json").read_text("utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
        aliases = [
            (normalize(a), _norm(canon))
            for canon, alts in data.get("indicators", {}).items()
            for a in alts
        ]
        return cls(
            aliases=tuple(sorted(aliases, key=lambda x: -len(x[0]))),
            whole_phrase={normalize(k): _norm(v) for k, v in data.get("whole_phrase", {}).items()},
            growth_words=tuple(sorted(data.get("growth_words", []), key=len, reverse=True)),
            fillers=tuple(sorted(data.get("fillers", []), key=len, reverse=True)),
            edge_words=tuple(sorted(data.get("edge_words", []), key=len, reverse=True)),
            contrasts=tuple(tuple(g) for g in data.get("contrasts", [])),
            modifiers=tuple(data.get("distinct_modifiers", [])),
            lead_verbs=tuple(sorted(data.get("lead_verbs", []), key=len, reverse=True)),
        )


@dataclass(frozen=True)
class Figure:
    """A quantity bound to its indicator phrase, kind and time."""

    quantity: Quantity
    indicator: str
    context: str  # the clause without its figures (the indicator included)
    kind: str  # level | growth | from | share | rank
    year: str  # a year written at the start of the sentence part ("2017年，…"), else ""
    passage: Passage | None = None
    at: int = 0  # offset of the figure in the (normalized) text it was read from

    @property
    def label(self) -> str:
        """Indicator as shown to people ("软件业务收入增长")."""
        return self.indicator + ("增长" if self.kind == "growth" else "")


@dataclass(frozen=True)
class ClaimTime:
    """When a claim speaks of: an explicit year, or a frame (results/targets/span), or any."""

    year: str = ""
    frame: str = ""
    soft: bool = False  # a guess from words like 将/计划, not binding

    def label(self) -> str:
        """The time in words, for explanations."""
        if self.year:
            return f"{self.year}年"
        return {FRAME_SPAN: "五年回顾", FRAME_TARGETS: "今年目标", FRAME_RESULTS: "去年"}.get(
            self.frame, ""
        )


@dataclass(frozen=True)
class _FigureCheck:
    """The outcome for one figure of a claim."""

    status: str  # supported | refuted | unmatched
    claim: Figure
    time: ClaimTime
    report: Figure | None = None
    note: str = ""
    also: Figure | None = None  # a second deciding figure (the in-frame one on a frame swap)


class FactChecker:
    """Checks claims against loaded documents; `retrieve` ranks passages for figure-less claims."""

    def __init__(
        self, retrieve: Retrieve, documents: list[Document], lexicon: CheckLexicon | None = None
    ) -> None:
        self.retrieve = retrieve
        self.documents = documents
        self.lex = lexicon or CheckLexicon.load()
        self._doc_of = {p.id: d for d in documents for p in d.passages}
        self._regions = _region_names(documents)
        self._passage_grams: list[tuple[Passage, frozenset[str]]] | None = None
        self._levels = [_region_levels(_norm(d.meta.region)) for d in documents if d.meta.region]
        self._known_text = "".join(_norm(d.text) for d in documents).replace(" ", "")
        self.figures = [
            f
            for d in documents
            for p in d.passages
            if p.kind != "heading"
            for f in self.figures_of(p.text, p)
        ]

    # --- public API --------------------------------------------------------------------

    def check(self, claim: str, context: ClaimTime | None = None) -> CheckResult:
        """Check one claim: supported, refuted or not_found, with the deciding passages.

        `context` is the time a claim without its own year or frame words speaks of (in a
        draft: the time of the sentences before it); by default any time.
        """
        if not claim or not claim.strip():
            raise InputError("the claim is empty")
        text = _norm(claim)
        place = self._foreign_place(text)
        if place:
            return CheckResult(claim, "not_found", explanation=f"报告未涉及“{place}”，无法核实。")
        default = context or ClaimTime()
        found = self.figures_of(text)
        figures = [f for f in found if f.indicator]
        if figures:
            return self._check_figures(claim, text, figures, default)
        # a figure without an indicator ("增长10%") cannot be supported by wording alone
        return self._check_statement(claim, text, figures=bool(found))

    def check_draft(self, text: str) -> list[CheckResult]:
        """Split a draft into sentences and check each one that states a fact.

        A sentence without a year or frame words speaks of the time of the sentence before it.
        """
        if not text or not text.strip():
            raise InputError("the draft is empty")
        results, context = [], ClaimTime()
        for sentence in split_draft(text):
            own = _claim_time(_norm(sentence), len(sentence))
            context = own if own != ClaimTime() else context
            if is_factual(sentence):
                results.append(self.check(sentence, context))
        return results

    def figures_of(self, text: str, passage: Passage | None = None) -> list[Figure]:
        """Bind each figure of a text to its indicator, kind and written year."""
        text = _norm(text)
        out: list[Figure] = []
        for seg_match in _SEGMENT.finditer(text):
            seg = seg_match.group(0)
            m = re.match(r"\s*((?:19|20)\d\d)\s*年[，,]", seg)
            year = m.group(1) if m else ""
            context = self._clean(
                _strip_spans(seg, [q for q in extract_quantities(seg) if _usable(q)])
            )
            previous = ""
            for clause in _CLAUSE.finditer(seg):
                at = seg_match.start() + clause.start()
                for fig in self._clause_figures(clause.group(0), at, previous, year, context):
                    out.append(replace(fig, passage=passage))
                    previous = fig.indicator or previous
        return out

    # --- figures -------------------------------------------------------------------------

    def _clause_figures(
        self, clause: str, at: int, previous: str, year: str, context: str
    ) -> list[Figure]:
        """Figures of one clause; a clause without its own indicator inherits the previous one.

        `at` is the clause's offset in the text, `context` its sentence part without figures.
        """
        qs = [q for q in extract_quantities(clause) if _usable(q)]
        figs, cursor = [], 0
        for i, q in enumerate(qs):
            kind, core = self._bind(clause[cursor : q.start], _post(clause, qs, i), q)
            cursor = q.end
            lead = clause.lstrip()
            if previous and (lead.startswith("占") or lead.startswith("其中") and len(core) <= 3):
                core = previous + core
            core = core or previous
            core = self._canonical(core)
            previous = core
            figs.append(Figure(q, core, context + core, kind, year, at=at + q.start))
        return figs

    def _bind(self, pre: str, post: str, q: Quantity) -> tuple[str, str]:
        """Kind of a figure and its indicator phrase, from the text before and after it."""
        pre = self._clean(pre)
        pre = pre.rsplit("等", 1)[-1]
        kind = "level"
        if q.ordinal or q.unit in ("第", "等奖"):
            kind = "rank"
        elif pre.endswith("从"):
            kind, pre = "from", pre[:-1]
        elif re.search(r"(?:到|至)$", pre):  # 提高到69.5%: the level reached
            growth = "|".join(self.lex.growth_words)
            pre = re.sub(f"(?:{growth}|[降升增涨减提])?(?:到|至)$", "", pre)
        elif q.unit in ("%", "个百分点", "倍"):
            stripped = re.sub(r"(?:了|为|是|达到|达|约)+$", "", pre)
            for word in self.lex.growth_words:
                if stripped.endswith(word):
                    kind, pre = "growth", stripped[: -len(word)]
                    break
        if "占" in pre and kind == "level" and q.unit == "%":
            kind = "share"
        pre = self._trim_edges(re.sub(f"(?:{'|'.join(self.lex.growth_words)})$", "", pre))
        post_core = self._trim_edges(re.split(r"[的等和与及]", self._clean(post), maxsplit=1)[0])
        counted = q.unit in COUNT_UNITS or kind == "rank"
        if counted and len(post_core) >= 2:
            return kind, post_core
        if not pre and self._clean(post).startswith("的"):
            return kind, self._trim_edges(self._clean(post)[1:])
        return kind, pre

    def _clean(self, text: str) -> str:
        """Drop punctuation, region names, years and filler words from a phrase."""
        text = _PUNCT.sub("", text)
        text = re.sub(r"(?:19|20)\d\d年(?:度)?", "", text)
        for word in (*self._regions, *self.lex.fillers):
            text = text.replace(word, "")
        return text

    def _trim_edges(self, text: str) -> str:
        """Strip verbs and particles from both ends of an indicator phrase."""
        changed = True
        while changed and text:
            changed = False
            for word in self.lex.edge_words:
                if text.startswith(word) and len(text) > len(word):
                    text, changed = text[len(word) :], True
                if text.endswith(word) and len(text) > len(word):
                    text, changed = text[: -len(word)], True
            for word in self.lex.lead_verbs:
                if text.startswith(word) and len(text) >= len(word) + 2:
                    text, changed = text[len(word) :], True
        return text

    def _canonical(self, indicator: str) -> str:
        """Replace colloquial indicator words by the report's term (GDP → 地区生产总值)."""
        lower = indicator.lower()  # ASCII lower-casing keeps offsets
        if lower in self.lex.whole_phrase:
            return self.lex.whole_phrase[lower]
        for alias, canon in self.lex.aliases:
            at = lower.find(alias)
            if at >= 0 and canon not in lower:
                return indicator[:at] + canon + indicator[at + len(alias) :]
        return indicator

    def _check_figures(
        self, claim: str, text: str, figures: list[Figure], default: ClaimTime
    ) -> CheckResult:
        """Verdict of a claim with figures: each figure against the report's figures."""
        checks = [self._check_figure(f, _claim_time(text, f.at, default)) for f in figures]
        refuted = [c for c in checks if c.status == "refuted"]
        supported = [c for c in checks if c.status == "supported"]
        if refuted:
            return self._result(claim, "refuted", refuted + supported)
        if supported and len(supported) == len(checks):
            conflict = self._conflict(
                text, [c.report.passage for c in supported if c.report and c.report.passage]
            )
            if conflict:
                passage, why = conflict
                return CheckResult(claim, "refuted", (self._cite(passage),), why)
            result = self._result(claim, "supported", supported)
            cited = [self._doc_of[c.id].passage(c.id) for c in result.evidence]
            unstated, more = self._figureless_clauses(text, cited)
            if unstated:
                why = f"报告未提及“{unstated}”；" + result.explanation
                return CheckResult(claim, "not_found", result.evidence, why)
            return replace(result, evidence=result.evidence + self._cites(*more))
        if supported:
            missing = "、".join(c.claim.quantity.raw for c in checks if c.status == "unmatched")
            result = self._result(claim, "not_found", supported)
            why = f"报告未给出声明中的{missing}；" + result.explanation
            return CheckResult(claim, "not_found", result.evidence, why)
        return self._check_statement(claim, text, figures=True)

    def _check_figure(self, claim: Figure, time: ClaimTime) -> _FigureCheck:
        """Compare one claim figure with the report's figures of the same indicator."""
        scored = self._same_indicator(claim)
        comparable = [
            (s, f)
            for s, f in scored
            if f.kind == claim.kind and _comparable(claim.quantity, f.quantity)
        ]
        if time.soft:  # a guessed frame: any frame whose figure agrees will do
            time = ClaimTime()
        in_time = [(s, f) for s, f in comparable if self._figure_in_time(time, f)]
        if in_time:
            best = in_time[0][0]
            near = [f for s, f in in_time if s >= best - 0.1]
            return self._compare(claim, time, near, comparable)
        swapped = self._same_value_elsewhere(claim, comparable, time)
        if swapped:
            return _FigureCheck("refuted", claim, time, swapped, "frame")
        digits = numbers_in(claim.quantity.raw)
        for _, f in scored:  # same digits, other unit or kind: a changed unit
            if (
                self._figure_in_time(time, f)
                and f.quantity.unit != claim.quantity.unit
                and digits & numbers_in(f.quantity.raw)
            ):
                return _FigureCheck("refuted", claim, time, f, "unit")
        return _FigureCheck("unmatched", claim, time)

    def _same_indicator(self, claim: Figure) -> list[tuple[float, Figure]]:
        """Report figures sharing the claim figure's indicator, most similar first."""
        scored = [
            (s, f)
            for f in self.figures
            if (s := _similarity(claim, f)) >= MIN_INDICATOR_MATCH
            and self._same_modifiers(claim.indicator, f.indicator)
        ]
        return sorted(scored, key=lambda x: -x[0])

    def _compare(
        self,
        claim: Figure,
        time: ClaimTime,
        near: list[Figure],
        comparable: list[tuple[float, Figure]],
    ) -> _FigureCheck:
        """Decide a claim figure against equally good in-time figures of its indicator."""
        q = claim.quantity
        # the report's figure with the claim's very number and unit is the one to compare
        near = sorted(
            near, key=lambda f: (not _same(f.quantity.value, q.value), f.quantity.unit != q.unit)
        )
        swapped = self._same_value_elsewhere(claim, comparable, time, exact=True)
        for f in near:
            ok, note = _agree(q, f.quantity)
            if (
                ok
                and swapped
                and swapped.quantity.bound == q.bound
                and not _same(f.quantity.value, q.value)
            ):
                # "2019年增长7.5%以上" fits the 8% of 2019, but it is the 2020 target's
                # wording: a frame swap, not a paraphrase
                return _FigureCheck("refuted", claim, time, f, "", swapped)
            if ok:
                return _FigureCheck("supported", claim, time, f, note)
        return _FigureCheck(
            "refuted", claim, time, near[0], _agree(q, near[0].quantity)[1], swapped
        )

    def _same_modifiers(self, a: str, b: str) -> bool:
        """False when a modifier such as 人均 qualifies only one of two indicators."""
        return all((m in a) == (m in b) for m in self.lex.modifiers)

    def _same_value_elsewhere(
        self,
        claim: Figure,
        comparable: list[tuple[float, Figure]],
        time: ClaimTime,
        exact: bool = False,
    ) -> Figure | None:
        """A figure of the same indicator in another time frame that agrees with the claim.

        One with the very number the claim writes comes first (the claim "2015年突破百亿"
        is the report's "2017年突破百亿", not its 2019 level of 164.5亿元).
        """
        other = [f for _, f in comparable if not self._figure_in_time(time, f)]
        same_number = [f for f in other if _same(f.quantity.value, claim.quantity.value)]
        for f in same_number + ([] if exact else other):
            if _agree(claim.quantity, f.quantity)[0]:
                return f
        return None

    def _time_matches(self, time: ClaimTime, p: Passage | None, year: str = "") -> bool:
        """True when a passage (or its part opening with `year`) speaks of the claim's time."""
        if p is None or p.frame == FRAME_NONE:
            return True
        if time.year:
            if year:
                return year == time.year
            if p.years == time.year:
                return True
            doc = self._doc_of.get(p.id)
            return (
                p.frame == FRAME_SPAN and doc is not None and time.year == str(doc.meta.review_year)
            )
        if time.frame == FRAME_SPAN:
            return p.frame == FRAME_SPAN
        return not time.frame or p.frame == time.frame

    def _figure_in_time(self, time: ClaimTime, fig: Figure) -> bool:
        """True when a report figure speaks of the time a claim speaks of."""
        return self._time_matches(time, fig.passage, fig.year)

    # --- statements without figures ------------------------------------------------------

    def _check_statement(self, claim: str, text: str, figures: bool = False) -> CheckResult:
        """Verdict of a claim without usable figures: meta facts, then passage coverage.

        Only the claim's own time words count here: a statement in a draft does not take the
        year of the sentence before it (that would turn loose wording into refutations).
        """
        meta = self._check_meta(claim, text)
        if meta is not None:
            return meta
        content = self._content(text)
        grams = _grams(content)
        if not grams:
            return CheckResult(claim, "not_found", explanation="声明中没有可核查的内容。")
        time = _claim_time(text, len(text))
        # The injected retriever ranks by meaning; a scan by shared wording backs it up, so
        # a claim quoting the report is never missed because the retriever ranked it low.
        candidates = {p.id: p for p in self.retrieve(text, RETRIEVE_K)}
        for p in self._scan(grams, RETRIEVE_K):
            candidates.setdefault(p.id, p)
        best: dict[bool, tuple[float, Passage | None, str]] = {
            True: (0.0, None, ""),  # best passage part in the claim's time
            False: (0.0, None, ""),  # best one in another time
        }
        for p in candidates.values():
            for seg, year in _segments(p):
                cov = len(grams & _grams(self._content(seg))) / len(grams)
                in_time = time.soft or self._time_matches(time, p, year)
                if cov > best[in_time][0]:
                    best[in_time] = (cov, p, seg)
        best_in, best_out = best[True], best[False]
        cov, passage, seg = best_in
        if passage is not None and cov >= CONFLICT_COVERAGE:
            conflict = self._conflict(text, [passage], seg)
            if conflict:
                return CheckResult(claim, "refuted", (self._cite(passage),), conflict[1])
            unknown = self._unknown_name(text, seg)
            if unknown and not figures:
                why = f"报告原文为“{passage.text}”，未提及“{unknown}”。"
                return CheckResult(claim, "not_found", explanation=why)
            if cov >= SUPPORT_COVERAGE and not figures:
                why = f"报告原文：“{passage.text}”，与声明一致。"
                return CheckResult(claim, "supported", (self._cite(passage),), why)
        ocov, other, _ = best_out
        if other is not None and ocov >= SUPPORT_COVERAGE and ocov >= cov + 0.1 and not figures:
            doc = self._doc_of[other.id]
            why = (
                f"声明说的是{time.label()}，但报告中这是{_frame_label(other, doc)}的内容："
                f"“{other.text}”。"
            )
            return CheckResult(claim, "refuted", (self._cite(other),), why)
        why = "报告中没有找到与声明相符的内容。"
        if figures:
            why = "报告中没有与声明中的数字对应的指标。"
        return CheckResult(claim, "not_found", explanation=why)

    def _scan(self, grams: frozenset[str], k: int) -> list[Passage]:
        """The k passages sharing the most content bigrams with a claim."""
        if self._passage_grams is None:
            self._passage_grams = [
                (p, _grams(self._content(p.text)))
                for d in self.documents
                for p in d.passages
                if p.kind != "heading"
            ]
        ranked = sorted(self._passage_grams, key=lambda pg: -len(grams & pg[1]))
        return [p for p, _ in ranked[:k]]

    def _check_meta(self, claim: str, text: str) -> CheckResult | None:
        """Facts about a document itself: who delivered it and on which date."""
        flat = text.replace(" ", "")
        if "报告" in flat:
            result = self._check_speaker(claim, flat)
            if result is not None:
                return result
        date = _DATE.search(flat)
        return self._check_date(claim, flat, date) if date else None

    def _check_speaker(self, claim: str, flat: str) -> CheckResult | None:
        """ "报告由区长X作": supported when X is a document's speaker, refuted by the one
        document the claim can mean (its only one, or the one of the claim's year)."""
        for doc in self.documents:
            speaker = doc.meta.speaker
            if speaker and speaker in flat:
                rest = re.sub(_REPORT_WORDS, "", self._content(flat.replace(speaker, "")))
                if len(rest) <= 3:  # nothing but the speaker and report words
                    p = self._passage_with(doc, speaker)
                    return CheckResult(claim, "supported", self._cites(p), f"报告由{speaker}作。")
                return None
        m = _ROLE_NAME.search(flat)
        meant = self._meant_document(flat)
        if m is None or meant is None or not meant.meta.speaker:
            return None
        name = m.group(1).rstrip(_NAME_TAIL)
        if len(name) < 2:
            return None
        doc, speaker = meant, meant.meta.speaker
        why = f"报告由{speaker}作，声明中为“{name}”。"
        diff = (FigureDifference("报告人", name, speaker),)
        return CheckResult(
            claim, "refuted", self._cites(self._passage_with(doc, speaker)), why, diff
        )

    def _check_date(self, claim: str, flat: str, date: re.Match[str]) -> CheckResult | None:
        """A claimed delivery (报告/会议) or publication (印发/发布) date against the metadata."""
        published = any(w in flat for w in ("印发", "发布", "公布", "通知"))
        what = "印发日期" if published else "报告日期"
        claimed = tuple(int(x) for x in date.groups())
        for doc in self.documents:
            value = doc.meta.published if published else doc.meta.date
            if value and tuple(int(x) for x in value.split("-")) == claimed:
                reported = "{}年{}月{}日".format(*claimed)
                p = self._passage_with(doc, reported)
                return CheckResult(claim, "supported", self._cites(p), f"报告{what}为{reported}。")
        meant = self._meant_document(flat, year=claimed[0])
        value = (meant.meta.published if published else meant.meta.date) if meant else ""
        if meant is None or not value:
            return None
        doc = meant
        reported = "{}年{}月{}日".format(*(int(x) for x in value.split("-")))
        why = f"报告{what}为{reported}，声明为{date.group(0)}。"
        diff = (FigureDifference(what, date.group(0), reported),)
        return CheckResult(
            claim, "refuted", self._cites(self._passage_with(doc, reported)), why, diff
        )

    def _meant_document(self, flat: str, year: int = 0) -> Document | None:
        """The one document a claim about "the report" can mean, else None."""
        if len(self.documents) == 1:
            return self.documents[0]
        years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", flat)} | (
            {year} if year else set()
        )
        fits = [d for d in self.documents if d.meta.year in years]
        return fits[0] if len(fits) == 1 else None

    def _conflict(
        self, text: str, passages: list[Passage], segment: str = ""
    ) -> tuple[Passage, str] | None:
        """A clearly conflicting statement: negation, "全部" vs "其中", a contrasting word."""
        for p in passages:
            ptext = _norm(segment or p.text)
            if _NEGATION.search(text) and not _NEGATION.search(ptext):
                return p, f"报告原文为“{p.text}”，声明却作了否定表述。"
            m = _ALL_WORDS.search(text)
            if m and not _ALL_WORDS.search(ptext):
                after = _grams(self._content(re.split(r"[，。；,;]", text[m.end() :])[0]))
                for clause in _CLAUSE.findall(ptext):
                    if clause.startswith("其中") and after & _grams(self._content(clause)):
                        return p, f"报告称“{clause}”，并非全部；声明为“{m.group(0)}”。"
            swap = self._contrast(self._content(text), self._content(ptext))
            if swap:
                said, stated = swap
                return p, f"报告原文为“{p.text}”（{stated}），声明为“{said}”。"
        return None

    def _figureless_clauses(self, text: str, cited: list[Passage]) -> tuple[str, list[Passage]]:
        """Check the clauses of a claim that carry no figure ("低于全市平均水平").

        Returns the first clause no passage states (or "") and the passages, beyond the
        cited ones, that state the others.
        """
        more: list[Passage] = []
        for clause in _CLAUSE.findall(text):
            content = self._content(clause)
            if len(content) < 4 or any(_usable(q) for q in extract_quantities(clause)):
                continue
            stated = "".join(self._content(p.text) for p in cited + more)
            if _coverage(content, stated) >= CONFLICT_COVERAGE:
                continue
            grams = _grams(content)
            best = max(
                self._scan(grams, 3), key=lambda p: _coverage(content, self._content(p.text))
            )
            if _coverage(content, self._content(best.text)) < SUPPORT_COVERAGE:
                return clause.strip(), []
            more.append(best)
        return "", more

    def _unknown_name(self, text: str, segment: str) -> str:
        """A word the claim puts in place of the passage's (美国 for 欧洲 before
        科学院院士工作站) that no document mentions: the claim is about something else."""
        claim, passage = self._content(text), self._content(segment)
        matcher = difflib.SequenceMatcher(None, claim, passage, autojunk=False)
        start = pstart = 0
        for block in matcher.get_matching_blocks():
            if block.size < 4:
                continue
            run, replaced = claim[start : block.a], passage[pstart : block.b]
            if len(run) >= 2 and len(replaced) >= 2 and run not in self._known_text:
                return run
            start, pstart = block.a + block.size, block.b + block.size
        return ""

    def _contrast(self, claim: str, passage: str) -> tuple[str, str] | None:
        """A contrasting word the claim puts where the passage has another (省长 for 市长).

        Only aligned replacements count, so a 全区 in the claim and an unrelated 全市
        elsewhere in the passage are no conflict.
        """
        matcher = difflib.SequenceMatcher(None, claim, passage, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "replace" or i2 - i1 > 4 or j2 - j1 > 4:
                continue
            a, b = claim[max(0, i1 - 1) : i2 + 1], passage[max(0, j1 - 1) : j2 + 1]
            for group in self.lex.contrasts:
                said = next((w for w in group if w in a), None)
                stated = next((w for w in group if w in b), None)
                if said and stated and said != stated:
                    return said, stated
        return None

    # --- helpers -------------------------------------------------------------------------

    def _content(self, text: str) -> str:
        """A claim's or passage's content words for overlap: no places, years, fillers."""
        return self._clean(_norm(text))

    def _foreign_place(self, text: str) -> str | None:
        """A district or city named as the claim's subject that no document mentions."""
        flat = text.replace(" ", "")
        for own, parents in self._levels:
            if not any(o in flat for o in own):
                for parent in parents:
                    at = flat.find(parent)
                    # "南京市…" without "鼓楼" is the city, unless it opens a report name
                    # such as 南京长江国际航运中心
                    if at >= 0 and flat[at : at + len(parent) + 2] not in self._known_text:
                        return parent
        for name in self._regions:
            flat = flat.replace(name, "，")
        for m in _PLACE.finditer(flat):
            name = m.group(1)
            if any(c in name[:-1] for c in "区市县省") or name in self._known_text:
                continue
            if name[:-1] in self._known_text and len(name) > 3:
                continue
            return name
        return None

    def _result(self, claim: str, verdict: Verdict, checks: list[_FigureCheck]) -> CheckResult:
        """Assemble a verdict from figure checks: evidence, explanation and differences."""
        passages, parts, diffs = [], [], []
        for c in checks:
            for f in (c.also, c.report) if c.note == "frame" else (c.report, c.also):
                if f is not None and f.passage is not None and f.passage not in passages:
                    passages.append(f.passage)
            parts.append(self._explain(c))
            if c.status == "refuted" and c.report is not None:
                claimed, reported = c.claim.quantity.raw, c.report.quantity.raw
                if c.note == "frame":  # same figure, other time: show the times
                    claimed = f"{c.time.label()}{claimed}"
                    reported = f"{self._when(c.report)}{reported}"
                diffs.append(FigureDifference(c.report.label, claimed, reported))
        return CheckResult(claim, verdict, self._cites(*passages), "".join(parts), tuple(diffs))

    def _when(self, fig: Figure) -> str:
        """The time of a report figure in words."""
        if fig.passage is None:
            return ""
        return _frame_label(fig.passage, self._doc_of[fig.passage.id], fig.year)

    def _explain(self, c: _FigureCheck) -> str:
        """One sentence on one figure, naming the report's figure and the claim's."""
        r, q = c.report, c.claim.quantity
        if r is None or r.passage is None:
            return f"报告未给出{c.claim.label}的数字{q.raw}。"
        when = _frame_label(r.passage, self._doc_of[r.passage.id], r.year)
        if c.status == "supported":
            note = f"（报告原文为“{r.quantity.raw}”）" if c.note else ""
            return f"报告{when}{r.label}为{r.quantity.raw}，与声明的{q.raw}一致{note}。"
        if c.note == "frame":
            said = c.time.label() or "另一时期"
            return f"{q.raw}是报告中{when}的{r.label}，声明却把它说成{said}的数字。"
        if c.note == "unit":
            return f"单位或口径不符：报告{when}{r.label}为{r.quantity.raw}，声明为{q.raw}。"
        text = f"报告{when}{r.label}为{r.quantity.raw}，声明为{q.raw}。"
        if c.also is not None and c.also.passage is not None:
            other = _frame_label(c.also.passage, self._doc_of[c.also.passage.id], c.also.year)
            text += f"{q.raw}是报告中{other}的数字。"
        return text

    def _cite(self, p: Passage) -> Citation:
        """A citation of a passage: id, document title, section path and verbatim quote."""
        doc = self._doc_of[p.id]
        return Citation(p.id, doc.meta.title, p.section_path, p.text)

    def _cites(self, *passages: Passage | None) -> tuple[Citation, ...]:
        """Citations of the given passages, skipping None."""
        return tuple(self._cite(p) for p in passages if p is not None)

    @staticmethod
    def _passage_with(doc: Document, value: str) -> Passage | None:
        """The first passage whose whitespace-free text contains value."""
        return next((p for p in doc.passages if value in p.text.replace(" ", "")), None)


def split_draft(text: str) -> list[str]:
    """The sentences of a draft (split after 。！？； and at line breaks), stripped."""
    return [m.group(0).strip() for m in _DRAFT_SENTENCE.finditer(text) if m.group(0).strip()]


def is_factual(sentence: str) -> bool:
    """True when a draft sentence states a checkable fact (a figure, or a concrete assertion)."""
    text = _norm(sentence)
    if text.endswith(("?", "？", "吗", "呢")) or _OPINION.search(text):
        return False
    if extract_quantities(text) or _YEAR.search(text):
        return True
    cjk = re.findall(r"[\u4e00-\u9fff]", text)
    return len(cjk) >= 8


# --- pure helpers ------------------------------------------------------------------------


def _norm(text: str) -> str:
    """Simplified, half-width, single-spaced text; case kept so indicators read as written."""
    text = to_simplified(to_halfwidth(strip_controls(text)))
    return re.sub(r"\s+", " ", text).strip()


def _claim_time(text: str, at: int, default: ClaimTime | None = None) -> ClaimTime:
    """The time a claim speaks of at offset `at`: the nearest year before it, else frame words."""
    if _YEAR_SPAN.search(text):
        return ClaimTime(frame=FRAME_SPAN)
    years = [m.group(1) for m in _YEAR.finditer(text[:at])] or _YEAR.findall(text)
    if years:
        return ClaimTime(year=years[-1] if _YEAR.search(text[:at]) else years[0])
    bare = _COMPARISON.sub("", text)
    if _TARGET_WORDS.search(bare):
        return ClaimTime(frame=FRAME_TARGETS)
    if _RESULT_WORDS.search(bare):
        return ClaimTime(frame=FRAME_RESULTS)
    if default and default != ClaimTime():
        return default
    if _SOFT_TARGET_WORDS.search(bare):
        return ClaimTime(frame=FRAME_TARGETS, soft=True)
    return ClaimTime()


def _usable(q: Quantity) -> bool:
    """A figure worth comparing: not attributive, with a unit or a written magnitude."""
    if q.attributive:
        return False
    return bool(q.unit) or bool(re.search(r"[万亿千百]", q.raw))


def _post(clause: str, qs: list[Quantity], i: int) -> str:
    """Text after the i-th quantity up to the next one; for a chain of counts ("8大类143个
    项目") the text after the chain's last count, so every count gets the counted noun."""
    j = i
    while j + 1 < len(qs) and not clause[qs[j].end : qs[j + 1].start].strip():
        j += 1
    end = qs[j + 1].start if j + 1 < len(qs) else len(clause)
    return clause[qs[j].end : end]


def _strip_spans(text: str, qs: list[Quantity]) -> str:
    """The text with the quantities cut out."""
    out, pos = [], 0
    for q in qs:
        out.append(text[pos : q.start])
        pos = q.end
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=65536)
def _grams(text: str) -> frozenset[str]:
    """Character bigrams of a text (single characters for a one-character text)."""
    text = _PUNCT.sub(" ", text)
    grams: set[str] = set()
    for run in text.split():
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
        if len(run) == 1:
            grams.add(run)
    return frozenset(grams)


def _coverage(part: str, whole: str) -> float:
    """Share of part's bigrams found in whole."""
    g = _grams(part)
    return len(g & _grams(whole)) / len(g) if g else 0.0


def _similarity(claim: Figure, report: Figure) -> float:
    """How surely two figures share an indicator (0-1), penalizing substitutions.

    Half is the bigram Dice of the two indicator phrases (which tells figures of one clause
    apart), half how much of each indicator the other figure's clause states.
    """
    a, b = _grams(claim.indicator), _grams(report.indicator)
    dice = 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
    context = 0.5 * _coverage(report.indicator, claim.context) + 0.5 * _coverage(
        claim.indicator, report.context
    )
    score = 0.5 * dice + 0.5 * context
    if score and _substituted(claim.indicator, report.indicator):
        score *= 0.5
    return score


def _substituted(a: str, b: str) -> bool:
    """True when one indicator swaps a word of two or more characters for another (科技↔航运)."""
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return any(op == "replace" and i2 - i1 >= 2 and j2 - j1 >= 2 for op, i1, i2, j1, j2 in ops)


def _dimension(unit: str) -> str:
    """What a unit measures; units of one dimension are comparable."""
    if unit in COUNT_UNITS:
        return _COUNT_DIM
    return {
        "元": "money",
        "美元": "money",
        "%": "ratio",
        "个百分点": "ratio",
        "人": "people",
        "人次": "people",
        "平方米": "area",
        "平方公里": "area",
        "亩": "area",
        "第": "rank",
        "等奖": "rank",
    }.get(unit, unit)


def _comparable(a: Quantity, b: Quantity) -> bool:
    """True when two quantities measure the same dimension (or one has no unit)."""
    return not a.unit or not b.unit or _dimension(a.unit) == _dimension(b.unit)


def _same(a: float, b: float) -> bool:
    """Equal up to float noise."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _agree(c: Quantity, r: Quantity) -> tuple[bool, str]:
    """Does a claimed figure agree with the report's? Returns (agrees, note).

    The report's hedge is read as written: "超过400亿元" is matched by "400亿元以上" or
    "400亿元" (noted), not by "近400亿元"; "近12000家" is matched by "12000家" or "约1.2万家"
    (noted) but refuted by "超过12000家"; a bound in the report (以上/不少于) must carry the
    same number in the claim. An exact report figure satisfies a claimed bound it meets
    ("突破1600亿元" vs 1620亿元); "约" allows 5%, "近" up to 10% below.
    """
    if c.unit and r.unit and c.unit != r.unit and _dimension(c.unit) != _COUNT_DIM:
        return False, "unit"
    cb, rb, cv, rv = c.bound, r.bound, c.value, r.value
    if c.high is not None:
        return cv <= rv <= c.high, ""
    if rb in ("min", "max"):
        if not _same(cv, rv):
            return False, ""
        if cb == rb or cb in ("exact", "approx") or (cb == "near" and rb == "max"):
            return True, "" if cb == rb else "hedge"
        return False, "hedge"
    if rb == "near":
        if cb == "min":
            return cv < rv * 0.9, "hedge"
        if cb == "max":
            return cv >= rv, "hedge"
        return _same(cv, rv) or (cb == "approx" and abs(cv - rv) <= 0.05 * rv), (
            "" if cb == "near" else "hedge"
        )
    if rb == "approx":
        return abs(cv - rv) <= 0.05 * abs(rv), "" if cb == "approx" else "hedge"
    if cb == "min":
        return rv >= cv, ""
    if cb == "max":
        return rv <= cv, ""
    if cb == "near":
        return cv * 0.9 <= rv <= cv, ""
    if cb == "approx":
        return abs(rv - cv) <= 0.05 * abs(cv), ""
    return _same(cv, rv), ""


def _segments(p: Passage) -> list[tuple[str, str]]:
    """A passage's parts between ；/。 with the year each one opens with ("2017年，…")."""
    out = []
    for seg in _SEGMENT.findall(p.text):
        m = re.match(r"\s*((?:19|20)\d\d)\s*年[，,]", seg)
        out.append((seg, m.group(1) if m else ""))
    if len(out) > 1:  # a claim may span the parts: the whole sentence is a candidate too
        out.append((p.text, ""))
    return out or [(p.text, "")]


def _frame_label(p: Passage, doc: Document, year: str = "") -> str:
    """A passage's time in words ("2019年实绩", "2020年目标", "2017年")."""
    if year:
        return f"{year}年"
    if p.frame == FRAME_RESULTS:
        return f"{doc.meta.review_year}年实绩"
    if p.frame == FRAME_TARGETS:
        return f"{doc.meta.year}年目标"
    if p.frame == FRAME_SPAN:
        return f"五年回顾（{p.years}年）"
    return ""


def _region_levels(region: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A region's own names and its parents' (南京市鼓楼区 → (鼓楼区, 鼓楼), (南京市, 南京))."""
    parts = re.findall(r"[^省市县区]+[省市县区]", region)
    if not parts:
        return (region,), ()
    own = (parts[-1], parts[-1][:-1])
    parents = tuple(n for part in parts[:-1] for n in (part, part[:-1]) if len(n) >= 2)
    return own, parents


def _region_names(documents: list[Document]) -> tuple[str, ...]:
    """Names of the documents' regions and their short forms (南京市鼓楼区 → 鼓楼区, 鼓楼)."""
    names: set[str] = set()
    for d in documents:
        region = _norm(d.meta.region)
        names.add(region)
        for part in re.findall(r"[^省市县区]+[省市县区]", region):
            names.update({part, part[:-1]})
    return tuple(sorted((n for n in names if len(n) >= 2), key=len, reverse=True))

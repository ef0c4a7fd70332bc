"""The one lexicon, kept as data in bot/data/lexicon.json, in sections.

`Lexicon` is the answerer's part (colloquial and English words → the report's terms, and
the glossary of general indicators' English names, read both ways);
`CheckLexicon` is the fact-checker's `check` section, compared in `corpus.text.tidy` form.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from wenzheng.corpus.text import normalize, tidy

Scopes = tuple[tuple[str, ...], ...]


def read_scopes(check: dict, form: Callable[[str], str]) -> Scopes:
    """The check section's scope words by class (the year's new ones, all of them), each
    word in `form` (the answerer's `normalize`, the checker's `tidy`)."""
    words = check.get("scope_words", {})
    return tuple(tuple(form(w) for w in ws) for name, ws in words.items() if name != "_comment")


def scopes_named(scopes: Scopes, text: str) -> frozenset[int]:
    """The scope classes a text names, as indexes into `scopes` ("新增高新技术企业" → {new})."""
    return frozenset(i for i, words in enumerate(scopes) if any(w in text for w in words))


# An indicator that measures (地区生产总值, 实际使用外资, 城镇新增就业), not a thing counted
# (老旧小区, 高新技术企业): a question naming one asks its figure
_MEASURED = re.compile(
    r"(?:总值|收入|支出|投资|外资|总额|就业|失业率|优良率|比重|拥有量|增加值|降费)$"
)


def group_words(group: Sequence[str], text: str) -> frozenset[str]:
    """The words of a contrast group a text writes, each where no longer word of the group
    holds it: "进出口总额" writes 进出口, not 出口."""
    found = set()
    for word in sorted(group, key=len, reverse=True):
        if word in text:
            found.add(word)
            text = text.replace(word, "\0")
    return frozenset(found)


@dataclass(frozen=True)
class Lexicon:
    """Word lists that teach the bot how citizens talk about the report."""

    synonyms: dict[str, tuple[str, ...]]
    english: dict[str, str]
    frames: dict[str, tuple[str, ...]]
    refuse: dict[str, tuple[str, ...]]
    contradictions: dict[str, tuple[str, ...]]
    fillers: frozenset[str] = frozenset()  # words of asking, not of the topic ("情况", "思路")
    # report term → its English name ("地区生产总值" → "GDP"); `english` holds the reverse
    glossary: dict[str, str] = field(default_factory=dict)
    # the corpus's place names in pinyin (filled from the documents, not the lexicon file)
    place_pinyin: dict[str, str] = field(default_factory=dict)
    # the check section's scope words by class (the year's new ones, all of them): a figure
    # fills a slot only for the part of a count asked about
    scopes: tuple[tuple[str, ...], ...] = ()
    # the check section's levels (国家级 vs 省级, 主板 vs 科创板, 开工 vs 竣工): a clause
    # naming another level than the one asked does not answer it
    levels: tuple[tuple[str, ...], ...] = ()
    # the check section's indicators, each with the other names people give it: a figure
    # fills a question naming one only when its words name that one
    indicators: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        """Read the lexicon JSON (the packaged one by default); keys are normalized once here."""
        if path is None:
            raw = (resources.files("wenzheng.bot") / "data/lexicon.json").read_text("utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)

        def norm_map(d: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
            return {normalize(k): tuple(normalize(v) for v in vs) for k, vs in d.items()}

        glossary = {normalize(k): v for k, v in data.get("glossary", {}).items()}
        english = {normalize(k): v for k, v in data.get("english", {}).items()}
        for term, name in glossary.items():  # one glossary, both directions
            english.setdefault(normalize(name), term)
        return cls(
            synonyms=norm_map(data.get("synonyms", {})),
            english=english,
            frames=norm_map(data.get("frames", {})),
            refuse=norm_map(data.get("refuse", {})),
            contradictions=norm_map(data.get("contradictions", {})),
            fillers=frozenset(normalize(w) for w in data.get("fillers", [])),
            glossary=glossary,
            scopes=read_scopes(data.get("check", {}), normalize),
            levels=tuple(
                tuple(normalize(w) for w in g) for g in data.get("check", {}).get("levels", [])
            ),
            indicators=tuple(
                (normalize(k), *(normalize(a) for a in alts))
                for k, alts in data.get("check", {}).get("indicators", {}).items()
                if _MEASURED.search(k)
            ),
        )

    def indicators_named(self, text: str) -> tuple[tuple[str, ...], ...]:
        """The indicators a text names by any of their names (a longer name's part is none of
        its own: "城镇新增就业" names no "新增就业" apart from it)."""
        found = []
        taken: list[tuple[int, int]] = []
        names = sorted(((n, g) for g in self.indicators for n in g), key=lambda x: -len(x[0]))
        for name, group in names:
            at = text.find(name)
            if at < 0 or any(a < at + len(name) and at < b for a, b in taken):
                continue
            taken.append((at, at + len(name)))
            if group not in found:
                found.append(group)
        return tuple(found)

    @cached_property
    def report_terms(self) -> frozenset[str]:
        """Every report term the synonyms point to (computed once: every question reads it)."""
        return frozenset(w for vs in self.synonyms.values() for w in vs)

    @cached_property
    def scope_words(self) -> frozenset[str]:
        """Every scope word of every class (computed once: every question's topic reads it)."""
        return frozenset(w for ws in self.scopes for w in ws)

    def domain_words(self, known: Callable[[str], bool] | None = None) -> list[str]:
        """Report terms the tokenizer should keep whole, and the two-character short forms
        of longer ones that `known` (the tokenizer's dictionary) lacks: "社零" stays one
        word in "社零增长", not 社 + 零增长."""
        words = {w for vs in self.synonyms.values() for w in vs}
        if known is not None:
            words |= {
                short
                for short, terms in self.synonyms.items()
                if re.fullmatch(r"[\u4e00-\u9fff]{2}", short)
                and terms
                and all(len(t) >= 4 for t in terms)
                and not known(short)
            }
        words |= {w for v in self.english.values() for w in v.split()}
        return sorted(w for w in words if len(w) >= 2)


@dataclass(frozen=True)
class CheckLexicon:
    """Word lists of the fact-checker (the `check` section of bot/data/lexicon.json)."""

    aliases: tuple[tuple[str, str], ...]
    whole_phrase: dict[str, str]
    growth_words: tuple[str, ...]
    fillers: tuple[str, ...]
    edge_words: tuple[str, ...]
    contrasts: tuple[tuple[str, ...], ...]
    modifiers: tuple[str, ...] = ()
    lead_verbs: tuple[str, ...] = ()
    opposites: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the answerer's too
    # the part of a count a figure is, by class: the year's new ones, or all of them
    scopes: Scopes = ()
    # words of a state getting better or worse ("向好", "恶化"), no change of a figure
    better: tuple[str, ...] = ()
    worse: tuple[str, ...] = ()

    def scope_of(self, indicator: str) -> frozenset[int]:
        """The scope classes an indicator names (`scopes_named`)."""
        return scopes_named(self.scopes, indicator)

    @cached_property
    def _scope_words(self) -> tuple[str, ...]:
        """Every scope word, longest first (computed once: figures of every passage use them)."""
        return tuple(sorted((w for ws in self.scopes for w in ws), key=len, reverse=True))

    def scope_word(self, text: str) -> str:
        """The first scope word a text writes ("累计" in "累计分别达到"), else ""."""
        found = [(text.find(w), w) for w in self._scope_words if w in text]
        return min(found)[1] if found else ""

    def contrasted(self, a: str, b: str) -> bool:
        """Two phrases write words of one contrast group and none in common (省级 vs 国家级,
        新开工 vs 竣工投产): they name two things."""
        for group in self.contrasts:
            said, stated = group_words(group, a), group_words(group, b)
            if said and stated and not said & stated:
                return True
        return False

    def without_scope(self, indicator: str) -> str:
        """The indicator without its scope words ("新增持牌金融机构" → 持牌金融机构)."""
        for word in self._scope_words:
            indicator = indicator.replace(word, "")
        return indicator

    @classmethod
    def load(cls, path: Path | None = None) -> CheckLexicon:
        """Read the `check` section of the lexicon JSON (the packaged one by default)."""
        if path is None:
            raw = (resources.files("wenzheng.bot") / "data/lexicon.json").read_text("utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        full = json.loads(raw)
        data = full["check"]
        aliases = [
            (normalize(a), tidy(canon))
            for canon, alts in data.get("indicators", {}).items()
            for a in alts
        ]
        return cls(
            aliases=tuple(sorted(aliases, key=lambda x: -len(x[0]))),
            whole_phrase={normalize(k): tidy(v) for k, v in data.get("whole_phrase", {}).items()},
            growth_words=tuple(sorted(data.get("growth_words", []), key=len, reverse=True)),
            fillers=tuple(sorted(data.get("fillers", []), key=len, reverse=True)),
            edge_words=tuple(sorted(data.get("edge_words", []), key=len, reverse=True)),
            contrasts=tuple(tuple(g) for g in data.get("contrasts", []) + data.get("levels", [])),
            modifiers=tuple(data.get("distinct_modifiers", [])),
            lead_verbs=tuple(sorted(data.get("lead_verbs", []), key=len, reverse=True)),
            opposites={k: tuple(v) for k, v in full.get("contradictions", {}).items()},
            scopes=read_scopes(data, tidy),
            better=tuple(data.get("qualities", {}).get("better", [])),
            worse=tuple(data.get("qualities", {}).get("worse", [])),
        )

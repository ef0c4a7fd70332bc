"""Word lists of the fact-checker, kept as data (bot/data/factcheck_synonyms.json).

`norm` is the one text form claims, reports and the lexicon's words are compared in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from wenzheng.corpus.text import normalize, strip_controls, to_halfwidth, to_simplified


def norm(text: str) -> str:
    """Simplified, half-width, single-spaced text; case kept so indicators read as written."""
    text = to_simplified(to_halfwidth(strip_controls(text)))
    return re.sub(r"\s+", " ", text).strip()


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
            packaged = resources.files("wenzheng.bot") / "data/factcheck_synonyms.json"
            raw = packaged.read_text("utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
        aliases = [
            (normalize(a), norm(canon))
            for canon, alts in data.get("indicators", {}).items()
            for a in alts
        ]
        return cls(
            aliases=tuple(sorted(aliases, key=lambda x: -len(x[0]))),
            whole_phrase={normalize(k): norm(v) for k, v in data.get("whole_phrase", {}).items()},
            growth_words=tuple(sorted(data.get("growth_words", []), key=len, reverse=True)),
            fillers=tuple(sorted(data.get("fillers", []), key=len, reverse=True)),
            edge_words=tuple(sorted(data.get("edge_words", []), key=len, reverse=True)),
            contrasts=tuple(tuple(g) for g in data.get("contrasts", [])),
            modifiers=tuple(data.get("distinct_modifiers", [])),
            lead_verbs=tuple(sorted(data.get("lead_verbs", []), key=len, reverse=True)),
        )

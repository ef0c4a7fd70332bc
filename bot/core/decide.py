"""One decision: answer from the best passage, or say the report does not state it.

The features are named and measured once per question; the decision is a logistic model
over them whose weights and threshold are fitted on the dev gold sets only
(`python -m wenzheng.eval.fit_decision`, written to bot/data/decision.json) and checked on
the sets not used for fitting. Categorical refusals (personal data, procedures, other places
and years) are not learnt: they are decided before ranking, by what the question names.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Features:
    """What the ranking and the slot check found out about the best passage."""

    coverage: float  # IDF-weighted share of the question's concepts in the best passage
    focus_coverage: float  # the same for the question's own words (not a follow-up's topic)
    dense: float  # the best passage's dense rank score within the candidates (0..1)
    bm25: float  # its BM25 rank score within the candidates (0..1)
    cosine: float  # its raw dense similarity to the question
    gap: float  # its lead over the runner-up's ranking score
    asks_figure: bool  # the slot is a figure or a date (not a description or a name)
    slot_filled: bool  # a cited clause fills the answer slot for the thing asked about
    unknown_noun: bool  # the question names a thing no report uses, absent from the paragraph
    numbered_missing: bool  # "6号线": a numbered thing the paragraph lacks
    figure_missing: bool  # a figure was asked and the composed answer holds none
    # the question is in English: its words reach the reports through glosses, so that its
    # coverage and slot read lower than a Chinese question's of the same passage
    english: bool = False

    def vector(self) -> list[float]:
        """The features as numbers, in `FEATURE_NAMES` order."""
        return [float(v) for v in asdict(self).values()]


FEATURE_NAMES = tuple(Features.__dataclass_fields__)


@dataclass(frozen=True)
class Decision:
    """Whether to answer, with the model's probability and the feature that weighed most."""

    answer: bool
    probability: float
    why: str


@dataclass(frozen=True)
class DecisionModel:
    """Logistic weights over `FEATURE_NAMES`, a bias and the threshold to answer at."""

    weights: dict[str, float]
    bias: float
    threshold: float
    fitted_on: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path | None = None) -> DecisionModel:
        """The fitted model (bot/data/decision.json by default)."""
        if path is None:
            raw = (resources.files("wenzheng.bot") / "data/decision.json").read_text("utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
        return cls(
            weights={k: float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            fitted_on=tuple(data.get("fitted_on", ())),
        )

    def contributions(self, features: Features) -> dict[str, float]:
        """Each feature's weighted value: what pushes towards answering (+) or refusing (-)."""
        return {
            name: self.weights.get(name, 0.0) * value
            for name, value in zip(FEATURE_NAMES, features.vector(), strict=True)
        }

    def probability(self, features: Features) -> float:
        """P(the best passage answers the question) under the model."""
        return _logistic(self.bias + sum(self.contributions(features).values()))

    def decide(self, features: Features) -> Decision:
        """Answer when the probability reaches the threshold; say which feature weighed most."""
        parts = self.contributions(features)
        p = _logistic(self.bias + sum(parts.values()))
        if p >= self.threshold:
            return Decision(True, p, max(parts, key=lambda n: parts[n]))
        return Decision(False, p, min(parts, key=lambda n: parts[n]))


def _logistic(z: float) -> float:
    """The logistic function, clipped so that exp never overflows."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

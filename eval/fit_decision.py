"""Fit the answer/refuse decision (bot/core/decide.py) on the dev gold sets only.

    python -m wenzheng.eval.fit_decision [--questions eval/gold/questions_dev.jsonl ...]

For every dev question the service composes the answer its best passages would give and
measures the decision's features. The label is 1 when the report answers the question (and
the composed answer states the gold facts), 0 when it does not; answerable questions whose
best passages miss the facts are left out: that is the ranking's miss, not the decision's.
A logistic model with a small L2 penalty is fitted by gradient descent; the threshold
minimizes dev errors with a wrong answer costing `WRONG_ANSWER_COST` false refusals. The
result goes to bot/data/decision.json. Check it on the splits not used here (`wenzheng
eval` on test, holdout and the blind sets), and keep the shipped model unless the new one
does at least as well there: re-fitted on today's features (2026-12-03), on these three
sets or with the eval corpora's dev sets too (`--corpora`), the model answered more and
refused fewer of the blind sets' unanswerable questions, so the shipped one stays.

A feature added later is fitted alone, the rest kept (`--only english`): the English
questions of every dev set (`--corpora` with each eval corpus's dev questions) gave the
`english` weight (2026-12-06); see `english_fitted_on` in bot/data/decision.json.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import numpy as np
from wenzheng.bot.core.decide import FEATURE_NAMES
from wenzheng.eval.metrics import missing_facts
from wenzheng.eval.runner import load_questions

from wenzheng.settings import load_settings

EVAL = Path(__file__).resolve().parent
GOLD = EVAL / "gold"
# Dev sets over the shipped report, and over the eval corpora (folder under eval/: its
# `corpus` and its dev questions). Blind and test sets are never read here.
DEV_SETS = ("questions_dev.jsonl", "citizens_dev.jsonl", "citizens2_dev.jsonl")
CORPUS_DEV_SETS = (
    ("mixed", "mixed_questions_dev.jsonl"),
    ("mixed2", "mixed2_questions_dev.jsonl"),
    ("mixed3", "mixed3_questions_dev.jsonl"),
    ("qinhuai", "qinhuai_questions_dev.jsonl"),
    ("jianye", "jianye_questions_dev.jsonl"),
)
OUT = Path(__file__).resolve().parent.parent / "bot" / "data" / "decision.json"
WRONG_ANSWER_COST = 2.0  # a wrong answer is worse than no answer (README: what matters most)
L2, STEPS, RATE = 0.01, 4000, 0.5


def collect(service, paths: list[Path]) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    """Feature rows and labels of every single-question dev item that reaches the decision."""
    rows, labels = [], []
    for path in paths:
        for q in load_questions(path):
            asked = service.questions(q.question)
            if len(asked) != 1:
                continue  # two questions in one message: no single label to learn from
            history = [h for m in q.history for h in service.questions(m)]
            cand = service.candidate(asked[0], history)
            if cand.features is None:
                continue
            if q.answerable and missing_facts(cand.answer.text, q.answer_facts):
                continue  # the ranking's miss, not the decision's: no label to learn
            rows.append(cand.features.vector())
            labels.append(1.0 if q.answerable else 0.0)
    return np.array(rows, dtype=float), np.array(labels, dtype=float)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Logistic regression with an L2 penalty, on standardized features; raw-scale weights."""
    mu, sigma = x.mean(axis=0), x.std(axis=0)
    sigma[sigma == 0] = 1.0
    z = (x - mu) / sigma
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= RATE * (z.T @ (p - y) / len(y) + L2 * w)
        b -= RATE * float(np.mean(p - y))
    raw = w / sigma
    return raw, b - float(np.sum(raw * mu))


def fit_only(x: np.ndarray, y: np.ndarray, names: list[str]) -> tuple[np.ndarray, float, float]:
    """The shipped model with the named features' weights fitted, each on a grid, on the rows
    where the feature is set: the middle of the weights with the lowest dev cost (a wrong
    answer weighs WRONG_ANSWER_COST false refusals). Prints each grid's costs."""
    from wenzheng.bot.core.decide import DecisionModel

    shipped = DecisionModel.load()
    w = np.array([shipped.weights.get(n, 0.0) for n in FEATURE_NAMES])
    b, t = shipped.bias, shipped.threshold
    for name in names:
        i = FEATURE_NAMES.index(name)
        rows = x[:, i] != 0
        grid = np.round(np.linspace(-3.0, 3.0, 61), 2)
        costs = []
        for g in grid:
            w[i] = g
            answered = 1 / (1 + np.exp(-(x[rows] @ w + b))) >= t
            wrong = np.sum(answered & (y[rows] == 0))
            costs.append(WRONG_ANSWER_COST * wrong + np.sum(~answered & (y[rows] == 1)))
        best = [float(g) for g, c in zip(grid, costs, strict=True) if c == min(costs)]
        w[i] = best[len(best) // 2]
        print(f"{name}: {int(rows.sum())} dev questions ({int(y[rows].sum())} answerable)")
        print(
            "  weight  cost: "
            + "  ".join(
                f"{g:+.1f} {c:.0f}" for g, c in zip(grid, costs, strict=True) if g * 10 % 5 == 0
            )
        )
        print(f"  fitted weight {w[i]:+.2f}")
    return w, b, t


def choose_threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The middle of the thresholds with the lowest dev cost (a wrong answer weighs
    WRONG_ANSWER_COST false refusals); the middle, so a flat optimum does not pick an edge."""
    grid = np.linspace(0.05, 0.95, 91)
    costs = []
    for t in grid:
        answered = p >= t
        costs.append(WRONG_ANSWER_COST * np.sum(answered & (y == 0)) + np.sum(~answered & (y == 1)))
    best = [float(t) for t, c in zip(grid, costs, strict=True) if c == min(costs)]
    return round(best[len(best) // 2], 2)


def curve(p: np.ndarray, y: np.ndarray) -> list[tuple[float, float, float]]:
    """(threshold, precision of answering, recall of answerable) at a few thresholds."""
    out = []
    for t in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        answered = p >= t
        precision = float(np.mean(y[answered])) if answered.any() else 1.0
        recall = float(np.sum(answered & (y == 1)) / max(1, np.sum(y == 1)))
        out.append((t, precision, recall))
    return out


def main(argv: list[str] | None = None) -> int:
    """Fit on the dev sets and write bot/data/decision.json."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=Path, nargs="*", default=[GOLD / s for s in DEV_SETS])
    parser.add_argument(
        "--corpora",
        nargs="*",
        default=[],
        help="NAME=QUESTIONS: also dev questions over eval/NAME/corpus (e.g. "
        + ", ".join(f"{n}={q}" for n, q in CORPUS_DEV_SETS)
        + "); fitted on all of them the model did worse on the held-out sets, so the shipped "
        "one is fitted on the shipped report's dev sets only",
    )
    parser.add_argument(
        "--data-root",
        type=Path,
        default=None,
        help="where the eval corpora's indexes live (NAME-data under it; default: DATA_DIR/fit)",
    )
    parser.add_argument(
        "--only",
        nargs="*",
        default=[],
        help="fit only these features' weights, one at a time on a grid, and keep the shipped "
        "model's other weights, bias and threshold (a feature added later, fitted on the "
        "questions it is set for)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    from wenzheng.bot.service import Wenzheng

    settings = load_settings()
    xs, ys = [], []
    x, y = collect(Wenzheng.from_settings(settings), args.questions)
    xs.append(x)
    ys.append(y)
    root = args.data_root or settings.data_dir / "fit"
    fitted_on = [p.name for p in args.questions]
    for pair in args.corpora:
        name, _, questions = pair.partition("=")
        corpus = load_settings(corpus_dir=EVAL / name / "corpus", data_dir=root / f"{name}-data")
        x, y = collect(Wenzheng.from_settings(corpus), [EVAL / name / questions])
        xs.append(x)
        ys.append(y)
        fitted_on.append(f"{name}/{questions}")
    x, y = np.concatenate([a for a in xs if len(a)]), np.concatenate(ys)
    if args.only:
        w, b, t = fit_only(x, y, args.only)
    else:
        w, b = fit(x, y)
        t = choose_threshold(1 / (1 + np.exp(-(x @ w + b))), y)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    model = {
        "_comment": "Fitted by `python -m wenzheng.eval.fit_decision` on the dev sets only.",
        "weights": {n: round(float(v), 4) for n, v in zip(FEATURE_NAMES, w, strict=True)},
        "bias": round(b, 4),
        "threshold": t,
        "fitted_on": fitted_on,
        "n": int(len(y)),
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    agree = float(np.mean((p >= t) == (y == 1)))
    print(f"fitted on {len(y)} dev questions ({int(y.sum())} answerable)")
    print(f"threshold {t}; dev decisions right: {agree:.1%}")
    print("threshold  precision  recall")
    for thr, prec, rec in curve(p, y):
        print(f"{thr:9.1f}  {prec:9.1%}  {rec:6.1%}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

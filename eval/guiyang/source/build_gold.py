"""Write the four jsonl gold files of the guiyang eval set (云岩区 2025 / 2026, 观山湖区 2026).

Run: /work/main/.venv/bin/python eval/guiyang/source/build_gold.py
The items are written out literally (plain dicts) in the part files items_questions_1.py … items_questions_8.py and
items_claims_1.py … items_claims_6.py next to this script; this script only normalises them into the schema, adds the
period anchor where an evidence clause has none (see anchor()), numbers them, splits them and writes the files.
Split: seeded random (random.Random(20260107)), ~45% dev inside each question type; claims are split inside each
(kind, label) group with a running rounding. Technique adapted from eval/xian/source/build_gold.py.
The asker writes in early 2026: 今年 = 2026 (yunyan-2026 / guanshanhu-2026 targets and plans), 去年 = 2025 (yunyan-2026 /
guanshanhu-2026 results), 前年 = 2024 (yunyan-2025 results; 观山湖 has no 2024 review in the corpus). "“十四五”这五年" =
2021–2025 (yunyan-2026 only); "2025年的目标/计划" of 云岩 = the yunyan-2025 plan.

The reference text of a doc is source_paragraphs() of make_corpus.py: the body paragraphs of source/<doc>.txt with the
footnote markers "[^n]" removed, followed (yunyan-2025 only) by the footnote texts. Evidence strings are substrings of
one such paragraph; the yunyan-2026 paragraphs written with full-width digits are quoted with those digits.

Item keys (questions): type, question, doc, answer_facts, evidence, and optionally reason (→ unanswerable),
expected_yesno, history ([user, assistant] texts). Item keys (claims): kind, claim, doc, label, evidence.
"""
import importlib
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from make_corpus import source_paragraphs  # noqa: E402

Y5, Y6, G6 = "yunyan-2025", "yunyan-2026", "guanshanhu-2026"
QPARTS = [f"items_questions_{i}" for i in range(1, 9)]
CPARTS = [f"items_claims_{i}" for i in range(1, 7)]
SEED = 20260107

PARAS = {d: source_paragraphs(f"{d}.txt") for d in (Y5, Y6, G6)}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


TH5 = "类别 | 指标 | 单位 | 2024年 | 比上年增长（%）"
LH6 = "一图读懂｜2025年观山湖区成绩单"
# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words (NFKC))
ZONES = [
    (Y5, _idx(Y5, "2024年是实现"), _idx(Y5, "类别 |"), ["2024年工作回顾"], ["2024"]),
    (Y5, _idx(Y5, "类别 |"), _idx(Y5, "对照区十八届"), [TH5], []),
    (Y5, _idx(Y5, "对照区十八届"), _idx(Y5, "2025年目标任务"), ["2024年工作回顾", "2024年，我们主要做了以下工作"],
     ["2024"]),
    (Y5, _idx(Y5, "2025年是“十四五”"), _idx(Y5, "2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (Y5, _idx(Y5, "围绕上述目标"), _idx(Y5, "建设人民满意政府"), ["2025年重点工作"], ["2025"]),
    (Y5, _idx(Y5, "2024年，“云岩快办”"), _idx(Y5, "2024年，“云岩快办”") + 1,
     ["2024年，“云岩快办”上线事项达到628项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
    (Y6, _idx(Y6, "2025年是“十四五”"), _idx(Y6, "回顾“十四五”这五年"),
     ["一、2025年工作回顾", "2025年，我们主要做了以下工作"], ["2025"]),
    (Y6, _idx(Y6, "回顾“十四五”这五年"), _idx(Y6, "回顾“十四五”这五年") + 1, ["回顾“十四五”这五年"], ["五年", "2020"]),
    (Y6, _idx(Y6, "各位代表！成绩来之不易"), _idx(Y6, "二、2026年目标任务"), ["一、2025年工作回顾"], ["2025"]),
    (Y6, _idx(Y6, "2026年是“十五五”"), _idx(Y6, "展望“十五五”"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (Y6, _idx(Y6, "展望“十五五”"), _idx(Y6, "展望“十五五”") + 1, ["展望“十五五”，到２０３０年"], ["2030"]),
    (Y6, _idx(Y6, "——激活消费潜力"), _idx(Y6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (Y6, _idx(Y6, "２０２５年，“云岩快办”"), _idx(Y6, "２０２５年，“云岩快办”") + 1,
     ["２０２５年，“云岩快办”上线事项达到７１２项", "２０２６年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
    (G6, _idx(G6, LH6), _idx(G6, "政府工作报告"), [LH6], []),
    (G6, _idx(G6, "过去一年，面对"), _idx(G6, "二、2026年目标任务"), ["一、2025年工作回顾"], ["2025"]),
    (G6, _idx(G6, "2026年是“十五五”"), _idx(G6, "三、2026年重点工作"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (G6, _idx(G6, "（一）建设数字经济发展高地"), _idx(G6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (G6, _idx(G6, "2025年，“观湖快办”"), _idx(G6, "2025年，“观湖快办”") + 1,
     ["2025年，“观湖快办”上线事项达到548项", "2026年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
]


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def anchor(doc, evidence):
    """Append the heading/anchor clause that gives the period of an evidence clause when no evidence string gives it."""
    ev = list(evidence)
    docs = doc if isinstance(doc, list) else [doc]
    for s in list(ev):
        for d in docs:
            for i, p in enumerate(PARAS[d]):
                if s not in p:
                    continue
                for zd, a, b, anchors, own in ZONES:
                    if zd != d or not a <= i < b or s in anchors or any(w in nfkc(s) for w in own):
                        continue
                    if not any(any(an in e for an in anchors) for e in ev):
                        ev.append(anchors[0])
    return ev


def hist(pair):
    return [{"role": "user", "content": pair[0]}, {"role": "assistant", "content": pair[1]}] if pair else []


def make_question(it):
    ok = it.get("reason") is None
    return dict(type=it["type"], question=it["question"], doc=it["doc"] if ok else None, answerable=ok,
                answer_facts=it["answer_facts"] if ok else [],
                evidence=anchor(it["doc"], it["evidence"]) if ok else [], reason=it.get("reason"),
                expected_yesno=it.get("expected_yesno"), history=hist(it.get("history")))


def make_claim(it):
    nf = it["label"] == "not_found"
    return dict(kind=it["kind"], claim=it["claim"], doc=it["doc"], label=it["label"],
                evidence=[] if nf else anchor(it["doc"], it["evidence"]))


# ================================================================ split and write
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]


def split(items, key, strat=None, seed=SEED, frac=0.45):
    rng = random.Random(seed)
    dev, blind = [], []
    groups = {}
    for it in items:
        g = (it[key], it[strat]) if strat else it[key]
        groups.setdefault(g, []).append(it)
    seen = 0
    for g in sorted(groups, key=str):
        lst = groups[g][:]
        rng.shuffle(lst)
        if strat is None:
            k = round(len(lst) * frac)
            if len(lst) >= 2:
                k = max(1, min(len(lst) - 1, k))
        else:  # running rounding over the (kind, label) groups so that the overall dev share stays ~45 %
            k = round((seen + len(lst)) * frac) - len(dev)
            k = max(0, min(len(lst), k))
        seen += len(lst)
        dev += lst[:k]
        blind += lst[k:]
    return dev, blind


def main():
    QS = [make_question(it) for m in QPARTS for it in importlib.import_module(m).ITEMS]
    CS = [make_claim(it) for m in CPARTS for it in importlib.import_module(m).ITEMS]
    for i, it in enumerate(QS, 1):
        it["id"] = f"gy-{i:03d}"
    for i, it in enumerate(CS, 1):
        it["id"] = f"gyc-{i:03d}"
    qd, qb = split(QS, "type")
    cd, cb = split(CS, "kind", strat="label")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("guiyang_questions_dev.jsonl", qd, QFIELDS),
                              ("guiyang_questions_blind.jsonl", qb, QFIELDS),
                              ("guiyang_claims_dev.jsonl", cd, CFIELDS),
                              ("guiyang_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"questions {len(QS)} (dev {len(qd)}, blind {len(qb)}); claims {len(CS)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

"""Write the four jsonl gold files of the shenyang eval set (和平区 2025 / 2026, 浑南区 2026).

Run: /work/main/.venv/bin/python eval/shenyang/source/build_gold.py
The items are written out literally (plain dicts) in the part files items_questions_1.py … items_questions_N.py and
items_claims_1.py … items_claims_M.py next to this script; this script only normalises them into the schema, adds the
period anchor where an evidence clause has none (see anchor()), numbers them, splits them and writes the files.
Split: seeded random (random.Random(20260107)), ~45% dev inside each question type; claims are split inside each
(kind, label) group with a running rounding. Technique adapted from eval/xian/source/build_gold.py.
The asker writes in early 2026: 今年 = 2026 (heping-2026 / hunnan-2026 targets and plans), 去年 = 2025 (heping-2026 /
hunnan-2026 results), 前年 = 2024 (heping-2025 results; 浑南 has no 2024 review in the corpus). "“十四五”这五年" =
2021–2025 (heping-2026 only); "2025年的目标/计划" of 和平 = the heping-2025 plan.

Item keys (questions): type, question, doc, answer_facts, evidence, and optionally reason (→ unanswerable),
expected_yesno, history ([user, assistant] texts). Item keys (claims): kind, claim, doc, label, evidence.
"""
import importlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

HP5, HP6, HN6 = "heping-2025", "heping-2026", "hunnan-2026"
QPARTS = sorted(p.stem for p in HERE.glob("items_questions_*.py"))
CPARTS = sorted(p.stem for p in HERE.glob("items_claims_*.py"))
SEED = 20260107


# ---------------------------------------------------------------- year/period anchor zones
def _paras(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: _paras(d) for d in (HP5, HP6, HN6)}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words)
ZONES = [
    (HP5, _idx(HP5, "2024年是实现"), _idx(HP5, "对照区十八届"), ["一、2024年工作回顾"], ["2024"]),
    (HP5, _idx(HP5, "对照区十八届"), _idx(HP5, "二、2025年目标任务"),
     ["一、2024年工作回顾", "2024年，我们主要做了以下工作"], ["2024"]),
    (HP5, _idx(HP5, "2025年是“十四五”"), _idx(HP5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (HP5, _idx(HP5, "（一）做强金融商务"), _idx(HP5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (HP5, _idx(HP5, "2024年，“和平易办”"), _idx(HP5, "2024年，“和平易办”") + 1,
     ["2024年，“和平易办”上线事项达到612项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
    (HP6, _idx(HP6, "2025年是“十四五”规划收官之年。"), _idx(HP6, "对照区十八届"), ["一、2025年工作回顾"], ["2025"]),
    (HP6, _idx(HP6, "对照区十八届"), _idx(HP6, "回顾“十四五”这五年"),
     ["一、2025年工作回顾", "2025年，我们主要做了以下工作"], ["2025"]),
    (HP6, _idx(HP6, "回顾“十四五”这五年"), _idx(HP6, "指标 |"), ["回顾“十四五”这五年"], ["五年", "2020"]),
    (HP6, _idx(HP6, "指标 |"), _idx(HP6, "各位代表！成绩来之不易"), ["指标 | “十四五”时期完成情况"], ["十四五"]),
    (HP6, _idx(HP6, "各位代表！成绩来之不易"), _idx(HP6, "二、2026年目标任务"), ["一、2025年工作回顾"], ["2025"]),
    (HP6, _idx(HP6, "2026年是“十五五”"), _idx(HP6, "展望“十五五”"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (HP6, _idx(HP6, "展望“十五五”"), _idx(HP6, "三、2026年重点工作"), ["展望“十五五”，到2030年"], ["2030"]),
    (HP6, _idx(HP6, "——壮大金融商务"), _idx(HP6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (HP6, _idx(HP6, "2025年，“和平易办”"), _idx(HP6, "2025年，“和平易办”") + 1,
     ["2025年，“和平易办”上线事项达到703项", "2026年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
    (HN6, _idx(HN6, "过去一年，面对"), _idx(HN6, "对照区三届"), ["一、2025年工作回顾"], ["2025"]),
    (HN6, _idx(HN6, "对照区三届"), _idx(HN6, "二、2026年目标任务"), ["一、2025年工作回顾"], ["2025"]),
    (HN6, _idx(HN6, "2026年是“十五五”"), _idx(HN6, "三、2026年重点工作"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (HN6, _idx(HN6, "（一）打造机器人产业高地"), _idx(HN6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (HN6, _idx(HN6, "2025年，“浑南快办”"), _idx(HN6, "2025年，“浑南快办”") + 1,
     ["2025年，“浑南快办”上线事项达到586项", "2026年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
]


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
                    if zd != d or not a <= i < b or s in anchors or any(w in s for w in own):
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
        it["id"] = f"sy-{i:03d}"
    for i, it in enumerate(CS, 1):
        it["id"] = f"syc-{i:03d}"
    qd, qb = split(QS, "type")
    cd, cb = split(CS, "kind", strat="label")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("shenyang_questions_dev.jsonl", qd, QFIELDS),
                              ("shenyang_questions_blind.jsonl", qb, QFIELDS),
                              ("shenyang_claims_dev.jsonl", cd, CFIELDS),
                              ("shenyang_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"questions {len(QS)} (dev {len(qd)}, blind {len(qb)}); claims {len(CS)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

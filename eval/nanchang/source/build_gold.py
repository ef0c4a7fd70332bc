"""Write the four jsonl gold files of the nanchang eval set (东湖区 2024 / 2025, 新建区 2025).

Run: /work/main/.venv/bin/python eval/nanchang/source/build_gold.py
The items are written out literally (plain dicts) in the part files items_questions_1.py … items_questions_10.py and
items_claims_1.py … items_claims_7.py next to this script; this script only normalises them into the schema, adds the
period anchor where an evidence clause has none (see anchor()), numbers them, splits them and writes the files.
Split: seeded random (random.Random(20250108)), ~45% dev inside each question type; claims are split inside each
(kind, label) group with a running rounding. Technique adapted from eval/xian/source/build_gold.py.
The asker writes in early 2025: 今年 = 2025 (donghu-2025 / xinjian-2025 targets and plans), 去年 = 2024 (donghu-2025 /
xinjian-2025 results), 前年 = 2023 (donghu-2024 results; 新建 has no 2023 report in the corpus). "“十四五”以来的四年" =
2021–2024 (donghu-2025 only); "2024年的目标/计划" of 东湖 = the donghu-2024 plan.

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

D4, D5, XJ = "donghu-2024", "donghu-2025", "xinjian-2025"
QPARTS = [f"items_questions_{i}" for i in range(1, 11)]
CPARTS = [f"items_claims_{i}" for i in range(1, 8)]
SEED = 20250108


# ---------------------------------------------------------------- year/period anchor zones
def _paras(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: _paras(d) for d in (D4, D5, XJ)}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


TH4 = "指标 | 单位 | 2023年 | 比上年增长（%）"
# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words)
ZONES = [
    (D5, _idx(D5, "2024年是实现"), _idx(D5, "2024年，我们主要"), ["一、2024年工作回顾"], ["2024"]),
    (D5, _idx(D5, "2024年，我们主要"), _idx(D5, "回顾“十四五”以来的四年"),
     ["一、2024年工作回顾", "2024年，我们主要做了以下工作"], ["2024"]),
    (D5, _idx(D5, "回顾“十四五”以来的四年"), _idx(D5, "各位代表！成绩来之不易"), ["回顾“十四五”以来的四年"],
     ["四年", "2020"]),
    (D5, _idx(D5, "各位代表！成绩来之不易"), _idx(D5, "二、2025年目标任务"), ["一、2024年工作回顾"], ["2024"]),
    (D5, _idx(D5, "2025年是“十四五”"), _idx(D5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (D5, _idx(D5, "——激发消费活力"), _idx(D5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (D5, _idx(D5, "2024年，“东湖快办”"), _idx(D5, "2024年，“东湖快办”") + 1,
     ["2024年，“东湖快办”上线事项达到476项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
    (D4, _idx(D4, "2023年是全面贯彻"), _idx(D4, "指标 |"), ["一、2023年工作回顾"], ["2023"]),
    (D4, _idx(D4, "指标 |"), _idx(D4, "2023年，我们主要"), [TH4], []),
    (D4, _idx(D4, "2023年，我们主要"), _idx(D4, "二、2024年工作安排"),
     ["一、2023年工作回顾", "2023年，我们主要做了以下工作"], ["2023"]),
    (D4, _idx(D4, "2024年是中华人民共和国"), _idx(D4, "围绕上述目标"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (D4, _idx(D4, "——繁荣商贸文旅"), _idx(D4, "三、加强政府自身建设"), ["二、2024年工作安排"], ["2024"]),
    (D4, _idx(D4, "2023年，“东湖快办”"), _idx(D4, "2023年，“东湖快办”") + 1,
     ["2023年，“东湖快办”上线事项达到392项", "2024年，我们将深化“放管服”改革"], ["2023", "2024"]),
    (XJ, _idx(XJ, "过去一年，面对"), _idx(XJ, "二、2025年目标任务"), ["一、2024年工作回顾"], ["2024"]),
    (XJ, _idx(XJ, "2025年是“十四五”"), _idx(XJ, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (XJ, _idx(XJ, "（一）夯实农业基础"), _idx(XJ, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (XJ, _idx(XJ, "2024年，“新建易办”"), _idx(XJ, "2024年，“新建易办”") + 1,
     ["2024年，“新建易办”上线事项达到418项", "2025年，我们将持续深化“放管服”改革"], ["2024", "2025"]),
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
        it["id"] = f"nc-{i:03d}"
    for i, it in enumerate(CS, 1):
        it["id"] = f"ncc-{i:03d}"
    qd, qb = split(QS, "type")
    cd, cb = split(CS, "kind", strat="label")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("nanchang_questions_dev.jsonl", qd, QFIELDS),
                              ("nanchang_questions_blind.jsonl", qb, QFIELDS),
                              ("nanchang_claims_dev.jsonl", cd, CFIELDS),
                              ("nanchang_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"questions {len(QS)} (dev {len(qd)}, blind {len(qb)}); claims {len(CS)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

"""Write the four jsonl gold files of the harbin eval set (南岗区 2025 / 2026, 道里区 2026).

Run: /work/main/.venv/bin/python eval/harbin/source/build_gold.py
The items are written out literally (plain dicts) in the part files items_questions_1.py … items_questions_N.py and
items_claims_1.py … items_claims_M.py next to this script; this script only normalises them into the schema, adds the
period anchor where an evidence clause has none (see anchor()), numbers them, splits them and writes the files.
Split: seeded random (random.Random(20260107)), ~45% dev inside each question type; claims are split inside each
(kind, label) group with a running rounding. Technique adapted from eval/xian/source/build_gold.py.
The asker writes in early 2026: 今年 = 2026 (nangang-2026 / daoli-2026 targets and plans), 去年 = 2025 (nangang-2026 /
daoli-2026 results), 前年 = 2024 (nangang-2025 results; 道里 has no 2024 report in the corpus). "“十四五”这五年" =
2021–2025 (nangang-2026 only); "2025年的目标/计划" of 南岗 = the nangang-2025 plan.

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

NG5, NG6, DL6 = "nangang-2025", "nangang-2026", "daoli-2026"
def _parts(stem):
    return [p.stem for p in sorted(HERE.glob(f"{stem}_*.py"), key=lambda p: int(p.stem.rsplit("_", 1)[1]))]


QPARTS = _parts("items_questions")
CPARTS = _parts("items_claims")
SEED = 20260107


# ---------------------------------------------------------------- year/period anchor zones
def _paras(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: _paras(d) for d in (NG5, NG6, DL6)}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


THD = "指标 | 单位 | 2025年 | 比上年增长（%）"
# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words)
ZONES = [
    (NG5, _idx(NG5, "2024年是实现"), _idx(NG5, "2024年，我们主要"), ["一、2024年工作回顾"], ["2024"]),
    (NG5, _idx(NG5, "2024年，我们主要"), _idx(NG5, "各位代表！成绩来之不易"),
     ["一、2024年工作回顾", "2024年，我们主要做了以下工作"], ["2024"]),
    (NG5, _idx(NG5, "各位代表！成绩来之不易"), _idx(NG5, "二、2025年目标任务"), ["一、2024年工作回顾"], ["2024"]),
    (NG5, _idx(NG5, "2025年是“十四五”"), _idx(NG5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (NG5, _idx(NG5, "——做强数字经济和科技创新"), _idx(NG5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (NG5, _idx(NG5, "2024年，“南岗快办”"), _idx(NG5, "2024年，“南岗快办”") + 1,
     ["2024年，“南岗快办”上线事项达到560项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
    (NG6, _idx(NG6, "过去一年，面对"), _idx(NG6, "回顾“十四五”这五年"), ["一、2025年工作和“十四五”发展回顾"], ["2025"]),
    (NG6, _idx(NG6, "回顾“十四五”这五年"), _idx(NG6, "各位代表！成绩来之不易"), ["回顾“十四五”这五年"],
     ["五年", "2020"]),
    (NG6, _idx(NG6, "各位代表！成绩来之不易"), _idx(NG6, "二、“十五五”"), ["一、2025年工作和“十四五”发展回顾"], ["2025"]),
    (NG6, _idx(NG6, "展望“十五五”"), _idx(NG6, "展望“十五五”") + 1, ["展望“十五五”，到2030年"], ["2030", "十五五"]),
    (NG6, _idx(NG6, "2026年是“十五五”"), _idx(NG6, "三、2026年重点工作"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (NG6, _idx(NG6, "（一）做强数字经济"), _idx(NG6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (NG6, _idx(NG6, "2025年，“南岗快办”"), _idx(NG6, "2025年，“南岗快办”") + 1,
     ["2025年，“南岗快办”上线事项达到668项", "2026年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
    (DL6, _idx(DL6, "2025年是“十四五”"), _idx(DL6, "指标 |"), ["一、2025年工作回顾"], ["2025"]),
    (DL6, _idx(DL6, "指标 |"), _idx(DL6, "对照区十八届"), [THD], []),
    (DL6, _idx(DL6, "对照区十八届"), _idx(DL6, "二、2026年工作安排"),
     ["一、2025年工作回顾", "2025年，我们主要做了以下工作"], ["2025"]),
    (DL6, _idx(DL6, "2026年是“十五五”"), _idx(DL6, "围绕上述目标"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (DL6, _idx(DL6, "——做强冰雪旅游"), _idx(DL6, "三、加强政府自身建设"), ["二、2026年工作安排"], ["2026"]),
    (DL6, _idx(DL6, "2025年，“道里e办”"), _idx(DL6, "2025年，“道里e办”") + 1,
     ["2025年，“道里e办”上线事项达到486项", "2026年，我们将深化“放管服”改革"], ["2025", "2026"]),
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
        it["id"] = f"hb-{i:03d}"
    for i, it in enumerate(CS, 1):
        it["id"] = f"hbc-{i:03d}"
    qd, qb = split(QS, "type")
    cd, cb = split(CS, "kind", strat="label")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("harbin_questions_dev.jsonl", qd, QFIELDS),
                              ("harbin_questions_blind.jsonl", qb, QFIELDS),
                              ("harbin_claims_dev.jsonl", cd, CFIELDS),
                              ("harbin_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"questions {len(QS)} (dev {len(qd)}, blind {len(qb)}); claims {len(CS)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

"""Write the four jsonl gold files of the nanning eval set (青秀区 2024 / 2026, 良庆区 2025).

Run: /work/main/.venv/bin/python eval/nanning/source/build_gold.py
The items are written out literally (plain dicts) in the part files items_questions_1.py … items_questions_N.py and
items_claims_1.py … items_claims_M.py next to this script; this script only normalises them into the schema, adds the
period anchor where an evidence clause has none (see anchor()), numbers them, splits them and writes the files.
Split: seeded random (random.Random(20260110)), ~45% dev inside each question type; claims are split inside each
(kind, label) group with a running rounding. Technique adapted from eval/harbin/source/build_gold.py.
The asker writes in early 2026: 今年 = 2026 (qingxiu-2026 targets and plans; 良庆 has no 2026 report), 去年 = 2025
(qingxiu-2026 results; 良庆 has no 2025 results), 前年 = 2024 (liangqing-2025 results; 青秀 has NO 2024 results in the
corpus — its 2025 report is missing), 2023 = qingxiu-2024 results. "“十四五”这五年" = 2021–2025 (qingxiu-2026 only);
"2024年的目标/计划" of 青秀 = the qingxiu-2024 plan; the 青秀 "力争到2025年" goals are in qingxiu-2024; the 良庆 2025
targets are in liangqing-2025; the 青秀 2025 annual targets are in no report of the corpus.

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

Q4, Q6, LQ = "qingxiu-2024", "qingxiu-2026", "liangqing-2025"


def _parts(stem):
    return [p.stem for p in sorted(HERE.glob(f"{stem}_*.py"), key=lambda p: int(p.stem.rsplit("_", 1)[1]))]


QPARTS = _parts("items_questions")
CPARTS = _parts("items_claims")
SEED = 20260110


# ---------------------------------------------------------------- year/period anchor zones
def _paras(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: _paras(d) for d in (Q4, Q6, LQ)}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


TH6 = "指标 | 单位 | 2025年 | 比上年增长（%）"
THL = "主要指标 | 计量单位 | 2024年完成 | 增速（%）"
# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words)
ZONES = [
    (Q4, _idx(Q4, "2023年是全面贯彻"), _idx(Q4, "二、2024年目标任务"), ["一、2023年工作回顾"], ["2023"]),
    (Q4, _idx(Q4, "2024年是中华人民共和国"), _idx(Q4, "2024年是中华人民共和国") + 1,
     ["2024年全区经济社会发展的主要预期目标是"], []),
    (Q4, _idx(Q4, "对照“十四五”规划确定的目标"), _idx(Q4, "对照“十四五”规划确定的目标") + 1, ["力争到2025年"], ["2025"]),
    (Q4, _idx(Q4, "（一）以更高水平开放为牵引"), _idx(Q4, "四、加强政府自身建设"), ["三、2024年重点工作"], ["2024"]),
    (Q4, _idx(Q4, "2023年，“青易办”"), _idx(Q4, "2023年，“青易办”") + 1,
     ["2023年，“青易办”上线事项达到586项", "2024年，我们将坚持依法行政"], ["2023", "2024"]),
    (Q6, _idx(Q6, "过去一年，面对"), _idx(Q6, "表1"), ["一、2025年工作和“十四五”发展回顾"], ["2025"]),
    (Q6, _idx(Q6, "指标 |"), _idx(Q6, "注："), [TH6], []),
    (Q6, _idx(Q6, "对照区五届人大四次会议"), _idx(Q6, "回顾“十四五”这五年"), ["一、2025年工作和“十四五”发展回顾"], ["2025"]),
    (Q6, _idx(Q6, "回顾“十四五”这五年"), _idx(Q6, "各位代表！成绩来之不易"), ["回顾“十四五”这五年"], ["五年", "2020"]),
    (Q6, _idx(Q6, "各位代表！成绩来之不易"), _idx(Q6, "二、“十五五”"), ["一、2025年工作和“十四五”发展回顾"], ["2025"]),
    (Q6, _idx(Q6, "展望“十五五”"), _idx(Q6, "展望“十五五”") + 1, ["展望“十五五”，到2030年"], ["2030", "十五五"]),
    (Q6, _idx(Q6, "2026年是“十五五”"), _idx(Q6, "2026年是“十五五”") + 1,
     ["2026年全区经济社会发展的主要预期目标是"], []),
    (Q6, _idx(Q6, "（一）深化面向东盟开放合作"), _idx(Q6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (Q6, _idx(Q6, "2025年，“青易办”"), _idx(Q6, "2025年，“青易办”") + 1,
     ["2025年，“青易办”上线事项达到752项", "2026年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
    (LQ, _idx(LQ, "2024年是实现“十四五”"), _idx(LQ, "主要指标 |"), ["2024年工作回顾"], ["2024"]),
    (LQ, _idx(LQ, "主要指标 |"), _idx(LQ, "对照区四届人大三次会议"), [THL], []),
    (LQ, _idx(LQ, "对照区四届人大三次会议"), _idx(LQ, "二、2025年目标任务"), ["2024年工作回顾"], ["2024"]),
    (LQ, _idx(LQ, "2025年是“十四五”规划收官之年"), _idx(LQ, "2025年是“十四五”规划收官之年") + 1,
     ["2025年全区经济社会发展的主要预期目标是"], []),
    (LQ, _idx(LQ, "（一）深入实施自贸试验区提升战略"), _idx(LQ, "四、建设人民满意政府"), ["2025年重点工作"], ["2025"]),
    (LQ, _idx(LQ, "2024年，“五象速办”"), _idx(LQ, "2024年，“五象速办”") + 1,
     ["2024年，“五象速办”上线事项达到468项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
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
        it["id"] = f"nn-{i:03d}"
    for i, it in enumerate(CS, 1):
        it["id"] = f"nnc-{i:03d}"
    qd, qb = split(QS, "type")
    cd, cb = split(CS, "kind", strat="label")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("nanning_questions_dev.jsonl", qd, QFIELDS),
                              ("nanning_questions_blind.jsonl", qb, QFIELDS),
                              ("nanning_claims_dev.jsonl", cd, CFIELDS),
                              ("nanning_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"questions {len(QS)} (dev {len(qd)}, blind {len(qb)}); claims {len(CS)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

"""Write the four jsonl gold files of the zhengzhou eval set (中牟县 2024 / 2025, 新郑市 2025).

Run: /work/main/.venv/bin/python eval/zhengzhou/source/build_gold.py
The items are written out literally (plain dicts) in the part files items_questions_1.py … items_questions_N.py and
items_claims_1.py … items_claims_N.py next to this script; this script only normalises them into the schema, adds the
period anchor where an evidence clause has none (see anchor()), numbers them, splits them and writes the files.
Split: seeded random (random.Random(20250107)), ~45% dev inside each question type; claims are split inside each
(kind, label) group with a running rounding. Technique adapted from eval/changsha/source/build_gold.py.
The asker writes in early 2025: 今年 = 2025 (zhongmou-2025 / xinzheng-2025 targets and plans), 去年 = 2024
(zhongmou-2025 / xinzheng-2025 results), 前年 = 2023 (zhongmou-2024 results). "“十四五”以来的四年" = 2021–2024
(zhongmou-2025 only); "2024年的目标/计划" = the zhongmou-2024 plan. Xinzheng has only its 2025 report.

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

ZM4, ZM5, XZ5 = "zhongmou-2024", "zhongmou-2025", "xinzheng-2025"
QPARTS = sorted(p.stem for p in HERE.glob("items_questions_*.py"))
CPARTS = sorted(p.stem for p in HERE.glob("items_claims_*.py"))
SEED = 20250107


# ---------------------------------------------------------------- year/period anchor zones
def _paras(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: _paras(d) for d in (ZM4, ZM5, XZ5)}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


TH4 = "主要指标 | 单位 | 2023年 | 比上年增长（%）"
THX = "主要指标 | 计量单位 | 2024年 | 比上年增长（%）"
# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words)
ZONES = [
    (ZM4, _idx(ZM4, "2023年是全面贯彻"), _idx(ZM4, "主要指标 |"), ["一、2023年工作回顾"], ["2023"]),
    (ZM4, _idx(ZM4, "主要指标 |"), _idx(ZM4, "对照县十七届"), [TH4], []),
    (ZM4, _idx(ZM4, "对照县十七届"), _idx(ZM4, "二、2024年工作安排"),
     ["一、2023年工作回顾", "2023年，我们主要做了以下工作"], ["2023"]),
    (ZM4, _idx(ZM4, "2024年是中华人民共和国"), _idx(ZM4, "围绕上述目标"), ["2024年全县经济社会发展的主要预期目标是"], []),
    (ZM4, _idx(ZM4, "（一）全面推进乡村振兴"), _idx(ZM4, "三、加强政府自身建设"), ["二、2024年工作安排"], ["2024"]),
    (ZM5, _idx(ZM5, "2024年是实现"), _idx(ZM5, "回顾“十四五”以来的四年"),
     ["2024年是实现“十四五”规划目标任务的关键一年"], ["2024"]),
    (ZM5, _idx(ZM5, "回顾“十四五”以来的四年"), _idx(ZM5, "各位代表！成绩来之不易"), ["回顾“十四五”以来的四年"],
     ["四年", "2020"]),
    (ZM5, _idx(ZM5, "各位代表！成绩来之不易"), _idx(ZM5, "二、2025年目标任务"),
     ["2024年是实现“十四五”规划目标任务的关键一年"], ["2024"]),
    (ZM5, _idx(ZM5, "2025年是“十四五”"), _idx(ZM5, "三、2025年重点工作"), ["2025年全县经济社会发展的主要预期目标是"], []),
    (ZM5, _idx(ZM5, "（一）巩固农业基础"), _idx(ZM5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (XZ5, _idx(XZ5, "2024年，面对"), _idx(XZ5, "主要指标 |"), ["一、2024年工作回顾"], ["2024"]),
    (XZ5, _idx(XZ5, "主要指标 |"), _idx(XZ5, "（一）坚持工业强市"), [THX], []),
    (XZ5, _idx(XZ5, "（一）坚持工业强市"), _idx(XZ5, "二、2025年工作安排"), ["一、2024年工作回顾"], ["2024"]),
    (XZ5, _idx(XZ5, "2025年是“十四五”"), _idx(XZ5, "重点做好以下工作"), ["2025年全市经济社会发展的主要预期目标是"], []),
    (XZ5, _idx(XZ5, "——壮大先进制造业"), _idx(XZ5, "三、加强政府自身建设"), ["二、2025年工作安排"], ["2025"]),
]
# The government paragraphs hold two years in one paragraph; their evidence strings always carry the year.


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
        it["id"] = f"zz-{i:03d}"
    for i, it in enumerate(CS, 1):
        it["id"] = f"zzc-{i:03d}"
    qd, qb = split(QS, "type")
    cd, cb = split(CS, "kind", strat="label")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("zhengzhou_questions_dev.jsonl", qd, QFIELDS),
                              ("zhengzhou_questions_blind.jsonl", qb, QFIELDS),
                              ("zhengzhou_claims_dev.jsonl", cd, CFIELDS),
                              ("zhengzhou_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"parts {QPARTS} {CPARTS}")
    print(f"questions {len(QS)} (dev {len(qd)}, blind {len(qb)}); claims {len(CS)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

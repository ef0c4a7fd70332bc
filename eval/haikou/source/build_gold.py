"""Write the four jsonl gold files of the haikou eval set (龙华区 2023 / 2025, 美兰区 2025).

Run: /work/main/.venv/bin/python eval/haikou/source/build_gold.py
The items are written out literally in the part files items_questions_1.py … items_questions_N.py and
items_claims_1.py … items_claims_M.py next to this script (through the one-line constructors of items_common.py); this
script only normalises them into the schema, adds the period anchor where an evidence clause has none (see anchor()),
numbers them, splits them and writes the files.
Split: seeded random (random.Random(20250110)), ~45% dev inside each question type; claims are split inside each
(kind, label) group with a running rounding. Technique adapted from eval/taiyuan/source/build_gold.py.

Relative-year rule: relative words (今年, 去年, 明年, 前年, 上一年) resolve against the NEWEST report of the place asked
about — 龙华: the 2025 report (今年 = 2025: longhua-2025 targets and plans; 去年 / 上一年 = 2024: longhua-2025 results;
前年 = 2023: only the 2023 targets and plans of longhua-2023 — the 2023 results are in no report; 大前年 = 2022:
longhua-2023 results; 明年 = 2026: only the 金贸数智港三期 deadline); 美兰: the 2025 report (今年 = 2025, 去年 = 2024,
前年 = 2023: none). A question naming no place is answered from the report that answers it, and its relative years
resolve against the newest report of the corpus (meilan-2025, delivered 2025-01-10; longhua-2025 is one day older):
今年 = 2025, 去年 = 2024 — both places review 2024, so such questions rest on something only one report has.

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

L3, L5, M5 = "longhua-2023", "longhua-2025", "meilan-2025"
SEED = 20250110


def _parts(stem):
    return [p.stem for p in sorted(HERE.glob(f"{stem}_*.py"), key=lambda p: int(p.stem.rsplit("_", 1)[1]))]


QPARTS = _parts("items_questions")
CPARTS = _parts("items_claims")


def _paras(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: _paras(d) for d in (L3, L5, M5)}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


def _one(doc, start):
    k = _idx(doc, start)
    return k, k + 1


TH3 = "类别 | 指标 | 单位 | 2022年预期目标 | 2022年实际完成 | 完成情况"
TH5 = "指标 | 单位 | 2024年 | 增长（%） | 预期目标（%） | 完成情况"
# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words)
ZONES = [
    (L3, _idx(L3, "2022年是党的二十大"), _idx(L3, "表1"), ["一、2022年工作回顾"], ["2022"]),
    (L3, _idx(L3, "类别 |") + 1, _idx(L3, "注："), [TH3], []),
    (L3, _idx(L3, "2022年，我们主要做了"), _idx(L3, "各位代表！成绩来之不易"), ["2022年，我们主要做了以下工作"], ["2022"]),
    (L3, *_one(L3, "2023年是全面贯彻"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (L3, *_one(L3, "同时，实施城市更新两年攻坚行动"), ["城市更新两年攻坚行动（2023—2024年）"], ["两年", "2023—2024"]),
    (L3, *_one(L3, "着眼“十四五”规划目标"), ["力争到2025年"], ["2025"]),
    (L3, _idx(L3, "围绕上述目标") + 1, _idx(L3, "三、加强政府自身建设"), ["二、2023年工作安排"], ["2023", "2024"]),
    (L3, *_one(L3, "2023年，我们将持续深化"), ["2023年，我们将持续深化“放管服”改革"], ["2023"]),
    (L5, _idx(L5, "2024年是中华人民共和国"), _idx(L5, "表1"), ["一、2024年工作回顾"], ["2024"]),
    (L5, _idx(L5, "指标 |") + 1, _idx(L5, "注："), [TH5], []),
    (L5, _idx(L5, "对照“十四五”规划目标"), _idx(L5, "各位代表！成绩来之不易"), ["2024年，我们主要做了以下工作"],
     ["2024", "两年攻坚行动", "两年累计"]),
    (L5, *_one(L5, "2025年是“十四五”规划收官之年"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (L5, *_one(L5, "同时，启动椰城焕新三年行动"), ["椰城焕新三年行动（2025—2027年）"], ["三年", "2025—2027"]),
    (L5, *_one(L5, "展望2027年"), ["展望2027年"], ["2027"]),
    (L5, _idx(L5, "三、2025年重点工作") + 1, _idx(L5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025", "2026"]),
    (L5, *_one(L5, "2025年，我们将持续深化"), ["2025年，我们将持续深化“放管服”改革"], ["2025"]),
    (M5, _idx(M5, "2024年是中华人民共和国"), _idx(M5, "各位代表！成绩来之不易"), ["2024年，我们主要做了以下工作"],
     ["2024"]),
    (M5, *_one(M5, "2025年是“十四五”规划收官之年"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (M5, *_one(M5, "着眼“十四五”规划目标"), ["力争到2025年底"], ["2025", "2027"]),
    (M5, _idx(M5, "三、2025年重点工作") + 1, _idx(M5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (M5, *_one(M5, "2025年，我们将持续深化"), ["2025年，我们将持续深化“放管服”改革"], ["2025"]),
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
        it["id"] = f"hk-{i:03d}"
    for i, it in enumerate(CS, 1):
        it["id"] = f"hkc-{i:03d}"
    qd, qb = split(QS, "type")
    cd, cb = split(CS, "kind", strat="label")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("haikou_questions_dev.jsonl", qd, QFIELDS),
                              ("haikou_questions_blind.jsonl", qb, QFIELDS),
                              ("haikou_claims_dev.jsonl", cd, CFIELDS),
                              ("haikou_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"questions {len(QS)} (dev {len(qd)}, blind {len(qb)}); claims {len(CS)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

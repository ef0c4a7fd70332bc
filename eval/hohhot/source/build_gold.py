"""Write the four jsonl gold files of the hohhot eval set (赛罕区 2023 / 2025, 新城区 2025).

Run: /work/main/.venv/bin/python eval/hohhot/source/build_gold.py
The items are written out literally in items_questions_1.py … items_questions_N.py and items_claims_1.py …
items_claims_M.py next to this script (through the one-line constructors of items_common.py); this script only
normalises them into the schema, adds the period anchor where an evidence clause has none (see anchor()), numbers
them, splits them and writes the files. Split: seeded random (random.Random(20250109)), ~45 % dev inside each question
type; claims are split inside each (kind, label) group with a running rounding. Technique adapted from
eval/taiyuan/source/build_gold.py.

Relative-year rule: relative words (今年, 去年, 明年, 前年, 上一年) resolve against the NEWEST report of the place asked
about — 赛罕: saihan-2025 (今年 = 2025: its targets and plans; 去年 / 上一年 = 2024: its results and 表1; 前年 = 2023:
only the 2023 targets and plans of saihan-2023 — a 2023 result is in no report; 大前年 = 2022: saihan-2023 results;
明年 = 2026: only "敕勒川数智谷三期2026年底前建成"); 新城: xincheng-2025 (今年 = 2025, 去年 = 2024, 前年 = 2023: none,
明年 = 2026: none). A question naming no place is answered from the report that answers it, and its relative years
resolve against the newest report of the corpus (xincheng-2025, 2025-01-09): 今年 = 2025, 去年 = 2024.
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

S3, S5, X5 = "saihan-2023", "saihan-2025", "xincheng-2025"
SEED = 20250109
PREFIX, CPREFIX = "hh", "hhc"


def _parts(stem):
    return [p.stem for p in sorted(HERE.glob(f"{stem}_*.py"), key=lambda p: int(p.stem.rsplit("_", 1)[1]))]


QPARTS = _parts("items_questions")
CPARTS = _parts("items_claims")


def _paras(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: _paras(d) for d in (S3, S5, X5)}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


def _one(doc, start):
    k = _idx(doc, start)
    return k, k + 1


TH = "指标 | 单位 | 2024年 | 增长（%） | 预期目标（%） | 完成情况"
# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words)
ZONES = [
    (S3, _idx(S3, "2022年是党的二十大"), _idx(S3, "2022年，我们主要做了"), ["一、2022年工作回顾"], ["2022"]),
    (S3, _idx(S3, "2022年，我们主要做了"), _idx(S3, "各位代表！成绩来之不易"), ["2022年，我们主要做了以下工作"], ["2022"]),
    (S3, *_one(S3, "2023年全区经济社会发展"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (S3, *_one(S3, "同时，实施老旧小区改造"), ["老旧小区改造提质两年攻坚行动（2023—2024年）"], ["两年", "2023—2024"]),
    (S3, *_one(S3, "着眼“十四五”规划目标"), ["力争到2025年"], ["2025"]),
    (S3, _idx(S3, "围绕上述目标") + 1, _idx(S3, "三、加强政府自身建设"), ["二、2023年工作安排"], ["2023", "2024"]),
    (S3, *_one(S3, "新征程上，我们将始终坚持"), ["2023年“赛罕速办”上线事项突破420项"], ["2023"]),
    (S5, _idx(S5, "2024年是中华人民共和国"), _idx(S5, "表1"), ["一、2024年工作回顾"], ["2024"]),
    (S5, _idx(S5, "指标 |"), _idx(S5, "注："), [TH], []),
    (S5, *_one(S5, "对照“十四五”规划目标"), ["一、2024年工作回顾"], ["2024", "两年攻坚行动", "两年累计"]),
    (S5, _idx(S5, "2024年，我们主要做了"), _idx(S5, "各位代表！成绩来之不易"), ["2024年，我们主要做了以下工作"], ["2024"]),
    (S5, *_one(S5, "2025年全区经济社会发展"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (S5, *_one(S5, "同时，启动城市更新三年行动"), ["城市更新三年行动（2025—2027年）", "展望2027年"],
     ["三年", "2025—2027", "2027"]),
    (S5, _idx(S5, "围绕上述目标") + 1, _idx(S5, "三、加强政府自身建设"), ["二、2025年工作安排"], ["2025", "2026"]),
    (S5, *_one(S5, "我们将坚持党的全面领导"), ["2025年，我们将持续深化政务公开"], ["2025"]),
    (X5, _idx(X5, "2024年是中华人民共和国"), _idx(X5, "2024年，我们主要做了"), ["一、2024年工作回顾"], ["2024"]),
    (X5, _idx(X5, "2024年，我们主要做了"), _idx(X5, "各位代表！成绩来之不易"), ["2024年，我们主要做了以下工作"], ["2024"]),
    (X5, *_one(X5, "2025年全区经济社会发展"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (X5, *_one(X5, "力争到2025年底"), ["力争到2025年底", "展望2027年"], ["2025", "2027"]),
    (X5, _idx(X5, "围绕上述目标") + 1, _idx(X5, "三、加强政府自身建设"), ["二、2025年工作安排"], ["2025"]),
    (X5, *_one(X5, "我们将坚持党的全面领导"), ["2025年，我们将持续深化政务公开"], ["2025"]),
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
        it["id"] = f"{PREFIX}-{i:03d}"
    for i, it in enumerate(CS, 1):
        it["id"] = f"{CPREFIX}-{i:03d}"
    qd, qb = split(QS, "type")
    cd, cb = split(CS, "kind", strat="label")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("hohhot_questions_dev.jsonl", qd, QFIELDS),
                              ("hohhot_questions_blind.jsonl", qb, QFIELDS),
                              ("hohhot_claims_dev.jsonl", cd, CFIELDS),
                              ("hohhot_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"questions {len(QS)} (dev {len(qd)}, blind {len(qb)}); claims {len(CS)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

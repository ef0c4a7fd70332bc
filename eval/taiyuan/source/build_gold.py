"""Write the four jsonl gold files of the taiyuan eval set (小店区 2021 / 2023, 迎泽区 2024).

Run: /work/main/.venv/bin/python eval/taiyuan/source/build_gold.py
The items are written out literally in the part files items_questions_1.py … items_questions_N.py and
items_claims_1.py … items_claims_M.py next to this script (through the one-line constructors of items_common.py); this
script only normalises them into the schema, adds the period anchor where an evidence clause has none (see anchor()),
numbers them, splits them and writes the files.
Split: seeded random (random.Random(20240116)), ~45% dev inside each question type; claims are split inside each
(kind, label) group with a running rounding. Technique adapted from eval/lanzhou/source/build_gold.py.

Relative-year rule: relative words (今年, 去年, 明年, 前年, 上一年) resolve against the NEWEST report of the place asked
about — 小店: the 2023 report (今年 = 2023: xiaodian-2023 targets and plans; 去年 / 上一年 = 2022: xiaodian-2023 results;
前年 = 2021: only the 2021 targets and plans of xiaodian-2021 — the 2021 results are in no report; 大前年 = 2020:
xiaodian-2021 results; 明年 = 2024: none); 迎泽: the 2024 report (今年 = 2024: yingze-2024 targets and plans; 去年 = 2023:
yingze-2024 results; 前年 = 2022: none; 明年 = 2025: none except the "力争到2025年" goals). A question naming no place is
answered from the report that answers it, and its relative years resolve against the newest report of the corpus
(yingze-2024): 今年 = 2024, 去年 = 2023, 前年 = 2022 (→ xiaodian-2023 results).

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

X1, X3, Y4 = "xiaodian-2021", "xiaodian-2023", "yingze-2024"


def _parts(stem):
    return [p.stem for p in sorted(HERE.glob(f"{stem}_*.py"), key=lambda p: int(p.stem.rsplit("_", 1)[1]))]


QPARTS = _parts("items_questions")
CPARTS = _parts("items_claims")
SEED = 20240116


# ---------------------------------------------------------------- year/period anchor zones
def _paras(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: _paras(d) for d in (X1, X3, Y4)}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


def _one(doc, start):
    k = _idx(doc, start)
    return k, k + 1


TH = "指标 | 单位 | 2015年 | 2020年 | 年均增长（%）"
# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words)
ZONES = [
    (X1, *_one(X1, "“十三五”时期，是小店"), ["“十三五”时期，是小店发展进程中极不平凡的五年"], ["五年", "2015", "十三五"]),
    (X1, _idx(X1, "指标 |"), _idx(X1, "注："), [TH], []),
    (X1, _idx(X1, "——产业转型"), _idx(X1, "2020年是极不平凡"), ["“十三五”时期，是小店发展进程中极不平凡的五年"],
     ["五年", "2015", "十三五"]),
    (X1, _idx(X1, "2020年是极不平凡"), _idx(X1, "2020年，我们主要做了"), ["一、“十三五”时期和2020年工作回顾"], ["2020"]),
    (X1, _idx(X1, "2020年，我们主要做了"), _idx(X1, "各位代表！成绩来之不易"), ["2020年，我们主要做了以下工作"],
     ["2020"]),
    (X1, *_one(X1, "到2025年"), ["到2025年，全区地区生产总值突破1500亿元"], ["2025"]),
    (X1, *_one(X1, "力争到2025年"), ["力争到2025年，数字经济核心产业增加值"], ["2025"]),
    (X1, *_one(X1, "2021年是中国共产党"), ["2021年全区经济社会发展的主要预期目标是"], []),
    (X1, *_one(X1, "同时，实施城中村改造"), ["城中村改造和老旧小区提升两年攻坚行动（2021—2022年）"], ["两年", "2021—2022"]),
    (X1, _idx(X1, "围绕上述目标") + 1, _idx(X1, "四、加强政府自身建设"), ["三、2021年工作安排"], ["2021", "2022"]),
    (X1, *_one(X1, "新征程上，我们将始终坚持"),
     ["2020年，“小店通办”上线事项达到420项", "2021年，我们将坚持依法行政"], ["2020", "2021"]),
    (X3, _idx(X3, "2022年是党的二十大胜利"), _idx(X3, "2022年，我们主要做了"), ["一、2022年工作回顾"],
     ["2022", "两年攻坚行动", "两年累计"]),
    (X3, _idx(X3, "2022年，我们主要做了"), _idx(X3, "各位代表！成绩来之不易"), ["2022年，我们主要做了以下工作"],
     ["2022"]),
    (X3, *_one(X3, "2023年是全面贯彻党的二十大"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (X3, *_one(X3, "同时，启动城市更新三年行动"), ["城市更新三年行动（2023—2025年）"], ["三年", "2023—2025"]),
    (X3, *_one(X3, "着眼“十四五”规划目标"), ["力争到2025年，太原南站商务区入驻企业"], ["2025"]),
    (X3, _idx(X3, "三、2023年重点工作") + 1, _idx(X3, "四、建设人民满意政府"), ["三、2023年重点工作"],
     ["2023", "2024"]),
    (X3, *_one(X3, "我们将坚持党的全面领导"),
     ["2022年，“小店通办”上线事项达到598项", "2023年，我们将持续深化“放管服”改革"], ["2022", "2023"]),
    (Y4, _idx(Y4, "2023年是全面贯彻党的二十大"), _idx(Y4, "2023年，我们主要做了"), ["一、2023年工作回顾"], ["2023"]),
    (Y4, _idx(Y4, "2023年，我们主要做了"), _idx(Y4, "各位代表！成绩来之不易"), ["2023年，我们主要做了以下工作"],
     ["2023"]),
    (Y4, *_one(Y4, "2024年是中华人民共和国"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (Y4, *_one(Y4, "着眼“十四五”规划目标"), ["力争到2025年"], ["2025"]),
    (Y4, _idx(Y4, "三、2024年重点工作") + 1, _idx(Y4, "四、建设人民满意政府"), ["三、2024年重点工作"], ["2024"]),
    (Y4, *_one(Y4, "我们将坚持党的全面领导"),
     ["2023年，“迎泽快办”上线事项达到468项", "2024年，我们将持续深化“放管服”改革"], ["2023", "2024"]),
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
        it["id"] = f"ty-{i:03d}"
    for i, it in enumerate(CS, 1):
        it["id"] = f"tyc-{i:03d}"
    qd, qb = split(QS, "type")
    cd, cb = split(CS, "kind", strat="label")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("taiyuan_questions_dev.jsonl", qd, QFIELDS),
                              ("taiyuan_questions_blind.jsonl", qb, QFIELDS),
                              ("taiyuan_claims_dev.jsonl", cd, CFIELDS),
                              ("taiyuan_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"questions {len(QS)} (dev {len(qd)}, blind {len(qb)}); claims {len(CS)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

"""Write the four jsonl gold files of the shijiazhuang eval set (裕华区 2022 / 2024, 桥西区 2024).

Run: /work/main/.venv/bin/python eval/shijiazhuang/source/build_gold.py
The items are written out literally in the part files items_questions_1.py … items_questions_N.py and
items_claims_1.py … items_claims_M.py next to this script (through the one-line constructors of items_common.py); this
script only normalises them into the schema, adds the period anchor where an evidence clause has none (see anchor()),
numbers them, splits them and writes the files.
Split: seeded random (random.Random(20240110)), ~45% dev inside each question type; claims are split inside each
(kind, label) group with a running rounding. Technique copied from eval/taiyuan/source/build_gold.py.

Relative-year rule: relative words (今年, 去年, 明年, 前年, 上一年) resolve against the NEWEST report of the place asked
about — 裕华: the 2024 report (今年 = 2024: yuhua-2024 targets and plans; 去年 / 上一年 = 2023: yuhua-2024 results;
前年 = 2022: only the 2022 targets and plans of yuhua-2022 — the 2022 results are in no report; 大前年 = 2021:
yuhua-2022 results; 明年 = 2025: only the "力争到2025年" goals); 桥西: the 2024 report (今年 = 2024, 去年 = 2023,
前年 = 2022: none, 明年 = 2025: only the "力争到2025年" goals). A question naming no place is answered from the report
that answers it, and its relative years resolve against the newest report of the corpus (qiaoxi-2024, delivered
2024-01-10; yuhua-2024 is of the same year): 今年 = 2024, 去年 = 2023, 前年 = 2022.

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

Y2, Y4, Q4 = "yuhua-2022", "yuhua-2024", "qiaoxi-2024"


def _parts(stem):
    return [p.stem for p in sorted(HERE.glob(f"{stem}_*.py"), key=lambda p: int(p.stem.rsplit("_", 1)[1]))]


QPARTS = _parts("items_questions")
CPARTS = _parts("items_claims")
SEED = 20240110


# ---------------------------------------------------------------- year/period anchor zones
def _paras(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: _paras(d) for d in (Y2, Y4, Q4)}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


def _one(doc, start):
    k = _idx(doc, start)
    return k, k + 1


TH = "指标 | 单位 | 2016年 | 2021年 | 年均增长（%）"
FIVE = "过去五年，是裕华发展进程中极不平凡的五年"
# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words)
ZONES = [
    (Y2, *_one(Y2, "过去五年，是裕华"), [FIVE], ["五年", "2016"]),
    (Y2, _idx(Y2, "指标 |"), _idx(Y2, "注："), [TH], []),
    (Y2, _idx(Y2, "——产业结构"), _idx(Y2, "2021年是党和国家"), [FIVE], ["五年", "2016"]),
    (Y2, _idx(Y2, "2021年是党和国家"), _idx(Y2, "2021年，我们主要做了"),
     ["2021年是党和国家历史上具有里程碑意义的一年", "2021年，我们主要做了以下工作"], ["2021"]),
    (Y2, _idx(Y2, "2021年，我们主要做了"), _idx(Y2, "各位代表！成绩来之不易"), ["2021年，我们主要做了以下工作"],
     ["2021"]),
    (Y2, *_one(Y2, "到2026年"), ["到2026年，全区地区生产总值突破1200亿元"], ["2026"]),
    (Y2, *_one(Y2, "力争到2025年"), ["力争到2025年，数字经济核心产业增加值占地区生产总值的比重达到12%，槐安数智港"],
     ["2025"]),
    (Y2, *_one(Y2, "2022年是党的二十大召开之年"), ["2022年全区经济社会发展的主要预期目标是"], []),
    (Y2, *_one(Y2, "同时，实施老旧小区改造"), ["老旧小区改造提升两年行动（2022—2023年）"], ["两年", "2022—2023"]),
    (Y2, _idx(Y2, "围绕上述目标") + 1, _idx(Y2, "四、加强政府自身建设"), ["三、2022年工作安排"], ["2022", "2023"]),
    (Y2, *_one(Y2, "新征程上，我们将始终坚持"),
     ["2021年，“裕华e办”上线事项达到380项", "2022年，我们将坚持依法行政"], ["2021", "2022"]),
    (Y4, _idx(Y4, "2023年是全面贯彻"), _idx(Y4, "各位代表！成绩来之不易"),
     ["一、2023年工作回顾", "2023年，我们主要做了以下工作"], ["2023", "两年行动", "两年累计"]),
    (Y4, _idx(Y4, "2024年是中华人民共和国"), _idx(Y4, "同时，启动城市更新"),
     ["2024年全区经济社会发展的主要预期目标是"], []),
    (Y4, *_one(Y4, "同时，启动城市更新"), ["城市更新三年行动（2024—2026年）"], ["三年", "2024—2026"]),
    (Y4, *_one(Y4, "着眼“十四五”规划目标"), ["着眼“十四五”规划目标，力争到2025年"], ["2025"]),
    (Y4, _idx(Y4, "三、2024年重点工作") + 1, _idx(Y4, "四、建设人民满意政府"), ["三、2024年重点工作"],
     ["2024", "2025"]),
    (Y4, *_one(Y4, "我们将坚持党的全面领导"),
     ["2023年，“裕华e办”上线事项达到516项", "2024年，我们将持续深化“放管服”改革"], ["2023", "2024"]),
    (Q4, _idx(Q4, "2023年是全面贯彻"), _idx(Q4, "各位代表！成绩来之不易"),
     ["一、2023年工作回顾", "2023年，我们主要做了以下工作"], ["2023"]),
    (Q4, *_one(Q4, "2024年是中华人民共和国"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (Q4, *_one(Q4, "着眼“十四五”规划目标"), ["力争到2025年，全区接待游客突破2500万人次"], ["2025"]),
    (Q4, _idx(Q4, "三、2024年重点工作") + 1, _idx(Q4, "四、建设人民满意政府"), ["三、2024年重点工作"], ["2024"]),
    (Q4, *_one(Q4, "我们将坚持党的全面领导"),
     ["2023年，“桥西快办”上线事项达到442项", "2024年，我们将持续深化“放管服”改革"], ["2023", "2024"]),
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
        it["id"] = f"sjz-{i:03d}"
    for i, it in enumerate(CS, 1):
        it["id"] = f"sjzc-{i:03d}"
    qd, qb = split(QS, "type")
    cd, cb = split(CS, "kind", strat="label")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("shijiazhuang_questions_dev.jsonl", qd, QFIELDS),
                              ("shijiazhuang_questions_blind.jsonl", qb, QFIELDS),
                              ("shijiazhuang_claims_dev.jsonl", cd, CFIELDS),
                              ("shijiazhuang_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"questions {len(QS)} (dev {len(qd)}, blind {len(qb)}); claims {len(CS)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

"""Write the four jsonl gold files of the yinchuan eval set (兴庆区 2023 / 2025, 金凤区 2024).

Run: /work/main/.venv/bin/python eval/yinchuan/source/build_gold.py
The items are written out literally in items_questions_1.py … items_questions_N.py and items_claims_1.py …
items_claims_M.py next to this script (through the one-line constructors of items_common.py); this script only
normalises them into the schema, adds the period anchor where an evidence clause carries no period of its own (see
anchor()), numbers them (yc-NNN / ycc-NNN in item order), splits them and writes the files.

Split: deterministic hash of the id. Inside each question type (claims: inside each claim kind) the items are ordered
by sha1(id) and the first k go to dev, the rest to blind, k from a running rounding over the groups (taken in name
order) so that each group and the whole file are ~45 % dev / ~55 % blind.

Relative-year rule: relative words (今年, 去年, 明年, 前年, 上一年) resolve against the NEWEST report OF THE PLACE ASKED:
兴庆 — xingqing-2025: 今年 = 2025 (its targets and plans), 去年 = 2024 (its results), 前年 = 2023 (only the 2023 targets
and plans of xingqing-2023; the 2023 results are in no report), 大前年 = 2022 (xingqing-2023 results); 金凤 —
jinfeng-2024: 今年 = 2024 (targets and plans), 去年 = 2023 (results), 前年 = 2022 (none), 明年 = 2025 (only the
"力争到2025年" goals). A question naming no place resolves against the newest report of the corpus (xingqing-2025):
今年 = 2025, 去年 = 2024.
"""
import hashlib
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

X3, X5, J4 = "xingqing-2023", "xingqing-2025", "jinfeng-2024"
DOCS = [X3, X5, J4]
DEV_SHARE = 0.45


def _parts(stem):
    return [p.stem for p in sorted(HERE.glob(f"{stem}_*.py"), key=lambda p: int(p.stem.rsplit("_", 1)[1]))]


QPARTS = _parts("items_questions")
CPARTS = _parts("items_claims")


def _paras(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: _paras(d) for d in DOCS}


def _idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


def _one(doc, start):
    k = _idx(doc, start)
    return k, k + 1


# (doc, first para, end para (exclusive), anchors (the first is the one added), own-period words)
ZONES = [
    # xingqing-2023: review of 2022, 2023 targets, two-year action 2023—2024, "力争到2025年", 2023 plans, government
    (X3, _idx(X3, "2022年是党的二十大"), _idx(X3, "2022年，我们主要做了"), ["一、2022年工作回顾"], ["2022"]),
    (X3, _idx(X3, "2022年，我们主要做了"), _idx(X3, "各位代表！成绩来之不易"), ["2022年，我们主要做了以下工作"], ["2022"]),
    (X3, *_one(X3, "2023年是全面贯彻"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (X3, *_one(X3, "同时，实施老城焕新"), ["老城焕新两年攻坚行动（2023—2024年）"], ["两年", "2023—2024"]),
    (X3, *_one(X3, "着眼“十四五”规划目标"), ["力争到2025年，全区国家高新技术企业突破300家"], ["2025"]),
    (X3, _idx(X3, "三、2023年重点工作") + 1, _idx(X3, "四、建设人民满意政府"), ["三、2023年重点工作"], ["2023", "2024"]),
    (X3, *_one(X3, "2022年，“兴庆快办”"), ["2022年，“兴庆快办”上线事项达到386项", "2023年，我们将持续深化"],
     ["2022", "2023"]),
    # xingqing-2025: review of 2024 (+ “十四五” progress, end of the two-year action), 2025 targets, three-year
    # action 2025—2027, "力争到2025年底", 2025 plans (+ 十件民生实事), government
    (X5, _idx(X5, "2024年是中华人民共和国"), _idx(X5, "2024年，我们主要做了"), ["一、2024年工作回顾"],
     ["2024", "两年攻坚行动", "两年累计"]),
    (X5, _idx(X5, "2024年，我们主要做了"), _idx(X5, "各位代表！成绩来之不易"), ["2024年，我们主要做了以下工作"], ["2024"]),
    (X5, *_one(X5, "2025年是“十四五”规划收官之年"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (X5, *_one(X5, "同时，启动城市更新三年行动"), ["城市更新三年行动（2025—2027年）"], ["三年", "2025—2027"]),
    (X5, *_one(X5, "着眼“十四五”规划收官"), ["力争到2025年底"], ["2025"]),
    (X5, _idx(X5, "三、2025年重点工作") + 1, _idx(X5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025", "2026"]),
    (X5, *_one(X5, "2024年，“兴庆快办”"), ["2024年，“兴庆快办”上线事项达到512项", "2025年，我们将持续深化"],
     ["2024", "2025"]),
    # jinfeng-2024: review of 2023, 2024 targets, "力争到2025年", 2024 plans (+ 十件民生实事), government
    (J4, _idx(J4, "2023年是全面贯彻"), _idx(J4, "2023年，我们主要做了"), ["一、2023年工作回顾"], ["2023"]),
    (J4, _idx(J4, "2023年，我们主要做了"), _idx(J4, "各位代表！成绩来之不易"), ["2023年，我们主要做了以下工作"], ["2023"]),
    (J4, *_one(J4, "2024年是中华人民共和国"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (J4, *_one(J4, "着眼“十四五”规划目标"), ["力争到2025年，全区国家高新技术企业突破220家"], ["2025"]),
    (J4, _idx(J4, "三、2024年重点工作") + 1, _idx(J4, "四、建设人民满意政府"), ["三、2024年重点工作"], ["2024", "2025"]),
    (J4, *_one(J4, "2023年，“金凤易办”"), ["2023年，“金凤易办”上线事项达到428项", "2024年，我们将持续深化"],
     ["2023", "2024"]),
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


def hkey(i):
    return hashlib.sha1(i.encode("utf-8")).hexdigest()


def split(items, key):
    """Inside each group (question type / claim kind, groups in name order): order by sha1(id) and put the first k
    items in dev, k chosen by a running rounding so that every group and the whole file stay at ~45 % dev."""
    groups = {}
    for it in items:
        groups.setdefault(it[key], []).append(it)
    dev, blind = [], []
    seen = 0
    for g in sorted(groups):
        lst = sorted(groups[g], key=lambda x: hkey(x["id"]))
        seen += len(lst)
        k = max(0, min(len(lst), round(seen * DEV_SHARE) - len(dev)))  # running rounding: ~45 % overall
        dev += lst[:k]
        blind += lst[k:]
    return dev, blind


def load_items():
    qs = [make_question(it) for m in QPARTS for it in importlib.import_module(m).ITEMS]
    cs = [make_claim(it) for m in CPARTS for it in importlib.import_module(m).ITEMS]
    for i, it in enumerate(qs, 1):
        it["id"] = f"yc-{i:03d}"
    for i, it in enumerate(cs, 1):
        it["id"] = f"ycc-{i:03d}"
    return qs, cs


def evidence_of(doc):
    """All evidence strings (after anchoring) of the gold items that use `doc` (used by make_corpus.py to keep them on
    one line of the docx)."""
    qs, cs = load_items()
    out = []
    for it in qs + cs:
        docs = it["doc"] if isinstance(it["doc"], list) else [it["doc"]]
        if doc in docs:
            out += [s for s in it["evidence"] if any(s in p for p in PARAS[doc])]
    return sorted(set(out))


def main():
    qs, cs = load_items()
    qd, qb = split(qs, "type")
    cd, cb = split(cs, "kind")
    order = lambda lst: sorted(lst, key=lambda x: x["id"])  # noqa: E731
    for name, lst, fields in [("yinchuan_questions_dev.jsonl", qd, QFIELDS),
                              ("yinchuan_questions_blind.jsonl", qb, QFIELDS),
                              ("yinchuan_claims_dev.jsonl", cd, CFIELDS),
                              ("yinchuan_claims_blind.jsonl", cb, CFIELDS)]:
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for it in order(lst):
                f.write(json.dumps({k: it[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"questions {len(qs)} (dev {len(qd)}, blind {len(qb)}); claims {len(cs)} (dev {len(cd)}, blind {len(cb)})")


if __name__ == "__main__":
    main()

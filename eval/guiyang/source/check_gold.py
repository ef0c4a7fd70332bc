"""Self-check of the guiyang eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/guiyang/source/check_gold.py
Adapted from eval/xian/source/check_gold.py: period-anchor zones for the 2024 review / Word table / 2025 targets and
plans (yunyan-2025), the 2025 review / “十四五” five-year record / 2026 targets / “十五五” goals / plans (yunyan-2026) and
the "一图读懂" list / 2025 review / 2026 targets and plans (guanshanhu-2026); each evidence string in exactly one
paragraph of its doc; table-only and list-only figures; the corpus: a .docx whose headings are numbered only by Word
list numbering, with footnotes and a merged-cell table; an official-style PDF with "－ n －" page numbers, a running
header, a spaced-out title and full-width digits; a saved WeChat article (UTF-8, nested <section>s, text split over
<span>s). Every corpus file is rebuilt into a temporary directory and compared byte for byte, and the text of the
corpus files is extracted here with simple extractors (lxml for the docx, pypdf for the PDF, html.parser for the page)
and compared with the sources.
Prints counts and every error; exit code 1 if any error.
"""
import importlib.util
import json
import re
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.dont_write_bytecode = True
_spec = importlib.util.spec_from_file_location("make_corpus_ck", HERE / "make_corpus.py")
MC = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(MC)

Y5, Y6, G6 = "yunyan-2025", "yunyan-2026", "guanshanhu-2026"
DOCS = [Y5, Y6, G6]
BOTH = {Y5, Y6}
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 60, "near_topic": 45, "yesno": 30, "english": 35, "traditional": 10, "followup": 12,
          "compare_years": 10, "target_result": 10, "other_scope": 12, "no_place": 10, "tidy": 15}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
YY_MARK = ["云岩", "雲巖", "云严", "云延", "Yunyan", "筑韵坊", "築韻坊", "筑韵访", "筑云数字产业园", "Zhuyun", "大营坡",
           "中华北路街道", "威清门街道"]
GS_MARK = ["观山湖", "觀山湖", "观三湖", "关山湖", "Guanshanhu", "百花湖", "金华园街道", "云谷智算中心", "金阳南路",
           "观湖快办"]
OTHER_MARK = ["贵阳", "貴陽", "贵州", "貴州", "南明", "花溪", "乌当", "白云区", "清镇", "修文", "Guiyang", "Guizhou"]
PLACE_MARK = YY_MARK + GS_MARK
SEP = " | "
TH5 = "类别 | 指标 | 单位 | 2024年 | 比上年增长（%）"
LH6 = "一图读懂｜2025年观山湖区成绩单"
# doc: (header row, prefixes of the table-only rows / list-only lines)
TABLES = {Y5: (TH5, ("经济总量 | 第三产业增加值 |", "投资消费 | 规模以上服务业营业收入 |", "居民生活 | 居民人均消费支出 |")),
          G6: (LH6, ("规模以上工业增加值：", "数字经济核心产业营业收入：", "实际使用外资：", "农村居民人均可支配收入："))}
NUM_RE = re.compile(r"\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[雲巖區觀遊築韻歷間計舊個農規營業術養張標鎮辦麼與們過達幾這來國際總億項簽學創產資萬"
                     r"園書還點時獲評稱號運額態價鄉縣積擴綜後將霧畝種專級鉅積]")
CORPUS = ["guanshanhu-2026.html", "yunyan-2025.docx", "yunyan-2026.pdf"]
FULLWIDTH = re.compile(r"[０-９％．]")

errors = []


def err(msg):
    errors.append(msg)


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


PARAS = {d: MC.source_paragraphs(f"{d}.txt") for d in DOCS}


def paras_with(s, doc):
    return [i for i, p in enumerate(PARAS[doc]) if s in p]


def in_doc(s, doc):
    return bool(paras_with(s, doc))


def idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


def table_rows(doc):
    if doc == Y5:
        return [p for p in PARAS[Y5] if SEP in p]
    if doc == G6:
        return PARAS[G6][idx(G6, LH6):idx(G6, "政府工作报告")]
    return []


# (doc, first para, end para (exclusive), anchors, own-period words (NFKC)): an evidence string in a zone needs one of
# the anchors among the item's evidence unless it names the period itself. Written independently of build_gold.py.
Y24 = ["2024年工作回顾", "2024年是实现“十四五”规划目标任务的关键一年", "2024年，我们主要做了以下工作"]
Y25 = ["一、2025年工作回顾", "2025年是“十四五”规划收官之年。一年来", "2025年，我们主要做了以下工作"]
ZONES = [
    (Y5, idx(Y5, "2024年是实现"), idx(Y5, "类别 |"), Y24[:2], ["2024"]),
    (Y5, idx(Y5, "类别 |"), idx(Y5, "对照区十八届"), [TH5], []),
    (Y5, idx(Y5, "对照区十八届"), idx(Y5, "各位代表！成绩来之不易"), Y24, ["2024"]),
    (Y5, idx(Y5, "各位代表！成绩来之不易"), idx(Y5, "2025年目标任务"), Y24[:2], ["2024"]),
    (Y5, idx(Y5, "2025年是“十四五”"), idx(Y5, "2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (Y5, idx(Y5, "围绕上述目标"), idx(Y5, "建设人民满意政府"),
     ["2025年重点工作", "围绕上述目标，重点抓好以下五个方面工作"], ["2025"]),
    (Y5, idx(Y5, "2024年，“云岩快办”"), idx(Y5, "2024年，“云岩快办”") + 1,
     ["2024年，“云岩快办”上线事项达到628项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
    (Y6, idx(Y6, "2025年是“十四五”"), idx(Y6, "回顾“十四五”这五年"), Y25, ["2025"]),
    (Y6, idx(Y6, "回顾“十四五”这五年"), idx(Y6, "各位代表！成绩来之不易"), ["回顾“十四五”这五年"], ["五年", "2020"]),
    (Y6, idx(Y6, "各位代表！成绩来之不易"), idx(Y6, "二、2026年目标任务"), Y25[:2], ["2025"]),
    (Y6, idx(Y6, "2026年是“十五五”"), idx(Y6, "展望“十五五”"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (Y6, idx(Y6, "展望“十五五”"), idx(Y6, "三、2026年重点工作"), ["展望“十五五”，到２０３０年"], ["2030"]),
    (Y6, idx(Y6, "——激活消费潜力"), idx(Y6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (Y6, idx(Y6, "２０２５年，“云岩快办”"), idx(Y6, "２０２５年，“云岩快办”") + 1,
     ["２０２５年，“云岩快办”上线事项达到７１２项", "２０２６年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
    (G6, idx(G6, LH6), idx(G6, "政府工作报告"), [LH6], []),
    (G6, idx(G6, "过去一年，面对"), idx(G6, "二、2026年目标任务"), ["一、2025年工作回顾"], ["2025"]),
    (G6, idx(G6, "2026年是“十五五”"), idx(G6, "三、2026年重点工作"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (G6, idx(G6, "（一）建设数字经济发展高地"), idx(G6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (G6, idx(G6, "2025年，“观湖快办”"), idx(G6, "2025年，“观湖快办”") + 1,
     ["2025年，“观湖快办”上线事项达到548项", "2026年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
]


def check_year_anchor(it, docs, where):
    docs = docs if isinstance(docs, list) else [docs]
    ev = it["evidence"]
    for s in ev:
        for d in docs:
            for i in paras_with(s, d):
                for zd, a, b, anchors, own in ZONES:
                    if zd != d or not a <= i < b or s in anchors or any(w in nfkc(s) for w in own):
                        continue
                    if not any(any(an in e for an in anchors) for e in ev):
                        err(f"{where} evidence in a {d} zone without period anchor {anchors[0]}: {s[:30]}")


def load(name, fields):
    items = []
    path = ROOT / name
    if not path.exists():
        err(f"{name} missing")
        return items
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            it = json.loads(line)
        except Exception as e:  # noqa: BLE001
            err(f"{name}:{n} does not parse: {e}")
            continue
        if list(it) != fields:
            err(f"{name}:{n} fields {list(it)}")
        it["_file"] = name
        items.append(it)
    return items


def check_doc_evidence(it, docs, where):
    docs = docs if isinstance(docs, list) else [docs]
    if any(d not in DOCS for d in docs):
        err(f"{where} bad doc {docs}")
        return
    if len(docs) > 1 and (set(docs) != BOTH or len(docs) != 2):
        err(f"{where} a list doc must be the two Yunyan reports: {docs}")
    matched = set()
    for s in it["evidence"]:
        if not isinstance(s, str) or not s:
            err(f"{where} bad evidence {s!r}")
            continue
        hits = [d for d in docs if in_doc(s, d)]
        if not hits:
            err(f"{where} evidence not in {docs} (one paragraph): {s}")
        for d in hits:
            if len(paras_with(s, d)) > 1:
                err(f"{where} evidence occurs in {len(paras_with(s, d))} paragraphs of {d}: {s[:30]}")
        matched.update(hits)
        if len(docs) > 1 and len(hits) > 1:
            err(f"{where} evidence string occurs in both docs of a list-doc item: {s[:30]}")
    if len(docs) > 1 and matched != set(docs):
        err(f"{where} list doc without evidence in each doc: {docs} matched {sorted(matched)}")
    check_year_anchor(it, docs, where)


def is_table_only(s):
    return any(s in table_rows(d) and s.startswith(TABLES[d][1]) for d in TABLES)


def row_numbers(doc, row):
    if doc == Y5:
        return NUM_RE.findall(" ".join(row.split(SEP)[2:]))
    return NUM_RE.findall(row.split("：", 1)[1]) if "：" in row else []


def check_question(x):
    w, t, qtext = x["id"], x["type"], x["question"]
    if t not in QTYPES:
        err(f"{w} unknown type {t}")
    if not isinstance(x["answerable"], bool):
        err(f"{w} answerable is not a bool")
    if x["expected_yesno"] not in (None, "yes", "no"):
        err(f"{w} bad expected_yesno {x['expected_yesno']}")
    if x["answerable"]:
        if x["reason"] is not None or not x["evidence"] or not x["answer_facts"] or x["doc"] is None:
            err(f"{w} answerable item with reason/empty evidence/facts/doc")
            return
        check_doc_evidence(x, x["doc"], w)
        evtext = " ".join(x["evidence"])
        for g in x["answer_facts"]:
            if not isinstance(g, list) or not g or not all(isinstance(a, str) and a for a in g):
                err(f"{w} bad answer group {g}")
                continue
            if g[0] in ("是", "否"):
                continue
            if g[0] not in evtext:
                err(f"{w} answer '{g[0]}' not in evidence")
            for num in NUM_RE.findall(g[0]):
                if num not in evtext:
                    err(f"{w} number {num} of answer '{g[0]}' not in evidence")
        yn_groups = [g for g in x["answer_facts"] if g and g[0] in ("是", "否")]
        if x["expected_yesno"] is not None:
            if (x["answer_facts"][0][0], x["expected_yesno"]) not in (("是", "yes"), ("否", "no")):
                err(f"{w} yes/no mismatch")
            if len(x["answer_facts"]) < 2:
                err(f"{w} yes/no answer without a deciding fact")
        elif t == "yesno":
            err(f"{w} answerable yesno without expected_yesno")
        elif yn_groups:
            err(f"{w} 是/否 group without expected_yesno")
    else:
        if x["doc"] is not None or x["answer_facts"] or x["evidence"] or x["expected_yesno"] is not None:
            err(f"{w} unanswerable item with doc/facts/evidence/yesno")
        if x["reason"] not in REASONS:
            err(f"{w} bad reason {x['reason']}")
    if t == "followup":
        h = x["history"]
        if len(h) != 2 or h[0].get("role") != "user" or h[1].get("role") != "assistant":
            err(f"{w} bad history")
        elif not any(m in h[0]["content"] for m in PLACE_MARK):
            err(f"{w} follow-up history names no place")
    elif x["history"]:
        err(f"{w} history on non-followup")
    if t == "no_place":
        if any(m in qtext for m in PLACE_MARK + OTHER_MARK):
            err(f"{w} no_place question names a place")
        if not x["answerable"] or isinstance(x["doc"], list):
            err(f"{w} no_place must be answerable from exactly one report")
    elif t == "other_scope":
        if x["answerable"]:
            err(f"{w} other_scope answerable")
        if x["reason"] in ("other_place", "out_of_scope") and not any(m in qtext for m in OTHER_MARK):
            err(f"{w} other_place question names no other place")
        if x["reason"] in ("other_year", "not_stated") and not any(m in qtext for m in PLACE_MARK):
            err(f"{w} other_year/not_stated other_scope question names no corpus place")
    elif t != "followup":
        if x["reason"] in ("other_place", "out_of_scope"):
            if not any(m in qtext for m in OTHER_MARK):
                err(f"{w} other_place question names no other place")
        elif not any(m in qtext for m in PLACE_MARK):
            err(f"{w} question names no place: {qtext}")
    if t == "near_topic" and x["reason"] != "not_stated":
        err(f"{w} near_topic must be not_stated")
    if t == "english":
        if not x["answerable"]:
            err(f"{w} english unanswerable")
        if re.search(r"[\u3000-\u9fff\uff00-\uffef]", qtext):
            err(f"{w} english question contains CJK")
    if t == "traditional" and not TRAD_RE.search(qtext):
        err(f"{w} traditional question without traditional characters")
    if t in ("compare_years", "target_result") and not (isinstance(x["doc"], list) and set(x["doc"]) == BOTH):
        err(f"{w} {t} must use both Yunyan reports")
    if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
        err(f"{w} unanswerable yesno must be not_stated")


def check_claim(x):
    w = x["id"]
    if x["kind"] not in CKINDS:
        err(f"{w} unknown kind {x['kind']}")
    if x["label"] not in LABELS:
        err(f"{w} bad label")
    if x["label"] == "not_found":
        if x["evidence"]:
            err(f"{w} not_found with evidence")
        if x["doc"] not in DOCS:
            err(f"{w} not_found claim with bad doc {x['doc']}")
    else:
        if not x["evidence"]:
            err(f"{w} {x['label']} without evidence")
        check_doc_evidence(x, x["doc"], w)
    if isinstance(x["doc"], list) and x["kind"] != "cross_year":
        err(f"{w} list doc only for cross_year claims")
    if not any(m in x["claim"] for m in PLACE_MARK):
        err(f"{w} claim names no place: {x['claim']}")
    if x["kind"] == "table_figure":
        if x["doc"] not in TABLES:
            err(f"{w} table_figure claim not on a table doc")
            return
        head, only = TABLES[x["doc"]]
        if x["label"] != "not_found" and head not in x["evidence"]:
            err(f"{w} table_figure evidence without the header row")
        for s in x["evidence"]:
            if s not in table_rows(x["doc"]):
                err(f"{w} table_figure evidence is not a table row: {s}")
            elif s != head and not s.startswith(only):
                err(f"{w} table_figure evidence is a row that repeats prose figures: {s}")


def check_tables():
    """Table-only rows / list-only lines: their figures occur (NFKC) in no prose paragraph of any report; the figures
    of the other rows / lines do occur in prose."""
    rowset = {(d, r) for d in TABLES for r in table_rows(d)}
    prose = [nfkc(p) for d in DOCS for p in PARAS[d] if (d, p) not in rowset and not p.startswith("注：")]

    def in_prose(num):
        pat = re.compile(r"(?<![\d.])" + re.escape(nfkc(num)) + r"(?![\d.])")
        return [p for p in prose if pat.search(p)]

    for d, (head, only) in TABLES.items():
        rows = table_rows(d)
        if rows[0] != head:
            err(f"{d} table header row")
        for row in rows[1:]:
            nums = row_numbers(d, row)
            if d == Y5 and len(row.split(SEP)) != len(head.split(SEP)):
                err(f"{d} table row with wrong cell count: {row}")
            if row.startswith(only):
                for num in nums:
                    for p in in_prose(num):
                        err(f"table-only figure {num} ({row[:12]}) also occurs in prose: {p[:20]}")
            else:
                for num in nums:
                    if not in_prose(num):
                        err(f"prose-repeating row figure {num} ({row[:12]}) not in prose")
        if not any(r.startswith(only) for r in rows):
            err(f"{d} no table-only row found")


def counts(qs, cs, out):
    qt = defaultdict(lambda: [0, 0, 0, 0])
    for x in qs:
        k = 0 if "dev" in x["_file"] else 1
        qt[x["type"]][k] += 1
        if not x["answerable"]:
            qt[x["type"]][2 + k] += 1
    out.append("questions per type: type dev blind total unanswerable(dev/blind) list-doc")
    for t in QTYPES:
        d, b, ud, ub = qt[t]
        nl = sum(1 for x in qs if x["type"] == t and isinstance(x["doc"], list))
        out.append(f"  {t:15s} {d:3d} {b:3d} {d + b:3d}  {ud}/{ub}  {nl}")
        if d + b < QTYPES[t]:
            err(f"type {t} has {d + b} < {QTYPES[t]}")
        if d + b and not (0.3 <= d / (d + b) <= 0.6):
            err(f"type {t} dev share {d / (d + b):.2f}")
    nd, nb = sum(v[0] for v in qt.values()), sum(v[1] for v in qt.values())
    ud, ub = sum(v[2] for v in qt.values()), sum(v[3] for v in qt.values())
    out.append(f"  {'total':15s} {nd:3d} {nb:3d} {nd + nb:3d}  {ud}/{ub}")
    if nd + nb < 290:
        err("fewer than 290 questions")
    tq = [x for x in qs if x["answerable"] and any(is_table_only(s) for s in x["evidence"])]
    out.append("questions answerable only from a table row / list line: "
               + str(dict(Counter((x["doc"], x["type"]) for x in tq))) + f" = {len(tq)}")
    if len(tq) < 10:
        err("fewer than 10 table / list questions")
    notes = set(PARAS[Y5][idx(Y5, "按贵阳市统计部门"):])
    fq = [x for x in qs if x["answerable"] and any(any(s in n for n in notes) for s in x["evidence"])]
    out.append(f"questions answerable from a docx footnote: {len(fq)} " + str(dict(Counter(x['type'] for x in fq))))
    if len(fq) < 4:
        err("fewer than 4 footnote questions")
    fy = [x for x in qs if any("五年" in s or "2020" in s for s in x["evidence"])]
    out.append(f"questions on the “十四五” five-year record: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
    fw = [x for x in qs if x["answerable"] and any(g and FULLWIDTH.search(g[0]) for g in x["answer_facts"])]
    out.append(f"questions whose first answer alternative has full-width digits: {len(fw)}")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, "
               f"with CJK/ASCII punctuation {sum(1 for x in msg if re.search(r'[，。？！?,]', x['question']))}")
    ck = defaultdict(Counter)
    for x in cs:
        ck[x["kind"]][("dev" if "dev" in x["_file"] else "blind", x["label"])] += 1
    out.append("claims per kind: kind dev(S/R/N) blind(S/R/N) total")
    tot = Counter()
    for kd in CKINDS:
        dv = [ck[kd][("dev", lab)] for lab in ("supported", "refuted", "not_found")]
        bl = [ck[kd][("blind", lab)] for lab in ("supported", "refuted", "not_found")]
        out.append(f"  {kd:18s} {sum(dv):2d} ({'/'.join(map(str, dv))})  {sum(bl):2d} ({'/'.join(map(str, bl))})  "
                   f"{sum(dv) + sum(bl)}")
        if sum(dv) + sum(bl) < 10:
            err(f"kind {kd} has fewer than 10 claims")
        for lab, n in zip(("supported", "refuted", "not_found"), dv):
            tot[("dev", lab)] += n
        for lab, n in zip(("supported", "refuted", "not_found"), bl):
            tot[("blind", lab)] += n
    dsum = [tot[("dev", lab)] for lab in ("supported", "refuted", "not_found")]
    bsum = [tot[("blind", lab)] for lab in ("supported", "refuted", "not_found")]
    out.append(f"  total dev {sum(dsum)} ({'/'.join(map(str, dsum))}) blind {sum(bsum)} ({'/'.join(map(str, bsum))}); "
               f"labels {dict(Counter(x['label'] for x in cs))}")
    if len(cs) < 200:
        err("fewer than 200 claims")
    if cs and not 0.35 <= sum(dsum) / len(cs) <= 0.55:
        err(f"claim dev share {sum(dsum) / len(cs):.2f}")
    out.append("claims by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in cs))))
    out.append(f"claims with full-width digits: {sum(1 for x in cs if FULLWIDTH.search(x['claim']))}")


def main():
    qs = load("guiyang_questions_dev.jsonl", QFIELDS) + load("guiyang_questions_blind.jsonl", QFIELDS)
    cs = load("guiyang_claims_dev.jsonl", CFIELDS) + load("guiyang_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"gy-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"gyc-\d{3}", x["id"]):
            err(f"bad claim id {x['id']}")
    for text, n in Counter([x["question"] for x in qs] + [x["claim"] for x in cs]).items():
        if n > 1:
            err(f"duplicate text {text}")
    for x in qs:
        check_question(x)
    for x in cs:
        check_claim(x)
    check_tables()
    for x in qs + cs:
        docs = x["doc"] if isinstance(x["doc"], list) else [x["doc"]]
        for d in docs:
            if d in TABLES and any(s in table_rows(d) and s != TABLES[d][0] for s in x["evidence"]) \
                    and TABLES[d][0] not in x["evidence"]:
                err(f"{x['id']} table / list evidence without the header row")
    out = []
    counts(qs, cs, out)
    check_corpus(out)
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK characters")
        if not 1300 <= n <= 3200:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


# ====================================================================== corpus: simple extractors
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CN = "一二三四五六七八九十"


def _ptext(p):
    out = []
    for el in p.iter():
        if el.tag == WNS + "t":
            out.append(el.text or "")
        elif el.tag == WNS + "tab":
            out.append("\t")
        elif el.tag in (WNS + "br", WNS + "cr"):
            out.append("\n")
    return "".join(out)


def docx_blocks(z):
    """Body paragraphs and table rows (cells joined by " | ", a vertically merged cell repeated, a horizontally merged
    cell once) in document order, then the footnote texts."""
    from lxml import etree
    body = etree.fromstring(z.read("word/document.xml")).find(WNS + "body")
    out = []
    for el in body:
        if el.tag == WNS + "p":
            t = _ptext(el)
            if t.strip():
                out.append(t)
        elif el.tag == WNS + "tbl":
            above = {}
            for tr in el.findall(WNS + "tr"):
                cells, col = [], 0
                for tc in tr.findall(WNS + "tc"):
                    pr = tc.find(WNS + "tcPr")
                    span, vm = 1, None
                    if pr is not None:
                        gs = pr.find(WNS + "gridSpan")
                        span = int(gs.get(WNS + "val")) if gs is not None else 1
                        v = pr.find(WNS + "vMerge")
                        vm = (v.get(WNS + "val") or "continue") if v is not None else None
                    txt = "".join(_ptext(p) for p in tc.findall(WNS + "p"))
                    if vm == "continue":
                        txt = above.get(col, "")
                    above[col] = txt
                    cells.append(txt)
                    col += span
                out.append(SEP.join(cells))
    notes = etree.fromstring(z.read("word/footnotes.xml"))
    for fn in notes.findall(WNS + "footnote"):
        if int(fn.get(WNS + "id")) >= 1:
            out.append("".join(_ptext(p) for p in fn.findall(WNS + "p")).strip())
    return out


class LeafSections(HTMLParser):
    """Text of every innermost <section> inside div#js_content (spans and tags inside it concatenated)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.out, self.depth, self.inside, self.splits, self.prev = [], [], 0, False, 0, ""

    def handle_starttag(self, tag, attrs):
        if tag == "div" and dict(attrs).get("id") == "js_content":
            self.inside, self.depth = True, 0
        if not self.inside:
            return
        if tag == "div":
            self.depth += 1
        if tag == "section":
            if self.stack:
                self.stack[-1][1] = True
            self.stack.append([[], False])

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "div":
            self.depth -= 1
            if self.depth == 0:
                self.inside = False
        if tag == "section" and self.stack:
            parts, has_child = self.stack.pop()
            t = "".join(parts).replace("\xa0", " ").strip()
            if not has_child and t:
                self.out.append(t)

    def handle_data(self, data):
        if self.inside and self.stack:
            if self.stack[-1][0] and re.search(r"[\d.]$", self.prev) and re.match(r"[\d.]", data):
                self.splits += 1  # a figure split across two tags
            self.stack[-1][0].append(data)
            self.prev = data


def pdf_pages(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return r, [[ln.strip() for ln in pg.extract_text().split("\n")] for pg in r.pages]


# ====================================================================== corpus checks
def check_docx(path, out):
    from lxml import etree
    z = zipfile.ZipFile(path)
    for info in z.infolist():
        if info.date_time != MC.DOCX_DATE:
            err(f"docx entry {info.filename} dated {info.date_time}")
    if docx_blocks(z) != PARAS[Y5]:
        err("docx paragraphs / table rows / footnotes differ from the source")
    doc = etree.fromstring(z.read("word/document.xml"))
    numbered, rendered, c0, c1 = [], [], 0, 0
    for p in doc.iter(WNS + "p"):
        ppr = p.find(WNS + "pPr")
        npr = ppr.find(WNS + "numPr") if ppr is not None else None
        if npr is None:
            continue
        lvl = int(npr.find(WNS + "ilvl").get(WNS + "val"))
        nid = npr.find(WNS + "numId").get(WNS + "val")
        t = _ptext(p)
        if nid != str(MC.NUM_ID) or ppr.find(WNS + "pStyle") is not None:
            err(f"docx heading {t}: numId {nid} / has a paragraph style")
        if re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", t):
            err(f"docx heading text carries its number: {t}")
        if lvl == 0:
            c0, c1 = c0 + 1, 0
            rendered.append(f"{CN[c0 - 1]}、{t}")
        else:
            c1 += 1
            rendered.append(f"（{CN[c1 - 1]}）{t}")
        numbered.append(t)
    if sorted(numbered) != sorted(MC.DOCX_PARTS + MC.DOCX_SECTIONS):
        err(f"docx numbered paragraphs {numbered}")
    for want in ["一、2024年工作回顾", "（一）商贸消费稳步回暖", "（五）民生福祉不断增进", "二、2025年目标任务",
                 "三、2025年重点工作", "（一）提振商贸消费", "（五）增进民生福祉", "四、建设人民满意政府"]:
        if want not in rendered:
            err(f"docx rendered numbering lacks {want}")
    numx = z.read("word/numbering.xml").decode("utf-8")
    m = re.search(rf'<w:abstractNum [^>]*w:abstractNumId="{MC.NUM_ID}">(.*?)</w:abstractNum>', numx, re.S)
    if not m or not re.search(r'w:ilvl="0">.*?chineseCounting.*?w:lvlText w:val="%1、"', m.group(1), re.S) \
            or not re.search(r'w:ilvl="1">.*?chineseCounting.*?w:lvlText w:val="（%2）"', m.group(1), re.S):
        err("docx numbering.xml lacks the chineseCounting levels")
    if not re.search(rf'<w:num [^>]*w:numId="{MC.NUM_ID}"><w:abstractNumId w:val="{MC.NUM_ID}"/>', numx):
        err("docx numbering.xml lacks the w:num")
    docx_xml = z.read("word/document.xml").decode("utf-8")
    refs = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', docx_xml)
    fnx = z.read("word/footnotes.xml").decode("utf-8")
    ids = re.findall(r'<w:footnote (?:w:type="\w+" )?w:id="(-?\d+)"', fnx)
    if refs != ["1", "2", "3", "4", "5"] or ids != ["-1", "0", "1", "2", "3", "4", "5"]:
        err(f"docx footnotes: refs {refs}, notes {ids}")
    if "footnotes.xml" not in z.read("word/_rels/document.xml.rels").decode() or \
            "/word/footnotes.xml" not in z.read("[Content_Types].xml").decode() or \
            "<w:footnotePr>" not in z.read("word/settings.xml").decode():
        err("docx footnotes part not wired (rels / content types / settings)")
    if docx_xml.count("<w:tbl>") != 1 or docx_xml.count('<w:vMerge w:val="restart"/>') < 3 \
            or docx_xml.count('<w:gridSpan w:val="5"/>') != 1:
        err("docx table: expected one table, >= 3 vertical merges, one 5-column horizontal merge")
    before = docx_xml.split("<w:tbl>")[0]
    if not re.sub(r"<[^>]+>", "", before.rsplit("<w:p>", 1)[-1]).endswith("见下表。"):
        err("docx table does not follow the paragraph that points to it")
    core = z.read("docProps/core.xml").decode("utf-8")
    if "贵阳市云岩区2025年政府工作报告" not in core:
        err("docx core title")
    out.append(f"docx: {len(z.infolist())} zip entries, {len(numbered)} auto-numbered headings, {len(refs)} footnotes, "
               f"one merged-cell table; rendered {rendered[0]} … {rendered[-1]}")


def check_pdf(path, out):
    r, pages = pdf_pages(path)
    body = []
    for n, (pg, lines) in enumerate(zip(r.pages, pages), 1):
        if abs(float(pg.mediabox.width) - 595.28) > 1 or abs(float(pg.mediabox.height) - 841.89) > 1:
            err(f"pdf page {n} not A4")
        foot = f"－ {n} －"
        if MC.PDF_HEAD not in lines or foot not in lines:
            err(f"pdf page {n}: running header / page number missing")
        body.append([ln for ln in lines if ln and ln not in (MC.PDF_HEAD, foot)])
    if MC.PDF_TITLE not in pages[0]:
        err("pdf: spaced-out title missing")
    flat = re.sub(r"\s+", "", "".join("".join(b) for b in body))
    for p in PARAS[Y6]:
        if re.sub(r"\s+", "", p) not in flat:
            err(f"pdf text lacks paragraph: {p[:30]}")
    lines = [ln for b in body for ln in b]
    dig = r"[\d０-９.．]"
    breaks = [(a[-6:], b[:6]) for a, b in zip(lines, lines[1:]) if re.search(dig + "$", a) and re.match(dig, b)]
    if len(breaks) < 3:
        err(f"pdf: only {len(breaks)} line breaks inside a number")
    flatp = [re.sub(r"\s+", "", p) for p in PARAS[Y6]]
    runon = sum(1 for a, b in zip(body, body[1:])
                if any(re.sub(r"\s+", "", a[-1] + b[0]) in p for p in flatp))
    if runon < 1:
        err("pdf: no paragraph runs on over a page break")
    if "７１２" not in flat or "％" not in flat:
        err("pdf: full-width digits / percent signs missing")
    meta = r.metadata or {}
    if meta.get("/Title") != "贵阳市云岩区2026年政府工作报告" or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {len(r.pages)} pages, {len(breaks)} line breaks inside numbers {breaks}, "
               f"{runon} paragraphs running on over a page break")


def check_html(path, out):
    raw = path.read_bytes()
    t = raw.decode("utf-8")
    if 'charset=UTF-8' not in t or "<!-- saved from url=" not in t:
        err("html: no UTF-8 declaration / saved-from comment")
    m = re.search(r'<div class="rich_media_content[^"]*" id="js_content"[^>]*>(.*?)</div>\s*<div class="ct_mpda_wrp"',
                  t, re.S)
    if not m:
        err("html: js_content not found")
        return
    content = m.group(1)
    if re.search(r"<p[\s>]", content) or "<table" in content:
        err("html: <p> or <table> inside the article")
    imgs = re.findall(r"<img [^>]*>", t)
    if len(imgs) < 4 or any("data-src=" not in i or re.search(r"\ssrc=", i) for i in imgs):
        err("html: images must carry data-src only")
    for piece in ["点击蓝字", "关注我们", "来源：", "编辑：", "审核：", "阅读原文", "在看", "赞", "往期推荐", "写留言",
                  "云岩区2026年政府工作报告全文发布", "观山湖区2025年政府工作报告全文", 'id="js_name"', "publish_time"]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    ps = LeafSections()
    ps.feed(t)
    got = [x for x in ps.out if x not in MC.WX_FURNITURE]
    if got != PARAS[G6]:
        err("html leaf-section texts differ from the source paragraphs")
    missing = [f for f in MC.WX_FURNITURE if f not in ps.out]
    if missing:
        err(f"html furniture sections missing: {missing}")
    nspan = content.count("<span")
    if nspan < 300 or ps.splits < 5:
        err(f"html: only {nspan} spans / {ps.splits} figures split across tags")
    out.append(f"html: {len(raw)} bytes UTF-8, {content.count('<section')} sections, {nspan} spans, "
               f"{len(imgs)} data-src images, {len(got)} report paragraphs + {len(ps.out) - len(got)} furniture "
               f"sections, {ps.splits} figures split across tags")


def check_corpus(out):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir())
    if files != CORPUS:
        err(f"corpus files {files}")
    with tempfile.TemporaryDirectory() as tmp:
        MC.OUT = Path(tmp)
        MC.build_docx()
        MC.build_pdf()
        MC.build_html()
        bad = [n for n in CORPUS if (Path(tmp) / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py")
        if not bad:
            out.append("corpus: all three files reproduced byte for byte by make_corpus.py (temporary rebuild)")
        sub = []
        check_docx(Path(tmp) / "yunyan-2025.docx", sub)
        check_pdf(Path(tmp) / "yunyan-2026.pdf", sub)
        check_html(Path(tmp) / "guanshanhu-2026.html", sub)
    check_docx(corpus / "yunyan-2025.docx", out)
    check_pdf(corpus / "yunyan-2026.pdf", out)
    check_html(corpus / "guanshanhu-2026.html", out)


if __name__ == "__main__":
    sys.exit(main())

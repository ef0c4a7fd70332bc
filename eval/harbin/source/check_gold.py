"""Self-check of the harbin eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/harbin/source/check_gold.py
Adapted from eval/xian/source/check_gold.py: period-anchor zones for the 2024 review / 2025 targets and plans
(nangang-2025), the 2025 review / “十四五” five-year record / “十五五” goals / 2026 targets and plans (nangang-2026) and
the 2025 review / HTML table / 2026 targets and plans (daoli-2026); a .docx draft with tracked changes (w:ins / w:del),
soft line breaks and comments; a PDF with a cover page, a contents page, alternating running headers, "- n -" page
numbers and an appendix; a GB2312 page of an old CMS with nested layout tables, <br> lines and one data table;
table-only figures; byte-reproducibility of the corpus (rebuilt into a temporary directory and compared) and text
extractability of the rebuilt files.
Prints counts and every error; exit code 1 if any error.
"""
import html as htmlmod
import importlib.util
import json
import re
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NG5, NG6, DL6 = "nangang-2025", "nangang-2026", "daoli-2026"
DOCS = [NG5, NG6, DL6]
BOTH = {NG5, NG6}
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 55, "near_topic": 45, "yesno": 30, "english": 30, "traditional": 10, "followup": 12,
          "compare_years": 8, "target_result": 8, "other_scope": 10, "no_place": 8, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
NG_MARK = ["南岗", "南崗", "南港", "楠岗", "Nangang", "nangang", "哈西", "马家沟", "馬家溝", "马家河", "Majiagou", "果戈里",
           "和兴路", "和興路", "大成街道", "红军街", "紅軍街"]
DL_MARK = ["道里", "道裡", "道裏", "到里", "Daoli", "daoli", "兆麟里", "兆林里", "中央大街", "江畔冰灯", "江畔冰燈", "群力",
           "安静街道", "安靜街道", "太平镇", "新发镇", "松花江道里段"]
OTHER_MARK = ["哈尔滨", "哈爾濱", "黑龙江", "黑龍江", "香坊", "道外", "松北", "平房", "呼兰", "阿城", "双城", "Harbin",
              "Heilongjiang", "Songbei", "Daowai", "Xiangfang"]
PLACE_MARK = NG_MARK + DL_MARK
SEP = " | "
# doc: (header row, prefixes of the table-only rows)
TABLES = {DL6: ("指标 | 单位 | 2025年 | 比上年增长（%）",
                ("规模以上工业增加值 |", "对俄进出口总额 |", "城镇居民人均可支配收入 |", "农村居民人均可支配收入 |"))}
NUM_RE = re.compile(r"\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區裡裏臺灣島門東遊總億項簽學濃創業產資萬術國際醫實計劃為於辦類與們過達幾麼這開來長標觀"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號糧鐵線運營額規養張個務態價鄉縣鎮鳴種積擴綜後將崗溝熱燈華"
                     r"網條廳對嗎車費電雙麵壓鬆閱]")
CORPUS = ["daoli-2026.html", "nangang-2025.docx", "nangang-2026.pdf"]

errors = []


def err(msg):
    errors.append(msg)


def paragraphs(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: paragraphs(d) for d in DOCS}


def in_doc(s, doc):
    return any(s in p for p in PARAS[doc])


def idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


# (doc, first para, end para (exclusive), anchors, own-period words): an evidence string in a zone needs one of the
# anchors among the item's evidence unless it names the period itself. Written independently of build_gold.py.
Y24 = ["一、2024年工作回顾", "2024年是实现“十四五”规划目标任务的关键一年", "2024年，我们主要做了以下工作"]
N25 = ["一、2025年工作和“十四五”发展回顾", "对照区十七届人大四次会议确定的目标"]
D25 = ["一、2025年工作回顾", "2025年，我们主要做了以下工作", "2025年是“十四五”规划收官之年。一年来"]
ZONES = [
    (NG5, idx(NG5, "2024年是实现"), idx(NG5, "二、2025年目标任务"), Y24, ["2024"]),
    (NG5, idx(NG5, "2025年是“十四五”"), idx(NG5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (NG5, idx(NG5, "——做强数字经济和科技创新"), idx(NG5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (NG5, idx(NG5, "2024年，“南岗快办”"), idx(NG5, "2024年，“南岗快办”") + 1,
     ["2024年，“南岗快办”上线事项达到560项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
    (NG6, idx(NG6, "过去一年，面对"), idx(NG6, "回顾“十四五”这五年"), N25, ["2025"]),
    (NG6, idx(NG6, "回顾“十四五”这五年"), idx(NG6, "各位代表！成绩来之不易"), ["回顾“十四五”这五年"], ["五年", "2020"]),
    (NG6, idx(NG6, "各位代表！成绩来之不易"), idx(NG6, "二、“十五五”"), N25[:1], ["2025"]),
    (NG6, idx(NG6, "展望“十五五”"), idx(NG6, "展望“十五五”") + 1, ["展望“十五五”，到2030年"], ["2030", "十五五"]),
    (NG6, idx(NG6, "2026年是“十五五”"), idx(NG6, "三、2026年重点工作"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (NG6, idx(NG6, "（一）做强数字经济"), idx(NG6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (NG6, idx(NG6, "2025年，“南岗快办”"), idx(NG6, "2025年，“南岗快办”") + 1,
     ["2025年，“南岗快办”上线事项达到668项", "2026年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
    (DL6, idx(DL6, "2025年是“十四五”"), idx(DL6, "指标 |"), D25, ["2025"]),
    (DL6, idx(DL6, "指标 |"), idx(DL6, "对照区十八届"), [TABLES[DL6][0]], []),
    (DL6, idx(DL6, "对照区十八届"), idx(DL6, "二、2026年工作安排"), D25[:2], ["2025"]),
    (DL6, idx(DL6, "2026年是“十五五”"), idx(DL6, "围绕上述目标"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (DL6, idx(DL6, "——做强冰雪旅游"), idx(DL6, "三、加强政府自身建设"),
     ["二、2026年工作安排", "围绕上述目标，重点抓好以下五个方面工作"], ["2026"]),
    (DL6, idx(DL6, "2025年，“道里e办”"), idx(DL6, "2025年，“道里e办”") + 1,
     ["2025年，“道里e办”上线事项达到486项", "2026年，我们将深化“放管服”改革"], ["2025", "2026"]),
]


def check_year_anchor(it, docs, where):
    docs = docs if isinstance(docs, list) else [docs]
    ev = it["evidence"]
    for s in ev:
        for d in docs:
            for i, p in enumerate(PARAS[d]):
                if s not in p:
                    continue
                for zd, a, b, anchors, own in ZONES:
                    if zd != d or not a <= i < b or s in anchors or any(w in s for w in own):
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
        err(f"{where} a list doc must be the two Nangang reports: {docs}")
    matched = set()
    for s in it["evidence"]:
        if not isinstance(s, str) or not s:
            err(f"{where} bad evidence {s!r}")
            continue
        hits = [d for d in docs if in_doc(s, d)]
        if not hits:
            err(f"{where} evidence not in {docs} (one paragraph): {s}")
        matched.update(hits)
        if len(docs) > 1 and len(hits) > 1:
            err(f"{where} evidence string occurs in both docs of a list-doc item: {s[:30]}")
    if len(docs) > 1 and matched != set(docs):
        err(f"{where} list doc without evidence in each doc: {docs} matched {sorted(matched)}")
    check_year_anchor(it, docs, where)


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def table_rows(doc):
    return [p for p in PARAS[doc] if SEP in p]


def is_table_only(s):
    return any(s in table_rows(d) and s.startswith(TABLES[d][1]) for d in TABLES)


def main():
    qs = load("harbin_questions_dev.jsonl", QFIELDS) + load("harbin_questions_blind.jsonl", QFIELDS)
    cs = load("harbin_claims_dev.jsonl", CFIELDS) + load("harbin_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"hb-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"hbc-\d{3}", x["id"]):
            err(f"bad claim id {x['id']}")
    for text, n in Counter([x["question"] for x in qs] + [x["claim"] for x in cs]).items():
        if n > 1:
            err(f"duplicate text {text}")

    # ---------------- questions
    for x in qs:
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
                continue
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
            err(f"{w} {t} must use both Nangang reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")

    # ---------------- claims
    prose = [nfkc(p) for d in DOCS for p in PARAS[d] if SEP not in p]

    def in_prose(num):
        pat = re.compile(r"(?<![\d.])" + re.escape(nfkc(num)) + r"(?![\d.])")
        return [p for p in prose if pat.search(p)]

    for x in cs:
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
                continue
            head, only = TABLES[x["doc"]]
            if x["label"] != "not_found" and head not in x["evidence"]:
                err(f"{w} table_figure evidence without the header row")
            for s in x["evidence"]:
                if s not in table_rows(x["doc"]):
                    err(f"{w} table_figure evidence is not a table row: {s}")
                elif s != head and not s.startswith(only):
                    err(f"{w} table_figure evidence is a row that repeats prose figures: {s}")

    # ---------------- table-only rows: their figures occur in no prose paragraph of any report (NFKC);
    # the figures of the other rows do occur in prose
    for d, (head, only) in TABLES.items():
        rows = table_rows(d)
        if rows[0] != head:
            err(f"{d} table header row")
        ncol = len(head.split(SEP))
        for row in rows[1:]:
            cells = row.split(SEP)
            if len(cells) != ncol:
                err(f"{d} table row with {len(cells)} cells: {row}")
            nums = NUM_RE.findall(" ".join(cells[1:]))
            if row.startswith(only):
                for num in nums:
                    for p in in_prose(num):
                        err(f"table-only figure {num} ({cells[0]}) also occurs in prose: {p[:20]}")
            else:
                for num in nums:
                    if not in_prose(num):
                        err(f"prose-repeating row figure {num} ({cells[0]}) not in prose")
        if not any(r.startswith(only) for r in rows):
            err(f"{d} no table-only row found")
    for d in DOCS:
        if d not in TABLES and table_rows(d):
            err(f"{d} has table rows but is not a table doc")

    table_only_q = [x for x in qs if x["answerable"] and any(is_table_only(s) for s in x["evidence"])]
    for x in qs + cs:
        if not x["evidence"]:
            continue
        docs = x["doc"] if isinstance(x["doc"], list) else [x["doc"]]
        for d in docs:
            if d in TABLES and any(s in table_rows(d) for s in x["evidence"]) and TABLES[d][0] not in x["evidence"]:
                err(f"{x['id']} table evidence without the header row")

    # ---------------- counts
    out = []
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
    if nd + nb < 250:
        err("fewer than 250 questions")
    out.append(f"questions answerable only from a table (table-only rows): {len(table_only_q)} "
               + str(dict(Counter(x['type'] for x in table_only_q))))
    if len(table_only_q) < 6:
        err("fewer than 6 table questions")
    fy = [x for x in qs if any("五年" in s or "2020" in s for s in x["evidence"])]
    out.append(f"questions on the “十四五” five-year record: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, "
               f"with CJK/ASCII punctuation {sum(1 for x in msg if re.search(r'[，。？！?,.]', x['question']))}")
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
        if sum(dv) + sum(bl) < 8:
            err(f"kind {kd} has fewer than 8 claims")
        for lab, n in zip(("supported", "refuted", "not_found"), dv):
            tot[("dev", lab)] += n
        for lab, n in zip(("supported", "refuted", "not_found"), bl):
            tot[("blind", lab)] += n
    dsum = [tot[("dev", lab)] for lab in ("supported", "refuted", "not_found")]
    bsum = [tot[("blind", lab)] for lab in ("supported", "refuted", "not_found")]
    out.append(f"  total dev {sum(dsum)} ({'/'.join(map(str, dsum))}) blind {sum(bsum)} ({'/'.join(map(str, bsum))}); "
               f"labels {dict(Counter(x['label'] for x in cs))}")
    if len(cs) < 190:
        err("fewer than 190 claims")
    if cs and not 0.35 <= sum(dsum) / len(cs) <= 0.55:
        err(f"claim dev share {sum(dsum) / len(cs):.2f}")
    out.append("claims by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in cs))))

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


# ====================================================================== corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_accepted_paragraphs(path):
    """Accepted reading of the draft: w:t of normal and inserted runs, w:delText skipped, soft breaks as "\\n"."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter(W + "t", W + "br", W + "delText"):
            if el.tag == W + "t":
                buf.append(el.text or "")
            elif el.tag == W + "br":
                buf.append("\n")
        paras.append("".join(buf))
    return z, root, paras


def check_docx(path, out):
    mc = load_make_corpus()
    z, root, paras = docx_accepted_paragraphs(path)
    src = PARAS[NG5]
    flat = [p.replace("\n", "") for p in paras if p.strip()]
    if flat != src:
        err("docx accepted paragraphs (soft breaks removed) differ from the source paragraphs")
    n_ins = len(list(root.iter(W + "ins")))
    n_del = len(list(root.iter(W + "del")))
    dels = ["".join(t.text or "" for t in d.iter(W + "delText")) for d in root.iter(W + "del")]
    inss = ["".join(t.text or "" for t in d.iter(W + "t")) for d in root.iter(W + "ins")]
    want_del = [old for _c, _n, old in mc.EDITS if old]
    want_ins = [new for _c, new, _o in mc.EDITS if new]
    if sorted(dels) != sorted(want_del) or sorted(inss) != sorted(want_ins):
        err(f"docx tracked changes differ from EDITS: del {dels} ins {inss}")
    for ctx, new, old in mc.EDITS:
        if old and any(ctx + old in p for p in src):
            err(f"docx: deleted text '{old}' reads as accepted source text")
        if not new:
            # deletion-only text: its figures are not in the accepted report at that place
            if any(old.lstrip("，") in p for p in src):
                err(f"docx: deletion-only text '{old}' is in the source")
    if n_ins < 5 or n_del < 5:
        err(f"docx has only {n_ins} insertions / {n_del} deletions")
    brk = sum(p.count("\n") for p in paras)
    num_brk = len([1 for p in paras for m in re.finditer(r"\d\n[\d.]|\d\.\n\d", p)])
    if brk < 20 or num_brk < 1:
        err(f"docx: {brk} soft breaks, {num_brk} inside a number")
    # python-docx's paragraph.text skips the runs inside <w:ins>: show that the quirk is real
    from docx import Document
    d = Document(str(path))
    lost = sum(1 for p, s in zip(d.paragraphs, paras) if p.text.replace("\n", "") != s.replace("\n", ""))
    coms = z.read("word/comments.xml").decode("utf-8")
    ctexts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", coms)
    if len(re.findall(r"<w:comment ", coms)) != len(mc.COMMENTS):
        err("docx: wrong number of comments")
    for _span, text, _a, _i in mc.COMMENTS:
        if text not in ctexts:
            err(f"docx: comment text missing: {text[:20]}")
        for num in NUM_RE.findall(text):
            if num in ("2023",):
                continue
            hits = [p for d_ in DOCS for p in PARAS[d_] if re.search(r"(?<![\d.])" + re.escape(num) + r"(?![\d.])", p)]
            if hits:
                err(f"docx: comment figure {num} also occurs in report text: {hits[0][:20]}")
    docxml = z.read("word/document.xml").decode("utf-8")
    if docxml.count("<w:commentRangeStart") != len(mc.COMMENTS):
        err("docx: comment ranges missing")
    if "<w:trackRevisions/>" not in z.read("word/settings.xml").decode("utf-8"):
        err("docx: trackRevisions not set")
    cp = d.core_properties
    if not cp.title.startswith("哈尔滨市南岗区2025年政府工作报告") or not cp.author or not cp.subject:
        err("docx core properties")
    out.append(f"docx: {len(flat)} paragraphs = source (accepted reading), {n_ins} w:ins / {n_del} w:del, "
               f"{brk} soft breaks ({num_brk} inside a number), {len(mc.COMMENTS)} comments; python-docx "
               f"paragraph.text differs from the accepted reading in {lost} paragraphs")


def check_pdf(path, out):
    from pypdf import PdfReader
    mc = load_make_corpus()
    r = PdfReader(str(path))
    pages = [[ln.strip() for ln in pg.extract_text().split("\n") if ln.strip()] for pg in r.pages]
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4")
    if pages[0] != mc.PDF_COVER:
        err(f"pdf cover page is not title / meeting / date only: {pages[0]}")
    toc = pages[1]
    if toc[0] != "目　录":
        err("pdf: contents page has no 目　录 title")
    heads = [p for p in PARAS[NG6] if re.match(r"^[一二三四五六七八九十]+、", p) or p == "附件：名词解释"]
    body = pages[2:]
    for h in heads:
        if h not in toc:
            err(f"pdf contents lacks {h}")
            continue
        k = toc.index(h)
        num = toc[k + 2] if k + 2 < len(toc) else ""
        if not re.fullmatch(r"\.{10,}", toc[k + 1]) or not num.isdigit():
            err(f"pdf contents entry without dotted leader / page number: {h}")
            continue
        pgn = int(num)
        if not 1 <= pgn <= len(body) or h not in body[pgn - 1]:
            err(f"pdf contents page number {pgn} wrong for {h}")
    body_lines = []
    for n, lines in enumerate(body, 1):
        head = mc.PDF_HEAD_ODD if n % 2 else mc.PDF_HEAD_EVEN
        foot = f"- {n} -"
        if head not in lines or foot not in lines:
            err(f"pdf body page {n}: no running header {head} / footer {foot}")
        body_lines += [ln for ln in lines if ln not in (mc.PDF_HEAD_ODD, mc.PDF_HEAD_EVEN, foot)]
    if not body[-1] or "附件：名词解释" not in body[-1][:3]:
        err("pdf: the appendix does not open the last page")
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS[NG6]:
        if re.sub(r"\s+", "", p) not in flat:
            err(f"pdf text lacks paragraph: {p[:30]}")
    num_breaks = [(a[-8:], b[:8]) for a, b in zip(body_lines, body_lines[1:])
                  if re.search(r"\d$", a) and re.match(r"[\d.]", b)]
    if len(num_breaks) < 2:
        err(f"pdf: only {len(num_breaks)} line breaks inside a number")
    meta = r.metadata or {}
    if meta.get("/Title") != "哈尔滨市南岗区2026年政府工作报告" or not meta.get("/Author") or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {len(r.pages)} pages (cover, contents, {len(body)} numbered), {len(num_breaks)} line breaks "
               f"inside numbers {num_breaks}")


def check_html(path, out):
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        err("html decodes as UTF-8 (should be GB2312)")
    except UnicodeDecodeError:
        pass
    t = raw.decode("gb2312")
    if '<META http-equiv=Content-Type content="text/html; charset=gb2312">' not in t:
        err("html: no charset=gb2312 in <META http-equiv>")
    if re.search(r"<meta\s+charset", t, re.I) or t.startswith("<?xml"):
        err("html declares its charset elsewhere too")
    if re.search(r"<p[\s>]", t, re.I):
        err("html has <p> tags")
    if "\r\n" not in t or "\n" in t.replace("\r\n", ""):
        err("html line ends are not CRLF")
    for piece in ["网站首页", "政务公开", "您现在的位置：", "发布日期：", "信息来源：", "浏览次数：", "【字体：", "【打印】",
                  "【关闭】", "【打印本页】", "【关闭窗口】", "附件下载：", ".doc</A>", ".pdf</A>", "上一篇：", "下一篇：",
                  "道里区2025年政府工作报告", "主办：", "承办：", "ICP备案：", "黑ICP备", "网站标识码", "<!-- saved from url="]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    m = re.search(r'<TD class=content id=fontzoom[^>]*>\r\n(.*?)</TD></TR>\r\n<TR><TD class=attach>', t, re.S)
    if not m:
        err("html: content cell not found")
        return
    before_cell = t[:m.start()]
    depth = len(re.findall(r"<TABLE", before_cell)) - len(re.findall(r"</TABLE>", before_cell))
    if depth < 3:
        err(f"html: content cell nested only {depth} tables deep")
    content = m.group(1)
    tables = re.findall(r"<TABLE.*?</TABLE>", content, re.S)
    if len(tables) != 1:
        err(f"html has {len(tables)} data tables in the content cell")
        return
    rows = [SEP.join(htmlmod.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                     for c in re.findall(r"<TD[^>]*>(.*?)</TD>", tr, re.S))
            for tr in re.findall(r"<TR>(.*?)</TR>", tables[0], re.S)]
    if rows != table_rows(DL6):
        err("html table rows differ from the source table rows")
    before, after = content.split(tables[0])

    def brlines(chunk):
        res = []
        for ln in re.split(r"<BR>", chunk):
            s = htmlmod.unescape(re.sub(r"<[^>]+>", "", ln)).replace("\xa0", " ").strip(" \u3000\r\n\t")
            if s:
                res.append(s)
        return res

    lb, la = brlines(before), brlines(after)
    if lb + la != [p for p in PARAS[DL6] if SEP not in p]:
        err("html <BR> lines differ from the source paragraphs")
    if not lb or not lb[-1].endswith("见下表。"):
        err("html: table does not follow the line that points to it")
    if "&ldquo;" not in content or "&mdash;" not in content or "\u3000\u3000" not in content or "&nbsp;" not in content:
        err("html: entity quotes / dashes or mixed indents missing")
    out.append(f"html: {len(raw)} bytes GB2312, {len(lb) + len(la)} <BR> report lines, table {len(rows)} rows x "
               f"{len(rows[0].split(SEP))} columns, content cell {depth} tables deep")


_MC = []


def load_make_corpus():
    if not _MC:
        spec = importlib.util.spec_from_file_location("make_corpus_ck", HERE / "make_corpus.py")
        mc = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mc)
        _MC.append(mc)
    return _MC[0]


def check_corpus(out):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir())
    if files != CORPUS:
        err(f"corpus files {files}")
    try:
        import pypdf  # noqa: F401
        import docx  # noqa: F401
    except ImportError:
        err("pypdf / python-docx missing: run with /work/main/.venv/bin/python")
        return
    mc = load_make_corpus()
    keep = mc.OUT
    with tempfile.TemporaryDirectory() as tmp:
        mc.OUT = Path(tmp)
        try:
            mc.build_docx()
            mc.build_pdf()
            mc.build_html()
        finally:
            mc.OUT = keep
        bad = [n for n in CORPUS if (Path(tmp) / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py")
        if not bad:
            out.append("corpus: all three files reproduced byte for byte by make_corpus.py (temporary rebuild)")
        sub = []
        check_docx(Path(tmp) / "nangang-2025.docx", sub)
        check_pdf(Path(tmp) / "nangang-2026.pdf", sub)
        check_html(Path(tmp) / "daoli-2026.html", sub)
        out.append("rebuilt corpus: text extractable and equal to the sources")
    check_docx(corpus / "nangang-2025.docx", out)
    check_pdf(corpus / "nangang-2026.pdf", out)
    check_html(corpus / "daoli-2026.html", out)


if __name__ == "__main__":
    sys.exit(main())

"""Self-check of the xiamen eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/xiamen/source/check_gold.py
Adapted from eval/changsha/source/check_gold.py: period-anchor zones for the 2024 review / text-drawn table / “十四五”
four-year record / 2025 targets and plans (siming-2025), the 2023 review / HTML table / 2024 targets and plans
(huli-2024) and the 2024 review / Word table / 2025 targets and plans (huli-2025); a PDF with a centred running header,
a "第 n 页" footer and a two-column indicator table drawn as text, a UTF-8 saved portal page with an HTML <table>, a
.docx whose headings are ordinary paragraphs and which holds one Word table; table-only figures; byte-reproducibility
of the corpus (rebuilt into a temporary directory and compared).
Prints counts and every error; exit code 1 if any error.
"""
import html as htmlmod
import importlib.util
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SM5, HL4, HL5 = "siming-2025", "huli-2024", "huli-2025"
DOCS = [SM5, HL4, HL5]
BOTH = {HL4, HL5}
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
SM_MARK = ["思明", "思名", "Siming", "siming", "鹭音岛", "鷺音島", "沙港尾", "厦港街道", "鹭江金融集聚区", "鹭江街道"]
HL_MARK = ["湖里", "胡里", "湖裡", "Huli", "huli", "五缘湾", "五緣灣", "Wuyuan", "东渡", "東渡", "Dongdu", "殿前", "禾山",
           "江头街道", "鹭门国际邮轮中心", "鷺門國際郵輪中心"]
OTHER_MARK = ["集美", "海沧", "同安", "翔安", "厦门", "福建", "Xiamen", "Fujian", "Jimei", "Haicang", "Tong'an",
              "Xiang'an"]
PLACE_MARK = SM_MARK + HL_MARK
SEP = " | "
# doc: (header row, prefixes of the table-only rows)
TABLES = {SM5: ("指标 | 2024年完成情况",
                ("规模以上工业增加值 |", "金融业增加值 |", "外贸进出口总额 |", "居民人均可支配收入 |")),
          HL4: ("主要指标 | 单位 | 2023年 | 比上年增长（%）",
                ("规模以上工业增加值 |", "其中：出口 |", "居民人均可支配收入 |")),
          HL5: ("指标名称 | 单位 | 2024年 | 增速（%）",
                ("规模以上工业增加值 |", "其中：跨境电商进出口 |", "居民人均可支配收入 |"))}
NUM_RE = re.compile(r"\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區裡臺灣島門東遊總億項簽學濃創業產資萬術國際醫實際計劃為於辦類與們過達幾麼這開來長標觀"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號郵輪億簽約齡養張個營務費態價鄉縣鎮]")

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
ZONES = [
    (SM5, idx(SM5, "2024年是实现"), idx(SM5, "指标 |"),
     ["一、2024年工作回顾", "2024年是实现“十四五”规划目标任务的关键一年"], ["2024"]),
    (SM5, idx(SM5, "指标 |"), idx(SM5, "对照区十八届"), [TABLES[SM5][0]], []),
    (SM5, idx(SM5, "对照区十八届"), idx(SM5, "回顾“十四五”以来的四年"),
     ["一、2024年工作回顾", "2024年，我们主要做了以下工作", "2024年是实现“十四五”规划目标任务的关键一年"], ["2024"]),
    (SM5, idx(SM5, "回顾“十四五”以来的四年"), idx(SM5, "各位代表！成绩来之不易"), ["回顾“十四五”以来的四年"],
     ["四年", "2020"]),
    (SM5, idx(SM5, "各位代表！成绩来之不易"), idx(SM5, "二、2025年目标任务"),
     ["一、2024年工作回顾", "2024年是实现“十四五”规划目标任务的关键一年"], ["2024"]),
    (SM5, idx(SM5, "2025年是“十四五”"), idx(SM5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (SM5, idx(SM5, "——做强金融和数字经济"), idx(SM5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (SM5, idx(SM5, "2024年，“思明速办”"), idx(SM5, "2024年，“思明速办”") + 1, ["2024年，“思明速办”上线事项达到680项"],
     ["2024", "2025"]),
    (HL4, idx(HL4, "2023年是全面贯彻"), idx(HL4, "主要指标 |"),
     ["一、2023年工作回顾", "2023年是全面贯彻党的二十大精神的开局之年"], ["2023"]),
    (HL4, idx(HL4, "主要指标 |"), idx(HL4, "2023年，我们主要"), [TABLES[HL4][0]], []),
    (HL4, idx(HL4, "2023年，我们主要"), idx(HL4, "二、2024年工作安排"),
     ["一、2023年工作回顾", "2023年，我们主要做了以下工作"], ["2023"]),
    (HL4, idx(HL4, "2024年是中华人民共和国"), idx(HL4, "围绕上述目标"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (HL4, idx(HL4, "——做强港口贸易"), idx(HL4, "三、加强政府自身建设"), ["二、2024年工作安排"], ["2024"]),
    (HL4, idx(HL4, "2023年，“湖好办”"), idx(HL4, "2023年，“湖好办”") + 1, ["2023年，“湖好办”上线事项达到416项"],
     ["2023", "2024"]),
    (HL5, idx(HL5, "过去一年，面对"), idx(HL5, "指标名称 |"), ["一、2024年工作回顾"], ["2024"]),
    (HL5, idx(HL5, "指标名称 |"), idx(HL5, "对照区十届"), [TABLES[HL5][0]], []),
    (HL5, idx(HL5, "对照区十届"), idx(HL5, "二、2025年目标任务"), ["一、2024年工作回顾"], ["2024"]),
    (HL5, idx(HL5, "2025年是“十四五”"), idx(HL5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (HL5, idx(HL5, "（一）建设航运贸易中心核心区"), idx(HL5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (HL5, idx(HL5, "2024年，“湖好办”"), idx(HL5, "2024年，“湖好办”") + 1, ["2024年，“湖好办”上线事项达到532项"],
     ["2024", "2025"]),
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
        err(f"{where} a list doc must be the two Huli reports: {docs}")
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
    qs = load("xiamen_questions_dev.jsonl", QFIELDS) + load("xiamen_questions_blind.jsonl", QFIELDS)
    cs = load("xiamen_claims_dev.jsonl", CFIELDS) + load("xiamen_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"xm-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"xmc-\d{3}", x["id"]):
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
            err(f"{w} {t} must use both Huli reports")
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
    fy = [x for x in qs if any("四年" in s or "2020" in s for s in x["evidence"])]
    out.append(f"questions on the “十四五” four-year record: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
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


def check_corpus(out):
    corpus = ROOT / "corpus"
    names = ["huli-2024.html", "huli-2025.docx", "siming-2025.pdf"]
    files = sorted(p.name for p in corpus.iterdir())
    if files != names:
        err(f"corpus files {files}")
    try:
        from pypdf import PdfReader
        from docx import Document
    except ImportError:
        err("pypdf / python-docx missing: run with /work/main/.venv/bin/python")
        return

    # ---- reproducibility: rebuild into a temporary directory and compare bytes
    spec = importlib.util.spec_from_file_location("make_corpus_ck", HERE / "make_corpus.py")
    mc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mc)
    with tempfile.TemporaryDirectory() as tmp:
        mc.OUT = Path(tmp)
        mc.build_pdf()
        mc.build_html()
        mc.build_docx()
        bad = [n for n in names if (Path(tmp) / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py")
    if not bad:
        out.append("corpus: all three files reproduced byte for byte by make_corpus.py")

    # ---- HTML (huli-2024, UTF-8 saved page)
    raw = (corpus / "huli-2024.html").read_bytes()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        err("html does not decode as UTF-8")
        return
    if "charset=UTF-8" not in t or "<!-- saved from url=" not in t:
        err("html: no UTF-8 charset declaration / saved-from comment")
    for piece in ["首页", "政府信息公开", "政府工作报告", "您现在的位置", "发布日期：", "来源：", "访问量：", "分享到：",
                  "相关链接", "ICP备", "网站标识码", "打印本页", "关闭窗口", "上一篇", "下一篇", "繁體版",
                  "2024年思明区政府工作报告", "2023年湖里区政府工作报告", "2024年集美区政府工作报告"]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    m = re.search(r'<div class="Custom_UnionStyle">(.*?)</div></div>\s*</div>\s*<div class="article-tools">', t, re.S)
    if not m:
        err("html: content div not found")
        return
    content = m.group(1)
    tables = re.findall(r"<table.*?</table>", content, re.S)
    if len(tables) != 1:
        err(f"html has {len(tables)} tables in the content")
        return
    rows = [SEP.join(htmlmod.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                     for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S))
            for tr in re.findall(r"<tr>(.*?)</tr>", tables[0], re.S)]
    if rows != table_rows(HL4):
        err("html table rows differ from the source table rows")
    before, after = content.split(tables[0])

    def ptexts(chunk):
        return [htmlmod.unescape(re.sub(r"<[^>]+>", "", p)).strip()
                for p in re.findall(r"<p[^>]*>(.*?)</p>", chunk, re.S)]

    pb, pa = ptexts(before), ptexts(after)
    if pb + pa != [p for p in PARAS[HL4] if SEP not in p]:
        err("html <p> texts differ from the source paragraphs")
    if not pb or not pb[-1].endswith("见下表。"):
        err("html: table does not follow the paragraph that points to it")
    out.append(f"html: {len(raw)} bytes UTF-8, {len(pb) + len(pa)} report paragraphs, table {len(rows)} rows x "
               f"{len(rows[0].split(SEP))} columns")

    # ---- DOCX (huli-2025)
    from docx.oxml.ns import qn
    doc = Document(str(corpus / "huli-2025.docx"))
    paras = [p for p in doc.paragraphs]
    if [p.text for p in paras] != [p for p in PARAS[HL5] if SEP not in p]:
        err("docx paragraphs differ from the source paragraphs")
    styles = Counter(p.style.name for p in paras)
    if set(styles) != {"Normal"}:
        err(f"docx uses other styles than Normal: {dict(styles)}")
    part_re = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
    heads = [p for p in paras if part_re.match(p.text) and len(p.text) < 30]
    if not heads or not all(all(r.bold for r in p.runs) for p in heads):
        err("docx: heading paragraphs are not bold")
    if len(doc.tables) != 1:
        err(f"docx has {len(doc.tables)} tables")
    else:
        trows = [SEP.join(c.text for c in r.cells) for r in doc.tables[0].rows]
        if trows != table_rows(HL5):
            err("docx table rows differ from the source table rows")
        body = list(doc.element.body.iterchildren())
        ti = [i for i, e in enumerate(body) if e.tag == qn("w:tbl")][0]
        prev = body[ti - 1]
        prev_text = "".join(x.text or "" for x in prev.iter(qn("w:t")))
        if not prev_text.endswith("见下表。"):
            err("docx: table does not follow the paragraph that points to it")
        out.append(f"docx: {len(paras)} paragraphs (styles {dict(styles)}), {len(heads)} bold heading paragraphs, "
                   f"table {len(trows)} rows x {len(trows[0].split(SEP))} columns")
    cp = doc.core_properties
    if cp.title != "厦门市湖里区2025年政府工作报告" or not cp.author or not cp.subject:
        err("docx core properties not set")

    # ---- PDF (siming-2025)
    head = "厦门市思明区2025年政府工作报告"
    r = PdfReader(str(corpus / "siming-2025.pdf"))
    body_lines = []
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4")
        lines = [ln.strip() for ln in pg.extract_text().split("\n")]
        foot = f"第 {n} 页"
        if head not in lines:
            err(f"pdf page {n}: no running header")
        if foot not in lines:
            err(f"pdf page {n}: no page number footer")
        body_lines += [ln for ln in lines if ln not in (head, foot)]
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS[SM5]:
        if re.sub(r"\s+", "", p.replace(SEP, "")) not in flat:
            err(f"pdf text lacks paragraph: {p[:30]}")
    cells = [c for row in table_rows(SM5) for c in row.split(SEP)]
    missing = [c for c in cells if c not in body_lines]
    if missing:
        err(f"pdf table cells not found as text lines: {missing}")
    num_breaks = [(a[-8:], b[:8]) for a, b in zip(body_lines, body_lines[1:])
                  if re.search(r"\d$", a) and re.match(r"[\d.]", b)]
    if len(num_breaks) < 3:
        err(f"pdf: only {len(num_breaks)} line breaks inside a number")
    meta = r.metadata or {}
    if meta.get("/Title") != "厦门市思明区2025年政府工作报告" or not meta.get("/Author") or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {len(r.pages)} pages, two-column table {len(table_rows(SM5))} rows drawn as text, "
               f"{len(num_breaks)} line breaks inside numbers {num_breaks}")


if __name__ == "__main__":
    sys.exit(main())

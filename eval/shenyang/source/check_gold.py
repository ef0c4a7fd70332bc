"""Self-check of the shenyang eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/shenyang/source/check_gold.py
Adapted from eval/xian/source/check_gold.py: period-anchor zones for the 2024 review / 2025 targets and plans
(heping-2025), the 2025 review / “十四五” five-year record and its text-drawn table / 2026 targets / “十五五” goals / 2026
plans (heping-2026) and the 2025 review / 2026 targets and plans (hunnan-2026); a .docx with soft line breaks, typed part
headings, bold lead-in section headings and an appendix; a PDF with a running header, "第 n 页 共 m 页" footers and one
two-column table drawn as text; a GBK portal page of table layout with <br>-separated paragraphs; table-only figures;
byte-reproducibility of the corpus (rebuilt into a temporary directory and compared) and text extractability of the
rebuilt files. Prints counts and every error; exit code 1 if any error.
"""
import html as htmlmod
import importlib.util
import io
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
H5, H6, HN = "heping-2025", "heping-2026", "hunnan-2026"
DOCS = [H5, H6, HN]
BOTH = {H5, H6}
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 70, "near_topic": 40, "yesno": 25, "english": 30, "traditional": 10, "followup": 12,
          "compare_years": 8, "target_result": 8, "other_scope": 10, "no_place": 8, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
HP_MARK = ["和平", "河平", "合平", "Heping", "heping", "盛京里", "盛京裡", "盛经里", "Shengjingli", "太原街", "Taiyuan Street",
           "南湖街道", "长白街道", "長白", "长白岛", "和盛数字经济产业园", "Hesheng"]
HN_MARK = ["浑南", "渾南", "混南", "浑男", "Hunnan", "hunnan", "棠梨湾", "棠梨弯", "Tangliwan", "白塔堡", "Baitabu",
           "五三街道"]
OTHER_MARK = ["沈阳市", "辽宁", "遼寧", "沈河", "皇姑", "铁西", "大东", "于洪", "苏家屯", "沈北", "辽中", "新民", "Shenyang",
              "Liaoning", "Shenhe", "Tiexi", "Huanggu"]
PLACE_MARK = HP_MARK + HN_MARK
SEP = " | "
# doc: (header row, prefixes of the table-only rows)
TABLES = {H6: ("指标 | “十四五”时期完成情况",
               ("固定资产投资 |", "社会消费品零售总额 |", "城镇居民人均可支配收入 |", "服务业增加值占比 |"))}
NUM_RE = re.compile(r"\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區裡臺灣島門東遊總億項簽學濃創業產資萬術國際醫實計劃為於辦類與們過達幾麼這開來長標觀"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號糧鐵號線運營額規養張個務態價鄉縣鎮鳴獼種積擴綜後將渾歷機產"
                     r"場條間經濟區億]")
PDF_HEAD = "沈阳市和平区人民政府工作报告"
CORPUS = ["heping-2025.docx", "heping-2026.pdf", "hunnan-2026.html"]

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
Y25 = ["一、2025年工作回顾", "2025年是“十四五”规划收官之年。一年来", "2025年，我们主要做了以下工作"]
ZONES = [
    (H5, idx(H5, "2024年是实现"), idx(H5, "二、2025年目标任务"), Y24, ["2024"]),
    (H5, idx(H5, "2025年是“十四五”"), idx(H5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (H5, idx(H5, "（一）做强金融商务"), idx(H5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (H5, idx(H5, "2024年，“和平易办”"), idx(H5, "2024年，“和平易办”") + 1,
     ["2024年，“和平易办”上线事项达到612项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
    (H6, idx(H6, "2025年是“十四五”规划收官之年。"), idx(H6, "回顾“十四五”这五年"), Y25, ["2025"]),
    (H6, idx(H6, "回顾“十四五”这五年"), idx(H6, "指标 |"), ["回顾“十四五”这五年"], ["五年", "2020"]),
    (H6, idx(H6, "指标 |"), idx(H6, "各位代表！成绩来之不易"), [TABLES[H6][0]], ["十四五"]),
    (H6, idx(H6, "各位代表！成绩来之不易"), idx(H6, "二、2026年目标任务"), Y25[:1], ["2025"]),
    (H6, idx(H6, "2026年是“十五五”"), idx(H6, "展望“十五五”"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (H6, idx(H6, "展望“十五五”"), idx(H6, "三、2026年重点工作"), ["展望“十五五”，到2030年"], ["2030"]),
    (H6, idx(H6, "——壮大金融商务"), idx(H6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (H6, idx(H6, "2025年，“和平易办”"), idx(H6, "2025年，“和平易办”") + 1,
     ["2025年，“和平易办”上线事项达到703项", "2026年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
    (HN, idx(HN, "过去一年，面对"), idx(HN, "二、2026年目标任务"), ["一、2025年工作回顾"], ["2025"]),
    (HN, idx(HN, "2026年是“十五五”"), idx(HN, "三、2026年重点工作"), ["2026年全区经济社会发展的主要预期目标是"], []),
    (HN, idx(HN, "（一）打造机器人产业高地"), idx(HN, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (HN, idx(HN, "2025年，“浑南快办”"), idx(HN, "2025年，“浑南快办”") + 1,
     ["2025年，“浑南快办”上线事项达到586项", "2026年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
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
        err(f"{where} a list doc must be the two Heping reports: {docs}")
    matched = set()
    for s in it["evidence"]:
        if not isinstance(s, str) or not s:
            err(f"{where} bad evidence {s!r}")
            continue
        hits = [d for d in docs if in_doc(s, d)]
        for d in hits:
            if sum(1 for p in PARAS[d] if s in p) > 1:
                err(f"{where} evidence string occurs in more than one paragraph of {d}: {s[:30]}")
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
    qs = load("shenyang_questions_dev.jsonl", QFIELDS) + load("shenyang_questions_blind.jsonl", QFIELDS)
    cs = load("shenyang_claims_dev.jsonl", CFIELDS) + load("shenyang_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"sy-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"syc-\d{3}", x["id"]):
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
            err(f"{w} {t} must use both Heping reports")
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
    if nd + nb < 300:
        err("fewer than 300 questions")
    out.append(f"questions answerable only from a table (table-only rows): {len(table_only_q)} "
               + str(dict(Counter(x['type'] for x in table_only_q))))
    if len(table_only_q) < 6:
        err("fewer than 6 table questions")
    fy = [x for x in qs if any("五年" in s or "2020" in s or s in table_rows(H6) for s in x["evidence"])]
    out.append(f"questions on the “十四五” five-year record (prose or table): {len(fy)} "
               + str(dict(Counter(x['type'] for x in fy))))
    if len(fy) < 10:
        err("fewer than 10 five-year questions")
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
    if len(cs) < 200:
        err("fewer than 200 claims")
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
DOCX_DATE = (2025, 1, 8, 9, 30, 0)
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_docx(path, out):
    import docx
    raw = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        for info in z.infolist():
            if info.date_time != DOCX_DATE:
                err(f"docx zip entry {info.filename} dated {info.date_time}")
    d = docx.Document(str(path))
    if d.tables:
        err("docx has a Word table (should have none)")
    paras = [p for p in d.paragraphs if p.text.strip()]
    texts = [p.text.replace("\n", "") for p in paras]
    if texts != PARAS[H5]:
        err("docx paragraph texts (line breaks removed) differ from the source paragraphs")
        for a, b in zip(texts, PARAS[H5]):
            if a != b:
                err(f"  first difference: {a[:40]} / {b[:40]}")
                break
    if any(p.style.name != "Normal" for p in paras):
        err("docx: a paragraph is not in the Normal style")
    # soft returns: <w:br/> inside body paragraphs, some inside numbers
    nbr, in_num, brpar = 0, [], 0
    for p in paras:
        if "\n" in p.text:
            brpar += 1
        pieces = p.text.split("\n")
        nbr += len(pieces) - 1
        for a, b in zip(pieces, pieces[1:]):
            if re.search(r"\d$", a) and re.match(r"[\d.]", b):
                in_num.append(a[-6:] + "|" + b[:6])
    if nbr < 30 or brpar < 8:
        err(f"docx: only {nbr} soft line breaks in {brpar} paragraphs")
    if len(in_num) < 3:
        err(f"docx: only {len(in_num)} soft line breaks inside a number")
    part_re = re.compile(r"^[一二三四五六七八九十]+、")
    sub_re = re.compile(r"^（[一二三四五六七八九十]+）")
    nparts = nsub = 0
    appendix = False
    for p in paras:
        t = p.text
        if t.startswith("附件："):
            appendix = True
            if not p.runs[0].bold:
                err("docx: appendix heading not bold")
            continue
        if part_re.match(t):
            nparts += 1
            if not p.runs[0].bold or len(p.runs) != 1:
                err(f"docx: part heading not one bold run: {t}")
        elif sub_re.match(t) and not appendix:
            nsub += 1
            r0 = p.runs[0]
            head = t.split("。", 1)[0] + "。"
            if not r0.bold or r0.text != head or len(p.runs) < 2 or any(r.bold for r in p.runs[1:]):
                err(f"docx: section lead-in is not a bold first run of the body paragraph: {t[:20]}")
    if nparts != 4 or nsub != 10:
        err(f"docx: {nparts} typed part headings, {nsub} bold lead-in section paragraphs (want 4 / 10)")
    if not appendix or not PARAS[H5][-4] == "附件：名词解释":
        err("docx: no final appendix block 附件：名词解释 with three definitions")
    cp = d.core_properties
    if cp.title != "沈阳市和平区2025年政府工作报告" or not cp.author or not cp.subject:
        err("docx core properties not set")
    out.append(f"docx: {len(paras)} paragraphs = source, {nbr} soft line breaks in {brpar} paragraphs, "
               f"{len(in_num)} inside numbers {in_num}, {nparts} typed part headings, {nsub} bold lead-ins, appendix")


def check_pdf(path, out):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    m = len(r.pages)
    pages = []
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4")
        lines = [ln.strip() for ln in pg.extract_text().split("\n") if ln.strip()]
        foot = f"第 {n} 页 共 {m} 页"
        if PDF_HEAD not in lines:
            err(f"pdf page {n}: no running header")
        if foot not in lines:
            err(f"pdf page {n}: no footer '{foot}'")
        pages.append([ln for ln in lines if ln not in (PDF_HEAD, foot)])
    body_lines = [ln for pg in pages for ln in pg]
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS[H6]:
        if SEP in p:
            continue
        if re.sub(r"\s+", "", p) not in flat:
            err(f"pdf text lacks paragraph: {p[:30]}")
    # the text-drawn table: every cell is a line of its own, row cells on consecutive lines, rows in order
    rows = table_rows(H6)
    cells = [c for row in rows for c in row.split(SEP)]
    pos = -1
    for c in cells:
        try:
            k = body_lines.index(c, pos + 1)
        except ValueError:
            err(f"pdf: table cell not a line of its own (in order): {c}")
            continue
        if pos >= 0 and k != pos + 1:
            err(f"pdf: table cell not on the line after the previous cell: {c}")
        pos = k
    num_breaks = [(a[-8:], b[:8]) for a, b in zip(body_lines, body_lines[1:])
                  if re.search(r"\d$", a) and re.match(r"[\d.]", b)]
    if len(num_breaks) < 3:
        err(f"pdf: only {len(num_breaks)} line breaks inside a number")
    runon = 0
    starts = [re.sub(r"\s+", "", p)[:12] for p in PARAS[H6]]
    for a, b in zip(pages, pages[1:]):
        if a and b and not any(re.sub(r"\s+", "", b[0]).startswith(s) for s in starts):
            joint = re.sub(r"\s+", "", a[-1] + b[0])
            if any(joint in re.sub(r"\s+", "", p) for p in PARAS[H6]):
                runon += 1
    if runon < 1:
        err("pdf: no paragraph runs on over a page break")
    meta = r.metadata or {}
    if meta.get("/Title") != "沈阳市和平区2025年政府工作报告".replace("2025", "2026") or not meta.get("/Author"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {m} pages, header + '第 n 页 共 {m} 页' on each, {runon} paragraphs run on over a page break, "
               f"table {len(rows)} rows x 2 (each cell its own line), {len(num_breaks)} line breaks inside numbers "
               f"{num_breaks}")


def check_html(path, out):
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        err("html decodes as UTF-8 (should be GBK)")
    except UnicodeDecodeError:
        pass
    t = raw.decode("gbk")
    low = t.lower()
    if not re.search(r'<meta http-equiv=content-type content="text/html; charset=gbk">', low):
        err("html: no GBK charset in <meta http-equiv>")
    if "<meta charset" in low or low.count("charset") != 1 or raw.startswith(b"\xef\xbb\xbf"):
        err("html: charset declared elsewhere than in the one <meta http-equiv> (or a BOM)")
    for piece in ["首 页", "走进浑南", "政务公开", "当前位置：", "发布日期：", "来源：", "点击数：", "分享到：", "微信",
                  "相关链接", "辽ICP备", "网站标识码", "打印本页", "关闭窗口", "繁体版", "无障碍浏览",
                  "和平区2026年政府工作报告", "浑南区2025年政府工作报告", "沈阳市2026年政府工作报告", "沈河区2026年政府工作报告",
                  "<!-- saved from url="]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    m = re.search(r"<!--ContentStart-->(.*?)<!--ContentEnd-->", t, re.S)
    if not m:
        err("html: content markers not found")
        return
    before = t[:m.start()]
    depth = len(re.findall(r"<TABLE", before)) - len(re.findall(r"</TABLE>", before))
    if depth < 3:
        err(f"html: article body is nested in only {depth} open tables")
    content = m.group(1)
    if re.search(r"<p[\s>]", content, re.I) or "<TABLE" in content.upper():
        err("html: article body has <p> or <table> inside")
    pieces = re.split(r"<br\s*/?>", content, flags=re.I)
    texts = []
    for piece in pieces:
        x = htmlmod.unescape(re.sub(r"<[^>]+>", "", piece)).replace("\xa0", " ").replace("\u3000", " ").strip()
        if x:
            texts.append(x)
    if texts != PARAS[HN]:
        err("html <br>-separated texts differ from the source paragraphs")
    nb, fw = content.count("&nbsp;&nbsp;&nbsp;&nbsp;"), content.count("\u3000\u3000")
    if nb < 5 or fw < 5:
        err(f"html: indents &nbsp;x4 {nb}, U+3000x2 {fw}")
    if "\r\n" not in t:
        err("html: no CRLF line ends")
    out.append(f"html: {len(raw)} bytes GBK, charset only in <meta http-equiv>, body in {depth} nested tables, "
               f"{len(texts)} <br>-separated paragraphs = source, indents &nbsp;x4 {nb} / U+3000x2 {fw}")


def check_corpus(out):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir())
    if files != CORPUS:
        err(f"corpus files {files}")
    try:
        import docx  # noqa: F401
        import pypdf  # noqa: F401
    except ImportError:
        err("python-docx / pypdf missing: run with /work/main/.venv/bin/python")
        return
    spec = importlib.util.spec_from_file_location("make_corpus_ck", HERE / "make_corpus.py")
    mc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mc)
    with tempfile.TemporaryDirectory() as tmp:
        mc.OUT = Path(tmp)
        mc.build_docx()
        mc.build_pdf()
        mc.build_html()
        bad = [n for n in CORPUS if (Path(tmp) / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py")
        if not bad:
            out.append("corpus: all three files reproduced byte for byte by make_corpus.py (temporary rebuild)")
        sub = []
        check_docx(Path(tmp) / "heping-2025.docx", sub)
        check_pdf(Path(tmp) / "heping-2026.pdf", sub)
        check_html(Path(tmp) / "hunnan-2026.html", sub)
        out.append("rebuilt corpus: text extractable and equal to the sources")
    check_docx(corpus / "heping-2025.docx", out)
    check_pdf(corpus / "heping-2026.pdf", out)
    check_html(corpus / "hunnan-2026.html", out)


if __name__ == "__main__":
    sys.exit(main())

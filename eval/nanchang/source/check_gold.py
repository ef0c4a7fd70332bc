"""Self-check of the nanchang eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/nanchang/source/check_gold.py
Adapted from eval/xian/source/check_gold.py: period-anchor zones for the 2023 review / Word table / 2024 targets and
plans (donghu-2024), the 2024 review / “十四五” four-year record / 2025 targets and plans (donghu-2025) and the 2024
review / 2025 targets and plans (xinjian-2025); a .docx with one Word table, a page header and a PAGE-field footer; a
PDF with a running header "南昌市东湖区人民政府 … 政府工作报告" and a "第 n 页" footer; a UTF-8 saved portal page whose
report paragraphs are separated by <br> in one content div; table-only figures; byte-reproducibility of the corpus
(rebuilt into a temporary directory and compared) and text extractability of the rebuilt files.
Prints counts and every error; exit code 1 if any error.
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
D4, D5, XJ = "donghu-2024", "donghu-2025", "xinjian-2025"
DOCS = [D4, D5, XJ]
BOTH = {D4, D5}
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 60, "near_topic": 50, "yesno": 30, "english": 40, "traditional": 10, "followup": 12,
          "compare_years": 8, "target_result": 8, "other_scope": 10, "no_place": 8, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
DH_MARK = ["东湖", "東湖", "冬湖", "Donghu", "donghu", "洪城里", "洪成里", "百花洲", "豫章街道", "贤士湖", "胜利路"]
XJ_MARK = ["新建", "心建", "新键", "Xinjian", "xinjian", "长堎", "長堎", "望城", "溪霞", "西霞"]
OTHER_MARK = ["南昌", "江西", "西湖区", "青山湖", "青云谱", "红谷滩", "进贤", "安义", "Nanchang", "Jiangxi", "Xihu",
              "Qingshanhu"]
PLACE_MARK = DH_MARK + XJ_MARK
SEP = " | "
TH4 = "指标 | 单位 | 2023年 | 比上年增长（%）"
# doc: (header row, prefixes of the table-only rows)
TABLES = {D4: (TH4, ("规模以上工业增加值 |", "服务业增加值 |", "实际使用外资 |"))}
NUM_RE = re.compile(r"\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區裡臺灣島門東遊總億項簽學濃創業產資萬術國際醫實計劃為於辦類與們過達幾麼這開來長標觀"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號糧鐵號線運營額規養張個務態價鄉縣鎮鳴獼種積擴綜後將"
                     r"歷際鄉畝噸覆蓋營診樓濃動時間來]")
PDF_HEAD_L, PDF_HEAD_R = "南昌市东湖区人民政府", "政府工作报告"
DOCX_HEAD = "东湖区第十六届人民代表大会第四次会议文件"
CORPUS = ["donghu-2024.docx", "donghu-2025.pdf", "xinjian-2025.html"]

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
Y23 = ["一、2023年工作回顾", "2023年是全面贯彻党的二十大精神的开局之年", "2023年，我们主要做了以下工作"]
ZONES = [
    (D5, idx(D5, "2024年是实现"), idx(D5, "回顾“十四五”以来的四年"), Y24, ["2024"]),
    (D5, idx(D5, "回顾“十四五”以来的四年"), idx(D5, "各位代表！成绩来之不易"), ["回顾“十四五”以来的四年"],
     ["四年", "2020"]),
    (D5, idx(D5, "各位代表！成绩来之不易"), idx(D5, "二、2025年目标任务"), Y24[:2], ["2024"]),
    (D5, idx(D5, "2025年是“十四五”"), idx(D5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (D5, idx(D5, "——激发消费活力"), idx(D5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (D5, idx(D5, "2024年，“东湖快办”"), idx(D5, "2024年，“东湖快办”") + 1,
     ["2024年，“东湖快办”上线事项达到476项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
    (D4, idx(D4, "2023年是全面贯彻"), idx(D4, "指标 |"), Y23[:2], ["2023"]),
    (D4, idx(D4, "指标 |"), idx(D4, "2023年，我们主要"), [TH4], []),
    (D4, idx(D4, "2023年，我们主要"), idx(D4, "二、2024年工作安排"), [Y23[0], Y23[2]], ["2023"]),
    (D4, idx(D4, "2024年是中华人民共和国"), idx(D4, "围绕上述目标"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (D4, idx(D4, "——繁荣商贸文旅"), idx(D4, "三、加强政府自身建设"),
     ["二、2024年工作安排", "围绕上述目标，重点抓好以下五个方面工作"], ["2024"]),
    (D4, idx(D4, "2023年，“东湖快办”"), idx(D4, "2023年，“东湖快办”") + 1,
     ["2023年，“东湖快办”上线事项达到392项", "2024年，我们将深化“放管服”改革"], ["2023", "2024"]),
    (XJ, idx(XJ, "过去一年，面对"), idx(XJ, "二、2025年目标任务"), ["一、2024年工作回顾"], ["2024"]),
    (XJ, idx(XJ, "2025年是“十四五”"), idx(XJ, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (XJ, idx(XJ, "（一）夯实农业基础"), idx(XJ, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (XJ, idx(XJ, "2024年，“新建易办”"), idx(XJ, "2024年，“新建易办”") + 1,
     ["2024年，“新建易办”上线事项达到418项", "2025年，我们将持续深化“放管服”改革"], ["2024", "2025"]),
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
        err(f"{where} a list doc must be the two Donghu reports: {docs}")
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
    qs = load("nanchang_questions_dev.jsonl", QFIELDS) + load("nanchang_questions_blind.jsonl", QFIELDS)
    cs = load("nanchang_claims_dev.jsonl", CFIELDS) + load("nanchang_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"nc-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"ncc-\d{3}", x["id"]):
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
            err(f"{w} {t} must use both Donghu reports")
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
    fy = [x for x in qs if any("四年" in s or "2020" in s for s in x["evidence"])]
    out.append(f"questions on the “十四五” four-year record: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
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
        if not 1500 <= n <= 1900:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


# ====================================================================== corpus
def check_docx(path, out):
    import docx
    from docx.oxml.ns import qn
    raw = path.read_bytes()
    z = zipfile.ZipFile(io.BytesIO(raw))
    if any(i.date_time != (2024, 1, 10, 9, 30, 0) for i in z.infolist()):
        err("docx: zip entry dates are not fixed")
    d = docx.Document(io.BytesIO(raw))
    seq = []  # ('p', text) / ('t', rows) in body order
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            t = "".join(x.text or "" for x in el.iter(qn("w:t"))).strip()
            if t:
                seq.append(("p", t))
        elif el.tag == qn("w:tbl"):
            rows = []
            for tr in el.iter(qn("w:tr")):
                cells = ["".join(x.text or "" for x in tc.iter(qn("w:t"))).strip() for tc in tr.iter(qn("w:tc"))]
                rows.append(SEP.join(cells))
            seq.append(("t", rows))
    ps = [x for k, x in seq if k == "p"]
    ts = [x for k, x in seq if k == "t"]
    if ps != [p for p in PARAS[D4] if SEP not in p]:
        err("docx paragraphs differ from the source paragraphs")
    if len(ts) != 1 or ts[0] != table_rows(D4):
        err("docx: not exactly one Word table equal to the source table rows")
    else:
        k = [i for i, (kd, _) in enumerate(seq) if kd == "t"][0]
        if k == 0 or seq[k - 1][0] != "p" or not seq[k - 1][1].endswith("见下表。"):
            err("docx: the table does not follow the paragraph that points to it")
    sec = d.sections[0]
    if sec.header.paragraphs[0].text != DOCX_HEAD:
        err("docx: page header missing")
    if 'w:instr=" PAGE "' not in sec.footer._element.xml or "第" not in sec.footer.paragraphs[0].text:
        err("docx: footer without the PAGE field")
    cp = d.core_properties
    if cp.title != "南昌市东湖区2024年政府工作报告" or not cp.author or str(cp.created)[:10] != "2024-01-10":
        err(f"docx core properties {cp.title} {cp.author} {cp.created}")
    out.append(f"docx: {len(raw)} bytes, {len(ps)} paragraphs, table {len(ts[0]) if ts else 0} rows, header/footer set")


def check_html(path, out):
    raw = path.read_bytes()
    t = raw.decode("utf-8")  # raises if not UTF-8
    if '<meta charset="utf-8">' not in t or "<!-- saved from url=" not in t:
        err("html: no utf-8 charset declaration / saved-from comment")
    for piece in ["首页", "政务公开", "政府工作报告", "您当前的位置：", "发布时间：", "来源：", "浏览次数：", "分享到：",
                  "字号：", ">大</a>", ">中</a>", ">小</a>", ">打印</a>", ">关闭</a>", "相关链接", "ICP备",
                  "网站标识码", "上一篇", "下一篇", "繁體", "无障碍", "东湖区2025年政府工作报告",
                  "新建区2024年政府工作报告", "西湖区2025年政府工作报告", "南昌市2025年政府工作报告"]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    m = re.search(r'<div class="art-content" id="zoom">(.*?)</div>\s*<div class="art-share">', t, re.S)
    if not m:
        err("html: content div not found")
        return
    content = m.group(1)
    if re.search(r"<p[\s>]|<div|<table", content):
        err("html: content holds <p> / <div> / <table> elements")
    if "&ldquo;" not in content:
        err("html: quotation marks are not written as entities")
    pieces = [htmlmod.unescape(re.sub(r"<[^>]+>", "", x)).strip().strip("\u3000").strip()
              for x in re.split(r"<br\s*/?>", content)]
    pieces = [x for x in pieces if x]
    if pieces != PARAS[XJ]:
        err("html <br>-separated texts differ from the source paragraphs")
    out.append(f"html: {len(raw)} bytes UTF-8, {len(pieces)} <br>-separated report paragraphs")


def check_pdf(path, out):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    body_lines = []
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4")
        lines = [ln.strip() for ln in pg.extract_text().split("\n")]
        for furn in (PDF_HEAD_L, PDF_HEAD_R, f"第 {n} 页"):
            if furn in lines:
                lines.remove(furn)  # first occurrence only: the title line "政府工作报告" stays
            else:
                err(f"pdf page {n}: running header / footer '{furn}' missing")
        body_lines += lines
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS[D5]:
        if re.sub(r"\s+", "", p) not in flat:
            err(f"pdf text lacks paragraph: {p[:30]}")
    num_breaks = [(a[-8:], b[:8]) for a, b in zip(body_lines, body_lines[1:])
                  if re.search(r"\d$", a) and re.match(r"[\d.]", b)]
    if len(num_breaks) < 3:
        err(f"pdf: only {len(num_breaks)} line breaks inside a number")
    meta = r.metadata or {}
    if meta.get("/Title") != "南昌市东湖区2025年政府工作报告" or not meta.get("/Author") or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {len(r.pages)} pages, {len(num_breaks)} line breaks inside numbers {num_breaks}")


def check_corpus(out):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir())
    if files != CORPUS:
        err(f"corpus files {files}")
    try:
        import docx  # noqa: F401
        import pypdf  # noqa: F401
    except ImportError:
        err("pypdf / python-docx missing: run with /work/main/.venv/bin/python")
        return
    # ---- reproducibility: rebuild into a temporary directory, compare bytes, and check the rebuilt text is extractable
    spec = importlib.util.spec_from_file_location("make_corpus_ck", HERE / "make_corpus.py")
    mc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mc)
    with tempfile.TemporaryDirectory() as tmp:
        mc.OUT = Path(tmp)
        mc.build_pdf()
        mc.build_docx()
        mc.build_html()
        bad = [n for n in CORPUS if (Path(tmp) / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py")
        if not bad:
            out.append("corpus: all three files reproduced byte for byte by make_corpus.py (temporary rebuild)")
        sub = []
        check_docx(Path(tmp) / "donghu-2024.docx", sub)
        check_html(Path(tmp) / "xinjian-2025.html", sub)
        check_pdf(Path(tmp) / "donghu-2025.pdf", sub)
        out.append("rebuilt corpus: text extractable and equal to the sources")
    check_docx(corpus / "donghu-2024.docx", out)
    check_html(corpus / "xinjian-2025.html", out)
    check_pdf(corpus / "donghu-2025.pdf", out)


if __name__ == "__main__":
    sys.exit(main())

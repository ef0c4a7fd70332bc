"""Self-check of the nanning eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/nanning/source/check_gold.py
Adapted from eval/harbin/source/check_gold.py (and eval/xian/source/check_gold.py): period-anchor zones for the 2023
review / 2024 targets / "力争到2025年" goals / 2024 plans (qingxiu-2024), the 2025 review / PDF table / “十四五”
five-year record / “十五五” goals / 2026 targets and plans (qingxiu-2026) and the 2024 review / Word table / 2025
targets and plans (liangqing-2025); a PDF with two-column pages drawn column by column, a ruled grid table and
"— n —" page numbers; a .docx whose headings are numbered by Word list numbering (style-level and direct numPr), with
a Word table and five footnotes; a saved WeChat article (UTF-8, <section>/<span> fragments, text split inside
numbers); table-only figures; byte-reproducibility of the corpus (rebuilt into a temporary directory and compared)
and text extractability of the rebuilt files.
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
Q4, Q6, LQ = "qingxiu-2024", "qingxiu-2026", "liangqing-2025"
DOCS = [Q4, Q6, LQ]
BOTH = {Q4, Q6}
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
QX_MARK = ["青秀", "清秀", "靑秀", "Qingxiu", "qingxiu", "东盟商务区", "東盟商務區", "南湖里", "青秀山", "凤岭北", "鳳嶺北",
           "南湖街道", "中山街道", "长塘镇", "長塘鎮", "伶俐镇", "南阳镇", "刘圩镇", "邕江青秀段", "Nanhuli"]
LQ_MARK = ["良庆", "良慶", "梁庆", "良轻", "Liangqing", "liangqing", "五象", "Wuxiang", "大沙田", "大塘镇", "大塘鎮",
           "南晓镇", "那马", "那馬", "Nama", "良凤江", "良鳳江", "邕江良庆段"]
OTHER_MARK = ["南宁市", "南寧市", "广西", "廣西", "兴宁", "興寧", "江南区", "西乡塘", "邕宁", "武鸣", "柳州", "桂林",
              "Nanning", "Guangxi", "Xixiangtang", "Yongning", "Xingning", "Wuming", "Jiangnan"]
PLACE_MARK = QX_MARK + LQ_MARK
SEP = " | "
# doc: (header row, prefixes of the table-only rows)
TABLES = {Q6: ("指标 | 单位 | 2025年 | 比上年增长（%）",
               ("规模以上工业增加值 |", "服务业增加值 |", "城镇居民人均可支配收入 |", "农村居民人均可支配收入 |")),
          LQ: ("主要指标 | 计量单位 | 2024年完成 | 增速（%）",
               ("规模以上工业增加值 |", "城镇居民人均可支配收入 |", "农村居民人均可支配收入 |"))}
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區裡裏臺灣島門東遊總億項簽學濃創業產資萬術國際醫實計劃為於辦類與們過達幾麼這開來長標觀"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號糧鐵線運營額規養張個務態價鄉縣鎮鳴種積擴綜後將華網條廳對嗎"
                     r"車費電雙壓閱慶貿邊屆覽場幣匯貨倉飛龍馬鳳嶺蘭歲從應濟進發歷談頭農強準爭]")
CORPUS = ["liangqing-2025.docx", "qingxiu-2024.html", "qingxiu-2026.pdf"]
FN_RE = re.compile(r"^[①②③④⑤⑥⑦⑧⑨]")

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
Y23 = ["一、2023年工作回顾", "2023年是全面贯彻党的二十大精神的开局之年", "2023年，我们主要做了以下工作"]
Y25 = ["一、2025年工作和“十四五”发展回顾", "对照区五届人大四次会议确定的目标"]
L24 = ["2024年工作回顾", "2024年是实现“十四五”规划目标任务的关键一年", "2024年，我们主要做了以下工作"]
ZONES = [
    (Q4, idx(Q4, "2023年是全面贯彻"), idx(Q4, "二、2024年目标任务"), Y23, ["2023"]),
    (Q4, idx(Q4, "2024年是中华人民共和国"), idx(Q4, "2024年是中华人民共和国") + 1,
     ["2024年全区经济社会发展的主要预期目标是"], []),
    (Q4, idx(Q4, "对照“十四五”规划确定的目标"), idx(Q4, "对照“十四五”规划确定的目标") + 1, ["力争到2025年"], ["2025"]),
    (Q4, idx(Q4, "三、2024年重点工作") + 1, idx(Q4, "四、加强政府自身建设"), ["三、2024年重点工作"], ["2024"]),
    (Q4, idx(Q4, "2023年，“青易办”"), idx(Q4, "2023年，“青易办”") + 1,
     ["2023年，“青易办”上线事项达到586项", "2024年，我们将坚持依法行政"], ["2023", "2024"]),
    (Q6, idx(Q6, "过去一年，面对"), idx(Q6, "表1"), Y25[:1], ["2025"]),
    (Q6, idx(Q6, "指标 |"), idx(Q6, "注："), [TABLES[Q6][0]], []),
    (Q6, idx(Q6, "对照区五届人大四次会议"), idx(Q6, "回顾“十四五”这五年"), Y25, ["2025"]),
    (Q6, idx(Q6, "回顾“十四五”这五年"), idx(Q6, "各位代表！成绩来之不易"), ["回顾“十四五”这五年"], ["五年", "2020"]),
    (Q6, idx(Q6, "各位代表！成绩来之不易"), idx(Q6, "二、“十五五”"), Y25[:1], ["2025"]),
    (Q6, idx(Q6, "展望“十五五”"), idx(Q6, "展望“十五五”") + 1, ["展望“十五五”，到2030年"], ["2030", "十五五"]),
    (Q6, idx(Q6, "2026年是“十五五”"), idx(Q6, "2026年是“十五五”") + 1, ["2026年全区经济社会发展的主要预期目标是"], []),
    (Q6, idx(Q6, "三、2026年重点工作") + 1, idx(Q6, "四、建设人民满意政府"), ["三、2026年重点工作"], ["2026"]),
    (Q6, idx(Q6, "2025年，“青易办”"), idx(Q6, "2025年，“青易办”") + 1,
     ["2025年，“青易办”上线事项达到752项", "2026年，我们将持续深化“放管服”改革"], ["2025", "2026"]),
    (LQ, idx(LQ, "2024年是实现“十四五”"), idx(LQ, "主要指标 |"), L24, ["2024"]),
    (LQ, idx(LQ, "主要指标 |"), idx(LQ, "对照区四届人大三次会议"), [TABLES[LQ][0]], []),
    (LQ, idx(LQ, "对照区四届人大三次会议"), idx(LQ, "二、2025年目标任务"), L24, ["2024"]),
    (LQ, idx(LQ, "2025年是“十四五”规划收官之年"), idx(LQ, "2025年是“十四五”规划收官之年") + 1,
     ["2025年全区经济社会发展的主要预期目标是"], []),
    (LQ, idx(LQ, "三、2025年重点工作") + 1, idx(LQ, "四、建设人民满意政府"), ["2025年重点工作"], ["2025"]),
    (LQ, idx(LQ, "2024年，“五象速办”"), idx(LQ, "2024年，“五象速办”") + 1,
     ["2024年，“五象速办”上线事项达到468项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
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
        err(f"{where} a list doc must be the two Qingxiu reports: {docs}")
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


def is_footnote(s):
    return any(s in p for p in PARAS[LQ] if FN_RE.match(p))


def main():
    qs = load("nanning_questions_dev.jsonl", QFIELDS) + load("nanning_questions_blind.jsonl", QFIELDS)
    cs = load("nanning_claims_dev.jsonl", CFIELDS) + load("nanning_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"nn-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"nnc-\d{3}", x["id"]):
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
            err(f"{w} {t} must use both Qingxiu reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")

    # ---------------- claims
    prose = [nfkc(p) for d in DOCS for p in PARAS[d] if SEP not in p]

    def in_prose(num):
        pat = re.compile(r"(?<![\d.,])" + re.escape(nfkc(num)) + r"(?![\d]|[.,]\d)")
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
                    if "," in num:
                        for p in in_prose(num.replace(",", "")):
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
    report_counts(qs, cs, table_only_q)


def report_counts(qs, cs, table_only_q):
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
    if nd + nb < 280:
        err("fewer than 280 questions")
    out.append(f"questions answerable only from a table (table-only rows): {len(table_only_q)} "
               + str(dict(Counter(x['type'] for x in table_only_q))))
    if len(table_only_q) < 10:
        err("fewer than 10 table questions")
    fy = [x for x in qs if any("五年" in s or "2020" in s for s in x["evidence"])]
    out.append(f"questions on the “十四五” five-year record: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
    fn = [x for x in qs if any(is_footnote(s) for s in x["evidence"])]
    out.append(f"questions resting on a footnote: {len(fn)} " + str(dict(Counter(x['type'] for x in fn))))
    if len(fn) < 4:
        err("fewer than 4 footnote questions")
    g25 = [x for x in qs if any("力争到2025年" in s for s in x["evidence"])]
    out.append(f"questions on the qingxiu-2024 “力争到2025年” goals: {len(g25)}")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, "
               f"unanswerable {sum(1 for x in msg if not x['answerable'])}")
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
    out.append(f"claims with full-width digits: {sum(1 for x in cs if re.search('[０-９]', x['claim']))}")
    check_corpus(out)
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK characters")
        if not 5500 <= n <= 9000:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))

# ====================================================================== corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CN = "〇一二三四五六七八九十"


def check_pdf(path, out):
    from pypdf import PdfReader
    mc = load_make_corpus()
    r = PdfReader(str(path))
    body_lines, two_col, interleaved = [], [], []
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4")
        lines = [ln.strip() for ln in pg.extract_text().split("\n") if ln.strip()]
        foot = f"— {n} —"
        if foot not in lines:
            err(f"pdf page {n}: no page number {foot}")
        body_lines += [ln for ln in lines if ln != foot]
        pos = []
        pg.extract_text(visitor_text=lambda text, cm, tm, fd, fs: pos.append((tm[4], tm[5])) if text.strip() else None)
        full = w - mc.LEFT - mc.RIGHT
        xr = mc.LEFT + (full - mc.GAP) / 2 + mc.GAP
        right = [y for x, y in pos if abs(x - xr) < 1.0]
        left = [y for x, y in pos if abs(x - mc.LEFT) < 1.0]
        if len(right) >= 10:
            two_col.append(n)
            if left and max(right) > min(left):  # sorting by height would interleave the two columns
                interleaved.append(n)
    if len(two_col) < 2:
        err(f"pdf: only {len(two_col)} two-column pages")
    if interleaved != two_col:
        err(f"pdf: two-column pages whose columns do not overlap vertically: {sorted(set(two_col) - set(interleaved))}")
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS[Q6]:
        q = "".join(p.split(SEP)) if SEP in p else p
        if re.sub(r"\s+", "", q) not in flat:
            err(f"pdf text lacks paragraph / table row: {p[:30]}")
    cells = {c for row in table_rows(Q6) for c in row.split(SEP)}
    prose_lines = [ln for ln in body_lines if ln not in cells]
    num_breaks = [(a[-6:], b[:6]) for a, b in zip(prose_lines, prose_lines[1:])
                  if re.search(r"\d[.,]?$", a) and re.match(r"[\d.,]", b)]
    if len(num_breaks) < 3:
        err(f"pdf: only {len(num_breaks)} line breaks inside a number")
    meta = r.metadata or {}
    if meta.get("/Title") != mc.PDF_TITLE or not meta.get("/Author") or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {len(r.pages)} pages, two-column pages {two_col} (columns overlap vertically on all), "
               f"{len(num_breaks)} line breaks inside numbers, e.g. {num_breaks[:4]}")


def check_docx(path, out):
    from lxml import etree
    mc = load_make_corpus()
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    styles = etree.fromstring(z.read("word/styles.xml"))
    h1 = [s for s in styles.iter(W + "style") if s.get(W + "styleId") == "Heading1"]
    snum = h1[0].find(f"{W}pPr/{W}numPr/{W}numId") if h1 else None
    if snum is None or snum.get(W + "val") != str(mc.NUM_ID):
        err("docx: Heading 1 style carries no numPr")
    numbering = etree.fromstring(z.read("word/numbering.xml"))
    absn = [a for a in numbering.iter(W + "abstractNum") if a.get(W + "abstractNumId") == str(mc.NUM_ID)]
    lv = {}
    if absn:
        for lvl in absn[0].iter(W + "lvl"):
            lv[lvl.get(W + "ilvl")] = (lvl.find(W + "numFmt").get(W + "val"), lvl.find(W + "lvlText").get(W + "val"))
    if lv.get("0") != ("chineseCounting", "%1、") or lv.get("1") != ("chineseCounting", "（%2）"):
        err(f"docx numbering levels {lv}")
    nums = [x for x in numbering.iter(W + "num") if x.get(W + "numId") == str(mc.NUM_ID)]
    if not nums or nums[0].find(W + "abstractNumId").get(W + "val") != str(mc.NUM_ID):
        err("docx: num 90 missing")
    texts, rows, after, counters, heads, raw_heads = [], None, None, [0, 0], 0, []
    for el in body:
        if el.tag == W + "p":
            t = "".join(x.text or "" for x in el.iter(W + "t"))
            ps = el.find(f"{W}pPr/{W}pStyle")
            npr = el.find(f"{W}pPr/{W}numPr")
            if ps is not None and ps.get(W + "val") == "Heading1":
                if npr is not None:
                    err("docx: a Heading 1 paragraph has a direct numPr")
                counters = [counters[0] + 1, 0]
                raw_heads.append(t)
                t = CN[counters[0]] + "、" + t
                heads += 1
            elif npr is not None:
                if npr.find(W + "ilvl").get(W + "val") != "1" or npr.find(W + "numId").get(W + "val") != str(mc.NUM_ID):
                    err("docx: unexpected numPr")
                counters[1] += 1
                raw_heads.append(t)
                t = "（" + CN[counters[1]] + "）" + t
                heads += 1
            if t:
                texts.append(t)
        elif el.tag == W + "tbl":
            after = texts[-1] if texts else ""
            rows = [SEP.join("".join(x.text or "" for x in tc.iter(W + "t")) for tc in tr.iter(W + "tc"))
                    for tr in el.iter(W + "tr")]
    body_src = [p for p in PARAS[LQ] if SEP not in p and not FN_RE.match(p)]
    if texts != body_src:
        bad = [(a[:20], b[:20]) for a, b in zip(texts, body_src) if a != b][:3]
        err(f"docx paragraphs (numbering rendered) differ from the source: {len(texts)} vs {len(body_src)} {bad}")
    if any(re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", h) for h in raw_heads):
        err("docx: a heading carries its number as text")
    if rows != table_rows(LQ):
        err("docx table rows differ from the source table rows")
    if not after or not after.endswith("见下表。"):
        err("docx: table does not follow the paragraph that points to it")
    fz = etree.fromstring(z.read("word/footnotes.xml"))
    notes = ["".join(x.text or "" for x in fn.iter(W + "t")) for fn in fz.iter(W + "footnote")
             if int(fn.get(W + "id")) >= 1]
    src_notes = [p[1:] for p in PARAS[LQ] if FN_RE.match(p)]
    if notes != src_notes:
        err("docx footnotes differ from the source footnote paragraphs")
    refs = [int(x.get(W + "id")) for x in root.iter(W + "footnoteReference")]
    if refs != list(range(1, len(src_notes) + 1)):
        err(f"docx footnote references {refs}")
    others = [nfkc(p) for d in DOCS for p in PARAS[d] if not (d == LQ and FN_RE.match(p))]
    own = 0
    for fn in src_notes:
        if any(not any(re.search(r"(?<![\d.])" + re.escape(nm) + r"(?![\d])", p) for p in others)
               for nm in NUM_RE.findall(fn)):
            own += 1
    if own < 3:
        err(f"docx: only {own} footnotes carry a figure found nowhere else")
    if "decimalEnclosedCircleChinese" not in z.read("word/document.xml").decode("utf-8"):
        err("docx: footnote number format not set")
    from docx import Document
    d = Document(str(path))
    cp = d.core_properties
    if cp.title != "南宁市良庆区2025年政府工作报告" or not cp.author or not cp.subject:
        err("docx core properties")
    out.append(f"docx: {len(texts)} paragraphs = source with numbering rendered ({heads} numbered headings, numbers "
               f"not in the text), table {len(rows or [])} rows after '见下表。', {len(notes)} footnotes "
               f"({own} with a figure found nowhere else)")


def check_html(path, out):
    raw = path.read_bytes()
    t = raw.decode("utf-8")
    if 'charset=utf-8' not in t:
        err("html: no charset=utf-8")
    if 'id="js_content" style="visibility: hidden; opacity: 0;"' not in t:
        err("html: js_content not hidden")
    for piece in ["点击上方蓝字关注我们", "阅读原文", "在看", "分享", "来源：", "编辑：", "审核：", "往期推荐", "微信扫一扫",
                  "预览时标签不可点", 'class="rich_media_title"', 'id="js_name"', "青秀发布", "mmbiz.qpic.cn"]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    secs = re.findall(r'<section data-role="paragraph"[^>]*>(.*?)</section>', t, re.S)
    texts = [htmlmod.unescape(re.sub(r"<[^>]+>", "", s)) for s in secs]
    if texts != PARAS[Q4]:
        err("html paragraph sections differ from the source paragraphs")
    imgs = re.findall(r"<img [^>]*>", t)
    if not imgs or any(" src=" in i or "data-src=" not in i for i in imgs):
        err("html: images must carry data-src only")
    caps = [htmlmod.unescape(re.sub(r"<[^>]+>", "", c)) for c in
            re.findall(r'<section data-role="caption"[^>]*>(.*?)</section>', t, re.S)]
    for c in caps:
        if any(c.lstrip("▲") in p for p in PARAS[Q4]):
            err(f"html caption is report text: {c}")
    cuts = re.findall(r"\d[.,]?</span><span[^>]*>[\d.,]", "".join(secs))
    if len(cuts) < 6:
        err(f"html: only {len(cuts)} span boundaries inside numbers")
    if not re.search("[０-９]", "".join(PARAS[Q4])):
        err("html: no full-width digits")
    out.append(f"html: {len(raw)} bytes UTF-8, {len(secs)} paragraph sections = source, {len(imgs)} images "
               f"(data-src only), {len(caps)} captions, {len(cuts)} span boundaries inside numbers")


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
            mc.build_pdf()
            mc.build_docx()
            mc.build_html()
        finally:
            mc.OUT = keep
        bad = [n for n in CORPUS if (Path(tmp) / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py")
        if not bad:
            out.append("corpus: all three files reproduced byte for byte by make_corpus.py (temporary rebuild)")
        sub = []
        check_pdf(Path(tmp) / "qingxiu-2026.pdf", sub)
        check_docx(Path(tmp) / "liangqing-2025.docx", sub)
        check_html(Path(tmp) / "qingxiu-2024.html", sub)
        out.append("rebuilt corpus: text extractable and equal to the sources")
    check_pdf(corpus / "qingxiu-2026.pdf", out)
    check_docx(corpus / "liangqing-2025.docx", out)
    check_html(corpus / "qingxiu-2024.html", out)


def run():
    main()
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(run())

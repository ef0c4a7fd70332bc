"""Self-check of the kunming eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/kunming/source/check_gold.py
Adapted from eval/xian/source/check_gold.py: period-anchor zones for the 2023 review / Word table / 2024 targets and plans
(wuhua-2024), the 2024 review / “十四五” four-year record / 2025 targets and plans (wuhua-2025) and the 2024 review /
2025 targets and plans (chenggong-2025); a .docx whose Heading 1 / Heading 2 numbers come from Word list numbering
(numbering.xml, chineseCounting) and are not in the paragraph text; a PDF in official-document layout with "— n —"
page numbers, lines that break inside numbers and paragraphs that run on over a page break; a GB2312-declared portal
page whose Word-pasted body splits text and figures over many <span> runs; table-only figures; byte-reproducibility of
the corpus (rebuilt into a temporary directory and compared) and text extractability of the rebuilt files.
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
W4, W5, CG = "wuhua-2024", "wuhua-2025", "chenggong-2025"
DOCS = [W4, W5, CG]
BOTH = {W4, W5}
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 55, "near_topic": 45, "yesno": 30, "english": 40, "traditional": 10, "followup": 12,
          "compare_years": 8, "target_result": 8, "other_scope": 10, "no_place": 8, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
WH_MARK = ["五华", "五華", "五化", "武华", "Wuhua", "wuhua", "锦华里", "錦華里", "锦花里", "Jinhuali", "翠云花鸟街",
           "翠雲花鳥街", "Cuiyun", "华山街道", "护国街道", "護國街道", "普吉", "Puji", "华创数字经济产业园"]
CG_MARK = ["呈贡", "呈貢", "程贡", "呈共", "Chenggong", "chenggong", "斗南", "抖南", "Dounan", "云花汇", "雲花匯",
           "云花会", "七甸", "Qidian", "万溪冲", "萬溪沖", "Wanxichong", "洛龙湾", "龙城街道", "吴家营", "大学城"]
OTHER_MARK = ["昆明", "云南", "雲南", "官渡", "西山", "盘龙", "盤龍", "晋宁", "安宁", "大理", "玉溪", "Kunming", "Yunnan",
              "Guandu", "Xishan", "Panlong"]
PLACE_MARK = WH_MARK + CG_MARK
SEP = " | "
# doc: (header row, prefixes of the table-only rows)
TABLES = {W4: ("指标 | 单位 | 2023年 | 比上年增长（%）",
               ("第三产业增加值 |", "规模以上工业增加值 |", "外贸进出口总额 |", "农村居民人均可支配收入 |"))}
NUM_RE = re.compile(r"\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區華貢錦雲鳥裡臺灣島門東遊總億項簽學濃創業產資萬術國際醫實計劃為於辦類與們過達幾麼這開來標"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號糧鐵線運營額規養張個務態價鄉縣鎮種積擴綜後將護龍溝沖灣場"
                     r"場電費應當級髮廠補齡雙貨幣邊壩環報]")
HEAD1 = ["2023年工作回顾", "2024年工作安排", "加强政府自身建设"]
HEAD2 = ["商贸消费加快回暖", "文旅融合持续深化", "科技创新动能增强", "城市更新扎实推进", "民生福祉不断增进",
         "提振商贸消费活力", "推动文旅深度融合", "培育科技创新动能", "提升城市功能品质", "增进民生福祉"]
CORPUS = ["chenggong-2025.html", "wuhua-2024.docx", "wuhua-2025.pdf"]

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
W24 = ["一、2024年工作回顾", "2024年是实现“十四五”规划目标任务的关键一年", "2024年，我们主要做了以下工作"]
ZONES = [
    (W4, idx(W4, "2023年是全面贯彻"), idx(W4, TABLES[W4][0]),
     ["2023年工作回顾", "2023年是全面贯彻党的二十大精神的开局之年"], ["2023"]),
    (W4, idx(W4, TABLES[W4][0]), idx(W4, "2023年，我们主要"), [TABLES[W4][0]], []),
    (W4, idx(W4, "2023年，我们主要"), idx(W4, "2024年工作安排"),
     ["2023年工作回顾", "2023年，我们主要做了以下工作"], ["2023"]),
    (W4, idx(W4, "2024年是中华人民共和国"), idx(W4, "围绕上述目标"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (W4, idx(W4, "围绕上述目标"), idx(W4, "加强政府自身建设"),
     ["2024年工作安排", "围绕上述目标，重点抓好以下五个方面工作"], ["2024"]),
    (W4, idx(W4, "2023年，“华e办”"), idx(W4, "2023年，“华e办”") + 1,
     ["2023年，“华e办”上线事项达到386项", "2024年，我们将深化“放管服”改革"], ["2023", "2024"]),
    (W5, idx(W5, "2024年是实现"), idx(W5, "回顾“十四五”以来的四年"), W24, ["2024"]),
    (W5, idx(W5, "回顾“十四五”以来的四年"), idx(W5, "各位代表！成绩来之不易"), ["回顾“十四五”以来的四年"],
     ["四年", "2020"]),
    (W5, idx(W5, "各位代表！成绩来之不易"), idx(W5, "二、2025年目标任务"), W24[:2], ["2024"]),
    (W5, idx(W5, "2025年是“十四五”"), idx(W5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (W5, idx(W5, "——激发消费市场活力"), idx(W5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (W5, idx(W5, "2024年，“华e办”"), idx(W5, "2024年，“华e办”") + 1,
     ["2024年，“华e办”上线事项达到472项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
    (CG, idx(CG, "过去一年，面对"), idx(CG, "二、2025年目标任务"), ["一、2024年工作回顾"], ["2024"]),
    (CG, idx(CG, "2025年是“十四五”"), idx(CG, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (CG, idx(CG, "（一）建设环大学城"), idx(CG, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (CG, idx(CG, "2024年，“呈心办”"), idx(CG, "2024年，“呈心办”") + 1,
     ["2024年，“呈心办”上线事项达到508项", "2025年，我们将持续深化“放管服”改革"], ["2024", "2025"]),
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
        err(f"{where} a list doc must be the two Wuhua reports: {docs}")
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
    qs = load("kunming_questions_dev.jsonl", QFIELDS) + load("kunming_questions_blind.jsonl", QFIELDS)
    cs = load("kunming_claims_dev.jsonl", CFIELDS) + load("kunming_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"km-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"kmc-\d{3}", x["id"]):
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
            err(f"{w} {t} must use both Wuhua reports")
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
    report_counts(qs, cs, table_only_q)


SPLIT_NUMS = {W5: set(), CG: set()}  # figures broken over PDF lines / split over HTML spans (filled by the corpus checks)


def report_counts(qs, cs, table_only_q):
    out = []
    check_corpus(out)
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
    if len(table_only_q) < 6:
        err("fewer than 6 table questions")
    fy = [x for x in qs if any("四年" in s or "2020" in s for s in x["evidence"])]
    out.append(f"questions on the “十四五” four-year record: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
    for d, what in ((W5, "PDF line"), (CG, "HTML span")):
        hit = [x for x in qs if x["answerable"] and (x["doc"] == d or (isinstance(x["doc"], list) and d in x["doc"]))
               and any(n in SPLIT_NUMS[d] for g in x["answer_facts"] for n in NUM_RE.findall(g[0]))]
        out.append(f"questions whose answer figure is split across a {what} ({d}): {len(hit)}")
        if len(hit) < 5:
            err(f"fewer than 5 questions on figures split across a {what}")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("unanswerable reasons by split: " + str(dict(Counter(
        ("dev" if "dev" in x["_file"] else "blind", x["reason"]) for x in qs if not x["answerable"]))))
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
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK characters")
        if not 1300 <= n <= 3200:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)


# ====================================================================== corpus
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CN_NUM = "一二三四五六七八九十"
PART_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")


def check_docx(path, out):
    from lxml import etree
    z = zipfile.ZipFile(path)
    if any(i.date_time != (2024, 1, 8, 9, 30, 0) for i in z.infolist()):
        err("docx zip entries not re-dated")
    doc = etree.fromstring(z.read("word/document.xml"))
    body = doc.find(f"{WNS}body")

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(f"{WNS}t"))

    def attr(el, path):
        x = el.find(path)
        return None if x is None else x.get(f"{WNS}val")

    paras, rows, heads, prev, tables = [], [], [], None, 0
    for el in body:
        if el.tag == f"{WNS}p":
            t = ptext(el)
            if t:
                paras.append(t)
                prev = t
            style = attr(el, f"{WNS}pPr/{WNS}pStyle")
            if style in ("Heading1", "Heading2"):
                heads.append((style, t, attr(el, f"{WNS}pPr/{WNS}numPr/{WNS}ilvl"),
                              attr(el, f"{WNS}pPr/{WNS}numPr/{WNS}numId")))
        elif el.tag == f"{WNS}tbl":
            tables += 1
            if not prev or not prev.endswith("见下表。"):
                err("docx: table does not follow the paragraph that points to it")
            for tr in el.iter(f"{WNS}tr"):
                rows.append(SEP.join(ptext(tc) for tc in tr.iter(f"{WNS}tc")))
    if tables != 1 or rows != table_rows(W4):
        err(f"docx: {tables} tables / table rows differ from the source table rows")
    if paras != [p for p in PARAS[W4] if SEP not in p]:
        err("docx paragraphs differ from the source paragraphs")
    if [h[1] for h in heads if h[0] == "Heading1"] != HEAD1 or [h[1] for h in heads if h[0] == "Heading2"] != HEAD2:
        err(f"docx: Heading 1 / Heading 2 paragraphs are {heads}")
    for style, t, ilvl, num in heads:
        if PART_RE.match(t) or SUB_RE.match(t) or t not in PARAS[W4]:
            err(f"docx: heading text carries a number or is not a source paragraph: {t}")
        if ilvl != ("0" if style == "Heading1" else "1") or num is None:
            err(f"docx: heading without list numbering: {t}")
    # numbering.xml: the heading list is chineseCounting with "%1、" and "（%2）"
    numx = etree.fromstring(z.read("word/numbering.xml"))
    nums = {n.get(f"{WNS}numId"): attr(n, f"{WNS}abstractNumId") for n in numx.findall(f"{WNS}num")}
    rendered = []
    if heads and heads[0][3] in nums:
        absn = [a for a in numx.findall(f"{WNS}abstractNum") if a.get(f"{WNS}abstractNumId") == nums[heads[0][3]]][0]
        lv = {lvl.get(f"{WNS}ilvl"): (attr(lvl, f"{WNS}numFmt"), attr(lvl, f"{WNS}lvlText"))
              for lvl in absn.findall(f"{WNS}lvl")}
        if lv.get("0") != ("chineseCounting", "%1、") or lv.get("1") != ("chineseCounting", "（%2）"):
            err(f"docx numbering levels {lv}")
        c1 = c2 = 0
        for style, t, ilvl, num in heads:
            if ilvl == "0":
                c1, c2 = c1 + 1, 0
                rendered.append(lv["0"][1].replace("%1", CN_NUM[c1 - 1]) + t)
            else:
                c2 += 1
                rendered.append(lv["1"][1].replace("%2", CN_NUM[c2 - 1]) + t)
    else:
        err("docx: heading numId not defined in numbering.xml")
    if rendered[:2] != ["一、2023年工作回顾", "（一）商贸消费加快回暖"] or "三、加强政府自身建设" not in rendered:
        err(f"docx: rendered heading numbers {rendered}")
    hdr = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/header"))
    ftr = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
    if "五华区第十八届人民代表大会第四次会议文件" not in hdr or "PAGE" not in ftr or 'fldCharType="begin"' not in ftr:
        err("docx: page header / PAGE footer field missing")
    core = z.read("docProps/core.xml").decode()
    for piece in ("昆明市五华区2024年政府工作报告", "五华区人民政府办公室", "2024-01-08T09:00:00Z"):
        if piece not in core:
            err(f"docx core properties lack {piece}")
    out.append(f"docx: {len(paras)} paragraphs = source, {len(heads)} numbered headings "
               f"({', '.join(rendered[:3])} …), table {len(rows)} rows x {len(rows[0].split(SEP))} columns")


def check_pdf(path, out):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    pages = []
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4")
        lines = [ln.strip() for ln in pg.extract_text().split("\n")]
        foot = f"— {n} —"
        if foot not in lines:
            err(f"pdf page {n}: no '— n —' page number")
        pages.append([ln for ln in lines if ln and ln != foot])
    body_lines = [ln for pl in pages for ln in pl]
    flat = re.sub(r"\s+", "", "".join(body_lines))
    src = [re.sub(r"\s+", "", p) for p in PARAS[W5]]
    for p in src:
        if p not in flat:
            err(f"pdf text lacks paragraph: {p[:30]}")
    num_breaks = []
    for a, b in zip(body_lines, body_lines[1:]):
        if re.search(r"\d$", a) and re.match(r"[\d.]", b):
            whole = re.search(r"[\d.]*\d$", a).group(0) + re.match(r"[\d.]*\d", b).group(0)
            num_breaks.append(whole)
            SPLIT_NUMS[W5].update(NUM_RE.findall(whole))
    if len(num_breaks) < 3:
        err(f"pdf: only {len(num_breaks)} line breaks inside a number")
    runon = [n for n in range(1, len(pages)) if pages[n - 1] and pages[n] and
             any(re.sub(r"\s+", "", pages[n - 1][-1] + pages[n][0]) in p for p in src)]
    if not runon:
        err("pdf: no paragraph runs on over a page break")
    meta = r.metadata or {}
    if meta.get("/Title") != "昆明市五华区2025年政府工作报告" or not meta.get("/Author") or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {len(r.pages)} pages, {len(num_breaks)} line breaks inside numbers {num_breaks}, "
               f"paragraphs running on after pages {runon}")


def check_html(path, out):
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        err("html decodes as UTF-8 (should be GB2312/GBK)")
    except UnicodeDecodeError:
        pass
    try:
        raw.decode("gb2312")
    except UnicodeDecodeError:
        err("html bytes are not valid GB2312")
    t = raw.decode("gbk")
    if 'charset=gb2312' not in t or "<!-- saved from url=" not in t:
        err("html: no gb2312 charset declaration / saved-from comment")
    for piece in ["网站首页", "政府信息公开", "您当前的位置：", "<h2", "发布时间：", "来源：", "浏览次数：", "分享到：",
                  "相关链接", "滇ICP备", "网站标识码", "打印本页", "关闭窗口", "上一篇", "下一篇", "无障碍",
                  "五华区2025年政府工作报告", "官渡区2025年政府工作报告", "昆明市2025年政府工作报告",
                  "<!--[if gte mso 9]><xml>", "<o:p></o:p>", "&nbsp;", "class=MsoNormal", "lang=EN-US",
                  "font-family:仿宋_GB2312", "text-indent:32.0pt"]:
        if piece not in t:
            err(f"html lacks '{piece}'")
    m = re.search(r'<div class="WordSection1"[^>]*>(.*?)</div>\s*</div>\s*<div class="art-tools">', t, re.S)
    if not m:
        err("html: content div not found")
        return
    content = m.group(1)
    if "<table" in content:
        err("html content has a table")
    nocom = re.sub(r"<!--\[if.*?<!\[endif\]-->", "", content, flags=re.S)
    ps = [htmlmod.unescape(re.sub(r"<[^>]+>", "", p)).replace("\xa0", " ").strip()
          for p in re.findall(r"<p[ >].*?</p>", nocom, re.S)]
    ps = [p for p in ps if p]
    if ps != PARAS[CG]:
        err("html <p> texts differ from the source paragraphs")
    dec = [a + "." + b for a, b in re.findall(
        r"(\d+)</span><span[^>]*>\.</span><span lang=EN-US[^>]*>(\d+)</span>", content)]
    ints = [a + b for a, b in re.findall(r"(\d+)</span><span lang=EN-US[^>]*>(\d+)</span>", content)]
    SPLIT_NUMS[CG].update(dec + ints)
    if len(dec) < 10 or not ints:
        err(f"html: too few figures split across spans ({len(dec)} decimals, {len(ints)} integers)")
    spans = len(re.findall(r"<span", content))
    out.append(f"html: {len(raw)} bytes GBK (valid GB2312), {len(ps)} report paragraphs in {spans} <span> runs, "
               f"{len(dec)} decimals split at the point, integers split {ints}")


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
        check_docx(Path(tmp) / "wuhua-2024.docx", sub)
        check_pdf(Path(tmp) / "wuhua-2025.pdf", sub)
        check_html(Path(tmp) / "chenggong-2025.html", sub)
        out.append("rebuilt corpus: text extractable and equal to the sources")
    check_docx(corpus / "wuhua-2024.docx", out)
    check_pdf(corpus / "wuhua-2025.pdf", out)
    check_html(corpus / "chenggong-2025.html", out)


if __name__ == "__main__":
    main()
    sys.exit(1 if errors else 0)

"""Self-check of the changchun eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/changchun/source/check_gold.py
Adapted from eval/taiyuan/source/check_gold.py: period-anchor zones for the five-year record 2018–2022 / the indicator
table / the 2022 review / "到2027年" and "力争到2025年" goals / 2023 targets / two-year action 2023—2024 / 2023 plans
(nanguan-2023), the 2024 review / 2025 targets / three-year action 2025—2027 / "力争到2025年底" / 2025 plans
(nanguan-2025) and the 2024 review / 2025 targets / three-year action / "力争到2025年底" / 2025 plans (lvyuan-2025); a
.docx with Word field codes (complex fields, fldSimple, w:hyperlink, figures split over runs, PAGE field in the
footer); a PDF with a diagonal watermark and "第 n 页 共 N 页" footers; a saved page with numeric character references,
zero-width spaces, soft hyphens and no-break spaces; table-only figures; byte-reproducibility of the corpus (rebuilt
into a temporary directory and compared) and the format checks on the rebuilt files. Prints counts and every error;
exit code 1 if any error.
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

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
N3, N5, L5 = "nanguan-2023", "nanguan-2025", "lvyuan-2025"
DOCS = [N3, N5, L5]
BOTH = {N3, N5}
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 70, "near_topic": 45, "yesno": 30, "english": 30, "traditional": 10, "followup": 12,
          "compare_years": 8, "target_result": 8, "other_scope": 10, "no_place": 8, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
NG_MARK = ["南关", "南關", "南官", "Nanguan", "nanguan", "南岭", "南嶺", "南陵", "Nanling", "永安里", "永安理", "Yong'anli",
           "大马路", "大馬路", "自强", "全安", "新湖", "东岭南街", "鸿城", "桃源"]
LY_MARK = ["绿园", "綠園", "绿圆", "Lvyuan", "lvyuan", "正阳里", "正陽里", "正阳理", "Zhengyangli", "普阳", "合心", "西新",
           "林园", "铁北", "新开河"]
OTHER_MARK = ["长春市", "吉林省", "朝阳区", "宽城区", "二道区", "双阳区", "九台区", "农安", "榆树", "德惠", "公主岭",
              "Changchun City", "Jilin Province"]
PLACE_MARK = NG_MARK + LY_MARK
DISTRICT_WORDS = ("南关", "南關", "南官", "绿园", "綠園", "绿圆")
SEP = " | "
TH = "指标 | 单位 | 2017年 | 2022年 | 年均增长（%）"
TABLES = {N3: (TH, ("其中：第三产业增加值 |", "规模以上工业增加值 |", "外贸进出口总额 |", "城镇居民人均可支配收入 |",
                    "农村居民人均可支配收入 |"))}
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區關園綠遊總億項學產資萬術國際醫實計劃為於辦與們過達幾麼這開來長標數舊稅樓會預設環氣"
                     r"園書還點時獲評號網條對嗎車費電壓慶貿屆場應濟進發歷農強準爭橋濱關畝廣統處級嶺聯駐藍濃陽業"
                     r"線個態鎮積後將華]")
CORPUS = ["lvyuan-2025.pdf", "nanguan-2023.docx", "nanguan-2025.html"]

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


def one(doc, start):
    k = idx(doc, start)
    return k, k + 1


# (doc, first para, end para (exclusive), anchors, own-period words): written independently of build_gold.py.
FIVE = ["过去五年，是南关发展进程中极不平凡的五年", "五年来"]
R22 = ["2022年，我们主要做了以下工作", "一、过去五年和2022年工作回顾", "2022年是党的二十大胜利召开之年"]
R24 = ["2024年，我们主要做了以下工作", "一、2024年工作回顾"]
ZONES = [
    (N3, *one(N3, "过去五年，是南关"), FIVE, ["五年", "2017"]),
    (N3, idx(N3, "指标 |"), idx(N3, "注："), [TH], []),
    (N3, idx(N3, "——创新动能"), idx(N3, "2022年是党的二十大胜利"), FIVE, ["五年", "2017"]),
    (N3, idx(N3, "2022年是党的二十大胜利"), idx(N3, "各位代表！成绩来之不易"), R22, ["2022"]),
    (N3, *one(N3, "到2027年"), ["到2027年，全区地区生产总值突破1300亿元"], ["2027"]),
    (N3, *one(N3, "力争到2025年"), ["力争到2025年，数字经济核心产业增加值"], ["2025"]),
    (N3, *one(N3, "2023年是全面贯彻"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (N3, *one(N3, "同时，实施老旧小区改造"), ["两年行动（2023—2024年）"], ["两年", "2023—2024"]),
    (N3, idx(N3, "围绕上述目标") + 1, idx(N3, "四、加强政府自身建设"), ["三、2023年工作安排"], ["2023", "2024"]),
    (N3, *one(N3, "新征程上"), ["2022年，“南关快办”上线事项达到360项", "2023年，我们将坚持依法行政"], ["2022", "2023"]),
    (N5, idx(N5, "2024年是中华人民共和国"), idx(N5, "各位代表！成绩来之不易"), R24, ["2024", "两年行动", "两年累计"]),
    (N5, *one(N5, "2025年是“十四五”"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (N5, *one(N5, "同时，启动城市更新"), ["城市更新三年行动（2025—2027年）"], ["三年", "2025—2027"]),
    (N5, *one(N5, "着眼“十四五”"), ["力争到2025年底"], ["2025"]),
    (N5, idx(N5, "三、2025年重点工作") + 1, idx(N5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025", "2026"]),
    (N5, *one(N5, "我们将坚持党的全面领导"), ["2024年，“南关快办”上线事项达到486项", "2025年，我们将持续深化“放管服”改革"],
     ["2024", "2025"]),
    (L5, idx(L5, "2024年是中华人民共和国"), idx(L5, "各位代表！成绩来之不易"), R24, ["2024"]),
    (L5, *one(L5, "2025年是“十四五”"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (L5, *one(L5, "同时，实施汽车零部件"), ["汽车零部件产业倍增三年行动（2025—2027年）"], ["三年", "2027"]),
    (L5, *one(L5, "着眼“十四五”"), ["力争到2025年底"], ["2025"]),
    (L5, idx(L5, "三、2025年重点工作") + 1, idx(L5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (L5, *one(L5, "我们将坚持党的全面领导"), ["2024年，“绿园快办”上线事项达到402项", "2025年，我们将持续深化“放管服”改革"],
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
        err(f"{where} a list doc must be the two Nanguan reports: {docs}")
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
    qs = load("changchun_questions_dev.jsonl", QFIELDS) + load("changchun_questions_blind.jsonl", QFIELDS)
    cs = load("changchun_claims_dev.jsonl", CFIELDS) + load("changchun_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"cc-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"ccc-\d{3}", x["id"]):
            err(f"bad claim id {x['id']}")
    for text, n in Counter([x["question"] for x in qs] + [x["claim"] for x in cs]).items():
        if n > 1:
            err(f"duplicate text {text}")

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
            if any(m in qtext for m in DISTRICT_WORDS):
                err(f"{w} follow-up question is not elliptical (names the district)")
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
        if t == "messenger" and re.search(r"[，。？！；：、,?!;“”「」]", qtext):
            err(f"{w} messenger question with punctuation")
        if t in ("compare_years", "target_result") and not (isinstance(x["doc"], list) and set(x["doc"]) == BOTH):
            err(f"{w} {t} must use both Nanguan reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")
        if t == "compare_years" and x["answerable"] and len(x["answer_facts"]) < 2:
            err(f"{w} compare_years needs one group per year")

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
                    forms = {num, num.replace(",", "")}
                    if len(num.replace(",", "").split(".")[0]) > 3:
                        bare = num.replace(",", "")
                        forms.add(f"{int(bare.split('.')[0]):,}" + ("." + bare.split(".")[1] if "." in bare else ""))
                    for form in forms:
                        for p in in_prose(form):
                            err(f"table-only figure {form} ({cells[0]}) also occurs in prose: {p[:20]}")
            else:
                for num in nums:
                    if not in_prose(num):
                        err(f"prose-repeating row figure {num} ({cells[0]}) not in prose")
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
    # evidence never comes from field instructions, the docx header / footer, the watermark / PDF footers or the page
    # furniture (none of it is in the sources anyway)
    mc = load_make_corpus()
    furniture = [nz for nz in mc.HTML_NOISE if len(nz) > 4] + [mc.WATERMARK, "下载时间", "共 7 页", mc.PUBDATE[:10],
                                                               "REF _Ref", "SEQ 表", "HYPERLINK", "DOCPROPERTY"]
    for x in qs + cs:
        for s in x["evidence"]:
            if any(nz in s for nz in furniture):
                err(f"{x['id']} evidence quotes page furniture / field code: {s[:30]}")
    report_counts(qs, cs, table_only_q)


NOISE_TRAPS = ["1,083.5", "1月15日", "1月16日", "2023年引进品牌首店27家", "朝阳区", "宽城区", "长春市2024年新增市场主体",
               "2023年地区生产总值", "1,310万"]


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
    out.append(f"questions answerable only from the table (table-only rows): {len(table_only_q)} "
               + str(dict(Counter(x['type'] for x in table_only_q))))
    if len(table_only_q) < 8:
        err("fewer than 8 table questions")
    fy = [x for x in qs if (x["doc"] == N3 or isinstance(x["doc"], list))
          and any(a in s for s in x["evidence"] for a in ("过去五年，是南关", "五年来", "2017", "累计"))]
    out.append(f"questions on the 南关 five-year record 2018–2022: {len(fy)}")
    goals = [x for x in qs if any("到2025年" in s or "到2027年" in s or "两年" in s or "三年" in s for s in x["evidence"])]
    out.append(f"questions on the multi-year goals (到2027年 / 力争到2025年 / 两年行动 / 三年行动): {len(goals)}")
    mc = load_make_corpus()
    split_q = [x for x in qs + cs if x["evidence"] and N3 in (x["doc"] if isinstance(x["doc"], list) else [x["doc"]])
               and any(txt in s or s in txt for s in x["evidence"] for _p, txt, _pc in mc.SPLITS if len(s) > 3)]
    fld_q = [x for x in qs + cs if any(k in s for s in x["evidence"] for k in ("见表1", "注：表1", "《南关区老旧小区改造提升两年行动实施方案》",
                                                                              "《长春市数字经济发展", "2023年1月10日"))]
    out.append(f"items whose N3 evidence holds a figure split over runs: {len(split_q)}; resting on a field result / "
               f"hyperlink text: {len(fld_q)}")
    ncr_paras = [p for p in PARAS[N5] if any(p.startswith(k) for k in mc.NCR_DEC_PARAS + mc.NCR_HEX_PARAS)]
    ncr_spans = [t for _p, t, _k in mc.NCR_SPANS]
    mark = [t for _p, t, _r in mc.MARKUP]
    on_ncr = [x for x in qs + cs if any(s in p for s in x["evidence"] for p in ncr_paras)
              or any(t in s or s in t for s in x["evidence"] for t in ncr_spans if len(s) > 3)]
    on_mark = [x for x in qs + cs if any(t in s for s in x["evidence"] for t in mark)]
    out.append(f"items resting on a character-reference paragraph / span of the page: {len(on_ncr)}; whose evidence "
               f"holds a string the page marks up with zero-width space / soft hyphen / no-break space / split spans: "
               f"{len(on_mark)}")
    noi = [x for x in qs + cs if any(t in (x.get("question") or x.get("claim")) for t in NOISE_TRAPS)]
    out.append(f"items probing page furniture (sidebar, PubDate, watermark stamp): {len(noi)}")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    slip = re.compile("南官|南陵|永安理|绿圆|正阳理")
    two = [x for x in msg if len(x["answer_facts"]) >= 2 and not (x["expected_yesno"])]
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, "
               f"with a slip (南官 / 南陵 / 永安理 / 绿圆 / 正阳理) {sum(1 for x in msg if slip.search(x['question']))}, "
               f"asking two things {len(two)}, unanswerable {sum(1 for x in msg if not x['answerable'])}")
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
        if not 4950 <= n <= 5800:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))


# ====================================================================== corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def docx_reading(path):
    """What Word shows: w:t of every run in body order (runs inside w:hyperlink and w:fldSimple included, field
    instructions — w:instrText — never), tables as ' | '-joined rows."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    texts = []
    for ch in body:
        if ch.tag == W + "p":
            t = "".join(x.text or "" for x in ch.iter(W + "t"))
            if t:
                texts.append(t)
        elif ch.tag == W + "tbl":
            texts.extend(" | ".join("".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.iter(W + "tc"))
                         for tr in ch.iter(W + "tr"))
    return texts, root, z


def check_docx(path, out):
    mc = load_make_corpus()
    texts, root, z = docx_reading(path)
    src = PARAS[N3]
    if texts != src:
        bad = [(a[:15], b[:15]) for a, b in zip(texts, src) if a != b][:3]
        err(f"docx reading (field results, no instructions) differs from the source: {len(texts)} vs {len(src)} {bad}")
    xml = z.read("word/document.xml").decode("utf-8")
    instr = [x.text for x in root.iter(W + "instrText")]
    want = [i for _p, _r, i in mc.FIELDS]
    for i in want:
        if i not in instr:
            err(f"docx: field instruction missing {i!r}")
    begins = sum(1 for f in root.iter(W + "fldChar") if f.get(W + "fldCharType") == "begin")
    seps = sum(1 for f in root.iter(W + "fldChar") if f.get(W + "fldCharType") == "separate")
    ends = sum(1 for f in root.iter(W + "fldChar") if f.get(W + "fldCharType") == "end")
    if not begins == seps == ends == len(instr) >= 4:
        err(f"docx: unbalanced complex fields {begins}/{seps}/{ends}/{len(instr)}")
    simple = [f.get(W + "instr") for f in root.iter(W + "fldSimple")]
    if len(simple) != len(mc.SIMPLE_FIELDS):
        err(f"docx: fldSimple count {simple}")
    hls = list(root.iter(W + "hyperlink"))
    if len(hls) != len(mc.HYPERLINKS) or any(h.get(R_NS + "id") is None for h in hls):
        err("docx: w:hyperlink elements")
    rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    if mc.HL_ELEM_URL not in rels or 'TargetMode="External"' not in rels:
        err("docx: external hyperlink relationship missing")
    bms = [b.get(W + "name") for b in root.iter(W + "bookmarkStart")]
    if mc.REF_BM not in bms:
        err("docx: REF target bookmark missing")
    # a reader that also takes the instructions reads garbage
    naive = []
    for p in root.iter(W + "p"):
        naive.append("".join((x.text or "") for x in p.iter(W + "t", W + "instrText")))
    glued = [t for t in naive if "_Ref118226391" in t or "HYPERLINK" in t or "DOCPROPERTY" in t or "SEQ 表" in t]
    if len(glued) < 4:
        err("docx: instruction text should pollute an instruction-reading of ≥ 4 paragraphs")
    # figures split over runs with different rPr
    nsplit = 0
    for pre, txt, pieces in mc.SPLITS:
        found = False
        for p in root.iter(W + "p"):
            runs = [("".join(t.text or "" for t in r.iter(W + "t")), r) for r in p.iter(W + "r")]
            seq = [t for t, _r in runs]
            for k in range(len(seq) - len(pieces) + 1):
                if seq[k:k + len(pieces)] == pieces:
                    rprs = {etree_str(r.find(W + "rPr")) for _t, r in runs[k:k + len(pieces)]}
                    if len(rprs) >= 2:
                        found = True
        if not found:
            err(f"docx: split figure {txt} not found as separate runs with different rPr")
        nsplit += found
    for pre, txt, pieces in mc.SPLITS:
        if txt in xml:
            err(f"docx: split figure {txt} occurs unsplit in document.xml")
    # header / footer: PAGE field in the footer part
    parts = z.namelist()
    footers = [n for n in parts if re.match(r"word/footer\d*\.xml", n)]
    headers = [n for n in parts if re.match(r"word/header\d*\.xml", n)]
    ftxt = "".join(z.read(n).decode("utf-8") for n in footers)
    if not footers or "PAGE" not in ftxt or "NUMPAGES" not in ftxt or not headers:
        err("docx: footer with PAGE / NUMPAGES fields and a header expected")
    from docx import Document
    d = Document(str(path))
    pt = [p.text for p in d.paragraphs]
    lost = [s for s in src if SEP not in s and s not in pt]
    if not any(s.startswith("注：") for s in lost):
        err("docx: python-docx paragraph.text should lose the fldSimple result in the table note")
    cp = d.core_properties
    if cp.title != "长春市南关区2023年政府工作报告" or not cp.author or not cp.subject:
        err("docx core properties")
    out.append(f"docx: {len(texts)} paragraphs / table rows in reading order = source; {len(instr)} complex fields "
               f"(DOCPROPERTY, REF, SEQ, HYPERLINK), {len(simple)} fldSimple, {len(hls)} w:hyperlink; {nsplit} figures "
               f"split over runs with different rPr (none of them unsplit in the XML); header + footer with PAGE / "
               f"NUMPAGES; reading the instructions too pollutes {len(glued)} paragraphs; python-docx paragraph.text "
               f"loses {len(lost)} paragraph(s) (fldSimple result)")


def etree_str(el):
    from lxml import etree
    return etree.tostring(el) if el is not None else b""


def check_pdf(path, out):
    mc = load_make_corpus()
    from pypdf import PdfReader
    r = PdfReader(str(path))
    pages = [pg.extract_text() for pg in r.pages]
    total = len(pages)
    body_lines = []
    wm_pos = []
    for n, t in enumerate(pages, 1):
        lines = [ln.strip() for ln in t.split("\n") if ln.strip()]
        foot = f"第 {n} 页 共 {total} 页"
        if foot not in lines:
            err(f"pdf page {n}: footer {foot!r} missing")
        if mc.WATERMARK not in lines or mc.WATERMARK_STAMP not in lines:
            err(f"pdf page {n}: watermark missing from the text layer")
        else:
            wm_pos.append("first" if lines.index(mc.WATERMARK) == 0 else "last"
                          if lines.index(mc.WATERMARK_STAMP) == len(lines) - 1 else "middle")
        body_lines += [ln for ln in lines if ln not in (foot, mc.WATERMARK, mc.WATERMARK_STAMP)]
    squash = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    raw = squash("".join(body_lines))
    src = squash("".join(PARAS[L5]))
    if raw != src:
        k = next((i for i, (x, y) in enumerate(zip(raw, src)) if x != y), min(len(raw), len(src)))
        err(f"pdf text (watermark and footers dropped, lines joined) differs from the source at {k}: "
            f"{raw[k - 10:k + 10]!r} vs {src[k - 10:k + 10]!r}")
    # the watermark is drawn rotated 45 degrees on every page
    rot = 0
    for pg in r.pages:
        found = []

        def visit(text, cm, tm, fd, fs, found=found):
            if mc.WATERMARK in text:
                a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
                found.append(abs(a - b) < 1e-3 and a > 0)
        pg.extract_text(visitor_text=visit)
        rot += any(found)
    if rot != total:
        err(f"pdf: watermark not drawn at 45 degrees on every page ({rot}/{total})")
    # paragraphs running across pages; lines breaking inside numbers
    cross = sum(1 for n in range(total - 1)
                if not [ln for ln in pages[n].split("\n") if ln.strip() and mc.WATERMARK not in ln
                        and "下载时间" not in ln and "页 共" not in ln][-1].strip().endswith(("。", "：", "！")))
    inside_num = 0
    for a, b in zip(body_lines, body_lines[1:]):
        if re.search(r"[\d.,]$", a) and re.match(r"^[\d.,%]", b):
            inside_num += 1
    if cross < 2 or inside_num < 2:
        err(f"pdf: expected paragraphs across pages ({cross}) and lines breaking inside numbers ({inside_num})")
    info = r.metadata
    if info.get("/Title") != mc.PDF_TITLE or info.get("/Author") != "绿园区人民政府办公室":
        err("pdf document info")
    out.append(f"pdf: {total} pages, '第 n 页 共 {total} 页' footers; the 45-degree watermark '{mc.WATERMARK}' + stamp on "
               f"every page, in the text layer {Counter(wm_pos)} (first = drawn before the body, last = after); body "
               f"= source; {cross} page breaks inside paragraphs, {inside_num} line breaks inside numbers; font "
               f"{mc.font_path() or 'STSong-Light (reportlab built-in CID font, not embedded)'}")


def check_html(path, out):
    mc = load_make_corpus()
    raw = path.read_bytes()
    t = raw.decode("utf-8")
    if raw[:3] == b"\xef\xbb\xbf" or '<meta charset="utf-8">' not in t:
        err("html: UTF-8 with <meta charset> and no BOM expected")
    for piece in ["<!-- saved from url=", "当前位置：", "发布时间：", "浏览次数：", "【字号：", "打印本页", "关闭窗口",
                  "上一篇：", "下一篇：", "相关阅读", "图片新闻", "网站标识码：", "吉ICP备", "吉公网安备",
                  f'name="PubDate" content="{mc.PUBDATE}"']:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    m = re.search(r'<div class="TRS_Editor">\n(.*?)\n</div>', t, re.S)
    if not m:
        err("html: article body not found")
        return
    body = m.group(1)
    outside = t[:m.start()] + t[m.end():]
    allsrc = "\n".join(p for d in DOCS for p in PARAS[d])
    for noise in mc.HTML_NOISE:
        if noise not in outside:
            err(f"html lacks noise {noise}")
        for num in NUM_RE.findall(noise):
            if re.fullmatch(r"(19|20)\d\d", num):
                continue
            for form in {num, num.replace(",", "")}:
                if len(form) >= 3 and re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", allsrc):
                    err(f"html noise number {form} also occurs in a report")
    ps = re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)
    texts = [mc.clean_reading(s) for s in ps]
    if texts != PARAS[N5]:
        bad = [(a[:15], b[:15]) for a, b in zip(texts, PARAS[N5]) if a != b][:3]
        err(f"html paragraphs differ from the source: {len(texts)} vs {len(PARAS[N5])} {bad}")
    dec = len(re.findall(r"&#\d+;", body))
    hexn = len(re.findall(r"&#x[0-9a-fA-F]+;", body))
    zw = body.count("\u200b") + body.count("&#8203;")
    shy = body.count("&shy;")
    nb = len(re.findall(r"\d,?&nbsp;\d|[\u4e00-\u9fff]&nbsp;\d", body))
    spans = len(re.findall(r"</span><span>", body))
    if dec < 300 or hexn < 60 or zw < 8 or shy < 8 or nb < 5 or spans < 10:
        err(f"html: too few references / invisible characters ({dec}, {hexn}, {zw}, {shy}, {nb}, {spans})")
    # a reader that only strips tags (no entity decoding) or only decodes (keeps U+200B / U+00AD / U+00A0) misses text
    naive1 = [re.sub(r"<[^>]+>", "", s) for s in ps]
    naive2 = [htmlmod.unescape(re.sub(r"<[^>]+>", "", s)).strip() for s in ps]
    miss1 = sum(1 for a, b in zip(naive1, PARAS[N5]) if a != b)
    miss2 = sum(1 for a, b in zip(naive2, PARAS[N5]) if a != b)
    for num in ("1126.4", "498家", "6,350个", "8.9%", "国庆节前"):
        if re.search(r"(?<![\d.])" + re.escape(num), body):
            err(f"html: {num} should not occur literally in the article markup")
    out.append(f"html: {len(raw)} bytes UTF-8; {len(ps)} <p> = source after decoding references and removing "
               f"U+200B / U+00AD / U+00A0; {dec} decimal and {hexn} hex references, {zw} zero-width spaces, {shy} soft "
               f"hyphens, {nb} in-number no-break spaces, {spans} split spans; tag-stripping alone misreads {miss1} "
               f"paragraphs, decoding without removing invisible characters {miss2}; {len(mc.HTML_NOISE)} sidebar / "
               f"footer noise strings (none of their numbers in a report)")


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
        import docx  # noqa: F401
        import lxml  # noqa: F401
        import pypdf  # noqa: F401
    except ImportError:
        err("python-docx / lxml / pypdf missing: run with /work/main/.venv/bin/python")
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
        n0 = len(errors)
        check_docx(Path(tmp) / "nanguan-2023.docx", sub)
        check_pdf(Path(tmp) / "lvyuan-2025.pdf", sub)
        check_html(Path(tmp) / "nanguan-2025.html", sub)
        out.append("rebuilt corpus: format checks passed on the rebuilt files" if len(errors) == n0 else
                   "rebuilt corpus: format checks FAILED")
    check_docx(corpus / "nanguan-2023.docx", out)
    check_pdf(corpus / "lvyuan-2025.pdf", out)
    check_html(corpus / "nanguan-2025.html", out)


def run():
    main()
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(run())

"""Self-check of the lanzhou eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/lanzhou/source/check_gold.py
Adapted from eval/chongqing/source/check_gold.py and eval/nanning/source/check_gold.py: period-anchor zones for the
five-year record 2017–2021 / 2021 review / "到2026年" and "力争到2025年" goals / 2022 targets / two-year action
2022—2023 / 2022 plans (chengguan-2022), the 2023 review / Word table / verdict / 十四五 progress / 2024 targets /
three-year action / 2024 plans (chengguan-2024) and the 2022 review / 2023 targets / "力争到2025年" / 2023 plans
(qilihe-2023); a UTF-16 LE text file with BOM, CRLF and hard line wraps; a .docx with content controls (block, inline,
one showing its placeholder), a text box written twice (wps + VML fallback) and a Word table; a UTF-8 portal page whose
figures are split across <span>s, with a sidebar and footer of other years' / places' figures; table-only figures;
byte-reproducibility of the corpus (rebuilt into a temporary directory and compared) and the format checks on the
rebuilt files. Prints counts and every error; exit code 1 if any error.
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
C2, C4, Q3 = "chengguan-2022", "chengguan-2024", "qilihe-2023"
DOCS = [C2, C4, Q3]
BOTH = {C2, C4}
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
CG_MARK = ["城关", "城關", "程关", "Chengguan", "chengguan", "张掖路", "張掖路", "正宁路", "滨河里", "濱河里", "宾河里",
           "Binheli", "金城数字港", "金成数字港", "金城數字港", "Jincheng Digital", "雁滩", "雁灘", "Yantan", "东岗", "東崗",
           "Donggang", "酒泉路", "南关什字", "西关什字", "青白石", "伏龙坪"]
QL_MARK = ["七里河", "七裏河", "七里和", "Qilihe", "qilihe", "西站", "彭家坪", "Pengjiaping", "马滩", "馬灘", "Matan",
           "阿干", "阿乾", "Agan", "西园街道", "黄峪", "魏岭", "西果园", "建兰路", "小西湖"]
OTHER_MARK = ["兰州市", "蘭州市", "安宁区", "安寧區", "西固区", "红古区", "榆中", "皋兰", "永登", "甘肃省", "甘肅省",
              "Lanzhou City", "Anning", "Xigu", "Gansu"]
PLACE_MARK = CG_MARK + QL_MARK
DISTRICT_WORDS = ("城关", "城關", "程关", "七里河", "七裏河", "七里和")
SEP = " | "
# doc: (header row, prefixes of the table-only rows)
TABLES = {C4: ("指标 | 单位 | 2023年 | 比上年增长（%）",
               ("其中：服务业增加值 |", "规模以上工业增加值 |", "外贸进出口总额 |", "城镇居民人均可支配收入 |"))}
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區裡裏臺灣島門東遊總億項簽學濃創業產資萬術國際醫實計劃為於辦類與們過達幾麼這開來長標觀"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號糧鐵線運營額規養張個務態價鄉縣鎮鳴種積擴綜後將華網條廳對嗎"
                     r"車費電雙壓閱慶貿邊屆覽場幣匯貨倉飛龍馬鳳嶺蘭歲從應濟進發歷談頭農強準爭橋灘眾雨濱關畝樁廣統處級"
                     r"劃樣體滅]")
CORPUS = ["chengguan-2022.txt", "chengguan-2024.docx", "qilihe-2023.html"]

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
FIVE = ["过去五年，是城关发展进程中极不平凡的五年", "五年来"]
R21 = ["2021年，我们主要做了以下工作", "一、过去五年和2021年工作回顾", "2021年是中国共产党成立100周年"]
R23 = ["2023年，我们主要做了以下工作", "一、2023年工作回顾"]
R22 = ["2022年，我们主要做了以下工作", "一、2022年工作回顾", "2022年是党的二十大胜利召开之年"]


def one(doc, start):
    k = idx(doc, start)
    return k, k + 1


ZONES = [
    (C2, idx(C2, "过去五年，是城关"), idx(C2, "2021年是中国共产党"), FIVE, ["五年", "2016"]),
    (C2, idx(C2, "2021年是中国共产党"), idx(C2, "二、今后五年"), R21, ["2021"]),
    (C2, *one(C2, "到2026年"), ["到2026年"], ["2026", "今后五年"]),
    (C2, *one(C2, "对照“十四五”规划确定"), ["力争到2025年"], ["2025"]),
    (C2, *one(C2, "2022年是党的二十大召开"), ["2022年全区经济社会发展的主要预期目标是"], []),
    (C2, *one(C2, "同时，全面启动"), ["城市更新两年行动（2022—2023年）"], ["两年", "2022—2023"]),
    (C2, idx(C2, "围绕上述目标") + 1, idx(C2, "四、加强政府自身建设"), ["三、2022年目标任务和重点工作"], ["2022", "2023"]),
    (C2, *one(C2, "新征程上"), ["2021年，“城关快办”上线事项达到526项", "2022年，我们将坚持依法行政"], ["2021", "2022"]),
    (C4, idx(C4, "2023年是全面贯彻"), idx(C4, "指标 |"), R23[1:], ["2023"]),
    (C4, idx(C4, "指标 |"), idx(C4, "注："), [TABLES[C4][0]], []),
    (C4, idx(C4, "对照区十八届人大二次会议"), idx(C4, "二、2024年目标任务"), R23, ["2023", "两年行动", "两年累计"]),
    (C4, *one(C4, "2024年是中华人民共和国"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (C4, *one(C4, "同时，启动黄河风情线"), ["品质提升三年行动（2024—2026年）"], ["三年", "2024—2026"]),
    (C4, idx(C4, "三、2024年重点工作") + 1, idx(C4, "四、建设人民满意政府"), ["三、2024年重点工作"], ["2024"]),
    (C4, *one(C4, "我们将坚持党的全面领导"), ["2023年，“城关快办”上线事项达到688项", "2024年，我们将持续深化“放管服”改革"],
     ["2023", "2024"]),
    (Q3, idx(Q3, "2022年是党的二十大胜利"), idx(Q3, "二、2023年目标任务"), R22, ["2022"]),
    (Q3, *one(Q3, "2023年是全面贯彻"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (Q3, *one(Q3, "着眼“十四五”"), ["力争到2025年"], ["2025"]),
    (Q3, idx(Q3, "三、2023年重点工作") + 1, idx(Q3, "四、建设人民满意政府"), ["三、2023年重点工作"], ["2023"]),
    (Q3, *one(Q3, "我们将始终坚持党的全面领导"), ["2022年，“七里河一窗办”上线事项达到412项", "2023年，我们将坚持依法行政"],
     ["2022", "2023"]),
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
        err(f"{where} a list doc must be the two Chengguan reports: {docs}")
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
    qs = load("lanzhou_questions_dev.jsonl", QFIELDS) + load("lanzhou_questions_blind.jsonl", QFIELDS)
    cs = load("lanzhou_claims_dev.jsonl", CFIELDS) + load("lanzhou_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"lz-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"lzc-\d{3}", x["id"]):
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
        if t == "messenger" and re.search(r"[，。？！；：、,?!;]", qtext):
            err(f"{w} messenger question with punctuation")
        if t in ("compare_years", "target_result") and not (isinstance(x["doc"], list) and set(x["doc"]) == BOTH):
            err(f"{w} {t} must use both Chengguan reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")
        if t == "compare_years" and x["answerable"] and len([g for g in x["answer_facts"]]) < 2:
            err(f"{w} compare_years needs one group per year")

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

    # ---------------- table-only rows: their figures occur in no prose paragraph of any report (NFKC, with and
    # without digit grouping); the figures of the other rows do occur in prose
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
    # evidence never comes from the page furniture / placeholder (they are not in the sources anyway)
    mc = load_make_corpus()
    for x in qs + cs:
        for s in x["evidence"]:
            if mc.PLACEHOLDER in s or any(nz in s for nz in mc.HTML_NOISE if len(nz) > 4):
                err(f"{x['id']} evidence quotes page furniture: {s[:30]}")
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
    out.append(f"questions answerable only from the table (table-only rows): {len(table_only_q)} "
               + str(dict(Counter(x['type'] for x in table_only_q))))
    if len(table_only_q) < 8:
        err("fewer than 8 table questions")
    fy = [x for x in qs if (x["doc"] == C2 or isinstance(x["doc"], list))
          and any(a in s for s in x["evidence"] for a in ("过去五年，是城关", "五年来", "2016", "累计"))]
    out.append(f"questions on the 城关 five-year record 2017–2021: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
    goals = [x for x in qs if any("力争到2025年" in s or "到2026年" in s or "两年" in s or "三年" in s for s in x["evidence"])]
    out.append(f"questions on the multi-year goals (力争到2025年 / 到2026年 / 两年行动 / 三年行动): {len(goals)}")
    mc = load_make_corpus()
    box = [p for p in PARAS[C4][idx(C4, mc.TEXTBOX[0]):idx(C4, mc.TEXTBOX[1])]]
    inl = [s for _pre, s, _a, _t in mc.INLINE_SDT]
    blk = []
    for first, last, *_r in mc.BLOCK_SDT:
        blk += PARAS[C4][idx(C4, first):idx(C4, last) + 1]
    tb = [x for x in qs + cs if any(any(s in p for p in box) for s in x["evidence"])]
    sd = [x for x in qs + cs if any(any(s in p for p in blk) or any(v in s for v in inl) for s in x["evidence"])]
    out.append(f"questions / claims resting on text-box text: {len(tb)}; on content-control text: {len(sd)}")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    slip = re.compile("程关|七里和|宾河里|金成数字港|伯位")
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, "
               f"with a slip (程关 / 七里和 / 宾河里 / 金成 / 伯位) {sum(1 for x in msg if slip.search(x['question']))}, "
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
        if not 5500 <= n <= 6500:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))

# ====================================================================== corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
NUMBREAK = re.compile(r"\d[.,]?$")


def check_txt(path, out):
    mc = load_make_corpus()
    raw = path.read_bytes()
    if raw[:2] != b"\xff\xfe":
        err("txt: no UTF-16 LE byte order mark")
    try:
        raw.decode("utf-8")
        err("txt decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    if len(raw) % 2:
        err("txt: odd number of bytes")
    t = raw.decode("utf-16")  # honours (and drops) the BOM
    if t.startswith("\ufeff"):
        err("txt: BOM read as text")
    if "\r\n" not in t or "\n" in t.replace("\r\n", "") or "\r" in t.replace("\r\n", ""):
        err("txt: line ends are not CRLF only")
    lines = t.split("\r\n")
    blocks, cur = [], []
    for ln in lines:
        if ln == "":
            if cur:
                blocks.append(cur)
            cur = []
        else:
            cur.append(ln)
    if cur:
        blocks.append(cur)
    paras = ["".join(b).lstrip("\u3000") for b in blocks]
    if paras != PARAS[C2]:
        bad = [(a[:15], b[:15]) for a, b in zip(paras, PARAS[C2]) if a != b][:3]
        err(f"txt paragraphs (lines joined without separator) differ from the source: {len(paras)} vs "
            f"{len(PARAS[C2])} {bad}")
    wrapped = sum(1 for b in blocks if len(b) > 1)
    if wrapped < 35:
        err(f"txt: only {wrapped} hard-wrapped paragraphs")
    for b in blocks[3:]:
        for k, ln in enumerate(b):
            if k and ln.startswith("\u3000"):
                err(f"txt: continuation line indented: {ln[:10]}")
            if len(ln) > mc.TXT_COLS + 1:
                err(f"txt: line longer than {mc.TXT_COLS + 1} characters: {ln[:10]}")
    if not all(b[0].startswith("\u3000" * 16) for b in (blocks[0], blocks[2])):
        err("txt: title / 区长 lines not padded with U+3000")
    pairs = [(a, c) for b in blocks for a, c in zip(b, b[1:])]
    num_breaks = [(a[-5:], c[:5]) for a, c in pairs if NUMBREAK.search(a) and re.match(r"[\d.,%]", c)]
    if len(num_breaks) < 5:
        err(f"txt: only {len(num_breaks)} line breaks inside numbers")
    word_breaks = sum(1 for a, c in pairs if re.search(r"[\u4e00-\u9fff]$", a) and re.match(r"[\u4e00-\u9fff]", c))
    naive = "\n".join(ln.strip("\u3000") for ln in lines)
    lost = [p for p in PARAS[C2] if p not in naive]
    out.append(f"txt: {len(raw)} bytes UTF-16 LE with BOM (not UTF-8), CRLF, {len(lines)} lines, {wrapped} wrapped "
               f"paragraphs = source when joined without separator, {len(num_breaks)} line breaks inside numbers "
               f"{num_breaks[:4]}, {word_breaks} inside CJK text; a line-by-line reader misses {len(lost)} paragraphs")


def docx_reading(path):
    """Reading order of the body: paragraphs (text of w:t outside mc:Fallback, inline content controls included,
    placeholder-showing controls dropped), block content controls descended, the text box read once (mc:Choice) at its
    anchor, tables as ' | '-joined rows. Returns (texts, info)."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    texts, info = [], defaultdict(list)

    def placeholder(el):
        for anc in el.iterancestors(W + "sdt"):
            pr = anc.find(W + "sdtPr")
            if pr is not None and pr.find(W + "showingPlcHdr") is not None:
                return True
        return False

    def ptext(p):
        s = []
        for t in p.iter(W + "t"):
            if any(a.tag in (MC + "Fallback", W + "txbxContent") for a in t.iterancestors()):
                continue
            if placeholder(t):
                info["placeholder"].append(t.text)
                continue
            s.append(t.text or "")
        return "".join(s)

    def walk(el):
        for ch in el:
            if ch.tag == W + "p":
                texts.append(ptext(ch))
                for ac in ch.iter(MC + "AlternateContent"):
                    choice = [ptext_box(p) for p in ac.find(MC + "Choice").iter(W + "p")]
                    fallback = [ptext_box(p) for p in ac.find(MC + "Fallback").iter(W + "p")]
                    info["box"].append((choice, fallback, ptext(ch)))
                    texts.extend(choice)
            elif ch.tag == W + "sdt":
                pr = ch.find(W + "sdtPr")
                info["block_sdt"].append((pr.find(W + "alias").get(W + "val"), pr.find(W + "showingPlcHdr") is not None))
                walk(ch.find(W + "sdtContent"))
            elif ch.tag == W + "tbl":
                rows = [" | ".join("".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.iter(W + "tc"))
                        for tr in ch.iter(W + "tr")]
                info["table_prev"].append(texts[-1] if texts else "")
                texts.extend(rows)
                info["tables"].append(rows)

    def ptext_box(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    walk(body)
    for sdt in body.iter(W + "sdt"):
        if sdt.getparent().tag == W + "p":
            pr = sdt.find(W + "sdtPr")
            info["inline_sdt"].append(("".join(t.text or "" for t in sdt.iter(W + "t")),
                                       pr.find(W + "date") is not None))
    alltext = [("".join(t.text or "" for t in p.iter(W + "t"))) for p in root.iter(W + "p")]
    return [x for x in texts if x], info, alltext, z


def check_docx(path, out):
    mc = load_make_corpus()
    texts, info, alltext, z = docx_reading(path)
    src = PARAS[C4]
    if texts != src:
        bad = [(a[:15], b[:15]) for a, b in zip(texts, src) if a != b][:3]
        err(f"docx reading order differs from the source paragraphs: {len(texts)} vs {len(src)} {bad}")
    if info["placeholder"] != [mc.PLACEHOLDER] or any(mc.PLACEHOLDER in p for d in DOCS for p in PARAS[d]):
        err(f"docx placeholder content control: {info['placeholder']}")
    aliases = [a for a, ph in info["block_sdt"] if not ph]
    if aliases != [a for _f, _l, a, _t, _k in mc.BLOCK_SDT]:
        err(f"docx block content controls {info['block_sdt']}")
    if sorted(s for s, _d in info["inline_sdt"]) != sorted(s for _p, s, _a, _t in mc.INLINE_SDT):
        err(f"docx inline content controls {info['inline_sdt']}")
    if sum(1 for _s, d in info["inline_sdt"] if d) != 1:
        err("docx: one date content control expected")
    boxsrc = src[idx(C4, mc.TEXTBOX[0]):idx(C4, mc.TEXTBOX[1])]
    if len(info["box"]) != 1:
        err(f"docx: {len(info['box'])} text boxes")
    else:
        choice, fallback, anchor_text = info["box"][0]
        if choice != boxsrc or fallback != boxsrc:
            err("docx: text box (wps and VML copies) differs from the source section")
        if anchor_text:
            err("docx: text box anchor paragraph carries text")
    if len(info["tables"]) != 1 or info["tables"][0] != table_rows(C4):
        err("docx: the Word table differs from the source table rows")
    elif not info["table_prev"][0].endswith("见下表。"):
        err("docx: the table does not follow the paragraph ending 见下表。")
    from docx import Document
    d = Document(str(path))
    naive = [p.text for p in d.paragraphs]
    lost = [p for p in src if SEP not in p and p not in naive]
    short = [p for p in src if SEP not in p and p not in naive and any(p.startswith(n[:8]) for n in naive if n)]
    dup = sum(1 for p in boxsrc if alltext.count(p) == 2)
    if len(lost) < 10 or dup != len(boxsrc):
        err(f"docx: naive readings should lose / duplicate text ({len(lost)} lost, {dup} duplicated)")
    cp = d.core_properties
    if cp.title != "兰州市城关区2024年政府工作报告" or not cp.author or not cp.subject:
        err("docx core properties")
    if "<w:txbxContent>" not in z.read("word/document.xml").decode("utf-8"):
        err("docx: no w:txbxContent")
    out.append(f"docx: {len(texts)} paragraphs / table rows in reading order = source; {len(aliases)} block + "
               f"{len(info['inline_sdt'])} inline content controls (1 date), 1 placeholder control; text box of "
               f"{len(boxsrc)} paragraphs written twice (wps + VML); 1 Word table after '见下表。'; python-docx "
               f"paragraph.text misses {len(lost)} source paragraphs ({len(short)} of them only shortened by inline "
               f"controls); an all-w:t reader reads the {dup} text-box paragraphs twice")


def check_html(path, out):
    mc = load_make_corpus()
    raw = path.read_bytes()
    t = raw.decode("utf-8")
    if '<meta charset="utf-8">' not in t:
        err("html: no <meta charset=utf-8>")
    for piece in ["<!-- saved from url=", "您当前的位置：", "首页</a> &gt;", "政府工作报告</a></div>", "浏览次数：", "字号：",
                  "【打印】", "【关闭】", "分享到：", "复制链接", "【返回顶部】", "上一篇：", "下一篇：", "相关新闻", "图解",
                  "网站标识码：", "陇ICP备", "甘公网安备", "本站访问量："]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    m = re.search(r'<div class="article-con" id="zoom">\n(.*?)\n</div>\n<div class="article-foot">', t, re.S)
    if not m:
        err("html: article body not found")
        return
    body = m.group(1)
    outside = t[:m.start()] + t[m.end():]
    allsrc = "\n".join(p for d in DOCS for p in PARAS[d])
    for noise in mc.HTML_NOISE:
        if noise not in outside:
            err(f"html lacks noise figure {noise}")
        for num in NUM_RE.findall(noise):
            for form in {num, num.replace(",", "")}:
                if len(form) >= 3 and re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", allsrc):
                    err(f"html noise number {form} also occurs in a report")
    ps = re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)
    texts = [htmlmod.unescape(re.sub(r"<[^>]+>", "", s)).replace("\xa0", " ").strip(" \u3000") for s in ps]
    if texts != PARAS[Q3]:
        bad = [(a[:15], b[:15]) for a, b in zip(texts, PARAS[Q3]) if a != b][:3]
        err(f"html paragraphs differ from the source: {len(texts)} vs {len(PARAS[Q3])} {bad}")
    if "西津西路289号" not in outside or "西津西路56号" not in "".join(texts):
        err("html: the footer address / report address pair is missing")
    cuts = re.findall(r"\d[.,]?(?:</strong>)?</span><span[^>]*>(?:<strong>)?[.,]?\d", body)
    if len(cuts) < 10:
        err(f"html: only {len(cuts)} span boundaries inside numbers")
    if "&nbsp;&nbsp;&nbsp;&nbsp;" not in body or "<p>\u3000\u3000" not in body:
        err("html: both indent styles (&nbsp; and U+3000) expected")
    spaced = htmlmod.unescape(re.sub(r"<[^>]+>", " ", body))
    broken = sum(1 for p in PARAS[Q3] for num in NUM_RE.findall(p) if "." in num or "," in num) - \
        sum(1 for num in NUM_RE.findall(spaced) if "." in num or "," in num)
    out.append(f"html: {len(raw)} bytes UTF-8, {len(ps)} <p> paragraphs = source, {len(cuts)} span boundaries inside "
               f"numbers, {len(mc.HTML_NOISE)} sidebar / footer noise figures (none in a report); a reader that puts "
               f"a space between inline elements breaks {broken} decimal / grouped numbers")


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
    except ImportError:
        err("python-docx / lxml missing: run with /work/main/.venv/bin/python")
        return
    mc = load_make_corpus()
    keep = mc.OUT
    with tempfile.TemporaryDirectory() as tmp:
        mc.OUT = Path(tmp)
        try:
            mc.build_txt()
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
        check_txt(Path(tmp) / "chengguan-2022.txt", sub)
        check_docx(Path(tmp) / "chengguan-2024.docx", sub)
        check_html(Path(tmp) / "qilihe-2023.html", sub)
        out.append("rebuilt corpus: text extractable and equal to the sources")
    check_txt(corpus / "chengguan-2022.txt", out)
    check_docx(corpus / "chengguan-2024.docx", out)
    check_html(corpus / "qilihe-2023.html", out)


def run():
    main()
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(run())

"""Self-check of the taiyuan eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/taiyuan/source/check_gold.py
Adapted from eval/lanzhou/source/check_gold.py: period-anchor zones for the "十三五" record 2016–2020 / the five-year
Word table / the 2020 review / "到2025年" and "力争到2025年" goals / 2021 targets / two-year action 2021—2022 / 2021 plans
(xiaodian-2021), the 2022 review / 十四五 progress / 2023 targets / three-year action 2023—2025 / "力争到2025年" / 2023
plans (xiaodian-2023) and the 2023 review / 2024 targets / "力争到2025年" / 2024 plans (yingze-2024); a .docx with an
automatic table of contents (TOC field) and hidden text; a PDF whose body text layer uses Kangxi radicals, CJK radicals
supplement and CJK compatibility ideographs, with full-width digits in places, running header and page numbers; a
UTF-8 page with a byte order mark whose only charset declaration (meta http-equiv) says gb2312; table-only figures;
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
X1, X3, Y4 = "xiaodian-2021", "xiaodian-2023", "yingze-2024"
DOCS = [X1, X3, Y4]
BOTH = {X1, X3}
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
XD_MARK = ["小店", "晓店", "Xiaodian", "xiaodian", "亲贤", "親賢", "Qinxian", "长治路", "坞城", "塢城", "Wucheng", "平阳路",
           "Pingyanglu", "北格", "Beige", "汾东", "汾東", "Fendong", "南站", "Taiyuan South", "晋阳街", "Jinyang Street",
           "龙城大街", "刘家堡", "西温庄", "武宿"]
YZ_MARK = ["迎泽", "迎澤", "迎择", "Yingze", "yingze", "柳巷", "Liuxiang", "钟楼", "鐘樓", "Zhonglou", "食品街", "双塔寺",
           "五一广场", "郝庄", "Haozhuang", "杨家峪", "Yangjiayu", "老军营", "Laojunying", "桥东", "东山", "東山", "Dongshan",
           "桥头街", "大南门"]
OTHER_MARK = ["太原市", "山西省", "杏花岭", "尖草坪", "万柏林", "晋源", "清徐", "阳曲", "娄烦", "古交", "Taiyuan City",
              "Shanxi Province"]
PLACE_MARK = XD_MARK + YZ_MARK
DISTRICT_WORDS = ("小店", "晓店", "迎泽", "迎澤", "迎择")
SEP = " | "
TABLES = {X1: ("指标 | 单位 | 2015年 | 2020年 | 年均增长（%）",
               ("其中：第三产业增加值 |", "规模以上工业增加值 |", "外贸进出口总额 |", "城镇居民人均可支配收入 |",
                "农村居民人均可支配收入 |"))}
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區裡裏臺灣島門東遊總億項簽學濃創業產資萬術國際醫實計劃為於辦類與們過達幾麼這開來長標觀"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號糧鐵線運營額規養張個務態價鄉縣鎮種積擴綜後將華網條廳對嗎"
                     r"車費電雙壓閱慶貿邊屆覽場幣匯貨倉飛龍馬鳳嶺蘭歲從應濟進發歷談頭農強準爭橋眾濱關畝廣統處級"
                     r"劃樣體澤鐘塢親賢專產銷畢際]")
CORPUS = ["xiaodian-2021.docx", "xiaodian-2023.pdf", "yingze-2024.html"]

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


# (doc, first para, end para (exclusive), anchors, own-period words): an evidence string in a zone needs one of the
# anchors among the item's evidence unless it names the period itself. Written independently of build_gold.py.
FIVE = ["“十三五”时期，是小店发展进程中极不平凡的五年", "五年来"]
R20 = ["2020年，我们主要做了以下工作", "一、“十三五”时期和2020年工作回顾", "2020年是极不平凡的一年"]
R22 = ["2022年，我们主要做了以下工作", "一、2022年工作回顾", "2022年是党的二十大胜利召开之年"]
R23 = ["2023年，我们主要做了以下工作", "一、2023年工作回顾"]
ZONES = [
    (X1, *one(X1, "“十三五”时期，是小店"), FIVE, ["五年", "2015", "十三五"]),
    (X1, idx(X1, "指标 |"), idx(X1, "注："), [TABLES[X1][0]], []),
    (X1, idx(X1, "——产业转型"), idx(X1, "2020年是极不平凡"), FIVE, ["五年", "2015", "十三五"]),
    (X1, idx(X1, "2020年是极不平凡"), idx(X1, "各位代表！成绩来之不易"), R20, ["2020"]),
    (X1, *one(X1, "到2025年"), ["到2025年，全区地区生产总值突破1500亿元"], ["2025"]),
    (X1, *one(X1, "力争到2025年"), ["力争到2025年，数字经济核心产业增加值"], ["2025"]),
    (X1, *one(X1, "2021年是中国共产党"), ["2021年全区经济社会发展的主要预期目标是"], []),
    (X1, *one(X1, "同时，实施城中村改造"), ["两年攻坚行动（2021—2022年）"], ["两年", "2021—2022"]),
    (X1, idx(X1, "围绕上述目标") + 1, idx(X1, "四、加强政府自身建设"), ["三、2021年工作安排"], ["2021", "2022"]),
    (X1, *one(X1, "新征程上"), ["2020年，“小店通办”上线事项达到420项", "2021年，我们将坚持依法行政"], ["2020", "2021"]),
    (X3, idx(X3, "2022年是党的二十大胜利"), idx(X3, "各位代表！成绩来之不易"), R22, ["2022", "两年攻坚行动", "两年累计"]),
    (X3, *one(X3, "2023年是全面贯彻"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (X3, *one(X3, "同时，启动城市更新"), ["城市更新三年行动（2023—2025年）"], ["三年", "2023—2025"]),
    (X3, *one(X3, "着眼“十四五”"), ["力争到2025年，太原南站商务区入驻企业"], ["2025"]),
    (X3, idx(X3, "三、2023年重点工作") + 1, idx(X3, "四、建设人民满意政府"), ["三、2023年重点工作"], ["2023", "2024"]),
    (X3, *one(X3, "我们将坚持党的全面领导"), ["2022年，“小店通办”上线事项达到598项", "2023年，我们将持续深化“放管服”改革"],
     ["2022", "2023"]),
    (Y4, idx(Y4, "2023年是全面贯彻"), idx(Y4, "各位代表！成绩来之不易"), R23, ["2023"]),
    (Y4, *one(Y4, "2024年是中华人民共和国"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (Y4, *one(Y4, "着眼“十四五”"), ["力争到2025年"], ["2025"]),
    (Y4, idx(Y4, "三、2024年重点工作") + 1, idx(Y4, "四、建设人民满意政府"), ["三、2024年重点工作"], ["2024"]),
    (Y4, *one(Y4, "我们将坚持党的全面领导"), ["2023年，“迎泽快办”上线事项达到468项", "2024年，我们将持续深化“放管服”改革"],
     ["2023", "2024"]),
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
        err(f"{where} a list doc must be the two Xiaodian reports: {docs}")
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
    qs = load("taiyuan_questions_dev.jsonl", QFIELDS) + load("taiyuan_questions_blind.jsonl", QFIELDS)
    cs = load("taiyuan_claims_dev.jsonl", CFIELDS) + load("taiyuan_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"ty-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"tyc-\d{3}", x["id"]):
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
            err(f"{w} {t} must use both Xiaodian reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")
        if t == "compare_years" and x["answerable"] and len(x["answer_facts"]) < 2:
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
    # evidence never comes from hidden text, the table of contents or the page furniture (not in the sources anyway)
    mc = load_make_corpus()
    hidden = [h for _p, _c, h in mc.HIDDEN] + [h for _p, h in mc.HIDDEN_PARAS]
    for x in qs + cs:
        for s in x["evidence"]:
            if any(h in s or (len(s) > 12 and s in h) for h in hidden):
                err(f"{x['id']} evidence quotes hidden text: {s[:30]}")
            if any(nz in s for nz in mc.HTML_NOISE if len(nz) > 4):
                err(f"{x['id']} evidence quotes page furniture: {s[:30]}")
            if re.search(r"\t\d+$", s):
                err(f"{x['id']} evidence quotes a table-of-contents line: {s[:30]}")
    report_counts(qs, cs, table_only_q)


HIDDEN_TRAPS = ["框架协议", "汾东数字港三期的总投资", "汾东数字港三期总投资", "1131.2", "8.5%左右", "6000个"]
NOISE_TRAPS = ["678.5", "1400亿元", "杏花岭区2023年接待游客", "万柏林区2023年城镇新增就业", "太原市2023年地区生产总值",
               "新建南路72号", "1月22日", "迎泽区2022年地区生产总值"]


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
    fy = [x for x in qs if (x["doc"] == X1 or isinstance(x["doc"], list))
          and any(a in s for s in x["evidence"] for a in ("“十三五”时期，是小店", "五年来", "2015", "累计"))]
    out.append(f"questions on the 小店 “十三五” record 2016–2020: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
    goals = [x for x in qs if any("到2025年" in s or "两年" in s or "三年" in s for s in x["evidence"])]
    out.append(f"questions on the multi-year goals (到2025年 / 力争到2025年 / 两年攻坚行动 / 三年行动): {len(goals)}")
    mc = load_make_corpus()
    supp = set(mc.SUPPLEMENT)
    rad = set(mc.RADICALS)
    on_pdf = [x for x in qs + cs if x["evidence"] and X3 in (x["doc"] if isinstance(x["doc"], list) else [x["doc"]])]
    need_supp = [x for x in on_pdf if any(ch in supp for s in x["evidence"] if in_doc(s, X3) for ch in s)]
    need_rad = [x for x in on_pdf if any(ch in rad for s in x["evidence"] if in_doc(s, X3) for ch in s)]
    fw_paras = [p for p in PARAS[X3] if any(p.startswith(k) for k in mc.FULLWIDTH)]
    on_fw = [x for x in on_pdf if any(s in p for s in x["evidence"] for p in fw_paras)]
    out.append(f"questions / claims with evidence in the PDF: {len(on_pdf)}; whose evidence holds a character that the "
               f"text layer gives as a radical / compatibility code point: {len(need_rad)}; of them holding a CJK "
               f"radicals-supplement character (NFKC does not fold it): {len(need_supp)}; resting on a full-width-digit "
               f"paragraph: {len(on_fw)}")
    hid = [x for x in qs + cs if any(t in (x.get("question") or x.get("claim")) for t in HIDDEN_TRAPS)]
    noi = [x for x in qs + cs if any(t in (x.get("question") or x.get("claim")) for t in NOISE_TRAPS)]
    out.append(f"items probing docx hidden text: {len(hid)}; items probing HTML page furniture: {len(noi)}")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    slip = re.compile("晓店|迎择|钟楼接")
    two = [x for x in msg if len(x["answer_facts"]) >= 2 and not (x["expected_yesno"])]
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, "
               f"with a slip (晓店 / 迎择 / 钟楼接) {sum(1 for x in msg if slip.search(x['question']))}, "
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
TOC_STYLES = {"TOC1", "TOC2", "TOCHeading"}


def _style(p):
    ps = p.find(f"{W}pPr/{W}pStyle")
    return ps.get(f"{W}val") if ps is not None else None


def _hidden_run(r):
    return r.find(f"{W}rPr/{W}vanish") is not None


def docx_reading(path):
    """The published reading of the body: paragraphs in order (w:t of runs that are not hidden), table-of-contents
    paragraphs left out, paragraphs that are entirely hidden left out, tables as ' | '-joined rows. Returns
    (texts, info)."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    texts, info = [], defaultdict(list)
    for ch in body:
        if ch.tag == W + "p":
            st = _style(ch)
            if st in TOC_STYLES:
                info["toc"].append(ch)
                continue
            vis, hid = [], []
            for r in ch.iter(W + "r"):
                t = "".join(x.text or "" for x in r.iter(W + "t"))
                (hid if _hidden_run(r) else vis).append(t)
            if any(hid):
                info["hidden_runs"].extend(h for h in hid if h)
            mark_hidden = ch.find(f"{W}pPr/{W}rPr/{W}vanish") is not None
            text = "".join(vis)
            if mark_hidden and not text:
                info["hidden_paras"].append("".join(hid))
                continue
            if st in ("Heading1", "Heading2"):
                info["headings"].append((st, text, [b.get(W + "name") for b in ch.iter(W + "bookmarkStart")]))
            if text:
                texts.append(text)
        elif ch.tag == W + "tbl":
            rows = [" | ".join("".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.iter(W + "tc"))
                    for tr in ch.iter(W + "tr")]
            info["table_prev"].append(texts[-1] if texts else "")
            texts.extend(rows)
            info["tables"].append(rows)
    return texts, info, root, z


def check_docx(path, out):
    mc = load_make_corpus()
    texts, info, root, z = docx_reading(path)
    src = PARAS[X1]
    if texts != src:
        bad = [(a[:15], b[:15]) for a, b in zip(texts, src) if a != b][:3]
        err(f"docx reading (TOC and hidden text dropped) differs from the source: {len(texts)} vs {len(src)} {bad}")
    # hidden text: exactly the declared runs and paragraphs, none of it report text
    want_runs = [h for _p, _c, h in mc.HIDDEN]
    want_paras = [h for _p, h in mc.HIDDEN_PARAS]
    if sorted(info["hidden_runs"]) != sorted(want_runs + want_paras):
        err(f"docx hidden runs {info['hidden_runs']}")
    if info["hidden_paras"] != want_paras:
        err(f"docx hidden paragraphs {info['hidden_paras']}")
    allsrc = "\n".join(p for d in DOCS for p in PARAS[d])
    for h in want_runs + want_paras:
        if h in allsrc:
            err(f"docx hidden text occurs in a source: {h}")
    for fig in mc.HIDDEN_ONLY:
        if fig in allsrc or not any(fig in h for h in want_runs + want_paras):
            err(f"docx hidden-only figure {fig} must occur in hidden text and in no report")
    # table of contents: a TOC field whose result paragraphs repeat every heading with a PAGEREF page number
    xml = z.read("word/document.xml").decode("utf-8")
    if 'TOC \\o "1-2" \\h \\z \\u' not in xml:
        err("docx: no TOC field instruction")
    if "<w:sdt>" in xml or "<w:sdt " in xml:
        err("docx: the table of contents must not sit in a content control")
    heads = info["headings"]
    marks = {b for _s, _t, bs in heads for b in bs}
    toc_lines = []
    for p in info["toc"]:
        if _style(p) == "TOCHeading":
            continue
        hl = p.find(W + "hyperlink")
        if hl is None:
            err("docx: TOC entry without hyperlink")
            continue
        ts = [t.text for t in hl.iter(W + "t")]
        instr = "".join(t.text for t in hl.iter(W + "instrText"))
        anc = hl.get(W + "anchor")
        if anc not in marks or f"PAGEREF {anc}" not in instr:
            err(f"docx: TOC entry bookmark / PAGEREF mismatch {anc}")
        toc_lines.append((ts[0], ts[-1]))
    if [t for t, _pg in toc_lines] != [t for _s, t, _b in heads]:
        err("docx: TOC entries differ from the Heading 1 / Heading 2 paragraphs")
    if len(heads) != sum(1 for p in src if re.match(r"^[一二三四五六七八九十]+、", p)
                         or (re.match(r"^（[一二三四五六七八九十]+）", p) and len(p) < 30)):
        err("docx: heading count")
    if len(info["tables"]) != 1 or info["tables"][0] != table_rows(X1):
        err("docx: the Word table differs from the source table rows")
    elif not info["table_prev"][0].endswith("见下表。"):
        err("docx: the table does not follow the paragraph ending 见下表。")
    from docx import Document
    d = Document(str(path))
    naive = [p.text for p in d.paragraphs]
    toc_naive = [t for t in naive if re.search(r"\t\d+$", t)]
    with_hidden = [t for t in naive if any(h in t for h in want_runs + want_paras)]
    if len(toc_naive) != len(heads) or len(with_hidden) != len(want_runs) + len(want_paras):
        err(f"docx: python-docx should read the TOC lines and the hidden text ({len(toc_naive)}, {len(with_hidden)})")
    cp = d.core_properties
    if cp.title != "太原市小店区2021年政府工作报告" or not cp.author or not cp.subject:
        err("docx core properties")
    out.append(f"docx: {len(texts)} paragraphs / table rows in reading order = source; TOC field with {len(toc_lines)} "
               f"entries (every Heading 1 / 2 with a PAGEREF page number, e.g. {toc_lines[0][0][:12]}…{toc_lines[0][1]}); "
               f"{len(want_runs)} hidden runs + {len(want_paras)} hidden paragraph (w:vanish), none of it report text; "
               f"1 Word table after '见下表。'; python-docx paragraph.text gives {len(toc_naive)} TOC lines "
               f"('heading\\tpage') and {len(with_hidden)} paragraphs polluted by hidden text")


def pdf_pages(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return r, [pg.extract_text() for pg in r.pages]


def check_pdf(path, out):
    mc = load_make_corpus()
    r, pages = pdf_pages(path)
    body_lines = []
    for n, t in enumerate(pages, 1):
        lines = [ln for ln in t.split("\n") if ln.strip()]
        if n > 1:
            if lines[0].strip() != mc.PDF_HEADER:
                err(f"pdf page {n}: running header {lines[0][:20]!r}")
            lines = lines[1:]
        if lines[-1].strip() != f"— {n} —":
            err(f"pdf page {n}: page number {lines[-1]!r}")
        body_lines += lines[:-1]
    raw = "".join(body_lines)
    squash = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    src = squash("".join(PARAS[X3]))
    if squash(mc.fold(raw)) != src:  # fold: radicals / compatibility ideographs / full-width digits only
        a, b = squash(mc.fold(raw)), src
        k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        err(f"pdf text (NFKC + radical supplement folded, lines joined) differs from the source at {k}: "
            f"{a[k - 10:k + 10]!r} vs {b[k - 10:k + 10]!r}")
    kangxi = sum(1 for ch in raw if 0x2F00 <= ord(ch) <= 0x2FDF)
    supp = sum(1 for ch in raw if 0x2E80 <= ord(ch) <= 0x2EFF)
    compat = sum(1 for ch in raw if 0xF900 <= ord(ch) <= 0xFAFF)
    fullw = sum(1 for ch in raw if "０" <= ch <= "９")
    nf = squash(unicodedata.normalize("NFKC", raw))
    if nf == squash(unicodedata.normalize("NFKC", "".join(PARAS[X3]))):
        err("pdf: NFKC alone should not recover the source")
    if kangxi < 500 or supp < 80 or compat < 10 or fullw < 50:
        err(f"pdf: too few mapped code points (kangxi {kangxi}, supplement {supp}, compat {compat}, full-width {fullw})")
    if raw.count("小店") != 1 or raw.count("⼩店") < 10:  # 小店 only in the date line (clean font)
        err("pdf: the body text layer should give 小店 as ⼩店")
    if "小店" not in pages[0] or PDF_TITLE_CHECK not in pages[0]:
        err("pdf: title / date line (clean font) missing on page 1")
    lost = [p for p in PARAS[X3][3:] if squash(unicodedata.normalize("NFKC", p)) not in nf and len(p) > 20]
    info = r.metadata
    if info.get("/Title") != mc.PDF_TITLE or info.get("/Author") != "小店区人民政府办公室":
        err("pdf document info")
    out.append(f"pdf: {len(pages)} pages, running header on pages 2+, '— n —' page numbers; body text layer: {kangxi} "
               f"Kangxi radicals, {supp} CJK radicals-supplement characters (NFKC keeps them), {compat} CJK "
               f"compatibility ideographs, {fullw} full-width digits; NFKC + the supplement table + joining the lines "
               f"gives the source; NFKC alone still misses {len(lost)} of {len(PARAS[X3]) - 3} body paragraphs")


PDF_TITLE_CHECK = "政府工作报告"


def check_html(path, out):
    mc = load_make_corpus()
    raw = path.read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        err("html: no UTF-8 byte order mark")
    t = raw[3:].decode("utf-8")
    decl = re.findall(r"charset\s*=\s*[\"']?([\w-]+)", t, re.I)
    if decl != ["gb2312"] or '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' not in t:
        err(f"html: the only charset declaration must be http-equiv gb2312: {decl}")
    if re.search(r"<meta\s+charset", t, re.I):
        err("html: <meta charset> present")
    for enc in ("gb2312", "gbk"):
        try:
            raw.decode(enc)
            err(f"html decodes as {enc}")
        except UnicodeDecodeError:
            pass
    if "政府工作报告" in raw.decode("gbk", errors="replace"):
        err("html: a GBK reading should be mojibake")
    if "\r\n" not in t or "\n" in t.replace("\r\n", ""):
        err("html: line ends are not CRLF only")
    t = t.replace("\r\n", "\n")
    for piece in ["<!-- saved from url=", "您现在的位置：", "&gt;&gt;", "点击数：", "【字体：", "打印本页", "关闭窗口",
                  "上一篇：", "下一篇：", "相关文章", "图片新闻", "网站标识码：", "晋ICP备", "晋公网安备", "位访问者"]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    m = re.search(r'<td class="art_content" id="zoom">\n(.*?)\n          </td>', t, re.S)
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
            if re.fullmatch(r"(19|20)\d\d", num):
                continue  # years
            for form in {num, num.replace(",", "")}:
                if len(form) >= 3 and re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", allsrc):
                    err(f"html noise number {form} also occurs in a report")
    ps = re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)
    texts = [htmlmod.unescape(re.sub(r"<[^>]+>", "", s)).strip(" \u3000") for s in ps]
    if texts != PARAS[Y4]:
        bad = [(a[:15], b[:15]) for a, b in zip(texts, PARAS[Y4]) if a != b][:3]
        err(f"html paragraphs differ from the source: {len(texts)} vs {len(PARAS[Y4])} {bad}")
    if body.count("&#12288;&#12288;") < 40:
        err("html: indents as &#12288; references expected")
    if "<table" not in t[:t.find('id="zoom"')]:
        err("html: table layout expected")
    out.append(f"html: {len(raw)} bytes, UTF-8 with BOM, the only charset declaration says gb2312 (a GB2312 / GBK "
               f"reading fails or gives mojibake), CRLF, table layout; {len(ps)} <p> paragraphs = source; "
               f"{len(mc.HTML_NOISE)} sidebar / footer noise strings (none of their numbers in a report)")


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
        check_docx(Path(tmp) / "xiaodian-2021.docx", sub)
        check_pdf(Path(tmp) / "xiaodian-2023.pdf", sub)
        check_html(Path(tmp) / "yingze-2024.html", sub)
        out.append("rebuilt corpus: format checks passed on the rebuilt files" if not errors else
                   "rebuilt corpus: format checks run")
    check_docx(corpus / "xiaodian-2021.docx", out)
    check_pdf(corpus / "xiaodian-2023.pdf", out)
    check_html(corpus / "yingze-2024.html", out)


def run():
    main()
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(run())

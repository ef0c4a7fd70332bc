"""Self-check of the hohhot eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/hohhot/source/check_gold.py
Adapted from eval/taiyuan/source/check_gold.py: schema, ids, split shares, sizes; every evidence string inside exactly
one paragraph of a named doc's source AND (modulo whitespace / the " | " cell separator) in the reading of the corpus
file itself; period anchors (zones written independently of build_gold.py); answers and their numbers in the evidence;
yes/no shape; follow-up history; place marks; messenger without punctuation; english without CJK; traditional
characters; list docs = the two 赛罕 reports, no evidence string in both; table-only figures absent from all prose;
header row with every table evidence; the corpus rebuilt into a temporary directory and compared byte for byte; format
checks of the three quirks on the rebuilt and the stored files: the Word "Save as Web Page" .htm in gb2312, the .docx
whose body is one single-cell layout table with a nested data table plus header / footer parts, the scanned-and-OCRed
PDF (page images + invisible text layer). Prints counts and every error; exit code 1 if any error.
"""
import html as htmlmod
import importlib.util
import json
import re
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
S3, S5, X5 = "saihan-2023", "saihan-2025", "xincheng-2025"
DOCS = [S3, S5, X5]
BOTH = {S3, S5}
CORPUS = {S3: "saihan-2023.htm", S5: "saihan-2025.docx", X5: "xincheng-2025.pdf"}
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 75, "near_topic": 45, "yesno": 34, "english": 30, "traditional": 12, "followup": 14,
          "compare_years": 10, "target_result": 10, "other_scope": 15, "no_place": 10, "tidy": 15}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
SH_MARK = ["赛罕", "賽罕", "赛汉", "塞罕", "Saihan", "saihan", "敕勒川数智谷", "敕勒川數智谷", "Chilechuan", "敕勒川草原",
           "数智谷", "數智谷", "金桥", "昭乌达路", "大学西路", "巴彦", "黄合少", "榆林镇", "金河院区", "金河校区", "小黑河"]
XC_MARK = ["新城区", "新城區", "新城", "新成区", "Xincheng", "xincheng", "绥远里", "綏遠里", "北垣数字", "北垣數字",
           "北垣产业园", "北垣院区", "Beiyuan", "将军衙署", "保合少", "Baoheshao", "哈拉沁", "海拉尔东路", "成吉思汗大街",
           "东街", "扎尔庙沟"]
OTHER_MARK = ["呼和浩特市", "Hohhot City", "内蒙古自治区", "回民区", "玉泉区", "土默特左旗", "包头", "和林格尔", "托克托",
              "武川", "清水河"]
PLACE_MARK = SH_MARK + XC_MARK
DISTRICT_WORDS = ("赛罕", "賽罕", "赛汉", "塞罕", "新城", "新成")
SEP = " | "
TH = "指标 | 单位 | 2024年 | 增长（%） | 预期目标（%） | 完成情况"
TABLE_ONLY_ROWS = ("其中：第三产业增加值 |", "规模以上工业增加值 |", "外贸进出口总额 |", "实际使用外资 |",
                   "城镇居民人均可支配收入 |", "农村居民人均可支配收入 |")
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區賽數時麼計劃學個鎮張獲評稱號辦線項預總產綏遠開車擴種積畝經濟駐業溝發鄉農樂億長蘭門東"
                     r"這們為實現務態價廳對嗎雙貿場際國醫標誌養條]")
PUNCT_RE = re.compile(r"[，。？！；：、,?!;]")

errors = []


def err(msg):
    errors.append(msg)


def paragraphs(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: paragraphs(d) for d in DOCS}


def n_paras(s, doc):
    return sum(1 for p in PARAS[doc] if s in p)


def idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


def one(doc, start):
    k = idx(doc, start)
    return k, k + 1


def head(doc, text):
    k = PARAS[doc].index(text)
    return k


# (doc, first para, end para (exclusive), anchors, own-period words): an evidence string in a zone needs one of the
# anchors among the item's evidence unless it names the period itself. Written independently of build_gold.py.
R22 = ["一、2022年工作回顾", "2022年，我们主要做了以下工作"]
R24 = ["一、2024年工作回顾", "2024年，我们主要做了以下工作"]
ZONES = [
    (S3, head(S3, "一、2022年工作回顾") + 1, head(S3, "各位代表！成绩来之不易，这是市委、市政府和区委坚强领导的结果，是区人大、区政协监督支持的结果，是全区各族干部群众团结奋斗的结果。在此，我代表区人民政府，向全区各族干部群众，向各位人大代表、政协委员，向驻区部队、高校和各界人士，表示衷心的感谢！"), R22, ["2022"]),
    (S3, *one(S3, "2023年全区经济社会发展的主要预期目标是"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (S3, *one(S3, "同时，实施老旧小区改造提质两年攻坚行动"), ["两年攻坚行动（2023—2024年）"], ["两年", "2023—2024"]),
    (S3, *one(S3, "着眼“十四五”规划目标，力争到2025年"), ["力争到2025年"], ["2025"]),
    (S3, idx(S3, "（一）全力扩大有效投资"), head(S3, "三、加强政府自身建设"), ["二、2023年工作安排"], ["2023", "2024"]),
    (S3, *one(S3, "新征程上"), ["2023年“赛罕速办”上线事项突破420项"], ["2023"]),
    (S5, head(S5, "一、2024年工作回顾") + 1, idx(S5, "表1　"), R24, ["2024"]),
    (S5, idx(S5, TH), idx(S5, "注：地区生产总值"), [TH], []),
    (S5, idx(S5, "对照“十四五”规划目标"), idx(S5, "各位代表！成绩来之不易"), R24, ["2024", "两年攻坚行动", "两年累计"]),
    (S5, *one(S5, "2025年全区经济社会发展的主要预期目标是"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (S5, *one(S5, "同时，启动城市更新三年行动"), ["三年行动（2025—2027年）", "展望2027年"], ["三年", "2025—2027", "2027"]),
    (S5, idx(S5, "（一）全力扩大有效投资"), head(S5, "三、加强政府自身建设"), ["二、2025年工作安排"], ["2025", "2026"]),
    (S5, *one(S5, "我们将坚持党的全面领导"), ["2025年，我们将持续深化政务公开"], ["2025"]),
    (X5, head(X5, "一、2024年工作回顾") + 1, idx(X5, "各位代表！成绩来之不易"), R24, ["2024"]),
    (X5, *one(X5, "2025年全区经济社会发展的主要预期目标是"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (X5, *one(X5, "力争到2025年底"), ["力争到2025年底", "展望2027年"], ["2025", "2027"]),
    (X5, idx(X5, "（一）全力抓项目扩投资"), head(X5, "三、加强政府自身建设"), ["二、2025年工作安排"], ["2025"]),
    (X5, *one(X5, "我们将坚持党的全面领导"), ["2025年，我们将持续深化政务公开"], ["2025"]),
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
                    if zd != d or not a <= i < b or any(s in an or an in s for an in anchors) or any(w in s for w in own):
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


def squash(s):
    return re.sub(r"\s+", "", s.replace(SEP, ""))


READINGS = {}  # doc -> squashed reading of the stored corpus file (filled by check_corpus)


def check_doc_evidence(it, docs, where):
    docs = docs if isinstance(docs, list) else [docs]
    if any(d not in DOCS for d in docs):
        err(f"{where} bad doc {docs}")
        return
    if len(docs) > 1 and (set(docs) != BOTH or len(docs) != 2):
        err(f"{where} a list doc must be the two Saihan reports: {docs}")
    matched = set()
    for s in it["evidence"]:
        if not isinstance(s, str) or not s:
            err(f"{where} bad evidence {s!r}")
            continue
        hits = [d for d in docs if n_paras(s, d)]
        if not hits:
            err(f"{where} evidence not in {docs} (one paragraph): {s}")
        for d in hits:
            if n_paras(s, d) > 1:
                err(f"{where} evidence string occurs in {n_paras(s, d)} paragraphs of {d}: {s[:30]}")
            if READINGS and squash(s) not in READINGS[d]:
                err(f"{where} evidence not found in the reading of corpus/{CORPUS[d]}: {s[:30]}")
        matched.update(hits)
        if len(docs) > 1 and len(hits) > 1:
            err(f"{where} evidence string occurs in both docs of a list-doc item: {s[:30]}")
    if len(docs) > 1 and matched != set(docs):
        err(f"{where} list doc without evidence in each doc: {docs} matched {sorted(matched)}")
    check_year_anchor(it, docs, where)


def table_rows(doc):
    return [p for p in PARAS[doc] if SEP in p]


def prose_paras():
    return [p for d in DOCS for p in PARAS[d] if SEP not in p]


def in_prose(num):
    """Prose paragraphs holding num as a whole number (digit grouping ignored)."""
    bare = num.replace(",", "")
    pat = re.compile(r"(?<![\d.])" + re.escape(bare) + r"(?![\d]|\.\d)")
    return [p for p in prose_paras() if pat.search(p.replace(",", ""))]


def is_table_only_fact(x):
    """An answerable question whose answer rests on a table-only cell: evidence holds a table-only row, or a table
    row whose cited answer number occurs in no prose paragraph (the 2024 targets of the prose-repeating rows)."""
    rows = [s for s in x["evidence"] if s in table_rows(S5) and s != TH]
    if not rows:
        return False
    if any(r.startswith(TABLE_ONLY_ROWS) for r in rows):
        return True
    nums = [n for g in x["answer_facts"] for n in NUM_RE.findall(g[0])]
    return any(not in_prose(n) for n in nums)


def main():
    qs = load("hohhot_questions_dev.jsonl", QFIELDS) + load("hohhot_questions_blind.jsonl", QFIELDS)
    cs = load("hohhot_claims_dev.jsonl", CFIELDS) + load("hohhot_claims_blind.jsonl", CFIELDS)
    check_corpus_readings()
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"hh-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"hhc-\d{3}", x["id"]):
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
        if t == "messenger" and PUNCT_RE.search(qtext):
            err(f"{w} messenger question with punctuation")
        if t in ("compare_years", "target_result") and not (isinstance(x["doc"], list) and set(x["doc"]) == BOTH):
            err(f"{w} {t} must use both Saihan reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")
        if t in ("compare_years", "target_result") and x["answerable"] and len(x["answer_facts"]) < 2:
            err(f"{w} {t} needs one group per year / per target and result")

    # ---------------- claims
    for x in cs:
        w = x["id"]
        if x["kind"] not in CKINDS:
            err(f"{w} unknown kind {x['kind']}")
        if x["label"] not in LABELS:
            err(f"{w} bad label")
        if not x["claim"].endswith("。"):
            err(f"{w} claim does not end with 。")
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
            if x["doc"] != S5:
                err(f"{w} table_figure claim not on the table doc")
                continue
            if x["label"] != "not_found" and TH not in x["evidence"]:
                err(f"{w} table_figure evidence without the header row")
            for s in x["evidence"]:
                if s not in table_rows(S5):
                    err(f"{w} table_figure evidence is not a table row: {s}")
                elif s != TH and not s.startswith(TABLE_ONLY_ROWS):
                    err(f"{w} table_figure evidence is a row that repeats prose figures: {s}")

    # ---------------- the table: table-only rows' figures occur in no prose paragraph of any report; the other rows'
    # results occur in prose, their 2024 targets (预期目标 column) do not
    rows = table_rows(S5)
    if rows[0] != TH:
        err("saihan-2025 table header row")
    if len(rows) != 11:
        err(f"saihan-2025 table has {len(rows)} rows")
    for row in rows[1:]:
        cells = row.split(SEP)
        if len(cells) != 6:
            err(f"table row with {len(cells)} cells: {row}")
            continue
        if row.startswith(TABLE_ONLY_ROWS):
            for num in NUM_RE.findall(" ".join(cells[2:5])):
                for p in in_prose(num):
                    err(f"table-only figure {num} ({cells[0]}) also occurs in prose: {p[:20]}")
        else:
            for num in NUM_RE.findall(" ".join(cells[2:4])):
                if not in_prose(num):
                    err(f"prose-repeating row figure {num} ({cells[0]}) not in prose")
            for num in NUM_RE.findall(cells[4]):
                if in_prose(num):
                    err(f"2024 target {num} ({cells[0]}) should be table-only but occurs in prose")
    for d in (S3, X5):
        if table_rows(d):
            err(f"{d} has table rows")
    for x in qs + cs:
        if any(s in table_rows(S5) and s != TH for s in x["evidence"]) and TH not in x["evidence"]:
            err(f"{x['id']} table evidence without the header row")
    table_only_q = [x for x in qs if x["answerable"] and is_table_only_fact(x)]
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
    if not 0.35 <= nd / (nd + nb) <= 0.55:
        err(f"question dev share {nd / (nd + nb):.2f}")
    out.append(f"questions resting on table-only cells: {len(table_only_q)} "
               + str(dict(Counter(x['type'] for x in table_only_q))))
    if len(table_only_q) < 8:
        err("fewer than 8 table-only questions")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    slip = re.compile("赛汉|塞罕|新成")
    two = [x for x in msg if len(x["answer_facts"]) >= 2 and not x["expected_yesno"]]
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, "
               f"with a slip (赛汉 / 塞罕 / 新成) {sum(1 for x in msg if slip.search(x['question']))}, "
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
    out.append(f"claims with full-width digits: {sum(1 for x in cs if re.search('[０-９]', x['claim']))}")
    on = lambda d: [x for x in qs + cs if x["evidence"] and d in (x["doc"] if isinstance(x["doc"], list) else [x["doc"]])]  # noqa: E731,E501
    split_num = [x for x in on(S3) if any(re.search(r"\d[.,]\d|\d%", s) for s in x["evidence"] if n_paras(s, S3))]
    out.append(f"items with evidence in the .htm: {len(on(S3))} (holding a number that the .htm splits over spans: "
               f"{len(split_num)}); in the .docx: {len(on(S5))} (on the nested table: "
               f"{sum(1 for x in on(S5) if TH in x['evidence'])}); in the OCR PDF: {len(on(X5))}")
    check_corpus(out)
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK ideographs")
        if not 4500 <= n <= 5600:
            err(f"source {d} has {n} CJK ideographs")
    print("\n".join(out))


# ====================================================================== corpus readings
def htm_reading(path):
    """The correct reading of the Word .htm: bytes decoded as GB2312 (WHATWG: GBK, identical here), comments (Word's
    conditional <xml> blocks) and <head> dropped, every <p> of the body in order, its text content with entities
    decoded, NBSP read as a space, leading / trailing white space removed, empty paragraphs skipped."""
    import lxml.html
    raw = path.read_bytes()
    text = raw.decode("gb2312")
    root = lxml.html.document_fromstring(text)
    body = root.find("body")
    out = []
    for p in body.iter("p"):
        t = p.text_content().replace("\xa0", " ")
        t = re.sub(r"[ \t\r\n]+", " ", t).strip()
        if t:
            out.append(t)
    return out


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_reading(path):
    """The correct reading of the .docx: inside the single-cell layout table, the cell's children in document order —
    paragraphs (all w:t), the nested table as ' | '-joined rows; empty paragraphs skipped; header / footer parts are
    not body text."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    out = []

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    for ch in body:
        if ch.tag == W + "tbl":
            for tc in ch.findall(f"{W}tr/{W}tc"):
                for e in tc:
                    if e.tag == W + "p" and ptext(e):
                        out.append(ptext(e))
                    elif e.tag == W + "tbl":
                        for tr in e.findall(W + "tr"):
                            out.append(SEP.join(ptext(p) for p in tr.iter(W + "p")))
        elif ch.tag == W + "p" and ptext(ch):
            out.append(ptext(ch))
    return out


def pdf_reading(path):
    """The correct reading of the OCR PDF: pypdf's text of every page (the invisible layer), the page-number line
    '- n -' dropped, lines joined."""
    from pypdf import PdfReader
    r = PdfReader(str(path))
    lines = []
    for n, pg in enumerate(r.pages, 1):
        ls = [ln for ln in pg.extract_text().split("\n") if ln.strip()]
        if ls and ls[-1].strip() == f"- {n} -":
            ls = ls[:-1]
        else:
            err(f"pdf page {n}: no page number line '- {n} -'")
        lines += ls
    return lines


def check_corpus_readings():
    corpus = ROOT / "corpus"
    try:
        READINGS[S3] = squash("".join(htm_reading(corpus / CORPUS[S3])))
        READINGS[S5] = squash("".join(docx_reading(corpus / CORPUS[S5])))
        READINGS[X5] = squash("".join(pdf_reading(corpus / CORPUS[X5])))
    except Exception as e:  # noqa: BLE001
        err(f"corpus readings failed: {e!r}")
        READINGS.clear()


def check_htm(path, out):
    raw = path.read_bytes()
    try:
        t = raw.decode("gb2312")
    except UnicodeDecodeError as e:
        err(f"htm does not decode as gb2312: {e}")
        return
    if raw.decode("gbk") != t:
        err("htm: GBK and GB2312 readings differ")
    try:
        raw.decode("utf-8")
        err("htm decodes as UTF-8 (should be GB2312 bytes)")
    except UnicodeDecodeError:
        pass
    if raw[:3] == b"\xef\xbb\xbf":
        err("htm has a BOM")
    if "\r\n" not in t or "\n" in t.replace("\r\n", ""):
        err("htm: line ends are not CRLF only")
    decl = re.findall(r"charset\s*=\s*[\"']?([\w-]+)", t, re.I)
    if decl != ["gb2312"] or '<meta http-equiv=Content-Type content="text/html; charset=gb2312">' not in t:
        err(f"htm: charset declaration {decl}")
    for piece in ['xmlns:o="urn:schemas-microsoft-com:office:office"', 'xmlns:w="urn:schemas-microsoft-com:office:word"',
                  "<meta name=ProgId content=Word.Document>", '<meta name=Generator content="Microsoft Word 15">',
                  "<!--[if gte mso 9]><xml>", "<o:DocumentProperties>", "<w:WordDocument>", "</xml><![endif]-->",
                  "p.MsoNormal, li.MsoNormal, div.MsoNormal", "@page WordSection1", "<div class=WordSection1",
                  "<style>"]:
        if piece not in t:
            err(f"htm lacks Word HTML piece {piece!r}")
    if re.search(r"<h[1-6][\s>]", t, re.I):
        err("htm has <h1>–<h6> headings")
    body = t[t.index("<body"):]
    ps = re.findall(r"<p\b[^>]*>", body)
    if not ps or any("class=MsoNormal" not in p for p in ps):
        err("htm: every paragraph must be <p class=MsoNormal>")
    nop = body.count("<o:p></o:p>")
    en = body.count("<span\r\nlang=EN-US") + body.count("<span lang=EN-US")
    split = len(re.findall(r"\d</span><span\s+lang=EN-US\s+style='font-family:\"Times New Roman\"'>[.,%]", body))
    nbsp = body.count("&nbsp;&nbsp;&nbsp;")
    bold_heads = len(re.findall(r"<b><span[^>]*>[一二三]、", body))
    paras = htm_reading(path)
    if paras != PARAS[S3]:
        bad = [(a[:15], b[:15]) for a, b in zip(paras, PARAS[S3]) if a != b][:3]
        err(f"htm reading differs from the source: {len(paras)} vs {len(PARAS[S3])} {bad}")
    if nop < len(PARAS[S3]) or en < 300 or split < 60 or nbsp < 30 or bold_heads != 3:
        err(f"htm quirk counts: o:p {nop}, EN-US spans {en}, split numbers {split}, nbsp indents {nbsp}, "
            f"bold part headings {bold_heads}")
    if "&#8212;&#8212;" not in body:
        err("htm: the em dashes should be references")
    # what simpler readers get
    naive = htmlmod.unescape(re.sub(r"<[^>]+>", "", t))  # tags stripped, comments' insides kept
    junk = [s for s in ("赛罕区政府办", "综合科", "呼和浩特市赛罕区人民政府办公室", "7.8 磅") if s in naive]
    spaced = re.sub(r"\s+", " ", htmlmod.unescape(re.sub(r"<[^>]+>", " ", body)))
    if "986 .4" not in spaced or "2 .1 %" not in spaced:
        err("htm: replacing tags by spaces should split the numbers")
    if len(junk) < 3:
        err(f"htm: the conditional-comment xml should carry document properties {junk}")
    out.append(f"htm: {len(raw)} bytes, GB2312 bytes + meta charset gb2312, CRLF, Word HTML (ProgId Word.Document, "
               f"o: / w: namespaces, 2 <!--[if gte mso 9]><xml> blocks, <style> p.MsoNormal); {len(ps)} <p "
               f"class=MsoNormal> (no <h1>–<h6>; {bold_heads} bold part headings), {en} EN-US spans, {split} numbers "
               f"split over spans, {nbsp} &nbsp; indents, {nop} <o:p></o:p>; the reading = source ({len(paras)} "
               f"paragraphs); tag stripping that keeps comment insides adds {junk}; tags-to-spaces gives '986 .4' and '2 .1 %'")


def check_docx(path, out):
    from docx import Document
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    kids = [ch.tag.replace(W, "") for ch in body]
    if kids != ["tbl", "p", "sectPr"]:
        err(f"docx body children {kids}")
    outer = body.find(W + "tbl")
    trs = outer.findall(W + "tr")
    tcs = outer.findall(f"{W}tr/{W}tc")
    if len(trs) != 1 or len(tcs) != 1:
        err(f"docx layout table has {len(trs)} rows / {len(tcs)} cells")
    last_p = body.find(W + "p")
    if "".join(t.text or "" for t in last_p.iter(W + "t")):
        err("docx: the body paragraph outside the layout table is not empty")
    nested = tcs[0].findall(W + "tbl") if tcs else []
    if len(nested) != 1 or len(nested[0].findall(W + "tr")) != 11 or \
            any(len(tr.findall(W + "tc")) != 6 for tr in nested[0].findall(W + "tr")):
        err("docx: one nested 11 x 6 data table expected inside the layout cell")
    borders = outer.find(f"{W}tblPr/{W}tblBorders")
    if borders is None or any(b.get(W + "val") != "nil" for b in borders):
        err("docx: the layout table should have no borders")
    reading = docx_reading(path)
    if reading != PARAS[S5]:
        bad = [(a[:15], b[:15]) for a, b in zip(reading, PARAS[S5]) if a != b][:3]
        err(f"docx reading differs from the source: {len(reading)} vs {len(PARAS[S5])} {bad}")
    names = z.namelist()
    hdr = [n for n in names if re.fullmatch(r"word/header\d+\.xml", n)]
    ftr = [n for n in names if re.fullmatch(r"word/footer\d+\.xml", n)]
    htext = "".join(etree.fromstring(z.read(hdr[0])).itertext()) if hdr else ""
    fxml = z.read(ftr[0]).decode("utf-8") if ftr else ""
    if htext != "赛罕区人民政府工作报告":
        err(f"docx header text {htext!r}")
    if 'w:fldCharType="begin"' not in fxml or " PAGE " not in fxml or 'w:fldCharType="end"' not in fxml:
        err("docx footer lacks the PAGE field")
    if any("赛罕区人民政府工作报告" in p for p in PARAS[S5]):
        err("docx running header text occurs in the source")
    d = Document(str(path))
    naive = [p.text for p in d.paragraphs]
    cell = d.tables[0].cell(0, 0)
    cell_text = cell.text
    missing_rows = [r for r in table_rows(S5) if r.split(SEP)[0] not in cell_text]
    if naive != [""] or len(d.tables) != 1 or len(cell.tables) != 1 or len(missing_rows) < 3 or \
            any(v in cell_text for v in ("预期目标（%）", "56820", "812.4", "26370")):
        err(f"docx: python-docx should see one empty body paragraph ({naive[:2]}), one table, a cell whose .text "
            f"lacks the nested table ({len(missing_rows)})")
    cp = d.core_properties
    if cp.title != "呼和浩特市赛罕区2025年政府工作报告" or not cp.author:
        err("docx core properties")
    out.append(f"docx: body = one layout table (1 row, 1 cell, no borders) + one empty paragraph; the cell holds "
               f"{len(reading)} paragraphs / rows = source, incl. a nested 11 x 6 Table Grid table; header part "
               f"'{htext}', footer part with a PAGE field; python-docx Document.paragraphs gives {naive}, "
               f"cell.text lacks the nested table (its header and table-only cells; nested table only via "
               f"cell.tables)")


def check_pdf(path, out):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    n_img, n_bt, bad_tr, pn_ok = 0, 0, 0, 0
    for n, pg in enumerate(r.pages, 1):
        xo = pg["/Resources"].get("/XObject", {})
        imgs = [k for k in xo if xo[k].get_object()["/Subtype"] == "/Image"]
        if len(imgs) != 1:
            err(f"pdf page {n}: {len(imgs)} images")
            continue
        im = xo[imgs[0]].get_object()
        if (im["/Width"], im["/Height"]) != (827, 1169):
            err(f"pdf page {n}: image size {im['/Width']}x{im['/Height']}")
        n_img += 1
        data = pg.get_contents().get_data().decode("latin-1")
        if not re.search(r"595\.2756 0 0 841\.8898 0 0 cm", data):
            err(f"pdf page {n}: the image does not cover the page")
        blocks = re.findall(r"BT (.*?) ET", data, re.S)
        texts = [b for b in blocks if " Tj" in b]
        bts = len(texts)
        n_bt += bts
        if len(blocks) - bts > 1:
            err(f"pdf page {n}: {len(blocks) - bts} text objects without text")
        trs = re.findall(r"(\d) Tr", data)
        bad_tr += sum(1 for x in trs if x != "3")
        if len(trs) != bts:
            err(f"pdf page {n}: {bts} text objects but {len(trs)} Tr operators")
        if any(len(re.findall(r"[\d.-]+ [\d.-]+ Tm", b)) < 1 or " Tz" not in b or " 3 Tr" not in " " + b
               for b in texts):
            err(f"pdf page {n}: every text object should be positioned with Tm and scaled with Tz")
        lines = [ln for ln in pg.extract_text().split("\n") if ln.strip()]
        if len(lines) != bts:
            err(f"pdf page {n}: {len(lines)} extracted lines vs {bts} text objects")
        if lines and lines[-1] == f"- {n} -":
            pn_ok += 1
    if bad_tr:
        err(f"pdf: {bad_tr} text objects not in render mode 3")
    reading = "".join(pdf_reading(path))
    if squash(reading) != squash("".join(PARAS[X5])):
        a, b = squash(reading), squash("".join(PARAS[X5]))
        k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        err(f"pdf reading differs from the source at {k}: {a[k - 10:k + 10]!r} vs {b[k - 10:k + 10]!r}")
    info = r.metadata
    if info.get("/Title") != "呼和浩特市新城区2025年政府工作报告（扫描件）" or info.get("/Author") != "新城区人民政府办公室":
        err("pdf document info")
    out.append(f"pdf: {len(r.pages)} pages, each one 827 x 1169 page image covering the page ({n_img}); {n_bt} text "
               f"objects (one per line, Tm + Tz, all render mode 3 = invisible); '- n -' page numbers in the text "
               f"layer on {pn_ok} pages; the text layer, page numbers dropped and lines joined, = source")


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
    if files != sorted(CORPUS.values()):
        err(f"corpus files {files}")
    mc = load_make_corpus()
    keep = mc.OUT
    with tempfile.TemporaryDirectory() as tmp:
        mc.OUT = Path(tmp)
        try:
            mc.build_htm()
            mc.build_docx()
            mc.build_pdf()
        finally:
            mc.OUT = keep
        bad = [n for n in CORPUS.values() if (Path(tmp) / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py")
        if not bad:
            out.append("corpus: all three files reproduced byte for byte by make_corpus.py (temporary rebuild)")
        n0 = len(errors)
        sub = []
        check_htm(Path(tmp) / CORPUS[S3], sub)
        check_docx(Path(tmp) / CORPUS[S5], sub)
        check_pdf(Path(tmp) / CORPUS[X5], sub)
        out.append("rebuilt corpus: format checks passed on the rebuilt files" if len(errors) == n0 else
                   "rebuilt corpus: format checks FAILED on the rebuilt files")
    check_htm(corpus / CORPUS[S3], out)
    check_docx(corpus / CORPUS[S5], out)
    check_pdf(corpus / CORPUS[X5], out)


def run():
    main()
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(run())

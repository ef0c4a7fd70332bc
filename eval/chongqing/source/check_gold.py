"""Self-check of the chongqing eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/chongqing/source/check_gold.py
Adapted from eval/nanning/source/check_gold.py and eval/harbin/source/check_gold.py: period-anchor zones for the
five-year record 2018–2022 / 2022 review / "到2027年" and "力争到2025年" goals / 2023 targets / two-year action /
2023 plans (yuzhong-2023), the 2024 review / positioned-text table / 2025 targets and plans (yuzhong-2025) and the
2023 review / 2024 targets / "力争到2025年" / 2024 plans (jiangbei-2024); a GBK old-CMS page with <br> paragraphs in a
layout-table cell; a PDF drawn glyph by glyph with justified lines, running header, "第 n 页 共 N 页" footer and a
table of positioned text without rules; a .docx with tracked changes (two authors, digits replaced inside numbers,
inserted / deleted paragraphs) and comments; table-only figures; byte-reproducibility of the corpus (rebuilt into a
temporary directory and compared) and the format checks on the rebuilt files.
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
Y3, Y5, J4 = "yuzhong-2023", "yuzhong-2025", "jiangbei-2024"
DOCS = [Y3, Y5, J4]
BOTH = {Y3, Y5}
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
YZ_MARK = ["渝中", "鱼中", "Yuzhong", "yuzhong", "解放碑", "望龙里", "望龍里", "Wanglongli", "化龙桥", "Hualongqiao",
           "七星岗", "大坪街道", "十八梯", "山城巷"]
JB_MARK = ["江北", "将北", "Jiangbei", "jiangbei", "观音桥", "觀音橋", "寸滩", "江湾里", "铁山坪", "五里店"]
OTHER_MARK = ["重庆市", "重慶市", "沙坪坝", "九龙坡", "南岸区", "渝北", "大渡口", "巴南", "北碚", "Chongqing",
              "Shapingba", "Jiulongpo", "Nan'an", "Yubei", "Dadukou"]
PLACE_MARK = YZ_MARK + JB_MARK
SEP = " | "
# doc: (header row, prefixes of the table-only rows)
TABLES = {Y5: ("指标 | 单位 | 2024年 | 比上年增长（%）",
               ("服务业增加值 |", "规模以上工业增加值 |", "外贸进出口总额 |", "城镇常住居民人均可支配收入 |"))}
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區裡裏臺灣島門東遊總億項簽學濃創業產資萬術國際醫實計劃為於辦類與們過達幾麼這開來長標觀"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號糧鐵線運營額規養張個務態價鄉縣鎮鳴種積擴綜後將華網條廳對嗎"
                     r"車費電雙壓閱慶貿邊屆覽場幣匯貨倉飛龍馬鳳嶺蘭歲從應濟進發歷談頭農強準爭歲橋灘龍眾應強雨]")
CORPUS = ["jiangbei-2024.docx", "yuzhong-2023.html", "yuzhong-2025.pdf"]

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
FIVE = ["过去五年，是渝中发展进程中极不平凡的五年", "五年来"]
Y22 = ["2022年，我们主要做了以下工作", "2022年是党的二十大胜利召开之年", "一、过去五年和2022年工作回顾"]
R24 = ["2024年，我们主要做了以下工作", "一、2024年工作回顾"]
R23 = ["一、2023年工作回顾", "2023年，我们主要做了以下工作", "2023年是全面贯彻党的二十大精神的开局之年"]
ZONES = [
    (Y3, idx(Y3, "过去五年，是渝中"), idx(Y3, "2022年是党的二十大"), FIVE, ["五年", "2017"]),
    (Y3, idx(Y3, "2022年是党的二十大"), idx(Y3, "二、今后五年"), Y22, ["2022"]),
    (Y3, idx(Y3, "到2027年"), idx(Y3, "到2027年") + 1, ["到2027年"], ["2027", "今后五年"]),
    (Y3, idx(Y3, "对照“十四五”规划"), idx(Y3, "对照“十四五”规划") + 1, ["力争到2025年"], ["2025"]),
    (Y3, idx(Y3, "2023年是全面贯彻落实"), idx(Y3, "2023年是全面贯彻落实") + 1,
     ["2023年全区经济社会发展的主要预期目标是"], []),
    (Y3, idx(Y3, "同时，全面启动"), idx(Y3, "同时，全面启动") + 1, ["城市更新提升两年行动（2023—2024年）"],
     ["两年", "2023—2024"]),
    (Y3, idx(Y3, "围绕上述目标") + 1, idx(Y3, "四、加强政府自身建设"), ["三、2023年目标任务和重点工作"], ["2023", "2024"]),
    (Y3, idx(Y3, "新征程上"), idx(Y3, "新征程上") + 1,
     ["2022年，“渝中快办”上线事项达到612项", "2023年，我们将坚持依法行政"], ["2022", "2023"]),
    (Y5, idx(Y5, "2024年是中华人民共和国"), idx(Y5, "表1"), R24[1:], ["2024"]),
    (Y5, idx(Y5, "指标 |"), idx(Y5, "注："), [TABLES[Y5][0]], []),
    (Y5, idx(Y5, "对照区十九届人大二次会议"), idx(Y5, "二、2025年目标任务"), R24, ["2024"]),
    (Y5, idx(Y5, "2025年是“十四五”"), idx(Y5, "2025年是“十四五”") + 1, ["2025年全区经济社会发展的主要预期目标是"], []),
    (Y5, idx(Y5, "三、2025年重点工作") + 1, idx(Y5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (Y5, idx(Y5, "我们将坚持党的全面领导"), idx(Y5, "我们将坚持党的全面领导") + 1,
     ["2024年，“渝中快办”上线事项达到736项", "2025年，我们将持续深化“放管服”改革"], ["2024", "2025"]),
    (J4, idx(J4, "2023年是全面贯彻党的二十大"), idx(J4, "二、2024年目标任务"), R23, ["2023"]),
    (J4, idx(J4, "2024年是中华人民共和国"), idx(J4, "2024年是中华人民共和国") + 1,
     ["2024年全区经济社会发展的主要预期目标是"], []),
    (J4, idx(J4, "着眼“十四五”"), idx(J4, "着眼“十四五”") + 1, ["力争到2025年"], ["2025"]),
    (J4, idx(J4, "三、2024年重点工作") + 1, idx(J4, "四、建设人民满意政府"), ["三、2024年重点工作"], ["2024"]),
    (J4, idx(J4, "我们将坚持党的全面领导"), idx(J4, "我们将坚持党的全面领导") + 1,
     ["2023年，“江北e办”上线事项达到586项", "2024年，我们将坚持依法行政"], ["2023", "2024"]),
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
        err(f"{where} a list doc must be the two Yuzhong reports: {docs}")
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
    qs = load("chongqing_questions_dev.jsonl", QFIELDS) + load("chongqing_questions_blind.jsonl", QFIELDS)
    cs = load("chongqing_claims_dev.jsonl", CFIELDS) + load("chongqing_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"cq-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"cqc-\d{3}", x["id"]):
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
            if any(m in qtext for m in ("渝中", "鱼中", "江北", "将北")):
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
            err(f"{w} {t} must use both Yuzhong reports")
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
                    if len(num.split(".")[0]) > 3:
                        grouped = f"{int(num.split('.')[0]):,}" + ("." + num.split(".")[1] if "." in num else "")
                        for p in in_prose(grouped):
                            err(f"table-only figure {grouped} ({cells[0]}) also occurs in prose: {p[:20]}")
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
    if len(table_only_q) < 8:
        err("fewer than 8 table questions")
    fy = [x for x in qs if any(a in s for s in x["evidence"] for a in ("过去五年，是渝中", "五年来", "2017", "累计"))
          and (x["doc"] == Y3 or isinstance(x["doc"], list))]
    out.append(f"questions on the 渝中 five-year record 2018–2022: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
    goals = [x for x in qs if any("力争到2025年" in s or "到2027年" in s or "两年" in s for s in x["evidence"])]
    out.append(f"questions on the multi-year goals (力争到2025年 / 到2027年 / 两年行动): {len(goals)}")
    mc = load_make_corpus()
    ins_only = [new for key, ctx, new, old, a in mc.EDITS if new and not old] + [pre for pre, a in mc.INSERTED_PARAS]
    repl = [ctx[-6:] + new for key, ctx, new, old, a in mc.EDITS if new and old]
    tc = [x for x in qs + cs if any(any(s2.lstrip("，")[:8] in s for s2 in ins_only) or any(r in s for r in repl)
                                    for s in x["evidence"])]
    out.append(f"questions / claims resting on text inside tracked insertions of jiangbei-2024: {len(tc)}")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, "
               f"with a slip (鱼中 / 将北 / 伯位) {sum(1 for x in msg if re.search('鱼中|将北|伯位', x['question']))}, "
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


def check_html(path, out):
    mc = load_make_corpus()
    raw = path.read_bytes()
    for enc in ("utf-8", "gb2312"):
        try:
            raw.decode(enc)
            err(f"html decodes as {enc} (should need GBK)")
        except UnicodeDecodeError:
            pass
    t = raw.decode("gbk")
    if '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />' not in t:
        err("html: no charset=gbk in <meta http-equiv>")
    if len(re.findall(r"charset", t, re.I)) != 1 or t.startswith("<?xml") or re.search(r"<meta\s+charset", t, re.I):
        err("html declares its charset elsewhere too")
    if re.search(r"<p[\s>]", t, re.I):
        err("html has <p> tags")
    if "\r\n" not in t or "\n" in t.replace("\r\n", ""):
        err("html line ends are not CRLF")
    for piece in ["当前位置：", "首页</a> &gt; <a", "政务公开</a> &gt;", "【字体：", ">大</a>", ">中</a>", ">小</a>",
                  "【<a href=\"javascript:window.print()\">打印本页</a>】", "【<a href=\"javascript:window.close()\">关闭窗口</a>】",
                  "相关链接：", "2024年渝中区政府工作报告", "网站标识码：", "渝ICP备", "渝公网安备", "联系电话：", "主办：", "承办：",
                  "<!-- saved from url="]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    allsrc = "\n".join(p for d in DOCS for p in PARAS[d])
    for noise in mc.HTML_NOISE:
        if noise not in t:
            err(f"html lacks noise figure {noise}")
        for num in re.findall(r"\d{3,}", noise):
            if num not in ("2023",) and re.search(r"(?<![\d.,])" + num + r"(?![\d])", allsrc):
                err(f"html noise number {num} also occurs in a report")
    m = re.search(r'<td class="bt_content" id="zoom"[^>]*>\r\n(.*?)\r\n {16}</td>', t, re.S)
    if not m:
        err("html: content cell not found")
        return
    before_cell = t[:m.start()]
    depth = len(re.findall(r"<table", before_cell)) - len(re.findall(r"</table>", before_cell))
    if depth < 3:
        err(f"html: content cell nested only {depth} tables deep")
    content = m.group(1)
    if "<table" in content:
        err("html: a table inside the content cell")
    lines = []
    for ln in content.split("<br />"):
        s = htmlmod.unescape(re.sub(r"<[^>]+>", "", ln)).replace("\xa0", " ").strip(" \u3000\r\n\t")
        if s:
            lines.append(s)
    if lines != PARAS[Y3]:
        bad = [(a[:15], b[:15]) for a, b in zip(lines, PARAS[Y3]) if a != b][:3]
        err(f"html <br> lines differ from the source paragraphs: {len(lines)} vs {len(PARAS[Y3])} {bad}")
    if "&nbsp;&nbsp;&nbsp;&nbsp;" not in content or "<br />\u3000\u3000" not in content.replace("\r\n", ""):
        err("html: both indent styles (&nbsp; and U+3000) expected")
    gbk_only = sorted({ch for ch in "".join(lines) if not _enc_ok(ch, "gb2312")})
    if not gbk_only:
        err("html: no character outside GB2312")
    out.append(f"html: {len(raw)} bytes GBK (not UTF-8, not GB2312: {''.join(gbk_only)}), {len(lines)} <br> report "
               f"lines = source, content cell {depth} tables deep, noise numbers {len(mc.HTML_NOISE)} (none in a report)")


def _enc_ok(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def pdf_items(page):
    """Positioned text items of a page: (x, y, text), whitespace-only items dropped."""
    pos = []
    page.extract_text(visitor_text=lambda text, cm, tm, fd, fs: pos.append((tm[4], tm[5], text))
                      if text.strip() else None)
    return [(x, y, s.strip()) for x, y, s in pos]


def pdf_glyph_ops(reader, page):
    """Walk the content stream: every text-showing operator with its position, font size and string length, and
    every path-construction / painting operator (rules)."""
    from pypdf.generic import ContentStream
    shows, paths = [], 0
    x = y = size = 0.0
    for args, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"Tf":
            size = float(args[1])
        elif op == b"Tm":
            x, y = float(args[4]), float(args[5])
        elif op == b"Td":
            x, y = x + float(args[0]), y + float(args[1])
        elif op == b"Tj":
            shows.append((x, y, size, len(bytes(args[0].original_bytes if hasattr(args[0], "original_bytes")
                                                 else args[0]))))
        elif op in (b"re", b"l", b"m", b"c", b"S", b"s", b"f", b"F", b"B", b"b", b"f*"):
            paths += 1
    return shows, paths


def check_pdf(path, out):
    from pypdf import PdfReader
    mc = load_make_corpus()
    r = PdfReader(str(path))
    total = len(r.pages)
    body_lines, single, multi, justified, painted = [], 0, 0, 0, 0
    layout_rows = []
    cells_rows = [row.split(SEP) for row in table_rows(Y5)]
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4")
        items = pdf_items(pg)
        head = [s for x, y, s in items if abs(y - mc.HEAD_Y) < 1]
        foot = [s for x, y, s in items if abs(y - mc.FOOT_Y) < 1]
        if "".join(head) != mc.PDF_HEADER:
            err(f"pdf page {n}: running header {head}")
        if "".join(foot).replace(" ", "") != f"第{n}页共{total}页":
            err(f"pdf page {n}: footer {foot}")
        rows = defaultdict(list)
        for x, y, s in items:
            if abs(y - mc.HEAD_Y) < 1 or abs(y - mc.FOOT_Y) < 1:
                continue
            rows[round(y, 1)].append((x, s))
        body_lines += ["".join(s for x, s in sorted(rows[y], key=lambda t: t[0])) for y in sorted(rows, reverse=True)]
        shows, paths = pdf_glyph_ops(r, pg)
        painted += paths
        lines = defaultdict(list)
        for x, y, size, nbytes in shows:
            if nbytes == 1 and abs(size - mc.BODY_SIZE) < 0.01:
                single += 1
                lines[round(y, 1)].append(x)
            elif nbytes > 1:
                multi += 1
        right = w - mc.RIGHT
        justified += sum(1 for xs in lines.values() if len(xs) > 20 and right - 13 < max(xs) < right - 3)
        for ln in pg.extract_text(extraction_mode="layout").splitlines():
            parts = re.split(r"\s{2,}", ln.strip())
            if parts in cells_rows:
                layout_rows.append(SEP.join(parts))
    if painted:
        err(f"pdf: {painted} path operators (the table and header must have no rules)")
    if single < 4000 or multi > 12 * total + 60:
        err(f"pdf: body text not drawn glyph by glyph ({single} single-glyph strings, {multi} longer strings)")
    if justified < 150:
        err(f"pdf: only {justified} justified body lines")
    if layout_rows != table_rows(Y5):
        err(f"pdf: table rows not recovered as aligned columns: {len(layout_rows)} of {len(table_rows(Y5))}")
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS[Y5]:
        q = "".join(p.split(SEP)) if SEP in p else p
        if re.sub(r"\s+", "", q) not in flat:
            err(f"pdf text lacks paragraph / table row: {p[:30]}")
    cells = {c for row in cells_rows for c in row}
    prose_lines = [ln for ln in body_lines if ln not in cells]
    num_breaks = [(a[-6:], b[:6]) for a, b in zip(prose_lines, prose_lines[1:])
                  if re.search(r"\d[.,]?$", a.replace(" ", "")) and re.match(r"[\d.,%]", b.replace(" ", ""))]
    if len(num_breaks) < 3:
        err(f"pdf: only {len(num_breaks)} line breaks inside a number")
    naive = "".join(pg.extract_text() for pg in r.pages)
    spaced = len(re.findall(r"\d \d", naive))
    if spaced < 50:
        err(f"pdf: naive extraction puts spaces between digits only {spaced} times")
    meta = r.metadata or {}
    if meta.get("/Title") != mc.PDF_TITLE or not meta.get("/Author") or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {total} pages, running header + '第 n 页 共 {total} 页' on each, {single} body glyphs drawn one "
               f"by one ({multi} multi-glyph strings: header, footer, table cells), {justified} justified lines, "
               f"table {len(layout_rows)} rows recovered as aligned columns (no rules: {painted} path operators), "
               f"{len(num_breaks)} line breaks inside numbers {num_breaks[:4]}, naive pypdf text has {spaced} "
               f"digit-space-digit sequences")


def docx_read(path):
    """Accepted reading (w:t of normal and inserted runs; w:delText skipped) and raw reading (every w:t and
    w:delText) of each w:p, plus the paragraph-mark revision of each."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    acc, raw, marks = [], [], []
    for p in root.iter(W + "p"):
        acc.append("".join(t.text or "" for t in p.iter(W + "t")))
        raw.append("".join(t.text or "" for t in p.iter(W + "t", W + "delText")))
        rpr = p.find(f"{W}pPr/{W}rPr")
        mk = None
        if rpr is not None:
            mk = "ins" if rpr.find(W + "ins") is not None else ("del" if rpr.find(W + "del") is not None else None)
        marks.append(mk)
    return z, root, acc, raw, marks


def check_docx(path, out):
    mc = load_make_corpus()
    z, root, acc, raw, marks = docx_read(path)
    src = PARAS[J4]
    flat = [p for p in acc if p]
    if flat != src:
        bad = [(a[:15], b[:15]) for a, b in zip(flat, src) if a != b][:3]
        err(f"docx accepted paragraphs differ from the source paragraphs {bad}")
    ins, whole = [], defaultdict(str)
    for d in root.iter(W + "ins"):
        if d.getparent().tag == W + "rPr":
            continue
        par = d.getparent()
        text = "".join(t.text or "" for t in d.iter(W + "t"))
        mk = par.find(f"{W}pPr/{W}rPr/{W}ins")
        if mk is not None:  # a whole inserted paragraph (its runs may be several w:ins)
            whole[id(par)] += text
            if not ins or ins[-1][2] != id(par):
                ins.append((d.get(W + "author"), None, id(par)))
        else:
            ins.append((d.get(W + "author"), text, None))
    ins = [(a_, t_ if k_ is None else whole[k_]) for a_, t_, k_ in ins]
    dels = [(d.get(W + "author"), "".join(t.text or "" for t in d.iter(W + "delText"))) for d in root.iter(W + "del")
            if d.getparent().tag != W + "rPr"]
    want_ins = [new for _k, _c, new, _o, _a in mc.EDITS if new]
    for pre, _a in mc.INSERTED_PARAS:
        want_ins += [p for p in src if p.startswith(pre)]
    want_del = [old for _k, _c, _n, old, _a in mc.EDITS if old] + [t for _k, t, _a in mc.DELETED_PARAS]
    got_ins = [t for _a, t in ins]
    if sorted(got_ins) != sorted(want_ins) or sorted(t for _a, t in dels) != sorted(want_del):
        err(f"docx tracked changes differ from EDITS: ins {got_ins} del {[t for _a, t in dels]}")
    authors = {a for a, _t in ins + dels}
    if authors != {mc.AUTH_A, mc.AUTH_B}:
        err(f"docx revision authors {authors}")
    inside = [(ctx, new, old) for _k, ctx, new, old, _a in mc.EDITS
              if new and old and re.search(r"[\d.,]$", ctx) and new.isdigit() and old.isdigit()]
    if len(inside) < 3:
        err(f"docx: only {len(inside)} tracked changes inside a number")
    for _k, ctx, new, old, _a in mc.EDITS:
        if old and any(ctx + old in p for p in src):
            err(f"docx: deleted text '{old}' reads as accepted source text")
        if not new and any(old.lstrip("，") in p for p in src):
            err(f"docx: deletion-only text '{old}' is in the source")
    for _k, text, _a in mc.DELETED_PARAS:
        if any(text in p for d in DOCS for p in PARAS[d]):
            err("docx: deleted paragraph text is in a source")
    if marks.count("ins") != len(mc.INSERTED_PARAS) or marks.count("del") != len(mc.DELETED_PARAS):
        err(f"docx paragraph-mark revisions {Counter(marks)}")
    naive_bad = sum(1 for a, b in zip(raw, acc) if a != b)  # paragraphs a reader keeping w:delText gets wrong
    from docx import Document
    d = Document(str(path))
    lost = sum(1 for p, s in zip(d.paragraphs, acc) if p.text != s)
    coms = z.read("word/comments.xml").decode("utf-8")
    if len(re.findall(r"<w:comment ", coms)) != len(mc.COMMENTS):
        err("docx: wrong number of comments")
    allsrc = "\n".join(p for dd in DOCS for p in PARAS[dd])
    for span, text, author, _i in mc.COMMENTS:
        if htmlmod.escape(text, quote=False) not in coms and text not in coms:
            err(f"docx: comment text missing: {text[:20]}")
        if any(text in p for p in src):
            err("docx: comment text is report text")
        for num in NUM_RE.findall(text):
            for form in {num, num.replace(",", "")}:
                if re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", allsrc):
                    err(f"docx: comment figure {form} also occurs in report text")
    docxml = z.read("word/document.xml").decode("utf-8")
    if docxml.count("<w:commentRangeStart") != len(mc.COMMENTS) or docxml.count("<w:commentReference") != len(mc.COMMENTS):
        err("docx: comment ranges / references missing")
    if "<w:trackRevisions/>" not in z.read("word/settings.xml").decode("utf-8"):
        err("docx: trackRevisions not set")
    cp = d.core_properties
    if not cp.title.startswith("重庆市江北区2024年政府工作报告") or not cp.author or not cp.subject:
        err("docx core properties")
    out.append(f"docx: {len(flat)} paragraphs = source (accepted reading), {len(ins)} w:ins / {len(dels)} w:del by "
               f"{len(authors)} authors ({len(inside)} inside numbers), paragraph marks inserted/deleted "
               f"{marks.count('ins')}/{marks.count('del')}, {len(mc.COMMENTS)} comments; a reader keeping w:delText "
               f"differs in {naive_bad} paragraphs, python-docx paragraph.text in {lost}")


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
            mc.build_html()
            mc.build_pdf()
            mc.build_docx()
        finally:
            mc.OUT = keep
        bad = [n for n in CORPUS if (Path(tmp) / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py")
        if not bad:
            out.append("corpus: all three files reproduced byte for byte by make_corpus.py (temporary rebuild)")
        sub = []
        check_html(Path(tmp) / "yuzhong-2023.html", sub)
        check_pdf(Path(tmp) / "yuzhong-2025.pdf", sub)
        check_docx(Path(tmp) / "jiangbei-2024.docx", sub)
        out.append("rebuilt corpus: text extractable and equal to the sources")
    check_html(corpus / "yuzhong-2023.html", out)
    check_pdf(corpus / "yuzhong-2025.pdf", out)
    check_docx(corpus / "jiangbei-2024.docx", out)


def run():
    main()
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(run())

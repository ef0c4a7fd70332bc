"""Self-check of the shijiazhuang eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/shijiazhuang/source/check_gold.py
Adapted from eval/taiyuan/source/check_gold.py: period-anchor zones for the five-year record 2017–2021 / the five-year
Word table / the 2021 review / "到2026年" and "力争到2025年" goals / 2022 targets / two-year action 2022—2023 / 2022
plans (yuhua-2022), the 2023 review / 2024 targets / three-year action 2024—2026 / "力争到2025年" / 2024 plans
(yuhua-2024) and the 2023 review / 2024 targets / "力争到2025年" / 2024 plans (qiaoxi-2024); a .docx whose notes are Word
endnotes carrying figures found nowhere else; a PDF whose content stream draws the regular face first and the bold face
(title, part headings, section lead sentences) afterwards, so that stream order differs from reading order; a page
whose article is split into three CMS pages inside one file (pages 2 and 3 hidden, one cut inside a paragraph, one
inside a number); table-only figures; byte-reproducibility of the corpus (rebuilt into a temporary directory and
compared) and the format checks on the rebuilt files. Prints counts and every error; exit code 1 if any error.
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
Y2, Y4, Q4 = "yuhua-2022", "yuhua-2024", "qiaoxi-2024"
DOCS = [Y2, Y4, Q4]
BOTH = {Y2, Y4}
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 70, "near_topic": 50, "yesno": 30, "english": 35, "traditional": 10, "followup": 12,
          "compare_years": 8, "target_result": 8, "other_scope": 10, "no_place": 8, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
YH_MARK = ["裕华", "裕華", "玉华", "余华", "Yuhua", "yuhua", "槐安", "怀安", "Huai'an", "东岗里", "東崗里", "东港里", "Donggangli",
           "方村", "芳村", "Fangcun", "体育大街", "體育大街", "万达", "怀特", "槐底", "Huaidi", "裕强", "Yuqiang", "东苑",
           "Dongyuan"]
QX_MARK = ["桥西", "橋西", "乔西", "Qiaoxi", "qiaoxi", "石门里", "石門里", "十门里", "Shimenli", "汇通数智园", "匯通數智園",
           "会通数智园", "Huitong", "站前商圈", "振头", "振頭", "Zhentou", "留营", "留營", "Liuying", "大石桥",
           "老火车站"]
OTHER_MARK = ["石家庄市", "河北省", "长安区", "新华区", "藁城", "鹿泉", "栾城", "正定", "井陉", "Shijiazhuang City",
              "Hebei Province"]
PLACE_MARK = YH_MARK + QX_MARK
DISTRICT_WORDS = ("裕华", "裕華", "玉华", "余华", "桥西", "橋西", "乔西")
SEP = " | "
TABLES = {Y2: ("指标 | 单位 | 2016年 | 2021年 | 年均增长（%）",
               ("其中：第三产业增加值 |", "规模以上工业增加值 |", "进出口总额 |", "城镇居民人均可支配收入 |",
                "农村居民人均可支配收入 |"))}
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區華產遊門歷開麼計劃學個辦線項達養張種畝匯數園稅億樓舊兩裝電東崗創駐橋幾現鎮業區總萬"
                     r"經濟標準預術國際醫實為於與們過這來長觀設環氣書還點時獲評稱號營額規態價鄉縣種積後將網條對嗎"
                     r"車費雙場飛龍馬嶺歲從應進發談頭農強準爭處級體澤專銷畢際]")
CORPUS = ["qiaoxi-2024.html", "yuhua-2022.docx", "yuhua-2024.pdf"]

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
FIVE = ["过去五年，是裕华发展进程中极不平凡的五年", "五年来"]
R21 = ["2021年，我们主要做了以下工作", "2021年是党和国家历史上具有里程碑意义的一年"]
R23 = ["2023年，我们主要做了以下工作", "一、2023年工作回顾"]
ZONES = [
    (Y2, *one(Y2, "过去五年，是裕华"), FIVE, ["五年", "2016"]),
    (Y2, idx(Y2, "指标 |"), idx(Y2, "注："), [TABLES[Y2][0]], []),
    (Y2, idx(Y2, "——产业结构"), idx(Y2, "2021年是党和国家"), FIVE, ["五年", "2016"]),
    (Y2, idx(Y2, "2021年是党和国家"), idx(Y2, "各位代表！成绩来之不易"), R21, ["2021"]),
    (Y2, *one(Y2, "到2026年"), ["到2026年，全区地区生产总值突破1200亿元"], ["2026"]),
    (Y2, *one(Y2, "力争到2025年"), ["力争到2025年，数字经济核心产业增加值占地区生产总值的比重达到12%，槐安"], ["2025"]),
    (Y2, *one(Y2, "2022年是党的二十大"), ["2022年全区经济社会发展的主要预期目标是"], []),
    (Y2, *one(Y2, "同时，实施老旧小区"), ["两年行动（2022—2023年）"], ["两年", "2022—2023"]),
    (Y2, idx(Y2, "围绕上述目标") + 1, idx(Y2, "四、加强政府自身建设"), ["三、2022年工作安排"], ["2022", "2023"]),
    (Y2, *one(Y2, "新征程上"), ["2021年，“裕华e办”上线事项达到380项", "2022年，我们将坚持依法行政"], ["2021", "2022"]),
    (Y4, idx(Y4, "2023年是全面贯彻"), idx(Y4, "各位代表！成绩来之不易"), R23, ["2023", "两年行动", "两年累计"]),
    (Y4, idx(Y4, "2024年是中华人民共和国"), idx(Y4, "同时，启动城市更新"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (Y4, *one(Y4, "同时，启动城市更新"), ["城市更新三年行动（2024—2026年）"], ["三年", "2024—2026"]),
    (Y4, *one(Y4, "着眼“十四五”"), ["着眼“十四五”规划目标，力争到2025年"], ["2025"]),
    (Y4, idx(Y4, "三、2024年重点工作") + 1, idx(Y4, "四、建设人民满意政府"), ["三、2024年重点工作"], ["2024", "2025"]),
    (Y4, *one(Y4, "我们将坚持党的全面领导"), ["2023年，“裕华e办”上线事项达到516项", "2024年，我们将持续深化“放管服”改革"],
     ["2023", "2024"]),
    (Q4, idx(Q4, "2023年是全面贯彻"), idx(Q4, "各位代表！成绩来之不易"), R23, ["2023"]),
    (Q4, *one(Q4, "2024年是中华人民共和国"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (Q4, *one(Q4, "着眼“十四五”"), ["力争到2025年，全区接待游客突破2500万人次"], ["2025"]),
    (Q4, idx(Q4, "三、2024年重点工作") + 1, idx(Q4, "四、建设人民满意政府"), ["三、2024年重点工作"], ["2024"]),
    (Q4, *one(Q4, "我们将坚持党的全面领导"), ["2023年，“桥西快办”上线事项达到442项", "2024年，我们将持续深化“放管服”改革"],
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
        err(f"{where} a list doc must be the two Yuhua reports: {docs}")
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
    qs = load("shijiazhuang_questions_dev.jsonl", QFIELDS) + load("shijiazhuang_questions_blind.jsonl", QFIELDS)
    cs = load("shijiazhuang_claims_dev.jsonl", CFIELDS) + load("shijiazhuang_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"sjz-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"sjzc-\d{3}", x["id"]):
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
            if x["reason"] in ("other_year", "not_stated", "personal", "procedure") and \
                    not any(m in qtext for m in PLACE_MARK):
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
            err(f"{w} {t} must use both Yuhua reports")
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
                    if num == "2.5" and cells[0].startswith("PM2.5"):
                        continue
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
    # evidence never comes from page furniture, the PDF running header / page numbers or a pager
    mc = load_make_corpus()
    for x in qs + cs:
        for s in x["evidence"]:
            if any(nz in s for nz in mc.HTML_NOISE if len(nz) > 4):
                err(f"{x['id']} evidence quotes page furniture: {s[:30]}")
            if s == mc.PDF_HEADER or re.fullmatch(r"— \d+ —", s) or "下一页" in s:
                err(f"{x['id']} evidence quotes a running header, page number or pager: {s[:30]}")
    report_counts(qs, cs, table_only_q)


NOISE_TRAPS = ["981.4", "长安区2023年地区生产总值", "长安区去年GDP", "新华区2023年接待游客", "石家庄市2023年城镇新增就业", "1月17日",
               "桥西区2022年地区生产总值", "新石中路175号", "裕华区2023年引进品牌首店36家"]


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
    mc = load_make_corpus()
    notes = [t for _a, t in mc.ENDNOTES]
    on_notes = [x for x in qs + cs if any(any(s in n for n in notes) for s in x["evidence"])]
    out.append(f"questions / claims resting on a docx endnote: {len(on_notes)} "
               + str(dict(Counter(x.get('type') or x.get('kind') for x in on_notes))))
    if len(on_notes) < 8:
        err("fewer than 8 items on the endnotes")
    fy = [x for x in qs if (x["doc"] == Y2 or isinstance(x["doc"], list))
          and any(a in s for s in x["evidence"] for a in ("过去五年，是裕华", "五年来", "2016", "五年累计", "累计改造"))]
    out.append(f"questions on the 裕华 five-year record 2017–2021: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
    goals = [x for x in qs if any("到2026年" in s or "到2025年" in s or "两年" in s or "三年" in s for s in x["evidence"])]
    out.append(f"questions on the multi-year goals (到2026年 / 力争到2025年 / 两年行动 / 三年行动): {len(goals)}")
    # PDF: items whose evidence paragraph starts with a bold lead sentence, or that need a part heading
    leads = [p for p in PARAS[Y4] if mc.LEAD_RE.match(p)]
    on_pdf = [x for x in qs + cs if x["evidence"] and Y4 in (x["doc"] if isinstance(x["doc"], list) else [x["doc"]])]
    on_lead = [x for x in on_pdf if any(s in p for s in x["evidence"] for p in leads)]
    on_head = [x for x in on_pdf if any(s in ("一、2023年工作回顾", "三、2024年重点工作") for s in x["evidence"])]
    out.append(f"questions / claims with evidence in the PDF: {len(on_pdf)}; in a section paragraph whose bold lead "
               f"sentence the text layer moves to the page end: {len(on_lead)}; anchored by a bold part heading "
               f"(also moved): {len(on_head)}")
    # HTML: evidence strings that run across a page cut
    cuts = []
    for start, cut in mc.PAGE_BREAKS:
        p = next(pp for pp in PARAS[Q4] if pp.startswith(start))
        cuts.append((p, p.index(cut) + len(cut)))
    across = [x for x in qs + cs if any(
        s in p and p.index(s) < k < p.index(s) + len(s) for s in x["evidence"] for p, k in cuts)]
    later = [x for x in qs + cs if x["evidence"] and Q4 in (x["doc"] if isinstance(x["doc"], list) else [x["doc"]])
             and all(not in_first_page(s, mc) for s in x["evidence"])]
    out.append(f"questions / claims whose evidence runs across an HTML page cut: {len(across)}; qiaoxi items whose "
               f"evidence is only on the hidden pages 2–3: {len(later)}")
    noi = [x for x in qs + cs if any(t in (x.get("question") or x.get("claim")) for t in NOISE_TRAPS)]
    out.append(f"items probing HTML page furniture: {len(noi)}")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    slip = re.compile("玉华|余华|乔西|怀安|东港里|十门里|芳村|会通")
    two = [x for x in msg if len(x["answer_facts"]) >= 2 and not (x["expected_yesno"])]
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, "
               f"with a same-sounding slip (玉华 / 余华 / 乔西 / 怀安 / 东港里 / 十门里 / 芳村 / 会通) "
               f"{sum(1 for x in msg if slip.search(x['question']))}, asking two things {len(two)}, "
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
    check_corpus(out)
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK characters")
        if not 5000 <= n <= 5800:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))


def in_first_page(s, mc):
    """True if evidence string s (of qiaoxi-2024) lies entirely on the visible first CMS page."""
    start, cut = mc.PAGE_BREAKS[0]
    k = next(i for i, p in enumerate(PARAS[Q4]) if p.startswith(start))
    first = PARAS[Q4][:k] + [PARAS[Q4][k][:PARAS[Q4][k].index(cut) + len(cut)]]
    return any(s in p for p in first)

# ====================================================================== corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _style(p):
    ps = p.find(f"{W}pPr/{W}pStyle")
    return ps.get(f"{W}val") if ps is not None else None


def docx_reading(path):
    """The published reading: body paragraphs in order (all w:t), tables as ' | '-joined rows, then the endnote texts
    in reference order (marks dropped). Returns (body texts, endnote texts, info, zip)."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    texts, info = [], defaultdict(list)
    for ch in body:
        if ch.tag == W + "p":
            text = "".join(t.text or "" for t in ch.iter(W + "t"))
            refs = []
            pos = 0
            for r in ch.iter(W + "r"):
                ref = r.find(W + "endnoteReference")
                if ref is not None:
                    refs.append((int(ref.get(W + "id")), pos))
                pos += len("".join(t.text or "" for t in r.iter(W + "t")))
            for k, at in refs:
                info["refs"].append((k, len(texts), text[:at]))
            st = _style(ch)
            if st in ("Heading1", "Heading2"):
                info["headings"].append((st, text))
            if text:
                texts.append(text)
        elif ch.tag == W + "tbl":
            rows = [" | ".join("".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.iter(W + "tc"))
                    for tr in ch.iter(W + "tr")]
            info["table_prev"].append(texts[-1] if texts else "")
            texts.extend(rows)
            info["tables"].append(rows)
    notes = {}
    eroot = etree.fromstring(z.read("word/endnotes.xml"))
    for en in eroot.findall(W + "endnote"):
        k = int(en.get(W + "id"))
        if k <= 0:
            if en.get(W + "type") not in ("separator", "continuationSeparator"):
                err("docx: endnote id <= 0 that is not a separator")
            continue
        if en.find(f".//{W}endnoteRef") is None:
            err(f"docx: endnote {k} without its endnoteRef mark")
        notes[k] = "".join(t.text or "" for t in en.iter(W + "t")).strip()
    return texts, notes, info, z


def check_docx(path, out):
    mc = load_make_corpus()
    texts, notes, info, z = docx_reading(path)
    src = PARAS[Y2]
    want_notes = [t for _a, t in mc.ENDNOTES]
    body_src = src[:-len(want_notes)]
    if texts != body_src:
        bad = [(a[:15], b[:15]) for a, b in zip(texts, body_src) if a != b][:3]
        err(f"docx body reading differs from the source: {len(texts)} vs {len(body_src)} {bad}")
    if [notes[k] for k in sorted(notes)] != want_notes or src[-len(want_notes):] != want_notes:
        err("docx: endnote texts (in id order) differ from the last source paragraphs")
    # references: ids 1..n in document order, each right after its declared anchor
    ids = [k for k, _i, _pre in info["refs"]]
    if ids != list(range(1, len(want_notes) + 1)):
        err(f"docx: endnote references out of order {ids}")
    for (k, _i, pre), (anchor, _t) in zip(info["refs"], mc.ENDNOTES):
        if not pre.endswith(anchor):
            err(f"docx: endnote {k} reference not right after its anchor '{anchor[:12]}'")
    # endnote-only figures: in an endnote, in no body paragraph of any report
    body_all = [p for d in DOCS for p in (body_src if d == Y2 else PARAS[d])]
    for fig in mc.ENDNOTE_ONLY:
        if not any(fig in n for n in want_notes) or any(fig in p for p in body_all):
            err(f"docx: endnote-only figure {fig} must occur in an endnote and in no body paragraph")
    xml = {n: z.read(n).decode("utf-8") for n in ("word/settings.xml", "[Content_Types].xml",
                                                    "word/_rels/document.xml.rels")}
    if '<w:endnotePr><w:numFmt w:val="lowerRoman"/>' not in xml["word/settings.xml"]:
        err("docx: settings without lower-roman endnote numbering")
    if "wordprocessingml.endnotes+xml" not in xml["[Content_Types].xml"] or \
            'relationships/endnotes" Target="endnotes.xml"' not in xml["word/_rels/document.xml.rels"]:
        err("docx: endnotes part not registered")
    if len(info["tables"]) != 1 or info["tables"][0] != table_rows(Y2):
        err("docx: the Word table differs from the source table rows")
    elif not info["table_prev"][0].endswith("见下表。"):
        err("docx: the table does not follow the paragraph ending 见下表。")
    nheads = sum(1 for p in body_src if re.match(r"^[一二三四五六七八九十]+、", p)
                 or (re.match(r"^（[一二三四五六七八九十]+）", p) and len(p) < 30))
    if len(info["headings"]) != nheads:
        err("docx: heading count")
    from docx import Document
    d = Document(str(path))
    naive = "\n".join(p.text for p in d.paragraphs)
    missing = [t for t in want_notes if t not in naive]
    if len(missing) != len(want_notes):
        err("docx: python-docx paragraphs should not contain the endnote texts")
    cp = d.core_properties
    if cp.title != "石家庄市裕华区2022年政府工作报告" or not cp.author or not cp.subject:
        err("docx core properties")
    zdates = {zi.date_time for zi in z.infolist()}
    if zdates != {mc.DOCX_DATE}:
        err(f"docx zip entry dates {zdates}")
    out.append(f"docx: {len(texts)} body paragraphs / table rows = source; {len(notes)} endnotes (word/endnotes.xml, "
               f"lower-roman marks, references right after their anchors) = the last {len(want_notes)} source "
               f"paragraphs; python-docx's Document.paragraphs contains none of them; endnote-only figures "
               f"{', '.join(mc.ENDNOTE_ONLY)} in no body text; 1 Word table after '见下表。'; "
               f"{len(info['headings'])} Heading 1 / 2 paragraphs")


def pdf_fragments(path):
    """[(page, stream index, x, y, text)] from pypdf's visitor (x, y = text-matrix origin of the text object)."""
    from pypdf import PdfReader
    r = PdfReader(str(path))
    frs = []
    for pno, pg in enumerate(r.pages, 1):
        k = [0]

        def v(text, cm, tm, fd, fs, pno=pno):
            if text and text.strip("\n"):
                frs.append((pno, k[0], round(tm[4], 2), round(tm[5], 2), text.replace("\n", "")))
                k[0] += 1
        pg.extract_text(visitor_text=v)
    return r, frs


def check_pdf(path, out):
    mc = load_make_corpus()
    r, frs = pdf_fragments(path)
    squash = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    npages = len(r.pages)
    body = [f for f in frs if 70 < f[3] < 780]
    furn = [f for f in frs if not 70 < f[3] < 780]
    for n in range(1, npages + 1):
        fs = [f[4] for f in furn if f[0] == n]
        if f"— {n} —" not in fs:
            err(f"pdf page {n}: page number missing")
        if n > 1 and mc.PDF_HEADER not in fs:
            err(f"pdf page {n}: running header missing")
    # reading order: by page, then top to bottom, then left to right (stream order inside one text object)
    reading = "".join(f[4] for f in sorted(body, key=lambda f: (f[0], -f[3], f[2], f[1])))
    stream = "".join(f[4] for f in sorted(body, key=lambda f: (f[0], f[1])))
    src = squash("".join(PARAS[Y4]))
    if squash(reading) != src:
        a = squash(reading)
        k = next((i for i, (x, y) in enumerate(zip(a, src)) if x != y), min(len(a), len(src)))
        err(f"pdf reading order (sorted by position) differs from the source at {k}: {a[k - 10:k + 10]!r} vs "
            f"{src[k - 10:k + 10]!r}")
    if squash(stream) == src:
        err("pdf: the text layer's order should differ from the reading order")
    # expected stream order: per page the regular-face pieces, then the bold-face pieces (from the layout)
    pages = mc._layout_pdf()
    expect = "".join("".join(s for f, _z, _x, _y, s in items if f == "R") +
                     "".join(s for f, _z, _x, _y, s in items if f == "B") for items in pages)
    if squash(stream) != squash(expect):
        err("pdf: stream order is not 'regular face, then bold face' page by page")
    # every section lead sentence and part heading is displaced in stream order
    pypdf_plain = squash("".join(pg.extract_text() for pg in r.pages))
    moved = 0
    units = []
    for i, p in enumerate(PARAS[Y4]):
        spans = mc.pdf_spans(i, p)
        if spans[0][0] == "B" and i + 1 < len(PARAS[Y4]):
            nxt = spans[1][1] if len(spans) > 1 else PARAS[Y4][i + 1]
            units.append(squash(spans[0][1]) + squash(nxt)[:6])
    for u in units:
        if u in squash(reading) and u not in pypdf_plain:
            moved += 1
    if moved < 12:
        err(f"pdf: only {moved} bold headings / lead sentences displaced in pypdf's plain text")
    if r.metadata.get("/Title") != mc.PDF_TITLE or r.metadata.get("/Author") != "裕华区人民政府办公室":
        err("pdf document info")
    out.append(f"pdf: {npages} pages, running header on pages 2+, '— n —' page numbers; text sorted by position = "
               f"source; content-stream order = regular face then bold face on every page, so pypdf's plain text "
               f"moves {moved} of {len(units)} bold headings / lead sentences away from the text they head")


def check_html(path, out):
    mc = load_make_corpus()
    raw = path.read_bytes()
    t = raw.decode("utf-8")
    if '<meta charset="utf-8">' not in t or raw[:3] == b"\xef\xbb\xbf":
        err("html: UTF-8 without BOM and <meta charset> expected")
    for piece in ["<!-- saved from url=", "当前位置：", "发布时间：", "浏览次数：", "【字号：", "打印本页", "关闭窗口",
                  "上一篇：", "下一篇：", "相关阅读", "图片新闻", "网站标识码：", "冀ICP备", "冀公网安备"]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    divs = re.findall(r'<div class="page-item" id="page_(\d)"( style="display:none")?>\n(.*?)\n      </div>', t, re.S)
    if [int(k) for k, _h, _b in divs] != [1, 2, 3] or [bool(h) for _k, h, _b in divs] != [False, True, True]:
        err("html: three page-item divs expected, pages 2 and 3 hidden")
        return
    pager = re.search(r'<div class="fenye" id="fenye">(.*?)</div>', t)
    if not pager or not all(w in pager.group(1) for w in ("共3页", "上一页", ">1<", ">2<", ">3<", "下一页")):
        err("html: pager '共3页 上一页 1 2 3 下一页' missing")
    if "function showPage(k)" not in t:
        err("html: page script missing")
    pages = []
    for _k, _h, b in divs:
        ps = re.findall(r"<p[^>]*>(.*?)</p>", b, re.S)
        pages.append([(m.group(0).startswith("<p>"), htmlmod.unescape(re.sub(r"<[^>]+>", "", s)))
                      for m, s in zip(re.finditer(r"<p[^>]*>", b), ps)])
    joined = []
    for n, pg in enumerate(pages):
        for j, (bare, s) in enumerate(pg):
            if n > 0 and j == 0:  # the rest of the paragraph cut at the previous page's end
                if not bare:
                    err("html: continuation paragraph should carry no indent")
                joined[-1] += s
            else:
                joined.append(s)
    if joined != PARAS[Q4]:
        bad = [(a[:15], b[:15]) for a, b in zip(joined, PARAS[Q4]) if a != b][:3]
        err(f"html: page paragraphs (cuts joined) differ from the source: {len(joined)} vs {len(PARAS[Q4])} {bad}")
    # the cuts: page 1 ends inside a paragraph after '；', page 2 inside a number
    end1, end2 = pages[0][-1][1], pages[1][-1][1]
    beg2, beg3 = pages[1][0][1], pages[2][0][1]
    if not end1.endswith("；") or beg2[:1] in "。，":
        err("html: first cut should fall inside a paragraph after '；'")
    if not (re.search(r"\d\.?$", end2) and re.match(r"\d", beg3)):
        err("html: second cut should fall inside a number")
    first = sum(len(s) for _b, s in pages[0])
    total = sum(len(p) for p in PARAS[Q4])
    if not first < 0.4 * total:
        err("html: the visible first page should hold less than 40% of the report")
    outside = re.sub(r'<div class="art-content" id="zoom">.*?\n    </div>\n', "", t, flags=re.S)
    allsrc = "\n".join(p for d in DOCS for p in PARAS[d])
    for noise in mc.HTML_NOISE:
        if noise not in outside:
            err(f"html lacks noise {noise}")
        for num in NUM_RE.findall(noise):
            if re.fullmatch(r"(19|20)\d\d", num):
                continue  # years
            for form in {num, num.replace(",", "")}:
                if len(form) >= 3 and re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", allsrc):
                    err(f"html noise number {form} also occurs in a report")
    out.append(f"html: {len(raw)} bytes, UTF-8; article in 3 CMS pages inside the file (pages 2–3 display:none, pager "
               f"'共3页 上一页 1 2 3 下一页', showPage script); page 1 holds {first / total:.0%} of the text and ends "
               f"'…{end1[-8:]}', page 2 ends '…{end2[-8:]}' | page 3 starts '{beg3[:6]}…'; joined = source; "
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
        import reportlab  # noqa: F401
    except ImportError:
        err("python-docx / lxml / pypdf / reportlab missing: run with /work/main/.venv/bin/python")
        return
    mc = load_make_corpus()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / f"{Y2}.docx").write_bytes(mc.build_docx())
        (tmp / f"{Y4}.pdf").write_bytes(mc.build_pdf()[0])
        (tmp / f"{Q4}.html").write_bytes(mc.build_html())
        bad = [n for n in CORPUS if (tmp / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py")
        if not bad:
            out.append("corpus: all three files reproduced byte for byte by make_corpus.py (temporary rebuild)")
        n0 = len(errors)
        sub = []
        check_docx(tmp / f"{Y2}.docx", sub)
        check_pdf(tmp / f"{Y4}.pdf", sub)
        check_html(tmp / f"{Q4}.html", sub)
        out.append("rebuilt corpus: format checks passed on the rebuilt files" if len(errors) == n0 else
                   "rebuilt corpus: format checks FAILED on the rebuilt files")
    check_docx(corpus / f"{Y2}.docx", out)
    check_pdf(corpus / f"{Y4}.pdf", out)
    check_html(corpus / f"{Q4}.html", out)


def run():
    main()
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(run())

"""Self-check of the chengdu eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/chengdu/source/check_gold.py
Adapted from eval/shenzhen/source/check_gold.py (plus a year-anchor check for the five-year / 2021 / target / plan
zones of the reports, and a GB18030 plain-text corpus file instead of a web page).
Prints counts and every error; exit code 1 if any error.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOCS = ["wuhou-2022", "wuhou-2023", "jinjiang-2023"]
BOTH = {"wuhou-2022", "wuhou-2023"}
TABLE_DOC = "wuhou-2023"
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 45, "near_topic": 35, "yesno": 25, "english": 25, "traditional": 10, "followup": 12,
          "compare_years": 8, "target_result": 8, "other_scope": 10, "no_place": 8, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
WH_MARK = ["武侯", "Wuhou", "wuhou", "武候", "五侯", "舞侯", "浆洗街", "望江路", "玉林", "跳伞塔", "火车南站", "双楠",
           "晋阳", "红牌楼", "簇桥", "机投桥", "金花桥", "簇锦", "华兴", "锦里", "西部智谷", "江安河", "环川大"]
JJ_MARK = ["锦江", "錦江", "Jinjiang", "jinjiang", "金江", "锦疆", "近江", "春熙路", "太古里", "牛市口", "水井坊",
           "合江亭", "东大街", "三圣", "盐市口", "督院街", "书院街", "沙河", "东湖", "大慈寺"]
OTHER_MARK = ["青羊", "金牛", "成华", "成華", "高新区", "双流", "雙流", "郫都", "龙泉驿", "新都", "温江", "天府新区",
              "成都市", "四川省", "Qingyang", "Jinniu", "Chenghua", "Chengdu", "Sichuan"]
PLACE_MARK = WH_MARK + JJ_MARK
SEP = " | "
TABLE_HEAD = "指标 | 单位 | 2022年 | 比上年增长（%）"
PROSE_ROWS = ("地区生产总值", "一般公共预算收入", "固定资产投资", "实际使用外资")  # rows repeating prose figures
NUM_RE = re.compile(r"\d+(?:\.\d+)?")
IDSP = "\u3000"

errors = []


def err(msg):
    errors.append(msg)


def paragraphs(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: paragraphs(d) for d in DOCS}


def in_doc(s, doc):
    return any(s in p for p in PARAS[doc])


def para_index(s, doc):
    return [i for i, p in enumerate(PARAS[doc]) if s in p]


def idx(doc, start):
    hits = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(hits) == 1, (doc, start, hits)
    return hits[0]


# ---- year-anchor zones: (doc, first para, last para, anchors, own-year words)
# An evidence string lying in a zone needs, somewhere in the item's evidence, one of the anchors, unless the string
# itself carries one of the own-year words (so the year / period of the figure is backed by the evidence).
W22_A21 = idx("wuhou-2022", "2021年，我们主要做了以下工作")
ZONES = [
    ("wuhou-2022", idx("wuhou-2022", "——产业能级"), idx("wuhou-2022", "——社会治理"),
     ["一、过去五年工作回顾"], ["五年", "2016", "累计"]),
    ("wuhou-2022", W22_A21 + 1, idx("wuhou-2022", "各位代表！五年来") - 1,
     ["2021年，我们主要做了以下工作：", "2021年是中国共产党成立100周年"], []),
    ("wuhou-2022", idx("wuhou-2022", "今后五年，是武侯"), idx("wuhou-2022", "今后五年，是武侯"),
     ["今后五年政府工作的主要目标是：到2026年"], ["2026"]),
    ("wuhou-2022", idx("wuhou-2022", "2022年是本届政府"), idx("wuhou-2022", "2022年是本届政府"),
     ["2022年全区经济社会发展主要预期目标是"], ["2022"]),
    ("wuhou-2022", idx("wuhou-2022", "（一）聚焦产业建圈强链"), idx("wuhou-2022", "四、全面加强政府自身建设") - 1,
     ["三、2022年重点工作"], ["2022"]),
    ("wuhou-2023", idx("wuhou-2023", "（一）稳住经济基本盘"), idx("wuhou-2023", "各位代表！过去一年") - 1,
     ["一、2022年工作回顾"], ["2022"]),
    ("wuhou-2023", idx("wuhou-2023", "2023年是全面贯彻"), idx("wuhou-2023", "2023年是全面贯彻"),
     ["二、2023年主要目标"], []),
    ("wuhou-2023", idx("wuhou-2023", "（一）全力扩大有效投资"), idx("wuhou-2023", "四、加强政府自身建设") - 1,
     ["三、2023年重点工作"], ["2023"]),
    ("jinjiang-2023", idx("jinjiang-2023", "2023年是全面贯彻"), idx("jinjiang-2023", "2023年是全面贯彻"),
     ["二、2023年总体要求和主要预期目标"], []),
    ("jinjiang-2023", idx("jinjiang-2023", "——着力建强现代服务业体系"), idx("jinjiang-2023", "四、加强政府自身建设") - 1,
     ["三、2023年重点工作"], ["2023"]),
]


def check_year_anchor(it, docs, where):
    if isinstance(docs, str):
        docs = [docs]
    ev = it["evidence"]
    for s in ev:
        for d in docs:
            for i in para_index(s, d):
                for zd, a, b, anchors, own in ZONES:
                    if zd != d or not a <= i <= b or s in anchors:
                        continue
                    if any(w in s for w in own):
                        continue
                    if not any(any(an in e for an in anchors) for e in ev):
                        err(f"{where} evidence in a {d} zone without year/period anchor {anchors}: {s[:30]}")


def load(name, fields):
    items = []
    for n, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1):
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
    if isinstance(docs, str):
        docs = [docs]
    if any(d not in DOCS for d in docs):
        err(f"{where} bad doc {docs}")
        return
    matched = set()
    for s in it["evidence"]:
        hits = [d for d in docs if in_doc(s, d)]
        if not hits:
            err(f"{where} evidence not in {docs} (one paragraph): {s}")
        matched.update(hits)
    if len(docs) > 1:
        for s in it["evidence"]:
            if sum(in_doc(s, d) for d in docs) > 1:
                err(f"{where} evidence string occurs in more than one doc of a list-doc item: {s[:30]}")
    if len(docs) > 1 and matched != set(docs):
        err(f"{where} list doc without evidence in each doc: {docs} matched {sorted(matched)}")
    check_year_anchor(it, docs, where)


def main():
    qs = load("chengdu_questions_dev.jsonl", QFIELDS) + load("chengdu_questions_blind.jsonl", QFIELDS)
    cs = load("chengdu_claims_dev.jsonl", CFIELDS) + load("chengdu_claims_blind.jsonl", CFIELDS)
    ids = [x["id"] for x in qs + cs]
    for i, n in Counter(ids).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"cd-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"cdc-\d{3}", x["id"]):
            err(f"bad claim id {x['id']}")
    for text, n in Counter([x["question"] for x in qs] + [x["claim"] for x in cs]).items():
        if n > 1:
            err(f"duplicate text {text}")

    # ---------------- questions
    for x in qs:
        w = x["id"]
        t = x["type"]
        if t not in QTYPES:
            err(f"{w} unknown type {t}")
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
                for num in NUM_RE.findall(g[0]):  # every number of the answer is in the evidence
                    if num not in evtext:
                        err(f"{w} number {num} of answer '{g[0]}' not in evidence")
            if x["expected_yesno"] is not None:
                first = x["answer_facts"][0][0]
                if (first, x["expected_yesno"]) not in (("是", "yes"), ("否", "no")):
                    err(f"{w} yes/no mismatch")
            elif t == "yesno":
                err(f"{w} answerable yesno without expected_yesno")
            qtext = x["question"]
            if re.search(r"五年|2017", qtext) and not re.search(r"今后五年|2026", qtext) \
                    and not any("五年" in s or "2016" in s for s in x["evidence"]):
                err(f"{w} five-year question without a five-year clause/anchor in the evidence")
            if re.search(r"今后五年|2026", qtext) and not any("2026" in s for s in x["evidence"]):
                err(f"{w} 2026 question without a 2026 clause/anchor in the evidence")
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
        qtext = x["question"]
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
            if x["reason"] == "other_place":
                if not any(m in qtext for m in OTHER_MARK):
                    err(f"{w} other_place question names no other place")
            elif not any(m in qtext for m in PLACE_MARK):
                err(f"{w} question names no place: {qtext}")
        if t == "near_topic" and x["reason"] != "not_stated":
            err(f"{w} near_topic must be not_stated")
        if t == "english":
            if not x["answerable"]:
                err(f"{w} english unanswerable")
            if re.search(r"[\u4e00-\u9fff]", qtext):
                err(f"{w} english question contains CJK")
        if t == "traditional" and not re.search(r"[區錦們與這過產業總額資學數舊鎮開際遊標濃來計劃萬養張條樓術務稅億棟內]",
                                                qtext):
            err(f"{w} traditional question without traditional characters")
        if t in ("compare_years", "target_result"):
            if not (isinstance(x["doc"], list) and set(x["doc"]) == BOTH):
                err(f"{w} {t} must use both Wuhou reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")

    # ---------------- claims
    table_rows = [p for p in PARAS[TABLE_DOC] if SEP in p]
    prose = [p for d in DOCS for p in PARAS[d] if SEP not in p]
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
            if x["doc"] != TABLE_DOC:
                err(f"{w} table_figure claim not on {TABLE_DOC}")
            for s in x["evidence"]:
                if s not in table_rows:
                    err(f"{w} table_figure evidence is not a table row: {s}")
                    continue
                if s.startswith("指标"):
                    continue
                if s.startswith(PROSE_ROWS):
                    err(f"{w} table_figure evidence is a row that repeats prose figures: {s}")
                for num in NUM_RE.findall(s.split(SEP, 1)[1]):  # the row's figures occur nowhere in prose
                    pat = re.compile(r"(?<![\d.])" + re.escape(num) + r"(?![\d.])")
                    if any(pat.search(p) for p in prose):
                        err(f"{w} table figure {num} also occurs in prose")

    # ---------------- non-prose table rows: their figures occur in no prose paragraph of any report
    for row in table_rows[1:]:
        if row.startswith(PROSE_ROWS):
            continue
        for num in NUM_RE.findall(row.split(SEP, 1)[1]):
            pat = re.compile(r"(?<![\d.])" + re.escape(num) + r"(?![\d.])")
            for p in prose:
                if pat.search(p):
                    err(f"table row figure {num} ({row[:8]}) also occurs in prose: {p[:20]}")

    # ---------------- questions answerable only from the table
    table_only_q = [x for x in qs if x["answerable"] and any(s in table_rows and not s.startswith("指标")
                    and not s.startswith(PROSE_ROWS) for s in x["evidence"])]
    for x in table_only_q:  # table questions carry the header row (year + unit of the growth column)
        if TABLE_HEAD not in x["evidence"]:
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
    nd = sum(v[0] for v in qt.values())
    nb = sum(v[1] for v in qt.values())
    ud = sum(v[2] for v in qt.values())
    ub = sum(v[3] for v in qt.values())
    out.append(f"  {'total':15s} {nd:3d} {nb:3d} {nd + nb:3d}  {ud}/{ub}")
    if nd + nb < 200:
        err("fewer than 200 questions")
    out.append(f"questions answerable only from the docx table (non-prose rows): {len(table_only_q)} "
               + str(dict(Counter(x['type'] for x in table_only_q))))
    if len(table_only_q) < 6:
        err("fewer than 6 table questions")
    fy_paras = PARAS["wuhou-2022"][idx("wuhou-2022", "过去五年，是武侯"):idx("wuhou-2022", "——社会治理") + 1]
    fy = [x for x in qs if x["answerable"] and any(s in p for s in x["evidence"] for p in fy_paras)]
    goals = [x for x in qs if x["answerable"] and any("2026" in s for s in x["evidence"])]
    out.append(f"questions on the five-year (2017-2021) record: {len(fy)} {dict(Counter(x['type'] for x in fy))}")
    out.append(f"questions on the 2026 goals: {len(goals)} {dict(Counter(x['type'] for x in goals))}")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    ck = defaultdict(Counter)
    for x in cs:
        k = "dev" if "dev" in x["_file"] else "blind"
        ck[x["kind"]][(k, x["label"])] += 1
    out.append("claims per kind: kind dev(S/R/N) blind(S/R/N) total")
    tot = Counter()
    for kd in CKINDS:
        c = ck[kd]
        dv = [c[("dev", lab)] for lab in ("supported", "refuted", "not_found")]
        bl = [c[("blind", lab)] for lab in ("supported", "refuted", "not_found")]
        out.append(f"  {kd:18s} {sum(dv):2d} ({'/'.join(map(str, dv))})  {sum(bl):2d} ({'/'.join(map(str, bl))})  "
                   f"{sum(dv) + sum(bl)}")
        if sum(dv) + sum(bl) < 8:
            err(f"kind {kd} has fewer than 8 claims")
        for lab, n in zip(("supported", "refuted", "not_found"), dv):
            tot[("dev", lab)] += n
        for lab, n in zip(("supported", "refuted", "not_found"), bl):
            tot[("blind", lab)] += n
    labs = Counter(x["label"] for x in cs)
    dsum = [tot[("dev", lab)] for lab in ("supported", "refuted", "not_found")]
    bsum = [tot[("blind", lab)] for lab in ("supported", "refuted", "not_found")]
    out.append(f"  total dev {sum(dsum)} ({'/'.join(map(str, dsum))}) blind {sum(bsum)} ({'/'.join(map(str, bsum))}); "
               f"labels {dict(labs)}")
    if len(cs) < 150:
        err("fewer than 150 claims")
    if not 0.35 <= sum(dsum) / len(cs) <= 0.55:
        err(f"claim dev share {sum(dsum) / len(cs):.2f}")
    out.append("claims by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in cs))))

    check_corpus(out)
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK characters")
        if not 3500 <= n <= 4500:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


def check_corpus(out):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir())
    if files != ["jinjiang-2023.pdf", "wuhou-2022.txt", "wuhou-2023.docx"]:
        err(f"corpus files {files}")
    try:
        import docx  # python-docx, only in the venv
        from pypdf import PdfReader
    except ImportError:
        err("python-docx / pypdf missing: run with /work/main/.venv/bin/python")
        return

    # ---- TXT (wuhou-2022, GB18030 bytes)
    raw = (corpus / "wuhou-2022.txt").read_bytes()
    try:
        raw.decode("utf-8")
        err("txt decodes as UTF-8 (should be GB18030)")
    except UnicodeDecodeError:
        pass
    if raw.startswith((b"\xef\xbb\xbf", b"\x84\x31\x95\x33")):
        err("txt has a BOM")
    t = raw.decode("gb18030")
    if "\r\n" not in t or re.search(r"(?<!\r)\n", t):
        err("txt: line ends are not all CRLF")
    tp = [p.strip("\r\n").lstrip(IDSP) for p in t.split("\r\n\r\n") if p.strip()]
    if tp != PARAS["wuhou-2022"]:
        err("txt paragraphs differ from source")
    if not t.startswith(IDSP * 8):
        err("txt title not indented")
    n4 = sum(1 for ch in t if len(ch.encode("gb18030")) == 4)
    out.append(f"txt: {len(raw)} bytes GB18030, {len(tp)} paragraphs, CRLF, not UTF-8, {n4} four-byte characters")

    # ---- PDF (jinjiang-2023)
    head_l, head_r = "成都市锦江区人民政府", "2023年政府工作报告"
    r = PdfReader(str(corpus / "jinjiang-2023.pdf"))
    total = len(r.pages)
    body_lines = []
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4: {w}x{hh}")
        txt = pg.extract_text()
        lines = txt.split("\n")
        foot = f"第 {n} 页 共 {total} 页"
        if head_l not in txt or head_r not in txt:
            err(f"pdf page {n}: no running header")
        if foot not in txt:
            err(f"pdf page {n}: no page number footer")
        body_lines += [ln for ln in lines if ln.strip() not in (head_l, head_r, foot)]
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS["jinjiang-2023"]:
        if re.sub(r"\s+", "", p) not in flat:
            err(f"pdf text lacks paragraph: {p[:30]}")
    num_breaks = [(a[-8:], b[:8]) for a, b in zip(body_lines, body_lines[1:])
                  if re.search(r"\d$", a) and re.match(r"[\d.]", b)]
    word_breaks = sum(1 for a, b in zip(body_lines, body_lines[1:])
                      if re.search(r"[\u4e00-\u9fff]$", a) and re.match(r"[\u4e00-\u9fff]", b))
    if len(num_breaks) < 3:
        err(f"pdf: only {len(num_breaks)} line breaks inside a number")
    meta = r.metadata or {}
    if meta.get("/Title") != "成都市锦江区2023年政府工作报告" or not meta.get("/Author") or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {total} pages, {len(num_breaks)} line breaks inside numbers {num_breaks}, {word_breaks} between "
               f"CJK characters, title {meta.get('/Title')}")

    # ---- DOCX (wuhou-2023) with the indicator table
    d = docx.Document(corpus / "wuhou-2023.docx")
    src = PARAS["wuhou-2023"]
    src_text = [p for p in src if SEP not in p]
    src_rows = [p for p in src if SEP in p]
    got = [p.text for p in d.paragraphs if p.text.strip()]
    if got != src_text:
        err("docx paragraphs differ from source")
    if len(d.tables) != 1:
        err(f"docx has {len(d.tables)} tables")
    else:
        rows = [SEP.join(c.text for c in row.cells) for row in d.tables[0].rows]
        if rows != src_rows:
            err("docx table rows differ from source")
        if rows[0] != TABLE_HEAD:
            err("docx table header row")
        body_el = d.element.body
        kids = [k for k in body_el.iterchildren() if k.tag.endswith(("}p", "}tbl"))]
        ti = next(i for i, k in enumerate(kids) if k.tag.endswith("}tbl"))
        prev = "".join(t.text or "" for t in kids[ti - 1].iter() if t.tag.endswith("}t"))
        if not prev.startswith("2022年是本届政府的开局之年") or not prev.endswith("见下表。"):
            err(f"docx table not right after the opening review paragraph: {prev[:20]}")
        out.append(f"docx table: {len(rows)} rows x {len(d.tables[0].columns)} columns")
    styles = Counter(p.style.name for p in d.paragraphs if p.text.strip())
    if styles["Title"] != 1 or styles["Heading 1"] < 3 or styles["Heading 2"] < 3:
        err(f"docx heading styles {styles}")
    bold_plain = [p.text for p in d.paragraphs if p.style.name == "Normal" and p.runs and p.runs[0].bold
                  and re.match(r"^（[一二三四五六七]）", p.text)]
    if len(bold_plain) < 3:
        err("docx: plan headings are not plain bold paragraphs")
    sec = d.sections[0]
    if "武侯区人民政府" not in sec.header.paragraphs[0].text:
        err("docx: no page header")
    if "PAGE" not in "".join(x.text or "" for x in sec.footer._element.iter() if x.tag.endswith("}instrText")):
        err("docx: no PAGE field in the footer")
    cp = d.core_properties
    if cp.title != "2023年武侯区政府工作报告" or not cp.author:
        err("docx core properties")
    out.append(f"docx: {len(got)} paragraphs, styles {dict(styles)}, {len(bold_plain)} bold plain headings")


if __name__ == "__main__":
    sys.exit(main())

"""Self-check of the qingdao eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/qingdao/source/check_gold.py
Adapted from eval/hangzhou/source/check_gold.py: period-anchor zones for the five-year record / 2022 / 2027 goals / 2023
targets and plans of the 换届 report, a UTF-8 saved portal page with an HTML <table> and full-width digits, a PDF with a
right-aligned running header and "— n —" footer, and a GB18030 / CRLF plain-text file with a title block.
Prints counts and every error; exit code 1 if any error.
"""
import html as htmlmod
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
L23, L24, J24 = "laoshan-2023", "laoshan-2024", "jimo-2024"
DOCS = [L23, L24, J24]
BOTH = {L23, L24}
TABLE_DOC = L23
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 50, "near_topic": 45, "yesno": 30, "english": 25, "traditional": 10, "followup": 12,
          "compare_years": 8, "target_result": 8, "other_scope": 10, "no_place": 8, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
LS_MARK = ["崂山", "嶗山", "Laoshan", "laoshan", "劳山", "崂杉", "沙子口", "王哥庄", "北宅", "中韩", "金家岭", "石老人"]
JM_MARK = ["即墨", "Jimo", "jimo", "即默", "急墨", "通济", "潮海", "鳌山湾", "田横岛"]
OTHER_MARK = ["城阳", "李沧", "市南", "市北", "黄岛", "西海岸", "胶州", "平度", "莱西", "青岛市", "山东省", "Qingdao",
              "Shandong", "Chengyang", "Licang", "Shinan", "Huangdao", "Jiaozhou"]
PLACE_MARK = LS_MARK + JM_MARK
SEP = " | "
TABLE_HEAD = "指标名称 | 单位 | 2022年 | 增速（%）"
TABLE_ONLY = ("规模以上工业增加值 |", "社会消费品零售总额 |", "外贸进出口总额 |", "海洋生产总值 |", "居民人均可支配收入 |")
NUM_RE = re.compile(r"\d+(?:\.\d+)?")  # \d also matches full-width digits
FULLWIDTH = re.compile(r"[０-９％]")
TRAD_RE = re.compile(r"[嶗區縣產養張個學遊鄉實糧積標數舊開際鎮價總資萬濃來計劃這們與務業綜紡織過累務術營]")

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
ZONES = [
    (L23, idx(L23, "过去五年，是崂山"), idx(L23, "2022年是极不平凡"),
     ["过去五年，是崂山发展进程中极不平凡的五年", "一、过去五年和2022年工作回顾"], ["五年", "2017"]),
    (L23, idx(L23, "2022年是极不平凡"), idx(L23, "指标名称 |"), ["2022年是极不平凡的一年"], ["2022"]),
    (L23, idx(L23, "指标名称 |"), idx(L23, "2022年，我们主要做了"), [TABLE_HEAD], []),
    (L23, idx(L23, "2022年，我们主要做了"), idx(L23, "各位代表！过去五年"), ["2022年，我们主要做了以下工作"], ["2022"]),
    (L23, idx(L23, "今后五年政府工作的主要目标是"), idx(L23, "三、2023年工作安排"), ["今后五年政府工作的主要目标是：到2027年"],
     ["2027"]),
    (L23, idx(L23, "2023年是全面贯彻"), idx(L23, "（一）扩投资稳增长"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (L23, idx(L23, "（一）扩投资稳增长"), idx(L23, "四、加强政府自身建设"), ["三、2023年工作安排"], ["2023"]),
    (L24, idx(L24, "2023年是全面贯彻"), idx(L24, "各位代表！成绩来之不易"), ["一、2023年工作回顾"], ["2023"]),
    (L24, idx(L24, "2024年是实现"), idx(L24, "三、2024年重点工作"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (L24, idx(L24, "——聚焦扩大有效投资"), idx(L24, "四、加强政府自身建设"), ["三、2024年重点工作"], ["2024"]),
    (J24, idx(J24, "2023年是全面贯彻"), idx(J24, "各位代表！这些成绩"), ["一、2023年工作回顾"], ["2023"]),
    (J24, idx(J24, "2024年是实现"), idx(J24, "三、2024年重点工作"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (J24, idx(J24, "（一）突出制造业当家"), idx(J24, "四、全面加强政府自身建设"), ["三、2024年重点工作"], ["2024"]),
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
    docs = docs if isinstance(docs, list) else [docs]
    if any(d not in DOCS for d in docs):
        err(f"{where} bad doc {docs}")
        return
    matched = set()
    for s in it["evidence"]:
        hits = [d for d in docs if in_doc(s, d)]
        if not hits:
            err(f"{where} evidence not in {docs} (one paragraph): {s}")
        matched.update(hits)
        if len(docs) > 1 and len(hits) > 1:
            err(f"{where} evidence string occurs in more than one doc of a list-doc item: {s[:30]}")
    if len(docs) > 1 and matched != set(docs):
        err(f"{where} list doc without evidence in each doc: {docs} matched {sorted(matched)}")
    check_year_anchor(it, docs, where)


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def main():
    qs = load("qingdao_questions_dev.jsonl", QFIELDS) + load("qingdao_questions_blind.jsonl", QFIELDS)
    cs = load("qingdao_claims_dev.jsonl", CFIELDS) + load("qingdao_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"qd-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"qdc-\d{3}", x["id"]):
            err(f"bad claim id {x['id']}")
    for text, n in Counter([x["question"] for x in qs] + [x["claim"] for x in cs]).items():
        if n > 1:
            err(f"duplicate text {text}")

    # ---------------- questions
    for x in qs:
        w, t, qtext = x["id"], x["type"], x["question"]
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
                for num in NUM_RE.findall(g[0]):
                    if num not in evtext:
                        err(f"{w} number {num} of answer '{g[0]}' not in evidence")
            if x["expected_yesno"] is not None:
                if (x["answer_facts"][0][0], x["expected_yesno"]) not in (("是", "yes"), ("否", "no")):
                    err(f"{w} yes/no mismatch")
            elif t == "yesno":
                err(f"{w} answerable yesno without expected_yesno")
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
        if t == "traditional" and not TRAD_RE.search(qtext):
            err(f"{w} traditional question without traditional characters")
        if t in ("compare_years", "target_result") and not (isinstance(x["doc"], list) and set(x["doc"]) == BOTH):
            err(f"{w} {t} must use both Laoshan reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")

    # ---------------- claims
    table_rows = [p for p in PARAS[TABLE_DOC] if SEP in p]
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
            if x["doc"] != TABLE_DOC:
                err(f"{w} table_figure claim not on {TABLE_DOC}")
            for s in x["evidence"]:
                if s not in table_rows:
                    err(f"{w} table_figure evidence is not a table row: {s}")
                elif s != TABLE_HEAD and not s.startswith(TABLE_ONLY):
                    err(f"{w} table_figure evidence is a row that repeats prose figures: {s}")

    # ---------------- table-only rows: their figures occur in no prose paragraph of any report (NFKC, so full-width
    # digits count); the figures of the other rows do occur in prose
    if table_rows[0] != TABLE_HEAD:
        err("table header row")
    for row in table_rows[1:]:
        cells = row.split(SEP)
        if len(cells) != 4:
            err(f"table row with {len(cells)} cells: {row}")
        nums = NUM_RE.findall(cells[2] + " " + cells[3])
        if row.startswith(TABLE_ONLY):
            for num in nums:
                for p in in_prose(num):
                    err(f"table-only figure {num} ({cells[0]}) also occurs in prose: {p[:20]}")
        else:
            for num in nums:
                if not in_prose(num):
                    err(f"prose-repeating row figure {num} ({cells[0]}) not in prose")

    table_only_q = [x for x in qs if x["answerable"] and any(s in table_rows and s.startswith(TABLE_ONLY)
                                                             for s in x["evidence"])]
    for x in table_only_q:
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
    nd, nb = sum(v[0] for v in qt.values()), sum(v[1] for v in qt.values())
    ud, ub = sum(v[2] for v in qt.values()), sum(v[3] for v in qt.values())
    out.append(f"  {'total':15s} {nd:3d} {nb:3d} {nd + nb:3d}  {ud}/{ub}")
    if nd + nb < 240:
        err("fewer than 240 questions")
    out.append(f"questions answerable only from the html table (table-only rows): {len(table_only_q)} "
               + str(dict(Counter(x['type'] for x in table_only_q))))
    if len(table_only_q) < 6:
        err("fewer than 6 table questions")
    fw_q = [x for x in qs if any(FULLWIDTH.search(s) for s in x["evidence"])]
    fw_c = [x for x in cs if any(FULLWIDTH.search(s) for s in x["evidence"])]
    out.append(f"items whose evidence has full-width digits: {len(fw_q)} questions, {len(fw_c)} claims")
    if len(fw_q) < 5 or len(fw_c) < 3:
        err("too few items on full-width figures")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
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
    if len(cs) < 170:
        err("fewer than 170 claims")
    if not 0.35 <= sum(dsum) / len(cs) <= 0.55:
        err(f"claim dev share {sum(dsum) / len(cs):.2f}")
    out.append("claims by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in cs))))

    check_corpus(out)
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK characters")
        if not 1900 <= n <= 2700:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


def check_corpus(out):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir())
    if files != ["jimo-2024.txt", "laoshan-2023.html", "laoshan-2024.pdf"]:
        err(f"corpus files {files}")
    try:
        from pypdf import PdfReader
    except ImportError:
        err("pypdf missing: run with /work/main/.venv/bin/python")
        return

    # ---- HTML (laoshan-2023, UTF-8 saved page)
    raw = (corpus / "laoshan-2023.html").read_bytes()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        err("html does not decode as UTF-8")
        return
    if "charset=UTF-8" not in t or "<!-- saved from url=" not in t:
        err("html: no UTF-8 charset declaration / saved-from comment")
    for piece in ["首页", "政务公开", "政府工作报告", "您当前的位置", "发布日期：", "来源：", "浏览次数：", "分享到：",
                  "相关链接", "版权所有", "ICP备", "网站标识码", "打印本页", "关闭窗口", "上一篇", "下一篇",
                  "2023年即墨区政府工作报告", "2022年崂山区政府工作报告"]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    m = re.search(r'<div class="article-content" id="zoom">(.*?)</div>\s*<div class="article-tools">', t, re.S)
    if not m:
        err("html: content div not found")
        return
    content = m.group(1)
    if "&ldquo;" not in content:
        err("html: quotes are not written as entities")
    tables = re.findall(r"<table.*?</table>", content, re.S)
    if len(tables) != 1:
        err(f"html has {len(tables)} tables in the content")
        return
    rows = [SEP.join(htmlmod.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                     for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S))
            for tr in re.findall(r"<tr>(.*?)</tr>", tables[0], re.S)]
    src = PARAS[L23]
    if rows != [p for p in src if SEP in p]:
        err("html table rows differ from the source table rows")
    before, after = content.split(tables[0])

    def ptexts(chunk):
        return [htmlmod.unescape(re.sub(r"<[^>]+>", "", p)).strip()
                for p in re.findall(r"<p[^>]*>(.*?)</p>", chunk, re.S)]

    pb, pa = ptexts(before), ptexts(after)
    if pb + pa != [p for p in src if SEP not in p]:
        err("html <p> texts differ from the source paragraphs")
    if not pb or not pb[-1].endswith("见下表。"):
        err("html: table does not follow the paragraph that points to it")
    fw = len(FULLWIDTH.findall("".join(pb + pa)))
    if fw < 8:
        err(f"html: only {fw} full-width digits/signs in the report text")
    out.append(f"html: {len(raw)} bytes UTF-8, {len(pb) + len(pa)} report paragraphs, table {len(rows)} rows x "
               f"{len(rows[0].split(SEP))} columns, {fw} full-width digit/percent characters, "
               f"{content.count('<strong>')} <strong> runs")

    # ---- PDF (laoshan-2024)
    head = "2024年崂山区政府工作报告"
    r = PdfReader(str(corpus / "laoshan-2024.pdf"))
    body_lines = []
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4")
        lines = pg.extract_text().split("\n")
        foot = f"— {n} —"
        if head not in lines:
            err(f"pdf page {n}: no running header")
        if foot not in lines:
            err(f"pdf page {n}: no page number footer")
        body_lines += [ln for ln in lines if ln.strip() not in (head, foot)]
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS[L24]:
        if re.sub(r"\s+", "", p) not in flat:
            err(f"pdf text lacks paragraph: {p[:30]}")
    num_breaks = [(a[-8:], b[:8]) for a, b in zip(body_lines, body_lines[1:])
                  if re.search(r"\d$", a) and re.match(r"[\d.]", b)]
    if len(num_breaks) < 3:
        err(f"pdf: only {len(num_breaks)} line breaks inside a number")
    meta = r.metadata or {}
    if meta.get("/Title") != "青岛市崂山区2024年政府工作报告" or not meta.get("/Author") or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {len(r.pages)} pages, {len(num_breaks)} line breaks inside numbers {num_breaks}")

    # ---- TXT (jimo-2024, GB18030, CRLF, title block)
    raw = (corpus / "jimo-2024.txt").read_bytes()
    try:
        raw.decode("utf-8")
        err("txt decodes as UTF-8 (should be GB18030)")
    except UnicodeDecodeError:
        pass
    if raw.startswith((b"\xef\xbb\xbf", b"\x84\x31\x95\x33")):
        err("txt has a BOM")
    t = raw.decode("gb18030")
    if "\n" in t.replace("\r\n", "") or "\r" in t.replace("\r\n", ""):
        err("txt has line ends other than CRLF")
    lines = t.split("\r\n")
    nonempty = [ln for ln in lines if ln.strip()]
    if not nonempty[0].startswith("\u3000" * 10) or nonempty[0].strip("\u3000") != "政府工作报告":
        err("txt: title line is not centred with ideographic spaces")
    rule = [ln for ln in lines if ln and set(ln) == {"━"}]
    if len(rule) != 1 or lines.index(rule[0]) > 8:
        err("txt: no rule line closing the title block")
    paras = [ln.lstrip("\u3000") for ln in nonempty if set(ln) != {"━"}]
    if paras != PARAS[J24]:
        err("txt paragraphs differ from the source paragraphs")
    out.append(f"txt: {len(raw)} bytes GB18030, CRLF, {len(paras)} paragraphs (one line each), title block "
               f"{len(nonempty[:4])} lines + rule")


if __name__ == "__main__":
    sys.exit(main())

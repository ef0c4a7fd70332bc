"""Self-check of the hangzhou eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/hangzhou/source/check_gold.py
Adapted from eval/chengdu/source/check_gold.py: year-anchor zones for the numbered review / target list / 十件民生实事 /
plan sections, a GBK web page, a 5-column target-vs-result docx table and a PDF with a centred running header.
Prints counts and every error; exit code 1 if any error.
"""
import html as htmlmod
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
T24, T25, L24 = "tonglu-2024", "tonglu-2025", "linan-2024"
DOCS = [T24, T25, L24]
BOTH = {T24, T25}
TABLE_DOC = T25
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 40, "near_topic": 45, "yesno": 30, "english": 25, "traditional": 10, "followup": 12,
          "compare_years": 8, "target_result": 8, "other_scope": 10, "no_place": 8, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
TL_MARK = ["桐庐", "桐廬", "Tonglu", "tonglu", "铜庐", "桐芦", "同庐", "分水", "横村", "瑶琳", "Yaolin", "江南镇", "环溪",
           "莪山", "钟山乡", "桐君", "城南街道"]
LA_MARK = ["临安", "臨安", "Lin'an", "Linan", "林安", "临按", "锦城", "青山湖", "天目山", "太湖源", "昌化", "岛石", "白沙村"]
OTHER_MARK = ["建德", "淳安", "富阳", "余杭", "萧山", "西湖区", "上城", "拱墅", "滨江", "杭州市", "浙江省", "Hangzhou",
              "Zhejiang", "Jiande", "Chun'an", "Fuyang"]
PLACE_MARK = TL_MARK + LA_MARK
SEP = " | "
TABLE_HEAD = "指标 | 单位 | 2024年目标 | 2024年完成 | 完成情况"
TABLE_ONLY = ("社会消费品零售总额增速", "规模以上工业增加值增速", "城镇居民人均可支配收入增速", "研发投入占地区生产总值比重")
NUM_RE = re.compile(r"\d+(?:\.\d+)?")

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


# (doc, first para, end para (exclusive), anchors, own-year words): an evidence string in a zone needs one of the anchors
# among the item's evidence unless it names the year itself.
ZONES = [
    (T24, idx(T24, "2023年是全面贯彻"), idx(T24, "各位代表！过去一年"), ["一、2023年政府工作回顾"], ["2023"]),
    (T24, idx(T24, "（1）"), idx(T24, "2024年，县政府将继续"), ["2024年全县经济社会发展的主要预期目标是"], []),
    (T24, idx(T24, "1.新建改造农村公路"), idx(T24, "三、2024年重点工作"), ["2024年，县政府将继续集中力量办好十件民生实事"], []),
    (T24, idx(T24, "（一）全力扩大有效投资"), idx(T24, "四、全面加强政府自身建设"), ["三、2024年重点工作"], ["2024"]),
    (T25, idx(T25, "2024年是实施"), idx(T25, "各位代表！成绩来之不易"), ["第一部分 2024年工作回顾", TABLE_HEAD], ["2024"]),
    (T25, idx(T25, "2025年是“十四五”"), idx(T25, "第三部分"), ["2025年全县经济社会发展的主要预期目标为",
                                                             "第二部分 2025年发展目标"], []),
    (T25, idx(T25, "（一）聚力项目攻坚"), idx(T25, "第四部分"), ["第三部分 2025年重点工作"], ["2025"]),
    (L24, idx(L24, "2023年，面对"), idx(L24, "各位代表！过去一年"), ["一、关于2023年工作"], ["2023"]),
    (L24, idx(L24, "2024年是中华人民共和国"), idx(L24, "三、扎实做好"), ["2024年全区经济社会发展的主要预期目标是",
                                                                  "二、今年的目标任务"], []),
    (L24, idx(L24, "（一）着力打造科创高地"), idx(L24, "四、加强政府自身建设"), ["三、扎实做好2024年各项工作"], ["2024"]),
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
                        err(f"{where} evidence in a {d} zone without year anchor {anchors[0]}: {s[:30]}")


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


def main():
    qs = load("hangzhou_questions_dev.jsonl", QFIELDS) + load("hangzhou_questions_blind.jsonl", QFIELDS)
    cs = load("hangzhou_claims_dev.jsonl", CFIELDS) + load("hangzhou_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"hz-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"hzc-\d{3}", x["id"]):
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
        if t == "traditional" and not re.search(r"[廬臨區縣產養張個學遊鄉實糧積標數舊開際鎮價總資萬濃來計劃這們與]", qtext):
            err(f"{w} traditional question without traditional characters")
        if t in ("compare_years", "target_result") and not (isinstance(x["doc"], list) and set(x["doc"]) == BOTH):
            err(f"{w} {t} must use both Tonglu reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")

    # ---------------- claims
    table_rows = [p for p in PARAS[TABLE_DOC] if SEP in p]
    prose = [p for d in DOCS for p in PARAS[d] if SEP not in p]

    def in_prose(num):
        pat = re.compile(r"(?<![\d.])" + re.escape(num) + r"(?![\d.])")
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

    # ---------------- table-only rows: their 2024 result cell occurs in no prose paragraph of any report
    if table_rows[0] != TABLE_HEAD:
        err("table header row")
    for row in table_rows[1:]:
        cells = row.split(SEP)
        if len(cells) != 5:
            err(f"table row with {len(cells)} cells: {row}")
        if row.startswith(TABLE_ONLY):
            for num in NUM_RE.findall(cells[3]):
                for p in in_prose(num):
                    err(f"table-only figure {num} ({cells[0]}) also occurs in prose: {p[:20]}")
        else:
            for num in NUM_RE.findall(cells[3]):
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
    if nd + nb < 220:
        err("fewer than 220 questions")
    out.append(f"questions answerable only from the docx table (table-only rows): {len(table_only_q)} "
               + str(dict(Counter(x['type'] for x in table_only_q))))
    if len(table_only_q) < 6:
        err("fewer than 6 table questions")
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
        if not 1800 <= n <= 4500:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


def check_corpus(out):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir())
    if files != ["linan-2024.pdf", "tonglu-2024.html", "tonglu-2025.docx"]:
        err(f"corpus files {files}")
    try:
        import docx
        from pypdf import PdfReader
    except ImportError:
        err("python-docx / pypdf missing: run with /work/main/.venv/bin/python")
        return

    # ---- HTML (tonglu-2024, GBK bytes)
    raw = (corpus / "tonglu-2024.html").read_bytes()
    try:
        raw.decode("utf-8")
        err("html decodes as UTF-8 (should be GBK)")
    except UnicodeDecodeError:
        pass
    t = raw.decode("gbk")
    if t != raw.decode("gb18030"):
        err("html: gbk and gb18030 decodes differ")
    if '<meta charset="gbk" />' not in t or "charset=gbk" not in t:
        err("html: no gbk charset declaration")
    for piece in ["首页", "政务公开", "政府工作报告", "当前位置", "发布时间：", "来源：", "浏览次数：", "分享到：",
                  "相关链接", "版权所有", "ICP备", "网站标识码", "打印本页", "关闭窗口", "上一篇", "下一篇"]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    if "首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt;" not in t:
        err("html: breadcrumb 首页 > 政务公开 > 政府工作报告 missing")
    m = re.search(r'<div class="art-con" id="zoom">(.*?)</div>', t, re.S)
    ps = [htmlmod.unescape(re.sub(r"<[^>]+>", "", p)).strip().lstrip("\u3000")
          for p in re.findall(r"<p[^>]*>(.*?)</p>", m.group(1), re.S)] if m else []
    if ps != PARAS[T24]:
        err("html <p> texts differ from the source paragraphs")
    try:
        raw.decode("gb2312")
        strict_gb2312 = "decodes"
    except UnicodeDecodeError:
        strict_gb2312 = "fails (GBK-only characters)"
    out.append(f"html: {len(raw)} bytes GBK, {len(ps)} report paragraphs, strict gb2312 decode {strict_gb2312}, "
               f"{t.count('<strong>')} <strong> runs")

    # ---- PDF (linan-2024)
    head = "杭州市临安区2024年政府工作报告"
    r = PdfReader(str(corpus / "linan-2024.pdf"))
    body_lines = []
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4")
        lines = pg.extract_text().split("\n")
        foot = f"- {n} -"
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
    if meta.get("/Title") != "杭州市临安区2024年政府工作报告" or not meta.get("/Author") or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {len(r.pages)} pages, {len(num_breaks)} line breaks inside numbers {num_breaks}")

    # ---- DOCX (tonglu-2025)
    d = docx.Document(corpus / "tonglu-2025.docx")
    src = PARAS[T25]
    got = [p.text for p in d.paragraphs if p.text.strip()]
    if got != [p for p in src if SEP not in p]:
        err("docx paragraphs differ from source")
    if len(d.tables) != 1:
        err(f"docx has {len(d.tables)} tables")
    else:
        rows = [SEP.join(c.text for c in row.cells) for row in d.tables[0].rows]
        if rows != [p for p in src if SEP in p]:
            err("docx table rows differ from source")
        kids = [k for k in d.element.body.iterchildren() if k.tag.endswith(("}p", "}tbl"))]
        ti = next(i for i, k in enumerate(kids) if k.tag.endswith("}tbl"))
        prev = "".join(x.text or "" for x in kids[ti - 1].iter() if x.tag.endswith("}t"))
        if not prev.startswith("2024年是实施") or not prev.endswith("如下表。"):
            err(f"docx table not right after the opening review paragraph: {prev[:20]}")
        out.append(f"docx table: {len(rows)} rows x {len(d.tables[0].columns)} columns")
    styles = Counter(p.style.name for p in d.paragraphs if p.text.strip())
    if styles["Title"] != 1 or styles["Heading 1"] < 3 or styles["Heading 2"] < 3:
        err(f"docx heading styles {styles}")
    if not all(p.text.startswith("第") and "部分 " in p.text for p in d.paragraphs if p.style.name == "Heading 1"):
        err("docx: part headings are not of the form 第N部分")
    bold_plain = [p.text for p in d.paragraphs if p.style.name == "Normal" and p.runs and p.runs[0].bold
                  and re.match(r"^（[一二三四五六七]）", p.text)]
    if len(bold_plain) < 3:
        err("docx: plan headings are not plain bold paragraphs")
    sec = d.sections[0]
    if "桐庐县人民政府" not in sec.header.paragraphs[0].text:
        err("docx: no page header")
    if "PAGE" not in "".join(x.text or "" for x in sec.footer._element.iter() if x.tag.endswith("}instrText")):
        err("docx: no PAGE field in the footer")
    if d.core_properties.title != "2025年桐庐县政府工作报告" or not d.core_properties.author:
        err("docx core properties")
    out.append(f"docx: {len(got)} paragraphs, styles {dict(styles)}, {len(bold_plain)} bold plain headings")


if __name__ == "__main__":
    sys.exit(main())

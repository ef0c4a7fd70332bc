"""Self-check of the wuxi eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/wuxi/source/check_gold.py
Prints counts and every error; exit code 1 if any error.
"""
import html
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOCS = ["binhu-2021", "binhu-2022", "yixing-2022"]
BOTH = {"binhu-2021", "binhu-2022"}
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 50, "near_topic": 35, "yesno": 25, "english": 25, "traditional": 10, "followup": 12,
          "compare_years": 10, "target_result": 10, "other_scope": 15, "no_place": 10, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
BH_MARK = ["滨湖", "濱湖", "宾湖", "binhu", "Binhu", "蠡园", "河埠", "马山", "胡埭", "雪浪", "太湖新城", "荣巷", "蠡湖"]
YX_MARK = ["宜兴", "宜興", "宜星", "yixing", "Yixing", "丁蜀", "丁书", "周铁", "湖㳇", "湖父", "宜城", "东氿"]
OTHER_MARK = ["梁溪", "江阴", "惠山", "新吴", "锡山", "无锡市", "江苏省"]
PLACE_MARK = BH_MARK + YX_MARK

errors = []


def err(msg):
    errors.append(msg)


def paragraphs(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: paragraphs(d) for d in DOCS}


def in_doc(s, doc):
    return any(s in p for p in PARAS[doc])


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
    if len(docs) > 1 and matched != set(docs):
        err(f"{where} list doc without evidence in each doc: {docs} matched {sorted(matched)}")


def main():
    qs = load("wuxi_questions_dev.jsonl", QFIELDS) + load("wuxi_questions_blind.jsonl", QFIELDS)
    cs = load("wuxi_claims_dev.jsonl", CFIELDS) + load("wuxi_claims_blind.jsonl", CFIELDS)
    ids = [x["id"] for x in qs + cs]
    for i, n in Counter(ids).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"wx-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"wxc-\d{3}", x["id"]):
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
                if not isinstance(g, list) or not g:
                    err(f"{w} bad answer group {g}")
                    continue
                if g[0] in ("是", "否"):
                    continue
                if g[0] not in evtext:
                    err(f"{w} answer '{g[0]}' not in evidence")
            if x["expected_yesno"] is not None:
                first = x["answer_facts"][0][0]
                if (first, x["expected_yesno"]) not in (("是", "yes"), ("否", "no")):
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
            if not any(m in qtext for m in PLACE_MARK) and x["reason"] != "other_place":
                err(f"{w} question names no place: {qtext}")
        if t == "near_topic" and x["reason"] != "not_stated":
            err(f"{w} near_topic must be not_stated")
        if t == "english":
            if not x["answerable"]:
                err(f"{w} english unanswerable")
            if re.search(r"[\u4e00-\u9fff]", qtext):
                err(f"{w} english question contains CJK")
        if t in ("compare_years", "target_result"):
            if not (isinstance(x["doc"], list) and set(x["doc"]) == BOTH):
                err(f"{w} {t} must use both Binhu reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")

    # ---------------- claims
    for x in cs:
        w = x["id"]
        if x["kind"] not in CKINDS:
            err(f"{w} unknown kind {x['kind']}")
        if x["label"] not in LABELS:
            err(f"{w} bad label")
        if x["label"] == "not_found":
            if x["evidence"]:
                err(f"{w} not_found with evidence")
        else:
            if not x["evidence"]:
                err(f"{w} {x['label']} without evidence")
            check_doc_evidence(x, x["doc"], w)
        if isinstance(x["doc"], list) and x["kind"] != "cross_year":
            err(f"{w} list doc only for cross_year claims")
        if not any(m in x["claim"] for m in PLACE_MARK):
            err(f"{w} claim names no place: {x['claim']}")

    # ---------------- counts
    out = []
    qt = defaultdict(lambda: [0, 0, 0, 0])
    for x in qs:
        k = 0 if "dev" in x["_file"] else 1
        qt[x["type"]][k] += 1
        if not x["answerable"]:
            qt[x["type"]][2 + k] += 1
    out.append("questions per type: type dev blind total unanswerable(dev/blind)")
    for t in QTYPES:
        d, b, ud, ub = qt[t]
        out.append(f"  {t:15s} {d:3d} {b:3d} {d + b:3d}  {ud}/{ub}")
        if d + b < QTYPES[t]:
            err(f"type {t} has {d + b} < {QTYPES[t]}")
        if d + b and not (0.3 <= d / (d + b) <= 0.6):
            err(f"type {t} dev share {d / (d + b):.2f}")
    nd = sum(v[0] for v in qt.values())
    nb = sum(v[1] for v in qt.values())
    out.append(f"  {'total':15s} {nd:3d} {nb:3d} {nd + nb:3d}")
    if nd + nb < 200:
        err("fewer than 200 questions")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
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
        out.append(f"  {kd:18s} {sum(dv):2d} ({'/'.join(map(str, dv))})  {sum(bl):2d} ({'/'.join(map(str, bl))})  {sum(dv) + sum(bl)}")
        if sum(dv) + sum(bl) < 8:
            err(f"kind {kd} has fewer than 8 claims")
        for lab, n in zip(("supported", "refuted", "not_found"), dv):
            tot[("dev", lab)] += n
        for lab, n in zip(("supported", "refuted", "not_found"), bl):
            tot[("blind", lab)] += n
    labs = Counter(x["label"] for x in cs)
    out.append(f"  total dev {sum(v for k, v in tot.items() if k[0] == 'dev')} blind {sum(v for k, v in tot.items() if k[0] == 'blind')}; labels {dict(labs)}")
    if len(cs) < 150:
        err("fewer than 150 claims")
    out.append("claims by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in cs))))

    check_corpus(out)
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK characters")
        if not 4300 <= n <= 6500:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


def check_corpus(out):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir())
    if files != ["binhu-2021.pdf", "binhu-2022.html", "yixing-2022.docx"]:
        err(f"corpus files {files}")
    try:
        import docx  # python-docx, only in the venv
        from pypdf import PdfReader
    except ImportError:
        err("python-docx / pypdf missing: run with /work/main/.venv/bin/python")
        return

    # ---- PDF
    r = PdfReader(str(corpus / "binhu-2021.pdf"))
    body_lines = []
    for n, pg in enumerate(r.pages, 1):
        w, h = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(h - 841.89) > 1:
            err(f"pdf page {n} not A4: {w}x{h}")
        txt = pg.extract_text()
        lines = [ln for ln in txt.split("\n")]
        if "无锡市滨湖区人民政府" not in txt:
            err(f"pdf page {n}: no running header")
        if f"— {n} —" not in txt:
            err(f"pdf page {n}: no page number footer")
        body_lines += [ln for ln in lines if ln.strip() not in ("无锡市滨湖区人民政府", "政府工作报告（2021年）", f"— {n} —")]
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS["binhu-2021"]:
        if re.sub(r"\s+", "", p) not in flat:
            err(f"pdf text lacks paragraph: {p[:30]}")
    num_breaks = sum(1 for a, b in zip(body_lines, body_lines[1:]) if re.search(r"\d$", a) and re.match(r"[\d.]", b))
    if num_breaks < 1:
        err("pdf: no line break inside a number")
    meta = r.metadata or {}
    out.append(f"pdf: {len(r.pages)} pages, {num_breaks} line breaks inside numbers, title {meta.get('/Title')}")

    # ---- HTML (GB2312)
    raw = (corpus / "binhu-2022.html").read_bytes()
    try:
        raw.decode("utf-8")
        err("html decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        raw.decode("gb2312")  # strict GB2312 bytes (the dash A1AA decodes as U+2015 with this codec)
    except UnicodeDecodeError:
        err("html is not valid GB2312")
    h = raw.decode("gbk")
    if '<meta charset="gb2312">' not in h:
        err("html: no gb2312 charset")
    for furn in ["无障碍浏览", "长者模式", "繁体版", "English", "登录", "首页", "走进滨湖", "政务公开", "政务服务", "互动交流",
                 "您当前的位置", "索 引 号", "发布机构", "生成日期", "文　　号", "访问量", "【字号：", "分享到", "QQ空间",
                 "【打印本页】", "【关闭窗口】", "相关链接", "2021年滨湖区政府工作报告", "联系我们", "网站地图", "主办单位",
                 "版权所有", "苏ICP备", "苏公网安备", "网站标识码"]:
        if furn not in h:
            err(f"html: missing furniture {furn}")
    body = h.split('id="zoom">', 1)[1].split("</div>", 1)[0]
    ps = [html.unescape(re.sub(r"<[^>]+>", "", x)) for x in re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)]
    if ps != PARAS["binhu-2022"]:
        err("html <p> texts differ from source")
    out.append(f"html: {len(ps)} <p>, {body.count('<strong>')} <strong> runs, GB2312 bytes")

    # ---- DOCX
    d = docx.Document(corpus / "yixing-2022.docx")
    got = [p.text for p in d.paragraphs if p.text.strip()]
    if got != PARAS["yixing-2022"]:
        err("docx paragraphs differ from source")
    styles = Counter(p.style.name for p in d.paragraphs if p.text.strip())
    if styles["Title"] != 1 or styles["Heading 1"] < 3 or styles["Heading 2"] < 3:
        err(f"docx heading styles {styles}")
    bold_plain = [p.text for p in d.paragraphs if p.style.name == "Normal" and p.runs and p.runs[0].bold
                  and re.match(r"^（[一二三四五六七]）", p.text)]
    if len(bold_plain) < 3:
        err("docx: plan headings are not plain bold paragraphs")
    out.append(f"docx: {len(got)} paragraphs, styles {dict(styles)}, {len(bold_plain)} bold plain headings")


if __name__ == "__main__":
    sys.exit(main())

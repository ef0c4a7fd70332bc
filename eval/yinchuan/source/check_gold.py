"""Self-check of the yinchuan eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/yinchuan/source/check_gold.py
Adapted from eval/taiyuan/source/check_gold.py. Checks the schema, ids, evidence (verbatim, inside exactly one paragraph
of the named report's source), period anchors (zones written independently of build_gold.py), answer facts inside the
evidence, type / kind rules, place marks, counts and split shares; rebuilds the corpus into a temporary directory,
compares it byte for byte with corpus/ and runs the format checks: the .html page (hidden anti-scraping characters:
the reading without hidden elements equals the source, the naive reading does not), the pasted-PDF .docx (soft line
breaks, literal "　　" indents, the line-joining reading equals the source, exactly three numbers cut across a line,
no gold evidence string of jinfeng-2024 crosses a line end except the declared ones), the red-header .pdf (red
header, document number, red rule, folios, 版记; the text layer without them equals the source).
Prints counts and every error; exit code 1 if any error.
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
X3, X5, J4 = "xingqing-2023", "xingqing-2025", "jinfeng-2024"
DOCS = [X3, X5, J4]
BOTH = {X3, X5}
CORPUS = ["jinfeng-2024.docx", "xingqing-2023.html", "xingqing-2025.pdf"]
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 70, "near_topic": 45, "yesno": 25, "english": 25, "traditional": 12, "followup": 15,
          "compare_years": 10, "target_result": 12, "other_scope": 15, "no_place": 10, "tidy": 15}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = ["supported", "refuted", "not_found"]
XQ_MARK = ["兴庆", "興慶", "兴清", "Xingqing", "凤凰里", "鳳凰里", "凤皇里", "Fenghuangli", "丽景", "麗景", "Lijing", "新华街",
           "新华商圈", "鼓楼", "玉皇阁", "月牙湖", "Yueyahu", "掌政", "Zhangzheng", "通贵", "大新", "鸣翠湖", "鳴翠湖", "红花渠",
           "清和街", "解放西街", "富宁街"]
JF_MARK = ["金凤", "金鳳", "金风", "金峰", "Jinfeng", "阅海", "閱海", "Yuehai", "宝湖", "寶湖", "良田", "丰登", "长城中路",
           "亲水大街", "数智谷", "數智谷", "鹤泉湖"]
OTHER_MARK = ["银川市", "宁夏回族自治区", "西夏区", "永宁县", "贺兰县", "灵武市", "石嘴山", "大武口", "吴忠", "固原", "中卫市",
              "Yinchuan City", "Ningxia"]
PLACE_MARK = XQ_MARK + JF_MARK
DISTRICT_WORDS = ("兴庆", "興慶", "兴清", "金凤", "金鳳", "金风", "金峰")
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
TRAD_RE = re.compile("[興慶區鳳閱灣麗數經濟產業歷遊開辦項計劃預長誰養張鄉噸濕嗎寶麼發與實際國總額達個們這過還點鎮縣陽後"
                     "層環節費鐵雙萬億臺園務統處級體專銷畢標準設網條頭農強爭橋眾濱關畝廣駐線預說業區]")
MSG_PUNCT = re.compile(r"[，。？！；：、,?!;]")
CJK_RE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")

errors = []


def err(msg):
    errors.append(msg)


def paragraphs(doc):
    text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


PARAS = {d: paragraphs(d) for d in DOCS}


def hits(s, doc):
    return [i for i, p in enumerate(PARAS[doc]) if s in p]


def idx(doc, start):
    h = [i for i, p in enumerate(PARAS[doc]) if p.startswith(start)]
    assert len(h) == 1, (doc, start, h)
    return h[0]


def one(doc, start):
    k = idx(doc, start)
    return k, k + 1


# (doc, first para, end para (exclusive), anchors, own-period words): an evidence string in a zone needs one of the
# anchors among the item's evidence unless it names the period itself. Written independently of build_gold.py.
R22 = ["一、2022年工作回顾", "2022年，我们主要做了以下工作", "2022年是党的二十大胜利召开之年"]
R24 = ["一、2024年工作回顾", "2024年，我们主要做了以下工作", "2024年是中华人民共和国成立75周年"]
R23 = ["一、2023年工作回顾", "2023年，我们主要做了以下工作"]
ZONES = [
    (X3, idx(X3, "2022年是党的二十大"), idx(X3, "各位代表！成绩来之不易"), R22, ["2022"]),
    (X3, *one(X3, "2023年是全面贯彻"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (X3, *one(X3, "同时，实施老城焕新"), ["老城焕新两年攻坚行动（2023—2024年）"], ["两年", "2023—2024"]),
    (X3, *one(X3, "着眼“十四五”"), ["力争到2025年，全区国家高新技术企业突破300家"], ["2025"]),
    (X3, idx(X3, "三、2023年重点工作") + 1, idx(X3, "四、建设人民满意政府"), ["三、2023年重点工作"], ["2023", "2024"]),
    (X3, *one(X3, "2022年，“兴庆快办”"), ["2022年，“兴庆快办”上线事项达到386项", "2023年，我们将持续深化"],
     ["2022", "2023"]),
    (X5, idx(X5, "2024年是中华人民共和国"), idx(X5, "各位代表！成绩来之不易"), R24, ["2024", "两年攻坚行动", "两年累计"]),
    (X5, *one(X5, "2025年是“十四五”"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (X5, *one(X5, "同时，启动城市更新"), ["城市更新三年行动（2025—2027年）"], ["三年", "2025—2027"]),
    (X5, *one(X5, "着眼“十四五”"), ["力争到2025年底"], ["2025"]),
    (X5, idx(X5, "三、2025年重点工作") + 1, idx(X5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025", "2026"]),
    (X5, *one(X5, "2024年，“兴庆快办”"), ["2024年，“兴庆快办”上线事项达到512项", "2025年，我们将持续深化"],
     ["2024", "2025"]),
    (J4, idx(J4, "2023年是全面贯彻"), idx(J4, "各位代表！成绩来之不易"), R23, ["2023"]),
    (J4, *one(J4, "2024年是中华人民共和国"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (J4, *one(J4, "着眼“十四五”"), ["力争到2025年，全区国家高新技术企业突破220家"], ["2025"]),
    (J4, idx(J4, "三、2024年重点工作") + 1, idx(J4, "四、建设人民满意政府"), ["三、2024年重点工作"], ["2024", "2025"]),
    (J4, *one(J4, "2023年，“金凤易办”"), ["2023年，“金凤易办”上线事项达到428项", "2024年，我们将持续深化"],
     ["2023", "2024"]),
]


def check_year_anchor(it, docs, where):
    ev = it["evidence"]
    for s in ev:
        for d in docs:
            for i in hits(s, d):
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


def docs_of(x):
    return x["doc"] if isinstance(x["doc"], list) else [x["doc"]]


def check_doc_evidence(it, where):
    docs = docs_of(it)
    if any(d not in DOCS for d in docs):
        err(f"{where} bad doc {docs}")
        return
    if len(docs) > 1 and (set(docs) != BOTH or len(docs) != 2):
        err(f"{where} a list doc must be the two Xingqing reports: {docs}")
    matched = set()
    for s in it["evidence"]:
        if not isinstance(s, str) or not s:
            err(f"{where} bad evidence {s!r}")
            continue
        found = {d: hits(s, d) for d in docs}
        where_found = [d for d in docs if found[d]]
        if not where_found:
            err(f"{where} evidence not in {docs} (one paragraph): {s}")
        for d in where_found:
            if len(found[d]) > 1:
                err(f"{where} evidence occurs in {len(found[d])} paragraphs of {d}: {s[:30]}")
        matched.update(where_found)
        if len(where_found) > 1:
            err(f"{where} evidence string occurs in both docs of a list-doc item: {s[:30]}")
    if len(docs) > 1 and matched != set(docs):
        err(f"{where} list doc without evidence in each doc: matched {sorted(matched)}")
    check_year_anchor(it, docs, where)


def main():
    qs = load("yinchuan_questions_dev.jsonl", QFIELDS) + load("yinchuan_questions_blind.jsonl", QFIELDS)
    cs = load("yinchuan_claims_dev.jsonl", CFIELDS) + load("yinchuan_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"yc-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"ycc-\d{3}", x["id"]):
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
                err(f"{w} answerable item with reason / empty evidence / facts / doc")
                continue
            check_doc_evidence(x, w)
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
                err(f"{w} unanswerable item with doc / facts / evidence / yesno")
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
            err(f"{w} history on a non-followup item")
        if t == "no_place":
            if any(m in qtext for m in PLACE_MARK + OTHER_MARK):
                err(f"{w} no_place question names a place")
            if not x["answerable"] or isinstance(x["doc"], list):
                err(f"{w} no_place must be answerable from exactly one report")
        elif t == "other_scope":
            if x["answerable"]:
                err(f"{w} other_scope answerable")
            if x["reason"] in ("other_place", "out_of_scope") and not any(m in qtext for m in OTHER_MARK):
                err(f"{w} other_place / out_of_scope question names no other place")
            if x["reason"] in ("other_year", "not_stated") and not any(m in qtext for m in PLACE_MARK):
                err(f"{w} other_year / not_stated question names no corpus place")
        elif t != "followup":
            if x["reason"] in ("other_place", "out_of_scope"):
                if not any(m in qtext for m in OTHER_MARK):
                    err(f"{w} other_place question names no other place")
            elif x["reason"] in ("personal",) and not any(m in qtext for m in PLACE_MARK):
                pass
            elif not any(m in qtext for m in PLACE_MARK):
                err(f"{w} question names no place: {qtext}")
        if t == "near_topic" and x["reason"] != "not_stated":
            err(f"{w} near_topic must be not_stated")
        if t == "english":
            if not x["answerable"]:
                err(f"{w} english unanswerable")
            if CJK_RE.search(qtext):
                err(f"{w} english question contains CJK")
        if t == "traditional" and not TRAD_RE.search(qtext):
            err(f"{w} traditional question without traditional characters")
        if t == "messenger" and MSG_PUNCT.search(qtext):
            err(f"{w} messenger question with punctuation")
        if t in ("compare_years", "target_result") and not (isinstance(x["doc"], list) and set(x["doc"]) == BOTH):
            err(f"{w} {t} must use both Xingqing reports")
        if t in ("compare_years", "target_result") and x["answerable"] and len(x["answer_facts"]) < 2:
            err(f"{w} {t} needs one group per year / step")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")

    # ---------------- claims
    for x in cs:
        w = x["id"]
        if x["kind"] not in CKINDS:
            err(f"{w} unknown kind {x['kind']}")
        if x["label"] not in LABELS:
            err(f"{w} bad label")
        if not x["claim"].endswith("。"):
            err(f"{w} claim does not end with 。")
        if not any(m in x["claim"] for m in PLACE_MARK):
            err(f"{w} claim names no place: {x['claim']}")
        if isinstance(x["doc"], list) and x["kind"] != "cross_year":
            err(f"{w} list doc only for cross_year claims")
        if x["label"] == "not_found":
            if x["evidence"]:
                err(f"{w} not_found with evidence")
            if x["doc"] not in DOCS:
                err(f"{w} not_found claim with bad doc {x['doc']}")
        else:
            if not x["evidence"]:
                err(f"{w} {x['label']} without evidence")
            check_doc_evidence(x, w)

    # ---------------- the corpus
    out = []
    mc = load_make_corpus()
    check_corpus(out, qs + cs, mc)
    report_counts(qs, cs, out)
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK ideographs")
        if not 4300 <= n <= 4800:
            err(f"source {d} has {n} CJK ideographs (expected ≈4,500)")
        if not re.match(r"——20\d\d年1月\d+日在银川市(兴庆|金凤)区第", PARAS[d][1]):
            err(f"source {d}: the date line does not name date and place")
    print("\n".join(out))


def report_counts(qs, cs, out):
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
    if not 0.40 <= nd / (nd + nb) <= 0.50:
        err(f"question dev share {nd / (nd + nb):.2f}")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    slip = re.compile("兴清|凤皇里|金风|金峰|阅海弯|丽景数字港")
    two = [x for x in msg if len([g for g in x["answer_facts"] if g[0] not in ("是", "否")]) >= 2]
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, with a slip "
               f"{sum(1 for x in msg if slip.search(x['question']))}, asking two things {len(two)}, unanswerable "
               f"{sum(1 for x in msg if not x['answerable'])}")
    ck = defaultdict(Counter)
    for x in cs:
        ck[x["kind"]][("dev" if "dev" in x["_file"] else "blind", x["label"])] += 1
    out.append("claims per kind: kind dev(S/R/N) blind(S/R/N) total")
    tot = Counter()
    for kd in CKINDS:
        dv = [ck[kd][("dev", lab)] for lab in LABELS]
        bl = [ck[kd][("blind", lab)] for lab in LABELS]
        out.append(f"  {kd:18s} {sum(dv):2d} ({'/'.join(map(str, dv))})  {sum(bl):2d} ({'/'.join(map(str, bl))})  "
                   f"{sum(dv) + sum(bl)}")
        if sum(dv) + sum(bl) < 10:
            err(f"kind {kd} has fewer than 10 claims")
        for lab, n in zip(LABELS, dv):
            tot[("dev", lab)] += n
        for lab, n in zip(LABELS, bl):
            tot[("blind", lab)] += n
    dsum = [tot[("dev", lab)] for lab in LABELS]
    bsum = [tot[("blind", lab)] for lab in LABELS]
    out.append(f"  total dev {sum(dsum)} ({'/'.join(map(str, dsum))}) blind {sum(bsum)} ({'/'.join(map(str, bsum))}); "
               f"labels {dict(Counter(x['label'] for x in cs))}")
    if len(cs) < 200:
        err("fewer than 200 claims")
    if cs and not 0.40 <= sum(dsum) / len(cs) <= 0.50:
        err(f"claim dev share {sum(dsum) / len(cs):.2f}")
    lab = Counter(x["label"] for x in cs)
    if cs and not (0.33 <= lab["supported"] / len(cs) <= 0.45 and 0.30 <= lab["refuted"] / len(cs) <= 0.42
                   and 0.18 <= lab["not_found"] / len(cs) <= 0.30):
        err(f"claim labels unbalanced {dict(lab)}")
    out.append("claims by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in cs))))


# ====================================================================== corpus
_MC = []


def load_make_corpus():
    if not _MC:
        spec = importlib.util.spec_from_file_location("make_corpus_ck", HERE / "make_corpus.py")
        mc = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mc)
        _MC.append(mc)
    return _MC[0]


def squash(s):
    return re.sub(r"\s+", "", s)


def html_article(t):
    m = re.search(r'<div class="TRS_Editor" id="zoom">\n(.*?)\n</div>\n<div class="art-tools">', t, re.S)
    return m


def html_read(body, drop_hidden=True):
    if drop_hidden:
        body = HIDE_RE.sub("", body)
    ps = re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)
    return [htmlmod.unescape(re.sub(r"<[^>]+>", "", s)).strip() for s in ps]


HIDE_RE = re.compile(r'<span style="display:\s?none;?">[^<]*</span>|<font class="hide-x">[^<]*</font>')


def check_html(path, out, items, mc):
    raw = path.read_bytes()
    if raw[:3] == b"\xef\xbb\xbf":
        err("html: unexpected byte order mark")
    t = raw.decode("utf-8")
    if '<meta charset="utf-8">' not in t:
        err("html: no <meta charset=utf-8>")
    style = re.search(r"<style>(.*?)</style>", t, re.S)
    if not style or ".hide-x{display:none}" not in style.group(1):
        err("html: the head's <style> lacks .hide-x{display:none}")
    m = html_article(t)
    if not m:
        err("html: article body not found")
        return
    body = m.group(1)
    outside = t[:m.start()] + t[m.end():]
    forms = Counter()
    for h in HIDE_RE.finditer(body):
        forms["font" if h.group(0).startswith("<font") else "span"] += 1
    n_hidden = sum(forms.values())
    in_number = 0
    for h in HIDE_RE.finditer(body):
        before = HIDE_RE.sub("", body[:h.start()])
        after = HIDE_RE.sub("", body[h.end():h.end() + 80])
        if re.search(r"\d[.,]?$", before) and re.match(r"[.,]?\d", after):
            in_number += 1
    if n_hidden < 150 or in_number < 25 or forms["font"] < 40 or forms["span"] < 80:
        err(f"html: too few hidden elements ({n_hidden}; in numbers {in_number}; {dict(forms)})")
    texts = html_read(body)
    if texts != PARAS[X3]:
        bad = [(a[:15], b[:15]) for a, b in zip(texts, PARAS[X3]) if a != b][:3]
        err(f"html reading (hidden elements dropped) differs from the source: {len(texts)} vs {len(PARAS[X3])} {bad}")
    naive = html_read(body, drop_hidden=False)
    naive_all = "\n".join(naive)
    if naive == PARAS[X3]:
        err("html: the naive reading should differ from the source")
    nums = [mm.group(0) for p in PARAS[X3] for mm in mc.NUM_RE.finditer(p) if len(mm.group(0)) >= 2]
    broken = [n for n in dict.fromkeys(nums) if n not in naive_all]
    ev = sorted({s for x in items if x["evidence"] and X3 in docs_of(x) for s in x["evidence"] if hits(s, X3)})
    ev_lost = [s for s in ev if s not in naive_all]
    for piece in ["当前位置：", "分享到：", "相关链接", "宁ICP备", "宁公网安备", "网站标识码：", "浏览次数：", "上一篇：",
                  "下一篇：", "【打印本页】", "PubDate"]:
        if piece not in outside:
            err(f"html lacks furniture '{piece}'")
    allsrc = "\n".join(p for d in DOCS for p in PARAS[d])
    for noise in mc.HTML_NOISE:
        if noise not in outside:
            err(f"html lacks noise string {noise}")
        for num in NUM_RE.findall(noise):
            if re.fullmatch(r"(19|20)\d\d", num):
                continue
            for form in {num, num.replace(",", "")}:
                if len(form) >= 3 and re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", allsrc):
                    err(f"html noise number {form} also occurs in a report")
    out.append(f"html: UTF-8, {len(raw)} bytes; {n_hidden} hidden elements in the article ({forms['span']} span "
               f"display:none, {forms['font']} font.hide-x), {in_number} of them inside numbers; reading without them "
               f"= source ({len(texts)} <p>); the naive tag-stripping reading breaks {len(broken)} of "
               f"{len(set(nums))} distinct numbers (e.g. {', '.join(broken[:4])}) and loses {len(ev_lost)} of {len(ev)} "
               f"evidence strings; furniture and {len(mc.HTML_NOISE)} noise strings outside the article")


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_lines(path):
    """(title lines, body lines, per-Word-paragraph line counts, xml root)"""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    paras = [ch for ch in body if ch.tag == W + "p"]
    other = [ch.tag for ch in body if ch.tag not in (W + "p", W + "sectPr")]
    if other:
        err(f"docx: unexpected body children {other}")
    plines = []
    for p in paras:
        lines, cur = [], []
        runs = p.findall(W + "r")
        for k, r in enumerate(runs):
            ts = r.findall(W + "t")
            brs = r.findall(W + "br")
            cur.append("".join(x.text or "" for x in ts))
            if brs:
                if len(brs) != 1 or r[-1].tag != W + "br":
                    err("docx: a run whose soft break is not its last child")
                lines.append("".join(cur))
                cur = []
            elif k != len(runs) - 1:
                err("docx: a run without a soft line break inside a paragraph")
        lines.append("".join(cur))
        plines.append(lines)
    return plines, paras, root


def docx_reading(plines):
    title = plines[0]
    out, first = list(title), True
    for lines in plines[1:]:
        for ln in lines:
            if ln.startswith("\u3000\u3000"):
                out.append(ln[2:])
            elif first:
                out.append(ln)
            else:
                out[-1] += ln
            first = False
    return out


def check_docx(path, out, items, mc):
    plines, paras, root = docx_lines(path)
    if len(plines[0]) != 3 or plines[0] != PARAS[J4][:3]:
        err(f"docx: the title paragraph should hold the three title lines: {plines[0]}")
    jc = paras[0].find(f"{W}pPr/{W}jc")
    if jc is None or jc.get(W + "val") != "center":
        err("docx: title paragraph not centred")
    if any(p.find(f"{W}pPr/{W}ind") is not None for p in paras):
        err("docx: paragraph indentation must be literal (no w:ind)")
    reading = docx_reading(plines)
    if reading != PARAS[J4]:
        bad = [(a[:15], b[:15]) for a, b in zip(reading, PARAS[J4]) if a != b][:3]
        err(f"docx line-joining reading differs from the source: {len(reading)} vs {len(PARAS[J4])} {bad}")
    body = [ln for lines in plines[1:] for ln in lines]
    nlines = [len(x) for x in plines[1:]]
    if min(nlines) < 10 or len(plines) - 1 >= len(PARAS[J4]) // 2:
        err(f"docx: Word paragraphs should hold whole pages ({nlines})")
    cont = sum(1 for lines in plines[2:] if not lines[0].startswith("\u3000\u3000"))
    if cont < 3:
        err("docx: too few report paragraphs continue across a Word paragraph (page) boundary")
    cuts = [(a, b) for a, b in zip(body, body[1:]) if re.search(r"\d[.,]?$", a) and re.match(r"[.,]?\d", b)]
    declared = [(ctx, num, k) for ctx, num, k in mc.NUMBER_CUTS]
    if len(cuts) != 3 or len(declared) != 3:
        err(f"docx: expected exactly 3 numbers cut across a line, found {len(cuts)}: {cuts}")
    for ctx, num, k in declared:
        if not any(a.endswith(num[:k]) and b.startswith(num[k:]) for a, b in cuts):
            err(f"docx: declared number cut {num[:k]}|{num[k:]} not found")
    midsent = sum(1 for ln in body if ln and ln[-1] not in "。！？：；")
    # gold evidence of jinfeng-2024: never across a line end, except the declared ones (holding a cut number)
    ev = sorted({s for x in items if x["evidence"] and J4 in docs_of(x) for s in x["evidence"] if hits(s, J4)})
    flat = [ln[2:] if ln.startswith("\u3000\u3000") else ln for ln in body] + plines[0]
    crossing = [s for s in ev if not any(s in ln for ln in flat)]
    deliberate = [s for s in crossing if any(c in s for c in mc.DELIBERATE_CROSS_MARKS)]
    for s in crossing:
        if s not in deliberate:
            err(f"docx: evidence string crosses a line end: {s}")
    for s in ev:
        if any(c in s for c in mc.DELIBERATE_CROSS_MARKS) and s not in crossing:
            err(f"docx: declared crossing evidence is on one line: {s}")
    from docx import Document
    d = Document(str(path))
    naive = [p.text for p in d.paragraphs]
    if len(naive) != len(plines) or sum(t.count("\n") for t in naive) != len(body) + 2 - (len(plines) - 1):
        err("docx: python-docx should read one paragraph per page with '\\n' soft breaks")
    cp = d.core_properties
    if cp.author != "Administrator" or cp.title:
        err("docx core properties")
    out.append(f"docx: {len(plines)} Word paragraphs (title block + {len(plines) - 1} pages of {min(nlines)}–"
               f"{max(nlines)} lines), {len(body)} body lines each a run ended by <w:br/>, {midsent} of them ending "
               f"mid-sentence; {cont} report paragraphs continue across a Word paragraph; numbers cut across a line: "
               + ", ".join(f"{a[-6:]}|{b[:6]}" for a, b in cuts)
               + f"; line-joining reading = source ({len(reading)} paragraphs); {len(ev)} gold evidence strings, "
               f"{len(deliberate)} deliberately crossing a line end (holding a cut number), none other")


def check_pdf(path, out, items, mc):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    pages = [pg.extract_text() for pg in r.pages]
    furniture = {squash(x) for x in (mc.RED_HEADER, mc.DOC_NUMBER, mc.PUBLIC_NOTE, *mc.CC_LINES, mc.ISSUE_LINE)}
    body = []
    nlines = 0
    for n, t in enumerate(pages, 1):
        lines = [ln for ln in t.split("\n") if ln.strip()]
        if lines[-1].strip() != f"— {n} —":
            err(f"pdf page {n}: folio {lines[-1]!r}")
        lines = lines[:-1]
        if n == 1:
            if squash(lines[0]) != squash(mc.RED_HEADER) or squash(lines[1]) != squash(mc.DOC_NUMBER):
                err(f"pdf page 1 should start with the red header and the document number: {lines[:2]}")
        kept = [ln for ln in lines if squash(ln) not in furniture]
        if n == len(pages):
            for f in (mc.PUBLIC_NOTE, *mc.CC_LINES, mc.ISSUE_LINE):
                if squash(f) not in {squash(x) for x in lines}:
                    err(f"pdf: last page lacks {f[:8]}")
        elif len(kept) != len(lines) - (2 if n == 1 else 0):
            err(f"pdf page {n}: furniture outside page 1 / the last page")
        nlines += len(kept)
        body += kept
    reading = squash("".join(body))
    if reading != squash("".join(PARAS[X5])):
        a, b = reading, squash("".join(PARAS[X5]))
        k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        err(f"pdf text layer (furniture dropped, lines joined) differs from the source at {k}: {a[k - 10:k + 10]!r} "
            f"vs {b[k - 10:k + 10]!r}")
    c1 = r.pages[0].get_contents().get_data().decode("latin-1")
    red = " ".join(re.sub(r"^0(?=\.)", "", ("%.2f" % v).rstrip("0").rstrip(".")) for v in mc.RED)
    if f"{red} rg" not in c1 or f"{red} RG" not in c1:
        err("pdf: page 1 lacks the red fill (header) or the red stroke (rule)")
    bts = sum(pg.get_contents().get_data().count(b"BT") for pg in r.pages)
    if bts < nlines:
        err("pdf: fewer text objects than lines")
    ev = sorted({s for x in items if x["evidence"] and X5 in docs_of(x) for s in x["evidence"] if hits(s, X5)})
    lost = [s for s in ev if squash(s) not in reading]
    if lost:
        err(f"pdf: {len(lost)} evidence strings not in the text layer: {lost[:2]}")
    crossing = sum(1 for s in ev if not any(squash(s) in squash(ln) for ln in body))
    info = r.metadata
    if info.get("/Title") != mc.PDF_TITLE or info.get("/Author") != "兴庆区人民政府办公室":
        err("pdf document info")
    out.append(f"pdf: {len(pages)} pages, {nlines} body lines (≥ {bts} BT…ET text objects in all), red header "
               f"'{mc.RED_HEADER}' + '{mc.DOC_NUMBER}' + red rule on page 1, folios '— n —' on every page, "
               f"'{mc.PUBLIC_NOTE}' and the 版记 (抄送 / 印发) on page {len(pages)}; text layer without them = source; "
               f"{len(ev)} gold evidence strings found in it ({crossing} of them run across a line)")


def check_corpus(out, items, mc):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir()) if corpus.exists() else []
    if files != CORPUS:
        err(f"corpus files {files}")
        return
    try:
        import docx  # noqa: F401
        import lxml  # noqa: F401
        import pypdf  # noqa: F401
    except ImportError:
        err("python-docx / lxml / pypdf missing: run with /work/main/.venv/bin/python")
        return
    keep = mc.OUT
    with tempfile.TemporaryDirectory() as tmp:
        mc.OUT = Path(tmp)
        try:
            mc.build_html()
            mc.build_docx()
            mc.build_pdf()
        finally:
            mc.OUT = keep
        bad = [n for n in CORPUS if (Path(tmp) / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py (run it again?)")
        if not bad:
            out.append("corpus: all three files reproduced byte for byte by make_corpus.py (temporary rebuild)")
        check_html(Path(tmp) / "xingqing-2023.html", out, items, mc)
        check_docx(Path(tmp) / "jinfeng-2024.docx", out, items, mc)
        check_pdf(Path(tmp) / "xingqing-2025.pdf", out, items, mc)


if __name__ == "__main__":
    main()
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    sys.exit(1 if errors else 0)

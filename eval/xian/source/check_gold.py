"""Self-check of the xian eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/xian/source/check_gold.py
Adapted from eval/xiamen/source/check_gold.py: period-anchor zones for the 2024 review / “十四五” four-year record /
2025 targets and plans (yanta-2025), the 2023 review / 2024 targets and plans (changan-2024) and the 2024 review / HTML
table / 2025 targets and plans (changan-2025); a PDF with a centred running header "雁塔区人民政府公报" and a "— n —"
footer, a GB18030 / CRLF plain-text file, a GBK saved portal page with one HTML <table>; table-only figures;
byte-reproducibility of the corpus (rebuilt into a temporary directory and compared) and text extractability of the
rebuilt files.
Prints counts and every error; exit code 1 if any error.
"""
import html as htmlmod
import importlib.util
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
YT5, CA4, CA5 = "yanta-2025", "changan-2024", "changan-2025"
DOCS = [YT5, CA4, CA5]
BOTH = {CA4, CA5}
QFIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason", "expected_yesno", "history"]
CFIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
QTYPES = {"messenger": 55, "near_topic": 45, "yesno": 30, "english": 30, "traditional": 10, "followup": 12,
          "compare_years": 8, "target_result": 8, "other_scope": 10, "no_place": 8, "tidy": 10}
CKINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
          "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result", "wrong_year",
          "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year", "wrong_place",
          "table_figure"]
REASONS = {"not_stated", "other_place", "other_year", "out_of_scope", "personal", "procedure"}
LABELS = {"supported", "refuted", "not_found"}
YT_MARK = ["雁塔", "燕塔", "Yanta", "yanta", "雁鸣里", "雁鳴里", "雁明里", "Yanmingli", "雁南大学科技园", "小寨路街道",
           "雁鸣湖", "电子城片区"]
CA_MARK = ["长安", "長安", "常安", "长按", "Chang'an", "Changan", "子午峪", "Ziwuyu", "韦曲", "郭杜", "翠微谷"]
OTHER_MARK = ["西安", "陕西", "陝西", "碑林", "未央", "灞桥", "莲湖", "鄠邑", "新城区", "Xi'an", "Shaanxi", "Beilin",
              "Weiyang"]
PLACE_MARK = YT_MARK + CA_MARK
SEP = " | "
# doc: (header row, prefixes of the table-only rows)
TABLES = {CA5: ("指标 | 单位 | 2024年 | 比上年增长（%）",
                ("规模以上工业增加值 |", "农林牧渔业总产值 |", "城镇居民人均可支配收入 |"))}
NUM_RE = re.compile(r"\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區裡臺灣島門東遊總億項簽學濃創業產資萬術國際醫實計劃為於辦類與們過達幾麼這開來長標觀"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號糧鐵號線運營額規養張個務態價鄉縣鎮鳴獼種積擴綜後將]")
PDF_HEAD = "雁塔区人民政府公报"
CORPUS = ["changan-2024.txt", "changan-2025.html", "yanta-2025.pdf"]

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
Y24 = ["一、2024年工作回顾", "2024年是实现“十四五”规划目标任务的关键一年", "2024年，我们主要做了以下工作"]
ZONES = [
    (YT5, idx(YT5, "2024年是实现"), idx(YT5, "回顾“十四五”以来的四年"), Y24, ["2024"]),
    (YT5, idx(YT5, "回顾“十四五”以来的四年"), idx(YT5, "各位代表！成绩来之不易"), ["回顾“十四五”以来的四年"],
     ["四年", "2020"]),
    (YT5, idx(YT5, "各位代表！成绩来之不易"), idx(YT5, "二、2025年目标任务"), Y24[:2], ["2024"]),
    (YT5, idx(YT5, "2025年是“十四五”"), idx(YT5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (YT5, idx(YT5, "——做强硬科技产业"), idx(YT5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (YT5, idx(YT5, "2024年，“雁塔快办”"), idx(YT5, "2024年，“雁塔快办”") + 1,
     ["2024年，“雁塔快办”上线事项达到720项", "2025年，我们将坚持依法行政"], ["2024", "2025"]),
    (CA4, idx(CA4, "2023年是全面贯彻"), idx(CA4, "2023年，我们主要"),
     ["一、2023年工作回顾", "2023年是全面贯彻党的二十大精神的开局之年"], ["2023"]),
    (CA4, idx(CA4, "2023年，我们主要"), idx(CA4, "二、2024年工作安排"),
     ["一、2023年工作回顾", "2023年，我们主要做了以下工作"], ["2023"]),
    (CA4, idx(CA4, "2024年是中华人民共和国"), idx(CA4, "围绕上述目标"), ["2024年全区经济社会发展的主要预期目标是"], []),
    (CA4, idx(CA4, "——壮大航天产业"), idx(CA4, "三、加强政府自身建设"),
     ["二、2024年工作安排", "围绕上述目标，重点抓好以下五个方面工作"], ["2024"]),
    (CA4, idx(CA4, "2023年，“长安e办”"), idx(CA4, "2023年，“长安e办”") + 1,
     ["2023年，“长安e办”上线事项达到436项", "2024年，我们将深化“放管服”改革"], ["2023", "2024"]),
    (CA5, idx(CA5, "过去一年，面对"), idx(CA5, "指标 |"), ["一、2024年工作回顾"], ["2024"]),
    (CA5, idx(CA5, "指标 |"), idx(CA5, "对照区十七届"), [TABLES[CA5][0]], []),
    (CA5, idx(CA5, "对照区十七届"), idx(CA5, "二、2025年目标任务"), ["一、2024年工作回顾"], ["2024"]),
    (CA5, idx(CA5, "2025年是“十四五”"), idx(CA5, "三、2025年重点工作"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (CA5, idx(CA5, "（一）打造商业航天产业高地"), idx(CA5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (CA5, idx(CA5, "2024年，“长安e办”"), idx(CA5, "2024年，“长安e办”") + 1,
     ["2024年，“长安e办”上线事项达到538项", "2025年，我们将持续深化“放管服”改革"], ["2024", "2025"]),
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
        err(f"{where} a list doc must be the two Chang'an reports: {docs}")
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
    qs = load("xian_questions_dev.jsonl", QFIELDS) + load("xian_questions_blind.jsonl", QFIELDS)
    cs = load("xian_claims_dev.jsonl", CFIELDS) + load("xian_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"xa-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"xac-\d{3}", x["id"]):
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
        if t in ("compare_years", "target_result") and not (isinstance(x["doc"], list) and set(x["doc"]) == BOTH):
            err(f"{w} {t} must use both Chang'an reports")
        if t == "yesno" and not x["answerable"] and x["reason"] != "not_stated":
            err(f"{w} unanswerable yesno must be not_stated")

    # ---------------- claims
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
    if nd + nb < 250:
        err("fewer than 250 questions")
    out.append(f"questions answerable only from a table (table-only rows): {len(table_only_q)} "
               + str(dict(Counter(x['type'] for x in table_only_q))))
    if len(table_only_q) < 6:
        err("fewer than 6 table questions")
    fy = [x for x in qs if any("四年" in s or "2020" in s for s in x["evidence"])]
    out.append(f"questions on the “十四五” four-year record: {len(fy)} " + str(dict(Counter(x['type'] for x in fy))))
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter((x["type"], x["expected_yesno"]) for x in qs
                                             if x["type"] == "yesno" or x["expected_yesno"]))))
    msg = [x for x in qs if x["type"] == "messenger"]
    emo = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    out.append(f"messenger: {len(msg)}, with emoji {sum(1 for x in msg if emo.search(x['question']))}, "
               f"with CJK/ASCII punctuation {sum(1 for x in msg if re.search(r'[，。？！?,.]', x['question']))}")
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
    if len(cs) < 190:
        err("fewer than 190 claims")
    if cs and not 0.35 <= sum(dsum) / len(cs) <= 0.55:
        err(f"claim dev share {sum(dsum) / len(cs):.2f}")
    out.append("claims by doc: " + str(dict(Counter(
        "+".join(x["doc"]) if isinstance(x["doc"], list) else x["doc"] for x in cs))))

    check_corpus(out)
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK characters")
        if not 1300 <= n <= 3200:
            err(f"source {d} has {n} CJK characters")
    print("\n".join(out))
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


# ====================================================================== corpus
def check_txt(path, out):
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        err("txt decodes as UTF-8 (should be GB18030 only)")
    except UnicodeDecodeError:
        pass
    if raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe") or raw.startswith(b"\x84\x31\x95\x33"):
        err("txt has a BOM")
    t = raw.decode("gb18030")
    if "\n" in t.replace("\r\n", "") or "\r" in t.replace("\r\n", ""):
        err("txt has line ends other than CRLF")
    if "charset" in t.lower() or "gb18030" in t.lower():
        err("txt carries a charset note")
    lines = t.split("\r\n")
    if not lines[0].startswith("\u3000" * 12) or lines[0].strip() != "政府工作报告":
        err("txt: title line not centred with U+3000")
    got = [ln.strip().lstrip("\u3000") for ln in lines if ln.strip()]
    if got != PARAS[CA4]:
        err("txt lines differ from the source paragraphs")
    part_re = re.compile(r"^[一二三四五六七八九十]+、")
    for i, ln in enumerate(lines):
        if part_re.match(ln) and lines[i - 1] != "":
            err(f"txt: no empty line before part heading {ln}")
    out.append(f"txt: {len(raw)} bytes GB18030, CRLF, {len(got)} non-empty lines = source paragraphs")


def check_html(path, out):
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        err("html decodes as UTF-8 (should be GBK)")
    except UnicodeDecodeError:
        pass
    t = raw.decode("gbk")
    if 'charset=gbk' not in t or "<!-- saved from url=" not in t:
        err("html: no gbk charset declaration / saved-from comment")
    for piece in ["首页", "信息公开", "政府工作报告", "当前位置：", "发布时间：", "信息来源：", "浏览次数：", "分享到：",
                  "相关链接", "ICP备", "网站标识码", "打印本页", "关闭窗口", "上一篇", "下一篇", "繁體", "无障碍",
                  "2025年雁塔区政府工作报告", "2024年长安区政府工作报告", "2025年鄠邑区政府工作报告", "2025年西安市政府工作报告"]:
        if piece not in t:
            err(f"html lacks furniture '{piece}'")
    m = re.search(r'<div class="detail-con" id="zoom">(.*?)</div>\s*<div class="detail-tools">', t, re.S)
    if not m:
        err("html: content div not found")
        return
    content = m.group(1)
    tables = re.findall(r"<table.*?</table>", content, re.S)
    if len(tables) != 1 or t.count("<table") != 1:
        err(f"html has {len(tables)} tables in the content")
        return
    rows = [SEP.join(htmlmod.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                     for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S))
            for tr in re.findall(r"<tr>(.*?)</tr>", tables[0], re.S)]
    if rows != table_rows(CA5):
        err("html table rows differ from the source table rows")
    before, after = content.split(tables[0])

    def ptexts(chunk):
        return [htmlmod.unescape(re.sub(r"<[^>]+>", "", p)).strip()
                for p in re.findall(r"<p[^>]*>(.*?)</p>", chunk, re.S)]

    pb, pa = ptexts(before), ptexts(after)
    if pb + pa != [p for p in PARAS[CA5] if SEP not in p]:
        err("html <p> texts differ from the source paragraphs")
    if not pb or not pb[-1].endswith("见下表。"):
        err("html: table does not follow the paragraph that points to it")
    out.append(f"html: {len(raw)} bytes GBK, {len(pb) + len(pa)} report paragraphs, table {len(rows)} rows x "
               f"{len(rows[0].split(SEP))} columns")


def check_pdf(path, out):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    body_lines = []
    for n, pg in enumerate(r.pages, 1):
        w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(w - 595.28) > 1 or abs(hh - 841.89) > 1:
            err(f"pdf page {n} not A4")
        lines = [ln.strip() for ln in pg.extract_text().split("\n")]
        foot = f"— {n} —"
        if PDF_HEAD not in lines:
            err(f"pdf page {n}: no running header")
        if foot not in lines:
            err(f"pdf page {n}: no page number footer")
        body_lines += [ln for ln in lines if ln not in (PDF_HEAD, foot)]
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS[YT5]:
        if re.sub(r"\s+", "", p) not in flat:
            err(f"pdf text lacks paragraph: {p[:30]}")
    num_breaks = [(a[-8:], b[:8]) for a, b in zip(body_lines, body_lines[1:])
                  if re.search(r"\d$", a) and re.match(r"[\d.]", b)]
    if len(num_breaks) < 3:
        err(f"pdf: only {len(num_breaks)} line breaks inside a number")
    meta = r.metadata or {}
    if meta.get("/Title") != "西安市雁塔区2025年政府工作报告" or not meta.get("/Author") or not meta.get("/Subject"):
        err(f"pdf document info {dict(meta)}")
    out.append(f"pdf: {len(r.pages)} pages, {len(num_breaks)} line breaks inside numbers {num_breaks}")


def check_corpus(out):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir())
    if files != CORPUS:
        err(f"corpus files {files}")
    try:
        import pypdf  # noqa: F401
    except ImportError:
        err("pypdf missing: run with /work/main/.venv/bin/python")
        return
    # ---- reproducibility: rebuild into a temporary directory, compare bytes, and check the rebuilt text is extractable
    spec = importlib.util.spec_from_file_location("make_corpus_ck", HERE / "make_corpus.py")
    mc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mc)
    with tempfile.TemporaryDirectory() as tmp:
        mc.OUT = Path(tmp)
        mc.build_pdf()
        mc.build_txt()
        mc.build_html()
        bad = [n for n in CORPUS if (Path(tmp) / n).read_bytes() != (corpus / n).read_bytes()]
        for n in bad:
            err(f"corpus file {n} is not reproduced byte for byte by make_corpus.py")
        if not bad:
            out.append("corpus: all three files reproduced byte for byte by make_corpus.py (temporary rebuild)")
        sub = []
        check_txt(Path(tmp) / "changan-2024.txt", sub)
        check_html(Path(tmp) / "changan-2025.html", sub)
        check_pdf(Path(tmp) / "yanta-2025.pdf", sub)
        out.append("rebuilt corpus: text extractable and equal to the sources")
    check_txt(corpus / "changan-2024.txt", out)
    check_html(corpus / "changan-2025.html", out)
    check_pdf(corpus / "yanta-2025.pdf", out)


if __name__ == "__main__":
    sys.exit(main())

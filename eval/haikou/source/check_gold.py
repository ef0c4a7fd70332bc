"""Self-check of the haikou eval set (gold files + corpus). Run with the venv python:
    /work/main/.venv/bin/python eval/haikou/source/check_gold.py
Adapted from eval/taiyuan/source/check_gold.py: period-anchor zones for the 2022 review / the merged-cell Word table /
the 2023 targets / the two-year action 2023—2024 / the "力争到2025年" goals / the 2023 plans (longhua-2023), the 2024 review
/ the landscape PDF table / the 2025 targets / the three-year action 2025—2027 / "展望2027年" / the 2025 plans (longhua-2025)
and the 2024 review / 2025 targets / "力争到2025年底" / 2025 plans (meilan-2025); answer facts in the evidence; every
evidence string found, modulo whitespace, in the text extracted from the corpus file itself (docx XML with smart tags,
w:sym and merged cells resolved; pypdf text of the PDF including the /Rotate 90 page; the HTML article with ruby
readings, note markers and back links dropped); table-only figures; the three format quirks; byte-reproducibility of
the corpus (rebuilt into a temporary directory and compared). Prints counts and every error; exit code 1 if any error.
"""
import html as htmlmod
import importlib.util
import json
import logging
import re
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
logging.getLogger("pypdf").setLevel(logging.ERROR)  # "Rotated text discovered" is expected (layout-mode probe)
ROOT = HERE.parent
L3, L5, M5 = "longhua-2023", "longhua-2025", "meilan-2025"
DOCS = [L3, L5, M5]
BOTH = {L3, L5}
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
LH_MARK = ["龙华", "龍華", "龙化", "Longhua", "longhua", "金贸", "金貿", "Jinmao", "骑楼", "騎樓", "Qilou", "滨海大道",
           "濱海大道", "国贸", "國貿", "新坡", "Xinpo", "遵谭", "遵譚", "城西", "龙泉", "龙桥", "海垦", "海墾", "金宇",
           "滨涯路", "濱涯路", "龙昆沟", "中山路"]
ML_MARK = ["美兰", "美蘭", "美蓝", "Meilan", "meilan", "白沙门", "白沙門", "Baishamen", "新埠", "椰风里", "椰風里",
           "Yefengli", "东寨港", "東寨港", "Dongzhai", "海甸", "Haidian", "桂林洋", "Guilinyang", "三江", "Sanjiang",
           "演丰", "演豐", "大致坡", "日月广场", "白龙街道", "江东滨海", "江東濱海"]
OTHER_MARK = ["海口市", "海南省", "秀英", "琼山", "瓊山", "三亚", "儋州", "文昌", "Haikou City", "Hainan Province",
              "Xiuying", "Qiongshan", "Sanya"]
PLACE_MARK = LH_MARK + ML_MARK
DISTRICT_WORDS = ("龙华", "龍華", "龙化", "美兰", "美蘭", "美蓝")
SEP = " | "
TH3 = "类别 | 指标 | 单位 | 2022年预期目标 | 2022年实际完成 | 完成情况"
TH5 = "指标 | 单位 | 2024年 | 增长（%） | 预期目标（%） | 完成情况"
# doc -> (header row, indicator column, indicators whose rows are table-only)
TABLES = {L3: (TH3, 1, {"服务业增加值增长", "外贸进出口总额增长", "实际使用外资", "城镇居民人均可支配收入增长",
                        "农村居民人均可支配收入增长"}),
          L5: (TH5, 0, {"其中：第三产业增加值", "规模以上工业增加值", "外贸进出口总额", "实际使用外资",
                        "城镇居民人均可支配收入", "农村居民人均可支配收入"})}
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
TRAD_RE = re.compile(r"[區裡裏臺灣島門東遊總億項簽學創業產資萬術國際醫實計劃為於辦類與們過達幾麼這開來長標觀"
                     r"數舊稅樓會預設環氣園書還點時獲評稱號糧鐵線運營額規養張個務態價鄉縣鎮種積擴綜後將華網條廳對嗎"
                     r"車費電雙壓閱慶貿邊屆覽場幣匯貨倉飛龍馬鳳嶺蘭歲從應濟進發歷談頭農強準爭橋眾濱關畝廣統處級"
                     r"劃樣體專銷畢騎風譚墾離]")
CORPUS = ["longhua-2023.docx", "longhua-2025.pdf", "meilan-2025.html"]
EXT = {L3: "longhua-2023.docx", L5: "longhua-2025.pdf", M5: "meilan-2025.html"}

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


# Written independently of build_gold.py (the anchor lists accept more than the one build_gold adds).
R22 = ["一、2022年工作回顾", "2022年，我们主要做了以下工作", "2022年是党的二十大胜利召开之年"]
R24 = ["一、2024年工作回顾", "2024年，我们主要做了以下工作"]
ZONES = [
    (L3, idx(L3, "2022年是党的二十大"), idx(L3, "各位代表！成绩来之不易"), R22 + [TH3], ["2022"]),
    (L3, *one(L3, "2023年是全面贯彻"), ["2023年全区经济社会发展的主要预期目标是"], []),
    (L3, *one(L3, "同时，实施城市更新"), ["两年攻坚行动（2023—2024年）"], ["两年", "2023—2024"]),
    (L3, *one(L3, "着眼“十四五”"), ["力争到2025年"], ["2025"]),
    (L3, idx(L3, "围绕上述目标") + 1, idx(L3, "三、加强政府自身建设"), ["二、2023年工作安排"], ["2023", "2024"]),
    (L3, *one(L3, "2023年，我们将"), ["2023年，我们将持续深化"], ["2023"]),
    (L5, idx(L5, "2024年是中华人民共和国"), idx(L5, "各位代表！成绩来之不易"), R24 + [TH5],
     ["2024", "两年攻坚行动", "两年累计"]),
    (L5, *one(L5, "2025年是“十四五”"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (L5, *one(L5, "同时，启动椰城焕新"), ["三年行动（2025—2027年）"], ["三年", "2025—2027"]),
    (L5, *one(L5, "展望2027年"), ["展望2027年"], ["2027"]),
    (L5, idx(L5, "三、2025年重点工作") + 1, idx(L5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025", "2026"]),
    (L5, *one(L5, "2025年，我们将"), ["2025年，我们将持续深化"], ["2025"]),
    (M5, idx(M5, "2024年是中华人民共和国"), idx(M5, "各位代表！成绩来之不易"), R24, ["2024"]),
    (M5, *one(M5, "2025年是“十四五”"), ["2025年全区经济社会发展的主要预期目标是"], []),
    (M5, *one(M5, "着眼“十四五”"), ["力争到2025年底"], ["2025", "2027"]),
    (M5, idx(M5, "三、2025年重点工作") + 1, idx(M5, "四、建设人民满意政府"), ["三、2025年重点工作"], ["2025"]),
    (M5, *one(M5, "2025年，我们将"), ["2025年，我们将持续深化"], ["2025"]),
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
        err(f"{where} a list doc must be the two Longhua reports: {docs}")
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
        for d in hits:
            if norm(s) not in EXTRACTED.get(d, ""):
                err(f"{where} evidence not found in the text extracted from corpus/{EXT[d]}: {s[:30]}")
    if len(docs) > 1 and matched != set(docs):
        err(f"{where} list doc without evidence in each doc: {docs} matched {sorted(matched)}")
    check_year_anchor(it, docs, where)


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def norm(s):
    """Comparison form for 'the extracted text contains the evidence modulo whitespace': whitespace and the source's
    table-cell separator '|' removed."""
    return re.sub(r"[\s|]+", "", s)


def table_rows(doc):
    return [p for p in PARAS[doc] if SEP in p]


def is_table_only(s):
    for d, (head, col, only) in TABLES.items():
        if s in table_rows(d) and s != head and s.split(SEP)[col] in only:
            return True
    return False


# ====================================================================== extraction from the corpus files
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SYMBOL_FONT = {"F0D6": "√", "F0B4": "×"}


def docx_read(path):
    """Reading of the .docx XML: paragraphs and table rows in body order; every w:t of the paragraph wherever it sits
    (inside w:smartTag too), w:sym of the Symbol font mapped to its Unicode character; table rows with vertically
    merged cells filled from the cell above and horizontally merged cells repeated, the two header rows joined.
    Returns (texts, stats)."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    stats = Counter()

    def text_of(p):
        out = []
        for e in p.iter(W + "t", W + "sym"):
            if e.tag == W + "t":
                out.append(e.text or "")
            else:
                stats["sym"] += 1
                font, char = e.get(W + "font"), e.get(W + "char")
                if font != "Symbol" or char not in SYMBOL_FONT:
                    err(f"docx: unexpected w:sym {font} {char}")
                out.append(SYMBOL_FONT.get(char, "\ufffd"))
        return "".join(out)

    texts = []
    for ch in root.find(W + "body"):
        if ch.tag == W + "p":
            t = text_of(ch)
            if t:
                texts.append(t)
        elif ch.tag == W + "tbl":
            rows = []
            for tr in ch.findall(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    pr = tc.find(W + "tcPr")
                    span = 1
                    vmerge = None
                    if pr is not None and pr.find(W + "gridSpan") is not None:
                        span = int(pr.find(W + "gridSpan").get(W + "val"))
                        stats["gridSpan"] += 1
                    if pr is not None and pr.find(W + "vMerge") is not None:
                        vmerge = pr.find(W + "vMerge").get(W + "val", "continue")
                        stats["vMerge_" + vmerge] += 1
                    t = "".join(text_of(p) for p in tc.findall(W + "p"))
                    if vmerge == "continue" and t:
                        err("docx: a vMerge continuation cell carries text")
                    cells += [(t, vmerge)] * span
                rows.append(cells)
            grid = []
            for r, cells in enumerate(rows):
                grid.append([grid[r - 1][c] if vm == "continue" else t for c, (t, vm) in enumerate(cells)])
            head = [a if a == b else a + b for a, b in zip(grid[0], grid[1])]
            texts.append(SEP.join(head))
            texts += [SEP.join(r) for r in grid[2:]]
            stats["tables"] += 1
    st = root.iter(W + "smartTag")
    stats["smartTag"] = sum(1 for _ in st)
    return texts, stats, z


def pdf_read(path):
    """pypdf plain text of every page; the '— n —' page-number line dropped. Returns (page texts, reader)."""
    from pypdf import PdfReader
    r = PdfReader(str(path))
    pages = []
    for n, pg in enumerate(r.pages, 1):
        t = pg.extract_text()
        lines = [ln for ln in t.split("\n") if ln.strip()]
        if not lines or lines[-1].strip() != f"— {n} —":
            err(f"pdf page {n}: page number line {lines[-1] if lines else ''!r}")
        else:
            lines = lines[:-1]
        pages.append("\n".join(lines))
    return pages, r


class ArticleReader(HTMLParser):
    """Reads the article div: <p> / <li> are paragraphs; <rt>, <rp>, note markers (sup.fn-ref) and back links
    (a.fn-back) are left out; every other tag (<ruby>, <sub>, <wbr>, <strong>) is dropped without a space."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # inside the article div
        self.skip = []          # stack of skipped elements
        self.paras, self.cur = [], None
        self.stats = Counter()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and a.get("id") == "zoom":
            self.depth = 1
            return
        if not self.depth:
            return
        if tag == "div":
            self.depth += 1
        self.stats[tag] += 1
        if tag in ("rt", "rp") or (tag == "sup" and a.get("class") == "fn-ref") or \
                (tag == "a" and a.get("class") == "fn-back"):
            self.skip.append(tag)
        elif tag in ("p", "li"):
            self.cur = []

    def handle_startendtag(self, tag, attrs):
        if self.depth:
            self.stats[tag] += 1

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag == "div":
            self.depth -= 1
            return
        if self.skip and self.skip[-1] == tag:
            self.skip.pop()
        elif tag in ("p", "li") and self.cur is not None:
            self.paras.append("".join(self.cur).strip())
            self.cur = None

    def handle_data(self, data):
        if self.depth and not self.skip and self.cur is not None:
            self.cur.append(data)


def html_read(path):
    t = path.read_bytes().decode("utf-8")
    rd = ArticleReader()
    rd.feed(t)
    return rd.paras, rd.stats, t


EXTRACTED = {}


def extract_all(corpus_dir):
    texts, _st, _z = docx_read(corpus_dir / EXT[L3])
    EXTRACTED[L3] = norm("".join(texts))
    pages, _r = pdf_read(corpus_dir / EXT[L5])
    EXTRACTED[L5] = norm("".join(pages))
    paras, _s, _t = html_read(corpus_dir / EXT[M5])
    EXTRACTED[M5] = norm("".join(paras))


# ====================================================================== gold
def main():
    out = []
    try:
        import docx  # noqa: F401
        import lxml  # noqa: F401
        import pypdf  # noqa: F401
    except ImportError:
        err("python-docx / lxml / pypdf missing: run with /work/main/.venv/bin/python")
        print("\n".join(errors))
        return
    extract_all(ROOT / "corpus")
    qs = load("haikou_questions_dev.jsonl", QFIELDS) + load("haikou_questions_blind.jsonl", QFIELDS)
    cs = load("haikou_claims_dev.jsonl", CFIELDS) + load("haikou_claims_blind.jsonl", CFIELDS)
    for i, n in Counter([x["id"] for x in qs + cs]).items():
        if n > 1:
            err(f"duplicate id {i}")
    for x in qs:
        if not re.fullmatch(r"hk-\d{3}", x["id"]):
            err(f"bad question id {x['id']}")
    for x in cs:
        if not re.fullmatch(r"hkc-\d{3}", x["id"]):
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
            docs = x["doc"] if isinstance(x["doc"], list) else [x["doc"]]
            srctext = "\n".join(p for d in docs for p in PARAS[d])
            for g in x["answer_facts"]:
                if not isinstance(g, list) or not g or not all(isinstance(a, str) and a for a in g):
                    err(f"{w} bad answer group {g}")
                    continue
                if g[0] in ("是", "否"):
                    continue
                if g[0] not in evtext:
                    err(f"{w} answer '{g[0]}' not in evidence" + ("" if g[0] in srctext else " nor in the source"))
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
            err(f"{w} {t} must use both Longhua reports")
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
            head = TABLES[x["doc"]][0]
            if x["label"] != "not_found" and head not in x["evidence"]:
                err(f"{w} table_figure evidence without the header row")
            for s in x["evidence"]:
                if s not in table_rows(x["doc"]):
                    err(f"{w} table_figure evidence is not a table row: {s}")

    # ---------------- table-only figures
    for d, (head, col, only) in TABLES.items():
        rows = table_rows(d)
        if not rows or rows[0] != head:
            err(f"{d}: table header row")
        for row in rows[1:]:
            cells = row.split(SEP)
            for cell in cells:
                for num in NUM_RE.findall(cell):
                    forms = {num}
                    ip = num.split(".")[0]
                    if len(ip) >= 4:
                        forms.add(f"{int(ip):,}" + (num[len(ip):]))
                    hits = [h for f in forms for h in in_prose(f)]
                    if cells[col] in only and hits:
                        err(f"{d}: table-only figure {num} ({cells[col]}) occurs in prose")
    # every table-only-row item: evidence includes the header row
    tab_q = [x for x in qs if x["answerable"] and any(is_table_only(s) for s in x["evidence"])]
    for x in tab_q:
        d = x["doc"] if not isinstance(x["doc"], list) else None
        heads = [TABLES[k][0] for k in TABLES]
        if not any(h in x["evidence"] for h in heads):
            err(f"{x['id']} table-only evidence without the header row")

    # ---------------- counts
    out.append(f"questions: {len(qs)}; claims: {len(cs)}")
    by = defaultdict(lambda: [0, 0])
    unans = defaultdict(lambda: [0, 0])
    listdoc = Counter()
    for x in qs:
        k = 0 if "dev" in x["_file"] else 1
        by[x["type"]][k] += 1
        if not x["answerable"]:
            unans[x["type"]][k] += 1
        if isinstance(x["doc"], list):
            listdoc[x["type"]] += 1
    out.append("questions per type (dev / blind / total; unanswerable dev/blind; list doc):")
    for t, mn in QTYPES.items():
        dv, bl = by[t]
        out.append(f"  {t:14s} {dv:3d} {bl:3d} {dv + bl:3d}   {unans[t][0]}/{unans[t][1]}   {listdoc[t]}")
        if dv + bl < mn:
            err(f"type {t} has {dv + bl} < {mn}")
        if dv + bl and not 0.3 <= dv / (dv + bl) <= 0.6:
            err(f"type {t} dev share {dv / (dv + bl):.2f}")
    dq = sum(v[0] for v in by.values())
    out.append(f"  total dev {dq} blind {len(qs) - dq}")
    if len(qs) < 280:
        err("fewer than 280 questions")
    out.append("unanswerable reasons: " + str(dict(Counter(x["reason"] for x in qs if not x["answerable"]))))
    out.append("answerable by doc: " + str(dict(Counter("+".join(x["doc"]) if isinstance(x["doc"], list) else
                                                      x["doc"] for x in qs if x["answerable"]))))
    out.append("yes/no: " + str(dict(Counter(x["expected_yesno"] for x in qs if x["type"] == "yesno"))))
    out.append(f"questions resting on table-only rows: {len(tab_q)} ("
               f"{dict(Counter(x['type'] for x in tab_q))})")
    if len(tab_q) < 8:
        err("fewer than 8 table-only questions")
    out.append("claims per kind (dev S/R/N | blind S/R/N):")
    tot = Counter()
    for kd in CKINDS:
        g = [x for x in cs if x["kind"] == kd]
        dv = [sum(1 for x in g if "dev" in x["_file"] and x["label"] == lab) for lab in ("supported", "refuted",
                                                                                          "not_found")]
        bl = [sum(1 for x in g if "blind" in x["_file"] and x["label"] == lab) for lab in ("supported", "refuted",
                                                                                            "not_found")]
        out.append(f"  {kd:20s} {sum(dv):2d} ({'/'.join(map(str, dv))}) | {sum(bl):2d} ({'/'.join(map(str, bl))})")
        if len(g) < 8:
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
    nev = sum(len(x["evidence"]) for x in qs + cs)
    out.append(f"evidence strings: {nev}, each found in its source paragraph and, modulo whitespace, in the text "
               f"extracted from its corpus file")
    check_corpus(out)
    for d in DOCS:
        n = len(re.findall(r"[\u4e00-\u9fff]", "".join(PARAS[d])))
        out.append(f"source {d}: {len(PARAS[d])} paragraphs, {n} CJK ideographs")
        if not 4500 <= n <= 5600:
            err(f"source {d} has {n} CJK ideographs")
    print("\n".join(out))


# ====================================================================== corpus
_MC = []


def load_make_corpus():
    if not _MC:
        spec = importlib.util.spec_from_file_location("make_corpus_ck", HERE / "make_corpus.py")
        mc = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mc)
        _MC.append(mc)
    return _MC[0]


def check_docx(path, out):
    mc = load_make_corpus()
    texts, stats, z = docx_read(path)
    if texts != PARAS[L3]:
        bad = [(a[:20], b[:20]) for a, b in zip(texts, PARAS[L3]) if a != b][:3]
        err(f"docx reading differs from the source: {len(texts)} vs {len(PARAS[L3])} {bad}")
    xml = z.read("word/document.xml").decode("utf-8")
    # smart tags: every declared one present, wrapping exactly its text
    want = Counter(e for _s, e, _a in mc.SMART_TAGS)
    from lxml import etree
    root = etree.fromstring(z.read("word/document.xml"))
    got = Counter()
    for st in root.iter(W + "smartTag"):
        el = st.get(W + "element")
        got[el] += 1
        if st.get(W + "uri") != "urn:schemas-microsoft-com:office:smarttags":
            err("docx: smart tag uri")
        t = "".join(x.text or "" for x in st.iter(W + "t"))
        if (t, el) not in {(s, e) for s, e, _a in mc.SMART_TAGS}:
            err(f"docx: undeclared smart tag {el} {t}")
    if got != want:
        err(f"docx smart tags {dict(got)} vs {dict(want)}")
    settings = z.read("word/settings.xml").decode("utf-8")
    for el in want:
        if f'w:name="{el}"' not in settings:
            err(f"docx settings.xml lacks smartTagType {el}")
    # w:sym: every √ / × of the source is a Symbol-font w:sym, none is a w:t character
    n_sym_src = sum(p.count("√") + p.count("×") for p in PARAS[L3])
    if stats["sym"] != n_sym_src or "√" in xml or "×" in xml:
        err(f"docx: {stats['sym']} w:sym for {n_sym_src} √/× in the source (and none as text)")
    # merged cells
    if stats["gridSpan"] != 1 or stats["vMerge_restart"] < 7 or stats["vMerge_continue"] < 10:
        err(f"docx merges: {dict(stats)}")
    # python-docx: paragraph.text misses smart-tag text and w:sym; cells of the √ / × column read empty
    from docx import Document
    d = Document(str(path))
    naive = [p.text for p in d.paragraphs if p.text]
    lost = [s for s, _e, _a in mc.SMART_TAGS if not any(s in t for t in naive)]
    if len(lost) != len(mc.SMART_TAGS):
        err(f"docx: python-docx should lose every smart-tagged text ({len(lost)} of {len(mc.SMART_TAGS)})")
    tbl = d.tables[0]
    empty_flags = sum(1 for row in tbl.rows[2:] if row.cells[-1].text == "")
    if empty_flags != len(table_rows(L3)) - 1:
        err("docx: python-docx should read the 完成情况 cells as empty")
    naive_rows = [[c.text for c in row.cells] for row in tbl.rows]
    out.append(f"docx: reading (smart tags entered, w:sym mapped, merges resolved) = source ({len(texts)} paragraphs / "
               f"rows); {sum(got.values())} smart tags ({dict(got)}); {stats['sym']} Symbol-font w:sym (√ / ×); "
               f"table: 1 gridSpan, {stats['vMerge_restart']} vMerge restart / {stats['vMerge_continue']} continue; "
               f"python-docx loses all {len(lost)} smart-tagged strings (e.g. the date line reads "
               f"{naive[1][:6]!r}…) and reads {empty_flags} 完成情况 cells as empty, header rows "
               f"{naive_rows[0][3]!r}/{naive_rows[1][3]!r}")


def check_pdf(path, out):
    from pypdf import PdfWriter
    pages, r = pdf_read(path)
    src_norm = norm("".join(PARAS[L5]))
    if norm("".join(pages)) != src_norm:
        a, b = norm("".join(pages)), src_norm
        k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        err(f"pdf text differs from the source at {k}: {a[k - 10:k + 10]!r} vs {b[k - 10:k + 10]!r}")
    rot = [n for n, pg in enumerate(r.pages) if pg.get("/Rotate")]
    if len(rot) != 1 or r.pages[rot[0]].get("/Rotate") != 90:
        err(f"pdf: exactly one page with /Rotate 90 expected: {rot}")
        return
    k = rot[0]
    pg = r.pages[k]
    mb = pg.mediabox
    if not float(mb.width) < float(mb.height):
        err("pdf: the rotated page must keep a portrait MediaBox")
    rows = table_rows(L5)
    plain_lines = [ln.strip() for ln in pages[k].split("\n")]
    cells = [c for row in rows for c in row.split(SEP)]
    if [ln for ln in plain_lines if ln in cells][:len(cells)] != cells:
        err("pdf: plain text of the rotated page should give the cells one per line in row order")
    layout = pg.extract_text(extraction_mode="layout")
    if any(c in layout for c in ("1218.6", "984.3", "50360")):
        err("pdf: layout-mode extraction of the rotated page is expected to lose the table")
    only0 = pg.extract_text(orientations=(0,))
    if only0.strip():
        err("pdf: upright-only extraction of the rotated page should be empty")
    w = PdfWriter(clone_from=r)
    p2 = w.pages[k]
    p2.transfer_rotation_to_content()
    lay = [re.sub(r"\s+", " ", ln).strip() for ln in p2.extract_text(extraction_mode="layout").split("\n")]
    lay = [ln for ln in lay if ln]
    want_rows = [" ".join(row.split(SEP)) for row in rows]
    if [ln for ln in lay if ln in want_rows] != want_rows:
        err("pdf: after applying /Rotate, layout extraction should give one table row per line")
    for n, pgx in enumerate(r.pages):
        if n != k and pgx.get("/Rotate"):
            err("pdf: only the table page is rotated")
    info = r.metadata
    if info.get("/Title") != "政府工作报告" or info.get("/Author") != "龙华区人民政府办公室":
        err("pdf document info")
    out.append(f"pdf: {len(pages)} pages; page {k + 1} has a portrait MediaBox, its content drawn turned by 90 degrees "
               f"and /Rotate 90 (a landscape table page); plain pypdf text of all pages (page numbers dropped) = "
               f"source modulo whitespace; on the table page plain text gives {len(cells)} cells one per line, "
               f"layout mode and upright-only extraction give nothing, layout mode after applying /Rotate gives the "
               f"{len(rows)} rows one per line")


def check_html(path, out):
    mc = load_make_corpus()
    paras, stats, t = html_read(path)
    src = PARAS[M5]
    if paras != src:
        bad = [(a[:20], b[:20]) for a, b in zip(paras, src) if a != b][:3]
        err(f"html article reading differs from the source: {len(paras)} vs {len(src)} {bad}")
    if '<meta charset="utf-8">' not in t:
        err("html: <meta charset=utf-8> expected")
    n_ruby = sum(p.count(ch) for p in src for ch in mc.RUBY)
    if stats["ruby"] != n_ruby or stats["rt"] != n_ruby or stats["rp"] != 2 * n_ruby:
        err(f"html: ruby markup {stats['ruby']} / rt {stats['rt']} / rp {stats['rp']} for {n_ruby} characters")
    if stats["sup"] != len(mc.NOTE_ANCHORS) or stats["li"] != len(mc.NOTE_ANCHORS):
        err(f"html: note markers {stats['sup']} / notes {stats['li']}")
    if stats["wbr"] < 20 or stats["sub"] < 1:
        err(f"html: wbr {stats['wbr']} / sub {stats['sub']}")
    # naive readings: tags stripped (ruby readings and markers kept) / tags replaced by spaces
    m = re.search(r'<div class="art-content" id="zoom">\n(.*?)\n</div>\n<div class="art-tools">', t, re.S)
    if not m:
        err("html: article body not found")
        return
    body = m.group(1)
    naive = htmlmod.unescape(re.sub(r"<[^>]+>", "", body))
    spaced = htmlmod.unescape(re.sub(r"<[^>]+>", " ", body))
    for probe in ("埠（bù）", "[1]", "↩"):
        if probe not in naive:
            err(f"html: tag-stripped text should contain {probe}")
    for probe in ("新埠岛", "疍家", "东寨港"):
        if probe in naive:
            err(f"html: tag-stripped text should not contain {probe}")
    if "1, 460" not in spaced or "PM 2.5" not in spaced:
        err("html: a tags-to-spaces reading should split numbers")
    outside = t[:m.start()] + t[m.end():]
    allsrc = "\n".join(p for d in DOCS for p in PARAS[d])
    for noise in mc.HTML_NOISE:
        if noise not in outside:
            err(f"html lacks noise {noise}")
        for num in NUM_RE.findall(noise):
            if re.fullmatch(r"(19|20)\d\d", num):
                continue
            for form in {num, num.replace(",", "")}:
                if len(form) >= 3 and re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", allsrc):
                    err(f"html noise number {form} also occurs in a report")
    for piece in ["<!-- saved from url=", "当前位置：", "相关链接", "热点推荐", "扫一扫在手机打开当前页", "浏览次数：",
                  "【打印本页】", "上一篇：", "网站标识码：", "琼ICP备", "琼公网安备"]:
        if piece not in t:
            err(f"html lacks furniture {piece}")
    out.append(f"html: article reading (rt / rp / note markers / back links dropped, tags removed without spaces) = "
               f"source ({len(paras)} paragraphs, the {stats['li']} notes last); {stats['ruby']} <ruby> ({n_ruby} "
               f"characters), {stats['sup']} note markers, {stats['sub']} <sub>, {stats['wbr']} <wbr>; tag-stripping "
               f"gives '新埠（bù）岛' and '[1]', tags-to-spaces gives '1, 460' and 'PM 2.5'; {len(mc.HTML_NOISE)} "
               f"furniture strings (none of their numbers in a report)")


def check_corpus(out):
    corpus = ROOT / "corpus"
    files = sorted(p.name for p in corpus.iterdir())
    if files != sorted(CORPUS):
        err(f"corpus files {files}")
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
        n0 = len(errors)
        sub = []
        check_docx(Path(tmp) / EXT[L3], sub)
        check_pdf(Path(tmp) / EXT[L5], sub)
        check_html(Path(tmp) / EXT[M5], sub)
        out.append("rebuilt corpus: format checks passed on the rebuilt files" if len(errors) == n0 else
                   "rebuilt corpus: format checks FAILED on the rebuilt files")
    check_docx(corpus / EXT[L3], out)
    check_pdf(corpus / EXT[L5], out)
    check_html(corpus / EXT[M5], out)


def run():
    main()
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(run())

"""Self-check of the Gaochun gold files and corpus.

    /work/main/.venv/bin/python eval/gaochun/source/check_gold.py

Prints every problem found and a summary; exit status 1 if there are errors.
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOCS = ["gaochun-2023", "gaochun-2024", "gaochun-2025"]
Q_FIELDS = ["id", "type", "question", "doc", "answerable", "answer_facts", "evidence", "reason",
            "expected_yesno", "history"]
C_FIELDS = ["id", "kind", "claim", "doc", "label", "evidence"]
Q_MIN = {"messenger": 50, "near_topic": 45, "yesno": 18, "english": 20, "followup": 12,
         "compare_years": 12, "target_result": 10, "tidy": 8, "traditional": 8, "other_scope": 10}
C_KINDS = ["words_numeral", "digits_figure", "figure_binding", "threshold_category", "number_in_name",
           "paraphrase_place", "date_paraphrase", "direction", "amount_vs_rate", "target_vs_result",
           "wrong_year", "unit", "negation", "unmentioned", "press_release", "multi_fact", "cross_year"]
REASONS = {"not_stated", "other_place", "out_of_scope", "other_year", "personal", "procedure"}
PLACE_RE = re.compile(r"高淳|高纯|高醇|gaochun|Gaochun|淳溪|古柏|阳江|砖墙|磚牆|漆桥|东坝|桠溪|亚溪|固城湖")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def paragraphs(doc: str) -> list[str]:
    return (HERE / f"{doc}.txt").read_text(encoding="utf-8").strip("\n").split("\n\n")


PARAS = {d: paragraphs(d) for d in DOCS}


def in_doc(s: str, doc: str) -> bool:
    return any(s in p for p in PARAS[doc])


def load(name: str) -> list[dict]:
    rows = []
    for n, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{name}:{n}: bad JSON ({e})")
    return rows


def docs_of(item) -> list[str]:
    d = item["doc"]
    return d if isinstance(d, list) else ([d] if d else [])


def check_evidence(item) -> None:
    docs = docs_of(item)
    for d in docs:
        if d not in DOCS:
            err(f"{item['id']}: unknown doc {d}")
            return
    matched = collections.Counter()
    for ev in item["evidence"]:
        hits = [d for d in docs if in_doc(ev, d)]
        if not hits:
            err(f"{item['id']}: evidence not inside one paragraph of {docs}: {ev!r}")
        for d in hits:
            matched[d] += 1
    if item["evidence"]:
        for d in docs:
            if not matched[d]:
                err(f"{item['id']}: doc {d} has no evidence")


def check_questions(rows: list[dict]) -> None:
    for it in rows:
        i = it["id"]
        if list(it) != Q_FIELDS:
            err(f"{i}: field list {list(it)}")
            continue
        if it["type"] not in Q_MIN:
            err(f"{i}: unknown type {it['type']}")
        if not isinstance(it["history"], list):
            err(f"{i}: history not a list")
        if it["answerable"]:
            if it["reason"] is not None or not it["doc"] or not it["evidence"] or not it["answer_facts"]:
                err(f"{i}: answerable item with reason/doc/evidence/facts inconsistency")
            check_evidence(it)
            evtext = "\n".join(it["evidence"])
            for g in it["answer_facts"]:
                if not g or not all(isinstance(a, str) and a for a in g):
                    err(f"{i}: bad answer group {g}")
                    continue
                if g[0] in ("是", "否"):
                    continue
                if g[0] not in evtext:
                    err(f"{i}: first alternative {g[0]!r} not in evidence")
            yn = it["expected_yesno"]
            first = it["answer_facts"][0][0]
            if yn is not None:
                if yn not in ("yes", "no") or (yn == "yes") != (first == "是") or first not in ("是", "否"):
                    err(f"{i}: expected_yesno {yn} vs first group {it['answer_facts'][0]}")
            elif first in ("是", "否"):
                err(f"{i}: 是/否 group without expected_yesno")
            if it["type"] == "yesno" and yn is None:
                err(f"{i}: answerable yesno without expected_yesno")
        else:
            if it["doc"] is not None or it["evidence"] or it["answer_facts"] or it["expected_yesno"] is not None:
                err(f"{i}: unanswerable item with doc/evidence/facts/yesno")
            if it["reason"] not in REASONS:
                err(f"{i}: bad reason {it['reason']}")
        t = it["type"]
        if t == "followup":
            h = it["history"]
            if len(h) != 2 or [x.get("role") for x in h] != ["user", "assistant"] or not all(x.get("content") for x in h):
                err(f"{i}: followup history shape")
            if not PLACE_RE.search(h[0]["content"] if h else ""):
                err(f"{i}: followup history does not name 高淳")
        elif it["history"]:
            err(f"{i}: history on non-followup")
        if t == "near_topic" and (it["answerable"] or it["reason"] != "not_stated"):
            err(f"{i}: near_topic must be unanswerable not_stated")
        if t == "english":
            if not it["answerable"]:
                err(f"{i}: english must be answerable")
            if CJK_RE.search(it["question"]):
                err(f"{i}: CJK in english question")
        if t in ("target_result", "compare_years") and not (isinstance(it["doc"], list) and len(it["doc"]) >= 2):
            err(f"{i}: {t} needs a doc list")
        if t == "other_scope" and (it["answerable"] or it["reason"] == "not_stated"):
            err(f"{i}: other_scope must be unanswerable with a scope reason")
        if t not in ("other_scope", "followup", "english") and it["reason"] not in ("other_place", "out_of_scope"):
            if not PLACE_RE.search(it["question"]):
                err(f"{i}: question does not name 高淳: {it['question']}")
        if t == "english" and not re.search(r"Gaochun", it["question"]):
            err(f"{i}: english question does not name Gaochun")


def check_claims(rows: list[dict]) -> None:
    for it in rows:
        i = it["id"]
        if list(it) != C_FIELDS:
            err(f"{i}: field list {list(it)}")
            continue
        if it["kind"] not in C_KINDS:
            err(f"{i}: unknown kind {it['kind']}")
        if not isinstance(it["doc"], str) or it["doc"] not in DOCS:
            err(f"{i}: claim doc must be one report")
        if it["label"] in ("supported", "refuted"):
            if not it["evidence"]:
                err(f"{i}: {it['label']} without evidence")
            check_evidence(it)
        elif it["label"] == "not_found":
            if it["evidence"]:
                err(f"{i}: not_found with evidence")
        else:
            err(f"{i}: bad label {it['label']}")
        if not PLACE_RE.search(it["claim"]) and "南京市" not in it["claim"]:
            err(f"{i}: claim does not name 高淳")


def check_split(dev: list[dict], blind: list[dict], key: str) -> None:
    dev_ids = {r["id"] for r in dev}
    allrows = sorted(dev + blind, key=lambda r: int(r["id"].split("-")[1]))
    pos = collections.Counter()
    for r in allrows:
        k = r[key]
        p = pos[k]
        pos[k] += 1
        want_dev = p % 5 in (0, 2)
        if want_dev != (r["id"] in dev_ids):
            err(f"{r['id']}: split position {p} of {k} in wrong file")


def check_corpus() -> None:
    corpus = ROOT / "corpus"
    names = sorted(p.name for p in corpus.iterdir())
    if names != ["gaochun-2023.pdf", "gaochun-2024.html", "gaochun-2025.txt"]:
        err(f"corpus holds {names}")
    # --- PDF
    from pypdf import PdfReader
    r = PdfReader(str(corpus / "gaochun-2023.pdf"))
    body_lines = []
    for n, page in enumerate(r.pages, 1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - 595.27) > 1 or abs(h - 841.89) > 1:
            err(f"pdf page {n} not A4")
        lines = [ln.strip() for ln in page.extract_text().splitlines()]
        if "高淳区人民政府" not in lines:
            err(f"pdf page {n}: no running header")
        if f"— {n} —" not in lines:
            err(f"pdf page {n}: no footer page number")
        body_lines += [ln for ln in lines if ln not in ("高淳区人民政府", "2023年政府工作报告", f"— {n} —")]
    flat = re.sub(r"\s+", "", "".join(body_lines))
    for p in PARAS["gaochun-2023"]:
        if re.sub(r"\s+", "", p) not in flat:
            err(f"pdf text lacks paragraph {p[:30]!r}")
    num_breaks = sum(1 for a, b in zip(body_lines, body_lines[1:])
                     if a and b and re.search(r"[\d.]$", a) and re.match(r"[\d.%]", b))
    if num_breaks < 1:
        err("pdf: no line break inside a number")
    if (r.metadata or {}).get("/Author") != "高淳区人民政府办公室":
        err("pdf: author metadata")
    # --- HTML
    raw = (corpus / "gaochun-2024.html").read_bytes()
    try:
        raw.decode("utf-8")
        err("html decodes as UTF-8 (should be GBK only)")
    except UnicodeDecodeError:
        pass
    html_text = raw.decode("gbk")
    if '<meta charset="gbk">' not in html_text:
        err("html: no <meta charset=\"gbk\">")
    for needle in ["无障碍浏览", "长者模式", "繁體", "首页", "政务公开", "当前位置", "索引号", "发布机构", "发布日期",
                   "浏览次数", "【字体：", "分享到：", "QQ空间", "打印本页", "关闭窗口", "相关链接", "主办单位",
                   "版权所有", "苏ICP备", "苏公网安备", "网站标识码"]:
        if needle not in html_text:
            err(f"html lacks {needle}")
    m = re.search(r'<div class="article-content TRS_Editor" id="zoom">(.*?)</div>', html_text, re.S)
    ps = [re.sub(r"<[^>]+>", "", x) for x in re.findall(r"<p[^>]*>(.*?)</p>", m.group(1), re.S)] if m else []
    import html as _h
    ps = [_h.unescape(x) for x in ps]
    if ps != PARAS["gaochun-2024"]:
        err("html <p> texts differ from source paragraphs")
    if m and m.group(1).count("<strong>") < 20:
        err("html: too few <strong> lead phrases")
    # --- TXT
    raw = (corpus / "gaochun-2025.txt").read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        err("txt: no BOM")
    if b"\r" in raw:
        err("txt: CR found")
    lines = raw.decode("utf-8-sig").rstrip("\n").split("\n")
    stray = sum(1 for ln in lines if ln.startswith("\u3000"))
    if stray < 3:
        err("txt: fewer than 3 lines with stray full-width spaces")
    if [ln.lstrip("\u3000") for ln in lines] != PARAS["gaochun-2025"]:
        err("txt lines differ from source paragraphs")
    for d in DOCS:
        n = len(CJK_RE.findall("".join(PARAS[d])))
        if not 5900 <= n <= 8000:
            err(f"{d}: {n} CJK characters")


def main() -> None:
    qd, qb = load("gaochun_questions_dev.jsonl"), load("gaochun_questions_blind.jsonl")
    cd, cb = load("gaochun_claims_dev.jsonl"), load("gaochun_claims_blind.jsonl")
    ids = [r.get("id") for r in qd + qb + cd + cb]
    for i, n in collections.Counter(ids).items():
        if n > 1:
            err(f"duplicate id {i}")
    for r in qd + qb:
        if not re.fullmatch(r"gc-\d{3}", r.get("id", "")):
            err(f"bad question id {r.get('id')}")
    for r in cd + cb:
        if not re.fullmatch(r"gcc-\d{3}", r.get("id", "")):
            err(f"bad claim id {r.get('id')}")
    check_questions(qd + qb)
    check_claims(cd + cb)
    check_split(qd, qb, "type")
    check_split(cd, cb, "kind")
    qt = collections.Counter(r["type"] for r in qd + qb)
    for t, m in Q_MIN.items():
        if qt[t] < m:
            err(f"type {t}: {qt[t]} < {m}")
    ck = collections.Counter(r["kind"] for r in cd + cb)
    for k in C_KINDS:
        if ck[k] < 8:
            err(f"kind {k}: only {ck[k]}")
    check_corpus()

    # summary
    print(f"questions: dev {len(qd)}, blind {len(qb)}; claims: dev {len(cd)}, blind {len(cb)}")
    print("| type | dev | blind | total | unanswerable (dev/blind) |")
    for t in Q_MIN:
        d = [r for r in qd if r["type"] == t]
        b = [r for r in qb if r["type"] == t]
        print(f"| {t} | {len(d)} | {len(b)} | {len(d) + len(b)} | "
              f"{sum(not r['answerable'] for r in d)}/{sum(not r['answerable'] for r in b)} |")
    print("reasons:", dict(collections.Counter(r["reason"] for r in qd + qb if not r["answerable"])))
    docc = collections.Counter(json.dumps(r["doc"], ensure_ascii=False) for r in qd + qb if r["answerable"])
    print("answerable by doc:", dict(docc))
    print("| kind | dev (S/R/N) | blind (S/R/N) | total |")
    for k in C_KINDS:
        def srn(rows):
            c = collections.Counter(r["label"] for r in rows if r["kind"] == k)
            return sum(c.values()), f"{c['supported']}/{c['refuted']}/{c['not_found']}"
        dn, ds = srn(cd)
        bn, bs = srn(cb)
        print(f"| {k} | {dn} ({ds}) | {bn} ({bs}) | {dn + bn} |")
    lab = collections.Counter(r["label"] for r in cd + cb)
    tot = sum(lab.values())
    print("labels:", {k: f"{v} ({100 * v / tot:.1f}%)" for k, v in lab.items()})
    for part, rows in (("dev", cd), ("blind", cb)):
        print(part, dict(collections.Counter(r["label"] for r in rows)))
    print("claims by doc:", dict(collections.Counter(r["doc"] for r in cd + cb)))
    for d in DOCS:
        print(d, "CJK", len(CJK_RE.findall("".join(PARAS[d]))))
    print(f"{len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

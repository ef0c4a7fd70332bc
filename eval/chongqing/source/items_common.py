"""One-line constructors for the chongqing gold items (questions and claims). Items are written out literally in
items_questions_N.py / items_claims_N.py; build_gold.py adds period anchors, ids and the split."""

Y3, Y5, J4 = "yuzhong-2023", "yuzhong-2025", "jiangbei-2024"
YZ = [Y3, Y5]
TH5 = "指标 | 单位 | 2024年 | 比上年增长（%）"
S, R, N = "supported", "refuted", "not_found"


def q(typ, question, doc, facts, *evidence, yn=None, hist=None):
    """An answerable question: facts = list of answer groups (first alternative = report spelling)."""
    it = {"type": typ, "question": question, "doc": doc, "answer_facts": facts, "evidence": list(evidence)}
    if yn is not None:
        it["expected_yesno"] = yn
    if hist is not None:
        it["history"] = hist
    return it


def u(typ, question, reason, hist=None):
    """An unanswerable question (reason: not_stated / other_place / other_year / out_of_scope / personal / procedure)."""
    it = {"type": typ, "question": question, "doc": None, "answer_facts": [], "evidence": [], "reason": reason}
    if hist is not None:
        it["history"] = hist
    return it


def c(kind, claim, doc, label, *evidence):
    return {"kind": kind, "claim": claim, "doc": doc, "label": label, "evidence": list(evidence)}

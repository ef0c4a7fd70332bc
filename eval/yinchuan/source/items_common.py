"""Shared names and one-line constructors for the yinchuan gold items (written out literally in items_*.py).

q(type, question, doc, answer_facts, *evidence, yn=None, hist=None)   an answerable question
u(type, question, reason, hist=None)                                   an unanswerable question
c(kind, claim, doc, label, *evidence)                                  a fact-check claim (not_found: no evidence)

Docs: X3 = xingqing-2023 (兴庆区, reviews 2022, published as .html), X5 = xingqing-2025 (兴庆区, reviews 2024, .pdf),
J4 = jinfeng-2024 (金凤区, reviews 2023, .docx); XX = the two 兴庆 reports (list doc for cross-year items).
"""
X3, X5, J4 = "xingqing-2023", "xingqing-2025", "jinfeng-2024"
XX = [X3, X5]
S, R, N = "supported", "refuted", "not_found"
# the date lines (used as evidence naming the place in "which district" questions)
DL3 = "——2023年1月9日在银川市兴庆区第十一届人民代表大会第二次会议上"
DL5 = "——2025年1月8日在银川市兴庆区第十一届人民代表大会第四次会议上"
DLJ = "——2024年1月11日在银川市金凤区第七届人民代表大会第三次会议上"


def q(type_, question, doc, facts, *evidence, yn=None, hist=None):
    return {"type": type_, "question": question, "doc": doc, "answer_facts": facts, "evidence": list(evidence),
            "expected_yesno": yn, "history": hist}


def u(type_, question, reason, hist=None):
    return {"type": type_, "question": question, "doc": None, "answer_facts": [], "evidence": [], "reason": reason,
            "expected_yesno": None, "history": hist}


def c(kind, claim, doc, label, *evidence):
    return {"kind": kind, "claim": claim, "doc": doc, "label": label, "evidence": list(evidence)}

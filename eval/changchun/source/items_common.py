"""Shared names and one-line constructors for the changchun gold items (written out literally in items_*.py).

q(type, question, doc, answer_facts, *evidence, yn=None, hist=None)   an answerable question
u(type, question, reason, hist=None)                                   an unanswerable question
c(kind, claim, doc, label, *evidence)                                  a fact-check claim (not_found: no evidence)
"""
N3, N5, L5 = "nanguan-2023", "nanguan-2025", "lvyuan-2025"
NN = [N3, N5]
TH = "指标 | 单位 | 2017年 | 2022年 | 年均增长（%）"
S, R, N = "supported", "refuted", "not_found"


def q(type_, question, doc, facts, *evidence, yn=None, hist=None):
    return {"type": type_, "question": question, "doc": doc, "answer_facts": facts, "evidence": list(evidence),
            "expected_yesno": yn, "history": hist}


def u(type_, question, reason, hist=None):
    return {"type": type_, "question": question, "doc": None, "answer_facts": [], "evidence": [], "reason": reason,
            "expected_yesno": None, "history": hist}


def c(kind, claim, doc, label, *evidence):
    return {"kind": kind, "claim": claim, "doc": doc, "label": label, "evidence": list(evidence)}

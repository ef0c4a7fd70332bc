"""Shared names and one-line constructors for the haikou gold items (written out literally in items_*.py).

q(type, question, doc, answer_facts, *evidence, yn=None, hist=None)   an answerable question
u(type, question, reason, hist=None)                                   an unanswerable question
c(kind, claim, doc, label, *evidence)                                  a fact-check claim (not_found: no evidence)
"""
L3, L5, M5 = "longhua-2023", "longhua-2025", "meilan-2025"
LL = [L3, L5]
TH3 = "类别 | 指标 | 单位 | 2022年预期目标 | 2022年实际完成 | 完成情况"
TH5 = "指标 | 单位 | 2024年 | 增长（%） | 预期目标（%） | 完成情况"
S, R, N = "supported", "refuted", "not_found"


def q(type_, question, doc, facts, *evidence, yn=None, hist=None):
    return {"type": type_, "question": question, "doc": doc, "answer_facts": facts, "evidence": list(evidence),
            "expected_yesno": yn, "history": hist}


def u(type_, question, reason, hist=None):
    return {"type": type_, "question": question, "doc": None, "answer_facts": [], "evidence": [], "reason": reason,
            "expected_yesno": None, "history": hist}


def c(kind, claim, doc, label, *evidence):
    return {"kind": kind, "claim": claim, "doc": doc, "label": label, "evidence": list(evidence)}

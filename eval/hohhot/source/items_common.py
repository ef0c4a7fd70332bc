"""Shared names and one-line constructors for the hohhot gold items (written out literally in items_*.py).

q(type, question, doc, answer_facts, *evidence, yn=None, hist=None)   an answerable question
u(type, question, reason, hist=None)                                   an unanswerable question
c(kind, claim, doc, label, *evidence)                                  a fact-check claim (not_found: no evidence)
Schema model: eval/taiyuan/source/items_common.py.
"""
S3, S5, X5 = "saihan-2023", "saihan-2025", "xincheng-2025"
SS = [S3, S5]
TH = "指标 | 单位 | 2024年 | 增长（%） | 预期目标（%） | 完成情况"
S, R, N = "supported", "refuted", "not_found"


def q(type_, question, doc, facts, *evidence, yn=None, hist=None):
    return {"type": type_, "question": question, "doc": doc, "answer_facts": facts, "evidence": list(evidence),
            "expected_yesno": yn, "history": hist}


def u(type_, question, reason, hist=None):
    return {"type": type_, "question": question, "doc": None, "answer_facts": [], "evidence": [], "reason": reason,
            "expected_yesno": None, "history": hist}


def c(kind, claim, doc, label, *evidence):
    return {"kind": kind, "claim": claim, "doc": doc, "label": label, "evidence": list(evidence)}

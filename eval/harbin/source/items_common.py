"""Helpers shared by the harbin item part files (one-line constructors for literal items)."""
NG5, NG6, DL6 = "nangang-2025", "nangang-2026", "daoli-2026"
NN = [NG5, NG6]
THD = "指标 | 单位 | 2025年 | 比上年增长（%）"


def Q(t, q, doc, facts, ev, yn=None, hist=None):
    it = {"type": t, "question": q, "doc": doc, "answer_facts": facts, "evidence": ev}
    if yn:
        it["expected_yesno"] = yn
    if hist:
        it["history"] = hist
    return it


def U(t, q, reason="not_stated"):
    return {"type": t, "question": q, "doc": None, "answer_facts": [], "evidence": [], "reason": reason}


def C(kind, claim, doc, label, ev=()):
    return {"kind": kind, "claim": claim, "doc": doc, "label": label, "evidence": list(ev)}

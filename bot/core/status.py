"""Where a project stands: the plan beside the outcome, each from its own report.

"区人民医院新院区去年建成投用了吗" is answered 否 with what the review says ("主体结顶"); a
citizen asking also wants to know when it is now due, which the newest plan says ("年内建成
投用"). Asked of a plan ("有没有按计划在秋季学期投入使用"), the answer needs the outcome the
next report states. The thing is the longest run of characters the question and the cited
clause share; the other report's clause must name it whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wenzheng.corpus.model import FRAME_RESULTS, FRAME_TARGETS, Passage
from wenzheng.corpus.text import marks_pattern, normalize

# Stages of building or opening something (not an award, an event or a figure)
STAGE_ASKED = re.compile(
    r"建成|投用|投入使用|结顶|开工|竣工|通车|开通|开业|投运|启用|完工|开诊|招生|交付"
)
_CLAUSE = marks_pattern("，；。,;：:")
MIN_NAME = 4  # characters: "新院区" alone names nothing in particular


def named_thing(question: str, clause: str) -> str | None:
    """The longest run of CJK characters the question and a clause share (at least
    MIN_NAME, not holding a stage word): the project both speak of, or None."""
    q, c = normalize(question), normalize(clause)
    best = ""
    for i in range(len(q)):
        j = i + len(best) + 1
        while j <= len(q) and q[i:j] in c:
            j += 1
        run = q[i : j - 1]
        if len(run) > len(best) and re.fullmatch(r"[\u4e00-\u9fff]+", run):
            best = run
    best = STAGE_ASKED.split(best)[0] if STAGE_ASKED.search(best) else best
    return best if len(best) >= MIN_NAME else None


def clause_naming(text: str, name: str) -> str | None:
    """The clause of a passage that names the thing and a stage of it."""
    for clause in _CLAUSE.split(text):
        if name in normalize(clause) and STAGE_ASKED.search(clause):
            return clause.strip()
    return None


def first_year(years: str) -> int | None:
    """The first year a passage speaks of ("2024", "2021-2025"), or None."""
    m = re.match(r"\d{4}", years)
    return int(m.group()) if m else None


def other_side(cited: Passage, candidates: Sequence[Passage], name: str) -> Passage | None:
    """The passage that tells the other side of a cited one about the thing: for an outcome,
    the newest later plan; for a plan, the outcome of its year. Both must be of the same
    report series (the caller passes passages of the cited place only)."""
    year = first_year(cited.years)
    if year is None or cited.frame not in (FRAME_RESULTS, FRAME_TARGETS):
        return None
    found = [p for p in candidates if p.id != cited.id and clause_naming(p.text, name)]
    if cited.frame == FRAME_RESULTS:
        later = [p for p in found if p.frame == FRAME_TARGETS and (first_year(p.years) or 0) > year]
        return max(later, key=lambda p: first_year(p.years) or 0, default=None)
    outcome = [p for p in found if p.frame == FRAME_RESULTS and first_year(p.years) == year]
    return outcome[0] if outcome else None


# A stage reached in full (not "主体完工", not "开工建设"), and words of one put off or not
# reached
_DONE = re.compile(
    r"建成投用|建成投运|投入使用|投入运营|建成开放|竣工投用|开通运营|建成通车|开学|开诊"
)
_NOT_DONE = re.compile(r"未|尚未|没有|调整至|推迟|延期|暂缓")
_MONTH = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月")


def kept_on_time(planned: str, outcome: str) -> bool | None:
    """Whether an outcome clause says a plan's stage was reached on time: done, and not after
    the month the plan names when both name one ("2024年9月投入使用" kept by "于2024年8月底建成
    投用"); None when the outcome does not say it is done."""
    if not _DONE.search(outcome) or _NOT_DONE.search(outcome):
        return None
    due, done = _MONTH.search(planned), _MONTH.search(outcome)
    if due and done:
        return (int(done.group(1)), int(done.group(2))) <= (int(due.group(1)), int(due.group(2)))
    return True

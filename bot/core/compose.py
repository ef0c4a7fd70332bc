"""Composing an answer from verbatim clauses of the cited passages (no generative model).

The direct answer is built only from clauses of cited passages plus a label naming the
year; when the label's year is not in those passages, the part heading that establishes it
("2019年政府主要工作回顾") is cited too, so every number in an answer is in its citations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from wenzheng.bot.core.attainment import states_attainment
from wenzheng.bot.core.grounding import CITATION_MARKER
from wenzheng.bot.core.query import Query
from wenzheng.bot.core.types import Answer, Citation, Retrieved
from wenzheng.corpus.model import Document, Passage
from wenzheng.corpus.quantities import parse_chinese_numeral
from wenzheng.corpus.text import split_clauses
from wenzheng.corpus.time import TIME_ONLY_CLAUSE, answer_label, cited_section, year_stretches

KEEP_SHARE = 0.5
WIDEN_GAIN = 0.05  # more of the question's concepts a next clause must state to be kept too
_CONTINUES = re.compile(
    r"^(增长|下降|增加|减少|提高|占|达|同比|其中|比上年|较上年|居|排名"
    # a total with nothing of its own but its figure ("，总数达到536家"), not "累计集聚…4人"
    r"|(?:总数|累计|总量|共计|合计)(?:达到?|为|增至|至)?[\d一二三四五六七八九十百千万])"
)
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_DIGITS = re.compile(r"\d+")

REFUSALS = {
    "personal": (
        "报告里没有个人信息，我也不能提供这类信息。",
        "The report holds no personal information, and I can't provide it.",
    ),
    "own_case": (
        "报告讲的是政府的工作安排，不涉及个人能否办理、是否符合条件。具体请咨询相关部门或政务服务热线。",
        "The report is about the government's work; it does not say whether a person qualifies "
        "or may apply. Please ask the department concerned or the government service hotline.",
    ),
    "procedure": (
        "报告不涉及具体办事流程。办理业务请咨询政务服务热线或相关部门。",
        "The report does not cover how to apply for services; please ask the "
        "government service hotline or the department concerned.",
    ),
    "place": (
        "报告只涉及{region}，没有提到{place}的情况。",
        "The reports cover {region} only; they say nothing about {place}.",
    ),
    "elsewhere": (
        "“{thing}”是{region}报告里的内容，{asked}的报告没有提到。",
        "'{thing}' is in the report of {region}; the report of {asked} says nothing of it.",
    ),
    "year": (
        "报告没有你问的那个年份的情况：它回顾上一年的工作，部署当年的任务。",
        "The report does not cover that year: it reviews the previous year and sets "
        "this year's tasks.",
    ),
    "premise": (
        "报告里没有这种说法（没有提到“{word}”），请以报告原文为准。",
        "The report says no such thing (nothing about '{word}').",
    ),
    "not_found": ("报告里没有提到这方面的内容。", "The report does not say."),
    "language": (
        "我只能读懂中文和英文的问题，请用中文或英文提问。"
        "(I understand questions in Chinese and English only.)",
        "I understand questions in Chinese and English only; please ask in one of them.",
    ),
}


def refusal(
    query: Query, reason: str, retrieved: Sequence[Retrieved], why: str = "", **fields: str
) -> Answer:
    """An honest "the report does not say"; `why` is kept for logs and the eval report."""
    zh, en = REFUSALS[reason]
    text = (en if query.english else zh).format(**fields)
    return Answer(
        question=query.original,
        text=text,
        refused=True,
        retrieved=tuple(retrieved),
        reason=f"{reason}: {why}" if why else reason,
    )


# What a partial answer says is missing, by answer slot (see `slot.Slot.kind`).
_MISSING = {
    "amount": ("具体金额", "the amount"),
    "rate": ("具体增幅或比例", "the rate"),
    "direction": ("增减情况", "whether it rose or fell"),
    "count": ("具体数量", "the number"),
    "figure": ("具体数字", "the figure"),
    "ordinal": ("具体届次或序号", "the ordinal"),
    "grade": ("具体等级", "the grade"),
    "rank": ("排名或比较", "a ranking"),
    "date": ("具体时间", "the date"),
    "year": ("具体年份", "the year"),
    "name": ("具体名称", "the names"),
    "place": ("具体地点", "the places"),
    "describe": ("你问的这一点", "what you asked"),
}


def partial(query: Query, topical: Answer, why: str = "") -> Answer:
    """The report is on the topic but does not state what was asked: say so, then what it says.

    "报告没有给出具体数量。报告提到：…[1]" — refused, with the topical passages cited.
    """
    from wenzheng.bot.core.slot import asks_rank, read_slot

    kind = "rank" if asks_rank(query.text) else read_slot(query.text, query.wants_number).kind
    zh, en = _MISSING.get(kind, _MISSING["describe"])
    if query.english:
        text = f"The report does not give {en}. What it says: {topical.text}"
    else:
        text = f"报告没有给出{zh}。报告提到：{topical.text}"
    return Answer(
        question=query.original,
        text=text,
        refused=True,
        citations=topical.citations,
        retrieved=topical.retrieved,
        years=topical.years,
        reason=f"not_found: {why}" if why else "not_found",
        confidence=topical.confidence,
    )


def own_case(query: Query, topical: Answer) -> Answer:
    """A question on the asker's own case ("我家孩子能上…小学吗"): no report decides it; what
    the report says of the thing follows, cited (refused, reason "personal")."""
    zh, en = REFUSALS["own_case"]
    said = f" What it says: {topical.text}" if query.english else f"报告提到：{topical.text}"
    return Answer(
        question=query.original,
        text=(en if query.english else zh) + (said if topical.citations else ""),
        refused=True,
        citations=topical.citations,
        retrieved=topical.retrieved,
        years=topical.years,
        reason="personal: own case",
        confidence=topical.confidence,
    )


def combine(message: str, answers: Sequence[Answer]) -> Answer:
    """One reply to a message that asked several questions: each answer on its own line."""
    if len(answers) == 1:
        return replace(answers[0], question=message)
    citations = tuple(dict.fromkeys(c for a in answers for c in a.citations))
    texts = list(dict.fromkeys(_renumbered(a, citations) for a in answers))
    answered = [a for a in answers if not a.refused]
    lead = answered[0] if answered else answers[0]
    return Answer(
        question=message,
        text="\n".join(texts),
        refused=not answered,
        citations=citations,
        retrieved=lead.retrieved,
        years=lead.years,
        reason=lead.reason,
    )


def with_clause(answer: Answer, p: Passage, clause: str, documents: dict[str, Document]) -> Answer:
    """An answer with one more line: a clause of another passage, labelled with its year
    (and its place, in a corpus of several), the passage cited after the answer's own."""
    doc = documents[p.doc_id]
    label = answer_label(p.frame, p.years, english=False)
    if len({d.meta.region for d in documents.values()}) > 1 and doc.meta.region:
        label = f"{doc.meta.region} {label}"
    line = f"{label}{_tidy(clause)}"
    return replace(
        answer,
        text=f"{answer.text}\n{line}",
        citations=tuple(dict.fromkeys((*answer.citations, cite(p, documents)))),
    )


def _renumbered(answer: Answer, citations: Sequence[Citation]) -> str:
    """An answer's text with its markers ("[1]", of an English opening) counting `citations`."""

    def number(m: re.Match[str]) -> str:
        n = int(m.group(1))
        own = answer.citations[n - 1] if 0 < n <= len(answer.citations) else None
        return f"[{citations.index(own) + 1}]" if own in citations else m.group(0)

    return CITATION_MARKER.sub(number, answer.text)


def compose(
    query: Query,
    passages: Sequence[Passage],
    documents: dict[str, Document],
    clause_score: Callable[[str], float],
    retrieved: Sequence[Retrieved],
) -> Answer:
    """A short direct answer from the best clauses of the chosen passages, then citations."""
    main = passages[0]
    doc = documents[main.doc_id]
    if query.wants_list:
        main = _list_intro(main, doc) or main
    items = list_items(main, doc) if main.text.rstrip().endswith(("：", ":")) else []
    if items:
        passages = [main, *items]
        parts = [
            _tidy(main.text).rstrip("。"),
            "；".join(_tidy(i.text).rstrip("。") for i in items),
        ]
    else:
        parts = [_excerpt(p, query, clause_score) for p in passages]
    # join sentences without "。；" seams: each part loses its end mark, the whole gets one
    pieces = [p.rstrip("。；;，, ") for p in dict.fromkeys(parts)]
    body = "；".join(p for p in pieces if p)
    body = body + "。" if body and not body.endswith(("。", "！", "？", "”", "：")) else body
    label = _label(main, doc, query.english)
    if len({d.meta.region for d in documents.values()}) > 1 and doc.meta.region:
        label = f"{doc.meta.region} {label}"  # several places in the corpus: say which
    text = f"{label}{body}" if label else body
    citations = [cite(p, documents) for p in passages]
    # the label's year is grounded by a citation's section path, shown with its quote
    # ("› 2019年政府主要工作回顾"); the part heading is cited as a quote of its own only when
    # no cited section or quote holds it
    shown = {d for c in citations for d in _DIGITS.findall(f"{c.section}\n{c.quote}")}
    if set(_DIGITS.findall(label)) - shown:
        heading = part_heading(main, doc)
        if heading is not None:
            citations.append(cite(heading, documents))
    return Answer(
        question=query.original,
        text=text,
        refused=False,
        citations=tuple(citations),
        retrieved=tuple(retrieved),
        years=main.years,
        reason="answered",
    )


def outline(query: Query, documents: Sequence[Document]) -> Answer:
    """The parts of each report, from its part headings ("2019年政府主要工作回顾", ...)."""
    headings = [
        p for d in documents for p in d.passages if p.kind == "heading" and len(p.section) == 1
    ]
    docs = {d.meta.id: d for d in documents}
    lines = []
    for d in documents:
        parts = "；".join(p.text for p in headings if p.doc_id == d.meta.id)
        lines.append(f"{d.meta.title}：{parts}。")
    return Answer(
        question=query.original,
        text=" ".join(lines),
        refused=False,
        citations=tuple(cite(p, docs) for p in headings),
        reason="outline",
    )


def speaker(query: Query, documents: Sequence[Document]) -> Answer | None:
    """Who delivered the report(s) asked about, quoted from the line naming them; None when
    no asked report names its speaker."""
    docs = {d.meta.id: d for d in documents}
    lines, citations = [], []
    for d in documents:
        name = d.meta.speaker.replace(" ", "")
        line = next((p for p in d.passages if name and name in p.text.replace(" ", "")), None)
        if line is None:
            continue
        role = _ROLE.search(line.text.replace(" ", ""))
        who = f"{role.group(0)}{name}" if role else name
        # the report's title is said only where a line of it states the title (its year)
        titled = next((p for p in d.passages if d.meta.title in p.text.replace(" ", "")), None)
        report = d.meta.title if titled is not None else "报告"
        lines.append(f"{report}由{who}作。" if not query.english else f"Delivered by {who}.")
        citations += [cite(p, docs) for p in (line, titled) if p is not None]
    if not lines:
        return None
    return Answer(
        question=query.original,
        text=" ".join(lines),
        refused=False,
        citations=tuple(citations),
        reason="speaker",
    )


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def delivered_on(query: Query, documents: Sequence[Document]) -> Answer | None:
    """When (and at which meeting) the report(s) asked about were delivered, from the
    metadata's date and quoted from the line stating it; None when no asked report's text
    states its date."""
    docs = {d.meta.id: d for d in documents}
    lines, citations = [], []
    for d in documents:
        if not d.meta.date:
            continue
        y, m, day = (int(x) for x in d.meta.date.split("-"))
        date = f"{y}年{m}月{day}日"
        line = next((p for p in d.passages if date in p.text.replace(" ", "")), None)
        if line is None:
            continue
        flat = line.text.replace(" ", "")
        meeting = d.meta.meeting.lstrip("区市县") if d.meta.meeting else ""
        at = f"在{meeting}上" if meeting and meeting in flat else ""
        title = d.meta.title if len(documents) > 1 else "报告"
        if query.english:
            session = _session_in_english(meeting) if at else ""
            where = f", at {session} ({meeting})" if session else ""
            lines.append(f"The report was delivered on {_MONTHS[m - 1]} {day}, {y}{where}.")
        else:
            lines.append(f"{title}于{date}{at}作。")
        citations.append(cite(line, docs))
    if not lines:
        return None
    return Answer(
        question=query.original,
        text=" ".join(lines),
        refused=False,
        citations=tuple(citations),
        reason="delivered",
    )


_ORDINALS = (
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
    "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth",
    "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth",
)  # fmt: skip
_SESSION = re.compile(r"第([一二三四五六七八九十]+)届人民代表大会第([一二三四五六七八九十]+)次会议")


def _session_in_english(meeting: str) -> str:
    """ "第四届人民代表大会第四次会议" as "the Fourth Session of the Fourth People's Congress"
    ("" for a meeting named otherwise)."""
    m = _SESSION.search(meeting)
    if m is None:
        return ""
    congress, session = (parse_chinese_numeral(g) for g in m.groups())
    if not congress or not session or max(congress, session) > len(_ORDINALS):
        return ""
    return (
        f"the {_ORDINALS[int(session) - 1]} Session of the {_ORDINALS[int(congress) - 1]} "
        "People's Congress"
    )


# A speaker's office as the report line names it ("区人民政府区长", "代区长", "市长")
_ROLE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}人民政府)?代?(?:区长|市长|县长|州长|省长|旗长)")


def _list_intro(p: Passage, doc: Document) -> Passage | None:
    """The sentence of a passage's paragraph that introduces a list ("我们将做到："), if any."""
    for q in doc.passages:
        if q.paragraph == p.paragraph and q.start >= p.start and q.text.rstrip().endswith("："):
            return q
    return None


def list_items(intro: Passage, doc: Document) -> list[Passage]:
    """What a sentence ending in "：" introduces: the section headings or lead phrases after it.

    "重点推进了以下四个方面工作：" is followed by the part's numbered sections;
    "我们将做到：" by paragraphs opening "一是……。二是……。".
    """
    after = [
        p for p in doc.passages if p.start > intro.start and p.section[:1] == intro.section[:1]
    ]
    headings = [p for p in after if p.kind == "heading"]
    if after and after[0].kind == "heading":
        return headings
    leads = [p for p in after if p.lead and p.text == p.lead and p.section == intro.section]
    return leads


# A stretch of text cut off before the level a change reaches ("从2020年的862.4亿元增加到")
_DANGLING = re.compile(r"(?:到|至|为|达)$")


def _excerpt(p: Passage, query: Query, clause_score: Callable[[str], float]) -> str:
    """The clauses of a passage that answer the question (the whole sentence for lists)."""
    text = p.text
    for year in query.years:
        # the stretch naming the year that answers most of the question
        stretches = year_stretches(text, year)
        segment = max(stretches, key=lambda s: clause_score(s), default="")
        if (
            segment
            and segment != text
            and not p.years == str(year)
            and not _DANGLING.search(segment.rstrip("，；。,; "))
        ):  # ("从2020年的862.4亿元增加到2024年的…" is one change: not cut at its second year)
            text = segment  # "2015年，…；2017年，…": only what is said of the year asked
    spans = split_clauses(text)
    if not query.wants_number or query.wants_list or len(spans) <= 2 or len(text) <= 60:
        return _tidy(text)  # a list, a "what/how" question or a short sentence: all of it
    clauses = [text[s:e] for s, e in spans]
    scores = [clause_score(c) for c in clauses]
    best = max(
        range(len(clauses)),
        key=lambda i: (scores[i], _has_digit(clauses[i]) and query.wants_number),
    )
    if scores[best] <= 0:
        return _tidy(text)
    # every clause that answers a good part of the question: "多少家…，研发投入多少" has two
    keep = {best} | {i for i, s in enumerate(scores) if s >= KEEP_SHARE * scores[best] and s > 0}
    if text != p.text:  # the stretch of a year asked: the clause naming that year is kept too
        keep |= {i for i, c in enumerate(clauses) if any(f"{y}年" in c for y in query.years)}
    keep |= _neighbours(clauses, keep)
    lo, hi = _widened(clauses, min(keep), max(keep), clause_score)
    return _tidy("".join(clauses[lo : hi + 1]))


def _widened(
    clauses: list[str], lo: int, hi: int, clause_score: Callable[[str], float]
) -> tuple[int, int]:
    """The kept run of clauses, grown by each next clause that states more of the question:
    "新增高新技术企业多少家" keeps "高新技术企业总数达到1126家" and its "当年新增238家"."""
    while True:
        now = clause_score("".join(clauses[lo : hi + 1]))
        grown = [
            (clause_score("".join(clauses[a : b + 1])), a, b)
            for a, b in ((lo - 1, hi), (lo, hi + 1))
            if 0 <= a and b < len(clauses)
        ]
        best = max(grown, default=None)
        if best is None or best[0] < now + WIDEN_GAIN:
            return lo, hi
        _, lo, hi = best


def _neighbours(clauses: list[str], keep: set[int]) -> set[int]:
    """Clauses that continue a kept one ("…84亿元，增长10%"; "…增长4.9%，低于年初预期目标
    2.1个百分点": whether it met its target) or give it its subject."""
    extra = set()
    for i in keep:
        after = clauses[i + 1] if i + 1 < len(clauses) else ""
        if _CONTINUES.match(after) or states_attainment(after):
            extra.add(i + 1)
        if i > 0 and (_CONTINUES.match(clauses[i]) or TIME_ONLY_CLAUSE.match(clauses[i - 1])):
            extra.add(i - 1)
    return extra


def _tidy(text: str) -> str:
    """Trim trailing clause punctuation, close with 。 and drop layout spaces between CJK."""
    text = _CJK_GAP.sub("", text.strip().lstrip("—")).rstrip("，；：、,;: ")
    return text if text.endswith(("。", "！", "？", "”")) else text + "。"


def _label(p: Passage, doc: Document, english: bool) -> str:
    """Names the year the answer speaks of."""
    return answer_label(p.frame, p.years, english=english)


def part_heading(p: Passage, doc: Document) -> Passage | None:
    """The heading passage of the part a passage sits in."""
    for q in doc.passages:
        if q.kind == "heading" and q.section == p.section[:1]:
            return q
    return None


def cite(p: Passage, documents: dict[str, Document]) -> Citation:
    """A citation of a whole passage."""
    section = cited_section(p.section_path, p.frame, p.years)
    return Citation(id=p.id, document=documents[p.doc_id].meta.title, section=section, quote=p.text)


def _has_digit(text: str) -> bool:
    """True when the text holds a digit."""
    return bool(_DIGITS.search(text))

"""Read a folder of reports and parse each into sections, paragraphs and sentence passages.

A document is a report file in any format `corpus.formats` reads (`.txt`, `.docx`, `.pdf`,
`.html`); its metadata is inferred from the text (`corpus.meta`), and an optional `NAME.json`
sidecar overrides it field by field (`id`, `title`, `issuer`, `year`, `date`, `region`, ...).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from wenzheng.corpus.formats import read_text, supported
from wenzheng.corpus.meta import document_meta
from wenzheng.corpus.model import (
    FRAME_NONE,
    FRAME_RESULTS,
    FRAME_SPAN,
    FRAME_TARGETS,
    Document,
    DocumentMeta,
    Passage,
)
from wenzheng.corpus.places import fullest_names
from wenzheng.corpus.quantities import has_figure, parse_chinese_numeral
from wenzheng.corpus.text import despace, split_clauses, split_sentences
from wenzheng.corpus.time import LEADING_YEAR, span_section

from wenzheng.errors import CorpusError

log = logging.getLogger(__name__)

_CN_DIGITS = "零一二三四五六七八九十"
# A part heading: a short line, perhaps numbered (一、/第一部分), naming a review or a plan
# ("2019年政府主要工作回顾", "一、过去一年的工作", "二、2022年主要目标任务",
# "一、“十三五”时期和2020年工作回顾", "一、2021年及过去五年工作回顾",
# "一、2024年工作回顾和“十四五”以来主要成就",
# "今年工作的总体要求和主要目标")
_PART_NUMBER = re.compile(
    r"^(?:第[一二三四五六七八九十]部分|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．])"
)
_REVIEW = re.compile(
    r"工作回顾|过去一年|过去五年|去年工作|工作总结|一年来的工作|五年来的工作|主要工作情况|"
    r"主要成就|工作成就|成绩单|"  # ("一图读懂｜2025年观山湖区成绩单")
    r"发展回顾|回顾$"  # ("一、2025年工作和“十四五”发展回顾")
)
_PLAN = re.compile(
    r"工作任务|工作安排|总体安排|工作目标|目标任务|主要任务|工作部署|总体要求|重点工作|今年工作|预期目标|"
    r"主要目标|主要工作|重点任务|工作建议|奋斗目标|发展目标"
)
_PART_MAX = 30  # characters of a part heading
# Plan words common in any sentence: a part heading only with a part number, a year or 今年
_GENERIC_PLAN = frozenset({"重点工作", "重点任务", "主要任务", "主要工作"})
_HEADING_YEAR = re.compile(r"((?:19|20)\d{2})年")
# A heading naming only one year's work ("关于2023年工作", "扎实做好2024年各项工作")
_YEAR_WORK = re.compile(r"[\u4e00-\u9fff]{0,6}?((?:19|20)\d{2})年(?:的|度)?(?:各项|全年|主要)?工作")
_SECTION_HEADING = re.compile(
    r"^(?:[（(]([一二三四五六七八九十]{1,3})[)）]|([一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．])"
    r"\s*(\S.*?)[;；]?$"
)
# Lines of a saved web page around the report: source, date, font size, share bar, footer
_CHROME = re.compile(
    r"^(?:来源[:：]|发布时间[:：]|发布日期[:：]|字号[:：]|分享到|【?打印|关闭窗口|版权所有|主办单位|"
    r"网站标识码|[^，。]{0,20}ICP备)"
)
_LEAD = re.compile(r"(?:——)?([^，。；：]{2,18}。)")
_CLOSING = re.compile(r"^各位代表")
_TAIL = re.compile(r"^抄送")
# An appendix after the report ("附件：名词解释", "附件2", "名词解释")
_APPENDIX = re.compile(r"^(?:附件[\d一二三四五六七八九十]*(?:[：:][^。；]{0,20})?|名词解释)$")
# A look-back counts its years ("五年来", "“十四五”以来的三年"); a plan's name alone ("“十三五”
# 期间") may cover other years than the ones before the report, and stays in the review
_SPAN_MARK = re.compile(
    r"([两三四五六七八九十])年(?:来|间)|(?:过去|近|以来的|回顾|[”五]这)([两三四五六七八九十])年"
    r"|“?十(?P<plan>[一二三四五六])五”?(?:时期|期间|以来)(?!的)"  # a five-year plan's period
)
SPAN_OPENING = 16  # characters a look-back's paragraph opens with before its time words
# The report's longest sentence has 275 characters; a "sentence" far beyond this is a text
# without sentence marks, cut at clause marks (or, failing those, between characters that are
# not digits) so that no passage, and no answer quoting it, grows without bound.
MAX_PASSAGE_CHARS = 600
_NUMBER_CHARS = frozenset("0123456789.%％０１２３４５６７８９")


def load_corpus(corpus_dir: Path) -> list[Document]:
    """Load and parse every report file in a folder (sidecars are metadata, not reports).

    Raises CorpusError naming every file that cannot be used (see `read_corpus`).
    """
    docs, problems = read_corpus(corpus_dir)
    if problems:
        raise bad_files_error(corpus_dir, problems)
    if not docs:
        raise CorpusError(f"no reports (.txt, .docx, .pdf, .html) in {corpus_dir}")
    return docs


def read_corpus(corpus_dir: Path) -> tuple[list[Document], dict[str, CorpusError]]:
    """Every usable document of a folder, and an error (naming the file) for each other one."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus_dir}")
    docs: list[Document] = []
    problems: dict[str, CorpusError] = {}
    seen: dict[str, Path] = {}
    for path in sorted(p for p in corpus_dir.iterdir() if p.is_file() and supported(p)):
        try:
            doc = load_document(path)
        except CorpusError as exc:
            problems[path.name] = exc
            continue
        if doc.meta.id in seen:
            other = seen[doc.meta.id].name
            problems[path.name] = CorpusError(f"{path}: id {doc.meta.id!r} is also {other}'s")
            continue
        seen[doc.meta.id] = path
        docs.append(doc)
    return same_places(docs), problems


def same_places(docs: list[Document]) -> list[Document]:
    """The documents with each region named the fullest way the corpus names that place
    (`fullest_names`): "建邺区" and "南京市建邺区" are one place to every layer."""
    fullest = fullest_names(d.meta.region for d in docs)
    return [
        d
        if fullest.get(d.meta.region, d.meta.region) == d.meta.region
        else replace(d, meta=replace(d.meta, region=fullest[d.meta.region]))
        for d in docs
    ]


def bad_files_error(corpus_dir: Path, problems: dict[str, CorpusError]) -> CorpusError:
    """One error (one line) for one or several unusable files."""
    if len(problems) == 1:
        return next(iter(problems.values()))
    listed = "; ".join(map(str, problems.values()))
    return CorpusError(f"{len(problems)} unusable files in {corpus_dir}: {listed}")


def load_document(path: Path) -> Document:
    """Read one report file (any supported format), infer or read its metadata, parse it."""
    text = read_text(path)
    if not text.strip():
        raise CorpusError(f"{path} is empty")
    meta = document_meta(path, text)
    doc = parse_document(text, meta)
    if not doc.passages:
        raise CorpusError(f"{path} is empty")
    if not any(p.kind == "sentence" for p in doc.passages):
        log.warning("%s: no part heading found; its text is indexed as front matter", path)
    return doc


@dataclass
class _State:
    """Where the parser is: the current part, section and time frame."""

    part: str = "印发通知"
    section: str = ""
    frame: str = FRAME_NONE
    part_year: int | None = None  # the year a part heading names ("2019年政府主要工作回顾")
    plan_year: int | None = None  # the plan's year of a heading joining a review and a plan
    span: int = 5  # the years a look-back covers ("五年来", "“十四五”以来的三年")
    # a look-back's "——" bullets go on after its opening paragraph: "——综合实力迈上新台阶。"
    # and the paragraph under a bullet standing alone are the look-back's
    in_span: bool = False
    under_bullet: bool = False
    block_first: str = ""  # first line of the current block of consecutive lines
    in_report: bool = False
    appendix: bool = False  # after "附件：名词解释": definitions, of no year but no front matter
    seen_section: bool = False
    paragraph: int = 0
    ids: set[str] = field(default_factory=set)


def parse_document(text: str, meta: DocumentMeta) -> Document:
    """Split a report into passages with section paths, offsets and time frames."""
    state = _State()
    passages: list[Passage] = []
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            state.block_first = ""
            continue
        lstart = start + (len(line) - len(line.lstrip()))
        passages.extend(_parse_line(stripped, lstart, state, meta))
    return Document(meta=meta, text=text, passages=tuple(passages))


def _parse_line(line: str, start: int, state: _State, meta: DocumentMeta) -> list[Passage]:
    """Turn one non-empty line into passages, updating the parser state."""
    flat = despace(line)
    if not state.in_report and flat == "政府工作报告":
        # (the report opens here: what a page put before it, "一图读懂｜2025年…成绩单",
        # ends, and its date line and speaker are front matter again)
        state.in_report, state.part = True, "政府工作报告"
        state.frame, state.section, state.part_year = FRAME_NONE, "", None
        return [_passage(line, start, len(line), state, meta, kind="meta", lead="")]
    if _CHROME.match(flat):
        return []  # a web page's frame, not the report
    if _TAIL.match(line):
        state.part, state.section, state.frame = "印发信息", "", FRAME_NONE
    if _APPENDIX.match(flat):
        # "附件：名词解释": definitions after the report, of no year's review or plan
        state.part, state.section, state.frame, state.part_year = line, "", FRAME_NONE, None
        state.in_span = state.under_bullet = False
        state.appendix = True
        return [_passage(line, start, len(line), state, meta, kind="heading", lead="")]
    part = part_heading(flat, meta.year)
    if part is not None:
        state.part, state.section, state.seen_section = line, "", False
        state.frame, state.part_year = part
        state.appendix = False
        state.plan_year = _joined_plan_year(flat) if state.frame == FRAME_RESULTS else None
        return [_passage(line, start, len(line), state, meta, kind="heading", lead="")]
    if state.plan_year and (flat.startswith(f"{state.plan_year}年") or "主要预期目标" in flat[:40]):
        # "一、2023年工作回顾和2024年总体安排": the plan begins with its year's paragraph
        state.frame, state.part_year, state.plan_year = FRAME_TARGETS, state.plan_year, None
        state.in_span = state.under_bullet = False
    section = _SECTION_HEADING.match(line)
    if (
        section
        and state.frame != FRAME_NONE
        and "。" not in line
        and len(line) <= 40
        and not re.search(r"\d", section.group(3))  # "1.地区生产总值增长7%左右；" is an item
    ):
        number = section.group(1) or section.group(2)
        state.section = f"{_ordinal(number)}、{section.group(3).strip()}"
        state.seen_section = True
        return [_passage(line, start, len(line), state, meta, kind="heading", lead="")]
    if _CLOSING.match(line) and state.seen_section:
        state.section = "结束语"
    return _paragraph(line, start, state, meta)


def _joined_plan_year(flat: str) -> int | None:
    """The plan's year of a part heading that joins a review and a plan ("一、2023年工作回顾
    和2024年总体安排" → 2024), else None."""
    review, plan = _REVIEW.search(flat), _PLAN.search(flat)
    if not (review and plan and review.end() <= plan.start()):
        return None
    year = _HEADING_YEAR.search(flat, review.end(), plan.end())
    return int(year.group(1)) if year else None


def part_heading(flat: str, report_year: int | None = None) -> tuple[str, int | None] | None:
    """The frame and year of a part heading (a line without spaces), or None.

    A numbered heading naming only a year's work ("一、关于2023年工作", "三、扎实做好2024年各项
    工作") is the review when the year is before the report's, the plan when it is the
    report's own."""
    if len(flat) > _PART_MAX or re.search(r"[。；;，,：:]", flat) or flat[:1] in "（(":
        return None  # "（一）扎实推进重点工作" is a section of a part
    numbered = _PART_NUMBER.match(flat)
    body = _PART_NUMBER.sub("", flat)
    review, plan = _REVIEW.search(body), _PLAN.search(body)
    year_work = _YEAR_WORK.fullmatch(body)
    if numbered and report_year and year_work and not (review or plan):
        year = int(year_work.group(1))
        if year == report_year - 1:
            return FRAME_RESULTS, year
        if year == report_year:
            return FRAME_TARGETS, year
        return None
    if plan and not review and plan.group(0) in _GENERIC_PLAN and not numbered:
        if not (_HEADING_YEAR.search(body) or "今年" in body):
            return None  # "坚持把重点工作抓紧抓实": no part without a number, a year or 今年
    first = min((m for m in (review, plan) if m), key=lambda m: m.start(), default=None)
    if first is None or first.start() > 18:
        return None
    last = max((m.end() for p in (_REVIEW, _PLAN) for m in p.finditer(body)), default=0)
    tail = body[last:]
    if len(tail) > 4 and not (len(tail) <= 10 and (tail.endswith("工作") or tail[0] in "和及暨")):
        # ("二、2024年目标任务和十件民生实事": a plan joined with what it holds)
        return None  # "坚持目标任务不动摇推进改革" is a section on something else
    frame = FRAME_RESULTS if review else FRAME_TARGETS  # "2019年政府主要工作回顾" is a review
    named = _HEADING_YEAR.search(body)
    return frame, int(named.group(1)) if named else None


# An item of a list run on in one paragraph ("一是发放政府消费券5000万元。二是办好…"): its
# siblings' own, not their topic ("一是坚决把牢政治方向。" over its own paragraph is one)
_ENUMERATED = re.compile(r"[一二三四五六七八九十]是")


def _topic_lead(sentence: str, line: str) -> bool:
    """A paragraph's short first sentence is the topic of the rest ("——科技创新动能更加强劲。"),
    unless it is one item of a list the paragraph runs on, or a fact with its figure
    ("发放政府消费券4500万元。")."""
    after = line.find(sentence) + len(sentence)
    listed = _ENUMERATED.match(sentence) and _ENUMERATED.search(line, after)
    return not listed and not has_figure(sentence)


def _paragraph(line: str, start: int, state: _State, meta: DocumentMeta) -> list[Passage]:
    """Split a paragraph into sentence passages sharing its lead phrase and frame."""
    state.paragraph += 1
    lead_match = _LEAD.match(line)
    lead = lead_match.group(1) if lead_match and _topic_lead(lead_match.group(1), line) else ""
    if state.frame == FRAME_NONE and not state.appendix:
        # front matter comes in blocks ("区人民政府区长 吴 炜" over "2020年1月3日"): a line
        # takes the block's first line as its lead, so a date knows whose it is
        lead, state.block_first = state.block_first, state.block_first or line
    else:
        state.block_first = ""
    frame = state.frame
    span = _span_opening(line)
    bullet = line.lstrip().startswith("——")
    if frame == FRAME_RESULTS and span:
        # A look back over several years sits inside the review; give it its own section and
        # leave the rest of the part without the numbered section it interrupted.
        state.span = _span_years(span, state.part_year or meta.review_year)
        frame, state.section = FRAME_SPAN, span_section(state.span)
        state.in_span = True
    elif (
        frame == FRAME_RESULTS
        and state.in_span
        and (bullet or state.under_bullet or _table_line(line))
    ):
        # the look-back's bullets, the paragraph under one, and its table ("表1 过去五年全
        # 区主要指标完成情况": its heading row, its rows, its note)
        frame = FRAME_SPAN
    elif state.section.endswith("年回顾"):
        state.section = ""
        state.in_span = False
    else:
        state.in_span = False
    state.under_bullet = bullet and len(line.strip()) <= 16
    kind = "meta" if frame == FRAME_NONE and not state.appendix else "sentence"
    out = []
    has_lead = bool(lead)
    for s, e in capped_sentences(line):
        sentence = line[s:e]
        short = s > 0 and not has_lead and len(sentence) <= 12
        if short and _LEAD.fullmatch(sentence) and _topic_lead(sentence, line):
            # a short sub-heading inside a paragraph that has none of its own
            # ("五年来……。经济实力显著增强。2015年，……")
            lead = sentence
        own = _own_year_frame(sentence, frame, meta)
        out.append(
            _passage(
                sentence,
                start + s,
                e - s,
                state,
                meta,
                kind=kind,
                lead=lead,
                frame=own[0] if own else frame,
                years=own[1] if own else None,
            )
        )
    return out


# A sentence opening with the year its goals are for ("到2030年，", "展望“十五五”，到2030年，")
# (after a lead without figures: "今后五年政府工作的主要目标是：到2026年，")
_GOAL_YEAR = re.compile(
    r"[^。；;\d]{0,60}?(?:(?<![\u4e00-\u9fff])|(?<=力争)|(?<=争取))到((?:19|20)\d\d)年(?:末|底)?[，,]"
)


def _table_line(line: str) -> bool:
    """A line of a table as the readers write it: its heading row ("指标 单位 2017年 2022年
    年均增长（%）"), a row of clauses each with its figure ("地区生产总值2017年812.4亿元；地区
    生产总值2022年1038.6亿元；…。"), or the note under it ("注：表1中…")."""
    if _TABLE_NOTE.match(line):
        return True
    if "，" in line or ("," in line and not re.search(r"\d,\d", line)):
        return False
    if "。" not in line:
        return len(line) <= _TABLE_HEADING_MAX and len(line.split()) >= 3
    clauses = [c for c in re.split(r"[；;。]", line) if c.strip()]
    return bool(clauses) and all(re.search(r"\d|—", c) for c in clauses)


_TABLE_NOTE = re.compile(r"^(?:注|说明)[:：]\s*表")
_TABLE_HEADING_MAX = 80  # the characters of a table's heading row at most


def _own_year_frame(sentence: str, frame: str, meta: DocumentMeta) -> tuple[str, str] | None:
    """The frame and year of a sentence that opens with a year of the other frame: the
    review's year in a plan part ("2023年，“崂山快办”上线事项达到648项" under "四、加强政府
    自身建设", after the plans) is that year's result; the report's own year in a review part
    ("2024年，我们将…") its plan. None: the part's frame holds."""
    goal = _GOAL_YEAR.match(sentence)
    if goal and frame == FRAME_TARGETS and int(goal.group(1)) > meta.year:
        # "展望“十五五”，到2030年，…": the goals for that year, not this year's targets
        return FRAME_TARGETS, goal.group(1)
    m = LEADING_YEAR.match(sentence)
    if m is None or meta.review_year == meta.year:
        return None
    year = int(m.group(1))
    if frame == FRAME_TARGETS and year == meta.review_year:
        return FRAME_RESULTS, str(year)
    if frame == FRAME_RESULTS and year == meta.year:
        return FRAME_TARGETS, str(year)
    return None


def _span_opening(line: str) -> re.Match[str] | None:
    """The time words of a look-back over several years opening one of the paragraph's
    sentences ("五年来，…", "“十四五”以来的三年，…"), not a mention inside one ("创近五年
    新高")."""
    for start in (0, *(m.end() for m in re.finditer(r"[。！；]", line))):
        m = _SPAN_MARK.search(line, start, start + SPAN_OPENING)
        if m:
            return m
    return None


def capped_sentences(text: str, limit: int = MAX_PASSAGE_CHARS) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, an over-long sentence cut into pieces of at most `limit`."""
    out: list[tuple[int, int]] = []
    for s, e in split_sentences(text):
        if e - s <= limit:
            out.append((s, e))
            continue
        start = end = s
        for cs, ce in split_clauses(text[s:e]):
            if s + ce - start > limit and end > start:
                out.append((start, end))
                start = s + cs
            end = s + ce
            while end - start > limit:  # one clause longer than the limit
                cut = _cut_point(text, start, start + limit)
                out.append((start, cut))
                start = cut
        if end > start:
            out.append((start, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _cut_point(text: str, start: int, end: int) -> int:
    """Where to cut text[start:end] near its end without splitting a number."""
    cut = end
    while cut > start + 1 and text[cut - 1] in _NUMBER_CHARS and text[cut] in _NUMBER_CHARS:
        cut -= 1
    return cut if cut > start + 1 else end


def _passage(
    text: str,
    start: int,
    length: int,
    state: _State,
    meta: DocumentMeta,
    *,
    kind: str,
    lead: str,
    frame: str | None = None,
    years: str | None = None,
) -> Passage:
    """Build a passage with a content-hash id that stays stable while its text does."""
    frame = state.frame if frame is None else frame
    section = tuple(s for s in (state.part, state.section) if s)
    pid = _stable_id(meta.id, section, text, state.ids)
    return Passage(
        id=pid,
        doc_id=meta.id,
        text=text,
        start=start,
        end=start + length,
        section=section,
        lead=lead,
        paragraph=state.paragraph,
        frame=frame,
        years=years if years is not None else _years(frame, meta, state.part_year, state.span),
        kind=kind,
        bullet=text.startswith("——"),
    )


def _stable_id(doc_id: str, section: tuple[str, ...], text: str, seen: set[str]) -> str:
    """Hash of document, section and text; a repeated sentence gets a counter suffix."""
    digest = hashlib.sha1("\x1f".join((doc_id, *section, text)).encode("utf-8")).hexdigest()
    pid = f"{doc_id}:{digest[:10]}"
    n = 1
    while pid in seen:
        n += 1
        pid = f"{doc_id}:{digest[:10]}-{n}"
    seen.add(pid)
    return pid


def _span_years(span: re.Match[str], end: int) -> int:
    """How many years a look-back ending with `end` covers: its own count ("以来的三年"),
    a five-year plan's years up to `end` ("“十四五”以来" in a 2024 review: 2021-2024), or 5."""
    if span.group("plan"):
        start = 1966 + 5 * (10 + "一二三四五六".index(span.group("plan")) + 1 - 3)
        return min(5, max(1, end - start + 1))
    return int(parse_chinese_numeral(span.group(1) or span.group(2) or "") or 5)


def _years(frame: str, meta: DocumentMeta, part_year: int | None, span: int = 5) -> str:
    """The year(s) a frame speaks of: the part heading's year, else the metadata's."""
    if frame == FRAME_RESULTS:
        return str(part_year or meta.review_year)
    if frame == FRAME_TARGETS:
        return str(part_year or meta.year)
    if frame == FRAME_SPAN:
        end = part_year or meta.review_year
        return f"{end - span + 1}-{end}"
    return ""


def _ordinal(token: str) -> str:
    """Section number as a Chinese numeral; the source writes "2、" where "二、" is meant."""
    if not token.isdigit():
        return token
    n = int(token)
    if n <= 10:
        return _CN_DIGITS[n]
    return ("十" if n < 20 else _CN_DIGITS[n // 10] + "十") + (_CN_DIGITS[n % 10] if n % 10 else "")

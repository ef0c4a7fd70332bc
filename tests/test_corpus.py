"""Corpus parsing: metadata, sections, leads, time frames, offsets and stable ids."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from wenzheng.corpus.loader import load_corpus, load_document
from wenzheng.corpus.model import FRAME_NONE, FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS
from wenzheng.corpus.text import normalize, split_clauses, split_sentences

from wenzheng.errors import CorpusError

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"
REPORT = CORPUS / "gulou-2020-government-work-report.txt"


@pytest.fixture(scope="module")
def doc():
    return load_document(REPORT)


def by_text(doc, fragment):
    return next(p for p in doc.passages if fragment in p.text)


def test_metadata_comes_from_the_sidecar(doc):
    """The report's title, issuer, speaker, year and date are read from its JSON sidecar."""
    assert doc.meta.id == "gulou-2020"
    assert doc.meta.speaker == "吴炜"
    assert (doc.meta.year, doc.meta.review_year, doc.meta.date) == (2020, 2019, "2020-01-03")
    assert "鼓楼区" in doc.meta.title


def test_every_passage_is_verbatim_at_its_offsets(doc):
    """Each passage's text is exactly the document text between its offsets."""
    assert len(doc.passages) > 200
    for p in doc.passages:
        assert doc.text[p.start : p.end] == p.text


def test_ids_are_unique_and_stable_across_runs(doc):
    """Parsing twice gives the same ids, and no two passages share one."""
    again = load_document(REPORT)
    assert [p.id for p in doc.passages] == [p.id for p in again.passages]
    assert len({p.id for p in doc.passages}) == len(doc.passages)


def test_ids_of_unchanged_passages_survive_an_edit_elsewhere(doc, tmp_path):
    """Editing one sentence changes only that passage's id (content-hash ids)."""
    shutil.copy(REPORT.with_suffix(".json"), tmp_path / "r.json")
    (tmp_path / "r.txt").write_text(doc.text.replace("1620亿元", "1621亿元"), encoding="utf-8")
    edited = load_document(tmp_path / "r.txt")
    before, after = {p.id for p in doc.passages}, {p.id for p in edited.passages}
    assert len(before - after) == 1 and len(after - before) == 1


def test_parts_give_time_frames(doc):
    """Review sentences speak of 2019, task sentences of 2020, the look-back of 2015-2019."""
    gdp = by_text(doc, "预计全年实现地区生产总值1620亿元")
    target = by_text(doc, "地区生产总值增长7.5%以上")
    span = by_text(doc, "2015年，地区生产总值突破千亿大关")
    notice = by_text(doc, "现予印发")
    assert (gdp.frame, gdp.years) == (FRAME_RESULTS, "2019")
    assert (target.frame, target.years) == (FRAME_TARGETS, "2020")
    assert (span.frame, span.years) == (FRAME_SPAN, "2015-2019")
    assert notice.frame == FRAME_NONE and notice.kind == "meta"


def test_arabic_section_number_reads_as_chinese(doc):
    """The source's "2、" heading is read as the second section "二、"."""
    p = by_text(doc, "新增新型研发机构10家")
    assert p.section == ("2019年政府主要工作回顾", "二、加速创新驱动，激发创新发展动力活力")
    t = by_text(doc, "PCT专利申请量120件")
    assert t.section[1].startswith("二、持之以恒强创新")


def test_lead_phrase_and_bullets_are_kept(doc):
    """A paragraph's lead phrase and "——" bullets travel with each of its sentences."""
    p = by_text(doc, "软件业务收入增长14%")
    assert p.lead == "产业结构更趋完善。"
    bullet = by_text(doc, "预计全年实现地区生产总值1620亿元")
    assert bullet.lead == "经济发展稳健前行。"
    assert by_text(doc, "——经济发展稳健前行。").bullet
    sub = by_text(doc, "城镇居民人均可支配收入超7万元")
    assert sub.lead == "人民生活更加富裕。"


def test_closing_commitments_have_their_own_section(doc):
    """The closing "一是…四是…" commitments sit under the 2020 part's closing section."""
    p = by_text(doc, "二是始终坚持依法行政。")
    assert p.section == ("2020年政府主要工作任务", "结束语")
    assert p.frame == FRAME_TARGETS


def test_front_matter_and_tail_are_meta(doc):
    """Notice, speaker line and the distribution list are meta passages without a time frame."""
    speaker = by_text(doc, "区人民政府区长")
    assert speaker.kind == "meta" and speaker.section == ("政府工作报告",)
    tail = by_text(doc, "抄送")
    assert tail.section == ("印发信息",)


def test_sentence_splitting_never_breaks_numbers():
    """Decimals and percentages stay inside one sentence."""
    text = "实际使用外资2.65亿美元。增长7.5%以上。PM2.5年均浓度42.3微克/立方米。"
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == [
        "实际使用外资2.65亿美元。",
        "增长7.5%以上。",
        "PM2.5年均浓度42.3微克/立方米。",
    ]


def test_no_passage_of_the_report_cuts_a_number(doc):
    """No passage starts or ends in the middle of a number."""
    for p in doc.passages:
        assert not (p.start > 0 and doc.text[p.start - 1].isdigit() and p.text[0].isdigit())
        assert not p.text.endswith(".")


def test_clauses_split_at_commas_and_semicolons():
    """Clauses split after ，；： and keep their delimiter."""
    text = "一般公共预算收入164.5亿元；固定资产投资302亿元、增长8%"
    assert [text[s:e] for s, e in split_clauses(text)] == [
        "一般公共预算收入164.5亿元；",
        "固定资产投资302亿元、增长8%",
    ]


def test_normalize_handles_traditional_fullwidth_and_layout_spaces():
    """Search keys are simplified, half-width, lower-case, without spaces between CJK."""
    assert normalize("鼓樓區　ＧＤＰ１２％ 吳 煒") == "鼓楼区 gdp12% 吴炜"


def test_radicals_a_pdf_text_layer_holds_read_as_the_ideographs(tmp_path):
    """Kangxi radicals ("⽣" U+2F63), simplified radicals ("⻓" U+2ED3) and compatibility
    ideographs, as some PDF exporters write them, read as the ideographs: in a report file
    and in a pasted claim or question alike."""
    from wenzheng.corpus.formats import read_text

    path = tmp_path / "report.txt"
    path.write_text(
        "全区地区⽣产总值增⻓5.2%，⼯业投资达到⼀百亿元，新建⻔诊楼。\n", encoding="utf-8"
    )
    assert read_text(path).strip() == "全区地区生产总值增长5.2%，工业投资达到一百亿元，新建门诊楼。"
    assert normalize("⽣产总值增⻓５．２％") == "生产总值增长5.2%"
    assert normalize("樂") == normalize("樂")  # U+F914, a compatibility twin


def test_skipping_texts_the_converter_would_not_change_gives_its_output():
    """The shortcut for texts without a traditional character converts as OpenCC does.

    Random strings drawn from the converter's own table entries (single characters and
    phrases such as 沈船 → 沉船, whose characters are not traditional on their own) mixed with
    simplified report text: every one converts exactly as the library converts it.
    """
    import random

    from wenzheng.corpus.text import _t2s, _t2s_triggers, to_simplified

    converter = _t2s()
    tables = [table for group in converter._dict_chain_data for *_, table in group]
    entries = sorted(key for table in tables for key in table)
    plain = list("鼓楼区地区生产总值增长有序船沉默是金全年新增企业家，。 ；、\n")
    rng = random.Random(7)
    texts = ["沈船", "沈默", "有序推进", "鼓楼区GDP增长"]
    for _ in range(2000):
        parts = rng.choices(plain, k=rng.randint(0, 6))
        parts += rng.choices(entries, k=rng.randint(0, 2))
        rng.shuffle(parts)
        texts.append("".join(parts))
    assert _t2s_triggers() is not None
    assert [to_simplified(t) for t in texts] == [converter.convert(t) for t in texts]
    assert to_simplified("鼓楼区新增企业") == "鼓楼区新增企业"


def test_metadata_that_cannot_be_inferred_is_a_clear_error(tmp_path):
    """A report without a sidecar whose text names no year is refused naming file and field."""
    (tmp_path / "x.txt").write_text("正文", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"x\.txt: cannot infer .*year.*x\.json"):
        load_corpus(tmp_path)


def test_a_new_document_is_picked_up_from_the_folder(tmp_path):
    """Adding a report with its metadata to the folder adds it to the corpus."""
    shutil.copy(REPORT, tmp_path / "a.txt")
    shutil.copy(REPORT.with_suffix(".json"), tmp_path / "a.json")
    meta = json.loads(REPORT.with_suffix(".json").read_text(encoding="utf-8"))
    meta.update(id="other-2021", year=2021, title="另一份报告")
    (tmp_path / "b.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.txt").write_text("2020年政府主要工作回顾\n全年完成目标。\n", encoding="utf-8")
    docs = load_corpus(tmp_path)
    assert [d.meta.id for d in docs] == ["gulou-2020", "other-2021"]
    assert docs[1].passages[1].years == "2020"

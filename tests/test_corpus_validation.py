"""Bad report files are refused with one line naming the file and value; passages are capped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from wenzheng.corpus.loader import MAX_PASSAGE_CHARS, load_corpus, load_document, read_corpus

from wenzheng.errors import CorpusError

BODY = "政府工作报告\n2019年政府主要工作回顾\n全区实现地区生产总值1620亿元、增长8%。\n"
META = {"id": "d", "title": "报告", "issuer": "区政府", "year": 2020, "date": "2020-01-03"}


def write_doc(folder: Path, name: str = "doc", body: str = BODY, **meta: object) -> Path:
    """A report and its sidecar in `folder`; returns the report's path."""
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps({**META, **meta}), encoding="utf-8")
    path = folder / f"{name}.txt"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("year", ["2020年", None, True, 20.5, "", 1066])
def test_a_bad_year_names_the_sidecar_and_the_value(tmp_path, year):
    """ "year": "2020年", null, true or 1066 is one line naming the sidecar and the value."""
    path = write_doc(tmp_path, year=year)
    with pytest.raises(CorpusError) as caught:
        load_document(path)
    message = str(caught.value)
    assert "doc.json" in message and "year" in message and "\n" not in message
    assert repr(year) in message or str(year) in message


def test_quoted_digits_are_a_year(tmp_path):
    """ "year": "2020" is accepted as 2020."""
    assert load_document(write_doc(tmp_path, year="2020")).meta.year == 2020


def test_an_empty_report_is_refused_by_name(tmp_path):
    """A report with no text is an error naming it, not a silently empty document."""
    path = write_doc(tmp_path, body="\n  \n")
    with pytest.raises(CorpusError, match=r"doc\.txt is empty"):
        load_document(path)


def test_a_gbk_report_is_read_and_undecodable_bytes_are_refused_with_advice(tmp_path):
    """A report saved in GBK reads as GB18030; bytes neither decodes name the file in one line."""
    path = write_doc(tmp_path)
    path.write_bytes(BODY.encode("gbk"))
    assert load_document(path).passages[0].text == "政府工作报告"
    path.write_bytes(b"\xff\xfe\xfd" * 3)
    with pytest.raises(CorpusError, match=r"doc\.txt: is neither UTF-8 nor GB18030.*as UTF-8"):
        load_document(path)


def test_a_bom_does_not_hide_the_first_line(tmp_path):
    """A UTF-8 BOM is dropped, so "政府工作报告" on the first line is still recognised."""
    path = write_doc(tmp_path)
    path.write_bytes(b"\xef\xbb\xbf" + BODY.encode("utf-8"))
    doc = load_document(path)
    assert doc.passages[0].text == "政府工作报告"


def test_read_corpus_reports_every_bad_file_and_keeps_the_good_ones(tmp_path):
    """Two bad files and a good one: the good one loads, both bad ones are named."""
    write_doc(tmp_path, "good")
    write_doc(tmp_path, "a", year=None, id="a")
    write_doc(tmp_path, "b", body="", id="b")
    docs, problems = read_corpus(tmp_path)
    assert [d.meta.id for d in docs] == ["d"] and sorted(problems) == ["a.txt", "b.txt"]
    with pytest.raises(CorpusError, match="2 unusable files"):
        load_corpus(tmp_path)


def test_a_report_without_sentence_marks_is_cut_into_bounded_passages(tmp_path):
    """1.75 M characters with no 。 become passages of at most MAX_PASSAGE_CHARS, offsets exact."""
    endless = "全区实现地区生产总值1620亿元" * 110_000
    path = write_doc(tmp_path, body=f"政府工作报告\n2019年政府主要工作回顾\n{endless}\n")
    doc = load_document(path)
    assert max(len(p.text) for p in doc.passages) <= MAX_PASSAGE_CHARS
    assert all(doc.text[p.start : p.end] == p.text for p in doc.passages)
    body = doc.passages[2:]
    assert len(body) > 2_000 and body[-1].end == len(doc.text) - 1
    for left, right in zip(body, body[1:], strict=False):  # never cut inside a number
        assert not (doc.text[left.end - 1].isdigit() and doc.text[right.start].isdigit())

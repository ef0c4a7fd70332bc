"""English words read through an English-Chinese dictionary, kept to the words the reports
write; a yes/no question naming a target before its figure asks about the result."""

from __future__ import annotations

from pathlib import Path

import pytest
from wenzheng.bot.core.query import EnglishWords, read_glossed
from wenzheng.bot.core.yesno import as_claim
from wenzheng.index.dictionary import Dictionary, _singular, entries

REPORT = "成功举办第四届黄河之滨音乐节，吸引观众15.2万人次；新建幼儿园3所，新增学位1200个。"


def _written(text: str) -> bool:
    return text in REPORT


def test_the_dictionary_glosses_a_phrase_as_the_word_the_reports_write(tmp_path: Path) -> None:
    d = Dictionary(_written, lambda: "one report", tmp_path)
    assert d.words("music festival") == ["音乐节"]
    assert d.words("Kindergartens") == ["幼儿园"]  # plural and capitals
    # a gloss whose words the reports never write gives nothing ("listed company": 上市公司)
    assert d.words("listed company") == []


def test_the_glossed_table_is_kept_per_corpus(tmp_path: Path) -> None:
    Dictionary(_written, lambda: "one report", tmp_path).words("music festival")
    (kept,) = tmp_path.glob("glossed-*.json")
    # a second service on the same corpus reads the file, not the dictionary
    again = Dictionary(
        lambda _t: pytest.fail("the dictionary was read again"), lambda: "one report", tmp_path
    )
    assert again.words("music festival") == ["音乐节"]
    other = Dictionary(lambda t: t == "音乐节", lambda: "another corpus", tmp_path)
    assert other.words("kindergarten") == []
    assert len(list(tmp_path.glob("glossed-*.json"))) == 2 and kept.exists()


def test_dictionary_entries_are_normalised_glosses() -> None:
    glossed = dict(entries())
    assert "music festival" in glossed["音乐节"]
    # measure words, pointers to variants and parentheses are no glosses
    assert all(not g.startswith("cl:") and "(" not in g for gs in glossed.values() for g in gs)


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("parks", "park"), ("facilities", "facility"), ("businesses", "business"),
     ("pocket parks", "pocket park"), ("glass", "glass")],
)  # fmt: skip
def test_a_phrase_is_looked_up_with_its_last_word_singular(plural: str, singular: str) -> None:
    assert _singular(plural) == singular


def test_a_phrase_of_several_words_is_read_as_the_report_word_it_glosses() -> None:
    words = EnglishWords(
        name=lambda _w: None,
        term=lambda _p: None,
        written=_written,
        glossed=lambda p: ["音乐节"] if p == "music festival" else [],
    )
    read = read_glossed("多少 people attended the 4th bank music festival held by 城关", words)
    assert "音乐节" in read and "music" not in read and "bank" in read


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # the result reaching the figure is asked, not whether the target was that figure
        ("截至2022年底，小店区国家高新技术企业达到“十四五”目标700家了吗？",
         "截至2022年底，小店区国家高新技术企业不低于700家"),
        ("城关区2023年PM2.5年均浓度已经降到“十四五”目标32微克/立方米以下了吗？",
         "城关区2023年PM2.5年均浓度已经降到32微克/立方米以下"),
        ("上市企业突破规划确定的目标20家了吗", "上市企业突破20家"),
        # a target named after its figure stays one met or missed
        ("GDP达到目标的8%了吗", "GDP达到8%的目标"),
    ],
)  # fmt: skip
def test_a_target_named_before_its_figure_asks_about_the_result(question: str, claim: str) -> None:
    assert as_claim(question) == claim


QINGLAN = """青岚区2024年政府工作报告
——2024年1月12日在青岚区第十七届人民代表大会第三次会议上
区长 许知远

一、2023年工作回顾
加大对新型研发机构的扶持力度，新增新型研发机构10家，其中备案4家。
成功举办第四届滨河音乐节，吸引观众15.2万人次。
国家高新技术企业达到612家。
二、2024年工作安排
国家高新技术企业达到700家。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"qinglan-2024.txt": QINGLAN})


@pytest.mark.parametrize(
    ("asked", "opens"), [("其中备案的是不是有4家？", "是"), ("其中备案的是不是有5家？", "否")]
)
def test_a_follow_up_on_one_figure_is_settled_by_the_clause_stating_it(
    service, asked: str, opens: str
) -> None:
    answer = service.answer(asked, ["青岚区去年新增了多少新型研发机构"])
    assert not answer.refused and answer.text.startswith(opens)
    assert "其中备案4家" in answer.text


def test_the_result_is_compared_with_a_target_named_before_its_figure(service) -> None:
    answer = service.answer("青岚区国家高新技术企业达到“十四五”目标700家了吗？")
    # 612 is the result: not yet 700 (the 700 of the plan says nothing of it)
    assert answer.text.startswith("否") and "612家" in answer.text

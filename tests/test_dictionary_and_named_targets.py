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


QINGLAN_2022 = """青岚区2022年政府工作报告
——2022年1月6日在青岚区第十届人民代表大会第一次会议上
区长 许知远

一、过去五年和2021年工作回顾
地区生产总值2016年612.4亿元；地区生产总值2021年856.3亿元；地区生产总值年均增长6.4%。
PM2.5年均浓度2016年99微克/立方米；PM2.5年均浓度2021年52微克/立方米。
新认定国家高新技术企业74家，总数达到328家。民生支出占一般公共预算支出的比重达到80.2%。
全年引进品牌首店26家，其中河北首店14家。
二、2022年工作安排
实施老旧小区改造提升两年行动（2022—2023年），两年累计新增公共停车泊位6000个。
"""

QINGLAN_2024 = """青岚区2024年政府工作报告
——2024年1月9日在青岚区第十届人民代表大会第三次会议上
区长 孟书涵

一、2023年工作回顾
对照区十届人大二次会议确定的目标，地区生产总值增长5.6%，低于预期目标0.4个百分点。
新认定国家高新技术企业96家，总数达到486家。民生支出占一般公共预算支出的比重达到82.6%。
PM2.5年均浓度降至46微克/立方米。
老旧小区改造提升两年行动圆满收官，两年累计新增公共停车泊位6,480个，超额完成目标。
体育大街入选省级示范步行街。
汇通数智园全年新入驻企业56家，累计达到198家。
石门里历史文化街区二期于2023年9月开街，街区全年接待游客860万人次。
全年实现地区生产总值968.5亿元，增长5.3%；一般公共预算收入45.8亿元，增长6.2%；全区接待游客2150万人次，增长58.3%；城镇新增就业1.31万人。
二、2024年工作安排
推进体育大街创建全国示范步行街。
深化集团化办学，新增公办幼儿园学位600个。
城镇新增就业1.2万人，其中高校毕业生5,000人以上；新增学位4,000个，区实验中学东苑校区秋季学期投入使用。
"""


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"qinglan-2022.txt": QINGLAN_2022, "qinglan-2024.txt": QINGLAN_2024}
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # each year's own level decides a difference claimed between them
        ("青岚区2023年新认定国家高新技术企业比2021年多22家。", "supported"),
        ("青岚区2023年新认定国家高新技术企业比2021年多30家。", "refuted"),
        ("青岚区2023年新认定国家高新技术企业比2021年少22家。", "refuted"),
        ("青岚区2023年民生支出占一般公共预算支出的比重比2021年提高了2.4个百分点。", "supported"),
        # a table row's year column is its figure's year (PM2.5's digits are no obstacle)
        ("青岚区2023年PM2.5年均浓度比2021年下降了6微克/立方米。", "supported"),
        ("青岚区2021年PM2.5年均浓度为99微克/立方米。", "refuted"),
        # the growth's gap against its target said with 增速
        ("青岚区2023年地区生产总值增速低于预期目标0.4个百分点。", "supported"),
        # a title striven for and won is one given; one only planned is not won
        ("青岚区体育大街创建省级示范步行街成功。", "supported"),
    ],
)  # fmt: skip
def test_claims_of_differences_gaps_and_titles(two_years, claim: str, verdict: str) -> None:
    result = two_years.check(claim)
    assert result.verdict == verdict, result.explanation
    assert result.evidence


def test_a_part_asked_is_not_the_whole_that_shares_a_character(two_years) -> None:
    # "全国首店" is not named by "全年引进品牌首店26家" (全 of 全年); the report counts only
    # the 河北 ones of the year's first stores
    answer = two_years.answer("青岚区2021年引进的品牌首店中全国首店有几家？")
    assert answer.refused
    assert two_years.answer("青岚区2021年引进的品牌首店中河北首店有几家？").text.count("14家")


def test_reaching_a_figure_asked_with_wancheng_is_at_least_it(two_years) -> None:
    answer = two_years.answer("青岚区两年行动新增公共停车泊位完成6000个了吗？")
    assert answer.text.startswith("是") and "6,480个" in answer.text


def test_a_long_name_slipped_on_a_wording_character_is_read_as_the_name(two_years) -> None:
    # 会 is also the 会 of 会不会; in a stretch of five that sounds like a name the reports
    # write, with that one character different, it is a slip of pinyin input
    answer = two_years.answer("会通数智园现在入驻多少家了")
    assert not answer.refused and "198家" in answer.text


@pytest.mark.parametrize(
    ("asked", "said", "not_said"),
    [
        # the district's visitors, not a site's its sentence names
        ("青岚区2023年接待游客多少人次？", "2150万人次", None),
        ("石门里街区2023年接待游客多少人次？", "860万人次", None),
        # the school places asked, not a part of them (the kindergartens')
        ("青岚区2024年计划新增学位多少个？", "新增学位4,000个", None),
        ("青岚区2024年计划新增公办幼儿园学位多少个？", "600个", "4,000个"),
    ],
)  # fmt: skip
def test_the_whole_asked_is_not_answered_by_a_part(
    two_years, asked: str, said: str, not_said: str | None
) -> None:
    # (which passage leads depends on the embedder's scores: the fake one of the tests
    # ranks the part far ahead; the figure asked must be in the answer all the same)
    answer = two_years.answer(asked)
    assert not answer.refused and said in answer.text, answer.text
    assert not_said is None or not_said not in answer.text

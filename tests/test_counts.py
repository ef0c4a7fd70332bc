"""Counts in one sentence, each bound to its own noun phrase, for the checker and the answerer.

Two short reports written for these tests (a district's 2023 report and the 2024 one that
reviews 2023): a total and the year's new ones in one sentence, categories named by an
amount, and a year whose review gives an indicator only as a growth rate while its plan set
a project's amount.
"""

from __future__ import annotations

import pytest

from tests.conftest import service_over

REPORT_2023 = """南京市青山区2023年政府工作报告
——2023年1月10日在青山区第三届人民代表大会第二次会议上
区长 王某
一、2022年工作回顾
高新技术企业总数达到900家，当年新增120家；全社会研发投入占地区生产总值比重达到3.1%；每万人发明专利拥有量达到95件，技术合同成交额86亿元。
全年签约亿元以上项目40个，其中10亿元以上项目9个、50亿元以上项目2个。
新增独角兽企业1家、培育独角兽企业4家，瞪羚企业总数达到40家。
规上工业企业达到203家，其中当年新增27家。
二、2023年主要任务
推进滨江科创园建设，全年完成固定资产投资80亿元。
城镇新增就业1.5万人，新增绿地20公顷，新增养老床位300张，新增学位2000个。
"""

REPORT_2024 = """青山区2024年政府工作报告
——2024年1月9日在青山区第三届人民代表大会第三次会议上
区长 王某
一、过去一年的工作
全年新增持牌金融机构6家，总数达到150家，新增上市企业2家。
固定资产投资增长3%，社会消费品零售总额320亿元、增长6.5%。
二、2024年主要任务
地区生产总值增长5%左右。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):
    return service_over(
        tmp_path_factory, {"qingshan-2023.txt": REPORT_2023, "qingshan-2024.txt": REPORT_2024}
    )


def test_a_clause_naming_only_the_part_of_a_count_counts_the_noun_before(service):
    """ "总数达到900家，当年新增120家": 120家 are new high-tech firms, 150家 all institutions."""
    text = "高新技术企业总数达到900家，当年新增120家。全年新增持牌金融机构6家，总数达到150家。"
    bound = {f.quantity.raw: f.indicator for f in service.fact_checker.figures_of(text)}
    assert bound["900家"] == "高新技术企业总数"
    assert bound["120家"] == "新增高新技术企业"
    assert bound["150家"] == "持牌金融机构总数"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2022年青山区新增高新技术企业900家。", "refuted"),  # the total, said as the new ones
        ("2022年青山区新增高新技术企业120家。", "supported"),
        ("2022年青山区高新技术企业总数达到900家，当年新增120家。", "supported"),
        ("2023年青山区持牌金融机构总数达到150家。", "supported"),
        ("2023年青山区新增持牌金融机构150家。", "refuted"),
    ],
)
def test_the_new_ones_and_all_of_them_are_two_indicators(service, claim, expected):
    assert service.check(claim).verdict == expected


def test_an_amount_naming_a_category_is_not_a_changed_figure(service):
    """The claim's "50亿元以上项目" is the sentence's second category, not its first (10亿)."""
    assert service.check("2022年青山区签约的亿元以上项目中，50亿元以上项目有2个。").verdict == (
        "supported"
    )
    assert service.check("2022年青山区50亿元以上项目有3个。").verdict == "refuted"


def test_a_result_is_not_refuted_by_a_target_of_its_year(service):
    """2023's review gives investment only as a growth rate; its plan set a project's 80亿元:
    a claimed 2023 amount is not found, not refuted by the plan."""
    result = service.check("2023年青山区完成固定资产投资500亿元。")
    assert result.verdict == "not_found"


def test_an_answer_keeps_the_clause_that_states_the_asked_part(service):
    """ "新增…多少家" is answered with "当年新增120家", its noun from the clause before."""
    answer = service.answer("2022年青山区新增高新技术企业多少家？")
    assert not answer.refused and "120家" in answer.text


def test_a_count_of_all_or_of_another_kind_does_not_answer_the_new_ones(service):
    """ "新增了多少家瞪羚企业": the report gives all of them (40家) and the new ones of another
    kind (新增独角兽企业1家), not the new gazelle firms: it says so."""
    asked = service.answer("2022年青山区新增了多少家瞪羚企业？")
    assert asked.refused and asked.to_json()["reason"] == "not_stated"
    total = service.answer("2022年青山区瞪羚企业总数达到多少家？")
    assert not total.refused and "40家" in total.text


def test_dropping_place_names_from_a_phrase_is_the_same_with_hundreds_of_them():
    """A figure's phrase loses region names and fillers one after another, as listed.

    With a corpus of many places the reader looks up only the names whose first character
    the phrase holds; what it drops is what dropping every listed name in turn would drop,
    also when dropping one joins the characters of another ("南京鼓楼区市" → "南京市" → "").
    """
    import random
    import re

    from wenzheng.bot.core.figures import FigureReader
    from wenzheng.bot.core.lexicon import CheckLexicon

    lexicon = CheckLexicon.load()
    rng = random.Random(3)
    names = ["鼓楼区", "南京市", "鼓楼", "南京市鼓楼区"]
    names += ["".join(rng.choices("东南西北江山湖河城新", k=2)) + "区" for _ in range(300)]
    reader = FigureReader(lexicon, tuple(names))

    def one_by_one(text: str) -> str:
        # a place's name before 山, 湖, 江… is a landmark's ("岳麓山"), kept
        for word in names:
            text = re.sub(f"{re.escape(word)}(?![山湖江河洲岛])", "", text)
        for word in lexicon.fillers:
            text = text.replace(word, "")
        return text

    pool = [*names[:40], *lexicon.fillers, *"南京鼓楼区市江山新城地区生产总值"]
    phrases = ["南京鼓楼区市", "南京市鼓楼区地区生产总值"]
    phrases += ["".join(rng.choices(pool, k=rng.randint(1, 8))) for _ in range(500)]
    assert [reader.clean(p) for p in phrases] == [one_by_one(p) for p in phrases]
    assert reader.clean("南京鼓楼区市地区生产总值") == one_by_one("南京鼓楼区市地区生产总值")


def test_figures_after_fenbie_count_the_nouns_listed_or_counted_before(service):
    """分别 hands each figure after it to its own noun, in order: the nouns listed before it,
    or with none listed the figures before it; a growth run keeps the first one's kind."""

    def bound(text: str) -> list[tuple[str, str, float]]:
        figures = service.fact_checker.figures_of(text)
        return [(f.indicator, f.kind, f.quantity.value) for f in figures]

    assert bound("全年接待游客5320万人次，实现旅游总收入612亿元，分别增长63.2%、71.9%。")[2:] == [
        ("接待游客", "growth", 63.2),
        ("旅游总收入", "growth", 71.9),
    ]
    assert bound("地区生产总值和一般公共预算收入分别增长8%和5%。") == [
        ("地区生产总值", "growth", 8.0),
        ("一般公共预算收入", "growth", 5.0),
    ]
    assert bound("工业和服务业分别下降3%、5%。") == [
        ("工业", "growth", -3.0),
        ("服务业", "growth", -5.0),  # both falls
    ]
    assert [i for i, _, _ in bound("新增独角兽企业1家、瞪羚企业15家，累计分别达到4家和62家。")] == [
        "新增独角兽企业",
        "新增瞪羚企业",  # listed after a count of the new ones
        "累计独角兽企业",
        "累计瞪羚企业",
    ]


def test_a_scope_word_read_as_a_verb_still_scopes_the_count(service):
    """ "累计达到9家" counts all of the noun before; "企业累计9家" all of its own noun."""
    text = "新增国家级专精特新企业5家，累计达到9家。"
    bound = {f.quantity.raw: f.indicator for f in service.fact_checker.figures_of(text)}
    assert bound["9家"] == "累计国家级专精特新企业"
    claim = service.fact_checker.figures_of("国家级专精特新企业累计9家，当年新增5家。")
    assert [f.indicator for f in claim] == ["累计国家级专精特新企业", "新增国家级专精特新企业"]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2022年青山区瞪羚企业总数达到40家。", "supported"),
        ("2022年青山区新增独角兽企业4家。", "refuted"),  # 4家 were cultivated, 1家 new
        # "达到203家，其中当年新增27家": the count without a scope word is not the new ones
        ("2022年青山区新增规上工业企业203家。", "refuted"),
        ("2022年青山区规上工业企业达到203家。", "supported"),
    ],
)
def test_scoped_counts_of_one_sentence_check_against_their_own_noun(service, claim, expected):
    assert service.check(claim).verdict == expected


def test_a_figure_slot_is_filled_only_by_a_figure_the_answer_quotes(service):
    """A chosen passage whose filling figure the composed answer leaves out fills nothing:
    the answer must show the figure it is accepted for."""
    from dataclasses import replace

    core = service.core if hasattr(service, "core") else service
    candidate = core.candidate("2022年青山区技术合同成交额是多少", [])
    assert candidate.features is not None and candidate.features.slot_filled
    query, answer = candidate.query, candidate.answer
    chosen = [core.index.by_id[c.id] for c in answer.citations]
    ranked = core._rank(query)
    without = replace(answer, text=answer.text.replace("86亿元", ""))
    assert not core.features(query, ranked, chosen, without).slot_filled
    assert core.features(query, ranked, chosen, answer).slot_filled


STREET_REPORT = """南京市青山区2024年政府工作报告
——2024年1月9日在青山区第三届人民代表大会第三次会议上
一、过去一年的工作
新建改造口袋公园12个，湖西街道完成老旧小区改造5个。
城镇和农村居民人均可支配收入分别增长4.8%和6.1%。
完成老旧小区整治出新24个，惠及居民1.45万户，其中松岗街道6个。
全年新增高新技术企业208家，总数达到1213家，其中松岗街道新增62家。
全年新增规上工业企业42家，新增省级智能制造示范车间9个。
二、2024年主要任务
新增学位3000个。
"""


@pytest.fixture(scope="module")
def streets(tmp_path_factory: pytest.TempPathFactory):
    return service_over(tmp_path_factory, {"qingshan-2024.txt": STREET_REPORT})


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2023年青山区新建改造口袋公园12个。", "supported"),
        # the district's figure says nothing of one street's
        ("2023年湖西街道新建改造口袋公园12个。", "not_found"),
        ("2023年湖西街道完成老旧小区改造5个。", "supported"),
        ("2023年青山区完成老旧小区改造5个。", "not_found"),  # one street's, not the district's
    ],
)
def test_a_street_s_figure_and_the_district_s_are_two_figures(streets, claim, expected):
    assert streets.check(claim).verdict == expected


def test_items_listed_before_fenbie_share_the_last_one_s_head_noun(streets):
    """ "城镇和农村居民人均可支配收入分别增长4.8%和6.1%": two incomes, each with its rate."""
    bound = streets.fact_checker.figures_of(STREET_REPORT.splitlines()[4])
    assert [(f.indicator, f.quantity.value) for f in bound] == [
        ("城镇居民人均可支配收入", 4.8),
        ("农村居民人均可支配收入", 6.1),
    ]
    assert streets.check("2023年青山区农村居民人均可支配收入增长6.1%。").verdict == "supported"
    assert streets.check("2023年青山区城镇居民人均可支配收入增长6.1%。").verdict == "refuted"


def test_fenbie_counts_only_the_nouns_its_own_list_names(service):
    """Nouns listed before 分别 that do not match its figures, or figures in another clause,
    hand nothing on: "学前教育普及率和义务教育巩固率分别达到95%和99%" is no count of
    schools, and 及 inside 普及 splits no list."""
    text = "新建幼儿园5所、中小学3所，学前教育普及率和义务教育巩固率分别达到95%和99%。"
    bound = [(f.indicator, f.quantity.raw) for f in service.fact_checker.figures_of(text)]
    assert bound[2:] == [("学前教育普及率", "95%"), ("义务教育巩固率", "99%")]
    other = service.fact_checker.figures_of(
        "城镇和农村居民分别享受补贴，全年发放补贴3亿元、2亿元。"
    )
    assert {f.indicator for f in other} == {"发放补贴"}


def test_a_street_is_named_first_not_after_a_verb_nor_as_the_roads_counted(streets):
    from wenzheng.bot.core.figures import streets as named_streets

    assert named_streets("西善桥街道新建改造口袋公园") == {"西善桥街道"}
    assert named_streets("指导湖西街道完成改造") == frozenset()
    assert named_streets("改造提升街道") == frozenset()  # roads, counted
    # a town is a part too; 城镇, 特色小镇, 乡镇, 重点镇 and 乡村 name none
    assert named_streets("上派镇改造老旧小区") == {"上派镇"}
    for words in ("城镇新增就业", "特色小镇建设", "乡镇卫生院", "重点镇建设", "乡村振兴示范村"):
        assert named_streets(words) == frozenset(), words


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "其中松岗街道6个" is the street's part of the count before it in its unit (个, not 户)
        ("2023年松岗街道完成老旧小区整治出新6个。", "supported"),
        ("2023年松岗街道完成老旧小区整治出新24个。", "refuted"),
        ("2023年松岗街道新增高新技术企业62家。", "supported"),
        ("2023年松岗街道新增高新技术企业208家。", "refuted"),
        ("2023年青山区新增高新技术企业62家。", "refuted"),
    ],
)
def test_a_street_s_part_of_a_count_is_that_street_s_figure(streets, claim, expected):
    result = streets.check(claim)
    assert result.verdict == expected
    assert "其中松岗街道" in result.evidence[0].quote


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2023年青山区新增省级智能制造示范车间9个。", "supported"),
        # 示范工厂 in 家 is the 车间's kind, not the 42家 of 规上工业企业 beside it
        ("2023年青山区新增省级智能制造示范工厂5家。", "not_found"),
        ("2023年青山区新增规上服务业企业35家。", "not_found"),  # 服务业 is not 工业
        ("2023年青山区新增规上工业企业35家。", "refuted"),
    ],
)
def test_a_count_is_compared_only_with_the_figure_of_its_own_kind(streets, claim, expected):
    assert streets.check(claim).verdict == expected

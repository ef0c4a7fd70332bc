"""The thing a figure counts, read more closely: exports are not imports and exports, a
head-count is not a count of companies, a change asked is not a level, visitors from abroad
are not all visitors, a sum over years is not two years' levels, a follow-up naming one year
leaves the period behind, two things of a year compared are each asked; a sibling name put
in another's place and a session misnumbered are refuted; a name in pinyin the word cutter
split is still found.
Made-up reports (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT_2025 = """松湾区2025年政府工作报告
——2025年1月8日在松湾区第三届人民代表大会第五次会议上
区长 林青

一、2024年工作回顾
对照区三届人大四次会议确定的目标，一般公共预算收入、城镇新增就业等指标完成年度目标。
全年实现地区生产总值612.4亿元，增长5.2%；外贸进出口总额286亿元，增长6.1%，其中出口188亿元。
全年接待游客2310万人次，其中青枫湾景区接待游客212万人次，实现旅游总收入265亿元。
打造柳湾、梅岭等夜间经济集聚区5个，柳湾国际艺术区获评省级夜间文化和旅游消费集聚区。
全区花卉种植面积4.2万亩。
星河数字产业园新增入驻企业41家，累计入驻企业198家。
青枫湾二期工程完成工程量的七成，完工时间调整至2025年6月。
城镇新增就业2.36万人。
城镇居民人均可支配收入56380元，增长4.6%；农村居民人均可支配收入24750元，增长7.3%。
回顾“十四五”以来的四年，接待游客从2020年的1520万人次增加到2024年的2310万人次；累计新增城镇就业9.1万人。
二、2025年工作安排
全区地区生产总值增长5%左右；新增学位3000个。
星河数字产业园二期6月底前建成投用，区第五中学秋季学期投入使用。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"songwan-2025.txt": REPORT_2025})


@pytest.mark.parametrize(
    "question",
    [
        "松湾区2024年出口增长了多少？",  # only imports and exports together grew 6.1%
        "星河数字产业园有多少从业人员？",  # 198家 counts companies, not people
        "松湾区2024年花卉种植面积比上年增加了多少亩？",  # 4.2万亩 is the area, no change
        "松湾区2024年接待入境游客多少？",  # 2310万人次 are all visitors
        "松湾区“十四五”以来累计接待游客多少人次？",  # two years' levels, no sum
    ],
)
def test_a_figure_of_a_neighbouring_thing_does_not_answer(service, question):
    answer = service.answer(question)
    assert answer.refused, answer.text


def test_the_part_a_report_gives_is_answered(service):
    answer = service.answer("松湾区2024年出口多少亿元？")
    assert not answer.refused and "188亿元" in answer.text


def test_a_follow_up_naming_one_year_leaves_the_period_behind(service):
    answer = service.answer("光去年一年呢", history=("松湾区“十四五”以来累计新增城镇就业多少？",))
    assert not answer.refused and "2.36万人" in answer.text


def test_the_place_a_figure_is_of_is_named(service):
    # the question gives the figure; the report names the place it is of
    answer = service.answer("松湾区哪个景区2024年接待游客212万人次？")
    assert not answer.refused and "青枫湾景区" in answer.text
    # the names of things the report only counts are not given by the count
    assert service.answer("松湾区2024年新增的41家入驻企业分别是哪几家？").refused


def test_a_same_sounding_slip_in_a_name_is_read_as_the_name(service):
    answer = service.answer("青峰湾景区去年接待了多少游客")  # 峰 typed for 枫
    assert not answer.refused and "212万人次" in answer.text


def test_a_name_in_pinyin_is_found_as_the_report_writes_it(service):
    answer = service.answer("How many visitors did the Qingfengwan scenic area receive in 2024?")
    assert not answer.refused and "212万人次" in answer.text


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        (
            "When will phase II of the Xinghe digital industrial park open?",
            "By the end of June 2025",
        ),
        ("When will Songwan's No. 5 Middle School be put into use?", "In autumn 2025"),
    ],
)
def test_an_english_when_question_opens_with_the_time(service, question, opens):
    # the plan's time, its year the passage's own: "6月底前" of the 2025 plan
    answer = service.answer(question)
    assert answer.text.startswith(opens), answer.text


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        ("松湾区2024年农村居民人均可支配收入增速比城镇居民快吗？", "是"),
        ("松湾区2024年城镇居民人均可支配收入增速比农村居民快吗？", "否"),
        ("松湾区2024年城镇居民人均可支配收入比农村居民高吗？", "是"),
    ],
)
def test_two_things_of_a_year_compared_open_with_yes_or_no(service, question, opens):
    # each thing's own figure, the second named with the first's words it leaves out
    answer = service.answer(question)
    assert answer.text.startswith(opens), answer.text
    assert "24750元" in answer.text or "7.3%" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the award went to the other place the sentence lists
        ("松湾区梅岭国际艺术区2024年获评省级夜间文化和旅游消费集聚区", "refuted"),
        ("松湾区柳湾国际艺术区2024年获评省级夜间文化和旅游消费集聚区", "supported"),
        # the session whose targets the review measures the year against
        ("松湾区2024年的工作对照的是区三届人大四次会议确定的目标", "supported"),
        ("松湾区2024年的工作对照的是区三届人大三次会议确定的目标", "refuted"),
        # the period's sum, not the last year's figure
        ("“十四五”期间松湾区累计新增城镇就业2.36万人", "refuted"),
        ("“十四五”期间松湾区累计新增城镇就业9.1万人", "supported"),
        # a date put off to a year's end is December, not "by then"
        ("松湾区青枫湾二期工程完工时间推迟到2025年底", "refuted"),
        ("松湾区青枫湾二期工程完工时间推迟到2025年6月", "supported"),
    ],
)
def test_names_sessions_and_qualified_figures_in_claims(service, claim, verdict):
    assert service.check(claim).verdict == verdict


OTHER_2025 = """柏溪区2025年政府工作报告
——2025年1月9日在柏溪区第二届人民代表大会第五次会议上
区长 秦川

一、2024年工作回顾
新增学位4100个；新增养老床位320张、社区助餐点22个。
二、2025年工作安排
新增学位3000个。
"""

HOSPITAL_2025 = REPORT_2025.replace(
    "城镇新增就业2.36万人。",
    "城镇新增就业2.36万人。区中医医院新院区于2024年6月建成投用，新增床位500张。",
)


@pytest.fixture(scope="module")
def two_places(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"songwan-2025.txt": HOSPITAL_2025, "baixi-2025.txt": OTHER_2025}
    )


def test_a_second_question_stays_with_the_place_the_first_was_answered_from(two_places):
    # no place named: the beds asked next are the answered hospital's, not the other
    # district's 养老床位
    answer = two_places.answer("区中医医院新院区是哪个月建成投用的？新增了多少张床位？")
    assert "500张" in answer.text and "320张" not in answer.text

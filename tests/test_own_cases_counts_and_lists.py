"""A question on the asker's own case is refused as personal, with what the report says; an
A-not-A ask is a question; a goal's progress asked after its deadline year is the newest
result; a count's noun must be the figure's; people who came to an event are counted in
visits; a stance said of a list is each item's; a plain claim of a past plan year states a
result; a figure given to another indicator is refuted; 一半 is half. Made-up reports (no
model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.message import asks_own_case, questions_in
from wenzheng.corpus.quantities import extract_quantities

REPORT_2023 = """青岚区2023年政府工作报告
——2023年1月10日在青岚区第五届人民代表大会第二次会议上
区长 林澈

一、2022年工作回顾
全区接待游客2860万人次，增长12.4%。
二、2023年工作安排
新增学位3,800个，建设第十二中学新校区。
云谷数字产业园二期2023年底前建成投用。
同时，启动城市更新两年行动（2023—2024年），两年累计改造老旧小区100个、新增公共停车泊位6000个。
力争到2025年，云谷数字产业园入驻企业突破600家。
"""

REPORT_2025 = """青岚区2025年政府工作报告
——2025年1月9日在青岚区第五届人民代表大会第四次会议上
区长 林澈

一、2024年工作回顾
城市更新两年行动圆满收官，两年累计改造老旧小区104个、新增公共停车泊位6,350个，均超额完成目标；加装电梯126台，完成目标的八成以上。
云谷数字产业园二期于2024年4月建成投用。云谷数字产业园新入驻企业78家，累计达到618家，提前一年实现。
成功举办第五届青岚湖音乐节，吸引观众12.6万人次。
雁湖夜市月均客流突破60万人次。
全区接待游客3520万人次，增长9.8%，实现旅游收入86.5亿元。
第十二中学新校区主体完工。
二、2025年工作安排
新增学位4,000个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"qinglan-2023.txt": REPORT_2023, "qinglan-2025.txt": REPORT_2025}
    )


@pytest.mark.parametrize(
    "question",
    [
        "我家孩子的学籍能不能转到第十二中学",
        "我们小区在不在今年的改造名单里",
        "我这种情况能排上号不",
    ],
)
def test_a_question_on_the_askers_own_case_is_recognised(question):
    assert asks_own_case(question)


@pytest.mark.parametrize(
    "question", ["青岚区今年能不能完成目标", "我们区今年能不能进全国百强", "新校区能建好吗"]
)
def test_a_question_on_the_area_is_no_own_case(question):
    assert not asks_own_case(question)


def test_an_a_not_a_ask_after_a_self_description_stays_a_question():
    # "能不能" asks; the asker's words before it are their own case, said so with 我
    assert questions_in("我家孩子户口在青岚 能上第十二中学新校区吗") == ["我能上第十二中学新校区吗"]
    assert questions_in("你好 我家孩子的学籍能不能转到第十二中学") == [
        "我家孩子的学籍能不能转到第十二中学"
    ]


def test_the_askers_own_case_is_refused_with_what_the_report_says(service):
    answer = service.answer("我家孩子户口在青岚 能上第十二中学新校区吗")
    assert answer.refused and answer.public_reason == "personal"
    assert "不涉及个人" in answer.text
    assert any("第十二中学" in c.quote for c in answer.citations)


def test_the_progress_of_a_goal_asked_after_its_deadline_year_is_the_newest_result(service):
    answer = service.answer("青岚区云谷数字产业园入驻企业到2025年的目标是多少？实际进展如何？")
    assert "突破600家" in answer.text and "618家" in answer.text


def test_a_count_is_filled_only_by_a_figure_of_its_noun(service):
    assert service.answer("雁湖夜市一共有多少个摊位？").refused
    assert "60万人次" in service.answer("雁湖夜市月均客流多少").text


def test_the_people_who_came_to_an_event_are_counted_in_visits(service):
    answer = service.answer("第五届青岚湖音乐节来了多少人")
    assert not answer.refused and "12.6万人次" in answer.text


def test_half_in_words_is_fifty_percent():
    assert [(q.value, q.unit) for q in extract_quantities("同比减少了一半")] == [(50.0, "%")]
    assert extract_quantities("超过一半的社区")[0].qualifier == "超过"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("青岚区两年行动中新增公共停车泊位的目标没有完成。", "refuted"),
        ("青岚区两年行动中新增公共停车泊位的目标已经完成。", "supported"),
    ],
)
def test_a_stance_said_of_a_list_is_each_items(service, claim, verdict):
    assert service.check(claim).verdict == verdict


def test_a_plain_claim_of_a_past_plan_year_states_a_result_no_report_gives(service):
    # 2023's plan set 3,800 new places; the 2025 report is in hand and 2023's result is not
    assert service.check("青岚区2023年新增学位3,800个。").verdict == "not_found"
    assert service.check("青岚区2023年计划新增学位3,800个。").verdict == "supported"


def test_a_figure_given_to_another_indicator_of_its_passage_is_refuted(service):
    result = service.check("青岚区2024年旅游收入增长9.8%。")
    assert result.verdict == "refuted"
    assert "接待游客" in result.explanation and "9.8%" in result.explanation
    assert service.check("青岚区2024年旅游收入增长15%。").verdict == "not_found"


def test_a_deadline_a_later_review_dates_past_is_refuted_as_late(service):
    result = service.check("云谷数字产业园二期在2023年底前建成。")
    assert result.verdict == "refuted"
    assert "2024年4月" in result.explanation and "晚于" in result.explanation
    assert service.check("云谷数字产业园二期在2024年底前建成。").verdict == "supported"

"""Deadlines and kinds, as citizens and drafts write them: a date before a month or a school
term ("10月前", "秋季学期之前"), a plan stated and then asked done ("计划…，完成了吗"), a
category by amount ("亿元以上项目") that is another count than all projects, a narrower
indicator the reports name before a lexicon name ("跨境电商进出口额"), a rank whose place is
asked ("哪个区…位居全市第三"), and the checker's reading of partial work, put-off dates, a
full date of an event (not of the report) and a plan's figure against the actual one.
Made-up reports (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest
from wenzheng.bot.core.yesno import as_claim
from wenzheng.corpus.time import times_within_year

REPORT_2024 = """云岭区2024年政府工作报告
——2024年1月9日在云岭区第五届人民代表大会第三次会议上
区长 许望

一、2023年工作回顾
全区实现地区生产总值640.2亿元，增长5.6%，增速位居全市第三。
外贸进出口总额212.5亿元，增长4.1%，其中跨境电商进出口41.3亿元，增长26.0%。
全年新签约项目120个，其中亿元以上项目54个；竣工项目21个。
二、2024年工作安排
翠湖剧场二期2024年10月前建成开放。区第九中学新校区2024年秋季学期投入使用。
新建公共充电桩800个，加装电梯90台。区污水处理厂三期年底前投入运行。
"""

REPORT_2025 = """云岭区2025年政府工作报告
——2025年1月8日在云岭区第五届人民代表大会第四次会议上
区长 许望

一、2024年工作回顾
全区实现地区生产总值672.9亿元，增长5.1%。
翠湖剧场二期于2024年9月建成开放。区第九中学新校区于2024年8月建成投用。
加装电梯104台。区污水处理厂三期完成工程量的八成，投运时间调整至2025年6月。
区人民医院住院楼完成主体结构施工的七成。
地铁6号线南延段于2024年12月28日开通运营。
二、2025年工作安排
区人民医院住院楼年底前主体完工。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"yunling-2024.txt": REPORT_2024, "yunling-2025.txt": REPORT_2025}
    )


# --- times within a year -------------------------------------------------------------------


def test_a_month_deadline_holds_the_months_before_it_and_may_reach_the_month_itself():
    (deadline,) = times_within_year("2024年10月前")
    (september,) = times_within_year("于2024年9月")
    (october,) = times_within_year("2024年10月")
    (november,) = times_within_year("2024年11月")
    assert september.within(deadline)
    assert not october.within(deadline) and not october.apart(deadline)  # "by October"?
    assert november.apart(deadline)


def test_a_school_term_and_the_time_before_it_are_stretches_of_the_year():
    (spring,) = times_within_year("2024年春季学期")
    (before_autumn,) = times_within_year("2024年秋季学期之前")
    (august,) = times_within_year("2024年8月")
    assert august.apart(spring) and august.within(before_autumn)


def test_words_opening_with_before_are_no_deadline():
    assert times_within_year("10月前往北京")[0].low == (10, 1)


# --- questions -----------------------------------------------------------------------------


def test_a_plan_stated_then_asked_done_is_asked_as_the_plan_carried_out():
    assert as_claim("计划2024年新建公共充电桩800个，完成了吗？") == (
        "完成2024年新建公共充电桩800个的计划"
    )
    assert as_claim("区污水处理厂三期原计划2024年年底前投入运行，做到了吗") == (
        "区污水处理厂三期2024年年底前投入运行"
    )


def test_a_plan_with_no_result_reported_is_not_said_done(service):
    answer = service.answer("云岭区计划2024年新建公共充电桩800个，完成了吗？")
    assert not answer.text.startswith("是")


def test_done_before_the_deadline_asked_is_yes(service):
    answer = service.answer("翠湖剧场二期有没有按计划在2024年10月前建成开放？")
    assert answer.text.startswith("是") and "2024年9月" in answer.text


def test_all_projects_asked_are_not_counted_by_the_ones_over_an_amount(service):
    answer = service.answer("云岭区2023年新签约亿元以上项目多少个？")
    assert not answer.refused and "54个" in answer.text
    whole = service.answer("云岭区2023年竣工的亿元以上项目有多少个？")
    assert whole.refused  # "竣工项目21个" counts projects of every size


def test_a_narrower_indicator_the_reports_name_is_answered_by_its_own_figure(service):
    answer = service.answer("云岭区2023年跨境电商进出口额是多少？")
    assert not answer.refused and "41.3亿元" in answer.text


def test_the_place_ranked_is_answered_by_the_report_naming_the_rank(service):
    answer = service.answer("哪个区2023年地区生产总值增速位居全市第三？")
    assert not answer.refused and "增速位居全市第三" in answer.text


# --- claims --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("翠湖剧场二期于2024年10月前建成开放", "supported"),
        ("区第九中学新校区于2024年春季学期建成投用", "refuted"),
        ("区污水处理厂三期2024年投入运行", "refuted"),
        ("云岭区2024年计划加装电梯90台，实际只加装了80台", "refuted"),
        ("地铁6号线南延段于2024年12月28日开通运营", "supported"),
        ("地铁6号线南延段于2024年11月28日开通运营", "refuted"),
    ],
)
def test_claims_of_times_partial_work_and_actual_figures(service, claim, verdict):
    assert service.check(claim).verdict == verdict


def test_a_denial_of_work_the_report_says_is_partly_done_is_not_refuted(service):
    # "完成主体结构施工的七成" is not done: "尚未完成" does not contradict it
    assert service.check("区人民医院住院楼到2024年底尚未完成主体结构施工").verdict != "refuted"


def test_an_unrelated_indicator_in_the_sentence_does_not_refute_a_claimed_figure(service):
    # the sentence's "增长4.1%" is the trade total's, not energy use per unit of GDP
    assert service.check("云岭区2023年单位地区生产总值能耗下降4%").verdict == "not_found"


def test_an_english_question_on_the_first_years_of_a_five_year_plan_asks_the_look_back():
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.bot.core.query import detect_frame, translate
    from wenzheng.corpus.model import FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS

    lexicon = Lexicon.load()
    known = {2021: FRAME_SPAN, 2022: FRAME_SPAN, 2023: FRAME_SPAN}
    known |= {2024: FRAME_RESULTS, 2025: FRAME_TARGETS}
    asked = "what was gdp growth in the first four years of the 14th five-year plan?"
    assert detect_frame(translate(asked, lexicon), lexicon, known) == FRAME_SPAN
    # the past tense alone still asks the year reviewed
    assert detect_frame(translate("what was gdp growth?", lexicon), lexicon, known) != FRAME_SPAN

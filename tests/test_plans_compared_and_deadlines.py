"""A yes/no question comparing a year's plan with another year's result answers each side in
its own frame and year, opened with 是/否 by their figures (and says more or less, not
whether a mark was reached); a plan's deadline at its year's end is not a claimed earlier
one, nor met by another thing's date in the sentence. Made-up reports (no model:
`service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT_2024 = """青岚区2024年政府工作报告
——2024年1月10日在青岚区第五届人民代表大会第三次会议上
区长 林澈

一、2023年工作回顾
新认定国家高新技术企业52家，总数达到271家。改造老旧小区62个，惠及居民1.71万户。
新增养老床位420张、社区老年食堂21个。新建改造口袋公园16个。
楼宇经济量质齐升，税收超亿元楼宇达到24栋，其中超5亿元楼宇5栋。
全年实现地区生产总值612.4亿元，增长5.6%；固定资产投资下降2.3%。
对照区五届人大二次会议确定的目标，地区生产总值增速超过年初预期，固定资产投资未完成年度目标。
二、2024年工作安排
新认定国家高新技术企业60家，新增省级专精特新企业15家。
改造老旧小区55个、加装电梯90台，新建改造口袋公园15个。
新增养老床位400张、社区老年食堂20个。
云栖国际消费中心一期年底前开业，雁湖文旅街区二期10月前开街。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"qinglan-2024.txt": REPORT_2024})


@pytest.mark.parametrize(
    ("question", "opening", "figures"),
    [
        (
            "青岚区2024年计划新认定的国家高新技术企业比2023年实际新认定的多吗？",
            "是",
            ("60家", "52家"),
        ),
        ("青岚区2024年计划改造的老旧小区比2023年实际改造的多吗？", "否", ("55个", "62个")),
        ("青岚区2024年新增养老床位计划比2023年实际新增的多吗？", "否", ("400张", "420张")),
        # this year's plan against last year's (done, not planned)
        ("青岚区今年计划新增的养老床位比去年多吗？", "否", ("400张", "420张")),
        # a result before 比, the plan after it
        ("青岚区2023年新建改造的口袋公园比2024年计划的多吗？", "是", ("16个", "15个")),
    ],
)
def test_a_plan_compared_with_another_years_result_answers_both_and_opens_with_the_answer(
    service, question, opening, figures
):
    answer = service.answer(question)
    assert answer.text.startswith(opening + "。"), answer.text
    for figure in figures:
        assert figure in answer.text, answer.text


def test_more_or_less_asked_opens_with_that_not_with_a_mark_reached(service):
    answer = service.answer("青岚区2024年新认定国家高新技术企业目标比2023年完成的多吗？")
    assert answer.text.startswith("是。"), answer.text


def test_a_plans_year_end_deadline_is_not_an_earlier_one_claimed(service):
    result = service.check("青岚区云栖国际消费中心一期计划在2024年9月底前开业。")
    assert result.verdict == "refuted", result.explanation
    assert "年底前" in result.explanation
    held = service.check("青岚区云栖国际消费中心一期计划在2024年年底前开业。")
    assert held.verdict == "supported", held.explanation
    # the other thing's deadline in the sentence is its own
    other = service.check("青岚区雁湖文旅街区二期计划在2024年10月前开街。")
    assert other.verdict == "supported", other.explanation


def test_a_look_backs_table_and_the_bullets_after_it_stay_in_the_look_back(tmp_path):
    # a 换届 report's joined part: the five years' paragraph, their table of main indicators
    # (a Word table), its note, then the five years' bullets, then the last year's review
    from docx import Document
    from wenzheng.corpus.loader import load_document
    from wenzheng.corpus.model import FRAME_RESULTS, FRAME_SPAN

    document = Document()
    for line in (
        "政府工作报告",
        "——2023年1月10日在青岚区第十九届人民代表大会第一次会议上",
        "一、过去五年和2022年工作回顾",
        "过去五年，是青岚发展进程中极不平凡的五年。过去五年全区主要指标完成情况见表1。",
        "表1　过去五年全区主要指标完成情况",
    ):
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=5)
    for row, cells in zip(
        table.rows,
        (
            ("指标", "单位", "2017年", "2022年", "年均增长（%）"),
            ("地区生产总值", "亿元", "812.4", "1038.6", "5.1"),
            ("规模以上工业增加值", "亿元", "—", "—", "2.7"),
        ),
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for line in (
        "注：表1中年均增长按可比价格计算，2022年数据为初步核算数。",
        "——城市面貌深刻变化。",
        "累计改造老旧小区312个、加装电梯148台。",
        "2022年是党的二十大胜利召开之年。全年实现地区生产总值1038.6亿元，增长1.2%。",
    ):
        document.add_paragraph(line)
    path = tmp_path / "qinglan-2023.docx"
    document.save(str(path))
    frames = {p.text: p.frame for p in load_document(path).passages}
    rows = [t for t in frames if "812.4亿元" in t or "年均增长2.7%" in t]
    assert len(rows) == 2 and all(frames[t] == FRAME_SPAN for t in rows), frames
    assert frames["累计改造老旧小区312个、加装电梯148台。"] == FRAME_SPAN
    assert frames["全年实现地区生产总值1038.6亿元，增长1.2%。"] == FRAME_RESULTS


OLDER = """青岚区2023年政府工作报告
——2023年1月10日在青岚区第五届人民代表大会第一次会议上
区长 林澈

一、2022年工作回顾
聚焦楼宇经济提质增效，全区税收超亿元楼宇达到11栋，其中超5亿元楼宇3栋。
二、2023年工作安排
地区生产总值增长6%左右。
"""
NEWER = """青岚区2025年政府工作报告
——2025年1月9日在青岚区第五届人民代表大会第五次会议上
区长 林澈

一、2024年工作回顾
坚持招商引资“一号工程”，组建产业链招商专班6个，赴长三角、珠三角开展精准招商32次，实际利用内资增长9.6%；楼宇经济提质增效，税收超亿元楼宇达到14栋，其中超5亿元楼宇4栋。
二、2025年工作安排
地区生产总值增长5.5%左右。
"""


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"qinglan-2023.txt": OLDER, "qinglan-2025.txt": NEWER})


def test_a_figure_asked_with_no_year_is_the_places_newest_reports(two_years):
    # the older report's shorter sentence ranks first; today's count is the newest report's
    answer = two_years.answer("青岚区税收超亿元的楼宇有几栋")
    assert "14栋" in answer.text and "11栋" not in answer.text, answer.text
    # a year asked is that year's
    dated = two_years.answer("青岚区2022年税收超亿元的楼宇有几栋")
    assert "11栋" in dated.text, dated.text


def test_a_gloss_the_reports_never_write_is_read_as_its_written_opening():
    # "beds" glossed 床位数 where the reports write 床位 ("新增床位500张"); a gloss they write,
    # or one whose leftover is no counting word, stays as it is
    from wenzheng.bot.core.query import as_written

    written = {"床位", "养老床位", "医院", "地区生产总值"}.__contains__
    assert as_written("多少 床位数 will the 新增 医院", written) == "多少 床位 will the 新增 医院"
    assert as_written("养老床位数", written) == "养老床位"
    assert as_written("地区生产总值增速", written) == "地区生产总值增速"
    assert as_written("医院", written) == "医院"


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("青岚区2024年的政府工作报告是谁作的，哪天作的？", "2024年1月10日"),
        (
            "Who delivered Qinglan's 2024 government work report, and on what date?",
            "January 10, 2024",
        ),
    ],
)
def test_the_speaker_and_the_day_asked_together_are_both_answered(service, question, day):
    answer = service.answer(question)
    assert "林澈" in answer.text and day in answer.text, answer.text


def test_a_thing_asked_done_whose_plan_alone_is_quoted_is_not_told(service):
    # the corpus holds the 2024 plan and no later review: whether it opened is not told
    answer = service.answer("青岚区云栖国际消费中心一期开业了吗？")
    assert answer.refused and answer.reason == "not_found: no result", answer.text
    assert "年底前开业" in answer.text and answer.text.count("云栖国际消费中心一期年底前开业") == 1
    # the plan itself asked is the plan's to say
    planned = service.answer("青岚区计划云栖国际消费中心一期年底前开业吗？")
    assert planned.text.startswith("是"), planned.text


def test_a_level_reached_and_its_part_are_no_count_of_the_new_ones(service):
    # "达到24栋" is how many there are, and "其中超5亿元楼宇5栋" a part of those: neither is
    # how many were added
    refused = service.answer("青岚区2023年新增了几栋税收超亿元楼宇？")
    assert refused.refused, refused.text
    refused = service.answer("青岚区2023年新增了几栋税收超5亿元的楼宇？")
    assert refused.refused, refused.text
    answered = service.answer("青岚区税收超亿元楼宇有多少栋？")
    assert "24栋" in answered.text and not answered.refused, answered.text


def test_a_target_missed_in_words_shows_the_rate_of_an_indicator_given_only_as_a_rate(service):
    result = service.check("青岚区2023年固定资产投资完成年度目标")
    assert result.verdict == "refuted", result.explanation
    assert any("固定资产投资下降2.3%" in c.quote for c in result.evidence), result.evidence


def test_a_scope_word_opening_a_places_name_names_no_scope():
    # Nanchang's 新建区: "新建区…种植面积有多少亩" asks no count of new ones
    from wenzheng.bot.core.slot import Slot

    slot = Slot("count", scopes=(("新增", "新建"), ("累计", "总数")))
    assert slot.scope("新建区溪霞香大米种植面积有多少亩") == frozenset()
    assert slot.scope("新建区去年新增了多少个学位") == frozenset({0})
    assert slot.scope("去年新建了多少个口袋公园") == frozenset({0})
    assert slot.scope("新建区级文化站几个") == frozenset({0})

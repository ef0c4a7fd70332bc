"""Checker behaviours on claims that restate, scope or call done what a report states (the
district and figures are made up for these tests): a target met or missed is read before a
direction, a plan never supports a claim that something is done, a clause repeating only a
verb counts the noun before, a street's share of a count is that street's, a "其中" part
is counted at its whole's stage."""

from __future__ import annotations

import pytest

REPORT_2024 = """白沙区2024年政府工作报告
——2024年1月8日在白沙区第二届人民代表大会第三次会议上
区长 周平

一、2023年工作回顾
全区地区生产总值620.4亿元，增长5.1%。改造老旧小区30个。
二、2024年工作安排
全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，新增高新技术企业130家。改造老旧小区40个。
一是争创省级知识产权强区。二是办教育，湖滨小学第二分校9月投入使用。三是新建5G基站300个。
"""

REPORT_2025 = """白沙区2025年政府工作报告
——2025年1月7日在白沙区第二届人民代表大会第四次会议上
区长 周平

一、过去一年的工作
过去一年，区二届人大三次会议确定的目标任务全面完成。
对照年初确定的主要目标，地区生产总值增长5.7%，低于年初预期目标0.3个百分点。
改造老旧小区42个，其中湖滨街道11个。新增高新技术企业136家、总数达到1032家。
湖滨小学第二分校开工建设。
新建口袋公园15个，惠及居民2万户，其中白塔镇6个。
新签约亿元以上项目30个，其中10亿元以上项目8个；新开工亿元以上项目20个，其中10亿元以上项目5个；竣工投产亿元以上项目12个。
二、2025年工作安排
城镇新增就业1.6万人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"baisha-2024.txt": REPORT_2024, "baisha-2025.txt": REPORT_2025}
    )


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "GDP增长达到目标" claims the target met; the report says it was missed
        ("白沙区2024年GDP增长达到年初预期目标。", "refuted"),
        ("白沙区2024年地区生产总值增长未达到年初预期目标。", "supported"),
        # a plan to strive for a title, or to open a school, says nothing of it being done
        ("白沙区争创省级知识产权强区成功。", "not_found"),
        ("白沙区湖滨小学第二分校已经投入使用。", "not_found"),
        # "实际改造36个" counts 老旧小区 as the clause before; 42 were done
        ("白沙区2024年计划改造老旧小区40个，实际改造36个。", "refuted"),
        ("白沙区2024年计划改造老旧小区40个，实际改造42个。", "supported"),
        # "实际新增136家": the scope word with 实际 counts the noun of the target before
        ("白沙区2024年初定下新增高新技术企业130家的目标，全年实际新增136家。", "supported"),
        ("白沙区2024年初定下新增高新技术企业130家的目标，全年实际新增150家。", "refuted"),
        # "突破1000家，达到1032家": the total, twice
        ("白沙区2024年新增高新技术企业136家，总数突破1000家，达到1032家。", "supported"),
        # a street's share of the count is that street's
        ("白沙区2024年改造的42个老旧小区中，湖滨街道占9个。", "refuted"),
        ("白沙区2024年改造的42个老旧小区中，湖滨街道占11个。", "supported"),
        # ... and so is a figure whose clause names the street anywhere before it
        ("白沙区湖滨街道2024年有11个老旧小区完成改造。", "supported"),
        ("白沙区湖滨街道2024年有12个老旧小区完成改造。", "refuted"),
        ("白沙区临湖的湖滨街道2024年改造老旧小区11个。", "supported"),
        # the district's count is not the street's
        ("白沙区2024年有11个老旧小区完成改造。", "refuted"),
        # the congress's targets said missed, which the report says were all met
        ("白沙区2024年没有完成区二届人大三次会议确定的目标任务。", "refuted"),
        # a town's part is the town's, as a street's is
        ("白沙区白塔镇2024年新建口袋公园6个。", "supported"),
        ("白沙区白塔镇2024年新建口袋公园15个。", "refuted"),
        ("白沙区2024年新建口袋公园6个。", "refuted"),
        # "其中10亿元以上项目5个" counts the part at the stage of its whole (新开工), and no
        # count of finished 10亿元以上 projects is given
        ("白沙区2024年新开工10亿元以上项目5个。", "supported"),
        ("白沙区2024年新签约10亿元以上项目5个。", "refuted"),
        ("白沙区2024年竣工投产10亿元以上项目5个。", "not_found"),
    ],
)
def test_claims_that_restate_scope_or_call_done(service, claim, expected):
    assert service.check(claim).verdict == expected


def test_a_target_asked_met_with_no_result_of_its_year_is_not_told(service):
    """ "完成…300个的计划了吗" when the year's review gives no such figure: the reply says it
    cannot tell and quotes the target, refused."""
    answer = service.answer("白沙区2024年新建5G基站完成300个的计划了吗？")
    assert answer.refused and "无法判断" in answer.text
    assert any("5G基站300个" in c.quote for c in answer.citations)

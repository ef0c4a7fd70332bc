"""Fact-check: measure words for one kind of thing (电梯 in 台 or 部), a quality the report
says is lacking ("转化率不高"), a project put off though the claim gives it a season or a
term ("如期在2024年秋季学期投入使用"), a target hedged otherwise ("5%以上" for "5%左右"), an
indicator the report does not give (贷款余额 beside its 存款余额), a state kept one year said of
the next, a press release's flourish ("如火如荼"), and a named site's figure (橘子洲景区's
visitors are not 岳麓山景区's). Made-up reports (no model)."""

from __future__ import annotations

import pytest

REPORT_2024 = """湘麓区2024年政府工作报告
——2024年1月10日在湘麓区第十八届人民代表大会第四次会议上
区长 林一

一、2023年工作回顾
全面落实河长制，湘江湘麓段水质稳定保持Ⅱ类。
二、2024年工作安排
区第十五中学2024年秋季学期投入使用。
"""

REPORT_2025 = """湘麓区2025年政府工作报告
——2025年1月8日在湘麓区第十八届人民代表大会第五次会议上
区长 林一

一、2024年工作回顾
改造老旧小区42个，加装电梯163台，新增公共停车泊位4380个。
全年接待游客4610万人次，其中橘子洲景区接待游客1690万人次。
新签约亿元以上项目64个，其中10亿元以上项目9个。
金融机构本外币存款余额4126.7亿元。
新增公办学位6800个；区第十五中学主体完工，投入使用时间调整至2025年秋季学期。
我们也清醒看到，高校科技成果就地转化率不高，公共服务还有不少短板。
二、2025年工作安排
2025年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长5%左右。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"xianglu-2024.txt": REPORT_2024, "xianglu-2025.txt": REPORT_2025}
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("湘麓区2024年加装电梯163部。", "supported"),
        ("湘麓区2024年加装电梯170部。", "refuted"),
        ("湘麓区高校科技成果就地转化率较高。", "refuted"),
        ("湘麓区高校科技成果就地转化率不高。", "supported"),
        ("湘麓区第十五中学如期在2024年秋季学期投入使用。", "refuted"),
        ("湘麓区第十五中学2024年主体完工。", "supported"),
        ("湘麓区2025年固定资产投资增长目标为5%以上。", "refuted"),
        ("湘麓区2025年固定资产投资增长目标为5%左右。", "supported"),
        ("湘麓区2024年金融机构本外币贷款余额3200亿元。", "not_found"),
        ("湘麓区2024年湘江湘麓段水质稳定保持Ⅱ类。", "not_found"),
        ("湘麓区2023年湘江湘麓段水质稳定保持Ⅱ类。", "supported"),
        ("湘麓区项目建设如火如荼，2024年新签约亿元以上项目64个。", "supported"),
        ("湘麓区橘子洲景区2024年接待游客1690万人次。", "supported"),
    ],
)
def test_claims_are_decided_by_what_the_report_says_of_that_thing(service, claim, verdict):
    result = service.check(claim)
    assert result.verdict == verdict, result.explanation


def test_a_named_site_s_figure_is_not_another_site_s(service):
    # 1690万人次 is 橘子洲景区's: nothing is said of 岳麓山景区's visitors
    result = service.check("湘麓区岳麓山景区2024年接待游客1690万人次。")
    assert result.verdict != "supported", result.explanation

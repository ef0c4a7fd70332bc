"""The session a report was delivered at, in English; visitors counted in 人次; a site asked
after its district; 投运 as 投入运营; a copula names nothing unknown; a doubling in words;
a figure given in a long summary sentence over a short one naming a part of it; metres and
kilometres. Made-up reports (no model: `service_over` builds the usual small service)."""

from __future__ import annotations

import pytest

REPORT = """青岚区2025年政府工作报告
——2025年1月8日在青岚区第四届人民代表大会第四次会议上
区长 韦海

一、2024年工作回顾
全年实现地区生产总值638.2亿元，增长6.8%；社会消费品零售总额186.7亿元，增长5.1%；外贸进出口总额452.6亿元，增长21.4%；城镇新增就业1.64万人。
外贸结构持续优化，对东盟进出口146.2亿元，占全区外贸进出口总额的比重接近五成。
全区接待游客3,856万人次，增长8.7%；凤湖里历史文化街区全年接待游客426万人次，邕溪夜游航线增至3条。
跨境电商交易额28.4亿元，比上年翻一番。
雪峰科技在深圳证券交易所主板上市，实现全区本土企业境内上市“零的突破”。
新增滨江绿道7.2公里。
二、2025年工作安排
青岚跨境电商产业园二期2025年6月底前投入运营。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(tmp_path_factory, {"qinglan-2025.txt": REPORT})


def test_the_session_a_report_was_delivered_at_is_said_in_english(service):
    answer = service.answer("When and at which session was Qinglan's 2025 report delivered?")
    assert "January 8, 2025" in answer.text, answer.text
    assert "Fourth Session of the Fourth People's Congress" in answer.text, answer.text


def test_visitors_asked_are_counted_in_visits_not_routes():
    from wenzheng.bot.core.slot import fills, read_slot
    from wenzheng.corpus.model import Passage

    slot = read_slot("邕溪夜游接待了多少游客", wants_number=True)
    assert (slot.kind, slot.measure) == ("count", "人次")

    def passage(text: str) -> Passage:
        return Passage(
            id="t:1", doc_id="t", text=text, start=0, end=len(text), section=("一",),
            lead="", paragraph=0, frame="results", years="2024",
        )  # fmt: skip

    def covers(text: str) -> float:
        return 1.0 if "邕溪夜游" in text else 0.0

    assert not fills(slot, [passage("邕溪夜游航线增至3条。")], covers, None)
    assert fills(slot, [passage("邕溪夜游接待游客56万人次。")], covers, None)


def test_a_site_asked_after_its_district_is_the_site_written_in_full(service):
    answer = service.answer("青岚区凤湖里街区2024年接待游客多少")
    assert not answer.refused and "426万人次" in answer.text, answer.text


def test_touyun_is_put_into_operation(service):
    answer = service.answer("青岚跨境电商产业园二期啥时候投运")
    assert not answer.refused and "6月底前" in answer.text, answer.text


def test_the_whole_of_a_summary_sentence_gives_the_figure_asked(service):
    answer = service.answer("青岚区2024年外贸进出口多少")
    assert not answer.refused and "452.6亿元" in answer.text, answer.text


def test_a_copula_names_nothing_unknown(service):
    result = service.check("青岚区雪峰科技上市是全区本土企业境内上市零的突破")
    assert result.verdict == "supported", result.explanation


def test_a_doubling_in_words_is_checked_by_its_words(service):
    result = service.check("青岚区2024年跨境电商交易额比上年翻了一番")
    assert result.verdict == "supported", result.explanation
    answer = service.answer("青岚区2024年跨境电商交易额是不是比上年翻了一番？")
    assert answer.text.startswith("是"), answer.text


def test_metres_are_thousandths_of_a_kilometre(service):
    assert service.check("青岚区2024年新增滨江绿道7200米").verdict == "supported"
    assert service.check("青岚区2024年新增滨江绿道7500米").verdict == "refuted"

"""Checker behaviours found on a fresh district's reports (written for these tests; the
district and figures are made up): look-back sums, street parts, plans, press-release
wording, directions of a thing named alike, a bound shown by its exact figure."""

from __future__ import annotations

import pytest

REPORT_2024 = """青山区2024年政府工作报告
——2024年1月9日在青山区第三届人民代表大会第三次会议上
区长 李明

一、2023年工作回顾
全区地区生产总值812.6亿元，增长5.6%。全年新增高新技术企业148家，总数达到826家。
青峰材料第三研究院建成投入运营，实验小学第二分校秋季开学投入使用。地铁4号线青山段全线洞通。
城镇新增就业1.42万人，城镇登记失业率控制在3%以内。
“十四五”以来的三年，全区累计完成固定资产投资1820亿元，累计新增高新技术企业412家。
二、2024年工作安排
深化安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。
"""

REPORT_2025 = """青山区2025年政府工作报告
——2025年1月8日在青山区第三届人民代表大会第四次会议上
区长 李明

一、过去一年的主要工作
全区地区生产总值856.3亿元，增长5.2%。新建污水管网38公里。
支持企业参加境外展会57场次，跨境电商进出口额增长41%。
全年实际使用外资2.4亿美元，低于3亿美元的目标。全年外贸进出口总额185亿元。
青山区获评国家生态文明建设示范区。粮食总产量12.5万吨。
我们也清醒地认识到，利用外资规模有所收缩，开放型经济新优势有待培育。
我们也清醒地认识到，外贸企业订单减少，外贸进出口总额有所下降。
五年来，全区上下砥砺奋进。2022年，一般公共预算收入突破60亿元；2024年，地区生产总值突破800亿元。
二、2025年工作安排
城镇新增就业1.55万人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from tests.conftest import service_over

    return service_over(
        tmp_path_factory, {"qingshan-2024.txt": REPORT_2024, "qingshan-2025.txt": REPORT_2025}
    )


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a look-back's three-year sum is no one year's count: 148 decides 2023
        ("2023年青山区新增高新技术企业超过150家", "refuted"),
        ("2023年青山区新增高新技术企业148家", "supported"),
        # a street's count is not the district's look-back sum with a digit dropped
        ("永宁街道2023年新增高新技术企业41家。", "not_found"),
        # a plan to curb accidents says nothing of whether one happened
        ("青山区2024年没有发生较大以上生产安全事故。", "not_found"),
        # how it went ("成功") and the press release's flourish are no part of the fact
        ("喜讯！青山区成功获评国家生态文明建设示范区，绿色发展再添“国字号”名片。", "supported"),
        # the clause naming only foreign trade decides, not cross-border e-commerce's
        ("青山区2024年外贸进出口总额实现增长。", "refuted"),
        ("青山区2024年外贸进出口总额有所下降。", "supported"),
        # 千米 is the report's 公里
        ("青山区2024年新建污水管网38千米。", "supported"),
        # a number inside a name names the thing: another number, another thing, unnamed
        ("青山区青峰材料第三研究院2023年建成投入运营。", "supported"),
        ("青山区青峰材料第五研究院2023年建成投入运营。", "not_found"),
        ("青山区实验小学第三分校2023年秋季开学投入使用。", "not_found"),
        ("青山区地铁4号线青山段2023年全线洞通。", "supported"),
        # the session a report was delivered at, written short or in full
        ("青山区2025年政府工作报告是在区三届人大四次会议上作出的。", "supported"),
        ("青山区2025年政府工作报告是在区三届人大三次会议上作出的。", "refuted"),
        ("青山区2024年政府工作报告是在区第三届人民代表大会第三次会议上作出的。", "supported"),
        # a shrinking is a fall; a mass in 斤 is no mass in 吨
        ("青山区2024年利用外资规模比上年有所扩大。", "refuted"),
        ("青山区2024年粮食总产量12.5万斤。", "refuted"),
        ("青山区2024年粮食总产量12.5万吨。", "supported"),
    ],
)
def test_fresh_report_claims(service, claim, expected):
    assert service.check(claim).verdict == expected


def test_a_look_back_sum_is_explained_as_the_look_backs(service):
    """The three-year sum is no 2024 figure: not found, naming the look-back's own years."""
    result = service.check("青山区2024年固定资产投资超过600亿元")
    assert result.verdict == "not_found"
    assert "三年回顾（2021-2023年）" in result.explanation


def test_a_bound_claimed_is_shown_by_the_exact_figure(service):
    """ "突破800亿元" holds: the evidence is the exact 856.3亿元, not only the bound."""
    result = service.check("2024年青山区地区生产总值突破800亿元")
    assert result.verdict == "supported"
    assert "856.3亿元" in result.evidence[0].quote


def test_a_yes_no_question_s_relative_year_is_dated_against_the_newest_report(service):
    """ "前年" in a corpus up to 2025 is 2023: its 148 new firms decide "超过150家了吗" (否),
    not the look-back's three-year sum or another year's count."""
    answer = service.answer("青山区前年新增高新技术企业超过150家了吗？")
    assert answer.text.startswith("否") and "148家" in answer.text


def test_a_look_back_sentence_of_several_years_is_no_one_years_statement(service):
    """ "2022年，一般公共预算收入突破60亿元；2024年，…" dates each part: the revenue mark is
    2022's, so a claim putting it in 2024 is not supported by the sentence as a whole."""
    assert service.check("青山区一般公共预算收入2024年才突破60亿元").verdict != "supported"
    assert service.check("青山区一般公共预算收入2022年突破60亿元").verdict == "supported"


def test_that_year_is_the_year_of_the_meeting_the_claim_dates(service):
    """ "2025年1月召开的…会上，提出当年…的目标": 当年 is 2025, so the 2025 target decides
    (not another year's result)."""
    result = service.check("在2025年1月召开的区人代会上，青山区提出当年城镇新增就业1.6万人的目标。")
    assert result.verdict == "refuted"
    assert "2025年目标" in result.explanation


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the review restates the year's target: a claimed target is checked against it
        ("青山区2024年实际使用外资的预期目标为3亿美元。", "supported"),
        ("青山区2024年实际使用外资的预期目标为3.5亿美元。", "refuted"),
        # ... and the target is no result
        ("青山区2024年实际使用外资3亿美元。", "refuted"),
        # a target no report sets is not found, whatever the year's result
        ("青山区2024年外贸进出口总额的年度目标为200亿元。", "not_found"),
    ],
)
def test_targets_a_review_restates_are_targets_and_a_target_never_set_is_not_found(
    service, claim, expected
):
    assert service.check(claim).verdict == expected


def test_an_indicator_table_in_a_word_file_gives_each_year_its_target_and_result(tmp_path):
    """A Word file's table (指标 | 2024年目标 | 2024年完成 | 2025年目标, units in the row label):
    its figures are read as the year's target or result, in the label's unit."""
    from docx import Document as WordDocument
    from wenzheng.bot.service import Wenzheng

    from wenzheng.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    word = WordDocument()
    for line in REPORT_2025.splitlines()[:5]:
        word.add_paragraph(line)
    table = word.add_table(rows=3, cols=4)
    rows = [
        ("指标", "2024年目标", "2024年完成", "2025年目标"),
        ("实际使用外资（亿美元）", "3", "2.6", "3.2"),
        ("城镇新增就业（万人）", "1.2", "1.26", "1.3"),
    ]
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    word.add_paragraph("二、2025年工作安排")
    word.add_paragraph("城镇新增就业1.3万人。")
    word.save(corpus / "qingshan-2025.docx")
    service = Wenzheng.from_settings(
        Settings(
            _env_file=None,
            data_dir=tmp_path / "data",
            corpus_dir=corpus,
            embedding_model="fake",
            chroma_host=None,
        )
    )
    assert service.check("青山区2024年实际使用外资2.6亿美元。").verdict == "supported"
    assert service.check("青山区2024年城镇新增就业的年度目标为1.26万人。").verdict == "refuted"
    assert service.check("青山区2025年实际使用外资的预期目标为3.2亿美元。").verdict == "supported"

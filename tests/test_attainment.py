"""Claims that a target was met or missed, and indicator tables read with their headings.

A short report of an invented district (no model: a lexical retriever) states, clause by
clause, which targets were met; its Word form adds the same figures as a table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from wenzheng.bot.core.attainment import Attainment
from wenzheng.bot.factcheck.checker import FactChecker
from wenzheng.corpus.formats.table import table_lines
from wenzheng.corpus.loader import load_corpus
from wenzheng.corpus.text import normalize

from tests.conftest import service_over

REPORT = """南京市青石区2023年政府工作报告
——2023年1月6日在青石区第三届人民代表大会第二次会议上
区长　林远
各位代表：
一、2022年工作回顾
对照年初确定的目标，全年实现地区生产总值905亿元、增长2.6%，低于6.5%左右的预期目标；一般公共预算收入82.1亿元，按自然口径增长0.8%，未完成年度预期目标；固定资产投资增长5.8%，完成年度目标；城镇新增就业2.71万人，超额完成年度目标。
完成老旧小区综合整治21个；新增加装电梯87部，未完成年度计划。
社会消费品零售总额742亿元、下降3.6%；外贸进出口总额86.4亿元、增长4.2%。
受疫情冲击，社会消费品零售总额未能实现增长，文旅消费恢复仍需时日。
二、2023年主要目标
地区生产总值增长6%左右；新增加装电梯110部。
"""


def bigrams(text: str) -> set[str]:
    flat = normalize(text).replace(" ", "")
    return {flat[i : i + 2] for i in range(len(flat) - 1)}


@pytest.fixture(scope="module")
def checker(tmp_path_factory) -> FactChecker:
    folder = tmp_path_factory.mktemp("qingshi")
    (folder / "qingshi-2023.txt").write_text(REPORT, encoding="utf-8")
    docs = load_corpus(folder)
    passages = [p for d in docs for p in d.passages if p.kind != "heading"]

    def retrieve(query: str, k: int) -> list:
        q = bigrams(query)
        return sorted(passages, key=lambda p: -len(q & bigrams(p.text)))[:k]

    return FactChecker(retrieve, docs)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("青石区2022年固定资产投资完成了年度目标", "supported"),
        ("青石区2022年城镇新增就业目标完成了", "supported"),
        ("青石区2022年一般公共预算收入没有完成年度预期目标", "supported"),
        ("青石区2022年一般公共预算收入完成了年度目标", "refuted"),
        ("青石区2022年GDP目标完成了", "refuted"),  # "低于…的预期目标"
        ("青石区2022年加装电梯完成了年度计划", "refuted"),
        ("青石区2022年固定资产投资未完成年度目标", "refuted"),
        # after a figure the report states, the stance of its indicator
        ("青石区2022年一般公共预算收入82.1亿元，没有完成年初定下的预期目标", "supported"),
        ("青石区2022年一般公共预算收入82.1亿元，完成了年度预期目标", "refuted"),
        # a shortfall denied is a target met
        ("青石区2022年固定资产投资增长并没有低于年初预期目标", "supported"),
        ("青石区2022年一般公共预算收入没有低于年度预期目标", "refuted"),
    ],
)
def test_a_target_met_or_missed_is_decided_by_the_indicators_own_clause(
    checker, claim, expected
) -> None:
    assert checker.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("青石区2022年社零增长了", "refuted"),  # 社零 is no 零增长
        ("青石区2022年社会消费品零售总额是增长的", "refuted"),
        ("青石区2022年社会消费品零售总额未能实现增长", "supported"),  # a denial is a fall
        ("青石区2022年外贸进出口总额有所增长", "supported"),
    ],
)
def test_a_denied_rise_is_a_fall_and_the_clause_with_the_figure_is_quoted(
    checker, claim, expected
) -> None:
    result = checker.check(claim)
    assert result.verdict == expected
    if "社" in claim:  # of the two clauses on retail sales, the one stating the figure
        assert "下降3.6%" in result.explanation


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    """The whole service over the same report (fake embedder, no model)."""
    return service_over(tmp_path_factory, {"qingshi-2023.txt": REPORT})


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("青石区2022年一般公共预算收入完成年度目标了吗", "否，未完成。"),  # the verb said back
        ("青石区2022年固定资产投资完成年度目标了吗", "是，完成了。"),
        ("青石区2022年社零增长了吗", "否。"),
    ],
)
def test_a_yes_no_question_on_a_target_opens_as_the_report_says(service, question, opening):
    answer = service.answer(question)
    assert not answer.refused and answer.text.startswith(opening)


def test_wording_alone_never_supports_a_target_met() -> None:
    """Every word of "目标完成" is in a table row of target and result, yet the row states
    no stance: a claim that the target was met needs a passage saying so."""
    row = "地区生产总值增速：2022年目标6.5%左右，2022年完成2.6%，2023年目标6%左右。"
    stance = Attainment()
    assert stance.of(row) is None
    assert not stance.agree("2022年GDP目标完成了", row)
    assert stance.agree("2022年GDP增长2.6%", row)  # no stance claimed: nothing to agree on
    both = "固定资产投资增长5.8%，完成年度目标；社零下降1.2%，未实现年初预期"
    assert stance.of(both) is None  # which one depends on the indicator
    assert stance.of("未实现年初预期")[0] == "missed"
    assert stance.of("全年实现地区生产总值905亿元") is None  # 实现 a figure, not a target


def test_asking_whether_something_happened_asks_for_a_result() -> None:
    """ "开工了没" is answered from what was done, not from what was planned."""
    from wenzheng.bot.core.lexicon import Lexicon
    from wenzheng.bot.core.query import detect_frame
    from wenzheng.corpus.model import FRAME_RESULTS, FRAME_TARGETS

    lexicon = Lexicon.load()
    assert detect_frame("晨光1865二期开工了没", lexicon) == FRAME_RESULTS
    assert detect_frame("大明路工程建成了吗", lexicon) == FRAME_RESULTS
    assert detect_frame("地铁通没通车", lexicon) == FRAME_RESULTS
    assert detect_frame("今年计划开工哪些项目", lexicon) == FRAME_TARGETS
    assert detect_frame("天妃宫小学今年开始建了吗", lexicon) == FRAME_TARGETS  # 今年 decides


def test_a_table_row_carries_its_column_headings() -> None:
    rows = [
        ["指标", "2022年目标", "2022年完成", "2023年目标"],
        ["地区生产总值增速", "6.5%左右", "2.6%", "6%左右"],
        ["新增加装电梯", "100部", "", "110部"],
    ]
    assert table_lines(rows) == [
        "指标 2022年目标 2022年完成 2023年目标",
        "地区生产总值增速2022年目标6.5%左右；地区生产总值增速2022年完成2.6%；"
        "地区生产总值增速2023年目标6%左右。",
        "新增加装电梯2022年目标100部；新增加装电梯2023年目标110部。",
    ]
    # no heading row (its first row holds figures): cells joined as they are
    assert table_lines([["地区生产总值", "905亿元"], ["增速", "2.6%"]]) == [
        "地区生产总值 905亿元",
        "增速 2.6%",
    ]


def test_a_unit_in_the_row_label_goes_with_each_figure() -> None:
    """ "实际使用外资（亿美元） | 3 | 2.6" gives 2.6亿美元, not a bare 2.6; a hedge stays after
    the unit ("6%左右")."""
    rows = [
        ["指标", "2024年目标", "2024年完成", "2025年目标"],
        ["实际使用外资（亿美元）", "3", "2.6", "3"],
        ["地区生产总值增长（%）", "6左右", "5.6", "5.5以上"],
        ["城镇新增就业（万人）", "1.2", "1.26", "—"],
        ["高新技术企业（“专精特新”）", "达标", "达标", ""],
    ]
    assert table_lines(rows)[1:] == [
        "实际使用外资2024年目标3亿美元；实际使用外资2024年完成2.6亿美元；"
        "实际使用外资2025年目标3亿美元。",
        "地区生产总值增长2024年目标6%左右；地区生产总值增长2024年完成5.6%；"
        "地区生产总值增长2025年目标5.5%以上。",
        # a dash says there is no figure: no clause for it
        "城镇新增就业2024年目标1.2万人；城镇新增就业2024年完成1.26万人。",
        "高新技术企业（“专精特新”）2024年目标达标；高新技术企业（“专精特新”）2024年完成达标。",
    ]
    # a column of units
    units = [["指标", "单位", "目标", "完成"], ["新增养老床位", "张", "300", "350"]]
    assert table_lines(units)[1:] == ["新增养老床位目标300张；新增养老床位完成350张。"]
    # a column heading with its own unit ("增长%") gives that column's figures its unit
    rates = [["指标", "2022年", "增长%"], ["地区生产总值（亿元）", "1520.6", "3.8"]]
    assert table_lines(rates)[1:] == ["地区生产总值2022年1520.6亿元；地区生产总值增长3.8%。"]


def test_word_and_web_tables_read_alike(tmp_path: Path) -> None:
    from docx import Document
    from wenzheng.corpus.formats.html import html_text
    from wenzheng.corpus.formats.word import docx_text

    rows = [["指标", "2022年目标", "2022年完成"], ["城镇新增就业", "2.6万人", "2.71万人"]]
    document = Document()
    document.add_paragraph("表1　2022年主要指标完成情况")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(tmp_path / "t.docx"))
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    caption = "<p>表1　2022年主要指标完成情况</p>"
    page = f"<html><body><div>{caption}<table>{cells}</table></div></body></html>"
    expected = "城镇新增就业2022年目标2.6万人；城镇新增就业2022年完成2.71万人。"
    assert docx_text((tmp_path / "t.docx").read_bytes()).splitlines()[-1] == expected
    assert html_text(page.encode("utf-8")).splitlines()[-1] == expected


def test_a_web_table_saved_from_word_is_read_by_row_not_by_cell() -> None:
    """Word saves each cell of a data table as a short <p>; the rows still read as sentences,
    and the cells are not read again as paragraphs. A layout table (long paragraphs in its
    cells) is read as those paragraphs."""
    from wenzheng.corpus.formats.html import html_text

    def cell(text: str) -> str:
        return f'<td style="border: 1px solid"><p align="center">{text}</p></td>'

    rows = [
        ["指标名称", "单位", "2022年", "增速（%）"],
        ["社会消费品零售总额", "亿元", "318.5", "-3.4"],
    ]
    table = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in rows)
    body = f"<p>主要指标如下表。</p><table>{table}</table><p>一年来……</p>"
    page = f"<html><body><div>{body}</div></body></html>"
    lines = html_text(page.encode("utf-8")).splitlines()
    assert lines[2].startswith("社会消费品零售总额2022年318.5亿元") and "下降3.4%" in lines[2]
    assert "318.5" not in lines and "亿元" not in lines
    long = (
        "全年实现地区生产总值1685亿元、增长4.1%，其中服务业增加值增长5.2%，"
        "一般公共预算收入168.3亿元、增长2.3%。"
    )
    layout = f"<html><body><table><tr>{cell(long)}</tr></table></body></html>"
    assert html_text(layout.encode("utf-8")).splitlines() == [long]

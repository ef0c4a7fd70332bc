"""A printed report's table of contents, alternating running headers and appendix; a part
heading ending in 回顾; a message's afterthought; areas in square kilometres and hectares."""

from __future__ import annotations

from wenzheng.bot.core.message import questions_in
from wenzheng.corpus.formats import without_contents
from wenzheng.corpus.formats.pdf import _drop_furniture
from wenzheng.corpus.loader import part_heading
from wenzheng.corpus.model import FRAME_NONE, FRAME_RESULTS
from wenzheng.corpus.quantities import extract_quantities


def test_a_table_of_contents_is_dropped():
    text = (
        "政府工作报告\n目　录\n一、2025年工作回顾 ........................ 1\n"
        "二、2026年工作安排 ……………………………… 3\n附件：名词解释 ...................... 5\n"
        "一、2025年工作回顾\n全年实现地区生产总值986.5亿元。"
    )
    kept = without_contents(text).splitlines()
    assert kept == ["政府工作报告", "一、2025年工作回顾", "全年实现地区生产总值986.5亿元。"]


def test_a_single_dotted_line_is_no_table_of_contents():
    text = "注：数据为快报数 ........ 1\n正文。"
    assert without_contents(text) == text


def test_running_headers_alternating_by_side_are_dropped():
    cover = ["政府工作报告", "松岭区第三届人民代表大会第五次会议", "2026年1月7日"]
    pages = [
        cover,
        ["目录"],
        ["松岭区2026年政府工作报告", "政府工作报告", "正文第一页。", "- 1 -"],
        ["松岭区人民政府", "正文第二页。", "- 2 -"],
        ["松岭区2026年政府工作报告", "正文第三页。", "- 3 -"],
        ["松岭区人民政府", "正文第四页。", "- 4 -"],
    ]
    out = _drop_furniture(pages)
    lines = [x for page in out for x in page]
    assert "松岭区2026年政府工作报告" not in lines and "松岭区人民政府" not in lines
    assert lines.count("政府工作报告") == 2  # the cover's title and the report's own


def test_a_heading_ending_in_a_look_back_is_a_review():
    frame, year = part_heading("一、2025年工作和“十四五”发展回顾", 2026)
    assert (frame, year) == (FRAME_RESULTS, 2025)


def test_an_appendix_is_a_part_of_no_year(tmp_path):
    from wenzheng.corpus.loader import load_document

    path = tmp_path / "songling-2026.txt"
    path.write_text(
        "松岭区2026年政府工作报告\n一、2025年工作回顾\n全年接待游客5230万人次。\n"
        "二、2026年工作安排\n接待游客力争突破5600万人次。\n附件：名词解释\n"
        "1．“松岭快办”：松岭区政务服务品牌，于2021年上线。\n"
        "2．冰河科创园：松岭区的科创载体，规划总面积1.2平方公里。\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    last = doc.passages[-1]
    assert last.frame == FRAME_NONE and last.kind == "sentence"
    assert last.section[0] == "附件：名词解释"
    assert last.lead == ""  # one definition does not lead the next, as front matter's lines do


def test_an_afterthought_goes_before_the_question():
    asked = questions_in("冰雪运动公园一期去年10月底前开放了吗 南岗的")
    assert asked == ["南岗的冰雪运动公园一期去年10月底前开放了吗"]


def test_square_kilometres_and_hectares_are_one_measure():
    (km2,) = extract_quantities("规划总面积1.6平方公里")
    (ha,) = extract_quantities("规划总面积160公顷")
    assert km2.unit == ha.unit and abs(km2.value - ha.value) < 1e-6

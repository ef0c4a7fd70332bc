"""Reports as offices publish them: other title blocks, part headings and web-page frames.

The texts here are written for these tests (a made-up county and district); none is a gold
report.
"""

from __future__ import annotations

from collections import Counter

import pytest
from wenzheng.corpus.loader import load_document, parse_document, part_heading
from wenzheng.corpus.meta import infer
from wenzheng.corpus.model import FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS, DocumentMeta
from wenzheng.corpus.time import answer_label

WEB_PAGE = """政府工作报告（全文）_青山县人民政府
来源：青山县人民政府 发布时间：2023-02-03 字号：大 中 小
分享到：
政 府 工 作 报 告
——2023年1月12日在青山县第九届人民代表大会第三次会议上
青山县人民政府县长 李 明

各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。

一、过去一年的工作
全年实现地区生产总值512亿元、增长6.2%。
（一）农业基础更加稳固;
粮食总产量达到41万吨;
二、“十四五”目标和2023年主要工作
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。
版权所有：青山县人民政府办公室
"""


@pytest.mark.parametrize(
    ("heading", "frame", "year"),
    [
        ("2019年政府主要工作回顾", FRAME_RESULTS, 2019),
        ("一、过去一年的工作", FRAME_RESULTS, None),
        ("一、“十三五”时期和2020年工作回顾", FRAME_RESULTS, 2020),
        ("一、2021年及过去五年工作回顾", FRAME_RESULTS, 2021),
        ("二、2022年主要目标任务", FRAME_TARGETS, 2022),
        ("二、今年工作安排", FRAME_TARGETS, None),
        ("第二部分2023年重点工作", FRAME_TARGETS, 2023),
        ("二、“十四五”目标和2021年主要工作", FRAME_TARGETS, 2021),
        ("一、2023年工作回顾和今后五年工作建议", FRAME_RESULTS, 2023),
        ("一、过去五年工作回顾和2022年工作", FRAME_RESULTS, 2022),
        ("今年工作的总体要求和主要目标", FRAME_TARGETS, None),
        ("二、2024年主要目标和重点任务", FRAME_TARGETS, 2024),
        # a new plan period's report: its goals first, the year's targets after
        ("二、“十五五”时期奋斗目标和2026年主要预期目标", FRAME_TARGETS, 2026),
        ("二、今后五年发展目标和2026年工作安排", FRAME_TARGETS, 2026),
        # one part for the review and the plan: the review first
        ("一、2023年工作回顾和2024年总体安排", FRAME_RESULTS, 2023),
        # a plan joined with what it holds
        ("二、2024年目标任务和十件民生实事", FRAME_TARGETS, 2024),
    ],
)
def test_part_headings_in_the_forms_reports_use(heading, frame, year):
    assert part_heading(heading) == (frame, year)


@pytest.mark.parametrize(
    ("heading", "frame", "year"),
    [
        ("一、关于2023年工作", FRAME_RESULTS, 2023),
        ("三、扎实做好2024年各项工作", FRAME_TARGETS, 2024),
    ],
)
def test_a_numbered_heading_naming_only_a_years_work_is_framed_by_the_reports_year(
    heading, frame, year
):
    # the year before the report's is its review, the report's own year its plan
    assert part_heading(heading, report_year=2024) == (frame, year)
    assert part_heading(heading) is None  # no report year to tell by
    assert part_heading(heading, report_year=2030) is None  # neither year


@pytest.mark.parametrize(
    "line",
    [
        "一、聚力经济建设，促进经济发展提质增效",
        "三、坚持目标任务不动摇推进改革",
        "过去一年，我们迎难而上",
    ],
)
def test_sections_and_sentences_are_not_part_headings(line):
    assert part_heading(line) is None


def test_a_web_page_copy_infers_its_metadata_from_the_meeting_line():
    meta = infer(WEB_PAGE)
    assert meta["region"] == "青山县"
    assert (meta["year"], meta["date"], meta["published"]) == (2023, "2023-01-12", "2023-02-03")
    assert meta["speaker"] == "李明"
    assert meta["title"] == "青山县2023年政府工作报告"


def test_a_web_page_copy_parses_into_parts_without_its_frame(tmp_path):
    path = tmp_path / "qingshan-2023.txt"
    path.write_text(WEB_PAGE, encoding="utf-8")
    doc = load_document(path)
    frames = Counter(p.frame for p in doc.passages if p.kind == "sentence")
    assert frames[FRAME_RESULTS] >= 2 and frames[FRAME_TARGETS] >= 1
    text = " ".join(p.text for p in doc.passages)
    assert "字号" not in text and "分享到" not in text and "版权所有" not in text
    section = next(p for p in doc.passages if "粮食总产量" in p.text).section
    assert section[-1] == "一、农业基础更加稳固"
    years = {p.years for p in doc.passages if p.frame == FRAME_RESULTS}
    assert years == {"2022"}


def test_a_meeting_line_names_the_region_not_the_speakers_sentence():
    text = (
        "政府工作报告\n——2021年1月8日在河东市西湖区第二届人民代表大会第五次会议上\n"
        "区人民政府区长 王 五\n\n现在，我代表区人民政府向大会报告工作。\n"
    )
    meta = infer(text)
    assert meta["region"] == "河东市西湖区" and meta["year"] == 2021


def test_a_numbered_list_item_with_figures_is_no_section_heading(tmp_path):
    """ "1.地区生产总值增长7%左右；" is a target to check, not a heading."""
    text = WEB_PAGE.replace(
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
        "今年经济社会发展的主要预期目标是：\n1.地区生产总值增长6%左右；\n2.一般公共预算收入增长5%；",
    )
    path = tmp_path / "qingshan-2023.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    item = next(p for p in doc.passages if "增长6%左右" in p.text)
    assert item.kind == "sentence" and item.frame == FRAME_TARGETS


def test_a_paragraphs_topic_lead_is_no_item_of_a_list_it_runs_on_nor_a_fact(tmp_path):
    """ "一是发放消费券5000万元。二是办好音乐节。": the second item's topic is not the first;
    "一是坚决把牢政治方向。" over its own paragraph is that paragraph's topic."""
    text = WEB_PAGE.replace(
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
        "一是发放政府消费券5000万元。二是办好第四届森林音乐节。\n"
        "一是坚决把牢政治方向。坚持依法履职尽责。\n"
        "新增就业2万人。城镇登记失业率控制在3%以内。",
    )
    path = tmp_path / "qingshan-2023.txt"
    path.write_text(text, encoding="utf-8")
    leads = {p.text: p.lead for p in load_document(path).passages}
    assert leads["二是办好第四届森林音乐节。"] == ""
    assert leads["坚持依法履职尽责。"] == "一是坚决把牢政治方向。"
    assert leads["城镇登记失业率控制在3%以内。"] == ""


def test_a_one_character_county_and_an_update_date_are_read_right():
    text = (
        "沛县人民政府工作报告\n来源：沛县人民政府 更新时间：2025-03-01\n"
        "2025年1月14日在沛县第十八届人民代表大会第五次会议上\n沛县人民政府县长 孙 某\n"
    )
    meta = infer(text)
    assert meta["region"] == "沛县" and meta["date"] == "2025-01-14"
    assert "published" not in meta  # an update date is no publication date


def test_a_title_naming_the_city_gives_the_region_its_city():
    """The meeting line says 江宁区; the title above it says 南京市江宁区: the region is the
    longer one, so the city is known (a claim's "南京各区中" is then no other place)."""
    text = (
        "南京市江宁区2022年政府工作报告\n——2022年1月10日在江宁区第十八届人民代表大会第一次会议上\n"
    )
    assert infer(text)["region"] == "南京市江宁区"


LOOK_BACK = """政府工作报告
——2024年1月10日在青山区第十八届人民代表大会第三次会议上
区长 李明

一、2023年工作回顾
全年实现地区生产总值812亿元、增长5.6%。
“十四五”以来的三年，全区地区生产总值年均增长6.3%，累计新增高新技术企业412家。
新开工亿元以上项目46个，项目数创近五年新高。
二、2024年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。
"""


def test_a_look_back_names_its_own_years_and_a_mention_in_passing_is_none(tmp_path):
    """ "“十四五”以来的三年，…" opens a look-back over 2021-2023 (not five years); "创近五年
    新高" inside a sentence of the year's review leaves it that year's."""
    path = tmp_path / "qingshan-2024.txt"
    path.write_text(LOOK_BACK, encoding="utf-8")
    doc = load_document(path)
    by_text = {p.text[:6]: p for p in doc.passages}
    back = by_text["“十四五”以"]
    assert (back.frame, back.years) == (FRAME_SPAN, "2021-2023")
    assert back.section[-1] == "三年回顾"
    assert by_text["新开工亿元以"].frame == FRAME_RESULTS
    assert answer_label(back.frame, back.years) == "过去三年："


FIVE_YEAR_REVIEW = """青山区2021年政府工作报告
——2021年1月12日在青山区第三届人民代表大会第五次会议上
区长 李明

一、“十三五”时期和2020年工作回顾
全年实现地区生产总值812.6亿元，增长3.9%。
2020年是“十三五”规划收官之年。回顾五年历程，“十三五”规划确定的主要目标任务全面完成。
——综合实力迈上新台阶。
地区生产总值从2015年的615.4亿元增加到812.6亿元，年均增长6.3%。
——城乡面貌发生新变化。
累计改造老旧小区108个。
这些成绩的取得，是全区人民团结奋斗的结果。
二、“十四五”时期发展目标和2021年主要任务
今年全区经济社会发展的主要预期目标是：地区生产总值增长7%左右。
"""


def test_a_look_back_opened_by_reviewing_five_years_keeps_its_bullets(tmp_path):
    """ "回顾五年历程" opens the look-back; its "——" bullets and the paragraph under each are
    the look-back's (2016-2020), the paragraph after them the year's review again."""
    path = tmp_path / "qingshan-2021.txt"
    path.write_text(FIVE_YEAR_REVIEW, encoding="utf-8")
    doc = load_document(path)
    by_text = {p.text[:6]: p for p in doc.passages}
    for opening in ("回顾五年历程", "——综合实力", "地区生产总值", "累计改造老旧"):
        assert (by_text[opening].frame, by_text[opening].years) == (FRAME_SPAN, "2016-2020")
    assert by_text["全年实现地区"].frame == FRAME_RESULTS
    assert by_text["这些成绩的取"].frame == FRAME_RESULTS


def test_a_part_joining_the_review_and_the_plan_turns_to_the_plan_at_its_years_paragraph():
    """ "一、2023年工作回顾和2024年总体安排": the review's paragraphs are 2023's results, and
    from "2024年是…" on the part is the 2024 plan."""
    text = (
        "政府工作报告\n\n一、2023年工作回顾和2024年总体安排\n\n"
        "过去一年，全区实现地区生产总值812亿元，增长5.8%。\n\n"
        "2024年是实现“十四五”规划目标任务的关键一年。\n\n"
        "2024年主要预期目标是：地区生产总值增长6%左右。\n"
    )
    meta = DocumentMeta(
        id="d", title="东岭区2024年政府工作报告", issuer="区政府", year=2024, date="2024-01-09"
    )
    doc = parse_document(text, meta)
    frames = {p.text[:8]: (p.frame, p.years) for p in doc.passages}
    assert frames["过去一年，全区实"] == (FRAME_RESULTS, "2023")
    assert frames["2024年是实现"] == (FRAME_TARGETS, "2024")
    assert frames["2024年主要预"] == (FRAME_TARGETS, "2024")

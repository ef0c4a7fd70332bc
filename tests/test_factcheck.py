"""The fact-checker over the real 2020 Gulou report, with a lexical retriever (no models)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from wenzheng.bot.core.types import CheckResult, Citation, FigureDifference
from wenzheng.bot.factcheck import cli as factcheck_cli
from wenzheng.bot.factcheck.checker import CheckLexicon, FactChecker, is_factual, split_draft
from wenzheng.corpus.loader import load_corpus
from wenzheng.corpus.text import normalize

from wenzheng.errors import InputError

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"


def bigrams(text):
    flat = normalize(text).replace(" ", "")
    return {flat[i : i + 2] for i in range(len(flat) - 1)}


@pytest.fixture(scope="module")
def docs():
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def checker(docs):
    passages = [p for d in docs for p in d.passages if p.kind != "heading"]
    index = [(p, bigrams(p.text)) for p in passages]

    def retrieve(query, k):
        q = bigrams(query)
        return [p for p, _ in sorted(index, key=lambda pg: -len(q & pg[1]))[:k]]

    return FactChecker(retrieve, docs)


def verdict(checker, claim):
    return checker.check(claim).verdict


# --- indicators ----------------------------------------------------------------------------


def test_a_figure_is_compared_with_its_own_indicator_not_its_neighbour(checker):
    """固定资产投资 9%以上 is refuted by its 7.5%以上, though 服务业增加值 has 9%以上 nearby."""
    r = checker.check("2020年固定资产投资预期增长9%以上")
    assert r.verdict == "refuted"
    assert r.differences == (FigureDifference("固定资产投资增长", "9%以上", "7.5%以上"),)
    assert "固定资产投资增长7.5%以上" in r.evidence[0].quote
    assert verdict(checker, "2020年服务业增加值预期增长9%以上") == "supported"


def test_service_value_added_is_not_read_as_gdp_growth(checker):
    """服务业增加值增长8% is refuted by 9%, not supported by the GDP's 8% in the same sentence."""
    r = checker.check("2019年鼓楼服务业增加值增长8%。")
    assert r.verdict == "refuted"
    assert r.differences[0].reported == "9%"


def test_growth_rate_and_level_are_different_quantities(checker):
    """增长8% and 1620亿元 are two figures of 地区生产总值; each is checked against its kind."""
    figures = checker.figures_of("预计全年实现地区生产总值1620亿元、增长8%，其中服务业增加值增长9%")
    kinds = [(f.indicator, f.kind, f.quantity.raw) for f in figures]
    assert kinds == [
        ("地区生产总值", "level", "1620亿元"),
        ("地区生产总值", "growth", "8%"),
        ("服务业增加值", "growth", "9%"),
    ]
    assert (
        verdict(checker, "2019年鼓楼区地区生产总值预计达到1620亿元，比上年增长8%。") == "supported"
    )


def test_synonyms_map_colloquial_indicators_to_report_terms(checker):
    """GDP, 财政收入, 社零 and 经济总量 are matched to the report's indicators."""
    assert verdict(checker, "2019年鼓楼GDP达到1620亿元。") == "supported"
    assert verdict(checker, "2019年鼓楼财政收入164.5亿元。") == "supported"
    assert verdict(checker, "2019年鼓楼社零增长5.3%。") == "supported"
    assert verdict(checker, "2019年鼓楼区经济总量为1620亿元。") == "supported"


def test_the_synonym_file_is_data_a_maintainer_can_extend(tmp_path, docs):
    """A lexicon read from another JSON file adds an alias the default one lacks."""
    packaged = Path(__file__).resolve().parent.parent / "bot" / "data" / "lexicon.json"
    data = json.loads(packaged.read_text(encoding="utf-8"))
    data["check"]["indicators"]["实际使用外资"].append("洋资")
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    extended = FactChecker(lambda q, k: [], docs, CheckLexicon.load(path))
    assert extended.check("2019年鼓楼实际到位洋资2.65亿美元。").verdict == "supported"


# --- time frames ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "reported", "swapped"),
    [
        ("2019年鼓楼软件业务收入增长12%。", "14%", "2020年目标"),
        ("2020年鼓楼实际使用外资的目标为2.65亿美元。", "2.6亿美元", "2019年实绩"),
        ("2019年鼓楼地区生产总值增长7.5%。", "8%", "2020年目标"),
    ],
)
def test_a_figure_of_the_other_year_is_refuted_and_both_are_named(
    checker, claim, reported, swapped
):
    """A 2020 target stated as a 2019 result (or back) is refuted; both figures are named."""
    r = checker.check(claim)
    assert r.verdict == "refuted"
    assert r.differences[0].reported == reported
    assert reported in r.explanation and r.differences[0].claimed in r.explanation
    assert swapped in r.explanation
    assert len(r.evidence) == 2


@pytest.mark.parametrize(
    "claim",
    [
        "2019年鼓楼软件业务收入同比增长14%。",
        "2020年鼓楼软件业务收入目标增长12%。",
        "2019年鼓楼实际使用外资2.65亿美元。",
        "今年鼓楼实际使用外资目标2.6亿美元。",
        "鼓楼区2020年地区生产总值的预期增速为7.5%以上。",
    ],
)
def test_a_figure_in_its_own_year_is_supported(checker, claim):
    """The same indicators are supported when the year matches the report's figure."""
    assert verdict(checker, claim) == "supported"


def test_a_milestone_put_in_the_wrong_year_is_refuted(checker):
    """突破百亿 happened in 2017, so "2015年突破百亿大关" is refuted, citing the 2017 clause."""
    r = checker.check("鼓楼一般公共预算收入在2015年突破百亿大关。")
    assert r.verdict == "refuted"
    assert "2017年，一般公共预算收入突破百亿大关" in r.evidence[0].quote
    assert r.differences[0].reported.startswith("2017年")
    assert verdict(checker, "鼓楼一般公共预算收入于2017年迈过百亿元门槛。") == "supported"


# --- units and hedges ----------------------------------------------------------------------


def test_a_changed_unit_refutes(checker):
    """亿美元 → 亿元, 亿元 → 万元 and 人次 → 人 are refuted even with the same digits."""
    r = checker.check("2019年鼓楼实际使用外资2.65亿元。")
    assert r.verdict == "refuted"
    assert r.differences[0] == FigureDifference("实际使用外资", "2.65亿元", "2.65亿美元")
    assert verdict(checker, "2019年鼓楼一般公共预算收入164.5万元。") == "refuted"
    assert verdict(checker, "全区卫生服务中心累计门诊量达180万人。") == "refuted"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2019年鼓楼净增市场主体12000家。", "supported"),  # report: 近12000家 (noted)
        ("2019年鼓楼区净增市场主体接近1.2万家。", "supported"),
        ("2019年鼓楼净增市场主体超过12000家。", "refuted"),  # 近 means fewer than
        ("2019年鼓楼净增市场主体超过2万家。", "refuted"),
        ("2019年鼓楼减税降费超过30亿元。", "supported"),
        ("2019年鼓楼减税降费30亿元。", "supported"),  # report: 超过30亿元 (noted)
        ("2019年鼓楼减税降费近30亿元。", "refuted"),
        ("鼓楼2020年的目标是外贸进出口总额400亿元以上。", "supported"),  # report: 超过400亿元
        ("2019年鼓楼外贸进出口总额超过400亿元。", "refuted"),  # 2019: 395亿元
        ("鼓楼地区生产总值2019年突破1600亿元。", "supported"),  # 1620亿元 meets it
    ],
)
def test_approximations_are_compared_as_the_report_states_them(checker, claim, expected):
    """Hedges: the same number in a compatible direction agrees; a wrong direction refutes."""
    assert verdict(checker, claim) == expected


def test_a_dropped_hedge_is_noted(checker):
    """A claim of 12000家 against the report's 近12000家 is supported with the wording noted."""
    r = checker.check("2019年鼓楼净增市场主体12000家。")
    assert "近12000家" in r.explanation


# --- Chinese numerals and ranks ------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("鼓楼组建了九大区属国企集团。", "supported"),
        ("鼓楼组建了八大区属国企集团。", "refuted"),
        ("区人代会确定的十项重点民生实事全部兑现。", "supported"),
        ("2019年区人代会确定的十二项重点民生实事全部兑现。", "refuted"),
        ("山西路国控点空气质量优良天数排名全市第一。", "supported"),
        ("山西路国控点空气质量优良天数排名全市第二。", "refuted"),
        ("报告是在区第二届人民代表大会第三次会议上审议通过的。", "refuted"),
    ],
)
def test_chinese_numerals_and_ranks_are_checked(checker, claim, expected):
    """九大, 十项, 第一 and 第四次 are figures: another count or rank refutes."""
    assert verdict(checker, claim) == expected


# --- not found -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "鼓楼区2019年常住人口达到130万人。",
        "2020年鼓楼将开通地铁6号线鼓楼段。",
        "玄武区2019年地区生产总值为1050亿元。",
        "南京市2019年地区生产总值为14000亿元。",
        "2019年鼓楼区人均GDP达到15万元。",
        "2020年鼓楼将新建3所公办幼儿园。",
        "鼓楼区2020年将举办世界园艺博览会。",
    ],
)
def test_claims_about_what_the_report_never_mentions_are_not_found(checker, claim):
    """Other indicators, places and topics are not_found, never refuted, and cite nothing."""
    r = checker.check(claim)
    assert r.verdict == "not_found"
    assert r.evidence == ()


# --- statements without figures ------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("金陵饭店获得市长质量奖。", "supported"),
        ("金陵饭店获得省长质量奖。", "refuted"),
        ("政府工作报告由区长吴炜作。", "supported"),
        ("政府工作报告由区长张伟作。", "refuted"),
        ("鼓楼在2018年获评首届全省推进高质量发展先进区。", "supported"),
        ("2019年鼓楼新增的10家新型研发机构全部完成了备案。", "refuted"),
        ("2019年鼓楼未通过国家城市黑臭水体整治专项检查。", "refuted"),
        ("区政府于2020年1月19日印发政府工作报告。", "supported"),
        ("区政府于2020年1月20日印发政府工作报告。", "refuted"),
    ],
)
def test_non_numeric_claims_are_supported_or_contradicted(checker, claim, expected):
    """A stated fact is supported; another person, office, date, negation or "全部" refutes."""
    assert verdict(checker, claim) == expected


def test_a_refuted_speaker_names_the_report_speaker(checker):
    """The explanation and difference of a wrong speaker name the report's speaker."""
    r = checker.check("政府工作报告由区长张伟作。")
    assert r.differences == (FigureDifference("报告人", "张伟", "吴炜"),)
    assert "吴 炜" in r.evidence[0].quote


# --- output --------------------------------------------------------------------------------


def test_evidence_quotes_are_verbatim_passages_with_sections(checker, docs):
    """Each citation is a passage of the document: its id, title, section path and text."""
    r = checker.check("2019年鼓楼外贸进出口总额超过400亿元。")
    by_id = {p.id: p for d in docs for p in d.passages}
    assert r.evidence
    for c in r.evidence:
        p = by_id[c.id]
        assert c == Citation(p.id, docs[0].meta.title, p.section_path, p.text)
        assert docs[0].text[p.start : p.end] == c.quote
    assert r.to_json()["evidence"][0]["section"].startswith("2019年政府主要工作回顾")


def test_an_empty_claim_is_an_input_error(checker):
    """An empty or blank claim raises InputError."""
    with pytest.raises(InputError):
        checker.check("  ")
    with pytest.raises(InputError):
        checker.check_draft("")


# --- drafts --------------------------------------------------------------------------------

DRAFT = (
    "各位同事好！2019年，鼓楼区地区生产总值达到1620亿元，同比增长8%。软件业务收入增长12%。"
    "我们认为成绩来之不易。金陵饭店获得市长质量奖。\n鼓楼区常住人口达到130万人。"
)


def test_a_draft_is_split_into_sentences_and_only_facts_are_checked(checker):
    """Greetings and opinions are skipped; each factual sentence gets its own verdict."""
    assert split_draft(DRAFT)[0] == "各位同事好！"
    assert not is_factual("各位同事好！") and not is_factual("我们认为成绩来之不易。")
    results = checker.check_draft(DRAFT)
    assert [(r.claim, r.verdict) for r in results] == [
        ("2019年，鼓楼区地区生产总值达到1620亿元，同比增长8%。", "supported"),
        ("软件业务收入增长12%。", "refuted"),  # the draft speaks of 2019: 14% then
        ("金陵饭店获得市长质量奖。", "supported"),
        ("鼓楼区常住人口达到130万人。", "not_found"),
    ]


# --- CLI -----------------------------------------------------------------------------------


class FakeService:
    """A service answering every claim with one fixed refutation."""

    result = CheckResult(
        claim="2019年鼓楼软件业务收入增长12%。",
        verdict="refuted",
        evidence=(
            Citation(
                "d:1", "报告", "回顾 › 一、经济", "软件业务收入增长14%、文化产业收入增长15%。"
            ),
        ),
        explanation="报告2019年实绩软件业务收入增长为14%，声明为12%。",
        differences=(FigureDifference("软件业务收入增长", "12%", "14%"),),
    )

    def check(self, claim):
        if not claim.strip():
            raise InputError("the claim is empty")
        return self.result

    def check_draft(self, text):
        return [self.result]


def run_cli(argv, capsys):
    parser = argparse.ArgumentParser()
    factcheck_cli.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    assert factcheck_cli.run(args, None, FakeService()) == 0
    return capsys.readouterr().out


def test_cli_prints_a_readable_verdict_with_the_figure_marked(capsys):
    """`check "claim"` shows the verdict, the section, the quote and marks the report's figure."""
    out = run_cli(["check", "2019年鼓楼软件业务收入增长12%。"], capsys)
    assert "不符（refuted）" in out
    assert "回顾 › 一、经济" in out
    assert "软件业务收入增长【14%】" in out


def test_cli_json_has_the_contract_fields(capsys):
    """`check --json` prints one object with claim, verdict, evidence, explanation, differences."""
    data = json.loads(run_cli(["check", "x", "--json"], capsys))
    assert set(data) >= {"claim", "verdict", "evidence", "explanation", "differences"}
    assert set(data["evidence"][0]) >= {"id", "section", "quote"}


def test_cli_batch_prints_one_json_line_per_claim(tmp_path, capsys):
    """`check --batch FILE --json` prints id, verdict, evidence, explanation per line; bad lines
    become error entries."""
    batch = tmp_path / "claims.jsonl"
    batch.write_text('{"id": "c1", "claim": "甲"}\n{"id": "c2", "claim": " "}\n', encoding="utf-8")
    lines = [
        json.loads(x)
        for x in run_cli(["check", "--batch", str(batch), "--json"], capsys).splitlines()
    ]
    assert lines[0]["id"] == "c1" and lines[0]["verdict"] == "refuted"
    assert set(lines[0]) >= {"id", "verdict", "evidence", "explanation"}
    assert lines[1] == {"id": "c2", "error": "the claim is empty"}


def test_cli_file_prints_a_table_or_a_json_list(tmp_path, capsys):
    """`check --file draft.txt` prints a table with the differing figures; with --json a list."""
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    table = run_cli(["check", "--file", str(draft)], capsys)
    assert "【12%】→【14%】" in table and "不符" in table
    data = json.loads(run_cli(["check", "--file", str(draft), "--json"], capsys))
    assert isinstance(data, list) and data[0]["verdict"] == "refuted"


def test_cli_empty_claim_is_an_input_error():
    """`check ""` raises InputError for the entry point to report."""
    parser = argparse.ArgumentParser()
    factcheck_cli.add_parser(parser.add_subparsers(dest="command"))
    with pytest.raises(InputError):
        factcheck_cli.run(parser.parse_args(["check", ""]), None, FakeService())


# --- wording and scope ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "实施“百优企业”计划，新增各类资本市场上市、挂牌企业11家。",
        "将招商引资作为全区经济发展的“生命线”，突出产业链招商、以商招商和社会化招商，"
        "各级一把手亲自招商，跑出了新一轮高质量招商的加速度。",
        "文体活动深入开展，新中国成立70周年系列庆祝活动亮点纷呈。",
        "南京长江国际航运中心一期建成并投入使用。",
    ],
)
def test_the_reports_own_sentences_are_supported(checker, sentence):
    """Sentences of the report check as supported, though 计划/将 also mark plans elsewhere."""
    assert verdict(checker, sentence) == "supported"


def test_a_target_worded_as_a_result_is_refuted_though_the_result_meets_it(checker):
    """ "2019年…增长7.5%以上" fits 2019's 8% but is the 2020 target's wording: refuted."""
    r = checker.check("2019年鼓楼固定资产投资增长7.5%以上。")
    assert r.verdict == "refuted"
    assert "2020年目标" in r.explanation


def test_what_the_report_does_not_state_is_not_found(checker):
    """A swapped-in name, an extra clause, or a figure with no indicator is not_found."""
    assert verdict(checker, "美国科学院院士工作站正式落户鼓楼。") == "not_found"
    assert verdict(checker, "鼓楼区2019年城镇登记失业率1.78%，低于全市平均水平。") == "not_found"
    assert verdict(checker, "2020年，增长10%。") == "not_found"


# --- from/to changes, counts in names, loose binding ------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "五年间空气优良率由57.4%升至69.5%",
        "PM2.5年均浓度从56.4微克/立方米降到42.3微克/立方米",
        "五年来鼓楼PM2.5年均浓度由56.4下降至42.3微克/立方米",
        "过去五年空气优良率从57.4%提高为69.5%",
    ],
)
def test_a_change_from_start_to_end_is_compared_pairwise(checker, claim):
    """Start value with the report's start, end value with its end (a bare start takes the
    end's unit); neither is compared with the other."""
    assert verdict(checker, claim) == "supported"


@pytest.mark.parametrize(
    ("claim", "differences"),
    [
        (
            "五年来空气优良率从69.5%提高到57.4%",
            (
                FigureDifference("空气优良率起始值", "69.5%", "57.4%"),
                FigureDifference("空气优良率", "57.4%", "69.5%"),
            ),
        ),
        (
            "空气优良率从55%提高到69.5%",
            (FigureDifference("空气优良率起始值", "55%", "57.4%"),),
        ),
        (
            "PM2.5年均浓度从56.4微克/立方米降到40微克/立方米",
            (FigureDifference("PM2.5年均浓度", "40微克/立方米", "42.3微克/立方米"),),
        ),
        (
            "五年来鼓楼PM2.5年均浓度从60微克/立方米下降到42.3微克/立方米",
            (FigureDifference("PM2.5年均浓度起始值", "60微克/立方米", "56.4微克/立方米"),),
        ),
    ],
)
def test_a_swapped_or_changed_start_or_end_is_refuted_by_name(checker, claim, differences):
    r = checker.check(claim)
    assert r.verdict == "refuted"
    assert r.differences == differences


def test_a_change_whose_start_the_report_does_not_give_is_not_found(checker):
    assert verdict(checker, "五年来人民群众安全感从90%提高到98.7%") == "not_found"


@pytest.mark.parametrize(
    "claim",
    [
        "鼓楼区的三大主导产业是高端商务商贸、软件信息和文化旅游",
        "高端商务商贸、软件信息和文化旅游是鼓楼区的三大主导产业",
        "鼓楼有三大主导产业",
        "鼓楼的四大特色产业包括航运服务、科技服务、金融服务和智力服务",
        "鼓楼组建了九大区属国企集团",
        "区人代会确定的十项重点民生实事全部兑现",
        "2019年鼓楼兑现了十项重点民生实事",
    ],
)
def test_a_count_in_a_name_is_supported_by_the_same_count_and_noun(checker, claim):
    assert verdict(checker, claim) == "supported"


@pytest.mark.parametrize(
    ("claim", "indicator", "claimed", "reported"),
    [
        ("鼓楼区的四大主导产业是高端商务商贸、软件信息和文化旅游", "主导产业", "四大", "三大"),
        ("鼓楼五大特色产业发展迅速", "特色产业发展迅速", "五大", "四大"),
        ("鼓楼组建了八大区属国企集团", "区属国企集团", "八大", "九大"),
        ("2019年鼓楼兑现了十二项重点民生实事", "重点民生实事", "十二项", "十项"),
    ],
)
def test_a_count_in_a_name_that_differs_is_refuted(checker, claim, indicator, claimed, reported):
    r = checker.check(claim)
    assert r.verdict == "refuted"
    assert r.differences == (FigureDifference(indicator, claimed, reported),)


@pytest.mark.parametrize(
    ("claim", "item"),
    [
        ("鼓楼区的三大主导产业是高端商务商贸、软件信息和金融服务", "金融服务"),
        ("高端商务商贸、航运服务和文化旅游是鼓楼区的三大主导产业", "航运服务"),
        ("鼓楼的四大特色产业包括航运服务、科技服务、金融服务和文化旅游", "文化旅游"),
    ],
)
def test_a_counted_list_naming_another_item_is_refuted(checker, claim, item):
    r = checker.check(claim)
    assert r.verdict == "refuted"
    assert f"“{item}”" in r.explanation


@pytest.mark.parametrize(
    ("claim", "expected", "reported"),
    [
        ("2020年鼓楼计划建成不少于20万平方米的硅巷载体", "refuted", "不少于10万平方米"),
        ("2020年鼓楼计划建成不少于10万平方米的硅巷载体", "supported", ""),
        ("2019年鼓楼卫生服务中心接待门诊200万人次", "refuted", "180万人次"),
        ("2019年鼓楼医疗卫生服务中心接诊180万人次", "supported", ""),
    ],
)
def test_a_figure_bound_to_a_generic_phrase_is_found_by_its_sentence(
    checker, claim, expected, reported
):
    """No indicator matches, but one sentence part states the claim's content with a figure
    of the same unit, kind and time: that figure decides."""
    r = checker.check(claim)
    assert r.verdict == expected
    assert [d.reported for d in r.differences] == ([reported] if reported else [])


@pytest.mark.parametrize(
    "claim",
    [
        "2019年鼓楼完成老旧小区加装电梯30幢",
        "2020年鼓楼计划新建公园绿地10万平方米",
        "2019年鼓楼为社区养老新增床位500张",
        "2020年鼓楼计划新增停车泊位1000个",
    ],
)
def test_no_comparable_sentence_keeps_not_found(checker, claim):
    assert verdict(checker, claim) == "not_found"


def test_a_common_short_form_names_the_report_s_indicator(checker):
    """违建 is the short form of 违法建筑: the report's 12.5万平方米 decides the claim."""
    r = checker.check("2019年鼓楼拆除违建15万平方米")
    assert r.verdict == "refuted"
    assert [d.reported for d in r.differences] == ["12.5万平方米"]


def test_a_loose_match_keeps_the_time_frame(checker):
    """The 2020 target of 不少于10万平方米 is no 2019 result."""
    assert verdict(checker, "2018年鼓楼建成不少于10万平方米的硅巷载体") == "not_found"


@pytest.mark.parametrize(
    ("sentence", "factual"),
    [
        ("区政府召开全区经济工作会议。", True),
        ("某街道获评省级文明街道。", True),
        ("全年未发生重大安全事故。", True),
        ("发展的道路必将越走越宽。", False),
        ("让我们携手共建美好家园。", False),
        ("环境的改善离不开每个人的努力。", False),
        ("教育是民族振兴的基石。", False),
    ],
)
def test_only_sentences_that_report_a_fact_get_a_verdict(sentence, factual):
    """A draft's reporting sentences are checked; views, appeals and maxims are not."""
    assert is_factual(sentence) is factual


def test_the_parent_city_as_a_rankings_scope_is_the_reports_whole_city(checker):
    """ "位列南京市第一" is the report's "排名全市第一"; 南京市 as a subject stays another place."""
    assert verdict(checker, "2019年，山西路国控点空气质量优良天数位列南京市第一。") == "supported"
    assert verdict(checker, "南京市地区生产总值1620亿元。") == "not_found"


@pytest.mark.parametrize(
    "claim", ["2019年引进5亿元以上签约项目90个", "2019年新增实际到账三千万元以上的大项目156个"]
)
def test_a_category_named_by_another_amount_is_another_indicator(checker, claim):
    """ "5亿元以上项目" is not the report's "亿元以上签约项目": its count is not stated."""
    assert checker.check(claim).verdict == "not_found"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2019年新增实际到账千万元以上的大项目超过一百五十个", "supported"),
        ("2019年新增高新技术企业增长超过三成", "supported"),
        ("2019年新增高新技术企业增长近五成", "refuted"),
    ],
)
def test_figures_in_words_and_tenths_are_compared(checker, claim, expected):
    assert checker.check(claim).verdict == expected


def test_the_province_named_for_the_reports_whole_province_is_its_scope(checker):
    """A report's "在全省率先" is a claim's "在江苏省率先" when the report is Jiangsu's."""
    result = checker.check("鼓楼区在江苏省率先聘请“专家河长”参与治河")
    assert result.verdict == "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2019年规模楼宇税收同比下降", "refuted"),  # the report: 84亿元，增长10%
        ("五年来PM2.5年均浓度有所上升", "refuted"),  # the report: 从56.4…下降到42.3…
        ("2019年固定资产投资保持增长", "supported"),
        ("五年间空气优良率明显上升，PM2.5年均浓度明显下降", "supported"),
    ],
)
def test_a_direction_without_figures_is_checked_against_the_indicators_clause(
    checker, claim, expected
):
    assert checker.check(claim).verdict == expected


def test_a_direction_the_passage_does_not_state_is_never_supported(checker):
    """Every word of "一般公共预算收入比上年减少" but the direction is in a passage that gives
    only the amount: the claim is not supported."""
    assert checker.check("2019年一般公共预算收入比上年减少").verdict != "supported"


def test_a_direction_word_of_another_noun_decides_nothing(checker):
    """ "收入与经济增长同步": 增长 is the economy's, not the income's."""
    from wenzheng.bot.factcheck.directions import _gap

    text = "居民收入与经济增长同步"
    assert len(_gap("居民收入", text, text.index("增长"))) > 1
    text = "全年实现规模楼宇税收84亿元，增长10%"
    assert _gap("规模楼宇税收", text, text.index("增长")) == ""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("统筹推进城市环境综合整治等8大类150个项目", "refuted"),
        ("街道、板块一把手早九点带班巡查", "refuted"),
        ("街道、板块一把手早八点带班巡查", "supported"),
    ],
)
def test_figures_written_in_place_of_the_reports_own_are_compared(checker, claim, expected):
    """A report sentence repeated with a number changed is refuted by that number."""
    assert checker.check(claim).verdict == expected


def test_the_claims_digits_in_another_unit_of_its_indicator_are_refuted(checker):
    result = checker.check("2019年城镇新增就业3.2万户")
    assert result.verdict == "refuted" and result.differences


def test_a_target_reached_is_a_result_not_a_target(checker):
    """ "提前一年实现…的预期目标" states what happened; a changed count of years is refuted."""
    assert (
        checker.check("地区生产总值提前两年实现“十三五”末1500亿元的预期目标").verdict == "refuted"
    )


def test_ways_of_saying_a_title_was_given_are_one_verb(checker):
    assert checker.check("芳草园小学被授予全国工人先锋号称号").verdict == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "2019年地区生产总值下降超过5%",  # the report: 增长8%; a fall is no rise, hedged or not
        "2019年服务业增加值负增长",  # 负增长 is a fall; 增加值 names an indicator
        "2019年地区生产总值突破1600亿元，提前两年达到“十三五”目标",  # the report: 提前一年
    ],
)
def test_falls_and_changed_numerals_beside_checked_figures_are_refuted(checker, claim):
    assert checker.check(claim).verdict == "refuted"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("这五年PM2.5越来越高了", "refuted"),  # the report: 从56.4…下降到42.3…
        ("这几年PM2.5年均浓度反而上升了", "refuted"),
        ("这五年空气优良率越来越高", "supported"),  # 从57.4%提高到69.5%
    ],
)
def test_a_trend_as_people_put_it_is_a_direction(checker, claim, expected):
    """ "越来越高" states a rise; the report's longer name ("PM2.5年均浓度从…") between the
    indicator and its direction word does not hide the direction."""
    assert checker.check(claim).verdict == expected


@pytest.mark.parametrize(
    "claim",
    [
        "鼓楼区已建成全国社区治理和服务创新实验区",  # the place and 已 are no other subject
        "全区已建成全国社区治理和服务创新实验区",
        "鼓楼区人大代表建议全部办结",  # the report: 办结率100%
    ],
)
def test_a_statement_in_the_reports_words_is_supported(checker, claim):
    assert checker.check(claim).verdict == "supported"


def test_an_abbreviation_is_no_unknown_name(checker):
    """人大建议 keeps 人大代表建议's characters in order: it names the same thing."""
    from wenzheng.corpus.text import in_order

    assert in_order("人大建议", "全年累计办理各级人大代表建议162件")
    assert not in_order("美国", "欧洲科学院")


def test_what_a_claim_adds_after_a_stated_figure_is_not_supported(checker):
    """The count of centres is the report's; that they are free is not said anywhere."""
    result = checker.check("2020年要打造的13家街道级综合养老服务中心都免费")
    assert result.verdict == "not_found"
    assert "免费" in result.explanation
    assert checker.check("五年间空气优良率由57.4%升至69.5%").verdict == "supported"
    assert checker.check("一般公共预算收入于2017年迈过百亿元门槛").verdict == "supported"


@pytest.mark.parametrize(
    "claim, expected",
    [
        ("鼓楼的人才管家服务是全国首创", "refuted"),  # the report: 在全市首创“人才管家”
        ("颐和路社区被评为江苏省退役军人工作模范单位。", "refuted"),  # the report: 全国
        ("金陵饭店曾获南京市市长质量奖。", "supported"),  # 南京市 qualifies the title
        ("金陵饭店去年获得江苏省省长质量奖。", "refuted"),
    ],
)
def test_the_scope_of_a_first_or_an_award_is_read_in_any_order(checker, claim, expected):
    assert verdict(checker, claim) == expected


@pytest.mark.parametrize(
    "claim, expected",
    [
        ("2019年鼓楼工矿商贸事故起数并未上升。", "supported"),  # the report: “双下降”
        ("2019年鼓楼工矿商贸事故起数没有下降。", "refuted"),
        ("报告称鼓楼优质公共资源配置已经实现均衡。", "refuted"),  # the report: 不够均衡
        ("南京长江国际航运中心二期已建成并投入使用。", "refuted"),  # the report: 一期
        ("鼓楼区2018年获评第二届全省推进高质量发展先进区。", "refuted"),  # the report: 首届
        ("鼓楼区垃圾分类集中处理率在南京主城区排名靠后。", "refuted"),  # the report: 居前列
        ("人大建议政协提案全部办结了", "supported"),  # abbreviation, 办结率100%, a particle
    ],
)
def test_denials_shortfalls_and_numbered_parts(checker, claim, expected):
    assert verdict(checker, claim) == expected


def test_a_result_the_report_only_sets_a_target_for_is_not_found_with_the_target_quoted(
    checker,
):
    """航运服务业收入增长8% is the 2020 target; no 2019 figure exists, and no other
    indicator's figure in a sentence nearby refutes the claim."""
    result = checker.check("2019年鼓楼航运服务业收入增长8%。")
    assert result.verdict == "not_found"
    assert "目标" in result.explanation
    assert any("航运服务业收入增长8%" in c.quote for c in result.evidence)


def test_a_count_in_a_measure_word_naming_its_kind_is_no_count_of_another_thing(checker):
    """1.2万户 (households) is not the report's 33个 (compounds): unstated, not refuted."""
    assert verdict(checker, "鼓楼去年33个老旧小区整治出新共惠及居民1.2万户。") == "not_found"


def test_a_figure_compares_case_blind_and_bare_micrograms_are_a_concentration(checker):
    assert verdict(checker, "鼓楼pm2.5年均浓度还在50微克以上") == "refuted"


def test_a_one_character_county_is_a_place_and_a_verb_before_a_level_is_not(checker):
    """丰县 is another county (not found); "要争创省…" names no province."""
    assert verdict(checker, "丰县2019年GDP增长8%") == "not_found"
    assert verdict(checker, "鼓楼今年要争创省双拥模范区“十连冠”。") == "supported"


NAMED = """青山区2024年政府工作报告
——2024年1月9日在青山区第三届人民代表大会第三次会议上
一、过去一年的工作
新引进品牌首店40家，江东商业街区入选省级示范步行街。
二、2024年主要任务
推进江心洲生态岛建设。
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2023年青山区江东商业街区入选省级示范步行街。", "supported"),
        ("2023年青山区江心洲商业街区入选省级示范步行街。", "refuted"),
    ],
)
def test_another_name_before_the_same_head_is_refuted(tmp_path_factory, claim, expected):
    """The report's 江东商业街区 was chosen; a claim naming 江心洲商业街区 (江心洲 is named
    elsewhere) puts another name before the same head."""
    from tests.conftest import service_over

    service = service_over(tmp_path_factory, {"qingshan-2024.txt": NAMED})
    assert service.check(claim).verdict == expected

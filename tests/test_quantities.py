"""Quantities in Chinese report text: units, magnitudes, hedges, Chinese numerals, digit strings."""

from __future__ import annotations

import pytest
from wenzheng.corpus.quantities import (
    english_magnitudes,
    extract_quantities,
    format_value,
    has_figure,
    numbers_in,
    parse_chinese_numeral,
)


def only(text):
    (q,) = extract_quantities(text)
    return q


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("预计全年实现地区生产总值1620亿元", 1620e8, "元"),
        ("实际使用外资2.65亿美元", 2.65e8, "美元"),
        ("城镇居民人均可支配收入超7万元", 7e4, "元"),
        ("全年城镇新增就业3.2万人", 3.2e4, "人"),
        ("拆除各类违法建筑12.5万平方米", 12.5e4, "平方米"),
        ("累计门诊量达180万人次", 180e4, "人次"),
        ("城镇登记失业率1.78%", 1.78, "%"),
        ("每千名老人拥有床位数达43.4张", 43.4, "张"),
        ("PM2.5年均浓度下降到42.3微克/立方米", 42.3, "微克/立方米"),
    ],
)
def test_magnitudes_and_units_are_normalized(text, value, unit):
    """亿/万 multiply into the base unit, and 人次, 美元, 平方米 keep their own unit."""
    q = only(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "raw", "qualifier", "bound"),
    [
        ("全年净增市场主体近12000家", "近12000家", "近", "near"),
        ("全年减税降费超过30亿元", "超过30亿元", "超过", "min"),
        ("外贸进出口总额超过400亿元", "超过400亿元", "超过", "min"),
        ("地区生产总值增长7.5%以上", "7.5%以上", "以上", "min"),
        ("建成面积不少于10万平方米", "不少于10万平方米", "不少于", "min"),
        ("科技服务业收入增长不低于10%", "不低于10%", "不低于", "min"),
        ("新引入了国曜信息等60多家科技型企业", "60多家", "超过", "min"),
        ("净增市场主体接近1.2万家", "接近1.2万家", "近", "near"),
        ("实际使用外资约2.6亿美元", "约2.6亿美元", "约", "approx"),
        ("固定资产投资302亿元", "302亿元", "", "exact"),
        ("外贸进出口总额未达到400亿元", "未达到400亿元", "未达", "below"),
        ("城镇登记失业率没有超过2%", "没有超过2%", "未达", "below"),
    ],
)
def test_hedges_are_kept_with_the_figure(text, raw, qualifier, bound):
    """超过/近/以上/不少于/不低于/多/约 become the quantity's qualifier and bound; a mark
    not reached (未达到, 没有超过) is an upper bound."""
    q = only(text)
    assert (q.raw, q.qualifier, q.bound) == (raw, qualifier, bound)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("稳步推进国资国企改革，组建九大区属国企集团", 9, "个"),
        ("区人代会确定的十项重点民生实事全部兑现", 10, "项"),
        ("严格落实中央八项规定及其实施细则精神", 8, "项"),
        ("围绕南京大学、天目路两大片区", 2, "个"),
        ("高端商务商贸、软件信息和文化旅游三大主导产业贡献度持续提升", 3, "个"),
        ("我们将重点做好以下六个方面工作", 6, "个"),
    ],
)
def test_chinese_numerals_before_a_classifier_are_counts(text, value, unit):
    """九大, 十项, 八项, 两大, 三大, 六个 are counts with their classifier's unit."""
    q = only(text)
    assert (q.value, q.unit, q.ordinal) == (value, unit, False)


def test_ordinals_and_prize_ranks_are_marked():
    """第一 and 一等奖 are ranks: ordinal quantities a claim's 第二 or 二等奖 can contradict."""
    first = only("山西路国控点空气质量优良天数排名全市第一")
    prize = only("荣获全市活动组织一等奖")
    assert (first.value, first.unit, first.ordinal) == (1, "第", True)
    assert (prize.value, prize.unit, prize.ordinal) == (1, "等奖", True)


def test_ranges_keep_both_ends():
    """A range such as 5%-10% gives the low end as value and the high end as high."""
    q = only("增长5%-10%")
    assert (q.value, q.high, q.unit) == (5, 10, "%")
    q = only("新建3至5个")
    assert (q.value, q.high, q.unit) == (3, 5, "个")


@pytest.mark.parametrize(
    "text",
    [
        "刚刚过去的2019年，是决胜全面建成小康社会的关键之年",
        "区人民政府区长吴炜2020年1月3日",
        "推动绿地紫金中心、青少年宫、地铁5号线等工程建设",
        "推动PM2.5、臭氧等污染物浓度继续下降",
        "深刻汲取“3·21”事故教训",
        "树牢“四个意识”，坚定“四个自信”，坚决做到“两个维护”",
        "深入贯彻党的十九大和十九届二中、三中、四中全会精神",
        "每一个问题、每一个隐患实现整改全闭环",
    ],
)
def test_dates_identifiers_and_slogans_are_not_quantities(text):
    """Years, dates, line numbers, PM2.5, quoted slogans and the 十九大 are no figures."""
    assert extract_quantities(text) == []


def test_a_figure_qualifying_a_noun_is_attributive():
    """In 引进亿元以上签约项目90个 the 亿元以上 qualifies the projects; 90个 is the value."""
    threshold, count = extract_quantities("引进亿元以上签约项目90个")
    assert threshold.attributive and threshold.value == 1e8
    assert not count.attributive and count.value == 90


def test_a_bare_magnitude_before_a_milestone_is_a_value():
    """突破千亿大关 and 迈过百亿元门槛 are values (1e11, 1e10) with a 超过 hedge."""
    q = only("2015年，地区生产总值突破千亿大关")
    assert (q.value, q.qualifier, q.attributive) == (1e11, "超过", False)
    q = only("一般公共预算收入于2017年迈过百亿元门槛")
    assert (q.value, q.unit, q.attributive) == (1e10, "元", False)


def test_numbers_in_gives_the_digit_strings_years_included():
    """numbers_in returns each digit string once, with years and without separators."""
    text = "预计全年实现地区生产总值1620亿元、增长8%，实际使用外资2.65亿美元，2019年"
    assert numbers_in(text) == {"1620", "8", "2.65", "2019"}
    assert numbers_in("１,６２０亿元、增长8.0%，2.50") == {"1620", "8", "2.5"}
    assert numbers_in("组建九大区属国企集团") == set()


def test_chinese_numerals_parse_to_integers():
    """Chinese numerals read as integers: 十二, 两, 一千二百, 二十万; junk gives None."""
    assert parse_chinese_numeral("十二") == 12
    assert parse_chinese_numeral("两") == 2
    assert parse_chinese_numeral("一千二百") == 1200
    assert parse_chinese_numeral("二十万") == 200000
    assert parse_chinese_numeral("十") == 10
    assert parse_chinese_numeral("大") is None


def test_format_value_drops_spurious_decimals():
    """8.0 prints as 8 and 2.65 stays 2.65."""
    assert (format_value(8.0), format_value(2.65)) == ("8", "2.65")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("增长百分之九", 9, "%"),
        ("百分之八点五", 8.5, "%"),
        ("一千亿元", 1e11, "元"),
        ("三千亿元", 3e11, "元"),
        ("两万亿", 2e12, ""),
        ("一万亿元", 1e12, "元"),
        ("一千六百二十亿元", 1.62e11, "元"),
        ("三百零二亿元", 3.02e10, "元"),
    ],
)
def test_figures_written_in_words_are_read_with_their_value(text, value, unit):
    """Percentages and amounts written in Chinese numerals are quantities like digits are."""
    (q,) = extract_quantities(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("惠及居民一万一千余户", 11000, "户"), ("两万余名", 20000, "人"), ("三千多人", 3000, "人")],
)
def test_a_worded_figure_with_more_than_is_a_lower_bound(text, value, unit):
    """余/多 after a figure in words makes it "more than", as after digits (1.2万余户)."""
    (q,) = extract_quantities(text)
    assert (q.value, q.unit, q.bound) == (value, unit, "min")


def test_hectares_are_square_metres():
    """21公顷 is 21万平方米: one area, whichever unit a claim writes it in."""
    (ha,) = extract_quantities("出让面积21公顷")
    (m2,) = extract_quantities("出让面积21万平方米")
    assert (ha.value, ha.unit) == (m2.value, m2.unit) == (210_000, "平方米")


def test_chinese_numerals_with_large_magnitudes():
    """一万亿 is 10^12 (a hand-written parser once read it as 10000); bad input is None."""
    assert parse_chinese_numeral("一万亿") == 1e12
    assert parse_chinese_numeral("两") == 2
    assert parse_chinese_numeral("十二") == 12
    assert parse_chinese_numeral("鼓楼") is None


def test_numbers_in_names_and_addresses_are_not_quantities():
    """A house number or a metro line is an identifier, not a count."""
    assert extract_quantities("傅厚岗30号") == []
    assert extract_quantities("地铁5号线") == []


def test_a_congress_session_is_a_name_and_mass_units_convert():
    """ "十七届人大一次会议" counts no sessions; 斤 and 公斤 are parts of a 吨."""
    assert extract_quantities("市十七届人大一次会议确定的目标任务") == []
    assert extract_quantities("区第四届人民代表大会第一次会议") == []
    [jin] = extract_quantities("28.4万斤")
    assert (jin.unit, round(jin.value, 6)) == ("吨", 142)
    [kg] = extract_quantities("2.84亿公斤")
    assert (kg.unit, round(kg.value, 6)) == ("吨", 284000)


def test_a_round_mark_passed_without_a_numeral_is_a_bound():
    """ "突破千家", "破百亿元" are bounds; a bare "破千" only as asked ("破千了吗")."""
    (firms,) = extract_quantities("高新技术企业总数突破千家")
    assert (firms.value, firms.unit, firms.qualifier) == (1000, "家", "超过")
    (money,) = extract_quantities("产值破百亿元大关")
    assert (money.value, money.unit) == (1e10, "元")
    (asked,) = extract_quantities("总数破千了吗")
    assert (asked.value, asked.unit, asked.qualifier) == (1000, "", "超过")
    assert extract_quantities("总数破千。") == []


def test_a_measured_rank_before_latin_letters_is_a_rank_but_5g_is_a_name():
    """ "第21家A股上市企业" is the 21st listed firm; "5G基站" has no count of G."""
    (rank,) = extract_quantities("成为我市第21家A股上市企业")
    assert (rank.value, rank.unit, rank.ordinal) == (21, "家", True)
    assert [q.value for q in extract_quantities("新建5G基站1200座")] == [1200]


def test_an_ordinal_run_into_a_noun_is_part_of_a_name_not_a_rank():
    """第三研究院, 第二分校, 第三产业 name things; 居全市第一 and 第十五届 stay ranks."""
    from wenzheng.corpus.quantities import numbered_names

    assert extract_quantities("金陵智能制造第三研究院建成") == []
    assert extract_quantities("实验小学第二分校开工建设") == []
    assert [q.value for q in extract_quantities("第三产业增加值增长5%")] == [5]
    assert [(q.value, q.ordinal) for q in extract_quantities("居全市第一")] == [(1, True)]
    assert [q.value for q in extract_quantities("第十五届旅游节")] == [15]
    assert numbered_names("金陵第三研究院和第十五届旅游节") == [("三", "研")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("新增高新技术企业增长超过三成", 30, "%", "超过"),
        ("空气优良率提升至近七成", 70, "%", "近"),
        ("民生支出比重不足八成", 80, "%", "以下"),
        ("新引入科技型企业近百家", 100, "家", "近"),
        ("参加活动的逾千人", 1000, "人", "超过"),
    ],
)
def test_tenths_and_hedged_round_numbers_are_read(text, value, unit, qualifier):
    """三成 is 30%; a bare 百/千 after a hedge (近百家, 逾千人) is a round figure."""
    q = only(text)
    assert (q.value, q.unit, q.qualifier) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize("text", ["建成一成不变的制度", "三成员单位联合", "百家争鸣", "千家万户"])
def test_words_that_only_look_like_tenths_or_round_numbers_are_not_figures(text):
    assert extract_quantities(text) == []


def test_a_threshold_before_de_and_a_noun_is_attributive():
    """千万元以上的大项目 names a kind of project; the amount is not a reported value."""
    q = extract_quantities("新增实际到账千万元以上的大项目156个")[0]
    assert q.raw == "千万元以上" and q.attributive


def test_a_full_width_percent_sign_is_a_percent():
    """Web pages write "增长6.2％" (full width): the same rate as "6.2%"."""
    (q,) = extract_quantities("增长6.2％")
    assert (q.value, q.unit) == (6.2, "%")
    (q,) = extract_quantities("增长5％-10％")
    assert (q.value, q.unit, q.high) == (5.0, "%", 10.0)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("加装电梯112部", 112.0, "部"), ("加装电梯一百一十二部", 112.0, "部"), ("新增5艘", 5.0, "艘")],
)
def test_more_measure_words_count_things(text, value, unit):
    (q,) = extract_quantities(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["12部门联合", "一部分", "组建3支队伍"])
def test_a_measure_word_starting_another_word_counts_nothing(text):
    assert all(q.unit not in ("部", "支") for q in extract_quantities(text))


@pytest.mark.parametrize("text", ["地区生产总值迈上千亿元台阶", "一般公共预算收入站上百亿元"])
def test_a_mark_passed_is_a_lower_bound_not_a_kind_of_thing(text):
    """ "迈上千亿元台阶" is more than 1e11 yuan, as "突破千亿大关" is; 台阶 is no noun the
    figure qualifies."""
    (q,) = extract_quantities(text)
    assert q.bound == "min" and not q.attributive


def test_the_first_place_in_words_is_a_rank_of_one():
    """ "居全市各区首位" ranks first as "第一" does; 首位度 (primacy) is no rank."""
    (q,) = extract_quantities("数量居全市各区首位")
    assert (q.value, q.unit, q.ordinal, q.raw) == (1.0, "第", True, "首位")
    assert extract_quantities("提升中心城区首位度") == []


def test_an_amount_naming_its_currency_is_an_amount():
    """ "5.8亿元人民币" is 5.8亿元 of money (人民币 names the currency, no kind of thing);
    "亿元楼宇" is a kind of building."""
    (q,) = extract_quantities("实际使用外资5.8亿元人民币")
    assert (q.value, q.unit, q.attributive) == (5.8e8, "元", False)
    (use,) = extract_quantities("安排专项资金3亿元用于老旧小区改造")  # a verb follows
    assert not use.attributive
    level, growth = extract_quantities("地区生产总值1620亿元比上年增长8%")  # no comma
    assert not level.attributive and growth.unit == "%"
    building, count = extract_quantities("新增亿元楼宇2幢")
    assert building.attributive and (count.value, count.unit) == (2.0, "幢")


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("pass 100 billion yuan", "pass 1000亿 yuan"),
        ("10 billion", "100亿"),
        ("2.86 million requests", "286万 requests"),
        ("1,500 thousand", "150万"),
        ("3 trillion", "30000亿"),
        ("in 2019, 8 percent", "in 2019, 8 percent"),
    ],
)
def test_english_scaled_figures_take_the_reports_magnitudes(english, chinese):
    """A billion is ten 亿 and a million a hundred 万: translated word by word, "100 billion"
    would be looked for as 100亿 (a tenth of it)."""
    assert english_magnitudes(english) == chinese


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("算力规模达到1200P", 1200.0, "P"),
        ("光伏装机容量达到50MW", 50_000.0, "千瓦"),
        ("新增光伏装机30兆瓦", 30_000.0, "千瓦"),
        ("新增装机5万千瓦", 50_000.0, "千瓦"),
        ("存储能力达到20PB", 20.0, "PB"),
    ],
)
def test_figures_in_power_and_computing_units(text, value, unit):
    """Reports give computing power in P and power in MW or 兆瓦: such a figure is a figure
    in its unit (兆瓦 and MW in 千瓦), not dropped as an identifier."""
    (q,) = extract_quantities(text)
    assert (q.value, q.unit) == (value, unit)


def test_a_latin_letter_after_a_figure_that_is_no_unit_is_still_a_name():
    """ "5G基站" is a kind of base station, not five of something."""
    assert [q.raw for q in extract_quantities("建成5G基站1200个")] == ["1200个"]


def test_a_title_won_n_times_in_a_row_is_a_figure():
    """ "省双拥模范区“五连冠”" answers "现在是几连冠": the count stands in the title's quotes."""
    (q,) = extract_quantities("荣获省双拥模范区“五连冠”")
    assert (q.value, q.unit) == (5.0, "连冠")
    assert has_figure("争创省双拥模范区“十连冠”")


def test_a_unit_with_its_magnitude_is_a_unit_word():
    """ "万亩", "亿元" name the kind of answer a question asks for, not its topic."""
    from wenzheng.corpus.units import unit_word

    assert all(unit_word(w) for w in ("万亩", "亿元", "家", "万人次", "千瓦时"))
    assert not any(unit_word(w) for w in ("播种面积", "规上", "万达", ""))


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("（9）PM2.5年均浓度控制在25微克/立方米以内。", ["25微克/立方米以内"]),
        ("3.新增学位1800个，县第二实验小学新校区9月投入使用", ["1800个"]),
        ("(2)一般公共预算收入增长5%", ["5%"]),
        # a decimal or a share opening a clause is a figure, not an item's number
        ("1.5万人次参加培训", ["1.5万人次"]),
    ],
)
def test_a_list_items_number_counts_nothing(text, raws):
    assert [q.raw for q in extract_quantities(text)] == raws


def test_a_threshold_before_de_and_a_noun_names_a_kind_not_a_value():
    """超过100万元的村126个 counts villages: the 100万元 only says which; 超过100万元的目标 is a
    target's value."""
    threshold, count = extract_quantities("其中超过100万元的村126个")
    assert threshold.attributive and not count.attributive and count.value == 126
    assert not only("实现村均收入超过100万元的目标").attributive


@pytest.mark.parametrize(
    ("claimed", "stated", "holds"),
    [
        ("约1600亿元", "1620亿元", True),  # rounds to the claim's hundreds
        ("约600亿元", "612.4亿元", True),
        ("约612亿元", "612.4亿元", True),
        ("约六百二十一亿元", "612.4亿元", False),  # digits swapped: rounds to 612, not 621
        ("约2亿元", "2.4亿元", False),  # more than 5% off
        ("约1.2万家", "11600家", True),
        ("约1.2万家", "12800家", False),  # rounds to 1.3万
    ],
)
def test_about_holds_a_figure_that_rounds_to_the_claims_last_digit(claimed, stated, holds):
    from wenzheng.bot.core.figures import agree

    c, r = extract_quantities(claimed)[0], extract_quantities(stated)[0]
    assert agree(c, r)[0] is holds

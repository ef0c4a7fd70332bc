"""The message stage, pinyin slips, answer slots, yes/no claims and the fitted decision."""

from __future__ import annotations

from dataclasses import replace

import pytest
from wenzheng.bot.core.decide import FEATURE_NAMES, DecisionModel, Features
from wenzheng.bot.core.message import questions_in, strip_emoji
from wenzheng.bot.core.slot import figures_with_context, filling_figures, fills, read_slot
from wenzheng.bot.core.spelling import Speller
from wenzheng.bot.core.yesno import as_claim, is_yes_no
from wenzheng.corpus.model import FRAME_NONE, FRAME_RESULTS, FRAME_TARGETS, Passage


def test_greetings_thanks_emoji_and_self_description_are_dropped():
    """Only the question of a chatty message is kept."""
    got = questions_in("在吗 我是退伍的 想问下鼓楼去年给退役军人建了啥服务站没 谢谢啦🙏")
    assert got == ["鼓楼去年给退役军人建了啥服务站没"]


@pytest.mark.parametrize(
    ("message", "question"),
    [
        # thanks to the bot by what the asker calls it
        ("谢谢小助手😊 去年有效发明专利拥有量多少件", "去年有效发明专利拥有量多少件"),
        # where the asker lives, with a slip in its name, is no part of the question
        ("您好 我们小区在迈高桥 想问迈皋桥商圈改造到哪一步了", "迈皋桥商圈改造到哪一步了"),
        ("我住在仙林 请问仙林湖公园什么时候开放", "仙林湖公园什么时候开放"),
        # where the asker works, said without 我
        ("在鼓楼开了个小店 减税降费去年一共减了多少", "减税降费去年一共减了多少"),
        ("在青山打工的 想知道去年城镇新增就业多少人", "去年城镇新增就业多少人"),
        # why the asker asks, after the question
        ("青山区2019年GDP多少 我查资料用 谢谢", "青山区2019年GDP多少"),
        # what the asker says they do not ask is no part of the question
        ("青山今年GDP总量要做到多少亿？不是问增速哈", "青山今年GDP总量要做到多少亿"),
        ("青山去年GDP多少，不用说增速", "青山去年GDP多少"),
        ("不要钱的停车位有多少", "不要钱的停车位有多少"),
        # who asks, as a label before the ask
        ("宝妈问下🙋 青山今年新增学位多少个", "青山今年新增学位多少个"),
        # who asks, as a tag ("…一枚", "…一名")
        ("种粮大户一枚🌾 青山去年粮食播种面积多少亩", "青山去年粮食播种面积多少亩"),
        ("退休教师一名 青山今年新增养老床位多少张", "青山今年新增养老床位多少张"),
    ],
)
def test_the_bot_addressed_and_where_the_asker_lives_are_dropped(message, question):
    assert questions_in(message) == [question]


def test_two_questions_in_one_message_are_two_questions():
    """A message asking two things gives two questions, in order."""
    got = questions_in("老师好 我是做外贸的 想知道鼓楼去年外贸总额多少 今年目标又是多少")
    assert got == ["鼓楼去年外贸总额多少", "今年目标又是多少"]


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        # words asked without a question word, then the same of another thing
        ("今年文化产业收入目标 航运服务业呢", ["今年文化产业收入目标", "航运服务业呢"]),
        # words asked of one year, then a question of another
        ("高新技术产业产值今年目标 去年完成多少", ["高新技术产业产值今年目标", "去年完成多少"]),
    ],
)
def test_words_asked_without_a_question_word_are_a_question_before_another(message, asked):
    assert questions_in(message) == asked


def test_who_the_asker_is_before_a_comma_goes_and_the_question_stays():
    """ "孩子今年秋天上小学" says who asks (its 今年 is no time asked); what follows the comma
    asks."""
    got = questions_in("老师好！孩子今年秋天上小学，姑苏区第二实验小学新校区建好了没🙏")
    assert got == ["姑苏区第二实验小学新校区建好了没"]


def test_a_tidy_question_is_left_whole():
    """A question with a comma inside stays one question."""
    q = "2019年鼓楼区的地区生产总值是多少，比上年增长了多少？"
    assert questions_in(q) == [q.rstrip("？")]


def test_topic_words_before_the_question_word_stay_with_it():
    """Chunks without a question word are the topic of the next one, not a question alone."""
    assert questions_in("鼓楼区 去年 GDP 多少") == ["鼓楼区去年GDP多少"]


def test_english_questions_split_at_question_marks():
    """Two English questions give two questions."""
    assert questions_in("What was GDP in 2019? And the target for 2020?") == [
        "What was GDP in 2019?",
        "And the target for 2020?",
    ]


def test_emoji_go_but_percent_signs_stay():
    """Pictographs carry no words; % is part of a figure."""
    assert strip_emoji("增长8%👍🙏") == "增长8%"


@pytest.fixture(scope="module")
def speller() -> Speller:
    """A speller over a tiny corpus of report words."""
    words = {"鼓楼", "电梯", "棚户区", "瞪羚", "政务", "服务", "招商大使", "企业"}
    corpus = "鼓楼 加装电梯 棚户区改造 瞪羚企业 政务服务中心 招商大使"
    return Speller(words, corpus, cut=lambda t: list(t), is_common=lambda w: w == "大师")


def test_fuzzy_and_other_readings_of_a_slip_find_the_report_word():
    """汤三 is typed for 汤山 (sh as s, as fuzzy pinyin input hears it); 陆合 for 六合 (陆 is
    also read liu)."""
    words = {"汤山片区", "六合区"}
    corpus = "汤山片区 六合区"
    speller = Speller(words, corpus, cut=lambda t: list(t))
    assert speller.correct("汤三片区") == "汤山片区"
    assert speller.correct("陆合区") == "六合区"


def test_same_sounding_slips_become_the_report_word(speller):
    """鼓搂, 电题, 棚护区 and 登羚 are typed for 鼓楼, 电梯, 棚户区 and 瞪羚."""
    assert speller.correct("鼓搂加装电题") == "鼓楼加装电梯"
    assert speller.correct("棚护区改造") == "棚户区改造"
    assert speller.correct("登羚企业") == "瞪羚企业"


def test_words_the_corpus_has_or_that_sound_like_nothing_are_kept(speller):
    """Known words, question words and unrelated words are never rewritten."""
    assert speller.correct("鼓楼有啥") == "鼓楼有啥"
    assert speller.correct("学区房") == "学区房"


def test_wording_is_no_slip_for_a_word_that_sounds_alike():
    """ "想在" sounds like 现在 to fuzzy input (xiang as xian): wording, never rewritten."""
    speller = Speller({"现在", "鼓楼"}, "现在 鼓楼", cut=lambda t: list(t))
    assert speller.correct("想在鼓楼开个小店") == "想在鼓楼开个小店"


def _passage(text: str, frame: str = FRAME_RESULTS) -> Passage:
    return Passage(
        id="d:1",
        doc_id="d",
        text=text,
        start=0,
        end=len(text),
        section=("s",),
        lead="",
        paragraph=0,
        frame=frame,
        years="2019",
    )


def _covers_words(*words: str):
    return lambda text: sum(w in text for w in words) / len(words)


def test_an_amount_asked_for_an_indicator_given_only_as_growth_is_not_filled():
    """服务业增加值 has a growth rate in the sentence; its only amount belongs to GDP."""
    slot = read_slot("去年服务业增加值具体是多少亿", wants_number=True)
    p = _passage("预计全年实现地区生产总值1620亿元、增长8%，其中服务业增加值增长9%。")
    assert slot.kind == "amount"
    assert not fills(slot, [p], _covers_words("服务业增加值"), FRAME_RESULTS)
    gdp = read_slot("去年地区生产总值是多少亿", True)
    assert fills(gdp, [p], _covers_words("地区生产总值"), None)


def test_a_passage_naming_little_of_the_topic_does_not_lower_the_bar_for_its_figures():
    """Asked for 固定资产投资's amount, "区属国企资产总额1500亿元" shares only 资产 with it: beside
    a passage that names 固定资产投资 (with a growth rate only), its figure binds to nothing."""
    slot = read_slot("固定资产投资总额是多少亿元", wants_number=True)
    rate = _passage("固定资产投资增长5.8%。")
    other = _passage("区属国企资产总额突破1500亿元。")

    def covers(text: str) -> float:
        return 1.0 if "固定资产投资" in text else 0.25 if "资产" in text else 0.0

    assert not fills(slot, [rate, other], covers, FRAME_RESULTS)
    assert fills(slot, [other], covers, FRAME_RESULTS)  # alone, the weak match is the best


def test_a_list_is_filled_only_by_a_passage_listing_what_it_counts():
    """ "四大特色产业都有哪些" is answered by the four listed; "11家都是哪些" is not by "上市、
    挂牌企业11家", two words that name one kind."""
    covers = _covers_words("企业")
    listed = read_slot("新增上市挂牌企业11家都是哪些公司", wants_number=False)
    assert listed.kind == "name"
    assert not fills(listed, [_passage("新增各类资本市场上市、挂牌企业11家。")], covers, None)
    four = read_slot("四大特色产业都有哪些", wants_number=False)
    p = _passage("航运服务、科技服务、金融服务和智力服务四大特色产业发展迅速。")
    assert fills(four, [p], _covers_words("特色产业"), None)


def test_a_name_is_not_filled_by_a_passage_that_only_counts_the_thing():
    """ "新增的上市企业是哪一家" is not answered by "新增上市企业1家"; named examples are."""
    covers = _covers_words("企业")
    which = read_slot("新增的上市企业是哪一家", wants_number=False)
    assert which.kind == "name"
    assert not fills(which, [_passage("新增上市企业1家，未实现年初提出的目标。")], covers, None)
    named = _passage("中集凯通、毕马威等一批特色企业汇聚鼓楼。")
    assert fills(read_slot("有哪些特色企业", wants_number=False), [named], covers, None)


def test_a_count_of_another_measure_or_a_quoted_figure_does_not_fill():
    """ "30幢危房涉及多少户" is not answered by the 30幢 it quotes."""
    slot = read_slot("30幢危房消险一共涉及多少户居民", wants_number=True)
    p = _passage("完成宁工新寓等30幢危房消险治理。")
    assert (slot.kind, slot.measure) == ("count", "户")
    assert not fills(slot, [p], _covers_words("危房", "消险"), None)


def test_a_yearly_average_asked_is_not_filled_by_one_years_growth():
    """ "“十五五”时期年均增长目标" asks an average over the plan's years: "固定资产投资增长2%
    左右" (one year's target) does not fill it; "年均增长8%以上" does."""
    slot = read_slot("“十五五”时期固定资产投资年均增长目标是多少", wants_number=True)
    covers = _covers_words("固定资产投资")
    one_year = _passage("固定资产投资增长2%左右。", FRAME_TARGETS)
    average = _passage("固定资产投资年均增长8%以上。", FRAME_TARGETS)
    assert not fills(slot, [one_year], covers, None)
    assert fills(slot, [average], covers, None)


def test_days_and_titles_in_a_row_are_measures_asked():
    """ "优良天数有多少天" is no share ("比率达到83.5%"); "几连冠" is the title's count."""
    days = read_slot("去年空气质量优良天数有多少天", wants_number=True)
    assert (days.kind, days.measure) == ("count", "天")
    rate = _passage("空气质量优良天数比率达到83.5%，提高1.9个百分点。")
    assert not fills(days, [rate], _covers_words("优良天数"), None)
    titles = read_slot("双拥模范区现在是几连冠了", wants_number=True)
    won = _passage("我区荣获省双拥模范区“五连冠”。")
    assert fills(titles, [won], _covers_words("双拥模范区"), None)


def test_a_target_is_not_answered_by_a_result():
    """A question on this year's target is not filled by last year's result."""
    slot = read_slot("今年大学生就业目标是多少人", wants_number=True)
    p = _passage("大学生就业7.3万人。", FRAME_RESULTS)
    assert not fills(slot, [p], _covers_words("大学生就业"), FRAME_TARGETS)


def test_a_growth_figure_takes_the_words_of_the_figure_before_it():
    """In "地区生产总值1620亿元、增长8%" the 8% is the growth of 地区生产总值."""
    ctx = dict((q.raw, c) for q, c in figures_with_context("地区生产总值1620亿元、增长8%"))
    assert "地区生产总值" in ctx["8%"]


def test_yes_no_questions_become_claims():
    """A yes/no question is read as the claim it asks about."""
    assert is_yes_no("鼓楼去年gdp是不是过了1600亿")
    assert as_claim("鼓楼去年gdp是不是过了1600亿") == "鼓楼去年gdp超过1600亿"
    assert is_yes_no("今年要不要搞人口普查")
    assert not is_yes_no("去年gdp是多少")
    # a worded plan asked done asks whether it happened; one with a figure stays a target
    assert as_claim("区中医院西院区2023年底前主体结顶的计划实现了吗？") == (
        "区中医院西院区2023年底前主体结顶"
    )
    assert as_claim("2023年新建5G基站1000个的计划完成了吗") == "2023年新建5G基站1000个的计划完成"
    assert as_claim("今年的计划完成了吗") == "今年的计划完成"


def test_the_fitted_decision_answers_covered_filled_questions_and_refuses_unfilled_ones():
    """The packaged model answers a well covered, filled slot and refuses an unfilled one."""
    model = DecisionModel.load()
    assert set(model.weights) <= set(FEATURE_NAMES)
    good = Features(1.0, 1.0, 1.0, 1.0, 0.9, 0.4, True, True, False, False, False)
    bad = Features(0.6, 0.6, 0.8, 0.8, 0.85, 0.1, True, False, False, False, False)
    assert model.decide(good).answer
    assert not model.decide(bad).answer


def test_a_name_in_what_the_asker_says_of_themselves_is_kept_for_the_question():
    """ "孩子在芳草园小学读书" is about the asker, but the school it names is what "学校去年得了
    啥荣誉" asks about; the names come from the reports (here a stand-in for them)."""
    known = {"芳草园小学"}

    def names(chunk: str) -> str:
        return " ".join(n for n in known if n in chunk)

    asked = questions_in("孩子在芳草园小学读书 学校去年得了啥荣誉呀😊", names)
    assert asked == ["芳草园小学学校去年得了啥荣誉呀"]
    assert questions_in("我是退伍的 鼓楼去年建了啥服务站", names) == ["鼓楼去年建了啥服务站"]


def test_where_the_asker_is_does_not_narrow_a_question_naming_its_own_district():
    """ "我在橘子洲边上开民宿的" says where the asker works; a question naming 岳麓区 asks about
    the district, one naming no place about the street they are in (names: a stand-in)."""

    def names(chunk: str) -> str:
        return " ".join(n for n in ("橘子洲街道", "岳麓区") if n[:3] in chunk)

    asked = questions_in("我在橘子洲边上开民宿的 想问下岳麓区去年接待游客多少人次", names)
    assert asked == ["岳麓区去年接待游客多少人次"]
    asked = questions_in("我在橘子洲边上开民宿的 这边老旧小区改造了几个", names)
    assert asked == ["橘子洲街道这边老旧小区改造了几个"]


@pytest.mark.parametrize(
    ("question", "text", "own"),
    [
        ("地区生产总值是多少", "全年实现地区生产总值4968.2亿元、增长6.2％", True),
        ("地区生产总值增长多少", "全年实现地区生产总值4968.2亿元、增长6.2％", True),
        ("地区生产总值是多少", "单位地区生产总值能耗下降3.6%", False),
        ("地区生产总值增长多少", "全社会研发投入占地区生产总值比重达到3.25%", False),
        ("实际使用外资多少", "实际使用外资达到2.72亿美元", True),
    ],
)
def test_an_indicators_own_figure_follows_its_name(question, text, own):
    """A figure right after the asked indicator (past 实现/达到 and its other figures) is its
    own; one after a longer indicator that contains the name (单位…能耗, 占…比重) is not."""
    from wenzheng.bot.core.slot import states_own_figure

    slot = read_slot(question, wants_number=True)
    assert states_own_figure(slot, text, ["地区生产总值", "实际使用外资"]) is own


def test_an_ordinal_edition_named_in_either_numerals_is_the_same_edition():
    """ "第37届" is "第三十七届"; "第三十七届" is not the report's "第三十六届"."""
    from wenzheng.bot.core.rank import _numbered_key, numbered_names

    assert _numbered_key("第37届") == _numbered_key("第三十七届")
    assert _numbered_key("第三十七届") != _numbered_key("第三十六届")
    assert numbered_names("第三十七届中国·秦淮灯会") == {"第三十七届"}


def test_why_the_asker_asks_is_no_part_of_the_question():
    assert questions_in("方山智造谷总投资多少钱 刚看到新闻有点好奇") == ["方山智造谷总投资多少钱"]
    assert questions_in("去年gdp多少 写论文要用") == ["去年gdp多少"]
    # what the asker means to do there
    assert questions_in("想在鼓楼开个小店 去年发了多少消费券") == ["去年发了多少消费券"]


def test_an_either_or_question_is_a_question():
    assert questions_in("社零总额是多少 是涨了还是跌了") == ["社零总额是多少", "是涨了还是跌了"]


def test_the_figures_a_question_quotes_are_read_with_their_unit():
    """A passage writing the very figure quoted ("实际使用外资10亿美元的目标") ranks higher;
    years and bare numbers are no quoted figures."""
    from wenzheng.bot.core.rank import _quoted_figures

    assert _quoted_figures("哪份2024年的报告提出了实际使用外资10亿美元的目标") == ("10亿美元",)
    assert _quoted_figures("30幢危房涉及多少户") == ("30幢",)
    assert _quoted_figures("2019年GDP是多少") == ()


def test_who_the_asker_is_and_a_gloss_in_brackets_are_dropped():
    """ "开小店的" says what the asker does; "（公司行號）" glosses the word before it."""
    got = questions_in("开小店的 关心一下去年减税降费一共减了多少💰")
    assert got == ["去年减税降费一共减了多少"]
    assert questions_in("去年净增了多少市场主体（公司行号）？") == ["去年净增了多少市场主体"]
    # a place before 的 is what the question is about, not who asks
    assert questions_in("苏州的 GDP多少") == ["苏州的GDP多少"]
    assert questions_in("做hr的 想了解下今年城镇新增就业目标是多少人") == [
        "今年城镇新增就业目标是多少人"
    ]


def test_a_last_question_s_opener_is_no_part_of_it():
    assert questions_in("感谢🙏 最后问下去年社零多少") == ["去年社零多少"]
    assert questions_in("另外想问一下今年新增多少学位") == ["今年新增多少学位"]


def test_a_bare_was_it_reached_leans_on_the_question_before_it():
    assert questions_in("徐庄软件园营收目标是多少 破了没") == ["徐庄软件园营收目标是多少，破了没"]


def test_an_address_is_filled_only_by_a_street_level_place():
    """ "在哪条路上" is not answered by a sentence that names the headquarters but no street."""
    slot = read_slot("松鼠小店全国总部具体在哪条路上", wants_number=False)
    assert (slot.kind, slot.measure) == ("place", "address")
    named = _passage("新增松鼠小店全国总部等龙头项目13个。")
    street = _passage("松鼠小店全国总部落户中山北路。")
    assert not fills(slot, [named], lambda t: 1.0, None)
    assert fills(slot, [street], lambda t: 1.0, None)


def test_a_where_question_is_filled_only_by_a_clause_naming_a_place():
    """ "搬到哪里" is not answered by "推进…搬迁" (no place in the clause naming the move),
    nor "德国哪个城市" by a clause with the partner's country only; "在花桥站" answers."""
    moving = read_slot("金陵船厂搬迁要搬到哪里去", wants_number=False)
    assert moving.kind == "place"
    covers = _covers_words("金陵船厂", "搬迁")
    plan = _passage("全面完成大桥沿线等环境整治提升，大力协调推进金陵船厂搬迁。")
    assert not fills(moving, [plan], covers, None)
    city = read_slot("中德海外离岸孵化器设在德国哪个城市", wants_number=False)
    assert city.kind == "place"
    built = _passage("合作共建中德海外离岸孵化器，欧洲科学院院士工作站正式落户鼓楼。")
    assert not fills(city, [built], _covers_words("中德", "孵化器"), None)
    station = read_slot("11号线在哪个站与上海地铁11号线换乘", wants_number=False)
    transfer = _passage("11号线建成通车，与上海地铁11号线在花桥站实现换乘。")
    assert fills(station, [transfer], _covers_words("11号线", "换乘"), None)


def test_a_which_year_question_is_filled_only_where_the_asked_event_is_dated():
    """ "计划哪一年建成招生" is not told by a plan to start building; "哪一年突破千亿" is
    told by the year of the sentence part saying so."""
    slot = read_slot("仙鹤门小学第二分校计划哪一年建成招生", wants_number=False)
    assert slot.kind == "year"
    started = _passage("新增学位8000个，启动仙鹤门小学第二分校建设。", FRAME_TARGETS)
    assert not fills(slot, [started], lambda t: 1.0, None)
    opened = _passage("仙鹤门小学第二分校建成招生。", FRAME_TARGETS)
    assert fills(slot, [opened], lambda t: 1.0, None)
    passed = read_slot("地区生产总值哪一年突破千亿", wants_number=False)
    look_back = _passage(
        "2015年，地区生产总值突破千亿大关；2017年，一般公共预算收入突破百亿大关。", FRAME_NONE
    )
    assert fills(passed, [look_back], lambda t: 1.0, None)


def test_a_time_asked_of_something_done_is_not_told_by_a_plan():
    """ "是哪一年评上…的" asks when it happened: a plan to strive for it tells no such year,
    a result saying it happened does."""
    slot = read_slot("慢城是哪一年评上国家级旅游度假区的？", wants_number=False)
    plan = _passage("全力争创国家级旅游度假区，全年接待游客1800万人次。", FRAME_TARGETS)
    assert not fills(slot, [plan], lambda t: 1.0, None)
    won = _passage("2023年，慢城成功创成国家级旅游度假区。", FRAME_NONE)
    assert fills(slot, [won], lambda t: 1.0, None)
    planned = read_slot("慢城计划哪一年创成国家级旅游度假区", wants_number=False)
    assert fills(planned, [plan], lambda t: 1.0, None)


@pytest.mark.parametrize("yes_no", [False, True])
def test_a_rank_asked_is_filled_only_by_a_passage_stating_a_rank(yes_no):
    """ "在南京各区里是最高的吗" / "全市排第几" are not told by the figure alone."""
    asked = (
        "空气质量优良天数比例在南京各区里是最高的吗"
        if yes_no
        else "空气质量优良天数比例在南京各区里排第几"
    )
    slot = read_slot(asked, wants_number=not yes_no, yes_no=yes_no)
    covers = _covers_words("空气质量", "优良天数")
    figure = _passage("空气质量优良天数比例79.2%，PM2.5年均浓度有所上升。")
    assert not fills(slot, [figure], covers, None)
    ranked = _passage("空气质量优良天数排名全市第一，PM2.5年均浓度主城区最低。")
    assert fills(slot, [ranked], covers, None)


def test_a_count_of_one_project_stage_is_not_filled_by_another_stages():
    """ "新开工安置房多少套" against "安置房竣工2630套": a stage is a level of a project."""
    slot = replace(
        read_slot("去年新开工安置房多少套", wants_number=True),
        levels=(("签约", "开工", "竣工", "投产", "到账"),),
    )
    covers = _covers_words("安置房")
    assert not fills(slot, [_passage("完成老旧小区改造17个；安置房竣工2630套。")], covers, None)
    assert fills(slot, [_passage("安置房新开工3100套，竣工2630套。")], covers, None)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # a number per thousand elderly asked: a count of new beds is none
        ("每千名老人拥有养老床位数是多少张", "建成街道级综合养老服务中心5家，新增养老床位420张。"),
        # stations counted: kilometres of road are measured, not counted
        ("地铁11号线二期在区内设几个站", "全力配合地铁11号线二期建设，新改建农村公路33公里。"),
        # an area asked: a count of sites beside the library is no area
        ("区图书馆新馆建筑面积有多大", "区图书馆新馆主体完工，新建文体生活圈站点16个。"),
    ],
)
def test_a_figure_of_another_measure_or_a_change_does_not_fill(question, text):
    slot = read_slot(question, wants_number=True)
    assert not fills(slot, [_passage(text)], lambda t: 1.0, None)


def test_the_same_questions_are_filled_by_the_figure_they_ask_for():
    cases = [
        ("每千名老人拥有养老床位数是多少张", "每千名老人拥有养老床位42.1张。"),
        ("区图书馆新馆建筑面积有多大", "区图书馆新馆建成开放，建筑面积2.3万平方米。"),
        ("2024年PM2.5年均浓度是多少", "PM2.5年均浓度28.4微克/立方米，完成年度控制目标。"),
    ]
    for question, text in cases:
        slot = read_slot(question, wants_number=True)
        assert fills(slot, [_passage(text)], lambda t: 1.0, None), question


def test_greetings_in_pinyin_are_greetings():
    assert questions_in("zai ma 去年安置房竣工多少套") == ["去年安置房竣工多少套"]


def test_a_growth_on_a_like_for_like_basis_is_the_growth_of_the_figure_before():
    """ "一般公共预算收入61.8亿元，同口径增长7.2%": the 7.2% is the revenue's growth."""
    slot = read_slot("2023年一般公共预算收入增长多少", wants_number=True)
    text = "一般公共预算收入61.8亿元，同口径增长7.2%；固定资产投资增长4.3%。"
    fill = filling_figures(slot, [_passage(text)], _covers_words("一般公共预算收入"), None)
    assert [f.quantity.raw for f in fill] == ["7.2%"]


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("高淳PM2.5去年多少 我有鼻炎比较关心", ["高淳PM2.5去年多少"]),
        ("高淳老街评上过什么国家级称号 想带爸妈去逛逛", ["高淳老街评上过什么国家级称号"]),
    ],
)
def test_what_the_asker_has_or_means_to_do_after_the_question_is_dropped(message, asked):
    assert questions_in(message) == asked


def test_a_neighbouring_measure_after_the_asked_words_does_not_fill_the_slot():
    """规上工业增加值 is not 规上工业总产值, 外贸出口额 not 外贸进出口总额: the same words
    followed by another measure name another indicator; the asked measure itself fills."""
    from dataclasses import replace

    from wenzheng.bot.core.slot import noun_heads

    nouns = [("规上",), ("工业",), ("增加值",)]
    heads = noun_heads("规上工业增加值增长多少", nouns)
    assert heads == (("规上", ("工业",)), ("规上工业", ("增加值",)))
    slot = replace(read_slot("规上工业增加值增长多少", wants_number=True), heads=heads)
    covers = _covers_words("规上", "工业")
    assert not fills(slot, [_passage("规上工业总产值增长11.5%。")], covers, None)
    assert fills(slot, [_passage("规上工业增加值增长8.3%。")], covers, None)
    # a word the question adds that is no measure ("空气品质" for 空气质量) changes nothing
    quality = noun_heads("空气品质优良天数比例", [("空气", "空气质量"), ("品质",)])
    slot = replace(read_slot("空气品质优良天数比例是多少", wants_number=True), heads=quality)
    assert fills(slot, [_passage("空气质量优良天数比例79.2%。")], _covers_words("空气"), None)


def test_a_count_asked_with_its_magnitude_keeps_its_measure_word():
    """ "多少万亩", "几万人": the magnitude between the question word and the unit."""
    assert read_slot("高标准农田建成多少万亩", wants_number=True).measure == "亩"
    assert read_slot("新增就业几万人", wants_number=True).measure == "人"


def test_a_follow_up_asking_where_asks_a_place_whatever_it_inherits():
    """ "具体建在哪些街道" after "建几家" asks where, not how many: a count does not fill it."""
    slot = read_slot("具体建在哪些街道", wants_number=True)
    assert slot.kind == "place"
    p = _passage(
        "高标准打造13家街道级综合养老服务中心，实现日间照料中心街道全覆盖。", FRAME_TARGETS
    )
    assert not fills(slot, [p], _covers_words("养老服务中心"), FRAME_TARGETS)


def test_in_use_said_colloquially_is_told_by_the_reports_words():
    """ "啥时候能用上" asks when it is put in use: "2024年秋季学期投入使用" tells it, a date
    for another stage ("年底前主体结顶") does not."""
    slot = read_slot("第七中学新校区啥时候能用上", wants_number=False)
    assert slot.kind == "date"
    used = _passage("第七中学新校区2024年秋季学期投入使用。", FRAME_TARGETS)
    topped = _passage("第七中学新校区2024年底前主体结顶。", FRAME_TARGETS)
    covers = _covers_words("第七中学新校区")
    assert fills(slot, [used], covers, None)
    assert not fills(slot, [topped], covers, None)


def test_a_place_asked_for_a_figure_given_is_told_by_the_passage_stating_it():
    """ "哪个地方去年外贸进出口总额268亿元" gives the figure and asks the place: the passage
    writing that figure fills it (its report names the place), one with another does not."""
    slot = read_slot("哪个地方去年外贸进出口总额268亿元", wants_number=True)
    assert slot.kind == "place"
    covers = _covers_words("外贸进出口总额")
    assert fills(slot, [_passage("外贸进出口总额268亿元，增长15.7%。")], covers, None)
    assert not fills(slot, [_passage("外贸进出口总额稳中有升。")], covers, None)
    # where within the place ("分布在哪些街道") is not told by the passage counting them
    within = read_slot("新增的356张养老床位分布在哪些街道", wants_number=True)
    beds = _passage("新增养老床位356张，每千名老人拥有养老床位42.1张。")
    assert not fills(within, [beds], _covers_words("养老床位"), None)


def test_a_share_of_a_whole_is_no_figure_of_the_whole():
    """ "民生支出占一般公共预算支出比重83%" answers the share asked, not the whole's amount."""
    p = _passage("民生支出占一般公共预算支出比重达到83%。")
    whole = read_slot("去年一般公共预算支出是多少", wants_number=True)
    assert not fills(whole, [p], _covers_words("一般公共预算支出"), None)
    share = read_slot("民生支出占一般公共预算支出比重是多少", wants_number=True)
    assert fills(share, [p], _covers_words("民生支出", "一般公共预算", "比重"), None)


def test_a_share_is_no_figure_of_the_whole_but_is_one_of_an_indicator_named_as_the_share():
    """ "民生支出占一般公共预算支出比重83%" is no 一般公共预算支出 figure; "研发投入占地区生产总值
    比重达到2.93%" is 研发投入强度's (the indicator the report writes as that share)."""
    share = _passage("全社会研发投入占地区生产总值比重达到2.93%。")
    slot = read_slot("研发投入强度是多少", wants_number=True)

    def intensity(text: str) -> float:  # the lexicon's term for it is the share's wording
        return 1.0 if "研发投入占" in text and "比重" in text else 0.3 * ("研发投入" in text)

    assert fills(slot, [share], intensity, None)
    whole = read_slot("一般公共预算支出是多少", wants_number=True)
    spent = _passage("民生支出占一般公共预算支出比重达到83%。")
    assert not fills(whole, [spent], _covers_words("一般公共预算支出"), None)


def test_a_street_or_town_asked_is_not_filled_by_the_districts_figure():
    """ "盛泽镇加装了多少部电梯" is not told by the district's "加装电梯58部"; the town's own
    part is its figure, also typed with a same-sounding character; where the asker lives
    ("我是江浦街道的居民") names no place asked about."""
    covers = _covers_words("电梯")
    slot = read_slot("吴江区盛泽镇去年加装了多少部电梯", wants_number=True)
    district = _passage("改造老旧小区26个，其中松陵街道10个；加装电梯58部。")
    assert not fills(slot, [district], covers, None)
    town = read_slot("宜兴湖父镇去年接待游客多少万人次", wants_number=True)
    part = _passage("全年接待游客2310万人次，其中湖㳇镇接待游客620万人次。")
    assert fills(town, [part], _covers_words("游客"), None)
    lives = read_slot("我是江浦街道的居民 想问下去年加装了多少部电梯", wants_number=True)
    assert fills(lives, [district], covers, None)


def test_a_bare_target_met_after_a_question_leans_on_it():
    assert questions_in("姑苏区2024年实际使用外资多少？目标完成没") == [
        "姑苏区2024年实际使用外资多少，目标完成没"
    ]


def test_an_indicators_target_asked_met_stays_a_target_not_a_worded_plan():
    """ "实际使用外资目标完成没" asks whether the target was met; "…主体结顶的计划实现了吗"
    asks whether the event happened."""
    assert as_claim("姑苏区2024年实际使用外资目标完成没") == "姑苏区2024年实际使用外资目标完成"
    assert as_claim("区中医院西院区年底前主体结顶的计划实现了吗") == "区中医院西院区年底前主体结顶"


def test_a_numbered_thing_asked_is_filled_only_by_a_sentence_naming_it():
    """ "产业园二期总投资" is not the 总投资 of an industry conference's signed projects."""
    slot = read_slot("蜀山量子产业园二期总投资是多少", wants_number=True)
    covers = _covers_words("量子产业", "总投资")
    event = _passage("成功举办第三届蜀山量子产业大会，签约项目35个、总投资218亿元。")
    assert not fills(slot, [event], covers, None)
    phase = _passage("蜀山量子产业园二期开工建设，总投资50亿元。")
    assert fills(slot, [phase], covers, None)


def test_a_yes_no_asking_a_time_in_the_year_no_quote_states_is_not_decided():
    """ "是不是年中就通车" against "完成锦江路北段建设": the report does not say 年中; "秋天"
    is the quote's 秋季."""
    from wenzheng.bot.core.service import _untold_time
    from wenzheng.bot.core.types import Answer, Citation

    def said(quote: str) -> Answer:
        return Answer("q", quote, refused=False, citations=(Citation("d:1", "d", "s", quote),))

    plan = said("进一步优化交通路网，完成锦江路北段建设。")
    assert _untold_time("锦江路北段是不是年中就通车", plan)
    assert not _untold_time("锦江路北段今年通车吗", plan)
    autumn = said("秣陵中学新校区2024年秋季学期投入使用。")
    assert not _untold_time("秣陵中学新校区是2024年秋天投用的吗", autumn)


def test_an_english_absolute_value_asks_an_amount():
    slot = read_slot("what was the absolute value of the service sector's value added", True)
    assert slot.kind == "amount"


def test_a_value_indicator_asked_as_a_figure_asks_its_amount():
    """ "规模以上工业增加值是多少" is not answered by its growth rate."""
    slot = read_slot("前年规模以上工业增加值是多少", wants_number=True)
    assert slot.kind == "amount"
    rate = _passage("规模以上工业增加值增长6.3%。")
    assert not fills(slot, [rate], _covers_words("规模以上工业增加值"), None)
    assert read_slot("新增学位多少个", wants_number=True).kind == "count"


def test_a_rank_is_the_asked_things_not_its_neighbours_in_the_sentence():
    slot = replace(
        read_slot("社会消费品零售总额在全市排第几", wants_number=True),
        nouns=(("社会消费品零售总额",), ("全市",)),
    )
    gdp = _passage("地区生产总值8426.7亿元，经济总量继续位居全市第一；社会消费品零售总额增长7.6%。")
    assert not fills(slot, [gdp], lambda t: 1.0, None)
    own = _passage("社会消费品零售总额1356.9亿元，总量位居全市第一。")
    assert fills(slot, [own], lambda t: 1.0, None)


def test_a_which_year_question_is_told_by_a_clause_naming_its_thing_and_its_event():
    slot = read_slot("地铁20号线二期宝安段哪年建成", wants_number=False)
    other = _passage("地铁20号线二期宝安段开工建设，空港新城连接通道一期建成通车。", FRAME_NONE)
    assert not fills(slot, [other], lambda t: 1.0, None)


def test_a_named_indicator_is_filled_only_by_a_figure_whose_words_name_it():
    """ "固定资产投资年均增长目标" shares 年均增长 and 目标 with the GDP goal's clause, but
    only a figure naming 固定资产投资 (or another of its names, 固投) fills it."""
    from dataclasses import replace

    from wenzheng.bot.core.lexicon import Lexicon

    lexicon = Lexicon.load()
    asked = "十五五时期固定资产投资年均增长目标是多少"
    slot = replace(read_slot(asked, wants_number=True), indicators=lexicon.indicators_named(asked))
    covers = _covers_words("十五五", "年均增长", "目标", "固定资产投资")
    goals = "十五五时期的主要目标是：地区生产总值年均增长5%左右，到2030年突破1450亿元。"
    assert not fills(slot, [_passage(goals, FRAME_TARGETS)], covers, None)
    named = "十五五时期的主要目标是：固投年均增长6%左右。"
    assert fills(slot, [_passage(named, FRAME_TARGETS)], covers, None)


def test_a_longer_indicator_name_holds_its_parts():
    from wenzheng.bot.core.lexicon import Lexicon

    named = Lexicon.load().indicators_named("城镇新增就业多少人")
    assert [group[0] for group in named] == ["城镇新增就业"]

"""xiamen gold questions, part 8: no_place (the question names no district or street; answerable only because the
named entity, figure, year or period occurs in one report only)."""

SM, H4, H5 = "siming-2025", "huli-2024", "huli-2025"

ITEMS = [
    {"type": "no_place", "question": "鹭云软件是在哪个板块上市的？", "doc": SM,
     "answer_facts": [["深交所创业板", "创业板", "深交所"]], "evidence": ["鹭云软件在深交所创业板上市"]},
    {"type": "no_place", "question": "湖光智能在哪个交易所上市？", "doc": H5,
     "answer_facts": [["北交所", "北京证券交易所"]], "evidence": ["湖光智能在北交所上市"]},
    {"type": "no_place", "question": "鹭通物流是哪一年在哪里上市的？", "doc": H4,
     "answer_facts": [["2023年", "2023"], ["上交所主板", "上交所", "主板"]],
     "evidence": ["鹭通物流在上交所主板上市", "2023年，我们主要做了以下工作"]},
    {"type": "no_place", "question": "第六届海峡两岸青年创业营是哪一年办的？", "doc": H5,
     "answer_facts": [["2024年", "2024"]], "evidence": ["成功举办第六届海峡两岸青年创业营", "一、2024年工作回顾"]},
    {"type": "no_place", "question": "哪个区2024年经济总量位居全市第一？", "doc": SM,
     "answer_facts": [["思明区", "思明"]],
     "evidence": ["经济总量位居全市第一", "——2025年1月7日在厦门市思明区第十八届人民代表大会第五次会议上"]},
    {"type": "no_place", "question": "哪个区2023年地区生产总值增速位居全市第二？", "doc": H4,
     "answer_facts": [["湖里区", "湖里"]],
     "evidence": ["增速位居全市第二", "——2024年1月9日在厦门市湖里区第十届人民代表大会第四次会议上"]},
    {"type": "no_place", "question": "“小巨人”企业累计达到15家的是哪个区？", "doc": SM,
     "answer_facts": [["思明区", "思明"]],
     "evidence": ["“小巨人”企业累计达到15家", "——2025年1月7日在厦门市思明区第十八届人民代表大会第五次会议上"]},
    {"type": "no_place", "question": "“湖好办”2024年上线事项达到多少项？", "doc": H5,
     "answer_facts": [["532项", "532"]], "evidence": ["2024年，“湖好办”上线事项达到532项"]},
    {"type": "no_place", "question": "区第二实验学校是哪一年建成投用的？", "doc": SM,
     "answer_facts": [["2024年", "2024"]], "evidence": ["区第二实验学校建成投用", "2024年，我们主要做了以下工作"]},
    {"type": "no_place", "question": "区妇幼保健院新院区2024年完成了主体结构施工的几成？", "doc": H5,
     "answer_facts": [["六成", "60%"]], "evidence": ["区妇幼保健院新院区完成主体结构施工的六成"]},
    {"type": "no_place", "question": "全区上市企业累计达到28家的是哪个区？", "doc": SM,
     "answer_facts": [["思明区", "思明"]],
     "evidence": ["全区上市企业累计达到28家", "——2025年1月7日在厦门市思明区第十八届人民代表大会第五次会议上"]},
]

"""kunming gold questions, part 6: english (1/2). All answerable, no CJK in the question; answer groups add English
forms (亿 = 100 million: 1452.8亿元 = 145.28 billion yuan; 万 = 10 thousand)."""

W4, W5, CG = "wuhua-2024", "wuhua-2025", "chenggong-2025"
WW = [W4, W5]
TH4 = "指标 | 单位 | 2023年 | 比上年增长（%）"

ITEMS = [
    {"type": "english", "question": "What was Wuhua District's GDP in 2024, and how fast did it grow?", "doc": W5,
     "answer_facts": [["1452.8亿元", "145.28 billion", "1452.8"], ["5.2%"]],
     "evidence": ["全年实现地区生产总值1452.8亿元，增长5.2%"]},
    {"type": "english", "question": "How much general public budget revenue did Chenggong District collect in 2024?", "doc": CG,
     "answer_facts": [["38.2亿元", "3.82 billion", "38.2"]], "evidence": ["一般公共预算收入38.2亿元，增长3.6%"]},
    {"type": "english", "question": "How many tourist visits did Wuhua receive in 2024?", "doc": W5,
     "answer_facts": [["5420万人次", "54.2 million", "54,200,000"]], "evidence": ["全年接待游客5420万人次"]},
    {"type": "english", "question": "How many national high-tech enterprises were newly recognised in Chenggong in 2024, and "
                                    "what is the total now?", "doc": CG,
     "answer_facts": [["68家", "68"], ["452家", "452"]], "evidence": ["新增国家高新技术企业68家，总数达到452家"]},
    {"type": "english", "question": "Who delivered Chenggong District's 2025 government work report?", "doc": CG,
     "answer_facts": [["李澄远", "Li Chengyuan"]], "evidence": ["区长 李澄远"]},
    {"type": "english", "question": "On what date was Wuhua District's 2024 government work report delivered?", "doc": W4,
     "answer_facts": [["2024年1月8日", "January 8, 2024", "8 January 2024"]],
     "evidence": ["——2024年1月8日在昆明市五华区第十八届人民代表大会第四次会议上"]},
    {"type": "english", "question": "At which session of the district people's congress was Chenggong's 2025 report "
                                    "delivered?", "doc": CG,
     "answer_facts": [["第三届人民代表大会第五次会议", "Fifth Session of the Third", "3rd", "5th session"]],
     "evidence": ["——2025年1月9日在昆明市呈贡区第三届人民代表大会第五次会议上"]},
    {"type": "english", "question": "What was the trading value of the Yunhuahui flower trading center in Dounan in 2024, "
                                    "and by how much did it grow?", "doc": CG,
     "answer_facts": [["126.3亿元", "12.63 billion", "126.3"], ["增长9.4%", "9.4%"]],
     "evidence": ["交易额126.3亿元，增长9.4%"]},
    {"type": "english", "question": "How many cut-flower stems were traded at Chenggong's Yunhuahui center last year?",
     "doc": CG, "answer_facts": [["118.6亿枝", "11.86 billion", "118.6"]], "evidence": ["全年鲜切花交易量118.6亿枝"]},
    {"type": "english", "question": "What was the output value of the biomedicine industry in the Qidian industrial park in "
                                    "2024, and its growth rate?", "doc": CG,
     "answer_facts": [["186.5亿元", "18.65 billion", "186.5"], ["增长13.2%", "13.2%"]],
     "evidence": ["七甸产业园生物医药产业产值达到186.5亿元，增长13.2%"]},
    {"type": "english", "question": "How many universities are there in Chenggong, and how many university students are "
                                    "enrolled?", "doc": CG,
     "answer_facts": [["13所", "13"], ["24.8万人", "248,000", "248000"]], "evidence": ["驻区高校达到13所，在校大学生24.8万人"]},
    {"type": "english", "question": "What were Wuhua's total retail sales of consumer goods in 2024?", "doc": W5,
     "answer_facts": [["1203.6亿元", "120.36 billion", "1203.6"]], "evidence": ["社会消费品零售总额1203.6亿元，增长6.6%"]},
    {"type": "english", "question": "By how many percentage points did Wuhua's 2024 GDP growth fall short of its target?",
     "doc": W5, "answer_facts": [["0.8个百分点", "0.8"]], "evidence": ["地区生产总值增长5.2%，低于预期目标0.8个百分点"]},
    {"type": "english", "question": "Which 2024 target did Chenggong miss by 1.5 percentage points?", "doc": CG,
     "answer_facts": [["固定资产投资", "fixed-asset investment", "fixed asset investment"]],
     "evidence": ["固定资产投资增长7.5%，低于预期目标1.5个百分点"]},
    {"type": "english", "question": "When did the northern extension of Puji Road in Wuhua open to traffic?", "doc": W5,
     "answer_facts": [["2024年10月", "October 2024"]], "evidence": ["普吉路北延线于2024年10月建成通车"]},
    {"type": "english", "question": "How far had the outpatient and medical technology building of Wuhua's No. 1 People's "
                                    "Hospital progressed by the end of 2024?", "doc": W5,
     "answer_facts": [["完成主体结构施工的七成", "70%", "seventy percent"]],
     "evidence": ["区第一人民医院门诊医技综合楼完成主体结构施工的七成"]},
    {"type": "english", "question": "When is phase II of the Jinhuali historic and cultural block renovation now expected "
                                    "to be completed?", "doc": W5,
     "answer_facts": [["完工时间调整至2025年6月", "June 2025", "end of June 2025"]],
     "evidence": ["目前完成工程量的八成，完工时间调整至2025年6月"]},
    {"type": "english", "question": "How many old residential compounds did Wuhua renovate in 2024, and how many households "
                                    "benefited?", "doc": W5,
     "answer_facts": [["43个", "43"], ["1.38万户", "13,800", "13800"]], "evidence": ["改造老旧小区43个，惠及居民1.38万户"]},
    {"type": "english", "question": "How many elevators were retrofitted into old buildings in Chenggong in 2024?", "doc": CG,
     "answer_facts": [["64台", "64"]], "evidence": ["加装电梯64台"]},
    {"type": "english", "question": "What is Wuhua's GDP growth target for 2025?", "doc": W5,
     "answer_facts": [["5.5%左右", "around 5.5%", "5.5%"]], "evidence": ["地区生产总值增长5.5%左右"]},
    {"type": "english", "question": "What is Chenggong's 2025 target for new urban jobs?", "doc": CG,
     "answer_facts": [["2.5万人", "25,000", "25000"]], "evidence": ["城镇新增就业2.5万人"]},
    {"type": "english", "question": "How many new urban jobs did Wuhua create in 2024, and how many of them went to college "
                                    "graduates?", "doc": W5,
     "answer_facts": [["3.71万人", "37,100", "37100"], ["1.72万人", "17,200", "17200"]],
     "evidence": ["城镇新增就业3.71万人，其中高校毕业生1.72万人"]},
]

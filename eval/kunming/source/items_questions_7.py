"""kunming gold questions, part 7: english (2/2). All answerable, no CJK in the question."""

W4, W5, CG = "wuhua-2024", "wuhua-2025", "chenggong-2025"
WW = [W4, W5]
TH4 = "指标 | 单位 | 2023年 | 比上年增长（%）"

ITEMS = [
    {"type": "english", "question": "What was Wuhua's average annual GDP growth over the first four years of the 14th "
                                    "Five-Year Plan period?", "doc": W5,
     "answer_facts": [["4.9%"]], "evidence": ["年均增长4.9%"]},
    {"type": "english", "question": "How many old residential compounds did Wuhua renovate in total from 2021 to 2024?",
     "doc": W5, "answer_facts": [["152个", "152"]], "evidence": ["累计改造老旧小区152个"]},
    {"type": "english", "question": "According to Wuhua's 2025 report, what was the district's GDP in 2020?", "doc": W5,
     "answer_facts": [["1198.6亿元", "119.86 billion", "1198.6"]], "evidence": ["全区地区生产总值从2020年的1198.6亿元"]},
    {"type": "english", "question": "What was Wuhua District's GDP in 2023, and where did its economy rank in the city?",
     "doc": W4, "answer_facts": [["1386.2亿元", "138.62 billion", "1386.2"], ["全市第一", "first", "1st"]],
     "evidence": ["全年实现地区生产总值1386.2亿元，增长5.6%，经济总量位居全市第一"]},
    {"type": "english", "question": "What was the value added of Wuhua's tertiary sector in 2023?", "doc": W4,
     "answer_facts": [["1196.8", "119.68 billion", "1196.8亿元"]], "evidence": ["第三产业增加值 | 亿元 | 1196.8 | 6.7", TH4]},
    {"type": "english", "question": "How fast did Wuhua's total foreign trade grow in 2023?", "doc": W4,
     "answer_facts": [["12.7", "12.7%"]], "evidence": ["外贸进出口总额 | 亿元 | 86.4 | 12.7", TH4]},
    {"type": "english", "question": "How many tourist visits did the Jinhuali historic block receive in 2023?", "doc": W4,
     "answer_facts": [["920万人次", "9.2 million", "9,200,000"]], "evidence": ["其中锦华里历史文化街区接待游客920万人次"]},
    {"type": "english", "question": "Which Wuhua company listed on the Shanghai STAR Market in 2023?", "doc": W4,
     "answer_facts": [["滇云数科", "Dianyun"]], "evidence": ["滇云数科在上交所科创板上市"]},
    {"type": "english", "question": "What was Chenggong's annual average PM2.5 concentration in 2024, and what is the cap "
                                    "for 2025?", "doc": CG,
     "answer_facts": [["20微克/立方米", "20 micrograms", "20"], ["控制在22微克/立方米以内", "22 micrograms", "22"]],
     "evidence": ["PM2.5年均浓度20微克/立方米", "PM2.5年均浓度控制在22微克/立方米以内"]},
    {"type": "english", "question": "What share of Chenggong's fiscal spending went to people's livelihoods in 2024?",
     "doc": CG, "answer_facts": [["79.2%"]], "evidence": ["财政用于民生的支出占比达到79.2%"]},
    {"type": "english", "question": "How many households benefited from old-compound renovation in Chenggong in 2024?",
     "doc": CG, "answer_facts": [["5600户", "5,600", "5600"]], "evidence": ["改造老旧小区18个，惠及居民5600户"]},
    {"type": "english", "question": "How many visits did the Wanxichong scenic area in Chenggong receive in 2024?", "doc": CG,
     "answer_facts": [["214万人次", "2.14 million", "2,140,000"]], "evidence": ["其中万溪冲景区接待游客214万人次"]},
    {"type": "english", "question": "How fast did per capita disposable income of Chenggong's urban residents grow in 2024?",
     "doc": CG, "answer_facts": [["增长4.9%", "4.9%"]], "evidence": ["城镇居民人均可支配收入52460元，增长4.9%"]},
    {"type": "english", "question": "When did the new campus of Chenggong's hospital of traditional Chinese medicine open, "
                                    "and how many beds did it add?", "doc": CG,
     "answer_facts": [["2024年6月", "June 2024"], ["500张", "500"]],
     "evidence": ["区中医医院新院区于2024年6月建成投用，新增床位500张"]},
    {"type": "english", "question": "What is the 2025 goal for the trading value of Chenggong's Yunhuahui flower center?",
     "doc": CG, "answer_facts": [["力争突破140亿元", "14 billion", "140亿元"]],
     "evidence": ["云花汇花卉交易中心交易额力争突破140亿元"]},
    {"type": "english", "question": "How many service items were available on Wuhua's \"Hua e Ban\" online platform in "
                                    "2024?", "doc": W5,
     "answer_facts": [["472项", "472"]], "evidence": ["2024年，“华e办”上线事项达到472项"]},
    {"type": "english", "question": "How many new public parking spaces does Chenggong plan to add in 2025?", "doc": CG,
     "answer_facts": [["3000个", "3,000", "3000"]], "evidence": ["新增公共停车泊位3000个；新增学位5000个"]},
    {"type": "english", "question": "How many brand first stores did Wuhua attract in 2023, and how many of them were the "
                                    "first in Southwest China?", "doc": W4,
     "answer_facts": [["48家", "48"], ["9家", "9"]], "evidence": ["新引进品牌首店48家，其中西南首店9家"]},
    {"type": "english", "question": "Did Wuhua meet its 2024 plan for new school places, and how many were added?",
     "doc": WW, "expected_yesno": "yes",
     "answer_facts": [["是", "Yes"], ["4350个", "4,350", "4350"], ["4000个", "4,000", "4000"]],
     "evidence": ["新增学位4000个，区第十中学普吉校区2024年秋季学期投入使用", "新增学位4350个"]},
    {"type": "english", "question": "Did Chenggong's retail sales growth in 2024 reach the expected target?", "doc": CG,
     "expected_yesno": "no", "answer_facts": [["否", "No"], ["增速未达到年初预期"]],
     "evidence": ["社会消费品零售总额增速未达到年初预期"]},
    {"type": "english", "question": "How much general public budget revenue did Wuhua collect in 2024?", "doc": W5,
     "answer_facts": [["76.5亿元", "7.65 billion", "76.5"]], "evidence": ["一般公共预算收入76.5亿元，增长5.4%"]},
    {"type": "english", "question": "What was the per capita disposable income of rural residents in Chenggong in 2024?",
     "doc": CG, "answer_facts": [["26180元", "26,180", "26180"]], "evidence": ["农村居民人均可支配收入26180元，增长6.9%"]},
]

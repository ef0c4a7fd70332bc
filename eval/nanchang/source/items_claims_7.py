"""nanchang gold claims, part 7: wrong_place (a 东湖 figure claimed for 新建 or vice versa) and table_figure (the figure
is only in a table-only row of the donghu-2024 Word table; evidence = the row + the header row)."""

D4, D5, XJ = "donghu-2024", "donghu-2025", "xinjian-2025"
TH4 = "指标 | 单位 | 2023年 | 比上年增长（%）"
GY = "规模以上工业增加值 | 亿元 | — | 3.7"
FW = "服务业增加值 | 亿元 | 868.9 | 6.3"
WZ = "实际使用外资 | 万美元 | 8650 | 12.4"

ITEMS = [
    # ---------------------------------------------------------------- wrong_place
    {"kind": "wrong_place", "claim": "新建区2024年地区生产总值为1061.8亿元。", "doc": XJ, "label": "refuted",
     "evidence": ["全年实现地区生产总值782.5亿元"]},
    {"kind": "wrong_place", "claim": "东湖区2024年新增国家高新技术企业38家。", "doc": D5, "label": "refuted",
     "evidence": ["新增国家高新技术企业41家"]},
    {"kind": "wrong_place", "claim": "新建区2024年城镇新增就业1.92万人。", "doc": XJ, "label": "refuted",
     "evidence": ["城镇新增就业1.34万人"]},
    {"kind": "wrong_place", "claim": "东湖区2024年PM2.5年均浓度为33微克/立方米。", "doc": D5, "label": "refuted",
     "evidence": ["PM2.5年均浓度30微克/立方米"]},
    {"kind": "wrong_place", "claim": "东湖区2024年粮食总产量41.2万吨。", "doc": D5, "label": "not_found"},
    {"kind": "wrong_place", "claim": "新建区2024年新引进品牌首店57家。", "doc": XJ, "label": "not_found"},
    {"kind": "wrong_place", "claim": "新建区2024年财政用于民生的支出占比为百分之七十七。", "doc": XJ, "label": "refuted",
     "evidence": ["财政用于民生的支出占比达到80.4%"]},
    {"kind": "wrong_place", "claim": "东湖区2024年森林覆盖率达到41.6%。", "doc": D5, "label": "not_found"},
    {"kind": "wrong_place", "claim": "新建区2025年计划新增养老床位200张。", "doc": XJ, "label": "supported",
     "evidence": ["新增养老床位200张、农村互助养老点10个"]},
    {"kind": "wrong_place", "claim": "东湖区2024年改造老旧小区22个。", "doc": D5, "label": "refuted",
     "evidence": ["改造老旧小区38个"]},
    {"kind": "wrong_place", "claim": "新建区2024年全区接待游客3580万人次。", "doc": XJ, "label": "refuted",
     "evidence": ["全区接待游客1460万人次"]},
    # ---------------------------------------------------------------- table_figure
    {"kind": "table_figure", "claim": "东湖区2023年规模以上工业增加值增长3.7%。", "doc": D4, "label": "supported",
     "evidence": [GY, TH4]},
    {"kind": "table_figure", "claim": "东湖区2023年服务业增加值为868.9亿元。", "doc": D4, "label": "supported",
     "evidence": [FW, TH4]},
    {"kind": "table_figure", "claim": "东湖区2023年服务业增加值比上年增长6.3%。", "doc": D4, "label": "supported",
     "evidence": [FW, TH4]},
    {"kind": "table_figure", "claim": "东湖区2023年实际使用外资8650万美元，增长12.4%。", "doc": D4, "label": "supported",
     "evidence": [WZ, TH4]},
    {"kind": "table_figure", "claim": "东湖区2023年实际使用外资超过8000万美元。", "doc": D4, "label": "supported",
     "evidence": [WZ, TH4]},
    {"kind": "table_figure", "claim": "东湖区2023年服务业增加值为886.9亿元。", "doc": D4, "label": "refuted",
     "evidence": [FW, TH4]},
    {"kind": "table_figure", "claim": "东湖区2023年规模以上工业增加值增长7.3%。", "doc": D4, "label": "refuted",
     "evidence": [GY, TH4]},
    {"kind": "table_figure", "claim": "东湖区2023年实际使用外资比上年增长6.3%。", "doc": D4, "label": "refuted",
     "evidence": [WZ, TH4]},
    {"kind": "table_figure", "claim": "东湖区2023年实际使用外资8560万美元。", "doc": D4, "label": "refuted",
     "evidence": [WZ, TH4]},
    {"kind": "table_figure", "claim": "东湖区2023年服务业增加值增长12.4%。", "doc": D4, "label": "refuted",
     "evidence": [FW, TH4]},
    {"kind": "table_figure", "claim": "东湖区2023年规模以上工业增加值总量为386亿元。", "doc": D4, "label": "not_found"},
    {"kind": "table_figure", "claim": "东湖区2023年限额以上批发零售业销售额增长9.2%。", "doc": D4, "label": "not_found"},
]

"""xian gold questions, part 3: near_topic (all unanswerable, not_stated; each checked against all three reports)."""

N = "not_stated"

ITEMS = [
    # rate-only / amount-only indicators
    {"type": "near_topic", "question": "雁塔区2024年固定资产投资完成了多少亿元？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年规模以上工业增加值是多少亿元？", "reason": N},
    {"type": "near_topic", "question": "雁塔区2024年规模以上工业增加值增长了多少？", "reason": N},
    {"type": "near_topic", "question": "雁塔区2024年旅游总收入比上年增长了多少？", "reason": N},
    {"type": "near_topic", "question": "雁鸣里文化街区2024年接待游客比上年增长了多少？", "reason": N},
    {"type": "near_topic", "question": "长安区翠微谷景区2024年接待游客增长了百分之几？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年旅游总收入是多少亿元？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年固定资产投资总额是多少？", "reason": N},
    # another year / another part only
    {"type": "near_topic", "question": "雁塔区2024年农村居民人均可支配收入是多少？", "reason": N},
    {"type": "near_topic", "question": "长安区2023年城镇居民人均可支配收入是多少？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年粮食播种面积是多少万亩？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年新建高标准农田多少亩？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年整治了多少处秦岭北麓违建问题？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年农村卫生厕所普及率达到多少？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年帮扶农村劳动力转移就业多少人？", "reason": N},
    {"type": "near_topic", "question": "长安区韦曲街道2024年改造了几个老旧小区？", "reason": N},
    {"type": "near_topic", "question": "长安区2023年办理人大代表建议多少件？", "reason": N},
    {"type": "near_topic", "question": "雁塔区2020年城镇新增就业多少人？", "reason": N},
    # breakdowns not given
    {"type": "near_topic", "question": "长安区2023年底的6家上市企业分别是哪几家？", "reason": N},
    {"type": "near_topic", "question": "雁塔区2024年新引进的西北首店都有哪些品牌？", "reason": N},
    {"type": "near_topic", "question": "雁塔区2024年新引进的全国首店有多少家？", "reason": N},
    {"type": "near_topic", "question": "雁塔区小寨路街道2024年老旧小区改造惠及多少户居民？", "reason": N},
    {"type": "near_topic", "question": "长安区郭杜街道2024年加装了多少台电梯？", "reason": N},
    {"type": "near_topic", "question": "雁塔区2024年技术合同成交额中驻区高校贡献了多少？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年新签约的项目一共多少个（不限投资规模）？", "reason": N},
    {"type": "near_topic", "question": "雁塔区2024年竣工的亿元以上项目有多少个？", "reason": N},
    {"type": "near_topic", "question": "长安航天产业园目前一共聚集了多少家商业航天企业？", "reason": N},
    {"type": "near_topic", "question": "雁南大学科技园成立以来累计孵化了多少家科技型企业？", "reason": N},
    # rankings not given
    {"type": "near_topic", "question": "雁塔区2024年地区生产总值增速在全市排第几？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年地区生产总值增速在全市排名第几？", "reason": N},
    {"type": "near_topic", "question": "长安区2023年经济总量在全市排第几？", "reason": N},
    # project / company / event details
    {"type": "near_topic", "question": "雁塔区第八届雁鸣湖灯会吸引了多少游客？", "reason": N},
    {"type": "near_topic", "question": "雁塔区“雁塔夜宴”夜游项目2024年接待观众多少人次？", "reason": N},
    {"type": "near_topic", "question": "雁塔区秦芯半导体上市募集了多少资金？", "reason": N},
    {"type": "near_topic", "question": "长安区天衢航天科技上市首日市值是多少？", "reason": N},
    {"type": "near_topic", "question": "长安区地铁4号线南延段全长多少公里、设了几座车站？", "reason": N},
    {"type": "near_topic", "question": "长安区地铁12号线长安段计划什么时候开通？", "reason": N},
    {"type": "near_topic", "question": "长安区人民医院住院综合楼总投资是多少？", "reason": N},
    {"type": "near_topic", "question": "雁塔区中医医院门诊综合楼建成后能新增多少张床位？", "reason": N},
    {"type": "near_topic", "question": "长安区第二十六中学新校区能提供多少个学位？", "reason": N},
    {"type": "near_topic", "question": "雁塔区电子城片区“工业上楼”示范园一期总投资多少亿元？", "reason": N},
    # never reported / nothing in any report
    {"type": "near_topic", "question": "雁塔区2024年森林覆盖率是多少？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年PM10年均浓度是多少？", "reason": N},
    {"type": "near_topic", "question": "雁塔区现在常住人口有多少？", "reason": N},
    {"type": "near_topic", "question": "长安区2024年一般公共预算支出是多少？", "reason": N},
    {"type": "near_topic", "question": "雁塔区2024年单位地区生产总值能耗下降了多少？", "reason": N},
    {"type": "near_topic", "question": "长安区“终南翠玉”猕猴桃2024年产量是多少吨？", "reason": N},
    {"type": "near_topic", "question": "长安区2025年新增上市企业的目标是几家？", "reason": N},
    {"type": "near_topic", "question": "雁塔区2025年旅游总收入的目标是多少？", "reason": N},
    {"type": "near_topic", "question": "长安区2025年接待游客的目标是多少万人次？", "reason": N},
]

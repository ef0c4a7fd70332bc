"""xiamen gold questions, part 3: near_topic (the topic is in a report, the asked thing is not; all not_stated,
each checked against all three reports)."""

NT = "not_stated"

ITEMS = [
    # amounts of rate-only indicators
    {"type": "near_topic", "question": "思明区2024年固定资产投资总额是多少亿元？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年规模以上工业增加值总量是多少亿元？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2024年固定资产投资完成额是多少亿元？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2023年规模以上工业增加值是多少亿元？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年数字经济核心产业营业收入是多少亿元？", "reason": NT},
    # growth of amount-only indicators
    {"type": "near_topic", "question": "湖里区2024年新设外资企业多少家？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2023年实际使用外资增长率是多少？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年旅游总收入增长了百分之几？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2024年接待过夜游客多少人次？", "reason": NT},
    {"type": "near_topic", "question": "湖里区东渡港区2024年开通了多少条集装箱国际航线？", "reason": NT},
    {"type": "near_topic", "question": "湖里区鹭门国际邮轮中心2024年共靠泊了多少艘次邮轮？", "reason": NT},
    # figures given only for another year / another part
    {"type": "near_topic", "question": "湖里区2024年出口额是多少？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2023年跨境电商进出口比上年增长了多少？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2024年新增跨境电商企业多少家？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2024年航空维修产业产值是多少？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2024年完成海岸带生态修复多少公里？", "reason": NT},
    {"type": "near_topic", "question": "湖里区海峡两岸青年就业创业基地2024年新入驻台青团队多少个？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2023年办理人大代表建议多少件？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年外贸出口额是多少？", "reason": NT},
    {"type": "near_topic", "question": "思明区2020年城镇新增就业多少人？", "reason": NT},
    # breakdowns not given
    {"type": "near_topic", "question": "思明区2024年城镇居民人均可支配收入是多少？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2024年农村居民人均可支配收入是多少？", "reason": NT},
    {"type": "near_topic", "question": "思明区沙港尾文创街区2024年接待游客多少人次？", "reason": NT},
    {"type": "near_topic", "question": "思明区鹭音岛2024年接待游客比上年增长了多少？", "reason": NT},
    {"type": "near_topic", "question": "湖里区五缘湾片区2024年旅游收入是多少？", "reason": NT},
    {"type": "near_topic", "question": "湖里区江头街道2024年改造了几个老旧小区？", "reason": NT},
    {"type": "near_topic", "question": "湖里区殿前街道2024年改造了多少个老旧小区？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年新签约的亿元以上项目里有多少个是台资项目？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2024年新签约项目一共多少个（不限规模）？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年竣工项目中亿元以上项目有多少个？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年新认定的两个海峡青年创业基地叫什么名字？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年引进的5家全国首店分别是哪些品牌？", "reason": NT},
    # rankings not given
    {"type": "near_topic", "question": "思明区2024年地区生产总值增速在厦门全市排第几？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2024年经济总量在全市排第几？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2023年经济总量位居全市第几？", "reason": NT},
    # cost / size / details of projects and companies
    {"type": "near_topic", "question": "思明区第二医院改扩建工程总投资多少？建成后有多少张床位？", "reason": NT},
    {"type": "near_topic", "question": "湖里区妇幼保健院新院区设计床位多少张？", "reason": NT},
    {"type": "near_topic", "question": "湖里区第二实验中学能提供多少个学位？", "reason": NT},
    {"type": "near_topic", "question": "湖里区鹭门国际邮轮中心二期工程总投资是多少亿元？", "reason": NT},
    {"type": "near_topic", "question": "湖里区地铁3号线五缘湾站配套接驳道路有多长？", "reason": NT},
    {"type": "near_topic", "question": "思明区鹭云软件上市募集资金多少？", "reason": NT},
    {"type": "near_topic", "question": "湖里区湖光智能上市首日市值多少？", "reason": NT},
    {"type": "near_topic", "question": "思明区第二十届鹭音岛音乐周吸引了多少观众？", "reason": NT},
    {"type": "near_topic", "question": "湖里区第六届海峡两岸青年创业营有多少个项目参赛？", "reason": NT},
    # never reported / not in any report
    {"type": "near_topic", "question": "湖里区2024年新建了多少个口袋公园？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年新建公共充电桩多少个？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2024年常住人口有多少？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年一般公共预算支出是多少？", "reason": NT},
    {"type": "near_topic", "question": "湖里区2024年单位地区生产总值能耗下降了多少？", "reason": NT},
    {"type": "near_topic", "question": "思明区2024年新签约项目计划总投资是多少亿元？", "reason": NT},
]

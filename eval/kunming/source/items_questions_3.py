"""kunming gold questions, part 3: near_topic (1/2). All unanswerable, reason not_stated; each was checked against all
three reports (the topic is there, the asked thing is not)."""

ITEMS = [
    # amounts of rate-only indicators
    {"type": "near_topic", "question": "五华区2024年固定资产投资总额是多少亿元？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2023年固定资产投资完成额是多少亿元？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2023年规模以上工业增加值的总量是多少亿元？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区2024年固定资产投资完成了多少亿元？", "reason": "not_stated"},
    # growth of amount-only indicators / figures only given as an amount
    {"type": "near_topic", "question": "呈贡区2024年旅游总收入是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区万溪冲景区2024年接待游客比上年增长了多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区云花汇花卉交易中心2024年鲜切花交易量比上年增长多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区2024年花卉种植面积比上年增加了多少亩？", "reason": "not_stated"},
    # figures given only for another year
    {"type": "near_topic", "question": "五华区2024年第三产业增加值是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2024年外贸进出口总额是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2024年农村居民人均可支配收入是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2024年新增省级专精特新中小企业多少家？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2024年新建口袋公园多少个？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2024年夜间经济消费额增长了多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2024年“春城消费季”一共举办了多少场活动？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2020年当年城镇新增就业多少人？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区华山街道2024年改造了几个老旧小区？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2024年新增国家A级旅游景区几家？", "reason": "not_stated"},
    # breakdowns not given
    {"type": "near_topic", "question": "五华区护国街道2024年老旧小区改造惠及多少户居民？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区龙城街道2024年加装了多少台电梯？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区斗南街道的花卉种植面积有多少亩？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2024年竣工的项目中亿元以上项目有多少个？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区2024年新签约的项目一共有多少个（不限投资规模）？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2024年引进的品牌首店里有多少家是全国首店？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区翠云花鸟街现在一共有多少户商户？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区七甸产业园目前有多少家入驻企业？", "reason": "not_stated"},
]

"""guiyang gold questions, part 3: near_topic — all unanswerable (not_stated), each checked against all three reports.
Rate-only / amount-only indicators, figures given only for another year / part / period, breakdowns, names, rankings,
details of projects and events, things no report has, targets not set or not in the corpus. No item asks for a figure
that could be computed from two reports (e.g. 筑韵坊 980万 → 1120万, 旅游总收入 426.8 → 461.2)."""


def nt(q):
    return {"type": "near_topic", "question": q, "doc": None, "reason": "not_stated", "answer_facts": [],
            "evidence": []}


ITEMS = [nt(q) for q in [
    # amounts of rate-only indicators
    "云岩区2025年固定资产投资总额是多少亿元？",
    "云岩区2024年固定资产投资完成了多少亿元？",
    "观山湖区2025年固定资产投资总额是多少？",
    "观山湖区2025年规模以上工业增加值是多少亿元？",
    # growth of amount-only figures / figures not given at all
    "观山湖区2025年旅游总收入是多少？",
    "百花湖湿地景区2025年接待游客比上年增长了多少？",
    "观山湖区2025年“百花云雾”茶产值比上年增长多少？",
    "观山湖区2025年实际使用外资比上年增长了多少？",
    "观山湖区2025年展览面积比上年增加了多少？",
    # figures given only for another year / another part / another period
    "云岩区2025年居民人均消费支出是多少？",
    "云岩区2025年第三产业增加值是多少？",
    "云岩区2025年规模以上服务业营业收入多少？",
    "云岩区中华北路街道2025年改造了几个老旧小区？",
    "云岩区威清门街道2024年改造了多少个老旧小区？",
    "云岩区2020年城镇新增就业多少人？",
    "云岩区“十四五”期间累计接待游客多少人次？",
    "云岩区2024年城镇新增就业目标是多少人？",
    # breakdowns and names not given
    "云岩区2025年农村居民人均可支配收入是多少？",
    "观山湖区2025年数字经济核心产业增加值是多少？",
    "云岩区2025年新入驻筑云数字产业园的企业有哪些？",
    "云岩区2025年新引进的14家省内首店都是哪些品牌？",
    "观山湖区2025年新引进的9家金融机构包括哪些？",
    "云岩区2025年竣工的项目中亿元以上项目有多少个？",
    "观山湖区2025年新签约项目总数（不限规模）是多少？",
    "观山湖区金华园街道2025年老旧小区改造惠及多少户？",
    "观山湖区持牌金融机构中银行有多少家？",
    "观山湖区2025年新增的数字经济企业中规模以上企业有多少家？",
    "观山湖区2025年智能算力占全区算力的比重是多少？",
    # rankings not given
    "云岩区2025年经济总量在全市排第几？",
    "观山湖区2025年经济总量在全市排第几？",
    "云岩区2025年地区生产总值增速在全市排第几？",
    "云岩区2024年地区生产总值增速在全市排第几？",
    # project / company / event details that are only named
    "云岩区第十八中学黔灵校区提供多少个学位？",
    "观山湖区第五实验学校有多少个学位？",
    "云岩区第一人民医院住院综合楼总投资多少？",
    "观山湖区人民医院二期建成后全院总床位数达到多少张？",
    "观山湖区云谷智算中心一期投资了多少钱？",
    "观山湖区黔算科技上市募集了多少资金？",
    "云岩区的筑信科技具体是哪一天在北交所上市的？",
    "第七届云岩酸汤美食节吸引了多少游客？",
    "观山湖区第五届百花湖湿地音乐节有多少观众？",
    "观山湖区金阳南路快速化改造工程全长多少公里？",
    # never reported / things no report has / targets not set or not in the corpus
    "云岩区2025年建成了多少个城市书房？",
    "观山湖区2025年常住人口是多少？",
    "云岩区2025年一般公共预算支出是多少？",
    "观山湖区2025年森林覆盖率是多少？",
    "云岩区2025年PM10年均浓度是多少？",
    "观山湖区2026年新增上市企业的目标是几家？",
    "云岩区2026年城镇居民人均可支配收入增长目标是多少？",
    "观山湖区2025年城镇新增就业的年度目标是多少人？",
    "云岩区2025年12345热线一共受理了多少件诉求？",
]]

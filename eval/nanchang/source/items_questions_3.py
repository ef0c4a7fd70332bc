"""nanchang gold questions, part 3: near_topic. All unanswerable (not_stated); each was checked against all three
reports: the topic is there, the asked thing is not (amounts of rate-only indicators, growth of amount-only
indicators, figures given only for another year / another part, breakdowns, rankings, project details, targets not
in the corpus)."""


def nt(q):
    return {"type": "near_topic", "question": q, "doc": None, "answer_facts": [], "evidence": [],
            "reason": "not_stated"}


ITEMS = [nt(q) for q in [
    # amounts of rate-only indicators
    "东湖区2024年固定资产投资完成额是多少亿元",
    "东湖区2023年固定资产投资总额是多少亿元",
    "东湖区2023年规模以上工业增加值总量是多少亿元",
    "新建区2024年固定资产投资完成了多少亿元",
    # indicators given only for another year / not at all for the place
    "新建区2024年规模以上工业增加值增长了多少",
    "东湖区2024年规模以上工业增加值增速是多少",
    "东湖区2024年服务业增加值是多少亿元",
    "东湖区2024年实际使用外资多少万美元",
    "新建区2024年实际使用外资是多少",
    "新建区2024年旅游总收入是多少亿元",
    "新建区2024年高校毕业生就业多少人",
    "新建区2024年新增了多少个公共停车泊位",
    # growth of amount-only indicators
    "新建区溪霞水韵田园综合体2024年接待游客比上年增长多少",
    "新建区2024年粮食总产量比上年增长了百分之几",
    "新建区2024年水产品产量增长了多少",
    "新建区“溪霞香”大米品牌销售额2024年比上年增长多少",
    # parts of totals / other year of a part
    "东湖区2024年豫章街道改造了多少个老旧小区",
    "东湖区2023年百花洲街道改造了多少个老旧小区",
    "东湖区2024年全区划分了多少个网格",
    "东湖区2024年化解了多少件矛盾纠纷",
    "东湖区2023年办理了多少件人大代表建议",
    "东湖区2024年实际建成了多少个口袋公园",
    # rankings not given
    "东湖区2024年地区生产总值增速在全市排第几",
    "东湖区2023年经济总量在全市排第几位",
    "新建区2024年经济总量在南昌各县区中排第几",
    # breakdowns / names not given
    "东湖区的农村居民人均可支配收入是多少",
    "新建区2024年全体居民人均可支配收入是多少",
    "东湖区2024年引进的江西首店具体有哪些品牌",
    "东湖区2024年引进了几家全国首店",
    "东湖区2024年新签约项目一共多少个 不限投资规模",
    "新建区2024年竣工项目中亿元以上的有几个",
    "新建区2024年新增的国家高新技术企业里有几家在望城电子信息产业园",
    "新建区2024年新增农村互助养老点后全区共有多少个",
    "新建区2024年农村卫生厕所改造了多少户",
    # project / company details
    "东湖区人民医院门诊医技楼总投资是多少",
    "东湖区第二十八中学新校区能提供多少个学位",
    "洪城里历史文化街区二期改造工程总投资多少亿元",
    "东湖数字文创产业园二期建筑面积有多大",
    "东湖数字文创产业园2024年营业收入是多少",
    "鄱源新能源科技储能电池项目一期的年产能是多少 新建区的",
    "新建区鄱源新能源储能电池项目二期预计什么时候投产",
    "新建区中医院新院区建成后有多少张床位",
    "新建区第三中学长堎校区提供了多少个学位",
    "赣江新建段岸线生态修复二期工程修复岸线有多长",
    "新建区稻虾共作的小龙虾年产量是多少吨",
    "东湖区贤士湖水环境综合治理三期工程计划什么时候完工",
    "东湖区第六届百花洲灯彩节吸引了多少游客",
    "东湖区税收超亿元楼宇2024年合计纳税多少亿元",
    # targets not in the corpus / earlier years not given
    "新建区2024年城镇新增就业的年度目标是多少",
    "新建区2024年地区生产总值的预期增长目标是多少",
    "东湖区2021年地区生产总值是多少",
    "东湖区2020年城镇新增就业多少人",
    "新建区2020年有多少家国家高新技术企业",
    # things no report has
    "东湖区2024年PM10年均浓度是多少",
    "新建区2024年一般公共预算支出是多少亿元",
]]

"""nanchang gold questions, part 9: other_scope (all unanswerable: other_place, out_of_scope, other_year, and
cross-place traps with reason not_stated) and no_place (no district / street / site named; answerable only because
the entity, figure or year occurs in one report only)."""

D4, D5, XJ = "donghu-2024", "donghu-2025", "xinjian-2025"


def os_(q, reason):
    return {"type": "other_scope", "question": q, "doc": None, "answer_facts": [], "evidence": [], "reason": reason}


ITEMS = [
    # ---------------------------------------------------------------- other_scope
    os_("西湖区2024年地区生产总值是多少", "other_place"),
    os_("红谷滩区去年接待游客多少人次", "other_place"),
    os_("南昌县2024年粮食总产量多少万吨", "other_place"),
    os_("青云谱区2024年改造了多少个老旧小区", "other_place"),
    os_("进贤县今年新增学位计划多少个", "other_place"),
    os_("南昌市2024年地区生产总值增长多少", "out_of_scope"),
    os_("江西省2025年地区生产总值预期增长目标是多少", "out_of_scope"),
    os_("东湖区2022年新引进了多少家品牌首店", "other_year"),
    os_("新建区2023年粮食总产量是多少", "other_year"),
    os_("东湖区2026年的地区生产总值目标是多少", "other_year"),
    # cross-place traps: a 东湖-only topic asked for 新建, and the other way round
    os_("新建区2024年引进了多少家品牌首店", "not_stated"),
    os_("新建区“十四五”以来累计新增城镇就业多少人", "not_stated"),
    os_("新建区2024年税收超亿元楼宇有多少栋", "not_stated"),
    os_("东湖区2024年粮食总产量是多少", "not_stated"),
    os_("东湖区2024年森林覆盖率达到多少", "not_stated"),
    # ---------------------------------------------------------------- no_place
    {"type": "no_place", "question": "鄱源新能源科技储能电池项目一期是什么时候投产的", "doc": XJ,
     "answer_facts": [["2024年9月", "9月"]], "evidence": ["鄱源新能源科技储能电池项目一期于2024年9月投产"]},
    {"type": "no_place", "question": "鄱源新能源科技储能电池项目二期计划什么时候开工", "doc": XJ,
     "answer_facts": [["年底前开工建设", "年底前", "2025年底"]],
     "evidence": ["鄱源新能源科技储能电池项目二期年底前开工建设"]},
    {"type": "no_place", "question": "区第二十八中学新校区是哪年哪月建成投用的", "doc": D5,
     "answer_facts": [["2024年8月"]], "evidence": ["区第二十八中学新校区于2024年8月建成投用"]},
    {"type": "no_place", "question": "区第三中学去年建成投用的是哪个校区", "doc": XJ,
     "answer_facts": [["长堎校区", "长堎"]], "evidence": ["新增学位3150个，区第三中学长堎校区建成投用"]},
    {"type": "no_place", "question": "区人民医院门诊医技楼建成后将新增多少张床位", "doc": D4,
     "answer_facts": [["360张", "360"]], "evidence": ["区人民医院门诊医技楼开工建设，建成后将新增床位360张"]},
    {"type": "no_place", "question": "“豫章夜话”沉浸式演艺2023年上演了多少场", "doc": D4,
     "answer_facts": [["420场", "420"]], "evidence": ["“豫章夜话”沉浸式演艺上演420场"]},
    {"type": "no_place", "question": "哪个区2024年地区生产总值增速位居全市第一", "doc": XJ,
     "answer_facts": [["新建区", "新建"]],
     "evidence": ["全年实现地区生产总值782.5亿元，增长5.8%，增速位居全市第一",
                  "——2025年1月9日在南昌市新建区第二届人民代表大会第五次会议上"]},
    {"type": "no_place", "question": "2024年经济总量位居全市第三的是哪个区", "doc": D5,
     "answer_facts": [["东湖区", "东湖"]],
     "evidence": ["经济总量位居全市第三", "——2025年1月8日在南昌市东湖区第十六届人民代表大会第五次会议上"]},
    {"type": "no_place", "question": "2023年地区生产总值增速位居全市中心城区第二的是哪个区", "doc": D4,
     "answer_facts": [["东湖区", "东湖"]],
     "evidence": ["增速位居全市中心城区第二", "——2024年1月10日在南昌市东湖区第十六届人民代表大会第四次会议上"]},
    {"type": "no_place", "question": "哪个区到2024年底国家高新技术企业总数达到264家", "doc": XJ,
     "answer_facts": [["新建区", "新建"]],
     "evidence": ["新增国家高新技术企业38家，总数达到264家",
                  "——2025年1月9日在南昌市新建区第二届人民代表大会第五次会议上"]},
    {"type": "no_place", "question": "哪个区的12345热线诉求办结率在2023年是97.8%", "doc": D4,
     "answer_facts": [["东湖区", "东湖"]],
     "evidence": ["2023年，“东湖快办”上线事项达到392项，12345热线诉求办结率97.8%",
                  "——2024年1月10日在南昌市东湖区第十六届人民代表大会第四次会议上"]},
]

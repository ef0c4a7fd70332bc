"""guiyang gold claims, part 2: threshold_category, number_in_name, paraphrase_place.
Written out literally; not_found claims carry no evidence; build_gold.py adds period anchors."""

Y5, Y6, G6 = "yunyan-2025", "yunyan-2026", "guanshanhu-2026"
DL6 = "——2026年1月7日在贵阳市云岩区第十八届人民代表大会第五次会议上"
DLG = "——2026年1月9日在贵阳市观山湖区第四届人民代表大会第五次会议上"


def c(kind, claim, doc, label, ev=()):
    return {"kind": kind, "claim": claim, "doc": doc, "label": label, "evidence": list(ev)}


ITEMS = [
    # ---------------------------------------------------------------- threshold_category
    c("threshold_category", "云岩区2025年新签约10亿元以上项目64个。", Y6, "refuted",
      ["新签约亿元以上项目64个，其中10亿元以上项目9个"]),
    c("threshold_category", "云岩区2025年新签约亿元以上项目64个，其中10亿元以上项目9个。", Y6, "supported",
      ["新签约亿元以上项目64个，其中10亿元以上项目9个"]),
    c("threshold_category", "观山湖区2025年竣工亿元以上项目29个。", G6, "not_found"),
    c("threshold_category", "云岩区2025年新引进省内首店53家。", Y6, "refuted", ["新引进品牌首店53家，其中省内首店14家"]),
    c("threshold_category", "云岩区2025年新引进全国首店5家。", Y6, "not_found"),
    c("threshold_category", "观山湖区2025年新增国家级专精特新“小巨人”企业38家。", G6, "refuted",
      ["新增省级专精特新中小企业38家，国家级专精特新“小巨人”企业新增3家"]),
    c("threshold_category", "观山湖区2025年新签约亿元以上项目72个。", G6, "supported",
      ["新签约亿元以上项目72个，其中10亿元以上项目11个"]),
    c("threshold_category", "观山湖区2025年新签约的各类项目总数为72个。", G6, "not_found"),
    c("threshold_category", "云岩区2024年新开工10亿元以上项目34个。", Y5, "not_found"),
    c("threshold_category", "云岩区2024年新签约亿元以上项目58个，其中10亿元以上项目7个。", Y5, "supported",
      ["新签约亿元以上项目58个，其中10亿元以上项目7个"]),
    c("threshold_category", "观山湖区2025年新签约10亿元以上项目72个。", G6, "refuted",
      ["新签约亿元以上项目72个，其中10亿元以上项目11个"]),
    # ---------------------------------------------------------------- number_in_name
    c("number_in_name", "云岩区2025年成功举办第七届云岩酸汤美食节。", Y6, "supported", ["成功举办第七届云岩酸汤美食节"]),
    c("number_in_name", "云岩区2025年成功举办第八届云岩酸汤美食节。", Y6, "refuted", ["成功举办第七届云岩酸汤美食节"]),
    c("number_in_name", "观山湖区2025年成功举办第六届百花湖湿地音乐节。", G6, "refuted", ["成功举办第五届百花湖湿地音乐节"]),
    c("number_in_name", "云岩区2026年政府工作报告是在区第十八届人民代表大会第五次会议上作的。", Y6, "supported", [DL6]),
    c("number_in_name", "观山湖区2026年政府工作报告是在区第四届人民代表大会第四次会议上作的。", G6, "refuted", [DLG]),
    c("number_in_name", "云岩区第十八中学黔灵校区于2025年8月建成投用。", Y6, "supported",
      ["区第十八中学黔灵校区于２０２５年８月建成投用"]),
    c("number_in_name", "云岩区第十六中学黔灵校区于2025年8月建成投用。", Y6, "refuted",
      ["区第十八中学黔灵校区于２０２５年８月建成投用"]),
    c("number_in_name", "观山湖区第五实验学校于2025年建成投用。", G6, "supported", ["新增学位6800个，区第五实验学校建成投用"]),
    c("number_in_name", "观山湖区2026年将开工建设区第八中学。", G6, "refuted", ["新增学位5000个，开工建设区第六中学"]),
    c("number_in_name", "云岩区大营坡片区城市更新二期工程于2025年6月完工。", Y6, "refuted",
      ["大营坡片区城市更新一期工程于2025年6月完工", "启动大营坡片区城市更新二期工程"]),
    c("number_in_name", "观山湖区云谷智算中心二期于2025年按期建成投用。", G6, "refuted",
      ["云谷智算中心一期按期建成投用", "云谷智算中心二期年底前建成投用"]),
    # ---------------------------------------------------------------- paraphrase_place
    c("paraphrase_place", "贵阳市云岩区去年（2025年）经济总量突破1700亿元。", Y6, "supported",
      ["全年实现地区生产总值1702.6亿元"]),
    c("paraphrase_place", "观山湖区2025年经济增速在贵阳全市排名第二。", G6, "supported", ["增速位居全市第二"]),
    c("paraphrase_place", "云岩区中华北路街道2025年改造老旧小区10个。", Y6, "not_found"),
    c("paraphrase_place", "观山湖区金华园街道2025年改造老旧小区7个。", G6, "supported",
      ["改造老旧小区26个，惠及居民8200户，其中金华园街道7个"]),
    c("paraphrase_place", "云岩区威清门街道2025年改造老旧小区45个。", Y6, "refuted",
      ["改造老旧小区45个，惠及居民1.52万户，其中威清门街道11个"]),
    c("paraphrase_place", "观山湖区百花湖湿地景区2025年接待游客2260万人次。", G6, "refuted",
      ["全年接待游客2260万人次，增长11.8%，其中百花湖湿地景区接待游客385万人次"]),
    c("paraphrase_place", "云岩区筑韵坊历史文化街区2024年接待游客近千万人次。", Y5, "supported",
      ["其中筑韵坊历史文化街区接待游客980万人次"]),
    c("paraphrase_place", "观山湖区城镇居民2025年人均可支配收入超过5.6万元。", G6, "supported",
      ["城镇居民人均可支配收入56380元"]),
    c("paraphrase_place", "云岩区大营坡片区的城市更新一期工程已于2025年年中完工。", Y6, "supported",
      ["大营坡片区城市更新一期工程于2025年6月完工"]),
    c("paraphrase_place", "观山湖区朱昌镇2025年建成美丽乡村示范村8个。", G6, "not_found"),
    c("paraphrase_place", "观山湖区2025年全年接待游客超过两千万人次，增长超过一成。", G6, "supported",
      ["全年接待游客2260万人次，增长11.8%"]),
]

"""guiyang gold claims, part 1: words_numeral, digits_figure, figure_binding.
Written out literally; not_found claims carry no evidence; build_gold.py adds period anchors."""

Y5, Y6, G6 = "yunyan-2025", "yunyan-2026", "guanshanhu-2026"


def c(kind, claim, doc, label, ev=()):
    return {"kind": kind, "claim": claim, "doc": doc, "label": label, "evidence": list(ev)}


ITEMS = [
    # ---------------------------------------------------------------- words_numeral
    c("words_numeral", "云岩区2024年财政用于民生的支出占比为76%。", Y5, "supported", ["财政用于民生的支出占比达到百分之七十六"]),
    c("words_numeral", "云岩区2025年财政用于民生的支出占比为百分之七十七点八。", Y6, "supported",
      ["财政用于民生的支出占比达到７７．８％"]),
    c("words_numeral", "观山湖区2025年财政用于民生的支出占比为百分之七十七点八。", G6, "refuted",
      ["财政用于民生的支出占比达到79.3%"]),
    c("words_numeral", "云岩区2025年地区生产总值约一千七百亿元。", Y6, "supported", ["全年实现地区生产总值1702.6亿元"]),
    c("words_numeral", "观山湖区2025年地区生产总值约一千二百亿元。", G6, "refuted", ["全年实现地区生产总值1108.6亿元"]),
    c("words_numeral", "云岩区筑云数字产业园二期到2025年底完成了工程量的百分之七十。", Y6, "supported",
      ["产业园二期完成工程量的七成"]),
    c("words_numeral", "云岩区第一人民医院住院综合楼2025年完成了主体结构施工的百分之七十。", Y6, "refuted",
      ["区第一人民医院住院综合楼完成主体结构施工的八成"]),
    c("words_numeral", "观山湖区金阳南路快速化改造工程已完成工程量的百分之七十，完工时间调整至2026年5月。", G6, "supported",
      ["金阳南路快速化改造工程完成工程量的七成，完工时间调整至2026年5月"]),
    c("words_numeral", "云岩区2025年城镇新增就业三万五千一百人。", Y6, "supported", ["城镇新增就业３．５１万人"]),
    c("words_numeral", "观山湖区2025年城镇新增就业两万六千八百人。", G6, "refuted", ["城镇新增就业2.86万人"]),
    c("words_numeral", "云岩区2025年新建公共充电桩两千余个。", Y6, "not_found"),
    # ---------------------------------------------------------------- digits_figure
    c("digits_figure", "云岩区2025年接待游客41,500,000人次。", Y6, "supported", ["全年接待游客4150万人次"]),
    c("digits_figure", "观山湖区2025年新增学位６８００个。", G6, "supported", ["新增学位6800个"]),
    c("digits_figure", "云岩区2025年新增学位3620个。", Y6, "refuted", ["新增学位３２６０个"]),
    c("digits_figure", "云岩区2024年改造老旧小区42个，惠及居民13600户。", Y5, "supported",
      ["改造老旧小区42个，惠及居民1.36万户"]),
    c("digits_figure", "观山湖区2025年改造老旧小区26个，惠及居民82000户。", G6, "refuted",
      ["改造老旧小区26个，惠及居民8200户"]),
    c("digits_figure", "云岩区“十四五”期间累计新增城镇就业186,000人。", Y6, "refuted", ["累计新增城镇就业16.8万人"]),
    c("digits_figure", "观山湖区2025年接待游客22,600,000人次。", G6, "supported", ["全年接待游客2260万人次"]),
    c("digits_figure", "云岩区2024年城镇居民人均可支配收入为5.286万元。", Y5, "supported",
      ["城镇居民人均可支配收入52860元"]),
    c("digits_figure", "观山湖区2025年城镇新增就业28,600人。", G6, "supported", ["城镇新增就业2.86万人"]),
    c("digits_figure", "云岩区2024年加装电梯１２６台。", Y5, "supported", ["加装电梯126台"]),
    c("digits_figure", "观山湖区2025年新增公共停车泊位5,600个，建成公共充电桩1,200个。", G6, "not_found"),
    # ---------------------------------------------------------------- figure_binding
    c("figure_binding", "云岩区2025年新引进品牌首店14家。", Y6, "refuted", ["新引进品牌首店53家，其中省内首店14家"]),
    c("figure_binding", "观山湖区2025年新引进金融机构268家。", G6, "refuted", ["新引进金融机构9家，持牌金融机构达到268家"]),
    c("figure_binding", "观山湖区2025年末持牌金融机构达到268家。", G6, "supported", ["持牌金融机构达到268家"]),
    c("figure_binding", "云岩区2024年新开工亿元以上项目21个。", Y5, "refuted", ["新开工亿元以上项目34个，竣工项目21个"]),
    c("figure_binding", "观山湖区2025年竣工项目29个。", G6, "supported", ["新开工亿元以上项目46个，竣工项目29个"]),
    c("figure_binding", "云岩区2025年城镇新增就业中高校毕业生为3.51万人。", Y6, "refuted",
      ["城镇新增就业３．５１万人，其中高校毕业生１．６３万人"]),
    c("figure_binding", "观山湖区2025年新增社区助餐点360个。", G6, "refuted", ["新增养老床位360张、社区助餐点28个"]),
    c("figure_binding", "云岩区2025年全区接待游客1120万人次。", Y6, "refuted",
      ["全年接待游客4150万人次", "其中筑韵坊历史文化街区接待游客1120万人次"]),
    c("figure_binding", "观山湖区国家级专精特新“小巨人”企业累计达到11家。", G6, "supported",
      ["国家级专精特新“小巨人”企业新增3家、累计达到11家"]),
    c("figure_binding", "观山湖区2025年新增省级专精特新中小企业11家。", G6, "refuted", ["新增省级专精特新中小企业38家"]),
    c("figure_binding", "云岩区2025年新认定国家高新技术企业560家。", Y6, "refuted", ["新认定国家高新技术企业74家，总数达到560家"]),
]

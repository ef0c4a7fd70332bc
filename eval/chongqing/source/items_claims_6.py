"""chongqing gold claims, part 6: more traps — a number inside a name (12345), a page-furniture number of the saved
CMS page (浏览次数 8632) read as a report figure, and figures that exist only in deleted tracked-change text of
jiangbei-2024.docx (86家, 380张, 6.5%左右, 8%), which the accepted text contradicts."""
from items_common import J4, R, S, Y3, c

ITEMS = [
    c("number_in_name", "渝中区2022年12345政务服务热线按时办结率为98.6%。", Y3, S, "12345政务服务热线按时办结率98.6%"),
    c("digits_figure", "渝中区2022年接待游客8632万人次。", Y3, R, "全年接待游客3860万人次"),
    c("words_numeral", "江北区2023年新认定国家高新技术企业八十六家。", J4, R, "新认定国家高新技术企业92家"),
    c("words_numeral", "江北区2023年新增养老床位三百八十张。", J4, R, "新增养老床位400张、社区食堂24个"),
    c("target_vs_result", "江北区2024年地区生产总值的预期增长目标为6.5%左右。", J4, R,
      "地区生产总值增长6%左右；一般公共预算收入增长5%"),
    c("target_vs_result", "江北区2024年固定资产投资的预期目标是增长8%。", J4, R,
      "一般公共预算收入增长5%；固定资产投资增长7%"),
]

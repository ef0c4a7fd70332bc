"""kunming gold questions, part 4: near_topic (2/2). All unanswerable, reason not_stated; each was checked against all
three reports."""

ITEMS = [
    # project / company / event details that are only named
    {"type": "near_topic", "question": "五华区滇华生物上市募集了多少资金？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区的滇云数科是哪个月上市的？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区第一人民医院门诊医技综合楼总投资多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区中医医院新院区的总投资是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区第十中学普吉校区能提供多少个学位？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区实验学校吴家营校区有多少个学位？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区普吉路北延线全长多少公里？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区第五届锦华里非遗市集吸引了多少游客？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区第十九届万溪冲梨花节举办期间接待了多少游客？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区的13所驻区高校分别是哪些学校？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区大学城在校研究生有多少人？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区有多少所驻区高校？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区云岭花卉科技上市募集资金多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区洛龙湾湿地公园面积有多大？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区锦华里历史文化街区二期改造工程总投资多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区华创数字经济产业园2024年营业收入是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区大学城科创走廊二期什么时候开工的？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区第六届锦华里非遗市集具体哪天开幕？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区华创数字经济产业园现在有多少从业人员？", "reason": "not_stated"},
    # rankings not given
    {"type": "near_topic", "question": "五华区2024年经济总量在全市排第几？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区2024年经济总量在全市排第几？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2023年地区生产总值增速在全市排第几？", "reason": "not_stated"},
    # things no report has / targets not set / targets not in the corpus
    {"type": "near_topic", "question": "五华区常住人口有多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区2024年一般公共预算支出是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区森林覆盖率是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2024年PM10年均浓度是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区2025年新增上市企业的目标是几家？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2025年旅游总收入的目标是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2025年城镇居民人均可支配收入预期增长多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2023年地区生产总值的预期增长目标是多少？", "reason": "not_stated"},
    {"type": "near_topic", "question": "五华区2023年城镇新增就业的目标是多少人？", "reason": "not_stated"},
    {"type": "near_topic", "question": "呈贡区2024年城镇新增就业的年度目标是多少人？", "reason": "not_stated"},
]

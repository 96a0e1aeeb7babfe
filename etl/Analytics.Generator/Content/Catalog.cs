namespace Analytics.Generator.Content;

/// <summary>What a project is about: decides its budget size and which indicators it reports.</summary>
internal enum Category
{
    Assistance,
    ResidentInsurance,
    Agency,
    Personnel,
    Information,
    SpecialGroups,
    Capacity,
    Supervision,
    Premises,
    Department,
}

internal enum Direction
{
    /// <summary>≥X: score = weight × actual / target.</summary>
    AtLeast,

    /// <summary>≤X, a reverse indicator: score = weight × target / actual.</summary>
    AtMost,

    /// <summary>A plain value to reach ("100%"), scored like ≥.</summary>
    Exact,

    Qualitative,
}

internal enum MeasureKind
{
    Percent,
    Count,
    TenThousands,
    Cost,
    Time,
    Money,
    Standard,
    Qualitative,
}

/// <summary>
/// How an indicator's target and actual are drawn. <see cref="Values"/> holds the usual targets (a percent, a
/// standard) or, for counts, the range; <see cref="Unit"/> is printed after the number.
/// </summary>
internal sealed record Measure(MeasureKind Kind, Direction Direction, string Unit = "", decimal[]? Values = null, string[]? Targets = null, string[]? Partial = null);

internal sealed record IndicatorTemplate(string Name, string Level2, Measure Measure, Category[] Tags);

internal sealed record ProjectTemplate(string Name, Category Category, decimal MinBudget, decimal MaxBudget);

/// <summary>
/// The words of real self-evaluations: project names of the seed reports and the domain primer, indicator wordings
/// of sql/seeds/indicator_synonyms.csv with their usual targets, and the prose around them.
/// </summary>
internal static class Catalog
{
    public static readonly ProjectTemplate[] Projects =
    [
        new("城乡医疗救助", Category.Assistance, 300, 3000),
        new("医疗救助补助资金", Category.Assistance, 500, 6000),
        new("城乡医疗救助资金", Category.Assistance, 300, 4000),
        new("医疗救助地方配套资金", Category.Assistance, 10, 300),
        new("中央专项彩票公益金支持城乡医疗救助资金", Category.Assistance, 20, 200),
        new("扶贫济困医疗基金救助", Category.Assistance, 200, 1500),
        new("城乡居民基本医疗保险补助资金", Category.ResidentInsurance, 3000, 60000),
        new("城乡居民医疗保险地方配套资金", Category.ResidentInsurance, 1000, 9000),
        new("城乡居民基本医疗保险本级补助", Category.ResidentInsurance, 1000, 12000),
        new("医保经办服务经费", Category.Agency, 20, 300),
        new("医疗保障经办服务经费", Category.Agency, 30, 260),
        new("镇办医疗保障服务中心经费", Category.Agency, 20, 160),
        new("医疗保障专项经费", Category.Agency, 50, 400),
        new("综合业务经费", Category.Agency, 10, 80),
        new("管理站经费", Category.Agency, 10, 60),
        new("村级医保代办员补助资金", Category.Agency, 10, 90),
        new("人员经费", Category.Personnel, 20, 300),
        new("政府购买服务人员经费", Category.Personnel, 15, 120),
        new("离退休人员一次性奖励", Category.Personnel, 5, 40),
        new("医保信息系统运维费", Category.Information, 10, 150),
        new("信息网络维护费用", Category.Information, 10, 80),
        new("医保中心光纤租赁费", Category.Information, 3, 20),
        new("医疗保障信息化建设经费", Category.Information, 50, 400),
        new("离休干部医药费", Category.SpecialGroups, 100, 1500),
        new("离休伤残军人等公费医疗费", Category.SpecialGroups, 100, 800),
        new("国有单（双）解人员医疗保险费", Category.SpecialGroups, 30, 300),
        new("医保中心特殊人群参保费用", Category.SpecialGroups, 50, 600),
        new("医疗服务与保障能力提升补助资金", Category.Capacity, 50, 400),
        new("药品耗材集中带量采购工作经费", Category.Capacity, 10, 60),
        new("医保基金监管工作经费", Category.Supervision, 10, 120),
        new("打击欺诈骗保专项经费", Category.Supervision, 10, 80),
        new("办公用房租赁费", Category.Premises, 10, 80),
        new("固定资产采购", Category.Premises, 5, 60),
    ];

    private static readonly Category[] General = [];

    public static readonly IndicatorTemplate[] Indicators =
    [
        // 产出指标 / 数量指标
        new("重特大疾病医疗救助人次占直接救助人次比例", "数量指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [28, 40]), [Category.Assistance]),
        new("资助参保人数", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "人", [3000, 60000]), [Category.Assistance]),
        new("资助困难群众参加基本医保人数", "数量指标", new(MeasureKind.TenThousands, Direction.AtLeast, "万人", [1, 20]), [Category.Assistance]),
        new("住院救助人次", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "人次", [2000, 40000]), [Category.Assistance]),
        new("医疗救助对象人次规模", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "人次", [5000, 60000]), [Category.Assistance]),
        new("终末期肾病和重性精神病兜底救助人次", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "人次", [2000, 40000]), [Category.Assistance]),
        new("城乡居民参保人数", "数量指标", new(MeasureKind.TenThousands, Direction.AtLeast, "万人", [5, 150]), [Category.ResidentInsurance, Category.Department]),
        new("城乡居民医保参保人数", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "人", [50000, 900000]), [Category.ResidentInsurance]),
        new("居民医保住院待遇享受人次", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "人次", [20000, 200000]), [Category.ResidentInsurance]),
        new("门诊统筹待遇享受人次", "数量指标", new(MeasureKind.TenThousands, Direction.AtLeast, "万人次", [2, 60]), [Category.ResidentInsurance]),
        new("基本医疗保险参保人数", "数量指标", new(MeasureKind.TenThousands, Direction.AtLeast, "万人", [5, 150]), [Category.Department]),
        new("医疗救助人次", "数量指标", new(MeasureKind.TenThousands, Direction.AtLeast, "万人次", [1, 8]), [Category.Department]),
        new("前台业务受理", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "件", [5000, 40000]), [Category.Agency, Category.Personnel]),
        new("开展医保政策宣传", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "次", [6, 30]), [Category.Agency, Category.Department]),
        new("医保业务政策培训会", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "次", [2, 12]), [Category.Agency, Category.Capacity]),
        new("慢性病鉴定", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "次", [4, 12]), [Category.Agency]),
        new("医保经办窗口业务办理量", "数量指标", new(MeasureKind.TenThousands, Direction.AtLeast, "万笔", [2, 40]), [Category.Agency]),
        new("经办网点覆盖乡镇数", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "个", [8, 40]), [Category.Agency]),
        new("定点医药机构监督检查覆盖率", "数量指标", new(MeasureKind.Percent, Direction.Exact, Values: [100]), [Category.Supervision, Category.Agency, Category.Department]),
        new("开展稽查稽核工作", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "次", [4, 24]), [Category.Supervision]),
        new("享受补助人数", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "人", [200, 6000]), [Category.SpecialGroups]),
        new("享受公费医疗待遇人数", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "人", [50, 800]), [Category.SpecialGroups]),
        new("待遇报销人次数", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "人次", [200, 3000]), [Category.SpecialGroups]),
        new("城乡居民缴费参保短信业务提醒", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "条", [100000, 1200000]), [Category.Information]),
        new("定点医药机构接入医保信息平台数量", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "家", [40, 420]), [Category.Information]),
        new("慢性病智能监控系统运行维护", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "套", [1, 3]), [Category.Information]),
        new("保障在职人员数", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "人", [8, 60]), [Category.Personnel]),
        new("租赁办公用房面积", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "平方米", [200, 1500]), [Category.Premises]),
        new("采购设备数量", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "台", [5, 60]), [Category.Premises]),
        new("国家集采中选药品品种落地数", "数量指标", new(MeasureKind.Count, Direction.AtLeast, "个", [100, 300]), [Category.Capacity]),

        // 产出指标 / 质量指标
        new("重点救助对象自负费用年度限额内住院救助比例", "质量指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [70, 75]), [Category.Assistance]),
        new("重点救助对象目录外费用救助比例", "质量指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [25]), [Category.Assistance]),
        new("政策范围内住院费用基金支付比例", "质量指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [60, 65, 70]), [Category.ResidentInsurance]),
        new("城乡居民参保率", "质量指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [95, 97]), [Category.ResidentInsurance, Category.Department]),
        new("基本医保参保率", "质量指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [95, 96]), [Category.Department, Category.ResidentInsurance]),
        new("医保待遇按时足额发放率", "质量指标", new(MeasureKind.Percent, Direction.Exact, Values: [100]), [Category.ResidentInsurance, Category.SpecialGroups]),
        new("经办差错率", "质量指标", new(MeasureKind.Percent, Direction.AtMost, Values: [1, 0.5m]), [Category.Agency]),
        new("信息系统正常运行率", "质量指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [98, 99]), [Category.Information]),
        new("参保就医短信业务提醒正确率", "质量指标", new(MeasureKind.Percent, Direction.Exact, Values: [100]), [Category.Information]),
        new("医保电子凭证激活率", "质量指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [40, 60]), [Category.Information, Category.Department]),
        new("医保经办服务能力", "质量指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["有所提升", "显著提升"], Partial: ["基本提升"]), [Category.Agency, Category.Capacity, Category.Personnel]),
        new("经办服务能力和质量", "质量指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["显著提升"], Partial: ["有所提升"]), [Category.Personnel, Category.Agency]),
        new("医疗救助对象信息及时更新", "质量指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["及时更新"], Partial: ["基本及时"]), [Category.Assistance]),
        new("集中采购落实情况", "质量指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["按要求落实和执行"], Partial: ["基本落实"]), [Category.Capacity]),
        new("公立医疗机构集采药品约定采购量完成率", "质量指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [100]), [Category.Capacity]),
        new("采购质量合规率", "质量指标", new(MeasureKind.Percent, Direction.Exact, Values: [100]), [Category.Premises]),
        new("稽查问题整改率", "质量指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [90, 95]), [Category.Supervision]),
        new("公费医疗待遇落实率", "质量指标", new(MeasureKind.Percent, Direction.Exact, Values: [100]), [Category.SpecialGroups]),

        // 产出指标 / 时效指标
        new("救助资金拨付及时率", "时效指标", new(MeasureKind.Percent, Direction.Exact, Values: [100]), [Category.Assistance]),
        new("经费支出时效性", "时效指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["及时"], Partial: ["基本及时"]), General),
        new("资金到位率", "时效指标", new(MeasureKind.Percent, Direction.Exact, Values: [100]), General),
        new("待遇拨付及时情况", "时效指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["按时足额拨付"], Partial: ["基本按时拨付"]), [Category.SpecialGroups, Category.Assistance]),
        new("业务办结时限", "时效指标", new(MeasureKind.Time, Direction.AtMost, "个工作日", [10, 15, 20]), [Category.Agency, Category.Department]),
        new("医疗救助资金结算时限", "时效指标", new(MeasureKind.Time, Direction.AtMost, "天", [15, 20, 30]), [Category.Assistance, Category.Department]),
        new("系统故障响应时间", "时效指标", new(MeasureKind.Time, Direction.AtMost, "小时", [2, 4, 24]), [Category.Information]),
        new("任务完成时效", "时效指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["及时支付", "按时完成"], Partial: ["基本按时完成"]), General),
        new("一站式即时结算覆盖率", "时效指标", new(MeasureKind.Percent, Direction.Exact, Values: [100]), [Category.Assistance, Category.ResidentInsurance]),
        new("医保待遇按时结算率", "时效指标", new(MeasureKind.Percent, Direction.Exact, Values: [100]), [Category.Department, Category.ResidentInsurance]),
        new("补助资金拨付及时性", "时效指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["及时拨付"], Partial: ["基本及时"]), [Category.ResidentInsurance, Category.SpecialGroups]),

        // 产出指标 / 成本指标
        new("项目成本", "成本指标", new(MeasureKind.Cost, Direction.AtMost, "万元"), General),
        new("项目总成本", "成本指标", new(MeasureKind.Cost, Direction.AtMost, "万元"), General),
        new("人均住院救助水平", "成本指标", new(MeasureKind.Standard, Direction.AtMost, "元", [1500, 1800, 2500]), [Category.Assistance]),
        new("单笔业务经办成本", "成本指标", new(MeasureKind.Standard, Direction.AtMost, "元", [4.5m, 6, 8]), [Category.Agency]),
        new("人均财政补助标准", "成本指标", new(MeasureKind.Standard, Direction.AtLeast, "元", [610, 640, 670]), [Category.ResidentInsurance]),
        new("运维费用控制数", "成本指标", new(MeasureKind.Cost, Direction.AtMost, "万元"), [Category.Information]),
        new("部门预算支出控制数", "成本指标", new(MeasureKind.Cost, Direction.AtMost, "万元"), [Category.Department]),

        // 效益指标 / 社会效益指标
        new("困难群众医疗费用负担减轻程度", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["有效缓解", "有效减轻"], Partial: ["有所缓解"]), [Category.Assistance]),
        new("医疗救助对象覆盖范围", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["稳步拓展", "逐步扩大"], Partial: ["基本覆盖"]), [Category.Assistance]),
        new("困难群众看病就医方便程度", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["明显提高"], Partial: ["有所提高"]), [Category.Assistance]),
        new("参保群众医疗费用负担", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["有效减轻", "有所减轻"], Partial: ["略有减轻"]), [Category.ResidentInsurance, Category.Department]),
        new("政策知晓率", "社会效益指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [85, 90, 95]), General),
        new("医保政策知晓率", "社会效益指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [85, 90]), [Category.Department, Category.Agency]),
        new("群众办事便利度", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["明显提高"], Partial: ["有所提高"]), [Category.Agency, Category.Information]),
        new("参保群众就医结算便捷度", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["明显提升"], Partial: ["有所提升"]), [Category.Information, Category.ResidentInsurance]),
        new("开展医保服务网上办理", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["显著提高"], Partial: ["有所提高"]), [Category.Information, Category.Agency]),
        new("取得社会公众对项目的认可", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["成效显著"], Partial: ["成效一般"]), General),
        new("保障退休人员待遇", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["有效保障"], Partial: ["基本保障"]), [Category.Personnel, Category.SpecialGroups]),
        new("保障部门职能正常履行", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["正常履行"], Partial: ["基本履行"]), [Category.Personnel, Category.Agency, Category.Premises]),
        new("基金监管成效", "社会效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["成效显著"], Partial: ["取得一定成效"]), [Category.Supervision]),

        // 效益指标 / 经济效益指标
        new("打击欺诈骗保追回基金", "经济效益指标", new(MeasureKind.Money, Direction.AtLeast, "万元", [20, 400]), [Category.Supervision, Category.Department]),
        new("集采药品平均降价幅度", "经济效益指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [50]), [Category.Capacity]),
        new("减少医保资金浪费", "经济效益指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["成效显著"], Partial: ["有一定成效"]), [Category.Supervision, Category.Information]),

        // 效益指标 / 可持续影响指标
        new("医保基金运行", "可持续影响指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["平稳运行", "收支平衡"], Partial: ["基本平衡"]), [Category.ResidentInsurance, Category.Department]),
        new("医疗救助制度运行", "可持续影响指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["长期稳定", "平稳运行"], Partial: ["基本稳定"]), [Category.Assistance]),
        new("对健全医疗保障制度体系的作用", "可持续影响指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["成效明显"], Partial: ["有一定作用"]), General),
        new("经办服务体系运行", "可持续影响指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["长期稳定"], Partial: ["基本稳定"]), [Category.Agency]),
        new("对大数据分析能力的提升程度", "可持续影响指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["显著提升"], Partial: ["有所提升"]), [Category.Information]),
        new("完善医保服务体系推进医保保障水平提升", "可持续影响指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["显著提高"], Partial: ["有所提高"]), General),
        new("对健全社会救助体系的影响", "可持续影响指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["成效明显"], Partial: ["有一定影响"]), [Category.Assistance]),
        new("政府购买服务人员幸福感获得感", "可持续影响指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["效果显著"], Partial: ["有所提高"]), [Category.Personnel]),
        new("信息系统安全稳定运行", "可持续影响指标", new(MeasureKind.Qualitative, Direction.Qualitative, Targets: ["全年无重大故障"], Partial: ["偶有故障"]), [Category.Information]),

        // 满意度指标 / 服务对象满意度指标
        new("服务对象满意度", "服务对象满意度指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [90, 95]), General),
        new("参保群众满意度", "服务对象满意度指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [90, 85]), [Category.ResidentInsurance, Category.Department, Category.Agency]),
        new("救助对象满意度", "服务对象满意度指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [90]), [Category.Assistance]),
        new("困难群众满意度", "服务对象满意度指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [90]), [Category.Assistance]),
        new("政府购买服务人员满意度", "服务对象满意度指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [95]), [Category.Personnel]),
        new("定点医药机构满意度", "服务对象满意度指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [90]), [Category.Information, Category.Capacity, Category.Supervision]),
        new("参保人员对医保服务的满意度", "服务对象满意度指标", new(MeasureKind.Percent, Direction.AtLeast, Values: [95]), [Category.Agency, Category.Department]),
    ];

    /// <summary>The 一级 heading of each 二级 heading used above.</summary>
    public static string Level1Of(string level2) => level2 switch
    {
        "数量指标" or "质量指标" or "时效指标" or "成本指标" => "产出指标",
        "社会效益指标" or "经济效益指标" or "生态效益指标" or "可持续影响指标" => "效益指标",
        _ => "满意度指标",
    };

    public static readonly string[] Notes =
    [
        "部分乡镇经办人员不足，下一步加强培训",
        "受疫情影响进度滞后，下一步加快推进",
        "年度内政策调整，目标值测算偏高",
        "部分对象年度内多次住院，超出年度救助限额",
        "宣传覆盖面不够，下一步加大宣传力度",
        "部分资金结转下年使用",
        "系统切换期间业务量下降",
        "异地就医费用占比上升，下一步加强转诊管理",
    ];

    public static readonly string[] Conclusions =
    [
        "较好完成", "基本完成", "全面完成年度目标", "较好完成，部分资金结转", "按计划完成", "完成年度绩效目标",
    ];

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];

    public static readonly string[] GivenNames = ["敏", "伟", "芳", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "志明", "红梅", "建国", "海燕", "晓东"];

    public static readonly string[] ImplementingSuffixes = ["医疗保障服务中心", "医疗保障事务中心", "医疗保险服务中心", "医疗保障局"];

    /// <summary>年度总体目标 and 实际完成情况 of a project, by category.</summary>
    public static (string Goal, string Done) Goals(Category category, string county) => category switch
    {
        Category.Assistance => ($"对{county}特困供养人员、低保对象等困难群众参加城乡居民医保个人缴费部分给予资助，对住院和门诊慢特病费用给予救助。", "全年按规定落实资助参保和住院救助政策，困难群众医疗费用负担有效减轻。"),
        Category.ResidentInsurance => ("按照国家和省定标准落实城乡居民医保财政补助，保障参保群众基本医疗需求。", "财政补助资金足额到位，参保群众按规定享受医保待遇。"),
        Category.Agency => ("提升县乡村三级医保经办服务能力，实现医保业务就近办、一次办。", "经办服务网络运行平稳，医保业务办理效率明显提高。"),
        Category.Personnel => ("保障医疗保障经办人员经费支出，确保单位正常运转。", "已按时完成人员工资及相关费用支付，单位运转正常。"),
        Category.Information => ("保障医保信息系统和网络安全稳定运行。", "信息系统全年运行平稳，未发生重大安全事件。"),
        Category.SpecialGroups => ("保障特殊人群医疗待遇，切实增强其获得感、安全感、幸福感。", "据实结算特殊人群医疗待遇，待遇按时足额拨付。"),
        Category.Capacity => ("积极推进参保工作，持续开展打击欺诈骗保，有效提升医保经办服务能力。", "医保经办、监管和支付方式改革能力全面提升。"),
        Category.Supervision => ("加强医保基金监管，开展定点医药机构全覆盖检查，维护基金安全。", "全年完成定点医药机构检查，追回违规基金并按规定处理。"),
        Category.Premises => ("保障办公场所和设备需要，确保业务正常开展。", "办公用房和设备按计划落实，业务开展正常。"),
        _ => ("依法推进参保工作，维护医保基金安全，深入推进医疗保障制度各项改革。", "全面完成年度目标任务，医疗保障工作健康运行。"),
    };
}

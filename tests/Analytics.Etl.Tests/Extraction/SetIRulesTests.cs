using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// Rules found on set I's first look (docs/accuracy.md), each on a text written here with invented names and numbers:
/// the filing unit beside the 主管部门, an indicator's measure in 元, rows broken after their names, a bare number that
/// could be two cells, the unit that signs a report.
/// </summary>
public sealed class SetIRulesTests
{
    private static IReadOnlyList<EvaluationRecord> Extract(params string[] lines) => TextReport.Records("set-i.txt", lines);

    private static readonly string[] FormHead =
    [
        "2022年度项目支出绩效自评表",
        "单位名称:青石县植保植检站 填报日期:2023年3月2日",
        "项目名称 | 青石县2021年绿色防控示范项目 | ||||",
        "主管部门 | 青石县农业农村局 | 项目实施单位 | 青石县植保植检站 | |||",
        "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||",
        "年度财政资金总额 | 420 | 399 | 95% | 19 | |||",
    ];

    [Fact]
    public void FilingUnitAboveTheForm_GivesWayToTheFormsMainDepartment()
    {
        var record = Assert.Single(Extract([.. FormHead,
            "一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
            "产出指标 | 数量指标 | 示范面积 | ≥3000亩 | 3100亩 | 20 |"]));

        Assert.Equal(("青石县农业农村局", "青石县植保植检站"), (record.Unit.Name, record.ImplementingUnit));
    }

    [Fact]
    public void IndicatorMeasuredInYuan_LeavesAHeadInWanyuan_InWanyuan()
    {
        var record = Assert.Single(Extract([.. FormHead,
            "一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
            "效益指标 | 经济效益指标 | 农户亩均节本增收(元) | 80 | 86 | 20 |"]));

        Assert.Equal((420m, 399m), (record.Budget.Adjusted, record.Budget.Executed));
    }

    [Fact]
    public void RowBrokenAfterItsName_TakesItsValuesFromTheNextLine()
    {
        var record = Assert.Single(Extract([.. FormHead,
            "一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
            "产出指标 | 数量指标 | 建设示范区 (个) |",
            "12 | 12 | 20 | |",
            "数量指标 | 带动农户(户) | 3000 | 3150 | 20 | |",
            "效益指标 | 经济效益指标 | 农户亩均增收 (元) |",
            "120 | 126 | 20 | |"]));

        Assert.Equal(["建设示范区 (个)", "带动农户(户)", "农户亩均增收 (元)"], record.Indicators.Select(indicator => indicator.Name));
        Assert.Equal(("12", "12", 20m), (record.Indicators[0].TargetText, record.Indicators[0].ActualText, record.Indicators[0].ScoreReported));
        Assert.Equal(("120", "126", 20m), (record.Indicators[2].TargetText, record.Indicators[2].ActualText, record.Indicators[2].ScoreReported));
        Assert.Equal(("效益指标", "经济效益指标"), (record.Indicators[2].Level1, record.Indicators[2].Level2));
    }

    [Fact]
    public void BareNumberBesideTheScore_InARowWithEmptyCells_IsNeitherWeightNorTargetByGuess()
    {
        var record = Assert.Single(Extract(
            "项目名称 2023年南岗村特色种植奖补项目",
            "主管部门 县农业农村局 实施单位 南岗镇人民政府",
            "资金情况(万元) 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分",
            "年度资金总额: 12.5 12.5 10 100.00% 10",
            "绩效指标 一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分",
            "产出指标 数量指标 ★奖补种植面积 10 10",
            "        茶叶种植面积 8亩 8亩",
            "质量指标 ★种植成活率 10 ≥90% 92% 10"));

        var sown = record.Indicators.Single(indicator => indicator.Name == "★奖补种植面积");
        Assert.Equal((null, null, null), (sown.TargetText, sown.ActualText, sown.Weight));
        var tea = record.Indicators.Single(indicator => indicator.Name == "茶叶种植面积");
        Assert.Equal(("8亩", "8亩"), (tea.TargetText, tea.ActualText));
        var survival = record.Indicators.Single(indicator => indicator.Name == "★种植成活率");
        Assert.Equal((10m, "≥90%", "92%", 10m), (survival.Weight, survival.TargetText, survival.ActualText, survival.ScoreReported));
    }

    [Fact]
    public void ReportThatNamesNoUnitElsewhere_TakesTheUnitThatSignsIt()
    {
        var record = Assert.Single(Extract(
            "关于2022年度农业相关转移支付资金绩效自评情况的报告",
            "",
            "一、资金下达及使用情况",
            "2022年，上级共下达我县农业相关转移支付资金2,180万元。截至年底，已支出2,050万元，资金执行率为94.04%。",
            "二、绩效目标完成情况",
            "（一）耕地地力保护补贴发放面积41.2万亩，完成年度目标。",
            "（二）农机购置补贴受益农户980户。",
            "（三）高标准农田建设1.5万亩，已全部验收。",
            "三、自评结论",
            "综合评定，该资金绩效自评得分91分。",
            "",
            "南川县农业农村局",
            "2023年3月15日"));

        Assert.Equal(("南川县农业农村局", 2180m, 2050m, 91m), (record.Unit.Name, record.Budget.Adjusted, record.Budget.Executed, record.TotalScoreReported));
    }

    [Fact]
    public void ReportUnderAPagesMetadata_TakesItsUnitFromItsOwnTitle_AndItsCountyFromTheShortName()
    {
        var record = Assert.Single(Extract(
            "-", "索引号lbxczx/2024-00012", "-", "发布机构峨边县农业农村局", "-", "发布日期2022-06-17", "-", "时效性有效",
            "峨边县农业农村局2021年度项目支出绩效自评报告",
            "为加强财政资金管理，现将有关情况报告如下：",
            "一、基本情况",
            "批准实施高标准农田建设项目2个，总投资 860.5万元，其中整合财政涉农资金800万元，实际使用812.25万元，结余48.25万元，已收回。"));

        Assert.Equal(("峨边县农业农村局", "峨边彝族自治县", "511132"), (record.Unit.Name, record.Unit.County, record.Unit.AdminCode));
        Assert.Equal((860.5m, 812.25m), (record.Budget.Adjusted, record.Budget.Executed));
    }

    [Theory]
    [InlineData("城乡困难群众救助补助资金转移支付2023年度绩效自评报告", "城乡困难群众救助补助资金")]
    [InlineData("概述:兴安盟城乡居民基本养老保险补助资金2022年度绩效自评报告", "城乡居民基本养老保险补助资金")]
    [InlineData("省级彩票公益金转移支付2022年度绩效自评报告", "省级彩票公益金")]
    [InlineData("农村危房改造转移支付2022年度绩效自评报告", "农村危房改造转移支付")]
    [InlineData("黄山风景区中央集中彩票公益金支持社会福利事业资金(第一批)2022年度绩效自评报告", "中央集中彩票公益金支持社会福利事业资金(第一批)")]
    [InlineData("南宁市青秀区住房和城乡建设局2022年雨污分流改造工程项目 重点绩效评价报告", "雨污分流改造工程项目")]
    public void FundNamedInATitle_IsTheFund_WithoutTheKindOfMoneyAfterIt_OrThePrefectureAndPageLabelBeforeIt(string title, string project)
    {
        var record = Assert.Single(Extract(
            title,
            "一、基本情况",
            "2022年上级共下达资金1,250万元，截至年底实际支出1,180万元，预算执行率94.4%。",
            "二、自评结论",
            "该资金绩效自评得分92分。"));

        Assert.Equal((project, 1250m, 1180m), (record.Project, record.Budget.Adjusted, record.Budget.Executed));
    }

    [Fact]
    public void UntitledReportWhoseOutlineSpeaksOfTheDepartment_IsTheDepartmentsRecord_NamedAsItNamesItself()
    {
        var record = Assert.Single(Extract(
            "一、自评工作开展情况",
            "(一)部门年度总体目标",
            "全年新增科技型中小企业40家以上，技术合同成交额增长10%以上。",
            "(二)部门绩效自评工作组织实施情况",
            "县科技局高度重视，对照绩效自评表，对县科技局2023年经费使用情况进行了全方位自查。",
            "二、部门预算支出情况",
            "部门总体预算为6235401.50元,执行数6102388.20元,执行率97.87%,涉及项目9个。",
            "三、项目自评结果及分析",
            "2024年寻乌县科学技术局对2023年度9个项目进行自评。我局2023年度部门整体支出绩效自评得分为97.35,绩效自评等级为优。"));

        Assert.Equal((RecordKinds.DepartmentSelfEval, "寻乌县科学技术局", "寻乌县"), (record.Kind, record.Unit.Name, record.Unit.County));
        Assert.Equal((623.54015m, 610.23882m, 0.9787m, 97.35m), (record.Budget.Adjusted, record.Budget.Executed, record.Execution.RateReported, record.TotalScoreReported));
    }

    [Fact]
    public void UntitledEvaluationReport_IsReadByItsOutline_ItsQuotedFund_AndItsScoringResult()
    {
        var record = Assert.Single(Extract(
            "为支持做好农村饮水工作,2022年度中央和省级财政共下达我县农村饮水安全维修养护经费318.4万元。按照县财政局要求,我们对宁远县农村供水总站饮水安全维修养护经费进行了绩效评价,现将评价结果报告如下:",
            "一、项目绩效评价工作情况",
            "(一)评价目的",
            "通过对“宁远县农村供水总站饮水安全维修养护经费”资金支出过程和结果的跟踪问效,进一步掌握项目的实施进展情况。",
            "(二)评价过程",
            "县财政局组成了绩效评价工作组,对项目实施单位进行了实地抽查与核实。",
            "二、绩效评价结论",
            "经综合评价,该项目最终评分结果为88分,等级为良。"));

        Assert.Equal(("宁远县农村供水总站饮水安全维修养护经费", 318.4m, 88m), (record.Project, record.Budget.Adjusted, record.TotalScoreReported));
    }

    [Fact]
    public void TransferFormOcrdWithoutBorders_ReadsTheLocalDepartment_AndAmountsCutWhereTheRateAgrees()
    {
        var record = Assert.Single(Extract(
            "2023年项目支出绩效自评表",
            "专项(项目)名称体育彩票公益金-全民健身器材更新",
            "中央主管部门国家体育总局体育彩票管理中心",
            "自治区主管部门广西壮族自治区体育局资金使用单位广西体育彩票管理中心",
            "项目资金 (万元)全年预算数全年执行数执行率",
            "年度资金总额80万元76.4895.60%",
            "绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施",
            "产出指标数量指标更新健身器材120套120套"));

        Assert.Equal(("体育彩票公益金-全民健身器材更新", "广西壮族自治区体育局", "广西体育彩票管理中心"), (record.Project, record.Unit.Name, record.ImplementingUnit));
        Assert.Equal((80m, 76.48m, 0.956m), (record.Budget.Adjusted, record.Budget.Executed, record.Execution.RateReported));
    }

    [Fact]
    public void InitialBudgetStatedBesideTheTotal_IsKept_WhenOnlyTheRateTiesTheTotalToTheSpending()
    {
        var record = Assert.Single(Extract(
            "2023年度城乡居民医疗救助资金绩效自评报告",
            "一、项目资金情况",
            "2023年年初预算安排城乡医疗救助资金640万元，年中追加预算95万元，全年预算735万元。截至2023年12月31日，实际支出712.3万元，预算执行率96.91%。",
            "二、自评结论",
            "经综合评定，该项目自评得分为94.5分。"));

        Assert.Equal((640m, 735m, 712.3m, 0.9691m), (record.Budget.Initial, record.Budget.Adjusted, record.Budget.Executed, record.Execution.RateReported));
    }

    [Fact]
    public void MeasureOfLandInA度量单位Column_IsTheRowsUnit_NotACellThatShiftsItsName()
    {
        var record = Assert.Single(Extract(
            "2023年度项目支出绩效自评表",
            "项目名称\t高标准农田建设",
            "主管部门\t东宁县农业农村局\t实施单位\t东宁县农业农村局",
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "\t年度资金总额\t3,200.00\t3,350.00\t3,300.00\t10\t98.51%\t9.85",
            "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t全年完成值\t分值\t得分\t偏差原因分析及改进措施",
            "产出指标\t数量指标\t新建高标准农田面积\t≥\t2.5\t万亩\t2.6\t20\t20\t",
            "产出指标\t数量指标\t新修田间道路\t≥\t18\t公里\t18.4\t10\t10\t",
            "产出指标\t质量指标\t工程验收合格率\t=\t100\t%\t100\t20\t20\t"));

        Assert.Equal(["新建高标准农田面积", "新修田间道路", "工程验收合格率"], record.Indicators.Select(indicator => indicator.Name));
        Assert.Equal(("2.5", "2.6", "万亩", "≥"), (record.Indicators[0].TargetText, record.Indicators[0].ActualText, record.Indicators[0].UnitText, record.Indicators[0].DirectionText));
        Assert.Equal(("数量指标", "公里"), (record.Indicators[1].Level2, record.Indicators[1].UnitText));
    }

    [Fact]
    public void ListOfSelfEvaluationResults_IsOneRowEach_WithTheUnitOfItsDepartmentColumn()
    {
        var records = Extract(
            "泰和县2023年度项目支出绩效自评结果汇总表",
            "单位：万元",
            "序号\t主管部门\t项目名称\t预算数\t执行数\t执行率\t自评得分\t自评等级",
            "1\t泰和县教育体育局\t学生资助补助经费\t920.5\t918.2\t99.75%\t97\t优",
            "2\t泰和县卫生健康委员会\t基本公共卫生服务补助资金\t1,306\t1,251.4\t95.82%\t93.5\t优",
            "合计\t\t\t2226.5\t2169.6\t97.44%\t\t",
            "泰和县财政局",
            "2024年5月");

        Assert.Equal([RecordKinds.EvaluationSummaryRow, RecordKinds.EvaluationSummaryRow], records.Select(record => record.Kind));
        Assert.Equal(("泰和县卫生健康委员会", "基本公共卫生服务补助资金", 1306m, 1251.4m, 93.5m),
            (records[1].Unit.Name, records[1].Project, records[1].Budget.Adjusted, records[1].Budget.Executed, records[1].TotalScoreReported));
    }

    [Fact]
    public void ListWithColumnsNotRead_KeepsOnlyTheAmountsTheirBalanceConfirms_AndNeverReadsABalanceAsTheScore()
    {
        var records = Extract(
            "2023年度绩效自评",
            "部门绩效自评结果公开汇总表",
            "主管部门:               单位:万元",
            "序号 项目名称 项目实施单位 预算数(调整后) 执行数(至2023年底) 结余数 结余交回财政数 自评得分 自评结果应用意见",
            "中央 省级 市级 区级",
            "1 城乡居民医疗救助补助资金 桥东区医疗保障局       812.4 812.4 0   100  ",
            "2 离休干部医药费项目 桥东区医疗保障局 62.5       48.2 14.3   90  ");

        Assert.Equal(2, records.Count);
        Assert.Equal(("城乡居民医疗救助补助资金", "桥东区医疗保障局", 812.4m, 812.4m), (records[0].Project, records[0].ImplementingUnit, records[0].Budget.Adjusted, records[0].Budget.Executed));
        Assert.Equal((62.5m, 48.2m), (records[1].Budget.Adjusted, records[1].Budget.Executed));
        Assert.All(records, record => Assert.Null(record.TotalScoreReported));
    }

    [Fact]
    public void TransferFormLaidOutBySpaces_WithWrappedCells_ABlockLabel_AndANoteHoldingADate()
    {
        var record = Assert.Single(Extract(
            "                          中央对地方转移支付区域绩效自评表",
            "                                    （2023年度）",
            " 转移支付名称     林业改革发展资金（森林抚育）",
            " 中央主管部门     国家林业和草原局",
            " 地方主管部门     凤凰县林业局                            资金使用单位    凤凰县国有林场",
            "                                         全年预算数（A）    全年执行数（B）    预算执行率（B/A）",
            " 资金投入情况     年度资金总额：            860               812.5               94.48%",
            "          一级指标    二级指标     三级指标                  指标值             全年实际完成值    未完成原因和改进措施",
            "          产出指标    数量指标     森林抚育面积              ≥3.2万亩           3.2万亩",
            "                                   新建森林防火隔离带长      ≥12公里            12.4公里",
            "                                   度",
            " 绩效指标             时效指标     年度资金支出率            ≥95%               94.48%            部分抚育作业区因雨季",
            "                                                                                                  延误，计划2024年5",
            "                                                                                                  月前完成支付",
            "          效益指标    生态效益     森林覆盖率                ≥72%               72.3%",
            "                      指标",
            "",
            " 填报单位：凤凰县林业局（盖章）                 填报日期：2024年4月8日"));

        Assert.Equal(("凤凰县林业局", "凤凰县国有林场", 860m, 812.5m), (record.Unit.Name, record.ImplementingUnit, record.Budget.Adjusted, record.Budget.Executed));
        Assert.Equal(["森林抚育面积", "新建森林防火隔离带长度", "年度资金支出率", "森林覆盖率"], record.Indicators.Select(indicator => indicator.Name));
        var spending = record.Indicators[2];
        Assert.Equal(("产出指标", "时效指标", "≥95%", "94.48%"), (spending.Level1, spending.Level2, spending.TargetText, spending.ActualText));
        Assert.Equal("部分抚育作业区因雨季延误,计划2024年5月前完成支付", spending.Note);
        Assert.Equal(("效益指标", "生态效益指标"), (record.Indicators[3].Level1, record.Indicators[3].Level2));
    }

    [Fact]
    public void MoneyThatArrivedInFull_IsNoSpending_WhenTheRateSaysPartWasSpent()
    {
        var record = Assert.Single(Extract(
            "2023年度农村客运补贴资金绩效自评报告",
            "一、资金下达及使用情况",
            "2023年，上级共下达我县农村客运补贴资金240.5万元，其中中央资金200万元、自治区资金40.5万元，资金到位240.5万元，到位率100%。截至2023年12月31日，实际拨付支出228.3万元，预算执行率94.93%。",
            "二、自评结论",
            "该项目自评得分为95分。"));

        Assert.Equal((240.5m, 228.3m, 0.9493m), (record.Budget.Adjusted, record.Budget.Executed, record.Execution.RateReported));

        var unspent = Assert.Single(Extract(
            "2023年度农村客运补贴资金绩效自评报告",
            "一、资金下达及使用情况",
            "2023年，上级共下达我县农村客运补贴资金240.5万元，资金到位240.5万元，到位率100%。预算执行率94.93%。"));
        Assert.Equal((240.5m, null), (unspent.Budget.Adjusted, unspent.Budget.Executed));
    }

    [Fact]
    public void OfficeThatIssuedACitedNotice_IsNotTheReportingDepartment_AndTwoOfficesNamedAlikeNameNone()
    {
        string[] report(string body) =>
        [
            "一、自评工作开展情况",
            body,
            "(一)部门年度总体目标",
            "完成营造林任务0.8万亩。",
            "二、部门预算支出情况",
            "部门总体预算为5123456.70元,执行数5011234.50元,执行率97.81%。",
            "三、自评结论",
            "我局2023年度部门整体支出绩效自评得分为97.2,绩效自评等级为“优”。",
        ];

        var cited = Assert.Single(Extract(report("根据《石泉县财政局关于开展2023年度预算绩效自评工作的通知》要求，石泉县林业局对2023年度9个项目进行自评。")));
        Assert.Equal("石泉县林业局", cited.Unit.Name);

        var two = Assert.Single(Extract(report("石泉县财政局会同石泉县林业局对2023年度9个项目进行自评。")));
        Assert.Null(two.Unit.Name);
    }

    [Fact]
    public void DepartmentScoringForm_WithCriteriaColumns_NamesItsFilingUnit_ReadsItsLabelledAmounts_AndTakesNoCriterionForAnIndicator()
    {
        var record = Assert.Single(Extract(
            "部门整体支出绩效自评表",
            "填报单位:\t行唐县自然资源和规划局\t单位:万元",
            "一、预算执行情况",
            "预算安排情况(调整后)\t资金执行情况\t预算执行率",
            "预算数:\t318.2\t执行数:\t301.6\t94.78%",
            "二、工作整体完成情况",
            "一级指标\t二级指标\t三级指标\t指标内容\t评价标准\t分值\t自评得分",
            "投入(30)\t预算执行(10)\t预算执行率\t预算执行率达到100%\t每低1个百分点扣0.5分\t10\t8.5"));

        Assert.Equal((RecordKinds.DepartmentSelfEval, "行唐县自然资源和规划局"), (record.Kind, record.Unit.Name));
        Assert.Equal((318.2m, 301.6m, 0.9478m), (record.Budget.Adjusted, record.Budget.Executed, record.Execution.RateReported));
        Assert.DoesNotContain(record.Indicators, indicator => indicator.Name.Contains('扣', StringComparison.Ordinal) || indicator.Name.Contains("达到", StringComparison.Ordinal));
    }

    [Fact]
    public void FormSavedAsCommaSeparatedValues_IsReadLikeItsTabbedCopy()
    {
        string[] csv =
        [
            "项目支出绩效自评表,,,,,,,",
            "项目名称,残疾人两项补贴,,,,,,",
            "主管部门,靖边县残疾人联合会,,实施单位,靖边县残疾人联合会,,,",
            "项目资金（万元）,,年初预算数,全年预算数,全年执行数,分值,执行率,得分",
            ",年度资金总额,410,426.5,420.3,10,98.55%,9.86",
            "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施",
            "产出指标,数量指标,困难残疾人生活补贴人数,≥2600人,2655人,20,20,",
            ",质量指标,补贴发放准确率,100%,100%,20,20,",
        ];
        var record = Assert.Single(Extract(csv));
        var tabbed = Assert.Single(Extract([.. csv.Select(line => line.Replace(',', '\t'))]));

        Assert.Equal(("残疾人两项补贴", "靖边县残疾人联合会", 426.5m, 420.3m, 9.86m), (record.Project, record.Unit.Name, record.Budget.Adjusted, record.Budget.Executed, record.Execution.ScoreReported));
        Assert.Equal(tabbed.Indicators.Select(indicator => (indicator.Name, indicator.TargetText, indicator.Weight)), record.Indicators.Select(indicator => (indicator.Name, indicator.TargetText, indicator.Weight)));
        Assert.Equal(2, record.Indicators.Count);
    }
}

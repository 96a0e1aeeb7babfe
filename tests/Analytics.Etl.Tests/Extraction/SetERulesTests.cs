using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// Rules found on set E's excerpts (docs/accuracy.md), each on a report written here with invented names and numbers:
/// checklists with no value column, project names in titles, a table flattened cell by cell with leading pipes.
/// </summary>
public sealed class SetERulesTests
{
    private static IReadOnlyList<EvaluationRecord> Extract(params string[] lines) => TextReport.Records("set-e.txt", lines);

    [Fact]
    public void Checklist_WithNoValueColumn_GivesNoIndicators_NotItsSentencesAndAmountsAsNames()
    {
        var result = TextReport.Extract(
            "checklist.txt",
            "某县2023年度残疾人康复补助资金项目绩效自评表",
            "指标名称 指标解释 记录 未完成原因及改进措施 需提供的支撑材料",
            "一级指标 二级指标 三级指标 自评内容 完成情况",
            "项目预算管理 资金投入 预算编制科学性 项目预算编制符合政策要求,依据充分 测算标准(文字描述) 已按要求编制",
            "康复补助资金合计(万元) 年度预算资金总额): 120.50",
            "其中:中央补助 80.00",
            "本级资金(包括结转结余) 40.50");

        var record = Assert.Single(result.Records);
        Assert.Empty(record.Indicators);
        Assert.Contains(record.Warnings, warning => warning.Contains("no target, actual, weight or score column", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("石城县危房改造转移支付2022年度绩效自评报告", "危房改造转移支付")]
    [InlineData("附件2:石城县农业农村局2022年度高标准农田建设项目部门评价报告", "高标准农田建设项目")]
    [InlineData("石城县民政局孤儿基本生活费转移支付2022年度绩效自评报告", "孤儿基本生活费转移支付")]
    public void ProjectFromTitle_LeavesOutTheCountyTheYearAndTheFormWords(string title, string project)
    {
        var record = Assert.Single(Extract(
            title,
            "一、绩效目标分解下达情况",
            "2022年下达资金45万元,实际支出43.2万元,预算执行率96%。"));

        Assert.Equal(project, record.Project);
    }

    [Fact]
    public void TableTitle_WithItsYearInParenthesesAtTheEnd_NamesTheProjectBeforeIt()
    {
        var record = Assert.Single(Extract(
            "石城县残疾人康复补助资金项目绩效自评表（2023年度）",
            "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "年度资金总额 | 50 | 50 | 45 | 10 | 90% | 9 |"));

        Assert.Equal(("残疾人康复补助资金", 2023), (record.Project, record.Year));
    }

    [Fact]
    public void AttachmentNumber_IsNoPartOfTheUnit()
    {
        var record = Assert.Single(Extract(
            "附件2:石城县农业农村局2022年度项目支出部门评价报告",
            "一、项目基本情况",
            "2022年下达资金45万元,实际支出43.2万元,预算执行率96%。"));

        Assert.Equal("石城县农业农村局", record.Unit.Name);
    }

    [Fact]
    public void KindOfReport_IsNoProject()
    {
        var record = Assert.Single(Extract(
            "石城县林业局2021年度中央对地方转移支付预算执行情况绩效自评报告",
            "一、绩效目标分解下达情况",
            "中央下达补助资金30万元,已全部拨付使用,实际支出30万元。"));

        Assert.Null(record.Project);
        Assert.Equal(30m, record.Budget.Executed);
    }

    private static readonly string[] PipeLedTable =
    [
        "绩效",
        "       指标",
        "        | 一级指标",
        "        | 二级指标",
        "        | 三级指标",
        "        | 指标值",
        "        | 实施进度",
        "        | ",
        "项目产出",
        "        | 数量指标",
        "        | 巡查次数",
        "        | 不少于12次",
        "        | 已完成100%",
        "        | |",
        "质量指标",
        "        | 巡查覆盖率",
        "        | ≥98%",
        "        | 已完成100%",
        "        | ||",
        "项目效益",
        "        | 社会效益",
        "       指标",
        "        | 河道环境改善",
        "        | 明显改善",
        "        | 已完成100%",
        "        | |",
        "(三)项目自评步骤及方法",
        "对照绩效目标,从巡查的组织、成效等方面设定评价指标,采用问卷调查方式进行评价。",
    ];

    [Fact]
    public void TableFlattenedCellByCell_WithLeadingPipes_ReadsOneRowPerMarginLine()
    {
        var record = Assert.Single(Extract(PipeLedTable));

        Assert.Equal(
            [
                ("项目产出", "数量指标", "巡查次数", "不少于12次", "已完成100%"),
                ("项目产出", "质量指标", "巡查覆盖率", "≥98%", "已完成100%"),
                ("项目效益", "社会效益指标", "河道环境改善", "明显改善", "已完成100%"),
            ],
            record.Indicators.Select(row => (row.Level1, row.Level2, row.Name, row.TargetText, row.ActualText)));
    }

    [Fact]
    public void ProseAfterATable_IsNoIndicator()
    {
        var record = Assert.Single(Extract(
            [.. PipeLedTable.Take(PipeLedTable.Length - 2),
                "3.分析评价申报内容是否与实际相符,申报目标是否合理可行",
                "评价申报内容与实际相符,巡查目标合理可行。"]));

        Assert.Equal(3, record.Indicators.Count);
        Assert.Contains(record.Warnings, warning => warning.Contains("is a sentence with no value beside it", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadingsOfAMoneyTable_BesideProjectName_AreNoProject_AndDoNotHideTheIndicatorTable()
    {
        var records = Extract(
            [.. PipeLedTable,
                "1.资金到位",
                "项目名称",
                "        | 中央、省、市(州)、县级财政资金",
                "        | 资金计划",
                "        | 资金到位",
                "       情况",
                "        | "]);

        var record = Assert.Single(records);
        Assert.Null(record.Project);
        Assert.Equal(3, record.Indicators.Count);
    }

    private static readonly string[] ResultList =
    [
        "石城县2022年3个重点项目绩效评价报告公开",
        "现将评价结果公开如下:",
        "1、琴江镇大畲村灌溉渠道改造项目,新建渠道2.4公里。2022年下达财政衔接资金60万元,截至2022年12月31日,实际已支付57万元,支付完成率为95%。第三方机构最终绩效评价总得分为91.5分。",
        "",
        "2、小松镇丹溪村道路硬化项目,硬化道路3公里。2022年下达财政专项资金40万元,实际已支付38.8万元,支付完成率为97%。第三方机构最终绩效评价总得分为89分。",
    ];

    [Fact]
    public void NumberedListOfProjectResults_GivesOneSummaryRowPerProject()
    {
        var records = Extract(ResultList);

        Assert.Equal(
            [
                (RecordKinds.EvaluationSummaryRow, "琴江镇大畲村灌溉渠道改造项目", 60m, 57m, 0.95m, 91.5m, 3),
                (RecordKinds.EvaluationSummaryRow, "小松镇丹溪村道路硬化项目", 40m, 38.8m, 0.97m, 89m, 5),
            ],
            records.Select(record => (record.Kind, record.Project!, record.Budget.Adjusted!.Value, record.Budget.Executed!.Value,
                record.Execution.RateReported!.Value, record.TotalScoreReported!.Value, record.Source.FirstLine)));
        Assert.All(records, record => Assert.Equal(2022, record.Year));
    }

    [Fact]
    public void OneNumberedItem_IsNoList_ButAReportOfItsOwn()
    {
        var records = Extract(ResultList.Take(3).ToArray());

        var record = Assert.Single(records);
        Assert.Equal((RecordKinds.ProjectSelfEval, 60m, 57m), (record.Kind, record.Budget.Adjusted, record.Budget.Executed));
    }

    [Fact]
    public void ItemsWhoseNumbersDoNotRunFromOne_AreNoList()
    {
        var records = Extract([.. ResultList.Take(2), ResultList[2].Replace("1、", "3、", StringComparison.Ordinal), "", ResultList[4].Replace("2、", "5、", StringComparison.Ordinal)]);

        Assert.DoesNotContain(records, record => record.Kind == RecordKinds.EvaluationSummaryRow);
    }

    private static readonly string[] EvaluationReportForm =
    [
        "评价类型:项目实施过程评价□项目完成结果评价□",
        "项目名称:石城县乡村道路安全设施",
        "项目单位:石城县农村公路事务中心",
        "主管部门:石城县交通运输局",
        "评价方式:部门(单位)绩效自评",
        "一、项目基本概况 |",
        "项目起止时间 |",
        "2021年元月起至2021年12月止 |",
        "计划安排资金 (万元) |",
        "450 |",
        "实际到位资金 (万元) |",
        "450 |",
        "实际支出 (万元) |",
        "432.6 |",
        "二、项目支出明细情况 |",
        "支出内容 |",
        "实际支出数 |",
    ];

    [Fact]
    public void EvaluationReportFormWithoutTitle_IsFoundByItsSections_AndItsMoneyCellsRead()
    {
        var record = Assert.Single(Extract(EvaluationReportForm));

        Assert.Equal(("石城县乡村道路安全设施", "石城县交通运输局"), (record.Project, record.Unit.Name));
        Assert.Equal((450m, 432.6m), (record.Budget.Adjusted, record.Budget.Executed));
    }

    [Fact]
    public void MisprintedMoneyCell_IsNoAmount()
    {
        var lines = EvaluationReportForm.ToArray();
        lines[13] = "4,32.6,00 |";
        var record = Assert.Single(Extract(lines));

        Assert.Equal((450m, (decimal?)null), (record.Budget.Adjusted, record.Budget.Executed));
    }
}

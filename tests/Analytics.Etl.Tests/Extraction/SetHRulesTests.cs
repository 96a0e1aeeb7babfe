using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// Rules found on set H's first look (docs/accuracy.md), each on a text written here with invented names and numbers:
/// titles cut or named for the unit as a whole, labels run into a unit, points merged over a group, the form's own rows.
/// </summary>
public sealed class SetHRulesTests
{
    private static IReadOnlyList<EvaluationRecord> Extract(params string[] lines) => TextReport.Records("set-h.txt", lines);

    [Fact]
    public void ReportTitleCutAtTheLinesWidth_UnderABlankLine_IsOneTitle_WithoutItsMunicipality()
    {
        var record = Assert.Single(Extract(
            "发布时间:2021-05-14 11:40      来源:天津市西青区财政局",
            "",
            "天津市西青区新建学府东路(中北大道-南河道)",
            "",
            "工程项目2020年度绩效自评报告",
            "",
            "一、绩效目标分解下达情况",
            "2020年下达该项目预算资金1200万元,实际支出1150万元,预算执行率95.83%。"));

        Assert.Equal("新建学府东路(中北大道-南河道)工程项目", record.Project);
    }

    [Fact]
    public void ImplementingUnitFollowedByTheSignatureLabel_IsTheUnitAlone()
    {
        var record = Assert.Single(Extract(
            "2022年度项目支出绩效自评表",
            "项目名称:数字图书馆资源建设",
            "项目单位(盖章):大冶市图书馆 主要领导签字:",
            "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
            "年度资金总额 | 30 | 30 | 29 | 10 | 96.67% | 9.67",
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分",
            "产出指标 | 数量指标 | 新增电子图书 | ≥2000册 | 2150册 | 20 | 20"));

        Assert.Equal("大冶市图书馆", record.ImplementingUnit);
    }

    [Fact]
    public void WholeAndProjectsSummaryReport_IsTheUnitsRecord_AndItsBasicPartIsNotSpending()
    {
        var record = Assert.Single(Extract(
            "漯河市沙澧河水系管理中心 2022 年整体和项目支出绩效自评总结报告 一 绩效管理工作开展情况。 我单位按照文件要求开展全过程预算绩效管理。"
                + " 二 部门(单位)整体和项目绩效自评结果。 部门预算总金额 612.30 万元其中:基本支出 580.10 万元,项目支出 32.20 万元。 完成率均达到 100%。"));

        Assert.Equal(RecordKinds.DepartmentSelfEval, record.Kind);
        Assert.Equal("漯河市沙澧河水系管理中心", record.Unit.Name);
        Assert.Equal(612.30m, record.Budget.Adjusted);
        Assert.Null(record.Budget.Executed);
    }

    [Fact]
    public void PointsOnlyOnTheFirstRowOfAGroupWhoseOtherRowsStateValues_AreTheGroupsNotTheRows()
    {
        var record = Assert.Single(Extract(
            "2022年度项目支出绩效自评表",
            "项目名称 | 数字图书馆资源建设 |",
            "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "年度资金总额 | 8 | 8 | 8 | 20 | 100% | 20 |",
            "一级指标 | 二级指标 | 三级指标 | 年初目标值 | 实际完成值 | 得分 | ||",
            "产出指标 | 数量指标 | 新增存储设备 | 20TB | 20TB | 10 | ||||",
            "无线网络覆盖 | 100%覆盖 | 100%覆盖 | |||||||",
            "质量指标 | 资源更新及时 | 当年资源为主 | 当年资源为主 | 10 | |||||"));

        Assert.Equal(3, record.Indicators.Count);
        Assert.Null(record.Indicators.Single(indicator => indicator.Name == "新增存储设备").ScoreReported);
        Assert.Equal(10m, record.Indicators.Single(indicator => indicator.Name == "资源更新及时").ScoreReported);
    }

    [Fact]
    public void TheFormsClosingRows_AreNoIndicators()
    {
        var record = Assert.Single(Extract(
            "2023年度项目支出绩效自评表 | 部门:某县第二中学 |",
            "项目名称 | 学生营养改善资金 | 主管部门 | 某县教育局 | 实施单位 | 某县第二中学 |",
            "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "年度资金总额 | 52 | 58.6 | 57.9 | 10 | 98.8% | 9.88 |",
            "一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
            "产出指标 | 数量指标 | 受助学生人次 | ≥1400 | 1466 | 20 | 20 | 无 |",
            "满意度指标 | 服务对象满意度指标 | 受助学生满意度 | ≥90% | 94% | 20 | 20 | 无 |",
            "其他需要说明事项 | 无 | 总分 | 100 | 99.88 | 优 |"));

        Assert.DoesNotContain(record.Indicators, indicator => indicator.Name.Contains("说明", StringComparison.Ordinal));
        Assert.Equal(20m, record.Indicators.Single(indicator => indicator.Name == "受助学生满意度").ScoreReported);
    }

    [Fact]
    public void TablePrintedOneCellPerLineWithRowFillers_ReadsEachRowsOwnPoints_AndHeadingsRunIntoTheFirstName()
    {
        var cells = new List<string>
        {
            "项目支出绩效自评表 |", "|||||||||||||", "( 2021 年度) |", "|||||||||||||", "项目名称 |", "政务大厅运行保障 |", "||||||||||||",
            "绩 效 指 标 |", "一级指标 |", "二级指标 |", "三级指标 |", "年度 指标值 |", "实际 完成值 |", "分值 |", "得分 |", "偏差原因分析及改进措施 |", "|||||",
            "产出指标 |", "数量指标 |", "预算执行率 |", "100% |", "90% |", "20 |", "18 |", "|", "||||||",
            "预算资金拨款率 |", "100% |", "100% |", "10 |", "10 |", "|", "||||||||",
            "质量指标 |", "办件按时办结率 |", "100% |", "99% |", "10 |", "9.9 |", "|", "||||||||",
        };
        var record = Assert.Single(Extract([.. cells]));

        Assert.Equal(
            [("预算执行率", "数量指标", 18m), ("预算资金拨款率", "数量指标", 10m), ("办件按时办结率", "质量指标", 9.9m)],
            record.Indicators.Select(row => (row.Name, row.Level2!, row.ScoreReported!.Value)));
    }

    [Theory]
    [InlineData("部分班次推迟至次年产出指标质量指标培训考核合格率", true)]
    [InlineData("无满意度指标服务对象满意度指标参训人员满意度", true)]
    [InlineData("服务对象满意度指标", false)]
    [InlineData("社会效益指标完成情况", false)]
    [InlineData("参保群众满意度", false)]
    public void AHeadingInsideAName_MarksCellsRunTogetherOutOfLine(string name, bool inside) =>
        Assert.Equal(inside, Analytics.Etl.Parsing.IndicatorLevels.HasHeadingInside(name));
}

using Analytics.Etl.Records;
using Analytics.Etl.Tests.Extraction;

namespace Analytics.Etl.Tests.Parsing;

/// <summary>Tables printed cell by cell, alone or beside rows with pipes, and the marks around them.</summary>
public sealed class CellLayoutTests
{
    private static IReadOnlyList<EvaluationRecord> Extract(params string[] lines) =>
        TextReport.Records("cells.txt", lines);

    private static readonly string[] PipeFields =
    [
        "2023年度某县医疗保障局项目支出绩效自评表", "",
        "| 项目名称 | 城乡医疗救助资金 | 主管部门 | 某县医疗保障局 |",
        "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "| 年度资金总额 | 100 | 120 | 114 | 10 | 95% | 9.5 |", "",
    ];

    [Fact]
    public void PipeRowsAboveATablePrintedOneCellPerLine_AreReadAsRows()
    {
        var record = Assert.Single(Extract([.. PipeFields,
            "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "",
            "产出指标", "数量指标", "救助人次", "≥1000人次", "1200人次", "20", "20", "",
            "质量指标", "救助政策落实率", "100%", "100%", "20", "20", "",
            "总分", "40", "40"]));

        Assert.Equal(("城乡医疗救助资金", 120m, 114m), (record.Project, record.Budget.Adjusted, record.Budget.Executed));
        Assert.Equal(["救助人次", "救助政策落实率"], record.Indicators.Select(indicator => indicator.Name));
        Assert.Equal(("产出指标", "质量指标", "100%"), (record.Indicators[1].Level1, record.Indicators[1].Level2, record.Indicators[1].TargetText));
    }

    [Fact]
    public void HeaderPrintedOneCellPerLine_StartsAtItsFirstLabel_SoHeadingsAreNotJoinedToNames()
    {
        var records = Extract(
            "2022年度某县医疗保障局城乡医疗救助项目绩效评价报告", "", "城乡医疗救助项目评价最终得分为 96 分。", "",
            "一级指标", "二级指标", "三级指标", "分值", "得分", "",
            "决策", "项目立项", "立项依据充分性", "3.00", "3.00", "",
            "立项程序规范性", "3.00", "3.00", "",
            "过程", "资金管理", "资金到位率", "4.00", "4.00", "",
            "合计", "10.00", "10.00");

        var indicators = Assert.Single(records).Indicators;
        Assert.Equal(["立项依据充分性", "立项程序规范性", "资金到位率"], indicators.Select(indicator => indicator.Name));
        Assert.Equal(("过程", "资金管理"), (indicators[2].Level1, indicators[2].Level2));
    }

    [Fact]
    public void PageNumberAfterACellPrintedRow_EndsTheRow_AndTheRepeatedHeaderAfterItIsSkipped()
    {
        var record = Assert.Single(Extract([.. PipeFields,
            "一级指标", "", "二级指标", "", "三级指标", "", "年度指标值", "", "实际完成值", "", "分值", "", "得分", "", "",
            "产出指标", "", "数量指标", "", "救助人次", "", "≥1000人次", "", "1200人次", "", "20", "", "20", "", "",
            "质量指标", "", "救助政策落实率", "", "100%", "", "100%", "", "20", "", "20", "",
            "— 7 —", "", "一级指标", "", "二级指标", "", "三级指标", "", "年度指标值", "", "实际完成值", "", "分值", "", "得分", "", "",
            "效益指标", "", "社会效益指标", "", "群众负担", "", "有效减轻", "", "有效减轻", "", "20", "", "18", "", "",
            "总分", "", "60", "", "58"]));

        Assert.Equal(["救助人次", "救助政策落实率", "群众负担"], record.Indicators.Select(indicator => indicator.Name));
        Assert.Equal(("100%", 20m), (record.Indicators[1].ActualText, record.Indicators[1].ScoreReported));
    }

    [Fact]
    public void MoneyUnitLineAboveTheNextTitle_EndsATableWithoutTotal()
    {
        var records = Extract(
            "某县医疗保障局2021年度转移支付项目绩效自评表", "",
            "转移支付名称\t医疗救助补助资金", "主管部门\t某县医疗保障局",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t救助人次\t≥1000人次\t1200人次\t20\t20", "",
            "单位：万元",
            "某县医疗保障局2021年度转移支付项目绩效自评表", "",
            "转移支付名称\t城乡居民基本医疗保险补助资金", "主管部门\t某县医疗保障局",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t参保人数\t≥5万人\t5.2万人\t20\t20");

        Assert.Equal(2, records.Count);
        Assert.All(records, record => Assert.Single(record.Indicators));
    }

    [Fact]
    public void CellsPrintedWithOneBlankLine_ReadByRow_EvenWhereTheHeaderAndARowEndingInANoteTouchTheNextRow()
    {
        static IEnumerable<string> Cells(params string[] cells) => cells.SelectMany(cell => new[] { cell, string.Empty });
        string[] rowGap = ["", ""];
        var record = Assert.Single(Extract([
            "项目支出绩效自评表", "", "(2021年度)", "", "项目名称", "", "某某维修经费", "", "主管部门", "", "某县教育局", "", "", "",
            .. Cells("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "20", "20", "19", "10", "95%", "9.5"), .. rowGap,
            .. Cells("年度总体目标", "完成维修", "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分", "偏差原因分析及改进措施",
                "产出指标", "数量", "指标", "指标1维修面积", "2100平方米", "2100平方米", "15", "15", "指标2"), .. rowGap,
            .. Cells("……"), .. rowGap,
            .. Cells("时效指标", "指标1完工时间", "暑假前", "8月20日", "10", "9", "因降雨延后", "效益指标", "社会效益", "指标", "指标1安全率", "100", "100", "10", "10", "0"), .. rowGap,
            .. Cells("总分", "45", "44"),
        ]));

        Assert.Equal(["维修面积", "完工时间", "安全率"], record.Indicators.Select(indicator => indicator.Name));
        Assert.Equal(("产出指标", "数量指标", 15m), (record.Indicators[0].Level1, record.Indicators[0].Level2, record.Indicators[0].Weight));
        Assert.Equal(("时效指标", "因降雨延后"), (record.Indicators[1].Level2, record.Indicators[1].Note));
        Assert.Equal(("社会效益指标", 10m, 10m, "0"), (record.Indicators[2].Level2, record.Indicators[2].Weight, record.Indicators[2].ScoreReported, record.Indicators[2].Note));
    }

    [Fact]
    public void NameWithASignInParentheses_IsAName()
    {
        var record = Assert.Single(Extract([.. PipeFields,
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
            "| 产出指标 | 数量指标 | 猪舍面积(≥**平方米) | 180 | 180 | 20 | 20 |",
            "| 总分 | | | | | 20 | 20 |"]));

        Assert.Equal("猪舍面积(≥**平方米)", Assert.Single(record.Indicators).Name);
    }

    [Fact]
    public void DirectionAndUnitCellsOnLinesOfTheirOwn_AreTheirColumns_NotPartsOfTheName()
    {
        var record = Assert.Single(Extract([.. PipeFields,
            "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "度量单位", "实际完成值", "分值", "得分", "",
            "产出指标", "数量指标", "救助人次", "定量", "大于等于", "1000", "人次", "1200", "20", "20", "",
            "质量指标", "救助政策落实率", "定量", "正向", "100", "%", "100", "20", "20", "",
            "总分", "40", "40"]));

        Assert.Equal(["救助人次", "救助政策落实率"], record.Indicators.Select(indicator => indicator.Name));
        Assert.Equal((20m, 20m), (record.Indicators[0].Weight, record.Indicators[0].ScoreReported));
        Assert.Equal((20m, 20m), (record.Indicators[1].Weight, record.Indicators[1].ScoreReported));
    }

    [Fact]
    public void RowCutShort_WithOneNumberWhereWeightAndScoreStand_LeavesBothNull_WithAWarning()
    {
        var record = Assert.Single(Extract([.. PipeFields,
            "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "",
            "产出指标", "数量指标", "救助人次", "≥1000人次", "1200人次", "20", "18", "",
            "时效指标", "救助资金发放及时率", "100%", "100%", "20"]));

        Assert.Equal((20m, 18m), (record.Indicators[0].Weight, record.Indicators[0].ScoreReported));
        var cut = Assert.Single(record.Indicators, indicator => indicator.Name == "救助资金发放及时率");
        Assert.Equal(((decimal?)null, (decimal?)null), (cut.Weight, cut.ScoreReported));
        Assert.Contains(record.Warnings, warning => warning.Contains("分值 and 得分", StringComparison.Ordinal));
    }

    [Fact]
    public void UnfencedPipeRowWithAnEmptyFirstCell_EndsAtItsLine_AndIsNotJoinedWithTheIndicatorHeader()
    {
        string[] table =
        [
            "项目支出绩效自评表", "（2022年度）",
            "项目名称 | 困难群众救助补助资金",
            "主管部门 | 青山县民政局 | 实施单位 | 青山县民政局",
            "项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
            " | 年度资金总额 | 1500 | 1500 | 1450 | 10 | 96.67% | 9.67",
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施",
            "产出指标 | 数量指标 | 救助人数 | ≥5000人 | 5120人 | 20 | 20 |",
            "效益指标 | 社会效益指标 | 困难群众基本生活保障 | 有效保障 | 有效保障 | 30 | 30 |",
        ];
        var record = Assert.Single(Extract(table));

        Assert.Equal((1450m, 0.9667m, 10m, 9.67m), (record.Budget.Executed, record.Execution.RateReported, record.Execution.Weight, record.Execution.ScoreReported));
        Assert.Equal(["救助人数", "困难群众基本生活保障"], record.Indicators.Select(indicator => indicator.Name));

        // the same table fenced (every row opens and closes with a pipe) reads the same
        var fenced = Assert.Single(Extract([.. table.Select(line => line.Contains('|') ? $"| {line} |" : line)]));
        Assert.Equal((record.Budget, record.Execution), (fenced.Budget, fenced.Execution));
        Assert.Equal(record.Indicators.Select(indicator => indicator.Name), fenced.Indicators.Select(indicator => indicator.Name));
    }
}

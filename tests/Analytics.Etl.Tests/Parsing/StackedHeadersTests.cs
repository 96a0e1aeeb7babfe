using System.Text;
using Analytics.Etl.Extraction;

namespace Analytics.Etl.Tests.Parsing;

/// <summary>Header words wrapped inside their cells, so the header prints over two lines.</summary>
public class StackedHeadersTests
{
    private static string Table(params string[] header) => string.Join('\n',
    [
        "2022年度城乡居民医保补助资金项目支出绩效自评表",
        "| 项目名称 | 城乡居民医保补助资金 |",
        "| 主管部门 | 镇坪县医疗保障局 |",
        "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "| 年度资金总额 | 320 | 320 | 316.8 | 10 | 99% | 9.9 |",
        .. header,
        "| 产出指标 | 数量指标 | 参保人数 | ≥12000人 | 12450人 | 50 | 50 |",
        "| 满意度指标 | 服务对象满意度指标 | 参保群众满意度 | ≥90% | 93% | 40 | 40 |",
        "| 总分 | | | | | 100 | 99.9 |",
    ]);

    private static Records.EvaluationRecord Extract(string text) =>
        Assert.Single(Extractor.CreateDefault().Extract("stacked.txt", Encoding.UTF8.GetBytes(text)).Records);

    [Fact]
    public void HeaderWrappedInsideEachCell_ReadsLikeTheHeaderOnOneLine()
    {
        var oneLine = Extract(Table("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |"));
        var stacked = Extract(Table("| 一级 | 二级 | 三级 | 年度 | 实际 | 分值 | 得分 |", "| 指标 | 指标 | 指标 | 指标值 | 完成值 | | |"));

        Assert.Equal(2, oneLine.Indicators.Count);
        Assert.Equal(oneLine.Indicators.Select(row => row with { Line = null }), stacked.Indicators.Select(row => row with { Line = null }));
        Assert.Equal("12450人", stacked.Indicators[0].ActualText);
    }

    [Fact]
    public void HeaderCellsContinuedOnTheirOwnLines_AreOneHeader()
    {
        var record = Extract(Table("| 一级指标 | 二级指标 | 三级指标 | 年度 指标值 |", "| 实际 完成值 |", "| 分值 | 得分 | 偏差原因分析及改进措施 |"));

        Assert.Equal(2, record.Indicators.Count);
        Assert.Equal("≥12000人", record.Indicators[0].TargetText);
        Assert.Equal("12450人", record.Indicators[0].ActualText);
        Assert.Equal(50, record.Indicators[0].Weight);
        Assert.DoesNotContain(record.Warnings, warning => warning.Contains("left over", StringComparison.Ordinal));
    }
}

using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>Fields that take a neighbour's text or another year's figure are left null (set D's first look).</summary>
public sealed class FieldChecksTests
{
    private static IReadOnlyList<EvaluationRecord> Extract(params string[] lines) =>
        TextReport.Records("fields.txt", lines);

    private static readonly string[] DepartmentTable =
    [
        "部门整体支出绩效自评表 | |||||",
        "单位(盖章):某县某镇人民政府 | 填报日期:2022年2月3日 | |||",
        "部门(单位)名称 | 某县某镇人民政府 | ||||",
        "部门(单位)总体 资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 |",
        "年度资金总额: | 1000.5 | 980.25 | 10 | 10 |",
    ];

    [Fact]
    public void FilingDate_IsNotTheYearEvaluated()
    {
        var record = Assert.Single(Extract(DepartmentTable));

        Assert.Equal(("某县某镇人民政府", 1000.5m), (record.Unit.Name, record.Budget.Initial));
        Assert.Null(record.Year);
    }

    [Fact]
    public void MoneyUnitLabel_IsNoUnitName_AndLastYearsThreePublicFigureIsNotThisYears()
    {
        var records = Extract(
            "某镇人民政府2020年度一般公共预算财政拨款“三公”经费支出决算情况说明",
            "单位:万元",
            "2019年“三公”经费财政拨款支出决算为3.46万元,完成预算100%。",
            "2020年“三公”经费财政拨款支出决算中,因公出国(境)费支出决算0万元。",
            "2020年度本单位公务接待费支出16.3万元。");

        var record = Assert.Single(records);
        Assert.NotEqual("万元", record.Unit.Name);
        Assert.Null(record.FinalAccounts?.ThreePublicTotal);
    }

    [Fact]
    public void MoneyUnitLabel_InTraditionalScript_IsNoUnitName()
    {
        var record = Assert.Single(Extract(
            "某鎮人民政府2021年度一般公共預算財政撥款“三公”經費支出決算情況說明",
            "單位:萬元",
            "2021年“三公”經費財政撥款支出決算為3.5萬元。"));

        Assert.NotEqual("萬元", record.Unit.Name);
        Assert.Equal(3.5m, record.FinalAccounts?.ThreePublicTotal);
    }

    [Fact]
    public void MoneyRowWhoseValuesDoNotFitTheirColumns_IsLeftNull_NotReadShifted()
    {
        var record = Assert.Single(Extract(
            "某县项目支出绩效自评表(2021年度)",
            "项目名称\t基本公共卫生服务\t主管部门\t某县卫生健康局",
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "年度资金总额\t0\t207.45\t10\t100%\t10\t207.45"));

        Assert.Equal("基本公共卫生服务", record.Project);
        Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null), (record.Budget.Initial, record.Budget.Adjusted, record.Budget.Executed));
        Assert.Null(record.Execution.RateReported);
        Assert.Contains(record.Warnings, warning => warning.Contains("do not fit their columns", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportWhoseYearIsLeftToFillIn_IsATemplate_NotARecord()
    {
        var result = TextReport.Extract(
            "template.txt",
            "某市耕地质量定点监测项目绩效自评报告",
            "现将20_年某市耕地质量定点监测项目实施情况自评如下:",
            "一、项目基本概况",
            "项目预算资金50万元,实际支出48万元,预算执行率96%。",
            "二、绩效目标完成情况",
            "自评得分95分。");

        Assert.Empty(result.Records);
    }
}

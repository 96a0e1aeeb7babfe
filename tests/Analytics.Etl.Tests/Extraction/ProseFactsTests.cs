using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// What report and 决算 prose states, read as it states it (set D's page fragments, split titles and allocation lists),
/// and the neighbouring words that must not be read as a figure.
/// </summary>
public sealed class ProseFactsTests
{
    private static IReadOnlyList<EvaluationRecord> Extract(params string[] lines) =>
        TextReport.Records("prose.txt", lines);

    [Fact]
    public void ThreePublicTotal_IsTheSpentTotal_NotTheBudgetNorAPart()
    {
        var record = Assert.Single(Extract(
            "某县某镇人民政府",
            "2022年“三公”经费决算汇总情况",
            "2022年我镇“三公”经费预算为16万元,其中:公务接待费6万元,公务用车运行维护费10万元。",
            "2022年“三公”经费支出决算中,公务接待费支出决算4.1万元;公务用车运行维护费支出决算8.28万元。",
            "2022年“三公”经费支出共计12.38万元,较年初预算数减少3.62万元。"));

        Assert.Equal(RecordKinds.FinalAccounts, record.Kind);
        Assert.Equal(12.38m, record.FinalAccounts?.ThreePublicTotal);
        Assert.Equal(2022, record.Year);
    }

    [Fact]
    public void ThreePublicBudgetAlone_IsNoFinalAccounts()
    {
        // a 预算 (budget) page states no 决算: nothing to read, and no record
        Assert.Empty(Extract(
            "2023年度“三公”经费财政拨款预算为31.6万元,其中公务接待费6.2万元,公务用车运行维护费25.4万元。"));
    }

    [Fact]
    public void PageOfFinalAccounts_ReadsItsTotals_AndTheYearComparedWithIsNotItsYear()
    {
        var record = Assert.Single(Extract(
            "—3—",
            "(一)本单位2022年度总收入120.5万元,其中本年收",
            "入100.5万元,较2021年度决算数增加1.5万元,较2021年度决算数增长1.5%。",
            "1.上年结转和结余20万元,较2021年度决算数减少1万元,较2021年度增长0%。",
            "(二)本单位2022年度总支出120.5万元,其中本年支",
            "出110万元,较2021年度决算数增加3万元。"));

        Assert.Equal(2022, record.Year);
        Assert.Equal((100.5m, 110m, 20m), (record.FinalAccounts?.IncomeTotal, record.FinalAccounts?.ExpenditureTotal, record.FinalAccounts?.CarryoverBegin));
    }

    [Fact]
    public void AnItemNamedWithZhichu_IsNoSpending_AndTheStatedTotalIsTheBudget()
    {
        var record = Assert.Single(Extract(
            "2024年度中央、市级转移支付资金",
            "绩效自评报告",
            "一、绩效目标分解下达情况",
            "2024年度,中央、市级下达转移支付慈善会项目30万元;福利彩票公益金支出项目120.5万元;流浪乞讨救助经费20万元。共计下达中央、市级转移支付资金170.5万元。"));

        Assert.Equal(170.5m, record.Budget.Adjusted);
        Assert.Null(record.Budget.Executed);
    }

    [Fact]
    public void TitleTailUnderItsFirstHalf_IsAReport_AndTheProjectsAllocationIsItsBudget()
    {
        var record = Assert.Single(Extract(
            "某县2023年度农村饮水安全维修养护资金",
            "绩效自评报告",
            "县财政局文件下达某县2023年农村饮水安全维修养护资金200万元。另文件下达某县2023年资金15万元。"));

        Assert.Equal(("农村饮水安全维修养护资金", 200m), (record.Project, record.Budget.Adjusted));
    }

    [Fact]
    public void TitleTailUnderAMenuItem_IsNoReport()
    {
        Assert.Empty(Extract(
            "通知公告",
            "自评报告",
            "政策解读"));
    }

    [Fact]
    public void UnitBeforeTheKindOfMoneyInATitle_IsNoProject()
    {
        var record = Assert.Single(Extract(
            "某县某乡人民政府转移支付2022年度绩效自评报告",
            "一、绩效目标分解下达情况",
            "2022年某乡收到下达农村综合改革转移支付预算共计50万元,实际支出48万元,执行率96%。"));

        Assert.Null(record.Project);
        Assert.Equal((50m, 48m), (record.Budget.Adjusted, record.Budget.Executed));
    }

    [Fact]
    public void CountyGovernmentOnAPortalsFirstLine_IsNoUnit_ButATownshipGovernmentIs()
    {
        string[] threePublic = ["2022年“三公”经费决算汇总情况", "2022年“三公”经费支出共计9万元。"];

        var portal = Assert.Single(Extract(["某县人民政府", .. threePublic]));
        var township = Assert.Single(Extract(["某县某镇人民政府", .. threePublic]));

        Assert.Null(portal.Unit.Name);
        Assert.Equal("某县某镇人民政府", township.Unit.Name);
    }

    [Fact]
    public void TitleCopiedFromAFileName_GivesTheProjectWithoutTheExtension()
    {
        var record = Assert.Single(Extract(
            "2022年度农村道路养护项目绩效自评报告.doc",
            "一、项目基本情况",
            "2022年安排农村道路养护预算资金80万元,实际支出76万元,执行率95%。"));

        Assert.Equal("农村道路养护项目", record.Project);
    }

    [Fact]
    public void TemplatesFileTitleAbovePagesWithAPlaceholderYear_GivesNoRecord()
    {
        // the file's title heads a page list (it states nothing); the report under it is a template ("20_年")
        Assert.Empty(Extract(
            "耕地保护项目绩效自评报告.docx",
            "第1页 / 共9页",
            "第2页 / 共9页",
            "1、耕地保护项目绩效自评报告",
            "根据通知要求,现将20_年某市耕地质量监测项目实施情况自评如下:一、项目基本概况"));
    }
}

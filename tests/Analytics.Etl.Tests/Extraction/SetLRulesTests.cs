using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// Rules found on set L's first look (docs/accuracy.md), each on a text written here with invented names and numbers:
/// a sentence that lists a whole's parts after 其中, money counted up to an earlier year, a publisher's name on the
/// line under its label, a party school's title.
/// </summary>
public sealed class SetLRulesTests
{
    private static IReadOnlyList<EvaluationRecord> Extract(params string[] lines) => TextReport.Records("set-l.txt", lines);

    [Fact]
    public void SentenceOpeningWith其中_ListsParts_NotTheDepartmentsMoney()
    {
        var record = Assert.Single(Extract(
            "青石县人民法院2018年度部门整体支出绩效自评报告",
            "我院2018年共有8个支出项目,所有项目皆按照年初预算执行。其中,法院执行年初预算数6万元,年末结算支出6万元,项目资金支出进度比率为100%;案件审判411.95万元,年末结算支出411.95万元。"));

        Assert.Equal(new Budget(null, null, null), record.Budget);
    }

    [Fact]
    public void SentenceAfter其中ThatStatesATotal_IsTheWhole()
    {
        var record = Assert.Single(Extract(
            "青石县教育局2021年部门整体支出绩效自评报告",
            "本部门2021年度年初预算项目12个,申请预算资金1225万元,实际支出489.8万元。其中:专项项目15个,金额合计1638.7万元,实际支出903.5万元,执行率55.13%。"));

        Assert.Equal((1638.7m, 903.5m), (record.Budget.Adjusted, record.Budget.Executed));
    }

    [Fact]
    public void MoneyCountedUpToAnEarlierYear_IsNotTheYearsBudget()
    {
        var record = Assert.Single(Extract(
            "青石县档案馆2016年馆藏档案数字化项目绩效自评报告",
            "该项目经批准立项,总经费约需800万元。该项目自2011年启动以来,截止2013年已安排项目经费380万元。",
            "经评价,自评得分92分。"));

        Assert.Null(record.Budget.Adjusted);
        Assert.Equal(92m, record.TotalScoreReported);
    }

    [Fact]
    public void PublisherNamedUnderItsLabel_IsNoUnit_AndAPartySchoolsTitleNamesIt()
    {
        var record = Assert.Single(Extract(
            "  • 发布机构",
            "    青石县财政局",
            "中共青石县委党校2023年度项目支出绩效单位自评报告",
            "2023年下达培训经费14万元,实际支出14万元。"));

        Assert.Equal("中共青石县委党校", record.Unit.Name);
    }

    [Theory]
    [InlineData("1、青石县科学技术协会2019年度科普惠农经费项目绩效评价自评报告", "青石县科学技术协会", "科普惠农经费项目")]
    [InlineData("富源县司法局法律援助项目支出绩效单位自评报告", "富源县司法局", "法律援助项目")]
    public void SharingPagesNumberedTitle_AndAUnitsSelfEvaluationReport_NameUnitAndProject(string title, string? unit, string project)
    {
        var record = Assert.Single(Extract(title, "2019年下达经费45万元,实际支出41.28万元。"));

        Assert.Equal(project, record.Project);
        if (unit is not null)
        {
            Assert.Equal(unit, record.Unit.Name);
        }
    }

    [Fact]
    public void DoubledBoldAmounts_ReadOnce()
    {
        var record = Assert.Single(Extract(
            "2018年度科普宣传经费项目绩效评价自评报告",
            "一、项目总体情况。本项目申报金额 7070 万元,预算批复 7070 万元,当年实际到位 106.5106.5 万元,支出 36.9436.94 万元。",
            "2 2、存在问题(1)(1) 宣传范围不够广。(2)(2) 宣传氛围不够浓厚。"));

        Assert.Equal(36.94m, record.Budget.Executed);
        Assert.NotEqual(7070m, record.Budget.Adjusted);
    }
}

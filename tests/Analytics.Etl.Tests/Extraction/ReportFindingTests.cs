using Analytics.Etl.Extraction;
using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>Reports as web pages publish them: titles run into the text, repeated, named below, or no report at all.</summary>
public class ReportFindingTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        TextReport.Extract("report.txt", lines);

    [Fact]
    public void TitleRunIntoItsFirstParagraph_IsFound()
    {
        var result = Extract("附件2丰都县2022年残疾人就业补助资金绩效自评报告为做好绩效自评工作，现将情况报告如下：一、基本情况。2022年预算资金共计120万元，全年实际支出118.5万元，执行率98.75%。自评得分96分。");

        var record = Assert.Single(result.Records);
        Assert.Equal(2022, record.Year);
        Assert.Equal(120m, record.Budget.Adjusted);
        Assert.Equal(118.5m, record.Budget.Executed);
        Assert.Equal(0.9875m, record.Execution.RateReported);
        Assert.Equal(96m, record.TotalScoreReported);
    }

    [Fact]
    public void ProjectNamedInParenthesesUnderTheTitle_IsTheProject()
    {
        var result = Extract("2021年度项目绩效自评报告", "（农村公益性公墓建设补助项目）", "一、项目基本情况", "该项目预算数为 45 万元，执行数为 45 万元。");

        Assert.Equal("农村公益性公墓建设补助项目", Assert.Single(result.Records).Project);
    }

    [Fact]
    public void TitleRepeatedUnderThePageHeader_GivesOneRecord()
    {
        var result = Extract(
            "标 题 关于上报2023年孤儿基本生活费项目支出绩效自评的报告",
            "关于上报2023年孤儿基本生活费项目支出绩效自评的报告",
            "盘州民发〔2024〕3号",
            "关于上报2023年孤儿基本生活费项目",
            "支出绩效自评的报告",
            "一、基本情况",
            "2023年孤儿基本生活费预算资金62.4万元，实际支出62.4万元，执行率100%。");

        var record = Assert.Single(result.Records);
        Assert.Equal(62.4m, record.Budget.Executed);
    }

    [Fact]
    public void SampleText_IsRefusedWithItsOwnReason()
    {
        var result = Extract("项目绩效自评报告", "下面是小编为大家收集的项目绩效自评报告，仅供参考。", "2022年预算资金共计100万元，实际支出90万元。");

        Assert.Empty(result.Records);
        Assert.Contains(result.Issues, issue => issue.Severity == IssueSeverity.Error && issue.Message.Contains("sample", StringComparison.Ordinal));
    }

    [Fact]
    public void TemplateWithPlaceholderYear_GivesNoRecord()
    {
        var result = Extract("XX县20XX年度项目支出绩效自评报告", "一、基本情况", "20XX年预算资金共计XX万元，实际支出XX万元，自评得分90分。");

        Assert.Empty(result.Records);
    }

    [Fact]
    public void AllocationsNamedBySource_AreNotTakenForTheBudget()
    {
        var result = Extract("优抚对象补助经费2023年度绩效自评报告", "一、基本情况", "2023年中央下达资金300万元，省级下达40万元，全年支出336.5万元。");

        var record = Assert.Single(result.Records);
        Assert.Equal("优抚对象补助经费", record.Project);
        Assert.Null(record.Budget.Adjusted);
        Assert.Equal(336.5m, record.Budget.Executed);
    }

    [Fact]
    public void MoneyDueToBeSpent_IsTheBudget()
    {
        var result = Extract(
            "丰宁县2023年优抚对象护理费项目支出绩效自评报告",
            "一、基本概况",
            "2023年省级下拨护理费4.12万元；县级下拨护理费4.12万元；全年应执行数为8.24万元，实际执行率为100%。");

        var record = Assert.Single(result.Records);
        Assert.Equal(8.24m, record.Budget.Adjusted);
        Assert.Null(record.Budget.Executed);
        Assert.Equal(1m, record.Execution.RateReported);
    }

    [Fact]
    public void HeadingRunIntoTheProse_DoesNotLendItsWordsToTheAmount()
    {
        // "预算支出组织实施情况" is the heading; "安排支出" is what was spent, and "安排，共计" the budget
        var result = Extract(
            "鹤城区第二中学专项资金绩效自评价报告一、基本情况我校2022年项目为一个：生均公用经费项目二、资金及项目绩效目标"
            + "我校2022年按生均800元安排，共计152万元，项目绩效目标是保证学校的正常运转三、预算支出组织实施情况"
            + "我校2022年财政安排支出共计61.3万元，余款安排下年支出四、预算支出绩效情况保证了学校的正常运转");

        var record = Assert.Single(result.Records);
        Assert.Equal(152m, record.Budget.Adjusted);
        Assert.Equal(61.3m, record.Budget.Executed);
    }

    [Fact]
    public void TitleInTwoHalves_WithABlankLineBetween_NamesTheProject()
    {
        var result = Extract(
            "关于上报2023年5-6级伤残人员护理费项目",
            "",
            "支出绩效自评的报告",
            "",
            "一、基本概况",
            "",
            "2023年全年应执行数为12.6万元，实际执行率为100%。");

        var record = Assert.Single(result.Records);
        Assert.Equal("5-6级伤残人员护理费项目", record.Project);
        Assert.Equal(12.6m, record.Budget.Adjusted);
    }

    [Fact]
    public void UnitWithItsSpecialFunds_InTheTitle_IsNoProjectName()
    {
        var result = Extract("石门县第二小学专项资金绩效自评价报告一、基本情况我校2022年项目预算资金共计58万元，实际支出58万元，执行率100%。");

        var record = Assert.Single(result.Records);
        Assert.Null(record.Project);
        Assert.Equal(58m, record.Budget.Executed);
    }
}

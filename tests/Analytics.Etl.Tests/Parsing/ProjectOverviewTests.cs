using Analytics.Etl.Normalizing;
using Analytics.Etl.Parsing;
using Analytics.Etl.Tests.Extraction;

namespace Analytics.Etl.Tests.Parsing;

/// <summary>
/// A unit's report on all its projects that lists them in its overview (set K's k36 and k34, set I's i09; the twins
/// set_k_unit_report_*): one record per listed project.
/// </summary>
public sealed class ProjectOverviewTests
{
    private static List<SourceLine> Lines(params string[] texts) => [.. texts.Select((text, index) => new SourceLine(index + 1, text))];

    [Fact]
    public void LabelledItems_NameTheirProjects_OnceEach()
    {
        var items = ProjectOverview.Read(Lines(
            "项目1:残疾人康复救助项目根据《通知》实施。",
            "项目2:困境儿童微心愿(助学金)项目根据(青财预〔2021〕4号)追加的资金实施。",
            "项目1:残疾人康复救助项目为全县残疾儿童提供康复训练。"));

        Assert.Equal(["残疾人康复救助项目", "困境儿童微心愿(助学金)项目"], items?.Select(item => item.Project));
    }

    [Fact]
    public void ParenthesizedItemsInOneLine_AndItemsWithTheirAmounts_AreRead()
    {
        var inline = ProjectOverview.Read(Lines("二、项目概况(一)义务教育生均公用经费:为落实经费保障机制。(二)义务教育学生营养改善计划:为改善营养状况。"));
        var withAmounts = ProjectOverview.Read(Lines("(一)项目概况", "1.脱贫人口小额信贷贴息项目1127.35万元。", "2.巩固脱贫攻坚工作经费15万元。"));

        Assert.Equal(["义务教育生均公用经费", "义务教育学生营养改善计划"], inline?.Select(item => item.Project));
        Assert.Equal([("脱贫人口小额信贷贴息项目", (decimal?)1127.35m), ("巩固脱贫攻坚工作经费", 15m)], withAmounts?.Select(item => (item.Project, item.Budget)));
    }

    [Fact]
    public void NumbersThatDoNotRunFromOne_AreNoList() =>
        Assert.Null(ProjectOverview.Read(Lines("项目2:残疾人康复救助项目根据通知实施。", "项目3:就业培训补助资金项目根据通知实施。")));

    private static readonly string[] ListingReport =
    [
        "青石县残疾人联合会2021年度项目支出绩效单位自评报告",
        "一、基本情况",
        "项目1:残疾人康复救助项目根据《通知》实施。",
        "项目2:残疾人就业培训补助资金项目根据《通知》实施。",
    ];

    [Fact]
    public void UnitReportListingItsProjects_GivesOneRecordEach()
    {
        var records = TextReport.Records("listing.txt", ListingReport);

        Assert.Equal(["残疾人康复救助项目", "残疾人就业培训补助资金项目"], records.Select(record => record.Project));
        Assert.All(records, record => Assert.Equal(("青石县残疾人联合会", (int?)2021), (record.Unit.Name, record.Year)));
    }

    [Fact]
    public void MoneyTheProseStatesForNoListedProject_KeepsTheReportOneRecord()
    {
        var records = TextReport.Records("listing.txt", [.. ListingReport, "二、资金使用情况", "2021年共安排资金300万元,实际支出290万元,执行率96.67%。"]);

        var record = Assert.Single(records);
        Assert.Equal((300m, 290m), (record.Budget.Adjusted, record.Budget.Executed));
    }

    [Fact]
    public void ReportAboutOneNamedProject_IsNotSplitByItsNumberedParts()
    {
        var records = TextReport.Records("one.txt",
            "青石县2021年残疾人康复救助项目绩效自评报告",
            "项目1:康复训练补助项目根据通知实施。",
            "项目2:辅助器具适配补助项目根据通知实施。");

        Assert.Equal("残疾人康复救助项目", Assert.Single(records).Project);
    }
}

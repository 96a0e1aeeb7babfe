using Analytics.Etl.Records;
using Analytics.Generator.Metamorphic;

namespace Analytics.Etl.Tests.Metamorphic;

/// <summary>The comparer behind the metamorphic relation: what counts as the same, a warned null, and a change.</summary>
public sealed class RecordDiffTests
{
    private static readonly EvaluationRecord Original = new()
    {
        Source = new SourceRef("a.txt", 1, 12),
        Kind = RecordKinds.ProjectSelfEval,
        Year = 2021,
        Unit = new UnitRef("兰考县医疗保障局", "兰考县", "410225"),
        Project = "医疗救助补助资金",
        Budget = new Budget(1850m, 2316.42m, 2208.9m),
        Indicators =
        [
            new IndicatorRow { Level1 = "产出指标", Level2 = "数量指标", Name = "资助参保人数", TargetText = "≥4.2万人", ActualText = "4.37万人", Weight = 10m, ScoreReported = 10m },
            new IndicatorRow { Level1 = "满意度指标", Name = "救助对象满意度", TargetText = "≥90%", ActualText = "95.2%", Weight = 10m, ScoreReported = 10m },
        ],
    };

    private static FieldTally Compare(EvaluationRecord transformed) => RecordDiff.Compare("a.txt", [Original], [transformed]);

    [Fact]
    public void Compare_CountsNoChange_WhenOnlyScriptWidthSpacesSignsAndLinesDiffer()
    {
        var rewritten = Original with
        {
            Source = new SourceRef("a.txt", 3, 40),
            Unit = Original.Unit with { Name = "蘭考縣醫療保障局" },
            Budget = new Budget(1850.004m, 2316.42m, 2208.9m),
            Indicators = [Original.Indicators[0] with { TargetText = "≧４.２ 万人", Level1 = "產出指標" }, Original.Indicators[1] with { ActualText = "95.2％\u3000" }],
        };

        var tally = Compare(rewritten);

        Assert.Equal((0, 0), (tally.Changed, tally.Nulled));
        Assert.Equal(13 + (2 * 10), tally.Fields);
    }

    [Fact]
    public void Compare_CountsAChange_WhenAValueDiffersOrAppears()
    {
        var rewritten = Original with
        {
            Budget = new Budget(0.185m, 2316.42m, 2208.9m),
            ImplementingUnit = "兰考县医疗保障服务中心",
            Indicators = [Original.Indicators[0] with { Level2 = "质量指标" }, Original.Indicators[1]],
        };

        var tally = Compare(rewritten);

        Assert.Equal(3, tally.Changed);
        Assert.Contains(tally.Differences, change => change.Field == "budget.initial" && change.Original == "1850" && change.Transformed == "0.185");
        Assert.Contains(tally.Differences, change => change.Field == "implementing_unit" && change.Original is null);
    }

    [Fact]
    public void Compare_AcceptsANull_OnlyWithANewWarning()
    {
        var nulled = Original with { Budget = Original.Budget with { Executed = null } };

        Assert.Equal((1, 0), (Compare(nulled).Changed, Compare(nulled).Nulled));
        Assert.Equal((0, 1), (Compare(nulled with { Warnings = ["全年执行数 unreadable: left null"] }).Changed, Compare(nulled with { Warnings = ["x"] }).Nulled));
    }

    [Fact]
    public void Compare_CountsExtraAndLostRecordsAndIndicators()
    {
        var extraIndicator = Original with { Indicators = [.. Original.Indicators, new IndicatorRow { Name = "单位：万元" }] };

        Assert.Equal(1, Compare(extraIndicator).Changed);
        Assert.Equal(1, RecordDiff.Compare("a.txt", [Original], [Original, Original with { Project = "另一个" }]).Changed);
        var lost = RecordDiff.Compare("a.txt", [Original], []);
        Assert.True(lost.Changed >= 5, "every stated field of a lost record changes");
        Assert.All(lost.Differences, change => Assert.Contains("record lost", change.Record, StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_PairsIndicatorsByName_WhenOneIsMissing()
    {
        var dropped = Original with { Indicators = [Original.Indicators[1]], Warnings = ["row dropped"] };

        var tally = Compare(dropped);

        Assert.Equal(0, tally.Changed);
        Assert.All(tally.Differences, change => Assert.StartsWith("indicators[0:资助参保人数]", change.Field, StringComparison.Ordinal));
    }
}

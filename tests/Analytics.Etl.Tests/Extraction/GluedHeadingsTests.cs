using Analytics.Etl.Extraction;
using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

public class GluedHeadingsTests
{
    private static EvaluationRecord Record(params IndicatorRow[] indicators) =>
        new() { Source = new SourceRef("a.txt", 1, 5), Kind = RecordKinds.ProjectSelfEval, Indicators = indicators };

    [Fact]
    public void Apply_SplitsHeadingsOffTheName_WhenTheyRanIntoIt()
    {
        var glued = new IndicatorRow { Name = "产出指标数量指标不动产登记办件量", TargetText = "≥5000件" };

        var row = Assert.Single(GluedHeadings.Apply(Record(glued)).Indicators);

        Assert.Equal(("产出指标", "数量指标", "不动产登记办件量"), (row.Level1, row.Level2, row.Name));
    }

    [Theory]
    [InlineData("资金管理合规性")]
    [InlineData("服务对象满意度")]
    [InlineData("社会效益指标")]
    public void Apply_KeepsName_WhenItIsAName(string name)
    {
        var record = Record(new IndicatorRow { Name = name });

        Assert.Same(record, GluedHeadings.Apply(record));
    }

    [Fact]
    public void Apply_KeepsName_WhenTheGluedHeadingDisagreesWithTheOneRead()
    {
        var record = Record(new IndicatorRow { Name = "质量指标登记差错率", Level2 = "时效指标" });

        Assert.Same(record.Indicators[0], GluedHeadings.Apply(record).Indicators[0]);
    }

    [Fact]
    public void Apply_TakesTheLaterOfTwoGroupHeadings_TheEarlierHavingNoRowsOfItsOwn()
    {
        var glued = new IndicatorRow { Name = "时效指标成本指标市民中心运行维护费", TargetText = "150万" };

        var row = Assert.Single(GluedHeadings.Apply(Record(glued)).Indicators);

        Assert.Equal(("成本指标", "市民中心运行维护费"), (row.Level2, row.Name));
    }

    [Fact]
    public void Apply_GivesTheRowsUnderAGluedRowItsHeadings_WhereTheyHaveNone()
    {
        var record = Record(
            new IndicatorRow { Name = "产出指标数量指标预算执行率", TargetText = "100%" },
            new IndicatorRow { Name = "预算资金拨款率", TargetText = "100%" },
            new IndicatorRow { Name = "办件按时办结率", Level2 = "质量指标", TargetText = "100%" });

        var rows = GluedHeadings.Apply(record).Indicators;

        Assert.Equal(("产出指标", "数量指标"), (rows[1].Level1, rows[1].Level2));
        Assert.Equal((null, "质量指标"), (rows[2].Level1, rows[2].Level2));
    }
}

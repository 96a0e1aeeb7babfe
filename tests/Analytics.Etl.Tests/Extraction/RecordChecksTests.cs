using Analytics.Etl.Extraction;
using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

public class RecordChecksTests
{
    private static EvaluationRecord Record(Budget budget, Execution execution, decimal? total = 95m, params IndicatorRow[] indicators) => new()
    {
        Source = new SourceRef("a.txt", 1, 10),
        Kind = RecordKinds.ProjectSelfEval,
        Budget = budget,
        Execution = execution,
        TotalScoreReported = total,
        Indicators = indicators,
    };

    [Fact]
    public void Apply_KeepsRecord_WhenEveryValuePassesItsChecks()
    {
        var record = Record(new Budget(800, 880, 860), new Execution(0.9773m, 10, 9.77m));

        Assert.Same(record, RecordChecks.Apply(record));
    }

    [Fact]
    public void Apply_NullsWeightAndRate_WhenAmountsWereReadIntoThem()
    {
        // "年度资金总额: 880 880 880 10 10" read from the right: an amount as the weight, a score as the rate
        var record = Record(new Budget(null, 880, 880), new Execution(0.1m, 880, 10));

        var checkedRecord = RecordChecks.Apply(record);

        Assert.Null(checkedRecord.Execution.Weight);
        Assert.Null(checkedRecord.Execution.RateReported);
        Assert.Equal(10, checkedRecord.Execution.ScoreReported);
        Assert.Equal(880, checkedRecord.Budget.Executed);
        Assert.Equal(2, checkedRecord.Warnings.Count);
    }

    [Fact]
    public void Apply_NullsAmounts_WhenTheyCanOnlyBeYuan()
    {
        var record = Record(new Budget(32_000_000, 32_000_000, 31_000_000), new Execution(0.9688m, 10, 9.69m));

        var checkedRecord = RecordChecks.Apply(record);

        Assert.Equal(new Budget(null, null, null), checkedRecord.Budget);
        Assert.Equal(0.9688m, checkedRecord.Execution.RateReported);
    }

    [Fact]
    public void Apply_KeepsScoreAboveWeight_BecauseThatIsTheCountysClaim()
    {
        var indicator = new IndicatorRow { Name = "救助人次", Weight = 10, ScoreReported = 12 };
        var record = Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, indicator);

        Assert.Same(record, RecordChecks.Apply(record));
    }

    [Fact]
    public void Apply_NullsIndicatorPoints_WhenTheyCannotBePoints()
    {
        var indicator = new IndicatorRow { Name = "救助人次", Weight = 1200, ScoreReported = 20 };

        var checkedRecord = RecordChecks.Apply(Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, indicator));

        Assert.Null(checkedRecord.Indicators[0].Weight);
        Assert.Equal(20, checkedRecord.Indicators[0].ScoreReported);
        Assert.Contains(checkedRecord.Warnings, warning => warning.Contains("救助人次", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_KeepsRateStatedOnTheInitialBudget()
    {
        var record = Record(new Budget(500, 880, 450), new Execution(0.9m, 10, 9));

        Assert.Same(record, RecordChecks.Apply(record));
    }

    [Theory]
    [InlineData("10")]
    [InlineData("≥735人次")]
    [InlineData("指标值")]
    [InlineData("|")]
    [InlineData("学生受资助人数≥735人次73510")]
    public void Apply_DropsRow_WhenItsNameIsAValueOrAHeader(string name)
    {
        var shifted = new IndicatorRow { Name = name, Level1 = "产出指标" };
        var real = new IndicatorRow { Name = "学生受资助人数", Level1 = "产出指标", Level2 = "数量指标", Weight = 10, ScoreReported = 10 };

        var checkedRecord = RecordChecks.Apply(Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, shifted, real));

        Assert.Equal(real, Assert.Single(checkedRecord.Indicators));
        Assert.Single(checkedRecord.Warnings);
    }

    [Fact]
    public void Apply_NullsHeading_WhenCellsWereGluedIntoIt()
    {
        var indicator = new IndicatorRow { Name = "森林经营面积", Level1 = "产出指标", Level2 = "3.45万亩3.45万亩77森林经营面积" };

        var checkedRecord = RecordChecks.Apply(Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, indicator));

        Assert.Null(checkedRecord.Indicators[0].Level2);
        Assert.Equal("产出指标", checkedRecord.Indicators[0].Level1);
    }

    [Theory]
    [InlineData("满意度指标(10分)", 10)]
    [InlineData("质量指标", null)]
    [InlineData("年度指标值实际完成值分值得分", null)]
    [InlineData("度量单位", null)]
    public void Apply_DropsHeadingRow_WhenItIsNoIndicator(string name, int? weight)
    {
        var heading = new IndicatorRow { Name = name, TargetText = "医疗救助合规率", Weight = weight };

        var checkedRecord = RecordChecks.Apply(Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, heading));

        Assert.Empty(checkedRecord.Indicators);
    }

    [Fact]
    public void Apply_KeepsCategoryWordAsName_WhenTheRowGivesItPoints()
    {
        var indicator = new IndicatorRow { Name = "经济效益指标", TargetText = "41万元", ActualText = "96万元", Weight = 12.8m, ScoreReported = 12.8m };
        var record = Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, indicator);

        Assert.Same(record, RecordChecks.Apply(record));
    }

    [Fact]
    public void Apply_NullsName_WhenTheNextCellsRanIntoIt()
    {
        var record = Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9)) with
        {
            ImplementingUnit = "青神县发展和改革局项目基本情况1.项目年度目标完成情况：全年完成，工资按时发放。",
        };

        Assert.Null(RecordChecks.Apply(record).ImplementingUnit);
    }
}

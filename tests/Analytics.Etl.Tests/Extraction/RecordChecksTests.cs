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

    [Theory]
    [InlineData("指标值")]
    [InlineData("建档立卡中有新增死亡")]
    [InlineData("人员,导致有偏差质量指标")]
    [InlineData("服务对象满")]
    public void Apply_NullsHeading_WhenItIsNoHeadingWord(string level2)
    {
        var indicator = new IndicatorRow { Name = "资金是否全部纳入医保统筹", Level1 = "产出指标", Level2 = level2, TargetText = "100%", ActualText = "100%" };

        var checkedRecord = RecordChecks.Apply(Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, indicator));

        Assert.Null(checkedRecord.Indicators[0].Level2);
        Assert.Equal("产出指标", checkedRecord.Indicators[0].Level1);
        Assert.Contains(checkedRecord.Warnings, warning => warning.Contains(level2, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("项目决策", "项目立项")]
    [InlineData("產出指標", "數量指標")]
    [InlineData("产出指标", "时效性指标")]
    [InlineData("满意度指标", "服务对象满意度")]
    public void Apply_KeepsHeadings_WhenTheyAreHeadingWords(string level1, string level2)
    {
        var indicator = new IndicatorRow { Name = "救助对象覆盖人数", Level1 = level1, Level2 = level2, Weight = 10, ScoreReported = 10 };
        var record = Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, indicator);

        Assert.Same(record, RecordChecks.Apply(record));
    }

    [Fact]
    public void Apply_NullsActual_WhenItHoldsOnlyASign()
    {
        var indicator = new IndicatorRow { Name = "采购产品验收合格率", TargetText = "100%", ActualText = "=" };

        var checkedRecord = RecordChecks.Apply(Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, indicator));

        Assert.Null(checkedRecord.Indicators[0].ActualText);
        Assert.Equal("100%", checkedRecord.Indicators[0].TargetText);
    }

    [Fact]
    public void Apply_DropsRow_WhenItsNameIsTwoCharactersLeftFromAWrappedCell()
    {
        var fragment = new IndicatorRow { Name = "有效", Level1 = "效益指标" };

        var checkedRecord = RecordChecks.Apply(Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, fragment));

        Assert.Empty(checkedRecord.Indicators);
    }

    [Fact]
    public void Apply_LeavesIndicatorsOut_WhenMisfitRowsOutnumberTheRowsThatFit()
    {
        // a table whose columns were not understood: the rows that seemed to fit are as likely shifted
        var kept = new IndicatorRow { Name = "全县参合人数", Level1 = "产出指标", TargetText = "8755" };
        var shifted = new[] { "13", "实际", "指标" }.Select(name => new IndicatorRow { Name = name }).ToArray();
        var record = Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, [kept, .. shifted]) with
        {
            Warnings = ["line 2: cells left over after the row's columns: 保统筹 | 100% | 100% | 15 | 15"],
        };

        var checkedRecord = RecordChecks.Apply(record);

        Assert.Empty(checkedRecord.Indicators);
        Assert.Contains(checkedRecord.Warnings, warning => warning.StartsWith("indicator table not read", StringComparison.Ordinal));
        Assert.Equal(100, checkedRecord.Budget.Adjusted);
    }

    [Fact]
    public void Apply_KeepsIndicators_WhenOneRowOfManyDidNotFit()
    {
        var rows = new[] { "参保人数", "救助人次", "资金拨付及时率" }.Select(name => new IndicatorRow { Name = name, Weight = 10, ScoreReported = 10 }).ToList();
        var checkedRecord = RecordChecks.Apply(Record(new Budget(100, 100, 90), new Execution(0.9m, 10, 9), 95m, [.. rows, new IndicatorRow { Name = "10" }]));

        Assert.Equal(rows, checkedRecord.Indicators);
    }

    [Theory]
    [InlineData("备注")]
    [InlineData("合计：")]
    public void Apply_NullsProject_WhenItIsALabelOfTheForm(string project)
    {
        var record = Record(new Budget(null, null, null), new Execution(null, null, null), null) with { Project = project };

        var checkedRecord = RecordChecks.Apply(record);

        Assert.Null(checkedRecord.Project);
        Assert.False(RecordChecks.HasSubstance(checkedRecord));
    }

    [Fact]
    public void HasSubstance_KeepsReportsAndDepartments_WithWhatTheyState()
    {
        var fragment = Record(new Budget(null, null, null), new Execution(null, null, null), 100m) with { Unit = new UnitRef("大英县司法局", "大英县", null) };

        Assert.False(RecordChecks.HasSubstance(fragment));
        Assert.True(RecordChecks.HasSubstance(fragment with { Origin = RecordOrigins.Report }));
        Assert.True(RecordChecks.HasSubstance(fragment with { Kind = RecordKinds.DepartmentSelfEval }));
        Assert.True(RecordChecks.HasSubstance(fragment with { Budget = new Budget(null, 3.36m, null) }));
    }

    [Fact]
    public void Apply_NullsIndicatorPoints_AboveWhatTheExecutionRateLeavesToIndicators()
    {
        // the execution rate carries 10 of the table's 100 points: no indicator can carry 100
        var indicator = new IndicatorRow { Name = "采购设备验收合格率", TargetText = "100%", ScoreReported = 100 };

        var checkedRecord = RecordChecks.Apply(Record(new Budget(3.36m, 3.36m, 3.36m), new Execution(1m, 10, 10), null, indicator));

        Assert.Null(checkedRecord.Indicators[0].ScoreReported);
        Assert.Equal("100%", checkedRecord.Indicators[0].TargetText);
    }

    [Theory]
    [InlineData("项目主管单")]
    [InlineData("实施单")]
    public void Apply_NullsProject_WhenItIsTheStartOfAFieldLabel(string project)
    {
        var record = Record(new Budget(309, 309, 309), new Execution(1m, null, null)) with { Project = project };

        Assert.Equal(project.Length >= 4 ? null : project, RecordChecks.Apply(record).Project);
    }
}

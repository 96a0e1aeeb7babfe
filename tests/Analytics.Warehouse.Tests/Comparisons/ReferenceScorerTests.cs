using Analytics.Etl.Records;
using static Analytics.Warehouse.Tests.Comparisons.HandBuiltWarehouse;

namespace Analytics.Warehouse.Tests.Comparisons;

/// <summary>Given/expect tests of the reference scorer (int_indicator_scores, int_execution_scores) on hand-built rows.</summary>
public sealed class ReferenceScorerTests
{
    private static (double? Score, string? Reason) Scored(HandBuiltWarehouse warehouse, string indicator) =>
        warehouse.Query<(double?, string?)>(
            "select score_reference, score_reference_reason from indicator_results where indicator_name = $indicator", new { indicator }).Single();

    [Fact]
    public void GreaterOrEqualTarget_ScoresWeightTimesActualOverTarget_CappedAtTheWeight()
    {
        using var warehouse = new HandBuiltWarehouse()
            .Add("a.txt", Project("项目甲", indicators: [Row("参保率", "≥90%", "81%"), Row("救助人次", "≥1000人次", "1500人次")]))
            .Build();

        Assert.Equal(9.0, Scored(warehouse, "参保率").Score!.Value, 4);
        Assert.Equal(10.0, Scored(warehouse, "救助人次").Score!.Value, 4);
    }

    [Fact]
    public void LessOrEqualTarget_MetExactly_ScoresTheWholeWeight()
    {
        using var warehouse = new HandBuiltWarehouse()
            .Add("a.txt", Project("项目甲", indicators: [Row("项目成本", "≤100万元", "100万元")]))
            .Build();

        Assert.Equal(10.0, Scored(warehouse, "项目成本").Score!.Value, 4);
        Assert.True(warehouse.Scalar<bool>("select is_target_met from indicator_results"));
    }

    [Fact]
    public void MissingActual_HasNoReferenceScore_AndSaysWhy()
    {
        using var warehouse = new HandBuiltWarehouse()
            .Add("a.txt", Project("项目甲", indicators: [Row("参保率", "≥90%", null), Row("满意度", "≥90%", "95%")]))
            .Build();

        var (score, reason) = Scored(warehouse, "参保率");
        Assert.Null(score);
        Assert.Equal("no actual value", reason);
        Assert.Null(warehouse.Scalar<double?>("select total_score_reference from evaluations"));
    }

    [Theory]
    [InlineData("及时", 10.0)]
    [InlineData("基本完成", 8.0)]
    [InlineData("未完成", 5.0)]
    public void QualitativeRow_ScoresTheTopOfItsBand(string actual, double expected)
    {
        using var warehouse = new HandBuiltWarehouse()
            .Add("a.txt", Project("项目甲", indicators: [Row("资金拨付及时性", "及时", actual)]))
            .Build();

        Assert.Equal(expected, Scored(warehouse, "资金拨付及时性").Score!.Value, 4);
    }

    [Fact]
    public void ActualWrittenAsTarget_IsAViolation_AndCannotBeScored()
    {
        using var warehouse = new HandBuiltWarehouse()
            .Add("a.txt", Project("项目甲", indicators: [Row("重特大疾病医疗救助人次占直接救助人次比例", "≥40%", "≥40%")]))
            .Build();

        Assert.Equal("the actual is written as a target", Scored(warehouse, "重特大疾病医疗救助人次占直接救助人次比例").Reason);
        Assert.Null(warehouse.Scalar<bool?>("select is_target_met from indicator_results"));
        Assert.Contains("actual_written_as_target", warehouse.Query<string>("select rule from rule_violations"));
    }

    [Fact]
    public void ZeroBudget_GivesNoExecutionRate_AndNoExecutionReferenceScore()
    {
        using var warehouse = new HandBuiltWarehouse()
            .Add("a.txt", Project("项目甲", budget: new Budget(0m, 0m, 0m), execution: new Execution(null, 10m, 10m), indicators: [Row("参保率", "≥90%", "95%")]))
            .Build();

        Assert.Null(warehouse.Scalar<double?>("select execution_rate from evaluations"));
        Assert.Null(warehouse.Scalar<double?>("select execution_rate_vs_initial from evaluations"));
        Assert.Equal(
            "no execution rate: no budget and no reported rate",
            warehouse.Scalar<string>("select execution_score_reference_reason from int_execution_scores"));
    }

    [Fact]
    public void ExecutionScore_IsCappedAtTheWeight_AndAMismatchIsFlagged()
    {
        using var warehouse = new HandBuiltWarehouse()
            .Add("a.txt", Project("项目甲", budget: new Budget(null, 100m, 105.68m), execution: new Execution(1.0568m, 10m, 10.57m), total: 100.57m, indicators: [Row("参保率", "≥90%", "95%", 90m, 90m)]))
            .Build();

        Assert.Equal(10.0, warehouse.Scalar<double>("select execution_score_reference from int_execution_scores"), 4);
        var rules = warehouse.Query<string>("select rule from rule_violations order by rule");
        Assert.Equal(["execution_score_mismatch", "score_above_weight", "total_above_100"], rules);
        Assert.Equal(100.0, warehouse.Scalar<double>("select total_score_reference from evaluations"), 4);
    }

    [Fact]
    public void TwoRuleSets_ScoreTheSameReverseRowDifferently_ByProvince()
    {
        var row = Row("项目成本", "≤176.77 万元", "186.816 万元", 10m, 9.8m);
        using var national = new HandBuiltWarehouse().Add("a.txt", Project("医疗保障专项经费", indicators: [row])).Build();
        using var provincial = new HandBuiltWarehouse().Add("a.txt", Project("医疗保障专项经费", indicators: [row]))
            .Build(ruleSetAssignments: "*,2000,2099,national_2020,default\n安徽省,2021,2099,provincial_variant,test");

        // 财预〔2020〕10号: 10 × 176.77 / 186.816; the variant deducts linearly: 10 × (1 − (186.816 − 176.77) / 176.77)
        Assert.Equal(9.4623, Scored(national, "项目成本").Score!.Value, 4);
        Assert.Equal(9.4317, Scored(provincial, "项目成本").Score!.Value, 4);
        Assert.Equal("provincial_variant", provincial.Scalar<string>("select rule_set_id from int_evaluation_rule_sets"));
    }

    [Fact]
    public void ProvincialAssignment_AppliesOnlyToItsYears()
    {
        var row = Row("项目成本", "≤176.77 万元", "186.816 万元", 10m, 9.8m);
        using var warehouse = new HandBuiltWarehouse()
            .Add("a.txt", Project("经费", year: 2020, indicators: [row]))
            .Build(ruleSetAssignments: "*,2000,2099,national_2020,default\n安徽省,2021,2099,provincial_variant,test");

        Assert.Equal("national_2020", warehouse.Scalar<string>("select rule_set_id from int_evaluation_rule_sets"));
    }
}

namespace Analytics.Warehouse.Tests.Comparisons;

/// <summary>What the analyses find in the five seed reports (docs/domain.md, "The analyses analysts need").</summary>
public sealed class SeedAnalyticsTests(SeedWarehouseFixture warehouse) : IClassFixture<SeedWarehouseFixture>
{
    private static readonly string[] RuleCodes =
    [
        "score_above_weight", "total_above_100", "parts_do_not_sum", "execution_score_mismatch", "full_marks_on_missed_target",
        "actual_written_as_target", "actual_copies_target", "zero_execution_positive_claim", "qualitative_score_outside_band",
    ];

    private List<(string Rule, string? Indicator, string Detail)> Violations(string project) =>
        WarehouseQueries.Query<(string, string?, string)>(
            warehouse.Database, "select rule, indicator_name, detail from rule_violations where project = $project", new { project });

    [Fact]
    public void Zengdu2020_CatastrophicIllnessShareBelow28Percent_IsAGap()
    {
        var gap = WarehouseQueries.Query<(double Target, double Actual, long Years)>(
            warehouse.Database,
            "select target_value, actual_value, years_below_target from recurring_gaps where county_name = '曾都区' and year = 2020 and indicator_name = '重特大疾病医疗救助人次占直接救助人次比例'").Single();

        Assert.Equal((0.28, 0.17), (Math.Round(gap.Target, 4), Math.Round(gap.Actual, 4)));
        Assert.Equal(1, gap.Years);
    }

    [Fact]
    public void Jinzhai_SpecialFunds_IsFlaggedForItsTotalAndItsExecutionScore()
    {
        var violations = Violations("医疗保障专项经费");

        Assert.Contains(violations, violation => violation.Rule == "total_above_100" && violation.Detail.Contains("100.37", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Rule == "score_above_weight" && violation.Indicator == "预算执行率" && violation.Detail.Contains("10.57", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Rule == "execution_score_mismatch");
    }

    [Fact]
    public void Jinzhai_PersonnelFunds_GivesMorePointsThanTheWeight()
    {
        var above = Violations("人员经费").Where(violation => violation.Rule == "score_above_weight").ToList();

        Assert.Equal(2, above.Count);
        Assert.All(above, violation => Assert.Contains("15", violation.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public void Jinzhai_CostIndicatorAboveItsCeiling_IsWorth946NotTheReported98()
    {
        var row = WarehouseQueries.Query<(double Reported, double Reference, bool Met)>(
            warehouse.Database,
            "select score_reported, score_reference, is_target_met from indicator_results where project = '医疗保障专项经费' and target_text like '≤176.77%'").Single();

        Assert.Equal(9.8, row.Reported, 4);
        Assert.Equal(9.46, Math.Round(row.Reference, 2));
        Assert.False(row.Met);
    }

    [Fact]
    public void ChongqingDepartment_ExecutedAFractionOfItsInitialBudget()
    {
        var rate = WarehouseQueries.Scalar<double>(
            warehouse.Database, "select execution_rate_vs_initial from evaluations where kind = 'department_self_eval' and source_file like '003%'");

        Assert.Equal(0.1408, Math.Round(rate, 4));
    }

    [Fact]
    public void ZeroExecution_WithAPositiveConclusion_IsFlagged()
    {
        Assert.Contains(Violations("管理站经费"), violation => violation.Rule == "zero_execution_positive_claim");
    }

    [Fact]
    public void EveryViolation_HasAKnownRule_ADetail_AndALineInsideItsEvaluation()
    {
        var rows = WarehouseQueries.Query<(string Rule, string Detail, int Line, int First, int Last)>(
            warehouse.Database,
            """
            select violations.rule, violations.detail, violations.first_line, evaluations.first_line, evaluations.last_line
            from rule_violations as violations
            inner join evaluations on violations.evaluation_id = evaluations.evaluation_id
            """);

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Contains(row.Rule, RuleCodes);
            Assert.False(string.IsNullOrWhiteSpace(row.Detail));
            Assert.InRange(row.Line, row.First, row.Last);
        });
    }

    [Fact]
    public void Rankings_HaveAPeerMedian_ForEveryMetric()
    {
        var metrics = WarehouseQueries.Query<(string Metric, long Count)>(
            warehouse.Database,
            "select metric, count(*) from county_rankings where project_category = '全部' and peer_median is not null group by metric order by metric");

        Assert.Equal(["execution_rate", "gap_count", "score_inflation"], metrics.Select(metric => metric.Metric));
    }
}

using Analytics.Dashboards.Definitions;

namespace Analytics.Dashboards.Tests;

public sealed class DefinitionTests
{
    [Fact]
    public void Metrics_TheRankedOnes_AreTheMetricsOfCountyRankings()
    {
        Assert.Equal(["execution_rate", "score_inflation", "gap_count"], Metrics.Rankable.Select(metric => metric.Name));
    }

    [Theory]
    [InlineData("execution_rate", 0.95432, "95.4%", "95.4%")]
    [InlineData("budget_adjusted", 5503.771, "5,503.77", "5,503.77 万元")]
    [InlineData("score_inflation", 7.2837, "7.28", "7.28 分")]
    [InlineData("gap_count", 2.0, "2", "2 个")]
    [InlineData("score_inflation", -0.001, "0.00", "0.00 分")]
    public void Metric_FormatsByItsDefinition(string name, double value, string cell, string display)
    {
        var metric = Metrics.Get(name);
        Assert.Equal(cell, metric.Cell(value));
        Assert.Equal(display, metric.Display(value));
        Assert.Equal("—", metric.Cell(null));
    }

    [Fact]
    public void Metric_Direction_SaysWhichSideIsWorse()
    {
        Assert.True(Metrics.Get("execution_rate").IsWorse(0.8, 0.9));
        Assert.False(Metrics.Get("execution_rate").IsWorse(0.95, 0.9));
        Assert.True(Metrics.Get("score_inflation").IsWorse(3, 0));
        Assert.False(Metrics.Get("budget_adjusted").IsWorse(1, 2));
    }

    [Fact]
    public void Metric_UnknownName_Throws() => Assert.Throws<KeyNotFoundException>(() => Metrics.Get("no_such_metric"));

    [Fact]
    public void Rules_CoverEveryStableCodeOfTheContract()
    {
        string[] codes =
        [
            "score_above_weight", "total_above_100", "parts_do_not_sum", "execution_score_mismatch",
            "full_marks_on_missed_target", "actual_written_as_target", "actual_copies_target",
            "zero_execution_positive_claim", "qualitative_score_outside_band",
        ];
        Assert.All(codes, code => Assert.InRange(Rules.Get(code).Severity, 1, 4));
        Assert.Equal(9, Rules.Get("a_rule_added_later").Severity);
        Assert.True(Rules.Get("total_above_100").Severity < Rules.Get("actual_written_as_target").Severity);
    }

    [Fact]
    public void BeijingTime_IsUtcPlusEight()
    {
        Assert.Equal("2026-01-01 07:30（北京时间）", BeijingTime.Format(new DateTime(2025, 12, 31, 23, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("尚无数据", BeijingTime.Format(null));
    }
}

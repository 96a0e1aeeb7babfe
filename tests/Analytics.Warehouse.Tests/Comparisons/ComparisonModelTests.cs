using Analytics.Etl.Records;
using static Analytics.Warehouse.Tests.Comparisons.HandBuiltWarehouse;

namespace Analytics.Warehouse.Tests.Comparisons;

/// <summary>Given/expect tests of execution rates (PEFA bands, peers), recurring gaps and score inflation.</summary>
public sealed class ComparisonModelTests
{
    private static EvaluationRecord Department(int year, string countyCode, decimal initial, decimal adjusted, decimal executed) =>
        Project("部门整体", year, countyCode, new Budget(initial, adjusted, executed)) with { Kind = RecordKinds.DepartmentSelfEval, Project = null };

    [Fact]
    public void PefaBand_HoldsWhenTwoOfTheLastThreeYearsAreWithinIt()
    {
        using var warehouse = new HandBuiltWarehouse()
            .Add("2020.txt", Department(2020, JinzhaiCode, 100m, 100m, 97m))
            .Add("2021.txt", Department(2021, JinzhaiCode, 100m, 110m, 108m))
            .Add("2022.txt", Department(2022, JinzhaiCode, 100m, 100m, 96m))
            .Add("zengdu.txt", Department(2022, ZengduCode, 100m, 130m, 120m))
            .Build();

        var bands = warehouse.Query<(string County, int Year, string Band)>(
            "select county_code, year, pefa_band from execution_rates order by county_code, year");

        // 2021 has only two years loaded up to it: its own outturn (108%) decides, B; 2022 sees 97%, 108%, 96%: A twice
        Assert.Equal([(JinzhaiCode, 2020, "A"), (JinzhaiCode, 2021, "B"), (JinzhaiCode, 2022, "A"), (ZengduCode, 2022, "D")], bands);
    }

    [Fact]
    public void ExecutionRates_RankCountiesWithinTheirProvince_WithThePeerMedian()
    {
        using var warehouse = new HandBuiltWarehouse()
            .Add("a.txt", Department(2022, JinzhaiCode, 100m, 100m, 90m))
            .Add("b.txt", Department(2022, "341522", 100m, 100m, 99m))
            .Add("c.txt", Department(2022, "341523", 100m, 100m, 80m))
            .Build();

        var rows = warehouse.Query<(string County, long Rank, double PeerMedian)>(
            "select county_code, rank, peer_median from execution_rates order by rank");

        Assert.Equal(["341522", JinzhaiCode, "341523"], rows.Select(row => row.County));
        Assert.All(rows, row => Assert.Equal(0.9, row.PeerMedian, 6));
    }

    [Fact]
    public void IndicatorBelowTargetInTwoYears_IsARecurringGap()
    {
        var share = "重特大疾病医疗救助人次占直接救助人次比例";
        using var warehouse = new HandBuiltWarehouse()
            .Add("2021.txt", Project("医疗救助", 2021, ZengduCode, indicators: [Row(share, "≥28%", "17%")]))
            .Add("2022.txt", Project("医疗救助", 2022, ZengduCode, indicators: [Row(share, "≥28%", "25%")]))
            .Add("2022b.txt", Project("医疗救助", 2022, JinzhaiCode, indicators: [Row(share, "≥28%", "30%")]))
            .Build();

        var gaps = warehouse.Query<(string County, int Year, double Target, double Actual, long Years, bool Recurring)>(
            "select county_code, year, target_value, actual_value, years_below_target, is_recurring from recurring_gaps order by year");

        Assert.Equal(2, gaps.Count);
        Assert.All(gaps, gap => Assert.Equal((ZengduCode, 0.28, 2L, true), (gap.County, gap.Target, gap.Years, gap.Recurring)));
        Assert.Equal(0.17, gaps[0].Actual, 6);
    }

    [Fact]
    public void ScoreInflation_IsReportedMinusReference_OverComparableRows_RankedMostInflatedFirst()
    {
        using var warehouse = new HandBuiltWarehouse()
            .Add("a.txt", Project("甲", 2022, JinzhaiCode, execution: new Execution(1m, 10m, 10m), indicators: [Row("参保率", "≥90%", "45%", 10m, 10m), Row("满意度", "≥90%", null, 10m, 10m)]))
            .Add("b.txt", Project("乙", 2022, ZengduCode, execution: new Execution(1m, 10m, 10m), indicators: [Row("参保率", "≥90%", "90%", 10m, 10m)]))
            .Build();

        var rows = warehouse.Query<(string County, double Reported, double Reference, double Inflation, long Rank)>(
            "select county_code, score_reported, score_reference, inflation, rank from score_inflation order by rank");

        // 甲: 参保率 45% of 90% is worth 5, reported 10; 满意度 has no actual and is left out; execution row 10 against 10
        Assert.Equal((JinzhaiCode, 20.0, 15.0, 5.0, 1L), rows[0]);
        Assert.Equal((ZengduCode, 20.0, 20.0, 0.0, 2L), rows[1]);
    }

    [Fact]
    public void CopiedActuals_AndZeroExecutionWithAPositiveClaim_AreViolations()
    {
        var copied = Project("丙", indicators: [Row("甲", "及时", "及时"), Row("乙", "≥90%", "≥90%"), Row("丙", "全覆盖", "全覆盖")]);
        var idle = Project("管理站经费", budget: new Budget(null, 42m, 0m), execution: new Execution(null, null, null)) with
        {
            Kind = RecordKinds.EvaluationSummaryRow,
            Conclusion = "各管理站较好的完成了医疗保障工作任务。",
            Origin = RecordOrigins.Summary,
        };
        using var warehouse = new HandBuiltWarehouse().Add("a.txt", copied).Add("b.txt", idle).Build();

        var rules = warehouse.Query<(string Project, string Rule)>("select project, rule from rule_violations");

        Assert.Contains(("丙", "actual_copies_target"), rules);
        Assert.Contains(("管理站经费", "zero_execution_positive_claim"), rules);
    }
}

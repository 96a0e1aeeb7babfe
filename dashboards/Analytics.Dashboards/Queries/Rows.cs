using Analytics.Dashboards.Definitions;

namespace Analytics.Dashboards.Queries;

// Rows of the warehouse's public relations as pages show them; Dapper maps snake_case columns onto these properties.

/// <summary>A row of <c>evaluations</c>.</summary>
public sealed record EvaluationRow
{
    public string EvaluationId { get; init; } = "";
    public string? CountyCode { get; init; }
    public string? CountyName { get; init; }
    public string? ProvinceName { get; init; }
    public string? UnitName { get; init; }
    public int? Year { get; init; }
    public string Kind { get; init; } = "";
    public string? Project { get; init; }
    public string? ProjectCategory { get; init; }
    public double? BudgetInitial { get; init; }
    public double? BudgetAdjusted { get; init; }
    public double? BudgetExecuted { get; init; }
    public double? ExecutionRate { get; init; }
    public double? ExecutionRateVsInitial { get; init; }
    public double? ExecutionRateReported { get; init; }
    public double? TotalScoreReported { get; init; }
    public double? TotalScoreReference { get; init; }
    public string? SourceFile { get; init; }
    public int? FirstLine { get; init; }
    public int? LastLine { get; init; }

    public SourceRef? Source => SourceRef.Of(SourceFile, FirstLine, LastLine);

    /// <summary>The project, or what the record is about when it has none.</summary>
    public string Title => Project ?? KindLabel;

    public string KindLabel => Kind switch
    {
        "project_self_eval" => "项目支出绩效自评",
        "department_self_eval" => "部门整体绩效自评",
        "evaluation_summary_row" => "绩效评价汇总表",
        "final_accounts" => "部门决算",
        _ => Kind,
    };
}

/// <summary>A row of <c>indicator_results</c>.</summary>
public sealed record IndicatorRow
{
    public string EvaluationId { get; init; } = "";
    public string? CountyCode { get; init; }
    public string? CountyName { get; init; }
    public int? Year { get; init; }
    public string? Project { get; init; }
    public string IndicatorName { get; init; } = "";
    public string? IndicatorCode { get; init; }
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public string? TargetText { get; init; }
    public string? TargetOperator { get; init; }
    public double? TargetValue { get; init; }
    public string? ActualText { get; init; }
    public double? ActualValue { get; init; }
    public double? Weight { get; init; }
    public double? ScoreReported { get; init; }
    public double? ScoreReference { get; init; }
    public bool? IsTargetMet { get; init; }
    public string? SourceFile { get; init; }
    public int? FirstLine { get; init; }
    public int? LastLine { get; init; }

    public SourceRef? Source => SourceRef.Of(SourceFile, FirstLine, LastLine);

    /// <summary>
    /// How far the target was reached (<c>indicator_results.achievement</c>): actual ÷ target for a level to reach,
    /// target ÷ actual for a ceiling (≤), the smaller over the larger for an exact value; 1 is exactly on target. Null
    /// where the warehouse could not judge the row (values in units that do not compare, a qualitative target).
    /// </summary>
    public double? Achievement { get; init; }

    public string MetLabel => IsTargetMet switch
    {
        true => "达标",
        false => "未达标",
        null => "无法判断",
    };
}

/// <summary>A row of <c>rule_violations</c>.</summary>
public sealed record ViolationRow
{
    public string EvaluationId { get; init; } = "";
    public string? CountyCode { get; init; }
    public string? CountyName { get; init; }
    public int? Year { get; init; }
    public string? Project { get; init; }
    public string Rule { get; init; } = "";
    public string? Detail { get; init; }
    public string? IndicatorName { get; init; }
    public string? SourceFile { get; init; }
    public int? FirstLine { get; init; }

    public RuleDefinition Definition => Rules.Get(Rule);

    public SourceRef? Source => SourceRef.Of(SourceFile, FirstLine, FirstLine);
}

/// <summary>A row of <c>execution_rates</c>.</summary>
public sealed record CountyRateRow
{
    public string CountyCode { get; init; } = "";
    public string? CountyName { get; init; }
    public int Year { get; init; }
    public double? BudgetAdjusted { get; init; }
    public double? BudgetExecuted { get; init; }
    public double? ExecutionRate { get; init; }
    public double? BudgetInitial { get; init; }
    public double? ExecutionRateVsInitial { get; init; }
    public string? PefaBand { get; init; }
    public long? Rank { get; init; }
    public double? PeerMedian { get; init; }
}

/// <summary>A row of <c>recurring_gaps</c>.</summary>
public sealed record GapRow
{
    public string CountyCode { get; init; } = "";
    public string? CountyName { get; init; }
    public string IndicatorCode { get; init; } = "";
    public string? IndicatorName { get; init; }
    public int Year { get; init; }
    public double? TargetValue { get; init; }
    public double? ActualValue { get; init; }
    public long YearsBelowTarget { get; init; }
    public bool IsRecurring { get; init; }
    public string? TargetText { get; init; }
    public string? ActualText { get; init; }
    public long? CountiesBelowTargetInYear { get; init; }
    public string? SourceFile { get; init; }
    public int? SourceLine { get; init; }

    public SourceRef? Source => SourceRef.Of(SourceFile, SourceLine, SourceLine);
}

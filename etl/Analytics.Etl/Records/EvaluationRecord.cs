using System.Text.Json.Serialization;

namespace Analytics.Etl.Records;

/// <summary>One evaluation record as the extraction contract (docs/contract/evaluation-record.md) defines it.</summary>
public sealed record EvaluationRecord
{
    public required SourceRef Source { get; init; }
    public required string Kind { get; init; }
    public int? Year { get; init; }
    public UnitRef Unit { get; init; } = new(null, null, null);
    public string? ImplementingUnit { get; init; }
    public string? Project { get; init; }
    public Budget Budget { get; init; } = new(null, null, null);
    public Execution Execution { get; init; } = new(null, null, null);
    public decimal? TotalScoreReported { get; init; }
    public IReadOnlyList<IndicatorRow> Indicators { get; init; } = [];
    public FinalAccounts? FinalAccounts { get; init; }

    /// <summary>Beyond the contract: the 自评结论 a summary row states beside its money, as written.</summary>
    public string? Conclusion { get; init; }

    /// <summary>Beyond the contract: what the record was read from (<see cref="RecordOrigins"/>).</summary>
    public string? Origin { get; init; }

    /// <summary>Values the parser was unsure of: said here, never guessed.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The record with <paramref name="map"/> applied to every text it quotes from its document (unit, implementing
    /// unit, project, conclusion, and each indicator row's texts); numbers, codes and the county stay as they are.
    /// </summary>
    public EvaluationRecord WithTexts(Func<string?, string?> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with
        {
            Unit = Unit with { Name = map(Unit.Name) },
            ImplementingUnit = map(ImplementingUnit),
            Project = map(Project),
            Conclusion = map(Conclusion),
            Indicators = [.. Indicators.Select(row => row with
            {
                Level1 = map(row.Level1),
                Level2 = map(row.Level2),
                Name = map(row.Name) ?? row.Name,
                TargetText = map(row.TargetText),
                ActualText = map(row.ActualText),
                Note = map(row.Note),
                UnitText = map(row.UnitText),
                DirectionText = map(row.DirectionText),
            })],
        };
    }
}

/// <summary>Where a record stands: its file and line range; for PDF (page) and XLSX (sheet) also the pages those lines came from.</summary>
/// <param name="DecidedBy">
/// Lines outside <paramref name="FirstLine"/>–<paramref name="LastLine"/> that decided values (the 单位 line above the
/// table that says 元 or 万元): a change there changes the record's evidence. Left out of the JSON when there are none.
/// </param>
public sealed record SourceRef(
    string File,
    int FirstLine,
    int LastLine,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? FirstPage = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? LastPage = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? DecidedBy = null);

public sealed record UnitRef(string? Name, string? County, string? AdminCode);

public sealed record Budget(decimal? Initial, decimal? Adjusted, decimal? Executed);

public sealed record Execution(decimal? RateReported, decimal? Weight, decimal? ScoreReported);

public sealed record IndicatorRow
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public required string Name { get; init; }
    public string? TargetText { get; init; }
    public string? ActualText { get; init; }
    public decimal? Weight { get; init; }
    public decimal? ScoreReported { get; init; }
    public string? Note { get; init; }
    public string? UnitText { get; init; }
    public string? DirectionText { get; init; }
    public int? Line { get; init; }
}

public sealed record FinalAccounts
{
    public decimal? IncomeTotal { get; init; }
    public decimal? ExpenditureTotal { get; init; }
    public decimal? BasicExpenditure { get; init; }
    public decimal? ProjectExpenditure { get; init; }
    public decimal? PersonnelExpenditure { get; init; }
    public decimal? PublicExpenditure { get; init; }
    public decimal? CarryoverBegin { get; init; }
    public decimal? CarryoverEnd { get; init; }
    public decimal? ThreePublicTotal { get; init; }
}

public static class RecordOrigins
{
    public const string Table = "table";
    public const string Report = "report";
    public const string Summary = "summary";
    public const string FinalAccounts = "final_accounts";
}

public static class RecordKinds
{
    public const string ProjectSelfEval = "project_self_eval";
    public const string DepartmentSelfEval = "department_self_eval";
    public const string EvaluationSummaryRow = "evaluation_summary_row";
    public const string FinalAccounts = "final_accounts";
}

using Analytics.Etl.Records;
using Analytics.Generator.Content;

namespace Analytics.Generator.Rendering;

/// <summary>Which parts of a table a layout prints: what it does not print, the truth leaves null.</summary>
internal sealed record TruthView
{
    public bool Initial { get; init; } = true;

    public bool ExecutionWeight { get; init; } = true;

    public bool Weights { get; init; } = true;

    public bool Levels { get; init; } = true;

    public bool Implementing { get; init; } = true;

    public bool Notes { get; init; } = true;

    public bool UnitTexts { get; init; }

    public bool Directions { get; init; }

    /// <summary>Rows of a merged group whose one score is printed for all of them: weight and score null.</summary>
    public IReadOnlySet<int> MergedRows { get; init; } = new HashSet<int>();
}

/// <summary>Builds the records a hand-checker writes for what was printed (docs/contract/evaluation-record.md).</summary>
internal static class Truth
{
    public static EvaluationRecord Table(string file, TableSpec spec, int firstLine, int lastLine, TruthView view, IReadOnlyList<int> indicatorLines)
    {
        var indicators = new List<IndicatorRow>(spec.Indicators.Count);
        for (var i = 0; i < spec.Indicators.Count; i++)
        {
            var row = spec.Indicators[i];
            var merged = view.MergedRows.Contains(i);
            indicators.Add(new IndicatorRow
            {
                Level1 = view.Levels ? row.Level1 : null,
                Level2 = view.Levels ? row.Level2 : null,
                Name = row.Name,
                TargetText = row.Target,
                ActualText = row.Actual,
                Weight = view.Weights && !merged ? row.Weight : null,
                ScoreReported = merged ? null : row.Score,
                Note = view.Notes ? row.Note : null,
                UnitText = view.UnitTexts ? row.UnitText : null,
                DirectionText = view.Directions ? row.DirectionText : null,
                Line = i < indicatorLines.Count ? indicatorLines[i] : null,
            });
        }

        return new EvaluationRecord
        {
            Source = new SourceRef(file, firstLine, lastLine),
            Kind = spec.Department ? RecordKinds.DepartmentSelfEval : RecordKinds.ProjectSelfEval,
            Year = spec.Year,
            Unit = Unit(spec.UnitName, spec),
            ImplementingUnit = spec.Department || !view.Implementing ? null : spec.ImplementingUnit,
            Project = spec.Department ? null : spec.Project,
            Budget = new Budget(view.Initial ? spec.Initial : null, spec.Adjusted, spec.Executed),
            Execution = new Execution(spec.Rate, view.ExecutionWeight ? spec.ExecutionWeight : null, spec.ExecutionScore),
            TotalScoreReported = spec.Total,
            Indicators = indicators,
            Origin = RecordOrigins.Table,
        };
    }

    /// <summary>A prose 自评报告: money, rate and score as the text states them; no weights, no indicators.</summary>
    public static EvaluationRecord Report(string file, TableSpec spec, int firstLine, int lastLine, bool statesInitial) => new()
    {
        Source = new SourceRef(file, firstLine, lastLine),
        Kind = spec.Department ? RecordKinds.DepartmentSelfEval : RecordKinds.ProjectSelfEval,
        Year = spec.Year,
        Unit = Unit(spec.UnitName, spec),
        Project = spec.Department ? null : spec.Project,
        Budget = new Budget(statesInitial ? spec.Initial : null, spec.Adjusted, spec.Executed),
        Execution = new Execution(spec.Rate, null, null),
        TotalScoreReported = spec.Total,
        Origin = RecordOrigins.Report,
    };

    /// <summary>One row of a 绩效评价信息汇总表.</summary>
    public static EvaluationRecord SummaryRow(string file, TableSpec spec, string unitName, int firstLine, int lastLine, string conclusion) => new()
    {
        Source = new SourceRef(file, firstLine, lastLine),
        Kind = RecordKinds.EvaluationSummaryRow,
        Year = spec.Year,
        Unit = Unit(unitName, spec),
        Project = spec.Project,
        Budget = new Budget(null, spec.Adjusted, spec.Executed),
        Execution = new Execution(spec.Rate, null, null),
        TotalScoreReported = spec.Total,
        Conclusion = conclusion,
        Origin = RecordOrigins.Summary,
    };

    private static UnitRef Unit(string name, TableSpec spec) => new(name, spec.County.Name, spec.County.AdminCode);
}

using System.Text.Json;
using Analytics.Etl.Extraction;
using Analytics.Etl.Records;
using Analytics.Etl.Values;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Loading;

/// <summary>Appends a document's rows to the raw tables through DuckDB appenders, kept open across documents.</summary>
internal sealed class RawRowWriter(DuckDBConnection connection, int batchId, DateTime loadedAt) : IDisposable
{
    private DuckDBAppender? documents;
    private DuckDBAppender? records;
    private DuckDBAppender? indicators;
    private DuckDBAppender? finalAccounts;
    private DuckDBAppender? issues;

    // targets and actuals repeat across a batch ("100%", "及时", "≥95%"): each distinct text is parsed once
    private readonly Dictionary<string, MeasuredValue?> parsed = new(StringComparer.Ordinal);

    public void WriteDocument(SourceFile file, ExtractionResult result, string status, string? reason)
    {
        var recordCount = status == "loaded" ? result.Records.Count : 0;
        documents ??= connection.CreateAppender("raw_documents");
        documents.CreateRow()
            .AppendValue(file.FileName)
            .AppendValue(file.Sha256)
            .AppendValue((long?)file.Length)
            .AppendNullValue()
            .AppendValue(status)
            .AppendValue(reason)
            .AppendValue((int?)recordCount)
            .AppendValue((int?)batchId)
            .AppendValue((DateTime?)loadedAt)
            .EndRow();

        issues ??= connection.CreateAppender("raw_issues");
        foreach (var issue in result.Issues)
        {
            issues.CreateRow()
                .AppendValue(file.FileName)
                .AppendValue(file.Sha256)
                .AppendValue(issue.Line)
                .AppendValue(issue.Severity == IssueSeverity.Error ? "error" : "warning")
                .AppendValue(issue.Message)
                .EndRow();
        }

        if (status != "loaded")
        {
            return;
        }

        for (var index = 0; index < result.Records.Count; index++)
        {
            WriteRecord(file, index, result.Records[index]);
        }
    }

    /// <summary>Evaluation ids are stable across re-runs: the content hash and the record's position in the document.</summary>
    public static string EvaluationId(string sha256, int index) => $"{sha256[..16]}-{index}";

    private void WriteRecord(SourceFile file, int index, EvaluationRecord record)
    {
        var id = EvaluationId(file.Sha256, index);
        records ??= connection.CreateAppender("raw_records");
        records.CreateRow()
            .AppendValue(id)
            .AppendValue(file.FileName)
            .AppendValue(file.Sha256)
            .AppendValue((int?)index)
            .AppendValue(record.Kind)
            .AppendValue(record.Year)
            .AppendValue(record.Unit.Name)
            .AppendValue(record.Unit.County)
            .AppendValue(record.Unit.AdminCode)
            .AppendValue(record.ImplementingUnit)
            .AppendValue(record.Project)
            .AppendValue(ToDouble(record.Budget.Initial))
            .AppendValue(ToDouble(record.Budget.Adjusted))
            .AppendValue(ToDouble(record.Budget.Executed))
            .AppendValue(ToDouble(record.Execution.RateReported))
            .AppendValue(ToDouble(record.Execution.Weight))
            .AppendValue(ToDouble(record.Execution.ScoreReported))
            .AppendValue(ToDouble(record.TotalScoreReported))
            .AppendValue((int?)record.Source.FirstLine)
            .AppendValue((int?)record.Source.LastLine)
            .AppendValue(record.Warnings.Count == 0 ? null : JsonSerializer.Serialize(record.Warnings, RecordJson.Options))
            .AppendValue((int?)batchId)
            .AppendValue(record.Conclusion)
            .AppendValue(record.Origin)
            .AppendValue(record.Source.FirstPage)
            .AppendValue(record.Source.LastPage)
            .EndRow();

        indicators ??= connection.CreateAppender("raw_indicators");
        for (var position = 0; position < record.Indicators.Count; position++)
        {
            var row = record.Indicators[position];
            var target = Parse(row.TargetText);
            var actual = Parse(row.ActualText);
            indicators.CreateRow()
                .AppendValue(id)
                .AppendValue((int?)position)
                .AppendValue(row.Level1)
                .AppendValue(row.Level2)
                .AppendValue(row.Name)
                .AppendValue(row.TargetText)
                .AppendValue(row.ActualText)
                .AppendValue(ToDouble(row.Weight))
                .AppendValue(ToDouble(row.ScoreReported))
                .AppendValue(row.Note)
                .AppendValue(row.UnitText)
                .AppendValue(row.DirectionText)
                .AppendValue(row.Line)
                .AppendValue(Operator(target, row.DirectionText))
                .AppendValue(ToDouble(target?.Value))
                .AppendValue(target?.Unit)
                .AppendValue(Level(target))
                .AppendValue(actual?.Operator)
                .AppendValue(ToDouble(actual?.Value))
                .AppendValue(actual?.Unit)
                .AppendValue(Level(actual))
                .EndRow();
        }

        if (record.FinalAccounts is { } accounts)
        {
            finalAccounts ??= connection.CreateAppender("raw_final_accounts");
            finalAccounts.CreateRow()
                .AppendValue(id)
                .AppendValue(ToDouble(accounts.IncomeTotal))
                .AppendValue(ToDouble(accounts.ExpenditureTotal))
                .AppendValue(ToDouble(accounts.BasicExpenditure))
                .AppendValue(ToDouble(accounts.ProjectExpenditure))
                .AppendValue(ToDouble(accounts.PersonnelExpenditure))
                .AppendValue(ToDouble(accounts.PublicExpenditure))
                .AppendValue(ToDouble(accounts.CarryoverBegin))
                .AppendValue(ToDouble(accounts.CarryoverEnd))
                .AppendValue(ToDouble(accounts.ThreePublicTotal))
                .EndRow();
        }
    }

    private MeasuredValue? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!parsed.TryGetValue(text, out var value))
        {
            value = ValueParser.Parse(text);
            if (parsed.Count < 100_000)
            {
                parsed[text] = value;
            }
        }

        return value;
    }

    /// <summary>
    /// A bare number as a target ("140") states no comparison: it is read as a level to reach (≥), unless the
    /// table's 指标性质 column says otherwise. Qualitative targets have no operator.
    /// </summary>
    private string? Operator(MeasuredValue? target, string? directionText)
    {
        if (target is null || target.Value is null)
        {
            return null;
        }

        if (target.Operator is { } stated)
        {
            return stated;
        }

        return Parse(directionText)?.Operator ?? directionText?.Trim() switch
        {
            "≤" or "<=" or "反向" => "<=",
            "=" or "＝" => "=",
            _ => ">=",
        };
    }

    private static string? Level(MeasuredValue? value) => value?.Level switch
    {
        QualitativeLevel.Achieved => "achieved",
        QualitativeLevel.Partial => "partial",
        QualitativeLevel.NotAchieved => "not_achieved",
        _ => null,
    };

    private static double? ToDouble(decimal? value) => value is { } number ? (double)number : null;

    /// <summary>Closes the open appenders so their rows are visible to the next statement.</summary>
    public void Flush()
    {
        foreach (var appender in new[] { documents, records, indicators, finalAccounts, issues })
        {
            appender?.Dispose();
        }

        documents = records = indicators = finalAccounts = issues = null;
    }

    public void Dispose() => Flush();
}

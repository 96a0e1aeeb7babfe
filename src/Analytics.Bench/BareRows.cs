using Analytics.Etl.Records;
using Analytics.Etl.Values;
using Analytics.Warehouse.Loading;
using DuckDB.NET.Data;

namespace Analytics.Bench;

/// <summary>
/// The rows the loader would write, computed beforehand (ids, parsed targets and actuals, JSON warnings), so that
/// appending them measures the appender alone: the floor the loader is compared with.
/// </summary>
internal sealed class BareRows
{
    private readonly Dictionary<string, List<object?[]>> tables = new(StringComparer.Ordinal)
    {
        ["raw_documents"] = [],
        ["raw_records"] = [],
        ["raw_indicators"] = [],
        ["raw_final_accounts"] = [],
    };

    public static BareRows From(IEnumerable<(SourceFile File, List<EvaluationRecord> Records)> documents)
    {
        var rows = new BareRows();
        var loadedAt = DateTime.UtcNow;
        foreach (var (file, records) in documents)
        {
            rows.tables["raw_documents"].Add([file.FileName, file.Sha256, file.Bytes.LongLength, null, "loaded", null, records.Count, 1, loadedAt]);
            for (var index = 0; index < records.Count; index++)
            {
                var record = records[index];
                var id = RawRowWriter.EvaluationId(file.Sha256, index);
                rows.tables["raw_records"].Add(
                [
                    id, file.FileName, file.Sha256, index, record.Kind, record.Year, record.Unit.Name, record.Unit.County, record.Unit.AdminCode,
                    record.ImplementingUnit, record.Project, D(record.Budget.Initial), D(record.Budget.Adjusted), D(record.Budget.Executed),
                    D(record.Execution.RateReported), D(record.Execution.Weight), D(record.Execution.ScoreReported), D(record.TotalScoreReported),
                    record.Source.FirstLine, record.Source.LastLine,
                    record.Warnings.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(record.Warnings, RecordJson.Options),
                    1, record.Conclusion, record.Origin, record.Source.FirstPage, record.Source.LastPage,
                ]);
                for (var position = 0; position < record.Indicators.Count; position++)
                {
                    var row = record.Indicators[position];
                    var target = ValueParser.Parse(row.TargetText);
                    var actual = ValueParser.Parse(row.ActualText);
                    rows.tables["raw_indicators"].Add(
                    [
                        id, position, row.Level1, row.Level2, row.Name, row.TargetText, row.ActualText, D(row.Weight), D(row.ScoreReported),
                        row.Note, row.UnitText, row.DirectionText, row.Line, target?.Operator ?? (target?.Value is null ? null : ">="),
                        D(target?.Value), target?.Unit, target?.Level?.ToString(), actual?.Operator, D(actual?.Value), actual?.Unit, actual?.Level?.ToString(),
                    ]);
                }

                if (record.FinalAccounts is { } accounts)
                {
                    rows.tables["raw_final_accounts"].Add(
                    [
                        id, D(accounts.IncomeTotal), D(accounts.ExpenditureTotal), D(accounts.BasicExpenditure), D(accounts.ProjectExpenditure),
                        D(accounts.PersonnelExpenditure), D(accounts.PublicExpenditure), D(accounts.CarryoverBegin), D(accounts.CarryoverEnd), D(accounts.ThreePublicTotal),
                    ]);
                }
            }
        }

        return rows;
    }

    public void Append(DuckDBConnection connection)
    {
        foreach (var (table, rows) in tables)
        {
            using var appender = connection.CreateAppender(table);
            foreach (var values in rows)
            {
                var row = appender.CreateRow();
                foreach (var value in values)
                {
                    _ = value switch
                    {
                        null => row.AppendNullValue(),
                        string text => row.AppendValue(text),
                        int number => row.AppendValue((int?)number),
                        long number => row.AppendValue((long?)number),
                        double number => row.AppendValue((double?)number),
                        DateTime time => row.AppendValue((DateTime?)time),
                        _ => throw new InvalidOperationException($"no appender overload for {value.GetType()}"),
                    };
                }

                row.EndRow();
            }
        }
    }

    private static double? D(decimal? value) => value is { } number ? (double)number : null;
}

using System.Text.Json;
using Analytics.Warehouse.Querying;

namespace Analytics.Dashboards.Queries;

/// <summary>A row of <c>documents</c>.</summary>
public sealed record DocumentRow
{
    public string FileName { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Reason { get; init; }
    public long RecordCount { get; init; }
    public DateTime? LoadedAt { get; init; }
    public string? Encoding { get; init; }
    public long? ByteCount { get; init; }

    public bool IsQuarantined => Status == "quarantined";

    public string StatusLabel => Status switch
    {
        "loaded" => "已入库",
        "quarantined" => "已隔离",
        _ => Status,
    };
}

/// <summary>A problem met reading a document (<c>raw_issues</c>) or a warning on one of its records.</summary>
public sealed record WarningRow
{
    public string FileName { get; init; } = "";
    public int? Line { get; init; }
    public string Severity { get; init; } = "";
    public string Message { get; init; } = "";
    public string? EvaluationId { get; init; }
    public string? Project { get; init; }

    public SourceRef? Source => SourceRef.Of(FileName, Line, Line);
}

/// <summary>A record's warnings as loaded: a JSON list of strings in <c>raw_records.warnings</c>.</summary>
public sealed record RecordWarnings
{
    public string EvaluationId { get; init; } = "";
    public string FileName { get; init; } = "";
    public string? Project { get; init; }
    public string? Warnings { get; init; }
    public int? FirstLine { get; init; }
}

/// <summary>A row of <c>raw_data_test_results</c>.</summary>
public sealed record DataTestRow
{
    public DateTime RunAt { get; init; }
    public string TestName { get; init; } = "";
    public long FailingRows { get; init; }
    public bool Passed { get; init; }
}

public sealed record QualityPage(
    IReadOnlyList<DocumentRow> Documents,
    IReadOnlyList<WarningRow> Warnings,
    IReadOnlyList<DataTestRow> Tests);

/// <summary>Data quality (<c>/quality</c>): documents and their quarantine reasons, warnings, the latest data-test run.</summary>
public sealed class QualityQueries(WarehouseReader reader)
{
    public async Task<QualityPage> LoadAsync()
    {
        var documents = await reader.RowsAsync<DocumentRow>(
            """
            select file_name, status, reason, record_count, loaded_at, encoding, byte_count
            from documents
            order by status desc, file_name
            """);
        var issues = await reader.RowsAsync<WarningRow>(
            "select file_name, line, severity, message from raw_issues order by file_name, line nulls first");
        var recordWarnings = await reader.RowsAsync<RecordWarnings>(
            """
            select evaluation_id, file_name, project, warnings, first_line
            from raw_records
            where warnings is not null and warnings <> '[]'
            order by file_name, record_index
            """);
        var tests = await reader.RowsAsync<DataTestRow>(
            """
            select run_at, test_name, failing_rows, passed
            from raw_data_test_results
            where run_at = (select max(run_at) from raw_data_test_results)
            order by passed, test_name
            """);

        var warnings = issues.Concat(recordWarnings.SelectMany(Expand)).ToList();
        return new QualityPage(documents, warnings, tests);
    }

    private static IEnumerable<WarningRow> Expand(RecordWarnings record)
    {
        string[] messages;
        try
        {
            messages = JsonSerializer.Deserialize<string[]>(record.Warnings ?? "[]") ?? [];
        }
        catch (JsonException)
        {
            messages = [record.Warnings ?? ""];
        }

        foreach (var message in messages)
        {
            yield return new WarningRow
            {
                FileName = record.FileName,
                Line = LineOf(message) ?? record.FirstLine,
                Severity = "warning",
                Message = message,
                EvaluationId = record.EvaluationId,
                Project = record.Project,
            };
        }
    }

    /// <summary>Extraction warnings start with "line N:" when they are about one line.</summary>
    private static int? LineOf(string message) =>
        message.StartsWith("line ", StringComparison.Ordinal)
        && message.IndexOf(':', StringComparison.Ordinal) is > 5 and var colon
        && int.TryParse(message.AsSpan(5, colon - 5), out var line)
            ? line
            : null;
}

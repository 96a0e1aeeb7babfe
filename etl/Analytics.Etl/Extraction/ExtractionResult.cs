using Analytics.Etl.Records;

namespace Analytics.Etl.Extraction;

/// <summary>What one document gave: its records, and the problems met on the way (as values, never thrown).</summary>
public sealed record ExtractionResult(string FileName, IReadOnlyList<EvaluationRecord> Records, IReadOnlyList<ParseIssue> Issues)
{
    /// <summary>The document's lines, only when a worker was asked for them (to show a source, not to load it).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Normalizing.SourceLine>? Lines { get; init; }

    /// <summary>False when the document could not be read at all (it belongs in quarantine).</summary>
    public bool IsReadable => !Issues.Any(issue => issue.Severity == IssueSeverity.Error);

    /// <summary>Why a document gave nothing usable, for the quarantine; null when it did.</summary>
    public string? QuarantineReason =>
        Issues.FirstOrDefault(issue => issue.Severity == IssueSeverity.Error)?.Message
        ?? (Records.Count == 0 ? "no evaluation record found" : null);
}

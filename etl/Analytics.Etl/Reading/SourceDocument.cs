using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Reading;

/// <summary>
/// A source file as read from disk: its name (without folders), its numbered lines, the detected
/// encoding and the issues found while reading. Lines are as decoded, not yet normalized.
/// </summary>
public sealed record SourceDocument(
    string FileName,
    IReadOnlyList<SourceLine> Lines,
    string EncodingName,
    IReadOnlyList<ParseIssue> Issues)
{
    /// <summary>False when reading produced an Error issue (e.g. binary content): quarantine the file.</summary>
    public bool IsReadable => !Issues.Any(issue => issue.Severity == IssueSeverity.Error);
}

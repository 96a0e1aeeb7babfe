namespace Analytics.Etl.Reading.Formats;

/// <summary>One line a PDF, DOCX or XLSX reader produced: a paragraph, or a table row as tab-separated cells.</summary>
/// <param name="Text">The line's text; table cells joined by tabs, line breaks inside a cell replaced by spaces.</param>
/// <param name="Page">The 1-based page (PDF) or sheet (XLSX) it came from; null for DOCX.</param>
public readonly record struct ReadLine(string Text, int? Page = null);

/// <summary>
/// What a document reader produced: its lines in reading order, warnings about what it could not read well, or the
/// reason it could not read the document at all (the document is then quarantined with that reason).
/// </summary>
public sealed record ReadOutcome(IReadOnlyList<ReadLine> Lines, IReadOnlyList<string> Warnings, string? Error)
{
    public static ReadOutcome Failed(string reason) => new([], [], reason);

    public static ReadOutcome Read(IReadOnlyList<ReadLine> lines, IReadOnlyList<string>? warnings = null) => new(lines, warnings ?? [], null);
}

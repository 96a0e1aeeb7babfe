namespace Analytics.Etl.Normalizing;

/// <summary>
/// One line of a source text with its 1-based line number in the text; for PDF, DOCX and XLSX the text is the one
/// the reader produced (table rows as tab-separated cells) and <paramref name="Page"/> is the page (PDF) or sheet (XLSX) it came from.
/// </summary>
public readonly record struct SourceLine(int Number, string Text, int? Page = null)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

using Analytics.Etl.Normalizing;
using Analytics.Etl.Reading.Formats;
using Analytics.Etl.Reading.Office;
using Analytics.Etl.Reading.Pdf;
using Analytics.Etl.Records;

namespace Analytics.Etl.Reading;

/// <summary>
/// Reads a file into a <see cref="SourceDocument"/>: text in any of its encodings, or the text a PDF, DOCX or XLSX
/// reader produced (the format is told from the bytes, not the name). Bad content never throws: it is reported as
/// issues (an empty file is a Warning; binary, encrypted, corrupt or over-limit content is an Error and leaves no lines).
/// </summary>
public static class SourceReader
{
    /// <summary>Reads the file at <paramref name="path"/>; I/O errors (e.g. a missing file) propagate.</summary>
    public static SourceDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        return Read(path, bytes);
    }

    /// <summary>Reads already loaded bytes; <paramref name="fileName"/> may include folders, they are dropped.</summary>
    public static SourceDocument Read(string fileName, byte[] bytes) => Read(fileName, bytes, ReaderLimits.Default);

    /// <summary>
    /// Reads already loaded bytes under the given limits for PDF, DOCX and XLSX (an array: the PDF and zip readers work
    /// on the bytes as they are, without a copy).
    /// </summary>
    public static SourceDocument Read(string fileName, byte[] bytes, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        var name = FileNameOnly(fileName);
        var issues = new List<ParseIssue>();

        if (bytes.Length == 0)
        {
            issues.Add(new ParseIssue(name, null, "empty file"));
            return new SourceDocument(name, [], TextDecoder.Utf8Name, issues);
        }

        switch (FormatSniffer.Detect(bytes))
        {
            case SourceFormat.Pdf:
                return FromOutcome(name, "pdf", PdfTextReader.Read(bytes, limits));
            case SourceFormat.Zip:
                var (format, outcome) = OfficeReader.Read(bytes, limits);
                return FromOutcome(name, format, outcome);
            case SourceFormat.OfficeBinary:
                issues.Add(new ParseIssue(
                    name,
                    null,
                    "a password-protected Office file or a legacy .doc/.xls: save it as .docx/.xlsx without a password",
                    IssueSeverity.Error));
                return new SourceDocument(name, [], "ole", issues);
            default:
                break;
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.IsBinary)
        {
            var reason = decoded.Warnings.Count > 0 ? string.Join("; ", decoded.Warnings) : "binary content";
            issues.Add(new ParseIssue(name, null, $"not a text document: {reason}", IssueSeverity.Error));
            return new SourceDocument(name, [], decoded.EncodingName, issues);
        }

        foreach (var warning in decoded.Warnings)
        {
            issues.Add(new ParseIssue(name, null, warning));
        }

        var lines = NonTextCharacters.Drop(name, LineSplitter.Split(decoded.Text), issues);
        if (lines.Count == 0)
        {
            issues.Add(new ParseIssue(name, null, "empty file"));
        }
        else if (lines.All(line => line.IsBlank))
        {
            issues.Add(new ParseIssue(name, null, "empty file: only white space"));
        }

        return new SourceDocument(name, lines, decoded.EncodingName, issues);
    }

    /// <summary>Numbers a reader's lines 1..N in reading order; its error or an empty text is the document's Error.</summary>
    private static SourceDocument FromOutcome(string name, string format, ReadOutcome outcome)
    {
        var issues = outcome.Warnings.Select(warning => new ParseIssue(name, null, warning)).ToList();
        if (outcome.Error is { } error)
        {
            issues.Add(new ParseIssue(name, null, error, IssueSeverity.Error));
            return new SourceDocument(name, [], format, issues);
        }

        var numbered = new List<SourceLine>(outcome.Lines.Count);
        for (var index = 0; index < outcome.Lines.Count; index++)
        {
            numbered.Add(new SourceLine(index + 1, outcome.Lines[index].Text, outcome.Lines[index].Page));
        }

        var lines = NonTextCharacters.Drop(name, numbered, issues);

        if (lines.All(line => line.IsBlank))
        {
            issues.Add(new ParseIssue(name, null, $"no text in this {format} file", IssueSeverity.Error));
        }

        return new SourceDocument(name, lines, format, issues);
    }

    /// <summary>The last path segment; splits on both '/' and '\' so Windows paths work on Linux too.</summary>
    internal static string FileNameOnly(string path)
    {
        var cut = path.AsSpan().LastIndexOfAny('/', '\\');
        return cut < 0 ? path : path[(cut + 1)..];
    }
}

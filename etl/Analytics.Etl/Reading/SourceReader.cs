using Analytics.Etl.Records;

namespace Analytics.Etl.Reading;

/// <summary>
/// Reads a file into a <see cref="SourceDocument"/>. Bad content never throws: it is reported as
/// issues (an empty file is a Warning, binary or undecodable content is an Error and leaves no lines).
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
    public static SourceDocument Read(string fileName, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = FileNameOnly(fileName);
        var issues = new List<ParseIssue>();

        if (bytes.IsEmpty)
        {
            issues.Add(new ParseIssue(name, null, "empty file"));
            return new SourceDocument(name, [], TextDecoder.Utf8Name, issues);
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

        var lines = LineSplitter.Split(decoded.Text);
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

    /// <summary>The last path segment; splits on both '/' and '\' so Windows paths work on Linux too.</summary>
    private static string FileNameOnly(string path)
    {
        var cut = path.AsSpan().LastIndexOfAny('/', '\\');
        return cut < 0 ? path : path[(cut + 1)..];
    }
}

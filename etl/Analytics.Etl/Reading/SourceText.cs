using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Reading;

/// <summary>A file's lines as its reader gives them, or why there are none.</summary>
public sealed record SourceText(IReadOnlyList<SourceLine> Lines, string? Problem);

/// <summary>
/// Reads a source file's lines to show them (the dashboards' source panel). A host that serves untrusted files uses
/// <see cref="Isolation.IsolatedExtractor"/>, which reads them in a worker process under the time and memory limits;
/// <see cref="InProcessSourceText"/> is for tools and tests that read trusted files.
/// </summary>
public interface ISourceTextReader
{
    SourceText ReadLines(string fileName, byte[] bytes);
}

/// <summary>Reads in the calling process: only for files already trusted (tests, command-line tools).</summary>
public sealed class InProcessSourceText : ISourceTextReader
{
    public SourceText ReadLines(string fileName, byte[] bytes)
    {
        var document = SourceReader.Read(fileName, bytes);
        return new SourceText(document.Lines, document.Lines.Count == 0 && document.Issues.Count > 0 ? document.Issues[0].Message : null);
    }
}

using Analytics.Etl.Normalizing;
using Analytics.Etl.Reading;

namespace Analytics.Cli;

/// <summary>
/// <c>text &lt;file&gt; [--raw]</c>: the numbered lines the extractor reads from a report (a PDF's, Word's or Excel's
/// text as its reader lays it out, normalized unless <c>--raw</c>): the lines a record's provenance cites.
/// </summary>
public static class TextCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var raw = args.Contains("--raw", StringComparer.Ordinal);
        var options = Options.Parse([.. args.Where(arg => arg != "--raw")]);
        if (options.Error is not null || options.Positional is not [var path])
        {
            await errors.WriteLineAsync(options.Error ?? "text: give one report file (and --raw for the lines before normalizing)");
            return 2;
        }

        if (!File.Exists(path))
        {
            await errors.WriteLineAsync($"text: no such file: {path}");
            return 2;
        }

        var document = SourceReader.Read(path);
        foreach (var issue in document.Issues)
        {
            await errors.WriteLineAsync($"{issue.Severity}: {issue.Message}");
        }

        var lines = raw ? document.Lines : TextNormalizer.Default.Normalize(document.Lines);
        foreach (var line in lines)
        {
            await output.WriteLineAsync($"{line.Number,5}  {line.Text}");
        }

        return document.IsReadable ? 0 : 1;
    }
}

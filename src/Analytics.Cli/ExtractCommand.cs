using System.Diagnostics;
using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Records;

namespace Analytics.Cli;

/// <summary>
/// <c>extract &lt;file-or-folder&gt; [--out FILE]</c>: records as JSON Lines on stdout or in FILE; every problem on
/// stderr; exit 0 when every file was read, 1 when some could not be, 2 on a usage error.
/// </summary>
public static class ExtractCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        string? input = null;
        string? outPath = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length)
            {
                outPath = args[++i];
            }
            else if (input is null && !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                input = args[i];
            }
            else
            {
                await errors.WriteLineAsync($"extract: unexpected argument '{args[i]}'");
                return 2;
            }
        }

        if (input is null)
        {
            await errors.WriteLineAsync("extract: give a file or a folder of reports");
            return 2;
        }

        var files = InputFiles.List(input);
        if (files is null)
        {
            await errors.WriteLineAsync($"extract: no such file or folder: {input}");
            return 2;
        }

        var extractor = Extractor.CreateDefault();
        var clock = Stopwatch.StartNew();
        var unreadable = 0;
        var recordCount = 0;
        if (outPath is not null && Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var fileWriter = outPath is null ? null : new StreamWriter(outPath, append: false, new UTF8Encoding(false));
        var writer = fileWriter ?? output;
        foreach (var file in files)
        {
            var result = extractor.ExtractFile(file);
            foreach (var record in result.Records)
            {
                await writer.WriteLineAsync(RecordJson.ToJsonLine(record));
                recordCount++;
            }

            foreach (var issue in result.Issues)
            {
                await errors.WriteLineAsync($"{(issue.Severity == IssueSeverity.Error ? "error" : "warning")}: {issue}");
            }

            if (!result.IsReadable || result.Records.Count == 0)
            {
                unreadable++;
                await errors.WriteLineAsync($"skipped {result.FileName}: {result.QuarantineReason}");
            }
        }

        await errors.WriteLineAsync($"extract: {files.Count} file(s), {recordCount} record(s), {unreadable} not read, {clock.Elapsed.TotalSeconds:0.00}s");
        return unreadable == 0 ? 0 : 1;
    }
}

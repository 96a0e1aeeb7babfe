using System.Diagnostics;
using Analytics.Etl.Extraction;
using Analytics.Etl.Scoring;

namespace Analytics.Cli;

/// <summary>
/// <c>accuracy &lt;reports-folder&gt; &lt;truth-folder-or-file&gt; [--json] [--quiet]</c>: extracts every report and scores
/// the records against the truth the way the contract's compare_records.py does (record recall, field accuracy,
/// every mismatch). Exit 0 when it ran; the numbers are the result.
/// </summary>
public static class AccuracyCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var flags = args.Where(arg => arg is "--json" or "--quiet").ToHashSet(StringComparer.Ordinal);
        var positional = args.Where(arg => !flags.Contains(arg)).ToList();
        if (positional.Count != 2 || positional.Any(arg => arg.StartsWith("--", StringComparison.Ordinal)))
        {
            await errors.WriteLineAsync("accuracy: give a folder of reports and the folder (or file) of their true records");
            return 2;
        }

        var files = InputFiles.List(positional[0]);
        if (files is null || !(Directory.Exists(positional[1]) || File.Exists(positional[1])))
        {
            await errors.WriteLineAsync($"accuracy: no such folder: {(files is null ? positional[0] : positional[1])}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var extractor = Extractor.CreateDefault();
        var records = files.SelectMany(file => extractor.ExtractFile(file).Records).ToList();
        var comparison = RecordComparer.Compare(RecordComparer.LoadGold(positional[1]), RecordComparer.FromRecords(records));

        if (flags.Contains("--json"))
        {
            await output.WriteLineAsync(
                $$"""{"documents": {{files.Count}}, "gold_records": {{comparison.GoldRecords}}, "matched_records": {{comparison.MatchedRecords}}, "extra_records": {{comparison.ExtraRecords}}, "fields_correct": {{comparison.FieldsCorrect}}, "fields_total": {{comparison.FieldsTotal}}, "accuracy": {{comparison.Accuracy.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)}}, "seconds": {{clock.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}}}""");
        }

        if (!flags.Contains("--quiet"))
        {
            foreach (var mismatch in comparison.Mismatches)
            {
                await output.WriteLineAsync(mismatch);
            }
        }

        await output.WriteLineAsync($"{files.Count} document(s): {comparison.Summary}");
        return 0;
    }
}

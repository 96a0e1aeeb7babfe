using System.Globalization;
using System.Text.Json;
using Analytics.Etl.Extraction;
using Analytics.Etl.Isolation;
using Analytics.Generator.Fuzzing;
using Analytics.Generator.Metamorphic;

namespace Analytics.Cli;

/// <summary>
/// <c>fuzz [--seed N] [--count N] [--workers K] [--time-limit S] [--out DIR] [--root DIR] [--json]</c>: reads seeded
/// mutants of every fixture through worker processes, as the hosts do, and counts what became of them. Crashes,
/// documents past the limit and parser exceptions are findings, saved under --out. Exit 0 when there were none, 1
/// when there were, 2 on a usage error.
/// </summary>
public static class FuzzCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var json = args.Contains("--json", StringComparer.Ordinal);
        var options = Options.Parse([.. args.Where(arg => arg != "--json")], "seed", "count", "workers", "time-limit", "out", "root");
        var root = options.Get("root") ?? MetamorphicCorpus.RepositoryRoot(Directory.GetCurrentDirectory());
        if (options.Error is not null || options.Positional.Count != 0 || root is null)
        {
            await errors.WriteLineAsync(options.Error ?? "fuzz: run inside the repository or give --root DIR");
            return 2;
        }

        if (WorkerCommand.ForThisProgram() is not { } worker)
        {
            await errors.WriteLineAsync("fuzz: this program cannot start itself as an extraction worker");
            return 2;
        }

        int seed, count, workers;
        double limit;
        try
        {
            seed = Number(options.Get("seed")) ?? 1;
            count = Number(options.Get("count")) ?? 1000;
            workers = Number(options.Get("workers")) ?? Environment.ProcessorCount;
            limit = options.Get("time-limit") is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : 10;
        }
        catch (FormatException error)
        {
            await errors.WriteLineAsync($"fuzz: {error.Message}");
            return 2;
        }

        var corpus = FuzzRunner.Corpus(root);
        await errors.WriteLineAsync($"fuzz: seed {seed}, {count} mutant(s) of {corpus.Count} fixture(s), {workers} worker(s), {limit:0.###} s limit");
        FuzzReport report;
        int left;
        using (var extractor = new IsolatedExtractor(worker, new ExtractorOptions { TimeLimit = TimeSpan.FromSeconds(limit) }))
        {
            report = new FuzzRunner(extractor, corpus).Run(seed, count, workers, options.Get("out"), new Progress(errors));
        }

        left = WorkersStillRunning();
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { report, workers_left_running = left }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
        else
        {
            await output.WriteLineAsync($"fuzz: {report.Documents} document(s) in {report.Elapsed.TotalSeconds:0.0} s ({report.Documents / Math.Max(0.001, report.Elapsed.TotalSeconds):0} a second), seed {report.Seed}");
            foreach (var outcome in Enum.GetValues<FuzzOutcome>())
            {
                await output.WriteLineAsync($"  {outcome}: {report.Outcomes.GetValueOrDefault(outcome)}");
            }

            await output.WriteLineAsync($"  peak worker memory: {report.PeakWorkerBytes / 1024 / 1024} MB; workers started: {report.WorkersStarted}; still running after the run: {left}");
            foreach (var finding in report.Findings.Take(50))
            {
                await output.WriteLineAsync($"  finding #{finding.Index} ({finding.Original}, {finding.Mutations}): {finding.Outcome}: {finding.Reason}");
            }
        }

        return report.Findings.Count == 0 && left == 0 ? 0 : 1;
    }

    /// <summary>Worker processes of this process still alive (after dispose there must be none).</summary>
    private static int WorkersStillRunning()
    {
        var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var count = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc").Where(folder => int.TryParse(Path.GetFileName(folder), out _)))
        {
            try
            {
                var status = File.ReadAllLines(Path.Combine(folder, "status"));
                var parent = status.FirstOrDefault(line => line.StartsWith("PPid:", StringComparison.Ordinal))?[5..].Trim();
                if (parent == self && File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(ExtractionWorker.Argument, StringComparison.Ordinal))
                {
                    count++;
                }
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
        }

        return count;
    }

    private static int? Number(string? text) => text is null ? null : int.Parse(text, CultureInfo.InvariantCulture);

    private sealed class Progress(TextWriter errors) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (errors)
            {
                errors.WriteLine($"fuzz: {value}");
                errors.Flush();
            }
        }
    }
}

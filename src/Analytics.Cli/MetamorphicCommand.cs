using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Analytics.Etl.Extraction;
using Analytics.Generator.Metamorphic;

namespace Analytics.Cli;

/// <summary>
/// <c>metamorphic [--seed N] [--combinations K] [--examples N] [--json] [--root DIR]</c>: applies every
/// meaning-preserving transformation to every gold document and compares the records with those of the original
/// text; prints per transformation the documents it applied to, fields compared, changed and became-null, and rates.
/// Exit 0 when it ran; the numbers are the result.
/// </summary>
public static class MetamorphicCommand
{
    private const int CombinationSize = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var json = args.Contains("--json", StringComparer.Ordinal);
        var options = Options.Parse([.. args.Where(arg => arg != "--json")], "seed", "combinations", "examples", "root", "show", "document");
        var root = options.Get("root") ?? MetamorphicCorpus.RepositoryRoot(Directory.GetCurrentDirectory());
        if (options.Error is not null || options.Positional.Count != 0 || root is null)
        {
            await errors.WriteLineAsync(options.Error ?? (root is null ? "metamorphic: run inside the repository or give --root DIR" : "metamorphic: takes no positional argument"));
            return 2;
        }

        int seed, combinations, examples;
        try
        {
            seed = Int(options.Get("seed")) ?? 1;
            combinations = Int(options.Get("combinations")) ?? 5;
            examples = Int(options.Get("examples")) ?? 3;
        }
        catch (FormatException error)
        {
            await errors.WriteLineAsync($"metamorphic: {error.Message}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var runner = new MetamorphicRunner(Extractor.CreateDefault(), MetamorphicCorpus.Find(root));
        if (options.Get("show") is { } show)
        {
            return await ShowAsync(runner, show, options.Get("document"), seed, output, errors);
        }

        var reports = Catalog.All.Select(transformation => runner.Run(transformation, seed)).ToList();
        if (combinations > 0)
        {
            reports.Add(runner.RunCombinations([.. Enumerable.Range(seed, combinations)], CombinationSize));
        }

        var overall = reports.Aggregate(FieldTally.Empty, (sum, report) => sum.Add(report.Tally));
        if (json)
        {
            await output.WriteLineAsync(Json(reports, overall, runner.Documents.Count, clock.Elapsed));
            return 0;
        }

        await output.WriteLineAsync($"{runner.Documents.Count} gold document(s), seed {seed}");
        await output.WriteLineAsync($"{"transformation",-36} {"applied",8} {"fields",8} {"changed",8} {"nulled",8} {"changed%",9} {"null%",7}");
        foreach (var report in reports)
        {
            await output.WriteLineAsync(Row(report.Name, $"{report.Applied}/{report.Documents}", report.Tally));
            foreach (var change in Examples(report.Tally, examples))
            {
                await output.WriteLineAsync($"    {change}");
            }
        }

        await output.WriteLineAsync(Row("overall", string.Empty, overall));
        await output.WriteLineAsync($"{clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        return 0;
    }

    /// <summary><c>--show NAME[+NAME…] --document PATH</c>: the transformed text of one document, to look at a case by eye.</summary>
    private static async Task<int> ShowAsync(MetamorphicRunner runner, string name, string? path, int seed, TextWriter output, TextWriter errors)
    {
        var document = runner.Documents.FirstOrDefault(document => path is not null && document.Name.EndsWith(path.Replace('\\', '/'), StringComparison.Ordinal));
        // "a+b+c": the named transformations one after another, as a combination applies them
        var parts = name.Split('+').Select(part => Catalog.All.FirstOrDefault(transformation => transformation.Name == part)).ToList();
        ITextTransformation? transformation = parts.Any(part => part is null) ? null : parts.Count == 1 ? parts[0] : new Combination(parts!);
        if (document is null || transformation is null)
        {
            await errors.WriteLineAsync(document is null ? $"metamorphic: no gold document ending in '{path}'" : $"metamorphic: no transformation '{name}'");
            return 2;
        }

        await output.WriteAsync(runner.Transform(document, transformation, seed));
        return 0;
    }

    /// <summary>Changed fields from as many documents as possible: the first change of each document, in order.</summary>
    private static IEnumerable<FieldChange> Examples(FieldTally tally, int count) =>
        tally.Differences.Where(change => change.Outcome == FieldOutcome.Changed)
            .GroupBy(change => change.Document)
            .Select(group => group.First())
            .Take(count);

    private static string Row(string name, string applied, FieldTally tally) =>
        $"{name,-36} {applied,8} {tally.Fields,8} {tally.Changed,8} {tally.Nulled,8} {Percent(tally.ChangedRate),9} {Percent(tally.NullRate),7}";

    private static string Percent(double rate) => (rate * 100).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Json(List<TransformationReport> reports, FieldTally overall, int documents, TimeSpan elapsed) =>
        JsonSerializer.Serialize(new
        {
            documents,
            transformations = reports.Select(report => new
            {
                name = report.Name,
                applied = report.Applied,
                fields = report.Tally.Fields,
                changed = report.Tally.Changed,
                nulled = report.Tally.Nulled,
                changed_rate = Math.Round(report.Tally.ChangedRate, 6),
                null_rate = Math.Round(report.Tally.NullRate, 6),
                examples = Examples(report.Tally, 5).Select(change => change.ToString()),
            }),
            overall = new { fields = overall.Fields, changed = overall.Changed, nulled = overall.Nulled, changed_rate = Math.Round(overall.ChangedRate, 6), null_rate = Math.Round(overall.NullRate, 6) },
            seconds = Math.Round(elapsed.TotalSeconds, 2),
        }, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static int? Int(string? text) => text is null ? null : int.Parse(text, CultureInfo.InvariantCulture);
}

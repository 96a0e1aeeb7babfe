using System.Text.Json;
using Analytics.Bench;

var quick = args.Contains("--quick");
// --extraction-only: the extraction stage alone (a minute, not ten), for profiling and quick comparisons
var extractionOnly = args.Contains("--extraction-only");
var json = args.Contains("--json");
var sizes = quick ? BenchSizes.Quick : BenchSizes.Full;
var log = json ? TextWriter.Null : Console.Out;
var results = new Dictionary<string, object>(StringComparer.Ordinal);

var workFolder = Path.Combine(Path.GetTempPath(), "analytics-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(workFolder);
try
{
    await log.WriteLineAsync($"machine: {Environment.ProcessorCount} cores, {(quick ? "quick" : "full")} run");
    Stages.Extraction(sizes, results, log);
    if (!extractionOnly)
    {
        PdfReading.Measure(results, log);
        Stages.Loading(sizes, workFolder, results, log);
        var national = Stages.NationalScale(sizes, workFolder, results, log);
        if (Array.IndexOf(args, "--keep") is var keep and >= 0 && keep + 1 < args.Length)
        {
            // the national-scale warehouse, kept for exploring (e.g. EXPLAIN ANALYZE a dashboard query)
            File.Copy(national, args[keep + 1], overwrite: true);
        }

        if (!args.Contains("--no-web"))
        {
            await WebPages.MeasureAsync(national, workFolder, sizes, results, log);
        }
    }

    results["peak_rss_mb"] = Math.Round(System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 0);
}
finally
{
    Directory.Delete(workFolder, recursive: true);
}

if (json)
{
    Console.WriteLine(JsonSerializer.Serialize(results));
}
else
{
    foreach (var (key, value) in results)
    {
        Console.WriteLine($"{key,-28} {value}");
    }
}

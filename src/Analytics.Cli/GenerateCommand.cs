using System.Globalization;
using Analytics.Generator;

namespace Analytics.Cli;

/// <summary>
/// <c>generate --out DIR [--seed N] [--province NAME] [--counties N] [--years 2021-2023] [--projects N] [--defects 0.1]
/// [--formats txt,docx,xlsx,pdf] [--chromium PATH]</c>:
/// writes a synthetic corpus (reports/ and their true records in truth/), deterministic for a seed.
/// </summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var options = Options.Parse(args, "out", "seed", "province", "counties", "years", "projects", "defects", "formats", "chromium");
        if (options.Error is not null || options.Positional.Count != 0 || options.Get("out") is not { } folder)
        {
            await errors.WriteLineAsync(options.Error ?? "generate: give --out DIR");
            return 2;
        }

        CorpusOptions corpus;
        try
        {
            corpus = new CorpusOptions
            {
                Seed = Int(options.Get("seed")) ?? 1,
                Province = options.Get("province"),
                Counties = Int(options.Get("counties")) ?? 100,
                Years = Years(options.Get("years")) ?? [2021, 2022, 2023],
                ProjectsPerCounty = Int(options.Get("projects")) ?? 3,
                DefectRate = options.Get("defects") is { } defects ? double.Parse(defects, CultureInfo.InvariantCulture) : 0.1,
                Formats = options.Get("formats")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            };
        }
        catch (FormatException error)
        {
            await errors.WriteLineAsync($"generate: {error.Message}");
            return 2;
        }

        CorpusSummary summary;
        try
        {
            summary = CorpusWriter.Write(corpus, folder, options.Get("chromium") ?? "/usr/bin/chromium");
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            await errors.WriteLineAsync($"generate: {error.Message}");
            return error is ArgumentException ? 2 : 1;
        }

        await output.WriteLineAsync(
            $"{summary.Documents} document(s) ({string.Join(", ", summary.DocumentsByFormat.Select(pair => $"{pair.Value} {pair.Key}"))}), "
            + $"{summary.Records} record(s) with {summary.Indicators} indicator rows, "
            + $"{summary.DefectiveRecords} with an injected defect, in {summary.Folder} (synthetic: reports/ and truth/)");
        return 0;
    }

    private static int? Int(string? text) => text is null ? null : int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>"2021-2023" or "2021,2023".</summary>
    private static List<int>? Years(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return dash > 0
            ? Enumerable.Range(int.Parse(text[..dash], CultureInfo.InvariantCulture), int.Parse(text[(dash + 1)..], CultureInfo.InvariantCulture) - int.Parse(text[..dash], CultureInfo.InvariantCulture) + 1).ToList()
            : text.Split(',').Select(year => int.Parse(year, CultureInfo.InvariantCulture)).ToList();
    }
}

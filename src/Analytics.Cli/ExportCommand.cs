using System.Globalization;
using Analytics.Warehouse.Exports;
using Analytics.Warehouse.Querying;
using DuckDB.NET.Data;

namespace Analytics.Cli;

/// <summary>
/// <c>export &lt;report&gt; [--year N] [--format xlsx|csv] [--out FILE] [--db FILE]</c>: writes a ranked table for a meeting
/// (execution-rates, score-inflation, recurring-gaps, rule-violations), the same file the web app's
/// <c>/api/exports/{report}</c> serves; by default to <c>data/exports/&lt;report&gt;-&lt;year|all&gt;.&lt;format&gt;</c>.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var options = Options.Parse(args, "year", "format", "out", "db");
        var reports = string.Join(", ", ExportCatalog.Reports.Select(known => known.Name));
        if (options.Error is not null || options.Positional.Count != 1)
        {
            await errors.WriteLineAsync(options.Error ?? $"export: give one report: {reports}");
            return 2;
        }

        if (ExportCatalog.Find(options.Positional[0]) is not { } report)
        {
            await errors.WriteLineAsync($"export: unknown report '{options.Positional[0]}'; reports: {reports}");
            return 2;
        }

        int? year = null;
        if (options.Get("year") is { } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                await errors.WriteLineAsync($"export: --year takes a year, not '{yearText}'");
                return 2;
            }

            year = parsed;
        }

        if (ExportFormats.Parse(options.Get("format") ?? "xlsx") is not { } format)
        {
            await errors.WriteLineAsync("export: --format is xlsx or csv");
            return 2;
        }

        var outPath = options.Get("out") ?? Path.Combine("data", "exports", report.FileName(year, format));
        try
        {
            var exporter = new ReportExporter(new WarehouseReader(options.Get("db") ?? Warehouse.Warehouse.DefaultPath));
            var table = await exporter.QueryAsync(report, year);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            await using (var file = File.Create(outPath))
            {
                ReportExporter.Write(table, format, file);
            }

            await output.WriteLineAsync($"{table.Title}: {table.Rows.Count} row(s) → {Path.GetFullPath(outPath)}");
            return 0;
        }
        catch (FileNotFoundException missing)
        {
            await errors.WriteLineAsync(missing.Message);
            return 1;
        }
        catch (DuckDBException error)
        {
            await errors.WriteLineAsync($"export failed: {error.Message}");
            return 1;
        }
    }
}

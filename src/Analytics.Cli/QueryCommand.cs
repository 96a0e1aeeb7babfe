using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Analytics.Warehouse.Files;
using DuckDB.NET.Data;

namespace Analytics.Cli;

/// <summary><c>query "&lt;sql&gt;" [--db FILE] [--format csv|json|table]</c>: read-only SQL against the live warehouse.</summary>
public static class QueryCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var options = Options.Parse(args, "db", "format");
        var format = options.Get("format") ?? "table";
        if (options.Error is not null || options.Positional.Count != 1 || format is not ("csv" or "json" or "table"))
        {
            await errors.WriteLineAsync(options.Error ?? "query: give one SQL statement in quotes; --format is csv, json or table");
            return 2;
        }

        try
        {
            using var connection = Database.OpenForUserQuery(options.Get("db") ?? Warehouse.Warehouse.DefaultPath);
            using var command = connection.CreateCommand();

            // the user's own SQL, run as written: the connection is read-only and has no access outside the warehouse
            command.CommandText = options.Positional[0];
            using var reader = await command.ExecuteReaderAsync();
            await Write(reader, format, output);
            return 0;
        }
        catch (FileNotFoundException missing)
        {
            await errors.WriteLineAsync(missing.Message);
            return 1;
        }
        catch (DuckDBException error)
        {
            await errors.WriteLineAsync($"query failed: {error.Message}");
            return 1;
        }
    }

    private static async Task Write(DbDataReader reader, string format, TextWriter output)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(values);
        }

        switch (format)
        {
            case "json":
                foreach (var row in rows)
                {
                    var item = columns.Select((column, i) => (column, row[i])).ToDictionary(pair => pair.column, pair => pair.Item2);
                    await output.WriteLineAsync(JsonSerializer.Serialize(item, Etl.Records.RecordJson.Options));
                }

                break;
            case "csv":
                await output.WriteLineAsync(string.Join(",", columns.Select(Quote)));
                foreach (var row in rows)
                {
                    await output.WriteLineAsync(string.Join(",", row.Select(value => Quote(Text(value)))));
                }

                break;
            default:
                var cells = rows.Select(row => row.Select(Text).ToArray()).ToList();
                var widths = columns.Select((column, i) => Math.Max(Width(column), cells.Count == 0 ? 0 : cells.Max(row => Width(row[i])))).ToArray();
                await output.WriteLineAsync(string.Join(" | ", columns.Select((column, i) => Pad(column, widths[i]))));
                await output.WriteLineAsync(string.Join("-+-", widths.Select(width => new string('-', width))));
                foreach (var row in cells)
                {
                    await output.WriteLineAsync(string.Join(" | ", row.Select((value, i) => Pad(value, widths[i]))));
                }

                await output.WriteLineAsync($"({rows.Count} row{(rows.Count == 1 ? string.Empty : "s")})");
                break;
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        double number => number.ToString("0.######", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>CJK characters take two columns in a terminal.</summary>
    private static int Width(string text) => text.Sum(c => c > '\u2e80' ? 2 : 1);

    private static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - Width(text)));

}

using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Models;

/// <summary>
/// Loads the reference CSVs as tables <c>seed_&lt;file name&gt;</c>, every column VARCHAR (models cast):
/// sql/seeds/*.csv, and the county list that extraction vendors (etl/Analytics.Etl/Data/counties.csv).
/// </summary>
internal static partial class Seeds
{
    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex Identifier();

    /// <param name="overridesFolder">a deployment's own seed CSVs: a file there replaces the bundled one of the same name</param>
    public static void Load(DuckDBConnection connection, string? overridesFolder = null)
    {
        foreach (var (name, text) in SqlFiles.In("seeds", ".csv"))
        {
            var replacement = overridesFolder is null ? null : Path.Combine(overridesFolder, name + ".csv");
            LoadTable(connection, "seed_" + name, replacement is not null && File.Exists(replacement) ? File.ReadAllText(replacement) : text);
        }

        using var stream = typeof(Analytics.Etl.Units.CountyCatalog).Assembly.GetManifestResourceStream("Analytics.Etl.Data.counties.csv")
            ?? throw new InvalidOperationException("the county list is missing from Analytics.Etl");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        LoadTable(connection, "seed_counties", reader.ReadToEnd());
    }

    internal static void LoadTable(DuckDBConnection connection, string table, string csv)
    {
        var rows = Csv.Parse(csv);
        if (rows.Count == 0 || !Identifier().IsMatch(table) || rows[0].Any(column => !Identifier().IsMatch(column)))
        {
            throw new ModelBuildException($"seed {table}: needs a header of lowercase identifiers");
        }

        var header = rows[0];
        connection.Execute($"create or replace table {table} ({string.Join(", ", header.Select(column => column + " varchar"))})");
        using var appender = connection.CreateAppender(table);
        foreach (var row in rows.Skip(1))
        {
            if (row.Count != header.Count)
            {
                throw new ModelBuildException($"seed {table}: a row has {row.Count} fields for {header.Count} columns: {string.Join(",", row)}");
            }

            var appended = appender.CreateRow();
            foreach (var field in row)
            {
                appended.AppendValue(field);
            }

            appended.EndRow();
        }
    }
}

/// <summary>RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.</summary>
internal static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows.Where(fields => fields.Count > 1 || fields[0].Length > 0).ToList();
    }
}

using System.Reflection;

namespace Analytics.Dashboards.Definitions;

/// <summary>
/// The metrics of <c>Definitions/metrics.csv</c> (an embedded resource), the one place a metric's name, unit, format
/// and direction are defined; pages and charts refer to a metric by its name.
/// </summary>
public static class Metrics
{
    private static readonly Lazy<IReadOnlyDictionary<string, Metric>> ByName = new(Load);

    public static IReadOnlyList<Metric> All => [.. ByName.Value.Values];

    /// <summary>The metrics counties are ranked by in <c>county_rankings</c>, in file order.</summary>
    public static IReadOnlyList<Metric> Rankable => [.. All.Where(metric => metric.Rankable)];

    public static Metric Get(string name) =>
        ByName.Value.TryGetValue(name, out var metric) ? metric : throw new KeyNotFoundException($"no metric named {name} in metrics.csv");

    public static bool TryGet(string? name, out Metric metric)
    {
        if (name is not null && ByName.Value.TryGetValue(name, out var found))
        {
            metric = found;
            return true;
        }

        metric = null!;
        return false;
    }

    private static Dictionary<string, Metric> Load()
    {
        var metrics = new Dictionary<string, Metric>(StringComparer.Ordinal);
        foreach (var fields in DefinitionFile.Rows("metrics.csv", 7))
        {
            var direction = fields[4] switch
            {
                "higher_is_better" => MetricDirection.HigherIsBetter,
                "lower_is_better" => MetricDirection.LowerIsBetter,
                "neutral" => MetricDirection.Neutral,
                var other => throw new FormatException($"metrics.csv: unknown direction {other} of {fields[0]}"),
            };
            metrics.Add(fields[0], new Metric(fields[0], fields[1], fields[2], fields[3], direction, bool.Parse(fields[5]), fields[6]));
        }

        return metrics;
    }
}

/// <summary>Reads the small CSV files in <c>Definitions/</c>: a header row, then fields without commas or quotes.</summary>
internal static class DefinitionFile
{
    public static IEnumerable<string[]> Rows(string fileName, int fieldCount)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Definitions/{fileName}")
            ?? throw new InvalidOperationException($"Definitions/{fileName} is not embedded");
        using var reader = new StreamReader(stream);
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != fieldCount)
            {
                throw new FormatException($"{fileName}: expected {fieldCount} fields in \"{line}\"");
            }

            yield return fields;
        }
    }
}

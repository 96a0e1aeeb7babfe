using System.Text.Json;
using System.Text.RegularExpressions;

namespace Analytics.Web.Jobs;

/// <summary>How far a job is (0–100) and what it is doing, kept as the job's <c>progress</c> parameter.</summary>
public sealed record JobProgress(int Percent, string Message)
{
    public const string ParameterName = "progress";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static JobProgress? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<JobProgress>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// Turns the warehouse's progress lines into percentages: loading the files is the first 80%
/// (<c>[3/10] file: loaded</c>), building the models and running the data tests the rest.
/// </summary>
public static partial class RefreshSteps
{
    public static JobProgress Parse(string line, int lastPercent)
    {
        var percent = lastPercent;
        if (FileStep().Match(line) is { Success: true } match && int.TryParse(match.Groups[2].Value, out var total) && total > 0)
        {
            percent = 5 + (75 * int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) / total);
        }
        else if (line.StartsWith("building models", StringComparison.Ordinal))
        {
            percent = 80;
        }
        else if (line.StartsWith("running data tests", StringComparison.Ordinal))
        {
            percent = 92;
        }

        return new JobProgress(Math.Max(percent, lastPercent), line);
    }

    [GeneratedRegex(@"^\[(\d+)/(\d+)\]")]
    private static partial Regex FileStep();
}

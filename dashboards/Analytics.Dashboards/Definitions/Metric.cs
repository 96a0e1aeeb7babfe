using System.Globalization;

namespace Analytics.Dashboards.Definitions;

/// <summary>Which way a metric is good: colours and wording follow it.</summary>
public enum MetricDirection
{
    Neutral,
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>
/// One measure shown on the dashboard, as defined in <c>Definitions/metrics.csv</c>: its Chinese name, unit, .NET
/// format (<c>P1</c> for a fraction shown as a percentage, <c>N2</c> for a number) and direction.
/// </summary>
public sealed record Metric(
    string Name,
    string Label,
    string Unit,
    string Format,
    MetricDirection Direction,
    bool Rankable,
    string Description)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Fractions (0.95) shown as percentages (95.0%).</summary>
    public bool IsPercent => Format.StartsWith('P');

    /// <summary>A column or axis title: the name with its unit, e.g. 全年预算数（万元）.</summary>
    public string Header => IsPercent ? Label : $"{Label}（{Unit}）";

    /// <summary>Digits after the point that <see cref="Format"/> shows (of the percentage for <c>P</c>).</summary>
    public int Digits => Format.Length > 1 && int.TryParse(Format.AsSpan(1), out var digits) ? digits : 0;

    /// <summary>The value as a table cell: formatted, without the unit the header already gives; "—" when unknown.</summary>
    public string Cell(double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return "—";
        }

        // what rounds to zero is shown as 0, not -0.00
        var rounded = Math.Round(v, IsPercent ? Digits + 2 : Digits, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString(Format, Chinese);
    }

    /// <summary>The value with its unit, for prose and hover text.</summary>
    public string Display(double? value) =>
        value is { } v && double.IsFinite(v) ? (IsPercent ? Cell(v) : $"{Cell(v)} {Unit}") : "—";

    /// <summary>The number a chart plots: percentages as 95 rather than 0.95, so axes read as %.</summary>
    public double? ChartValue(double? value) => value is { } v && double.IsFinite(v) ? (IsPercent ? v * 100 : v) : null;

    /// <summary>The d3 format of a chart axis and hover values, matching <see cref="Format"/>.</summary>
    public string ChartFormat => $",.{Digits}f";

    /// <summary>What follows a plotted number: "%" for percentages, the unit otherwise.</summary>
    public string ChartSuffix => IsPercent ? "%" : Unit;

    /// <summary>
    /// Whether <paramref name="value"/> is on the bad side of <paramref name="reference"/> for this metric, by more
    /// than the metric shows (95.04% is not worse than 95.0%).
    /// </summary>
    public bool IsWorse(double? value, double? reference)
    {
        if (value is not { } v || reference is not { } r)
        {
            return false;
        }

        var shown = Math.Pow(10, -(IsPercent ? Digits + 2 : Digits)) / 2;
        return Direction switch
        {
            MetricDirection.HigherIsBetter => v < r - shown,
            MetricDirection.LowerIsBetter => v > r + shown,
            _ => false,
        };
    }
}

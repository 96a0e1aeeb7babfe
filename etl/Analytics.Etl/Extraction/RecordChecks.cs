using System.Globalization;
using Analytics.Etl.Records;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The checks every value must pass whatever layout it was read from. A value that fails them is a misreading (a
/// shifted cell, a weight read from an amount column, amounts left in 元), not a fact about the county: it becomes
/// null with a warning, since an analyst can see a gap but not a wrong number. A score above its weight passes: that
/// is the county's own claim, which the analyses are there to show.
/// </summary>
public static class RecordChecks
{
    /// <summary>A weight or score is points out of a table of 100.</summary>
    private const decimal MaxPoints = 100m;

    /// <summary>Some rule sets add bonus points; a total above this is no total.</summary>
    private const decimal MaxTotal = 110m;

    /// <summary>Rates are fractions; 500 % is no execution rate but a misread amount or weight.</summary>
    private const decimal MaxRate = 5m;

    /// <summary>
    /// 100 亿元 in 万元: no county unit's project or department budget comes near it; an amount above it was printed in
    /// 元 under a unit line the reader did not see.
    /// </summary>
    private const decimal MaxAmount = 1_000_000m;

    /// <summary>A stated rate this far (in fraction) from every ratio of the amounts was read from another cell.</summary>
    private const decimal RateDisagreement = 0.2m;

    public static EvaluationRecord Apply(EvaluationRecord record)
    {
        var warnings = new List<string>();
        var budget = CheckBudget(record.Budget, warnings);
        var execution = CheckExecution(record.Execution, budget, warnings);
        var total = Bounded(record.TotalScoreReported, 0, MaxTotal, "total_score_reported", warnings);
        var indicators = record.Indicators.Select(indicator => CheckIndicator(indicator, warnings)).ToList();
        if (warnings.Count == 0)
        {
            return record;
        }

        return record with
        {
            Budget = budget,
            Execution = execution,
            TotalScoreReported = total,
            Indicators = indicators,
            Warnings = [.. record.Warnings, .. warnings],
        };
    }

    private static Budget CheckBudget(Budget budget, List<string> warnings) => new(
        Bounded(budget.Initial, 0, MaxAmount, "budget.initial", warnings),
        Bounded(budget.Adjusted, 0, MaxAmount, "budget.adjusted", warnings),
        Bounded(budget.Executed, 0, MaxAmount, "budget.executed", warnings));

    private static Execution CheckExecution(Execution execution, Budget budget, List<string> warnings)
    {
        var weight = Bounded(execution.Weight, 0, MaxPoints, "execution.weight", warnings);
        var score = Bounded(execution.ScoreReported, 0, MaxPoints, "execution.score_reported", warnings);
        var rate = Bounded(execution.RateReported, 0, MaxRate, "execution.rate_reported", warnings);
        if (rate is { } stated && Ratios(budget).ToList() is { Count: > 0 } ratios && ratios.All(ratio => Math.Abs(ratio - stated) > RateDisagreement))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"execution.rate_reported {stated:0.####} disagrees with the amounts ({string.Join(" / ", ratios.Select(ratio => ratio.ToString("0.####", CultureInfo.InvariantCulture)))}); left null"));
            rate = null;
        }

        return new Execution(rate, weight, score);
    }

    /// <summary>Executed over the adjusted and over the initial budget: a stated rate is one of them.</summary>
    private static IEnumerable<decimal> Ratios(Budget budget)
    {
        if (budget.Executed is not { } executed)
        {
            yield break;
        }

        foreach (var basis in new[] { budget.Adjusted, budget.Initial })
        {
            if (basis is > 0)
            {
                yield return executed / basis.Value;
            }
        }
    }

    private static IndicatorRow CheckIndicator(IndicatorRow indicator, List<string> warnings)
    {
        var label = $"indicator {indicator.Name}";
        var weight = Bounded(indicator.Weight, 0, MaxPoints, $"{label}: weight", warnings);
        var score = Bounded(indicator.ScoreReported, 0, MaxPoints, $"{label}: score", warnings);
        return weight == indicator.Weight && score == indicator.ScoreReported ? indicator : indicator with { Weight = weight, ScoreReported = score };
    }

    private static decimal? Bounded(decimal? value, decimal min, decimal max, string field, List<string> warnings)
    {
        if (value is not { } number || (number >= min && number <= max))
        {
            return value;
        }

        warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{field} {number} is outside {min}–{max}; left null"));
        return null;
    }
}

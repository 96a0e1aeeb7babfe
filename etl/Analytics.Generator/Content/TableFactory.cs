using Analytics.Etl.Units;

namespace Analytics.Generator.Content;

/// <summary>What a layout can show, which decides the defects a table may carry.</summary>
internal sealed record TableStyle(decimal ExecutionWeight, bool ShowsWeights, bool CanBreakNumbers, bool SpacedUnits, int MinIndicators = 5, int MaxIndicators = 20);

/// <summary>
/// Fills in a self-evaluation the way a county bureau would: money in 万元, 5–20 indicator rows under
/// 产出/效益/满意度 with real wordings and targets, weights adding up with the execution weight to 100, and scores
/// that mostly follow the national rules (docs/domain.md "Scoring rules"); then, now and then, one defect.
/// </summary>
internal static class TableFactory
{
    public static TableSpec Project(Rng rng, County county, int year, ProjectTemplate project, decimal baseBudget, TableStyle style, string unitCode)
    {
        var implementing = rng.Chance(0.35) ? $"{county.Name}医疗保障局" : county.Name + rng.Pick(Catalog.ImplementingSuffixes);
        var (goal, done) = Catalog.Goals(project.Category, county.Name);
        var spec = new TableSpec
        {
            Department = false,
            Year = year,
            County = county,
            UnitName = $"{county.Name}医疗保障局",
            UnitCode = unitCode,
            Project = project.Name,
            Category = project.Category,
            ImplementingUnit = implementing,
            ImplementingCode = unitCode + (implementing.EndsWith('局') ? "001" : "002"),
            Goal = goal,
            Done = done,
            Contact = rng.Pick(Catalog.Surnames) + rng.Pick(Catalog.GivenNames),
            Phone = Phone(rng),
        };

        var initial = baseBudget * (decimal)rng.Between(0.85, 1.1);
        spec.Initial = Numbers.Round(initial, initial >= 1000 || rng.Chance(0.4) ? 0 : 2);
        spec.Adjusted = rng.Chance(0.45) ? spec.Initial : Numbers.Round(spec.Initial * (decimal)rng.Between(0.75, 1.3), 2);
        SetExecution(rng, spec, style.ExecutionWeight);
        AddIndicators(rng, spec, style);
        return spec;
    }

    /// <summary>The 部门整体 table: its money is the projects' plus the basic expenditure.</summary>
    public static TableSpec Department(Rng rng, County county, int year, IReadOnlyList<TableSpec> projects, TableStyle style, string unitCode)
    {
        var (goal, done) = Catalog.Goals(Category.Department, county.Name);
        var spec = new TableSpec
        {
            Department = true,
            Year = year,
            County = county,
            UnitName = $"{county.Name}医疗保障局",
            UnitCode = unitCode,
            Category = Category.Department,
            Goal = goal,
            Done = done,
            Contact = rng.Pick(Catalog.Surnames) + rng.Pick(Catalog.GivenNames),
            Phone = Phone(rng),
        };

        var basic = Numbers.Round(rng.Between(200.0, 1500.0), 2);
        spec.Initial = Numbers.Round(projects.Sum(project => project.Initial) + basic, 2);
        spec.Adjusted = Numbers.Round(projects.Sum(project => project.Adjusted) + (basic * (decimal)rng.Between(0.95, 1.08)), 2);
        SetExecution(rng, spec, style.ExecutionWeight);
        AddIndicators(rng, spec, style);
        return spec;
    }

    private static string Phone(Rng rng) => $"0{rng.Between(310, 999)}-{rng.Between(2000000, 8999999)}";

    private static void SetExecution(Rng rng, TableSpec spec, decimal weight)
    {
        // a whole department always spends something
        var roll = spec.Department ? rng.NextDouble() * 0.985 : rng.NextDouble();
        // mostly fully spent; now and then far below, above (105.68% in seed 002) or nothing at all (seed 001's 管理站经费)
        var rate = roll < 0.55 ? 1.0 : roll < 0.8 ? rng.Between(0.95, 1.0) : roll < 0.93 ? rng.Between(0.8, 0.95) : roll < 0.96 ? rng.Between(0.45, 0.8) : roll < 0.985 ? rng.Between(1.0, 1.06) : 0.0;
        spec.Executed = Numbers.Round(spec.Adjusted * (decimal)rate, 2);
        spec.ExecutionWeight = weight;
        UpdateRate(spec);
    }

    /// <summary>执行率 from the amounts, and the execution score: weight × rate, never above the weight.</summary>
    public static void UpdateRate(TableSpec spec)
    {
        spec.RatePercent = spec.Adjusted == 0 ? 0 : Numbers.Round(spec.Executed / spec.Adjusted * 100m, 2);
        spec.ExecutionScore = Math.Min(spec.ExecutionWeight, Numbers.Round(spec.ExecutionWeight * spec.Rate, 2));
    }

    private static void AddIndicators(Rng rng, TableSpec spec, TableStyle style)
    {
        var count = rng.Chance(0.7) ? rng.Between(Math.Max(style.MinIndicators, 6), Math.Min(style.MaxIndicators, 12)) : rng.Between(style.MinIndicators, style.MaxIndicators);
        var satisfaction = count >= 14 ? 2 : 1;
        var benefit = Math.Clamp((int)Math.Round(count * 0.3), 1, 6);
        var output = count - benefit - satisfaction;
        var outputPoints = style.ExecutionWeight == 10 ? 50m : 40m;

        var used = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<IndicatorSpec>();
        rows.AddRange(Group(rng, spec, style, Split(rng, output, ["数量指标", "质量指标", "时效指标", "成本指标"], [3, 3, 2, 1]), outputPoints, used));
        rows.AddRange(Group(rng, spec, style, Split(rng, benefit, ["社会效益指标", "可持续影响指标", "经济效益指标"], [3, 2, 1]), 30m, used));
        rows.AddRange(Group(rng, spec, style, [("服务对象满意度指标", satisfaction)], 10m, used));
        spec.Indicators.AddRange(rows);
        spec.Total = Numbers.Round(spec.ExecutionScore + rows.Sum(row => row.Score), 2);
    }

    /// <summary>Rows per 二级 heading: every heading gets one while rows last, the rest go by the usual shares.</summary>
    private static List<(string Level2, int Rows)> Split(Rng rng, int rows, string[] headings, int[] shares)
    {
        var counts = new int[headings.Length];
        for (var i = 0; i < headings.Length && i < rows; i++)
        {
            counts[i] = 1;
        }

        var total = shares.Sum();
        for (var left = rows - counts.Sum(); left > 0; left--)
        {
            var roll = rng.Next(total);
            var pick = 0;
            while (roll >= shares[pick])
            {
                roll -= shares[pick];
                pick++;
            }

            counts[pick]++;
        }

        return [.. headings.Select((heading, i) => (heading, counts[i])).Where(pair => pair.Item2 > 0)];
    }

    private static List<IndicatorSpec> Group(Rng rng, TableSpec spec, TableStyle style, List<(string Level2, int Rows)> groups, decimal points, HashSet<string> used)
    {
        var rows = new List<IndicatorSpec>();
        var templates = new List<IndicatorTemplate>();
        foreach (var (level2, count) in groups)
        {
            templates.AddRange(Choose(rng, spec.Category, level2, count, used));
        }

        var weights = Weights(rng, points, templates.Count);
        for (var i = 0; i < templates.Count; i++)
        {
            rows.Add(Indicator(rng, spec, style, templates[i], weights[i]));
        }

        return rows;
    }

    private static readonly Dictionary<string, IndicatorTemplate[]> ByLevel2 =
        Catalog.Indicators.GroupBy(template => template.Level2).ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    /// <summary>Indicators for one 二级 heading: the project's own kind first, then general ones, then any other; none twice in a table.</summary>
    private static List<IndicatorTemplate> Choose(Rng rng, Category category, string level2, int count, HashSet<string> used)
    {
        var preferred = new List<IndicatorTemplate>();
        var general = new List<IndicatorTemplate>();
        var others = new List<IndicatorTemplate>();
        foreach (var template in ByLevel2[level2])
        {
            if (used.Contains(template.Name))
            {
                continue;
            }

            (Array.IndexOf(template.Tags, category) >= 0 ? preferred : template.Tags.Length == 0 ? general : others).Add(template);
        }

        rng.Shuffle(preferred);
        rng.Shuffle(general);
        rng.Shuffle(others);
        var chosen = new List<IndicatorTemplate>(count);
        foreach (var list in (List<IndicatorTemplate>[])[preferred, general, others])
        {
            for (var i = 0; i < list.Count && chosen.Count < count; i++)
            {
                used.Add(list[i].Name);
                chosen.Add(list[i]);
            }
        }

        return chosen;
    }

    /// <summary>Splits a heading's points over its rows: equal where they divide, else whole points, multiples of 5 where there is room.</summary>
    private static decimal[] Weights(Rng rng, decimal points, int rows)
    {
        var result = new decimal[rows];
        if (rows == 0)
        {
            return result;
        }

        var unit = points / 5 >= rows && rng.Chance(0.6) ? 5m : 1m;
        var slots = (int)(points / unit);
        var each = slots / rows;
        for (var i = 0; i < rows; i++)
        {
            result[i] = each * unit;
        }

        for (var left = slots - (each * rows); left > 0; left--)
        {
            result[rng.Next(rows)] += unit;
        }

        return result;
    }

    private static IndicatorSpec Indicator(Rng rng, TableSpec spec, TableStyle style, IndicatorTemplate template, decimal weight)
    {
        var measure = template.Measure;
        var achieved = rng.Chance(0.85);
        var space = style.SpacedUnits && rng.Chance(0.5) ? " " : string.Empty;
        string target, actual;
        decimal? targetValue = null, actualValue = null;
        var unitText = measure.Unit.Length > 0 ? measure.Unit : measure.Kind == MeasureKind.Percent ? "%" : null;
        var sign = measure.Direction switch
        {
            Direction.AtLeast => "≥",
            Direction.AtMost => "≤",
            _ => string.Empty,
        };

        switch (measure.Kind)
        {
            case MeasureKind.Percent:
                {
                    var t = measure.Values![rng.Next(measure.Values.Length)];
                    decimal a;
                    if (measure.Direction == Direction.AtMost)
                    {
                        a = achieved ? Numbers.Round(t * (decimal)rng.Between(0.3, 1.0), 2) : Numbers.Round(t * (decimal)rng.Between(1.1, 1.6), 2);
                    }
                    else if (t >= 100)
                    {
                        a = achieved ? 100 : Numbers.Round(rng.Between(92, 99.5), 1);
                    }
                    else
                    {
                        a = achieved ? Numbers.Round((double)t + rng.Between(0, Math.Min(100 - (double)t, 8)), 1) : Numbers.Round((double)t - rng.Between(1, Math.Min(12, (double)t - 1)), 1);
                    }

                    (targetValue, actualValue) = (t, a);
                    target = sign + Numbers.Plain(t) + "%";
                    actual = Numbers.Plain(a) + "%";
                    break;
                }

            case MeasureKind.Count:
            case MeasureKind.TenThousands:
            case MeasureKind.Money:
                {
                    var lo = (double)measure.Values![0];
                    var hi = (double)measure.Values[1];
                    var raw = rng.Between(lo, hi);
                    var t = measure.Kind == MeasureKind.Count ? Numbers.Nice(raw) : Numbers.Round(raw, 1);
                    var factor = achieved ? rng.Between(1.0, 1.15) : rng.Between(0.8, 0.98);
                    var a = measure.Kind == MeasureKind.Count ? Math.Max(0, Numbers.Round((double)t * factor, 0)) : Numbers.Round((double)t * factor, 2);
                    (targetValue, actualValue) = (t, a);
                    target = sign + Numbers.Plain(t) + space + measure.Unit;
                    actual = measure.Kind == MeasureKind.Count && a > 100 && rng.Chance(0.2) ? Numbers.Plain(a) : Numbers.Plain(a) + space + measure.Unit;
                    break;
                }

            case MeasureKind.Cost:
                {
                    (targetValue, actualValue) = (spec.Adjusted, spec.Executed);
                    achieved = spec.Executed <= spec.Adjusted;
                    target = "≤" + Numbers.Plain(spec.Adjusted) + space + "万元";
                    actual = Numbers.Plain(spec.Executed) + space + "万元";
                    break;
                }

            case MeasureKind.Time:
            case MeasureKind.Standard:
                {
                    var t = measure.Values![rng.Next(measure.Values.Length)];
                    decimal a;
                    if (measure.Direction == Direction.AtMost)
                    {
                        a = achieved ? Math.Max(1, Numbers.Round(t * (decimal)rng.Between(0.5, 1.0), t < 10 ? 1 : 0)) : Numbers.Round(t * (decimal)rng.Between(1.1, 1.5), t < 10 ? 1 : 0);
                    }
                    else
                    {
                        a = achieved ? t : Numbers.Round(t * (decimal)rng.Between(0.85, 0.98), 0);
                    }

                    (targetValue, actualValue) = (t, a);
                    target = sign + Numbers.Plain(t) + space + measure.Unit;
                    actual = Numbers.Plain(a) + space + measure.Unit;
                    break;
                }

            default:
                {
                    target = measure.Targets![rng.Next(measure.Targets.Length)];
                    actual = achieved ? target : measure.Partial![rng.Next(measure.Partial.Length)];
                    unitText = null;
                    break;
                }
        }

        var score = Score(rng, measure.Direction, weight, achieved, targetValue, actualValue);
        return new IndicatorSpec
        {
            Level1 = Catalog.Level1Of(template.Level2),
            Level2 = template.Level2,
            Name = template.Name,
            Direction = measure.Direction,
            Kind = measure.Kind,
            Target = target,
            Actual = actual,
            TargetValue = targetValue,
            ActualValue = actualValue,
            Weight = weight,
            Score = score,
            Note = score < weight && rng.Chance(0.7) ? rng.Pick(Catalog.Notes) : null,
            UnitText = unitText,
        };
    }

    /// <summary>The national rules: ≥ scores actual/target, ≤ target/actual, never above the weight; qualitative 80–100% when reached, 50–80% when partly.</summary>
    private static decimal Score(Rng rng, Direction direction, decimal weight, bool achieved, decimal? target, decimal? actual)
    {
        if (direction == Direction.Qualitative || target is null || actual is null)
        {
            return achieved
                ? rng.Chance(0.85) ? weight : Numbers.Round(weight * (decimal)rng.Between(0.8, 0.99), 1)
                : Numbers.Round(weight * (decimal)rng.Between(0.5, 0.8), 1);
        }

        var ratio = direction == Direction.AtMost
            ? actual.Value == 0 ? 1m : target.Value / actual.Value
            : target.Value == 0 ? 1m : actual.Value / target.Value;
        return Math.Min(weight, Numbers.Round(weight * ratio, 2));
    }

    /// <summary>The defects this table can show in its layout.</summary>
    public static List<DefectKind> Applicable(TableSpec spec, TableStyle style)
    {
        var kinds = new List<DefectKind> { DefectKind.TotalNotAddingUp, DefectKind.AmountsInYuan, DefectKind.FullWidthDigits, DefectKind.ActualsCopyTargets };
        if (style.ShowsWeights)
        {
            kinds.Add(DefectKind.ScoreAboveWeight);
        }

        if (spec.Indicators.Any(IsMissable))
        {
            kinds.Add(DefectKind.MissedTargetFullMarks);
            kinds.Add(DefectKind.ActualAsTarget);
        }

        if (style.CanBreakNumbers)
        {
            kinds.Add(DefectKind.BrokenNumber);
        }

        return kinds;
    }

    private static bool IsMissable(IndicatorSpec row) =>
        row.Direction == Direction.AtLeast && row.Kind is MeasureKind.Percent or MeasureKind.Count or MeasureKind.TenThousands && row.TargetValue > 1;

    /// <summary>Puts one defect into the table; the totals are kept as the unit would have printed them.</summary>
    public static void Inject(Rng rng, TableSpec spec, DefectKind kind)
    {
        spec.Defect = kind;
        switch (kind)
        {
            case DefectKind.ScoreAboveWeight:
                {
                    var row = rng.Pick(spec.Indicators);
                    row.Score = Math.Min(100, row.Weight + Math.Max(1, Numbers.Round(row.Weight * (decimal)rng.Between(0.2, 0.5), 0)));
                    break;
                }

            case DefectKind.MissedTargetFullMarks:
                {
                    var row = rng.Pick(spec.Indicators.Where(IsMissable).ToList());
                    var unit = row.Kind == MeasureKind.Percent ? "%" : row.Actual.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' ');
                    var missed = row.Kind == MeasureKind.Count
                        ? Numbers.Round(row.TargetValue!.Value * (decimal)rng.Between(0.55, 0.9), 0)
                        : Numbers.Round(row.TargetValue!.Value * (decimal)rng.Between(0.55, 0.9), 1);
                    row.ActualValue = missed;
                    row.Actual = Numbers.Plain(missed) + (row.Kind == MeasureKind.Percent ? "%" : unit.Length > 0 ? unit : string.Empty);
                    row.Score = row.Weight;
                    row.Note = null;
                    break;
                }

            case DefectKind.ActualAsTarget:
                {
                    var row = rng.Pick(spec.Indicators.Where(IsMissable).ToList());
                    row.Actual = row.Target;
                    row.Score = row.Weight;
                    row.Note = null;
                    break;
                }

            case DefectKind.ActualsCopyTargets:
                foreach (var row in spec.Indicators)
                {
                    row.Actual = row.Target;
                    row.Score = row.Weight;
                    row.Note = null;
                }

                break;

            case DefectKind.BrokenNumber:
                // the break falls after a decimal point: the executed amount needs decimals
                if (spec.Executed == decimal.Truncate(spec.Executed))
                {
                    spec.Executed += spec.Executed >= 1 ? -0.37m : 0.37m;
                    UpdateRate(spec);
                }

                break;
        }

        spec.Total = Numbers.Round(spec.ExecutionScore + spec.Indicators.Sum(row => row.Score), 2);
        if (kind == DefectKind.TotalNotAddingUp)
        {
            var delta = Numbers.Round(rng.Between(0.5, 4.0), 1) * (rng.Chance(0.6) ? 1 : -1);
            spec.Total = rng.Chance(0.3) && spec.Total < 99 ? 100 : Math.Max(1, spec.Total + delta);
        }
    }
}

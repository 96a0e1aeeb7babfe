using Analytics.Etl.Parsing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Extraction;

/// <summary>
/// "产出指标数量指标不动产登记办件量": the 一级 and 二级 cells run into the name when a copy loses the cells' borders.
/// The run is split by what its words are: heading words from the start of the name go to the empty heading fields,
/// the rest is the name. A heading already read that disagrees is left as it was, and so is the name.
/// </summary>
public static class GluedHeadings
{
    public static EvaluationRecord Apply(EvaluationRecord record)
    {
        List<string>? warnings = null;
        (string? Level1, string? Level2)? carried = null;
        var indicators = record.Indicators.Select(indicator =>
        {
            var split = Split(indicator);
            if (!ReferenceEquals(split, indicator))
            {
                (warnings ??= []).Add($"indicator \"{indicator.Name}\": headings run into the name split off");
                carried = (split.Level1, split.Level2);
                return split;
            }

            // the rows under a row whose headings ran into its name sat beside the same merged heading cells
            if (carried is { } levels && indicator.Level1 is null && indicator.Level2 is null)
            {
                return indicator with { Level1 = levels.Level1, Level2 = levels.Level2 };
            }

            // a row with headings of its own ends the run (one with none would have taken the carried ones above)
            carried = null;
            return indicator;
        }).ToList();
        return warnings is null ? record : record with { Indicators = indicators, Warnings = [.. record.Warnings, .. warnings] };
    }

    private static IndicatorRow Split(IndicatorRow indicator)
    {
        // headings are matched on the simplified copy (one character for one), the name kept as written
        var name = indicator.Name;
        var probe = Units.ChineseScript.ToSimplified(name);
        string? level1 = null;
        string? level2 = null;
        while (IndicatorLevels.LeadingWord(probe) is { } word && probe.Length - word.Length >= 2)
        {
            var level = IndicatorLevels.LevelOf(word);
            var written = name[..word.Length];
            if (level == 1 && level1 is null && level2 is null)
            {
                level1 = written;
            }
            else if (level == 2)
            {
                // "时效指标成本指标市民中心运行维护费": a 二级 group with no rows of its own, then the row's own group
                level2 = written;
            }
            else
            {
                break;
            }

            name = name[word.Length..];
            probe = probe[word.Length..];
        }

        if (level1 is null && level2 is null)
        {
            return indicator;
        }

        var agrees = (level1 is null || indicator.Level1 is null || Same(indicator.Level1, level1))
            && (level2 is null || indicator.Level2 is null || Same(indicator.Level2, level2));
        return agrees
            ? indicator with { Name = IndicatorAssembler.StripNumbering(name), Level1 = indicator.Level1 ?? level1, Level2 = indicator.Level2 ?? level2 }
            : indicator;
    }

    private static bool Same(string a, string b) =>
        string.Equals(Units.ChineseScript.ToSimplified(a), Units.ChineseScript.ToSimplified(b), StringComparison.Ordinal);
}

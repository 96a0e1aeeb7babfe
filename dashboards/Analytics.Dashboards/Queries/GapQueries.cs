using Analytics.Warehouse.Querying;

namespace Analytics.Dashboards.Queries;

/// <summary>One canonical indicator the gaps page can show.</summary>
public sealed record IndicatorChoice(string Code, string Name, int CellsBelowTarget, int Counties);

/// <summary>
/// One cell of the indicator × county heatmap: the county's worst judged row of the indicator over the years shown,
/// with that row for the hover text and the drill-down.
/// </summary>
public sealed record GapCell(string IndicatorCode, string CountyCode, string CountyName, IndicatorRow Worst, int RowsJudged);

public sealed record GapsPage(
    IReadOnlyList<int> Years,
    int? Year,
    IReadOnlyList<IndicatorChoice> Indicators,
    IndicatorChoice? Indicator,
    IReadOnlyList<IndicatorChoice> HeatmapIndicators,
    IReadOnlyList<GapCell> Cells,
    IReadOnlyList<IndicatorRow> IndicatorRows,
    IReadOnlyList<GapRow> Gaps);

/// <summary>Indicator gaps (<c>/gaps</c>) from <c>indicator_results</c> (actual against target) and <c>recurring_gaps</c>.</summary>
public sealed class GapQueries(WarehouseReader reader)
{
    /// <summary>The indicator the page opens on when the data has it (the named case of docs/domain.md).</summary>
    public const string DefaultIndicatorName = "重特大疾病医疗救助人次占直接救助人次比例";

    public const int HeatmapRows = 25;

    /// <param name="indicator">a canonical indicator code; null or unknown opens the default</param>
    /// <param name="year">one year, or null for every year loaded</param>
    public async Task<GapsPage> LoadAsync(string? indicator, int? year)
    {
        var years = (await reader.RowsAsync<int>("select distinct year from indicator_results where year is not null order by year desc")).ToList();
        var chosenYear = year is { } y && years.Contains(y) ? year : null;
        // every year when none is chosen: one query either way, the year a parameter
        var filter = new { all_years = chosenYear is null, year = chosenYear ?? 0 };
        var rows = await reader.RowsAsync<IndicatorRow>(
            """
            select evaluation_id, county_code, county_name, year, project, indicator_name, indicator_code, target_text,
                target_operator, target_value, actual_text, actual_value, is_target_met, source_file, first_line, last_line
            from indicator_results
            where county_code is not null and indicator_code is not null and is_target_met is not null
                and ($all_years or year = $year)
            order by county_name, year, project
            """,
            filter);
        var gaps = await reader.RowsAsync<GapRow>(
            """
            select county_code, county_name, indicator_code, indicator_name, year, target_value, actual_value,
                years_below_target, is_recurring, target_text, actual_text, counties_below_target_in_year, source_file,
                source_line
            from recurring_gaps
            where $all_years or year = $year
            order by is_recurring desc, years_below_target desc, county_name, indicator_name, year
            """,
            filter);

        var cells = rows
            .Where(row => row.Achievement is not null)
            .GroupBy(row => (Indicator: row.IndicatorCode!, County: row.CountyCode!))
            .Select(group =>
            {
                var worst = group.MinBy(row => row.Achievement)!;
                return new GapCell(group.Key.Indicator, group.Key.County, worst.CountyName ?? group.Key.County, worst, group.Count());
            })
            .ToList();

        var indicators = rows
            .GroupBy(row => row.IndicatorCode!)
            .Select(group => new IndicatorChoice(
                group.Key,
                NameOf(group.Key, group, gaps),
                cells.Count(cell => cell.IndicatorCode == group.Key && cell.Worst.IsTargetMet == false),
                group.Select(row => row.CountyCode).Distinct().Count()))
            .OrderByDescending(choice => choice.CellsBelowTarget)
            .ThenByDescending(choice => choice.Counties)
            .ThenBy(choice => choice.Name, StringComparer.Ordinal)
            .ToList();

        var chosen = indicators.FirstOrDefault(choice => choice.Code == indicator)
            ?? indicators.FirstOrDefault(choice => choice.Name == DefaultIndicatorName)
            ?? indicators.FirstOrDefault();

        // the heatmap: the chosen indicator first, then those most often below target, among those with a number to plot
        var plotted = cells.Select(cell => cell.IndicatorCode).ToHashSet();
        var heatmap = indicators
            .Where(choice => plotted.Contains(choice.Code))
            .OrderBy(choice => choice.Code == chosen?.Code ? 0 : 1)
            .Take(HeatmapRows)
            .ToList();
        var shownCells = cells.Where(cell => heatmap.Any(choice => choice.Code == cell.IndicatorCode)).ToList();
        var indicatorRows = chosen is null ? [] : rows.Where(row => row.IndicatorCode == chosen.Code).ToList();

        return new GapsPage(years, chosenYear, indicators, chosen, heatmap, shownCells, indicatorRows, gaps);
    }

    /// <summary>The canonical name where <c>recurring_gaps</c> gives one, else the wording most rows use.</summary>
    private static string NameOf(string code, IEnumerable<IndicatorRow> rows, IEnumerable<GapRow> gaps) =>
        gaps.FirstOrDefault(gap => gap.IndicatorCode == code)?.IndicatorName
        ?? rows.GroupBy(row => row.IndicatorName).OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal).First().Key;
}

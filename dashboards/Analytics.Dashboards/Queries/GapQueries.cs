using Analytics.Warehouse.Querying;
using Dapper;

namespace Analytics.Dashboards.Queries;

/// <summary>One canonical indicator the gaps page can show.</summary>
public sealed record IndicatorChoice
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";

    /// <summary>Counties with at least one judged row of the indicator below its target.</summary>
    public long CellsBelowTarget { get; init; }

    public long Counties { get; init; }

    /// <summary>Rows whose achievement is a number: what the heatmap can plot.</summary>
    public long PlottableRows { get; init; }
}

/// <summary>
/// One cell of the indicator × county heatmap: the county's worst judged row of the indicator over the years shown,
/// with that row for the hover text and the drill-down.
/// </summary>
public sealed record GapCell(string IndicatorCode, string CountyCode, string CountyName, IndicatorRow Worst, long RowsJudged);

public sealed record GapsPage(
    IReadOnlyList<int> Years,
    int? Year,
    IReadOnlyList<string> Provinces,
    string Province,
    IReadOnlyList<IndicatorChoice> Indicators,
    IndicatorChoice? Indicator,
    IReadOnlyList<IndicatorChoice> HeatmapIndicators,
    IReadOnlyList<GapCell> Cells,
    IReadOnlyList<IndicatorRow> IndicatorRows,
    long IndicatorRowsTotal,
    IReadOnlyList<GapRow> Gaps,
    long GapsTotal);

/// <summary>
/// Indicator gaps (<c>/gaps</c>) from <c>indicator_results</c> (actual against target) and <c>recurring_gaps</c>.
/// Counting and picking each cell's worst row happen in DuckDB, and the tables fetch only the rows a page shows, so
/// the page costs the same at national scale as on the samples.
/// </summary>
public sealed class GapQueries(WarehouseReader reader)
{
    /// <summary>The indicator the page opens on when the data has it (the named case of docs/domain.md).</summary>
    public const string DefaultIndicatorName = "重特大疾病医疗救助人次占直接救助人次比例";

    public const string AllProvinces = RankingQueries.AllProvinces;

    public const int HeatmapRows = 25;

    /// <summary>Joins indicator codes into one parameter; a control character no code holds.</summary>
    private const string CodeSeparator = "\u001f";

    /// <summary>Rows each table shows (the exports hold them all).</summary>
    public const int TableRows = Components.Shared.MoreRows.Limit;

    /// <param name="indicator">a canonical indicator code; null or unknown opens the default</param>
    /// <param name="year">one year, or null for every year loaded</param>
    /// <param name="province">one province, or null / unknown for all</param>
    public async Task<GapsPage> LoadAsync(string? indicator, int? year, string? province = null)
    {
        var years = (await reader.RowsAsync<int>("select distinct year from indicator_results where year is not null order by year desc")).ToList();
        var chosenYear = year is { } y && years.Contains(y) ? year : null;
        var provinces = (await reader.RowsAsync<string>(
            "select distinct province_name from indicator_results where province_name is not null order by province_name")).Prepend(AllProvinces).ToList();
        var chosenProvince = province is not null && provinces.Contains(province) ? province : AllProvinces;

        // every year and province unless chosen: one query either way, the choices parameters
        var filter = new { all_years = chosenYear is null, year = chosenYear ?? 0, all_provinces = chosenProvince == AllProvinces, province = chosenProvince };
        var indicators = (await reader.RowsAsync<IndicatorChoice>(
            """
            with judged as (
                select indicator_code, indicator_name, county_code, is_target_met, achievement
                from indicator_results
                where county_code is not null and indicator_code is not null and is_target_met is not null
                    and ($all_years or year = $year) and ($all_provinces or province_name = $province)
            ),
            gap_names as (
                select indicator_code, min(indicator_name) as indicator_name from recurring_gaps group by indicator_code
            ),
            counted as (
                select
                    indicator_code,
                    count(distinct county_code) filter (where not is_target_met) as cells_below_target,
                    count(distinct county_code) as counties,
                    count(achievement) as plottable_rows,
                    -- the wording most rows use, alphabetical on a tie
                    arg_max(indicator_name, wording_rows order by indicator_name desc) as common_name
                from (
                    select *, count(*) over (partition by indicator_code, indicator_name) as wording_rows from judged
                )
                group by indicator_code
            )
            select
                counted.indicator_code as code,
                coalesce(gap_names.indicator_name, counted.common_name) as name,
                counted.cells_below_target,
                counted.counties,
                counted.plottable_rows
            from counted
            left join gap_names on counted.indicator_code = gap_names.indicator_code
            order by cells_below_target desc, counties desc, name
            """,
            filter)).ToList();

        var chosen = indicators.FirstOrDefault(choice => choice.Code == indicator)
            ?? indicators.FirstOrDefault(choice => choice.Name == DefaultIndicatorName)
            ?? indicators.FirstOrDefault();

        // the heatmap: the chosen indicator first, then the list's order (most often below target), among those with a
        // number to plot
        var heatmap = indicators
            .Where(choice => choice.PlottableRows > 0)
            .OrderBy(choice => choice.Code == chosen?.Code ? 0 : 1)
            .Take(HeatmapRows)
            .ToList();
        var cells = heatmap.Count == 0 ? [] : await WorstRowsAsync(
            """
            select
                evaluation_id, county_code, county_name, year, project, indicator_name, indicator_code, target_text,
                target_operator, target_value, actual_text, actual_value, is_target_met, achievement, source_file,
                first_line, last_line,
                count(*) over cell as rows_judged
            from indicator_results
            where county_code is not null and achievement is not null
                and list_contains(string_split($codes, $separator), indicator_code)
                and ($all_years or year = $year) and ($all_provinces or province_name = $province)
            window cell as (partition by indicator_code, county_code)
            qualify row_number() over (partition by indicator_code, county_code order by achievement, year, project, evaluation_id) = 1
            """,
            new
            {
                filter.all_years,
                filter.year,
                filter.all_provinces,
                filter.province,
                // the codes as one text: a list parameter would be split by Dapper into parameters the SQL does not name
                codes = string.Join(CodeSeparator, heatmap.Select(choice => choice.Code)),
                separator = CodeSeparator,
            });

        var indicatorFilter = new { filter.all_years, filter.year, filter.all_provinces, filter.province, code = chosen?.Code ?? "", limit = TableRows };
        var indicatorRows = chosen is null ? [] : await reader.RowsAsync<IndicatorRow>(
            """
            select evaluation_id, county_code, county_name, year, project, indicator_name, indicator_code, target_text,
                target_operator, target_value, actual_text, actual_value, is_target_met, achievement, source_file, first_line, last_line
            from indicator_results
            where indicator_code = $code and county_code is not null and is_target_met is not null
                and ($all_years or year = $year) and ($all_provinces or province_name = $province)
            order by achievement nulls last, county_name, year, project
            limit $limit
            """,
            indicatorFilter);
        var indicatorRowsTotal = chosen is null ? 0 : await CountAsync(
            """
            select count(*) from indicator_results
            where indicator_code = $code and county_code is not null and is_target_met is not null
                and ($all_years or year = $year) and ($all_provinces or province_name = $province)
            """,
            indicatorFilter);

        var gapFilter = new { filter.all_years, filter.year, filter.all_provinces, filter.province, limit = TableRows };
        var gaps = await reader.RowsAsync<GapRow>(
            """
            select county_code, county_name, indicator_code, indicator_name, year, target_value, actual_value,
                years_below_target, is_recurring, target_text, actual_text, counties_below_target_in_year, source_file,
                source_line
            from recurring_gaps
            where ($all_years or year = $year) and ($all_provinces or province_name = $province)
            order by is_recurring desc, years_below_target desc, county_name, indicator_name, year
            limit $limit
            """,
            gapFilter);
        var gapsTotal = await CountAsync(
            "select count(*) from recurring_gaps where ($all_years or year = $year) and ($all_provinces or province_name = $province)",
            gapFilter);

        return new GapsPage(
            years, chosenYear, provinces, chosenProvince, indicators, chosen, heatmap,
            cells, indicatorRows, indicatorRowsTotal, gaps, gapsTotal);
    }

    /// <summary>Each heatmap cell's worst row and, after it, how many rows the cell judged.</summary>
    private async Task<IReadOnlyList<GapCell>> WorstRowsAsync(string sql, object parameters)
    {
        if (!reader.Exists)
        {
            return [];
        }

        using var connection = reader.Open();
        var cells = await connection.QueryAsync<IndicatorRow, long, GapCell>(
            sql,
            (worst, rowsJudged) => new GapCell(worst.IndicatorCode ?? "", worst.CountyCode ?? "", worst.CountyName ?? worst.CountyCode ?? "", worst, rowsJudged),
            parameters,
            splitOn: "rows_judged");
        return [.. cells];
    }

    private async Task<long> CountAsync(string sql, object parameters) =>
        await reader.RowsAsync<long>(sql, parameters) is [var count, ..] ? count : 0;
}

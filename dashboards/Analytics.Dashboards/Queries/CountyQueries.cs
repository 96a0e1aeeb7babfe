using Analytics.Warehouse.Querying;

namespace Analytics.Dashboards.Queries;

/// <summary>A county with evaluations, for the list of counties: the years it has.</summary>
public sealed record CountyListRow(string CountyCode, string? CountyName, string? ProvinceName, IReadOnlyList<int> Years)
{
    public string YearsLabel => Years.Count switch
    {
        0 => "",
        1 => $"{Years[0]}",
        _ when Years[^1] - Years[0] == Years.Count - 1 => $"{Years[0]}–{Years[^1]}",
        _ => string.Join("、", Years),
    };
}

/// <summary>A county and a year some evaluation is about.</summary>
public sealed record CountyYear
{
    public string CountyCode { get; init; } = "";
    public string? CountyName { get; init; }
    public string? ProvinceName { get; init; }
    public int? Year { get; init; }
}

public sealed record CountyPage(
    string Code,
    string Name,
    string? Province,
    IReadOnlyList<CountyRateRow> Rates,
    IReadOnlyList<EvaluationRow> Evaluations,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<ViolationRow> Violations);

/// <summary>One county across years (<c>/counties/{code}</c>).</summary>
public sealed class CountyQueries(WarehouseReader reader)
{
    /// <summary>Every county some evaluation is about, by province and code.</summary>
    public async Task<IReadOnlyList<CountyListRow>> ListAsync()
    {
        var rows = await reader.RowsAsync<CountyYear>(
            """
            select distinct county_code, county_name, province_name, year
            from evaluations
            where county_code is not null
            order by province_name, county_code, year
            """);
        return [.. rows
            .GroupBy(row => row.CountyCode)
            .Select(county => new CountyListRow(
                county.Key,
                county.First().CountyName,
                county.First().ProvinceName,
                [.. county.Where(row => row.Year is not null).Select(row => row.Year!.Value)]))];
    }

    /// <summary>The county's rows; null when no evaluation has that county code.</summary>
    public async Task<CountyPage?> LoadAsync(string code)
    {
        var evaluations = await reader.RowsAsync<EvaluationRow>(
            """
            select evaluation_id, county_code, county_name, province_name, unit_name, year, kind, project, project_category,
                budget_initial, budget_adjusted, budget_executed, execution_rate, execution_rate_vs_initial,
                execution_rate_reported, total_score_reported, total_score_reference, source_file, first_line, last_line
            from evaluations
            where county_code = $code
            order by year desc, kind, project
            """,
            new { code });
        if (evaluations.Count == 0)
        {
            return null;
        }

        var rates = await reader.RowsAsync<CountyRateRow>(
            """
            select county_code, county_name, year, budget_adjusted, budget_executed, execution_rate, budget_initial,
                execution_rate_vs_initial, pefa_band, rank, peer_median
            from execution_rates
            where county_code = $code
            order by year
            """,
            new { code });
        var indicators = await reader.RowsAsync<IndicatorRow>(
            """
            select evaluation_id, county_code, county_name, year, project, indicator_name, indicator_code, level1, level2,
                target_text, target_operator, target_value, actual_text, actual_value, weight, score_reported,
                score_reference, is_target_met, achievement, source_file, first_line, last_line
            from indicator_results
            where county_code = $code
            order by year desc, project, indicator_index
            """,
            new { code });
        var violations = await reader.RowsAsync<ViolationRow>(
            """
            select evaluation_id, county_code, county_name, year, project, rule, detail, indicator_name, source_file, first_line
            from rule_violations
            where county_code = $code
            order by year desc, project, first_line
            """,
            new { code });

        var first = evaluations[0];
        return new CountyPage(code, first.CountyName ?? code, first.ProvinceName, rates, evaluations, indicators, violations);
    }
}

using Analytics.Dashboards.Definitions;
using Analytics.Warehouse.Querying;

namespace Analytics.Dashboards.Queries;

/// <summary>A row of <c>county_rankings</c> for one year, project category and metric; rank and median are within the province.</summary>
public sealed record RankingRow
{
    public string CountyCode { get; init; } = "";
    public string? CountyName { get; init; }
    public string? ProvinceName { get; init; }
    public double? Value { get; init; }
    public long? Rank { get; init; }
    public double? PeerMedian { get; init; }
    public long? Peers { get; init; }
}

public sealed record RankingPage(
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<string> Categories,
    int? Year,
    string Province,
    string Category,
    Metric Metric,
    IReadOnlyList<RankingRow> Rows);

/// <summary>County rankings (<c>/rankings</c>) from <c>county_rankings</c>.</summary>
public sealed class RankingQueries(WarehouseReader reader)
{
    public const string AllCategories = "全部";

    public const string AllProvinces = "全部省份";

    public const string DefaultMetric = "execution_rate";

    /// <summary>
    /// The ranking asked for; an unknown year falls back to the latest, an unknown metric to the default, an unknown
    /// province or category to all. Ranks are within a province either way: the province filter only narrows the list.
    /// </summary>
    public async Task<RankingPage> LoadAsync(int? year, string? category, string? metricName, string? province = null)
    {
        var metric = Metrics.TryGet(metricName, out var asked) && asked.Rankable ? asked : Metrics.Get(DefaultMetric);
        var years = (await reader.RowsAsync<int>("select distinct year from county_rankings where year is not null order by year desc")).ToList();
        int? chosenYear = year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[0] : null;
        if (chosenYear is null)
        {
            return new RankingPage(years, [AllProvinces], [AllCategories], null, AllProvinces, AllCategories, metric, []);
        }

        var categories = (await reader.RowsAsync<string>(
            "select distinct project_category from county_rankings where year = $year and project_category <> $all order by project_category",
            new { year = chosenYear, all = AllCategories })).Prepend(AllCategories).ToList();
        var chosenCategory = category is not null && categories.Contains(category) ? category : AllCategories;
        var provinces = (await reader.RowsAsync<string>(
            "select distinct province_name from county_rankings where year = $year and province_name is not null order by province_name",
            new { year = chosenYear })).Prepend(AllProvinces).ToList();
        var chosenProvince = province is not null && provinces.Contains(province) ? province : AllProvinces;

        var rows = await reader.RowsAsync<RankingRow>(
            """
            select county_code, county_name, province_name, value, rank, peer_median, peers
            from county_rankings
            where year = $year and project_category = $category and metric = $metric
              and ($province = $all or province_name = $province)
            order by value desc nulls last, county_name
            """,
            new { year = chosenYear, category = chosenCategory, metric = metric.Name, province = chosenProvince, all = AllProvinces });
        return new RankingPage(years, provinces, categories, chosenYear, chosenProvince, chosenCategory, metric, rows);
    }
}

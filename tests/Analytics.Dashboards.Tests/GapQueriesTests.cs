using Analytics.Dashboards.Queries;

namespace Analytics.Dashboards.Tests;

/// <summary>The gaps page's queries against the samples' warehouse: counted in DuckDB, narrowed by year and province.</summary>
[Collection(BrowserTests.Name)]
public sealed class GapQueriesTests(DashboardApp app)
{
    [Fact]
    public async Task Load_CountsEveryJudgedRow_ButFetchesOnlyAPageOfThem()
    {
        var view = await new GapQueries(app.Reader).LoadAsync(null, null);

        Assert.NotNull(view.Indicator);
        var judged = (await app.Reader.QueryAsync<long>(
            "select count(*) from indicator_results where indicator_code = $code and county_code is not null and is_target_met is not null",
            new { code = view.Indicator.Code })).Single();
        Assert.Equal(judged, view.IndicatorRowsTotal);
        Assert.Equal(Math.Min(judged, GapQueries.TableRows), view.IndicatorRows.Count);
        Assert.Equal((await app.Reader.QueryAsync<long>("select count(*) from recurring_gaps")).Single(), view.GapsTotal);
        Assert.True(view.Gaps.Count <= GapQueries.TableRows);

        // worst first, as the table says
        var achievements = view.IndicatorRows.Select(row => row.Achievement ?? double.MaxValue).ToList();
        Assert.Equal(achievements.Order(), achievements);
    }

    [Fact]
    public async Task Load_EachHeatmapCell_IsItsCountysWorstRow()
    {
        var view = await new GapQueries(app.Reader).LoadAsync(null, null);

        Assert.NotEmpty(view.Cells);
        Assert.Equal(view.Indicator?.Code, view.HeatmapIndicators[0].Code);
        foreach (var cell in view.Cells.Take(20))
        {
            var rows = await app.Reader.QueryAsync<double>(
                "select achievement from indicator_results where indicator_code = $indicator and county_code = $county and achievement is not null",
                new { indicator = cell.IndicatorCode, county = cell.CountyCode });
            Assert.Equal(rows.Count, cell.RowsJudged);
            Assert.Equal(rows.Min(), cell.Worst.Achievement!.Value, 9);
        }
    }

    [Fact]
    public async Task Load_WithAProvince_ShowsOnlyItsCounties()
    {
        var provinces = await app.Reader.QueryAsync<string>(
            "select province_name from indicator_results where achievement is not null and province_name is not null group by 1 order by count(*), 1");
        Assert.True(provinces.Count >= 2, "the samples span several provinces");
        var province = provinces[0];

        var view = await new GapQueries(app.Reader).LoadAsync(null, null, province);

        Assert.Equal(province, view.Province);
        var counties = (await app.Reader.QueryAsync<string>(
            "select distinct county_code from indicator_results where province_name = $province", new { province })).ToHashSet();
        Assert.NotEmpty(view.Cells);
        Assert.All(view.Cells, cell => Assert.Contains(cell.CountyCode, counties));
        Assert.All(view.IndicatorRows, row => Assert.Contains(row.CountyCode ?? "", counties));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Analytics.Web.Tests;

[Collection(WebTests.Name)]
public sealed class ApiTests(SampleApp app)
{
    private static readonly string[] EvaluationColumns =
    [
        "evaluation_id", "county_code", "county_name", "province_name", "unit_name", "year", "kind", "project",
        "project_category", "budget_initial", "budget_adjusted", "budget_executed", "execution_rate",
        "execution_rate_vs_initial", "execution_rate_reported", "total_score_reported", "total_score_reference",
        "source_file", "first_line", "last_line",
    ];

    private static readonly string[] IndicatorColumns =
    [
        "evaluation_id", "county_code", "county_name", "year", "project", "project_category", "indicator_name",
        "indicator_code", "level1", "level2", "target_text", "target_operator", "target_value", "actual_text",
        "actual_value", "value_unit", "weight", "score_reported", "score_reference", "is_target_met", "source_file",
        "first_line", "last_line",
    ];

    [Fact]
    public async Task Evaluations_ReturnsTheCountysRowsWithTheContractColumns_WhenFilteredByYearAndCountyName()
    {
        var rows = await app.Client.GetFromJsonAsync<JsonElement[]>("/api/evaluations?year=2022&county=金寨县");

        Assert.NotNull(rows);
        var expected = (await app.Reader.QueryAsync<long>("select count(*) from evaluations where year = 2022 and county_name = '金寨县'")).Single();
        Assert.True(expected > 0);
        Assert.Equal(expected, rows.Length);
        foreach (var row in rows)
        {
            Assert.Equal("金寨县", row.GetProperty("county_name").GetString());
            Assert.Equal(2022, row.GetProperty("year").GetInt32());
            Assert.All(EvaluationColumns, column => Assert.True(row.TryGetProperty(column, out _), $"no column {column}"));
        }
    }

    [Fact]
    public async Task Evaluations_AcceptsTheCountyCode_AsWellAsTheName()
    {
        var byName = await app.Client.GetStringAsync("/api/evaluations?county=金寨县");
        var byCode = await app.Client.GetStringAsync("/api/evaluations?county=341524");

        Assert.Equal(byName, byCode);
        Assert.NotEqual("[]", byCode);
    }

    [Fact]
    public async Task IndicatorResults_ReturnsRowsWithTheContractColumns_WhenFilteredByIndicator()
    {
        var all = await app.Client.GetFromJsonAsync<JsonElement[]>("/api/indicator-results?year=2022&county=金寨县");
        Assert.NotNull(all);
        Assert.NotEmpty(all);
        Assert.All(IndicatorColumns, column => Assert.True(all[0].TryGetProperty(column, out _), $"no column {column}"));

        var code = all[0].GetProperty("indicator_code").GetString()!;
        var one = await app.Client.GetFromJsonAsync<JsonElement[]>($"/api/indicator-results?year=2022&county=金寨县&indicator={Uri.EscapeDataString(code)}");
        Assert.NotNull(one);
        Assert.NotEmpty(one);
        Assert.All(one, row => Assert.Equal(code, row.GetProperty("indicator_code").GetString()));
    }

    [Fact]
    public async Task Status_SaysWhenTheDataWasLoadedAndHowMuch()
    {
        var status = await app.Client.GetFromJsonAsync<JsonElement>("/api/status");

        Assert.Equal(JsonValueKind.String, status.GetProperty("dataAsOf").ValueKind);
        Assert.Equal(5, status.GetProperty("documentsLoaded").GetInt32());
        Assert.True(status.GetProperty("evaluations").GetInt32() > 0);
    }

    [Fact]
    public async Task Job_Answers404_WhenTheIdIsUnknown()
    {
        using var response = await app.Client.GetAsync(new Uri("/api/jobs/no-such-job", UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.NotFound, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task JobsDashboard_IsServed()
    {
        using var response = await app.Client.GetAsync(new Uri("/jobs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

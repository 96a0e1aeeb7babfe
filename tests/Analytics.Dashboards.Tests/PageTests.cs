using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Analytics.Dashboards.Tests;

[Collection(BrowserTests.Name)]
public sealed partial class PageTests(DashboardApp app)
{
    /// <summary>A county of the samples (金寨县, seed 002) with evaluations, indicators and violations.</summary>
    private const string SampleCounty = "341524";

    public static TheoryData<string, string> Pages => new()
    {
        { "overview", "/" },
        { "rankings", "/rankings" },
        { "county", $"/counties/{SampleCounty}" },
        { "gaps", "/gaps" },
        { "inflation", "/inflation" },
        { "quality", "/quality" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_DrawsItsCharts_WithoutConsoleErrors(string name, string path)
    {
        var (page, errors) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            await page.GotoAsync(path);

            await WaitForChartsAsync(page);
            Assert.Matches(DataAsOf(), await page.Locator("[data-testid=data-as-of]").InnerTextAsync());

            // the first screen, as an analyst opening the page sees it
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardApp.ScreenshotFolder, $"{name}.png") });
            await Task.Delay(300);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        });
    }

    [Fact]
    public async Task Rankings_FilterChange_UpdatesTheChartAndTheUrl()
    {
        var (page, errors) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            await page.GotoAsync("/rankings");
            await WaitForChartsAsync(page);
            Assert.Equal("执行率", await AxisTitleAsync(page));

            await page.Locator("[data-testid=filter-metric]").SelectOptionAsync("score_inflation");

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("metric=score_inflation"));
            await page.WaitForFunctionAsync("() => document.querySelector('[data-chart=ranking] .js-plotly-plot')?.layout?.yaxis?.title?.text === '自评分虚高（分）'");
            var year = int.Parse(Regex.Match(page.Url, "year=(\\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
            var expected = await app.Reader.QueryAsync<double>(
                "select value from county_rankings where year = $year and project_category = '全部' and metric = 'score_inflation' and value is not null order by value desc, county_name",
                new { year });
            var plotted = await page.EvaluateAsync<double[]>("() => document.querySelector('[data-chart=ranking] .js-plotly-plot').data[0].y");
            Assert.Equal(expected.Count, plotted.Length);
            Assert.All(expected.Zip(plotted), pair => Assert.Equal(pair.First, pair.Second, 4));
            Assert.Equal("score_inflation", await page.Locator("[data-chart=ranking]").GetAttributeAsync("data-metric"));

            // the URL is the state: going back restores the execution-rate ranking without a reload
            await page.GoBackAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('[data-chart=ranking] .js-plotly-plot')?.layout?.yaxis?.title?.text === '执行率'");
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        });
    }

    [Fact]
    public async Task Rankings_ProvinceFilter_ListsOnlyThatProvincesCounties()
    {
        var (page, errors) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            // the year whose rankings span the most provinces
            var year = (await app.Reader.QueryAsync<int>(
                "select year from county_rankings where province_name is not null group by year order by count(distinct province_name) desc, year desc limit 1")).Single();
            await page.GotoAsync($"/rankings?metric=execution_rate&year={year}");
            await WaitForChartsAsync(page);
            var provinces = await app.Reader.QueryAsync<(string Province, long Counties)>(
                """
                select province_name, count(*) from county_rankings
                where year = $year and project_category = '全部' and metric = 'execution_rate' and province_name is not null
                group by province_name order by count(*), province_name
                """,
                new { year });
            Assert.True(provinces.Count >= 2, $"the samples of {year} span several provinces");
            var (province, counties) = provinces[0];

            await page.Locator("[data-testid=filter-province]").SelectOptionAsync(province);

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("province=" + Regex.Escape(Uri.EscapeDataString(province))));
            await Assertions.Expect(page.Locator("[data-testid=ranking-table] tbody tr")).ToHaveCountAsync((int)counties);
            // the chart redraws after the table: wait until it holds the province's counties only
            await page.WaitForFunctionAsync(
                $"() => (document.querySelector('[data-chart=ranking] .js-plotly-plot')?.data?.[0]?.x?.length ?? 1e9) <= {counties}");
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        });
    }

    [Fact]
    public async Task Rankings_TableHeaderClick_SortsTheRows()
    {
        var (page, _) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            await page.GotoAsync("/rankings?metric=execution_rate");
            await WaitForChartsAsync(page);
            var header = page.Locator("[data-testid=ranking-table] th[data-sort=county]");
            await header.ClickAsync();
            await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "ascending");
            await header.ClickAsync();
            await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
        });
    }

    [Fact]
    public async Task County_ClickingAValue_ShowsItsSourceLinesInContext()
    {
        var evaluation = (await app.Reader.QueryAsync<SourceRow>(
            "select source_file, first_line, last_line from evaluations where county_code = $code and project = '医疗保障专项经费'",
            new { code = SampleCounty })).Single();
        var (page, errors) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            await page.GotoAsync($"/counties/{SampleCounty}");
            await WaitForChartsAsync(page);

            var row = page.Locator("[data-testid=county-evaluations] tr", new PageLocatorOptions { HasText = "医疗保障专项经费" });
            await row.Locator("td.num .source-link").First.ClickAsync();

            var panel = page.Locator("[data-testid=source-panel]");
            await Assertions.Expect(panel).ToContainTextAsync(evaluation.SourceFile);
            var highlighted = panel.Locator(".line.hit");
            await Assertions.Expect(highlighted.First).ToBeVisibleAsync();
            Assert.Equal(evaluation.LastLine - evaluation.FirstLine + 1, await highlighted.CountAsync());
            Assert.Equal(evaluation.FirstLine.ToString(CultureInfo.InvariantCulture), await highlighted.First.GetAttributeAsync("data-line"));
            // in context: the line before the value's lines is shown, not highlighted
            Assert.Equal(1, await panel.Locator($".line:not(.hit)[data-line='{evaluation.FirstLine - 1}']").CountAsync());
            var expectedText = Analytics.Etl.Reading.SourceReader.Read(Path.Combine(app.SamplesPath, evaluation.SourceFile))
                .Lines.Single(line => line.Number == evaluation.FirstLine).Text;
            Assert.Equal(expectedText.Trim(), (await highlighted.First.Locator(".text").InnerTextAsync()).Trim());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardApp.ScreenshotFolder, "county-source.png") });

            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(panel).ToHaveCountAsync(0);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        });
    }

    [Fact]
    public async Task Counties_ListLinksToEachCountysPage()
    {
        var (page, errors) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            await page.GotoAsync("/counties");
            var counties = await app.Reader.QueryAsync<string>("select distinct county_code from evaluations where county_code is not null");
            await Assertions.Expect(page.Locator("[data-testid=county-list] tbody tr")).ToHaveCountAsync(counties.Count);

            await page.Locator("[data-testid=county-list] a", new PageLocatorOptions { HasText = "金寨县" }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/counties/{SampleCounty}$"));
            await WaitForChartsAsync(page);
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("金寨县");
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        });
    }

    [Fact]
    public async Task County_UnknownCode_SaysNotFound()
    {
        var (page, _) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            await page.GotoAsync("/counties/999999");
            await Assertions.Expect(page.Locator("[data-testid=not-found]")).ToContainTextAsync("未找到");
        });
    }

    [Fact]
    public async Task XlsxExport_FromRankings_HasTheWarehousesFirstCountyAtRankOne()
    {
        var (page, _) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            await page.GotoAsync("/rankings");
            await WaitForChartsAsync(page);
            var year = int.Parse(await page.Locator("[data-testid=filter-year]").InputValueAsync(), CultureInfo.InvariantCulture);

            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.Locator("[data-testid=exports] a[data-report=execution-rates][data-format=xlsx]").ClickAsync());
            var file = Path.Combine(app.Folder, "execution-rates.xlsx");
            await download.SaveAsAsync(file);

            var first = (await app.Reader.QueryAsync<string>(
                "select county_name from execution_rates where year = $year and execution_rate is not null order by execution_rate desc limit 1",
                new { year })).Single();
            using var sheet = new Spreadsheet(await File.ReadAllBytesAsync(file));
            var header = sheet.FindRow(cells => cells.Contains("排名"));
            var rankColumn = sheet.Row(header).IndexOf("排名");
            var countyColumn = sheet.Row(header).FindIndex(cell => cell.StartsWith('县'));
            var rankOne = Enumerable.Range(header + 1, sheet.RowCount - header - 1).First(row => sheet.Cell(row, rankColumn) == "1");
            Assert.Equal(first, sheet.Cell(rankOne, countyColumn));
        });
    }

    [Fact]
    public async Task Inflation_ClickingARow_ShowsTheRowsBehindThePoint()
    {
        var (page, errors) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            await page.GotoAsync("/inflation?year=2022");
            await WaitForChartsAsync(page);
            await page.Locator($"[data-testid=inflation-table] tr[data-county='{SampleCounty}']").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"county={SampleCounty}"));
            var detail = page.Locator("[data-testid=inflation-detail]");
            await Assertions.Expect(detail).ToContainTextAsync("金寨县");
            await Assertions.Expect(detail).ToContainTextAsync("医疗保障专项经费");
            // the selected county's point is drawn larger
            await page.WaitForFunctionAsync("() => document.querySelector('[data-chart=inflation-scatter] .js-plotly-plot')?.data?.[0]?.marker?.size?.some(size => size > 11)");
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        });
    }

    [Fact]
    public async Task Gaps_OpensOnTheNamedIndicator_AndItsCountyBelowTarget()
    {
        var (page, _) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            await page.GotoAsync("/gaps");
            await WaitForChartsAsync(page);
            var selected = await page.Locator("[data-testid=filter-indicator] option:checked").InnerTextAsync();
            Assert.StartsWith("重特大疾病医疗救助人次占直接救助人次比例", selected);
            await Assertions.Expect(page.Locator("[data-testid=indicator-rows]")).ToContainTextAsync("曾都区");
            var rows = await page.EvaluateAsync<JsonElement>("() => document.querySelector('[data-chart=gap-heatmap] .js-plotly-plot').data[0].y");
            Assert.Equal("重特大疾病医疗救助人次占直接救助人次比例", rows[0].GetString());
        });
    }

    [Fact]
    public async Task Quality_RefreshButton_QueuesAJobAndFollowsItToTheEnd()
    {
        var (page, errors) = await app.OpenPageAsync();
        await OnPageAsync(page, async () =>
        {
            await page.GotoAsync("/quality");
            await WaitForChartsAsync(page);

            await page.Locator("[data-testid=refresh-button]").ClickAsync();

            var status = page.Locator("[data-testid=refresh-status]");
            await Assertions.Expect(status).ToContainTextAsync("刷新任务", new() { Timeout = 30_000 });
            await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "Succeeded", new() { Timeout = 180_000 });
            await Assertions.Expect(status).ToContainTextAsync("已完成");
            await WaitForChartsAsync(page);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        });
    }

    /// <summary>Runs a test's steps; a failure says where the page was, what it showed and what the app logged.</summary>
    private async Task OnPageAsync(IPage page, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            var text = await page.EvaluateAsync<string>("() => document.body?.innerText ?? ''");
            var log = string.Join('\n', app.Output.Split('\n').TakeLast(60));
            throw new InvalidOperationException($"{failure.Message}\n--- page {page.Url}:\n{text[..Math.Min(text.Length, 1500)]}\n--- app log:\n{log}", failure);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Plotly has drawn every chart of the page when each chart's container holds the plot's svg.</summary>
    private static async Task WaitForChartsAsync(IPage page) => await page.WaitForFunctionAsync(
        "() => { const charts = [...document.querySelectorAll('[data-chart]')]; return charts.length > 0 && charts.every(c => c.querySelector('.js-plotly-plot svg.main-svg')); }");

    private static Task<string> AxisTitleAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.querySelector('[data-chart=ranking] .js-plotly-plot').layout.yaxis.title.text");

    [GeneratedRegex(@"^数据截至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）$")]
    private static partial Regex DataAsOf();

    private sealed record SourceRow
    {
        public string SourceFile { get; init; } = "";
        public int FirstLine { get; init; }
        public int LastLine { get; init; }
    }
}

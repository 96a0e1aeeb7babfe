using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Analytics.Web.Tests;

[Collection(WebTests.Name)]
public sealed class ExportTests(SampleApp app)
{
    private const int Year = 2022;

    /// <summary>
    /// The counties that should be ranked first in 2022, found by plain SQL on the same warehouse: the highest
    /// execution rate, the most inflation, the most years below target, the most violations.
    /// </summary>
    public static TheoryData<string, string> Reports => new()
    {
        { "execution-rates", "select county_name from execution_rates where year = 2022 and execution_rate = (select max(execution_rate) from execution_rates where year = 2022)" },
        { "score-inflation", "select county_name from score_inflation where year = 2022 and inflation = (select max(inflation) from score_inflation where year = 2022)" },
        { "recurring-gaps", "select county_name from recurring_gaps where year = 2022 and years_below_target = (select max(years_below_target) from recurring_gaps where year = 2022)" },
        {
            "rule-violations",
            """
            with counts as (
                select county_name, count(*) as violations from rule_violations where year = 2022 and county_code is not null group by county_name
            )
            select county_name from counts where violations = (select max(violations) from counts)
            """
        },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Xlsx_HasTitleChineseHeadersFrozenHeaderAndTheExpectedCountyFirst(string report, string expectedFirstSql)
    {
        var bytes = await DownloadAsync(report, "xlsx");
        var expectedFirst = await app.Reader.QueryAsync<string>(expectedFirstSql);
        using var sheet = new Spreadsheet(bytes);

        var title = sheet.Text(0, 0);
        Assert.Contains($"{Year}", title, StringComparison.Ordinal);
        Assert.Contains("数据截至", title, StringComparison.Ordinal);
        Assert.Contains("规则集", title, StringComparison.Ordinal);

        var headers = sheet.Rows[1].Select(sheet.Text).ToList();
        Assert.Equal("排名", headers[0]);
        Assert.All(headers, header => Assert.Contains(header, character => character >= '\u4e00' && character <= '\u9fff'));

        var pane = sheet.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State?.Value);
        Assert.Equal(2D, pane.VerticalSplit?.Value);

        Assert.True(sheet.Rows.Count > 2, "no data row");
        Assert.Equal("1", sheet.Text(2, 0));
        Assert.NotEmpty(expectedFirst);
        Assert.Contains(sheet.Text(2, headers.IndexOf("县（市、区）")), expectedFirst);

        var pageSetup = sheet.Worksheet.Descendants<PageSetup>().Single();
        Assert.Equal(OrientationValues.Landscape, pageSetup.Orientation?.Value);
        Assert.Equal(1U, pageSetup.FitToWidth?.Value);
        Assert.Empty(new OpenXmlValidator().Validate(sheet.Document));
    }

    [Fact]
    public async Task Xlsx_FormatsAmountsAndRates()
    {
        using var sheet = new Spreadsheet(await DownloadAsync("execution-rates", "xlsx"));
        var headers = sheet.Rows[1].Select(sheet.Text).ToList();

        Assert.Equal("#,##0.00", sheet.NumberFormat(sheet.Rows[2][headers.IndexOf("调整后预算（万元）")]));
        Assert.Equal("0.00%", sheet.NumberFormat(sheet.Rows[2][headers.IndexOf("预算执行率")]));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Csv_StartsWithTheBomAndHoldsTheSameRowsAsTheXlsx(string report, string expectedFirstSql)
    {
        _ = expectedFirstSql;
        var csv = await DownloadAsync(report, "csv");
        using var sheet = new Spreadsheet(await DownloadAsync(report, "xlsx"));

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(sheet.Rows.Count - 1, lines.Length);
        Assert.Equal(string.Join(",", sheet.Rows[1].Select(sheet.Text)), lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            // rank and county lead every row, in the same order in both files
            var cells = lines[i].Split(',');
            Assert.Equal(sheet.Text(i + 1, 0), cells[0]);
            Assert.Equal(sheet.Text(i + 1, 1), cells[1]);
        }
    }

    [Fact]
    public async Task Export_NamesTheFileInChinese()
    {
        using var response = await app.Client.GetAsync(new Uri($"/api/exports/execution-rates?year={Year}&format=xlsx", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("execution-rates-2022.xlsx", disposition.FileName?.Trim('"'));
        Assert.Equal("预算执行率排名-2022年.xlsx", disposition.FileNameStar);
    }

    [Fact]
    public async Task Export_Answers404WithAProblem_WhenTheReportIsUnknown()
    {
        using var response = await app.Client.GetAsync(new Uri("/api/exports/no-such-report?year=2022", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Export_CoversEveryYear_WhenNoYearIsGiven()
    {
        var csv = Encoding.UTF8.GetString(await DownloadAsync("execution-rates", "csv", year: null));
        var years = (await app.Reader.QueryAsync<int>("select distinct year from execution_rates")).Select(year => $",{year},");

        Assert.All(years, year => Assert.Contains(year, csv, StringComparison.Ordinal));
    }

    private async Task<byte[]> DownloadAsync(string report, string format, int? year = Year)
    {
        var query = year is null ? $"format={format}" : $"year={year}&format={format}";
        using var response = await app.Client.GetAsync(new Uri($"/api/exports/{report}?{query}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }
}

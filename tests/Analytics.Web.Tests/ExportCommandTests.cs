using Analytics.Cli;

namespace Analytics.Web.Tests;

/// <summary>The CLI's <c>export</c> writes the same file the web app serves.</summary>
[Collection(WebTests.Name)]
public sealed class ExportCommandTests(SampleApp app)
{
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Export_WritesWhatTheWebAppServes(string format)
    {
        var file = Path.Combine(app.Folder.Path, $"cli-export.{format}");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await CommandLine.RunAsync(["export", "score-inflation", "--year", "2022", "--format", format, "--out", file, "--db", app.Folder.Database], output, errors);

        Assert.True(exit == 0, errors.ToString());
        var served = await app.Client.GetByteArrayAsync(new Uri($"/api/exports/score-inflation?year=2022&format={format}", UriKind.Relative));
        if (format == "csv")
        {
            Assert.Equal(served, await File.ReadAllBytesAsync(file));
        }
        else
        {
            using var written = new Spreadsheet(await File.ReadAllBytesAsync(file));
            using var expected = new Spreadsheet(served);
            Assert.Equal(expected.Rows.Select(row => row.Select(expected.Text)), written.Rows.Select(row => row.Select(written.Text)));
        }
    }

    [Fact]
    public async Task Export_ExitsWithUsage_WhenTheReportIsUnknown()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await CommandLine.RunAsync(["export", "no-such-report", "--db", app.Folder.Database], output, errors);

        Assert.Equal(2, exit);
        Assert.Contains("execution-rates", errors.ToString(), StringComparison.Ordinal);
    }
}

using System.Text;
using Analytics.Dashboards.Sources;
using Analytics.Warehouse.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Analytics.Dashboards.Tests;

public sealed class SourceLinesTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "source-lines-" + Guid.NewGuid().ToString("N")[..12]);

    public SourceLinesTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "samples", "reports"));
        Directory.CreateDirectory(Path.Combine(folder, "inbox"));
    }

    [Fact]
    public async Task Read_GivesTheLinesAroundTheValue_WithItsLinesHighlighted()
    {
        var lines = Enumerable.Range(1, 40).Select(number => $"第{number}行 预算执行率").ToArray();
        await File.WriteAllLinesAsync(Path.Combine(folder, "samples", "reports", "report.txt"), lines);

        var context = await Reader().ReadAsync("report.txt", 20, 22);

        Assert.True(context.Found);
        Assert.Equal(20 - SourceLines.ContextBefore, context.Lines[0].Number);
        Assert.Equal(22 + SourceLines.ContextAfter, context.Lines[^1].Number);
        Assert.Equal([20, 21, 22], context.Lines.Where(line => line.Highlighted).Select(line => line.Number));
        Assert.Equal("第21行 预算执行率", context.Lines.Single(line => line.Number == 21).Text);
    }

    [Fact]
    public async Task Read_DecodesGb18030_AndFindsFilesInTheInbox()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030");
        await File.WriteAllBytesAsync(Path.Combine(folder, "inbox", "gbk.txt"), gb18030.GetBytes("金寨县医疗保障局\r\n项目支出绩效自评表\r\n年初预算数 176.77 万元\r\n"));

        var context = await Reader().ReadAsync("gbk.txt", 3, 3);

        Assert.True(context.Found, context.Problem);
        Assert.Equal("年初预算数 176.77 万元", context.Lines.Single(line => line.Highlighted).Text);
        Assert.Equal("金寨县医疗保障局", context.Lines[0].Text);
    }

    [Fact]
    public async Task Read_NamesThePdfPageOfTheHighlightedLines()
    {
        // a seed printed to PDF: its records cite lines of the text the PDF reader produced, and the pages they are on
        var pdf = Path.Combine(DashboardApp.RepositoryRoot(), "tests", "fixtures", "formats", "pdf", "002_d5d65c7f22f61821.pdf");
        File.Copy(pdf, Path.Combine(folder, "inbox", "002.pdf"));
        var record = Analytics.Etl.Extraction.Extractor.CreateDefault().ExtractFile(pdf).Records[^1];

        var context = await Reader().ReadAsync("002.pdf", record.Source.FirstLine, record.Source.LastLine);

        Assert.True(context.Found, context.Problem);
        Assert.True(record.Source.LastPage > 1, "the fixture's last record is past page 1");
        var expected = record.Source.FirstPage == record.Source.LastPage
            ? $"第 {record.Source.FirstPage} 页"
            : $"第 {record.Source.FirstPage}–{record.Source.LastPage} 页";
        Assert.Equal(expected, context.PagesLabel);
    }

    [Fact]
    public async Task Read_FindsEachOfTwoSameNamedFiles_ByItsPathBelowTheFolder()
    {
        foreach (var county in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(folder, "inbox", county));
            await File.WriteAllLinesAsync(Path.Combine(folder, "inbox", county, "report.txt"), [$"{county} 县医疗保障局", "年初预算数 1 万元"]);
        }

        var first = await Reader().ReadAsync("a/report.txt", 1, 1);
        var second = await Reader().ReadAsync("b/report.txt", 1, 1);

        Assert.Equal("a 县医疗保障局", first.Lines.Single(line => line.Highlighted).Text);
        Assert.Equal("b 县医疗保障局", second.Lines.Single(line => line.Highlighted).Text);
    }

    [Theory]
    [InlineData("missing.txt")]
    [InlineData("../secret.txt")]
    [InlineData("a/../../secret.txt")]
    [InlineData("/etc/hostname")]
    public async Task Read_AFileItCannotShow_SaysWhy(string name)
    {
        var context = await Reader().ReadAsync(name, 1, 1);
        Assert.False(context.Found);
        Assert.Empty(context.Lines);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private SourceLines Reader()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Warehouse:SamplesPath"] = "samples",
            ["Refresh:InboxPath"] = Path.Combine(folder, "inbox"),
        }).Build();
        return new SourceLines(configuration, new Environment(folder), new WarehouseReader(Path.Combine(folder, "none.duckdb")), new Analytics.Etl.Reading.InProcessSourceText());
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

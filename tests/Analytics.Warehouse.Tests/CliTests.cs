using Analytics.Cli;

namespace Analytics.Warehouse.Tests;

/// <summary>load, models and query through the command line, as docs/contract/interfaces.md names them.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static async Task<(int Exit, string Output, string Errors)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task ExportCsv_WritesFormulaLikeCellsAsText_AndNumbersAsNumbers()
    {
        // issue 12: a file or project name starting with '=' reached the csv as a formula a spreadsheet would run
        var inbox = temp.Inbox();
        foreach (var seed in Directory.EnumerateFiles(inbox))
        {
            File.Move(seed, Path.Combine(inbox, "=HYPERLINK(\"evil\")" + Path.GetFileName(seed)));
        }

        var database = temp.Combine("w.duckdb");
        var output = temp.Combine("violations.csv");
        Assert.Equal(0, (await Run("load", inbox, "--db", database)).Exit);

        var (exit, _, errors) = await Run("export", "rule-violations", "--format", "csv", "--out", output, "--db", database);

        Assert.True(exit == 0, errors);
        var rows = (await File.ReadAllLinesAsync(output)).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(",\"'=HYPERLINK(\"\"evil\"\")", row, StringComparison.Ordinal));
        Assert.DoesNotContain(rows, row => row.Contains(",=", StringComparison.Ordinal) || row.StartsWith('='));
    }

    [Theory]
    [InlineData("copy (select 1 as x) to '{0}'")]
    [InlineData("select * from read_text('/etc/hostname')")]
    [InlineData("select * from read_csv('/etc/passwd')")]
    [InlineData("set enable_external_access = true")]
    [InlineData("install httpfs")]
    [InlineData("attach '{0}.db' as other")]
    public async Task Query_RefusesToTouchAnythingOutsideTheWarehouse(string sql)
    {
        // issue 12: `query` said it only reads, yet wrote a file with copy … to and read one with read_text
        var database = temp.Combine("w.duckdb");
        Assert.Equal(0, (await Run("load", temp.Inbox(), "--db", database)).Exit);
        var written = temp.Combine("written.csv");

        var (exit, output, errors) = await Run("query", string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, written), "--db", database);

        Assert.Equal(1, exit);
        Assert.StartsWith("query failed: ", errors, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(File.Exists(written));
        Assert.False(File.Exists(written + ".db"));
        Assert.Equal(0, (await Run("query", "select count(*) from evaluations", "--db", database)).Exit);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 10", "'+86 10")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tX", "'\tX")]
    [InlineData("-1.50", "-1.50")]
    [InlineData("-12%", "-12%")]
    [InlineData("-人员经费", "'-人员经费")]
    [InlineData("金寨县", "金寨县")]
    public void Defused_EscapesWhatASpreadsheetWouldRun(string cell, string written)
    {
        Assert.Equal(written, Analytics.Warehouse.Exports.CsvExportWriter.Defused(cell));
    }

    [Fact]
    public async Task LoadThenQuery_AnswersFromThePublicViews_InEveryFormat()
    {
        var database = temp.Combine("w.duckdb");
        var (loadExit, loadOutput, _) = await Run("load", temp.Inbox(), "--db", database);

        Assert.Equal(0, loadExit);
        Assert.Contains("5 loaded", loadOutput, StringComparison.Ordinal);
        Assert.Contains("41 record(s)", loadOutput, StringComparison.Ordinal);

        var (_, csv, _) = await Run("query", "select county_name, count(*) as n from evaluations where county_name is not null group by 1 order by 1", "--db", database, "--format", "csv");
        Assert.Equal(["county_name,n", "曾都区,6", "金寨县,13"], csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var (_, json, _) = await Run("query", "select file_name, status from documents order by file_name limit 1", "--db", database, "--format", "json");
        Assert.Equal("{\"file_name\":\"000_1bb043f9016b35c5.txt\",\"status\":\"loaded\"}", json.Trim());

        var (_, table, _) = await Run("query", "select count(*) as n from indicator_results", "--db", database);
        Assert.Contains("215", table, StringComparison.Ordinal);
        Assert.Contains("(1 row)", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_RefusesToWrite_BecauseTheConnectionIsReadOnly()
    {
        var database = temp.Combine("w.duckdb");
        await Run("load", temp.Inbox(), "--db", database);

        var (exit, _, errors) = await Run("query", "delete from raw_records", "--db", database);

        Assert.Equal(1, exit);
        Assert.Contains("read-only", errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Query_SaysToLoadFirst_WhenThereIsNoWarehouse()
    {
        var (exit, _, errors) = await Run("query", "select 1", "--db", temp.Combine("missing.duckdb"));

        Assert.Equal(1, exit);
        Assert.Contains("run `load` first", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Models_RebuildsAndRunsTheDataTests()
    {
        var database = temp.Combine("w.duckdb");
        await Run("load", temp.Inbox(), "--db", database);

        var (exit, output, _) = await Run("models", "--db", database);

        Assert.Equal(0, exit);
        Assert.Matches(@"data tests: \d+ passed, 0 failed", output);
    }
}

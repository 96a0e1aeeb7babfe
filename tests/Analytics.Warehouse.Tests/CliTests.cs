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

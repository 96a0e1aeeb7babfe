using System.Net.Http.Json;
using System.Text.Json;

namespace Analytics.Web.Tests;

/// <summary>On-demand refreshes through the API, each test on an app of its own (they change its warehouse).</summary>
[Collection(WebTests.Name)]
public sealed class RefreshTests : IDisposable
{
    private const string NewReport = "rt10_linquan_kangxi.txt";
    private const string NewCountyCode = "341221";

    private readonly TestFolder folder = new();
    private readonly WebAppFactory factory;
    private readonly HttpClient client;

    public RefreshTests()
    {
        Directory.CreateDirectory(Seeds);
        factory = new WebAppFactory(folder, new Dictionary<string, string?> { ["Warehouse:SeedsPath"] = Seeds });
        client = factory.CreateClient();
    }

    /// <summary>Seed CSVs replacing bundled ones: none at the start, a broken one in the failure test.</summary>
    private string Seeds => Path.Combine(folder.Path, "seeds");

    [Fact]
    public async Task Refresh_LoadsANewInboxReport_AndASecondRefreshChangesNoRow()
    {
        Assert.Empty(await EvaluationsAsync());
        folder.CopyToInbox(NewReport);

        var jobId = await Jobs.EnqueueRefreshAsync(client);
        var job = await Jobs.WaitForEndAsync(client, jobId);

        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        Assert.Equal(100, job.GetProperty("progress").GetInt32());
        var rows = await EvaluationsAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(NewReport, row.GetProperty("source_file").GetString()));
        var evaluations = await client.GetStringAsync("/api/evaluations");
        var indicators = await client.GetStringAsync("/api/indicator-results");
        var status = await client.GetStringAsync("/api/status");

        var second = await Jobs.WaitForEndAsync(client, await Jobs.EnqueueRefreshAsync(client));

        Assert.Equal("Succeeded", second.GetProperty("state").GetString());
        Assert.Equal(evaluations, await client.GetStringAsync("/api/evaluations"));
        Assert.Equal(indicators, await client.GetStringAsync("/api/indicator-results"));
        Assert.Equal(status, await client.GetStringAsync("/api/status"));
    }

    [Fact]
    public async Task Refresh_QuarantinesATableNestedTenThousandDeep_AndLoadsTheRest()
    {
        // issue 12: this 2 KB file overflowed the stack of the web process, which died at every refresh
        folder.CopyToInbox(NewReport);
        await File.WriteAllBytesAsync(Path.Combine(folder.Inbox, "nested.docx"), Analytics.Generator.Fuzzing.HostileDocuments.NestedTablesDocx(10_000));

        var job = await Jobs.WaitForEndAsync(client, await Jobs.EnqueueRefreshAsync(client));

        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        Assert.Contains("1 loaded", job.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("1 quarantined", job.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(await EvaluationsAsync());
        using var reader = new Analytics.Warehouse.Querying.WarehouseReader(folder.Database);
        var reason = Assert.Single(await reader.QueryAsync<string>("select reason from documents where file_name = 'nested.docx'"));
        Assert.StartsWith("word/document.xml: elements nested deeper than 256 levels", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_SucceedsWithoutChangingData_WhenTheInboxIsEmpty()
    {
        var before = await client.GetStringAsync("/api/status");

        var job = await Jobs.WaitForEndAsync(client, await Jobs.EnqueueRefreshAsync(client));

        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        Assert.Equal(before, await client.GetStringAsync("/api/status"));
    }

    [Fact]
    public async Task Refresh_FailsAndKeepsThePreviousDataLive_WhenTheModelsCannotBeBuilt()
    {
        var before = await client.GetStringAsync("/api/status");
        folder.CopyToInbox(NewReport);
        await File.WriteAllTextAsync(Path.Combine(Seeds, "rule_sets.csv"), "rule_set_id,version\nbroken,1\n");

        var job = await Jobs.WaitForEndAsync(client, await Jobs.EnqueueRefreshAsync(client));

        Assert.Equal("Failed", job.GetProperty("state").GetString());
        Assert.Contains("previous data stays live", job.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await client.GetStringAsync("/api/status"));
        Assert.Empty(await EvaluationsAsync());
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
        folder.Dispose();
    }

    private async Task<JsonElement[]> EvaluationsAsync() =>
        await client.GetFromJsonAsync<JsonElement[]>($"/api/evaluations?county={NewCountyCode}") ?? [];
}

using Analytics.Warehouse.Querying;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Analytics.Web.Tests;

/// <summary>
/// Two instances of the app, each with its own Hangfire server, share one PostgreSQL job storage and one warehouse:
/// a refresh queued on one runs exactly once. Uses the server that scripts/test.sh starts
/// (<c>ANALYTICS_TEST_POSTGRES</c>); without it the test fails, saying why: it cannot pass unchecked.
/// </summary>
[Collection(WebTests.Name)]
public sealed class PostgresRefreshTests(ITestOutputHelper output)
{
    private const string NewReport = "rt02_cangxi_tabled.txt";

    [Fact]
    public async Task Refresh_RunsExactlyOnce_WhenTwoServersShareOnePostgresStorage()
    {
        var connectionString = Environment.GetEnvironmentVariable("ANALYTICS_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Fail("ANALYTICS_TEST_POSTGRES is not set: no PostgreSQL to run two Hangfire servers against (scripts/test.sh starts one; see its setup_postgres messages)");
        }

        using var folder = new TestFolder();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Hangfire"] = connectionString,
            ["Jobs:SchemaName"] = $"hangfire_test_{Guid.NewGuid():N}"[..28],
            ["Jobs:QueuePollInterval"] = "00:00:01",
            ["Jobs:WorkerCount"] = "2",
        };
        using var first = new WebAppFactory(folder, settings);
        using var firstClient = first.CreateClient();
        using var second = new WebAppFactory(folder, settings);
        using var secondClient = second.CreateClient();
        var storage = first.Services.GetRequiredService<JobStorage>();
        Assert.NotSame(storage, second.Services.GetRequiredService<JobStorage>());
        await WaitForServersAsync(storage, 2);

        var reader = new WarehouseReader(folder.Database);
        var batchesBefore = await BatchesAsync(reader);
        folder.CopyToInbox(NewReport);
        var jobId = await Jobs.EnqueueRefreshAsync(firstClient);
        var job = await Jobs.WaitForEndAsync(secondClient, jobId);

        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        string? hangfireId;
        using (var connection = storage.GetConnection())
        {
            hangfireId = Analytics.Web.Jobs.RefreshIds.Resolve(connection, jobId);
        }

        Assert.NotNull(hangfireId);
        var history = storage.GetMonitoringApi().JobDetails(hangfireId).History;
        var processing = history.Where(state => state.StateName == "Processing").ToList();
        output.WriteLine(string.Join(Environment.NewLine, history.Select(state => $"{state.CreatedAt:O} {state.StateName} {string.Join(' ', state.Data)}")));
        Assert.Single(processing);
        Assert.Equal(batchesBefore + 1, await BatchesAsync(reader));
        Assert.NotEmpty(await reader.QueryAsync<string>("select evaluation_id from evaluations where source_file = $file", new { file = NewReport }));
    }

    private static async Task WaitForServersAsync(JobStorage storage, int count)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (storage.GetMonitoringApi().Servers().Count < count)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"fewer than {count} Hangfire servers came up");
            await Task.Delay(250);
        }
    }

    private static async Task<long> BatchesAsync(WarehouseReader reader) =>
        (await reader.QueryAsync<long>("select count(*) from raw_batches")).Single();
}

using System.Net.Http.Json;
using System.Text.Json;
using Analytics.Warehouse.Querying;

namespace Analytics.Web.Tests;

/// <summary>One app on the samples, shared by the read-only tests of the collection.</summary>
public sealed class SampleApp : IDisposable
{
    public SampleApp()
    {
        Factory = new WebAppFactory(Folder);
        Client = Factory.CreateClient();
    }

    public TestFolder Folder { get; } = new();

    public WebAppFactory Factory { get; }

    public HttpClient Client { get; }

    /// <summary>The same warehouse the app reads, for computing what a response should hold.</summary>
    public WarehouseReader Reader => new(Folder.Database);

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Folder.Dispose();
    }
}

/// <summary>
/// Every test of the web app runs in this one collection, one at a time: Hangfire keeps some process-wide state, and
/// two machines' worth of app instances on two cores would only make each other slow.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WebTests : ICollectionFixture<SampleApp>
{
    public const string Name = "web";
}

public static class Jobs
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(180);

    /// <summary>Polls <c>GET /api/jobs/{id}</c> until the job has Succeeded or Failed, for at most three minutes.</summary>
    public static async Task<JsonElement> WaitForEndAsync(HttpClient client, string jobId)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}");
            var state = job.GetProperty("state").GetString();
            if (state is "Succeeded" or "Failed" || clock.Elapsed > Limit)
            {
                return job;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    public static async Task<string> EnqueueRefreshAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/api/refresh", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("jobId").GetString()!;
    }
}

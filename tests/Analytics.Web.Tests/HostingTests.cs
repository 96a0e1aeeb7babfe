using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Web.Tests;

/// <summary>What the host answers to bad or hostile requests (issue 12): never a 500, no guessable ids, no server paths.</summary>
[Collection(WebTests.Name)]
public sealed class HostingTests(SampleApp app)
{
    [Theory]
    [InlineData("/rankings?year=abc")]
    [InlineData("/gaps?year=abc")]
    [InlineData("/inflation?year=abc")]
    [InlineData("/rankings?year=99999999999")]
    public async Task Pages_SayTheYearIsInvalid_InsteadOfFailing(string address)
    {
        using var response = await app.Client.GetAsync(new Uri(address, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"invalid-year\"", html, StringComparison.Ordinal);
        Assert.Contains("无效，已显示全部年度", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcePanel_ReadsFilesInWorkerProcesses_NotInTheHost()
    {
        var reader = app.Factory.Services.GetRequiredService<Analytics.Etl.Reading.ISourceTextReader>();

        Assert.IsType<Analytics.Etl.Isolation.IsolatedExtractor>(reader);
    }

    [Fact]
    public async Task Pages_ShowNoNotice_WhenTheYearIsValid()
    {
        var html = await app.Client.GetStringAsync(new Uri("/rankings?year=2022", UriKind.Relative));

        Assert.DoesNotContain("invalid-year", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_AnswersARandomId_AndNoServerPath()
    {
        using var first = await app.Client.PostAsync(new Uri("/api/refresh", UriKind.Relative), null);
        using var second = await app.Client.PostAsync(new Uri("/api/refresh", UriKind.Relative), null);
        var ids = new[]
        {
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!,
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!,
        };

        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
        Assert.NotEqual(ids[0], ids[1]);
        var job = await Jobs.WaitForEndAsync(app.Client, ids[0]);
        var text = job.GetRawText();
        Assert.Equal(ids[0], job.GetProperty("jobId").GetString());
        Assert.DoesNotContain(app.Factory.Folder.Path, text, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp", text, StringComparison.Ordinal);

        // Hangfire's own ids are sequential: they are not what the API answers to
        using var guessed = await app.Client.GetAsync(new Uri("/api/jobs/1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task JobsDashboard_IsNotLocal_WhenAProxyForwardsARemoteClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/jobs", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

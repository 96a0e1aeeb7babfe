using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Analytics.Warehouse.Files;
using Dapper;

namespace Analytics.Bench;

/// <summary>
/// Server time of the dashboard pages analysts open most, over the national-scale warehouse: the web host is started
/// as analysts start it (<c>dotnet run --project src/Analytics.Web</c>, Release) and each page is fetched over HTTP. The
/// first response of a Blazor Server page is rendered on the server with its queries, so the time to the full response
/// is the page's server time (the browser then draws the charts from that data).
/// </summary>
internal static class WebPages
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    public static async Task MeasureAsync(string databasePath, string folder, BenchSizes sizes, Dictionary<string, object> results, TextWriter log)
    {
        List<(int Year, string Province)> keys;
        List<string> counties;
        using (var connection = Database.OpenReadOnly(databasePath))
        {
            keys = connection.Query<(int Year, string Province)>(
                "select distinct year, province_name from county_rankings where province_name is not null order by 1, 2").ToList();
            counties = connection.Query<string>(
                "select county_code from (select distinct county_code from evaluations where county_code is not null) order by hash(county_code) limit $count",
                new { count = sizes.PageRequests }).ToList();
        }

        var port = FreePort();
        var inbox = Directory.CreateDirectory(Path.Combine(folder, "inbox")).FullName;
        using var host = StartHost(databasePath, inbox, port);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
            await WaitUntilServingAsync(client, host);
            log.WriteLine($"web host on port {port}: {sizes.PageRequests} requests per page");

            string[] metrics = ["execution_rate", "score_inflation", "gap_count"];
            var years = keys.Select(key => key.Year).Distinct().ToList();
            await TimeAsync(client, "page_rankings_all_ms", sizes.PageRequests, i => $"/rankings?year={years[i % years.Count]}&metric={metrics[i % metrics.Length]}", results, log);
            await TimeAsync(client, "page_rankings_province_ms", sizes.PageRequests, i =>
            {
                var (year, province) = keys[i * 7 % keys.Count];
                return $"/rankings?year={year}&province={Uri.EscapeDataString(province)}&metric={metrics[i % metrics.Length]}";
            }, results, log);
            await TimeAsync(client, "page_county_ms", sizes.PageRequests, i => $"/counties/{counties[i % counties.Count]}", results, log);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static async Task TimeAsync(HttpClient client, string name, int requests, Func<int, string> url, Dictionary<string, object> results, TextWriter log)
    {
        var timings = new List<double>();
        for (var i = 0; i < requests + 5; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(url(i));
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode || body.Length == 0)
            {
                throw new InvalidOperationException($"{url(i)} answered {(int)response.StatusCode}");
            }

            // the first requests warm up JIT, the connection pool and DuckDB's caches
            if (i >= 5)
            {
                timings.Add(elapsed);
            }
        }

        timings.Sort();
        results[name + "_p50"] = Math.Round(timings[timings.Count / 2], 1);
        results[name + "_p95"] = Math.Round(timings[(int)Math.Ceiling(timings.Count * 0.95) - 1], 1);
        log.WriteLine($"{name}: p50 {results[name + "_p50"]} ms, p95 {results[name + "_p95"]} ms over {timings.Count} requests");
    }

    private static Process StartHost(string databasePath, string inbox, int port)
    {
        var project = Path.Combine(RepositoryRoot.Find(), "src", "Analytics.Web");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "run", "--project", project, "-c", "Release", "--no-launch-profile", "--",
            "--urls", $"http://127.0.0.1:{port}",
            $"--Warehouse:DatabasePath={databasePath}",
            $"--Refresh:InboxPath={inbox}",
            "--Logging:LogLevel:Default=Warning",
            // every request pays for its queries: the page cache would otherwise answer repeated views
            "--Dashboards:PageCacheSeconds=0",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the web host");
        process.OutputDataReceived += (_, line) => Remember(line.Data);
        process.ErrorDataReceived += (_, line) => Remember(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The host's last lines of output, to say why it stopped.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> HostOutput = new();

    private static void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        HostOutput.Enqueue(line);
        while (HostOutput.Count > 40 && HostOutput.TryDequeue(out _))
        {
        }
    }

    private static async Task WaitUntilServingAsync(HttpClient client, Process host)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException(
                    $"the web host exited with code {host.ExitCode} before serving:\n{string.Join('\n', HostOutput)}");
            }

            try
            {
                using var response = await client.GetAsync("/");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet: it is still building or starting
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        throw new TimeoutException($"the web host did not serve / within {StartTimeout.TotalMinutes} minutes");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

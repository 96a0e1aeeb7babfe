using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Analytics.Warehouse.Querying;
using Microsoft.Playwright;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// The real web app (<c>src/Analytics.Web</c>, from its own build output) on a free loopback port, over a copy of the
/// bundled samples in a temporary folder, and a headless Debian Chromium driven by Playwright.
/// </summary>
public sealed class DashboardApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);

    private readonly StringBuilder output = new();
    private Process? process;
    private IPlaywright? playwright;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "dashboards-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public string DatabasePath => Path.Combine(Folder, "warehouse.duckdb");

    public string SamplesPath => Path.Combine(Folder, "samples");

    public string InboxPath => Path.Combine(Folder, "inbox");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The warehouse the app reads, for what a page should show.</summary>
    public WarehouseReader Reader => new(DatabasePath);

    /// <summary>Where the screenshots of the pages go, to be looked at.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "dashboard-screenshots");

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot();
        CopyFolder(Path.Combine(root, "samples"), SamplesPath);
        Directory.CreateDirectory(InboxPath);
        Directory.CreateDirectory(ScreenshotFolder);

        var web = WebAppPath(root);
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(web);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        // Development: the static web assets (plotly.js, the stylesheet) are served from the build output's manifest
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Warehouse__DatabasePath"] = DatabasePath;
        start.Environment["Warehouse__SamplesPath"] = SamplesPath;
        start.Environment["Refresh__InboxPath"] = InboxPath;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        process = Process.Start(start) ?? throw new InvalidOperationException("could not start the web app");
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A new page at 1400×900 that records every console error and uncaught exception.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"console: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add($"page error: {error}");
            }
        };
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"the web app exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"the web app did not answer within {StartLimit}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Analytics.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Analytics.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>
    /// The web app as built beside this test project, in the same configuration; <c>ANALYTICS_WEB_DLL</c> names
    /// another build of it (e.g. a published one).
    /// </summary>
    private static string WebAppPath(string root)
    {
        if (Environment.GetEnvironmentVariable("ANALYTICS_WEB_DLL") is { Length: > 0 } given)
        {
            return Path.GetFullPath(given);
        }

        var configuration = typeof(DashboardApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(root, "src", "Analytics.Web", "bin", configuration, "net10.0", "Analytics.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"build src/Analytics.Web first: no {path}", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>The browser tests share one app and one browser, and run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserTests : ICollectionFixture<DashboardApp>
{
    public const string Name = "browser";
}

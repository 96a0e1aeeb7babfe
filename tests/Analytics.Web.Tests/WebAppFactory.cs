using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Analytics.Web.Tests;

/// <summary>
/// The web app on a warehouse of its own: a temporary folder with copies of the sample reports (loaded on the first
/// start), an inbox and a database path. Several factories may share one folder (two instances of the app, as in
/// production behind one PostgreSQL); the recurring refresh never fires, so a test decides every refresh.
/// </summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public WebAppFactory(TestFolder folder, IReadOnlyDictionary<string, string?>? extra = null)
    {
        Folder = folder;
        settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Warehouse:DatabasePath"] = folder.Database,
            ["Warehouse:SamplesPath"] = folder.Samples,
            ["Refresh:InboxPath"] = folder.Inbox,
            ["Refresh:Cron"] = "0 0 31 2 *", // Hangfire's Cron.Never()
            ["ConnectionStrings:Hangfire"] = string.Empty,
            ["Logging:LogLevel:Default"] = "Warning",

            // the test host cannot start itself as a worker: the CLI's assembly, copied beside these tests, is one
            ["Extraction:WorkerAssembly"] = System.IO.Path.Combine(AppContext.BaseDirectory, "analytics.dll"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public TestFolder Folder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Development");
    }
}

/// <summary>A temporary folder holding the samples, the inbox and the warehouse of one test app; removed at the end.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "analytics-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Inbox);
        var reports = System.IO.Path.Combine(Samples, "reports");
        Directory.CreateDirectory(reports);
        foreach (var sample in Directory.EnumerateFiles(Repository.SampleReports))
        {
            File.Copy(sample, System.IO.Path.Combine(reports, System.IO.Path.GetFileName(sample)));
        }
    }

    public string Path { get; }

    public string Samples => System.IO.Path.Combine(Path, "samples");

    public string Inbox => System.IO.Path.Combine(Path, "inbox");

    public string Database => System.IO.Path.Combine(Path, "data", "warehouse.duckdb");

    /// <summary>Copies a report of the repository's test fixtures into the inbox.</summary>
    public void CopyToInbox(string unseenReport) =>
        File.Copy(System.IO.Path.Combine(Repository.UnseenReports, unseenReport), System.IO.Path.Combine(Inbox, unseenReport), overwrite: true);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by a closing host: the OS temp cleaner takes it
        }
    }
}

public static class Repository
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Analytics.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("no folder holding Analytics.sln above the test binaries");
    });

    public static string SampleReports => System.IO.Path.Combine(RootFolder.Value, "samples", "reports");

    public static string UnseenReports => System.IO.Path.Combine(RootFolder.Value, "tests", "fixtures", "unseen", "reports");
}

namespace Analytics.Warehouse.Tests;

/// <summary>Repository folders, and a temporary folder per test that removes itself.</summary>
public static class RepositoryFolders
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Analytics.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("no folder holding Analytics.sln above the test binaries");
    });

    public static string Root => RootFolder.Value;

    public static string Samples => Path.Combine(Root, "samples", "reports");

    public static string Gold => Path.Combine(Root, "tests", "fixtures", "gold");
}

public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>A folder holding copies of the five seed reports, plus what the caller adds.</summary>
    public string Inbox(string name = "inbox")
    {
        var inbox = Combine(name);
        Directory.CreateDirectory(inbox);
        foreach (var seed in Directory.EnumerateFiles(RepositoryFolders.Samples))
        {
            File.Copy(seed, System.IO.Path.Combine(inbox, System.IO.Path.GetFileName(seed)), overwrite: true);
        }

        return inbox;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a file still open by a killed process: the OS temp cleaner takes it
        }
    }
}

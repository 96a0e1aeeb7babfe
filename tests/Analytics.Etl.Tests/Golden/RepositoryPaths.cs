namespace Analytics.Etl.Tests.Golden;

/// <summary>Folders of the repository, found from the test binaries by walking up to the folder that holds Analytics.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary>samples/reports: the bundled seed reports.</summary>
    public static string Samples => Path.Combine(Root, "samples", "reports");

    /// <summary>tests/fixtures/gold: the hand-checked records of the seeds, one .jsonl per seed.</summary>
    public static string Gold => Path.Combine(Root, "tests", "fixtures", "gold");

    /// <summary>tests/fixtures/layouts: hand-made reports, one per layout family, with their expected records.</summary>
    public static string Layouts => Path.Combine(Root, "tests", "fixtures", "layouts");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Analytics.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no folder holding Analytics.sln above {AppContext.BaseDirectory}");
    }
}

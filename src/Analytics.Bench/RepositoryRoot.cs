namespace Analytics.Bench;

/// <summary>The clone the benchmark runs from: the folder above it that holds Analytics.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Analytics.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Analytics.sln not found above the benchmark's folder");
    }
}

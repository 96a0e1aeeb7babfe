namespace Analytics.Warehouse.Loading;

/// <summary>
/// A report to load: where it is, and the key the warehouse knows it by. The key is the path relative to the folder
/// it was loaded from (with '/' between folders), so <c>a/report.txt</c> and <c>b/report.txt</c> are two documents;
/// a file loaded alone is keyed by its name.
/// </summary>
public sealed record ReportFile(string Path, string Key)
{
    public static ReportFile Alone(string path) => new(path, System.IO.Path.GetFileName(path));

    public static ReportFile Under(string folder, string path) =>
        new(path, System.IO.Path.GetRelativePath(folder, path).Replace(System.IO.Path.DirectorySeparatorChar, '/'));
}

/// <summary>
/// The report files of a folder: every file below it, except what a corpus keeps beside its reports (true records,
/// notes, hidden files), in key order so a load is repeatable.
/// </summary>
public static class ReportFiles
{
    private static readonly HashSet<string> NotReports = new(StringComparer.OrdinalIgnoreCase) { ".md", ".jsonl", ".json" };

    /// <summary>One file (taken as is), or the reports below a folder; null when the path does not exist.</summary>
    public static IReadOnlyList<ReportFile>? List(string path)
    {
        if (File.Exists(path))
        {
            return [ReportFile.Alone(path)];
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(IsReport)
            .Select(file => ReportFile.Under(path, file))
            .OrderBy(file => file.Key, StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsReport(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !NotReports.Contains(Path.GetExtension(name))
            && !path.Split(Path.DirectorySeparatorChar).Any(folder => folder is "truth" or "expected" or "gold");
    }
}

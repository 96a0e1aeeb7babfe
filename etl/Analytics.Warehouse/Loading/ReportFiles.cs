namespace Analytics.Warehouse.Loading;

/// <summary>
/// The report files of a folder: every file below it, except what a corpus keeps beside its reports (true records,
/// notes, hidden files), in name order so a load is repeatable.
/// </summary>
public static class ReportFiles
{
    private static readonly HashSet<string> NotReports = new(StringComparer.OrdinalIgnoreCase) { ".md", ".jsonl", ".json" };

    /// <summary>One file (taken as is), or the reports below a folder; null when the path does not exist.</summary>
    public static IReadOnlyList<string>? List(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(IsReport)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsReport(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !NotReports.Contains(Path.GetExtension(name))
            && !path.Split(Path.DirectorySeparatorChar).Any(folder => folder is "truth" or "expected" or "gold");
    }
}

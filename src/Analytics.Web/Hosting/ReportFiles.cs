namespace Analytics.Web.Hosting;

/// <summary>The report files of a folder: every file under it, recursively, hidden ones left out, in name order.</summary>
public static class ReportFiles
{
    public static IReadOnlyList<string> Under(string folder) => !Directory.Exists(folder)
        ? []
        : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetFileName(file).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
}

namespace Analytics.Web.Hosting;

/// <summary>The report files under a folder, as every loader sees them (Analytics.Warehouse.Loading.ReportFiles).</summary>
public static class ReportFiles
{
    public static IReadOnlyList<string> Under(string folder) =>
        Directory.Exists(folder) ? Warehouse.Loading.ReportFiles.List(folder) ?? [] : [];
}

using Analytics.Warehouse.Loading;

namespace Analytics.Web.Hosting;

/// <summary>The report files under a folder, keyed by their path below it, as every loader sees them (Analytics.Warehouse.Loading.ReportFiles).</summary>
public static class ReportFiles
{
    public static IReadOnlyList<ReportFile> Under(string folder) =>
        Directory.Exists(folder) ? Warehouse.Loading.ReportFiles.List(folder) ?? [] : [];
}

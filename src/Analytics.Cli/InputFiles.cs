using Analytics.Warehouse.Loading;

namespace Analytics.Cli;

/// <summary>The report files a command works on: one file, or the reports below a folder (see ReportFiles).</summary>
public static class InputFiles
{
    public static IReadOnlyList<string>? List(string path) => ReportFiles.List(path)?.Select(file => file.Path).ToList();

    /// <summary>The files with the keys the warehouse knows them by (their path below the folder given).</summary>
    public static IReadOnlyList<ReportFile>? Keyed(string path) => ReportFiles.List(path);
}

namespace Analytics.Cli;

/// <summary>The report files a command works on: one file, or the reports below a folder (see ReportFiles).</summary>
public static class InputFiles
{
    public static IReadOnlyList<string>? List(string path) => Warehouse.Loading.ReportFiles.List(path);
}

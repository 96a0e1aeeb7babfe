namespace Analytics.Generator.Formats;

/// <summary>Prints text reports to PDF with headless Chromium. Placeholder until the writer lands.</summary>
public static class PdfReportWriter
{
    /// <summary>Prints each (text, output path) pair; returns null on success or why printing failed.</summary>
    public static string? Write(IReadOnlyList<(string Text, string Title, string OutputPath)> reports, string chromiumPath = "/usr/bin/chromium") =>
        "pdf writer not available yet";
}

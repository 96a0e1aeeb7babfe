namespace Analytics.Generator.Formats;

/// <summary>Writes a text report as a .xlsx (DocumentFormat.OpenXml). Placeholder until the writer lands.</summary>
public static class XlsxReportWriter
{
    public static byte[] Write(string text, string title) => throw new NotSupportedException("xlsx writer not available yet");
}

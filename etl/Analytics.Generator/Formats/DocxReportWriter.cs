namespace Analytics.Generator.Formats;

/// <summary>Writes a text report as a .docx (DocumentFormat.OpenXml). Placeholder until the writer lands.</summary>
public static class DocxReportWriter
{
    public static byte[] Write(string text, string title) => throw new NotSupportedException("docx writer not available yet");
}

using Analytics.Etl.Reading.Formats;

namespace Analytics.Etl.Reading.Pdf;

/// <summary>Reads a PDF's text layer in reading order (PdfPig). Placeholder until the reader lands.</summary>
public static class PdfTextReader
{
    public static ReadOutcome Read(byte[] bytes, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        return ReadOutcome.Failed("PDF reading is not available yet");
    }
}

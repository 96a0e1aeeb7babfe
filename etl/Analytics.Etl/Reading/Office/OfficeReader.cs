using Analytics.Etl.Reading.Formats;

namespace Analytics.Etl.Reading.Office;

/// <summary>
/// Reads a zip-based Office file, told apart by its parts (word/document.xml: .docx, xl/workbook.xml: .xlsx). The
/// zip is checked and inflated under the limits first (<see cref="ZipGuard"/>); OpenXml only sees the parts that passed.
/// Whatever OpenXml throws on a broken part becomes the document's reason, never an exception.
/// </summary>
public static class OfficeReader
{
    /// <returns>The format found ("docx", "xlsx" or "zip") and what was read.</returns>
    public static (string Format, ReadOutcome Outcome) Read(byte[] bytes, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        var (parts, error) = ZipGuard.Open(bytes, limits);
        if (parts is null)
        {
            return ("zip", ReadOutcome.Failed(error ?? "corrupt file"));
        }

        if (parts.Has("word/document.xml"))
        {
            return ("docx", ReadSafely("DOCX", parts, DocxTextReader.Read));
        }

        if (parts.Has("xl/workbook.xml"))
        {
            return ("xlsx", ReadSafely("XLSX", parts, stream => XlsxTextReader.Read(stream, limits)));
        }

        return ("zip", ReadOutcome.Failed("a zip archive that is not a .docx or .xlsx"));
    }

    private static ReadOutcome ReadSafely(string format, ZipParts parts, Func<Stream, ReadOutcome> read)
    {
        try
        {
            using var stream = parts.Rebuild();
            return read(stream);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // OpenXml throws many types on broken packages (XmlException, OpenXmlPackageException, InvalidDataException ...)
            return ReadOutcome.Failed($"cannot read {format}: {error.Message}");
        }
    }
}

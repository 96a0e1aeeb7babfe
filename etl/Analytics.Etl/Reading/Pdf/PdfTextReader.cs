using Analytics.Etl.Reading.Formats;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Analytics.Etl.Reading.Pdf;

/// <summary>
/// Reads a PDF's text layer in reading order (PdfPig): page by page, top to bottom; a table row as tab-separated cells
/// (wrapped cells joined), running headers and page numbers removed, a table split over pages joined without its
/// repeated header row. A scan (images, no text) is refused as needing OCR rather than misread.
/// </summary>
public static class PdfTextReader
{
    public static ReadOutcome Read(byte[] bytes, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var document = PdfDocument.Open(bytes);
            if (document.NumberOfPages > limits.MaxPages)
            {
                return ReadOutcome.Failed($"PDF has {document.NumberOfPages} pages, more than the limit of {limits.MaxPages}");
            }

            var pages = new List<List<PageLine>>(document.NumberOfPages);
            var imageOnly = new List<int>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                var rulings = Rulings.Of(page);
                var lines = PageLayout.Lines(page.Letters, rulings);
                if (lines.Count == 0 && page.GetImages().Any())
                {
                    imageOnly.Add(number);
                }

                pages.Add(PageRows.Build(lines, rulings));
            }

            if (pages.All(page => page.Count == 0))
            {
                return ReadOutcome.Failed(imageOnly.Count > 0
                    ? $"needs OCR: {imageOnly.Count} of {pages.Count} page(s) are images without a text layer (a scan)"
                    : "needs OCR: no text layer on any page");
            }

            var warnings = imageOnly.Count > 0
                ? new[] { $"page(s) {string.Join(", ", imageOnly)} are images without a text layer (not read; needs OCR)" }
                : [];
            RunningMarks.Remove(pages);
            return ReadOutcome.Read(Emit(pages), warnings);
        }
        catch (PdfDocumentEncryptedException error)
        {
            return ReadOutcome.Failed($"encrypted PDF: {error.Message}");
        }
        catch (Exception error) when (error is not (OutOfMemoryException or StackOverflowException or OperationCanceledException))
        {
            // PdfPig reports a damaged file with many exception types; all mean the same to the batch
            return ReadOutcome.Failed($"cannot read PDF: {error.Message}");
        }
    }

    /// <summary>
    /// The pages' lines in order, blank lines kept where the page left one; a table that goes on over a page break is
    /// joined (no blank line) and its header row, repeated at the top of the next page, dropped. A printer that repeats
    /// header rows (seen once: a page that begins with the header of the table the page before ended in) also tells a
    /// new table from a continued one: a page that begins with another table row after a page that ended in a table
    /// starts a new table, and the blank line that stood between the two (lost at the page break) is put back.
    /// </summary>
    private static List<ReadLine> Emit(List<List<PageLine>> pages)
    {
        var output = Emit(pages, headersRepeat: false, out var headersDropped);
        return headersDropped > 0 ? Emit(pages, headersRepeat: true, out _) : output;
    }

    private static List<ReadLine> Emit(List<List<PageLine>> pages, bool headersRepeat, out int headersDropped)
    {
        var output = new List<ReadLine>();
        string? tableHeader = null;
        var previousWasTableRow = false;
        headersDropped = 0;
        for (var index = 0; index < pages.Count; index++)
        {
            var pageNumber = index + 1;
            var lines = pages[index];
            for (var position = 0; position < lines.Count; position++)
            {
                var line = lines[position];
                var continuesTable = position == 0 && previousWasTableRow && line.IsTableRow;
                if (continuesTable && line.Text == tableHeader)
                {
                    headersDropped++;
                    continue;
                }

                var newTable = continuesTable && headersRepeat;
                if ((line.BlankBefore && position > 0) || newTable)
                {
                    output.Add(new ReadLine(string.Empty, pageNumber));
                }

                if (line.IsTableRow && (!previousWasTableRow || (line.BlankBefore && position > 0) || newTable))
                {
                    tableHeader = line.Text;
                }

                output.Add(new ReadLine(line.Text, pageNumber));
                previousWasTableRow = line.IsTableRow;
            }
        }

        return output;
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Web.Tests;

/// <summary>An xlsx as a test reads it: the first sheet's cells as text by row, and the number format of a cell.</summary>
public sealed class Spreadsheet : IDisposable
{
    private readonly SpreadsheetDocument document;

    public Spreadsheet(byte[] bytes)
    {
        document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        Worksheet = ((WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        Rows = Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(row => row.Elements<Cell>().ToList()).ToList();
    }

    public SpreadsheetDocument Document => document;

    public Worksheet Worksheet { get; }

    public IReadOnlyList<List<Cell>> Rows { get; }

    public string Text(int row, int column) => Text(Rows[row][column]);

    public string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty
        : cell.DataType?.Value == CellValues.SharedString ? document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText
        : cell.CellValue?.Text ?? string.Empty;

    /// <summary>The format code of a cell's style, e.g. <c>#,##0.00</c>.</summary>
    public string? NumberFormat(Cell cell)
    {
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(numbering => numbering.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    public void Dispose() => document.Dispose();
}

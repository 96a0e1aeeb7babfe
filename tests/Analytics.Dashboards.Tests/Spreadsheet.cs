using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Dashboards.Tests;

/// <summary>The first sheet of an xlsx as rows of cell texts, placed by their cell references.</summary>
public sealed class Spreadsheet : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly List<List<string>> rows = [];

    public Spreadsheet(byte[] bytes)
    {
        document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(item => item.InnerText).ToList() ?? [];
        foreach (var row in worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                    : cell.CellValue?.Text ?? "");
            }

            rows.Add(cells);
        }
    }

    public int RowCount => rows.Count;

    public List<string> Row(int row) => rows[row];

    public string Cell(int row, int column) => column < rows[row].Count ? rows[row][column] : "";

    public int FindRow(Func<List<string>, bool> match) => rows.FindIndex(row => match(row)) is var index and >= 0
        ? index
        : throw new InvalidOperationException("no such row in the sheet");

    public void Dispose() => document.Dispose();

    /// <summary>"C7" → 2.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        foreach (var letter in reference.TakeWhile(char.IsLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
        }

        return column - 1;
    }
}

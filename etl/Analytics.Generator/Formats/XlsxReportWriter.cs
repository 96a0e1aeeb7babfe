using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Generator.Formats;

/// <summary>
/// Writes a text report as a .xlsx (DocumentFormat.OpenXml): one sheet, one row per line of the report, paragraph
/// lines in column A and table cells across the columns; a plain number is stored as a number, a percent as its
/// fraction with a 0.00% format, other text as shared strings; a row shorter than its table merges its last cell to
/// the table's width. The output is deterministic: no document properties, fixed part ids and zip time stamps.
/// </summary>
public static class XlsxReportWriter
{
    private const uint PercentStyle = 1;

    public static byte[] Write(string text, string title)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(title);
        var strings = new SharedStrings();
        var sheetData = new SheetData();
        var merges = new List<string>();
        uint rowIndex = 0;
        foreach (var block in ReportBlocks.Split(text))
        {
            if (block is ParagraphBlock paragraph)
            {
                rowIndex++;
                var row = new Row { RowIndex = rowIndex };
                if (paragraph.Text.Length > 0)
                {
                    row.Append(StringCell(Reference(1, rowIndex), paragraph.Text, strings));
                }

                sheetData.Append(row);
            }
            else if (block is TableBlock table)
            {
                foreach (var cells in table.Rows)
                {
                    rowIndex++;
                    var row = new Row { RowIndex = rowIndex };
                    for (var index = 0; index < cells.Count; index++)
                    {
                        if (cells[index].Length > 0)
                        {
                            row.Append(ValueCell(Reference(index + 1, rowIndex), cells[index], strings));
                        }
                    }

                    if (cells.All(cell => cell.Length == 0))
                    {
                        // a row of empty cells ("\t") is part of its table, not a gap between tables: an empty text
                        // in its last cell keeps the row
                        row.Append(StringCell(Reference(cells.Count, rowIndex), string.Empty, strings));
                    }

                    if (cells.Count < table.ColumnCount)
                    {
                        merges.Add($"{Reference(cells.Count, rowIndex)}:{Reference(table.ColumnCount, rowIndex)}");
                    }

                    sheetData.Append(row);
                }
            }
        }

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>("rId3").Stylesheet = Stylesheet();
            workbook.AddNewPart<SharedStringTablePart>("rId2").SharedStringTable = strings.Table;
            var sheetPart = workbook.AddNewPart<WorksheetPart>("rId1");
            var worksheet = new Worksheet(sheetData);
            if (merges.Count > 0)
            {
                worksheet.Append(new MergeCells(merges.Select(reference => new MergeCell { Reference = reference })) { Count = (uint)merges.Count });
            }

            sheetPart.Worksheet = worksheet;
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = SheetName(title), SheetId = 1U, Id = "rId1" }));

            // the packaging library names relationships with random ids
            document.ChangeIdOfPart(workbook, "rId1");
        }

        return DeterministicZip.Of(stream.ToArray());
    }

    /// <summary>A plain number ("140", "10.57") or a percent ("99.46%") whose text a reader gives back unchanged.</summary>
    private static Cell ValueCell(string reference, string text, SharedStrings strings)
    {
        if (CanonicalNumber(text) is { } number)
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(number) };
        }

        if (text.EndsWith('%') && CanonicalNumber(text[..^1]) is { } percent)
        {
            var fraction = (double)(decimal.Parse(text[..^1], CultureInfo.InvariantCulture) / 100);
            return new Cell { CellReference = reference, CellValue = new CellValue(fraction), StyleIndex = PercentStyle };
        }

        return StringCell(reference, text, strings);
    }

    /// <summary>
    /// The number when its text is the shortest form of itself ("10.57", not "10.570" or "054", which a reader would
    /// give back as 10.57 and 54) and within double precision; else null, and the cell stays text.
    /// </summary>
    private static double? CanonicalNumber(string text)
    {
        if (text.Length is 0 or > 16 || !double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return number.ToString("R", CultureInfo.InvariantCulture) == text ? number : null;
    }

    private static Cell StringCell(string reference, string text, SharedStrings strings) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Index(text)) };

    private static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var rest = column; rest > 0; rest = (rest - 1) / 26)
        {
            letters = (char)('A' + ((rest - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Excel refuses sheet names over 31 characters or with []:*?/\.</summary>
    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)]);
        return name.Length == 0 ? "Sheet1" : name[..Math.Min(name.Length, 31)];
    }

    /// <summary>The minimal stylesheet: style 0 General, style 1 the built-in 0.00% (numFmtId 10).</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" })) { Count = 1U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U },
            new CellFormat { NumberFormatId = 10U, FontId = 0U, FillId = 0U, BorderId = 0U, ApplyNumberFormat = true })
        { Count = 2U });

    /// <summary>The shared string table, each distinct text once, in first-use order.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public int Index(string text)
        {
            if (!indexes.TryGetValue(text, out var index))
            {
                index = indexes.Count;
                indexes[text] = index;
                Table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return index;
        }
    }
}

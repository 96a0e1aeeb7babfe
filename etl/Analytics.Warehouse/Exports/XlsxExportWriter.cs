using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Warehouse.Exports;

/// <summary>
/// The xlsx of a report, ready to print for a meeting: a title row (report, year, 数据截至, 规则集) merged across the
/// table, Chinese headers frozen under it and repeated on every printed page, the rank first, number formats from the
/// column definitions, widths from the content, landscape A4 fitted to the page width, page numbers in the footer.
/// </summary>
public static class XlsxExportWriter
{
    private const int TitleRow = 1;
    private const int HeaderRow = 2;

    public static void Write(ExportTable table, Stream output)
    {
        var columns = table.Report.Columns;
        var lastColumn = ColumnName(columns.Count);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = XlsxStyles.Stylesheet();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        var widths = columns.Select(column => Width(table, column)).ToList();
        var sheetData = new SheetData();
        sheetData.Append(TitleCells(table.Title, lastColumn));
        sheetData.Append(new Row(columns.Select((column, i) => TextCell(Reference(i, HeaderRow), column.Header, XlsxStyles.Header)))
        {
            RowIndex = HeaderRow,
            Height = Height(columns.Select((column, i) => (column.Header, widths[i]))),
            CustomHeight = true,
        });
        var rowIndex = (uint)HeaderRow;
        foreach (var values in table.Rows)
        {
            rowIndex++;
            var index = rowIndex;
            sheetData.Append(new Row(columns.Select((column, i) => ValueCell(Reference(i, index), column, values.GetValueOrDefault(column.Column))))
            {
                RowIndex = rowIndex,
                Height = Height(columns.Select((column, i) => (column.Format == ColumnFormat.Text ? ExportTable.Text(column, values.GetValueOrDefault(column.Column)) : string.Empty, widths[i]))),
                CustomHeight = true,
            });
        }

        sheetPart.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = HeaderRow, TopLeftCell = $"A{HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{HeaderRow + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{HeaderRow + 1}" } })
            { WorkbookViewId = 0U }),
            new Columns(columns.Select((column, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true })),
            sheetData,
            new AutoFilter { Reference = $"A{HeaderRow}:{lastColumn}{Math.Max(rowIndex, HeaderRow)}" },
            new MergeCells(new MergeCell { Reference = $"A{TitleRow}:{lastColumn}{TitleRow}" }),
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4D, Right = 0.4D, Top = 0.6D, Bottom = 0.6D, Header = 0.3D, Footer = 0.3D },
            new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U },
            new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));

        var sheetName = table.Report.TitleZh;
        workbookPart.Workbook = new Workbook(
            new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1U, Name = sheetName }),
            new DefinedNames(
                new DefinedName($"'{sheetName}'!$A${HeaderRow}:${lastColumn}${Math.Max(rowIndex, HeaderRow)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0U, Hidden = true },
                new DefinedName($"'{sheetName}'!${TitleRow}:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0U }));
        workbookPart.Workbook.Save();
    }

    private static Row TitleCells(string title, string lastColumn) =>
        new(TextCell($"A{TitleRow}", title, XlsxStyles.Title)) { RowIndex = TitleRow, Height = 30D, CustomHeight = true, Spans = new ListValue<StringValue> { InnerText = $"1:{ColumnNumber(lastColumn)}" } };

    private static Cell ValueCell(string reference, ExportColumn column, object? value)
    {
        var style = XlsxStyles.For(column.Format);
        if (column.Format is ColumnFormat.WholeNumber or ColumnFormat.Amount or ColumnFormat.Rate or ColumnFormat.Score
            && ExportTable.Number(value) is { } number)
        {
            return new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(number) };
        }

        return TextCell(reference, ExportTable.Text(column, value), style);
    }

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        StyleIndex = style,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>Wide enough for the header and the longest value as printed (a CJK character takes two), within the column's cap.</summary>
    private static double Width(ExportTable table, ExportColumn column)
    {
        var widest = table.Rows.Select(row => DisplayWidth(ExportTable.Text(column, row.GetValueOrDefault(column.Column)))).DefaultIfEmpty(0).Max();
        if (column.Format == ColumnFormat.Amount)
        {
            widest += widest / 3; // thousands separators
        }

        // a header may widen its column up to 16 (two lines of it beat a sliver of a column)
        var header = Math.Min(DisplayWidth(column.Header), Math.Max(column.MaxWidth, 16));
        return Math.Clamp(Math.Max(header, widest) + 2, 6, Math.Max(column.MaxWidth, header) + 2);
    }

    /// <summary>
    /// A row tall enough for its wrapped text: neither Excel nor LibreOffice fits row heights when it opens a file, so
    /// the lines each cell needs at its column's width are counted here (15 points a line at 11 points).
    /// </summary>
    private static double Height(IEnumerable<(string Text, double Width)> cells)
    {
        var lines = cells.Select(cell => (int)Math.Ceiling(DisplayWidth(cell.Text) / Math.Max(1D, cell.Width - 1.5))).DefaultIfEmpty(1).Max();
        return (15D * Math.Max(1, lines)) + 3D;
    }

    private static int DisplayWidth(string text) => text.Sum(c => c > '\u2e80' ? 2 : 1);

    private static string Reference(int columnIndex, uint row) => $"{ColumnName(columnIndex + 1)}{row}";

    /// <summary>1 → A, 27 → AA.</summary>
    private static string ColumnName(int number)
    {
        var name = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    private static int ColumnNumber(string name) => name.Aggregate(0, (number, letter) => (number * 26) + letter - 'A' + 1);
}

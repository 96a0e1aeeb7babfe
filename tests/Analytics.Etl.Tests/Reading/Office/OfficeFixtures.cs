using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Etl.Tests.Reading.Office;

/// <summary>
/// Hand-made Office files built in code at test time (nothing binary to keep in sync): a DOCX table with gridSpan and
/// vMerge merges, an XLSX with two tables on a sheet, formatted numbers, merged headers and a second sheet, and the
/// hostile zips of the guard rails (never committed: a real bomb has no place in the repository).
/// </summary>
internal static class OfficeFixtures
{
    /// <summary>The lines <see cref="MergedDocx"/> reads back as.</summary>
    public static readonly string[] MergedDocxLines =
    [
        "项目支出绩效自评表",
        "第一行\t附注",
        "第二行",
        "项目名称\t\t医疗保障专项经费\t",
        "产出指标\t数量指标\t指标 1\t5",
        "产出指标\t质量指标\t指标 2\t5",
        "效益指标\t满意度\t\t10",
        "说明\t甲 乙 丙 丁\t\t",
        "完",
    ];

    public static byte[] MergedDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var table = new W.Table(
                new W.TableGrid(new W.GridColumn(), new W.GridColumn(), new W.GridColumn(), new W.GridColumn()),
                new W.TableRow(Cell("项目名称", span: 2), Cell("医疗保障专项经费", span: 2)),
                new W.TableRow(Cell("产出指标", merge: W.MergedCellValues.Restart), Cell("数量指标"), Cell("指标 1"), Cell("5")),
                new W.TableRow(Cell(string.Empty, merge: W.MergedCellValues.Continue), Cell("质量指标"), Cell("指标 2"), Cell("5")),
                new W.TableRow(Cell("效益指标"), Cell("满意度", span: 2), Cell("10")),
                new W.TableRow(
                    Cell("说明"),
                    new W.TableCell(
                        new W.TableCellProperties(new W.GridSpan { Val = 3 }),
                        Paragraph("甲"),
                        Paragraph("乙"),
                        new W.Table(new W.TableRow(Cell("丙"), Cell("丁"))),
                        new W.Paragraph())));
            main.Document = new W.Document(new W.Body(
                Paragraph("项目支出绩效自评表"),
                new W.Paragraph(new W.Run(new W.Text("第一行"), new W.TabChar(), new W.Text("附注"), new W.Break(), new W.Text("第二行"))),
                table,
                Paragraph("完")));
        }

        return stream.ToArray();
    }

    /// <summary>The lines <see cref="TwoTableXlsx"/> reads back as, with the 1-based sheet of each.</summary>
    public static readonly (string Text, int Page)[] TwoTableXlsxLines =
    [
        ("项目支出绩效自评表", 1),
        ("年度预算\t1234.5\t99.46%\t0.12345", 1),
        ("产出指标\t数量\t12", 1),
        ("产出指标\t质量\t1234567", 1),
        (string.Empty, 1),
        (string.Empty, 1),
        ("收入\t支出\t合计\t日期\t达标", 1),
        ("100\t200.25\t300.25\t2023-01-01\tTRUE", 1),
        ("第二张表\t42", 2),
    ];

    public static byte[] TwoTableXlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = new List<string>();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "#,##0.00_ " }) { Count = 1U },
                new Fonts(new Font()) { Count = 1U },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1U },
                new Borders(new Border()) { Count = 1U },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0U },
                    new CellFormat { NumberFormatId = 164U, ApplyNumberFormat = true }, // 1,234.50
                    new CellFormat { NumberFormatId = 10U, ApplyNumberFormat = true }, // 99.46%
                    new CellFormat { NumberFormatId = 2U, ApplyNumberFormat = true }, // 0.12
                    new CellFormat { NumberFormatId = 3U, ApplyNumberFormat = true }, // 1,234,567
                    new CellFormat { NumberFormatId = 14U, ApplyNumberFormat = true }) // a date
                { Count = 6U });

            // sheet 1: a merged title, a table with a vertically merged heading, 3 empty rows, a second table
            var first = new SheetData(
                new Row(Text("A1", "项目支出绩效自评表", strings), StyledOnly("B1")) { RowIndex = 1U },
                new Row(Text("A2", "年度预算", strings), Number("B2", "1234.5", 1), Number("C2", "0.9946", 2), Number("D2", "0.12345", 3)) { RowIndex = 2U },
                new Row(Text("A3", "产出指标", strings), Text("B3", "数量", strings), Number("C3", "12")) { RowIndex = 3U },
                new Row(Text("B4", "质量", strings), Number("C4", "1234567", 4)) { RowIndex = 4U },
                new Row(StyledOnly("A6")) { RowIndex = 6U },
                new Row(Text("A8", "收入", strings), Text("B8", "支出", strings), Inline("C8", "合计"), Text("D8", "日期", strings), Text("E8", "达标", strings)) { RowIndex = 8U },
                new Row(
                    Number("A9", "100"),
                    Number("B9", "200.25"),
                    new Cell(new CellFormula("A9+B9"), new CellValue("300.25")) { CellReference = "C9" },
                    Number("D9", "44927", 5),
                    new Cell(new CellValue("1")) { CellReference = "E9", DataType = CellValues.Boolean })
                { RowIndex = 9U });
            var firstSheet = workbook.AddNewPart<WorksheetPart>();
            firstSheet.Worksheet = new Worksheet(first, new MergeCells(new MergeCell { Reference = "A1:D1" }, new MergeCell { Reference = "A3:A4" }));

            var secondSheet = workbook.AddNewPart<WorksheetPart>();
            secondSheet.Worksheet = new Worksheet(new SheetData(new Row(Text("A1", "第二张表", strings), Number("B1", "42")) { RowIndex = 1U }));

            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Select(text => new SharedStringItem(new Text(text))));
            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Name = "自评表", SheetId = 1U, Id = workbook.GetIdOfPart(firstSheet) },
                new Sheet { Name = "附表", SheetId = 2U, Id = workbook.GetIdOfPart(secondSheet) }));
        }

        return stream.ToArray();
    }

    /// <summary>A one-sheet workbook of <paramref name="count"/> numbers in one column.</summary>
    public static byte[] ManyCellsXlsx(int count)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(Enumerable.Range(1, count).Select(row => new Row(Number($"A{row}", "1")) { RowIndex = (uint)row })));
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1U, Id = workbook.GetIdOfPart(sheet) }));
        }

        return stream.ToArray();
    }

    /// <summary>A zip of the given parts, each deflated.</summary>
    public static byte[] Zip(params (string Name, byte[] Bytes)[] parts)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A docx-looking zip whose one part inflates to <paramref name="actual"/> bytes while its headers (local and
    /// central) declare only <paramref name="declared"/>: the bomb that lies about its size.
    /// </summary>
    public static byte[] LyingZip(int actual, uint declared)
    {
        var bytes = Zip(("word/document.xml", Encoding.ASCII.GetBytes(new string(' ', actual))));
        WriteUInt32(bytes, 22, declared);
        for (var index = 0; index + 4 <= bytes.Length; index++)
        {
            if (bytes[index] == 0x50 && bytes[index + 1] == 0x4B && bytes[index + 2] == 1 && bytes[index + 3] == 2)
            {
                WriteUInt32(bytes, index + 24, declared);
            }
        }

        return bytes;
    }

    private static void WriteUInt32(byte[] bytes, int at, uint value)
    {
        bytes[at] = (byte)value;
        bytes[at + 1] = (byte)(value >> 8);
        bytes[at + 2] = (byte)(value >> 16);
        bytes[at + 3] = (byte)(value >> 24);
    }

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text)));

    private static W.TableCell Cell(string text, int span = 1, W.MergedCellValues? merge = null)
    {
        var properties = new W.TableCellProperties();
        if (span > 1)
        {
            properties.Append(new W.GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new W.VerticalMerge { Val = value });
        }

        return new W.TableCell(properties, text.Length == 0 ? new W.Paragraph() : Paragraph(text));
    }

    private static Cell Text(string reference, string text, List<string> strings)
    {
        strings.Add(text);
        return new Cell(new CellValue(strings.Count - 1)) { CellReference = reference, DataType = CellValues.SharedString };
    }

    private static Cell Inline(string reference, string text) =>
        new(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };

    private static Cell Number(string reference, string value, uint style = 0) =>
        new(new CellValue(value)) { CellReference = reference, StyleIndex = style == 0 ? null : style };

    /// <summary>A cell with a style and no value, as Excel leaves in formatted empty areas.</summary>
    private static Cell StyledOnly(string reference) => new() { CellReference = reference, StyleIndex = 1U };
}

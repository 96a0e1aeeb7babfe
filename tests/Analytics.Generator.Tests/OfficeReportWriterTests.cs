using Analytics.Etl.Reading.Formats;
using Analytics.Etl.Reading.Office;
using Analytics.Generator.Formats;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Generator.Tests;

/// <summary>The DOCX and XLSX writers read back by the ETL's Office reader: what was written is what is read.</summary>
public class OfficeReportWriterTests
{
    private const string Report =
        "项目支出绩效自评表\n" +
        "\n" +
        "名称\t预算\t执行率\t得分\n" +
        "项目甲\t140\t99.46%\t10.57\n" +
        "项目乙\t054\t99.80%\t1234.5\n" +
        "合计\t140\n" +
        "\t\n" +
        "  说明 一\n";

    [Fact]
    public void Write_ReadsBackAsTheTextsCells_WhenDocx()
    {
        var lines = Read(DocxReportWriter.Write(Report, "报告"), "docx");

        Assert.Equal(
            ["项目支出绩效自评表", string.Empty, "名称\t预算\t执行率\t得分", "项目甲\t140\t99.46%\t10.57", "项目乙\t054\t99.80%\t1234.5", "合计\t140\t\t", "\t\t\t", "  说明 一"],
            lines.Select(line => line.Text));
    }

    [Fact]
    public void Write_SpansTheLastCell_WhenDocxRowIsShort()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(Report, "报告")), false);
        var table = Assert.Single(document.MainDocumentPart!.Document!.Body!.Elements<W.Table>());
        var shortRow = table.Elements<W.TableRow>().ElementAt(3);

        Assert.NotNull(table.GetFirstChild<W.TableProperties>()?.GetFirstChild<W.TableBorders>());
        Assert.Equal(3, shortRow.Elements<W.TableCell>().Last().TableCellProperties?.GridSpan?.Val?.Value);
    }

    [Fact]
    public void Write_ReadsBackAsTheTextsCells_WhenXlsx()
    {
        var lines = Read(XlsxReportWriter.Write(Report, "报告"), "xlsx");

        Assert.Equal(
            ["项目支出绩效自评表", string.Empty, "名称\t预算\t执行率\t得分", "项目甲\t140\t99.46%\t10.57", "项目乙\t054\t99.80%\t1234.5", "合计\t140", "\t", "  说明 一"],
            lines.Select(line => line.Text));
        Assert.All(lines, line => Assert.Equal(1, line.Page));
    }

    [Fact]
    public void Write_StoresNumbersPercentsAndMerges_WhenXlsx()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(XlsxReportWriter.Write(Report, "报告")), false);
        var workbook = document.WorkbookPart!;
        var worksheet = workbook.WorksheetParts.Single().Worksheet!;
        var cells = worksheet.Descendants<Cell>().ToDictionary(cell => cell.CellReference!.Value!);
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();

        Assert.Null(cells["B4"].DataType);
        Assert.Equal("140", cells["B4"].CellValue!.Text);
        Assert.Null(cells["D4"].DataType);
        Assert.Equal("10.57", cells["D4"].CellValue!.Text);
        Assert.Equal(0.9946, double.Parse(cells["C4"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.Equal(10U, formats[(int)cells["C4"].StyleIndex!.Value].NumberFormatId!.Value);
        Assert.Equal(CellValues.SharedString, cells["B5"].DataType!.Value); // "054" stays text
        Assert.Equal(CellValues.SharedString, cells["C5"].DataType!.Value); // "99.80%" would read back as 99.8%
        Assert.Equal(["B6:D6", "B7:D7"], worksheet.Descendants<MergeCell>().Select(merge => merge.Reference!.Value!));
    }

    [Fact]
    public void Write_GivesSameBytes_WhenWrittenTwice()
    {
        Assert.Equal(DocxReportWriter.Write(Report, "报告"), DocxReportWriter.Write(Report, "报告"));
        Assert.Equal(XlsxReportWriter.Write(Report, "报告"), XlsxReportWriter.Write(Report, "报告"));
    }

    private static IReadOnlyList<ReadLine> Read(byte[] bytes, string expectedFormat)
    {
        var (format, outcome) = OfficeReader.Read(bytes, ReaderLimits.Default);
        Assert.Equal(expectedFormat, format);
        Assert.Null(outcome.Error);
        return outcome.Lines;
    }
}

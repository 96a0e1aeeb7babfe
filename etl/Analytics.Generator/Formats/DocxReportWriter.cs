using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Generator.Formats;

/// <summary>
/// Writes a text report as a .docx (DocumentFormat.OpenXml): each paragraph line a Word paragraph (blank ones too), each
/// run of tab-separated lines a bordered Word table; a row shorter than its table spans its last cell to the end.
/// The output is deterministic: no document properties, fixed part ids and zip time stamps.
/// </summary>
public static class DocxReportWriter
{
    public static byte[] Write(string text, string title)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(title);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in ReportBlocks.Split(text))
            {
                body.Append(block switch
                {
                    TableBlock table => Table(table),
                    ParagraphBlock paragraph => Paragraph(paragraph.Text),
                    _ => throw new InvalidOperationException($"unknown block {block.GetType().Name}"),
                });
            }

            // A4 portrait, so the file opens as a county's report would
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }));
            main.Document = new Document(body);

            // the packaging library names relationships with random ids
            document.ChangeIdOfPart(main, "rId1");
        }

        return DeterministicZip.Of(stream.ToArray());
    }

    private static Paragraph Paragraph(string text) =>
        text.Length == 0 ? new Paragraph() : new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(TableBlock block)
    {
        var columns = block.ColumnCount;
        const int width = 9000; // twentieths of a point: the A4 text width shared out between the columns
        var table = new Table(new TableProperties(
            new TableWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U },
                new LeftBorder { Val = BorderValues.Single, Size = 4U },
                new BottomBorder { Val = BorderValues.Single, Size = 4U },
                new RightBorder { Val = BorderValues.Single, Size = 4U },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U })));
        var grid = new TableGrid();
        for (var column = 0; column < columns; column++)
        {
            grid.Append(new GridColumn { Width = (width / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        foreach (var cells in block.Rows)
        {
            var row = new TableRow();
            for (var index = 0; index < cells.Count; index++)
            {
                var cell = new TableCell();
                var span = index == cells.Count - 1 ? columns - cells.Count + 1 : 1;
                if (span > 1)
                {
                    cell.Append(new TableCellProperties(new GridSpan { Val = span }));
                }

                cell.Append(Paragraph(cells[index]));
                row.Append(cell);
            }

            table.Append(row);
        }

        return table;
    }
}

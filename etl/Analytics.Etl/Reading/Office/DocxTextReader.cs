using System.Text;
using Analytics.Etl.Reading.Formats;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Etl.Reading.Office;

/// <summary>
/// The body of a .docx in document order: a paragraph is a line (a manual line break starts another), a table row is a
/// line of tab-separated cells laid on the table's grid, so merged cells keep the columns of the rows around them.
/// </summary>
internal static class DocxTextReader
{
    public static ReadOutcome Read(Stream package)
    {
        using var document = WordprocessingDocument.Open(package, false);
        if (document.MainDocumentPart?.Document?.Body is not { } body)
        {
            return ReadOutcome.Failed("cannot read DOCX: no document body");
        }

        var lines = new List<ReadLine>();
        AddBlocks(body, lines);
        return ReadOutcome.Read(lines);
    }

    /// <summary>Paragraphs and tables, also those inside content controls and custom XML blocks.</summary>
    private static void AddBlocks(OpenXmlElement container, List<ReadLine> lines)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    foreach (var line in ParagraphText(paragraph).Split('\n'))
                    {
                        lines.Add(new ReadLine(line));
                    }

                    break;
                case Table table:
                    foreach (var row in TableRows(table))
                    {
                        lines.Add(new ReadLine(string.Join('\t', row)));
                    }

                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    AddBlocks(child, lines);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The text of a paragraph's runs; tabs kept, line breaks as '\n'; deleted text and field codes left out.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The rows of a table on its grid: a spanned cell's text sits in its first column and the rest of the span is
    /// empty; a vertically merged continuation cell repeats the text of the cell it continues.
    /// </summary>
    private static List<List<string>> TableRows(Table table)
    {
        var rows = new List<List<string>>();
        List<string>? above = null;
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var index = 0; index < before; index++)
            {
                cells.Add(string.Empty);
            }

            foreach (var cell in RowCells(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var column = cells.Count;
                var text = continues
                    ? (above is not null && column < above.Count ? above[column] : string.Empty)
                    : CellText(cell);
                cells.Add(text);
                for (var index = 1; index < span; index++)
                {
                    cells.Add(string.Empty);
                }
            }

            rows.Add(cells);
            above = cells;
        }

        return rows;
    }

    /// <summary>Cells of a row, also those wrapped in a content control.</summary>
    private static IEnumerable<TableCell> RowCells(TableRow row)
    {
        foreach (var child in row.ChildElements)
        {
            if (child is TableCell cell)
            {
                yield return cell;
            }
            else if (child is SdtCell or CustomXmlCell)
            {
                foreach (var inner in child.Descendants<TableCell>().Where(inner => inner.Ancestors<TableCell>().FirstOrDefault() is null))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>
    /// One cell's text on one line: its paragraphs joined with a space, a nested table's rows and cells too (a table
    /// inside a cell is rare in these reports and has no grid of its own in the outer row).
    /// </summary>
    private static string CellText(OpenXmlElement container)
    {
        var parts = new List<string>();
        foreach (var child in container.ChildElements)
        {
            var text = child switch
            {
                Paragraph paragraph => ParagraphText(paragraph).Replace('\n', ' ').Replace('\t', ' '),
                Table table => string.Join(' ', TableRows(table).SelectMany(row => row).Where(cell => cell.Length > 0)),
                SdtBlock or CustomXmlBlock or SdtContentBlock => CellText(child),
                _ => string.Empty,
            };
            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }

        return string.Join(' ', parts);
    }
}

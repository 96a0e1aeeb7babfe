using System.Globalization;
using System.Text;
using Analytics.Etl.Reading.Formats;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Etl.Reading.Office;

/// <summary>
/// Every sheet of a .xlsx in workbook order, its used range row by row: a row is a line of tab-separated cells
/// (trailing empty cells dropped), an empty row a blank line, so two tables on one sheet stay apart. Values are read
/// as stored, not as displayed: 1234.5, not "1,234.50"; a percent-formatted 0.9946 is "99.46%", a date yyyy-MM-dd.
/// The sheet's 1-based index is each line's page; sheet names are not emitted (they would be read as text).
/// </summary>
internal static class XlsxTextReader
{
    /// <summary>
    /// A run of empty rows keeps at most two blank lines: one keeps tables apart, and text pasted into a sheet one cell
    /// per line marks cells by one blank line and rows by two; longer runs are only spacing.
    /// </summary>
    private const int MaxBlankRun = 2;

    public static ReadOutcome Read(Stream package, ReaderLimits limits)
    {
        using var document = SpreadsheetDocument.Open(package, false);
        if (document.WorkbookPart is not { Workbook.Sheets: { } sheets } workbook)
        {
            return ReadOutcome.Failed("cannot read XLSX: no workbook part");
        }

        var strings = SharedStrings(workbook);
        var styles = CellStyles.From(workbook);
        var lines = new List<ReadLine>();
        var cellCount = 0;
        var page = 0;
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            page++;
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue; // a chart sheet holds no cells
            }

            var grid = ReadSheet(part, strings, styles, limits.MaxCells - cellCount);
            if (grid is null)
            {
                return ReadOutcome.Failed($"too many cells: more than {limits.MaxCells} non-empty cells in the workbook");
            }

            cellCount += grid.Values.Count(text => text.Length > 0);
            AddLines(grid, page, lines);
        }

        return ReadOutcome.Read(lines);
    }

    private static List<string> SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(RichText).ToList() ?? [];

    /// <summary>A string item's text: plain or rich runs; phonetic guides (rPh) are not part of the value.</summary>
    private static string RichText(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain)
        {
            return plain.Text;
        }

        var text = new StringBuilder();
        foreach (var run in item.Elements<Run>())
        {
            text.Append(run.Text?.Text);
        }

        return text.ToString();
    }

    /// <summary>
    /// Stored values by (row, column), 1-based, merges applied; null when the cell budget runs out. A cell with only a
    /// style (no value) is left out; a stored empty text is kept, so a row of empty table cells is not a blank line.
    /// </summary>
    private static Dictionary<(int Row, int Column), string>? ReadSheet(WorksheetPart part, List<string> strings, CellStyles styles, int budget)
    {
        var values = new Dictionary<(int Row, int Column), string>();
        var merges = new List<(int Top, int Left, int Bottom, int Right)>();
        int row = 0, column = 0, filled = 0;
        using (var reader = OpenXmlReader.Create(part))
        {
            while (reader.Read())
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }

                if (reader.ElementType == typeof(Row))
                {
                    var index = reader.Attributes.FirstOrDefault(attribute => attribute.LocalName == "r").Value;
                    row = int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : row + 1;
                    column = 0;
                }
                else if (reader.ElementType == typeof(Cell))
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    column = cell.CellReference?.Value is { } reference && ParseReference(reference) is { } at ? at.Column : column + 1;
                    if (CellText(cell, strings, styles) is { } text)
                    {
                        // an empty stored text still holds its row open; only values count against the budget
                        filled += text.Length > 0 ? 1 : 0;
                        if (filled > budget)
                        {
                            return null;
                        }

                        values[(row, column)] = text;
                    }
                }
                else if (reader.ElementType == typeof(MergeCell))
                {
                    var merge = (MergeCell)reader.LoadCurrentElement()!;
                    if (merge.Reference?.Value?.Split(':') is [var from, var to] && ParseReference(from) is { } a && ParseReference(to) is { } b)
                    {
                        merges.Add((Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column), Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column)));
                    }
                }
            }
        }

        foreach (var (top, left, bottom, right) in merges)
        {
            // the top-left value fills down its column; the other columns of the merge stay empty, as in DOCX
            values.TryGetValue((top, left), out var value);
            for (var r = top; r <= bottom; r++)
            {
                for (var c = left; c <= right; c++)
                {
                    if (c == left && value is not null)
                    {
                        values[(r, c)] = value;
                    }
                    else if (r != top || c != left)
                    {
                        values.Remove((r, c));
                    }
                }
            }
        }

        return values;
    }

    private static void AddLines(Dictionary<(int Row, int Column), string> values, int page, List<ReadLine> lines)
    {
        if (values.Count == 0)
        {
            return;
        }

        if (!values.Values.Any(text => text.Length > 0))
        {
            return;
        }

        var firstColumn = values.Where(pair => pair.Value.Length > 0).Min(pair => pair.Key.Column);
        var byRow = values.Where(pair => pair.Key.Column >= firstColumn).GroupBy(pair => pair.Key.Row).OrderBy(group => group.Key).ToList();
        var previous = byRow[0].Key;
        foreach (var group in byRow)
        {
            var blank = Math.Min(group.Key - previous - 1, MaxBlankRun);
            for (var index = 0; index < blank; index++)
            {
                lines.Add(new ReadLine(string.Empty, page));
            }

            var cells = new string[group.Max(pair => pair.Key.Column) - firstColumn + 1];
            Array.Fill(cells, string.Empty);
            foreach (var pair in group)
            {
                // a line break inside a cell would split the row; tabs would open false columns
                cells[pair.Key.Column - firstColumn] = pair.Value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
            }

            lines.Add(new ReadLine(string.Join('\t', cells), page));
            previous = group.Key;
        }
    }

    /// <summary>The cell's value as text; null when the cell stores no value (a formatted empty cell).</summary>
    private static string? CellText(Cell cell, List<string> strings, CellStyles styles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? RichText(inline) : raw;
        }

        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw.Trim() is "1" or "true" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Date)
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : raw;
        }

        if (type == CellValues.String || type == CellValues.Error)
        {
            return raw;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }

        return styles[cell.StyleIndex?.Value] switch
        {
            NumberKind.Percent => NumberText.Percent(number),
            NumberKind.Date when number is > -657435 and < 2958466 => DateTime.FromOADate(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => NumberText.Plain(number),
        };
    }

    /// <summary>"BC12" → (12, 55); null when it is not an A1 reference.</summary>
    private static (int Row, int Column)? ParseReference(string reference)
    {
        var column = 0;
        var index = 0;
        while (index < reference.Length && char.IsAsciiLetter(reference[index]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[index]) - 'A' + 1);
            index++;
            if (column > 16384)
            {
                return null;
            }
        }

        return index > 0 && int.TryParse(reference.AsSpan(index), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0
            ? (row, column)
            : null;
    }
}

/// <summary>Numbers as invariant text, shortest round trip, never in exponent form for the magnitudes of a report.</summary>
internal static class NumberText
{
    public static string Plain(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal) && Math.Abs(number) is > 1e-10 and < 1e20)
        {
            return ((decimal)number).ToString("0.############################", CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>0.9946 → "99.46%": the stored fraction times 100 in decimal, so no binary noise (99.46000000000001).</summary>
    public static string Percent(double fraction)
    {
        if (Math.Abs(fraction) < 1e15 && decimal.TryParse(fraction.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return (exact * 100).ToString("0.############################", CultureInfo.InvariantCulture) + "%";
        }

        return Plain(fraction * 100) + "%";
    }
}

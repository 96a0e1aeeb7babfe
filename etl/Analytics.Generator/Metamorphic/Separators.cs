namespace Analytics.Generator.Metamorphic;

/// <summary>Tab rows written as pipe rows <c>| a | b |</c>.</summary>
public sealed class TabsToPipes : TableTransformation
{
    public override string Name => "tabs-to-pipes";

    public override string Keeps => "every cell in its place, only the separator changes";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        table.IsPipe ? null : [.. table.Lines.Select(line => line.IsRow ? GridTables.PipeRow(line.Cells!) : line.Text)];
}

/// <summary>Pipe rows written as tab rows (Markdown rule lines dropped).</summary>
public sealed class PipesToTabs : TableTransformation
{
    public override string Name => "pipes-to-tabs";

    public override string Keeps => "every cell in its place, only the separator changes";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        !table.IsPipe ? null : [.. table.Lines.Where(line => !line.IsRule).Select(line => line.IsRow ? GridTables.TabRow(line.Cells!) : line.Text)];
}

/// <summary>Cells padded with spaces into aligned columns, as a monospaced printout shows them.</summary>
public sealed class SpaceAlignedColumns : TableTransformation
{
    public override string Name => "space-aligned-columns";

    public override string Keeps => "every cell in its column, empty cells as blank column space";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        AlignedColumns.Write(table, "  ", width => new string(' ', width));
}

/// <summary>Cells padded with U+3000 into aligned columns, as a Chinese word processor pads them.</summary>
public sealed class IdeographicColumns : TableTransformation
{
    public override string Name => "ideographic-space-columns";

    public override string Keeps => "every cell in its column, cells apart by runs of U+3000";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        AlignedColumns.Write(table, "\u3000\u3000", width => new string('\u3000', (width + 1) / 2));
}

/// <summary>Shared by the two aligned-column forms: cells padded to their column's width, separator between columns.</summary>
internal static class AlignedColumns
{
    public static IReadOnlyList<string> Write(GridTable table, string separator, Func<int, string> padding)
    {
        var rows = table.Lines.Where(line => !line.IsRule).ToList();
        var columns = rows.Where(line => line.IsRow).Max(line => line.Cells!.Count);
        var widths = Enumerable.Range(0, columns)
            .Select(column => rows.Where(line => line.IsRow && column < line.Cells!.Count).Select(line => Cells.DisplayWidth(OneSpace(line.Cells![column]))).DefaultIfEmpty(0).Max())
            .ToList();
        return [.. rows.Select(line => line.IsRow
            ? string.Join(separator, line.Cells!.Select((cell, column) => OneSpace(cell) + padding(widths[column] - Cells.DisplayWidth(OneSpace(cell))))).TrimEnd()
            : line.Text)];
    }

    /// <summary>Runs of spaces inside a cell would read as a column gap: one space keeps the cell's words together.</summary>
    private static string OneSpace(string cell) =>
        string.Join(' ', cell.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One non-empty cell per line, a blank line between rows (a table copied cell by cell).</summary>
public sealed class OneCellPerLine : TableTransformation
{
    public override string Name => "one-cell-per-line";

    public override string Keeps => "every filled cell in row order; rows apart by a blank line";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        CellRuns.Write(table, lines, cellGap: 0, rowGap: 1);
}

/// <summary>One cell per line, one blank line between cells and two or three between rows.</summary>
public sealed class BlankLineCells : TableTransformation
{
    public override string Name => "blank-line-cells";

    public override string Keeps => "every filled cell in row order; rows apart by more blank lines than cells";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        CellRuns.Write(table, lines, cellGap: 1, rowGap: rng.Next(2, 4));
}

/// <summary>Layouts without empty cells: shared by one-cell-per-line and blank-line cells.</summary>
internal static class CellRuns
{
    public static IReadOnlyList<string>? Write(GridTable table, IReadOnlyList<string> lines, int cellGap, int rowGap)
    {
        if (!table.Rows.All(row => EmptyCellsAreUnambiguous(row.Cells!)))
        {
            return null;
        }

        var output = new List<string>();
        if (table.Start > 0 && !ReportText.IsBlank(lines[table.Start - 1]))
        {
            output.Add(string.Empty);
        }

        var paragraphs = table.Lines.Where(line => !line.IsRule && (!line.IsRow || line.FilledCells > 0))
            .Select(line => line.IsRow ? line.Cells!.Where(cell => cell.Length > 0).ToList() : [line.Text.Trim()]);
        var first = true;
        foreach (var cells in paragraphs)
        {
            if (!first)
            {
                output.AddRange(Enumerable.Repeat(string.Empty, rowGap));
            }

            first = false;
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0)
                {
                    output.AddRange(Enumerable.Repeat(string.Empty, cellGap));
                }

                output.Add(cells[i]);
            }
        }

        if (table.End < lines.Count && !ReportText.IsBlank(lines[table.End]))
        {
            output.AddRange(Enumerable.Repeat(string.Empty, rowGap));
        }

        return output;
    }

    /// <summary>
    /// Dropping an empty cell is safe where a reader can still tell which column each value is in: merged heading cells on
    /// the left, empty cells after labels. An empty value between values (a missing actual before its weight) is not.
    /// </summary>
    public static bool EmptyCellsAreUnambiguous(IReadOnlyList<string> cells)
    {
        var filled = cells.Select((cell, index) => (cell, index)).Where(pair => pair.cell.Length > 0).ToList();
        for (var i = 1; i + 1 < filled.Count; i++)
        {
            var gapAfter = filled[i + 1].index - filled[i].index > 1;
            if (gapAfter && filled.Skip(i + 1).Any(pair => Cells.LooksLikeValue(pair.cell)))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The whole table on one line: pipe rows one after another, <c>||</c> where a row ends and the next begins.</summary>
public sealed class TableOnOneLine : TableTransformation
{
    public override string Name => "table-on-one-line";

    public override string Keeps => "every cell in its place; a row ends where two pipes meet";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        table.Lines.Any(line => line.Cells is null) ? null
            : [string.Concat(table.Rows.Select(row => GridTables.PipeRow(row.Cells!)))];
}

/// <summary>Rows written as pipe rows with a run of empty cells at the end (<c>| a | b | | ||</c>), the title too.</summary>
public sealed class TrailingEmptyPipeCells : TableTransformation
{
    private static readonly string[] Tails = [" | |", "||", " | | |", "|||", " |  |  |"];

    public override string Name => "trailing-empty-pipe-cells";

    public override string Keeps => "every cell in its place; empty cells at a row's end hold nothing";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        [.. table.Lines.Select(line => line.IsRow ? GridTables.PipeRow(line.Cells!) + Tails[rng.Next(Tails.Length)] : line.Text)];

    /// <summary>The title above the table becomes a pipe row with its own trailing empty cells.</summary>
    protected override LineEdit? Edit(GridTable table, IReadOnlyList<string> lines, Random rng)
    {
        var rows = RewriteTable(table, lines, rng)!;
        var title = Titles.Above(lines, table.Start);
        if (title < 0)
        {
            return new LineEdit(table.Start, table.End, rows);
        }

        var titleRow = GridTables.PipeRow([lines[title].Trim().Trim('|').Trim()]) + Tails[rng.Next(Tails.Length)];
        return new LineEdit(title, table.End, [titleRow, .. lines.Skip(title + 1).Take(table.Start - title - 1), .. rows]);
    }
}

/// <summary>A blank line between every two rows of a grid table.</summary>
public sealed class BlankLinesBetweenRows : TableTransformation
{
    public override string Name => "blank-lines-between-rows";

    public override string Keeps => "every row and cell; only white space between rows";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        [.. table.Lines.SelectMany((line, index) => index == 0 || line.IsRule ? [line.Text] : new[] { string.Empty, line.Text })];
}

/// <summary>
/// Rows written as comma-separated values, as a sheet saved as CSV writes them: every row padded to one field count
/// (the sheet's width and one empty column more), a cell holding a comma or a quote quoted.
/// </summary>
public sealed class CommaSeparatedValues : TableTransformation
{
    public override string Name => "comma-separated-values";

    public override string Keeps => "every cell in its place; commas separate them and every row has one field count";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng)
    {
        var width = table.Lines.Where(line => line.IsRow).Select(line => line.Cells!.Count).DefaultIfEmpty().Max() + 1;
        return width < 4 ? null : [.. table.Lines.Where(line => !line.IsRule).Select(line => line.IsRow ? Row(line.Cells!, width) : line.Text)];
    }

    private static string Row(IReadOnlyList<string> cells, int width) =>
        string.Join(',', cells.Select(Quoted).Concat(Enumerable.Repeat(string.Empty, width - cells.Count)));

    private static string Quoted(string cell) =>
        cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}

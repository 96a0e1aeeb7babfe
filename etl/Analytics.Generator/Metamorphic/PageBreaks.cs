namespace Analytics.Generator.Metamorphic;

/// <summary>
/// A page break inside a table's indicator rows, as a printout shows it: a page footer (<c>— 3 —</c>, <c>第 3 页</c>),
/// a form feed or blank lines, and the indicator header repeated at the top of the next page. The break falls
/// before a row that starts a new 一级 group.
/// </summary>
public sealed class PageBreakInTable : TableTransformation
{
    public override string Name => "page-break-in-table";

    public override string Keeps => "every indicator row; the footer and repeated header are print furniture";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        PageBreak.Insert(table, rng, level1Continues: false);
}

/// <summary>
/// A page break before a row whose 一级 group goes on from the page before: the 一级 cell of that row is left empty
/// (as a merged cell prints only once), so the 一级 continues over the break.
/// </summary>
public sealed class PageBreakInsideLevel1Group : TableTransformation
{
    public override string Name => "page-break-level1-continues";

    public override string Keeps => "every indicator row and its 一级, carried over the break as a merged cell is";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        PageBreak.Insert(table, rng, level1Continues: true);
}

internal static class PageBreak
{
    public static IReadOnlyList<string>? Insert(GridTable table, Random rng, bool level1Continues)
    {
        var header = table.RowIndexOf(Cells.IsIndicatorHeader);
        if (header < 0)
        {
            return null;
        }

        var headerCells = table.Lines[header].Cells!;
        var headerLines = table.Lines.Skip(header).TakeWhile((line, offset) => offset == 0 || line.IsRule).Select(line => line.Text).ToList();
        var level1 = Cells.Level1Column(headerCells);
        var dataRows = Enumerable.Range(header + headerLines.Count, table.Lines.Count - header - headerLines.Count)
            .Where(i => table.Lines[i].IsRow && table.Lines[i].FilledCells >= 2 && !IsTotal(table.Lines[i].Cells!))
            .ToList();

        // a break needs an indicator row on each side of it
        var candidates = dataRows.Skip(1).Where(i => level1Continues
            ? level1 >= 0 && Level1(table, i, level1) is var own && (own.Length == 0 || own == Level1(table, PreviousOf(dataRows, i), level1))
            : level1 < 0 || (Level1(table, i, level1) is { Length: > 0 } own2 && own2 != Level1(table, PreviousOf(dataRows, i), level1))).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var breakBefore = candidates[rng.Next(candidates.Count)];
        var output = table.Lines.Select(line => line.Text).ToList();
        if (level1Continues && Level1(table, breakBefore, level1).Length > 0)
        {
            var cells = table.Lines[breakBefore].Cells!.ToArray();
            cells[level1] = string.Empty;
            output[breakBefore] = table.IsPipe ? GridTables.PipeRow(cells) : GridTables.TabRow(cells);
        }

        output.InsertRange(breakBefore, Furniture(rng, headerLines));
        return output;
    }

    /// <summary>What a printer puts between two pages: a footer with the page number, then the header again.</summary>
    private static List<string> Furniture(Random rng, List<string> header)
    {
        var page = rng.Next(2, 30);
        return rng.Next(3) switch
        {
            0 => [string.Empty, $"— {page} —", string.Empty, .. header],
            1 => [$"- {page} -", "\f", .. header],
            _ => [string.Empty, $"第 {page} 页", string.Empty, string.Empty, .. header],
        };
    }

    private static string Level1(GridTable table, int line, int column) =>
        line >= 0 && table.Lines[line].Cells is { } cells && column < cells.Count ? Cells.Fold(cells[column]) : string.Empty;

    private static int PreviousOf(List<int> rows, int row) => rows.IndexOf(row) is var index and > 0 ? rows[index - 1] : -1;

    private static bool IsTotal(IReadOnlyList<string> cells) =>
        cells.FirstOrDefault(cell => cell.Length > 0) is { } first
        && (Cells.Fold(first).StartsWith("总分", StringComparison.Ordinal) || Cells.Fold(first).StartsWith("合计", StringComparison.Ordinal));
}

/// <summary>
/// The indicator header printed over two lines, each column's words stacked (<c>年度</c> over <c>指标值</c>), as a
/// narrow printed column wraps them.
/// </summary>
public sealed class HeaderOverTwoLines : TableTransformation
{
    private static readonly string[] Endings = ["指标值", "目标值", "完成值", "指标", "得分"];

    public override string Name => "header-over-two-lines";

    public override string Keeps => "every column's header words, top line then bottom line";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng)
    {
        var header = table.RowIndexOf(Cells.IsIndicatorHeader);
        if (header < 0)
        {
            return null;
        }

        var halves = table.Lines[header].Cells!.Select(Split).ToList();
        if (halves.All(half => half.Bottom.Length == 0))
        {
            return null;
        }

        var top = halves.Select(half => half.Top);
        var bottom = halves.Select(half => half.Bottom);
        var output = table.Lines.Select(line => line.Text).ToList();
        output[header] = table.IsPipe ? GridTables.PipeRow(top) : GridTables.TabRow(top);
        output.Insert(header + 1, table.IsPipe ? GridTables.PipeRow(bottom) : GridTables.TabRow(bottom));
        return output;
    }

    /// <summary>A header word split where a narrow column would wrap it: before its ending word, else in the middle.</summary>
    public static (string Top, string Bottom) Split(string cell)
    {
        if (cell.Length < 4)
        {
            return (cell, string.Empty);
        }

        var folded = Cells.Fold(cell);
        var ending = Endings.FirstOrDefault(word => folded.EndsWith(word, StringComparison.Ordinal) && folded.Length > word.Length);
        var at = ending is not null ? cell.Length - ending.Length : (cell.Length + 1) / 2;

        // never inside brackets: "分值(A)" keeps its "(A)"
        var open = cell.LastIndexOfAny(['（', '('], at - 1);
        if (open >= 0 && cell.IndexOfAny(['）', ')'], open) is var close && (close < 0 || close >= at))
        {
            at = open;
        }

        return at <= 0 ? (cell, string.Empty) : (cell[..at], cell[at..]);
    }
}

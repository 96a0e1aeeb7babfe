using System.Text.RegularExpressions;

namespace Analytics.Generator.Metamorphic;

/// <summary>One line of a grid table: its cells when it is a row, null for a line kept as written (a stamp, a note).</summary>
public sealed record TableLine(string Text, IReadOnlyList<string>? Cells, bool IsRule)
{
    public bool IsRow => Cells is not null && !IsRule;

    public int FilledCells => Cells?.Count(cell => cell.Length > 0) ?? 0;
}

/// <summary>
/// A table written one row per line, cells separated by tabs or pipes (lines <see cref="Start"/> up to
/// <see cref="End"/>, exclusive). A single other line between rows (a stamp) stays inside it.
/// </summary>
public sealed record GridTable(int Start, int End, bool IsPipe, IReadOnlyList<TableLine> Lines)
{
    /// <summary>
    /// False when a row runs over several lines (a pipe row without its closing pipe, a quoted Excel cell with a line
    /// break): re-separating its cells would cut such a row apart, so transformations leave the table alone.
    /// </summary>
    public bool IsClean { get; init; } = true;

    public IEnumerable<TableLine> Rows => Lines.Where(line => line.IsRow);

    public int RowIndexOf(Func<IReadOnlyList<string>, bool> test) =>
        Lines.ToList().FindIndex(line => line.IsRow && test(line.Cells!));
}

/// <summary>Finds grid tables in a report's lines by what their lines look like, never by fixture.</summary>
public static partial class GridTables
{
    /// <summary>Fewer rows of two or more cells than this is a pair of labelled lines, not a table.</summary>
    private const int MinimumRows = 3;

    public static IReadOnlyList<GridTable> Find(IReadOnlyList<string> lines)
    {
        var tables = new List<GridTable>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsRowLine(lines[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i + 1 < lines.Count && (IsRowLine(lines[i + 1]) || (IsOtherLine(lines[i + 1]) && i + 2 < lines.Count && IsRowLine(lines[i + 2]))))
            {
                i++;
            }

            var end = i + 1;
            var table = Build(lines, start, end);
            if (table.Rows.Count(row => row.FilledCells >= 2) >= MinimumRows)
            {
                tables.Add(table);
            }

            i = end;
        }

        return tables;
    }

    /// <summary>The cells of a tab or pipe row, trimmed; null for any other line.</summary>
    public static IReadOnlyList<string>? Cells(string line)
    {
        var trimmed = line.Trim();
        if (IsPipeLine(trimmed))
        {
            var inner = trimmed[1..];
            inner = inner.EndsWith('|') ? inner[..^1] : inner;
            return [.. inner.Split('|').Select(cell => cell.Trim())];
        }

        return line.Contains('\t', StringComparison.Ordinal) ? [.. line.Split('\t').Select(cell => cell.Trim())] : null;
    }

    public static string TabRow(IEnumerable<string> cells) => string.Join('\t', cells);

    public static string PipeRow(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private static GridTable Build(IReadOnlyList<string> lines, int start, int end)
    {
        var tableLines = new List<TableLine>();
        var clean = true;
        for (var i = start; i < end; i++)
        {
            var text = lines[i];
            var cells = IsRowLine(text) ? Cells(text) : null;
            var isRule = cells is not null && IsPipeLine(text.Trim()) && cells.All(cell => RuleCell().IsMatch(cell));
            tableLines.Add(new TableLine(text, cells, isRule));

            // a row carried on over lines: an unclosed pipe row, an odd quote (Excel), a line ending in a pipe
            clean &= !(IsPipeLine(text.Trim()) && !text.Trim().EndsWith('|'))
                && text.Count(c => c == '"') % 2 == 0
                && !(cells is null && text.TrimEnd().EndsWith('|'));
        }

        // a neighbour line that ends a wrapped row belongs to it: leave such a table alone
        if (end < lines.Count && lines[end].TrimEnd().EndsWith('|'))
        {
            clean = false;
        }

        return new GridTable(start, end, tableLines.Any(line => IsPipeLine(line.Text.Trim())), tableLines) { IsClean = clean };
    }

    private static bool IsRowLine(string line)
    {
        var trimmed = line.Trim();
        if (IsPipeLine(trimmed))
        {
            return true;
        }

        return line.Contains('\t', StringComparison.Ordinal) && line.Split('\t').Any(cell => cell.Trim().Length > 0);
    }

    private static bool IsPipeLine(string trimmed) => trimmed.Length > 1 && trimmed[0] == '|';

    private static bool IsOtherLine(string line) => !ReportText.IsBlank(line) && !IsRowLine(line);

    [GeneratedRegex(@"^:?-+:?$")]
    private static partial Regex RuleCell();
}

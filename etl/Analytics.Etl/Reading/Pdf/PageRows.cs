using System.Text;

namespace Analytics.Etl.Reading.Pdf;

/// <summary>
/// Turns a page's visual lines into the lines the reader emits: a table row whose cells wrapped over several visual
/// lines becomes one line of tab-separated cells; other lines keep their pieces, tab-separated.
/// </summary>
internal static class PageRows
{
    /// <summary>Visual lines closer than this (baseline to baseline, in font sizes) may be wrapped lines of one row.</summary>
    private const double WrapPitch = 1.45;

    /// <summary>A baseline-to-baseline distance above this (in font sizes) holds a blank line.</summary>
    private const double BlankPitch = 2.6;

    /// <summary>Rulings closer than this (points) bound no row: a doubled border, not an empty row.</summary>
    private const double MinimumRowHeight = 6;

    /// <summary>Where an empty row's baseline is taken, as a fraction of its height above its lower ruling.</summary>
    private const double EmptyRowBaseline = 0.3;

    /// <summary>How an empty table row is emitted: a line of empty cells, as a text export writes it.</summary>
    private const string EmptyRow = "\t";

    public static List<PageLine> Build(IReadOnlyList<VisualLine> lines, Rulings rulings)
    {
        var groups = new List<(List<VisualLine> Lines, bool Ruled)>();
        foreach (var line in lines)
        {
            var ruled = !rulings.IsEmpty && InsideTable(line, rulings);
            if (groups.Count > 0 && BelongsTo(groups[^1], line, ruled, rulings))
            {
                groups[^1].Lines.Add(line);
                continue;
            }

            groups.Add(([line], ruled));
        }

        // a ruled row with no text (an empty row) has no visual line: it is found between its rulings and put in place
        var empty = EmptyRows(lines, rulings);
        var rows = new List<PageLine>();
        double? previousBaseline = null;
        var emptyIndex = 0;

        // the empty rows above a height, each with its blank line before when the gap holds one
        void AddEmptyRows(double below, double size)
        {
            for (; emptyIndex < empty.Count && empty[emptyIndex] > below; emptyIndex++)
            {
                var baseline = empty[emptyIndex];
                var blankBefore = previousBaseline is { } above && above - baseline > BlankPitch * size;
                rows.Add(new PageLine(EmptyRow, baseline, baseline, IsTableRow: true, blankBefore));
                previousBaseline = baseline;
            }
        }

        foreach (var (group, ruled) in groups)
        {
            AddEmptyRows(group[0].Baseline, group[0].Size);

            var blank = previousBaseline is { } previous && previous - group[0].Baseline > BlankPitch * group[0].Size;
            if (ruled)
            {
                rows.Add(new PageLine(RuledRow(group, rulings), group[0].Baseline, group[^1].Baseline, IsTableRow: true, blank));
            }
            else if (group.Count > 1 && Columns(group) is { Count: > 1 } columns)
            {
                rows.Add(new PageLine(string.Join('\t', columns), group[0].Baseline, group[^1].Baseline, IsTableRow: true, blank));
            }
            else
            {
                for (var index = 0; index < group.Count; index++)
                {
                    var line = group[index];
                    rows.Add(new PageLine(
                        string.Join('\t', line.Pieces.Select(piece => piece.Text)),
                        line.Baseline,
                        line.Baseline,
                        IsTableRow: line.Pieces.Count > 1,
                        index == 0 && blank));
                }
            }

            previousBaseline = group[^1].Baseline;
        }

        AddEmptyRows(double.NegativeInfinity, lines.Count > 0 ? lines[^1].Size : 0);

        return rows;
    }

    /// <summary>
    /// The baselines of the page's empty ruled rows, top to bottom: a band between two horizontal rulings, crossed by two or
    /// more vertical rulings, that holds no visual line (the gap between two tables has no vertical rulings).
    /// </summary>
    private static List<double> EmptyRows(IReadOnlyList<VisualLine> lines, Rulings rulings)
    {
        var baselines = new List<double>();
        if (rulings.IsEmpty)
        {
            return baselines;
        }

        var heights = new List<double>();
        foreach (var y in rulings.Horizontal.Select(rule => rule.Y).OrderDescending())
        {
            if (heights.Count == 0 || heights[^1] - y > MinimumRowHeight / 2)
            {
                heights.Add(y);
            }
        }

        for (var index = 1; index < heights.Count; index++)
        {
            var (upper, lower) = (heights[index - 1], heights[index]);
            var middle = (upper + lower) / 2;
            var xs = rulings.VerticalsAt(middle);
            if (upper - lower < MinimumRowHeight || xs.Count < 2
                || rulings.VerticalsAt(upper - 1).Count < 2 || rulings.VerticalsAt(lower + 1).Count < 2
                || lines.Any(line => line.Baseline < upper && line.Baseline > lower && line.Left < xs[^1] && line.Right > xs[0]))
            {
                continue;
            }

            // where the baseline of one line of text would sit in the row (its padding and descent above the lower ruling)
            baselines.Add(lower + (EmptyRowBaseline * (upper - lower)));
        }

        return baselines;
    }

    private static bool InsideTable(VisualLine line, Rulings rulings)
    {
        var xs = rulings.VerticalsAt(line.Baseline);
        return xs.Count >= 2 && xs[0] < line.Left + 0.5 && xs[^1] > line.Right - 0.5;
    }

    private static bool BelongsTo((List<VisualLine> Lines, bool Ruled) group, VisualLine line, bool ruled, Rulings rulings)
    {
        var last = group.Lines[^1];
        if (group.Ruled || ruled)
        {
            // a ruled table: one row runs between two horizontal rulings
            return group.Ruled && ruled
                && !rulings.HasHorizontalBetween(line.Baseline, last.Baseline, Math.Min(line.Left, last.Left), Math.Max(line.Right, last.Right));
        }

        return last.Baseline - line.Baseline <= WrapPitch * Math.Max(last.Size, line.Size);
    }

    /// <summary>A ruled row: each piece goes to the column between the vertical rulings around it; empty columns stay.</summary>
    private static string RuledRow(List<VisualLine> group, Rulings rulings)
    {
        var middle = (group[0].Baseline + group[^1].Baseline) / 2;
        var xs = rulings.VerticalsAt(middle);
        if (xs.Count < 2)
        {
            xs = rulings.VerticalsAt(group[0].Baseline);
        }

        var cells = new StringBuilder[Math.Max(1, xs.Count - 1)];
        for (var index = 0; index < cells.Length; index++)
        {
            cells[index] = new StringBuilder();
        }

        foreach (var line in group)
        {
            var previousColumn = -1;
            foreach (var piece in line.Pieces)
            {
                var column = Math.Clamp(xs.Count(x => x < piece.Left + 0.5) - 1, 0, cells.Length - 1);
                var cell = cells[column];
                var joined = column == previousColumn && cell.Length > 0
                    ? cell + " " + piece.Text
                    : PageLayout.JoinWrapped(cell.ToString(), piece.Text);
                cell.Clear().Append(joined);
                previousColumn = column;
            }
        }

        return string.Join('\t', cells.Select(cell => cell.ToString())).TrimEnd('\t');
    }

    /// <summary>Word positions alone: pieces whose horizontal extents overlap are one column; null-free, left to right.</summary>
    private static List<string> Columns(List<VisualLine> group)
    {
        var columns = new List<(double Left, double Right, string Text)>();
        foreach (var piece in group.SelectMany(line => line.Pieces))
        {
            var index = columns.FindIndex(column => column.Left < piece.Right && column.Right > piece.Left);
            if (index < 0)
            {
                columns.Add((piece.Left, piece.Right, piece.Text));
                continue;
            }

            var column = columns[index];
            columns[index] = (Math.Min(column.Left, piece.Left), Math.Max(column.Right, piece.Right), PageLayout.JoinWrapped(column.Text, piece.Text));
        }

        return [.. columns.OrderBy(column => column.Left).Select(column => column.Text)];
    }
}

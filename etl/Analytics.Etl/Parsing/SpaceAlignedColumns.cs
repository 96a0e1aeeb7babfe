using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Parsing;

/// <summary>
/// A table printed in a monospaced font or padded with U+3000 (both are runs of spaces after normalizing): its cells
/// stand apart by two or more spaces, while a cell's own words keep single spaces ("指标 1: 开展稽查稽核工作"). When
/// most lines of a table block split that way into several cells, each such line is rewritten as a tab row, so the
/// single spaces inside cells no longer split them. A block with tabs or pipes, or whose lines mostly do not split at
/// space runs (flat text copied from a PDF), is left as it is.
/// </summary>
internal static partial class SpaceAlignedColumns
{
    private const int MinRows = 3;

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Gap();

    public static IReadOnlyList<SourceLine> ToTabRows(IReadOnlyList<SourceLine> lines)
    {
        int nonBlank = 0, marked = 0, aligned = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            nonBlank++;
            if (line.Text.AsSpan().IndexOfAny('\t', '|') >= 0)
            {
                marked++;
            }
            else if (line.Text.AsSpan().Trim().Contains("  ", StringComparison.Ordinal))
            {
                aligned++;
            }
        }

        if (aligned < MinRows || aligned * 2 < nonBlank || marked >= aligned)
        {
            return lines;
        }

        return [.. JoinWrappedCells(lines).Select(line => line.IsBlank || line.Text.AsSpan().IndexOfAny('\t', '|') >= 0 || !line.Text.AsSpan().Trim().Contains("  ", StringComparison.Ordinal)
            ? line
            : line with { Text = string.Join('\t', Gap().Split(line.Text.Trim())) })];
    }

    /// <summary>
    /// "            质量指标    营养餐食品安全事故发生     0起   …" over "                        次数": a cell that wrapped in
    /// a table laid out by spaces goes on, on the next line, at its own column; that line holds words only, each where a
    /// cell of the row above starts, and each is joined to that cell. Only under a row of values (a header's second
    /// line is read as a header).
    /// </summary>
    private static IReadOnlyList<SourceLine> JoinWrappedCells(IReadOnlyList<SourceLine> lines)
    {
        List<SourceLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && !lines[i].IsBlank && (joined is { Count: > 0 } ? joined[^1] : lines[i - 1]) is { IsBlank: false } previous
                && Continues(previous.Text, lines[i].Text) is { } merged)
            {
                joined ??= [.. lines.Take(i)];
                joined[^1] = previous with { Text = merged };
                continue;
            }

            joined?.Add(lines[i]);
        }

        return joined ?? lines;
    }

    private static string? Continues(string row, string next)
    {
        if (next.AsSpan().IndexOfAny('\t', '|') >= 0 || row.AsSpan().IndexOfAny('\t', '|') >= 0 || !row.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        // one or two pieces of words (a row of its own has a name and its values); a note's words may hold a date
        // ("付条件，计划2024年6"), a value may not
        var cells = Cells(row);
        var parts = Cells(next);
        if (parts.Count is 0 or > 2 || parts.Count >= cells.Count || cells.Count < 3 || parts.Any(part => part.Text.Length > 12)
            || parts.Any(part => ValueText.Classify(part.Text) != ValueKind.Text || part.Text.Length <= 2 && part.Text.AsSpan().ContainsAnyInRange('0', '9')))
        {
            return null;
        }

        var texts = cells.Select(cell => cell.Text).ToArray();
        foreach (var (start, text) in parts)
        {
            var at = cells.FindIndex(cell => Math.Abs(cell.Start - start) <= 1);
            if (at < 0 || ValueText.IsNumberLike(texts[at]) || !Wraps(texts[at], text))
            {
                return null;
            }

            texts[at] += text;
        }

        // the row rebuilt with its cells where they stood (a gap of two spaces at least), so a cell that wrapped over
        // more lines finds its column again on the next one
        var rebuilt = new System.Text.StringBuilder();
        var column = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            var pad = Math.Max(c == 0 ? 0 : 2, cells[c].Start - column);
            rebuilt.Append(' ', pad).Append(texts[c]);
            column += pad + TextTools.DisplayWidth(texts[c]);
        }

        return rebuilt.ToString();
    }

    /// <summary>
    /// Whether <paramref name="part"/> can be the wrapped end of <paramref name="cell"/>: a heading goes on only into a
    /// longer heading ("社会效益" / "指标"), and a heading under a cell ("成本指标  本指标不适用") starts a row of its own,
    /// unless the two make one heading ("服务对象" / "满意度指标").
    /// </summary>
    private static bool Wraps(string cell, string part)
    {
        var (whole, end) = (TextTools.RemoveWhiteSpace(cell), TextTools.RemoveWhiteSpace(part));
        // "成本指标本指标不适用": a heading run into more words opens a row of its own
        if (IndicatorLevels.LevelOf(end) is null && IndicatorLevels.LeadingWord(end) is not null)
        {
            return false;
        }

        var joinedIsHeading = IndicatorLevels.LevelOf(whole + end) is not null;
        return IndicatorLevels.LevelOf(end) is not null ? IndicatorLevels.LevelOf(whole) is null && joinedIsHeading
            : IndicatorLevels.LevelOf(whole) is null || joinedIsHeading;
    }

    /// <summary>
    /// The cells of a line with the display column each starts at: a monospaced page gives a Chinese character two
    /// columns, and its layout pads by columns, not characters.
    /// </summary>
    private static List<(int Start, string Text)> Cells(string line)
    {
        var cells = new List<(int Start, string Text)>();
        var (start, startColumn, column) = (-1, 0, 0);
        for (var i = 0; i <= line.Length; i++)
        {
            var gap = i == line.Length || (line[i] == ' ' && (i + 1 == line.Length || line[i + 1] == ' '));
            if (start < 0 && i < line.Length && line[i] != ' ')
            {
                (start, startColumn) = (i, column);
            }
            else if (start >= 0 && gap)
            {
                cells.Add((startColumn, line[start..i].TrimEnd()));
                start = -1;
            }

            column += i < line.Length ? TextTools.DisplayWidth(line[i]) : 1;
        }

        return cells;
    }
}

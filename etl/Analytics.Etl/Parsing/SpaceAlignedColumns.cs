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

        return [.. lines.Select(line => line.IsBlank || line.Text.AsSpan().IndexOfAny('\t', '|') >= 0 || !line.Text.AsSpan().Trim().Contains("  ", StringComparison.Ordinal)
            ? line
            : line with { Text = string.Join('\t', Gap().Split(line.Text.Trim())) })];
    }
}

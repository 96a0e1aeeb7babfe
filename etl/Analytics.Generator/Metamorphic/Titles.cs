namespace Analytics.Generator.Metamorphic;

/// <summary>Titles of self-evaluation tables: a short line naming a 自评表, not a continuation page's 续 title.</summary>
public static class Titles
{
    public static bool IsTitle(string line)
    {
        var cells = GridTables.Cells(line);
        if (cells is not null && cells.Count(cell => cell.Length > 0) != 1)
        {
            return false;
        }

        var text = Cells.Fold(line.Trim().Trim('|').Trim());
        return text.Length is > 0 and <= 60
            && text.Contains("自评表", StringComparison.Ordinal)
            && !text.Contains('续', StringComparison.Ordinal);
    }

    /// <summary>The title of the table starting at <paramref name="start"/>: the nearest title a few lines above, else -1.</summary>
    public static int Above(IReadOnlyList<string> lines, int start, int reach = 4)
    {
        for (var i = start - 1; i >= 0 && i >= start - reach; i--)
        {
            if (IsTitle(lines[i]))
            {
                return i;
            }

            if (GridTables.Cells(lines[i]) is { } cells && cells.Count(cell => cell.Length > 0) >= 2)
            {
                return -1;
            }
        }

        return -1;
    }
}

namespace Analytics.Etl.Normalizing;

/// <summary>
/// A text that stops in the middle of a table's cell (a page copied only up to a length, a download cut off):
/// "… | 資金使用單位 | 市農" where every other row of the table closes with a pipe. The unclosed last cell may hold
/// a part of its value ("市農" of "市農業農村局"), so it is dropped; the cells before it are whole.
/// </summary>
public sealed class DropCutLastCell : IDocumentNormalizer
{
    /// <summary>Rows that close with a pipe before the last line: the document fences its rows.</summary>
    private const int FencedRows = 3;

    public IReadOnlyList<SourceLine> Normalize(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var last = lines.Count - 1;
        while (last >= 0 && lines[last].IsBlank)
        {
            last--;
        }

        if (last < FencedRows)
        {
            return lines;
        }

        var text = lines[last].Text.TrimEnd();
        var pipe = text.LastIndexOf('|');
        if (pipe < 0 || text.EndsWith('|'))
        {
            return lines;
        }

        var closed = 0;
        for (var i = last - 1; i >= 0 && closed < FencedRows; i--)
        {
            var row = lines[i].Text.TrimEnd();
            if (row.Contains('|', StringComparison.Ordinal))
            {
                if (!row.EndsWith('|'))
                {
                    return lines;
                }

                closed++;
            }
        }

        if (closed < FencedRows)
        {
            return lines;
        }

        var cut = lines.ToArray();
        cut[last] = lines[last] with { Text = text[..(pipe + 1)] };
        return cut;
    }
}

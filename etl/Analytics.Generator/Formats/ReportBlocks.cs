namespace Analytics.Generator.Formats;

/// <summary>A piece of a text report as a word processor, spreadsheet or printer would lay it out.</summary>
public abstract record ReportBlock;

/// <summary>One line of prose or a heading; blank lines are paragraphs too, so spacing survives the round trip.</summary>
public sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>Consecutive tab-separated lines: a table, one row per line, rows may have different cell counts.</summary>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock
{
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(row => row.Count);
}

/// <summary>
/// Splits a text report into paragraphs and tables, the shape the DOCX, XLSX and PDF writers render: a run of lines that
/// hold tabs is a table; every other line is a paragraph. A blank line (empty or whitespace only, without a tab) ends a
/// table and is kept as a blank paragraph (a word processor's "table, empty paragraph, table"): the blank lines between
/// rows carry the row breaks of the one-cell-per-line layouts and must survive the round trip. A line holding only a
/// tab is a table row of empty cells. The text's final newline does not make a blank line of its own.
/// </summary>
public static class ReportBlocks
{
    public static IReadOnlyList<ReportBlock> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var blocks = new List<ReportBlock>();
        List<IReadOnlyList<string>>? rows = null;
        for (var index = 0; index < count; index++)
        {
            var line = lines[index];
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                rows ??= [];
                rows.Add(line.Split('\t'));
                continue;
            }

            if (rows is not null)
            {
                blocks.Add(new TableBlock(rows));
                rows = null;
            }

            blocks.Add(new ParagraphBlock(line));
        }

        if (rows is not null)
        {
            blocks.Add(new TableBlock(rows));
        }

        return blocks;
    }
}

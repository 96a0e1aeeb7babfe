using Analytics.Etl.Normalizing;
using Analytics.Etl.Segmenting;

namespace Analytics.Etl.Parsing;

/// <summary>
/// A table a web page or a PDF copy flattened onto one line ("项目名称 城乡医疗救助 主管部门 … 一级指标 二级指标 …
/// 产出指标 数量指标 救助人次 ≥1000人次 1200人次 20 20 …") is put back into rows, one tab-separated line per row, all
/// keeping the line's number. The row boundaries are read from the cells' types alone, so no layout is assumed: a
/// field label (项目名称, 主管部门, 总分) starts a row, a run of column headers is a row of its own, and a text cell
/// after a value starts the next row (a row's values close it; the next row's name or heading opens it).
/// </summary>
internal static class FlattenedTables
{
    /// <summary>Below this many cells a line is a row of its own, not a table.</summary>
    private const int MinCells = 12;

    private const FormEvidence.Labels ColumnHeaders = FormEvidence.Labels.IndicatorName | FormEvidence.Labels.Target
        | FormEvidence.Labels.Actual | FormEvidence.Labels.Score | FormEvidence.Labels.Weight | FormEvidence.Labels.Budget
        | FormEvidence.Labels.Execution | FormEvidence.Labels.Note;

    private static readonly string[] RowLabels = ["实施单位", "项目实施单位", "总分", "自评总分", "合计", "小计", "年度总体目标", "总体目标", "项目负责人", "联系电话", "填报人"];

    private static readonly HashSet<string> EmptyMarks = new(StringComparer.Ordinal) { "/", "-", "—", "--", "——", "／", "无" };

    public static IReadOnlyList<SourceLine> Reflow(IReadOnlyList<SourceLine> lines)
    {
        List<SourceLine>? reflowed = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var rows = GluedPointsTable.Rows(lines[i].Text) ?? (IsRowOfAlignedBlock(lines, i) ? null : Rows(lines[i].Text));
            if (rows is null)
            {
                reflowed?.Add(lines[i]);
                continue;
            }

            reflowed ??= [.. lines.Take(i)];
            reflowed.AddRange(rows.Select(row => lines[i] with { Text = string.Join('\t', row) }));
        }

        return reflowed ?? lines;
    }

    /// <summary>
    /// "| 时效指标 | 指标 1: 任务完成时效 | 2022 年 12 月支付 完成 |" or the same cells apart by runs of spaces, between
    /// lines cut the same way: one row of a table whose cells are marked (pipes, space runs), not a table flattened
    /// onto a line. The single spaces inside its cells separate nothing.
    /// </summary>
    private static bool IsRowOfAlignedBlock(IReadOnlyList<SourceLine> lines, int index)
    {
        if (MarkedCells(lines[index].Text) is < 2 or >= MinCells)
        {
            return false;
        }

        var before = index - 1;
        while (before >= 0 && lines[before].IsBlank)
        {
            before--;
        }

        var after = index + 1;
        while (after < lines.Count && lines[after].IsBlank)
        {
            after++;
        }

        return (before >= 0 && MarkedCells(lines[before].Text) >= 2) || (after < lines.Count && MarkedCells(lines[after].Text) >= 2);
    }

    /// <summary>Filled cells of a line cut at pipes, or else at runs of two or more spaces; 0 for a line that has neither.</summary>
    private static int MarkedCells(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length < 2 || text.Contains('\t'))
        {
            return 0;
        }

        var count = 0;
        if (text.Contains('|'))
        {
            foreach (var range in text.Split('|'))
            {
                count += text[range].IsWhiteSpace() ? 0 : 1;
            }

            return count;
        }

        if (!text.Contains("  ", StringComparison.Ordinal))
        {
            return 0;
        }

        var inGap = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ')
            {
                count += inGap ? 1 : 0;
                inGap = false;
            }
            else if (i + 1 < text.Length && text[i + 1] == ' ')
            {
                inGap = true;
            }
        }

        return count;
    }

    /// <summary>The rows of a flattened table, or null when the line is not one.</summary>
    internal static List<List<string>>? Rows(string line)
    {
        if (line.Length < 40 || line.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        // pipe rows back to back are rows by their own marks, whatever their cells say
        if (PipeRowsBackToBack(line) is { } pipeRows)
        {
            return pipeRows;
        }

        var labels = FormEvidence.Of(line);
        if (!FormEvidence.IsIndicatorHeader(labels) && !FormEvidence.IsBudgetHeader(labels))
        {
            return null;
        }

        // pipes, runs of spaces and U+3000 all separate cells here: a flattened table mixes them
        var cells = LineTokenizer.Split(line.Replace('|', ' ').Replace('｜', ' ').Replace('\u3000', ' '));
        if (cells.Count < MinCells || cells.Count(IsValue) < 3)
        {
            return null;
        }

        var rows = new List<List<string>> { new() { cells[0] } };
        for (var k = 1; k < cells.Count; k++)
        {
            if (StartsRow(cells[k - 1], cells[k]))
            {
                rows.Add([]);
            }

            rows[^1].Add(cells[k]);
        }

        return rows;
    }

    /// <summary>
    /// "| 项目名称 | 某项目 || 一级指标 | 二级指标 | … || 产出指标 | …": pipe rows printed back to back. Where empty cells
    /// are written with blank space ("|  |") or every cell with its padding ("| a |"), and rows meet at a bare "||"
    /// several times, the bare "||" is where one row ends and the next begins, and the pipes give the cells whole
    /// (spaces inside a cell stay inside it).
    /// </summary>
    private static List<List<string>>? PipeRowsBackToBack(string line)
    {
        var start = line.IndexOf('|', StringComparison.Ordinal);
        var end = line.LastIndexOf('|');
        if (start < 0 || end - start < MinCells * 2)
        {
            return null;
        }

        var inner = line[(start + 1)..end].Split('|');
        var bare = inner.Count(segment => segment.Length == 0);
        var blank = inner.Count(segment => segment.Length > 0 && string.IsNullOrWhiteSpace(segment));
        var padded = inner.Count(segment => segment.Length > 0 && char.IsWhiteSpace(segment[0]) && char.IsWhiteSpace(segment[^1]));

        // empty cells written "|  |" (or every cell padded) leave the bare "||" nothing to be but a row boundary
        if (bare < 2 || (blank == 0 && padded < inner.Length - bare))
        {
            return null;
        }

        var rows = new List<List<string>>();
        if (line[..start].Trim() is { Length: > 0 } before)
        {
            rows.Add([before]);
        }

        rows.Add([]);
        foreach (var segment in inner)
        {
            if (segment.Length == 0)
            {
                rows.Add([]);
                continue;
            }

            rows[^1].Add(segment.Trim());
        }

        if (line[(end + 1)..].Trim() is { Length: > 0 } after)
        {
            rows.Add([after]);
        }

        rows.RemoveAll(row => row.All(cell => cell.Length == 0));
        return rows.Count >= 3 ? rows : null;
    }

    private static bool StartsRow(string previous, string current)
    {
        var here = FormEvidence.Of(current);
        var before = FormEvidence.Of(previous);
        if ((here & (FormEvidence.Labels.Project | FormEvidence.Labels.Unit)) != 0 || RowLabels.Contains(TextTools.RemoveWhiteSpace(current)))
        {
            return true;
        }

        var headerHere = (here & ColumnHeaders) != 0;
        var headerBefore = (before & ColumnHeaders) != 0;
        if (headerHere != headerBefore)
        {
            return true;
        }

        return IsValue(previous) && !IsValue(current) && !headerHere;
    }

    private static bool IsValue(string cell) =>
        EmptyMarks.Contains(cell.Trim()) || ValueText.Classify(cell) is ValueKind.PlainNumber or ValueKind.Quantity;
}

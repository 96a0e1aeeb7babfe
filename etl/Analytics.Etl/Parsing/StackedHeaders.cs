namespace Analytics.Etl.Parsing;

/// <summary>
/// A header printed in a narrow column wraps inside each cell: "一级 | 二级 | 三级 | 年度 | 实际" over
/// "指标 | 指标 | 指标 | 指标值 | 完成值". Read line by line, neither line names the columns; read cell by cell, the two
/// lines are one header row. Only rows of words are joined, and only when the join is a header the top row is not.
/// </summary>
internal static class StackedHeaders
{
    public static List<Row> Merge(List<Row> rows)
    {
        List<Row>? merged = null;
        for (var index = 0; index + 1 < rows.Count; index++)
        {
            var top = rows[index];
            var bottom = rows[index + 1];
            if (PartsCompleted(top, bottom) is { } completed)
            {
                merged ??= [.. rows];
                var position = merged.IndexOf(top);
                merged[position] = completed;
                merged.RemoveAt(position + 1);
                index++;
                continue;
            }

            if (!IsWordsOnly(top) || !IsWordsOnly(bottom) || bottom.Cells.Count > top.Cells.Count
                || top.NonEmpty.Count() < MinCells || BudgetSection.IsIndicatorHeader(top) || BudgetSection.IsIndicatorHeader(bottom))
            {
                continue;
            }

            var cells = top.Cells.Select((cell, column) => column < bottom.Cells.Count && !bottom.Cells[column].IsEmpty
                ? new Cell(cell.Text.TrimEnd() + bottom.Cells[column].Text.Trim(), cell.Line)
                : cell).ToList();
            var joined = new Row(cells, top.FirstLine, bottom.LastLine);
            if (!BudgetSection.IsIndicatorHeader(joined))
            {
                continue;
            }

            merged ??= [.. rows];
            var at = merged.IndexOf(top);
            merged[at] = joined;
            merged.RemoveAt(at + 1);
            index++;
        }

        return merged ?? rows;
    }

    /// <summary>
    /// "一级指标 | 二级指标 | 三级指标 | 绩效 | 实际 | 评分标准 | …" over "目标值 | 完成值": a header whose wrapped cells printed
    /// their second halves on a line of their own, without the empty cells of the columns that did not wrap. The top
    /// row names the indicator columns already; its cells that name no column ("绩效", "实际") take the bottom's cells
    /// in order, where there are as many of each and every joined cell names a column.
    /// </summary>
    private static Row? PartsCompleted(Row top, Row bottom)
    {
        if (!IsWordsOnly(bottom) || !BudgetSection.IsIndicatorHeader(top) || BudgetSection.IsIndicatorHeader(bottom))
        {
            return null;
        }

        var halves = bottom.NonEmpty.ToList();
        var parts = top.Cells.Select((cell, column) => (cell, column))
            .Where(item => !item.cell.IsEmpty && Columns.ReadIndicators(item.cell.Text).Count == 0 && IsWordsOnly(new Row([item.cell], top.FirstLine, top.LastLine)))
            .ToList();
        if (halves.Count == 0 || parts.Count != halves.Count)
        {
            return null;
        }

        var cells = top.Cells.ToList();
        for (var k = 0; k < parts.Count; k++)
        {
            var joined = parts[k].cell.Text.Trim() + halves[k].Text.Trim();
            if (Columns.ReadIndicators(joined).Count != 1)
            {
                return null;
            }

            cells[parts[k].column] = new Cell(joined, parts[k].cell.Line);
        }

        return new Row(cells, top.FirstLine, bottom.LastLine);
    }

    /// <summary>A header has a cell for most columns; two cells of words are a label and its value.</summary>
    private const int MinCells = 3;

    private static bool IsWordsOnly(Row row) =>
        row.NonEmpty.Any() && row.NonEmpty.All(cell => !ValueText.IsNumberLike(cell.Text) && !cell.Text.Any(char.IsDigit) && cell.Text.Trim().Length <= 8);
}
